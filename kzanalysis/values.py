"""Parsing a column of values: each distinct value once, problems recorded with file, sheet, row and header.

`parse_values` maps a column through one parser of kzanalysis/parse; `Rows` holds the case rows
of a sheet while their columns are parsed and collects the problem rows.
"""
from __future__ import annotations

from typing import Any, Callable

import numpy as np
import pandas as pd

from .codes import factorize
from .config import VocabularyError
from .headers import HeaderMap
from .parse import Parsed, parser_error
from .parse.text import clean_spaces_many
from .read import RawSheet


def parse_values(text: pd.Series, parser: Callable[[str], Parsed], extract: Callable[[Any], dict]) -> pd.DataFrame:
    """Run `parser` once per distinct value; return, aligned with `text`, the extracted
    fields plus `problem` and `message` columns (NA where the cell is blank).

    The rows are tied to their distinct values by codes (pandas.factorize), never by looking strings up
    again: on a long list that is most of the cost of a column."""
    raw_codes, raw_uniques = factorize(text.astype("string"))  # a blank cell: -1 (each column once: codes.py)
    # numpy object arrays: iterating them is much quicker than iterating Arrow-backed strings
    raw_objects = np.asarray(raw_uniques, dtype=object)
    spaced = np.asarray(clean_spaces_many(raw_objects), dtype=object)
    if (spaced == raw_objects).all() and not (spaced == "").any():
        # tidying changed no value (the common case): the values are still distinct, each its own code
        spaced_codes, distinct = np.arange(len(spaced)), spaced
    else:
        spaced_codes, distinct = pd.factorize(pd.Series(np.where(spaced != "", spaced, None), dtype=object))
    distinct = np.asarray(distinct, dtype=object)
    records: list[dict | None] = [None] * len(distinct)
    todo = np.arange(len(distinct))
    # A parser may say at once, for many values, which it would give back as they are (names.clean_name),
    # or which give nothing, no value and no problem (names.birth_year_in_name): those are not passed
    # through it one by one. Such values share the row of the first of their kind (built as the parser
    # would build it), spread to each afterwards; a value given back as it is is written into its row
    # there when `extract` is a `Field`, else it gets a row of its own.
    func = getattr(parser, "func", parser)
    as_written, gives_nothing = getattr(func, "as_written", None), getattr(func, "gives_nothing", None)
    sharing: list[np.ndarray] = []  # groups of values that share one row
    written = None  # the values given back as they are, written into the Field's column afterwards
    if as_written is not None and len(distinct):
        same = np.asarray(as_written(distinct), dtype=bool)
        if isinstance(extract, Field) and same.any():
            first = int(np.argmax(same))
            records[first] = {extract.name: distinct[first], "problem": None, "message": None}
            sharing.append(same)
            written = same
        else:
            for i in todo[same]:
                row = extract(distinct[i])
                row.update(problem=None, message=None)
                records[i] = row
        todo = todo[~same]
    if gives_nothing is not None and len(todo):
        nothing = np.zeros(len(distinct), dtype=bool)
        nothing[todo] = np.asarray(gives_nothing(distinct[todo]), dtype=bool)
        if nothing.any():
            records[int(np.argmax(nothing))] = {"problem": None, "message": None}
            sharing.append(nothing)
            todo = todo[~nothing[todo]]
    for i in todo:
        v = distinct[i]
        try:
            parsed = parser(v)
        except (VocabularyError, MemoryError):
            raise  # a broken vocabulary file is the user's to fix, loudly; out of memory is no value's problem
        except Exception as exc:  # a parser bug must cost one value, not the whole run
            parsed = parser_error(getattr(parser, "__name__", "field"), exc)
        row = extract(parsed.value) if parsed.value is not None else {}
        row.update(problem=parsed.problem, message=parsed.message)
        records[i] = row
    row_of = None  # each distinct value's row of the table, where some share one
    if sharing:
        kept = np.array([r is not None for r in records], dtype=bool)
        row_of = np.cumsum(kept) - 1
        for group in sharing:
            row_of[group] = row_of[int(np.argmax(group))]
        records = [r for r in records if r is not None]  # the rows built, in their order (row_of numbers them)
    table = pd.DataFrame.from_records(records) if records else pd.DataFrame(index=range(0))
    for col in ("problem", "message"):
        if col not in table:
            table[col] = None
    if row_of is not None:  # a row for each distinct value again, as if each had been built
        table = table.take(row_of).reset_index(drop=True)
        if written is not None:
            column = table[extract.name].array.copy()
            column[written] = distinct[written]
            table[extract.name] = column
    # each row's distinct value (-1 for a blank cell, which takes a row of NA)
    codes = np.where(raw_codes >= 0, spaced_codes[np.maximum(raw_codes, 0)] if len(spaced_codes) else -1, -1)
    return table.reindex(codes).set_axis(text.index)


