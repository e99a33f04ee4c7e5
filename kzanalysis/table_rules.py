"""The rules of the tidy tables as plain data, checked without loading pandera.

In: a tidy table as a DataFrame. Out: `check()` gives it back with each column in its
type, or raises `TableError` listing every rule it breaks; `empty()` is a table with no
rows; `columns()` the columns in their order. Also the closed vocabularies of the tables
(STATUSES, CODES, PRECISIONS, DECISIONS) and the date columns of cases.

The tables are defined once, as pandera models in kzanalysis/schema.py, with a
description of every column. This module reads the rules of those models from
`table_rules.json` (written from them by `scripts/update_readme.py`, and checked against
them by tests/test_table_rules.py): for each table its columns in order, each column's
type, whether it may be empty, whether its values are unique, its allowed values and
bounds. `check` applies exactly the rules pandera applies to these models (strict,
ordered, coerced) and gives the same frame, value for value; what it saves is pandera's
load, a third of a second at every `kzanalysis clean`, and its per-column overhead.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pandas as pd

RULES_FILE = Path(__file__).resolve().parent / "table_rules.json"

STATUSES = (
    "imprisoned",
    "restricted_freedom",
    "probation",
    "fined",
    "pretrial_detention",
    "house_arrest",
    "under_investigation",
    "compulsory_treatment",
    "released",
    "acquitted",
    "unknown",
    "died",  # died in custody: the stock stops counting the person on the date of death (released_on)
)
CODES = ("CC", "CC1997", "CAO")
PRECISIONS = ("day", "month", "year")
DATE_COLUMNS = ("detained_on", "charged_on", "sentenced_on", "released_on")
DECISIONS = ("linked", "not_linked", "review", "analyst_same", "analyst_different")


class TableError(ValueError):
    """A tidy table breaks a rule of its schema: a bug in the cleaner, never a problem of a list."""


class AccountingError(AssertionError):
    """Rows were lost between reading and the tidy tables: a bug, never a user's mistake."""


@cache
def rules() -> dict[str, list[dict]]:
    """table -> its columns in order, each {name, dtype, nullable, unique, isin, ge, le}."""
    return json.loads(RULES_FILE.read_text(encoding="utf-8"))


def columns(table: str) -> list[str]:
    return [c["name"] for c in rules()[table]]


@cache
def _dtype(name: str):
    return pd.api.types.pandas_dtype(name)


def empty(table: str) -> pd.DataFrame:
    """A table with no rows, its columns in their types."""
    return pd.DataFrame({c["name"]: pd.Series(dtype=_dtype(c["dtype"])) for c in rules()[table]})


def _coerced(values: pd.Series, dtype: str) -> pd.Series:
    """The column in its type, as pandera coerces it: astype, dates through pd.to_datetime."""
    target = _dtype(dtype)
    if values.dtype == target:
        return values
    if dtype.startswith("datetime64"):
        if not pd.api.types.is_datetime64_dtype(values.dtype):
            values = pd.to_datetime(values)
    return values.astype(target)


def check(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """The table with each column in its type; `TableError` naming every broken rule otherwise."""
    spec = rules()[table]
    names = [c["name"] for c in spec]
    failures: list[str] = []
    if list(df.columns) != names:
        missing = [n for n in names if n not in df.columns]
        extra = [str(n) for n in df.columns if n not in names]
        failures.append(f"columns should be {names}" + (f"; missing {missing}" if missing else "")
                        + (f"; not in the schema {extra}" if extra else "") + ("" if missing or extra else " in this order"))
        raise TableError(f"table {table}: " + "; ".join(failures))
    out = {}
    for c in spec:
        name = c["name"]
        try:
            values = _coerced(df[name], c["dtype"])
        except (TypeError, ValueError) as exc:
            failures.append(f"{name}: not of type {c['dtype']} ({exc})")
            continue
        out[name] = values
        present = values.notna()
        if not c["nullable"] and not present.all():
            failures.append(f"{name}: {int((~present).sum())} empty value(s) where none may be empty")
        if c["unique"] and values.duplicated(keep=False).any():
            failures.append(f"{name}: repeated values {values[values.duplicated()].head(3).tolist()}")
        if c.get("isin") is not None:
            outside = present & ~values.isin(c["isin"])
            if outside.any():
                failures.append(f"{name}: values outside {c['isin']}: {sorted(map(str, values[outside].unique()))[:5]}")
        for bound, broken in (("ge", lambda v, b: v < b), ("le", lambda v, b: v > b)):
            if c.get(bound) is not None:
                bad = present & broken(values, c[bound]).fillna(False).astype(bool)
                if bad.any():
                    failures.append(f"{name}: values {'below' if bound == 'ge' else 'above'} {c[bound]}: {values[bad].head(3).tolist()}")
    if failures:
        raise TableError(f"table {table}: " + "; ".join(failures))
    return pd.DataFrame(out, index=df.index)


def rules_of_models(models: dict) -> dict[str, list[dict]]:
    """The rules of pandera models (kzanalysis/schema.py MODELS), as `table_rules.json` holds them."""
    out = {}
    for table, model in models.items():
        schema = model.to_schema()
        assert schema.strict is True and schema.coerce is True and schema.ordered is True, table
        cols = []
        for name, col in schema.columns.items():
            rule = {"name": name, "dtype": str(_pandas_dtype(col.dtype)), "nullable": bool(col.nullable),
                    "unique": bool(col.unique), "isin": None, "ge": None, "le": None}
            for chk in col.checks:
                if chk.name == "isin":
                    rule["isin"] = list(chk.statistics["allowed_values"])
                elif chk.name == "greater_than_or_equal_to":
                    rule["ge"] = chk.statistics["min_value"]
                elif chk.name == "less_than_or_equal_to":
                    rule["le"] = chk.statistics["max_value"]
                else:
                    raise ValueError(f"{table}.{name}: check {chk.name} is not one table_rules.check applies; add it there")
            cols.append(rule)
        out[table] = cols
    return out


def _pandas_dtype(dtype) -> object:
    return dtype.type if not isinstance(dtype.type, type) else pd.api.types.pandas_dtype(dtype.type)


def rules_json(models: dict) -> str:
    """`table_rules.json` as written: one line per column."""
    tables = [f'"{t}": [\n' + ",\n".join("  " + json.dumps(c, ensure_ascii=False) for c in cols) + "\n ]"
              for t, cols in rules_of_models(models).items()]
    return "{\n " + ",\n ".join(tables) + "\n}\n"
