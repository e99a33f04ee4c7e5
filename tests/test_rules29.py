"""General rules learned from red-team set 29, each tested in wordings of its own (not those of the set):
Kazakh short marks of an article's part and point, an unread piece of an articles cell that costs only its
own clause, Kazakh administrative arrest, `отбывает` alone, Kazakh ties headers and a column of a field as it
was before beside the column of today. Small lists written inline."""
from __future__ import annotations

import pytest
from factories import problems_of as _problems
from factories import write_xlsx as _xlsx

from kzanalysis.clean import clean_paths
from kzanalysis.parse.articles import format_articles, parse_articles
from kzanalysis.parse.status import parse_measure


def _charges(cell):
    return [(c.code, c.article, c.part, c.point) for c in (parse_articles(cell).value or ())]


# --- Kazakh short marks ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("cell", "charges"), [
    ("ҚР ҚК 174-бап 2-б.", [("CC", 174, 2, None)]),                       # б. right after an article: its part
    ("272-бап 3-б., 405-бабы 1-бөлігі", [("CC", 272, 3, None), ("CC", 405, 1, None)]),
    ("ст. 256 1-б.", [("CC", 256, 1, None)]),                              # after a Russian article word too
    ("ҚК 182 б. 2 бөл.", [("CC", 182, 2, None)]),                          # б. after a number too big for a part: the article
    ("274-бап 4-бөл. 2-т.", [("CC", 274, 4, 2)]),                          # бөл. = part, т. = point
    ("274-бап 4-бөлік 1-тарм.", [("CC", 274, 4, 1)]),
])
def test_kazakh_short_marks_of_part_and_point(cell, charges):
    result = parse_articles(cell)
    assert _charges(cell) == charges
    assert result.problem is None


def test_a_short_mark_that_may_be_article_or_part_is_not_guessed():
    # `3-б.` with no article before it: бап or бөлік; the article named in full beside it is still read
    result = parse_articles("3-б.; 405-бап 2-бөлік")
    assert _charges("3-б.; 405-бап 2-бөлік") == [("CC", 405, 2, None)]
    assert result.problem == "unparsed_article"
    assert "'3 б'" in result.message
    alone = parse_articles("2 б.")
    assert alone.value is None and alone.problem == "unparsed_article"


# --- an unread piece costs its own clause only ---------------------------------------------------------------

def test_an_unread_piece_costs_its_own_clause_only():
    result = parse_articles("ст. 380 ч. 1; 174-qqq 2; 258-бабы 1-бөлігі")
    assert format_articles(result.value) == "258(1); 380(1)"       # 174 and the 2 of its clause are not read
    assert result.problem == "unparsed_article"
    assert "174-qqq" in result.message and "article_words.csv" in result.message


def test_a_number_marked_as_article_in_the_clause_of_an_unread_piece_is_kept():
    # `400-бап` says what 400 is; `3-zz` beside it may be anything: 400 is kept, no part guessed
    assert _charges("400-бап 3-zz") == [("CC", 400, None, None)]
    assert parse_articles("400-бап 3-zz").problem == "unparsed_article"


def test_a_code_word_of_an_unread_clause_still_names_what_follows():
    assert _charges("КоАП 434-qqq; 669") == [("CAO", 669, None, None)]


@pytest.mark.parametrize("cell", ["256-xyz 2", "12-abc 3-def", "405-xyz, 174"])
def test_a_cell_whose_only_clause_is_unread_stays_unread(cell):
    result = parse_articles(cell)
    assert result.value is None and result.problem == "unparsed_article"


# --- Kazakh administrative arrest ------------------------------------------------------------------------------

@pytest.mark.parametrize("cell", [
    "әкімшілік қамақ, 12 тәулік",
    "12 тәулікке әкімшілік қамаққа алынды",
    "әкімшілік қамағы 7 тәулік",
    "қамаққа алынды 5 тәулікке",                  # қамақ with a term in days, as `арест 5 суток`
    "акимшилик камак 12 таулик",                  # typed without Kazakh letters
])
def test_kazakh_administrative_arrest_is_the_decided_reading(cell):
    result = parse_measure(cell)
    assert result.value is None
    assert result.problem == "administrative_arrest"


def test_kazakh_arrest_without_days_is_custody_and_serving_alone_is_imprisonment():
    assert parse_measure("қамаққа алынды").value.status == "pretrial_detention"
    assert parse_measure("үй қамағында").value.status == "house_arrest"   # the longer phrase still wins
    assert parse_measure("отбывает").value.status == "imprisoned"
    assert parse_measure("отбывает ограничение свободы").value.status == "restricted_freedom"


def test_a_row_of_kazakh_administrative_arrest_gets_no_status_and_no_term(tmp_path):
    _xlsx(tmp_path / "akimshilik.xlsx", [
        ["Аты-жөні", "Қала", "Бап", "Шара", "Мерзімі"],
        ["Сейітов Ерлан", "Атырау", "ӘҚБтК 488-бап", "әкімшілік қамақ", "10 тәулік"],
        ["Жұмабаева Әсел", "Атырау", "ҚК 405-бап 1-б.", "бас бостандығынан айыру", "3 жыл"],
    ])
    result = clean_paths([tmp_path])
    cases = result.cases.set_index("source_row")
    assert cases.loc[2, "status"] == "unknown"
    assert cases.loc[2, "sentence_months"] is None or str(cases.loc[2, "sentence_months"]) == "<NA>"
    assert (cases.loc[3, "status"], int(cases.loc[3, "sentence_months"])) == ("imprisoned", 36)
    assert cases.loc[3, "articles"] == "405(1)"
    assert len(_problems(result, "administrative_arrest")) >= 1


# --- headers: Kazakh ties, and a field as it was before beside the field now ---------------------------------

def test_kazakh_ties_header_and_former_region_column(tmp_path):
    _xlsx(tmp_path / "oblystar.xlsx", [
        ["Аты-жөні", "Облыс (бұрынғы)", "Облыс", "Қала", "Бап", "Қатыстылығы"],
        ["Оспанов Данияр", "Алматы облысы", "Жетісу облысы", "Талдықорған", "ҚК 405-бап 2-бөлік", "ДВК жақтаушысы"],
        ["Ермекова Гүлнар", "Алматы облысы", "Жетісу облысы", "Текелі", "ҚК 174-бап 1-бөлік", "азаматтық белсенді"],
        ["Тұрсынов Нұрлан", "Шығыс Қазақстан облысы", "Абай облысы", "Семей", "ҚК 405-бап 1-бөлік", "ДВК"],
    ])
    result = clean_paths([tmp_path])
    unmapped = _problems(result, "unmapped_column")
    assert unmapped.empty, unmapped["message"].tolist()
    cases = result.cases.set_index("source_row")
    assert cases["region"].tolist() == ["Jetisu", "Jetisu", "Abai"]
    assert cases["dvk_koshe"].tolist() == [True, False, True]


def test_a_former_word_alone_does_not_hide_a_column(tmp_path):
    # a lone "before" column (no other column names its field) is read as usual
    _xlsx(tmp_path / "one.xlsx", [
        ["ФИО", "Регион до 2022", "Статья"],
        ["Ахметов Болат", "Алматинская область", "ст. 405 ч. 2"],
        ["Ким Сергей", "Алматинская область", "ст. 174 ч. 1"],
    ])
    result = clean_paths([tmp_path])
    assert _problems(result, "unmapped_column").empty
    assert result.cases["region"].notna().all()
