"""General rules learned from red-team set 16, each tested in wordings of its own (not those of the
set): a list written as blocks of label/value lines, a table of counts with no header the aliases
know, codes explained by a legend sheet, a release heading in Kazakh Latin letters, `obl.` after a
place name, `alleged` before a tie, an abbreviated date header. Small lists written inline."""
from __future__ import annotations

from accuracy import assert_every_column_said
from factories import problems_of as _problems
from factories import write_xlsx as _xlsx
from openpyxl import Workbook

from kzanalysis.clean import clean_paths
from kzanalysis.headers import lookup
from kzanalysis.parse.places import parse_place

PEOPLE = ["Nurpeisov Dauren", "Abenova Zarina", "Petrenko Oleg", "Saidov Ilyas"]


def _dropped_rows(result, kind: str) -> list[int]:
    return sorted(int(r) for r in _problems(result, kind)["source_row"].dropna())


def test_label_value_blocks_are_read_one_case_a_block(tmp_path):
    # English labels; the second block has no year of birth and a charge wrapped onto the next line;
    # the third follows the second with no blank row between
    _xlsx(tmp_path / "blocks.xlsx", [
        ["Prisoners of conscience: profiles"],
        [],
        ["Name:", PEOPLE[0]],
        ["Year of birth:", 1984],
        ["City:", "Aktobe"],
        ["Charges:", "Art. 405(2)"],
        ["Date of arrest:", "14.02.2022"],
        [],
        ["Name:", PEOPLE[1]],
        ["City:", "Pavlodar"],
        ["Charges:", "Art. 174(1),"],
        [None, "Art. 274(2)"],
        ["Date of arrest:", "03.05.2021"],
        ["Name:", PEOPLE[2]],
        ["Year of birth:", 1990],
        ["City:", "Taraz"],
        ["Charges:", "Art. 380(1)"],
        ["Date of arrest:", "20.11.2020"],
        [],
        ["* compiled from court records"],
    ])
    result = clean_paths([tmp_path])
    cases = result.cases.set_index("source_row")
    assert sorted(cases.index) == [3, 9, 14]
    assert cases.loc[9, "name"] == PEOPLE[1] and cases.loc[14, "name"] == PEOPLE[2]
    assert cases["birth_year"].isna().tolist() == [False, True, False]
    assert cases.loc[3, "birth_year"] == 1984 and cases.loc[14, "birth_year"] == 1990  # a missing label shifts nothing
    assert cases.loc[9, "articles"] == "174(1); 274(2)" and cases.loc[14, "city"] == "Taraz"
    assert str(cases.loc[9, "started_on"])[:10] == "2021-05-03"
    # every other line of a block is accounted for, naming the block's first row
    lines = _problems(result, "record_line")
    assert _dropped_rows(result, "record_line") == [4, 5, 6, 7, 10, 11, 12, 13, 15, 16, 17, 18]
    assert lines.set_index("source_row").loc[12, "message"].count("row 9") == 1
    sheet = result.manifest["files"][0]["sheets"][0]
    assert (sheet["rows_read"], sheet["cases"], sheet["rows_dropped"]) == (16, 3, 13)  # the footnote too
    assert sheet["record_blocks"]["labels"][0] == "Name"
    assert_every_column_said(result)


def test_a_form_of_one_block_or_labels_without_a_person_is_not_a_list_of_blocks(tmp_path):
    _xlsx(tmp_path / "form.xlsx", [["Name:", PEOPLE[0]], ["City:", "Aktobe"], ["Charges:", "Art. 405(2)"]])
    _xlsx(tmp_path / "notes.xlsx", [["City:", "Aktobe"], ["Charges:", "Art. 405(2)"], [],
                                    ["City:", "Taraz"], ["Charges:", "Art. 174(1)"]])
    result = clean_paths([tmp_path])
    assert result.cases.empty
    assert len(_problems(result, "no_header")) == 2 and _problems(result, "record_line").empty


def test_a_table_of_counts_found_by_its_shape_is_dropped_row_by_row_and_said_once(tmp_path):
    _xlsx(tmp_path / "stats.xlsx", [
        ["Prosecutions by year"],
        ["Year", "Prison", "Probation", "Fines", "All"],
        ["2021", 4, 2, 1, 7],
        ["2022", 9, 3, 0, 12],
        ["2023", 5, 1, 2, 8],
        ["Total", 18, 6, 3, 27],
    ])
    result = clean_paths([tmp_path])
    sheet = result.manifest["files"][0]["sheets"][0]
    assert (sheet["rows_read"], sheet["cases"], sheet["rows_dropped"]) == (4, 0, 4)
    assert "table of counts" in sheet["note"]
    said = _problems(result, "counts_table")
    assert len(said) == 1 and said["source_row"].isna().all() and "4 rows" in said["message"].iloc[0]
    assert _dropped_rows(result, "not_a_case") == [3, 4, 5, 6]


def test_a_sheet_of_numbers_under_a_name_header_is_not_a_table_of_counts(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["Region", "Name", "Article"],
        ["Aktobe", PEOPLE[0], "405"],
        ["Taraz", PEOPLE[1], "174"],
        ["Oral", PEOPLE[2], "274"],
    ])
    result = clean_paths([tmp_path])
    assert len(result.cases) == 3 and _problems(result, "counts_table").empty


