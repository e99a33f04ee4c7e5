"""The rows a filled-in template keeps above its data: what to write in each column, and a worked example.

In: the data block under the header and the kinds of its rows (rows.classify_rows). Out: the kinds
with those rows made `not_a_case`, with the reason.

A data-collection template often has, right under its header, a row telling the volunteer what to
write (`как в документах`, `ГГГГ`, `ДД.ММ.ГГГГ`, `например: ч.2 ст.405`, `enter the date`, `e.g.`)
and a worked example marked as such (`ОБРАЗЕЦ`, `Пример`, `example`, `sample`, `үлгі`, a name
followed by `(образец)`). Both read as cases otherwise: the first as a row of unreadable values,
the second as a silent false case counted everywhere. The words are data, in
`kzanalysis/vocab/template_words.csv`:
- an *instruction row* is one of the first rows under the header with at least two cells that
  instruct (a word of kind `instruction`, `укажите`, `например`, `enter`, `e.g.`) or are a date mask
  (cells made only of words of kind `mask`: `ДД.ММ.ГГГГ`, `YYYY`);
- an *example row* is one of the first rows under the header with a cell that is a word of kind
  `example` alone (`ОБРАЗЕЦ`, `Sample:`) or holds it in brackets (`Иванов Иван (образец)`).
Only the first rows are looked at (FIRST_ROWS non-blank rows): a template puts them there, and a
long list pays nothing for the rule.
"""
from __future__ import annotations

import csv
import re
from functools import cache

import pandas as pd

from .config import VOCAB_DIR
from .parse.text import match_key

TEMPLATE_WORDS_FILE = VOCAB_DIR / "template_words.csv"
FIRST_ROWS = 4  # non-blank rows under the header where a template keeps its instructions and example
MIN_INSTRUCTING_CELLS = 2
INSTRUCTION_REASON = "a template's row of instructions under the header (what to write in each column), not a case"
EXAMPLE_REASON = "a template's worked example (marked {marker!r}), not a case"


@cache
def template_words() -> tuple[tuple[str, str], ...]:
    """(kind, word) of each row of `vocab/template_words.csv`, read once per process (template_cards.py reads it too)."""
    with TEMPLATE_WORDS_FILE.open(encoding="utf-8", newline="") as f:
        return tuple((r["kind"].strip(), r["word"].strip()) for r in csv.DictReader(f) if r["word"].strip())


@cache
def _patterns() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """(instruction words, mask words, example word alone, example word in brackets)."""
    rows = template_words()

    def alternation(kind: str) -> str:
        out = []
        for k, w in rows:
            if k == kind:
                star = w.endswith("*")
                out.append(re.escape(match_key(w.rstrip("*"))) + (r"\w*" if star else ""))
        return "|".join(sorted(out, key=len, reverse=True))

    instruction = re.compile(rf"(?<!\w)(?:{alternation('instruction')})(?!\w)")
    masks = frozenset(match_key(w) for k, w in rows if k == "mask")
    examples = alternation("example")
    alone = re.compile(rf"(?:{examples})")
    bracketed = re.compile(rf"[(\[]\s*(?:{examples})\s*[)\]]", re.IGNORECASE)
    return instruction, masks, alone, bracketed


def _instructs(text: str) -> bool:
    instruction, masks, _, _ = _patterns()
    key = match_key(text)
    if not key:
        return False
    words = key.split(" ")
    return all(w in masks for w in words) or instruction.search(key) is not None


def _example_marker(text: str) -> str | None:
    _, _, alone, bracketed = _patterns()
    m = bracketed.search(text)
    if m:
        return m.group(0)
    return text.strip() if alone.fullmatch(match_key(text)) else None


def template_rows(block: pd.DataFrame, kinds: pd.DataFrame) -> pd.DataFrame:
    """`kinds` with a template's instruction row and worked example under the header dropped, with the reason."""
    first = kinds.index[kinds["kind"].ne("blank").to_numpy()][:FIRST_ROWS]
    if not len(first):
        return kinds
    out = kinds
    for row in first:
        cells = [str(v) for v in block.loc[row].dropna().tolist() if str(v).strip()]
        reason = None
        if sum(_instructs(c) for c in cells) >= MIN_INSTRUCTING_CELLS:
            reason = INSTRUCTION_REASON
        else:
            marker = next((m for m in map(_example_marker, cells) if m), None)
            if marker:
                reason = EXAMPLE_REASON.format(marker=marker)
        if reason is not None:
            if out is kinds:
                out = kinds.copy()
            out.loc[row, ["kind", "reason"]] = ["not_a_case", reason]
    return out
