"""Places: a city and/or region as written in a list -> the current city and region.

In: one cell, e.g. `г. Алматы`, `Алма-Ата`, `Nur-Sultan`, `Өскемен`,
`Талдыкорган (Алматинская обл.)`, `с. Шелек, Алматинская обл.`, `ВКО`, `Киев`.
Out: `Parsed(value=Place(city, region), problem, message)` where `city` is the
current official English name from `vocab/cities.csv` and `region` one of the
20 names in `REGIONS` (17 regions and 3 cities of republican significance,
`vocab/regions.csv`). `value` is None when neither is known.

Problem codes (stable):
- `region_only`: only a region was given (value has the region, city None);
- `unknown_city`: a place not in `vocab/places.csv`, or only the country
  (value keeps the region when one was named);
- `ambiguous_city`: a name several places share (`Аксу`, `Абай`) with nothing
  to tell them apart (a `г.` marker or the region does);
- `several_places`: two different cities (or a city and a place abroad);
- `place_abroad`: a place outside Kazakhstan (value None);
- `region_mismatch`: the named region contradicts the city's in a way no
  administrative change explains (city kept, region from the city);
- `place_extra_text`: a city was read but some words were not (city kept).
A cell that says nothing (blank, `-`, `н/д`, `неизвестно`: `parse/blank.py`)
gives `Parsed(None)` with no problem.

`parse_region` reads a column of regions: value is the region name (str), and
city-level problems (`region_only`, an unknown village) do not count there.

How: the cell is split at `, ; ( ) /`; each part is matched word by word
against the aliases of `vocab/places.csv` (longest run of words first), using
`match_key` plus a fold of Kazakh letters to their Russian look-alikes, so
`Қарағанды`, `Караганды` and `Караганда` meet. `places.csv` holds every
alias, one a row: `kind` is `city` (name in `cities.csv`), `region` (name in
`regions.csv`), `abroad` (a country), `country` (Kazakhstan itself) or
`marker` (`г.`, `обл.`, `с.`, `р-н`, `қаласы`, ...: what the next word is);
`ambiguous_with` marks a name other places share (accepted only with `г.` or
a region that fits). A bare name that is both a city and a region
(`Актобе`, `Almaty`) is the city; `обл.`/`облысы`/`region` makes it the region.
The region written beside a city is checked against the city's current
region and the regions it belonged to before (the 2018 and 2022 reforms, see
`former_regions` in `vocab/cities.csv`); the tidy table keeps only the current one.
"""
from __future__ import annotations

import csv
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from kzanalysis.config import VOCAB_DIR
from kzanalysis.parse import Parsed, also_kazakh_latin, guarded
from kzanalysis.parse.letterless import also_letterless
from kzanalysis.parse import place_fuzzy
from kzanalysis.parse.blank import is_not_given
from kzanalysis.parse.text import clean_spaces, match_key

PLACES_FILE = VOCAB_DIR / "places.csv"
CITIES_FILE = VOCAB_DIR / "cities.csv"
REGIONS_FILE = VOCAB_DIR / "regions.csv"
_VOCAB_HINT = "kzanalysis/vocab/places.csv"

ALIAS_KINDS = ("city", "region", "abroad", "country", "marker")
MARKER_KINDS = ("city", "village", "region", "district", "address", "skip")


@dataclass(frozen=True)
class Place:
    """A place in Kazakhstan: current English city name and current region."""

    city: str | None
    region: str | None


@dataclass(frozen=True)
class Alias:
    kind: str  # one of ALIAS_KINDS
    name: str  # city / region / country name, or marker kind
    ambiguous_with: str = ""


# Split a cell into parts: commas, semicolons, brackets, slashes, spaced dashes.
_PARTS = re.compile(r"[,;()\[\]{}/\\|]+|\s-\s|\n")
_CYR = re.compile(r"[\u0400-\u04FF]")
_LAT = re.compile(r"[a-z]")
# Kazakh letters folded to the Russian letters typists use instead of them;
# soft and hard signs, hyphens and apostrophes dropped (Арысь = Арыс).
_KAZ_FOLD = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у",
                           "һ": "х", "і": "и", "ь": None, "ъ": None, "-": None, "'": None,
                           "’": None, " ": None})
# Latin letters left inside a Cyrillic word after `match_key` (it folds only
# look-alikes, so `Talдыкорган` keeps its `l`): read them phonetically.
_LATIN_IN_CYRILLIC = str.maketrans({
    "a": "а", "b": "б", "c": "с", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и",
    "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р",
    "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс", "y": "ы", "z": "з"})
