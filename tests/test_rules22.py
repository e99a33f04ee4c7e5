"""General rules learned from red-team set 22, each tested in wordings of its own (not those of the set):
dates headed in everyday words, a verdict written as one sentence (its articles and its court's seat), a date
of birth with the birthplace in one cell, court names as clerks shorten them, a date column's cell naming
another event, columns of stage, outcome and place of custody read by the latest-stage rule, house arrest in
colloquial word order, a recognition as a political prisoner that is no event of the case. Small lists
written inline."""
from __future__ import annotations

import pandas as pd
from factories import problems_of as _problems
from factories import write_xlsx as _xlsx

from kzanalysis.clean import clean_paths
from kzanalysis.court import names_a_court, parse_court
from kzanalysis.headers import date_field_of, guess_field, never_dated
from kzanalysis.parse.names import parse_birth_year
from kzanalysis.parse.status import parse_measure
from kzanalysis.stage_sources import kind_of_header, release_in_custody_cell
from kzanalysis.verdict_text import articles_of_verdict, court_seat_of_verdict

PEOPLE = ["Жунусова Меруерт", "Гончаренко Илья", "Абилов Данияр", "Сагинтаева Камила", "Литвинов Роман", "Ерболов Тамерлан"]


def _iso(series: pd.Series) -> list:
    return [None if pd.isna(v) else v.strftime("%Y-%m-%d") for v in series]


def _sheet(result, i: int = 0) -> dict:
    return result.manifest["files"][i]["sheets"][0]


# --- dates headed in everyday words -------------------------------------------------------------------------------

def test_a_question_word_and_an_event_verb_name_the_date():
    assert {h: date_field_of(h) for h in (
        "Когда возбудили дело", "Когда дело завели", "Когда посадили", "Когда его забрали", "Когда арестовали",
        "Когда осудили", "Когда приговорили", "Когда освободили", "Когда выпустили", "When was he taken into custody",
        "When was the case opened", "Қашан ұстады", "Қашан сотталды", "Дата признания виновным")} == {
        "Когда возбудили дело": "charged_on", "Когда дело завели": "charged_on", "Когда посадили": "detained_on",
        "Когда его забрали": "detained_on", "Когда арестовали": "detained_on", "Когда осудили": "sentenced_on",
        "Когда приговорили": "sentenced_on", "Когда освободили": "released_on", "Когда выпустили": "released_on",
        "When was he taken into custody": "detained_on", "When was the case opened": "charged_on", "Қашан ұстады": "detained_on",
        "Қашан сотталды": "sentenced_on", "Дата признания виновным": "sentenced_on"}
    # words that only look alike name no event
    assert date_field_of("Заведующий отделом") is None
    assert date_field_of("Дата рождения") is None


def test_a_colloquial_date_header_dates_the_cases(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["Кто", "Откуда", "Статья", "Когда возбудили", "Что сейчас"],
        [PEOPLE[0], "Актобе", "ст. 174 ч. 1", "в апреле 2022 года", "под следствием"],
        [PEOPLE[1], "Тараз", "ст. 405 ч. 2", "17.08.2021", "в СИЗО"],
        [PEOPLE[2], "Кокшетау", "ст. 274 ч. 2", "в 2020 году", "под следствием"],
    ])
    result = clean_paths([tmp_path])
    assert _iso(result.cases["charged_on"]) == ["2022-04-01", "2021-08-17", "2020-01-01"]
    assert list(result.cases["started_precision"]) == ["month", "day", "year"]
    assert _problems(result, "no_date_column").empty


# --- a verdict written as one sentence ----------------------------------------------------------------------------

