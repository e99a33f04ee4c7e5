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
  column with an "other" or "specify" word before or after it (`city_other`, `other_city`, `City (please
  specify)`) gives the answer, that answer is the cell; in a select-multiple cell of codes (`st405_2
  other`) the answer replaces the `other` code and the other codes stay.
- *A form's tie question is the tie*: a column with a question's name (`case/tie`) whose few choices are
  yes / no / don't know and DVK or Koshe (`dvk`, `koshe`, `no`, `dk`) is read as the yes/no tie column
  (headers.py), the list's own answer, which a note does not overrule; one naming another group too
  (`таблиги`, `ДВК; Хизб ут-Тахрир`) is a column of groups, read as the affiliation.
- *A form's definition sheet is not a list*: a sheet headed `list_name | name | label` (the choices)
  or `type | name | label` (the survey) holds the form's codes, no person: it is read as no rows.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .parse.affiliation import Affiliation, parse_affiliation, parse_dvk_koshe_flag
from .parse.text import match_key

# A group path: ASCII identifiers (no spaces) joined by `/`, with an underscore somewhere, as KoBo and ODK
# write a question inside groups (`group_case/article_text`); `Charges/Sentence` or `ФИО/Name` is no path.
_PATH = re.compile(r"(?=[^/]*_|.*/[^/]*_)[A-Za-z_][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_.-]+)+")
_QUESTION = re.compile(r"[A-Za-z_][\w.]*(?:[/-][A-Za-z_][\w.]*)*", re.ASCII)
# What an "other, specify" answer's choice is written as.
_OTHER = frozenset({"other", "others", "другое", "другой", "другая", "иное", "прочее", "басқа", "баска"})
# Words that mark a header as the "other, specify" answer of the column named by the rest of it.
_OTHER_WORDS = frozenset({"other", "others", "другое", "другой", "иное", "прочее", "басқа", "specify", "please",
                          "укажите", "уточните", "көрсетіңіз"})
# A select-multiple cell: space-separated choice codes (`st405_2 st174_1 other`); its `other` code.
_CODES = re.compile(r"[\w.-]+(?:\s+[\w.-]+)+")
_OTHER_CODE = re.compile(r"(?:(?<=\s)|^)(?:" + "|".join(sorted(_OTHER)) + r")(?=\s|$)", re.IGNORECASE)
MAX_TIE_CHOICES = 8  # a select_one of the tie: a handful of choices
_YES = frozenset({"1", "1.0", "true", "yes", "да", "иә"})
_NO = frozenset({"0", "0.0", "false", "no", "нет", "жоқ"})


def is_path(text: object) -> bool:
    return isinstance(text, str) and bool(_PATH.fullmatch(text.strip()))


def is_question_name(text: object) -> bool:
    """A form question's name as a tool writes it: an ASCII identifier, alone or in a group path joined by `/`
    or `-` (`tie`, `case/tie`, `case-tie`)."""
    return isinstance(text, str) and bool(_QUESTION.fullmatch(text.strip()))


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
    """The column of a field's "other, specify" answer: the same header with an "other" or "specify" word
    before or after it (`city` -> `city_other`, `other_city`, `City (specify)`; `case/place/city` ->
    `case/place/city_other`)."""
    bases = {match_key(last_part(written)), match_key(written)} - {""}
    for c, w in candidates.items():
        for text in {last_part(w), w}:
            stem = _other_stem(match_key(text))
            if stem and stem in bases:
                return c
    return None


def _other_stem(key: str) -> str | None:
    """The key without its "other" / "specify" words at either end (`city other` -> `city`), None without them."""
    words = key.split()
    start, end = 0, len(words)
    while start < end and words[start] in _OTHER_WORDS:
        start += 1
    while end > start and words[end - 1] in _OTHER_WORDS:
        end -= 1
    if (start, end) == (0, len(words)) or start == end:
        return None
    return " ".join(words[start:end])


def with_other(cells: pd.Series, other: pd.Series) -> pd.Series:
    """The cells, with an `other` choice replaced by the "other, specify" answer where one is given; in a
    select-multiple cell of codes (`st405_2 other`) the `other` code is replaced, the others kept."""
    text = cells.astype("string")
    keys = text.str.strip().str.lower()
    # the codes are the cell's first part: a matrix's ticked articles may follow them (`st405_2 other; 405(2)`, tick_matrix.py)
    head, rest = keys.str.partition(";")[0].str.strip(), text.str.partition(";")[2].str.strip()
    answer = other.astype("string").str.strip()
    given = answer.replace("", pd.NA).notna()
    take = (head.isin(_OTHER).fillna(False).astype(bool) | cells.isna()) & given
    out = text.where(~take, answer.where(rest.fillna("") == "", answer + "; " + rest))
    among = (head.str.fullmatch(_CODES).fillna(False).astype(bool)
             & head.str.contains(_OTHER_CODE).fillna(False).astype(bool) & given & ~take)
    if among.any():
        kept = text[among].str.partition(";")[0].str.replace(_OTHER_CODE, " ", regex=True).str.strip() + "; " + answer[among]
        out = out.where(~among, kept.where(rest[among] == "", kept + "; " + rest[among]))
    return out


def tie_answers(cells: pd.Series) -> bool:
    """The column is a form's tie question (`case/tie`: `dvk`, `koshe`, `no`, `dk`): a few short codes, each a
    yes / no / don't-know answer or a group of vocab/affiliations.csv, and DVK or Koshe among them."""
    distinct = cells.dropna().astype(str).str.strip().str.lower().replace("", pd.NA).dropna().unique()
    if not 2 <= len(distinct) <= MAX_TIE_CHOICES or any(len(v.split()) > 3 for v in distinct):
        return False
    read = [parse_dvk_koshe_flag(v) for v in distinct]
    named = [v for v, r in zip(distinct, read) if r.value is True and v not in _YES]
    groups = [g.value for g in map(parse_affiliation, distinct) if isinstance(g.value, Affiliation)]
    if any(not g.dvk_koshe or "; " in (g.affiliation or "") for g in groups):
        return False  # a group beside DVK and Koshe (`таблиги`): a column of the groups, read as the affiliation
    return bool(named) and all(r.problem is None for r in read)


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
