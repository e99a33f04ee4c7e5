"""A column's distinct values and each row's code among them, worked out once per column.

In: a Series. Out: `pandas.factorize` of it (codes, -1 for a missing value, and the distinct values in
order of appearance). A sheet's text column held by Arrow is looked at by several stages (the case ids,
the exact repeats, the field parsers): the codes of the same Arrow array are remembered while it
lives, so a long column is hashed once rather than at every stage. The answer is pandas' own.
"""
from __future__ import annotations

import weakref

import numpy as np
import pandas as pd

# id of an Arrow array -> (a weak reference to it, its dtype, codes, distinct values); an entry goes with its array
_MEMO: dict[int, tuple] = {}


def factorize(values: pd.Series) -> tuple[np.ndarray, pd.Index]:
    """`pd.factorize(values)`: the codes are a fresh array each time (a caller may change them)."""
    array = values.array
    if not isinstance(array, pd.arrays.ArrowStringArray):
        return pd.factorize(values)
    data, dtype = array._pa_array, values.dtype
    key = id(data)
    hit = _MEMO.get(key)
    if hit is not None and hit[0]() is data and hit[1] == dtype:
        return hit[2].copy(), hit[3]
    codes, distinct = pd.factorize(values)
    _MEMO[key] = (weakref.ref(data, lambda _, key=key: _MEMO.pop(key, None)), dtype, codes, distinct)
    return codes.copy(), distinct


def repeat_groups(frame: pd.DataFrame) -> np.ndarray | None:
    """For each row, the position of the first row whose cells are all equal to its own (missing equal to
    missing), as `groupby(columns, dropna=False)` groups them; None where a column is not held by Arrow
    as text (the caller groups those)."""
    if not all(isinstance(frame[c].array, pd.arrays.ArrowStringArray) for c in frame.columns):
        return None
    n = len(frame)
    key = np.zeros(n, dtype=np.int64)
    size = 1  # how many keys `key` can hold so far
    for c in frame.columns:
        codes, distinct = factorize(frame[c])
        width = len(distinct) + 1  # a missing cell is a value of its own (code -1, shifted to 0)
        if size * width >= 2**62:  # the next column would overflow: number the keys so far 0, 1, 2, ...
            key, uniques = pd.factorize(key)
            key, size = key.astype(np.int64), max(len(uniques), 1)
        key = key * width + (codes.astype(np.int64) + 1)
        size *= width
    group, _ = pd.factorize(key)
    first = np.empty(group.max() + 1 if n else 0, dtype=np.int64)
    first[group[::-1]] = np.arange(n - 1, -1, -1)  # written last to first: the first row of each group stays
    return first[group]
