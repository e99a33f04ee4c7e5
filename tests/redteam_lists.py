"""Hand-written red-team lists with their ground truth (written by a tester who did not read the generator).

`write_lists(folder) -> DataFrame` writes six lists in the ways README "How values are read"
names (xlsx with several sheets, title rows, a two-row header with merged
group cells, date cells, Excel serial numbers, dates as text; CSV in UTF-8
with and without BOM, UTF-16 and cp1251, separated by `,` `;` or tab) and
returns one truth row per non-blank row below a header: source_file,
source_sheet, source_row, kind ("case" or "not_a_case") and the fields
compared by `tests/accuracy.py`. All names are invented.
"""
from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import pandas as pd
from openpyxl import Workbook

REGION = {
    "Almaty": "Almaty", "Astana": "Astana", "Shymkent": "Shymkent", "Taldykorgan": "Jetisu", "Konaev": "Almaty Region",
    "Oskemen": "East Kazakhstan", "Semey": "Abai", "Oral": "West Kazakhstan", "Zhanaozen": "Mangystau", "Aktau": "Mangystau",
    "Petropavl": "North Kazakhstan", "Aktobe": "Aktobe", "Kyzylorda": "Kyzylorda", "Taraz": "Zhambyl", "Kostanay": "Kostanay",
    "Karaganda": "Karaganda", "Atyrau": "Atyrau", "Pavlodar": "Pavlodar", "Kokshetau": "Akmola", "Turkistan": "Turkistan",
    "Zhezkazgan": "Ulytau", "Temirtau": "Karaganda", "Ekibastuz": "Pavlodar",
}


def serial(d: date) -> int:
    """The Excel (1900 system) serial number of a day."""
    return (d - date(1899, 12, 30)).days


def T(city: str, articles: str, status: str, months, started: str, precision: str, born, dvk: bool, region: str | None = None) -> dict:
    return {"city": city, "region": region if region is not None else REGION.get(city, ""), "articles": articles,
            "status": status, "sentence_months": "" if months is None else str(months), "started_on": started,
            "started_precision": precision if started else "", "birth_year": "" if born is None else str(born), "dvk_koshe": dvk}


SKIP = None  # truth of a row that is not a case


