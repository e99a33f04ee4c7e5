"""Codes explained by a codebook: the raw sheets of one workbook in, the codebook's codes out; a data
sheet and those codes in, the sheet with each coded column read as its labels out.

A database or statistics export may write a city, a status or the articles as numbers (`city_cd` 3,
`status_cd` 1, `art_cd` `1|8`) and explain every code on a sheet of its own, often hidden: a codebook of three
columns, the data column a code belongs to, the code, and what it means (`variable | code | label`,
`переменная | код | значение`; the header words are `vocab/codebook_headers.csv`). A sheet is such a codebook
when its first filled row (among the first HEADER_SEARCH) is exactly such a header (a cheap test that rules
out every other sheet at once) and at least MIN_CODES rows below it give a variable, a code and a label.

The codebook is no list: it is listed in the manifest with its codes (`codebook`) and none of its rows is read
as a case. In the workbook's other sheets, the header row is the row (among the first HEADER_SEARCH) that
names the most of the codebook's variables; each column it names as a variable, whose filled cells are mostly
(COLUMN_SHARE) its codes, is read through the codebook before anything else reads the sheet: each code becomes
its label, several codes in one cell (`1|8`, `1; 8`) become their labels joined by "; ", and the labels are
then read by the usual parsers (`ст. 405 ч. 2 УК РК` as an article, `г. Алматы` as a city). A cell that holds
a code the codebook does not give (or text that is no code) is left empty with an `unknown_code` problem row:
a code is never read as a number of something else (`1|8` is no pair of articles). The manifest names each
column read through the codebook (`codebook_columns`). A variable coded only 1 and 0 is a yes/no flag, read as
written (its labels are sentences about the flag, not the yes or no the column's reader understands).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

import numpy as np
import pandas as pd

from .config import VOCAB_DIR
from .parse.text import match_key
from .read import RawSheet

MIN_CODES = 3
COLUMN_SHARE = 0.5
HEADER_SEARCH = 30
PROBLEM = "unknown_code"
_SEPARATORS = re.compile(r"\s*[|;,/]\s*")
_WHOLE_NUMBER = re.compile(r"(-?\d+)\.0+")
_FLAG_CODES = frozenset({"0", "1"})


@cache
def _roles() -> dict[str, str]:
    """{header word key: role} of `vocab/codebook_headers.csv` (variable, code, label)."""
    table = pd.read_csv(VOCAB_DIR / "codebook_headers.csv", dtype=str, keep_default_na=False)
    return {match_key(a): r for a, r in zip(table["alias"], table["role"]) if match_key(a)}


def _code(value: str) -> str:
    """A code as the codebook and the data both write it: `3.0` is `3`."""
    value = str(value).strip()
    whole = _WHOLE_NUMBER.fullmatch(value)
    return whole.group(1) if whole else value


def codebook_of(sheet: RawSheet) -> dict[str, dict[str, str]] | None:
    """{variable: {code: label}} of a codebook sheet, or None where the sheet is not one."""
    cells = sheet.cells
    filled = cells.iloc[:HEADER_SEARCH].notna().to_numpy()  # the top only: a codebook's header opens it
    rows = filled.any(axis=1).nonzero()[0]
    if not len(rows) or filled[rows[0]].sum() != 3:
        return None  # the cheap test: a codebook opens with a header of three cells
    first = rows[0]
    columns = filled[first].nonzero()[0]
    roles = {_roles().get(match_key(cells.iat[first, c])): c for c in columns}
    if set(roles) != {"variable", "code", "label"}:
        return None
    body = cells.iloc[first + 1:, [roles["variable"], roles["code"], roles["label"]]].dropna()
    if len(body) < MIN_CODES:
        return None
    book: dict[str, dict[str, str]] = {}
    for variable, code, label in body.itertuples(index=False):  # a codebook is small: a few dozen rows
        book.setdefault(str(variable).strip(), {})[_code(code)] = str(label).strip()
    return book


def workbook_codebooks(sheets: list[RawSheet]) -> dict[str, dict[str, dict[str, str]]]:
    """The codebook sheets of one workbook, by sheet name, with their codes."""
    found = {sheet.sheet: codebook_of(sheet) for sheet in sheets}
    return {name: book for name, book in found.items() if book}


@dataclass
class Coded:
    """What reading a sheet through a codebook did: cells spelled out per column, and the cells whose
    code the codebook does not give (row number, column header, value)."""

    columns: dict[str, int] = field(default_factory=dict)
    unknown: list[tuple[int, str, str]] = field(default_factory=list)


def _label_of(value: str, codes: dict[str, str]) -> str | None:
    """The label of a code, or the labels of several codes joined by "; "; None where a part is no code."""
    whole = codes.get(_code(value))
    if whole is not None:
        return whole
    parts = [p for p in _SEPARATORS.split(str(value).strip()) if p]
    labels = [codes.get(_code(p)) for p in parts]
    if len(parts) < 2 or any(label is None for label in labels):
        return None
    return "; ".join(dict.fromkeys(labels))


def read_through(sheet: RawSheet, book: dict[str, dict[str, str]]) -> tuple[RawSheet, Coded]:
    """The sheet with each column its header names as a codebook variable read as the codes' labels."""
    coded = Coded()
    variables = {match_key(v): v for v, codes in book.items() if set(codes) - _FLAG_CODES}
    if not variables or sheet.cells.empty:
        return sheet, coded
    top = sheet.cells.iloc[:HEADER_SEARCH]
    values = top.to_numpy(dtype=object)  # a few rows: one look per filled cell, whatever each column's type
    filled = ~pd.isna(values)
    found = np.zeros(values.shape, dtype=bool)
    found[filled] = [match_key(v) in variables for v in values[filled]]
    named = pd.DataFrame(found, index=top.index, columns=top.columns)
    counts = named.sum(axis=1).to_numpy()
    if not counts.any():
        return sheet, coded
    header = int(counts.argmax())
    cells = sheet.cells.copy()
    for c in np.nonzero(named.iloc[header].to_numpy())[0]:
        written = str(sheet.cells.iat[header, c]).strip()
        codes = book[variables[match_key(written)]]
        values = cells.iloc[header + 1:, c].dropna()
        if values.empty:
            continue
        labels = {v: _label_of(v, codes) for v in pd.unique(values)}
        read = values.map(labels)
        if read.notna().mean() < COLUMN_SHARE:
            continue  # mostly no codes of the variable (a data dictionary's `name | text | full name`): as written
        column = cells[c].copy()
        column.loc[read.index] = read.to_numpy()
        cells[c] = column
        coded.columns[written] = int(read.notna().sum())
        positions = cells.index.get_indexer(read.index[read.isna().to_numpy()])
        coded.unknown.extend((int(sheet.row_numbers[p]), written, str(values.iloc[i]))
                             for i, p in zip(np.nonzero(read.isna().to_numpy())[0], positions))
    return replace(sheet, cells=cells), coded


