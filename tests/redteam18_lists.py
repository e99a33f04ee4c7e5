"""Red-team set 18 (a hold-out): five lists in layouts not copied before, and their truth.

Written by a helper who read neither the sample generator, the vocabularies, the cleaner's modules nor the
earlier red-team sets; only the README, docs/domain.md, the README's input and data-dictionary sections and
`tests/accuracy.py`. All names are invented; every value is generated here, deterministically (a seeded
`random.Random(18)`).

Files (`write_lists(folder)` writes them and returns the truth):

1. `ua_tracker_volunteers.xlsx`, sheet `UA tracker`: an Amnesty-style "urgent action" tracker kept by a
   volunteer group. Two title lines, header on row 4: `UA #`, `Name & details`, `Date detained / charged`,
   `Charges`, `UA issued`, `Last update`, `Current situation`, `Follow-up by`. The person is one cell
   ("Aigerim Nurlanova, 34, activist from Aktobe", "Serik Ospanov (b. 1979), blogger, Uralsk",
   "..., born 1988, DVK supporter (Shymkent)"): the place and the tie are only there. Two section headings
   (`OPEN ACTIONS`, `CLOSED ACTIONS (released / case ended)`) and footnotes below the table. Stresses: the
   person's city and tie inside the name cell, an age that is not a year of birth, the dates of the UA
   (publication dates, not events of the case) beside the event date, a status told in a sentence, and a
   "closed" section that holds fined and acquitted people too.
2. `jan2022_responsibility.xlsx`, sheet `Список`: a Russian list of administrative and criminal cases after
   the January 2022 protests, sorted by city, with the city only in a cell merged down over its rows on the
   left, a `Вид ответственности` column (административная / уголовная / адм. / угол.), administrative
   articles (КоАП) beside criminal ones (`КоАП ст. 488; затем ч. 2 ст. 272 УК РК` for people first given an
   administrative case), administrative arrest in days (`адм. арест 15 сут., затем под стражей`), two-digit
   years (`07.01.22`), a total written in the name column and a footnote under the table.
3. `gazet_tizim_2023.xlsx`, sheet `Тізім`: a Kazakh Cyrillic list from a regional newspaper's investigation,
   a header over two rows (a merged `Күндері` group over `ұсталған | үкім шыққан | босатылған`, the other
   header cells merged down), `Аты-жөні`, birth years `1985 ж.т.`, articles `ҚК 174-бабы 1-бөлігі`, dates
   `12.03.2021` / `2021 жылғы 5 мамыр` / `наурыз 2021`, verdicts in Kazakh, a stated list date
   (`2023 жылғы 1 қарашадағы жағдай бойынша`), people released by a release date only, and people given a
   suspended sentence whose release date is the day they left the detention centre (still on probation).
4. `pivot_by_year_status.xlsx`, sheet `Pivot table 1`: a Google-Sheets pivot export (rows Year detained >
   Status > Name, City, Affiliation, Articles, Term; value COUNTA of Name): the year and the status are
   written only on the first row of their group (the rows below are blank there and belong to the group
   above), with `<status> Total`, `<year> Total` and `Grand Total` rows.
5. `db_export_cases.csv`: a CSV flattened from a JSON database export, dotted headers
   (`person.name_ru`, `case.charges.0.article`, `case.charges.0.part`, `case.charges.0.code`,
   `case.status.current`, `case.sentence.type`, `case.events.detained_at`, `meta.created_at`, ...),
   ISO timestamps with time zones, `null` written as text, tags as a JSON array.

Decisions taken for the truth (the README's data dictionary and "Decided readings"):
- city / region: the current official name and current region (Uralsk -> Oral / West Kazakhstan, Kapshagay ->
  Konaev / Almaty Region, Semey -> Abai, Taldykorgan -> Jetisu, Zhezkazgan -> Ulytau, Nur-Sultan -> Astana,
  Ust-Kamenogorsk -> Oskemen / East Kazakhstan). In file 1 the city is the town named in the name cell. In
  file 5 a row with a null city and a current region written alone has that region and no city; a region
  written as it was before June 2022 beside a city gives way to the city's current region.
- articles: criminal code only, `art(part)` ascending; a point (`2-тармағы`) is not shown; administrative
  articles (КоАП, CAO) are left out, so an administrative-only row has no articles.
- status: the latest stage. `арест N суток` / `адм. арест` (administrative arrest in days) is `unknown`
  (README "Decided readings"), with no term. `условное осуждение`, `шартты түрде N жыл`, `suspended sentence`
  are `probation`. `подписка о невыезде` and `tergeu`-stage texts are `under_investigation`. Parole
  (`Released on parole`, `мерзімінен бұрын шартты түрде босатылды`) is `released`. In file 3 a release date on
  or before the stated list date (1 Nov 2023) makes the case `released`, keeping the verdict's term; beside a
  suspended sentence the release date is the end of pre-trial detention, so the case stays `probation`. In file 2
  `адм. арест 15 сут., затем под стражей (СИЗО)` is `pretrial_detention` (the administrative arrest is set aside,
  the criminal measure after it stands). A fined
  person in the UA tracker's "closed" section stays `fined`; an acquitted one `acquitted`. In file 5
  `case.status.current = convicted` takes its kind from `case.sentence.type`.
- sentence_months: the main punishment's term (a 5-year ban on activity beside 2 years of restricted freedom
  gives 24); none for fines, detention, house arrest, administrative arrest.
- started_on: the earliest of detention / charge / verdict / release dates given as events. The UA issue and
  update dates (file 1) and `meta.created_at` / `meta.updated_at` (file 5) are not events and never count.
  A row whose event date is `unknown` has no started_on. `07.01.22` is 7 January 2022 (day first). Month-only dates are month precision; the pivot's
  `Year detained` gives 1 January of that year, precision year. ISO timestamps give their local date as
  written (`2021-03-13T01:15:00+06:00` is 13 March, never converted to UTC).
- birth_year: a year written (`b. 1979`, `born 1988`, `1985 ж.т.`, `1985 жылы туған`, `1991 г.р.`, a birth
  date); an age
  (`34`) gives none.
- dvk_koshe: true where the row names DVK / ҚДТ / Koshe in any spelling (a note, a tag, an affiliation);
  `ДВК?` / `ҚДТ?` is false; never from article 405 alone.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import pandas as pd
from openpyxl import Workbook

FIELDS = ["city", "region", "articles", "status", "sentence_months", "started_on", "started_precision",
          "birth_year", "dvk_koshe", "name"]

# (official, region, english as written variants, russian, kazakh)
CITIES = {
    "Almaty": ("Almaty", ["Almaty"], "Алматы", "Алматы"),
    "Astana": ("Astana", ["Nur-Sultan", "Astana"], "Нур-Султан", "Астана"),
    "Shymkent": ("Shymkent", ["Shymkent"], "Шымкент", "Шымкент"),
    "Aktobe": ("Aktobe", ["Aktobe"], "Актобе", "Ақтөбе"),
    "Oral": ("West Kazakhstan", ["Uralsk", "Oral"], "Уральск", "Орал"),
    "Oskemen": ("East Kazakhstan", ["Ust-Kamenogorsk", "Oskemen"], "Усть-Каменогорск", "Өскемен"),
    "Semey": ("Abai", ["Semey"], "Семей", "Семей"),
    "Taldykorgan": ("Jetisu", ["Taldykorgan"], "Талдыкорган", "Талдықорған"),
    "Konaev": ("Almaty Region", ["Kapshagay", "Konaev"], "Капшагай", "Қонаев"),
    "Zhezkazgan": ("Ulytau", ["Zhezkazgan"], "Жезказган", "Жезқазған"),
    "Karaganda": ("Karaganda", ["Karaganda"], "Караганда", "Қарағанды"),
    "Zhanaozen": ("Mangystau", ["Zhanaozen"], "Жанаозен", "Жаңаөзен"),
    "Aktau": ("Mangystau", ["Aktau"], "Актау", "Ақтау"),
    "Taraz": ("Zhambyl", ["Taraz"], "Тараз", "Тараз"),
    "Pavlodar": ("Pavlodar", ["Pavlodar"], "Павлодар", "Павлодар"),
    "Kyzylorda": ("Kyzylorda", ["Kyzylorda"], "Кызылорда", "Қызылорда"),
    "Atyrau": ("Atyrau", ["Atyrau"], "Атырау", "Атырау"),
    "Kostanay": ("Kostanay", ["Kostanay"], "Костанай", "Қостанай"),
}

FIRST = [("Айгерим", "Aigerim", "f"), ("Нурлан", "Nurlan", "m"), ("Ерлан", "Yerlan", "m"), ("Асель", "Assel", "f"),
         ("Дмитрий", "Dmitry", "m"), ("Ольга", "Olga", "f"), ("Бауыржан", "Baurzhan", "m"), ("Жанар", "Zhanar", "f"),
         ("Марат", "Marat", "m"), ("Гульнара", "Gulnara", "f"), ("Сергей", "Sergey", "m"), ("Алия", "Aliya", "f"),
         ("Тимур", "Timur", "m"), ("Данияр", "Daniyar", "m"), ("Мадина", "Madina", "f"), ("Руслан", "Ruslan", "m"),
         ("Светлана", "Svetlana", "f"), ("Кайрат", "Kairat", "m"), ("Динара", "Dinara", "f"), ("Арман", "Arman", "m"),
         ("Ирина", "Irina", "f"), ("Ержан", "Yerzhan", "m"), ("Сауле", "Saule", "f"), ("Виктор", "Viktor", "m"),
         ("Бекзат", "Bekzat", "m"), ("Камила", "Kamila", "f"), ("Олжас", "Olzhas", "m"), ("Томирис", "Tomiris", "f")]
SURNAMES = [("Нурланов", "Nurlanov"), ("Оспанов", "Ospanov"), ("Жаксыбеков", "Zhaksybekov"), ("Абенов", "Abenov"),
            ("Касымов", "Kassymov"), ("Сейтказин", "Seitkazin"), ("Ким", "Kim"), ("Волков", "Volkov"),
            ("Тулегенов", "Tulegenov"), ("Байжанов", "Baizhanov"), ("Мусин", "Mussin"), ("Ахметов", "Akhmetov"),
            ("Исмаилов", "Ismailov"), ("Бекмуратов", "Bekmuratov"), ("Кузнецов", "Kuznetsov"), ("Садыков", "Sadykov"),
            ("Омаров", "Omarov"), ("Жумабаев", "Zhumabayev"), ("Рахимов", "Rakhimov"), ("Есенов", "Yessenov"),
            ("Смагулов", "Smagulov"), ("Дюсенов", "Dyussenov"), ("Попов", "Popov"), ("Карибаев", "Karibayev")]
KK_SURNAMES = ["Жақсыбеков", "Құрманов", "Төлегенов", "Әбенов", "Сейітқазин", "Нұрланов", "Бекмұратов",
               "Оспанов", "Жұмабаев", "Ысқақов", "Тұрсынов", "Қасымов", "Мұсаев", "Ерғалиев"]
KK_FIRST = [("Айгерім", "f"), ("Нұрлан", "m"), ("Ерлан", "m"), ("Әсел", "f"), ("Бауыржан", "m"), ("Жанар", "f"),
            ("Мұрат", "m"), ("Гүлнар", "f"), ("Ғалым", "m"), ("Дәурен", "m"), ("Сәуле", "f"), ("Қайрат", "m"),
            ("Ұлжан", "f"), ("Ержан", "m"), ("Құралай", "f"), ("Серік", "m")]

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]
KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан"]


def _person(rng: random.Random) -> tuple[str, str]:
    """A name in Cyrillic and in Latin letters."""
    first_ru, first_en, sex = rng.choice(FIRST)
    sur_ru, sur_en = rng.choice(SURNAMES)
    if sex == "f":
        sur_ru = sur_ru if sur_ru == "Ким" else sur_ru + "а"
        sur_en = sur_en if sur_en == "Kim" else sur_en + "a"
    return f"{sur_ru} {first_ru}", f"{first_en} {sur_en}"


def _kk_person(rng: random.Random) -> str:
    first, sex = rng.choice(KK_FIRST)
    sur = rng.choice(KK_SURNAMES)
    if sex == "f":
        sur += "а"
    return f"{sur} {first}"


def _date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _ru_years(y: int) -> str:
    if y % 10 == 1 and y % 100 != 11:
        return "год"
    if 2 <= y % 10 <= 4 and not 12 <= y % 100 <= 14:
        return "года"
    return "лет"


def _articles(pairs) -> str:
    """Criminal charges in display form, ascending by article."""
    return "; ".join(f"{a}({p})" if p else f"{a}" for a, p in sorted(pairs, key=lambda t: (t[0], t[1] or 0)))


def _truth_row(file, sheet, row, *, name="", city="", articles="", status="unknown", months=None, started=None,
               precision="", birth_year=None, dvk=False):
    region = CITIES[city][0] if city in CITIES else ""
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case", "name": name,
            "city": city, "region": region, "articles": articles, "status": status,
            "sentence_months": months, "started_on": started.isoformat() if started else "",
            "started_precision": precision if started else "", "birth_year": birth_year, "dvk_koshe": dvk}


def _not_case(file, sheet, row):
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case"}


# ---------------------------------------------------------------------------------------------------------
# 1. Urgent-action tracker
# ---------------------------------------------------------------------------------------------------------
UA_CHARGES = [
    ("Art. 405(2) CC", [(405, 2)]), ("Art. 174(1) CC", [(174, 1)]), ("Arts. 174(2) and 405(1) CC", [(174, 2), (405, 1)]),
    ("Art. 274(2) CC", [(274, 2)]), ("Art. 272(2) and Art. 380(1) CC", [(272, 2), (380, 1)]), ("Art. 405 CC", [(405, None)]),
    ("Art. 179(2) CC", [(179, 2)]), ("Art. 274(4) CC", [(274, 4)]), ("CAO Art. 488(6)", []),
]
UA_ROLES = [("activist", False), ("blogger", False), ("journalist", False), ("lawyer", False), ("teacher", False),
            ("civic activist", False), ("trade unionist", False), ("DVK supporter", True),
            ("Koshe Party activist", True), ("member of Koshe Partiyasy", True)]


def _en_date(d: dt.date, style: int) -> tuple[str, str]:
    """A date as the tracker's volunteers write it, and its precision."""
    if style == 0:
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}", "day"
    if style == 1:
        return d.strftime("%d/%m/%Y"), "day"
    if style == 2:
        return f"{EN_MONTHS[d.month - 1]} {d.year}", "month"
    if style == 3:
        return d.isoformat(), "day"
    return d.strftime("%d.%m.%Y"), "day"


