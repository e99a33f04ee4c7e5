"""Red-team set 22 (hold-out): Russian-language lists, scored on the cleaner as it stands (no fixes).

Scores: to be filled in after the first run.
"""
from __future__ import annotations

import pytest

from kzanalysis.clean import clean_paths
from tests.accuracy import assert_every_row_accounted, assert_fields_right
from tests.redteam22_lists import write_lists


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam22")
    truth = write_lists(folder)
    return folder, truth, clean_paths([folder])


def test_lists_written_and_truth_complete(cleaned):
    folder, truth, _ = cleaned
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["dannye_redaktsii_oppozitsiya.csv", "memorial_politzek_kz.xlsx",
                     "obrashchenie_rodstvennikov_prilozhenie.xlsx", "rezonansnye_dela_sudy_2023.xlsx",
                     "spisok_politzaklyuchennyh_wiki.xlsx"]
    assert len(truth) == EXPECTED_ROWS
    assert int((truth["kind"] == "case").sum()) == EXPECTED_CASES
    assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()


@pytest.mark.xfail(reason="red-team set 22: hold-out; scores in the docstring", strict=False)
def test_every_row_accounted(cleaned):
    _, truth, result = cleaned
    assert_every_row_accounted(truth, result)


@pytest.mark.xfail(reason="red-team set 22: hold-out; scores in the docstring", strict=False)
def test_fields_right(cleaned):
    _, truth, result = cleaned
    assert_fields_right(truth, result)


EXPECTED_ROWS = 403
EXPECTED_CASES = 373
