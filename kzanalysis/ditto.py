"""Cells that say "as in the row above": ditto marks, and blank cells where the list says so. A sheet's
data block in (its rows classified), the block with those cells given the value above out.

- *A ditto mark is the value above* (`vocab/ditto_marks.csv`: `-//-`, `"`, `〃`, `то же`, `см. выше`,
  `same`, `ditto`, `as above`, `сол`, `жоғарыдағыдай`). A cell of a field column (not the name, the row's
  number or the notes) that holds only a ditto mark takes the value of the nearest case row above it in
  the same column (where that row has a mark too, the value it took); never across a row that is not a
  case (a heading, a note, a total), so a group's marks never reach into the group above. A ditto mark
  with nothing above to take (the first case row of its run, or a cell above that is blank or says "not
  given") is left blank with a `ditto_nothing_above` problem row: never a guess from further up. Each column is worked at once (the
  marks masked, then a forward fill within each run of case rows).
- *A blank cell is the value above only where the list states it.* A line above the header that says a
  blank cell repeats the row above (a word of `vocab/blank_as_above_words.csv` of kind `blank` and one of
  kind `above`: `пустая ячейка = как в строке выше`, `blank = same as above`) makes the rows that leave
  both their place and their charges blank later rows of a group case: their blank place (town and
  region), charges and verdict date are those of the nearest case row above. Nothing else is filled,
  so a person's own cells (name, year of birth, measure, dates of their own) never are; the manifest
  says the statement was applied (`blank_as_above`).
"""
from __future__ import annotations

import csv
import re
from functools import cache

import numpy as np
import pandas as pd

from .config import VOCAB_DIR
from .headers import HeaderMap
from .parse.blank import is_not_given
from .parse.text import clean_spaces, match_key
from .read import RawSheet
from .values import problem_frame

MARKS_FILE = VOCAB_DIR / "ditto_marks.csv"
BLANK_FILE = VOCAB_DIR / "blank_as_above_words.csv"
PROBLEM = "ditto_nothing_above"
MAX_LENGTH = 30  # longer than any mark of the vocabulary: a longer cell is read, never a mark
# the columns a ditto mark never stands for: who the person is, the row's number, free notes
NOT_DITTO = {"row_number", "name", "first_name", "patronymic", "notes"}
# what a group case's later rows share with its first row, where the list says blanks repeat the row above
GROUP_FIELDS = ("city", "region", "articles", "sentenced_on")
_SPACE = re.compile(r"\s+")
_LETTER = re.compile(r"[^\W\d_]")


@cache
def _marks() -> tuple[frozenset[str], frozenset[str]]:
    """(marks of words, by match key; marks of signs only, by their characters without spaces)."""
    words, signs = set(), set()
    with MARKS_FILE.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            mark = (row["mark"] or "").strip()
            if not mark:
                continue
            (words.add(match_key(mark)) if _LETTER.search(mark) else signs.add(_SPACE.sub("", mark)))
    return frozenset(words), frozenset(signs)


def is_ditto(value: object) -> bool:
    """True where a cell holds only a ditto mark."""
    if not isinstance(value, str):
        return False
    words, signs = _marks()
    text = value.strip()
    if not text:
        return False
    return match_key(text) in words if _LETTER.search(text) else _SPACE.sub("", text) in signs


def _ditto_cells(cells: pd.Series) -> np.ndarray:
    """True where the cell is a ditto mark, each distinct value read once."""
    codes, distinct = pd.factorize(cells)
    text = pd.Series(np.asarray(distinct, dtype=object), dtype=object)
    short = text.map(type).eq(str).to_numpy().copy()  # only a short text cell with no digit may be a mark
    if short.any():
        words = text[short].astype(str)
        short[short] = (words.str.len().le(MAX_LENGTH) & ~words.str.contains(r"\d", regex=True)).to_numpy()
    found = np.zeros(len(distinct) + 1, dtype=bool)
    found[np.flatnonzero(short)] = [is_ditto(v) for v in text[short]]
    return found[codes]


def _runs(kinds: pd.DataFrame, continued: pd.Series | None) -> np.ndarray:
    """A number for each run of rows between two rows that are not cases (blank rows and the rows a
    case ran onto do not part a run)."""
    breaks = kinds["kind"].eq("not_a_case")
    if continued is not None:
        breaks &= continued.reindex(kinds.index).isna()
    return breaks.cumsum().to_numpy()


_NOTHING = "\x00nothing"  # (no cell holds \x00) a case row's cell that is blank or says "not given": nothing for a ditto below to take


