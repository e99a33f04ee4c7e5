"""The cleaner on lists it has never seen: generated holdout lists with their ground truth.

Each seed gives other file names, sheet names, header wordings, column orders,
title rows and spellings. Every row must be accounted for, and at least 98% of
the values of each field must be right (issue 3).
"""
from __future__ import annotations

import pandas as pd
import pytest

from accuracy import FIELDS, assert_every_row_accounted, assert_fields_right, compare, generator
from kzanalysis.clean import clean_paths



@pytest.fixture(scope="module")
def make_samples():
    return generator()


@pytest.mark.parametrize("seed", [7, 11, 2024])
def test_holdout_lists_are_read_right(tmp_path, make_samples, seed):
    truth = make_samples.generate(tmp_path, seed=seed, variant="holdout")
    result = clean_paths([tmp_path])
    assert_every_row_accounted(truth, result)
    assert_fields_right(truth, result)


def test_committed_samples_are_read_right():
    from accuracy import REPO

    truth = pd.read_csv(REPO / "tests" / "fixtures" / "samples_truth.csv", dtype=str, keep_default_na=False)
    result = clean_paths([REPO / "data" / "raw"])
    wrong, accuracy = compare(result.cases, truth)
    assert set(accuracy) == set(FIELDS)
    assert min(accuracy.values()) >= 0.995, f"{accuracy}\n{wrong.to_string()}"
