"""Dates as NGO lists write them.

In: one cell as text, e.g. `12.07.2021`, `12.07.2021 г.`, `2021-07-12 00:00:00`,
`44389` (an Excel serial number), `12 июля 2021 года`, `2021 жылғы 12 шілде`,
`July 12, 2021`, `в июле 2021`, `07.2021`, `2021 жылдан бастап`, `с 12.07.2021 по 15.07.2021`.

Out: `parse_date(text) -> Parsed` whose value is a `DateValue(date, precision)`.
A partial date is the first day of its period and keeps its precision:
`июль 2021` -> (2021-07-01, "month"), `2021` -> (2021-01-01, "year").

Reading rules (each one a decision, documented here and tested in
tests/examples/dates.csv):
- Numeric dates are day first (`12.07.2021`, `12/07/2021`, `12-07-2021`), as
  Kazakhstan writes them. The one exception: a `/` date followed by an AM/PM
  time (`7/12/2021 12:00:00 AM`) comes from a US-locale export and is month first.
  A date whose month is over 12 is `impossible_date`, never silently swapped.
- Year first is always year-month-day (`2021-07-12`, `2021.07.12`, `20210712`).
- Two-digit years (`12.07.21`): 00-30 are 2000-2030, 31-99 are 1931-1999
  (so 31-89 come out as `implausible_date`). Only in all-numeric dates.
- Day `00` means "day unknown": `00.07.2021` is July 2021 (month precision),
  `00.00.2021` is the year 2021 (year precision). So does a day or month written as a
  mark of an unknown part (`XX`, `??`, `__`, `?`, `_`): `2021-07-XX` and `XX.07.2021` are
  July 2021, `2021-XX-XX` and `??.??.2021` the year 2021 (the known part, never
  `unparsed_date`); a date whose parts are all such marks (`XXXX-XX-XX`) is not given.
- Excel serial numbers written as text (`44389`, `44389.0`, `44389,5`) are read
  in the 1900 date system (serial 1 = 1900-01-01, with Excel's phantom
  1900-02-29, so day 0 is 1899-12-30 for every serial after 60; ECMA-376 Part 1,
  18.17.4.1 "Date Representation"), only when they fall between 1990-01-01 and
  2035-12-31; any other bare number is not a date.
- A time of day (`00:00:00`, `T10:30`) is dropped.
- Prefixes and suffixes that do not change the date are dropped: `с`, `от`,
  `на`, `в`, `since`, `from`, `on`, `г.`, `года`, `жылғы`, `жылдан бастап`,
  `approx.`, `около`, `начало`/`конец`, `лето`, ... (`FILLER_WORDS`). Winter is
  not among them: `зима 2021` can mean December 2020.
- A range or a list of dates (`с 12.07.2021 по 15.07.2021`, `12.07.2021 -
  15.07.2021`, `12-15 июля 2021`, `июль-август 2021`, `2020-2021 гг.`) gives its
  FIRST date, the start; a list of whole dates (`15.07.2021; 12.03.2020`,
  `12.03.2020 и 15.07.2021`) gives the EARLIEST, as started_on does across columns; a start without its own year takes the year written
  after it (`12 июля - 15 августа 2021` -> 2021-07-12). An open end is fine
  (`с 12.07.2021 по н.в.`, `since 2021 to present`); a doubt is not
  (`12.07.2021 или 13.07.2021`, `2021?` are `unparsed_date`), nor a bare end
  (`до 2021`, `по 15.07.2021`).
- A remark in brackets is dropped when the rest is a date (`12.07.2021 (задержан)`).
- A cell that only says "unknown" (`?`, `неизвестно`, `н/д`, `—`; see
  `kzanalysis/vocab/not_given.csv`) is `Parsed(None)` with no problem.

Problem codes: `unparsed_date` (nothing read with confidence),
`impossible_date` (31.02.2021, month 13), `implausible_date` (a real date
outside 1990-01-01..2030-12-31).

Month names (Russian, Kazakh and English, their case forms and abbreviations)
are data in `kzanalysis/vocab/months.csv`; a Kazakh name typed on a Russian
keyboard (`шилде`, `кыркуйек`) is matched too.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from kzanalysis.config import VOCAB_DIR
from kzanalysis.parse import Parsed, also_kazakh_latin, guarded
from kzanalysis.parse.letterless import also_letterless
from kzanalysis.parse.blank import NOT_GIVEN, is_not_given
from kzanalysis.parse.text import clean_spaces, fold_homoglyphs, match_key

__all__ = [
    "DateValue",
    "NOT_GIVEN",
    "is_not_given",
    "parse_date",
    "EARLIEST",
    "LATEST",
    "MONTHS_FILE",
]

MONTHS_FILE = VOCAB_DIR / "months.csv"

# Dates outside this window are almost surely typos for the cases these lists keep
# (the 2014 Criminal Code, the 1997 code before it; independence in 1991).
EARLIEST = dt.date(1990, 1, 1)
LATEST = dt.date(2030, 12, 31)

# Excel serials are accepted only where they land in these years (brief: years 1990-2035).
_SERIAL_EARLIEST = dt.date(1990, 1, 1)
_SERIAL_LATEST = dt.date(2035, 12, 31)
# 1900 date system: serial 61 is 1900-03-01, so from there on day 0 is 1899-12-30
# (Excel counts a phantom 1900-02-29; ECMA-376 Part 1, 18.17.4.1).
_SERIAL_EPOCH = dt.date(1899, 12, 30)

# Two-digit years up to this number are 20yy, the others 19yy.
TWO_DIGIT_YEAR_PIVOT = 30

PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True)
class DateValue:
    """A date and how much of it was written: "day", "month" or "year"."""

    date: dt.date
    precision: str


# Words that add nothing to the date: prepositions, "year" words, ordinal endings,
# vagueness and part-of-year words. A grammar list, not a vocabulary of values.
FILLER_WORDS: frozenset[str] = frozenset(
    # Russian: "с 12.07.2021", "от", "на", "в 2021 году", "2021 г.", "2021-го", "2021-м", "12-го"
    "с со от на в во за г гг год года году годом го ого м е числа число дата "
    "около примерно приблизительно ориентировочно ок прим "
    "начало начала начале конец конца конце середина середины середине "
    "весна весной весны лето летом лета осень осенью осени "
    # Kazakh: "2021 жылғы 12 шілде", "2021 жылдан бастап", "12-сі", "шілде айы", "шамамен" (about)
    "ж жыл жылы жылғы жылдың жылда жылдан жылға жылдары бастап ай айы айында айының айынан "
    "күні ші шы сі сы інші ыншы шамамен басында аяғында ортасында "
    # English: "since", "from", "on", "12th of July", "approx.", "early 2021", "c." (circa; also a Latin "с")
    "since from on in of the at st nd rd th about around roughly approx approximately circa ca c "
    "early mid late beginning end middle year spring summer autumn fall".split()
)

# Words between two dates of a range or a list; the first date is kept. Not "or"/"или":
# "12.07.2021 или 13.07.2021" is a doubt, and picking one would be a guess.
RANGE_WORDS: frozenset[str] = frozenset("по до и to till until through thru and дейін дейин".split())

# "Up to now" after a range word (`с 12.07.2021 по н.в.`, `since 2021 to present`, `қазірге дейін`):
# allowed after the first date of a range only.
OPEN_END_WORDS: frozenset[str] = frozenset(
    "н в нв наст настоящее настоящего время времени вр сих пор сегодня сегодняшний день "
    "present now today date қазір қазірге бүгін бүгінге".split()
)

# Kazakh letters as typed on a Russian keyboard (шілде -> шилде, қыркүйек -> кыркуйек).
_KAZAKH_TO_RUSSIAN = str.maketrans("әіңғүұқөһ", "аингуукох")

_WORD_OR_NUMBER = re.compile(r"\d+|[^\W\d_]+")
_WORD = re.compile(r"[^\W\d_]+")
_SERIAL = re.compile(r"(\d{5})(?:[.,]\d+)?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_TIME = re.compile(
    r"(?:t|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?))?"
    r"(?:\s*(?:z|utc|gmt|[+-]\d{2}(?::?\d{2})?))?\s*$"  # a zone as `+06:00`, `+0600` or, as PostgreSQL writes it, `+06`
)
# "12-15 июля 2021", "12-15.07.2021", "1 - 3 July 2021": a range of days; keep the first.
_DAY_RANGE = re.compile(r"^(\d{1,2})\s*-\s*\d{1,2}(?=\s*[./]\s*\d{1,2}\s*[./]\s*\d{2,4}\b|\s+[^\W\d_])")
_BRACKETED = re.compile(r"\([^)]*\)?|\[[^\]]*\]?")
# What may stand between the parts of one date, and around it.
# Quotes: official Russian style writes «12» июля 2021 г.
_INNER_GAP = re.compile(r"[\s.,/\-'’\"«»“”„]*")
_OUTER_GAP = re.compile(r"[\s.,;:'\"«»“”„()\[\]\-~*’]*")
_NUMERIC_SEPARATORS = frozenset({".", "/", "-", ",", ".."})
# Marks that say "a second date follows" between the parts of a range or list.
_LIST_MARK = re.compile(r"[-;,/]")


class _Tok(NamedTuple):
    kind: str  # Y (4 digits), D (1-2 digits), X (other number), M (month), R (range word), P ("now"), U (unknown word)
    text: str
    value: int
    start: int
    end: int


class _Fail(Exception):
    """An internal signal: this text is not a date (becomes a problem, never escapes)."""

    def __init__(self, problem: str, message: str):
        super().__init__(message)
        self.problem = problem
        self.message = message


def _kazakh_fold(key: str) -> str:
    return key.translate(_KAZAKH_TO_RUSSIAN)


@cache
def _month_aliases() -> dict[str, int]:
    """Match key of every alias in months.csv -> month number; Kazakh ones also as typed without Kazakh letters."""
    aliases: dict[str, int] = {}
    folded: dict[str, int] = {}
    with MONTHS_FILE.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            key = match_key(row["alias"])
            if not key:
                continue
            month = int(row["month"])
            aliases.setdefault(key, month)
            if row.get("lang") == "kk":
                folded.setdefault(_kazakh_fold(key), month)
    for key, month in folded.items():
        aliases.setdefault(key, month)
    return aliases


def _month_of(word: str) -> int | None:
    aliases = _month_aliases()
    key = match_key(word)
    return aliases.get(key) or aliases.get(_kazakh_fold(key))


def _normalise(text: str) -> str:
    return fold_homoglyphs(clean_spaces(text)).casefold().replace("ё", "е")


# The filler words as typed without Kazakh letters (`жылгы`: `2019 jylgy 3 shilde` read in Cyrillic).
_FOLDED_FILLERS = frozenset(w.translate(_KAZAKH_TO_RUSSIAN) for w in FILLER_WORDS)


def _drop_fillers(text: str) -> str:
    return _WORD.sub(lambda m: " " if m.group(0) in FILLER_WORDS or m.group(0) in _FOLDED_FILLERS else m.group(0), text)


def _tokens(text: str) -> list[_Tok]:
    toks = []
    for m in _WORD_OR_NUMBER.finditer(text):
        word = m.group(0)
        if word.isdecimal():  # `²` is a digit to isdigit() but not a number
            kind = "Y" if len(word) == 4 else "D" if len(word) <= 2 else "X"
            toks.append(_Tok(kind, word, int(word), m.start(), m.end()))
        elif word in RANGE_WORDS:
            toks.append(_Tok("R", word, 0, m.start(), m.end()))
        elif word in OPEN_END_WORDS:
            toks.append(_Tok("P", word, 0, m.start(), m.end()))
        else:
            month = _month_of(word)
            toks.append(_Tok("M" if month else "U", word, month or 0, m.start(), m.end()))
    return toks


def _gap(text: str, a: _Tok, b: _Tok) -> str:
    return text[a.end : b.start]


def _build(year: int, month: int, day: int | None, text: str) -> DateValue:
    """Check the parts and make the value; day None (or 0) and month 0 mean "not written"."""
    precision = "day"
    if day is None or day == 0:
        precision = "month"
        day = 1
    if month == 0:
        if precision != "month":
            raise _Fail("impossible_date", f"month 00 with a day in {text!r}: no such date")
        precision = "year"
        month = 1
    if not 1 <= month <= 12:
        raise _Fail("impossible_date", f"month {month} does not exist in {text!r} (dates are read day first)")
    if year < 1:
        raise _Fail("impossible_date", f"year {year} does not exist in {text!r}")
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise _Fail("impossible_date", f"day {day} does not exist in {month:02d}.{year} ({text!r})") from None
    if not EARLIEST <= date <= LATEST:
        raise _Fail(
            "implausible_date",
            f"{date.isoformat()} from {text!r} is outside {EARLIEST.isoformat()}..{LATEST.isoformat()}; check the year",
        )
    return DateValue(date, precision)


def _two_digit_year(yy: int) -> int:
    return 2000 + yy if yy <= TWO_DIGIT_YEAR_PIVOT else 1900 + yy


def _sep(gap: str) -> str:
    return gap.strip()


def _match(text: str, toks: list[_Tok], us_order: bool = False) -> DateValue | None:
    """Read tokens that make exactly one date; None when their shape is not a date."""
    if not toks or any(t.kind not in "YDM" for t in toks):
        return None
    gaps = [_gap(text, a, b) for a, b in zip(toks, toks[1:])]
    if any(not _INNER_GAP.fullmatch(g) for g in gaps):
        return None
    shape = "".join(t.kind for t in toks)
    v = [t.value for t in toks]
    seps = [_sep(g) for g in gaps]
    numeric_seps = all(s in _NUMERIC_SEPARATORS for s in seps)
    if shape == "Y":
        return _build(v[0], 0, 0, text)
    if shape in ("MY", "YM"):
        return _build(v[shape.index("Y")], v[shape.index("M")], None, text)
    if shape == "DMY":
        return _build(v[2], v[1], v[0], text)
    if shape == "MDY":
        return _build(v[2], v[0], v[1], text)
    if shape == "YDM":
        return _build(v[0], v[2], v[1], text)
    if shape == "YMD":
        return _build(v[0], v[1], v[2], text)
    if shape == "DY" and numeric_seps:  # 07.2021
        return _build(v[1], v[0], None, text)
    if shape == "YD" and numeric_seps:  # 2021-07
        return _build(v[0], v[1], None, text)
    if shape == "YDD" and all(s in _NUMERIC_SEPARATORS or s == "" for s in seps):  # 2021-07-12
        return _build(v[0], v[1], v[2], text)
    if shape == "DDY" and all(s in _NUMERIC_SEPARATORS or s == "" for s in seps):  # 12.07.2021
        if us_order and seps == ["/", "/"]:
            return _build(v[2], v[0], v[1], text)
        return _build(v[2], v[1], v[0], text)
    # Excel's d-mmm-yy (`9-Jan-22`, `9 янв. 22`) and mmm-d-yy (`Jan-9-22`): the month named, the year of two digits last
    # (one separator between all three: `12 июля - 15` is the start of a range, not 12 July 2015)
    if shape == "DMD" and len(toks[2].text) == 2 and gaps[0] == gaps[1]:
        return _build(_two_digit_year(v[2]), v[1], v[0], text)
    if shape == "MDD" and len(toks[2].text) == 2 and gaps[0] == gaps[1]:
        return _build(_two_digit_year(v[2]), v[0], v[1], text)
    if shape == "DDD" and numeric_seps and len(toks[2].text) == 2:  # 12.07.21
        if us_order and seps == ["/", "/"]:
            return _build(_two_digit_year(v[2]), v[0], v[1], text)
        return _build(_two_digit_year(v[2]), v[1], v[0], text)
    return None


def _whole(text: str, us_order: bool = False) -> DateValue | None:
    """The whole text as one date, or None."""
    toks = _tokens(text)
    if not toks:
        return None
    if not _OUTER_GAP.fullmatch(text[: toks[0].start]) or not _OUTER_GAP.fullmatch(text[toks[-1].end :]):
        return None
    return _match(text, toks, us_order)


def _try_whole(text: str, us_order: bool) -> DateValue | None:
    """`_whole`, with a date that cannot be as None: used to look at what follows a first date."""
    try:
        return _whole(text, us_order)
    except _Fail:
        return None


def _first_of_several(text: str, us_order: bool) -> DateValue | None:
    """The first date of a range or list (`12.07.2021 - 15.07.2021`, `июль-август 2021`), or None."""
    toks = _tokens(text)
    if not toks or any(t.kind in "UX" for t in toks) or toks[0].kind in "RP":
        return None
    if not _OUTER_GAP.fullmatch(text[: toks[0].start]):
        return None
    for n in (3, 2, 1):
        if n >= len(toks):
            continue
        head, tail = toks[:n], toks[n:]
        if any(t.kind in "RP" for t in head):
            continue
        between = _gap(text, head[-1], tail[0])
        separated = bool(_LIST_MARK.search(between)) or any(t.kind == "R" for t in tail)
        tail_text = text[tail[0].start :]
        value = _match(text, head, us_order)
        if value is not None:
            if separated or _try_whole(tail_text, us_order) is not None:
                return value
            continue
        if not separated:
            continue
        # A start without its own year (or month) borrows them from the date after it.
        later = _try_whole(_drop_range_words(tail_text), us_order)
        if later is None or later.precision == "year" and not any(t.kind == "Y" for t in tail):
            years = [t for t in tail if t.kind == "Y"]
            if not years:
                continue
            later_year = years[0].value
        else:
            later_year = later.date.year
        shape = "".join(t.kind for t in head)
        v = [t.value for t in head]
        if shape == "D" and later is not None and later.precision == "day":  # 12 - 15.07.2021
            return _build(later.date.year, later.date.month, v[0], text)
        if shape == "M":  # июль - август 2021
            return _build(later_year, v[0], None, text)
        if shape == "DM":  # 12 июля - 15 августа 2021
            return _build(later_year, v[1], v[0], text)
        if shape == "MD":  # July 12 - August 3, 2021
            return _build(later_year, v[0], v[1], text)
        if shape == "DD" and _sep(_gap(text, head[0], head[1])) in _NUMERIC_SEPARATORS:  # 12.07 - 15.08.2021
            return _build(later_year, v[1], v[0], text)
    return None


def _drop_range_words(text: str) -> str:
    return _WORD.sub(lambda m: " " if m.group(0) in RANGE_WORDS else m.group(0), text)


def _from_serial(match: re.Match[str], text: str) -> DateValue:
    serial = int(match.group(1))
    date = _SERIAL_EPOCH + dt.timedelta(days=serial)
    if not _SERIAL_EARLIEST <= date <= _SERIAL_LATEST:
        raise _Fail("unparsed_date", f"{text!r} is a number, not a date (as an Excel serial it would be {date.isoformat()})")
    if not EARLIEST <= date <= LATEST:
        raise _Fail(
            "implausible_date",
            f"Excel serial {text!r} is {date.isoformat()}, outside {EARLIEST.isoformat()}..{LATEST.isoformat()}",
        )
    return DateValue(date, "day")


# A month in Roman numerals between a day and a year (`24.XI.2021`, `07 iii 21`) or before a year
# (`XI.2021`): a clerical habit of Russian and Kazakh lists and handwriting, read day first. Cyrillic
# look-alikes (`Х`, `І`, `Ш` is not one) are folded: a Roman month typed on a Cyrillic keyboard.
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11,
          "xii": 12}
_ROMAN_ALT = "xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i"
_ROMAN_MONTH = re.compile(
    rf"(?<!\d)(?:(?P<day>\d{{1,2}})\s*[.\-/ ]?\s*)?(?<![^\W\d_])(?P<month>{_ROMAN_ALT})(?![^\W\d_])"
    rf"\s*[.\-/ ]?\s*(?P<year>\d{{4}}|\d{{2}})(?!\d)"
)
_CYRILLIC_ROMAN = str.maketrans({"х": "x", "і": "i"})
_ROMAN_HINT = re.compile(r"[ivxхі]")


def _roman_month(m: re.Match[str]) -> str:
    month, year = _ROMAN[m.group("month")], m.group("year")
    return f"{m.group('day')}.{month}.{year}" if m.group("day") else f"{month}.{year}"


def _roman_months(s: str) -> str:
    """`s` (normalised) with a Roman month written as its number (`24.xi.2021` -> `24.11.2021`)."""
    if not _ROMAN_HINT.search(s):
        return s
    folded = re.sub(r"(?<![^\W\d_])[хі]{1,4}(?![^\W\d_])", lambda m: m.group(0).translate(_CYRILLIC_ROMAN), s)
    out = _ROMAN_MONTH.sub(_roman_month, folded)
    return out if out != folded else s


# A day or month whose digits were not known, written as a mark (`2021-07-XX`, `XX.07.2021`, `??.03.2020`,
# `__.05.2019`; `хх` typed in Cyrillic): one or two marks where the digits of a numeric date stand, next to
# its separator. Read as `00`, the day or month not written (a single `x` is the Roman month X, never a mark).
_UNKNOWN_PART = re.compile(r"(?<![^\s./\-])(?:xx|хх|\?\??|__?)(?![^\s./\-])")
_NEXT_TO_SEPARATOR = re.compile(r"(?:xx|хх|\?\??|__?)\s*[./\-]|[./\-]\s*(?:xx|хх|\?\??|__?)(?![^\s./\-])")
_ALL_UNKNOWN = re.compile(r"(?:[xх]{2,4}|[?_]{1,4})(?:\s*[./\-]\s*(?:[xх]{2,4}|[?_]{1,4}))+")


def _unknown_parts(s: str) -> str | None:
    """`s` (normalised) with the marks of an unknown day or month written `00`; None where every part is
    such a mark (`xxxx-xx-xx`: no date given)."""
    if not _NEXT_TO_SEPARATOR.search(s):
        return s
    if _ALL_UNKNOWN.fullmatch(s.strip()):
        return None
    return _UNKNOWN_PART.sub("00", s)


def _read(text: str) -> DateValue | None:
    normal = _normalise(text)
    s = _unknown_parts(normal)
    if s is None:
        return None
    if s == normal:
        return _read_normal(text, s)
    try:
        return _read_normal(text, s)
    except _Fail as fail:  # the message quotes the cell as written, not its marks read as 00
        if fail.problem == "impossible_date" and "month 00" in fail.message:
            raise _Fail("unparsed_date", f"could not read {text!r} as a date: a day is written but its month is unknown") from None
        raise


def _read_normal(text: str, s: str) -> DateValue:
    s = _roman_months(s)
    if m := _SERIAL.fullmatch(s):
        return _from_serial(m, text)
    if m := _COMPACT.fullmatch(s):
        if 1900 <= int(m.group(1)) <= 2100:
            return _build(int(m.group(1)), int(m.group(2)), int(m.group(3)), text)
        raise _Fail("unparsed_date", f"{text!r} is a number, not a date")
    us_order = False
    if m := _TIME.search(s):
        us_order = m.group("ampm") is not None
        s = s[: m.start()]
    s = _DAY_RANGE.sub(r"\1", _drop_fillers(s).strip())
    if (several := _earliest_of_list(s, us_order)) is not None:
        return several
    for candidate in _candidates(s):
        value = _whole(candidate, us_order)
        if value is None:
            value = _first_of_several(candidate, us_order)
        if value is not None:
            return value
    unknown = [t.text for t in _tokens(s) if t.kind == "U"]
    if unknown:
        raise _Fail(
            "unparsed_date",
            f"could not read {text!r} as a date: {unknown[0]!r} is not a month or a date word "
            f"(if it names a month, add it to kzanalysis/vocab/months.csv)",
        )
    raise _Fail("unparsed_date", f"could not read {text!r} as a date (day, month and year, month and year, or a year)")


# Between the dates of a list in one cell: `;`, a line break, a comma before a digit (or a word and a digit),
# `и`, `and`, `және`, ` / `; brackets too (`charged 5 December 2020 (detained 20 November 2020)`).
_HAS_DIGIT = re.compile(r"\d")
_HAS_YEAR = re.compile(r"\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")
_LIST_BREAK = re.compile(r"\s*(?:[;\n]|,(?=\s*(?:[^\W\d_]+\s+)?\d)|\s(?:и|and|және|/)\s)\s*")


def _without_event_words(part: str) -> str:
    """A part of a list with the words that name what happened left out (`arrested 02.06.2020`,
    `задержан 12.07.2021`): month names and filler words stay."""
    return _WORD.sub(lambda m: m.group(0) if _month_of(m.group(0)) or m.group(0) in FILLER_WORDS else " ", part).strip()


def _earliest_of_list(s: str, us_order: bool) -> DateValue | None:
    """Two or more whole dates in one cell (`15.07.2021; 12.03.2020`, `arrested 02.06.2020; charged
    13.06.2020`, `charged 5 December 2020 (detained 20 November 2020)`) give the EARLIEST (decided
    reading: as started_on does across columns), or None when the cell is not such a list."""
    parts = [p.strip() for p in _LIST_BREAK.split(s.replace("(", ";").replace(")", ";")) if p.strip()]
    dated = [p for p in parts if _HAS_DIGIT.search(p)]
    if len(dated) < 2 or not all(_HAS_YEAR.search(p) for p in dated):  # `July 12, 2021` is one date
        return None
    values = [_try_whole(p, us_order) or _try_whole(_without_event_words(p), us_order) for p in dated]
    if any(v is None for v in values):
        return None
    return min(values, key=lambda v: (v.date, PRECISIONS.index(v.precision)))


def _candidates(s: str) -> list[str]:
    """The text, then the text without remarks in brackets."""
    out = [s]
    unbracketed = _BRACKETED.sub(" ", s).strip()
    if unbracketed and unbracketed != s:
        out.append(_DAY_RANGE.sub(r"\1", unbracketed))
    return out


# The shapes most cells take, read without the general machinery (same checks, same values):
# `12.07.2021` / `12/07/2021` / `12-07-2021` (day first), `2021-07-12`, `2021`,
# `12 July 2021`, `July 12, 2021`, `July 2021` (a month word of months.csv, in any script).
_PLAIN_DMY = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")
_PLAIN_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_PLAIN_YEAR = re.compile(r"\d{4}")
_PLAIN_WORDS = re.compile(r"(?:(\d{1,2}) )?([^\W\d_]+)(?: (\d{1,2}),?)? (\d{4})")


@cache
def _digits_can_be_not_given() -> bool:
    """True if a marker of not_given.csv holds a digit (then a date-like cell could be one)."""
    return any(ch.isdigit() for marker in NOT_GIVEN for ch in marker)


def _plain(text: str) -> DateValue | None:
    """The date of a cell in one of the plain shapes, or None to read it the general way.
    Raises _Fail as the general way would (31.02.2021, a year outside the window)."""
    if m := _PLAIN_DMY.fullmatch(text):
        return _build(int(m.group(3)), int(m.group(2)), int(m.group(1)), text)
    if m := _PLAIN_ISO.fullmatch(text):
        return _build(int(m.group(1)), int(m.group(2)), int(m.group(3)), text)
    if _PLAIN_YEAR.fullmatch(text):
        return _build(int(text), 0, 0, text)
    if (m := _PLAIN_WORDS.fullmatch(text)) and not (m.group(1) and m.group(3)):
        word = fold_homoglyphs(m.group(2)).casefold().replace("ё", "е")
        if word in FILLER_WORDS or word in RANGE_WORDS or word in OPEN_END_WORDS:
            return None
        month = _month_of(word)
        if not month:
            return None
        day = m.group(1) or m.group(3)
        return _build(int(m.group(4)), month, int(day) if day else None, _normalise(text))  # messages quote it so
    return None


def _plain_after_filler(text: str) -> DateValue | None:
    """The date of a cell that is one filler word and a plain shape (`since 14.03.2018`, `с 12.07.2021`,
    `from July 2021`), or None to read it the general way. The general way drops the filler and reads
    what is left as a whole date, which for a plain shape is `_plain`'s date; a shape it cannot be
    (31.02.2021) is left to the general way, whose message quotes the cell."""
    if not text[:1].isalpha() or " " not in text:
        return None  # no word first (a cell starting otherwise is read the general way)
    head, space, rest = _normalise(text).partition(" ")
    if not space or not (head in FILLER_WORDS or head in _FOLDED_FILLERS) or not _WORD.fullmatch(head):
        return None
    try:
        return _plain(rest)
    except _Fail:
        return None


@guarded
@also_letterless()
@also_kazakh_latin(force=True)
def parse_date(text: str) -> Parsed:
    """Read a date; `Parsed(DateValue(date, precision))`, `Parsed(None)` when not given, or None and a problem."""
    try:
        if isinstance(text, str) and not _digits_can_be_not_given():
            plain = _plain(text)  # a cell with a digit is never a "not given" marker
            if plain is None:
                plain = _plain_after_filler(text)
            if plain is not None:
                return Parsed(plain)
        if is_not_given(text):
            return Parsed(None)
        value = _read(text)
        return Parsed(value)
    except _Fail as fail:
        return Parsed(None, fail.problem, fail.message)


# ---------------------------------------------------------------- dates inside a sentence
# Tokens of free text a date may be made of: numbers (a whole numeric date is one token) and words.
# An English ordinal day (`14th`, `1st`) is one token: `on 14th March 2023` is a whole date, as `14 March 2023` is.
_FIND_TOKEN = re.compile(r"\d{1,2}(?:st|nd|rd|th)(?![^\W\d_])|\d{1,4}(?:[./-]\d{1,2}(?:[./-]\d{2,4})?)?|[^\W\d_]+\.?")
_ORDINAL_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
_FULL_NUMERIC = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2}")
# Words a written date carries after or inside it (`6 января 2022 г.`, `2022 жылғы 5 қаңтар`).
_YEAR_WORDS = frozenset({"г", "года", "год", "гг", "жылғы", "жылы", "жыл", "ж", "жылгы", "of", "the"})
# Between the tokens of one date: spaces, a comma or a dot only.
_DATE_GAP = re.compile(r"[\s,.]*")
_MAX_DATE_TOKENS = 5


def _token_kind(token: str) -> str | None:
    if _FULL_NUMERIC.fullmatch(token):
        return "full"
    if _ORDINAL_DAY.fullmatch(token):
        return "number"
    if token.isdigit():
        if len(token) == 4 and EARLIEST.year <= int(token) <= LATEST.year + 5:
            return "year"
        return "number" if len(token) <= 2 else None
    word = token.rstrip(".")
    if _month_of(word) is not None:
        return "month"
    if match_key(word) in _YEAR_WORDS:
        return "filler"
    return None


def find_dates(text: str) -> list[tuple[int, int, DateValue]]:
    """The whole dates written inside free text, in order: (start, end, date). A date is a numeric
    date (`14.04.2022`, `2022-04-14`) or a month name with its year, and the day where given
    (`6 January 2022`, `January 6, 2022`, `в марте 2021`, `2022 жылғы 5 қаңтар`); a bare year or
    number is never one (`fined 2000 MCI`, `5 years`). Each is read by `parse_date`."""
    toks = list(_FIND_TOKEN.finditer(text))
    kinds = [_token_kind(t.group(0)) for t in toks]
    found: list[tuple[int, int, DateValue]] = []
    i = 0
    while i < len(toks):
        if kinds[i] in (None, "filler"):
            i += 1
            continue
        end = i
        while (end + 1 < len(toks) and end + 1 - i < _MAX_DATE_TOKENS and kinds[end + 1] is not None
               and _DATE_GAP.fullmatch(text[toks[end].end():toks[end + 1].start()])):
            end += 1
        taken = None
        for j in range(end, i - 1, -1):
            window = kinds[i:j + 1]
            if "full" not in window and not ("month" in window and "year" in window):
                continue
            parsed = parse_date(text[toks[i].start():toks[j].end()])
            if parsed.value is not None and parsed.problem is None:
                taken = (j, parsed.value)
                break
        if taken is None:
            i += 1
            continue
        found.append((toks[i].start(), toks[taken[0]].end(), taken[1]))
        i = taken[0] + 1
    return found


_NUMBERED = re.compile(r"(?:№|(?<!\w)(?:no|n)\.?)\s*\d+(?!\s*[./-]\s*\d)", re.IGNORECASE)


@guarded
def find_date(text: str) -> Parsed:
    """The date written among other words (`Yesil District Court of Astana, 12 May 2022`, `осуждена
    05.08.2021 к 5 годам`): the text read as a date, else read again without its numbered marks
    (`№ 2`) and its words other than month names and filler words. `Parsed(None)` where the text
    holds no digit (no date written); else a date or `unparsed_date`."""
    shown = clean_spaces(str(text))
    if not _HAS_DIGIT.search(shown):
        return Parsed(None)
    whole = parse_date(shown)
    if whole.value is not None and whole.problem is None:
        return whole
    rest = _without_event_words(_NUMBERED.sub(" ", shown)).strip(" ,;:-—–()")
    if rest and rest != shown:
        again = parse_date(rest)
        if again.value is not None:
            return again
    return whole if whole.problem else Parsed(None, "unparsed_date", f"no date read in {shown!r}")
