"""A custody word said of the time before a verdict is pre-trial detention, not a prison sentence.

The press writes `jailed pending trial`, `in prison awaiting trial`, `behind bars ahead of trial`; Russian and
Kazakh lists `в тюрьме до суда`, `за решёткой до приговора`, `сотқа дейін түрмеде`. The word of custody alone
(`jailed`, `prison`, `тюрьма`) is a sentence of imprisonment in the status vocabulary, and ranks above the
measures before a verdict; the words that place it before the trial (`vocab/before_verdict_words.csv`) decide:
where the phrase that wins a cell is imprisonment, the cell names no verdict (`sentenced`, `convicted`,
`осуждён` outside those words, no other kind of sentence) and a word of the file stands in it, not negated, the cell is
pre-trial detention (its term, if any, the detention's).
"""
from __future__ import annotations

import csv
import re
from functools import cache

from kzanalysis.config import VOCAB_DIR
from kzanalysis.parse.text import match_key

BEFORE_VERDICT_FILE = VOCAB_DIR / "before_verdict_words.csv"
_NEGATED = re.compile(r"(?:^|[^\w])(?:не|not|no)[\W_]+$")


@cache
def _pattern() -> re.Pattern[str]:
    parts = []
    with BEFORE_VERDICT_FILE.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            pieces = [re.escape(match_key(w.rstrip("*"))) + (r"\w*" if w.endswith("*") else "")
                      for w in row["alias"].split() if match_key(w.rstrip("*"))]
            if pieces:
                parts.append(r"[\W_]+".join(pieces))
    parts.sort(key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts) or '(?!x)x'})(?!\w)")


def before_verdict_spans(key: str) -> list[tuple[int, int]]:
    """Where the words of the time before a verdict stand in the cell (its status key), those not negated. A word
    of the verdict inside them (`в ожидании приговора`) names no verdict given."""
    return [m.span() for m in _pattern().finditer(key) if not _NEGATED.search(key[max(0, m.start() - 8):m.start()])]
