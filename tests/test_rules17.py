"""General rules learned from red-team set 17, each tested in wordings of its own (not those of the set):
a date column headed only by the delivery of a decision, a date typed in day / month / year cells, a
form export (group paths, the export's own columns, a tie's 1/0 options, "other, specify", a term in
years and months, the form's choices sheet), footnote markers in cells, and a note stating the
present measure. Small lists written inline."""
from __future__ import annotations

import pandas as pd
from accuracy import assert_every_column_said
from factories import problems_of as _problems
from factories import write_xlsx as _xlsx
from openpyxl import Workbook

from kzanalysis.clean import clean_paths
from kzanalysis.headers import date_field_of
from kzanalysis.note_status import present_measure

PEOPLE = ["Бекова Карлыгаш", "Ушаков Денис", "Нуржанов Адиль", "Ли Станислав"]


def _sheet(result):
    return result.manifest["files"][0]["sheets"][0]


def test_a_date_headed_by_the_delivery_of_a_decision_is_the_verdict_s():
    assert date_field_of("Дата провозглашения") == "sentenced_on"
    assert date_field_of("Когда оглашён") == "sentenced_on"
    assert date_field_of("Date delivered") == "sentenced_on"
    # the decision to open a case or to arrest stays that event's
    assert date_field_of("Дата вынесения постановления о возбуждении дела") == "charged_on"
    assert date_field_of("Дата вынесения постановления об аресте") == "detained_on"


def test_a_list_of_verdicts_dated_by_delivery_dates_its_cases(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["Осуждённый", "Статья", "Город", "Дата провозглашения"],
        [PEOPLE[0], "ст. 405 ч. 1", "Павлодар", "03.02.2022"],
        [PEOPLE[1], "ст. 174 ч. 1", "Костанай", "2022-05-17"],
        [PEOPLE[2], "ст. 405 ч. 2", "Атырау", "11.11.2021 г."],
    ])
    result = clean_paths([tmp_path])
    assert result.cases["sentenced_on"].dt.strftime("%Y-%m-%d").tolist() == ["2022-02-03", "2022-05-17", "2021-11-11"]
    assert _problems(result, "no_date_column").empty


def test_a_date_typed_in_day_month_and_year_cells_is_one_date(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Статья", "Арестован", None, None],
        [None, None, None, "день", "мес.", "год"],
        [PEOPLE[0], "Тараз", "ст. 405", 7, 11, 2021],
        [PEOPLE[1], "Тараз", "ст. 174", None, "март", 2020],
        [PEOPLE[2], "Актау", "ст. 405", None, None, 2019],
        [PEOPLE[3], "Актау", "ст. 405", 30, "02", 2022],
    ], merged=("A1:A2", "B1:B2", "C1:C2", "D1:F1"))
    result = clean_paths([tmp_path])
    cases = result.cases
    assert cases["detained_on"].dt.strftime("%Y-%m-%d").tolist()[:3] == ["2021-11-07", "2020-03-01", "2019-01-01"]
    assert cases["started_precision"].tolist()[:3] == ["day", "month", "year"]
    # 30 February is no date: the joined cell is a problem row, never a guess
    assert pd.isna(cases["detained_on"].iloc[3])
    assert len(_problems(result, "unparsed_date")) + len(_problems(result, "impossible_date")) == 1
    assert _problems(result, "unmapped_column").empty
    assert_every_column_said(result)


def test_day_month_year_headers_alone_are_one_date_whose_event_is_not_named(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["Name", "City", "Article", "Date of arrest", "day", "month", "year"],
        [PEOPLE[0], "Taraz", "405", "01.02.2021", 3, 4, 2020],
        [PEOPLE[1], "Aktau", "174", "05.06.2021", 8, 9, 2019],
        [PEOPLE[2], "Aktau", "405", "07.08.2021", 1, 1, 2022],
    ])
    result = clean_paths([tmp_path])
    # the joined date counts toward started_on only (its header names no event), loudly
    assert result.cases["started_on"].dt.strftime("%Y-%m-%d").tolist() == ["2020-04-03", "2019-09-08", "2021-08-07"]
    assert "day–year" in _sheet(result)["start_only_columns"]


def _kobo(path, rows, choices: bool = True):
    wb = Workbook()
    ws = wb.active
    ws.title = "data"
    for row in rows:
        ws.append(row)
    if choices:
        sheet = wb.create_sheet("choices")
        sheet.append(["list_name", "name", "label::English (en)"])
        for code, label in (("town", "astana"), ("town", "other"), ("measure", "detention"), ("measure", "fine"),
                            ("measure", "released")):
            sheet.append([code, label, label.title()])
    wb.save(path)


KOBO_HEADER = ["start", "today", "grp_who/person_name", "grp_who/town", "grp_who/town_other", "grp_case/charge_text",
               "grp_case/arrest_date", "grp_case/measure", "grp_case/term_years", "grp_case/term_months",
               "grp_case/party", "grp_case/party/dvk", "grp_case/party/koshe", "grp_case/party/none", "_id", "_uuid",
               "_submission_time", "__version__"]


