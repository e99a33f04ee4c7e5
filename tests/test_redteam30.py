"""Red-team set 30 (hold-out): English lists of international press-freedom, defenders' and think-tank sources.

The lists and every decision taken for their truth are in tests/redteam30_lists.py.

SCORES (filled in below after scoring on main).
"""
from __future__ import annotations

import pytest

from kzanalysis.clean import clean_paths
from accuracy import assert_every_row_accounted, assert_fields_right
from redteam30_lists import write_lists

FILES = {"FLD_defenders_caselist.xlsx", "RSF_barometer_Kazakhstan.xlsx", "central_asia_repression_tracker.csv",
         "Observatory_HRD_annex.xlsx", "UN_SR_communications_KAZ.xlsx"}


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam30")
    truth = write_lists(folder)
    return truth, clean_paths([folder]), folder


def test_lists_written_with_their_truth(cleaned):
    truth, _, folder = cleaned
    assert {p.name for p in folder.iterdir() if p.is_file()} >= FILES
    assert set(truth["source_file"]) == FILES
    assert len(truth) == 336
    assert int((truth["kind"] == "case").sum()) == 321
    assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()


@pytest.mark.xfail(reason="red-team set 30: hold-out; scores in the docstring", strict=False)
def test_every_row_accounted(cleaned):
    truth, result, _ = cleaned
    assert_every_row_accounted(truth, result)


@pytest.mark.xfail(reason="red-team set 30: hold-out; scores in the docstring", strict=False)
def test_fields_right(cleaned):
    truth, result, _ = cleaned
    assert_fields_right(truth, result)
