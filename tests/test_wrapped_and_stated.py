"""Layout rules, each in wordings of its own (not those of the red-team set that showed the gap):
rows that continue the case above them, a chronology column, a month with its sheet's or heading's
year, the defendant's name by its header or its values, a yes/no column naming a stage, and the
list's date stated above the header."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from openpyxl import Workbook

from kzanalysis.clean import clean_paths


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def _case(result, row: int, sheet: str = "") -> pd.Series:
    cases = result.cases
    found = cases.loc[(cases["source_row"] == row) & (cases["source_sheet"].fillna("") == sheet)]
    assert len(found) == 1, f"row {row}: {len(found)} cases"
    return found.iloc[0]


def _dropped(result, problem: str) -> pd.DataFrame:
    p = result.problems
    return p.loc[(p["problem"] == problem) & ~p["row_kept"].astype(bool)]


# --- rows that continue a case: a cell wrapped by hand onto the next row ------------------------------------------
WRAPPED = [
    "No.,Full name,Year of birth,Town,Charges,Sentence,Comment",
    "1,Temirov Daulet,1988,Aktobe,Art. 174(1),restricted freedom,posted a poem",
    ",,,,Art. 405(2),for 2 years,on Facebook",
    "2,Sadykova Gaukhar,1979,Oral,Art. 274(2),fined,",
    "3,Orynbaev Kairat,1990,Taraz,Art. 405(1),imprisonment,appeal",
    ",,,,,for 4 years,",
    ",,,,,,lost in 2023",
    "4,Zhunusov Erik,1984,Pavlodar,Art. 405(2),probation for 1 year,",
]


def test_a_row_without_a_name_that_continues_the_cells_above_is_part_of_that_case(tmp_path):
    result = clean_paths([_csv(tmp_path / "wrapped.csv", WRAPPED)])
    sheet = result.manifest["files"][0]["sheets"][0]
    assert (sheet["rows_read"], sheet["cases"], sheet["rows_dropped"]) == (7, 4, 3)
    first = _case(result, 2)
    assert first["articles"] == "174(1); 405(2)"
    assert (first["status"], first["sentence_months"]) == ("restricted_freedom", 24)
    assert first["notes"] == "posted a poem on Facebook"
    third = _case(result, 5)
    assert (third["status"], third["sentence_months"], third["notes"]) == ("imprisoned", 48, "appeal lost in 2023")
    wrapped = _dropped(result, "continuation_row")
    assert sorted(wrapped["source_row"].astype(int)) == [3, 6, 7]
    assert wrapped.set_index("source_row").loc[7, "message"].startswith("continues row 5")


def test_a_case_whose_name_is_missing_stays_a_case(tmp_path):
    lines = [*WRAPPED[:4],
             ",,1992,Semey,Art. 174(1),fined,",  # no name, but a year of birth and a town: a person of its own
             "5,Abenov Marat,1970,Kostanay,Art. 405(2),fined,",
             ",,,,,,see the court's site",  # a cell the case row leaves empty: a note of its own, not a continuation
             ",,,,,,,",
             ",,,,Art. 380(1),imprisonment,"]  # under a blank row: continues nothing
    result = clean_paths([_csv(tmp_path / "anonymous.csv", lines)])
    assert 5 in set(result.cases["source_row"].astype(int))
    assert _dropped(result, "continuation_row").empty
    assert pd.isna(_case(result, 6)["notes"])


def test_rows_without_names_are_cases_where_the_sheet_rarely_names_anyone(tmp_path):
    lines = ["No.,Full name,Town,Charges,Sentence",
             "1,,Aktobe,Art. 174(1),fined",
             ",,,Art. 405(2),imprisonment",
             "2,,Oral,Art. 274(2),fined",
             "3,Temirov Daulet,Taraz,Art. 405(1),fined"]
    result = clean_paths([_csv(tmp_path / "unnamed.csv", lines)])
    assert _dropped(result, "continuation_row").empty
    assert 3 in set(result.cases["source_row"].astype(int))


# --- a chronology column: events with their dates, one step or more a cell ---------------------------------------
def test_a_chronology_column_gives_each_date_to_its_event(tmp_path):
    lines = ["№,ФИО,Город,Статья,Ход дела",
             "1,Омаров Тимур Ерланович,г. Актобе,ст. 174 ч.1,арестован 03.04.2022",
             "2,Ли Ольга Викторовна,г. Тараз,ст. 405 ч.2,\"арестована 05.05.2021, осуждена 01.09.2021\"",
             "3,Ким Артур Олегович,г. Павлодар,ст. 274 ч.2,арестован 14.10.2020",
             "4,Есенова Сауле Маратовна,г. Атырау,ст. 405 ч.1,арестована 22.06.2023"]
    result = clean_paths([_csv(tmp_path / "chronology.csv", lines)])
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["history_columns"] == ["Ход дела"]
    assert "no_date_column" not in set(result.problems["problem"])
    second = _case(result, 3)
    assert (str(second["detained_on"].date()), str(second["sentenced_on"].date())) == ("2021-05-05", "2021-09-01")
    assert str(_case(result, 2)["started_on"].date()) == "2022-04-03"


def test_a_chronology_of_single_steps_beside_a_date_column_is_not_read_as_one(tmp_path):
    lines = ["№,ФИО,Город,Дата задержания,Ход дела",
             "1,Омаров Тимур Ерланович,г. Актобе,01.04.2022,арестован 03.04.2022",
             "2,Ли Ольга Викторовна,г. Тараз,04.05.2021,арестована 05.05.2021",
             "3,Ким Артур Олегович,г. Павлодар,13.10.2020,арестован 14.10.2020"]
    result = clean_paths([_csv(tmp_path / "dated.csv", lines)])
    assert not result.manifest["files"][0]["sheets"][0].get("history_columns")
    assert str(_case(result, 2)["started_on"].date()) == "2022-04-01"


# --- a month written without its year: the sheet's or the heading's year ---------------------------------------------
def test_a_bare_month_takes_the_one_year_its_sheet_or_heading_names(tmp_path):
    header = ["№", "ФИО", "Город", "Дата ареста", "Статья"]
    path = _xlsx(tmp_path / "months.xlsx", {
        "Аресты 2022": [header, [1, "Омаров Тимур Ерланович", "г. Актобе", "апрель", "ст. 174 ч.1"],
                        [2, "Ли Ольга Викторовна", "г. Тараз", "12.05.2022", "ст. 405 ч.2"]],
        "Архив": [header, ["2019 год"], [1, "Ким Артур Олегович", "г. Павлодар", "ноябрь", "ст. 274 ч.2"],
                  ["2020 год"], [2, "Есенова Сауле Маратовна", "г. Атырау", "март", "ст. 405 ч.1"]],
        "2020-2021": [header, [1, "Абенов Марат Серикович", "г. Семей", "июль", "ст. 405 ч.2"],
                      [2, "Ли Ольга Викторовна", "г. Тараз", "12.05.2021", "ст. 405 ч.2"]],
    })
    result = clean_paths([path])
    april = _case(result, 2, "Аресты 2022")
    assert (str(april["started_on"].date()), april["started_precision"]) == ("2022-04-01", "month")
    assert str(_case(result, 3, "Архив")["started_on"].date()) == "2019-11-01"
    assert str(_case(result, 5, "Архив")["started_on"].date()) == "2020-03-01"
    # a sheet naming two years says no one year: the month stays unread, with its problem
    assert pd.isna(_case(result, 2, "2020-2021")["started_on"])
    p = result.problems
    assert ((p["source_sheet"] == "2020-2021") & (p["problem"] == "unparsed_date")).any()


# --- the defendant's name: by its header, or by its values ------------------------------------------------------------
def test_words_for_the_defendant_name_the_person(tmp_path):
    lines = ["Айыпталушы,Қаласы,Бабы", "Омаров Тимур Ерланұлы,Ақтөбе,174-бап 1-бөлік",
             "Ли Ольга Викторовна,Тараз,405-бап 2-бөлік"]
    result = clean_paths([_csv(tmp_path / "kk.csv", lines)])
    assert list(result.cases["name"]) == ["Омаров Тимур Ерланұлы", "Ли Ольга Викторовна"]


def test_a_column_of_names_under_a_header_nobody_foresaw_is_the_name(tmp_path):
    lines = ["№,Участник,Город,Статья",
             "1,Омаров Тимур Ерланович,г. Актобе,ст. 174 ч.1",
             "2,Ли Ольга Викторовна,г. Тараз,ст. 405 ч.2",
             "3,Ким Артур Олегович,г. Павлодар,ст. 274 ч.2"]
    result = clean_paths([_csv(tmp_path / "who.csv", lines)])
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["columns"]["Участник"] == "name" and "Участник" in sheet["content_columns"]
    assert result.cases["name"].tolist()[0] == "Омаров Тимур Ерланович"
    assert "unmapped_column" not in set(result.problems["problem"])


# --- a yes/no column naming a stage; the list's date stated above its header -------------------------------------------
def test_a_yes_column_whose_header_names_release_releases_the_case_keeping_its_term(tmp_path):
    lines = ["List of political prisoners,,,,",
             "Name,City,Sentence,Set free (Y/N),Under house arrest?",
             "Temirov Daulet,Aktobe,5 years imprisonment,Y,N",
             "Sadykova Gaukhar,Oral,3 years imprisonment,N,N",
             "Orynbaev Kairat,Taraz,,N,Y",
             "Zhunusov Erik,Pavlodar,acquitted,Y,N"]
    result = clean_paths([_csv(tmp_path / "flags.csv", lines)])
    got = result.cases.set_index("name")
    assert (got.loc["Temirov Daulet", "status"], got.loc["Temirov Daulet", "sentence_months"]) == ("released", 60)
    assert got.loc["Sadykova Gaukhar", "status"] == "imprisoned"
    assert got.loc["Orynbaev Kairat", "status"] == "house_arrest"
    assert got.loc["Zhunusov Erik", "status"] == "acquitted"  # an acquittal is not undone by a release
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sorted(sheet["stage_columns"]) == ["Set free (Y/N)", "Under house arrest?"]
    assert "unmapped_column" not in set(result.problems["problem"])


def test_a_yes_no_column_named_like_a_release_date_gives_no_date(tmp_path):
    lines = ["ФИО,Город,Приговор,Освобождён (да/нет)",
             "Омаров Тимур Ерланович,г. Актобе,4 года лишения свободы,да",
             "Ли Ольга Викторовна,г. Тараз,2 года лишения свободы,нет",
             "Ким Артур Олегович,г. Павлодар,5 лет лишения свободы,нет"]
    result = clean_paths([_csv(tmp_path / "freed.csv", lines)])
    assert "unparsed_date" not in set(result.problems["problem"])
    assert result.cases["status"].tolist() == ["released", "imprisoned", "imprisoned"]


def _release_list(tmp_path: Path, title: str) -> pd.Series:
    lines = [f"{title},,,,", ",,,,",
             "ФИО,Город,Дата ареста,Дата освобождения,Мера",
             "Омаров Тимур Ерланович,г. Актобе,01.02.2021,10.02.2024,лишение свободы",
             "Ли Ольга Викторовна,г. Тараз,03.03.2021,,лишение свободы"]
    folder = tmp_path / title[:6].strip()
    folder.mkdir()
    return clean_paths([_csv(folder / "release.csv", lines)])


def test_the_date_a_title_line_states_is_the_lists_date(tmp_path):
    before = _release_list(tmp_path, "Актуально на 31.01.2024")
    assert before.cases["status"].tolist() == ["imprisoned", "imprisoned"]  # freed after the list was written
    assert before.manifest["files"][0]["sheets"][0]["list_date"] == {"date": "2024-01-31", "from": "Актуально на 31.01.2024"}
    after = _release_list(tmp_path, "as at 29 February 2024")
    assert after.cases["status"].tolist() == ["released", "imprisoned"]
    kazakh = _release_list(tmp_path, "Тізім 01.03.2024 күнгі жағдай бойынша")
    assert kazakh.manifest["files"][0]["sheets"][0]["list_date"]["date"] == "2024-03-01"
    # the manifest records the stated date also where no release date needs it
    plain = clean_paths([_csv(tmp_path / "plain.csv", ["As of 1 May 2023,,", "Name,City,Charges",
                                                        "Temirov Daulet,Aktobe,Art. 174(1)", "Sadykova Gaukhar,Oral,Art. 405(2)"])])
    assert plain.manifest["files"][0]["sheets"][0]["list_date"]["date"] == "2023-05-01"
