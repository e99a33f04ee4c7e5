"""Red-team set 31 (a hold-out): five lists in layouts of real published ones, written by an outsider.

`write_lists(folder)` writes the files and returns the truth: one row per non-blank row below a header row.
Everything is synthetic: invented names, seeded choices (random.Random(31)), no real person.

Files and what each stresses
- `labour_watchlist_2023.xlsx` (sheet `Kazakhstan`): an international trade-union federation's English watch
  list of prosecuted labour activists. Two title lines, one header row (`Worker`, `Union / employer`, `Town`,
  `Born`, `Charges`, `Case opened`, `Taken into custody`, `Verdict date`, `Outcome`, `Current situation`,
  `Political affiliation`, `Comments`), section rows per sector (`OIL AND GAS SECTOR (Mangystau, Atyrau)`,
  merged across), a totals line and two footnote lines (one a legend of `RF`). Dates: `Case opened` is text
  with ordinals (`3rd March 2021`), month-only text (`March 2021`) or ISO; custody and verdict dates are
  date cells shown as `d-mmm-yy`, else `not detained` / `pending`. Terms as `2.5 yrs`, `1 yr 6 mos`, `RF`;
  the outcome and the present situation in two columns; charges as `Art. 272 pt. 2; Art. 380 pt. 1`,
  `CC 402 part 1`, `Arts. 272(2), 380(1)`, with an administrative `CAO 488(6)` that is no criminal charge.
- `матрица_2021.xlsx` (sheets `1 полугодие 2021`, `2 полугодие 2021`): a Russian monitoring matrix: every
  article and every position at the end of the period is a column of its own, ticked with `+` (a legend
  line says so), under a two-row header (group cells `Статья УК РК` and `Положение на конец периода`
  merged across, the other cells merged down). A totals row (`Итого`, counts of `+` per column) and a
  source line close each sheet.
- `свобода_слова_2022.xlsx` (sheets `1 квартал` .. `4 квартал`): a free-speech foundation's monitoring of
  criminal prosecutions for speech, one sheet per quarter, a two-row header with groups `Место` (`Регион` |
  `Нас. пункт`) and `Даты` (`возб. УД` | `приговора`), the person headed `Пострадавший (ФИО)`, a role column
  `Кто он`, the reason `Повод` (prose), dates with two-digit years (`12.07.22`), `14/01/22`, month names,
  terms with a decimal comma (`1,5 года ОС`), `ч.3 ст.274` and `п.2 ч.4 ст.274` (the point is no part of
  the display: 274(4)), `ст.ст. 131, 274 ч.2`, a `ст. 456-2 КоАП` administrative charge, a totals row
  (`Всего за квартал: N`) and a footnote per sheet.
- `pg_copy_prosecutions.csv`: a PostgreSQL `COPY ... TO ... (FORMAT text, HEADER)` dump: tab-separated,
  `\\N` for null, booleans `t`/`f`, timestamps with a time zone (`2021-07-12 00:00:00+06`), charges as an
  array literal (`{"ч.2 ст.405","ч.1 ст.174"}`), statuses as the database's enum codes (`prison`,
  `restricted_liberty`, `suspended_sentence`, `fine`, `remand_custody`, `house_arrest`, `investigation`,
  `released`, `acquitted`), old names in `city_ru` (`Нур-Султан`, `Капшагай`), region abbreviations
  (`ЗКО`, `ВКО`), a record timestamp `created_at` (no event). One test record (`ТЕСТОВАЯ ЗАПИСЬ`, nothing
  else filled) and one exact repeat of a line are the non-case rows.
- `обращение_спецдокладчику_2022.xlsx` (sheet `Приложение 2`): an annex to an appeal to a UN special
  rapporteur: the sentence written out in words as in the verdict (`три года шесть месяцев лишения свободы`,
  `полтора года ограничения свободы`, `... с запретом ... на пять лет`), the year of birth in the name cell
  (`... (1984 г.р.)`, `... (1984)`), the place with its district (`г. Шымкент, Абайский р-н`,
  `Нур-Султан, р-н Есиль`), dates as `2021.07.12`, `12-07-2021`, `12.07.2021 г.`, `июль 2021 г.`,
  `3 ноября 2021 г.`, `не задерживался` in the detention column, `—` for no verdict, an "as of" title line
  and a source line under the table.

Decisions taken for the truth
- started_on is the earliest of the dates given in the row (case opened / custody / verdict / release);
  a month-only date is the first of its month, precision month; month-only dates are always in an earlier
  month than the row's other dates, so the earliest is never a coin flip.
- `полтора года` is 18 months; `три года ... с запретом ... на пять лет` is 36 (the ban's term is not the
  sentence's); a district after the city (`Абайский р-н`) is inside the city, never the Abai region.
- A test record (`ТЕСТОВАЯ ЗАПИСЬ`, every other field `\\N`) is no person, so no case (as a template card).
- Two-digit years (`12.07.22`) are 20xx, day first; `14/01/22` is day first (SPEC's decided reading).
- Status: the latest stage written across the row. Outcome `5 yrs prison` + situation `released on parole`
  is released with the term kept (60); outcome `pending` + a measure gives that measure; in the matrix a
  `+` under `лишение свободы` and under `освобождён` is released with the term; `подписка о невыезде` and
  `investigation` are under_investigation; `remand_custody` and `содержится в СИЗО` pretrial_detention;
  `RF` (explained in the legend line) and `ОС` (explained in the footnote) are restricted freedom;
  `suspended` / `условно` probation; a fine is fined (no term); acquitted has no term.
- sentence_months: the term of the sentence written in the row (`2.5 yrs` = 30, `1,5 года` = 18); none for
  a measure before a verdict, a fine or an acquittal; released keeps the sentence's term.
- articles: criminal code only, ascending, part in brackets where written; a point inside a part is
  dropped (`п.2 ч.4 ст.274` = 274(4)); `ст.ст. 131, 274 ч.2` = `131; 274(2)`; administrative articles are left
  out; in the matrix `405 ч.1` / `405 ч.2` columns give 405(1) / 405(2), a bare `174` column 174.
- city/region: the town as written, read as its current official English name and current region
  (Нур-Султан -> Astana; Капшагай -> Konaev, Almaty Region; Семей -> Semey, Abai; Жезказган -> Zhezkazgan,
  Ulytau; Uralsk -> Oral; Janaozen -> Zhanaozen; Kulsary -> Kulsary, Atyrau). A region column that gives
  the region at the time (`ВКО` for Semey) does not change the truth: the region is the city's current one.
- dvk_koshe: True only where the row names DVK or Koshe Partiyasy as the person's tie (`member of DVK`,
  `Koshe Partiyasy supporter`, `сторонник ДВК`, `активист «Көше партиясы»`, a `+` in the `ДВК / Көше`
  column, `t` in `koshe_dvk`); `ДВК?` is False; a blank matrix cell is "no" (the legend says so); `\\N`
  and `none known`, `не установлена` are False.
- Rows that are not cases: sector headings, totals, footnotes and legend lines below the header, the
  matrix `Итого` rows and source lines, the quarter totals and footnotes, the database's test record and
  its exact repeated line. Blank rows are not rows.
"""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

