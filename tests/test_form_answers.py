"""Rules for the answers of survey-form exports (KoboToolbox, ODK Central, other form tools), learned from
red-team set 33 and tested in wordings of their own: choice codes naming an article and its part, a term in a
pair of years / months questions, English stage codes, an "other, specify" column named in other words, a
form's own tie question, the tool's own submission columns, and a sheet of dropdown options. Inputs inline."""
from __future__ import annotations

import pandas as pd
import pytest
from accuracy import assert_every_column_said
from factories import problems_of as _problems
from factories import write_csv as _csv
from openpyxl import Workbook

from kzanalysis import form_exports, form_tools, split_dates
from kzanalysis.clean import clean_paths
from kzanalysis.lookup_sheet import lookup_rows
from kzanalysis.parse.affiliation import find_dvk_koshe, parse_dvk_koshe_flag
from kzanalysis.parse.articles import format_articles, parse_articles
from kzanalysis.parse.choice_codes import spell_out_codes
from kzanalysis.parse.status import parse_measure

PEOPLE = ["Сагындыков Ерболат", "Мартыненко Ирина", "Оспанова Жулдыз", "Тасболатов Нурсултан"]


@pytest.mark.parametrize(("cell", "articles"), [
    ("art380_1 art174_2", "174(2); 380(1)"),  # underscore
    ("c405-1", "405(1)"),  # hyphen
    ("stat274.2", "274(2)"),  # dot
    ("a179p1", "179(1)"),  # `p` for part
    ("ch_405_1", "405(1)"),  # an underscore after the letters too
    ("art179", "179"),  # no part: as before
])
def test_a_choice_code_naming_an_article_and_its_part_gives_both(cell, articles):
    parsed = parse_articles(cell)
    assert format_articles(parsed.value) == articles and parsed.problem is None


def test_a_choice_code_is_spelled_out_only_for_a_known_article():
    assert spell_out_codes("art380_1") == "art 380(1)"
    assert spell_out_codes("q777_2") == "q777_2"  # 777 is no article of articles.csv: left to the parser, loud
    assert parse_articles("q777_2").problem == "unknown_article"
    assert spell_out_codes("id405-01") == "id405-01"  # a serial: no part is written 01
    assert spell_out_codes("case2021_3") == "case2021_3"  # four digits: a year, never an article


def test_a_select_multiple_cell_keeps_its_codes_beside_its_other_answer():
    cells = pd.Series(["art380_1 other", "other", "art179"])
    other = pd.Series(["ч.1 ст.258 УК", "ст. 272 ч. 2", None])
    joined = form_exports.with_other(cells, other)
    assert joined.tolist() == ["art380_1; ч.1 ст.258 УК", "ст. 272 ч. 2", "art179"]
    assert format_articles(parse_articles(joined[0]).value) == "258(1); 380(1)"


def test_the_other_answer_is_kept_where_a_matrix_of_ticks_added_articles_to_the_codes():
    # Kobo writes a select-multiple both as a cell of codes and as a 0/1 column a choice: the 0/1 columns naming
    # an article are a matrix of ticks (tick_matrix.py), whose articles follow the codes after a `;`
    cells = pd.Series(["st405_2 other; 405(2)", "other; 174(1)", "st174_1; 174(1)"])
    other = pd.Series(["ст. 272 ч. 2", "ч.1 ст.258", None])
    joined = form_exports.with_other(cells, other)
    assert joined.tolist() == ["st405_2; ст. 272 ч. 2; 405(2)", "ч.1 ст.258; 174(1)", "st174_1; 174(1)"]
    assert format_articles(parse_articles(joined[0]).value) == "272(2); 405(2)"


@pytest.mark.parametrize(("years", "months", "paired"), [
    ("grp/sentence_y", "grp/sentence_m", True), ("срок_лет", "срок_мес", True), ("term_yrs", "term_mos", True),
    ("term_y", "fine_m", False), ("term_m", "term_y", False), ("y", "m", False), ("term_y", "term_d", False),
])
def test_two_headers_naming_the_years_and_months_of_one_term_are_a_pair(years, months, paired):
    assert split_dates.term_pair(years, months) is paired