def test_a_verdict_sentence_names_its_articles_and_its_court():
    cell = "Павлодарским городским судом 21.06.2022 по ч.1 ст.174 и ч.2 ст.405 УК РК к 4 годам 3 месяцам ограничения свободы"
    assert articles_of_verdict(cell) == "ч.1 ст.174 и ч.2 ст.405 УК РК"  # the term `4 годам 3 месяцам` is no article
    assert court_seat_of_verdict(cell).city == "Pavlodar"
    assert court_seat_of_verdict("осуждена судом г. Шымкента 02.02.2021 к штрафу").city == "Shymkent"
    assert court_seat_of_verdict("Специализированным межрайонным судом по уголовным делам г. Астаны").city == "Astana"
    # a regional court tries cases of the whole region: the region only
    regional = court_seat_of_verdict("Костанайским областным судом 03.03.2020 по ст. 405 ч. 1")
    assert (regional.city, regional.region) == (None, "Kostanay")
    assert articles_of_verdict("5 лет лишения свободы") is None and court_seat_of_verdict("5 лет лишения свободы") is None


def test_a_verdict_sentence_gives_articles_and_city_where_no_column_does(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["№", "ФИО", "Приговор (суд, дата, статья, срок)"],
        [1, PEOPLE[0], "Павлодарским городским судом 21.06.2022 по ч.1 ст.174 УК РК к 4 годам ограничения свободы"],
        [2, PEOPLE[1], "Актауским городским судом 09.09.2021 по ч.2 ст.405 УК РК к 2 годам лишения свободы"],
        [3, PEOPLE[2], "осуждён 14.11.2022 к штрафу"],
    ])
    result = clean_paths([tmp_path])
    cases = result.cases
    assert list(cases["articles"].fillna("")) == ["174(1)", "405(2)", ""]
    assert list(cases["city"].fillna("")) == ["Pavlodar", "Aktau", ""]
    assert list(cases["region"].fillna("")) == ["Pavlodar", "Mangystau", ""]
    assert list(cases["sentence_months"].astype("Int64").fillna(-1)) == [48, 24, -1]
    sheet = _sheet(result)
    assert sheet["articles_from_verdict"] == {"column": "Приговор (суд, дата, статья, срок)", "cases": 2}
    assert sheet["city_from_verdict"] == {"column": "Приговор (суд, дата, статья, срок)", "cases": 2}
    from kzanalysis.summary_text import column_report

    report = column_report(result)
    told = report.loc[report["how"] == "read from the verdict sentence"]
    assert told[["header", "field"]].values.tolist() == [["Приговор (суд, дата, статья, срок)", "articles, city, region"]]


def test_a_verdict_column_whose_header_names_no_article_or_court_gives_neither(tmp_path):
    # a header naming one field reads no other field from its cells (tests/test_layouts.py)
    _xlsx(tmp_path / "list.xlsx", [
        ["№", "ФИО", "Наказание"],
        [1, PEOPLE[0], "Павлодарским городским судом 21.06.2022 по ч.1 ст.174 УК РК к 4 годам ограничения свободы"],
        [2, PEOPLE[1], "Актауским городским судом 09.09.2021 по ч.2 ст.405 УК РК к 2 годам лишения свободы"],
        [3, PEOPLE[2], "осуждён 14.11.2022 к штрафу"],
    ])
    result = clean_paths([tmp_path])
    assert result.cases["articles"].isna().all() and result.cases["city"].isna().all()
    assert list(result.cases["sentence_months"].astype("Int64").fillna(-1)) == [48, 24, -1]


def test_a_city_column_wins_over_the_court_in_the_verdict(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Статья", "Приговор"],
        [PEOPLE[0], "Экибастуз", "ст. 174 ч. 1", "Павлодарским городским судом 21.06.2022 к 4 годам ограничения свободы"],
        [PEOPLE[1], "Жанаозен", "ст. 405 ч. 1", "Актауским городским судом 09.09.2021 к 2 годам лишения свободы"],
    ])
    cases = clean_paths([tmp_path]).cases
    assert list(cases["city"]) == ["Ekibastuz", "Zhanaozen"]
    assert list(cases["articles"]) == ["174(1)", "405(1)"]  # the articles column's, not the verdict's


