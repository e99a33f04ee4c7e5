"""A header cell's text -> the field it names, from the vocabularies of kzanalysis/vocab/.

In: a header cell as written. Out: its field by alias (`lookup`, `lookup_how`: whole, part by part, Latin
read as Kazakh in Cyrillic, Kazakh typed without its letters), by keyword pattern (`guess_field`), the date
its words name (`date_field_of`, `date_events`); the vocabularies (`header_aliases`, `header_patterns`,
date words, abbreviations) are read once per process.
"""
from __future__ import annotations

import re
from functools import cache

import pandas as pd

from . import phrases
from .config import VOCAB_DIR, VocabularyError
from .header_fields import DATE_FIELDS, FIELDS
from .parse import letterless
from .parse.text import clean_spaces, kazakh_latin_readings, kazakh_skeleton, match_key


@cache
def header_aliases() -> dict[str, str]:
    table = pd.read_csv(VOCAB_DIR / "headers.csv", dtype=str, keep_default_na=False)
    unknown = set(table["field"]) - set(FIELDS)
    if unknown:
        raise VocabularyError(f"kzanalysis/vocab/headers.csv names unknown fields: {sorted(unknown)}")
    return {_key(a): f for a, f in zip(table["alias"], table["field"])}


_FOOTNOTE_MARK = re.compile(r"[*¹²³]+$|^\d+[.)]\s*")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


@cache
def _key(text: str) -> str:
    return match_key(_FOOTNOTE_MARK.sub("", clean_spaces(text)))


@cache
def header_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Ordered (field, pattern) pairs of vocab/header_patterns.csv: the fallback for headers no alias names."""
    table = pd.read_csv(VOCAB_DIR / "header_patterns.csv", dtype={"order": int, "field": str, "pattern": str}, keep_default_na=False)
    unknown = set(table["field"]) - set(FIELDS) - {"ignore"}
    if unknown:
        raise VocabularyError(f"kzanalysis/vocab/header_patterns.csv names unknown fields: {sorted(unknown)}")
    table = table.sort_values("order", kind="stable")
    return tuple((f, re.compile(p)) for f, p in zip(table["field"], table["pattern"]))


def guess_field(text: object) -> str | None:
    """The field whose keyword pattern a header matches first ("ignore" for columns we do not read), or None."""
    if text is None or text is pd.NA or not str(text).strip():
        return None
    return _guess_field(str(text))


@cache
def _guess_field(text: str) -> str | None:
    # one reading per header text and process: the same text is asked about for every sheet and column
    if phrases.question_asks(text) is not None:  # a form's question: the field it asks about
        return phrases.question_field(text)
    return _first_pattern(text, header_patterns())


def guess_field_of_words(text: str) -> str | None:
    """The field whose keyword pattern the header's words match first, a question read as any header."""
    return _first_pattern(str(text), header_patterns())


