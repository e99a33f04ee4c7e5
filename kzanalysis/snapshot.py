"""A status column named as of a date gives way to a later dated step of the row's chronology.

A monitor may keep where each case stood on one day (`Положение на 01.01.2022`, `Status as of 1 Jan 2022`) and
what happened after it in another column, step by step with dates (`Хронология после 01.01.2022`:
`21.09.2022 направлен на принудительное лечение`, `02.07.2022 этапирован в ИК-162/3; 14.08.2022 освобождён
условно-досрочно`). The snapshot says where the case stood then; a step dated after that day is later,
whatever stage it names: the latest such step's status is the row's (compulsory treatment after a colony,
imprisonment after restricted freedom replaced by it). A step on or before the snapshot's day, a step that
names no status, and a cell that reads as no dated history change nothing.

In: the case rows, the status column's header, the further status columns (measures.py) and the history
columns (stage_history.py). Out: `out["status"]` changed where such a step is later; the number of rows changed.
Each distinct cell is read once (parse/history.py); a sheet whose status header holds no date is skipped at once.
"""
from __future__ import annotations

import pandas as pd

from .parse import dates, history
from .stage import _end_of as end_of
from .values import Rows, parse_values


def snapshot_day(written: str | None) -> pd.Timestamp | None:
    """The day a status column's header names (`Положение на 01.01.2022` -> 2022-01-01), else None.
    A month or a year alone is its last day: the snapshot covers the whole period."""
    if not written:
        return None
    found = dates.find_dates(str(written))
    if not found:
        return None
    return end_of(found[-1][2])


def _latest_dated(v: history.History) -> dict:
    step = v.latest()
    if step is None or step.status is None or step.date is None:
        return {}
    return {"latest": step.status, "on": pd.Timestamp(step.date.date)}


def later_than_snapshot(rows: Rows, out: pd.DataFrame, columns: dict[int, str]) -> int:
    """Set the status of each row whose chronology (one of `columns`) has a latest step dated after the status
    column's snapshot day; returns how many rows changed."""
    if rows.text("status") is None:
        return 0
    day = snapshot_day(rows.written("status"))
    if day is None:
        return 0
    changed = pd.Series(False, index=rows.idx)
    for c in sorted(columns):
        if c not in rows.block.columns:
            continue
        parsed = parse_values(rows.block[c], history.parse_history, _latest_dated)
        if "latest" not in parsed or "on" not in parsed:
            continue
        latest = parsed["latest"].astype("string")
        on = pd.to_datetime(parsed["on"])
        take = (latest.notna() & (on > day).fillna(False) & out["status"].astype("string").ne(latest).fillna(True)).astype(bool)
        if take.any():
            out.loc[take, "status"] = latest[take]
            changed |= take
    return int(changed.sum())
