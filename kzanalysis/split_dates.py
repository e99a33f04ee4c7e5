"""A date split over three cells: a day, a month and a year column in, one date cell per row out.

A list may type each date in three columns, side by side, under one merged group (`Дата задержания`
over `число | месяц | год`) or headed by the parts alone (`день | месяц | год`, `day | month | year`,
`күні | айы | жылы`). The three cells are one date: the day, month and year are joined into one
cell (`16.09.2021`) before it is parsed, so its precision is what the list filled: a blank day gives
the month (`09.2021`), a blank day and month the year alone. A month written as a word (`апрель`,
`сәуір`) is read through `vocab/months.csv`; a month word it does not know is kept as written, so
the date is an `unparsed_date` problem and nothing is lost. The run is named by its group's header
(`Дата задержания`), whose words name the event (`vocab/date_header_words.csv`); with no group it
is a date whose event the header does not name (start_dates.py).

A term may be split the same way, its years in one column and its months in the next
(`sentence_years | sentence_months`, `Срок (лет) | Срок (мес.)`): the two are one term, years*12 +
months (`join_term`).

headers.py finds the runs (`part_runs`) and names each by its first column; `join_parts` writes
the joined cells there before the columns are parsed.
"""
from __future__ import annotations

import csv
import re
from functools import cache

import numpy as np
import pandas as pd

from .config import VOCAB_DIR
from .parse.dates import _month_of
from .parse.text import match_key

# The words a header cell of one part of a date is (as a match key): day, month, year.
_PARTS = {
    "day": re.compile(r"(?:число|день|дд|dd|day|күні|күн|кун|куни)"),
    "month": re.compile(r"(?:месяц|мес|мм|mm|month|айы|ай)"),
    "year": re.compile(r"(?:год|гг|гггг|yyyy|year|жылы|жыл)"),
}
_NUMBER = re.compile(r"\s*(\d{1,4})(?:[.,]0+)?\s*")


def part_of(text: object) -> str | None:
    """Which part of a date a header cell names (`число` -> day, `месяц` -> month, `year` -> year), or None."""
    if text is None or text is pd.NA:
        return None
    key = match_key(str(text))
    return next((part for part, pattern in _PARTS.items() if pattern.fullmatch(key)), None)


def part_runs(own: list[object]) -> list[tuple[int, int, int]]:
    """The runs of three columns side by side whose own header cells are a day, a month and a year,
    in that order: (day column, month column, year column) each."""
    kinds = [part_of(v) for v in own]
    return [(c, c + 1, c + 2) for c in range(len(kinds) - 2)
            if (kinds[c], kinds[c + 1], kinds[c + 2]) == ("day", "month", "year")]


def _number(text: str) -> int | None:
    m = _NUMBER.fullmatch(text)
    return int(m.group(1)) if m else None


def _month(text: str) -> str:
    """A month cell as a number (`9`, `09`, `апрель` -> `9`), or the cell as written where it is no month."""
    n = _number(text)
    if n is not None:
        return str(n) if 1 <= n <= 12 else text
    found = _month_of(text)
    return str(found) if found else text


def joined(block: pd.DataFrame, run: tuple[int, int, int]) -> pd.Series:
    """The day, month and year cells of each row as one date cell: `d.m.yyyy`, `m.yyyy` or `yyyy` as
    filled; NA where all three are blank. A cell that is no number (nor a month's name) is kept as
    written, so the joined cell does not read and says so. Each distinct month cell is read once."""
    day_c, month_c, year_c = run
    if any(c not in block.columns for c in run):
        return pd.Series(pd.NA, index=block.index, dtype="string")
    day = block[day_c].astype("string").str.strip().replace("", pd.NA)
    months = block[month_c].astype("string").str.strip().replace("", pd.NA)
    distinct = pd.unique(months.dropna())
    month = months.map({v: _month(str(v)) for v in distinct}, na_action="ignore").astype("string")
    year = block[year_c].astype("string").str.strip().replace("", pd.NA)
    day = day.str.replace(r"^(\d{1,2})[.,]0+$", r"\1", regex=True)
    year = year.str.replace(r"^(\d{4})[.,]0+$", r"\1", regex=True)
    # the parts joined by `.`: a day only with its month, a month only with its year
    with_month = month.notna()
    out = year.fillna("")
    out = pd.Series(np.where(with_month, month.fillna("") + np.where(out != "", ".", "") + out, out),
                    index=block.index, dtype="string")
    with_day = day.notna() & with_month
    out = pd.Series(np.where(with_day, day.fillna("") + "." + out, out), index=block.index, dtype="string")
    lone_day = day.notna() & ~with_month  # a day with no month: kept, so the cell does not read as the year alone
    out = pd.Series(np.where(lone_day, day.fillna("") + " " + out, out), index=block.index, dtype="string").str.strip()
    return out.where(out != "").astype("string")


