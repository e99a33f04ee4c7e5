"""A release told in a note whose verb closes the clause, as Kazakh writes it.

stage.py reads a note as saying the person was released where its last clause naming a stage opens
with the release (`освобождён по УДО в 2022 г.`, `released on parole`), because in Russian and English
what is written before the release word changes it (`отказано в УДО`, `not released`). Kazakh puts the
verb at the end of its clause and the circumstances before it: `2022 жылы рақымшылық бойынша
босатылды` (released under amnesty in 2022), `мерзімінен бұрын шартты түрде босатылды` (released early
on parole). So a clause also states a release where it closes with a finite form of release of
`vocab/release_closing_words.csv` (`босатылды`, `бостандыққа шықты`), followed by nothing but a date or
punctuation: a refusal or a wish closes with another verb (`босатудан бас тартылды`, release refused;
`босатуды сұрады`, asked for release) and a negation with a form the list does not hold (`босатылмады`,
`босатылған жоқ`). And where the clause's first stage phrase is a Kazakh release
(`statuses.csv`, lang kk) but the clause does not close with such a form, the verb that closes it is
another one (`босатуды сұрады`, asked for release): the clause states no release, whatever it opens with.
"""
from __future__ import annotations

import re
from functools import cache

import pandas as pd

from .config import VOCAB_DIR
from .parse.text import match_key

# After the closing verb: nothing but digits, punctuation, the Kazakh words of a date (`2023 ж.`, `жылы`) and
# a remark in brackets (`(ШЖМБ)`).
_AFTER = r"(?:[\W\d_]|\([^()]*\)|(?<![^\W\d_])(?:ж|жыл\w*)(?![^\W\d_]))*"


@cache
def _closing() -> re.Pattern[str]:
    table = pd.read_csv(VOCAB_DIR / "release_closing_words.csv", dtype=str, keep_default_na=False)
    words = sorted({match_key(a) for a in table["alias"] if match_key(a)}, key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\W+") for w in words) + r")" + _AFTER + r"$")


def closes_with_release(clause: str) -> bool:
    """The clause (as the status vocabulary keys it: lower case, punctuation kept) ends with a finite form of
    release, nothing but a date or punctuation after it."""
    return _closing().search(clause.strip()) is not None


@cache
def _kazakh_release() -> re.Pattern[str]:
    from .parse.status import _alias_regex

    table = pd.read_csv(VOCAB_DIR / "statuses.csv", dtype=str, keep_default_na=False)
    chosen = table.loc[table["lang"].eq("kk") & table["status"].eq("released"), "alias"]
    return re.compile("|".join(f"(?:{_alias_regex(a, whole=False)})" for a in sorted(chosen, key=len, reverse=True)))


def is_kazakh_release(phrase: str) -> bool:
    """The phrase (as the status vocabulary keys it) is a Kazakh phrase of release (`босатудан`, `рақымшылық`)."""
    return _kazakh_release().fullmatch(phrase.strip()) is not None
