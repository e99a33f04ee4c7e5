"""A list written as blocks of label/value lines, read as a table: a raw sheet in, the same sheet
as one row per block out, with the lines folded into their block accounted for.

A support group's website pasted into Excel has no header row: each person is a block of lines,
a label in the first column and its value beside it (`ФИО:` | `Иванов Иван`, `Статья:` | `ч. 2 ст.
405 УК РК`, ...), blocks apart by a blank row. Where no header row is found (headers.find_header),
a sheet is such a record layout when
- its lines are labels: the first filled cell of the row ends in `:` (a few words, no digit) or is
  a header alias (vocab/headers.csv), with the value in the cells to its right (or after the `:` in
  the same cell), all in one column;
- the labels name the fields a header would (header_rows._score: a person or a charge and one more
  field), the name among them, and repeat in at least MIN_BLOCKS blocks;
- at least LABEL_SHARE of the non-blank rows from the first block to the last are such lines.
A block is a run of such lines with no blank row between; a label already given in the block
starts a new one (blocks typed with no blank row between), so a label missing in one block never
shifts another's values. A line with its first cell blank and a value further right, right under
a line of the block, goes on with the value above it (a long value wrapped onto the next row).

The sheet is rewritten as a table: a header row of the labels (without the `:`), in the order they
first appear, put right above the first block and given its first line's row number; one row per
block at its first line (the case's `source_row`), each value under its label; every other row
(titles above, a footnote or a section heading between blocks) as it was. Every other line of a
block is dropped as a `record_line` naming the block's first row: nothing it holds is lost, since
its value is read there. The sheet is then cleaned as any sheet is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .headers import _score, lookup
from .parse.text import clean_spaces
from .read import RawSheet

PROBLEM = "record_line"
MIN_BLOCKS = 2  # a label layout repeats: one block alone is a form, not a list
LABEL_SHARE = 0.6  # of the non-blank rows from the first block line to the last
# A label: a few words ending in `:` (`ФИО:`, `Мера / приговор:`), no digit; its value may follow in the same cell.
_LABEL = re.compile(r"\s*([^\W\d_][^:\d]{0,47}?)\s*:\s*(.*)", re.DOTALL)
_MAX_LABEL_WORDS = 6


@dataclass
class Records:
    sheet: RawSheet  # the sheet as a table: a header row of labels, one row per block
    lines: pd.DataFrame  # the block lines folded into their block: index row number; `first_row`, `text`
    labels: list[str]  # the labels as written (without `:`), one column each
    # the problem of a folded line, and its message around the first row's number (long_layout.py has its own)
    problem: str = PROBLEM
    before: str = "a line of the record block that starts at row "
    after: str = ": its label and value are read there"


def _label_of(text: str, has_right: bool) -> tuple[str, str] | None:
    """(label, value written in the same cell) where the cell is a label, else None."""
    m = _LABEL.fullmatch(text)
    if m is not None:
        label, rest = clean_spaces(m.group(1)), clean_spaces(m.group(2))
        if len(label.split()) <= _MAX_LABEL_WORDS and (has_right or not rest or lookup(label) is not None):
            return label, rest
        return None
    label = clean_spaces(text)
    if has_right and len(label.split()) <= _MAX_LABEL_WORDS and lookup(label) not in (None, "ignore"):
        return label, ""
    return None


def record_blocks(sheet: RawSheet) -> Records | None:
    """The sheet read as a table of its label/value blocks, or None where it is not written so."""
    cells = sheet.cells
    if cells.empty or cells.shape[1] < 1:
        return None
    filled = cells.notna().to_numpy()
    nonblank = filled.any(axis=1)
    first_col = np.where(nonblank, filled.argmax(axis=1), -1)
    objects = cells.astype(object).where(cells.notna(), None).to_numpy()
    n = len(cells)
    # each row: its first cell read as a label (once per distinct text), and what stands to its right
    labels: list[tuple[str, str] | None] = [None] * n
    right: list[str] = [""] * n
    seen: dict[tuple[str, bool], tuple[str, str] | None] = {}
    for pos in np.flatnonzero(nonblank):  # a sheet with no header: a few hundred rows at most
        j = first_col[pos]
        rest = [str(v).strip() for v in objects[pos, j + 1:] if v is not None and str(v).strip()]
        right[pos] = " ".join(rest)
        key = (str(objects[pos, j]), bool(rest))
        if key not in seen:
            seen[key] = _label_of(*key)
        labels[pos] = seen[key]
    is_label = np.array([lab is not None for lab in labels])
    if is_label.sum() < 2 * MIN_BLOCKS:
        return None
    label_col = int(pd.Series(first_col[is_label]).mode().iloc[0])
    is_label &= first_col == label_col
    fields = {lab[0]: lookup(lab[0]) for lab, yes in zip(labels, is_label) if yes}
    named = [f if f != "ignore" else None for f in fields.values()]
    if "name" not in named or not _score(named):
        return None
    span = np.flatnonzero(is_label)
    inside = nonblank[span[0]: span[-1] + 1]
    if is_label[span[0]: span[-1] + 1].sum() < LABEL_SHARE * inside.sum():
        return None

    # the blocks, row by row: a run of lines with no blank row between; a label given twice starts a new block
    blocks: list[dict] = []
    current: dict | None = None
    last = None
    for pos in range(span[0], n):
        if is_label[pos]:
            label, own = labels[pos]
            value = " ".join(v for v in (own, right[pos]) if v)
            if current is None or label in current["values"]:
                current = {"first": pos, "values": {}, "lines": []}
                blocks.append(current)
            current["values"][label] = value or None
            current["lines"].append(pos)
            last = label
        elif current is not None and nonblank[pos] and first_col[pos] > label_col:
            text = clean_spaces(" ".join(str(v) for v in objects[pos] if v is not None))
            held = current["values"].get(last)
            current["values"][last] = f"{held} {text}" if held else text
            current["lines"].append(pos)
        else:
            current = None
    named_blocks = sum(any(fields.get(lab) == "name" for lab in b["values"]) for b in blocks)
    if named_blocks < MIN_BLOCKS:
        return None
    return _as_table(sheet, blocks, list(fields), objects)


def _as_table(sheet: RawSheet, blocks: list[dict], labels: list[str], objects: np.ndarray) -> Records:
    """The sheet rewritten: the rows above the first block, a header row of the labels, then each block
    as one row at its first line and every row outside the blocks as it was."""
    width = max(len(labels), objects.shape[1])
    column = {label: c for c, label in enumerate(labels)}
    starts = {b["first"]: b for b in blocks}
    folded = {pos: b["first"] for b in blocks for pos in b["lines"][1:]}
    first = blocks[0]["first"]
    rows: list[list[object]] = []
    numbers: list[int] = []
    for pos in range(len(objects)):
        if pos == first:
            rows.append(labels + [None] * (width - len(labels)))
            numbers.append(int(sheet.row_numbers[pos]))
        if pos in folded:
            continue
        if pos in starts:
            row = [None] * width
            for label, value in starts[pos]["values"].items():
                row[column[label]] = value
        else:
            row = list(objects[pos]) + [None] * (width - objects.shape[1])
        rows.append(row)
        numbers.append(int(sheet.row_numbers[pos]))
    table = pd.DataFrame(rows, columns=range(width), dtype=object).astype("string")
    folded_rows = np.array(sorted(folded), dtype=int)
    texts = [" | ".join(str(v).strip() for v in objects[pos] if v is not None) for pos in folded_rows]
    lines = pd.DataFrame({"first_row": [int(sheet.row_numbers[folded[p]]) for p in folded_rows], "text": texts},
                         index=pd.Index(sheet.row_numbers[folded_rows].astype(int), name="row"))
    as_table = RawSheet(sheet.file, sheet.sheet, table, np.array(numbers), [], sheet.encoding, sheet.delimiter, sheet.key, [])
    return Records(as_table, lines, labels)