def join_parts(block: pd.DataFrame, header) -> pd.DataFrame:
    """The block with each run of day, month and year columns joined into its first column, each
    term's months joined to its years, and a form's answers joined (form_exports.py): a tie's 1/0
    options as one yes/no, an `other` choice replaced by its "other, specify" answer."""
    from .form_exports import any_yes, with_other

    if block.empty or not (header.date_parts or header.term_months or header.any_of or header.other):
        return block
    block = block.copy()
    for first, run in header.date_parts.items():
        block[first] = joined(block, run)
    for years_c, months_c in header.term_months.items():
        if years_c in block.columns and months_c in block.columns:
            block[years_c] = join_term(block, years_c, months_c)
    for first, cols in header.any_of.items():
        block[first] = any_yes(block, cols)
    for c, oc in header.other.items():
        if c in block.columns and oc in block.columns:
            block[c] = with_other(block[c], block[oc])
    return block


# A term split over two columns: `sentence_years | sentence_months`, `Срок (лет) | Срок (мес.)`.
_YEARS_WORD = re.compile(r"\b(?:years?|yrs?|лет|годы|года|жыл|жылдар)\b")
_WHOLE = re.compile(r"\s*\d{1,3}(?:[.,]0+)?\s*")


def years_unit(written: str) -> bool:
    """The header gives years as the unit of its numbers (`sentence_years`, `Срок (лет)`)."""
    return bool(_YEARS_WORD.search(match_key(written)))


@cache
def _unit_words() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """The words of a year and of a month in vocab/term_units.csv (`лет`, `y`, `yrs`, `мес`, `m`, `ай`): for each,
    the words as written and the stems of those ending in `*` (`month*`)."""
    with open(VOCAB_DIR / "term_units.csv", encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["kind"].strip() == "unit" and r["value"].strip() in ("year", "month")]
    out = {}
    for value in ("year", "month"):
        aliases = [match_key(r["alias"].rstrip("*")) for r in rows if r["value"].strip() == value]
        stems = tuple(match_key(r["alias"].rstrip("*")) for r in rows if r["value"].strip() == value and r["alias"].endswith("*"))
        out[value] = (frozenset(aliases), stems)
    return out


def _is_unit(word: str, value: str) -> bool:
    words, stems = _unit_words()[value]
    return word in words or word.startswith(stems)


def term_pair(years_written: str, months_written: str) -> bool:
    """Two headers naming the years and the months of one term: the same words, then a unit of years in the
    first and of months in the second (`case/outcome/term_y` | `case/outcome/term_m`, `срок_лет` | `срок_мес`)."""
    ys, ms = match_key(years_written).split(), match_key(months_written).split()
    return (len(ys) >= 2 and len(ms) == len(ys) and ys[:-1] == ms[:-1]
            and _is_unit(ys[-1], "year") and _is_unit(ms[-1], "month"))


def whole_numbers(cells: pd.Series) -> bool:
    """Nearly all the column's filled cells are whole numbers (a count of months)."""
    filled = cells.dropna().astype(str)
    return len(filled) > 0 and bool(filled.str.fullmatch(_WHOLE).mean() >= 0.95)


def join_term(block: pd.DataFrame, years_c: int, months_c: int) -> pd.Series:
    """The years and months of one term as one cell (`5 years 6 months`): years*12 + months once read.
    A blank or zero months cell leaves the years cell as written (its header gives it the unit)."""
    years = block[years_c].astype("string").str.strip().replace("", pd.NA)
    months = block[months_c].astype("string").str.strip().str.replace(r"[.,]0+$", "", regex=True).replace("", pd.NA)
    extra = months.notna() & months.str.fullmatch(r"\d+").fillna(False).astype(bool) & (months != "0")
    whole_years = years.str.replace(r"[.,]0+$", "", regex=True)
    joined = (whole_years.fillna("") + " years " + months.fillna("") + " months").str.replace(r"^ years ", "", regex=True)
    # a bare number of years with no months: the pair of headers gave its unit (`term_y` says it less plainly)
    bare = whole_years.str.fullmatch(r"\d{1,2}").fillna(False).astype(bool)
    return years.where(~bare, whole_years + " years").where(~extra, joined).astype("string")
