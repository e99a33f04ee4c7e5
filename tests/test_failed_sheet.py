"""A bug of the cleaner on one sheet is said as a bug (`parser_error`), never as a gap in the list or the
vocabulary, and the other sheets and lists are still read (kzanalysis/failed.py)."""
from __future__ import annotations

import pandas as pd
from openpyxl import Workbook

from kzanalysis import sheet as sheet_mod
from kzanalysis.clean import clean_paths

HEADER = ["ФИО", "Год рождения", "Город", "Статья", "Статус", "Дата задержания"]
ROWS = [["Бекова Алия", 1984, "Уральск", "ст. 405 ч. 2", "лишение свободы 5 лет", "12.03.2021"],
        ["Ким Олег", 1979, "Тараз", "ст. 174 ч. 1", "ограничение свободы 2 года", "03.11.2022"]]


def _lists(tmp_path):
    wb = Workbook()
    for k, title in enumerate(["Алматы", "Сломанный"]):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = title
        for row in [HEADER, *ROWS]:
            ws.append(row)
    wb.save(tmp_path / "two_sheets.xlsx")
    pd.DataFrame(ROWS, columns=HEADER).to_csv(tmp_path / "other.csv", index=False)


def _breaking(real, monkeypatch):
    monkeypatch.setenv("KZANALYSIS_WORKERS", "0")  # the planted bug lives in this process: clean every list here
    def clean_sheet(sheet, *args, **kwargs):
        if sheet.sheet == "Сломанный":
            raise KeyError("a bug planted by the test")
        return real(sheet, *args, **kwargs)
    return clean_sheet


def test_a_bug_on_one_sheet_is_a_parser_error_and_the_rest_is_read(tmp_path, monkeypatch):
    monkeypatch.delenv("KZANALYSIS_RAISE")
    monkeypatch.setattr(sheet_mod, "clean_sheet", _breaking(sheet_mod.clean_sheet, monkeypatch))
    _lists(tmp_path)
    result = clean_paths([tmp_path])
    assert len(result.cases) == 4  # the good sheet and the other list
    problem = result.problems[result.problems["problem"] == "parser_error"]
    assert len(problem) == 1 and problem["source_sheet"].iloc[0] == "Сломанный" and not problem["row_kept"].iloc[0]
    message = problem["message"].iloc[0]
    assert "KeyError" in message and "bug in kzanalysis" in message and "3 non-blank rows" in message
    assert "vocab" not in message.split("not a gap")[0]  # never "add it to the vocabulary"
    assert result.unreadable == [message]
    sheets = {s["sheet"]: s for f in result.manifest["files"] for s in f["sheets"]}
    assert sheets["Сломанный"]["rows_read"] == 0 and sheets["Алматы"]["cases"] == 2
    assert "error" not in result.manifest["files"][0] or "no sheet has a header" not in result.manifest["files"][0]["error"]


def test_the_test_suite_sees_the_traceback(tmp_path, monkeypatch):
    monkeypatch.setattr(sheet_mod, "clean_sheet", _breaking(sheet_mod.clean_sheet, monkeypatch))
    _lists(tmp_path)
    try:
        clean_paths([tmp_path])
    except KeyError as exc:
        assert "planted" in str(exc)
    else:
        raise AssertionError("KZANALYSIS_RAISE set: the bug should raise")


def test_a_bare_term_beside_a_blank_institution_cell_is_read(tmp_path):
    """A term with no status word, on the one row whose institution cell is blank: no colony to read, and no
    crash (the colony test put False into an empty text column; found by mutating the red-team lists)."""
    (tmp_path / "list.csv").write_text(
        "ФИО,Город,Статья,Срок,Учреждение\n"
        "Бекова Алия,Уральск,ст. 405 ч. 2,5 лет,\n"
        "Ким Олег,Тараз,ст. 174 ч. 1,,ИК-155/12\n"
        "Аманов Ерик,Тараз,ст. 174 ч. 1,,ИК-155/14\n", encoding="utf-8")
    cases = clean_paths([tmp_path]).cases
    assert cases["sentence_months"].tolist()[0] == 60 and len(cases) == 3