# ---------------------------------------------------------------- 1. Russian xlsx, several sheets, two-row header
SHEET_SENTENCED = {
    "title": [["Список политических заключённых Республики Казахстан"], ["по состоянию на 01.10.2023"], []],
    "top": ["№", "Ф.И.О", "Год рожд.", "Место (город)", "Статья УК", "Наказание", None, "Даты", None, None, "Примечание"],
    "sub": [None, None, None, None, None, "вид", "срок", "задержания", "возбуждения дела", "приговора", None],
    "merged": ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:G4", "H4:J4", "K4:K5"],
    "rows": [
        [[None, "Алматинская область и г. Алматы"] + [None] * 9, SKIP],
        [[1, "Жумабаев Ерлан Маратович", 1979, "г. Алматы", "ч.2 ст.405 УК РК", "лишение свободы", "1 год 6 мес.", datetime(2021, 7, 12), None, datetime(2021, 11, 3), "сторонник ДВК"],
         T("Almaty", "405(2)", "imprisoned", 18, "2021-07-12", "day", 1979, True)],
        [[2, "Сейтказиев Нуржан", "1985 г.р.", "Алма-Ата", "ст. 405 ч. 2; ст. 174 ч. 1", "ограничение свободы", "3 года", serial(date(2020, 3, 5)), None, serial(date(2020, 9, 1)), "Демократический выбор Казахстана"],
         T("Almaty", "174(1); 405(2)", "restricted_freedom", 36, "2020-03-05", "day", 1985, True)],
        [[3, "Ахметова Гульнар Сериковна", datetime(1990, 4, 2), "Aлмaты", "статья 405 часть 2", "пробационный контроль", "2 года", "12.07.2021 г.", None, "от 20.12.2021", "Көше партиясы"],
         T("Almaty", "405(2)", "probation", 24, "2021-07-12", "day", 1990, True)],
        [[4, "Темиров Данияр", 1992, "Талдыкорган (Алматинская обл.)", "ч. 1 ст. 405", "штраф", "500 МРП", "июль 2021", None, "12 октября 2021", None],
         T("Taldykorgan", "405(1)", "fined", None, "2021-07-01", "month", 1992, False)],
        [[5, "Оспанов Берик", 1968, "Капшагай", "ч.2 ст.405, ч.1 ст.174 УК", "лишение свободы", "полтора года", "с 2019", None, "2020", "член Уличной партии"],
         T("Konaev", "174(1); 405(2)", "imprisoned", 18, "2019-01-01", "year", 1968, True)],
        [[6, "Кенесова Айгерим", "1988", " алматы ", "ст.405 ч.2", "условно", "2 года", None, "03.02.2022", "15.06.2022", "Уличная партия"],
         T("Almaty", "405(2)", "probation", 24, "2022-02-03", "day", 1988, True)],
        [[None, "Восточно-Казахстанская область"] + [None] * 9, SKIP],
        [[7, "Иманбаев Серик", 1975, "Усть-Каменогорск", "ч.3 ст.174 УК РК", "лишение свободы", "5 лет", "2022-01-06", None, "2022-08-30", "пост в Facebook"],
         T("Oskemen", "174(3)", "imprisoned", 60, "2022-01-06", "day", 1975, False)],
        [[8, "Мухамедиева Сауле", 1983, "Семипалатинск", "ст. 405 ч. 2 УК РК", "ограничение свободы", "1 год", "12.05.2020", None, "12.08.2020", "Хизб ут-Тахрир"],
         T("Semey", "405(2)", "restricted_freedom", 12, "2020-05-12", "day", 1983, False)],
        [[9, "Болатов Ринат", 1991, "Семей", "ч.2 ст.405", "лишение свободы условно", "1 год", datetime(2020, 6, 1), None, None, None],
         T("Semey", "405(2)", "probation", 12, "2020-06-01", "day", 1991, False)],
        [[10, "Смагулов Ерболат", "1970", "г. Өскемен", "ст. 272 ч. 2", "лишение свободы", "8 лет", "05.01.2022", "06.01.2022", "14.11.2022", None],
         T("Oskemen", "272(2)", "imprisoned", 96, "2022-01-05", "day", 1970, False)],
        [["* Данные правозащитного центра; имена изменены"] + [None] * 10, SKIP],
        [[None, "Итого", None, None, None, None, None, None, None, None, None], SKIP],
    ],
}

SHEET_INVESTIGATION = {
    "title": [["Лица под следствием"]],
    "top": ["ФИО", "Дата задержания/ареста", "Город", "Статья", "Мера пресечения", "Связь с ДВК"],
    "sub": None,
    "merged": [],
    "rows": [
        [["Каримов Азамат", "от 12.07.2021", "Нур-Султан", "ч.2 ст.405 УК РК", "под домашним арестом", "да"],
         T("Astana", "405(2)", "house_arrest", None, "2021-07-12", "day", None, True)],
        [["Нурланова Жанар", "12 июля 2021", "Нурсултан", "ч.1 ст.174", "содержится в СИЗО", "нет"],
         T("Astana", "174(1)", "pretrial_detention", None, "2021-07-12", "day", None, False)],
        [["Абдрахманов Асет", "март 2022", "Астана", "ст. 405", "подписка о невыезде", "Да"],
         T("Astana", "405", "under_investigation", None, "2022-03-01", "month", None, True)],
        [["Есенов Кайрат", "2022", "Уральск", "ч.2 ст.405", "под стражей", "Нет"],
         T("Oral", "405(2)", "pretrial_detention", None, "2022-01-01", "year", None, False)],
        [["Тулегенов Мурат", serial(date(2022, 1, 5)), "Жанаозен", "ч.2 ст.272 УК РК", "арест", "-"],
         T("Zhanaozen", "272(2)", "pretrial_detention", None, "2022-01-05", "day", None, False)],
        [["Досжанов Алибек", "с 15.03.2023", "Шымкент", "ст.405 ч.2 УК РК", "домашний арест", "+"],
         T("Shymkent", "405(2)", "house_arrest", None, "2023-03-15", "day", None, True)],
        [["Жаксылыков Арман", "05.01.2022 г.", "Чимкент", "ч.2 ст. 272", "заключен под стражу", "нет"],
         T("Shymkent", "272(2)", "pretrial_detention", None, "2022-01-05", "day", None, False)],
        [["Ибраев Нурсултан", "январь 2022", "г. Алматы", "ч.2 ст.272 УК РК; ст. 488 КоАП", "освобожден", "нет"],
         T("Almaty", "272(2)", "released", None, "2022-01-01", "month", None, False)],
        [["Всего: 8 человек", None, None, None, None, None], SKIP],
    ],
}


