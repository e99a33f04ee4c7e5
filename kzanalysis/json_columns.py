"""A table flattened from a JSON export (`person.name_ru`, `case.charges.0.article`, `meta.created_at`):
a sheet in, the same sheet out with each list of charges joined into one cell, and the readings of a
dotted header to try when naming its column.

- A sheet is such an export when at least JSON_MIN_DOTTED cells of its first filled row, and most of
  them, are dotted paths (`word.word`, no spaces).
- Charges split over numbered columns (`case.charges.0.code | .0.article | .0.part | .1.code ...`):
  each number is one charge, written back as `ст. 405 ч. 2 УК РК` (the code column says which code:
  `CC`/`УК`/criminal, or `CAO`/`КоАП`/administrative, whose articles are no criminal charge), and the
  charges of a row are joined by `; ` in one column headed by the path before the number
  (`case.charges`), in the place of the first of them.
- `readings(header)`: the last part of the path, then the last two, ... with `_` read as a space
  (`person.birth_date` -> `birth date`, `case.sentence.term_months` -> `term months`, `sentence term
  months`; `location.region` -> `region`): the header is named by the first reading that names a field,
  so `region` is the region even where its values are towns (`г. Алматы`), and `meta.created_at` is the
  record's timestamp, never a date of the case.
"""
from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pandas as pd

from .parse.blank import is_not_given
from .read import RawSheet

JSON_MIN_DOTTED = 3
_PATH = re.compile(r"[A-Za-z_][\w-]*(?:\.[\w-]+)+")
_NUMBERED = re.compile(r"(?P<base>[A-Za-z_][\w.-]*?)\.(?P<n>\d+)\.(?P<leaf>[\w-]+)")
_LEAF = {
    "code": re.compile(r"code|codex|kodeks|law|act|кодекс", re.IGNORECASE),
    "article": re.compile(r"article|art|statya|number|no|num|статья", re.IGNORECASE),
    "part": re.compile(r"part|chast|paragraph|para|часть", re.IGNORECASE),
}
_CRIMINAL = re.compile(r"cc|uk|ук|ук рк|criminal|crim|criminal code", re.IGNORECASE)
_ADMINISTRATIVE = re.compile(r"cao|coao|ao|koap|коап|коап рк|ак|administrative|admin", re.IGNORECASE)


def is_json_export(cells: list[object]) -> bool:
    filled = [str(v).strip() for v in cells if v is not None and str(v).strip()]
    dotted = sum(bool(_PATH.fullmatch(v)) for v in filled)
    return dotted >= JSON_MIN_DOTTED and dotted * 2 > len(filled)


def readings(header: object) -> list[str]:
    """The readings of a dotted header, shortest first (see the module docstring); none for another header."""
    text = str(header).strip()
    if not _PATH.fullmatch(text):
        return []
    parts = [p for p in text.split(".") if not p.isdigit()]
    if any(len(p) < 2 for p in parts):
        return []  # `D.O.B`, `a.b.`: initials, not a path
    return [" ".join(parts[i:]).replace("_", " ").strip() for i in range(len(parts) - 1, -1, -1)]


def _code_word(code: str) -> str:
    if _CRIMINAL.fullmatch(code):
        return "УК РК"
    if _ADMINISTRATIVE.fullmatch(code):
        return "КоАП РК"
    return code


def _charge(code: pd.Series | None, article: pd.Series, part: pd.Series | None) -> pd.Series:
    """`ст. 405 ч. 2 УК РК` for each row with an article (NA where none is given)."""
    def given(s: pd.Series | None) -> pd.Series | None:
        if s is None:
            return None
        s = s.astype("string").str.strip()
        distinct = pd.unique(s.dropna())
        blank = {v: is_not_given(v) or not v for v in distinct}
        return s.mask(s.map(blank).fillna(True).astype(bool))

    article, part, code = given(article), given(part), given(code)
    text = "ст. " + article
    if part is not None:
        text = text + (" ч. " + part).fillna("")
    if code is not None:
        words = {v: _code_word(v) for v in pd.unique(code.dropna())}
        text = text + (" " + code.map(words)).fillna("")
    return text.where(article.notna())


def join_charges(sheet: RawSheet) -> RawSheet:
    """The sheet with numbered charge columns joined into one (see the module docstring); the sheet as
    it is where it is no JSON export or has no such columns."""
    cells = sheet.cells
    filled = cells.notna().any(axis=1).to_numpy()
    if not filled.any():
        return sheet
    r = int(np.argmax(filled))
    top = cells.iloc[r].tolist()
    if not is_json_export([None if pd.isna(v) else v for v in top]):
        return sheet
    groups: dict[str, dict[str, dict[str, int]]] = {}  # base -> number -> role -> column
    for c, v in enumerate(top):
        m = _NUMBERED.fullmatch(str(v).strip()) if not pd.isna(v) else None
        if not m:
            continue
        role = next((k for k, p in _LEAF.items() if p.fullmatch(m.group("leaf"))), None)
        if role is not None:
            groups.setdefault(m.group("base"), {}).setdefault(m.group("n"), {})[role] = c
    groups = {b: ns for b, ns in groups.items() if all("article" in roles for roles in ns.values())}
    if not groups:
        return sheet
    out = cells.copy()
    below = cells.iloc[r + 1:]
    drop = []
    for base, numbered in groups.items():
        charges = [_charge(below[roles["code"]] if "code" in roles else None, below[roles["article"]],
                           below[roles["part"]] if "part" in roles else None)
                   for _, roles in sorted(numbered.items(), key=lambda nr: int(nr[0]))]
        text = charges[0]
        for charge in charges[1:]:  # a charge per number: `a; b`, or the one given
            text = (text + "; " + charge).fillna(text).fillna(charge)
        columns = sorted(c for roles in numbered.values() for c in roles.values())
        first = columns[0]
        column = out[out.columns[first]].copy()
        column.iloc[r + 1:] = text.to_numpy()
        column.iloc[r] = base
        out[out.columns[first]] = column
        drop += columns[1:]
    out = out.drop(columns=out.columns[drop]).set_axis(range(out.shape[1] - len(drop)), axis=1)
    return replace(sheet, cells=out)
