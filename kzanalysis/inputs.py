"""The tables a report or a workbook is made from: the tidy tables brought up to date, and the period.

In: the tables' folder, the raw lists (optional) and the period asked for (optional). Out: the tables
(cleaned again first when a list changed) and the period (the one asked for, else the latest quarter
in which a case started). Kept apart from report.py so that `export` does not load the charts.
"""
from __future__ import annotations

from pathlib import Path

from .period import Period, latest_quarter
from .tables import NotCleanedError, Tables, load


class ReportError(ValueError):
    """The report cannot be made as asked (no dated case to pick a quarter from, a notebook failed)."""


def up_to_date_tables(processed_dir: Path, raw_paths: list[Path] | None, progress: bool = True) -> Tables:
    """The tidy tables, cleaned again from the raw lists first when they changed; without lists, as they are."""
    if raw_paths:
        from .freshness import refresh

        return refresh([Path(p) for p in raw_paths], processed_dir, progress=progress)
    try:
        return load(processed_dir)
    except NotCleanedError:
        raise NotCleanedError(f"no tidy tables in {processed_dir} and no list to clean: "
                              "put the lists in the workspace's data/raw/ and run again") from None


def choose_period(tables: Tables, period: Period | None) -> Period:
    """The period asked for, else the latest quarter in which a case started."""
    if period is not None:
        return period
    latest = latest_quarter(tables.cases["started_on"])
    if latest is None:
        raise ReportError("no case in the tidy tables has a start date, so there is no latest quarter: "
                          "give a period with --quarter, --year or --start/--end")
    return latest
