"""Chart functions on the synthetic tidy tables: titled, labelled, captioned, bans marked, Cyrillic drawn."""
from __future__ import annotations

import csv
import re
import string
import warnings

import matplotlib.dates as mdates
import pandas as pd
import pytest

from kzanalysis import charts, load
from kzanalysis.period import parse_label

YEAR = parse_label("2021")
EMPTY = parse_label("2031Q1")
CYRILLIC = re.compile("[А-Яа-яЁё]")


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from factories import make_tables

    from kzanalysis import tables as tables_mod

    return load(tables_mod.write(make_tables(), tmp_path_factory.mktemp("tidy")))


_CACHE: dict = {}


def all_charts(t, period, lang):
    """The eight charts, made once per period and language in this module (drawing is the slow part)."""
    key = (id(t), period.label, lang)
    if key not in _CACHE:
        _CACHE[key] = _make(t, period, lang)
    return _CACHE[key]


def _make(t, period, lang):
    return {
        "over_time_month": charts.over_time(t.cases, period, lang, freq="M"),
        "over_time_quarter": charts.over_time(t.cases, period, lang, freq="Q"),
        "by_article": charts.by_article(t.cases, t.charges, period, lang),
        "by_city": charts.by_place(t.cases, period, lang, column="city"),
        "by_region": charts.by_place(t.cases, period, lang, column="region"),
        "dvk_koshe_share": charts.dvk_share(t.cases, period, lang),
        "change": charts.change(t.cases, t.charges, period, lang),
        "data_quality": charts.data_quality(t.problems, t.manifest, period, lang, "test_list"),
    }


def caption_of(fig) -> str:
    return fig._supxlabel.get_text().replace("\n", " ")


def ban_lines(fig) -> dict[str, float]:
    return {line.get_gid(): line.get_xdata()[0] for ax in fig.axes for line in ax.get_lines()
            if (line.get_gid() or "").startswith("ban-")}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_chart_is_titled_labelled_and_captioned(tables, lang):
    for name, fig in all_charts(tables, YEAR, lang).items():
        assert fig.get_suptitle(), name
        for ax in fig.axes:
            assert ax.get_xlabel() or ax.get_ylabel() or ax.get_title(), name
        words = caption_of(fig)
        assert charts.text("caption_source", lang, sources="test_list") in words, name
        if name != "data_quality":  # data quality is about all the lists, and says so
            assert charts.period_text(YEAR, lang) in words, name
            assert charts.text("caption_documented", lang) in words, name
        if lang == "ru":
            assert CYRILLIC.search(fig.get_suptitle()) and CYRILLIC.search(words), name


def test_english_caption_says_documented_cases_not_all_cases(tables):
    fig = charts.over_time(tables.cases, YEAR, "en")
    assert "Documented cases, not all cases" in caption_of(fig)
    assert "1 January 2021 – 31 December 2021" in caption_of(fig)


@pytest.mark.parametrize("name", ["over_time_month", "over_time_quarter", "dvk_koshe_share"])
def test_time_charts_mark_both_bans(tables, name):
    fig = all_charts(tables, YEAR, "en")[name]
    lines = ban_lines(fig)
    assert lines == {"ban-2018-03-13": mdates.date2num(pd.Timestamp("2018-03-13")),
                     "ban-2020-05-19": mdates.date2num(pd.Timestamp("2020-05-19"))}
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert "DVK banned" in labels and "Koshe Partiyasy banned" in labels


def test_monthly_bars_count_every_case_dated_to_the_month(tables):
    fig = charts.over_time(tables.cases, YEAR, "en", freq="M")
    total = sum(p.get_height() for p in fig.axes[0].containers[0])
    assert total == tables.cases["started_on"].notna().sum() == 80