def _write_ua(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "ua_tracker_volunteers.xlsx", "UA tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["Urgent Action tracker: Kazakhstan (Amnesty local group, volunteers)"])
    ws.append(["Kept by volunteers from Amnesty UAs, families and lawyers; last checked 10 Feb 2024. Internal."])
    ws.append([])
    ws.append(["UA #", "Name & details", "Date detained / charged", "Charges", "UA issued", "Last update",
               "Current situation", "Follow-up by"])
    truth: list[dict] = []
    row = 4
    open_situations = ["prison", "prison_dated", "restricted", "pretrial", "house", "investigation", "suspended",
                       "fined", "psychiatric"]
    closed_situations = ["parole", "served", "acquitted", "fined_closed"]
    ua_no = 17
    for section, count, kinds in (("OPEN ACTIONS", 46, open_situations), ("CLOSED ACTIONS (released / case ended)", 20,
                                                                         closed_situations)):
        row += 1
        ws.append([section])
        truth.append(_not_case(file, sheet, row))
        for i in range(count):
            row += 1
            _, name_en = _person(rng)
            city = rng.choice(list(CITIES))
            city_written = rng.choice(CITIES[city][1])
            role, dvk = UA_ROLES[i % len(UA_ROLES)] if i % 3 == 0 else rng.choice(UA_ROLES[:7])
            year = rng.randrange(1965, 2000)
            form = i % 4
            birth_year = None
            if form == 0:
                details = f"{name_en}, {2022 - year}, {role} from {city_written}"
            elif form == 1:
                details = f"{name_en} (b. {year}), {role}, {city_written}"
                birth_year = year
            elif form == 2:
                details = f"{name_en}, born {year}, {role} ({city_written})"
                birth_year = year
            else:
                details = f"{name_en} - {role} from {city_written}"
            detained = _date(rng, dt.date(2019, 6, 1), dt.date(2023, 3, 31))
            unknown_date = section == "OPEN ACTIONS" and i in (11, 29)
            if unknown_date:
                date_text, precision, started = "unknown", "", None
            else:
                date_text, precision = _en_date(detained, rng.randrange(5))
                started = detained.replace(day=1) if precision == "month" else detained
            kind = kinds[i % len(kinds)]
            # an administrative charge only beside a fine (a prison term under the CAO would not be one)
            charges_text, pairs = rng.choice(UA_CHARGES if kind in ("fined", "fined_closed") else UA_CHARGES[:-1])
            later = detained + dt.timedelta(days=rng.randrange(90, 330))
            later_text = f"{later.day} {EN_MONTHS[later.month - 1]} {later.year}"
            months = None
            if kind == "prison":
                y = rng.randrange(2, 9)
                situation, status, months = f"Serving {y} years in a penal colony", "imprisoned", y * 12
            elif kind == "prison_dated":
                y = rng.randrange(3, 8)
                situation, status, months = f"Sentenced on {later_text} to {y} years' imprisonment", "imprisoned", y * 12
            elif kind == "restricted":
                y = rng.randrange(1, 4)
                situation = f"Restricted freedom, {y} year{'s' if y > 1 else ''}; banned from public activity for 5 years"
                status, months = "restricted_freedom", y * 12
            elif kind == "pretrial":
                situation, status = "In pre-trial detention (SIZO), trial pending", "pretrial_detention"
            elif kind == "house":
                situation, status = "Under house arrest", "house_arrest"
            elif kind == "investigation":
                situation, status = "Under investigation, not in custody", "under_investigation"
            elif kind == "suspended":
                y = rng.randrange(1, 5)
                situation = f"Suspended sentence of {y} year{'s' if y > 1 else ''}"
                status, months = "probation", y * 12
            elif kind in ("fined", "fined_closed"):
                situation = f"Fined {rng.choice([100, 200, 500, 1000])} MCI" + ("; case closed" if kind == "fined_closed" else "")
                status = "fined"
            elif kind == "psychiatric":
                situation, status = "Forced psychiatric treatment ordered by the court", "compulsory_treatment"
            elif kind == "parole":
                situation, status = f"Released on parole on {later_text}", "released"
            elif kind == "served":
                y = rng.randrange(1, 3)
                situation = f"Released on {later_text} after serving a {y}-year prison sentence"
                status, months = "released", y * 12
            else:
                situation, status = "Acquitted on appeal", "acquitted"
            issued = (detained if not unknown_date else later) + dt.timedelta(days=rng.randrange(3, 40))
            update = issued + dt.timedelta(days=rng.randrange(30, 300))
            ua = f"UA {ua_no}/{str(issued.year)[2:]}"
            ua_no += rng.randrange(3, 19)
            ws.append([ua, details, date_text, charges_text, issued.strftime("%d %b %Y"), update.strftime("%d/%m/%Y"),
                       situation, rng.choice(["AK", "MB", "T.S.", "Dana", "JW"])])
            truth.append(_truth_row(file, sheet, row, name=name_en, city=city, articles=_articles(pairs), status=status,
                                    months=months, started=started, precision=precision, birth_year=birth_year,
                                    dvk=dvk))
    for note in ("UA = Urgent Action; FU = follow-up. MCI = monthly calculation index.",
                 "Ages are as given in the UA at the time of issue.",
                 "Source: Amnesty International UAs; families; volunteers' notes."):
        row += 1
        ws.append([note])
        truth.append(_not_case(file, sheet, row))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------------------------------------------------
# 2. January 2022: administrative and criminal responsibility, the city merged down on the left
# ---------------------------------------------------------------------------------------------------------
B_CITIES = [("г. Алматы", "Almaty", 18), ("г. Талдыкорган", "Taldykorgan", 8), ("г. Капшагай", "Konaev", 7),
            ("г. Шымкент", "Shymkent", 10), ("Жанаозен", "Zhanaozen", 9), ("г. Актобе", "Aktobe", 8),
            ("Тараз", "Taraz", 8), ("г. Кызылорда", "Kyzylorda", 6), ("г. Уральск", "Oral", 6)]
B_CRIMINAL_ARTICLES = [("ч. 2 ст. 272 УК РК", [(272, 2)]), ("ст. 272 ч. 2, ст. 380 ч. 1 УК РК", [(272, 2), (380, 1)]),
                       ("ч. 3 ст. 380 УК", [(380, 3)]), ("ч. 2 ст. 174 УК РК", [(174, 2)]),
                       ("ч. 1 ст. 405 УК РК", [(405, 1)]), ("ст. 269 ч. 2 УК РК", [(269, 2)])]
B_ADMIN_ARTICLES = ["ст. 488 ч. 6 КоАП", "ч. 11 ст. 489 КоАП", "КоАП ст. 488"]
B_NOTES = [("сторонник ДВК", True), ("ДВК?", False), ("состоит в Көше партиясы", True), ("", False), ("", False),
           ("задержан у здания акимата", False), ("избит при задержании", False), ("адвокат по назначению", False), ("", False)]


def _write_jan2022(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "jan2022_responsibility.xlsx", "Список"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["Список лиц, привлечённых к ответственности после январских событий 2022 года"])
    ws.append(["(административная и уголовная ответственность; по данным родственников и адвокатов)"])
    ws.append([])
    ws.append(["Город", "№", "Ф.И.О.", "Год рожд.", "Дата задержания", "Вид ответственности", "Статья",
               "Мера наказания / пресечения", "Примечание"])
    truth: list[dict] = []
    row, number = 4, 0
    for city_text, city, count in B_CITIES:
        first = row + 1
        for i in range(count):
            row += 1
            number += 1
            name_ru, _ = _person(rng)
            year = rng.randrange(1960, 2004)
            year_text = rng.choice([str(year), f"{year} г.р."])
            day = dt.date(2022, 1, rng.randrange(4, 13))
            style = rng.randrange(6)
            precision = "day"
            if style == 0:
                date_text = day.strftime("%d.%m.%Y")
            elif style == 1:
                date_text = f"{day.day} {RU_MONTHS_GEN[0]} 2022"
            elif style == 2:
                date_text = day.strftime("%d.%m.%Y") + " г."
            elif style == 3:
                date_text = "с " + day.strftime("%d.%m.%Y")
            elif style == 5:
                date_text = day.strftime("%d.%m.%y")  # a two-digit year
            else:
                date_text, precision = "январь 2022", "month"
            started = day.replace(day=1) if precision == "month" else day
            administrative = rng.random() < 0.4
            months = None
            if administrative:
                kind_text = rng.choice(["административная", "адм."])
                article_text, pairs = rng.choice(B_ADMIN_ARTICLES), []
                if rng.random() < 0.5:
                    measure, status = f"штраф {rng.choice([20, 50, 100])} МРП", "fined"
                else:
                    measure, status = rng.choice([f"арест {rng.choice([5, 10, 15])} суток",
                                                  f"адм. арест {rng.choice([10, 15])} сут."]), "unknown"
            else:
                kind_text = rng.choice(["уголовная", "угол."])
                article_text, pairs = rng.choice(B_CRIMINAL_ARTICLES)
                choice = rng.randrange(10)
                # first an administrative case, then a criminal one (the КоАП article is not a criminal charge)
                admin_first = rng.random() < 0.2
                if admin_first:
                    kind_text = "адм., затем уголовная"
                    article_text = "КоАП ст. 488; затем " + article_text
                if choice in (0, 1):
                    y = rng.randrange(2, 9)
                    measure, status, months = f"лишение свободы {y} {_ru_years(y)}", "imprisoned", y * 12
                elif choice == 2:
                    y, m = rng.randrange(2, 6), rng.choice([3, 6])
                    measure, status, months = f"приговор: {y} г. {m} мес. лишения свободы", "imprisoned", y * 12 + m
                elif choice == 3:
                    y = rng.randrange(1, 4)
                    measure, status, months = f"ограничение свободы {y} {_ru_years(y)}", "restricted_freedom", y * 12
                elif choice == 4:
                    y = rng.randrange(1, 4)
                    measure, status, months = f"условное осуждение {y} {_ru_years(y)}", "probation", y * 12
                elif choice == 5:
                    measure, status = "под стражей (СИЗО)", "pretrial_detention"
                    if admin_first:
                        measure = "адм. арест 15 сут., затем под стражей (СИЗО)"
                elif choice == 6:
                    measure, status = "домашний арест", "house_arrest"
                elif choice == 7:
                    measure, status = "подписка о невыезде", "under_investigation"
                elif choice == 8:
                    measure, status = "освобождён по амнистии", "released"
                else:
                    measure, status = "оправдан", "acquitted"
            note, dvk = rng.choice(B_NOTES)
            ws.append([city_text if i == 0 else None, number, name_ru, year_text, date_text, kind_text, article_text,
                       measure, note or None])
            truth.append(_truth_row(file, sheet, row, name=name_ru, city=city, articles=_articles(pairs), status=status,
                                    months=months, started=started, precision=precision, birth_year=year, dvk=dvk))
        if count > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=row, end_column=1)
    row += 1
    ws.append([None, None, f"Всего: {number} человек"])
    truth.append(_not_case(file, sheet, row))
    row += 1
    ws.append(["* КоАП — Кодекс об административных правонарушениях РК; УК — Уголовный кодекс РК."])
    truth.append(_not_case(file, sheet, row))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------------------------------------------------
