"""Text normalisation shared by the parsers and the header mapper.

In: a string as written in a list. Out: a string fit for display
(`clean_spaces`) or a matching key (`match_key`): lower case, `ё` as `е`,
Latin letters that look Cyrillic folded to Cyrillic inside Cyrillic words
(and the reverse inside Latin words), punctuation and spaces collapsed.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

# Latin letters that typists and OCR put inside Cyrillic words (and back).
_LATIN_TO_CYRILLIC = str.maketrans("aceopxyiABCEHKMOPTXY", "асеорхуіАВСЕНКМОРТХУ")
_CYRILLIC_TO_LATIN = str.maketrans("асеорхуіАВСЕНКМОРТХУ", "aceopxyiABCEHKMOPTXY")
_CYR = re.compile(r"[\u0400-\u04FF]")
_LAT = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[\w\u0400-\u04FF]+")
_SPACES = re.compile(r"\s+")
_PUNCTUATION = re.compile(r"[\"'«»“”„`´.,;:!?()\[\]{}/\\|*_#№]+")
# Non-breaking, thin and zero-width spaces, soft hyphen.
_INVISIBLE = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200b": "", "\u00ad": "", "\ufeff": ""})
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-"})


def clean_spaces(text: str) -> str:
    """NFC, invisible characters removed, runs of white space as one space, stripped."""
    return _clean_spaces(text) if type(text) is str else _clean_spaces(str(text))


# The same short texts come back again and again (`ст`, `г.`, a city, a header): each is worked out once.
@lru_cache(maxsize=1 << 16)
def _clean_spaces(text: str) -> str:
    if not text.isascii():  # ASCII is its own NFC and holds none of the characters below
        text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).translate(_DASHES)
    return _SPACES.sub(" ", text).strip()


def _fold_word(match: re.Match[str]) -> str:
    word = match.group(0)
    has_cyr = _CYR.search(word) is not None
    has_lat = _LAT.search(word) is not None
    if has_cyr and has_lat:
        n_cyr = len(_CYR.findall(word))
        n_lat = len(_LAT.findall(word))
        return word.translate(_LATIN_TO_CYRILLIC if n_cyr >= n_lat else _CYRILLIC_TO_LATIN)
    return word


def fold_homoglyphs(text: str) -> str:
    """In a word mixing scripts, turn look-alike letters into the word's main script."""
    if _CYR.search(text) is None or _LAT.search(text) is None:
        return text  # one script in the whole text: no word can mix them (the common case, and cheap)
    return _WORD.sub(_fold_word, text)


def match_key(text: str) -> str:
    """The key used to look a value up in a vocabulary."""
    return _match_key(text) if type(text) is str else _match_key(str(text))


@lru_cache(maxsize=1 << 16)
def _match_key(text: str) -> str:
    text = fold_homoglyphs(_clean_spaces(text)).casefold().replace("ё", "е")
    text = _PUNCTUATION.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


_SEP = "\x00"  # no cell holds it (a CSV with it is refused; XML cannot hold it)
_AROUND_SEP = re.compile(r" \x00 ?|\x00 ")  # a separator with a space beside it (one without is left as it is)
# The runs of white space `_SPACES.sub(" ", ...)` changes: all but a single plain space, which it gives back as it
# was (most of the spaces of a long text, between words): the same text with far fewer replacements.
_SPACES_TO_TIDY = re.compile(r"[^\S ]\s*| \s+")


def _joined(values) -> str | None:
    """The values as one text, NUL between them; None if a value holds NUL itself."""
    big = _SEP.join(map(str, values))
    return None if big.count(_SEP) != max(len(values) - 1, 0) else big


def clean_spaces_many(values) -> list[str]:
    """`clean_spaces` of each value, worked on all of them at once: the same text, value for value (the
    steps act within a value, never across the NUL between two)."""
    big = _joined(values)
    if big is None or not len(values):
        return [clean_spaces(v) for v in values]
    if not big.isascii():
        big = unicodedata.normalize("NFC", big).translate(_INVISIBLE).translate(_DASHES)
    big = _AROUND_SEP.sub(_SEP, _SPACES_TO_TIDY.sub(" ", big))
    return [part.strip() for part in big.split(_SEP)]


def match_keys(values) -> list[str]:
    """`match_key` of each value, worked on all of them at once (the same keys, value for value)."""
    big = _joined(values)
    if big is None or not len(values):
        return [match_key(v) for v in values]
    big = _SEP.join(clean_spaces_many(values))
    big = fold_homoglyphs(big).casefold().replace("ё", "е")
    big = _AROUND_SEP.sub(_SEP, _SPACES_TO_TIDY.sub(" ", _PUNCTUATION.sub(" ", big)))
    return [part.strip() for part in big.split(_SEP)]


# Kazakh written in Latin letters comes in three spellings, each a table of vocab/ (one row per letter or
# pair of letters): the alphabet of 2021 (ä ğ ñ ö ş ū ü ı: `bölık`, `şılde`), the alphabet of 2018 with acute
# accents (á ǵ ń ó ú ý ı, `sh`/`ch`: `bólik`, `shilde`, `aıyrý`) and the informal Latin people type with no
# letter of its own (`zh`/`sh`/`ch`, `q`: `tergeu`, `zhyly`). Letters of one script name it; `ı` alone and `q`
# (not before `u`) say Kazakh in some Latin script, and the readings are tried in the order below.
_SCRIPTS = {"2021": "kazakh_latin.csv", "2018": "kazakh_latin_2018.csv", "informal": "kazakh_latin_informal.csv",
            "2017": "kazakh_latin_2017.csv", "2017i": "kazakh_latin_2017_i.csv"}
