"""Red-team set 25 (hold-out, technical habits of spreadsheet tools and exports): scores before any fix.

The lists and every decision taken for their truth: tests/redteam25_lists.py.

SCORES-PLACEHOLDER
"""
from __future__ import annotations

import pytest

from accuracy import assert_every_row_accounted, assert_fields_right
from kzanalysis.clean import clean_paths
from redteam25_lists import write_lists

FILES = {"reestr_smart_table.xlsx", "surveymonkey_export.csv", "long_attributes.csv", "volunteers_shared.xlsx",
         "excel_ru_export.csv", "msforms_export.xlsx"}


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam25")
    truth = write_lists(folder)
    return folder, truth, clean_paths([folder])


def test_lists_written_with_their_truth(cleaned):
    folder, truth, _ = cleaned
    assert {p.name for p in folder.iterdir()} >= FILES
    assert set(truth["source_file"]) == FILES
    assert len(truth) == 627
    assert int((truth["kind"] == "case").sum()) == 347
    assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()
    cases = truth.loc[truth["kind"] == "case"]
    assert cases["city"].notna().all() and cases["status"].notna().all()


@pytest.mark.xfail(reason="red-team set 25: hold-out; scores in the docstring", strict=False)
def test_every_row_accounted(cleaned):
    _, truth, result = cleaned
    assert_every_row_accounted(truth, result)


@pytest.mark.xfail(reason="red-team set 25: hold-out; scores in the docstring", strict=False)
def test_fields_right(cleaned):
    _, truth, result = cleaned
    assert_fields_right(truth, result)
