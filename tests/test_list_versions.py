"""Versions of a list: which file counts, and what changed, on hand-made lists with known answers."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from kzanalysis import list_versions as versions
from kzanalysis.config import VocabularyError


@pytest.mark.parametrize("stem, on, rest", [
    ("spisok_2024-01", date(2024, 1, 1), "spisok"),
    ("spisok_2024-04", date(2024, 4, 1), "spisok"),
    ("list 01.04.2024", date(2024, 4, 1), "list"),
    ("report_2024Q2_ru", date(2024, 4, 1), "report_ru"),
    ("Список 2024-04-15 итог", date(2024, 4, 15), "список_итог"),
    ("monitoring_20240415", date(2024, 4, 15), "monitoring"),
    ("list_04.2024", date(2024, 4, 1), "list"),
])
def test_dates_in_names(stem, on, rest):
    assert versions.date_in_name(stem) == (on, rest)


@pytest.mark.parametrize("stem", ["monitoring_2023", "ngo_almaty_ru", "list_2024-13", "list 31.02.2024"])
def test_names_without_a_version_date(stem):
    assert versions.date_in_name(stem) is None


def v(name: str, entry: dict | None = None) -> versions.Version:
    return versions.version_of(Path("raw") / name, name, entry or {})


def test_newest_version_counts_and_the_others_are_superseded():
    files = [v("spisok_2024-04.xlsx"), v("other.csv"), v("spisok_2024-01.xlsx"), v("spisok_2023-10.xlsx"),
             v("monitoring_2023.csv"), v("monitoring_2024.csv")]
    keep, superseded = versions.select(files)
    assert [k.path.name for k in keep] == ["spisok_2024-04.xlsx", "other.csv", "monitoring_2023.csv", "monitoring_2024.csv"]
    assert [(s["file"], s["superseded_by"], s["previous"]) for s in superseded] == [
        ("spisok_2023-10.xlsx", "spisok_2024-04.xlsx", False), ("spisok_2024-01.xlsx", "spisok_2024-04.xlsx", True)]


def test_list_key_in_sources_toml():
    files = [v("almaty_march.xlsx", {"list": "almaty", "version": "2024-03-31"}),
             v("almaty_june.xlsx", {"list": "almaty", "version": "2024-06-30"}),
             v("x_2024-05.csv", {"list": "almaty"})]  # a date in the name serves as the version
    keep, superseded = versions.select(files)
    assert [k.path.name for k in keep] == ["almaty_june.xlsx"]
    assert [s["file"] for s in superseded] == ["almaty_march.xlsx", "x_2024-05.csv"]
    with pytest.raises(VocabularyError, match="version = "):
        v("almaty.xlsx", {"list": "almaty"})
    with pytest.raises(VocabularyError, match="not a date"):
        v("almaty.xlsx", {"list": "almaty", "version": "June"})


def cases(*rows) -> pd.DataFrame:
    df = pd.DataFrame([{"case_id": c, "person_id": p, "name": n, "birth_year": 1980, "status": s, "sentence_months": m,
                        "started_on": pd.Timestamp(d)} for c, p, n, s, m, d in rows])
    return df.astype({"sentence_months": "Int64", "birth_year": "Int64"})


def test_changes_person_by_person():
    old = cases(("o1", "A", "Ахметов Ерлан", "pretrial_detention", None, "2023-01-01"),
                ("o2", "B", "Иванова Анна", "imprisoned", 36, "2022-05-01"),
                ("o3", "C", "Серикова Дана", "imprisoned", 24, "2022-01-01"),
                ("o4", "D", "Болатов Арман", "restricted_freedom", 12, "2022-01-01"),
                ("o5", "E", "Нуров Асхат", "under_investigation", None, "2023-06-01"),
                ("o6", "F", "Ким Олег", "probation", 24, "2021-01-01"))
    new = cases(("n1", "A", "Akhmetov Yerlan", "imprisoned", 60, "2023-01-01"),  # the same person, Latin spelling
                ("n2", "B", "Иванова Анна", "released", 36, "2022-05-01"),
                ("n3", "C", "Серикова Дана", "imprisoned", 30, "2022-01-01"),
                ("n5", "E", "Нуров Асхат", "under_investigation", None, "2023-06-01"),
                ("n5b", "E", "Нуров Асхат", "under_investigation", None, "2023-06-01"),  # a duplicate row: still E
                ("n6", "F", "Ким Олег", "probation", 24, "2021-01-01"),
                ("n7", "G", "Жанова Айгуль", "pretrial_detention", None, "2024-02-01"))
    frame = versions.changes(old, new, person_of=lambda both: both["person_id"])
    got = {(r.change, r.person_id) for r in frame.itertuples()}
    assert got == {("added", "G"), ("removed", "D"), ("released", "B"), ("status", "A"), ("sentence", "C")}
    assert versions.counts(frame) == {"added": 1, "removed": 1, "released": 1, "status": 1, "sentence": 1}
    a = frame.set_index("person_id").loc["A"]
    assert (a["name"], a["status_before"], a["status_after"], a["sentence_after"]) == ("Akhmetov Yerlan", "pretrial_detention", "imprisoned", 60)
    d = frame.set_index("person_id").loc["D"]
    assert (d["name"], d["status_before"], pd.isna(d["status_after"])) == ("Болатов Арман", "restricted_freedom", True)
    assert frame["change"].tolist() == ["added", "removed", "released", "status", "sentence"]


def test_no_change_between_equal_versions():
    old = cases(("o1", "A", "Ахметов Ерлан", "imprisoned", None, "2023-01-01"))
    assert versions.changes(old, old.copy(), person_of=lambda both: both["person_id"]).empty


# ---------------------------------------------------------------- the sample lists: two versions of one list

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "data" / "raw"


def test_two_versions_in_data_raw_count_once_and_the_changes_match_a_hand_count(tmp_path):
    import subprocess

    from kzanalysis.clean import clean_paths

    result = clean_paths([RAW])
    truth = pd.read_csv(REPO / "tests" / "fixtures" / "samples_truth.csv", dtype=str, keep_default_na=False)
    assert len(result.cases) == int((truth["kind"] == "case").sum())  # the earlier version adds no case
    assert "monitoring_en_2025-03-31.csv" not in set(result.cases["source_file"])
    assert [s["file"] for s in result.manifest["superseded"]] == ["monitoring_en_2025-03-31.csv"]
    assert result.manifest["superseded"][0]["superseded_by"] == "monitoring_en.csv"
    assert result.manifest["totals"]["rows_read"] == result.manifest["totals"]["cases"] + result.manifest["totals"]["rows_dropped"]

    # by hand, from the truth of the current version and the date of the earlier one (31 March 2025)
    m = truth.loc[(truth["source_file"] == "monitoring_en.csv") & (truth["kind"] == "case")]
    after = lambda c: pd.to_datetime(m[c]).gt(pd.Timestamp("2025-03-31"))  # noqa: E731
    added = int(after("started_on").sum())
    released = int((after("released_on") & ~after("started_on")).sum())
    sentenced = int((after("sentenced_on") & ~after("started_on") & ~after("released_on")).sum())
    want = {"added": added, "removed": 2, "released": released, "status": sentenced, "sentence": 1}
    (group,) = result.manifest["changes"]
    assert group["counts"] == want
    assert (group["previous"], group["current"]) == ("monitoring_en_2025-03-31.csv", "monitoring_en.csv")
    assert group["cases_after"] == len(m)

    # the same from the command line, for the two files as given
    exe = REPO / ".venv" / "bin" / "kzanalysis"
    run = subprocess.run([str(exe), "diff", str(RAW / "monitoring_en_2025-03-31.csv"), str(RAW / "monitoring_en.csv")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    head = run.stdout.splitlines()[0]
    assert ", ".join(f"{k} {v}" for k, v in want.items()) in head
    assert "SEIDAKHMETOVA Aizhan (1993): under_investigation -> -" in run.stdout


def test_diff_of_a_missing_file_is_one_line(tmp_path):
    import subprocess

    exe = REPO / ".venv" / "bin" / "kzanalysis"
    run = subprocess.run([str(exe), "diff", str(tmp_path / "old.csv"), str(RAW / "monitoring_en.csv")],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "no such file" in run.stderr and "Traceback" not in run.stderr


@pytest.fixture(scope="module")
def sample_tables(tmp_path_factory):
    from kzanalysis.clean import clean_paths
    from kzanalysis.freshness import write_result

    folder = tmp_path_factory.mktemp("processed")
    write_result(clean_paths([RAW]), folder)
    return folder


def test_changes_sheet_and_report_section(sample_tables, tmp_path, monkeypatch):
    import openpyxl

    from kzanalysis import export, report
    from kzanalysis.period import parse_label
    from kzanalysis.tables import load

    tables = load(sample_tables)
    (group,) = tables.manifest["changes"]
    monkeypatch.setenv("KZANALYSIS_REDACT_KEY", "test-key-for-changes")
    for lang, redact, sheet in (("en", False, "Changes"), ("ru", True, "Изменения")):
        path = export.write_workbook(tables, parse_label("2025Q3"), tmp_path / f"{lang}.xlsx", lang=lang, redact=redact)
        ws = openpyxl.load_workbook(path)[sheet]
        rows = list(ws.iter_rows(min_row=2, values_only=True))
        assert len(rows) == sum(group["counts"].values())
        names = {r[4] for r in rows}
        if redact:
            assert "SEIDAKHMETOVA Aizhan" not in names and len(ws[1]) == 9  # pseudonyms, no birth year
        else:
            assert "SEIDAKHMETOVA Aizhan" in names
            assert ("removed", "under investigation") in {(r[3], r[6]) for r in rows}
    page = report.Page("2025-07-01", "2025-09-30", "2025Q3", "en", sample_tables)
    section = page.changes().data
    assert "monitoring_en.csv" in section and "SEIDAKHMETOVA" not in section  # counts, no names
    for kind, n in group["counts"].items():
        assert f"<td>{page.t(f'change_{kind}')}</td><td>{n}</td>" in section


def test_tables_stay_current_with_a_superseded_version(sample_tables):
    from kzanalysis.freshness import is_current

    # the superseded file is an input too: its fingerprint is in the manifest, so nothing is cleaned again
    assert is_current([RAW], sample_tables)
