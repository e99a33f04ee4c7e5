"""What the values of one column look like: the evidence of content for naming a column.

In: the cells of one column below the header, as text. Out: a `Profile`: how many
values the column has, three samples, and for each kind of value (dates, years of
birth, cities, regions, articles, statuses, terms, names, groups) the share of a sample of
its distinct values that the field parser of that kind reads without a problem.
column_scores.py weighs these shares against the header's words when it names columns;
unread.py describes unmapped columns with them (`unmapped_column` problem rows).
Shares are worked out lazily, kind by kind, and each distinct value is parsed once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd
import pyarrow as pa

from . import date_order
from .parse import affiliation, articles, dates, history, names, places, status
from .parse.blank import is_not_given
from .parse.name_details import BIRTH
from .parse.text import match_key

# Distinct values parsed per column: enough to tell dates from towns, cheap on a wide sheet.
SAMPLE = 24
# "Nearly all" of a column's values: the share at which content names a field on its own.
CLEAR = 0.8
MIN_VALUES = 3  # fewer values than this say nothing
HISTORY_STEPS = 0.5  # the share of a history column's values that name two steps or more
KINDS = ("date", "birth_year", "city", "region", "articles", "status", "term", "name", "affiliation")
# How each kind is said in words (problem messages, `check`).
KIND_WORDS = {"date": "dates", "birth_year": "years of birth", "city": "cities and towns", "region": "regions",
              "articles": "articles of a code", "status": "statuses or measures", "term": "terms of a sentence",
              "name": "names of people", "affiliation": "groups (DVK, Koshe Partiyasy) or none"}
# The field a kind of value suggests (`sources.toml` line of an unmapped column); dates suggest no one
# date field: which date a column of dates holds, only its header can say.
FIELD_OF_KIND = {"birth_year": "birth_year", "city": "city", "region": "region", "articles": "articles",
                 "status": "status", "term": "sentence", "name": "name", "affiliation": "affiliation"}

_BARE_NUMBER = re.compile(r"\s*\d+(?:[.,]0+)?\s*")
_PERSON = re.compile(r"\s*(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\s\d,;()]*\s*){2,5}")


def unassigned_column_where(header, block: pd.DataFrame, names_it) -> tuple[int, str] | None:
    """(position, header as written) of the first column no field was given to (unmapped or
    ignored) whose distinct values nearly all satisfy `names_it`; None where there is none."""
    candidates = {**header.unmapped_written, **header.ignored_written}
    for c, written in sorted(candidates.items()):
        if c not in block.columns:
            continue
        text = stripped_texts(block[c])
        distinct = _given_distinct(v for v in text if v != "")
        if len(text) >= 2 and distinct and sum(bool(names_it(v)) for v in distinct) / len(distinct) >= CLEAR:
            return c, written
    return None


def stripped_texts(cells: pd.Series) -> list[str]:
    """The column's non-missing cells as text with the spaces around them taken off (blank ones kept, as ""),
    in row order. A column of strings is read as Python strings at once: on the few hundred cells looked at
    here, pandas' string methods cost more in their own overhead than the work (str.strip takes off the same
    characters as pandas' strip: Unicode's white space)."""
    if isinstance(cells.dtype, pd.StringDtype):
        return [v.strip() for v in cell_texts(cells) if v is not None]
    return cells.dropna().astype(str).str.strip().tolist()


def cell_texts(cells: pd.Series) -> list:
    """The cells as Python objects (None where missing); a column of strings held by Arrow is read by
    Arrow itself, several times quicker than pandas' own conversion on a short column."""
    if isinstance(cells.dtype, pd.StringDtype) and cells.dtype.storage == "pyarrow":
        return pa.array(cells.array).to_pylist()
    return cells.to_numpy(dtype=object, na_value=None).tolist()


def _given_distinct(texts) -> list[str]:
    """The first SAMPLE distinct texts, in order, that are not "not given" markers (`?`, `неизвестно`)."""
    found: list[str] = []
    for v in dict.fromkeys(texts):
        if not is_not_given(v):
            found.append(v)
            if len(found) == SAMPLE:
                break
    return found


