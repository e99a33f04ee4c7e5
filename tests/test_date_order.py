"""The order of a column's numeric dates, decided for the column on its own values (date_order.py), in wordings
of their own (not those of red-team set 33): month first where some values cannot be day first and none cannot
be month first; each value as it can be, with a problem row, where both orders are refuted; day first without
evidence, unless a month-first column of the sheet writes dates the same way. Small lists written inline."""
from __future__ import annotations

import pandas as pd
from factories import problems_of, write_csv

from kzanalysis.clean import clean_paths
from kzanalysis.date_order import MIXED, own_order, readable, turned
from kzanalysis.summary_text import column_report

PEOPLE = ["Сарсенова Гульмира", "Тарасов Денис", "Кудайбергенов Нуржан", "Ибраева Асем", "Волков Артём"]


def _iso(series: pd.Series) -> list:
    return [None if pd.isna(v) else v.strftime("%Y-%m-%d") for v in series]


def _sheet(result) -> dict:
    return result.manifest["files"][0]["sheets"][0]


def test_a_column_is_month_first_when_values_refute_day_first_only():
    order = own_order(pd.Series(["2/19/2020", "11/3/2021", None, "4/30/2022", "2/19/2020"]))
    assert (order.order, order.why, order.not_day, order.not_month) == ("month", "values", 3, 0)
    assert "3 values cannot be day first" in order.said()
    got, flags = turned(pd.Series(["2/19/2020", None, "11/3/2021"]), order)
    assert got.tolist()[0] == "19/2/2020" and pd.isna(got.tolist()[1]) and got.tolist()[2] == "3/11/2021"
    assert flags.tolist() == [True, False, True]


def test_a_column_without_evidence_stays_day_first():
    order = own_order(pd.Series(["03.04.2021", "11.12.2020", "2021-08-30"]))  # ISO is year first: no evidence either way
    assert (order.order, order.why) == ("day", "")
    assert turned(pd.Series(["03.04.2021"]), order)[0].tolist() == ["03.04.2021"]


def test_a_header_that_states_the_order_is_taken_at_its_word():
    assert own_order(pd.Series(["05/06/2021"]), "Arrest (MM/DD/YYYY)").order == "month"
    # a header stating day first keeps day first, the value that cannot be day first stays impossible
    assert own_order(pd.Series(["05/26/2021"]), "Дата ареста (дд.мм.гггг)").order == "day"


def test_both_orders_refuted_reads_each_value_as_it_can_be():
    order = own_order(pd.Series(["28/02/2021", "02/27/2021", "06/07/2021"]))
    assert (order.order, order.not_day, order.not_month) == ("mixed", 1, 1)
    got, flags = turned(pd.Series(["28/02/2021", "02/27/2021", "06/07/2021"]), order)
    assert got.tolist() == ["28/02/2021", "27/02/2021", "06/07/2021"]  # only the value that cannot be day first turns
    assert flags.tolist() == [False, True, False]


def test_a_time_after_the_date_is_kept_and_an_am_pm_date_is_not_turned_twice():
    order = own_order(pd.Series(["9/14/2021 10:00", "3/2/2022 4:15 PM"]))
    assert order.order == "month"
    # parse_date reads `/` before AM/PM month first already: that value stays as written
    assert turned(pd.Series(["9/14/2021 10:00", "3/2/2022 4:15 PM"]), order)[0].tolist() == ["14/9/2021 10:00", "3/2/2022 4:15 PM"]


def test_the_content_profile_reads_dates_in_the_columns_order():
    assert readable(("8/21/2019", "12/3/2020", "1/15/2021")) == ["21/8/2019", "3/12/2020", "15/1/2021"]
    assert readable(("21.08.2019", "03.12.2020")) == ["21.08.2019", "03.12.2020"]


