"""Red-team set 25 (hold-out): habits of spreadsheet tools and exports.

Written from the outside (SPEC.md, REFERENCE.md, the README's input sections and data dictionary only).
`write_lists(folder)` writes six files and returns the truth, one row per non-blank row below a header.

Files, and what each stresses:
- `reestr_smart_table.xlsx`, sheet `Реестр`: a Russian working register kept as an Excel *table* (ListObject
  with filter buttons and banded rows) and filled through data-validation dropdowns. Two title lines (the
  second a filling instruction with an update date), the header on row 4, a dropdown column of measures
  (`Под стражей (СИЗО)`, `Лишение свободы`, `Условный срок`, ...) beside a separate `Срок` column, a dropdown
  `Статус проверки` (`проверено` / `на проверке`: the state of the entry, not of the case), a checkbox
  column `ДВК / Көше` stored as real TRUE/FALSE cells, cell comments on some names, dates mostly as date
  cells but some typed as text (`12.03.2021`) or a month (`март 2021`), several rows hidden by an active
  filter, and the table's totals row (`Итог` in the first column, the count of names under `ФИО`).
- `surveymonkey_export.csv`: a SurveyMonkey "all responses" export in English. Two header lines (questions,
  then `Response` / `Open-Ended Response` / the option names), the tool's own columns (`Respondent ID`,
  `Collector ID`, `Start Date`, `End Date` in US date-times of August-September 2023, `IP Address`, `Email Address`,
  `First Name`, `Last Name`, `Custom Data 1`: the respondent's, all blank but the ids and times), a
  single-choice question with an `Other (please specify)` column (the `Response` cell blank where the other
  text is given), a select-all question whose option columns hold the option's own label where ticked
  (`DVK`, `Koshe Partiyasy`, `None of these`, other text), dates typed by respondents in several ways, and
  three abandoned responses (ids and times only).
- `long_attributes.csv`: a key-value ("long", entity-attribute-value) export of a case database,
  `;`-separated UTF-8: `Код лица;Поле;Значение`, one line per person and attribute, a person's lines
  together, missing attributes left out (no line).
- `volunteers_shared.xlsx`, sheet `Общая`: one sheet appended to by four volunteers, each with their own
  habits (column `Кто вносил`): А.К. writes Russian, date cells, `да`/`нет`; Dana writes English, dates as
  Excel serial numbers (half in number cells, half "numbers stored as text"), `TRUE`/`FALSE` as text (pasted
  from a Google Sheets checkbox), `Art. 405(2)`; Ерлан writes Kazakh, dates as `2021.03.15` text, `иә`/`жоқ`,
  `405-бап 2-бөлік`; Marat pastes from an English-locale Excel: dates as `9-Jan-22` text (`May-2022` for a
  month), flags `1`/`0`, cities sometimes in capitals (`Г. КАПШАГАЙ`), sentences as `приговорён к лишению
  свободы на 2 года 6 мес.`. A line `--- дальше вносит Dana ---` (one per hand-over) between the blocks,
  and a count line at the end.
- `excel_ru_export.csv`: what Russian Excel writes with "CSV (разделители - точки с запятой)": UTF-8 with
  BOM, a title line padded with `;`, an empty line of `;`, booleans written `ИСТИНА` / `ЛОЖЬ`, a date column
  formatted "General" in the sheet, so its dates come out as serial numbers (`44270`), another as
  `15.03.2021`, the term in years with a decimal comma (`1,5` = 18 months), the kind of punishment in its own
  column, a few administrative charges beside the criminal ones (`ст.405 ч.2 УК; ст.488 КоАП`), and a
  totals line.
- `msforms_export.xlsx`, sheet `Form1`: a Microsoft Forms export with Russian questions. The tool's own
  columns (`ID`, `Start time`, `Completion time` as date-time cells of September-October 2023, `Email` =
  `anonymous`, `Name` blank: the respondent's, not the person's, `Last modified time` blank), date questions
  as date cells, and a "choose all" question written the way Forms writes it, the options each closed by `;`
  (`ДВК;Көше партиясы;`, `Нет связи;`). Some respondents knew no date.

Decisions taken for the truth (every value has one reading under SPEC.md):
- A case's dates are the detention and the verdict; started_on is the earliest given (month precision for
  `март 2021` / `03.2021`, first of that month). Survey `Start Date` / `End Date` are when the respondent
  filled in the form (2023, after every event), not events of the case: they never date a case; the same for
  MS Forms `Start time` / `Completion time`. A survey or form row whose dates were left blank is undated.
- Date cells of a workbook saved with the 1904 date system are the dates Excel shows (the workbook says so).
  `9-Jan-22` (Excel's d-mmm-yy) is 9 January 2022; `May-2022` is May 2022 (month precision).
- Excel serial numbers in a date column are dates (1899-12-30 epoch, as Excel counts): `44270` = 2021-03-15.
  `2021.03.15` is year-month-day (a four-digit year first leaves one reading). `15.3.21` is 15 March 2021.
- Status: the measure or sentence written; `Условный срок` / `условно` / `suspended sentence` / `шартты
  түрде` is probation with its term; `подписка о невыезде` / `under investigation` / `тергеуде` is
  under_investigation; `Под стражей (СИЗО)` / `pre-trial detention` / `тергеу изоляторында` is
  pretrial_detention; `Освобождён` / `released` / `босатылды` is released (no term written);
  `Принудительное лечение` is compulsory_treatment. A fine has no sentence_months. The dropdown
  `Статус проверки` (entry checked or not) says nothing of the case. A blank status is `unknown`.
- Term: `Срок` beside the measure; `1,5` in a years column is 18 months; `2 г. 6 мес.` is 30.
- dvk_koshe: TRUE cells, `TRUE`, `ИСТИНА`, `да`, `иә`, `1` (in a `(да/нет)` column) are yes; a ticked `DVK`
  or `Koshe Partiyasy` option of the survey is yes, as is an MS Forms answer naming `ДВК` or `Көше партиясы`;
  in the long export the attribute `Связь с ДВК/КП` = `да`. Never from article 405.
- Articles: criminal code only (`ст.488 КоАП` left out), ascending, part in brackets where given.
- Non-case rows: the totals row of the Excel table (`Итог`), the volunteers' hand-over lines and count line,
  the survey's abandoned responses (no answer at all), the CSV's totals line; and in the long export every
  line but a person's first (the `ФИО` line, where the case's row is: the person's block is one case, as a
  block of label/value lines is), each line holding one attribute of that case.
- City/region: the current official name and region (Нур-Султан -> Astana, Капшагай -> Konaev in Almaty
  Region, Семей -> Abai, Талдыкорган -> Jetisu, Жезказган -> Ulytau, Уральск/Орал -> Oral).

Scores: see tests/test_redteam25.py.
"""
from __future__ import annotations

