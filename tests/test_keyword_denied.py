"""A header word that guesses a field is weaker than an alias: the column's values may deny it.

`Состояние здоровья` (a state, but of health) or `Condition` holds no status; a measure column's
`none` says no measure was chosen (the person is at liberty while charged)."""
from __future__ import annotations

import openpyxl
from factories import PEOPLE
from factories import problems_of as _problems
from factories import write_csv as _csv

from kzanalysis.clean import clean_paths

HEALTH = ["жалобы на давление", "без жалоб", "похудел на 9 кг", "лежит в медчасти", "плохо видит"]


def test_a_column_guessed_a_status_by_a_word_whose_values_read_as_none_is_not_the_status(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["ФИО", "Статья", "Срок", "Состояние здоровья"])
    ws.append(["Отбывают наказание в колонии", None, None, None])
    for i, person in enumerate(PEOPLE):
        ws.append([person, "ст. 405 ч. 2", f"{i + 2} года", HEALTH[i]])
    ws.append(["Бекова Дана", "ст. 174", "3 года", HEALTH[4]])
    wb.save(tmp_path / "monitor.xlsx")
    result = clean_paths([tmp_path])
    # the heading says where they are; the health notes are an unmapped column, said so, not a status
    assert result.cases["status"].tolist() == ["imprisoned"] * (len(PEOPLE) + 1)
    assert result.problems["problem"].eq("unknown_status").sum() == 0
    unmapped = _problems(result, "unmapped_column")
    assert unmapped["column"].tolist() == ["Состояние здоровья"]


def test_a_status_column_named_by_an_alias_keeps_its_unread_words_as_a_vocabulary_gap(tmp_path):
    _csv(tmp_path, "list.csv", {"ФИО": PEOPLE, "Статья": ["ст. 174"] * 4,
                                 "Статус": ["в ожидании этапа", "на этапе", "в ШИЗО", "в ПКТ"]})
    result = clean_paths([tmp_path])
    assert result.cases["status"].tolist() == ["unknown"] * 4
    assert len(_problems(result, "unknown_status")) == 4


def test_none_in_a_measure_of_restraint_column_is_no_measure_chosen(tmp_path):
    _csv(tmp_path, "list.csv", {"Defendant": PEOPLE, "Charges": ["Art. 274 part 2"] * 4,
                                 "Charged on": ["2025-03-02"] * 4,
                                 "Preventive measure": ["none", "house arrest", "none", "detention"],
                                 "Outcome": [None, None, "3 years of restricted freedom", None]})
    cases = clean_paths([tmp_path]).cases
    # charged, no measure and no verdict: at liberty under investigation; a verdict ranks above the measure
    assert cases["status"].tolist() == ["under_investigation", "house_arrest", "restricted_freedom", "pretrial_detention"]
