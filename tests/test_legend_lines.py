"""A list's own legend line (legend.py): `CODE = meaning; ...` above or below the table gives the list's
codes; a code of a measure is read as its meaning where a cell writes it as a word. Small lists written inline."""
from __future__ import annotations

from factories import problems_of as _problems
from factories import write_xlsx as _xlsx

from kzanalysis.clean import clean_paths
from kzanalysis.legend import _line_codes

PEOPLE = ["Baimukhanov Yerlan", "Iskakova Saule", "Lisitsyn Pavel", "Dzhumabaev Timur"]


def test_a_legend_line_is_codes_joined_to_their_meanings():
    assert _line_codes("PF = probation; FN = fine") == {"PF": "probation", "FN": "fine"}
    assert _line_codes("Key: HA = house arrest, PD = pre-trial detention") == {"HA": "house arrest", "PD": "pre-trial detention"}
    assert _line_codes("ЛСВ — лишение свободы; ОГР – ограничение свободы.") == {"ЛСВ": "лишение свободы", "ОГР": "ограничение свободы"}
    assert _line_codes("+ = да") == {"+": "да"}
    # not a legend: a source, a period, a sentence with a dash, a part that is no code
    assert _line_codes("Source: court records, 2022") == {}
    assert _line_codes("Period: 2021 — 2022") == {}
    assert _line_codes("Отметка «+» — да; пустая клетка — нет") == {}
    assert _line_codes("PF = probation; compiled by volunteers") == {}


def test_a_legend_line_below_the_table_spells_out_a_code_of_a_measure_in_a_cell(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["Name", "City", "Article", "Sentence", "Sentenced", "Notes"],
        [PEOPLE[0], "Aktobe", "405(2)", "PF 18 mos", "01.02.2022", "dual national, PF passport"],
        [PEOPLE[1], "Taraz", "174(1)", "fine 500 MCI", "05.03.2022", None],
        [PEOPLE[2], "Oral", "274(2)", "3 yrs prison", "09.04.2022", None],
        [],
        ["PF = probation; MCI = monthly calculation index."],
    ])
    result = clean_paths([tmp_path])
    cases = result.cases
    assert cases["status"].tolist() == ["probation", "fined", "imprisoned"]
    # a code whose meaning names no measure is not spelled out: the fine keeps no term
    assert cases["sentence_months"].iloc[0] == 18 and cases["sentence_months"].isna().tolist()[1]
    assert cases["name"].tolist() == PEOPLE[:3]
    assert cases["notes"].iloc[0] == "dual national, PF passport"  # a note is left as written
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["legend"] == {"PF": "probation", "MCI": "monthly calculation index"}
    assert sheet["legend_columns"] == {"Sentence": 1}
    legend_row = _problems(result, "not_a_case").set_index("source_row").loc[6, "message"]
    assert "legend" in legend_row


def test_a_legend_line_above_the_header_explains_the_codes_of_the_rows(tmp_path):
    _xlsx(tmp_path / "список.xlsx", [
        ["Список преследуемых, 2022"],
        ["Условные обозначения: ЛСВ — лишение свободы; ОГР — ограничение свободы"],
        ["ФИО", "Город", "Статья", "Наказание", "Дата приговора"],
        [PEOPLE[0], "Актобе", "ст. 405 ч.2", "ЛСВ 5 лет", "01.02.2022"],
        [PEOPLE[1], "Тараз", "ст. 174 ч.1", "ОГР 2 года", "05.03.2022"],
        [PEOPLE[2], "Уральск", "ст. 274 ч.2", "ОГР", "09.04.2022"],
    ])
    result = clean_paths([tmp_path])
    cases = result.cases
    assert cases["status"].tolist() == ["imprisoned", "restricted_freedom", "restricted_freedom"]
    assert cases["sentence_months"].tolist()[:2] == [60, 24]
    assert _problems(result, "unknown_status").empty
