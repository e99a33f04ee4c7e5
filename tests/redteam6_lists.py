"""Red-team set 6: three unfamiliar lists (five sheets/files) written from outside the project, with their truth.

`write_lists(folder)` writes the files below into `folder` and returns the truth: one row per non-blank row
below a header row (source_file, source_sheet, source_row, kind) and, for case rows, the fields the cleaner
should give (city, region, articles, status, sentence_months, started_on, started_precision, birth_year,
dvk_koshe, name). Everything is invented and deterministic (a seeded `random.Random`).

Files
-----
1. ``alyans_politzakluchennye_2024.xlsx`` copies the layout of a Kazakh human-rights alliance's published list
   of political prisoners (Russian).
   * Sheet ``Политзаключенные``: two title rows (merged across), a blank row, the header (№, ФИО, Год рождения,
     Город / регион, Статья УК РК, Мера пресечения / приговор, Дата задержания, Дата приговора, Примечание),
     then a row numbering the columns 1..9. Cases are grouped under section rows merged across the sheet
     ("I. Отбывают наказание в виде лишения свободы", ...). Two people have two cases each: their №, ФИО,
     year and city cells are merged vertically over both rows. Some rows in the single-status sections leave
     the measure cell blank (the heading gives it). Footnote and "Итого" rows close the sheet.
     Stresses: several articles per cell (ч./ст. orders, "ст.ст.", a КоАП article beside the УК ones, a
     "п." point after the part), Russian sentence phrases with terms, УДО written in the measure cell,
     place cells like "Алматинская обл., г. Конаев" / "Семей (ВКО)" / a region only, dates as date cells,
     Excel serial numbers, "dd.mm.yyyy г.", "12 июля 2021 г.", "март 2021", "2020 г.", "с 05.06.2022",
     birth years as "1985 г.р." or a full date of birth; notes naming ДВК / Көше партиясы / «Партия улицы»,
     and notes that must NOT give a tie ("ДВК?", "не связан с ДВК", "сторонник Аблязова").
   * Sheet ``Освобождены``: a title row, the header (№, ФИО, Год рожд., Город, Статья УК РК, Приговор,
     Дата задержания, Дата освобождения, Основание освобождения, Примечание), year section rows
     ("2023 год", "2024 год"),
     a source footnote and a "Всего освобождено" total. The Приговор cells give the ORIGINAL sentence
     ("5 лет лишения свободы"); the release date and grounds say the person is free.
2. ``tizim_sayasi_qudalau_2024.csv``: a Kazakh-language table, UTF-16 (little endian, with BOM) and
   tab-separated, as Excel's "Unicode text" export writes it. Line 1 is a title, line 2 is blank, line 3 the
   header (Р/с, Аты-жөні, Туған жылы, Қала / аудан, ҚР ҚК бабы, Жазасы / бұлтартпау шарасы, Ұсталған күні,
   Үкім шыққан күні, Ескерту). Cases are grouped under region headings ("Алматы қаласы", "Маңғыстау облысы",
   ...); where a row's town cell is blank, the heading gives the place. About a third of the rows are written
   in the 2021 Latin Kazakh alphabet (names, towns, measures, articles, dates: "bas bostandyğynan aiyru, 5 jyl",
   "QR QK 405-baby 2-bölıgı", "12 şılde 2021"). Kazakh measures ("бас бостандығын шектеу", "үй қамағы",
   "шартты түрде", "мерзімінен бұрын шартты түрде босатылды" = parole), dates "2021 жылғы 12 шілде",
   "2021 ж. наурыз", "2020 ж.". A footnote line (explaining ҚДТ) and a total line close the file.
3. ``coalition_monitoring_2022_2024.xlsx``: a coalition monitoring sheet whose headers are in two or three
   languages in one cell.
   * Sheet ``2022-2023``: two title rows, then a header over two rows: single cells merged down
     (``№``, ``Аты-жөні / ФИО / Name``, ``YOB``, ``Қала / Город / City``, ``Бап / Статья / Article``,
     ``Status / Статус``, ``Term / Срок``, ``DVK/Koshe (Y/N)``, ``Appeal (Y/N)``, ``Comment / Комментарий``)
     and a merged group ``Даты / Dates`` over ``Detention / Задержание``, ``Charge / Обвинение``,
     ``Verdict / Приговор``. English statuses as people type them ("In prison", "SIZO (pre-trial)",
     "Suspended", "Released on parole"), terms as "2y 6m", "3 yrs", "18 mo"; English dates in many forms
     (date cells, ISO, "15/03/2022" day first, "15 Mar 2022", "March 15, 2022", "March 2022").
     The Appeal (Y/N) column is not a field of the tidy tables.
   * Sheet ``2024``: one header row with ``Аты-жөні / ФИО / Name``, ``DOB`` (full dates of birth),
     ``Region / Облыс`` holding towns (and a few regions), ``Article(s)``, ``Status``, ``Term``,
     ``Case opened / Іс қозғалған күні``, ``Detained / Ұсталған``, ``Verdict / Үкім``, ``DVK/Koshe Y/N``,
     ``Notes``; a footnote row at the end.

Decisions taken for the truth (each value has one reading under the README)
-----------------------------------------------------------------------
* city/region: the current official English names; Nur-Sultan -> Astana, Kapchagay/Капшагай -> Konaev
  ("Almaty Region"), Semey -> "Abai" even when the cell adds the old "(ВКО)", Taldykorgan -> "Jetisu",
  Zhezkazgan -> "Ulytau", Uralsk/Орал -> Oral ("West Kazakhstan"), Ust-Kamenogorsk -> Oskemen,
  Petropavlovsk -> Petropavl. A cell (or heading) naming only a region gives that region and no city.
  A row with a blank place cell under a region/city heading takes the heading's place.
* articles: Criminal Code only, ascending by article, part in brackets only when written; a point ("п. 2")
  after the part is not a part (274(4)); administrative articles (КоАП/CAO/ӘҚБтК) are left out.
  All cases start after 2016, so no 1997-code numbers occur.
* status: the measure or sentence named; "условно"/"шартты түрде"/"Suspended" -> probation; "подписка о
  невыезде", "под следствием", "тергеуде" -> under_investigation; "содержание под стражей"/"SIZO"/
  "тергеу изоляторында" -> pretrial_detention; УДО / parole / "мерзімінен бұрын шартты түрде босатылды"
  -> released (README "Decided readings"); every row of the released sheet -> released, keeping the original
  term in sentence_months; a blank measure cell under a single-status heading takes that status.
* sentence_months: the term given (years*12 + months); none for fines, house arrest without a term,
  pre-trial measures without a term.
* started_on: the earliest of the dates given in the row (detention, charge/case opened, verdict, release),
  a partial date counting as the first day of its month or year; precision of that earliest date.
  An Excel serial number in a date column is a date. Dates are day first.
* birth_year: the year, also from a full date of birth.
* dvk_koshe: True only where the row names DVK / ҚДТ / QDT / Democratic Choice of Kazakhstan / Koshe
  Partiyasy / Көше партиясы / «Партия улицы» / Street Party, or a Y/N column says Y. "ДВК?", "ҚДТ?",
  "?" in the Y/N column, a negation, "сторонник Аблязова" and article 405 alone are False.
"""
from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

