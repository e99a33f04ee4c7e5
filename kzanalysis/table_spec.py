"""The tidy tables' columns and closed vocabularies, without pandera.

In: nothing. Out: the statuses, codes, precisions and date columns; each table's
columns in order with their dtypes (`COLUMNS`); `empty(table)`; `sheet_problem()`; `AccountingError`.

The cleaning chain (reading, the layout rules, the field parsers) needs only
these, never the schema's checks: with them it imports no pandera, so a worker
process that only cleans lists (parallel.py) starts without it, a fifth of a
second sooner. The pandera models in schema.py are the contract and validate
every table; `tests/test_table_spec.py` checks that `COLUMNS` names the same
columns, in the same order, with the same dtypes, as those models.
"""
from __future__ import annotations

from functools import cache

import numpy as np
import pandas as pd

STATUSES = (
    "imprisoned",
    "restricted_freedom",
    "probation",
    "fined",
    "pretrial_detention",
    "house_arrest",
    "under_investigation",
    "compulsory_treatment",
    "released",
    "acquitted",
    "unknown",
    "died",  # died in custody: the stock stops counting the person on the date of death (released_on)
)
CODES = ("CC", "CC1997", "CAO")
PRECISIONS = ("day", "month", "year")
DATE_COLUMNS = ("detained_on", "charged_on", "sentenced_on", "released_on")
DECISIONS = ("linked", "not_linked", "review", "analyst_same", "analyst_different")

# The dtype of each kind of column, as pandera makes it from the models' annotations.
_DTYPES = {"text": lambda: pd.StringDtype(na_value=np.nan), "integer": pd.Int64Dtype, "yes/no": pd.BooleanDtype,
           "date": lambda: np.dtype("datetime64[ns]"), "number": lambda: np.dtype("float64")}

COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "cases": (
        ("case_id", "text"), ("person_id", "text"), ("source", "text"), ("source_file", "text"), ("source_sheet", "text"),
        ("source_row", "integer"), ("name", "text"), ("name_latin", "text"), ("birth_year", "integer"), ("city", "text"),
        ("region", "text"), ("articles", "text"), ("status", "text"), ("sentence_months", "integer"),
        ("detained_on", "date"), ("charged_on", "date"), ("sentenced_on", "date"), ("released_on", "date"),
        ("started_on", "date"), ("started_precision", "text"), ("affiliation", "text"), ("dvk_koshe", "yes/no"),
        ("notes", "text"),
    ),
    "charges": (("case_id", "text"), ("code", "text"), ("article", "integer"), ("part", "integer"), ("title_en", "text")),
    "problems": (
        ("source_file", "text"), ("source_sheet", "text"), ("source_row", "integer"), ("column", "text"), ("value", "text"),
        ("problem", "text"), ("message", "text"), ("row_kept", "yes/no"),
    ),
    "persons": (
        ("person_id", "text"), ("name", "text"), ("name_latin", "text"), ("birth_year", "integer"), ("cases", "integer"),
        ("lists", "text"), ("first_started_on", "date"), ("latest_status", "text"),
    ),
    "links": (("case_id_a", "text"), ("case_id_b", "text"), ("score", "number"), ("agreed", "text"), ("disagreed", "text"),
              ("decision", "text")),
}


def column_names(table: str) -> list[str]:
    """The columns of a tidy table, in order."""
    return [name for name, _ in COLUMNS[table]]


def dtype_of(kind: str):
    """The pandas dtype of a kind of column (text, integer, yes/no, date, number)."""
    return _DTYPES[kind]()


def empty(table: str) -> pd.DataFrame:
    """An empty DataFrame with the columns and dtypes of a tidy table."""
    return _empty(table).copy()


@cache
def _empty(table: str) -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=dtype_of(kind)) for name, kind in COLUMNS[table]})


def sheet_problem(file: str, sheet: str, problem: str, message: str, kept: bool) -> pd.DataFrame:
    """One problem row about a whole sheet or file (no row, no column, no value): `no_header`,
    `no_date_column`, `parser_error`, `unreadable_file`, ...; `kept`: whether the sheet's rows were read."""
    return pd.DataFrame([{"source_file": file, "source_sheet": sheet, "source_row": pd.NA, "column": "", "value": None,
                          "problem": problem, "message": message, "row_kept": kept}])


class AccountingError(AssertionError):
    """Rows were lost between reading and the tidy tables: a bug, never a user's mistake."""