@pytest.mark.parametrize(("code", "status"), [
    ("remand", "pretrial_detention"), ("on_remand", "pretrial_detention"), ("restricted", "restricted_freedom"),
    ("probation", "probation"), ("suspended", "probation"), ("fined", "fined"), ("released", "released"),
    ("custody", "pretrial_detention"), ("house_arrest", "house_arrest"), ("investigation", "under_investigation"),
    ("travel_restricted", "under_investigation"),
])
def test_english_stage_codes_are_statuses(code, status):
    assert parse_measure(code).value.status == status


def test_an_other_specify_column_is_found_by_its_other_or_specify_words():
    assert form_exports.other_column_of("grp/town", {5: "grp/town_other"}) == 5  # a path with no underscore of its own
    assert form_exports.other_column_of("town", {5: "other_town"}) == 5
    assert form_exports.other_column_of("Town", {5: "Town (please specify)"}) == 5
    assert form_exports.other_column_of("Город", {5: "Другой город"}) == 5
    assert form_exports.other_column_of("Town", {5: "Other"}) is None  # no field's words beside it
    assert form_exports.other_column_of("Town", {5: "Region_other"}) is None


def test_a_tie_question_is_read_from_its_choices_and_dont_know_is_no_tie():
    assert form_exports.tie_answers(pd.Series(["koshe", "no", "dk", "dvk", "no"]))
    assert form_exports.tie_answers(pd.Series(["kp", "none", "qdt"]))
    assert not form_exports.tie_answers(pd.Series(["no", "yes", "dk"]))  # no group named: a yes/no of something
    assert not form_exports.tie_answers(pd.Series(["dvk", "адвокат по назначению", "no"]))  # a note beside a tie
    assert parse_dvk_koshe_flag("dk").value is False and parse_dvk_koshe_flag("Не знаю").value is False


def test_a_kazakh_question_or_unknown_about_the_tie_is_doubt():
    for note in ("Көше партиясына қатысы бар ма, анықталмады", "ДВК-ға қатысы белгісіз", "связь с ДВК неизвестна"):
        assert find_dvk_koshe(note).problem == "uncertain_tie", note
    assert find_dvk_koshe("Көше партиясының белсендісі").value.dvk_koshe


def test_odk_central_s_own_columns_are_metadata_only_beside_its_distinctive_columns():
    header = dict(enumerate(["grp-name", "grp-stage", "SubmitterName", "ReviewState", "Status", "FormVersion"]))
    assert set(form_tools.tool_columns(header).values()) == {"SubmitterName", "ReviewState", "Status", "FormVersion"}
    survey = dict(enumerate(["Respondent ID", "Collector ID", "Status", "Full name"]))
    assert set(form_tools.tool_columns(survey).values()) == {"Respondent ID", "Collector ID"}  # a question `Status`


