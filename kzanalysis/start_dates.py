"""Dates of an event the header does not name: a sheet's case rows in, the dates that count toward started_on out.

A case is counted on its earliest date, whichever event that date is (started_on). So a column of
dates whose header names no event the tool knows (`Примерно когда`, a wording in no vocabulary)
still dates its cases, in a sheet that reads at least one date column by its event (a list of the
stages of each case). Such a column fills none of the four event dates, which only the list can
name; its dates count toward started_on only, and its `unmapped_column` problem row says so and
gives the `sources.toml` line that names its event. A column of birth dates is not one: its
header speaks of birth, or its dates fall long before the row's other dates. A sheet where no
date column is read keeps `no_date_column`: a lone column of dates may be the date an entry was
made or checked, and the analyst decides.
"""
from __future__ import annotations

import pandas as pd

from .date_order import read_dates
from .headers import DATE_FIELDS, HeaderMap, guess_field
from .values import Rows

# Dates this many years or more before the row's dated events are births, not events of the case.
BIRTH_GAP_YEARS = 10


def start_only_columns(header: HeaderMap) -> dict[int, str]:
    """Column position -> header of the unmapped columns of dates that count toward started_on."""
    if not any(f in DATE_FIELDS for f in header.fields.values()):
        return {}
    return {c: header.unmapped_written[c] for c, p in sorted(header.profiles.items())
            if p.clearly() == "date" and guess_field(header.unmapped_written[c]) != "birth_year"}


def start_only_dates(rows: Rows, dated: pd.Series) -> list[tuple[str, pd.Series, pd.Series]]:
    """(header, dates, precisions) of each column counting toward started_on; `dated` is the
    earliest of the row's event dates, to tell a column of birth dates."""
    found = []
    for c, written in start_only_columns(rows.header).items():
        parsed = read_dates(rows, c, written)  # in the column's order (date_order.py)
        if "date" not in parsed:
            continue
        when = pd.to_datetime(parsed["date"])
        gap = ((dated - when).dt.days / 365.25).dropna()
        if len(gap) and gap.median() >= BIRTH_GAP_YEARS:
            continue
        rows.collect_column(written, rows.block[c], parsed)
        found.append((written, when.astype("datetime64[ns]"), parsed["precision"].astype("string")))
    return found

