"""A field written over several columns: one charge a column, notes or affiliations carried on in a second column.

An academic dataset or a database export gives each charge a column of its own (`charge1 | charge2 | charge3`,
`First charge | Second charge | Third charge`, `Статья 1 | Статья 2`, `Бап 1 | Бап 2`, `art_1 | art_2`); a list
may carry its notes or a person's groups on in a second column (`Notes | Additional notes`, `Movement | Party`).
The one-to-one naming of columns (headers.py) gives the field to the first such column, and the others would be
`unmapped_column` problems, their charges lost. Here they are read with it.

Which fields may take several columns: those a case may have several of, or that are free text:
- `articles`: a case has several charges. A further column is one whose header names charges (an alias or a
  keyword of the header vocabulary), and whose values nearly all (80%) read as articles: a column of bare numbers
  (`2`, a part written apart) or of words is not one. The values alone never make a further charge column: a
  column of record ids (`ID`: `KZ274-001`, `KZ274-002`) reads as articles too, and was joined to the charges;
- `notes` and `affiliation` (the ties to DVK / Koshe are read from both): a further column is one whose header
  names the field, and whose values read as no other kind of value (not dates, places or articles).
Their cells are joined to the field's column, in the order of the columns, with `; ` between them. A column that
is the same field written in another language (`Бабы` beside `Статья` under `Қазақша` / `На русском`) is its
twin, read as one column by twins.py, not a further one.

Which may not: the name (its parts are joined by columns.py), the year of birth, the city and region, each date
(a column of dates is the date its header names), the status and the term (a further status column is weighed as
a stage beside the first, measures.py), and a yes/no column (two yes/no columns cannot be joined into one cell:
each says yes or no of its own header).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from . import content
from .headers import HeaderMap, guess_field, lookup
from .parse.text import clean_spaces_many
from .twins import find_twins

# The fields that may take several columns, and the kind of value (content.KINDS) their values must read as
# (None: free text, which must read as no other kind).
SEVERAL = {"articles": "articles", "notes": None, "affiliation": None}
SEPARATOR = "; "


def further_columns(header: HeaderMap) -> dict[int, list[int]]:
    """The field's column -> the further columns of the same field, in order; each further column is taken off
    the unmapped columns (it is read, with the field's column) and keeps its header in `header.written`."""
    mapped = {f: c for c, f in header.fields.items() if f in SEVERAL}
    if not mapped or not header.unmapped_written:
        return {}
    found: dict[int, list[int]] = {}
    for c, written in sorted(header.unmapped_written.items()):
        if c in header.histories or c in header.unheaded:
            continue
        profile = header.profiles.get(c)
        if profile is None or not profile.values:
            continue
        named = lookup(written) or guess_field(written)
        field = named if named in mapped else None
        if field is None or not _values_fit(profile, field):
            continue
        found.setdefault(mapped[field], []).append(c)
    if found:  # a field written once per language is one column read twice, not a second charge (twins.py)
        twins = find_twins(header)
        found = {c: kept for c, cols in found.items() if (kept := [e for e in cols if e not in twins])}
    for cols in found.values():
        for c in cols:
            _take_off_unmapped(header, c)
    return found


def _values_fit(profile: content.Profile, field: str) -> bool:
    kind = SEVERAL[field]
    if kind is not None:
        return profile.share(kind) >= content.CLEAR
    return profile.clearly() in (None, "name")  # free text: no column of dates, places or charges (a name in a note is text)


def _take_off_unmapped(header: HeaderMap, c: int) -> None:
    written = header.unmapped_written.pop(c)
    header.written[c] = written  # read with the field's column; its count of values stays in the manifest
    header.profiles.pop(c, None)
    if written in header.unmapped:
        header.unmapped.remove(written)


def join_further(block: pd.DataFrame, further: dict[int, list[int]]) -> pd.DataFrame:
    """The block with each field's further columns joined to its column, `; ` between the filled cells."""
    further = {c: [e for e in extra if e in block.columns] for c, extra in further.items() if c in block.columns}
    if not any(further.values()) or block.empty:
        return block
    block = block.copy()
    for c, extra in further.items():
        parts = []
        for col in [c, *extra]:
            cells = block[col].astype("string")
            distinct = np.asarray(pd.unique(cells.dropna()), dtype=object)
            spaced = dict(zip(distinct, clean_spaces_many(distinct)))
            parts.append(cells.map(spaced, na_action="ignore").astype("string").replace("", pd.NA))
        joined = parts[0]
        for part in parts[1:]:
            joined = (joined + SEPARATOR + part).fillna(joined).fillna(part)
        block[c] = joined.astype("string")
    return block
