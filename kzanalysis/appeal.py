"""An appeal's outcome in a column of its own: the status and term the parsers gave in, the sentence in force out.

An appeal comes after the sentence, so what it changed is the later stage (parse/appeal.py reads a cell):
- an acquittal (`приговор отменён, оправдан`) makes the case acquitted, with no term, whatever the
  first instance gave (a death in custody stays);
- a new kind of sentence (`заменено на ограничение свободы`) replaces the row's status where that is
  a verdict or an earlier stage; a row another column says is released stays released;
- a new term (`срок снижен до 2 лет`) is the term in force; an amount (`снижен на 1 год`) is taken off
  (or added to) the row's term; a row acquitted or fined has no term;
- a verdict that stands, an appeal pending, a yes/no or a date changes nothing (no problem row).
The column is known by its header (headers.py: `Результат апелляции`, `Appeal outcome`, `Кассация`,
`Апелляциялық шешім`), never by how its values fall. The manifest counts the cases it changed
(`changed_by_appeal`).
"""
from __future__ import annotations

import pandas as pd

from .parse import history
from .parse.appeal import parse_appeal
from .values import Rows, parse_values

# Outcomes with no term: an acquittal, a fine.
NO_TERM = ("acquitted", "fined")


def _outcome(v) -> dict:
    return {"status": v.status, "months": v.months, "change": v.change}


def apply_appeal(rows: Rows, out: pd.DataFrame) -> dict | None:
    """Change `out["status"]` and `out["sentence_months"]` by the appeal column's outcomes (see the
    module docstring); returns what the manifest says of it, or None where the sheet has no such column."""
    text = rows.text("appeal")
    if text is None:
        return None
    parsed = parse_values(text, parse_appeal, _outcome)
    rows.collect("appeal", parsed)
    said = {"column": rows.written("appeal"), "status": 0, "term": 0}
    if "status" not in parsed:
        return said  # nothing there changed the sentence
    orders = {name: float(stage.order) for name, stage in history.stages().items()}
    now = out["status"].astype("string")
    new = parsed["status"].astype("string")
    # the appeal is later than the verdict: its stage wins over a stage not later than its own
    later = new.map(orders).astype(float) >= now.map(orders).astype(float).fillna(0.0)
    take = new.notna() & later.fillna(False) & now.ne("died").fillna(True) & now.ne(new).fillna(True)
    out.loc[take, "status"] = new[take]
    status_now = out["status"].astype("string")
    old = out["sentence_months"].astype("Int64")
    months = old.copy()
    given = pd.Series(pd.array(parsed["months"].to_numpy(), dtype="Int64"), index=out.index)
    months = months.where(given.isna(), given)
    change = pd.Series(pd.array(parsed["change"].to_numpy(), dtype="Int64"), index=out.index)
    by = change.notna() & given.isna() & months.notna()
    months = months.where(~by, (months + change).clip(lower=0))
    months = months.mask((take & new.isin(NO_TERM).fillna(False)) | (status_now.isin(NO_TERM).fillna(False) & (given.notna() | by)))
    out["sentence_months"] = months
    said["status"] = int(take.sum())
    said["term"] = int((months.fillna(-1) != old.fillna(-1)).sum())
    return said
