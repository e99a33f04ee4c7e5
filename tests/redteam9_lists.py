"""Red-team set 9 (a hold-out): five unfamiliar lists written as NGO staff write them, with the truth of every row.

`write_lists(folder)` writes the files below into `folder` and returns the truth: one row per non-blank row
below a header row (source_file, source_sheet, source_row as a spreadsheet program shows it, kind "case" or
"not_a_case") and, for cases, city, region, articles, status, sentence_months, started_on, started_precision,
birth_year, dvk_koshe, name. Everything is generated from fixed tables and a seeded `random.Random`, so the
files and the truth are the same on every run. All names are invented; addresses are invented streets.

Files and what each stresses
----------------------------
1. `spisok_karaganda_ulytau.xlsx`, sheet "Список" (Russian, a regional group's list):
   two title rows; a two-row header with merged group cells ("ФИО" over "Фамилия" / "Имя" / "Отчество",
   "Даты" over "задержания" / "приговора"); the name split over three columns; the birth as a full date
   (text "14.03.1987" or a date cell); the city only inside an address cell ("г. Темиртау, ул. Заводская,
   д. 4, кв. 17", "Улытауская обл., г. Сатпаев, ..."); a measure/sentence column in free Russian; section
   headings (roman numerals), a totals row and two footnotes below the data.
2. `annex_rights_group_2023.xlsx`, sheet "Annex" (an English rights-group report annex):
   "No.", "Person", "Born", "Details", "Status (1 Sept 2023)"; the city, the articles, every date and the
   term are only inside the narrative "Details" sentence ("Detained in Aktobe on 6 January 2022; charged
   under Art. 272(2) and 269; sentenced on 14 April 2022 to 5 years' imprisonment."); lettered section
   headings; a sources footnote.
3. `tizim_latyn.ods` (Kazakh in the Latin alphabet), sheet "2022" in the 2018 acute-accent script
   ("Tolyq aty-jóni", "Qala", "Baby", "Mártebesi", "Ustalǵan kúni", dates "12.03.2022 j." and
   "2022 jylǵy 5 qańtar") and sheet "2023" in the 2021 script (Ä, Ğ, I/ı, Ñ, Ö, Q, Ş, Ū, Ü: "Tolyq aty-jönı",
   "Märtebesı", "Ūstalğan künı", "2023 jylğy 5 aqpan"); statuses, articles ("405-bap 2-bólik") and notes
   ("Kóshe partııasynyń jaqtasy", "QDT?") in Kazakh Latin; a title row and a footnote per sheet.
4. `sud_monitoring_q1.xlsx`, one sheet per month ("Январь 2023", "Февраль 2023", "Март 2023"): a
   court-monitoring log, one row per hearing; "Дата заседания", "Суд", "Подсудимый", "Г.р.", "Задержан",
   "Статья", "Мера пресечения", "Решение суда", "Примечание"; no city column (the place is the court's seat);
   the same defendant reappears on several hearing rows; a title row and a totals row per sheet.
5. `casesdb_export.csv` (a database export): a `#` comment line above the header, snake_case headers
   nobody would guess (rec_id, def_nm, yr_b, loc, cc_art, outcome, term_m, dt_det, dt_chg, dt_verdict, aff,
   upd_ts), ISO dates mixed with Excel serial numbers, old city names in English (Uralsk, Kapchagay,
   Semipalatinsk, Ust-Kamenogorsk, Nur-Sultan), "|"-joined articles with administrative ones among them, an
   update timestamp column, and a trailing "# N records" line.

Decisions taken for the truth
-----------------------------
- city/region: the current official English name and current region (Semey -> Abai, Taldykorgan -> Jetisu,
  Zhezkazgan and Satpayev -> Ulytau, Konaev -> Almaty Region, Oral -> West Kazakhstan, Oskemen -> East
  Kazakhstan, Nur-Sultan -> Astana). File 1: the city named in the address ("г. X"). File 2: the city in
  "Detained/Arrested/Charged in X". File 4: the city the court sits in ("... суд г. Алматы", "Уральский
  городской суд" -> Oral, "Семейский городской суд" -> Semey); only city courts are used, never a regional one.
- articles: Criminal Code only, ascending, part in brackets only when given: "п.2 ч.4 ст.274" -> "274(4)";
  administrative ones (КоАП, ÁQBtK/ÄQBtK, "CAO-488(6)") are left out; a cell with only administrative
  articles gives "".
- status / sentence_months: the latest known outcome of the row. A verdict wins over the measure of restraint
  on the same row (file 4 writes "под стражей" beside "Приговор: 7 лет лишения свободы" on some verdict
  rows: imprisoned). "подписка о невыезде" / "tergeý júrip jatyr" / "under investigation" ->
  under_investigation; "условно N лет" / "suspended sentence" / "shartty túrde" -> probation with its term;
  released by УДО / amnesty -> released, keeping the term of the sentence served where the row gives one;
  fines carry no months; a postponed hearing ("отложено") takes its status from the measure column.
- started_on: the earliest of the detention, charge, sentence and release dates on the row, with its
  precision; file 4's rows always give a detention date ("Задержан") earlier than the hearing, so the hearing
  date (whatever event it is taken for) never decides started_on. File 5's `upd_ts` (when the record was last
  edited) is no event: three rows that give no other date have started_on empty.
- birth_year: the year of the full birth date (file 1), of "Born" (file 2), of "Tuǵan jyly" (file 3),
  "Г.р." (file 4), `yr_b` (file 5).
- dvk_koshe: True only where the row names DVK / ДВК / QDT / Koshe / Көше / Kóshe partııasy in a note,
  detail or `aff` cell; "ДВК?" / "QDT?" (doubt) and "связь с ДВК не подтверждена" (a negation) are False;
  article 405 alone never makes it True.
- file 4: each hearing row is a case row of its own (the log's unit is the hearing); a defendant seen at three
  hearings is three case rows with the same name, birth year, detention date and articles; status and term
  follow each row's own decision.
- kind "not_a_case": title rows above the header are not counted; section headings, totals rows, footnotes and
  the trailing comment line of the CSV are rows below a header and are "not_a_case".
"""
from __future__ import annotations

import csv
import random
from datetime import date, datetime
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

SEED = 9009

