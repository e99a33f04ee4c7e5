"""The city named in an address, for rows whose list names no city: the case rows in, city and region out.

A list may give the place of a person only inside an address (`Адрес проживания`: "г. Темиртау,
ул. Заводская, д. 4, кв. 17", "Улытауская обл., г. Сатпаев, мкр. 12"). Where a row's city is not
given by a city column, the city of its address stands for it, as a court's seat does (court.py):
- the address column is any column not mapped to a field (unmapped, or ignored as an address)
  whose header names an address or a residence (`vocab/address_header_words.csv`);
- the address is read with the place reader (parse/places.py), which stops at a street marker
  (`ул. Сатпаева` is a street, not the town of Satpayev); the street, house and flat that follow
  the city are no problem, but an address whose city is not known (a village not in the
  vocabulary, two cities) gives its problem row and no city; a region named alone gives the region.
The address of a penal institution (a colony, a prison, a pre-trial centre: `vocab/institutions.csv`) is
where the person is held, not the place of the case: it gives no city.
Rows whose city came from the address are counted in the manifest (`city_from_address`).
"""
from __future__ import annotations

import re
from functools import cache

import pandas as pd

from .config import VOCAB_DIR
from .parse import Parsed, guarded, places
from .parse.text import match_key


@cache
def _address_words() -> re.Pattern[str]:
    table = pd.read_csv(VOCAB_DIR / "address_header_words.csv", dtype=str, keep_default_na=False)
    return re.compile("|".join(f"(?:{p})" for p in table["pattern"] if p))


def names_an_address(written: str) -> bool:
    return bool(_address_words().search(match_key(written)))


def address_column(header, block: pd.DataFrame) -> tuple[int, str] | None:
    """(position, header as written) of the first column no field was given to whose header names
    an address, or None."""
    candidates = {**header.unmapped_written, **header.ignored_written}
    return next(((c, w) for c, w in sorted(candidates.items()) if c in block.columns and names_an_address(w)), None)


@guarded
def parse_address(text: str) -> Parsed:
    """An address -> Parsed(Place(city, region)): the words after the city (street, house) are no problem.
    The address of a prison, colony or pre-trial centre (`071400, г. Семей, учреждение ЕЦ-166/12`: the
    institutions of `vocab/institutions.csv`) is where the person is held, never the place of the case: none."""
    from .institution import institution_kind  # institution.py reads the sheet's columns as address.py does
    if institution_kind(text) is not None:
        return Parsed(None)
    parsed = places.parse_place(text)
    if parsed.problem == "place_extra_text" and parsed.value is not None:
        return Parsed(parsed.value)
    return parsed