import csv
import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pandas as pd

SEED = 25

# city key: (English official, region, Russian, Kazakh)
CITIES = [
    ("Almaty", "Almaty", "Алматы", "Алматы"),
    ("Astana", "Astana", "Астана", "Астана"),
    ("Shymkent", "Shymkent", "Шымкент", "Шымкент"),
    ("Oral", "West Kazakhstan", "Уральск", "Орал"),
    ("Oskemen", "East Kazakhstan", "Усть-Каменогорск", "Өскемен"),
    ("Semey", "Abai", "Семей", "Семей"),
    ("Aktobe", "Aktobe", "Актобе", "Ақтөбе"),
    ("Atyrau", "Atyrau", "Атырау", "Атырау"),
    ("Taraz", "Zhambyl", "Тараз", "Тараз"),
    ("Petropavl", "North Kazakhstan", "Петропавловск", "Петропавл"),
    ("Kostanay", "Kostanay", "Костанай", "Қостанай"),
    ("Karaganda", "Karaganda", "Караганда", "Қарағанды"),
    ("Kokshetau", "Akmola", "Кокшетау", "Көкшетау"),
    ("Aktau", "Mangystau", "Актау", "Ақтау"),
    ("Kyzylorda", "Kyzylorda", "Кызылорда", "Қызылорда"),
    ("Pavlodar", "Pavlodar", "Павлодар", "Павлодар"),
    ("Taldykorgan", "Jetisu", "Талдыкорган", "Талдықорған"),
    ("Zhanaozen", "Mangystau", "Жанаозен", "Жаңаөзен"),
    ("Konaev", "Almaty Region", "Капшагай", "Қонаев"),
    ("Zhezkazgan", "Ulytau", "Жезказган", "Жезқазған"),
    ("Temirtau", "Karaganda", "Темиртау", "Теміртау"),
    ("Turkistan", "Turkistan", "Туркестан", "Түркістан"),
]

RU_SURNAMES = ["Жумабаев", "Сарсенов", "Ахметов", "Кенжебеков", "Иванов", "Нургалиев", "Петренко", "Ибраев", "Оспанов",
               "Тулеуов", "Касымов", "Смагулов", "Курманов", "Бекмуханов", "Ким", "Сейтказин", "Абдрахманов",
               "Есенов", "Мусин", "Шайхин", "Ермеков", "Байжанов", "Гаврилов", "Рахимов", "Исаев", "Турсунов"]
RU_MALE = ["Ерлан", "Нурлан", "Даурен", "Асхат", "Сергей", "Бауыржан", "Марат", "Олжас", "Руслан", "Арман", "Канат",
           "Виктор", "Талгат", "Ержан", "Дамир", "Азамат", "Жандос", "Игорь"]
