"""A fourth, independent set of hand-written red-team lists, with the truth for every row.

Written without reading scripts/make_samples.py or the earlier red-team lists.
Five files, stressing what real lists do that earlier rounds did not cover
(docs/domain.md d, README "How values are read"):
- an Open Dialogue Foundation style list grouped by outcome under section rows
  (`I. Imprisoned`, `II. Suspended or non-custodial sentences`, `III. Punitive
  psychiatry`, `IV. Investigation ongoing, in detention or not`, `V.
  Prosecution abroad (INTERPOL)`), with a cover sheet (logo text block, no
  list) in front of the list sheet;
- a Russian list whose name column is `Ф.И.О. / год рождения` holding
  `Иванов Иван, 1985 г.р.`, its header and data cells merged over two columns
  (the value in the left cell only), and dates such as `12.07.2021-15.07.2021`,
  `2021.07.12`, `12/7/2021`, `с 12 июля 2021 по н.в.`;
- a CSV grouped by outcome (`Лишены свободы`, `Осуждены условно`, `Под
  следствием`, `Принудительное лечение`), by city and region inside them, with
  year headings (`2021 год`) that must not become dates;
- a Kazakh list grouped by outcome in Kazakh (`Бас бостандығынан айырылғандар`,
  `Тергеудегілер`) and by year (`2022 жыл`);
- an English watch list with its headings typed in the name column in Title
  Case (`Under Investigation`, `Punitive Psychiatry`, `East Kazakhstan
  Region`) and a lone `released 01.02.2022` in the status column under a
  case (a note on that row, not a heading);
- a Russian list with the article number and its part in two columns under
  one header merged over both (`Статья УК РК` over `ст. 405 | ч. 2`),
  statuses in mixed case and with typos (`лишенние свободы`, `огр.свободы`,
  `ПОД СЛЕДСТВИЕМ`), and articles as `405ч2`, `ст405 ч.2`, `405 (2)`,
  `ч. 2 ст. 405 УК РК (в ред. 2020 г.)`.
All names are invented.

`write_lists(folder)` writes the files and returns the truth: one row per
non-blank row below a header (source_file, source_sheet, source_row, kind =
case / not_a_case, the fields tests/accuracy.py compares, and `name` where
the name is worth checking).

Decisions taken in the truth:
- a section heading that names one outcome gives it to the rows below that
  give none themselves; a row's own status wins; a heading that groups
  several outcomes (`Suspended or non-custodial sentences`, `Investigation
  ongoing, in detention or not`) gives none, so such rows without a status
  cell of their own are unknown;
- `Prosecution abroad (INTERPOL)` is under_investigation (statuses.csv reads
  INTERPOL so, docs/domain.md d: ODF list);
- a city heading gives its city to rows with a blank place cell; a place
  written in the row wins; a year heading gives no date;
- `Иванов Иван, 1985 г.р.` under `Ф.И.О. / год рождения`: birth year 1985 and
  the name `Иванов Иван`; a bare `, 1993` after the name under that header
  is the birth year too (the header says the cell holds it);
- `ст. 405 | ч. 2` under one header merged over two columns is 405(2);
- numeric dates are day first (`12/7/2021` is 12 July 2021); a range gives
  its start; `с 12 июля 2021 по н.в.` is 12 July 2021;
- `сторонник ДВК (по версии следствия)` is a tie as the list states it.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
from openpyxl import Workbook

FIELDS = ["city", "region", "articles", "status", "sentence_months", "started_on", "started_precision", "birth_year", "dvk_koshe"]
NOT_A_CASE = "not_a_case"


def T(city=None, region=None, articles=None, status="unknown", months=None, started=None, precision="day", born=None, dvk=False, name=None) -> dict:
    """The truth of one case row; `started` is ISO `YYYY-MM-DD` (first day of a partial date)."""
    if city is not None and region is None:
        region = CITY_REGION[city]
    return dict(city=city, region=region, articles=articles, status=status, sentence_months=months, started_on=started,
                started_precision=precision if started else None, birth_year=born, dvk_koshe=dvk, name=name)


CITY_REGION = {
    "Almaty": "Almaty", "Astana": "Astana", "Shymkent": "Shymkent", "Aktobe": "Aktobe", "Oral": "West Kazakhstan",
    "Kyzylorda": "Kyzylorda", "Taraz": "Zhambyl", "Karaganda": "Karaganda", "Semey": "Abai", "Pavlodar": "Pavlodar",
    "Oskemen": "East Kazakhstan", "Petropavl": "North Kazakhstan", "Atyrau": "Atyrau", "Aktau": "Mangystau",
    "Taldykorgan": "Jetisu", "Kostanay": "Kostanay", "Kokshetau": "Akmola", "Turkistan": "Turkistan", "Konaev": "Almaty Region",
    "Zhanaozen": "Mangystau", "Ekibastuz": "Pavlodar", "Temirtau": "Karaganda", "Kaskelen": "Almaty Region",
    "Ridder": "East Kazakhstan",
}


def _truth_rows(file: str, sheet: str, rows: list[tuple[list, object]], first_row: int) -> list[dict]:
    """rows: (cells, truth) with truth a T(...) dict, NOT_A_CASE, or None for a blank row."""
    out = []
    for i, (_, truth) in enumerate(rows):
        if truth is None:
            continue
        base = dict(source_file=file, source_sheet=sheet, source_row=first_row + i)
        if truth == NOT_A_CASE:
            out.append({**base, "kind": NOT_A_CASE})
        else:
            out.append({**base, "kind": "case", **truth})
    return out


# ---------------------------------------------------------------- 1. ODF style, cover sheet, outcome sections

ODF_FILE = "odf_political_prisoners_2022.xlsx"
ODF_HEADER = ["No.", "Full name", "Year of birth", "City / region", "Charges", "Date of detention", "Sentence / measure", "Affiliation"]
ODF_ROWS = [
    (["I. Imprisoned"], NOT_A_CASE),
    ([1, "Zhaksybekov Arman", 1984, "Almaty", "Art. 405 Part 2", "12/7/2021", "5 years", "DCK supporter"],
     T("Almaty", articles="405(2)", status="imprisoned", months=60, started="2021-07-12", born=1984, dvk=True)),
    ([2, "Serikova Aigul", 1979, "Nur-Sultan", "Art. 405(2), Art. 174(1)", "2021.03.05", "7 years", "DCK"],
     T("Astana", articles="174(1); 405(2)", status="imprisoned", months=84, started="2021-03-05", born=1979, dvk=True)),
    ([3, "Omarov Dauren", 1990, "Shymkent", "405 (2)", "17.02.2021", "4 years 6 months", "Koshe Party"],
     T("Shymkent", articles="405(2)", status="imprisoned", months=54, started="2021-02-17", born=1990, dvk=True)),
    ([4, "Nurlanov Yerzhan", 1988, "Aktobe", "Art 405 part 1", "12.07.2021-15.07.2021", "3 years", "social network user"],
     T("Aktobe", articles="405(1)", status="imprisoned", months=36, started="2021-07-12", born=1988)),
    ([5, "Tokhtarov Beibit", 1975, "Uralsk", "Art. 174", "March 2020", "6 years", "journalist"],
     T("Oral", articles="174", status="imprisoned", months=72, started="2020-03-01", precision="month", born=1975)),
    ([6, "Abenova Saule", 1992, "Kyzylorda", "Art. 405(2)", "2021", "2 years 6 months", "DCK (according to the investigation)"],
     T("Kyzylorda", articles="405(2)", status="imprisoned", months=30, started="2021-01-01", precision="year", born=1992, dvk=True)),
    (["II. Suspended or non-custodial sentences"], NOT_A_CASE),
    ([7, "Kuanyshev Marat", 1986, "Almaty", "Art. 405(1)", "05/03/2021", "2 years restricted freedom", "Koshe Party"],
     T("Almaty", articles="405(1)", status="restricted_freedom", months=24, started="2021-03-05", born=1986, dvk=True)),
    ([8, "Bekova Dina", 1995, "Taraz", "Art. 405(2)", "14.01.2021", "1 year suspended", "DCK"],
     T("Taraz", articles="405(2)", status="probation", months=12, started="2021-01-14", born=1995, dvk=True)),
    ([9, "Yesenov Askar", 1981, "Karaganda", "Art. 405(2)", "2020", None, "DCK"],
     T("Karaganda", articles="405(2)", started="2020-01-01", precision="year", born=1981, dvk=True)),
    ([10, "Tlegenov Ruslan", 1983, "Semey", "Art. 274(2)", "10.10.2020", "fine of 200 MCI", "journalist"],
     T("Semey", articles="274(2)", status="fined", started="2020-10-10", born=1983)),
    ([11, "Sadykova Zhanna", 1970, "Pavlodar", "Art. 405 Part 2", "22/11/2020", "1 year 6 months of restricted freedom", "DCK"],
     T("Pavlodar", articles="405(2)", status="restricted_freedom", months=18, started="2020-11-22", born=1970, dvk=True)),
    (["III. Punitive psychiatry"], NOT_A_CASE),
    ([12, "Kaliev Nurbol", 1977, "Ust-Kamenogorsk", "Art. 274(4)", "11.04.2019", None, None],
     T("Oskemen", articles="274(4)", status="compulsory_treatment", started="2019-04-11", born=1977)),
    ([13, "Mukhametov Ilyas", 1969, "Petropavlovsk", "Art. 405(2)", "June 2021", None, "DCK"],
     T("Petropavl", articles="405(2)", status="compulsory_treatment", started="2021-06-01", precision="month", born=1969, dvk=True)),
    (["IV. Investigation ongoing, in detention or not"], NOT_A_CASE),
    ([14, "Zhumabaev Timur", 1991, "Atyrau", "Art. 405(2)", "15/01/2022", "pre-trial detention", "DCK"],
     T("Atyrau", articles="405(2)", status="pretrial_detention", started="2022-01-15", born=1991, dvk=True)),
    ([15, "Amanova Gulnara", 1987, "Aktau", "Art. 174", "06.01.2022", "travel ban", None],
     T("Aktau", articles="174", status="under_investigation", started="2022-01-06", born=1987)),
    ([16, "Serikbay Dias", 1996, "Almaty", "Art. 272(3)", "2022-01-05", "house arrest", None],
     T("Almaty", articles="272(3)", status="house_arrest", started="2022-01-05", born=1996)),
    ([17, "Kenzhebaev Nursultan", 1980, "Taldykorgan", "Art. 405(2)", "since 12/7/2021", None, "DCK"],
     T("Taldykorgan", articles="405(2)", started="2021-07-12", born=1980, dvk=True)),
    (["V. Prosecution abroad (INTERPOL)"], NOT_A_CASE),
    ([18, "Abdrakhmanov Yerlan", 1978, None, "Art. 405(2)", "2019", "wanted", "DCK"],
     T(articles="405(2)", status="under_investigation", started="2019-01-01", precision="year", born=1978, dvk=True)),
    ([19, "Tasmagambetov Ali", 1982, None, "Art. 405(1)", "2020", None, "DCK"],
     T(articles="405(1)", status="under_investigation", started="2020-01-01", precision="year", born=1982, dvk=True)),
    ([None], None),
    (["* DCK: Democratic Choice of Kazakhstan, declared extremist by a court in 2018"], NOT_A_CASE),
]


def _write_odf(folder: Path) -> list[dict]:
    book = Workbook()
    cover = book.active
    cover.title = "Cover"
    cover["A1"] = "OPEN DIALOGUE FOUNDATION"
    cover.merge_cells("A1:F3")
    cover["A5"] = "[logo]"
    cover["A7"] = "List of Kazakhstani political prisoners and persons subjected to politically motivated prosecution"
    cover["A8"] = "Updated: 15 March 2022"
    cover["A10"] = "Contact: kazakhstan@example.org"
    cover["A11"] = "The list is on the next sheet."
    sheet = book.create_sheet("List")
    sheet.append(["Political prisoners of Kazakhstan: ODF monitoring"])
    sheet.append([])
    sheet.append(ODF_HEADER)
    for cells, _ in ODF_ROWS:
        sheet.append(cells)
    book.save(folder / ODF_FILE)
    return _truth_rows(ODF_FILE, "List", ODF_ROWS, 4)


# ---------------------------------------------------------------- 2. Ф.И.О. / год рождения, merged cells

FIO_FILE = "spisok_fio_gr.xlsx"
# Columns: №, Ф.И.О. / год рождения (merged over B:C), Город, Статья, Дата задержания, Мера / приговор, Примечание
FIO_ROWS = [
    ([1, "Иванов Иван Петрович, 1985 г.р.", "г. Алматы", "ч.2 ст.405 УК РК", "12.07.2021", "лишенние свободы 5 лет", "сторонник ДВК (по версии следствия)"],
     T("Almaty", articles="405(2)", status="imprisoned", months=60, started="2021-07-12", born=1985, dvk=True, name="Иванов Иван Петрович")),
    ([2, "Ахметов Серик, 1979 г.р.", "Нур-Султан", "405ч2", "2021.07.12", "ЛИШЕНИЕ СВОБОДЫ, 7 лет", "член ДВК"],
     T("Astana", articles="405(2)", status="imprisoned", months=84, started="2021-07-12", born=1979, dvk=True, name="Ахметов Серик")),
    ([3, "Касымова Айгерим (1990 г.р.)", "Шымкент", "ст405 ч.2", "с 12 июля 2021 по н.в.", "огр.свободы 2 года", "Көше партиясы"],
     T("Shymkent", articles="405(2)", status="restricted_freedom", months=24, started="2021-07-12", born=1990, dvk=True, name="Касымова Айгерим")),
    ([4, "Жумабеков Ерлан, 1988 г. р.", "Караганда", "ч. 2 ст. 405 УК РК (в ред. 2020 г.)", "12.07.2021-15.07.2021", "Огр. свободы 1 год 6 мес.", None],
     T("Karaganda", articles="405(2)", status="restricted_freedom", months=18, started="2021-07-12", born=1988, name="Жумабеков Ерлан")),
    ([5, "Сейтказиева Динара, 1993", "Актобе", "405 (2)", "12/7/2021", "Под следствием", "ДВК"],
     T("Aktobe", articles="405(2)", status="under_investigation", started="2021-07-12", born=1993, dvk=True, name="Сейтказиева Динара")),
    ([6, "Нурмагамбетов Асхат, 1975 г.р.", "Уральск", "ст. 174 ч. 1", "03.2020", "лишение свободы 4 г.", "верующий"],
     T("Oral", articles="174(1)", status="imprisoned", months=48, started="2020-03-01", precision="month", born=1975, name="Нурмагамбетов Асхат")),
    ([7, "Бекболатов Нурлан 1982 г.р.", "Талдыкорган", "ст. 405 ч.1", "2020", "штраф 150 МРП", None],
     T("Taldykorgan", articles="405(1)", status="fined", started="2020-01-01", precision="year", born=1982, name="Бекболатов Нурлан")),
    ([8, "Оспанова Гульнар, 1968 г.р.", "Костанай", "ст. 405 ч.2; ст. 174 ч.1", "05.01.2022", "домашний арест", "сторонница ДВК"],
     T("Kostanay", articles="174(1); 405(2)", status="house_arrest", started="2022-01-05", born=1968, dvk=True, name="Оспанова Гульнар")),
    ([9, "Тулеубаев Канат, 1991 г.р.", "Кокшетау", "ч.1 ст.274", "21.05.2020", "Условно 2 года", None],
     T("Kokshetau", articles="274(1)", status="probation", months=24, started="2020-05-21", born=1991, name="Тулеубаев Канат")),
    ([10, "Абилов Ринат", "Павлодар", "ст. 405 ч.2", "16.09.2021", "ограничение свободы 3 года", "ДВК"],
     T("Pavlodar", articles="405(2)", status="restricted_freedom", months=36, started="2021-09-16", dvk=True, name="Абилов Ринат")),
    ([11, "Мусина Алия, 1987 г.р.", "Семей", "405ч.2", "с 01.06.2021", "освобождена по амнистии", "по версии следствия — участница ДВК"],
     T("Semey", articles="405(2)", status="released", started="2021-06-01", born=1987, dvk=True, name="Мусина Алия")),
    ([12, "Дюсенов Багдат, 1980 г.р.", "Атырау", "ст. 272 ч.3", "06.01.2022", "СИЗО", None],
     T("Atyrau", articles="272(3)", status="pretrial_detention", started="2022-01-06", born=1980, name="Дюсенов Багдат")),
    ([13, "Тлеуова Жанар, 1994 г.р.", "Кызылорда", "ст. 405 ч. 2", "17.03.2021", "Принудительное лечение", "ДВК"],
     T("Kyzylorda", articles="405(2)", status="compulsory_treatment", started="2021-03-17", born=1994, dvk=True, name="Тлеуова Жанар")),
    ([14, "Калиев Мурат, 1976 г.р.", "Актау", "ст.174 ч.2", "2019", "Лишение свободы на 6 лет", None],
     T("Aktau", articles="174(2)", status="imprisoned", months=72, started="2019-01-01", precision="year", born=1976, name="Калиев Мурат")),
    ([15, "Есенова Жибек, 1989 г.р.", "Туркестан", "ч.2 ст.405", "08.08.2021", "подписка о невыезде", "ДВК"],
     T("Turkistan", articles="405(2)", status="under_investigation", started="2021-08-08", born=1989, dvk=True, name="Есенова Жибек")),
    ([16, "Байжанов Адиль, 1999 г.р.", "Петропавловск", "ст. 405 ч.1", "2021.11.03", "ограничение свободы 1 год", "Уличная партия"],
     T("Petropavl", articles="405(1)", status="restricted_freedom", months=12, started="2021-11-03", born=1999, dvk=True, name="Байжанов Адиль")),
    (["Итого: 16 человек"], NOT_A_CASE),
]


def _write_fio(folder: Path) -> list[dict]:
    book = Workbook()
    sheet = book.active
    sheet.title = "Список"
    sheet["A1"] = "Список лиц, преследуемых по политическим мотивам (по состоянию на 01.03.2022)"
    sheet.merge_cells("A1:H1")
    header = ["№ п/п", "Ф.И.О. / год рождения", None, "Город", "Статья УК РК", "Дата задержания", "Мера пресечения / приговор", "Примечание"]
    for c, v in enumerate(header, start=1):
        if v is not None:
            sheet.cell(row=3, column=c, value=v)
    sheet.merge_cells("B3:C3")
    for i, (cells, _) in enumerate(FIO_ROWS):
        r = 4 + i
        if len(cells) == 1:  # a totals line typed in the first cell
            sheet.cell(row=r, column=1, value=cells[0])
            continue
        values = [cells[0], cells[1], None, *cells[2:]]
        for c, v in enumerate(values, start=1):
            if v is not None:
                sheet.cell(row=r, column=c, value=v)
        sheet.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    book.save(folder / FIO_FILE)
    return _truth_rows(FIO_FILE, "Список", FIO_ROWS, 4)


# ---------------------------------------------------------------- 3. CSV grouped by outcome, place and year

GROUPED_FILE = "po_gruppam_2021.csv"
GROUPED_HEADER = ["№", "ФИО", "Год рождения", "Населенный пункт", "Статья", "Дата ареста", "Срок", "Примечание"]
GROUPED_ROWS = [
    (["ЛИШЕНЫ СВОБОДЫ"], NOT_A_CASE),
    (["г. Алматы"], NOT_A_CASE),
    ([1, "Есимов Данияр", "1986", "", "ст. 405 ч. 2", "12.03.2021", "5 лет", "ДВК"],
     T("Almaty", articles="405(2)", status="imprisoned", months=60, started="2021-03-12", born=1986, dvk=True)),
    ([2, "Смагулов Ержан", "1990", "", "ст. 174 ч. 1", "2021.04.02", "3 года 6 месяцев", ""],
     T("Almaty", articles="174(1)", status="imprisoned", months=42, started="2021-04-02", born=1990)),
    ([3, "Карим Нуржан", "1979", "Каскелен", "ст. 405 ч.2", "с 5 мая 2021 по н.в.", "4 года", "Көше"],
     T("Kaskelen", articles="405(2)", status="imprisoned", months=48, started="2021-05-05", born=1979)),
    (["г. Шымкент"], NOT_A_CASE),
    ([4, "Абдуллаев Бахтияр", "1984", "", "ст. 405 ч.2", "12/7/2021", "7 лет", "ДВК"],
     T("Shymkent", articles="405(2)", status="imprisoned", months=84, started="2021-07-12", born=1984, dvk=True)),
    ([5, "Юсупов Тимур", "1992", "", "405ч2", "20.07.2021", "освобожден 01.02.2022", ""],
     T("Shymkent", articles="405(2)", status="released", started="2021-07-20", born=1992)),
    (["Мангистауская область"], NOT_A_CASE),
    ([6, "Утегенов Максат", "1981", "Жанаозен", "ст. 272 ч.3", "2022-01-05", "8 лет", ""],
     T("Zhanaozen", articles="272(3)", status="imprisoned", months=96, started="2022-01-05", born=1981)),
    ([7, "Досмухамбетов Ербол", "1977", "", "ст. 272 ч.3", "06.01.2022", "6 лет", ""],
     T(region="Mangystau", articles="272(3)", status="imprisoned", months=72, started="2022-01-06", born=1977)),
    (["ОСУЖДЕНЫ УСЛОВНО"], NOT_A_CASE),
    (["г. Алматы"], NOT_A_CASE),
    ([8, "Мамырова Асель", "1995", "", "ст. 405 ч.1", "01.2021", "2 года", "ДВК"],
     T("Almaty", articles="405(1)", status="probation", months=24, started="2021-01-01", precision="month", born=1995, dvk=True)),
    ([9, "Кенесова Айнур", "1989", "", "ст. 405 ч.1", "15.02.2021", "1 год ограничения свободы", "ДВК"],
     T("Almaty", articles="405(1)", status="restricted_freedom", months=12, started="2021-02-15", born=1989, dvk=True)),
    (["Павлодарская область"], NOT_A_CASE),
    ([10, "Шевченко Ольга", "1972", "Экибастуз", "ст. 174 ч.1", "2021", "3 года", ""],
     T("Ekibastuz", articles="174(1)", status="probation", months=36, started="2021-01-01", precision="year", born=1972)),
    ([11, "Ибраев Кайрат", "1985", "", "ст. 405 ч.2", "14.09.2021", "2 года", "ДВК"],
     T(region="Pavlodar", articles="405(2)", status="probation", months=24, started="2021-09-14", born=1985, dvk=True)),
    (["ПОД СЛЕДСТВИЕМ"], NOT_A_CASE),
    (["2021 год"], NOT_A_CASE),
    ([12, "Жаксылыкова Гаухар", "1991", "Нур-Султан", "ст. 405 ч.2", "", "", "ДВК"],
     T("Astana", articles="405(2)", status="under_investigation", born=1991, dvk=True)),
    ([13, "Оразбаев Айдос", "1983", "Атырау", "ст. 405 ч.2", "2021.12.01", "под стражей", "ДВК"],
     T("Atyrau", articles="405(2)", status="pretrial_detention", started="2021-12-01", born=1983, dvk=True)),
    (["2022 год"], NOT_A_CASE),
    ([14, "Рахимов Ильяс", "1994", "Актобе", "ст. 272 ч.2", "", "", ""],
     T("Aktobe", articles="272(2)", status="under_investigation", born=1994)),
    ([15, "Ли Виктор", "1988", "Темиртау", "ст. 274 ч.2", "11.02.2022-13.02.2022", "домашний арест", ""],
     T("Temirtau", articles="274(2)", status="house_arrest", started="2022-02-11", born=1988)),
    ([16, "Сапарова Мадина", "1997", "Тараз", "ст. 405 ч.1", "", "", "ДВК (по версии следствия)"],
     T("Taraz", articles="405(1)", status="under_investigation", born=1997, dvk=True)),
    (["ПРИНУДИТЕЛЬНОЕ ЛЕЧЕНИЕ"], NOT_A_CASE),
    ([17, "Вахитов Ринат", "1966", "Усть-Каменогорск", "ст. 174 ч.1", "2020", "", ""],
     T("Oskemen", articles="174(1)", status="compulsory_treatment", started="2020-01-01", precision="year", born=1966)),
    ([18, "Голубев Андрей", "1970", "Семипалатинск", "ст. 405 ч.2", "03.03.2020", "", "ДВК"],
     T("Semey", articles="405(2)", status="compulsory_treatment", started="2020-03-03", born=1970, dvk=True)),
    (["ОСВОБОЖДЕНЫ"], NOT_A_CASE),
    ([19, "Нуртаев Болат", "1980", "Кокшетау", "ст. 405 ч.1", "2018", "", "ДВК"],
     T("Kokshetau", articles="405(1)", status="released", started="2018-01-01", precision="year", born=1980, dvk=True)),
    ([20, "Асанов Руслан", "1975", "Конаев", "ст. 405 ч.2", "10.10.2019", "по амнистии", "ДВК"],
     T("Konaev", articles="405(2)", status="released", started="2019-10-10", born=1975, dvk=True)),
    ([], None),
    (["Всего: 20"], NOT_A_CASE),
    (["Примечание: список неполный"], NOT_A_CASE),
]


def _write_grouped(folder: Path) -> list[dict]:
    path = folder / GROUPED_FILE
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(GROUPED_HEADER)
        for cells, _ in GROUPED_ROWS:
            writer.writerow([*cells, *[""] * (len(GROUPED_HEADER) - len(cells))] if cells else [""] * len(GROUPED_HEADER))
    return _truth_rows(GROUPED_FILE, "", GROUPED_ROWS, 2)


# ---------------------------------------------------------------- 4. Kazakh, outcome and year sections

KZ_FILE = "sayasi_tizim_2022.xlsx"
KZ_HEADER = ["Р/с", "Аты-жөні", "Туған жылы", "Қала", "ҚК бабы", "Ұсталған күні", "Жаза", "Ескерту"]
KZ_ROWS = [
    (["Бас бостандығынан айырылғандар"], NOT_A_CASE),
    ([1, "Сәрсенбаев Ерлан", 1983, "Алматы", "405-бап 2-бөлік", "12.07.2021", "5 жыл", "ДВК жақтаушысы"],
     T("Almaty", articles="405(2)", status="imprisoned", months=60, started="2021-07-12", born=1983, dvk=True)),
    ([2, "Қасымов Нұрлан", 1979, "Астана", "ҚР ҚК 405-бабының 2-бөлігі", "2021 жылғы 3 наурыз", "7 жыл", "Көше партиясы"],
     T("Astana", articles="405(2)", status="imprisoned", months=84, started="2021-03-03", born=1979, dvk=True)),
    ([3, "Әбдірахманова Гүлнар", 1990, "Шымкент", "174-бап 1-бөлік", "2020", "3 жыл 6 ай", None],
     T("Shymkent", articles="174(1)", status="imprisoned", months=42, started="2020-01-01", precision="year", born=1990)),
    ([4, "Төлеуов Бақыт", 1986, "Тараз", "405-бап 2-бөлік", "15.01.2022", "шартты түрде 2 жыл", "ДВК"],
     T("Taraz", articles="405(2)", status="probation", months=24, started="2022-01-15", born=1986, dvk=True)),
    (["Бас бостандығы шектелгендер"], NOT_A_CASE),
    ([5, "Жұмабаев Асқар", 1992, "Ақтөбе", "405-бап 1-бөлік", "2021.05.20", "2 жыл", "ДВК"],
     T("Aktobe", articles="405(1)", status="restricted_freedom", months=24, started="2021-05-20", born=1992, dvk=True)),
    ([6, "Оспанов Дәулет", 1988, "Орал", "405-бап 1-бөлік", "мамыр 2021", "1 жыл 6 ай", "ДВК"],
     T("Oral", articles="405(1)", status="restricted_freedom", months=18, started="2021-05-01", precision="month", born=1988, dvk=True)),
    ([7, "Ержанова Айгүл", 1995, "Қызылорда", "405-бап 2-бөлік", "12/7/2021", "3 жыл", None],
     T("Kyzylorda", articles="405(2)", status="restricted_freedom", months=36, started="2021-07-12", born=1995)),
    (["Тергеудегілер"], NOT_A_CASE),
    (["2022 жыл"], NOT_A_CASE),
    ([8, "Бекенов Мұрат", 1981, "Атырау", "272-бап 3-бөлік", "06.01.2022", "қамауда", None],
     T("Atyrau", articles="272(3)", status="pretrial_detention", started="2022-01-06", born=1981)),
    ([9, "Сейітов Алмас", 1984, "Ақтау", "272-бап 2-бөлік", "07.01.2022", None, None],
     T("Aktau", articles="272(2)", status="under_investigation", started="2022-01-07", born=1984)),
    ([10, "Нұрғалиева Сәуле", 1977, "Павлодар", "405-бап 2-бөлік", "2022.02.10", "үй қамағы", "ДВК"],
     T("Pavlodar", articles="405(2)", status="house_arrest", started="2022-02-10", born=1977, dvk=True)),
    ([11, "Ахметов Нұрбек", 1999, "Қарағанды", "174-бап 1-бөлік", None, None, None],
     T("Karaganda", articles="174(1)", status="under_investigation", born=1999)),
    (["2023 жыл"], NOT_A_CASE),
    ([12, "Ибраева Жанна", 1993, "Көкшетау", "405-бап 2-бөлік", "12.03.2023-14.03.2023", None, "ДВК"],
     T("Kokshetau", articles="405(2)", status="under_investigation", started="2023-03-12", born=1993, dvk=True)),
    ([13, "Мұқанов Әлібек", 1987, "Қостанай", "405-бап 1-бөлік", "2023", "кетпеу туралы қолхат", None],
     T("Kostanay", articles="405(1)", status="under_investigation", started="2023-01-01", precision="year", born=1987)),
    (["Мәжбүрлеп емдеуге жіберілгендер"], NOT_A_CASE),
    ([14, "Дүйсенов Қанат", 1970, "Семей", "174-бап 1-бөлік", "2019", None, None],
     T("Semey", articles="174(1)", status="compulsory_treatment", started="2019-01-01", precision="year", born=1970)),
    (["Босатылғандар"], NOT_A_CASE),
    ([15, "Бейсенова Ләззат", 1982, "Талдықорған", "405-бап 2-бөлік", "2020", None, "ДВК"],
     T("Taldykorgan", articles="405(2)", status="released", started="2020-01-01", precision="year", born=1982, dvk=True)),
    ([16, "Құдайбергенов Серік", 1975, "Петропавл", "405-бап 1-бөлік", "2019", "рақымшылық бойынша", "ДВК"],
     T("Petropavl", articles="405(1)", status="released", started="2019-01-01", precision="year", born=1975, dvk=True)),
    ([17, "Әлімжанов Тимур", 1989, "Түркістан", "405-бап 2-бөлік", "2020", "ақталды", "ДВК"],
     T("Turkistan", articles="405(2)", status="acquitted", started="2020-01-01", precision="year", born=1989, dvk=True)),
    (["Барлығы: 17"], NOT_A_CASE),
]


def _write_kz(folder: Path) -> list[dict]:
    book = Workbook()
    sheet = book.active
    sheet.title = "Тізім"
    sheet.append(["Саяси себептермен қудаланғандар тізімі"])
    sheet.append(KZ_HEADER)
    for cells, _ in KZ_ROWS:
        sheet.append(cells)
    book.save(folder / KZ_FILE)
    return _truth_rows(KZ_FILE, "Тізім", KZ_ROWS, 3)


# ---------------------------------------------------------------- 5. article and part under one merged header, typos

SPLIT_FILE = "monitoring_405.xlsx"
# Columns: №, ФИО, Г.р., Город, Статья УК РК (merged over E:F: number | part), Дата, Статус, Связь с ДВК
SPLIT_ROWS = [
    ([1, "Алимов Ерлан", 1984, "Алматы", "ст. 405", "ч. 2", "12.07.2021", "лишенние свободы 5 лет", "сторонник ДВК (по версии следствия)"],
     T("Almaty", articles="405(2)", status="imprisoned", months=60, started="2021-07-12", born=1984, dvk=True)),
    ([2, "Бекова Сандугаш", 1991, "Астана", "ст. 405", "ч. 1", "2021.07.12", "огр.свободы 1 год", "ДВК"],
     T("Astana", articles="405(1)", status="restricted_freedom", months=12, started="2021-07-12", born=1991, dvk=True)),
    ([3, "Габдуллин Марат", 1979, "Шымкент", "405", "2", "12/7/2021", "ПОД СЛЕДСТВИЕМ", "ДВК"],
     T("Shymkent", articles="405(2)", status="under_investigation", started="2021-07-12", born=1979, dvk=True)),
    ([4, "Давлетова Жанар", 1988, "Караганда", "ст. 174", "ч.1", "с 12 июля 2021 по н.в.", "Домашний Арест", None],
     T("Karaganda", articles="174(1)", status="house_arrest", started="2021-07-12", born=1988)),
    ([5, "Ергалиев Нурлан", 1975, "Актобе", "ст. 405", "ч. 2", "12.07.2021-15.07.2021", "Лишение Свободы, 4 года", "ДВК"],
     T("Aktobe", articles="405(2)", status="imprisoned", months=48, started="2021-07-12", born=1975, dvk=True)),
    ([6, "Жакупова Алма", 1993, "Уральск", "ст. 405", None, "03.2021", "условно 2 года", "ДВК"],
     T("Oral", articles="405", status="probation", months=24, started="2021-03-01", precision="month", born=1993, dvk=True)),
    ([7, "Ильясов Руслан", 1986, "Тараз", "ст. 272", "ч. 3", "06.01.2022", "сизо", None],
     T("Taraz", articles="272(3)", status="pretrial_detention", started="2022-01-06", born=1986)),
    ([8, "Калиева Динара", 1990, "Павлодар", "ст. 405", "ч. 1", "2021", "ОГР. СВОБОДЫ 2 ГОДА", "сторонница ДВК"],
     T("Pavlodar", articles="405(1)", status="restricted_freedom", months=24, started="2021-01-01", precision="year", born=1990, dvk=True)),
    ([9, "Лукпанов Арман", 1982, "Кокшетау", "ст. 405", "ч. 2", "17.02.2021", "Освобожден по УДО", "ДВК"],
     T("Kokshetau", articles="405(2)", status="released", started="2021-02-17", born=1982, dvk=True)),
    ([10, "Мухамедиев Серик", 1970, "Семей", "ст. 174", "ч. 2", "2020.10.01", "лишение свободы (колония общего режима), 6 лет", None],
     T("Semey", articles="174(2)", status="imprisoned", months=72, started="2020-10-01", born=1970)),
    ([11, "Нургалиев Тимур", 1995, "Атырау", "ст. 405", "ч. 2", "20.05.2021", "штраф", "Көше партиясы"],
     T("Atyrau", articles="405(2)", status="fined", started="2021-05-20", born=1995, dvk=True)),
    ([12, "Омарова Лаура", 1987, "Костанай", "ст. 405", "ч. 1", "01.04.2021", "Подписка о невыезде", "ДВК"],
     T("Kostanay", articles="405(1)", status="under_investigation", started="2021-04-01", born=1987, dvk=True)),
    ([13, "Пак Евгений", 1980, "Петропавловск", "ст. 274", "ч. 2", "15.11.2020", "Огр. Свободы на 3 года", None],
     T("Petropavl", articles="274(2)", status="restricted_freedom", months=36, started="2020-11-15", born=1980)),
    ([14, "Рахметова Айжан", 1996, "Кызылорда", "ст. 405", "ч. 2", "2021.09.09", "лишение свободы 2 года 6 мес.", "по версии следствия - член ДВК"],
     T("Kyzylorda", articles="405(2)", status="imprisoned", months=30, started="2021-09-09", born=1996, dvk=True)),
    ([15, "Садыков Болат", 1978, "Актау", "ст. 272", "ч. 2", "05.01.2022", "ИК-158, 5 лет", None],
     T("Aktau", articles="272(2)", status="imprisoned", months=60, started="2022-01-05", born=1978)),
]


def _write_split(folder: Path) -> list[dict]:
    book = Workbook()
    sheet = book.active
    sheet.title = "Лист1"
    sheet.append(["№", "ФИО", "Г.р.", "Город", "Статья УК РК", None, "Дата задержания", "Статус", "Связь с ДВК"])
    sheet.merge_cells("E1:F1")
    for cells, _ in SPLIT_ROWS:
        sheet.append(cells)
    book.save(folder / SPLIT_FILE)
    return _truth_rows(SPLIT_FILE, "Лист1", SPLIT_ROWS, 2)


# ---------------------------------------------------------------- 6. headings in the name column, in Title Case

TITLE_FILE = "watchlist_en.xlsx"
TITLE_HEADER = ["#", "Name", "Born", "Location", "Article", "Arrested", "Status", "Notes"]
TITLE_ROWS = [
    ([None, "Under Investigation"], NOT_A_CASE),
    ([1, "Akhmetov Nurlan", 1985, "Almaty", "405(2)", "July 12, 2021", None, "DVK member"],
     T("Almaty", articles="405(2)", status="under_investigation", started="2021-07-12", born=1985, dvk=True)),
    ([2, "Bekov Arman", 1990, "Astana", "405(1)", "12 Jul 2021", "Pre-Trial Detention", None],
     T("Astana", articles="405(1)", status="pretrial_detention", started="2021-07-12", born=1990)),
    ([None, None, None, None, None, None, "released 01.02.2022"], NOT_A_CASE),
    ([3, "Dzhaksybekov Yerbol", 1979, None, "174(1)", "2021-08-01", None, None],
     T(articles="174(1)", status="under_investigation", started="2021-08-01", born=1979)),
    ([None, "Punitive Psychiatry"], NOT_A_CASE),
    ([4, "Yermekova Saule", 1966, "Semey", "405(2)", "March 3, 2020", None, "Koshe Party"],
     T("Semey", articles="405(2)", status="compulsory_treatment", started="2020-03-03", precision="day", born=1966, dvk=True)),
    ([None, "East Kazakhstan Region"], NOT_A_CASE),
    ([5, "Zhunusov Marat", 1972, None, "405(2)", "2020", "Imprisonment, 5 yrs", "DVK"],
     T(region="East Kazakhstan", articles="405(2)", status="imprisoned", months=60, started="2020-01-01", precision="year", born=1972, dvk=True)),
    ([6, "Ivanova Olga", 1981, "Ridder", "274(2)", "May 2021", "Restricted Freedom 2 years", None],
     T("Ridder", articles="274(2)", status="restricted_freedom", months=24, started="2021-05-01", precision="month", born=1981)),
    ([None, "House Arrest"], NOT_A_CASE),
    ([7, "Kim Sergei", 1988, "Pavlodar", "405(1)", "Jan 6, 2022", None, None],
     T("Pavlodar", articles="405(1)", status="house_arrest", started="2022-01-06", born=1988)),
    ([8, "Li Dmitry", 1993, "Karaganda", "405(1)", "6 January 2022", "released on bail", None],
     T("Karaganda", articles="405(1)", status="under_investigation", started="2022-01-06", born=1993)),
]


def _write_title(folder: Path) -> list[dict]:
    book = Workbook()
    sheet = book.active
    sheet.title = "Watchlist"
    sheet.append(TITLE_HEADER)
    for cells, _ in TITLE_ROWS:
        sheet.append(cells)
    book.save(folder / TITLE_FILE)
    return _truth_rows(TITLE_FILE, "Watchlist", TITLE_ROWS, 2)


def write_lists(folder: Path) -> pd.DataFrame:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rows = [*_write_odf(folder), *_write_fio(folder), *_write_grouped(folder), *_write_kz(folder), *_write_split(folder),
            *_write_title(folder)]
    truth = pd.DataFrame(rows)
    for f in FIELDS + ["name"]:
        if f not in truth:
            truth[f] = None
    return truth
