"""A template or example card kept in a list is not a case.

A database export (Notion, Airtable) keeps the card the team copies for each new person (`Шаблон
карточки (не удалять)`, `Template - do not delete`), and a shared sheet may keep a row showing how to
fill it in (`Пример`, `Образец`, `Example`). Such a row fills a field or two as every row does (a
checkbox exported as `No`), but its name cell opens with a template card's or an example's word
(kinds `card` and `example` of `vocab/template_words.csv`, which template_rows.py reads for a
template's first rows; a whole word, so `Образцов` is a surname): wherever it stands in the list, it is dropped as not a case, with that reason.

A test record left in a database (`ТЕСТОВАЯ ЗАПИСЬ`, `test`, `Test record 2`) is no person either: a row whose
name cell is only such words (kind `test` of `vocab/template_words.csv`; digits and marks aside) and which fills
no other field (its number aside) is dropped with a reason of its own. A name cell saying so in a row that
fills other fields is left to be read (`Тест` could be the only name a list gives).
"""
from __future__ import annotations

import re
from functools import cache

import pandas as pd

from .headers import HeaderMap
from .parse.text import match_key
from .template_rows import template_words

# What may stand before the word: no letter or digit (a character class both regex engines read alike, so the
# vectorised search stops at a name's first letter).
_PREFILTER = "^[^0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]*"
TEMPLATE_REASON = "a template or example card (its name cell names no person)"
TEST_REASON = "a test record (its name cell names no person, only a test, and the row fills no other field)"
_NAME_FIELDS = ("name", "first_name", "patronymic", "row_number")  # a test record fills these, or its number, if any
_DIGITS = re.compile(r"\d+")


@cache
def _words() -> tuple[str, ...]:
    """The card and example words of `vocab/template_words.csv` (shared with template_rows.py), longest first."""
    words = {word.rstrip("*").casefold() for kind, word in template_words() if kind in ("card", "example")}
    return tuple(sorted(words, key=len, reverse=True))


@cache
def _opening() -> re.Pattern[str]:
    return re.compile(r"^\W*(?:" + "|".join(re.escape(w) for w in _words()) + r")(?!\w)", re.IGNORECASE)


def template_cards(block: pd.DataFrame, header: HeaderMap) -> pd.Series:
    """True for each row whose name cell opens with a template or example word."""
    c = header.column_of("name")
    if c is None or c not in block.columns:
        return pd.Series(False, index=block.index)
    names = block[c].astype("string")
    # one vectorised look for a template word opening the cell, then the exact rule on those few cells
    near = names.str.contains(_PREFILTER + "(?i:" + "|".join(re.escape(w) for w in _words()) + ")", regex=True, na=False)
    out = pd.Series(False, index=block.index)
    if near.any():
        opening = _opening()
        out[near] = names[near].map(lambda v: bool(opening.match(v))).astype(bool)
    return out


@cache
def _test_names() -> frozenset[str]:
    """The test record's words of `vocab/template_words.csv`, as match keys."""
    return frozenset(match_key(word) for kind, word in template_words() if kind == "test")


def records_for_testing(block: pd.DataFrame, header: HeaderMap) -> pd.Series:
    """True for each row that is a test record: its name cell only says test, and no other field is filled."""
    c = header.column_of("name")
    if c is None or c not in block.columns:
        return pd.Series(False, index=block.index)
    names = block[c].astype("string")
    others = [col for col, f in header.fields.items() if f not in _NAME_FIELDS and col in block.columns]
    filled = block[others].notna().any(axis=1) if others else pd.Series(False, index=block.index)
    # only the names of rows that fill nothing else are looked at (in a long list, few or none)
    distinct = names[~filled].dropna().unique()
    said = {v for v in distinct if match_key(_DIGITS.sub(" ", v)) in _test_names()}
    if not said:
        return pd.Series(False, index=block.index)
    return names.isin(said).fillna(False).astype(bool) & ~filled
