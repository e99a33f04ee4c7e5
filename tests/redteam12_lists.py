"""Red-team set 12: five lists in layouts the project had not copied, with the truth of every row.

Written by an outsider who read neither the sample generator, the vocabularies, the cleaner's modules
nor the earlier red-team sets; only the README, the domain reference and the README's account of what input
is accepted. Names are invented (random combinations of common first names and surnames), every
value is generated here from a seeded `random.Random`, so the files and the truth are the same on
every run. `write_lists(folder)` writes the files and returns the truth: one row per non-blank row
below a header row, `kind` "case" or "not_a_case", and for cases the fields the cleaner is scored on.

The files, and what each stresses:

1. `onk_zhurnal_posesheniy.xlsx`, sheet "Журнал": the visit log of a public monitoring commission
   (ОНК-style) in Russian. Title rows, a two-row header ("Срок наказания" merged over "начало" /
   "конец"), the institution visited per row (`ЕЦ-166/11, г. Семей`), the court that sentenced,
   `Г.р.`, `Ст. УК РК` (`405 ч.2`, `ч.1 ст.174, ч.2 ст.405`), `Срок` written bare (`5 лет`,
   `3 г. 6 мес.`, `7 лет л/св`), start and end of the term as date cells or text, a note column.
   Headings for each visit (`Посещение 14.03.2023 ...`), a footnote and a total row.
2. `solidarity_tracker.xlsx`, sheets "2021", "2022", "2023": an English spreadsheet of a diaspora
   solidarity group, one sheet per year of arrest. "Where" mixes city and region (`Almaty oblast,
   Esik`, `Uralsk, West Kaz.`), "Arrested" in many formats (date cells, `12 Jan 2021`, `05/03/2021`,
   `January 2021`, and a bare month `March` on a sheet of that year), "Charged with" (`Art. 405(2)`,
   `405 pt 2 + 174 pt 1`, `CAO 488, then 405(2)`), "Outcome" as people write it, notes like
   `see row 12`, a footnote and a total row per sheet.
3. `sot_ukimderi_digest.xlsx`, sheet "Үкімдер": a Kazakh-language (Cyrillic) digest of court
   verdicts, one row per verdict: `Сот` with the court's town inside its name (`Семей қалалық соты`,
   `Шымкент қаласы Абай аудандық соты`, a regional court `Қызылорда облыстық соты`), `Үкім күні`
   (`12.05.2021`, `2021 жылғы 12 мамыр`, date cells), `Сотталушы`, `Туған жылы`, `Бап`
   (`ҚР ҚК 405-бабы 2-бөлігі`), `Жаза` (`5 жыл бас бостандығынан айыру`, `шартты түрде`,
   `айыппұл`, `ақталды`), year headings (`2022 жыл`) and a source footnote.
4. `spisok_rabochiy.xlsx`, sheet "Список": a Russian working list where each person is a block of
   one to three rows because the author wrapped long cells by hand: the first row has the number,
   name, year, town and the first part of "Статьи УК" / "Хронология" / "Мера / приговор" /
   "Примечание"; the next rows continue those cells (the second article, `приговор 02.09.2021`,
   `на 5 лет`, the rest of a note). No merged cells.
5. `spisok_win.csv`: a CSV saved by Excel on a Russian Windows: cp1251, `;`, CRLF, two title lines
   with trailing separators, `№ п/п`, dates `01.02.2021` and some as Excel serial numbers
   (`44228`), a date of birth column, `да/нет` columns (`Освобожден (да/нет)`, `ДВК (да/нет)`), a
   term in months column, a total line and a signature line.

Decisions taken for the truth (each the reading a careful analyst would give under the README):
- Kinds of rows: title rows above a header are not rows; below the header every non-blank row is
  either a case or `not_a_case` (visit headings, year headings, footnotes, totals, signature lines,
  and in file 4 every row that continues the block of the person above it).
- File 4: a person's case is the block's first row; its fields are read from the whole block
  (articles of both rows, the term on the second row, the dates of every row, a note continued).
- City is where the case was tried or the person was arrested, never the place of detention: in
  file 1 the institution's town (a colony) is not the city; the sentencing court's seat is
  (`Уральский городской суд` is Oral; `Казыбекбийский районный суд г. Караганды` is Karaganda).
  A regional court gives the region only (`Қызылорда облыстық соты`: city empty, region Kyzylorda;
  `Алматы облыстық соты`: city empty, region "Almaty Region").
- Region is the city's current one (Semey is Abai, Taldykorgan Jetisu, Zhezkazgan Ulytau, Konaev
  "Almaty Region"). Small towns get their own English name (Esik, Kaskelen: Almaty Region;
  Shelek: Almaty Region; Stepnogorsk: Akmola). A "Where" cell naming a region and a town
  (`Almaty oblast, Esik`) is the town.
- File 1: everyone visited is serving a prison term in a colony, so a bare `Срок` (`5 лет`) is
  `imprisoned` with that term; the term's start ("начало") is the day custody began (the term runs
  from detention), so it is the case's earliest date; the term's end lies after the log's year and
  is not a release. A note `освобождён по УДО 02.10.2023` makes the case `released` (parole is
  released, README "Decided readings"), its term kept. The visit heading's date is not a case date.
- File 2: a bare month (`March`) on the sheet of arrests of one year is that month of that year
  (precision month). `05/03/2021` is day first (5 March). An administrative arrest in days
  (`15 days administrative arrest`) gives no criminal status: the row's status is `unknown`
  unless another cell says more. `CAO 488` is not a criminal article. `see row 12` is a note only.
  `sentenced to 6 years, released on parole 2023` is `released` with 72 months.
- File 3: `шартты түрде` (conditionally) is a suspended sentence: `probation` with its term; a fine
  in АЕК is `fined` with no term; an added ban on political activity is not the term (the main
  punishment's term is). The verdict date is the only date: `started_on` = sentenced_on.
- File 5: `Освобожден = да` (only ever on an imprisoned row) makes the case `released`, its term
  kept; its release date counts toward `started_on` only if earlier (it never is). `подписка о
  невыезде` (recognizance not to leave) is `under_investigation`. A date of birth gives its year.
  An Excel serial number in a date column is that day (serial 1 = 1900-01-01, Excel's 1900 system).
  `ДВК (да/нет)`: `да` is a tie, `нет` none, `да?` a doubt and so not a tie; a note naming
  `Коше партиясы` is a tie.
- DVK / Koshe Partiyasy: true only where a cell names them (`DVK activist`, `Koshe Party`,
  `ҚДТ белсендісі`, `Көше партиясының жақтасы`, `сторонник ДВК`); `DVK?`, `ҚДТ?` and `not DVK` are
  not ties; article 405 alone is never a tie.
- started_precision: day for whole dates, month for `January 2021` / `March`, year for `2021`.
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

TRUTH_COLUMNS = ["source_file", "source_sheet", "source_row", "kind", "name", "city", "region", "articles", "status",
                 "sentence_months", "started_on", "started_precision", "birth_year", "dvk_koshe"]

FILES = ["onk_zhurnal_posesheniy.xlsx", "solidarity_tracker.xlsx", "sot_ukimderi_digest.xlsx", "spisok_rabochiy.xlsx",
         "spisok_win.csv"]

# --- places: (English name, current region, Russian, Kazakh, English as people write it) -----------------------
PLACES = {
    "Almaty": ("Almaty", "г. Алматы", "Алматы", "Almaty"),
    "Astana": ("Astana", "г. Нур-Султан", "Астана", "Nur-Sultan"),
    "Shymkent": ("Shymkent", "г. Шымкент", "Шымкент", "Shymkent city"),
    "Semey": ("Abai", "г. Семей", "Семей", "Semey"),
    "Oskemen": ("East Kazakhstan", "г. Усть-Каменогорск", "Өскемен", "Ust-Kamenogorsk"),
    "Oral": ("West Kazakhstan", "г. Уральск", "Орал", "Uralsk, West Kaz."),
    "Aktobe": ("Aktobe", "г. Актобе", "Ақтөбе", "Aktobe"),
    "Atyrau": ("Atyrau", "г. Атырау", "Атырау", "Atyrau"),
    "Taraz": ("Zhambyl", "г. Тараз", "Тараз", "Taraz, Zhambyl oblast"),
    "Petropavl": ("North Kazakhstan", "г. Петропавловск", "Петропавл", "Petropavlovsk"),
    "Kostanay": ("Kostanay", "г. Костанай", "Қостанай", "Kostanay"),
    "Karaganda": ("Karaganda", "г. Караганда", "Қарағанды", "Karaganda"),
    "Kokshetau": ("Akmola", "г. Кокшетау", "Көкшетау", "Kokshetau"),
    "Aktau": ("Mangystau", "г. Актау", "Ақтау", "Aktau"),
    "Kyzylorda": ("Kyzylorda", "г. Кызылорда", "Қызылорда", "Kyzylorda"),
    "Pavlodar": ("Pavlodar", "г. Павлодар", "Павлодар", "Pavlodar"),
    "Taldykorgan": ("Jetisu", "г. Талдыкорган", "Талдықорған", "Taldykorgan"),
    "Zhanaozen": ("Mangystau", "г. Жанаозен", "Жаңаөзен", "Zhanaozen, Mangystau oblast"),
    "Zhezkazgan": ("Ulytau", "г. Жезказган", "Жезқазған", "Zhezkazgan"),
    "Temirtau": ("Karaganda", "г. Темиртау", "Теміртау", "Karaganda region, Temirtau"),
    "Konaev": ("Almaty Region", "г. Конаев (Капшагай)", "Қонаев", "Konaev (Kapshagay)"),
    "Turkistan": ("Turkistan", "г. Туркестан", "Түркістан", "Turkistan"),
}
BIG = ["Almaty", "Astana", "Shymkent", "Almaty", "Astana", "Aktobe", "Oral", "Semey", "Karaganda", "Pavlodar",
       "Atyrau", "Taraz", "Kostanay", "Oskemen", "Petropavl", "Kyzylorda", "Taldykorgan", "Aktau", "Zhanaozen",
       "Kokshetau", "Konaev", "Zhezkazgan", "Temirtau", "Turkistan"]

# Russian court names: (court, city) ; the city is where it sits
COURTS_RU = {
    "Almaty": ["Медеуский районный суд г. Алматы", "Алмалинский районный суд г. Алматы",
               "Специализированный межрайонный суд по уголовным делам г. Алматы"],
    "Astana": ["Есильский районный суд г. Нур-Султана", "Сарыаркинский районный суд г. Нур-Султана"],
    "Shymkent": ["Аль-Фарабийский районный суд г. Шымкента", "Абайский районный суд г. Шымкента"],
    "Semey": ["Семейский городской суд"],
    "Oskemen": ["Усть-Каменогорский городской суд"],
    "Oral": ["Уральский городской суд"],
    "Aktobe": ["Актюбинский городской суд"],
    "Atyrau": ["Атырауский городской суд"],
    "Taraz": ["Таразский городской суд"],
    "Petropavl": ["Петропавловский городской суд"],
    "Kostanay": ["Костанайский городской суд"],
    "Karaganda": ["Казыбекбийский районный суд г. Караганды"],
    "Pavlodar": ["Павлодарский городской суд"],
    "Kyzylorda": ["Кызылординский городской суд"],
    "Taldykorgan": ["Талдыкорганский городской суд"],
    "Aktau": ["Актауский городской суд"],
    "Zhanaozen": ["Жанаозенский городской суд"],
}
COLONIES = ["ЕЦ-166/11, г. Семей", "АК-159/21, г. Кызылорда", "ЛА-155/14, г. Алматы", "АП-162/4, г. Павлодар",
            "ЕЦ-166/18, г. Усть-Каменогорск", "УК-161/2, г. Петропавловск", "ЛА-155/8, г. Заречный"]

# Kazakh court names: (court, city or "", region)
COURTS_KK = [
    ("Алматы қаласы Медеу аудандық соты", "Almaty", "Almaty"),
    ("Алматы қаласы Алмалы аудандық соты", "Almaty", "Almaty"),
    ("Астана қаласы Есіл аудандық соты", "Astana", "Astana"),
    ("Нұр-Сұлтан қаласы Сарыарқа аудандық соты", "Astana", "Astana"),
    ("Шымкент қаласы Абай аудандық соты", "Shymkent", "Shymkent"),
    ("Семей қалалық соты", "Semey", "Abai"),
    ("Орал қалалық соты", "Oral", "West Kazakhstan"),
    ("Ақтөбе қалалық соты", "Aktobe", "Aktobe"),
    ("Атырау қалалық соты", "Atyrau", "Atyrau"),
    ("Тараз қалалық соты", "Taraz", "Zhambyl"),
    ("Өскемен қалалық соты", "Oskemen", "East Kazakhstan"),
    ("Талдықорған қалалық соты", "Taldykorgan", "Jetisu"),
    ("Жаңаөзен қалалық соты", "Zhanaozen", "Mangystau"),
    ("Павлодар қалалық соты", "Pavlodar", "Pavlodar"),
    ("Қостанай қалалық соты", "Kostanay", "Kostanay"),
    ("Қонаев қалалық соты", "Konaev", "Almaty Region"),
    ("Қызылорда облыстық соты", "", "Kyzylorda"),
    ("Алматы облыстық соты", "", "Almaty Region"),
]

# --- names ---------------------------------------------------------------------------------------------------------
KZ_SURNAMES = ["Сейтказиев", "Жумабаев", "Нурмаганбетов", "Абдрахманов", "Ермеков", "Тулегенов", "Оспанов", "Кенжебаев",
               "Сарсенбаев", "Байжанов", "Мукашев", "Исабеков", "Турсынбаев", "Жаксылыков", "Айтбаев", "Омаров",
               "Бекмуханов", "Калиев", "Есенов", "Шаймерденов", "Утебаев", "Молдагалиев", "Темирханов", "Дауренбеков"]
RU_SURNAMES = ["Ковалёв", "Смирнов", "Литвиненко", "Гребенщиков", "Федоров", "Белоусов", "Кравченко", "Ким", "Пак",
               "Масимов", "Розиев", "Ибрагимов", "Хасанов", "Шульц", "Гусейнов", "Ли"]
MALE = ["Нурлан", "Ерлан", "Асхат", "Бауыржан", "Данияр", "Ерболат", "Талгат", "Серик", "Марат", "Азамат", "Жандос",
        "Алмас", "Дмитрий", "Сергей", "Игорь", "Виталий", "Рустам", "Ильдар", "Арман", "Канат", "Максим", "Тимур"]
FEMALE = ["Айгуль", "Гульнара", "Жанар", "Динара", "Сауле", "Алия", "Ольга", "Наталья", "Елена", "Асель", "Мадина"]
FATHERS = ["Болат", "Серик", "Ержан", "Кайрат", "Нурлан", "Амангельди", "Жумабек", "Виктор", "Александр", "Рашид"]
UNDECLINED = ("Ким", "Пак", "Ли", "Шульц", "Литвиненко", "Кравченко")

KK_SURNAMES = ["Сейтқазиев", "Жұмабаев", "Нұрмағанбетов", "Әбдірахманов", "Ермеков", "Төлегенов", "Оспанов", "Кенжебаев",
               "Сәрсенбаев", "Байжанов", "Мұқашев", "Исабеков", "Тұрсынбаев", "Жақсылықов", "Айтбаев", "Омаров",
               "Бекмұханов", "Қалиев", "Есенов", "Шәймерденов", "Өтебаев", "Молдағалиев"]
KK_MALE = ["Нұрлан", "Ерлан", "Асхат", "Бауыржан", "Данияр", "Ерболат", "Талғат", "Серік", "Марат", "Азамат", "Жандос",
           "Алмас", "Арман", "Қанат", "Ғалым", "Ерқанат", "Мұрат", "Дәурен"]
KK_FEMALE = ["Айгүл", "Гүлнар", "Жанар", "Динара", "Сәуле", "Әлия", "Әсел", "Мадина", "Ақмарал"]
KK_FATHERS = ["Болат", "Серік", "Ержан", "Қайрат", "Нұрлан", "Амангелді", "Жұмабек", "Рашид"]

EN_SURNAMES = ["Seitkaziyev", "Zhumabayev", "Nurmaganbetov", "Abdrakhmanov", "Yermekov", "Tulegenov", "Ospanov",
               "Kenzhebayev", "Sarsenbayev", "Baizhanov", "Mukashev", "Issabekov", "Tursynbayev", "Omarov", "Kaliyev",
               "Kovalev", "Smirnov", "Litvinenko", "Kim", "Pak", "Masimov", "Ibragimov", "Schulz", "Yessenov"]
EN_MALE = ["Nurlan", "Yerlan", "Askhat", "Baurzhan", "Daniyar", "Yerbolat", "Talgat", "Serik", "Marat", "Azamat",
           "Zhandos", "Almas", "Dmitry", "Sergei", "Igor", "Vitaly", "Rustam", "Arman", "Kanat", "Timur"]
EN_FEMALE = ["Aigul", "Gulnara", "Zhanar", "Dinara", "Saule", "Aliya", "Olga", "Natalia", "Yelena", "Assel"]


def ru_name(rng: random.Random, initials: bool = False) -> str:
    female = rng.random() < 0.2
    surname = rng.choice(KZ_SURNAMES + RU_SURNAMES)
    if female and surname not in UNDECLINED:
        surname = surname[:-1] + "ва" if surname.endswith("в") else surname + ("а" if surname.endswith("н") else "")
    first = rng.choice(FEMALE if female else MALE)
    father = rng.choice(FATHERS)
    stem = father[:-1] + "иев" if father.endswith("и") else father + "ов"
    patronymic = stem + ("на" if female else "ич")
    if initials:
        return f"{surname} {first[0]}.{father[0]}."
    return f"{surname} {first} {patronymic}"


def kk_name(rng: random.Random) -> str:
    female = rng.random() < 0.2
    surname = rng.choice(KK_SURNAMES)
    if female:
        surname = surname + "а"
    first = rng.choice(KK_FEMALE if female else KK_MALE)
    return f"{surname} {first} {rng.choice(KK_FATHERS)}{'қызы' if female else 'ұлы'}"


def en_name(rng: random.Random) -> str:
    female = rng.random() < 0.2
    surname = rng.choice(EN_SURNAMES)
    if female and surname.endswith("v"):
        surname += "a"
    first = rng.choice(EN_FEMALE if female else EN_MALE)
    return f"{first} {surname}" if rng.random() < 0.7 else f"{surname.upper()} {first}"


# --- articles --------------------------------------------------------------------------------------------------------
# each charge set: list of (article, part or None)
CHARGE_SETS = [
    [(405, 2)], [(405, 2)], [(405, 2)], [(405, 1)], [(174, 1)], [(174, 2)], [(174, 1), (405, 2)], [(405, 1), (405, 2)],
    [(272, 2)], [(274, 4)], [(274, 2)], [(380, 1)], [(182, 2), (405, 2)], [(179, 2)], [(256, 1)], [(258, 1), (405, 2)],
    [(405, 2)], [(174, 1)],
]


def articles_text(charges) -> str:
    return "; ".join(f"{a}({p})" if p else f"{a}" for a, p in sorted(charges, key=lambda c: (c[0], c[1] or 0)))


def ru_article(rng: random.Random, charges) -> str:
    forms = [lambda a, p: f"{a} ч.{p}", lambda a, p: f"ч.{p} ст.{a}", lambda a, p: f"ст. {a} ч. {p} УК РК",
             lambda a, p: f"ч. {p} ст. {a} УК РК"]
    form = rng.choice(forms)
    return ", ".join(form(a, p) if p else f"ст. {a}" for a, p in charges)


def kk_article(rng: random.Random, charges) -> str:
    forms = [lambda a, p: f"ҚР ҚК {a}-бабы {p}-бөлігі", lambda a, p: f"{a}-бап {p}-бөлік",
             lambda a, p: f"ҚК {a}-бабының {p}-бөлігі"]
    form = rng.choice(forms)
    return ", ".join(form(a, p) for a, p in charges)


def en_article(rng: random.Random, charges) -> str:
    kind = rng.randrange(4)
    parts = []
    for a, p in charges:
        parts.append([f"Art. {a}({p})", f"{a} pt {p}", f"Article {a} part {p}", f"{a}({p})"][kind])
    return [", ", " + ", " and ", "; "][kind].join(parts)


# --- statuses: (status, months) ----------------------------------------------------------------------------------
def pick_outcome(rng: random.Random) -> tuple[str, int | None]:
    r = rng.random()
    if r < 0.42:
        return "imprisoned", rng.choice([24, 36, 42, 48, 60, 60, 72, 84, 96])
    if r < 0.58:
        return "restricted_freedom", rng.choice([12, 18, 24, 36, 48])
    if r < 0.68:
        return "probation", rng.choice([12, 24, 30, 36])
    if r < 0.74:
        return "fined", None
    if r < 0.82:
        return "pretrial_detention", None
    if r < 0.88:
        return "house_arrest", None
    if r < 0.93:
        return "under_investigation", None
    if r < 0.97:
        return "acquitted", None
    return "compulsory_treatment", None


def years_months_ru(months: int, style: int) -> str:
    y, m = divmod(months, 12)
    yw = "год" if y == 1 else ("года" if y in (2, 3, 4) else "лет")
    if style == 0:
        return f"{y} {yw}" + (f" {m} мес." if m else "")
    if style == 1:
        return f"{y} г." + (f" {m} мес." if m else "")
    return f"{y} {yw}" + (f" {m} месяцев" if m else "")


def years_months_kk(months: int) -> str:
    y, m = divmod(months, 12)
    return (f"{y} жыл" if y else "") + (f" {m} ай" if m else "")


def years_months_en(months: int, rng: random.Random) -> str:
    y, m = divmod(months, 12)
    if m:
        return rng.choice([f"{y} yrs {m} mo", f"{y} years {m} months"]) if y else f"{m} months"
    return rng.choice([f"{y} years", f"{y} yrs"]) if y != 1 else "1 year"


RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]
KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша",
             "желтоқсан"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def rand_date(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    return date(d.year + y, m + 1, min(d.day, 28))


def excel_serial(d: date) -> int:
    return (d - date(1899, 12, 30)).days


def truth_case(file, sheet, row, name, city, region, charges, status, months, started, precision, birth, dvk):
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case", "name": name,
            "city": city, "region": region, "articles": articles_text(charges) if charges else "",
            "status": status, "sentence_months": months, "started_on": started.isoformat() if started else "",
            "started_precision": precision if started else "", "birth_year": birth, "dvk_koshe": bool(dvk)}


def truth_other(file, sheet, row):
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case"}


def _save(wb: Workbook, path: Path) -> None:
    wb.save(path)


# --- 1. ONK visit log -----------------------------------------------------------------------------------------------
def write_onk(folder: Path) -> list[dict]:
    rng = random.Random(1201)
    file, sheet = FILES[0], "Журнал"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Общественная наблюдательная комиссия по Восточному региону"
    ws["A2"] = "Журнал посещений учреждений уголовно-исполнительной системы, 2023 год (осуждённые по «политическим» статьям)"
    ws["A1"].font = Font(bold=True)
    head1 = ["№ п/п", "Учреждение", "Осуждённый", "Г.р.", "Ст. УК РК", "Осуждён судом", "Срок", "Срок наказания", None,
             "Примечание"]
    head2 = [None, None, None, None, None, None, None, "начало", "конец", None]
    for c, v in enumerate(head1, 1):
        ws.cell(4, c, v).font = Font(bold=True)
    for c, v in enumerate(head2, 1):
        if v:
            ws.cell(5, c, v).font = Font(bold=True)
    for c in range(1, 11):
        if c not in (8, 9):
            ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells(start_row=4, start_column=8, end_row=4, end_column=9)
    truth = []
    row = 6
    n = 0
    court_cities = list(COURTS_RU)
    for visit in range(6):
        vdate = date(2023, 2 + visit * 2, 3 + visit * 3)
        colony = COLONIES[visit % len(COLONIES)]
        ws.cell(row, 1, f"Посещение {vdate:%d.%m.%Y} — {colony.split(',')[0]} (члены ОНК: Ахметова Г.К., Ли В.С.)")
        ws.cell(row, 1).font = Font(italic=True)
        truth.append(truth_other(file, sheet, row))
        row += 1
        for _ in range(10):
            n += 1
            city = rng.choice(court_cities)
            court = rng.choice(COURTS_RU[city])
            charges = rng.choice(CHARGE_SETS)
            months = rng.choice([36, 42, 48, 60, 60, 72, 84, 96, 120])
            start = rand_date(rng, date(2019, 6, 1), date(2023, 1, 15))
            while add_months(start, months) <= date(2024, 1, 31):
                months += 24
            end = add_months(start, months)
            birth = rng.randrange(1960, 2000)
            name = ru_name(rng, initials=rng.random() < 0.25)
            style = rng.randrange(5)
            if style < 3:
                term = years_months_ru(months, style)
            elif style == 3:
                term = years_months_ru(months, 0) + " л/св"
            else:
                term = years_months_ru(months, 1) + " лишения свободы"
            status, dvk, note = "imprisoned", False, ""
            r = rng.random()
            if r < 0.12:
                note = "сторонник ДВК, жалоб на условия нет"
                dvk = True
            elif r < 0.18:
                note = "осуждён за участие в «Көше партиясы»; просит передать письмо семье"
                dvk = True
            elif r < 0.22:
                note = "ДВК? (со слов соседей по отряду)"
            elif r < 0.30:
                rel = rand_date(rng, vdate + timedelta(days=20), max(vdate + timedelta(days=20), date(2023, 12, 20)))
                note = f"освобождён по УДО {rel:%d.%m.%Y}"
                status = "released"
            elif r < 0.40:
                note = "жалобы на медобслуживание"
            elif r < 0.45:
                note = "переведён в другой отряд"
            birth_cell = birth if rng.random() < 0.7 else f"{birth} г.р."
            start_cell = datetime(start.year, start.month, start.day) if rng.random() < 0.7 else f"{start:%d.%m.%Y}"
            end_cell = datetime(end.year, end.month, end.day) if rng.random() < 0.7 else f"{end:%d.%m.%Y} г."
            values = [n, colony, name, birth_cell, ru_article(rng, charges), court, term, start_cell, end_cell, note]
            for c, v in enumerate(values, 1):
                cell = ws.cell(row, c, v)
                if isinstance(v, datetime):
                    cell.number_format = "DD.MM.YYYY"
            truth.append(truth_case(file, sheet, row, name, city, PLACES[city][0], charges, status, months, start, "day",
                                    birth, dvk))
            row += 1
    ws.cell(row, 1, "Всего за год посещено осуждённых: 60")
    truth.append(truth_other(file, sheet, row))
    row += 2
    ws.cell(row, 1, "* сведения о сроках — по данным спецчасти учреждения")
    truth.append(truth_other(file, sheet, row))
    _save(wb, folder / file)
    return truth


# --- 2. English solidarity tracker, one sheet per year -------------------------------------------------------------
SMALL_TOWNS_EN = [("Almaty oblast, Esik", "Esik", "Almaty Region"), ("Kaskelen (Almaty region)", "Kaskelen", "Almaty Region"),
                  ("Akmola region, Stepnogorsk", "Stepnogorsk", "Akmola")]


def en_outcome(rng: random.Random, status: str, months: int | None) -> str:
    if status == "imprisoned":
        return rng.choice([f"{years_months_en(months, rng)} prison", f"sentenced to {years_months_en(months, rng)} in prison",
                           f"{years_months_en(months, rng)} imprisonment"])
    if status == "restricted_freedom":
        return rng.choice([f"{years_months_en(months, rng)} restricted freedom",
                           f"restriction of freedom, {years_months_en(months, rng)}"])
    if status == "probation":
        return rng.choice([f"{years_months_en(months, rng)} suspended",
                           f"suspended sentence of {years_months_en(months, rng)}"])
    return {"fined": rng.choice(["fined", "fine (300 MCI)"]),
            "pretrial_detention": rng.choice(["in pre-trial detention", "remanded in custody (SIZO)"]),
            "house_arrest": "house arrest", "under_investigation": rng.choice(["under investigation", "investigation ongoing"]),
            "acquitted": "acquitted", "compulsory_treatment": "compulsory psychiatric treatment"}[status]


def write_solidarity(folder: Path) -> list[dict]:
    rng = random.Random(1202)
    file = FILES[1]
    wb = Workbook()
    wb.remove(wb.active)
    truth = []
    for year, count in ((2021, 26), (2022, 26), (2023, 24)):
        sheet = str(year)
        ws = wb.create_sheet(sheet)
        ws["A1"] = "Kazakhstan political prisoners — solidarity network tracker"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = f"Arrests in {year}. Compiled from Vlast.kz, Radio Azattyq and family contacts."
        header = ["#", "Name", "Born", "Where", "Arrested", "Charged with", "Outcome", "Notes"]
        for c, v in enumerate(header, 1):
            ws.cell(4, c, v).font = Font(bold=True)
        row = 5
        bare_months = 0
        for i in range(1, count + 1):
            name = en_name(rng)
            r = rng.random()
            if r < 0.12:
                where, city, region = rng.choice(SMALL_TOWNS_EN)
            else:
                city = rng.choice(BIG)
                region = PLACES[city][0]
                where = PLACES[city][3]
                if city == "Semey" and rng.random() < 0.5:
                    where = "Semey (then East Kaz. region)"
            arrested = rand_date(rng, date(year, 1, 3), date(year, 12, 20))
            precision = "day"
            style = rng.randrange(6)
            if style == 0:
                arrested_cell = datetime(arrested.year, arrested.month, arrested.day)
            elif style == 1:
                arrested_cell = f"{arrested.day} {EN_MONTHS[arrested.month - 1][:3]} {year}"
            elif style == 2:
                arrested_cell = f"{arrested:%d/%m/%Y}"
            elif style == 3:
                arrested_cell = f"{EN_MONTHS[arrested.month - 1]} {arrested.day}, {year}"
            elif style == 4 and bare_months < 1:
                arrested_cell = EN_MONTHS[arrested.month - 1]
                arrested = arrested.replace(day=1)
                precision = "month"
                bare_months += 1
            else:
                arrested_cell = f"{EN_MONTHS[arrested.month - 1]} {year}"
                arrested = arrested.replace(day=1)
                precision = "month"
            charges = rng.choice(CHARGE_SETS)
            charged_cell = en_article(rng, charges)
            if rng.random() < 0.08:
                charged_cell = f"CAO 488, then {charged_cell}"
            status, months = pick_outcome(rng)
            outcome = en_outcome(rng, status, months)
            if status == "imprisoned" and year == 2021 and rng.random() < 0.35:
                outcome = f"sentenced to {years_months_en(months, rng)}, released on parole 2023"
                status = "released"
            if status == "under_investigation" and rng.random() < 0.5:
                outcome = "15 days administrative arrest"
                status, months = "unknown", None
            if rng.random() < 0.05:
                outcome, status, months = "", "unknown", None
            note, dvk = "", False
            r = rng.random()
            if r < 0.15:
                note, dvk = rng.choice(["DVK activist", "DVK supporter, posted videos of Ablyazov"]), True
            elif r < 0.25:
                note, dvk = rng.choice(["Koshe Party", "Koshe Partiyasy member", "Street Party (Koshe) activist"]), True
            elif r < 0.30:
                note = "DVK?"
            elif r < 0.34:
                note = "not DVK - blogger"
            elif r < 0.42:
                note = f"see row {rng.randrange(5, 5 + count)}"
            elif r < 0.47:
                note = "family asked us not to publish details*"
            birth = rng.randrange(1958, 2002)
            born_cell = birth if rng.random() < 0.75 else f"{rng.randrange(1, 28):02d}.{rng.randrange(1, 13):02d}.{birth}"
            values = [i, name, born_cell, where, arrested_cell, charged_cell, outcome, note]
            for c, v in enumerate(values, 1):
                cell = ws.cell(row, c, v)
                if isinstance(v, datetime):
                    cell.number_format = "D MMM YYYY"
            truth.append(truth_case(file, sheet, row, name, city, region, charges, status, months, arrested, precision,
                                    birth, dvk))
            row += 1
        ws.cell(row, 1, f"Total arrested in {year}: {count}")
        truth.append(truth_other(file, sheet, row))
        row += 2
        ws.cell(row, 1, "* relatives asked us to keep details private; contact the network for more")
        truth.append(truth_other(file, sheet, row))
    _save(wb, folder / file)
    return truth


# --- 3. Kazakh court verdict digest --------------------------------------------------------------------------------
def kk_punishment(rng: random.Random, status: str, months: int | None) -> str:
    if status == "imprisoned":
        ban = ", 5 жыл қоғамдық-саяси қызметпен айналысуға тыйым" if rng.random() < 0.3 else ""
        return f"{years_months_kk(months).strip()} бас бостандығынан айыру{ban}"
    if status == "restricted_freedom":
        return f"{years_months_kk(months).strip()} бас бостандығын шектеу"
    if status == "probation":
        return f"{years_months_kk(months).strip()} шартты түрде бас бостандығынан айыру"
    return {"fined": rng.choice(["1000 АЕК айыппұл", "айыппұл 500 АЕК"]), "acquitted": rng.choice(["ақталды", "ақтау үкімі"]),
            "compulsory_treatment": "мәжбүрлеп емдеу"}[status]


def write_digest(folder: Path) -> list[dict]:
    rng = random.Random(1203)
    file, sheet = FILES[2], "Үкімдер"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Саяси себептермен қудаланғандарға шығарылған сот үкімдерінің дайджесі"
    ws["A2"] = "2021–2023 жж., сот актілерінің банкі бойынша"
    ws["A1"].font = Font(bold=True)
    header = ["Р/с", "Сот", "Үкім күні", "Сотталушы", "Туған жылы", "Бап", "Жаза", "Ескерту"]
    for c, v in enumerate(header, 1):
        ws.cell(4, c, v).font = Font(bold=True)
    truth = []
    row = 5
    n = 0
    for year, count in ((2021, 22), (2022, 22), (2023, 20)):
        ws.cell(row, 1, f"{year} жыл")
        ws.cell(row, 1).font = Font(bold=True)
        truth.append(truth_other(file, sheet, row))
        row += 1
        for _ in range(count):
            n += 1
            court, city, region = rng.choice(COURTS_KK)
            verdict = rand_date(rng, date(year, 1, 10), date(year, 12, 25))
            style = rng.randrange(4)
            if style == 0:
                vcell = datetime(verdict.year, verdict.month, verdict.day)
            elif style == 1:
                vcell = f"{verdict:%d.%m.%Y}"
            elif style == 2:
                vcell = f"{year} жылғы {verdict.day} {KK_MONTHS[verdict.month - 1]}"
            else:
                vcell = f"{verdict.day} {KK_MONTHS[verdict.month - 1]} {year} ж."
            charges = rng.choice(CHARGE_SETS)
            r = rng.random()
            if r < 0.5:
                status, months = "imprisoned", rng.choice([24, 36, 48, 60, 66, 84])
            elif r < 0.68:
                status, months = "restricted_freedom", rng.choice([12, 24, 30, 36])
            elif r < 0.82:
                status, months = "probation", rng.choice([12, 18, 24, 36])
            elif r < 0.91:
                status, months = "fined", None
            elif r < 0.96:
                status, months = "acquitted", None
            else:
                status, months = "compulsory_treatment", None
            name = kk_name(rng)
            birth = rng.randrange(1960, 2001)
            note, dvk = "", False
            r = rng.random()
            if r < 0.15:
                note, dvk = "ҚДТ белсендісі", True
            elif r < 0.25:
                note, dvk = "Көше партиясының жақтасы", True
            elif r < 0.30:
                note = "ҚДТ?"
            elif r < 0.40:
                note = "Апелляциялық алқа үкімді өзгеріссіз қалдырды"
            values = [n, court, vcell, name, birth, kk_article(rng, charges), kk_punishment(rng, status, months), note]
            for c, v in enumerate(values, 1):
                cell = ws.cell(row, c, v)
                if isinstance(v, datetime):
                    cell.number_format = "DD.MM.YYYY"
            truth.append(truth_case(file, sheet, row, name, city, region, charges, status, months, verdict, "day", birth,
                                    dvk))
            row += 1
    row += 1
    ws.cell(row, 1, "Дереккөз: office.sud.kz, сот актілерінің банкі; аты-жөндері өзгертілген")
    truth.append(truth_other(file, sheet, row))
    _save(wb, folder / file)
    return truth


# --- 4. Russian list with hand-wrapped blocks ----------------------------------------------------------------------
RU_MEASURE = {"imprisoned": "лишение свободы", "restricted_freedom": "ограничение свободы", "probation": "условно",
              "fined": "штраф", "pretrial_detention": "содержание под стражей", "house_arrest": "домашний арест",
              "under_investigation": "под следствием", "acquitted": "оправдан", "compulsory_treatment": "принудительное лечение"}


def write_blocks(folder: Path) -> list[dict]:
    rng = random.Random(1204)
    file, sheet = FILES[3], "Список"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Список преследуемых по политическим мотивам (рабочая версия, не для публикации)"
    header = ["№", "ФИО", "Год рождения", "Город", "Статьи УК", "Хронология", "Мера / приговор", "Примечание"]
    for c, v in enumerate(header, 1):
        ws.cell(3, c, v).font = Font(bold=True)
    truth = []
    row = 4
    for n in range(1, 51):
        name = ru_name(rng)
        birth = rng.randrange(1960, 2001)
        city = rng.choice(BIG)
        charges = rng.choice(CHARGE_SETS)
        status, months = pick_outcome(rng)
        if status == "compulsory_treatment":
            status, months = "imprisoned", 60
        detained = rand_date(rng, date(2019, 1, 10), date(2023, 6, 30))
        sentenced = detained + timedelta(days=rng.randrange(60, 240))
        verdict = status in ("imprisoned", "restricted_freedom", "probation", "fined", "acquitted")
        # the block's rows: each a dict column -> value
        rows = [{1: n, 2: name, 3: birth, 4: PLACES[city][1]}, {}, {}]
        # articles: first charge on row 1, the others continue below
        arts = [ru_article(rng, [c]) for c in charges]
        rows[0][5] = arts[0] + ("," if len(arts) > 1 else "")
        for k, a in enumerate(arts[1:], 1):
            rows[k][5] = a
        # chronology: detention, then the verdict; wrapped by hand, sometimes mid-phrase
        chron_style = rng.randrange(3)
        if chron_style == 0:
            rows[0][6] = f"задержан {detained:%d.%m.%Y}"
            if verdict:
                rows[1][6] = f"приговор {sentenced:%d.%m.%Y}"
        elif chron_style == 1:
            rows[0][6] = "задержан"
            rows[1][6] = f"{detained:%d.%m.%Y}" + (f", приговор {sentenced:%d.%m.%Y}" if verdict else "")
        elif verdict:
            rows[0][6] = f"задержан {detained:%d.%m.%Y}, приговор"
            rows[1][6] = f"от {sentenced:%d.%m.%Y}"
        else:
            rows[0][6] = f"задержан {detained:%d.%m.%Y}"
        # measure: with a term, often wrapped onto the next row
        measure = RU_MEASURE[status]
        if months:
            term = f"на {years_months_ru(months, 0)}"
            if rng.random() < 0.6:
                rows[0][7] = measure
                rows[1][7] = term
            else:
                rows[0][7] = f"{measure} {term}"
        else:
            rows[0][7] = measure
        # note, sometimes continued on the last row of the block
        dvk = False
        r = rng.random()
        if r < 0.15:
            rows[0][8] = "член ДВК"
            rows[2][8] = "с 2018 г., вёл чат в Telegram"
            dvk = True
        elif r < 0.25:
            rows[0][8] = "активист Көше партиясы,"
            rows[1][8] = "задерживался на митингах"
            dvk = True
        elif r < 0.30:
            rows[0][8] = "ДВК?"
        elif r < 0.40:
            rows[0][8] = "адвокат по назначению;"
            rows[1][8] = "семья просит не публиковать фото"
        block = [r for r in rows if r]
        started = detained
        for k, cells in enumerate(block):
            for c, v in cells.items():
                ws.cell(row + k, c, v).alignment = Alignment(wrap_text=True)
            if k == 0:
                truth.append(truth_case(file, sheet, row, name, city, PLACES[city][0], charges, status, months, started,
                                        "day", birth, dvk))
            else:
                truth.append(truth_other(file, sheet, row + k))
        row += len(block)
    row += 1
    ws.cell(row, 1, "Список ведёт волонтёрская группа; исправления присылайте в чат")
    truth.append(truth_other(file, sheet, row))
    _save(wb, folder / file)
    return truth


# --- 5. CSV from a Russian Windows Excel ---------------------------------------------------------------------------
CSV_MEASURE = {"imprisoned": ["лишение свободы", "л/св", "реальный срок"], "restricted_freedom": ["ограничение свободы", "о/с"],
               "probation": ["условно", "условный срок"], "fined": ["штраф", "штраф 500 МРП"],
               "pretrial_detention": ["содержание под стражей", "арест (СИЗО)"], "house_arrest": ["домашний арест"],
               "under_investigation": ["подписка о невыезде", "под следствием"], "acquitted": ["оправдан"],
               "compulsory_treatment": ["принудительное лечение"]}
CSV_PLACES = {"Almaty": ["г. Алматы", "Алматы", "г.Алматы"], "Astana": ["г. Нур-Султан", "Нур-Султан", "г. Астана"],
              "Shymkent": ["г. Шымкент", "Шымкент"], "Aktobe": ["г. Актобе"], "Oral": ["г. Уральск", "Уральск"],
              "Semey": ["г. Семей"], "Karaganda": ["г. Караганда"], "Pavlodar": ["г. Павлодар"], "Atyrau": ["г. Атырау"],
              "Taraz": ["г. Тараз"], "Oskemen": ["г. Усть-Каменогорск"], "Taldykorgan": ["г. Талдыкорган"],
              "Zhanaozen": ["г. Жанаозен"], "Konaev": ["г. Капшагай"], "Kostanay": ["г. Костанай"]}


def write_csv(folder: Path) -> list[dict]:
    rng = random.Random(1205)
    file = FILES[4]
    header = ["№ п/п", "ФИО", "Дата рождения", "Населенный пункт", "Статья УК РК", "Мера пресечения / наказание",
              "Срок, мес.", "Дата задержания", "Дата приговора", "Освобожден (да/нет)", "Дата освобождения",
              "ДВК (да/нет)", "Примечание"]
    width = len(header)
    lines = ["Список лиц, подвергшихся уголовному преследованию по политическим мотивам" + ";" * (width - 1),
             "по состоянию на 01.06.2024" + ";" * (width - 1),
             ";".join(header)]
    truth = []
    for n in range(1, 61):
        line_no = len(lines) + 1
        name = ru_name(rng)
        birth_day = rand_date(rng, date(1962, 1, 1), date(2001, 12, 31))
        birth_cell = f"{birth_day:%d.%m.%Y}" if rng.random() < 0.8 else str(excel_serial(birth_day))
        if rng.random() < 0.07:
            city, region = "Shelek", "Almaty Region"
            place = "с. Шелек (Алматинская обл.)"
        else:
            city = rng.choice(list(CSV_PLACES))
            region = PLACES[city][0]
            place = rng.choice(CSV_PLACES[city])
        charges = rng.choice(CHARGE_SETS)
        status, months = pick_outcome(rng)
        measure = rng.choice(CSV_MEASURE[status])
        detained = rand_date(rng, date(2019, 3, 1), date(2023, 10, 1))
        verdict = status in ("imprisoned", "restricted_freedom", "probation", "fined", "acquitted", "compulsory_treatment")
        sentenced = detained + timedelta(days=rng.randrange(45, 220)) if verdict else None

        def cell(d):
            if d is None:
                return ""
            return f"{d:%d.%m.%Y}" if rng.random() < 0.75 else str(excel_serial(d))

        detained_cell = cell(detained) if rng.random() > 0.05 else ""
        started = detained if detained_cell else sentenced
        freed, freed_on = "нет", ""
        if status == "imprisoned" and sentenced and rng.random() < 0.3:
            freed = "да"
            release = min(sentenced + timedelta(days=rng.randrange(200, 900)), date(2024, 5, 20))
            freed_on = cell(release) if rng.random() < 0.8 else ""
            status = "released"
        dvk_cell, dvk = rng.choice([("да", True), ("нет", False), ("нет", False), ("", False), ("", False), ("да?", False)])
        note = ""
        r = rng.random()
        if r < 0.1 and dvk_cell in ("да", ""):
            note, dvk = "участник Коше партиясы", True
        elif r < 0.2:
            note = "адвокат: Иванова Т."
        elif r < 0.25:
            note = "повторное дело"
        values = [str(n), name, birth_cell, place, ru_article(rng, charges), measure,
                  str(months) if months else "", detained_cell, cell(sentenced), freed, freed_on, dvk_cell, note]
        lines.append(";".join(values))
        if started is None:
            precision = ""
        else:
            precision = "day"
        truth.append(truth_case(file, "", line_no, name, city, region, charges, status, months, started, precision,
                                birth_day.year, dvk))
    lines.append(";" * (width - 1))
    lines.append("Итого;60 чел." + ";" * (width - 2))
    truth.append(truth_other(file, "", len(lines)))
    lines.append("Составил: координатор проекта" + ";" * (width - 1))
    truth.append(truth_other(file, "", len(lines)))
    (folder / file).write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251"))
    return truth


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the five lists into `folder`; return the truth, one row per non-blank row below a header."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rows = write_onk(folder) + write_solidarity(folder) + write_digest(folder) + write_blocks(folder) + write_csv(folder)
    truth = pd.DataFrame(rows).reindex(columns=TRUTH_COLUMNS)
    truth["source_sheet"] = truth["source_sheet"].fillna("").astype(str)
    truth["source_row"] = truth["source_row"].astype(int)
    truth["sentence_months"] = truth["sentence_months"].astype("Int64")
    truth["birth_year"] = truth["birth_year"].astype("Int64")
    truth["dvk_koshe"] = truth["dvk_koshe"].fillna(False).astype(bool)
    return truth
