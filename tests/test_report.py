"""The report: notebooks run for real (slow), numbers checked against pandas, byte-identical reruns, the CLI."""
from __future__ import annotations

import json
import math
import os
import re
import shutil
import subprocess
from pathlib import Path
from statistics import NormalDist

import pytest
from typer.testing import CliRunner

from kzanalysis import load, report
from kzanalysis.cli import app
from kzanalysis.period import parse_label

REPO = Path(__file__).resolve().parents[1]
PARAMETERS = {"start", "end", "label", "lang", "workspace", "processed_dir", "figures_dir"}
FIGURES = {"change", "over_time_month", "over_time_quarter", "dvk_koshe_share", "by_article", "by_city",
           "by_region", "data_quality", "custody_over_time", "sentence_terms"}


# ---------------------------------------------------------------- fast

def test_notebooks_are_text_with_one_parameters_cell():
    import jupytext

    for path in report.notebook_sources():
        assert path.suffix == ".py" and path.exists(), path
        nb = jupytext.read(path)
        tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1, path
        names = set(re.findall(r"^(\w+)\s*=", tagged[0].source, flags=re.M))
        assert names == PARAMETERS, path
        assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")


@pytest.mark.parametrize("args, message", [
    (["--quarter", "2021Q5"], "not a quarter"),
    (["--start", "2021-05-01", "--end", "2021-01-01"], "before the start"),
    (["--year", "21"], "not a year"),
    (["--lang", "de"], "en or ru"),
])
def test_bad_period_is_one_line_exit_2(args, message):
    result = CliRunner().invoke(app, ["report", *args])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_no_period_means_the_latest_quarter_with_data(tidy_dir):
    t = load(tidy_dir)
    last = t.cases["started_on"].max()
    chosen = report.choose_period(t, None)
    assert chosen.start <= last.date() <= chosen.end and chosen.label.endswith(f"Q{(last.month - 1) // 3 + 1}")
    assert report.choose_period(t, parse_label("2021")) == parse_label("2021")
    t.cases["started_on"] = None
    with pytest.raises(report.ReportError, match="--quarter"):
        report.choose_period(t, None)


def test_default_folders():
    assert report.default_folder(parse_label("2021Q3"), "en").name == "2021Q3"
    assert report.default_folder(parse_label("2021Q3"), "ru").name == "2021Q3"


def test_headline_and_status_of_an_empty_period_read_well(tidy_dir):
    # regressions: "In the previous period (Q4 2030 (1 October ...)): 0" (parentheses inside parentheses),
    # and a status table of headers alone when no case started in the period
    page = report.Page("2031-01-01", "2031-03-31", "2031Q1", "en", tidy_dir)
    assert "))" not in page.headline().data
    assert page.status_table().data == "No case started in this period."
    ru = report.Page("2031-01-01", "2031-03-31", "2031Q1", "ru", tidy_dir)
    assert "))" not in ru.headline().data and "<table" not in str(ru.status_table().data)
    full = report.Page("2021-01-01", "2021-12-31", "2021", "en", tidy_dir)
    assert "))" not in full.headline().data and "<table" in full.status_table().data


def test_headline_opens_with_the_stock_beside_the_cases_started(tidy_dir):
    from kzanalysis import custody

    for lang in ("en", "ru"):
        page = report.Page("2021-01-01", "2021-12-31", "2021", lang, tidy_dir)
        first, second = page.headline().data.split("\n\n")[:2]
        now = custody.at(page.tables.cases, "2021-12-31")
        assert f"**{now['custody']}**" in first and f"**{now['restricted']}**" in first
        assert f"**{len(page.cases)}**" in second
    assert "31 December 2021" in report.Page("2021-01-01", "2021-12-31", "2021", "en", tidy_dir).headline().data


# ---------------------------------------------------------------- slow: papermill on a real kernel

def independent_summary(processed: Path, start: str, end: str) -> dict:
    """summary.json recomputed with plain pandas from the tidy tables, without kzanalysis.summary."""
    t = load(processed)
    cases = t.cases[(t.cases["started_on"] >= start) & (t.cases["started_on"] <= end)]
    crim = t.charges[t.charges["code"].isin(["CC", "CC1997"]) & t.charges["case_id"].isin(cases["case_id"])]
    articles = crim.dropna(subset=["article"]).drop_duplicates(["case_id", "article"])["article"].astype(int)
    n, k = len(cases), int(cases["dvk_koshe"].fillna(False).sum())
    z = NormalDist().inv_cdf(0.975)
    p = k / n if n else None
    ci = None
    if n:
        centre = (p + z * z / (2 * n)) / (1 + z * z / n)
        half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
        ci = [max(0.0, centre - half), min(1.0, centre + half)]
    sheets = [s for f in t.manifest["files"] for s in f["sheets"]] if t.manifest["files"] else [t.manifest["totals"]]
    dropped_rows = t.problems.loc[~t.problems["row_kept"].astype(bool)].drop_duplicates(
        ["source_file", "source_sheet", "source_row"])
    return {
        "cases_started": n,
        "cases_undated": int(t.cases["started_on"].isna().sum()),
        "by_article": articles.astype(str).value_counts().to_dict(),
        "by_city": cases["city"].dropna().value_counts().to_dict(),
        "by_status": cases["status"].value_counts().to_dict(),
        "dvk_cases": k, "dvk_share": p, "dvk_ci": ci,
        "rows_read": sum(s["rows_read"] for s in sheets),
        "rows_dropped": len(dropped_rows),
        "problems": len(t.problems),
        "problems_by_kind": t.problems["problem"].value_counts().to_dict(),
        # people: each person once, whatever the number of cases
        "persons_started": cases["person_id"].nunique(),
        "by_article_persons": crim.dropna(subset=["article"]).merge(cases[["case_id", "person_id"]], on="case_id")
        .drop_duplicates(["person_id", "article"])["article"].astype(int).astype(str).value_counts().to_dict(),
        "by_city_persons": cases.dropna(subset=["city"]).drop_duplicates(["person_id", "city"])["city"].value_counts().to_dict(),
        "dvk_persons": int(cases.groupby("person_id")["dvk_koshe"].any().sum()),
    }


