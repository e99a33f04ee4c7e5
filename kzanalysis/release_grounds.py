"""Whether a grounds-for-release cell says the person was released, read by what the cell and its header say.

A column of the grounds for release (`Основание освобождения`, `Grounds for release`) says the person
is free wherever it is filled (stage.py). An amnesty column (`Амнистия`, `Amnesty`, `Рақымшылық`,
mapped to the same field by `vocab/header_patterns.csv`) says more and less: an amnesty may free a
person or only shorten the term, and many cells say it was not applied. So
- a cell that names a release releases (`освобождён`, `released`, `босатылды`), unless it denies it (`не
  освобождён`); one that names none and says no (`не применена`, `не применяется`, `отказано`, `not
  applied`, `нет`, `қолданылмады`: a negation or refusal word of this module) releases no one;
- in an amnesty column, a cell releases only where it names the release too (`применена, освобождён
  18.11.2022`, `applied, released`, `босатылды`); `применена, срок сокращён` leaves the status as it is;
- in a grounds column any other filled cell releases, as before.
"""
from __future__ import annotations

import re

from .parse.blank import is_not_given
from .parse.text import match_key

_AMNESTY_HEADER = re.compile(r"амнисти|amnest|рақымшылық|ракымшылык|rakymshylyk|raqymshylyq")
_SAYS_NO = re.compile(r"(?<!\w)(?:не|нет|not|no|none|жоқ|жок)(?!\w)|отказ|denied|refused|rejected|"
                      r"қолданылма|колданылма|қолданба|колданба|неприменим")
_NAMES_RELEASE = re.compile(r"освобо|released|freed|set free|босат|бостандыққа|бостандыкка|вышел|вышла|на свобод")
_NOT_RELEASED = re.compile(r"(?<!\w)(?:не|not|no)\s+(?:был\w*\s+|been\s+)?(?:освобо|released|freed|босат)")


def is_amnesty_column(written: str) -> bool:
    return bool(_AMNESTY_HEADER.search(match_key(written)))


def says_release(value: str, amnesty: bool) -> bool:
    """True where a grounds (or, with `amnesty`, an amnesty) cell says the person was released."""
    if is_not_given(value):
        return False
    key = match_key(value)
    if _NAMES_RELEASE.search(key):  # a release named wins over a refusal elsewhere in the cell, unless it is denied
        return not _NOT_RELEASED.search(key)
    return not amnesty and not _SAYS_NO.search(key)
