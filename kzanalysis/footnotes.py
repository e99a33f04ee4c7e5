"""Footnote markers in cells: a sheet's data block in, the same block with the markers taken out.

An annex written for a report refers to its footnotes from inside the cells: `Art. 179(2)[13]`,
`Article 274 part 2[27]`, `Almaty[12]`, `5 yrs 6 mos¹`. A marker is not part of the value: read as
it stands, `[13]` would be article 13 and `2[27]` part 27. So a bracketed number of one to three
digits, or a run of superscript digits, written right after the text it marks (no space before it),
is taken out of every cell before any field is parsed. A bracketed number standing alone (`[1]`) or
after a space is left as written: it may be the value itself.
"""
from __future__ import annotations

import re

import pandas as pd

from .arrow_bytes import may_hold

_MARKER = re.compile(r"(?<=\S)(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)")
_ANY = re.compile(r"\[\d|[¹²³⁴⁵⁶⁷⁸⁹⁰]")
# A necessary condition of `_ANY` over a column's UTF-8 bytes at once (arrow_bytes.may_hold): a `[` (before
# any digit: `\d` reads digits of every script), or the bytes of a superscript digit.
_ANY_BYTES = (b"[", *(ch.encode() for ch in "¹²³⁴⁵⁶⁷⁸⁹⁰"))


def strip_markers(block: pd.DataFrame) -> pd.DataFrame:
    """The block with footnote markers taken out of its text cells, column by column: the cells are
    searched at once (a vectorised match), and each distinct marked cell is rewritten once; the block is
    returned as it is where no cell has one."""
    if block.empty:
        return block
    out = None
    for c in block.columns:
        column = block[c]
        if not (pd.api.types.is_string_dtype(column.dtype) or column.dtype == object) or not may_hold(column, _ANY_BYTES):
            continue
        hit = column.str.contains(_ANY.pattern, regex=True, na=False) if pd.api.types.is_string_dtype(column.dtype) \
            else column.map(lambda v: isinstance(v, str) and bool(_ANY.search(v)), na_action="ignore").fillna(False).astype(bool)
        if not hit.any():
            continue
        marked = pd.unique(column[hit])
        changed = {v: _MARKER.sub("", v).strip() for v in marked}
        changed = {v: new for v, new in changed.items() if new != v}
        if not changed:
            continue
        out = block.copy() if out is None else out
        out[c] = column.mask(hit, column[hit].map(lambda v: changed.get(v, v)))  # only the marked cells are rewritten
    return block if out is None else out