# ---------------------------------------------------------------- places: (truth city, region) and spellings
PLACES = {
    "Astana": "Astana", "Almaty": "Almaty", "Shymkent": "Shymkent", "Karaganda": "Karaganda",
    "Temirtau": "Karaganda", "Balkhash": "Karaganda", "Shakhtinsk": "Karaganda", "Zhezkazgan": "Ulytau",
    "Satpayev": "Ulytau", "Aktobe": "Aktobe", "Oral": "West Kazakhstan", "Taldykorgan": "Jetisu",
    "Semey": "Abai", "Oskemen": "East Kazakhstan", "Konaev": "Almaty Region", "Kyzylorda": "Kyzylorda",
    "Taraz": "Zhambyl", "Atyrau": "Atyrau", "Aktau": "Mangystau", "Zhanaozen": "Mangystau",
    "Pavlodar": "Pavlodar", "Kostanay": "Kostanay", "Petropavl": "North Kazakhstan", "Kokshetau": "Akmola",
    "Turkistan": "Turkistan",
}

RU_ADDR_CITY = {  # file 1: how the address names the city
    "Karaganda": ["г. Караганда", "г.Караганда", "Карагандинская обл., г. Караганда"],
    "Temirtau": ["г. Темиртау", "Карагандинская обл., г. Темиртау"],
    "Balkhash": ["г. Балхаш"],
    "Shakhtinsk": ["г. Шахтинск"],
    "Zhezkazgan": ["г. Жезказган", "Улытауская обл., г. Жезказган", "область Ұлытау, г. Жезказган"],
    "Satpayev": ["г. Сатпаев", "Улытауская обл., г. Сатпаев"],
    "Astana": ["г. Нур-Султан", "г. Астана"],
    "Almaty": ["г. Алматы"],
}
RU_STREETS = ["ул. Заводская", "ул. Луговая", "ул. Садовая", "ул. Тихая", "ул. Шахтёрская", "пр. Строителей",
              "ул. Рабочая", "ул. Степная", "мкр. Восток-3", "мкр. 12"]

EN_CITY = {
    "Almaty": ["Almaty"], "Astana": ["Nur-Sultan", "Astana"], "Shymkent": ["Shymkent"], "Aktobe": ["Aktobe"],
    "Oral": ["Uralsk", "Oral"], "Taldykorgan": ["Taldykorgan"], "Semey": ["Semey"],
    "Oskemen": ["Ust-Kamenogorsk", "Oskemen"], "Konaev": ["Kapchagay", "Konaev"], "Kyzylorda": ["Kyzylorda"],
    "Taraz": ["Taraz"], "Atyrau": ["Atyrau"], "Zhanaozen": ["Zhanaozen"], "Aktau": ["Aktau"],
    "Pavlodar": ["Pavlodar"], "Karaganda": ["Karaganda"], "Kostanay": ["Kostanay"],
    "Petropavl": ["Petropavlovsk"], "Kokshetau": ["Kokshetau"], "Turkistan": ["Turkestan"],
}
KZ18_CITY = {"Almaty": "Almaty", "Astana": "Nur-Sultan", "Shymkent": "Shymkent", "Aktobe": "Aqtóbe", "Oral": "Oral",
             "Taldykorgan": "Taldyqorǵan", "Semey": "Semeı", "Oskemen": "Óskemen", "Konaev": "Qonaev",
             "Zhezkazgan": "Jezqazǵan", "Kyzylorda": "Qyzylorda", "Taraz": "Taraz", "Atyrau": "Atyraý",
             "Aktau": "Aqtaý", "Zhanaozen": "Jańaózen", "Kokshetau": "Kókshetaý", "Turkistan": "Túrkistan",
             "Kostanay": "Qostanaı", "Pavlodar": "Pavlodar"}
KZ21_CITY = {"Almaty": "Almaty", "Astana": "Astana", "Shymkent": "Şymkent", "Aktobe": "Aqtöbe", "Oral": "Oral",
             "Taldykorgan": "Taldyqorğan", "Semey": "Semei", "Oskemen": "Öskemen", "Konaev": "Qonaev",
             "Zhezkazgan": "Jezqazğan", "Kyzylorda": "Qyzylorda", "Taraz": "Taraz", "Atyrau": "Atyrau",
             "Aktau": "Aqtau", "Zhanaozen": "Jañaözen", "Kokshetau": "Kökşetau", "Turkistan": "Türkıstan",
             "Kostanay": "Qostanai", "Pavlodar": "Pavlodar"}
COURTS = {  # file 4: city courts only (the seat is the city)
    "Almaty": ["Специализированный межрайонный суд по уголовным делам г. Алматы",
               "Алмалинский районный суд г. Алматы", "Медеуский районный суд г. Алматы"],
    "Astana": ["Есильский районный суд г. Астаны", "Сарыаркинский районный суд г. Астаны"],
    "Oral": ["Уральский городской суд"],
    "Semey": ["Семейский городской суд"],
    "Zhanaozen": ["Жанаозенский городской суд"],
    "Aktau": ["Актауский городской суд"],
    "Shymkent": ["Абайский районный суд г. Шымкента"],
    "Taraz": ["Таразский городской суд"],
    "Kyzylorda": ["Кызылординский городской суд"],
}
DB_CITY = {"Almaty": ["Almaty", "ALMATY"], "Astana": ["Nur-Sultan", "Astana"], "Oral": ["Uralsk"],
           "Konaev": ["Kapchagay"], "Semey": ["Semipalatinsk", "Semey"], "Oskemen": ["Ust-Kamenogorsk"],
           "Taldykorgan": ["Taldykorgan"], "Shymkent": ["Shymkent"], "Kyzylorda": ["Kyzylorda"],
           "Aktobe": ["Aktobe"], "Zhanaozen": ["Zhanaozen"], "Karaganda": ["Karaganda"], "Pavlodar": ["Pavlodar"],
           "Taraz": ["Taraz"], "Kokshetau": ["Kokshetau"], "Petropavl": ["Petropavlovsk"]}

