"""Exports of online survey tools (SurveyMonkey, Microsoft Forms, Google Forms, Typeform, Jotform, ODK Central):
the tool's own columns and its second header line, read as a person would.

Beside the answers, a survey tool writes columns of its own (`vocab/form_tool_columns.csv`): ids
(`Respondent ID`, `Collector ID`, `ID`), when the form was opened and sent (`Start Date` / `End Date`,
`Start time` / `Completion time`, `Submission Date`), the respondent's own contacts and name (`Email
Address`, `First Name`, `Last Name`, `Name`, `Email`: the person filling in, not the person prosecuted).
- *The tool's own columns are no answers*: where a header holds two columns or more that only a tool
  writes (`distinctive`: `Respondent ID`, `Collector ID`, `Completion time`, `Custom Data 1`), every
  column of the tool's list in that header is ignored (listed in the manifest's `ignored_columns`), so
  its times never date a case, by header or by content, and a question naming the person (`Full name of
  the person prosecuted`) is the name. Alone, `Name` or `Start Date` keeps its ordinary reading. A column
  only some tools write is theirs only beside their distinctive columns: ODK Central's `Status` (the
  submission's, beside `ReviewState`, `SubmitterName`) is ignored, a SurveyMonkey question `Status` is read.
- *A second header line of answer kinds is part of the header*: SurveyMonkey writes under the questions
  a line of `Response` / `Open-Ended Response` and the option names of a multiple-choice question; where
  two cells or more of the row under the header are such words and they are at least half of its cells,
  the row is a header row. A question is named by its own cell (the answer kind adds nothing).
- *A question's options are one answer*: the columns right of a question with no header cell of their
  own but an option's name in the second line (`Koshe Partiyasy`, `None of these`, `Other (please
  specify)`) are read with the question's column, their cells joined (columns.join_spans); an option
  column ticked with marks (`1` / `0`, `x`, `TRUE`) gives the option's name where ticked. A question
  whose options name the tie to DVK / Koshe (`DVK`, `Koshe Partiyasy`) is read as the affiliation
  question, whatever its words (`Is the person linked to any movement?`).
"""
from __future__ import annotations

import csv
import re
from functools import cache

import pandas as pd

from .config import VOCAB_DIR
from .parse.affiliation import _NO as _NO_MARKS
from .parse.affiliation import _YES as _YES_MARKS
from .parse.text import match_key

MIN_DISTINCTIVE = 2  # two of a tool's own columns say the sheet is its export
MIN_RESPONSE_WORDS = 2


@cache
def _vocabulary() -> tuple[dict[str, tuple[bool, frozenset[str]]], tuple[tuple[re.Pattern[str], bool, str], ...],
                           frozenset[str], frozenset[str]]:
    """(meta header key -> (distinctive, its tools), numbered meta patterns with their tool, response words,
    the tools with distinctive columns) of vocab/form_tool_columns.csv."""
    meta: dict[str, tuple[bool, frozenset[str]]] = {}
    numbered: list[tuple[re.Pattern[str], bool, str]] = []
    response: set[str] = set()
    marked: set[str] = set()
    with open(VOCAB_DIR / "form_tool_columns.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            header, role, tool = row["header"].strip(), row["role"].strip(), row["tool"].strip()
            if role == "response":
                response.add(match_key(header))
                continue
            distinctive = row["distinctive"].strip() == "yes"
            if distinctive:
                marked.add(tool)
            if "#" in header:
                numbered.append((re.compile(re.escape(match_key(header.replace("#", ""))) + r" ?\d+"), distinctive, tool))
            else:
                was, tools = meta.get(match_key(header), (False, frozenset()))
                meta[match_key(header)] = (was or distinctive, tools | {tool})
    return meta, tuple(numbered), frozenset(response), frozenset(marked)


def _meta(written: str) -> tuple[bool, frozenset[str]] | None:
    """(distinctive, the tools writing it) for a tool's own column, None for an answer."""
    meta, numbered, _, _ = _vocabulary()
    key = match_key(written)
    if key in meta:
        return meta[key]
    return next(((d, frozenset({t})) for p, d, t in numbered if p.fullmatch(key)), None)


def tool_columns(written: dict[int, str]) -> dict[int, str]:
    """The survey tool's own columns of a header (column -> header as written), where the header is a tool's
    export (MIN_DISTINCTIVE of its distinctive columns); else nothing. A column only some tool writes is the
    tool's where that tool's distinctive columns are there (ODK Central's `Status` is the submission's, but a
    SurveyMonkey question `Status` is an answer); a tool with no distinctive column (Google Forms) goes with any."""
    kinds = {c: _meta(w) for c, w in written.items()}
    found = [k for k in kinds.values() if k is not None and k[0]]
    if len(found) < MIN_DISTINCTIVE:
        return {}
    present = frozenset().union(*(tools for _, tools in found))
    marked = _vocabulary()[3]
    return {c: written[c] for c, k in kinds.items()
            if k is not None and (k[1] & present or not k[1] & marked)}


def is_response(text: object) -> bool:
    return text is not None and match_key(str(text)) in _vocabulary()[2]


def is_response_row(top: list[object], sub: list[object]) -> bool:
    """The row under the header is a survey tool's line of answer kinds (`Response`, `Open-Ended Response`)."""
    filled = [v for v in sub if v is not None and str(v).strip()]
    words = sum(is_response(v) for v in filled)
    return words >= MIN_RESPONSE_WORDS and words * 2 >= len(filled)


def options(top: list[object], sub: list[object]) -> dict[int, list[int]]:
    """Question column -> its option columns to the right (a blank header cell over an option's name in
    the second line); a question's own column counts as its first option where its second line names one."""
    found: dict[int, list[int]] = {}
    question = None
    for c in range(len(top)):
        if top[c] is not None and str(top[c]).strip():
            question = c
        elif question is not None and sub[c] is not None and str(sub[c]).strip() and not is_response(sub[c]):
            found.setdefault(question, []).append(c)
        else:
            question = None
    return found


def option_names(top: list[object], sub: list[object], question: int, cols: list[int]) -> list[str]:
    """The options' names of a question: its own second-line cell (where not an answer kind) and its columns'."""
    own = [] if sub[question] is None or is_response(sub[question]) else [str(sub[question])]
    return own + [str(sub[c]) for c in cols]


def spell_out_options(block: pd.DataFrame, header) -> pd.DataFrame:
    """An option column ticked with marks (`1` / `0`, `x`, `TRUE`) gives its option's name where ticked and
    nothing where not, so the question's joined cell names the options chosen (a column that writes the
    option's own text, as SurveyMonkey does, is left as it is)."""
    if not header.option_names:
        return block
    block = block.copy() if any(c in block.columns for c in header.option_names) else block
    for c, name in header.option_names.items():
        if c not in block.columns:
            continue
        marks = block[c].dropna().astype(str).str.strip().str.casefold()
        if marks.empty or not marks.isin(_YES_MARKS | _NO_MARKS).all():
            continue
        ticked = block[c].astype("string").str.strip().str.casefold().isin(_YES_MARKS)
        block[c] = pd.Series(name, index=block.index, dtype="string").where(ticked)
    return block
