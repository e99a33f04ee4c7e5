"""A release refused is no release: `в УДО отказано`, `отказано в УДО`, `parole denied`, `УДО не удовлетворено`;
nor is a custody or a house arrest refused (`в санкционировании ареста отказано`, `arrest refused`).

A status phrase of release (parole, early release), custody or house arrest with a word of refusal right before it or within a few
words after it, in the same clause (`vocab/refusal_words.csv`), names no such status: the phrase takes its
place in the cell but gives no status, as a negated phrase does (parse/status.py). `отказано 14.02.2023;
освобождён по УДО 10.11.2023` is still a release: the refusal's clause ends at the `;`.
"""
from __future__ import annotations

import csv
import re
from functools import cache

from kzanalysis.config import VOCAB_DIR

REFUSAL_FILE = VOCAB_DIR / "refusal_words.csv"
# A refusal belongs to the phrase of its own clause: the text looked at stops at a clause break.
_CLAUSE = re.compile(r"[;,|\n→]|\.\s")
_WINDOW = 40


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    with REFUSAL_FILE.open(encoding="utf-8", newline="") as f:
        rows = [(r["position"].strip(), r["pattern"].strip()) for r in csv.DictReader(f) if r["pattern"].strip()]
    before = "|".join(f"(?:{p})" for pos, p in rows if pos == "before") or r"(?!x)x"
    after = "|".join(f"(?:{p})" for pos, p in rows if pos == "after") or r"(?!x)x"
    return re.compile(before), re.compile(after)


def refused(key: str, start: int, end: int) -> bool:
    """True where the phrase key[start:end] (a release) is refused by a word beside it in its clause."""
    before, after = _patterns()
    head = key[max(0, start - _WINDOW):start]
    head = _CLAUSE.split(head)[-1]
    tail = _CLAUSE.split(key[end:end + _WINDOW])[0]
    return bool(before.search(head) or after.search(tail))