# ---------------------------------------------------------------- names (invented)
RU_SURN = [("Ахметов", "Ахметова"), ("Беляев", "Беляева"), ("Жумабеков", "Жумабекова"), ("Кузнецов", "Кузнецова"),
           ("Оспанов", "Оспанова"), ("Сейткали", "Сейткали"), ("Тулегенов", "Тулегенова"), ("Григорьев", "Григорьева"),
           ("Мухаметжанов", "Мухаметжанова"), ("Нуржанов", "Нуржанова"), ("Ким", "Ким"), ("Шевченко", "Шевченко"),
           ("Абдрахманов", "Абдрахманова"), ("Исаев", "Исаева"), ("Калиев", "Калиева"), ("Лебедев", "Лебедева"),
           ("Сарсенбаев", "Сарсенбаева"), ("Есенов", "Есенова"), ("Дюсембаев", "Дюсембаева"), ("Гаврилов", "Гаврилова")]
RU_FIRST_M = ["Ерлан", "Асхат", "Дмитрий", "Нурлан", "Бауыржан", "Сергей", "Арман", "Виктор", "Канат", "Тимур",
              "Максат", "Олег", "Жандос", "Руслан", "Данияр"]
RU_FIRST_F = ["Айгуль", "Елена", "Гульнара", "Сауле", "Ольга", "Динара", "Жанар", "Татьяна", "Асель", "Мадина"]
RU_PATR = [("Серикович", "Сериковна"), ("Болатович", "Болатовна"), ("Иванович", "Ивановна"),
           ("Кайратович", "Кайратовна"), ("Петрович", "Петровна"), ("Маратович", "Маратовна"),
           ("Жумабаевич", "Жумабаевна"), ("Александрович", "Александровна")]
EN_SURN = ["Amanov", "Baimukhanova", "Dosov", "Yesimova", "Karimov", "Lee", "Mukanova", "Nurpeisov", "Orlov",
           "Rakhimova", "Smagulov", "Tursynbay", "Utegenova", "Volkov", "Zhaksylykov", "Iskakova", "Petrenko",
           "Sultanbekov", "Kassymova", "Bekov"]
EN_FIRST = ["Aidos", "Dana", "Yerzhan", "Kamila", "Ruslan", "Alua", "Marat", "Zhanna", "Ilya", "Saltanat",
            "Nurbol", "Gaukhar", "Anton", "Aigerim", "Serik", "Laura"]
KZ_SURN = ["Qasymov", "Ábdirov", "Serikbaı", "Nurlanuly", "Toqtarov", "Jaqsybekov", "Aıtqaliev", "Bekmurat",
           "Sadyqov", "Ermekuly", "Dáýletov", "Omarov", "Tileýberdi", "Qaırat", "Musin"]
KZ_FIRST = ["Asqar", "Baǵdat", "Erjan", "Aıbek", "Nurjan", "Dáýren", "Ǵalym", "Arman", "Janar", "Aıgerim",
            "Saltanat", "Dına", "Aqnıet", "Meırambek", "Tolǵanaı"]
KZ21_SURN = ["Qasymov", "Äbdırov", "Serıkbai", "Nurlanūly", "Toqtarov", "Jaqsybekov", "Aitqaliev", "Bekmūrat",
             "Sadyqov", "Ermekūly", "Däuletov", "Omarov", "Tıleuberdı", "Qairat", "Musin"]
KZ21_FIRST = ["Asqar", "Bağdat", "Erjan", "Aibek", "Nūrjan", "Däuren", "Ğalym", "Arman", "Janar", "Aigerım",
              "Saltanat", "Dina", "Aqniet", "Meirambek", "Tolğanai"]

RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]
RU_MONTHS_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                 "ноябрь", "декабрь"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
KZ18_MONTHS = ["qańtar", "aqpan", "naýryz", "sáýir", "mamyr", "maýsym", "shilde", "tamyz", "qyrkúıek", "qazan",
               "qarasha", "jeltoqsan"]
KZ21_MONTHS = ["qañtar", "aqpan", "nauryz", "säuır", "mamyr", "mausym", "şılde", "tamyz", "qyrküiek", "qazan",
               "qaraşa", "jeltoqsan"]


def _rand_date(rng: random.Random, lo: date, hi: date) -> date:
    return date.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))


def _plus_days(d: date, n: int) -> date:
    return date.fromordinal(d.toordinal() + n)


def _earliest(dates: list[tuple[date, str] | None]) -> tuple[str, str]:
    """(ISO of the earliest date, precision); a partial date counts as the first day of its period."""
    given = [d for d in dates if d is not None]
    if not given:
        return "", ""
    d, p = min(given, key=lambda x: x[0])
    return d.isoformat(), p


def _month_start(d: date) -> date:
    return d.replace(day=1)


def _row(truth: list, file: str, sheet: str, row: int, kind: str = "case", **fields) -> None:
    truth.append({"source_file": file, "source_sheet": sheet, "source_row": row, "kind": kind, **fields})


def _case(name, city, articles, status, months, started, birth_year, dvk) -> dict:
    return {"name": name, "city": city, "region": PLACES[city] if city else "", "articles": articles,
            "status": status, "sentence_months": months, "started_on": started[0], "started_precision": started[1],
            "birth_year": birth_year, "dvk_koshe": dvk}


def _fmt_articles(charges: list[tuple[int, int | None]]) -> str:
    return "; ".join(f"{a}({p})" if p else str(a) for a, p in sorted(charges, key=lambda c: (c[0], c[1] or 0)))


# criminal charges commonly met; (article, part)
CHARGE_SETS = [
    [(405, 2)], [(405, 1)], [(405, 2)], [(174, 1)], [(174, 2)], [(274, 2)], [(274, 4)], [(272, 2)], [(380, 1)],
    [(405, 2), (182, 2)], [(174, 1), (274, 2)], [(258, 1), (405, 1)], [(272, 2), (269, None)], [(405, None)],
    [(179, 2)], [(378, 1)], [(256, 2)], [(405, 2), (174, 1)],
]


# ---------------------------------------------------------------- outcomes: (kind, months)
def _outcome(rng: random.Random) -> tuple[str, int | None]:
    kind = rng.choices(["imprisoned", "restricted_freedom", "probation", "fined", "pretrial_detention",
                        "house_arrest", "under_investigation", "released", "acquitted", "compulsory_treatment"],
                       [22, 18, 10, 7, 10, 5, 10, 10, 4, 2])[0]
    months = {"imprisoned": rng.choice([12, 18, 24, 36, 48, 60, 84, 30]),
              "restricted_freedom": rng.choice([12, 18, 24, 36, 30]),
              "probation": rng.choice([12, 24, 36]),
              "released": rng.choice([12, 24, 36, 18])}.get(kind)
    return kind, months