def test_month_first_columns_are_read_so_and_said(tmp_path):
    write_csv(tmp_path, "export.csv", {
        "ФИО": PEOPLE,
        "Статья": ["405 ч.2"] * 5,
        "Arrest date": ["1/17/2022", "10/4/2021", "", "3/29/2022", "6/1/2021"],
        "Sentencing date": ["5/6/2022", "", "11/12/2021", "", ""],  # no value of its own says which: written as `Arrest date`
        "Дата освобождения": ["", "", "", "07.08.2022", "09.10.2022"],  # padded, with dots: written otherwise, day first
    })
    result = clean_paths([tmp_path])
    cases = result.cases.sort_values("source_row")
    assert _iso(cases["detained_on"]) == ["2022-01-17", "2021-10-04", None, "2022-03-29", "2021-06-01"]
    assert _iso(cases["sentenced_on"]) == ["2022-05-06", None, "2021-11-12", None, None]
    assert _iso(cases["released_on"]) == [None, None, None, "2022-08-07", "2022-10-09"]
    said = _sheet(result)["date_order"]
    assert said["Arrest date"].startswith("month first: 2 values cannot be day first")
    assert "'Arrest date'" in said["Sentencing date"] and "Дата освобождения" not in said
    report = column_report(result)
    assert report.set_index("header").loc["Sentencing date", "how"].endswith("month first")
    assert problems_of(result, "impossible_date").empty


def test_a_verdict_column_of_us_dates_is_mapped_by_its_content(tmp_path):
    write_csv(tmp_path, "tracker.csv", {
        "Full name": PEOPLE,
        "Charges": ["art. 174(1)"] * 5,
        "Judgment": ["2/17/2022", "12/21/2021", "6/30/2022", "", "9/8/2021"],
    })
    result = clean_paths([tmp_path])
    assert _sheet(result)["columns"]["Judgment"] == "sentenced_on"
    cases = result.cases.sort_values("source_row")
    assert _iso(cases["started_on"]) == ["2022-02-17", "2021-12-21", "2022-06-30", None, "2021-09-08"]


def test_a_column_of_both_orders_is_loud(tmp_path):
    write_csv(tmp_path, "typed.csv", {
        "ФИО": PEOPLE,
        "Статья": ["405 ч.2"] * 5,
        "Дата задержания": ["25/03/2021", "03/27/2021", "04/05/2021", "14/11/2020", ""],
    })
    result = clean_paths([tmp_path])
    cases = result.cases.sort_values("source_row")
    assert _iso(cases["detained_on"]) == ["2021-03-25", "2021-03-27", "2021-05-04", "2020-11-14", None]
    mixed = problems_of(result, MIXED)
    assert mixed["value"].tolist() == ["03/27/2021"] and mixed["row_kept"].all()
    assert _sheet(result)["date_order"]["Дата задержания"].startswith("both orders")


def test_a_value_of_no_calendar_is_no_evidence():
    # 30 February and 31 April are no date in either order; 29 February only in a leap year
    assert own_order(pd.Series(["2/30/2021", "31/04/2021", "05/06/2021"])).why == ""
    assert own_order(pd.Series(["2/29/2020"])).order == "month" and own_order(pd.Series(["2/29/2021"])).why == ""


def test_a_sheet_without_evidence_follows_a_month_first_sheet_of_the_same_file(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheets = {"Алматы": [["1/20/2021", "5/3/2021"], ["11/30/2020", ""]],  # 20 and 30 are no months: month first
              "Шымкент": [["3/4/2022", ""], ["11/5/2022", "12/1/2022"]],  # no value says which: as the sheet above
              "Тараз": [["03.04.2022", ""], ["05.06.2022", ""]]}  # written otherwise (dots, zeros): day first
    for n, (title, dated) in enumerate(sheets.items()):
        ws = book.active if n == 0 else book.create_sheet()
        ws.title = title
        ws.append(["ФИО", "Статья", "Date of arrest", "Date of verdict"])
        for i, (arrest, verdict) in enumerate(dated):
            ws.append([PEOPLE[(n + i) % 5], "ст. 174 ч.1", arrest, verdict])
    book.save(tmp_path / "regions.xlsx")
    result = clean_paths([tmp_path])
    got = {(r.source_sheet, r.source_row): (_iso(pd.Series([r.detained_on]))[0], _iso(pd.Series([r.sentenced_on]))[0])
           for r in result.cases.itertuples()}
    assert got[("Шымкент", 2)] == ("2022-03-04", None) and got[("Шымкент", 3)] == ("2022-11-05", "2022-12-01")
    assert got[("Алматы", 2)] == ("2021-01-20", "2021-05-03") and got[("Тараз", 2)] == ("2022-04-03", None)
    said = {s["sheet"]: s.get("date_order", {}) for s in result.manifest["files"][0]["sheets"]}
    assert "column 'Date of arrest' of sheet 'Алматы'" in said["Шымкент"]["Date of arrest"]
    assert said["Тараз"] == {} and all("date_writings" not in s for s in result.manifest["files"][0]["sheets"])
