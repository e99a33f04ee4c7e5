"""Codes explained by a legend: the raw sheets of one workbook in, the codes its legend gives out;
a data block and those codes in, the block with each code read as its meaning out.

A statistics workbook may write each measure as a short code (`ЛС`, `УО`, `ДА`) and explain the
codes once, on a sheet of their own (`Легенда`, `Условные обозначения`): two columns, the code and
what it means (`ЛС` | `лишение свободы`). A sheet is such a legend when
- no row of it has more than two filled cells, and they sit in two columns (a title line above in
  the first column is allowed);
- it has at least MIN_CODES rows of a code and its meaning, and nearly all (SHARE) of its two-cell
  rows are so: the code one short word (at most MAX_CODE characters, no space, a letter in it),
  the meaning longer than the code, in words (a space, or small letters: `штраф`), not capitals alone.
A legend sheet is not a list: it is listed in the manifest with its codes (`legend`), and none of
its rows is read as a case. A legend typed under a list (the rows after its last row of more than
two filled cells, laid out so) explains the codes of that sheet; its rows are dropped as a legend. In the workbook's other sheets, a column whose filled cells are mostly
(COLUMN_SHARE) codes of the legend, written exactly as the legend writes them, is read with each
code replaced by its meaning, which then goes through the usual parsers (`УО` is read as
`условное осуждение`: probation). A cell that is not a code is left as written.
"""
from __future__ import annotations

import re

import pandas as pd

from .read import RawSheet

MIN_CODES = 3
SHARE = 0.8
COLUMN_SHARE = 0.5
MAX_CODE = 8
_CODE = re.compile(rf"(?=[^\s]*[^\W\d_])[^\s]{{1,{MAX_CODE}}}")


def _code_rows(cells: pd.DataFrame) -> pd.Series | None:
    """The rows of code and meaning (True) of cells laid out as a legend, or None where they are not one."""
    used = cells.columns[cells.notna().any().to_numpy()]  # no copy of a sheet that is plainly not a legend
    if len(used) != 2:
        return None
    cells = cells[used]
    both = cells.notna().all(axis=1)
    if both.sum() < MIN_CODES:
        return None
    pairs = cells.loc[both].apply(lambda col: col.astype("string").str.strip())
    code, meaning = pairs.iloc[:, 0], pairs.iloc[:, 1]
    looks = (code.str.fullmatch(_CODE).fillna(False) & (meaning.str.len() > code.str.len())
             & (meaning.str.contains(r"\s") | meaning.ne(meaning.str.upper()))).astype(bool)
    if looks.sum() < MIN_CODES or looks.mean() < SHARE or code[looks].duplicated().any():
        return None
    return looks.reindex(cells.index, fill_value=False)


def _codes(cells: pd.DataFrame, rows: pd.Series) -> dict[str, str]:
    pairs = cells.loc[rows].dropna(axis=1, how="all")
    return dict(zip(pairs.iloc[:, 0].str.strip(), pairs.iloc[:, 1].str.strip()))


def legend_codes(sheet: RawSheet) -> dict[str, str] | None:
    """The codes a legend sheet explains ({code: meaning}), or None where the sheet is not a legend."""
    rows = _code_rows(sheet.cells)
    return None if rows is None else _codes(sheet.cells, rows)


def legend_below(block: pd.DataFrame) -> tuple[dict[str, str], pd.Index]:
    """A legend typed under the table (the rows after its last row of more than two filled cells, laid
    out as a legend sheet is): its codes and its rows; none where there is no such legend."""
    wide = (block.notna().sum(axis=1) > 2).to_numpy().nonzero()[0]
    tail = block.iloc[wide[-1] + 1:] if len(wide) else block.iloc[:0]
    rows = _code_rows(tail) if len(tail) else None
    if rows is None:
        return {}, block.index[:0]
    return _codes(tail, rows), tail.index[rows.to_numpy()]


def workbook_legends(sheets: list[RawSheet]) -> dict[str, dict[str, str]]:
    """The legend sheets of one workbook, by sheet name, with their codes."""
    found = {}
    for sheet in sheets:
        codes = legend_codes(sheet)
        if codes:
            found[sheet.sheet] = codes
    return found


def spell_out_codes(block: pd.DataFrame, codes: dict[str, str], skip: pd.Index | None = None) -> tuple[pd.DataFrame, dict[int, int]]:
    """The block with the codes of the legend read as their meaning in each column mostly written in
    codes (the rows of `skip`, a legend under the table, left as written), and how many cells of
    each such column were spelled out."""
    if not codes or block.empty:
        return block, {}
    spelled: dict[int, int] = {}
    out = block
    rest = block if skip is None or not len(skip) else block.drop(index=skip)
    for c in block.columns:
        values = rest[c].dropna()
        if values.empty:
            continue
        stripped = values.str.strip()
        is_code = stripped.isin(codes.keys())
        if is_code.mean() < COLUMN_SHARE:
            continue
        if out is block:
            out = block.copy()
        out.loc[values.index[is_code.to_numpy()], c] = stripped[is_code].map(codes).to_numpy()
        spelled[int(c)] = int(is_code.sum())
    return out, spelled


def legend_columns(spelled: dict[int, int], written: dict[int, str]) -> dict[str, int]:
    """{header as written: cells spelled out} for the manifest."""
    return {written.get(c, f"column {c + 1}"): n for c, n in sorted(spelled.items())}

