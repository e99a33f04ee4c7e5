"""General rules learned from red-team set 20, each tested in wordings of its own (not those of the set):
codes explained by a codebook sheet (variable | code | label), a release told in a Kazakh note (the verb
closes the clause), a term before `с` / `with` and an additional punishment, an administrative arrest's days
beside its status, and a column of affiliations and notes. Small lists written inline."""
from __future__ import annotations

import pandas as pd
from factories import problems_of as _problems
from factories import write_xlsx as _xlsx
from openpyxl import Workbook

from kzanalysis.affiliation_notes import affiliation_or_note, header_holds_notes
from kzanalysis.clean import clean_paths
from kzanalysis.codebook import codebook_of
from kzanalysis.parse.status import parse_measure
from kzanalysis.read import read_file
from kzanalysis.stage import says_released

PEOPLE = ["Оралова Жазира", "Демченко Павел", "Искаков Нурбол", "Ан Виталий", "Сейтова Балжан"]


def _coded_workbook(path, hidden: bool = True):
    wb = Workbook()
    ws = wb.active
    ws.title = "export"
    ws.append(["rec", "person", "town", "outcome", "charge", "detained", "flag_dvk"])
    ws.append([1, PEOPLE[0], 2, 10, "1", "2021-04-02", 1])
    ws.append([2, PEOPLE[1], 1, 20, "2;3", "2022-01-15", 0])
    ws.append([3, PEOPLE[2], 2, 30, "1|3", "2020-09-30", 0])
    ws.append([4, PEOPLE[3], 7, 10, "4", "2021-12-01", 0])
    ws.append([5, PEOPLE[4], 1, 20, "2", "2023-03-03", 1])
    book = wb.create_sheet("codes")
    book.append(["Переменная", "Код", "Значение"])
    for variable, code, label in [("town", 1, "Павлодар"), ("town", 2, "Тараз"),
                                  ("outcome", 10, "лишение свободы"), ("outcome", 20, "штраф"),
                                  ("outcome", 30, "оправдан"),
                                  ("charge", 1, "ст. 174 ч. 1 УК"), ("charge", 2, "ст. 405 ч. 2 УК"),
                                  ("charge", 3, "ст. 434 КоАП (административное правонарушение)"),
                                  ("flag_dvk", 1, "в деле указана связь с движением"), ("flag_dvk", 0, "нет")]:
        book.append([variable, code, label])
    if hidden:
        book.sheet_state = "hidden"
    wb.save(path)


def test_a_sheet_of_variable_code_and_label_is_a_codebook(tmp_path):
    _coded_workbook(tmp_path / "export.xlsx")
    sheets = {s.sheet: s for s in read_file(tmp_path / "export.xlsx")}
    book = codebook_of(sheets["codes"])
    assert book["town"] == {"1": "Павлодар", "2": "Тараз"}
    assert book["charge"]["3"].startswith("ст. 434 КоАП")
    assert codebook_of(sheets["export"]) is None  # a list with seven columns is no codebook


def test_coded_columns_are_read_through_the_codebook(tmp_path):
    _coded_workbook(tmp_path / "export.xlsx")
    result = clean_paths([tmp_path])
    cases = result.cases.sort_values("source_row")
    assert cases["city"].tolist()[:3] == ["Taraz", "Pavlodar", "Taraz"]
    assert cases["status"].tolist() == ["imprisoned", "fined", "acquitted", "imprisoned", "fined"]
    # codes read as the articles the codebook names, never as article numbers; the administrative one left out
    assert cases["articles"].tolist()[:3] == ["174(1)", "405(2)", "174(1)"]
    assert cases["dvk_koshe"].tolist() == [True, False, False, False, True]  # a 1/0 flag is read as written
    sheets = {s["sheet"]: s for s in result.manifest["files"][0]["sheets"]}
    assert sheets["export"]["codebook_columns"] == {"town": 4, "outcome": 5, "charge": 4}
    assert sheets["codes"]["rows_read"] == 0 and "codebook" in sheets["codes"]
    # a code the codebook does not give is null and a problem row, not a guess
    unknown = _problems(result, "unknown_code")
    assert sorted(unknown[["source_row", "column", "value"]].values.tolist()) == [[5, "charge", "4"], [5, "town", "7"]]
    assert pd.isna(cases["city"].iloc[3]) and pd.isna(cases["articles"].iloc[3]) and unknown["row_kept"].all()
    assert result.manifest["totals"]["rows_read"] == 5


def test_a_column_empty_near_the_header_does_not_stop_the_codebook(tmp_path):
    """A column with no value in the rows where the header is looked for (a note far down the sheet) is text
    with nothing in it there; looking for the codebook's variables in it found a crash, not a header."""
    from openpyxl import load_workbook
    _coded_workbook(tmp_path / "export.xlsx")
    wb = load_workbook(tmp_path / "export.xlsx")
    wb["export"].cell(60, 9).value = "проверено волонтёром"
    wb.save(tmp_path / "export.xlsx")
    result = clean_paths([tmp_path])
    cases = result.cases.sort_values("source_row")
    assert cases["status"].tolist()[:5] == ["imprisoned", "fined", "acquitted", "imprisoned", "fined"]
    assert result.manifest["files"][0]["sheets"][0]["codebook_columns"]["town"] == 4


