"""A matrix of ticks: a sheet's header and case rows in, the articles its ticked columns give out (one
cell per row, read as the articles column) and its stage columns marked for the stage rule (stage_columns.py).

Some lists give every article and every position of the person a column of its own (`Статья УК РК`
merged over `174 | 179 | 405 ч.1`, `Положение на конец периода` over `СИЗО | дом. арест | освобождён`)
and tick the ones that apply (`+`, `x`, `✓`, `v`, `1`, `да`, `yes`: the yes marks of `vocab/yes_no.csv`).
A column is such a tick column when every filled value of it on the case rows is a yes or a no mark and
one at least is a yes, and its header names
- an article (its own cell read by the article parser as one article: `405 ч.1`, `ст. 174`; a bare number
  `174` only under a group cell that names the articles field, as is one not in `vocab/articles.csv`, then
  said as any cell's, `unknown_article`); or
- a stage (`дом. арест`, `СИЗО`, `освобождён`: read as a status as a yes/no column's header is).
The sheet is a matrix when it has MIN_COLUMNS such columns or more; in a matrix a blank cell is "no", so a
column ticked once is read too. Whatever field the header words gave these columns before (a `+` is neither
an article, a status nor a date), they are read as ticks: the ticked articles are joined in the first
article column, read as the articles (with an articles column of the list's own, added to its cell), and
each ticked stage is given by the stage rule, the latest stage winning across columns (a release after
imprisonment keeps the term). Columns whose values are not all marks are left to the usual rules.
"""
from __future__ import annotations

import pandas as pd

from .content import yes_no
from .headers import HeaderMap, lookup
from .parse import articles
from .parse.text import clean_spaces
from .stage_columns import stage_of_header

MIN_COLUMNS = 2  # tick columns (articles or stages) that make a matrix
_GROUP = " / "  # how a two-row header's group and column cells are written together (headers.py)


def header_article(written: str) -> str | None:
    """The article a tick column's header names (`Статья УК РК / 405 ч.1` -> `405 ч.1`), or None."""
    group, _, own = written.rpartition(_GROUP)
    own = clean_spaces(own)
    parsed = articles.parse_articles(own)
    under = bool(group) and lookup(group) == "articles"  # `Статья УК РК` over the column
    if parsed.problem not in (None, "unknown_article") or not parsed.value or len(parsed.value) != 1:
        return None
    if (parsed.problem is not None or own.isdigit()) and not under:
        return None  # a bare number (a year, a count) or a number of no known article (`Этап 2`) only under `Статья`
    return own


def header_stage(written: str) -> str | None:
    """The stage a tick column's header names (`Положение на конец периода / дом. арест` -> house_arrest)."""
    own = written.rpartition(_GROUP)[2]
    return stage_of_header(own) or (stage_of_header(written) if own != written else None)


def _marks(cells: pd.Series) -> pd.Series | None:
    """Each filled cell's yes (True) or no (False), where every filled cell is a mark and one is a yes; else None."""
    text = cells.dropna().astype(str).str.strip()
    text = text[text != ""]
    if text.empty:
        return None
    read = {v: yes_no(v) for v in pd.unique(text)}
    said = text.map(read)
    if said.isna().any() or not said.any():
        return None
    return said.astype(bool)


def tick_columns(header: HeaderMap, cases: pd.DataFrame) -> dict[int, tuple[str, str, str]]:
    """The tick columns of a matrix: column -> (header as written, "articles" or "status", the article or stage);
    empty where the sheet is no matrix."""
    written = {**header.written, **header.unmapped_written, **header.ignored_written}
    found = {}
    for c, w in sorted(written.items()):
        if c not in cases.columns or header.fields.get(c) == "dvk_koshe" or c in header.spans or c in header.option_names:
            continue
        article = header_article(w)
        said = None if article else header_stage(w)
        if (article or said) and _marks(cases[c]) is not None:
            found[c] = (w, "articles", article) if article else (w, "status", said)
    return found if len(found) >= MIN_COLUMNS else {}


def _take_off(header: HeaderMap, c: int, w: str) -> None:
    """The column is read as ticks: no field, not unmapped, not ignored (its count of values stays in the manifest)."""
    header.fields.pop(c, None)
    header.how.pop(c, None)
    header.profiles.pop(c, None)
    header.unmapped_written.pop(c, None)
    header.ignored_written.pop(c, None)
    header.written[c] = w
    for listed in (header.unmapped, header.ignored, header.guessed, header.by_content):
        while w in listed:
            listed.remove(w)


def read_ticks(block: pd.DataFrame, header: HeaderMap, cases: pd.DataFrame, info: dict) -> pd.DataFrame:
    """The block with the ticked articles joined in one articles cell per row, and the header with the
    matrix's stage columns marked (`header.ticked`); `info` (the sheet's manifest) names the tick columns."""
    found = tick_columns(header, cases)
    if not found:
        return block
    for c, (w, _, _) in found.items():
        _take_off(header, c, w)
    named = {c: value for c, (_, kind, value) in found.items() if kind == "articles"}
    header.ticked.update({c: value for c, (_, kind, value) in found.items() if kind == "status"})
    if named:
        block = block.copy()
        own = header.column_of("articles")
        joined = pd.Series("", index=block.index, dtype="string")
        if own is not None:
            joined = block[own].astype("string").fillna("")
        for c, value in named.items():
            cells = block[c].astype("string").str.strip()
            ticked = cells.map({v: yes_no(v) is True for v in pd.unique(cells.dropna())}).eq(True).fillna(False)
            joined = joined.where(~ticked.astype(bool), joined + "; " + value)
        joined = joined.str.strip().str.strip(";").str.strip()
        target = own if own is not None else min(named)
        block[target] = joined.where(joined != "").astype("string")
        header.fields[target] = "articles"
        header.how[target] = header.how.get(target, "ticks")
        header.fields = dict(sorted(header.fields.items()))
    info["tick_columns"] = {w: f"{kind} {value}" for w, kind, value in found.values()}
    ticks = {w: kind for w, kind, _ in found.values()}  # the stage columns are listed as stage_columns (stage.py)
    info["columns"] = {**{w: f for w, f in info["columns"].items() if w not in ticks},
                       **{w: kind for w, kind in ticks.items() if kind == "articles"}}
    info["mapped_by"] = {**{w: h for w, h in info["mapped_by"].items() if w not in ticks},
                         **{w: "ticks" for w in info["columns"] if w in ticks}}
    info["guessed_columns"], info["content_columns"], info["ignored_columns"] = header.guessed, header.by_content, header.ignored
    return block
