"""Tables stacked on one sheet, each with its own header row: a sheet in, its tables cut apart.

An annual report's annex puts "A. Convicted" (Sentence, Detained, Verdict date) and, below it, "B. Under
investigation" with a header of its own whose columns sit in the same places but mean other things
(Measure of restraint, Date charged, Investigating authority). Read under the first header, the second
header row would be a case and the second table's cells would be read as the first table's fields.

A row below the header starts a new table when it reads as a header itself:
- it fills MIN_CELLS cells or more, none holding a digit (a case row holds dates, years, articles), and
- most of its cells (HEADER_SHARE) are header words (an alias or a keyword of a column, read as any header
  row is), naming a person or a charge and one more field, as a header row must, and
- it is not the header repeated (a printed list repeats its header on every page: rows.py drops that row),
  but for the first header again below a further table's (a page whose header a PDF converter moved one
  column over, `№ ФИО` glued in one cell, and the next page as before): the rows below it are read under it.
A row above the header found (the header naming the most fields) that reads as a header too, with rows of values
(a digit) below it, opens a table above it, which is read as well.
The sheet is then read as one table per header, each table's columns named by its own header (headers.py),
the rows below it read under it; a further table's header row is dropped, with that reason. The tables' counts
add up in the sheet's manifest entry, which lists each further table's header and columns (`further_tables`).
A further table whose header is not found on its first row is not cut off: the sheet is then read as one table.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from .read import RawSheet

MIN_CELLS = 3
HEADER_SHARE = 2 / 3
REASON = "the header row of a further table on the sheet (the rows below it are read under it)"


def _header_word(value: object, overrides: dict[str, str]) -> bool:
    from .headers import _row_field, guess_field

    return _row_field(value, overrides) is not None or guess_field(value) is not None


def further_headers(sheet: RawSheet, header, overrides: dict[str, str] | None = None) -> list[int]:
    """The positions (in sheet.cells) where the sheet is cut into tables: the rows below the header that open
    tables of their own and, where a table with a header of its own stands above the header found (which named
    more fields), that header's row, so that the table above is read too."""
    from .headers import _key
    from .rows import _repeated_header

    cells = sheet.cells
    first, top = header.first_data_row, header.header_rows[0]
    if not cells.shape[1] or len(cells) < 2:
        return []
    enough = (cells.notna().sum(axis=1) >= MIN_CELLS).to_numpy()
    if not enough[:top].any() and not enough[first:].any():
        return []
    digits = np.zeros(len(cells), dtype=bool)
    for c in cells.columns:  # a column at a time: most sheets have a digit in nearly every row, found in a column or two
        # only the rows with no digit so far are looked at (whether a cell holds a digit is the cell's own: pandas'
        # Arrow and Python regexes agree on it, whichever pandas takes for the cells it is given)
        pending = np.flatnonzero(~digits)
        if not len(pending):
            break
        col = cells[c].iloc[pending]
        col = col if isinstance(col.dtype, pd.StringDtype) else col.astype("string")
        digits[pending] |= col.str.contains(r"\d", regex=True).fillna(False).to_numpy(dtype=bool)
    candidates = np.flatnonzero(enough & ~digits)
    below = candidates[candidates >= first]
    above = candidates[candidates < top]
    if not len(below) and not len(above):
        return []
    overrides = {_key(k): v for k, v in (overrides or {}).items()}
    # most of a candidate's cells header words: each distinct cell judged once
    at = np.concatenate([above, below])
    looked = cells.iloc[at]
    words = {v for v in pd.unique(looked.stack()) if _header_word(v, overrides)}
    keep = at[looked.isin(words).sum(axis=1).to_numpy() >= HEADER_SHARE * looked.notna().sum(axis=1).to_numpy()]
    above, below = above[np.isin(above, keep)], below[np.isin(below, keep)]
    found = []
    if len(below):
        repeated = _repeated_header(cells.iloc[below], header).to_numpy(dtype=bool)
        for pos, again in zip(below, repeated):
            row = _filled(cells.iloc[pos])
            if again and not _other_fields(row, header, overrides) and not found:
                continue  # the header repeated (rows.py drops it)
            if again and found and _filled(cells.iloc[found[-1]]) == row:
                continue  # the further table's header repeated
            if _reads_as_header(row, overrides):
                found.append(int(pos))  # a new header, or the first one again after a further table's
    # a table above, each of its headers followed by rows of values (a digit) before the next header
    heads = [int(p) for p in above if _reads_as_header(_filled(cells.iloc[p]), overrides)]
    heads = [p for p, nxt in zip(heads, [*heads[1:], top]) if digits[p + 1: nxt].any()]
    return ([*heads[1:], top] if heads else []) + found


