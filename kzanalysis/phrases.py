"""Headers written as phrases: a header cell in, the field (or fields) it names out.

Two shapes that whole-cell aliases cannot name (the words are `vocab/header_phrase_words.csv`):
- a form's question (`What is the person's year of birth?`, `В каком городе задержан?`, `Қашан
  ұсталды?`): a header ending in `?`, or opening with a question word, names the field of what it
  asks about. The question words and the one it asks about (`the person`, `человека`, `адамның`)
  are left out (a question whose own words name a column of a kind not read, `Where is he held?`,
  is one); what remains is read as a header (an alias, else the keyword it names first, a word
  of a column not read counting only where nothing else is named). A question asking when (`when`,
  `когда`, `қашан`) names the date its words name (`vocab/date_header_words.csv`), one asking where
  names the city (or the place its words name), one asking who names the person;
- a header naming two fields (`Charges and sentence`, `Статья, наказание`, `Бабы және жазасы`):
  split at a conjunction, a comma or a slash, each part names its field (two parts naming one field,
  `ФИО / Name`, name one) (`fields_named`); headers.py maps the
  column to one, and narrative.py reads its cells as free text for the others.
"""
from __future__ import annotations

import csv
import re
from functools import cache, lru_cache

from .config import VOCAB_DIR, VocabularyError
from .parse.text import clean_spaces, match_key

_KINDS = {"conjunction", "question", "asks_date", "asks_place", "asks_person", "yes_no", "subject"}
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_LIST_MARKS = re.compile(r"[,;&+/|\n]")  # between two fields of one header, as a conjunction is


@cache
def _words() -> dict[str, tuple[str, ...]]:
    """kind -> the match keys of its words, longest first."""
    with (VOCAB_DIR / "header_phrase_words.csv").open(encoding="utf-8", newline="") as f:
        table = [(r["kind"], match_key(r["word"]) or r["word"].strip()) for r in csv.DictReader(f)]
    unknown = {k for k, _ in table} - _KINDS
    if unknown:
        raise VocabularyError(f"kzanalysis/vocab/header_phrase_words.csv names unknown kinds: {sorted(unknown)}")
    out: dict[str, list[str]] = {k: [] for k in _KINDS}
    for kind, word in table:
        out[kind].append(word)
    return {k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in out.items()}


@cache
def _word_regex(kinds: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted({w for k in kinds for w in _words()[k]}, key=len, reverse=True)
    return re.compile(rf"(?<!\S)(?:{'|'.join(re.escape(w) for w in words)})(?!\S)")


_QUESTION_WORDS = ("question", "asks_date", "asks_place", "asks_person")


def _bare(text: str) -> str:
    """The header without what it gives in brackets (`Which articles? (e.g. 405 part 2)`)."""
    return clean_spaces(_BRACKETS.sub(" ", clean_spaces(text)))


def question_asks(text: str) -> tuple[str, str] | None:
    """(what a question header asks about, kind of question: `what`, `date`, `place` or `person`) or None
    where the header is no question: it ends in `?`, or opens with a question word."""
    return _question_asks(str(text))


@lru_cache(maxsize=50_000)
def _question_asks(text: str) -> tuple[str, str] | None:
    # once per text and process: every cell of a sheet's first rows is asked while its header row is sought
    bare = _bare(text)
    key = match_key(bare)
    if not key:
        return None
    opens = _word_regex(_QUESTION_WORDS).match(key)
    if not (bare.rstrip().endswith("?") or (opens and key[opens.end():].strip())):
        return None  # a question word alone, with no `?` (`Где`), asks nothing that can be told
    kind = "what"
    first = _word_regex(("asks_date", "asks_place", "asks_person")).search(key)
    if first is not None:
        kind = next(k for k in ("date", "place", "person") if first.group(0) in _words()["asks_" + k])
    rest = _word_regex(("subject",)).sub(" ", key)
    rest = _word_regex((*_QUESTION_WORDS, "yes_no")).sub(" ", rest)
    rest = re.sub(r"(?<!\S)s(?!\S)", " ", rest)  # the `'s` of `the person's`
    return " ".join(rest.split()), kind


def question_field(text: str) -> str | None:
    """The field a question header asks about (`ignore` for a column not read), or None."""
    return _question_field(str(text))


@lru_cache(maxsize=50_000)
def _question_field(text: str) -> str | None:
    asked = question_asks(text)
    if asked is None:
        return None
    rest, kind = asked
    from .headers import date_field_of, guess_field_of_words, lookup  # headers.py reads questions through this module

    if guess_field_of_words(str(text)) == "ignore":
        return "ignore"  # `Where is the person held?`, `Which court?`: a column of a kind not read

    if kind == "date":
        return date_field_of(rest) if rest else None
    if kind == "person":
        return "name"
    named = (lookup(rest) or _first_named(rest)) if rest else None
    if kind == "place" and named not in ("city", "region", "ignore"):
        return "city"  # `Where was he detained?` asks for the place of the event it names
    return named


def _first_named(key: str) -> str | None:
    """The field of the keyword met first in the text (by position, then by the patterns' order); a
    word of a column not read (`ignore`) only where no field is named."""
    from .headers import header_patterns, spell_out

    if not key:
        return None
    spelled = spell_out(key)
    found = []
    for order, (name, pattern) in enumerate(header_patterns()):
        m = pattern.search(key) or pattern.search(spelled)
        if m is not None:
            found.append((name == "ignore", m.start(), order, name))
    return min(found)[3] if found else None


def fields_named(text: str) -> list[str]:
    """The fields a header names part by part, split at a conjunction or a comma (`Charges and
    sentence` -> articles, sentence), in order; one field or none for a header that names one thing."""
    from .headers import guess_field, lookup

    bare = _bare(str(text))
    if question_asks(bare) is not None:
        return []
    conjunction = _word_regex(("conjunction",))
    parts = [q.strip() for piece in _LIST_MARKS.split(bare) for q in conjunction.split(match_key(piece)) if q.strip()]
    if len(parts) < 2:
        return []
    named = []
    for part in parts:
        field = lookup(part) or guess_field(part)
        if field and field != "ignore" and field not in named:
            named.append(field)
    return named
