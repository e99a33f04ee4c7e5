"""A column that gives a place as it was before (`Регион до 2022`, `Өңір / 2022 жылға дейін`, `Former region`)
beside the column that gives it now: the column of now is read, the other knowingly not (places only:
regions and towns were renamed and redrawn in 2018 and 2022).

In: the header texts of a sheet's columns, and the scored (column, field) pairs of column_scores.assign.
Out: `says_former(texts)`: the header holds a word of `vocab/former_header_words.csv` (before, until,
former, old, дейін, бұрынғы); `present_first(pairs, former)`: the pairs with those of a former column put
after every pair of another column whose header names the same field (so the column of now wins, whatever
its values); `is_former_column(texts, named, taken)`: a column left unmapped whose header says former and
names a field another column took, listed as ignored, not reported as a column to map (mapping it would
read the old value). A former column alone is read as usual.
"""
from __future__ import annotations

import csv
import re
from functools import cache
from typing import Iterable

from .config import VOCAB_DIR
from .parse.text import match_key

FORMER_WORDS_FILE = VOCAB_DIR / "former_header_words.csv"
# Places only: regions and towns were renamed and redrawn (2018, 2022), so a column of a place as it was
# is an old name beside today's. A status "before the trial" (`Мера пресечения до суда`) is a stage, read.
PLACE_FIELDS = frozenset({"region", "city"})
_HEADER_EVIDENCE = (0, 1, 2)  # the rank of how a pair was found: sources.toml, alias, keyword (3: values alone)


@cache
def _former_word() -> re.Pattern[str]:
    with FORMER_WORDS_FILE.open(encoding="utf-8", newline="") as f:
        words = [r["word"].strip() for r in csv.DictReader(f) if r["word"].strip()]
    alternatives = sorted((re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in words), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def says_former(texts: Iterable[str]) -> bool:
    """The header says its column gives a value as it was before (a word of former_header_words.csv)."""
    return any(_former_word().search(match_key(t)) for t in texts)


def present_first(pairs: list[tuple[float, int, int, str, str]], former: set[int]) -> list[tuple[float, int, int, str, str]]:
    """The pairs, those of a former column moved below any other column's header pair for the same field."""
    if not former:
        return pairs
    named_now = {name for _s, rank, c, name, _h in pairs if c not in former and rank in _HEADER_EVIDENCE}
    return [(score - 1000.0, rank, c, name, how) if c in former and name in named_now and name in PLACE_FIELDS and rank != 0 else (score, rank, c, name, how)
            for score, rank, c, name, how in pairs]


def is_former_column(texts: Iterable[str], named: str | None, taken: Iterable[str]) -> bool:
    """The header names a field another column took, and says it gives the field as it was before."""
    if named not in PLACE_FIELDS or named not in set(taken):
        return False
    return says_former(texts)
