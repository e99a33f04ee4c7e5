"""A name cell that says more than the name, a pivot table's export, a table flattened from JSON, a
fine under a heading of released people, a publication date. Small lists written inline."""
from __future__ import annotations

import pandas as pd
from factories import problems_of, write_csv, write_xlsx

from kzanalysis.clean import clean_paths
from kzanalysis.parse.name_details import split_name_cell


def _values(column: pd.Series) -> list[object]:
    return [None if pd.isna(v) else v for v in column]


def test_the_parts_after_a_name_read_as_birth_year_place_and_tie_and_an_age_is_left_out():
    said = split_name_cell("Aidos Serikbayev (born 1981), engineer from Semey")
    assert (said.name, said.birth_year, said.city, said.tie) == ("Aidos Serikbayev", 1981, "Semey", None)
    said = split_name_cell("Сәуле Жақсыбекова, 47, ДВК жақтаушысы, г. Тараз")
    assert (said.name, said.birth_year, said.city) == ("Сәуле Жақсыбекова", None, "Тараз") and said.tie
    said = split_name_cell("Ержан Омаров - 1979 г.р., инженер")
    assert (said.name, said.birth_year, said.city, said.tie) == ("Ержан Омаров", 1979, None, None)
    # nothing besides the name that reads as a field: the cell is left to the name's own reader
    assert split_name_cell("Omarov, Yerzhan") is None and split_name_cell("Ержан Омаров, 52") is None


def test_a_name_cell_gives_its_details_only_where_their_own_columns_are_absent_or_blank(tmp_path):
    write_csv(tmp_path, "list.csv", {
        "Person": ["Aidos Serikbayev (born 1981), engineer from Semey", "Bolat Nurov, 39, DVK supporter (Taraz)",
                   "Gaukhar Ismail, b. 1990, Oral", "Daulet Kenzhe"],
        "Town": [None, None, "Astana", "Aktau"], "Charge": ["Art. 405(2) CC"] * 4, "Detained": ["03.04.2022"] * 4})
    cases = clean_paths([tmp_path]).cases
    assert cases["name"].tolist() == ["Aidos Serikbayev", "Bolat Nurov", "Gaukhar Ismail", "Daulet Kenzhe"]
    assert cases["city"].tolist() == ["Semey", "Taraz", "Astana", "Aktau"]  # the town column wins where filled
    assert _values(cases["birth_year"]) == [1981, None, 1990, None]  # `39` is an age: no year
    assert cases["dvk_koshe"].tolist() == [False, True, False, False]


def _pivot_rows() -> list[list[object]]:
    return [["Detained (year)", "Situation", "Full name", "Town", "Art.", "Count"],
            [2019, "detained", "Ilyas Amanov", "Aktobe", "405", 1],
            [None, None, "Roza Amanova", "Oral", "405", 1],
            [None, "detained Total", None, None, None, 2],
            [None, "on probation", "Timur Bekov", "Semey", "174", 1],
            [None, None, "Zere Bekova", "Taraz", "174", 1],
            [None, None, "Askar Dosov", "Aktau", "174", 1],
            [None, "on probation Total", None, None, None, 3],
            ["2019 Total", None, None, None, None, 5],
            [2021, "detained", "Nurlan Sadyk", "Astana", "405", 1],
            [None, "detained Total", None, None, None, 1],
            ["2021 Total", None, None, None, None, 1],
            ["Grand Total", None, None, None, None, 6]]


def test_a_pivot_export_fills_each_group_label_down_and_drops_its_subtotal_rows(tmp_path):
    write_xlsx(tmp_path / "pivot.xlsx", _pivot_rows())
    result = clean_paths([tmp_path])
    cases = result.cases
    assert cases["name"].tolist() == ["Ilyas Amanov", "Roza Amanova", "Timur Bekov", "Zere Bekova", "Askar Dosov", "Nurlan Sadyk"]
    assert cases["status"].tolist() == ["pretrial_detention"] * 2 + ["probation"] * 3 + ["pretrial_detention"]
    assert pd.to_datetime(cases["started_on"]).dt.year.tolist() == [2019] * 5 + [2021]
    dropped = problems_of(result, "not_a_case")
    assert len(dropped) == 6 and dropped["message"].str.contains("subtotal|totals").all()


