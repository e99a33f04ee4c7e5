"""Deterministic generator of synthetic NGO lists, with their ground truth.

In: a seed and a variant. `variant="samples"` writes the committed sample
lists of `data/raw/`; `variant="holdout"` writes lists of the same kinds
(a Russian workbook, an English UTF-8 CSV, a Russian cp1251 CSV, a Kazakh
UTF-16 CSV) in other layouts, so tests can run the cleaner on lists it has
never seen.
Out: the list files, `sources.toml` and `README.md` in the output folder, and
the ground truth as a DataFrame: one row per written data row below a header
(cases, non-case rows, duplicates), in the columns of `TRUTH_COLUMNS`.

Every person is invented: names are drawn from small lists of common first
names and surnames; no real person's name is used (`EXCLUDED_NAMES` keeps out
the people named in the domain reference). Every event is synthetic; only the
shape follows docs/domain.md (ban of DVK on 13 Mar 2018, of Koshe Partiyasy on
19 May 2020, the 2019 election protests, January 2022).

Same seed and variant give byte-identical files: one `random.Random(seed)`,
fixed dates, no clock (the workbook's properties and zip entries carry a
fixed time).

Run: `.venv/bin/python scripts/make_samples.py [--seed N] [--out DIR] [--truth FILE] [--variant samples|holdout]`.
"""
# No `from __future__ import annotations`: dataclasses would then need this module in
# sys.modules, which a plain importlib load from the path does not give.
import argparse
import csv
import datetime as dt
import io
import random
import re
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from kzanalysis.parse.text import clean_spaces

TRUTH_COLUMNS = [
    "source_file", "source_sheet", "source_row", "kind", "name", "birth_year", "city", "region",
    "articles", "status", "sentence_months", "detained_on", "charged_on", "sentenced_on",
    "released_on", "started_on", "started_precision", "affiliation", "dvk_koshe", "person",
]
DATE_FIELDS = ("detained_on", "charged_on", "sentenced_on", "released_on")
PROJECT_ROOT = Path(__file__).resolve().parents[1]  # the repository: the sample workspace
RAW_DIR = PROJECT_ROOT / "data" / "raw"
DEFAULT_TRUTH = PROJECT_ROOT / "tests" / "fixtures" / "samples_truth.csv"

# Fixed time for workbook properties and zip entries: no clock in the output.
FIXED_TIME = dt.datetime(2025, 10, 1, 9, 0, 0)
# Last day an event may fall on (the lists are "as of 1 Oct 2025": the latest quarter, 2025Q3, is complete).
LAST_DAY = dt.date(2025, 9, 30)
# docs/domain.md c: Yesil district court bans DVK (13 Mar 2018) and Koshe Partiyasy (19 May 2020).
DVK_BAN = dt.date(2018, 3, 13)
KOSHE_BAN = dt.date(2020, 5, 19)
# docs/domain.md b.1: Astana was Nur-Sultan from March 2019 to 17 Sep 2022; Kapshagay became Konaev on 3 May 2022.
NUR_SULTAN = (dt.date(2019, 3, 23), dt.date(2022, 9, 17))
KONAEV_RENAME = dt.date(2022, 5, 3)

# ---------------------------------------------------------------------------
# Invented people. (Russian, Kazakh, Latin) spellings of each part.
# ---------------------------------------------------------------------------
FIRST_MALE = [
    ("Ерлан", "Ерлан", "Yerlan"), ("Нурлан", "Нұрлан", "Nurlan"), ("Бауыржан", "Бауыржан", "Bauyrzhan"),
    ("Данияр", "Данияр", "Daniyar"), ("Ержан", "Ержан", "Yerzhan"), ("Мейрам", "Мейрам", "Meiram"),
    ("Талгат", "Талғат", "Talgat"), ("Серик", "Серік", "Serik"), ("Канат", "Қанат", "Kanat"),
    ("Арман", "Арман", "Arman"), ("Жандос", "Жандос", "Zhandos"), ("Ербол", "Ербол", "Yerbol"),
    ("Айдос", "Айдос", "Aidos"), ("Руслан", "Руслан", "Ruslan"), ("Тимур", "Тимур", "Timur"),
    ("Дархан", "Дархан", "Darkhan"), ("Бахыт", "Бақыт", "Bakhyt"), ("Олжас", "Олжас", "Olzhas"),
    ("Галым", "Ғалым", "Galym"), ("Андрей", "Андрей", "Andrei"), ("Сергей", "Сергей", "Sergei"),
    ("Дмитрий", "Дмитрий", "Dmitry"), ("Виктор", "Виктор", "Viktor"), ("Павел", "Павел", "Pavel"),
]
FIRST_FEMALE = [
    ("Айгуль", "Айгүл", "Aigul"), ("Динара", "Динара", "Dinara"), ("Гульнара", "Гүлнара", "Gulnara"),
    ("Сауле", "Сәуле", "Saule"), ("Асель", "Әсел", "Assel"), ("Мадина", "Мадина", "Madina"),
    ("Айжан", "Айжан", "Aizhan"), ("Карлыгаш", "Қарлығаш", "Karlygash"), ("Роза", "Роза", "Roza"),
    ("Ольга", "Ольга", "Olga"), ("Елена", "Елена", "Yelena"), ("Наталья", "Наталья", "Natalya"),
    ("Жулдыз", "Жұлдыз", "Zhuldyz"), ("Гаухар", "Гауһар", "Gaukhar"),
]
# Male forms; the female form adds а / a unless the surname does not decline (-ук, -енко).
SURNAMES = [
    ("Ерденов", "Ерденов", "Yerdenov"), ("Тлеубаев", "Тілеубаев", "Tleubayev"), ("Сарыбеков", "Сарыбеков", "Sarybekov"),
    ("Жаксыбеков", "Жақсыбеков", "Zhaksybekov"), ("Кенжебаев", "Кенжебаев", "Kenzhebayev"), ("Нуртаев", "Нұртаев", "Nurtayev"),
    ("Искаков", "Ысқақов", "Iskakov"), ("Сейтказин", "Сейітқазин", "Seitkazin"), ("Мусин", "Мұсин", "Mussin"),
    ("Есимов", "Есімов", "Yessimov"), ("Утегенов", "Өтегенов", "Utegenov"), ("Бердибеков", "Бердібеков", "Berdibekov"),
    ("Жолдасов", "Жолдасов", "Zholdassov"), ("Турлыбеков", "Тұрлыбеков", "Turlybekov"), ("Абдрахманов", "Әбдірахманов", "Abdrakhmanov"),
    ("Каримов", "Кәрімов", "Karimov"), ("Оспанов", "Оспанов", "Ospanov"), ("Бекмырзаев", "Бекмырзаев", "Bekmyrzayev"),
    ("Жунусов", "Жүнісов", "Zhunussov"), ("Бектуров", "Бектұров", "Bekturov"), ("Аманжолов", "Аманжолов", "Amanzholov"),
    ("Рахимжанов", "Рахымжанов", "Rakhimzhanov"), ("Темирханов", "Темірханов", "Temirkhanov"), ("Сейдахметов", "Сейдахметов", "Seidakhmetov"),
    ("Байгожин", "Байғожин", "Baigozhin"), ("Куанышев", "Қуанышев", "Kuanyshev"), ("Лебедев", "Лебедев", "Lebedev"),
    ("Соколов", "Соколов", "Sokolov"), ("Морозов", "Морозов", "Morozov"), ("Белов", "Белов", "Belov"),
    ("Ковалев", "Ковалев", "Kovalev"), ("Полищук", "Полищук", "Polishchuk"), ("Григорьев", "Григорьев", "Grigoriev"),
    ("Шевчук", "Шевчук", "Shevchuk"), ("Карпенко", "Карпенко", "Karpenko"), ("Зайцев", "Зайцев", "Zaitsev"),
]
# Father's names for patronymics: Russian stem, Kazakh stem.
FATHERS = [("Серик", "Серік"), ("Марат", "Марат"), ("Канат", "Қанат"), ("Болат", "Болат"), ("Ермек", "Ермек"),
           ("Нурлан", "Нұрлан"), ("Игор", None), ("Николаев", None), ("Асхат", "Асхат"), ("Жанат", "Жанат")]
# Surnames of people named in docs/domain.md and the CABAR text: never generated (the tests
# compare every word of every name, female -а/-a forms included).
EXCLUDED_NAMES = (
    "Akhmetov", "Ахметов", "Alzhanov", "Альжанов", "Ashtayev", "Ashtaev", "Аштаев", "Balgabayev", "Балгабаев",
    "Nuranov", "Нуранов", "Klyshev", "Клышев", "Ilyashev", "Ильяшев", "Ablyazov", "Аблязов", "Kaiyrbek",
    "Кайырбек", "Dzhumaniyazov", "Джуманиязов", "Tokayev", "Токаев", "Nazarbayev", "Назарбаев", "Panfilov",
    "Панфилов",
)

# ---------------------------------------------------------------------------
# Places: canonical city -> (current region, Russian, Kazakh, English spellings).
# Regions and old names follow docs/domain.md b.2 and b.3.
# ---------------------------------------------------------------------------
PLACES = {
    "Almaty": ("Almaty", ["Алматы", "г. Алматы", "г.Алматы", "Алма-Ата"], ["Алматы", "Алматы қ.", "Алматы қаласы"], ["Almaty", "Almaty city", "Alma-Ata"]),
    "Astana": ("Astana", ["Астана", "г. Астана"], ["Астана", "Астана қ.", "Астана қаласы"], ["Astana"]),
    "Shymkent": ("Shymkent", ["Шымкент", "г. Шымкент", "Чимкент"], ["Шымкент", "Шымкент қ."], ["Shymkent", "Chimkent"]),
    "Oral": ("West Kazakhstan", ["Уральск", "г. Уральск", "Орал"], ["Орал"], ["Oral", "Uralsk"]),
    "Oskemen": ("East Kazakhstan", ["Усть-Каменогорск", "г. Усть-Каменогорск", "Өскемен"], ["Өскемен"], ["Oskemen", "Ust-Kamenogorsk"]),
    "Semey": ("Abai", ["Семей", "г. Семей", "Семипалатинск", "Семей (ВКО)"], ["Семей"], ["Semey", "Semipalatinsk"]),
    "Petropavl": ("North Kazakhstan", ["Петропавловск", "г. Петропавловск"], ["Петропавл"], ["Petropavl", "Petropavlovsk"]),
    "Taldykorgan": ("Jetisu", ["Талдыкорган", "Талдыкорган (Алматинская обл.)", "г. Талдыкорган"], ["Талдықорған"], ["Taldykorgan"]),
    "Konaev": ("Almaty Region", ["Конаев", "г. Конаев"], ["Қонаев"], ["Konaev", "Konayev"]),
    "Zhanaozen": ("Mangystau", ["Жанаозен", "г. Жанаозен"], ["Жаңаөзен"], ["Zhanaozen"]),
    "Aktobe": ("Aktobe", ["Актобе", "г. Актобе"], ["Ақтөбе"], ["Aktobe"]),
    "Karaganda": ("Karaganda", ["Караганда", "г. Караганда"], ["Қарағанды"], ["Karaganda", "Karagandy"]),
    "Taraz": ("Zhambyl", ["Тараз", "г. Тараз"], ["Тараз"], ["Taraz"]),
    "Kyzylorda": ("Kyzylorda", ["Кызылорда"], ["Қызылорда"], ["Kyzylorda"]),
    "Aktau": ("Mangystau", ["Актау", "г. Актау"], ["Ақтау"], ["Aktau"]),
    "Atyrau": ("Atyrau", ["Атырау"], ["Атырау"], ["Atyrau"]),
    "Kostanay": ("Kostanay", ["Костанай"], ["Қостанай"], ["Kostanay"]),
    "Pavlodar": ("Pavlodar", ["Павлодар", "г. Павлодар"], ["Павлодар"], ["Pavlodar"]),
    "Kokshetau": ("Akmola", ["Кокшетау"], ["Көкшетау"], ["Kokshetau"]),
    "Turkistan": ("Turkistan", ["Туркестан"], ["Түркістан"], ["Turkistan", "Turkestan"]),
    "Zhezkazgan": ("Ulytau", ["Жезказган"], ["Жезқазған"], ["Zhezkazgan"]),
    "Ekibastuz": ("Pavlodar", ["Экибастуз"], ["Екібастұз"], ["Ekibastuz"]),
    "Temirtau": ("Karaganda", ["Темиртау"], ["Теміртау"], ["Temirtau"]),
    "Satpayev": ("Ulytau", ["Сатпаев", "Сатпаев (Карагандинская обл.)"], ["Сәтбаев"], ["Satpayev"]),
}
# Names valid only for part of the period (docs/domain.md b.1).
ASTANA_NUR_SULTAN = {"ru": ["Нур-Султан", "г. Нур-Султан"], "kk": ["Нұр-Сұлтан"], "en": ["Nur-Sultan"]}
KONAEV_OLD = {"ru": ["Капшагай", "г. Капшагай"], "kk": ["Қапшағай"], "en": ["Kapshagay"]}
# Big cities first (a choice of the generator: the three largest cities weigh most).
CITY_WEIGHTS = {
    "Almaty": 24, "Astana": 18, "Shymkent": 10, "Oral": 5, "Aktobe": 5, "Karaganda": 5, "Oskemen": 4, "Semey": 4,
    "Taraz": 4, "Kyzylorda": 3, "Aktau": 3, "Atyrau": 3, "Kostanay": 3, "Pavlodar": 3, "Petropavl": 3,
    "Taldykorgan": 3, "Kokshetau": 2, "Konaev": 2, "Zhanaozen": 2, "Turkistan": 2, "Zhezkazgan": 1,
    "Ekibastuz": 1, "Temirtau": 1, "Satpayev": 1,
}
# January 2022: Zhanaozen, Almaty and the regional centres (docs/domain.md c).
RIOT_CITY_WEIGHTS = {"Almaty": 50, "Zhanaozen": 10, "Taldykorgan": 8, "Shymkent": 8, "Aktobe": 6, "Taraz": 6,
                     "Kyzylorda": 4, "Aktau": 4, "Konaev": 4}
