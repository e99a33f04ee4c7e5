"""Layouts of a sheet read by general rules: headings with a count, a header whose second row holds
only the sub-headers of a merged group, question headers of a form, one column per year, a cell whose
header names two fields. Small lists written inline, in wordings of their own (not those of the
red-team lists)."""
from __future__ import annotations

import pandas as pd

from factories import write_xlsx as _xlsx

from kzanalysis.clean import clean_paths


def _dates(cases: pd.DataFrame, column: str = "started_on") -> list[str]:
    return cases[column].dt.strftime("%Y-%m-%d").fillna("").tolist()


def test_a_place_heading_with_a_head_count_or_a_number_still_gives_its_place(tmp_path):
    _xlsx(tmp_path / "by_place.xlsx", [
        ["№", "ФИО", "Город", "Статья"],
        ["1) Шымкент (3 человека)"],
        [1, "Иванов Иван", None, "ст. 405"],
        [2, "Петров Пётр", "Арысь", "ст. 174"],
        ["Павлодарская обл.: 2"],
        [3, "Сидоров Сидор", None, "ст. 405"],
        [4, "Ахметов Ержан", "Экибастуз", "ст. 174"],
        ["East Kazakhstan region - 1 person"],
        [5, "Ким Олег", None, "ст. 405"],
    ])
    cases = clean_paths([tmp_path]).cases
    assert cases["city"].fillna("").tolist() == ["Shymkent", "Arys", "", "Ekibastuz", ""]
    assert cases["region"].fillna("").tolist() == ["Shymkent", "Turkistan", "Pavlodar", "Pavlodar", "East Kazakhstan"]


def test_a_count_after_a_status_heading_leaves_its_status(tmp_path):
    _xlsx(tmp_path / "by_status.xlsx", [
        ["№", "ФИО", "Статья"],
        ["Находятся под домашним арестом — 2 чел."],
        [1, "Иванов Иван", "ст. 405"],
        [2, "Петров Пётр", "ст. 174"],
    ])
    assert clean_paths([tmp_path]).cases["status"].tolist() == ["house_arrest", "house_arrest"]


def test_a_second_header_row_holding_only_the_sub_headers_of_a_merged_group_is_part_of_the_header(tmp_path):
    _xlsx(tmp_path / "monitor.xlsx", [
        ["Перечень уголовных дел (рабочая версия)"],
        [],
        ["№", "ФИО", "Статья", "Ключевые моменты", None, "Город"],
        [None, None, None, "арест", "вынесение приговора", None],
        [1, "Иванов Иван", "ст. 405", "03.02.2021", "11.11.2021", "Атырау"],
        [2, "Петров Пётр", "ст. 174", "2020-06-15", None, "Актобе"],
        [3, "Сидоров Сидор", "ст. 405", "17.08.2022", "01.03.2023", "Атырау"],
        [4, "Ахметов Ержан", "ст. 174", "09.09.2022", "28.02.2023", "Актобе"],
    ], merged=("D3:E3", "A3:A4", "B3:B4", "C3:C4", "F3:F4"))
    result = clean_paths([tmp_path])
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["header_rows"] == [3, 4] and sheet["rows_read"] == 4
    assert sheet["columns"]["Ключевые моменты / арест"] == "detained_on"
    assert sheet["columns"]["Ключевые моменты / вынесение приговора"] == "sentenced_on"
    assert _dates(result.cases, "detained_on") == ["2021-02-03", "2020-06-15", "2022-08-17", "2022-09-09"]
    assert _dates(result.cases, "sentenced_on") == ["2021-11-11", "", "2023-03-01", "2023-02-28"]


def test_without_merge_information_sub_headers_of_words_under_a_group_are_the_header_too(tmp_path):
    (tmp_path / "export.csv").write_text(
        "Name;Charge;Milestones;;Town\n"
        ";;apprehension;judgment;\n"
        "Ivanov Ivan;Art. 405;12.05.2021;30.09.2021;Oral\n"
        "Petrov Petr;Art. 174;07.01.2022;;Aktau\n"
        "Sidorov Sidor;Art. 405;2022-03-14;2022-12-01;Oral\n"
        "Akhmetov Erzhan;Art. 174;01.02.2023;15.06.2023;Aktau\n", encoding="utf-8")
    result = clean_paths([tmp_path])
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["header_rows"] == [1, 2] and sheet["cases"] == 4 and sheet["rows_dropped"] == 0
    assert _dates(result.cases) == ["2021-05-12", "2022-01-07", "2022-03-14", "2023-02-01"]
    assert _dates(result.cases, "sentenced_on") == ["2021-09-30", "", "2022-12-01", "2023-06-15"]


