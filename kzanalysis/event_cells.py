"""A date column's cell that names another event with its date: the date goes to that event.

A list's detention column may say that the person was never detained and when the case was opened
instead (`не задерживался, УД возбуждено 12.10.2023`; `not detained; charged 3 May 2022`). Such a cell
is not a detention date, and not an unreadable one: its clause names the event its date belongs to.
Where a cell of one of the four date columns is not read as a date, it is read as a narrative is
(narrative.py): each whole date goes to the event the words of its clause name (`vocab/
date_header_words.csv`: detained, charged, sentenced, released), a negated event with no date of its
own (`не задерживался`) giving nothing. The dates found are that event's (the earliest where another
column gives it too, as across columns), and the cell is no `unparsed_date` problem; a cell whose
dates name no event keeps its problem. Only the cells the date reader could not read are looked at,
once per distinct value.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .narrative import read_narrative
from .parse import Parsed, dates, guarded
from .rows import DATE_FIELDS


@guarded
def _events_of(text: str) -> Parsed:
    """{date field: the earliest DateValue its clause names} of a cell, else nothing."""
    found = {}
    for field_name, pieces in read_narrative(text).texts.items():
        if field_name not in DATE_FIELDS:
            continue
        values = [v for v in (dates.parse_date(p).value for p in pieces) if v is not None]
        if values:
            found[field_name] = min(values, key=lambda v: (v.date, dates.PRECISIONS.index(v.precision)))
    return Parsed(found or None)


def dates_of_other_events(text: pd.Series, parsed: pd.DataFrame) -> tuple[pd.DataFrame, list[tuple[str, pd.Series, pd.Series]]]:
    """(the column's parsed dates with the problems of the cells read here removed, [(date field, dates,
    precisions)] those cells give)."""
    unread = parsed["problem"].eq("unparsed_date").fillna(False)
    if not unread.any():
        return parsed, []
    cells = text.where(unread)
    codes, distinct = pd.factorize(cells.astype("string"))
    readings = [_events_of(str(v)).value or {} for v in distinct]
    more, read = [], pd.Series(False, index=text.index)
    for field_name in DATE_FIELDS:
        per_value = [r.get(field_name) for r in readings]
        if not any(per_value):
            continue
        # one value per distinct cell, then spread to the rows by their codes (-1, a blank, takes the last: none)
        when_u = np.array([np.datetime64(v.date, "ns") if v else np.datetime64("NaT", "ns") for v in per_value]
                          + [np.datetime64("NaT", "ns")], dtype="datetime64[ns]")
        precision_u = np.array([v.precision if v else None for v in per_value] + [None], dtype=object)
        when = pd.Series(when_u[codes], index=text.index, dtype="datetime64[ns]")
        precision = pd.Series(precision_u[codes], index=text.index, dtype="string")
        more.append((field_name, when, precision))
        read |= when.notna()
    if read.any():
        parsed = parsed.copy()
        parsed.loc[read, ["problem", "message"]] = None
    return parsed, more
