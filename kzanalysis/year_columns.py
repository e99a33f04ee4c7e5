"""Columns headed by years: a tracker's `2019 | 2020 | 2021` columns in, one status-history cell per row out.

A tracker may give each year a column and write in it what happened that year, with dates that
leave the year out (`задержан 12.05; приговор 03.11: 3 г.`): the header gives it. So a run of two
columns or more, side by side, whose own headers are years in rising order (one header row, or the
second row under a merged group), whose cells are mostly words (stages, measures) rather than
figures, is read as one history (stage_history.py), the years in order:
- a day and month with no year (`12.05`, `03/11`) takes the year of its column;
- a month name with no year (`(март)`) takes it too;
- a step with no date of its own (`возбуждено дело`) is dated by the year alone (precision year),
  unless a step written before it in the same cell has a date: it came on or after that one, so the
  year's first day would put it before it.
headers.py finds the run (`year_run`) and names the column of its first year; `join_year_columns`
writes the joined cells there before the columns are parsed.
"""
from __future__ import annotations

import csv
import re
from functools import cache, lru_cache

import numpy as np
import pandas as pd

from .parse.blank import is_not_given
from .parse.dates import MONTHS_FILE
from .parse.text import clean_spaces, match_key

_YEAR_HEADER = re.compile(r"((?:19|20)\d\d)(?:\s+(?:г|гг|год|жыл|жылы|year))?")
# Between two steps of a cell, as parse/history.py reads them: an arrow, `;`, a bar or a line break.
_STEPS = re.compile(r"\s*(?:[→⟶➔➝➞⇒⇨;|\n]|-+>|=>)\s*")
_DAY_MONTH = re.compile(r"(?<![\d.,/])(\d{1,2})[./](\d{2})(?![./]?\d)")
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LETTER = re.compile(r"[^\W\d_]")


def header_year(text: object) -> int | None:
    """The year a header cell is (`2021`, `2021 г.`, `2021 жыл`), or None."""
    if text is None or text is pd.NA:
        return None
    m = _YEAR_HEADER.fullmatch(match_key(str(text)))
    return int(m.group(1)) if m else None


def year_runs(own: list[object]) -> list[list[tuple[int, int]]]:
    """The runs of two columns or more, side by side, whose own header cells are years in rising
    order: each a list of (column, year)."""
    runs, run = [], []
    for c, text in enumerate(own):
        year = header_year(text)
        if year is not None and run and run[-1][0] == c - 1 and year > run[-1][1]:
            run.append((c, year))
            continue
        if len(run) >= 2:
            runs.append(run)
        run = [(c, year)] if year is not None else []
    if len(run) >= 2:
        runs.append(run)
    return runs


@cache
def _month_words() -> re.Pattern[str]:
    with MONTHS_FILE.open(encoding="utf-8", newline="") as f:  # the month words the dates are read with
        words = {r["alias"].strip() for r in csv.DictReader(f) if r["alias"].strip()}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])(?!\.?\s*(?:19|20)\d\d)", re.IGNORECASE)


@lru_cache(maxsize=20_000)
def with_year(text: str, year: int) -> str | None:
    """A cell of a year's column with the year written into its dates (see the module docstring)."""
    if is_not_given(text):
        return None
    steps, dated_before = [], False
    for step in _STEPS.split(clean_spaces(text)):
        if not step.strip():
            continue
        own_date = bool(_A_YEAR.search(step) or _DAY_MONTH.search(step))
        written = _DAY_MONTH.sub(lambda m: f"{m.group(1)}.{m.group(2)}.{year}", step)
        if not own_date:
            month = _month_words().search(written)
            if month is not None:
                written, own_date = f"{written[:month.end()]} {year}{written[month.end():]}", True
            elif not dated_before and _LETTER.search(written):
                written = f"{written} {year}"
        dated_before = dated_before or own_date
        steps.append(written)
    return "; ".join(steps) or None


def joined(block: pd.DataFrame, run: list[tuple[int, int]]) -> pd.Series:
    """The cells of a run of year columns, each with its year written in, joined in order by `; `;
    NA where all are blank. Each distinct cell is read once."""
    out = pd.Series("", index=block.index, dtype="string")
    for c, year in run:
        if c not in block.columns:
            continue
        cells = block[c].astype("string")
        distinct = pd.unique(cells.dropna())
        lookup = {v: with_year(str(v), year) for v in distinct}
        part = cells.map(lookup, na_action="ignore").astype("string").fillna("")
        out = out + np.where((out != "") & (part != ""), "; ", "") + part
    return out.where(out != "").astype("string")


def tells_events(cells: pd.Series) -> bool:
    """Most of the joined cells have words (stages, measures), not only figures: a tracker, not a table of counts."""
    filled = cells.dropna()
    return len(filled) > 0 and filled.str.contains(_LETTER.pattern, regex=True).mean() >= 0.5


def join_year_columns(block: pd.DataFrame, runs: dict[int, list[tuple[int, int]]]) -> pd.DataFrame:
    """The block with each run of year columns joined into the column of its first year."""
    if not runs or block.empty:
        return block
    block = block.copy()
    for first, run in runs.items():
        block[first] = joined(block, run)
    return block
