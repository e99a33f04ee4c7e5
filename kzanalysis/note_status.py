"""A note that states the present measure gives the status where no column gives one.

A list may keep its status column for the verdict and say in the note where a case without a verdict
stands on the list's date: `содержится в СИЗО`, `под домашним арестом`, `подписка о невыезде, идёт
следствие`, `held in pre-trial detention`, `тергеу изоляторында`. A note tells what happened (README,
free text), so it gives a status only narrowly: where the row's status, sentence and further status
cells are all blank (no column gives a status), the note's last clause that names a stage names a
measure before a verdict (pre-trial detention, house arrest, an investigation), in the present: no
date in that clause, and none of the words of `vocab/past_words.csv` (a past tense, `ранее`, or the
participle of the event itself, `задержан`, `arrested`: the detention happened, custody today is not
said). A release stated in a note is stage.py's rule.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

import pandas as pd

from .config import VOCAB_DIR
from .parse import status
from .parse.text import match_key
from .values import Rows

# The measures before a verdict: a note may state that one is in force.
PRESENT_MEASURES = frozenset({"pretrial_detention", "house_arrest", "under_investigation"})
_CLAUSE = re.compile(r"[;\n]|,\s|\.\s+(?=[^\W\d_])")
_DIGITS = re.compile(r"\d{4}|\d{1,2}[./]\d{1,2}")


@cache
def _past() -> re.Pattern[str]:
    table = pd.read_csv(VOCAB_DIR / "past_words.csv", dtype=str, keep_default_na=False)
    words = sorted({match_key(a) for a in table["alias"] if match_key(a)}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")\w*")


def last_measure_clause(note: str) -> tuple[str, str] | None:
    """(clause, status) of the last clause of a note that names a stage, where that stage is a measure before
    a verdict (PRESENT_MEASURES); None otherwise."""
    stated = None
    for clause in _CLAUSE.split(note):
        read = status.parse_measure(clause).value if clause.strip() else None
        if read is not None and read.status is not None:
            stated = (clause, read.status)  # the last clause that names a stage
    return stated if stated is not None and stated[1] in PRESENT_MEASURES else None


@lru_cache(maxsize=10_000)
def present_measure(note: str) -> str | None:
    """The measure a note states is in force now (`содержится в СИЗО` -> pretrial_detention), or None."""
    stated = last_measure_clause(str(note))
    if stated is None:
        return None
    clause, said = stated
    if _DIGITS.search(clause) or _past().search(match_key(clause)):
        return None
    return said


def status_from_note(rows: Rows, out: pd.DataFrame, further: dict[int, str]) -> int:
    """Fill `out["status"]` from the note where no column gives a status (see the module docstring);
    returns how many cases it gave."""
    notes = rows.text("notes")
    if notes is None:
        return 0
    blank = out["status"].isna()
    for name in ("status", "sentence"):
        cells = rows.text(name)
        if cells is not None:
            blank &= cells.isna()
    for c in further:
        if c in rows.block.columns:
            blank &= rows.block[c].isna()
    told = notes.where(blank).dropna()
    if told.empty:
        return 0
    stated = {v: present_measure(v) for v in pd.unique(told)}
    if all(v is None for v in stated.values()):
        return 0  # no note states a measure (the usual case): nothing to spread back
    given = told.map(stated).dropna()
    if given.empty:
        return 0
    out.loc[given.index, "status"] = given.astype(out["status"].dtype)
    return len(given)
