"""The bytes Arrow keeps for a column of strings, looked at directly.

In: an Arrow string array (or chunked array). Out: the bytes of its strings one after another
(`joined_bytes`), and whether any string holds one of a few ASCII bytes (`holds_any`): a few memchr
scans of the data buffers, much quicker than a regex over each value. An ASCII byte never occurs
inside the UTF-8 of another character, so the answer is that of a look at every value.
"""
from __future__ import annotations

import numpy as np
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
