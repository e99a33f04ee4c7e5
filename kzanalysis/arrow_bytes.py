"""The bytes Arrow keeps for a column of strings, looked at directly.

In: an Arrow string array (or chunked array). Out: the bytes of its strings one after another
(`joined_bytes`), and whether any string holds one of a few ASCII bytes (`holds_any`): a few memchr
scans of the data buffers, much quicker than a regex over each value. An ASCII byte never occurs
inside the UTF-8 of another character, so the answer is that of a look at every value.
`may_match` asks a bytes regex of a whole column at once: the cheap first test of a rule that
looks for a mark in cells (a footnote's `[13]`, the `�` of an unreadable byte) before it reads
a column value by value; a column it says no to holds no value that matches. `may_hold` asks the
same of a few byte strings, each found by a plain substring search (quicker than a regex alternation).
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pyarrow as pa


def joined_bytes(strings: pa.Array) -> memoryview:
    """The bytes of all the strings of `strings` one after another (a null or empty string adds none)."""
    offsets_type = np.int64 if pa.types.is_large_string(strings.type) else np.int32
    _, offsets, data = strings.buffers()
    at = np.frombuffer(offsets, dtype=offsets_type)[strings.offset: strings.offset + len(strings) + 1]
    if data is None:  # every string empty or null
        return memoryview(b"")
    return memoryview(data)[int(at[0]): int(at[-1])]


def holds_any(strings: pa.Array | pa.ChunkedArray, chars: bytes) -> bool:
    """Whether any string holds one of these ASCII bytes."""
    for chunk in strings.chunks if isinstance(strings, pa.ChunkedArray) else [strings]:
        if not len(chunk):
            continue
        data = joined_bytes(chunk).tobytes()
        if any(bytes([b]) in data for b in chars):
            return True
    return False


def starts_with_any(strings: pa.Array | pa.ChunkedArray, chars: bytes) -> bool:
    """Whether any string starts with one of these ASCII bytes: the first byte of each non-empty
    string, read from the data buffer at its offset (an ASCII byte is never inside another character)."""
    wanted = np.frombuffer(chars, dtype=np.uint8)
    for chunk in strings.chunks if isinstance(strings, pa.ChunkedArray) else [strings]:
        if not len(chunk):
            continue
        offsets_type = np.int64 if pa.types.is_large_string(chunk.type) else np.int32
        _, offsets, data = chunk.buffers()
        if data is None:
            continue
        at = np.frombuffer(offsets, dtype=offsets_type)[chunk.offset: chunk.offset + len(chunk) + 1]
        starts = at[:-1][at[1:] > at[:-1]]  # nulls and empty strings have no first byte
        if len(starts) and np.isin(np.frombuffer(data, dtype=np.uint8)[starts], wanted).any():
            return True
    return False


def may_match(column: pd.Series, pattern: re.Pattern[bytes]) -> bool:
    """False only where no value of the column can match `pattern`: its strings' UTF-8 bytes, one after
    another, do not match it (a match may straddle two values, never the reverse, so True means "look").
    A column not held by Arrow as strings is always looked at (True). The pattern must match the UTF-8
    bytes of the text the value-by-value test looks for (`rb"\\[\\d"` for `\\[\\d`)."""
    if not (isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "pyarrow"):
        return True
    strings = pa.array(column.array)
    return any(pattern.search(joined_bytes(chunk)) for chunk in (strings.chunks if isinstance(strings, pa.ChunkedArray) else [strings])
               if len(chunk))


def may_hold(column: pd.Series, needles: tuple[bytes, ...]) -> bool:
    """False only where no value of the column holds any of these byte strings (UTF-8): the strings' bytes,
    one after another, are searched for each (a hit may straddle two values, never the reverse, so True
    means "look"). A column not held by Arrow as strings is always looked at (True)."""
    if not (isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "pyarrow"):
        return True
    strings = pa.array(column.array)
    for chunk in strings.chunks if isinstance(strings, pa.ChunkedArray) else [strings]:
        if len(chunk):
            data = joined_bytes(chunk).tobytes()
            # a needle's first byte is looked for first (memchr): most columns hold none of them
            present = {lead for lead in {n[:1] for n in needles} if lead in data}
            if any(needle in data for needle in needles if needle[:1] in present):
                return True
    return False
