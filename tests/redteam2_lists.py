"""A second, independent set of hand-written red-team lists, with the truth for every row.

Written without reading scripts/make_samples.py or tests/redteam_lists.py: six
files the way NGO staff keep them (README "How values are read"): a header far down under a
title block, merged group cells over sub-headers in another language, English
headers over Russian values and the reverse, extra columns to ignore, section,
totals and footnote rows, dates as date cells (with a time), serial numbers
and text in many spellings, ages that are not birth years, and CSV in UTF-8
(`;`), UTF-16 (tab) and cp1251 (`,`, quoted cells with commas and newlines).
All names are invented.

`write_lists(folder)` writes the files and returns the truth: one row per
non-blank row below a header (source_file, source_sheet, source_row, kind =
case / not_a_case / duplicate, and the fields tests/accuracy.py compares).
"""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pandas as pd
from openpyxl import Workbook

FIELDS = ["city", "region", "articles", "status", "sentence_months", "started_on", "started_precision", "birth_year", "dvk_koshe"]


def T(city=None, region=None, articles=None, status="unknown", months=None, started=None, precision=None, born=None, dvk=False) -> dict:
    """The truth of one case row; `started` is ISO `YYYY-MM-DD` (first day of a partial date)."""
    if started is not None and precision is None:
        precision = "day"
    return dict(city=city, region=region, articles=articles, status=status, sentence_months=months, started_on=started,
                started_precision=precision, birth_year=born, dvk_koshe=dvk)


NOT_A_CASE = "not_a_case"


class Sheet:
    """Rows of one sheet: each a list of cells plus its truth (a dict for a case, or a kind string)."""

    def __init__(self, file: str, sheet: str = ""):
        self.file, self.sheet = file, sheet
        self.rows: list[list] = []
        self.truth: list[dict] = []
        self.merges: list[str] = []

    def add(self, cells: list, truth=None) -> None:
        self.rows.append(cells)
        row = len(self.rows)
        if truth is None:
            return  # title, blank or header row: not below the header, or blank
        record = {"source_file": self.file, "source_sheet": self.sheet, "source_row": row}
        if isinstance(truth, str):
            record.update(kind=truth, **{f: None for f in FIELDS})
        else:
            record.update(kind="case", **truth)
        self.truth.append(record)


def _xlsx(path: Path, sheets: list[Sheet]) -> None:
    book = Workbook()
    book.remove(book.active)
    for s in sheets:
        ws = book.create_sheet(s.sheet)
        for cells in s.rows:
            ws.append(cells)
        for m in s.merges:
            ws.merge_cells(m)
    book.save(path)