FILE_A = "alyans_politzakluchennye_2024.xlsx"
FILE_B = "tizim_sayasi_qudalau_2024.csv"
FILE_C = "coalition_monitoring_2022_2024.xlsx"
LIST_DATE = date(2024, 10, 1)

# ------------------------------------------------------------------ places
# canonical city, current region, Russian forms, Kazakh Cyrillic, Kazakh Latin (2021), English forms
CITIES = [
    ("Almaty", "Almaty", ["г. Алматы", "Алматы", "Алма-Ата"], ["Алматы қ.", "Алматы"], ["Almaty"], ["Almaty"]),
    ("Astana", "Astana", ["г. Астана", "Нур-Султан", "г. Нур-Султан"], ["Астана қ.", "Астана"], ["Astana"],
     ["Astana", "Nur-Sultan"]),
    ("Shymkent", "Shymkent", ["г. Шымкент", "Шымкент"], ["Шымкент қ."], ["Şymkent"], ["Shymkent"]),
    ("Semey", "Abai", ["г. Семей", "Семей (ВКО)"], ["Семей"], ["Semei"], ["Semey"]),
    ("Oral", "West Kazakhstan", ["г. Уральск", "ЗКО, г. Уральск"], ["Орал"], ["Oral"], ["Oral", "Uralsk"]),
    ("Oskemen", "East Kazakhstan", ["Усть-Каменогорск"], ["Өскемен"], ["Öskemen"], ["Oskemen", "Ust-Kamenogorsk"]),
    ("Konaev", "Almaty Region", ["Алматинская обл., г. Конаев", "Капшагай"], ["Қонаев"], ["Qonaev"],
     ["Konaev", "Kapchagay"]),
    ("Taldykorgan", "Jetisu", ["Талдыкорган", "г. Талдыкорган"], ["Талдықорған"], ["Taldyqorğan"], ["Taldykorgan"]),
    ("Zhezkazgan", "Ulytau", ["Жезказган"], ["Жезқазған"], ["Jezqazğan"], ["Zhezkazgan"]),
    ("Aktobe", "Aktobe", ["г. Актобе"], ["Ақтөбе"], ["Aqtöbe"], ["Aktobe"]),
    ("Atyrau", "Atyrau", ["Атырау"], ["Атырау"], ["Atyrau"], ["Atyrau"]),
    ("Zhanaozen", "Mangystau", ["г. Жанаозен"], ["Жаңаөзен"], ["Jañaözen"], ["Zhanaozen"]),
    ("Aktau", "Mangystau", ["Актау"], ["Ақтау"], ["Aqtau"], ["Aktau"]),
    ("Taraz", "Zhambyl", ["г. Тараз"], ["Тараз"], ["Taraz"], ["Taraz"]),
    ("Petropavl", "North Kazakhstan", ["Петропавловск"], ["Петропавл"], ["Petropavl"], ["Petropavl", "Petropavlovsk"]),
    ("Kostanay", "Kostanay", ["Костанай"], ["Қостанай"], ["Qostanai"], ["Kostanay"]),
    ("Karaganda", "Karaganda", ["г. Караганда"], ["Қарағанды"], ["Qarağandy"], ["Karaganda"]),
    ("Kokshetau", "Akmola", ["Кокшетау"], ["Көкшетау"], ["Kökşetau"], ["Kokshetau"]),
    ("Pavlodar", "Pavlodar", ["Павлодар"], ["Павлодар"], ["Pavlodar"], ["Pavlodar"]),
    ("Kyzylorda", "Kyzylorda", ["Кызылорда"], ["Қызылорда"], ["Qyzylorda"], ["Kyzylorda"]),
    ("Turkistan", "Turkistan", ["Туркестан"], ["Түркістан"], ["Türkıstan"], ["Turkistan"]),
    ("Ekibastuz", "Pavlodar", ["Экибастуз"], ["Екібастұз"], ["Ekıbastūz"], ["Ekibastuz"]),
    ("Temirtau", "Karaganda", ["Темиртау"], ["Теміртау"], ["Temırtau"], ["Temirtau"]),
]
# regions only (no city): region, Russian, Kazakh Cyrillic, Kazakh Latin, English
REGIONS_ONLY = [
    ("Zhambyl", "Жамбылская обл.", "Жамбыл облысы", "Jambyl oblysy", "Zhambyl region"),
    ("Almaty Region", "Алматинская область", "Алматы облысы", "Almaty oblysy", "Almaty region"),
    ("Mangystau", "Мангистауская обл.", "Маңғыстау облысы", "Mañğystau oblysy", "Mangystau region"),
    ("Turkistan", "Туркестанская область", "Түркістан облысы", "Türkıstan oblysy", "Turkistan region"),
]

# ------------------------------------------------------------------ names (invented)
KZ_SURNAMES = ["Ахметов", "Серикбаев", "Жумабеков", "Нурланов", "Тлеубердиев", "Касымов", "Оспанов", "Байжанов",
               "Абдрахманов", "Мукашев", "Есенов", "Калиев", "Садыков", "Жаксылыков", "Утепбергенов", "Даулетов",
               "Кенжебаев", "Сарсенов", "Исмагулов", "Бекмуханов"]
RU_SURNAMES = ["Кузнецов", "Соколов", "Волков", "Лебедев", "Гайнутдинов", "Романов", "Белоусов", "Захаров"]
OTHER_SURNAMES = ["Ким", "Шевченко", "Шмидт", "Пак", "Мамедов", "Ли"]
MALE = ["Ерлан", "Бауыржан", "Нурлан", "Асхат", "Дархан", "Марат", "Сергей", "Алексей", "Данияр", "Ринат",
        "Ержан", "Талгат", "Максим", "Руслан", "Канат", "Жандос"]
FEMALE = ["Айгуль", "Динара", "Салтанат", "Гульнара", "Елена", "Жанна", "Асель", "Мадина", "Ольга", "Назира"]
PATRONYMIC_M = ["Серикович", "Болатович", "Маратович", "Ерланович", "Николаевич", "Кайратович"]
PATRONYMIC_F = ["Серикқызы", "Болатовна", "Маратовна", "Ерлановна", "Николаевна", "Кайратовна"]
KK_SURNAMES = ["Серікбаев", "Жұмабеков", "Нұрланов", "Тлеубердиев", "Қасымов", "Оспанов", "Байжанов", "Әбдірахманов",
               "Мұқашев", "Есенов", "Қалиев", "Сәдіқов", "Жақсылықов", "Дәулетов", "Кенжебаев", "Сәрсенов"]
KK_MALE = ["Ерлан", "Бауыржан", "Нұрлан", "Асхат", "Дархан", "Ғалымжан", "Данияр", "Қанат", "Жандос", "Серік"]
KK_FEMALE = ["Айгүл", "Динара", "Салтанат", "Гүлнар", "Әсел", "Мәдина", "Назира", "Жанар"]
LAT_SURNAMES = ["Serıkbaev", "Jūmabekov", "Nūrlanov", "Qasymov", "Ospanov", "Baijanov", "Äbdırahmanov", "Mūqaşev",
                "Esenov", "Qaliev", "Säduaqasov", "Jaqsylyqov", "Däuletov", "Kenjebaev"]
