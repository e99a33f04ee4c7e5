"""Charts of the tidy tables, in English or Russian.

In: a tidy table (cases, charges or problems; see `kzanalysis.schema`), the
report `Period` and a language (`en` or `ru`). Out: a matplotlib `Figure`,
titled, with labelled axes and a caption that names the period, says the
counts are of documented cases (not all cases) and names the sources. Where
time is the axis, the two bans are marked: DVK on 13 Mar 2018 and Koshe
Partiyasy on 19 May 2020 (docs/domain.md, section c).

Figures are built on `matplotlib.figure.Figure` (no pyplot state), so they
can be made in a notebook, a test or a thread alike. `save()` writes them as
PNG and SVG with no date, software tag or random id: the same figure gives the
same bytes on every run. Every visible word comes from
`kzanalysis/vocab/report_text.csv` (`text()`).
"""
from __future__ import annotations

import csv
import textwrap
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, PercentFormatter

from . import config
from .period import Period, previous
from .summary import CRIMINAL_CODES, by_quarter, in_period

LANGS = ("en", "ru")
TEXT_FILE = config.VOCAB_DIR / "report_text.csv"
ARTICLES_FILE = config.VOCAB_DIR / "articles.csv"


@dataclass(frozen=True)
class Ban:
    on: date
    key: str  # label in report_text.csv


# The two court bans that the counts are read against. Sources: eurasianet
# "Kazakhstan court dubs opposition movement extremist" (DVK, Yesil district
# court of Astana, 13 Mar 2018); qaharman.org.kz and mediazona (Koshe
# Partiyasy, Yesil district court of Nur-Sultan, 19 May 2020).
BANS = (Ban(date(2018, 3, 13), "ban_dvk"), Ban(date(2020, 5, 19), "ban_koshe"))

ACCENT = "#1f5a96"
HIGHLIGHT = "#d9822b"
MUTED = "#9aa5b1"
BAN_COLOUR = "#b8312f"
WIDTH, HEIGHT, DPI = 9.0, 5.0, 150
CAPTION_WIDTH = 125  # characters per caption line at 8 pt on a 9-inch figure

# Fixed look: DejaVu Sans ships with matplotlib and has Cyrillic and Kazakh
# letters; a fixed svg.hashsalt makes the SVG ids the same on every run.
STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "grid.color": "#e3e6ea",
    "svg.hashsalt": "kzanalysis",
    "svg.fonttype": "path",
    "path.simplify": True,
}


# ----------------------------------------------------------------- the words

@cache
def _texts() -> dict[str, dict[str, str]]:
    with TEXT_FILE.open(encoding="utf-8", newline="") as f:
        return {row["key"]: {"en": row["en"], "ru": row["ru"]} for row in csv.DictReader(f)}


def text(key: str, lang: str = "en", **values) -> str:
    """The string `key` of report_text.csv in the language, with `{name}` fields filled in."""
    entry = _texts()[key]
    return (entry.get(lang) or entry["en"]).format(**values)


def period_text(period: Period, lang: str = "en") -> str:
    """`Q3 2021 (1 July – 30 September 2021)`, `III квартал 2021 г. (...)`, `2021`, or the two dates."""
    span = f"{day_text(period.start, lang)} – {day_text(period.end, lang)}"
    label = period.label
    if len(label) == 6 and label[4] == "Q":
        return text("period_quarter", lang, q=label[5], roman=_ROMAN[int(label[5])], year=label[:4], span=span)
    if len(label) == 4:
        return text("period_year", lang, year=label, span=span)
    return span


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def day_text(day: date, lang: str = "en") -> str:
    return f"{day.day} {text(f'month_{day.month}', lang)} {day.year}"


def number(n: float, lang: str = "en") -> str:
    """1234 -> `1,234` in English and `1 234` in Russian."""
    s = f"{int(n):,}"
    return s.replace(",", "\u00a0") if lang == "ru" else s