# ---------------------------------------------------------------- 2. Kazakh xlsx
SHEET_KAZAKH = {
    "title": [["Саяси қуғын-сүргін құрбандарының тізімі"], ["2023 жыл"]],
    "top": ["Р/с", "Аты-жөні", "Туған жылы", "Қала/облыс", "ҚР ҚК бабы", "Жазасы", "Мерзімі", "Ұсталған күні", "Үкім шыққан күн", "Ескерту"],
    "sub": None,
    "merged": [],
    "rows": [
        [[1, "Серікбаев Ерлан", 1980, "Алматы қ.", "ҚР ҚК 405-бабы 2-бөлігі", "бас бостандығынан айыру", "2 жыл", "12 шілде 2021", "10 қараша 2021", "ҚДТ жақтаушысы"],
         T("Almaty", "405(2)", "imprisoned", 24, "2021-07-12", "day", 1980, True)],
        [[2, "Әбілқасымова Динара", 1987, "Қарағанды", "405-бап 2-бөлік", "бас бостандығын шектеу", "1 жыл 6 ай", "2020 жылғы наурыз", "2020 жылғы 10 қыркүйек", "Көше партиясы"],
         T("Karaganda", "405(2)", "restricted_freedom", 18, "2020-03-01", "month", 1987, True)],
        [[3, "Жұмағұлов Бақыт", 1972, "Өскемен", "ҚК 174-бабы 1-бөлігі", "айыппұл", None, "05.04.2021", "30.06.2021", None],
         T("Oskemen", "174(1)", "fined", None, "2021-04-05", "day", 1972, False)],
        [[4, "Нұрпейісов Асқар", 1995, "Орал", "405-бабының 2-бөлігі", "шартты түрде бас бостандығынан айыру", "3 жыл", "2019", "2019 жылғы 12 желтоқсан", "Қазақстанның демократиялық таңдауы"],
         T("Oral", "405(2)", "probation", 36, "2019-01-01", "year", 1995, True)],
        [[5, "Төлегенова Әсел", 1990, "Тараз қаласы", "ҚР ҚК 405-бабы 1-бөлігі", "үй қамағы", None, "12.07.2021 ж.", None, None],
         T("Taraz", "405(1)", "house_arrest", None, "2021-07-12", "day", 1990, False)],
        [[6, "Қасымов Ерік", 1966, "Ақтөбе", "405-бап", "тергеуде", None, "2023 жылғы қаңтар", None, "ҚДТ"],
         T("Aktobe", "405", "under_investigation", None, "2023-01-01", "month", 1966, True)],
        [[7, "Мұратова Гүлмира", 1979, "Жаңаөзен", "272-бап 2-бөлік", "босатылды", None, "6 қаңтар 2022", None, None],
         T("Zhanaozen", "272(2)", "released", None, "2022-01-06", "day", 1979, False)],
        [[8, "Байжанов Нұрлан", 1984, "Шымкент", "174-бап 1-бөлік", "ақталды", None, "01.02.2021", None, None],
         T("Shymkent", "174(1)", "acquitted", None, "2021-02-01", "day", 1984, False)],
        [[9, "Оразов Дәурен", 1993, "Қызылорда", "ҚР ҚК 405-бабы 2-бөлігі", "бас бостандығынан айыру", "4 жыл", "15 наурыз 2022", "1 тамыз 2022", "Көше партиясының мүшесі"],
         T("Kyzylorda", "405(2)", "imprisoned", 48, "2022-03-15", "day", 1993, True)],
        [["Барлығы: 9", None, None, None, None, None, None, None, None, None], SKIP],
    ],
}
SHEET_README = [["Бұл файлда саяси қудалау туралы мәлімет бар."], ["Дереккөз: құқық қорғау ұйымдары."], ["Байланыс: info@example.org"]]


