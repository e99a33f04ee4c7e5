"""Reporting periods: a quarter, a year, or two dates.

In: the options of `report` / `export` (`--quarter 2021Q3`, `--year 2021`,
`--start D --end D`) or a label. Out: a `Period` with inclusive `start` and
`end` dates and its label (`2021Q3`, `2021`, `2021-01-01_2021-06-30`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd


class PeriodError(ValueError):
    """A period option that cannot be read; the message says what to write instead."""


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    label: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, dates: pd.Series) -> pd.Series:
        """Boolean mask: the dates that fall in the period (NaT is outside)."""
        d = pd.to_datetime(dates)
        return (d >= pd.Timestamp(self.start)) & (d <= pd.Timestamp(self.end))

    def as_dict(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "label": self.label}


# Years from 1900 to 2099: a four-digit year like 0000 is a typo, not a period.
_QUARTER = re.compile(r"^((?:19|20)\d\d)\s*[-_ ]?\s*Q([1-4])$", re.IGNORECASE)
_QUARTER_ANY = re.compile(r"^(\d{4})\s*[-_ ]?\s*Q(\d+)$", re.IGNORECASE)
_YEAR = re.compile(r"^((?:19|20)\d\d)$")
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$")


def quarter(year: int, q: int) -> Period:
    start = date(year, 3 * q - 2, 1)
    end = (pd.Timestamp(start) + pd.offsets.QuarterEnd(0)).date()
    return Period(start, end, f"{year}Q{q}")


def year_period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31), str(year))


def _date(text: str, what: str) -> date:
    try:
        value = date.fromisoformat(text.strip())
        if not 1900 <= value.year <= 2099:
            raise ValueError
        return value
    except ValueError:
        raise PeriodError(f"{what} '{text}' is not a date: write it as YYYY-MM-DD, e.g. 2021-07-01") from None


def range_period(start: date, end: date) -> Period:
    if end < start:
        raise PeriodError(f"the end {end.isoformat()} is before the start {start.isoformat()}")
    return Period(start, end, f"{start.isoformat()}_{end.isoformat()}")


def parse_label(label: str) -> Period:
    """`2021Q3`, `2021` or `2021-01-01_2021-06-30` -> Period."""
    text = label.strip()
    if m := _QUARTER.match(text):
        return quarter(int(m.group(1)), int(m.group(2)))
    if _QUARTER_ANY.match(text):
        raise PeriodError(f"'{label}' is not a quarter: a year from 1900 to 2099 and Q1 to Q4, e.g. 2021Q3")
    if m := _YEAR.match(text):
        return year_period(int(m.group(1)))
    if m := _RANGE.match(text):
        return range_period(_date(m.group(1), "start"), _date(m.group(2), "end"))
    raise PeriodError(f"'{label}' is not a period: write 2021Q3, 2021 or 2021-01-01_2021-06-30")


def from_options(quarter_label: str | None = None, year: int | str | None = None,
                 start: str | None = None, end: str | None = None) -> Period | None:
    """The period the options name, or None when none is given (the caller picks the latest quarter)."""
    given = [x for x in (quarter_label, year, start or end) if x not in (None, "")]
    if len(given) > 1:
        raise PeriodError("give one period: --quarter, --year, or --start with --end")
    if quarter_label:
        if not _QUARTER_ANY.match(quarter_label.strip()):
            raise PeriodError(f"--quarter '{quarter_label}' is not a quarter: write it as 2021Q3")
        return parse_label(quarter_label)
    if year not in (None, ""):
        text = str(year).strip()
        if not _YEAR.match(text):
            raise PeriodError(f"--year '{year}' is not a year from 1900 to 2099: write it as 2021")
        return year_period(int(text))
    if start or end:
        if not (start and end):
            raise PeriodError("--start and --end go together: give both dates, e.g. --start 2021-01-01 --end 2021-06-30")
        return range_period(_date(start, "--start"), _date(end, "--end"))
    return None


def latest_quarter(started_on: pd.Series) -> Period | None:
    """The latest quarter in which at least one case started; None when no case has a date."""
    dates = pd.to_datetime(started_on).dropna()
    if dates.empty:
        return None
    last = dates.max()
    return quarter(last.year, (last.month - 1) // 3 + 1)


def previous(period: Period) -> Period:
    """The period of the same kind just before: the previous quarter, year, or same-length range."""
    if _QUARTER.match(period.label):
        y, q = period.start.year, (period.start.month - 1) // 3 + 1
        return quarter(y - 1, 4) if q == 1 else quarter(y, q - 1)
    if _YEAR.match(period.label):
        return year_period(period.start.year - 1)
    end = period.start - timedelta(days=1)
    return range_period(end - timedelta(days=period.days - 1), end)
