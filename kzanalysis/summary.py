"""The headline numbers of a period, shared by the report and the partner workbook.

In: the tidy tables and a `Period`. Out: the `summary.json` dict of the README
("Report"), and the small tables behind it (by quarter, article, city, ...).
Every count is of documented cases: cases whose `started_on` falls in the period;
the `*_persons` counts are of the people of those cases (cases.person_id), each once.
"""
from __future__ import annotations

import math

import pandas as pd

from . import custody
from .period import Period
from .tables import Tables

CRIMINAL_CODES = ("CC", "CC1997")
Z95 = 1.959963984540054  # two-sided 95% normal quantile


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """Wilson score interval for k successes in n trials; None when n == 0."""
    if n == 0:
        return None
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def in_period(cases: pd.DataFrame, period: Period) -> pd.DataFrame:
    """The cases whose started_on falls in the period (inclusive)."""
    return cases.loc[period.contains(cases["started_on"])]


def by_article(cases: pd.DataFrame, charges: pd.DataFrame) -> pd.Series:
    """Cases per criminal-code article (2014 numbering); a case counts once per article."""
    # Index.get_indexer hashes the ids once; Series.isin on Arrow strings makes a scalar per value (3 s at 100k).
    of_cases = pd.Index(cases["case_id"].unique()).get_indexer(charges["case_id"]) >= 0
    crim = charges.loc[charges["code"].isin(CRIMINAL_CODES) & of_cases]
    counts = crim.dropna(subset=["article"]).drop_duplicates(["case_id", "article"]).groupby("article").size()
    counts.index = counts.index.astype(int).astype(str)
    return _ordered(counts)


def by_column(cases: pd.DataFrame, column: str) -> pd.Series:
    """Cases per value of a column (nulls left out), largest first, ties by name."""
    return _ordered(cases[column].dropna().astype(str).value_counts())


def _ordered(counts: pd.Series) -> pd.Series:
    frame = counts.rename("n").rename_axis("key").reset_index()
    frame = frame.sort_values(["n", "key"], ascending=[False, True], kind="stable")
    return pd.Series(frame["n"].astype(int).to_numpy(), index=frame["key"].astype(str).to_numpy(), name="cases")


def dvk_koshe_share(cases: pd.DataFrame) -> dict:
    n = len(cases)
    k = int(cases["dvk_koshe"].fillna(False).astype(bool).sum())
    ci = wilson(k, n)
    return {
        "cases": k,
        "share": round(k / n, 6) if n else None,
        "ci95": [round(ci[0], 6), round(ci[1], 6)] if ci else None,
    }


def persons_by_article(cases: pd.DataFrame, charges: pd.DataFrame) -> pd.Series:
    """People per criminal-code article: a person counts once per article, whatever the number of cases."""
    crim = charges.loc[charges["code"].isin(CRIMINAL_CODES)].dropna(subset=["article"])
    crim = crim.merge(cases[["case_id", "person_id"]], on="case_id", how="inner")
    counts = crim.drop_duplicates(["person_id", "article"]).groupby("article").size()
    counts.index = counts.index.astype(int).astype(str)
    return _ordered(counts).rename("persons")


def persons_by_column(cases: pd.DataFrame, column: str) -> pd.Series:
    """People per value of a column: a person with cases in two cities counts in each."""
    return _ordered(cases.dropna(subset=[column]).drop_duplicates(["person_id", column])[column].astype(str).value_counts()).rename("persons")


def dvk_koshe_persons(cases: pd.DataFrame) -> dict:
    """People with a case tied to DVK / Koshe Partiyasy, among the people with a case (Wilson 95% interval)."""
    tie = cases.assign(tie=cases["dvk_koshe"].fillna(False).astype(bool)).groupby("person_id")["tie"].any()
    n, k = int(len(tie)), int(tie.sum())
    ci = wilson(k, n)
    return {"persons": k, "share": round(k / n, 6) if n else None,
            "ci95": [round(ci[0], 6), round(ci[1], 6)] if ci else None}