# ---------------------------------------------------------------- 3. English CSV, UTF-8 with BOM, comma
ENGLISH_HEADER = ["#", "Name (surname, first name)", "Year of birth", "City", "Article(s)", "Status", "Sentence", "Date detained", "Date sentenced", "Affiliation", "Notes"]
ENGLISH_ROWS = [
    [["1", "Tokhtarov, Bakyt", "1981", "Almaty", "Art. 405(2)", "imprisoned", "2 yrs 6 mo", "July 12, 2021", "November 2, 2021", "DVK", ""],
     T("Almaty", "405(2)", "imprisoned", 30, "2021-07-12", "day", 1981, True)],
    [["2", "Serikova, Aliya", "1994", "Nur-Sultan", "Article 405 part 2; Article 174 part 1", "restricted freedom", "1 year 6 months", "12 July 2021", "", "Koshe Party", ""],
     T("Astana", "174(1); 405(2)", "restricted_freedom", 18, "2021-07-12", "day", 1994, True)],
    [["3", "Abenov, Marat", "1977", "Shymkent", "Art. 174(1)", "fined", "", "since March 2020", "", "", "religious posts"],
     T("Shymkent", "174(1)", "fined", None, "2020-03-01", "month", 1977, False)],
    [["4", "Baimukhanov, Ruslan", "1989", "Ust-Kamenogorsk", "Art. 405(2)", "probation", "3 years", "2019", "", "Street Party", ""],
     T("Oskemen", "405(2)", "probation", 36, "2019-01-01", "year", 1989, True)],
    [["5", "Dzhaksybekov, Timur", "", "Uralsk", "Art. 405(1)", "under investigation", "", "Mar 2022", "", "", "Democratic Choice of Kazakhstan supporter"],
     T("Oral", "405(1)", "under_investigation", None, "2022-03-01", "month", None, True)],
    [["6", "Kuanyshev, Yerzhan", "1986", "Zhanaozen", "Art. 272(2)", "released", "", "2022-01-05", "", "", "released under amnesty"],
     T("Zhanaozen", "272(2)", "released", None, "2022-01-05", "day", 1986, False)],
    [["7", "Mukhtarova, Zhanna", "1991", "Aktau", "Art. 405(2)", "house arrest", "", "since 2020", "", "QDT", ""],
     T("Aktau", "405(2)", "house_arrest", None, "2020-01-01", "year", 1991, True)],
    [["8", "Nurmagambetov, Kanat", "1973", "Petropavlovsk", "CAO Art. 488", "fined", "", "June 2021", "", "", ""],
     T("Petropavl", "", "fined", None, "2021-06-01", "month", 1973, False)],
    [["9", "Omarov, Yerlan", "1969", "Karagandy", "Art. 405(2)", "imprisoned", "5 years", "July 2021", "15 December 2021", "Hizb ut-Tahrir", ""],
     T("Karaganda", "405(2)", "imprisoned", 60, "2021-07-01", "month", 1969, False)],
    [["10", "Rakhimov, Azat", "1996", "Taldykorgan", "Art. 405(2)", "pre-trial detention", "", "3 February 2023", "", "", "linked to Koshe Partiyasy"],
     T("Taldykorgan", "405(2)", "pretrial_detention", None, "2023-02-03", "day", 1996, True)],
    [["11", "Sadykov, Nurlan", "1982", "Kostanay", "Art. 174(1)", "compulsory treatment", "", "2021", "", "", "sent to psychiatric hospital"],
     T("Kostanay", "174(1)", "compulsory_treatment", None, "2021-01-01", "year", 1982, False)],
    [["12", "Tulegenov, Daulet", "1980", "Pavlodar", "Art. 405(2)", "acquitted", "", "May 5, 2020", "", "", ""],
     T("Pavlodar", "405(2)", "acquitted", None, "2020-05-05", "day", 1980, False)],
    [["13", "Usenov, Bolat", "1975", "Atyrau", "Art. 405(2)", "sentenced to 1 year of restricted freedom", "", "Apr 2020", "", "DCK", ""],
     T("Atyrau", "405(2)", "restricted_freedom", 12, "2020-04-01", "month", 1975, True)],
    [["14", "Zhakenov, Askar", "1988", "Kokshetau", "Art. 405(2)", "unknown", "", "", "", "", ""],
     T("Kokshetau", "405(2)", "unknown", None, "", "", 1988, False)],
    [["", "Source: compiled by the NGO from court records", "", "", "", "", "", "", "", "", ""], SKIP],
]


