"""Exports of survey forms (KoBoToolbox, ODK, Google Forms): what their shape says, read as a person would.

A form export writes each question's name as its group path (`group_person/yob`,
`group_case/article_text`), keeps the form's own columns beside the answers (`start`, `end`, `today`,
`deviceid`, `_id`, `_uuid`, `_submission_time`, `__version__`), writes a select-multiple question both
as one cell (`dvk koshe`) and as one 1/0 column per option (`group_case/affiliation/dvk`), an
"other, specify" answer in a column of its own (`group_person/city` = `other`, the town in
`group_person/city_other`), and may carry the form's `choices` sheet (list_name | name | label).
- *A group path is read by its last part*: `group_case/article_text` is `article_text`; the groups
  name where the question sits in the form, not what it asks (headers.py).
- *The export's own columns are no answers*: a header written with a leading underscore (`_id`,
  `_uuid`, `_index`, `__version__`, `_submission_time`) is the export's system column, ignored; the
  form's metadata questions (`start`, `end`, `today`, `deviceid`, `username`) are words of
  `vocab/header_patterns.csv`. None of them ever dates a case.
- *The 1/0 columns of a tie's options are one tie*: the options of one select-multiple question
  (`.../affiliation/dvk`, `.../affiliation/koshe`) whose values are yes/no and whose own words name
  the tie are read as one yes/no cell, yes where any option is yes (a 0 for DVK beside a 1 for Koshe
  is a tie); the question's other options (`.../affiliation/none`) are part of it and not read.
- *"Other, specify"*: where a field's cell is `other` (`другое`, `басқа`) and a column named as that
  column plus `_other` (`city_other`) gives the answer, that answer is the cell.
- *A form's definition sheet is not a list*: a sheet headed `list_name | name | label` (the choices)
  or `type | name | label` (the survey) holds the form's codes, no person: it is read as no rows.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .parse.text import match_key

# A group path: ASCII identifiers (no spaces) joined by `/`, with an underscore somewhere, as KoBo and ODK
# write a question inside groups (`group_case/article_text`); `Charges/Sentence` or `ФИО/Name` is no path.
_PATH = re.compile(r"(?=[^/]*_|.*/[^/]*_)[A-Za-z_][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_.-]+)+")
# What an "other, specify" answer's choice is written as.
_OTHER = frozenset({"other", "others", "другое", "другой", "другая", "иное", "прочее", "басқа", "баска"})
_OTHER_SUFFIX = re.compile(r"(?:[_ ]|\s*-\s*)(?:other|другое|иное|басқа)$", re.IGNORECASE)
_YES = frozenset({"1", "1.0", "true", "yes", "да", "иә"})
_NO = frozenset({"0", "0.0", "false", "no", "нет", "жоқ"})


def is_path(text: object) -> bool:
    return isinstance(text, str) and bool(_PATH.fullmatch(text.strip()))


def last_part(text: str) -> str:
    """The question's own name in a group path (`group_case/article_text` -> `article_text`), else the text."""
    return text.strip().rsplit("/", 1)[-1] if is_path(text) else text


def is_system(text: object) -> bool:
    """A column of the export itself (`_id`, `_uuid`, `__version__`, `_submission_time`): a leading underscore."""
    return isinstance(text, str) and bool(re.fullmatch(r"_+[A-Za-z][\w.-]*", text.strip()))


def option_groups(written: dict[int, str]) -> dict[str, list[int]]:
    """The option columns of each select-multiple question: the parent path -> its columns, in order,
    for parents with two options or more."""
    found: dict[str, list[int]] = {}
    for c, w in sorted(written.items()):
        if is_path(w) and w.count("/") >= 1:
            parent = w.strip().rsplit("/", 1)[0]
            found.setdefault(parent, []).append(c)
    parents = {w.strip() for w in written.values()}
    # a parent that is itself a column (`group_case/affiliation`) or that has several 1/0 children
    return {p: cs for p, cs in found.items() if len(cs) >= 2 and (p in parents or "/" in p)}


def yes_no_cells(cells: pd.Series) -> bool:
    """Nearly all the column's filled cells are 1/0 (or yes/no)."""
    filled = cells.dropna().astype(str).str.strip().str.lower()
    return len(filled) > 0 and bool(filled.isin(_YES | _NO).mean() >= 0.95)


def any_yes(block: pd.DataFrame, cols: list[int]) -> pd.Series:
    """`1` where any of the columns says yes, `0` where one says no and none yes, NA where all are blank."""
    yes = pd.Series(False, index=block.index)
    no = pd.Series(False, index=block.index)
    for c in cols:
        if c not in block.columns:
            continue
        cell = block[c].astype("string").str.strip().str.lower()
        yes |= cell.isin(_YES).fillna(False).astype(bool)
        no |= cell.isin(_NO).fillna(False).astype(bool)
    out = pd.Series(np.where(yes, "1", np.where(no, "0", None)), index=block.index, dtype="string")
    return out


def other_column_of(written: str, candidates: dict[int, str]) -> int | None:
    """The column of a field's "other, specify" answer: the same header plus `_other` (`city` -> `city_other`)."""
    base = match_key(last_part(written))
    for c, w in candidates.items():
        own = last_part(w)
        m = _OTHER_SUFFIX.search(own)
        if m and match_key(own[: m.start()]) == base and base:
            return c
    return None


def with_other(cells: pd.Series, other: pd.Series) -> pd.Series:
    """The cells, with an `other` choice replaced by the "other, specify" answer where one is given."""
    keys = cells.astype("string").str.strip().str.lower()
    chosen_other = keys.isin(_OTHER).fillna(False).astype(bool) | cells.isna()
    given = other.astype("string").str.strip().replace("", pd.NA).notna()
    take = chosen_other & given
    return cells.astype("string").where(~take, other.astype("string"))


def is_definition_sheet(cells: pd.DataFrame) -> bool:
    """The sheet is a form's definition: its first filled row is `list_name | name | label ...` or
    `type | name | label ...`."""
    for row in cells.head(5).to_numpy(dtype=object).tolist():  # the cells as they are, as iterrows gives them, without a Series a row
        keys = [match_key(str(v)) for v in row if v is not None and v is not pd.NA and str(v).strip()]
        if not keys:
            continue
        has_label = any(k == "label" or k.startswith("label ") for k in keys)
        return has_label and "name" in keys and ("list name" in keys or "type" in keys)
    return False
