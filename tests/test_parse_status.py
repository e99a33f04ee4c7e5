"""Tests of kzanalysis.parse.status: examples from tests/examples/status.csv, yes/no cells, properties."""
from __future__ import annotations

import csv
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzanalysis.parse import Parsed
from kzanalysis.parse.status import (
    PSEUDO_STATUSES,
    STATUSES_FILE,
    TERM_UNITS_FILE,
    Measure,
    parse_measure,
    parse_yes_no,
)
from kzanalysis.schema import STATUSES

EXAMPLES = Path(__file__).parent / "examples" / "status.csv"


def _examples() -> list[dict[str, str]]:
    with EXAMPLES.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _examples(), ids=lambda r: r["input"][:40])
def test_examples(row: dict[str, str]) -> None:
    result = parse_measure(row["input"])
    if row["problem"]:
        assert result.value is None
        assert result.problem == row["problem"]
        assert result.message
        return
    assert result.problem is None, result.message
    if not row["status"] and not row["months"]:
        assert result.value is None  # nothing written (a dash): no value, no problem
        return
    expected = Measure(row["status"] or None, int(row["months"]) if row["months"] else None)
    assert result.value == expected


def test_examples_cover_three_languages_and_every_status() -> None:
    rows = _examples()
    assert len(rows) >= 90
    statuses = {r["status"] for r in rows if r["status"]}
    assert statuses == set(STATUSES)
    text = " ".join(r["input"] for r in rows)
    assert any(ch in text for ch in "әғқңөұүһі")  # Kazakh
    assert any("a" <= ch <= "z" for ch in text.lower())  # English


def test_unknown_status_message_names_the_vocabulary_file() -> None:
    result = parse_measure("что-то непонятное")
    assert result.problem == "unknown_status"
    assert "kzanalysis/vocab/statuses.csv" in result.message


def test_vocabulary_files_are_well_formed() -> None:
    with STATUSES_FILE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and set(rows[0]) == {"alias", "status", "lang", "rank", "source"}
    for row in rows:
        assert row["status"] in set(STATUSES) | set(PSEUDO_STATUSES), row
        assert row["lang"] in {"ru", "kk", "en"}, row
        assert row["source"].strip(), row
        # Every status (not the `additional` marker) has a rank: the precedence is data.
        assert row["rank"].isdigit() or row["status"] == "additional", row
    with TERM_UNITS_FILE.open(encoding="utf-8", newline="") as f:
        units = list(csv.DictReader(f))
    assert {r["kind"] for r in units} == {"unit", "number", "term"}
    assert all(r["source"].strip() for r in units)


def test_latest_status_wins_whatever_the_order() -> None:
    assert parse_measure("освобожден по амнистии; ранее осужден к 5 годам").value == Measure("released", 60)
    # Detention and house arrest are one stage (the measures before a verdict): the one written last
    # replaced the other (issue 8 decided this; it was read by rank, as pretrial detention, before).
    assert parse_measure("под стражей, затем домашний арест").value.status == "house_arrest"
    assert parse_measure("мера пресечения изменена на домашний арест, ранее под стражей").value.status == "house_arrest"


YES_NO = [
    ("да", True), ("Нет", False), ("иә", True), ("жоқ", False), ("Yes", True), ("NO", False),
    ("y", True), ("n", False), ("+", True), ("-", False), ("1", True), ("0", False), ("1.0", True),
    ("x", True), ("X", True), ("х", True), ("Х", True), ("✓", True), ("TRUE", True), ("false", False),
    ("да (член ДВК)", True), ("нет - не связан", False), ("ДА", True), ("Иә", True),
    ("", None), ("  ", None), ("?", None), ("н/д", None), ("нет данных", None),
]


@pytest.mark.parametrize(("text", "expected"), YES_NO)
def test_yes_no(text: str, expected: bool | None) -> None:
    result = parse_yes_no(text)
    assert result.problem is None
    assert result.value is expected


@pytest.mark.parametrize("text", ["maybe", "да ДВК", "возможно", "2"])
def test_yes_no_problem(text: str) -> None:
    result = parse_yes_no(text)
    assert result.value is None
    assert result.problem == "unparsed_yes_no"


def _check_measure(result: Parsed) -> None:
    assert isinstance(result, Parsed)
    if result.problem is None:
        if result.value is not None:
            assert isinstance(result.value, Measure)
            assert result.value.status is None or result.value.status in STATUSES
            assert result.value.months is None or result.value.months >= 0
            assert result.value.status is not None or result.value.months is not None
    else:
        assert result.value is None
        assert result.problem in {"unknown_status", "unparsed_term", "case_closed", "administrative_arrest"}
        assert result.message


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_measure_never_raises(text: str) -> None:
    _check_measure(parse_measure(text))


_WORDS = st.sampled_from(
    ["лишения свободы", "л/с", "условно", "освобожден", "под стражей", "запрет", "штраф", "МРП", "осужден к",
     "лет", "года", "мес.", "суток", "жыл", "ай", "years", "mo", "y", "m", "с половиной", "(пять)", "полгода",
     "2021 году", "12.07.2021", ",", "+", ";", "и", "не", "бас бостандығынан айыру", "house arrest", "pardoned"]
)
_NUMBERS = st.one_of(st.integers(0, 100000).map(str), st.decimals(0, 50, places=2).map(str), st.sampled_from(["1,5", "полтора", "two", "екі"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_WORDS, _NUMBERS), max_size=8))
def test_measure_structured_never_raises(tokens: list[str]) -> None:
    _check_measure(parse_measure(" ".join(tokens)))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=string.digits + " .,/-+лгмесyrmoжыай", max_size=20))
def test_measure_term_like_never_raises(text: str) -> None:
    _check_measure(parse_measure(text))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_yes_no_never_raises(text: str) -> None:
    result = parse_yes_no(text)
    assert isinstance(result, Parsed)
    assert result.value in (True, False, None)
    assert (result.problem is None) or (result.value is None and result.problem == "unparsed_yes_no")