SEED = 31

# (English, Russian as written in lists, current region)
CITIES = [
    ("Almaty", "Алматы", "Almaty"),
    ("Astana", "Нур-Султан", "Astana"),
    ("Shymkent", "Шымкент", "Shymkent"),
    ("Oral", "Уральск", "West Kazakhstan"),
    ("Oskemen", "Усть-Каменогорск", "East Kazakhstan"),
    ("Semey", "Семей", "Abai"),
    ("Taraz", "Тараз", "Zhambyl"),
    ("Aktobe", "Актобе", "Aktobe"),
    ("Atyrau", "Атырау", "Atyrau"),
    ("Aktau", "Актау", "Mangystau"),
    ("Zhanaozen", "Жанаозен", "Mangystau"),
    ("Karaganda", "Караганда", "Karaganda"),
    ("Temirtau", "Темиртау", "Karaganda"),
    ("Pavlodar", "Павлодар", "Pavlodar"),
    ("Kostanay", "Костанай", "Kostanay"),
    ("Petropavl", "Петропавловск", "North Kazakhstan"),
    ("Kyzylorda", "Кызылорда", "Kyzylorda"),
    ("Taldykorgan", "Талдыкорган", "Jetisu"),
    ("Konaev", "Капшагай", "Almaty Region"),
    ("Zhezkazgan", "Жезказган", "Ulytau"),
    ("Kokshetau", "Кокшетау", "Akmola"),
]
REGION_RU = {  # the region column of the free-speech monitor and the database (region names as lists write them)
    "Almaty": "г. Алматы", "Astana": "г. Нур-Султан", "Shymkent": "г. Шымкент", "Oral": "ЗКО",
    "Oskemen": "ВКО", "Semey": "ВКО", "Taraz": "Жамбылская обл.", "Aktobe": "Актюбинская обл.",
    "Atyrau": "Атырауская обл.", "Aktau": "Мангистауская обл.", "Zhanaozen": "Мангистауская обл.",
    "Karaganda": "Карагандинская обл.", "Temirtau": "Карагандинская обл.", "Pavlodar": "Павлодарская обл.",
    "Kostanay": "Костанайская обл.", "Petropavl": "СКО", "Kyzylorda": "Кызылординская обл.",
    "Taldykorgan": "Алматинская обл.", "Konaev": "Алматинская обл.", "Zhezkazgan": "Карагандинская обл.",
    "Kokshetau": "Акмолинская обл.",
}

SURNAMES_RU = ["Абенов", "Жаксылыков", "Сейтказин", "Оразбаев", "Кенжебеков", "Мусин", "Тлеубергенов", "Байжанов",
               "Ермеков", "Нурланов", "Смагулов", "Дюсенов", "Петренко", "Коваленко", "Лысенко", "Гончаров",
               "Сулейменов", "Карибаев", "Ахметжанов", "Жумабеков", "Исмаилов", "Рахимов", "Шарипов", "Кан",
               "Ли", "Цой", "Бекмуратов", "Тулегенов", "Аманжолов", "Садыков", "Есимов", "Уразалин"]
FIRST_M = ["Ерлан", "Нурлан", "Асхат", "Бауыржан", "Дамир", "Арман", "Серик", "Марат", "Виктор", "Олег", "Руслан",
           "Талгат", "Жандос", "Ержан", "Канат", "Тимур", "Данияр", "Максим", "Ильяс", "Айдос"]
FIRST_F = ["Айгуль", "Гульнара", "Динара", "Жанар", "Сауле", "Ольга", "Наталья", "Асель", "Меруерт", "Алия",
           "Лаура", "Татьяна", "Камила", "Айжан"]
SURNAMES_EN = ["Abenov", "Zhaksylykov", "Seitkazin", "Orazbayev", "Kenzhebekov", "Musin", "Tleubergenov", "Baizhanov",
               "Yermekov", "Nurlanov", "Smagulov", "Dyusenov", "Petrenko", "Kovalenko", "Utepov", "Goncharov",
               "Suleimenov", "Karibayev", "Akhmetzhanov", "Zhumabekov", "Ismailov", "Rakhimov", "Sharipov", "Kan",
               "Tsoi", "Bekmuratov", "Tulegenov", "Amanzholov", "Sadykov", "Yesimov", "Urazalin", "Kuanyshev"]