def test_question_headers_of_a_form_are_read_for_the_field_they_ask_about(tmp_path):
    import csv

    rows = [["Submitted", "Respondent e-mail", "Who is the detained activist? (full name)", "Birth year of the activist?",
             "In what town did the arrest happen?", "On what date was he arrested?", "Под какими статьями УК обвиняют?",
             "Какой сейчас статус?"],
            ["2024/02/01 10:00:00", "a@example.org", "Иванов Иван", "1980", "Karaganda", "14.03.2022", "ст. 405 ч. 2", "в СИЗО"],
            ["2024/02/02 11:30:00", "b@example.org", "Petrov Petr", "born 1975", "Семей", "May 2021", "174(1)", "house arrest"],
            ["2024/02/03 09:15:00", "c@example.org", "Сидоров Сидор", "", "Oral", "2020-11-30", "Art. 380 part 1", "в колонии"],
            ["2024/02/04 16:45:00", "a@example.org", "Ахметов Ержан", "1991 г.р.", "Атырау", "2019", "ст. 405", "штраф"]]
    with open(tmp_path / "answers.csv", "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    result = clean_paths([tmp_path])
    assert not result.unreadable
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["header_rows"] == [1] and sheet["cases"] == 4
    assert sheet["columns"] == {"Who is the detained activist? (full name)": "name", "Birth year of the activist?": "birth_year",
                                "In what town did the arrest happen?": "city", "On what date was he arrested?": "detained_on",
                                "Под какими статьями УК обвиняют?": "articles", "Какой сейчас статус?": "status"}
    cases = result.cases
    assert cases["city"].tolist() == ["Karaganda", "Semey", "Oral", "Atyrau"]
    assert cases["birth_year"].astype("Float64").fillna(0).tolist() == [1980, 1975, 0, 1991]
    assert cases["articles"].tolist() == ["405(2)", "174(1)", "380(1)", "405"]
    assert cases["status"].tolist() == ["pretrial_detention", "house_arrest", "imprisoned", "fined"]
    assert _dates(cases) == ["2022-03-14", "2021-05-01", "2020-11-30", "2019-01-01"]


def test_a_first_row_that_is_a_header_by_its_shape_is_read_though_no_alias_names_it(tmp_path):
    (tmp_path / "cases.csv").write_text(
        "Person concerned,Offence,Locality,Situation\n"
        "Ivanov Ivan,Art. 405,Taraz,in custody awaiting trial\n"
        "Petrov Petr,Art. 174,Kokshetau,serving a prison term\n"
        "Sidorov Sidor,Art. 405,Taraz,released\n", encoding="utf-8")
    result = clean_paths([tmp_path])
    assert not result.unreadable and len(result.cases) == 3
    assert result.cases["city"].tolist() == ["Taraz", "Kokshetau", "Taraz"]
    assert result.cases["articles"].tolist() == ["405", "174", "405"]


def test_rows_of_prose_or_of_values_are_not_taken_for_a_header_by_their_shape(tmp_path):
    (tmp_path / "notes.csv").write_text("Заметки к списку\nсписок уточняется\nсм. также отчёт\nвопросы к юристу\n", encoding="utf-8")
    (tmp_path / "numbers.csv").write_text("1,2,3,4\n5,6,7,8\n9,10,11,12\n13,14,15,16\n", encoding="utf-8")
    result = clean_paths([tmp_path])
    assert result.cases.empty
    assert set(result.problems.loc[result.problems["problem"] == "no_header", "source_file"]) == {"notes.csv", "numbers.csv"}


def test_a_cell_whose_header_names_two_fields_gives_both(tmp_path):
    (tmp_path / "list.csv").write_text(
        "ФИО;Город;Обвинение и приговор\n"
        "Иванов Иван;Тараз;ч. 2 ст. 174 УК РК, приговорён к 4 годам лишения свободы\n"
        "Петров Пётр;Кокшетау;ст. 405 ч. 1 УК РК. Приговор: 2 года ограничения свободы\n"
        "Сидоров Сидор;Тараз;\"статья 380 часть 1; 3 года условно\"\n"
        "Ахметов Ержан;Кокшетау;ст. 174 ч. 1 — приговор 5 лет лишения свободы\n", encoding="utf-8")
    cases = clean_paths([tmp_path]).cases
    assert cases["articles"].tolist() == ["174(2)", "405(1)", "380(1)", "174(1)"]
    assert cases["status"].tolist() == ["imprisoned", "restricted_freedom", "probation", "imprisoned"]
    assert cases["sentence_months"].tolist() == [48, 24, 36, 60]


def test_a_header_naming_one_field_reads_no_other_field_from_its_cells(tmp_path):
    (tmp_path / "list.csv").write_text(
        "Name;Town;Sentence\n"
        "Ivanov Ivan;Taraz;5 years in prison under article 174\n"
        "Petrov Petr;Kokshetau;2 years restricted freedom (art. 405)\n"
        "Sidorov Sidor;Taraz;3 years suspended, art. 380\n", encoding="utf-8")
    cases = clean_paths([tmp_path]).cases
    assert cases["articles"].isna().all()
    assert cases["sentence_months"].tolist() == [60, 24, 36]


def test_columns_headed_by_years_give_their_year_to_the_dates_under_them_and_read_as_one_history(tmp_path):
    _xlsx(tmp_path / "by_year.xlsx", [
        ["Хроника дел (рабочий файл)"],
        ["№", "ФИО", "Статья", "События", None, None, "Город"],
        [None, None, None, "2020 г.", "2021 г.", "2022 г.", None],
        [1, "Иванов Иван", "ст. 405", "задержан 03.04", "осужден 15.09 к 4 годам лишения свободы", "освобожден 01.06", "Тараз"],
        [2, "Петров Пётр", "ст. 174", None, "дело возбуждено (октябрь)", "подписка о невыезде", "Тараз"],
        [3, "Сидоров Сидор", "ст. 405", "обвиняемый", "осужден 21.12 к 2 годам ограничения свободы", "—", "Тараз"],
        [4, "Ахметов Ержан", "ст. 174", "-", None, "задержан 30.01; под стражей", "Тараз"],
    ], merged=("D2:F2", "A2:A3", "B2:B3", "C2:C3", "G2:G3"))
    result = clean_paths([tmp_path])
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["header_rows"] == [2, 3] and sheet["cases"] == 4 and sheet["rows_dropped"] == 0
    assert sheet["history_columns"] == ["События / 2020–2022"]
    cases = result.cases
    assert _dates(cases) == ["2020-04-03", "2021-10-01", "2020-01-01", "2022-01-30"]
    assert cases["started_precision"].tolist() == ["day", "month", "year", "day"]
    assert _dates(cases, "sentenced_on") == ["2021-09-15", "", "2021-12-21", ""]
    assert _dates(cases, "released_on") == ["2022-06-01", "", "", ""]
    assert cases["status"].tolist() == ["released", "under_investigation", "restricted_freedom", "pretrial_detention"]


def test_year_columns_of_a_one_row_header_read_the_same(tmp_path):
    (tmp_path / "tracker.csv").write_text(
        "Name,Charge,2021,2022,Town\n"
        "Ivanov Ivan,Art. 405,detained 14/03,convicted 02/11 to 5 years in prison,Oral\n"
        "Petrov Petr,Art. 174,,detained 07/07,Oral\n"
        "Sidorov Sidor,Art. 405,detained 01/02; released 20/02,,Oral\n", encoding="utf-8")
    cases = clean_paths([tmp_path]).cases
    assert _dates(cases) == ["2021-03-14", "2022-07-07", "2021-02-01"]
    assert _dates(cases, "sentenced_on") == ["2022-11-02", "", ""]
    assert cases["status"].tolist() == ["imprisoned", "pretrial_detention", "released"]


def test_year_columns_of_figures_are_not_a_history(tmp_path):
    (tmp_path / "list.csv").write_text(
        "ФИО,Статья,2021,2022,Город\n"
        "Иванов Иван,ст. 405,3,5,Тараз\n"
        "Петров Пётр,ст. 174,1,,Тараз\n"
        "Сидоров Сидор,ст. 405,2,4,Тараз\n", encoding="utf-8")
    result = clean_paths([tmp_path])
    sheet = result.manifest["files"][0]["sheets"][0]
    assert not sheet.get("history_columns") and {"2021", "2022"} <= set(sheet["unmapped_columns"])
    assert result.cases["started_on"].isna().all()


def test_a_form_s_timestamp_never_dates_a_case_and_a_question_for_the_name_names_the_person(tmp_path):
    (tmp_path / "form.csv").write_text(
        "Отметка времени,Как зовут задержанного?,В каком городе?,Когда задержали?,По какой статье?\n"
        "05.02.2024 11:20:00,Иванов Иван,Тараз,,ст. 405\n"
        "06.02.2024 12:00:00,Петров Пётр,Кокшетау,12.12.2023,ст. 174\n"
        "07.02.2024 08:45:10,Сидоров Сидор,Тараз,2022,ст. 405\n", encoding="utf-8")
    result = clean_paths([tmp_path])
    sheet = result.manifest["files"][0]["sheets"][0]
    assert "Отметка времени" in sheet["ignored_columns"] and sheet["columns"]["Как зовут задержанного?"] == "name"
    assert result.cases["name"].tolist() == ["Иванов Иван", "Петров Пётр", "Сидоров Сидор"]
    assert _dates(result.cases) == ["", "2023-12-12", "2022-01-01"]
    assert result.problems.loc[result.problems["problem"] == "undated", "source_row"].tolist() == [2]
