"""Values as a database writes them in an export: a sheet in, the same sheet out with them read as a list writes them.

- A boolean column as PostgreSQL prints it (`t` / `f`, psql and `COPY`): in a column where both `t` and `f`
  are written and they are all it holds but its header (at most BOOLEAN_OTHERS other cells, or a share
  1 - BOOLEAN_SHARE of a long column), `t` is `true` and `f` is `false`, as vocab/yes_no.csv reads them. A `t` or `f` in any
  other column (a gender column `m` / `f`, an initial) is left as it is.
- An array literal (PostgreSQL's `{"ч.2 ст.405","ч.1 ст.174"}`, `{405,174}`, `{}`): a cell that is one
  gives its elements, joined by `; ` as a list writes several values in one cell (`ч.2 ст.405; ч.1 ст.174`);
  its quotes and backslash escapes are no part of an element, and a `NULL` element (or `{}`) is no value.

The null of a text export (`\\N`, `NULL`) is read as a blank cell by read.py (NULL_MARKERS).
"""
from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd

from .read import RawSheet

BOOLEAN_SHARE = 0.9
BOOLEAN_OTHERS = 2
_BOOLEANS = {"t": "true", "f": "false"}
# The whole cell, braces around elements: each quoted (`"..."`, `\"` and `\\` inside) or bare (no comma,
# brace, quote or line break).
_QUOTED = r'"(?:[^"\\]|\\.)*"'
_BARE = r'[^,{}"\r\n]*'
_ELEMENT = rf"\s*(?:{_QUOTED}|{_BARE})\s*"
_ARRAY = re.compile(rf"\{{(?:{_ELEMENT}(?:,{_ELEMENT})*)?\}}")
_ELEMENTS = re.compile(rf"\s*({_QUOTED}|{_BARE})\s*(?:,|$)")
_ESCAPED = re.compile(r"\\(.)")


def elements(literal: str) -> str | None:
    """The elements of an array literal joined by `; `, "" for an array of none; None where the cell is no array literal."""
    text = literal.strip()
    if not _ARRAY.fullmatch(text):
        return None
    inner = text[1:-1]
    values = []
    for m in _ELEMENTS.finditer(inner):
        if m.start() == len(inner) and values:
            break
        element = m.group(1)
        if element.startswith('"'):
            values.append(_ESCAPED.sub(r"\1", element[1:-1]).strip())
        elif element.strip().upper() != "NULL":
            values.append(element.strip())
    return "; ".join(v for v in values if v)


def _booleans_read(column: pd.Series) -> pd.Series:
    written = column.dropna()
    others = max(BOOLEAN_OTHERS, (1 - BOOLEAN_SHARE) * len(written))
    if written.empty or written.str.len().gt(3).sum() > others:  # more cells longer than a flag: no look
        return column
    folded = written.str.strip().str.casefold()
    flags = folded.isin(tuple(_BOOLEANS))
    if not ((~flags).sum() <= others and folded.eq("t").any() and folded.eq("f").any()):
        return column
    return column.mask(column.index.isin(written.index[flags]), folded.map(_BOOLEANS))


def _arrays_read(column: pd.Series) -> pd.Series:
    braced = column.str.contains("{", regex=False).fillna(False).astype(bool)  # a quick look first: few cells hold a brace
    if not braced.any():
        return column
    read = {v: elements(v) for v in pd.unique(column[braced])}
    given = column[braced].map(read).dropna()
    if given.empty:
        return column
    return column.mask(column.index.isin(given.index), given.mask(given.eq("")))  # an empty array: no value


def database_values(sheet: RawSheet) -> RawSheet:
    """The sheet with the booleans and array literals of a database export read (see the module docstring); the
    sheet itself where it holds none."""
    cells, changed = sheet.cells, {}
    for c in cells.columns:
        column = cells[c]
        if not pd.api.types.is_string_dtype(column.dtype) or column.isna().all():
            continue
        column = column.astype("string")
        read = _arrays_read(_booleans_read(column))
        if read is not column:
            changed[c] = read
    if not changed:
        return sheet
    cells = cells.copy()
    for c, column in changed.items():
        cells[c] = column
    return replace(sheet, cells=cells)
