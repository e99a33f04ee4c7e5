"""Person linkage: which case rows are the same person.

In: the `cases` table (name, birth_year, city, source, case_id, ...) and the
analyst's decisions (`data/raw/links.csv`, read by `read_decisions`).
Out (`link_cases`): `person_id` for every case, the `persons` table, and the
`links` table (one row per pair judged, with its score, the fields that agreed
and disagreed, and the decision), plus problem rows for decisions that name
no case.

How (see the README, "Persons and links"):
- a name is compared on a *folded* Latin spelling (`fold_name`): Cyrillic
  transliterated, Kazakh 2021 Latin letters and the other common schemes
  brought to one spelling (zh/j/dzh, kh/h/x, y/i, ye/e, doubled letters), the
  patronymic set apart, initials kept as initials;
- blocking: two names are compared only when they share a block key (the first
  three letters of one word, its first letter as a vowel/consonant class, with
  the first two letters or the consonant head of another word; names with
  initials on the initial), so the cost grows with the number of names, not
  its square; keys, pairs and comparisons are arrays, each distinct pair of
  names and of words compared once (rapidfuzz `cpdist`, in C); a name that
  hundreds of rows carry pairs only rows of the same birth year; of the rows
  of two alike names only the pairs that could reach review are formed (known
  birth years more than one apart never can); where a list has few distinct
  words and large blocks, every pair of words is compared instead and a name
  meets only the names of its blocks whose words are alike to its own
  (`_liked_pairs`: the very pairs the blocks give points to, found without
  comparing the rest);
- a pair's score adds points for the name (letters off that no slip of the
  keyboard or surname ending explains count little: `near`, `typo`), birth
  year (same, off by one, different), patronymic and city; two thresholds give
  `linked`, `review` and `not_linked`;
- the analyst's `same` / `different` always win; linked pairs are joined into
  persons (union-find), never across a `different`;
- person_id is a hash of the smallest case_id of the person: it stays while
  the person's cases stay.
"""
from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import permutations
from operator import methodcaller
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from rapidfuzz import process
from rapidfuzz.distance import OSA

from . import config, name_schemes
from .config import VocabularyError
from .parse.names import birth_year_in_name, clean_name, transliterate
from .parse.text import clean_spaces

# Points of a pair (log-odds style, hand-set on the planted duplicates of scripts/make_samples.py).
# A whole name alike is strong evidence in lists of a few thousand people; a birth year or
# patronymic that differs is strong evidence against; a city that differs is weak (people are
# tried, held and listed in other places).
# A long word off by one slip (or one surname with its Russian and its Kazakh ending) is `close`: with a
# birth year one apart it links even from another city (6 + 1 - 0.5), as it does with no year in one city.
NAME_EXACT, NAME_CLOSE, NAME_WEAK = 7.0, 6.0, 1.0
# Letters off that no slip of the keyboard and no second ending of a surname explains (`_one_slip`): a
# consonant for another in a long word (Ахметов / Ахмедов), two letters in a word, a letter in each of two
# words. Such names are mostly two people whose names share parts: only the same birth year and city
# together link them. In a long word (similarity from 0.85) NAME_NEAR; in a shorter one NAME_TYPO.
NAME_NEAR, NAME_TYPO = 3.5, 3.0
# A slip of the keyboard in a short word (`_slip`: Жандос / Жандас, Elena / Elene), the other words alike: the
# same name mistyped, not another name, so it counts as a slip in a long word does (NAME_CLOSE): with no birth
# year it links in the same city and waits for an analyst from another; a typo that no slip explains may be
# another name and counts much less.
NAME_SLIP = NAME_CLOSE
NAME_INITIALS, NAME_SURNAME_ONLY = 4.0, 2.0
# A surname with initials that fits exactly one person in all the lists (one full name, or its spellings
# linked as one person): more likely that person; with a birth year one apart it links from another city.
NAME_INITIALS_ONLY_FIT = 2.0
YEAR_SAME, YEAR_NEAR, YEAR_OTHER = 3.0, 1.0, -10.0
# Another father's name outweighs a name, year and city all alike (7 + 3 + 1 - 5 < LINK_THRESHOLD): such
# namesakes wait for an analyst.
PATRONYMIC_SAME, PATRONYMIC_OTHER = 1.0, -5.0
CITY_SAME, CITY_OTHER = 1.0, -0.5
# Thresholds: at or above LINK the pair is linked; at or above REVIEW an analyst should look.
LINK_THRESHOLD = 6.5
REVIEW_THRESHOLD = 4.0
# Token similarity (optimal string alignment, normalised) below which two words are other words.
_TOKEN_CLOSE, _TOKEN_TYPO, _TOKEN_WEAK = 0.85, 0.75, 0.6

DECISIONS_FILE_NAME = config.LINKS_FILE_NAME
DECISION_COLUMNS = ("source_a", "name_a", "birth_year_a", "source_b", "name_b", "birth_year_b", "decision")

# Kazakh 2021 Latin and other scheme letters -> one ASCII spelling, before the folds below.
_LETTERS = str.maketrans({
    "ä": "a", "ğ": "g", "ı": "i", "ñ": "n", "ö": "o", "q": "k", "ş": "sh", "ū": "u", "ü": "u",
    "ç": "ch", "š": "sh", "ž": "zh", "č": "ch", "ə": "a", "ǵ": "g", "ń": "n", "ý": "i", "ú": "u", "ó": "o",
    "á": "a", "w": "v", "x": "kh", "'": "", "’": "", "`": "", "ʼ": "", "-": "",
})
# Spellings of one sound in the schemes seen in lists (ICAO, BGN/PCGN, Kazakh 2021, English habits).
_FOLDS = [
    (re.compile(r"(?<=[aeiouy])j(?![aeiouy])"), "i"),  # j for й: Ajdos / Aidos, Dmitrij, Sergej (ж is j before a vowel)
    (re.compile(r"tsch"), "ch"),                    # German Ч: Fedortschuk / Fedorchuk
    (re.compile(r"shch|sch|shsh"), "sh"),
    (re.compile(r"dzh|dj|zh"), "j"),
    (re.compile(r"^je"), "e"),                      # German and Polish Е at the start: Jerlan / Yerlan / Erlan (Жеңіс: Zhenis, Jenis alike)
    (re.compile(r"kh|gh|(?<![sc])h"), "k"),         # Бақыт / Бахыт / Bakhyt, Гауһар / Гаухар
    (re.compile(r"tz"), "ts"),
    (re.compile(r"(?:^|(?<=[aeiouy]))y?e"), "e"),   # Yerlan / Erlan, Tleubayev / Tleubaev
    (re.compile(r"ie"), "e"),                       # Grigoriev / Grigorev (ь dropped), ICAO ъ
    (re.compile(r"y"), "i"),                        # Daniyar / Daniiar, Dmitry / Dmitrii, ы / і
    (re.compile(r"^til(?=e)"), "tl"),               # Kazakh Тіле- that Russian writes Тле- (Тілеубаев / Тлеубаев, Тілеген / Тлеген)
    # ж and ш alike: German writes both sch (Schukowa / Жукова, Schamil / Шамиль), and no two names of the lists
    # differ by them alone. After the Е rules above, so that Шералиев stays apart from Ералиев.
    (re.compile(r"sh"), "j"),
    (re.compile(r"([a-z])\1+"), r"\1"),             # Mussin / Musin, Yessimov / Esimov, Daniiar / Daniar
]
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna|uli|kizi)$")
_RUSSIAN_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna)$")
# The father's name inside a patronymic: Маратович, Маратовна, Маратұлы, Маратқызы -> marat.
_PATRONYMIC_END = re.compile(r"(?:ovich|evich|ovna|evna|ichna|ich|na|uli|kizi)$")
_WORD = re.compile(r"[^\W\d_]+\.?")
# Surname endings that one person writes either way: the Russian -ov/-ev and the Kazakh -uly
# (Ерденов / Ерденұлы), -ova/-eva and -kyzy for women. A surname alike but for them is close.
_SURNAME_END = re.compile(r"(?:ov|ev|uli)$|(?:ova|eva|kizi)$")
_FEMALE_END = ("ova", "eva", "kizi")
_VOWELS = set("aeiou")


_DIGIT = re.compile(r"\d")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# ё in a Latin spelling (Semyonov / Semenov, Yolkin / Elkin); after a vowel, yo is й and о (Bayov / Байов), as BGN
# writes й as y.
_LATIN_YO = re.compile(r"(?<![aeiou])yo")
# ... which is also how Latin writes ыо (Сарыов / Saryov): Cyrillic ыо folds as ё does, so both spellings meet.
_CYRILLIC_YO = re.compile(r"ыо")
_LATIN_OU = re.compile(r"ou")  # French у in a Latin spelling (Goulnar / Гульнар, Nourjan / Нұржан); оу in Cyrillic stays


# German (Duden) and Polish spellings of Russian letters, told by letters the English and Kazakh schemes do not use
# (sch, Polish sz, cz, ż, ł) or by a German or Polish ending with w for в (-ow, -ewa, -owna, -witsch); a w alone is
# not enough (Edward, Walikhanov, Kwon are English spellings). In such a name ch is х (Darchan / Дархан), j before
# a vowel is й (Julija / Юлия), sz is ш, cz is ч, ż is ж, ł is л.
# English and Kazakh Latin write с before ж as szh (Tastaszholov: Тасжолов); Polish never has szh, so sz before h is
# no sign of Polish and stays s and zh.
_GERMAN_OR_POLISH = re.compile(r"sch|sz(?!h)|cz|ż|ł|(?:ow|ew|owa|ewa|owna|ewna|witsch)\b")
_CENTRAL = [("tsch", "\x01"), ("sch", "\x02"), ("szh", "s\x03"), ("sz", "\x02"), ("cz", "\x01"), ("ż", "\x03"), ("ł", "l"),
            ("ch", "kh"), ("\x01", "ch"), ("\x02", "sh"), ("\x03", "zh")]
_CENTRAL_J = re.compile(r"j(?=[aeiouy])")


def central_european(name: str) -> bool:
    """The name is spelled the German or Polish way (see _GERMAN_OR_POLISH)."""
    return bool(_GERMAN_OR_POLISH.search(name.casefold())) and not _CYRILLIC.search(name)


# Letters of the Kazakh Latin alphabet of 2021 that the English, passport and Uzbek Latin schemes do not use. That
# alphabet writes ш as ş, so in a name written in it sh is с and х (Seiitsendoshanūly: Сейітсендосханұлы, Ashat
# Nūrlanov: Асхат), as skh is in the English scheme; but not at the start of a word, where no name has сх and a
# writer who mixes schemes means ш (Ūlan Shalkarov). Not q: English spellings write Қ as q too, with sh for ш
# (Quanish: Қуаныш), and so does Uzbek Latin (Qobil Ashurov).
_KAZAKH_LATIN = re.compile(r"[äğıñöşūü]")
_KAZAKH_LATIN_SH = re.compile(r"(?<=.)sh")


def kazakh_latin(name: str) -> bool:
    """The name is written in the Kazakh Latin alphabet of 2021 (see _KAZAKH_LATIN)."""
    return bool(_KAZAKH_LATIN.search(name.casefold())) and not _CYRILLIC.search(name)


@lru_cache(maxsize=None)
def _fold_word(word: str, central: bool = False, scheme: str = "", kazakh: bool = False) -> str:
    """One word folded (`_spell_word`), a given name in another language's form as its common form
    (`vocab/given_names.csv`: Serhii, Сергій as Сергей; Чингиз as Шыңғыс)."""
    s = _spell_word(word, central, scheme, kazakh)
    return _given_names(scheme == "ukrainian").get(s, s)


@lru_cache(maxsize=2)
def _given_names(ukrainian: bool) -> dict[str, str]:
    """Folded form of a given name -> folded common form. The Ukrainian forms are read only in a name
    in the Ukrainian scheme (`name_schemes.scheme_of`; such a form makes a name so), folded as that scheme
    reads them: Halyna is Галина, Калина stays Калина, and Сергий (misspelt Сергей) is left to the comparison."""
    out: dict[str, str] = {}
    for form, common, lang in name_schemes.given_names():
        if lang == "uk" and not ukrainian:
            continue
        target = _spell_word(common)
        key = _spell_word(form, False, "ukrainian" if lang == "uk" else "")
        if key != target and out.setdefault(key, target) != target:
            raise VocabularyError(f"{name_schemes.GIVEN_NAMES_FILE.name}: {form} folds to {key}, "
                                  f"the form of both {out[key]} and {target}")
    return out