def _ru_term(m: int) -> str:
    y, r = divmod(m, 12)
    ys = {1: "1 год", 2: "2 года", 3: "3 года", 4: "4 года", 5: "5 лет", 6: "6 лет", 7: "7 лет"}.get(y, f"{y} лет")
    if r == 0:
        return ys
    if y == 0:
        return f"{r} мес."
    return f"{ys} {r} мес."


def _en_term(m: int) -> str:
    y, r = divmod(m, 12)
    ys = "1 year" if y == 1 else f"{y} years"
    return ys if r == 0 else f"{ys} and {r} months"


# ================================================================ file 1
def _file1(folder: Path, rng: random.Random, truth: list) -> None:
    file, sheet = "spisok_karaganda_ulytau.xlsx", "Список"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Список лиц, подвергшихся уголовному преследованию по политическим мотивам (Карагандинская и Улытауская области)"
    ws.merge_cells("A1:L1")
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "по состоянию на 01.10.2023; составлен волонтёрами общественного фонда"
    ws.merge_cells("A2:L2")
    top = ["№ п/п", "ФИО", None, None, "Дата рождения", "Адрес проживания", "Статья УК РК", "Даты", None,
           "Мера пресечения / наказание", "Примечание", "Источник"]
    sub = [None, "Фамилия", "Имя", "Отчество", None, None, None, "задержания", "приговора", None, None, None]
    for c, v in enumerate(top, 1):
        if v:
            ws.cell(3, c, v).font = Font(bold=True)
    for c, v in enumerate(sub, 1):
        if v:
            ws.cell(4, c, v).font = Font(bold=True)
    for rng_ in ("A3:A4", "B3:D3", "E3:E4", "F3:F4", "G3:G4", "H3:I3", "J3:J4", "K3:K4", "L3:L4"):
        ws.merge_cells(rng_)
    r = 5
    sections = [("I. Лишены свободы", ["imprisoned"] * 14 + ["compulsory_treatment"]),
                ("II. Наказания, не связанные с лишением свободы", ["restricted_freedom"] * 12 + ["probation"] * 7 + ["fined"] * 4),
                ("III. Под следствием и судом", ["pretrial_detention"] * 6 + ["house_arrest"] * 4 + ["under_investigation"] * 7),
                ("IV. Освобождены / оправданы", ["released"] * 8 + ["acquitted"] * 3)]
    n = 0
    cities = list(RU_ADDR_CITY)
    city_w = [20, 10, 4, 3, 8, 5, 4, 3]
    for heading, kinds in sections:
        ws.cell(r, 1, heading).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        _row(truth, file, sheet, r, "not_a_case")
        r += 1
        for kind in kinds:
            n += 1
            female = rng.random() < 0.3
            s = rng.choice(RU_SURN)[1 if female else 0]
            f = rng.choice(RU_FIRST_F if female else RU_FIRST_M)
            p = rng.choice(RU_PATR)[1 if female else 0]
            if rng.random() < 0.08:
                p = ""  # no patronymic written
            birth = _rand_date(rng, date(1958, 1, 1), date(2002, 12, 31))
            city = rng.choices(cities, city_w)[0]
            addr = f"{rng.choice(RU_ADDR_CITY[city])}, {rng.choice(RU_STREETS)}, д. {rng.randint(1, 90)}"
            if rng.random() < 0.5:
                addr += f", кв. {rng.randint(1, 120)}"
            charges = rng.choice(CHARGE_SETS)
            art_txt = _ru_articles(rng, charges)
            admin = rng.random() < 0.1
            if admin:
                art_txt += rng.choice(["; ст. 488 КоАП РК", ", ч.6 ст.488 КоАП"])
            det = _rand_date(rng, date(2019, 3, 1), date(2023, 3, 1))
            det_partial = rng.random() < 0.12
            sent = None
            months = None
            if kind in ("imprisoned", "restricted_freedom", "probation", "fined", "released", "compulsory_treatment", "acquitted"):
                sent = _plus_days(det, rng.randint(60, 300))
            if kind in ("imprisoned", "restricted_freedom", "probation", "released"):
                months = _outcome_months(rng, kind)
            measure = _ru_measure(rng, kind, months, sent)
            note = rng.choices(["", "сторонник ДВК", "активист «Көше партиясы»", "ДВК?", "журналист",
                                "связь с ДВК не подтверждена", "член Уличной партии по версии обвинения",
                                "гражданский активист", "профсоюзный активист"], [30, 9, 6, 3, 5, 3, 3, 6, 4])[0]
            dvk = note in ("сторонник ДВК", "активист «Көше партиясы»", "член Уличной партии по версии обвинения")
            source = rng.choice(["родственники", "адвокат", "СМИ", "", "суд. акт"])
            ws.cell(r, 1, n)
            ws.cell(r, 2, s)
            ws.cell(r, 3, f)
            ws.cell(r, 4, p or None)
            if rng.random() < 0.5:
                c = ws.cell(r, 5, birth)
                c.number_format = "DD.MM.YYYY"
            else:
                ws.cell(r, 5, birth.strftime("%d.%m.%Y"))
            ws.cell(r, 6, addr)
            ws.cell(r, 7, art_txt)
            if det_partial:
                ws.cell(r, 8, f"{RU_MONTHS_NOM[det.month - 1]} {det.year}")
                det_t = (_month_start(det), "month")
            elif rng.random() < 0.5:
                ws.cell(r, 8, det).number_format = "DD.MM.YYYY"
                det_t = (det, "day")
            else:
                ws.cell(r, 8, det.strftime("%d.%m.%Y") + rng.choice(["", " г."]))
                det_t = (det, "day")
            if sent:
                ws.cell(r, 9, sent.strftime("%d.%m.%Y"))
            ws.cell(r, 10, measure)
            ws.cell(r, 11, note or None)
            ws.cell(r, 12, source or None)
            for c in range(1, 13):
                ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
            name = " ".join(x for x in (s, f, p) if x)
            started = _earliest([det_t, (sent, "day") if sent else None])
            _row(truth, file, sheet, r, **_case(name, city, _fmt_articles(charges), kind, months, started,
                                                birth.year, dvk))
            r += 1
    ws.cell(r, 1, f"Итого: {n} человек")
    _row(truth, file, sheet, r, "not_a_case")
    r += 2
    ws.cell(r, 1, "* Даты приговоров указаны по первой инстанции.")
    _row(truth, file, sheet, r, "not_a_case")
    r += 1
    ws.cell(r, 1, "** Адреса приведены со слов родственников, сведения уточняются.")
    _row(truth, file, sheet, r, "not_a_case")
    for col, w in zip("ABCDEFGHIJKL", (6, 16, 12, 16, 13, 44, 26, 13, 13, 34, 30, 14)):
        ws.column_dimensions[col].width = w
    wb.save(folder / file)


