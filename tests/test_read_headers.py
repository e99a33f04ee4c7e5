"""The reader and the header finder on small lists written in the test."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from accuracy import value_problems
from kzanalysis.headers import find_header
from kzanalysis.read import UnreadableFile, read_file


def _two_row_header_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Осужденные"
    ws["A1"] = "Список лиц, подвергшихся преследованию"
    ws.merge_cells("A1:F1")
    ws["A2"] = "по состоянию на 01.10.2025"
    ws["A4"], ws["B4"], ws["C4"], ws["E4"], ws["F4"] = "№", "ФИО", "Даты", "Статья УК РК", "Город"
    ws.merge_cells("C4:D4")
    for col in "ABEF":
        ws.merge_cells(f"{col}4:{col}5")
    ws["C5"], ws["D5"] = "задержания", "приговора"
    ws["A6"] = "Алматы"
    ws.merge_cells("A6:F6")
    ws.append([1, "Иванов Иван", dt.date(2021, 7, 12), 44389, "ч.2 ст.405", "г. Алматы"])
    ws["A8"] = "Итого: 1"
    wb.create_sheet("Пустой")
    wb.save(path)


def test_xlsx_two_row_merged_header(tmp_path):
    path = tmp_path / "list.xlsx"
    _two_row_header_xlsx(path)
    sheets = read_file(path)
    assert [s.sheet for s in sheets] == ["Осужденные", "Пустой"]
    sheet = sheets[0]
    header = find_header(sheet)
    assert [int(sheet.row_numbers[r]) for r in header.header_rows] == [4, 5]
    assert sorted(header.fields.values()) == ["articles", "city", "detained_on", "name", "row_number", "sentenced_on"]
    assert header.written[header.column_of("detained_on")] == "Даты / задержания"
    row = sheet.cells.iloc[6]
    assert int(sheet.row_numbers[6]) == 7
    assert row[2] == "2021-07-12" and row[3] == "44389"
    assert find_header(sheets[1]) is None


@pytest.mark.parametrize("encoding,sep", [("utf-8-sig", ","), ("utf-8", ";"), ("cp1251", ";"), ("utf-16", "\t")])
def test_csv_encodings_and_separators(tmp_path, encoding, sep):
    path = tmp_path / "list.csv"
    lines = [sep.join(["ФИО", "Город", "Статья"]), sep.join(["Петров Пётр", "Нур-Султан", "ст. 405 ч. 2"]), "", sep.join(["Сидоров Сидор", "Шымкент", "174"])]
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    sheet = read_file(path)[0]
    assert sheet.delimiter == sep
    assert sheet.cells.iloc[1, 1] == "Нур-Султан"
    assert list(sheet.row_numbers) == [1, 2, 3, 4]
    header = find_header(sheet)
    assert header.header_rows == [0] and header.fields == {0: "name", 1: "city", 2: "articles"}


def test_broken_workbook_is_unreadable(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"this is not a zip file")
    with pytest.raises(UnreadableFile, match="broken.xlsx"):
        read_file(path)


def test_unknown_suffix_is_unreadable(tmp_path):
    path = tmp_path / "notes.docx"
    path.write_bytes(b"x")
    with pytest.raises(UnreadableFile, match="notes.docx"):
        read_file(path)


def test_formulas_without_results_are_reported_not_silently_blank(tmp_path):
    from kzanalysis.clean import clean_paths

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["ФИО", "Город", "Статья"])
    ws.append(["Иванов Иван", "Алматы", "ст. 405"])
    ws.append(['="Петров "&"Пётр"', "Алматы", '="ст. 405"'])  # openpyxl stores no result: Excel never computed it
    path = tmp_path / "formulas.xlsx"
    wb.save(path)
    assert [(r, c, k) for r, c, k, _ in read_file(path)[0].formulas] == [(2, 0, "formula_without_value"), (2, 2, "formula_without_value")]
    result = clean_paths([path])
    assert result.cases["source_row"].tolist() == [2, 3]  # the row is still a case, not "too little"
    p = value_problems(result.problems)
    assert sorted(zip(p["column"], p["problem"])) == [("Статья", "formula_without_value"), ("ФИО", "formula_without_value")]
    assert '="ст. 405"' in set(p["value"])
