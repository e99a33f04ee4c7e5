"""Several facts in one cell, one per line, each after its label: a Word table pasted into Excel.

In: the data block and its header map. Out: the block with a column added for each field that the
lines of such a cell give and no column of the sheet gives, and the header map naming them.

A cell like
    Статья: ч.2 ст.405 УК РК
    Задержан: 12.03.2021
    Приговор: 03.09.2021, 5 лет лишения свободы
    Освобождён: 10.01.2023 (УДО)
holds four fields. A column is read so when at least LABELLED_SHARE of a sample of its filled
cells have at least MIN_LABELLED_LINES lines that start with a label naming a field (`Label:
value`; the label is a header of `vocab/headers.csv` or of its keyword patterns, the same
matching as the label/value blocks of record_blocks.py). Each line's value is then read as if it
were a column of its own (`Задержан:` as the detention date, `Мера пресечения:` as the status).
A line with no label goes on with the line above it; text before the first label stays the
column's own; a line whose label names something not read (`Адвокат:`, the name) is left out. Where a column of the sheet names the same field, the column wins and the line is
left out; the lines naming the field the column itself is mapped to (`Статья:` in a column read
as articles) become its value. Nothing else changes: the cell's other lines are read by the
stages that read any column (several dates weighed by the latest-stage rule of stage.py). A date
line keeps its dates only where its other words hold no digit (`Освобождён: 15.10.2021 по УДО` is
the date 15.10.2021; the words say why, and the status is read from the lines as a whole).
The cheap test first: a column none of whose sampled cells has both a line break and a `:` is
passed over at once.
"""
from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd

from .arrow_bytes import may_hold
from .headers import HeaderMap, _take_off_unmapped, guess_field, lookup
from .parse.dates import find_dates
from .parse.text import clean_spaces
from .record_blocks import _LABEL as _LINE_LABEL
from .record_blocks import _MAX_LABEL_WORDS

LABELLED_SHARE = 0.5  # of the sampled filled cells of a column
MIN_LABELLED_LINES = 2  # a cell with one `Label: value` line is a value with a prefix, not several facts
SAMPLE = 40
HOW = "lines of a cell"
# `_LINE_LABEL`: `Label: value`, a few words and no digit before the `:`, as in the label/value blocks.
_NOT_FIELDS = frozenset({"ignore", "row_number", "name"})


def _field_of(label: str) -> str | None:
    """The field a line's label names; `ignore` for a label of something not read (`Адвокат:`)."""
    if len(label.split()) > _MAX_LABEL_WORDS:
        return None
    field = lookup(label) or guess_field(label)
    return "ignore" if field in _NOT_FIELDS else field


def _lines(text: str) -> tuple[str, list[tuple[str, str]]]:
    """(text before the first label, [(field, value)]) of a cell; a line with no label goes on with the one above."""
    own: list[str] = []
    out: list[tuple[str, str]] = []
    for line in str(text).replace("\r", "\n").split("\n"):
        if not line.strip():
            continue
        m = _LINE_LABEL.fullmatch(line)
        field = _field_of(clean_spaces(m.group(1))) if m else None
        if field is not None:
            out.append((field, clean_spaces(m.group(2))))
        elif out:
            out[-1] = (out[-1][0], f"{out[-1][1]} {clean_spaces(line)}".strip())
        else:
            own.append(clean_spaces(line))
    return " ".join(own), [(f, v) for f, v in out if f != "ignore"]


_DIGIT = re.compile(r"\d")


def _dates_only(value: str | None) -> str | None:
    """A date line's value without the words around its dates (`15.10.2021 по УДО` is `15.10.2021`): they
    say why, and the cell's other lines say the stage. Left whole where something else holds a digit."""
    if not isinstance(value, str) or not _DIGIT.search(value):
        return value
    found = find_dates(value)
    if not found:
        return value
    rest = "".join(value[end:start] for (_, end, _), (start, _, _) in zip([(0, 0, None), *found], [*found, (len(value), 0, None)]))
    return value if _DIGIT.search(rest) else "; ".join(value[a:b] for a, b, _ in found)


_LINE_BREAK = (b"\n",)


def _labelled(values: pd.Series) -> bool:
    if not may_hold(values, _LINE_BREAK):  # no line break anywhere in the column's bytes: no labelled lines
        return False
    sample = values.iloc[: SAMPLE * 10].dropna().astype(str).head(SAMPLE)  # the first rows: a long column costs nothing more
    if sample.empty or not (sample.str.contains("\n", regex=False) & sample.str.contains(":", regex=False)).any():
        return False
    labelled = sample.map(lambda v: len(_lines(v)[1]) >= MIN_LABELLED_LINES)
    return bool(labelled.mean() >= LABELLED_SHARE)


def split_labelled_cells(block: pd.DataFrame, header: HeaderMap) -> tuple[pd.DataFrame, HeaderMap, list[str]]:
    """The block and header with the fields of labelled lines as columns of their own; the columns split (as written)."""
    columns = [c for c in block.columns if block[c].dtype == object or pd.api.types.is_string_dtype(block[c])]
    found = [c for c in columns if _labelled(block[c])]
    if not found:
        return block, header, []
    block = block.copy()
    fields = dict(header.fields)
    written = dict(header.written)
    how = dict(header.how)
    split: list[str] = []
    next_col = max(int(c) for c in block.columns) + 1
    for c in found:
        own_field = fields.get(c)
        read = {v: _lines(v) for v in pd.unique(block[c].dropna()) if isinstance(v, str)}  # each distinct cell once
        by_field: dict[str, pd.Series] = {}
        for field in sorted({f for _, lines in read.values() for f, _ in lines}):
            of_field = {v: "; ".join(x for g, x in lines if g == field and x) or None for v, (_, lines) in read.items()}
            by_field[field] = block[c].map(of_field)
        taken = set(fields.values())
        name = header.written.get(c) or header.unmapped_written.get(c) or f"column {int(c) + 1}"
        for field, values in by_field.items():
            if field == own_field:
                block[c] = values.where(values.notna(), block[c])  # `Статья:` lines are the articles column's value
                continue
            if field in taken:
                continue  # a column of the sheet gives this field: it wins
            if field.endswith("_on"):  # a date field
                values = values.map({v: _dates_only(v) for v in pd.unique(values.dropna())})
            block[next_col] = values.astype(object)
            fields[next_col] = field
            written[next_col] = f"{name} ({field})"
            how[next_col] = HOW
            next_col += 1
        split.append(name)
    header = replace(header, fields=fields, written=written, how=how, unmapped=list(header.unmapped),
                     unmapped_written=dict(header.unmapped_written), profiles=dict(header.profiles))
    for c in found:
        if c in header.unmapped_written:  # a column no header named: its lines are read, so it is not unmapped
            _take_off_unmapped(header, c)
    return block, header, split