FIRST_EN = ["Yerlan", "Nurlan", "Askhat", "Bauyrzhan", "Damir", "Arman", "Serik", "Marat", "Viktor", "Oleg",
            "Ruslan", "Talgat", "Zhandos", "Yerzhan", "Kanat", "Timur", "Daniyar", "Aigul", "Gulnara", "Dinara",
            "Zhanar", "Saule", "Olga", "Assel"]

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
RU_MONTHS_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                 "ноябрь", "декабрь"]

TRUTH_COLUMNS = ["source_file", "source_sheet", "source_row", "kind", "city", "region", "articles", "status",
                 "sentence_months", "started_on", "started_precision", "birth_year", "dvk_koshe", "name"]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _yrs(n: int) -> str:
    return "1 yr" if n == 1 else f"{n} yrs"


def _years_ru(n: int) -> str:
    return "1 год" if n == 1 else f"{n} года" if n < 5 else f"{n} лет"


def _name_ru(rng: random.Random) -> str:
    surname = rng.choice(SURNAMES_RU)
    if rng.random() < 0.35:
        first = rng.choice(FIRST_F)
        surname = surname + "а" if surname.endswith(("ов", "ев", "ин")) else surname
    else:
        first = rng.choice(FIRST_M)
    return f"{surname} {first}"


def _name_en(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_EN)} {rng.choice(SURNAMES_EN)}"


def _day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days))


def _articles(refs: list[tuple[int, int | None]]) -> str:
    return "; ".join(f"{a}({p})" if p else f"{a}" for a, p in sorted(set(refs), key=lambda r: (r[0], r[1] or 0)))


def _case(file, sheet, row, name, city, articles, status, months, started, precision, born, dvk) -> dict:
    region = EXTRA_TOWNS.get(city) or next(c[2] for c in CITIES if c[0] == city)
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case",
            "city": city, "region": region,
            "articles": articles, "status": status, "sentence_months": months,
            "started_on": started.isoformat() if started else "", "started_precision": precision if started else "",
            "birth_year": born, "dvk_koshe": bool(dvk), "name": name}


def _other(file, sheet, row) -> dict:
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case"}


EXTRA_TOWNS = {"Kulsary": "Atyrau", "Satpayev": "Ulytau", "Ekibastuz": "Pavlodar"}


# ---------------------------------------------------------------------------------------------------------
# 1. English labour watch list
# ---------------------------------------------------------------------------------------------------------
LABOUR_TOWNS = {  # written form -> official English name
    "OIL AND GAS SECTOR (Mangystau, Atyrau)": [("Zhanaozen", "Zhanaozen"), ("Janaozen", "Zhanaozen"),
                                              ("Aktau", "Aktau"), ("Atyrau", "Atyrau"), ("Kulsary", "Kulsary")],
    "MINING AND METALS": [("Zhezkazgan", "Zhezkazgan"), ("Satpayev", "Satpayev"), ("Temirtau", "Temirtau"),
                          ("Ekibastuz", "Ekibastuz"), ("Karaganda", "Karaganda")],
    "PUBLIC SECTOR AND TRANSPORT": [("Almaty", "Almaty"), ("Uralsk", "Oral"), ("Ust-Kamenogorsk", "Oskemen"),
                                    ("Shymkent", "Shymkent"), ("Aktobe", "Aktobe"), ("Nur-Sultan", "Astana")],
}
LABOUR_CHARGES = [  # (as written, refs)
    ("Art. 402(1) CC", [(402, 1)]),
    ("Art. 272 pt. 2; Art. 380 pt. 1", [(272, 2), (380, 1)]),
    ("CC 402 part 1", [(402, 1)]),
    ("Article 174 Part 1 and Article 402 Part 1", [(174, 1), (402, 1)]),
    ("Arts. 272(2), 380(1)", [(272, 2), (380, 1)]),
    ("Art. 402(1) CC; CAO 488(6)", [(402, 1)]),
    ("Art. 405(2)", [(405, 2)]),
    ("Art. 189 pt. 4 (embezzlement)", [(189, 4)]),
    ("Art. 274 pt. 2", [(274, 2)]),
]


def _labour_status(rng: random.Random, verdict: dt.date | None):
    """(status, months, outcome text, situation text, has custody, has verdict)."""
    kind = rng.choices(["imprisoned", "released", "restricted_freedom", "probation", "fined", "acquitted",
                        "pretrial_detention", "house_arrest", "under_investigation"],
                       weights=[14, 8, 12, 8, 5, 3, 5, 4, 6])[0]
    if kind == "imprisoned":
        months = rng.choice([36, 48, 60, 66, 84, 90])
        text = f"{months // 12} yrs prison" if months % 12 == 0 else f"{months // 12} yrs {months % 12} mos prison"
        return kind, months, text, rng.choice(["serving sentence in colony", "in prison"]), True, True
    if kind == "released":
        months = rng.choice([36, 48, 60])
        sit = rng.choice(["released on parole", "freed under the Nov 2022 amnesty", "released on parole, Oct 2022"])
        return kind, months, f"{months // 12} yrs prison", sit, True, True
    if kind == "restricted_freedom":
        months = rng.choice([12, 18, 24, 30, 36])
        text = rng.choice([f"{months / 12:g} yrs restricted freedom".replace("1 yrs", "1 yr"),
                           f"RF {months // 12} yr {months % 12} mos" if months % 12 else f"RF {_yrs(months // 12)}"])
        return kind, months, text, "serving sentence at home", False, True
    if kind == "probation":
        months = rng.choice([12, 24, 36])
        return kind, months, f"{months // 12} yrs suspended", "on probation", False, True
    if kind == "fined":
        return kind, None, rng.choice(["fine 1,000 MCI", "fine 2,500 MCI"]), "fine paid", False, True
    if kind == "acquitted":
        return kind, None, "acquitted", "free", rng.random() < 0.5, True
    if kind == "pretrial_detention":
        return kind, None, "pending", "held in pre-trial detention (SIZO)", True, False
    if kind == "house_arrest":
        return kind, None, "pending", "under house arrest", True, False
    return kind, None, "pending", "under investigation, not detained", False, False


