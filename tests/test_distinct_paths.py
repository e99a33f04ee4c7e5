"""The quick paths over whole columns give exactly what the value-by-value ones give (property tests).

Each quick path of a long list (a glance at a column's bytes, a pattern read on each distinct beginning,
a name that is its own Latin spelling, a name cell without a digit, a column's codes remembered, exact
repeats told by codes) is checked against the plain pandas or Python way it replaces.
"""
from __future__ import annotations

from functools import partial

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from kzanalysis import codes as column_codes
from kzanalysis.arrow_bytes import may_hold
from kzanalysis.cell_links import _HINT_BYTES
from kzanalysis.footnotes import _ANY_BYTES
from kzanalysis.parse import names
from kzanalysis.rows import _TOTALS, _TOTALS_WIDTH, _anchored_contains
from kzanalysis.values import Field, parse_values

CHARS = "abcwhtp:/.[]1¹²³⁴⁰ \u00a0\tабвгИтогоTOTALſıKЖ"
cells = st.lists(st.one_of(st.none(), st.text(alphabet=CHARS, max_size=12)), max_size=30)


@settings(max_examples=300, deadline=None)
@given(cells)
def test_a_glance_at_the_bytes_finds_what_the_values_hold(values):
    column = pd.Series(values, dtype="string")
    joined = b"".join(v.encode() for v in values if v is not None)
    for needles in (_ANY_BYTES, _HINT_BYTES, (b"\n",)):
        assert may_hold(column, needles) == any(n in joined for n in needles)
        if any(n in v.encode() for v in values if v is not None for n in needles):
            assert may_hold(column, needles)  # a value holding one is never missed


TOTAL_WORDS = ["итого", "ИТОГ", "всего", "барлығы", "total", "Totals", "in total", "grand total", "ſum", "TOTAL", "totality"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", " ", "\t", "\u00a0", "\u2003 ", "\n"]), st.sampled_from(TOTAL_WORDS + ["Ivanov", ""]),
                          st.text(alphabet="s:_- 1ыx\u0301", max_size=6)), max_size=40))
def test_totals_told_by_the_beginnings_as_by_each_text(parts):
    texts = pd.Series(pd.unique(pd.Series(["".join(p) for p in parts], dtype=object)), dtype="string")
    expected = texts.str.contains(_TOTALS).fillna(False).to_numpy(dtype=bool)
    assert (_anchored_contains(texts, _TOTALS, _TOTALS_WIDTH).to_numpy(dtype=bool) == expected).all()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="AaZz -'ЖжаКҚқəӘХх\u0301i̇", max_size=16), max_size=20))
def test_many_names_spelled_as_each_alone(values):
    assert names.transliterate_many(values) == [names.transliterate(v) for v in values]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(alphabet="Ivan Ivanov,.()гр1985 b.born٣", max_size=24),
                          st.tuples(st.sampled_from(["Ivanov Ivan", "Иванов Иван", "", "b."]), st.sampled_from([", ", " (", " ", ""]),
                                    st.sampled_from(["1985", "85", "", "2030", "١٩٨٥"]),
                                    st.sampled_from([" г.р.", " b.", "", ")", " born", " ж.т."])).map("".join)), max_size=30),
       st.booleans())
def test_name_cells_without_a_digit_skipped_as_the_parser_reads_them(values, bare):
    text = pd.Series(values, dtype="string")
    parser = partial(names.birth_year_in_name, bare=bare)
    quick = parse_values(text, parser, lambda v: {"year": v})
    del names.birth_year_in_name.gives_nothing
    try:
        slow = parse_values(text, parser, lambda v: {"year": v})
    finally:
        names.birth_year_in_name.gives_nothing = names._without_digits
    pd.testing.assert_frame_equal(quick, slow)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", None]), st.sampled_from(["x", None]), st.sampled_from(["1", "2", "3", None])),
                max_size=40))
def test_exact_repeats_grouped_as_pandas_groups_them(rows):
    frame = pd.DataFrame(rows, columns=["a", "b", "c"], dtype="string").set_axis(np.arange(len(rows)) * 3 + 5)
    first_at = column_codes.repeat_groups(frame)
    if not len(frame):
        assert len(first_at) == 0
        return
    group = frame.groupby(list(frame.columns), dropna=False, sort=False).ngroup()
    expected = pd.Series(frame.index, index=frame.index).groupby(group.to_numpy()).transform("first")
    assert (frame.index.to_numpy()[first_at] == expected.to_numpy()).all()


def test_repeat_groups_leaves_a_column_not_held_by_arrow_to_pandas():
    assert column_codes.repeat_groups(pd.DataFrame({"a": ["x", "y"], "b": pd.Series([1, 2], dtype=object)})) is None


def test_the_codes_of_a_column_are_pandas_own_and_fresh_each_time():
    column = pd.Series(["b", None, "a", "b"], dtype="string")
    codes, distinct = column_codes.factorize(column)
    expected_codes, expected_distinct = pd.factorize(column)
    assert (codes == expected_codes).all() and distinct.equals(expected_distinct)
    codes[:] = 7  # a caller may change its codes: the next caller still gets pandas' own
    again, _ = column_codes.factorize(column)
    assert (again == expected_codes).all()
    as_str = column.astype("str")  # the same Arrow strings under another dtype: their own distinct values
    assert column_codes.factorize(as_str)[1].dtype == pd.factorize(as_str)[1].dtype


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.sampled_from(["Ivanov Ivan", "Иванов Иван", "n/a", "-", "#KAIYRBEK Askar", "Ivanov Ivan, 1985 г.р.",
                                                      "12345", "Ivаnov", "  Ivanov  Ivan ", "Ivan-Petrov"]),
                          st.text(alphabet="Ivan Иван-#,1 ", max_size=14)), max_size=30), st.booleans())
def test_names_given_back_as_written_fill_their_column_as_their_records_would(values, bare):
    text = pd.Series(values, dtype="string")
    parser = partial(names.clean_name, bare=bare)
    pd.testing.assert_frame_equal(parse_values(text, parser, Field("name")), parse_values(text, parser, lambda v: {"name": v}),
                                  check_exact=True)
