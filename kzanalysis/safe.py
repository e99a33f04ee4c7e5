"""Values from a list must never run on the machine of whoever opens our files.

In: a DataFrame about to be written as CSV. Out: a copy where every text
value beginning with `=`, `+`, `-`, `@`, tab or carriage return starts with
an apostrophe, so a spreadsheet shows it as text (OWASP, "CSV Injection").
The Parquet tables keep the values exactly as read.
"""
from __future__ import annotations

import pandas as pd

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_csv(df: pd.DataFrame) -> pd.DataFrame:
    """A copy with risky text values prefixed by an apostrophe; numbers and dates are left alone."""
    out = df.copy(deep=False)  # a column replaced below is replaced in the copy only
    for col in out.columns:
        series = out[col]
        if not (pd.api.types.is_object_dtype(series) or pd.api.types.is_string_dtype(series)):
            continue
        if isinstance(series.dtype, pd.StringDtype) and series.dtype.storage == "pyarrow" and not _may_start_risky(series):
            continue
        risky = series.astype("string").str.startswith(FORMULA_PREFIXES).fillna(False).astype(bool)
        if risky.any():
            out[col] = series.where(~risky, "'" + series.astype("string")).astype(series.dtype)
    return out


_RISKY_BYTES = "".join(FORMULA_PREFIXES).encode()


def _may_start_risky(series: pd.Series) -> bool:
    """False when no value of an Arrow string column starts with one of the risky characters: told from
    the first byte of each value in Arrow's data buffers, without a Python object per value."""
    import pyarrow as pa

    from .arrow_bytes import starts_with_any

    return starts_with_any(pa.array(series.array), _RISKY_BYTES)