def percent(x: float | None, lang: str = "en", digits: int = 0) -> str:
    if x is None or pd.isna(x):
        return "–"
    s = f"{100 * x:.{digits}f}%"
    return s.replace(".", ",") if lang == "ru" else s


def sources_text(cases: pd.DataFrame) -> str:
    names = sorted(cases["source"].dropna().astype(str).unique())
    return ", ".join(names) if names else "–"


def caption(period: Period, lang: str, sources: str, *extra: str) -> str:
    """The caption every chart carries: period, documented cases not all cases, the counting rule, sources."""
    parts = [text("caption_period", lang, period=period_text(period, lang)),
             text("caption_documented", lang), *[e for e in extra if e],
             text("caption_source", lang, sources=sources)]
    return " ".join(parts)


# --------------------------------------------------------- article titles

@cache
def _article_vocab() -> pd.DataFrame | None:
    if not ARTICLES_FILE.exists():
        return None
    vocab = pd.read_csv(ARTICLES_FILE, dtype=str, keep_default_na=False)
    if not {"article", "title_en"}.issubset(vocab.columns):
        return None
    if "code" in vocab.columns:
        vocab = vocab.loc[vocab["code"].isin(["CC", ""])]
    return vocab


def article_titles(charges: pd.DataFrame, lang: str = "en") -> dict[str, str]:
    """Article number (as text) -> title in the language: articles.csv first, else charges.title_en."""
    titles: dict[str, str] = {}
    crim = charges.loc[charges["code"].isin(CRIMINAL_CODES)].dropna(subset=["article", "title_en"])
    for art, title in zip(crim["article"].astype(int).astype(str), crim["title_en"].astype(str)):
        titles.setdefault(art, title)
    vocab = _article_vocab()
    if vocab is not None:
        column = f"title_{lang}" if f"title_{lang}" in vocab.columns else "title_en"
        for art, en, title in zip(vocab["article"], vocab["title_en"], vocab[column]):
            art = art.strip()
            if art.isdigit() and (title or en):
                titles[art] = title or titles.get(art) or en
    return titles


# ------------------------------------------------------------- the frame

def _figure(lang: str, title: str, ncols: int = 1, height: float = HEIGHT):
    """A figure titled at its top left with `ncols` chart axes; returns (fig, axes)."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    with mpl.rc_context(STYLE):
        fig = Figure(figsize=(WIDTH, height), dpi=DPI, layout="constrained")
        fig.get_layout_engine().set(h_pad=0.08, w_pad=0.08)
        axes = [fig.add_subplot(1, ncols, i + 1) for i in range(ncols)]
        fig.suptitle(title, x=0.01, ha="left", fontsize=13, fontweight="bold")
    return fig, axes


def _caption(fig: Figure, words: str) -> None:
    """The caption under the chart, left-aligned and wrapped; constrained layout keeps room for it."""
    with mpl.rc_context(STYLE):
        fig.supxlabel(textwrap.fill(words, CAPTION_WIDTH), x=0.01, ha="left", multialignment="left",
                      fontsize=8, color="#333333", gid="caption")


def _no_data(ax, lang: str) -> None:
    with mpl.rc_context(STYLE):
        ax.text(0.5, 0.5, text("no_cases_chart", lang), ha="center", va="center", transform=ax.transAxes,
                fontsize=12, color="#555555")
        ax.set_xticks([])
        ax.set_yticks([])
        ax.grid(False)


def _mark_bans(ax, lang: str) -> None:
    """Dashed red lines at the two bans, labelled at the top of the axes."""
    for ban in BANS:
        x = mdates.date2num(pd.Timestamp(ban.on))
        line = ax.axvline(x, color=BAN_COLOUR, linestyle="--", linewidth=1.2, zorder=3)
        line.set_gid(f"ban-{ban.on.isoformat()}")
        ax.annotate(text(ban.key, lang), xy=(x, 1), xycoords=("data", "axes fraction"), xytext=(3, -3),
                    textcoords="offset points", rotation=90, ha="left", va="top", fontsize=8, color=BAN_COLOUR,
                    bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 1.0}, zorder=4)


def _mark_period(ax, period: Period, lang: str) -> None:
    span = ax.axvspan(mdates.date2num(pd.Timestamp(period.start)),
                      mdates.date2num(pd.Timestamp(period.end) + pd.Timedelta(days=1)),
                      color=HIGHLIGHT, alpha=0.15, zorder=0, linewidth=0, label=text("legend_period", lang))
    span.set_gid("period")


def _time_limits(ax, first: pd.Timestamp, last: pd.Timestamp, period: Period) -> None:
    earliest = min(first, pd.Timestamp(BANS[0].on), pd.Timestamp(period.start))
    lo = pd.Timestamp(earliest.year, 1, 1) - pd.Timedelta(days=30)  # from 1 January, so the first year has its tick
    hi = max(last, pd.Timestamp(BANS[-1].on), pd.Timestamp(period.end)) + pd.Timedelta(days=75)
    ax.set_xlim(mdates.date2num(lo), mdates.date2num(hi))
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.xaxis.set_minor_locator(mdates.MonthLocator(bymonth=(1, 4, 7, 10)))


def _dated(cases: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Cases whose start is known to the month or day, and how many are known only to the year."""
    dated = cases.dropna(subset=["started_on"])
    year_only = dated["started_precision"].eq("year").fillna(False).astype(bool)
    return dated.loc[~year_only], int(year_only.sum())


