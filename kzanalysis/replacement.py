"""The unserved term replaced by a milder punishment is that punishment, not a release.

`замена неотбытой части ограничением свободы`, `неотбытая часть заменена ограничением свободы`, `unserved
term replaced with restricted freedom`, `жазаның өтелмеген бөлігі бас бостандығын шектеумен ауыстырылды`:
the person leaves the colony but is not free; the case is restricted freedom (or probation, or a fine,
whichever the cell names), the verdict's term kept. Such a cell in a status or grounds-for-release column,
on a sheet or under a heading of released people, is no release (stage.py): the words of replacement are
`vocab/replacement_words.csv`.

In: the case rows and their parsed status. Out: the rows whose status or grounds cell names such a
replacement, with the punishment it names; each distinct cell is read once.
"""
from __future__ import annotations

import csv
import re
from functools import cache, lru_cache

import pandas as pd

from .config import VOCAB_DIR
from .parse import status
from .parse.text import match_key
from .values import Rows

# The punishments a replacement of the unserved term may give (a milder one than the prison term).
MILDER = ("restricted_freedom", "probation", "fined")


@cache
def _words() -> re.Pattern[str]:
    with (VOCAB_DIR / "replacement_words.csv").open(encoding="utf-8", newline="") as f:
        pats = [r["pattern"].strip() for r in csv.DictReader(f) if r["pattern"].strip()]
    return re.compile("|".join(f"(?:{p})" for p in pats))


@lru_cache(maxsize=20_000)
def replaced_by(text: str) -> str | None:
    """The milder punishment the cell says the unserved term was replaced by, else None."""
    if not _words().search(match_key(text)):
        return None
    read = status.parse_measure(text).value
    return read.status if read is not None and read.status in MILDER else None


def replacements(rows: Rows) -> pd.Series:
    """Per row, the milder punishment a status or grounds-for-release cell says replaced the unserved term (NA: none)."""
    found = pd.Series(pd.NA, index=rows.idx, dtype="string")
    for name in ("status", "release_grounds"):
        text = rows.text(name)
        if text is None:
            continue
        given = {v: replaced_by(v) for v in pd.unique(text.dropna())}
        found = found.fillna(text.map(given).astype("string"))
    return found
