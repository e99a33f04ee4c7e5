"""Spelling schemes of Latin names that the common folds of `link.py` do not read right, told by their
letters, and the given names that are one name in another language.

Used by `link.fold_name` (one name) and `link._fold_word` (one word), before the common folds:
- `scheme_of`: which scheme a Latin name is spelled in: Turkish, Uzbek Latin or Ukrainian
  romanisation (German and Polish are told by `link.central_european`, before this);
- `prepare`: rewrites of the whole name: a patronymic written as a word of its own (`Shuxrat o'g'li`,
  `Гусейн оглы`, `Серік қызы`) joined to the father's name as Kazakh writes it (`Шухратұлы`), Uzbek
  o' and g', and apostrophes inside a word (which are letters' marks, not word breaks);
- `letters`: rewrites of one word in its scheme: Turkish c is ж, Ukrainian h is г;
- `given_names`: the vocabulary `vocab/given_names.csv` (a form of a given name, its common form,
  and where the equivalence is documented).

Each rule is strict: a name is taken for one of these schemes only by letters or forms that the
English, Russian passport (ICAO) and Kazakh Latin schemes never write that way.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from .config import VOCAB_DIR, VocabularyError

GIVEN_NAMES_FILE = VOCAB_DIR / "given_names.csv"

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_APOSTROPHE = "'’‘ʻʼ`"
_AP = f"[{_APOSTROPHE}]"

# A patronymic written as a word of its own after the father's name: Kazakh ұлы / қызы (older
# spelling), Uzbek o'g'li / qizi (Cyrillic ўғли, угли, қизи, кизи), Azerbaijani and Turkish oğlu / оглы /
# qızı / кызы, Kyrgyz уулу / кызы. Joined to the father's name with the Kazakh ending (-ұлы, -қызы),
# it is a patronymic as `link.fold_name` reads it (Маратұлы, Maratuly).
_SON = (rf"ұлы|улы|uly|uli|o{_AP}?g{_AP}?li|ўғли|угли|уғли|оглы|огли|oglu|oğlu|ogly|ogli|ugli|уулу|uulu")
_DAUGHTER = r"қызы|кызы|қизи|кизи|kyzy|kizi|qizi|qyzy|qızı|kızı|gizi|гызы"
_APART_PATRONYMIC = re.compile(rf"\s+(?:({_SON})|({_DAUGHTER}))(?![^\W\d_])", re.IGNORECASE)

# Turkish: letters of the Turkish alphabet (Kazakh 2021 Latin shares ş ç ğ ı ö ü but has no c, so a
# name in it is not changed by reading c as ж), or the Kazakh жан written `can` at a word's start or
# end (Canbolat, Yercan). A c alone is not enough: English and French spellings write к as c (Nicolaev).
_TURKISH = re.compile(r"[şçğıöü]|i\u0307|\bcan|can\b")
_TURKISH_C = re.compile(r"c(?!h)")
# Uzbek Latin: o' or g' (ў, ғ) with a letter no Kazakh apostrophe spelling (2017) writes: x for х, sh or ch
# (Kazakh 2017 writes s' and c'), yo' (йў), or the patronymic o'g'li / qizi. In an Uzbek name o' is ў,
# which Russian writes у (Yo'ldoshev / Юлдашев), and g' is ғ.
_UZBEK_MARK = re.compile(rf"[og]{_AP}")
_UZBEK_ALSO = re.compile(rf"x|sh|ch|yo{_AP}|o{_AP}?g{_AP}?li\b|\bqizi\b")
_UZBEK_O = re.compile(rf"o{_AP}", re.IGNORECASE)
_UZBEK_G = re.compile(rf"g{_AP}", re.IGNORECASE)
_INNER_APOSTROPHE = re.compile(rf"(?<=[^\W\d_]){_AP}(?=[^\W\d_])")
_ANY_APOSTROPHE = re.compile(_AP)
# Ukrainian romanisation (the national system of 2010, as Ukrainian media write Russian and Kazakh names):
# г is h, х is kh. Told by a known Ukrainian form of a given name (Ihor, Olha, Serhii: `given_names.csv`),
# in Cyrillic also by the Ukrainian letters є, ї, ґ. Not by -ii, iu or ie alone: the passport scheme
# writes those too (Dmitrii, Grebeniuk), and lists mix it with an English h for х (Dmitrii Balkenhanov).
_UKRAINIAN_LETTERS = re.compile(r"[єїґ]")
_LONE_H = re.compile(r"(?<![kzscg])h")


@lru_cache(maxsize=1)
def given_names() -> tuple[tuple[str, str, str], ...]:
    """The rows of `given_names.csv`: (form, common form, language of the form)."""
    with GIVEN_NAMES_FILE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    out = []
    for number, row in enumerate(rows, start=2):
        form, common, lang = (row.get(k, "").strip() for k in ("form", "common", "lang"))
        if not form or not common or not (row.get("source") or "").strip():
            raise VocabularyError(f"{GIVEN_NAMES_FILE.name}, row {number}: form, common and source are required")
        out.append((form, common, lang))
    return tuple(out)


@lru_cache(maxsize=1)
def _ukrainian_forms() -> frozenset[str]:
    """Given-name forms that only Ukrainian writes (Ihor, Olha, Serhii; Сергій, Олександр)."""
    return frozenset(form.casefold() for form, _, lang in given_names() if lang == "uk")


_PUNCTUATION = str.maketrans({c: " " for c in ".,;:()\"/"})


def _ukrainian(casefolded: str) -> bool:
    """A Ukrainian given-name form as a word of the name, or a Ukrainian letter."""
    return bool(_UKRAINIAN_LETTERS.search(casefolded)) or not _ukrainian_forms().isdisjoint(
        casefolded.translate(_PUNCTUATION).split())


# Any letter that one of the schemes is told by (a quick test: most names have none).
_ANY_MARK = re.compile(rf"[og]{_AP}|[şçğıöü]|i\u0307|can")


# What `scheme_of` is told by, as bits of `traits`.
_T_CYRILLIC, _T_MARK, _T_UZBEK_MARK, _T_UZBEK_ALSO, _T_TURKISH, _T_UKRAINIAN = (1 << k for k in range(6))


def traits(casefolded: str) -> int:
    """The letters and forms of a casefolded name that `scheme_of` is told by, as bits. No pattern spans a
    space nor looks across one, so the traits of a name are those of its space-separated pieces OR-ed
    (`link._fold_many` reads each distinct piece once)."""
    s = casefolded
    return ((_T_CYRILLIC if _CYRILLIC.search(s) else 0) | (_T_MARK if _ANY_MARK.search(s) else 0)
            | (_T_UZBEK_MARK if _UZBEK_MARK.search(s) else 0) | (_T_UZBEK_ALSO if _UZBEK_ALSO.search(s) else 0)
            | (_T_TURKISH if _TURKISH.search(s) else 0) | (_T_UKRAINIAN if _ukrainian(s) else 0))


def scheme_of_traits(bits: int) -> str:
    """`scheme_of` of a name of these `traits`."""
    if bits & _T_CYRILLIC:
        return "ukrainian" if bits & _T_UKRAINIAN else ""
    if bits & _T_MARK:
        if bits & _T_UZBEK_MARK and bits & _T_UZBEK_ALSO:
            return "uzbek"
        if bits & _T_TURKISH:
            return "turkish"
    return "ukrainian" if bits & _T_UKRAINIAN else ""


def scheme_of(name: str) -> str:
    """The scheme a name is spelled in: "turkish", "uzbek", "ukrainian", or "" (the common ones).
    A Cyrillic name is "ukrainian" or ""."""
    return scheme_of_traits(traits(name.casefold()))


def _joined(match: re.Match[str]) -> str:
    before = match.string[match.start() - 1:match.start()]
    if not before or not before.isalpha():
        return match.group(0)
    cyrillic = bool(_CYRILLIC.match(before))
    if match.group(1):
        return "ұлы" if cyrillic else "uly"
    return "қызы" if cyrillic else "kyzy"


def joins_apart(piece: str) -> bool:
    """Whether `prepare` would join this space-free piece of a name to the word before it (a patronymic
    written as a word of its own: `Серік` `қызы`)."""
    return _APART_PATRONYMIC.search(" " + piece) is not None


def prepare(name: str, scheme: str) -> str:
    """The name as its words are read: a patronymic word of its own joined to the father's name, Uzbek o' as u
    and g' as g, and no apostrophe inside a word."""
    name = _APART_PATRONYMIC.sub(_joined, name)
    if scheme == "uzbek":
        name = _UZBEK_G.sub("g", _UZBEK_O.sub("u", name))
    return _INNER_APOSTROPHE.sub("", name) if _ANY_APOSTROPHE.search(name) else name


def letters(word: str, scheme: str) -> str:
    """One casefolded word rewritten in its scheme's letters: Turkish c as zh, Ukrainian lone h as g."""
    if scheme == "turkish":
        return _TURKISH_C.sub("zh", word)
    if scheme == "ukrainian":
        return _LONE_H.sub("g", word)
    return word
