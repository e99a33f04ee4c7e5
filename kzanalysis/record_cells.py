"""A column whose cells are records of several lines is free text, not a column of one field.

A map's popup, a card's description or a cell pasted from a document gives a person in lines:
`Name, b. 1986` / `Art. 405(2); Art. 174(1)` / `Detained 12 March 2021` / `Sentenced 3 August 2021 to
2 years of restricted freedom` / `Koshe Party supporter` (html_cells.py turns `<br>` into those line
breaks). Each line names a different field, so the column is no status column even where most of
its lines read as stages: a column not mapped whose values have three lines or more (as a median) is
read as free text (narrative.py: articles, dates by their event words, the term, the year of birth,
the city), where the sheet has no column for those fields; a status history (one step a line) is
known by its values first and stays one.
"""
from __future__ import annotations

import numpy as np

RECORD_LINES = 3


def record_column(values) -> bool:
    """True where the values (a sample of a column's distinct values) are records of lines."""
    values = [v for v in values if isinstance(v, str)]
    return bool(values) and float(np.median([v.strip().count("\n") + 1 for v in values])) >= RECORD_LINES
