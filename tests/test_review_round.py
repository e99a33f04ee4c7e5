"""A fresh-eyes review of the rules merged in round 33 (separator, database values, test records, choice codes,
the form's tie question, lookup sheets, a date column's order), each probed with an ORDINARY list that might make
it misfire: a day-first column with one slip, a one-sheet list whose header is not recognised, a column of groups
under a short ASCII header, a semicolon file with commas in its cells, `Тест` in a name, codes that are no
article part, a gender column of `f` / `m`. Synthetic data, small lists written inline."""
from __future__ import annotations

import pandas as pd
import pytest
from factories import problems_of, write_csv
from openpyxl import Workbook

from kzanalysis import form_exports
from kzanalysis.clean import clean_paths
from kzanalysis.database_values import database_values
from kzanalysis.date_order import MIXED, own_order
from kzanalysis.delimiter import delimiter_of
from kzanalysis.parse.affiliation import find_dvk_koshe
from kzanalysis.parse.articles import format_articles, parse_articles
from kzanalysis.parse.choice_codes import spell_out_codes
from kzanalysis.parse.status import parse_measure
from kzanalysis.read import RawSheet

PEOPLE = ["Жумабекова Айгерим", "Соколов Игорь", "Оспанов Ерлан", "Левченко Дарья", "Нургалиев Марат", "Ким Виктория"]


def _iso(series: pd.Series) -> list:
    return [None if pd.isna(v) else v.strftime("%Y-%m-%d") for v in series]


def _workbook(path, sheets: dict[str, list[list[object]]]) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)


# --- a date column's order (date_order.py) ------------------------------------------------------------------------

def test_one_slip_does_not_turn_a_day_first_column_month_first(tmp_path):
    written = ["12.03.2021", "05.04.2021", "03.13.2021", "01.02.2022"]  # `03.13.2021`: a slip, no month 13
    assert own_order(pd.Series(written)).order == "mixed"
    write_csv(tmp_path, "list.csv", {"ФИО": PEOPLE[:4], "Статья": ["ст. 405"] * 4, "Дата задержания": written})
    result = clean_paths([tmp_path])
    cases = result.cases.sort_values("source_row")
    assert _iso(cases["detained_on"]) == ["2021-03-12", "2021-04-05", "2021-03-13", "2022-02-01"]
    flagged = problems_of(result, MIXED)
    assert flagged["source_row"].tolist() == [4] and "only such value" in flagged["message"].iloc[0]
    assert "day first" in result.manifest["files"][0]["sheets"][0]["date_order"]["Дата задержания"]


def test_two_values_that_cannot_be_day_first_still_make_a_column_month_first():
    order = own_order(pd.Series(["3/5/2021", "7/23/2021", "11/14/2021", "4/2/2022"]))
    assert (order.order, order.why) == ("month", "values")
    # one such value alone, with nothing else each order reads differently, is month first too
    assert own_order(pd.Series(["7/23/2021", "5/5/2021"])).order == "month"


# --- lookup sheets (lookup_sheet.py) ------------------------------------------------------------------------------

def test_a_one_sheet_list_under_a_header_not_recognised_is_no_lookup_sheet(tmp_path):
    # three people, a ragged column: shaped like dropdown options, but a lookup serves another sheet
    _workbook(tmp_path / "list.xlsx", {"Лист1": [["Кто", "Откуда", "Что случилось"], [PEOPLE[0], "Тараз", "задержан за пост"],
                                                 [PEOPLE[1], "Актау", "штраф"], [PEOPLE[2], None, "обыск"]]})
    result = clean_paths([tmp_path])
    assert problems_of(result, "lookup_sheet").empty
    assert len(problems_of(result, "no_header")) == 1  # said as a list not read, for the analyst to map


def test_a_lookup_sheet_beside_its_list_is_still_dropped(tmp_path):
    _workbook(tmp_path / "list.xlsx", {
        "Дела": [["ФИО", "Город", "Статья", "Мера"], [PEOPLE[0], "Тараз", "ст. 405 ч. 1", "СИЗО"], [PEOPLE[1], "Актау", "ст. 174", "штраф"]],
        "Списки": [["Мера", "Город"], ["СИЗО", "Тараз"], ["штраф", "Актау"], ["домашний арест", None]],
    })
    result = clean_paths([tmp_path])
    assert len(result.cases) == 2 and len(problems_of(result, "lookup_sheet")) == 3


# --- the form's tie question (form_exports.py) --------------------------------------------------------------------

def test_a_column_of_groups_under_a_short_ascii_header_keeps_its_groups(tmp_path):
    write_csv(tmp_path, "list.csv", {"ФИО": PEOPLE[:4], "Статья": ["ст. 405"] * 4,
                                     "org": ["ДВК", "Кошe партиясы", "ДВК", "таблиги"]})
    cases = clean_paths([tmp_path]).cases.sort_values("source_row")
    assert cases["affiliation"].tolist() == ["DVK", "Koshe Partiyasy", "DVK", "Tablighi Jamaat"]
    assert cases["dvk_koshe"].tolist() == [True, True, True, False]
    assert not form_exports.tie_answers(pd.Series(["dvk", "hizb ut-tahrir", "no"]))
    assert form_exports.tie_answers(pd.Series(["koshe", "no", "dk", "dvk"]))  # a form's tie: still the tie