RU_FEMALE = ["Айгуль", "Динара", "Гульнара", "Сауле", "Елена", "Жанар", "Алия", "Мадина", "Асель", "Наталья"]
RU_PATR = ["Маратович", "Серикович", "Болатович", "Каиржанович", "Петрович", "Ержанович", "Амангельдыевич"]
LAT_SURNAMES = ["Zhumabayev", "Sarsenov", "Akhmetov", "Kenzhebekov", "Ivanov", "Nurgaliyev", "Ospanov", "Tuleuov",
                "Kassymov", "Smagulov", "Kurmanov", "Bekmukhanov", "Kim", "Seitkazin", "Yessenov", "Mussin", "Yermekov",
                "Baizhanov", "Rakhimov", "Issayev"]
LAT_MALE = ["Yerlan", "Nurlan", "Dauren", "Askhat", "Sergey", "Baurzhan", "Marat", "Olzhas", "Ruslan", "Arman",
            "Kanat", "Talgat", "Yerzhan", "Damir", "Azamat", "Zhandos"]
LAT_FEMALE = ["Aigul", "Dinara", "Gulnara", "Saule", "Yelena", "Zhanar", "Aliya", "Madina", "Assel"]

CHARGE_SETS = [[(405, 2)], [(405, 2)], [(405, 2)], [(405, 1)], [(174, 1)], [(274, 2)], [(174, 1), (405, 2)],
               [(272, 2)], [(380, 1)], [(179, None)], [(182, 2), (405, 2)], [(258, None)], [(274, 4)],
               [(174, 2)], [(405, 2), (258, None)]]
STATUSES = ["imprisoned"] * 5 + ["restricted_freedom"] * 4 + ["probation"] * 3 + ["fined"] * 2 + \
    ["pretrial_detention"] * 2 + ["house_arrest", "under_investigation", "under_investigation", "released", "acquitted",
                                  "compulsory_treatment"]
TERMS = {"imprisoned": [12, 24, 30, 36, 48, 60, 72, 84, 96], "restricted_freedom": [12, 18, 24, 36, 48],
         "probation": [12, 24, 36]}
SENTENCED = {"imprisoned", "restricted_freedom", "probation", "fined", "released", "acquitted", "compulsory_treatment"}


def _people(rng: random.Random, n: int, latin: bool = False) -> list[dict]:
    out = []
    for _ in range(n):
        female = rng.random() < 0.25
        if latin:
            first = rng.choice(LAT_FEMALE if female else LAT_MALE)
            sur = rng.choice(LAT_SURNAMES)
            if female and sur.endswith(("ov", "ev", "in")):
                sur += "a"
            name = f"{first} {sur}"
        else:
            sur = rng.choice(RU_SURNAMES)
            if female and sur.endswith(("ов", "ев", "ин")):
                sur += "а"
            patr = rng.choice(RU_PATR)
            if female:
                patr = patr[:-3] + "вна"
            first = rng.choice(RU_FEMALE if female else RU_MALE)
            name = f"{sur} {first} {patr}"
        status = rng.choice(STATUSES)
        months = rng.choice(TERMS[status]) if status in TERMS else None
        detained = date(2018, 4, 1) + timedelta(days=rng.randrange(0, 1500))
        det_prec = "month" if rng.random() < 0.08 else "day"
        sentenced = detained + timedelta(days=rng.randrange(60, 400)) if status in SENTENCED else None
        if sentenced and rng.random() < 0.12:
            detained = None  # only the verdict's date is known
        out.append({"name": name, "birth_year": rng.choice([None] + list(range(1958, 2002))), "city": rng.choice(CITIES),
                        "charges": rng.choice(CHARGE_SETS), "status": status, "months": months, "detained": detained,
                        "det_prec": det_prec if detained else "day", "sentenced": sentenced,
                        "dvk": rng.random() < 0.35, "female": female})
    return out


def _articles(charges) -> str:
    return "; ".join(f"{a}({p})" if p else str(a) for a, p in sorted(charges, key=lambda c: (c[0], c[1] or 0)))


def _started(p) -> tuple[str, str]:
    dates = []
    if p["detained"]:
        d = p["detained"].replace(day=1) if p["det_prec"] == "month" else p["detained"]
        dates.append((d, p["det_prec"]))
    if p["sentenced"]:
        dates.append((p["sentenced"], "day"))
    if not dates:
        return "", ""
    d, prec = min(dates)
    return d.isoformat(), prec


