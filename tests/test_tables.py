from __future__ import annotations

import json

import pandas as pd
import pytest

from kzanalysis import load, period, summary
from kzanalysis.tables import NotCleanedError


def test_round_trip_keeps_types(tidy_dir):
    t = load(tidy_dir)
    assert str(t.cases["birth_year"].dtype) == "Int64"
    assert str(t.cases["dvk_koshe"].dtype) == "boolean"
    assert pd.api.types.is_datetime64_any_dtype(t.cases["started_on"])
    assert (tidy_dir / "cases.csv").read_text(encoding="utf-8").splitlines()[0].startswith("case_id,person_id,source,")
    assert json.loads((tidy_dir / "manifest.json").read_text())["totals"]["cases"] == 80


def test_load_missing_says_what_to_do(tmp_path):
    with pytest.raises(NotCleanedError, match="kzanalysis clean"):
        load(tmp_path)


def test_summary_counts_match_pandas(tidy_dir):
    t = load(tidy_dir)
    p = period.parse_label("2021")
    s = summary.summarise(t, p)
    cases = t.cases[(t.cases.started_on >= "2021-01-01") & (t.cases.started_on <= "2021-12-31")]
    assert s["cases_started"] == len(cases)
    merged = t.charges[t.charges.code == "CC"].merge(cases[["case_id"]])
    assert s["by_article"] == {str(k): v for k, v in merged.drop_duplicates(["case_id", "article"]).article.value_counts().items()} or \
        sorted(s["by_article"].items()) == sorted((str(k), v) for k, v in merged.drop_duplicates(["case_id", "article"]).article.value_counts().items())
    assert s["dvk_koshe"]["cases"] == int(cases.dvk_koshe.sum())
    lo, hi = s["dvk_koshe"]["ci95"]
    assert lo <= s["dvk_koshe"]["share"] <= hi


def test_wilson_known_value():
    lo, hi = summary.wilson(5, 10)
    assert round(lo, 4) == 0.2366 and round(hi, 4) == 0.7634
    assert summary.wilson(0, 0) is None


@pytest.mark.parametrize("label,start,end", [("2021Q3", "2021-07-01", "2021-09-30"), ("2020", "2020-01-01", "2020-12-31"),
                                             ("2021-01-01_2021-06-30", "2021-01-01", "2021-06-30")])
def test_period_labels(label, start, end):
    p = period.parse_label(label)
    assert (p.start.isoformat(), p.end.isoformat(), p.label) == (start, end, label)


@pytest.mark.parametrize("bad", ["2021Q5", "2021-06-30_2021-01-01", "spring"])
def test_bad_period_is_an_error(bad):
    with pytest.raises(period.PeriodError):
        period.parse_label(bad)


def test_previous_period():
    assert period.previous(period.parse_label("2021Q1")).label == "2020Q4"
    assert period.previous(period.parse_label("2021")).label == "2020"
    assert period.previous(period.parse_label("2021-01-11_2021-01-20")).label == "2021-01-01_2021-01-10"


def test_tidy_csv_neutralises_formulas_and_parquet_keeps_values(tidy_dir):
    import pandas as pd

    csv = pd.read_csv(tidy_dir / "cases.csv", dtype=str, keep_default_na=False)
    parquet = load(tidy_dir).cases
    hostile = parquet["name"].str.startswith(("=", "+", "-", "@", "\t", "\r")).fillna(False)
    assert hostile.sum() >= 4
    assert (csv.loc[hostile.to_numpy(), "name"].str[0] == "'").all()
    assert (csv.loc[hostile.to_numpy(), "name"].str[1:].str.strip() == parquet.loc[hostile, "name"].str.strip()).all()
