"""A verdict written as one sentence gives its articles and its court's seat: case rows in, articles text
and places out.

A list may write the whole verdict in one cell, read as the status (or sentence) column, under a header
that asks for all it holds (`Каким судом, когда и по какой статье осуждён`): `Уральским городским судом
12.03.2021 по ч.2 ст.405, ч.1 ст.174 УК РК к 5 годам лишения свободы`. The status and term are read from it
as from any status cell, the date by verdict_dates.py; this module reads the two things it says besides,
each only where the header's words name it too (a header naming one field reads no other field from its
cells: a `Sentence` column's `5 years under article 174` gives no articles):
- the articles (the header names an article: `статья`, `ст.`, `article`, `бап`), where no column of the
  sheet (nor its free text, nor a heading) gives any: from an article word (`ст.`, `статья`, `Art.`,
  `-бап`, with the parts written before it: `ч.2 ст.405`) to the end of its clause, cut where the
  punishment begins (`к 5 годам`, `на 3 года`), read by the articles reader; a cell whose articles do not
  read cleanly gives none (the cell's own field reports what it cannot read);
- the court's seat as the city (the header names a court: `судом`, `суд`, `court`, `сот`), where the sheet
  has no city column and the row's city is blank after the address and court columns: the court named in
  the cell, in any case form (`Уральским городским судом`, `судом г. Алматы`, `Специализированным
  межрайонным судом по уголовным делам г. Алматы`, `приговором Есильского районного суда г. Астаны`), read
  by the court reader (court.py): the city of a city or district court, the region only of a regional court.
Cells are read once per distinct value. The manifest counts the cases (`articles_from_verdict`,
`city_from_verdict`: column and cases).
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from .court import names_a_court, parse_court
from .narrative import _articles_of, clauses
from .parse import articles as art
from .parse.blank import is_not_given

# The columns whose cells may hold a whole verdict.
_FIELDS = ("status", "sentence")
# Where the punishment begins after the articles: `к 5 годам`, `к штрафу`, `на 3 года`, `сроком на`.
_PUNISHMENT = re.compile(r"\s(?:к|на|сроком|в виде)\s", re.IGNORECASE)
# A court's name with the words before it in its clause (its adjectives, `приговором`) and after it
# (`г. Алматы`, `города Шымкента`, `Западно-Казахстанской области`); digits and punctuation end it.
_COURT_PHRASE = re.compile(
    r"(?:[А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі\-]+\s+){0,4}"
    r"(?:(?:гор|рай|обл|межрай)?суд\w*|сот\w*|смус|смас|смэс|р/с)"
    r"(?:\s+по\s+(?:[а-яё]+\s+){0,2}делам(?:\s+(?!г\b|гор\b|города\b)[а-яё]+)?)?"  # `... судом по уголовным делам г. Алматы`
    r"(?:\s+(?:№\s*\d+\s+)?(?:г\.|г\s|гор\.|города|по)?\s*[А-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]+(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]*\s*(?:области|обл\.?))?)?",
    re.IGNORECASE)


@lru_cache(maxsize=20_000)
def articles_of_verdict(text: str) -> str | None:
    """The articles a verdict sentence names, as text the articles reader reads cleanly, else None."""
    if is_not_given(text):
        return None
    found = []
    for clause in clauses(text):
        piece, _ = _articles_of(clause)
        if piece:
            cut = _PUNISHMENT.search(piece)
            found.append(piece[:cut.start()] if cut else piece)
    if not found:
        return None
    joined = "; ".join(p.strip(" ,") for p in found)
    parsed = art.parse_articles(joined)
    return joined if parsed.value and parsed.problem is None else None


@lru_cache(maxsize=20_000)
def court_seat_of_verdict(text: str):
    """The place (city, region) of the court a verdict sentence names, else None."""
    if not names_a_court(text):
        return None
    for m in _COURT_PHRASE.finditer(text):
        if not names_a_court(m.group(0)):
            continue
        parsed = parse_court(m.group(0).strip())
        if parsed.value is not None:
            return parsed.value
    return None


# A header's words naming the articles (`по какой статье`, `статья`, `article`, `бабы`): only then does a verdict
# column give the articles besides its own field; the court likewise (`каким судом`: court.names_a_court).
_NAMES_ARTICLES = re.compile(r"стать|(?<!\w)ст(?!\w)|article|(?<!\w)art(?!\w)|(?<!\w)ба[пб]", re.IGNORECASE)


def _names_articles(written: str) -> bool:
    return bool(_NAMES_ARTICLES.search(written))


def _verdict_cells(rows, names) -> list[tuple[str, pd.Series]]:
    """(header as written, cells) of the status and sentence columns whose header `names` the field sought."""
    return [(rows.written(f), rows.text(f)) for f in _FIELDS if rows.text(f) is not None and names(rows.written(f))]


def articles_from_verdicts(rows) -> tuple[pd.Series | None, str | None]:
    """(articles text for each row, the column it came from) where the sheet has no articles column and
    its status or sentence cells name articles; (None, None) otherwise."""
    if rows.text("articles") is not None:
        return None, None
    got, source = None, None
    for written, cells in _verdict_cells(rows, _names_articles):
        codes, distinct = pd.factorize(cells.astype("string"))
        if not len(distinct):
            continue
        found = np.array([articles_of_verdict(str(v)) for v in distinct] + [None], dtype=object)[codes]
        text = pd.Series(found, index=rows.idx, dtype="string")
        if text.notna().any():
            got = text if got is None else got.fillna(text)
            source = source or written
    return got, source


def places_from_verdicts(rows, out: pd.DataFrame) -> dict | None:
    """Fill city and region of the rows with none from the court their verdict cell names; returns
    {column, cases} for the manifest, or None."""
    blank = out["city"].isna() & out["region"].isna()
    if not blank.any():
        return None
    gave_total, source = 0, None
    for written, cells in _verdict_cells(rows, names_a_court):
        open_rows = out["city"].isna() & out["region"].isna()
        if not open_rows.any():
            break
        codes, distinct = pd.factorize(cells.where(open_rows).astype("string"))
        if not len(distinct):
            continue
        seats = [court_seat_of_verdict(str(v)) for v in distinct]
        city = pd.Series(np.array([p.city if p else None for p in seats] + [None], dtype=object)[codes], index=rows.idx, dtype="string")
        region = pd.Series(np.array([p.region if p else None for p in seats] + [None], dtype=object)[codes], index=rows.idx, dtype="string")
        gave = open_rows & (city.notna() | region.notna())
        if gave.any():
            out.loc[gave, "city"] = city[gave]
            out.loc[gave, "region"] = region[gave]
            gave_total += int(gave.sum())
            source = source or written
    return {"column": source, "cases": gave_total} if gave_total else None
