"""The cleaner on hand-written red-team lists (tests/redteam_lists.py), written without reading the generator.

Every row below a header must be accounted for (a case, or dropped as not a
case) and each field must be right for at least 98% of the cases (the README
"Inputs"; the lists currently read 100%).
"""
from __future__ import annotations

import pytest

from accuracy import assert_every_row_accounted, assert_fields_right
from kzanalysis.clean import clean_paths
from redteam_lists import write_lists



@pytest.fixture(scope="module")
def cleaned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam")
    truth = write_lists(folder)
    return truth, clean_paths([folder])


def test_every_row_is_accounted_for(cleaned):
    assert_every_row_accounted(*cleaned)


def test_every_column_is_mapped(cleaned):
    _, result = cleaned
    unmapped = {(f["file"], s["sheet"]): s["unmapped_columns"] for f in result.manifest["files"] for s in f["sheets"] if s["unmapped_columns"]}
    assert not unmapped


def test_fields_are_read_right(cleaned):
    assert_fields_right(*cleaned)


def test_status_word_and_term_in_two_columns_read_together(cleaned):
    # `осужден` in the status column, `1 год 6 мес.` in the term column: imprisoned, no unknown_status left.
    _, result = cleaned
    p = result.problems
    assert not ((p["problem"] == "unknown_status") & p["value"].isin(["осужден", "сотталды"])).any()
