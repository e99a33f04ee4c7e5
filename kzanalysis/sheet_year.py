"""The year a sheet or a section is about: a sheet's name and its year headings in, for each case row the
one year they name out; a month written without its year takes it.

A tracker kept one sheet per year (`2023`, `Arrests 2023`) or headed by `2022 год` / `2022 жыл` may
write a date as a bare month (`March`, `март`): the year is the sheet's or the heading's. It is used only
where exactly one year is named (the nearest year heading above the row, else the sheet's name), and only
for a cell with no digit that reads as a month once that year is written after it (precision month).
"""
from __future__ import annotations

import re

import pandas as pd

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DIGIT = re.compile(r"\d")


def named_year(text: object) -> int | None:
    """The one year a sheet's name or a heading names (`2023`, `Arrests 2023`), or None (none, or several)."""
    if text is None or text is pd.NA:
        return None
    years = set(_YEAR.findall(str(text)))
    return int(years.pop()) if len(years) == 1 else None


def row_years(sheet_name: str, sections: pd.DataFrame | None, index: pd.Index) -> pd.Series:
    """For each case row, the year of the year heading above it, else the year the sheet's name names (NA: none)."""
    years = pd.Series(pd.NA, index=index, dtype="Int64")
    if sections is not None and "year" in sections:
        years = sections["year"].reindex(index).astype("Int64")
    own = named_year(sheet_name)
    return years.fillna(own) if own is not None else years


def with_year(text: pd.Series, parsed: pd.DataFrame, years: pd.Series | None, parser, extract) -> pd.DataFrame:
    """`parsed` (dates of `text`), where a cell not read has no digit and reads as a month once its row's
    year is written after it: that month (precision month), its problem gone."""
    if years is None or "problem" not in parsed or not years.notna().any():
        return parsed
    missing = parsed["problem"].eq("unparsed_date").fillna(False) & years.notna()
    if not missing.any():
        return parsed
    cells = text[missing].astype("string")
    no_digit = ~cells.str.contains(_DIGIT).fillna(True)
    if not no_digit.any():
        return parsed
    cells = cells[no_digit]
    from .values import parse_values

    again = parse_values(cells.str.strip() + " " + years[cells.index].astype("string"), parser, extract)
    month = again["problem"].isna() & again.get("precision", pd.Series(index=again.index, dtype=object)).eq("month").fillna(False)
    if not month.any():
        return parsed
    where = month[month].index
    out = parsed.astype(object).reindex(columns=list(dict.fromkeys([*parsed.columns, *again.columns]))).astype(object)
    cols = list(again.columns)
    out.loc[where, cols] = again.loc[where, cols].to_numpy()
    return out


def year_headings(text: pd.Series, heading: pd.Series, pattern: re.Pattern[str]) -> pd.Series:
    """For each row, the year of the last year heading at or above it (a heading naming one year only);
    `heading` marks the lone rows that may be headings, `text` their cell."""
    said = pd.Series(pd.NA, index=text.index, dtype="Int64")
    lone = heading & text.notna()
    if not lone.any():
        return said
    cells = text[lone].astype(str)
    is_year = cells.map(lambda t: bool(pattern.fullmatch(t)))  # a handful of headings
    years = cells[is_year].map(named_year).map(lambda y: -1 if y is None else y)  # -1: a heading of several years
    said[years.index] = pd.array(years.to_numpy(dtype=object), dtype="Int64")
    said = said.ffill()
    return said.mask(said.eq(-1).fillna(False))