# ------------------------------------------------------------------ charts

def over_time(cases: pd.DataFrame, period: Period, lang: str = "en", freq: str = "M") -> Figure:
    """Bars of documented cases per month (`freq="M"`) or quarter (`"Q"`) by started_on; the period shaded, bans marked."""
    key = {"M": "month", "Q": "quarter"}[freq]
    fig, (ax,) = _figure(lang, text(f"over_time_{key}_title", lang))
    dated, year_only = _dated(cases)
    with mpl.rc_context(STYLE):
        ax.set_xlabel(text(f"axis_{key}", lang))
        ax.set_ylabel(text("axis_cases", lang))
        if dated.empty:
            _no_data(ax, lang)
        else:
            counts = dated["started_on"].dt.to_period(freq).value_counts().sort_index()
            full = pd.period_range(counts.index.min(), counts.index.max(), freq=freq)
            counts = counts.reindex(full, fill_value=0)
            starts = counts.index.to_timestamp(how="start")
            ends = counts.index.to_timestamp(how="end").normalize() + pd.Timedelta(days=1)
            inside = (starts >= pd.Timestamp(period.start)) & (starts <= pd.Timestamp(period.end))
            x = mdates.date2num(starts)
            widths = (mdates.date2num(ends) - x) * 0.85
            ax.bar(x, counts.to_numpy(), width=widths, align="edge", zorder=2,
                   color=[HIGHLIGHT if i else ACCENT for i in inside], gid="bars")
            _mark_period(ax, period, lang)
            _mark_bans(ax, lang)
            _time_limits(ax, starts.min(), ends.max(), period)
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    note = text("caption_year_only", lang, n=number(year_only, lang)) if year_only else ""
    _caption(fig, caption(period, lang, sources_text(cases), text("caption_counted_on", lang),
                          text("caption_period_shaded", lang), note))
    return fig


def by_article(cases: pd.DataFrame, charges: pd.DataFrame, period: Period, lang: str = "en", top: int = 12) -> Figure:
    """Horizontal bars: documented cases started in the period per Criminal Code article, with its title."""
    from .summary import by_article as count_articles

    selected = in_period(cases, period)
    counts = count_articles(selected, charges)
    titles = article_titles(charges, lang)
    fig, (ax,) = _figure(lang, text("by_article_title", lang), height=max(HEIGHT, 2.2 + 0.5 * min(len(counts), top)))
    with mpl.rc_context(STYLE):
        ax.set_xlabel(text("axis_cases", lang))
        ax.set_ylabel(text("axis_article", lang))
        if counts.empty:
            _no_data(ax, lang)
        else:
            shown = counts.head(top).iloc[::-1]
            labels = [_article_label(a, titles.get(a), lang) for a in shown.index]
            _hbars(ax, labels, shown.to_numpy(), lang)
            if "person_id" in selected:
                from .summary import persons_by_article

                _people_bars(ax, persons_by_article(selected, charges).reindex(shown.index, fill_value=0).to_numpy(), lang)
    more = text("caption_more", lang, n=number(len(counts) - top, lang)) if len(counts) > top else ""
    _caption(fig, caption(period, lang, sources_text(cases), text("caption_article_rule", lang), more))
    return fig


