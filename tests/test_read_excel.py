"""The workbook reader (kzanalysis/read.py) reads each sheet once with calamine, as values, and makes every cell
the text pandas' `read_excel(engine="calamine", dtype=object)` gave before: these tests hold it to that, cell for
cell, on a workbook of awkward cells (missing-value words, booleans beside numbers, dates, times, durations,
formulas, error values, merged ranges, empty sheets)."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from openpyxl import Workbook

from kzanalysis import read
from kzanalysis.sniff import check_file

AWKWARD = ["NA", "n/a", "", " ", "\t", True, False, 1, 1.0, 1.5, -0.0, 1e20, float("inf"), dt.date(1905, 3, 1),
           dt.datetime(2020, 5, 6, 7, 8, 9), dt.datetime(2020, 5, 6), dt.time(13, 5), dt.timedelta(days=2, hours=3),
           "null", "None", "#N/A", "nan", "NaN", "  text ", "1", "0001", "TRUE", "2020-01-01", "\u00a0", "NULL",
           "<NA>", "-nan", "#NA", dt.datetime(1900, 1, 1), dt.date(1899, 12, 31), 0, -5, 3.0000000001, "Иванов А.",
           "=1/0", "=SUM(B1:B3)"]


def _awkward_workbook(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Edge"
    for i, value in enumerate(AWKWARD, 3):
        ws.cell(i, 2, value)
        ws.cell(i, 3, AWKWARD[-(i - 2)])
    ws["D1"], ws["D2"], ws["E1"], ws["E2"], ws["F1"], ws["F2"] = True, 1, 1, True, 1.0, "1"
    ws.merge_cells("H1:I2")
    wb.create_sheet("Empty")
    wb.create_sheet("Only blanks")["C5"] = "  "
    other = wb.create_sheet("Лист 4")
    other["A1"], other["A2"] = "Имя", "Иванов"
    other.merge_cells("A1:B1")
    wb.save(path)


def _as_pandas_read_it(path) -> dict[str, pd.DataFrame]:
    """The cells as the reader made them when it went through pandas.read_excel (each distinct value made text
    once by read._cell_text)."""
    frames = pd.read_excel(path, sheet_name=None, header=None, engine="calamine", dtype=object)
    out = {}
    for name, frame in frames.items():
        frame = frame.reset_index(drop=True)
        frame.columns = range(frame.shape[1])
        cols = {}
        for col in frame.columns:
            codes, uniques = pd.factorize(frame[col].to_numpy(dtype=object))
            texts = [None if (t := read._cell_text(u)) is pd.NA else t for u in uniques]
            texts = pa.array(texts + [None], type=pa.string())
            cols[col] = pd.arrays.ArrowStringArray(texts.take(pa.array(np.where(codes >= 0, codes, len(uniques)))))
        out[name] = pd.DataFrame(cols, index=frame.index, columns=frame.columns)
    return out


def test_missing_value_words_are_pandas_own():
    from pandas._libs.parsers import STR_NA_VALUES

    assert read.NA_TEXTS == frozenset(STR_NA_VALUES)


def test_workbook_cells_are_the_text_pandas_read_excel_gave(tmp_path):
    path = tmp_path / "edge.xlsx"
    _awkward_workbook(path)
    sheets = read.read_file(path)
    expected = _as_pandas_read_it(path)
    assert [s.sheet for s in sheets] == list(expected)
    for sheet in sheets:
        pd.testing.assert_frame_equal(sheet.cells, expected[sheet.sheet], check_exact=True)
        assert list(sheet.row_numbers) == list(range(1, len(expected[sheet.sheet]) + 1))
    edge = sheets[0]
    assert edge.merged == [(0, 7, 1, 8)]
    assert ("formula_without_value", "=1/0") in {(k, t) for _, _, k, t in edge.formulas}
    assert sheets[3].merged == [(0, 0, 0, 1)]


def test_package_check_names_the_parts_holding_formulas_or_merged_cells(tmp_path):
    path = tmp_path / "plain.xlsx"
    wb = Workbook()
    wb.active["A1"] = "Name"
    wb.create_sheet("Two")["B2"] = "=1+1"
    wb.save(path)
    marked = check_file(path)
    assert "xl/worksheets/sheet2.xml" in marked and "xl/worksheets/sheet1.xml" not in marked
    # the sheet whose part holds no mark is not looked into again, and nothing is lost by it
    assert read._formula_cells(path, marked) == read._formula_cells(path)


@pytest.mark.parametrize("rows", [[], [[]]])
def test_a_sheet_without_cells_is_an_empty_frame(rows):
    frame = read._cells_frame(rows)
    assert frame.shape == (0, 0)
