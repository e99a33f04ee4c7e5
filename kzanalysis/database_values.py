"""Values as a database writes them in an export: a sheet in, the same sheet out with them read as a list writes them.

- A boolean column as PostgreSQL prints it (`t` / `f`, psql and `COPY`): in a column where both `t` and `f`
  are written and they are all it holds but its header (at most BOOLEAN_OTHERS other cells), `t` is `true`
  and `f` is `false`, as vocab/yes_no.csv reads them. A `t` or `f` in any other column (a gender column
  `m` / `f`, an initial) is left as it is.
- An array literal (PostgreSQL's `{"ч.2 ст.405","ч.1 ст.174"}`, `{405,174}`, `{}`): a cell that is one from its
  first character gives its elements, joined by `; ` as a list writes several values in one cell (`ч.2 ст.405;
  ч.1 ст.174`); its quotes and backslash escapes are no part of an element, and a `NULL` element (or `{}`) is
  no value.

The null of a text export (`\\N`, `NULL`) is read as a blank cell by read.py (NULL_MARKERS).
"""
from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd
import pyarrow as pa

from .arrow_bytes import joined_bytes, starts_with_any
from .read import RawSheet

BOOLEAN_OTHERS = 2
LONG_OTHER = 200  # bytes: room for a header cell above the flags
_BOOLEANS = {"t": "true", "f": "false"}
# The whole cell, braces around elements: each quoted (`"..."`, `\"` and `\\` inside) or bare (no comma,
# brace, quote or line break).
_QUOTED = r'"(?:[^"\\]|\\.)*"'
_BARE = r'[^,{}"\r\n]*'
_ELEMENT = rf"(?:\s*{_QUOTED}\s*|{_BARE})"  # a bare element holds its spaces: one way to read each cell
_ARRAY = re.compile(rf"\{{(?:{_ELEMENT}(?:,{_ELEMENT})*)?\}}")
_ELEMENTS = re.compile(rf"\s*({_QUOTED})\s*(?:,|$)|({_BARE})(?:,|$)")
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
        element = m.group(1) or m.group(2)
        if m.group(1):
            values.append(_ESCAPED.sub(r"\1", element[1:-1]).strip())
        elif element.strip().upper() != "NULL":
            values.append(element.strip())
    return "; ".join(v for v in values if v)


def _short_cells(column: pd.Series, others: int) -> bool:
    """Whether the column's cells are short enough to be flags but for a few (a quick look at the bytes of an Arrow
    column: all of them together no more than a byte a cell and LONG_OTHER bytes for each of the others)."""
    if not (isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "pyarrow"):
        return True
    strings = pa.array(column.array)
    chunks = strings.chunks if isinstance(strings, pa.ChunkedArray) else [strings]
    size = sum(len(joined_bytes(chunk)) for chunk in chunks if len(chunk))
    return size <= len(strings) - strings.null_count + others * LONG_OTHER


def _replaced(column: pd.Series, read: dict) -> pd.Series:
    """The column with each value of `read` replaced by its reading (None: blank), worked once per distinct value."""
    codes, uniques = pd.factorize(column)
    values = pd.array([read.get(u, u) for u in uniques], dtype=column.dtype)
    return pd.Series(values.take(codes, allow_fill=True), index=column.index, name=column.name)


def _booleans_read(column: pd.Series) -> pd.Series:
    if not _short_cells(column, BOOLEAN_OTHERS):
        return column
    counts = column.value_counts()
    folded = {v: str(v).strip().casefold() for v in counts.index}
    flags = {v: _BOOLEANS[f] for v, f in folded.items() if f in _BOOLEANS}
    others = int(counts[[v for v in counts.index if v not in flags]].sum())
    if others > BOOLEAN_OTHERS or not {"t", "f"} <= {folded[v] for v in flags}:
        return column
    return _replaced(column, flags)


def _arrays_read(column: pd.Series) -> pd.Series:
    strings = pa.array(column.array) if column.dtype.storage == "pyarrow" else None
    if strings is not None and not starts_with_any(strings, b"{"):  # a quick look at each cell's first byte
        return column
    braced = column.str.startswith("{").fillna(False).astype(bool)
    read = {v: elements(v) for v in pd.unique(column[braced])}
    read = {v: (e or None) for v, e in read.items() if e is not None}  # an empty array: no value
    return _replaced(column, read) if read else column


def database_values(sheet: RawSheet) -> RawSheet:
    """The sheet with the booleans and array literals of a database export read (see the module docstring); the
    sheet itself where it holds none."""
    cells, changed = sheet.cells, {}
    for c in cells.columns:
        column = cells[c]
        if not isinstance(column.dtype, pd.StringDtype) or column.isna().all():
            continue
        read = _arrays_read(_booleans_read(column))
        if read is not column:
            changed[c] = read
    if not changed:
        return sheet
    cells = cells.copy()
    for c, column in changed.items():
        cells[c] = column
    return replace(sheet, cells=cells)
