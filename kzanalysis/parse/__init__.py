"""Parsers of cell values: one module per kind of value.

The contract every parser keeps (and the property tests check):
- a scalar function `parse_<kind>(text: str) -> Parsed`, pure, that never
  raises for any string: it returns a value, or `value=None` with a problem
  code and a message saying what was not understood;
- `parse_column(series, parser)` runs it once per distinct value and maps the
  results back, so repeated values cost nothing.
- an exception inside a parser is a bug, not a gap in a vocabulary: `guarded`
  turns it into `parser_error` naming the exception, never into "add it to the
  vocabulary" (a broken vocabulary file still stops the run, loudly).
"""
from __future__ import annotations

import functools
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


PARSER_ERROR = "parser_error"


def parser_error(parser: str, exc: BaseException) -> Parsed:
    """The problem an exception inside a parser becomes: it names the exception, and says it is a bug."""
    return Parsed(None, PARSER_ERROR, f"the {parser} parser failed on this value ({type(exc).__name__}: {exc}); "
                                      "this is a bug in kzanalysis, not a gap in a vocabulary: please report it")


def guarded(parser: Callable[..., Parsed]) -> Callable[..., Parsed]:
    """A parser that never raises: an exception inside it is `parser_error` (a vocabulary mistake still raises)."""
    from ..config import VocabularyError

    @functools.wraps(parser)
    def run(text, *args, **kwargs) -> Parsed:
        try:
            return parser(text, *args, **kwargs)
        except VocabularyError:
            raise
        except Exception as exc:  # noqa: BLE001 (a bug costs one value, and says it is a bug)
            return parser_error(parser.__name__, exc)

    return run
