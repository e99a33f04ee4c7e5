"""The first rows of a sheet -> which of them is its header.

In: the first rows of a sheet as lists of cells (and its merged ranges). Out: the row naming most
fields (`_score`), a first row that is a header by its shape (`_header_by_shape`), the group label
above each column (`_groups`), and whether the row below a header row is its second row
(`_is_sub_header`, `_sub_header_by_shape`, `_sub_header_unmerged`). headers.find_header uses them.
"""
from __future__ import annotations

import re

import pandas as pd

from . import content, phrases
from .header_fields import CORE_FIELDS, SCAN_ROWS
from .header_vocab import guess_field, lookup


def _head_rows(cells: pd.DataFrame) -> list[list[object]]:
    """The first rows of the sheet as lists of str or None, read once per sheet."""
    head = cells.iloc[: SCAN_ROWS + 2]
    if not head.shape[1]:
        return [[] for _ in range(len(head))]
    return [list(row) for row in zip(*(content.cell_texts(head.iloc[:, c]) for c in range(head.shape[1])))]


def _row_field(value: object, overrides: dict[str, str]) -> str | None:
    """The field a cell names when looking for the header row: an alias, or the field a question asks about."""
    named = lookup(value, overrides)
    if named is None and value is not None and phrases.question_asks(str(value)) is not None:
        named = phrases.question_field(str(value))
    return None if named == "ignore" else named


# A header by its shape: a first row of at least this many cells, all words, over rows of values.
SHAPE_MIN_CELLS, SHAPE_MIN_ROWS = 4, 3
_NOT_A_WORD_CELL = re.compile(r"^[\W\d_]*$|^\s*\d[\d\s.,/:-]*\s*$")


def _header_by_shape(rows: list[list[object]]) -> int | None:
    """Where no row names enough fields by alias: the first non-blank row when it is clearly a header
    by its shape (at least SHAPE_MIN_CELLS distinct cells of words, no number or date among them,
    filled out to the sheet's width, over at least SHAPE_MIN_ROWS rows of values) and its words name a
    person or a charge and one more field by keyword; else None."""
    first = next((r for r, row in enumerate(rows) if any(v is not None for v in row)), None)
    if first is None:
        return None
    cells = [str(v).strip() for v in rows[first] if v is not None]
    below = [row for row in rows[first + 1:] if any(v is not None for v in row)]
    width = max((max((c for c, v in enumerate(row) if v is not None), default=-1) for row in below), default=-1) + 1
    if (len(cells) < SHAPE_MIN_CELLS or len(set(cells)) < len(cells) or any(_NOT_A_WORD_CELL.match(c) for c in cells)
            or len(below) < SHAPE_MIN_ROWS or len(cells) < 0.8 * width):
        return None
    named = [guess_field(v) for v in rows[first] if v is not None]
    return first if _score([None if f == "ignore" else f for f in named]) else None


def _score(fields: list[str | None]) -> int:
    named = {f for f in fields if f and f != "row_number"}
    return len(named) if named & CORE_FIELDS and len(named) >= 2 else 0


def _groups(top: list[object], sub: list[object], merged: list[tuple[int, int, int, int]], r: int) -> list[object]:
    """The group label above each column: merged ranges of row r spread their label over their columns."""
    label = list(top)
    spread = False
    for r0, c0, r1, c1 in merged:
        if r0 == r and r1 == r and c1 > c0:
            spread = True
            for c in range(c0, min(c1, len(label) - 1) + 1):
                label[c] = top[c0]
    if not spread:  # no merge information: a blank top cell over a sub-header belongs to the label on its left
        for c in range(1, len(label)):
            if label[c] is None and sub[c] is not None and label[c - 1] is not None and sub[c - 1] is not None:
                label[c] = label[c - 1]
    return label


# A cell that is a value, never a header word: a full date (`2020-01-23T01:13:00+06:00`, `12.03.2021`).
_A_VALUE = re.compile(r"(?:19|20)\d\d-\d\d-\d\d(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d")


def _is_sub_header(top: list[object], sub: list[object], groups: list[object], overrides: dict[str, str]) -> bool:
    filled = [c for c, v in enumerate(sub) if v is not None]
    if not filled or any(_A_VALUE.fullmatch(str(sub[c]).strip()) for c in filled):
        return False  # a date or a number with a unit: a row of values (a first case), not a header's second row
    mapped = 0
    for c in filled:
        if top[c] is not None and _complete(top[c], overrides) and groups[c] == top[c] and not _spans(groups, c):
            return False  # a value under a complete header of its own: that is data, not a sub-header
        if lookup(sub[c], overrides) or (groups[c] and lookup(f"{groups[c]} {sub[c]}", overrides)):
            mapped += 1
    return mapped >= 1


_YEAR = re.compile(r"(?:19|20)\d\d")


def _sub_header_by_shape(top: list[object], sub: list[object], groups: list[object],
                         merged: list[tuple[int, int, int, int]], r: int) -> bool:
    """The row below a header row is its second row by the shape of the two, whatever its words: its
    filled cells all sit under a group cell spread over several columns, and either a header cell of
    the row above is merged down over it, or its cells are words or years (a case row holds names, dates, numbers)."""
    filled = [c for c, v in enumerate(sub) if v is not None]
    if not filled or not all(_spans(groups, c) and groups[c] is not None for c in filled):
        return False
    if any(r0 == r and r1 > r for r0, _, r1, _ in merged):
        return True
    return all(not re.search(r"\d", str(sub[c])) or _YEAR.fullmatch(str(sub[c]).strip()) for c in filled)


def _merged_down_over(above: list[object], merged: list[tuple[int, int, int, int]], r: int) -> bool:
    """A filled cell of row r (the row above a header row) is merged down over the row below it."""
    return any(r0 == r and r1 > r and c0 < len(above) and above[c0] is not None for r0, c0, r1, _ in merged)


def _sub_header_unmerged(top: list[object], sub: list[object], overrides: dict[str, str]) -> bool:
    """The row below a header row is its second row though nothing is merged (a PDF turned into Excel:
    `Дата` over `задержания`, `Год` over `рожд.`): every filled cell is words (no digit, so no date,
    year or number) under a filled header cell of its column, at least one pair read together names a
    field by alias where the top cell alone names none, and no pair names another field than its top
    cell does alone. A first case row holds dates, years or numbers, or names no field with its header."""
    filled = [c for c, v in enumerate(sub) if v is not None and str(v).strip()]
    if not filled or any(c >= len(top) or top[c] is None or re.search(r"\d", str(sub[c])) for c in filled):
        return False
    joined_names = 0
    for c in filled:
        alone, together = lookup(top[c], overrides), lookup(f"{top[c]} {sub[c]}", overrides)
        if alone is None and together not in (None, "ignore"):
            joined_names += 1
        elif alone is not None and together is not None and together != alone:
            return False
    return joined_names >= 1


def _complete(cell: object, overrides: dict[str, str]) -> bool:
    """A header cell that names a field by itself: an alias, or a question."""
    return lookup(cell, overrides) is not None or phrases.question_asks(str(cell)) is not None


def _spans(groups: list[object], c: int) -> bool:
    return (c > 0 and groups[c - 1] == groups[c]) or (c + 1 < len(groups) and groups[c + 1] == groups[c])