# 3. Kazakh newspaper investigation, two-row header
# ---------------------------------------------------------------------------------------------------------
C_CITIES = [("Өскемен", "Oskemen"), ("Семей қ.", "Semey"), ("Орал қаласы", "Oral"), ("Қонаев", "Konaev"),
            ("Жезқазған", "Zhezkazgan"), ("Талдықорған", "Taldykorgan"), ("Алматы", "Almaty"), ("Астана", "Astana"),
            ("Ақтөбе", "Aktobe"), ("Қарағанды", "Karaganda"), ("Павлодар", "Pavlodar"), ("Атырау", "Atyrau")]
C_ARTICLES = [("ҚК 174-бабы 1-бөлігі", [(174, 1)]), ("ҚР ҚК 405-бабы 2-бөлігі", [(405, 2)]),
              ("ҚК 174-бабы 2-бөлігі, 405-бабы 1-бөлігі", [(174, 2), (405, 1)]), ("ҚК 274-бабы 4-бөлігі 2-тармағы", [(274, 4)]),
              ("ҚР ҚК 405-бабы 1-бөлігі", [(405, 1)]), ("ҚК 179-бабы 2-бөлігі", [(179, 2)])]
C_NOTES = [("ҚДТ жақтасы", True), ("Көше партиясының белсендісі", True), ("ҚДТ?", False), ("журналист", False),
           ("", False), ("", False), ("блогер", False), ("зейнеткер", False)]