def _truth_row(file, sheet, row, p, **over) -> dict:
    started, prec = _started(p)
    rec = {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case", "city": p["city"][0],
               "region": p["city"][1], "articles": _articles(p["charges"]), "status": p["status"],
               "sentence_months": p["months"], "started_on": started, "started_precision": prec,
               "birth_year": p["birth_year"], "dvk_koshe": p["dvk"], "name": p["name"]}
    rec.update(over)
    return rec


def _skip(file, sheet, row) -> dict:
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case"}


RU_MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
             "декабрь"]


def _ru_years(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} года"
    return f"{n} лет"


def ru_term(m: int, short: bool = False) -> str:
    y, r = divmod(m, 12)
    if short:
        return " ".join(filter(None, [f"{y} г." if y else "", f"{r} мес." if r else ""]))
    return " ".join(filter(None, [_ru_years(y) if y else "", f"{r} мес." if r else ""]))


def en_term(m: int) -> str:
    y, r = divmod(m, 12)
    parts = []
    if y:
        parts.append(f"{y} year" + ("s" if y > 1 else ""))
    if r:
        parts.append(f"{r} months")
    return " ".join(parts)


def kz_term(m: int) -> str:
    y, r = divmod(m, 12)
    return " ".join(filter(None, [f"{y} жыл" if y else "", f"{r} ай" if r else ""]))


def ru_articles(charges, style: int = 0) -> str:
    out = []
    for a, p in charges:
        if style == 0:
            out.append(f"ч.{p} ст.{a} УК РК" if p else f"ст.{a} УК РК")
        else:
            out.append(f"ст.{a} ч.{p}" if p else f"ст.{a}")
    return ", ".join(out)


def en_articles(charges) -> str:
    return ", ".join(f"Art. {a}({p})" if p else f"Art. {a}" for a, p in charges)


def kz_articles(charges) -> str:
    return ", ".join(f"{a}-бап {p}-бөлік" if p else f"{a}-бап" for a, p in charges)


def serial(d: date) -> int:
    return (d - date(1899, 12, 30)).days


# ---------------------------------------------------------------------------------------------- file A
DROPDOWN = {"pretrial_detention": "Под стражей (СИЗО)", "house_arrest": "Домашний арест",
            "under_investigation": "Подписка о невыезде", "imprisoned": "Лишение свободы",
            "restricted_freedom": "Ограничение свободы", "probation": "Условный срок", "fined": "Штраф",
            "released": "Освобождён", "acquitted": "Оправдан", "compulsory_treatment": "Принудительное лечение"}
NOTES_RU = ["", "", "", "блогер", "гражданский активист", "пенсионер", "уточнить у родственников", "журналист",
            "многодетная мать", "данные из открытых источников"]


def _file_a(folder: Path, people: list[dict], rng: random.Random) -> list[dict]:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.table import Table, TableStyleInfo

    fname, sheet = "reestr_smart_table.xlsx", "Реестр"
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    wb = Workbook()
    wb.epoch = CALENDAR_MAC_1904  # saved by Excel for Mac with the 1904 date system: date cells count from 1904
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Реестр уголовных преследований по политическим мотивам (рабочая таблица)"
    ws["A2"] = "Заполнять только через выпадающие списки! Обновлено 15.07.2023"
    headers = ["№", "ФИО", "Год рождения", "Город", "Статья УК РК", "Дата задержания", "Дата приговора",
               "Мера / приговор", "Срок", "ДВК / Көше", "Статус проверки", "Комментарий"]
    ws.append([])
    ws.append(headers)
    truth = []
    first = 5
    for i, p in enumerate(people):
        r = first + i
        city_ru = p["city"][2]
        if p["city"][0] == "Astana" and rng.random() < 0.5:
            city_ru = "Нур-Султан"
        det = None
        if p["detained"]:
            if p["det_prec"] == "month":
                det = f"{RU_MONTHS[p['detained'].month - 1]} {p['detained'].year}"
            elif rng.random() < 0.2:
                det = p["detained"].strftime("%d.%m.%Y")  # typed as text
            else:
                det = p["detained"]
        sen = p["sentenced"]
        if sen and rng.random() < 0.15:
            sen = sen.strftime("%d.%m.%Y")
        term = ru_term(p["months"], short=rng.random() < 0.4) if p["months"] else None
        ws.append([i + 1, p["name"], p["birth_year"], city_ru, ru_articles(p["charges"], rng.randrange(2)), det, sen,
                   DROPDOWN[p["status"]], term, bool(p["dvk"]), rng.choice(["проверено", "проверено", "на проверке"]),
                   rng.choice(NOTES_RU) or None])
        for col in (6, 7):
            if isinstance(ws.cell(r, col).value, (date, datetime)):
                ws.cell(r, col).number_format = "DD.MM.YYYY"
        if rng.random() < 0.12:
            ws.cell(r, 2).comment = Comment("Проверить написание фамилии по приговору", "Модератор")
        if rng.random() < 0.08:
            ws.row_dimensions[r].hidden = True  # filtered out by the table's filter
        truth.append(_truth_row(fname, sheet, r, p))
    last = first + len(people) - 1
    total = last + 1
    ws.cell(total, 1, "Итог")
    ws.cell(total, 2, len(people))
    ws.cell(total, 10, sum(bool(p["dvk"]) for p in people))  # the totals row's count of ticked boxes
    truth.append(_skip(fname, sheet, total))
    table = Table(displayName="Reestr", ref=f"A4:L{total}", totalsRowCount=1)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)
    dv = DataValidation(type="list", formula1='"' + ",".join(DROPDOWN.values()) + '"', allow_blank=True)
    dv.add(f"H5:H{last}")
    ws.add_data_validation(dv)
    dv2 = DataValidation(type="list", formula1='"проверено,на проверке"', allow_blank=True)
    dv2.add(f"K5:K{last}")
    ws.add_data_validation(dv2)
    ws.freeze_panes = "C5"
    wb.save(folder / fname)
    return truth