@lru_cache(maxsize=None)
def _spell_word(word: str, central: bool = False, scheme: str = "", kazakh: bool = False) -> str:
    s = unicodedata.normalize("NFC", word.casefold())
    if kazakh:
        s = _KAZAKH_LATIN_SH.sub("skh", s)
    if central:
        for a, b in _CENTRAL:
            s = s.replace(a, b)
        s = _CENTRAL_J.sub("y", s)
    s = name_schemes.letters(s, scheme)
    s = s.translate(_LETTERS)
    if not _CYRILLIC.search(s):
        s = _LATIN_OU.sub("u", _LATIN_YO.sub("e", s))
    else:
        s = _CYRILLIC_YO.sub("ё", s)
    s = transliterate(s).casefold()
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = re.sub(r"[^a-z]", "", s)
    for pattern, repl in _FOLDS:
        s = pattern.sub(repl, s)
    return s


def _letter_class(letter: str) -> str:
    """A first letter as blocking sees it: every vowel alike (Өтегенов / Утегенов, Ысқақов / Искаков),
    z as j (`Z.` is how an English list abbreviates Zhuldyz)."""
    return "v" if letter in _VOWELS else "j" if letter == "z" else letter


@dataclass(frozen=True)
class FoldedName:
    """A name as compared: full words (folded, patronymic apart), initials, patronymic."""

    words: tuple[str, ...]
    initials: tuple[str, ...]
    patronymic: str  # folded patronymic, or its initial, or ""

    @property
    def key(self) -> str:
        return " ".join(sorted(self.words)) + "|" + "".join(self.initials) + "|" + self.patronymic


# What `fold_name` reads off a whole name before its words, as bits (`_traits`): the scheme's (name_schemes.traits)
# and these. `_T_ODD` marks a piece of a name that `_fold_many` does not fold on its own (see there).
_T_GERMAN_OR_POLISH, _T_KAZAKH_LATIN, _T_CYRILLIC_AS_WRITTEN, _T_ODD = (1 << k for k in range(8, 12))


def _traits(name: str) -> int:
    """The traits of a name (or of one space-free piece of it) that decide how its words are folded: its
    scheme's (`name_schemes.traits`), German or Polish letters, Kazakh 2021 Latin letters, Cyrillic letters."""
    s = name.casefold()
    return (name_schemes.traits(s) | (_T_GERMAN_OR_POLISH if _GERMAN_OR_POLISH.search(s) else 0)
            | (_T_KAZAKH_LATIN if _KAZAKH_LATIN.search(s) else 0) | (_T_CYRILLIC_AS_WRITTEN if _CYRILLIC.search(name) else 0))


@lru_cache(maxsize=64)
def _reading(bits: int) -> tuple[bool, str, bool]:
    """(central, scheme, kazakh) of a name of these traits: `central_european`, `name_schemes.scheme_of`
    (not for a German or Polish name), `kazakh_latin` (not for an Uzbek one)."""
    central = bool(bits & _T_GERMAN_OR_POLISH) and not bits & _T_CYRILLIC_AS_WRITTEN
    scheme = "" if central else name_schemes.scheme_of_traits(bits)
    kazakh = scheme != "uzbek" and bool(bits & _T_KAZAKH_LATIN) and not bits & _T_CYRILLIC_AS_WRITTEN
    return central, scheme, kazakh


def _read_words(prepared: str, central: bool, scheme: str, kazakh: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(full words, initials) of a name as `name_schemes.prepare` gives it, each word folded."""
    words: list[str] = []
    initials: list[str] = []
    for raw in _WORD.findall(prepared):
        letters = raw.rstrip(".")
        folded = _fold_word(letters, central, scheme, kazakh)
        if not folded:
            continue
        if len(letters) == 1 or (raw.endswith(".") and len(letters) <= 2):
            initials.append(folded[0])  # `Е.`, `Zh.`
        else:
            words.append(folded)
    return tuple(words), tuple(initials)


@lru_cache(maxsize=None)
def _patronymic_kind(word: str) -> int:
    """2 for a folded word with a Russian patronymic's ending, 1 for another patronymic's (-uly, -kyzy), else 0."""
    return 2 if _RUSSIAN_PATRONYMIC.search(word) else 1 if _PATRONYMIC.search(word) else 0


def _folded(words: list[str], initials: list[str]) -> FoldedName:
    """The name of these folded words and initials, its patronymic set apart."""
    patronymic = ""
    if len(words) >= 3:
        kinds = [_patronymic_kind(w) for w in words]
        if any(kinds):
            found = [i for i, k in enumerate(kinds) if k]
            # -uly / -kyzy ends Kazakh surnames too (Тимур Жанатұлы Ерсейітұлы): a Russian patronymic
            # first, then the middle word of three (first name, patronymic, surname), else the last.
            russian = [i for i in found if kinds[i] == 2]
            pick = russian[-1] if russian else 1 if (len(words) == 3 and 1 in found) else found[-1]
            patronymic = words.pop(pick)
    if not patronymic and len(words) == 1 and len(initials) >= 2:
        patronymic = initials.pop()  # `Ерденов Е.М.`: the second initial is the father's name
    return FoldedName(tuple(words), tuple(initials), patronymic)


@lru_cache(maxsize=None)
def fold_name(name: str) -> FoldedName:
    """Fold a name as written into the words, initials and patronymic that are compared."""
    if _DIGIT.search(name):
        name = clean_name(name).value or name  # `Иванов Иван, 1985 г.р.`: the year is not part of the name
    central, scheme, kazakh = _reading(_traits(name))
    words, initials = _read_words(name_schemes.prepare(clean_spaces(name), scheme), central, scheme, kazakh)
    return _folded(list(words), list(initials))


def _head(word: str, n: int) -> str:
    return _letter_class(word[0]) + word[1:n]


def _consonant_head(word: str) -> str:
    """A word's first letter (as a class) and the first consonant after it: Тимур and its slip Тмур
    both give `tm`, as does a Kazakh vowel between the first two consonants."""
    return _letter_class(word[0]) + next((c for c in word[1:] if c not in _VOWELS), "")


def block_keys(name: FoldedName) -> list[str]:
    """Keys of the blocks this name is compared in, for full names: a word's first three letters
    (the first as a class) with the first two of another word (`vrd|vr`), and with that word's
    consonant head (`vrd|~vr`)."""
    return [key for i, w in enumerate(name.words) for j, o in enumerate(name.words) if i != j
            for key in (f"{_head(w, 3)}|{_head(o, 2)}", f"{_head(w, 3)}|~{_consonant_head(o)}")]


def _skeleton(word: str) -> str:
    """A word's first letter (as a class) and the next two consonants, its vowels left out: Аманжолова and
    its slip Амнжолова both give `vmn`."""
    return _letter_class(word[0]) + "".join([c for c in word[1:] if c not in _VOWELS][:2])


def initial_keys(name: FoldedName) -> list[str]:
    """Keys for names with initials (`Ерденов Е.М.`): a word's first three letters, and its skeleton
    (`_skeleton`: a surname with initials has nothing else to meet on when a vowel in its first letters
    is mistyped or left out), with the first letter of an initial; full names have these keys too, with
    the first letter of another word."""
    others = [[o[0] for j, o in enumerate(name.words) if j != i] + list(name.initials) for i in range(len(name.words))]
    return [key for w, rest in zip(name.words, others) for x in (rest or ["*"])
            for key in (f"{_head(w, 3)}|{_letter_class(x)}", f"~{_skeleton(w)}|{_letter_class(x)}")]


def _sim(a: str, b: str) -> float:
    return OSA.normalized_similarity(a, b)  # a swap of two letters is one edit


@lru_cache(maxsize=1_000_000)
def _word_sim(a: str, b: str) -> float:
    """Similarity of two folded words; the male and female forms of a surname are other words; one
    surname with the Russian and the Kazakh ending (Ерденов / Ерденұлы) is close."""
    if _gender_clash(a, b):
        return 0.0
    sim = OSA.normalized_similarity(a, b)
    if sim < _TOKEN_CLOSE and _surname_stem(a) is not None and _surname_stem(a) == _surname_stem(b):
        return _TOKEN_CLOSE
    return sim


def _surname_stem(word: str) -> str | None:
    """The stem of a surname with a Russian or Kazakh ending, with its gender (`erden|m`), else None.
    A last u or k of the stem is left out: the fold of doubled letters joins it with the ending's
    first letter (Төлеуұлы: toleuli, Толеуов: toleuov; Жұмабекқызы: jumabekizi, Жумабекова: jumabekova)."""
    m = _SURNAME_END.search(word)
    if m is None or m.start() < 3:
        return None
    stem = word[:m.start()]
    if stem[-1] in "uk" and len(stem) > 3:
        stem = stem[:-1]
    return stem + ("|f" if m.group().endswith(_FEMALE_END) else "|m")


def _slip(x: str, y: str) -> bool:
    """One slip of the keyboard in a word of five letters or more, past its first letters: two
    neighbours swapped (Pavel / Pavle) or one vowel for another (Elena / Elene); also a vowel left
    out (`_letter_dropped`). A consonant for another (Erlan / Erzhan, Asel / Asem) makes another
    name, so it is not a slip."""
    if len(x) != len(y) or len(x) < 5:
        return False
    diff = [k for k in range(len(x)) if x[k] != y[k]]
    if len(diff) == 2 and diff[1] == diff[0] + 1 and diff[0] >= 1:
        k = diff[0]
        return x[k] == y[k + 1] and x[k + 1] == y[k]
    return len(diff) == 1 and diff[0] >= 2 and x[diff[0]] in _VOWELS and y[diff[0]] in _VOWELS


def _letter_dropped(x: str, y: str) -> bool:
    """One letter left out of a word of five letters or more: a vowel past the first letter (Timur /
    Timr; the Kazakh vowel between two consonants, Бауыржан / Бауржан), a
    consonant past the first two letters (Медет / Меет, Zhandos / Zhados): leaving a key out is the
    commonest slip."""
    if len(x) < len(y):
        x, y = y, x
    if len(x) != len(y) + 1 or len(x) < 5:
        return False
    k = next((k for k in range(len(y)) if x[k] != y[k]), len(y))
    return (k >= 1 if x[k] in _VOWELS else k >= 2) and x[:k] + x[k + 1:] == y


@lru_cache(maxsize=1_000_000)
def _one_slip(x: str, y: str) -> bool:
    """Two folded words that differ by what one person's spelling explains: one slip of the keyboard
    (`_slip`, `_letter_dropped`) or the Russian and the Kazakh ending of one surname (Ерденов /
    Ерденұлы), or the Kazakh ө written у (`_kazakh_o`). Another consonant (Ахметов / Ахмедов) or two
    letters off are not."""
    if x == y:
        return False
    stem = _surname_stem(x)
    return (stem is not None and stem == _surname_stem(y)) or _slip(x, y) or _letter_dropped(x, y) or _kazakh_o(x, y)


def _kazakh_o(x: str, y: str) -> bool:
    """The Kazakh ө that a Russian spelling writes у (Өтеген / Утеген, Өтебаев / Утебаев): one o for
    one u, anywhere in a word of five letters or more."""
    if len(x) != len(y) or len(x) < 5:
        return False
    diff = [k for k in range(len(x)) if x[k] != y[k]]
    return len(diff) == 1 and {x[diff[0]], y[diff[0]]} == {"o", "u"}


def _initial_agrees(initial: str, word: str) -> bool:
    return initial == word[0] or {initial, word[0]} <= {"e", "i"} or {initial, word[0]} <= {"z", "j"}


def _gender_clash(x: str, y: str) -> bool:
    """Ерденов / Ерденова: the male and female forms of one surname are two people."""
    return (x.endswith(("ova", "eva", "ina")) and y == x[:-1]) or (y.endswith(("ova", "eva", "ina")) and x == y[:-1])


def compare_names(a: FoldedName, b: FoldedName) -> tuple[float, str]:
    """(points, how) for two folded names: how is `exact`, `close`, `slip`, `near`, `typo`, `weak`,
    `initials`, `surname_only` or `other`."""
    if len(a.words) < len(b.words):
        a, b = b, a
    if not b.words:
        return 0.0, "other"
    if len(b.words) >= 2:
        # The best order of the words: the least alike pair as alike as can be, then every word that
        # differs explained by a slip or a surname's ending (`_one_slip`).
        best = None
        for perm in permutations(a.words, len(b.words)):
            sims = [_word_sim(x, y) for x, y in zip(perm, b.words)]
            off = [(x, y) for x, y, v in zip(perm, b.words, sims) if v < 0.999]
            here = (min(sims), all(_one_slip(x, y) for x, y in off), -len(off))
            if best is None or here[:2] > best[:2]:
                best = here
        low, explained, n_off = best[0], best[1], -best[2]
        if low >= 0.999:
            return (NAME_EXACT, "exact") if len(a.words) == len(b.words) else (NAME_CLOSE, "close")
        found = (((NAME_CLOSE, "close") if explained else (NAME_NEAR, "near")) if low >= _TOKEN_CLOSE
                 else ((NAME_SLIP, "slip") if explained and n_off == 1 else (NAME_TYPO, "typo")) if low >= _TOKEN_TYPO
                 else (NAME_WEAK, "weak") if low >= _TOKEN_WEAK else (0.0, "other"))
        if found[0] < NAME_CLOSE and len(a.words) > len(b.words):
            # A surname split by a space or hyphen (Сейт-Казин / Сейтказин): join neighbours and compare again.
            for k in range(len(a.words) - 1):
                joined = FoldedName(a.words[:k] + (a.words[k] + a.words[k + 1],) + a.words[k + 2:], a.initials, a.patronymic)
                found = max(found, compare_names(joined, b))
        return found
    # b has one full word: a surname with initials, or a single word.
    word = b.words[0]
    sims = [(_word_sim(word, w), i) for i, w in enumerate(a.words)]
    top, at = max(sims)
    if top < _TOKEN_CLOSE:
        return 0.0, "other"
    rest_a = [w for i, w in enumerate(a.words) if i != at]
    if b.initials:
        rest = [w[0] for w in rest_a] + list(a.initials)
        if rest and all(any(_initial_agrees(x, r) for r in rest) for x in b.initials):
            return NAME_INITIALS, "initials"
        return 0.0, "other"
    if not rest_a and not a.initials:
        return NAME_SURNAME_ONLY, "surname_only"
    return 0.0, "other"


def _patronymic_points(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    if len(a) == 1 or len(b) == 1:
        return PATRONYMIC_SAME if _initial_agrees(a[0], b[0]) else PATRONYMIC_OTHER
    a, b = _PATRONYMIC_END.sub("", a) or a, _PATRONYMIC_END.sub("", b) or b
    return PATRONYMIC_SAME if _sim(a, b) >= _TOKEN_TYPO else PATRONYMIC_OTHER


# ---------------------------------------------------------------- candidate pairs

# Rows per folded name above which the name alone does not pair rows (see candidate_pairs).
_COMMON_NAME = 200
# ... or that rows of this many different known birth years carry (at least that many people).
_COMMON_YEARS = 4
_NO_YEAR = -1_000_000
_MAX_WORDS = 3        # names with more full words than this are compared one pair at a time
_CHUNK = 400_000      # name pairs compared at once (memory stays bounded)
_KEYED_ROWS = 4_000_000  # key matches made at once before they are reduced to distinct pairs
_DENSE_WORDS = 1_000  # up to this many distinct words, word likenesses are kept in a table by pair


def _codes(values: list[str]) -> tuple[np.ndarray, np.ndarray]:
    codes, uniques = pd.factorize(np.asarray(values, dtype=object))
    return codes.astype(np.int64), np.asarray(uniques, dtype=object)


@dataclass
class _Names:
    """The distinct folded names as arrays: word ids (padded with -1), word counts, initials."""

    folded: list[FoldedName]
    words: np.ndarray       # distinct folded words (object)
    owner: np.ndarray       # one entry per (name, word): the name's index
    pos: np.ndarray         # the word's place in the name
    word: np.ndarray        # the word's id
    n_words: np.ndarray     # per name
    grid: np.ndarray        # (names, _MAX_WORDS) word ids, -1 where none
    grid_t: np.ndarray      # the same, one contiguous row per place in the name
    lengths: np.ndarray     # of each distinct word
    stems: np.ndarray       # of each distinct word: a code of its surname stem (`_surname_stem`), -1 if none
    letters: np.ndarray     # of each distinct word: its letters as bits (`_letter_bits`)
    known: np.ndarray | None = None  # `_word_sim` by word-pair code, nan until computed (few distinct words only)
    known_slip: np.ndarray | None = None  # `_one_slip` likewise (valid where `known` is computed)


def _letter_bits(word: str) -> int:
    """A folded word's letters (a to z) as bits: bit k when letter k occurs, bit 32 + k when it occurs twice or more."""
    bits = 0
    for letter in set(word):
        k = ord(letter) - 97
        bits |= (1 << k) | ((1 << (32 + k)) if word.count(letter) > 1 else 0)
    return bits


def _names(folded: list[FoldedName]) -> _Names:
    n = len(folded)
    n_words = np.fromiter((len(f.words) for f in folded), dtype=np.int64, count=n)
    flat = [w for f in folded for w in f.words]
    owner = np.repeat(np.arange(n, dtype=np.int64), n_words)
    pos = np.arange(len(flat), dtype=np.int64) - np.repeat(np.cumsum(n_words) - n_words, n_words)
    word, words = _codes(flat) if flat else (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=object))
    grid = np.full((n, _MAX_WORDS), -1, dtype=np.int64)
    fits = pos < _MAX_WORDS
    grid[owner[fits], pos[fits]] = word[fits]
    lengths = np.fromiter((len(w) for w in words), dtype=np.int64, count=len(words))
    stems = pd.factorize(np.array([_surname_stem(w) for w in words], dtype=object), use_na_sentinel=True)[0]
    dense = len(words) <= _DENSE_WORDS
    known = np.full(len(words) ** 2, np.nan) if dense else None
    known_slip = np.zeros(len(words) ** 2, dtype=bool) if dense else None
    letters = np.fromiter((_letter_bits(w) for w in words), dtype=np.int64, count=len(words))
    return _Names(folded, words, owner, pos, word, n_words, grid, np.ascontiguousarray(grid.T), lengths, stems.astype(np.int64),
                  letters, known, known_slip)


