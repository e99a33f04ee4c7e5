"""The place a court sits in, for rows whose list names no city: the case rows in, city and region out.

A court extract (`Наименование суда`: "Медеуский районный суд г. Алматы", "Уральский городской
суд Западно-Казахстанской области", "Семей қалалық соты", "суд Атырауской области") names the
place of a case only through its court. Where a row's city is not given, the court's seat
stands for it:
- the court column is any column not mapped to a field (unmapped, or ignored as a court
  column) whose values nearly all name a court (`суд`, `сот`, `court`), whatever its header;
- a city court gives its city and that city's current region: the city written after `г.` /
  `города` / `қаласы` or by itself (a district court's adjective left out: `Абайский районный
  суд г. Шымкента` is Shymkent, not the Abai region), else the city the court's adjective is made from
  (`Уральский городской суд` -> Уральск -> Oral, `Кызылординский` -> Кызылорда);
- a district's name inside a city's court is not a place of its own: `Шымкент қаласы Абай аудандық
  соты`, `Есильский районный суд г. Астаны` and `Esil District Court of Astana` give the city only;
- a regional court (`областной суд`, `облыстық сот`, `regional court`, `oblast court`), or a court
  whose name gives a region and no city (`суд Атырауской области`), gives the region only: it sits
  in the region's centre but tries cases from the whole region. The name before its court words is
  the region's (`Алматы облыстық соты`, `Almaty regional court`: the Almaty Region, not the city).
Rows whose city came from the court are counted in the manifest (`city_from_court`).

A court cell often dates the court's decision too (`Almaty City Court, 12.05.2022`, `Медеуский
районный суд г. Алматы от 12.05.2022`): where at least half the cells of the court column that name a
court also carry a date (`court_dates`), that date goes to the date field the header's other words name
(`date_header_words.csv`: `Court, date of arrest`), else to `sentenced_on` (a court's date is the
verdict's); where another
column gives that date too, the earliest wins. The manifest says which column, which field and how
many cases (`court_dates`). A court column with no dates stays ignored.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from .content import unassigned_column_where
from .headers import date_field_of
from .parse import Parsed, dates, guarded
from .parse import places
from .parse.blank import is_not_given
from .parse.text import clean_spaces, match_key
from .values import first_day, parse_values

# A court's word, also as clerks shorten it: `горсуд`, `райсуд`, `облсуд`, `р/с` (районный суд), and the
# specialised courts' initials (`СМУС`, `СМАС`, `СМЭС`: specialised inter-district criminal, administrative,
# economic courts; `СИМУС`, `СМСУД` for juveniles).
_COURT_WORD = re.compile(r"(?<!\w)(?:(?:гор|рай|обл|межрай)?суд(?!ь|ей|ебн)\w*|р/с|сот(?:ы|қа|та|тың)?|court\w*|sot[y]?"
                         r"|смус|смас|смэс|симус|смсуд)(?!\w)", re.IGNORECASE)
_REGIONAL = re.compile(r"областн\w* суд|облыст\w* сот|regional court|oblast\w* court", re.IGNORECASE)
# `Уральский городской суд`: the adjective before the court's kind words and `суд`
# (also in the instrumental case a verdict is written in, `Уральским городским судом`, and shortened:
# `Капшагайский горсуд`, `Есильский р/с`)
_ADJECTIVE = re.compile(r"([А-ЯЁа-яё\-]{3,}?)(?:ский|ской|ского|ском|цкий|ским|цким)\s+(?:№\s*\d+\s+)?"
                        r"(?:(?:городск|районн|межрайонн|гарнизонн|специализированн)\w*\s+)*(?:(?:гор|рай|межрай)?суд|р/с)", re.IGNORECASE)
# `Абайский районный суд г. Шымкента`: a district court's adjective names the district (which may share
# its name with a region or a town), the city follows `г.`; the seat is read without it first.
# The same in Kazakh (`Шымкент қаласы Абай аудандық соты`: the district's name before `аудандық` /
# `ауданаралық`, the city before `қаласы`) and in English (`Esil District Court of Astana`).
_DISTRICT_COURT = re.compile(r"[А-ЯЁа-яё\-]{3,}(?:ский|ской|ского|ском|цкий|ским|цким)\s+(?:№\s*\d+\s+)?"
                             r"(?:(?:межрайонн|районн)\w*\s+суд\w*|(?:межрай|рай)суд\w*|р/с(?!\w))"
                             r"|[^\W\d_][\w\-]*\s+(?:аудандық|ауданаралық|аудандык|ауданаралык)\s+(?:№\s*\d+\s+)?(?:сот\w*)"
                             r"|[^\W\d_][\w\-]*\s+(?:inter-?)?district\s+court(?:\s+No\.?\s*\d+)?",
                             re.IGNORECASE)
# `Костанайский областной суд`, `Костанайским областным судом`: the region's adjective before a regional court.
_REGIONAL_ADJECTIVE = re.compile(r"([А-ЯЁа-яё\-]{3,}?)(?:ский|ского|ском|ским|ской)\s+областн\w*\s+суд", re.IGNORECASE)
# A court column dates its cases where at least this share of its cells naming a court carry a date.
DATED_SHARE = 0.5


def names_a_court(value: str) -> bool:
    return bool(_COURT_WORD.search(value))


def court_column(header, block: pd.DataFrame) -> tuple[int, str] | None:
    """(position, header as written) of the column whose values nearly all name a court, among the
    columns no field was given to; None where there is none."""
    return unassigned_column_where(header, block, names_a_court)


def _stems(adjective: str) -> list[str]:
    """The city names a Russian adjective may be made from: Семей(ский), Уральск(ий),
    Актюбинск(ий), Кызылорд(инский) + а, Алмат(инский) + ы."""
    out = [adjective, adjective + "ск"]
    if adjective.casefold().endswith("ин"):
        out += [adjective[:-2] + end for end in ("а", "ы", "е", "")]
    return out


@lru_cache(maxsize=10_000)
def _city_of(text: str) -> places.Place | None:
    parsed = places.parse_place(text)
    if parsed.value is not None and parsed.value.city is not None and parsed.problem in (None, "place_extra_text"):
        return parsed.value
    return None


@guarded
def parse_court(text: str) -> Parsed:
    """The seat of a court -> Parsed(Place(city, region)); a regional court gives the region only."""
    shown = clean_spaces(str(text))
    if is_not_given(shown) or not match_key(shown):
        return Parsed(None)
    regional = bool(_REGIONAL.search(shown))
    seat = _DISTRICT_COURT.sub(" ", shown)
    place = (_city_of(seat) if seat != shown and match_key(seat) else None) or _city_of(shown)
    if place is None and not regional:
        for m in _ADJECTIVE.finditer(shown):
            place = next((p for p in map(_city_of, _stems(m.group(1))) if p is not None), None)
            if place is not None:
                break
    if place is not None and not regional:
        return Parsed(place)
    # A regional court's name is the region's (`Алматы облыстық соты`, `Almaty regional court`: the Almaty
    # Region, not the city of Almaty, which has a city court): read it with the court's words as `region`.
    region = places.parse_region(_REGIONAL.sub(" region ", shown)) if regional else Parsed(None)
    if region.value is None:
        region = places.parse_region(shown)
    if region.value is None and regional:  # `Костанайским областным судом`: the region's adjective in any case form
        for m in _REGIONAL_ADJECTIVE.finditer(shown):
            region = places.parse_region(m.group(1) + "ская область")
            if region.value is not None:
                break
    if region.value is not None:
        return Parsed(places.Place(None, region.value))
    if place is not None:  # a regional court named by its centre (`Атырау облыстық соты`)
        return Parsed(places.Place(None, place.region))
    return Parsed(None, "unknown_court_place",
                  f"no city or region found in the court's name {shown[:80]!r}; write the city in the list, "
                  "or add the place to kzanalysis/vocab/places.csv")


def court_dates(rows) -> tuple[str, str, pd.Series, pd.Series] | None:
    """(header, date field, dates, precisions) of the court column where its cells carry dates (see the
    module docstring), else None. `rows`: values.Rows of the sheet's case rows."""
    found = court_column(rows.header, rows.block)
    if found is None:
        return None
    c, written = found
    cells = rows.block[c]
    text = cells.dropna().astype(str)
    naming = text.map({v: names_a_court(v) for v in pd.unique(text)})
    parsed = parse_values(cells, dates.find_date, first_day)
    if "date" not in parsed or not naming.any():
        return None
    dated = parsed["date"].notna()
    if dated[naming[naming].index].mean() < DATED_SHARE:
        return None
    rows.collect_column(written, cells, parsed)
    # The header's words other than the court's own name the date (`Court that ordered the arrest, date`).
    field = date_field_of(_COURT_WORD.sub(" ", written)) or "sentenced_on"
    return written, field, pd.to_datetime(parsed["date"]).astype("datetime64[ns]"), parsed["precision"].astype("string")
