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

A legend may also be a line of its own above or below the table, one cell of text (`RF = restricted
freedom; MCI = monthly calculation index`, `ОС – ограничение свободы`, `+ = да`, a label such as `Key:`
before it allowed): every part of the line (parts split by `;`, or by a comma before the next code) a
code (one short word of no small letters, or a sign) joined to its meaning by `=`, `–` or `—`. Its codes
are read as the legend's codes are (whole cells, in columns mostly of codes); and a code whose meaning
names a stage or a punishment (the status parser reads it) is read as its meaning where the list writes
it as a word of a cell (`RF 2 yrs` -> `restricted freedom 2 yrs`) of the status, the sentence or a column
no field was given (a note's `RF citizen` is left as written): the list abbreviates its measures so. The
line itself is dropped as a row of the legend.
"""
from __future__ import annotations

import re

import pandas as pd

from .headers import MEASURE_PARTNER, HeaderMap
from .parse import status
from .parse.text import clean_spaces
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


# One part of a legend line: a code (a short word with no small letter, or a sign), `=`, `–` or `—`, its meaning.
_PAIR = re.compile(rf"\s*(?P<code>[^\s=–—]{{1,{MAX_CODE}}})\s*[=–—]\s*(?P<meaning>[^=–—]*[^\W\d_][^=–—]*?)[\s.]*")

# Where a legend line's parts meet: `;`, or a comma before the next code (`HA = house arrest, PD = ...`).
_PARTS = re.compile(rf";|,(?=\s*[^\s=–—,]{{1,{MAX_CODE}}}\s*[=–—])")

# A label before a legend line's codes (`Key:`, `Условные обозначения:`): words and a colon.
_LABEL = re.compile(r"^\s*[^\W\d_][^:=–—]{0,40}:\s*(?=\S)")


def _line_codes(line: str) -> dict[str, str]:
    """The codes a legend line gives ({code: meaning}), or none where any part of the line is not a code and its meaning."""
    found = {}
    line = _LABEL.sub("", line, count=1)  # `Key:`, `Условные обозначения:` before the codes
    for part in _PARTS.split(line):
        if not part.strip():
            continue
        m = _PAIR.fullmatch(part)
        if m is None:
            return {}
        code, meaning = m.group("code"), clean_spaces(m.group("meaning"))
        if code != code.upper() or len(meaning) <= len(code) or code.strip(".,:") != code:
            return {}  # `Отметка «+» — да`, `Source: ...`: no code of a legend
        found[code] = meaning
    return found


def legend_lines(above: pd.DataFrame, block: pd.DataFrame) -> tuple[dict[str, str], pd.Index]:
    """The codes of legend lines (one cell of text each) above the header (`above`) and in the block, and
    the block's rows that are such lines."""
    codes: dict[str, str] = {}
    rows = []
    for part, of_block in ((above, False), (block, True)):
        lone = part.loc[part.notna().sum(axis=1).eq(1).to_numpy()]
        if lone.empty:
            continue
        text = lone.bfill(axis=1).iloc[:, 0].astype(str)
        may = text.str.contains(r"[=–—]", regex=True)
        for r, line in text[may].items():  # a few lines: those with a sign of a legend
            found = _line_codes(line)
            if found:
                codes.update(found)
                if of_block:
                    rows.append(r)
    return codes, pd.Index(rows, dtype=block.index.dtype)


def _names_a_measure(meaning: str) -> bool:
    read = status.parse_measure(meaning)
    return read.problem is None and read.value is not None and read.value.status not in (None, "unknown")


def spell_out_words(block: pd.DataFrame, codes: dict[str, str], columns: list[int], skip: pd.Index) -> tuple[pd.DataFrame, dict[int, int]]:
    """The block with each code whose meaning names a measure read as its meaning where it is a word of a cell
    (`RF 2 yrs`), in `columns` (those of the status, the sentence, and the columns no field was given), the rows
    of `skip` (the legend) left as written; how many cells of each column were spelled out."""
    measures = {code: meaning for code, meaning in codes.items() if _names_a_measure(meaning)}
    if not measures or block.empty:
        return block, {}
    words = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in sorted(measures, key=len, reverse=True)) + r")(?!\w)")
    spelled: dict[int, int] = {}
    out = block
    rest = block.drop(index=skip) if len(skip) else block
    for c in block.columns:
        if c not in columns:
            continue
        cells = rest[c].dropna().astype(str)
        distinct = pd.unique(cells)
        changed = {v: words.sub(lambda m: measures[m.group(0)], v) for v in distinct if words.search(v)}
        if not changed:
            continue
        if out is block:
            out = block.copy()
        hit = cells.isin(changed.keys())
        out.loc[cells.index[hit.to_numpy()], c] = cells[hit].map(changed).to_numpy()
        spelled[int(c)] = int(hit.sum())
    return out, spelled


def read_legends(block: pd.DataFrame, above: pd.DataFrame, header: HeaderMap, codes: dict[str, str],
                 info: dict) -> tuple[pd.DataFrame, pd.Index]:
    """The block with the codes of the workbook's legend (`codes`), of a legend under the table and of legend
    lines (above the header: `above`) read as their meaning; the block's rows that are a legend. `info` gets
    the sheet's own codes (`legend`) and the columns spelled out (`legend_columns`)."""
    below, rows = legend_below(block)
    lined, line_rows = legend_lines(above, block)
    own = {**lined, **below}
    rows = rows.union(line_rows)
    if own:
        info["legend"] = own
    codes = {**codes, **own}
    if not codes:
        return block, rows
    block, spelled = spell_out_codes(block, codes, rows)
    if lined:  # a code of a measure written as a word of a cell (`RF 2 yrs`)
        measures = [c for c, f in header.fields.items() if f in MEASURE_PARTNER] + list(header.unmapped_written)
        block, in_words = spell_out_words(block, lined, measures, rows)
        spelled = {**in_words, **spelled}
    if spelled:
        info["legend_columns"] = legend_columns(spelled, header.written)
    return block, rows
