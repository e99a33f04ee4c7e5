"""General rules learned from red-team set 28 (sheet structure), each tested in wordings of its own (not
those of the set): the rows Excel's Data > Subtotal inserts, a second table with its own header row on
the same sheet, and a header spread over three rows. Small lists written inline."""
from __future__ import annotations

import csv

import pandas as pd

from factories import problems_of as _problems
from factories import write_xlsx as _xlsx

from kzanalysis.clean import clean_paths

PEOPLE = ["Abenova Saule", "Tursunov Bekzat", "Grigoryeva Nina", "Kaliyev Murat", "Omarova Aida", "Sultanov Dias"]


def _csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


def _by_row(result):
    return result.cases.set_index("source_row")


def _dropped(result):
    found = _problems(result, "not_a_case")
    return dict(zip(found["source_row"].astype(int), found["message"]))


# --- Excel's Data > Subtotal ----------------------------------------------------------------------------------------

def test_excel_subtotal_rows_are_totals_rows(tmp_path):
    # sorted by the town (Russian Excel: `Количество` per town, `Общее количество` at the end); the count sits in the
    # name column, the label in the town column
    rows = [["ФИО", "Статья", "Город", "Дата ареста"],
            [PEOPLE[0], "ст. 405 ч. 2", "Атырау", "02.02.2021"],
            [PEOPLE[1], "ст. 174 ч. 1", "Атырау", "11.05.2022"],
            [2, None, "Атырау Количество", None],
            [PEOPLE[2], "ст. 274 ч. 2", "Тараз", "19.09.2020"],
            [1, None, "Тараз Количество", None],
            [3, None, "Общее количество", None]]
    _xlsx(tmp_path / "by_town.xlsx", rows)
    result = clean_paths([tmp_path])
    assert sorted(_by_row(result).index) == [2, 3, 5]
    dropped = _dropped(result)
    assert sorted(dropped) == [4, 6, 7] and all("a totals row" in m for m in dropped.values())
    assert result.manifest["totals"]["rows_read"] == 6


def test_a_town_followed_by_a_word_is_no_subtotal_unless_it_closes_its_group(tmp_path):
    # `Total` after a town that is not the group above it, and a row with more text than the label: cases
    rows = [["Name", "Town", "Outcome", "Arrested"],
            [PEOPLE[3], "Aktau", "fine", "2021-03-04"],
            [PEOPLE[4], "Semey Total", "probation", "2022-06-07"],
            [PEOPLE[5], "Semey", "imprisonment", "2020-01-09"],
            ["Ivanov Petr", "Semey Count", "imprisonment", "2020-01-09"]]
    _csv(tmp_path / "towns.csv", rows)
    result = clean_paths([tmp_path])
    assert sorted(_by_row(result).index) == [2, 3, 4, 5]


# --- a header over three rows ---------------------------------------------------------------------------------------

def _three_rows(people):
    """An English summary table: `Case` over `Article | Penalty | Dates`, `Penalty` over `type | length`, `Dates`
    over `arrest | verdict | release`; `#` and `Comment` one word each."""
    top = ["#", "Defendant", None, "Case", None, None, None, None, None, "Comment"]
    middle = [None, "Full name", "Town", "Article", "Penalty", None, "Dates", None, None, None]
    bottom = [None, None, None, None, "type", "length", "arrest", "verdict", "release", None]
    return [["Summary of prosecutions"], [], top, middle, bottom, *people]


PEOPLE_3 = [[1, PEOPLE[0], "Kostanay", "Art. 405(1)", "imprisonment", "4 yrs", "2021-02-03", "2021-09-10", "2022-05-20", None],
            [2, PEOPLE[1], "Oral", "Art. 174(2)", "probation", "2 yrs", "March 2022", "2022-07-01", None, "appeal lost"],
            [3, PEOPLE[2], "Aktobe", "Art. 274(2)", "imprisonment", "3 yrs", "2020", "2020-11-30", None, None]]


