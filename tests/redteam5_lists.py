"""Red-team set 5: lists in layouts copied from HRW / Amnesty annexes and an OVD-Info-style export.

Written by an outsider to the cleaner (without reading its vocabularies, header aliases, the
sample generator or the earlier red-team sets), to measure how it does on wordings nobody on the
project wrote. Every name is invented; everything is generated deterministically from one seed.

Files (about 330 case rows in all):

- ``hrw_annex_kazakhstan_2021.xlsx``
  - sheet ``Annex I``: an HRW-style annex table. Two title rows, a blank row, a header over two
    rows (``Dates`` merged over ``Arrest / charge`` and ``Verdict``), section headings merged across
    the table (``A. Koshe Partiyasy (Street Party)``, ``B. Democratic Choice of Kazakhstan (DVK)``,
    ``C. Other cases``), a person with two cases has Name and Year of birth merged vertically over
    both rows, a note row inside the table (``Note: Nos. 37 and 38 were tried together ...``), a
    ``Total`` row and three footnotes. English wordings: ``Art. 405(2)``, ``Article 174 part 1 and
    Article 405 part 2``, ``Art. 405(2) (participation in a banned extremist organization)``,
    ``Criminal Code art. ...`` plus administrative
    charges written ``Code of Administrative Offences art. 488``; statuses as people write them
    (``Serving sentence in penal colony``, ``Convicted`` + a sentence, ``Under investigation,
    travel ban``); locations with old names and old regions (``Kapshagay, Almaty region``,
    ``Semey (East Kazakhstan region)``, ``Nur-Sultan``, ``Uralsk``, a footnote marker ``Almaty*``);
    dates as date cells, Excel
    serial numbers, ``22 May 2020``, ``May 22, 2020``, ``May 2020``, ``2019`` and cells with two
    dates (``Arrested 22.05.2020; charged 03.06.2020``); affiliation only in the narrative
    ``Details`` column.
  - sheet ``Released``: people released by 30 June 2021. No status column: the title row says they
    are released, and the ``Released on`` and ``Grounds for release`` columns say so; the
    ``Sentence`` column gives the ORIGINAL sentence (``4 years in prison``). Ages, not years of birth.
- ``amnesty_kazakhstan_update_2022.csv`` (UTF-8 with BOM, comma): an Amnesty-style table with a
  title line and an index line above the header, a ``Born`` column (``1985``, ``b. 1979``,
  ``18.04.1987``), ``City / region``, ``Status (as of 1 March 2022)``, names partly written
  ``SURNAME Firstname`` and some withheld (``Name withheld at the family's request``, still cases),
  a section line in the middle for people released since the previous update,
  a total line and footnote lines at the end.
- ``ovd_kz_prosecutions_export.csv`` (UTF-8, no BOM, ``;``): an OVD-Info-style export, one row per
  prosecution of one person, some people on two rows. Russian headers ``ФИО``, ``Год рождения``,
  ``Пол``, ``Регион``, ``Город``, ``Статьи``, ``Текущий статус``, ``Дата возбуждения дела``,
  ``Дата задержания``, ``Дата приговора``, ``Дата освобождения``, ``Приговор``, ``Тема``,
  ``Связь с организацией``, ``Ссылка``. ``Регион`` holds the region AS IT WAS at the event
  (``Алматинская область`` for Taldykorgan in 2020), ``Город`` the town; for the three cities of
  republican significance ``Город`` is often blank and ``Регион`` is ``г. Алматы``.
- ``ovd_kz_archive_closed.csv`` (cp1251, tab-separated): an OVD-style archive export of
  prosecutions that ended (released, acquitted, sentences served), with a one-line note above the
  header and a ``Итого`` line at the end; the outcome column is headed ``Итог`` and the sentence
  column gives the sentence that was served. Release dates agree with the wording (a term served
  ends at arrest + term; УДО / amnesty / early release come earlier).

Decisions taken for the truth (each value has one reading under the README):

- city: the current official English name; region: the CURRENT region of that city (Semey -> Abai,
  Taldykorgan -> Jetisu, Zhezkazgan -> Ulytau, Kapshagay -> Konaev / Almaty Region), whatever
  region the list names for the time of the event. Where a row gives only a region (OVD rows with a
  blank ``Город``): city empty, region that region; only regions that were not split are used
  there. A city of republican significance is its own region.
- articles: Criminal Code only, ascending, ``405(2)``, part only where given; administrative
  charges are left out.
- status: the latest stage. The ``Released`` sheet, the Amnesty released section and the OVD
  archive are ``released`` (or ``acquitted`` where the row says so) even where the sentence cell
  gives a prison term; "Convicted" plus a sentence reads as that sentence; ``лишения свободы
  условно`` and ``suspended`` are ``probation``; parole / УДО is ``released``; a status cell that
  says nothing (``No information``, ``—``, blank with no sentence) is ``unknown``.
- sentence_months: the main term of the sentence or measure; an additional ban on activity
  (``and 3-year ban on political activity``) is not the term; released rows keep the term of the
  sentence they served; fines, acquittals, detention and investigation without a term: empty.
- started_on: the earliest of all dates in the row's date columns (arrest, charge / opening of the
  case, verdict, release), a cell with two dates giving its earliest; a partial date is the first
  day of its month or year with that precision. Partial dates are only used where they fall in an
  earlier month (or year) than every other date of the row, so the earliest is never in doubt.
- birth_year: from year-of-birth / ``Born`` / ``Год рождения`` cells (a full date of birth gives
  its year); an ``Age`` column gives no birth year (empty), since age at an unknown date is not a
  year of birth.
- dvk_koshe: True only where the row itself names DVK / Koshe Partiyasy (the narrative, the
  ``Связь с организацией`` or ``Тема`` column); a negation (``No known link to DVK``) and a doubt
  (``ДВК?``) are False; rows under the DVK / Koshe section headings always also name the group in
  their own Details, so the headings never decide.
- kind: every non-blank row below the header row that is not a case (section headings, totals,
  footnotes, notes) is ``not_a_case``; title rows above the header and the second header row are
  not counted.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

SEED = 5
TRUTH_COLUMNS = ["source_file", "source_sheet", "source_row", "kind", "city", "region", "articles", "status",
                 "sentence_months", "started_on", "started_precision", "birth_year", "dvk_koshe", "name"]

# city -> (region now, English spellings, Russian spellings, Russian region at the time of the event (pre-2022))
CITIES = {
    "Almaty": ("Almaty", ["Almaty", "Almaty city", "Alma-Ata"], ["г. Алматы", "Алматы", "Алма-Ата"], "г. Алматы"),
    "Astana": ("Astana", ["Nur-Sultan", "Nur-Sultan (Astana)", "Astana"], ["Нур-Султан", "г. Нур-Султан", "Нурсултан"], "г. Нур-Султан"),
    "Shymkent": ("Shymkent", ["Shymkent", "Chimkent"], ["Шымкент", "г. Шымкент"], "г. Шымкент"),
    "Oral": ("West Kazakhstan", ["Uralsk", "Oral (Uralsk)", "Oral"], ["Уральск", "г. Уральск"], "Западно-Казахстанская область"),
    "Oskemen": ("East Kazakhstan", ["Ust-Kamenogorsk", "Oskemen"], ["Усть-Каменогорск"], "Восточно-Казахстанская область"),
    "Semey": ("Abai", ["Semey", "Semey (East Kazakhstan region)", "Semipalatinsk"], ["Семей", "Семипалатинск"], "Восточно-Казахстанская область"),
    "Konaev": ("Almaty Region", ["Kapshagay", "Kapshagay, Almaty region", "Konaev (Kapshagay)"], ["Капшагай", "Конаев"], "Алматинская область"),
    "Taldykorgan": ("Jetisu", ["Taldykorgan"], ["Талдыкорган"], "Алматинская область"),
    "Zhezkazgan": ("Ulytau", ["Zhezkazgan"], ["Жезказган"], "Карагандинская область"),
    "Aktobe": ("Aktobe", ["Aktobe"], ["Актобе"], "Актюбинская область"),
    "Atyrau": ("Atyrau", ["Atyrau"], ["Атырау"], "Атырауская область"),
    "Karaganda": ("Karaganda", ["Karaganda"], ["Караганда"], "Карагандинская область"),
    "Pavlodar": ("Pavlodar", ["Pavlodar"], ["Павлодар"], "Павлодарская область"),
    "Kostanay": ("Kostanay", ["Kostanay"], ["Костанай"], "Костанайская область"),
    "Aktau": ("Mangystau", ["Aktau"], ["Актау"], "Мангистауская область"),
    "Zhanaozen": ("Mangystau", ["Zhanaozen"], ["Жанаозен"], "Мангистауская область"),
    "Petropavl": ("North Kazakhstan", ["Petropavlovsk"], ["Петропавловск"], "Северо-Казахстанская область"),
    "Taraz": ("Zhambyl", ["Taraz"], ["Тараз"], "Жамбылская область"),
    "Kokshetau": ("Akmola", ["Kokshetau"], ["Кокшетау"], "Акмолинская область"),
    "Kyzylorda": ("Kyzylorda", ["Kyzylorda"], ["Кызылорда"], "Кызылординская область"),
}
CITY_WEIGHTS = {"Almaty": 6, "Astana": 6, "Shymkent": 4, "Oral": 2, "Oskemen": 2, "Semey": 2, "Konaev": 2,
                "Taldykorgan": 2, "Zhezkazgan": 1, "Aktobe": 2, "Atyrau": 2, "Karaganda": 2, "Pavlodar": 1,
                "Kostanay": 1, "Aktau": 1, "Zhanaozen": 1, "Petropavl": 1, "Taraz": 1, "Kokshetau": 1, "Kyzylorda": 1}
# regions that were not split, for OVD rows that give a region and no town
NEW_REGIONS_RU = {"Taldykorgan": "область Жетісу", "Semey": "область Абай", "Zhezkazgan": "область Ұлытау"}
REGION_ONLY = {"Мангистауская область": "Mangystau", "Павлодарская область": "Pavlodar", "Актюбинская область": "Aktobe"}

MALE_LAT = ["Yerlan", "Nurlan", "Daulet", "Askhat", "Marat", "Serik", "Bauyrzhan", "Zhanibek", "Timur", "Oleg",
            "Sergei", "Dmitry", "Arman", "Kairat", "Ruslan", "Aibek", "Yerzhan", "Viktor", "Azamat", "Rustam"]
FEMALE_LAT = ["Aigerim", "Dinara", "Gulnar", "Saule", "Zhanar", "Elena", "Olga", "Aliya", "Madina", "Asel",
              "Natalia", "Bayan", "Kamila", "Ainur", "Svetlana"]
SURNAME_LAT = ["Kassymov", "Abdrakhmanov", "Sarsenbayev", "Nurpeisov", "Zhaksylykov", "Ivanenko", "Petrov",
               "Tulegenov", "Baimukhanov", "Ospanov", "Kudaibergenov", "Sokolov", "Yessenov", "Mukashev",
               "Orazbayev", "Kim", "Tokhtarov", "Amanzholov", "Shevchuk", "Dzhaksybekov", "Rakhimov", "Galiev"]
MALE_CYR = ["Ерлан", "Нурлан", "Даулет", "Асхат", "Марат", "Серик", "Бауыржан", "Жанибек", "Тимур", "Олег",
            "Сергей", "Дмитрий", "Арман", "Кайрат", "Руслан", "Айбек", "Ержан", "Виктор", "Азамат", "Рустам"]
FEMALE_CYR = ["Айгерим", "Динара", "Гульнар", "Сауле", "Жанар", "Елена", "Ольга", "Алия", "Мадина", "Асель",
              "Наталья", "Баян", "Камила", "Айнур", "Светлана"]
SURNAME_CYR = ["Касымов", "Абдрахманов", "Сарсенбаев", "Нурпеисов", "Жаксылыков", "Иваненко", "Петров",
               "Тулегенов", "Баймуханов", "Оспанов", "Кудайбергенов", "Соколов", "Есенов", "Мукашев",
               "Оразбаев", "Ким", "Тохтаров", "Аманжолов", "Шевчук", "Джаксыбеков", "Рахимов", "Галиев"]
PATRONYMIC_CYR = ["Серикович", "Маратович", "Нурланович", "Ерланович", "Кайратович", "Сергеевич", "Болатович"]

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]
RU_MONTHS_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                 "ноябрь", "декабрь"]

# charge sets: (article, part or None); weights favour 405
CHARGE_SETS = [([(405, 2)], 10), ([(405, 1)], 4), ([(174, 1)], 4), ([(174, 2)], 1), ([(274, 2)], 3),
               ([(274, 4)], 2), ([(182, 2), (405, 2)], 2), ([(174, 1), (405, 2)], 2), ([(179, None)], 1),
               ([(258, None)], 1), ([(272, 2)], 2), ([(380, 1)], 1), ([(378, 1)], 1), ([(174, 1), (274, 2)], 1)]
DVK_CHARGES = [c for c in CHARGE_SETS if any(a == 405 for a, _ in c[0]) or c[0] in ([(182, 2), (405, 2)],)]
OTHER_CHARGES = [c for c in CHARGE_SETS if not any(a == 405 for a, _ in c[0])]


def _pick(rng: random.Random, weighted):
    items, weights = zip(*weighted)
    return rng.choices(items, weights=weights, k=1)[0]


def _city(rng: random.Random) -> str:
    return _pick(rng, list(CITY_WEIGHTS.items()))


def _fmt_articles(arts) -> str:
    return "; ".join(f"{a}({p})" if p else str(a) for a, p in sorted(arts, key=lambda x: (x[0], x[1] or 0)))


def _add_days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def _date_between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return _add_days(start, rng.randrange((end - start).days + 1))


# ----------------------------------------------------------------- wordings

ART_WORDS_EN = {(405, 1): "organizing the activity of a banned extremist organization",
                (405, 2): "participation in a banned extremist organization", (174, None): "inciting discord",
                (274, None): "spreading false information", (182, None): "participation in an extremist group",
                (179, None): "calls to seize power", (258, None): "financing extremism", (272, None): "mass riots",
                (380, None): "violence against a police officer", (378, None): "insulting a representative of authority"}


def _art_en(rng: random.Random, arts, admin: bool) -> str:
    def one(a, p, style):
        if style == 0:
            return f"Art. {a}({p})" if p else f"Art. {a}"
        if style == 1:
            return f"Article {a} part {p}" if p else f"Article {a}"
        if style == 2:
            return f"Criminal Code art. {a}({p})" if p else f"Criminal Code art. {a}"
        if style == 3:
            return f"Art. {a}, part {p}" if p else f"Art. {a}"
        what = ART_WORDS_EN[(a, p)] if (a, p) in ART_WORDS_EN else ART_WORDS_EN[(a, None)]
        return f"Art. {a}({p}) ({what})" if p else f"Art. {a} ({what})"
    style = rng.randrange(5)
    parts = [one(a, p, style) for a, p in arts]
    text = " and ".join(parts) if rng.random() < 0.5 else "; ".join(parts)
    if admin:
        text += "; Code of Administrative Offences art. 488"
    return text


def _art_ru(rng: random.Random, arts, admin: bool) -> str:
    def one(a, p, style):
        if style == 0:
            return f"ч. {p} ст. {a} УК РК" if p else f"ст. {a} УК РК"
        if style == 1:
            return f"ст. {a} ч. {p}" if p else f"ст. {a}"
        if style == 2:
            return f"{a} ч.{p}" if p else f"{a}"
        return f"ч.{p} ст.{a}" if p else f"ст.{a}"
    style = rng.randrange(4)
    text = ", ".join(one(a, p, style) for a, p in arts)
    if style == 2 and len(arts) > 1:
        text = "; ".join(one(a, p, style) for a, p in arts)
    if style == 2:
        text = "УК РК: " + text
    if admin:
        text += "; ст. 488 КоАП РК"
    return text


def _years_en(months: int) -> str:
    y, m = divmod(months, 12)
    out = []
    if y:
        out.append(f"{y} year" + ("s" if y > 1 else ""))
    if m:
        out.append(f"{m} months")
    return " ".join(out)


def _years_ru(months: int) -> str:
    y, m = divmod(months, 12)
    out = []
    if y:
        out.append(f"{y} " + ("год" if y == 1 else "года" if y in (2, 3, 4) else "лет"))
    if m:
        out.append(f"{m} " + ("месяца" if m in (2, 3, 4) else "месяцев"))
    return " ".join(out)


STATUS_WEIGHTS = [("imprisoned", 9), ("restricted_freedom", 8), ("probation", 4), ("fined", 2),
                  ("pretrial_detention", 3), ("house_arrest", 2), ("under_investigation", 4),
                  ("compulsory_treatment", 1), ("acquitted", 1), ("unknown", 1)]
TERMS = {"imprisoned": [18, 24, 30, 36, 48, 60, 84, 96], "restricted_freedom": [12, 18, 24, 36, 48],
         "probation": [12, 24, 36]}


def _status_en(rng: random.Random, status: str, months) -> tuple[str, str]:
    """(status cell, sentence cell) in English."""
    if status == "imprisoned":
        sent = rng.choice([f"{_years_en(months)} in prison", f"{_years_en(months)} imprisonment",
                           f"{_years_en(months)} in a general-regime penal colony"])
        st = rng.choice(["In prison", "Serving sentence in penal colony", "Imprisoned", "Behind bars", "Convicted"])
        return st, sent
    if status == "restricted_freedom":
        sent = f"{_years_en(months)} of restricted freedom"
        if rng.random() < 0.35:
            sent += f" and {rng.choice([2, 3, 5])}-year ban on political activity"
        return rng.choice(["Restricted freedom", "Serving restricted freedom", "Convicted", "Convicted"]), sent
    if status == "probation":
        sent = rng.choice([f"{_years_en(months)} suspended", f"{_years_en(months)} probation",
                           f"Suspended sentence of {_years_en(months)}"])
        return rng.choice(["Suspended sentence", "Convicted", "On probation"]), sent
    if status == "fined":
        return rng.choice(["Fined", "Convicted"]), rng.choice(["Fine of 200 MCI", "Fine of 1,000 MCI", "Fine (KZT 2.9 million)"])
    if status == "pretrial_detention":
        return rng.choice(["In pretrial detention", "Detained, awaiting trial", "In custody awaiting trial"]), ""
    if status == "house_arrest":
        return rng.choice(["Under house arrest", "House arrest"]), ""
    if status == "under_investigation":
        return rng.choice(["Under investigation", "Under investigation, travel ban", "Criminal investigation ongoing"]), ""
    if status == "compulsory_treatment":
        return rng.choice(["Forced psychiatric treatment", "Compulsory psychiatric treatment"]), ""
    if status == "acquitted":
        return rng.choice(["Acquitted", "Acquitted on appeal"]), ""
    if status == "unknown":
        return rng.choice(["No information", "—", ""]), ""
    raise ValueError(status)


def _status_ru(rng: random.Random, status: str, months) -> tuple[str, str]:
    if status == "imprisoned":
        sent = rng.choice([f"{_years_ru(months)} лишения свободы", f"лишение свободы сроком на {_years_ru(months)}",
                           f"{_years_ru(months)} колонии общего режима"])
        return rng.choice(["Лишение свободы", "Отбывает наказание в колонии", "В колонии", "Осуждён"]), sent
    if status == "restricted_freedom":
        sent = f"ограничение свободы на {_years_ru(months)}"
        if rng.random() < 0.35:
            sent += f", запрет на общественно-политическую деятельность {rng.choice(['2 года', '3 года', '5 лет'])}"
        return rng.choice(["Ограничение свободы", "Отбывает ограничение свободы", "Осуждён"]), sent
    if status == "probation":
        sent = rng.choice([f"{_years_ru(months)} условно", f"условный срок {_years_ru(months)}",
                           f"{_years_ru(months)} лишения свободы условно"])
        return rng.choice(["Условный срок", "Осуждён условно", "Осуждён"]), sent
    if status == "fined":
        return rng.choice(["Штраф", "Осуждён"]), rng.choice(["штраф 200 МРП", "штраф 500 000 тенге", "штраф в размере 1000 МРП"])
    if status == "pretrial_detention":
        return rng.choice(["В СИЗО", "Под стражей", "Заключён под стражу"]), ""
    if status == "house_arrest":
        return rng.choice(["Домашний арест", "Под домашним арестом"]), ""
    if status == "under_investigation":
        return rng.choice(["Под следствием", "Под следствием, подписка о невыезде", "Идёт следствие"]), ""
    if status == "compulsory_treatment":
        return rng.choice(["Принудительное лечение", "Направлен на принудительное лечение"]), ""
    if status == "acquitted":
        return rng.choice(["Оправдан", "Оправдан судом"]), ""
    if status == "unknown":
        return rng.choice(["Нет данных", "—", ""]), ""
    raise ValueError(status)


def _date_en(rng: random.Random, d: dt.date, prec: str, cells: bool):
    if prec == "year":
        return str(d.year) if rng.random() < 0.5 or not cells else d.year
    if prec == "month":
        return f"{EN_MONTHS[d.month - 1]} {d.year}"
    choices = ["dmy", "mdy", "dot", "iso"] + (["cell", "cell", "cell", "serial"] if cells else [])
    style = rng.choice(choices)
    if style == "cell":
        return dt.datetime(d.year, d.month, d.day)
    if style == "serial":
        return (d - dt.date(1899, 12, 30)).days
    if style == "dmy":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    if style == "mdy":
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    return d.isoformat()


def _date_ru(rng: random.Random, d: dt.date, prec: str) -> str:
    if prec == "year":
        return rng.choice([str(d.year), f"{d.year} г."])
    if prec == "month":
        return f"{RU_MONTHS_NOM[d.month - 1]} {d.year}"
    style = rng.choice(["dot", "dot", "dot", "dotg", "iso", "words"])
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dotg":
        return d.strftime("%d.%m.%Y") + " г."
    if style == "iso":
        return d.isoformat()
    return f"{d.day} {RU_MONTHS_GEN[d.month - 1]} {d.year}"


def _first_day(d: dt.date, prec: str) -> dt.date:
    if prec == "year":
        return dt.date(d.year, 1, 1)
    if prec == "month":
        return dt.date(d.year, d.month, 1)
    return d


def _started(dates: list[tuple[dt.date, str]]) -> tuple[str, str]:
    dates = [(_first_day(d, p), p) for d, p in dates if d is not None]
    if not dates:
        return "", ""
    d, p = min(dates, key=lambda x: x[0])
    return d.isoformat(), p


# ----------------------------------------------------------------- one case

def _case(rng: random.Random, *, group: str, status: str | None, as_of: dt.date, first: dt.date) -> dict:
    """A case's facts. group: koshe, dvk or other. Dates are placed so that the status holds on as_of."""
    arts = list(_pick(rng, DVK_CHARGES if group in ("koshe", "dvk") else OTHER_CHARGES))
    status = status or _pick(rng, STATUS_WEIGHTS)
    months = rng.choice(TERMS[status]) if status in TERMS else None
    start_lo = first
    arrest = _date_between(rng, start_lo, _add_days(as_of, -200))
    prec = "day"
    r = rng.random()
    if r < 0.10:
        prec = "month"
    elif r < 0.14:
        prec = "year"
    c = {"group": group, "arts": arts, "status": status, "months": months, "arrest": arrest, "arrest_prec": prec,
         "charged": None, "verdict": None, "released": None, "city": _city(rng), "admin": rng.random() < 0.06}
    if status in ("imprisoned", "restricted_freedom", "probation", "fined", "acquitted", "compulsory_treatment",
                  "released"):
        lo = 100 if prec == "day" else 0
        verdict = _add_days(arrest, rng.randrange(lo + 60, 190))
        if prec == "month":
            verdict = max(verdict, _add_days(dt.date(arrest.year, arrest.month, 28), 40))
        if prec == "year":
            verdict = dt.date(arrest.year + 1, rng.randrange(2, 7), rng.randrange(1, 28))
        c["verdict"] = min(verdict, _add_days(as_of, -20))
        if (prec == "year" and c["verdict"].year == arrest.year) or (
                prec == "month" and (c["verdict"].year, c["verdict"].month) == (arrest.year, arrest.month)):
            c["arrest_prec"] = prec = "day"
    if prec == "day" and rng.random() < 0.15:
        c["charged"] = _add_days(arrest, rng.randrange(3, 20))
    return c