# ---------------------------------------------------------------- 4. Russian CSV, cp1251, semicolon
CP1251_HEADER = ["Ф.И.О.", "Дата задержания", "Место", "Статья УК", "Статус", "Срок наказания", "Принадлежность", "Примечания"]
CP1251_ROWS = [
    [["Лукпанов Арман Серикович", "12.07.2021 г.", "г.Алматы", "ч.2 ст.405 УК РК", "осужден", "1 год 6 мес.", "ДВК", ""],
     T("Almaty", "405(2)", "imprisoned", 18, "2021-07-12", "day", None, True)],
    [["Габдуллин Тимур", "от 03.02.2022", "АСТАНА", "ч.2 ст.405", "ограничение свободы", "2 года", "Демократический выбор Казахстана", ""],
     T("Astana", "405(2)", "restricted_freedom", 24, "2022-02-03", "day", None, True)],
    [["Мамырова Айнур", "с 2019", "Кызылорда", "ст.174 ч.1", "штраф", "", "", "штраф 1000 МРП"],
     T("Kyzylorda", "174(1)", "fined", None, "2019-01-01", "year", None, False)],
    [["Саттаров Ильяс", "июль 2021", "Актобе", "ч.2 ст. 405 УК РК", "лишение свободы", "4 года", "", "участник митинга, сторонник Коше партиясы"],
     T("Aktobe", "405(2)", "imprisoned", 48, "2021-07-01", "month", None, True)],
    [["Кожахметов Бауыржан", "12 июля 2021", "Актюбинск", "ч.2 ст.405", "пробационный контроль", "1 год", "", ""],
     T("Aktobe", "405(2)", "probation", 12, "2021-07-12", "day", None, False)],
    [["Рысбекова Асем", "05.01.2022", "Талдыкорган", "ч.2 ст.272 УК РК", "отбывает наказание", "6 лет", "", "январские события"],
     T("Taldykorgan", "272(2)", "imprisoned", 72, "2022-01-05", "day", None, False)],
    [["Шарипов Ермек", "2020", "Петропавловск", "ч.1 ст.405", "освобожден по УДО", "", "Уличная партия", ""],
     T("Petropavl", "405(1)", "released", None, "2020-01-01", "year", None, True)],
    [["Абишев Олжас", "в марте 2021", "Костанай", "ст.405 ч.2", "домашний арест", "", "", "Хизб ут-Тахрир"],
     T("Kostanay", "405(2)", "house_arrest", None, "2021-03-01", "month", None, False)],
    [["Есимов Нурбол", "22.09.2022", "Атырау", "ч.2 ст.405 УК РК, ст. 669 КоАП", "под следствием", "", "", ""],
     T("Atyrau", "405(2)", "under_investigation", None, "2022-09-22", "day", None, False)],
    [["Туребаева Сабина", "01.12.2021", "Павлодар", "ч.3 ст.174 УК РК", "лишение свободы", "7 лет", "", ""],
     T("Pavlodar", "174(3)", "imprisoned", 84, "2021-12-01", "day", None, False)],
    [["Примечание: данные из открытых источников", "", "", "", "", "", "", ""], SKIP],
]


