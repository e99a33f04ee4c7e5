"""Twin columns: one field written twice, once per language, read as one column.

A bilingual list may give every field twice, the Kazakh column and the Russian one (`Қазақша / Қаласы`
beside `На русском / Город`), and fill one of them or both on each row (the translation lags). Only one
column can be the field's, so the other would be left unmapped and its values lost on the rows that fill
it alone. Two columns are twins where
- their field has one value per case (`FIELDS`: the name, year of birth, city, region, articles, tie, and
  each of the four dates by its event): two date columns of different events, and a second status
  column (the latest stage wins, measures.py), are never twins;
- the field's column is mapped and the other is left unmapped, and its header names the same field; and
- they sit under group headings naming two languages (`vocab/language_headings.csv`: `Қазақша`, `На
  русском`, `In English`), or their headers are aliases of that field in two languages
  (`vocab/headers.csv`: `Город` ru, `Қаласы` kk).
Each row then takes the value of the first of them (left to right) that has one; where both have values
that read differently (the field's parser compares the readings, not the words: `Алматы қ.` and
`г. Алматы` agree), the first is kept and a `twin_columns_disagree` problem says which. Names in two
scripts are not compared (two spellings of one name are what such a list holds). The manifest lists the
twin as mapped to the field (`columns`, and `twin_columns`: twin -> the field's column), and `check`
shows both.
"""
from __future__ import annotations

from functools import cache

import numpy as np
import pandas as pd

from .config import VOCAB_DIR
from .headers import DATE_FIELDS, HeaderMap, date_field_of, guess_field, lookup_how
from .parse import letterless
from .parse.text import match_key
from .read import RawSheet
from .values import parse_values, problem_frame

FIELDS = frozenset({"name", "birth_year", "city", "region", "articles", "affiliation", *DATE_FIELDS})
PROBLEM = "twin_columns_disagree"


@cache
def _languages() -> dict[str, str]:
    """A language heading's folded match key -> its language (vocab/language_headings.csv)."""
    table = pd.read_csv(VOCAB_DIR / "language_headings.csv", dtype=str, keep_default_na=False)
    return {letterless.fold(match_key(a)): lang for a, lang in zip(table["alias"], table["lang"]) if match_key(a)}


@cache
def _alias_languages() -> dict[str, frozenset[str]]:
    """A header alias's match key -> the languages vocab/headers.csv gives it."""
    table = pd.read_csv(VOCAB_DIR / "headers.csv", dtype=str, keep_default_na=False)
    langs: dict[str, set[str]] = {}
    for alias, lang in zip(table["alias"], table["lang"]):
        if lang:
            langs.setdefault(match_key(alias), set()).add(lang)
    return {k: frozenset(v) for k, v in langs.items()}


def _split(written: str) -> tuple[str | None, str]:
    """(language of the group heading or None, the column's own header) of a header as written."""
    group, sep, own = written.partition(" / ")
    if sep:
        lang = _languages().get(letterless.fold(match_key(group)))
        if lang:
            return lang, own
    return None, written


def _field_of(own: str) -> str | None:
    named = lookup_how(own)[0] or guess_field(own)
    dated = date_field_of(own)
    if dated and (named is None or named in DATE_FIELDS):
        return dated
    return None if named == "ignore" else named


def _translations(a: str, b: str) -> bool:
    """Two headers that are aliases of one field in different languages (`Город`, `Қаласы`)."""
    la, lb = _alias_languages().get(match_key(a)), _alias_languages().get(match_key(b))
    return bool(la and lb and not la & lb)


def find_twins(header: HeaderMap) -> dict[int, int]:
    """Unmapped column -> the mapped column of the same field it is the twin of (see the module docstring)."""
    if not header.unmapped_written:
        return {}
    mapped = {f: c for c, f in header.fields.items() if f in FIELDS}
    if not mapped:
        return {}
    twins: dict[int, int] = {}
    for c, written in sorted(header.unmapped_written.items()):
        lang, own = _split(written)
        named = _field_of(own)
        if named not in mapped:
            continue
        m = mapped[named]
        m_lang, m_own = _split(header.written[m])
        if (lang and m_lang and lang != m_lang) or (lang is None and m_lang is None and _translations(own, m_own)):
            twins[c] = m
    return twins


def _readings(field: str):
    """The parser whose readings of two cells are compared, and the part of a reading that must agree."""
    from .parse import affiliation, articles, dates, names, places

    if field in DATE_FIELDS:
        return dates.parse_date, lambda v: {"v": (v.date, v.precision)}
    if field in ("city", "region"):
        return places.parse_place, lambda v: {"v": (v.city, v.region)}
    if field == "articles":
        return articles.parse_articles, lambda v: {"v": tuple(sorted({(c.code, c.article, c.part) for c in v}, key=str))}
    if field == "birth_year":
        return names.parse_birth_year, lambda v: {"v": v}
    if field == "affiliation":
        return affiliation.parse_affiliation, lambda v: {"v": (v.affiliation, v.dvk_koshe)}
    return None


def _read(v) -> bool:
    """A reading was made (a cell its parser gave no value has NaN or None in its place)."""
    return v is not None and not (isinstance(v, float) and v != v)  # noqa: PLR0124 (NaN is the one value unequal to itself)


def join_twins(block: pd.DataFrame, header: HeaderMap, sheet: RawSheet, info: dict) -> tuple[pd.DataFrame, list[pd.DataFrame]]:
    """The block with each pair of twins read as one column in the field's column (the first filled cell,
    left to right), the twins taken off the unmapped columns and listed in `info`; and the problem rows of
    the cells where both twins have values that read differently."""
    twins = find_twins(header)
    if not twins or block.empty:
        return block, []
    block = block.copy()
    problems = []
    for twin, main in twins.items():
        if twin not in block.columns or main not in block.columns:
            continue
        field = header.fields[main]
        first, second = (twin, main) if twin < main else (main, twin)
        a, b = block[first], block[second]
        both = a.notna() & b.notna() & a.astype("string").str.strip().ne(b.astype("string").str.strip()).fillna(False)
        reading = _readings(field)
        if both.any() and reading is not None:
            parser, extract = reading
            ra = parse_values(a[both].astype("string"), parser, extract)
            rb = parse_values(b[both].astype("string"), parser, extract)
            va = ra["v"] if "v" in ra else pd.Series(None, index=ra.index, dtype=object)
            vb = rb["v"] if "v" in rb else pd.Series(None, index=rb.index, dtype=object)
            differ = pd.Series([_read(x) and _read(y) and x != y for x, y in zip(va.to_numpy(), vb.to_numpy())],
                               index=va.index, dtype=bool)
            if differ.any():
                rows = differ[differ].index
                kept, other = header.written.get(first, header.unmapped_written.get(first)), header.written.get(second, header.unmapped_written.get(second))
                values = (a[rows].astype(str) + " | " + b[rows].astype(str)).to_numpy()
                message = (f"the twin columns {kept!r} and {other!r} give different values of {field}: "
                           f"{kept!r} is kept (the first of the two); check which is right")
                problems.append(problem_frame(sheet, np.asarray(rows), kept, values, PROBLEM, message, True))
        block[main] = a.where(a.notna(), b)
        written = header.unmapped_written.pop(twin)
        header.written[twin] = written  # read with the field's column; its count of values stays in the manifest
        if written in header.unmapped:
            header.unmapped.remove(written)
        header.profiles.pop(twin, None)
        info.setdefault("columns", {})[written] = field
        info.setdefault("mapped_by", {})[written] = f"twin of {header.written[main]}"
        info.setdefault("twin_columns", {})[written] = header.written[main]
    return block, problems
