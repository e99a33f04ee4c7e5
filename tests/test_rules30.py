"""General rules learned from red-team set 30, each tested in wordings of its own (not those of the set):
a date column whose events another column names, a letter's date that is no event of the case, charges and
dates in English prose (ordinal days, a part written before its article, charges named after a charge word)
and a year of birth in brackets in the name cell. Small lists written inline."""
from __future__ import annotations

import csv

import pandas as pd
from factories import problems_of as _problems
from factories import write_xlsx as _xlsx

from kzanalysis.clean import clean_paths
from kzanalysis.event_kinds import event_field
from kzanalysis.headers import never_dated
from kzanalysis.narrative import read_narrative
from kzanalysis.parse.dates import find_dates

PEOPLE = ["Abenova Raushan", "Kurmanov Bolat", "Shestakova Inna", "Yessimov Talgat", "Dauletova Moldir"]


def _csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


def _by_row(result):
    return result.cases.set_index("source_row")


def _day(value) -> str:
    return "" if pd.isna(value) else str(value)[:10]


# --- a date column whose events another column names -----------------------------------------------------------

def test_each_date_goes_to_the_event_its_row_names(tmp_path):
    _csv(tmp_path / "incidents.csv", [
        ["ФИО", "Город", "Статья", "Дата события", "Вид события"],
        [PEOPLE[0], "Актобе", "ст. 405 ч. 2", "14.02.2022", "Задержание"],
        [PEOPLE[1], "Тараз", "ст. 174 ч. 1", "03.11.2021", "Приговор"],
        [PEOPLE[2], "Семей", "ст. 274 ч. 2", "21.06.2023", "Освобождение"],
        [PEOPLE[3], "Атырау", "ст. 272 ч. 2", "09.09.2022", "Возбуждение дела"],
    ])
    result = clean_paths([tmp_path])
    cases = _by_row(result)
    assert _day(cases.loc[2, "detained_on"]) == "2022-02-14" and pd.isna(cases.loc[2, "sentenced_on"])
    assert _day(cases.loc[3, "sentenced_on"]) == "2021-11-03" and pd.isna(cases.loc[3, "detained_on"])
    assert _day(cases.loc[4, "released_on"]) == "2023-06-21"
    assert _day(cases.loc[5, "charged_on"]) == "2022-09-09"
    assert cases["started_on"].notna().all() and set(cases["started_precision"]) == {"day"}
    assert _problems(result, "no_date_column").empty
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["event_dates"]["column"] == "Дата события" and sheet["event_dates"]["events"] == "Вид события"
    # neither column is left as an unmapped column: both are read
    assert not {"Дата события", "Вид события"} & set(sheet["unmapped_columns"])


def test_month_first_dates_under_their_header_and_english_events(tmp_path):
    _csv(tmp_path / "monitor.csv", [
        ["Case no.", "Individual", "Town", "Charge", "Incident date (mm/dd/yyyy)", "What happened"],
        ["A-17", PEOPLE[0], "Oral", "Art. 405(2)", "02/13/2022", "Detention"],
        ["A-18", PEOPLE[1], "Taraz", "Art. 174(1)", "11/30/2021", "Court verdict"],
        ["A-19", PEOPLE[2], "Semey", "Art. 274(2)", "07/04/2023", "Acquittal"],
        ["A-20", PEOPLE[3], "Aktau", "Art. 272(2)", "01/05/2022", "House search"],
    ])
    result = clean_paths([tmp_path])
    cases = _by_row(result)
    assert _day(cases.loc[2, "detained_on"]) == "2022-02-13"
    assert _day(cases.loc[3, "sentenced_on"]) == "2021-11-30"
    assert _day(cases.loc[4, "sentenced_on"]) == "2023-07-04"  # an acquittal is the court's verdict
    assert _day(cases.loc[5, "detained_on"]) == "2022-01-05"  # a search is read as detention's step, as in a header


def test_an_event_that_names_no_step_leaves_its_date_unread_and_says_so(tmp_path):
    _csv(tmp_path / "log.csv", [
        ["ФИО", "Город", "Статья", "Дата события", "Вид события"],
        [PEOPLE[0], "Актобе", "ст. 405 ч. 2", "14.02.2022", "Задержание"],
        [PEOPLE[1], "Тараз", "ст. 174 ч. 1", "03.11.2021", "Приговор"],
        [PEOPLE[2], "Семей", "ст. 274 ч. 2", "21.06.2023", "Приговор"],
        [PEOPLE[3], "Атырау", "ст. 272 ч. 2", "09.09.2022", "Задержание"],
        [PEOPLE[4], "Актау", "ст. 174 ч. 2", "10.10.2022", "Интервью"],
    ])
    result = clean_paths([tmp_path])
    assert pd.isna(_by_row(result).loc[6, "started_on"])
    said = _problems(result, "date_without_event")
    assert list(said["source_row"].astype(int)) == [6] and said["message"].str.contains("Интервью").all()


def test_events_with_two_unnamed_date_columns_choose_none(tmp_path):
    # which of two dates is the event's is not a guess: the sheet stays without a date column, loudly
    _csv(tmp_path / "two.csv", [
        ["ФИО", "Город", "Статья", "Дата события", "Дата уточнения", "Вид события"],
        [PEOPLE[0], "Актобе", "ст. 405 ч. 2", "14.02.2022", "15.02.2022", "Задержание"],
        [PEOPLE[1], "Тараз", "ст. 174 ч. 1", "03.11.2021", "05.11.2021", "Приговор"],
        [PEOPLE[2], "Семей", "ст. 274 ч. 2", "21.06.2023", "22.06.2023", "Приговор"],
    ])
    result = clean_paths([tmp_path])
    assert "event_dates" not in result.manifest["files"][0]["sheets"][0]
    assert not _problems(result, "no_date_column").empty