def test_an_odk_export_reads_its_codes_term_tie_and_not_its_review(tmp_path):
    _csv(tmp_path, "submissions.csv", {
        "grp-person-fio": PEOPLE[:3], "grp-where-town": ["taraz", "other", "aktau"],
        "grp-where-town_other": [None, "Жезказган", None],
        "grp-charge-codes": ["art380_1 art174_2", "art405_1", "art179 other"],
        "grp-charge-codes_other": [None, None, "ч.2 ст.272 УК"],
        "grp-stage": ["restricted", "remand", "suspended"], "grp-sentence_y": [2, None, 1], "grp-sentence_m": [6, None, 0],
        "grp-arrest": ["2021-03-04", "2022-06-07", "2020-01-02"], "grp-link": ["koshe", "dk", "no"],
        "grp-comment": ["", "сторонник ДВК, возможно", "обвиняют в связях с ДВК, отрицает"],
        "SubmitterName": ["mon1"] * 3, "AttachmentsExpected": [0] * 3, "Status": ["approved"] * 3,
        "ReviewState": ["approved", "hasIssues", "edited"], "FormVersion": ["v3"] * 3,
    })
    result = clean_paths([tmp_path])
    cases = result.cases.sort_values("source_row")
    assert cases["articles"].tolist() == ["174(2); 380(1)", "405(1)", "179; 272(2)"]
    assert cases["status"].tolist() == ["restricted_freedom", "pretrial_detention", "probation"]
    assert cases["sentence_months"].tolist()[0] == 30 and cases["sentence_months"].tolist()[2] == 12
    assert cases["city"].tolist() == ["Taraz", "Zhezkazgan", "Aktau"]
    assert cases["dvk_koshe"].tolist() == [True, False, False]
    sheet = result.manifest["files"][0]["sheets"][0]
    assert {"Status", "ReviewState"} <= set(sheet["ignored_columns"])
    assert _problems(result, "unparsed_term").empty and _problems(result, "unknown_status").empty
    assert_every_column_said(result)


def _workbook(path, sheets: dict[str, list[list[object]]]) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)


def test_a_sheet_of_dropdown_options_is_read_as_no_cases(tmp_path):
    _workbook(tmp_path / "list.xlsx", {
        "Cases": [["ФИО", "Город", "Статья", "Дата ареста", "Мера"],
                  [PEOPLE[0], "Тараз", "ст. 405 ч. 1", "04.03.2021", "СИЗО"],
                  [PEOPLE[1], "Актау", "ст. 174 ч. 2", "07.06.2022", "штраф"]],
        "Lists": [["Мера", "Город", "Проверено"], ["СИЗО", "Тараз", "да"], ["штраф", "Актау", "нет"],
                  ["домашний арест", "Атырау", None], ["ограничение свободы", None, None]],
    })
    result = clean_paths([tmp_path])
    totals = result.manifest["totals"]
    assert (totals["rows_read"], totals["cases"], totals["rows_dropped"]) == (6, 2, 4)
    dropped = _problems(result, "lookup_sheet")
    assert dropped["source_sheet"].eq("Lists").all() and sorted(dropped["source_row"]) == [2, 3, 4, 5]
    assert not dropped["row_kept"].any() and _problems(result, "no_header").empty


def test_a_table_with_no_header_found_is_no_lookup():
    lists = pd.DataFrame([["Мера", "Город"], ["СИЗО", "Тараз"], ["штраф", None], ["арест", None]], dtype="string")
    assert lookup_rows(lists) is not None
    rectangle = pd.DataFrame([["a", "b"], ["x", "y"], ["z", "w"]], dtype="string")
    assert lookup_rows(rectangle) is None  # the lists all of one length: may be a table of anything
    repeated = pd.DataFrame([["a", "b"], ["x", "y"], ["x", None]], dtype="string")
    assert lookup_rows(repeated) is None  # a value twice in a column: no list of options
    dated = pd.DataFrame([["a", "b"], ["x", "12.03.2021"], ["z", None]], dtype="string")
    assert lookup_rows(dated) is None


def test_an_option_s_ticks_are_no_other_answer(tmp_path):
    _csv(tmp_path, "export.csv", {
        "grp/fio": PEOPLE[:3], "grp/town": ["taraz", "aktau", "other"], "grp/town_other": [None, None, "Жезказган"],
        "grp/charges": ["art405_1 other", "art179", "art174_2"], "grp/charges/other": [1, 0, 0],
        "grp/charges/art405_1": [1, 0, 0], "grp/arrest": ["2021-03-04", "2022-06-07", "2020-01-02"],
    })
    result = clean_paths([tmp_path])
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["columns"]["grp/town_other"] == "city" and "grp/charges/other" not in sheet["columns"]
    assert result.cases.sort_values("source_row")["articles"].tolist() == ["405(1)", "179", "174(2)"]
