"""Columns that hold a field in another shape, or several fields: a record's edit time, a months
column of bare numbers, a court's decision, an address, a narrative. Small lists written inline,
in wordings of their own (not those of the red-team lists)."""
from __future__ import annotations

import pandas as pd
from factories import PEOPLE
from factories import problems_of as _problems
from factories import write_csv as _csv

from kzanalysis.clean import clean_paths


def _sheet(result) -> dict:
    return result.manifest["files"][0]["sheets"][0]


def test_when_the_record_was_added_or_edited_is_ignored_and_never_a_start_date(tmp_path):
    _csv(tmp_path, "export.csv", {
        "person": PEOPLE, "charge": ["ст. 405"] * 4, "date_of_arrest": ["12.07.2021", None, "03.03.2022", None],
        "created_at": ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04"],
        "Дата внесения записи": ["05.04.2024", "06.04.2024", "07.04.2024", "08.04.2024"]})
    result = clean_paths([tmp_path])
    assert result.cases["started_on"].dt.strftime("%Y-%m-%d").fillna("").tolist() == ["2021-07-12", "", "2022-03-03", ""]
    assert {"created_at", "Дата внесения записи"} <= set(_sheet(result)["ignored_columns"])
    assert _problems(result, "unmapped_column").empty


def test_a_column_of_bare_numbers_under_a_months_header_is_the_term_in_months(tmp_path):
    _csv(tmp_path, "export.csv", {"person": PEOPLE, "charge": ["ст. 405"] * 4, "Status": ["imprisoned", "in prison", "imprisoned", "restricted freedom"],
                                  "n_months": [36, 60, None, 18]})
    result = clean_paths([tmp_path])
    assert result.cases["sentence_months"].astype("Float64").tolist()[:2] == [36, 60]
    assert pd.isna(result.cases["sentence_months"].iloc[2]) and result.cases["sentence_months"].iloc[3] == 18
    assert _sheet(result)["columns"]["n_months"] == "sentence"
    assert _problems(result, "unparsed_term").empty


def test_a_term_column_whose_header_abbreviates_months_to_m_reads_bare_numbers_as_months(tmp_path):
    _csv(tmp_path, "export.csv", {"person": PEOPLE[:3], "charge": ["ст. 405"] * 3, "term_m": ["24", "6", "120"]})
    assert clean_paths([tmp_path]).cases["sentence_months"].tolist() == [24, 6, 120]


def test_a_months_header_over_values_that_are_not_terms_is_not_the_sentence(tmp_path):
    _csv(tmp_path, "export.csv", {"person": PEOPLE, "charge": ["ст. 405"] * 4, "months": ["зима", "весна", "лето", "осень"]})
    result = clean_paths([tmp_path])
    assert "months" not in _sheet(result)["columns"] and result.cases["sentence_months"].isna().all()


def test_an_unmapped_court_decision_column_gives_the_verdict_over_the_pretrial_measure(tmp_path):
    _csv(tmp_path, "hearings.csv", {
        "Подсудимый": PEOPLE, "Статья": ["ст. 405 ч. 2"] * 4,
        "Мера пресечения": ["содержание под стражей", "домашний арест", "под стражей", "подписка о невыезде"],
        "Решение по делу": ["Вынесен приговор: 4 года лишения свободы", "перенесено", "2 года ограничения свободы", None]})
    result = clean_paths([tmp_path])
    assert result.cases["status"].tolist() == ["imprisoned", "house_arrest", "restricted_freedom", "under_investigation"]
    assert result.cases["sentence_months"].astype("Float64").fillna(-1).tolist() == [48, -1, 24, -1]
    assert _sheet(result)["columns"]["Решение по делу"] == "sentence"


def test_an_address_column_gives_the_city_where_the_list_has_no_city_column_and_says_so(tmp_path):
    _csv(tmp_path, "list.csv", {
        "ФИО": PEOPLE, "Статья": ["ст. 405 ч. 1"] * 4,
        "Адрес регистрации": ["Павлодарская обл., г. Экибастуз, ул. Абая 5", "г.Костанай, мкр. Аэропорт, 3-17",
                             "с. Неизвестное, Карагандинская обл.", "ул. Сатпаева 10"]})
    result = clean_paths([tmp_path])
    assert result.cases["city"].fillna("").tolist() == ["Ekibastuz", "Kostanay", "", ""]
    assert result.cases["region"].fillna("").tolist() == ["Pavlodar", "Kostanay", "Karaganda", ""]
    sheet = _sheet(result)
    assert sheet["city_from_address"] == {"column": "Адрес регистрации", "cases": 3}
    assert "Адрес регистрации" not in sheet["ignored_columns"] + sheet["unmapped_columns"]
    # a village not in the vocabulary and a street alone (`ул. Сатпаева` is no town of Satpayev) are problem rows
    said = result.problems.loc[result.problems["column"] == "Адрес регистрации"]
    assert said["source_row"].tolist() == [4, 5] and said["problem"].tolist() == ["unknown_city", "unknown_city"]