def write_labour(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "labour_watchlist_2023.xlsx", "Kazakhstan"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Kazakhstan: trade unionists and labour activists facing criminal prosecution"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Central Asia desk of the federation. Compiled from union statements and court verdicts."
    header = ["#", "Worker", "Union / employer", "Town", "Born", "Charges", "Case opened", "Taken into custody",
              "Verdict date", "Outcome", "Current situation", "Political affiliation", "Comments"]
    for col, text in enumerate(header, 1):
        ws.cell(4, col, text).font = Font(bold=True)
    truth, row, number = [], 5, 0
    unions = ["Independent union of oil workers", "Fuel and energy workers' union", "Miners' union 'Birlik'",
              "Metalworkers' trade union", "Teachers' union", "Ambulance staff union", "Bus drivers' union"]
    comments = ["", "", "Strike organiser", "Hunger strike in 2021", "Union leader since 2015", "",
                "Dismissed before the charges", "Health problems in custody"]
    for section, towns in LABOUR_TOWNS.items():
        ws.cell(row, 1, section).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(header))
        truth.append(_other(file, sheet, row))
        row += 1
        for _ in range(22):
            number += 1
            written_town, town = rng.choice(towns)
            name = _name_en(rng)
            born = rng.choice([None, *range(1962, 1996)])
            charge_text, refs = rng.choice(LABOUR_CHARGES)
            status, months, outcome, situation, custody, verdict = _labour_status(rng, None)
            # a release (parole, the amnesty of November 2022) comes well after the verdict
            opened = _day(rng, dt.date(2020, 1, 1), dt.date(2021, 3, 31) if status == "released" else dt.date(2022, 6, 30))
            style = rng.choice(["ordinal", "month", "iso"])
            if style == "ordinal":
                opened_text = f"{_ordinal(opened.day)} {EN_MONTHS[opened.month - 1]} {opened.year}"
                start, precision, base = opened, "day", opened
            elif style == "month":
                opened_text = f"{EN_MONTHS[opened.month - 1]} {opened.year}"
                start, precision = opened.replace(day=1), "month"
                base = (opened.replace(day=1) + dt.timedelta(days=40)).replace(day=1)  # later dates: next month on
            else:
                opened_text = opened.isoformat()
                start, precision, base = opened, "day", opened
            custody_on = base + dt.timedelta(days=rng.randrange(0, 25)) if custody else None
            verdict_on = base + dt.timedelta(days=rng.randrange(60, 300)) if verdict else None
            affiliation, dvk = rng.choices([("", False), ("none known", False), ("independent union", False),
                                            ("Koshe Partiyasy supporter", True), ("member of DVK", True)],
                                           weights=[10, 4, 3, 2, 2])[0]
            values = [number, name, rng.choice(unions), written_town, born or "", charge_text, opened_text,
                      custody_on or "not detained", verdict_on or "pending", outcome, situation, affiliation,
                      rng.choice(comments)]
            for col, value in enumerate(values, 1):
                cell = ws.cell(row, col, value)
                if isinstance(value, dt.date):
                    cell.number_format = "d-mmm-yy"
            truth.append(_case(file, sheet, row, name, town, _articles(refs), status, months, start, precision,
                               born, dvk))
            row += 1
    row += 1  # a blank row before the closing lines
    for text in (f"Total: {number} workers", "Sources: court verdicts, union statements, lawyers.",
                 "RF = restricted freedom; MCI = monthly calculation index."):
        ws.cell(row, 1, text)
        truth.append(_other(file, sheet, row))
        row += 1
    for col, width in zip("ABCDEFGHIJKLM", (4, 22, 30, 16, 6, 34, 18, 14, 12, 26, 32, 24, 28)):
        ws.column_dimensions[col].width = width
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------------------------------------------------
# 2. Russian matrix of ticks
# ---------------------------------------------------------------------------------------------------------
MATRIX_ARTICLES = [("174", (174, None)), ("179", (179, None)), ("274", (274, None)), ("405 ч.1", (405, 1)),
                   ("405 ч.2", (405, 2))]
MATRIX_POSITIONS = ["СИЗО", "дом. арест", "подписка о невыезде", "лишение свободы", "ограничение свободы",
                    "условно", "штраф", "оправдан", "освобождён"]