def test_article_chart_shows_titles_from_the_vocabulary_or_the_charges(tables):
    fig = charts.by_article(tables.cases, tables.charges, YEAR, "en")
    labels = " ".join(t.get_text().replace("\n", " ") for t in fig.axes[0].get_yticklabels())
    assert "Art. 380" in labels and "representative of authority" in labels
    heights = sorted(p.get_width() for p in fig.axes[0].containers[0])
    started = tables.cases.loc[tables.cases.started_on.dt.year == 2021, "case_id"]
    crim = tables.charges[tables.charges.case_id.isin(started) & (tables.charges.code == "CC")]
    expected = sorted(crim.drop_duplicates(["case_id", "article"]).groupby("article").size().tolist())
    assert heights == expected


def test_dvk_share_has_wilson_intervals(tables):
    from matplotlib.container import ErrorbarContainer

    from kzanalysis.summary import by_quarter, wilson

    fig = charts.dvk_share(tables.cases, YEAR, "en")
    (bars,) = [c for c in fig.axes[0].containers if isinstance(c, ErrorbarContainer)]
    assert bars.get_label() == "95% Wilson interval"
    ends = sorted((round(seg[0][1], 9), round(seg[1][1], 9)) for seg in bars.lines[2][0].get_segments())
    table = by_quarter(tables.cases).query("cases > 0")
    expected = sorted((round(lo, 9), round(hi, 9)) for lo, hi in
                      (wilson(int(k), int(n)) for k, n in zip(table["dvk_koshe"], table["cases"])))
    assert ends == expected


def test_empty_period_says_so(tables):
    for name, fig in all_charts(tables, EMPTY, "en").items():
        if name in ("by_article", "by_city", "by_region"):
            texts = [t.get_text() for t in fig.axes[0].texts]
            assert "No documented cases in this period" in texts, name


def test_russian_draws_every_letter(tables):
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        for fig in all_charts(tables, YEAR, "ru").values():
            fig.canvas.draw()
    assert not [w for w in seen if "missing from" in str(w.message)]


def test_saved_figures_are_byte_identical(tables, tmp_path):
    for run in ("a", "b"):
        for name, fig in all_charts(tables, YEAR, "en").items():
            if name in ("over_time_month", "by_article"):
                charts.save(fig, tmp_path / run, name)
    for name in ("over_time_month", "by_article"):
        for ext in ("png", "svg"):
            assert (tmp_path / "a" / f"{name}.{ext}").read_bytes() == (tmp_path / "b" / f"{name}.{ext}").read_bytes()
    svg = (tmp_path / "a" / "by_article.svg").read_text(encoding="utf-8")
    assert "<dc:date>" not in svg


def test_report_text_has_every_key_in_both_languages():
    with charts.TEXT_FILE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    keys = [r["key"] for r in rows]
    assert len(keys) == len(set(keys))
    for r in rows:
        assert r["en"].strip() and r["ru"].strip(), r["key"]
        # both languages fill in from the same values: the union of their fields is enough for each
        names = {f for lang in ("en", "ru") for _, f, _, _ in string.Formatter().parse(r[lang]) if f}
        for lang in ("en", "ru"):
            charts.text(r["key"], lang, **{n: "x" for n in names})


def test_period_words():
    assert charts.period_text(parse_label("2021Q3"), "en") == "Q3 2021 (1 July 2021 – 30 September 2021)"
    assert charts.period_text(parse_label("2021Q3"), "ru") == "III квартал 2021 г. (1 июля 2021 – 30 сентября 2021)"
    assert charts.number(1234, "ru") == "1\u00a0234"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_problem_kinds_are_shown_in_words(tables, lang):
    # regression: the chart showed the codes (not_a_case, region_only), also in the Russian report
    fig = all_charts(tables, YEAR, lang)["data_quality"]
    kinds = [t.get_text() for t in fig.axes[1].get_yticklabels()]
    assert kinds and not [k for k in kinds if "_" in k], kinds
    if lang == "ru":
        assert all(CYRILLIC.search(k) for k in kinds), kinds