# A region written where a city is expected: truth city null, region given. Only regions whose
# borders did not change in 2022, so the current region is certain.
REGION_ONLY = {"ru": [("Мангистауская обл.", "Mangystau"), ("Актюбинская область", "Aktobe")],
               "kk": [("Маңғыстау облысы", "Mangystau")], "en": [("Pavlodar Region", "Pavlodar")]}

# Cyrillic letters and the Latin letters that look the same (a typist's or OCR's slip).
HOMOGLYPHS = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "А": "A", "В": "B", "Е": "E", "К": "K",
              "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T"}

# ---------------------------------------------------------------------------
# Dates.
# ---------------------------------------------------------------------------
MONTHS_RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
MONTHS_RU_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
MONTHS_KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
EXCEL_EPOCH = dt.date(1899, 12, 30)

# ---------------------------------------------------------------------------
# Groups: canonical name -> spellings in an affiliation cell, and phrases for notes ({g} = the group).
# ---------------------------------------------------------------------------
DVK, KOSHE, HIZB, TABLIGH = "DVK", "Koshe Partiyasy", "Hizb ut-Tahrir", "Tablighi Jamaat"
GROUP_SPELLINGS = {
    DVK: {"ru": ["ДВК", "Демократический выбор Казахстана", "движение ДВК", "«Демократический выбор Казахстана»"],
          "kk": ["ҚДТ", "QDT", "Қазақстанның демократиялық таңдауы", "ДВК"],
          "en": ["DVK", "Democratic Choice of Kazakhstan", "DCK", "QDT"]},
    KOSHE: {"ru": ["Көше партиясы", "Коше партиясы", "Уличная партия", "Партия улицы", "«Көше партиясы»"],
            "kk": ["Көше партиясы", "«Көше партиясы»"],
            "en": ["Koshe Party", "Street Party", "Koshe Partiyasy", "Koshe (Street) Party"]},
    HIZB: {"ru": ["Хизб ут-Тахрир", "Хизб-ут-Тахрир"], "kk": ["Хизб ут-Тахрир"], "en": ["Hizb ut-Tahrir"]},
    TABLIGH: {"ru": ["Таблиги Джамаат"], "kk": ["Таблиғи Жамағат"], "en": ["Tablighi Jamaat"]},
}
NOTE_WITH_GROUP = {
    DVK: {"ru": ["сторонник ДВК", "связь с ДВК", "репост материалов ДВК", "участник чата ДВК в Telegram",
                 "участник движения «Демократический выбор Казахстана»", "по делу ДВК",
                 "сторонник Демократического выбора Казахстана"],
          "kk": ["ҚДТ жақтаушысы", "ҚДТ ісі бойынша", "Қазақстанның демократиялық таңдауы қозғалысының белсендісі", "QDT жақтаушысы"],
          "en": ["DVK supporter", "shared DVK videos", "member of the Democratic Choice of Kazakhstan",
                 "accused of membership in DCK", "QDT activist"]},
    KOSHE: {"ru": ["сторонник «Көше партиясы»", "участник акции Көше партиясы", "активист Коше партиясы",
                   "сторонник «Уличной партии»", "участник «Партии улицы»"],
            "kk": ["Көше партиясы белсендісі", "Көше партиясының жақтаушысы"],
            "en": ["Koshe Party supporter", "Street Party activist", "member of Koshe Partiyasy", "joined a Koshe (Street) Party rally"]},
    HIZB: {"ru": ["член Хизб ут-Тахрир", "по делу Хизб ут-Тахрир"], "kk": ["Хизб ут-Тахрир ісі бойынша"],
           "en": ["member of Hizb ut-Tahrir", "Hizb ut-Tahrir case"]},
    TABLIGH: {"ru": ["по делу Таблиги Джамаат", "проповедник Таблиги Джамаат"], "kk": ["Таблиғи Жамағат ісі бойынша"],
              "en": ["Tablighi Jamaat preacher", "Tablighi Jamaat case"]},
}
# Notes that name no group (some mention article 405 to make sure nobody infers a tie from it).
NOTE_PLAIN = {
    "ru": ["приговор обжалован", "апелляция отклонена", "публикации в соцсетях", "пост в Facebook", "задержан на акции",
           "ст. 405, организация не указана", "приговор вступил в законную силу", "адвокат по назначению",
           "- апелляция отклонена", "находился в розыске", "видео в Instagram", "задержан в аэропорту"],
    "kk": ["шағым қабылданбады", "әлеуметтік желідегі жазбалар", "үкім заңды күшіне енді", "405-бап, ұйым көрсетілмеген",
           "митингте ұсталды"],
    "en": ["appeal rejected", "Facebook posts", "detained at a rally", "art. 405, no organisation named",
           "verdict upheld on appeal", "videos on YouTube", "detained at the airport", "lawyer appointed by the state"],
}
# Notes about a verdict, not written for a case that has none.
_ABOUT_VERDICT = re.compile(r"приговор|апелляц|appeal|verdict|шағым|үкім", re.IGNORECASE)
# Notes saying no organisation is named, not written where the row names one.
_NO_GROUP_NOTE = re.compile(r"организация не указана|no organisation|ұйым көрсетілмеген")
# Cells a list writes in an affiliation column for "no group": truth empty.
NO_GROUP = {"ru": ["—", "нет", "журналист", "активист"], "kk": ["жоқ"], "en": ["none", "n/a"]}


# ---------------------------------------------------------------------------
# The facts of one synthetic case, before any list writes them.
# ---------------------------------------------------------------------------
@dataclass
class Person:
    first: tuple[str, str, str]
    surname: tuple[str, str, str]
    female: bool
    father: tuple[str, str | None]
    pid: int = 0  # who is who: the `person` column of the truth


@dataclass
class Case:
    person: Person
    birth_year: int | None
    city: str
    charges: list[tuple[str, int, int | None, int | None]]  # (code, article, part, point)
    status: str
    months: int | None
    dates: dict[str, dt.date | None]
    group: str | None
    group_visible: bool
    fine_mci: int | None = None
    extra_ban: bool = False


