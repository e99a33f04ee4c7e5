"""Kazakh typed without its own letters: the words of the vocabularies read in that spelling too.

A list typed on a Russian keyboard writes Kazakh with the Russian letter nearest each Kazakh one
(`Туган жылы` for Туған жылы, `уй камагында` for үй қамағында, `Оскемен к.` for Өскемен қ.): ә→а, ғ→г,
қ→к, ң→н, ө→о, ұ and ү→у, һ→х, і→и (or a Latin i, which the match key already turns into і inside a
Cyrillic word). The rule is general, not one alias per spelling: the cell and the vocabulary are folded
the same way (`fold`), computed from the vocabularies once per process, and a folded word is read as the
Kazakh word whose fold it is, unless it could be another word too:
- two Kazakh words of the vocabularies with the same fold (`collisions()` lists them) are left as typed;
- a word of the cell that is a word of the vocabularies as it is (a Russian word, `к` beside `қ`, or a
  letterless alias someone already added) is left as typed (`as_typed()` lists those that fold from a
  Kazakh word);
- a word of another language that a fold makes (`теги`, Russian for tags, is the fold of `тегі`, surname:
  `vocab/letterless_words.csv`) is never read as Kazakh.

`restored(text)` writes the Kazakh letters back into the words it can (`уй камагында` -> `үй қамағында`),
word by word, a stem of the vocabularies (`қамағ*`, the article word `бөлі`) taking the start of a longer
word; `also_letterless()` makes a parser read that restored text where the text as written gave a
problem or nothing (as `parse.also_kazakh_latin` does for Kazakh in Latin letters). The header mapper
folds its aliases and keyword patterns the same way (`fold_aliases`, `fold_pattern`; header_vocab.py).
"""
from __future__ import annotations

import csv
import functools
import re
from functools import cache
from typing import Callable

from kzanalysis.config import VOCAB_DIR

from . import DELIBERATE, Parsed
from .text import clean_spaces, fold_homoglyphs, match_key

# Lower case only: every key is case-folded before it is folded.
_FOLD = str.maketrans("әғқңөұүһі", "агкноуухи")
_KAZAKH_LETTER = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_WORD = re.compile(r"[^\W\d_]+")

# The columns of vocab/*.csv that hold words of a list (not patterns, sources or notes), and the files
# whose words are stems by their `match` column (article_words.csv: `бөлі` opens `бөлігі`).
_WORD_COLUMNS = ("alias", "words", "word", "wording", "name_kk", "value", "title_kk")
# Not read for words: people's given names (never rewritten), the report's own text, and the tables of
# letters (translit.csv, kazakh_latin*.csv).
_SKIPPED = {"given_names.csv", "labels.csv", "report_text.csv", "translit.csv"}


def fold(key: str) -> str:
    """A case-folded key with the letters Kazakh adds to the Russian alphabet written as the Russian ones."""
    return key.translate(_FOLD)


def has_kazakh_letter(text: str) -> bool:
    return _KAZAKH_LETTER.search(text) is not None


@cache
def other_words() -> dict[str, str]:
    """Words of another language that the fold of a Kazakh word would make (`теги`, Russian for tags, is
    the fold of `тегі`, surname): vocab/letterless_words.csv, word -> what it means. Never read as Kazakh."""
    with (VOCAB_DIR / "letterless_words.csv").open(encoding="utf-8", newline="") as fh:
        return {match_key(r["word"]): r["meaning"] for r in csv.DictReader(fh) if match_key(r["word"])}


def without_other_words(key: str) -> str:
    """A match key with the words of `other_words()` blanked: what may be read as letterless Kazakh."""
    others = other_words()
    if not others:
        return key
    return _WORD.sub(lambda m: " " * len(m.group(0)) if m.group(0) in others else m.group(0), key)


def fold_aliases(aliases: dict[str, str]) -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """(folded alias -> meaning, for the aliases with a Kazakh letter whose fold names one meaning among
    all the aliases' folds and the words of `other_words()`; folded key -> the meanings it would name,
    where two collide)."""
    meanings: dict[str, set[str]] = {}
    for alias, meaning in aliases.items():
        meanings.setdefault(fold(alias), set()).add(meaning)
    for word, meaning in other_words().items():
        meanings.setdefault(word, set()).add(meaning)
    folded = {fold(a): m for a, m in aliases.items() if has_kazakh_letter(a) and len(meanings[fold(a)]) == 1}
    clashes = {k: frozenset(v) for k, v in meanings.items() if len(v) > 1 and any(has_kazakh_letter(a) and fold(a) == k for a in aliases)}
    return folded, clashes


def fold_pattern(pattern: str) -> str:
    """A keyword pattern (a regex over match keys) folded as a key is: `ұстал` -> `устал`, `[қк]` -> `[кк]`."""
    return pattern.translate(_FOLD)


