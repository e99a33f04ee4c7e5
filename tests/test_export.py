"""The partner workbook, read back with openpyxl: sheets, headers, safety, numbers, redaction."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from factories import HOSTILE, make_tables

from kzanalysis import export, schema, summary
from kzanalysis import tables as tables_mod
from kzanalysis.period import parse_label, year_period

KEY = "test-key-0123456789abcdef"
ALL = parse_label("2018-01-01_2025-12-31")  # every synthetic case starts in 2018-2025
SHEETS_EN = ["README", "Summary", "Cases", "By quarter", "By article", "By city", "DVK-Koshe", "Data dictionary", "Problems", "Review links",
             "Changes"]
SHEETS_RU = ["Описание", "Итоги", "Дела", "По кварталам", "По статьям", "По городам", "ДВК-Көше", "Словарь данных", "Проблемы",
             "Проверка связей", "Изменения"]
SECRET_NOTE = "лечился в больнице №4, адрес: ул. Абая 10"
# Problems that carry names and notes, as the cleaner writes them (raw value, header as written).
LEAKY_PROBLEMS = [
    {"column": "ФИО", "value": "Тестов Тест 20", "problem": "unparsed_name", "message": "could not read the name 'Тестов Тест 20'"},
    {"column": "Примечание", "value": SECRET_NOTE, "problem": "unparsed_note", "message": f"«{SECRET_NOTE}»"},
    {"column": "Год рождения", "value": "1975 г.р.", "problem": "unparsed_year", "message": "not a year: 1975 г.р."},
    {"column": "", "value": "Тестов Тест 21 | 1981 | Алматы", "problem": "duplicate_row", "message": "same as row 12"},
    {"column": "Город", "value": "Atlantis", "problem": "unknown_city", "message": "not in places.csv"},
]
# A date under a merged 'Даты' group: the cleaner names the column "Даты / приговора"; a date holds no name.
MERGED_HEADER_DATE = {"column": "Даты / приговора", "value": "31.02.2019", "problem": "impossible_date",
                      "message": "day 31 does not exist in 02.2019 ('31.02.2019')"}


def _unescape(text):
    """Undo the OOXML ST_Xstring escape (`_x000D_` is a CR) that openpyxl leaves in place."""
    if not isinstance(text, str):
        return text
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)


def _tables(tmp: Path, n: int = 80):
    raw = make_tables(n)
    raw.cases.loc[9, "notes"] = SECRET_NOTE + "\x07\x00"  # two characters XML forbids
    raw.cases.loc[10, "notes"] = "a_x0041_b"  # looks like an OOXML escape: must survive as written
    extra = [dict(source_file="test_list.csv", source_sheet="", source_row=30 + i, row_kept=True, **p) for i, p in enumerate(LEAKY_PROBLEMS + [MERGED_HEADER_DATE])]
    raw.problems = pd.concat([raw.problems, pd.DataFrame(extra)], ignore_index=True)
    raw.manifest["files"] = [{"file": "test_list.csv", "sha256": "ab" * 32, "source": "test_list",
                              "sheets": [{"sheet": "", "rows_read": n + 1, "cases": n, "rows_dropped": 1, "unmapped_columns": []}]}]
    return tables_mod.load(tables_mod.write(raw, tmp / "processed"))


@pytest.fixture(scope="module")
def tidy(tmp_path_factory):
    return _tables(tmp_path_factory.mktemp("tidy"))


@pytest.fixture(scope="module")
def books(tidy, tmp_path_factory):
    """The four variants for the whole synthetic period, written once."""
    out = tmp_path_factory.mktemp("books")
    old = os.environ.get("KZANALYSIS_REDACT_KEY")
    os.environ["KZANALYSIS_REDACT_KEY"] = KEY
    try:
        paths = {(lang, red): export.write_workbook(tidy, ALL, out / f"{lang}_{red}.xlsx", lang=lang, redact=red)
                 for lang in ("en", "ru") for red in (False, True)}
    finally:
        if old is None:
            del os.environ["KZANALYSIS_REDACT_KEY"]
        else:
            os.environ["KZANALYSIS_REDACT_KEY"] = old
    return {k: openpyxl.load_workbook(p) for k, p in paths.items()} | {("path", k): p for k, p in paths.items()}


def _values(ws):
    return [[c.value for c in row] for row in ws.iter_rows()]


def _frame(ws) -> pd.DataFrame:
    rows = _values(ws)
    return pd.DataFrame(rows[1:], columns=rows[0])


def test_sheet_names_en_and_ru(books):
    assert books[("en", False)].sheetnames == SHEETS_EN
    assert books[("ru", False)].sheetnames == SHEETS_RU
    assert books[("ru", True)].sheetnames == SHEETS_RU


def test_cases_header_row(books):
    cols = list(schema.Cases.to_schema().columns)
    assert [c.value for c in books[("en", False)]["Cases"][1]] == [export.label(f"col.cases.{c}", "en") for c in cols]
    assert [c.value for c in books[("ru", False)]["Дела"][1]] == [export.label(f"col.cases.{c}", "ru") for c in cols]
    header = [c.value for c in books[("en", True)]["Cases"][1]]
    assert "Pseudonym" in header and "Name" not in header
    assert not {"Name (Latin)", "Year of birth", "Notes"} & set(header)


def test_cases_sheet_is_a_filtered_table_with_frozen_header_and_dates(books, tidy):
    ws = books[("en", False)]["Cases"]
    assert ws.freeze_panes == "A2"
    assert list(ws.tables) == ["Cases"]
    assert ws.tables["Cases"].ref == f"A1:W{len(summary.in_period(tidy.cases, ALL)) + 1}"
    header = [c.value for c in ws[1]]
    started = ws.cell(row=2, column=header.index("Counted on") + 1)
    assert started.is_date and started.number_format == "DD.MM.YYYY"
    assert {ws.cell(row=r, column=header.index("DVK / Koshe") + 1).value for r in range(2, ws.max_row + 1)} == {"yes", "no"}
    assert ws.column_dimensions["F"].width >= 10


def test_no_formula_no_hyperlink_anywhere(books):
    for key in [("en", False), ("en", True), ("ru", False), ("ru", True)]:
        for ws in books[key].worksheets:
            assert not ws._hyperlinks
            for row in ws.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                    assert cell.hyperlink is None
        # and in the file itself: no <f> element in any sheet
        with zipfile.ZipFile(books[("path", key)]) as z:
            for name in z.namelist():
                if name.startswith("xl/worksheets/"):
                    assert not re.search(rb"<f[ >]", z.read(name)), name


def test_hostile_values_are_intact_text(books):
    ws = books[("en", False)]["Cases"]
    cells = {_unescape(c.value): c for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str)}
    for value in HOSTILE + ["=1+1", "a_x0041_b"]:
        assert value in cells, value
        assert cells[value].data_type == "s"


def test_illegal_characters_removed_and_counted(books):
    notes = [c.value for c in books[("en", False)]["Cases"]["W"]]
    assert SECRET_NOTE in notes  # the bell and NUL are gone, the rest is kept
    readme = dict((r[0], r[1]) for r in _values(books[("en", False)]["README"]) if r[0])
    assert readme[export.label("count.illegal")] == 2
    assert readme[export.label("count.as_text")] >= len(HOSTILE) + 1


def test_readme_has_period_sources_caveats_counts(books, tidy):
    text = "\n".join(str(v) for row in _values(books[("en", False)]["README"]) for v in row if v is not None)
    assert "01.01.2018" in text and "31.12.2025" in text
    assert "ab" * 32 in text and "test_list.csv" in text
    assert "documented cases, not all cases" in text
    ru = "\n".join(str(v) for row in _values(books[("ru", False)]["Описание"]) for v in row if v is not None)
    assert "задокументированные дела, а не все дела" in ru


def test_numbers_equal_the_tidy_tables(tidy, tmp_path):
    period = year_period(2021)
    path = export.write_workbook(tidy, period, tmp_path / "2021.xlsx")
    wb = openpyxl.load_workbook(path)
    c = tidy.cases
    mine = c.loc[(c["started_on"] >= "2021-01-01") & (c["started_on"] <= "2021-12-31")]
    # Cases: exactly the cases started in the period
    cases = _frame(wb["Cases"])
    assert sorted(cases["Case id"]) == sorted(mine["case_id"])
    # By article: criminal-code charges of those cases, a case once per article
    ch = tidy.charges
    crim = ch.loc[ch["code"].isin(["CC", "CC1997"]) & ch["case_id"].isin(mine["case_id"])].drop_duplicates(["case_id", "article"])
    expected = crim.groupby("article").size().rename(lambda a: str(int(a))).to_dict()
    got = _frame(wb["By article"]).set_index("Article")["Cases"].to_dict()
    assert got == expected
    # By city
    assert _frame(wb["By city"]).set_index("City")["Cases"].to_dict() == mine["city"].value_counts().to_dict()
    # Summary
    sm = {r[0]: r[1] for r in _values(wb["Summary"]) if r[0]}
    tied = int(mine["dvk_koshe"].sum())
    assert sm["Cases started in the period"] == len(mine)
    assert sm["of which tied to DVK / Koshe"] == tied
    assert sm["Share tied to DVK / Koshe"] == pytest.approx(tied / len(mine), abs=1e-6)
    assert sm["Problems found (all lists)"] == len(tidy.problems)
    ref = summary.summarise(tidy, period)
    assert [sm["Share, 95% interval, low"], sm["Share, 95% interval, high"]] == ref["dvk_koshe"]["ci95"]
    assert sm["People in custody (pre-trial detention or prison) on the last day"] == ref["in_custody_at_end"]
    assert sm["People sentenced in the period"] == ref["sentenced_in_period"]
    # DVK-Koshe and By quarter: per quarter, every case up to the period's end
    upto = c.loc[c["started_on"] <= "2021-12-31"]
    per_q = upto.groupby(upto["started_on"].dt.to_period("Q").astype(str)).agg(n=("case_id", "size"), k=("dvk_koshe", "sum"))
    dk = _frame(wb["DVK-Koshe"]).set_index("Quarter")
    dk = dk.loc[dk["Cases"] > 0]
    assert dk["Cases"].to_dict() == per_q["n"].to_dict()
    assert dk["DVK / Koshe cases"].to_dict() == per_q["k"].astype(int).to_dict()
    bq = _frame(wb["By quarter"]).set_index("Quarter")
    assert bq.loc[bq["Cases"] > 0, "Cases"].to_dict() == per_q["n"].to_dict()
    assert (bq.drop(columns="Cases").sum(axis=1) == bq["Cases"]).all()


def test_problems_sheet_holds_every_problem(books, tidy):
    probs = _frame(books[("en", False)]["Problems"])
    assert len(probs) == len(tidy.problems)
    assert set(probs["Problem"]) == set(tidy.problems["problem"])


def test_dictionary_from_schema_with_russian(books):
    dd = schema.data_dictionary()
    en = _frame(books[("en", False)]["Data dictionary"])
    assert list(zip(en["Table"], en["Column"])) == list(zip(dd["table"], dd["column"]))
    assert list(en["Meaning"]) == list(dd["description"])
    ru = _frame(books[("ru", False)]["Словарь данных"])
    assert ru["Значение столбца"].notna().all()
    assert all(re.search("[а-яА-Я]", m) for m in ru["Значение столбца"])


def test_every_schema_column_has_labels():
    for r in schema.data_dictionary().itertuples():
        for lang in ("en", "ru"):
            assert export.label(f"col.{r.table}.{r.column}", lang)
        assert export.label(f"desc.{r.table}.{r.column}", "ru")
        assert export.label(f"type.{r.type}", "ru")


def _cells(wb):
    return [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_redacted_workbook_holds_no_name_year_or_note(books, tidy, lang):
    cells = _cells(books[(lang, True)])
    texts = [_unescape(v) for v in cells if isinstance(v, str)]
    secrets_ = set()
    for col in ("name", "name_latin", "notes"):
        secrets_ |= {v for v in tidy.cases[col].dropna()}
    secrets_ |= {p["value"] for p in LEAKY_PROBLEMS if p["column"] != "Город"}
    for s in secrets_:
        assert s not in texts, s
        if len(s.strip()) >= 5:
            assert not any(s.strip() in t for t in texts), s
    years = set(tidy.cases["birth_year"].dropna().astype(int)) | {1975, 1981}
    assert not [v for v in cells if isinstance(v, int) and v in years]
    data = [_unescape(c.value) for ws in books[(lang, True)].worksheets[1:7] + [books[(lang, True)].worksheets[8]] for row in ws.iter_rows() for c in row
            if isinstance(c.value, str)]  # our own texts (README, dictionary) may name years such as 1997
    assert not [t for t in data if any(re.search(rf"\b{y}\b", t) for y in years)]
    # what is safe stays: the city that was not understood
    assert "Atlantis" in texts


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_redacted_keeps_a_date_under_a_merged_header(books, lang):
    # regression: "Даты / приговора" was not recognised as a date column, so the redacted workbook
    # removed the date and mangled the message into "day 31 does not exist in 02.[removed] ([removed])"
    probs = _frame(books[(lang, True)].worksheets[8])
    row = probs.loc[probs.iloc[:, 3] == MERGED_HEADER_DATE["column"]].iloc[0]
    assert row.iloc[-1] == MERGED_HEADER_DATE["value"]
    assert MERGED_HEADER_DATE["message"] in set(row)


@pytest.mark.parametrize("column, safe", [("Даты / приговора", True), ("Город", True), ("Detained", True),
                                          ("ФИО", False), ("Примечание", False), ("Даты / ФИО", False),
                                          ("ФИО / Город", False), ("", False), ("Столбец 7", False)])
def test_problem_value_kept_only_under_a_safe_header(column, safe):
    assert export._problem_value_safe(column) is safe


def test_statuses_and_problem_kinds_in_words(books):
    # regression: the English workbook showed codes (under_investigation, not_a_case) to partners
    for lang in ("en", "ru"):
        wb = books[(lang, False)]
        cases = _frame(wb.worksheets[2])
        shown = set(cases[export.label("col.cases.status", lang)].dropna())
        assert shown and not any("_" in v for v in shown), shown
        rows = _values(wb.worksheets[1])
        start = next(i for i, r in enumerate(rows) if r[0] == export.label("summary.problems_by_kind", lang))
        head, *kinds = rows[start + 1:]
        assert head[:3] == [export.label(k, lang) for k in ("h.problem", "h.count", "h.code")]
        assert kinds and all(r[0] == export.problem_label(r[2], lang) for r in kinds)
        assert export.problem_label("not_a_case", lang) != "not_a_case"
    assert export.problem_label("a_code_with_no_words", "ru") == "a_code_with_no_words"


def test_redacted_pseudonyms_stable_per_key(tidy, tmp_path, monkeypatch):
    def names(key, out):
        monkeypatch.setenv("KZANALYSIS_REDACT_KEY", key)
        wb = openpyxl.load_workbook(export.write_workbook(tidy, ALL, tmp_path / out, redact=True))
        return _frame(wb["Cases"]).set_index("Case id")["Pseudonym"]

    a, b, other = names(KEY, "a.xlsx"), names(KEY, "b.xlsx"), names("another-key-0123456789", "c.xlsx")
    assert a.equals(b)
    assert a.str.fullmatch(r"P-[0-9A-F]{10}").all()
    assert (a != other.loc[a.index]).all()


def test_same_inputs_same_bytes(tidy, tmp_path):
    one = export.write_workbook(tidy, ALL, tmp_path / "one.xlsx", lang="ru")
    time.sleep(1.1)  # a clock-stamped writer would differ now
    two = export.write_workbook(tidy, ALL, tmp_path / "two.xlsx", lang="ru")
    assert one.read_bytes() == two.read_bytes()


def test_empty_period_still_writes(tidy, tmp_path):
    wb = openpyxl.load_workbook(export.write_workbook(tidy, year_period(1999), tmp_path / "empty.xlsx"))
    assert wb["Cases"].max_row == 1 and not wb["Cases"].tables


def test_bad_language_raises(tidy, tmp_path):
    with pytest.raises(ValueError, match="en or ru"):
        export.write_workbook(tidy, ALL, tmp_path / "x.xlsx", lang="kk")


def test_neutralise_csv():
    df = pd.DataFrame({
        "text": pd.Series(HOSTILE + ["a=b", None, "Алматы"], dtype="string"),
        "obj": HOSTILE + ["ok", None, "-"],
        "n": range(9),
    })
    out = export.neutralise_csv(df)
    assert list(out["text"][:6]) == ["'" + v for v in HOSTILE]
    assert out["text"][6] == "a=b" and pd.isna(out["text"][7]) and out["text"][8] == "Алматы"
    assert list(out["obj"][[0, 1, 2, 3, 4, 5, 6, 8]]) == ["'" + v for v in HOSTILE] + ["ok", "'-"]
    assert pd.isna(out["obj"][7]) and out["text"].dtype == df["text"].dtype
    assert out["n"].tolist() == list(range(9))
    assert df["text"][0] == HOSTILE[0]  # the input is not changed


def test_writing_500_cases(tmp_path):
    """A larger workbook is written whole (its speed is measured in benchmarks/, not here)."""
    tidy = _tables(tmp_path, n=500)
    path = export.write_workbook(tidy, ALL, tmp_path / "big.xlsx", lang="ru")
    wb = openpyxl.load_workbook(path, read_only=True)
    assert max(ws.max_row for ws in wb.worksheets) >= 501  # the Cases sheet: header and 500 rows


def test_default_path():
    assert export.default_path(parse_label("2021Q3"), "ru", True).parts[-2:] == ("2021Q3", "kzanalysis_2021Q3_ru_redacted.xlsx")
    assert export.default_path(parse_label("2021"), "en", False).name == "kzanalysis_2021.xlsx"


@pytest.mark.slow
def test_cli_export(tmp_path):
    """`kzanalysis export` as a partner's analyst runs it: default file, --redact, --lang ru, a usage mistake."""
    root = tmp_path / "project"
    (root / "data" / "raw").mkdir(parents=True)  # no lists: the tidy tables are used as they are
    tables_mod.write(make_tables(), root / "data" / "processed")
    env = {**os.environ, "KZANALYSIS_WORKSPACE": str(root), "KZANALYSIS_REDACT_KEY": KEY}

    def run(*args):
        command = [sys.executable, "-c", "from kzanalysis.cli import main; main()", *args]
        return subprocess.run(command, env=env, cwd=root, capture_output=True, text=True, timeout=120)

    done = run("export", "--year", "2021", "--lang", "ru", "--redact")
    assert done.returncode == 0, done.stderr
    path = root / "reports" / "2021" / "kzanalysis_2021_ru_redacted.xlsx"
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == SHEETS_RU
    assert len(_frame(wb["Дела"])) == 10
    done = run("export", "--out", str(tmp_path / "latest.xlsx"))
    assert done.returncode == 0, done.stderr
    assert "2025Q4" in done.stdout and (tmp_path / "latest.xlsx").exists()
    bad = run("export", "--quarter", "2021Q5")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


