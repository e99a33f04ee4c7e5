"""Who is in custody at a date, who was released or sentenced in a period, and how long the sentences are.

In: the cases table (with `person_id`, see README "Persons") and the charges
table. Out: plain DataFrames and numbers: the stock of people in custody and
under restriction at each month end (`stock`), the people who cannot be placed
(`unplaced`), the flows per quarter (`flows`), the sentence terms by article
(`terms`, `median_terms`) and the numbers `summary.json` adds (`summary_keys`).

The rules (also in the README, "Custody over time", and the report's method):

1. Which cases count. In custody: pre-trial detention, imprisoned, and died
   (death in custody). Under restriction: restricted freedom, probation, house
   arrest. Released and acquitted cases count as custody up to their release
   date (release means leaving custody). Fined, under investigation,
   compulsory treatment and unknown never count.
2. Start. Pre-trial detention and house arrest: the date of detention, else the
   date charges were brought (the measure is imposed with the charge).
   Imprisoned, died, released, acquitted: the date of detention, else the date
   of the sentence. Restricted freedom and probation: the date of the sentence.
3. End. The release date where given (for died: the date of death, which a
   list's date-of-death column gives to `released_on`); else, for imprisoned,
   restricted freedom and probation with a term, the start plus the term
   (time in detention counts towards the sentence); else the status holds as
   the list gives it, with no end.
4. A person is in custody at the end of a day when one of their cases is:
   started on or before that day and not ended on or before it. In custody
   wins over restriction, so each person is counted once, in one group.
5. A case is not placed, and is counted apart with the reason, never guessed,
   when: it has no start date; its start is known only to the year; it is
   released (or died) with no date of release (or death); or its release date
   is before its start.

Sentences (rule 6): a sentence is a case with a term (`sentence_months`) and a
sentence date, of status imprisoned, restricted freedom or probation, or
released/died with a term (a prison term: release is leaving custody). A case
with two articles gives its term to each. `median_sentence_months` in
summary.json is the median prison term of the sentences passed in the period.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .period import Period

CUSTODY = ("pretrial_detention", "imprisoned", "died")
RESTRICTED = ("restricted_freedom", "probation", "house_arrest")
LEFT = ("released", "acquitted")  # left custody: counted as custody up to the release date
TERMED = ("imprisoned", "restricted_freedom", "probation")  # a term gives the end where no release date is given
PRISON_TERMS = ("imprisoned", "released", "died")  # statuses whose term is a term of imprisonment
SENTENCE_KINDS = {"imprisoned": "imprisoned", "released": "imprisoned", "died": "imprisoned",
                  "restricted_freedom": "restricted_freedom", "probation": "probation"}
GROUPS = ("custody", "restricted")
REASONS = ("no_start_date", "start_year_only", "no_release_date", "no_death_date", "release_before_start")
CRIMINAL_CODES = ("CC", "CC1997")


def person_ids(cases: pd.DataFrame) -> pd.Series:
    """The person of each case: `person_id` from the persons linkage (tables cleaned before the
    linkage existed have none: there each case stands for one person)."""
    column = "person_id" if "person_id" in cases.columns else "case_id"
    return cases[column].astype("string")


# ------------------------------------------------------------ one interval per case

def intervals(cases: pd.DataFrame) -> pd.DataFrame:
    """One row per case that counts in a stock: case_id, person_id, group (custody or restricted),
    start, end (NaT: no end), reason (why the case cannot be placed; <NA> when placed)."""
    status = cases["status"].astype("string")
    custody = status.isin(CUSTODY + LEFT)
    restricted = status.isin(RESTRICTED)
    counted = custody | restricted
    c = cases.loc[counted]
    status = status.loc[counted]

    # as datetimes whatever the caller built the table with (tables read back from CSV hold text)
    detained, charged, sentenced, released = (pd.to_datetime(c[col]) for col in ("detained_on", "charged_on", "sentenced_on", "released_on"))
    start = detained.fillna(sentenced)  # imprisoned, died, released, acquitted
    start = start.mask(status.isin(("pretrial_detention", "house_arrest")), detained.fillna(charged))
    start = start.mask(status.isin(("restricted_freedom", "probation")), sentenced)

    months = c["sentence_months"].astype("Float64")
    term_end = _add_months(start, months)
    end = released.copy()
    by_term = end.isna() & status.isin(TERMED) & months.notna()
    end = end.mask(by_term, term_end)

    # a start known only to the year: started_on is the start and its precision is "year"
    year_only = start.notna() & start.eq(pd.to_datetime(c["started_on"])) & c["started_precision"].eq("year").fillna(False)
    reason = pd.Series(pd.NA, index=c.index, dtype="string")
    reason = reason.mask(released.notna() & start.notna() & (released < start), "release_before_start")
    reason = reason.mask(status.eq("released") & released.isna(), "no_release_date")
    reason = reason.mask(status.eq("died") & released.isna(), "no_death_date")
    reason = reason.mask(year_only, "start_year_only")
    reason = reason.mask(start.isna(), "no_start_date")
    # acquitted with no release date: never known to be in custody, so not counted (and not unplaced)
    keep = ~(status.eq("acquitted") & released.isna())
    frame = pd.DataFrame({
        "case_id": c["case_id"].astype("string"),
        "person_id": person_ids(c),
        "status": status,
        "group": pd.Series("custody", index=c.index, dtype="string").mask(status.isin(RESTRICTED), "restricted"),
        "start": start.astype("datetime64[ns]"),
        "end": end.astype("datetime64[ns]"),
        "reason": reason,
    })
    return frame.loc[keep].reset_index(drop=True)


def _add_months(start: pd.Series, months: pd.Series) -> pd.Series:
    """start + whole months (calendar months, day clipped to the month's end); NaT where either is missing."""
    ok = start.notna() & months.notna()
    out = pd.Series(pd.NaT, index=start.index, dtype="datetime64[ns]")
    if ok.any():
        s = start.loc[ok]
        m = months.loc[ok].astype(int).to_numpy()
        total = s.dt.year.to_numpy() * 12 + (s.dt.month.to_numpy() - 1) + m
        first = pd.to_datetime({"year": total // 12, "month": total % 12 + 1, "day": 1})
        last_day = (first + pd.offsets.MonthEnd(0)).dt.day.to_numpy()
        day = pd.Series(s.dt.day.to_numpy()).clip(upper=pd.Series(last_day)).to_numpy()
        out.loc[ok] = (first + pd.to_timedelta(day - 1, unit="D")).to_numpy()
    return out


# ------------------------------------------------------------ stocks

def at(cases: pd.DataFrame, day, spans: pd.DataFrame | None = None) -> dict[str, int]:
    """People in custody and under restriction at the end of `day` (rule 4)."""
    frame = stock(cases, [pd.Timestamp(day)], spans)
    return {g: int(frame[g].iloc[0]) for g in GROUPS}


def stock(cases: pd.DataFrame, days, spans: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per day given: day, custody, restricted (people; each person once, custody first)."""
    days = pd.DatetimeIndex(pd.to_datetime(list(days))).normalize()
    spans = intervals(cases) if spans is None else spans
    placed = spans.loc[spans["reason"].isna()]
    if placed.empty or len(days) == 0:
        return pd.DataFrame({"day": days, "custody": 0, "restricted": 0})
    # the days each placed case covers: from the first day >= start to the last day < end (sorted days,
    # found by binary search), expanded without a Python loop into one row per case and day covered
    order = np.sort(days.to_numpy())
    first = np.searchsorted(order, placed["start"].to_numpy(), side="left")
    ends = placed["end"].to_numpy()
    last = np.where(pd.isna(ends), len(order), np.searchsorted(order, ends, side="left"))
    n = np.clip(last - first, 0, None)
    rows = np.repeat(np.arange(len(placed)), n)
    offsets = np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n)
    hit = pd.DataFrame({"day": order[np.repeat(first, n) + offsets],
                        "person_id": placed["person_id"].to_numpy()[rows],
                        "group": placed["group"].to_numpy()[rows]})
    # rule 4: custody wins; a person counts once per day
    hit = hit.assign(rank=hit["group"].eq("custody").astype(int)).sort_values("rank", ascending=False, kind="stable")
    hit = hit.drop_duplicates(["day", "person_id"])
    counts = hit.groupby(["day", "group"]).size().unstack(fill_value=0).reindex(columns=list(GROUPS), fill_value=0)
    counts = counts.reindex(days, fill_value=0)
    return counts.rename_axis("day").reset_index().rename_axis(None, axis=1).astype({g: int for g in GROUPS})


def month_ends(cases: pd.DataFrame, period: Period, spans: pd.DataFrame | None = None) -> pd.DataFrame:
    """The stock at each month end from the first placed start up to the period's end (the last row is
    the period's last day when it is not a month end)."""
    spans = intervals(cases) if spans is None else spans
    placed = spans.loc[spans["reason"].isna()]
    end = pd.Timestamp(period.end)
    if placed.empty:
        return stock(cases, [end], spans)
    first = min(placed["start"].min(), end)
    days = pd.date_range(first, end, freq="ME")
    if len(days) == 0 or days[-1] != end:
        days = days.append(pd.DatetimeIndex([end]))
    return stock(cases, days, spans)


def unplaced(cases: pd.DataFrame, spans: pd.DataFrame | None = None) -> pd.DataFrame:
    """People with a case that cannot be placed (rule 5), one row each: person_id, reason (the first in
    REASONS order among their cases), cases."""
    spans = intervals(cases) if spans is None else spans
    out = spans.loc[spans["reason"].notna()]
    order = {r: i for i, r in enumerate(REASONS)}
    out = out.assign(order=out["reason"].map(order)).sort_values(["person_id", "order"], kind="stable")
    per = out.groupby("person_id", sort=True).agg(reason=("reason", "first"), cases=("case_id", "size"))
    return per.reset_index()


def unplaced_by_reason(cases: pd.DataFrame, spans: pd.DataFrame | None = None) -> dict[str, int]:
    counts = unplaced(cases, spans)["reason"].value_counts()
    return {r: int(counts[r]) for r in REASONS if r in counts.index}


# ------------------------------------------------------------ flows

def _people_in(cases: pd.DataFrame, column: str, period: Period) -> int:
    return int(person_ids(cases.loc[period.contains(cases[column])]).nunique())


def released_in(cases: pd.DataFrame, period: Period) -> int:
    """People with a release date in the period (not died: death is not release)."""
    return _people_in(cases.loc[cases["status"].ne("died")], "released_on", period)


def sentenced_in(cases: pd.DataFrame, period: Period) -> int:
    """People with a sentence date in the period."""
    return _people_in(cases, "sentenced_on", period)


def flows(cases: pd.DataFrame) -> pd.DataFrame:
    """Per quarter: new cases (started_on), people released (released_on), people sentenced (sentenced_on)."""
    pid = person_ids(cases)
    parts = {
        "new_cases": cases["started_on"].dt.to_period("Q").value_counts(),
        "released": pd.DataFrame({"q": cases["released_on"].where(cases["status"].ne("died")).dt.to_period("Q"), "p": pid})
        .dropna().drop_duplicates().groupby("q").size(),
        "sentenced": pd.DataFrame({"q": cases["sentenced_on"].dt.to_period("Q"), "p": pid})
        .dropna().drop_duplicates().groupby("q").size(),
    }
    frame = pd.DataFrame(parts).fillna(0).astype(int)
    if frame.empty:
        return pd.DataFrame({"quarter": pd.PeriodIndex([], freq="Q"), "new_cases": [], "released": [], "sentenced": []})
    full = pd.period_range(frame.index.min(), frame.index.max(), freq="Q")
    return frame.reindex(full, fill_value=0).rename_axis("quarter").reset_index()


# ------------------------------------------------------------ sentence terms

def terms(cases: pd.DataFrame, charges: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence and criminal-code article (rule 6): case_id, person_id, article, kind
    (imprisoned, restricted_freedom, probation), months, sentenced_on."""
    s = cases.loc[cases["status"].isin(list(SENTENCE_KINDS)) & cases["sentence_months"].notna()
                  & cases["sentenced_on"].notna()]
    crim = charges.loc[charges["code"].isin(CRIMINAL_CODES)].dropna(subset=["article"])
    crim = crim.drop_duplicates(["case_id", "article"])[["case_id", "article"]]
    rows = len(s)
    joined = s[["case_id", "status", "sentence_months", "sentenced_on"]].merge(crim, on="case_id", how="inner",
                                                                               validate="one_to_many")
    assert joined["case_id"].nunique() <= rows
    person = person_ids(cases).to_numpy()[pd.Index(cases["case_id"]).get_indexer(joined["case_id"])]
    return pd.DataFrame({
        "case_id": joined["case_id"].astype("string"),
        "person_id": pd.array(person, dtype="string"),
        "article": joined["article"].astype(int).astype(str),
        "kind": joined["status"].map(SENTENCE_KINDS).astype("string"),
        "months": joined["sentence_months"].astype(int),
        "sentenced_on": joined["sentenced_on"],
    })


def median_terms(term_rows: pd.DataFrame) -> pd.DataFrame:
    """Per article and kind: sentences, median months, lower and upper quartile, shortest, longest."""
    if term_rows.empty:
        return pd.DataFrame(columns=["article", "kind", "sentences", "median", "q1", "q3", "min", "max"])
    g = term_rows.groupby(["article", "kind"])["months"]
    frame = pd.DataFrame({
        "sentences": g.size(), "median": g.median(), "q1": g.quantile(0.25), "q3": g.quantile(0.75),
        "min": g.min(), "max": g.max(),
    }).reset_index()
    return frame.sort_values(["sentences", "article"], ascending=[False, True], kind="stable").reset_index(drop=True)


def median_sentence_months(cases: pd.DataFrame, charges: pd.DataFrame, period: Period) -> dict[str, float]:
    """Article -> median prison term (months) of the sentences passed in the period (rule 6)."""
    t = terms(cases, charges)
    t = t.loc[t["kind"].eq("imprisoned") & period.contains(t["sentenced_on"])]
    g = t.groupby("article")["months"]
    frame = pd.DataFrame({"n": g.size(), "median": g.median()}).reset_index()
    frame = frame.assign(num=frame["article"].astype(int)).sort_values(["n", "num"], ascending=[False, True])
    return {a: float(m) for a, m in zip(frame["article"], frame["median"])}


def summary_keys(cases: pd.DataFrame, charges: pd.DataFrame, period: Period) -> dict:
    """The keys summary.json adds for custody, flows and terms."""
    spans = intervals(cases)
    now = at(cases, period.end, spans)
    return {
        "in_custody_at_end": now["custody"],
        "restricted_at_end": now["restricted"],
        "custody_unplaced": unplaced_by_reason(cases, spans),
        "released_in_period": released_in(cases, period),
        "sentenced_in_period": sentenced_in(cases, period),
        "median_sentence_months": median_sentence_months(cases, charges, period),
    }
