"""Columns prepared before parsing: a data block and its header in, the block as the parsers read it out.

A name split over columns becomes one cell; columns under one merged header become one cell;
a unit or a date order that the header gives is carried into bare values.
"""
from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pandas as pd

from .headers import NAME_PARTS, HeaderMap
from .parse.text import clean_spaces_many, match_key


def join_name_parts(block: pd.DataFrame, header: HeaderMap) -> tuple[pd.DataFrame, HeaderMap]:
    """A name split over columns (`Surname | First name`, `Фамилия | Имя | Отчество`) becomes one
    `name` cell, the parts in that order; the part columns are then no longer read on their own."""
    parts = [header.column_of(f) for f in NAME_PARTS]
    if parts[0] is None or all(c is None for c in parts[1:]) or block.empty:
        return block, header
    block = block.copy()
    block[parts[0]] = join_cells(block, [c for c in parts if c is not None])
    fields = {c: f for c, f in header.fields.items() if f not in NAME_PARTS[1:]}
    return block, replace(header, fields=fields)


def join_spans(block: pd.DataFrame, header: HeaderMap) -> pd.DataFrame:
    """Columns under one merged header cell (`Статья УК РК` over `ст. 405 | ч. 2`) become one cell
    in the first column, the values in order (`ст. 405 ч. 2`), read as one value of its field."""
    spans = {c: extra for c, extra in header.spans.items() if c in block.columns}
    if not spans or block.empty:
        return block
    block = block.copy()
    for c, extra in spans.items():
        block[c] = join_cells(block, [c, *(e for e in extra if e in block.columns)])
    return block


def join_cells(block: pd.DataFrame, cols: list[int]) -> pd.Series:
    """The cells of these columns joined by one space, in order, blanks left out; NA where all are blank.
    Column by column: each cell's spaces are cleaned once per distinct value, so only the joins can leave
    a run of spaces."""
    joined = pd.Series("", index=block.index, dtype="string")
    for c in cols:
        part = block[c].astype("string")
        distinct = np.asarray(pd.unique(part.dropna()), dtype=object)
        spaced = dict(zip(distinct, clean_spaces_many(distinct)))
        joined = joined + " " + part.map(spaced, na_action="ignore").astype("string").fillna("")
    joined = joined.str.replace(r" {2,}", " ", regex=True).str.strip()
    return joined.where(joined != "").astype("string")


_YEARS_UNIT = re.compile(r"\b(?:years?|yrs?|лет|годы|года|жыл|жылдар)\b")
_MONTHS_UNIT = re.compile(r"\b(?:months?|mos?|m|мес|месяц\w*|ай)\b")  # `term_m`: m alone is months
_BARE_NUMBER = re.compile(r"\s*\d+(?:[.,]\d+)?\s*")


def with_header_unit(text: pd.Series, written: str) -> pd.Series:
    """Bare numbers of a term column whose header gives the unit (`Sentence (years)`, `Срок (мес.)`)
    get that unit, so `5` under `Sentence (years)` reads as 5 years; a header without a unit, or
    with both, leaves them unread (a bare `5` under `Срок` could be years or months)."""
    key = match_key(written)
    years, months = bool(_YEARS_UNIT.search(key)), bool(_MONTHS_UNIT.search(key))
    if years == months:
        return text
    bare = text.astype("string").str.fullmatch(_BARE_NUMBER).fillna(False).astype(bool)
    return text.astype("string").where(~bare, text.astype("string").str.strip() + (" years" if years else " months"))


_MONTH_FIRST_HEADER = re.compile(r"\b(?:mm\s*[/.\-]\s*dd\s*[/.\-]\s*(?:yy|yyyy)|month\s*/\s*day\s*/\s*year)\b", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})([/.\-])(\d{1,2})\2(\d{2}|\d{4})\s*$")


def with_header_date_order(text: pd.Series, written: str) -> pd.Series:
    """Numeric dates under a header that says they are month first (`Date of arrest (mm/dd/yyyy)`,
    as US organisations write them) are turned day first, the order dates.parse_date reads;
    every other header leaves them day first (docs/domain.md d: Kazakhstan writes 12.07.2021)."""
    if not _MONTH_FIRST_HEADER.search(written):
        return text
    text = text.astype("string")
    codes, distinct = pd.factorize(text)  # each distinct date turned once (the replacement is a Python call a value); blank: -1
    turned = pd.Series(distinct, dtype=text.dtype).str.replace(
        _NUMERIC_DATE, lambda m: f"{m.group(3)}{m.group(2)}{m.group(1)}{m.group(2)}{m.group(4)}", regex=True)
    return pd.Series(turned.array.take(codes, allow_fill=True), index=text.index, dtype=text.dtype)
