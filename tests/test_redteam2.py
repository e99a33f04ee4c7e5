"""The cleaner on a second set of hand-written red-team lists (tests/redteam2_lists.py).

Written without reading scripts/make_samples.py or tests/redteam_lists.py: a
header at row 10 under a title block, a two-row header with merged groups over
Kazakh or English sub-headers, English headers over Russian values and the
reverse, extra columns, section / totals / footnote rows, a row of column
numbers, an exact repeat, CSV in UTF-8 `;`, UTF-16 tab and cp1251 `,` with
quoted newlines. Every row below a header must be accounted for and each field
must be right for at least 98% of the cases (README "How values are read"; they read 100%).
"""
from __future__ import annotations

import pytest

from accuracy import assert_every_row_accounted, assert_fields_right
from kzanalysis.clean import clean_paths
from redteam2_lists import write_lists



@pytest.fixture(scope="module")
def cleaned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam2")
    truth = write_lists(folder)
    return truth, clean_paths([folder])


def test_every_row_is_accounted_for(cleaned):
    assert_every_row_accounted(*cleaned)


def test_the_repeat_is_dropped_as_a_duplicate(cleaned):
    truth, result = cleaned
    dup = truth.loc[truth["kind"] == "duplicate"].iloc[0]
    p = result.problems
    hit = p.loc[(p["source_file"] == dup["source_file"]) & (p["source_row"] == dup["source_row"])]
    assert list(hit["problem"]) == ["duplicate_row"]


def test_headers_far_down_and_over_two_rows_are_found(cleaned):
    _, result = cleaned
    sheets = {(f["file"], s["sheet"]): s for f in result.manifest["files"] for s in f["sheets"]}
    assert sheets[("bureau_list_2023.xlsx", "Список")]["header_rows"] == [10]
    # The Kazakh sub-header row names more fields than the group row above it: both are the header.
    assert sheets[("bureau_list_2023.xlsx", "2022 (янв. события)")]["header_rows"] == [12, 13]
    assert sheets[("monitoring_merged.xlsx", "2022")]["header_rows"] == [8, 9]


def test_extra_columns_are_left_unread(cleaned):
    _, result = cleaned
    read = {f for file in result.manifest["files"] for s in file["sheets"] for f in s["columns"].values()}
    # left unread: unmapped, or ignored as a kind of column the tool knowingly does not read
    unmapped = {c for file in result.manifest["files"] for s in file["sheets"] for c in s["unmapped_columns"] + s["ignored_columns"]}
    assert {"Адвокат", "Lawyer", "Citizenship", "Occupation", "Гражданство", "Возраст", "Age"} <= unmapped
    assert "birth_year" in read


def test_ages_never_become_birth_years(cleaned):
    _, result = cleaned
    cases = result.cases
    no_year = cases["source_file"].eq("spisok_cp1251.csv") | (cases["source_file"].eq("prisoners_en.xlsx") & cases["source_sheet"].isin(["2021", "2022"]))
    assert cases.loc[no_year, "birth_year"].isna().all()


def test_fields_are_read_right(cleaned):
    assert_fields_right(*cleaned)