def _article_label(article: str, title: str | None, lang: str) -> str:
    head = text("article_short", lang, n=article)
    if not title:
        return head
    # two lines at most, so the bars keep most of the width
    return textwrap.fill(f"{head} — {textwrap.shorten(title, 84, placeholder='…')}", 44)


def _people_bars(ax, people, lang: str) -> None:
    """People beside cases: a narrow dark bar inside each bar of cases, and a legend saying which is which."""
    from matplotlib.patches import Patch

    dark = "#1f2d3d"
    ax.barh(list(range(len(people))), people, height=0.3, color=dark, zorder=3, gid="people")
    for yi, v in enumerate(people):
        ax.annotate(number(v, lang), xy=(v, yi), xytext=(-3, 0), textcoords="offset points", va="center", ha="right",
                    fontsize=8, color="white")
    ax.legend(handles=[Patch(color=ACCENT, label=text("legend_case_rows", lang)), Patch(color=dark, label=text("legend_persons", lang))],
              loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2, frameon=False, fontsize=9)


def _hbars(ax, labels: list[str], values, lang: str, colour: str = ACCENT) -> None:
    y = range(len(labels))
    ax.barh(list(y), values, color=colour, zorder=2, gid="bars")
    ax.set_yticks(list(y), labels)
    ax.grid(axis="x", color="#e3e6ea")
    ax.grid(axis="y", visible=False)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    top = max(values) if len(values) else 0
    for yi, v in zip(y, values):
        ax.annotate(number(v, lang), xy=(v, yi), xytext=(3, 0), textcoords="offset points", va="center", fontsize=9)
    ax.set_xlim(0, top * 1.12 + 0.5)


def by_place(cases: pd.DataFrame, period: Period, lang: str = "en", column: str = "city", top: int = 15) -> Figure:
    """Horizontal bars: documented cases started in the period per city (`column="city"`) or region."""
    from .summary import by_column

    selected = in_period(cases, period)
    counts = by_column(selected, column)
    missing = int(selected[column].isna().sum())
    fig, (ax,) = _figure(lang, text(f"by_{column}_title", lang), height=max(HEIGHT, 2.2 + 0.36 * min(len(counts), top)))
    with mpl.rc_context(STYLE):
        ax.set_xlabel(text("axis_cases", lang))
        ax.set_ylabel(text(f"axis_{column}", lang))
        if counts.empty:
            _no_data(ax, lang)
        else:
            shown = counts.head(top).iloc[::-1]
            _hbars(ax, [place_name(p, lang) for p in shown.index], shown.to_numpy(), lang)
            if "person_id" in selected:
                from .summary import persons_by_column

                _people_bars(ax, persons_by_column(selected, column).reindex(shown.index, fill_value=0).to_numpy(), lang)
    notes = [text("caption_place_missing", lang, n=number(missing, lang)) if missing else "",
             text("caption_more", lang, n=number(len(counts) - top, lang)) if len(counts) > top else ""]
    _caption(fig, caption(period, lang, sources_text(cases), *notes))
    return fig


