"""The synthetic sample lists and their ground truth (scripts/make_samples.py).

Checks: same seed gives the same bytes (also in another process); the
committed data/raw files and tests/fixtures/samples_truth.csv equal a fresh
generation; the shape of the data (>= 400 cases, 2018-2025, article 405 the
most common); one truth row for every non-blank row below each header; the
headers are in the alias table; every value variant of README "How values are read" appears;
the holdout lists are of the same kinds in other layouts; names are invented.
"""
import csv
import datetime as dt
import importlib.util
import io
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from kzanalysis.config import VOCAB_DIR
from kzanalysis.parse.text import match_key
from kzanalysis.schema import STATUSES

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "make_samples.py"
TRUTH_FILE = REPO / "tests" / "fixtures" / "samples_truth.csv"
HOLDOUT_SEED = 7


def _load():
    spec = importlib.util.spec_from_file_location("make_samples_under_test", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # no sys.modules entry: the way tests/accuracy.py loads it
    return module


ms = _load()


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    out = tmp_path_factory.mktemp("samples")
    return out, ms.generate(out, seed=2025, variant="samples")


@pytest.fixture(scope="module")
def holdout(tmp_path_factory):
    out = tmp_path_factory.mktemp("holdout")
    return out, ms.generate(out, seed=HOLDOUT_SEED, variant="holdout")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# -- determinism and the committed files ----------------------------------------------

def test_same_seed_same_bytes_in_another_process(samples, tmp_path):
    out, truth = samples
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(tmp_path / "raw"), "--truth", str(tmp_path / "truth.csv")],
                   check=True, env=env, capture_output=True, cwd=REPO)
    assert _files(tmp_path / "raw") == _files(out)
    ms.write_truth(truth, tmp_path / "again.csv")
    assert (tmp_path / "truth.csv").read_bytes() == (tmp_path / "again.csv").read_bytes()


def test_other_seed_other_lists(samples, tmp_path):
    ms.generate(tmp_path, seed=1, variant="samples")
    assert _files(tmp_path)["monitoring_en.csv"] != _files(samples[0])["monitoring_en.csv"]


def test_committed_raw_equals_fresh_generation(samples):
    """Nobody edits data/raw by hand: regenerate with `make samples`."""
    out, _ = samples
    for name, data in _files(out).items():
        committed = REPO / "data" / "raw" / name
        assert committed.exists(), f"{committed} missing: run `make samples`"
        assert committed.read_bytes() == data, f"{committed} differs from a fresh generation: run `make samples`"


def test_committed_truth_equals_fresh_generation(samples, tmp_path):
    _, truth = samples
    ms.write_truth(truth, tmp_path / "truth.csv")
    assert TRUTH_FILE.read_bytes() == (tmp_path / "truth.csv").read_bytes(), "run `make samples`"
    back = ms.read_truth(TRUTH_FILE)
    pd.testing.assert_frame_equal(back, truth)


# -- the shape of the data ---------------------------------------------------------------

def test_counts_and_years(samples):
    _, truth = samples
    cases = truth[truth["kind"] == "case"]
    assert len(cases) >= 400
    assert set(cases["started_on"].dt.year.dropna().astype(int)) >= set(range(2018, 2026))
    assert set(truth["source_file"]) == {"ngo_almaty_ru.xlsx", "monitoring_en.csv", "regions_ru_cp1251.csv", "kz_list_kk.csv"}
    for kind in ("not_a_case", "duplicate"):
        assert (truth["kind"] == kind).sum() >= 3


def test_405_dominant_after_the_dvk_ban(samples):
    _, truth = samples
    cases = truth[(truth["kind"] == "case") & (truth["started_on"] >= "2018-03-13")]
    counts = Counter(a.split("(")[0] for cell in cases["articles"].dropna() for a in cell.split("; ") if a)
    assert counts.most_common(1)[0][0] == "405"
    for article in ("174", "274", "380", "272", "182", "256", "400"):
        assert counts[article] > 0, article