LIST_DATE_C = dt.date(2023, 11, 1)


def _kk_date(d: dt.date, style: int) -> tuple[str, str]:
    if style == 0:
        return d.strftime("%d.%m.%Y"), "day"
    if style == 1:
        return f"{d.year} жылғы {d.day} {KK_MONTHS[d.month - 1]}", "day"
    if style == 3:
        return f"{d.year} ж. {d.day} {KK_MONTHS[d.month - 1]}", "day"
    return f"{KK_MONTHS[d.month - 1]} {d.year}", "month"


def _write_kazakh(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "gazet_tizim_2023.xlsx", "Тізім"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["«Дала үні» газетінің тергеуі: саяси себептермен қудаланған азаматтар"])
    ws.append(["Дереккөз: сот үкімдері, адвокаттар мен туыстар. 2023 жылғы 1 қарашадағы жағдай бойынша"])
    ws.append([])
    ws.append(["Р/с", "Аты-жөні", "Туған жылы", "Қаласы", "Күндері", None, None, "Айыптау", "Үкім / бұлтартпау шарасы",
               "Ескерту"])
    ws.append([None, None, None, None, "ұсталған", "үкім шыққан", "босатылған", None, None, None])
    for col in (1, 2, 3, 4, 8, 9, 10):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells(start_row=4, start_column=5, end_row=4, end_column=7)
    truth: list[dict] = []
    row = 5
    for i in range(62):
        row += 1
        name = _kk_person(rng)
        year = rng.randrange(1958, 2002)
        year_text = rng.choice([f"{year} ж.т.", f"{year} ж.т.", str(year), f"{year} жылы туған"])
        city_text, city = rng.choice(C_CITIES)
        article_text, pairs = rng.choice(C_ARTICLES)
        choice = i % 12
        # the released (choices 10, 11) were detained early enough to be out by the list's date
        detained = _date(rng, dt.date(2019, 1, 1), dt.date(2021, 6, 30) if choice >= 10 else dt.date(2023, 4, 30))
        det_text, precision = _kk_date(detained, rng.randrange(4))
        started = detained.replace(day=1) if precision == "month" else detained
        verdict = detained + dt.timedelta(days=rng.randrange(60, 200))
        verdict_text = ""
        release_text = ""
        months = None
        if choice in (0, 1):
            y = rng.randrange(3, 9)
            verdict_text = rng.choice([f"бас бостандығынан айыру {y} жыл", f"{y} жылға бас бостандығынан айыру"])
            status, months = "imprisoned", y * 12
        elif choice == 2:
            y = rng.randrange(2, 7)
            verdict_text, status, months = f"бас бостандығынан айыру {y} жыл 6 ай", "imprisoned", y * 12 + 6
        elif choice == 3:
            y = rng.randrange(1, 4)
            verdict_text, status, months = f"бас бостандығын шектеу {y} жыл", "restricted_freedom", y * 12
        elif choice == 4:
            y = rng.randrange(1, 4)
            verdict_text, status, months = f"шартты түрде {y} жыл", "probation", y * 12
            if rng.random() < 0.6:
                # let out of the detention centre when the suspended sentence was passed: still probation
                release_text = verdict.strftime("%d.%m.%Y")
        elif choice == 5:
            verdict_text, status = f"айыппұл {rng.choice([200, 500, 1000])} АЕК", "fined"
        elif choice == 6:
            verdict_text, status, verdict = "тергеу изоляторында", "pretrial_detention", None
        elif choice == 7:
            verdict_text, status, verdict = "үй қамағында", "house_arrest", None
        elif choice == 8:
            verdict_text, status = "ақталды", "acquitted"
        elif choice == 9:
            verdict_text, status, verdict = "тергеу жүріп жатыр", "under_investigation", None
        elif choice == 10:
            # released: only the release date says so; the verdict keeps its term
            y = rng.randrange(1, 3)
            released = verdict + dt.timedelta(days=rng.randrange(200, 500))
            released = min(released, LIST_DATE_C - dt.timedelta(days=10))
            verdict_text, status, months = f"бас бостандығынан айыру {y} жыл", "released", y * 12
            release_text = released.strftime("%d.%m.%Y")
        else:
            y = rng.randrange(3, 6)
            released = min(verdict + dt.timedelta(days=rng.randrange(300, 700)), LIST_DATE_C - dt.timedelta(days=5))
            verdict_text = f"бас бостандығынан айыру {y} жыл, мерзімінен бұрын шартты түрде босатылды"
            status, months = "released", y * 12
            release_text = released.strftime("%d.%m.%Y")
        if verdict is not None:
            verdict_text_date = verdict.strftime("%d.%m.%Y") if i % 2 else f"{verdict.year} жылғы {verdict.day} {KK_MONTHS[verdict.month - 1]}"
        else:
            verdict_text_date = None
        note, dvk = rng.choice(C_NOTES)
        ws.append([i + 1, name, year_text, city_text, det_text, verdict_text_date, release_text or None, article_text,
                   verdict_text, note or None])
        truth.append(_truth_row(file, sheet, row, name=name, city=city, articles=_articles(pairs), status=status,
                                months=months, started=started, precision=precision, birth_year=year, dvk=dvk))
    for note in ("Барлығы: 62 адам", "Ескерту: ҚК — Қылмыстық кодекс; АЕК — айлық есептік көрсеткіш; ҚДТ — Қазақстанның демократиялық таңдауы."):
        row += 1
        ws.append([None, note])
        truth.append(_not_case(file, sheet, row))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------------------------------------------------