# ---------------------------------------------------------------- 5. UTF-16, tab, mixed Russian / English, yes/no column
UTF16_HEADER = ["Name", "Место (город)", "Статья УК", "Status", "Sentence", "Arrested", "Charged", "DVK/Koshe"]
UTF16_ROWS = [
    [["Аманов Руслан", "Almaty", "405(2)", "imprisoned", "3 years", "12.07.2021", "10.07.2021", "yes"],
     T("Almaty", "405(2)", "imprisoned", 36, "2021-07-10", "day", None, True)],
    [["Бекова Назира", "Astana", "174(1)", "probation", "2 yrs", "2021-07-12", "", "no"],
     T("Astana", "174(1)", "probation", 24, "2021-07-12", "day", None, False)],
    [["Валиев Тагир", "Semey", "405(2)", "restricted freedom", "18 months", "March 2020", "", "Y"],
     T("Semey", "405(2)", "restricted_freedom", 18, "2020-03-01", "month", None, True)],
    [["Галиев Марат", "Oral", "405(1)", "fined", "", "2020", "", "N"],
     T("Oral", "405(1)", "fined", None, "2020-01-01", "year", None, False)],
    [["Даулетов Ерлан", "Taraz", "272(2)", "imprisoned", "5 yrs", "Jan 5, 2022", "", "нет"],
     T("Taraz", "272(2)", "imprisoned", 60, "2022-01-05", "day", None, False)],
    [["Ермеков Талгат", "Шымкент", "405(2)", "house arrest", "", "12 July 2021", "", "да"],
     T("Shymkent", "405(2)", "house_arrest", None, "2021-07-12", "day", None, True)],
    [["Жакупова Алия", "Aktobe", "405(2)", "under investigation", "", "since 2023", "", "иә"],
     T("Aktobe", "405(2)", "under_investigation", None, "2023-01-01", "year", None, True)],
    [["Зейнуллин Арман", "Kyzylorda", "174(2)", "imprisoned", "2 yrs 6 mo", "2022-05-01", "", "жоқ"],
     T("Kyzylorda", "174(2)", "imprisoned", 30, "2022-05-01", "day", None, False)],
]


# ---------------------------------------------------------------- 6. UTF-8 without BOM, comma, Kazakh / Russian mixed
KZ_CSV_HEADER = ["№", "Аты-жөні", "Туған жылы", "Қала", "Бап", "Мәртебесі", "Мерзімі", "Ұсталған күні", "Сотталған күні", "Ұйым"]
KZ_CSV_ROWS = [
    [["1", "Ахметов Бауыржан", "1978", "Алматы", "405-бап 2-бөлік", "сотталды", "5 жыл", "12.07.2021", "02.11.2021", "ҚДТ"],
     T("Almaty", "405(2)", "imprisoned", 60, "2021-07-12", "day", 1978, True)],
    [["2", "Бекмұхамедов Ғалым", "1983", "Астана", "405-бап 1-бөлік", "бас бостандығын шектеу", "2 жыл", "2022 ж.", "", "Көше партиясы"],
     T("Astana", "405(1)", "restricted_freedom", 24, "2022-01-01", "year", 1983, True)],
    [["3", "Досанова Гаухар", "1990", "Қостанай", "174-бап 1-бөлік", "айыппұл", "", "12 шілде 2021", "", ""],
     T("Kostanay", "174(1)", "fined", None, "2021-07-12", "day", 1990, False)],
    [["4", "Ержанов Нұрбол", "1985", "Павлодар қ.", "ч.2 ст.405 УК РК", "лишение свободы", "3 года", "шілде 2021", "", "ДВК"],
     T("Pavlodar", "405(2)", "imprisoned", 36, "2021-07-01", "month", 1985, True)],
    [["5", "Жүсіпов Асан", "1970", "Екібастұз", "ст. 405 ч. 2", "условно", "1 год", "05.05.2020", "", "Хизб ут-Тахрир"],
     T("Ekibastuz", "405(2)", "probation", 12, "2020-05-05", "day", 1970, False)],
    [["6", "Искакова Мадина", "1997", "Теміртау", "405-бап 2-бөлік", "үй қамағында", "", "2023 жылғы ақпан", "", ""],
     T("Temirtau", "405(2)", "house_arrest", None, "2023-02-01", "month", 1997, False)],
    [["7", "Калиев Ержан", "1981", "Жезқазған", "ст.405 ч.2", "в СИЗО", "", "01.03.2023", "", "Демократический выбор Казахстана (ДВК)"],
     T("Zhezkazgan", "405(2)", "pretrial_detention", None, "2023-03-01", "day", 1981, True)],
    [["8", "Латыпов Рустам", "1976", "Түркістан", "174-бап 2-бөлік", "бас бостандығынан айыру", "7 жыл", "2021", "", ""],
     T("Turkistan", "174(2)", "imprisoned", 84, "2021-01-01", "year", 1976, False)],
]