def _matrix_sheet(wb: Workbook, sheet: str, half: int, rng: random.Random, file: str) -> list[dict]:
    ws = wb.create_sheet(sheet)
    ncols = 5 + len(MATRIX_ARTICLES) + len(MATRIX_POSITIONS) + 3
    ws.cell(1, 1, f"Мониторинг уголовных преследований по политическим мотивам, {half} полугодие 2021 г.").font = Font(bold=True)
    ws.cell(2, 1, "Отметка «+» — да; пустая клетка — нет. Срок указан в месяцах.")
    first = ["№", "ФИО", "Г.р.", "Город", "Дата возбуждения дела"]
    for col, text in enumerate(first, 1):
        ws.cell(3, col, text)
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    art0 = len(first) + 1
    ws.cell(3, art0, "Статья УК РК")
    ws.merge_cells(start_row=3, start_column=art0, end_row=3, end_column=art0 + len(MATRIX_ARTICLES) - 1)
    for i, (label, _) in enumerate(MATRIX_ARTICLES):
        ws.cell(4, art0 + i, label)
    pos0 = art0 + len(MATRIX_ARTICLES)
    ws.cell(3, pos0, "Положение на конец периода")
    ws.merge_cells(start_row=3, start_column=pos0, end_row=3, end_column=pos0 + len(MATRIX_POSITIONS) - 1)
    for i, label in enumerate(MATRIX_POSITIONS):
        ws.cell(4, pos0 + i, label)
    last = ["Срок, мес.", "ДВК / Көше", "Примечание"]
    for i, text in enumerate(last):
        col = pos0 + len(MATRIX_POSITIONS) + i
        ws.cell(3, col, text)
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    for r in (3, 4):
        for c in range(1, ncols + 1):
            ws.cell(r, c).font = Font(bold=True)
            ws.cell(r, c).alignment = Alignment(wrap_text=True, horizontal="center")
    notes = ["", "", "", "многодетный отец", "инвалид 2 группы", "объявлял голодовку", "пенсионер"]
    truth, row = [], 5
    counts = [0] * (len(MATRIX_ARTICLES) + len(MATRIX_POSITIONS) + 1)
    period_end = dt.date(2021, 6, 30) if half == 1 else dt.date(2021, 12, 31)
    for number in range(1, 47):
        name = _name_ru(rng)
        city_en, city_ru, _ = rng.choice(CITIES)
        city_text = rng.choice([city_ru, city_ru, f"г. {city_ru}"])
        born = rng.choice([None, *range(1960, 2001)])
        opened = _day(rng, dt.date(2020, 3, 1), period_end - dt.timedelta(days=20))
        style = rng.choice(["cell", "text", "text", "month"])
        if style == "cell":
            opened_value, start, precision = opened, opened, "day"
        elif style == "text":
            opened_value, start, precision = opened.strftime("%d.%m.%Y"), opened, "day"
        else:
            opened_value, start, precision = f"{RU_MONTHS_NOM[opened.month - 1]} {opened.year}", opened.replace(day=1), "month"
        picks = rng.choice([[0], [4], [4], [3], [2], [0, 4], [0, 2], [1, 3], [3, 4]])
        status = rng.choices(["pretrial_detention", "house_arrest", "under_investigation", "imprisoned",
                              "restricted_freedom", "probation", "fined", "acquitted", "released"],
                             weights=[5, 4, 6, 10, 10, 5, 3, 2, 4])[0]
        marks = {"pretrial_detention": [0], "house_arrest": [1], "under_investigation": [2], "imprisoned": [3],
                 "restricted_freedom": [4], "probation": [5], "fined": [6], "acquitted": [7],
                 "released": [3, 8]}[status]
        months = None
        if status in ("imprisoned", "released"):
            months = rng.choice([24, 36, 48, 60, 84])
        elif status == "restricted_freedom":
            months = rng.choice([12, 18, 24, 36, 60])
        elif status == "probation":
            months = rng.choice([12, 24, 36])
        dvk = rng.random() < 0.35
        values = [number, name, born or None, city_text, opened_value]
        values += ["+" if i in picks else None for i in range(len(MATRIX_ARTICLES))]
        values += ["+" if i in marks else None for i in range(len(MATRIX_POSITIONS))]
        values += [months, "+" if dvk else None, rng.choice(notes) or None]
        for col, value in enumerate(values, 1):
            if value is not None:
                cell = ws.cell(row, col, value)
                if isinstance(value, dt.date):
                    cell.number_format = "dd.mm.yyyy"
        for i, v in enumerate(values[5:5 + len(MATRIX_ARTICLES) + len(MATRIX_POSITIONS)]):
            counts[i] += v == "+"
        counts[-1] += dvk
        refs = [MATRIX_ARTICLES[i][1] for i in picks]
        truth.append(_case(file, sheet, row, name, city_en, _articles(refs), status, months, start, precision, born, dvk))
        row += 1
    ws.cell(row, 2, "Итого")
    for i, n in enumerate(counts[:-1]):
        ws.cell(row, art0 + i, n)
    ws.cell(row, pos0 + len(MATRIX_POSITIONS) + 1, counts[-1])
    truth.append(_other(file, sheet, row))
    row += 1
    ws.cell(row, 1, "Источник: открытые данные, сообщения родственников и адвокатов.")
    truth.append(_other(file, sheet, row))
    return truth


def write_matrix(folder: Path, rng: random.Random) -> list[dict]:
    file = "матрица_2021.xlsx"
    wb = Workbook()
    wb.remove(wb.active)
    truth = _matrix_sheet(wb, "1 полугодие 2021", 1, rng, file)
    truth += _matrix_sheet(wb, "2 полугодие 2021", 2, rng, file)
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------------------------------------------------
# 3. Free-speech monitor, one sheet per quarter
# ---------------------------------------------------------------------------------------------------------
SPEECH_CHARGES = [
    ("ч.3 ст.274 УК РК", [(274, 3)]),
    ("ст. 274 ч. 2", [(274, 2)]),
    ("п.2 ч.4 ст.274", [(274, 4)]),
    ("ст. 174 ч.1", [(174, 1)]),
    ("ст. 174 ч.1, ст. 274 ч.3", [(174, 1), (274, 3)]),
    ("ст.ст. 131, 274 ч.2", [(131, None), (274, 2)]),
    ("ст. 378 ч.2 УК", [(378, 2)]),
    ("ст. 274 ч.2 УК; ст. 456-2 КоАП", [(274, 2)]),
    ("ч.2 ст.405 УК РК", [(405, 2)]),
]
SPEECH_ROLES = ["журналист", "блогер", "гражданский активист", "пользователь соцсетей", "поэт", "пенсионер"]
SPEECH_REASONS = ["пост в Facebook о ценах на газ", "видео в TikTok о работе акимата", "комментарий в WhatsApp-группе",
                  "статья о коррупции в полиции", "стрим в Instagram", "открытое письмо президенту",
                  "публикация в Telegram-канале"]