@lru_cache(maxsize=50_000)
def _is_date(v: str) -> bool:
    p = dates.parse_date(v)
    return p.value is not None and p.problem is None


@lru_cache(maxsize=50_000)
def _is_birth_year(v: str) -> bool:
    p = names.parse_birth_year(v)
    return p.value is not None and p.problem is None


@lru_cache(maxsize=50_000)
def _is_city(v: str) -> bool:
    p = places.parse_place(v)
    return p.value is not None and p.value.city is not None and p.problem is None


@lru_cache(maxsize=50_000)
def _is_region(v: str) -> bool:
    p = places.parse_place(v)
    return p.value is not None and p.value.city is None and p.problem in (None, "region_only")


@lru_cache(maxsize=50_000)
def _is_articles(v: str) -> bool:
    # A bare number may be a row number, a count or a year: alone it is no evidence of an article.
    if _BARE_NUMBER.fullmatch(v):
        return False
    p = articles.parse_articles(v)
    return bool(p.value) and p.problem is None


@lru_cache(maxsize=50_000)
def _measure(v: str):
    p = status.parse_measure(v)
    return p.value if p.problem is None else None


def _is_status(v: str) -> bool:
    m = _measure(v)
    return m is not None and m.status not in (None, "unknown")


def _is_status_or_verdict(v: str) -> bool:
    """A status, or a cell that says only that a verdict was given (`сотталды`, `осужден`), its kind not named."""
    return _is_status(v) or status.named_statuses(v) == {status.SENTENCED}


def _is_term(v: str) -> bool:
    m = _measure(v)
    return m is not None and m.months is not None


# A year of birth in brackets after the name (`Serik Sadykova (b. 2002)`, `Иванов Иван (1985 г.р.)`, `(1990 ж.т.)`):
# the cell is still a name (name_cell.py gives the year to the birth year).
_BIRTH_IN_BRACKETS = re.compile(r"\s*[(\[]\s*(?:" + BIRTH.pattern + r")\s*[)\]]\s*$", re.IGNORECASE)


def _is_name(v: str) -> bool:
    if _PERSON.fullmatch(v):
        return True
    born = _BIRTH_IN_BRACKETS.search(v) if "(" in v or "[" in v else None
    return born is not None and bool(_PERSON.fullmatch(v[:born.start()]))


# A whole number of months a sentence may be (`36`, `60`, `18.0`): read as a term only under a header
# that gives the unit (column_scores.py), never from the values alone (a count or an age looks the same).
_MONTHS_NUMBER = re.compile(r"\s*(\d{1,3})(?:[.,]0+)?\s*")


def _is_months_number(v: str) -> bool:
    m = _MONTHS_NUMBER.fullmatch(v)
    return bool(m) and 1 <= int(m.group(1)) <= 600


def yes_no(value: str) -> bool | None:
    """True for a yes (`да`, `yes`, `Y`, `иә`, `+`), False for a no, None otherwise (a doubt, `да?`, included):
    the words the DVK yes/no column is read with (parse/affiliation.py)."""
    if "?" in value:
        return None
    key = match_key(value) or value.strip().casefold()
    if key in affiliation._YES:
        return True
    return False if key in affiliation._NO else None


@lru_cache(maxsize=50_000)
def _is_affiliation_named(v: str) -> bool:
    """The cell names a group (DVK, Koshe Partiyasy, another party), neither negated nor doubted."""
    p = affiliation.parse_affiliation(v)
    return p.value is not None and p.problem is None


def _is_affiliation(v: str) -> bool:
    """The cell names a group, or says there is none (`нет`, `none`): a column of affiliations."""
    return _is_affiliation_named(v) or (match_key(v) or v.strip().casefold()) in affiliation._NONE_MARKERS


def _is_yes_no(v: str) -> bool:
    return yes_no(v) is not None


_HAS_DIGIT_AND_WORD = re.compile(r"(?=.*\d)(?=.*[^\W\d_])", re.DOTALL)


