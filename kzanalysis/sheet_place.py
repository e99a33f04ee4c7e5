"""A sheet named for a place gives that place to its rows, as a place heading does.

A workbook may keep one sheet per town (`Алматы`, `Талдыкорган`, `Шымкент`) and write the town
nowhere else but in the sheet's name and its title line (`г. Алматы: задержанные ...`). Where the
sheet's name, or the first words of a title line above the header (up to a colon or a dash), read
cleanly as one place (a town, or a region alone), that place holds for every row of the sheet that
no place heading of its own covers: like a heading over the whole sheet, it fills the city and
region only where the row's own cells give neither and hold nothing unread (`cases._from_sections`).
A name and a title naming different places give none. A sheet name that is no place (`Адреса`,
`Лист1`, `2021`, `Сводка`) gives nothing. The manifest says what was given (`place_from_sheet`).
"""
from __future__ import annotations

import re

import pandas as pd

from .headers import HeaderMap
from .parse import places
from .parse.text import clean_spaces
from .read import RawSheet

# The words of a title line before what it says of the list: `г. Алматы: задержанные ...`, `Шымкент — список`.
_TITLE_HEAD = re.compile(r"^\s*([^:—–]+?)\s*(?:[:—–]|\s-\s)")


def _clean_place(text: str) -> tuple[str, str | None, str | None] | None:
    parsed = places.parse_place(text)
    if parsed.value is None or parsed.problem not in (None, "region_only"):
        return None
    return text, parsed.value.city, parsed.value.region


def _title_place(sheet: RawSheet, header: HeaderMap) -> tuple[str, str | None, str | None] | None:
    """The one place the title lines above the header open with, or None."""
    above = sheet.cells.iloc[: header.header_rows[0]] if header.header_rows else sheet.cells.iloc[:0]
    found = set()
    for row in above.itertuples(index=False):  # a few title lines
        first = next((v for v in row if isinstance(v, str) and v.strip()), None)
        if first is None:
            continue
        m = _TITLE_HEAD.match(clean_spaces(first))
        if m and (place := _clean_place(m.group(1))) is not None:
            found.add(place)
    return found.pop() if len({p[1:] for p in found}) == 1 else None


def sheet_place(sheet: RawSheet, header: HeaderMap) -> tuple[str, str, str | None, str | None] | None:
    """(where it was read, the text, city, region) of the place a sheet is named for, or None."""
    named = _clean_place(clean_spaces(sheet.sheet)) if sheet.sheet else None
    titled = _title_place(sheet, header)
    if named and titled and named[1:] != titled[1:]:
        return None  # the name and the title disagree: neither is the sheet's place
    if named:
        return ("sheet name", *named)
    if titled:
        return ("title line", *titled)
    return None


def with_sheet_place(sections: pd.DataFrame, sheet: RawSheet, header: HeaderMap, info: dict) -> pd.DataFrame:
    """`sections` with the sheet's place held over the rows no place heading covers."""
    found = sheet_place(sheet, header)
    if found is None:
        return sections
    where, text, city, region = found
    free = sections["place_heading"].isna()
    if not free.any():
        return sections
    sections = sections.copy()
    sections.loc[free, "place_heading"] = f"{where}: {text}"
    sections.loc[free, "city"] = city if city is not None else pd.NA
    sections.loc[free, "region"] = region if region is not None else pd.NA
    info["place_from_sheet"] = {"from": where, "text": text, "city": city, "region": region}
    return sections