def _csv(path: Path, sheet: Sheet, encoding: str, delimiter: str) -> None:
    with open(path, "w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        for cells in sheet.rows:
            w.writerow(["" if c is None else c for c in cells])


def serial(d: dt.date) -> int:
    return (d - dt.date(1899, 12, 30)).days


# ---------------------------------------------------------------- file 1: header at row 10, extra columns, sections

def file_almaty() -> list[Sheet]:
    s = Sheet("bureau_list_2023.xlsx", "Список")
    s.add(["СПИСОК лиц, подвергшихся уголовному преследованию по политическим мотивам"])
    s.add(["Бюро по правам человека «Адилет-Вымысел» — мониторинговая группа"])
    s.add([])
    s.add([])
    s.add([None, None, None, None, None, None, None, None, None, None, None, None, None, "Лого"])
    s.add(["по состоянию на 01.03.2023"])
    s.add(["Составитель: А. Вымышленова; данные из открытых источников и от родственников"])
    s.add([])
    s.add(["Таблица 1. Уголовные дела"])
    s.add(["№ п/п", "Ф.И.О.", "Дата рождения", "Место жительства", "Статья УК РК", "Дата задержания", "Дата приговора",
           "Мера пресечения / приговор", "Срок", "Адвокат", "Суд", "Место содержания", "Ссылка", "Примечание"])
    s.merges += ["A1:N1", "A2:N2"]
    s.add(["I. г. Алматы"], NOT_A_CASE)
    s.add(["2021 год"], NOT_A_CASE)
    s.add(["1.", "Жумабеков Арман Серикович", dt.datetime(1985, 3, 4), "г.Алматы, Алмалинский р-н", "ч.1,2 ст.405",
           dt.datetime(2021, 7, 12, 10, 30), "12 сент. 2021", "приговор: 5 лет л/с", None, "Петров В.", "Алмалинский районный суд",
           "СИЗО-18 г. Алматы", "https://example.org/a1", "двк"],
          T("Almaty", "Almaty", "405(1); 405(2)", "imprisoned", 60, "2021-07-12", born=1985, dvk=True))
    s.add(["2.", "Сапарова Гульнара Маратовна", dt.datetime(1979, 11, 30), "Алматы", "ст.405 ч.1, ч.2",
           "мар. 2020", None, "ограничение свободы сроком на 3 года", None, "нет", "Медеуский суд", None, None, "Демвыбор"],
          T("Almaty", "Almaty", "405(1); 405(2)", "restricted_freedom", 36, "2020-03-01", "month", 1979, True))
    s.add(["3.", "Ким Виктор Олегович", "1990", "г. Алматы", "ст.ст.174,405", "12/07/2021", "2021.11.03", "отбывает наказание в колонии",
           "7 л.", "Сидорова Е.", None, "учреждение ЛА-155/14", None, "ДВК (Аблязов)"],
          T("Almaty", "Almaty", "174; 405", "imprisoned", 84, "2021-07-12", born=1990, dvk=True))
    s.add(["4.", "Омаров Бауыржан", dt.datetime(1992, 1, 15), "Алматы қ.", "405 УК", "12.7.21", None, "под стражей", None,
           None, None, "СИЗО", None, "не связан с ДВК, верующий"],
          T("Almaty", "Almaty", "405", "pretrial_detention", None, "2021-07-12", born=1992, dvk=False))
    s.add(["5.", "Нурланова Айгерим", "1988 г.р.", "Алма-Ата", "Статья 405 УК РК (участие в запрещенной организации)",
           dt.datetime(2020, 2, 20, 0, 0), dt.datetime(2020, 6, 1, 14, 0), "5 лет колонии общего режима", None, None, None, None, None,
           "сторонник Кошe партиясы"],
          T("Almaty", "Almaty", "405", "imprisoned", 60, "2020-02-20", born=1988, dvk=True))
    s.add(["6.", "Ахметов Ерлан Бекович", None, "г.Алматы", "ч.2 ст.405, ч.1 ст.174", "2021 ж. 12 шілде", None,
           "штраф 200 МРП", None, None, None, None, None, None],
          T("Almaty", "Almaty", "174(1); 405(2)", "fined", None, "2021-07-12", dvk=False))
    s.add(["Итого по разделу: 6"], NOT_A_CASE)
    s.add(["II. Алматинская область"], NOT_A_CASE)
    s.add(["7.", "Тулегенов Марат", dt.datetime(1975, 5, 5), "Алматинская область, Талгарский район, с. Бесагаш", "ч.2 ст.405",
           "12-шілде, 2021", None, "үй қамағында", None, None, None, None, None, "Көше партиясы"],
          T(None, "Almaty Region", "405(2)", "house_arrest", None, "2021-07-12", born=1975, dvk=True))
    s.add(["8.", "Исаева Динара", dt.datetime(1983, 8, 9), "г. Капчагай", "ч. 2 ст. 405 УК РК", "с 15.03.2021", "05.08.2021",
           "условно 2 года", None, None, None, None, None, "Демократический выбор Казахстана"],
          T("Konaev", "Almaty Region", "405(2)", "probation", 24, "2021-03-15", born=1983, dvk=True))
    s.add(["9.", "Байжанов Талгат", dt.datetime(1970, 12, 1), "Талдыкорган (Алматинская обл.)", "ч.4 ст.274 УК РК", "апреля 2020", None,
           "освобожден по амнистии", None, None, None, None, None, "блогер"],
          T("Taldykorgan", "Jetisu", "274(4)", "released", None, "2020-04-01", "month", 1970, False))
    s.add(["10.", "Серикова Жанар", dt.datetime(1995, 2, 2), "Каскелен", "ст. 174 ч. 1", dt.datetime(2022, 1, 6, 23, 59), None,
           "оправдана", None, None, None, None, None, None],
          T("Kaskelen", "Almaty Region", "174(1)", "acquitted", None, "2022-01-06", born=1995))
    s.add(["Итого по разделу: 4"], NOT_A_CASE)
    s.add(["III. Другие регионы"], NOT_A_CASE)
    s.add(["11.", "Абенов Данияр", "1986", "Нур-Султан (Астана)", "ч.2 ст.405", "2019", None, "приговор: 1 год 6 мес. ограничения свободы",
           None, None, None, None, None, "QDT supporter"],
          T("Astana", "Astana", "405(2)", "restricted_freedom", 18, "2019-01-01", "year", 1986, True))
    s.add(["12.", "Кравченко Игорь", "1966", "Уральск/Орал", "ст. 380 ч.1", "03.01.2022", "2022-03-10", "лишение свободы", "3 г. 6 м.",
           None, None, None, None, None],
          T("Oral", "West Kazakhstan", "380(1)", "imprisoned", 42, "2022-01-03", born=1966))
    s.add(["13.", "Мусина Сауле", "1991", "Кызылорда обл.", "ч.1 ст.405", "сентябрь 2021", None, "подписка о невыезде", None,
           None, None, None, None, "ДВК"],
          T(None, "Kyzylorda", "405(1)", "under_investigation", None, "2021-09-01", "month", 1991, True))
    s.add(["14.", "Габдуллин Нурлан", "1980", "г. Семей", "ч.2 ст.272", "07.01.2022", "2022-05-05", "лишение свободы",
           "2,5 года", None, None, None, None, None],
          T("Semey", "Abai", "272(2)", "imprisoned", 30, "2022-01-07", born=1980))
    s.add(["15.", "Оспанов Ерболат", "1977", "Жезказган", "ч.2 ст.405", "от 20.10.2020", None, "ограничение свободы", "18 мес",
           None, None, None, None, "Уличная партия"],
          T("Zhezkazgan", "Ulytau", "405(2)", "restricted_freedom", 18, "2020-10-20", born=1977, dvk=True))
    s.add(["Всего: 15"], NOT_A_CASE)
    s.add([])
    s.add(["* — данные уточняются"], NOT_A_CASE)
    s.merges += ["A11:N11", "A12:N12"]
    return [s]


def file_almaty_2022() -> Sheet:
    """Header at rows 12-13: Russian/Kazakh groups merged over Kazakh sub-headers; city and region apart."""
    s = Sheet("bureau_list_2023.xlsx", "2022 (янв. события)")
    s.add(["Қазақстандағы саяси қудалау құрбандарының тізімі / Список жертв политических преследований"])
    s.add(["(вымышленные данные для проверки)"])
    for _ in range(5):
        s.add([])
    s.add(["Обновлено: 15.02.2023"])
    s.add(["Ответственный: Б. Вымыслов"])
    s.add([])
    s.add(["Раздел 2"], None)
    s.add(["№", "Аты-жөні / ФИО", "Туған күні", "Место", None, "Даты", None, None, None, "Статья", "Үкім / Приговор", None, "Ескерту", "ДВК/Көше", "Адвокат"])
    s.add([None, None, None, "Қала", "Облыс", "Ұсталған", "Айып тағылған", "Үкім шыққан", "Босатылған", None, "Жаза", "Мерзімі", None, None, None])
    s.merges += ["A12:A13", "B12:B13", "C12:C13", "D12:E12", "F12:I12", "J12:J13", "K12:L12", "M12:M13", "N12:N13", "O12:O13", "A1:O1"]
    D = dt.datetime
    rows = [
        (["1.", "Абдиев Серик", D(1987, 4, 1), "Талгар", "Алматинская обл.", D(2022, 1, 5), None, D(2022, 6, 1), None, "ч.2 ст.272",
          "лишение свободы", "6 лет", None, None, "Нет"],
         T("Talgar", "Almaty Region", "272(2)", "imprisoned", 72, "2022-01-05", born=1987)),
        (["2.", "Байтурсынова Асем", D(1990, 9, 9), None, "Мангистауская обл.", "2022 ж. 4 қаңтар", None, None, None, "ч.2 ст.272",
          "ограничение свободы", "3 года", None, None, None],
         T(None, "Mangystau", "272(2)", "restricted_freedom", 36, "2022-01-04", born=1990)),
        (["3.", "Валиев Ринат", D(1979, 2, 28), "Жанаозен", None, "04.01.2022", "10.01.2022", None, None, "ст. 272 ч. 2 УК РК",
          "под стражей", None, None, None, None],
         T("Zhanaozen", "Mangystau", "272(2)", "pretrial_detention", None, "2022-01-04", born=1979)),
        (["4.", "Галымжанова Дина", D(1993, 12, 12), "Алматы", None, "мар. 2022", None, None, D(2022, 9, 1), "ч.1 ст.274",
          "освобождена по амнистии", None, "амнистия 2022", None, None],
         T("Almaty", "Almaty", "274(1)", "released", None, "2022-03-01", "month", 1993)),
        (["5.", "Дюсенов Асылбек", D(1984, 6, 6), "Шымкент", None, "06.01.2022", None, "2022.05.20", None, "ч.3 ст.380",
          "лишение свободы", "7 л.", None, None, None],
         T("Shymkent", "Shymkent", "380(3)", "imprisoned", 84, "2022-01-06", born=1984)),
        (["6.", "Ерназаров Бекжан", D(1971, 3, 3), "Тараз", "Жамбылская обл.", "05.01.2022", None, None, None, "ч.2 ст.272",
          "бас бостандығын шектеу 2 жыл", None, None, None, None],
         T("Taraz", "Zhambyl", "272(2)", "restricted_freedom", 24, "2022-01-05", born=1971)),
        (["7.", "Жаксылыков Ануар", D(1988, 8, 8), "Кызылорда", None, "12 сент. 2021", None, None, None, "ч.2 ст.405",
          "отбывает наказание в колонии", "5 лет", "ДВК (Аблязов)", "+", None],
         T("Kyzylorda", "Kyzylorda", "405(2)", "imprisoned", 60, "2021-09-12", born=1988, dvk=True)),
        (["8.", "Зиядин Айдос", D(1995, 5, 15), "Уральск", None, "12.07.2021", None, None, None, "ч.1,2 ст.405",
          "ограничение свободы сроком на 3 года", None, None, "+", None],
         T("Oral", "West Kazakhstan", "405(1); 405(2)", "restricted_freedom", 36, "2021-07-12", born=1995, dvk=True)),
        (["9.", "Искакова Меруерт", D(1982, 10, 10), "Актобе", None, "2021", None, None, None, "ч.2 ст.405",
          "штраф 200 МРП", None, "сторонник Кошe партиясы", None, None],
         T("Aktobe", "Aktobe", "405(2)", "fined", None, "2021-01-01", "year", 1982, True)),
        (["10.", "Кайратов Нурсултан", D(1976, 7, 7), "Кокшетау", "Акмолинская обл.", "12/07/2021", None, None, None, "ст.ст.174,405",
          "5 лет колонии общего режима", None, None, "да", None],
         T("Kokshetau", "Akmola", "174; 405", "imprisoned", 60, "2021-07-12", born=1976, dvk=True)),
        (["11.", "Лукпанов Олжас", D(1989, 1, 1), "Караганда", None, None, "2021-04-04", "2021-10-10", None, "ч.2 ст.405",
          "условно", "1 год 6 мес.", None, "+", None],
         T("Karaganda", "Karaganda", "405(2)", "probation", 18, "2021-04-04", born=1989, dvk=True)),
        (["12.", "Мамырова Айша", D(1997, 11, 21), "Семей", "область Абай", "2021 ж. 12 шілде", None, None, None, "Art.405.2",
          "үй қамағында", None, None, "+", None],
         T("Semey", "Abai", "405(2)", "house_arrest", None, "2021-07-12", born=1997, dvk=True)),
        (["Итого по разделу: 12"], NOT_A_CASE),
        (["Всего: 48"], NOT_A_CASE),
        (["* — данные уточняются"], NOT_A_CASE),
    ]
    for cells, truth in rows:
        s.add(cells, truth)
    return s


# ---------------------------------------------------------------- file 2: merged groups, English sub-headers, serials

def file_merged() -> list[Sheet]:
    s = Sheet("monitoring_merged.xlsx", "2022")
    s.add(["Мониторинг политических преследований"])
    s.add(["Казахстан, 2021–2022 гг."])
    s.add([])
    s.add([])
    s.add([])
    s.add(["Источник: открытые данные"])
    s.add([])
    s.add(["№", "Ф.И.О.", "Год рождения", "Обвинение", "Даты", None, None, None, "Приговор", None, "Город", "Гражданство", "Род занятий", "ДВК / Көше"])
    s.add([None, None, None, None, "detained", "charged", "sentenced", "released", "measure", "term", None, None, None, None])
    s.merges += ["A8:A9", "B8:B9", "C8:C9", "D8:D9", "E8:H8", "I8:J8", "K8:K9", "L8:L9", "M8:M9", "N8:N9"]
    d = dt.date
    s.add([1, "Есенова Мадина", 1984, "ч.2 ст.405 УК РК", serial(d(2021, 7, 12)), serial(d(2021, 7, 14)), serial(d(2021, 12, 1)), None,
           "лишение свободы", "7 л.", "Шымкент", "РК", "учитель", "+"],
          T("Shymkent", "Shymkent", "405(2)", "imprisoned", 84, "2021-07-12", born=1984, dvk=True))
    s.add([2, "Тлеубаев Азамат", 1990, "ст.405 ч.1, ч.2", "12 шілде 2021", None, "2021 ж. 3 қараша", None,
           "бас бостандығын шектеу 2 жыл", None, "Тараз", "РК", "безработный", "+"],
          T("Taraz", "Zhambyl", "405(1); 405(2)", "restricted_freedom", 24, "2021-07-12", born=1990, dvk=True))
    s.add([3, "Жакупова Алия", 1973, "ч.1 ст.174", dt.datetime(2020, 5, 4, 9, 15), None, None, None, "под домашним арестом", None,
           "Актобе", "РК", "журналист", None],
          T("Aktobe", "Aktobe", "174(1)", "house_arrest", None, "2020-05-04", born=1973))
    s.add([4, "Мамедов Руслан", 1969, "174 and 405", None, "с 10.02.2021", "2021-09-09", None, "Sentenced to 3 years of restricted freedom",
           None, "Караганда", "РК", None, "+"],
          T("Karaganda", "Karaganda", "174; 405", "restricted_freedom", 36, "2021-02-10", born=1969, dvk=True))
    s.add([5, "Болатов Ермек", 1988, "Art.405.2", "July 2021", None, None, "2022-02-01", "Released on parole", None, "Павлодар", "РК", None, "+"],
          T("Pavlodar", "Pavlodar", "405(2)", "released", None, "2021-07-01", "month", 1988, True))
    s.add([6, "Кенжебаева Анар", 1994, "ч.2 ст.405", "15.03.2021 г.", None, "2021-06-01", None, "штраф", None, "Костанай", "РК", None, None],
          T("Kostanay", "Kostanay", "405(2)", "fined", None, "2021-03-15", born=1994))
    s.add([7, "Шаймерденов Бахыт", 1962, "ст. 274 ч. 2", "2020", None, None, None, "под стражей", None, "Актау", "РК", None, None],
          T("Aktau", "Mangystau", "274(2)", "pretrial_detention", None, "2020-01-01", "year", 1962))
    s.add([8, "Ибраев Канат", 1981, "ч.3 ст.380", serial(d(2022, 1, 5)), None, serial(d(2022, 4, 20)), None, "лишение свободы",
           "5 лет", "Алматы", "РК", None, None],
          T("Almaty", "Almaty", "380(3)", "imprisoned", 60, "2022-01-05", born=1981))
    s.add([9, "Досмагамбетов Серик", 1975, "ч.2 ст.272", serial(d(2022, 1, 6)), None, None, None, "СИЗО", None, "Атырау", "РК", None, None],
          T("Atyrau", "Atyrau", "272(2)", "pretrial_detention", None, "2022-01-06", born=1975))
    s.add([10, "Хасенова Ляззат", 1987, "ч.2 ст.405", "12 сент. 2021", "01.10.2021", None, None, "условный срок", "1 год", "Кокшетау", "РК",
           None, "+"],
          T("Kokshetau", "Akmola", "405(2)", "probation", 12, "2021-09-12", born=1987, dvk=True))
    s.add(["2021 год — дела, открытые в 2021 году"], NOT_A_CASE)
    s.add([11, "Рахимов Олжас", 1999, "ч.2 ст.405", "2021.07.12", None, None, None, "ограничение свободы", "1 год 6 мес.",
           "Туркестан", "РК", "студент", "+"],
          T("Turkistan", "Turkistan", "405(2)", "restricted_freedom", 18, "2021-07-12", born=1999, dvk=True))
    s.add([12, "Нуржанов Асхат", 1970, "ч.1 ст.405", "мар. 2020", None, None, None, "принудительное лечение", None,
           "Петропавловск", "РК", None, "+"],
          T("Petropavl", "North Kazakhstan", "405(1)", "compulsory_treatment", None, "2020-03-01", "month", 1970, True))
    s.add([13, "Жумагулов Арман", 1983, "ч.2 ст.405", "20.11.2020", None, None, "2021-05-20", "освобожден", None, "Усть-Каменогорск", "РК",
           None, "+"],
          T("Oskemen", "East Kazakhstan", "405(2)", "released", None, "2020-11-20", born=1983, dvk=True))
    s.add([14, "Сейткали Мейрамгуль", 1989, "ч.2 ст.405", serial(d(2021, 3, 1)), None, None, None, "следствие", None, "Кызылорда", "РК",
           None, None],
          T("Kyzylorda", "Kyzylorda", "405(2)", "under_investigation", None, "2021-03-01", born=1989))
    s.add([None, "Итого", None, None, None, None, None, None, None, None, None, None, None, "9"], NOT_A_CASE)
    return [s]


def file_archive() -> Sheet:
    """An archive sheet: a row of column numbers under the header, 1997-code numbers before 2015, many term spellings."""
    s = Sheet("monitoring_merged.xlsx", "Архив 2012-2020")
    s.add(["Фамилия, имя", "Год рожд.", "Город/область", "Ст. УК", "Задержан", "Приговор", "Срок наказания", "Связь с ДВК/Көше", "Примечания"])
    s.add(["1", "2", "3", "4", "5", "6", "7", "8", "9"], NOT_A_CASE)
    D = dt.datetime
    rows = [
        (["Абылов Марат", "1970", "г. Жанаозен", "ч.1 ст.164 УК РК", D(2011, 12, 20), "лишение свободы", "6 лет 6 месяцев", "да", "события в Жанаозене"],
         T("Zhanaozen", "Mangystau", "174(1)", "imprisoned", 78, "2011-12-20", born=1970, dvk=True)),
        (["Буркитбаева Гаухар", "1978", "Актау", "ст.337-1 ч.2", "2013", "условно", "полтора года", "да", ""],
         T("Aktau", "Mangystau", "405(2)", "probation", 18, "2013-01-01", "year", 1978, True)),
        (["Ветров Алексей", "1965", "Kostanai", "ч. 2 ст. 405, ч. 3 ст. 405", "2018-05-10", "осужден к 7 годам", "", "", ""],
         T("Kostanay", "Kostanay", "405(2); 405(3)", "imprisoned", 84, "2018-05-10", born=1965)),
        (["Галимов Тимур", "1984", "Qaraghandy", "ст.405 ч.2; ст.182 ч.2", "07.2018", "лишение свободы", "5,5 лет", "+", ""],
         T("Karaganda", "Karaganda", "182(2); 405(2)", "imprisoned", 66, "2018-07-01", "month", 1984, True)),
        (["Даирова Жамиля", "1990", "Aqtobe", "405 ч. 2", "2018-07", "ограничение свободы", "два года", "+", ""],
         T("Aktobe", "Aktobe", "405(2)", "restricted_freedom", 24, "2018-07-01", "month", 1990, True)),
        (["Ермеков Даурен", "1987", "Kyzylorda region", "ч.2 ст.405", "март 2019", "отбывает срок", "1.5 года", "+", ""],
         T(None, "Kyzylorda", "405(2)", "imprisoned", 18, "2019-03-01", "month", 1987, True)),
        (["Жаксыбекова Инкар", "1993", "с. Шортанды, Акмолинская обл.", "ст.174 ч.2 п.2", "15.04.2019", "в колонии", "", "", ""],
         T(None, "Akmola", "174(2)", "imprisoned", None, "2019-04-15", born=1993)),
        (["Закиров Ильдар", "1981", "Oral (Uralsk)", "ч.2 ст.405 УК РК", "20.05.2019г.", "осуждена к 4 годам ограничения свободы", "", "+", ""],
         T("Oral", "West Kazakhstan", "405(2)", "restricted_freedom", 48, "2019-05-20", born=1981, dvk=True)),
        (["Иманбаев Санжар", "1985.0", "Taldyqorghan", "ч.2 ст.405", "05/2019", "штраф", "", "", "Көше партиясы"],
         T("Taldykorgan", "Jetisu", "405(2)", "fined", None, "2019-05-01", "month", 1985, True)),
        (["Калиева Мадина", "1988г.", "Алматы, Медеуский р-н", "ч.2 ст.405", "12.07.2019", "освобождена", "", "-", ""],
         T("Almaty", "Almaty", "405(2)", "released", None, "2019-07-12", born=1988)),
        (["Лаврентьев Олег", "1962", "Qostanay", "ч.1 ст.174", "2020-02-02", "под стражей", "", "нет", "не связан с ДВК"],
         T("Kostanay", "Kostanay", "174(1)", "pretrial_detention", None, "2020-02-02", born=1962)),
        (["Маратов Ержан", "1979", "Тараз", "ч.2 ст.405", "2020-03-03", "лишение свободы", "3 года 6 месяцев", "иә", ""],
         T("Taraz", "Zhambyl", "405(2)", "imprisoned", 42, "2020-03-03", born=1979, dvk=True)),
        (["Нугманова Асем", "1992", "Шымкент", "ч.2 ст.405", "2020-04-04", "ограничение свободы", "1 г. 6 м.", "жоқ", ""],
         T("Shymkent", "Shymkent", "405(2)", "restricted_freedom", 18, "2020-04-04", born=1992)),
        (["Итого за 2012-2020: 13", "", "", "", "", "", "", "", ""], NOT_A_CASE),
    ]
    for cells, truth in rows:
        s.add(cells, truth)
    return s


# ---------------------------------------------------------------- file 3: English header, Russian values, odd order, two sheets

def file_english() -> list[Sheet]:
    head = ["Status", "Article(s)", "Full name", "City / region", "Age", "Date of detention", "Sentence date", "Term",
            "DVK/Koshe", "Citizenship", "Occupation", "Lawyer", "Links"]
    a = Sheet("prisoners_en.xlsx", "2021")
    a.add(["List of political prisoners — Kazakhstan (invented data)"])
    a.add([])
    a.add(head)
    a.add(["лишение свободы", "ч.2 ст.405 УК РК", "Ахметжанов Берик", "г. Шымкент", 41, "12.07.2021", "01.12.2021", "5 лет",
           "да", "Казахстан", "водитель", "Иванов И.", "https://example.org/1"],
          T("Shymkent", "Shymkent", "405(2)", "imprisoned", 60, "2021-07-12", dvk=True))
    a.add(["ограничение свободы", "ч.1,2 ст.405", "Бекова Асель", "Shymkent city", 35, "03.03.2021", None, "3 года", "нет",
           "Казахстан", None, None, None],
          T("Shymkent", "Shymkent", "405(1); 405(2)", "restricted_freedom", 36, "2021-03-03"))
    a.add(["условно", "ст.405 ч.2", "Сарсенов Мурат", "Petropavlovsk", 52, "2021-06-15", None, "2 года", "да", None, None, None, None],
          T("Petropavl", "North Kazakhstan", "405(2)", "probation", 24, "2021-06-15", dvk=True))
    a.add(["под стражей", "ч.2 ст.405", "Каримова Жулдыз", "Ust-Kamenogorsk", 29, "2021-11-02 08:00", None, None, None,
           None, None, None, None],
          T("Oskemen", "East Kazakhstan", "405(2)", "pretrial_detention", None, "2021-11-02"))
    a.add(["лишение свободы", "ст. 272 ч. 2", "Турсунов Алибек", "Zhanaozen, Mangystau region", 33, "05.01.2022", "2022-07-01",
           "8 лет", None, None, None, None, None],
          T("Zhanaozen", "Mangystau", "272(2)", "imprisoned", 96, "2022-01-05"))
    a.add(["штраф 200 МРП", "ч.1 ст.400", "Абдрахманов Ерик", "Almaty", 60, "мая 2021", None, None, None, None, None, None, None],
          T("Almaty", "Almaty", "400(1)", "fined", None, "2021-05-01", "month"))
    a.add(["Released on parole", "ч.2 ст.405", "Зейнуллина Гаухар", "Караганда", 45, "2019", None, None, "да", None, None, None, None],
          T("Karaganda", "Karaganda", "405(2)", "released", None, "2019-01-01", "year", dvk=True))
    a.add(["* ages as of 2021"], NOT_A_CASE)

    b = Sheet("prisoners_en.xlsx", "2022")
    b.add(["January 2022 events"])
    b.add([])
    b.add(head)
    b.add(["5 лет колонии общего режима", "ч.2 ст.272", "Калиев Нурбол", "Алматы", 27, dt.datetime(2022, 1, 5, 18, 20), "2022-06-20", None,
           None, None, None, None, None],
          T("Almaty", "Almaty", "272(2)", "imprisoned", 60, "2022-01-05"))
    b.add(["ограничение свободы сроком на 3 года", "ч.2 ст.272", "Даулетов Ержан", "Талдыкорган", 31, "06.01.2022", "2022-05-11",
           None, None, None, None, None, None],
          T("Taldykorgan", "Jetisu", "272(2)", "restricted_freedom", 36, "2022-01-06"))
    b.add(["под домашним арестом", "ч.1 ст.274", "Ильясова Камила", "Taraz", 38, "January 2022", None, None, None, None, None, None, None],
          T("Taraz", "Zhambyl", "274(1)", "house_arrest", None, "2022-01-01", "month"))
    b.add(["оправдан", "ч.3 ст.380", "Мухтаров Рустем", "Aktobe", 44, "2022-01-07", None, None, None, None, None, None, None],
          T("Aktobe", "Aktobe", "380(3)", "acquitted", None, "2022-01-07"))
    b.add(["отбывает наказание в колонии", "ч.2 ст.405, ч.2 ст.182", "Касымов Жандос", "Kokshetau", 36, "12 сент. 2021", None, "7 л.", "да",
           None, None, None, None],
          T("Kokshetau", "Akmola", "182(2); 405(2)", "imprisoned", 84, "2021-09-12", dvk=True))
    b.add(["приговор: 5 лет л/с", "ч.1 ст.179", "Алданов Бекзат", "Семипалатинск", 50, "2022-02-14", "2022-08-01", None, None,
           None, None, None, None],
          T("Semey", "Abai", "179(1)", "imprisoned", 60, "2022-02-14"))
    b.add(["ограничение свободы", "ч.2 ст.405", "Сатыбалдиева Роза", "Нур-Султан", 58, "28.02.2022", None, "2,5 года", "да",
           None, None, None, None],
          T("Astana", "Astana", "405(2)", "restricted_freedom", 30, "2022-02-28", dvk=True))
    b.add(["Total: 7"], NOT_A_CASE)
    return [a, b]


def file_english_2023() -> Sheet:
    """English header worded otherwise, Russian and Kazakh values, section rows in the name column."""
    s = Sheet("prisoners_en.xlsx", "2023")
    s.add(["Political prisoners and persons under prosecution, 2023 update"])
    s.add(["Compiled by an invented monitoring group; all names are invented"])
    s.add([])
    s.add(["No.", "Defendant", "Date of birth", "Place", "Region", "Charges", "Measure / sentence", "Arrest date", "Verdict date",
           "Release date", "Group", "Court", "Place of detention"])
    D = dt.datetime
    rows = [
        (["", "West Kazakhstan", "", "", "", "", "", "", "", "", "", "", ""], NOT_A_CASE),
        (["1", "Abdullin Rinat", D(1986, 5, 17), "Uralsk", "", "ч.2 ст.405 УК РК", "осужден к 4 годам лишения свободы", "12.07.2021 14:30",
          "2021-12-20", "", "ДВК", "Уральский городской суд", "ИК-12"],
         T("Oral", "West Kazakhstan", "405(2)", "imprisoned", 48, "2021-07-12", born=1986, dvk=True)),
        (["2", "Begimova Laura", D(1991, 2, 3), "Aksay", "West Kazakhstan", "ст. 405 (ч. 2)", "ограничение свободы 2 г. 6 мес.", "с 10.05.2021",
          "", "", "Koshe Partiyasy member", "", ""],
         T("Aksay", "West Kazakhstan", "405(2)", "restricted_freedom", 30, "2021-05-10", born=1991, dvk=True)),
        (["", "Восточный Казахстан", "", "", "", "", "", "", "", "", "", "", ""], NOT_A_CASE),
        (["3", "Gorbunov Pavel", D(1968, 8, 30), "Өскемен", "", "Статья 174, часть 1", "освобожден из зала суда", "03.03.2022",
          "2022-09-09", "2022-09-09", "", "", ""],
         T("Oskemen", "East Kazakhstan", "174(1)", "released", None, "2022-03-03", born=1968)),
        (["4", "Daulenov Arman", D(1980, 4, 4), "Риддер", "ВКО", "п.2 ч.4 ст.274", "под стражей", "от 12 июля 2021 г.", "", "", "", "", "СИЗО"],
         T("Ridder", "East Kazakhstan", "274(4)", "pretrial_detention", None, "2021-07-12", born=1980)),
        (["", "Южный Казахстан", "", "", "", "", "", "", "", "", "", "", ""], NOT_A_CASE),
        (["5", "Yergaliyev Bolat", "04.03.1985", "Чимкент", "", "ст.405 ч.2 УК РК, ст.488 КоАП РК", "штраф 1000 МРП", "since July 2021",
          "", "", "сторонник ДВК", "", ""],
         T("Shymkent", "Shymkent", "405(2)", "fined", None, "2021-07-01", "month", 1985, True)),
        (["6", "Zhunusova Aida", "1990 г.р.", "Сарыагаш", "Туркестанская обл.", "ч.2 ст.405 УК (1-й эпизод), ч.2 ст.405 (2-й эпизод)",
          "лишение свободы условно, 2 года", "12 июл. 2021", "", "", "ДВК", "", ""],
         T("Saryagash", "Turkistan", "405(2)", "probation", 24, "2021-07-12", born=1990, dvk=True)),
        (["7", "Iskakov Timur", D(1977, 1, 30), "Kentau", "", "ст. 488 КоАП", "штраф", "2021-09-21", "", "", "", "", ""],
         T("Kentau", "Turkistan", None, "fined", None, "2021-09-21", born=1977)),
        (["", "Центр и север", "", "", "", "", "", "", "", "", "", "", ""], NOT_A_CASE),
        (["8", "Kalmakov Yerbol", D(1983, 3, 13), "Целиноград", "", "Art. 405 part 2 CC", "дело на стадии следствия", "2022.03.01",
          "", "", "QDT", "", ""],
         T("Astana", "Astana", "405(2)", "under_investigation", None, "2022-03-01", born=1983, dvk=True)),
        (["9", "Lee Andrey", D(1975, 10, 10), "Karaganda region, Temirtau", "", "174 ч.1", "на принудительном лечении", "2021",
          "", "", "", "", ""],
         T("Temirtau", "Karaganda", "174(1)", "compulsory_treatment", None, "2021-01-01", "year", 1975)),
        (["10", "Mukanov Aslan", D(1992, 6, 1), "Актюбинск", "", "ч.2 ст.405", "отбыл срок", "мар. 2020", "2020-09-01", "2022-03-01",
          "Демвыбор", "", ""],
         T("Aktobe", "Aktobe", "405(2)", "released", None, "2020-03-01", "month", 1992, True)),
        (["11", "Nurmagambetova Zhanna", D(1989, 12, 31), "Гурьев", "", "ч.2 ст.405", "домашний арест", "2022 ж. 4 қаңтар", "", "",
          "Свидетели Иеговы", "", ""],
         T("Atyrau", "Atyrau", "405(2)", "house_arrest", None, "2022-01-04", born=1989)),
        (["12", "Ospanov Nurlybek", D(1979, 7, 21), "Алматинская обл., г. Талдыкорган", "", "ст.272 ч.2 УК РК",
          "приговор отменен, оправдан", "05.01.2022", "2022-04-01", "", "", "", ""],
         T("Taldykorgan", "Jetisu", "272(2)", "acquitted", None, "2022-01-05", born=1979)),
        (["13", "Rakhimzhanova Dana", "1985г.", "Akmola region, Kosshy", "", "ч.2 ст.405", "пробационный контроль 1 год", "Jul 2021", "", "",
          "бывший член ДВК", "", ""],
         T("Kosshy", "Akmola", "405(2)", "probation", 12, "2021-07-01", "month", 1985, True)),
        (["14", "Sarsenbayev Kuat", "4 марта 1985 г.", "Иссык", "Алматинская обл.", "ч.2 ст.405", "6 лет ИК", "12th July 2021", "", "",
          "Қазақстанның Демократиялық таңдауы", "", ""],
         T("Esik", "Almaty Region", "405(2)", "imprisoned", 72, "2021-07-12", born=1985, dvk=True)),
        (["15", "Tokayeva Madina", D(1994, 4, 14), "ЗКО", "", "ч.1 ст.174", "4 years of restriction of freedom", "12.07.21г.", "", "", "", "", ""],
         T(None, "West Kazakhstan", "174(1)", "restricted_freedom", 48, "2021-07-12", born=1994)),
        (["16", "Utepov Azamat", D(1986, 9, 1), "ВКО, г. Риддер", "", "ч.2 ст.405", "5 years imprisonment", "шілде 2021 ж.", "", "",
          "ДВК / Көше", "", ""],
         T("Ridder", "East Kazakhstan", "405(2)", "imprisoned", 60, "2021-07-01", "month", 1986, True)),
        (["17", "Khamitov Rustam", D(1990, 3, 8), "Жаркент (Панфилов)", "", "ч.2 ст.405", "Pre-trial detention (SIZO)", "в июле 2021", "", "",
          "Хизб-ут-Тахрир", "", ""],
         T("Zharkent", "Jetisu", "405(2)", "pretrial_detention", None, "2021-07-01", "month", 1990)),
        (["18", "Shaimerdenova Aruzhan", D(1999, 9, 9), "Ұлытау облысы, Жезқазған", "", "ч.2 ст.405", "приговор вступил в силу, 3 года л/с",
          "12 июля 2021 года", "", "", "Koshe Partiyasy", "", ""],
         T("Zhezkazgan", "Ulytau", "405(2)", "imprisoned", 36, "2021-07-12", born=1999, dvk=True)),
        (["Note: dates of release are given where known", "", "", "", "", "", "", "", "", "", "", "", ""], NOT_A_CASE),
    ]
    for cells, truth in rows:
        s.add(cells, truth)
    return s


# ---------------------------------------------------------------- file 4: Russian header, English values; UTF-8 no BOM, `;`

def file_ru_header_en_values() -> list[Sheet]:
    s = Sheet("en_values.csv")
    s.add(["Список дел (вымышленные данные), выгрузка из Google Sheets"])
    s.add([])
    s.add(["ФИО", "Год рождения", "Город", "Статья", "Статус", "Срок", "Дата ареста", "Дата приговора", "Принадлежность", "Адвокат"])
    s.add(["KAIYRBEKOV Askar", "1978", "Almaty", "Art. 405(2)", "imprisoned", "7 years", "12 July 2021", "1 December 2021", "DVK", "none"],
          T("Almaty", "Almaty", "405(2)", "imprisoned", 84, "2021-07-12", born=1978, dvk=True))
    s.add(["SADYKOVA Aizhan", "1985", "Astana", "Article 405 part 2", "restricted freedom", "2 yrs 6 mo", "July 2021", "", "Koshe Party", ""],
          T("Astana", "Astana", "405(2)", "restricted_freedom", 30, "2021-07-01", "month", 1985, True))
    s.add(["#BEKOV Timur", "1991", "Shymkent city", "Article 405 Part 1 and 2", "probation", "2 years", "since 03.02.2021", "", "Street Party", ""],
          T("Shymkent", "Shymkent", "405(1); 405(2)", "probation", 24, "2021-02-03", born=1991, dvk=True))
    s.add(["OMAROVA Saltanat", "1969", "Oral", "Art. 174(1)", "fined", "", "2020", "", "", ""],
          T("Oral", "West Kazakhstan", "174(1)", "fined", None, "2020-01-01", "year", 1969))
    s.add(["ZHAKSYBEKOV Nurlan", "1982", "Karaganda", "Art. 182(2); Art. 405(2)", "pretrial detention", "", "15.09.2021", "", "Hizb ut-Tahrir", ""],
          T("Karaganda", "Karaganda", "182(2); 405(2)", "pretrial_detention", None, "2021-09-15", born=1982))
    s.add(["TULEPOVA Dana", "1996", "Aktau", "Art. 274(2)", "house arrest", "", "July 12, 2021", "", "", ""],
          T("Aktau", "Mangystau", "274(2)", "house_arrest", None, "2021-07-12", born=1996))
    s.add(["MURATOV Yerlan", "1974", "Pavlodar", "Art. 405(2)", "released", "", "2019", "", "DVK supporter", ""],
          T("Pavlodar", "Pavlodar", "405(2)", "released", None, "2019-01-01", "year", 1974, True))
    s.add(["ABENOVA Gulmira", "1980", "Kostanay", "Art. 405(1)", "under investigation", "", "March 2022", "", "QDT", ""],
          T("Kostanay", "Kostanay", "405(1)", "under_investigation", None, "2022-03-01", "month", 1980, True))
    s.add(["SERIKOV Daniyar", "1990", "Zhanaozen", "Article 272 part 2", "Sentenced to 5 years in prison", "", "5 January 2022", "", "", ""],
          T("Zhanaozen", "Mangystau", "272(2)", "imprisoned", 60, "2022-01-05", born=1990))
    s.add(["ISKAKOV Marat", "1965", "Taldykorgan", "Art. 380(1)", "acquitted", "", "2022-01-08", "", "", ""],
          T("Taldykorgan", "Jetisu", "380(1)", "acquitted", None, "2022-01-08", born=1965))
    s.add(["NURPEISOVA Kamila", "1993", "Atyrau", "Art. 405(2)", "Sentenced to 3 years of restricted freedom", "", "Sept 2021", "", "Koshe Partiyasy", ""],
          T("Atyrau", "Atyrau", "405(2)", "restricted_freedom", 36, "2021-09-01", "month", 1993, True))
    s.add(["KARIMOV Serik", "1987", "Uralsk", "Art. 405 (1, 2)", "sentenced to 2 years of restricted freedom", "", "12.07.2021", "", "member of DVK", ""],
          T("Oral", "West Kazakhstan", "405(1); 405(2)", "restricted_freedom", 24, "2021-07-12", born=1987, dvk=True))
    s.add(["BAIMUKHANOVA Sholpan", "1983", "Kyzylorda", "Art. 174(1)", "suspended sentence, 1 year", "", "2021-02-02", "", "Oyan, Qazaqstan", ""],
          T("Kyzylorda", "Kyzylorda", "174(1)", "probation", 12, "2021-02-02", born=1983))
    s.add(["TOKTAROV Adil", "1979", "Ekibastuz", "Article 182 Part 2 and 405 Part 2", "in custody", "", "since 20.09.2021", "", "", ""],
          T("Ekibastuz", "Pavlodar", "182(2); 405(2)", "pretrial_detention", None, "2021-09-20", born=1979))
    s.add(["NURMANOV Galym", "1994", "Nur-Sultan", "Art. 405(2)", "imprisoned", "1 yr 6 mo", "Jan 2022", "", "Street Party", ""],
          T("Astana", "Astana", "405(2)", "imprisoned", 18, "2022-01-01", "month", 1994, True))
    s.add(["YESSENOVA Asel", "1986", "Kokshetau", "Art. 274(2)", "fine of 300 MCI", "", "2020-11-11", "", "", ""],
          T("Kokshetau", "Akmola", "274(2)", "fined", None, "2020-11-11", born=1986))
    s.add(["DZHAKUPOV Erzhan", "1972", "Semey", "Art. 405(2)", "released under amnesty", "", "2019", "", "not DVK", ""],
          T("Semey", "Abai", "405(2)", "released", None, "2019-01-01", "year", 1972, False))
    s.add(["Source: invented for testing", "", "", "", "", "", "", "", "", ""], NOT_A_CASE)
    s.add(["SULTANOV Berik", "1960", "Oskemen", "Art. 405(2)", "compulsory treatment", "", "2021-10-10", "", "Democratic Choice of Kazakhstan", ""],
          T("Oskemen", "East Kazakhstan", "405(2)", "compulsory_treatment", None, "2021-10-10", born=1960, dvk=True))
    s.add(["ZHUMABAYEV Nurbolat", "1988", "Turkestan", "Art. 405(2)", "restricted freedom, 3 years", "", "1 March 2021", "", "Koshe", ""],
          T("Turkistan", "Turkistan", "405(2)", "restricted_freedom", 36, "2021-03-01", born=1988, dvk=True))
    s.add(["ALIYEVA Saule", "1977", "Zhezkazgan", "Art. 274(4)", "imprisoned", "3 years 6 months", "12 Sep 2021", "", "", ""],
          T("Zhezkazgan", "Ulytau", "274(4)", "imprisoned", 42, "2021-09-12", born=1977))
    s.add(["KASSYMOV Yerzhan", "1983", "Konaev (Kapchagay)", "Art. 405(1)", "house arrest", "", "2022-02-02", "", "", ""],
          T("Konaev", "Almaty Region", "405(1)", "house_arrest", None, "2022-02-02", born=1983))
    s.add(["BEKTUROVA Aigul", "1990", "Satpayev", "Art. 405(2)", "probation, 2 years", "", "2021", "", "", ""],
          T("Satpayev", "Ulytau", "405(2)", "probation", 24, "2021-01-01", "year", 1990))
    s.add(["Total: 22", "", "", "", "", "", "", "", "", ""], NOT_A_CASE)
    return [s]


# ---------------------------------------------------------------- file 5: Kazakh header; UTF-16 LE, tab

def file_kazakh_utf16() -> list[Sheet]:
    s = Sheet("qazaq_tizim.csv")
    s.add(["Т.А.Ә.", "Туған жылы", "Қала", "Бап", "Жағдайы", "Мерзімі", "Ұсталған күні", "Үкім шыққан күні", "Ескерту"])
    s.add(["Серікбаев Нұрлан", "1984", "Алматы қ.", "ҚР ҚК 405-бабы 2-бөлігі", "бас бостандығынан айыру", "7 жыл", "12.07.2021", "01.12.2021", "ДВК жақтасы"],
          T("Almaty", "Almaty", "405(2)", "imprisoned", 84, "2021-07-12", born=1984, dvk=True))
    s.add(["Әбдірахманова Гүлнар", "1979", "Астана", "405-бап 1-бөлік", "бас бостандығын шектеу 2 жыл", "", "2021 ж. 12 шілде", "", "Көше партиясы"],
          T("Astana", "Astana", "405(1)", "restricted_freedom", 24, "2021-07-12", born=1979, dvk=True))
    s.add(["Қасымов Бекзат", "1990", "Шымкент", "174-бабы 1-бөлігі", "үй қамағында", "", "12-шілде, 2021", "", ""],
          T("Shymkent", "Shymkent", "174(1)", "house_arrest", None, "2021-07-12", born=1990))
    s.add(["Омарова Айнұр", "1988", "Орал", "405-бабы 2-бөлігі", "шартты түрде", "2 жыл", "наурыз 2021", "", "ДВК"],
          T("Oral", "West Kazakhstan", "405(2)", "probation", 24, "2021-03-01", "month", 1988, True))
    s.add(["Жұмабаев Ерлан", "1975", "Қарағанды", "272-бабы 2-бөлігі", "тергеу абақтысында", "", "2022 ж. 6 қаңтар", "", ""],
          T("Karaganda", "Karaganda", "272(2)", "pretrial_detention", None, "2022-01-06", born=1975))
    s.add(["Төлеуова Сәуле", "1992", "Ақтөбе", "405-бап", "айыппұл", "", "2020", "", "Көше партиясының белсендісі"],
          T("Aktobe", "Aktobe", "405", "fined", None, "2020-01-01", "year", 1992, True))
    s.add(["Нұрғалиев Дархан", "1986", "Павлодар", "405-бабы 2-бөлігі", "босатылды", "", "15.03.2020", "", ""],
          T("Pavlodar", "Pavlodar", "405(2)", "released", None, "2020-03-15", born=1986))
    s.add(["Бекмұханбетов Асқар", "1970", "Қызылорда", "405-бабы 2-бөлігі", "бас бостандығынан айыру", "5 жыл", "2021 ж. 3 қараша", "", "ДВК-ға қатысы жоқ"],
          T("Kyzylorda", "Kyzylorda", "405(2)", "imprisoned", 60, "2021-11-03", born=1970, dvk=False))
    s.add(["Сейітова Мөлдір", "1997", "Түркістан", "174-бабы 2-бөлігі", "бас бостандығынан айыру", "3 жыл 6 ай", "2022.02.14", "", ""],
          T("Turkistan", "Turkistan", "174(2)", "imprisoned", 42, "2022-02-14", born=1997))
    s.add(["Ахметов Дәулет", "1981", "Тараз", "405-бабы 2-бөлігі", "бас бостандығын шектеу", "1 жыл 6 ай", "шілде 2021", "", "Көше партиясы"],
          T("Taraz", "Zhambyl", "405(2)", "restricted_freedom", 18, "2021-07-01", "month", 1981, True))
    s.add(["Нұрпейісов Айбек", "1985", "Жаңаөзен", "272-бабы 2-бөлігі", "бас бостандығынан айыру", "6 жыл", "2022 ж. 5 қаңтар", "", ""],
          T("Zhanaozen", "Mangystau", "272(2)", "imprisoned", 72, "2022-01-05", born=1985))
    s.add(["Оспанова Гүлжан", "1991", "Өскемен", "405-бабы 2-бөлігі", "үй қамағында", "", "12-шілде, 2021", "", "ҚДТ"],
          T("Oskemen", "East Kazakhstan", "405(2)", "house_arrest", None, "2021-07-12", born=1991, dvk=True))
    s.add(["Тұрсынбаев Марат", "1976", "Петропавл", "405-бабы 1, 2-бөліктері", "айыппұл", "", "2021 ж. 3 қараша", "", "Көше партиясы"],
          T("Petropavl", "North Kazakhstan", "405(1); 405(2)", "fined", None, "2021-11-03", born=1976, dvk=True))
    s.add(["Бекова Әсел", "1989", "Қонаев", "174-бабы 1-бөлігі", "шартты түрде 1 жыл", "", "2022.02.14", "", ""],
          T("Konaev", "Almaty Region", "174(1)", "probation", 12, "2022-02-14", born=1989))
    s.add(["Сағынтаев Ерлан", "1980", "Талдықорған", "405-бабы 2-бөлігі", "бас бостандығын шектеу", "2 жыл 6 ай", "наурыз 2021", "", "ДВК"],
          T("Taldykorgan", "Jetisu", "405(2)", "restricted_freedom", 30, "2021-03-01", "month", 1980, True))
    s.add(["Мұхамеджанова Ақмарал", "1995", "Атырау", "380-бабы 1-бөлігі", "ақталды", "", "2022 ж. 6 қаңтар", "", ""],
          T("Atyrau", "Atyrau", "380(1)", "acquitted", None, "2022-01-06", born=1995))
    s.add(["Әлімжанов Қайрат", "1979", "Шу", "405-бабы 2-бөлігі", "бас бостандығынан айыру", "5 жыл", "2021 ж.", "", "ҚДТ жақтасы"],
          T("Shu", "Zhambyl", "405(2)", "imprisoned", 60, "2021-01-01", "year", 1979, True))
    s.add(["Ермекова Жансая", "1996", "Жетісу облысы", "405-бабы 2-бөлігі", "үй қамағы", "", "12.07.2021", "", "Көше партиясы"],
          T(None, "Jetisu", "405(2)", "house_arrest", None, "2021-07-12", born=1996, dvk=True))
    s.add(["Қалиев Бауыржан", "1983", "Ақтау қ.", "174-бабы 1-бөлігі", "босатылды", "", "2022 ж. 6 қаңтар", "", ""],
          T("Aktau", "Mangystau", "174(1)", "released", None, "2022-01-06", born=1983))
    s.add(["Серікова Әйгерім", "1992", "Шымкент қаласы", "405-бабы 2-бөлігі", "айыппұл", "", "шілде 2021", "", "ДВК"],
          T("Shymkent", "Shymkent", "405(2)", "fined", None, "2021-07-01", "month", 1992, True))
    s.add(["Барлығы: 20", "", "", "", "", "", "", "", ""], NOT_A_CASE)
    return [s]


# ---------------------------------------------------------------- file 6: cp1251, `,`, quoted cells with commas and newlines

def file_cp1251() -> list[Sheet]:
    s = Sheet("spisok_cp1251.csv")
    s.add(["Список политзаключенных (вымышленные данные)", "", "", "", "", "", "", "", ""])
    s.add(["", "", "", "", "", "", "", "", ""])
    s.add(["№", "ФИО", "Возраст", "Населенный пункт", "Статья", "Мера", "Срок", "Дата задержания", "Комментарий"])
    s.add(["1.", "Абишев Кайрат", "45", "г. Актобе, ул. Вымышленная", "ч.1 ст.405, ч.2 ст.405", "лишение свободы", "7 л.", "12.07.2021",
           "член ДВК,\nзадержан на митинге"],
          T("Aktobe", "Aktobe", "405(1); 405(2)", "imprisoned", 84, "2021-07-12", dvk=True))
    s.add(["2.", "Жанибекова Сания", "37", "Кокшетау", "ст.ст.174,405", "ограничение свободы", "3 г. 6 м.", "мар. 2020",
           "сторонница \"Демвыбора\", мать троих детей"],
          T("Kokshetau", "Akmola", "174; 405", "restricted_freedom", 42, "2020-03-01", "month", dvk=True))
    s.add(["3.", "Галиев Арман", "52", "Тараз (Жамбыл)", "405 УК", "условно", "18 мес", "2021", "не является членом ДВК"],
          T("Taraz", "Zhambyl", "405", "probation", 18, "2021-01-01", "year", dvk=False))
    s.add(["4.", "Султанова Алия", "30", "Экибастуз", "ч.2 ст.405", "под стражей", "", "2021.07.12", "Таблиги Джамаат"],
          T("Ekibastuz", "Pavlodar", "405(2)", "pretrial_detention", None, "2021-07-12"))
    s.add(["5.", "Тасмагамбетов Ержан", "39", "Рудный", "ч. 2 ст. 405", "штраф", "", "12/07/2021", "Кошe партиясы"],
          T("Rudny", "Kostanay", "405(2)", "fined", None, "2021-07-12", dvk=True))
    s.add(["2022 год", "", "", "", "", "", "", "", ""], NOT_A_CASE)
    s.add(["6.", "Мукашев Азат", "28", "Жанаозен", "ч.2 ст.272", "лишение свободы", "5 лет", "05.01.2022", "события января 2022, \"Кантар\""],
          T("Zhanaozen", "Mangystau", "272(2)", "imprisoned", 60, "2022-01-05"))
    s.add(["7.", "Оразбаева Жанна", "41", "Темиртау", "ч.1 ст.174", "домашний арест", "", "20 янв. 2022", ""],
          T("Temirtau", "Karaganda", "174(1)", "house_arrest", None, "2022-01-20"))
    s.add(["8.", "Смагулов Берик", "55", "Кызылорда обл.", "ч.2 ст.405", "освобожден", "", "12.7.21", "ДВК (Аблязов)"],
          T(None, "Kyzylorda", "405(2)", "released", None, "2021-07-12", dvk=True))
    s.add(["9.", "Жунусов Марат", "33", "Талгар", "ч.2 ст.405", "лишение свободы", "2,5 года", "окт. 2021", "двк"],
          T("Talgar", "Almaty Region", "405(2)", "imprisoned", 30, "2021-10-01", "month", dvk=True))
    s.add(["10.", "Исмаилова Гульжан", "47", "Аксу", "ч.1 ст.274", "оправдана", "", "дек. 2021", ""],
          T(None, None, "274(1)", "acquitted", None, "2021-12-01", "month"))  # Aksu: a town (Pavlodar) and villages: ambiguous
    s.add(["11.", "Досанов Бауыржан", "38", "г. Шымкент, Абайский район", "ч.2 ст.405", "лишение свободы", "4 г.", "12.07.2021 г.",
           "со слов родственников:\n\"связан с ДВК\""],
          T("Shymkent", "Shymkent", "405(2)", "imprisoned", 48, "2021-07-12", dvk=True))
    s.add(["12.", "Ержанова Салтанат", "44", "Нур-Султан", "ст.405 ч.2", "ограничение свободы", "1 год 6 мес.", "сентябрь 2021",
           "Коше партиясы, задержана 12.09"],
          T("Astana", "Astana", "405(2)", "restricted_freedom", 18, "2021-09-01", "month", dvk=True))
    s.add(["13.", "Жолдасбеков Ильяс", "61", "Кустанай", "ч.1 ст.174", "под подпиской о невыезде", "", "15.03.2022", "пенсионер, блогер"],
          T("Kostanay", "Kostanay", "174(1)", "under_investigation", None, "2022-03-15"))
    s.add(["14.", "Ильясов Руслан", "27", "Шахтинск", "ч.2 ст.405", "лишение свободы", "2 г. 6 м.", "2021-07-12", "ДВК, Аблязов"],
          T("Shakhtinsk", "Karaganda", "405(2)", "imprisoned", 30, "2021-07-12", dvk=True))
    s.add(["15.", "Ким Ольга", "35", "Петропавловск", "ст.ст.174,405", "штраф 500 МРП", "", "фев. 2021", "Таблиги Джамаат, не ДВК"],
          T("Petropavl", "North Kazakhstan", "174; 405", "fined", None, "2021-02-01", "month"))
    s.add(["15.", "Ким Ольга", "35", "Петропавловск", "ст.ст.174,405", "штраф 500 МРП", "", "фев. 2021", "Таблиги Джамаат, не ДВК"], "duplicate")
    s.add(["16.", "Байсеитов Ерболат", "50", "Байконур", "ч.2 ст.405", "ограничение свободы", "2 года", "2021.07.12", "ДВК"],
          T("Baikonur", "Kyzylorda", "405(2)", "restricted_freedom", 24, "2021-07-12", dvk=True))
    s.add(["17.", "Джумабаев Нуржан", "42", "Степногорск", "ч.2 ст.405", "лишение свободы", "5 л.", "мая 2021", "Демвыбор"],
          T("Stepnogorsk", "Akmola", "405(2)", "imprisoned", 60, "2021-05-01", "month", dvk=True))
    s.add(["18.", "Есимова Гульмира", "36", "Лисаковск", "ч.1 ст.174", "под домашним арестом", "", "12.07.2021", ""],
          T("Lisakovsk", "Kostanay", "174(1)", "house_arrest", None, "2021-07-12"))
    s.add(["19.", "Жанабаев Серик", "58", "Балхаш", "ч.2 ст.405", "освобожден условно-досрочно", "", "2020", "Коше партиясы"],
          T("Balkhash", "Karaganda", "405(2)", "released", None, "2020-01-01", "year", dvk=True))
    s.add(["20.", "Зейнолла Арман", "31", "Кульсары", "ч.2 ст.405", "лишение свободы", "7 лет", "12 сент. 2021", "ДВК"],
          T("Kulsary", "Atyrau", "405(2)", "imprisoned", 84, "2021-09-12", dvk=True))
    s.add(["21.", "Исабекова Айгерим", "29", "Кентау", "ч.2 ст.405", "ограничение свободы", "18 мес", "2022-01-10", ""],
          T("Kentau", "Turkistan", "405(2)", "restricted_freedom", 18, "2022-01-10"))
    s.add(["Всего: 21", "", "", "", "", "", "", "", ""], NOT_A_CASE)
    s.add(["* — данные уточняются, возраст на 2023 год", "", "", "", "", "", "", "", ""], NOT_A_CASE)
    return [s]


def write_lists(folder: Path) -> pd.DataFrame:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    truth = []
    sheets = file_almaty() + [file_almaty_2022()]
    _xlsx(folder / sheets[0].file, sheets)
    truth += [t for s in sheets for t in s.truth]
    sheets = file_merged() + [file_archive()]
    _xlsx(folder / sheets[0].file, sheets)
    truth += [t for s in sheets for t in s.truth]
    sheets = file_english() + [file_english_2023()]
    _xlsx(folder / sheets[0].file, sheets)
    truth += [t for s in sheets for t in s.truth]
    for sheets, encoding, delimiter in ((file_ru_header_en_values(), "utf-8", ";"), (file_kazakh_utf16(), "utf-16", "\t"),
                                        (file_cp1251(), "cp1251", ",")):
        _csv(folder / sheets[0].file, sheets[0], encoding, delimiter)
        truth += [t for s in sheets for t in s.truth]
    return pd.DataFrame(truth)


if __name__ == "__main__":
    import sys

    out = write_lists(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/redteam2"))
    print(out["kind"].value_counts().to_string())