# The alphabet of 2017 marks a letter with an apostrophe after it (`s'` ш, `g'` ғ, `o'` ө, `y'` у: `S'ymkent`,
# `bo'li'gi`); typists write `i'` for і as often as for и/й, so both readings are tried. A word of it keeps its
# apostrophes (any of the marks below, read as `'`).
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_LETTERS_2017 = re.compile(r"[aAgGnNoOuUyYsScCiI]['\u2019\u02bc`\u00b4]")
_WORD_2017 = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019\u02bc`\u00b4])*")
_LETTERS_2021 = re.compile(r"[äğñöşūüÄĞÑÖŞŪÜ]")
_LETTERS_2018 = re.compile(r"[áǵńóúýÁǴŃÓÚÝ]")
_KAZAKH_LATIN = re.compile(r"[ıİ]|(?<=[A-Za-z])[qQ](?![uU])|\b[qQ](?=[aeioyıAEIOY])")
# Pairs of letters for one Cyrillic letter in the informal Latin (`sh`, `ch` also in the alphabet of 2018).
_INFORMAL_PAIRS = re.compile(r"zh|kh|gh|y[aou]|sh|ch", re.IGNORECASE)


@cache
def _kazakh_latin(script: str = "2021") -> tuple[re.Pattern[str], dict[str, str]]:
    """The table of one script (vocab/kazakh_latin*.csv) as one regex (longest letters first) and its Cyrillic letters."""
    path = Path(__file__).resolve().parents[1] / "vocab" / _SCRIPTS[script]
    with open(path, encoding="utf-8", newline="") as fh:
        table = {row["latin"]: row["cyrillic"] for row in csv.DictReader(fh)}
    alternation = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.compile(alternation), table


def _in_cyrillic(text: str, script: str) -> str:
    regex, table = _kazakh_latin(script)

    def letter(match: re.Match[str]) -> str:
        return table[match.group(0)]

    def word(match: re.Match[str]) -> str:
        w = match.group(0)
        if _CYR.search(w):  # a Cyrillic word (`ҚР ҚК`) stays as it is
            return w
        lower = regex.sub(letter, w.lower().translate(_APOSTROPHES))
        if w.isupper() and len(w) > 1:
            return lower.upper()
        return lower[:1].upper() + lower[1:] if w[:1].isupper() else lower

    return (_WORD_2017 if script.startswith("2017") else _WORDS).sub(word, text)


_WORDS = re.compile(r"[^\W\d_]+")


def kazakh_latin_scripts(text: str, force: bool = False) -> tuple[str, ...]:
    """The Latin scripts of Kazakh the text may be written in, most likely first: the one whose own letters
    it holds, else all three where it holds `ı` or a Kazakh `q` (or with `force`), else none; the
    apostrophe Latin of 2017 first (its two readings of `i'`) where a letter it marks is followed by an
    apostrophe (`S'ymkent`)."""
    if _LETTERS_2018.search(text):
        return ("2018",)
    if _LETTERS_2021.search(text):
        return ("2021",)
    apostrophes = ("2017", "2017i") if _LETTERS_2017.search(text) else ()
    if not (force or _KAZAKH_LATIN.search(text)):
        return apostrophes
    if _INFORMAL_PAIRS.search(text):  # `zhyly`, `shilde`, `izolyator`: pairs of letters for one
        return (*apostrophes, "informal", "2018", "2021")
    return (*apostrophes, "2021", "2018", "informal")


def kazakh_latin_readings(text: str, force: bool = False) -> list[str]:
    """The text written in Cyrillic letters by each script it may be in (`kazakh_latin_scripts`), without
    repeats and without the text itself: `179-bap 2-bólik` -> [`179-бап 2-бөлік`]."""
    readings: list[str] = []
    for script in kazakh_latin_scripts(text, force):
        reading = _in_cyrillic(text, script)
        if reading != text and reading not in readings:
            readings.append(reading)
    return readings


def from_kazakh_latin(text: str, force: bool = False) -> str:
    """Kazakh in Latin letters (`405-bap 1-bölık`, `bas bostandyğynan aiyru`, `şılde`, `Köşe partiiasy`;
    `179-bap 2-bólik`, `aıyrý`) written in Cyrillic letters (`405-бап 1-бөлік`) by its most likely script,
    so that the vocabularies, which hold Kazakh in Cyrillic, read it; any other text is returned as it is,
    unless `force` (Kazakh words with no letter of their own: `6 nauryz 2019`)."""
    readings = kazakh_latin_readings(text, force)
    return readings[0] if readings else text


# Kazakh letters folded to the Russian letter they are written like in informal Latin (`Tugan`: туған,
# `Ustalgan`: ұсталған); `й` as `и` because Latin `i`/`ı` is both.
_KAZAKH_SKELETON = str.maketrans("әғқңөұүіһйё", "агкноууихие")


def kazakh_skeleton(key: str) -> str:
    """A match key with the letters Kazakh adds to the Russian alphabet folded away: a key to compare
    Kazakh written in any Latin spelling (read in Cyrillic) with the vocabularies' Cyrillic Kazakh."""
    return key.translate(_KAZAKH_SKELETON)
