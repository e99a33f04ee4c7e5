"""General rules learned from red-team set 13, each tested in wordings of its own (not those of the
set): a header cell merged down over a two-row header, a column with values and no header, a code
word between a separator and an article, checkbox columns, articles given by section headings, dates
of events that are not steps of the prosecution, years of birth in an age column, a sheet with no
name column. Small lists written inline."""
from __future__ import annotations

import pandas as pd
from accuracy import assert_every_column_said
from factories import problems_of as _problems
from factories import write_xlsx as _xlsx

from kzanalysis.clean import clean_paths


PEOPLE = ["Омаров Берик", "Сидоров Павел", "Тлеуова Асем", "Ким Роман"]


def test_a_header_cell_merged_down_over_a_two_row_header_is_its_column_s_header(tmp_path):
    # `#` and `Комментарий` are merged down over both header rows, beside group cells over the second row
    _xlsx(tmp_path / "list.xlsx", [
        ["Список задержанных"],
        ["#", "Лицо", None, "Дело", None, "Комментарий"],
        [None, "ФИО", "Год рождения", "Статья", "Город", None],
        [1, PEOPLE[0], 1980, "ст. 405 ч. 1", "Астана", "член ДВК"],
        [2, PEOPLE[1], 1975, "ст. 174 ч. 1", "Алматы", "болеет"],
        [3, PEOPLE[2], 1990, "ст. 405 ч. 2", "Шымкент", "активистка Көше партиясы"],
    ], merged=("A2:A3", "F2:F3", "B2:C2", "D2:E2"))
    result = clean_paths([tmp_path])
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["header_rows"] == [2, 3]
    assert sheet["columns"]["Комментарий"] == "notes" and sheet["columns"]["#"] == "row_number"
    assert result.cases["dvk_koshe"].tolist() == [True, False, True]
    assert result.cases["notes"].tolist()[1] == "болеет"
    assert_every_column_said(result)


def test_a_column_with_values_and_no_header_is_an_unmapped_column_named_by_its_position(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Статья", "Город", "Дата задержания", None],
        [PEOPLE[0], "ст. 405", "Астана", "01.03.2021", "звонить вечером"],
        [PEOPLE[1], "ст. 174", "Алматы", "02.03.2021", None],
        [PEOPLE[2], "ст. 405", "Актобе", "03.03.2021", "адвокат сменился"],
    ])
    result = clean_paths([tmp_path])
    (row,) = _problems(result, "unmapped_column").itertuples()
    assert row.column == "column 5" and "has no header" in row.message and "2 values" in row.message
    assert "write one above it" in row.message
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["unmapped_columns"] == ["column 5"]
    assert sheet["filled_columns"]["5"] == 2 and sheet["column_headers"]["5"] == "column 5"
    assert_every_column_said(result)


def test_the_column_check_fails_where_a_filled_column_has_no_header_or_no_problem_row(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Статья", "Город", "Что-то"],
        [PEOPLE[0], "ст. 405", "Астана", "x1"],
        [PEOPLE[1], "ст. 174", "Алматы", "x2"],
        [PEOPLE[2], "ст. 405", "Актобе", "x3"],
    ])
    result = clean_paths([tmp_path])
    assert_every_column_said(result)
    silent = result.problems.loc[result.problems["problem"] != "unmapped_column"]
    try:
        assert_every_column_said(type(result)(result.cases, result.charges, silent, result.manifest))
    except AssertionError as exc:
        assert "Что-то" in str(exc)
    else:
        raise AssertionError("a column not read and not reported passed the check")


def test_a_code_word_after_a_separator_names_the_article_after_it_only(tmp_path):
    from kzanalysis.parse.articles import parse_articles

    got = parse_articles("ст. 380 ч. 1, КоАП ст. 489").value
    assert [(c.code, c.article, c.part) for c in got] == [("CC", 380, 1), ("CAO", 489, None)]
    got = parse_articles("179(2); CAO 434").value
    assert [(c.code, c.article) for c in got] == [("CC", 179), ("CAO", 434)]