LAT_MALE = ["Erlan", "Bauyrjan", "Nūrlan", "Asqat", "Darhan", "Ğalymjan", "Daniiar", "Qanat", "Jandos", "Serık"]
LAT_FEMALE = ["Aigül", "Dinara", "Saltanat", "Gülnar", "Äsel", "Mädina", "Nazira", "Janar"]
EN_NAMES = ["Yerlan Akhmetov", "Dinara Seitkali", "Sergei Volkov", "Aliya Nurpeisova", "Timur Kassymov",
            "Olga Kim", "Daniyar Ospan", "Madina Zhaksylyk", "Ruslan Pak", "Zhanna Esimova", "Kanat Baizhanov",
            "Arman Dauletov", "Elena Shmidt", "Nurzhan Bekmukhan", "Askar Tuleuov", "Gulnara Sadykova"]

RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]
RU_MONTHS_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                 "ноябрь", "декабрь"]
KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан"]
KK_LAT_MONTHS = ["qañtar", "aqpan", "nauryz", "säuır", "mamyr", "mausym", "şılde", "tamyz", "qyrküiek", "qazan",
                 "qaraşa", "jeltoqsan"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]

# charge sets: (article, part or None), criminal code of 2014
CHARGE_SETS = [
    [(405, 2)], [(405, 1)], [(174, 1)], [(405, 2), (174, 1)], [(274, 2)], [(380, 1)], [(272, 2)],
    [(182, 2), (405, 2)], [(179, None)], [(400, None)], [(378, 1)], [(258, None), (405, 1)], [(174, 2)],
    [(405, 2)], [(405, 2)], [(274, 4)], [(174, None), (405, None)],
]


@dataclass
class Case:
    name: str
    birth: date | None
    city: str | None
    region: str | None
    city_idx: int | None
    region_only_idx: int | None
    charges: list
    status: str
    months: int | None
    detained: date | None
    charged: date | None
    sentenced: date | None
    released: date | None
    tie: str  # "yes", "no", "doubt", "negated", "ablyazov"
    extra: dict = field(default_factory=dict)


def articles_text(charges) -> str:
    return "; ".join(f"{a}({p})" if p else f"{a}" for a, p in sorted(charges, key=lambda c: (c[0], c[1] or 0)))


def excel_serial(d: date) -> int:
    return (d - date(1899, 12, 30)).days


def ru_years(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} года"
    return f"{n} лет"


def ru_term(months: int, style: int) -> str:
    y, m = divmod(months, 12)
    if y and m:
        return f"{ru_years(y)} {m} мес." if style % 2 == 0 else f"{ru_years(y)} {m} месяцев"
    if y:
        return ru_years(y)
    return f"{m} месяцев" if m >= 5 else f"{m} месяца"


def kk_term(months: int, latin: bool) -> str:
    y, m = divmod(months, 12)
    yw, mw = ("jyl", "ai") if latin else ("жыл", "ай")
    parts = ([f"{y} {yw}"] if y else []) + ([f"{m} {mw}"] if m else [])
    return " ".join(parts)


def en_term(months: int, style: int) -> str:
    y, m = divmod(months, 12)
    if style % 3 == 0:
        return " ".join(([f"{y}y"] if y else []) + ([f"{m}m"] if m else []))
    if style % 3 == 1:
        if y and not m:
            return f"{y} yrs" if y > 1 else "1 yr"
        return f"{months} mo"
    return " ".join(([f"{y} years" if y > 1 else "1 year"] if y else []) + ([f"{m} months"] if m else []))


class Generator:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def day(self, lo: date, hi: date) -> date:
        return lo + timedelta(days=self.rng.randrange((hi - lo).days + 1))

    def ru_name(self, i: int) -> str:
        female = i % 4 == 1
        pool = KZ_SURNAMES if i % 3 else (RU_SURNAMES if i % 2 else OTHER_SURNAMES)
        surname = self.pick(pool)
        if female and surname not in OTHER_SURNAMES:
            surname += "а"
        given = self.pick(FEMALE if female else MALE)
        if i % 5 == 0:
            return f"{surname} {given}"
        pat = self.pick(PATRONYMIC_F if female else PATRONYMIC_M)
        if i % 7 == 3:
            return f"{surname}  {given} {pat} "  # stray spaces as typed
        return f"{surname} {given} {pat}"

    def kk_name(self, i: int, latin: bool) -> str:
        female = i % 3 == 1
        if latin:
            s = self.pick(LAT_SURNAMES) + ("a" if female else "")
            return f"{s} {self.pick(LAT_FEMALE if female else LAT_MALE)}"
        s = self.pick(KK_SURNAMES) + ("а" if female else "")
        return f"{s} {self.pick(KK_FEMALE if female else KK_MALE)}"

    def case(self, i: int, status: str, months: int | None, place_kind: str = "city") -> Case:
        rng = self.rng
        if place_kind == "region":
            r = rng.randrange(len(REGIONS_ONLY))
            city, region, ci, ri = None, REGIONS_ONLY[r][0], None, r
        else:
            ci = rng.randrange(len(CITIES))
            city, region, ri = CITIES[ci][0], CITIES[ci][1], None
        detained = self.day(date(2018, 4, 1), date(2024, 3, 31))
        charged = sentenced = released = None
        if status in ("imprisoned", "restricted_freedom", "probation", "fined", "compulsory_treatment",
                      "released", "acquitted"):
            sentenced = detained + timedelta(days=rng.randrange(75, 320))
            if sentenced > LIST_DATE - timedelta(days=20):
                sentenced = LIST_DATE - timedelta(days=20 + rng.randrange(40))
                detained = sentenced - timedelta(days=rng.randrange(75, 200))
        if status == "released":
            released = sentenced + timedelta(days=rng.randrange(60, 900))
            if released > LIST_DATE:
                released = LIST_DATE - timedelta(days=rng.randrange(5, 60))
        birth = self.day(date(1955, 1, 1), date(2002, 12, 31))
        return Case(name="", birth=birth, city=city, region=region, city_idx=ci, region_only_idx=ri,
                    charges=self.pick(CHARGE_SETS), status=status, months=months, detained=detained,
                    charged=charged, sentenced=sentenced, released=released, tie="no")


# ------------------------------------------------------------------ date rendering
def earliest(pairs):
    """pairs of (first-day date, precision) -> the earliest, as (iso, precision); (None, None) if none."""
    pairs = [p for p in pairs if p[0] is not None]
    if not pairs:
        return None, None
    d, prec = min(pairs, key=lambda p: p[0])
    return d.isoformat(), prec