@cache
def _place_names() -> dict[str, str]:
    """English canonical city and region names -> Russian, from vocab/cities.csv and regions.csv."""
    names: dict[str, str] = {}
    for file, column in (("regions.csv", "region"), ("cities.csv", "city")):
        path = config.VOCAB_DIR / file
        if path.exists():
            vocab = pd.read_csv(path, dtype=str, keep_default_na=False)
            if {column, "name_ru"}.issubset(vocab.columns):
                names.update((k, v) for k, v in zip(vocab[column], vocab["name_ru"]) if k and v)
    return names


def place_name(name: str, lang: str) -> str:
    return _place_names().get(name, name) if lang == "ru" else name


def dvk_share(cases: pd.DataFrame, period: Period, lang: str = "en") -> Figure:
    """Share of documented cases tied to DVK / Koshe Partiyasy per quarter, with 95% Wilson intervals."""
    dated, year_only = _dated(cases)
    table = by_quarter(dated)
    table = table.loc[table["cases"] > 0]
    fig, (ax,) = _figure(lang, text("dvk_title", lang))
    with mpl.rc_context(STYLE):
        ax.set_xlabel(text("axis_quarter", lang))
        ax.set_ylabel(text("axis_share", lang))
        if table.empty:
            _no_data(ax, lang)
        else:
            starts = table.index.to_timestamp(how="start")
            ends = table.index.to_timestamp(how="end").normalize()
            mid = mdates.date2num(starts) + (mdates.date2num(ends) - mdates.date2num(starts)) / 2
            inside = (starts >= pd.Timestamp(period.start)) & (starts <= pd.Timestamp(period.end))
            share = table["share"].to_numpy()
            # clip: rounding can leave the interval a hair inside the point when k is 0 or n
            err = [(share - table["ci_low"].to_numpy()).clip(0), (table["ci_high"].to_numpy() - share).clip(0)]
            ax.errorbar(mid, share, yerr=err, fmt="none", ecolor=MUTED, elinewidth=1.5, capsize=2, zorder=2,
                        gid="ci95", label=text("legend_ci", lang))
            ax.scatter(mid, share, s=22, zorder=3, color=[HIGHLIGHT if i else ACCENT for i in inside],
                       gid="share", label=text("legend_share", lang))
            _mark_period(ax, period, lang)
            _mark_bans(ax, lang)
            _time_limits(ax, starts.min(), ends.max(), period)
            ax.set_ylim(0, 1.02)
            ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
            ax.legend(loc="upper left", bbox_to_anchor=(0.0, -0.12), ncols=3, frameon=False, fontsize=8)
    note = text("caption_year_only", lang, n=number(year_only, lang)) if year_only else ""
    _caption(fig, caption(period, lang, sources_text(cases), text("caption_dvk_rule", lang), note))
    return fig


def change(cases: pd.DataFrame, charges: pd.DataFrame, period: Period, lang: str = "en", top: int = 5) -> Figure:
    """This period against the previous one of the same length: all cases, DVK/Koshe cases, the top articles."""
    table = change_table(cases, charges, period, lang, top)
    before = previous(period)
    fig, (ax,) = _figure(lang, text("change_title", lang), height=max(HEIGHT, 2.2 + 0.55 * len(table)))
    with mpl.rc_context(STYLE):
        ax.set_xlabel(text("axis_cases", lang))
        if table["now"].sum() + table["before"].sum() == 0:
            _no_data(ax, lang)
        else:
            rows = table.iloc[::-1]
            y = pd.Series(range(len(rows)), dtype=float).to_numpy()
            h = 0.38
            ax.barh(y + h / 2, rows["before"], height=h, color=MUTED, zorder=2, gid="before",
                    label=period_text(before, lang))
            ax.barh(y - h / 2, rows["now"], height=h, color=ACCENT, zorder=2, gid="now",
                    label=period_text(period, lang))
            for yi, b, n in zip(y, rows["before"], rows["now"]):
                ax.annotate(number(b, lang), xy=(b, yi + h / 2), xytext=(3, 0), textcoords="offset points",
                            va="center", fontsize=8)
                ax.annotate(number(n, lang), xy=(n, yi - h / 2), xytext=(3, 0), textcoords="offset points",
                            va="center", fontsize=8)
            ax.set_yticks(y, rows["measure"])
            ax.grid(axis="x", color="#e3e6ea")
            ax.grid(axis="y", visible=False)
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
            ax.set_xlim(0, max(rows["now"].max(), rows["before"].max()) * 1.15 + 0.5)
            ax.legend(loc="lower right", frameon=False, fontsize=8)
    _caption(fig, caption(period, lang, sources_text(cases),
                          text("caption_previous", lang, previous=period_text(before, lang))))
    return fig