def _filled_from_above(cells: pd.Series, take: np.ndarray, case: np.ndarray, runs: np.ndarray,
                       blank_stops: bool = False) -> pd.Series:
    """The value of the nearest case row above each row (within its run), `take` cells left out as
    sources (they take theirs from above in turn). With `blank_stops`, a blank or "not given" cell is that
    row's value: a ditto under it has nothing to take (NA); else such rows are passed over."""
    values = cells.to_numpy(dtype=object)
    real = cells.notna().to_numpy() & case & ~take
    if blank_stops:
        codes, distinct = pd.factorize(cells)
        given = np.array([not is_not_given(str(v)) for v in distinct] + [False], dtype=bool)[codes]
        values = np.where(real & ~given, _NOTHING, values)
        real = case & ~take
        values = np.where(real & ~cells.notna().to_numpy(), _NOTHING, values)
    source = pd.Series(values, index=cells.index, dtype=object).where(real)
    filled = source.groupby(runs).ffill()
    return filled.mask(filled.eq(_NOTHING).fillna(False).astype(bool))


def fill_dittos(block: pd.DataFrame, header: HeaderMap, kinds: pd.DataFrame, sheet: RawSheet,
                continued: pd.Series | None = None) -> tuple[pd.DataFrame, list[pd.DataFrame], int]:
    """(block with each ditto mark replaced by the value above, problem rows, count of marks filled)."""
    case = kinds["kind"].eq("case").reindex(block.index, fill_value=False).to_numpy()
    columns = [c for c, f in header.fields.items() if f not in NOT_DITTO and c in block.columns]
    if not case.any() or not columns:
        return block, [], 0
    out, problems, filled, runs = block, [], 0, None
    for c in columns:
        cells = block[c]
        if cells.dtype != object and not pd.api.types.is_string_dtype(cells.dtype):
            continue
        marks = _ditto_cells(cells) & case
        if not marks.any():
            continue
        if runs is None:
            runs = _runs(kinds.reindex(block.index), continued)
            out = block.copy()
        above = _filled_from_above(cells, marks, case, runs, blank_stops=True)
        values = cells.astype(object).where(~marks, above)
        out[c] = values.astype(cells.dtype) if pd.api.types.is_string_dtype(cells.dtype) else values
        lost = marks & above.isna().to_numpy()
        filled += int(marks.sum() - lost.sum())
        if lost.any():
            rows = block.index[lost].to_numpy()
            problems.append(problem_frame(sheet, rows, header.written.get(c, ""), cells[lost].astype(str).to_numpy(), PROBLEM,
                                          "a ditto mark (\"as above\") with no value above it in this column to take: left blank",
                                          True))
    return out, problems, filled


@cache
def _statement_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    kinds: dict[str, set[str]] = {"blank": set(), "above": set()}
    with BLANK_FILE.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            key = match_key(row["words"] or "")
            if key and row["kind"] in kinds:
                kinds[row["kind"]].add(key)
    return tuple(re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(kinds[k], key=len, reverse=True)) + r")(?!\w)")
                 for k in ("blank", "above"))  # type: ignore[return-value]


def blank_statement(sheet: RawSheet, header: HeaderMap) -> str | None:
    """The line above the header that says a blank cell repeats the row above, or None."""
    if not header.header_rows or header.header_rows[0] == 0:
        return None
    blank, above = _statement_words()
    for cells in sheet.cells.iloc[: header.header_rows[0]].to_numpy(dtype=object).tolist():  # a few title lines
        line = clean_spaces(" ".join(str(v) for v in cells if not pd.isna(v)))
        key = match_key(line) if line else ""
        if key and blank.search(key) and above.search(key):
            return line
    return None


def fill_stated_blanks(block: pd.DataFrame, header: HeaderMap, kinds: pd.DataFrame, sheet: RawSheet,
                       continued: pd.Series | None = None) -> tuple[pd.DataFrame, dict | None]:
    """(block with a group case's blank place, charges and verdict date filled from the row above, where
    a line above the header says blanks repeat the row above; what was applied, for the manifest)."""
    cols = {f: c for c, f in header.fields.items() if f in GROUP_FIELDS and c in block.columns}
    place = [cols[f] for f in ("city", "region") if f in cols]
    if not place or "articles" not in cols:
        return block, None
    line = blank_statement(sheet, header)
    if line is None:
        return block, None
    case = kinds["kind"].eq("case").reindex(block.index, fill_value=False).to_numpy()
    group_row = case & block[[*place, cols["articles"]]].isna().all(axis=1).to_numpy()
    if not group_row.any():
        return block, None
    runs = _runs(kinds.reindex(block.index), continued)
    out, filled_cols, n = block.copy(), [], 0
    for f, c in cols.items():
        cells = block[c]
        blank = group_row & cells.isna().to_numpy()
        if not blank.any():
            continue
        above = _filled_from_above(cells, np.zeros(len(cells), dtype=bool), case, runs)
        take = blank & above.notna().to_numpy()
        if not take.any():
            continue
        values = cells.astype(object).where(~take, above)
        out[c] = values.astype(cells.dtype) if pd.api.types.is_string_dtype(cells.dtype) else values
        filled_cols.append(header.written.get(c, f))
        n += int(take.sum())
    if not n:
        return block, None
    return out, {"statement": line[:160], "columns": filled_cols, "rows": int(group_row.sum()), "cells": n}