def test_a_form_export_is_read_by_its_questions_not_its_own_columns(tmp_path):
    _kobo(tmp_path / "export.xlsx", [
        KOBO_HEADER,
        ["2024-03-01T10:00:00.000+06:00", "2024-03-01", PEOPLE[0], "astana", None, "405 ч.2", "2021-05-04", "lishenie_svobody",
         4, 6, "koshe", 0, 1, 0, 101, "a-1", "2024-03-01T05:00:00", "v1"],
        ["2024-03-02T10:00:00.000+06:00", "2024-03-02", PEOPLE[1], "other", "Экибастуз", "ст.174 ч.1 УК", "2022-01-10",
         "lishenie_svobody", 3, 0, "none", 0, 0, 1, 102, "a-2", "2024-03-02T05:00:00", "v1"],
        ["2024-03-03T10:00:00.000+06:00", "2024-03-03", PEOPLE[2], "astana", None, "174(1)", None, "shtraf",
         None, None, "dvk koshe", 1, 1, 0, 103, "a-3", "2024-03-03T05:00:00", "v1"],
    ])
    result = clean_paths([tmp_path])
    cases = result.cases.sort_values("source_row")
    assert result.manifest["totals"]["cases"] == 3  # the choices sheet is the form's codes, not a list
    assert cases["city"].tolist() == ["Astana", "Ekibastuz", "Astana"]
    assert cases["articles"].tolist()[0].startswith("405")
    assert cases["sentence_months"].tolist()[:2] == [54, 36]
    assert cases["dvk_koshe"].tolist() == [True, False, True]
    assert _problems(result, "conflicting_dvk_koshe").empty
    # the form's own timestamps never date a case: the third case has no date of its own
    assert pd.isna(cases["started_on"].iloc[2]) and pd.isna(cases["charged_on"]).all()
    sheet = next(s for s in result.manifest["files"][0]["sheets"] if s["sheet"] == "data")
    assert {"start", "today", "_id", "_uuid", "__version__"} <= set(sheet["ignored_columns"])
    assert _problems(result, "unmapped_column").empty
    choices = next(s for s in result.manifest["files"][0]["sheets"] if s["sheet"] == "choices")
    assert choices["rows_read"] == 0 and "form's definition" in choices["note"]
    assert_every_column_said(result)


def test_a_column_whose_header_field_went_elsewhere_is_read_by_its_values(tmp_path):
    # `Движение статьи` reads as a group word (affiliation) by its header, which the `Партия` column takes
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Партия", "Движение статьи"],
        [PEOPLE[0], "Астана", "ДВК", "ст. 405 ч. 2"],
        [PEOPLE[1], "Алматы", "нет", "174(1)"],
        [PEOPLE[2], "Актобе", "Көше партиясы", "ч.1 ст.274"],
    ])
    result = clean_paths([tmp_path])
    assert _sheet(result)["columns"]["Движение статьи"] == "articles"
    assert result.cases["articles"].tolist() == ["405(2)", "174(1)", "274(1)"]


def test_footnote_markers_are_not_values(tmp_path):
    _xlsx(tmp_path / "annex.xlsx", [
        ["Name", "City", "Charges", "Date of arrest", "Sentence"],
        [PEOPLE[0], "Aktobe[4]", "Art. 405(1)[7]; Art. 174(1)", "3 May 2021[2]", "4 years[9]"],
        [PEOPLE[1], "Taraz", "Article 274 part 2[31]", "12.06.2022", "2 years restricted freedom"],
        [PEOPLE[2], "Oral²", "Art. 405(2)³", "2021", "fine"],
    ])
    result = clean_paths([tmp_path])
    cases = result.cases
    assert cases["articles"].tolist() == ["174(1); 405(1)", "274(2)", "405(2)"]
    assert cases["city"].tolist() == ["Aktobe", "Taraz", "Oral"]
    assert cases["detained_on"].dt.strftime("%Y-%m-%d").tolist()[0] == "2021-05-03"
    assert cases["sentence_months"].tolist()[0] == 48
    assert _problems(result, "unknown_article").empty


def test_a_note_stating_the_present_measure_is_the_status_where_no_column_gives_one():
    assert present_measure("находится под стражей") == "pretrial_detention"
    assert present_measure("мера пресечения: домашний арест") == "house_arrest"
    assert present_measure("on bail, investigation ongoing") == "under_investigation"
    assert present_measure("тергеу изоляторында") == "pretrial_detention"
    # an event of the past says nothing of where the case stands now
    assert present_measure("задержана в аэропорту") is None
    assert present_measure("была в СИЗО два месяца") is None
    assert present_measure("detained 4 May 2021") is None
    assert present_measure("в СИЗО с 01.02.2023") is None


def test_the_note_gives_the_status_only_where_the_row_gives_none(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Статья", "Приговор", "Комментарий"],
        [PEOPLE[0], "Астана", "ст. 405", None, "находится под домашним арестом"],
        [PEOPLE[1], "Алматы", "ст. 174", "3 года лишения свободы", "находится в СИЗО, ждёт апелляцию"],
        [PEOPLE[2], "Актобе", "ст. 405", None, "задержан на митинге"],
        [PEOPLE[3], "Актобе", "ст. 405", None, "член ДВК"],
    ])
    result = clean_paths([tmp_path])
    assert result.cases["status"].tolist() == ["house_arrest", "imprisoned", "unknown", "unknown"]
    assert _sheet(result)["status_from_note"] == 1