# 4. Google-Sheets pivot export: year and status written once per group
# ---------------------------------------------------------------------------------------------------------
D_STATUSES = [("acquitted", "acquitted"), ("fined", "fined"), ("house arrest", "house_arrest"),
              ("in prison", "imprisoned"), ("pre-trial detention", "pretrial_detention"), ("released", "released"),
              ("restricted freedom", "restricted_freedom"), ("suspended sentence", "probation"),
              ("under investigation", "under_investigation")]
D_ARTICLES = [("Art. 405(2)", [(405, 2)]), ("174(1); 405(2)", [(174, 1), (405, 2)]), ("272(2)", [(272, 2)]),
              ("Art 274 part 4", [(274, 4)]), ("405 (1)", [(405, 1)]), ("Art. 174(2)", [(174, 2)])]
D_AFFILIATIONS = [("DVK", True), ("Koshe", True), ("", False), ("Hizb ut-Tahrir", False), ("none", False),
                  ("Koshe Partiyasy", True), ("", False)]


def _term_text(months: int) -> str:
    y, m = divmod(months, 12)
    if y and m:
        return f"{y} yr{'s' if y > 1 else ''} {m} mo"
    if y:
        return f"{y} yr{'s' if y > 1 else ''}"
    return f"{m} months"


def _write_pivot(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "pivot_by_year_status.xlsx", "Pivot table 1"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["Cases by year detained and status (pivot of the 'Cases' tab)"])
    ws.append([])
    ws.append(["Year detained", "Status", "Name", "City", "Affiliation", "Articles", "Term", "COUNTA of Name"])
    truth: list[dict] = []
    row, grand = 3, 0
    for year in (2020, 2021, 2022, 2023):
        year_count = 0
        statuses = [s for s in D_STATUSES if rng.random() < 0.75]
        for s_index, (status_text, status) in enumerate(statuses):
            people = sorted(_person(rng)[1] for _ in range(rng.randrange(1, 5)))
            for p_index, name in enumerate(people):
                row += 1
                city = rng.choice(list(CITIES))
                city_text = rng.choice(CITIES[city][1])
                if city == "Astana":
                    city_text = "Nur-Sultan" if year < 2022 else "Astana"
                affiliation, dvk = rng.choice(D_AFFILIATIONS)
                article_text, pairs = rng.choice(D_ARTICLES)
                months = None
                if status in ("imprisoned", "restricted_freedom", "probation", "released"):
                    months = rng.choice([12, 18, 24, 30, 36, 60, 84])
                ws.append([year if s_index == 0 and p_index == 0 else None, status_text if p_index == 0 else None, name,
                           city_text, affiliation or None, article_text, _term_text(months) if months else None, 1])
                truth.append(_truth_row(file, sheet, row, name=name, city=city, articles=_articles(pairs),
                                        status=status, months=months, started=dt.date(year, 1, 1), precision="year",
                                        dvk=dvk))
            row += 1
            ws.append([None, f"{status_text} Total", None, None, None, None, None, len(people)])
            truth.append(_not_case(file, sheet, row))
            year_count += len(people)
        row += 1
        ws.append([f"{year} Total", None, None, None, None, None, None, year_count])
        truth.append(_not_case(file, sheet, row))
        grand += year_count
    row += 1
    ws.append(["Grand Total", None, None, None, None, None, None, grand])
    truth.append(_not_case(file, sheet, row))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------------------------------------------------
