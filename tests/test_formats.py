"""The formats the README promises: .ods (written here with odfpy), .xls (a committed fixture made by
scripts/make_xls_fixture.py), UTF-16 CSV without a byte-order mark in mostly Cyrillic text, and
formulas saved without their result or holding an error value in every workbook format."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

from kzanalysis.clean import clean_paths
from kzanalysis.read import read_file

FIXTURES = Path(__file__).parent / "fixtures"


def _ods(path: Path) -> None:
    doc = OpenDocumentSpreadsheet()
    table = Table(name="Тізім")

    def text_cell(value: str) -> TableCell:
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=value))
        return cell

    rows = [
        [text_cell(v) for v in ("ФИО", "Город", "Статья", "Дата задержания")],
        [text_cell(v) for v in ("Қасымов Ерлан", "г. Алматы", "ч.2 ст.405 УК РК", "12.07.2021")],
        [text_cell(v) for v in ("Петрова Анна", "Шымкент", "ст. 174 ч. 1")] + [TableCell(formula="of:=[.D2]+30")],
    ]
    error = TableCell(formula="of:=1/0", valuetype="string", stringvalue="#DIV/0!")
    error.addElement(P(text="#DIV/0!"))
    rows.append([text_cell(v) for v in ("Нұрланов Айдос", "Oral")] + [error, text_cell("2022")])
    for cells in rows:
        row = TableRow()
        for cell in cells:
            row.addElement(cell)
        table.addElement(row)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))


def _formula_problems(result) -> list[tuple]:
    p = result.problems.loc[result.problems["problem"].str.startswith("formula_")]
    return sorted(zip(p["source_row"].astype(int), p["column"], p["problem"], p["value"]))


def test_ods_is_read_and_its_formula_cells_are_reported(tmp_path):
    _ods(tmp_path / "list.ods")
    result = clean_paths([tmp_path])
    assert result.cases["name"].tolist() == ["Қасымов Ерлан", "Петрова Анна", "Нұрланов Айдос"]
    assert result.cases["city"].tolist() == ["Almaty", "Shymkent", "Oral"]
    assert result.cases["articles"].tolist()[:2] == ["405(2)", "174(1)"]
    assert _formula_problems(result) == [(3, "Дата задержания", "formula_without_value", "=[.D2]+30"),
                                         (4, "Статья", "formula_error", "#DIV/0!")]


def test_xls_fixture_is_read_and_its_formula_cells_are_reported():
    result = clean_paths([FIXTURES / "formats.xls"])
    cases = result.cases
    assert cases["source_sheet"].unique().tolist() == ["Тізім"] and cases["source_row"].tolist() == [4, 5, 6]
    assert cases["name"].tolist() == ["Қасымов Ерлан", "Петрова Анна", "Нұрланов Айдос"]
    assert cases["city"].tolist() == ["Almaty", "Shymkent", "Oral"]
    assert cases["articles"].tolist() == ["405(2)", "174(1)", "405(1)"]
    assert str(cases["started_on"].iloc[0].date()) == "2021-07-12"
    assert cases["status"].tolist()[:2] == ["imprisoned", "restricted_freedom"]
    assert _formula_problems(result) == [(6, "Дата задержания", "formula_without_value", "(formula)"),
                                         (6, "Приговор", "formula_error", "#DIV/0!")]


def test_xlsx_formula_cells_are_still_reported(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["ФИО", "Город", "Статья", "Дата задержания"])
    ws.append(["Қасымов Ерлан", "г. Алматы", "ч.2 ст.405 УК РК", "=D3+1"])
    wb.save(tmp_path / "list.xlsx")
    assert _formula_problems(clean_paths([tmp_path])) == [(2, "Дата задержания", "formula_without_value", "=D3+1")]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_csv_without_bom_in_mostly_cyrillic_text(tmp_path, encoding):
    text = ("ФИО;Город;Статья;Мера пресечения\n"
            "Қасымов Ерлан Серікұлы;Алматы;ч.2 ст.405 УК РК;содержание под стражей\n"
            "Петрова Анна Ивановна;Шымкент;ст. 174 ч. 1;домашний арест\n")
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode(encoding))
    assert not path.read_bytes().startswith((b"\xff\xfe", b"\xfe\xff"))
    (sheet,) = read_file(path)
    assert sheet.encoding == encoding and sheet.cells.iloc[1, 0] == "Қасымов Ерлан Серікұлы"
    cases = clean_paths([path]).cases
    assert cases["city"].tolist() == ["Almaty", "Shymkent"] and cases["status"].tolist() == ["pretrial_detention", "house_arrest"]
