"""Red-team set 28: lists whose SHEET STRUCTURE is not one header row over one row per case.

Invented people only (names drawn from fixed pools by a seeded generator); the same call always
writes the same files. `write_lists(folder)` writes five workbooks and returns the truth: one row per
non-blank row below the first header row of each sheet (source_file, source_sheet, source_row as a
spreadsheet program shows it, kind "case" or "not_a_case", and for cases the fields of SPEC "Tidy tables").

Files and what each stresses
- `rt28_annual_annex.xlsx` (English), sheet `Annex`: an NGO's annual annex whose table starts far down and
  far right (column H, row 16) after a long preamble of methodology paragraphs in column A; TWO TABLES STACKED
  on one sheet: "A. Convicted" (Sentence, Detained, Verdict date) and, after a blank row and a section
  heading, "B. Under investigation" with its own header row whose columns sit in the same positions but mean
  other things (Measure of restraint, Date charged, Investigating authority where table A has the verdict date).
  Footnotes and a source line at the bottom.
- `rt28_monitoring_db.xlsx` (Russian), sheet `База`: a monitoring database kept in Excel with 44 numbered
  columns (`5. ФИО`, `20. Дата задержания`, ...), most of them irrelevant to the tidy tables (gender,
  citizenship, education, investigator's and judge's names, lawyer, record-keeping dates, a "verification
  status", priority, campaign, photo/consent flags). Dates of record entry and last update are not events of
  the case. A region column gives the region as written at the time (e.g. Алматинская обл. for Taldykorgan).
- `rt28_toqsan.xlsx` (Kazakh Cyrillic), sheet `Тізім`: a list built by pasting quarterly lists one under the
  other: each quarter opens with a heading row (`2022 жылғы II тоқсан`, merged over the width) and its own copy
  of the header row; blank separator rows; and note rows (`Ескерту: ...`, merged over columns B:H, the name
  column first) between cases.
- `rt28_three_level.xlsx` (Russian), sheet `Сводная`: a header whose words are spread over THREE rows with
  merged group cells (`Уголовное преследование` / `Даты` / `задержания`; `Уголовное преследование` /
  `Наказание` / `срок`), the columns with one word merged down over the three rows; kind and term of the
  punishment in separate columns; dates as date cells, as `dd.mm.yyyy` text, as a month name with year and as a
  year alone.
- `rt28_subtotals.xlsx` (English), sheet `By city`: the output of Excel's Data > Subtotal: sorted by city,
  after each city's rows a subtotal row (`Aktobe Count` in the City column, the count in the Name column),
  `Grand Count` at the end, outline levels set and two groups collapsed (their rows hidden: they are cases
  all the same). The term is a number of months in its own column (`Term (months)`).

Decisions taken for the truth
- The first header row of a sheet opens its table; every non-blank row below it is a case or not_a_case:
  section headings, a second table's header row, repeated header rows, quarter headings, note rows between
  cases, subtotal and grand-total rows, footnotes and source lines are not_a_case.
- Rows above the first header (titles, preamble, the first quarter heading) are not in the truth.
- city is the current official English name, region the city's current region (Taldykorgan -> Jetisu even
  where the list writes Алматинская обл.; Semey -> Abai where it writes ВКО).
- status: the latest stage written on the row. A verdict column beats the earlier measure of restraint in
  the database; "released on parole" / "освобождён по УДО" is released (SPEC decided reading); a suspended
  sentence ("2 years suspended", "условно", "шартты түрде") is probation; "подписка о невыезде" / "travel ban"
  / "тергеуде" is under_investigation; "содержится под стражей" / "in pre-trial detention" / "тергеу
  изоляторында" is pretrial_detention; a fine is fined with no term.
- sentence_months: the term written for imprisonment, restricted freedom, probation, and the original term of
  a released person where the row gives it; none for fines, measures of restraint and acquittals.
- started_on: the earliest of the detention, charge, verdict and release dates the row gives (record-entry
  and last-update dates of the database are not events); a month-and-year date is the 1st of the month
  (precision month), a year alone 1 January (precision year).
- articles: criminal code only, ascending, `405(2)`; a part only where written.
- dvk_koshe: True only where a cell names DVK / ДВК / ҚДТ / Koshe / Көше партиясы; "ДВК?" is False.
- birth_year: where given; blank cells are null.
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

REGION = {"Almaty": "Almaty", "Astana": "Astana", "Shymkent": "Shymkent", "Aktobe": "Aktobe", "Oral": "West Kazakhstan",
          "Atyrau": "Atyrau", "Aktau": "Mangystau", "Zhanaozen": "Mangystau", "Karaganda": "Karaganda", "Pavlodar": "Pavlodar",
          "Oskemen": "East Kazakhstan", "Semey": "Abai", "Taraz": "Zhambyl", "Kyzylorda": "Kyzylorda", "Kostanay": "Kostanay",
          "Petropavl": "North Kazakhstan", "Kokshetau": "Akmola", "Taldykorgan": "Jetisu", "Turkistan": "Turkistan",
          "Zhezkazgan": "Ulytau", "Konaev": "Almaty Region"}
CITY_RU = {"Almaty": "г. Алматы", "Astana": "г. Астана", "Shymkent": "г. Шымкент", "Aktobe": "Актобе", "Oral": "г. Уральск",
           "Atyrau": "Атырау", "Aktau": "г. Актау", "Zhanaozen": "Жанаозен", "Karaganda": "г. Караганда", "Pavlodar": "Павлодар",
           "Oskemen": "г. Усть-Каменогорск", "Semey": "г. Семей", "Taraz": "Тараз", "Kyzylorda": "г. Кызылорда",
           "Kostanay": "Костанай", "Petropavl": "г. Петропавловск", "Kokshetau": "Кокшетау", "Taldykorgan": "г. Талдыкорган",
           "Turkistan": "Туркестан", "Zhezkazgan": "Жезказган", "Konaev": "г. Конаев"}
# the region as a Russian list wrote it at the time (before the regions of June 2022)
OBL_RU = {"Almaty": "", "Astana": "", "Shymkent": "", "Aktobe": "Актюбинская обл.", "Oral": "ЗКО", "Atyrau": "Атырауская обл.",
          "Aktau": "Мангистауская обл.", "Zhanaozen": "Мангистауская обл.", "Karaganda": "Карагандинская обл.",
          "Pavlodar": "Павлодарская обл.", "Oskemen": "ВКО", "Semey": "ВКО", "Taraz": "Жамбылская обл.",
          "Kyzylorda": "Кызылординская обл.", "Kostanay": "Костанайская обл.", "Petropavl": "СКО", "Kokshetau": "Акмолинская обл.",
          "Taldykorgan": "Алматинская обл.", "Turkistan": "Туркестанская обл.", "Zhezkazgan": "Карагандинская обл.",
          "Konaev": "Алматинская обл."}
CITY_KK = {"Almaty": "Алматы", "Astana": "Астана", "Shymkent": "Шымкент", "Aktobe": "Ақтөбе", "Oral": "Орал", "Atyrau": "Атырау",
           "Aktau": "Ақтау", "Zhanaozen": "Жаңаөзен", "Karaganda": "Қарағанды", "Pavlodar": "Павлодар", "Oskemen": "Өскемен",
           "Semey": "Семей", "Taraz": "Тараз", "Kyzylorda": "Қызылорда", "Kostanay": "Қостанай", "Petropavl": "Петропавл",
           "Kokshetau": "Көкшетау", "Taldykorgan": "Талдықорған", "Turkistan": "Түркістан", "Zhezkazgan": "Жезқазған",
           "Konaev": "Қонаев"}
CITY_EN = {"Almaty": "Almaty", "Astana": "Astana", "Shymkent": "Shymkent", "Aktobe": "Aktobe", "Oral": "Oral (Uralsk)",
           "Atyrau": "Atyrau", "Aktau": "Aktau", "Zhanaozen": "Zhanaozen", "Karaganda": "Karaganda", "Pavlodar": "Pavlodar",
           "Oskemen": "Oskemen (Ust-Kamenogorsk)", "Semey": "Semey", "Taraz": "Taraz", "Kyzylorda": "Kyzylorda",
           "Kostanay": "Kostanay", "Petropavl": "Petropavl", "Kokshetau": "Kokshetau", "Taldykorgan": "Taldykorgan",
           "Turkistan": "Turkistan", "Zhezkazgan": "Zhezkazgan", "Konaev": "Konaev (Kapchagay)"}
CITIES = list(REGION)
WEIGHTED_CITIES = ["Almaty"] * 6 + ["Astana"] * 3 + ["Shymkent"] * 2 + CITIES

SUR_RU = ["Ахметов", "Байжанов", "Сарсенбаев", "Ким", "Петренко", "Оспанов", "Жумабеков", "Исмаилов", "Кузнецов", "Нуртазин",
          "Тулегенов", "Абдрахманов", "Смагулов", "Ли", "Мухамедиев", "Жакупов", "Ершов", "Касымов", "Бекмуханов", "Алиев"]
GIVEN_RU_M = ["Ерлан", "Нурлан", "Асхат", "Дмитрий", "Бауыржан", "Марат", "Серик", "Алексей", "Тимур", "Данияр", "Руслан", "Айдос"]
GIVEN_RU_F = ["Айгуль", "Гульнара", "Светлана", "Жанар", "Динара", "Ольга", "Асель", "Меруерт"]
PATR_M = ["Сериккалиевич", "Бахытович", "Иванович", "Маратович", "Кайратович", "Амангельдиевич"]
PATR_F = ["Сериккалиевна", "Бахытовна", "Ивановна", "Маратовна", "Кайратовна", "Амангельдиевна"]
SUR_EN = ["Akhmetov", "Baizhanov", "Sarsenbayev", "Kim", "Ospanov", "Zhumabekov", "Ismailov", "Nurtazin", "Tulegenov",
          "Smagulov", "Mukhamediyev", "Zhakupov", "Kassymov", "Bekmukhanov", "Aliyev", "Yessenov", "Dzhaksybekov", "Orazbayev"]
GIVEN_EN = ["Yerlan", "Nurlan", "Askhat", "Dmitry", "Bauyrzhan", "Marat", "Serik", "Alexei", "Timur", "Daniyar", "Aigul",
            "Gulnara", "Zhanar", "Dinara", "Assel", "Meruyert"]
SUR_KK = ["Ахметұлы", "Байжанов", "Сәрсенбаев", "Оспан", "Жұмабек", "Нұртазин", "Төлегенов", "Смағұлов", "Жақып", "Қасымов",
          "Бекмұхан", "Есенов", "Оразбаев", "Әбдірахманов", "Құдайбергенов"]
GIVEN_KK = ["Ерлан", "Нұрлан", "Асхат", "Бауыржан", "Марат", "Серік", "Дәурен", "Айгүл", "Гүлнар", "Жанар", "Әсел", "Меруерт",
            "Ғалым", "Қайрат"]

MONTH_RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
MONTH_RU_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
MONTH_KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]
MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December"]

# (article, part) combinations as lists give them
CHARGES = [[(405, 2)], [(405, 2)], [(405, 1)], [(174, 1)], [(174, 2)], [(274, 2)], [(274, 4)], [(272, 2)], [(380, 1)],
           [(182, 2)], [(174, 1), (274, 2)], [(405, 2), (174, 1)], [(272, 2), (380, 1)], [(256, 1)], [(405, 1), (258, 1)],
           [(179, 1)], [(378, 1)], [(405, None)], [(174, None)]]

COLUMNS = ["source_file", "source_sheet", "source_row", "kind", "city", "region", "articles", "status", "sentence_months",
           "started_on", "started_precision", "birth_year", "dvk_koshe", "name"]


def _articles(charges) -> str:
    return "; ".join(f"{a}({p})" if p else f"{a}" for a, p in sorted(charges, key=lambda c: (c[0], c[1] or 0)))


class Person:
    """One invented case with its facts; files render it in their own words."""

    def __init__(self, rng: random.Random, statuses: list[str]):
        self.status = rng.choice(statuses)
        self.city = rng.choice(WEIGHTED_CITIES)
        self.charges = rng.choice(CHARGES)
        self.birth_year = rng.choice([None] + list(range(1958, 2003))) if rng.random() < 0.9 else None
        self.detained = date(2019, 1, 1) + timedelta(days=rng.randrange(0, 365 * 5))
        self.charged = self.detained - timedelta(days=rng.choice([0, 0, 1, 2, 14, 30]))
        self.sentenced = self.detained + timedelta(days=rng.randrange(60, 300))
        self.released = self.sentenced + timedelta(days=rng.randrange(150, 700))
        self.term = None
        if self.status in ("imprisoned", "released"):
            self.term = rng.choice([12, 24, 36, 42, 48, 60, 72, 84, 96, 30, 18])
        elif self.status in ("restricted_freedom", "probation"):
            self.term = rng.choice([6, 12, 18, 24, 36, 30])
        self.fine = rng.choice([100, 150, 200, 300, 500, 1000])
        r = rng.random()
        self.tie = "dvk" if r < 0.18 else "koshe" if r < 0.28 else "doubt" if r < 0.32 else ""
        self.female = rng.random() < 0.25
        self.rng = rng

    @property
    def dvk(self) -> bool:
        return self.tie in ("dvk", "koshe")

    def truth(self, name: str, dates: list[tuple[date | None, str]]) -> dict:
        given = [(d, p) for d, p in dates if d is not None]
        start, prec = min(given, key=lambda x: x[0]) if given else (None, "")
        return {"kind": "case", "city": self.city, "region": REGION[self.city], "articles": _articles(self.charges),
                "status": self.status, "sentence_months": self.term, "started_on": start.isoformat() if start else "",
                "started_precision": prec, "birth_year": self.birth_year, "dvk_koshe": self.dvk, "name": name}


def _not_case(file: str, sheet: str, row: int) -> dict:
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case", "dvk_koshe": False}


def _term_ru(months: int) -> str:
    y, m = divmod(months, 12)
    ys = {1: "1 год", 2: "2 года", 3: "3 года", 4: "4 года"}.get(y, f"{y} лет")
    if y and m:
        return f"{ys} {m} мес."
    return ys if y else f"{m} мес."


def _term_en(months: int) -> str:
    y, m = divmod(months, 12)
    ys = "1 year" if y == 1 else f"{y} years"
    if y and m:
        return f"{ys} {m} months"
    return ys if y else f"{m} months"


def _term_kk(months: int) -> str:
    y, m = divmod(months, 12)
    if y and m:
        return f"{y} жыл {m} ай"
    return f"{y} жыл" if y else f"{m} ай"


def _art_ru(charges, style: int) -> str:
    parts = []
    for a, p in charges:
        if style == 0:
            parts.append(f"ч.{p} ст.{a} УК РК" if p else f"ст.{a} УК РК")
        elif style == 1:
            parts.append(f"ст. {a} ч. {p}" if p else f"ст. {a}")
        else:
            parts.append(f"{a} ч.{p}" if p else f"{a}")
    return ", ".join(parts)


def _art_en(charges, style: int) -> str:
    if style == 0:
        return "; ".join(f"Art. {a}({p})" if p else f"Art. {a}" for a, p in charges)
    return ", ".join(f"Article {a} part {p}" if p else f"Article {a}" for a, p in charges)


def _art_kk(charges, style: int) -> str:
    if style == 0:
        return ", ".join(f"{a}-бап {p}-бөлік" if p else f"{a}-бап" for a, p in charges)
    return "; ".join(f"ҚК {a}-бабы {p}-бөлігі" if p else f"ҚК {a}-бабы" for a, p in charges)


def _date_ru(d: date, style: int) -> str:
    return [f"{d:%d.%m.%Y}", f"{d.day} {MONTH_RU_GEN[d.month - 1]} {d.year}", f"{d:%d.%m.%Y} г.", f"{d:%Y-%m-%d}"][style % 4]


# ---------------------------------------------------------------- file 1: preamble, far right, two stacked tables
def _annex(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "rt28_annual_annex.xlsx", "Annex"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    pre = ["Annex 3. Persons prosecuted on politically motivated charges, 2019-2023",
           "Prepared by the monitoring group for the annual report; status as known to us at the time of writing.",
           "",
           "Methodology. We include persons charged under articles of the Criminal Code that are used against critics,",
           "civic activists and members of banned opposition movements. Each line is one criminal case.",
           "Sources: court records, statements of lawyers and relatives, media reports; each case was checked by two people.",
           "Definitions. 'Sentence' gives the punishment imposed by the court of first instance or as changed on appeal.",
           "'Measure of restraint' gives the measure chosen by the investigating judge for persons not yet tried.",
           "Names are given as the persons or their relatives write them in Latin letters.",
           "Persons who asked not to be named are left out of this annex.",
           "",
           "Contact: monitoring group (address withheld)."]
    for i, text in enumerate(pre, start=1):
        ws.cell(i, 1, text or None)
    ws.cell(1, 1).font = Font(bold=True, size=14)
    c0 = 8  # column H
    rows: list[dict] = []
    ws.cell(15, c0, "A. Convicted persons").font = Font(bold=True)
    hdr_a = ["No.", "Full name", "Born", "City", "Article(s) of the Criminal Code", "Sentence", "Detained", "Verdict date",
             "Affiliation / notes"]
    for j, h in enumerate(hdr_a):
        ws.cell(16, c0 + j, h).font = Font(bold=True)
    r = 17
    for n in range(1, 41):
        p = Person(rng, ["imprisoned"] * 4 + ["restricted_freedom", "restricted_freedom", "probation", "fined", "released"])
        name = f"{rng.choice(GIVEN_EN)} {rng.choice(SUR_EN)}"
        t = p.term
        sentence = {"imprisoned": lambda: rng.choice([f"{_term_en(t)} imprisonment", f"{_term_en(t)} in a general-regime colony",
                                                       f"imprisonment, {_term_en(t)}"]),
                    "restricted_freedom": lambda: rng.choice([f"{_term_en(t)} restricted freedom",
                                                              f"restriction of freedom, {_term_en(t)}"]),
                    "probation": lambda: rng.choice([f"{_term_en(t)} suspended", f"suspended sentence of {_term_en(t)}"]),
                    "fined": lambda: f"fine of {p.fine} MCI",
                    "released": lambda: f"{_term_en(t)} imprisonment; released on parole on "
                                        f"{p.released.day} {MONTH_EN[p.released.month - 1]} {p.released.year}"}[p.status]()
        det_style = rng.random()
        if det_style < 0.6:
            det_cell, det = datetime(p.detained.year, p.detained.month, p.detained.day), (p.detained, "day")
        elif det_style < 0.8:
            det_cell, det = f"{p.detained.day} {MONTH_EN[p.detained.month - 1]} {p.detained.year}", (p.detained, "day")
        elif det_style < 0.92:
            det_cell, det = f"{MONTH_EN[p.detained.month - 1]} {p.detained.year}", (p.detained.replace(day=1), "month")
        else:
            det_cell, det = None, (None, "")
        verdict_cell = datetime(p.sentenced.year, p.sentenced.month, p.sentenced.day) if rng.random() < 0.5 \
            else f"{MONTH_EN[p.sentenced.month - 1]} {p.sentenced.day}, {p.sentenced.year}"
        dates = [det, (p.sentenced, "day")] + ([(p.released, "day")] if p.status == "released" else [])
        note = {"dvk": rng.choice(["DVK supporter", "member of DVK (Democratic Choice of Kazakhstan)", "DVK"]),
                "koshe": rng.choice(["Koshe Party", "Street Party activist"]),
                "doubt": "DVK? (not confirmed)", "": rng.choice([None, None, "appeal rejected", "posts on Facebook"])}[p.tie]
        vals = [n, name, p.birth_year, CITY_EN[p.city], _art_en(p.charges, rng.randrange(2)), sentence, det_cell,
                verdict_cell, note]
        for j, v in enumerate(vals):
            ws.cell(r, c0 + j, v)
        rows.append({"source_file": file, "source_sheet": sheet, "source_row": r, **p.truth(name, dates)})
        r += 1
    r += 1  # blank separator row
    ws.cell(r, c0, "B. Persons under investigation or awaiting trial").font = Font(bold=True)
    rows.append(_not_case(file, sheet, r))
    r += 1
    hdr_b = ["No.", "Full name", "Born", "City", "Article(s)", "Measure of restraint", "Date charged", "Investigating authority",
             "Notes"]
    for j, h in enumerate(hdr_b):
        ws.cell(r, c0 + j, h).font = Font(bold=True)
    rows.append(_not_case(file, sheet, r))
    r += 1
    for n in range(1, 21):
        p = Person(rng, ["pretrial_detention", "pretrial_detention", "house_arrest", "under_investigation"])
        name = f"{rng.choice(GIVEN_EN)} {rng.choice(SUR_EN)}"
        measure = {"pretrial_detention": rng.choice(["in pre-trial detention", "pre-trial detention (remand prison)"]),
                   "house_arrest": "house arrest",
                   "under_investigation": rng.choice(["under investigation, travel ban", "under investigation"])}[p.status]
        charged_cell = datetime(p.charged.year, p.charged.month, p.charged.day) if rng.random() < 0.7 \
            else f"{p.charged.day} {MONTH_EN[p.charged.month - 1]} {p.charged.year}"
        authority = rng.choice(["National Security Committee (KNB)", "City Police Department", "Anti-Corruption Agency",
                                "regional police, investigation department"])
        note = {"dvk": "DVK", "koshe": "Koshe Party", "doubt": "DVK?", "": None}[p.tie]
        vals = [n, name, p.birth_year, CITY_EN[p.city], _art_en(p.charges, 0), measure, charged_cell, authority, note]
        for j, v in enumerate(vals):
            ws.cell(r, c0 + j, v)
        rows.append({"source_file": file, "source_sheet": sheet, "source_row": r, **p.truth(name, [(p.charged, "day")])})
        r += 1
    r += 1
    for text in ["* Ages and places as at the time of the charge.",
                 "** Where the verdict was changed on appeal, the sentence in force is given.",
                 "Source: monitoring group database, extract of 1 March 2024."]:
        ws.cell(r, c0, text)
        rows.append(_not_case(file, sheet, r))
        r += 1
    wb.save(folder / file)
    return rows


# ---------------------------------------------------------------- file 2: 44 columns, most irrelevant
DB_HEADERS = ["1. № п/п", "2. Код записи", "3. Дата внесения", "4. Внёс (волонтёр)", "5. ФИО", "6. Пол", "7. Год рождения",
              "8. Гражданство", "9. Национальность", "10. Образование", "11. Род занятий", "12. Семейное положение",
              "13. Кол-во детей", "14. Область", "15. Населённый пункт", "16. Статья УК РК", "17. Орган, ведущий дело",
              "18. Следователь", "19. Дата возбуждения дела", "20. Дата задержания", "21. Мера пресечения", "22. Суд",
              "23. Судья", "24. Дата приговора", "25. Приговор", "26. Апелляция", "27. Учреждение", "28. Дата освобождения",
              "29. Основание освобождения", "30. Адвокат", "31. Принадлежность", "32. Источник информации", "33. Ссылка",
              "34. Жалобы на пытки", "35. Голодовка", "36. Признан политзаключённым", "37. Статус проверки",
              "38. Последнее обновление", "39. Комментарий", "40. Категория", "41. Приоритет", "42. Кампания", "43. Фото",
              "44. Согласие на публикацию"]


def _database(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "rt28_monitoring_db.xlsx", "База"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for j, h in enumerate(DB_HEADERS, start=1):
        ws.cell(1, j, h).font = Font(bold=True)
    ws.freeze_panes = "F2"
    rows: list[dict] = []
    statuses = ["imprisoned"] * 4 + ["restricted_freedom", "probation", "fined", "released", "released", "pretrial_detention",
                                     "house_arrest", "under_investigation", "acquitted"]
    for n in range(1, 71):
        r = n + 1
        p = Person(rng, statuses)
        if p.female:
            sur = rng.choice(SUR_RU)
            sur = sur if sur in ("Ким", "Ли") or sur.endswith("о") else sur + "а"
            name = f"{sur} {rng.choice(GIVEN_RU_F)} {rng.choice(PATR_F)}"
        else:
            name = f"{rng.choice(SUR_RU)} {rng.choice(GIVEN_RU_M)} {rng.choice(PATR_M)}"
        tried = p.status not in ("pretrial_detention", "house_arrest", "under_investigation")
        t = p.term
        verdict = {"imprisoned": lambda: rng.choice([f"{_term_ru(t)} лишения свободы", f"лишение свободы на {_term_ru(t)}"]),
                   "restricted_freedom": lambda: f"ограничение свободы на {_term_ru(t)}",
                   "probation": lambda: f"{_term_ru(t)} условно",
                   "fined": lambda: f"штраф {p.fine} МРП",
                   "released": lambda: f"{_term_ru(t)} лишения свободы",
                   "acquitted": lambda: "оправдан"}.get(p.status, lambda: None)()
        measure = {"pretrial_detention": "содержание под стражей", "house_arrest": "домашний арест",
                   "under_investigation": "подписка о невыезде"}.get(p.status) or rng.choice(
            ["содержание под стражей", "домашний арест", "подписка о невыезде", None])
        rec = p.detained + timedelta(days=rng.randrange(3, 40))
        upd = max(rec, p.released if p.status == "released" else p.sentenced) + timedelta(days=rng.randrange(5, 90))
        det_cell = datetime(p.detained.year, p.detained.month, p.detained.day) if rng.random() < 0.6 \
            else _date_ru(p.detained, rng.randrange(4))
        charged_cell = _date_ru(p.charged, 0) if rng.random() < 0.7 else None
        dates = [(p.detained, "day")] + ([(p.charged, "day")] if charged_cell else [])
        sent_cell = None
        if tried:
            sent_cell = datetime(p.sentenced.year, p.sentenced.month, p.sentenced.day)
            dates.append((p.sentenced, "day"))
        rel_cell = rel_ground = None
        if p.status == "released":
            rel_cell = _date_ru(p.released, 0)
            rel_ground = rng.choice(["УДО", "по отбытии срока"])
            dates.append((p.released, "day"))
        aff = {"dvk": rng.choice(["ДВК", "Демократический выбор Казахстана"]), "koshe": rng.choice(["Көше партиясы", "Уличная партия"]),
               "doubt": "ДВК?", "": None}[p.tie]
        court = f"районный суд {CITY_RU[p.city].replace('г. ', '')}" if tried else None
        vals = [n, f"KZ-{p.detained.year}-{n:04d}", datetime(rec.year, rec.month, rec.day), rng.choice(["А.С.", "Д.К.", "М.Ж."]), name,
                "ж" if p.female else "м", p.birth_year, "РК", rng.choice(["казах", "русский", "уйгур", "кореец", None]),
                rng.choice(["высшее", "среднее", "среднее специальное", None]),
                rng.choice(["предприниматель", "безработный", "блогер", "водитель", "пенсионер", None]),
                rng.choice(["женат/замужем", "холост", None]), rng.choice([0, 1, 2, 3, None]), OBL_RU[p.city] or None,
                CITY_RU[p.city], _art_ru(p.charges, rng.randrange(3)),
                rng.choice(["ДП г. Алматы", "ДКНБ", "УП района", "ДП области"]),
                rng.choice(["Сейтказиев Н.Б.", "Иванова О.П.", "Мусин А.А.", None]), charged_cell, det_cell, measure, court,
                rng.choice(["Омаров К.Т.", "Бекова С.Н.", None]) if tried else None, sent_cell, verdict,
                rng.choice(["оставлен без изменения", None, None]) if tried and p.status != "acquitted" else None,
                rng.choice(["учреждение ЕЦ-166/11", "учреждение АП-162/3", None]) if p.status == "imprisoned" else None,
                rel_cell, rel_ground, rng.choice(["Есенова Г.", "Ким В.", None]), aff,
                rng.choice(["родственники", "адвокат", "СМИ", "соцсети"]), f"https://example.org/case/{n}",
                rng.choice(["да", "нет", "нет"]), rng.choice(["нет", "нет", "да"]), rng.choice(["да", "нет", "на рассмотрении"]),
                rng.choice(["проверено", "на проверке"]), datetime(upd.year, upd.month, upd.day),
                rng.choice([None, "ходатайство о помиловании", "пишет письма", None]),
                rng.choice(["экстремизм", "ложная информация", "массовые беспорядки"]), rng.choice(["высокий", "средний", "низкий"]),
                rng.choice(["Свободу узникам", None]), rng.choice(["есть", "нет"]), rng.choice(["да", "да", "нет"])]
        assert len(vals) == 44
        for j, v in enumerate(vals, start=1):
            ws.cell(r, j, v)
        rows.append({"source_file": file, "source_sheet": sheet, "source_row": r, **p.truth(name, dates)})
    wb.save(folder / file)
    return rows


# ---------------------------------------------------------------- file 3: Kazakh quarters pasted one under another
KK_HEADER = ["Р/с", "Аты-жөні", "Туған жылы", "Қаласы", "ҚК бабы", "Жаза / бұлтартпау шарасы", "Ұсталған күні", "Үкім шыққан күні",
             "Қатыстылығы"]


def _quarters(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "rt28_toqsan.xlsx", "Тізім"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.cell(1, 1, "Саяси себептермен қудаланған азаматтардың тізімі (2022 жыл)").font = Font(bold=True)
    ws.cell(2, 1, "Тоқсандық тізімдерден жинақталды")
    width = len(KK_HEADER)
    rows: list[dict] = []
    r = 4
    first = True
    statuses = ["imprisoned"] * 3 + ["restricted_freedom", "probation", "fined", "pretrial_detention", "house_arrest",
                                     "under_investigation", "released", "acquitted"]
    n = 0
    for q, label in enumerate(["I", "II", "III", "IV"]):
        ws.cell(r, 1, f"2022 жылғы {label} тоқсан").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
        if not first:
            rows.append(_not_case(file, sheet, r))
        r += 1
        for j, h in enumerate(KK_HEADER, start=1):
            ws.cell(r, j, h).font = Font(bold=True)
        if not first:
            rows.append(_not_case(file, sheet, r))
        first = False
        r += 1
        for _ in range(15):
            n += 1
            p = Person(rng, statuses)
            # all detained in the quarter of their block
            p.detained = date(2022, 3 * q + 1, 1) + timedelta(days=rng.randrange(0, 88))
            p.sentenced = p.detained + timedelta(days=rng.randrange(60, 200))
            p.released = p.sentenced + timedelta(days=rng.randrange(30, 300))
            name = f"{rng.choice(SUR_KK)} {rng.choice(GIVEN_KK)}"
            t = p.term
            tried = p.status not in ("pretrial_detention", "house_arrest", "under_investigation")
            measure = {"imprisoned": lambda: rng.choice([f"{_term_kk(t)} бас бостандығынан айыру",
                                                         f"бас бостандығынан айыру, {_term_kk(t)}"]),
                       "restricted_freedom": lambda: f"{_term_kk(t)} бас бостандығын шектеу",
                       "probation": lambda: f"{_term_kk(t)} шартты түрде",
                       "fined": lambda: f"{p.fine} АЕК айыппұл",
                       "pretrial_detention": lambda: rng.choice(["тергеу изоляторында", "қамауда ұсталуда"]),
                       "house_arrest": lambda: "үй қамағы",
                       "under_investigation": lambda: "тергеуде",
                       "released": lambda: f"{_term_kk(t)} бас бостандығынан айыру, {p.released:%d.%m.%Y} шартты түрде мерзімінен бұрын босатылды",
                       "acquitted": lambda: "ақталды"}[p.status]()
            det_cell = f"{p.detained:%d.%m.%Y}" if rng.random() < 0.55 else f"{p.detained.day} {MONTH_KK[p.detained.month - 1]} {p.detained.year}"
            dates = [(p.detained, "day")]
            sent_cell = None
            if tried:
                sent_cell = datetime(p.sentenced.year, p.sentenced.month, p.sentenced.day) if rng.random() < 0.5 \
                    else f"{p.sentenced.day} {MONTH_KK[p.sentenced.month - 1]} {p.sentenced.year} ж."
                dates.append((p.sentenced, "day"))
            if p.status == "released":
                dates.append((p.released, "day"))
            aff = {"dvk": rng.choice(["ҚДТ", "ҚДТ жақтаушысы"]), "koshe": "Көше партиясы", "doubt": "ДВК?", "": None}[p.tie]
            vals = [n, name, p.birth_year, CITY_KK[p.city] + rng.choice(["", " қ.", " қаласы"]), _art_kk(p.charges, rng.randrange(2)),
                    measure, det_cell, sent_cell, aff]
            for j, v in enumerate(vals, start=1):
                ws.cell(r, j, v)
            rows.append({"source_file": file, "source_sheet": sheet, "source_row": r, **p.truth(name, dates)})
            r += 1
            if rng.random() < 0.2:
                note = rng.choice(["Ескерту: апелляциялық шағым берілді, қаралуда.",
                                   "Ескерту: отбасы хат алмасуға рұқсат сұрады.",
                                   "Ескерту: мәліметті адвокаты растады."])
                ws.cell(r, 2, note)
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=width - 1)
                rows.append(_not_case(file, sheet, r))
                r += 1
        r += 1  # blank separator
    ws.cell(r, 1, "Барлығы: 60 адам")
    rows.append(_not_case(file, sheet, r))
    wb.save(folder / file)
    return rows


# ---------------------------------------------------------------- file 4: a header over three rows
def _three_level(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "rt28_three_level.xlsx", "Сводная"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.cell(1, 1, "Сводная таблица уголовных преследований по политическим мотивам").font = Font(bold=True)
    ws.cell(2, 1, "Составлено по данным адвокатов и родственников")
    # columns: A №, B ФИО, C Год рожд., D Город | E Статья УК, F вид, G срок, H задержания, I приговора, J освобождения | K Примечание
    top = {1: "№", 2: "Лицо", 5: "Уголовное преследование", 11: "Примечание"}
    for c, v in top.items():
        ws.cell(4, c, v).font = Font(bold=True)
    ws.merge_cells("A4:A6")
    ws.merge_cells("B4:D4")
    ws.merge_cells("E4:J4")
    ws.merge_cells("K4:K6")
    for c, v in {2: "ФИО", 3: "Год рожд.", 4: "Город", 5: "Статья УК", 6: "Наказание", 8: "Даты"}.items():
        ws.cell(5, c, v).font = Font(bold=True)
    for rng_ in ("B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:G5", "H5:J5"):
        ws.merge_cells(rng_)
    for c, v in {6: "вид", 7: "срок", 8: "задержания", 9: "приговора", 10: "освобождения"}.items():
        ws.cell(6, c, v).font = Font(bold=True)
    rows: list[dict] = []
    statuses = ["imprisoned"] * 3 + ["restricted_freedom", "probation", "fined", "released", "pretrial_detention", "house_arrest"]
    for n in range(1, 61):
        r = n + 6
        p = Person(rng, statuses)
        name = f"{rng.choice(SUR_RU)} {rng.choice(GIVEN_RU_M)}" + (f" {rng.choice(PATR_M)}" if rng.random() < 0.5 else "")
        kind = {"imprisoned": rng.choice(["лишение свободы", "л/с", "лишение свободы (колония общего режима)"]),
                "restricted_freedom": "ограничение свободы", "probation": rng.choice(["условно", "условное осуждение"]),
                "fined": f"штраф {p.fine} МРП", "released": "лишение свободы",
                "pretrial_detention": "под стражей", "house_arrest": "домашний арест"}[p.status]
        term = _term_ru(p.term).replace("года", "г.").replace("год", "г.").replace("лет", "л.") if p.term else "—"
        x = rng.random()
        if x < 0.45:
            det_cell, det = datetime(p.detained.year, p.detained.month, p.detained.day), (p.detained, "day")
        elif x < 0.75:
            det_cell, det = f"{p.detained:%d.%m.%Y}", (p.detained, "day")
        elif x < 0.9:
            det_cell, det = f"{MONTH_RU_NOM[p.detained.month - 1]} {p.detained.year}", (p.detained.replace(day=1), "month")
        else:
            det_cell, det = f"{p.detained.year}", (date(p.detained.year, 1, 1), "year")
        dates = [det]
        sent_cell = None
        if p.status not in ("pretrial_detention", "house_arrest"):
            sent_cell = f"{p.sentenced:%d.%m.%Y}"
            dates.append((p.sentenced, "day"))
        rel_cell = None
        if p.status == "released":
            rel_cell = datetime(p.released.year, p.released.month, p.released.day)
            dates.append((p.released, "day"))
        note = {"dvk": rng.choice(["активист ДВК", "участник ДВК, посты в Telegram"]),
                "koshe": rng.choice(["сторонник Көше партиясы", "Уличная партия"]),
                "doubt": "по словам родственников, ДВК?", "": rng.choice([None, None, "апелляция отклонена", "ходатайство об УДО отклонено" if p.status == "imprisoned" else None])}[p.tie]
        vals = [n, name, p.birth_year, CITY_RU[p.city], _art_ru(p.charges, rng.randrange(3)), kind, term, det_cell, sent_cell,
                rel_cell, note]
        for j, v in enumerate(vals, start=1):
            ws.cell(r, j, v)
        rows.append({"source_file": file, "source_sheet": sheet, "source_row": r, **p.truth(name, dates)})
    r = 60 + 6 + 2
    ws.cell(r, 1, "Примечание: сроки указаны по приговору суда первой инстанции с учётом апелляции.")
    rows.append(_not_case(file, sheet, r))
    wb.save(folder / file)
    return rows


# ---------------------------------------------------------------- file 5: Excel Data > Subtotal output
def _subtotals(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "rt28_subtotals.xlsx", "By city"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.cell(1, 1, "Criminal cases against civic activists by city (working copy)").font = Font(bold=True)
    header = ["Ref", "Name", "Year of birth", "City", "Charges", "Outcome", "Term (months)", "Arrest date", "Sentence date",
              "Political affiliation"]
    for j, h in enumerate(header, start=1):
        ws.cell(3, j, h).font = Font(bold=True)
    ws.sheet_properties.outlinePr.summaryBelow = True
    people = []
    statuses = ["imprisoned"] * 3 + ["restricted_freedom", "probation", "fined", "pretrial_detention", "house_arrest", "released"]
    for n in range(60):
        p = Person(rng, statuses)
        people.append((p, f"{rng.choice(GIVEN_EN)} {rng.choice(SUR_EN)}"))
    people.sort(key=lambda x: (CITY_EN[x[0].city], x[1]))
    rows: list[dict] = []
    r = 4
    collapsed = {"Astana", "Shymkent"}
    groups = []
    for p, name in people:
        if not groups or groups[-1][0] != p.city:
            groups.append((p.city, []))
        groups[-1][1].append((p, name))
    ref = 0
    for city, members in groups:
        for p, name in members:
            ref += 1
            outcome = {"imprisoned": rng.choice(["Imprisonment", "Prison", "Jailed"]), "restricted_freedom": "Restricted freedom",
                       "probation": rng.choice(["Suspended sentence", "Probation"]), "fined": f"Fine ({p.fine} MCI)",
                       "pretrial_detention": "Pre-trial detention", "house_arrest": "House arrest",
                       "released": "Released (served sentence)"}[p.status]
            arrest = datetime(p.detained.year, p.detained.month, p.detained.day)
            dates = [(p.detained, "day")]
            sent = None
            if p.status not in ("pretrial_detention", "house_arrest"):
                sent = f"{p.sentenced:%Y-%m-%d}"
                dates.append((p.sentenced, "day"))
            aff = {"dvk": "DVK", "koshe": rng.choice(["Koshe Partiyasy", "Koshe Party"]), "doubt": "DVK?", "": rng.choice([None, "none", "independent"])}[p.tie]
            vals = [f"C{ref:03d}", name, p.birth_year, CITY_EN[p.city].split(" (")[0], _art_en(p.charges, 0), outcome, p.term,
                    arrest, sent, aff]
            for j, v in enumerate(vals, start=1):
                ws.cell(r, j, v)
            ws.row_dimensions[r].outlineLevel = 2
            if city in collapsed:
                ws.row_dimensions[r].hidden = True
            truth = p.truth(name, dates)
            rows.append({"source_file": file, "source_sheet": sheet, "source_row": r, **truth})
            r += 1
        ws.cell(r, 4, f"{CITY_EN[city].split(' (')[0]} Count").font = Font(bold=True)
        ws.cell(r, 2, len(members)).font = Font(bold=True)
        ws.row_dimensions[r].outlineLevel = 1
        rows.append(_not_case(file, sheet, r))
        r += 1
    ws.cell(r, 4, "Grand Count").font = Font(bold=True)
    ws.cell(r, 2, len(people)).font = Font(bold=True)
    rows.append(_not_case(file, sheet, r))
    wb.save(folder / file)
    return rows


def write_lists(folder: Path) -> pd.DataFrame:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(28)
    rows = _annex(folder, rng) + _database(folder, rng) + _quarters(folder, rng) + _three_level(folder, rng) + _subtotals(folder, rng)
    truth = pd.DataFrame(rows).reindex(columns=COLUMNS)
    truth["source_sheet"] = truth["source_sheet"].fillna("")
    truth["sentence_months"] = truth["sentence_months"].astype("Int64")
    truth["birth_year"] = truth["birth_year"].astype("Int64")
    truth["dvk_koshe"] = truth["dvk_koshe"].fillna(False).astype(bool)
    return truth