def change_table(cases: pd.DataFrame, charges: pd.DataFrame, period: Period, lang: str = "en",
                 top: int = 5) -> pd.DataFrame:
    """Rows: measure, before, now, change; the measures are all cases, DVK/Koshe cases and the top articles."""
    from .summary import by_article as count_articles

    before = previous(period)
    now_cases, old_cases = in_period(cases, period), in_period(cases, before)
    now_art, old_art = count_articles(now_cases, charges), count_articles(old_cases, charges)
    both = now_art.add(old_art, fill_value=0).rename_axis("key").reset_index(name="n")
    articles = both.sort_values(["n", "key"], ascending=[False, True], kind="stable")["key"].head(top)
    rows = [(text("measure_all", lang), len(old_cases), len(now_cases)),
            (text("measure_dvk", lang), int(old_cases["dvk_koshe"].fillna(False).astype(bool).sum()),
             int(now_cases["dvk_koshe"].fillna(False).astype(bool).sum()))]
    rows += [(text("article_short", lang, n=a), int(old_art.get(a, 0)), int(now_art.get(a, 0))) for a in articles]
    frame = pd.DataFrame(rows, columns=["measure", "before", "now"])
    return frame.assign(change=frame["now"] - frame["before"])


def data_quality(problems: pd.DataFrame, manifest: dict, period: Period, lang: str = "en",
                 sources: str = "–", top: int = 10) -> Figure:
    """Left: rows read = cases + rows dropped. Right: problems by kind, value kept (row still a case) or row dropped."""
    totals = manifest.get("totals", {})
    read, kept, dropped = (int(totals.get(k, 0)) for k in ("rows_read", "cases", "rows_dropped"))
    fig, (left, right) = _figure(lang, text("quality_title", lang), ncols=2)
    with mpl.rc_context(STYLE):
        left.set_title(text("rows_title", lang), fontsize=11)
        left.set_ylabel(text("axis_rows", lang))
        left.bar([0], [kept], color=ACCENT, zorder=2, label=text("legend_cases", lang), gid="rows-cases")
        left.bar([0], [dropped], bottom=[kept], color=HIGHLIGHT, zorder=2, label=text("legend_dropped", lang),
                 gid="rows-dropped")
        left.set_xticks([0], [text("rows_read_label", lang, n=number(read, lang))])
        left.set_xlim(-0.9, 0.9)
        left.yaxis.set_major_locator(MaxNLocator(integer=True))
        left.legend(loc="upper right", frameon=False, fontsize=8)
        left.set_ylim(0, max(read, kept + dropped, 1) * 1.25)
        right.set_title(text("problems_title", lang), fontsize=11)
        right.set_xlabel(text("axis_problems", lang))
        if problems.empty:
            right.text(0.5, 0.5, text("no_problems", lang), ha="center", va="center", transform=right.transAxes)
            right.set_xticks([])
            right.set_yticks([])
        else:
            kinds = problems.assign(kept=problems["row_kept"].fillna(False).astype(bool))
            table = kinds.groupby(["problem", "kept"]).size().unstack(fill_value=0)
            table = table.reindex(columns=[True, False], fill_value=0)
            table = table.assign(n=table.sum(axis=1)).rename_axis("key").reset_index()
            table = table.sort_values(["n", "key"], ascending=[False, True], kind="stable").head(top).iloc[::-1]
            y = list(range(len(table)))
            right.barh(y, table[True], color=ACCENT, zorder=2, label=text("legend_kept", lang), gid="kept")
            right.barh(y, table[False], left=table[True], color=HIGHLIGHT, zorder=2,
                       label=text("legend_row_dropped", lang), gid="dropped")
            # the kinds in words (vocab/labels.csv, shared with the workbook); the code where no words exist yet
            from .export import problem_label

            right.set_yticks(y, [textwrap.fill(problem_label(k, lang), 26) for k in table["key"]], fontsize=9)
            for yi, n in zip(y, table["n"]):
                right.annotate(number(n, lang), xy=(n, yi), xytext=(3, 0), textcoords="offset points",
                               va="center", fontsize=8)
            right.set_xlim(0, table["n"].max() * 1.2 + 0.5)
            right.grid(axis="x", color="#e3e6ea")
            right.grid(axis="y", visible=False)
            right.xaxis.set_major_locator(MaxNLocator(integer=True))
            right.legend(loc="lower right", frameon=False, fontsize=8)
    _caption(fig, " ".join([text("caption_quality", lang, read=number(read, lang), cases=number(kept, lang),
                                 dropped=number(dropped, lang)), text("caption_source", lang, sources=sources)]))
    return fig


