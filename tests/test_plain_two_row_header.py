"""A header split over two plain rows, nothing merged (a PDF list turned into Excel): the second row
completes the headers above it, and a page's repeat of both rows is a repeated header."""
from __future__ import annotations

from openpyxl import Workbook

from kzanalysis.clean import clean_paths

TOP = ["№", "Фамилия, имя", "Дата", "Статья", "Место", "Мера"]
SECOND = ["п/п", None, "ареста", "УК", None, None]
PEOPLE = [["1", "Жунусова Мадина", "14.02.2022", "ст. 405 ч. 2", "Шымкент", "под стражей"],
          ["2", "Петров Игорь", "03.06.2021", "ст. 174", "Тараз", "домашний арест"],
          ["3", "Алиев Руслан", "21.11.2022", "ст. 274", "Актобе", "под стражей"]]


def _write(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист"
    for row in rows:
        ws.append(row)
    wb.save(path)


def test_a_plain_second_header_row_completes_the_headers_and_its_repeat_is_dropped(tmp_path):
    _write(tmp_path / "pdf.xlsx", [["Список"], TOP, SECOND, *PEOPLE[:2], TOP, SECOND, PEOPLE[2]])
    result = clean_paths([tmp_path])
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["columns"]["Дата / ареста"] == "detained_on"
    assert "no_date_column" not in set(result.problems["problem"])
    assert result.cases["started_on"].astype(str).tolist() == ["2022-02-14", "2021-06-03", "2022-11-21"]
    assert result.cases["source_row"].astype(int).tolist() == [4, 5, 8]
    dropped = result.problems.loc[~result.problems["row_kept"].astype(bool)]
    assert sorted(dropped["source_row"].dropna().astype(int)) == [6, 7]
    assert (sheet["rows_read"], sheet["cases"]) == (5, 3)


def test_a_first_case_row_of_words_only_is_never_taken_for_a_second_header_row(tmp_path):
    # no digit in the first case row, but its cells read with the headers name no field
    rows = [["ФИО", "Город", "Статус", "Примечание"],
            ["Сейткали Аскар", "Алматы", "под стражей", "блогер"],
            ["Орлова Нина", "Караганда", "освобождена", "журналист"]]
    _write(tmp_path / "words.xlsx", rows)
    result = clean_paths([tmp_path])
    assert result.cases["name"].tolist() == ["Сейткали Аскар", "Орлова Нина"]
    assert result.manifest["files"][0]["sheets"][0]["header_rows"] == [1]
