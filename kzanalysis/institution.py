"""Where a person is held, as evidence of a prison term: a sheet's case rows in, the status of a bare term out.

A list may give the institution a person is held in (`Учреждение`, `Место отбывания`, `Place of
detention`: `ЕЦ-166/11, г. Семей`, `ИК-161`, `колония в Заречном`, `penal colony`) and the term of the
sentence with no kind of punishment (`5 лет`, `3 г. 6 мес.`: a prison-visit log writes the kind
nowhere, since everyone in it serves a prison term). Restricted freedom and a suspended sentence are
served at liberty; a person held in a colony serving a term is imprisoned. So:
- the institution column is any column not mapped to a field (unmapped, or ignored as a place of
  detention) whose values nearly all (`content.CLEAR`) name a penal institution, whatever its
  header (`vocab/institutions.csv`: colonies, prisons, the codes of the penal system's institutions,
  and pre-trial detention centres);
- a row whose status and sentence cells give a term and no kind (and no status cell left unread,
  a date in the status cell aside: a date names no kind), and whose institution names a place
  where sentences are served (kind `colony`, no pre-trial centre named in the cell: a term beside
  `СИЗО` may be the term of detention), is `imprisoned`.
A bare term anywhere else keeps its `unknown` status: the press's "условно" can mean restricted
freedom, and a term alone does not say which. The manifest counts the cases (`status_from_institution`).
"""
from __future__ import annotations

import csv
import re
from functools import cache

import pandas as pd

from .config import VOCAB_DIR
from .content import unassigned_column_where
from .parse import dates
from .parse.text import clean_spaces
from .values import Rows, parse_values

INSTITUTIONS_FILE = VOCAB_DIR / "institutions.csv"
KINDS = ("colony", "pretrial")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """One regex per kind, from vocab/institutions.csv (matched on the casefolded cell)."""
    with INSTITUTIONS_FILE.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["pattern"].strip()]
    return {kind: re.compile("|".join(f"(?:{r['pattern'].strip()})" for r in rows if r["kind"].strip() == kind))
            for kind in KINDS}


def _key(value: str) -> str:
    return clean_spaces(str(value)).casefold().replace("ё", "е")


def institution_kind(value: str) -> str | None:
    """`pretrial` where the cell names a pre-trial detention centre, else `colony` where it names a place
    where sentences are served, else None."""
    key = _key(value)
    patterns = _patterns()
    if patterns["pretrial"].search(key):
        return "pretrial"
    if patterns["colony"].search(key):
        return "colony"
    return None


def institution_column(header, block: pd.DataFrame) -> tuple[int, str] | None:
    """(position, header as written) of the column whose values nearly all name a penal institution,
    among the columns no field was given to; None where there is none."""
    return unassigned_column_where(header, block, lambda v: institution_kind(v) is not None)


def imprisoned_by_institution(rows: Rows, out: pd.DataFrame) -> dict | None:
    """Set `out["status"]` to imprisoned where a bare term sits beside a colony (see the module
    docstring); returns {column, cases} for the manifest where it did."""
    bare = out["status"].isna() & out["sentence_months"].notna()
    if not bare.any():
        return None
    found = institution_column(rows.header, rows.block)
    if found is None:
        return None
    c, written = found
    cells = rows.block[c].where(bare)
    kinds = cells.dropna().astype(str)
    colony = (kinds.map({v: institution_kind(v) == "colony" for v in pd.unique(kinds)}).astype(bool)  # bool, also when empty
              .reindex(rows.idx, fill_value=False))
    status_text = rows.text("status")
    if status_text is not None:
        # A status cell left unread may hold the kind; a date there (the term's end) names none.
        unread = rows.with_problems("status")
        text = status_text.where(unread & bare & colony)
        if text.notna().any():
            read = parse_values(text, dates.parse_date, lambda v: {"date": v.date})
            dated = (read["date"].notna() & read["problem"].isna()) if "date" in read else pd.Series(False, index=rows.idx)
            colony = colony & (~unread | dated.astype(bool))
    give = bare & colony.astype(bool)
    if not give.any():
        return None
    out.loc[give, "status"] = "imprisoned"
    return {"column": written, "cases": int(give.sum())}