def _filled(row: pd.Series) -> dict[int, object]:
    return {c: v for c, v in row.items() if v is not None and v is not pd.NA and pd.notna(v)}


def _reads_as_header(cells: dict[int, object], overrides: dict[str, str]) -> bool:
    """Most of the cells are header words, and they name a person or a charge and one more field."""
    from .headers import _row_field, _score

    words = sum(_header_word(v, overrides) for v in cells.values())
    return words >= HEADER_SHARE * len(cells) and bool(_score([_row_field(v, overrides) for v in cells.values()]))


def _other_fields(cells: dict[int, object], header, overrides: dict[str, str]) -> bool:
    """Some cell of a row that repeats half the header or more is another header's word, naming another field
    than the header gives its column (`Мера пресечения` where the header has `Приговор`): a new table's header."""
    from .headers import _row_field
    from .rows import cell_keys

    for (c, v), key in zip(cells.items(), cell_keys(list(cells.values()))):
        if key in header.cell_keys.get(c, ()):
            continue
        named = _row_field(v, overrides)
        if named is not None and named != header.fields.get(c):
            return True
    return False


def part(sheet: RawSheet, start: int, stop: int) -> RawSheet:
    """The rows start..stop-1 of a sheet as a sheet of their own (row numbers, merges and formulas kept)."""
    merged = [(r0 - start, c0, min(r1, stop - 1) - start, c1) for r0, c0, r1, c1 in sheet.merged if start <= r0 < stop]
    formulas = [(pos - start, *rest) for pos, *rest in sheet.formulas if start <= pos < stop]
    return replace(sheet, cells=sheet.cells.iloc[start:stop].reset_index(drop=True), row_numbers=sheet.row_numbers[start:stop],
                   merged=merged, formulas=formulas)


_LISTS = ("unmapped_columns", "guessed_columns", "content_columns", "ignored_columns")
_COUNTS = ("rows_read", "cases", "rows_dropped", "cases_undated")


def combine(sheet: RawSheet, results: list, starts: list[int]):
    """One SheetResult of the tables' results (the first table's, then each further one's), or None where a further
    table's header was not found on its first row (the sheet is then read as one table)."""
    from .rows import row_text
    from .sheet import SheetResult
    from .values import problem_frame

    first, further = results[0], results[1:]
    for result, start in zip(further, starts[1:]):
        if not result.info["header_rows"] or result.info["header_rows"][0] != int(sheet.row_numbers[start]):
            return None
    info = dict(first.info)
    problems = list(first.problems)
    info["further_tables"] = []
    for result in further:
        more = result.info
        header_rows = np.asarray(more["header_rows"])
        at = [int(np.flatnonzero(sheet.row_numbers == r)[0]) for r in header_rows]
        cells = sheet.cells.iloc[at].set_axis(header_rows)
        cells = cells.loc[cells.notna().any(axis=1).to_numpy()]
        shown = list(cells.index)
        problems.append(problem_frame(sheet, np.asarray(shown), "", row_text(cells).to_numpy(), "not_a_case",
                                      "not a case: " + REASON, False))
        problems.extend(result.problems)
        for key in _COUNTS:
            info[key] = int(info.get(key, 0)) + int(more.get(key, 0))
        info["rows_read"] += len(shown)
        info["rows_dropped"] += len(shown)
        info["header_rows"] = [*info["header_rows"], *more["header_rows"]]
        for key in ("columns", "mapped_by", "unmapped_look_like"):
            info[key] = {**info.get(key, {}), **{h: v for h, v in more.get(key, {}).items() if h not in info.get(key, {})}}
        info["values"] = {h: info.get("values", {}).get(h, 0) + more.get("values", {}).get(h, 0)
                          for h in {**info.get("values", {}), **more.get("values", {})}}
        for key in _LISTS:
            info[key] = [*info.get(key, []), *(h for h in more.get(key, []) if h not in info.get(key, []))]
        info["further_tables"].append({"header_rows": more["header_rows"], "columns": more["columns"],
                                       "rows_read": more["rows_read"] + len(shown), "cases": more["cases"]})
    cases, charges = (_stacked([getattr(r, name) for r in results]) for name in ("cases", "charges"))
    return SheetResult(cases, charges, problems, info)


def _stacked(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """The tables' frames one under another (an empty one adds nothing, and changes no column's type)."""
    given = [f for f in frames if len(f)]
    if len(given) <= 1:
        return (given or frames)[0].reset_index(drop=True)
    return pd.concat(given, ignore_index=True)
