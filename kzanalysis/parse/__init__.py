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
        except (VocabularyError, MemoryError):
            raise  # the user's vocabulary to fix, or the machine out of memory: never one value's problem
        except Exception as exc:  # noqa: BLE001 (a bug costs one value, and says it is a bug)
            return parser_error(parser.__name__, exc)

    return run


# Problems that are a reading of the text, not a failure to read it: a second reading never replaces them.
DELIBERATE = frozenset({"negated_affiliation", "uncertain_tie", "administrative_arrest", "case_closed"})


def also_kazakh_latin(force: bool = False) -> Callable[[Callable[..., Parsed]], Callable[..., Parsed]]:
    """A parser that reads Kazakh in Latin letters too (the alphabets of 2021 and 2018 and the informal
    Latin people type): where the text as written gives a problem or nothing and holds Kazakh Latin letters
    (any Latin letters with `force`, for words such as month names that have no letter of their own:
    `6 nauryz 2019`), it is read again written in Cyrillic letters by each script it may be in
    (text.kazakh_latin_readings: `405-bap 1-bölık`, `179-bap 2-bólik`), and the first reading that gives a
    value without a problem is kept, else the first that gives a value where the text as written gave
    none (`Jetısu oblysy`: only a region), else (without `force`) the first that the vocabulary reads as
    nothing to take where the text as written gave a problem (`azamattyq belsendi`: a role, not a group).
    A deliberate reading (`not linked to DVK`: negated) is never replaced."""
    from .text import kazakh_latin_readings

    def wrap(parser: Callable[..., Parsed]) -> Callable[..., Parsed]:
        @functools.wraps(parser)
        def run(text, *args, **kwargs) -> Parsed:
            first = parser(text, *args, **kwargs)
            if (first.problem is None and first.value is not None) or first.problem in DELIBERATE:
                return first
            fallback = None
            for cyrillic in kazakh_latin_readings(str(text), force=force):
                second = parser(cyrillic, *args, **kwargs)
                if second.value is not None and second.problem is None:
                    return second
                if fallback is None and second.value is not None and first.value is None:
                    fallback = second
                if (not force and fallback is None and second.value is None and second.problem is None
                        and first.problem is not None):
                    fallback = second  # read, and nothing to take (`azamattyq belsendi`: a role, not a group)
            return fallback or first

        return run

    return wrap
