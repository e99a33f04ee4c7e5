"""A header whose words are spread over three or four rows, each column named by the path of its group cells.

An official summary table groups its columns twice: `Уголовное преследование` over `Статья УК | Наказание |
Даты`, `Наказание` over `вид | срок`, `Даты` over `задержания | приговора | освобождения`; the columns with
one word (`№`, `Примечание`) are merged down over all the header's rows. headers.py finds the first two rows
of such a header as it finds any two-row header; this module takes the rows below them while they are still
header words, and gives each column the path of its cells from the top row down (`Уголовное преследование /
Даты / задержания`), the lowest level naming the field together with the one above it (`Даты задержания`).

The row below the header's last row is one more header row when
- its filled cells are words (no digit but a year: a case row holds dates, numbers, articles), and
- each sits under a group cell of the row above spread over several columns (merged, or, with nothing
  merged, a filled cell followed by blanks over filled cells), and
- a header cell of an upper row is merged down over it, or one of its cells names a field by alias, alone or
  read with its group cell (`срок`, `Даты задержания`).
A row above the header is its first row when one of its cells is merged down over all the header's rows.
At most MAX_ROWS rows make a header.
"""
from __future__ import annotations

import re

MAX_ROWS = 4
_YEAR = re.compile(r"(?:19|20)\d\d")


def _words(value: object) -> bool:
    text = str(value).strip()
    return not re.search(r"\d", text) or bool(_YEAR.fullmatch(text))


def _merged_down_to(merged: list[tuple[int, int, int, int]], rows: list[list[object]], tops: list[int], r: int) -> bool:
    """A filled cell of one of the rows `tops` is merged down over row r."""
    return any(r0 in tops and r1 >= r and r0 < len(rows) and c0 < len(rows[r0]) and rows[r0][c0] is not None
               for r0, c0, r1, _ in merged)


def further_rows(rows: list[list[object]], merged: list[tuple[int, int, int, int]], header_rows: list[int],
                 overrides: dict[str, str]) -> list[int]:
    """The rows (positions) below a two-row header that belong to it, and the row above it that does (see the
    module docstring); [] for most headers."""
    from .headers import _groups, _spans, lookup

    found = list(header_rows)
    while len(found) < MAX_ROWS:
        last, n = found[-1], found[-1] + 1
        if n >= len(rows):
            break
        cells = [c for c, v in enumerate(rows[n]) if v is not None and str(v).strip()]
        if not cells or not all(_words(rows[n][c]) for c in cells):
            break
        groups = _groups(rows[last], rows[n], merged, last)
        if not all(c < len(groups) and groups[c] is not None and _spans(groups, c) for c in cells):
            break
        named = any(lookup(rows[n][c], overrides) or lookup(f"{groups[c]} {rows[n][c]}", overrides) for c in cells)
        if not (named or _merged_down_to(merged, rows, found, n)):
            break
        found.append(n)
    first = found[0]
    if len(found) < MAX_ROWS and first > 0 and any(
            r0 == first - 1 and r1 >= found[-1] and c0 < len(rows[r0]) and rows[r0][c0] is not None
            for r0, c0, r1, _ in merged):
        found.insert(0, first - 1)
    return found if len(found) > len(header_rows) else []


def paths(rows: list[list[object]], merged: list[tuple[int, int, int, int]], header_rows: list[int]
          ) -> tuple[list[object], list[object], list[object], dict[int, str], dict[int, list[str]]]:
    """For a header over `header_rows`: (top row, group of each column: its path but the last level joined by
    ` / `, or its top cell; the last level of each column's path where it has two levels or more or no top
    cell; column -> the level above the last, to be read with it; column -> every level of its path)."""
    from .headers import _groups

    width = max(len(rows[r]) for r in header_rows)
    levels = []
    for k, r in enumerate(header_rows):
        row = list(rows[r]) + [None] * (width - len(rows[r]))
        if k + 1 < len(header_rows):
            below = list(rows[header_rows[k + 1]]) + [None] * (width - len(rows[header_rows[k + 1]]))
            row = _groups(row, below, merged, r)
        levels.append(row)
    top = list(rows[header_rows[0]]) + [None] * (width - len(rows[header_rows[0]]))
    groups: list[object] = [None] * width
    sub: list[object] = [None] * width
    parents: dict[int, str] = {}
    every: dict[int, list[str]] = {}
    for c in range(width):
        path: list[str] = []
        for level in levels:
            v = level[c]
            if v is not None and str(v).strip() and (not path or path[-1] != str(v)):
                path.append(str(v))
        every[c] = path
        if len(path) >= 2:
            groups[c], sub[c] = " / ".join(path[:-1]), path[-1]
            parents[c] = path[-2]
        elif path and top[c] is None:
            sub[c] = path[0]
        elif path:
            groups[c] = path[0]
    return top, groups, sub, parents, every