def test_a_checkbox_column_reads_its_marks_as_yes_no_and_its_empty_boxes_as_no(tmp_path):
    from factories import write_csv

    write_csv(tmp_path, "box.csv", {"ФИО": PEOPLE, "Статья": ["ст. 405"] * 4, "Дата задержания": ["01.03.2021"] * 4,
                                     "Связан с ДВК": ["☑", None, "TRUE", None],
                                     "Примечание": [None, "сторонник Уличной партии", None, None]})
    result = clean_paths([tmp_path])
    assert result.cases["dvk_koshe"].tolist() == [True, False, True, False]
    assert _problems(result, "unparsed_dvk_koshe_flag").empty
    # the note naming the group under an empty box: the box is the list's word, and the disagreement is said
    assert _problems(result, "conflicting_dvk_koshe")["source_row"].tolist() == [3]


def test_an_empty_cell_of_a_yes_no_column_that_is_not_a_checkbox_says_nothing(tmp_path):
    from factories import write_csv

    write_csv(tmp_path, "words.csv", {"ФИО": PEOPLE, "Статья": ["ст. 405"] * 4, "Дата задержания": ["01.03.2021"] * 4,
                                       "Связан с ДВК": ["да", None, "нет", None],
                                       "Примечание": [None, "сторонник Уличной партии", None, None]})
    result = clean_paths([tmp_path])
    assert result.cases["dvk_koshe"].tolist() == [True, True, False, False]
    assert _problems(result, "conflicting_dvk_koshe").empty


def test_checkbox_marks_are_vocabulary():
    from kzanalysis.parse.affiliation import checkbox_column, parse_dvk_koshe_flag

    assert [parse_dvk_koshe_flag(v).value for v in ("Checked", "FALSE", "✓", "☐", "x")] == [True, False, True, False, True]
    assert checkbox_column(pd.Series(["checked", None, "checked"]))
    assert not checkbox_column(pd.Series(["да", None, "нет"]))  # words, not a checkbox's marks
    assert not checkbox_column(pd.Series(["FALSE", None, "☐"]))  # no box checked: not clearly a checkbox


def test_a_heading_naming_an_article_gives_it_to_the_rows_of_its_section_beside_their_own(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Иные статьи", "Дата задержания"],
        ["Статья 174 часть 2 УК — 2 человека"],
        [PEOPLE[0], "Астана", None, "01.03.2021"],
        [PEOPLE[1], "Алматы", "и ст. 274 ч. 2", "02.03.2021"],
        ["Art. 380(1) CC"],
        ["г. Шымкент"],
        [PEOPLE[2], None, None, "03.03.2021"],
        ["Прочие"],
        [PEOPLE[3], "Актобе", "ст. 405 ч. 1", "04.03.2021"],
    ])
    result = clean_paths([tmp_path])
    cases = result.cases
    assert cases["articles"].tolist() == ["174(2)", "174(2); 274(2)", "380(1)", "405(1)"]
    assert cases["city"].tolist() == ["Astana", "Almaty", "Shymkent", "Aktobe"]  # the place heading nests inside
    sections = result.manifest["files"][0]["sheets"][0]["sections"]
    assert sections["Art. 380(1) CC"] == "articles=ст. 380 ч. 1 УК РК" and sections["г. Шымкент"].startswith("city=Shymkent")
    assert set(result.charges.loc[result.charges["article"] == 174, "part"]) == {2}


def test_a_heading_names_an_article_only_with_an_article_or_code_word(tmp_path):
    from kzanalysis.sections import heading_articles

    assert heading_articles("2) Павлодарская область") is None
    assert heading_articles("Лишены свободы — 12") is None
    assert heading_articles("ҚР ҚК 405-бабы 1-бөлігі бойынша (3 адам)") == "ст. 405 ч. 1 УК РК"
    assert heading_articles("Article 274 part 4: 5 people") == "ст. 274 ч. 4 УК РК"


def test_articles_of_a_heading_reach_a_sheet_with_no_articles_column(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Дата задержания"],
        ["ч. 1 ст. 179 УК РК"],
        [PEOPLE[0], "Астана", "01.03.2021"],
        [PEOPLE[1], "Алматы", "02.03.2021"],
    ])
    assert clean_paths([tmp_path]).cases["articles"].tolist() == ["179(1)", "179(1)"]