def codebook_problems(sheet: RawSheet, coded: Coded, case_rows: set[int]) -> list[pd.DataFrame]:
    """An `unknown_code` problem row for each cell whose code the codebook does not give."""
    from .values import problem_frame

    frames = []
    for row, column, value in coded.unknown:
        frames.append(problem_frame(sheet, np.array([row]), column, [value], PROBLEM,
                                    f"{value!r} in {column!r} is no code of the workbook's codebook: left empty, "
                                    "not read as a value; add the code to the codebook or write the value itself",
                                    row in case_rows))
    return frames


def codebook_sheet(sheet: RawSheet, book: dict[str, dict[str, str]]):
    """A codebook (see the module docstring): not a list, so no row of it is read; the manifest lists its codes."""
    from .sheet import SheetResult, _empty_info
    from .table_spec import empty

    info = _empty_info(sheet)
    info["note"] = "a codebook (variable | code | label): its codes read as their labels in the workbook's other sheets, not a list"
    info["codebook"] = {variable: dict(codes) for variable, codes in book.items()}
    return SheetResult(empty("cases"), empty("charges"), [], info)


def clean_coded_sheet(sheet: RawSheet, book: dict[str, dict[str, str]], clean):
    """`clean(sheet)` of the sheet read through the workbook's codebook, with its manifest entry saying which
    columns were read so and a problem row for each code the codebook does not give."""
    sheet, coded = read_through(sheet, book)
    result = clean(sheet)
    if coded.columns:
        result.info["codebook_columns"] = dict(coded.columns)
    if coded.unknown:
        kept = set(pd.to_numeric(result.cases["source_row"], errors="coerce").dropna().astype(int))
        result.problems.extend(codebook_problems(sheet, coded, kept))
    return result