def test_what_names_an_event():
    assert event_field("Arrest") == "detained_on" and event_field("Задержание") == "detained_on"
    assert event_field("Sentencing") == "sentenced_on" and event_field("Үкім") == "sentenced_on"
    assert event_field("Released") == "released_on" and event_field("Charged") == "charged_on"
    assert event_field("Arrested on 3 May") is None  # a digit: a history cell, not a kind of event
    assert event_field("The police came to his flat at night and took him away") is None  # prose, not a kind


# --- a letter's date is no event of the case --------------------------------------------------------------------

def test_a_letters_date_is_never_a_date_of_the_case():
    for header in ("Date sent", "Date of letter", "Letter sent on", "Date of reply", "Дата направления",
                   "Дата отправки письма", "Хат жіберілген күні", "Date of the joint appeal"):
        assert never_dated(header), header
    for header in ("Date of appeal", "Date sentenced", "Дата направления дела в суд", "sent_date", "Date of arrest"):
        assert not never_dated(header), header


def test_a_sheet_dated_only_by_its_letters_reads_the_prose(tmp_path):
    _xlsx(tmp_path / "appeals.xlsx", [
        ["Письма в защиту"],
        ["Дата отправки письма", "ФИО", "Описание"],
        ["20.05.2022", PEOPLE[0], "Задержан 12.03.2022 в Актобе; обвиняется по ч. 2 ст. 405 УК."],
        ["01.02.2022", PEOPLE[1], "Задержан 05.01.2022 в Таразе, обвиняется в разжигании розни."],
        ["11.11.2023", PEOPLE[2], "Задержана 02.09.2023 в Семее по ст. 274 ч. 2."],
    ])
    result = clean_paths([tmp_path])
    cases = _by_row(result)
    assert [_day(cases.loc[r, "started_on"]) for r in (3, 4, 5)] == ["2022-03-12", "2022-01-05", "2023-09-02"]
    assert cases["sentenced_on"].isna().all()
    assert cases.loc[4, "articles"] == "174"  # named in words after the charge word
    assert "Дата отправки письма" in result.manifest["files"][0]["sheets"][0]["ignored_columns"]


# --- English prose ----------------------------------------------------------------------------------------------

def test_ordinal_days_are_whole_dates_in_prose():
    found = find_dates("Held from 2nd February 2023, tried on the 21st of June 2023")
    assert [(v.date.isoformat(), v.precision) for _, _, v in found] == [("2023-02-02", "day"), ("2023-06-21", "day")]
    assert find_dates("a 21st century 2022 story") == []  # an ordinal with no month beside it is no date


def test_a_part_before_its_article_and_the_next_sentence_in_prose():
    said = read_narrative("Arrested in Taraz. Indicted under Part 3 of Article 274 and 174 Part 1. Convicted on 9th May 2022.")
    assert said.texts["articles"] == ["Part 3 of Article 274 and 174 Part 1"]  # the next sentence's day is no article
    assert said.texts["sentenced_on"] == ["9th May 2022"]


def test_charges_named_in_words_after_a_charge_word(tmp_path):
    _xlsx(tmp_path / "annex.xlsx", [
        ["Name", "City", "Description"],
        [PEOPLE[0], "Aktobe", "Arrested on 3rd May 2022 and accused of hooliganism."],
        [PEOPLE[1], "Taraz", "Detained on 14 June 2021; prosecuted for spreading knowingly false information."],
        [PEOPLE[2], "Oral", "She spoke about hooliganism at a rally on 2 May 2022 and was detained on 5 May 2022."],
    ])
    result = clean_paths([tmp_path])
    cases = _by_row(result)
    assert cases.loc[2, "articles"] == "293" and _day(cases.loc[2, "detained_on"]) == "2022-05-03"
    assert cases.loc[3, "articles"] == "274"
    assert pd.isna(cases.loc[4, "articles"])  # a charge's name with no charge word names no charge


# --- a year of birth in brackets in the name cell ---------------------------------------------------------------

def test_a_name_cell_with_a_bracketed_year_of_birth_is_still_the_name_column(tmp_path):
    _xlsx(tmp_path / "activists.xlsx", [
        ["Activist", "YOB", "City", "Charges", "Detained"],
        ["Aigul Seitova (born 1991)", None, "Aktobe", "Art. 405(2)", "12.03.2022"],
        ["Иванов Пётр (1979 г.р.)", None, "Taraz", "Art. 174(1)", "01.04.2022"],
        [PEOPLE[2], 1985, "Oral", "Art. 274(2)", "05.05.2022"],
        [PEOPLE[3], 1990, "Semey", "Art. 272(2)", "06.06.2022"],
        ["Асель Нұрланқызы (1994 ж.т.)", None, "Aktau", "Art. 174(2)", "07.07.2022"],
    ])
    result = clean_paths([tmp_path])
    cases = _by_row(result)
    assert list(cases["name"]) == ["Aigul Seitova", "Иванов Пётр", PEOPLE[2], PEOPLE[3], "Асель Нұрланқызы"]
    assert list(cases["birth_year"].astype("Int64")) == [1991, 1979, 1985, 1990, 1994]
    assert "Activist" in result.manifest["files"][0]["sheets"][0]["content_columns"]