# Russian and Kazakh case endings tried on a word not found as written
# (в Караганде, в Семее, Уральске, Алматыда; the genitive of `суд г. Шымкента`, `г. Астаны`,
# `г. Костаная`): (ending, replacement).
_INFLECTIONS = (("ее", "ей"), ("я", "й"), ("е", ""), ("е", "а"), ("е", "ь"), ("и", "ь"), ("и", "а"), ("у", "а"), ("ы", "а"),
                ("ом", ""), ("а", ""),
                ("нда", ""), ("нде", ""), ("да", ""), ("де", ""), ("та", ""), ("те", ""),
                ("нан", ""), ("нен", ""), ("дан", ""), ("ден", ""), ("тан", ""), ("тен", ""))
_MAX_SPAN = 4


def _strip_latin_marks(word: str) -> str:
    if _CYR.search(word):
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def compact_key(text: str) -> str:
    """The lookup key: `match_key`, Kazakh letters folded, no spaces or hyphens."""
    words = []
    for word in match_key(text).split():
        if _CYR.search(word) and _LAT.search(word):
            word = word.translate(_LATIN_IN_CYRILLIC)
        words.append(_strip_latin_marks(word))
    return "".join(words).translate(_KAZ_FOLD)


def _read_csv(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


@functools.cache
def _regions() -> tuple[dict[str, str], ...]:
    return tuple(_read_csv(REGIONS_FILE))


@functools.cache
def _cities() -> dict[str, dict[str, str]]:
    return {row["city"]: row for row in _read_csv(CITIES_FILE)}


def _adjective_forms(alias: str) -> list[str]:
    """Russian region adjectives in the cases a list uses: -ская, -ской, -скую."""
    low = alias.casefold()
    for ending in ("ская", "цкая"):
        if low.endswith(ending):
            stem = alias[: -2]
            return [alias, stem + "ой", stem + "ую", stem + "ий"]
    return [alias]


@functools.cache
def _alias_index() -> dict[str, tuple[Alias, ...]]:
    index: dict[str, list[Alias]] = {}
    for row in _read_csv(PLACES_FILE):
        entry = Alias(row["kind"], row["name"], row.get("ambiguous_with", ""))
        forms = _adjective_forms(row["alias"]) if entry.kind == "region" else [row["alias"]]
        for form in forms:
            key = compact_key(form)
            if key and entry not in index.setdefault(key, []):
                index[key].append(entry)
    return {k: tuple(v) for k, v in index.items()}


def region_of(city: str) -> str | None:
    """The current region of a city named as in `vocab/cities.csv` (None if unknown)."""
    row = _cities().get(city)
    return row["region"] if row else None


def former_regions(city: str) -> frozenset[str]:
    """The regions a city belonged to before a change of borders (`vocab/cities.csv`, former_regions)."""
    return _former_regions(city)


def _former_regions(city: str) -> frozenset[str]:
    row = _cities().get(city)
    if not row or not row.get("former_regions"):
        return frozenset()
    return frozenset(r.strip() for r in row["former_regions"].split("|") if r.strip())


def _lookup_word(word: str) -> tuple[Alias, ...]:
    """A single word: as written, else with a case ending taken off."""
    index = _alias_index()
    key = compact_key(word)
    if key in index:
        return index[key]
    if len(key) >= 5:
        for ending, replacement in _INFLECTIONS:
            if key.endswith(ending) and len(key) - len(ending) >= 3:
                # Only names of towns decline here; region adjectives have their own forms.
                found = tuple(a for a in index.get(key[: -len(ending)] + replacement, ()) if a.kind in ("city", "abroad"))
                if found:
                    return found
    return ()


@dataclass
class _Reading:
    """What the parts of one cell said."""

    cities: list[str] = field(default_factory=list)
    ambiguous: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (words, candidate cities)
    regions: list[str] = field(default_factory=list)
    abroad: list[str] = field(default_factory=list)
    country: bool = False
    unknown: list[str] = field(default_factory=list)  # words read as nothing
    detail: list[str] = field(default_factory=list)  # words of districts, villages, addresses
    village: bool = False


def _marker_kind(word: str) -> str | None:
    for entry in _alias_index().get(compact_key(word), ()):
        if entry.kind == "marker":
            return entry.name
    return None


def _read_part(part: str, reading: _Reading) -> None:
    words = [w for w in match_key(part).split() if _marker_kind(w) != "skip"]
    markers = [_marker_kind(w) for w in words]
    # From a street marker on, words are an address ("ул. Сатпаева" is a street, not Satpayev).
    if "address" in markers:
        cut = markers.index("address")
        if words[cut + 1:]:
            reading.detail.append(" ".join(words[cut + 1:]))
        words, markers = words[:cut], markers[:cut]
    part_markers = {m for m in markers if m}
    detail_part = bool(part_markers & {"district", "address"})
    i = 0
    spans: list[tuple[int, int, tuple[Alias, ...]]] = []
    loose: list[tuple[int, str]] = []
    while i < len(words):
        if markers[i]:
            i += 1
            continue
        run = 0
        while i + run < len(words) and not markers[i + run] and run < _MAX_SPAN:
            run += 1
        for length in range(run, 0, -1):
            chunk = words[i: i + length]
            found = _alias_index().get(compact_key(" ".join(chunk)), ()) if length > 1 else _lookup_word(chunk[0])
            found = tuple(a for a in found if a.kind != "marker")
            if found:
                spans.append((i, i + length, found))
                i += length
                break
        else:
            loose.append((i, words[i]))
            i += 1

    for start, end, entries in spans:
        before = markers[start - 1] if start > 0 else None
        after = markers[end] if end < len(markers) else None
        near = {before, after}
        text = " ".join(words[start:end])
        cities = tuple(dict.fromkeys(a.name for a in entries if a.kind == "city"))
        regions = tuple(dict.fromkeys(a.name for a in entries if a.kind == "region"))
        abroad = tuple(dict.fromkeys(a.name for a in entries if a.kind == "abroad"))
        is_country = any(a.kind == "country" for a in entries)
        ambiguous = any(a.kind == "city" and a.ambiguous_with for a in entries)
        if "district" in near:
            reading.detail.append(text)  # "Талғар ауданы" is the district, not the town
        elif "region" in near and regions:
            reading.regions.extend(regions)
        elif "region" in near and not regions:
            reading.unknown.append(text)  # e.g. "Кокшетау обл.": not a region name we know
        elif cities:
            if "village" in near and ambiguous:
                reading.detail.append(text)  # a village of that name, not the town
                reading.village = True
            elif len(cities) > 1 or (ambiguous and "city" not in near):
                reading.ambiguous.append((text, cities))
            else:
                reading.cities.append(cities[0])
        elif regions:
            reading.regions.extend(regions)
        elif abroad:
            reading.abroad.extend(abroad)
        elif is_country:
            reading.country = True

    if loose:
        text = " ".join(w for _, w in loose)
        village_near = any(markers[j - 1] == "village" if j > 0 else False for j, _ in loose)
        if detail_part or village_near:
            reading.detail.append(text)
            reading.village = reading.village or village_near
        else:
            reading.unknown.append(text)


@functools.cache
def _index_keys() -> tuple[str, ...]:
    return tuple(sorted(_alias_index()))


def _a_town_alone(text: str) -> bool:
    """The cell is one word, with at most a town's marker (`г.`, `қ.`) beside it: no region's, district's or
    village's, after which a word is no town's name (`Türkıstan obl.`)."""
    kinds = [_marker_kind(w) for w in match_key(text).split()]
    return sum(k is None for k in kinds) == 1 and all(k in (None, "city", "skip") for k in kinds)


def _one_town_near(word: str) -> str | None:
    """The one town a single unknown word is one letter off (place_fuzzy.py), or None."""
    key = compact_key(word)
    if " " in word.strip() or len(key) < place_fuzzy.MIN_LENGTH or not key.isalpha():
        return None
    near = place_fuzzy.one_edit_keys(key, _index_keys())
    entries = {a for k in near for a in _alias_index()[k] if a.kind != "marker"}
    towns = {a.name for a in entries if a.kind == "city"}
    if len(towns) != 1 or any(a.ambiguous_with for a in entries):
        return None
    town = towns.pop()
    # a name that is also its own town's region (`Караганда`) reads as the town, as an exact match does
    if any(a.kind != "city" and not (a.kind == "region" and a.name == region_of(town)) for a in entries):
        return None
    return town


def _message_unknown(words: list[str]) -> str:
    return f"place {' '.join(words)!r} not in the vocabulary; add it to {_VOCAB_HINT}"


@guarded
@also_letterless()
@also_kazakh_latin(force=True)
def parse_place(text: str) -> Parsed:
    """Read a city and/or region; see the module docstring for the problem codes."""
    return _parse_place(text)


def _parse_place(text: str) -> Parsed:
    cleaned = clean_spaces(str(text))
    if is_not_given(cleaned) or not compact_key(cleaned):
        return Parsed(None)  # nothing written, nothing misread (kzanalysis/parse/blank.py)
    reading = _Reading()
    for part in _PARTS.split(cleaned):
        if match_key(part):
            _read_part(part, reading)

    cities = list(dict.fromkeys(reading.cities))
    stated = list(dict.fromkeys(reading.regions))

    # An ambiguous name is settled by a region written beside it.
    unresolved = []
    for words, candidates in reading.ambiguous:
        fits = [c for c in candidates if stated and all(r == region_of(c) or r in _former_regions(c) for r in stated)]
        if len(fits) == 1:
            cities = list(dict.fromkeys(cities + fits))
        else:
            unresolved.append(words)
    if unresolved and not cities:
        region = stated[0] if len(stated) == 1 else None
        return Parsed(Place(None, region) if region else None, "ambiguous_city",
                      f"{unresolved[0]!r} names several places; write the region or 'г.' (see {_VOCAB_HINT})")

    if reading.abroad:
        if cities or stated:
            return Parsed(None, "several_places",
                          f"both a place in Kazakhstan and one abroad ({', '.join(reading.abroad)})")
        return Parsed(None, "place_abroad", f"place abroad ({', '.join(dict.fromkeys(reading.abroad))})")

    if len(cities) > 1:
        return Parsed(None, "several_places", f"several cities: {', '.join(cities)}")

    if cities:
        city = cities[0]
        region = region_of(city)
        allowed = {region} | _former_regions(city)
        wrong = [r for r in stated if r not in allowed]
        place = Place(city, region)
        if wrong:
            return Parsed(place, "region_mismatch",
                          f"{city} is in {region}, not in {', '.join(wrong)}; kept the city's region")
        if reading.unknown or unresolved:
            extra = reading.unknown + unresolved
            return Parsed(place, "place_extra_text", f"read {city}; did not understand {' '.join(extra)!r}")
        return Parsed(place, None, None)

    if len(stated) > 1:
        return Parsed(None, "several_places", f"several regions: {', '.join(stated)}")
    region = stated[0] if stated else None
    if not region and not reading.detail and len(reading.unknown) == 1 and _a_town_alone(cleaned):
        near = _one_town_near(reading.unknown[0])  # `Карганда`: one letter off one town (parse/place_fuzzy.py)
        if near is not None:
            return Parsed(Place(near, region_of(near)), place_fuzzy.PROBLEM,
                          f"read {reading.unknown[0]!r} as {near} (one letter off); if right, add the spelling to {_VOCAB_HINT}")
    if reading.unknown or reading.detail:
        words = reading.unknown + reading.detail
        kind = "village or district" if reading.village or reading.detail else "place"
        return Parsed(Place(None, region) if region else None, "unknown_city",
                      f"{kind} {' '.join(words)!r} not in the vocabulary; add it to {_VOCAB_HINT}")
    if region:
        return Parsed(Place(None, region), "region_only", f"only the region ({region}) is given")
    if reading.country:
        return Parsed(None, "unknown_city", f"only the country is given; no city to add to {_VOCAB_HINT}")
    return Parsed(None, "unknown_city", _message_unknown([cleaned]))


@guarded
def parse_region(text: str) -> Parsed:
    """Read a region column: value is one of `REGIONS` (a city gives its region)."""
    parsed = parse_place(text)
    if parsed.value is None and parsed.problem is None:
        return parsed
    if parsed.problem == "ambiguous_city":
        # In a region column a bare name that is both a region and some places (`Zhambyl`,
        # `Akmola`) names the region: read it as `<name> region`.
        as_region = parse_place(f"{clean_spaces(str(text))} region")
        if as_region.value is not None and as_region.value.city is None and as_region.problem in (None, "region_only"):
            return Parsed(as_region.value.region)
    region = parsed.value.region if parsed.value is not None else None
    if region is not None:
        if parsed.problem == "region_mismatch":
            return Parsed(region, parsed.problem, parsed.message)
        return Parsed(region)
    if parsed.problem in ("place_abroad", "several_places", "ambiguous_city", "parser_error"):
        return Parsed(None, parsed.problem, parsed.message)
    return Parsed(None, "unknown_region", f"region {clean_spaces(str(text))!r} not in the vocabulary; add it to {_VOCAB_HINT}")


REGIONS: tuple[str, ...] = tuple(row["region"] for row in _regions())
# The cities of republican significance (`kind` city in regions.csv): each is a city and a region at once.
CITY_REGIONS: frozenset[str] = frozenset(row["region"] for row in _regions() if row["kind"] == "city")
"""The 20 current regions: 3 cities of republican significance, then 17 regions A-Z."""