def test_a_column_mostly_not_in_codes_is_read_as_written(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "list"
    ws.append(["person", "city", "article", "arrested"])
    for i, name in enumerate(PEOPLE[:4]):
        ws.append([name, "Тараз", "ст. 405 ч. 2", f"0{i + 1}.02.2022"])
    meta = wb.create_sheet("dictionary")
    meta.append(["Field", "Value", "Description"])
    for row in (["person", "text", "full name as written"], ["city", "text", "town of residence"],
                ["article", "text", "articles of the Criminal Code"]):
        meta.append(row)
    wb.save(tmp_path / "list.xlsx")
    result = clean_paths([tmp_path])
    assert result.cases["name"].tolist() == PEOPLE[:4]
    assert result.cases["city"].tolist() == ["Taraz"] * 4
    assert _problems(result, "unknown_code").empty
    assert "codebook_columns" not in result.manifest["files"][0]["sheets"][0]


def test_a_release_told_in_a_kazakh_note_closes_its_clause():
    assert says_released("2021 жылы рақымшылыққа ілікті")
    assert says_released("белсенді; 2024 жылы шартты түрде мерзімінен бұрын босатылды")
    assert says_released("наурызда түрмеден шықты")
    # a refusal or a wish closes with another verb: no release
    assert not says_released("шартты түрде мерзімінен бұрын босатудан бас тартылды")
    assert not says_released("адвокат босатуды сұрады")
    assert not says_released("мерзімінен бұрын босатылған жоқ")  # a negation after the verb
    # early release on parole is a release, not a suspended sentence
    assert parse_measure("шартты түрде мерзімінен бұрын босатылған").value.status == "released"


def test_a_kazakh_note_of_release_makes_the_case_released(tmp_path):
    _xlsx(tmp_path / "tizim.xlsx", [
        ["Аты-жөні", "Қала", "Бап", "Жаза", "Ұсталған күні", "Ескерту"],
        [PEOPLE[0], "Тараз", "405-бап 2-бөлік", "бас бостандығынан айыру 4 жыл", "03.03.2020", "2023 жылы босатылды"],
        [PEOPLE[1], "Тараз", "405-бап 1-бөлік", "бас бостандығынан айыру 3 жыл", "04.04.2020", "босатуды сұрады"],
    ])
    cases = clean_paths([tmp_path]).cases
    assert cases["status"].tolist() == ["released", "imprisoned"]
    assert cases["sentence_months"].tolist() == [48, 36]  # the term is kept


def test_a_term_before_a_further_punishment_is_the_main_punishment_s():
    read = parse_measure("ограничение свободы на 3 года со запретом занимать должности на 5 лет").value
    assert (read.status, read.months) == ("restricted_freedom", 36)
    read = parse_measure("лишение свободы на 6 лет с лишением права заниматься журналистикой на 2 года").value
    assert (read.status, read.months) == ("imprisoned", 72)
    read = parse_measure("restricted freedom for 1 year with a ban on organising rallies for 3 years").value
    assert (read.status, read.months) == ("restricted_freedom", 12)
    # a ban alone after the punishment still has no term of the punishment
    read = parse_measure("ограничение свободы с запретом на 2 года").value
    assert (read.status, read.months) == ("restricted_freedom", None)


def test_an_administrative_arrest_s_days_are_no_term(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Статья", "Дата задержания", "Статус", "Срок"],
        [PEOPLE[0], "Актау", "КоАП 488", "06.01.2022", "административный арест", "10 сут."],
        [PEOPLE[1], "Актау", "ст. 272 ч. 2", "06.01.2022", "лишение свободы", "5 лет"],
        [PEOPLE[2], "Актау", "CAO 488", "07.01.2022", "administrative detention", "20 days"],
    ])
    result = clean_paths([tmp_path])
    cases = result.cases
    assert cases["sentence_months"].tolist()[1] == 60
    assert cases["sentence_months"].isna().tolist() == [True, False, True]
    assert cases["status"].tolist()[1] == "imprisoned"
    assert len(_problems(result, "administrative_arrest")) == 2


def test_a_column_of_affiliations_and_notes_reads_a_note_as_no_organisation(tmp_path):
    assert header_holds_notes("Group / comments") and header_holds_notes("Принадлежность, примечание")
    assert not header_holds_notes("Affiliation") and not header_holds_notes("Notes")
    assert affiliation_or_note("held in solitary confinement").problem is None
    assert affiliation_or_note("supporter of the Alga party").problem == "unknown_affiliation"
    assert affiliation_or_note("член движения Атажурт").problem == "unknown_affiliation"
    _xlsx(tmp_path / "list.xlsx", [
        ["Full name", "City", "Article", "Date of arrest", "Affiliation / comments"],
        [PEOPLE[0], "Taraz", "405(2)", "2022-02-02", "hunger strike in March"],
        [PEOPLE[1], "Taraz", "405(2)", "2022-02-03", "DVK supporter"],
        [PEOPLE[2], "Taraz", "405(2)", "2022-02-04", "member of Ult Tagdyry movement"],
    ])
    result = clean_paths([tmp_path])
    assert result.cases["dvk_koshe"].tolist() == [False, True, False]
    assert _problems(result, "unknown_affiliation")["source_row"].tolist() == [4]
    # in a column of affiliations only, a cell naming nothing the vocabulary knows stays a problem
    (tmp_path / "list.xlsx").unlink()
    _xlsx(tmp_path / "list.xlsx", [
        ["Full name", "City", "Article", "Date of arrest", "Affiliation"],
        [PEOPLE[0], "Taraz", "405(2)", "2022-02-02", "hunger strike in March"],
        [PEOPLE[1], "Taraz", "405(2)", "2022-02-03", "DVK supporter"],
    ])
    assert _problems(clean_paths([tmp_path]), "unknown_affiliation")["source_row"].tolist() == [2]
