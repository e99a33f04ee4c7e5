"""Names of people and their birth years.

In: the text of a name cell or a birth-year cell, as written in a list.
Out:
- `clean_name(text) -> Parsed`: value is the name as written (str), with
  spaces normalised, a leading `#` marker dropped (TIREK writes
  `#KAIYRBEK Askar`) and look-alike letters folded into the word's script;
  letter case is kept. Blank markers (`-`, `?`, `н/д`, `n/a`) give None and
  no problem; a value with no letter at all gives problem `not_a_name`.
  A birth year after the name (`Иванов Иван, 1985 г.р.`) is cut from it.
- `birth_year_in_name(text, bare=False) -> Parsed`: that year (int), or
  `Parsed(None)`; a bare `, 1985` only with `bare=True` (the header says the
  column holds the year of birth: `Ф.И.О. / год рождения`).
- `transliterate(name) -> str`: the Latin spelling by one scheme (below).
  Latin letters and everything that is not Cyrillic stay as they are
  (`transliterate_many` for many names at once).
- `parse_birth_year(text) -> Parsed`: value is the year (int). Problems:
  `implausible_birth_year` (outside 1920..2012), `age_not_year` (an age such
  as `37 лет`: an age is never turned into a year, that would be a guess),
  `unparsed_birth_year` (anything else that is not empty).

Transliteration scheme (one, documented; the table is data in
`kzanalysis/vocab/translit.csv`):
- Russian letters: ICAO Doc 9303 "Machine Readable Travel Documents", Part 3,
  the Cyrillic table used for passports: ж zh, й i, х kh, ц ts, ч ch, ш sh,
  щ shch, ъ ie, ы y, ь (dropped), э e, ю iu, я ia, ё e
  (https://www.icao.int/publications/Documents/9303_p3_cons_en.pdf, as coded in
  nalgeon/iuliia-py `iuliia/icaodoc9303.py`).
- Kazakh letters, ASCII as in Kazakhstan's machine-readable passports and ID
  cards (made "in accordance with international requirements for
  machine-readable travel documents", Government Resolution No. 684 of
  4 July 2013): ә a, ғ g, қ k, ң n, ө o, ұ u, ү u, һ h, і i. The letter table
  of the passport rules was not found in a source I could reach; the ASCII
  base-letter practice is consistent with passport spellings seen in the
  lists (TIREK: Қайырбек -> KAIYRBEK) and with the Interior Ministry keeping
  Х -> KH (Хилл -> Khill, Sputnik Kazakhstan, 6 Oct 2017).
  The 2021 Kazakh Latin alphabet (ä ğ q ñ ö ū ü ı) was not chosen: NGO lists
  and partner workbooks in English use the passport-like ASCII spellings.
A letter's case follows the source: `Жанболат` -> `Zhanbolat`,
`ЖАНБОЛАТ` -> `ZHANBOLAT`.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from functools import cache, lru_cache

from kzanalysis.config import VOCAB_DIR
from kzanalysis.parse import Parsed, also_kazakh_latin, guarded
from kzanalysis.parse.text import clean_spaces, fold_homoglyphs

TRANSLIT_FILE = VOCAB_DIR / "translit.csv"

# Plausible birth years of people on the lists: nobody born before 1920 or
# after 2012 (aged under ~10 in 2022) is expected; anything else is a typo.
MIN_BIRTH_YEAR = 1920
MAX_BIRTH_YEAR = 2012

# Cells that say "not known" rather than giving a value.
_EMPTY_MARKERS = frozenset(
    {
        "", "-", "--", "---", "?", "??", "???", "—", "–", "_", "x", "х", "0",
        "н/д", "н.д.", "н/и", "нд", "нет", "нет данных", "нет сведений", "неизв", "неизв.",
        "неизвестно", "не известно", "не указано", "не установлен", "не установлено",
        "n/a", "na", "n.a.", "none", "unknown", "not known", "no data", "nd", "null", "nan",
        "белгісіз", "жоқ", "мәлімет жоқ", "деректер жоқ",
    }
)

_LETTER = re.compile(r"[^\W\d_]")
_LEADING_HASH = re.compile(r"^#+\s*")


@cache
def _translit_table() -> dict[str, str]:
    """Lower-case Cyrillic letter -> lower-case Latin, from `translit.csv`."""
    with open(TRANSLIT_FILE, encoding="utf-8", newline="") as f:
        return {row["cyrillic"]: row["latin"] for row in csv.DictReader(f)}


# A birth year written after the name in one cell (`Иванов Иван, 1985 г.р.`,
# `Иванов Иван (1985 г.р.)`, `Ivanov Ivan, b. 1985`, `Сәрсенов Ерлан, 1985 ж.т.`):
# the year with a birth marker before or after it, at the end of the cell.
_MARKED_BIRTH = re.compile(
    r"[\s,;]*[(\[]?\s*(?:(?:г\.?\s*р\.?|год\s+рождения|born|b\.|туған\s+жылы|т\.?\s*ж\.?)\s*[:\-]?\s*)?"
    r"(?P<year>\d{4})"
    r"(?P<suffix>\s*(?:г\.?\s*р\.?|года?\s+рождения|г\.?\s*рожд\.?|ж\.?\s*т\.?|жылы\s+туған|y\.?\s*o\.?\s*b\.?))?"
    r"\s*[)\]]?\s*\.?$",
    re.IGNORECASE,
)
# Only under a header that says the cell holds the year of birth (`Ф.И.О. / год рождения`):
# a bare year after a comma or in brackets (`Иванов Иван, 1985`, `Ivanov Ivan (1985)`).
_DIGIT = re.compile(r"\d")
_BARE_BIRTH = re.compile(r"(?:\s*,\s*|\s*[(\[]\s*)(?P<year>(?:19|20)\d\d)\s*[)\]]?\s*\.?$")


def _birth_part(name: str, bare: bool) -> re.Match[str] | None:
    """The trailing birth-year part of a name cell, or None."""
    if _DIGIT.search(name) is None:
        return None  # both patterns need a year's digits; most names have none
    m = _MARKED_BIRTH.search(name)
    if m and (m.group("suffix") or re.search(r"[^\W\d_]", m.group(0).split(m.group("year"))[0])):
        return m  # a marker (`г.р.`, `born`, `b.`, `ж.т.`) says it is a birth year
    return _BARE_BIRTH.search(name) if bare else None


@guarded
def birth_year_in_name(text: str, bare: bool = False) -> Parsed:
    """The birth year written after the name in a name cell (`Иванов Иван, 1985 г.р.`): value the year
    (int), `Parsed(None)` when the cell has none. A bare year (`Иванов Иван, 1985`) is read only with
    `bare=True`, for a column whose header says it holds the year of birth. Problem:
    `implausible_birth_year` (outside 1920..2012)."""
    shown = clean_spaces(text)
    m = _birth_part(shown, bare)
    if m is None or not _LETTER.search(shown[: m.start()]):
        return Parsed(None)
    return _year_result(int(m.group("year")), shown)


def _without_digits(values):
    """For many cells at once (spaces already cleaned), True where `birth_year_in_name` gives nothing
    because the cell has no digit (a year needs one): parse_values skips those (values.py)."""
    import numpy as np

    return np.fromiter((_DIGIT.search(v) is None for v in values), dtype=bool, count=len(values))


birth_year_in_name.gives_nothing = _without_digits


@guarded
def clean_name(text: str, bare: bool = False) -> Parsed:
    """A person's name as written, tidied; `not_a_name` when it has no letter. A birth year written
    after the name (see `birth_year_in_name`; bare years only with `bare=True`) is not part of it."""
    name = fold_homoglyphs(_LEADING_HASH.sub("", clean_spaces(text))).strip()
    birth = _birth_part(name, bare)
    if birth is not None and _LETTER.search(name[: birth.start()]):
        name = name[: birth.start()].rstrip(" ,;-")
    if name.casefold() in _EMPTY_MARKERS:
        return Parsed(None)
    if not _LETTER.search(name):
        return Parsed(None, "not_a_name", f"{name!r} has no letters, so it is not a person's name")
    return Parsed(name)


# A name in one script, letters with single spaces or hyphens between words: `clean_name` gives it back as
# it is (no digit for a birth year, no `#`, nothing to fold), unless it is an "empty" marker.
_PLAIN_NAME = re.compile(
    r"[A-Za-z]+(?:[ -][A-Za-z]+)*|[А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі]+(?:[ -][А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі]+)*")


def names_as_written(values):
    """For many cells at once (spaces already cleaned), True where `clean_name` gives the cell back as it
    is without a problem: parse_values then skips the per-value call (the same result, value for value)."""
    import pandas as pd

    text = pd.Series(values, dtype=object).astype("string")
    plain = text.str.fullmatch(_PLAIN_NAME).fillna(False).astype(bool)
    return (plain & ~text.str.casefold().isin(list(_EMPTY_MARKERS)).fillna(False)).to_numpy(dtype=bool)


clean_name.as_written = names_as_written  # parse_values asks the parser this (values.py)


def _is_upper_context(text: str, i: int) -> bool:
    """True where the capital at `i` sits in an all-capitals word (`ЖАН`, not `Жан`)."""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if nxt.isalpha():
        return nxt.isupper()
    prev = text[i - 1] if i > 0 else ""
    return prev.isalpha() and prev.isupper()


def transliterate(name: str) -> str:
    """Latin spelling of a name by ICAO 9303 plus the Kazakh letters (see module docstring)."""
    try:
        # Word by word: each letter's spelling depends only on its word (a space is not a letter, folding
        # and NFC never cross it), and the words of a long list repeat far more than its names do.
        return " ".join(map(_transliterate_word, str(name).split(" ")))
    except Exception:  # a pure helper that must never raise
        return str(name)


def transliterate_many(names) -> list[str]:
    """`transliterate` of each name. A name of ASCII characters only is its own Latin spelling (folding and
    NFC leave ASCII as it is, and the table maps no ASCII letter), so only the others are worked out."""
    if any(letter.isascii() for letter in _translit_table()):
        return [transliterate(n) for n in names]
    return [n if type(n) is str and n.isascii() else transliterate(n) for n in names]


@lru_cache(maxsize=1 << 16)
def _transliterate_word(name: str) -> str:
    try:
        table = _translit_table()
        text = fold_homoglyphs(unicodedata.normalize("NFC", str(name)))
        out: list[str] = []
        for i, ch in enumerate(text):
            low = ch.lower()
            latin = table.get(low)
            if latin is None:
                out.append(ch)
            elif ch == low:
                out.append(latin)
            elif _is_upper_context(text, i):
                out.append(latin.upper())
            else:
                out.append(latin.capitalize())
        return "".join(out)
    except Exception:  # a pure helper that must never raise
        return str(name)


# --- birth years -----------------------------------------------------------

_MONTHS = (
    r"январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяе]\w*|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*"
    r"|қаңтар\w*|ақпан\w*|наурыз\w*|сәуір\w*|мамыр\w*|маусым\w*|шілде\w*|тамыз\w*|қыркүйек\w*|қазан\w*|қараша\w*|желтоқсан\w*"
    r"|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*"
)
# Words around a year that say "born" / "year of birth" (ru, kk, en).
_PREFIX = re.compile(
    r"^(?:(?:г\.?\s*р\.?|год\s+рождения|дата\s+рождения|д\.?\s*р\.?|р\.|род\.?|рожд\.?|родил(?:ся|ась)|"
    r"туған\s+(?:жылы|күні)|туылған\s+жылы|т\.?\s*ж\.?|"
    r"born(?:\s+(?:in|on))?|b\.|d\.?o\.?b\.?|y\.?o\.?b\.?|date\s+of\s+birth|year\s+of\s+birth|birth\s*year)"
    r"\s*[:\-]?\s*)+"
)
_SUFFIX = re.compile(
    r"(?:\s*(?:г\.?\s*[р/]\s*р?\.?|гр\.?|года\s+рождения|год\s+рождения|года|год|г\.?|"
    r"ж\.?\s*т\.?|жылы\s+туған|жылғы|жылы|жыл|ж\.?|year|y\.?|г\.?\s*рожд\.?))+$"
)
_YEAR = re.compile(r"^(\d{4})(?:\.0+)?$")
_YEAR2 = re.compile(r"^(\d{2})$")
_SERIAL = re.compile(r"^(\d{5})(?:\.\d+)?$")
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DMY = re.compile(r"^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4}|\d{2})$")
_MONTH_DATE = re.compile(rf"^(?:\d{{1,2}}\s+)?(?:{_MONTHS})\.?\s+(?:\d{{1,2}},?\s+)?(\d{{4}})$")
_AGE = re.compile(
    r"^(?:(?:возраст|age|aged|жасы|жас)\s*[:\-]?\s*)?(\d{1,3})\s*"
    r"(лет|год(?:а)?|л\.?|years?(?:\s+old)?|yrs?\.?|y\.?\s*o\.?|жаста|жас|жаста\w*)?$"
)
_AGE_UNIT = r"(?:лет|года?|л\.|years?(?:\s+old)?|yrs?\.?|y\.?\s*o\.?|жаста|жас)"
_AGE_BESIDE = re.compile(rf"\(\s*\d{{1,3}}\s*{_AGE_UNIT}?\s*\)|(?<![\d.])\d{{1,3}}\s*{_AGE_UNIT}(?!\w)")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def _year_result(year: int, text: str) -> Parsed:
    if MIN_BIRTH_YEAR <= year <= MAX_BIRTH_YEAR:
        return Parsed(year)
    return Parsed(
        None,
        "implausible_birth_year",
        f"{text!r} gives {year}, outside {MIN_BIRTH_YEAR}..{MAX_BIRTH_YEAR}",
    )


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _unparsed(text: str, why: str = "is not a year or a date of birth") -> Parsed:
    return Parsed(None, "unparsed_birth_year", f"{text!r} {why}")


_BARE_AGE = re.compile(r"\s*\d{1,3}\s*")


@guarded
def parse_age_cell(text: str) -> Parsed:
    """A cell of an age column: the year of birth where the cell writes one (`1994 ж.т.`, `1985`,
    a date of birth), else `age_not_year` for an age (`32 года`, `45 жаста`, a bare `32`): an age
    alone never gives a year of birth."""
    if _BARE_AGE.fullmatch(str(text)):
        return Parsed(None, "age_not_year", f"{clean_spaces(str(text))!r} is an age, not a birth year; no year is computed from it")
    return parse_birth_year(text)


@guarded
@also_kazakh_latin(force=True)
def parse_birth_year(text: str) -> Parsed:
    """Birth year (int) from a year, a date of birth, an Excel serial or `1985 г.р.`."""
    shown = clean_spaces(text)
    s = shown.casefold().replace("ё", "е")
    if s[:1] in "([" and s[-1:] in ")]":
        s = s[1:-1].strip()
    if s in _EMPTY_MARKERS:
        return Parsed(None)
    age = _AGE.match(s)
    if age and (age.group(1) and (age.group(2) or s[:1].isalpha())):
        return Parsed(None, "age_not_year", f"{shown!r} is an age, not a birth year; no year is computed from it")
    # An age given beside the year (`1985 (37 лет)`, `37 лет, 1985 г.р.`): the year is explicit.
    without_age = _AGE_BESIDE.sub(" ", s).strip(" ,;()[]")
    if without_age != s and re.search(r"\d{4}", without_age):
        s = without_age
    core = _SUFFIX.sub("", _PREFIX.sub("", s)).strip(" ,.")
    had_marker = core != s.strip(" ,.")  # `born`, `г.р.`, `ж.т.` ... around the number
    if not core:
        return _unparsed(shown)
    if m := _YEAR.match(core):
        return _year_result(int(m.group(1)), shown)
    if m := _ISO.match(core):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return _year_result(y, shown) if _real_date(y, mo, d) else _unparsed(shown, "is not a real date")
    if m := _DMY.match(core):
        d, mo, y_text = int(m.group(1)), int(m.group(2)), m.group(3)
        y = int(y_text) if len(y_text) == 4 else _two_digit_year(int(y_text))
        if y is None:
            return _unparsed(shown, "has a two-digit year that could be 19xx or 20xx")
        # Day-first is the rule in KZ lists; month-first (US) gives the same year.
        real = _real_date(y, mo, d) or _real_date(y, d, mo)
        return _year_result(y, shown) if real else _unparsed(shown, "is not a real date")
    if m := _MONTH_DATE.match(core):
        return _year_result(int(m.group(1)), shown)
    if m := _SERIAL.match(core):
        # Excel serial day number (1900 date system); the reader passes numbers as text.
        try:
            year = (_EXCEL_EPOCH + dt.timedelta(days=int(m.group(1)))).year
        except OverflowError:
            return _unparsed(shown)
        return _year_result(year, shown)
    if had_marker and (m := _YEAR2.match(core)):
        # `85 г.р.`: a two-digit year with a birth marker; 20..99 can only be 19xx.
        y = _two_digit_year(int(m.group(1)))
        if y is not None:
            return _year_result(y, shown)
    return _with_birthplace(shown) or _unparsed(shown)


# A date of birth and a birthplace in one cell (`Дата и место рождения`: `12.04.1985, г. Кызылорда`,
# `1985 г.р., с. Шелек Алматинской обл.`, `b. 3 May 1990 in Taraz`): the date, then a comma (or `в`,
# `in`) and a place. The place is where the person was born, not where the case is: it is left aside.
_BIRTHPLACE_BREAK = re.compile(r"\s*[,;]\s*|\s+(?:в|in|во)\s+(?=[А-ЯЁA-ZӘҒҚҢӨҰҮҺІ]|г\.|с\.)")
_PLACE_MARK = re.compile(r"^(?:г\.|гор\.|город|с\.|село|пос\.|поселок|посёлок|п\.|аул|ауыл|қ\.|қаласы|town|village|city)\s*", re.IGNORECASE)


def _with_birthplace(shown: str) -> Parsed | None:
    """The birth year of a cell that writes the birthplace after the date, else None."""
    parts = _BIRTHPLACE_BREAK.split(shown, maxsplit=1)
    if len(parts) != 2 or not parts[0] or not parts[1] or not re.search(r"\d", parts[0]) or re.search(r"\d", parts[1]):
        return None
    head = parse_birth_year(parts[0])
    if head.value is None:
        return None
    from kzanalysis.parse import places  # here: places is read only for such cells

    tail = parts[1].strip(" .")
    if _PLACE_MARK.match(tail) or places.parse_place(tail).value is not None or places.parse_region(tail).value is not None:
        return head
    return None


def _two_digit_year(yy: int) -> int | None:
    """19yy where that is the only plausible reading (yy >= 20: 20yy would be a future birth)."""
    return 1900 + yy if yy >= 20 else None
