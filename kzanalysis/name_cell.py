"""A name cell that holds more than the name (`Name, 34, activist from Aktobe`, `Name (b. 1979), teacher, Oral`):
the case rows in, the same rows out with the name cell cut to the name and the year of birth, the place and
the tie written in it given to their fields (parse/name_details.py).

A field takes the value from the name cell only where its own column is absent or blank on that row: a
column of its own always wins. The values are handed on as cells of their columns (a new column named by
the name's header where the sheet has none), so each is read by its field's own parser, problems included.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from .codes import factorize
from .parse.name_details import split_name_cell
from .values import Rows

# field -> the NameDetails attribute that gives it
_GIVEN = {"birth_year": "birth_year", "city": "city", "affiliation": "tie"}


# Where split_name_cell cuts a cell: a comma, semicolon (U+037E is one once in NFC) or bracket, or a
# dash with a space before and after it. A cell with none of these, whose dashes all stand between two
# letters (`Yerdenov-Tleubayev`: tidying spaces puts none beside them), is one part: nothing more in it.
_MAY_CUT = r"[,;()\[\]\x{037e}]|(?:^|[^\pL])[-\x{2010}-\x{2015}\x{2212}]|[-\x{2010}-\x{2015}\x{2212}](?:[^\pL]|$)"


def _may_hold_more(distinct) -> np.ndarray:
    """For each distinct name cell, whether split_name_cell could find more than the name in it
    (one regex over all of them, by Arrow); False only where it surely finds nothing."""
    import pyarrow as pa
    import pyarrow.compute as pc

    texts = pa.array(np.asarray(distinct, dtype=object), type=pa.large_string(), from_pandas=True)
    return pc.match_substring_regex(texts, _MAY_CUT).fill_null(True).to_numpy(zero_copy_only=False)


def split_name_cells(rows: Rows) -> Rows:
    """`rows`, or new Rows whose name cells keep only the name where the cell says more (see module)."""
    name = rows.text("name")
    if name is None or name.isna().all():
        return rows
    codes, distinct = factorize(name.astype("string"))
    found: list = [None] * len(distinct)
    for i in np.flatnonzero(_may_hold_more(distinct)):
        found[i] = split_name_cell(str(distinct[i]))
    if not any(found):
        return rows
    found.append(None)  # code -1: a blank cell
    split = np.array([f is not None for f in found])[codes]
    block, fields, written = rows.block.copy(), dict(rows.header.fields), dict(rows.header.written)
    how = dict(rows.header.how)
    c_name = rows.header.column_of("name")
    cut = np.array([f.name if f else None for f in found], dtype=object)[codes]
    block[c_name] = block[c_name].where(~split, pd.Series(cut, index=rows.idx, dtype="string"))
    next_column = (max(block.columns) + 1) if len(block.columns) else 0
    for field, attr in _GIVEN.items():
        values = np.array([(None if f is None or getattr(f, attr) is None else str(getattr(f, attr))) for f in found],
                          dtype=object)[codes]
        given = pd.Series(values, index=rows.idx, dtype="string")
        if given.isna().all():
            continue
        c = rows.header.column_of(field)
        if c is None:
            block[next_column] = given
            fields[next_column], written[next_column], how[next_column] = field, written[c_name], "name cell"
            next_column += 1
        else:
            block[c] = block[c].astype("string").fillna(given)
    header = replace(rows.header, fields=fields, written=written, how=how)
    out = Rows(block, header, rows.sheet)
    out.problems = rows.problems
    return out
