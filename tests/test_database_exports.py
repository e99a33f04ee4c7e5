"""Lists exported from a database (rules learned from red-team set 31), each tested in inputs of its own: the
separator chosen by lines of one width (separators inside quotes and array literals not counted), `\\N` and
`NULL` as blank, a boolean column `t`/`f` as yes/no, a timestamp with a time of day or a zone as its day, an
array literal as its elements, a test record dropped with a reason. Small files written inline."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from factories import problems_of

from kzanalysis.clean import clean_paths
from kzanalysis.database_values import database_values, elements
from kzanalysis.delimiter import agreeing_lines, delimiter_of
from kzanalysis.headers import HeaderMap
from kzanalysis.parse.dates import parse_date
from kzanalysis.read import RawSheet, read_file
from kzanalysis.template_cards import records_for_testing


def _write(path, lines: list[str]):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- the separator ---------------------------------------------------------------------------------------------

def test_commas_inside_array_literals_and_quotes_do_not_make_the_comma_the_separator():
    text = "\n".join(["pk\tsurname\ttags\tnote", *(f'{i}\tАбенов{i}\t{{"a b","c, d","e"}}\t"x, y, z"' for i in range(8))])
    assert delimiter_of(text) == "\t"
    assert agreeing_lines(text, "\t") == 9
    assert agreeing_lines(text, ",") == 0  # every comma is inside a literal or quotes: no line is split


def test_the_separator_is_the_one_giving_lines_of_one_width():
    semicolons = "\n".join(["ФИО;Город;Срок", *(f"Ким Ли{i};Тараз;1,5 года, условно" for i in range(6))])
    assert delimiter_of(semicolons) == ";"
    commas = "\n".join(["name,town,charges", *(f'Lee {i},Taraz,"Art. 405; Art. 174"' for i in range(6))])
    assert delimiter_of(commas) == ","
    braces = "\n".join(["id,arts,town", *(f'{i},"{{174,405}}",Taraz' for i in range(6))])  # a CSV export quotes the array
    assert delimiter_of(braces) == ","


def test_a_one_column_text_keeps_the_old_choice():
    assert delimiter_of("Список\nАбенов\nБекова\n") in {",", ";", "\t"}


# --- a database's null ---------------------------------------------------------------------------------------

def test_backslash_n_and_null_read_as_blank_cells(tmp_path):
    path = _write(tmp_path / "dump.tsv", ["pk\tsurname\tnote", "1\tОмаров\t\\N", "2\tNULL\tпримечание", "3\tСеитов\t\\N"])
    cells = read_file(path)[0].cells
    assert cells.iloc[1:, 2].isna().tolist() == [True, False, True]
    assert cells.iloc[2, 1] is pd.NA
    assert cells.iloc[2, 2] == "примечание"


# --- booleans and array literals -------------------------------------------------------------------------------

def _sheet(columns: dict[int, list]) -> RawSheet:
    cells = pd.DataFrame(columns).astype("string")
    return RawSheet("x.csv", "", cells, list(range(1, len(cells) + 1)))


def test_a_column_of_t_and_f_is_a_boolean_column():
    sheet = _sheet({0: ["member", "t", "f", "T", None, "f"], 1: ["пол", "f", "m", "f", "m", "t"], 2: ["x", "f", "f", "f", "f", "f"]})
    cells = database_values(sheet).cells
    assert cells[0].tolist() == ["member", "true", "false", "true", pd.NA, "false"]
    assert cells[1].tolist() == ["пол", "f", "m", "f", "m", "t"]  # `m` beside them: not booleans
    assert cells[2].tolist() == ["x", "f", "f", "f", "f", "f"]  # no `t`: nothing says it is a boolean


def test_an_array_literal_gives_its_elements():
    assert elements('{"п.1 ч.2 ст.174","ст. 405"}') == "п.1 ч.2 ст.174; ст. 405"
    assert elements("{174,405}") == "174; 405"
    assert elements('{"say \\"no\\"",NULL}') == 'say "no"'
    assert elements("{}") == ""
    assert elements("{a} and {b}") is None
    cells = database_values(_sheet({0: ["arts", "{179,405}", "{}", "ст. 174"]})).cells
    assert cells[0].tolist() == ["arts", "179; 405", pd.NA, "ст. 174"]


# --- a timestamp ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["2020-03-04 00:00:00+05", "2020-03-04 18:45:09.5+05", "2020-03-04T18:45:09-03",
                                  "2020-03-04T00:00:00+05:00", "04.03.2020 09:15 +0600"])
def test_a_timestamp_gives_its_day(text):
    parsed = parse_date(text)
    assert parsed.problem is None
    assert (parsed.value.date, parsed.value.precision) == (dt.date(2020, 3, 4), "day")


# --- a whole dump ------------------------------------------------------------------------------------------------

def test_a_database_dump_reads_as_a_list(tmp_path):
    n = "\\N"
    _write(tmp_path / "export.txt", [
        "pk\tfio\tyear_born\tcity\tarticles\tarrested_at\tdvk",
        f'7\tСапаров Ерлан\t1988\tАктобе\t{{"ст. 405 ч. 1","ст. 174 ч. 2"}}\t2022-01-06 00:00:00+06\tt',
        f"8\tЛим Ольга\t{n}\tТараз\t{{\"ст. 274 ч. 2\"}}\t2021-11-30 14:10:00+06\tf",
        f"9\tTEST\t{n}\t{n}\t{n}\t{n}\t{n}",
        f"10\tНуров Айдос\t1990\tКостанай\t{{\"ст. 405 ч. 2\"}}\t2022-02-01 00:00:00+06\t{n}",
    ])
    result = clean_paths([tmp_path])
    cases = result.cases
    assert cases["name"].tolist() == ["Сапаров Ерлан", "Лим Ольга", "Нуров Айдос"]
    assert [str(v.date()) for v in cases["started_on"]] == ["2022-01-06", "2021-11-30", "2022-02-01"]
    assert cases["started_precision"].tolist() == ["day"] * 3
    assert cases["dvk_koshe"].tolist() == [True, False, False]
    assert cases["articles"].tolist()[:2] == ["174(2); 405(1)", "274(2)"]
    assert cases["birth_year"].isna().tolist() == [False, True, False]
    dropped = problems_of(result, "not_a_case")
    assert dropped["message"].str.contains("test record").tolist() == [True]
    for kind in ("unparsed_date", "unparsed_dvk_koshe_flag", "unknown_city", "unparsed_birth_year"):
        assert problems_of(result, kind).empty, kind


def test_a_name_saying_test_in_a_row_with_values_is_read(tmp_path):
    _write(tmp_path / "list.csv", ["№;ФИО;Город;Статья;Дата задержания", "1;Тест;Актобе;ст. 405 ч. 2;12.03.2022",
                                   "2;Абаев Кайрат;Тараз;ст. 174 ч. 1;01.02.2022"])
    assert clean_paths([tmp_path]).cases["name"].tolist() == ["Тест", "Абаев Кайрат"]


def test_a_test_record_is_a_name_cell_of_test_words_alone_in_a_row_filling_no_other_field():
    block = pd.DataFrame({0: ["1", "2", "3", "4", "5", "6"],
                          1: ["ТЕСТ", "Тест", "Тестов Иван", "test 3", "Тестовая запись!", "Test record"],
                          2: [None, "Актобе", None, None, None, None], 3: ["u1", "u2", "u3", "u4", "u5", "u6"]}).astype("string")
    header = HeaderMap(header_rows=[0], fields={0: "row_number", 1: "name", 2: "city"})  # column 3 is read by no field
    assert records_for_testing(block, header).tolist() == [True, False, False, True, True, True]