# 5. CSV flattened from a JSON database export
# ---------------------------------------------------------------------------------------------------------
E_REGIONS_RU = {"Almaty": "г. Алматы", "Astana": "г. Астана", "Shymkent": "г. Шымкент", "Aktobe": "Актюбинская область",
                "Oral": "Западно-Казахстанская область", "Oskemen": "Восточно-Казахстанская область",
                "Semey": "Восточно-Казахстанская область", "Taldykorgan": "Алматинская область",
                "Konaev": "Алматинская область", "Zhezkazgan": "Карагандинская область",
                "Karaganda": "Карагандинская область", "Zhanaozen": "Мангистауская область",
                "Aktau": "Мангистауская область", "Taraz": "Жамбылская область", "Pavlodar": "Павлодарская область",
                "Kyzylorda": "Кызылординская область", "Atyrau": "Атырауская область", "Kostanay": "Костанайская область"}
# a region written alone (null city): only current regions, so the truth is the region written
E_REGION_ONLY = [("Мангистауская область", "Mangystau"), ("Павлодарская область", "Pavlodar"),
                 ("Жамбылская область", "Zhambyl"), ("Актюбинская область", "Aktobe")]
E_CHARGES = [[("CC", 405, 2)], [("CC", 174, 1)], [("CC", 405, 1), ("CC", 174, 2)], [("CC", 274, 2)],
             [("CC", 272, 2), ("CC", 380, 1)], [("CAO", 488, 6), ("CC", 405, 2)], [("CC", 405, None)], [("CAO", 488, 6)]]
