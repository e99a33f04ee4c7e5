"""`At liberty` beside a sentence served at liberty: the sentence, not a release.

A "status now" column may say only that the person is at liberty (`на свободе`, `at liberty`,
`бостандықта`: the weakest phrases of release in `vocab/statuses.csv`, rank AT_LIBERTY_RANK or under).
Beside a sentence served at liberty in another cell of the row (probation, restricted freedom, a fine:
NON_CUSTODIAL) that is what the sentence is, nobody left custody: the cell gives no stage and the
sentence's status stands. Beside a custodial sentence, alone, or on a row with a release date (the
sentence ended early: an archive of closed cases), it is a release, as before.
"""
from __future__ import annotations

import pandas as pd

AT_LIBERTY_RANK = 5
NON_CUSTODIAL = ("probation", "restricted_freedom", "fined")


def _said(parsed: pd.DataFrame | None) -> pd.Series | None:
    return None if parsed is None or "status" not in parsed else parsed["status"].astype("string")


def at_liberty_kept(parsed_columns: list[pd.DataFrame | None], released_on: pd.Series | None = None) -> list[pd.DataFrame | None]:
    """The row's parsed status cells (one frame per column, status/rank), with `at liberty` taken out of
    the rows another cell of which names a sentence served at liberty and that give no release date."""
    said = [_said(p) for p in parsed_columns]
    frames = [s for s in said if s is not None]
    if len(frames) < 2:
        return parsed_columns
    non_custodial = pd.concat([s.isin(NON_CUSTODIAL).fillna(False) for s in frames], axis=1).any(axis=1)
    if released_on is not None:  # a release date says the sentence ended: at liberty is then a release
        non_custodial &= released_on.reindex(non_custodial.index).isna().to_numpy()
    if not non_custodial.any():
        return parsed_columns
    out = []
    for parsed, s in zip(parsed_columns, said):
        if s is None or "rank" not in parsed:
            out.append(parsed)
            continue
        rank = pd.to_numeric(parsed["rank"], errors="coerce")
        liberty = s.eq("released").fillna(False) & rank.le(AT_LIBERTY_RANK).fillna(False) & non_custodial
        if liberty.any():
            parsed = parsed.copy()
            parsed.loc[liberty, "status"] = None
            parsed.loc[liberty, "rank"] = None
        out.append(parsed)
    return out