# --------------------------------------------------- custody and sentences

def custody_over_time(cases: pd.DataFrame, period: Period, lang: str = "en") -> Figure:
    """Lines: people in custody and under restriction at each month end (kzanalysis.custody), bans marked."""
    from . import custody

    spans = custody.intervals(cases)
    frame = custody.month_ends(cases, period, spans)
    apart = custody.unplaced(cases, spans)
    fig, (ax,) = _figure(lang, text("custody_title", lang))
    with mpl.rc_context(STYLE):
        ax.set_xlabel(text("axis_month_end", lang))
        ax.set_ylabel(text("axis_people", lang))
        if int(frame[["custody", "restricted"]].to_numpy().sum()) == 0:
            _no_data(ax, lang)
        else:
            x = mdates.date2num(frame["day"])
            ax.plot(x, frame["custody"], color=ACCENT, linewidth=2, zorder=3, gid="custody",
                    label=text("legend_custody", lang), drawstyle="steps-post")
            ax.plot(x, frame["restricted"], color=HIGHLIGHT, linewidth=2, zorder=3, gid="restricted",
                    label=text("legend_restricted", lang), drawstyle="steps-post")
            last = frame.iloc[-1]
            for column, colour in (("custody", ACCENT), ("restricted", HIGHLIGHT)):
                ax.annotate(number(last[column], lang), xy=(x[-1], last[column]), xytext=(4, 0),
                            textcoords="offset points", va="center", fontsize=9, color=colour, fontweight="bold")
            _mark_period(ax, period, lang)
            _mark_bans(ax, lang)
            _time_limits(ax, frame["day"].min(), frame["day"].max(), period)
            ax.set_ylim(0, max(int(frame[["custody", "restricted"]].to_numpy().max()), 1) * 1.15)
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
            ax.legend(loc="upper left", bbox_to_anchor=(0.0, -0.12), ncols=2, frameon=False, fontsize=8)
    note = text("caption_unplaced", lang, n=number(len(apart), lang)) if len(apart) else ""
    _caption(fig, " ".join(p for p in (text("caption_period", lang, period=period_text(period, lang)),
                                       text("caption_documented_people", lang), text("caption_custody_rule", lang),
                                       note, text("caption_period_shaded", lang),
                                       text("caption_source", lang, sources=sources_text(cases))) if p))
    return fig


KIND_COLOURS = {"imprisoned": ACCENT, "restricted_freedom": HIGHLIGHT, "probation": "#4c9a5f"}