# ---------------------------------------------------------------------------------------------- file B
SURVEY_STATUS = {"pretrial_detention": "In pre-trial detention", "imprisoned": "Serving a prison sentence",
                 "restricted_freedom": "Restricted freedom (probation service)", "probation": "Suspended sentence",
                 "fined": "Fined", "released": "Released", "acquitted": "Acquitted"}
SURVEY_OTHER = {"house_arrest": ["house arrest", "домашний арест"],
                "under_investigation": ["under investigation, not detained", "подписка о невыезде"],
                "compulsory_treatment": ["compulsory psychiatric treatment", "принудительное лечение"]}


def _survey_date(d: date | None, prec: str, rng: random.Random) -> str:
    if d is None:
        return ""
    if prec == "month":
        return rng.choice([d.strftime("%m.%Y"), d.strftime("%B %Y")])
    k = rng.random()
    if k < 0.65:
        return d.strftime("%d.%m.%Y")
    if k < 0.85:
        return d.strftime("%d/%m/%Y")
    return f"{d.day}.{d.month}.{d.strftime('%y')}"


def _file_b(folder: Path, people: list[dict], rng: random.Random) -> list[dict]:
    fname = "surveymonkey_export.csv"
    top = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
           "Last Name", "Custom Data 1", "Full name of the person prosecuted", "Year of birth",
           "City or town where the case was opened", "Criminal Code article(s)", "Date of detention (DD.MM.YYYY)",
           "Date of verdict (DD.MM.YYYY)", "What is the current situation?", "", "Term of sentence (if any)",
           "Is the person linked to any movement? (select all that apply)", "", "", ""]
    sub = ["", "", "", "", "", "", "", "", "", "Open-Ended Response", "Open-Ended Response", "Open-Ended Response",
           "Open-Ended Response", "Open-Ended Response", "Open-Ended Response", "Response", "Other (please specify)",
           "Open-Ended Response", "DVK", "Koshe Partiyasy", "None of these", "Other (please specify)"]
    rows, truth = [top, sub], []
    stamp = datetime(2023, 8, 7, 9, 12, 5)
    abandoned = {7, 23, 41}
    i = 0
    line = 3
    pi = 0
    while pi < len(people) or i in abandoned:
        stamp += timedelta(minutes=rng.randrange(20, 900), seconds=rng.randrange(60))
        end = stamp + timedelta(minutes=rng.randrange(2, 15), seconds=rng.randrange(60))
        meta = [str(114500000000 + rng.randrange(10 ** 8)), "431276512", stamp.strftime("%m/%d/%Y %I:%M:%S %p"),
                end.strftime("%m/%d/%Y %I:%M:%S %p"), "", "", "", "", ""]
        if i in abandoned:
            rows.append(meta + [""] * 13)
            truth.append(_skip(fname, "", line))
        else:
            p = people[pi]
            pi += 1
            city = p["city"][0] if rng.random() < 0.7 else p["city"][2]
            if p["city"][0] == "Oral" and city == "Oral":
                city = rng.choice(["Oral", "Uralsk"])
            arts = en_articles(p["charges"]) if rng.random() < 0.6 else ", ".join(
                f"{a} part {q}" if q else str(a) for a, q in p["charges"])
            resp, other = SURVEY_STATUS.get(p["status"], ""), ""
            if p["status"] in SURVEY_OTHER:
                other = rng.choice(SURVEY_OTHER[p["status"]])
            term = ""
            if p["months"]:
                term = en_term(p["months"]) if rng.random() < 0.7 else f"{p['months']} months"
            movement = ["", "", "", ""]
            if p["dvk"]:
                k = rng.random()
                movement[0] = "DVK" if k < 0.6 or k >= 0.85 else ""
                movement[1] = "Koshe Partiyasy" if k >= 0.6 else ""
            else:
                k = rng.random()
                if k < 0.6:
                    movement[2] = "None of these"
                elif k < 0.75:
                    movement[3] = "independent trade union"
            over = {}
            if pi % 12 == 5:  # the respondent knew no date: the case is undated (the form's own times are no event)
                p = dict(p, detained=None, sentenced=None)
                over = {"started_on": "", "started_precision": ""}
            rows.append(meta + [p["name"], str(p["birth_year"] or ""), city, arts,
                                _survey_date(p["detained"], p["det_prec"], rng), _survey_date(p["sentenced"], "day", rng),
                                resp, other, term] + movement)
            truth.append(_truth_row(fname, "", line, p, **over))
        i += 1
        line += 1
    with open(folder / fname, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return truth


# ---------------------------------------------------------------------------------------------- file C
LONG_STATUS = {"imprisoned": "лишение свободы", "restricted_freedom": "ограничение свободы", "probation": "условно",
               "fined": "штраф", "pretrial_detention": "содержится под стражей", "house_arrest": "домашний арест",
               "under_investigation": "подписка о невыезде", "released": "освобождён", "acquitted": "оправдан",
               "compulsory_treatment": "принудительное лечение"}


def _file_c(folder: Path, people: list[dict], rng: random.Random) -> list[dict]:
    fname = "long_attributes.csv"
    rows, truth = [["Код лица", "Поле", "Значение"]], []
    line = 2
    for i, p in enumerate(people):
        code = f"P-{1031 + i * 3:05d}"
        attrs = [("ФИО", p["name"])]
        if p["birth_year"]:
            attrs.append(("Год рождения", str(p["birth_year"])))
        attrs.append(("Город", p["city"][2]))
        attrs.append(("Статья", ru_articles(p["charges"], 1)))
        if p["detained"]:
            d = p["detained"]
            attrs.append(("Дата задержания", f"{RU_MONTHS[d.month - 1]} {d.year}" if p["det_prec"] == "month"
                          else d.strftime("%d.%m.%Y")))
        if p["sentenced"]:
            attrs.append(("Дата приговора", p["sentenced"].strftime("%d.%m.%Y")))
        st = LONG_STATUS[p["status"]]
        if p["months"]:
            st = f"{st} {ru_term(p['months'])}" if p["status"] != "probation" else f"{ru_term(p['months'])} условно"
        attrs.append(("Мера / приговор", st))
        attrs.append(("Связь с ДВК/КП", "да" if p["dvk"] else "нет"))
        for k, (field, value) in enumerate(attrs):
            rows.append([code, field, value])
            truth.append(_truth_row(fname, "", line, p) if k == 0 else _skip(fname, "", line))
            line += 1
    with open(folder / fname, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    return truth


# ---------------------------------------------------------------------------------------------- file D
VOL_STATUS = {
    "ru": {"imprisoned": "лишение свободы {t}", "restricted_freedom": "ограничение свободы {t}",
           "probation": "{t} условно", "fined": "штраф 150 МРП", "pretrial_detention": "в СИЗО",
           "house_arrest": "домашний арест", "under_investigation": "под следствием (подписка о невыезде)",
           "released": "освобождён", "acquitted": "оправдан", "compulsory_treatment": "принудительное лечение"},
    "en": {"imprisoned": "imprisonment, {t}", "restricted_freedom": "restricted freedom, {t}",
           "probation": "suspended sentence, {t}", "fined": "fine", "pretrial_detention": "pre-trial detention",
           "house_arrest": "house arrest", "under_investigation": "under investigation", "released": "released",
           "acquitted": "acquitted", "compulsory_treatment": "compulsory psychiatric treatment"},
    "paste": {"imprisoned": "приговорён к лишению свободы на {t}", "restricted_freedom": "приговорён к ограничению свободы на {t}",
              "probation": "осуждён условно на {t}", "fined": "оштрафован", "pretrial_detention": "под стражей",
              "house_arrest": "под домашним арестом", "under_investigation": "подозреваемый по делу, следствие идёт",
              "released": "вышел на свободу", "acquitted": "оправдан судом", "compulsory_treatment": "направлен на принудительное лечение"},
    "kz": {"imprisoned": "бас бостандығынан айыру, {t}", "restricted_freedom": "бас бостандығын шектеу, {t}",
           "probation": "{t} шартты түрде", "fined": "айыппұл", "pretrial_detention": "тергеу изоляторында",
           "house_arrest": "үй қамағында", "under_investigation": "тергеуде",
           "released": "босатылды", "acquitted": "ақталды", "compulsory_treatment": "мәжбүрлеп емдеу"},
}


def _file_d(folder: Path, people: list[dict], rng: random.Random) -> list[dict]:
    from openpyxl import Workbook

    fname, sheet = "volunteers_shared.xlsx", "Общая"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["Общая таблица волонтёров (не сортировать!)"])
    ws.append(["№", "ФИО / Аты-жөні", "г.р.", "Город", "Статья", "Задержан", "Приговор (дата)", "Наказание",
               "ДВК/Көше (да/нет)", "Кто вносил", "Примечание"])
    truth = []
    r = 3
    n = len(people)
    q = n // 4
    blocks = [("А.К.", "ru", people[:q]), ("Dana", "en", people[q: 2 * q]), ("Ерлан", "kz", people[2 * q: 3 * q]),
              ("Marat", "paste", people[3 * q:])]
    num = 0
    for bi, (who, lang, group) in enumerate(blocks):
        if bi:
            ws.cell(r, 1, f"--- дальше вносит {who} ---")
            truth.append(_skip(fname, sheet, r))
            r += 1
        for p in group:
            num += 1
            t = {"ru": ru_term, "paste": ru_term, "en": en_term, "kz": kz_term}[lang](p["months"]) if p["months"] else ""
            status = VOL_STATUS[lang][p["status"]].format(t=t)
            det, sen = p["detained"], p["sentenced"]
            if lang == "ru":
                city = ("г. " + p["city"][2]) if rng.random() < 0.5 else p["city"][2]
                arts = ru_articles(p["charges"], 0)
                dv = "да" if p["dvk"] else "нет"
                det_v = (f"{RU_MONTHS[det.month - 1]} {det.year}" if p["det_prec"] == "month" else det) if det else None
                sen_v = sen
            elif lang == "en":
                city = p["city"][0]
                arts = en_articles(p["charges"])
                dv = "TRUE" if p["dvk"] else "FALSE"
                det_v = (det.strftime("%B %Y") if p["det_prec"] == "month" else serial(det)) if det else None
                sen_v = serial(sen) if sen else None
                if rng.random() < 0.5:  # "number stored as text": the serial typed into a text-formatted cell
                    det_v = str(det_v) if det_v is not None else None
                    sen_v = str(sen_v) if sen_v is not None else None
            elif lang == "paste":  # pasted from an English-locale Excel: d-mmm-yy text, 1/0 flags
                city = ("г. " + p["city"][2]).upper() if rng.random() < 0.3 else p["city"][2]
                arts = ru_articles(p["charges"], 1)
                dv = "1" if p["dvk"] else "0"
                det_v = (det.strftime("%b-%Y") if p["det_prec"] == "month" else f"{det.day}-{det.strftime('%b-%y')}") if det else None
                sen_v = f"{sen.day}-{sen.strftime('%b-%y')}" if sen else None
            else:
                city = p["city"][3]
                arts = kz_articles(p["charges"])
                dv = "иә" if p["dvk"] else "жоқ"
                det_v = (det.strftime("%Y.%m") if p["det_prec"] == "month" else det.strftime("%Y.%m.%d")) if det else None
                sen_v = sen.strftime("%Y.%m.%d") if sen else None
            ws.append([num, p["name"], p["birth_year"], city, arts, det_v, sen_v, status, dv, who,
                       rng.choice(["", "", "", "см. пост в Facebook", "адвокат по назначению", "семья просит не публиковать фото"]) or None])
            for col in (6, 7):
                if isinstance(ws.cell(r, col).value, date):
                    ws.cell(r, col).number_format = "DD.MM.YYYY"
            truth.append(_truth_row(fname, sheet, r, p))
            r += 1
    ws.cell(r, 1, f"Всего внесено: {num}")
    truth.append(_skip(fname, sheet, r))
    wb.save(folder / fname)
    return truth


# ---------------------------------------------------------------------------------------------- file E
E_KIND = {"imprisoned": "лишение свободы", "restricted_freedom": "ограничение свободы", "probation": "условно",
          "fined": "штраф", "pretrial_detention": "под стражей", "house_arrest": "домашний арест",
          "under_investigation": "подписка о невыезде", "released": "освобождён", "acquitted": "оправдан",
          "compulsory_treatment": "принудительное лечение"}


def _years_comma(m: int) -> str:
    y = m / 12
    return str(int(y)) if y == int(y) else f"{y:.1f}".replace(".", ",")


def _file_e(folder: Path, people: list[dict], rng: random.Random) -> list[dict]:
    fname = "excel_ru_export.csv"
    width = 11
    lines = [["Список лиц, подвергшихся уголовному преследованию (выгрузка из Excel)"] + [""] * (width - 1),
             [""] * width,
             ["№ п/п", "Фамилия Имя Отчество", "Год рожд.", "Населённый пункт", "Статьи обвинения", "Дата ареста",
              "Дата приговора", "Вид наказания", "Срок, лет", "Сторонник ДВК/КП", "Примечание"]]
    truth = []
    line = 4
    for i, p in enumerate(people):
        arts = ru_articles(p["charges"], 1)
        if i % 17 == 5:
            arts = arts + " УК; ст.488 КоАП"
        city = p["city"][2]
        if p["city"][0] == "Konaev":
            city = "Капшагай"
        det = ""
        if p["detained"]:
            det = f"{p['detained'].month:02d}.{p['detained'].year}" if p["det_prec"] == "month" else str(serial(p["detained"]))
        sen = p["sentenced"].strftime("%d.%m.%Y") if p["sentenced"] else ""
        lines.append([str(i + 1), p["name"], str(p["birth_year"] or ""), city, arts, det, sen, E_KIND[p["status"]],
                      _years_comma(p["months"]) if p["months"] else "", "ИСТИНА" if p["dvk"] else "ЛОЖЬ",
                      rng.choice(["", "", "", "апелляция отклонена", "этапирован", "данные уточняются"])])
        truth.append(_truth_row(fname, "", line, p))
        line += 1
    lines.append(["", "", "", "", "", "", "", "Итого", str(len(people)), "", ""])
    truth.append(_skip(fname, "", line))
    with open(folder / fname, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh, delimiter=";", lineterminator="\r\n").writerows(lines)
    return truth


# ---------------------------------------------------------------------------------------------- file F
MSF_STATUS = {"pretrial_detention": "Под стражей в СИЗО", "imprisoned": "Отбывает лишение свободы",
              "restricted_freedom": "Ограничение свободы", "probation": "Условное осуждение", "fined": "Штраф",
              "house_arrest": "Домашний арест", "under_investigation": "Под следствием (на свободе)",
              "released": "Освобождён", "acquitted": "Оправдан", "compulsory_treatment": "Принудительное лечение"}


def _file_f(folder: Path, people: list[dict], rng: random.Random) -> list[dict]:
    from openpyxl import Workbook

    fname, sheet = "msforms_export.xlsx", "Form1"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
               "ФИО человека, которого преследуют", "Год рождения", "Город", "По каким статьям УК обвиняют?",
               "Когда задержан?", "Дата приговора (если был)", "Текущее положение", "Срок (если назначен)",
               "Связь с движениями (отметьте все подходящие)"])
    truth = []
    stamp = datetime(2023, 9, 4, 8, 40, 0)
    for i, p in enumerate(people):
        r = i + 2
        stamp += timedelta(minutes=rng.randrange(30, 1500), seconds=rng.randrange(60))
        done = stamp + timedelta(minutes=rng.randrange(3, 20), seconds=rng.randrange(60))
        over = {}
        if i % 11 == 7:  # the person filling in knew no date
            p = dict(p, detained=None, sentenced=None)
            over = {"started_on": "", "started_precision": ""}
        det = p["detained"]
        if det is not None and p["det_prec"] == "month":
            p = dict(p, det_prec="day")  # a form's date question takes a whole date
        movement = ""
        if p["dvk"]:
            movement = rng.choice(["ДВК;", "Көше партиясы;", "ДВК;Көше партиясы;"])
        elif rng.random() < 0.5:
            movement = rng.choice(["Нет связи;", "Профсоюз;"])
        ws.append([i + 1, stamp, done, "anonymous", None, None, p["name"], p["birth_year"], p["city"][2],
                   ru_articles(p["charges"], rng.randrange(2)), det, p["sentenced"], MSF_STATUS[p["status"]],
                   ru_term(p["months"]) if p["months"] else None, movement or None])
        for col in (2, 3):
            ws.cell(r, col).number_format = "M/D/YY h:mm:ss"
        for col in (11, 12):
            if ws.cell(r, col).value is not None:
                ws.cell(r, col).number_format = "M/D/YYYY"
        truth.append(_truth_row(fname, sheet, r, p, **over))
    wb.save(folder / fname)
    return truth


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the five files into `folder`; return the truth (one row per non-blank row below a header)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    truth = []
    truth += _file_a(folder, _people(rng, 70), rng)
    truth += _file_b(folder, _people(rng, 60, latin=True), rng)
    truth += _file_c(folder, _people(rng, 40), rng)
    truth += _file_d(folder, _people(rng, 81), rng)
    truth += _file_e(folder, _people(rng, 52), rng)
    truth += _file_f(folder, _people(rng, 44), rng)
    df = pd.DataFrame(truth)
    df["source_sheet"] = df["source_sheet"].fillna("")
    df["sentence_months"] = df["sentence_months"].astype("Int64")
    df["birth_year"] = df["birth_year"].astype("Int64")
    return df
