"""A petition changes the status only when the court granted it: a petition and the court's decision, read together.

A lawyers' monitoring of petitions after the verdict (parole, `УДО`; the unserved term replaced by a milder
punishment, `замена на ОС`) writes the kind of petition in one column and the court's decision in another
(`Решение суда`: `удовлетворено`, `отказано`, `отложено до 15.07.2024`, or a history of decisions,
`отказано 14.02.2023; удовлетворено 10.11.2023`). The kind alone reads as the outcome asked for (released,
restricted freedom); it is the case's status only where the latest decision of the row's cell grants it.
Where the petition was refused, postponed or is still pending, the status stays the verdict's: the kind's
cell is not read as a status (the sentence column then gives it), and where no other cell gives a status
the person is imprisoned (a petition for parole or for a milder punishment is made from a colony).

The decision column is known by its values, whatever its header: a column no field was given to whose
values nearly all (`content.CLEAR`) name a court's decision (`vocab/petition_decisions.csv`). The decision
of a cell is the one written last (in a history the decisions come in order). The manifest names the column
and counts the petitions not granted (`petition_decisions`). Each distinct cell is read once; a sheet with
no such column costs one look at its unmapped columns.
"""
from __future__ import annotations

import csv
import re
from functools import cache, lru_cache

import pandas as pd

from . import content
from .config import VOCAB_DIR
from .parse import status
from .parse.text import match_key
from .replacement import replaced_by
from .values import Rows


@cache
def _decisions() -> tuple[tuple[str, re.Pattern[str]], ...]:
    with (VOCAB_DIR / "petition_decisions.csv").open(encoding="utf-8", newline="") as f:
        rows = [(r["decision"].strip(), r["pattern"].strip()) for r in csv.DictReader(f) if r["pattern"].strip()]
    return tuple((d, re.compile(rf"(?<!\w)(?:{p})(?!\w)")) for d, p in rows if d not in ("petition", "appeal"))


@cache
def _appeal_words() -> re.Pattern[str]:
    with (VOCAB_DIR / "petition_decisions.csv").open(encoding="utf-8", newline="") as f:
        pats = [r["pattern"].strip() for r in csv.DictReader(f) if r["decision"].strip() == "appeal"]
    return re.compile("|".join(f"(?<!\\w)(?:{p})(?!\\w)" for p in pats))


@cache
def _petition_words() -> re.Pattern[str]:
    with (VOCAB_DIR / "petition_decisions.csv").open(encoding="utf-8", newline="") as f:
        pats = [r["pattern"].strip() for r in csv.DictReader(f) if r["decision"].strip() == "petition"]
    return re.compile("|".join(f"(?<!\\w)(?:{p})(?!\\w)" for p in pats))


def asks_for(text: str) -> bool:
    """The text names a petition (`Ходатайства об УДО`, `petitions for parole`): the outcome it names is asked for,
    not given, so a section heading of such petitions is no heading of released people (sections.py)."""
    return bool(_petition_words().search(match_key(text)))


@lru_cache(maxsize=20_000)
def decision(text: str) -> str | None:
    """The latest decision a cell names (granted, refused, pending), else None: of the phrases found, longest
    first where they overlap, the one written last."""
    key = match_key(text)
    if _appeal_words().search(key):  # an appeal's outcome (appeal.py), not a petition's
        return None
    found = [(m.start(), m.end(), d) for d, pattern in _decisions() for m in pattern.finditer(key)]
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    taken: list[tuple[int, int, str]] = []
    for start, end, d in found:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, d))
    return max(taken)[2] if taken else None


def _asks(text: str) -> bool:
    """The cell names what a petition after the verdict asks for: a release (`УДО`, `parole`) or the unserved
    term replaced by a milder punishment (`замена на ОС`: replacement.py); a verdict (`условно`) is no petition."""
    read = status.parse_measure(text).value
    return (read is not None and read.status == "released") or replaced_by(text) is not None


def _decision_column(rows: Rows) -> tuple[int, str] | None:
    """(position, header) of the first column no field was given to (unmapped or ignored: `Court's ruling` is a
    court's column) whose sampled distinct values (content.py) nearly all name a decision."""
    header = rows.header
    for c, written in sorted({**header.unmapped_written, **header.ignored_written}.items()):
        profile = header.profiles.get(c) if c in header.unmapped_written else (
            content.profile(rows.block[c]) if c in rows.block.columns else None)
        if (c in rows.block.columns and profile is not None and profile.values >= content.MIN_VALUES and profile.distinct
                and sum(decision(v) is not None for v in profile.distinct) / len(profile.distinct) >= content.CLEAR):
            return c, written
    return None


def apply_decisions(rows: Rows, further: dict[int, str], info: dict | None = None) -> pd.Series | None:
    """Where a decision column is found: blank (in `rows.block`, a copy) the status cells, and the further status
    cells, whose petition was not granted; returns the rows not granted (to be imprisoned where nothing else gives
    a status), else None."""
    header = rows.header
    st = header.column_of("status")
    if st is None and not further:
        return None
    found = _decision_column(rows)
    if found is None:
        return None
    c, written = found
    further.pop(c, None)  # the decision is read here, not as a status of its own
    cells = rows.block[c].astype("string")
    given = {v: decision(v) for v in pd.unique(cells.dropna())}
    said = cells.map(given).astype("string")
    not_granted = said.notna() & said.ne("granted").fillna(False)
    not_granted = not_granted.astype(bool)
    block = rows.block.copy()
    for col in [*([st] if st is not None else []), *further]:
        if col not in block.columns:
            continue
        text = block[col].astype("string")
        asks = {v: _asks(v) for v in pd.unique(text.dropna())}
        blank = not_granted & text.map(asks).fillna(False).astype(bool)
        if blank.any():
            block[col] = block[col].mask(blank)
    rows.block = block
    header.unmapped_written.pop(c, None)
    header.profiles.pop(c, None)
    if written in header.unmapped:
        header.unmapped.remove(written)
    header.ignored_written[c] = written
    if written not in header.ignored:
        header.ignored.append(written)
    if info is not None:
        info["petition_decisions"] = {"column": written, "not_granted": int(not_granted.sum())}
    return not_granted
