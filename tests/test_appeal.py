"""An appeal's outcome is the later stage of the sentence (kzanalysis/appeal.py, parse/appeal.py,
parse/term_change.py): in a column of its own, known by its header, and a term changed in the cell
that gives the first one. Lawyer columns are ignored. Wordings of their own (not the red-team lists')."""
from __future__ import annotations

import pytest
from factories import problems_of as _problems
from factories import write_csv as _csv

from kzanalysis.clean import clean_paths
from kzanalysis.headers import guess_field, lookup_how
from kzanalysis.parse.appeal import Outcome, parse_appeal
from kzanalysis.parse.status import parse_measure

SIX = ["Абенов Ерлан", "Гусева Ирина", "Жумабаев Канат", "Литвинов Павел", "Серикова Асель", "Тен Роман"]


def _months(result) -> list[int]:
    return result.cases["sentence_months"].astype("Float64").fillna(-1).astype(int).tolist()


@pytest.mark.parametrize("cell, status, months", [
    ("осуждён на 6 лет колонии, в апелляции срок снижен до 4 лет", "imprisoned", 48),
    ("8 years in prison, commuted on appeal to 6 years", "imprisoned", 72),
    ("наказание 5 лет лишения свободы смягчено до 3 лет", "imprisoned", 36),
    ("6 лет л/с, апелляция смягчила? нет: срок сокращён на 2 года", "imprisoned", 48),
    ("4 жыл бас бостандығынан айыру, 3 жылға дейін қысқартылды", "imprisoned", 36),
    ("4 жыл бас бостандығынан айыру, 1 жылға қысқартылды", "imprisoned", 36),
    ("2 года ограничения свободы, по жалобе прокурора увеличен до 3 лет лишения свободы", "imprisoned", 36),
    ("sentenced to 5 years; the appeal court cut it to 3 years", "imprisoned", 36),
    # a probation period changed is not the sentence's term
    ("2 года условно, испытательный срок сокращён до 1 года", "probation", 24),
])
def test_a_term_changed_in_the_same_cell_gives_the_later_term(cell, status, months):
    parsed = parse_measure(cell)
    assert parsed.problem is None, parsed.message
    assert (parsed.value.status, parsed.value.months) == (status, months)


def test_a_case_closed_in_kazakh_is_still_closed():
    assert parse_measure("іс қысқартылды").problem == "case_closed"  # no term: no reduction


@pytest.mark.parametrize("cell, outcome", [
    ("апелляционная коллегия: приговор отменить, оправдать", Outcome("acquitted", None)),
    ("overturned, acquitted", Outcome("acquitted", None)),
    ("наказание смягчено до 1 года 6 месяцев", Outcome(None, 18)),
    ("term lowered to 30 months", Outcome(None, 30)),
    ("лишение свободы заменено ограничением свободы", Outcome("restricted_freedom", None)),
    ("срок уменьшен на 6 месяцев", Outcome(None, None, -6)),
    ("2 жылға дейін азайтылды", Outcome(None, 24)),
])
def test_an_appeal_cell_that_changes_the_sentence(cell, outcome):
    parsed = parse_appeal(cell)
    assert parsed.problem is None, parsed.message
    assert parsed.value == outcome


@pytest.mark.parametrize("cell", [
    "кассационная жалоба отклонена", "приговор оставлен в силе", "appeal dismissed, 4 years upheld",
    "hearing scheduled", "жалоба подана 12.04.2023", "үкім күшінде қалды", "апелляциялық шағым қаралуда",
    "нет", "не обжаловался", "14.06.2022", "н/д",
])
def test_an_appeal_cell_that_changes_nothing_is_no_problem(cell):
    assert parse_appeal(cell).value is None and parse_appeal(cell).problem is None


def test_an_appeal_cell_not_understood_is_a_problem_naming_the_vocabulary():
    parsed = parse_appeal("направлено на новое рассмотрение")
    assert parsed.problem == "unknown_status" and "appeal_words.csv" in parsed.message


