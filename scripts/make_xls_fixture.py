"""Write tests/fixtures/formats.xls: a small Excel 97-2003 list (invented names) for tests/test_formats.py.

Run from the repository: `pip install "xlwt>=1.3"` (only this script needs it), then
`python scripts/make_xls_fixture.py`. The file is committed; the tests only read it. It holds a
title row, a header, three cases in Russian and Kazakh, a formula saved without its result and
an error cell, so the reader's .xls path and its formula check are both exercised.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import xlwt

OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "formats.xls"


def main() -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Тізім")
    dates = xlwt.easyxf(num_format_str="DD.MM.YYYY")
    sheet.write(0, 0, "Список лиц, подвергшихся преследованию (вымышленные имена)")
    for c, head in enumerate(["№", "ФИО", "Город", "Статья", "Дата задержания", "Приговор"]):
        sheet.write(2, c, head)
    rows = [
        (1, "Қасымов Ерлан", "г. Алматы", "ч.2 ст.405 УК РК", dt.date(2021, 7, 12), "лишение свободы 2 года"),
        (2, "Петрова Анна", "Шымкент", "ст. 174 ч. 1", dt.date(2022, 1, 5), "ограничение свободы 3 года"),
        (3, "Нұрланов Айдос", "Oral", "Art. 405(1)", None, None),
    ]
    for r, (n, name, city, article, date, sentence) in enumerate(rows, start=3):
        sheet.write(r, 0, n)
        sheet.write(r, 1, name)
        sheet.write(r, 2, city)
        sheet.write(r, 3, article)
        if date is not None:
            sheet.write(r, 4, date, dates)
        if sentence is not None:
            sheet.write(r, 5, sentence)
    sheet.write(5, 4, xlwt.Formula("E4+30"))  # saved without a result: reads as blank
    sheet.row(5).set_cell_error(5, "#DIV/0!")  # an error value where the sentence would be
    OUT.parent.mkdir(parents=True, exist_ok=True)
    book.save(str(OUT))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