def _outcome_months(rng, kind):
    return {"imprisoned": rng.choice([12, 18, 24, 36, 48, 60, 84, 30, 42]),
            "restricted_freedom": rng.choice([12, 18, 24, 36, 30]),
            "probation": rng.choice([12, 24, 36]),
            "released": rng.choice([12, 24, 36, 18])}[kind]


def _ru_articles(rng, charges) -> str:
    parts = []
    style = rng.randint(0, 3)
    for a, p in charges:
        if p is None:
            parts.append(f"ст. {a}")
        elif style == 0:
            parts.append(f"ч.{p} ст.{a}")
        elif style == 1:
            parts.append(f"ст. {a} ч. {p}")
        elif style == 2:
            parts.append(f"ч. {p} ст. {a}")
        else:
            parts.append(f"статья {a} часть {p}")
    joined = rng.choice([", ", "; ", " и "]).join(parts)
    return joined + rng.choice(["", " УК РК", " УК"])


def _ru_measure(rng, kind, months, sent) -> str:
    t = _ru_term(months) if months else ""
    return {
        "imprisoned": rng.choice([f"лишение свободы {t}", f"{t} лишения свободы", f"приговор: {t} л/с"]),
        "restricted_freedom": rng.choice([f"ограничение свободы на {t}", f"{t} ограничения свободы"]),
        "probation": rng.choice([f"{t} условно", f"условное осуждение, {t}"]),
        "fined": rng.choice(["штраф 2 000 МРП", "штраф", "штраф 500 МРП"]),
        "pretrial_detention": rng.choice(["содержится под стражей", "содержание под стражей (СИЗО)", "под стражей"]),
        "house_arrest": rng.choice(["домашний арест", "под домашним арестом"]),
        "under_investigation": rng.choice(["подписка о невыезде", "подписка о невыезде и надлежащем поведении"]),
        "released": rng.choice([f"{t} лишения свободы, освобождён по УДО", f"освобождён по амнистии (был приговорён к {t})"]),
        "acquitted": rng.choice(["оправдан", "оправдательный приговор"]),
        "compulsory_treatment": "принудительное лечение",
    }[kind]


# ================================================================ file 2
def _en_date(d: date, rng) -> str:
    return rng.choice([f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}", f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"])


def _file2(folder: Path, rng: random.Random, truth: list) -> None:
    file, sheet = "annex_rights_group_2023.xlsx", "Annex"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Annex 2. Individuals prosecuted on politically motivated charges, 2020-2023"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Compiled from court documents, interviews with lawyers and relatives. Information as of 1 September 2023."
    header = ["No.", "Person", "Born", "Details", "Status (1 Sept 2023)"]
    for c, v in enumerate(header, 1):
        ws.cell(4, c, v).font = Font(bold=True)
    r = 5
    n = 0
    cities = list(EN_CITY)
    sections = [("A. Cases arising from the January 2022 events", 20, (date(2022, 1, 4), date(2022, 1, 20))),
                ("B. Supporters of banned opposition movements", 20, (date(2020, 2, 1), date(2022, 12, 1))),
                ("C. Journalists, bloggers and civic activists", 16, (date(2020, 6, 1), date(2023, 5, 1)))]
    for heading, count, (lo, hi) in sections:
        ws.cell(r, 1, heading).font = Font(bold=True)
        _row(truth, file, sheet, r, "not_a_case")
        r += 1
        for _ in range(count):
            n += 1
            name = f"{rng.choice(EN_FIRST)} {rng.choice(EN_SURN)}"
            born = rng.randint(1960, 2001)
            city = rng.choice(cities) if not heading.startswith("A.") else rng.choice(
                ["Almaty", "Almaty", "Taldykorgan", "Zhanaozen", "Aktobe", "Shymkent", "Taraz", "Kyzylorda", "Aktau"])
            if heading.startswith("A."):
                charges = rng.choice([[(272, 2)], [(272, 2), (269, None)], [(380, 3)], [(272, 2), (380, 1)], [(188, 4), (272, 2)]])
            elif heading.startswith("B."):
                charges = rng.choice([[(405, 2)], [(405, 1)], [(405, 2), (182, 2)], [(258, 1), (405, 2)], [(174, 1), (405, 2)]])
            else:
                charges = rng.choice([[(274, 2)], [(274, 4)], [(174, 1)], [(378, 1)], [(131, 2), (274, 2)]])
            kind, months = _outcome(rng)
            if kind == "compulsory_treatment":
                kind, months = "imprisoned", 48
            det = _rand_date(rng, lo, hi)
            det_month_only = rng.random() < 0.12 and not heading.startswith("A.")
            sent = _plus_days(det, rng.randint(70, 260)) if kind in (
                "imprisoned", "restricted_freedom", "probation", "fined", "released", "acquitted") else None
            rel = _plus_days(sent, rng.randint(100, 500)) if kind == "released" else None
            verb = rng.choice(["Detained", "Arrested"])
            city_txt = rng.choice(EN_CITY[city])
            if det_month_only:
                det_txt = f"in {EN_MONTHS[det.month - 1]} {det.year}"
                det_t = (_month_start(det), "month")
            else:
                det_txt = f"on {_en_date(det, rng)}"
                det_t = (det, "day")
            arts = [f"{a}({p})" if p else str(a) for a, p in charges]
            if len(arts) == 1:
                art_txt = rng.choice([f"Art. {arts[0]}", f"Article {arts[0]}", f"Article {charges[0][0]}" + (f" part {charges[0][1]}" if charges[0][1] else "")])
            else:
                art_txt = f"Art. {arts[0]} and {arts[1]}" if rng.random() < 0.5 else f"Articles {arts[0]} and {arts[1]}"
            bits = [f"{verb} in {city_txt} {det_txt}", f"charged under {art_txt}"]
            t = _en_term(months) if months else ""
            if kind == "imprisoned":
                bits.append(f"sentenced on {_en_date(sent, rng)} to {t}' imprisonment" if t.endswith("s") else
                            f"sentenced on {_en_date(sent, rng)} to {t} in prison")
                status = rng.choice(["Imprisoned", "In prison", "Serving sentence in a penal colony"])
            elif kind == "restricted_freedom":
                bits.append(f"sentenced on {_en_date(sent, rng)} to {t} of restricted freedom")
                status = rng.choice(["Restricted freedom", "Serving restricted freedom"])
            elif kind == "probation":
                bits.append(f"given a {t} suspended sentence on {_en_date(sent, rng)}")
                status = rng.choice(["Suspended sentence", "Probation"])
            elif kind == "fined":
                bits.append(f"fined {rng.choice(['500', '1,000', '2,000'])} MCI on {_en_date(sent, rng)}")
                status = "Fined"
            elif kind == "pretrial_detention":
                bits.append("held in pre-trial detention since arrest")
                status = rng.choice(["Pre-trial detention", "In custody awaiting trial"])
            elif kind == "house_arrest":
                bits.append("placed under house arrest")
                status = "House arrest"
            elif kind == "under_investigation":
                bits.append("investigation ongoing, not in custody")
                status = rng.choice(["Under investigation", "Investigation ongoing"])
            elif kind == "released":
                bits.append(f"sentenced on {_en_date(sent, rng)} to {t} in prison; released "
                            + rng.choice(["under the amnesty", "on parole"]) + f" on {_en_date(rel, rng)}")
                status = rng.choice(["Released", "Released (amnesty)", "Released on parole"])
            else:
                bits.append(f"acquitted on {_en_date(sent, rng)}")
                status = "Acquitted"
            dvk = False
            if heading.startswith("B."):
                tie = rng.choice(["Accused of supporting DVK.", "Member of the Koshe Party.",
                                  "Posted videos of the Street Party.", "Prosecutors say he financed DVK.", ""])
                dvk = bool(tie)
            else:
                tie = rng.choice(["", "", "Journalist.", "Blogger.", "Lawyer says he was beaten in custody."])
            details = "; ".join(bits) + "." + (f" {tie}" if tie else "")
            ws.cell(r, 1, n)
            ws.cell(r, 2, name)
            ws.cell(r, 3, born if rng.random() < 0.85 else None)
            ws.cell(r, 4, details).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 5, status)
            by = ws.cell(r, 3).value
            started = _earliest([det_t, (sent, "day") if sent else None, (rel, "day") if rel else None])
            _row(truth, file, sheet, r, **_case(name, city, _fmt_articles(charges), kind, months, started,
                                                by if by else "", dvk))
            r += 1
    r += 1
    ws.cell(r, 1, "Sources: court documents; interviews; Kazakhstan Bureau for Human Rights monitoring.")
    _row(truth, file, sheet, r, "not_a_case")
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["D"].width = 90
    ws.column_dimensions["E"].width = 24
    wb.save(folder / file)