def _workbook(path, sheets: dict[str, list[list[object]]]) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for r, values in enumerate(rows, 1):
            for c, v in enumerate(values, 1):
                if v is not None:
                    ws.cell(r, c, v)
    wb.save(path)


def test_codes_explained_by_a_legend_sheet_are_read_as_their_meaning(tmp_path):
    _workbook(tmp_path / "registry.xlsx", {
        "Cases": [
            ["Name", "City", "Article", "Outcome", "Term", "Arrested"],
            [PEOPLE[0], "Aktobe", "405", "PR", "3 years", "01.02.2021"],
            [PEOPLE[1], "Taraz", "174", "SUS", "2 years", "05.03.2021"],
            [PEOPLE[2], "Oral", "274", "HA", None, "09.04.2022"],
            [PEOPLE[3], "Semey", "405", "FN", None, "11.06.2022"],
        ],
        "Key": [
            ["Abbreviations used"],
            [],
            ["PR", "imprisonment"],
            ["SUS", "suspended sentence"],
            ["HA", "house arrest"],
            ["FN", "fine"],
        ],
    })
    result = clean_paths([tmp_path])
    assert result.cases["status"].tolist() == ["imprisoned", "probation", "house_arrest", "fined"]
    assert result.cases["sentence_months"].tolist()[:2] == [36, 24]
    sheets = {s["sheet"]: s for s in result.manifest["files"][0]["sheets"]}
    assert sheets["Key"]["legend"] == {"PR": "imprisonment", "SUS": "suspended sentence", "HA": "house arrest", "FN": "fine"}
    assert sheets["Key"]["rows_read"] == 0 and "legend" in sheets["Key"]["note"]
    assert sheets["Cases"]["legend_columns"] == {"Outcome": 4}
    assert _problems(result, "unknown_status").empty and _problems(result, "no_header").empty


def test_a_code_of_the_legend_in_a_column_mostly_of_other_values_is_left_as_written(tmp_path):
    # `HA` is a code of the legend, but the status column is written in words: it is not spelled out
    _workbook(tmp_path / "registry.xlsx", {
        "Cases": [
            ["Name", "City", "Article", "Status"],
            [PEOPLE[0], "Aktobe", "405", "in prison"],
            [PEOPLE[1], "Taraz", "174", "suspended sentence"],
            [PEOPLE[2], "Oral", "274", "HA"],
        ],
        "Key": [["PR", "imprisonment"], ["HA", "house arrest"], ["FN", "fine"]],
    })
    result = clean_paths([tmp_path])
    assert "legend_columns" not in result.manifest["files"][0]["sheets"][0]
    assert result.cases["status"].tolist()[2] == "unknown"


def test_a_release_heading_in_kazakh_latin_releases_its_rows(tmp_path):
    _xlsx(tmp_path / "tizim.xlsx", [
        ["Aty-jönı", "Qalasy", "QK baby", "Jazasy", "Ūstalğan küni"],
        ["Sottalğandar"],
        ["Qasymov Erlan", "Aqtöbe q.", "405-bap 2-bölık", "5 jyl bas bostandyğynan aiyru", "12.03.2021"],
        ["Bostandyqqa şyqqandar"],
        ["Tölegenov Aset", "Taraz q.", "174-bap 1-bölık", "3 jyl bas bostandyğynan aiyru", "04.05.2019"],
        ["Ospanova Dana", "Oral q.", "405-bap 1-bölık", "2 jyl bas bostandyğynan aiyru", "15.09.2019"],
    ])
    result = clean_paths([tmp_path])
    assert result.cases["status"].tolist() == ["imprisoned", "released", "released"]
    assert result.cases["sentence_months"].tolist() == [60, 36, 24]


def test_obl_after_a_place_name_names_the_region():
    for text, region in (("Aqmola obl.", "Akmola"), ("Almaty obl", "Almaty Region"), ("Şymkent q.", "Shymkent")):
        place = parse_place(text).value
        assert place.region == region
    assert parse_place("Almaty obl.").value.city is None
    assert parse_place("Talğar q., Almaty obl.").value.region == "Almaty Region"


def test_an_abbreviated_opening_of_the_case_names_charged_on():
    assert lookup("Дата возб. уг. дела") == "charged_on"
    assert lookup("Возб. дела (дата)") == "charged_on"


def test_a_legend_typed_under_the_table_explains_its_codes(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["Name", "City", "Article", "Measure", "Arrested"],
        [PEOPLE[0], "Aktobe", "405", "D", "01.02.2021"],
        [PEOPLE[1], "Taraz", "174", "HA", "05.03.2021"],
        [PEOPLE[2], "Oral", "274", "D", "09.04.2022"],
        [PEOPLE[3], "Semey", "405", "INV", "11.06.2022"],
        [],
        ["Key:"],
        ["D", "pre-trial detention"],
        ["HA", "house arrest"],
        ["INV", "under investigation"],
    ])
    result = clean_paths([tmp_path])
    assert result.cases["status"].tolist() == ["pretrial_detention", "house_arrest", "pretrial_detention", "under_investigation"]
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["legend"] == {"D": "pre-trial detention", "HA": "house arrest", "INV": "under investigation"}
    assert (sheet["rows_read"], sheet["cases"], sheet["rows_dropped"]) == (8, 4, 4)
    legend_rows = _problems(result, "not_a_case").set_index("source_row").loc[[8, 9, 10], "message"]
    assert legend_rows.str.contains("legend").all()
