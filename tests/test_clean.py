"""The cleaning chain on small lists written in the test: accounting, problems, ids."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from accuracy import value_problems
from kzanalysis import load
from kzanalysis.clean import clean_paths
from kzanalysis.freshness import refresh, write_result

LIST = """ФИО;Год рождения;Город;Статья;Мера пресечения / наказание;Срок;Дата задержания;Примечание
Иванов Иван Иванович;1980 г.р.;г. Алматы;ч.2 ст.405 УК РК;ограничение свободы;1 год 6 мес.;12.07.2021;сторонник ДВК
Петров Пётр;12.03.1975;Нур-Султан;ст. 174 ч. 1;лишение свободы;5 лет;июль 2019;
Алматы;;;;;;;
Итого: 2;;;;;;;
Сидорова Анна;1990;Атлантида;ст. 405;под следствием;;31.02.2020;не связана с ДВК
Иванов Иван Иванович;1980 г.р.;г. Алматы;ч.2 ст.405 УК РК;ограничение свободы;1 год 6 мес.;12.07.2021;сторонник ДВК
Старый Случай;1970;Алма-Ата;ст. 164 ч.1;лишение свободы;;2012;
"""


def _write(tmp_path: Path, text: str = LIST, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="cp1251")
    return path


def test_every_row_is_a_case_or_a_dropped_row(tmp_path):
    result = clean_paths([_write(tmp_path)])
    sheet = result.manifest["files"][0]["sheets"][0]
    assert (sheet["rows_read"], sheet["cases"], sheet["rows_dropped"]) == (7, 4, 3)
    dropped = result.problems.loc[~result.problems["row_kept"].astype(bool)]
    assert sorted(dropped["source_row"].tolist()) == [4, 5, 7]
    assert set(dropped["problem"]) == {"not_a_case", "duplicate_row"}
    assert not set(dropped["source_row"]) & set(result.cases["source_row"])


def test_values_parsed_and_unreadable_values_are_null_with_a_problem(tmp_path):
    result = clean_paths([_write(tmp_path)])
    cases = result.cases.set_index("source_row")
    assert cases.loc[2, ["city", "region", "articles", "status"]].tolist() == ["Almaty", "Almaty", "405(2)", "restricted_freedom"]
    assert cases.loc[2, "sentence_months"] == 18 and bool(cases.loc[2, "dvk_koshe"]) and cases.loc[2, "affiliation"] == "DVK"
    assert cases.loc[3, "city"] == "Astana" and cases.loc[3, "started_precision"] == "month"
    assert cases.loc[3, "started_on"] == pd.Timestamp("2019-07-01")
    assert pd.isna(cases.loc[6, "city"]) and pd.isna(cases.loc[6, "started_on"]) and not cases.loc[6, "dvk_koshe"]
    p = result.problems.set_index(["source_row", "problem"])
    assert p.loc[(6, "unknown_city"), "value"] == "Атлантида" and p.loc[(6, "unknown_city"), "column"] == "Город"
    assert (6, "impossible_date") in p.index and (6, "negated_affiliation") in p.index


def test_1997_numbering_before_2015(tmp_path):
    result = clean_paths([_write(tmp_path)])
    case = result.cases.loc[result.cases["source_row"] == 8].iloc[0]
    charge = result.charges.loc[result.charges["case_id"] == case["case_id"]].iloc[0]
    assert (charge["code"], charge["article"], charge["part"]) == ("CC1997", 174, 1)
    assert case["articles"] == "174(1)"
    assert not ((result.problems["source_row"] == 8) & (result.problems["problem"] == "unknown_article")).any()


def test_case_ids_are_stable_and_include_the_source(tmp_path):
    path = _write(tmp_path)
    first = clean_paths([path]).cases["case_id"].tolist()
    assert clean_paths([path]).cases["case_id"].tolist() == first
    (tmp_path / "sources.toml").write_text('["list.csv"]\nsource = "Another NGO"\n', encoding="utf-8")
    other = clean_paths([path]).cases
    assert other["source"].iloc[0] == "Another NGO"
    assert not set(other["case_id"]) & set(first)


def test_sources_toml_maps_an_unknown_header(tmp_path):
    path = _write(tmp_path, LIST.replace("Город", "Где"))
    assert "Где" in clean_paths([path]).manifest["files"][0]["sheets"][0]["unmapped_columns"]
    (tmp_path / "sources.toml").write_text('["list.csv"]\nsource = "NGO"\ncolumns = { "Где" = "city" }\n', encoding="utf-8")
    assert clean_paths([path]).cases["city"].iloc[0] == "Almaty"


def test_header_no_alias_names_is_read_by_its_keywords_and_reported(tmp_path):
    text = LIST.replace("Город", "Место событий").replace("Дата задержания", "Дата, когда задержали")
    sheet = clean_paths([_write(tmp_path, text)]).manifest["files"][0]["sheets"][0]
    assert sheet["columns"]["Место событий"] == "city" and sheet["columns"]["Дата, когда задержали"] == "detained_on"
    assert sheet["guessed_columns"] == ["Место событий", "Дата, когда задержали"]


def test_an_alias_wins_over_a_keyword_guess(tmp_path):
    text = LIST.replace("ФИО;", "Место содержания;ФИО;").replace("\nИванов", "\nСИЗО-1;Иванов").replace("\nПетров", "\nколония;Петров")
    sheet = clean_paths([_write(tmp_path, text)]).manifest["files"][0]["sheets"][0]
    assert sheet["columns"]["Город"] == "city" and "Место содержания" in sheet["ignored_columns"]  # a column read knowingly never: ignored, not unmapped


def test_unreadable_file_is_named_and_the_rest_is_cleaned(tmp_path):
    _write(tmp_path)
    (tmp_path / "broken.xlsx").write_bytes(b"not a workbook")
    result = clean_paths([tmp_path])
    assert len(result.unreadable) == 1 and "broken.xlsx" in result.unreadable[0]
    assert len(result.cases) == 4
    assert "unreadable_file" in set(result.problems["problem"])


def test_sheet_without_header_is_reported(tmp_path):
    path = _write(tmp_path, "Пояснения к списку\nСписок ведётся с 2018 года\n", "prose.csv")
    result = clean_paths([path])
    assert result.problems["problem"].tolist() == ["no_header"]
    assert result.manifest["totals"]["rows_read"] == 0


def test_write_load_and_refresh(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _write(raw)
    out = tmp_path / "processed"
    tables = refresh([raw], out, progress=False)
    assert len(tables.cases) == 4 and (out / "cases.csv").exists() and (out / "problems.parquet").exists()
    stamp = (out / "cases.parquet").stat().st_mtime_ns
    refresh([raw], out, progress=False)
    assert (out / "cases.parquet").stat().st_mtime_ns == stamp  # unchanged inputs: not cleaned again
    (raw / "list.csv").write_text(LIST + "Новый Человек;1999;Шымкент;ст. 274;под следствием;;2022;\n", encoding="cp1251")
    assert len(refresh([raw], out, progress=False).cases) == 5
    assert load(out).manifest["totals"]["cases"] == 5


def test_write_is_deterministic(tmp_path):
    result = clean_paths([_write(tmp_path)])
    a = write_result(result, tmp_path / "a")
    b = write_result(clean_paths([tmp_path / "list.csv"]), tmp_path / "b")
    for name in ("cases.csv", "charges.csv", "problems.csv", "manifest.json", "cases.parquet"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_a_parser_that_fails_costs_one_value_not_the_run():
    from kzanalysis.values import parse_values
    from kzanalysis.parse import Parsed

    def fragile(text: str) -> Parsed:
        if text == "boom":
            raise RuntimeError("bug")
        return Parsed(text.upper())

    out = parse_values(pd.Series(["a", "boom", None, "a"]), fragile, lambda v: {"v": v})
    assert out["v"].tolist()[0] == "A" and out["problem"].tolist()[1] == "parser_error"
    assert pd.isna(out["v"].tolist()[2]) and out["v"].tolist()[3] == "A"


def test_lists_of_the_same_name_in_two_folders_keep_apart(tmp_path):
    for year in ("2024", "2025"):
        (tmp_path / year).mkdir()
        _write(tmp_path / year)
    result = clean_paths([tmp_path])
    assert len(result.cases) == 8 and result.cases["case_id"].is_unique
    assert [f["key"] for f in result.manifest["files"]] == ["2024/list.csv", "2025/list.csv"]
    alone = clean_paths([tmp_path / "2024"]).cases["case_id"]
    assert not set(alone) & set(result.cases["case_id"])  # the key is the path below the folder given


def test_a_repeat_that_differs_in_an_unmapped_column_is_kept(tmp_path):
    text = "ФИО;Город;Статья;Ссылка\nИванов Иван;Алматы;ст. 405;http://a\nИванов Иван;Алматы;ст. 405;http://b\nИванов Иван;Алматы;ст. 405;http://b\n"
    result = clean_paths([_write(tmp_path, text)])
    assert result.cases["source_row"].tolist() == [2, 3]
    assert result.problems.loc[result.problems["problem"] == "duplicate_row", "source_row"].tolist() == [4]


def test_csv_quirks_excel_hint_line_and_broken_bytes(tmp_path):
    (tmp_path / "hint.csv").write_text("sep=;\nФИО;Город;Статья\nИванов Иван;Алматы;ст. 405\n", encoding="utf-8")
    hinted = clean_paths([tmp_path / "hint.csv"])
    assert hinted.cases["source_row"].tolist() == [2] and hinted.cases["city"].tolist() == ["Almaty"]
    (tmp_path / "bytes.csv").write_bytes("ФИО,Город,Статья\nИванов Иван,Алматы,ст. 405\nАлмаз Петров".encode() + b"\xab" + ",Шымкент,ст. 174\n".encode())
    broken = clean_paths([tmp_path / "bytes.csv"])
    assert broken.cases["city"].tolist() == ["Almaty", "Shymkent"]  # read as UTF-8, not as cp1251 mojibake
    broken_values = value_problems(broken.problems)
    assert broken_values["problem"].tolist() == ["unreadable_characters"] and broken_values["source_row"].tolist() == [3]


def test_an_unclosed_quote_makes_the_file_unreadable_not_silently_short(tmp_path):
    (tmp_path / "q.csv").write_text('ФИО,Город,Статья\nИванов Иван,Алматы,"ст. 405\nПетров Петр,Алматы,ст. 174\n', encoding="utf-8")
    result = clean_paths([tmp_path / "q.csv"])
    assert len(result.unreadable) == 1 and "line 2" in result.unreadable[0] and "never closed" in result.unreadable[0]


def test_lists_of_one_name_given_one_by_one_keep_apart(tmp_path):
    for year in ("a", "b"):
        (tmp_path / year).mkdir()
        _write(tmp_path / year)
    result = clean_paths([tmp_path / "a" / "list.csv", tmp_path / "b" / "list.csv"])
    assert result.cases["case_id"].is_unique and [f["key"] for f in result.manifest["files"]] == ["a/list.csv", "b/list.csv"]


def test_a_file_without_any_header_is_unreadable(tmp_path):
    path = _write(tmp_path, "Пояснения к списку\nСписок ведётся с 2018 года\n", "prose.csv")
    assert len(clean_paths([path]).unreadable) == 1


@pytest.mark.parametrize("toml,needle", [
    ('["list.csv"]\ncolumns = "ФИО"\n', "should be a table"),
    ('["list.csv"]\ncolumns = { "Город" = "town" }\n', "is not a field"),
    ('["list.csv"\nsource = 1\n', "TOML"),
])
def test_mistakes_in_sources_toml_are_named(tmp_path, toml, needle):
    from kzanalysis.config import VocabularyError

    path = _write(tmp_path)
    (tmp_path / "sources.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(VocabularyError, match=needle):
        clean_paths([path])


# ---------------------------------------------------------------- section headings

def _sheet_of(result) -> dict:
    return result.manifest["files"][0]["sheets"][0]


def test_odf_outcome_sections_give_their_status(tmp_path):
    """ODF lists group people by outcome (docs/domain.md d); a heading naming several outcomes gives none."""
    text = ("No.,Name,City,Charges\n"
            "Imprisoned,,,\n"
            "1,Ivanov Ivan,Almaty,Art. 405 Part 2\n"
            "2,Petrov Petr,Astana,Art. 174\n"
            "Suspended or non-custodial sentences,,,\n"
            "3,Sidorova Anna,Shymkent,Art. 405\n"
            "Punitive Psychiatry,,,\n"
            "4,Kim Boris,Aktobe,Art. 274\n"
            "\"Investigation ongoing, in detention or not\",,,\n"
            "5,Li Marat,Oral,Art. 405\n")
    path = tmp_path / "odf.csv"
    path.write_text(text, encoding="utf-8")
    result = clean_paths([path])
    cases = result.cases.set_index("source_row")
    assert cases["status"].to_dict() == {3: "imprisoned", 4: "imprisoned", 6: "unknown", 8: "compulsory_treatment", 10: "unknown"}
    assert _sheet_of(result)["sections"] == {"Imprisoned": "status=imprisoned", "Punitive Psychiatry": "status=compulsory_treatment"}
    assert set(value_problems(result.problems)["problem"]) == {"not_a_case"}  # values from headings are not problems


def test_russian_outcome_sections_and_a_row_with_its_own_status(tmp_path):
    text = ("№;ФИО;Статья;Статус;Срок\n"
            "Лишены свободы;;;;\n"
            "1;Иванов Иван;ст. 405 ч.2;;5 лет\n"
            "2;Петров Пётр;ст. 174;освобожден по УДО;\n"
            "Осуждены условно;;;;\n"
            "3;Сидоров Сидор;ст. 405;;\n"
            "4;Ким Анна;ст. 405;штраф;\n"
            "Под следствием;;;;\n"
            "5;Ли Борис;ст. 405;;\n"
            "6;Ан Дина;ст. 405;что-то непонятное;\n"
            "Принудительное лечение;;;;\n"
            "7;Пак Олег;ст. 274;;\n")
    result = clean_paths([_write(tmp_path, text, "ru.csv")])
    cases = result.cases.set_index("source_row")
    assert cases["status"].to_dict() == {3: "imprisoned", 4: "released", 6: "probation", 7: "fined",
                                        9: "under_investigation", 10: "unknown", 12: "compulsory_treatment"}
    assert cases.loc[3, "sentence_months"] == 60
    # An unreadable status cell keeps its problem rather than take the heading's value.
    assert (10, "unknown_status") in set(zip(result.problems["source_row"], result.problems["problem"]))
    assert _sheet_of(result)["sections"]["Лишены свободы"] == "status=imprisoned"


def test_city_and_region_sections_fill_blank_places_only(tmp_path):
    text = ("№;ФИО;Город;Статус\n"
            "г. Алматы;;;\n"
            "1;Иванов Иван;;под стражей\n"
            "2;Петров Пётр;Шымкент;под стражей\n"
            "3;Ким Анна;Атлантида;под стражей\n"
            "Алматинская область;;;\n"
            "4;Сидоров Сидор;;под стражей\n"
            "Журналисты;;;\n"
            "5;Ли Борис;;под стражей\n")
    result = clean_paths([_write(tmp_path, text, "places.csv")])
    cases = result.cases.set_index("source_row")
    assert cases.loc[3, ["city", "region"]].tolist() == ["Almaty", "Almaty"]
    assert cases.loc[4, "city"] == "Shymkent"
    assert pd.isna(cases.loc[5, "city"])  # unreadable: its problem stays, no value from the heading
    assert pd.isna(cases.loc[7, "city"]) and cases.loc[7, "region"] == "Almaty Region"
    assert pd.isna(cases.loc[9, "city"]) and pd.isna(cases.loc[9, "region"])  # `Журналисты` ends the place heading
    assert _sheet_of(result)["sections"] == {"г. Алматы": "city=Almaty; region=Almaty", "Алматинская область": "region=Almaty Region"}


def test_nested_status_and_city_sections(tmp_path):
    text = ("№;ФИО;Статья\n"
            "Лишены свободы;;\n"
            "г. Алматы;;\n"
            "1;Иванов Иван;ст. 405\n"
            "г. Шымкент;;\n"
            "2;Петров Пётр;ст. 405\n"
            "Под следствием;;\n"
            "3;Ким Анна;ст. 405\n")
    cases = clean_paths([_write(tmp_path, text, "nested.csv")]).cases.set_index("source_row")
    assert cases[["city", "status"]].astype(object).where(cases[["city", "status"]].notna(), None).values.tolist() == [
        ["Almaty", "imprisoned"], ["Shymkent", "imprisoned"], [None, "under_investigation"]]


def test_year_sections_give_no_dates(tmp_path):
    text = ("№;ФИО;Статья;Дата задержания\n"
            "2021 год;;;\n"
            "1;Иванов Иван;ст. 405;\n"
            "2021 жыл;;;\n"
            "2;Петров Пётр;ст. 405;12.07.2021\n"
            "2022;;;\n"
            "3;Ким Анна;ст. 405;\n")
    result = clean_paths([_write(tmp_path, text, "years.csv")])
    cases = result.cases.set_index("source_row")
    assert cases["started_on"].isna().tolist() == [True, False, True]
    assert "sections" not in _sheet_of(result)


def test_a_heading_in_the_name_column_in_capitals_is_not_a_person(tmp_path):
    """`Under Investigation` looks like a name in capitals; `Арестов Иван` (the stem арест*) is a name."""
    text = ("№;ФИО;Статья;Статус\n"
            ";Under Investigation;;\n"
            "1;Иванов Иван;ст. 405;\n"
            ";Арестов Иван;;\n"
            "2;Петров Пётр;ст. 405;\n")
    result = clean_paths([_write(tmp_path, text, "caps.csv")])
    cases = result.cases.set_index("source_row")
    assert sorted(cases.index) == [3, 4, 5]
    assert cases.loc[3, "status"] == "under_investigation" and cases.loc[4, "name"] == "Арестов Иван"
    assert cases.loc[5, "status"] == "under_investigation"  # a case row is no heading: the one above holds


def test_a_table_of_counts_is_not_read_as_cases(tmp_path):
    text = "Город;Статья;Количество\nАлматы;ст. 405;12\nАстана;ст. 174;3\n"
    result = clean_paths([_write(tmp_path, text, "summary.csv")])
    sheet = result.manifest["files"][0]["sheets"][0]
    assert (sheet["rows_read"], sheet["cases"], sheet["rows_dropped"]) == (2, 0, 2)
    assert "table of counts" in sheet["note"]
    assert set(result.problems["problem"]) == {"not_a_case"}
