"""Names, their Latin spelling and birth years: example tables plus properties."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzanalysis.parse import Parsed
from kzanalysis.parse.names import clean_name, parse_birth_year, transliterate

EXAMPLES = Path(__file__).parent / "examples"


def _rows(name: str) -> list[dict[str, str]]:
    with open(EXAMPLES / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _rows("names.csv"), ids=lambda r: r["input"])
def test_name_examples(row: dict[str, str]) -> None:
    parsed = clean_name(row["input"])
    assert (parsed.value or "") == row["clean"]
    assert (parsed.problem or "") == row["problem"]
    if parsed.value is not None:
        assert transliterate(parsed.value) == row["latin"]


@pytest.mark.parametrize("row", _rows("birth_year.csv"), ids=lambda r: r["input"])
def test_birth_year_examples(row: dict[str, str]) -> None:
    parsed = parse_birth_year(row["input"])
    expected = int(row["year"]) if row["year"] else None
    assert parsed.value == expected
    assert (parsed.problem or "") == row["problem"]
    if parsed.problem:
        assert parsed.message


def test_example_tables_are_big_enough() -> None:
    assert len(_rows("names.csv")) >= 40
    assert len(_rows("birth_year.csv")) >= 30


def test_latin_stays_as_is() -> None:
    assert transliterate("Zhanbolat Mamay, 1975!") == "Zhanbolat Mamay, 1975!"


def test_transliteration_is_ascii_for_russian_and_kazakh_letters() -> None:
    alphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
    latin = transliterate(alphabet + alphabet.upper())
    assert latin.isascii()


def test_age_is_never_turned_into_a_year() -> None:
    for text in ("37 лет", "age 37", "37 жаста", "Возраст 40"):
        parsed = parse_birth_year(text)
        assert parsed.value is None and parsed.problem == "age_not_year"


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_clean_name_never_raises(text: str) -> None:
    parsed = clean_name(text)
    assert isinstance(parsed, Parsed)
    assert parsed.value is None or isinstance(parsed.value, str)


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_transliterate_never_raises(text: str) -> None:
    assert isinstance(transliterate(text), str)


@given(st.text(alphabet="АБВЖЩЮЯӘҒҚҢӨҰҮҺІабвжщюяәғқңөұүһі -.#"))
@settings(max_examples=200, deadline=None)
def test_transliterate_cyrillic_names_gives_no_cyrillic(text: str) -> None:
    latin = transliterate(text)
    assert not any("\u0400" <= ch <= "\u04ff" for ch in latin)


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_parse_birth_year_never_raises(text: str) -> None:
    parsed = parse_birth_year(text)
    assert isinstance(parsed, Parsed)
    assert parsed.value is None or 1920 <= parsed.value <= 2012


@given(
    st.integers(min_value=1, max_value=28),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1920, max_value=2012),
    st.sampled_from(["{d:02d}.{m:02d}.{y}", "{y}-{m:02d}-{d:02d}", "{y}-{m:02d}-{d:02d} 00:00:00", "{y} г.р.", "{y}", "р. {y}"]),
)
@settings(max_examples=200, deadline=None)
def test_birth_year_round_trip(d: int, m: int, y: int, template: str) -> None:
    assert parse_birth_year(template.format(d=d, m=m, y=y)).value == y
