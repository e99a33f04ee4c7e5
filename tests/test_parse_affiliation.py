"""Affiliation cells and notes naming DVK / Koshe Partiyasy: example table plus properties."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzanalysis.parse import Parsed
from kzanalysis.parse.affiliation import (
    AFFILIATIONS_FILE,
    Affiliation,
    find_dvk_koshe,
    parse_affiliation,
    parse_dvk_koshe_flag,
)

EXAMPLES = Path(__file__).parent / "examples"


def _rows() -> list[dict[str, str]]:
    with open(EXAMPLES / "affiliation.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _rows(), ids=lambda r: f"{r['mode']}:{r['input']}")
def test_affiliation_examples(row: dict[str, str]) -> None:
    parser = parse_affiliation if row["mode"] == "column" else find_dvk_koshe
    parsed = parser(row["input"])
    assert (parsed.problem or "") == row["problem"]
    if row["affiliation"]:
        assert parsed.value == Affiliation(row["affiliation"], row["dvk_koshe"] == "true")
    else:
        assert parsed.value is None
    if parsed.problem:
        assert parsed.message


def test_example_table_is_big_enough() -> None:
    assert len(_rows()) >= 60


def test_unknown_affiliation_names_the_vocab_file() -> None:
    parsed = parse_affiliation("партия «Ак жол»")
    assert parsed.problem == "unknown_affiliation"
    assert "kzanalysis/vocab/affiliations.csv" in parsed.message


def test_vocab_file_shape() -> None:
    with open(AFFILIATIONS_FILE, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and set(rows[0]) >= {"alias", "affiliation", "dvk_koshe", "lang", "source"}
    for row in rows:
        assert row["dvk_koshe"] in {"yes", "no"}
        assert row["source"].strip()
        assert row["scope"] in {"any", "column"}
        if row["dvk_koshe"] == "yes":
            assert row["affiliation"] in {"DVK", "Koshe Partiyasy"}


@pytest.mark.parametrize(
    ("text", "expected", "problem"),
    [
        ("да", True, None), ("Yes", True, None), ("+", True, None), ("иә", True, None), ("1", True, None),
        ("нет", False, None), ("no", False, None), ("-", False, None), ("жоқ", False, None), ("0", False, None),
        ("ДВК", True, None), ("Көше партиясы", True, None), ("Tablighi Jamaat", False, None),
        ("не является сторонником ДВК", None, "negated_affiliation"),
        ("может быть", None, "unparsed_dvk_koshe_flag"),
    ],
)
def test_dvk_koshe_flag(text: str, expected: bool | None, problem: str | None) -> None:
    parsed = parse_dvk_koshe_flag(text)
    assert parsed.value == expected
    assert parsed.problem == problem


@pytest.mark.parametrize("parser", [parse_affiliation, find_dvk_koshe, parse_dvk_koshe_flag])
@given(text=st.text())
@settings(max_examples=200, deadline=None)
def test_parsers_never_raise(parser, text: str) -> None:
    parsed = parser(text)
    assert isinstance(parsed, Parsed)
    assert parsed.value is None or isinstance(parsed.value, (Affiliation, bool))


@given(
    st.sampled_from(["", "активист ", "сторонник ", "member of ", "белсенді "]),
    st.sampled_from(["ДВК", "ҚДТ", "QDT", "DVK", "Көше партиясы", "Koshe Party", "Партия улицы", "Кошe партиясы"]),
    st.sampled_from(["", " с 2019 года", ", задержан", " (Алматы)", "."]),
)
@settings(max_examples=150, deadline=None)
def test_any_spelling_in_a_note_is_a_tie(before: str, name: str, after: str) -> None:
    parsed = find_dvk_koshe(before + name + after)
    assert isinstance(parsed.value, Affiliation) and parsed.value.dvk_koshe


@given(st.text(alphabet="абвгдежзиклмнопрстуфхцчшщыэюя .,0123456789"))
@settings(max_examples=200, deadline=None)
def test_notes_without_a_group_name_give_nothing(text: str) -> None:
    parsed = find_dvk_koshe(text)
    if "двк" not in text and "улиц" not in text and "уличн" not in text and "коше" not in text and "таблиг" not in text and "тахрир" not in text and "иегов" not in text and "демократическ" not in text:
        assert parsed.value is None and parsed.problem is None


def test_doubt_words_file_shape() -> None:
    from kzanalysis.parse.affiliation import DOUBT_WORDS_FILE

    with open(DOUBT_WORDS_FILE, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and set(rows[0]) == {"alias", "lang", "source", "side", "scope"}
    assert {r["side"] for r in rows} <= {"", "right_before"} and {r["scope"] for r in rows} <= {"", "any", "column"}
    assert {r["lang"] for r in rows} == {"ru", "kk", "en"}
    assert all(r["alias"].strip() and r["source"].strip() for r in rows)


def test_a_word_of_doubt_makes_a_tie_uncertain_only_near_the_name() -> None:
    # the doubt is said of the tie: beside the name, or closing its clause after a comma
    assert find_dvk_koshe("предположительно участвовал в собраниях ДВК").problem == "uncertain_tie"
    assert find_dvk_koshe("Koshe Party supporter, unconfirmed").problem == "uncertain_tie"
    # a doubt about something else in the same note leaves the tie
    tie = find_dvk_koshe("активист ДВК. Возможно, переведён в другую колонию")
    assert tie.value == Affiliation("DVK", True) and tie.problem is None
    far = find_dvk_koshe("член ДВК с 2019 года, участвовал в пикетах и, вероятно, в митингах")
    assert far.value == Affiliation("DVK", True)