# ---------------------------------------------------------------- 7. Russian xlsx sheet of harder spellings (a third sheet of list 1)
SHEET_HARD = {
    "title": [["Архив дел 2016–2023 (сводная таблица)"], [None, None, "составитель: правозащитник"]],
    "top": ["п/п", "Фамилия, имя", "Дата рождения", "Город, область", "Ст. УК РК", "Состояние", "Срок лишения свободы", "Дата ареста", "Дата суда", "Партия", "Комментарии"],
    "sub": None,
    "merged": [],
    "rows": [
        [[1, "Ескендиров Алмас", "12.03.1985", "  г.  Aлмaты  ", "ч.2 ст.405 УК РК", "осужден к лишению свободы", "2 года 6 месяцев", "12.07.2021г.", "12.11.2021г.", "ДВК", None],
         T("Almaty", "405(2)", "imprisoned", 30, "2021-07-12", "day", 1985, True)],
        [[2, "Ким Виктор", datetime(1979, 5, 20), "АЛМА-АТА", "ст.ст. 174 ч.1, 405 ч.2", "ограничение свободы", "2 года", "с 12.07.2021", None, "Демократический Выбор Казахстана", None],
         T("Almaty", "174(1); 405(2)", "restricted_freedom", 24, "2021-07-12", "day", 1979, True)],
        [[3, "Сулейменов Аскар", "1981 г.", "Нур-Султан", "ч. 2 ст. 405", "лишение свободы условно", "1 г. 6 мес.", "в июле 2021 г.", None, None, "Көше партиясы"],
         T("Astana", "405(2)", "probation", 18, "2021-07-01", "month", 1981, True)],
        [[4, "Мусин Жандос", 1990, "Кокшетау", "ч.1 ст.405", "штраф 200 МРП", None, "2021 г.", None, None, None],
         T("Kokshetau", "405(1)", "fined", None, "2021-01-01", "year", 1990, False)],
        [[5, "Ли Ирина", 1975, "Талдыкорган (Алматинская обл.)", "ч.2 ст.405 УК", "пробационный контроль", "1 год", "12 июля 2021 г.", None, "Уличная партия", None],
         T("Taldykorgan", "405(2)", "probation", 12, "2021-07-12", "day", 1975, True)],
        [[6, "Калиева Динара", 1988, "Капчагай", "ч.2 ст.405", "лишение свободы", "3 года", "2020", "01.06.2020", None, "Хизб ут-Тахрир"],
         T("Konaev", "405(2)", "imprisoned", 36, "2020-01-01", "year", 1988, False)],
        [[7, "Оразбаев Марат", 1983, "Уральск", "ч.3 ст.174 УК РК", "лишение свободы", "7 лет", "22.09.2020", "12.04.2021", None, None],
         T("Oral", "174(3)", "imprisoned", 84, "2020-09-22", "day", 1983, False)],
        [[8, "Абдуллаев Рустам", 1992, "Шымкент", "ч.2 ст.405 УК РК", "домашний арест", None, "март 2023 г.", None, "QDT", None],
         T("Shymkent", "405(2)", "house_arrest", None, "2023-03-01", "month", 1992, True)],
        [[9, "Тлеубаев Ержан", 1986, "Актау", "ч.2 ст.272 УК РК", "освобожден по амнистии", None, "05.01.2022", "20.06.2022", None, None],
         T("Aktau", "272(2)", "released", None, "2022-01-05", "day", 1986, False)],
        [[10, "Сагинтаев Болат", 1977, "Петропавловск", "ч.2 ст.405", "оправдан", None, "2021", None, None, "связь с ДВК не доказана, оправдан"],
         T("Petropavl", "405(2)", "acquitted", None, "2021-01-01", "year", 1977, False)],  # a denied tie: read as none, with a negated_affiliation problem
        [[11, "Утебаев Нурлан", 1980, "Семей", "ч.2 ст.405 УК РК", "под стражей", None, serial(date(2023, 2, 14)), None, "ДВК", None],
         T("Semey", "405(2)", "pretrial_detention", None, "2023-02-14", "day", 1980, True)],
        [[12, "Хасенов Кайрат", 1969, "Караганда", "ч.2 ст.405 УК РК", "ограничение свободы", "1 год 6 мес.", "от 12.07.2021 г.", None, "Koshe Party", None],
         T("Karaganda", "405(2)", "restricted_freedom", 18, "2021-07-12", "day", 1969, True)],
        [["Примечание: ДВК запрещена решением суда 13.03.2018"] + [None] * 10, SKIP],
    ],
}


