"""Red-team set 23 (hold-out): English-language and international sources. See tests/redteam23_lists.py.

Scores: (filled in below after the first run on main)
"""
from __future__ import annotations

import pytest

from accuracy import assert_every_row_accounted, assert_fields_right
from kzanalysis.clean import clean_paths
from redteam23_lists import write_lists

FILES = {"uscirf_forb_victims_kz.csv", "defending_freedoms_kazakhstan.xlsx", "eu_trial_observation_kz.xlsx",
         "odihr_eom_annex_kz_2022.xlsx",
         "datadesk_speech_cases.xlsx"}


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam23")
    truth = write_lists(folder)
    return truth, clean_paths([folder])


def test_lists_written_with_their_truth(tmp_path):
    truth = write_lists(tmp_path)
    assert {p.name for p in tmp_path.iterdir()} == FILES
    assert set(truth["source_file"]) == FILES
    assert (truth["kind"] == "case").sum() == 323
    assert (truth["kind"] == "not_a_case").sum() == 27
    assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()
    again = write_lists(tmp_path / "again")
    assert again.equals(truth)


@pytest.mark.xfail(reason="red-team set 23: hold-out; scores in the docstring", strict=False)
def test_every_row_accounted(cleaned):
    truth, result = cleaned
    assert_every_row_accounted(truth, result)


@pytest.mark.xfail(reason="red-team set 23: hold-out; scores in the docstring", strict=False)
def test_fields_right(cleaned):
    truth, result = cleaned
    assert_fields_right(truth, result)
