"""The vocabularies of articles.py: kzanalysis/vocab/articles.csv, articles_1997.csv and article_words.csv.

In: those files, read once per process. Out: `Charge` (one charge), the code words and marks
(`_article_words`), the articles each code has (`_articles`, `title_en`) and the 1997 numbers mapped
to the 2014 ones (`_articles_1997`, `as_1997`).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from typing import Iterable, NamedTuple

from kzanalysis.config import VOCAB_DIR
from kzanalysis.parse.text import clean_spaces, fold_homoglyphs

ARTICLES_FILE = VOCAB_DIR / "articles.csv"
ARTICLES_1997_FILE = VOCAB_DIR / "articles_1997.csv"
ARTICLE_WORDS_FILE = VOCAB_DIR / "article_words.csv"

CODES = ("CC", "CC1997", "CAO")
MAX_ARTICLE = 1000  # the 2014 codes stop below 1000 articles; bigger numbers are years or case numbers
MAX_PART = 30  # no article has this many parts; a bigger number in a part list starts a new article
MAX_PART_RANGE = 10  # `ч.1-3` is expanded; a longer "range" is not read as parts
YEAR_1997 = 1997


@dataclass(frozen=True)
class Charge:
    """One charge: code, article (2014 numbering for CC1997), part and point where given."""

    code: str
    article: int
    part: int | None = None
    point: int | None = None
    article_1997: str | None = None  # the 1997 number as written ("337-1"), when mapped


# --- vocabularies -------------------------------------------------------------------------


class _Word(NamedTuple):
    kind: str
    words: tuple[str, ...]
    value: str
    prefix: bool


@cache
def _article_words() -> tuple[_Word, ...]:
    """Phrases of article_words.csv, longest first so `уголовно процессуальн` beats `уголовн`."""
    with ARTICLE_WORDS_FILE.open(encoding="utf-8", newline="") as f:
        rows = [
            _Word(r["kind"], tuple(_key(r["word"]).split()) or (r["word"].strip(),), r["value"].strip(), r["match"].strip() == "prefix")
            for r in csv.DictReader(f)
            if r["word"].strip()
        ]
    return tuple(sorted(rows, key=lambda w: -len(w.words)))


@cache
def _articles() -> dict[tuple[str, str], dict[str, str]]:
    """(code, article as written) -> row of articles.csv."""
    with ARTICLES_FILE.open(encoding="utf-8", newline="") as f:
        return {(r["code"].strip(), r["article"].strip()): r for r in csv.DictReader(f)}


@cache
def _articles_1997() -> dict[str, tuple[int, bool]]:
    """1997 article as written -> (2014 article, verified)."""
    with ARTICLES_1997_FILE.open(encoding="utf-8", newline="") as f:
        return {
            r["article_1997"].strip(): (int(r["article_2014"]), r["verified"].strip().lower() == "yes")
            for r in csv.DictReader(f)
        }


def title_en(code: str, article: int) -> str | None:
    """English title of an article from articles.csv (CC1997 charges carry the 2014 number)."""
    code = "CC" if code == "CC1997" else code
    row = _articles().get((code, str(article)))
    return (row["title_en"] or None) if row else None



def _key(text: str) -> str:
    return fold_homoglyphs(clean_spaces(text)).casefold().replace("ё", "е")


def as_1997(charges: Iterable[Charge]) -> tuple[tuple[Charge, ...], tuple[str, ...]]:
    """The charges of a case that started before the 2014 code took effect (1 January 2015):
    a number read as CC was written in the 1997 numbering. Mapped ones become CC1997 with the
    2014 number; the 1997 numbers that cannot be mapped are returned apart, to be reported."""
    mapping = _articles_1997()
    kept: list[Charge] = []
    unmapped: list[str] = []
    for c in charges:
        if c.code != "CC" or c.article_1997 is not None:
            kept.append(c)
            continue
        target = mapping.get(str(c.article))
        if target and target[1]:
            kept.append(Charge("CC1997", target[0], c.part, c.point, str(c.article)))
        else:
            unmapped.append(str(c.article))
    return tuple(kept), tuple(unmapped)