def sentence_terms(cases: pd.DataFrame, charges: pd.DataFrame, period: Period, lang: str = "en", top: int = 8) -> Figure:
    """Every sentence term (dots) by Criminal Code article, coloured by kind, with the median prison term
    per article (a bar mark); sentences passed up to the period's end."""
    from . import custody

    terms = custody.terms(cases, charges)
    terms = terms.loc[terms["sentenced_on"] <= pd.Timestamp(period.end)]
    order = terms["article"].value_counts()
    order = order.rename_axis("a").reset_index(name="n").assign(num=lambda f: f["a"].astype(int))
    order = order.sort_values(["n", "num"], ascending=[False, True], kind="stable")["a"].head(top).tolist()
    shown = terms.loc[terms["article"].isin(order)]
    titles = article_titles(charges, lang)
    fig, (ax,) = _figure(lang, text("terms_title", lang), height=max(HEIGHT, 2.4 + 0.6 * len(order)))
    with mpl.rc_context(STYLE):
        ax.set_xlabel(text("axis_term_months", lang))
        ax.set_ylabel(text("axis_article", lang))
        if shown.empty:
            _no_data(ax, lang)
        else:
            row = {a: len(order) - 1 - i for i, a in enumerate(order)}
            shown = shown.sort_values(["article", "kind", "months", "case_id"], kind="stable")
            # spread equal terms of one article over a small band, deterministically (no random jitter)
            rank = shown.groupby(["article", "months"]).cumcount()
            size = shown.groupby(["article", "months"])["months"].transform("size")
            offset = ((rank + 0.5) / size - 0.5) * 0.6
            y = shown["article"].map(row) + offset
            for kind, colour in KIND_COLOURS.items():
                mask = shown["kind"].eq(kind)
                if mask.any():
                    ax.scatter(shown.loc[mask, "months"], y[mask], s=18, color=colour, alpha=0.8, zorder=3,
                               edgecolors="white", linewidths=0.4, gid=f"terms-{kind}",
                               label=text(f"status_{kind}", lang))
            med = shown.loc[shown["kind"].eq("imprisoned")].groupby("article")["months"].median()
            for art, m in med.items():
                ax.plot([m, m], [row[art] - 0.38, row[art] + 0.38], color="#1d2329", linewidth=2.2, zorder=4,
                        gid=f"median-{art}")
            ax.plot([], [], color="#1d2329", linewidth=2.2, label=text("legend_median_prison", lang))
            counts = shown["article"].value_counts()
            labels = [_article_label(a, titles.get(a), lang) + f"\n(n = {number(counts[a], lang)})" for a in order]
            ax.set_yticks([row[a] for a in order], labels, fontsize=9)
            ax.set_ylim(-0.6, len(order) - 0.4)
            ax.set_xlim(0, max(12, int(shown["months"].max())) * 1.05)
            ax.xaxis.set_major_locator(MaxNLocator(integer=True, steps=[1, 2, 3, 6, 10]))
            ax.grid(axis="x", color="#e3e6ea")
            ax.grid(axis="y", visible=False)
            ax.legend(loc="upper left", bbox_to_anchor=(0.0, -0.10), ncols=2, frameon=False, fontsize=8)
    more = text("caption_more", lang, n=number(terms["article"].nunique() - len(order), lang)) \
        if terms["article"].nunique() > len(order) else ""
    _caption(fig, " ".join(p for p in (text("caption_terms_rule", lang, end=day_text(period.end, lang)), more,
                                       text("caption_source", lang, sources=sources_text(cases))) if p))
    return fig


# ------------------------------------------------------------------ saving

def save(fig: Figure, folder: Path | str, name: str) -> Path:
    """Write `name.png` and `name.svg` into the folder, free of dates and ids; return the PNG path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with mpl.rc_context(STYLE):
        if fig.get_layout_engine() is not None:
            # lay out once, then freeze: constrained layout moves things a hair on every draw,
            # which would make the PNG and the SVG (and a second save) differ
            fig.draw_without_rendering()
            fig.set_layout_engine("none")
        fig.savefig(folder / f"{name}.png", format="png", dpi=DPI, metadata={"Software": None})
        fig.savefig(folder / f"{name}.svg", format="svg", metadata={"Date": None, "Creator": None})
    return folder / f"{name}.png"