def test_without_subtotal_rows_a_blank_status_is_never_filled_down(tmp_path):
    rows = [r for r in _pivot_rows() if not any(isinstance(v, str) and v.endswith("Total") for v in r)]
    write_xlsx(tmp_path / "list.xlsx", rows)
    cases = clean_paths([tmp_path]).cases
    assert cases["status"].tolist() == ["pretrial_detention", "unknown", "probation", "unknown", "unknown", "pretrial_detention"]


def test_a_table_flattened_from_json_reads_its_dotted_headers_and_joins_each_charge(tmp_path):
    write_csv(tmp_path, "export.csv", {
        "uid": ["a1", "a2", "a3"],
        "subject.full_name": ["Ilyas Amanov", "Roza Amanova", "Timur Bekov"],
        "subject.date_of_birth": ["1984-05-02", "null", "1990-11-30"],
        "place.region": ["г. Алматы", "Актюбинская область", "NaN"],
        "prosecution.charges.0.code": ["CC", "CAO", "CC"],
        "prosecution.charges.0.article": ["405", "488", "174"],
        "prosecution.charges.0.part": ["2", "6", "None"],
        "prosecution.charges.1.code": ["CC", "null", "null"],
        "prosecution.charges.1.article": ["269", "null", "null"],
        "prosecution.charges.1.part": ["1", "null", "null"],
        "prosecution.status": ["pretrial detention", "fined", "null"],
        "prosecution.verdict.kind": ["null", "fine", "imprisonment"],
        "prosecution.verdict.length_months": ["null", "null", "30"],
        "prosecution.dates.arrested_on": ["2022-01-06T10:00:00+06:00", "2021-03-01T09:00:00+06:00", "2020-02-02"],
        "record.updated_at": ["2019-01-01T00:00:00Z"] * 3,
    })
    result = clean_paths([tmp_path])
    cases = result.cases
    assert len(cases) == 3 and cases["name"].tolist() == ["Ilyas Amanov", "Roza Amanova", "Timur Bekov"]
    assert _values(cases["birth_year"]) == [1984, None, 1990]
    assert _values(cases["region"]) == ["Almaty", "Aktobe", None]
    assert _values(cases["articles"]) == ["269(1); 405(2)", None, "174"]  # an administrative article is no criminal charge
    assert _values(cases["sentence_months"]) == [None, None, 30]
    assert pd.to_datetime(cases["started_on"]).dt.year.tolist() == [2022, 2021, 2020]  # the record's timestamp dates no case
    problems = result.problems
    assert not problems["value"].isin(["null", "NaN", "None"]).any()  # written "no value": not given, no problem


def test_a_row_of_values_under_a_header_is_never_its_second_row(tmp_path):
    write_csv(tmp_path, "list.csv", {"Full name": ["Ilyas Amanov", "Roza Amanova"], "Article": ["405", "174"],
                                      "Arrested": ["2022-01-06", "2021-03-01"], "Labels": ['["teacher"]', '["DVK"]']})
    result = clean_paths([tmp_path])
    assert len(result.cases) == 2 and result.manifest["files"][0]["sheets"][0]["header_rows"] == [1]


def test_a_fine_under_a_heading_of_released_people_stays_fined(tmp_path):
    write_xlsx(tmp_path / "list.xlsx", [
        ["Full name", "Article", "Arrested", "Outcome"],
        ["CLOSED (freed / case over)", None, None, None],
        ["Ilyas Amanov", "Art. 405(2) CC", "06.01.2022", "Fined 100 MCI; case closed"],
        ["Roza Amanova", "Art. 405(2) CC", "06.01.2022", "Imprisoned 2 years"]])
    assert clean_paths([tmp_path]).cases["status"].tolist() == ["fined", "released"]


def test_a_publication_date_never_dates_a_case(tmp_path):
    write_csv(tmp_path, "list.csv", {"Full name": ["Ilyas Amanov", "Roza Amanova"], "Article": ["405", "174"],
                                      "Arrested": ["06.01.2022", "unknown"], "Date published": ["10.02.2022", "11.03.2022"]})
    cases = clean_paths([tmp_path]).cases
    assert cases["started_on"].isna().tolist() == [False, True]