@lru_cache(maxsize=50_000)
def _history_steps(v: str) -> int:
    """How many steps the cell names, where it reads as a history with a dated step; else 0.
    Only a cell with a digit and a word can name a stage and its date."""
    return history.dated_history_steps(v) if _HAS_DIGIT_AND_WORD.match(v) else 0


def _is_history(v: str) -> bool:
    return _history_steps(v) >= 1


def _is_history_of_steps(v: str) -> bool:
    return _history_steps(v) >= 2


# "history" (steps of a stage and a date, parse/history.py) is not one of KINDS: such a column is
# read as a status history (`is_history_column`), never named a field or described as one.
# "history" (steps of a stage and a date, parse/history.py) is not one of KINDS: such a column is
# read as a status history (`is_history_column`), never named a field or described as one.
_CHECKS = {"history": _is_history, "history_steps": _is_history_of_steps, "date": _is_date, "birth_year": _is_birth_year,
           "city": _is_city, "region": _is_region, "articles": _is_articles, "status": _is_status, "term": _is_term,
           "name": _is_name, "affiliation": _is_affiliation,
           "affiliation_named": _is_affiliation_named,  # not a kind of KINDS: most of an affiliation column names a group
           "months_number": _is_months_number,  # not a kind of KINDS: a header must give the unit
           "yes_no": _is_yes_no,  # not a kind of KINDS: a yes/no column says what its header names (stage_columns.py)
           "status_or_verdict": _is_status_or_verdict}  # not a kind of KINDS: a further status column (measures.py)


@dataclass
class Profile:
    """The values of one column: count, samples, and the share read as each kind (lazily)."""

    values: int
    samples: tuple[str, ...]
    distinct: tuple[str, ...]  # the sample of distinct values the shares are worked out on
    _shares: dict[str, float] = field(default_factory=dict, repr=False)

    def share(self, kind: str) -> float:
        if kind not in self._shares:
            check = _CHECKS[kind]
            # numeric dates are read in the order the column's own values show (`7/23/2021`: month first, date_order.py)
            values = date_order.readable(self.distinct) if kind == "date" and self.distinct else self.distinct
            self._shares[kind] = sum(check(v) for v in values) / len(values) if values else 0.0
        return self._shares[kind]

    def is_history_column(self) -> bool:
        """Nearly all of the column's values are status histories (`задержан 12.03.2021 → осуждён 05.08.2021`),
        and at least half of them name two steps or more: a verdict with its date (`штраф (15.09.2022)`) is one
        step, and a column of those is a status column."""
        return (len(self.distinct) >= 2 and self.values >= MIN_VALUES and self.share("history") >= CLEAR
                and self.share("history_steps") >= HISTORY_STEPS)

    def shares(self) -> dict[str, float]:
        return {k: self.share(k) for k in KINDS}

    def clearly(self) -> str | None:
        """The kind that nearly all the values are (the most read where several are), or None."""
        if len(self.distinct) < 2:
            return None
        best = max(KINDS, key=lambda k: (self.share(k), -KINDS.index(k)))
        return best if self.share(best) >= CLEAR else None

    def describe(self) -> str:
        """What the values look like, in words: `mostly dates (95% read)`, or the best partial reading."""
        if not self.values:
            return "no values"
        kind = self.clearly()
        if kind:
            return f"mostly {KIND_WORDS[kind]} ({self.share(kind):.0%} read as such)"
        best = max(KINDS, key=lambda k: (self.share(k), -KINDS.index(k)))
        if self.share(best) > 0:
            return f"text that no field parser reads as a whole (at most {self.share(best):.0%} read as {KIND_WORDS[best]})"
        return "text that no field parser reads (not dates, places, articles, statuses, years or names)"


def profile(cells: pd.Series) -> Profile:
    """The profile of one column's cells (text or None), blank and "not given" cells left out."""
    text = [v for v in stripped_texts(cells) if v != ""]
    distinct = _given_distinct(text)
    return Profile(values=len(text), samples=tuple(distinct[:3]), distinct=tuple(distinct))
