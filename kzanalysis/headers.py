"""Finding the header of a sheet and naming its columns.

In: a `RawSheet` (cells as text) and the column overrides of sources.toml.
Out: a `HeaderMap`: which rows are the header (one row, or two with merged
group cells above), which field each column holds (through the alias table
`vocab/headers.csv`), the headers as written, and the columns left unmapped.
A name split over columns maps to `name` (the surname), `first_name` and
`patronymic`; columns.py joins them. `Имя` or `Аты` alone is the name. Columns
under one header cell merged over them, without a header of their own, are
`spans` of the first (`Статья УК РК` over `ст. 405 | ч. 2`); columns.py joins them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import pandas as pd

from .config import VOCAB_DIR, VocabularyError
from .parse.text import clean_spaces, match_key
from .read import RawSheet

FIELDS = (
    "row_number", "name", "first_name", "patronymic", "birth_year", "city", "region", "articles", "status", "sentence",
    "detained_on", "charged_on", "sentenced_on", "released_on", "affiliation", "dvk_koshe", "notes",
)
# A header row must name a person or a charge and one more field.
CORE_FIELDS = {"name", "articles", "city", "status"}
SCAN_ROWS = 40
# A name split over columns (`Surname | First name`, `Фамилия | Имя | Отчество`): columns.py
# joins the parts into `name` in this order. A first name with no surname column is the name.
NAME_PARTS = ("name", "first_name", "patronymic")
# Status and sentence columns are both read with the measure parser (cases.parse_cases).
MEASURE_PARTNER = {"sentence": "status", "status": "sentence"}


@dataclass
class HeaderMap:
    header_rows: list[int]  # positions in sheet.cells
    fields: dict[int, str] = field(default_factory=dict)  # column position -> field
    written: dict[int, str] = field(default_factory=dict)  # column position -> header as written
    unmapped: list[str] = field(default_factory=list)
    guessed: list[str] = field(default_factory=list)  # headers named by a keyword pattern, not an alias
    # column position -> match keys of its header cells, to tell a header repeated down a printed list
    cell_keys: dict[int, frozenset[str]] = field(default_factory=dict)
    # column position -> the columns to its right under the same merged header cell, with no
    # header of their own (`Статья УК РК` merged over `ст. 405 | ч. 2`): columns.py reads them as one
    spans: dict[int, list[int]] = field(default_factory=dict)

    @property
    def first_data_row(self) -> int:
        return self.header_rows[-1] + 1

    def column_of(self, name: str) -> int | None:
        return next((c for c, f in self.fields.items() if f == name), None)


@cache
def header_aliases() -> dict[str, str]:
    table = pd.read_csv(VOCAB_DIR / "headers.csv", dtype=str, keep_default_na=False)
    unknown = set(table["field"]) - set(FIELDS)
    if unknown:
        raise VocabularyError(f"kzanalysis/vocab/headers.csv names unknown fields: {sorted(unknown)}")
    return {_key(a): f for a, f in zip(table["alias"], table["field"])}


_FOOTNOTE_MARK = re.compile(r"[*¹²³]+$|^\d+[.)]\s*")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


@cache
def _key(text: str) -> str:
    return match_key(_FOOTNOTE_MARK.sub("", clean_spaces(text)))


@cache
def header_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Ordered (field, pattern) pairs of vocab/header_patterns.csv: the fallback for headers no alias names."""
    table = pd.read_csv(VOCAB_DIR / "header_patterns.csv", dtype={"order": int, "field": str, "pattern": str}, keep_default_na=False)
    unknown = set(table["field"]) - set(FIELDS) - {"ignore"}
    if unknown:
        raise VocabularyError(f"kzanalysis/vocab/header_patterns.csv names unknown fields: {sorted(unknown)}")
    table = table.sort_values("order", kind="stable")
    return tuple((f, re.compile(p)) for f, p in zip(table["field"], table["pattern"]))


def guess_field(text: object) -> str | None:
    """The field whose keyword pattern a header matches first ("ignore" for columns we do not read), or None."""
    if text is None or text is pd.NA or not str(text).strip():
        return None
    key = _key(str(text))
    return next((f for f, pattern in header_patterns() if pattern.search(key)), None)


def lookup(text: object, overrides: dict[str, str] | None = None) -> str | None:
    """The field a header names through the alias table (or sources.toml), or None."""
    if text is None or text is pd.NA or not str(text).strip():
        return None
    key = _key(str(text))
    if overrides and key in overrides:
        return overrides[key]
    aliases = header_aliases()
    if key in aliases:
        return aliases[key]
    bare = match_key(_BRACKETS.sub(" ", clean_spaces(str(text))))
    return aliases.get(bare)


def _head_rows(cells: pd.DataFrame) -> list[list[object]]:
    """The first rows of the sheet as lists of str or None, read once per sheet."""
    head = cells.iloc[: SCAN_ROWS + 2].astype(object)
    return head.where(head.notna(), None).to_numpy().tolist()


def _score(fields: list[str | None]) -> int:
    named = {f for f in fields if f and f != "row_number"}
    return len(named) if named & CORE_FIELDS and len(named) >= 2 else 0


