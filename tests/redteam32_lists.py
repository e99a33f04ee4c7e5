"""Red-team set 32: EVERYDAY LISTS, the second generality hold-out (never fixed against).

Written by an outsider who read neither the sample generator, the vocabularies, the cleaner's modules nor
the earlier red-team sets: only SPEC, REFERENCE, the README's input sections and `tests/accuracy.py`.
Five ordinary spreadsheets of the kind NGOs, lawyers and journalists really keep: one header row (a title
and a note above it at most), 10-11 columns, nothing exotic in the layout, but the habits of real people over
many rows. `write_lists(folder)` writes them and returns the truth (one row per non-blank row below a
header). Everything is generated from `random.Random(32)`: the same files and truth on every run.

Files and what each stresses
- `spisok_presledovaniy_2023.xlsx`, sheet `Список` (Russian NGO working list, 88 cases): title and
  "по состоянию на 01.11.2023" above the header; cities written many ways in one column (`г. Алматы`,
  `г.Алматы`, `Алма-Ата`, `АЛМАТЫ`, trailing spaces, Latin look-alike letters inside Cyrillic words, an old
  name, a typo); ditto marks `-//-`, `см. выше`, `то же` in the city, articles and verdict-date columns;
  articles as `ч.2 ст.405 УК РК`, `ст.405 ч.2`, `405 ч.2`, `статья 405 часть 2`, two in a cell, with an
  administrative `ст. 488 КоАП` beside; the measure and term in one cell written many ways (`5 лет л/с`,
  `лишение свободы 5 лет`, `1 год 6 мес. огр. свободы`, `3 г. условно`, `штраф 200 МРП`); dates half date
  cells, half text (`12.03.2021 г.`, `12.03.21`, `12 марта 2021`, `март 2021`); a yes/no DVK column with
  `да`/`нет`/`ДВК`/`Көше`/`ДВК?`; a last column of comments that sometimes says the person was released or
  that the measure changed since (`UPD 17.10.2023: мера изменена на домашний арест`), or names the colony's
  town (`этапирован в колонию г. Павлодар`, no place of the case);
  a note row in the middle, a total row and a footnote at the end.
- `qudalau_tizimi.xlsx`, sheet `Тізім` (Kazakh Cyrillic activists' list, 66 cases): year headings
  (`2021 жыл`) between groups, Kazakh city forms (`Алматы қ.`, `Шымкент қаласы`, `Орал`), articles as
  `405-бап 2-бөлік`, `ҚР ҚК 405-бабы 2-бөлігі`; sentences in Kazakh (`5 жыл бас бостандығынан айыру`,
  `2 жыл шартты түрде`, `айыппұл`); dates as cells, `12.03.2021ж.`, `2021 ж. 12 наурыз`, `наурыз 2021`;
  DVK column `иә`/`жоқ`/`ҚДТ`/`Көше партиясы`/`ҚДТ?`; comments in Kazakh closing with a release verb.
- `tracker_en.xlsx`, sheet `Cases` (a journalist's English tracker, 72 cases): `same` / `ditto` / `"` as
  ditto marks, an outcome column and a term column written apart (`prison` | `5 yrs`) or together in the
  outcome (`5 yrs prison`, term blank), English place spellings (`Nur-Sultan`, `Uralsk`,
  `Ust-Kamenogorsk`, `Alma-Ata`, `Kapchagay`), dates `12 Mar 2021`, `March 12, 2021`, ISO, cells, `Mar 2021`,
  upper-case surnames, a Y/N DVK/Koshe column, comments like `released on parole 3 May 2023` and
  `moved to house arrest 1 May 2023`.
- `advokaty_dela.csv` (a lawyers' collegium working table, UTF-8, comma, 67 cases): a title line above the header
  saying that a blank cell in a group case means "as in the row above"; a 15-digit ERDR number column; group
  cases whose later rows leave place, articles and verdict date blank; a measure of restraint and a verdict
  in two columns (the verdict is the later stage); two dates in one cell (`12.03.2021, повторно
  02.04.2021`); opening-of-case and detention dates.
- `monitoring_oblasti.xlsx`, sheet `Мониторинг` (a regional monitor's table, 82 cases): region
  abbreviations (`ВКО`, `ЗКО`, `СКО`, `Алматинская обл.`) in a region column beside a town column, region
  and town merged vertically over the rows of one town, full dates of birth (cells and text, some `1985
  г.р.`), a sentence column and a "status as of 01.10.2023" column that together give the status
  (`отбывает наказание`, `освобождён`, `на свободе` + `3 года условно`), a legend footnote.

Decisions taken for the truth (each value has one reading under SPEC)
- A ditto mark (`-//-`, `см. выше`, `то же`, `same`, `ditto`, `"`) is the value of the case row directly
  above; a blank cell in the lawyers' CSV's group cases is the value above, as its title line says. Ditto
  marks never stand under a non-case row.
- city/region: the current official English name and current region (Semey -> Abai, Taldykorgan ->
  Jetisu, Kapchagay -> Konaev/Almaty Region, Nur-Sultan -> Astana, Uralsk -> Oral, Petropavlovsk ->
  Petropavl); a region column that gives the region at the time does not change the truth (the city's
  current region). A typo that leaves one town readable (`Петропаловск`, `Карганда`) is that town.
- articles: criminal code only, ascending, part in brackets only where written; the КоАП article left out.
- status: the latest stage named anywhere in the row (verdict over measure; a comment or status cell that
  says the person was released makes them `released`, the term kept; `освобождён` in the monitor's status
  column beside a prison term is released; a comment that the measure changed to house arrest, or that a
  person under investigation was taken into custody, gives the new measure, the later stage). `на свободе`
  (at liberty) beside a suspended sentence, restricted freedom or a fine is that sentence, not `released`:
  those are served at liberty, and nobody left custody. Probation for `условно`/`шартты түрде`/`suspended`.
  A measure before the verdict (custody, house arrest, recognisance) has no term in these lists.
- sentence_months: the term of the sentence (36 for `3 года условно`); none for fines, acquittals,
  measures before a verdict.
- started_on: earliest of detention, opening of the case, verdict, release (release dates, and the dates
  of a changed measure in comments, are always later). A date only in a comment never starts a case (comments' dates are always later than a date
  column's). A partial date is the first day of its month/year, its precision kept; partial dates are
  always earlier than the row's other dates.
- birth_year from a full date of birth, `1985 г.р.`, `1985 (38 лет)`, `b. 1985`; blank where not given.
- dvk_koshe: True only where the DVK column says yes / names DVK or Koshe, or the comment names them as
  the person's tie; `ДВК?`/`ҚДТ?`/`DVK?` is False.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import pandas as pd
from openpyxl import Workbook

CITIES = {  # key: (city, region, ru spellings, kk spellings, en spellings)
    "Almaty": ("Almaty", "Almaty", ["г. Алматы", "Алматы", "г.Алматы", "Алма-Ата", "АЛМАТЫ", "Алматы  "],
               ["Алматы қ.", "Алматы қаласы", "Алматы"], ["Almaty", "Almaty city", "Alma-Ata", "ALMATY"]),
    "Astana": ("Astana", "Astana", ["г. Астана", "Нур-Султан", "Астана", "г. Нур-Султан"],
               ["Астана қ.", "Астана", "Нұр-Сұлтан"], ["Astana", "Nur-Sultan", "Nursultan"]),
    "Shymkent": ("Shymkent", "Shymkent", ["г. Шымкент", "Шымкент", "ШЫМКЕНТ", "Чимкент"],
                 ["Шымкент қ.", "Шымкент қаласы", "Шымкент"], ["Shymkent", "Chimkent"]),
    "Aktobe": ("Aktobe", "Aktobe", ["г. Актобе", "Актобе", "Актюбинск"], ["Ақтөбе", "Ақтөбе қ."],
               ["Aktobe", "Aqtobe"]),
    "Oral": ("Oral", "West Kazakhstan", ["г. Уральск", "Уральск", "Орал"], ["Орал", "Орал қ."], ["Uralsk", "Oral"]),
    "Atyrau": ("Atyrau", "Atyrau", ["г. Атырау", "Атырау"], ["Атырау", "Атырау қ."], ["Atyrau"]),
    "Aktau": ("Aktau", "Mangystau", ["г. Актау", "Актау"], ["Ақтау", "Ақтау қ."], ["Aktau", "Aqtau"]),
    "Zhanaozen": ("Zhanaozen", "Mangystau", ["г. Жанаозен", "Жанаозен"], ["Жаңаөзен"], ["Zhanaozen"]),
    "Taraz": ("Taraz", "Zhambyl", ["г. Тараз", "Тараз"], ["Тараз", "Тараз қ."], ["Taraz"]),
    "Karaganda": ("Karaganda", "Karaganda", ["г. Караганда", "Караганда", "КАРАГАНДА"], ["Қарағанды", "Қарағанды қ."],
                  ["Karaganda", "Karagandy"]),
    "Semey": ("Semey", "Abai", ["г. Семей", "Семей", "Семипалатинск"], ["Семей", "Семей қ."], ["Semey", "Semipalatinsk"]),
    "Oskemen": ("Oskemen", "East Kazakhstan", ["г. Усть-Каменогорск", "Усть-Каменогорск", "Усть-каменогорск"],
                ["Өскемен", "Өскемен қ."], ["Ust-Kamenogorsk", "Oskemen"]),
    "Pavlodar": ("Pavlodar", "Pavlodar", ["г. Павлодар", "Павлодар"], ["Павлодар"], ["Pavlodar"]),
    "Kostanay": ("Kostanay", "Kostanay", ["г. Костанай", "Костанай"], ["Қостанай"], ["Kostanay"]),
    "Kokshetau": ("Kokshetau", "Akmola", ["г. Кокшетау", "Кокшетау"], ["Көкшетау"], ["Kokshetau"]),
    "Petropavl": ("Petropavl", "North Kazakhstan", ["г. Петропавловск", "Петропавловск"], ["Петропавл"],
                  ["Petropavlovsk", "Petropavl"]),
    "Kyzylorda": ("Kyzylorda", "Kyzylorda", ["г. Кызылорда", "Кызылорда"], ["Қызылорда", "Қызылорда қ."], ["Kyzylorda"]),
    "Taldykorgan": ("Taldykorgan", "Jetisu", ["г. Талдыкорган", "Талдыкорган (Алматинская обл.)", "Талдыкорган"],
                    ["Талдықорған"], ["Taldykorgan"]),
    "Konaev": ("Konaev", "Almaty Region", ["г. Капшагай", "Конаев", "г. Конаев (Капшагай)"], ["Қонаев"],
               ["Kapchagay", "Konaev"]),
    "Turkistan": ("Turkistan", "Turkistan", ["г. Туркестан", "Туркестан"], ["Түркістан"], ["Turkestan"]),
    "Zhezkazgan": ("Zhezkazgan", "Ulytau", ["г. Жезказган", "Жезказган"], ["Жезқазған"], ["Zhezkazgan"]),
    "Temirtau": ("Temirtau", "Karaganda", ["г. Темиртау", "Темиртау"], ["Теміртау"], ["Temirtau"]),
}
# weights: the big cities come up more often, as in real lists
CITY_KEYS = list(CITIES)
CITY_W = [14, 10, 8, 5, 5, 4, 3, 3, 3, 4, 4, 3, 3, 2, 2, 2, 2, 3, 2, 2, 2, 2]

TYPOS = {"Petropavl": "Петропаловск", "Karaganda": "Карганда"}  # one defensible town each
LOOKALIKE = str.maketrans({"А": "A", "а": "a", "О": "O", "о": "o", "Е": "E", "е": "e", "Р": "P", "С": "C",
                           "с": "c", "К": "K", "Т": "T", "х": "x"})

ARTICLE_SETS = [[(405, 2)], [(405, 2)], [(405, 2)], [(405, 1)], [(174, 1)], [(174, 2)], [(274, 2)], [(274, 4)],
                [(174, 1), (405, 2)], [(182, 2), (405, 2)], [(380, 1)], [(272, 2)], [(405, None)], [(256, 2)],
                [(179, 2)], [(174, 1), (274, 2)], [(378, None)]]
KINDS = ["imprisoned"] * 7 + ["restricted_freedom"] * 4 + ["probation"] * 4 + ["fined"] * 2 + \
    ["pretrial_detention"] * 2 + ["house_arrest", "under_investigation", "acquitted"] + ["released"] * 3

SURNAMES = ["Абенов", "Жаксылыков", "Сейтказин", "Нурланов", "Касымбеков", "Ермеков", "Тулегенов", "Оспанов",
            "Иванов", "Петренко", "Ким", "Садыков", "Бекмуханов", "Жумабаев", "Мусин", "Сарсенов", "Уразов",
            "Кожахметов", "Алимжанов", "Смагулов", "Федоров", "Шевченко", "Рахимов", "Бейсенов", "Досмагамбетов",
            "Ахметов", "Курманов", "Токтаров", "Исаев", "Мамыров", "Габдуллин", "Карпов", "Юсупов", "Есенов"]
FIRST_M = ["Нурлан", "Ерлан", "Асхат", "Бауыржан", "Серик", "Данияр", "Олжас", "Марат", "Алексей", "Игорь",
           "Руслан", "Тимур", "Жанболат", "Аскар", "Дмитрий", "Канат", "Ержан", "Арман", "Самат", "Вадим"]
FIRST_F = ["Айгуль", "Жанар", "Гульнара", "Динара", "Салтанат", "Ольга", "Елена", "Асель", "Меруерт", "Наталья",
           "Сауле", "Айнур", "Татьяна", "Бота"]
PATR = {"m": ["Серикович", "Маратович", "Ерланович", "Болатович", "Игоревич", "Канатович"],
        "f": ["Сериковна", "Маратовна", "Ерлановна", "Болатовна", "Игоревна", "Канатовна"]}
LAT = str.maketrans({"А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ж": "Zh", "З": "Z", "И": "I",
                     "Й": "I", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R", "С": "S",
                     "Т": "T", "У": "U", "Ф": "F", "Х": "Kh", "Ц": "Ts", "Ч": "Ch", "Ш": "Sh", "Щ": "Shch",
                     "Ы": "Y", "Э": "E", "Ю": "Iu", "Я": "Ia", "а": "a", "б": "b", "в": "v", "г": "g", "д": "d",
                     "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m",
                     "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
                     "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "ь": "", "ъ": "", "э": "e",
                     "ю": "iu", "я": "ia"})

MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
MONTHS_RU_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                 "ноябрь", "декабрь"]
MONTHS_KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def _add_months(d: dt.date, n: int, day: int | None = None) -> dt.date:
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, min(day or d.day, 28))


def _person(rng: random.Random, lo=dt.date(2019, 3, 1), hi=dt.date(2023, 3, 1)) -> dict:
    sex = "f" if rng.random() < 0.25 else "m"
    surname = rng.choice(SURNAMES)
    if sex == "f" and surname[-2:] in ("ов", "ев", "ин"):
        surname += "а"
    first = rng.choice(FIRST_F if sex == "f" else FIRST_M)
    kind = rng.choice(KINDS)
    if kind in ("pretrial_detention", "house_arrest", "under_investigation"):
        lo2 = dt.date(2023, 1, 10)
        detained = lo2 + dt.timedelta(days=rng.randrange(0, 230))
    else:  # a verdict by October 2023; a release (kind released) by September 2023, after the verdict
        hi = dt.date(2022, 3, 1) if kind == "released" else dt.date(2022, 12, 1)
        detained = lo + dt.timedelta(days=rng.randrange(0, (hi - lo).days))
    sentenced = None
    if kind not in ("pretrial_detention", "house_arrest", "under_investigation"):
        sentenced = _add_months(detained, rng.randint(3, 10), rng.randint(1, 28))
    term = {"imprisoned": rng.choice([12, 24, 36, 48, 60, 60, 72, 84, 18, 30, 42]),
            "released": rng.choice([24, 36, 48, 60, 30, 42]),
            "restricted_freedom": rng.choice([12, 24, 36, 24, 18, 60]),
            "probation": rng.choice([12, 24, 36, 24, 48])}.get(kind)
    released = None
    if kind == "released":
        released = _add_months(sentenced, rng.randint(4, 14), rng.randint(1, 28))
        released = min(released, dt.date(2023, 9, rng.randint(1, 28)))
        assert released > sentenced
    city = rng.choices(CITY_KEYS, CITY_W)[0]
    return {"sex": sex, "surname": surname, "first": first, "patronymic": rng.choice(PATR[sex]),
                "birth": dt.date(rng.randint(1958, 2000), rng.randint(1, 12), rng.randint(1, 28)),
                "has_birth": rng.random() < 0.85, "city": city, "articles": rng.choice(ARTICLE_SETS), "kind": kind, "term": term,
                "detained": detained, "sentenced": sentenced, "released": released,
                "dvk": rng.random() < 0.35, "admin": rng.random() < 0.08}


def _articles_truth(arts) -> str:
    return "; ".join(f"{a}({p})" if p else str(a) for a, p in sorted(arts, key=lambda x: (x[0], x[1] or 0)))


def _truth(file, sheet, row, p, *, started, precision, name, dvk, city=None) -> dict:
    key = city or p["city"]
    c = CITIES[key]
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case", "city": c[0], "region": c[1],
                "articles": _articles_truth(p["articles"]), "status": p["kind"], "sentence_months": p["term"],
                "started_on": started.isoformat() if started else "", "started_precision": precision,
                "birth_year": p["birth"].year if p["has_birth"] else None, "dvk_koshe": bool(dvk), "name": name}


def _not_case(file, sheet, row) -> dict:
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case"}


# ---------------------------------------------------------------- date writers (value, date, precision)
def _date_ru(rng, d: dt.date, allow_partial=True, cells=True):
    r = rng.random()
    if cells and r < 0.4:
        return dt.datetime(d.year, d.month, d.day), d, "day"
    forms = [f"{d:%d.%m.%Y}", f"{d:%d.%m.%Y} г.", f"{d:%d.%m.%y}", f"{d.day} {MONTHS_RU[d.month - 1]} {d.year}",
             f"{d:%d.%m.%Y}г", f" {d:%d.%m.%Y} ", f"{d.day} {MONTHS_RU[d.month - 1]} {d.year} г."]
    if allow_partial and rng.random() < 0.12:
        return f"{MONTHS_RU_NOM[d.month - 1]} {d.year}", d.replace(day=1), "month"
    if allow_partial and rng.random() < 0.04:
        return f"{d.year}", d.replace(day=1, month=1), "year"
    return rng.choice(forms), d, "day"


def _date_kk(rng, d: dt.date, allow_partial=True):
    if rng.random() < 0.35:
        return dt.datetime(d.year, d.month, d.day), d, "day"
    if allow_partial and rng.random() < 0.12:
        return f"{MONTHS_KK[d.month - 1]} {d.year}", d.replace(day=1), "month"
    forms = [f"{d:%d.%m.%Y}", f"{d:%d.%m.%Y}ж.", f"{d.year} ж. {d.day} {MONTHS_KK[d.month - 1]}",
             f"{d.day} {MONTHS_KK[d.month - 1]} {d.year} ж.", f"{d:%d.%m.%Y} ж."]
    return rng.choice(forms), d, "day"


def _date_en(rng, d: dt.date, allow_partial=True):
    if rng.random() < 0.3:
        return dt.datetime(d.year, d.month, d.day), d, "day"
    if allow_partial and rng.random() < 0.12:
        return f"{MONTHS_EN[d.month - 1][:3]} {d.year}", d.replace(day=1), "month"
    if allow_partial and rng.random() < 0.04:
        return f"{d.year}", d.replace(day=1, month=1), "year"
    forms = [f"{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}", f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
             d.isoformat(), f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"]
    return rng.choice(forms), d, "day"


def _earliest(*pairs):
    got = [(d, p) for d, p in pairs if d is not None]
    if not got:
        return None, ""
    return min(got, key=lambda x: (x[0], {"year": 0, "month": 1, "day": 2}[x[1]]))


# ---------------------------------------------------------------- articles
def _art_ru(rng, arts, admin):
    def one(a, p):
        if p is None:
            return rng.choice([f"ст.{a}", f"ст. {a} УК РК", f"статья {a}", f"{a} УК"])
        return rng.choice([f"ч.{p} ст.{a} УК РК", f"ст.{a} ч.{p}", f"ст. {a} ч. {p} УК", f"{a} ч.{p}",
                           f"ч. {p} ст. {a}", f"статья {a} часть {p}", f"ст {a} ч {p}"])
    cell = rng.choice([", ", "; ", " и "]).join(one(a, p) for a, p in arts)
    if admin:
        cell += rng.choice([", ст. 488 КоАП", "; 488 КоАП РК (адм.)"])
    return cell


def _art_kk(rng, arts):
    def one(a, p):
        if p is None:
            return rng.choice([f"{a}-бап", f"ҚР ҚК {a}-бабы"])
        return rng.choice([f"{a}-бап {p}-бөлік", f"ҚР ҚК {a}-бабы {p}-бөлігі", f"{a}-баптың {p}-бөлігі",
                           f"ҚК {a}-бап {p}-бөлігі"])
    return ", ".join(one(a, p) for a, p in arts)


def _art_en(rng, arts, admin):
    def one(a, p):
        if p is None:
            return rng.choice([f"Art. {a}", f"Article {a}", f"{a}"])
        return rng.choice([f"Art. {a}({p})", f"{a}({p})", f"Article {a} part {p}", f"Art {a} Part {p}",
                           f"Art. {a} (part {p})"])
    cell = rng.choice([", ", "; ", " & "]).join(one(a, p) for a, p in arts)
    if admin:
        cell += "; CAO 488"
    return cell


# ---------------------------------------------------------------- terms
def _years_ru(m: int) -> str:
    y, mo = divmod(m, 12)
    if mo and y:
        return f"{y} {'год' if y == 1 else 'года' if y < 5 else 'лет'} {mo} мес."
    if mo:
        return f"{mo} мес."
    return f"{y} {'год' if y == 1 else 'года' if 1 < y < 5 else 'лет'}"


def _sentence_ru(rng, p) -> str:
    k, m = p["kind"], p["term"]
    t = _years_ru(m) if m else ""
    if k in ("imprisoned", "released"):
        return rng.choice([f"{t} л/с", f"лишение свободы {t}", f"{t} лишения свободы", f"л/св {t}",
                           f"{t} колонии", f"приговор: {t} л/с", f"осужден, {t} л/с"])
    if k == "restricted_freedom":
        return rng.choice([f"{t} огр. свободы", f"ограничение свободы {t}", f"{t} ограничения свободы",
                           f"огр. своб. {t}", f"огр. св. {t}"])
    if k == "probation":
        return rng.choice([f"{t} условно", f"условно {t}", f"{t} усл.", f"{t} лишения свободы условно"])
    if k == "fined":
        return rng.choice(["штраф 200 МРП", "штраф", "штраф 1000 МРП", "оштрафован"])
    if k == "acquitted":
        return rng.choice(["оправдан", "оправдательный приговор", "оправдана" if p["sex"] == "f" else "оправдан"])
    if k == "pretrial_detention":
        return rng.choice(["под стражей", "в СИЗО", "содержится в СИЗО", "арест (мера пресечения)"])
    if k == "house_arrest":
        return rng.choice(["домашний арест", "под домашним арестом"])
    return rng.choice(["под следствием", "подписка о невыезде", "идёт следствие"])


def _years_kk(m: int) -> str:
    y, mo = divmod(m, 12)
    return f"{y} жыл {mo} ай" if mo and y else (f"{mo} ай" if mo else f"{y} жыл")


def _sentence_kk(rng, p) -> str:
    k, m = p["kind"], p["term"]
    t = _years_kk(m) if m else ""
    if k in ("imprisoned", "released"):
        return rng.choice([f"{t} бас бостандығынан айыру", f"бас бостандығынан айыру, {t}", f"{t} түрме"])
    if k == "restricted_freedom":
        return rng.choice([f"{t} бас бостандығын шектеу", f"бас бостандығын шектеу {t}"])
    if k == "probation":
        return rng.choice([f"{t} шартты түрде", f"шартты түрде {t}"])
    if k == "fined":
        return rng.choice(["айыппұл", "айыппұл 300 АЕК"])
    if k == "acquitted":
        return rng.choice(["ақталды", "сот ақтады"])
    if k == "pretrial_detention":
        return rng.choice(["тергеу изоляторында", "қамауда (СИЗО)"])
    if k == "house_arrest":
        return "үй қамағы"
    return rng.choice(["тергеу жүріп жатыр", "тергеуде"])


def _years_en(m: int) -> str:
    y, mo = divmod(m, 12)
    if y and mo:
        return rng_choice_en(y, mo)
    if mo:
        return f"{mo} mo"
    return f"{y} yrs" if y > 1 else "1 yr"


def rng_choice_en(y, mo):
    return f"{y} yrs {mo} mo" if y > 1 else f"1 yr {mo} mo"


def _outcome_en(rng, p) -> tuple[str, str]:
    """(outcome cell, term cell)"""
    k, m = p["kind"], p["term"]
    t = _years_en(m) if m else ""
    word = {"imprisoned": ["prison", "imprisonment", "jail"], "released": ["prison", "imprisonment"],
            "restricted_freedom": ["restricted freedom", "restriction of freedom"],
            "probation": ["suspended", "suspended sentence", "probation"]}.get(k)
    if word:
        if rng.random() < 0.6:
            return rng.choice(word), t
        return f"{t} {rng.choice(word)}", ""
    return {"fined": rng.choice(["fine", "fined", "fine (200 MCI)"]), "acquitted": "acquitted",
            "pretrial_detention": rng.choice(["pre-trial detention", "in custody pending trial"]),
            "house_arrest": "house arrest", "under_investigation": "under investigation"}[k], \
        rng.choice(["", "—", "n/a"])


# ---------------------------------------------------------------- names
def _name_ru(rng, p) -> str:
    s = p["surname"]
    if rng.random() < 0.2:
        s = s.upper()
    if rng.random() < 0.5:
        return f"{s} {p['first']} {p['patronymic']}"
    return f"{s} {p['first']}" + (" " if rng.random() < 0.1 else "")


def _name_en(rng, p) -> str:
    s, f = p["surname"].translate(LAT), p["first"].translate(LAT)
    return rng.choice([f"{s.upper()} {f}", f"{f} {s}", f"{s}, {f}"])


def _city_ru(rng, p, lookalike=0.08):
    c = rng.choice(CITIES[p["city"]][2])
    if p["city"] in TYPOS and rng.random() < 0.4:
        c = TYPOS[p["city"]]
    if rng.random() < lookalike and not c.startswith("г."):
        c = c[0].translate(LOOKALIKE) + c[1:]
    return c


def _save(wb: Workbook, path: Path):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, dt.datetime):
                    cell.number_format = "DD.MM.YYYY"
    wb.save(path)


# ================================================================= list A: Russian NGO working list
def _list_a(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "spisok_presledovaniy_2023.xlsx", "Список"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["Список лиц, подвергшихся уголовному преследованию по политическим мотивам (рабочий)"])
    ws.append(["по состоянию на 01.11.2023. Составители: волонтёры группы мониторинга"])
    ws.append([])
    ws.append(["№", "ФИО", "Год рожд.", "Город", "Статья УК РК", "Наказание / мера", "Дата задержания",
               "Дата приговора", "ДВК / Көше", "Комментарий"])
    truth, prev, n = [], None, 0
    for i in range(88):
        r = ws.max_row + 1
        if i == 40:
            ws.append(["", "Данные по Шымкенту уточняются у родственников"])
            truth.append(_not_case(file, sheet, r))
            prev = None
            r += 1
        p = _person(rng)
        n += 1
        by = ""
        if p["has_birth"]:
            y = p["birth"].year
            by = rng.choice([y, y, str(y), f"{y} г.р.", f"{y} ({2023 - y} лет)"])
        # city with ditto marks
        if prev is not None and rng.random() < 0.22:
            p["city"] = prev["city"]
            city = rng.choice(["-//-", "см. выше", "-//-", "то же"])
        else:
            city = _city_ru(rng, p)
        if prev is not None and rng.random() < 0.15:
            p["articles"] = prev["articles"]
            p["admin"] = False
            arts = rng.choice(["-//-", "то же", "-//-"])
        else:
            arts = _art_ru(rng, p["articles"], p["admin"])
        det_v, det_d, det_p = _date_ru(rng, p["detained"])
        if rng.random() < 0.06:
            det_v, det_d, det_p = "", None, ""
        sen_v, sen_d = "", None
        if p["sentenced"]:
            if prev is not None and prev.get("sentenced") and prev["sentenced"] > p["detained"] \
                    and rng.random() < 0.2 and p["kind"] != "released":
                p["sentenced"] = prev["sentenced"]
                sen_v, sen_d = rng.choice(["см. выше", "-//-"]), p["sentenced"]
            else:
                sen_v, sen_d, _ = _date_ru(rng, p["sentenced"], allow_partial=False)
        if det_d is None and sen_d is None:
            det_v, det_d, det_p = _date_ru(rng, p["detained"], allow_partial=False)
        sen = _sentence_ru(rng, p)
        comment = ""
        dvk_cell, dvk = "", False
        r2 = rng.random()
        if p["dvk"]:
            dvk_cell, dvk = rng.choice(["да", "Да", "ДВК", "Көше", "да (ДВК)", "сторонник ДВК"]), True
        elif r2 < 0.1:
            dvk_cell = "ДВК?"
        elif r2 < 0.5:
            dvk_cell = rng.choice(["нет", "-", "нет"])
        if p["kind"] == "released":
            rel = p["released"]
            comment = rng.choice([f"освобождён по УДО {rel:%d.%m.%Y}", f"освобожден {rel:%d.%m.%Y} (УДО)",
                                  f"UPD: вышел на свободу {rel:%d.%m.%Y}, освобождён по амнистии"])
        elif p["kind"] == "pretrial_detention" and rng.random() < 0.5:  # the measure changed since
            moved = p["detained"] + dt.timedelta(days=rng.randint(30, 60))
            comment = rng.choice([f"с {moved:%d.%m.%Y} переведён под домашний арест",
                                  f"UPD {moved:%d.%m.%Y}: мера изменена на домашний арест"])
            p["kind"] = "house_arrest"
        elif p["kind"] == "under_investigation" and rng.random() < 0.5:
            moved = p["detained"] + dt.timedelta(days=rng.randint(30, 60))
            comment = f"UPD: {moved:%d.%m.%Y} взят под стражу"
            p["kind"] = "pretrial_detention"
        elif p["kind"] == "imprisoned" and rng.random() < 0.15:
            comment = rng.choice(["этапирован в колонию г. Павлодар", "отбывает в ИК-161 (Заречный)"])
        elif rng.random() < 0.25:
            comment = rng.choice(["апелляция оставила приговор без изменения", "передачи принимают",
                                  "адвокат по соглашению", "семья просит не публиковать адрес",
                                  "письма доходят", "обжалует"])
        ws.append([n, _name_ru(rng, p), by, city, arts, sen, det_v, sen_v, dvk_cell, comment])
        started, prec = _earliest((det_d, det_p or "day"), (sen_d, "day"), (p["released"], "day"))
        truth.append(_truth(file, sheet, r, p, started=started, precision=prec, name=ws.cell(r, 2).value, dvk=dvk))
        prev = p
    r = ws.max_row + 1
    ws.append(["", "Итого", n])
    truth.append(_not_case(file, sheet, r))
    ws.append(["* ДВК — «Демократический выбор Казахстана»; Көше — «Көше партиясы»; -//- — то же, что выше"])
    truth.append(_not_case(file, sheet, r + 1))
    _save(wb, folder / file)
    return truth


# ================================================================= list B: Kazakh activists' list with year headings
def _list_b(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "qudalau_tizimi.xlsx", "Тізім"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["Саяси себептермен қылмыстық қудалауға ұшырағандар тізімі"])
    ws.append(["Р/с", "Аты-жөні", "Туған жылы", "Қала", "ҚК бабы", "Үкім / шара", "Ұсталған күні", "Үкім күні",
               "ҚДТ / Көше партиясы", "Ескерту"])
    people = [_person(rng) for _ in range(66)]
    people.sort(key=lambda p: p["detained"])
    truth, n, year, prev = [], 0, None, None
    for p in people:
        if p["detained"].year != year:
            year = p["detained"].year
            r = ws.max_row + 1
            ws.append(["", f"{year} жыл"])
            truth.append(_not_case(file, sheet, r))
            prev = None
        n += 1
        r = ws.max_row + 1
        by = ""
        if p["has_birth"]:
            by = rng.choice([p["birth"].year, f"{p['birth'].year} ж.т.", str(p["birth"].year)])
        if prev is not None and rng.random() < 0.15:
            p["city"] = prev["city"]
            city = "-//-"
        else:
            city = rng.choice(CITIES[p["city"]][3])
        arts = _art_kk(rng, p["articles"])
        det_v, det_d, det_p = _date_kk(rng, p["detained"])
        sen_v, sen_d = "", None
        if p["sentenced"]:
            sen_v, sen_d, _ = _date_kk(rng, p["sentenced"], allow_partial=False)
        dvk_cell, dvk = "", False
        r2 = rng.random()
        if p["dvk"]:
            dvk_cell, dvk = rng.choice(["иә", "Иә", "ҚДТ", "Көше партиясы", "ҚДТ жақтаушысы"]), True
        elif r2 < 0.1:
            dvk_cell = "ҚДТ?"
        elif r2 < 0.5:
            dvk_cell = "жоқ"
        comment = ""
        if p["kind"] == "released":
            later_year = p["released"].year > p["sentenced"].year  # a year alone must not be the earliest date
            comment = rng.choice([f"{p['released'].year} ж. мерзімінен бұрын шартты түрде босатылды",
                                  f"{p['released'].year} жылы рақымшылық бойынша босатылды"]
                                 if later_year else ["мерзімінен бұрын шартты түрде босатылды", "босатылды"])
        elif rng.random() < 0.25:
            comment = rng.choice(["апелляция үкімді өзгеріссіз қалдырды", "хат жазуға болады",
                                  "отбасы көмек сұрайды", "адвокаты бар"])
        name = f"{p['surname']} {p['first']}" if rng.random() < 0.7 else f"{p['surname']} {p['first']} {p['patronymic']}"
        ws.append([n, name, by, city, arts, _sentence_kk(rng, p), det_v, sen_v, dvk_cell, comment])
        # a release year in a comment is later than the row's dates (never the earliest)
        started, prec = _earliest((det_d, det_p), (sen_d, "day"))
        truth.append(_truth(file, sheet, r, p, started=started, precision=prec, name=name, dvk=dvk))
        prev = p
    r = ws.max_row + 1
    ws.append(["", f"Барлығы: {n} адам"])
    truth.append(_not_case(file, sheet, r))
    _save(wb, folder / file)
    return truth


# ================================================================= list C: a journalist's English tracker
def _list_c(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "tracker_en.xlsx", "Cases"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["Kazakhstan political prosecutions - working tracker"])
    ws.append(["Last updated 15 Oct 2023. 'same' / 'ditto' = as in the row above"])
    ws.append(["#", "Name", "YOB", "City", "Charges", "Outcome", "Term", "Arrested", "Verdict", "DVK/Koshe",
               "Comments"])
    truth, prev = [], None
    for i in range(72):
        p = _person(rng)
        r = ws.max_row + 1
        if prev is not None and rng.random() < 0.18:
            p["city"] = prev["city"]
            city = rng.choice(["same", "ditto", '"'])
        else:
            city = rng.choice(CITIES[p["city"]][4])
        if prev is not None and rng.random() < 0.15:
            p["articles"], p["admin"] = prev["articles"], False
            arts = rng.choice(["same", "ditto"])
        else:
            arts = _art_en(rng, p["articles"], p["admin"])
        outcome, term = _outcome_en(rng, p)
        det_v, det_d, det_p = _date_en(rng, p["detained"])
        sen_v, sen_d = "", None
        if p["sentenced"]:
            sen_v, sen_d, _ = _date_en(rng, p["sentenced"], allow_partial=False)
        dvk_cell, dvk = "", False
        r2 = rng.random()
        if p["dvk"]:
            dvk_cell, dvk = rng.choice(["Y", "Yes", "DVK", "Koshe", "Y (Koshe)"]), True
        elif r2 < 0.08:
            dvk_cell = "DVK?"
        elif r2 < 0.6:
            dvk_cell = rng.choice(["N", "No", "N"])
        comment = ""
        if p["kind"] == "released":
            rel = p["released"]
            comment = rng.choice([f"released on parole {rel.day} {MONTHS_EN[rel.month - 1]} {rel.year}",
                                  f"freed {MONTHS_EN[rel.month - 1][:3]} {rel.year} (parole)",
                                  f"UPDATE: released under amnesty, {MONTHS_EN[rel.month - 1]} {rel.year}"])
        elif p["kind"] == "pretrial_detention" and rng.random() < 0.5:  # the measure changed since
            moved = p["detained"] + dt.timedelta(days=rng.randint(30, 60))
            comment = f"moved to house arrest {moved.day} {MONTHS_EN[moved.month - 1][:3]} {moved.year}"
            p["kind"] = "house_arrest"
        elif rng.random() < 0.25:
            comment = rng.choice(["appeal rejected", "wife gave interview", "hunger strike reported",
                                  "lawyer: Zh. Seitkali", "check with family", "health poor"])
        by = ""
        if p["has_birth"]:
            by = rng.choice([p["birth"].year, p["birth"].year, f"b. {p['birth'].year}"])
        name = _name_en(rng, p)
        ws.append([i + 1, name, by, city, arts, outcome, term, det_v, sen_v, dvk_cell, comment])
        started, prec = _earliest((det_d, det_p), (sen_d, "day"), (p["released"], "day"))
        truth.append(_truth(file, sheet, r, p, started=started, precision=prec, name=name, dvk=dvk))
        prev = p
    r = ws.max_row + 1
    ws.append(["", "TOTAL", 72])
    truth.append(_not_case(file, sheet, r))
    ws.append(["Sources: court hearings, families, Telegram channels. Not for publication."])
    truth.append(_not_case(file, sheet, r + 1))
    _save(wb, folder / file)
    return truth


# ================================================================= list D: a lawyers' collegium CSV with group cases
def _measure_ru(rng, p) -> str:
    k = p["kind"]
    if k in ("pretrial_detention",):
        return rng.choice(["содержание под стражей", "арест", "под стражей"])
    if k == "house_arrest":
        return "домашний арест"
    if k == "under_investigation":
        return "подписка о невыезде"
    return rng.choice(["содержание под стражей", "домашний арест", "подписка о невыезде", "под стражей"])


def _list_d(folder: Path, rng: random.Random) -> list[dict]:
    file = "advokaty_dela.csv"
    lines = [["Рабочая таблица коллегии (пустая ячейка в групповом деле = как в строке выше)"],
             ["№ ЕРДР", "Подзащитный", "Год рождения", "Место", "Статьи обвинения", "Мера пресечения", "Приговор",
              "Дата возбуждения дела", "Дата задержания", "Дата приговора", "Примечание"]]
    truth = []
    count = 0
    while count < 64:
        lead = _person(rng)
        size = rng.choice([1, 1, 1, 2, 3, 4]) if lead["sentenced"] else 1
        erdr = f"{lead['detained'].year % 100:02d}{rng.randint(1000, 9999)}{rng.randint(10000000, 99999999)}"[:15]
        erdr = erdr.ljust(15, "0")
        for j in range(size):
            p = _person(rng) if j else lead
            if j:  # a group case: same place, charges, verdict date and kind of sentence
                p.update(city=lead["city"], articles=lead["articles"], sentenced=lead["sentenced"],
                         admin=False, detained=lead["detained"] + dt.timedelta(days=rng.randint(0, 20)))
                if p["kind"] in ("pretrial_detention", "house_arrest", "under_investigation"):
                    p["kind"] = lead["kind"]
                    p["term"] = lead["term"]
                if p["kind"] == "released" and p.get("released") is None:
                    p["kind"], p["term"] = lead["kind"], lead["term"]
                if p["kind"] == "released":
                    p["released"] = _add_months(p["sentenced"], 5, 10)
            if p["sentenced"] and p["detained"] >= p["sentenced"]:
                p["detained"] = p["sentenced"] - dt.timedelta(days=60)
            charged = p["detained"] - dt.timedelta(days=rng.randint(0, 40))
            count += 1
            by = str(p["birth"].year) if p["has_birth"] else ""
            place = _city_ru(rng, p, lookalike=0.05) if j == 0 else ""
            arts = _art_ru(rng, p["articles"], p["admin"]) if j == 0 else ""
            sen_date = ""
            if p["sentenced"]:
                sen_date = f"{p['sentenced']:%d.%m.%Y}" if j == 0 else ""
            verdict = _sentence_ru(rng, p) if p["sentenced"] else ""
            measure = _measure_ru(rng, p)
            ch_v = rng.choice([f"{charged:%d.%m.%Y}", f"{charged:%d.%m.%Y} г.", ""])
            ch_d = charged if ch_v else None
            det_d = p["detained"]
            det_v = f"{det_d:%d.%m.%Y}"
            if rng.random() < 0.1:
                second = det_d + dt.timedelta(days=rng.randint(10, 40))
                det_v = f"{det_d:%d.%m.%Y}, повторно {second:%d.%m.%Y}"
            note = ""
            if p["kind"] == "released":
                note = rng.choice([f"освобождён по УДО {p['released']:%d.%m.%Y}",
                                   f"освобождена по амнистии {p['released']:%d.%m.%Y}" if p["sex"] == "f"
                                   else f"освобождён по амнистии {p['released']:%d.%m.%Y}"])
            elif rng.random() < 0.2:
                note = rng.choice(["жалоба в апелляцию подана", "ознакомление с делом", "ходатайство отклонено",
                                   "ждём апелляцию"])
            name = _name_ru(rng, p)
            lines.append([erdr if j == 0 else "", name, by, place, arts, measure, verdict, ch_v, det_v, sen_date, note])
            started, prec = _earliest((ch_d, "day"), (det_d, "day"), (p["sentenced"], "day"))
            truth.append(_truth(file, "", len(lines), p, started=started, precision=prec, name=name.strip(),
                                dvk=False))
    lines.append(["", "Всего подзащитных: " + str(count)])
    truth.append(_not_case(file, "", len(lines)))
    with open(folder / file, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(lines)
    return truth


# ================================================================= list E: a regional monitor with merged regions and towns
REGION_RU = {"Almaty": "г. Алматы", "Astana": "г. Астана", "Shymkent": "г. Шымкент", "Aktobe": "Актюбинская обл.",
             "Oral": "ЗКО", "Atyrau": "Атырауская обл.", "Aktau": "Мангистауская обл.", "Zhanaozen": "Мангистауская обл.",
             "Taraz": "Жамбылская обл.", "Karaganda": "Карагандинская обл.", "Semey": "ВКО", "Oskemen": "ВКО",
             "Pavlodar": "Павлодарская обл.", "Kostanay": "Костанайская обл.", "Kokshetau": "Акмолинская обл.",
             "Petropavl": "СКО", "Kyzylorda": "Кызылординская обл.", "Taldykorgan": "Алматинская обл.",
             "Konaev": "Алматинская обл.", "Turkistan": "Туркестанская обл.", "Zhezkazgan": "Карагандинская обл.",
             "Temirtau": "Карагандинская обл."}


def _status_e(rng, p) -> tuple[str, str]:
    """(sentence cell, status-as-of cell)"""
    k, m = p["kind"], p["term"]
    t = _years_ru(m) if m else ""
    if k == "imprisoned":
        return rng.choice([f"{t} л/с", f"лишение свободы {t}"]), rng.choice(["отбывает наказание", "отбывает", "в колонии"])
    if k == "released":
        return rng.choice([f"{t} л/с", f"лишение свободы {t}"]), rng.choice(["освобождён", "освобожден (УДО)", "освобождён по амнистии"])
    if k == "restricted_freedom":
        return rng.choice([f"{t} огр. свободы", f"ограничение свободы {t}"]), rng.choice(["на свободе", "отбывает"])
    if k == "probation":
        return rng.choice([f"{t} условно", f"{t} лишения свободы условно"]), "на свободе"
    if k == "fined":
        return "штраф", rng.choice(["на свободе", "штраф оплачен"])
    if k == "acquitted":
        return "оправдан", "на свободе"
    if k == "pretrial_detention":
        return "", rng.choice(["под стражей", "в СИЗО"])
    if k == "house_arrest":
        return "", "под домашним арестом"
    return "", rng.choice(["идёт следствие", "под следствием"])


def _list_e(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "monitoring_oblasti.xlsx", "Мониторинг"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["Мониторинг уголовных дел по политическим мотивам в регионах"])
    ws.append(["Статус указан на 01.10.2023"])
    ws.append(["№ п/п", "Ф.И.О.", "Дата рождения", "Область", "Населённый пункт", "Ст. УК РК", "Наказание",
               "Дата ареста", "Статус на 01.10.2023", "Прим."])
    people = [_person(rng) for _ in range(82)]
    people.sort(key=lambda p: (REGION_RU[p["city"]], p["city"]))
    truth, n, i = [], 0, 0
    while i < len(people):
        group = [q for q in people[i:] if q["city"] == people[i]["city"]]
        start = ws.max_row + 1
        for k, p in enumerate(group):
            n += 1
            r = ws.max_row + 1
            bd = ""
            if p["has_birth"]:
                b = p["birth"]
                bd = rng.choice([dt.datetime(b.year, b.month, b.day), f"{b:%d.%m.%Y}", f"{b.year} г.р.",
                                 dt.datetime(b.year, b.month, b.day)])
            sen, status = _status_e(rng, p)
            det_v, det_d, det_p = _date_ru(rng, p["detained"])
            note = ""
            if p["dvk"] and rng.random() < 0.5:
                note = rng.choice(["активист ДВК", "сторонник «Көше партиясы»", "связан с ДВК"])
            elif rng.random() < 0.1:
                note = "предположительно ДВК"
            elif rng.random() < 0.15:
                note = rng.choice(["журналист", "блогер", "пенсионер", "многодетная мать" if p["sex"] == "f" else "инвалид 2 гр."])
            dvk = note in ("активист ДВК", "сторонник «Көше партиясы»", "связан с ДВК")
            p["dvk"] = dvk
            region = REGION_RU[p["city"]] if k == 0 else None
            city = _city_ru(rng, p) if k == 0 else None
            ws.append([n, _name_ru(rng, p), bd, region, city, _art_ru(rng, p["articles"], p["admin"]), sen, det_v,
                       status, note])
            started, prec = _earliest((det_d, det_p),)
            p_sent = p["sentenced"]  # the monitor gives no verdict date
            assert p_sent is None or p_sent > det_d
            truth.append(_truth(file, sheet, r, p, started=started, precision=prec, name=ws.cell(r, 2).value, dvk=dvk))
        end = ws.max_row
        if end > start:
            ws.merge_cells(start_row=start, start_column=4, end_row=end, end_column=4)
            ws.merge_cells(start_row=start, start_column=5, end_row=end, end_column=5)
        i += len(group)
    r = ws.max_row + 1
    ws.append(["Примечание: л/с — лишение свободы; огр. свободы — ограничение свободы; УДО — условно-досрочное освобождение"])
    truth.append(_not_case(file, sheet, r))
    _save(wb, folder / file)
    return truth


COLUMNS = ["source_file", "source_sheet", "source_row", "kind", "city", "region", "articles", "status",
           "sentence_months", "started_on", "started_precision", "birth_year", "dvk_koshe", "name"]


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the five lists into `folder`; return the truth (one row per non-blank row below a header)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(32)
    rows = []
    for make in (_list_a, _list_b, _list_c, _list_d, _list_e):
        rows += make(folder, rng)
    truth = pd.DataFrame(rows).reindex(columns=COLUMNS)
    truth["source_sheet"] = truth["source_sheet"].fillna("")
    truth["sentence_months"] = truth["sentence_months"].astype("Int64")
    truth["birth_year"] = truth["birth_year"].astype("Int64")
    truth["dvk_koshe"] = truth["dvk_koshe"].fillna(False).astype(bool)
    assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()
    return truth