@pytest.mark.slow
def test_cli_export_cleans_a_list_first(tmp_path):
    """With a list in data/raw, `export` runs the cleaner, then redacts what the list says about people."""
    root = tmp_path / "project"
    (root / "data" / "raw").mkdir(parents=True)
    (root / "data" / "raw" / "list.csv").write_text(
        "ФИО,Год рождения,Город,Статья,Дата задержания,Статус,Примечание\n"
        "Иванов Иван Иванович,1980,Алматы,405 ч.2,12.03.2021,осужден к лишению свободы,активист ДВК с 2019\n"
        "Петрова Анна Сергеевна,1975,Астана,174,01.04.2021,штраф,=HYPERLINK(\"http://example.invalid\")\n",
        encoding="utf-8")
    env = {**os.environ, "KZANALYSIS_WORKSPACE": str(root), "KZANALYSIS_REDACT_KEY": KEY}
    command = [sys.executable, "-c", "from kzanalysis.cli import main; main()", "export", "--year", "2021"]
    for extra in ([], ["--redact"]):
        done = subprocess.run(command + extra, env=env, cwd=root, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    plain = openpyxl.load_workbook(root / "reports" / "2021" / "kzanalysis_2021.xlsx")
    assert len(_frame(plain["Cases"])) == 2
    assert '=HYPERLINK("http://example.invalid")' in _cells(plain)
    redacted = openpyxl.load_workbook(root / "reports" / "2021" / "kzanalysis_2021_redacted.xlsx")
    texts = [str(v) for v in _cells(redacted)]
    for secret in ("Иванов", "Петрова", "Ivanov", "Petrova", "активист", "HYPERLINK", "1980", "1975"):
        assert not any(secret in t for t in texts), secret
    for wb in (plain, redacted):
        assert all(c.data_type != "f" for ws in wb.worksheets for row in ws.iter_rows() for c in row)


def test_people_beside_cases_in_the_count_sheets(books, tidy):
    en = books[("en", False)]
    by_article = _frame(en["By article"])
    assert list(by_article.columns) == ["Article", "Title", "Cases", "People"]
    assert (by_article["People"] <= by_article["Cases"]).all() and (by_article["People"] < by_article["Cases"]).any()
    by_city = _frame(en["By city"])
    assert (by_city["People"] <= by_city["Cases"]).all()
    summary_cells = [c for row in _values(en["Summary"]) for c in row]
    assert "People with a case started in the period" in summary_cells
    assert "Люди" in [c for row in _values(books[("ru", False)]["По статьям"]) for c in row]


def test_review_links_sheet_side_by_side_and_redacted(tmp_path):
    from factories import make_tables
    from kzanalysis.period import parse_label
    from kzanalysis.tables import Tables

    t = make_tables()
    a, b = t.cases["case_id"].iloc[10], t.cases["case_id"].iloc[11]
    links = pd.DataFrame({"case_id_a": [a], "case_id_b": [b], "score": [5.0], "agreed": ["name (typo); city"],
                          "disagreed": ["birth_year"], "decision": ["review"]})
    t = Tables(t.cases, t.charges, t.problems, t.manifest, links=links)
    plain = openpyxl.load_workbook(export.write_workbook(t, parse_label("2021"), tmp_path / "p.xlsx"))["Review links"]
    rows = _values(plain)
    assert rows[1][:3] == ["Case A: Source", "Case A: File", "Case A: Sheet"]
    assert t.cases["name"].iloc[10] in rows[2] and t.cases["name"].iloc[11] in rows[2]
    assert 5.0 in rows[2] and "name (typo); city" in rows[2]
    old = os.environ.get("KZANALYSIS_REDACT_KEY")
    os.environ["KZANALYSIS_REDACT_KEY"] = "a-test-key-of-32-characters-long"
    try:
        red = openpyxl.load_workbook(export.write_workbook(t, parse_label("2021"), tmp_path / "r.xlsx", redact=True))["Review links"]
    finally:
        if old is None:
            del os.environ["KZANALYSIS_REDACT_KEY"]
        else:
            os.environ["KZANALYSIS_REDACT_KEY"] = old
    cells = [c for row in _values(red) for c in row]
    assert t.cases["name"].iloc[10] not in cells and t.cases["name"].iloc[11] not in cells
    assert int(t.cases["birth_year"].iloc[10]) not in cells
    assert not any("Year of birth" in str(c) for c in cells)