def test_a_header_over_three_merged_rows_names_each_column_by_its_path(tmp_path):
    _xlsx(tmp_path / "summary.xlsx", _three_rows(PEOPLE_3),
          merged=("A3:A5", "B3:C3", "D3:I3", "J3:J5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "G4:I4"))
    result = clean_paths([tmp_path])
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["header_rows"] == [3, 4, 5]
    assert sheet["columns"]["Case / Penalty / length"] == "sentence"
    assert sheet["columns"]["Case / Dates / release"] == "released_on"
    cases = _by_row(result)
    assert sorted(cases.index) == [6, 7, 8]  # the third header row is no case
    assert cases.loc[6, "articles"] == "405(1)" and cases.loc[6, "sentence_months"] == 48  # the length is no article
    assert cases.loc[6, "status"] == "released" and str(cases.loc[6, "released_on"])[:10] == "2022-05-20"
    assert str(cases.loc[7, "started_on"])[:10] == "2022-03-01" and cases.loc[7, "started_precision"] == "month"
    assert str(cases.loc[8, "started_on"])[:10] == "2020-01-01" and cases.loc[8, "started_precision"] == "year"
    assert _problems(result, "unparsed_date").empty and _problems(result, "impossible_date").empty


def test_a_header_over_three_plain_rows_is_one_header(tmp_path):
    # the same table saved as CSV: nothing merged, each group cell followed by blanks over its columns
    _csv(tmp_path / "summary.csv", _three_rows(PEOPLE_3))
    result = clean_paths([tmp_path])
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["header_rows"] == [3, 4, 5]
    cases = _by_row(result)
    assert sorted(cases.index) == [6, 7, 8]
    assert cases.loc[6, "sentence_months"] == 48 and cases.loc[6, "status"] == "released"


def test_a_first_case_of_words_under_a_two_row_header_stays_a_case(tmp_path):
    # a case row without a digit, all under group cells, is no third header row: it names no field and no
    # header cell is merged down over it
    rows = [["#", "Defendant", None, "Case", None],
            [None, "Full name", "Town", "Article", "Outcome"],
            [None, PEOPLE[3], "Semey", "hooliganism", "under investigation"],
            [None, PEOPLE[4], "Taraz", "Art. 405(2)", "fine"]]
    _xlsx(tmp_path / "two.xlsx", rows, merged=("A1:A2", "B1:C1", "D1:E1"))
    result = clean_paths([tmp_path])
    assert result.manifest["files"][0]["sheets"][0]["header_rows"] == [1, 2]
    assert sorted(_by_row(result).index) == [3, 4]


# --- a second table with its own header on the same sheet ------------------------------------------------------------

def test_a_second_table_under_its_own_header_is_read_under_it(tmp_path):
    rows = [["Приложение 2"],
            ["Осуждённые"],
            ["№", "ФИО", "Город", "Статья", "Приговор", "Дата приговора", "Примечание"],
            [1, PEOPLE[0], "Костанай", "ст. 405 ч. 1", "3 года лишения свободы", "12.04.2022", None],
            [2, PEOPLE[1], "Тараз", "ст. 174 ч. 1", "штраф 100 МРП", "30.09.2021", "ДВК"],
            ["№", "ФИО", "Город", "Статья", "Приговор", "Дата приговора", "Примечание"],  # a page's repeat: no new table
            [3, PEOPLE[2], "Актау", "ст. 274 ч. 2", "ограничение свободы 2 года", "01.02.2023", None],
            [],
            ["Под следствием"],
            ["№", "ФИО", "Город", "Статья", "Мера пресечения", "Дата возбуждения дела", "Следователь"],
            [1, PEOPLE[3], "Семей", "ст. 405 ч. 2", "домашний арест", "15.03.2024", "Нурланов Б."],
            [2, PEOPLE[4], "Атырау", "ст. 174 ч. 2", "содержится под стражей", "07.11.2023", "Иванов С."]]
    _xlsx(tmp_path / "annex.xlsx", rows)
    result = clean_paths([tmp_path])
    cases = _by_row(result)
    assert sorted(cases.index) == [4, 5, 7, 11, 12]
    dropped = _dropped(result)
    assert "repeated" in dropped[6] and "further table" in dropped[10]
    # the second table's columns by its own header: a measure and the date the case was opened, no verdict
    assert cases.loc[11, "status"] == "house_arrest" and cases.loc[12, "status"] == "pretrial_detention"
    assert str(cases.loc[11, "charged_on"])[:10] == "2024-03-15" and pd.isna(cases.loc[11, "sentenced_on"])
    assert str(cases.loc[5, "sentenced_on"])[:10] == "2021-09-30" and cases.loc[5, "status"] == "fined"
    assert _problems(result, "unparsed_date").empty
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["rows_read"] == 8 and sheet["cases"] == 5 and sheet["header_rows"] == [3, 10]
    assert sheet["further_tables"][0]["columns"]["Мера пресечения"] == "status"
    assert "Следователь" in sheet["unmapped_columns"] + sheet["ignored_columns"]


def test_a_row_of_words_in_a_list_starts_no_table(tmp_path):
    # a case row with no digit whose cells are no header words is a case, not a new header
    rows = [["Name", "Town", "Charge", "Outcome"],
            [PEOPLE[0], "Aktobe", "Art. 405(2)", "prison"],
            [PEOPLE[1], "Oral", "hooliganism", "under investigation"],
            [PEOPLE[2], "Semey", "Art. 174(1)", "fine"]]
    _csv(tmp_path / "plain.csv", rows)
    result = clean_paths([tmp_path])
    assert sorted(_by_row(result).index) == [2, 3, 4]
    assert "further_tables" not in result.manifest["files"][0]["sheets"][0]


def test_a_table_above_a_header_naming_more_fields_is_not_lost(tmp_path):
    # the header naming the most fields is the second table's: the first table, under a shorter header, is read too
    rows = [["Convicted"],
            ["Name", "Town", "Sentence"],
            [PEOPLE[0], "Aktobe", "3 years prison"],
            [PEOPLE[1], "Oral", "fine"],
            [],
            ["Under investigation"],
            ["No.", "Name", "Born", "Town", "Article", "Measure of restraint", "Date charged"],
            [1, PEOPLE[2], 1980, "Semey", "Art. 405(2)", "house arrest", "2024-01-02"],
            [2, PEOPLE[3], 1990, "Taraz", "Art. 174(1)", "in custody", "2023-05-06"]]
    _xlsx(tmp_path / "two_tables.xlsx", rows)
    result = clean_paths([tmp_path])
    cases = _by_row(result)
    assert sorted(cases.index) == [3, 4, 8, 9]
    assert cases.loc[3, "status"] == "imprisoned" and cases.loc[3, "sentence_months"] == 36
    assert cases.loc[8, "status"] == "house_arrest" and cases.loc[8, "birth_year"] == 1980
    assert "further table" in _dropped(result)[7]
    assert result.manifest["totals"]["rows_read"] == 6
