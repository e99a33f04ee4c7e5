"""A matrix of ticks (tick_matrix.py): columns that name an article or a stage, ticked with marks, give
that article or stage to each ticked row. Small lists written inline, in wordings of their own."""
from __future__ import annotations

from accuracy import assert_every_column_said
from factories import problems_of as _problems
from factories import write_xlsx as _xlsx

from kzanalysis.clean import clean_paths
from kzanalysis.summary_text import column_report
from kzanalysis.tick_matrix import header_article, header_stage

PEOPLE = ["Tulegenov Arman", "Sarsenova Aigul", "Kovalenko Igor", "Zhaksybekov Nurlan", "Omarova Dana"]


def _sheet(result) -> dict:
    return result.manifest["files"][0]["sheets"][0]


def test_the_header_of_a_tick_column_names_an_article_or_a_stage():
    assert header_article("Charges / 174") == "174"
    assert header_article("Статья / ст. 274 ч.2") == "ст. 274 ч.2"
    assert header_article("Art. 405(2)") == "Art. 405(2)"
    assert header_article("174") is None  # a bare number alone: a count, a year, a running number
    assert header_article("Period / 12") is None
    assert header_stage("Position at year end / House arrest") == "house_arrest"
    assert header_stage("Қамауда") == "pretrial_detention"
    assert header_stage("Charges / 174") is None


def test_a_matrix_of_ticks_gives_articles_and_the_latest_stage(tmp_path):
    # a two-row header: `Charges` over the articles, `Position at year end` over the stages; marks of several kinds
    _xlsx(tmp_path / "grid.xlsx", [
        ["Monitoring grid, 2022"],
        ["Name", "City", "Date of arrest", "Charges", None, "Position at year end", None, None, None, "Term (months)"],
        [None, None, None, "174", "Art. 405(2)", "Detained", "House arrest", "Imprisoned", "Released", None],
        [PEOPLE[0], "Aktobe", "01.02.2022", "x", None, "✓", None, None, None, None],
        [PEOPLE[1], "Taraz", "05.03.2022", "X", "x", None, None, "x", "x", 36],
        [PEOPLE[2], "Oral", "09.04.2022", None, "1", "1", None, "1", None, 48],
        [PEOPLE[3], "Semey", "11.06.2022", None, "yes", None, "yes", None, None, None],
        [None, "Total", None, 2, 3, 2, 1, 2, 1, None],
    ], merged=("A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:I2", "J2:J3"))
    result = clean_paths([tmp_path])
    cases = result.cases.set_index("name")
    assert cases["articles"].to_dict() == {PEOPLE[0]: "174", PEOPLE[1]: "174; 405(2)", PEOPLE[2]: "405(2)",
                                           PEOPLE[3]: "405(2)"}
    # detained then imprisoned: imprisoned; imprisoned then released: released with its term; one tick in a column is read
    assert cases["status"].to_dict() == {PEOPLE[0]: "pretrial_detention", PEOPLE[1]: "released", PEOPLE[2]: "imprisoned",
                                         PEOPLE[3]: "house_arrest"}
    assert cases.loc[PEOPLE[1], "sentence_months"] == 36
    sheet = _sheet(result)
    assert sheet["tick_columns"]["Charges / Art. 405(2)"] == "articles Art. 405(2)"
    assert sheet["tick_columns"]["Position at year end / Released"] == "status released"
    assert not sheet["unmapped_columns"] and not sheet["ignored_columns"]
    assert _problems(result, "unparsed_article").empty and _problems(result, "unparsed_date").empty
    assert _problems(result, "unknown_status").empty
    assert_every_column_said(result)
    report = column_report(result)  # `check`: each column once, the stages as yes/no columns naming them
    assert not report["header"].duplicated().any()
    assert report.set_index("header").loc["Position at year end / Detained", "how"] == "yes/no naming a stage"


def test_ticks_beside_a_column_of_articles_add_to_it(tmp_path):
    # a one-row header: the list's own articles column, and columns of a further article and of stages ticked `да`
    _xlsx(tmp_path / "таблица.xlsx", [
        ["ФИО", "Город", "Дата задержания", "Статьи", "ст. 274 ч.2", "Под стражей", "Освобожден"],
        [PEOPLE[0], "Актобе", "01.02.2022", "ст. 174 ч.1", "да", "да", None],
        [PEOPLE[1], "Тараз", "05.03.2022", "ст. 405 ч.2", None, None, "да"],
        [PEOPLE[2], "Уральск", "09.04.2022", None, "да", "да", None],
    ])
    result = clean_paths([tmp_path])
    cases = result.cases.set_index("name")
    assert cases["articles"].tolist() == ["174(1); 274(2)", "405(2)", "274(2)"]
    assert cases["status"].tolist() == ["pretrial_detention", "released", "pretrial_detention"]


def test_a_column_not_all_marks_or_no_matrix_is_left_to_the_usual_rules(tmp_path):
    # `Released` holds a date once: it is no tick column, and one tick column alone is no matrix
    _xlsx(tmp_path / "list.xlsx", [
        ["Name", "City", "Date of arrest", "Art. 405(2)", "Released"],
        [PEOPLE[0], "Aktobe", "01.02.2022", "+", "+"],
        [PEOPLE[1], "Taraz", "05.03.2022", None, "12.08.2022"],
        [PEOPLE[2], "Oral", "09.04.2022", "+", None],
    ])
    result = clean_paths([tmp_path])
    sheet = _sheet(result)
    assert "tick_columns" not in sheet
    assert "Art. 405(2)" in sheet["columns"] or "Art. 405(2)" in sheet["unmapped_columns"]  # said, not lost


def test_a_bare_number_with_no_article_group_is_no_article(tmp_path):
    # `12` over ticks (a month, a count): not an article; the stage columns beside it still make a matrix
    _xlsx(tmp_path / "list.xlsx", [
        ["Name", "City", "Date of arrest", "Article", "12", "Detained", "Fined"],
        [PEOPLE[0], "Aktobe", "01.02.2022", "Art. 174", "+", "+", None],
        [PEOPLE[1], "Taraz", "05.03.2022", "Art. 274", None, None, "+"],
        [PEOPLE[2], "Oral", "09.04.2022", "Art. 405", "+", "+", None],
    ])
    result = clean_paths([tmp_path])
    sheet = _sheet(result)
    assert set(sheet["tick_columns"]) == {"Detained", "Fined"}
    assert "12" in sheet["unmapped_columns"]
    assert result.cases["articles"].tolist() == ["174", "274", "405"]
    assert result.cases["status"].tolist() == ["pretrial_detention", "fined", "pretrial_detention"]


def test_an_article_column_of_no_known_article_is_read_and_said(tmp_path):
    # `999` under `Статья`: no article of the code the vocabulary knows; its ticks are read and each one said
    _xlsx(tmp_path / "матрица.xlsx", [
        ["ФИО", "Город", "Дата задержания", "Статья", None, "Итог", None],
        [None, None, None, "405 ч.2", "999", "под стражей", "освобожден"],
        [PEOPLE[0], "Актобе", "01.02.2022", "+", "+", "+", None],
        [PEOPLE[1], "Тараз", "05.03.2022", "+", None, None, "+"],
    ], merged=("A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1"))
    result = clean_paths([tmp_path])
    assert result.cases["status"].tolist() == ["pretrial_detention", "released"]
    assert result.cases["articles"].iloc[1] == "405(2)"
    unknown = _problems(result, "unknown_article")
    assert unknown["source_row"].tolist() == [3] and "999" in unknown["message"].iloc[0]