def _truth_row(file: str, sheet: str, row: int, truth: dict | None) -> dict:
    base = {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case" if truth else "not_a_case"}
    base.update(truth or {})
    return base


def _write_sheet(ws, spec: dict, file: str, out: list[dict]) -> None:
    for cells in spec["title"]:
        ws.append(cells)
    ws.append(spec["top"])
    if spec["sub"]:
        ws.append(spec["sub"])
    for rng in spec["merged"]:
        ws.merge_cells(rng)
    for cells, truth in spec["rows"]:
        ws.append(cells)
        out.append(_truth_row(file, ws.title, ws.max_row, truth))


def _write_csv(path: Path, header: list[str], rows: list, encoding: str, delimiter: str, out: list[dict]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for i, (cells, truth) in enumerate(rows):
        writer.writerow(cells)
        out.append(_truth_row(path.name, "", i + 2, truth))
    path.write_bytes(buf.getvalue().encode(encoding))


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the six red-team lists into `folder`; return the ground truth, one row per non-blank row below a header."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out: list[dict] = []

    wb = Workbook()
    ws = wb.active
    ws.title = "Осужденные"
    _write_sheet(ws, SHEET_SENTENCED, "spisok_2023.xlsx", out)
    for row in ws.iter_rows(min_row=6):  # date cells shown as a list keeper would format them
        for cell in row:
            if isinstance(cell.value, datetime):
                cell.number_format = "DD.MM.YYYY"
    _write_sheet(wb.create_sheet("Под следствием"), SHEET_INVESTIGATION, "spisok_2023.xlsx", out)
    _write_sheet(wb.create_sheet("Архив"), SHEET_HARD, "spisok_2023.xlsx", out)
    wb.save(folder / "spisok_2023.xlsx")

    wb = Workbook()
    ws = wb.active
    ws.title = "Түсіндірме"
    for cells in SHEET_README:
        ws.append(cells)
    _write_sheet(wb.create_sheet("Тізім"), SHEET_KAZAKH, "tizim_kz.xlsx", out)
    wb.save(folder / "tizim_kz.xlsx")

    _write_csv(folder / "english_list.csv", ENGLISH_HEADER, ENGLISH_ROWS, "utf-8-sig", ",", out)
    _write_csv(folder / "spisok_cp1251.csv", CP1251_HEADER, CP1251_ROWS, "cp1251", ";", out)
    _write_csv(folder / "mixed_utf16.tsv.csv", UTF16_HEADER, UTF16_ROWS, "utf-16", "\t", out)
    _write_csv(folder / "tizim_utf8.csv", KZ_CSV_HEADER, KZ_CSV_ROWS, "utf-8", ",", out)
    return pd.DataFrame(out)