class Field:
    """An `extract` that gives a parsed value under one name (`{name: value}`): parse_values writes the
    values a parser gives back as they are straight into that column, without a record for each."""

    def __init__(self, name: str):
        self.name = name

    def __call__(self, value: Any) -> dict:
        return {self.name: value}


def spread_texts(texts: list[str | None], codes: np.ndarray, index: pd.Index) -> pd.Series:
    """A string Series with, for each row, the text of its code (missing where the code is -1), built by
    Arrow's take rather than a Python object per row."""
    import pyarrow as pa

    taken = pa.array([*texts, None], type=pa.string()).take(pa.array(np.where(codes >= 0, codes, len(texts))))
    return pd.Series(pd.arrays.ArrowStringArray(taken), index=index).astype("string")


def first_day(v: Any) -> dict:
    return {"date": pd.Timestamp(v.date), "precision": v.precision}


def problem_frame(sheet: RawSheet, rows: np.ndarray, column: str, values, problem, message, kept: bool) -> pd.DataFrame:
    n = len(rows)
    return pd.DataFrame({
        "source_file": sheet.file, "source_sheet": sheet.sheet,
        "source_row": pd.array(rows, dtype="Int64"), "column": column,
        "value": pd.array(values if n else [], dtype="string") if not isinstance(values, str) else values,
        "problem": problem, "message": message, "row_kept": kept,
    }, index=range(n))


def _col(block: pd.DataFrame, header: HeaderMap, name: str) -> pd.Series | None:
    c = header.column_of(name)
    return None if c is None else block[c]


class Rows:
    """The case rows of one sheet while their columns are parsed: reads a field's text and
    records the problems of its values (file, sheet, row, header as written, value)."""

    def __init__(self, block: pd.DataFrame, header: HeaderMap, sheet: RawSheet):
        self.block, self.header, self.sheet = block, header, sheet
        self.idx = block.index
        self.problems: list[pd.DataFrame] = []
        self.date_orders: dict = {}  # column -> the order of its numeric dates (date_order.py)

    def blank(self, dtype: str = "string") -> pd.Series:
        return pd.Series(pd.NA, index=self.idx, dtype=dtype)

    def text(self, name: str) -> pd.Series | None:
        return _col(self.block, self.header, name)

    def written(self, name: str) -> str:
        return self.header.written[self.header.column_of(name)]

    def collect(self, name: str, parsed: pd.DataFrame) -> None:
        bad = parsed["problem"].notna()
        if bad.any():
            raw = self.block.loc[bad, self.header.column_of(name)]
            self.add(self.idx[bad.to_numpy()], name, raw.to_numpy(), parsed.loc[bad, "problem"].to_numpy(),
                     parsed.loc[bad, "message"].fillna("").to_numpy())

    def collect_column(self, written: str, cells: pd.Series, parsed: pd.DataFrame, where: pd.Series | None = None) -> None:
        """Like `collect`, for a column no field was given to (named by its header as written);
        `where` keeps the problems of some rows only."""
        bad = parsed["problem"].notna() if where is None else where
        if bad.any():
            self.problems.append(problem_frame(self.sheet, self.idx[bad.to_numpy()].to_numpy(), written, cells[bad].to_numpy(),
                                               parsed.loc[bad, "problem"].to_numpy(), parsed.loc[bad, "message"].fillna("").to_numpy(), True))

    def add(self, rows, name: str, values, problem, message) -> None:
        self.problems.append(problem_frame(self.sheet, np.asarray(rows), self.written(name), values, problem, message, True))

    def with_problems(self, *names: str) -> pd.Series:
        """True for the rows with a problem recorded in the columns of these fields."""
        columns = {self.written(n) for n in names if self.header.column_of(n) is not None}
        found = [p.loc[p["column"].isin(columns), "source_row"] for p in self.problems if len(p)]
        bad = pd.concat(found).dropna().astype(int).unique() if found else []
        return pd.Series(self.idx.isin(bad), index=self.idx)

    def run(self, name: str, parser, extract) -> pd.DataFrame | None:
        text = self.text(name)
        if text is None:
            return None
        parsed = parse_values(text, parser, extract)
        self.collect(name, parsed)
        return parsed


def take_where_read(parsed: pd.DataFrame, second: pd.DataFrame, fields: tuple[str, ...]) -> pd.DataFrame:
    """`parsed`, with the rows that a second reading (two cells read together) understood
    without a problem and with a value for fields[0] taken from that reading."""
    read = second["problem"].isna() & (second[fields[0]].notna() if fields[0] in second else False)
    if not read.any():
        return parsed
    where = read[read].index
    cols = [*fields, "problem", "message"]
    out = parsed.astype(object).reindex(columns=[*parsed.columns, *(c for c in fields if c not in parsed)])
    out.loc[where, cols] = second.reindex(columns=cols).loc[where].to_numpy()
    return out
