"""Persons hold-out 3 (tests/redpersons3_lists.py): is the same invented person, written as NGOs of other
countries write names, linked across six lists and within them?

SCORES_PLACEHOLDER
"""
from __future__ import annotations

import pandas as pd
import pytest

from kzanalysis.clean import clean_paths
from redpersons3_lists import write_lists

KEY = ["source_file", "source_sheet", "source_row"]


def _pairs(frame: pd.DataFrame, by: list[str]) -> int:
    """Number of unordered pairs of rows that share every column in `by`."""
    sizes = frame.groupby(by, dropna=True).size()
    return int((sizes * (sizes - 1) // 2).sum())


def pairwise(frame: pd.DataFrame, predicted: str, truth: str = "person") -> dict[str, float]:
    """Pairwise precision and recall of the grouping `predicted` against `truth` (one row per case row)."""
    true_pairs, linked = _pairs(frame, [truth]), _pairs(frame, [predicted])
    found = _pairs(frame, [truth, predicted])
    return {"true_pairs": true_pairs, "linked_pairs": linked, "found": found,
            "precision": found / linked if linked else 1.0, "recall": found / true_pairs if true_pairs else 1.0}


def baseline_key(cases: pd.DataFrame) -> pd.Series:
    """The issue's baseline: the transliterated name, lower-cased, words sorted, plus the birth year. A row
    without a year matches nothing (it gets a key of its own)."""
    words = cases["name_latin"].fillna("").str.lower().str.split().map(sorted).str.join(" ")
    key = words + "|" + cases["birth_year"].astype("string")
    return key.where(cases["birth_year"].notna(), "no year:" + cases["case_id"].astype(str))


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redpersons3")
    truth = write_lists(folder)
    result = clean_paths([folder])
    cases = result.cases.assign(source_sheet=result.cases["source_sheet"].fillna("").astype(str),
                                source_row=result.cases["source_row"].astype(int))
    joined = truth.merge(cases[[*KEY, "case_id", "person_id", "name_latin", "birth_year"]], on=KEY, how="left",
                         suffixes=("", "_got"), validate="one_to_one")
    joined["baseline"] = baseline_key(joined.assign(case_id=joined["case_id"].fillna("missing")))
    return truth, result, joined


def test_every_truth_row_is_a_case(linked):
    truth, result, joined = linked
    assert result.manifest["totals"]["rows_read"] == len(truth)
    assert result.manifest["totals"]["cases"] == len(truth)
    missing = joined.loc[joined["case_id"].isna(), KEY]
    assert missing.empty, f"truth rows not found as cases: {missing.head(10).to_string()}"
    assert joined["person_id"].notna().all()


def test_the_baseline_is_scored(linked):
    """The baseline is computed on every row and never links two rows of different years (a check that the
    key is what the issue names, not a score to reach)."""
    _, _, joined = linked
    score = pairwise(joined, "baseline")
    assert score["linked_pairs"] > 0
    years = joined.groupby("baseline")["birth_year"].nunique()
    assert (years <= 1).all()


@pytest.mark.xfail(reason="persons hold-out; scores in the docstring", strict=False)
def test_pairwise_precision(linked):
    _, _, joined = linked
    score = pairwise(joined, "person_id")
    assert score["precision"] >= 0.95, score


@pytest.mark.xfail(reason="persons hold-out; scores in the docstring", strict=False)
def test_pairwise_recall(linked):
    _, _, joined = linked
    score = pairwise(joined, "person_id")
    assert score["recall"] >= 0.95, score
