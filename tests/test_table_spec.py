"""table_spec.py names the tidy tables' columns for the cleaning chain, without pandera: the same columns,
in the same order, with the same dtypes and closed vocabularies, as the pandera models of schema.py."""
from __future__ import annotations

import pandas as pd
import pytest

from kzanalysis import schema, table_spec
from kzanalysis.tables import TABLES


@pytest.mark.parametrize("table", TABLES)
def test_columns_and_dtypes_are_those_of_the_model(table):
    columns = schema.MODELS[table].to_schema().columns
    assert table_spec.column_names(table) == list(columns)
    assert {n: table_spec.dtype_of(k) for n, k in table_spec.COLUMNS[table]} == {n: c.dtype.type for n, c in columns.items()}
    from_model = pd.DataFrame({name: pd.Series(dtype=col.dtype.type) for name, col in columns.items()})
    pd.testing.assert_frame_equal(table_spec.empty(table), from_model, check_exact=True)
    assert table_spec.empty(table) is not table_spec.empty(table)  # a copy each time: a caller may fill it


def test_an_empty_table_passes_its_model_unchanged():
    for table in TABLES:
        pd.testing.assert_frame_equal(schema.validate(table, table_spec.empty(table)), table_spec.empty(table))


def test_closed_vocabularies_are_the_models_own():
    checks = {name: col.checks for name, col in schema.MODELS["cases"].to_schema().columns.items()}
    allowed = {name: [c.statistics["allowed_values"] for c in cs if c.name == "isin"] for name, cs in checks.items()}
    assert allowed["status"] == [list(table_spec.STATUSES)] and allowed["started_precision"] == [list(table_spec.PRECISIONS)]
    assert schema.STATUSES is table_spec.STATUSES and schema.DATE_COLUMNS is table_spec.DATE_COLUMNS


def test_a_text_column_of_the_exact_dtype_passes_whole_and_any_other_is_checked_by_pandera():
    from pandera.engines import pandas_engine

    text, string = schema.Text(), pandas_engine.STRING()
    exact = pd.Series(["a", None], dtype=table_spec.dtype_of("text"))
    assert text.check(pandas_engine.Engine.dtype(exact.dtype), exact) is True
    assert str(text) == str(string) and text.type == string.type  # the same dtype, named the same in the data dictionary
    mixed = pd.Series(["a", 3, None], dtype=object)  # pandera's own answer, cell by cell
    assert list(text.check(pandas_engine.Engine.dtype(mixed.dtype), mixed)) == list(string.check(pandas_engine.Engine.dtype(mixed.dtype), mixed))
    assert text.check(pandas_engine.Engine.dtype(pd.Series([1.5]).dtype), pd.Series([1.5])) is False


def test_text_columns_are_still_coerced_and_checked():
    import pandera.errors

    cases = schema.validate("cases", table_spec.empty("cases"))
    row = {c: None for c in cases.columns} | {"case_id": "a", "person_id": "a", "source": "s", "source_file": "f",
                                              "source_sheet": "", "source_row": 2, "status": "imprisoned", "dvk_koshe": False}
    good = schema.validate("cases", pd.DataFrame([row]).astype({"source_row": "Int64", "dvk_koshe": "boolean"}))
    assert str(good["name"].dtype) == "str" and good["case_id"].tolist() == ["a"]
    numbered = schema.validate("cases", pd.DataFrame([row | {"source_sheet": 7}]).astype({"source_row": "Int64", "dvk_koshe": "boolean"}))
    assert numbered["source_sheet"].tolist() == ["7"]  # a number in a text column is coerced to its text
    with pytest.raises(pandera.errors.SchemaErrors):
        schema.validate("cases", pd.DataFrame([row | {"status": "jailed"}]).astype({"source_row": "Int64", "dvk_koshe": "boolean"}))
