"""Red-team set 27 (hold-out): status and stage histories after the verdict, Russian and English.

The lists and every decision taken for the truth are described in tests/redteam27_lists.py.

SCORES_PLACEHOLDER
"""
from __future__ import annotations

import pytest

from kzanalysis.clean import clean_paths
from tests.accuracy import assert_every_row_accounted, assert_fields_right
from tests.redteam27_lists import write_lists

FILES = {"udo_petitions_monitoring.xlsx", "kz_prisoners_status_log.csv", "fund_register_etap.xlsx",
         "repeat_prosecutions.xlsx"}


@pytest.fixture(scope="module")
def red27(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam27")
    truth = write_lists(folder)
    return folder, truth, clean_paths([folder])


def test_lists_written_and_truth_complete(red27):
    folder, truth, _ = red27
    assert {p.name for p in folder.iterdir()} == FILES
    assert set(truth["source_file"]) == FILES
    assert len(truth) == 387
    assert int((truth["kind"] == "case").sum()) == 372
    assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()


@pytest.mark.xfail(reason="red-team set 27: hold-out; scores in the docstring", strict=False)
def test_every_row_accounted(red27):
    _, truth, result = red27
    assert_every_row_accounted(truth, result)


@pytest.mark.xfail(reason="red-team set 27: hold-out; scores in the docstring", strict=False)
def test_fields_right(red27):
    _, truth, result = red27
    assert_fields_right(truth, result)
