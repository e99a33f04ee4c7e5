"""Tests of the place parser: the examples table, the vocabularies, and properties."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzanalysis.parse import Parsed
from kzanalysis.parse.places import (
    ALIAS_KINDS, CITIES_FILE, MARKER_KINDS, PLACES_FILE, REGIONS, REGIONS_FILE,
    Place, compact_key, parse_place, parse_region, region_of,
)

EXAMPLES = Path(__file__).parent / "examples" / "places.csv"


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


CITIES = _rows(CITIES_FILE)
REGION_ROWS = _rows(REGIONS_FILE)
ALIASES = _rows(PLACES_FILE)
CITY_NAMES = {row["city"] for row in CITIES}


@pytest.mark.parametrize("row", _rows(EXAMPLES), ids=lambda row: row["input"])
def test_examples(row: dict[str, str]) -> None:
    parsed = parse_place(row["input"])
    place = parsed.value
    assert (place.city if place else None) == (row["city"] or None)
    assert (place.region if place else None) == (row["region"] or None)
    assert parsed.problem == (row["problem"] or None)


def test_examples_table_is_big_enough() -> None:
    assert len(_rows(EXAMPLES)) >= 100


def test_regions_are_the_twenty() -> None:
    assert len(REGIONS) == 20 and len(set(REGIONS)) == 20
    assert [r["kind"] for r in REGION_ROWS].count("city") == 3
    assert {"Almaty", "Almaty Region", "Abai", "Jetisu", "Ulytau", "Turkistan"} <= set(REGIONS)


def test_every_city_has_a_known_region() -> None:
    assert len(CITIES) >= 80
    for row in CITIES:
        assert row["region"] in REGIONS, row
        for former in filter(None, row["former_regions"].split("|")):
            assert former in REGIONS, row
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
        assert 40 <= float(row["lat"]) <= 56 and 46 <= float(row["lon"]) <= 88, row  # inside Kazakhstan
        assert row["verified"] in {"yes", "no"} and row["source"]


def test_every_alias_points_into_the_vocabulary() -> None:
    for row in ALIASES:
        assert row["kind"] in ALIAS_KINDS, row
        assert row["source"], row
        if row["kind"] == "city":
            assert row["name"] in CITY_NAMES, row
        elif row["kind"] == "region":
            assert row["name"] in REGIONS, row
        elif row["kind"] == "marker":
            assert row["name"] in MARKER_KINDS, row


def test_no_alias_collides_across_kinds_unexpectedly() -> None:
    # A key may be a city and a region only when they are the same place (Актобе)
    # or when the alias row says it is ambiguous (Абай, Акмола, Жамбыл).
    by_key: dict[str, set[tuple[str, str, str]]] = {}
    for row in ALIASES:
        if row["kind"] != "marker":
            by_key.setdefault(compact_key(row["alias"]), set()).add((row["kind"], row["name"], row["ambiguous_with"]))
    for key, entries in by_key.items():
        cities = {n for k, n, _ in entries if k == "city"}
        assert len(cities) <= 1, (key, entries)
        regions = {n for k, n, _ in entries if k == "region"}
        if cities and regions:
            city = next(iter(cities))
            ambiguous = any(a for k, _, a in entries if k == "city")
            # Almaty the city and Almaty Region the oblast share a name: bare means the city.
            assert ambiguous or regions in ({region_of(city)}, {f"{region_of(city)} Region"}), (key, entries)
        assert not ({k for k, _, _ in entries} & {"abroad"} and len(entries) > 1), (key, entries)


def test_every_city_is_found_by_its_own_names() -> None:
    for row in CITIES:
        for name in (row["city"], row["name_ru"], row["name_kk"]):
            parsed = parse_place(f"г. {name}")
            assert parsed.value == Place(row["city"], row["region"]), (name, parsed)


def test_every_city_alias_is_read() -> None:
    for row in ALIASES:
        if row["kind"] == "city":
            parsed = parse_place(f"г. {row['alias']}")
            assert parsed.value is not None and parsed.value.city == row["name"], (row, parsed)


def test_region_of() -> None:
    assert region_of("Semey") == "Abai"
    assert region_of("Konaev") == "Almaty Region"
    assert region_of("Almaty") == "Almaty"
    assert region_of("Atlantis") is None


@pytest.mark.parametrize(("text", "region", "problem"), [
    ("Алматинская обл.", "Almaty Region", None),
    ("ВКО", "East Kazakhstan", None),
    ("г. Алматы", "Almaty", None),
    ("с. Шелек, Алматинская обл.", "Almaty Region", None),
    ("Семей (ВКО)", "Abai", None),
    ("Актобе (Павлодарская обл.)", "Aktobe", "region_mismatch"),
    ("Кзылтуская", None, "unknown_region"),
    ("Москва", None, "place_abroad"),
    ("н/д", None, None),
])
def test_parse_region(text: str, region: str | None, problem: str | None) -> None:
    parsed = parse_region(text)
    assert (parsed.value, parsed.problem) == (region, problem)


def test_not_given_is_no_problem() -> None:
    for text in ("", "  ", "-", "н/д", "неизвестно", "?"):
        assert parse_place(text) == Parsed(None)


def test_unknown_names_the_vocab_file() -> None:
    parsed = parse_place("Гдетотамск")
    assert parsed.value is None and parsed.problem == "unknown_city"
    assert "kzanalysis/vocab/places.csv" in parsed.message


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    parsed = parse_place(text)
    assert isinstance(parsed, Parsed)
    assert parsed.value is None or isinstance(parsed.value, Place)
    # a problem always comes with a message; no problem and no value means "not given"
    assert parsed.problem is None or (parsed.problem.isidentifier() and parsed.message)
    assert parse_region(text).problem is None or parse_region(text).message


_WORDS = st.sampled_from([row["alias"] for row in ALIASES] + ["(", ")", ",", ".", " ", "г.", "обл.", "x", "ё", "Ω"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=6).map(" ".join))
def test_never_raises_on_vocabulary_soup(text: str) -> None:
    parsed = parse_place(text)
    assert isinstance(parsed, Parsed)
    if parsed.value is not None:
        assert parsed.value.region is None or parsed.value.region in REGIONS
        assert parsed.value.city is None or parsed.value.city in CITY_NAMES


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(CITY_NAMES)), st.sampled_from(["", " ", "  ", "\u00a0"]), st.booleans())
def test_city_names_survive_spacing_and_case(city: str, pad: str, upper: bool) -> None:
    text = pad + (city.upper() if upper else city.lower()) + pad
    parsed = parse_place(text)
    if parsed.problem is None:
        assert parsed.value.city == city
    else:
        assert parsed.problem == "ambiguous_city"


@pytest.mark.parametrize("court, city, region", [
    ("Медеуский районный суд г. Алматы", "Almaty", "Almaty"),
    ("Специализированный межрайонный суд по уголовным делам г. Нур-Султана", "Astana", "Astana"),
    ("Енбекшинский районный суд г. Шымкента", "Shymkent", "Shymkent"),
    ("Уральский городской суд Западно-Казахстанской области", "Oral", "West Kazakhstan"),
    ("Кызылординский городской суд", "Kyzylorda", "Kyzylorda"),
    ("Актюбинский городской суд №2", "Aktobe", "Aktobe"),
    ("Капшагайский городской суд Алматинской области", "Konaev", "Almaty Region"),
    # the court's seat is the city's current region, whatever region the court's name gives
    ("Семейский городской суд №2 Восточно-Казахстанской области", "Semey", "Abai"),
    ("Семей қалалық соты", "Semey", "Abai"),
    ("Uralsk City Court", "Oral", "West Kazakhstan"),
    # a district court's adjective names the district, even where a region or a town has that name;
    # the city after `г.` is the seat, in the genitive (`-ы`, `-а`, `-я`)
    ("Алматинский районный суд г. Астаны", "Astana", "Astana"),
    ("Абайский районный суд г. Караганды", "Karaganda", "Karaganda"),
    ("Казыбекбийский районный суд г. Караганды", "Karaganda", "Karaganda"),
    ("Сарыаркинский районный суд №2 г.Астаны", "Astana", "Astana"),
    ("суд г. Костаная", "Kostanay", "Kostanay"),
    ("Талгарский районный суд Алматинской области", "Talgar", "Almaty Region"),
    # a regional court sits in the centre but tries the whole region: the region only
    ("суд Атырауской области", None, "Atyrau"),
    ("Алматинский областной суд", None, "Almaty Region"),
    ("Атырау облыстық соты", None, "Atyrau"),
    # a district's name inside a city's court is not a place of its own, in Kazakh and English too,
    # even where a town or a region shares it (Astana, Almaty, Abai)
    ("Ақтөбе қаласы Астана аудандық соты", "Aktobe", "Aktobe"),
    ("Алматы қаласы Бостандық аудандық №2 соты", "Almaty", "Almaty"),
    ("Шымкент қаласының Әл-Фараби аудандық соты", "Shymkent", "Shymkent"),
    ("Almaty District Court of Astana", "Astana", "Astana"),
    ("Al-Farabi District Court of Shymkent", "Shymkent", "Shymkent"),
    # a regional court with a name gives the region of that name, not the city of republican significance
    ("Алматы облыстық сотының үкімі", None, "Almaty Region"),
    ("Almaty Oblast Court", None, "Almaty Region"),
    ("Ақмола облыстық соты", None, "Akmola"),
    ("Zhambyl regional court", None, "Zhambyl"),
])
def test_the_seat_of_a_court(court: str, city: str | None, region: str) -> None:
    from kzanalysis.court import parse_court

    assert parse_court(court) == Parsed(Place(city, region))


def test_a_court_that_names_no_place_is_a_problem() -> None:
    from kzanalysis.court import parse_court

    parsed = parse_court("Медеуский районный суд")
    assert parsed.value is None and parsed.problem == "unknown_court_place"


@settings(max_examples=200, deadline=None)
@given(st.text() | st.builds(lambda a, b: f"{a}ский городской суд {b}", st.text(max_size=12), st.text(max_size=12)))
def test_the_court_reader_never_raises(text: str) -> None:
    from kzanalysis.court import parse_court

    parsed = parse_court(text)
    assert parsed.value is None or isinstance(parsed.value, Place)
    assert parsed.problem is None or (parsed.problem != "parser_error" and parsed.message)