@pytest.mark.slow
def test_report_runs_notebooks_numbers_match_and_rerun_is_identical(tidy_dir, tmp_path):
    period = parse_label("2021")
    first = report.make_report(tidy_dir, None, period, "en", tmp_path / "a", progress=False)
    folder = first.folder

    # the folder
    assert {p.stem for p in (folder / "figures").glob("*.png")} == FIGURES
    assert {p.stem for p in (folder / "figures").glob("*.svg")} == FIGURES
    assert {p.name for p in (folder / "notebooks").glob("*.ipynb")} == {f"{n}.ipynb" for n in report.NOTEBOOKS}
    assert (folder / "kzanalysis_2021.xlsx").exists()

    # every number of summary.json, against pandas
    s = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    want = independent_summary(tidy_dir, "2021-01-01", "2021-12-31")
    assert s["period"] == {"start": "2021-01-01", "end": "2021-12-31", "label": "2021"}
    for key in ("cases_started", "cases_undated", "by_article", "by_city", "by_status", "rows_read", "rows_dropped", "problems",
                "problems_by_kind", "persons_started", "by_article_persons", "by_city_persons"):
        assert s[key] == want[key], key
    assert s["persons_started"] < s["cases_started"]  # the tables have people with two cases
    assert s["dvk_koshe_persons"]["persons"] == want["dvk_persons"]
    assert s["dvk_koshe_persons"]["share"] == pytest.approx(want["dvk_persons"] / want["persons_started"], abs=1e-6)
    assert s["dvk_koshe"]["cases"] == want["dvk_cases"]
    assert s["dvk_koshe"]["share"] == pytest.approx(want["dvk_share"], abs=1e-6)
    assert s["dvk_koshe"]["ci95"] == pytest.approx(want["dvk_ci"], abs=1e-6)
    assert s["rows_read"] == load(tidy_dir).manifest["totals"]["cases"] + s["rows_dropped"]
    for key in ("in_custody_at_end", "restricted_at_end", "released_in_period", "sentenced_in_period"):
        assert isinstance(s[key], int), key
    assert isinstance(s["median_sentence_months"], dict) and isinstance(s["custody_unplaced"], dict)

    # the page: no code, contents first, headline numbers first, method last, images inside
    page = (folder / "report.html").read_text(encoding="utf-8")
    for code in ("import ", "display(", "page.figure", "jp-InputArea", "input_area", "In&nbsp;[", "Traceback"):
        assert code not in page, code
    assert page.count('src="data:image/png;base64,') == len(FIGURES)
    assert not re.search(r'(src|href)="https?:', page)
    toc = page.index('<nav class="toc"')
    assert toc < page.index('id="headline"') < page.index('id="in-custody"') < page.index('id="over-time"') < page.index('id="method"')
    assert page.index("documented people were in custody") < page.index("documented cases started")
    assert "Documented cases, not all cases" in page or "documented cases, not all cases" in page
    assert f"<strong>{s['cases_started']}</strong> documented cases started" in page
    # a period's count is never shown without the count of cases that no period holds
    assert (f"all lists together): <strong>{s['cases_undated']}</strong>" in page if s["cases_undated"]
            else "Every documented case has a start date" in page)

    # the same inputs and parameters: the same bytes
    second = report.make_report(tidy_dir, None, period, "en", tmp_path / "b", progress=False)
    same = ["summary.json", "report.html", *(f"figures/{n}.{e}" for n in FIGURES for e in ("png", "svg"))]
    for name in same:
        assert (folder / name).read_bytes() == (second.folder / name).read_bytes(), name


@pytest.mark.slow
def test_cli_russian_report_of_an_empty_period(tidy_dir, tmp_path):
    root = tmp_path / "project"
    (root / "data" / "raw").mkdir(parents=True)
    shutil.copytree(tidy_dir, root / "data" / "processed")
    exe = REPO / ".venv" / "bin" / "kzanalysis"
    env = {**os.environ, "KZANALYSIS_WORKSPACE": str(root)}
    run = subprocess.run([str(exe), "report", "--quarter", "2031Q1", "--lang", "ru", "--out", str(tmp_path / "ru")],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    page = (tmp_path / "ru" / "report_ru.html").read_text(encoding="utf-8")
    assert '<html lang="ru">' in page and "Главные цифры" in page
    assert "За этот период нет задокументированных случаев" in page
    s = json.loads((tmp_path / "ru" / "summary.json").read_text(encoding="utf-8"))
    assert s["cases_started"] == 0 and s["dvk_koshe"] == {"cases": 0, "share": None, "ci95": None}
    assert (tmp_path / "ru" / "kzanalysis_2031Q1_ru.xlsx").exists()
    assert not (root / "reports").exists()
