"""Tests of the date parser: the examples table, the vocabulary, and properties."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzanalysis.parse import Parsed
from kzanalysis.parse.blank import NOT_GIVEN, is_not_given
from kzanalysis.parse.dates import EARLIEST, LATEST, MONTHS_FILE, DateValue, parse_date
from kzanalysis.parse.text import match_key

EXAMPLES = Path(__file__).parent / "examples" / "dates.csv"


def _examples() -> list[dict[str, str]]:
    with EXAMPLES.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _examples(), ids=lambda row: row["input"] or "<blank>")
def test_examples(row: dict[str, str]) -> None:
    result = parse_date(row["input"])
    assert isinstance(result, Parsed)
    assert result.problem == (row["problem"] or None), result.message
    if row["date"]:
        assert result.value == DateValue(dt.date.fromisoformat(row["date"]), row["precision"])
    else:
        assert result.value is None
    if result.problem:
        assert result.message


def test_examples_table_is_big_enough() -> None:
    assert len(_examples()) >= 80


def test_months_vocabulary_is_consistent() -> None:
    with MONTHS_FILE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and set(rows[0]) == {"alias", "month", "lang", "source"}
    seen: dict[str, int] = {}
    for row in rows:
        assert row["lang"] in {"ru", "kk", "en"} and row["source"].strip(), row
        month = int(row["month"])
        assert 1 <= month <= 12, row
        key = match_key(row["alias"])
        assert seen.setdefault(key, month) == month, f"{row['alias']!r} names two months"
    for lang, count in (("ru", 12), ("kk", 12), ("en", 12)):
        assert {int(r["month"]) for r in rows if r["lang"] == lang} == set(range(1, count + 1))


def test_every_month_alias_reads() -> None:
    with MONTHS_FILE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        result = parse_date(f"{row['alias']} 2021")
        assert result.value == DateValue(dt.date(2021, int(row["month"]), 1), "month"), (row, result)


def test_not_given_markers() -> None:
    assert "неизвестно" in NOT_GIVEN and "?" in NOT_GIVEN
    for marker in ("?", "??", "неизвестно", "НЕИЗВЕСТНО", "unknown", "н/д", "—", "-", "  ", "", "белгісіз", "N/A"):
        assert is_not_given(marker), marker
        assert parse_date(marker) == Parsed(None)
    for value in ("12.07.2021", "2021", "Алматы", "405"):
        assert not is_not_given(value)


# Property tests ---------------------------------------------------------------

RU_GENITIVE = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
RU_NOMINATIVE = "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split()
RU_PREPOSITIONAL = "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split()
KK = "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split()
KK_ABLATIVE = (
    "қаңтардан ақпаннан наурыздан сәуірден мамырдан маусымнан шілдеден тамыздан қыркүйектен қазаннан қарашадан желтоқсаннан"
).split()
KK_POSSESSIVE = "қаңтары ақпаны наурызы сәуірі мамыры маусымы шілдесі тамызы қыркүйегі қазаны қарашасы желтоқсаны".split()
EN = "January February March April May June July August September October November December".split()
EN_SHORT = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _latin_lookalikes(word: str) -> str:
    """A Russian word with its first look-alike letter typed in Latin (as OCR and typists do)."""
    for cyr, lat in zip("аеорсух", "aeopcyx"):
        if cyr in word:
            return word.replace(cyr, lat, 1)
    return word


def _serial(d: dt.date) -> int:
    return (d - dt.date(1899, 12, 30)).days


DAY_FORMATS = [
    lambda d: f"{d:%d.%m.%Y}",
    lambda d: f"{d.day}.{d.month}.{d.year}",
    lambda d: f"{d:%d.%m.%Y} г.",
    lambda d: f"{d:%d/%m/%Y}",
    lambda d: f"{d:%d-%m-%Y}",
    lambda d: d.isoformat(),
    lambda d: f"{d.isoformat()} 00:00:00",
    lambda d: f"{d.isoformat()}T00:00:00",
    lambda d: str(_serial(d)),
    lambda d: f"{_serial(d)}.0",
    lambda d: f"{d.day} {RU_GENITIVE[d.month - 1]} {d.year}",
    lambda d: f"{d.day} {RU_GENITIVE[d.month - 1]} {d.year} года",
    lambda d: f"с {d.day} {RU_GENITIVE[d.month - 1]} {d.year} г.",
    lambda d: f"{d.day} {KK[d.month - 1]} {d.year}",
    lambda d: f"{d.year} жылғы {d.day} {KK[d.month - 1]}",
    lambda d: f"{d.year} жылғы {d.day} {KK_ABLATIVE[d.month - 1]} бастап",
    lambda d: f"{d.year} жылдың {d.day} {KK_POSSESSIVE[d.month - 1]}",
    lambda d: f"{d.day}\u00a0{_latin_lookalikes(RU_GENITIVE[d.month - 1])}  {d.year}\u00a0г.",
    lambda d: f"{d.day} {EN[d.month - 1]} {d.year}",
    lambda d: f"{EN[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day} {EN_SHORT[d.month - 1]} {d.year}",
    lambda d: f"since {d:%d.%m.%Y}",
    lambda d: f"от {d:%d.%m.%Y}",
    lambda d: f"{d:%d.%m.%Y} - {(d + dt.timedelta(days=3)):%d.%m.%Y}",
    lambda d: f"с {d:%d.%m.%Y} по {(d + dt.timedelta(days=3)):%d.%m.%Y}",
]
MONTH_FORMATS = [
    lambda d: f"{RU_NOMINATIVE[d.month - 1]} {d.year}",
    lambda d: f"{RU_GENITIVE[d.month - 1]} {d.year}",
    lambda d: f"в {RU_PREPOSITIONAL[d.month - 1]} {d.year}",
    lambda d: f"{KK[d.month - 1]} {d.year}",
    lambda d: f"{d.year} жылғы {KK[d.month - 1]}",
    lambda d: f"{EN[d.month - 1]} {d.year}",
    lambda d: f"{d:%m.%Y}",
    lambda d: f"{d:%Y-%m}",
]
YEAR_FORMATS = [
    lambda d: str(d.year),
    lambda d: f"{d.year} г.",
    lambda d: f"{d.year} год",
    lambda d: f"в {d.year} году",
    lambda d: f"{d.year} жыл",
    lambda d: f"{d.year} жылдан бастап",
    lambda d: f"since {d.year}",
]

dates = st.dates(min_value=EARLIEST, max_value=LATEST - dt.timedelta(days=3))


@settings(max_examples=300, deadline=None)
@given(dates, st.sampled_from(range(len(DAY_FORMATS))))
def test_round_trip_day(d: dt.date, i: int) -> None:
    text = DAY_FORMATS[i](d)
    assert parse_date(text) == Parsed(DateValue(d, "day")), text


@settings(max_examples=150, deadline=None)
@given(dates, st.sampled_from(range(len(MONTH_FORMATS))))
def test_round_trip_month(d: dt.date, i: int) -> None:
    text = MONTH_FORMATS[i](d)
    assert parse_date(text) == Parsed(DateValue(d.replace(day=1), "month")), text


@settings(max_examples=100, deadline=None)
@given(dates, st.sampled_from(range(len(YEAR_FORMATS))))
def test_round_trip_year(d: dt.date, i: int) -> None:
    text = YEAR_FORMATS[i](d)
    assert parse_date(text) == Parsed(DateValue(d.replace(month=1, day=1), "year")), text


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=LATEST))
def test_two_digit_year(d: dt.date) -> None:
    assert parse_date(f"{d:%d.%m.%y}").value == DateValue(d, "day")


def _check(result: Parsed) -> None:
    assert isinstance(result, Parsed)
    if result.value is not None:
        assert isinstance(result.value, DateValue)
        assert result.problem is None
        assert result.value.precision in {"day", "month", "year"}
        assert EARLIEST <= result.value.date <= LATEST
    elif result.problem is not None:
        assert result.problem in {"unparsed_date", "impossible_date", "implausible_date"}
        assert result.message


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_any_text_never_raises(text: str) -> None:
    _check(parse_date(text))


date_bits = st.sampled_from(
    ["12", "07", "2021", "21", "0", "00", "13", "31", "44389", ".", "/", "-", " ", ",", "г.", "года", "июля",
     "шілде", "жылғы", "July", "с", "по", "бастап", "(", ")", "?", "T", ":", "AM", "и", "—", "9999", "1.5"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(date_bits, max_size=8).map("".join))
def test_date_like_text_never_raises(text: str) -> None:
    _check(parse_date(text))


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=-10**6, max_value=10**7), st.sampled_from(["", ".0", ",5", " ", "-"]))
def test_numbers_never_raise(n: int, suffix: str) -> None:
    _check(parse_date(f"{n}{suffix}"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Алмалинский районный суд г. Алматы от 03.11.2021", dt.date(2021, 11, 3)),
    ("Specialised Inter-District Court of Shymkent - 14 Feb 2022", dt.date(2022, 2, 14)),
    ("Суд № 2 г. Караганды, 7 сентября 2020 г.", dt.date(2020, 9, 7)),
    ("Court No. 3 of Aktobe, March 9, 2021", dt.date(2021, 3, 9)),
    ("06.10.2021, Талдыкорганский городской суд", dt.date(2021, 10, 6)),
])
def test_find_date_reads_a_date_written_among_other_words(text, expected):
    from kzanalysis.parse.dates import find_date

    parsed = find_date(text)
    assert parsed.problem is None and parsed.value.date == expected


def test_find_date_without_a_digit_is_nothing_and_a_number_that_is_no_date_is_a_problem():
    from kzanalysis.parse.dates import find_date

    assert find_date("рассмотрение отложено") == find_date("") == type(find_date(""))()
    assert find_date("Суд 2 района").problem == "unparsed_date"
