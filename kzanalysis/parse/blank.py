"""Cells that say "not given": `?`, `неизвестно`, `unknown`, `н/д`, `—`, `белгісіз`, ...

In: a cell as written. Out: `is_not_given(text)` is True where the cell is blank
or only says that the value is unknown. A parser returns `Parsed(None)` with no
problem for such a cell: nothing was written, so nothing was misread.

The markers are data, in `kzanalysis/vocab/not_given.csv` (columns alias,
source); add a spelling there. A cell made only of punctuation such as `?`,
`-`, `...`, `/` or `*` also counts as not given.
"""
from __future__ import annotations

import csv
import re
from functools import cache

from kzanalysis.config import VOCAB_DIR
from kzanalysis.parse.text import clean_spaces, match_key

NOT_GIVEN_FILE = VOCAB_DIR / "not_given.csv"

# Cells of question marks, dashes, dots, slashes or stars: placeholders for "unknown".
_ONLY_PLACEHOLDER_PUNCTUATION = re.compile(r"[\s?\-.,/\\*_—–…]*")


def _raw_key(text: str) -> str:
    return clean_spaces(text).casefold().replace("ё", "е")


@cache
def _markers() -> tuple[frozenset[str], frozenset[str]]:
    """(markers as written, folded; their match keys, non-empty only)."""
    with NOT_GIVEN_FILE.open(encoding="utf-8", newline="") as f:
        aliases = [row["alias"] for row in csv.DictReader(f) if row["alias"].strip()]
    raw = frozenset(_raw_key(a) for a in aliases)
    keys = frozenset(k for k in (match_key(a) for a in aliases) if k)
    return raw, keys


# The markers as written in the vocabulary file (lower case), for documentation and reuse.
NOT_GIVEN: frozenset[str] = _markers()[0]


def is_not_given(text: str) -> bool:
    """True where the cell is blank or only says that the value is unknown."""
    try:
        cleaned = _raw_key(text)
    except Exception:  # never raise: a cell that is not text at all is not a "not given" marker
        return False
    if _ONLY_PLACEHOLDER_PUNCTUATION.fullmatch(cleaned):
        return True
    raw, keys = _markers()
    return cleaned in raw or match_key(cleaned) in keys