def test_dvk_koshe_never_from_405_alone(samples):
    _, truth = samples
    cases = truth[truth["kind"] == "case"]
    with_405 = cases[cases["articles"].fillna("").str.contains(r"\b405\b")]
    assert (~with_405["dvk_koshe"]).sum() >= 20  # 405 cases with no stated tie
    assert with_405["dvk_koshe"].sum() >= 50
    assert set(cases.loc[cases["dvk_koshe"], "affiliation"]) <= {"DVK", "Koshe Partiyasy", ""}
    assert {"DVK", "Koshe Partiyasy", "Hizb ut-Tahrir", "Tablighi Jamaat"} <= set(cases["affiliation"])


def test_big_cities_first(samples):
    _, truth = samples
    top = truth.loc[truth["kind"] == "case", "city"].value_counts().index[:3]
    assert list(top) == ["Almaty", "Astana", "Shymkent"]


def test_truth_conventions(samples, holdout):
    for _, truth in (samples, holdout):
        assert set(truth["kind"]) == {"case", "not_a_case", "duplicate"}
        rows = truth[truth["kind"] != "not_a_case"]
        assert set(rows["status"]) <= set(STATUSES)
        assert rows["name"].notna().all()
        assert set(rows["started_precision"].dropna()) <= {"day", "month", "year"}
        dates = rows[list(ms.DATE_FIELDS)]
        assert (dates.min(axis=1).fillna(pd.Timestamp(0)) == rows["started_on"].fillna(pd.Timestamp(0))).all()
        assert (rows["started_on"].isna() == rows["started_precision"].isna()).all()
        display = re.compile(r"^(\d+(\(\d+\))?(; \d+(\(\d+\))?)*)?$")
        for cell in rows["articles"].fillna(""):
            assert display.match(cell), cell
            keys = [tuple(int(x) for x in re.findall(r"\d+", a)) + (0,) for a in cell.split("; ") if a]
            assert keys == sorted(keys), cell
        cities = {c for c in ms.PLACES}
        assert set(rows["city"].dropna()) <= cities
        assert set(rows["region"].dropna()) <= {v[0] for v in ms.PLACES.values()}
        assert rows["city"].isna().sum() >= 1 and rows["region"].isna().sum() >= 1
        assert truth["source_row"].notna().all()
        assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()
        non_case = truth[truth["kind"] == "not_a_case"]
        assert non_case[["name", "status", "city", "dvk_koshe"]].isna().all().all()
        dups = truth[truth["kind"] == "duplicate"]
        fields = [c for c in ms.TRUTH_COLUMNS if c not in ("source_row", "kind")]
        for _, dup in dups.iterrows():
            same = rows[(rows["source_file"] == dup["source_file"]) & (rows["source_sheet"] == dup["source_sheet"])
                        & (rows["source_row"] == dup["source_row"] - 1)]
            assert len(same) == 1 and same.iloc[0]["kind"] == "case"
            assert same.iloc[0][fields].astype(str).tolist() == dup[fields].astype(str).tolist()


# -- reading the files independently ----------------------------------------------------

def _decode(data: bytes) -> str:
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    return data.decode("cp1251")


