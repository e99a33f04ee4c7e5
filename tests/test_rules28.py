"""General rules learned from red-team set 28 (sheet structure), each tested in wordings of its own (not
those of the set): the rows Excel's Data > Subtotal inserts, a second table with its own header row on
the same sheet, and a header spread over three rows. Small lists written inline."""
from __future__ import annotations

import csv

from factories import problems_of as _problems
from factories import write_xlsx as _xlsx

from kzanalysis.clean import clean_paths

PEOPLE = ["Abenova Saule", "Tursunov Bekzat", "Grigoryeva Nina", "Kaliyev Murat", "Omarova Aida", "Sultanov Dias"]


def _csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


def _by_row(result):
    return result.cases.set_index("source_row")


def _dropped(result):
    found = _problems(result, "not_a_case")
    return dict(zip(found["source_row"].astype(int), found["message"]))


# --- Excel's Data > Subtotal ----------------------------------------------------------------------------------------

def test_excel_subtotal_rows_are_totals_rows(tmp_path):
    # sorted by the town (Russian Excel: `Количество` per town, `Общее количество` at the end); the count sits in the
    # name column, the label in the town column
    rows = [["ФИО", "Статья", "Город", "Дата ареста"],
            [PEOPLE[0], "ст. 405 ч. 2", "Атырау", "02.02.2021"],
            [PEOPLE[1], "ст. 174 ч. 1", "Атырау", "11.05.2022"],
            [2, None, "Атырау Количество", None],
            [PEOPLE[2], "ст. 274 ч. 2", "Тараз", "19.09.2020"],
            [1, None, "Тараз Количество", None],
            [3, None, "Общее количество", None]]
    _xlsx(tmp_path / "by_town.xlsx", rows)
    result = clean_paths([tmp_path])
    assert sorted(_by_row(result).index) == [2, 3, 5]
    dropped = _dropped(result)
    assert sorted(dropped) == [4, 6, 7] and all("a totals row" in m for m in dropped.values())
    assert result.manifest["totals"]["rows_read"] == 6


def test_a_town_followed_by_a_word_is_no_subtotal_unless_it_closes_its_group(tmp_path):
    # `Total` after a town that is not the group above it, and a row with more text than the label: cases
    rows = [["Name", "Town", "Outcome", "Arrested"],
            [PEOPLE[3], "Aktau", "fine", "2021-03-04"],
            [PEOPLE[4], "Semey Total", "probation", "2022-06-07"],
            [PEOPLE[5], "Semey", "imprisonment", "2020-01-09"],
            ["Ivanov Petr", "Semey Count", "imprisonment", "2020-01-09"]]
    _csv(tmp_path / "towns.csv", rows)
    result = clean_paths([tmp_path])
    assert sorted(_by_row(result).index) == [2, 3, 4, 5]
