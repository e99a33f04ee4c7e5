"""Layouts of a sheet read by general rules: headings with a count, a header whose second row holds
only the sub-headers of a merged group, question headers of a form, one column per year, a cell whose
header names two fields. Small lists written inline, in wordings of their own (not those of the
red-team lists)."""
from __future__ import annotations

import pandas as pd
from openpyxl import Workbook

from kzanalysis.clean import clean_paths


def _xlsx(path, rows: list[list[object]], merged: tuple[str, ...] = ()) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист"
    for r, values in enumerate(rows, 1):
        for c, v in enumerate(values, 1):
            if v is not None and v != "":
                ws.cell(r, c, v)
    for m in merged:
        ws.merge_cells(m)
    wb.save(path)


def _dates(cases: pd.DataFrame, column: str = "started_on") -> list[str]:
    return cases[column].dt.strftime("%Y-%m-%d").fillna("").tolist()


def test_a_place_heading_with_a_head_count_or_a_number_still_gives_its_place(tmp_path):
    _xlsx(tmp_path / "by_place.xlsx", [
        ["№", "ФИО", "Город", "Статья"],
        ["1) Шымкент (3 человека)"],
        [1, "Иванов Иван", None, "ст. 405"],
        [2, "Петров Пётр", "Арысь", "ст. 174"],
        ["Павлодарская обл.: 2"],
        [3, "Сидоров Сидор", None, "ст. 405"],
        [4, "Ахметов Ержан", "Экибастуз", "ст. 174"],
        ["East Kazakhstan region - 1 person"],
        [5, "Ким Олег", None, "ст. 405"],
    ])
    cases = clean_paths([tmp_path]).cases
    assert cases["city"].fillna("").tolist() == ["Shymkent", "Arys", "", "Ekibastuz", ""]
    assert cases["region"].fillna("").tolist() == ["Shymkent", "Turkistan", "Pavlodar", "Pavlodar", "East Kazakhstan"]


def test_a_count_after_a_status_heading_leaves_its_status(tmp_path):
    _xlsx(tmp_path / "by_status.xlsx", [
        ["№", "ФИО", "Статья"],
        ["Находятся под домашним арестом — 2 чел."],
        [1, "Иванов Иван", "ст. 405"],
        [2, "Петров Пётр", "ст. 174"],
    ])
    assert clean_paths([tmp_path]).cases["status"].tolist() == ["house_arrest", "house_arrest"]