def _truth_case(file, sheet, row, c, *, name, birth_year, dvk, dates, city=True, region=None) -> dict:
    started_on, precision = _started(dates)
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case",
            "city": c["city"] if city else "", "region": region or CITIES[c["city"]][0],
            "articles": _fmt_articles(c["arts"]), "status": c["status"],
            "sentence_months": c["months"] if c["months"] is not None else "", "started_on": started_on,
            "started_precision": precision, "birth_year": birth_year if birth_year else "", "dvk_koshe": dvk,
            "name": name}


def _not_case(file, sheet, row) -> dict:
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case", "city": "",
            "region": "", "articles": "", "status": "", "sentence_months": "", "started_on": "",
            "started_precision": "", "birth_year": "", "dvk_koshe": False, "name": ""}


def _name_lat(rng: random.Random, caps: bool = False) -> str:
    female = rng.random() < 0.35
    first = rng.choice(FEMALE_LAT if female else MALE_LAT)
    sur = rng.choice(SURNAME_LAT)
    if female:
        sur = sur + "a" if sur.endswith(("ov", "ev", "in")) else sur
    return f"{sur.upper()} {first}" if caps else f"{first} {sur}"


def _name_cyr(rng: random.Random) -> str:
    female = rng.random() < 0.35
    first = rng.choice(FEMALE_CYR if female else MALE_CYR)
    sur = rng.choice(SURNAME_CYR)
    if female and sur.endswith(("ов", "ев", "ин")):
        sur += "а"
    if rng.random() < 0.4:
        pat = rng.choice(PATRONYMIC_CYR)
        if female:
            pat = pat[:-4] + "овна" if pat.endswith("ович") else pat[:-4] + "евна"
        return f"{sur} {first} {pat}"
    return f"{sur} {first}"


