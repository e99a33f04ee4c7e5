"""The column-by-column rows of the long sheets (kzanalysis/xlsx_rows.py) against the one-value-at-a-time rules."""
from __future__ import annotations

import datetime as dt

import pandas as pd
from factories import HOSTILE
from hypothesis import given, settings
from hypothesis import strategies as st

from kzanalysis import xlsx_rows
from kzanalysis.xlsx_rows import Counts, _cell, _distinct_cells, excel_serial

DATE_STYLE = 7
AWKWARD = HOSTILE + ["", " lead", "trail ", "a & b < c > d", "a_x0041_b", "x\ry", "two\nlines here", "bell\x07nul\x00",
                     "Алматы", "Ä Ğ İ Ñ Ö Q Ş Ū Ü", "\u00a0nbsp", "x" * 40_000, '"quoted"', "'apos'"]


def _one_by_one(values):
    counts = [Counts() for _ in values]
    cells = [_cell(v, DATE_STYLE, c) for v, c in zip(values, counts)]
    return cells, counts


def _check(values: list) -> None:
    rests, widths, kept, counts = _distinct_cells(pd.Series(values, dtype="string").array, DATE_STYLE)
    cells, expected = _one_by_one(values)
    for k, (cell, c) in enumerate(zip(cells, expected)):
        assert kept[k] == (cell is not None), values[k]
        if cell is not None:
            assert (rests[k], int(widths[k])) == cell, values[k]
        assert tuple(counts[k]) == (c.as_text, c.illegal, c.truncated), values[k]


def test_text_columns_give_the_cells_of_one_value_at_a_time():
    _check(AWKWARD)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12), min_size=1,
                max_size=20, unique=True))
def test_any_text_gives_the_same_cell(values):
    _check(values)


def test_dates_and_numbers():
    days = pd.Series(pd.to_datetime(["1900-02-28", "1900-03-01", "2021-07-12", "2030-12-31"]))
    rests, widths, kept, _ = _distinct_cells(days.array, DATE_STYLE)
    assert list(rests) == [f'" s="{DATE_STYLE}"><v>{n}</v></c>' for n in (59, 61, 44389, 47848)]
    assert kept.all() and set(widths) == {10}
    assert excel_serial(dt.date(2021, 7, 12)) == 44389  # as Excel shows 12.07.2021
    rests, widths, _, _ = _distinct_cells(pd.array([1958, -2, 0], dtype="Int64"), DATE_STYLE)
    assert list(rests) == ['"><v>1958</v></c>', '"><v>-2</v></c>', '"><v>0</v></c>'] and list(widths) == [4, 2, 1]


def test_frame_rows_skip_empty_cells_and_count_each_cell():
    frame = pd.DataFrame({"a": pd.Series(["=1+1", None, "=1+1"], dtype="string"),
                          "b": pd.array([None, 5, None], dtype="Int64"),
                          "c": pd.Series([pd.NaT, pd.Timestamp("2021-07-12"), pd.NaT])})
    rows = xlsx_rows.frame_rows(frame, 1, DATE_STYLE)
    assert rows.xml == ('<row r="2"><c r="A2" t="inlineStr"><is><t>=1+1</t></is></c></row>'
                        f'<row r="3"><c r="B3"><v>5</v></c><c r="C3" s="{DATE_STYLE}"><v>44389</v></c></row>'
                        '<row r="4"><c r="A4" t="inlineStr"><is><t>=1+1</t></is></c></row>')
    assert rows.counts.as_text == 2 and rows.last_row == 3
    assert rows.widths == {0: 4, 1: 1, 2: 10}
    assert xlsx_rows.frame_rows(frame.iloc[:0], 1, DATE_STYLE).xml == ""