def _speech_status(rng: random.Random):
    """(status, months, cell text, verdict given)."""
    kind = rng.choices(["imprisoned", "restricted_freedom", "probation", "fined", "pretrial_detention",
                        "house_arrest", "under_investigation", "acquitted", "released"],
                       weights=[6, 12, 6, 5, 5, 4, 8, 2, 3])[0]
    if kind == "imprisoned":
        months = rng.choice([24, 30, 36, 60])
        text = rng.choice([f"приговор: {months // 12} г. л/с" if months % 12 == 0 else f"приговор: {months / 12:g} г. л/с".replace(".", ","),
                           f"лишение свободы {months // 12} г. {months % 12} мес." if months % 12 else f"лишение свободы {_years_ru(months // 12)}"])
        return kind, months, text, True
    if kind == "restricted_freedom":
        months = rng.choice([12, 18, 24, 30, 36])
        text = rng.choice([f"ОС {months / 12:g} г.".replace(".", ",", 1) if months % 12 else f"ОС {_years_ru(months // 12)}",
                           f"приговор: {months / 12:g} года ОС".replace(".", ",", 1) if months % 12 else f"приговор: {_years_ru(months // 12)} ОС"])
        return kind, months, text, True
    if kind == "probation":
        months = rng.choice([12, 24, 36])
        return kind, months, f"{_years_ru(months // 12)} условно", True
    if kind == "fined":
        return kind, None, rng.choice(["штраф 2000 МРП", "приговор: штраф 500 МРП"]), True
    if kind == "pretrial_detention":
        return kind, None, "содержится в СИЗО", False
    if kind == "house_arrest":
        return kind, None, "домашний арест", False
    if kind == "under_investigation":
        return kind, None, "следствие, подписка о невыезде", False
    if kind == "acquitted":
        return kind, None, "оправдан судом", True
    months = rng.choice([24, 36])
    return kind, months, f"приговор: {months // 12} г. л/с; освобождён по УДО", True