def _block_members(nm: _Names) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(full keys, initial keys): frames of (key, i), the keys coded as integers; the same keys as
    `block_keys` and `initial_keys` give."""
    head3, h3 = _codes([_head(w, 3) for w in nm.words])
    letters = sorted({_letter_class(c) for c in "abcdefghijklmnopqrstuvwxyz"} | {"*"})
    letter_code = {c: k for k, c in enumerate(letters)}
    first = np.array([letter_code[_letter_class(w[0])] for w in nm.words], dtype=np.int64)
    table = pd.DataFrame({"i": nm.owner, "p": nm.pos, "w": nm.word})
    other = table.merge(table, on="i", suffixes=("", "_o"))
    other = other.loc[other["p"] != other["p_o"]]
    w, wo = other["w"].to_numpy(), other["w_o"].to_numpy()
    head2, h2 = _codes([_head(w, 2) for w in nm.words])
    chead, ch = _codes([_consonant_head(w) for w in nm.words])
    tails = len(h2) + len(ch)
    full = pd.concat([pd.DataFrame({"key": head3[w] * tails + head2[wo], "i": other["i"].to_numpy()}),
                      pd.DataFrame({"key": head3[w] * tails + len(h2) + chead[wo], "i": other["i"].to_numpy()})],
                     ignore_index=True)
    # Initial keys: a word's head, and its skeleton (coded after the heads), with the class of each other
    # word's first letter and each initial, or `*` for a lone word.
    skeleton = _codes([_skeleton(w) for w in nm.words])[0] + len(h3)
    inits = [(i, letter_code[_letter_class(x)]) for i, f in enumerate(nm.folded) for x in f.initials]
    init_frame = pd.DataFrame(inits, columns=["i", "x"]) if inits else pd.DataFrame({"i": [], "x": []}, dtype=np.int64)
    with_init = table.merge(init_frame, on="i")
    lone = table.loc[(nm.n_words[nm.owner] == 1) & ~np.isin(nm.owner, init_frame["i"].to_numpy())]
    n_letters = len(letters)
    initial = pd.concat([part for lead in (head3, skeleton) for part in (
        pd.DataFrame({"key": lead[w] * n_letters + first[wo], "i": other["i"].to_numpy()}),
        pd.DataFrame({"key": lead[with_init["w"].to_numpy()] * n_letters + with_init["x"].to_numpy(), "i": with_init["i"].to_numpy()}),
        pd.DataFrame({"key": lead[lone["w"].to_numpy()] * n_letters + letter_code["*"], "i": lone["i"].to_numpy()}),
    )], ignore_index=True)
    return full.drop_duplicates(), initial.drop_duplicates()


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct integers, sorted (sort and compare neighbours: np.unique hashes, slower here)."""
    values = np.sort(values)
    return values[np.concatenate([[True], values[1:] != values[:-1]])] if len(values) else values


