"""A pivot table's export (Google Sheets, Excel): a sheet's data block in, its group labels filled down and
its subtotal rows marked out.

A pivot writes the label of each group (`2020`, then `acquitted`) once, on the group's first row, and
closes the group with a subtotal row naming it (`acquitted Total`, `2020 Total`, `Итого по 2020`). In a
sheet with such subtotal rows, a leading column (left of the name, or among the first LEADING columns)
whose cells between two of its subtotal rows are blank but for the first, which writes the label the
closing subtotal names, has that label filled down over the group's rows. Nothing is filled where a
group does not close with its own label's subtotal, so a blank status elsewhere stays blank (unknown).
The subtotal rows are not cases: they are dropped as totals rows.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .headers import HeaderMap

LEADING = 3
MIN_GROUPS = 2  # without a name column: the first columns looked at
SUBTOTAL_REASON = "a subtotal row of a pivot table"
_SUBTOTAL = re.compile(
    r"^\s*(?:(?P<before>.+?)\s+(?:total|totals|итог|итого|всего|барлығы|жиыны)"
    r"|(?:итого|всего|total|subtotal|барлығы)\s+(?:по|for|of)\s+(?P<after>.+?))\s*$",
    re.IGNORECASE,
)


def _label(text: object) -> str | None:
    if text is None or pd.isna(text):
        return None
    m = _SUBTOTAL.match(str(text))
    if not m:
        return None
    label = (m.group("before") or m.group("after") or "").strip()
    return label.casefold() if label and label.casefold() not in ("grand", "общий", "общее") else None


def _labels(cells: pd.Series) -> np.ndarray:
    """The subtotal label of each cell (None where it names none), each distinct cell read once."""
    codes, distinct = pd.factorize(cells)
    found = np.array([_label(v) for v in distinct] + [None], dtype=object)
    return found[codes]


def fill_pivot_groups(block: pd.DataFrame, header: HeaderMap) -> tuple[pd.DataFrame, pd.Series]:
    """(block with each pivot group's label filled down, subtotal rows); the block as it is and no
    subtotal rows where the sheet has none (see the module docstring). A column counts as a pivot's
    group column where at least MIN_GROUPS of its groups, and most, close with their own label."""
    none = pd.Series(False, index=block.index)
    if block.empty:
        return block, none
    name = header.column_of("name")
    leading = [c for c in block.columns if c < name] if name is not None else list(block.columns[:LEADING])
    labels = {c: _labels(block[c]) for c in leading}
    labels = {c: found for c, found in labels.items() if (found != None).any()}  # noqa: E711
    if not labels:
        return block, none
    closing = np.zeros(len(block), dtype=bool)
    for found in labels.values():
        closing |= found != None  # noqa: E711 (an object array: None where the cell names no subtotal)
    out, subtotal = block.copy(), np.zeros(len(block), dtype=bool)
    for c, found in labels.items():
        cells = block[c].to_numpy(dtype=object, na_value=None)
        ends = np.flatnonzero(found != None)  # noqa: E711
        fills, start = [], 0
        for end in ends:  # one step per group, not per row
            inside = np.flatnonzero((cells[start:end] != None) & ~closing[start:end]) + start  # noqa: E711
            if len(inside) == 1 and str(cells[inside[0]]).strip().casefold() == found[end]:
                fills.append((inside[0], end))
            start = end + 1
        if len(fills) < MIN_GROUPS or 2 * len(fills) <= len(ends):
            continue
        filled = cells.copy()
        for first, end in fills:
            span = np.arange(first + 1, end)
            filled[span[~closing[span]]] = cells[first]
        out[c] = pd.Series(filled, index=block.index, dtype="string")
        subtotal |= found != None  # noqa: E711
    return out, pd.Series(subtotal, index=block.index)
