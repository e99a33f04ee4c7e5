"""Red-team set 16 (a hold-out): five lists in layouts of real published lists that the project had not
copied yet, with the truth of every row. Written without reading the sample generator, the vocabularies,
the cleaner's modules or the earlier red-team sets; every name is invented, every value generated here
from a fixed seed.

Files and what each stresses
----------------------------
1. ``pzk_podderzhka_spisok.xlsx`` (sheet ``Список``): a Russian list from a prisoners' support group's
   website pasted into Excel. There is no header row: each person is a block of label/value lines in two
   columns (``ФИО:``, ``Год рождения:``, ``Город:``, ``Статья:``, ``Мера / приговор:``, ``Дата задержания:``,
   ``Дата приговора:``, ``Где находится:``, ``Примечание:``), blocks separated by a blank row, some labels
   missing in some blocks. Two title lines above (one states the list's date), a footnote below.
2. ``monitoring_svod_i_reestr.xlsx``: a monitoring NGO's statistics workbook.
   - ``Свод``: a table of counts by region (columns of sentence codes and ``Всего``, a total row).
   - ``Реестр``: one row per case, with abbreviated headers (``Г.р.``, ``Нас. пункт``, ``Ст. УК РК``,
     ``Дата возб. дела``, ``ДВК/КП``) and the measure written as a short code (``ЛС``, ``ОС``, ``УО``, ``ШТ``,
     ``ДА``, ``СС``, ``ПН``, ``ОСВ``, ``ОПР``) that only the legend sheet explains; a ``Регион`` column
     with the region at the time (``ВКО`` for Semey, ``Алматинская обл.`` for Taldykorgan), the town in its
     own column (sometimes blank); opening dates as date cells, as a month (``май 2022``) or a year
     (``2021``); a total row and a footnote.
   - ``Легенда``: the codes and what they mean (no header row).
3. ``kz_defenders_tracker_export.csv``: an English tracker of a diaspora/advocacy group (UTF-8, comma):
   full dates of birth, dates as text in US order under headers that say so (``Date of arrest
   (mm/dd/yyyy)``), statuses as people write them (``Serving sentence``, ``Under house arrest``,
   ``Released on parole``, ``Awaiting trial in SIZO``), an affiliation column (``Koshe Party``,
   ``alleged DVK member``, ``Atajurt volunteer``), old city names in English (``Nur-Sultan``, ``Uralsk``,
   ``Kapchagay``), a ``Last updated`` timestamp column, two note lines at the end.
4. ``jastar_jelisi_tizim.xlsx`` (sheet ``Tızım``): a Kazakh youth network's list in the 2021 Latin
   alphabet: city and region in one cell (``Qonaev q., Almaty obl.``; a region alone: ``Türkıstan obl.``),
   articles as ``405-bap 2-bölık``, statuses and sentences in Kazakh Latin, dates as ``12.03.2021`` or
   ``12 nauryz 2021``, a party column (``QDT``, ``Köşe partiiasy``, ``QDT?``), two section headings
   (``Qudalauğa ūşyrağandar``, ``Bosatylğandar``) and a total line.
5. ``mirnye_sobraniya_zaderzhaniya.xlsx`` (sheet ``Задержания``): a monitor's log of people detained at
   assemblies, one row per person, the rally's date, city (``Нур-Султан`` before September 2022) and
   occasion merged down over its detainees; administrative arrests (``арест 15 суток``, ``ст. 488 ч. 6
   КоАП РК``) beside criminal cases opened after the rally, one row with both codes; a tie column with
   ``да`` / ``нет`` / ``ДВК?``; a total line and a footnote.

Decisions taken for the truth
-----------------------------
- Rows counted: every non-blank row below a header row. The block list has no header row: its rows are
  counted from the first block's first line down (the two title lines above are not), each block is ONE
  case at its ``ФИО:`` row, and every other line of a block is ``not_a_case`` (it continues that case,
  as the cleaner's continuation rows do), as is the footnote. The ``Легенда`` sheet has no header row:
  no truth rows. The ``Свод`` sheet has a header (``Регион | ЛС | ... | Всего``): its region rows and its
  total row are counts, not cases, so ``not_a_case`` (the README: every non-blank row below a header is a case
  or a dropped row).
- City: the town given (the ``Город:`` line, ``Нас. пункт``, ``Home city``, the city part of the Kazakh
  cell); never the place of detention (``Где находится:``), never a region. Current official names
  (Nur-Sultan -> Astana, Uralsk -> Oral, Ust-Kamenogorsk -> Oskemen, Kapchagay -> Konaev, Petropavlovsk
  -> Petropavl). Region: the city's current region whatever a region column says (Semey -> Abai though
  ``ВКО`` is written; Taldykorgan -> Jetisu though ``Алматинская обл.``); where only a region is given,
  that region and no city.
- Status: the registry's codes read as the legend sheet says (ЛС imprisoned, ОС restricted_freedom,
  УО probation, ШТ fined, ДА house_arrest, СС pretrial_detention, ПН under_investigation, ОСВ released,
  ОПР acquitted). ``Serving sentence`` beside a sentence naming its kind is that kind. A release
  (УДО, parole, ``ОСВ``, the ``Bosatylğandar`` section) is ``released`` with the original term kept in
  sentence_months. A fine has no sentence_months. ``подписка о невыезде`` / investigation ongoing is
  under_investigation.
- Dates: started_on is the earliest of the dates given (detention, opening of the case = charged_on,
  verdict, release); precision as written. The US tracker's dates are month first because its headers
  say ``mm/dd/yyyy``. ``Last updated`` is an edit timestamp, not an event: it never dates a case. A
  date of birth only gives the birth year.
- dvk_koshe: True only where the row names DVK / ДВК / QDT / Koshe / Көше in a note, affiliation or the
  ``ДВК/КП`` yes column; ``ДВК?``, ``да?``, ``QDT?``, ``alleged DVK member`` are doubt (False); ``не связан
  с ДВК`` is a negation (False); article 405 alone says nothing.
- Articles: criminal code only, ascending, part in brackets where given; ``CAO 488`` and ``КоАП`` left out.
- The rally log: a merged cell belongs to every row it spans (the README); the rally's date is the detention
  date (the header says ``Дата акции / задержания``). An administrative arrest alone gives no criminal
  article, status ``unknown`` and no sentence_months (README "Decided readings"); beside a criminal case
  the criminal measure gives the status.
- One truth error found while scoring and fixed: the Kazakh house arrest was first written ``üi qamaqy``
  (a misspelling of ``üi qamağy``, үй қамағы); the list now spells it right.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

LIST_DATE = dt.date(2023, 9, 30)

# key: (official city, current region, Russian, English as lists write it, Kazakh 2021 Latin, region Latin, region Russian)
CITIES = {
    "astana": ("Astana", "Astana", "Астана", "Nur-Sultan", "Astana", None, "г. Астана"),
    "almaty": ("Almaty", "Almaty", "Алматы", "Almaty", "Almaty", None, "г. Алматы"),
    "shymkent": ("Shymkent", "Shymkent", "Шымкент", "Shymkent", "Şymkent", None, "г. Шымкент"),
    "aktobe": ("Aktobe", "Aktobe", "Актобе", "Aktobe", "Aqtöbe", "Aqtöbe obl.", "Актюбинская обл."),
    "oral": ("Oral", "West Kazakhstan", "Уральск", "Uralsk", "Oral", "Batys Qazaqstan obl.", "ЗКО"),
    "semey": ("Semey", "Abai", "Семей", "Semey", "Semei", "Abai obl.", "ВКО"),
    "oskemen": ("Oskemen", "East Kazakhstan", "Усть-Каменогорск", "Ust-Kamenogorsk", "Öskemen", "Şyğys Qazaqstan obl.", "ВКО"),
    "karaganda": ("Karaganda", "Karaganda", "Караганда", "Karaganda", "Qarağandy", "Qarağandy obl.", "Карагандинская обл."),
    "taraz": ("Taraz", "Zhambyl", "Тараз", "Taraz", "Taraz", "Jambyl obl.", "Жамбылская обл."),
    "kyzylorda": ("Kyzylorda", "Kyzylorda", "Кызылорда", "Kyzylorda", "Qyzylorda", "Qyzylorda obl.", "Кызылординская обл."),
    "pavlodar": ("Pavlodar", "Pavlodar", "Павлодар", "Pavlodar", "Pavlodar", "Pavlodar obl.", "Павлодарская обл."),
    "kostanay": ("Kostanay", "Kostanay", "Костанай", "Kostanay", "Qostanai", "Qostanai obl.", "Костанайская обл."),
    "atyrau": ("Atyrau", "Atyrau", "Атырау", "Atyrau", "Atyrau", "Atyrau obl.", "Атырауская обл."),
    "aktau": ("Aktau", "Mangystau", "Актау", "Aktau", "Aqtau", "Mañğystau obl.", "Мангистауская обл."),
    "zhanaozen": ("Zhanaozen", "Mangystau", "Жанаозен", "Zhanaozen", "Jañaözen", "Mañğystau obl.", "Мангистауская обл."),
    "taldykorgan": ("Taldykorgan", "Jetisu", "Талдыкорган", "Taldykorgan", "Taldyqorğan", "Jetısu obl.", "Алматинская обл."),
    "konaev": ("Konaev", "Almaty Region", "Капшагай", "Kapchagay", "Qonaev", "Almaty obl.", "Алматинская обл."),
    "zhezkazgan": ("Zhezkazgan", "Ulytau", "Жезказган", "Zhezkazgan", "Jezqazğan", "Ūlytau obl.", "Карагандинская обл."),
    "petropavl": ("Petropavl", "North Kazakhstan", "Петропавловск", "Petropavlovsk", "Petropavl", "Soltüstık Qazaqstan obl.", "СКО"),
    "kokshetau": ("Kokshetau", "Akmola", "Кокшетау", "Kokshetau", "Kökşetau", "Aqmola obl.", "Акмолинская обл."),
    "turkistan": ("Turkistan", "Turkistan", "Туркестан", "Turkestan", "Türkıstan", "Türkıstan obl.", "Туркестанская обл."),
}
CITY_KEYS = list(CITIES)

# Sets of charges (article, part or None).
CHARGES = [
    [(405, 2)], [(405, 2)], [(405, 2)], [(405, 1)], [(174, 1)], [(174, 2)], [(274, 2)], [(274, 4)],
    [(380, 1)], [(272, 2)], [(174, 1), (405, 2)], [(182, 2), (405, 2)], [(405, None)], [(179, 2)],
    [(258, 1), (405, 1)], [(378, 1)],
]
SENTENCED = ("imprisoned", "restricted_freedom", "probation", "fined", "released")
STATUS_WEIGHTS = {
    "imprisoned": 6, "restricted_freedom": 4, "probation": 3, "fined": 2, "pretrial_detention": 2,
    "house_arrest": 2, "under_investigation": 2, "released": 3, "acquitted": 1,
}
TERMS = {"imprisoned": [24, 36, 48, 60, 66, 84, 18], "restricted_freedom": [12, 24, 30, 36, 60],
         "probation": [12, 24, 36, 18], "released": [12, 18, 24, 36, 48]}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
RU_MONTHS_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                 "ноябрь", "декабрь"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
KZ_MONTHS = ["qañtar", "aqpan", "nauryz", "säuır", "mamyr", "mausym", "şılde", "tamyz", "qyrküiek", "qazan",
             "qaraşa", "jeltoqsan"]

RU_SURNAMES = ["Серикбаев", "Жумабеков", "Ахметов", "Нурланов", "Касымов", "Есенов", "Байжанов", "Оспанов",
               "Тулегенов", "Муканов", "Сарсенбаев", "Ибраев", "Кенжебаев", "Абенов", "Рахимов", "Смагулов",
               "Петров", "Ковалёв", "Морозов", "Захаров", "Ким", "Шевчук", "Гусейнов", "Мамедов", "Юсупов",
               "Аубакиров", "Калиев", "Жаксылыков", "Досанов", "Утепов"]
RU_FIRST = ["Нурлан", "Ержан", "Асхат", "Бауыржан", "Данияр", "Марат", "Руслан", "Азамат", "Талгат", "Ерлан",
            "Сергей", "Андрей", "Дмитрий", "Олег", "Тимур", "Арман", "Жанибек", "Канат", "Максат", "Серик"]
RU_FIRST_F = ["Айгуль", "Динара", "Гульмира", "Сауле", "Жанар", "Елена", "Ольга", "Асель", "Меруерт", "Анара"]
RU_PATR = ["Ержанович", "Маратович", "Серикович", "Канатович", "Болатович", "Сергеевич", "Нурланович",
           "Амангельдиевич", "Ринатович", "Кайратович"]
EN_SURNAMES = ["Sarsenov", "Tokhtarov", "Bekmukhambetov", "Zhakupov", "Omarov", "Kuanyshev", "Ismailov",
               "Baimukhanov", "Yessimov", "Tleuov", "Sultanov", "Abdrakhmanov", "Nurpeisov", "Volkov", "Li",
               "Kuznetsov", "Dzhaksybekov", "Aitkulov", "Mukhametzhanov", "Sadykov", "Yeleusizov", "Temirkhanov"]
EN_FIRST = ["Aidos", "Yerbol", "Nursultan", "Daulet", "Kairat", "Zhandos", "Olzhas", "Ruslan", "Pavel", "Igor",
            "Aliya", "Zhanna", "Saltanat", "Dana", "Gaukhar", "Madina", "Viktor", "Bolat", "Yerzhan", "Samat"]
KZL_SURNAMES = ["Saparov", "Qasymov", "Jaqsylyqov", "Tölegenov", "Ospanov", "Ämırov", "Seiıtov", "Myrzahmetov",
                "Baiqonyrov", "Ūzaqov", "Şaimerdenov", "Jūmabaev", "Äbılov", "Qoşqarov", "Nūrlanov", "Esenğaliev",
                "Tūrsynov", "Mūqanov", "Äuezov", "Qairatov"]
KZL_FIRST = ["Aibek", "Nūrbolat", "Erjan", "Dänıiar", "Şyñğys", "Qanat", "Äset", "Ğalym", "Temırlan", "Jandos",
             "Aigerım", "Ainūr", "Gülnar", "Jansaia", "Nazerke", "Baqytjan", "Ersūltan", "Medeu", "Alşyn", "Dias"]


FEMALE = set(RU_FIRST_F) | {"Aliya", "Zhanna", "Saltanat", "Dana", "Gaukhar", "Madina", "Aigerım", "Ainūr", "Gülnar",
                             "Jansaia", "Nazerke", "Alşyn"}


def _feminine(surname: str) -> str:
    return surname + "а" if surname[-2:] in ("ов", "ев", "ин", "ёв") else \
        surname + "a" if surname[-2:] in ("ov", "ev", "in") else surname


def _names(rng: random.Random, firsts: list[str], surnames: list[str], n: int, extra=None, first_last=False) -> list[str]:
    seen, out = set(), []
    while len(out) < n:
        first, surname = rng.choice(firsts), rng.choice(surnames)
        female = first in FEMALE
        if female:
            surname = _feminine(surname)
        name = f"{first} {surname}" if first_last else f"{surname} {first}"
        if extra is not None and rng.random() < 0.7:
            patronymic = rng.choice(extra)
            if female:
                patronymic = patronymic[:-4] + ("евна" if patronymic.endswith("евич") else "овна")
            name = f"{name} {patronymic}"
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def _day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _case(rng: random.Random, status: str | None = None) -> dict:
    """One invented case: the facts, from which each list writes its cells and the truth is taken."""
    if status is None:
        status = rng.choices(list(STATUS_WEIGHTS), weights=list(STATUS_WEIGHTS.values()))[0]
    detained = _day(rng, dt.date(2019, 1, 10), dt.date(2023, 3, 31))
    sentenced = released = None
    if status in SENTENCED or status == "acquitted":
        sentenced = min(detained + dt.timedelta(days=rng.randrange(60, 300)), dt.date(2023, 8, 31))
    if status == "released":
        released = min(sentenced + dt.timedelta(days=rng.randrange(90, 700)), LIST_DATE - dt.timedelta(days=10))
    months = rng.choice(TERMS[status]) if status in TERMS else None
    return {
        "status": status, "months": months, "detained": detained, "sentenced": sentenced, "released": released,
        "charges": rng.choice(CHARGES), "city": rng.choice(CITY_KEYS),
        "birth": rng.randrange(1960, 2003) if rng.random() < 0.88 else None,
    }


def _articles(charges) -> str:
    return "; ".join(f"{a}({p})" if p else str(a) for a, p in sorted(charges, key=lambda c: (c[0], c[1] or 0)))


def _truth(file: str, sheet: str, row: int, case: dict | None = None, **fields) -> dict:
    base = {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case" if case is None else "case"}
    if case is not None:
        official, region = CITIES[case["city"]][:2] if case.get("city") else ("", "")
        base.update(city=official, region=region, articles=_articles(case["charges"]), status=case["status"],
                    sentence_months=case["months"], birth_year=case["birth"], dvk_koshe=False, name="")
        base.update(fields)
    return base


def _started(dates: list[tuple[dt.date, str]]) -> tuple[str, str]:
    """Earliest (date, precision) of those given; a partial date is the first day of its period."""
    first = min(dates, key=lambda d: d[0])
    return first[0].isoformat(), first[1]


# --- terms written in words ---------------------------------------------------------------------------------
def _ru_years(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} года"
    return f"{n} лет"


def ru_term(months: int) -> str:
    y, m = divmod(months, 12)
    if not y:
        return f"{m} месяцев"
    return _ru_years(y) + (f" {m} мес." if m else "")


def en_term(months: int) -> str:
    y, m = divmod(months, 12)
    out = f"{y} year" + ("s" if y != 1 else "") if y else ""
    if m:
        out = (out + " " if out else "") + f"{m} months"
    return out


def kz_term(months: int) -> str:
    y, m = divmod(months, 12)
    return " ".join(p for p in (f"{y} jyl" if y else "", f"{m} ai" if m else "") if p)


# --- 1. blocks of label/value lines ----------------------------------------------------------------------------
def _ru_status(case: dict, rng: random.Random) -> str:
    s, m = case["status"], case["months"]
    if s == "imprisoned":
        return rng.choice([f"{ru_term(m)} лишения свободы", f"лишение свободы на {ru_term(m)}",
                           f"{ru_term(m)} лишения свободы в колонии общего режима"])
    if s == "restricted_freedom":
        return rng.choice([f"ограничение свободы на {ru_term(m)}", f"{ru_term(m)} ограничения свободы"])
    if s == "probation":
        return f"{ru_term(m)} условно"
    if s == "fined":
        return f"штраф {rng.choice([200, 500, 1000, 2000])} МРП"
    if s == "pretrial_detention":
        return rng.choice(["мера пресечения — содержание под стражей", "под стражей, ждёт суда"])
    if s == "house_arrest":
        return "домашний арест"
    if s == "under_investigation":
        return "подписка о невыезде, идёт следствие"
    if s == "released":
        return f"{ru_term(m)} лишения свободы; освобождён по УДО {case['released']:%d.%m.%Y}"
    return "оправдан судом"


def _ru_articles(charges, rng: random.Random) -> str:
    parts = []
    for a, p in charges:
        if p is None:
            parts.append(f"ст. {a} УК РК")
        else:
            parts.append(rng.choice([f"ч. {p} ст. {a} УК РК", f"ст. {a} ч. {p} УК РК"]))
    return "; ".join(parts)


def _ru_date(d: dt.date, rng: random.Random) -> tuple[str, str]:
    k = rng.random()
    if k < 0.6:
        return f"{d:%d.%m.%Y}", "day"
    if k < 0.9:
        return f"{d.day} {RU_MONTHS[d.month - 1]} {d.year} г.", "day"
    return f"{RU_MONTHS_NOM[d.month - 1]} {d.year}", "month"


def _first_of(d: dt.date, precision: str) -> dt.date:
    return d.replace(day=1) if precision == "month" else d.replace(month=1, day=1) if precision == "year" else d


PLACES = {"imprisoned": ["учреждение ЕЦ-166/18", "колония общего режима, Павлодарская обл.", "АП-162/3"],
          "released": ["на свободе"], "pretrial_detention": ["СИЗО ДУИС", "следственный изолятор"],
          "house_arrest": ["дома"], "restricted_freedom": ["дома, под надзором пробации"],
          "probation": ["дома"], "fined": ["на свободе"], "under_investigation": ["дома"], "acquitted": ["на свободе"]}


def write_blocks(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "pzk_podderzhka_spisok.xlsx", "Список"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Политзаключённые и преследуемые по политическим мотивам в Казахстане"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Данные на 30.09.2023. Уточнения присылайте через форму на сайте."
    names = _names(rng, RU_FIRST + RU_FIRST_F, RU_SURNAMES, 40, RU_PATR)
    truth, row = [], 4
    for i, name in enumerate(names):
        case = _case(rng)
        lines = [("ФИО:", name)]
        if case["birth"]:
            lines.append(("Год рождения:", str(case["birth"]) if rng.random() < 0.7 else f"{case['birth']} г.р."))
        city = CITIES[case["city"]]
        lines.append(("Город:", rng.choice([city[2], f"г. {city[2]}"])))
        lines.append(("Статья:", _ru_articles(case["charges"], rng)))
        lines.append(("Мера / приговор:", _ru_status(case, rng)))
        dates = []
        if i % 9 != 4 or case["sentenced"] is None:
            text, prec = _ru_date(case["detained"], rng)
            lines.append(("Дата задержания:", text))
            dates.append((_first_of(case["detained"], prec), prec))
        if case["sentenced"] is not None and (rng.random() < 0.6 or not dates):
            lines.append(("Дата приговора:", f"{case['sentenced']:%d.%m.%Y}"))
            dates.append((case["sentenced"], "day"))
        if case["released"] is not None:
            dates.append((case["released"], "day"))
        lines.append(("Где находится:", rng.choice(PLACES[case["status"]])))
        dvk, k = False, i % 8
        if k == 1:
            lines.append(("Примечание:", "сторонник ДВК, признан политзаключённым"))
            dvk = True
        elif k == 3:
            lines.append(("Примечание:", "активист «Көше партиясы»"))
            dvk = True
        elif k == 5:
            lines.append(("Примечание:", "ДВК? (по словам родственников)"))
        elif k == 6:
            lines.append(("Примечание:", "не связан с ДВК, блогер"))
        started_on, precision = _started(dates)
        for j, (label, value) in enumerate(lines):
            ws.cell(row + j, 1, label).font = Font(bold=True)
            ws.cell(row + j, 2, value)
            truth.append(_truth(file, sheet, row + j, case if j == 0 else None, name=name if j == 0 else "",
                                started_on=started_on, started_precision=precision, dvk_koshe=dvk))
        row += len(lines) + 1
    ws.cell(row, 1, "* Список не является исчерпывающим; сведения из открытых источников и от родственников.")
    truth.append(_truth(file, sheet, row))
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 70
    wb.save(folder / file)
    return truth


# --- 2. the monitoring workbook: counts, registry with codes, legend ----------------------------------------------
CODES = {"imprisoned": "ЛС", "restricted_freedom": "ОС", "probation": "УО", "fined": "ШТ", "house_arrest": "ДА",
         "pretrial_detention": "СС", "under_investigation": "ПН", "released": "ОСВ", "acquitted": "ОПР"}
LEGEND = [("ЛС", "лишение свободы"), ("ОС", "ограничение свободы"), ("УО", "условное осуждение"),
          ("ШТ", "штраф"), ("ДА", "домашний арест (мера пресечения)"),
          ("СС", "содержание под стражей (мера пресечения)"), ("ПН", "подписка о невыезде, идёт следствие"),
          ("ОСВ", "освобождён (отбыл срок, УДО, амнистия); в графе «Срок» — срок по приговору"),
          ("ОПР", "оправдан"), ("ДВК/КП", "связь с ДВК или «Көше партиясы» по данным защиты")]


def _short_term(months: int) -> str:
    y, m = divmod(months, 12)
    out = (f"{y} г." if y in (1, 2, 3, 4) else f"{y} л.") if y else ""
    return (out + " " if out else "") + (f"{m} мес." if m else "")


def write_monitoring(folder: Path, rng: random.Random) -> list[dict]:
    file = "monitoring_svod_i_reestr.xlsx"
    wb = Workbook()
    svod = wb.active
    svod.title = "Свод"
    reg = wb.create_sheet("Реестр")
    leg = wb.create_sheet("Легенда")
    truth: list[dict] = []

    # the registry
    reg["A1"] = "Реестр уголовных дел по политическим мотивам (мониторинг)"
    reg["A1"].font = Font(bold=True)
    reg["A2"] = "Обозначения в графе «Мера» — см. лист «Легенда»"
    header = ["№ п/п", "ФИО", "Г.р.", "Регион", "Нас. пункт", "Ст. УК РК", "Мера", "Срок", "Дата возб. дела",
              "Дата приговора", "ДВК/КП", "Прим."]
    for c, h in enumerate(header, 1):
        reg.cell(3, c, h).font = Font(bold=True)
    names = _names(rng, RU_FIRST + RU_FIRST_F, RU_SURNAMES[::-1], 85, RU_PATR)
    counts: dict[str, dict[str, int]] = {}
    for i, name in enumerate(names):
        r = 4 + i
        case = _case(rng)
        key = case["city"]
        _, region, ru, _, _, _, ru_region = CITIES[key]
        # a region alone only where the region written is the current one (the truth is then the region written)
        region_only = ru_region not in ("г. Алматы", "г. Астана", "г. Шымкент") and i % 11 == 7 and \
            key not in ("semey", "taldykorgan", "zhezkazgan")
        town = "" if region_only else ru
        if region_only:
            case["city"] = None
        charged = case["detained"] + dt.timedelta(days=rng.randrange(0, 20))
        k = i % 10
        if k == 3:
            charged_cell, prec = f"{RU_MONTHS_NOM[charged.month - 1]} {charged.year}", "month"
        elif k == 8:
            charged_cell, prec = str(charged.year), "year"
        else:
            charged_cell, prec = dt.datetime(charged.year, charged.month, charged.day), "day"
        dates = [(_first_of(charged, prec), prec)]
        sentenced_cell = None
        if case["sentenced"] is not None:
            sentenced_cell = dt.datetime.combine(case["sentenced"], dt.time())
            dates.append((case["sentenced"], "day"))
        if case["released"] is not None:
            dates.append((case["released"], "day"))
        started_on, precision = _started(dates)
        mark, dvk = "", False
        j = i % 7
        if j in (1, 4):
            mark, dvk = "да", True
        elif j == 2:
            mark = "нет"
        elif j == 5:
            mark = "да?"
        note = ""
        if case["status"] == "fined":
            note = f"{rng.choice([300, 500, 1000])} МРП"
        elif case["status"] == "released":
            note = rng.choice(["УДО", "амнистия", "отбыл срок"])
        elif i % 13 == 0:
            note = "обжалует приговор" if case["sentenced"] else "жалоба в прокуратуру"
        birth = case["birth"]
        row = [i + 1, name, birth, ru_region, town, _ru_articles(case["charges"], rng).replace(" УК РК", ""),
               CODES[case["status"]], _short_term(case["months"]) if case["months"] else "", charged_cell,
               sentenced_cell, mark, note]
        for c, v in enumerate(row, 1):
            if v is not None and v != "":
                cell = reg.cell(r, c, v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "DD.MM.YYYY"
        truth.append(_truth(file, "Реестр", r, case, name=name, started_on=started_on, started_precision=precision,
                            dvk_koshe=dvk, region=region))
        bucket = counts.setdefault(ru_region, {})
        bucket[CODES[case["status"]]] = bucket.get(CODES[case["status"]], 0) + 1
    end = 4 + len(names)
    reg.cell(end, 1, f"Итого: {len(names)} дел")
    truth.append(_truth(file, "Реестр", end))
    reg.cell(end + 2, 1, "Сведения о связи с ДВК/КП — по данным защиты; отметка «да?» означает, что связь не подтверждена.")
    truth.append(_truth(file, "Реестр", end + 2))

    # the counts
    svod["A1"] = "Сводная таблица: уголовные преследования по регионам, на 30.09.2023"
    svod["A1"].font = Font(bold=True)
    cols = ["ЛС", "ОС", "УО", "ШТ", "ДА", "СС", "ПН", "ОСВ", "ОПР"]
    for c, h in enumerate(["Регион", *cols, "Всего"], 1):
        svod.cell(3, c, h).font = Font(bold=True)
    r = 4
    for region_name in sorted(counts):
        svod.cell(r, 1, region_name)
        for c, code in enumerate(cols, 2):
            svod.cell(r, c, counts[region_name].get(code, 0))
        svod.cell(r, len(cols) + 2, sum(counts[region_name].values()))
        truth.append(_truth(file, "Свод", r))
        r += 1
    svod.cell(r, 1, "Всего")
    for c, code in enumerate(cols, 2):
        svod.cell(r, c, sum(b.get(code, 0) for b in counts.values()))
    svod.cell(r, len(cols) + 2, len(names))
    truth.append(_truth(file, "Свод", r))

    # the legend (no header row: nothing to count)
    leg["A1"] = "Условные обозначения"
    leg["A1"].font = Font(bold=True)
    for n, (code, meaning) in enumerate(LEGEND, 3):
        leg.cell(n, 1, code)
        leg.cell(n, 2, meaning)
    wb.save(folder / file)
    return truth


# --- 3. the English tracker (csv, US dates) ------------------------------------------------------------------
def _en_status(case: dict, rng: random.Random) -> tuple[str, str]:
    s, m = case["status"], case["months"]
    if s == "imprisoned":
        return rng.choice(["Serving sentence", "In prison", "Serving sentence (penal colony)"]), \
            rng.choice([f"{en_term(m)} in prison", f"{en_term(m)} imprisonment", f"{en_term(m)} in a general-regime penal colony"])
    if s == "restricted_freedom":
        return rng.choice(["Serving sentence", "Restricted freedom"]), f"{en_term(m)} of restricted freedom"
    if s == "probation":
        return rng.choice(["Suspended sentence", "Serving sentence"]), f"{en_term(m)} suspended"
    if s == "fined":
        return "Fined", f"Fine of {rng.choice(['500', '1,000', '2,000'])} MCI"
    if s == "pretrial_detention":
        return rng.choice(["Awaiting trial in SIZO", "In pre-trial detention"]), ""
    if s == "house_arrest":
        return "Under house arrest", ""
    if s == "under_investigation":
        return rng.choice(["Under investigation", "Under investigation (travel ban)"]), ""
    if s == "released":
        return rng.choice(["Released on parole", "Released (amnesty)", "Released after serving sentence"]), \
            f"{en_term(m)} in prison"
    return "Acquitted", ""


def _en_articles(charges, rng: random.Random) -> str:
    out = []
    for a, p in charges:
        out.append(rng.choice([f"Art. {a}({p})", f"Article {a} part {p}"]) if p else f"Art. {a}")
    if rng.random() < 0.12:
        out.append("CAO 488")
    return "; ".join(out)


def write_tracker(folder: Path, rng: random.Random) -> list[dict]:
    file = "kz_defenders_tracker_export.csv"
    header = ["ID", "Full name", "Date of birth", "Home city", "Charges", "Date of arrest (mm/dd/yyyy)",
              "Verdict date (mm/dd/yyyy)", "Sentence", "Current status", "Affiliation", "Last updated"]
    lines: list[list[str]] = [header]
    truth = []
    names = _names(rng, EN_FIRST, EN_SURNAMES, 72, first_last=True)
    for i, name in enumerate(names):
        case = _case(rng)
        if case["birth"]:
            b = dt.date(case["birth"], rng.randrange(1, 13), rng.randrange(1, 29))
            dob = f"{b:%m/%d/%Y}" if i % 6 else str(b.year)
        else:
            dob = ""
        arrest, dates = case["detained"], []
        if i % 9 == 5:
            arrest_cell, prec = f"{EN_MONTHS[arrest.month - 1]} {arrest.year}", "month"
        else:
            arrest_cell, prec = f"{arrest:%m/%d/%Y}", "day"
        dates.append((_first_of(arrest, prec), prec))
        verdict_cell = ""
        if case["sentenced"] is not None:
            verdict_cell = f"{case['sentenced']:%m/%d/%Y}"
            dates.append((case["sentenced"], "day"))
        if case["released"] is not None:
            dates.append((case["released"], "day"))
        status_cell, sentence_cell = _en_status(case, rng)
        if case["status"] == "released":
            status_cell += f" on {case['released']:%m/%d/%Y}" if i % 2 else ""
        j, dvk = i % 9, False
        affiliation = {0: "Koshe Party", 1: "", 2: "DVK supporter", 3: "journalist", 4: "alleged DVK member",
                       5: "", 6: "Atajurt volunteer", 7: "Democratic Choice of Kazakhstan", 8: ""}[j]
        dvk = j in (0, 2, 7)
        updated = dt.datetime(2023, 9, 1, 9, 0) + dt.timedelta(hours=rng.randrange(0, 600))
        started_on, precision = _started(dates)
        lines.append([f"KZ-{i + 101:04d}", name, dob, CITIES[case["city"]][3], _en_articles(case["charges"], rng),
                      arrest_cell, verdict_cell, sentence_cell, status_cell, affiliation, f"{updated:%Y-%m-%d %H:%M}"])
        truth.append(_truth(file, "", len(lines), case, name=name, started_on=started_on, started_precision=precision,
                            dvk_koshe=dvk))
    lines.append([""] * len(header))
    lines.append(["Note: all dates are month/day/year (US format)."] + [""] * (len(header) - 1))
    truth.append(_truth(file, "", len(lines)))
    lines.append([f"Total: {len(names)} people"] + [""] * (len(header) - 1))
    truth.append(_truth(file, "", len(lines)))
    with open(folder / file, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(lines)
    return truth


# --- 4. Kazakh in the 2021 Latin alphabet --------------------------------------------------------------------
def _kz_status(case: dict, rng: random.Random) -> str:
    s, m = case["status"], case["months"]
    if s in ("imprisoned", "released"):
        return rng.choice([f"bas bostandyğynan aiyru, {kz_term(m)}", f"{kz_term(m)} bas bostandyğynan aiyru"])
    if s == "restricted_freedom":
        return f"bas bostandyğyn şekteu, {kz_term(m)}"
    if s == "probation":
        return f"şartty türde {kz_term(m)}"
    if s == "fined":
        return f"aiyppūl {rng.choice([200, 500, 1000])} AEK"
    if s == "pretrial_detention":
        return "küzetpen ūstau (tergeu izolätory)"
    if s == "house_arrest":
        return "üi qamağy"
    if s == "under_investigation":
        return "tergeu jürıp jatyr"
    return "sot aqtady"


def _kz_articles(charges, rng: random.Random) -> str:
    out = [f"{a}-bap {p}-bölık" if p else f"{a}-bap" for a, p in charges]
    text = ", ".join(out)
    return f"QR QK {text}" if rng.random() < 0.3 else text


def _kz_date(d: dt.date, rng: random.Random) -> str:
    return f"{d:%d.%m.%Y}" if rng.random() < 0.55 else f"{d.day} {KZ_MONTHS[d.month - 1]} {d.year}"


def write_kazakh_latin(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "jastar_jelisi_tizim.xlsx", "Tızım"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "«Jastar jelısı» qoğamdyq bırlestıgı"
    ws["A2"] = "Sayasi sebeptermen qudalanğan azamattar tızımı"
    header = ["Reti", "Aty-jönı", "Tuğan jyly", "Qalasy / oblysy", "QK baby", "Jaza / būltartpau şarasy",
              "Ūstalğan küni", "Ükım şyqqan küni", "Partiia / qozğalys", "Eskertu"]
    for c, h in enumerate(header, 1):
        ws.cell(4, c, h).font = Font(bold=True)
    truth, r = [], 5
    names = _names(rng, KZL_FIRST, KZL_SURNAMES, 64)
    held = [_case(rng) for _ in range(48)]
    for case in held:
        while case["status"] == "released":
            case.update(_case(rng))
    freed = [_case(rng, "released") for _ in range(16)]
    number = 0
    for section, cases in (("Qudalauğa ūşyrağandar", held), ("Bosatylğandar", freed)):
        ws.cell(r, 1, section).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        truth.append(_truth(file, sheet, r))
        r += 1
        for case in cases:
            name = names[number]
            number += 1
            key = case["city"]
            _, region, _, _, kzl, kzl_region, _ = CITIES[key]
            if kzl_region and number % 12 == 5:
                place, case["city"] = kzl_region, None
            elif kzl_region:
                place = rng.choice([f"{kzl} q., {kzl_region}", f"{kzl} qalasy, {kzl_region.replace('obl.', 'oblysy')}"])
            else:
                place = f"{kzl} q."
            dates = [(case["detained"], "day")]
            sentenced = ""
            if case["sentenced"] is not None:
                sentenced = _kz_date(case["sentenced"], rng)
                dates.append((case["sentenced"], "day"))
            note = ""
            if case["released"] is not None:
                dates.append((case["released"], "day"))
                note = f"{case['released']:%d.%m.%Y} bosatyldy" if number % 2 else ""
            started_on, precision = _started(dates)
            j, party, dvk = number % 6, "", False
            if j == 1:
                party, dvk = "QDT", True
            elif j == 2:
                party, dvk = "Köşe partiiasy", True
            elif j == 4:
                party = "QDT?"
            birth = case["birth"]
            row = [number, name, (f"{birth} j.t." if number % 3 == 0 else birth) if birth else "", place,
                   _kz_articles(case["charges"], rng), _kz_status(case, rng), _kz_date(case["detained"], rng),
                   sentenced, party, note]
            for c, v in enumerate(row, 1):
                if v != "":
                    ws.cell(r, c, v)
            region_truth = region if case["city"] else CITIES[key][1]
            truth.append(_truth(file, sheet, r, case, name=name, started_on=started_on, started_precision=precision,
                                dvk_koshe=dvk, region=region_truth))
            r += 1
    ws.cell(r, 1, f"Barlyğy: {number} adam")
    truth.append(_truth(file, sheet, r))
    wb.save(folder / file)
    return truth


# --- 5. a monitoring log of detentions at assemblies, rally cells merged down ----------------------------------
RALLIES = [
    (dt.date(2021, 2, 28), "almaty", "Акция в поддержку политзаключённых"),
    (dt.date(2021, 3, 20), "astana", "Митинг в Наурыз"),
    (dt.date(2021, 5, 9), "oral", "Одиночные пикеты"),
    (dt.date(2021, 10, 25), "aktobe", "Митинг против повышения цен"),
    (dt.date(2022, 1, 4), "zhanaozen", "Протест против цен на газ"),
    (dt.date(2022, 1, 5), "almaty", "Протест на площади Республики"),
    (dt.date(2022, 6, 5), "shymkent", "Акция в день референдума"),
    (dt.date(2022, 11, 20), "astana", "Пикет у избирательного участка"),
    (dt.date(2023, 3, 19), "karaganda", "Митинг шахтёров"),
    (dt.date(2023, 7, 6), "atyrau", "Митинг за освобождение активистов"),
]


def _rally_outcome(kind: str, rng: random.Random) -> tuple[str, str, dict]:
    """(articles cell, outcome cell, the case's facts) for one person detained at a rally."""
    days = rng.choice([5, 10, 15])
    if kind == "admin":
        art = rng.choice(["ст. 488 ч. 6 КоАП РК", "ч. 6 ст. 488 КоАП"])
        return art, rng.choice([f"арест {days} суток", f"административный арест {days} суток"]), \
            {"status": "unknown", "months": None, "charges": []}
    charges = rng.choice([[(400, 1)], [(405, 2)], [(272, 2)], [(380, 1)], [(174, 1), (405, 2)]])
    art = "; ".join(f"ч. {p} ст. {a} УК РК" for a, p in charges)
    if kind == "admin+criminal":
        art = "ст. 488 ч. 6 КоАП РК; " + art
    status = {"admin+criminal": "house_arrest"}.get(kind, kind)
    facts = {"status": status, "months": None, "charges": charges}
    if status == "under_investigation":
        return art, "подписка о невыезде", facts
    if status == "pretrial_detention":
        return art, "содержится в СИЗО", facts
    if status == "house_arrest":
        return art, "домашний арест", facts
    months = rng.choice([12, 24, 36])
    facts["months"] = months
    if status == "restricted_freedom":
        return art, f"ограничение свободы {ru_term(months)}", facts
    return art, f"{ru_term(months)} условно", facts


def write_rally_log(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "mirnye_sobraniya_zaderzhaniya.xlsx", "Задержания"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Мониторинг права на мирные собрания: задержанные участники акций"
    ws["A1"].font = Font(bold=True)
    header = ["Дата акции / задержания", "Город", "Повод акции", "ФИО задержанного", "Г.р.", "Статья",
              "Мера / итог", "Дата приговора", "Связь с ДВК / Көше"]
    for c, h in enumerate(header, 1):
        ws.cell(3, c, h).font = Font(bold=True)
    sizes = [4 + day.day % 3 + (city == "almaty") for day, city, _ in RALLIES]
    names = _names(rng, RU_FIRST + RU_FIRST_F, RU_SURNAMES, sum(sizes), RU_PATR)
    kinds = ["admin", "admin", "admin", "under_investigation", "pretrial_detention", "restricted_freedom",
             "probation", "admin+criminal"]
    truth, r, n = [], 4, 0
    for (day, city, occasion), size in zip(RALLIES, sizes):
        top = r
        for _ in range(size):
            name, kind = names[n], kinds[n % len(kinds)]
            n += 1
            art, outcome, facts = _rally_outcome(kind, rng)
            birth = rng.randrange(1965, 2004) if n % 5 else None
            dates = [(day, "day")]
            sentenced = ""
            if facts["status"] in ("restricted_freedom", "probation"):
                verdict = day + dt.timedelta(days=rng.randrange(90, 240))
                sentenced = f"{verdict:%d.%m.%Y}"
                dates.append((verdict, "day"))
            tie = {1: "да", 4: "нет", 6: "ДВК?"}.get(n % 7, "")
            cells = {4: name, 5: birth, 6: art, 7: outcome, 8: sentenced, 9: tie}
            for c, v in cells.items():
                if v not in (None, ""):
                    ws.cell(r, c, v)
            case = {**facts, "city": city, "birth": birth}
            started_on, precision = _started(dates)
            truth.append(_truth(file, sheet, r, case, name=name, started_on=started_on, started_precision=precision,
                                dvk_koshe=tie == "да"))
            r += 1
        ws.cell(top, 1, dt.datetime.combine(day, dt.time())).number_format = "DD.MM.YYYY"
        # the capital was Nur-Sultan from March 2019 to September 2022
        ws.cell(top, 2, "Нур-Султан" if city == "astana" and day < dt.date(2022, 9, 17) else CITIES[city][2])
        ws.cell(top, 3, occasion)
        for c in (1, 2, 3):
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
    ws.cell(r, 1, f"Всего задержано: {n} чел.")
    truth.append(_truth(file, sheet, r))
    ws.cell(r + 1, 1, "Административные аресты (КоАП) указаны для полноты; уголовными делами не являются.")
    truth.append(_truth(file, sheet, r + 1))
    wb.save(folder / file)
    return truth


COLUMNS = ["source_file", "source_sheet", "source_row", "kind", "city", "region", "articles", "status",
           "sentence_months", "started_on", "started_precision", "birth_year", "dvk_koshe", "name"]


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the five lists into `folder`; return the truth, one row per row the cleaner must account for."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(16)
    rows = [*write_blocks(folder, rng), *write_monitoring(folder, rng), *write_tracker(folder, rng),
            *write_kazakh_latin(folder, rng), *write_rally_log(folder, rng)]
    truth = pd.DataFrame(rows).reindex(columns=COLUMNS)
    for c in ("sentence_months", "birth_year"):
        truth[c] = truth[c].astype("Int64")
    truth.loc[truth["kind"] != "case", ["city", "region", "articles", "status", "started_on", "started_precision",
                                        "name"]] = ""
    for c in ("city", "region", "articles", "status", "started_on", "started_precision", "name"):
        truth[c] = truth[c].fillna("").astype(str)
    truth["dvk_koshe"] = truth["dvk_koshe"].fillna(False).astype(bool)
    return truth