def write_speech(folder: Path, rng: random.Random) -> list[dict]:
    file = "свобода_слова_2022.xlsx"
    wb = Workbook()
    wb.remove(wb.active)
    truth = []
    region_current = {"Semey": "Абайская обл.", "Taldykorgan": "обл. Жетісу", "Zhezkazgan": "Улытауская обл."}
    for quarter in range(1, 5):
        sheet = f"{quarter} квартал"
        ws = wb.create_sheet(sheet)
        ws.cell(1, 1, "Мониторинг нарушений свободы слова в Республике Казахстан, 2022 год").font = Font(bold=True)
        ws.cell(2, 1, "Раздел 3. Уголовное преследование за высказывания")
        top = ["№ п/п", "Пострадавший (ФИО)", "Год рожд.", "Кто он", "Место", None, "Статья", "Даты", None,
               "Мера / итог", "Связь с ДВК / «Көше»", "Повод"]
        sub = {5: "Регион", 6: "Нас. пункт", 8: "возб. УД", 9: "приговора"}
        for col, text in enumerate(top, 1):
            if text is not None:
                ws.cell(4, col, text).font = Font(bold=True)
            if col in sub:
                ws.cell(5, col, sub[col]).font = Font(bold=True)
            elif text is not None and col not in (5, 8):
                ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
        ws.merge_cells(start_row=4, start_column=5, end_row=4, end_column=6)
        ws.merge_cells(start_row=4, start_column=8, end_row=4, end_column=9)
        q_start = dt.date(2022, 3 * quarter - 2, 1)
        q_end = (dt.date(2022, 3 * quarter, 28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        row, n = 6, 0
        for _ in range(rng.randint(19, 22)):
            n += 1
            name = _name_ru(rng)
            city_en, city_ru, _ = rng.choice(CITIES)
            region_text = region_current.get(city_en, REGION_RU[city_en]) if quarter >= 3 else REGION_RU[city_en]
            born = rng.choice([None, *range(1955, 2003)])
            charge_text, refs = rng.choice(SPEECH_CHARGES)
            status, months, status_text, verdict = _speech_status(rng)
            opened = _day(rng, q_start - dt.timedelta(days=200), q_end - dt.timedelta(days=5))
            style = rng.choice(["dotted", "short", "slash", "month", "cell"])
            if style == "dotted":
                opened_value, start, precision = opened.strftime("%d.%m.%Y"), opened, "day"
            elif style == "short":
                opened_value, start, precision = opened.strftime("%d.%m.%y"), opened, "day"
            elif style == "slash":
                opened_value, start, precision = opened.strftime("%d/%m/%y"), opened, "day"
            elif style == "month":
                opened_value, start, precision = f"{RU_MONTHS_NOM[opened.month - 1]} {opened.year}", opened.replace(day=1), "month"
            else:
                opened_value, start, precision = opened, opened, "day"
            verdict_on = None
            if verdict:
                verdict_on = max(opened + dt.timedelta(days=rng.randrange(40, 200)), (opened.replace(day=1) + dt.timedelta(days=40)))
            tie, dvk = rng.choices([("", False), ("нет", False), ("не установлена", False), ("сторонник ДВК", True),
                                    ("активист «Көше партиясы»", True), ("ДВК?", False)],
                                   weights=[10, 5, 3, 2, 2, 1])[0]
            values = [n, name, born, rng.choice(SPEECH_ROLES), region_text, city_ru, charge_text, opened_value,
                      verdict_on.strftime("%d.%m.%y") if verdict_on else None, status_text, tie or None,
                      rng.choice(SPEECH_REASONS)]
            for col, value in enumerate(values, 1):
                if value is not None:
                    cell = ws.cell(row, col, value)
                    if isinstance(value, dt.date):
                        cell.number_format = "dd.mm.yyyy"
            truth.append(_case(file, sheet, row, name, city_en, _articles(refs), status, months, start, precision,
                               born, dvk))
            row += 1
        ws.cell(row, 1, f"Всего за квартал: {n}")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        truth.append(_other(file, sheet, row))
        row += 2
        ws.cell(row, 1, "* ОС — ограничение свободы; л/с — лишение свободы; МРП — месячный расчётный показатель.")
        truth.append(_other(file, sheet, row))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------------------------------------------------
# 4. PostgreSQL COPY (text format) dump
# ---------------------------------------------------------------------------------------------------------
PG_CHARGES = [
    ('{"ч.2 ст.405"}', [(405, 2)]),
    ('{"ч.1 ст.405","ч.1 ст.174"}', [(174, 1), (405, 1)]),
    ('{"ст. 174 ч. 1"}', [(174, 1)]),
    ('{"ч.2 ст.405","ч.1 ст.174"}', [(174, 1), (405, 2)]),
    ('{"ст. 274 ч. 2"}', [(274, 2)]),
    ('{"ч.2 ст.405","ст. 488 КоАП"}', [(405, 2)]),
    ('{"ст. 179 ч. 2"}', [(179, 2)]),
    ('{"ч.3 ст.380","ч.2 ст.272"}', [(272, 2), (380, 3)]),
]
PG_STATUS = {"imprisoned": "prison", "restricted_freedom": "restricted_liberty", "probation": "suspended_sentence",
             "fined": "fine", "pretrial_detention": "remand_custody", "house_arrest": "house_arrest",
             "under_investigation": "investigation", "released": "released", "acquitted": "acquitted"}


def write_pg(folder: Path, rng: random.Random) -> list[dict]:
    file = "pg_copy_prosecutions.csv"
    header = ["id", "full_name", "birth_year", "city_ru", "oblast_ru", "charges", "measure", "term_months",
              "detained_at", "charged_at", "verdict_at", "released_at", "koshe_dvk", "source_url", "created_at"]
    lines, truth = ["\t".join(header)], []
    null = "\\N"

    def ts(day: dt.date | None) -> str:
        return f"{day.isoformat()} 00:00:00+06" if day else null

    line_no = 1
    for rid in range(101, 167):
        if rid == 130:  # a test record nobody deleted
            lines.append("\t".join([str(rid), "ТЕСТОВАЯ ЗАПИСЬ"] + [null] * 13))
            line_no += 1
            truth.append(_other(file, "", line_no))
            continue
        name = _name_ru(rng)
        city_en, city_ru, _ = rng.choice(CITIES)
        born = rng.choice([None, *range(1958, 2002)])
        charge_text, refs = rng.choice(PG_CHARGES)
        status = rng.choices(list(PG_STATUS), weights=[10, 9, 5, 3, 5, 4, 6, 2, 5])[0]
        months = None
        if status in ("imprisoned", "released"):
            months = rng.choice([24, 36, 48, 60, 84])
        elif status in ("restricted_freedom", "probation"):
            months = rng.choice([12, 24, 36])
        charged = _day(rng, dt.date(2019, 1, 1), dt.date(2022, 10, 1))
        detained = charged + dt.timedelta(days=rng.randrange(0, 20)) if status in (
            "imprisoned", "released", "pretrial_detention", "house_arrest") or rng.random() < 0.2 else None
        has_charged = rng.random() < 0.8 or detained is None
        verdict = charged + dt.timedelta(days=rng.randrange(80, 300)) if status in (
            "imprisoned", "released", "restricted_freedom", "probation", "fined", "acquitted") else None
        released = verdict + dt.timedelta(days=rng.randrange(200, 600)) if status == "released" else None
        dates = [d for d in (detained, charged if has_charged else None, verdict, released) if d]
        dvk = rng.random() < 0.4
        dvk_text = "t" if dvk else rng.choice(["f", "f", null])
        values = [str(rid), name, str(born) if born else null, city_ru, REGION_RU[city_en], charge_text,
                  PG_STATUS[status], str(months) if months else null, ts(detained),
                  ts(charged) if has_charged else null, verdict.isoformat() if verdict else null,
                  released.isoformat() if released else null, dvk_text,
                  rng.choice([null, f"https://example.org/case/{rid}"]),
                  f"2023-01-{rng.randint(10, 28)} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999999):06d}+06"]
        lines.append("\t".join(values))
        line_no += 1
        truth.append(_case(file, "", line_no, name, city_en, _articles(refs), status, months, min(dates), "day",
                           born, dvk))
        if rid == 150:  # the same line exported twice (a join that doubled a row)
            lines.append(lines[-1])
            line_no += 1
            truth.append(_other(file, "", line_no))
    (folder / file).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return truth


# ---------------------------------------------------------------------------------------------------------
# 5. Annex to an appeal to a UN special rapporteur: sentences written out in words
# ---------------------------------------------------------------------------------------------------------
WORD_TERMS = {  # status -> [(text, months)]
    "imprisoned": [("пять лет лишения свободы", 60), ("три года шесть месяцев лишения свободы", 42),
                   ("семь лет лишения свободы в колонии средней безопасности", 84), ("четыре года лишения свободы", 48)],
    "restricted_freedom": [("два года ограничения свободы", 24), ("один год ограничения свободы", 12),
                           ("полтора года ограничения свободы", 18),
                           ("три года ограничения свободы с запретом заниматься общественной деятельностью на пять лет", 36)],
    "probation": [("два года лишения свободы условно", 24), ("один год условно", 12)],
    "fined": [("штраф в размере 300 МРП", None)],
    "acquitted": [("оправдательный приговор", None)],
    "released": [("четыре года лишения свободы; освобождён по амнистии в ноябре 2022 г.", 48),
                 ("три года лишения свободы; освобождён условно-досрочно в октябре 2022 г.", 36)],
}
WORD_MEASURES = {"pretrial_detention": "содержание под стражей", "house_arrest": "домашний арест",
                 "under_investigation": "подписка о невыезде"}
DISTRICT_PLACES = [("Almaty", "Алматы, Ауэзовский р-н"), ("Almaty", "г. Алматы, Бостандыкский район"),
                   ("Shymkent", "г. Шымкент, Абайский р-н"), ("Shymkent", "Шымкент, Енбекшинский район"),
                   ("Astana", "Нур-Султан, р-н Есиль"), ("Astana", "г. Нур-Султан, район Сарыарка"),
                   ("Semey", "Семей"), ("Kokshetau", "Кокшетау"), ("Aktobe", "Актобе"), ("Oral", "Уральск"),
                   ("Taraz", "г. Тараз"), ("Kyzylorda", "Кызылорда")]
PATRONYMICS = ["Маратович", "Серикович", "Нурланович", "Ерланович", "Викторович", "Болатович"]
PATRONYMICS_F = ["Маратовна", "Сериковна", "Нурлановна", "Ерлановна", "Викторовна", "Болатовна"]


def write_words(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "обращение_спецдокладчику_2022.xlsx", "Приложение 2"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.cell(1, 1, "Приложение 2 к обращению к Специальному докладчику ООН").font = Font(bold=True)
    ws.cell(2, 1, "Лица, подвергнутые уголовному преследованию за мирную деятельность (по состоянию на 1 декабря 2022 г.)")
    header = ["№", "Ф.И.О. (год рождения)", "Город / район", "Обвинение", "Дело возбуждено", "Задержан(а)",
              "Мера пресечения", "Приговор вынесен", "Приговор", "Связь с ДВК/Көше"]
    for col, text in enumerate(header, 1):
        ws.cell(4, col, text).font = Font(bold=True)
    charges = [("ст. 405 ч. 2 УК РК (участие в деятельности запрещённой организации)", [(405, 2)]),
               ("ст. 405 ч. 1 УК РК (организация деятельности)", [(405, 1)]),
               ("ст. 174 ч. 1 (возбуждение розни)", [(174, 1)]),
               ("ст. 274 ч. 2 и ст. 378 ч. 2 УК РК", [(274, 2), (378, 2)]),
               ("ст. 179 ч. 2 УК РК", [(179, 2)])]
    truth, row = [], 5
    for number in range(1, 53):
        female = rng.random() < 0.3
        surname = rng.choice(SURNAMES_RU)
        if female:
            surname = surname + "а" if surname.endswith(("ов", "ев", "ин")) else surname
            first, patronymic = rng.choice(FIRST_F), rng.choice(PATRONYMICS_F)
        else:
            first, patronymic = rng.choice(FIRST_M), rng.choice(PATRONYMICS)
        name = f"{surname} {first} {patronymic}"
        born = rng.choice([None, *range(1958, 2001)])
        name_cell = name if born is None else rng.choice([f"{name} ({born} г.р.)", f"{name} ({born})"])
        city_en, place = rng.choice(DISTRICT_PLACES)
        charge_text, refs = rng.choice(charges)
        status = rng.choices(["imprisoned", "restricted_freedom", "probation", "fined", "acquitted", "released",
                              "pretrial_detention", "house_arrest", "under_investigation"],
                             weights=[10, 10, 5, 3, 2, 5, 5, 4, 5])[0]
        opened = _day(rng, dt.date(2019, 6, 1), dt.date(2021, 6, 30) if status == "released" else dt.date(2022, 6, 30))
        style = rng.choice(["month", "ymd", "dash", "dotted"])
        if style == "month":
            opened_text, start, precision = f"{RU_MONTHS_NOM[opened.month - 1]} {opened.year} г.", opened.replace(day=1), "month"
            base = (opened.replace(day=1) + dt.timedelta(days=40)).replace(day=1)
        else:
            fmt = {"ymd": "%Y.%m.%d", "dash": "%d-%m-%Y", "dotted": "%d.%m.%Y г."}[style]
            opened_text, start, precision, base = opened.strftime(fmt), opened, "day", opened
        custody = status in ("imprisoned", "released", "pretrial_detention", "house_arrest") or rng.random() < 0.2
        detained = base + dt.timedelta(days=rng.randrange(0, 20)) if custody else None
        if status in WORD_TERMS:
            verdict_text, months = rng.choice(WORD_TERMS[status])
            verdict_on = base + dt.timedelta(days=rng.randrange(60, 250))
            measure = "содержание под стражей" if custody else "подписка о невыезде"
        else:
            verdict_text, months, verdict_on, measure = "приговор не вынесен", None, None, WORD_MEASURES[status]
        tie, dvk = rng.choices([("да", True), ("нет", False), ("неизвестно", False), (None, False)], weights=[4, 5, 2, 3])[0]
        values = [number, name_cell, place, charge_text, opened_text,
                  detained.strftime("%d.%m.%Y") if detained else "не задерживался", measure,
                  f"{verdict_on.day} {RU_MONTHS_GEN[verdict_on.month - 1]} {verdict_on.year} г." if verdict_on else "—",
                  verdict_text, tie]
        for col, value in enumerate(values, 1):
            if value is not None:
                ws.cell(row, col, value).alignment = Alignment(wrap_text=True, vertical="top")
        truth.append(_case(file, sheet, row, name, city_en, _articles(refs), status, months, start, precision, born, dvk))
        row += 1
    ws.cell(row, 1, "Источники: материалы уголовных дел, сообщения адвокатов и родственников.")
    truth.append(_other(file, sheet, row))
    wb.save(folder / file)
    return truth


RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the five lists into `folder`; return the truth (one row per non-blank row below a header)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    truth = write_labour(folder, rng) + write_matrix(folder, rng) + write_speech(folder, rng) + write_pg(folder, rng)
    truth += write_words(folder, rng)
    frame = pd.DataFrame(truth).reindex(columns=TRUE_ORDER)
    frame["source_row"] = frame["source_row"].astype(int)
    frame["sentence_months"] = frame["sentence_months"].astype("Int64")
    frame["birth_year"] = frame["birth_year"].astype("Int64")
    frame["source_sheet"] = frame["source_sheet"].fillna("")
    return frame


TRUE_ORDER = TRUTH_COLUMNS