@cache
def _vocabulary_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words, stems) of every vocabulary's word columns, as match keys: a stem is an alias word ending in
    `*` or a word whose `match` is `prefix`."""
    words: set[str] = set()
    stems: set[str] = set()
    for path in sorted(VOCAB_DIR.glob("*.csv")):
        if path.name in _SKIPPED or path.name.startswith("kazakh_latin"):
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                prefix = (row.get("match") or "").strip() == "prefix"
                for column in _WORD_COLUMNS:
                    cell = row.get(column)
                    if not cell or not _CYRILLIC.search(cell):
                        continue
                    for token in cell.split():
                        stem = prefix or token.endswith("*")
                        for w in _WORD.findall(match_key(token.replace("*", " "))):
                            (stems if stem else words).add(w)
    return frozenset(words), frozenset(stems)


@cache
def _tables() -> tuple[dict[str, str], re.Pattern[str] | None, dict[str, str], dict[str, frozenset[str]]]:
    """(folded word -> Kazakh word, regex of folded stems at a word's start, folded stem -> Kazakh stem,
    collisions: folded form -> the Kazakh words of the vocabularies it could be, two or more)."""
    words, stems = _vocabulary_words()
    by_fold: dict[str, set[str]] = {}
    for w in words:
        if has_kazakh_letter(w):
            by_fold.setdefault(fold(w), set()).add(w)
    stem_by_fold: dict[str, set[str]] = {}
    for s in stems:
        if has_kazakh_letter(s):
            stem_by_fold.setdefault(fold(s), set()).add(s)
    clashes = {k: frozenset(v) for k, v in [*by_fold.items(), *stem_by_fold.items()] if len(v) > 1}
    exact = {k: next(iter(v)) for k, v in by_fold.items() if k not in clashes}
    stem_of = {k: next(iter(v)) for k, v in stem_by_fold.items() if k not in clashes}
    regex = None
    if stem_of:
        regex = re.compile("^(?:" + "|".join(re.escape(k) for k in sorted(stem_of, key=len, reverse=True)) + ")")
    return exact, regex, stem_of, clashes


def collisions() -> dict[str, frozenset[str]]:
    """The folded forms left as typed because two Kazakh words (or stems) of the vocabularies fold to them."""
    return _tables()[3]


def as_typed() -> frozenset[str]:
    """The folded forms of Kazakh words that are words of the vocabularies as they are (`к`, Russian, beside
    `қ`, the Kazakh for `city`; `жок`, a letterless alias someone added): a cell's word is left as typed."""
    words, stems = _vocabulary_words()
    plain = {w for w in words if not has_kazakh_letter(w)}
    return frozenset(fold(w) for w in words | stems if has_kazakh_letter(w) and fold(w) in plain)


def restored(text: str) -> str:
    """The text with the Kazakh letters written back into the words the vocabularies know in their
    letterless spelling (case-folded); the text itself where no word changes."""
    if not _CYRILLIC.search(text):
        return text
    exact, regex, stem_of, clashes = _tables()
    words, _ = _vocabulary_words()
    changed = False

    def word(m: re.Match[str]) -> str:
        nonlocal changed
        w = m.group(0).casefold()
        if w in words or w in other_words():
            return m.group(0)  # a word of the vocabularies as it is, or a word of another language
        f = fold(w)
        new = exact.get(f)
        if new is None and regex is not None and f not in clashes:
            start = regex.match(f)
            if start is not None:
                new = stem_of[start.group(0)] + w[start.end():]
        if new is None or new == w:
            return m.group(0)
        changed = True
        return new

    out = _WORD.sub(word, fold_homoglyphs(clean_spaces(text)))
    return out if changed else text


def also_letterless() -> Callable[[Callable[..., Parsed]], Callable[..., Parsed]]:
    """A parser that reads Kazakh typed without Kazakh letters: where the text as written gives a problem
    or nothing, the text with the letters written back (`restored`) is read, and its reading kept where it
    gives a value without a problem, or a deliberate reading where the text as written gave a problem or
    nothing (a deliberate reading is never replaced)."""

    def wrap(parser: Callable[..., Parsed]) -> Callable[..., Parsed]:
        @functools.wraps(parser)
        def run(text, *args, **kwargs) -> Parsed:
            first = parser(text, *args, **kwargs)
            if (first.problem is None and first.value is not None) or first.problem in DELIBERATE:
                return first
            if not isinstance(text, str) or not _CYRILLIC.search(text):
                return first
            again = restored(text)
            if again == text:
                return first
            second = parser(again, *args, **kwargs)
            if second.problem is None and (second.value is not None or first.problem is not None):
                return second  # read; or read as nothing to take where the text gave a problem (a role)
            if second.problem in DELIBERATE and (first.problem is not None or first.value is None):
                return second  # a reading of the text (`акимшилик камак 15 таулик`: an administrative arrest)
            return first

        return run

    return wrap

