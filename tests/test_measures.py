"""Status from every column of a row that names it (kzanalysis/measures.py): the latest stage wins
across columns, within a stage the higher rank; a further column of statuses is read whatever its
header. Small lists written inline, in wordings of their own (not those of the red-team lists)."""
from __future__ import annotations

import pandas as pd
from factories import problems_of as _problems
from factories import write_csv as _csv

from kzanalysis.clean import clean_paths
from kzanalysis.measures import further_status_columns

FIVE = ["Бекова Алия", "Сергеев Олег", "Нуртаев Самат", "Ким Виктор", "Оспанова Дана"]


def _sheet(result) -> dict:
    return result.manifest["files"][0]["sheets"][0]


def _months(result) -> list[int]:
    return result.cases["sentence_months"].astype("Float64").fillna(-1).astype(int).tolist()


def test_an_outcome_column_beside_the_measure_column_gives_the_later_stage(tmp_path):
    # `Мера` is the status column; `Чем закончилось` is read by its values (a header no vocabulary knows)
    _csv(tmp_path, "list.csv", {
        "ФИО": FIVE, "Статья": ["ст. 274 ч. 2"] * 5,
        "Мера": ["под стражей", "подписка о невыезде", "домашний арест", None, "подписка о невыезде"],
        "Чем закончилось": ["осуждена к 4 годам лишения свободы", "2 года ограничения свободы", "суд идёт",
                            "штраф 500 МРП", "оправдан судом"]})
    result = clean_paths([tmp_path])
    assert result.cases["status"].tolist() == ["imprisoned", "restricted_freedom", "house_arrest", "fined", "acquitted"]
    assert _months(result) == [48, 24, -1, -1, -1]
    sheet = _sheet(result)
    assert sheet["status_columns"] == ["Чем закончилось"]
    assert "Чем закончилось" not in sheet["unmapped_columns"]
    assert _problems(result, "unmapped_column").empty


def test_a_current_situation_column_beside_the_sentence_says_where_the_case_stands_now(tmp_path):
    # Kazakh: the sentence (`Жазасы`, an alias of the status column) and where the person is now (`Соңғы мәлімет`)
    _csv(tmp_path, "tizim.csv", {
        "Аты-жөні": FIVE, "Бабы": ["405-бап 1-бөлік"] * 5,
        "Жазасы": ["бас бостандығынан айыру 3 жыл", "бас бостандығынан айыру 2 жыл", None, "шартты түрде 2 жыл", None],
        "Соңғы мәлімет": ["мерзімінен бұрын босатылды", "колонияда", "тергеу изоляторында", "шартты түрде сотталған", "үй қамағында"]})
    result = clean_paths([tmp_path])
    assert result.cases["status"].tolist() == ["released", "imprisoned", "pretrial_detention", "probation", "house_arrest"]
    assert _months(result) == [36, 24, -1, 24, -1]  # a released person keeps the term of the sentence


def test_serving_a_sentence_is_the_kind_another_column_names(tmp_path):
    _csv(tmp_path, "export.csv", {
        "ФИО": FIVE[:4], "Статья": ["ст. 405"] * 4,
        "Приговор": ["3 года ограничения свободы", "штраф 300 МРП", "5 лет лишения свободы", "2 года условно"],
        "Положение на сегодня": ["отбывает срок", "отбывает наказание", "отбывает срок", "дома, испытательный срок"]})
    result = clean_paths([tmp_path])
    assert result.cases["status"].tolist() == ["restricted_freedom", "fined", "imprisoned", "probation"]


def test_a_release_in_any_column_wins_over_the_sentence_and_at_liberty_over_custody(tmp_path):
    _csv(tmp_path, "export.csv", {
        "Name": FIVE[:3], "Article": ["405(1)"] * 3,
        "Sentence": ["6 years' imprisonment", "4 years of restricted freedom", "3 years' imprisonment"],
        "Status": ["at liberty", "serving", "released on parole"]})
    result = clean_paths([tmp_path])
    assert result.cases["status"].tolist() == ["released", "restricted_freedom", "released"]
    assert _months(result) == [72, 48, 36]