def ru_date(d: date | None, style: int):
    """-> (cell value, first-day date, precision)"""
    if d is None:
        return None, None, None
    s = style % 12
    if s in (0, 1, 2):
        return datetime(d.year, d.month, d.day), d, "day"
    if s == 3:
        return d.strftime("%d.%m.%Y"), d, "day"
    if s == 4:
        return d.strftime("%d.%m.%Y") + " г.", d, "day"
    if s == 5:
        return f"{d.day} {RU_MONTHS_GEN[d.month - 1]} {d.year} г.", d, "day"
    if s == 6:
        return excel_serial(d), d, "day"
    if s == 7:
        return f"с {d.strftime('%d.%m.%Y')}", d, "day"
    if s == 8:
        return f"{RU_MONTHS_NOM[d.month - 1]} {d.year}", d.replace(day=1), "month"
    if s == 9:
        return f"{d.year} г.", date(d.year, 1, 1), "year"
    if s == 10:
        return f"{d.day:02d}.{d.month:02d}.{d.year}", d, "day"
    return datetime(d.year, d.month, d.day), d, "day"


def ru_later_date(d: date | None, style: int):
    """A verdict or release date: always a full date."""
    if d is None:
        return None, None, None
    s = style % 4
    if s in (0, 1):
        return datetime(d.year, d.month, d.day), d, "day"
    if s == 2:
        return d.strftime("%d.%m.%Y"), d, "day"
    return d.strftime("%d.%m.%Y") + " г.", d, "day"


def kk_date(d: date | None, style: int, latin: bool, partial_ok: bool):
    if d is None:
        return None, None, None
    months = KK_LAT_MONTHS if latin else KK_MONTHS
    s = style % 6
    if latin:
        if s in (0, 1, 2):
            return f"{d.day} {months[d.month - 1]} {d.year}", d, "day"
        if s == 3 and partial_ok:
            return f"{months[d.month - 1]} {d.year}", d.replace(day=1), "month"
        return d.strftime("%d.%m.%Y"), d, "day"
    if s == 0:
        return d.strftime("%d.%m.%Y"), d, "day"
    if s == 1:
        return f"{d.day} {months[d.month - 1]} {d.year} ж.", d, "day"
    if s == 2:
        return f"{d.year} жылғы {d.day} {months[d.month - 1]}", d, "day"
    if s == 3 and partial_ok:
        return f"{d.year} ж. {months[d.month - 1]}", d.replace(day=1), "month"
    if s == 4 and partial_ok:
        return f"{d.year} ж.", date(d.year, 1, 1), "year"
    return d.strftime("%d.%m.%Y"), d, "day"


def en_date(d: date | None, style: int, partial_ok: bool):
    if d is None:
        return None, None, None
    s = style % 8
    if s in (0, 1):
        return datetime(d.year, d.month, d.day), d, "day"
    if s == 2:
        return d.isoformat(), d, "day"
    if s == 3:
        return d.strftime("%d/%m/%Y"), d, "day"
    if s == 4:
        return f"{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}", d, "day"
    if s == 5:
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}", d, "day"
    if s == 6 and partial_ok:
        return f"{EN_MONTHS[d.month - 1]} {d.year}", d.replace(day=1), "month"
    return d.strftime("%d.%m.%Y"), d, "day"


# ------------------------------------------------------------------ articles rendering
def ru_articles(charges, style: int, admin: bool) -> str:
    s = style % 6
    if s == 5 and all(p is None for _, p in charges) and len(charges) > 1:
        text = "ст.ст. " + ", ".join(str(a) for a, _ in charges) + " УК РК"
    else:
        parts = []
        for k, (a, p) in enumerate(charges):
            if p is None:
                parts.append(f"ст. {a}")
            elif s in (0, 5):
                parts.append(f"ч.{p} ст.{a}")
            elif s == 1:
                parts.append(f"ст. {a} ч. {p}")
            elif s == 2:
                parts.append(f"статья {a} часть {p}")
            elif s == 3:
                parts.append(f"{a} ч.{p}")
            else:
                parts.append(f"ч. {p} ст. {a}" + (" п. 2" if a == 274 and p == 4 else ""))
        sep = [", ", "; ", " и ", ",\n"][style % 4]
        text = sep.join(parts) + ("" if s == 3 else " УК РК")
    if admin:
        text += "; ст. 488 КоАП РК"
    return text


def kk_articles(charges, style: int, latin: bool) -> str:
    parts = []
    for a, p in charges:
        if latin:
            parts.append(f"{a}-bap {p}-bölık" if p and style % 2 else (f"{a}-baby {p}-bölıgı" if p else f"{a}-bap"))
        else:
            parts.append(f"{a}-бабы {p}-бөлігі" if p and style % 2 else (f"{a}-бап {p}-бөлік" if p else f"{a}-бап"))
    prefix = ("QR QK " if latin else "ҚР ҚК ") if style % 3 != 2 else ""
    return prefix + ", ".join(parts)


def en_articles(charges, style: int, admin: bool) -> str:
    s = style % 4
    parts = []
    for a, p in charges:
        if s == 0:
            parts.append(f"Art. {a}({p})" if p else f"Art. {a}")
        elif s == 1:
            parts.append(f"Article {a} part {p}" if p else f"Article {a}")
        elif s == 2:
            parts.append(f"{a}({p})" if p else f"{a}")
        else:
            parts.append(f"ст. {a} ч. {p}" if p else f"ст. {a}")
    text = ("; " if s != 1 else ", ").join(parts)
    if s == 2:
        text = "CC " + text
    if admin:
        text += "; CAO 488"
    return text


# ------------------------------------------------------------------ truth rows
def truth_case(file, sheet, row, c: Case, dates) -> dict:
    started, prec = earliest(dates)
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case",
            "city": c.city, "region": c.region, "articles": articles_text(c.charges), "status": c.status,
            "sentence_months": c.months, "started_on": started, "started_precision": prec,
            "birth_year": c.birth.year if c.birth else None, "dvk_koshe": c.tie == "yes",
            "name": " ".join(c.name.split())}


def truth_other(file, sheet, row) -> dict:
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case"}


RU_TIE_NOTES = {
    "yes": ["сторонник ДВК", "активист «Көше партиясы»", "член движения «Демократический выбор Казахстана»",
            "участник акций ДВК, видеообращение в Facebook", "«Партия улицы» (Көше партиясы), пикет"],
    "doubt": ["ДВК?", "возможно связан с ДВК?"],
    "negated": ["не связан с ДВК", "к ДВК отношения не имеет"],
    "ablyazov": ["сторонник Аблязова (по версии следствия)"],
    "no": ["журналист", "блогер, посты в Facebook", "профсоюзный активист", "гражданский активист",
           "религиозное дело (Таблиги Джамаат)", "", "", "", "пикет у акимата", "правозащитник"],
}


def ru_note(g: Generator, c: Case, k: int) -> str | None:
    note = RU_TIE_NOTES[c.tie][k % len(RU_TIE_NOTES[c.tie])]
    return note or None


def assign_tie(k: int) -> str:
    if k % 3 == 0:
        return "yes"
    if k % 29 == 7:
        return "doubt"
    if k % 31 == 11:
        return "negated"
    if k % 37 == 5:
        return "ablyazov"
    return "no"


