"""A lookup sheet (the options a workbook's dropdown lists read from): in, a sheet's cells with no header
found; out, the positions of its option rows, each dropped as no case, or None where it is no lookup.

Google Sheets and Excel keep a data-validation list on a sheet of its own (`Справочник`, `Lists`,
`Options`): a row of short titles (`Статус | Волонтёры | Да/нет`), under each a short list of distinct
values written from the top, the lists of different lengths. No row is a person: a row holds the n-th
option of each list. Such a sheet is read as holding no cases: each of its rows is accounted for, dropped
with the problem `lookup_sheet`, so the rows read still match (rows_read = cases + dropped). Dropdowns read
from a sheet of their own beside the list they serve: a file's only sheet (a CSV, a one-sheet workbook) is
never one, however short and ragged (a small list of cases under a header not recognised is `no_header`).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .parse.dates import parse_date

MAX_OPTIONS = 60  # a dropdown's list is short; a longer table is a list of something
MAX_TEXT = 60  # an option is a word or a short phrase, never a note
REASON = ("a row of a lookup sheet (the options of the workbook's dropdown lists: each column a short list of "
          "distinct values, written from the top, the lists of different lengths): no case")


def lookup_rows(cells: pd.DataFrame) -> np.ndarray | None:
    """The positions (in `cells`) of the option rows under the titles row, or None where the sheet is no lookup."""
    filled = np.flatnonzero(cells.notna().any(axis=1).to_numpy())
    if len(filled) < 2 or len(filled) - 1 > MAX_OPTIONS:
        return None
    text = cells.iloc[: filled[-1] + 1].astype("string").apply(lambda col: col.str.strip()).replace("", pd.NA)
    filled = np.flatnonzero(text.notna().any(axis=1).to_numpy())
    if len(filled) < 2:
        return None
    top, rows = filled[0], filled[1:]
    titles = text.iloc[top]
    columns = [c for c in range(text.shape[1]) if text.iloc[rows, c].notna().any()]
    if len(columns) < 2 or any(pd.isna(titles.iloc[c]) for c in columns):
        return None
    lengths = set()
    for c in columns:
        values = text.iloc[rows, c]
        given = values.dropna()
        run = int(values.notna().to_numpy().argmin()) if values.isna().any() else len(values)
        if len(given) != run or given.duplicated().any() or given.str.len().max() > MAX_TEXT:
            return None  # a gap inside a list, a value twice, or a long text: a table, not lists of options
        if any(_dated(v) for v in given):
            return None  # an option is no date (a year may be one): a dated row is an event of someone
        lengths.add(run)
    return rows if len(lengths) >= 2 else None


def _dated(value: str) -> bool:
    """A date with its day or month (`12.03.2021`, `март 2021`); a year alone may be a dropdown's option."""
    parsed = parse_date(value).value
    return parsed is not None and parsed.precision != "year"
