"""A web address written after a value is no part of it.

A database export writes a relation as the related page's title and its address (Notion: `Уральск
(https://www.notion.so/Uralsk-3f2a...)`), and a list may add a source link after a value (`Алматы,
https://...`). In a cell that says something besides, each web address (`http://`, `https://`,
`www.`), with the brackets around it, is taken out before any field is read, so the town is read
as the town, with no `place_extra_text` problem. A cell that holds only an address is left as it is:
it is a link column's value (ignored, or an `unmapped_column` saying so), not a blank. A column is looked
at where one of its first values holds an address (an export writes one in every cell of such a column),
so a long list without addresses pays a glance at a few cells per column. Only columns read as a field
are looked at, and never notes: a note is kept as written (a link in it may be the point of the note), and
a cell written as a formula (`=HYPERLINK(...)`) is text to keep, not a value with an address after it.
"""
from __future__ import annotations

import re

import pandas as pd

from .arrow_bytes import may_hold

_LINK = re.compile(r"\s*[(\[<]?\s*(?:https?://|www\.)[^\s()\[\]<>]+\s*[)\]>]?")
_HINT = r"https?://|www\."
_HINT_BYTES = (b"http://", b"https://", b"www.")  # what `_HINT` finds, as plain bytes (arrow_bytes.may_hold)
# Values looked at per column to decide whether it writes web addresses at all.
_LOOK = 200


def _without_links(value: str) -> str:
    rest = _LINK.sub(" ", value).strip(" ,;:-—–")
    return " ".join(rest.split(" ")).strip() if rest.strip() else value


def strip_links(block: pd.DataFrame, fields: dict) -> pd.DataFrame:
    """The block with the web addresses taken out of cells that say more than an address, in the columns
    `fields` maps to a field other than notes: each column is searched at once, and each distinct cell
    with an address rewritten once."""
    out = None
    for c in [c for c, field in fields.items() if field != "notes" and c in block.columns]:
        column = block[c]
        if not pd.api.types.is_string_dtype(column.dtype) or not may_hold(column, _HINT_BYTES):
            continue  # no address anywhere in the column's bytes (a glance at its buffer)
        first = column.head(_LOOK).dropna()
        if not first.str.contains(_HINT, regex=True).any():
            continue  # a column's first values say whether it writes addresses: a long list pays a glance
        hit = column.str.contains(_HINT, regex=True, na=False)
        if not hit.any():
            continue
        changed = {v: _without_links(v) for v in pd.unique(column[hit]) if not v.lstrip().startswith("=")}
        changed = {v: new for v, new in changed.items() if new != v}
        if not changed:
            continue
        out = block.copy() if out is None else out
        out[c] = column.mask(hit, column[hit].map(lambda v: changed.get(v, v)))
    return block if out is None else out