def test_a_city_column_wins_over_the_address(tmp_path):
    _csv(tmp_path, "list.csv", {"ФИО": PEOPLE[:2], "Город": ["Тараз", None], "Статья": ["ст. 405"] * 2,
                                "Address": ["Almaty, Abay ave 10", "Shymkent, Tauke khan 3"]})
    result = clean_paths([tmp_path])
    assert result.cases["city"].tolist() == ["Taraz", "Shymkent"]


NARRATIVE = [
    "Taken into custody in Petropavlovsk on 2 March 2021; indicted under Art. 174(1); convicted on 17.08.2021 "
    "and given 3 years of restricted freedom.",
    "Арестован в Таразе 5 апреля 2022 г. Обвинение по ч. 2 ст. 405 УК РК. Приговорён 1 ноября 2022 г. к 6 годам "
    "лишения свободы; освобождён по УДО 12.12.2023.",
    "Searched on 3 May 2020 and 11 May 2020; no charges known.",
    "Detained in Semey in June 2021, then transferred to Astana; Art. 405 part 1.",
]


def test_a_narrative_column_gives_city_articles_dates_and_term_where_the_sheet_has_no_column_for_them(tmp_path):
    _csv(tmp_path, "annex.csv", {"Name": ["Aidar Sultan", "Марат Ким", "Olga Lee", "Timur Bek"],
                                 "Case summary": NARRATIVE, "Current status": ["restricted freedom", "released", "", "in detention"]})
    result = clean_paths([tmp_path])
    cases = result.cases
    assert cases["city"].fillna("").tolist() == ["Petropavl", "Taraz", "", ""]
    assert cases["articles"].fillna("").tolist() == ["174(1)", "405(2)", "", "405(1)"]
    day = lambda c: cases[c].dt.strftime("%Y-%m-%d").fillna("").tolist()  # noqa: E731
    assert day("detained_on") == ["2021-03-02", "2022-04-05", "2020-05-03", "2021-06-01"]
    assert day("sentenced_on") == ["2021-08-17", "2022-11-01", "", ""]
    assert day("released_on") == ["", "2023-12-12", "", ""]
    assert day("started_on") == ["2021-03-02", "2022-04-05", "2020-05-03", "2021-06-01"]
    assert cases["started_precision"].tolist() == ["day", "day", "day", "month"]
    assert cases["status"].tolist() == ["restricted_freedom", "released", "unknown", "pretrial_detention"]
    assert cases["sentence_months"].astype("Float64").fillna(-1).tolist() == [36, 72, -1, -1]
    sheet = _sheet(result)
    assert sheet["from_free_text"]["columns"] == ["Case summary"]
    assert sheet["from_free_text"]["cases"]["city"] == 2 and sheet["from_free_text"]["cases"]["articles"] == 3
    assert "Case summary" not in sheet["unmapped_columns"]
    assert _problems(result, "no_date_column").empty
    # two cities named: none taken, and a problem row says so
    several = _problems(result, "several_places")
    assert several["source_row"].tolist() == [5] and "Semey, Astana" in several["message"].iloc[0]


def test_a_date_in_free_text_with_no_event_word_is_not_read_and_is_a_problem_row(tmp_path):
    _csv(tmp_path, "annex.csv", {"ФИО": PEOPLE[:2], "Статья": ["ст. 405"] * 2,
                                 "Примечание": ["Сведения от 14.02.2023, со слов матери", "задержан 03.01.2022"]})
    result = clean_paths([tmp_path])
    assert result.cases["started_on"].dt.strftime("%Y-%m-%d").fillna("").tolist() == ["", "2022-01-03"]
    unread = _problems(result, "date_without_event")
    assert unread["source_row"].tolist() == [2] and "14.02.2023" in unread["message"].iloc[0]


def test_free_text_gives_no_field_the_sheet_has_a_column_for(tmp_path):
    _csv(tmp_path, "list.csv", {"ФИО": PEOPLE[:2], "Город": ["Актобе", "Атырау"], "Статья": ["ст. 174", "ст. 405"],
                                "Дата задержания": ["01.02.2021", "05.06.2022"],
                                "Примечание": ["ранее задержан в Алматы 10.10.2019 по ст. 272", "приговор 20.12.2022"]})
    cases = clean_paths([tmp_path]).cases
    assert cases["city"].tolist() == ["Aktobe", "Atyrau"] and cases["articles"].tolist() == ["174", "405"]
    assert cases["started_on"].dt.strftime("%Y-%m-%d").tolist() == ["2021-02-01", "2022-06-05"]
    assert cases["sentenced_on"].isna().all()


def test_a_narrative_gives_the_term_but_never_the_status(tmp_path):
    _csv(tmp_path, "list.csv", {"ФИО": PEOPLE[:2], "Статья": ["ст. 405"] * 2, "Мера": [None, "под стражей"],
                                "Комментарий": ["задержан в аэропорту, позже приговорён к 3 годам", "задержана на митинге"]})
    cases = clean_paths([tmp_path]).cases
    assert cases["status"].tolist() == ["unknown", "pretrial_detention"]
    assert cases["sentence_months"].astype("Float64").fillna(-1).tolist() == [36, -1]