def _csv_records(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    text = _decode(data)
    first = text.split("\n", 1)[0]
    delimiter = max(["\t", ";", ","], key=first.count)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


@cache
def _aliases() -> dict[str, set[str]]:
    table = pd.read_csv(VOCAB_DIR / "headers.csv", dtype=str)
    out: dict[str, set[str]] = {}
    for fld, alias in zip(table["field"], table["alias"]):
        out.setdefault(fld, set()).add(match_key(alias))
    return out


def _is_name_header(value) -> bool:
    return isinstance(value, str) and match_key(value) in _aliases()["name"]


# An earlier version of a list: never counted (superseded), so it has no truth rows (tests/test_list_versions.py).
PREVIOUS_VERSIONS = {"monitoring_en_2025-03-31.csv"}


def _sheet_rows(folder: Path) -> dict[tuple[str, str], dict[int, list]]:
    """(file, sheet) -> {row number: cells} for every non-blank row below the header."""
    found = {}
    for path in sorted(p for p in folder.iterdir() if p.name not in PREVIOUS_VERSIONS):
        if path.suffix == ".csv":
            records = _csv_records(path)
            assert any(_is_name_header(c) for c in records[0]), f"{path.name}: header not on line 1"
            found[(path.name, "")] = {i: rec for i, rec in enumerate(records, start=1)
                                      if i > 1 and any(c.strip() for c in rec)}
        elif path.suffix == ".xlsx":
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                rows = list(ws.iter_rows(values_only=True))
                header = next((i for i, row in enumerate(rows, start=1) if any(_is_name_header(c) for c in row)), None)
                if header is None:
                    found[(path.name, ws.title)] = {}
                    continue
                two_rows = any(m.min_row == header and m.max_row == header + 1 for m in ws.merged_cells.ranges)
                end = header + 1 if two_rows else header
                found[(path.name, ws.title)] = {i: list(row) for i, row in enumerate(rows, start=1)
                                                if i > end and any(c not in (None, "") for c in row)}
    return found


@pytest.mark.parametrize("which", ["samples", "holdout"])
def test_truth_has_a_row_for_every_nonblank_row(which, request):
    out, truth = request.getfixturevalue(which)
    found = _sheet_rows(out)
    for (file, sheet), rows in found.items():
        mine = truth[(truth["source_file"] == file) & (truth["source_sheet"] == sheet)]
        assert sorted(rows) == sorted(mine["source_row"].astype(int)), (file, sheet)
    assert {(f, s) for f, s in zip(truth["source_file"], truth["source_sheet"])} <= set(found)
    # The workbook also has a prose sheet with no table and an empty sheet.
    xlsx = [key for key in found if key[0].endswith(".xlsx")]
    assert sum(1 for key in xlsx if not found[key]) >= 2


@pytest.mark.parametrize("variant", ["samples", "holdout"])
def test_headers_are_in_the_alias_table(variant):
    aliases = _aliases()
    for fl in ms.layouts(variant):
        for sheet in fl.sheets:
            for fld, head, sub in sheet.columns:
                leaf = sub or head
                assert match_key(leaf) in aliases[fld], f"{fl.file}: {leaf!r} is not an alias of {fld} in headers.csv"


def test_encodings_and_separators(samples):
    out, _ = samples
    assert (out / "monitoring_en.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (out / "kz_list_kk.csv").read_bytes().startswith(b"\xff\xfe")
    cp = (out / "regions_ru_cp1251.csv").read_bytes()
    assert not cp.startswith((b"\xef\xbb\xbf", b"\xff\xfe"))
    text = cp.decode("cp1251")
    assert not re.search("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]", text)
    assert text.split("\r\n", 1)[0].count(";") >= 8
    assert _decode((out / "kz_list_kk.csv").read_bytes()).split("\r\n", 1)[0].count("\t") >= 8


def _all_cells(folder: Path) -> tuple[list[str], list]:
    texts, raw = [], []
    for (file, sheet), rows in _sheet_rows(folder).items():
        for cells in rows.values():
            raw += cells
            texts += [c for c in cells if isinstance(c, str) and c]
    return texts, raw


SPEC_VARIANTS = {
    "date dd.mm.yyyy": r"^\d\d\.\d\d\.\d{4}$",
    "date dd.mm.yyyy г.": r"^\d\d\.\d\d\.\d{4} г\.$",
    "date ISO": r"^\d{4}-\d\d-\d\d$",
    "date 12 июля 2021": r"^\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4}$",
    "date 12 шілде 2021": r"^\d{1,2} (қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан) \d{4}$",
    "date 12 July 2021": r"^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$",
    "date July 12, 2021": r"^(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}$",
    "month июль 2021": r"^(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь) \d{4}( г\.)?$",
    "month July 2021": r"^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$",
    "prefix с": r"^с \d", "prefix от": r"^от \d", "prefix since": r"^since ",
    "art ч.2 ст.405 УК РК": r"^ч\.2 ст\.405 УК РК$", "art ст. 405 ч. 2": r"^ст\. 405 ч\. 2$",
    "art статья 405 часть 2": r"^статья 405 часть 2$", "art ҚР ҚК 405-бабы 2-бөлігі": r"^ҚР ҚК 405-бабы 2-бөлігі$",
    "art Art. 405(2)": r"^Art\. 405\(2\)$", "art Article 405 part 2": r"^Article 405 part 2$",
    "several articles": r"\d.*[;,].*\d{3}", "CAO ст. 488 КоАП": r"ст\. 488 КоАП",
    "place г. Алматы": r"^г\. Алматы$", "place Алма-Ата": r"^Алма-Ата$", "place Almaty": r"^Almaty$",
    "place Нур-Султан": r"^Нур-Султан$", "place Талдыкорган (Алматинская обл.)": r"^Талдыкорган \(Алматинская обл\.\)$",
    "old Капшагай": r"^Капшагай$", "old Уральск": r"^Уральск$", "old Усть-Каменогорск": r"^Усть-Каменогорск$",
    "old Семипалатинск": r"^Семипалатинск$", "Kazakh Өскемен": r"^Өскемен$", "stray spaces": r"^\s+\S|\S\s+$",
    "homoglyph": r"[а-яА-Я][aceopABEKMHOPCT]|[aceopABEKMHOPCT][а-я]",
    "term 1 год 6 мес.": r"^1 год 6 мес\.$", "term 2 yrs 6 mo": r"^2 yrs 6 mo$", "term Kazakh": r"\d жыл",
    "ДВК": r"ДВК", "Демократический выбор Казахстана": r"Демократический выбор Казахстана", "QDT": r"QDT",
    "Көше партиясы": r"Көше партиясы", "Уличная партия": r"Уличная партия", "Koshe Party": r"Koshe Party",
    "Street Party": r"Street Party", "условно": r"условно", "yes/no": r"^(Yes|No)$",
    "totals": r"^Итого: \d+$", "footnote": r"^\* ", "section year": r"^\d{4} год$", "section": r"^Раздел II?\b",
}


def test_every_spec_variant_appears(samples):
    texts, raw = _all_cells(samples[0])
    missing = [label for label, pattern in SPEC_VARIANTS.items() if not any(re.search(pattern, t) for t in texts)]
    assert not missing, missing
    assert any(isinstance(c, dt.datetime) for c in raw), "no date cell"
    assert any(isinstance(c, int) and 40000 < c < 47000 for c in raw), "no Excel serial number"


def test_unreadable_values_have_null_truth(samples):
    out, truth = samples
    texts, _ = _all_cells(out)
    assert "31.02.2020" in texts or any(t.startswith("31.02.") for t in texts)
    assert "г. Солнцеград" in texts


def test_holdout_same_kinds_other_layouts(samples, holdout):
    s_layouts, h_layouts = ms.layouts("samples"), ms.layouts("holdout")
    assert [fl.kind for fl in s_layouts] == [fl.kind for fl in h_layouts]
    assert [fl.encoding for fl in s_layouts] == [fl.encoding for fl in h_layouts]
    assert {fl.file for fl in s_layouts}.isdisjoint(fl.file for fl in h_layouts)
    for a, b in zip(s_layouts, h_layouts):
        assert {s.name for s in a.sheets if s.name}.isdisjoint(s.name for s in b.sheets if s.name)
        for sa, sb in zip(a.sheets, b.sheets):
            assert [h for _, h, _ in sa.columns] != [h for _, h, _ in sb.columns]
    _, truth = holdout
    assert (truth["kind"] == "case").sum() >= 400
    assert _files(holdout[0]).keys() >= {"sources.toml", "README.md"}


def test_names_are_invented(samples, holdout):
    for _, truth in (samples, holdout):
        excluded = {n.casefold() for n in ms.EXCLUDED_NAMES}
        words = {w.strip(".,") for name in truth["name"].dropna().str.casefold() for w in name.split()}
        hits = {w for w in words if w in excluded or w[:-1] in excluded}
        assert not hits, hits


def test_sources_toml_names_every_list(samples):
    import tomllib

    out, truth = samples
    sources = tomllib.loads((out / "sources.toml").read_text(encoding="utf-8"))
    assert set(sources) == set(truth["source_file"]) | PREVIOUS_VERSIONS
    assert all(entry["source"] and entry["description"] for entry in sources.values())
    assert "synthetic" in (out / "README.md").read_text(encoding="utf-8").casefold()