def _groups(top: list[object], sub: list[object], merged: list[tuple[int, int, int, int]], r: int) -> list[object]:
    """The group label above each column: merged ranges of row r spread their label over their columns."""
    label = list(top)
    spread = False
    for r0, c0, r1, c1 in merged:
        if r0 == r and r1 == r and c1 > c0:
            spread = True
            for c in range(c0, min(c1, len(label) - 1) + 1):
                label[c] = top[c0]
    if not spread:  # no merge information: a blank top cell over a sub-header belongs to the label on its left
        for c in range(1, len(label)):
            if label[c] is None and sub[c] is not None and label[c - 1] is not None and sub[c - 1] is not None:
                label[c] = label[c - 1]
    return label


def find_header(sheet: RawSheet, overrides: dict[str, str] | None = None) -> HeaderMap | None:
    """The header of the sheet, or None when no row in the first rows names enough fields."""
    cells = sheet.cells
    rows = _head_rows(cells)
    overrides = {_key(k): v for k, v in (overrides or {}).items()}
    best, best_score = None, 0
    for r in range(min(SCAN_ROWS, len(cells))):
        score = _score([lookup(v, overrides) for v in rows[r]])
        if score > best_score:
            best, best_score = r, score
    if best is None:
        return None
    # The sub-header row of a two-row header can name more fields than the group row
    # above it (`Даты` over four dates); the header then starts on the row above.
    if best > 0 and _score([lookup(v, overrides) for v in rows[best - 1]]):
        above = rows[best - 1]
        if _is_sub_header(above, rows[best], _groups(above, rows[best], sheet.merged, best - 1), overrides):
            best -= 1
    top = rows[best]
    header = HeaderMap(header_rows=[best])
    sub = rows[best + 1] if best + 1 < len(rows) else [None] * len(top)
    groups = _groups(top, sub, sheet.merged, best)
    if _is_sub_header(top, sub, groups, overrides):
        header.header_rows.append(best + 1)
    else:
        sub = [None] * len(top)
    for c in range(len(top)):
        keys = frozenset(k for k in (match_key(str(v)) for v in (top[c], sub[c], groups[c]) if v is not None) if k)
        if keys:
            header.cell_keys[c] = keys
    candidates: dict[int, tuple[str, list[str]]] = {}  # column -> (header as written, texts to try)
    for c in range(len(top)):
        group, below = groups[c], sub[c]
        if below is not None:
            written = f"{clean_spaces(group)} / {clean_spaces(below)}" if group else clean_spaces(below)
            candidates[c] = (written, [written, f"{group} {below}" if group else below, below])
        elif top[c] is not None:
            candidates[c] = (clean_spaces(top[c]), [top[c]])
    # Exact aliases first, for every column; then keyword patterns for the columns left, only
    # for fields no column has taken, so an alias always wins over a guess.
    clashes = {}
    for c, (written, texts) in candidates.items():
        name = next((f for f in (lookup(t, overrides) for t in texts) if f), None)
        if name and name not in header.fields.values():
            header.fields[c], header.written[c] = name, written
        elif name in MEASURE_PARTNER:
            clashes[c] = name
    # `Приговор` and `Срок наказания` both name the sentence: the status and the term are read
    # from both columns alike (the measure parser gives either or both), so the second takes
    # the partner field when no column names it.
    for c, name in clashes.items():
        if MEASURE_PARTNER[name] not in header.fields.values():
            header.fields[c], header.written[c] = MEASURE_PARTNER[name], candidates[c][0]
    for c, (written, texts) in candidates.items():
        if c in header.fields:
            continue
        name = next((f for f in (guess_field(t) for t in texts) if f), None)
        if name and name != "ignore" and name not in header.fields.values():
            header.fields[c], header.written[c] = name, written
            header.guessed.append(written)
        else:
            header.unmapped.append(written)
    # A header cell merged over several columns, the ones to its right without a header of their
    # own: their values continue the field of the merged cell (article number | part).
    for r0, c0, r1, c1 in sheet.merged:
        if c1 > c0 and c0 in header.fields and any(r0 <= r <= r1 for r in header.header_rows):
            extra = [c for c in range(c0 + 1, c1 + 1) if c < len(top) and c not in candidates]
            if extra:
                header.spans[c0] = extra
    if "name" not in header.fields.values():
        # `Имя` or `Аты` alone names the person (a list with one name column).
        for c, f in list(header.fields.items()):
            if f == "first_name":
                header.fields[c] = "name"
    header.fields = dict(sorted(header.fields.items()))
    return header


def _is_sub_header(top: list[object], sub: list[object], groups: list[object], overrides: dict[str, str]) -> bool:
    filled = [c for c, v in enumerate(sub) if v is not None]
    if not filled:
        return False
    mapped = 0
    for c in filled:
        if top[c] is not None and lookup(top[c], overrides) not in (None,) and groups[c] == top[c] and not _spans(groups, c):
            return False  # a value under a complete header of its own: that is data, not a sub-header
        if lookup(sub[c], overrides) or (groups[c] and lookup(f"{groups[c]} {sub[c]}", overrides)):
            mapped += 1
    return mapped >= 1


def _spans(groups: list[object], c: int) -> bool:
    return (c > 0 and groups[c - 1] == groups[c]) or (c + 1 < len(groups) and groups[c + 1] == groups[c])
