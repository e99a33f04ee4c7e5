"""General rules learned from red-team set 25, each tested in wordings of its own (not those of the set):
a long (id | attribute | value) export, a survey tool's own columns and second header line, a select-all
question's option columns, Excel's d-mmm-yy text dates and the booleans of other Excel locales.
Small lists written inline."""
from __future__ import annotations

import csv

import pandas as pd
from factories import problems_of as _problems
from factories import write_xlsx as _xlsx

from kzanalysis.clean import clean_paths
from kzanalysis.parse.affiliation import checkbox_column
from kzanalysis.parse.dates import parse_date

PEOPLE = ["Nurpeisova Zhanna", "Beketov Arman", "Lysenko Oleg", "Tokhtarova Dariga"]


def _csv(path, rows, delimiter=","):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)


def _by_row(result):
    return result.cases.set_index("source_row")


# --- a long (entity-attribute-value) export ----------------------------------------------------------------------

def test_a_long_export_is_read_one_row_per_id(tmp_path):
    rows = [["Case database export, 2024"], ["person_ref", "attribute", "value"]]
    people = [
        ("K7", [("Full name", PEOPLE[0]), ("Town", "Актобе"), ("Article", "Art. 405(2)"), ("Arrested", "03.04.2022")]),
        ("K9", [("Full name", PEOPLE[1]), ("Article", "Art. 174(1)"), ("Article", "Art. 274(2)"), ("Town", "Тараз"),
                ("Arrested", "17.11.2021"), ("Measure", "house arrest")]),
        ("K12", [("Full name", PEOPLE[2]), ("Town", "Семей"), ("Article", "Art. 380(1)")]),  # no date: a line left out
    ]
    for ref, attrs in people:
        rows += [[ref, label, value] for label, value in attrs]
    _csv(tmp_path / "eav.csv", rows, delimiter=";")
    result = clean_paths([tmp_path])
    cases = _by_row(result)
    # each person's case stands on the person's first line (rows 3, 7, 13); every other line is accounted
    assert sorted(cases.index) == [3, 7, 13]
    assert cases.loc[3, "city"] == "Aktobe" and str(cases.loc[3, "started_on"])[:10] == "2022-04-03"
    assert cases.loc[7, "status"] == "house_arrest" and cases.loc[7, "articles"] == "174(1); 274(2)"  # both lines kept
    assert cases.loc[13, "city"] == "Semey" and cases.loc[13, "region"] == "Abai"
    lines = _problems(result, "attribute_line")
    assert sorted(lines["source_row"].astype(int)) == [4, 5, 6, 8, 9, 10, 11, 12, 14, 15]
    assert result.manifest["totals"]["rows_read"] == 13
    assert lines.loc[lines["source_row"] == 9, "message"].str.contains("row 7").all()


def test_three_columns_without_repeated_labels_are_no_long_export(tmp_path):
    # an ordinary three-column list (name, town, article) is read as a list, not pivoted
    _csv(tmp_path / "plain.csv", [["ФИО", "Город", "Статья"], [PEOPLE[0], "Атырау", "ст. 405 ч. 2"],
                                  [PEOPLE[1], "Тараз", "ст. 174 ч. 1"], [PEOPLE[2], "Актобе", "ст. 274 ч. 2"]])
    result = clean_paths([tmp_path])
    assert len(result.cases) == 3
    assert _problems(result, "attribute_line").empty


# --- a survey tool's export ----------------------------------------------------------------------------------------

def _monkey_rows():
    top = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
           "Last Name", "Name of the detained person", "Town", "Article(s)", "When was the person arrested?",
           "Which groups is the person said to belong to? (tick all)", "", ""]
    sub = ["", "", "", "", "", "", "", "", "Open-Ended Response", "Open-Ended Response", "Open-Ended Response",
           "Open-Ended Response", "Koshe Partiyasy", "DVK", "None of these"]
    meta = ["1190001", "40401", "10/02/2023 10:01:00 AM", "10/02/2023 10:09:00 AM", "", "", "", ""]
    return [top, sub,
            meta + [PEOPLE[0], "Aktobe", "Art. 405(2)", "", "", "DVK", ""],  # no date given: undated
            meta + [PEOPLE[1], "Taraz", "Art. 174(1)", "12.05.2021", "Koshe Partiyasy", "", ""],
            meta + [PEOPLE[2], "Oral", "Art. 274(2)", "01.02.2022", "", "", "None of these"],
            meta + [""] * 7]  # an abandoned response: the tool's columns only


def test_a_survey_tools_own_columns_are_ignored_and_never_date_a_case(tmp_path):
    _csv(tmp_path / "survey.csv", _monkey_rows())
    result = clean_paths([tmp_path])
    sheet = result.manifest["files"][0]["sheets"][0]
    cases = _by_row(result)
    assert sorted(cases.index) == [3, 4, 5]  # the second header line is header; the abandoned response dropped
    assert list(cases["name"]) == PEOPLE[:3]  # the question naming the person, not the respondent's Last Name
    assert pd.isna(cases.loc[3, "started_on"])  # the form's own times never date it
    assert str(cases.loc[4, "started_on"])[:10] == "2021-05-12"
    assert list(cases["dvk_koshe"]) == [True, True, False]  # the select-all's options, ticked in any column
    assert _problems(result, "unknown_affiliation").empty  # `None of these` is no group
    dropped = _problems(result, "not_a_case")
    assert list(dropped["source_row"].astype(int)) == [6]
    assert {"Start Date", "End Date", "Last Name", "Respondent ID"} <= set(sheet["ignored_columns"])


