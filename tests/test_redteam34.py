r"""Red-team set 34 (GENERALITY hold-out): five lists from a new partner, scored before any fix (tests/redteam34_lists.py).

SCORES PENDING
"""
from __future__ import annotations

import pytest
from accuracy import assert_every_row_accounted, assert_fields_right
from redteam34_lists import write_lists

from kzanalysis.clean import clean_paths

FILES = {"реестр_заседаний_2021-2022.xlsx", "доклад_2021_из_pdf.xlsx", "diaspora_list_en.csv", "тізім_2022.xlsx",
         "по_статьям_2020.ods"}


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam34")
    truth = write_lists(folder)
    return folder, truth


@pytest.fixture(scope="module")
def cleaned(written):
    folder, truth = written
    return truth, clean_paths([folder])


def test_lists_written_and_truth_complete(written, tmp_path):
    folder, truth = written
    assert {p.name for p in folder.iterdir()} == FILES
    assert len(truth) == 371
    assert int((truth["kind"] == "case").sum()) == 254
    assert set(truth["source_file"]) == FILES
    cases = truth.loc[truth["kind"] == "case"]
    assert cases["status"].notna().all() and cases["started_on"].ne("").all()
    assert cases["started_precision"].isin(["day", "month", "year"]).all()
    assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()
    # the same seed writes the same truth
    again = write_lists(tmp_path)
    assert again.equals(truth)


@pytest.mark.xfail(reason="red-team set 34: scores in the docstring", strict=False)
def test_every_row_accounted(cleaned):
    truth, result = cleaned
    assert_every_row_accounted(truth, result)


@pytest.mark.xfail(reason="red-team set 34: scores in the docstring", strict=False)
def test_fields_right(cleaned):
    truth, result = cleaned
    assert_fields_right(truth, result)
