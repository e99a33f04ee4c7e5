"""A "long" (entity-attribute-value) export read as a table: one line per person and attribute in, one
row per person out, the person's other lines accounted for.

A case database exported "long" writes each attribute of a person on its own line: an id, the field's
label and its value (`Код лица | Поле | Значение`: `P-01031 | ФИО | Иванов Иван`, `P-01031 | Город |
Актобе`, ...), the id repeated on each of the person's lines, an attribute left out where it is not
known. No row of it names the fields, so no header row is found (headers.find_header). A sheet is read
as such a layout when
- one column (the labels) holds few distinct values, each repeated for several ids, and they name the
  fields a header would (header_rows._score: a person or a charge and one more field), the name among them;
- the column to its left holds the ids (each id on two lines or more, in MIN_IDS ids at least), and
  what stands to the right of the labels is the value;
- at least LINE_SHARE of the non-blank rows from the first such line to the last are such lines.
Each id becomes one row of a table whose columns are the labels (in the order they first appear) and
the id's own column first, so every header rule applies to the labels and the sheet is then cleaned as
any sheet is. The row stands at the id's first line (the case's `source_row`); a label given twice for
one id keeps both values, joined by `; `. Every other line of the id is dropped as an `attribute_line`
naming the id's first line: nothing it holds is lost, since its value is read there. Rows outside
(a title, the export's own header `Код лица | Поле | Значение`) stay as they were, above the table.

Cheap to skip: only sheets where no header row and no label/value blocks were found are looked at, and
the labels are read once per distinct value.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from .headers import _score, lookup
from .parse.text import clean_spaces
from .read import RawSheet
from .record_blocks import Records, _as_table

PROBLEM = "attribute_line"
MIN_IDS = 2  # a long layout repeats its labels for several people
MAX_LABELS = 60  # a database's attributes: a few dozen at most
LINE_SHARE = 0.6  # of the non-blank rows from the first attribute line to the last


def _label_column(cells: pd.DataFrame, nonblank: np.ndarray) -> tuple[int, dict[str, str | None]] | None:
    """The column of labels and its labels' fields, or None: a column (not the first) of few distinct
    values, each on two lines or more, naming the person and more."""
    best = None
    for j in range(1, cells.shape[1] - 1):
        col = cells.iloc[:, j]
        filled = col.notna() & nonblank
        if filled.sum() < 2 * MIN_IDS:
            continue
        counts = col[filled].astype(str).str.strip().value_counts()
        repeated = counts[counts >= MIN_IDS]
        if repeated.empty or len(repeated) > MAX_LABELS or repeated.sum() < LINE_SHARE * filled.sum():
            continue
        fields = {label: lookup(label) for label in repeated.index}
        named = [f if f != "ignore" else None for f in fields.values()]
        if "name" not in named or not _score(named):
            continue
        if best is None or repeated.sum() > best[2]:
            best = (j, fields, int(repeated.sum()))
    return None if best is None else best[:2]


def long_layout(sheet: RawSheet) -> Records | None:
    """The sheet read as one row per id of its id/label/value lines, or None where it is not written so."""
    cells = sheet.cells
    if cells.empty or cells.shape[1] < 3:
        return None
    nonblank = cells.notna().any(axis=1).to_numpy()
    found = _label_column(cells, nonblank)
    if found is None:
        return None
    j, fields = found
    ids = cells.iloc[:, j - 1].astype("string").str.strip()
    labels = cells.iloc[:, j].astype("string").str.strip()
    # the value: what stands right of the label, cells joined by a space
    right = cells.iloc[:, j + 1:].astype("string")
    value = right.iloc[:, 0].str.strip()
    for k in range(1, right.shape[1]):
        more = right.iloc[:, k].str.strip()
        value = value.where(more.isna(), (value.fillna("") + " " + more).str.strip())
    has_id = ids.notna() & (ids != "")
    # a line: a repeated label beside an id; then any label beside one of those ids (an attribute one person has)
    known = pd.unique(ids[labels.isin(list(fields)) & has_id])
    line_mask = has_id & labels.notna() & ids.isin(known)
    fields.update({lab: lookup(lab) for lab in pd.unique(labels[line_mask]) if lab not in fields})
    line = line_mask.to_numpy()
    if not line.any():
        return None
    span = np.flatnonzero(line)
    if line[span[0]: span[-1] + 1].sum() < LINE_SHARE * nonblank[span[0]: span[-1] + 1].sum():
        return None
    pos = pd.Series(np.arange(len(cells)))
    lines = pd.DataFrame({"pos": pos[line].to_numpy(), "id": ids[line].to_numpy(), "label": labels[line].to_numpy(),
                          "value": value[line].to_numpy()})
    first = lines.groupby("id", sort=False)["pos"].transform("min")
    per_id = first.value_counts()
    if len(per_id) < MIN_IDS or not (per_id >= 2).any():
        return None
    named_ids = lines.loc[lines["label"].map(fields).eq("name"), "id"].nunique()
    if named_ids < MIN_IDS:
        return None
    lines["first"] = first
    order = list(dict.fromkeys(lines["label"]))  # the labels in the order they first appear
    values = (lines.dropna(subset=["value"]).groupby(["first", "label"], sort=False)["value"]
              .agg(lambda v: "; ".join(v)))  # once per (id, label): a label given twice keeps both
    objects = cells.astype(object).where(cells.notna(), None).to_numpy()
    head = clean_spaces(str(objects[span[0] - 1, j - 1])) if span[0] > 0 and objects[span[0] - 1, j - 1] is not None else ""
    id_label = head if head and head not in fields else "id"
    # one block per id, as record_blocks.py writes a label/value block: the id's first line holds the case
    ids_at = lines.drop_duplicates("first").set_index("first")["id"]
    lines_of = lines.groupby("first", sort=False)["pos"].agg(list)
    cells_of: dict[int, dict[str, object]] = {}
    for (p, label), v in values.items():
        cells_of.setdefault(p, {})[label] = v
    blocks = [{"first": int(p), "values": {id_label: ids_at[p], **{lab: cells_of.get(p, {}).get(lab) for lab in order}},
               "lines": sorted(lines_of[p])} for p in ids_at.index]
    table = _as_table(sheet, blocks, [id_label, *order], objects)
    return replace(table, problem=PROBLEM, before="a line of the person whose attributes start at row ",
                   after=": its attribute is read there")
