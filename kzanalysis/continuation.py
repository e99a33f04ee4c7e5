"""Rows that continue the case above them: a sheet's data block and row kinds in, the block with
each case's cells completed and the continuing rows accounted for out.

A list typed by hand wraps long cells by pressing Enter in the next row instead of inside the
cell: one person is then a block of rows, the first with the number, the name and the first part
of each long cell, the rows below holding the rest (a second article, `на 5 лет`, `приговор
02.09.2021`, the end of a note), with no merged cells to say so. A row is such a continuation when
- the sheet names its people: it has a name column and nearly all (80%) of its case rows fill it;
- the row gives no identity of its own: no name (a patronymic alone is the rest of the name above), no
  number in a `№` column, no year of birth, no place (a case whose name is missing still has those, and
  stays a case);
- it sits directly under a case row that does (or under another continuation of it), with no blank
  row between;
- each of its filled cells is in a column that the case row fills too: it continues those cells;
- it is not a lone cell at the left of the sheet, where a section heading is typed (sections.py), nor a
  page's number on a line of its own (`- 3 -`, `стр. 3`, `Page 3 of 12`), wherever a PDF converter put it;
- the sheet is typed so: at least three such rows, and one for every twenty named cases. A lone line
  under one case (`released 01.02.2022` under a status) is a note on it, dropped as before.
Its cells are appended to the case row's cells, joined by a space, before any cell is parsed, and the
row is dropped as a `continuation_row` naming the row it continues: nothing it holds is lost.
Every step works on whole columns of the sheet.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .headers import HeaderMap
from .rows import HEADING_REASON

# Fields that say who a row is about: a row filling one of them starts a case of its own.
IDENTITY_FIELDS = ("row_number", "name", "first_name", "patronymic", "birth_year", "city", "region")
# The share of a sheet's case rows that must name their person before rows without a name are read as continuations.
NAMED_SHARE = 0.8
PROBLEM = "continuation_row"
# The sheet is typed in blocks: at least this many such rows, and this share of its named cases.
MIN_ROWS, MIN_SHARE = 3, 0.05


# A printed page's number on a line of its own (`- 3 -`, `стр. 3`, `Page 3 of 12`, `3/12`): no wrapped rest.
_PAGE_NUMBER = r"(?i)\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:стр|страница|page|p|бет)\.?\s*\d{1,4}(?:\s*(?:из|of|/)\s*\d{1,4})?|\d{1,4}\s*(?:/|из|of)\s*\d{1,4})\s*"


def _page_numbers(block: pd.DataFrame, lone: pd.Series) -> pd.Series:
    """Of the rows filling one cell (`lone`), those whose cell is a page number."""
    out = pd.Series(False, index=block.index)
    if lone.any():
        cells = block.loc[lone].stack().astype("string")
        hit = cells.str.fullmatch(_PAGE_NUMBER).fillna(False).astype(bool)
        out[cells.index.get_level_values(0)[hit.to_numpy()]] = True
    return out


_PATRONYMIC = r"\s*[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:ович|евич|овна|евна|ична|қызы|кызы|ұлы|улы)\s*"


def _lone_patronymic(block: pd.DataFrame, name_cols: list, where) -> pd.Series:
    """Of the rows `where` says, those whose name cells hold one word only, a patronymic."""
    out = pd.Series(False, index=block.index)
    if not where.any():
        return out
    texts = block.loc[where, name_cols].astype("string")
    one = texts.notna().sum(axis=1).eq(1)
    if one.any():
        word = texts.loc[one].bfill(axis=1).iloc[:, 0]
        out[word.index] = word.str.fullmatch(_PATRONYMIC).fillna(False).astype(bool).to_numpy()
    return out


def continuations(block: pd.DataFrame, header: HeaderMap, kinds: pd.DataFrame) -> pd.Series:
    """For each row of the block, the row (as a spreadsheet shows it) of the case it continues, or NA."""
    none = pd.Series(pd.NA, index=block.index, dtype="Int64")
    name_cols = [c for c, f in header.fields.items() if f in ("name", "first_name", "patronymic") and c in block.columns]
    if block.empty or not name_cols:
        return none
    filled = block.notna()
    identity_cols = [c for c, f in header.fields.items() if f in IDENTITY_FIELDS and c in block.columns]
    # A first test on the cells' fill alone: a continuation fills some cell and no identity cell, and a
    # sheet typed so has at least MIN_ROWS of them (most sheets have none: every row names its person).
    fill = filled.to_numpy()
    # a patronymic alone in the name cell, the rest of a name wrapped onto the next row (`Сарсенбаев Галым` over
    # `Жумабаевич`), is no identity of its own: looked for in the rows that give no other identity
    others = fill[:, block.columns.get_indexer([c for c in identity_cols if c not in name_cols])].any(axis=1)
    rest_of_name = _lone_patronymic(block, name_cols, ~others & fill[:, block.columns.get_indexer(name_cols)].any(axis=1))
    loose = (~fill[:, block.columns.get_indexer(identity_cols)].any(axis=1) | rest_of_name.to_numpy()) & fill.any(axis=1)
    if loose.sum() < MIN_ROWS:
        return none
    has_identity = filled[identity_cols].any(axis=1) & ~rest_of_name
    named = filled[name_cols].any(axis=1)
    case = kinds["kind"].eq("case")
    if not case.any() or named[case].mean() < NAMED_SHARE:
        return none
    too_little = kinds["kind"].eq("not_a_case") & kinds["reason"].eq(HEADING_REASON).fillna(False)
    n_filled = filled.sum(axis=1)
    at_left = filled[list(block.columns[:2])].any(axis=1)
    # a row filling only ignored columns (a survey tool's ids and times of an abandoned response) continues nothing
    read_cols = [c for c in block.columns if c not in header.ignored_written]
    candidate = (case | too_little) & ~has_identity & filled[read_cols].any(axis=1) & ~((n_filled == 1) & at_left)
    candidate &= ~_page_numbers(block, candidate & (n_filled == 1))
    # Each run of candidate rows belongs to the row right above the run; that row must be a case with an identity.
    head_pos = pd.Series(np.where(~candidate.to_numpy(), np.arange(len(block)), np.nan), index=block.index).ffill()
    head_ok = pd.Series((case & has_identity).to_numpy(), index=block.index)
    # the head row's filled cells, carried down its run
    head_filled = filled.where(~candidate, axis=0).ffill().fillna(False).astype(bool)
    inside = ~(filled & ~head_filled).any(axis=1)  # every filled cell continues a cell of the head row
    valid_head = head_pos.notna()
    head_is_case = pd.Series(False, index=block.index)
    head_is_case[valid_head] = head_ok.to_numpy()[head_pos[valid_head].astype(int).to_numpy()]
    # a run stops at its first row that does not continue the head row's cells
    inside = (inside | ~candidate).groupby(head_pos.fillna(-1).to_numpy()).cummin().astype(bool)
    found = candidate & valid_head & head_is_case & inside
    if found.sum() < max(MIN_ROWS, MIN_SHARE * int((case & named).sum())):
        return none  # a lone line under one case is a note on it (as before), not a habit of the sheet
    out = none.copy()
    out[found] = block.index.to_numpy()[head_pos[found].astype(int).to_numpy()]
    return out


def join_continuations(block: pd.DataFrame, kinds: pd.DataFrame, of: pd.Series) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The block with each continued case's cells followed by its continuations' cells (joined by a
    space, in row order), and the kinds with the continuations dropped as not cases."""
    rows = of.dropna()
    if rows.empty:
        return block, kinds
    block = block.copy()
    more = block.loc[rows.index]
    heads = rows.astype(int).to_numpy()
    for c in more.columns[more.notna().any().to_numpy()]:
        part = more[c].dropna().astype("string")
        added = part.groupby(heads[more[c].notna().to_numpy()], sort=False).agg(" ".join)
        before = block.loc[added.index, c].astype("string")
        block.loc[added.index, c] = (before.fillna("") + " " + added).str.strip().to_numpy()
    kinds = kinds.copy()
    kinds.loc[rows.index, "kind"] = "not_a_case"
    kinds.loc[rows.index, "reason"] = ("continues row " + rows.astype(int).astype(str)
                                       + " (a cell wrapped onto the next row): its cells were read with that row")
    return block, kinds
