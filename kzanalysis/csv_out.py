"""The CSV copies of the tidy tables, written with Arrow's string kernels.

The bytes are those of pandas' `DataFrame.to_csv(index=False, lineterminator="\\r\\n")`: a header line,
minimal quoting (a value is quoted only when it holds a comma, a double quote, a carriage return or a
line feed, and a quote inside is doubled), RFC 4180 line ends, a missing value as nothing, True/False,
whole numbers as digits, floats as Python writes them, dates as YYYY-MM-DD. pandas turns every Arrow
string into a Python object and writes row by row through the csv module: most of the time of a clean
of a million rows went there. Here each column becomes its text once, the cells of a row are joined
by Arrow, and the lines go out in blocks of rows.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .arrow_bytes import holds_any, joined_bytes

# A value holding one of these is quoted (csv.QUOTE_MINIMAL with "\r\n" as line end).
_SPECIAL = r'[,"\r\n]'
BLOCK_ROWS = 200_000  # lines joined at a time: the text of a block, not of the whole table, is held


def _quoted(text: pa.Array | pa.ChunkedArray) -> pa.Array:
    if not holds_any(text, b',"\r\n'):
        return text  # nothing to quote: the common case, told without a regex
    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks()
    encoded = pc.dictionary_encode(text)
    if 2 * len(encoded.dictionary) <= len(text):  # values repeat (titles, statuses): each distinct one quoted once
        return _quote_each(encoded.dictionary).take(encoded.indices)
    return _quote_each(text)


def _quote_each(text: pa.Array) -> pa.Array:
    needs = pc.match_substring_regex(text, _SPECIAL)
    if not pc.any(needs).as_py():
        return text
    doubled = pc.replace_substring(text, '"', '""')
    return pc.if_else(needs, pc.binary_join_element_wise('"', doubled, '"', ""), text)


def _distinct_text(keys: np.ndarray, texts_of, missing: np.ndarray) -> pa.Array:
    """Each row's text made once per distinct key (`texts_of(distinct keys)` gives their texts as an
    object array), then taken by Arrow for every row; a missing row is null. `keys` are integers
    standing for the values exactly (a date's day, a float's bits)."""
    codes, distinct = pd.factorize(keys)
    texts = pa.array(texts_of(np.asarray(distinct)), type=pa.string())
    return texts.take(pa.array(codes.astype(np.int64), mask=missing))


def _text(series: pd.Series) -> pa.Array:
    """Each value of the column as pandas writes it into a CSV (null where it writes nothing)."""
    values = series.reset_index(drop=True)
    missing = values.isna().to_numpy(dtype=bool)
    if values.dtype == np.dtype("datetime64[ns]"):
        # the day of each value (numpy floors to the day), written by Arrow as YYYY-MM-DD: strftime's text
        days = values.to_numpy().astype("datetime64[D]")  # a list repeats its dates: each distinct day written once
        return _distinct_text(days.view(np.int64), lambda d: pc.cast(pa.array(d.view("datetime64[D]")), pa.string()).to_numpy(zero_copy_only=False),
                              np.isnat(days))
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        return pa.array(values.dt.strftime("%Y-%m-%d"), type=pa.string(), from_pandas=True)
    if pd.api.types.is_bool_dtype(values.dtype):
        flags = values.fillna(False).to_numpy(dtype=bool).astype(np.int8)
        return pa.array(["False", "True"], type=pa.string()).take(pa.array(flags, mask=missing))
    if pd.api.types.is_integer_dtype(values.dtype):
        return pc.cast(pa.array(values, from_pandas=True), pa.string())
    if pd.api.types.is_float_dtype(values.dtype):
        # numpy's float text is Python's repr (the shortest that reads back), as pandas writes it
        # (each distinct float once: keyed by its bits, so -0.0 and 0.0 keep their own text)
        floats = values.to_numpy(dtype="float64", na_value=np.nan)
        return _distinct_text(floats.view(np.int64), lambda bits: bits.view(np.float64).astype(str).astype(object), missing)
    if isinstance(values.dtype, pd.StringDtype):
        return _quoted(pa.array(values, type=pa.string(), from_pandas=True))
    text = values.astype("string")  # anything else: its text, as str() gives it
    return _quoted(pa.array(text, type=pa.string(), from_pandas=True))


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """Write `frame` to `path` (UTF-8) as `frame.to_csv(path, index=False, lineterminator="\\r\\n")` would."""
    if frame.shape[1] < 2:  # the csv module quotes an empty value that is alone on its line: keep its rule
        frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\r\n")
        return
    header = pc.binary_join_element_wise(*[_quoted(pa.array([str(c)])) for c in frame.columns], ",").to_pylist()[0]
    with open(path, "wb") as fh:
        fh.write((header + "\r\n").encode("utf-8"))
        for start in range(0, len(frame), BLOCK_ROWS):
            block = frame.iloc[start: start + BLOCK_ROWS]
            texts = [_text(block.iloc[:, j]) for j in range(block.shape[1])]
            # the line end goes on the last cell (a missing one is nothing): the lines are joined in one pass
            texts[-1] = pc.binary_join_element_wise(pc.fill_null(texts[-1], ""), "\r\n", "")
            lines = pc.binary_join_element_wise(*texts, ",", null_handling="replace", null_replacement="")
            for chunk in lines.chunks if isinstance(lines, pa.ChunkedArray) else [lines]:
                if len(chunk):
                    fh.write(joined_bytes(chunk))