E_TAGS = [('["DVK","activist"]', True), ('["Koshe Partiyasy"]', True), ('["journalist"]', False), ("[]", False),
          ('["blogger","labour"]', False), ("null", False), ('["activist","Көше партиясы"]', True)]


def _iso(d: dt.date, rng: random.Random) -> str:
    """A timestamp of that local date, in the forms a JSON export writes."""
    style = rng.randrange(4)
    if style == 0:
        return d.isoformat()
    if style == 1:
        return f"{d.isoformat()}T{rng.randrange(0, 5):02d}:{rng.randrange(60):02d}:00+06:00"  # UTC is the day before
    if style == 2:
        return f"{d.isoformat()}T{rng.randrange(9, 20):02d}:{rng.randrange(60):02d}:00+05:00"
    return f"{d.isoformat()}T{rng.randrange(6, 12):02d}:{rng.randrange(60):02d}:00.000Z"  # midday in Kazakhstan


def _write_db_csv(folder: Path, rng: random.Random) -> list[dict]:
    file = "db_export_cases.csv"
    header = ["id", "person.name_ru", "person.name_en", "person.birth_date", "person.gender", "location.city",
              "location.region", "case.charges.0.code", "case.charges.0.article", "case.charges.0.part",
              "case.charges.1.code", "case.charges.1.article", "case.charges.1.part", "case.status.current",
              "case.sentence.type", "case.sentence.term_months", "case.events.detained_at", "case.events.charged_at",
              "case.events.verdict_at", "case.events.released_at", "person.tags", "meta.created_at", "meta.updated_at"]
    rows, truth = [], []
    for i in range(72):
        line = i + 2
        name_ru, name_en = _person(rng)
        gender = "female" if name_en.endswith("a") and not name_en.endswith("Kim") else "male"
        birth = dt.date(rng.randrange(1962, 2003), rng.randrange(1, 13), rng.randrange(1, 29))
        has_birth = rng.random() < 0.8
        if i % 12 == 5:
            region_text, region_truth = E_REGION_ONLY[(i // 12) % len(E_REGION_ONLY)]
            city, city_text = "", "null"
        else:
            city = rng.choice(list(CITIES))
            city_text, region_text, region_truth = CITIES[city][2], E_REGIONS_RU[city], None
        charges = rng.choice(E_CHARGES)
        charged = _date(rng, dt.date(2019, 3, 1), dt.date(2023, 6, 30))
        detained = charged - dt.timedelta(days=rng.randrange(0, 4)) if rng.random() < 0.7 else None
        kind = i % 9
        verdict = released = None
        months = None
        sentence_type = "null"
        if kind == 0:
            current, status = "pretrial_detention", "pretrial_detention"
        elif kind == 1:
            current, status = "house_arrest", "house_arrest"
        elif kind == 2:
            current, status = "investigation", "under_investigation"
        elif kind in (3, 4):
            current, sentence_type, status = "convicted", "imprisonment", "imprisoned"
            months = rng.choice([24, 36, 60, 84])
        elif kind == 5:
            current, sentence_type, status = "convicted", "restriction_of_freedom", "restricted_freedom"
            months = rng.choice([12, 24, 36])
        elif kind == 6:
            current, sentence_type, status = "convicted", "suspended", "probation"
            months = rng.choice([12, 24, 36])
        elif kind == 7:
            current, sentence_type, status = "convicted", "fine", "fined"
        else:
            current, sentence_type, status = "released", "imprisonment", "released"
            months = rng.choice([12, 18, 24])
        if kind >= 3:
            verdict = charged + dt.timedelta(days=rng.randrange(60, 240))
        if kind == 8:
            released = verdict + dt.timedelta(days=months * 30 - 100)
        tags, dvk = rng.choice(E_TAGS)
        events = [d for d in (detained, charged, verdict, released) if d]
        started = min(events)
        created = started + dt.timedelta(days=rng.randrange(5, 60))
        updated = created + dt.timedelta(days=rng.randrange(10, 400))
        cells = {c: "null" for c in header}
        cells.update({
            "id": str(1000 + i * 7), "person.name_ru": name_ru, "person.name_en": name_en,
            "person.birth_date": birth.isoformat() if has_birth else "null", "person.gender": gender,
            "location.city": city_text, "location.region": region_text,
            "case.status.current": current, "case.sentence.type": sentence_type,
            "case.sentence.term_months": str(months) if months else "null",
            "case.events.detained_at": _iso(detained, rng) if detained else "null",
            "case.events.charged_at": _iso(charged, rng),
            "case.events.verdict_at": _iso(verdict, rng) if verdict else "null",
            "case.events.released_at": _iso(released, rng) if released else "null",
            "person.tags": tags,
            "meta.created_at": f"{created.isoformat()}T{rng.randrange(8, 18):02d}:00:00+06:00",
            "meta.updated_at": f"{updated.isoformat()}T{rng.randrange(8, 18):02d}:30:00+06:00",
        })
        for k, (code, art, part) in enumerate(charges):
            cells[f"case.charges.{k}.code"] = code
            cells[f"case.charges.{k}.article"] = str(art)
            cells[f"case.charges.{k}.part"] = str(part) if part else "null"
        rows.append([cells[c] for c in header])
        pairs = [(a, p) for code, a, p in charges if code == "CC"]
        t = _truth_row(file, "", line, name=name_ru, city=city, articles=_articles(pairs), status=status, months=months,
                       started=started, precision="day", birth_year=birth.year if has_birth else None, dvk=dvk)
        if region_truth:
            t["region"] = region_truth
        truth.append(t)
    with open(folder / file, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return truth


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the five lists into `folder`; return the truth, one row per non-blank row below a header."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(18)
    truth = []
    for writer in (_write_ua, _write_jan2022, _write_kazakh, _write_pivot, _write_db_csv):
        truth += writer(folder, rng)
    frame = pd.DataFrame(truth)
    frame["source_sheet"] = frame["source_sheet"].fillna("")
    frame["sentence_months"] = frame["sentence_months"].astype("Int64")
    frame["birth_year"] = frame["birth_year"].astype("Int64")
    frame["dvk_koshe"] = frame["dvk_koshe"].fillna(False).astype(bool)
    for column in ("city", "region", "articles", "status", "started_on", "started_precision", "name"):
        frame[column] = frame[column].fillna("")
    return frame
