"""A date column whose event another column names: a sheet's case rows in, each row's date for its event out.

An event dataset keeps one row per event: `Event date | ... | Event type` (`03/15/2022 | Arrest`,
`11.08.2022 | Приговор`, `Ұсталды`). The date's header names no event, so by itself the column could be
any date (when the entry was made, a letter's date); the event is in the row's other cell. Where a
column not mapped to a field holds events as its values (nearly all of its cells, 80%, are short
words, no digit, naming a step of a case: by the words of `vocab/date_header_words.csv`, arrest,
charge, trial, sentence, release, else by the status vocabulary and `vocab/stages.csv`, detention,
verdict, acquittal), and exactly one other column not mapped to a field holds dates (nearly all of
them read, its header naming no event and no birth; a column of codes such as `KAZ2022-0031` that
happen to read as months is no date column: the dates' header names a date or they are whole days),
each row's date goes to the date its event names (`Arrest` -> detained_on, `Sentencing` ->
sentenced_on), the earliest winning where a column gives the same date. A row whose event names
no step keeps its date unread, a `date_without_event` problem. The manifest says which columns and
how many cases (`event_dates`). Only distinct values are read, and a sheet with no unmapped column of
short words costs one look at each unmapped column.
"""
from __future__ import annotations

import re
from functools import cache

import numpy as np
import pandas as pd

from .date_order import read_dates
from .headers import date_field_of, guess_field, never_dated
from .parse import status
from .parse.history import stages
from .values import Rows

CLEAR = 0.8  # the share of a column's cells that must read so
SAMPLE_SHARE = 0.5  # of the distinct values its header was judged on: under this share, no column of events (not read again)
MIN_CELLS = 3
MAX_WORDS = 4  # an event's kind is a word or a short phrase; longer text is a note
_DIGIT = re.compile(r"\d")
_WORDS = re.compile(r"[^\W\d_]+")
# a header naming a date (`Event date`, `Дата события`, `Оқиға күні`, `When`)
_DATE_WORD = re.compile(r"(?<!\w)(?:date|dates|dated|when|дата|даты|когда|күні|күн|қашан|уақыты)(?!\w)", re.IGNORECASE)


@cache
def event_field(text: str) -> str | None:
    """The date field the event a short cell names gives (`Arrest` -> detained_on, `Приговор` ->
    sentenced_on, `Acquittal` -> sentenced_on), or None."""
    if _DIGIT.search(text) or not 0 < len(_WORDS.findall(text)) <= MAX_WORDS:
        return None
    named = date_field_of(text)
    if named:
        return named
    table = stages()
    found = [s for s in status.named_statuses(text) if s in table and table[s].date_field]
    if not found:
        return None
    return table[max(found, key=lambda s: table[s].order)].date_field


def _kind_column(rows: Rows) -> tuple[int, pd.Series] | None:
    """The unmapped column whose cells nearly all name an event: (position, each row's date field)."""
    for c in sorted(rows.header.unmapped_written):
        if c not in rows.block.columns:
            continue
        sample = rows.header.profiles.get(c)
        if sample is not None and sample.distinct and \
                sum(event_field(v) is not None for v in sample.distinct) < SAMPLE_SHARE * len(sample.distinct):
            continue  # the distinct values the header was judged on already say no: the column is not read again
        cells = rows.block[c].astype("string")
        filled = cells.dropna()
        if len(filled) < MIN_CELLS:
            continue
        codes, distinct = pd.factorize(cells.str.strip())
        fields = np.array([event_field(str(v)) for v in distinct] + [None], dtype=object)
        per_row = pd.Series(fields[codes], index=cells.index, dtype=object)  # -1 (blank) takes the last: none
        if per_row.notna().sum() >= CLEAR * len(filled):
            return c, per_row
    return None


def _date_columns(rows: Rows, kind: int) -> list[tuple[int, str, pd.DataFrame]]:
    """The unmapped columns other than `kind` whose cells nearly all read as dates of no named event."""
    found = []
    for c, written in sorted(rows.header.unmapped_written.items()):
        if c == kind or c not in rows.block.columns or date_field_of(written) or never_dated(written) \
                or guess_field(written) == "birth_year":
            continue
        sample = rows.header.profiles.get(c)
        if not _DATE_WORD.search(written) and (sample is None or sample.clearly() != "date"):
            continue  # neither its header nor its values say dates
        cells = rows.block[c]
        filled = int(cells.notna().sum())
        if filled < MIN_CELLS:
            continue
        parsed = read_dates(rows, c, written)  # in the column's order (date_order.py)
        if "date" not in parsed or parsed["date"].notna().sum() < CLEAR * filled:
            continue
        whole_days = parsed["precision"].eq("day").sum() >= CLEAR * filled
        if _DATE_WORD.search(written) or whole_days:
            found.append((c, written, parsed))
    return found


def event_dates(rows: Rows) -> tuple[list[tuple[str, pd.Series, pd.Series]], dict | None]:
    """([(date field, dates, precisions)], the manifest's entry) of a date column whose events another
    column names; ([], None) where the sheet has no such pair."""
    if not rows.header.unmapped_written or not len(rows.idx):
        return [], None
    kind = _kind_column(rows)
    if kind is None:
        return [], None
    c_kind, per_row = kind
    found = _date_columns(rows, c_kind)
    if len(found) != 1:
        return [], None
    c_date, written, parsed = found[0]
    when = pd.to_datetime(parsed["date"]).astype("datetime64[ns]")
    precision = parsed["precision"].astype("string")
    rows.collect_column(written, rows.block[c_date], parsed)
    more = []
    for field_name in sorted(set(per_row.dropna())):
        mine = per_row.eq(field_name).fillna(False).astype(bool)
        more.append((field_name, when.where(mine), precision.where(mine)))
    no_event = when.notna() & per_row.isna()
    if no_event.any():
        kind_written = rows.header.unmapped_written[c_kind]
        rows.collect_column(written, rows.block[c_date], pd.DataFrame({
            "problem": pd.Series("date_without_event", index=rows.idx).where(no_event),
            "message": ("a date whose event '" + kind_written + "' does not name (not read): "
                        + rows.block[c_kind].astype("string").fillna("blank")).where(no_event)}))
    entry = {"column": written, "events": rows.header.unmapped_written[c_kind],
             "cases": {f: int(w.notna().sum()) for f, w, _ in more if w.notna().any()}}
    return more, entry