@pytest.mark.parametrize("header", ["Итог обжалования", "Апелляция", "Кассационная инстанция", "Appeal outcome",
                                    "Результат апелляционного рассмотрения", "Апелляциялық шешім", "Решение апелляционной инстанции"])
def test_an_appeal_header_names_the_appeal(header):
    assert (lookup_how(header)[0] or guess_field(header)) == "appeal"


@pytest.mark.parametrize("header", ["Юрист", "Адвокат", "Защитник", "Lawyer", "Counsel", "Қорғаушы", "Апелляционный суд"])
def test_a_lawyer_or_the_appeal_court_is_ignored(header):
    assert lookup_how(header)[0] is None and guess_field(header) == "ignore"


def test_the_appeal_column_gives_the_sentence_in_force(tmp_path):
    _csv(tmp_path, "clinic.csv", {
        "ФИО": SIX, "Статья": ["ст. 405 ч. 2"] * 6,
        "Наказание": ["5 лет лишения свободы", "3 года ограничения свободы", "6 лет лишения свободы",
                      "4 года лишения свободы", "4 года лишения свободы", "2 года лишения свободы"],
        "Положение сейчас": [None, "отбывает наказание", "в колонии", "освобождён по УДО", "в колонии", "в колонии"],
        "Итог обжалования": ["приговор отменён, оправдана судом", "оставлен без изменения", "снижен до 4 лет",
                             "смягчено до 3 лет", "срок сокращён на 1 год", "ждём рассмотрения, жалоба подана"],
        "Адвокат": ["Ахметова К.", "Ли Д.", "Ахметова К.", "Петров С.", "Ли Д.", "Петров С."]})
    result = clean_paths([tmp_path])
    assert result.cases["status"].tolist() == ["acquitted", "restricted_freedom", "imprisoned", "released", "imprisoned", "imprisoned"]
    assert _months(result) == [-1, 36, 48, 36, 36, 24]
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["columns"]["Итог обжалования"] == "appeal"
    assert sheet["ignored_columns"] == ["Адвокат"]
    assert sheet["changed_by_appeal"] == {"column": "Итог обжалования", "status": 1, "term": 4}
    assert _problems(result, "unmapped_column").empty and _problems(result, "unknown_status").empty


def test_the_appeal_column_is_read_by_its_header_however_its_values_fall(tmp_path):
    # nearly every cell reads as a status: still the appeal's column, never a further status column,
    # and `upheld` is no problem row
    _csv(tmp_path, "tracker.csv", {
        "Name": SIX[:5], "Article": ["174(1)"] * 5,
        "Sentence": ["5 years' imprisonment"] * 5,
        "Appeal": ["5 years' imprisonment", "acquitted", "4 years' imprisonment", "restricted freedom, 3 years", "upheld"]})
    result = clean_paths([tmp_path])
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["columns"]["Appeal"] == "appeal" and "status_columns" not in sheet
    assert result.cases["status"].tolist() == ["imprisoned", "acquitted", "imprisoned", "restricted_freedom", "imprisoned"]
    assert _months(result) == [60, -1, 48, 36, 60]
    assert _problems(result, "unknown_status").empty


def test_the_appeal_date_stays_a_date(tmp_path):
    _csv(tmp_path, "dates.csv", {
        "ФИО": SIX[:4], "Статья": ["ст. 174"] * 4, "Приговор": ["3 года л/с"] * 4,
        "Дата приговора": ["01.02.2021", "03.04.2021", "05.06.2021", "07.08.2021"],
        "Дата апелляции": ["01.05.2021", "03.07.2021", "05.09.2021", "07.11.2021"]})
    result = clean_paths([tmp_path])
    assert "appeal" not in result.manifest["files"][0]["sheets"][0]["columns"].values()
    assert _problems(result, "unknown_status").empty
