"""Where a case stands, read from evidence beside the status column: the institution a person is held
in (a bare term beside a colony is a prison term) and a note that states a release. Small lists
written inline, in wordings of their own."""
from __future__ import annotations

import pytest
from factories import PEOPLE
from factories import problems_of as _problems
from factories import write_csv as _csv

from kzanalysis.clean import clean_paths
from kzanalysis.institution import institution_kind
from kzanalysis.stage import says_released


@pytest.mark.parametrize("cell, kind", [
    ("ИК-158/3, г. Шымкент", "colony"),
    ("учреждение ОВ-156/17", "colony"),
    ("колония-поселение, Атырауская обл.", "colony"),
    ("Қарағанды облысындағы түзеу мекемесі", "colony"),
    ("medium-security penal colony near Pavlodar", "colony"),
    ("СИЗО ДКНС, г. Астана", "pretrial"),
    ("тергеу изоляторы", "pretrial"),
    ("remand prison, Almaty", "pretrial"),  # a pre-trial centre named beside a prison word: held before a verdict
    ("г. Актобе", None),
    ("ст. 405-2 УК", None),
])
def test_institution_kind(cell: str, kind: str | None) -> None:
    assert institution_kind(cell) == kind


def test_a_bare_term_beside_a_colony_is_a_prison_term(tmp_path):
    _csv(tmp_path, "visits.csv", {
        "ФИО": PEOPLE,
        "Статья": ["ст. 174 ч. 1"] * 4,
        "Срок": ["4 года", "2 г. 3 мес.", "2 мес.", "6 лет"],
        "Место отбывания наказания": ["ИК-158/3, г. Шымкент", "колония-поселение, г. Рудный", "СИЗО №1, г. Астана",
                                      "учреждение АП-162/3"],
    })
    result = clean_paths([tmp_path])
    cases = result.cases
    # the third is held before a verdict: its term may be the term of detention, so its status stays unknown
    assert cases["status"].tolist() == ["imprisoned", "imprisoned", "unknown", "imprisoned"]
    assert cases["sentence_months"].tolist() == [48, 27, 2, 72]
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["status_from_institution"] == {"column": "Место отбывания наказания", "cases": 3}
    assert "Место отбывания наказания" not in sheet["ignored_columns"] + sheet["unmapped_columns"]


def test_the_institution_is_known_by_its_values_whatever_its_header(tmp_path):
    from kzanalysis.summary_text import column_report

    _csv(tmp_path, "list.csv", {"ФИО": PEOPLE, "Срок": ["4 года", "5 лет", "3 года", "7 лет"],
                                "Где сейчас": ["ИК-158/3", "ЖД-157/2, г. Тараз", "ИК-158/3", "колония в Заречном"]})
    result = clean_paths([tmp_path])
    assert result.cases["status"].eq("imprisoned").all()
    assert (result.problems["problem"] != "unmapped_column").all()  # read, so not reported as unread
    report = column_report(result).set_index("header")
    assert report.loc["Где сейчас", "how"] == "read as where the person is held"


def test_a_bare_term_without_a_place_of_detention_stays_unknown(tmp_path):
    # restricted freedom is written with a bare term too (the press's "условно" may be either): no guess
    _csv(tmp_path, "list.csv", {"ФИО": PEOPLE, "Статья": ["ст. 174 ч. 1"] * 4, "Срок": ["4 года", "2 года", "3 года", "1 год"],
                                "Город": ["г. Алматы"] * 4})
    assert clean_paths([tmp_path]).cases["status"].eq("unknown").all()


def test_a_named_kind_is_never_overridden_by_the_colony(tmp_path):
    _csv(tmp_path, "list.csv", {"ФИО": PEOPLE[:3], "Наказание": ["о/с 2 года", "3 года условно", "штраф 100 МРП"],
                                "Учреждение": ["ИК-158/3", "ИК-158/3", "ИК-158/3"]})
    assert clean_paths([tmp_path]).cases["status"].tolist() == ["restricted_freedom", "probation", "fined"]


@pytest.mark.parametrize("note, released", [
    ("освобождена условно-досрочно 14.02.2024", True),
    ("вышла по УДО; живёт у родителей", False),  # no release phrase opens a clause: not read
    ("УДО с 01.03.2024", True),
    ("Released early on parole (March 2024)", True),
    ("мерзімінен бұрын босатылды, 2024 ж.", True),
    ("в УДО отказано 14.02.2024", False),
    ("подал ходатайство об УДО", False),
    ("освобождён под залог, дело в суде", False),
    ("освобождался в 2016 г.; в 2022 г. снова задержан", False),
    ("не освобождён, этапирован", False),
    ("на свободе", False),
])
def test_a_note_that_states_a_release(note: str, released: bool) -> None:
    assert says_released(note) is released


def test_a_note_of_release_makes_a_prison_case_released_keeping_its_term(tmp_path):
    _csv(tmp_path, "list.csv", {
        "ФИО": PEOPLE,
        "Дата приговора": ["12.03.2021", "05.06.2021", "17.09.2021", "01.11.2021"],
        "Приговор": ["5 лет лишения свободы", "3 года лишения свободы", "2 года ограничения свободы", "4 года лишения свободы"],
        "Примечание": ["освобождена условно-досрочно 14.02.2024", "в УДО отказано", "освобождён из-под стражи в зале суда",
                       None],
    })
    result = clean_paths([tmp_path])
    # a release beside a non-custodial sentence ends the pre-trial detention: the sentence stands
    assert result.cases["status"].tolist() == ["released", "imprisoned", "restricted_freedom", "imprisoned"]
    assert result.cases["sentence_months"].tolist() == [60, 36, 24, 48]
    assert result.manifest["files"][0]["sheets"][0]["released_by_stage"] == {"note of release": 1}
    assert _problems(result, "unknown_status").empty