# --- a date of birth with the birthplace ---------------------------------------------------------------------------

def test_a_birth_date_with_its_place_gives_the_year():
    assert parse_birth_year("03.11.1979, г. Тараз").value == 1979
    assert parse_birth_year("1990 г.р., пос. Балпык би").value == 1990
    assert parse_birth_year("1968, Семей").value == 1968
    assert parse_birth_year("17.02.1993 в г. Атырау").value == 1993
    assert parse_birth_year("1985, активист").value is None  # no place after the year: not read, a problem
    assert parse_birth_year("1985; 1986").value is None


def test_the_birthplace_is_not_the_case_s_city(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Дата, место рождения", "Статья", "Город"],
        [PEOPLE[0], "03.11.1979, г. Тараз", "ст. 405 ч. 2", "Алматы"],
        [PEOPLE[1], "1990 г.р., с. Шелек Алматинской обл.", "ст. 174 ч. 1", ""],
        [PEOPLE[2], "17.02.1993, г. Атырау", "ст. 274 ч. 2", "Астана"],
    ])
    cases = clean_paths([tmp_path]).cases
    assert list(cases["birth_year"]) == [1979, 1990, 1993]
    assert list(cases["city"].fillna("")) == ["Almaty", "", "Astana"]


# --- court names as clerks shorten them --------------------------------------------------------------------------

def test_shortened_court_names_give_their_seat():
    for cell, city in (("Алмалинский р/с г. Алматы, каб. 210", "Almaty"), ("Таразский горсуд, зал 4", "Taraz"),
                       ("СМАС г. Шымкента", "Shymkent"), ("Семейский райсуд № 2", "Semey"),
                       ("Экибастузским городским судом", "Ekibastuz")):
        assert names_a_court(cell), cell
        assert parse_court(cell).value.city == city, cell
    assert not names_a_court("Судья Петров") and not names_a_court("судебная экспертиза")


def test_a_court_column_with_its_hall_gives_the_city(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["Дата", "Суд / зал", "Подсудимый", "Статья", "Мера пресечения"],
        ["15.03.2024", "Алмалинский р/с г. Алматы, зал 5", PEOPLE[0], "ст. 405 ч. 2", "содержание под стражей"],
        ["16.03.2024", "Таразский горсуд, зал 2", PEOPLE[1], "ст. 174 ч. 1", "домашний арест"],
        ["18.03.2024", "СМУС г. Шымкента, зал 11", PEOPLE[2], "ст. 274 ч. 2", "подписка о невыезде"],
    ])
    result = clean_paths([tmp_path])
    assert list(result.cases["city"]) == ["Almaty", "Taraz", "Shymkent"]
    assert _sheet(result)["city_from_court"] == {"column": "Суд / зал", "cases": 3}


# --- a date column's cell naming another event ---------------------------------------------------------------------

def test_a_detention_cell_naming_the_charge_dates_the_charge(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Статья", "Дата задержания"],
        [PEOPLE[0], "Атырау", "ст. 405 ч. 1", "под стражу не брали; обвинение предъявлено 04.02.2022"],
        [PEOPLE[1], "Атырау", "ст. 405 ч. 2", "11.05.2021"],
        [PEOPLE[2], "Атырау", "ст. 174 ч. 1", "не задерживалась"],
    ])
    result = clean_paths([tmp_path])
    cases = result.cases
    assert _iso(cases["charged_on"]) == ["2022-02-04", None, None]
    assert _iso(cases["detained_on"]) == [None, "2021-05-11", None]
    assert _iso(cases["started_on"]) == ["2022-02-04", "2021-05-11", None]
    unparsed = _problems(result, "unparsed_date")
    assert list(unparsed["value"]) == ["не задерживалась"]  # a cell naming no dated event stays a problem


# --- stage, outcome and place of custody ----------------------------------------------------------------------------

