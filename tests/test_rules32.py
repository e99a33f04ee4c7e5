"""Rules learned from set 32 (everyday habits), each in wordings of its own: ditto marks, blanks stated as
"as above", at liberty beside a sentence served at liberty, a dated note that the measure changed, a town
one letter off."""
from __future__ import annotations

import csv

import openpyxl
from factories import problems_of

from kzanalysis.clean import clean_paths
from kzanalysis.parse.places import parse_place

NAMES = ["Омаров Берик", "Лукин Павел", "Жунусова Алия", "Тен Олег", "Байжанов Руслан", "Гришин Антон"]


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Лист1"
    for row in rows:
        ws.append(row)
    wb.save(path)


def test_ditto_marks_take_the_value_of_the_case_row_above_never_across_a_heading(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Статья", "Дата задержания"],
        [NAMES[0], "Павлодар", "ст. 174 ч. 1", "03.02.2022"],
        [NAMES[1], "-//-", "〃", "05.02.2022"],
        [NAMES[2], "Тараз", "то же", "то же"],
        ["Осуждённые заочно", None, None, None],
        [NAMES[3], "жоғарыдағыдай", "ст. 405", "01.03.2022"],
        [NAMES[4], "Актау", "as above", "02.03.2022"],
    ])
    result = clean_paths([tmp_path])
    cases = result.cases.set_index("name")
    assert cases.loc[NAMES[1], "city"] == "Pavlodar" and cases.loc[NAMES[1], "articles"] == "174(1)"
    assert cases.loc[NAMES[2], "articles"] == "174(1)"
    assert str(cases.loc[NAMES[2], "started_on"])[:10] == "2022-02-05"
    assert cases.loc[NAMES[4], "articles"] == "405"
    # under the heading there is nothing above to take: blank, and said, never Taraz
    assert cases.loc[NAMES[3], "city"] is None or cases.loc[NAMES[3], "city"] != cases.loc[NAMES[3], "city"]
    lost = problems_of(result, "ditto_nothing_above")
    assert lost["column"].tolist() == ["Город"] and lost["value"].tolist() == ["жоғарыдағыдай"]
    assert result.manifest["files"][0]["sheets"][0]["ditto_cells"] == 5


def test_a_dash_is_no_ditto_and_a_ditto_under_a_cell_not_given_takes_nothing(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["Name", "City", "Charges"],
        [NAMES[0], "Aktobe", "Art. 405"],
        [NAMES[1], "-", "Art. 174"],
        [NAMES[2], '"', '"'],
    ])
    result = clean_paths([tmp_path])
    cases = result.cases.set_index("name")
    assert cases.loc[NAMES[1], "city"] != "Aktobe"  # `-` is "not given", no ditto
    assert cases.loc[NAMES[2], "articles"] == "174"
    # the row above gives no town: the mark has nothing to take, and Aktobe two rows up is no reading
    assert cases.loc[NAMES[2], "city"] != "Aktobe"
    assert problems_of(result, "ditto_nothing_above")["column"].tolist() == ["City"]


def _group_csv(path, title):
    rows = [["ФИО", "Город", "Статьи", "Приговор", "Дата приговора"],
            [NAMES[0], "Семей", "ст. 272 ч. 2", "4 года лишения свободы", "10.10.2022"],
            [NAMES[1], "", "", "3 года лишения свободы", ""],
            [NAMES[2], "Костанай", "ст. 174 ч. 1", "", ""]]
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        if title:
            writer.writerow([title])
        writer.writerows(rows)


def test_blank_cells_repeat_the_row_above_only_where_the_list_says_so(tmp_path):
    said, unsaid = tmp_path / "said", tmp_path / "unsaid"
    said.mkdir(), unsaid.mkdir()
    _group_csv(said / "group.csv", "Дела группами: незаполненные ячейки — то же, что в строке выше")
    _group_csv(unsaid / "group.csv", "Дела группами")
    result = clean_paths([said])
    cases = result.cases.set_index("name")
    assert cases.loc[NAMES[1], "city"] == "Semey" and cases.loc[NAMES[1], "articles"] == "272(2)"
    assert str(cases.loc[NAMES[1], "sentenced_on"])[:10] == "2022-10-10"
    # a row that writes its own place and charges is no later row of a group: its blank verdict date stays blank
    assert cases.loc[NAMES[2], "sentenced_on"] != cases.loc[NAMES[2], "sentenced_on"] or cases.loc[NAMES[2], "sentenced_on"] is None
    stated = result.manifest["files"][0]["sheets"][0]["blank_as_above"]
    assert stated["rows"] == 1 and "Город" in stated["columns"]
    plain = clean_paths([unsaid]).cases.set_index("name")
    assert plain.loc[NAMES[1], "city"] != "Semey" and plain.loc[NAMES[1], "articles"] != "272(2)"


def test_at_liberty_beside_a_sentence_served_at_liberty_is_that_sentence(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Статья", "Приговор", "Где сейчас"],
        [NAMES[0], "ст. 405", "2 года ограничения свободы", "на свободе"],
        [NAMES[1], "ст. 405", "1 год условно", "бостандықта"],
        [NAMES[2], "ст. 174", "штраф 300 МРП", "на воле"],
        [NAMES[3], "ст. 174", "5 лет лишения свободы", "на свободе"],
        [NAMES[4], "ст. 405", "2 года огр. свободы", "отбывает"],
    ])
    cases = clean_paths([tmp_path]).cases.set_index("name")
    assert cases.loc[NAMES[0], "status"] == "restricted_freedom"
    assert cases.loc[NAMES[1], "status"] == "probation"
    assert cases.loc[NAMES[2], "status"] == "fined"
    assert cases.loc[NAMES[3], "status"] == "released"  # at liberty after a prison term: a release
    assert cases.loc[NAMES[4], "status"] == "restricted_freedom"


def test_a_note_that_the_measure_changed_gives_the_new_measure(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Статья", "Мера / статус", "Примечание"],
        [NAMES[0], "ст. 405", "СИЗО", "Обновление 02.03.2024: переведена под домашний арест"],
        [NAMES[1], "ст. 405", "под стражей", "ходатайство об изменении меры на домашний арест отклонено"],
        [NAMES[2], "ст. 174", "содержится под стражей", "changed to house arrest on 4 April 2024"],
        [NAMES[3], "ст. 174", "6 лет лишения свободы", "мера изменена на домашний арест ещё до суда"],
        [NAMES[4], "ст. 174", "4 года лишения свободы", "Upd: freed under an amnesty, May 2024"],
    ])
    cases = clean_paths([tmp_path]).cases.set_index("name")
    assert cases.loc[NAMES[0], "status"] == "house_arrest"
    assert cases.loc[NAMES[1], "status"] == "pretrial_detention"  # a refused motion changes nothing
    assert cases.loc[NAMES[2], "status"] == "house_arrest"
    assert cases.loc[NAMES[3], "status"] == "imprisoned"  # a verdict is later than any measure before it
    assert cases.loc[NAMES[4], "status"] == "released"


def test_a_town_one_letter_off_is_read_and_said():
    found = parse_place("Павлодр")
    assert found.value.city == "Pavlodar" and found.problem == "place_fuzzy"
    assert parse_place("Kyzylordda").value.city == "Kyzylorda"
    assert parse_place("Орол").value is None  # too short to guess
    assert parse_place("Навлодар").value is None  # the first letter is as written
    assert parse_place("Павлодар район Степной").problem != "place_fuzzy"  # more than one unknown word
    assert parse_place("Павлодр обл.").problem != "place_fuzzy"  # a region's word beside it: no town's name