def test_dates_of_events_that_are_not_steps_of_the_prosecution_are_ignored_and_never_date_a_case(tmp_path):
    from factories import write_csv

    write_csv(tmp_path, "fund.csv", {"ФИО": PEOPLE, "Статья": ["ст. 405"] * 4,
                                      "Дата ареста": ["05.01.2021", None, "07.01.2021", "08.01.2021"],
                                      "Date of the visit": ["01.02.2020", "02.02.2020", "03.02.2020", "04.02.2020"],
                                      "Төлем күні": ["10.03.2022", "11.03.2022", "12.03.2022", "13.03.2022"]})
    result = clean_paths([tmp_path])
    started = result.cases["started_on"].dt.strftime("%Y-%m-%d").fillna("").tolist()
    assert started == ["2021-01-05", "", "2021-01-07", "2021-01-08"]
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["ignored_columns"] == ["Date of the visit", "Төлем күні"]
    assert _problems(result, "unmapped_column").empty
    assert _problems(result, "undated")["source_row"].tolist() == [3]  # the case with no date is said


def test_an_age_column_gives_a_year_of_birth_only_where_a_cell_writes_one(tmp_path):
    from factories import write_csv

    write_csv(tmp_path, "ages.csv", {"ФИО": PEOPLE, "Статья": ["ст. 405"] * 4, "Дата задержания": ["01.03.2021"] * 4,
                                      "Age": ["41 years", "born in 1979", "38", "(1990 г.р.)"]})
    result = clean_paths([tmp_path])
    assert result.cases["birth_year"].astype("Int64").tolist()[1::2] == [1979, 1990]
    assert result.cases["birth_year"].isna().tolist()[::2] == [True, True]  # an age is never turned into a year
    said = _problems(result, "age_not_year")
    assert said["source_row"].tolist() == [2, 4] and said["column"].eq("Age").all()
    assert result.manifest["files"][0]["sheets"][0]["columns"]["Age"] == "age"


def test_a_heading_naming_several_articles_groups_charges_and_gives_none():
    from kzanalysis.sections import heading_articles

    assert heading_articles("Экстремистские статьи (ст. 174, 405 УК)") is None
    assert heading_articles("Art. 405 parts 1 and 2") is None


def test_a_sheet_with_no_header_says_which_row_may_be_it_and_that_a_case_needs_a_name_cell(tmp_path):
    _xlsx(tmp_path / "feed.xlsx", [
        ["Лента новостей мониторинга"],
        ["Опубликовано", "Хэштеги", "Сообщение", "Лайки"],
        ["01.02.2022 10:00", "#Тараз", "Сегодня в Таразе задержан активист Омаров Берик.", "12"],
        ["03.02.2022 11:00", "#Актау", "Суд в Актау оштрафовал Сидорова Павла.", "40"],
        ["05.02.2022 12:00", "#сбор", "Спасибо всем, кто помогает!", "8"],
    ])
    result = clean_paths([tmp_path])
    (message,) = _problems(result, "no_header")["message"]
    assert "5 non-blank rows are not read" in message and "row 2 ('Опубликовано', 'Хэштеги', 'Сообщение', 'Лайки')" in message
    assert '["feed.xlsx"] columns = { "Опубликовано" = FIELD }' in message and "names are only inside a text" in message


def test_a_sheet_mapped_without_a_name_column_whose_rows_are_all_dropped_says_why(tmp_path):
    _xlsx(tmp_path / "feed.xlsx", [
        ["Опубликовано", "Хэштеги", "Сообщение", "Лайки"],
        ["01.02.2022 10:00", "#Тараз", "Сегодня в Таразе задержан активист Омаров Берик.", "12"],
        ["03.02.2022 11:00", "#Актау", "Суд в Актау оштрафовал Сидорова Павла.", "40"],
    ])
    (tmp_path / "sources.toml").write_text('["feed.xlsx"]\ncolumns = { "Сообщение" = "notes", "Хэштеги" = "city" }\n', encoding="utf-8")
    result = clean_paths([tmp_path])
    assert result.cases.empty
    (row,) = _problems(result, "no_name_column").itertuples()
    assert "none of its 2 rows could be a case" in row.message and '{ COLUMN = "name" }' in row.message
    assert _problems(result, "not_a_case")["message"].str.contains("no name column").all()


def test_a_column_of_ages_only_is_not_read_and_says_so(tmp_path):
    from factories import write_csv

    write_csv(tmp_path, "ages.csv", {"ФИО": PEOPLE, "Статья": ["ст. 405"] * 4, "Дата задержания": ["01.03.2021"] * 4,
                                      "Age": ["41 years", "29", "38", "52 y.o."]})
    result = clean_paths([tmp_path])
    assert result.cases["birth_year"].isna().all()
    assert _problems(result, "unmapped_column")["column"].tolist() == ["Age"]
    assert _problems(result, "age_not_year").empty