# ================================================================ file 3 (.ods, Kazakh Latin)
KZ_STATUS = {  # kind -> (2018 writing, 2021 writing); {t} the term
    "imprisoned": ("bas bostandyǵynan aıyrý, {t}", "bas bostandyğynan aiyru, {t}"),
    "restricted_freedom": ("bas bostandyǵyn shekteý, {t}", "bas bostandyğyn şekteu, {t}"),
    "probation": ("shartty túrde {t}", "şartty türde {t}"),
    "fined": ("aıyppul", "aiyppūl"),
    "pretrial_detention": ("tergeý abaqtysynda", "tergeu abaqtysynda"),
    "house_arrest": ("úı qamaǵy", "üi qamağy"),
    "under_investigation": ("tergeý júrip jatyr", "tergeu jürıp jatyr"),
    "released": ("bosatyldy", "bosatyldy"),
    "acquitted": ("aqtaldy", "aqtaldy"),
}


def _kz_term(m: int) -> str:
    y, r = divmod(m, 12)
    return f"{y} jyl" if r == 0 else (f"{y} jyl {r} aı" if y else f"{r} aı")


def _kz_term21(m: int) -> str:
    y, r = divmod(m, 12)
    return f"{y} jyl" if r == 0 else (f"{y} jyl {r} ai" if y else f"{r} ai")