def _weighted(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _day_between(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    hi = max(lo, hi)
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


# Kind of case by year: the mix follows docs/domain.md a.2 and c (405 dominant after the
# 2018 ban, protests in 2019, 274 in 2020, mass riots in January 2022).
KIND_WEIGHTS = {
    2018: {"dvk_koshe": 60, "religious": 15, "speech": 20, "other405": 8},
    2019: {"dvk_koshe": 50, "protest": 22, "religious": 10, "speech": 13, "other405": 8},
    2020: {"dvk_koshe": 52, "speech": 25, "religious": 10, "other405": 10, "protest": 4},
    2021: {"dvk_koshe": 50, "speech": 20, "religious": 10, "other405": 10, "protest": 8},
    2022: {"riot": 45, "dvk_koshe": 22, "speech": 18, "religious": 5, "other405": 10},
    2023: {"dvk_koshe": 30, "speech": 35, "religious": 15, "other405": 12, "protest": 8},
    2024: {"dvk_koshe": 30, "speech": 35, "religious": 15, "other405": 12, "protest": 8},
    2025: {"dvk_koshe": 28, "speech": 35, "religious": 17, "other405": 12, "protest": 8},
}
CHARGE_MIXES = {
    "dvk_koshe": [([("CC", 405, 2, None)], 60), ([("CC", 405, 1, None)], 12), ([("CC", 405, None, None)], 8),
                  ([("CC", 174, 1, None), ("CC", 405, 2, None)], 8), ([("CC", 405, 1, None), ("CC", 405, 2, None)], 4),
                  ([("CC", 182, 2, None), ("CC", 405, 2, None)], 3), ([("CC", 174, 1, None)], 5)],
    "religious": [([("CC", 405, 2, None)], 45), ([("CC", 174, 1, None), ("CC", 405, 2, None)], 15),
                  ([("CC", 182, 2, None)], 15), ([("CC", 256, 1, None)], 12), ([("CC", 405, 1, None)], 13)],
    "speech": [([("CC", 174, 1, None)], 45), ([("CC", 274, 2, None)], 25), ([("CC", 274, 4, 2)], 8),
               ([("CC", 174, 2, None)], 5), ([("CC", 256, 1, None)], 7), ([("CC", 174, 1, None), ("CC", 274, 2, None)], 5),
               ([("CC", 274, None, None)], 5)],
    "protest": [([("CAO", 488, None, None)], 30), ([("CC", 400, None, None)], 15), ([("CC", 400, 1, None), ("CAO", 488, 6, None)], 10),
                ([("CC", 380, 1, None)], 20), ([("CC", 405, 2, None), ("CAO", 488, None, None)], 10), ([("CC", 272, 2, None)], 5)],
    "riot": [([("CC", 272, 2, None)], 55), ([("CC", 272, 2, None), ("CC", 380, 1, None)], 15), ([("CC", 380, 1, None)], 10),
             ([("CC", 380, 3, None)], 6), ([("CC", 272, 1, None)], 6), ([("CC", 272, 2, None), ("CC", 274, 4, None)], 8)],
    "other405": [([("CC", 405, 2, None)], 75), ([("CC", 405, 1, None)], 25)],
}
OUTCOME_WEIGHTS = {"imprisoned": 27, "restricted_freedom": 30, "probation": 12, "fined": 8, "released": 12,
                   "acquitted": 2, "compulsory_treatment": 2, "unknown": 4, "under_investigation": 3}
PENDING_WEIGHTS = {"under_investigation": 40, "pretrial_detention": 25, "house_arrest": 20, "compulsory_treatment": 5, "unknown": 10}


class Generator:
    """Draws synthetic cases and writes them as lists; collects the truth."""

    def __init__(self, seed: int, variant: str):
        self.rng = random.Random(seed)
        self.variant = variant
        self.used_names: set[tuple[str, str]] = set()
        # Planted re-appearances draw from their own stream, so the rest of the lists stays as it was.
        self.plant_rng = random.Random(seed * 1009 + 17)
        self.people = 0
        self.seen: list[Case] = []  # cases of the lists written so far
        self.current: list[Case] = []  # cases of the list being written

    # -- facts --------------------------------------------------------------
    def person(self) -> Person:
        rng = self.rng
        while True:
            female = rng.random() < 0.22
            first = rng.choice(FIRST_FEMALE if female else FIRST_MALE)
            surname = rng.choice(SURNAMES)
            if (surname[0], first[0]) not in self.used_names:
                self.used_names.add((surname[0], first[0]))
                self.people += 1
                return Person(first, surname, female, rng.choice(FATHERS), self.people)

    def detained_date(self, kind: str, year: int, group: str | None) -> dt.date:
        rng = self.rng
        lo, hi = dt.date(year, 1, 1), min(dt.date(year, 12, 31), LAST_DAY - dt.timedelta(days=30))
        if year == 2018:
            lo = DVK_BAN + dt.timedelta(days=1)
        r = rng.random()
        if kind == "riot":
            return _day_between(rng, dt.date(2022, 1, 4), dt.date(2022, 1, 25))
        if kind == "dvk_koshe":
            if year == 2018 and r < 0.25:  # Nauryz, blue balloons (docs/domain.md c)
                return _day_between(rng, dt.date(2018, 3, 21), dt.date(2018, 4, 10))
            if year == 2019 and r < 0.25:  # election protests
                return _day_between(rng, dt.date(2019, 6, 9), dt.date(2019, 6, 14))
            if year == 2019 and r < 0.5:  # DVK protest day, 21 Sep 2019
                return _day_between(rng, dt.date(2019, 9, 21), dt.date(2019, 10, 5))
            if group == KOSHE:
                lo = max(lo, KOSHE_BAN + dt.timedelta(days=1))
                if year == 2020 and r < 0.4:  # detentions after the Koshe ban
                    return _day_between(rng, dt.date(2020, 5, 22), dt.date(2020, 6, 30))
            if group == DVK and year == 2020:
                hi = KOSHE_BAN
        if kind == "protest" and year == 2019 and r < 0.6:
            return _day_between(rng, dt.date(2019, 6, 9), dt.date(2019, 6, 13))
        return _day_between(rng, lo, hi)

    def case(self, year: int, pending: bool, person: Person | None = None) -> Case:
        rng = self.rng
        kind = _weighted(rng, KIND_WEIGHTS[year])
        mixes = CHARGE_MIXES[kind]
        charges = list(rng.choices([m for m, _ in mixes], weights=[w for _, w in mixes])[0])
        group = None
        if kind == "dvk_koshe":
            # Koshe Partiyasy exists as a banned group only after 19 May 2020; before, DVK.
            group = DVK if year < 2020 or (year == 2020 and rng.random() < 0.35) else (KOSHE if rng.random() < 0.65 else DVK)
        elif kind == "religious":
            group = HIZB if rng.random() < 0.55 else TABLIGH
        if year == 2019 and kind == "dvk_koshe" and rng.random() < 0.08:
            charges.append(("CAO", 488, None, None))
        group_visible = group is not None and rng.random() < 0.86
        city = _weighted(rng, RIOT_CITY_WEIGHTS if kind == "riot" else CITY_WEIGHTS)
        detained = self.detained_date(kind, year, group)
        birth_year = None if rng.random() < 0.12 else rng.randint(1956, 2003)
        only_cao = all(code == "CAO" for code, *_ in charges)
        dates: dict[str, dt.date | None] = dict.fromkeys(DATE_FIELDS)
        dates["detained_on"] = detained
        dates["charged_on"] = detained + dt.timedelta(days=rng.choice([0, 1, 2, 3, 5, 7, 10, 14, 21, 30]))
        months = None
        fine = None
        if pending:
            status = _weighted(rng, PENDING_WEIGHTS)
            if status == "pretrial_detention" and rng.random() < 0.5:
                months = 2
            elif status == "house_arrest" and rng.random() < 0.5:
                months = rng.choice([2, 3, 4, 6])
        else:
            status = "fined" if only_cao else _weighted(rng, OUTCOME_WEIGHTS)
            sentenced = dates["charged_on"] + dt.timedelta(days=rng.randint(45, 300))
            if sentenced > LAST_DAY and status not in ("unknown", "under_investigation"):
                status = rng.choice(["under_investigation", "pretrial_detention"])
            if status in ("imprisoned", "restricted_freedom", "probation", "fined", "released", "acquitted", "compulsory_treatment"):
                dates["sentenced_on"] = sentenced
            if status == "imprisoned":
                months = rng.choice([12, 18, 24, 30, 36, 42, 48, 60, 72, 84, 96] + ([60, 72, 84, 96] if kind == "riot" else []))
            elif status == "restricted_freedom":
                months = rng.choice([6, 12, 18, 24, 30, 36, 48, 60])
            elif status == "probation":
                months = rng.choice([6, 12, 18, 24, 36])
            elif status == "fined":
                fine = rng.choice([50, 100, 200, 300, 500, 1000, 2000]) if only_cao or rng.random() < 0.7 else None
            elif status == "released":
                months = rng.choice([6, 12, 18, 24, 30, 36])
                if kind == "riot" and rng.random() < 0.5:
                    # Amnesty law of 2 Nov 2022 for the January 2022 events (docs/domain.md c).
                    released = _day_between(rng, dt.date(2022, 11, 8), dt.date(2022, 12, 20))
                else:
                    released = sentenced + dt.timedelta(days=int(months * 30.4 * rng.uniform(0.6, 1.0)))
                if released <= sentenced or released > LAST_DAY:
                    status = "imprisoned"
                else:
                    dates["released_on"] = released
        extra_ban = status == "restricted_freedom" and group in (DVK, KOSHE) and rng.random() < 0.15
        return Case(person or self.person(), birth_year, city, charges, status, months, dates,
                    group, group_visible, fine, extra_ban)

    def cases(self, n: int, years: dict[int, int], pending: bool) -> list[Case]:
        out = []
        for _ in range(n):
            out.append(self.case(_weighted(self.rng, years), pending))
        out.sort(key=lambda c: (c.dates["detained_on"], c.person.surname[0], c.person.first[0]))
        return out


# ---------------------------------------------------------------------------
# Rendering: each function returns (what the list writes, the truth).
# ---------------------------------------------------------------------------
def _plural_ru(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def term_text(months: int, lang: str, rng: random.Random) -> str:
    """A term of months as a list writes it: `1 год 6 мес.`, `2 yrs 6 mo`, `1 жыл 6 ай`."""
    y, m = divmod(months, 12)
    if lang == "ru":
        yw = _plural_ru(y, "год", "года", "лет")
        if y and m:
            forms = [f"{y} {yw} {m} мес.", f"{y} г. {m} мес.", f"{y} {yw} {m} {_plural_ru(m, 'месяц', 'месяца', 'месяцев')}"]
            if months < 24:
                forms.append(f"{months} мес.")
        elif y:
            forms = [f"{y} {yw}"]
        else:
            forms = [f"{m} мес.", f"{m} {_plural_ru(m, 'месяц', 'месяца', 'месяцев')}"]
    elif lang == "kk":
        forms = [f"{y} жыл {m} ай"] if y and m else [f"{y} жыл"] if y else [f"{m} ай"]
    else:
        if y and m:
            forms = [f"{y} yrs {m} mo", f"{y} {'year' if y == 1 else 'years'} {m} months"]
            if months < 24:
                forms.append(f"{months} months")
        elif y:
            forms = [f"{y} {'year' if y == 1 else 'years'}", f"{y} yrs"]
        else:
            forms = [f"{m} months", f"{m} mo"]
    return rng.choice(forms)


def outcome_text(case: Case, lang: str, has_sentence_col: bool, rng: random.Random) -> tuple[str, str, str, int | None]:
    """(status cell, sentence cell, truth status, truth months) for a case."""
    s, mo, f = case.status, case.months, case.person.female
    term = term_text(mo, lang, rng) if mo else None
    split = has_sentence_col and term is not None and rng.random() < 0.6
    fine = case.fine_mci
    if lang == "ru":
        bare = {
            "imprisoned": ["лишение свободы", "отбывает наказание в колонии", "лишение свободы"],
            "restricted_freedom": ["ограничение свободы", "огр. свободы"],
            "probation": ["условно", "условный срок", "условное осуждение"],
            "fined": [f"штраф {fine} МРП" if fine else "штраф"],
            "pretrial_detention": ["под стражей", "содержание под стражей", "в СИЗО"],
            "house_arrest": ["домашний арест"],
            "under_investigation": ["под следствием", "идет следствие", "досудебное расследование"],
            "compulsory_treatment": ["принудительное лечение", "принудительное лечение в психиатрическом стационаре"],
            "released": ["освобождена" if f else "освобожден", "освобождена по отбытии срока" if f else "освобожден по отбытии срока"],
            "acquitted": ["оправдана" if f else "оправдан", "оправдательный приговор"],
            "unknown": ["нет данных", "неизвестно", ""],
        }
        with_term = {
            "imprisoned": ["{t} лишения свободы", "лишение свободы сроком на {t}", "{t} колонии общего режима"],
            "restricted_freedom": ["{t} ограничения свободы", "ограничение свободы на {t}"],
            "probation": ["{t} условно", "условно {t}", "условный срок {t}"],
            "pretrial_detention": ["содержание под стражей на {t}"],
            "house_arrest": ["домашний арест на {t}"],
        }
        ban = "{t} ограничения свободы, запрет на общественно-политическую деятельность 5 лет"
    elif lang == "kk":
        bare = {
            "imprisoned": ["бас бостандығынан айыру"],
            "restricted_freedom": ["бас бостандығын шектеу"],
            "probation": ["шартты түрде", "шартты жаза"],
            "fined": [f"{fine} АЕК айыппұл" if fine else "айыппұл"],
            "pretrial_detention": ["қамауда", "күзетпен ұстау"],
            "house_arrest": ["үй қамағы"],
            "under_investigation": ["тергеуде", "тергеу жүріп жатыр"],
            "compulsory_treatment": ["мәжбүрлеп емдеу"],
            "released": ["босатылды"],
            "acquitted": ["ақталды"],
            "unknown": ["белгісіз", ""],
        }
        with_term = {
            "imprisoned": ["{t} бас бостандығынан айыру"],
            "restricted_freedom": ["{t} бас бостандығын шектеу"],
            "probation": ["{t} шартты түрде"],
            "pretrial_detention": ["{t} күзетпен ұстау"],
            "house_arrest": ["үй қамағы {t}"],
        }
        ban = "{t} бас бостандығын шектеу, 5 жыл қоғамдық-саяси қызметке тыйым"
    else:
        bare = {
            "imprisoned": ["imprisoned", "in prison", "Imprisoned"],
            "restricted_freedom": ["restricted freedom", "restriction of freedom"],
            "probation": ["suspended sentence", "probation"],
            "fined": [f"fine of {fine} MCI" if fine else "fined"],
            "pretrial_detention": ["pre-trial detention", "in custody"],
            "house_arrest": ["house arrest"],
            "under_investigation": ["under investigation"],
            "compulsory_treatment": ["compulsory psychiatric treatment", "forced psychiatric treatment"],
            "released": ["released", "Released"],
            "acquitted": ["acquitted"],
            "unknown": ["unknown", "n/a", ""],
        }
        with_term = {
            "imprisoned": ["{t} in prison", "{t} imprisonment"],
            "restricted_freedom": ["{t} restricted freedom", "restriction of freedom, {t}"],
            "probation": ["{t} suspended sentence", "{t} probation", "suspended sentence of {t}"],
            "pretrial_detention": ["pre-trial detention, {t}"],
            "house_arrest": ["house arrest, {t}"],
        }
        ban = "{t} restricted freedom + 5-year ban on political activity"
    if term is None:
        return rng.choice(bare[s]), "", s, None
    if split or s not in with_term:
        if not has_sentence_col:  # released with a term and nowhere to put it: keep the status alone
            return rng.choice(bare[s]), "", s, None
        return rng.choice([b for b in bare[s] if b]), term, s, mo
    pattern = ban if case.extra_ban else rng.choice(with_term[s])
    return pattern.format(t=term), "", s, mo


def article_text(charges, lang: str, rng: random.Random) -> tuple[str, str]:
    """(cell, truth display string of the criminal charges, 2014 numbering)."""
    crim = sorted({(a, p) for code, a, p, _ in charges if code == "CC"}, key=lambda ap: (ap[0], ap[1] or 0))
    truth = "; ".join(f"{a}({p})" if p else str(a) for a, p in crim)
    parts = []
    # Two parts of one article may be written together ("ч. 1 и 2 ст. 405").
    cc = [(a, p, pt) for code, a, p, pt in charges if code == "CC"]
    merged_405 = len([1 for a, p, _ in cc if a == 405 and p]) == 2 and rng.random() < 0.5
    # With an administrative article in the cell, each criminal article names its code: a code
    # written once at the end ("ч.1 ст.174, ч.2 ст.405 УК РК") is read as applying to all before it.
    has_cao = any(code == "CAO" for code, *_ in charges)
    if lang == "ru":
        suffix_once = rng.random() < 0.4 and len(cc) > 1 and not has_cao
        for a, p, pt in cc:
            if merged_405 and a == 405:
                if p == 1:
                    parts.append(rng.choice(["ч. 1 и 2 ст. 405 УК РК", "ч.1, ч.2 ст.405 УК РК"]))
                continue
            if pt:
                parts.append(rng.choice([f"п.{pt} ч.{p} ст.{a} УК РК", f"пункт {pt} части {p} статьи {a} УК РК"]))
            elif p:
                forms = [f"ч.{p} ст.{a} УК РК", f"ч. {p} ст. {a} УК РК", f"ст. {a} ч. {p}", f"ст.{a} ч.{p} УК РК", f"статья {a} часть {p}"]
                parts.append(rng.choice([x for x in forms if "УК" in x] if has_cao else forms))
            else:
                parts.append(rng.choice([f"ст. {a} УК РК", f"статья {a} УК РК", f"ст.{a} УК"]))
        if suffix_once:
            parts = [x.replace(" УК РК", "").replace(" УК", "") for x in parts]
            parts[-1] += " УК РК"
        for code, a, p, _ in charges:
            if code == "CAO":
                parts.append(f"ч.{p} ст. {a} КоАП РК" if p else rng.choice([f"ст. {a} КоАП", f"ст. {a} КоАП РК"]))
        sep = "; " if has_cao else rng.choice(["; ", ", ", "; "])
    elif lang == "kk":
        for a, p, pt in cc:
            if merged_405 and a == 405:
                if p == 1:
                    parts.append("ҚР ҚК 405-бабы 1, 2-бөліктері")
                continue
            if p:
                forms = [f"ҚР ҚК {a}-бабы {p}-бөлігі", f"{a}-бап {p}-бөлік", f"ҚК {a}-бабының {p}-бөлігі"]
            else:
                forms = [f"ҚР ҚК {a}-бабы", f"{a}-бап"]
            parts.append(rng.choice([x for x in forms if "ҚК" in x] if has_cao else forms))
        for code, a, p, _ in charges:
            if code == "CAO":
                parts.append(rng.choice([f"ӘҚБтК {a}-бабы", f"ҚР ӘҚБтК {a}-бабы"]))
        sep = ", "
    else:
        for a, p, pt in cc:
            if merged_405 and a == 405:
                if p == 1:
                    parts.append("Article 405 Part 1 and 2")
                continue
            if pt:
                parts.append(f"Art. {a}({p}) point {pt}")
            elif p:
                forms = [f"Art. {a}({p})", f"Article {a} part {p}", f"Art. {a} Part {p}", f"Article {a}({p}) CC"]
                parts.append(f"Art. {a}({p}) CC" if has_cao else rng.choice(forms))
            else:
                parts.append(f"Art. {a} CC" if has_cao else rng.choice([f"Art. {a}", f"Article {a}"]))
        for code, a, p, _ in charges:
            if code == "CAO":
                parts.append(rng.choice([f"Art. {a} CAO", f"Article {a} of the CAO"]))
        sep = "; " if has_cao else rng.choice([", ", "; ", " and "]) if len(parts) == 2 else "; "
    return sep.join(parts), truth


def date_text(d: dt.date, precision: str, lang: str, rng: random.Random, prefix: str = "") -> str:
    """A date as text, in one of the ways README "How values are read" lists."""
    if lang == "ru":
        if precision == "year":
            body = rng.choice([f"{d.year}", f"{d.year} г."])
        elif precision == "month":
            body = rng.choice([f"{MONTHS_RU_NOM[d.month - 1]} {d.year}", f"{MONTHS_RU_NOM[d.month - 1]} {d.year} г."])
        else:
            body = rng.choice([f"{d:%d.%m.%Y}", f"{d:%d.%m.%Y} г.", f"{d:%Y-%m-%d}", f"{d.day} {MONTHS_RU_GEN[d.month - 1]} {d.year}",
                               f"{d.day} {MONTHS_RU_GEN[d.month - 1]} {d.year} г.", f"{d:%d.%m.%Y}"])
        return f"{prefix} {body}" if prefix else body
    if lang == "kk":
        if precision == "year":
            return rng.choice([f"{d.year}", f"{d.year} ж."])
        if precision == "month":
            return f"{MONTHS_KK[d.month - 1]} {d.year}"
        return rng.choice([f"{d:%d.%m.%Y}", f"{d:%d.%m.%Y} ж.", f"{d.day} {MONTHS_KK[d.month - 1]} {d.year}",
                           f"{d.day} {MONTHS_KK[d.month - 1]} {d.year} ж.", f"{d:%Y-%m-%d}"])
    if precision == "year":
        body = f"{d.year}"
    elif precision == "month":
        body = f"{MONTHS_EN[d.month - 1]} {d.year}"
    else:
        body = rng.choice([f"{d:%d.%m.%Y}", f"{d:%Y-%m-%d}", f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
                           f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"])
    return f"{prefix} {body}" if prefix else body


def _noise(text: str, rng: random.Random, cyrillic: bool) -> str:
    """Stray spaces, case, or one Latin look-alike letter inside a Cyrillic word."""
    r = rng.random()
    if r < 0.05:
        return rng.choice([f"  {text}", f"{text} ", f" {text}  "])
    if r < 0.08:
        return text.upper()
    if r < 0.10:
        return text.lower()
    if cyrillic and r < 0.14:
        spots = [i for i, ch in enumerate(text) if ch in HOMOGLYPHS]
        if spots:
            i = rng.choice(spots)
            return text[:i] + HOMOGLYPHS[text[i]] + text[i + 1:]
    return text


def city_text(case: Case, lang: str, rng: random.Random, cp1251: bool) -> str:
    city = case.city
    forms = list(PLACES[city][{"ru": 1, "kk": 2, "en": 3}[lang]])
    when = case.dates["detained_on"]
    if city == "Astana" and NUR_SULTAN[0] <= when < NUR_SULTAN[1] and rng.random() < 0.6:
        forms = ASTANA_NUR_SULTAN[lang]
    if city == "Konaev" and when < KONAEV_RENAME and rng.random() < 0.7:
        forms = KONAEV_OLD[lang]
    if cp1251:
        forms = [f for f in forms if _fits_cp1251(f)]
    return _noise(rng.choice(forms), rng, cyrillic=lang != "en")


def _fits_cp1251(text: str) -> bool:
    try:
        text.encode("cp1251")
    except UnicodeEncodeError:
        return False
    return True


def name_text(p: Person, lang: str, rng: random.Random) -> str:
    idx = {"ru": 0, "kk": 1, "en": 2}[lang]
    first = p.first[idx]
    sur = p.surname[idx]
    if p.female and not sur.endswith(("ук", "енко", "uk", "enko")):
        sur += "a" if lang == "en" else "а"
    r = rng.random()
    if lang == "ru":
        father = p.father[0]
        patr = father + ("овна" if p.female else "ович") if not father.endswith("ев") else father + ("на" if p.female else "ич")
        if father == "Игор":
            patr = "Игоревна" if p.female else "Игоревич"
        if r < 0.45:
            name = f"{sur} {first} {patr}"
        elif r < 0.82:
            name = f"{sur} {first}"
        elif r < 0.92:
            name = f"{sur} {first[0]}.{patr[0]}."
        else:
            name = f"{sur.upper()} {first}"
    elif lang == "kk":
        patr = (p.father[1] + ("қызы" if p.female else "ұлы")) if p.father[1] else _parts(p, "ru")[2]
        name = f"{sur} {first}" if r < 0.5 else f"{first} {sur}" if r < 0.75 else f"{sur} {first} {patr}"
    else:
        name = f"{first} {sur}" if r < 0.5 else f"{sur.upper()} {first}" if r < 0.8 else f"{sur} {first}"
    if rng.random() < 0.06:
        name = name.replace(" ", "  ", 1) if rng.random() < 0.5 else f" {name} "
    return name


def birth_text(year: int | None, lang: str, rng: random.Random, style: str):
    """style: 'year' (a year column) or 'dob' (a date-of-birth column)."""
    if year is None:
        return ""
    if style == "dob":
        d = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        return rng.choice([f"{d:%d.%m.%Y}", f"{d:%d.%m.%Y}", str(year), f"{year} г.р."]) if lang == "ru" else f"{d:%d.%m.%Y}"
    if lang == "ru":
        return rng.choice([str(year)] * 5 + [f"{year} г.р.", f"{year} г."])
    if lang == "kk":
        return rng.choice([str(year)] * 3 + [f"{year} ж."])
    return str(year)


# ---------------------------------------------------------------------------
# Layouts: what each list looks like. A column is (field, header, sub-header or None).
# ---------------------------------------------------------------------------
@dataclass
class SheetLayout:
    name: str
    lang: str
    columns: list[tuple[str, str, str | None]]
    n_cases: int
    years: dict[int, int]
    pending: bool = False
    titles: list[str] = field(default_factory=list)
    blank_after_titles: bool = False
    sections: str | None = None  # "year" | "city" | None
    merge_sections: bool = False
    section_intro: str | None = None
    totals: str | None = None
    footnotes: list[str] = field(default_factory=list)
    blank_before_totals: bool = False
    duplicates: int = 0
    plants: int = 0  # rows of people already listed (here or in an earlier list), written another way
    bad: list[tuple[str, str]] = field(default_factory=list)  # (field, cell): unreadable values, truth null
    region_only: int = 0
    birth_style: str = "year"
    yes_no: tuple[str, str] = ("Yes", "No")
    blank_row_style: str = "empty"  # csv: "empty" line or "separators" only
    # Renderings forced on some rows, so every variant of README "How values are read" surely appears:
    # ("city", cell, city) | ("articles", cell, display) | ("sentence", cell, months)
    # | ("date", field, style) | ("group", cell, canonical group)
    showcase: list[tuple] = field(default_factory=list)


@dataclass
class FileLayout:
    file: str
    kind: str  # "xlsx" | "csv"
    source: str
    description: str
    sheets: list[SheetLayout]
    prose_sheets: dict[str, list[str]] = field(default_factory=dict)
    empty_sheets: list[str] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ","


ALL_YEARS = {2018: 50, 2019: 75, 2020: 80, 2021: 75, 2022: 70, 2023: 40, 2024: 32, 2025: 22}
EARLY_YEARS = {2018: 30, 2019: 35, 2020: 30, 2021: 20, 2022: 15}
LATE_YEARS = {2020: 20, 2021: 25, 2022: 25, 2023: 20, 2024: 15, 2025: 12}
PENDING_YEARS = {2018: 2, 2019: 3, 2020: 5, 2021: 8, 2022: 12, 2023: 20, 2024: 25, 2025: 25}

PROSE_RU = [
    "Пояснения к списку",
    "Список составлен по открытым источникам и сообщениям родственников. Это учебный пример: все имена и события вымышлены.",
    "Даты указаны по сообщениям; где известен только месяц или год, указан месяц или год.",
    "Статьи указаны по Уголовному кодексу РК 2014 года; административные статьи (КоАП) указаны отдельно.",
    "Вопросы и уточнения направляйте составителям списка.",
]


def layouts(variant: str) -> list[FileLayout]:
    if variant == "samples":
        return [
            FileLayout(
                "ngo_almaty_ru.xlsx", "xlsx", "Synthetic NGO list A (Almaty, Russian workbook)",
                "Synthetic workbook in Russian: convicted persons by year, persons under investigation by city, "
                "two-row header with a merged 'Даты' group; invented names.",
                [
                    SheetLayout(
                        "Осужденные", "ru",
                        [("row_number", "№ п/п", None), ("name", "ФИО", None), ("birth_year", "Год рождения", None),
                         ("city", "Город", None), ("articles", "Статья УК РК", None), ("status", "Мера наказания", None),
                         ("sentence", "Срок", None), ("detained_on", "Даты", "задержания"),
                         ("charged_on", "Даты", "возбуждения дела"), ("sentenced_on", "Даты", "приговора"),
                         ("released_on", "Даты", "освобождения"), ("affiliation", "Организация", None),
                         ("notes", "Примечание", None)],
                        165, ALL_YEARS,
                        titles=["Список лиц, подвергшихся политически мотивированному уголовному преследованию",
                                "Учебный пример: все имена и события вымышлены (синтетические данные)",
                                "По состоянию на 01.10.2025"],
                        sections="year", merge_sections=True, section_intro="Раздел I. Осужденные",
                        totals="Итого: {n}", footnotes=["* данные уточняются", "Источник: открытые источники, сообщения правозащитников (вымышленные)"],
                        duplicates=2, bad=[("city", "г. Солнцеград"), ("sentenced_on", "31.02.{y}")], region_only=2, plants=8,
                        showcase=[
                            ("city", "Талдыкорган (Алматинская обл.)", "Taldykorgan"), ("city", "Капшагай", "Konaev"),
                            ("city", "Уральск", "Oral"), ("city", "Усть-Каменогорск", "Oskemen"), ("city", "Семипалатинск", "Semey"),
                            ("city", "Нур-Султан", "Astana"), ("city", "Алма-Ата", "Almaty"), ("city", "г. Алматы", "Almaty"),
                            ("city", " алматы  ", "Almaty"), ("city", "Шымкeнт", "Shymkent"), ("city", "Өскемен", "Oskemen"),
                            ("articles", "ч.2 ст.405 УК РК", "405(2)"), ("articles", "ст. 405 ч. 2", "405(2)"),
                            ("articles", "статья 405 часть 2", "405(2)"), ("articles", "ч.1 ст.174, ч.2 ст.405 УК РК", "174(1); 405(2)"),
                            ("articles", "ч.2 ст.405 УК РК; ст. 488 КоАП", "405(2)"),
                            ("articles", "ч.2 ст.272 УК РК, ч.1 ст.380 УК РК", "272(2); 380(1)"),
                            ("sentence", "1 год 6 мес.", 18), ("sentence", "2 года 6 месяцев", 30),
                            ("date", "detained_on", "dmy"), ("date", "detained_on", "dmy_g"), ("date", "charged_on", "iso"),
                            ("date", "sentenced_on", "ru_gen"), ("date", "detained_on", "s"), ("date", "sentenced_on", "ot"),
                            ("date", "detained_on", "month_ru"), ("date", "detained_on", "year"),
                            ("group", "ДВК", "DVK"), ("group", "Демократический выбор Казахстана", "DVK"),
                            ("group", "Көше партиясы", "Koshe Partiyasy"), ("group", "Уличная партия", "Koshe Partiyasy"),
                        ],
                    ),
                    SheetLayout(
                        "Под следствием", "ru",
                        [("row_number", "№", None), ("name", "Ф.И.О.", None), ("birth_year", "Г.р.", None),
                         ("city", "Город", None), ("articles", "Статьи", None), ("status", "Мера пресечения", None),
                         ("detained_on", "Даты", "задержания"), ("charged_on", "Даты", "возбуждения дела"),
                         ("affiliation", "Принадлежность", None), ("notes", "Примечание", None)],
                        55, PENDING_YEARS, pending=True,
                        titles=["Раздел II. Лица под следствием и под мерами пресечения",
                                "Учебный пример: имена вымышлены"],
                        sections="city", merge_sections=False,
                        totals="Итого: {n}", footnotes=["* сведения на конец периода"], blank_before_totals=True,
                        duplicates=1, bad=[("detained_on", "31.06.{y}")], plants=5,
                    ),
                ],
                prose_sheets={"Пояснения": PROSE_RU}, empty_sheets=["Лист4"],
            ),
            FileLayout(
                "monitoring_en.csv", "csv", "Synthetic monitoring list B (English CSV)",
                "Synthetic English list, UTF-8 with BOM, comma-separated, with a yes/no DVK/Koshe column; invented names.",
                [SheetLayout(
                    "", "en",
                    [("name", "Name", None), ("birth_year", "Year of birth", None), ("city", "City", None),
                     ("articles", "Charges", None), ("status", "Status", None), ("sentence", "Sentence", None),
                     ("detained_on", "Detained", None), ("sentenced_on", "Sentenced", None), ("released_on", "Released", None),
                     ("affiliation", "Affiliation", None), ("dvk_koshe", "DVK/Koshe", None), ("notes", "Notes", None)],
                    95, ALL_YEARS, totals="Total: {n} people",
                    footnotes=["Source: synthetic example compiled for testing; all names are invented"],
                    blank_before_totals=True, duplicates=1, bad=[("detained_on", "30.02.{y}"), ("city", "TBC")],
                    region_only=1, plants=14,
                    showcase=[
                        ("city", "Nur-Sultan", "Astana"), ("city", "Uralsk", "Oral"), ("city", "Kapshagay", "Konaev"),
                        ("city", "Ust-Kamenogorsk", "Oskemen"), ("city", "Almaty", "Almaty"), ("city", "ALMATY ", "Almaty"),
                        ("articles", "Art. 405(2)", "405(2)"), ("articles", "Article 405 part 2", "405(2)"),
                        ("articles", "Art. 174(1), Art. 405(2)", "174(1); 405(2)"), ("articles", "Art. 405(2) CC; Art. 488 CAO", "405(2)"),
                        ("articles", "Article 405 Part 1 and 2", "405(1); 405(2)"),
                        ("sentence", "2 yrs 6 mo", 30),
                        ("date", "detained_on", "en_dmy"), ("date", "sentenced_on", "en_mdy"), ("date", "detained_on", "month_en"),
                        ("date", "detained_on", "year"), ("date", "detained_on", "since"), ("date", "released_on", "iso"),
                        ("group", "Koshe Party", "Koshe Partiyasy"), ("group", "Street Party", "Koshe Partiyasy"),
                        ("group", "QDT", "DVK"), ("group", "Democratic Choice of Kazakhstan", "DVK"),
                    ],
                )],
                encoding="utf-8-sig", delimiter=",",
            ),
            FileLayout(
                "regions_ru_cp1251.csv", "csv", "Synthetic regional list C (Russian, cp1251)",
                "Synthetic Russian list exported from an old spreadsheet: cp1251, semicolon-separated; invented names.",
                [SheetLayout(
                    "", "ru",
                    [("name", "ФИО", None), ("birth_year", "Дата рождения", None), ("city", "Город", None),
                     ("articles", "Статьи УК РК", None), ("status", "Статус", None), ("sentence", "Срок наказания", None),
                     ("detained_on", "Дата задержания", None), ("sentenced_on", "Дата приговора", None),
                     ("affiliation", "Принадлежность", None), ("notes", "Примечание", None)],
                    80, EARLY_YEARS, totals="Итого: {n}", footnotes=["Источник: вымышленные данные для проверки программы"],
                    blank_before_totals=True, bad=[("city", "по месту жительства")], birth_style="dob", plants=10,
                    blank_row_style="separators",
                    showcase=[
                        ("city", "Талдыкорган (Алматинская обл.)", "Taldykorgan"), ("city", "Семипалатинск", "Semey"),
                        ("city", "Нур-Султан", "Astana"), ("city", "Aктобе", "Aktobe"), ("city", "г.  Алматы", "Almaty"),
                        ("city", "Капшагай", "Konaev"),
                        ("articles", "статья 405 часть 2", "405(2)"), ("articles", "ч.2 ст.405 УК РК; ст. 488 КоАП РК", "405(2)"),
                        ("articles", "ст. 488 КоАП", ""),
                        ("sentence", "1 год 6 мес.", 18),
                        ("date", "detained_on", "ru_gen"), ("date", "sentenced_on", "ot"), ("date", "detained_on", "month_ru"),
                        ("group", "Уличная партия", "Koshe Partiyasy"), ("group", "Коше партиясы", "Koshe Partiyasy"),
                        ("group", "ДВК", "DVK"),
                    ],
                )],
                encoding="cp1251", delimiter=";",
            ),
            FileLayout(
                "kz_list_kk.csv", "csv", "Synthetic list D (Kazakh, UTF-16)",
                "Synthetic Kazakh list, UTF-16 with BOM, tab-separated; invented names.",
                [SheetLayout(
                    "", "kk",
                    [("name", "Аты-жөні", None), ("birth_year", "Туған жылы", None), ("city", "Қала", None),
                     ("articles", "Бап", None), ("status", "Мәртебесі", None), ("sentence", "Мерзімі", None),
                     ("detained_on", "Ұсталған күні", None), ("sentenced_on", "Үкім шыққан күн", None),
                     ("affiliation", "Ұйым", None), ("notes", "Ескерту", None)],
                    62, LATE_YEARS, totals="Барлығы: {n}", footnotes=["Дереккөз: ойдан шығарылған деректер (синтетикалық мысал)"],
                    bad=[("city", "белгісіз")], region_only=1, plants=10,
                    showcase=[
                        ("city", "Өскемен", "Oskemen"), ("city", "Орал", "Oral"), ("city", "Қонаев", "Konaev"),
                        ("city", "Нұр-Сұлтан", "Astana"), ("city", "Алматы қ.", "Almaty"),
                        ("articles", "ҚР ҚК 405-бабы 2-бөлігі", "405(2)"),
                        ("articles", "ҚР ҚК 174-бабы 1-бөлігі, 405-бабы 2-бөлігі", "174(1); 405(2)"),
                        ("sentence", "1 жыл 6 ай", 18),
                        ("date", "detained_on", "kk"), ("date", "detained_on", "month_kk"),
                        ("group", "Көше партиясы", "Koshe Partiyasy"), ("group", "ҚДТ", "DVK"),
                    ],
                )],
                encoding="utf-16", delimiter="\t",
            ),
        ]
    if variant == "holdout":
        return [
            FileLayout(
                "rights_center_ru.xlsx", "xlsx", "Synthetic holdout workbook (Russian)",
                "Holdout workbook: other sheet names, headers, order and sections.",
                [
                    SheetLayout(
                        "Политзаключенные", "ru",
                        [("row_number", "№", None), ("name", "Фамилия имя отчество", None), ("city", "Населенный пункт", None),
                         ("birth_year", "Год рожд.", None), ("articles", "Квалификация", None),
                         ("status", "Наказание", "мера наказания"), ("sentence", "Наказание", "срок наказания"),
                         ("detained_on", "Даты", "дата ареста"), ("sentenced_on", "Даты", "дата вынесения приговора"),
                         ("released_on", "Даты", "освобожден"), ("affiliation", "Движение", None),
                         ("notes", "Краткое описание дела", None)],
                        150, ALL_YEARS,
                        titles=["ПОЛИТИЧЕСКИ МОТИВИРОВАННЫЕ УГОЛОВНЫЕ ДЕЛА 2018–2025",
                                "синтетический пример, все имена вымышлены"],
                        blank_after_titles=True, sections="city", merge_sections=True,
                        totals="Всего: {n} чел.", footnotes=["** приговор мог быть изменен в апелляции", "Источник: вымышленный"],
                        duplicates=2, bad=[("city", "ИК-158"), ("detained_on", "30.02.{y}")], region_only=1, plants=8,
                        showcase=[
                            ("city", "Нурсултан", "Astana"), ("city", "Чимкент", "Shymkent"), ("city", "г. Уральск", "Oral"),
                            ("city", "Семей (ВКО)", "Semey"), ("city", "Сатпаев (Карагандинская обл.)", "Satpayev"),
                            ("articles", "ч. 2 ст. 405 УК РК", "405(2)"), ("articles", "пункт 2 части 4 статьи 274 УК РК", "274(4)"),
                            ("sentence", "2 года 6 мес.", 30),
                            ("date", "detained_on", "dmy_g"), ("date", "sentenced_on", "ru_gen"), ("date", "detained_on", "month_ru"),
                            ("date", "detained_on", "year"),
                            ("group", "«Көше партиясы»", "Koshe Partiyasy"), ("group", "Партия улицы", "Koshe Partiyasy"),
                        ],
                    ),
                    SheetLayout(
                        "Уголовное преследование", "ru",
                        [("row_number", "№", None), ("name", "Ф.И.О. фигуранта", None), ("birth_year", "Дата рождения", None),
                         ("city", "Регион/город", None), ("articles", "Обвинение", None), ("status", "Текущий статус", None),
                         ("detained_on", "Дата", "задержан"), ("charged_on", "Дата", "дело возбуждено"),
                         ("dvk_koshe", "Связь с ДВК/КП", None), ("notes", "Комментарий", None)],
                        50, PENDING_YEARS, pending=True,
                        titles=["Уголовное преследование (синтетический пример)"],
                        sections="year", merge_sections=False, totals="Итого {n}", birth_style="dob",
                        yes_no=("да", "нет"), duplicates=1, plants=5,
                    ),
                ],
                prose_sheets={"Справка": PROSE_RU[1:] + ["Составители: вымышленная организация"]}, empty_sheets=["Пустой лист"],
            ),
            FileLayout(
                "watch_report_en.csv", "csv", "Synthetic holdout list (English CSV)", "Holdout English list.",
                [SheetLayout(
                    "", "en",
                    [("row_number", "No.", None), ("name", "Full name", None), ("city", "Town", None), ("birth_year", "Born", None),
                     ("articles", "Article of the Criminal Code", None), ("status", "Current status", None), ("sentence", "Term", None),
                     ("detained_on", "Date of arrest", None), ("charged_on", "Case opened", None), ("sentenced_on", "Verdict date", None),
                     ("released_on", "Release date", None), ("affiliation", "Organization", None),
                     ("dvk_koshe", "Linked to DVK/Koshe", None), ("notes", "Comments", None)],
                    90, ALL_YEARS, totals="TOTAL {n}", footnotes=["* synthetic data, invented names"],
                    duplicates=1, bad=[("sentenced_on", "31.04.{y}"), ("city", "unknown town")], plants=12,
                    yes_no=("yes", "no"),
                    showcase=[
                        ("city", "Nur-Sultan", "Astana"), ("city", "Oral", "Oral"), ("city", "Semipalatinsk", "Semey"),
                        ("articles", "Article 405 part 2", "405(2)"), ("sentence", "1 year 6 months", 18),
                        ("date", "detained_on", "en_mdy"), ("date", "detained_on", "month_en"),
                        ("group", "Street Party", "Koshe Partiyasy"), ("group", "DCK", "DVK"),
                    ],
                )],
                encoding="utf-8-sig", delimiter=",",
            ),
            FileLayout(
                "oblast_list_ru.csv", "csv", "Synthetic holdout list (Russian cp1251)", "Holdout Russian cp1251 list.",
                [SheetLayout(
                    "", "ru",
                    [("name", "Ф.И.О.", None), ("birth_year", "Г.р.", None), ("city", "Населенный пункт", None),
                     ("articles", "Квалификация", None), ("status", "Текущий статус", None), ("sentence", "Приговор (срок)", None),
                     ("detained_on", "Дата ареста", None), ("charged_on", "Дело возбуждено", None),
                     ("sentenced_on", "Дата вынесения приговора", None), ("affiliation", "Движение", None),
                     ("notes", "Комментарий", None)],
                    75, EARLY_YEARS, totals="Всего: {n}", footnotes=["Примечание: все имена вымышлены"],
                    blank_before_totals=True, bad=[("city", "неизвестный населенный пункт")], plants=10,
                )],
                encoding="cp1251", delimiter=";",
            ),
            FileLayout(
                "tizim_kk.csv", "csv", "Synthetic holdout list (Kazakh UTF-16)", "Holdout Kazakh list.",
                [SheetLayout(
                    "", "kk",
                    [("row_number", "Р/с", None), ("name", "Аты жөні", None), ("birth_year", "Туған жыл", None),
                     ("city", "Елді мекен", None), ("articles", "Баптар", None), ("status", "Жазасы", None),
                     ("sentence", "Жаза мерзімі", None), ("detained_on", "Ұсталды", None),
                     ("sentenced_on", "Сотталған күні", None), ("released_on", "Босатылды", None),
                     ("affiliation", "Қозғалыс", None), ("notes", "Түсініктеме", None)],
                    60, LATE_YEARS, totals="Барлығы {n}", footnotes=["* деректер нақтыланады"],
                    bad=[("detained_on", "32.01.{y}")], plants=10,
                )],
                encoding="utf-16", delimiter="\t",
            ),
        ]
    raise ValueError(f"unknown variant {variant!r}: use 'samples' or 'holdout'")


# ---------------------------------------------------------------------------
# Rows: cells for one case in one layout, and the truth of that row.
# ---------------------------------------------------------------------------
@dataclass
class Row:
    cells: dict[str, object]  # field -> cell (str, or int/date for xlsx)
    truth: dict[str, object]
    section: str = ""


def _earliest(truth: dict) -> tuple[dt.date | None, str | None]:
    got = [(truth[f], truth[f + "_precision"]) for f in DATE_FIELDS if truth.get(f) is not None]
    if not got:
        return None, None
    return min(got, key=lambda dp: dp[0])


def render_case(case: Case, layout: SheetLayout, rng: random.Random, xlsx: bool, cp1251: bool) -> Row:
    lang = layout.lang
    fields = [f for f, _, _ in layout.columns]
    cells: dict[str, object] = {}
    truth: dict[str, object] = {"kind": "case"}

    name = name_text(case.person, lang, rng)
    cells["name"] = name
    truth["name"] = clean_spaces(name)
    truth["person"] = f"P{case.person.pid:04d}"

    b = birth_text(case.birth_year, lang, rng, layout.birth_style)
    if xlsx and b.isdigit() and rng.random() < 0.7:
        b = int(b)  # a number cell
    if xlsx and layout.birth_style == "dob" and isinstance(b, str) and len(b) == 10 and rng.random() < 0.7:
        b = dt.datetime.strptime(b, "%d.%m.%Y")  # a date cell
    cells["birth_year"] = b
    truth["birth_year"] = case.birth_year

    cells["city"] = city_text(case, lang, rng, cp1251)
    truth["city"], truth["region"] = case.city, PLACES[case.city][0]

    art, art_truth = article_text(case.charges, lang, rng)
    cells["articles"], truth["articles"] = art, art_truth

    status_cell, sentence_cell, status, months = outcome_text(case, lang, "sentence" in fields, rng)
    cells["status"], cells["sentence"] = status_cell, sentence_cell
    truth["status"], truth["sentence_months"] = status, months

    # Dates: only the columns this list has. The earliest written date may be partial.
    written = [f for f in DATE_FIELDS if f in fields and case.dates[f] is not None]
    first = min(written, key=lambda f: case.dates[f]) if written else None
    for f in DATE_FIELDS:
        truth[f], truth[f + "_precision"] = None, None
        d = case.dates[f]
        if f not in fields or d is None:
            cells[f] = "" if not (xlsx and f in fields and rng.random() < 0.06) else "—"
            continue
        precision = "day"
        if f == first:
            precision = rng.choices(["day", "month", "year"], weights=[84, 11, 5])[0]
        start = d.replace(day=1) if precision == "month" else d.replace(month=1, day=1) if precision == "year" else d
        # Two written dates on the same first day would make the precision of started_on ambiguous.
        if precision != "day" and any(case.dates[g] == start for g in written if g != f):
            precision, start = "day", d
        truth[f], truth[f + "_precision"] = start, precision
        prefix = ""
        if precision == "day" and rng.random() < 0.06:
            prefix = {"ru": "с" if f == "detained_on" else "от", "en": "since" if f == "detained_on" else "", "kk": ""}[lang]
        elif precision == "month" and lang == "en" and f == "detained_on" and rng.random() < 0.3:
            prefix = "since"
        mode = rng.choices(["date", "serial", "text"], weights=[50, 20, 30])[0] if xlsx and precision == "day" and not prefix else "text"
        if mode == "date":
            cells[f] = dt.datetime(d.year, d.month, d.day)
        elif mode == "serial":
            cells[f] = (d - EXCEL_EPOCH).days
        else:
            cells[f] = date_text(d, precision, lang, rng, prefix)

    # Group ties: in the affiliation column, the notes, or a yes/no column.
    methods = []
    if case.group and case.group_visible:
        if "affiliation" in fields:
            methods += ["affiliation", "affiliation", "both"]
        if "notes" in fields:
            methods += ["notes"]
        if "dvk_koshe" in fields and case.group in (DVK, KOSHE):
            methods += ["yesno", "yesno"]
    method = rng.choice(methods) if methods else None
    spellings = GROUP_SPELLINGS[case.group][lang] if case.group else []
    if cp1251:
        spellings = [s for s in spellings if _fits_cp1251(s)]
    named = None
    if method in ("affiliation", "both"):
        cells["affiliation"] = rng.choice(spellings)
        named = case.group
    elif method is None and "affiliation" in fields and rng.random() < 0.12:
        cells["affiliation"] = rng.choice([x for x in NO_GROUP[lang] if not cp1251 or _fits_cp1251(x)])
    else:
        cells["affiliation"] = ""
    if method in ("notes", "both"):
        cells["notes"] = rng.choice([x for x in NOTE_WITH_GROUP[case.group][lang] if not cp1251 or _fits_cp1251(x)])
        named = case.group
    elif rng.random() < 0.45:
        plain = [x for x in NOTE_PLAIN[lang] if (not cp1251 or _fits_cp1251(x))
                 and not (case.dates["sentenced_on"] is None and _ABOUT_VERDICT.search(x))
                 and not ((named or method) and _NO_GROUP_NOTE.search(x))]
        cells["notes"] = rng.choice(plain)
    else:
        cells["notes"] = ""
    yes, no = layout.yes_no
    if method == "yesno":
        cells["dvk_koshe"] = rng.choice([yes, yes, yes.capitalize() if yes.islower() else yes.lower()])
    elif named in (DVK, KOSHE):
        cells["dvk_koshe"] = yes
    elif case.group in (DVK, KOSHE):  # a tie the list does not state: left blank, so no tie in the truth
        cells["dvk_koshe"] = ""
    else:
        cells["dvk_koshe"] = rng.choice([no, no, ""])
    truth["affiliation"] = named or ""
    truth["dvk_koshe"] = named in (DVK, KOSHE) or method == "yesno"
    return Row(cells, truth)


def _apply_bad(row: Row, fld: str, text: str, case: Case) -> None:
    """Write an unreadable value (a place that is not a place, an impossible date): truth null."""
    year = (case.dates["detained_on"] or dt.date(2020, 1, 1)).year
    row.cells[fld] = text.format(y=year)
    if fld == "city":
        row.truth["city"] = row.truth["region"] = None
    else:
        row.truth[fld] = row.truth[fld + "_precision"] = None


def finish_truth(truth: dict) -> dict:
    started, precision = _earliest(truth)
    out = {k: v for k, v in truth.items() if not k.endswith("_precision")}
    out["started_on"], out["started_precision"] = started, precision
    return out


def section_label(case: Case, layout: SheetLayout, variant: str) -> str:
    if layout.sections == "year":
        y = case.dates["detained_on"].year
        return f"{y} год" if variant == "samples" else f"{y} г."
    if layout.sections == "city":
        labels = {"Almaty": "г. Алматы", "Astana": "г. Астана", "Shymkent": "г. Шымкент"}
        if variant == "holdout":
            labels = {"Almaty": "АЛМАТЫ", "Astana": "АСТАНА (НУР-СУЛТАН)", "Shymkent": "ШЫМКЕНТ"}
            return labels.get(case.city, "ПРОЧИЕ ГОРОДА И ОБЛАСТИ")
        return labels.get(case.city, "Другие города и области")
    return ""


SECTION_ORDER_CITY = ["г. Алматы", "г. Астана", "г. Шымкент", "Другие города и области",
                      "АЛМАТЫ", "АСТАНА (НУР-СУЛТАН)", "ШЫМКЕНТ", "ПРОЧИЕ ГОРОДА И ОБЛАСТИ"]


def _date_style(d: dt.date, style: str) -> tuple[str, dt.date, str]:
    """(cell, truth date, precision) for a forced date style."""
    y, m = d.year, d.month - 1
    styles = {
        "dmy": f"{d:%d.%m.%Y}", "dmy_g": f"{d:%d.%m.%Y} г.", "iso": f"{d:%Y-%m-%d}",
        "ru_gen": f"{d.day} {MONTHS_RU_GEN[m]} {y}", "kk": f"{d.day} {MONTHS_KK[m]} {y}",
        "en_dmy": f"{d.day} {MONTHS_EN[m]} {y}", "en_mdy": f"{MONTHS_EN[m]} {d.day}, {y}",
        "s": f"с {d:%d.%m.%Y}", "ot": f"от {d:%d.%m.%Y}", "since": f"since {d:%d.%m.%Y}",
    }
    if style in styles:
        return styles[style], d, "day"
    if style.startswith("month_"):
        names = {"month_ru": MONTHS_RU_NOM, "month_en": MONTHS_EN, "month_kk": MONTHS_KK}[style]
        return f"{names[m]} {y}", d.replace(day=1), "month"
    if style == "year":
        return str(y), d.replace(month=1, day=1), "year"
    raise ValueError(style)


def _eligible(row: Row, spec: tuple, fields: list[str]) -> bool:
    kind = spec[0]
    t = row.truth
    if kind == "city":
        return t["city"] is not None
    if kind == "articles":
        return True
    if kind == "sentence":
        return row.cells.get("sentence") not in ("", None)
    if kind == "group":
        return t["affiliation"] == spec[2] and row.cells.get("affiliation") not in ("", None)
    if kind == "date":
        fld, style = spec[1], spec[2]
        if fld not in fields or t[fld] is None or t[fld + "_precision"] != "day":
            return False
        if style.startswith("month_") or style == "year":
            start = _date_style(t[fld], style)[1]
            others = [t[g] for g in DATE_FIELDS if g != fld and t.get(g) is not None]
            return all(o > start for o in others) and all(o > t[fld] for o in others)
        return True
    raise ValueError(kind)


def _matches(row: Row, spec: tuple) -> bool:
    kind, t = spec[0], row.truth
    return ((kind == "city" and t["city"] == spec[2]) or (kind == "articles" and t["articles"] == spec[2])
            or (kind == "sentence" and t["sentence_months"] == spec[2]) or kind in ("date", "group"))


def _apply_showcase(row: Row, spec: tuple) -> None:
    kind = spec[0]
    if kind == "city":
        row.cells["city"] = spec[1]
        row.truth["city"], row.truth["region"] = spec[2], PLACES[spec[2]][0]
    elif kind == "articles":
        row.cells["articles"], row.truth["articles"] = spec[1], spec[2]
    elif kind == "sentence":
        row.cells["sentence"], row.truth["sentence_months"] = spec[1], spec[2]
    elif kind == "group":
        row.cells["affiliation"] = spec[1]
    elif kind == "date":
        fld = spec[1]
        cell, start, precision = _date_style(row.truth[fld], spec[2])
        row.cells[fld], row.truth[fld], row.truth[fld + "_precision"] = cell, start, precision


def build_rows(gen: Generator, layout: SheetLayout, xlsx: bool, cp1251: bool) -> list[Row]:
    rng = gen.rng
    fields = [f for f, _, _ in layout.columns]
    cases = gen.cases(layout.n_cases, layout.years, layout.pending)
    rows = []
    for case in cases:
        row = render_case(case, layout, rng, xlsx, cp1251)
        row.section = section_label(case, layout, gen.variant)
        rows.append((case, row))
    # Unreadable values and region-only places on distinct rows.
    picks = rng.sample(range(len(rows)), len(layout.bad) + layout.region_only)
    for (fld, text), i in zip(layout.bad, picks):
        _apply_bad(rows[i][1], fld, text, rows[i][0])
    for i in picks[len(layout.bad):]:
        text, region = rng.choice([x for x in REGION_ONLY[layout.lang] if not cp1251 or _fits_cp1251(x[0])])
        rows[i][1].cells["city"] = text
        rows[i][1].truth["city"], rows[i][1].truth["region"] = None, region
    # Forced renderings, each on its own row and field.
    taken = {(i, None) for i in picks}
    for spec in layout.showcase:
        slot = spec[1] if spec[0] == "date" else spec[0]
        choices = [i for i, (_, row) in enumerate(rows)
                   if (i, None) not in taken and (i, slot) not in taken and _eligible(row, spec, fields)]
        # Prefer a row whose facts already match, so the forced value does not change them.
        choices = [i for i in choices if _matches(rows[i][1], spec)] or choices
        if not choices:
            raise RuntimeError(f"no row can show {spec!r} in {layout.name or layout.lang}")
        i = rng.choice(choices)
        taken.add((i, slot))
        _apply_showcase(rows[i][1], spec)
    if layout.sections == "city":
        rows.sort(key=lambda cr: SECTION_ORDER_CITY.index(cr[1].section))  # stable: dates stay in order
    out = []
    number = 0
    dup_at = set(rng.sample(range(len(rows)), layout.duplicates))
    for i, (case, row) in enumerate(rows):
        number += 1
        row.cells["row_number"] = number if xlsx else str(number)
        row.truth = finish_truth(row.truth)
        out.append(row)
        if i in dup_at:  # an exact copy of the row just written
            out.append(Row(dict(row.cells), {**row.truth, "kind": "duplicate"}, row.section))
    out = plant_people(gen, layout, out, [c for c, _ in rows], xlsx, cp1251)
    gen.seen.extend(case for case, _ in rows)
    return out


# ---------------------------------------------------------------------------
# Planted people: the same person again, written another way (issue 9). Each
# planted row is a case of a person already listed, in this list or an earlier
# one: the same case reported again, or another case of that person. A few are
# namesakes: another person with the same name (a true "different").
# ---------------------------------------------------------------------------
# Latin transliterations in the schemes lists use (independent of the package's own table).
_ICAO = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                 ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
                  "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia"]))
_ICAO.update({"ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i"})
_BGN = {**_ICAO, "е": "e", "ё": "yo", "й": "y", "ъ": "", "ю": "yu", "я": "ya", "х": "kh", "ы": "y"}
_KZ2021 = {**_ICAO, "ә": "ä", "ғ": "ğ", "қ": "q", "ң": "ñ", "ө": "ö", "ұ": "ū", "ү": "ü", "ж": "j", "ш": "ş",
           "х": "h", "й": "i", "ы": "y", "ю": "iu", "я": "ia", "ч": "ch", "щ": "şş"}


def latin_name(text: str, scheme: str) -> str:
    """A Cyrillic name in Latin letters by one scheme: icao, bgn (ye/yu/ya, y for й) or kz2021."""
    table = {"icao": _ICAO, "bgn": _BGN, "kz2021": _KZ2021}[scheme]
    out = []
    for i, ch in enumerate(text):
        low = ch.lower()
        latin = table.get(low, ch)
        if scheme == "bgn" and low == "е" and (i == 0 or not text[i - 1].isalpha() or text[i - 1].lower() in "аеёиоуыэюяәөұүі"):
            latin = "ye"
        out.append(latin.capitalize() if ch != low and latin else latin)
    return "".join(out)


def _typo(word: str, rng: random.Random) -> str:
    """One slip of the keyboard: two letters swapped, one dropped, one doubled, or a vowel for another."""
    if len(word) < 5:
        return word
    i = rng.randrange(2, len(word) - 1)  # not the first letters: a list keeps the initial right
    kind = rng.choice(["swap", "drop", "double", "vowel"])
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    vowels = "аеиоу" if re.search("[а-яё]", word.lower()) else "aeiou"
    spots = [k for k in range(2, len(word)) if word[k] in vowels]
    if not spots:
        return word[:i] + word[i + 1:]
    k = rng.choice(spots)
    return word[:k] + rng.choice([v for v in vowels if v != word[k]]) + word[k + 1:]


def _parts(p: Person, script: str) -> tuple[str, str, str]:
    """(surname, first name, patronymic) in Russian (ru) or Kazakh (kk) Cyrillic."""
    k = 0 if script == "ru" else 1
    first, sur = p.first[k], p.surname[k]
    if p.female and not sur.endswith(("ук", "енко")):
        sur += "а"
    if script == "ru":
        father = p.father[0]
        patr = father + ("овна" if p.female else "ович") if not father.endswith("ев") else father + ("на" if p.female else "ич")
        if father == "Игор":
            patr = "Игоревна" if p.female else "Игоревич"
    elif p.father[1]:
        patr = p.father[1] + ("қызы" if p.female else "ұлы")
    else:  # a Russian father's name stays Russian in a Kazakh list
        patr = _parts(p, "ru")[2]
    return sur, first, patr


NAME_VARIANTS = {
    "ru": ["initials", "swapped", "patronymic", "plain", "typo", "kazakh_letters", "upper"],
    "kk": ["russian_letters", "latin_kz2021", "swapped", "patronymic", "typo"],
    "en": ["icao", "bgn", "kz2021", "english", "initials", "swapped", "typo", "upper"],
}


def variant_name(p: Person, lang: str, kind: str, rng: random.Random) -> str:
    """The person's name as another list writes it (one kind of variation of issue 9, point 1)."""
    script = "kk" if (lang == "kk") != (kind in ("russian_letters",)) or kind == "kazakh_letters" else "ru"
    if kind == "latin_kz2021":
        script = "kk"
    sur, first, patr = _parts(p, script)
    if lang == "en" or kind == "latin_kz2021":
        scheme = {"bgn": "bgn", "kz2021": "kz2021", "latin_kz2021": "kz2021"}.get(kind, "icao")
        if kind in ("english", "initials", "swapped", "typo", "upper"):
            sur, first = p.surname[2] + ("a" if p.female and not p.surname[2].endswith(("uk", "enko")) else ""), p.first[2]
        else:
            sur, first = latin_name(_parts(p, "kk" if scheme == "kz2021" else "ru")[0], scheme), latin_name(
                _parts(p, "kk" if scheme == "kz2021" else "ru")[1], scheme)
        patr = latin_name(patr, scheme)
    if kind == "typo":
        if rng.random() < 0.5:
            sur = _typo(sur, rng)
        else:
            first = _typo(first, rng)
    if kind == "initials":
        return f"{sur} {first[0]}." + (f"{patr[0]}." if lang == "ru" and rng.random() < 0.6 else "")
    if kind == "swapped":
        return f"{first} {sur}"
    if kind == "patronymic" or (kind == "kazakh_letters" and rng.random() < 0.5):
        return f"{sur} {first} {patr}" if lang == "ru" or rng.random() < 0.5 else f"{first} {patr} {sur}"
    if kind == "upper":
        return f"{sur.upper()} {first}"
    return f"{sur} {first}"


def _planted_case(gen: Generator, layout: SheetLayout) -> tuple[Case, str]:
    """A case of a person already listed; (case, how it relates)."""
    rng = gen.plant_rng
    kind = rng.choices(["same_case", "new_case", "namesake"], weights=[50 if gen.seen else 0, 42, 8])[0]
    # The same case comes from another list; another case or a namesake, from any list so far.
    old = rng.choice(gen.seen if kind == "same_case" else gen.seen + gen.current)
    person = old.person
    if kind == "namesake":
        gen.people += 1
        person = Person(old.person.first, old.person.surname, old.person.female, rng.choice(FATHERS), gen.people)
    if kind == "same_case":
        case = replace(old)
    else:
        main, gen.rng = gen.rng, rng  # the planted case draws from the planting stream
        try:
            case = gen.case(rng.choice(list(layout.years)), layout.pending, person=person)
        finally:
            gen.rng = main
        if kind == "new_case":
            case.birth_year = old.birth_year if old.birth_year is not None else case.birth_year
            if rng.random() < 0.75:  # most are prosecuted again where they live
                case.city = old.city
        if kind == "namesake":
            base = old.birth_year or 1980
            case.birth_year = min(2005, max(1945, base + rng.choice([-9, -6, -4, 4, 7, 11])))
            case.city = rng.choice([c for c in CITY_WEIGHTS if c != old.city])
    # How the birth year is written this time: as before, missing, or one year off.
    if kind != "namesake" and case.birth_year is not None:
        r = rng.random()
        if r < 0.2:
            case.birth_year = None
        elif r < 0.4:
            case.birth_year += rng.choice([-1, 1])
    return case, kind


def plant_people(gen: Generator, layout: SheetLayout, out: list[Row], cases: list[Case], xlsx: bool, cp1251: bool) -> list[Row]:
    """Insert `layout.plants` rows of people listed before (here or in an earlier list), each in its
    section, and number the rows again."""
    if not layout.plants:
        return out
    rng = gen.plant_rng
    gen.current = cases
    for _ in range(layout.plants):
        case, kind = _planted_case(gen, layout)
        row = render_case(case, layout, rng, xlsx, cp1251)
        kinds = [k for k in NAME_VARIANTS[layout.lang] if not (cp1251 and k == "kazakh_letters")]
        name = variant_name(case.person, layout.lang, rng.choice(kinds), rng)
        if cp1251:
            name = "".join(ch if _fits_cp1251(ch) else _ICAO.get(ch.lower(), ch) for ch in name)
        row.cells["name"] = name
        row.truth["name"] = clean_spaces(name)
        row.truth["person"] = f"P{case.person.pid:04d}"
        row.truth = finish_truth(row.truth)
        row.section = section_label(case, layout, gen.variant)
        same = [i for i, r in enumerate(out) if r.section == row.section and r.truth["kind"] == "case"]
        if not same:
            continue
        at = rng.choice(same) + 1
        while at < len(out) and out[at].truth["kind"] == "duplicate":
            at += 1  # a duplicate stays right under the row it repeats
        out.insert(at, row)
    number = 0
    for row in out:
        if row.truth["kind"] != "duplicate":
            number += 1
        row.cells["row_number"] = number if xlsx else str(number)
    return out


# Surnames made of two invented parts and an ending, for linkage benchmarks that need far more
# people than SURNAMES holds (so that, as in real lists, most people have a name of their own).
_SURNAME_FIRST = [("Ак", "Ақ", "Ak"), ("Бек", "Бек", "Bek"), ("Жан", "Жан", "Zhan"), ("Кара", "Қара", "Kara"),
                  ("Сары", "Сары", "Sary"), ("Ер", "Ер", "Yer"), ("Нур", "Нұр", "Nur"), ("Тас", "Тас", "Tas"),
                  ("Бай", "Бай", "Bai"), ("Кул", "Құл", "Kul"), ("Есен", "Есен", "Yessen"), ("Тлеу", "Тілеу", "Tleu"),
                  ("Сейт", "Сейіт", "Seit"), ("Ораз", "Ораз", "Oraz"), ("Алты", "Алты", "Alty"), ("Шал", "Шал", "Shal"),
                  ("Аман", "Аман", "Aman"), ("Бал", "Бал", "Bal"), ("Досы", "Досы", "Dosy"), ("Жолы", "Жолы", "Zholy"),
                  ("Кен", "Кен", "Ken"), ("Мук", "Мұқ", "Muk"), ("Тур", "Тұр", "Tur"), ("Уте", "Өте", "Ute")]
_SURNAME_SECOND = [("бек", "бек", "bek"), ("бай", "бай", "bai"), ("хан", "хан", "khan"), ("жан", "жан", "zhan"),
                   ("тай", "тай", "tai"), ("гали", "ғали", "gali"), ("мурат", "мұрат", "murat"), ("болат", "болат", "bolat"),
                   ("кожа", "қожа", "kozha"), ("сеит", "сейіт", "seit"), ("али", "әли", "ali"), ("ман", "ман", "man"),
                   ("тем", "тем", "tem"), ("сары", "сары", "sary"), ("", "", "")]
_SURNAME_ENDINGS = [("ов", "ов", "ov"), ("ев", "ев", "ev"), ("ин", "ин", "in"), ("улы", "ұлы", "uly")]
# A middle part, so that the benchmark's people have about as many surnames as a country's lists: with
# the two parts alone (1,476 surnames for 72 thousand people in 100 thousand records) more than half
# the people shared their whole name with another person, which real lists do not.
_SURNAME_MIDDLE = [("", "", ""), ("тас", "тас", "tas"), ("жол", "жол", "zhol"), ("кен", "кен", "ken"), ("сен", "сен", "sen"),
                   ("ар", "ар", "ar"), ("бол", "бол", "bol"), ("мыр", "мыр", "myr"), ("дос", "дос", "dos"), ("кул", "құл", "kul")]


def linkage_surnames(n: int) -> list[tuple[str, str, str]]:
    """The surnames `linkage_records(n)` draws from: SURNAMES and the invented ones (a first part, a middle,
    a second part and an ending), with as many middle parts in a row as it takes for the pool to hold at
    least one surname per record asked (one middle part up to 14 thousand records, two up to 131
    thousand, three beyond). So the share of people who share their whole name with another person
    stays about what it is in 10 thousand records, whatever the size: with one middle part at 100
    thousand records (72 thousand people on 14 thousand surnames) about one person in seven had a
    namesake, and a pair of one whole name with no birth year on one side and two cities was two
    people about as often as one, which no analyst can tell apart."""
    middles = [("", "", "")]
    while True:
        middles = list(dict.fromkeys((x[0] + m[0], x[1] + m[1], x[2] + m[2]) for x in middles for m in _SURNAME_MIDDLE))
        pool = SURNAMES + [(a[0] + m[0] + b[0] + e[0], a[1] + m[1] + b[1] + e[1], a[2] + m[2] + b[2] + e[2])
                           for a in _SURNAME_FIRST for m in middles for b in _SURNAME_SECOND for e in _SURNAME_ENDINGS]
        if len(pool) >= n:
            return pool


def linkage_records(n: int, seed: int = 1) -> pd.DataFrame:
    """About `n` records of invented people for timing and measuring the linkage (`make bench`): most
    people once, some two or three times, written with the variations of `variant_name` (initials,
    swapped order, patronymic, typos, Kazakh or Russian letters, Latin schemes) and birth years
    missing or one year off. Surnames come from `linkage_surnames(n)`, a pool that grows with `n`.
    Columns: case_id, source, name, birth_year, city, person (the truth)."""
    rng = random.Random(seed)
    surnames = linkage_surnames(n)
    cities = list(CITY_WEIGHTS)
    rows = []
    pid = 0
    while len(rows) < n:
        pid += 1
        female = rng.random() < 0.22
        person = Person(rng.choice(FIRST_FEMALE if female else FIRST_MALE), rng.choice(surnames), female, rng.choice(FATHERS), pid)
        year = rng.randint(1950, 2003) if rng.random() < 0.9 else None
        city = _weighted(rng, CITY_WEIGHTS)
        times = rng.choices([1, 2, 3], weights=[70, 22, 8])[0]
        for k in range(times):
            lang = rng.choice(["ru", "ru", "kk", "en"])
            kind = "plain" if k == 0 and rng.random() < 0.5 else rng.choice(NAME_VARIANTS[lang])
            y = year
            if k and y is not None:
                r = rng.random()
                y = None if r < 0.15 else y + rng.choice([-1, 1]) if r < 0.3 else y
            c = city if rng.random() < 0.8 else rng.choice(cities)
            rows.append({"case_id": f"r{len(rows):07d}", "source": f"list{rng.randint(1, 6)}",
                         "name": clean_spaces(variant_name(person, lang, kind, rng)), "birth_year": y, "city": c,
                         "person": f"P{pid:07d}"})
    frame = pd.DataFrame(rows[:n])
    frame["birth_year"] = frame["birth_year"].astype("Int64")
    return frame


# ---------------------------------------------------------------------------
# Writers.
# ---------------------------------------------------------------------------
def _truth_row(file: str, sheet: str, row_no: int, truth: dict | None) -> dict:
    base = dict.fromkeys(TRUTH_COLUMNS)
    base.update(source_file=file, source_sheet=sheet, source_row=row_no)
    if truth is None:
        base["kind"] = "not_a_case"
    else:
        base.update({k: v for k, v in truth.items() if k in base})
    return base


def write_xlsx(gen: Generator, fl: FileLayout, path: Path) -> list[dict]:
    wb = Workbook()
    wb.remove(wb.active)
    truth: list[dict] = []
    bold = Font(bold=True)
    for layout in fl.sheets:
        ws = wb.create_sheet(layout.name)
        ncol = len(layout.columns)
        last = get_column_letter(ncol)
        r = 1
        for title in layout.titles:
            ws.cell(r, 1, title).font = bold
            ws.merge_cells(f"A{r}:{last}{r}")
            r += 1
        if layout.blank_after_titles:
            r += 1
        # Header over two rows: group cells merged across, single headers merged down.
        top, sub = r, r + 1
        c = 1
        while c <= ncol:
            fld, head, subhead = layout.columns[c - 1]
            if subhead is None:
                ws.cell(top, c, head).font = bold
                ws.merge_cells(start_row=top, start_column=c, end_row=sub, end_column=c)
                c += 1
                continue
            span = c
            while span + 1 <= ncol and layout.columns[span][1] == head and layout.columns[span][2] is not None:
                span += 1
            ws.cell(top, c, head).font = bold
            if span > c:
                ws.merge_cells(start_row=top, start_column=c, end_row=top, end_column=span)
            for k in range(c, span + 1):
                ws.cell(sub, k, layout.columns[k - 1][2]).font = bold
            c = span + 1
        for k, (fld, _, _) in enumerate(layout.columns, start=1):
            ws.column_dimensions[get_column_letter(k)].width = {"name": 30, "notes": 34, "articles": 26, "status": 26}.get(fld, 14)
            for cell in (ws.cell(top, k), ws.cell(sub, k)):
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        r = sub + 1
        rows = build_rows(gen, layout, xlsx=True, cp1251=False)
        current = None
        if layout.section_intro:
            ws.cell(r, 1, layout.section_intro).font = bold
            ws.merge_cells(f"A{r}:{last}{r}")
            truth.append(_truth_row(fl.file, layout.name, r, None))
            r += 1
        for row in rows:
            if layout.sections and row.section != current:
                current = row.section
                ws.cell(r, 1, current).font = bold
                if layout.merge_sections:
                    ws.merge_cells(f"A{r}:{last}{r}")
                truth.append(_truth_row(fl.file, layout.name, r, None))
                r += 1
            for k, (fld, _, _) in enumerate(layout.columns, start=1):
                value = row.cells.get(fld, "")
                if value == "" or value is None:
                    continue
                cell = ws.cell(r, k, value)
                if isinstance(value, dt.datetime):
                    cell.number_format = "DD.MM.YYYY"
            truth.append(_truth_row(fl.file, layout.name, r, row.truth))
            r += 1
        if layout.blank_before_totals:
            r += 1
        if layout.totals:
            n = sum(1 for row in rows if row.truth["kind"] == "case")
            ws.cell(r, 1 if gen.variant == "samples" else 2, layout.totals.format(n=n)).font = bold
            truth.append(_truth_row(fl.file, layout.name, r, None))
            r += 1
        for note in layout.footnotes:
            ws.cell(r, 1, note)
            truth.append(_truth_row(fl.file, layout.name, r, None))
            r += 1
        ws.freeze_panes = ws.cell(sub + 1, 1)
    for name, lines in fl.prose_sheets.items():
        ws = wb.create_sheet(name)
        ws.column_dimensions["A"].width = 100
        for i, line in enumerate(lines, start=1):
            ws.cell(i * 2 - 1, 1, line)
    for name in fl.empty_sheets:
        wb.create_sheet(name)
    _save_workbook(wb, path)
    return truth


def _save_workbook(wb: Workbook, path: Path) -> None:
    """Save with fixed properties and fixed zip entry times, so the bytes depend on content only."""
    wb.properties.creator = "scripts/make_samples.py"
    wb.properties.lastModifiedBy = "scripts/make_samples.py"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    raw = io.BytesIO()
    archive = zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)
    ExcelWriter(wb, archive).save()  # not wb.save(): that stamps the current time
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    path.write_bytes(out.getvalue())


def write_csv(gen: Generator, fl: FileLayout, path: Path) -> list[dict]:
    layout = fl.sheets[0]
    cp1251 = fl.encoding == "cp1251"
    records: list[list[str]] = [[head for _, head, _ in layout.columns]]
    truth: list[dict] = []
    rows = build_rows(gen, layout, xlsx=False, cp1251=cp1251)
    ncol = len(layout.columns)
    # One English note spans two lines inside its quoted cell: still one row in a spreadsheet.
    multiline = gen.rng.randrange(len(rows)) if layout.lang == "en" else None
    for i, row in enumerate(rows):
        cells = [str(row.cells.get(fld, "")) for fld, _, _ in layout.columns]
        if i == multiline:
            k = [fld for fld, _, _ in layout.columns].index("notes")
            cells[k] = (cells[k] + "\n" if cells[k] else "") + "see also the court file"
        records.append(cells)
        truth.append(_truth_row(fl.file, "", len(records), row.truth))
    if layout.blank_before_totals:
        records.append([""] * ncol if layout.blank_row_style == "separators" else [])
    if layout.totals:
        n = sum(1 for row in rows if row.truth["kind"] == "case")
        records.append([layout.totals.format(n=n)] + [""] * (ncol - 1) if cp1251 else [layout.totals.format(n=n)])
        truth.append(_truth_row(fl.file, "", len(records), None))
    for note in layout.footnotes:
        records.append([note])
        truth.append(_truth_row(fl.file, "", len(records), None))
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=fl.delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for rec in records:
        if rec == []:
            buf.write("\r\n")
        else:
            writer.writerow(rec)
    text = buf.getvalue()
    if fl.encoding == "utf-16":
        data = b"\xff\xfe" + text.encode("utf-16-le")  # BOM + little endian, whatever the platform
    else:
        data = text.encode(fl.encoding)  # cp1251 fails loudly on a Kazakh letter
    path.write_bytes(data)
    return truth


def _toml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_sources(fls: list[FileLayout], out_dir: Path) -> None:
    lines = ["# Sources of the lists in this folder (read by kzanalysis clean).",
             "# All lists here are SYNTHETIC, written by scripts/make_samples.py; every name is invented.", ""]
    for fl in fls:
        lines += [f"[{_toml_str(fl.file)}]", f"source = {_toml_str(fl.source)}", f"description = {_toml_str(fl.description)}", ""]
    (out_dir / "sources.toml").write_text("\n".join(lines), encoding="utf-8")
    readme = [
        "# Sample lists (synthetic)",
        "",
        "Every list in this folder is synthetic. It was written by `scripts/make_samples.py`",
        "(`make samples`), which draws invented people (first names and surnames combined at random",
        "from short lists of common Kazakh and Russian names) and invented events shaped like the",
        "published record (see `../../README.md` and the domain reference). No row describes a real person.",
        "",
        "Do not edit these files by hand: a test checks that they equal a fresh generation, and the",
        "ground truth of every row is in `tests/fixtures/samples_truth.csv`.",
        "",
        "| file | what it is |",
        "| --- | --- |",
    ]
    readme += [f"| `{fl.file}` | {fl.description} |" for fl in fls]
    (out_dir / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")


def generate(out_dir: Path, seed: int = 2025, variant: str = "samples") -> pd.DataFrame:
    """Write the lists of `variant` into out_dir; return the truth (one row per written data row)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    gen = Generator(seed, variant)
    fls = layouts(variant)
    truth: list[dict] = []
    for fl in fls:
        writer = write_xlsx if fl.kind == "xlsx" else write_csv
        truth += writer(gen, fl, out_dir / fl.file)
    write_sources(fls, out_dir)
    if variant == "samples":
        write_previous_version(out_dir, truth, seed)
    return _truth_frame(truth)


# The sample lists also hold an earlier version of one list, so that the report has a real Changes
# section and a test sees two versions counted once: (current file, earlier file, the earlier version's date).
PREVIOUS_VERSION = ("monitoring_en.csv", "monitoring_en_2025-03-31.csv", dt.date(2025, 3, 31))


def write_previous_version(out_dir: Path, truth: list[dict], seed: int) -> dict[str, set[int]]:
    """Write the list as it stood on the earlier date: without the cases that started after it, with the
    status before a later release or sentence, one term changed on appeal and two people who are no longer on the list. Returns the planned changes by kind
    (current source_row, or -1, -2 for the people removed), for the tests; the file has no truth rows of its
    own because it is never counted."""
    current, previous, on = PREVIOUS_VERSION
    rng = random.Random(f"{seed}-previous-version")
    records = list(csv.reader(io.StringIO((out_dir / current).read_bytes().decode("utf-8-sig"), newline="")))
    col = {h: i for i, h in enumerate(records[0])}
    facts = {r["source_row"]: r for r in truth if r["source_file"] == current and r["kind"] == "case"}
    planned: dict[str, set[int]] = {"added": set(), "removed": set(), "released": set(), "status": set(), "sentence": set()}
    after = lambda d: d is not None and d > on  # noqa: E731
    appealed = next(n for n, t in sorted(facts.items()) if t["status"] == "imprisoned" and t["sentence_months"]
                    and not after(t["sentenced_on"]) and records[n - 1][col["Sentence"]])
    out, skipped = [records[0]], []
    for n, rec in enumerate(records[1:], start=2):
        rec, t = list(rec), facts.get(n)
        if t is None:  # a totals row, a footnote, or a repeat of a row above: kept unless its row is left out
            if rec in skipped:
                continue
        elif after(t["started_on"]):
            planned["added"].add(n)
            skipped.append(rec)
            continue
        elif after(t["released_on"]):
            rec[col["Status"]] = f"{t['sentence_months'] // 12} years in prison" if t["sentence_months"] else "in custody"
            rec[col["Released"]] = ""
            planned["released"].add(n)
        elif after(t["sentenced_on"]):
            rec[col["Status"]], rec[col["Sentence"]], rec[col["Sentenced"]] = "pre-trial detention", "", ""
            planned["status" if t["status"] != "pretrial_detention" else "added"].add(n)
        elif n == appealed:
            rec[col["Sentence"]] = f"{t['sentence_months'] + 12} months"
            planned["sentence"].add(n)
        out.append(rec)
    # two people on the earlier version only (invented, like every name here)
    gone = [("Timur", "BAIGOZHIN", "1987", "Oral", "Art. 405(2)", "pre-trial detention", "12.02.2025"),
            ("Aizhan", "SEIDAKHMETOVA", "1993", "Aktobe", "Article 174(1) CC", "under investigation", "03.01.2025")]
    for i, (first, last, born, city, charge, status, detained) in enumerate(gone, start=1):
        rec = [""] * len(records[0])
        rec[col["Name"]], rec[col["Year of birth"]], rec[col["City"]] = f"{last} {first}", born, city
        rec[col["Charges"]], rec[col["Status"]], rec[col["Detained"]] = charge, status, detained
        out.insert(1 + rng.randrange(len(out) - 1), rec)
        planned["removed"].add(-i)
    buf = io.StringIO()
    csv.writer(buf, delimiter=",", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(out)
    (out_dir / previous).write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    # both files are versions of one list (sources.toml `list`), dated by `version`
    toml = (out_dir / "sources.toml").read_text(encoding="utf-8")
    toml = toml.replace(f'[{_toml_str(current)}]\n', f'[{_toml_str(current)}]\nlist = "monitoring_en"\nversion = "2025-09-30"\n')
    toml += "\n".join([f"[{_toml_str(previous)}]", 'source = "Synthetic monitoring list B (English CSV), earlier version"',
                       'description = "The same synthetic list as it stood on 31 March 2025: superseded by monitoring_en.csv, '
                       'so it is not counted; the report and workbook show what changed."',
                       'list = "monitoring_en"', f'version = "{on.isoformat()}"', ""])
    (out_dir / "sources.toml").write_text(toml, encoding="utf-8")
    with (out_dir / "README.md").open("a", encoding="utf-8") as f:
        f.write(f"| `{previous}` | An earlier version of `{current}` (same `list` in sources.toml): superseded, "
                "never counted; the report's Changes section compares the two. |\n")
    return planned


def _truth_frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=TRUTH_COLUMNS)
    for col in ("source_row", "birth_year", "sentence_months"):
        df[col] = df[col].astype("Int64")
    for col in (*DATE_FIELDS, "started_on"):
        df[col] = pd.to_datetime(df[col].map(lambda d: d.isoformat() if d is not None else None))
    for col in ("source_file", "source_sheet", "kind", "name", "city", "region", "articles", "status", "started_precision", "affiliation", "person"):
        df[col] = df[col].astype("string")
    df["dvk_koshe"] = df["dvk_koshe"].astype("boolean")
    return df


def write_truth(truth: pd.DataFrame, path: Path) -> None:
    """The truth as CSV: ISO dates, integers without decimals, empty for null."""
    path.parent.mkdir(parents=True, exist_ok=True)
    out = truth.copy()
    for col in (*DATE_FIELDS, "started_on"):
        out[col] = out[col].dt.strftime("%Y-%m-%d")
    out.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")


def read_truth(path: Path) -> pd.DataFrame:
    """Read a truth CSV back with the dtypes `generate` returns."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = [{k: (v if v != "" else None) for k, v in r.items()} for r in csv.DictReader(f)]
    for r in rows:
        r["source_sheet"] = r["source_sheet"] or ""
        if r["kind"] != "not_a_case":  # a case with no criminal charge or no group: empty string, not null
            r["articles"], r["affiliation"] = r["articles"] or "", r["affiliation"] or ""
        for col in (*DATE_FIELDS, "started_on"):
            r[col] = dt.date.fromisoformat(r[col]) if r[col] else None
        for col in ("source_row", "birth_year", "sentence_months"):
            r[col] = int(r[col]) if r[col] else None
        r["dvk_koshe"] = None if r["dvk_koshe"] is None else r["dvk_koshe"] == "True"
    return _truth_frame(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the synthetic sample lists (invented names) and their ground truth.")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--out", type=Path, default=RAW_DIR)
    parser.add_argument("--truth", type=Path, default=DEFAULT_TRUTH)
    parser.add_argument("--variant", choices=["samples", "holdout"], default="samples")
    args = parser.parse_args(argv)
    truth = generate(args.out, seed=args.seed, variant=args.variant)
    write_truth(truth, args.truth)
    counts = truth.groupby(["source_file", "kind"]).size().unstack(fill_value=0)
    print(counts.to_string())
    print(f"wrote {len(truth)} truth rows to {args.truth}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
