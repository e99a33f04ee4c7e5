"""Custody, flows and sentence terms on small hand-made lists, each figure against a hand count."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from kzanalysis import custody
from kzanalysis.period import Period, quarter

Q = quarter(2022, 2)  # 1 April – 30 June 2022


def case(pid: str, status: str, *, detained=None, charged=None, sentenced=None, released=None, months=None,
         precision="day", cid=None) -> dict:
    dates = [pd.Timestamp(d) for d in (detained, charged, sentenced, released) if d]
    return {"case_id": cid or f"{pid}-{status}-{detained}-{sentenced}", "person_id": pid, "status": status,
            "sentence_months": months, "detained_on": pd.Timestamp(detained) if detained else pd.NaT,
            "charged_on": pd.Timestamp(charged) if charged else pd.NaT,
            "sentenced_on": pd.Timestamp(sentenced) if sentenced else pd.NaT,
            "released_on": pd.Timestamp(released) if released else pd.NaT,
            "started_on": min(dates) if dates else pd.NaT, "started_precision": precision if dates else None}


def table(*rows: dict) -> pd.DataFrame:
    df = pd.DataFrame(list(rows))
    for c in ("detained_on", "charged_on", "sentenced_on", "released_on", "started_on"):
        df[c] = pd.to_datetime(df[c]).astype("datetime64[ns]")
    df["sentence_months"] = df["sentence_months"].astype("Int64")
    return df


def charges(*pairs) -> pd.DataFrame:
    return pd.DataFrame([{"case_id": c, "code": code, "article": a, "part": None, "title_en": None}
                         for c, a, code in pairs]).astype({"article": "Int64", "part": "Int64"})


def test_release_date_ends_custody_on_that_day():
    cases = table(case("A", "released", detained="2022-01-10", released="2022-04-30"))
    assert custody.at(cases, "2022-04-29") == {"custody": 1, "restricted": 0}
    assert custody.at(cases, "2022-04-30") == {"custody": 0, "restricted": 0}  # released that day: out at its end
    assert custody.at(cases, "2022-01-09") == {"custody": 0, "restricted": 0}
    assert custody.at(cases, "2022-01-10") == {"custody": 1, "restricted": 0}


def test_sentence_end_from_detention_and_term():
    # detained 15 Mar 2020, 2 years: term ends 15 Mar 2022 (detention counts towards the sentence)
    cases = table(case("A", "imprisoned", detained="2020-03-15", sentenced="2020-09-01", months=24))
    assert custody.at(cases, "2022-03-14")["custody"] == 1
    assert custody.at(cases, "2022-03-15")["custody"] == 0
    # no detention date: the term runs from the sentence
    cases = table(case("B", "imprisoned", sentenced="2021-01-31", months=13))
    spans = custody.intervals(cases)
    assert spans["end"].iloc[0] == pd.Timestamp("2022-02-28")  # 31 Jan + 13 months, clipped to February's end


def test_imprisoned_without_term_or_release_holds_as_listed():
    cases = table(case("A", "imprisoned", detained="2019-05-01"))
    assert custody.at(cases, "2030-01-01")["custody"] == 1


def test_pretrial_and_house_arrest_start_at_detention_else_charge():
    cases = table(case("A", "pretrial_detention", charged="2022-05-20"),
                  case("B", "house_arrest", detained="2022-06-01", charged="2022-06-03"))
    assert custody.at(cases, "2022-05-31") == {"custody": 1, "restricted": 0}
    assert custody.at(cases, "2022-06-30") == {"custody": 1, "restricted": 1}


def test_restriction_runs_from_sentence_for_its_term():
    cases = table(case("A", "restricted_freedom", detained="2021-01-05", sentenced="2021-06-10", months=12),
                  case("B", "probation", sentenced="2022-02-01", months=6))
    assert custody.at(cases, "2021-05-31") == {"custody": 0, "restricted": 0}  # not before the sentence
    assert custody.at(cases, "2021-06-30") == {"custody": 0, "restricted": 1}
    assert custody.at(cases, "2022-06-09") == {"custody": 0, "restricted": 2}
    assert custody.at(cases, "2022-06-10") == {"custody": 0, "restricted": 1}
    assert custody.at(cases, "2022-08-01") == {"custody": 0, "restricted": 0}


def test_died_ends_custody_on_the_date_of_death():
    cases = table(case("A", "died", detained="2020-01-01", sentenced="2020-06-01", released="2022-05-15", months=84))
    assert custody.at(cases, "2022-05-14")["custody"] == 1
    assert custody.at(cases, "2022-05-15")["custody"] == 0
    assert custody.released_in(cases, Q) == 0  # death is not release


def test_each_person_once_and_custody_wins():
    cases = table(case("A", "probation", sentenced="2022-01-01", months=36),
                  case("A", "pretrial_detention", detained="2022-04-10"),  # a second case while on probation
                  case("B", "imprisoned", detained="2021-01-01", months=60),
                  case("B", "imprisoned", detained="2021-03-01", months=60))  # the same person on two lists
    assert custody.at(cases, "2022-03-31") == {"custody": 1, "restricted": 1}
    assert custody.at(cases, "2022-04-30") == {"custody": 2, "restricted": 0}


def test_cases_that_never_count():
    cases = table(case("A", "fined", sentenced="2022-01-01"), case("B", "under_investigation", charged="2022-01-01"),
                  case("C", "compulsory_treatment", detained="2022-01-01"), case("D", "unknown", detained="2022-01-01"),
                  case("E", "acquitted", charged="2022-01-01", sentenced="2022-03-01"))
    assert custody.at(cases, "2022-06-30") == {"custody": 0, "restricted": 0}
    assert custody.unplaced(cases).empty


def test_unplaced_people_counted_apart_with_reasons():
    cases = table(case("A", "imprisoned", months=24),  # no date at all
                  case("B", "imprisoned", detained="2020-01-01", precision="year"),
                  case("C", "released", detained="2021-02-01"),
                  case("D", "died", detained="2021-02-01"),
                  case("E", "released", detained="2021-02-01", released="2020-12-01"),
                  case("F", "imprisoned", detained="2021-02-01"),
                  case("F", "imprisoned", months=12))  # F is placed by one case, unplaced by the other
    un = custody.unplaced(cases)
    assert dict(zip(un["person_id"], un["reason"])) == {
        "A": "no_start_date", "B": "start_year_only", "C": "no_release_date", "D": "no_death_date",
        "E": "release_before_start", "F": "no_start_date"}
    assert custody.at(cases, "2022-06-30") == {"custody": 1, "restricted": 0}  # only F, by its dated case
    assert custody.unplaced_by_reason(cases)["no_start_date"] == 2


def test_month_ends_series():
    cases = table(case("A", "pretrial_detention", detained="2022-02-14"),
                  case("B", "released", detained="2022-03-01", released="2022-04-30"),
                  case("C", "restricted_freedom", sentenced="2022-05-31", months=12))
    frame = custody.month_ends(cases, Q)
    assert frame["day"].dt.strftime("%Y-%m-%d").tolist() == ["2022-02-28", "2022-03-31", "2022-04-30", "2022-05-31", "2022-06-30"]
    assert frame["custody"].tolist() == [1, 2, 1, 1, 1]
    assert frame["restricted"].tolist() == [0, 0, 0, 1, 1]
    # a period that does not end on a month end gets its last day as the last row
    odd = Period(date(2022, 4, 1), date(2022, 4, 20), "2022-04-01_2022-04-20")
    assert custody.month_ends(cases, odd)["day"].iloc[-1] == pd.Timestamp("2022-04-20")


def test_flows_per_quarter_count_people():
    cases = table(case("A", "released", detained="2022-01-10", sentenced="2022-04-02", released="2022-05-01", cid="a1"),
                  case("A", "released", detained="2022-01-10", sentenced="2022-04-02", released="2022-05-01", cid="a2"),
                  case("B", "imprisoned", detained="2021-12-01", sentenced="2022-06-30", months=36),
                  case("C", "died", detained="2021-01-01", released="2022-05-05"),
                  case("D", "probation", charged="2022-07-01", sentenced="2022-08-01", months=12))
    assert custody.released_in(cases, Q) == 1  # A once (two versions of one case), C died
    assert custody.sentenced_in(cases, Q) == 2  # A and B
    f = custody.flows(cases).set_index("quarter")
    assert f.loc[pd.Period("2022Q1"), "new_cases"] == 2
    assert f.loc[pd.Period("2022Q2")].tolist() == [0, 1, 2]
    assert f.loc[pd.Period("2022Q3")].tolist() == [1, 0, 1]
    assert f.loc[pd.Period("2021Q4"), "new_cases"] == 1
    assert f.index.tolist() == list(pd.period_range("2021Q1", "2022Q3", freq="Q"))


def test_terms_and_medians_by_article():
    cases = table(case("A", "imprisoned", sentenced="2022-04-01", months=24, cid="a"),
                  case("B", "imprisoned", sentenced="2022-05-01", months=60, cid="b"),
                  case("C", "released", sentenced="2022-06-01", months=36, cid="c"),
                  case("D", "restricted_freedom", sentenced="2022-06-01", months=12, cid="d"),
                  case("E", "imprisoned", sentenced="2021-06-01", months=120, cid="e"),  # before the period
                  case("F", "imprisoned", sentenced="2022-05-01", cid="f"))  # no term
    ch = charges(("a", 405, "CC"), ("a", 174, "CC"), ("b", 405, "CC"), ("c", 405, "CC"), ("d", 405, "CC"),
                 ("e", 405, "CC"), ("f", 405, "CC"), ("a", 488, "CAO"))
    t = custody.terms(cases, ch)
    assert sorted(zip(t["case_id"], t["article"])) == [("a", "174"), ("a", "405"), ("b", "405"), ("c", "405"),
                                                        ("d", "405"), ("e", "405")]
    assert custody.median_sentence_months(cases, ch, Q) == {"405": 36.0, "174": 24.0}
    med = custody.median_terms(t).set_index(["article", "kind"])
    assert med.loc[("405", "imprisoned"), "sentences"] == 4
    assert med.loc[("405", "imprisoned"), "median"] == 48.0
    assert med.loc[("405", "imprisoned"), ["min", "max"]].tolist() == [24, 120]
    assert med.loc[("405", "restricted_freedom"), "median"] == 12.0


def test_summary_keys_hand_count():
    cases = table(case("A", "imprisoned", detained="2022-01-10", sentenced="2022-05-01", months=24, cid="a"),
                  case("B", "released", detained="2021-01-10", released="2022-06-01", cid="b"),
                  case("C", "probation", sentenced="2022-04-15", months=24, cid="c"),
                  case("D", "released", detained="2021-01-10", cid="d"))
    ch = charges(("a", 405, "CC"), ("c", 174, "CC"))
    keys = custody.summary_keys(cases, ch, Q)
    assert keys == {"in_custody_at_end": 1, "restricted_at_end": 1, "custody_unplaced": {"no_release_date": 1},
                    "released_in_period": 1, "sentenced_in_period": 2, "median_sentence_months": {"405": 24.0}}


def test_without_person_linkage_each_case_is_a_person():
    cases = table(case("A", "imprisoned", detained="2022-01-10"), case("A", "imprisoned", detained="2022-02-10"))
    assert custody.at(cases, "2022-06-30")["custody"] == 1
    assert custody.at(cases.drop(columns="person_id"), "2022-06-30")["custody"] == 2


@pytest.mark.parametrize("text", ["умер в заключении", "скончался в колонии", "died in custody", "қайтыс болды"])
def test_died_status_read_from_lists(text):
    from kzanalysis.parse.status import parse_measure

    assert parse_measure(text).value.status == "died"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_charts_draw_the_hand_counted_stock_and_every_term(lang):
    from kzanalysis import charts

    cases = table(case("A", "pretrial_detention", detained="2022-02-14", cid="a"),
                  case("B", "released", detained="2022-03-01", sentenced="2022-03-20", released="2022-04-30", months=24, cid="b"),
                  case("C", "restricted_freedom", sentenced="2022-05-31", months=12, cid="c")).assign(source="hand")
    fig = charts.custody_over_time(cases, Q, lang)
    lines = {line.get_gid(): list(line.get_ydata()) for ax in fig.axes for line in ax.get_lines() if line.get_gid()}
    assert lines["custody"] == [1, 2, 1, 1, 1] and lines["restricted"] == [0, 0, 0, 1, 1]
    assert {"ban-2018-03-13", "ban-2020-05-19"} <= set(lines)
    ch = charges(("b", 405, "CC"), ("c", 405, "CC"), ("c", 174, "CC"))
    fig = charts.sentence_terms(cases, ch, Q, lang)
    dots = {c.get_gid(): sorted(c.get_offsets()[:, 0]) for ax in fig.axes for c in ax.collections if c.get_gid()}
    assert dots == {"terms-imprisoned": [24], "terms-restricted_freedom": [12, 12]}
    assert fig.get_suptitle() == charts.text("terms_title", lang)