def _file3(folder: Path, rng: random.Random, truth: list) -> None:
    file = "tizim_latyn.ods"
    frames = {}
    for sheet, script in (("2022", 18), ("2023", 21)):
        months_names = KZ18_MONTHS if script == 18 else KZ21_MONTHS
        cities = KZ18_CITY if script == 18 else KZ21_CITY
        jylgy = "jylǵy" if script == 18 else "jylğy"
        header = (["Reti", "Tolyq aty-jóni", "Tuǵan jyly", "Qala", "Baby", "Mártebesi", "Ustalǵan kúni",
                   "Úkim kúni", "Eskertpe"] if script == 18 else
                  ["Reti", "Tolyq aty-jönı", "Tuğan jyly", "Qala", "Baby", "Märtebesı", "Ūstalğan künı",
                   "Ükım künı", "Eskertpe"])
        title = ("Saıası sebeptermen qudalanǵan azamattardyń tizimi, 2022 jyl" if script == 18 else
                 "Saiasi sebeptermen qudalanğan azamattardyñ tızımı, 2023 jyl")
        rows = [[title] + [None] * 8, [None] * 9, header]
        r = 4  # next row number as shown
        year = 2022 if script == 18 else 2023
        for i in range(1, 33):
            if script == 18:
                name = f"{rng.choice(KZ_SURN)} {rng.choice(KZ_FIRST)}"
            else:
                name = f"{rng.choice(KZ21_SURN)} {rng.choice(KZ21_FIRST)}"
            city = rng.choice(list(cities))
            kind, months = _outcome(rng)
            if kind == "compulsory_treatment":
                kind, months = "under_investigation", None
            charges = rng.choice(CHARGE_SETS)
            if script == 18:
                art = "; ".join(f"{a}-bap {p}-bólik" if p else f"{a}-bap" for a, p in charges)
                if rng.random() < 0.3:
                    art = "QR QK " + art
                if rng.random() < 0.1:
                    art += "; ÁQBtK 488-bap"
            else:
                art = "; ".join(f"{a}-bap {p}-bölık" if p else f"{a}-bap" for a, p in charges)
                if rng.random() < 0.1:
                    art += "; ÄQBtK 488-bap"
            det = _rand_date(rng, date(year, 1, 3), date(year, 10, 31))
            sent = _plus_days(det, rng.randint(40, 200)) if kind in (
                "imprisoned", "restricted_freedom", "probation", "fined", "released", "acquitted") else None
            style = rng.choice(["dot", "dot", "words", "month", "dotj"])
            if style == "dot":
                det_txt, det_t = det.strftime("%d.%m.%Y"), (det, "day")
            elif style == "dotj":
                det_txt, det_t = det.strftime("%d.%m.%Y") + " j.", (det, "day")
            elif style == "words":
                det_txt, det_t = f"{det.year} {jylgy} {det.day} {months_names[det.month - 1]}", (det, "day")
            else:
                det_txt, det_t = f"{det.year} {jylgy} {months_names[det.month - 1]}", (_month_start(det), "month")
            sent_txt = (sent.strftime("%d.%m.%Y") + rng.choice(["", " j."])) if sent else None
            term = (_kz_term(months) if script == 18 else _kz_term21(months)) if months else ""
            stat = KZ_STATUS[kind][0 if script == 18 else 1].format(t=term)
            if kind == "released" and months:
                stat = (f"bas bostandyǵynan aıyrý, {term}; bosatyldy" if script == 18 else
                        f"bas bostandyğynan aiyru, {term}; bosatyldy")
            notes18 = ["", "", "Kóshe partııasynyń jaqtasy", "QDT belsendisi", "QDT?", "jýrnalıst", "bloger"]
            notes21 = ["", "", "Köşe partiiasynyñ jaqtasy", "QDT belsendısı", "QDT?", "jurnalist", "bloger"]
            note = rng.choice(notes18 if script == 18 else notes21)
            dvk = note.startswith(("Kóshe", "Köşe", "QDT b"))
            born = rng.randint(1962, 2003)
            born_txt = rng.choice([born, f"{born} j.", born])
            rows.append([i, name, born_txt, cities[city], art, stat, det_txt, sent_txt, note or None])
            started = _earliest([det_t, (sent, "day") if sent else None])
            _row(truth, file, sheet, r, **_case(name, city, _fmt_articles(charges), kind, months, started, born, dvk))
            r += 1
        rows.append([None] * 9)
        rows.append(["Eskertý: málimetter jergilikti quqyq qorǵaýshylardan alyndy." if script == 18 else
                     "Eskertu: mälımetter jergılıktı qūqyq qorğauşylardan alyndy."] + [None] * 8)
        _row(truth, file, sheet, r + 1, "not_a_case")
        frames[sheet] = pd.DataFrame(rows)
    with pd.ExcelWriter(folder / file, engine="odf") as writer:
        for sheet, frame in frames.items():
            frame.to_excel(writer, sheet_name=sheet, header=False, index=False)


# ================================================================ file 4 (court monitoring, one sheet per month)
def _file4(folder: Path, rng: random.Random, truth: list) -> None:
    file = "sud_monitoring_q1.xlsx"
    defendants = []
    for _ in range(30):
        female = rng.random() < 0.25
        s = rng.choice(RU_SURN)[1 if female else 0]
        f = rng.choice(RU_FIRST_F if female else RU_FIRST_M)
        p = rng.choice(RU_PATR)[1 if female else 0]
        city = rng.choice(list(COURTS))
        det = _rand_date(rng, date(2022, 1, 5), date(2022, 11, 30))
        month_only = rng.random() < 0.1
        verdict_kind, months = rng.choice([("imprisoned", 84), ("imprisoned", 60), ("imprisoned", 36),
                                           ("restricted_freedom", 24), ("restricted_freedom", 36), ("probation", 36),
                                           ("fined", None), ("acquitted", None), (None, None)])
        measure = rng.choice(["под стражей", "под стражей", "домашний арест", "подписка о невыезде"])
        note = rng.choices(["", "член ДВК по версии обвинения", "ДВК?", "сторонник Көше партиясы",
                            "процесс закрытый", "журналист"], [10, 3, 1, 2, 2, 2])[0]
        defendants.append(dict(
            name=f"{s} {f} {p}", born=rng.randint(1965, 2001), city=city, court=rng.choice(COURTS[city]),
            det=det, month_only=month_only, charges=rng.choice(CHARGE_SETS), verdict=verdict_kind, months=months,
            measure=measure, note=note, dvk=note in ("член ДВК по версии обвинения", "сторонник Көше партиясы"),
            hearings=rng.choice([1, 2, 2, 3, 3, 4])))
    # hearing dates over Jan-Mar 2023; the verdict (when there is one) at the last hearing
    hearings = []
    for d in defendants:
        days = sorted(rng.sample(range(0, 88), d["hearings"]))
        for k, day in enumerate(days):
            hearings.append((_plus_days(date(2023, 1, 3), day), d, k == len(days) - 1))
    hearings.sort(key=lambda h: (h[0], h[1]["name"]))
    wb = Workbook()
    wb.remove(wb.active)
    months = [(1, "Январь 2023"), (2, "Февраль 2023"), (3, "Март 2023")]
    header = ["№", "Дата заседания", "Суд", "Подсудимый", "Г.р.", "Задержан", "Статья", "Мера пресечения",
              "Решение суда", "Примечание", "Наблюдатель"]
    observers = ["А. С.", "Д. К.", "М. Т.", "Е. Б."]
    for month, sheet in months:
        ws = wb.create_sheet(sheet)
        ws["A1"] = f"Мониторинг судебных процессов по политически мотивированным делам — {sheet.lower()}"
        ws["A1"].font = Font(bold=True)
        ws.merge_cells("A1:K1")
        for c, v in enumerate(header, 1):
            ws.cell(2, c, v).font = Font(bold=True)
        r, n = 3, 0
        for day, d, last in [h for h in hearings if h[0].month == month]:
            n += 1
            ws.cell(r, 1, n)
            if rng.random() < 0.5:
                ws.cell(r, 2, day).number_format = "DD.MM.YYYY"
            else:
                ws.cell(r, 2, day.strftime("%d.%m.%Y"))
            ws.cell(r, 3, d["court"])
            ws.cell(r, 4, d["name"])
            ws.cell(r, 5, d["born"])
            if d["month_only"]:
                ws.cell(r, 6, f"{RU_MONTHS_NOM[d['det'].month - 1]} {d['det'].year}")
                det_t = (_month_start(d["det"]), "month")
            else:
                ws.cell(r, 6, d["det"].strftime("%d.%m.%Y"))
                det_t = (d["det"], "day")
            ws.cell(r, 7, _ru_articles(random.Random(d["name"]), d["charges"]))
            if last and d["verdict"]:
                kind, mo = d["verdict"], d["months"]
                t = _ru_term(mo) if mo else ""
                decision = {"imprisoned": f"Приговор: {t} лишения свободы",
                            "restricted_freedom": f"Приговор: {t} ограничения свободы",
                            "probation": f"Приговор: {t} условно",
                            "fined": "Приговор: штраф 1 500 МРП",
                            "acquitted": "Оправдан"}[kind]
                ws.cell(r, 8, d["measure"] if rng.random() < 0.5 and kind == "imprisoned" else None)
                sent_t = (day, "day")
            else:
                kind = {"под стражей": "pretrial_detention", "домашний арест": "house_arrest",
                        "подписка о невыезде": "under_investigation"}[d["measure"]]
                mo = None
                decision = rng.choice(["Отложено", "Отложено (неявка свидетелей)", "Допрос свидетелей, отложено",
                                       "Перерыв до следующей недели"])
                ws.cell(r, 8, d["measure"])
                sent_t = None
            ws.cell(r, 9, decision)
            ws.cell(r, 10, d["note"] or None)
            ws.cell(r, 11, rng.choice(observers))
            started = _earliest([det_t, sent_t])
            _row(truth, file, sheet, r, **_case(d["name"], d["city"], _fmt_articles(d["charges"]), kind, mo, started,
                                                d["born"], d["dvk"]))
            r += 1
        ws.cell(r, 1, f"Всего заседаний за месяц: {n}")
        _row(truth, file, sheet, r, "not_a_case")
        for col, w in zip("ABCDEFGHIJK", (5, 14, 44, 34, 7, 13, 30, 20, 34, 28, 10)):
            ws.column_dimensions[col].width = w
    wb.save(folder / file)


