"""Charges named in words in prose: one clause of a narrative in, the text that names its charges out.

A narrative names a charge by its article (`charged under Art. 174(1)`, narrative.py reads those from the
article word on) or by its name alone (`charged with inciting social discord`, `обвиняется в разжигании
розни`). A column of charges reads names by itself (parse/charge_names.py); in prose the same words are
read where a charge word of `vocab/charge_verb_words.csv` says that a charge is named: the text after
it (`charged with`, `accused of`, `обвинён в`) or, in Kazakh, before it (`... деп айыпталды`), up to the
clause's first date and only where the charge-name reader finds a charge there. So `Detained on 3 May
2022 and charged with inciting social discord` gives 174, and a clause that names a charge with no such
word (`She spoke about hooliganism`) gives nothing.
"""
from __future__ import annotations

import csv
import re
from functools import cache

from .config import VOCAB_DIR, VocabularyError
from .parse import dates
from .parse.charge_names import read_charge_names
from .parse.text import match_key

WORDS_FILE = VOCAB_DIR / "charge_verb_words.csv"


@cache
def _patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(words the charge follows, words the charge comes before), each one regex over a clause's text."""
    with WORDS_FILE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    sides: dict[str, list[str]] = {"after": [], "before": []}
    for r in rows:
        side = r["side"].strip()
        if side not in sides:
            raise VocabularyError(f"kzanalysis/vocab/charge_verb_words.csv: side {side!r} is neither 'after' nor 'before'")
        words = match_key(r["word"]).split()
        if words:
            sides[side].append(r"\W+".join(re.escape(w) for w in words))

    def regex(alternatives: list[str]) -> re.Pattern[str] | None:
        if not alternatives:
            return None
        alternation = "|".join(sorted(alternatives, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)

    return regex(sides["after"]), regex(sides["before"])


def _folded(text: str) -> str:
    return text.replace("ё", "е").replace("Ё", "Е")


def charge_words_text(clause: str) -> tuple[str, int, int] | None:
    """(the text naming the clause's charges, its start, its end in the clause) where a charge word of
    `vocab/charge_verb_words.csv` stands beside charge names, else None."""
    after, before = _patterns()
    text = _folded(clause)
    spans = []
    if after is not None:
        for m in after.finditer(text):
            start, end = m.end(), len(text)
            found = dates.find_dates(text[start:])
            if found:
                end = start + found[0][0]
            spans.append((start, end))
    if before is not None:
        for m in before.finditer(text):
            found = dates.find_dates(text[:m.start()])
            start = found[-1][1] if found else 0
            spans.append((start, m.start()))
    for start, end in spans:
        piece = clause[start:end].strip(" ,;:.-—–")
        if piece and read_charge_names(piece)[0]:
            at = clause.index(piece, start)
            return piece, at, at + len(piece)
    return None
