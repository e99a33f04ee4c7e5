"""A table of counts found by its shape: a raw sheet where no header row was found in, its header out.

A statistics workbook may give a summary sheet beside its list: counts by region or by period
(`Регион | ЛС | ОС | ... | Всего`, a `Всего` row at the foot). Its header names no person and
often no field at all, so headers.find_header finds none. A sheet is such a table when a row of its
first rows (headers.SCAN_ROWS) is its header:
- at least MIN_COLUMNS cells, all words (no number), the first naming a place (a region or city
  header alias) or a period (PERIOD_WORDS), none naming the person;
- the rows below are counts: in nearly all (SHARE) of the non-blank ones, and at least MIN_ROWS,
  the first cell is filled (a place, a period, `Всего`) and every other filled cell a number, at
  least one.
Its rows are not cases: sheet.py drops each as a row of a table of counts, and one
`counts_table` problem of the sheet says how many and why, so nothing is lost in silence.
"""
from __future__ import annotations

import re

import pandas as pd

from .headers import NAME_PARTS, SCAN_ROWS, HeaderMap, lookup
from .parse.text import clean_spaces
from .read import RawSheet

PROBLEM = "counts_table"
MIN_COLUMNS, MIN_ROWS, SHARE = 2, 2, 0.8
# The header of a column of periods: year, quarter, month, period (Russian, English, Kazakh).
PERIOD_WORDS = re.compile(r"^(?:год|годы|года|период|квартал|месяц|year|years|period|quarter|month|жыл|жылы|кезең|тоқсан|ай)\b",
                          re.IGNORECASE)
_NUMBER = re.compile(r"\s*\d[\d\s]*(?:[.,]\d+)?\s*")


def _names_rows(cell: str) -> bool:
    field = lookup(cell)
    return field in ("region", "city") or (field is None and bool(PERIOD_WORDS.match(clean_spaces(cell))))


def counts_header(sheet: RawSheet) -> HeaderMap | None:
    """The header of a table of counts (a HeaderMap marked `counts`, its columns unmapped), or None."""
    cells = sheet.cells
    number = cells.apply(lambda col: col.str.fullmatch(_NUMBER)).fillna(False).astype(bool)
    filled = cells.notna()
    for r in range(min(SCAN_ROWS, len(cells))):
        row = cells.iloc[r]
        present = row.dropna()
        if len(present) < MIN_COLUMNS or number.iloc[r].any():
            continue
        first = present.index[0]
        if not _names_rows(str(present.iloc[0])) or any(lookup(v) in NAME_PARTS for v in present.iloc[1:]):
            continue
        below = filled.iloc[r + 1:]
        rows = below.any(axis=1)
        if rows.sum() < MIN_ROWS:
            continue
        others = [c for c in cells.columns if c != first]
        counted = number.iloc[r + 1:][others]
        # each row: its place or period (a year is a number too), then counts only
        fits = below[first] & (counted | ~below[others]).all(axis=1) & counted.any(axis=1)
        if fits.sum() >= MIN_ROWS and fits[rows].mean() >= SHARE:
            header = HeaderMap(header_rows=[r], counts=True)
            header.written = {int(c): clean_spaces(v) for c, v in present.items()}
            header.unmapped = list(header.written.values())
            header.unmapped_written = dict(header.written)
            return header
    return None
