"""Status-history columns: a sheet's case rows in, the dates of each stage and the latest stage's status out.

A tracker may keep the course of each case in one cell: `задержан 12.03.2021 → осуждён 05.08.2021 →
освобождён 01.02.2023` (parse/history.py reads one cell). Such a column is known by its values,
whatever its header (headers.py: nearly all its values are stages with dates). Each step's date goes
to the date field of its stage (`vocab/stages.csv`: detention -> detained_on, charge -> charged_on,
verdict or acquittal -> sentenced_on, release -> released_on); where a column of the list gives that
date too, the earliest wins (as two dates in one cell do). The latest step gives the status where the
row's status is blank or says less, i.e. names an earlier stage of a case (`vocab/stages.csv`, order):
the latest stage wins across columns.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from .parse import history
from .values import Rows, parse_values


def _extract(value: history.History) -> dict:
    row: dict = {}
    for date_field, when in value.dates().items():
        row[date_field] = pd.Timestamp(when.date)
        row[date_field + "_precision"] = when.precision
    latest = value.latest()
    if latest is not None and latest.status is not None:  # `осуждён` alone: a verdict, punishment not named
        row["latest"], row["order"] = latest.status, latest.order
    return row


@dataclass
class Histories:
    """What the history columns of a sheet give: (date field, dates, precisions) per column and
    field, and the status of each row's latest step (with its order)."""

    dates: list[tuple[str, pd.Series, pd.Series]] = field(default_factory=list)
    latest: pd.Series | None = None
    order: pd.Series | None = None
    columns: list[str] = field(default_factory=list)

    def give_status(self, out: pd.DataFrame) -> int:
        """Set `out["status"]` from the latest step where the row's status is blank, unknown or an
        earlier stage; returns how many rows it set."""
        if self.latest is None:
            return 0
        now = out["status"].astype("string")
        orders = {status: stage.order for status, stage in history.stages().items()}
        now_order = now.map(orders).astype("Int64").fillna(0)  # a dict lookup per row, no Python call
        take = self.latest.notna() & (self.order.fillna(0) > now_order).fillna(False) & now.ne(self.latest).fillna(True)
        if take.any():
            out.loc[take, "status"] = self.latest[take]
        return int(take.sum())


def read_histories(rows: Rows) -> Histories:
    """Read every status-history column of the sheet (header.histories); problems of cells that are
    not histories are collected on the column."""
    found = Histories()
    for c, written in sorted(rows.header.histories.items()):
        if c not in rows.block.columns:
            continue
        cells = rows.block[c]
        parsed = parse_values(cells, history.parse_history, _extract)
        rows.collect_column(written, cells, parsed)
        found.columns.append(written)
        for date_field in history.DATE_FIELDS:
            if date_field in parsed:
                when = pd.to_datetime(parsed[date_field]).astype("datetime64[ns]")
                found.dates.append((date_field, when, parsed[date_field + "_precision"].astype("string")))
        if "latest" in parsed:
            latest = parsed["latest"].astype("string")
            order = pd.Series(pd.array(parsed["order"].to_numpy(), dtype="Int64"), index=rows.idx)
            if found.latest is None:
                found.latest, found.order = latest, order
            else:  # two history columns: the later stage of the two
                later = order.fillna(0) > found.order.fillna(0)
                found.latest, found.order = found.latest.where(~later, latest), found.order.where(~later, order)
    return found