# ================================================================ file 5 (database CSV export)
DB_OUTCOME = {"imprisoned": "prison", "restricted_freedom": "restr. freedom", "probation": "probation",
              "fined": "fine", "pretrial_detention": "pretrial_custody", "house_arrest": "house_arrest",
              "under_investigation": "investigation", "released": "released", "acquitted": "acquitted",
              "compulsory_treatment": "compulsory psychiatric treatment"}


def _serial(d: date) -> str:
    return str((d - date(1899, 12, 30)).days)


def _file5(folder: Path, rng: random.Random, truth: list) -> None:
    file = "casesdb_export.csv"
    header = ["rec_id", "def_nm", "yr_b", "loc", "cc_art", "outcome", "term_m", "dt_det", "dt_chg", "dt_verdict",
              "aff", "upd_ts"]
    lines = [["# casesdb export v2.3 (table: prosecutions)"], header]
    line = 3
    no_date_rows = 0
    for i in range(1, 63):
        name = f"{rng.choice(EN_SURN).upper()} {rng.choice(EN_FIRST)}"
        born = rng.choice([rng.randint(1960, 2002), ""]) if rng.random() < 0.15 else rng.randint(1960, 2002)
        city = rng.choice(list(DB_CITY))
        kind, months = _outcome(rng)
        charges = rng.choice(CHARGE_SETS)
        art = "|".join(f"{a}({p})" if p else str(a) for a, p in charges)
        if rng.random() < 0.12:
            art += "|CAO-488(6)"
        det = _rand_date(rng, date(2019, 6, 1), date(2023, 4, 30))
        chg = _plus_days(det, rng.randint(1, 20)) if rng.random() < 0.4 else None
        sent = _plus_days(det, rng.randint(50, 300)) if kind in (
            "imprisoned", "restricted_freedom", "probation", "fined", "released", "acquitted", "compulsory_treatment") else None
        has_det = rng.random() < 0.85
        if no_date_rows < 3 and i in (17, 38, 55):
            has_det, chg, sent = False, None, None
            no_date_rows += 1

        def fmt(d):
            return "" if d is None else (_serial(d) if rng.random() < 0.2 else d.isoformat())
        det_cell = fmt(det) if has_det else ""
        aff = rng.choices(["", "none", "DVK", "Koshe", "QDT", "journalist", "Hizb ut-Tahrir", "trade union"],
                          [20, 10, 7, 5, 2, 5, 3, 3])[0]
        upd = datetime(2024, 3, rng.randint(1, 28), rng.randint(8, 19), rng.randint(0, 59))
        lines.append([str(i), name, str(born), rng.choice(DB_CITY[city]), art, DB_OUTCOME[kind],
                      "" if months is None else str(months), det_cell, fmt(chg), fmt(sent), aff,
                      upd.strftime("%Y-%m-%d %H:%M:%S")])
        started = _earliest([(det, "day") if has_det else None, (chg, "day") if chg else None,
                             (sent, "day") if sent else None])
        _row(truth, file, "", line, **_case(name, city, _fmt_articles(charges), kind, months, started,
                                            born, aff in ("DVK", "Koshe", "QDT")))
        line += 1
    lines.append([f"# {i} records"])
    _row(truth, file, "", line, "not_a_case")
    with open(folder / file, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        for row in lines:
            writer.writerow(row)


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the five lists into `folder`; return the truth (one row per non-blank row below a header)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    truth: list[dict] = []
    _file1(folder, rng, truth)
    _file2(folder, rng, truth)
    _file3(folder, rng, truth)
    _file4(folder, rng, truth)
    _file5(folder, rng, truth)
    frame = pd.DataFrame(truth)
    for col in ("city", "region", "articles", "status", "started_on", "started_precision", "name"):
        frame[col] = frame[col].fillna("").astype(str)
    frame["sentence_months"] = pd.to_numeric(frame["sentence_months"], errors="coerce").astype("Int64")
    frame["birth_year"] = pd.to_numeric(frame["birth_year"].replace("", None), errors="coerce").astype("Int64")
    frame["dvk_koshe"] = frame["dvk_koshe"].fillna(False).astype(bool)
    frame["source_sheet"] = frame["source_sheet"].fillna("")
    return frame