# ------------------------------------------------------------------ file A, sheet 1
def ru_measure(c: Case, k: int) -> str:
    m = c.months
    if c.status == "imprisoned":
        return [f"{ru_term(m, k)} лишения свободы", f"лишение свободы сроком на {ru_term(m, k)}",
                f"{ru_term(m, k)} лишения свободы в учреждении средней безопасности"][k % 3]
    if c.status == "restricted_freedom":
        return [f"ограничение свободы {ru_term(m, k)}",
                f"{ru_term(m, k)} ограничения свободы с привлечением к принудительному труду 100 часов",
                f"{ru_term(m, k)} ограничения свободы, запрет на общественную деятельность 5 лет"][k % 3]
    if c.status == "probation":
        return [f"{ru_term(m, k)} условно", f"условное осуждение на {ru_term(m, k)}"][k % 2]
    if c.status == "fined":
        return ["штраф 500 МРП", "штраф в размере 1 000 МРП"][k % 2]
    if c.status == "pretrial_detention":
        return ["содержание под стражей (СИЗО)", "под стражей в СИЗО"][k % 2]
    if c.status == "house_arrest":
        return f"домашний арест на {ru_term(m, k)}" if m else "домашний арест"
    if c.status == "under_investigation":
        return ["подписка о невыезде", "под следствием, подписка о невыезде"][k % 2]
    if c.status == "compulsory_treatment":
        return "принудительное лечение в психиатрическом стационаре"
    if c.status == "released":
        return f"{ru_term(m, k)} лишения свободы, освобожден(а) по УДО"
    if c.status == "acquitted":
        return "оправдан(а) судом"
    raise ValueError(c.status)


SHEET_A1 = "Политзаключенные"
SECTIONS_A1 = [
    # heading, status (None = mixed), [(status, months list)], blank measure allowed
    ("I. Отбывают наказание в виде лишения свободы", "imprisoned", 28, True),
    ("II. Ограничение свободы", "restricted_freedom", 16, True),
    ("III. Условное осуждение, штраф, оправданы, освобождены", None, 16, False),
    ("IV. Под стражей, под домашним арестом, под следствием", None, 18, False),
    ("V. Принудительное лечение", "compulsory_treatment", 4, True),
]


def section_status(section: str | None, k: int, g: Generator):
    if section == "imprisoned":
        return "imprisoned", g.pick([24, 36, 48, 60, 66, 72, 84, 90, 96, 120, 18])
    if section == "restricted_freedom":
        return "restricted_freedom", g.pick([12, 18, 24, 30, 36, 48, 60])
    if section == "compulsory_treatment":
        return "compulsory_treatment", None
    if section == "mixed_sentences":
        st = ["probation", "fined", "probation", "acquitted", "released"][k % 5]
        return st, {"probation": g.pick([12, 24, 36, 18]), "released": g.pick([36, 48, 60]), }.get(st)
    st = ["pretrial_detention", "house_arrest", "under_investigation"][k % 3]
    months = g.pick([2, 3, 6]) if st == "house_arrest" and k % 2 else None
    return st, months