def _join(left_key: np.ndarray, left_i: np.ndarray, right_key: np.ndarray, right_i: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(i, j) for every left row and right row of one key; right_key sorted (an inner join on arrays)."""
    start = np.searchsorted(right_key, left_key, side="left")
    count = np.searchsorted(right_key, left_key, side="right") - start
    total = int(count.sum())
    at = np.repeat(start - np.cumsum(count) + count, count) + np.arange(total)
    return np.repeat(left_i, count), right_i[at]


def _short_names(nm: _Names) -> np.ndarray:
    """Per name: it has initials or fewer than two full words (it meets other names on initial keys too)."""
    return np.fromiter((bool(f.initials) or len(f.words) < 2 for f in nm.folded), dtype=bool, count=len(nm.folded))


def _blocked_pairs(nm: _Names, members: tuple[pd.DataFrame, pd.DataFrame] | None = None):
    """Distinct name pairs (i < j) that share a block key, as arrays (i, j), a chunk at a time: a
    pair comes in the chunk of its smaller name, so a chunk's pairs are made distinct on their own
    and no more than about `_KEYED_ROWS` key matches are held at once. `members`: `_block_members(nm)`."""
    full, initial = _block_members(nm) if members is None else members
    n = len(nm.folded)
    short = _short_names(nm)
    # Full names meet on full keys; a name with initials (or one word) meets every name on initial keys.
    fk, fi = full["key"].to_numpy(dtype=np.int64), full["i"].to_numpy(dtype=np.int64)
    ik, ii = initial["key"].to_numpy(dtype=np.int64), initial["i"].to_numpy(dtype=np.int64)
    lone = short[ii]
    lk, li = ik[lone], ii[lone]
    sides = []
    for key, i in ((fk, fi), (ik, ii), (lk, li)):
        order = np.argsort(key, kind="stable")
        sides.append((key[order], i[order]))
    (fk_s, fi_s), (ik_s, ii_s), (lk_s, li_s) = sides

    def block(sorted_key: np.ndarray, key: np.ndarray) -> np.ndarray:
        return np.searchsorted(sorted_key, key, side="right") - np.searchsorted(sorted_key, key, side="left")

    weight = (np.bincount(fi, weights=block(fk_s, fk), minlength=n) + np.bincount(li, weights=block(ik_s, lk), minlength=n)
              + np.bincount(ii, weights=block(lk_s, ik), minlength=n))
    cuts = np.searchsorted(np.cumsum(weight), np.arange(_KEYED_ROWS, weight.sum() + _KEYED_ROWS, _KEYED_ROWS))
    bounds = np.unique(np.concatenate([[0], np.minimum(cuts + 1, n), [n]]))
    for lo_c, hi_c in zip(bounds[:-1], bounds[1:]):
        f, lo_side, i_side = (fi >= lo_c) & (fi < hi_c), (li >= lo_c) & (li < hi_c), (ii >= lo_c) & (ii < hi_c)
        found = [_join(fk[f], fi[f], fk_s, fi_s), _join(lk[lo_side], li[lo_side], ik_s, ii_s), _join(ik[i_side], ii[i_side], lk_s, li_s)]
        i = np.concatenate([x for x, _ in found])
        j = np.concatenate([y for _, y in found])
        lo, hi = np.minimum(i, j), np.maximum(i, j)
        keep = (lo < hi) & (lo >= lo_c) & (lo < hi_c)
        code = _distinct(lo[keep] * n + hi[keep])
        yield code // n, code % n


def _word_sims(nm: _Names, code: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(`_word_sim`, `_one_slip`) of word pairs coded lo * words + hi (lo <= hi), each distinct pair
    computed once, in C; with few distinct words, a pair computed once is looked up afterwards."""
    if nm.known is not None:
        found = nm.known[code]
        todo = np.isnan(found)
        if todo.any():
            new = _distinct(code[todo])
            nm.known[new], nm.known_slip[new] = _word_sims_of(nm, new)
            found = nm.known[code]
        return found, nm.known_slip[code]
    back, distinct = pd.factorize(code)
    sims, slips = _word_sims_of(nm, distinct)
    return sims[back], slips[back]


# The likeness given to a pair of words that cannot be alike (`_word_sims_of`): below every threshold,
# above the -1 of a missing word.
_UNLIKE = -0.5


def _word_sims_of(nm: _Names, code: np.ndarray, prune: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """(`_word_sim`, `_one_slip`) of the word pairs coded lo * words + hi. With `prune`, a pair whose
    letters alone show it is below _TOKEN_WEAK (and has no surname stem in common) is not computed: it
    is _UNLIKE, not a slip. An edit changes the count of at most one letter up and one down, so the
    edit distance is at least the letters of one word that the other lacks (counted up to two of each
    letter, `_letter_bits`) and at least the difference of the lengths."""
    n = len(nm.words)
    ia, ib = code // n, code % n
    la, lb = nm.lengths[ia], nm.lengths[ib]
    same_stem = (nm.stems[ia] == nm.stems[ib]) & (nm.stems[ia] >= 0)
    sim = np.full(len(code), _UNLIKE)
    slip = np.zeros(len(code), dtype=bool)
    if prune:
        ma, mb = nm.letters[ia], nm.letters[ib]
        least = np.maximum(np.maximum(np.bitwise_count(ma & ~mb), np.bitwise_count(mb & ~ma)).astype(np.int64), np.abs(la - lb))
        todo = np.flatnonzero(same_stem | (1.0 - least / np.maximum(la, lb).astype(np.float64) >= _TOKEN_WEAK))
    else:
        todo = np.arange(len(code))
    ia, ib, la, lb, same_stem = ia[todo], ib[todo], la[todo], lb[todo], same_stem[todo]
    x, y = nm.words[ia], nm.words[ib]
    dist = np.asarray(process.cpdist(list(x), list(y), scorer=OSA.distance, workers=1), dtype=np.float64)
    part = 1.0 - dist / np.maximum(la, lb).astype(np.float64)
    part = np.where(same_stem & (part < _TOKEN_CLOSE), _TOKEN_CLOSE, part)
    # The male and female forms of one surname (one letter apart) are other words.
    maybe = np.flatnonzero((dist == 1) & (np.abs(la - lb) == 1))
    if len(maybe):
        part[maybe[[_gender_clash(x[k], y[k]) for k in maybe]]] = 0.0
    # `_one_slip`: one edit in a word of five letters or more, or one surname's two endings; the
    # positions are checked in Python for those few pairs only.
    ask = np.flatnonzero(((dist == 1) & (np.maximum(la, lb) >= 5) & (part >= _TOKEN_TYPO)) | (same_stem & (dist > 0)))
    if len(ask):
        slip[todo[ask]] = [_one_slip(x[k], y[k]) for k in ask]
    sim[todo] = part
    return sim, slip


_HOW = np.array(["other", "weak", "typo", "close", "exact", "near", "slip"], dtype=object)
_HOW_POINTS = np.array([0.0, NAME_WEAK, NAME_TYPO, NAME_CLOSE, NAME_EXACT, NAME_NEAR, NAME_SLIP])


def _compare_many(nm: _Names, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`compare_names` of the name pairs (i, j), vectorised where both names have two or three full
    words; the rest (a one-word name, a longer name) one by one, when a word is alike at all."""
    points = np.zeros(len(i))
    level = np.zeros(len(i), dtype=np.int64)  # index into _HOW
    ni, nj = nm.n_words[i], nm.n_words[j]
    longer = ni >= nj
    a = np.where(longer, i, j)
    b = np.where(longer, j, i)
    na, nb = nm.n_words[a], nm.n_words[b]
    # sims[p, q]: word p of a against word q of b (-1 where either has no such word), all slots at once
    n_w = len(nm.words)
    ga = [nm.grid_t[p][a] for p in range(_MAX_WORDS)]
    gb = [nm.grid_t[q][b] for q in range(_MAX_WORDS)]
    code = np.empty((_MAX_WORDS, _MAX_WORDS, len(i)), dtype=np.int64)  # lo * words + hi; < 0 where a word is missing
    for p in range(_MAX_WORDS):
        for q in range(_MAX_WORDS):
            lo = np.minimum(ga[p], gb[q])
            np.add(lo * n_w, np.maximum(ga[p], gb[q]), out=code[p, q])
            code[p, q][lo < 0] = -1
    ok = code >= 0
    if ok.all():
        sims, slips = _word_sims(nm, code.reshape(-1))
        sims, slips = sims.reshape(code.shape), slips.reshape(code.shape)
    else:
        sims, slips = np.full(code.shape, -1.0), np.zeros(code.shape, dtype=bool)
        sims[ok], slips[ok] = _word_sims(nm, code[ok])
    fine = (sims >= 0.999) | slips  # a word alike, or off by what one spelling explains
    like = sims >= _TOKEN_WEAK
    many = (nb >= 2) & (na <= _MAX_WORDS)
    for size_a in range(2, _MAX_WORDS + 1):
        for size_b in range(2, size_a + 1):
            rows = np.flatnonzero(many & (na == size_a) & (nb == size_b))
            if not len(rows):
                continue
            perms = list(permutations(range(size_a), size_b))
            # Only a pair whose every word of b is like a word of a (in one order) gets any points:
            # find those on booleans first, then their best order.
            fits = np.zeros(len(rows), dtype=bool)
            for perm in perms:
                fit = like[perm[0], 0][rows]
                for q in range(1, size_b):
                    fit &= like[perm[q], q][rows]
                fits |= fit
            rows = rows[fits]
            # the best order (`compare_names`): the highest lowest likeness, then every word off explained
            best = np.full(len(rows), -np.inf)
            best_fine = np.zeros(len(rows), dtype=bool)
            best_off = np.zeros(len(rows), dtype=np.int64)
            for perm in perms:
                low = sims[perm[0], 0][rows]
                all_fine = fine[perm[0], 0][rows].copy()
                off = (sims[perm[0], 0][rows] < 0.999).astype(np.int64)
                for q in range(1, size_b):
                    s_q = sims[perm[q], q][rows]
                    low = np.minimum(low, s_q)
                    all_fine &= fine[perm[q], q][rows]
                    off += s_q < 0.999
                better = (low > best) | ((low == best) & all_fine & ~best_fine)
                best = np.where(better, low, best)
                best_fine = np.where(better, all_fine, best_fine)
                best_off = np.where(better, off, best_off)
            found = np.select([best >= 0.999, (best >= _TOKEN_CLOSE) & best_fine, best >= _TOKEN_CLOSE,
                               (best >= _TOKEN_TYPO) & best_fine & (best_off == 1), best >= _TOKEN_TYPO, best >= _TOKEN_WEAK],
                              [4, 3, 5, 6, 2, 1], 0)
            if size_a != size_b:
                found = np.where(found == 4, 3, found)  # the whole of the shorter name: close, not exact
            points[rows], level[rows] = _HOW_POINTS[found], found
    # One full word on the shorter side (a surname with initials, a single word), or a long name:
    # compared one by one, only where some word is close enough to count.
    top = sims.max(axis=(0, 1))
    # A longer name may hold a split surname (Сейт-Казин / Сейтказин): compared one by one, when any
    # word is alike at all; where only words left uncomputed (_UNLIKE) could say so, they are computed.
    split = (na > nb) & (nb >= 2) & (points < NAME_CLOSE)
    unsure = np.flatnonzero(split & (top <= 0) & (sims == _UNLIKE).any(axis=(0, 1)))
    if len(unsure):
        exact = sims[:, :, unsure]
        left = exact == _UNLIKE
        exact[left] = _word_sims_of(nm, code[:, :, unsure][left], prune=False)[0]
        top[unsure] = exact.max(axis=(0, 1))
    rest = np.flatnonzero(((nb == 1) & (top >= _TOKEN_CLOSE)) | (na > _MAX_WORDS) | (split & (top > 0)))
    how = _HOW[level]
    folded = nm.folded
    for k in rest:
        points[k], how[k] = compare_names(folded[i[k]], folded[j[k]])
    return points, how


# Up to this many distinct words, every pair of them is compared once and the name pairs are found from the
# words that are alike (`_liked_pairs`): only names whose words could give points at all are compared, not
# every pair of a block (a list of many rows and few words, as the bench's, has blocks of thousands of names).
_LIKE_WORDS = 2_500
# ... unless the pairs of words to compare for split surnames (`_split_variants`), or the word tuples a name's
# alike words spell, pass these: then blocks alone find the pairs. Each tuple costs several int64 arrays: at
# 30 million, the samples beside a 10,000-row list peaked at 1.7 GB (0.65 GB by blocks); at 3 million, 0.58 GB,
# and the bench's 100,000 and 1,000,000-row lists still take this way.
_LIKE_JOINED = 20_000_000
_LIKE_TUPLES = 3_000_000
_LIKE_EPS = 1e-9  # likenesses are compared a hair under their thresholds: finding more is harmless


def _split_variants(nm: _Names) -> tuple[list[int], list[tuple[str, ...]]]:
    """(owners, variants): the names of three or more words with neighbouring words joined (`compare_names`
    joins them for a split surname, Сейт-Казин / Сейтказин), down to two words, each once per name; only
    when some shorter name of two words or more could meet them."""
    sizes = np.unique(nm.n_words[nm.n_words >= 2])
    if len(sizes) < 2:
        return [], []
    owners, variants = [], []
    for k in np.flatnonzero(nm.n_words > sizes[0]):
        seen: set[tuple[str, ...]] = set()
        frontier = [nm.folded[k].words]
        while frontier:
            nxt = []
            for v in frontier:
                if len(v) <= sizes[0]:
                    continue
                for p in range(len(v) - 1):
                    joined = v[:p] + (v[p] + v[p + 1],) + v[p + 2:]
                    if joined not in seen:
                        seen.add(joined)
                        nxt.append(joined)
            frontier = nxt
        owners += [k] * len(seen)
        variants += list(seen)
    return owners, variants


def _neighbours(src: np.ndarray, dst: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(start, count, neighbour): the edges src -> dst as lists per source word (CSR)."""
    order = np.argsort(src, kind="stable")
    count = np.bincount(src, minlength=size)
    return np.cumsum(count) - count, count, dst[order]


def _tuples(owner: np.ndarray, grid: np.ndarray, k: int, base: int) -> tuple[np.ndarray, np.ndarray]:
    """(codes, owners) of every ordered choice of k distinct words of each row of `grid` (word ids, one row
    per name of that many words), a choice coded as a number in base `base`."""
    codes, owners = [], []
    for perm in permutations(range(grid.shape[1]), k):
        code = np.zeros(len(grid), dtype=np.int64)
        for p in perm:
            code = code * base + grid[:, p]
        codes.append(code)
        owners.append(owner)
    return (np.concatenate(codes), np.concatenate(owners)) if codes else (np.zeros(0, np.int64), np.zeros(0, np.int64))


def _share(members: pd.DataFrame, ci: np.ndarray, cj: np.ndarray) -> np.ndarray:
    """Whether names ci and cj share a key of `members` (frame of key, i), per pair."""
    own = members["i"].to_numpy(dtype=np.int64)
    key = pd.factorize(members["key"].to_numpy())[0].astype(np.int64)
    if not len(own) or not len(ci):
        return np.zeros(len(ci), dtype=bool)
    n_keys = int(key.max()) + 1
    order = np.argsort(own, kind="stable")
    own_s, key_s = own[order], key[order]
    member = np.sort(own * n_keys + key)
    start = np.searchsorted(own_s, ci, side="left")
    count = np.searchsorted(own_s, ci, side="right") - start
    total = int(count.sum())
    rep = np.repeat(np.arange(len(ci)), count)
    at = np.repeat(start - np.cumsum(count) + count, count) + np.arange(total)
    probe = cj[rep] * n_keys + key_s[at]
    pos = np.minimum(np.searchsorted(member, probe), len(member) - 1)
    hit = member[pos] == probe
    return np.bincount(rep[hit], minlength=len(ci)) > 0


def _key_matches(members: tuple[pd.DataFrame, pd.DataFrame], short: np.ndarray) -> int:
    """How many key matches `_blocked_pairs` makes: per full key, its names squared; per initial key, twice
    its short names times all its names."""
    full, initial = members
    counts = np.unique(full["key"].to_numpy(), return_counts=True)[1]
    keys = initial["key"].to_numpy()
    all_of, n_all = np.unique(keys, return_counts=True)
    lone_of, n_lone = np.unique(keys[short[initial["i"].to_numpy(dtype=np.int64)]], return_counts=True)
    return int((counts.astype(np.int64) ** 2).sum() + 2 * (n_lone.astype(np.int64) * n_all[np.searchsorted(all_of, lone_of)]).sum())


def _liked_pairs(nm: _Names, members: tuple[pd.DataFrame, pd.DataFrame]) -> tuple[np.ndarray, np.ndarray] | None:
    """The name pairs (i < j, sorted) of `_blocked_pairs` that could get points (`_compare_many`), found
    from the words instead of from every pair of a block; None where there are too many words for that
    (`_LIKE_WORDS`) or too many alike. A pair of names gets points only when each word of the shorter (the
    first three are enough to ask) is alike (`_TOKEN_WEAK`; `_TOKEN_CLOSE` for a name of one word) to
    another word of the longer, or of the longer with a split surname joined (`_split_variants`): every
    pair of the distinct words is compared once, and each name looks up the names holding words alike to
    its own, in any order; of those, the pairs that share a block key are kept (as `_blocked_pairs`).
    Also None when the blocks make fewer key matches than there are pairs of words: then they cost less.
    `members`: `_block_members(nm)`."""
    n, n_w = len(nm.folded), len(nm.words)
    short = _short_names(nm)
    if n_w > _LIKE_WORDS or n < 2 or n_w * (n_w + 1) // 2 >= _key_matches(members, short):
        return None
    lo, hi = np.triu_indices(n_w)
    code = lo.astype(np.int64) * n_w + hi
    sims, slips = _word_sims_of(nm, code)
    if nm.known is not None:  # the same values `_word_sims` would keep
        nm.known[code], nm.known_slip[code] = sims, slips
    owners, variants = _split_variants(nm)
    extra = sorted({w for v in variants for w in v} - set(nm.words.tolist()))
    size = n_w + len(extra)
    if size ** 3 >= 2 ** 62:
        return None
    weak = sims >= _TOKEN_WEAK - _LIKE_EPS
    back = weak & (lo != hi)
    src, dst = [lo[weak], hi[back]], [hi[weak], lo[back]]  # both ways, a word once alike to itself
    if extra:
        shorter = np.unique(nm.word[nm.n_words[nm.owner] < nm.n_words.max()])
        if len(extra) * len(shorter) > _LIKE_JOINED:
            return None
        words = np.concatenate([nm.words, np.asarray(extra, dtype=object)])
        ext = _Names(nm.folded, words, nm.owner, nm.pos, nm.word, nm.n_words, nm.grid, nm.grid_t,
                     np.fromiter((len(w) for w in words), dtype=np.int64, count=size),
                     pd.factorize(np.array([_surname_stem(w) for w in words], dtype=object), use_na_sentinel=True)[0].astype(np.int64),
                     np.fromiter((_letter_bits(w) for w in words), dtype=np.int64, count=size))
        y = np.repeat(shorter, len(extra))
        z = np.tile(np.arange(n_w, size, dtype=np.int64), len(shorter))
        s, _ = _word_sims_of(ext, y * size + z)
        ok = s >= _TOKEN_WEAK - _LIKE_EPS
        src.append(y[ok])
        dst.append(z[ok])
    weak_nb = _neighbours(np.concatenate(src), np.concatenate(dst), size)
    close = sims >= _TOKEN_CLOSE - _LIKE_EPS
    back = close & (lo != hi)
    close_nb = _neighbours(np.concatenate([lo[close], hi[back]]), np.concatenate([hi[close], lo[back]]), size)
    # The names (and split variants) that hold each ordered choice of k words, k = 1, 2, 3.
    word_id = {w: k for k, w in enumerate(nm.words.tolist())}
    word_id.update({w: n_w + k for k, w in enumerate(extra)})
    flat_word = nm.word  # the words of each name in turn (`_names`)
    first_flat = np.cumsum(nm.n_words) - nm.n_words
    index: dict[int, list[tuple[np.ndarray, np.ndarray]]] = {1: [], 2: [], 3: []}
    for m in np.unique(nm.n_words[nm.n_words > 0]):
        names_a = np.flatnonzero(nm.n_words == m)
        grid = flat_word[first_flat[names_a][:, None] + np.arange(m)]
        for k in range(1, min(int(m), 3) + 1):
            index[k].append(_tuples(names_a, grid, k, size))
    by_len: dict[int, tuple[list[int], list[list[int]]]] = {}
    for owner, v in zip(owners, variants):
        got = by_len.setdefault(len(v), ([], []))
        got[0].append(owner)
        got[1].append([word_id[w] for w in v])
    for m, (own, ids) in by_len.items():
        for k in range(2, min(m, 3) + 1):
            index[k].append(_tuples(np.asarray(own, dtype=np.int64), np.asarray(ids, dtype=np.int64), k, size))
    found_i, found_j = [], []
    for k in (1, 2, 3):
        if not index[k]:
            continue
        key = np.concatenate([c for c, _ in index[k]])
        own = np.concatenate([o for _, o in index[k]])
        order = np.argsort(key, kind="stable")
        key, own = key[order], own[order]
        # the names that ask with k words: one word (close likeness), two, or three or more (the first three)
        ask = np.flatnonzero((nm.n_words == k) if k < 3 else (nm.n_words >= 3))
        start, count, nb = close_nb if k == 1 else weak_nb
        q = ask
        code = np.zeros(len(ask), dtype=np.int64)
        firsts = first_flat[ask]
        deg = np.ones(len(ask), dtype=np.int64)
        for t in range(k):
            deg *= count[flat_word[firsts + t]]
        if int(deg.sum()) > _LIKE_TUPLES:
            return None
        for t in range(k):
            y = flat_word[first_flat[q] + t]
            c = count[y]
            total = int(c.sum())
            offs = np.arange(total) - np.repeat(np.cumsum(c) - c, c)
            x = nb[np.repeat(start[y], c) + offs]
            q, code = np.repeat(q, c), np.repeat(code, c) * size + x
        b, a = _join(code, q, key, own)
        found_i.append(b)
        found_j.append(a)
    i = np.concatenate(found_i) if found_i else np.zeros(0, dtype=np.int64)
    j = np.concatenate(found_j) if found_j else np.zeros(0, dtype=np.int64)
    keep = i != j
    pair = _distinct(np.minimum(i, j)[keep] * n + np.maximum(i, j)[keep])
    ci, cj = pair // n, pair % n
    full, initial = members
    blocked = _share(full, ci, cj)
    maybe = ~blocked & (short[ci] | short[cj])
    blocked[maybe] = _share(initial, ci[maybe], cj[maybe])
    return ci[blocked], cj[blocked]


def _name_pairs(folded: list[FoldedName]) -> pd.DataFrame:
    """Pairs of distinct folded names (indexes i < j) that share a block key, with their name points."""
    nm = _names(folded)
    members = _block_members(nm)
    liked = _liked_pairs(nm, members)
    parts = []
    for i, j in [liked] if liked is not None else _blocked_pairs(nm, members):
        for start in range(0, len(i), _CHUNK):
            ci, cj = i[start:start + _CHUNK], j[start:start + _CHUNK]
            points, how = _compare_many(nm, ci, cj)
            keep = points > 0
            parts.append(pd.DataFrame({"i": ci[keep], "j": cj[keep], "name_points": points[keep], "name_how": how[keep]}))
    if not parts:
        return pd.DataFrame({"i": np.zeros(0, dtype=np.int64), "j": np.zeros(0, dtype=np.int64),
                             "name_points": np.zeros(0), "name_how": np.zeros(0, dtype=object)})
    return pd.concat(parts, ignore_index=True)


def _self_points(f: FoldedName) -> tuple[float, str]:
    if len(f.words) >= 2:
        return NAME_EXACT, "exact"
    if f.words and f.initials:
        return NAME_INITIALS, "initials"
    if f.words:
        return NAME_SURNAME_ONLY, "surname_only"
    return 0.0, "other"


def _reach(points: np.ndarray, how: np.ndarray, year_points: float) -> np.ndarray:
    """Whether pairs of these name points could reach review with this birth-year evidence, if
    every other field (city, patronymic, the only-fit bonus of initials) agreed."""
    best = points + year_points + CITY_SAME + PATRONYMIC_SAME + np.where(how == "initials", NAME_INITIALS_ONLY_FIT, 0.0)
    return best >= REVIEW_THRESHOLD


# Two rows whose known birth years are more than one apart never reach review, whatever their names:
# such pairs are not formed at all (candidate_pairs), which keeps the pairs of a list of many
# namesakes near linear.
assert not _reach(np.array([NAME_EXACT]), np.array(["initials"]), YEAR_OTHER).any()


@dataclass
class _RowIndex:
    """The rows of `candidate_pairs` (pos, k: the folded name, y: the birth year or _NO_YEAR) sorted for
    `_row_pairs`, once for all its calls: each index is (keys sorted, their rows)."""

    year: np.ndarray
    pos: np.ndarray
    low_year: int
    span: int
    by_key: tuple[np.ndarray, np.ndarray]
    undated_by_key: tuple[np.ndarray, np.ndarray]
    all_by_key: tuple[np.ndarray, np.ndarray]
    by_key_year: tuple[np.ndarray, np.ndarray]


def _row_index(rows: pd.DataFrame) -> _RowIndex:
    row_key, row_year, row_pos = (rows[c].to_numpy(dtype=np.int64) for c in ("k", "y", "pos"))
    dated = row_year != _NO_YEAR
    # A key and a birth year as one number (years from one before the first to one after the last known).
    low_year = row_year[dated].min() - 1 if dated.any() else 0
    span = row_year[dated].max() + 2 - low_year if dated.any() else 1

    def index(chosen: np.ndarray, key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(keys sorted, their rows) of the chosen rows."""
        at = np.flatnonzero(chosen)
        order = np.argsort(key[at], kind="stable")
        return key[at][order], at[order]

    return _RowIndex(row_year, row_pos, low_year, span, index(dated, row_key), index(~dated, row_key),
                     index(np.ones(len(row_key), dtype=bool), row_key), index(dated, row_key * span + (row_year - low_year)))


def _row_pairs(pairs: pd.DataFrame, rows: pd.DataFrame | _RowIndex, common: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The row pairs (a on the side of name i, b on the side of name j) of name pairs (i, j,
    name_points, name_how) that could reach review: birth years the same or one apart, or missing
    on a side where the name alone could carry the pair. A name pair with a name that very many
    rows carry (`common`) pairs rows of the same known birth year only. `rows`: the rows, or their
    `_row_index`. As arrays (the name pair's place in `pairs`, a, b)."""
    points, how = pairs["name_points"].to_numpy(dtype=float), pairs["name_how"].to_numpy(dtype=object)
    capped = common[pairs["i"].to_numpy()] | common[pairs["j"].to_numpy()]
    same_ok = _reach(points, how, YEAR_SAME)
    near_ok = _reach(points, how, YEAR_NEAR) & ~capped
    none_ok = _reach(points, how, 0.0) & ~capped
    pi, pj = pairs["i"].to_numpy(dtype=np.int64), pairs["j"].to_numpy(dtype=np.int64)
    ix = rows if isinstance(rows, _RowIndex) else _row_index(rows)
    row_year, row_pos, low_year, span = ix.year, ix.pos, ix.low_year, ix.span
    by_key, undated_by_key, all_by_key, by_key_year = ix.by_key, ix.undated_by_key, ix.all_by_key, ix.by_key_year
    found_pair, found_a, found_b = [], [], []

    def pair_up(pair: np.ndarray, a: np.ndarray, right: tuple[np.ndarray, np.ndarray], key: np.ndarray) -> None:
        """The rows b of `right` whose key is `key`, for each (pair, row a)."""
        at, b = _join(key, np.arange(len(pair)), *right)
        found_pair.append(pair[at])
        found_a.append(a[at])
        found_b.append(b)

    # dated rows on both sides: the same birth year, or one apart
    chosen = np.flatnonzero(same_ok | near_ok)
    pair, a = _join(pi[chosen], chosen, *by_key)
    for d in (0, -1, 1):
        keep = slice(None) if d == 0 else near_ok[pair]
        pair_up(pair[keep], a[keep], by_key_year, pj[pair[keep]] * span + (row_year[a[keep]] + d - low_year))
    # a row without a birth year on one side at least
    chosen = np.flatnonzero(none_ok)
    pair, a = _join(pi[chosen], chosen, *undated_by_key)
    pair_up(pair, a, all_by_key, pj[pair])
    pair, a = _join(pi[chosen], chosen, *by_key)
    pair_up(pair, a, undated_by_key, pj[pair])
    return np.concatenate(found_pair), row_pos[np.concatenate(found_a)], row_pos[np.concatenate(found_b)]


# Names of these characters fold as their casefolded spelling does (`fold_name` casefolds each word,
# and for them casefolding maps one letter to one letter, changes no word boundary and no NFC form):
# ASCII letters and the letters of the Cyrillic block, spaces, dots, hyphens and apostrophes, no digit.
_FOLDS_CASEFOLDED = re.compile(r"[A-Za-z\u0400-\u0481\u048a-\u04ff .'\-]*")


def _fold_many(names) -> list[FoldedName]:
    """`fold_name` of each of these names, worked out from the pieces between their spaces, each distinct piece
    read once: a name's traits (`_traits`) are those of its pieces OR-ed (no pattern they are told by spans a
    space), and its words are those of its pieces read one after the other (`name_schemes.prepare` and `_WORD`
    work within a piece). A name with a piece that is not so (empty, with spaces to clean, a digit, or a
    patronymic written apart that `prepare` joins to the word before it) is folded by `fold_name`."""
    traits: dict[str, int] = {}
    read: dict[tuple, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    out = []
    for name in names:
        pieces = name.split(" ")
        bits = 0
        for piece in pieces:
            t = traits.get(piece)
            if t is None:
                odd = not piece or clean_spaces(piece) != piece or _DIGIT.search(piece) or name_schemes.joins_apart(piece)
                t = traits[piece] = _T_ODD if odd else _traits(piece)
            bits |= t
        if bits & _T_ODD:
            out.append(fold_name(name))
            continue
        reading = _reading(bits)
        words: list[str] = []
        initials: list[str] = []
        for piece in pieces:
            got = read.get((piece, reading))
            if got is None:
                got = read[(piece, reading)] = _read_words(name_schemes.prepare(piece, reading[1]), *reading)
            words += got[0]
            initials += got[1]
        out.append(_folded(words, initials))
    return out


def _fold_distinct(names) -> tuple[np.ndarray, list[FoldedName]]:
    """(codes, folded): `fold_name` of each of these distinct names, as a code per name into the distinct
    folds; names that differ only by letter case (`ИВАНОВ Иван`, `Иванов Иван`) are folded once."""
    spelled = [n.casefold() if _FOLDS_CASEFOLDED.fullmatch(n) else n for n in names]
    codes, uniques = pd.factorize(np.array(spelled, dtype=object))
    return codes, _fold_many(uniques)


def candidate_pairs(cases: pd.DataFrame, years: np.ndarray | None = None) -> pd.DataFrame:
    """Every pair of case rows (positions a < b in `cases`) whose names are alike, with the name points."""
    names = cases["name"].astype("string")
    has = names.notna().to_numpy()
    name_codes, distinct = pd.factorize(names[has])
    fold_codes, distinct_folded = _fold_distinct(distinct)
    fold_keys, key_values = pd.factorize(np.array([f.key for f in distinct_folded], dtype=object))
    key_codes = fold_keys[fold_codes]
    first_of_key = np.zeros(len(key_values), dtype=np.int64)
    first_of_key[key_codes[::-1]] = np.arange(len(key_codes))[::-1]  # the first spelling that folds to each key
    folded = [distinct_folded[k] for k in fold_codes[first_of_key]]
    pos_key = np.full(len(cases), -1, dtype=np.int64)
    pos_key[np.flatnonzero(has)] = key_codes[name_codes]
    year = _birth_years(cases) if years is None else years
    rows = pd.DataFrame({"pos": np.flatnonzero(has), "k": pos_key[has],
                         "y": np.nan_to_num(year[has], nan=_NO_YEAR).astype(np.int64)})
    # A name that very many rows carry (`_COMMON_NAME`), or rows of several known birth years
    # (`_COMMON_YEARS`: that many namesakes at least), says little by itself: its rows are paired
    # only with rows of the same known birth year, and a row of it without a year is not paired.
    common = np.bincount(rows["k"].to_numpy(), minlength=len(folded)) > _COMMON_NAME
    dated_keys = rows.loc[rows["y"] != _NO_YEAR].drop_duplicates(["k", "y"])["k"].to_numpy()
    common |= np.bincount(dated_keys, minlength=len(folded)) >= _COMMON_YEARS
    pairs = _name_pairs(folded)
    n_words = np.array([len(f.words) for f in folded], dtype=np.int64)
    # Rows of two different names: a on the side of name i, b on the side of name j.
    row_index = _row_index(rows)
    at, ra, rb = _row_pairs(pairs, row_index, common)
    ki, kj = pairs["i"].to_numpy(dtype=np.int64)[at], pairs["j"].to_numpy(dtype=np.int64)[at]
    short_is_i = n_words[ki] <= n_words[kj]
    across = {"a": np.minimum(ra, rb), "b": np.maximum(ra, rb),
              "name_points": pairs["name_points"].to_numpy(dtype=float)[at],
              "name_how": pairs["name_how"].to_numpy(dtype=object)[at],
              "short_pos": np.where(short_is_i, ra, rb), "long_key": np.where(short_is_i, kj, ki)}
    # Rows that spell one folded name: pairs within the name (a < b).
    self_scores = [_self_points(f) for f in folded]
    self_points = np.array([p for p, _ in self_scores])
    self_how = np.array([h for _, h in self_scores], dtype=object)
    keys = np.flatnonzero(self_points > 0)
    selves = pd.DataFrame({"i": keys, "j": keys, "name_points": self_points[keys], "name_how": self_how[keys]})
    at, lo, hi = _row_pairs(selves, row_index, common)
    keep = lo < hi
    lo, hi, wk = lo[keep], hi[keep], keys[at[keep]]
    same = {"a": lo, "b": hi, "name_points": self_points[wk].astype(float), "name_how": self_how[wk].astype(object),
            "short_pos": lo, "long_key": wk}
    out = {c: np.concatenate([across[c], same[c]]) for c in across}
    order = np.lexsort((out["b"], out["a"]))  # by a, then b (each pair of rows comes once)
    out = {c: v[order] for c, v in out.items()}
    patr = np.array([f.patronymic for f in folded] + [""], dtype=object)
    out.update(patronymic_a=patr[pos_key[out["a"]]], patronymic_b=patr[pos_key[out["b"]]])
    # the texts kept as objects (as score_pairs reads them), not made into a column of Arrow texts
    return pd.DataFrame({c: pd.Series(v, dtype=object) if v.dtype == object else v for c, v in out.items()})


# ---------------------------------------------------------------- scoring

def _birth_years(cases: pd.DataFrame) -> np.ndarray:
    """Birth years as floats (nan when unknown); a row without one takes the year written after its
    name (`Иванов Иван, 1985 г.р.`), as `clean` does for the lists it reads."""
    year = cases["birth_year"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    names = cases["name"].astype("string")
    ask = np.isnan(year) & names.str.contains(r"\d", regex=True).fillna(False).to_numpy(dtype=bool)
    if ask.any():
        written = {n: birth_year_in_name(n).value for n in pd.unique(names[ask])}
        year[ask] = [np.nan if written[n] is None else float(written[n]) for n in names[ask]]
    return year


def score_pairs(cases: pd.DataFrame, pairs: pd.DataFrame, years: np.ndarray | None = None) -> pd.DataFrame:
    """Add score, agreed, disagreed and the threshold decision to candidate pairs (positions a, b)."""
    a, b = pairs["a"].to_numpy(), pairs["b"].to_numpy()
    year = _birth_years(cases) if years is None else years
    ya, yb = year[a], year[b]
    both_year = ~np.isnan(ya) & ~np.isnan(yb)
    gap = np.abs(ya - yb)
    year_pts = np.where(~both_year, 0.0, np.where(gap == 0, YEAR_SAME, np.where(gap == 1, YEAR_NEAR, YEAR_OTHER)))
    city = pd.factorize(cases["city"])[0]  # -1 where unknown (the same groups as of the texts as objects, with no object per row)
    ca, cb = city[a], city[b]
    both_city = (ca >= 0) & (cb >= 0)
    city_same = both_city & (ca == cb)
    city_pts = np.where(~both_city, 0.0, np.where(city_same, CITY_SAME, CITY_OTHER))
    pa, pb = pairs["patronymic_a"].to_numpy(dtype=object), pairs["patronymic_b"].to_numpy(dtype=object)
    both_patr = (pa != "") & (pb != "")  # most names carry none: compare only where both do
    patr_pts = np.zeros(len(pairs))
    if both_patr.any():  # each distinct pair of patronymics judged once
        xa, xb = pa[both_patr], pb[both_patr]
        codes, uniques = pd.factorize(pd.MultiIndex.from_arrays([xa, xb]))
        patr_pts[both_patr] = np.array([_patronymic_points(x, y) for x, y in uniques], dtype=float)[codes]
    evidence = year_pts + city_pts + patr_pts
    name_pts = pairs["name_points"].to_numpy(dtype=float)
    how = pairs["name_how"].to_numpy(dtype=object).copy()
    if "short_pos" in pairs:
        # `Лебедев С.` that fits one person only, among the names nothing else contradicts: one full name, or
        # several spellings of it whose own pairs are linked (`Лебедев Сергей`, `Lebedev Sergei`).
        fit = (how == "initials") & (evidence >= 0)
        short_pos = pairs["short_pos"].to_numpy()
        long_pos = np.where(short_pos == a, b, a)
        full = (name_pts + evidence >= LINK_THRESHOLD) & (how != "initials") & (how != "surname_only")
        person = _components(len(cases), a[full], b[full])
        fits = pd.DataFrame({"short": short_pos[fit], "key": person[long_pos[fit]]})
        n_fits = fits.groupby("short")["key"].nunique()
        only = fit & (pd.Series(pairs["short_pos"].to_numpy()).map(n_fits).to_numpy() == 1)
        name_pts = name_pts + np.where(only, NAME_INITIALS_ONLY_FIT, 0.0)
        how[only] = "initials, only fit"
    score = name_pts + evidence
    # The labels depend on a few facts per pair: spell each distinct combination once.
    how_code, how_values = pd.factorize(how)
    year_code = np.where(~both_year, 0, np.where(gap == 0, 1, np.where(gap == 1, 2, 3)))
    patr_code = np.sign(patr_pts).astype(np.int64) + 1
    city_code = np.where(~both_city, 0, np.where(city_same, 1, 2))
    facts = ((how_code * 4 + year_code) * 3 + patr_code) * 3 + city_code
    combo_of_pair, combos = pd.factorize(facts)
    c_how = np.asarray(how_values, dtype=object)[combos // 36]
    c_year, c_patr, c_city = (combos // 9) % 4, (combos // 3) % 3, combos % 3
    name_exact = c_how == "exact"
    agreed = _join_labels([
        (name_exact, "name"), (~name_exact, "name (" + c_how.astype(str) + ")"),
        (c_year == 1, "birth_year"), (c_year == 2, "birth_year (±1)"), (c_patr == 2, "patronymic"), (c_city == 1, "city"),
    ], len(combos))
    disagreed = _join_labels([(c_year == 3, "birth_year"), (c_patr == 0, "patronymic"), (c_city == 2, "city")], len(combos))
    decision = np.where(score >= LINK_THRESHOLD, 2, np.where(score >= REVIEW_THRESHOLD, 1, 0))
    return pairs.assign(score=np.round(score, 2), agreed=_taken(agreed, combo_of_pair), disagreed=_taken(disagreed, combo_of_pair),
                        decision=_taken(np.array(["not_linked", "review", "linked"], dtype=object), decision))


def _taken(texts: np.ndarray, codes: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """texts[codes] as the `str` array a frame makes of a column of texts, taken by Arrow (no Python string per row)."""
    return pd.array(pa.array(texts, type=pa.large_string()).take(codes), dtype="str")


def _join_labels(parts: list[tuple[np.ndarray, object]], n: int) -> np.ndarray:
    out = np.full(n, "", dtype=object)
    for mask, text in parts:
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():
            continue
        add = text[mask] if isinstance(text, np.ndarray) else text
        out[mask] = np.where(out[mask] == "", add, out[mask] + "; " + add)
    return out


# ---------------------------------------------------------------- the analyst's decisions

class DecisionsError(VocabularyError):
    """links.csv cannot be used as written; the message names the file, row and what to fix."""


def _key_text(value) -> str:
    return clean_spaces(str(value)).casefold()


def _key_year(birth_year) -> str:
    return "" if birth_year is None or pd.isna(birth_year) or str(birth_year).strip() == "" else str(int(float(birth_year)))


def decision_key(source, name, birth_year) -> str:
    """How a decision names a case row: source, name as written (spaces and case folded), birth year."""
    return f"{_key_text(source)}\x1f{_key_text(name)}\x1f{_key_year(birth_year)}"


def _key_codes(values: np.ndarray, spell) -> tuple[np.ndarray, dict[str, int]]:
    """Per row, a code of `spell(value)` (each distinct value spelled once), and the codes by spelling."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    spelled, by_spelling = pd.factorize(np.array([spell(u) for u in uniques], dtype=object))
    return spelled[codes].astype(np.int64), {text: k for k, text in enumerate(by_spelling)}


def no_decisions() -> pd.DataFrame:
    """An empty table of decisions, with the columns `read_decisions` gives."""
    return pd.DataFrame({c: pd.Series(dtype="object") for c in [*DECISION_COLUMNS, "line"]})


def read_decisions(path: Path) -> pd.DataFrame:
    """The analyst's decisions, one row per pair: the columns of DECISION_COLUMNS plus `line`
    (the row number in the file, header = 1). A missing file gives no decisions."""
    columns = [*DECISION_COLUMNS, "line"]
    if not path.is_file():
        return no_decisions()
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in DECISION_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise DecisionsError(f"{path}: row 1 lacks the column(s) {', '.join(missing)}; "
                                 f"the header must be {','.join(DECISION_COLUMNS)}")
        rows = []
        for line, row in enumerate(reader, start=2):
            if not any((v or "").strip() for v in row.values()):
                continue
            decision = (row.get("decision") or "").strip().casefold()
            if decision not in ("same", "different"):
                raise DecisionsError(f"{path}: row {line}, column decision: {row.get('decision')!r} should be 'same' or 'different'")
            for side in ("a", "b"):
                year = (row.get(f"birth_year_{side}") or "").strip()
                if year and not re.fullmatch(r"\d{4}", year):
                    raise DecisionsError(f"{path}: row {line}, column birth_year_{side}: {year!r} should be a year (1985) or empty")
                if not (row.get(f"name_{side}") or "").strip() or not (row.get(f"source_{side}") or "").strip():
                    raise DecisionsError(f"{path}: row {line}: source_{side} and name_{side} must be filled")
            rows.append({**{c: (row.get(c) or "").strip() for c in DECISION_COLUMNS}, "decision": decision, "line": line})
    return pd.DataFrame(rows, columns=columns)


def _decided_pairs(cases: pd.DataFrame, decisions: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """(pairs of positions a < b with decision analyst_same / analyst_different, problems for
    decisions that name no case row)."""
    if decisions.empty or cases.empty:
        return pd.DataFrame({"a": [], "b": [], "decision": []}), []
    # Each row's key (`decision_key`) as a number made of its three parts, each part spelled once per
    # distinct value; the rows sorted by it, so that the rows of a key are a run of them.
    parts = [_key_codes(cases["source"].to_numpy(dtype=object), _key_text),
             _key_codes(cases["name"].fillna("").to_numpy(dtype=object), _key_text),
             _key_codes(cases["birth_year"].to_numpy(dtype=object), _key_year)]
    sizes = [len(by) for _, by in parts]
    row_key = (parts[0][0] * sizes[1] + parts[1][0]) * sizes[2] + parts[2][0]
    order = np.argsort(row_key, kind="stable")
    sorted_key = row_key[order]

    def rows_of(source, name, birth_year) -> list[int]:
        codes = [by.get(spell(v)) for (_, by), spell, v in zip(parts, (_key_text, _key_text, _key_year), (source, name, birth_year))]
        if any(c is None for c in codes):
            return []
        key = (codes[0] * sizes[1] + codes[1]) * sizes[2] + codes[2]
        return order[np.searchsorted(sorted_key, key, side="left"):np.searchsorted(sorted_key, key, side="right")].tolist()
    out, problems = [], []
    for d in decisions.itertuples(index=False):
        side_a = rows_of(d.source_a, d.name_a, d.birth_year_a)
        side_b = rows_of(d.source_b, d.name_b, d.birth_year_b)
        for side, found, label in (("a", side_a, (d.source_a, d.name_a, d.birth_year_a)), ("b", side_b, (d.source_b, d.name_b, d.birth_year_b))):
            if not found:
                problems.append({"line": d.line, "file": getattr(d, "file", DECISIONS_FILE_NAME) or DECISIONS_FILE_NAME,
                                 "column": f"name_{side}", "value": label[1],
                                 "message": f"no case of source {label[0]!r} is named {label[1]!r} with birth year "
                                            f"{label[2] or '(none)'}; check the spelling in the list or remove this decision"})
        decision = "analyst_same" if d.decision == "same" else "analyst_different"
        for x in side_a:
            for y in side_b:
                if x != y:
                    out.append((min(x, y), max(x, y), decision))
    frame = pd.DataFrame(out, columns=["a", "b", "decision"]).drop_duplicates(["a", "b"], keep="last")
    return frame, problems


# ---------------------------------------------------------------- persons

_NONE: frozenset[int] = frozenset()


class _UnionFind:
    """Components of linked case rows that never join two rows an analyst called different, nor
    rows whose known birth years lie more than one apart (unless the analyst said `same`)."""

    def __init__(self, n: int, apart: list[tuple[int, int]], years: np.ndarray):
        self.parent = list(range(n))
        self.apart: dict[int, set[int]] = {}
        for a, b in apart:
            self.apart.setdefault(a, set()).add(b)
            self.apart.setdefault(b, set()).add(a)
        self.members: dict[int, set[int]] = {}
        known = ~np.isnan(years)
        self.low = np.where(known, years, np.inf).tolist()
        self.high = np.where(known, years, -np.inf).tolist()

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def _members(self, root: int) -> set[int]:
        return self.members.get(root, {root})

    def union(self, a: int, b: int, forced: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        low, high = min(self.low[ra], self.low[rb]), max(self.high[ra], self.high[rb])
        if not forced and high - low > 1:
            return False
        ma, mb = self._members(ra), self._members(rb)
        if self.apart:
            if len(ma) > len(mb):
                ma, mb = mb, ma
            if any(not self.apart.get(x, _NONE).isdisjoint(mb) for x in ma):
                return False
        self.parent[rb] = ra
        self.members[ra] = ma | mb
        self.members.pop(rb, None)
        self.low[ra], self.high[ra] = low, high
        return True


def _components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Connected components of n nodes joined by the edges (a, b): each node's label is the smallest
    node of its component (hooking and pointer jumping, vectorised)."""
    label = np.arange(n, dtype=np.int64)
    a, b = np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64)
    while len(a):
        la, lb = label[a], label[b]
        differ = la != lb
        if not differ.any():
            break
        lo, hi = np.minimum(la[differ], lb[differ]), np.maximum(la[differ], lb[differ])
        np.minimum.at(label, hi, lo)
        while True:
            jumped = label[label]
            if np.array_equal(jumped, label):
                break
            label = jumped
    return label


def _persons(n: int, pairs: pd.DataFrame, years: np.ndarray) -> np.ndarray:
    """The person (a root row) of each of n case rows: linked pairs and the analyst's `same` join
    rows, the analyst's first, then strongest first, never joining two rows the analyst called
    different nor rows whose birth years lie more than one apart (a chain through a row without a
    year must not join a man born in 1960 to one born in 1990; an analyst's `same` still joins them).
    Only the groups of joined rows that break one of these rules are joined one pair at a time; the
    others are whole."""
    decision = pairs["decision"].to_numpy(dtype=object)
    join = (decision == "analyst_same") | (decision == "linked")
    a, b = pairs["a"].to_numpy(dtype=np.int64), pairs["b"].to_numpy(dtype=np.int64)
    label = _components(n, a[join], b[join])
    different = decision == "analyst_different"
    known = ~np.isnan(years)
    spans = pd.DataFrame({"label": label[known], "year": years[known]}).groupby("label")["year"].agg(["min", "max"])
    bad = np.union1d(spans.index[(spans["max"] - spans["min"]).to_numpy() > 1].to_numpy(dtype=np.int64),
                     label[a[different & (label[a] == label[b])]])
    if not len(bad):
        return label
    hard = np.isin(label, bad)
    in_hard = hard[a]
    uf = _UnionFind(n, list(zip(a[different & in_hard].tolist(), b[different & in_hard].tolist())), years)
    joins = pd.DataFrame({"order": np.where(decision == "analyst_same", 0, 1), "score": pairs["score"].to_numpy(dtype=float),
                          "a": a, "b": b}).loc[join & in_hard]
    joins = joins.sort_values(["order", "score", "a", "b"], ascending=[True, False, True, True], kind="stable")
    for x, y, o in zip(joins["a"].tolist(), joins["b"].tolist(), joins["order"].tolist()):
        uf.union(x, y, forced=o == 0)
    rows = np.flatnonzero(hard)
    label[rows] = [uf.find(x) for x in rows.tolist()]
    return label


def _sorted_codes(values) -> tuple[np.ndarray, np.ndarray]:
    """`pd.factorize(values, sort=True)` for texts (missing values coded -1): Arrow encodes the texts and
    sorts the distinct ones (by code point, as Python compares str), with no Python object per row
    when `values` is a Series of Arrow strings."""
    arr = pa.array(values, type=pa.large_string(), from_pandas=True)
    if isinstance(arr, pa.ChunkedArray):  # one dictionary for all, not one per piece
        arr = arr.combine_chunks()
    fixed = _fixed_ascii(arr)
    if fixed is not None:  # ids (case_id, person_id): numpy sorts their bytes, which is their code-point order
        numbers = _hex_numbers(fixed)
        if numbers is not None:  # hexadecimal ids sort as the numbers they spell
            _, first, codes = np.unique(numbers, return_index=True, return_inverse=True)
            return codes.astype(np.int64).reshape(-1), fixed[first].astype(str).astype(object)
        uniques, codes = np.unique(fixed, return_inverse=True)
        return codes.astype(np.int64).reshape(-1), uniques.astype(str).astype(object)
    encoded = pc.dictionary_encode(arr)
    uniques = encoded.dictionary
    codes = encoded.indices.to_numpy(zero_copy_only=False)
    if encoded.null_count:
        codes = np.where(encoded.is_valid().to_numpy(zero_copy_only=False), codes, -1)
    codes = codes.astype(np.int64, copy=False)
    if not len(uniques):
        return codes, np.asarray([], dtype=object)
    order = pc.array_sort_indices(uniques).to_numpy()
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    return np.where(codes >= 0, rank[np.maximum(codes, 0)], -1), uniques.take(order).to_numpy(zero_copy_only=False)


_HEX_DIGIT = np.full(256, 255, dtype=np.uint8)
_HEX_DIGIT[np.frombuffer(b"0123456789abcdef", dtype=np.uint8)] = np.arange(16, dtype=np.uint8)


def _hex_numbers(fixed: np.ndarray) -> np.ndarray | None:
    """Fixed-width texts that are up to 16 lowercase hexadecimal digits, after one letter that all share or none
    (case_id `8280513680583c78`, person_id `p3f…`), as the numbers the digits spell: one text to one number, in
    the same order as the texts. None for other texts."""
    width = fixed.dtype.itemsize
    raw = fixed.view(np.uint8).reshape(len(fixed), width)
    digits = _HEX_DIGIT[raw]
    lead = 0 if (digits != 255).all() else 1
    if width - lead > 16 or not len(fixed) or (lead and ((raw[:, 0] != raw[0, 0]).any() or (digits[:, 1:] == 255).any())):
        return None
    numbers = np.zeros(len(fixed), dtype=np.uint64)
    for k in range(lead, width):
        numbers = (numbers << np.uint64(4)) | digits[:, k].astype(np.uint64)
    return numbers


def _fixed_ascii(arr: pa.Array) -> np.ndarray | None:
    """The texts as a numpy array of fixed-width bytes (a view of Arrow's data), when every one is there
    and has the same number of ASCII characters, none NUL (numpy's bytes drop trailing NULs); else None."""
    if not len(arr) or arr.null_count:
        return None
    _, offsets, data = arr.buffers()
    at = np.frombuffer(offsets, dtype=np.int64)[arr.offset: arr.offset + len(arr) + 1]
    width = int(at[1] - at[0])
    if width == 0 or data is None or not (np.diff(at) == width).all():
        return None
    raw = np.frombuffer(data, dtype=np.uint8)[int(at[0]): int(at[-1])]
    if ((raw == 0) | (raw >= 128)).any():
        return None
    return raw.view(f"S{width}")


def _person_ids(case_ids: pa.Array, roots: np.ndarray) -> pa.Array:
    """person_id of each row (an Arrow array): a hash of the smallest case_id of the person. A person
    of one case (most) needs no comparison: only the ids of persons with several cases are sorted."""
    _, root = np.unique(np.asarray(roots, dtype=np.int64), return_inverse=True)
    n = root.max() + 1 if len(root) else 0
    single = np.bincount(root, minlength=n)[root] == 1
    smallest = np.zeros(n, dtype=np.int64)  # the row of each person's smallest case_id
    smallest[root[single]] = np.flatnonzero(single)
    several = np.flatnonzero(~single)
    if len(several):
        order, _ = _sorted_codes(case_ids.take(several))  # codes in the order of the ids
        best = np.full(n, np.iinfo(np.int64).max, dtype=np.int64)
        np.minimum.at(best, root[several], order)
        row_of = np.empty(order.max() + 1, dtype=np.int64)
        row_of[order] = several
        groups = np.unique(root[several])
        smallest[groups] = row_of[best[groups]]
    return _hashed_ids(case_ids.take(smallest)).take(root)


_HEX = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)


def _hashed_ids(texts: pa.Array) -> pa.Array:
    """"p" and the first 15 hexadecimal digits of the SHA-256 of each text (UTF-8), as Arrow texts: one hash
    per text, the digits spelled for all at once."""
    n = len(texts)
    digests = b"".join(map(methodcaller("digest"), map(hashlib.sha256, texts.cast(pa.large_binary()).to_pylist())))
    head = np.frombuffer(digests, dtype=np.uint8).reshape(n, 32)[:, :8]
    nibbles = np.empty((n, 16), dtype=np.uint8)
    nibbles[:, 0::2], nibbles[:, 1::2] = head >> 4, head & 15
    spelled = np.empty((n, 16), dtype=np.uint8)
    spelled[:, 0] = ord("p")
    spelled[:, 1:] = _HEX[nibbles[:, :15]]
    offsets = np.arange(0, 16 * n + 1, 16, dtype=np.int64)
    return pa.LargeStringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(spelled.reshape(-1)))


def person_ids(case_ids, roots: np.ndarray) -> np.ndarray:
    """person_id: a hash of the smallest case_id of the person (an object array, one per row)."""
    texts = case_ids if isinstance(case_ids, pa.Array) else pa.array(case_ids, type=pa.large_string(), from_pandas=True)
    return _person_ids(texts, roots).to_numpy(zero_copy_only=False)


@dataclass
class Linkage:
    person_id: pd.Series      # aligned with the cases
    links: pd.DataFrame       # the links table
    problems: list[dict]      # decisions naming no case: {line, column, value, message}


def link_cases(cases: pd.DataFrame, decisions: pd.DataFrame | None = None) -> Linkage:
    """Link the case rows that are the same person. `cases` needs case_id, source, name,
    birth_year, city; `decisions` comes from `read_decisions`."""
    cases = cases.reset_index(drop=True)
    years = _birth_years(cases)
    pairs = score_pairs(cases, candidate_pairs(cases, years), years) if len(cases) else None
    decided, problems = _decided_pairs(cases, decisions if decisions is not None else no_decisions())
    if pairs is None:
        pairs = pd.DataFrame(columns=["a", "b", "name_points", "name_how", "patronymic_a", "patronymic_b",
                                      "score", "agreed", "disagreed", "decision"])
    if len(decided):
        # Decisions win; a decided pair that blocking did not find is scored too, so its row shows why.
        missing = decided.merge(pairs[["a", "b"]], on=["a", "b"], how="left", indicator=True)
        missing = missing.loc[missing["_merge"] == "left_only", ["a", "b"]]
        if len(missing):
            extra = _score_any(cases, missing)
            pairs = pd.concat([pairs, extra], ignore_index=True)
        pairs = pairs.merge(decided.rename(columns={"decision": "analyst"}), on=["a", "b"], how="left")
        pairs["decision"] = pairs["analyst"].where(pairs["analyst"].notna(), pairs["decision"])
        pairs = pairs.drop(columns="analyst")
    a, b = pairs["a"].to_numpy(dtype=np.int64), pairs["b"].to_numpy(dtype=np.int64)
    if len(decided) or not ((a[1:] > a[:-1]) | ((a[1:] == a[:-1]) & (b[1:] >= b[:-1]))).all():  # candidate_pairs sorts them
        pairs = pairs.sort_values(["a", "b"], kind="stable").reset_index(drop=True)
    roots = _persons(len(cases), pairs, years)
    ids = _arrow_texts(cases["case_id"])
    pid = pd.Series(pd.array(_person_ids(ids, roots), dtype="string") if len(cases) else np.array([], dtype=object),
                    index=cases.index, dtype="string")
    links = pd.DataFrame({
        # taken by Arrow as the `str` column a list of texts gives, with no Python string per pair
        "case_id_a": pd.array(ids.take(pairs["a"].to_numpy(dtype=np.int64)), dtype="str") if len(pairs) else pd.Series(dtype="string"),
        "case_id_b": pd.array(ids.take(pairs["b"].to_numpy(dtype=np.int64)), dtype="str") if len(pairs) else pd.Series(dtype="string"),
        "score": pairs["score"].astype(float).to_numpy(),
        "agreed": _texts(pairs["agreed"]),
        "disagreed": _texts(pairs["disagreed"]),
        "decision": _texts(pairs["decision"]),
    })
    return Linkage(pid, links, problems)


def _texts(column: pd.Series) -> pd.api.extensions.ExtensionArray:
    """A column of texts as the `str` array a frame makes of them, missing values missing: the column's own
    array when it is one (`score_pairs` makes them so)."""
    if column.dtype == "str":
        return column.array
    values = column.to_numpy(dtype=object, copy=True)
    values[pd.isna(values)] = pd.NA
    return pd.array(values, dtype="str")


def _score_any(cases: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """Score arbitrary pairs of positions (a < b), whatever their names."""
    names = cases["name"].fillna("")
    rows = []
    for a, b in zip(pairs["a"], pairs["b"]):
        fa, fb = fold_name(names.iat[a]), fold_name(names.iat[b])
        p, h = compare_names(fa, fb) if (fa.words and fb.words) else (0.0, "other")
        rows.append((a, b, p, h, fa.patronymic, fb.patronymic))
    frame = pd.DataFrame(rows, columns=["a", "b", "name_points", "name_how", "patronymic_a", "patronymic_b"])
    return score_pairs(cases, frame)


def _first_per(group: np.ndarray, *keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(groups, positions): for each group, the position of its first row when sorted by the keys
    (the first key most significant); all arrays are integer codes of one length."""
    order = np.lexsort(tuple(reversed((group, *keys))))
    first = np.concatenate([[True], group[order][1:] != group[order][:-1]]) if len(order) else np.zeros(0, dtype=bool)
    return group[order][first], order[first]


def _string_array(texts: pa.Array, rows: np.ndarray) -> pd.arrays.ArrowStringArray:
    """The texts at these rows (-1: missing) as a pandas `string` array, taken by Arrow (no Python object per row)."""
    taken = texts.take(pa.array(rows, mask=rows < 0))
    return pd.array(taken.cast(pa.large_string()) if taken.type != pa.large_string() else taken, dtype="string")


def _arrow_texts(column: pd.Series) -> pa.Array:
    arr = pa.array(column, type=pa.large_string(), from_pandas=True)
    return arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr


def persons_table(cases: pd.DataFrame) -> pd.DataFrame:
    """One row per person from cases with person_id: the most frequent spelling of the name, its
    Latin form, the most frequent birth year, number of cases, lists, first started_on, and the
    status of the latest case (by started_on; undated cases count as earliest). Computed on
    integer codes (each text column factorised once, in sorted order), ties broken by the text.
    A person of one case (most) takes that case's values as they are: only the rows of persons
    with several cases are counted, compared and sorted."""
    if cases.empty:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in (
            ("person_id", "string"), ("name", "string"), ("name_latin", "string"), ("birth_year", "Int64"),
            ("cases", "Int64"), ("lists", "string"), ("first_started_on", "datetime64[ns]"), ("latest_status", "string"))})
    pid, people = _sorted_codes(cases["person_id"])
    n = len(people)
    out = pd.DataFrame({"person_id": pd.array(np.asarray(people, dtype=object), dtype=cases["person_id"].dtype)})
    counts = np.bincount(pid, minlength=n)
    out["cases"] = pd.array(counts, dtype="Int64")
    single = counts[pid] == 1
    one_row = np.zeros(n, dtype=np.int64)  # the row of a person of one case
    one_row[pid[single]] = np.flatnonzero(single)
    many = np.flatnonzero(~single)  # rows of persons with several cases
    many_pid = pid[many].astype(np.int64)
    has_many = counts > 1

    def most_frequent(values: pd.Series, missing: np.ndarray) -> np.ndarray:
        """Per person: the position (in cases) of a row with its most frequent value (ties: the
        smallest value), or -1 where the person has no value (`missing`: per row)."""
        best = np.where(missing[one_row], -1, one_row)
        if not len(many):
            return best
        sub = values.iloc[many]
        code, _ = _sorted_codes(sub) if values.dtype.kind not in "fiu" \
            else pd.factorize(sub.to_numpy(dtype=float, na_value=np.nan), sort=True)
        has = code >= 0
        pairs = many_pid[has] * (code.max() + 2) + code[has]
        uniq, first, counts = np.unique(pairs, return_index=True, return_counts=True)
        people_of, value_of = uniq // (code.max() + 2), uniq % (code.max() + 2)
        groups, at = _first_per(people_of, -counts, value_of)
        best[has_many] = -1
        best[groups] = many[np.flatnonzero(has)[first[at]]]
        return best

    name_at = most_frequent(cases["name"], cases["name"].isna().to_numpy())
    out["name"] = _string_array(_arrow_texts(cases["name"]), name_at)
    out["name_latin"] = _string_array(_arrow_texts(cases["name_latin"]), name_at)  # the Latin form beside the first row of that spelling
    birth = cases["birth_year"].astype("Float64")
    year_at = most_frequent(birth, birth.isna().to_numpy())
    year = cases["birth_year"].astype("Int64").array
    out["birth_year"] = year.take(year_at, allow_fill=True)
    # the lists naming each person, sorted and joined; a person on one list (most) needs no join
    src, sources = _sorted_codes(cases["source"])
    per = _distinct(pid.astype(np.int64) * (len(sources) + 1) + src)
    p_of, s_of = per // (len(sources) + 1), per % (len(sources) + 1)
    sources = np.asarray(sources, dtype=object)
    lists = np.full(n, None, dtype=object)
    several = np.bincount(p_of, minlength=n) > 1
    one = ~several[p_of]
    lists[p_of[one]] = sources[s_of[one]]
    if several.any():
        joined = pd.Series(sources[s_of[~one]]).groupby(p_of[~one], sort=True).agg("; ".join)
        lists[joined.index.to_numpy()] = joined.to_numpy(dtype=object)
    out["lists"] = pd.array(lists, dtype="string")
    started = cases["started_on"].astype("datetime64[ns]").to_numpy()
    first = started[one_row]
    if len(many):
        first[has_many] = pd.Series(started[many]).groupby(many_pid, sort=True).min().to_numpy()
    out["first_started_on"] = first
    # the latest case (ties: the largest id), among the rows of persons with several cases
    status_at = one_row.copy()
    if len(many):
        when = started[many]
        when = np.where(np.isnat(when), np.iinfo(np.int64).min + 1, when.astype(np.int64))  # negated below: no overflow
        order = np.lexsort((-when, many_pid))
        start = np.concatenate([[True], many_pid[order][1:] != many_pid[order][:-1]])
        top = order[start]  # per person (in order of codes), a row of its latest date
        latest = when[order] == np.repeat(when[top], np.diff(np.append(np.flatnonzero(start), len(order))))
        tied = np.bincount(many_pid[order[latest]], minlength=n) > 1
        status_at[has_many] = many[top]
        if tied.any():  # several cases on the latest date: the largest case_id
            rows = order[latest & tied[many_pid[order]]]
            case_order, _ = _sorted_codes(cases["case_id"].iloc[many[rows]])
            groups, at = _first_per(many_pid[rows], -case_order)
            status_at[groups] = many[rows[at]]
    out["latest_status"] = _string_array(_arrow_texts(cases["status"]), status_at)
    return out[["person_id", "name", "name_latin", "birth_year", "cases", "lists", "first_started_on", "latest_status"]]


def pair_accuracy(predicted: pd.Series, truth: pd.Series) -> dict[str, float]:
    """Pairwise precision and recall of a person assignment against the true one: among the pairs
    of rows given one person, the share that are one person (precision), and among the pairs that
    are one person, the share given one person (recall)."""
    def pairs(counts: pd.Series) -> int:
        return int((counts * (counts - 1) // 2).sum())

    frame = pd.DataFrame({"p": predicted.to_numpy(), "t": truth.to_numpy()})
    both = pairs(frame.groupby(["p", "t"]).size())
    said, true = pairs(frame.groupby("p").size()), pairs(frame.groupby("t").size())
    return {"precision": both / said if said else 1.0, "recall": both / true if true else 1.0,
            "pairs_true": true, "pairs_linked": said}