def _first_pattern(text: str, patterns: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    """The field of the first pattern the header matches, as written or (in Latin letters) read in Cyrillic;
    else, for a header in Cyrillic, the first of the patterns with a Kazakh letter that its letterless
    spelling matches, both folded alike (`Усталган куни`: parse/letterless.py)."""
    for written in (text, *latin_readings(text)):
        key = _key(written)
        spelled = spell_out(key)
        found = next((f for f, pattern in patterns if pattern.search(key) or pattern.search(spelled)), None)
        if found:
            return found
    if _CYRILLIC.search(text):
        key = letterless.fold(letterless.without_other_words(_key(text)))
        spelled = letterless.fold(letterless.without_other_words(spell_out(_key(text))))
        return next((f for f, pattern in _letterless_patterns(patterns) if pattern.search(key) or pattern.search(spelled)), None)
    return None


@cache
def _letterless_patterns(patterns: tuple[tuple[str, re.Pattern[str]], ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The patterns with a Kazakh letter, folded as a letterless key is (`ұстал` -> `устал`), in their order."""
    return tuple((f, re.compile(letterless.fold_pattern(p.pattern))) for f, p in patterns
                 if letterless.has_kazakh_letter(p.pattern))


@cache
def _date_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = pd.read_csv(VOCAB_DIR / "date_header_words.csv", dtype={"order": int, "field": str, "pattern": str}, keep_default_na=False)
    unknown = set(table["field"]) - set(DATE_FIELDS)
    if unknown:
        raise VocabularyError(f"kzanalysis/vocab/date_header_words.csv names fields that are not dates: {sorted(unknown)}")
    table = table.sort_values("order", kind="stable")
    return tuple((f, re.compile(p)) for f, p in zip(table["field"], table["pattern"]))


@cache
def _never_dated_patterns() -> tuple[re.Pattern[str], ...]:
    table = pd.read_csv(VOCAB_DIR / "header_patterns.csv", dtype={"order": int, "field": str, "pattern": str}, keep_default_na=False)
    rows = table.loc[(table["field"] == "ignore") & table["source"].str.contains("never a date", regex=False)]
    return tuple(re.compile(p) for p in rows["pattern"])


def never_dated(text: str) -> bool:
    """The header names a column that is never a date of the case, whatever its words say of an event:
    a record's or a form's timestamp, a form's own questions (`start`, `today`): the `ignore` rows of
    `vocab/header_patterns.csv` that say so."""
    key = _key(str(text))
    return any(p.search(key) for p in _never_dated_patterns())


def date_field_of(text: str) -> str | None:
    """Which of the four dates a column of dates holds, by the words of its header (`Court date`
    -> sentenced_on), or None where the header names no event."""
    return _first_pattern(str(text), _date_words())


def date_events(text: str) -> list[tuple[int, int, str]]:
    """Where the words of `vocab/date_header_words.csv` name an event in a text (`Detained in ...`,
    `приговорён`): (start, end, date field) in the text's match key, in order of position."""
    key = match_key(str(text))
    found = {(m.start(), m.end(), f) for f, pattern in _date_words() for m in pattern.finditer(key)}
    return sorted(found)


@cache
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """vocab/header_abbreviations.csv as one regex over whole words of a match key, and its expansions."""
    table = pd.read_csv(VOCAB_DIR / "header_abbreviations.csv", dtype=str, keep_default_na=False)
    spelled = {match_key(a): match_key(e) for a, e in zip(table["abbreviation"], table["expansion"]) if match_key(a)}
    if not spelled:
        return None
    alternation = "|".join(re.escape(a) for a in sorted(spelled, key=len, reverse=True))
    return re.compile(rf"(?<!\S)(?:{alternation})(?!\S)"), spelled


def spell_out(key: str) -> str:
    """A header's match key with its abbreviations written out (`yob` -> `year of birth`, `г р` -> `год рождения`)."""
    found = _abbreviations()
    if found is None:
        return key
    regex, spelled = found
    return regex.sub(lambda m: spelled[m.group(0)], key)


# A header cell in two languages or with a note: `ФИО / Name`, `Аты-жөні | ФИО`, `Дата (dd.mm.yyyy)`.
_PART_BREAK = re.compile(r"\s*(?:/|\||\\|\n)\s*")


def header_parts(text: str) -> list[str]:
    """The parts of a header cell read one by one: the text outside brackets split at slashes, bars
    and line breaks, then the text in brackets."""
    text = clean_spaces(text)
    inner = [m.group(0)[1:-1] for m in _BRACKETS.finditer(text)]
    outer = _BRACKETS.sub(" ", text)
    return [p.strip() for p in [*_PART_BREAK.split(outer), *inner] if match_key(p)]


def _after_row_number(key: str, aliases: dict[str, str]) -> str | None:
    """The field of a header that a list's running number was glued to (`№ п/п Ф.И.О.`: a PDF converter
    that merged the number's column into the next one, whose values then start with the number)."""
    for alias in _row_number_keys():
        if key.startswith(alias + " "):
            field = _alias_of_key(key[len(alias) + 1:], aliases)
            if field and field != "row_number":
                return field
    return None


@cache
def _row_number_keys() -> tuple[str, ...]:
    """The row number's aliases, longest first."""
    return tuple(sorted((k for k, f in header_aliases().items() if f == "row_number" and k), key=len, reverse=True))


def _alias_of_key(key: str, aliases: dict[str, str]) -> str | None:
    return aliases.get(key) or aliases.get(spell_out(key))


def lookup_how(text: object, overrides: dict[str, str] | None = None) -> tuple[str | None, str | None]:
    """(field, how) a header names through sources.toml or the alias table; how is `sources.toml`,
    `alias` (the whole cell) or `alias (part)` (a part of a two-language or bracketed cell)."""
    if text is None or text is pd.NA or not str(text).strip():
        return None, None
    key = _key(str(text))
    if overrides and key in overrides:
        return overrides[key], "sources.toml"
    return _lookup_vocabulary(str(text))


@cache
def _lookup_vocabulary(text: str) -> tuple[str | None, str | None]:
    """`lookup_how` through the alias table alone (no sources.toml): once per header text and process,
    as every cell of a sheet's first rows is looked up while the header row is sought."""
    key = _key(text)
    aliases = header_aliases()
    bare = match_key(_BRACKETS.sub(" ", clean_spaces(str(text))))
    # the cell without its brackets, unless nothing is left (`["a","b"]` is a value, not the sign-only `№`)
    whole = _alias_of_key(key, aliases) or (_alias_of_key(bare, aliases) if bare else None)
    if whole:
        return whole, "alias"
    named = {f for f in (_alias_of_key(_key(p), aliases) for p in header_parts(str(text))) if f}
    if len(named) == 1:  # `ФИО / Name`: the parts agree (parts that disagree say nothing)
        return named.pop(), "alias (part)"
    glued = _after_row_number(key, aliases)
    if glued:
        return glued, "alias (part)"
    if _CYRILLIC.search(text):  # `Туган жылы`, `Аты-жони`: Kazakh typed without its letters
        named = _letterless_field(key, bare, text)
        if named:
            return named, "alias"
    readings = latin_readings(str(text))
    for reading in readings:
        found = lookup_how(reading)
        if found[0]:
            return found
    skeletons = _skeleton_aliases()
    named = {skeletons.get(kazakh_skeleton(_key(r))) for r in readings} - {None}
    if len(named) == 1:  # `Tuǵan jyly`, `Tugan zhyly`: Kazakh in a spelling of no one script
        return named.pop(), "alias"
    return None, None


@cache
def letterless_aliases() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """(folded alias -> field for the aliases with a Kazakh letter whose fold names one field only; folded
    key -> fields, where aliases of different fields fold alike and are left out): parse/letterless.py."""
    return letterless.fold_aliases(header_aliases())


def _letterless_field(key: str, bare: str, text: str) -> str | None:
    """The field a header in Cyrillic names once it and the aliases are folded alike, whole or part by part."""
    folded = letterless_aliases()[0]
    whole = _alias_of_key(letterless.fold(key), folded) or (_alias_of_key(letterless.fold(bare), folded) if bare else None)
    if whole:
        return whole
    named = {f for f in (_alias_of_key(letterless.fold(_key(p)), folded) for p in header_parts(text)) if f}
    return named.pop() if len(named) == 1 else None


@cache
def _skeleton_aliases() -> dict[str, str]:
    """The Cyrillic aliases by their `kazakh_skeleton`, where it names one field only."""
    fields: dict[str, set[str]] = {}
    for alias, f in header_aliases().items():
        if _CYRILLIC.search(alias):
            fields.setdefault(kazakh_skeleton(alias), set()).add(f)
    return {k: next(iter(v)) for k, v in fields.items() if len(v) == 1}


_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


@cache
def latin_readings(text: str) -> tuple[str, ...]:
    """A header in Latin letters only, written in Cyrillic letters as Kazakh of each Latin script
    (`Tolyq aty-jóni` -> `Толық аты-жөні`, `Ūstalğan künı`, `Tugan zhyly`; parse/text.py), so that
    the Cyrillic aliases and patterns name it; nothing for a header with a Cyrillic letter."""
    if _CYRILLIC.search(text) or not re.search(r"[^\W\d_]", text):
        return ()
    return tuple(kazakh_latin_readings(text, force=True))


def lookup(text: object, overrides: dict[str, str] | None = None) -> str | None:
    """The field a header names through the alias table (or sources.toml), or None."""
    return lookup_how(text, overrides)[0]