def test_a_column_whose_values_are_not_statuses_is_not_a_status_column(tmp_path):
    _csv(tmp_path, "export.csv", {
        "ФИО": FIVE, "Статья": ["ст. 405"] * 5, "Статус": ["под стражей"] * 5,
        "Комментарий": ["пишет письма", "голодовка", "встреча с адвокатом", "жалоба подана", "ждёт этапа"]})
    result = clean_paths([tmp_path])
    assert "status_columns" not in _sheet(result)
    assert set(result.cases["status"]) == {"pretrial_detention"}


def test_the_values_of_a_further_status_column_not_read_are_problem_rows(tmp_path):
    _csv(tmp_path, "list.csv", {
        "ФИО": FIVE, "Статья": ["ст. 405"] * 5, "Мера": ["под стражей"] * 5,
        "Итоговое решение": ["5 лет колонии", "4 года лишения свободы", "2 года ограничения свободы", "приговор: 3 г. ПТР",
                             "оправдана"]})
    result = clean_paths([tmp_path])
    # the verdict with an unknown kind of sentence is said, and the row keeps the measure it had
    assert result.cases["status"].tolist() == ["imprisoned", "imprisoned", "restricted_freedom", "pretrial_detention", "acquitted"]
    said = _problems(result, "unknown_status")
    assert said["column"].tolist() == ["Итоговое решение"] and said["source_row"].tolist() == [5]


def test_further_status_columns_need_nearly_all_values_to_read_as_statuses(tmp_path):
    from kzanalysis.headers import find_header
    from kzanalysis.read import read_file

    path = _csv(tmp_path, "x.csv", {
        "ФИО": FIVE, "Статья": ["ст. 405"] * 5, "Мера": ["под стражей"] * 5,
        "Разное": ["освобождён", "голодовка", "под стражей", "пишет письма", "жалоба"]})
    header = find_header(read_file(path)[0])
    assert further_status_columns(header) == {}
    assert "Разное" in header.unmapped


def test_the_check_command_shows_a_further_status_column(tmp_path):
    from kzanalysis.summary_text import column_report

    _csv(tmp_path, "list.csv", {
        "ФИО": FIVE, "Статья": ["ст. 405"] * 5, "Мера": ["под стражей"] * 5,
        "Исход": ["осуждён к 3 годам лишения свободы", "оправдан", "освобождён", "штраф", "2 года условно"]})
    report = column_report(clean_paths([tmp_path]))
    row = report.loc[report["header"] == "Исход"].iloc[0]
    assert (row["field"], row["how"], row["read"]) == ("status", "read as a further status column", 1.0)
    assert not pd.isna(report.loc[report["header"] == "Мера", "read"]).any()


def test_the_place_where_a_person_is_held_is_ignored_not_a_status(tmp_path):
    # a colony or a detention centre names a place; where the person stands is the status column's
    _csv(tmp_path, "export.csv", {
        "Name": FIVE[:4], "Article": ["405(2)"] * 4, "Status": ["on probation", "under investigation", "restricted freedom", "fined"],
        "Place of imprisonment": ["Penal colony No. 3, Taraz", "SIZO No. 2, Almaty", "Colony EC-158/2", "Detention centre, Aktau"],
        "Место заключения": ["ИК-161", "СИЗО-1", "ИК-3", "ИВС"]})
    result = clean_paths([tmp_path])
    assert result.cases["status"].tolist() == ["probation", "under_investigation", "restricted_freedom", "fined"]
    assert {"Place of imprisonment", "Место заключения"} <= set(_sheet(result)["ignored_columns"])
    assert "status_columns" not in _sheet(result)


def test_a_situation_column_saying_mostly_sentenced_is_still_a_further_status_column(tmp_path):
    # most of its distinct values say only that a verdict came (`осуждён`, `приговор вынесен`): the
    # punishment column gives the kind, the situation column the stages before and after a verdict
    _csv(tmp_path, "list.csv", {
        "ФИО": FIVE, "Статья": ["ст. 405"] * 5,
        "Наказание": ["5 лет лишения свободы", "3 года ограничения свободы", "", "", "2 года лишения свободы"],
        "Положение сейчас": ["осуждён", "приговор вынесен", "под домашним арестом", "освобождён условно-досрочно",
                             "осуждена"]})
    result = clean_paths([tmp_path])
    assert result.cases["status"].tolist() == ["imprisoned", "restricted_freedom", "house_arrest", "released", "imprisoned"]
    assert _sheet(result)["status_columns"] == ["Положение сейчас"]
    # a bare "sentenced" beside the punishment is no unread status
    assert _problems(result, "unknown_status").empty