def test_a_name_or_start_date_column_alone_keeps_its_reading(tmp_path):
    # without two columns only a survey tool writes, `Name` is the person and `Start date` no tool's time
    _xlsx(tmp_path / "list.xlsx", [
        ["ID", "Name", "City", "Article", "Start date", "Email"],
        [1, PEOPLE[0], "Aktobe", "Art. 405(2)", "03.04.2022", "a@example.org"],
        [2, PEOPLE[1], "Taraz", "Art. 174(1)", "17.11.2021", None],
    ])
    result = clean_paths([tmp_path])
    cases = result.cases.sort_values("source_row")
    assert list(cases["name"]) == PEOPLE[:2]
    # `Start date` is read as before: too few rows to name its event here, so the sheet's no_date_column names it
    assert _problems(result, "no_date_column")["message"].str.contains("'Start date' holds dates").all()
    sheet = result.manifest["files"][0]["sheets"][0]
    assert "Start date" not in sheet["ignored_columns"] and "Name" in sheet["columns"]


def test_ms_forms_columns_and_semicolon_choices(tmp_path):
    _xlsx(tmp_path / "forms.xlsx", [
        ["ID", "Start time", "Completion time", "Email", "Name", "Атын жазыңыз (ұсталған адамның аты-жөні)", "Қала",
         "Бап", "Движение"],
        [1, "9/1/23 10:00:00", "9/1/23 10:05:00", "anonymous", None, PEOPLE[3], "Атырау", "405-бап 2-бөлік",
         "Көше партиясы;ДВК;"],
        [2, "9/2/23 11:00:00", "9/2/23 11:04:00", "anonymous", None, PEOPLE[1], "Тараз", "174-бап 1-бөлік", "Нет связи;"],
    ])
    result = clean_paths([tmp_path])
    cases = result.cases.sort_values("source_row")
    assert list(cases["name"]) == [PEOPLE[3], PEOPLE[1]]
    assert list(cases["dvk_koshe"]) == [True, False]
    assert cases["started_on"].isna().all()  # the form's times are no events of the case
    assert _problems(result, "unknown_affiliation").empty


# --- dates and booleans of spreadsheet locales -----------------------------------------------------------------------

def test_excel_month_name_dates_with_a_two_digit_year():
    read = {t: parse_date(t).value for t in ("4-Mar-21", "04-Mar-2021", "Mar-4-21", "4 Mar 21", "4.мар.21",
                                             "4/Mar/21", "4 наурыз 21")}
    assert {t: v.date.isoformat() for t, v in read.items()} == {t: "2021-03-04" for t in read}
    assert all(v.precision == "day" for v in read.values())
    # a range's start is no date with a two-digit year; a month alone with two digits stays unread
    assert parse_date("3 марта - 12 апреля 2021").value.date.isoformat() == "2021-03-03"
    assert parse_date("Mar-21").value is None


def test_booleans_of_other_excel_locales_are_yes_no(tmp_path):
    assert checkbox_column(pd.Series(["ИСТИНА", "ЛОЖЬ", None]))
    assert checkbox_column(pd.Series(["АҚИҚАТ", "ЖАЛҒАН"]))
    _csv(tmp_path / "ru.csv", [["ФИО", "Город", "Статья", "Связь с ДВК"],
                               [PEOPLE[0], "Актобе", "ст. 405 ч. 2", "ИСТИНА"],
                               [PEOPLE[1], "Тараз", "ст. 174 ч. 1", "ЛОЖЬ"],
                               [PEOPLE[2], "Орал", "ст. 274 ч. 2", "✗"],
                               [PEOPLE[3], "Семей", "ст. 380 ч. 1", "✓"]], delimiter=";")
    result = clean_paths([tmp_path])
    assert list(result.cases.sort_values("source_row")["dvk_koshe"]) == [True, False, False, True]
    assert _problems(result, "unparsed_dvk_koshe_flag").empty


def test_options_ticked_with_marks_give_their_names(tmp_path):
    # a select-all question exported as one 1/0 column per option: the option's name comes from the second line
    _csv(tmp_path / "ticks.csv", [
        ["Respondent ID", "Collector ID", "Person's full name", "City", "Article", "Detained on", "Links (all that apply)", "", ""],
        ["", "", "Open-Ended Response", "Open-Ended Response", "Response", "Open-Ended Response", "DVK", "Koshe", "Neither"],
        ["5501", "77", PEOPLE[0], "Aktobe", "Art. 405(2)", "03.04.2022", "0", "1", "0"],
        ["5502", "77", PEOPLE[1], "Taraz", "Art. 174(1)", "17.11.2021", "0", "0", "1"],
        ["5503", "77", PEOPLE[2], "Oral", "Art. 274(2)", "01.02.2022", "1", "0", "0"],
    ])
    result = clean_paths([tmp_path])
    cases = result.cases.sort_values("source_row")
    assert list(cases["source_row"]) == [3, 4, 5]
    assert list(cases["dvk_koshe"]) == [True, False, True]
    assert _problems(result, "unknown_affiliation").empty