# --- the separator (delimiter.py) ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lines", [
    ["ФИО;Город;Примечание", f"{PEOPLE[0]};Тараз;задержан, отпущен, снова задержан", f"{PEOPLE[1]};Актау;нет",
     f"{PEOPLE[2]};Алматы, Медеу;обыск, допрос"],  # commas of notes, in varying numbers
    ["ФИО;Город;Срок (лет)", *(f"{p};Тараз;1,5" for p in PEOPLE)],  # one decimal comma in every data line
    ["ФИО;Город", *(f"Оспанов, Ерлан, Серикович{i};Тараз" for i in range(5))],  # the name written `Фамилия, Имя`
    ["ФИО;Примечание", f'{PEOPLE[0]};"Ак жол, член', f"{PEOPLE[1]};задержан, отпущен", f"{PEOPLE[2]};нет"],  # a quote left open
    ["ФИО;Город;Статья", f"{PEOPLE[0]};Тараз;ст. 405, ст. 174", f"{PEOPLE[1]};Актау;ст. 174, ст. 405"],  # short
])
def test_a_semicolon_list_with_commas_in_its_cells_is_split_by_semicolons(lines):
    assert delimiter_of("\n".join(lines)) == ";"


# --- database values (database_values.py) -------------------------------------------------------------------------

def _sheet(columns: dict[int, list]) -> RawSheet:
    cells = pd.DataFrame(columns).astype("string")
    return RawSheet("x.csv", "", cells, list(range(1, len(cells) + 1)))


def test_a_gender_column_of_f_and_m_is_no_boolean():
    column = ["Пол", "f", "f", "m", "f", "m", "f"]
    assert database_values(_sheet({0: column})).cells[0].tolist() == column


def test_a_note_in_braces_keeps_its_words():
    cells = database_values(_sheet({0: ["Примечание", "{уточнить у адвоката}", "{ДВК, Кошe}", "см. {1}"]})).cells
    assert cells[0].tolist() == ["Примечание", "уточнить у адвоката", "ДВК; Кошe", "см. {1}"]  # only the braces go


@pytest.mark.xfail(strict=True, reason="doubtful edge, left as is: a gender column with one `m` and a stray `t` "
                   "passes for PostgreSQL's t/f (at most BOOLEAN_OTHERS other cells, the header one of them); the "
                   "column is no field of the tables, so no value of the output changes")
def test_a_gender_column_with_a_stray_t_is_no_boolean():
    column = ["Пол", "f", "f", "m", "f", "t"]
    assert database_values(_sheet({0: column})).cells[0].tolist() == column


# --- test records (template_cards.py) -----------------------------------------------------------------------------

def test_a_person_named_test_is_read(tmp_path):
    write_csv(tmp_path, "list.csv", {"ФИО": ["Тест Мария", "Test Anna", PEOPLE[0]], "Город": [None, "Тараз", "Актау"],
                                     "Статья": [None, None, "ст. 405"]})
    result = clean_paths([tmp_path])
    assert sorted(result.cases["name"]) == sorted(["Тест Мария", "Test Anna", PEOPLE[0]])
    assert not result.problems["message"].fillna("").str.contains("test record").any()


# --- choice codes (parse/choice_codes.py) -------------------------------------------------------------------------

@pytest.mark.parametrize("cell", ["a405_2019", "ст405_2019", "art405.2021", "УД 405_12", "ст405.12.05.2021"])
def test_a_code_with_a_year_or_a_date_is_no_article_part(cell):
    assert spell_out_codes(cell) == cell
    assert all(c.part is None for c in parse_articles(cell).value or ())


def test_a_choice_code_still_gives_its_part():
    assert format_articles(parse_articles("st405_2 a174_1").value) == "174(1); 405(2)"


# --- stage codes among statuses (vocab/statuses.csv) --------------------------------------------------------------

@pytest.mark.parametrize(("cell", "status"), [
    ("restricted", "restricted_freedom"),  # a form's stage code: the whole cell
    ("Restricted.", "restricted_freedom"),
    ("in custody, visits restricted", "pretrial_detention"),  # a word of a longer text: no sentence
    ("case file restricted, under investigation", "under_investigation"),
    ("travel restricted", "under_investigation"),
])
def test_the_stage_code_restricted_is_a_sentence_only_as_the_whole_cell(cell, status):
    assert parse_measure(cell).value.status == status


def test_access_restricted_says_no_status():
    assert parse_measure("access restricted").problem == "unknown_status"


# --- words of doubt about the tie (vocab/doubt_words.csv) ---------------------------------------------------------

@pytest.mark.parametrize("note", ["активист ДВК, избит неизвестными", "член ДВК. Судьба неизвестна",
                                  "ДВК белсендісі, белгісіз адамдар ұрған"])
def test_unknown_about_something_else_keeps_the_tie(note):
    assert find_dvk_koshe(note).value.dvk_koshe
