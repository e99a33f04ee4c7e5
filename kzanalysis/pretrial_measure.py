"""A column of the measure of restraint says where the person was before the verdict, not where the case stands.

Trial-observation notes and lawyers' lists keep the measure chosen before the trial in a column of its own
(`Pre-trial measure`, `Мера пресечения`, `Бұлтартпау шарасы`) beside the verdict or outcome (`Outcome`,
`Приговор`). Such a column is a stage earlier than any verdict: its `none (at liberty)`, `на свободе`, `released
from custody` is the person's freedom during the prosecution (an investigation at liberty), not a release from a
sentence, and its `arrest`, `in custody`, `заключение под стражу` is pre-trial detention, not a prison sentence.
So, where a column's header names a measure of restraint and nothing else (`vocab/measure_header_words.csv`:
not `Мера пресечения / наказание`, which names the punishment too), and another column of the row names a status
(a verdict, an outcome), what it says is read as a measure before the verdict: a release is `under_investigation`,
imprisonment `pretrial_detention`, each with the rank of the plainest phrase of that status. The latest-stage rule
(measures.py) then ranks it below any verdict or sentence of the row's other columns. Where no other column of
the row names a status, the measure column is read as written (`освобождён` there is the list's word for where
the case stands). A release after the sentence is still read where the list says so: a release date on or after the
verdict, a grounds-for-release cell, a released heading or sheet (stage.py), a release in the outcome column.
"""
from __future__ import annotations

import re
from functools import cache

import numpy as np
import pandas as pd

from .config import VOCAB_DIR
from .parse.text import match_key

MEASURE_HEADER_FILE = VOCAB_DIR / "measure_header_words.csv"
# What a measure of restraint's column may say that a later stage's word would: read as the measure it is.
BEFORE_VERDICT = {"released": "under_investigation", "imprisoned": "pretrial_detention"}


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = pd.read_csv(MEASURE_HEADER_FILE, dtype=str, keep_default_na=False)

    def alternation(kind: str) -> re.Pattern[str]:
        words = sorted((match_key(w) for w in table.loc[table["kind"] == kind, "words"] if match_key(w)), key=len, reverse=True)
        # punctuation free between the words: `Pre-trial measure`, `pre trial measure`, `pretrial measure`
        alts = [r"[\W_]*".join(re.escape(p) for p in re.split(r"[\W_]+", w) if p) for w in words]
        return re.compile(rf"(?<!\w)(?:{'|'.join(alts) or '(?!x)x'})")

    return alternation("measure"), alternation("other")


def names_measure_only(written: str | None) -> bool:
    """The header names a measure of restraint and no other stage (`Pre-trial measure`, `Мера пресечения`)."""
    if not written:
        return False
    key = match_key(written)
    measure, other = _patterns()
    return measure.search(key) is not None and other.search(key) is None


@cache
def _plain_ranks() -> dict[str, int]:
    """The rank of the plainest phrase of each status the measure is read as (statuses.csv)."""
    table = pd.read_csv(VOCAB_DIR / "statuses.csv", dtype=str, keep_default_na=False)
    table = table.loc[table["status"].isin(BEFORE_VERDICT.values()) & (table["rank"] != "")]
    return table.assign(rank=table["rank"].astype(int)).groupby("status")["rank"].min().to_dict()


@cache
def _no_measure_keys() -> frozenset[str]:
    table = pd.read_csv(MEASURE_HEADER_FILE, dtype=str, keep_default_na=False)
    return frozenset(match_key(w) for w in table.loc[table["kind"] == "none", "words"] if match_key(w))


def with_no_measure(parsed: pd.DataFrame, text: pd.Series) -> pd.DataFrame:
    """A measure column's parsed values where a cell says no measure was chosen (`none`, `нет`, `не избиралась`:
    `vocab/measure_header_words.csv`, kind `none`) and nothing was read: the person is at liberty while
    charged, `under_investigation` with the rank of its plainest phrase (a verdict of another column ranks above it)."""
    keys = text.astype("string").fillna("")
    distinct = pd.unique(keys.to_numpy(dtype=object))
    said = {v for v in distinct if match_key(v) in _no_measure_keys()}
    if not said:
        return parsed
    none = keys.isin(said).to_numpy(dtype=bool, copy=True)
    if "status" in parsed:
        none &= parsed["status"].isna().to_numpy(dtype=bool)
    if not none.any():
        return parsed
    parsed = parsed.copy()
    status_col = parsed["status"].astype(object) if "status" in parsed else pd.Series(None, index=parsed.index, dtype=object)
    parsed["status"] = status_col.where(~none, "under_investigation")
    rank = parsed["rank"].astype(object) if "rank" in parsed else pd.Series(None, index=parsed.index, dtype=object)
    parsed["rank"] = rank.where(~none, _plain_ranks()["under_investigation"])
    return parsed


def before_other_columns(frames: list[pd.DataFrame | None], measure: list[bool]) -> list[pd.DataFrame | None]:
    """The parsed status columns of a sheet (status, rank each), those of a measure of restraint (`measure`) with a
    release or imprisonment read as the measure before the verdict where another column of the row names a status.
    A measure column that alone names one is read as written (`освобождён`: the list's word for where the case
    stands)."""
    if not any(measure) or all(measure):
        return frames
    out = list(frames)
    for i, parsed in enumerate(frames):
        if not measure[i] or parsed is None or "status" not in parsed:
            continue
        others = [f["status"].notna().to_numpy() for j, f in enumerate(frames)
                  if j != i and not measure[j] and f is not None and "status" in f]
        if others:
            out[i] = as_measure(parsed, pd.Series(np.logical_or.reduce(others), index=parsed.index))
    return out


def as_measure(parsed: pd.DataFrame, where: pd.Series) -> pd.DataFrame:
    """A measure column's parsed values (status, rank) with a release or imprisonment read as the measure before
    the verdict it is there, on the rows `where` says."""
    said = parsed["status"].astype("string")
    later = said.isin(list(BEFORE_VERDICT)).fillna(False).astype(bool) & where.astype(bool)
    if not later.any():
        return parsed
    parsed = parsed.copy()
    parsed["status"] = parsed["status"].astype(object).where(~later, said.map(BEFORE_VERDICT).astype(object))
    if "rank" in parsed:
        ranks = parsed.loc[later, "status"].map(_plain_ranks())
        parsed["rank"] = parsed["rank"].astype(object)
        parsed.loc[later, "rank"] = ranks.to_numpy(dtype=object)
    return parsed
