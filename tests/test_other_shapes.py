"""Columns that hold a field in another shape, or several fields: a record's edit time, a months
column of bare numbers, a court's decision, an address, a narrative. Small lists written inline,
in wordings of their own (not those of the red-team lists)."""
from __future__ import annotations

import pandas as pd

from kzanalysis.clean import clean_paths


def _csv(folder, name: str, columns: dict[str, list[object]]):
    path = folder / name
    pd.DataFrame(columns).to_csv(path, index=False, sep=";")
    return path


PEOPLE = ["Иванов Иван", "Петров Пётр", "Сидоров Сидор", "Ахметов Ержан"]


def _problems(result, kind: str) -> pd.DataFrame:
    return result.problems.loc[result.problems["problem"] == kind]


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