KOSHE_EN = ["Koshe Party activist; detained with others outside the prosecutor's office.",
            "Alleged member of Koshe Partiyasy (Street Party); organised a chat group for supporters.",
            "Accused of taking part in the banned Koshe Party; filmed a rally on his phone.",
            "Supporter of the Street Party (Koshe Partiyasy) who posted calls to attend a protest."]
DVK_EN = ["Accused of participation in the banned Democratic Choice of Kazakhstan (DVK); detained after a Facebook post.",
          "Alleged DVK supporter; authorities cite donations and reposted videos.",
          "Charged over membership in the banned DVK movement.",
          "Posted videos of the Democratic Choice of Kazakhstan movement on Instagram."]
OTHER_EN = ["Blogger prosecuted over posts criticising local officials.",
            "Journalist; prosecuted for articles on land sales.",
            "Trade union leader at an oil company.",
            "Participant in the January 2022 protests.",
            "Civil activist who campaigned against a local landfill.",
            "No known link to DVK or Koshe Partiyasy; prosecuted for posts about the pandemic."]


def _details(rng: random.Random, group: str) -> str:
    return rng.choice(KOSHE_EN if group == "koshe" else DVK_EN if group == "dvk" else OTHER_EN)


# ----------------------------------------------------------------- HRW annex (xlsx)

