"""The cleaner on a fourth set of hand-written red-team lists (tests/redteam4_lists.py).

Written without reading the earlier lists: an Open Dialogue Foundation style
list grouped by outcome behind a cover sheet, Russian and Kazakh lists grouped
by outcome, city, region and year, a `Ф.И.О. / год рождения` column holding
`Иванов Иван, 1985 г.р.` in cells merged over two columns, and the article
number and its part in two columns under one merged header. Every row below a
header must be accounted for and each field right for at least 98% of cases.
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accuracy import assert_every_row_accounted, assert_fields_right, value_problems
from kzanalysis.clean import clean_paths
from kzanalysis.parse import Parsed
from kzanalysis.parse.names import birth_year_in_name, clean_name
from redteam4_lists import write_lists

KEY = ["source_file", "source_sheet", "source_row"]


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam4")
    truth = write_lists(folder)
    return truth, clean_paths([folder])


def _sheets(result) -> dict:
    return {(f["file"], s["sheet"]): s for f in result.manifest["files"] for s in f["sheets"]}


def test_every_row_is_accounted_for(cleaned):
    assert_every_row_accounted(*cleaned)


def test_fields_are_read_right(cleaned):
    assert_fields_right(*cleaned)


def test_only_the_bare_part_number_is_a_problem(cleaned):
    """`405 | 2` under a merged `Статья УК РК` is not read as a part (that would be a guess): reported."""
    _, result = cleaned
    kept = value_problems(result.problems.loc[result.problems["row_kept"].astype(bool)])
    assert list(zip(kept["source_file"], kept["source_row"], kept["problem"])) == [("monitoring_405.xlsx", 4, "unknown_article")]


def test_a_cover_sheet_is_not_a_list(cleaned):
    _, result = cleaned
    cover = _sheets(result)[("odf_political_prisoners_2022.xlsx", "Cover")]
    assert cover["rows_read"] == 0 and "no header" in cover["note"]
    assert not result.unreadable


def test_section_headings_used_are_named(cleaned):
    _, result = cleaned
    odf = _sheets(result)[("odf_political_prisoners_2022.xlsx", "List")]["sections"]
    assert odf == {"I. Imprisoned": "status=imprisoned", "III. Punitive psychiatry": "status=compulsory_treatment",
                   "V. Prosecution abroad (INTERPOL)": "status=under_investigation"}
    grouped = _sheets(result)[("po_gruppam_2021.csv", "")]["sections"]
    assert grouped["Мангистауская область"] == "region=Mangystau" and grouped["г. Шымкент"] == "city=Shymkent; region=Shymkent"
    assert not any("год" in h for h in grouped)  # year headings give nothing


def test_name_and_birth_year_in_one_cell(cleaned):
    truth, result = cleaned
    named = truth.loc[truth["name"].notna(), KEY + ["name", "birth_year"]]
    got = named.merge(result.cases[KEY + ["name", "birth_year"]], on=KEY, suffixes=("_truth", "_got"))
    assert len(got) == len(named) == 16
    assert (got["name_truth"] == got["name_got"]).all(), got.to_string()
    assert _sheets(result)[("spisok_fio_gr.xlsx", "Список")]["columns"]["Ф.И.О. / год рождения"] == "name"


def test_article_and_part_under_one_merged_header_are_read_together(cleaned):
    _, result = cleaned
    cases = result.cases.loc[result.cases["source_file"] == "monitoring_405.xlsx"].set_index("source_row")
    assert cases.loc[2, "articles"] == "405(2)" and cases.loc[5, "articles"] == "174(1)" and cases.loc[7, "articles"] == "405"


@pytest.mark.parametrize("text,bare,year", [
    ("Иванов Иван, 1985 г.р.", False, 1985), ("Иванов Иван (1985 г.р.)", False, 1985), ("Ivanov Ivan, b. 1985", False, 1985),
    ("Иванов Иван, 1985", False, None), ("Иванов Иван, 1985", True, 1985), ("Иванов Иван", True, None),
    ("1985 г.р.", False, None), ("Иванов Иван (2021)", False, None),
])
def test_birth_year_in_name(text, bare, year):
    assert birth_year_in_name(text, bare=bare).value == year


@given(st.text(), st.booleans())
def test_name_parsers_never_raise(text, bare):
    assert isinstance(birth_year_in_name(text, bare=bare), Parsed)
    assert isinstance(clean_name(text, bare=bare), Parsed)


@given(st.text())
def test_status_heading_helpers_never_raise(text):
    from kzanalysis.parse.status import is_status_phrase, named_statuses

    assert isinstance(named_statuses(text), frozenset) and isinstance(is_status_phrase(text), bool)