def write_a1(g: Generator, wb: Workbook, truth: list):
    ws = wb.active
    ws.title = SHEET_A1
    headers = ["№", "ФИО", "Год рождения", "Город / регион", "Статья УК РК", "Мера пресечения / приговор",
               "Дата задержания", "Дата приговора", "Примечание"]
    ncol = len(headers)
    ws.cell(1, 1, "СПИСОК ПОЛИТИЧЕСКИХ ЗАКЛЮЧЕННЫХ И ЛИЦ, ПОДВЕРГАЮЩИХСЯ ПОЛИТИЧЕСКИ МОТИВИРОВАННОМУ ПРЕСЛЕДОВАНИЮ")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "Казахстанский альянс правозащитных организаций (вымышленный). По состоянию на 01.10.2024 г.")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    for j, h in enumerate(headers, 1):
        ws.cell(4, j, h).font = Font(bold=True)
    for j in range(1, ncol + 1):
        ws.cell(5, j, j)
    truth.append(truth_other(FILE_A, SHEET_A1, 5))
    r, k, number = 6, 0, 0
    keys = ["imprisoned", "restricted_freedom", "mixed_sentences", "mixed_pretrial", "compulsory_treatment"]
    for (heading, _, n, blank_ok), key in zip(SECTIONS_A1, keys):
        ws.cell(r, 1, heading).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        truth.append(truth_other(FILE_A, SHEET_A1, r))
        r += 1
        i = 0
        while i < n:
            status, months = section_status(key, k, g)
            c = g.case(k, status, months, place_kind="region" if k % 23 == 4 else "city")
            c.name = g.ru_name(k)
            c.tie = assign_tie(k)
            two_cases = key in ("imprisoned", "mixed_pretrial") and i in (5, 11)
            rows = [c]
            if two_cases:
                st2, m2 = section_status(key, k + 1, g)
                c2 = g.case(k + 1, st2, m2)
                c2.name, c2.birth, c2.city, c2.region = c.name, c.birth, c.city, c.region
                c2.city_idx, c2.region_only_idx, c2.tie = c.city_idx, c.region_only_idx, c.tie
                c2.extra["merged_child"] = True
                rows.append(c2)
            number += 1
            for q, cc in enumerate(rows):
                kk = k + q
                if q == 0:
                    ws.cell(r, 1, number)
                    ws.cell(r, 2, cc.name)
                    by = cc.birth
                    ws.cell(r, 3, [by.year, f"{by.year} г.р.", str(by.year), by.strftime("%d.%m.%Y")][kk % 4])
                    if cc.city_idx is not None:
                        forms = CITIES[cc.city_idx][2]
                        ws.cell(r, 4, forms[kk % len(forms)])
                    else:
                        ws.cell(r, 4, REGIONS_ONLY[cc.region_only_idx][1])
                    if key == "imprisoned" and kk % 13 == 2:
                        ws.cell(r, 3).value = None
                        cc.birth = None
                        if len(rows) > 1:
                            rows[1].birth = None
                # a blank measure under a single-status heading
                blank_measure = blank_ok and kk % 9 == 4 and cc.months is None
                if blank_ok and kk % 9 == 4 and key == "imprisoned":
                    blank_measure, cc.months = True, None
                ws.cell(r, 5, ru_articles(cc.charges, kk, admin=kk % 17 == 6))
                if cc.charges == [(274, 4)]:
                    ws.cell(r, 5, "ч. 4 п. 2 ст. 274 УК РК" if kk % 2 else "ст. 274 ч. 4 п. 2 УК РК")
                if not blank_measure:
                    ws.cell(r, 6, ru_measure(cc, kk))
                dstyle = kk
                if kk % 19 == 10:
                    cc.detained = None
                dv, dd, dp = ru_date(cc.detained, dstyle)
                ws.cell(r, 7, dv)
                if isinstance(dv, datetime):
                    ws.cell(r, 7).number_format = "DD.MM.YYYY"
                sv, sd, sp = ru_later_date(cc.sentenced, kk // 2)
                if sv is None and cc.status in ("pretrial_detention", "house_arrest", "under_investigation"):
                    sv = ["—", "не вынесен", None][kk % 3]
                ws.cell(r, 8, sv)
                if isinstance(sv, datetime):
                    ws.cell(r, 8).number_format = "DD.MM.YYYY"
                if q == 0:
                    ws.cell(r, 9, ru_note(g, cc, kk))
                truth.append(truth_case(FILE_A, SHEET_A1, r, cc, [(dd, dp), (sd, sp)]))
                r += 1
            if len(rows) > 1:
                for col in (1, 2, 3, 4, 9):
                    ws.merge_cells(start_row=r - 2, start_column=col, end_row=r - 1, end_column=col)
                i += 2
                k += 2
            else:
                i += 1
                k += 1
    r += 1  # a blank row
    ws.cell(r, 1, "Итого:")
    ws.cell(r, 2, f"{number} человек")
    truth.append(truth_other(FILE_A, SHEET_A1, r))
    r += 1
    ws.cell(r, 1, "* Список составлен по данным правозащитных организаций; даты приведены по открытым источникам.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    truth.append(truth_other(FILE_A, SHEET_A1, r))
    r += 1
    ws.cell(r, 1, "** УДО — условно-досрочное освобождение; МРП — месячный расчётный показатель.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    truth.append(truth_other(FILE_A, SHEET_A1, r))
    for col, width in zip("ABCDEFGHI", (5, 34, 12, 24, 26, 40, 16, 16, 34)):
        ws.column_dimensions[col].width = width


# ------------------------------------------------------------------ file A, sheet 2 (released)
SHEET_A2 = "Освобождены"
GROUNDS = ["УДО", "отбыл(а) срок полностью", "амнистия", "помилование",
           "условно-досрочное освобождение", "истек срок ограничения свободы"]


def write_a2(g: Generator, wb: Workbook, truth: list):
    ws = wb.create_sheet(SHEET_A2)
    headers = ["№", "ФИО", "Год рожд.", "Город", "Статья УК РК", "Приговор", "Дата задержания",
               "Дата освобождения", "Основание освобождения", "Примечание"]
    ws.cell(1, 1, "Освобожденные политзаключенные (2023–2024)")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    for j, h in enumerate(headers, 1):
        ws.cell(2, j, h).font = Font(bold=True)
    r, k = 3, 1000
    number = 0
    for year, n in ((2023, 22), (2024, 23)):
        ws.cell(r, 1, f"{year} год").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        truth.append(truth_other(FILE_A, SHEET_A2, r))
        r += 1
        for i in range(n):
            restricted = k % 5 == 2
            months = g.pick([12, 18, 24]) if restricted else g.pick([24, 36, 48, 60, 30, 84])
            c = g.case(k, "released", months)
            c.name = g.ru_name(k)
            c.released = g.day(date(year, 1, 10), date(year, 9, 25))
            c.detained = c.released - timedelta(days=rng_days(g, months))
            c.sentenced = None
            c.tie = assign_tie(k)
            number += 1
            ws.cell(r, 1, number)
            ws.cell(r, 2, c.name)
            ws.cell(r, 3, c.birth.year if k % 3 else f"{c.birth.year} г.р.")
            forms = CITIES[c.city_idx][2]
            ws.cell(r, 4, forms[k % len(forms)])
            ws.cell(r, 5, ru_articles(c.charges, k, admin=False))
            if restricted:
                ws.cell(r, 6, f"{ru_term(months, k)} ограничения свободы")
            else:
                term = ru_term(months, k)
                ws.cell(r, 6, [f"{term} лишения свободы", f"лишение свободы на {term}"][k % 2])
            if k % 11 == 3:
                c.detained = None
            dv, dd, dp = ru_date(c.detained, k if k % 4 else 3)
            ws.cell(r, 7, dv)
            if isinstance(dv, datetime):
                ws.cell(r, 7).number_format = "DD.MM.YYYY"
            rv, rd, rp = ru_later_date(c.released, k)
            ws.cell(r, 8, rv)
            if isinstance(rv, datetime):
                ws.cell(r, 8).number_format = "DD.MM.YYYY"
            ws.cell(r, 9, GROUNDS[5] if restricted else GROUNDS[k % 5])
            ws.cell(r, 10, ru_note(g, c, k))
            truth.append(truth_case(FILE_A, SHEET_A2, r, c, [(dd, dp), (rd, rp)]))
            r += 1
            k += 1
    ws.cell(r, 1, "Источник: мониторинг альянса; сведения об освобождении — из сообщений родственников.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
    truth.append(truth_other(FILE_A, SHEET_A2, r))
    r += 1
    ws.cell(r, 2, "Всего освобождено:")
    ws.cell(r, 3, number)
    truth.append(truth_other(FILE_A, SHEET_A2, r))


def rng_days(g: Generator, months: int) -> int:
    return int(months * 30.4 * (0.55 + 0.4 * g.rng.random()))


# ------------------------------------------------------------------ file B (Kazakh, UTF-16 tab)
def kk_measure(c: Case, k: int, latin: bool) -> str:
    m = c.months
    t = kk_term(m, latin) if m else ""
    if latin:
        return {
            "imprisoned": f"bas bostandyğynan aiyru, {t}",
            "restricted_freedom": f"bas bostandyğyn şekteu, {t}",
            "probation": f"şartty türde {t}",
            "fined": "aiyppūl 300 AEK",
            "pretrial_detention": "tergeu izoliatorynda qamauda",
            "house_arrest": "üi qamağy",
            "under_investigation": "tergeu jürıp jatyr",
            "released": f"bas bostandyğynan aiyru {t}; merzımınen būryn şartty türde bosatyldy",
            "acquitted": "aqtaldy",
        }[c.status]
    return {
        "imprisoned": [f"бас бостандығынан айыру, {t}", f"{t} бас бостандығынан айыру"][k % 2],
        "restricted_freedom": [f"бас бостандығын шектеу, {t}", f"{t} бас бостандығын шектеу"][k % 2],
        "probation": f"{t} шартты түрде",
        "fined": "айыппұл 200 АЕК",
        "pretrial_detention": "тергеу изоляторында қамауда",
        "house_arrest": "үй қамағы",
        "under_investigation": "тергеуде",
        "compulsory_treatment": "мәжбүрлеп емдеу",
        "released": f"бас бостандығынан айыру {t}; мерзімінен бұрын шартты түрде босатылды",
        "acquitted": "ақталды",
    }[c.status]


KK_NOTES = {"yes": ["ҚДТ жақтасы", "Көше партиясының белсендісі", "ҚДТ-ға қатысы бар"],
            "doubt": ["ҚДТ?"], "negated": ["ҚДТ-ға қатысы жоқ"], "ablyazov": ["блогер"],
            "no": ["журналист", "блогер", "", "азаматтық белсенді", ""]}
KK_LAT_NOTES = {"yes": ["QDT jaqtasy", "Köşe partiiasynyñ belsendısı"], "doubt": ["QDT?"], "negated": ["jurnalist"],
                "ablyazov": ["bloger"], "no": ["jurnalist", "", "azamattyq belsendı"]}
# heading, its city (or None), its region, Latin?, towns (city indexes) used below it
KK_SECTIONS = [
    ("Алматы қаласы", "Almaty", "Almaty", [0]),
    ("Астана қаласы", "Astana", "Astana", [1]),
    ("Маңғыстау облысы", None, "Mangystau", [11, 12]),
    ("Батыс Қазақстан облысы", None, "West Kazakhstan", [4]),
    ("Абай облысы", None, "Abai", [3]),
    ("Jetısu oblysy", None, "Jetisu", [7]),
    ("Şymkent qalasy", "Shymkent", "Shymkent", [2]),
    ("Ұлытау облысы", None, "Ulytau", [8]),
]
KK_STATUSES = ["imprisoned", "restricted_freedom", "probation", "imprisoned", "fined", "pretrial_detention",
               "house_arrest", "under_investigation", "released", "restricted_freedom", "acquitted", "imprisoned",
               "compulsory_treatment"]


def write_b(g: Generator, folder: Path, truth: list):
    headers = ["Р/с", "Аты-жөні", "Туған жылы", "Қала / аудан", "ҚР ҚК бабы", "Жазасы / бұлтартпау шарасы",
               "Ұсталған күні", "Үкім шыққан күні", "Ескерту"]
    lines: list[list] = [["Саяси себептермен қудаланған адамдар тізімі (2024 жылғы 1 қазандағы жағдай бойынша)"]
                         + [""] * 8, [""] * 9, headers]
    k, number = 2000, 0
    per_section = [11, 10, 10, 9, 8, 8, 9, 8]
    for (heading, hcity, hregion, towns), n in zip(KK_SECTIONS, per_section):
        lines.append([heading] + [""] * 8)
        truth.append(truth_other(FILE_B, "", len(lines)))
        latin_section = heading.endswith("oblysy") or heading.endswith("qalasy")
        for i in range(n):
            latin = latin_section or k % 4 == 1
            status = KK_STATUSES[k % len(KK_STATUSES)]
            if latin and status == "compulsory_treatment":
                status = "imprisoned"
            months = {"imprisoned": g.pick([36, 60, 66, 84, 42]), "restricted_freedom": g.pick([12, 24, 30, 36]),
                      "probation": g.pick([12, 24, 18]), "released": g.pick([36, 48, 60])}.get(status)
            c = g.case(k, status, months)
            ci = towns[i % len(towns)]
            blank_place = i % 5 == 3
            if blank_place:
                c.city, c.region, c.city_idx = hcity, hregion, None
            else:
                c.city, c.region, c.city_idx = CITIES[ci][0], CITIES[ci][1], ci
            c.name = g.kk_name(k, latin)
            c.tie = assign_tie(k)
            number += 1
            by = c.birth.year
            birth = [str(by), f"{by} ж.", str(by), f"{by} ж.т."][k % 4] if not latin else str(by)
            if k % 17 == 9:
                birth, c.birth = "", None
            place = "" if blank_place else (CITIES[ci][4][0] if latin else CITIES[ci][3][k % len(CITIES[ci][3])])
            if c.status == "under_investigation" and k % 2:
                c.detained = None  # no date at all: started_on empty
            dv, dd, dp = kk_date(c.detained, k, latin, partial_ok=True)
            sv, sd, sp = kk_date(c.sentenced, k + 1, latin, partial_ok=False)
            notes = (KK_LAT_NOTES if latin else KK_NOTES)[c.tie]
            note = notes[k % len(notes)]
            lines.append([str(number), c.name, birth, place, kk_articles(c.charges, k, latin),
                          kk_measure(c, k, latin), dv or "", sv or "", note])
            truth.append(truth_case(FILE_B, "", len(lines), c, [(dd, dp), (sd, sp)]))
            k += 1
    lines.append(["* ҚДТ – «Қазақстанның демократиялық таңдауы» қозғалысы (2018 жылы тыйым салынған)."] + [""] * 8)
    truth.append(truth_other(FILE_B, "", len(lines)))
    lines.append(["", "Барлығы:", str(number)] + [""] * 6)
    truth.append(truth_other(FILE_B, "", len(lines)))
    buf = io.StringIO()
    csv.writer(buf, delimiter="\t", lineterminator="\r\n").writerows(lines)
    (folder / FILE_B).write_bytes(buf.getvalue().encode("utf-16"))


# ------------------------------------------------------------------ file C (coalition, bilingual headers)
def en_status(c: Case, k: int) -> str:
    return {
        "imprisoned": ["Imprisoned", "In prison", "Imprisoned / Лишение свободы"][k % 3],
        "restricted_freedom": ["Restricted freedom", "Restriction of freedom / Ограничение свободы"][k % 2],
        "probation": ["Suspended", "Suspended sentence", "Probation / Условно"][k % 3],
        "fined": ["Fine", "Fined"][k % 2],
        "pretrial_detention": ["SIZO (pre-trial)", "Pre-trial detention", "In custody pending trial"][k % 3],
        "house_arrest": ["House arrest", "Домашний арест / House arrest"][k % 2],
        "under_investigation": ["Under investigation", "Investigation ongoing"][k % 2],
        "compulsory_treatment": "Forced psychiatric treatment",
        "released": ["Released on parole", "Released (served term)", "Released"][k % 3],
        "acquitted": "Acquitted",
    }[c.status]


C_STATUSES = ["imprisoned", "restricted_freedom", "probation", "pretrial_detention", "imprisoned", "fined",
              "house_arrest", "under_investigation", "released", "restricted_freedom", "acquitted", "probation",
              "imprisoned", "compulsory_treatment", "released"]
EN_TIE_NOTES = {"yes": ["Koshe Party activist", "Democratic Choice of Kazakhstan (DVK) supporter", "Street Party",
                        "DVK"],
                "doubt": ["DVK? unconfirmed"], "negated": ["not linked to DVK"], "ablyazov": ["blogger"],
                "no": ["journalist", "", "trade union", "", "blogger", "Tablighi Jamaat case", ""]}


def c_case(g: Generator, k: int) -> Case:
    status = C_STATUSES[k % len(C_STATUSES)]
    months = {"imprisoned": g.pick([24, 36, 60, 72, 30, 84]), "restricted_freedom": g.pick([12, 18, 24, 36, 30]),
              "probation": g.pick([12, 24, 18]), "released": g.pick([24, 36, 48]),
              "house_arrest": g.pick([None, 6])}.get(status)
    c = g.case(k, status, months)
    c.tie = assign_tie(k)
    return c


def yn_and_comment(c: Case, k: int):
    """The Y/N cell and the comment; they never contradict each other."""
    notes = EN_TIE_NOTES[c.tie]
    comment = notes[k % len(notes)] or None
    if c.tie == "yes":
        yn = ["Y", "Y", "", "yes"][k % 4] or None  # blank Y/N only where the comment names the group
    elif c.tie == "doubt":
        yn = "?"
    else:
        yn = ["N", "", "N", "no"][k % 4] or None
    return yn, comment


def recent_dates(g: Generator, c: Case, lo: date, hi: date) -> None:
    """Move a case's dates into the sheet's years, keeping which dates it has."""
    c.detained = g.day(lo, hi)
    if c.sentenced is not None:
        c.sentenced = min(c.detained + timedelta(days=g.rng.randrange(75, 300)), LIST_DATE - timedelta(days=10))
    if c.released is not None:
        c.released = min(c.sentenced + timedelta(days=g.rng.randrange(60, 400)), LIST_DATE - timedelta(days=5))


def write_c1(g: Generator, wb: Workbook, truth: list):
    ws = wb.active
    ws.title = "2022-2023"
    ws.cell(1, 1, "Coalition monitoring of politically motivated prosecutions / "
                  "Саяси қудалауды бақылау (invented data)")
    ws.merge_cells("A1:M1")
    ws.cell(2, 1, "Updated 30.09.2024. Y/N: Y = yes, N = no, ? = unconfirmed")
    ws.merge_cells("A2:M2")
    single = ["№", "Аты-жөні / ФИО / Name", "YOB", "Қала / Город / City", "Бап / Статья / Article",
              "Status / Статус", "Term / Срок"]
    for j, h in enumerate(single, 1):
        ws.cell(3, j, h)
        ws.merge_cells(start_row=3, start_column=j, end_row=4, end_column=j)
    ws.cell(3, 8, "Даты / Dates")
    ws.merge_cells("H3:J3")
    for j, h in zip((8, 9, 10), ("Detention / Задержание", "Charge / Обвинение", "Verdict / Приговор")):
        ws.cell(4, j, h)
    for j, h in zip((11, 12, 13), ("DVK/Koshe (Y/N)", "Appeal (Y/N)", "Comment / Комментарий")):
        ws.cell(3, j, h)
        ws.merge_cells(start_row=3, start_column=j, end_row=4, end_column=j)
    for row in ws.iter_rows(min_row=3, max_row=4):
        for cell in row:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, horizontal="center")
    r, k = 5, 3000
    for i in range(72):
        c = c_case(g, k)
        c.name = EN_NAMES[k % len(EN_NAMES)] if k % 2 else g.ru_name(k)
        recent_dates(g, c, date(2022, 1, 1), date(2023, 12, 31))
        if k % 3 == 0 and k % 8 != 6:  # no charge date beside a detention written as a month only
            c.charged = c.detained + timedelta(days=g.rng.randrange(0, 20))
        if k % 10 == 4:
            c.detained = None
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, c.name)
        if k % 7:
            ws.cell(r, 3, c.birth.year)
        else:
            c.birth = None
        forms = CITIES[c.city_idx][5]
        ws.cell(r, 4, forms[k % len(forms)])
        ws.cell(r, 5, en_articles(c.charges, k, admin=k % 13 == 5))
        ws.cell(r, 6, en_status(c, k))
        if c.months:
            ws.cell(r, 7, en_term(c.months, k))
        dv, dd, dp = en_date(c.detained, k, partial_ok=True)
        cv, cd, cp = en_date(c.charged, k + 3, partial_ok=False)
        sv, sd, sp = en_date(c.sentenced, k + 5, partial_ok=False)
        for col, v in ((8, dv), (9, cv), (10, sv)):
            ws.cell(r, col, v)
            if isinstance(v, datetime):
                ws.cell(r, col).number_format = "DD.MM.YYYY"
        yn, comment = yn_and_comment(c, k)
        ws.cell(r, 11, yn)
        ws.cell(r, 12, ["Y", "N", None][k % 3])
        ws.cell(r, 13, comment)
        truth.append(truth_case(FILE_C, "2022-2023", r, c, [(dd, dp), (cd, cp), (sd, sp)]))
        r += 1
        k += 1
    ws.cell(r, 1, "Total / Барлығы / Итого")
    ws.cell(r, 3, None)
    ws.cell(r, 2, 72)
    truth.append(truth_other(FILE_C, "2022-2023", r))


def write_c2(g: Generator, wb: Workbook, truth: list):
    sheet = "2024"
    ws = wb.create_sheet(sheet)
    headers = ["#", "Аты-жөні / ФИО / Name", "DOB", "Region / Облыс", "Article(s)", "Status", "Term",
               "Case opened / Іс қозғалған күні", "Detained / Ұсталған", "Verdict / Үкім", "DVK/Koshe Y/N", "Notes"]
    for j, h in enumerate(headers, 1):
        ws.cell(1, j, h).font = Font(bold=True)
    r, k = 2, 4000
    for i in range(44):
        c = c_case(g, k)
        c.name = g.kk_name(k, latin=k % 2 == 0) if k % 3 else EN_NAMES[k % len(EN_NAMES)]
        if k % 9 == 4:
            ri = k % len(REGIONS_ONLY)
            c.city, c.city_idx, c.region, c.region_only_idx = None, None, REGIONS_ONLY[ri][0], ri
        recent_dates(g, c, date(2023, 6, 1), date(2024, 6, 30))
        c.charged = c.detained - timedelta(days=g.rng.randrange(10, 120)) if k % 2 else None
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, c.name)
        b = c.birth
        ws.cell(r, 3, [datetime(b.year, b.month, b.day), b.isoformat(), b.strftime("%d.%m.%Y")][k % 3])
        if k % 3 == 0:
            ws.cell(r, 3).number_format = "DD.MM.YYYY"
        if c.city_idx is not None:
            forms = CITIES[c.city_idx][5]
            ws.cell(r, 4, forms[k % len(forms)])
        else:
            ws.cell(r, 4, REGIONS_ONLY[c.region_only_idx][4])
        ws.cell(r, 5, en_articles(c.charges, k + 1, admin=False))
        ws.cell(r, 6, en_status(c, k))
        if c.months:
            ws.cell(r, 7, en_term(c.months, k + 1))
        ov, od, op = en_date(c.charged, k, partial_ok=True)
        dv, dd, dp = en_date(c.detained, k + 2, partial_ok=False)
        sv, sd, sp = en_date(c.sentenced, k + 4, partial_ok=False)
        for col, v in ((8, ov), (9, dv), (10, sv)):
            ws.cell(r, col, v)
            if isinstance(v, datetime):
                ws.cell(r, col).number_format = "DD.MM.YYYY"
        yn, comment = yn_and_comment(c, k)
        ws.cell(r, 11, yn)
        ws.cell(r, 12, comment)
        truth.append(truth_case(FILE_C, sheet, r, c, [(od, op), (dd, dp), (sd, sp)]))
        r += 1
        k += 1
    ws.cell(r, 1, "Note: dates of opening of the criminal case are from the defence lawyers; DOB = date of birth.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
    truth.append(truth_other(FILE_C, sheet, r))


# ------------------------------------------------------------------ entry point
TRUTH_COLUMNS = ["source_file", "source_sheet", "source_row", "kind", "city", "region", "articles", "status",
                 "sentence_months", "started_on", "started_precision", "birth_year", "dvk_koshe", "name"]


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the three lists of set 6 into `folder`; return the truth (one row per non-blank row below a header)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    g = Generator(20241001)
    truth: list[dict] = []
    wb = Workbook()
    write_a1(g, wb, truth)
    write_a2(g, wb, truth)
    wb.save(folder / FILE_A)
    write_b(g, folder, truth)
    wb = Workbook()
    write_c1(g, wb, truth)
    write_c2(g, wb, truth)
    wb.save(folder / FILE_C)
    frame = pd.DataFrame(truth).reindex(columns=TRUTH_COLUMNS)
    frame["source_row"] = frame["source_row"].astype(int)
    frame["sentence_months"] = frame["sentence_months"].astype("Int64")
    frame["birth_year"] = frame["birth_year"].astype("Int64")
    return frame
