"""Layout rules that do their work once per column or per distinct value give what a loop over
ranges, rows or cells gave (the loops they replaced are written out here as the reference)."""
from __future__ import annotations

import random

import numpy as np
import pandas as pd

from kzanalysis import columns
from kzanalysis.read import RawSheet
from kzanalysis.sheet import _merged_down


def _merged_down_loop(sheet: RawSheet, first: int) -> pd.DataFrame:
    """The range-at-a-time fill it replaced."""
    block = sheet.cells.iloc[first:]
    down = [(r0, c0, r1) for r0, c0, r1, _ in sheet.merged if r1 > r0 and r0 >= first and c0 < block.shape[1]]
    if not down:
        return block
    block = block.copy()
    for r0, c0, r1 in down:
        value = sheet.cells.iat[r0, c0]
        if pd.notna(value):
            below = block.iloc[r0 + 1 - first: r1 + 1 - first, c0]
            block.iloc[r0 + 1 - first: r1 + 1 - first, c0] = below.where(below.notna(), value)
    return block


def _sheet(rng: random.Random, n: int, width: int) -> RawSheet:
    cells = pd.DataFrame([[rng.choice([None, None, f"v{r}.{c}", "x"]) for c in range(width)] for r in range(n)],
                         dtype="string")
    merged = []
    for c in range(width + 1):  # one column past the cells: ignored
        r = rng.randrange(3)
        while r < n:  # ranges that run past the last row are cut there
            length = rng.choice([0, 1, 2, 5])
            merged.append((r, c, r + length, c + rng.choice([0, 1])))
            r += length + 1 + rng.randrange(3)
    rng.shuffle(merged)
    return RawSheet("f.xlsx", "S", cells, np.arange(1, n + 1), merged)


def test_merged_down_fills_as_the_loop_did():
    rng = random.Random(5)
    for _ in range(30):
        sheet = _sheet(rng, rng.randrange(1, 60), rng.randrange(1, 5))
        for first in (0, 1, 3):
            if first < len(sheet.cells):
                pd.testing.assert_frame_equal(_merged_down(sheet, first), _merged_down_loop(sheet, first), check_exact=True)


def test_merged_down_overlapping_ranges_keep_the_first_range_value():
    cells = pd.DataFrame({0: ["a", None, "c", None, None]}, dtype="string")
    sheet = RawSheet("f.xlsx", "S", cells, np.arange(1, 6), [(0, 0, 3, 0), (2, 0, 4, 0), (1, 0, 2, 0)])
    pd.testing.assert_frame_equal(_merged_down(sheet, 0), _merged_down_loop(sheet, 0), check_exact=True)
    assert _merged_down(sheet, 0)[0].tolist() == ["a", "a", "c", "a", "c"]


def test_a_range_merged_below_the_last_row_read_gives_nothing():
    """Cells merged over blank rows after the list (the reader trims them) start below the last row read: no
    value to give, and no crash (found by mutating the red-team lists at random)."""
    cells = pd.DataFrame({0: ["a", None, "b"], 1: ["x", "y", "z"]}, dtype=object)
    sheet = RawSheet("f.xlsx", "S", cells, np.arange(1, 4), [(0, 0, 1, 0), (5, 0, 8, 0), (3, 1, 4, 1)])
    out = _merged_down(sheet, 0)
    assert out[0].tolist() == ["a", "a", "b"] and out[1].tolist() == ["x", "y", "z"]


def test_month_first_dates_turned_once_per_value_as_each_cell_was():
    def loop(text: pd.Series) -> pd.Series:
        return text.astype("string").str.replace(
            columns._NUMERIC_DATE, lambda m: f"{m.group(3)}{m.group(2)}{m.group(1)}{m.group(2)}{m.group(4)}", regex=True)

    values = ["03/12/2021", None, "5/6/22", "x", "03/12/2021", pd.NA, " 12-31-2020 ", "2021"]
    for text in (pd.Series(values, index=range(10, 18)), pd.Series(values, dtype="string"),
                 pd.Series(values, dtype="string[python]"), pd.Series([None, None], dtype=object),
                 pd.Series([], dtype="string"), pd.Series([1.5, None, 3.0])):
        got = columns.with_header_date_order(text, "Date of arrest (mm/dd/yyyy)")
        pd.testing.assert_series_equal(got, loop(text), check_exact=True)
    assert columns.with_header_date_order(pd.Series(["03/12/2021"]), "Date of arrest").tolist() == ["03/12/2021"]
