"""A term read and a status not: a problem row, never a silent gap.

A status cell may give a term that the term reader reads and words that no phrase of the status
vocabulary reads (`7 жыл бас бостандыгынан` typed half, `5 лет какого-то наказания`, a kind of
punishment in a spelling nobody foresaw): the term is kept, and the case's status stays unknown. Where
no other cell of the row gives the status either, each such cell is an `unknown_status` problem row
naming the words not read (parse/status.py, `unread_beside_term`), as a cell with no term would be. A
bare term (`3 года`, `сроком на 2 года`) says all it holds: no problem.
"""
from __future__ import annotations

import pandas as pd

from .parse import status
from .values import Rows

_LABEL = "kzanalysis/vocab/statuses.csv"


def _message(text: str, unread: str) -> str:
    return (f"{text!r} gives a term but its other words ({unread!r}) name no status the vocabulary knows: "
            f"the term is kept, the status is unknown; add the phrase to {_LABEL}")


def term_only_problems(rows: Rows, status_value: pd.Series, sources: list[tuple[str | None, str | None, pd.Series, pd.DataFrame]]) -> None:
    """Problem rows for the cells of `sources` ((field or None, header as written or None, cells, parsed)) that
    gave a term and no status, with words not read, on rows whose status no cell gave."""
    for name, written, cells, parsed in sources:
        if parsed is None or "months" not in parsed or "status" not in parsed:
            continue
        silent = (status_value.isna() & parsed["months"].notna() & parsed["status"].isna()
                  & parsed["problem"].isna()).fillna(False).astype(bool)
        if not silent.any():
            continue
        text = cells[silent].astype("string")
        unread = {v: status.unread_beside_term(v) for v in text.dropna().unique()}
        words = text.map(unread).fillna("")
        hit = words.ne("")
        if not hit.any():
            continue
        where = hit[hit].index
        values = cells.loc[where].to_numpy()
        messages = [_message(str(v), unread[str(t)]) for v, t in zip(values, text.loc[where])]
        problem = ["unknown_status"] * len(where)
        if name is not None:
            rows.add(where.to_numpy(), name, values, problem, messages)
        else:
            from .values import problem_frame
            rows.problems.append(problem_frame(rows.sheet, where.to_numpy(), written, values, problem, messages, True))
