"""Section headings give status, place and articles to the rows below them.

In: a data block, its row kinds (from rows.classify_rows) and header. Out: for every row, the
heading above it that gives a status or a place, and what it gives. Section headings (`Лишены
свободы`, `Imprisoned`, `Punitive psychiatry`, `г. Алматы`, `Алматинская область`: ODF and
Russian lists group people by outcome or place) are dropped rows, but what they say holds for the
rows below them until the next heading of their kind. A heading's count or number (`г. Алматы — 12
чел.`, `2) Алматинская область`) is decoration: it does not stop the words from being read. A year heading (`2021 год`) gives no date:
which date it would be is a guess. A heading that names an article (a list grouped by charge:
`Ст. 405 ч. 2 УК РК — участие ... (14 чел.)`) gives it to each row below it, beside the row's own
articles (a column of further charges); a heading naming several articles or parts groups charges and gives none.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pyarrow as pa

from .headers import HeaderMap
from .parse import articles, places, status
from .parse.text import clean_spaces
from .petitions import asks_for
from .rows import HEADING_REASON
from .sheet_year import year_headings

# A year heading (`2021 год`, `2021`, `2021 жыл`, `Year 2021`): which date of the case it dates
# (detention? charge? sentence?) the heading does not say, so it gives no date: that would be a guess.
_YEAR_HEADING = re.compile(r"\s*(?:year\s+)?(?:19|20)\d\d(?:\s*[-/]\s*(?:19|20)?\d\d)?\s*(?:г|гг|год\w*|жыл\w*|year)?\s*[.:]?\s*", re.IGNORECASE)
# Section headings never say these about their rows: a pseudo-status goes with a term or another phrase.
_HEADING_NEUTRAL = {status.SENTENCED, status.ADDITIONAL}
_RESET = ""  # a heading that ends the one above it without saying anything of its own
# A heading's decoration, not its words: a count after a dash, colon, comma or bracket (`г. Алматы — 12 чел.`,
# `Almaty region: 4 people`, `г. Шымкент (5)`) and a number before it (`1.`, `II)`).
_COUNT_AFTER = re.compile(r"\s*[—–\-:,(\[]\s*\d+(?:\s+[^\W\d_]{1,12}\.?){0,2}\s*[)\]]?\s*[.:;]?\s*$")
_NUMBER_BEFORE = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,5})[.)]\s+")


def undecorated(text: str) -> str:
    """A heading without its count and numbering (`1. г. Алматы — 12 чел.` -> `г. Алматы`)."""
    return _NUMBER_BEFORE.sub("", _COUNT_AFTER.sub("", text)).strip()


def _read_heading(text: str) -> tuple[str | None, str | None, tuple[str | None, str | None] | None]:
    """What a section heading says, read as written and, where that says nothing, without its
    decoration (`undecorated`): a count of people or a number does not stop a heading from naming a place."""
    said = _read_heading_words(text)
    bare = undecorated(text)
    if said[:2] == (_RESET, _RESET) and bare and bare != text:
        again = _read_heading_words(bare)
        if again[:2] != (_RESET, _RESET):  # the heading as written holds what its words say
            return tuple(text if v not in (None, _RESET) else v for v in again[:2]) + (again[2],)
    return said


def _heading_status(text: str) -> str | None:
    """The status a status heading gives, read without its decoration where as written it reads none."""
    for t in (text, undecorated(text)):
        measure = status.parse_measure(t)
        if measure.value is not None and measure.value.status is not None:
            return measure.value.status
    return None


def _read_heading_words(text: str) -> tuple[str | None, str | None, tuple[str | None, str | None] | None]:
    """What a section heading says: (status heading, place heading, (city, region)).
    Each heading is the text itself where it gives that value, `_RESET` where it ends the
    heading of that kind above it without giving a value, None where it leaves it alone.
    A status heading must name one status only: `Investigation ongoing, in detention or not`
    and `Suspended or non-custodial sentences` (ODF, docs/domain.md d) group several, so they give none."""
    if _YEAR_HEADING.fullmatch(text):
        return None, None, None
    measure = status.parse_measure(text)
    named = status.named_statuses(text) - _HEADING_NEUTRAL
    said = measure.value.status if measure.value is not None else None
    status_like = bool(named) or said is not None
    status_read = measure.problem is None and said not in (None, "unknown") and named == {said}
    status_read = status_read and not asks_for(text)  # `Ходатайства об УДО`: asked for, not given (petitions.py)
    place = places.parse_place(text)
    place_read = place.value is not None and place.problem in (None, "region_only") and not status_like
    status_heading = text if status_read else (None if place_read else _RESET)
    place_heading = text if place_read else (None if status_like else _RESET)
    return status_heading, place_heading, ((place.value.city, place.value.region) if place_read else None)


def heading_articles(text: str) -> str | None:
    """The charges a section heading names, written out for the article parser (`ст. 405 ч. 2 УК РК`),
    or None: a heading names an article when it writes an article or code word (`Ст.`, `статья`,
    `УК`, `Art.`, `-бабы`) and the article parser reads it, without its count, with no problem, as
    one charge; a heading naming several articles or parts groups charges and gives none."""
    if not articles.names_an_article(text):
        return None
    parsed = articles.parse_articles(text)  # as written; where its count reads as a number, without it
    if parsed.problem is not None and undecorated(text) not in ("", text):
        parsed = articles.parse_articles(undecorated(text))
    if parsed.problem is not None or not parsed.value or len(parsed.value) > 1:
        return None  # several articles (`Экстремизм (174, 405-баптар)`) name a group of charges, not each row's
    return "; ".join(articles.written_out(c) for c in parsed.value)


def section_headings(block: pd.DataFrame, kinds: pd.DataFrame, header: HeaderMap) -> pd.DataFrame:
    """For every row of the block, the section headings above it that give a status or a place:
    columns `status_heading`, `status`, `place_heading`, `city`, `region` (NA where none does).
    A heading is a dropped row (`classify_rows`) with one filled cell. It holds until the next
    heading of its kind: a status heading until the next status heading, a place heading until
    the next place heading, so `Лишены свободы` over `г. Алматы` over rows gives both; where both
    kinds occur, the kind met first is the outer one and a new outer heading also ends the inner
    one; a heading that is neither (`Журналисты`) ends both; a year heading ends neither and
    gives no date.
    Headings are typed at the left (first two columns or the name column); a lone cell further
    right is a note on a case and says nothing here. A heading in the very column of its kind
    (the status column first on the row) may be a note too, so it only ends the heading above."""
    n = len(block)
    # every column missing, built from Arrow's nulls at once (a Series per column from a scalar costs more than the sheet)
    out = pd.DataFrame({**{c: pd.arrays.ArrowStringArray(pa.nulls(n, pa.large_string()))
                           for c in ("status_heading", "status", "place_heading", "city", "region", "articles_heading", "articles")},
                        "year": pd.arrays.IntegerArray(np.zeros(n, dtype="int64"), np.ones(n, dtype=bool))}, index=block.index)
    lone = pd.Series((kinds["kind"].to_numpy(dtype=object, na_value=None) == "not_a_case")
                     & (kinds["reason"].to_numpy(dtype=object, na_value=None) == HEADING_REASON)
                     & (block.notna().to_numpy().sum(axis=1) == 1), index=block.index)
    if not lone.any():
        return out
    rows = block.loc[lone]
    text = rows.bfill(axis=1).iloc[:, 0].astype("string").map(clean_spaces)
    # A year heading gives no date, but it is the year a month written without one belongs to (sheet_year.py).
    out["year"] = year_headings(text.reindex(block.index), lone, _YEAR_HEADING)
    column = rows.notna().idxmax(axis=1)
    field_of = column.map(lambda c: header.fields.get(c, ""))
    read = {t: _read_heading(t) for t in pd.unique(text)}  # a handful of headings per sheet
    # Headings are typed at the left (the first two columns, or the name column); a lone cell
    # further right (`released 01.02.2022` under `Status`) is a note on a case: it says nothing here.
    at_left = column.isin([*block.columns[:2], header.column_of("name")])
    said_status = text.map(lambda t: read[t][0]).astype("string").where(at_left)
    said_place = text.map(lambda t: read[t][1]).astype("string").where(at_left)
    said_status = said_status.mask(field_of.isin(["status", "sentence"]) & said_status.notna(), _RESET)
    said_place = said_place.mask(field_of.isin(["city", "region"]) & said_place.notna(), _RESET)
    # A heading naming the article of its rows (`Ст. 405 ч. 2 УК РК — ... (16 чел.)`): a heading of a
    # kind of its own, which neither ends nor is ended by the others except as they nest (below).
    named = {t: heading_articles(t) for t in read}
    said_articles = text.where(text.map(named).notna() & at_left & ~field_of.eq("articles")).astype("string")
    gives_articles = said_articles.notna()
    said_status = said_status.mask(gives_articles & said_status.eq(_RESET).fillna(False), pd.NA)
    said_place = said_place.mask(gives_articles & said_place.eq(_RESET).fillna(False), pd.NA)
    said_articles = said_articles.mask(~gives_articles & said_status.eq(_RESET).fillna(False) & said_place.eq(_RESET).fillna(False), _RESET)
    said_articles = said_articles.where(gives_articles | said_articles.eq(_RESET))
    # Headings of several kinds nest: the kind met first is the outer one (`Лишены свободы` over
    # `г. Алматы`, `г. Шымкент`), and a new outer heading ends the inner ones above it.
    said = {"status_heading": said_status, "place_heading": said_place, "articles_heading": said_articles}
    sets = {k: v.notna() & v.ne(_RESET) for k, v in said.items()}
    order = sorted((k for k in said if sets[k].any()), key=lambda k: sets[k].idxmax())
    for i, outer in enumerate(order):
        for inner in order[i + 1:]:
            said[inner] = said[inner].mask(sets[outer] & said[inner].isna(), _RESET)
    for kind, told in said.items():
        held = told.reindex(block.index).ffill()
        out[kind] = held.where(held != _RESET).astype("string")
    # each heading is read once, then given to every row under it (a long list has many rows to one heading)
    status_of = {t: _heading_status(t) for t in out["status_heading"].dropna().unique()}
    out["status"] = out["status_heading"].map(status_of, na_action="ignore").astype("string")
    place_of = {t: read[t][2] for t in out["place_heading"].dropna().unique()}
    out["city"] = out["place_heading"].map({t: p[0] if p is not None else None for t, p in place_of.items()},
                                           na_action="ignore").astype("string")
    out["region"] = out["place_heading"].map({t: p[1] if p is not None else None for t, p in place_of.items()},
                                             na_action="ignore").astype("string")
    out["articles"] = out["articles_heading"].map(named, na_action="ignore").astype("string")
    return out
