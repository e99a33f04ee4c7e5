"""Parsers of cell values: one module per kind of value.

The contract every parser keeps (and the property tests check):
- a scalar function `parse_<kind>(text: str) -> Parsed`, pure, that never
  raises for any string: it returns a value, or `value=None` with a problem
  code and a message saying what was not understood;
- `parse_column(series, parser)` runs it once per distinct value and maps the
  results back, so repeated values cost nothing.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import pandas as pd


@dataclass(frozen=True)
class Parsed:
    """What a parser makes of one cell: a value, or None and a problem."""

    value: Any = None
    problem: str | None = None
    message: str | None = None


def parse_column(values: pd.Series, parser: Callable[[str], Parsed]) -> pd.Series:
    """Parse each distinct non-blank string once; return a Series of `Parsed` (None where blank)."""
    text = values.astype("string").str.strip()
    text = text.where(text != "", pd.NA)
    distinct = text.dropna().unique()
    results = {v: parser(v) for v in distinct}
    return text.map(results, na_action="ignore").astype(object).where(text.notna(), None)