def _write_hrw(folder: Path, rng: random.Random) -> list[dict]:
    file = "hrw_annex_kazakhstan_2021.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Annex I"
    truth: list[dict] = []
    as_of = dt.date(2021, 6, 30)
    ws.append(["Annex I: Individuals Targeted for Alleged Involvement with DVK and Koshe Partiyasy, and Other Critics, 2018-2021"])
    ws.append(["Human Rights Watch, July 2021. Status as of June 30, 2021."])
    ws.append([])
    ws.append(["No.", "Name", "Year of birth", "Location", "Charges", "Dates", None, "Status as of June 30, 2021",
               "Sentence", "Details"])
    ws.append([None, None, None, None, None, "Arrest / charge", "Verdict", None, None, None])
    for col in "ABCDEHIJ":
        ws.merge_cells(f"{col}4:{col}5")
    ws.merge_cells("F4:G4")
    for cell in ws[4] + ws[5]:
        cell.font = Font(bold=True)
    ws["A1"].font = Font(bold=True, size=14)
    row = 5
    number = 0
    noted = False
    sections = [("A. Koshe Partiyasy (Street Party)", "koshe", 26, dt.date(2020, 5, 20)),
                ("B. Democratic Choice of Kazakhstan (DVK)", "dvk", 30, dt.date(2018, 3, 20)),
                ("C. Other cases", "other", 26, dt.date(2018, 1, 10))]
    for heading, group, n, first in sections:
        row += 1
        ws.append([heading])
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        ws.cell(row, 1).font = Font(bold=True)
        truth.append(_not_case(file, "Annex I", row))
        i = 0
        while i < n:
            two = rng.random() < 0.08 and i < n - 1
            name = _name_lat(rng)
            by = rng.randrange(1958, 2001) if rng.random() < 0.9 else None
            by_cell = by if by is None or rng.random() < 0.8 else f"{by}"
            if by is None:
                by_cell = rng.choice(["—", "n/a", None])
            top = row + 1
            for k in range(2 if two else 1):
                c = _case(rng, group=group, status=None, as_of=as_of, first=first)
                number += 1
                row += 1
                city_cell = rng.choice(CITIES[c["city"]][1])
                arrest_cell = _date_en(rng, c["arrest"], c["arrest_prec"], cells=True)
                dates = [(c["arrest"], c["arrest_prec"])]
                if c["charged"] is not None:
                    arrest_cell = (f"Arrested {c['arrest'].strftime('%d.%m.%Y')}; charged {c['charged'].strftime('%d.%m.%Y')}"
                                   if rng.random() < 0.5 else
                                   f"Charged {c['charged'].day} {EN_MONTHS[c['charged'].month - 1]} {c['charged'].year} "
                                   f"(detained {c['arrest'].day} {EN_MONTHS[c['arrest'].month - 1]} {c['arrest'].year})")
                    dates.append((c["charged"], "day"))
                verdict_cell = None
                if c["verdict"] is not None:
                    verdict_cell = _date_en(rng, c["verdict"], "day", cells=True)
                    dates.append((c["verdict"], "day"))
                st, sent = _status_en(rng, c["status"], c["months"])
                details = _details(rng, group)
                if rng.random() < 0.06:  # a footnote marker, as annexes put on a place or a name
                    city_cell += "*"
                ws.append([number, name if k == 0 else None, by_cell if k == 0 else None, city_cell,
                           _art_en(rng, c["arts"], c["admin"]), arrest_cell, verdict_cell, st, sent, details])
                if isinstance(arrest_cell, dt.datetime):
                    ws.cell(row, 6).number_format = "DD.MM.YYYY"
                if isinstance(verdict_cell, dt.datetime):
                    ws.cell(row, 7).number_format = "d mmmm yyyy"
                truth.append(_truth_case(file, "Annex I", row, c, name=name, birth_year=by,
                                         dvk=group in ("koshe", "dvk"), dates=dates))
                i += 1
            if two:
                ws.merge_cells(start_row=top, start_column=2, end_row=row, end_column=2)
                ws.merge_cells(start_row=top, start_column=3, end_row=row, end_column=3)
                ws.cell(top, 2).alignment = Alignment(vertical="center")
            if group == "dvk" and i in (12, 13) and not noted:
                noted = True
                row += 1
                ws.append([f"Note: Nos. {number - 1} and {number} were tried together with the defendants above in one trial."])
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
                ws.cell(row, 1).font = Font(italic=True)
                truth.append(_not_case(file, "Annex I", row))
    row += 1
    ws.append([f"Total: {number} cases"])
    truth.append(_not_case(file, "Annex I", row))
    ws.append([])
    row += 1
    for note in ["Source: Human Rights Watch interviews with defendants, relatives and lawyers; court documents.",
                 "* Koshe Partiyasy was declared extremist by a court in Nur-Sultan on May 19, 2020; DVK on March 13, 2018.",
                 "Dates given as month or year only where the exact day could not be confirmed."]:
        ws.append([note])
        row += 1
        truth.append(_not_case(file, "Annex I", row))

    # ---- released sheet
    ws2 = wb.create_sheet("Released")
    ws2.append(["Individuals released from custody or whose sentences ended, as of June 30, 2021"])
    ws2.append(["Name", "Age", "Location", "Charges", "Date of arrest", "Sentence", "Released on",
                "Grounds for release", "Details"])
    row = 2
    for i in range(40):
        group = rng.choice(["koshe", "dvk", "dvk", "other"])
        status = "imprisoned"
        c = _case(rng, group=group, status=status, as_of=dt.date(2020, 12, 31) if group != "koshe" else dt.date(2021, 3, 1),
                  first=dt.date(2020, 5, 20) if group == "koshe" else dt.date(2018, 3, 20))
        released = _add_days(c["verdict"] or c["arrest"], rng.randrange(30, 300))
        released = min(released, dt.date(2021, 6, 25))
        c["status"] = "released"
        row += 1
        name = _name_lat(rng)
        _, sent = _status_en(rng, status, c["months"])
        grounds = rng.choice(["Parole", "Amnesty", "Pardon", "Early release (parole)", "Sentence reduced on appeal"])
        arrest_cell = _date_en(rng, c["arrest"], c["arrest_prec"], cells=True)
        rel_cell = _date_en(rng, released, "day", cells=True)
        ws2.append([name, rng.randrange(22, 66), rng.choice(CITIES[c["city"]][1]), _art_en(rng, c["arts"], False),
                    arrest_cell, sent, rel_cell, grounds, _details(rng, group)])
        for col, v in ((5, arrest_cell), (7, rel_cell)):
            if isinstance(v, dt.datetime):
                ws2.cell(row, col).number_format = "DD.MM.YYYY"
        truth.append(_truth_case(file, "Released", row, c, name=name, birth_year=None, dvk=group != "other",
                                 dates=[(c["arrest"], c["arrest_prec"]), (released, "day")]))
    row += 1
    ws2.append(["Total released", None, None, None, None, None, 40, None, None])
    truth.append(_not_case(file, "Released", row))
    row += 1
    ws2.append(["Ages are as of the date of arrest."])
    truth.append(_not_case(file, "Released", row))
    wb.save(folder / file)
    return truth