def test_headers_naming_a_stage_an_outcome_or_custody():
    assert {h: kind_of_header(h) for h in ("Стадия процесса", "Этап", "Итог рассмотрения", "Исход дела", "Outcome",
                                           "Место содержания", "Где сейчас содержится", "Place of detention", "ФИО")} == {
        "Стадия процесса": "stage", "Этап": "stage", "Итог рассмотрения": "outcome", "Исход дела": "outcome",
        "Outcome": "outcome", "Место содержания": "custody", "Где сейчас содержится": "custody",
        "Place of detention": "custody", "ФИО": None}
    assert kind_of_header("Итого") is None  # a total, not an outcome
    assert release_in_custody_cell("освобождена условно-досрочно 01.03.2023").value.status == "released"
    assert release_in_custody_cell("ИК-158/2, г. Караганда").value is None
    assert release_in_custody_cell("ИК-158/2, г. Караганда").problem is None  # a place, no problem
    assert release_in_custody_cell("на свободе").value is None  # at liberty, as a fined person is: no release


def test_stage_outcome_and_custody_columns_give_the_latest_stage(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Статья", "Мера пресечения", "Этап", "Итог", "Место содержания"],
        [PEOPLE[0], "Атырау", "ст. 405 ч. 1", "под стражей", "кассация (приговор: 4 года л/с)", "", ""],
        [PEOPLE[1], "Атырау", "ст. 405 ч. 2", "", "рассмотрено", "оправдательный приговор", ""],
        [PEOPLE[2], "Атырау", "ст. 174 ч. 1", "3 года лишения свободы", "", "", "освобождён условно-досрочно 01.03.2023"],
        [PEOPLE[3], "Атырау", "ст. 174 ч. 1", "3 года лишения свободы", "", "", "ИК-158/2, г. Караганда"],
        [PEOPLE[4], "Атырау", "ст. 274 ч. 2", "домашний арест", "следствие", "", ""],
    ])
    result = clean_paths([tmp_path])
    cases = result.cases
    assert list(cases["status"]) == ["imprisoned", "acquitted", "released", "imprisoned", "house_arrest"]
    assert list(cases["sentence_months"].astype("Int64").fillna(-1)) == [48, -1, 36, 36, -1]
    sheet = _sheet(result)
    assert {"Этап", "Итог", "Место содержания"} <= set(sheet["status_columns"])
    assert not {"Этап", "Итог", "Место содержания"} & set(sheet["unmapped_columns"])
    # the colony is a place, never an unknown status
    assert "ИК-158/2, г. Караганда" not in set(_problems(result, "unknown_status")["value"])


# --- house arrest in colloquial word order; a recognition as a political prisoner ------------------------------------

def test_under_arrest_at_home_is_house_arrest():
    for cell in ("дома под арестом", "сидит под арестом дома", "арест на дому"):
        assert parse_measure(cell).value.status == "house_arrest", cell
    assert parse_measure("арестован").value.status == "pretrial_detention"


def test_a_recognition_as_political_prisoner_is_no_date_of_the_case(tmp_path):
    for header in ("Признан п/з", "Дата признания политзаключённым", "Recognised as a political prisoner",
                   "Саяси тұтқын деп танылған күні"):
        assert guess_field(header) == "ignore" and never_dated(header), header
    for header in ("Признан виновным", "Дата признания виновным"):
        assert guess_field(header) != "ignore" and not never_dated(header), header
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Статья", "Дата задержания", "Признан политзаключённым"],
        [PEOPLE[0], "Тараз", "ст. 405 ч. 2", "н/д", "12.12.2022"],
        [PEOPLE[1], "Тараз", "ст. 174 ч. 1", "03.04.2022", "20.06.2022"],
    ])
    cases = clean_paths([tmp_path]).cases
    assert _iso(cases["started_on"]) == [None, "2022-04-03"]
