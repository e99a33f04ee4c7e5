"""Red-team set 27 (a hold-out): lists that follow people through the stages after the verdict.

Theme: status and stage histories, Russian and English. Keepers who follow a person past the
verdict: parole (УДО), replacement of the unserved term by a milder punishment, pardon, amnesty,
transfers between colonies, a second case in the colony, death in custody, charged in absentia and
wanted abroad, compulsory psychiatric treatment, release at the end of term, re-arrest and a second case.
Every name is invented; the rows are generated from `random.Random(27)`, so the files are the same
on every run.

Files (`write_lists(folder)` writes them and returns the truth):

1. `udo_petitions_monitoring.xlsx`, sheet `Ходатайства` (Russian). A lawyers' monitoring of parole and
   replacement petitions: two title rows, a two-row header with merged groups (`Приговор`: date,
   articles, term; `Ходатайство`: kind, date heard, decision), section headings (`Раздел 1. ...`),
   footnotes and a total at the end. The status comes from two columns read together: the kind of
   petition (`УДО`, `замена на ОС`) and the court's decision, whose cell may hold a history
   (`отказано 14.02.2023; удовлетворено 10.11.2023`, the latest decision counts). Sentence dates as
   date cells, as text (`12.03.2021 г.`) and month only (`март 2020`).
2. `kz_prisoners_status_log.csv` (English, comma CSV). A diaspora tracker with one `Status log`
   cell per person: dated steps joined by ` | ` (`2019-04-10 arrested | 2019-10-02 sentenced: 5 yrs
   prison | 2022-06-14 released on parole`). No status column: the latest step gives the status.
   Charges as `Art. 405(2); Art. 174(1)`, `CC 405 pt 1`, administrative `CAO 488` beside them.
   Non-case rows: a section line (`ADDED AFTER THE 2023 REVIEW`), a `# Last updated` line and a total line.
3. `fund_register_etap.xlsx` (Russian, a support fund's register), three sheets:
   `Содержатся` (in custody, with the institution history `СИЗО-1 → ИК-155/14 → ИК-161` and
   a second case in the colony on its own row, the name, birth date and city merged over both rows),
   `Освобождены` (release date and grounds: end of term, УДО, pardon, amnesty, and replacement by
   restricted freedom, which is NOT a release), `Иное` (died in custody, compulsory treatment,
   charged in absentia and wanted, with section headings). Birth given as a full date.
4. `repeat_prosecutions.xlsx`, sheet `Cases` (English). A journalist's tracker of people prosecuted
   more than once: one row per case, the person's name and year merged over their cases; `Stage now`
   and `Since` columns (`serving sentence (colony AP-155/8)`, `released - end of term`, `paroled`,
   `back in pre-trial detention`, `suspended sentence`); dates as `12 Mar 2021`, `March 2021`, `2021`.

5. `nablyudenie_hronologiya.csv` (Russian, UTF-8 with BOM, a title line above the header). A monitor's
   list with a snapshot status column (`Положение на 01.01.2022`: `в колонии`, `в СИЗО`, `условный срок`)
   and a later `Хронология после 01.01.2022` cell (`18.03.2022 этапирован в ИК-162/3; 05.09.2023
   освобождён условно-досрочно`, `в УДО отказано; переведён в колонию-поселение`, a sentence passed after
   the snapshot). Every chronology date is after the snapshot, so the chronology's latest step wins.

Decisions taken for the truth (SPEC "Tidy tables" and "Decided readings"):
- Parole (УДО / paroled), pardon, amnesty with release, end of term: `released`; the term of the
  sentence is kept (sentence_months = the term imposed by the verdict).
- Replacement of the unserved term by restricted freedom: `restricted_freedom`; no new term is written,
  so sentence_months is the verdict's term (as for parole). A refused or postponed petition: `imprisoned`.
- A transfer between colonies, or to a colony-settlement (колония-поселение, still a deprivation of
  liberty), says nothing new: `imprisoned`. A postponed petition (`отложено`) changes nothing either.
- A snapshot status (`Положение на 01.01.2022`) is overridden by a dated later step in the chronology;
  `ограничение свободы заменено на лишение свободы` is `imprisoned` with the verdict's term (no new term written);
  a sentence passed after the snapshot gives the status and the term.
- A second case in the colony is its own row with its own articles, term and verdict date; status imprisoned.
- Died in custody: `died` (decided reading). Compulsory psychiatric treatment: `compulsory_treatment`.
- Charged in absentia and wanted (abroad), no verdict: `under_investigation`. No row is convicted in
  absentia: whether such a sentence is `imprisoned` would be a coin flip.
- A history cell gives the latest step's status; started_on is the earliest date of the row (always the
  arrest / first date of the log, or the verdict where no arrest is given). Transfer dates and decision
  dates are always later than that first date, so they never decide started_on.
- Articles: criminal code only, `CAO 488` / `КоАП` left out; ascending; part only where written.
- city = the city of the case as the list's city column writes it (never the colony's town).
- dvk_koshe True only where the row names DVK / Koshe (ДВК, Көше партиясы, Koshe Party, Democratic
  Choice); `ДВК?` / `possibly DVK` is False. A second case in the colony (`Содержатся`) has its own,
  unmerged note that names no group: False, even where the person's first case names DVK (the truth
  first said True there; fixed after scoring, since the row itself does not name the tie).
- birth_year from the year column, or from a full birth date.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

# (English name, region, Russian forms, English forms)
CITIES = [
    ("Almaty", "Almaty", ["г. Алматы", "Алматы", "Алма-Ата"], ["Almaty", "Alma-Ata"]),
    ("Astana", "Astana", ["г. Астана", "Нур-Султан", "Астана"], ["Astana", "Nur-Sultan"]),
    ("Shymkent", "Shymkent", ["Шымкент", "г. Шымкент"], ["Shymkent"]),
    ("Karaganda", "Karaganda", ["Караганда", "г. Караганда"], ["Karaganda"]),
    ("Aktobe", "Aktobe", ["Актобе"], ["Aktobe"]),
    ("Pavlodar", "Pavlodar", ["Павлодар", "г. Павлодар"], ["Pavlodar"]),
    ("Semey", "Abai", ["Семей", "г. Семей"], ["Semey"]),
    ("Oral", "West Kazakhstan", ["Уральск", "г. Уральск"], ["Oral (Uralsk)", "Uralsk"]),
    ("Oskemen", "East Kazakhstan", ["Усть-Каменогорск"], ["Ust-Kamenogorsk", "Oskemen"]),
    ("Taldykorgan", "Jetisu", ["Талдыкорган"], ["Taldykorgan"]),
    ("Zhanaozen", "Mangystau", ["Жанаозен"], ["Zhanaozen"]),
    ("Aktau", "Mangystau", ["Актау"], ["Aktau"]),
    ("Kyzylorda", "Kyzylorda", ["Кызылорда"], ["Kyzylorda"]),
    ("Kostanay", "Kostanay", ["Костанай"], ["Kostanay"]),
    ("Petropavl", "North Kazakhstan", ["Петропавловск"], ["Petropavl"]),
    ("Atyrau", "Atyrau", ["Атырау"], ["Atyrau"]),
    ("Kokshetau", "Akmola", ["Кокшетау"], ["Kokshetau"]),
    ("Zhezkazgan", "Ulytau", ["Жезказган"], ["Zhezkazgan"]),
]

SURNAMES_RU = ["Абенов", "Жумабаев", "Сарсенбаев", "Кенжебеков", "Тулегенов", "Ермеков", "Нурланов", "Бекмуханов",
               "Исмаилов", "Петренко", "Сидорчук", "Ковалёв", "Ахметжанов", "Омаров", "Касымов", "Байжанов",
               "Мусин", "Шайхиев", "Утепов", "Калиев", "Данияров", "Рахимов", "Темиров", "Жаксылыков"]
FIRST_RU = ["Ерлан", "Асхат", "Нурлан", "Бауыржан", "Марат", "Дмитрий", "Сергей", "Айдос", "Руслан", "Талгат",
            "Олжас", "Арман", "Виктор", "Жанибек", "Максат", "Серик", "Ильяс", "Даурен"]
PATR_RU = ["Болатович", "Маратович", "Серикович", "Ерланович", "Игоревич", "Нурланович", "Ахметович", ""]
SURNAMES_EN = ["Abenov", "Zhumabayev", "Sarsenbayev", "Kenzhebekov", "Tulegenov", "Yermekov", "Nurlanov",
               "Bekmukhanov", "Ismailov", "Petrenko", "Kovalev", "Akhmetzhanov", "Omarov", "Kassymov",
               "Baizhanov", "Mussin", "Utepov", "Kaliyev", "Daniyarov", "Rakhimov", "Temirov", "Zhaksylykov"]
FIRST_EN = ["Yerlan", "Askhat", "Nurlan", "Baurzhan", "Marat", "Dmitry", "Sergei", "Aidos", "Ruslan", "Talgat",
            "Olzhas", "Arman", "Viktor", "Zhanibek", "Maksat", "Serik", "Ilyas", "Dauren", "Aigerim", "Gulnara"]

MONTHS_RU = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
             "ноябрь", "декабрь"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]

# article sets (article, part) of the criminal code
ARTICLE_SETS = [
    [(405, 2)], [(405, 1)], [(174, 1)], [(174, 2)], [(405, 2), (174, 1)], [(179, 2)], [(182, 2), (405, 2)],
    [(274, 2)], [(272, 2)], [(380, 1)], [(258, 1), (405, 1)], [(405, 2), (174, 2)], [(274, 3)],
]


def articles_str(arts) -> str:
    return "; ".join(f"{a}({p})" if p else f"{a}" for a, p in sorted(arts))


def ru_articles(rng, arts) -> str:
    style = rng.randrange(4)
    if style == 0:
        return "; ".join(f"ч.{p} ст.{a}" for a, p in arts)
    if style == 1:
        return ", ".join(f"{a} ч.{p}" for a, p in arts)
    if style == 2:
        return "ст.ст. " + ", ".join(f"{a} ч.{p}" for a, p in arts) if len(arts) > 1 else f"ст. {arts[0][0]} ч. {arts[0][1]} УК РК"
    return " и ".join(f"ч. {p} ст. {a} УК РК" for a, p in arts)


def en_articles(rng, arts) -> str:
    style = rng.randrange(3)
    if style == 0:
        return "; ".join(f"Art. {a}({p})" for a, p in arts)
    if style == 1:
        return ", ".join(f"CC {a} pt {p}" for a, p in arts)
    return " and ".join(f"Article {a} part {p}" for a, p in arts)


def ru_term(rng, months: int) -> str:
    y, m = divmod(months, 12)
    kind = rng.choice(["л/с", "лишения свободы", "ЛС"])
    if m == 0:
        word = "год" if y == 1 else ("года" if y in (2, 3, 4) else "лет")
        return f"{y} {word} {kind}"
    if y == 0:
        return f"{m} мес. {kind}"
    word = "год" if y == 1 else ("года" if y in (2, 3, 4) else "лет")
    return f"{y} {word} {m} мес. {kind}"


def en_years(months: int) -> str:
    y, m = divmod(months, 12)
    return f"{y} yrs" if m == 0 else f"{y} yrs {m} mo"


def rand_date(rng, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days))


def ru_name(rng) -> str:
    s, f, p = rng.choice(SURNAMES_RU), rng.choice(FIRST_RU), rng.choice(PATR_RU)
    return " ".join(x for x in (s, f, p) if x)


def en_name(rng) -> str:
    return f"{rng.choice(FIRST_EN)} {rng.choice(SURNAMES_EN)}"


def truth_row(file, sheet, row, kind="case", **fields):
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": kind, **fields}


def case_fields(city, arts, status, months, start: dt.date, precision, birth, dvk, name):
    return dict(city=city[0], region=city[1], articles=articles_str(arts), status=status,
                sentence_months=months, started_on=start.isoformat(), started_precision=precision,
                birth_year=birth, dvk_koshe=dvk, name=name)


def first_of(d: dt.date, precision: str) -> dt.date:
    return d.replace(day=1) if precision == "month" else (d.replace(month=1, day=1) if precision == "year" else d)


# ---------------------------------------------------------------- file 1: petitions monitoring (ru)
def write_petitions(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "udo_petitions_monitoring.xlsx", "Ходатайства"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Мониторинг рассмотрения ходатайств об условно-досрочном освобождении и замене неотбытой части наказания"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Состояние на 01.06.2024. Сведения адвокатов и родственников осуждённых"
    heads1 = ["№", "ФИО осуждённого", "Г.р.", "Город (суд 1 инст.)", "Приговор", None, None, "Ходатайство", None, None, "Примечание"]
    heads2 = [None, None, None, None, "Дата приговора", "Статьи УК РК", "Назначено", "Вид", "Дата рассмотрения", "Решение суда", None]
    for c, v in enumerate(heads1, 1):
        if v:
            ws.cell(4, c, v).font = Font(bold=True)
    for c, v in enumerate(heads2, 1):
        if v:
            ws.cell(5, c, v).font = Font(bold=True)
    for col in "ABCDK":
        ws.merge_cells(f"{col}4:{col}5")
    ws.merge_cells("E4:G4")
    ws.merge_cells("H4:J4")
    truth, r, n = [], 6, 0
    sections = [("Раздел 1. Ходатайства об условно-досрочном освобождении (ст. 72 УК РК)", "udo", 40),
                ("Раздел 2. Замена неотбытой части наказания более мягким видом (ст. 73 УК РК)", "zamena", 30)]
    for heading, kind, count in sections:
        ws.cell(r, 1, heading).font = Font(bold=True)
        truth.append(truth_row(file, sheet, r, "not_a_case"))
        r += 1
        for _ in range(count):
            n += 1
            city = rng.choice(CITIES)
            arts = rng.choice(ARTICLE_SETS)
            months = rng.choice([48, 60, 66, 84, 96])
            verdict = rand_date(rng, dt.date(2018, 3, 1), dt.date(2021, 10, 1))
            heard = rand_date(rng, verdict + dt.timedelta(days=400), verdict + dt.timedelta(days=900))
            birth = rng.choice([None, *range(1962, 2001)])
            name = ru_name(rng)
            dstyle = rng.randrange(4)
            precision = "day"
            if dstyle == 0:
                vcell = verdict
            elif dstyle == 1:
                vcell = verdict.strftime("%d.%m.%Y") + " г."
            elif dstyle == 2:
                vcell = verdict.strftime("%d.%m.%Y")
            else:
                vcell = f"{MONTHS_RU[verdict.month - 1]} {verdict.year}"
                precision = "month"
            outcome = rng.randrange(5)
            if kind == "udo":
                vid = rng.choice(["УДО", "УДО", "ходатайство об УДО"])
                if outcome <= 1:
                    dec, status = rng.choice(["удовлетворено", "удовлетворено, освобождён из зала суда"]), "released"
                elif outcome == 2:
                    first = heard - dt.timedelta(days=rng.randrange(150, 300))
                    dec = f"отказано {first:%d.%m.%Y}; удовлетворено {heard:%d.%m.%Y}"
                    status = "released"
                elif outcome == 3:
                    dec, status = "отказано", "imprisoned"
                else:
                    dec, status = "отложено до 15.07.2024", "imprisoned"
            else:
                vid = rng.choice(["замена на ОС", "замена на ограничение свободы", "замена л/с на ОС"])
                if outcome <= 2:
                    dec, status = "удовлетворено", "restricted_freedom"
                elif outcome == 3:
                    first = heard - dt.timedelta(days=rng.randrange(150, 300))
                    dec = f"отказано ({first:%d.%m.%Y}), повторно удовлетворено {heard:%d.%m.%Y}"
                    status = "restricted_freedom"
                else:
                    dec, status = "в удовлетворении отказано", "imprisoned"
            note_pick = rng.randrange(8)
            note, dvk = "", False
            if note_pick == 0:
                note, dvk = "активист ДВК", True
            elif note_pick == 1:
                note, dvk = "сторонник «Көше партиясы»", True
            elif note_pick == 2:
                note = "ДВК?"
            elif note_pick == 3:
                note = "администрация колонии характеризует отрицательно"
            elif note_pick == 4:
                note = "иск погашен"
            start = first_of(verdict, precision)
            values = [n, name, birth, rng.choice(city[2]), vcell, ru_articles(rng, arts), ru_term(rng, months), vid,
                      heard, dec, note]
            for c, v in enumerate(values, 1):
                if v is not None and v != "":
                    cell = ws.cell(r, c, v)
                    if isinstance(v, dt.date):
                        cell.number_format = "DD.MM.YYYY"
            truth.append(truth_row(file, sheet, r, **case_fields(city, arts, status, months, start, precision, birth, dvk, name)))
            r += 1
    for text in ["* Решение не вступило в законную силу на дату составления.",
                 "ОС — ограничение свободы; л/с — лишение свободы.",
                 f"Итого рассмотрено ходатайств: {n}"]:
        ws.cell(r, 1, text)
        truth.append(truth_row(file, sheet, r, "not_a_case"))
        r += 1
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------- file 2: status log csv (en)
def write_status_log(folder: Path, rng: random.Random) -> list[dict]:
    file = "kz_prisoners_status_log.csv"
    header = ["ID", "Full name", "Year of birth", "Hometown", "Charges", "Status log", "Affiliation", "Sources"]
    lines, truth = [header], []

    def fmt(d, precision):
        if precision == "month":
            return f"{MONTHS_EN[d.month - 1][:3]} {d.year}"
        return d.isoformat()

    i = 0
    while i < 90:  # a person whose log runs past the update (30 May 2024) is drawn again
        city = rng.choice(CITIES)
        arts = rng.choice(ARTICLE_SETS)
        arrested = rand_date(rng, dt.date(2018, 4, 1), dt.date(2022, 10, 1))
        precision = "month" if rng.random() < 0.15 else "day"
        steps = [(arrested, precision, rng.choice(["arrested", "detained", "taken into custody"]))]
        months = None
        status = "pretrial_detention"
        path = rng.choice(["prison_end", "parole", "pardon", "amnesty", "died", "psych", "wanted", "replace",
                           "transfer", "house", "probation", "restricted", "fined", "pretrial", "prison"])
        d = arrested + dt.timedelta(days=rng.randrange(120, 300))
        if path == "wanted":
            steps = [(arrested, precision, "charged in absentia; put on the wanted list"),
                     (d, "day", "lives abroad, extradition requested")]
            status = "under_investigation"
        elif path == "pretrial":
            status = "pretrial_detention"
            steps.append((d, "day", "custody extended by court"))
        elif path == "house":
            steps.append((d, "day", "moved to house arrest"))
            status = "house_arrest"
        elif path == "psych":
            steps.append((d, "day", "court ordered compulsory psychiatric treatment"))
            status = "compulsory_treatment"
        elif path == "probation":
            months = rng.choice([12, 24, 36])
            steps.append((d, "day", f"sentenced: {en_years(months)} suspended (probation)"))
            status = "probation"
        elif path == "restricted":
            months = rng.choice([24, 36, 48])
            steps.append((d, "day", f"sentenced: {en_years(months)} restricted freedom"))
            status = "restricted_freedom"
        elif path == "fined":
            steps.append((d, "day", "sentenced: fine of 500 MCI"))
            status = "fined"
        else:
            months = rng.choice([36, 48] if path == "prison_end" else [36, 48, 60, 72, 84, 90])
            steps.append((d, "day", f"sentenced: {en_years(months)} prison"))
            status = "imprisoned"
            d2 = d + dt.timedelta(days=rng.randrange(100, 400))
            if path in ("transfer", "parole", "died", "replace", "prison_end"):
                steps.append((d2, "day", rng.choice(["transferred to colony AP-162/3 (Shakhtinsk)",
                                                      "moved to a medium-security colony in Pavlodar",
                                                      "transferred to EC-166/11 (Semey)"])))
            d3 = d2 + dt.timedelta(days=rng.randrange(200, 700))
            if path == "prison_end":
                steps.append((arrested + dt.timedelta(days=months * 30), "day", "released at the end of term"))
                status = "released"
            elif path == "parole":
                steps.append((d3, "day", rng.choice(["released on parole", "paroled (UDO)"])))
                status = "released"
            elif path == "pardon":
                steps.append((d3, "day", "pardoned by presidential decree and released"))
                status = "released"
            elif path == "amnesty":
                steps.append((d3, "day", "released under the 2021 amnesty"))
                status = "released"
            elif path == "died":
                steps.append((d3, "day", "died in custody"))
                status = "died"
            elif path == "replace":
                steps.append((d3, "day", "unserved term replaced with restricted freedom"))
                status = "restricted_freedom"
        birth = rng.choice([None, *range(1960, 2002)])
        name = en_name(rng)
        charges = en_articles(rng, arts)
        if rng.random() < 0.15:
            charges += "; CAO 488"
        aff_pick = rng.randrange(7)
        aff, dvk = "", False
        if aff_pick == 0:
            aff, dvk = "DVK", True
        elif aff_pick == 1:
            aff, dvk = "Koshe Party", True
        elif aff_pick == 2:
            aff, dvk = "Democratic Choice of Kazakhstan", True
        elif aff_pick == 3:
            aff = "possibly DVK"
        elif aff_pick == 4:
            aff = "none known"
        if max(x for x, _, _ in steps) > dt.date(2024, 5, 15):
            continue
        i += 1
        if i == 61:
            lines.append(["ADDED AFTER THE 2023 REVIEW", "", "", "", "", "", "", ""])
            truth.append(truth_row(file, "", len(lines), "not_a_case"))
        log = " | ".join(f"{fmt(x, p)} {text}" for x, p, text in steps)
        lines.append([f"KZP-{i:03d}", name, "" if birth is None else str(birth), rng.choice(city[3]), charges, log, aff,
                      rng.choice(["RFE/RL", "family", "lawyer", "Vlast.kz; family"])])
        start = first_of(arrested, precision)
        truth.append(truth_row(file, "", len(lines), **case_fields(city, arts, status, months, start, precision, birth, dvk, name)))
    lines.append(["# Last updated 2024-05-30. Corrections: write to the editors.", "", "", "", "", "", "", ""])
    truth.append(truth_row(file, "", len(lines), "not_a_case"))
    lines.append(["Total: 90 people", "", "", "", "", "", "", ""])
    truth.append(truth_row(file, "", len(lines), "not_a_case"))
    with open(folder / file, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(lines)
    return truth


# ---------------------------------------------------------------- file 3: fund register (ru)
def write_fund_register(folder: Path, rng: random.Random) -> list[dict]:
    file = "fund_register_etap.xlsx"
    wb = Workbook()
    truth = []

    # sheet 1: in custody
    ws = wb.active
    ws.title = sheet = "Содержатся"
    ws["A1"] = "Реестр подопечных фонда: отбывают наказание"
    heads = ["ФИО", "Дата рождения", "Откуда (город)", "Статья", "Срок", "Задержан", "Приговор", "Конец срока",
             "Учреждение (этапы)", "Примечание"]
    for c, v in enumerate(heads, 1):
        ws.cell(3, c, v).font = Font(bold=True)
    r = 4
    for _ in range(45):
        city = rng.choice(CITIES)
        arts = rng.choice(ARTICLE_SETS)
        detained = rand_date(rng, dt.date(2018, 6, 1), dt.date(2022, 8, 1))
        # the term runs past the register's date (mid-2024): everyone on this sheet is still inside
        months = rng.choice([m for m in (36, 48, 60, 72, 84, 96, 120) if detained + dt.timedelta(days=m * 30) > dt.date(2025, 1, 1)])
        verdict = detained + dt.timedelta(days=rng.randrange(120, 330))
        end = detained + dt.timedelta(days=months * 30)
        birth_d = rand_date(rng, dt.date(1960, 1, 1), dt.date(2001, 12, 31))
        name = ru_name(rng)
        inst = rng.choice(["СИЗО-1 Алматы → ИК-155/14", "СИЗО-16 → ИК-161 (Павлодар) → с 05.2023 ИК-162/3",
                           "ЛА-155/12; переведён в ИК-167 (Семей) в 2022", "ИК-164/5 (Аркалык)",
                           "СИЗО → ИК-161 → ЕЦ-166/11 (этап в 03.2024)"])
        note, dvk = "", False
        pick = rng.randrange(7)
        if pick == 0:
            note, dvk = "по делу ДВК", True
        elif pick == 1:
            note, dvk = "Көше партиясы", True
        elif pick == 2:
            note = "нуждается в лекарствах"
        second = rng.random() < 0.3 and verdict < dt.date(2022, 3, 1)  # a second verdict in the colony before mid-2024
        dcell = detained if rng.random() < 0.6 else detained.strftime("%d.%m.%Y")
        values = [name, birth_d.strftime("%d.%m.%Y"), rng.choice(city[2]), ru_articles(rng, arts), ru_term(rng, months),
                  dcell, verdict, end.strftime("%d.%m.%Y"), inst, note]
        for c, v in enumerate(values, 1):
            if v:
                cell = ws.cell(r, c, v)
                if isinstance(v, dt.date):
                    cell.number_format = "DD.MM.YYYY"
        truth.append(truth_row(file, sheet, r, **case_fields(city, arts, "imprisoned", months, detained, "day",
                                                              birth_d.year, dvk, name)))
        r += 1
        if second:
            arts2 = [(380, 1)]
            months2 = rng.choice([12, 18, 24])
            verdict2 = verdict + dt.timedelta(days=rng.randrange(400, 800))
            ws.cell(r, 4, "ч.1 ст.380 УК РК")
            ws.cell(r, 5, ru_term(rng, months2))
            ws.cell(r, 7, verdict2).number_format = "DD.MM.YYYY"
            ws.cell(r, 10, "новое дело в колонии, срок присоединён к неотбытому")
            for col in "ABC":
                ws.merge_cells(f"{col}{r - 1}:{col}{r}")
            # the note is not merged: this row's own note names no group, so no tie (truth fixed after scoring)
            truth.append(truth_row(file, sheet, r, **case_fields(city, arts2, "imprisoned", months2, verdict2, "day",
                                                                  birth_d.year, False, name)))
            r += 1
    ws.cell(r + 1, 1, "Этапы указаны со слов родственников.")
    truth.append(truth_row(file, sheet, r + 1, "not_a_case"))

    # sheet 2: released
    ws = wb.create_sheet("Освобождены")
    sheet = ws.title
    ws["A1"] = "Освобождены из мест лишения свободы (включая замену наказания)"
    heads = ["ФИО", "Г.р.", "Город", "Статьи", "Дата приговора", "Срок по приговору", "Дата выхода", "Основание",
             "Связь с ДВК/КП"]
    for c, v in enumerate(heads, 1):
        ws.cell(2, c, v).font = Font(bold=True)
    r = 3
    for _ in range(50):
        city = rng.choice(CITIES)
        arts = rng.choice(ARTICLE_SETS)
        months = rng.choice([24, 36, 48, 60, 72])
        verdict = rand_date(rng, dt.date(2018, 5, 1), dt.date(2021, 6, 1))
        out = verdict + dt.timedelta(days=rng.randrange(300, 1000))
        birth = rng.choice([None, *range(1958, 2000)])
        name = ru_name(rng)
        g = rng.randrange(6)
        if g in (0, 5):  # out at the end of term (the time in pre-trial detention counted)
            months = rng.choice([24, 36])
            out = verdict + dt.timedelta(days=months * 30 - 150)
        if g == 0:
            ground, status = "по отбытии срока", "released"
        elif g == 1:
            ground, status = rng.choice(["УДО", "условно-досрочно"]), "released"
        elif g == 2:
            ground, status = f"помилование (Указ Президента РК от {out - dt.timedelta(days=5):%d.%m.%Y})", "released"
        elif g == 3:
            ground, status = "амнистия к 30-летию Независимости", "released"
        elif g == 4:
            ground, status = "замена неотбытой части ограничением свободы", "restricted_freedom"
        else:
            ground, status = "освобождён по отбытии, выехал за рубеж", "released"
        tie = rng.choice(["да", "нет", "нет", "", "да", "не установлено"])
        dvk = tie == "да"
        values = [name, birth, rng.choice(city[2]), ru_articles(rng, arts), verdict.strftime("%d.%m.%Y"),
                  ru_term(rng, months), out, ground, tie]
        for c, v in enumerate(values, 1):
            if v:
                cell = ws.cell(r, c, v)
                if isinstance(v, dt.date):
                    cell.number_format = "DD.MM.YYYY"
        truth.append(truth_row(file, sheet, r, **case_fields(city, arts, status, months, verdict, "day", birth, dvk, name)))
        r += 1
    ws.cell(r, 1, "Всего освобождено: 50")
    truth.append(truth_row(file, sheet, r, "not_a_case"))

    # sheet 3: other outcomes, with section headings
    ws = wb.create_sheet("Иное")
    sheet = ws.title
    heads = ["ФИО", "Г.р.", "Город", "Статьи", "Дата задержания / обвинения", "Приговор", "Что известно", "Примечание"]
    for c, v in enumerate(heads, 1):
        ws.cell(1, c, v).font = Font(bold=True)
    r = 2
    groups = [("УМЕРЛИ В МЕСТАХ ЛИШЕНИЯ СВОБОДЫ", "died", 8), ("ПРИНУДИТЕЛЬНОЕ ЛЕЧЕНИЕ", "psych", 10),
              ("В РОЗЫСКЕ / ЗА РУБЕЖОМ", "wanted", 12)]
    for heading, kind, count in groups:
        ws.cell(r, 1, heading).font = Font(bold=True)
        truth.append(truth_row(file, sheet, r, "not_a_case"))
        r += 1
        for _ in range(count):
            city = rng.choice(CITIES)
            arts = rng.choice(ARTICLE_SETS)
            first = rand_date(rng, dt.date(2018, 3, 1), dt.date(2021, 6, 1))
            birth = rng.choice([None, *range(1955, 2000)])
            name = ru_name(rng)
            months = None
            if kind == "died":
                months = rng.choice([48, 60, 84])
                verdict = f"{first + dt.timedelta(days=200):%d.%m.%Y}, {ru_term(rng, months)}"
                death = first + dt.timedelta(days=rng.randrange(500, 1000))
                what = rng.choice([f"скончался в ИК-161 {death:%d.%m.%Y}", f"умер в заключении ({death:%d.%m.%Y})",
                                   f"умер в колонии {death:%d.%m.%Y}, причина не сообщена"])
                status = "died"
            elif kind == "psych":
                verdict = ""
                what = rng.choice(["направлен на принудительное лечение в РПБСТИН (Актас)",
                                   "признан невменяемым, принудительное лечение",
                                   "помещён в психиатрический стационар по решению суда"])
                status = "compulsory_treatment"
            else:
                verdict = ""
                what = rng.choice(["объявлен в розыск, обвинение предъявлено заочно",
                                   "в международном розыске, находится за рубежом",
                                   "обвинение заочно, выехал из РК до возбуждения дела"])
                status = "under_investigation"
            note, dvk = "", False
            p = rng.randrange(5)
            if p == 0:
                note, dvk = "член ДВК", True
            elif p == 1:
                note = "ДВК?"
            values = [name, birth, rng.choice(city[2]), ru_articles(rng, arts), first.strftime("%d.%m.%Y"), verdict, what, note]
            for c, v in enumerate(values, 1):
                if v:
                    ws.cell(r, c, v)
            truth.append(truth_row(file, sheet, r, **case_fields(city, arts, status, months, first, "day", birth, dvk, name)))
            r += 1
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------- file 4: repeat prosecutions (en)
def write_repeat(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "repeat_prosecutions.xlsx", "Cases"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Prosecuted again: people with more than one political case (working sheet)"
    ws["A2"] = "One row per case. Stage now = where the case stands today; Since = when that stage began."
    heads = ["Person", "Born", "Case", "City", "Article(s)", "Detained", "Verdict", "Sentence", "Stage now", "Since",
             "Movement"]
    for c, v in enumerate(heads, 1):
        ws.cell(4, c, v).font = Font(bold=True)
    truth, r = [], 5

    def en_date(d, precision):
        if precision == "month":
            return f"{MONTHS_EN[d.month - 1]} {d.year}"
        if precision == "year":
            return str(d.year)
        return rng.choice([f"{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}", f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"])

    people = 0
    while people < 34:  # a person whose cases run past the sheet's date (June 2024) is drawn again
        cells, rows_truth, latest = [], [], dt.date(2000, 1, 1)
        name = en_name(rng)
        birth = rng.choice([None, *range(1965, 2000)])
        movement, dvk = rng.choice([("DVK", True), ("Koshe Party", True), ("", False), ("", False), ("DVK?", False),
                                    ("trade union", False)])
        ncases = rng.choice([2, 2, 2, 3])
        first_row = r
        d = rand_date(rng, dt.date(2017, 3, 1), dt.date(2019, 6, 1))
        for k in range(ncases):
            last = k == ncases - 1
            city = rng.choice(CITIES)
            arts = rng.choice(ARTICLE_SETS)
            detained = d
            precision = "day" if rng.random() < 0.75 else rng.choice(["month", "year"]) if k == 0 else "day"
            verdict = detained + dt.timedelta(days=rng.randrange(400, 500))
            months = None
            if not last:
                kind = "prison"  # an earlier case: served in full (a restricted or suspended term ended would be a coin flip)
            else:
                kind = rng.choice(["prison", "pretrial", "house", "released_end", "paroled", "restricted", "probation"])
            since = None
            if kind in ("pretrial", "house"):
                verdict_cell, sentence = "", ""
                stage = "back in pre-trial detention" if kind == "pretrial" else "under house arrest"
                status = "pretrial_detention" if kind == "pretrial" else "house_arrest"
                since = detained
                since_p = precision
            else:
                months = rng.choice([24, 36, 48, 60]) if kind != "probation" else rng.choice([12, 24, 36])
                verdict_cell = en_date(verdict, "day")
                if kind == "prison":
                    sentence = f"{en_years(months)} prison"
                    if last:
                        stage, status = rng.choice(["serving sentence (colony AP-155/8)", "in colony, transferred to Pavlodar 2023"]), "imprisoned"
                        since, since_p = verdict, "day"
                    else:
                        stage, status = "released - end of term", "released"
                        since, since_p = verdict + dt.timedelta(days=months * 30 - 400), "day"
                elif kind == "released_end":
                    sentence, stage, status = f"{en_years(months)} prison", "released - end of term", "released"
                    since, since_p = verdict + dt.timedelta(days=300), "day"
                elif kind == "paroled":
                    sentence, stage, status = f"{en_years(months)} prison", rng.choice(["paroled", "released on parole"]), "released"
                    since, since_p = verdict + dt.timedelta(days=300), "day"
                elif kind == "restricted":
                    sentence = f"{en_years(months)} restricted freedom"
                    stage, status = ("restricted freedom, probation service", "restricted_freedom") if last else ("term served", "released")
                    since, since_p = verdict, "day"
                else:
                    sentence = f"{en_years(months)} suspended"
                    stage, status = ("on probation", "probation") if last else ("probation ended", "released")
                    since, since_p = verdict, "day"
            start = first_of(detained, precision)
            values = [name if k == 0 else None, birth if k == 0 else None, f"{k + 1} of {ncases}",
                      rng.choice(city[3]), en_articles(rng, arts), en_date(detained, precision), verdict_cell, sentence,
                      stage, en_date(since, since_p) if since_p == "day" else en_date(since, since_p),
                      movement if k == 0 else None]
            cells += [(r, c, v) for c, v in enumerate(values, 1) if v]
            rows_truth.append(truth_row(file, sheet, r, **case_fields(city, arts, status, months, start, precision, birth, dvk, name)))
            latest = max(latest, since or detained, verdict if verdict_cell else detained)
            r += 1
            # the next case starts after this one's verdict or release
            end = since if since and since > verdict else verdict
            d = max(end, verdict) + dt.timedelta(days=rng.randrange(60, 200))
        if latest > dt.date(2024, 5, 31):
            r = first_row
            continue
        people += 1
        for row, c, v in cells:
            ws.cell(row, c, v)
        truth += rows_truth
        if ncases > 1:
            for col in ("A", "B", "K"):
                ws.merge_cells(f"{col}{first_row}:{col}{r - 1}")
    ws.cell(r + 1, 1, "Sources: court records, RFE/RL, Vlast.kz, relatives. Figures checked 1 June 2024.")
    truth.append(truth_row(file, sheet, r + 1, "not_a_case"))
    ws.cell(r + 2, 1, "Total cases: " + str(sum(1 for t in truth if t["kind"] == "case")))
    truth.append(truth_row(file, sheet, r + 2, "not_a_case"))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------- file 5: snapshot status + chronology (ru csv)
def write_chronology(folder: Path, rng: random.Random) -> list[dict]:
    file = "nablyudenie_hronologiya.csv"
    lines = [["Список наблюдения: положение на 01.01.2022 и хронология после (обновлено 15.03.2024)"] + [""] * 7,
             ["п/п", "Фамилия, имя", "Год рождения", "Город", "Обвинение", "Дата задержания", "Приговор",
              "Положение на 01.01.2022", "Хронология после 01.01.2022"]]
    lines[0] += [""]
    truth = []
    for i in range(1, 55):
        city = rng.choice(CITIES)
        arts = rng.choice(ARTICLE_SETS)
        detained = rand_date(rng, dt.date(2018, 5, 1), dt.date(2021, 3, 1))
        verdict = detained + dt.timedelta(days=rng.randrange(120, 280))
        months = rng.choice([24, 36, 48, 60, 72, 84])
        birth = rng.choice([None, *range(1960, 2001)])
        name = f"{rng.choice(SURNAMES_RU)} {rng.choice(FIRST_RU)}"
        end = detained + dt.timedelta(days=months * 30)  # the end of term (pre-trial detention counted)
        kind = rng.choice(["colony", "colony", "colony", "restricted", "probation", "pretrial"])
        if kind == "colony" and end < dt.date(2022, 6, 1):
            months = rng.choice([60, 72, 84])
            end = detained + dt.timedelta(days=months * 30)

        def after(until=dt.date(2024, 3, 1)):
            return rand_date(rng, dt.date(2022, 2, 1), min(until, dt.date(2024, 3, 1)))
        chron = ""
        if kind == "pretrial":
            verdict_cell, snapshot, status, months_t = "", rng.choice(["в СИЗО", "содержится в СИЗО-1"]), "pretrial_detention", None
            p = rng.randrange(3)
            if p == 0:
                d = after()
                chron = f"{d:%d.%m.%Y} приговор: {months // 12} года ограничения свободы" if months // 12 in (2, 3, 4) else f"{d:%d.%m.%Y} приговор: {months // 12} лет ограничения свободы"
                status, months_t = "restricted_freedom", (months // 12) * 12
            elif p == 1:
                d = after()
                chron = f"{d:%d.%m.%Y} мера пресечения изменена на домашний арест"
                status = "house_arrest"
        else:
            term = ru_term(rng, months) if kind == "colony" else (
                f"{months // 12} года ограничения свободы" if months // 12 in (2, 3, 4) else f"{months // 12} лет ограничения свободы"
            ) if kind == "restricted" else f"{months // 12} года условно" if months // 12 in (2, 3, 4) else f"{months // 12} лет условно"
            verdict_cell = f"{verdict:%d.%m.%Y} — {term}"
            months_t = months
            if kind == "colony":
                snapshot, status = rng.choice(["в колонии", "отбывает наказание", "ИК, общий режим"]), "imprisoned"
                p = rng.randrange(8)
                d1 = after(end - dt.timedelta(days=90))  # a step while the term still runs
                d2 = d1 + dt.timedelta(days=rng.randrange(30, 80))
                if p == 0:
                    chron, status = f"{d1:%d.%m.%Y} этапирован в ИК-162/3; {d2:%d.%m.%Y} освобождён условно-досрочно", "released"
                elif p == 1:
                    chron, status = f"{d1:%d.%m.%Y} освобождён по помилованию", "released"
                elif p == 2:
                    chron, status = f"{d1:%d.%m.%Y} неотбытая часть заменена ограничением свободы", "restricted_freedom"
                elif p == 3:
                    chron, status = f"{d1:%d.%m.%Y} переведён в ИК-161; {d2:%d.%m.%Y} скончался в колонии", "died"
                elif p == 4 and end < dt.date(2024, 3, 1):
                    chron, status = f"{end:%d.%m.%Y} вышел по отбытии срока", "released"
                elif p == 5:
                    chron = f"{d1:%d.%m.%Y} в УДО отказано; {d2:%d.%m.%Y} переведён в колонию-поселение"
                elif p == 6:
                    chron, status = f"{d1:%d.%m.%Y} направлен на принудительное лечение в психиатрический стационар", "compulsory_treatment"
            elif kind == "restricted":
                snapshot, status = "ограничение свободы, на учёте в пробации", "restricted_freedom"
                if rng.random() < 0.4:
                    d1 = after()
                    chron, status = f"{d1:%d.%m.%Y} ограничение свободы заменено на лишение свободы", "imprisoned"
            else:
                snapshot, status = "условный срок", "probation"
        values = [str(i), name, "" if birth is None else str(birth), rng.choice(city[2]), ru_articles(rng, arts),
                  detained.strftime("%d.%m.%Y"), verdict_cell, snapshot, chron]
        lines.append(values)
        truth.append(truth_row(file, "", len(lines), **case_fields(city, arts, status, months_t, detained, "day", birth,
                                                                   False, name)))
    for text in ["Хронология — по сообщениям родственников и адвокатов; даты уточняются.",
                 "Всего под наблюдением: 54 человека"]:
        lines.append([text] + [""] * 8)
        truth.append(truth_row(file, "", len(lines), "not_a_case"))
    with open(folder / file, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh).writerows(lines)
    return truth


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the five lists into `folder`; return the truth (one row per non-blank row below a header)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(27)
    rows = [*write_petitions(folder, rng), *write_status_log(folder, rng), *write_fund_register(folder, rng),
            *write_repeat(folder, rng), *write_chronology(folder, rng)]
    truth = pd.DataFrame(rows)
    truth["sentence_months"] = truth["sentence_months"].astype("Int64")
    truth["birth_year"] = truth["birth_year"].astype("Int64")
    return truth
