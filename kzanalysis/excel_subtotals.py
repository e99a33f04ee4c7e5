"""The rows Excel's Data > Subtotal writes into a list: a data block in, its subtotal rows marked out.

Subtotal sorts nothing itself: on a list sorted by a column (the city), after each group's last row it
inserts a row whose cell in that column names the group and the function (`Almaty Count`, `Алматы
Итог`, `Ақтөбе саны`), a count or sum (a SUBTOTAL formula's value) in the column counted, and at the end
one row for all the groups (`Grand Count`, `Общий итог`). The words are `vocab/subtotal_words.csv`.

A row is such a subtotal row when one of its cells is
- a group's label and a subtotal word, the label being the value of the same column on the nearest row
  above that fills it (the group's last row: `Almaty` above `Almaty Count`), or
- a grand total's words alone,
and every other filled cell of the row is a number (the count or sum, or nothing where the formula was
saved without its value). Such rows are not cases: they are dropped as totals rows. Rows that Excel's
outline hides (a collapsed group) are read as any other row.

Most sheets hold no subtotal word at the end of any cell: each distinct text of a column is looked at once, by
a regex, and only the few rows that hold one are looked at closer.
"""
from __future__ import annotations

import re
from functools import cache

import numpy as np
import pandas as pd

from .config import VOCAB_DIR
from .parse.text import match_key, match_keys

REASON = "a totals row"
_NUMBER = re.compile(r"\s*\d+(?:[.,]\d+)?\s*")


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the words after a group's label, the words of a grand total), as match keys, longest first."""
    table = pd.read_csv(VOCAB_DIR / "subtotal_words.csv", dtype=str, keep_default_na=False)
    keys = [match_key(w) for w in table["word"]]
    after = tuple(sorted({k for k, kind in zip(keys, table["kind"]) if kind == "after_label" and k}, key=len, reverse=True))
    grand = tuple(sorted({k for k, kind in zip(keys, table["kind"]) if kind == "grand" and k}, key=len, reverse=True))
    return after, grand


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a loose case-blind regex for a whole column, telling the cells worth a look; the exact one, on match keys)."""
    after, grand = _words()
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in (*after, *grand))
    loose = re.compile(rf"(?i)(?:^|\s)(?:{words})\W*$")
    # a grand total first: `grand count` is no group `grand` counted
    exact = re.compile(rf"^(?:(?P<grand>{'|'.join(map(re.escape, grand))})|(?P<label>.+?) (?:{'|'.join(map(re.escape, after))}))$")
    return loose, exact


def _labels(texts: list[str]) -> list[tuple[str | None, bool]]:
    """For each text: (the group label it closes, or None; whether it is a grand total's words)."""
    exact = _patterns()[1]
    out = []
    for key in match_keys(texts):
        m = exact.match(key)
        out.append((None, False) if m is None else (m.group("label"), m.group("grand") is not None))
    return out


def subtotal_rows(block: pd.DataFrame) -> pd.Series:
    """True on the rows Excel's Subtotal wrote (see the module docstring)."""
    found = pd.Series(False, index=block.index)
    if block.empty:
        return found
    loose = _patterns()[0]
    labelled = np.zeros(len(block), dtype=bool)
    for c in block.columns:
        col = block[c]
        if not isinstance(col.dtype, pd.StringDtype):
            col = col.astype("string")
        # each distinct text looked at once (a column of names holds many, one of cities few), by Python's `re` as
        # pandas' str.contains would (its pattern's `\s` keeps pandas off Arrow's regex), and mapped back to the rows
        codes, distinct = pd.factorize(col)
        seen = np.fromiter((loose.search(v) is not None for v in distinct), dtype=bool, count=len(distinct))
        hit = np.append(seen, False)[codes]  # a missing cell (code -1) is no hit
        if not hit.any():
            continue
        distinct = pd.unique(col[hit])
        read = dict(zip(distinct, _labels([str(v) for v in distinct])))
        # the value of the column on the nearest row above that fills it, the subtotal rows left aside
        above = col.mask(pd.Series(hit, index=col.index)).ffill().shift(1)
        for pos in np.flatnonzero(hit):
            label, grand = read[col.iloc[pos]]
            prev = above.iloc[pos]
            if grand or (label is not None and prev is not pd.NA and pd.notna(prev) and match_key(str(prev)) == label):
                labelled[pos] = True
    if not labelled.any():
        return found
    rows = block.loc[labelled]
    filled = rows.notna()
    words = rows.apply(lambda col: ~col.astype("string").str.fullmatch(_NUMBER).fillna(False)) & filled
    # the subtotal's own cell is the one text: every other filled cell a number
    found.loc[rows.index] = (words.sum(axis=1) == 1).to_numpy()
    return found
