"""Whether a grounds-for-release cell says the person was released, read by what the cell and its header say.

A column of the grounds for release (`Основание освобождения`, `Grounds for release`) says the person
is free wherever it is filled (stage.py). An amnesty column (`Амнистия`, `Amnesty`, `Рақымшылық`,
mapped to the same field by `vocab/header_patterns.csv`) says more and less: an amnesty may free a
person or only shorten the term, and many cells say it was not applied. So
- a cell that names a release releases (`освобождён`, `released`, `босатылды`), unless it denies it (`не
  освобождён`); one that names none and says no (`не применена`, `не применяется`, `отказано`, `not
  applied`, `нет`, `қолданылмады`: `vocab/release_grounds_words.csv`) releases no one;
- in an amnesty column, a cell releases only where it names the release too (`применена, освобождён
  18.11.2022`, `applied, released`, `босатылды`); `применена, срок сокращён` leaves the status as it is;
- in a grounds column any other filled cell releases, as before.
"""
from __future__ import annotations

import csv
import re
from functools import cache

from .config import VOCAB_DIR
from .parse.blank import is_not_given
from .parse.text import match_key


@cache
def _words() -> dict[str, re.Pattern[str]]:
    """One pattern per kind of `vocab/release_grounds_words.csv` (amnesty, release, not_released, no)."""
    with (VOCAB_DIR / "release_grounds_words.csv").open(encoding="utf-8", newline="") as f:
        rows = [(r["kind"].strip(), r["pattern"].strip()) for r in csv.DictReader(f) if r["pattern"].strip()]
    kinds = ("amnesty", "release", "not_released", "no")
    return {k: re.compile("|".join(f"(?:{p})" for kind, p in rows if kind == k) or r"(?!x)x") for k in kinds}


def is_amnesty_column(written: str) -> bool:
    return bool(_words()["amnesty"].search(match_key(written)))


def says_release(value: str, amnesty: bool) -> bool:
    """True where a grounds (or, with `amnesty`, an amnesty) cell says the person was released."""
    if is_not_given(value):
        return False
    key, words = match_key(value), _words()
    if words["release"].search(key):  # a release named wins over a refusal elsewhere in the cell, unless it is denied
        return not words["not_released"].search(key)
    return not amnesty and not words["no"].search(key)