# ----------------------------------------------------------------- Amnesty (csv)

def _write_amnesty(folder: Path, rng: random.Random) -> list[dict]:
    file = "amnesty_kazakhstan_update_2022.csv"
    truth: list[dict] = []
    lines: list[list] = [["Kazakhstan: people prosecuted for peaceful dissent - update, March 2022"],
                         ["Amnesty International, Index: EUR 57/0000/2022 (synthetic)"],
                         [],
                         ["Name", "Born", "City / region", "Charges", "Date detained", "Date of verdict",
                          "Status (as of 1 March 2022)", "Sentence", "Details"]]
    as_of = dt.date(2022, 3, 1)

    def born_cell(by):
        if by is None:
            return ""
        r = rng.random()
        if r < 0.6:
            return str(by)
        if r < 0.8:
            return f"b. {by}"
        return dt.date(by, rng.randrange(1, 13), rng.randrange(1, 29)).strftime("%d.%m.%Y")

    def add(c, group, released_section=False):
        name = _name_lat(rng, caps=rng.random() < 0.4)
        if rng.random() < 0.04:
            name = "Name withheld at the family's request"
        by = rng.randrange(1955, 2002) if rng.random() < 0.88 else None
        city_cell = rng.choice(CITIES[c["city"]][1])
        if c["city"] in ("Semey", "Oskemen") and rng.random() < 0.5:
            city_cell = f"{CITIES[c['city']][1][0].split(' (')[0]}, East Kazakhstan region"
        if c["city"] == "Taldykorgan":
            city_cell = "Taldykorgan, Almaty region"
        dates = [(c["arrest"], c["arrest_prec"])]
        det = _date_en(rng, c["arrest"], c["arrest_prec"], cells=False)
        ver = ""
        if c["verdict"] is not None:
            ver = _date_en(rng, c["verdict"], "day", cells=False)
            dates.append((c["verdict"], "day"))
        if released_section:
            st = rng.choice(["Released", "Pardoned and released", "Released on parole", "Freed under amnesty"])
            _, sent = _status_en(rng, "imprisoned", c["months"])
        else:
            st, sent = _status_en(rng, c["status"], c["months"])
        lines.append([name, born_cell(by), city_cell, _art_en(rng, c["arts"], c["admin"]), det, ver, st, sent,
                      _details(rng, group)])
        truth.append(_truth_case(file, "", len(lines), c, name=name, birth_year=by, dvk=group in ("koshe", "dvk"),
                                 dates=dates))

    for i in range(52):
        group = _pick(rng, [("koshe", 3), ("dvk", 4), ("other", 4)])
        first = dt.date(2020, 5, 20) if group == "koshe" else dt.date(2018, 3, 20)
        status = None
        c = _case(rng, group=group, status=status, as_of=as_of, first=first)
        if group == "other" and rng.random() < 0.4:
            c["arts"] = [(272, 2)] if rng.random() < 0.6 else [(272, 2), (380, 1)]
            c["arrest"] = _date_between(rng, dt.date(2022, 1, 5), dt.date(2022, 1, 20))
            c["arrest_prec"] = "day"
            c["verdict"] = None
            c["charged"] = None
            c["status"] = rng.choice(["pretrial_detention", "house_arrest", "under_investigation"])
            c["months"] = None
        c["charged"] = None
        add(c, group)
    lines.append(["Released since our previous update (December 2021)"])
    truth.append(_not_case(file, "", len(lines)))
    for i in range(14):
        group = _pick(rng, [("koshe", 2), ("dvk", 3), ("other", 2)])
        first = dt.date(2020, 5, 20) if group == "koshe" else dt.date(2018, 3, 20)
        c = _case(rng, group=group, status="imprisoned", as_of=dt.date(2021, 11, 1),
                  first=first)
        c["charged"] = None
        c["status"] = "released"
        add(c, group, released_section=True)
    lines.append(["Total: 66 individuals", "", "", "", "", "", "", "", ""])
    truth.append(_not_case(file, "", len(lines)))
    lines.append([])
    for note in ["Sources: court verdicts, lawyers and relatives interviewed by Amnesty International.",
                 "MCI = monthly calculation index (3,063 KZT in 2022)."]:
        lines.append([note])
        truth.append(_not_case(file, "", len(lines)))
    with open(folder / file, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for line in lines:
            w.writerow(line)
    return truth


# ----------------------------------------------------------------- OVD-Info-style exports (csv)

def _ovd_tie(rng: random.Random, group: str) -> tuple[str, str, bool]:
    """(Тема, Связь с организацией, dvk_koshe)."""
    if group == "dvk":
        return rng.choice(["Оппозиция", "Преследование сторонников ДВК"]), rng.choice(
            ["ДВК", "Демократический выбор Казахстана", "ДВК (сторонник)"]), True
    if group == "koshe":
        return "Оппозиция", rng.choice(["Көше партиясы", "Кoше партиясы", "Уличная партия", "Koshe Partiyasy"]), True
    if group == "doubt":
        return "Оппозиция", "ДВК?", False
    theme = rng.choice(["Свобода слова", "Январские события 2022", "Протесты", "Религия"])
    tie = {"Религия": rng.choice(["Таблиги Джамаат", "нет"])}.get(theme, rng.choice(["нет", ""]))
    return theme, tie, False


def _ovd_row(rng: random.Random, c: dict, *, name: str, by, group: str, file: str, row: int, as_of: dt.date):
    """Cells of one OVD row (without the №) and its truth."""
    city_cell = rng.choice(CITIES[c["city"]][2])
    region_cell = CITIES[c["city"]][3]
    if c["arrest"] >= dt.date(2022, 6, 8):
        region_cell = NEW_REGIONS_RU.get(c["city"], region_cell)
    city_known, region_truth = True, None
    if c["city"] in ("Almaty", "Astana", "Shymkent") and rng.random() < 0.6:
        city_cell = ""
    elif CITIES[c["city"]][3] in REGION_ONLY and rng.random() < 0.35:
        city_cell, city_known = "", False
        region_truth = REGION_ONLY[CITIES[c["city"]][3]]
    theme, tie, dvk = _ovd_tie(rng, group)
    dates = [(c["arrest"], c["arrest_prec"])]
    # the case is opened on or before the detention in most OVD rows: use the arrest as the opening date,
    # and the detention some days later, where the arrest is known to the day
    opened_cell, detained_cell = "", ""
    if c["arrest_prec"] == "day" and rng.random() < 0.7:
        opened_cell = _date_ru(rng, c["arrest"], "day")
        if rng.random() < 0.6:
            detained = _add_days(c["arrest"], rng.randrange(0, 12))
            detained_cell = _date_ru(rng, detained, "day")
            dates.append((detained, "day"))
    elif c["arrest_prec"] == "day":
        detained_cell = _date_ru(rng, c["arrest"], "day")
    else:
        opened_cell = _date_ru(rng, c["arrest"], c["arrest_prec"])
    verdict_cell = ""
    if c["verdict"] is not None:
        verdict_cell = _date_ru(rng, c["verdict"], "day")
        dates.append((c["verdict"], "day"))
    released_cell = ""
    if c.get("released") is not None:
        released_cell = _date_ru(rng, c["released"], "day")
        dates.append((c["released"], "day"))
    by_cell = "" if by is None else rng.choice([str(by), str(by), f"{by} г.р."])
    truth = _truth_case(file, "", row, c, name=name, birth_year=by, dvk=dvk, dates=dates, city=city_known,
                        region=region_truth)
    return [name, by_cell, "ж" if name.split()[0].endswith("а") else "м",
            region_cell, city_cell, _art_ru(rng, c["arts"], c["admin"])], \
        [opened_cell, detained_cell, verdict_cell, released_cell], theme, tie, truth


def _write_ovd(folder: Path, rng: random.Random) -> list[dict]:
    file = "ovd_kz_prosecutions_export.csv"
    header = ["ID", "ФИО", "Год рождения", "Пол", "Регион", "Город", "Статьи", "Текущий статус",
              "Дата возбуждения дела", "Дата задержания", "Дата приговора", "Дата освобождения", "Приговор", "Тема",
              "Связь с организацией", "Ссылка"]
    lines = [header]
    truth = []
    as_of = dt.date(2023, 2, 28)
    n = 0
    while n < 118:
        group = _pick(rng, [("dvk", 5), ("koshe", 3), ("other", 5), ("doubt", 1)])
        name = _name_cyr(rng)
        by = rng.randrange(1955, 2003) if rng.random() < 0.9 else None
        two = rng.random() < 0.1
        for k in range(2 if two else 1):
            first = dt.date(2020, 5, 20) if group == "koshe" else dt.date(2018, 3, 20)
            if k == 1:
                first = _add_days(truth[-1]["_last"], 30)
                if first > _add_days(as_of, -260):
                    break
            status = "released" if k == 0 and two else None
            c = _case(rng, group="other" if group == "doubt" else group,
                      status="imprisoned" if status == "released" else None, as_of=as_of, first=first)
            if group == "doubt":
                c["arts"] = [(405, 2)]
            if status == "released":
                c["released"] = min(_add_days(c["verdict"] or c["arrest"], rng.randrange(20, 200)), _add_days(as_of, -10))
                c["status"] = "released"
            if c["status"] == "released" and c["verdict"] is None:
                c["released"] = None
            if c["status"] == "unknown":
                c["status"] = "under_investigation"
            if c["status"] == "released" and c.get("released") is None:
                c["status"] = "imprisoned"
            n += 1
            row = len(lines) + 1
            cells, dates, theme, tie, t = _ovd_row(rng, c, name=name, by=by, group=group, file=file, row=row, as_of=as_of)
            t["status"] = c["status"]
            if c["status"] == "released":
                st = rng.choice(["Освобождён", "Освобождён по УДО", "Освобождён по амнистии"])
                st = _feminine(st) if cells[2] == "ж" else st
                _, sent = _status_ru(rng, "imprisoned", c["months"])
            else:
                st, sent = _status_ru(rng, c["status"], c["months"])
                st = _feminine(st) if cells[2] == "ж" else st
            lines.append([f"KZ-{1000 + n}"] + cells + [st] + dates + [sent, theme, tie,
                          f"https://example.org/kz/case/{1000 + n}"])
            t["_last"] = max(d for d in (c["arrest"], c["verdict"], c.get("released")) if d is not None)
            truth.append(t)
    for t in truth:
        t.pop("_last", None)
    with open(folder / file, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        for line in lines:
            w.writerow(line)
    return truth


def _write_ovd_archive(folder: Path, rng: random.Random) -> list[dict]:
    file = "ovd_kz_archive_closed.csv"
    header = ["ФИО", "Год рождения", "Регион", "Город", "Статьи", "Итог", "Дата возбуждения дела", "Дата задержания",
              "Дата приговора", "Дата освобождения", "Приговор", "Связь с организацией"]
    lines = [["Архив: завершённые преследования (люди на свободе). Выгрузка от 01.03.2023"], header]
    truth = []
    for i in range(40):
        group = _pick(rng, [("dvk", 4), ("koshe", 2), ("other", 3)])
        name = _name_cyr(rng)
        by = rng.randrange(1955, 2003) if rng.random() < 0.9 else None
        acquitted = rng.random() < 0.12
        c = _case(rng, group=group, status="acquitted" if acquitted else rng.choice(["imprisoned", "restricted_freedom"]),
                  as_of=dt.date(2022, 6, 1), first=dt.date(2020, 5, 20) if group == "koshe" else dt.date(2018, 3, 20))
        c["admin"] = False
        row = len(lines) + 1
        if acquitted:
            outcome, sent = rng.choice(["Оправдан", "Оправдан, дело прекращено"]), ""
            outcome = _feminine(outcome) if name.split()[0].endswith("а") else outcome
        else:
            _, sent = _status_ru(rng, c["status"], c["months"])
            term_end = _add_days(c["arrest"], round(c["months"] * 30.44))
            if term_end <= dt.date(2023, 2, 20) and term_end > c["verdict"]:
                c["released"] = term_end
                outcome = rng.choice(["Освобождён по отбытии срока", "Освобождён", "На свободе, срок отбыт"])
            else:  # released early: the dates stay coherent with the wording
                c["released"] = min(_add_days(c["verdict"], rng.randrange(40, 400)), dt.date(2023, 2, 20))
                outcome = rng.choice(["Освобождён по УДО", "Освобождён по амнистии", "Освобождён досрочно", "На свободе"])
            c["status"] = "released"
            outcome = _feminine(outcome) if name.split()[0].endswith("а") else outcome
        cells, dates, _theme, tie, t = _ovd_row(rng, c, name=name, by=by, group=group, file=file, row=row,
                                                as_of=dt.date(2023, 3, 1))
        t["status"] = c["status"]
        region_cell, city_cell = cells[3], cells[4]
        if not _cp1251(tie):
            tie = "Уличная партия"
        lines.append([name, cells[1], region_cell, city_cell, cells[5], outcome] + dates + [sent, tie])
        truth.append(t)
    lines.append(["Итого: 40 человек"])
    truth.append(_not_case(file, "", len(lines)))
    with open(folder / file, "w", encoding="cp1251", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\r\n")
        for line in lines:
            w.writerow(line)
    return truth


def _feminine(status: str) -> str:
    """Освобождён -> Освобождена, Вышел -> Вышла, Оправдан -> Оправдана, Осуждён -> Осуждена."""
    for male, female in (("Освобождён", "Освобождена"), ("Вышел", "Вышла"), ("Оправдан", "Оправдана"),
                         ("Осуждён", "Осуждена"), ("Направлен", "Направлена")):
        status = status.replace(male, female)
    return status


def _cp1251(text: str) -> bool:
    try:
        text.encode("cp1251")
        return True
    except UnicodeEncodeError:
        return False


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the set-5 lists into folder; return the truth (one row per non-blank row below a header)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    truth = _write_hrw(folder, rng) + _write_amnesty(folder, rng) + _write_ovd(folder, rng) + _write_ovd_archive(folder, rng)
    frame = pd.DataFrame(truth, columns=TRUTH_COLUMNS)
    frame["source_row"] = frame["source_row"].astype(int)
    return frame
