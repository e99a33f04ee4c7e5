"""A verdict's date written in the cell that gives the verdict: `sentenced_on` where no column gives it.

A list may write the verdict's date inside the cell of the verdict itself rather than in a date
column: the sentence cell (`5 лет л/с (12.06.2022)`, `осуждён 05.08.2021 к 3 годам`), or the cell
that gives the basis of a listing with the court and the articles (`приговор Есильского районного
суда г. Астаны от 12.03.2021, ст. 405 ч. 2 УК РК`, read as the articles column). Such a date is the
verdict's, `sentenced_on`:
- in the sentence column, each whole date whose own clause (the text since the last `;`, line break
  or date before it) names no other event (`освобождён 12.06.2022`, `задержан ...` are not the
  verdict's: the words of `vocab/date_header_words.csv`);
- in the articles and status columns, only a date whose clause names the verdict (`приговор`,
  `осуждён`, `sentenced`, `үкім`: a clause the date-header words read as `sentenced_on`).
It fills `sentenced_on` only on the rows where no column of sentence dates gives one (a column of the
date is what the list means that date to be). Where two cells give one, the earliest wins, as across
columns. The manifest lists the columns and how many cases each dated (`verdict_dates`).

So is a release's date in the status or sentence cell, where its clause names the release (`released under amnesty
in Nov 2022`, `освобождён по УДО 03.07.2023`): `released_on` where no column of release dates gives one
(`release_dates`; manifest `release_dates`).
"""
from __future__ import annotations

import re

import pandas as pd

from .headers import date_field_of
from .parse import Parsed, dates, guarded
from .values import parse_values

# Between the clauses of a cell: a `;`, a line break, a `|`.
_CLAUSE_BREAK = re.compile(r"[;\n|]")
# The fields whose cells may give the verdict; a date in the sentence cell needs no verdict word.
_FIELDS = ("sentence", "articles", "status")
_DATE_LIKE = re.compile(r"(?:19|20)\d\d|\d[./-]\d")


def _clauses_before(text: str) -> list[tuple[str, dates.DateValue]]:
    """Each whole date of the text with the words of its clause written before it."""
    out, start = [], 0
    for begin, end, value in dates.find_dates(text):
        before = text[start:begin]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        out.append((before[breaks[-1].end():] if breaks else before, value))
        start = end
    return out


def _verdict_date(text: str, any_clause: bool, event: str = "sentenced_on") -> Parsed:
    """The earliest date of the cell that is the verdict's (or `event`'s), else none (never a problem: the
    cell's own field reports what it cannot read)."""
    if not _DATE_LIKE.search(text):
        return Parsed(None)  # no year and no numeric date: most cells of these columns, at the cost of one search
    found = []
    for words, value in _clauses_before(text):
        field = date_field_of(words) if words.strip() else None
        if field == event or (field is None and any_clause):
            found.append(value)
    if not found:
        return Parsed(None)
    return Parsed(min(found, key=lambda v: (v.date, dates.PRECISIONS.index(v.precision))))


@guarded
def _in_sentence(text: str) -> Parsed:
    return _verdict_date(text, any_clause=True)


@guarded
def _next_to_verdict(text: str) -> Parsed:
    return _verdict_date(text, any_clause=False)


@guarded
def _next_to_release(text: str) -> Parsed:
    return _verdict_date(text, any_clause=False, event="released_on")


def _first(v) -> dict:
    return {"date": pd.Timestamp(v.date), "precision": v.precision}


def verdict_dates(rows) -> tuple[list[tuple[str, pd.Series, pd.Series]], dict[str, int]]:
    """([("sentenced_on", dates, precisions)], {column as written: cases it dated}) for the sheet's case
    rows (`values.Rows`); nothing where a column of sentence dates is filled on every row."""
    return _dates_in_cells(rows, "sentenced_on", {name: _in_sentence if name == "sentence" else _next_to_verdict
                                                  for name in _FIELDS})


def release_dates(rows) -> tuple[list[tuple[str, pd.Series, pd.Series]], dict[str, int]]:
    """A release's date in the status or sentence cell that names it (`Guilty: 5 years' imprisonment; released
    under amnesty in Nov 2022`, `освобождён по УДО 03.07.2023`): `released_on` (the first day of a month or year
    written alone) where no column of release dates gives one. As `verdict_dates`: ([("released_on", dates,
    precisions)], {column as written: cases it dated})."""
    return _dates_in_cells(rows, "released_on", {"status": _next_to_release, "sentence": _next_to_release})


def _dates_in_cells(rows, event: str, readers: dict) -> tuple[list[tuple[str, pd.Series, pd.Series]], dict[str, int]]:
    """The dates of `event` that the cells of each field of `readers` give (read by its reader), on the rows where
    no column of that date gives one."""
    own = rows.text(event)
    open_rows = pd.Series(True, index=rows.idx) if own is None else own.isna()
    if not open_rows.any():
        return [], {}
    more, used = [], {}
    for name, reader in readers.items():
        text = rows.text(name)
        if text is None:
            continue
        text = text.where(open_rows)
        if not text.notna().any():
            continue
        parsed = parse_values(text, reader, _first)
        rows.collect(name, parsed)  # only a parser's bug is a problem here
        if "date" not in parsed or not parsed["date"].notna().any():
            continue
        when = pd.to_datetime(parsed["date"]).astype("datetime64[ns]")
        more.append((event, when, parsed["precision"].astype("string")))
        used[rows.written(name)] = int(when.notna().sum())
    return more, used