def persons_by_quarter(cases: pd.DataFrame) -> pd.DataFrame:
    """Per quarter of started_on: people with a case started in it, and those with a case tied to DVK / Koshe."""
    dated = cases.dropna(subset=["started_on"])
    frame = (dated.assign(quarter=dated["started_on"].dt.to_period("Q"), tie=dated["dvk_koshe"].fillna(False).astype(bool))
             .groupby(["quarter", "person_id"], observed=True)["tie"].any().reset_index()
             .groupby("quarter", observed=True).agg(persons=("person_id", "size"), dvk_koshe_persons=("tie", "sum")))
    return frame


def by_quarter(cases: pd.DataFrame) -> pd.DataFrame:
    """Per quarter of started_on: cases, DVK/Koshe cases, share and its Wilson 95% interval."""
    dated = cases.dropna(subset=["started_on"])
    quarter = dated["started_on"].dt.to_period("Q")
    frame = (
        dated.assign(quarter=quarter, tie=dated["dvk_koshe"].fillna(False).astype(bool))
        .groupby("quarter", observed=True)
        .agg(cases=("case_id", "size"), dvk_koshe=("tie", "sum"))
    )
    if not frame.empty:
        full = pd.period_range(frame.index.min(), frame.index.max(), freq="Q")
        frame = frame.reindex(full, fill_value=0)
    frame.index.name = "quarter"
    intervals = [wilson(int(k), int(n)) for k, n in zip(frame["dvk_koshe"], frame["cases"])]
    return frame.assign(
        share=(frame["dvk_koshe"] / frame["cases"]).where(frame["cases"] > 0),
        ci_low=[c[0] if c else float("nan") for c in intervals],
        ci_high=[c[1] if c else float("nan") for c in intervals],
    )


def undated_by_list(tables: Tables) -> pd.DataFrame:
    """The cases no period holds (no start date), per list and sheet, with why: `no_date_column` where
    the sheet has no date column read, else `no_date_in_row` (date cells blank or unreadable)."""
    cases = tables.cases
    undated = cases.loc[cases["started_on"].isna()]
    frame = (undated.groupby(["source", "source_file", "source_sheet"], dropna=False, sort=True).size()
             .rename("cases_undated").reset_index())
    p = tables.problems
    no_column = p.loc[p["problem"] == "no_date_column", ["source_file", "source_sheet"]].fillna("")
    keys = set(zip(no_column["source_file"], no_column["source_sheet"]))
    frame["reason"] = ["no_date_column" if (f, s if isinstance(s, str) else "") in keys else "no_date_in_row"
                       for f, s in zip(frame["source_file"], frame["source_sheet"])]
    return frame.astype({"cases_undated": int})


def summarise(tables: Tables, period: Period) -> dict:
    """The summary.json of the README for one period."""
    cases = in_period(tables.cases, period)
    totals = tables.manifest.get("totals", {})
    return {
        "period": period.as_dict(),
        "cases_started": int(len(cases)),
        # cases no period holds (no start date), in all lists: shown beside every period's count
        "cases_undated": int(tables.cases["started_on"].isna().sum()),
        "by_article": {k: int(v) for k, v in by_article(cases, tables.charges).items()},
        "by_city": {k: int(v) for k, v in by_column(cases, "city").items()},
        "by_status": {k: int(v) for k, v in by_column(cases, "status").items()},
        "dvk_koshe": dvk_koshe_share(cases),
        # People, not rows: a person named in several lists, or twice in one, counts once.
        "persons_started": int(cases["person_id"].nunique()),
        "by_article_persons": {k: int(v) for k, v in persons_by_article(cases, tables.charges).items()},
        "by_city_persons": {k: int(v) for k, v in persons_by_column(cases, "city").items()},
        "dvk_koshe_persons": dvk_koshe_persons(cases),
        "rows_read": int(totals.get("rows_read", 0)),
        "rows_dropped": int(totals.get("rows_dropped", 0)),
        "problems": int(len(tables.problems)),
        "problems_by_kind": {k: int(v) for k, v in by_column(tables.problems, "problem").items()},
        # people in custody and under restriction at the period's end, released and sentenced in it,
        # median prison terms by article: the rules are in kzanalysis/custody.py
        **custody.summary_keys(tables.cases, tables.charges, period),
    }
