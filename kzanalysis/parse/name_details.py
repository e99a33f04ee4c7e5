"""What a name cell says besides the name: `Name, 34, activist from Aktobe`, `Name (b. 1979), teacher, Oral`,
`Name, born 1986, DVK supporter (Shymkent)`, `Name - lawyer from Taraz`.

In: the text of a name cell. Out: `split_name_cell(text) -> NameDetails | None`: the name alone and the
parts after it that read as a year of birth (`b. 1979`, `born 1979`, `1979 г.р.`, `р. 1979`, `1979 ж.т.`),
a place (`from X`, `из X`, `г. X`, or a part that is wholly a known city) or a tie to a group
(`DVK supporter`, `member of Koshe Partiyasy`, read by the notes' reader); None when the cell holds no
such part (the name is then read as before). An age (`34`, `34 y.o.`) is not a year of birth: it is
left out, as a year computed from it would be a guess. Parts that are none of these (a trade: `teacher`)
are dropped from the name and not read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kzanalysis.parse import affiliation as aff
from kzanalysis.parse import places
from kzanalysis.parse.names import MAX_BIRTH_YEAR, MIN_BIRTH_YEAR
from kzanalysis.parse.text import clean_spaces

# The parts of a cell: split at commas, semicolons, brackets and a dash between spaces.
_SPLIT = re.compile(r"\s*(?:[,;()\[\]]|\s[-–—]\s)\s*")
BIRTH = re.compile(
    r"(?:b\.|born|р\.|род\.|родился|родилась|г\.?\s*р\.?|туған)\s*(?P<a>(?:19|20)\d\d)(?:\s*(?:г\.?|года?|ж\.?))?"
    r"|(?P<b>(?:19|20)\d\d)\s*(?:г\.?\s*р\.?|года?\s+рождения|г\.?\s*рожд\.?|ж\.?\s*т\.?|жылы\s+туған)",
    re.IGNORECASE,
)
_AGE = re.compile(r"\d{1,3}\s*(?:y\.?\s*o\.?|years?(?:\s+old)?|yrs?\.?|лет|года?|жаста|жас)?\.?", re.IGNORECASE)
# `activist from Pavlodar`, `из Актобе`, `г. Шымкент`, `in Oral`: the place after the word.
_FROM = re.compile(r"(?:^|\s)(?:from|из|г\.|город|in|в)\s+(?P<place>[^\W\d_][\w.\- ]*)$", re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.\-]*\.?")


@dataclass(frozen=True)
class NameDetails:
    name: str
    birth_year: int | None = None
    city: str | None = None  # the place as written (`Pavlodar`), read by the city column's parser
    tie: str | None = None  # the part that names the group, read by the affiliation column's parser


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 5 and all(_NAME_WORD.fullmatch(w) for w in words) and text[:1].isupper()


def _place_of(part: str) -> str | None:
    m = _FROM.search(part)
    written = m.group("place").strip() if m else part
    found = places.parse_place(written)
    if found.value is not None and found.problem is None and found.value.city is not None:
        return written
    return None


def split_name_cell(text: str) -> NameDetails | None:
    text = clean_spaces(text)
    parts = [p for p in _SPLIT.split(text) if p]
    if len(parts) < 2:
        return None
    name_parts = [parts[0]]
    if len(parts[0].split()) == 1 and len(parts) > 2 and _looks_like_name(parts[1]) and _place_of(parts[1]) is None:
        name_parts.append(parts[1])  # `Ivanov, Ivan (b. 1980)`: the surname, then the given names
    name = ", ".join(name_parts)
    if not _looks_like_name(parts[0]) or not _looks_like_name(name.replace(",", "")):
        return None
    year = city = tie = None
    for part in parts[len(name_parts):]:
        m = BIRTH.fullmatch(part)
        if m:
            y = int(m.group("a") or m.group("b"))
            if year is None and MIN_BIRTH_YEAR <= y <= MAX_BIRTH_YEAR:
                year = y
            continue
        if _AGE.fullmatch(part):
            continue
        found = aff.find_dvk_koshe(part)
        if tie is None and found.value is not None and found.value.dvk_koshe:
            tie = part
        place = _place_of(part)
        if city is None and place is not None:
            city = place
    if year is None and city is None and tie is None:
        return None
    return NameDetails(name, year, city, tie)
