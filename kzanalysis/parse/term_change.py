"""A term changed on appeal, written in the cell that gives the first one: which term is in force.

In: a cell's text as the status parser reads it (its key) and the spans of its terms.
Out: `changes(key, spans)`: for each term that a word of change goes with, whether it is the new
term (`reduced to 5 years`, `снижен до 5 лет`, `5 жылға дейін қысқартылды`) or the amount of the
change (`reduced by a year`, `снижен на 1 год`, `1 жылға қысқартылды`), and its sign (lowered or
raised). The words are data, `kzanalysis/vocab/appeal_words.csv` (kinds `lower`, `raise`, `to`,
`by`), with where each stands: in Russian and English the verb and its `до`/`to` come before the
term, in Kazakh `дейін` and the verb after it. A term that changes nothing is the first one.

A new term written as a number alone (`5 yrs prison (reduced to 3 on appeal)`) has the unit of the term written
before it (`bare_numbers(key)` finds it; the status parser adds the unit): 36 months, not the first term.

Also `phrase_spans(key)`: where those words of change stand (the status parser leaves them out,
so `қысқартылды` after a term is a reduction, not a case closed), and `stands_or_pending(key)`:
the cell says the verdict stands or the appeal is not yet heard (kinds `stands`, `pending`).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from kzanalysis.config import VOCAB_DIR, VocabularyError
from kzanalysis.parse.text import match_key

APPEAL_WORDS_FILE = VOCAB_DIR / "appeal_words.csv"
_LABEL = "kzanalysis/vocab/appeal_words.csv"
_KINDS = {"lower", "raise", "to", "by", "stands", "pending"}
# Words between the verb and its `to`/`by` (`reduced on appeal to`, `снижен судом апелляционной инстанции до`).
_BETWEEN = r"(?:[\W_]+[^\W\d_]+){0,4}?"


@dataclass(frozen=True)
class Change:
    """A term that a word of change goes with: `to` (the new term) or `by` (the amount), and the sign."""

    how: str  # "to" or "by"
    sign: int  # -1 lowered, +1 raised


def _alternation(words: list[str]) -> str:
    """The words as one regex alternation over a key: `*` a stem, punctuation free between words."""
    parts = []
    for w in sorted(words, key=len, reverse=True):
        pieces = []
        for word in w.split():
            core = match_key(word.rstrip("*"))
            if core:
                pieces.append(re.escape(core) + (r"\w*" if word.endswith("*") else ""))
        if pieces:
            parts.append(r"[\W_]+".join(pieces))
    return "|".join(parts)


@cache
def _vocabulary() -> dict[tuple[str, str], list[str]]:
    """(kind, position) -> words, from vocab/appeal_words.csv."""
    found: dict[tuple[str, str], list[str]] = {}
    with APPEAL_WORDS_FILE.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            kind, position = (row["kind"] or "").strip(), (row["position"] or "").strip()
            if kind not in _KINDS or (kind in ("lower", "raise", "to", "by") and position not in ("before", "after")):
                raise VocabularyError(f"{_LABEL}: {row['words']!r} has kind {kind!r} and position {position!r}; the kind is one of "
                                      f"{sorted(_KINDS)}, and a word of change stands before or after the term")
            found.setdefault((kind, position), []).append(row["words"].strip())
    return found


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(before a term, after a term, stands or pending) regexes over a key."""
    v = _vocabulary()

    def alt(kind: str, position: str) -> str:
        return _alternation(v.get((kind, position), [])) or r"(?!x)x"

    before = re.compile(rf"(?<!\w)(?:(?P<lower>{alt('lower', 'before')})|(?P<raise>{alt('raise', 'before')})){_BETWEEN}"
                        rf"[\W_]+(?:(?P<to>{alt('to', 'before')})|(?P<by>{alt('by', 'before')}))[\W_]*$")
    after = re.compile(rf"^[\W_]*(?:(?P<to>{alt('to', 'after')})[\W_]+)?"
                       rf"(?:(?P<lower>{alt('lower', 'after')})|(?P<raise>{alt('raise', 'after')}))(?!\w)")
    said = "|".join(a for a in (alt("stands", ""), alt("pending", "")) if a)
    return before, after, re.compile(rf"(?<!\w)(?:{said})(?!\w)")


@cache
def _bare_after_change() -> re.Pattern[str]:
    """A number right after a word of change and its `to` / `by` (`reduced to 3`, `снижен до 3`), over a key."""
    v = _vocabulary()
    change = "|".join(a for a in (_alternation(v.get(("lower", "before"), [])), _alternation(v.get(("raise", "before"), []))) if a)
    how = "|".join(a for a in (_alternation(v.get(("to", "before"), [])), _alternation(v.get(("by", "before"), []))) if a)
    if not change or not how:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<!\w)(?:{change}){_BETWEEN}[\W_]+(?:{how})[\s(]+(?P<number>\d+(?:[.,]\d+)?)(?![\d.,]*\d)")


def bare_numbers(key: str) -> list[tuple[int, int]]:
    """Where a new term or an amount is written as a number alone after its word of change (`5 yrs prison (reduced
    to 3 on appeal)`): the spans of those numbers; the status parser gives each the unit of the term before it."""
    return [m.span("number") for m in _bare_after_change().finditer(key)]


def _change(m: re.Match[str]) -> Change:
    return Change("to" if m.group("to") else "by", -1 if m.group("lower") else 1)


def changes(key: str, spans: list[tuple[int, int]]) -> dict[int, Change]:
    """Term index -> the change its words say, for the terms (start, end) in `key` that one goes with."""
    if not spans:
        return {}
    before, after, _ = _patterns()
    found = {}
    for i, (start, end) in enumerate(spans):
        m = before.search(key[max(0, start - 120):start])
        if m is not None:
            found[i] = _change(m)
            continue
        m = after.search(key[end:end + 60])
        if m is not None:
            found[i] = _change(m)
    return found


def phrase_spans(key: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where the Kazakh words of change after a term stand (`дейін қысқартылды`): the status parser
    leaves them out, since `қысқартылды` alone says a case was closed."""
    _, after, _ = _patterns()
    found = []
    for _, end in spans:
        m = after.search(key[end:end + 60])
        if m is not None:
            found.append((end + m.start(), end + m.end()))
    return found


@cache
def words() -> frozenset[str]:
    """Every word of the vocabulary of change (`снижен`, `до`, `reduced`, `дейін`): words a status cell may hold
    beside its terms that are read, though they name no status."""
    return frozenset(w for phrases in _vocabulary().values() for p in phrases for w in re.findall(r"[^\W\d_]+", match_key(p.replace("*", ""))))


def stands_or_pending(key: str) -> bool:
    """The cell says the verdict stands (`оставлен без изменения`, `appeal rejected`) or the appeal is
    not yet heard (`pending`, `на рассмотрении`)."""
    return _patterns()[2].search(match_key(key)) is not None
