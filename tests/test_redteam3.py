"""The cleaner on a third set of hand-written red-team lists (tests/redteam3_lists.py).

Written without reading the earlier lists: English lists as international NGOs
write them (the name over `Surname` and `First name`, `Sentence (years)` with
bare numbers, a DVK yes/no column), Kazakh lists in Cyrillic (a preventive
measure and a verdict column side by side), a printed list that repeats its
header, a totals row with counts in several columns, a sheet per year, a
cp1251 CSV with `Фамилия | Имя | Отчество`. Every row below a header must be
accounted for and each field must be right for at least 98% of the cases
(README "How values are read"; they read 100%).
"""
from __future__ import annotations

import pytest

from accuracy import assert_every_row_accounted, assert_fields_right, value_problems
from kzanalysis.clean import clean_paths
from redteam3_lists import write_lists

KEY = ["source_file", "source_sheet", "source_row"]


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam3")
    truth = write_lists(folder)
    return truth, clean_paths([folder])


def test_every_row_is_accounted_for(cleaned):
    assert_every_row_accounted(*cleaned)


def test_a_repeated_header_is_not_a_case(cleaned):
    _, result = cleaned
    p = result.problems
    hit = p.loc[(p["source_file"] == "spisok_dlya_pechati.xlsx") & p["source_row"].isin([13, 27])]
    assert list(hit["problem"]) == ["not_a_case", "not_a_case"]
    assert hit["message"].str.contains("header repeated").all()


def test_a_totals_row_with_counts_in_several_columns_is_dropped(cleaned):
    _, result = cleaned
    p = result.problems
    for file, sheet, row in [("spisok_dlya_pechati.xlsx", "Лист1", 31), ("prosecutions_by_year.xlsx", "2020", 9)]:
        hit = p.loc[(p["source_file"] == file) & (p["source_sheet"] == sheet) & (p["source_row"] == row)]
        assert list(hit["problem"]) == ["not_a_case"], (file, sheet, row)


def test_a_name_split_over_columns_is_joined(cleaned):
    truth, result = cleaned
    named = truth.loc[truth["name"].notna(), KEY + ["name"]]
    got = named.merge(result.cases[KEY + ["name"]], on=KEY, suffixes=("_truth", "_got"))
    assert len(got) == len(named)
    assert (got["name_truth"] == got["name_got"]).all(), got.to_string()
    sheets = {(f["file"], s["sheet"]): s for f in result.manifest["files"] for s in f["sheets"]}
    assert sheets[("central_asia_desk_2022.xlsx", "Political prisoners")]["columns"]["First name"] == "first_name"
    assert sheets[("familii_cp1251.csv", "")]["columns"]["Отчество"] == "patronymic"


def test_headers_are_mapped_not_guessed(cleaned):
    _, result = cleaned
    for file in result.manifest["files"]:
        for sheet in file["sheets"]:
            assert sheet["unmapped_columns"] in ([], ["Внутр. код"], ["Age"]), (file["file"], sheet["unmapped_columns"])
    sheets = {(f["file"], s["sheet"]): s for f in result.manifest["files"] for s in f["sheets"]}
    assert sheets[("central_asia_desk_2022.xlsx", "Political prisoners")]["columns"]["Affiliated with DVK/Koshe Party?"] == "dvk_koshe"
    assert sheets[("qugyn_tizimi_2022.xlsx", "Тізім")]["columns"]["Қылмыстық кодекстің бабы"] == "articles"


def test_no_problem_for_values_read_right(cleaned):
    """Only the values the truth leaves unread (`Case closed`, `Q3 2021`) leave a kept problem."""
    _, result = cleaned
    kept = value_problems(result.problems.loc[result.problems["row_kept"].astype(bool)])
    assert sorted(kept["problem"]) == ["case_closed", "case_closed", "unparsed_date"], kept.to_string()


def test_fields_are_read_right(cleaned):
    assert_fields_right(*cleaned)


def test_ages_are_not_birth_years_and_us_dates_follow_their_header(cleaned):
    _, result = cleaned
    us = result.cases.loc[result.cases["source_sheet"] == "January 2022"]
    assert us["birth_year"].isna().all()
    assert sorted(us["started_on"].dt.strftime("%Y-%m-%d").dropna()) == ["2021-12-30", "2022-01-05", "2022-01-06", "2022-01-16", "2022-03-09"]
