"""A note that the measure before the verdict changed since: the new measure is the status.

A list's status cell often keeps the measure first chosen (`под стражей`, `pre-trial detention`) while its
comments column tells, later and usually dated, that the measure changed (`UPD 17.10.2023: мера изменена на
домашний арест`, `с 16.04.2023 переведён под домашний арест`, `moved to house arrest 1 May 2023`). The
latest stage wins: where the row's status is a measure before a verdict (custody, house arrest, an
investigation), unknown or not given, a note whose last clause naming a stage names a measure before a
verdict with a word of change of `vocab/measure_change_words.csv` (kind `change`: `изменена на`, `переведён
под`, `moved to`, `changed to`, `ауыстырылды`) gives that measure. A clause with a word of kind `refused`
(`ходатайство ... отклонено`, `request denied`, `просит`) states no change. A verdict is never changed so.

A comment may open with an update label (`UPD:`, `UPD 17.10.2023:`, `UPDATE:`, `Обновление:`:
`vocab/update_labels.csv`): the label and its date are no part of what the note states, so they are left
out before the note is read here and by the release rule (stage.py).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

import pandas as pd

from .config import VOCAB_DIR
from .note_status import PRESENT_MEASURES, last_measure_clause
from .parse.text import match_key
from .values import Rows


@cache
def _label() -> re.Pattern[str]:
    table = pd.read_csv(VOCAB_DIR / "update_labels.csv", dtype=str, keep_default_na=False)
    words = sorted({w.strip().casefold() for w in table["label"] if w.strip()}, key=len, reverse=True)
    return re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in words) + r")(?![^\W\d_])\.?[^:\n]{0,30}?(?::|\s[-–—]\s)\s*",
                      re.IGNORECASE)


@lru_cache(maxsize=10_000)
def without_label(note: str) -> str:
    """The note without an update label opening it (`UPD 17.10.2023: мера изменена` -> `мера изменена`)."""
    text = str(note)
    m = _label().match(text)
    return text[m.end():] if m and m.end() < len(text) else text


@cache
def _words() -> dict[str, re.Pattern[str]]:
    table = pd.read_csv(VOCAB_DIR / "measure_change_words.csv", dtype=str, keep_default_na=False)
    out = {}
    for kind, part in table.groupby("kind"):
        # a trailing `*` is any ending (`изменен*`: изменена, изменено)
        words = sorted({re.escape(match_key(w.rstrip("*"))) + (r"\w*" if w.strip().endswith("*") else "")
                        for w in part["words"] if match_key(w)}, key=len, reverse=True)
        out[kind] = re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)")
    return out


@lru_cache(maxsize=10_000)
def changed_measure(note: str) -> str | None:
    """The measure a note says the measure before the verdict was changed to, or None."""
    stated = last_measure_clause(without_label(note))
    if stated is None:
        return None
    key = match_key(stated[0])
    words = _words()
    if not words["change"].search(key) or words["refused"].search(key):
        return None
    return stated[1]


def status_from_change(rows: Rows, out: pd.DataFrame) -> int:
    """Set `out["status"]` to the measure a note says it changed to (see the module docstring); returns how
    many cases it changed."""
    notes = rows.text("notes")
    if notes is None:
        return 0
    now = out["status"].astype("string")
    open_ = now.isna() | now.eq("unknown").fillna(False) | now.isin(PRESENT_MEASURES).fillna(False)
    told = notes.where(open_).dropna()
    if told.empty:
        return 0
    said = {v: changed_measure(v) for v in pd.unique(told)}
    given = told.map(said).dropna()
    given = given[given.ne(now.reindex(given.index)).fillna(True)]
    if given.empty:
        return 0
    out.loc[given.index, "status"] = given.astype(out["status"].dtype)
    return len(given)
