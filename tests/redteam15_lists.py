"""Red-team set 15: five lists in layouts of real published ones, written by an outsider (a hold-out).

`write_lists(folder)` writes the files into `folder` and returns the truth: one row per non-blank row
below a header row (source_file, source_sheet, source_row, kind) and, for cases, the fields the cleaner
should give (city, region, articles, status, sentence_months, started_on, started_precision, birth_year,
dvk_koshe, name). All names are invented; everything is deterministic (random.Random with a fixed seed).

The files and what each stresses:
1. `forb_country_report_annex.xlsx`, sheet "Annex 2": the English annex of a religious-freedom NGO's
   country report. Two title lines, header `No. | Individual | Year of birth | Location | Charges
   (Criminal Code) | Date of arrest | Outcome | Notes`, the year of arrest as a heading row before each
   year's cases, names written `SURNAME Firstname`, locations like `Uralsk (West Kazakhstan Region)` or
   `Kapshagay, Almaty Region`, outcomes written as sentences (`Sentenced to 5 years' imprisonment`,
   `Served a 3-year prison sentence, released 14 February 2023`, `Acquitted on appeal`), arrest dates
   as day, `12/03/2021` (day first), `March 2021` or date cells, a term reduced on appeal in the same
   cell (`Sentenced to 7 years' imprisonment, reduced to 5 years on appeal`); footnotes and a source
   line under the table. Most cases are
   Tablighi Jamaat / Said Nursi readers charged under 405(2) or 174: no DVK tie (405 alone is none).
2. `diaspora_list.xlsx`, sheet "Список": an Excel list of a diaspora human-rights group in Europe.
   A merged title row and an "updated" line; each header cell in Russian with English in brackets on a
   second line of the same cell (Alt+Enter): `ФИО\n(Full name)`, `Статус на сегодня\n(Status today)`.
   Old city names (Уральск, Усть-Каменогорск, Семипалатинск, Капшагай, Джезказган, Нур-Султан, Алма-Ата),
   Kazakh spellings (Өскемен, Орал, Қонаев), a sentence column (`л/с`, `ОС`, a supplementary ban or
   community hours after a `+`) and a "status today" column that must be read together, notes naming DVK /
   Көше партиясы / Партия улицы, a doubtful `ДВК?` and an explicit denial (`связь с ДВК не доказана`),
   a totals line and a footnote.
3. `law_clinic_caseload.xlsx`, sheet "Подзащитные": a pro-bono law clinic's spreadsheet, one row per
   client, a two-row header with a merged group `Даты процессуальных действий` over
   `Задержание | Предъявление обвинения | Приговор | Апелляция` (the other header cells merged down),
   date cells, text dates and dates pasted as Excel serial numbers, a `Мера / наказание` column, a `Результат апелляции` column (upheld, term
   reduced, overturned with acquittal), a lawyer column; two clients with two cases each, their name,
   year and city merged vertically over both rows.
4. `casebook_export.csv`: a case-management tool's CSV export: UTF-8 with BOM, `;` separated, every
   field quoted, CRLF line ends, dates ISO, date of birth instead of a year, multi-value cells joined
   by ` | ` (charges mixing the criminal and the administrative code, tags with `DVK` or `Koshe Party`),
   `Imprisonment - 5 years | Released on parole (2022-04-20)`, an `Assigned to` and a `Last modified`
   column; nothing dated after the export (January 2024).
5. `bureau_bulletin.xlsx`, sheets "1 кв. 2022" and "2 кв. 2022": a quarterly monitoring bulletin of a
   Kazakh human-rights bureau: a two-row header with a group `Наказание / мера пресечения` over
   `вид | срок` (kind and term in two columns), the place written `ВКО, г. Усть-Каменогорск` (region at
   the time, then the town), `ст.ст. 182 ч.2, 405 ч.2 УК РК`, `п. 2 ч. 4 ст. 274 УК РК`, a `Дата
   возбуждения дела` column (some `от 05.01.2022`), an affiliation column (`ДВК`,
   `Көше партиясы`, `ДВК?`, `Хизб ут-Тахрир`, `журналист`), section headings by topic.

Decisions taken for the truth:
- city/region: the town's current official name and current region (Kapshagay -> Konaev, Almaty Region;
  Ust-Kamenogorsk -> Oskemen, East Kazakhstan; Semipalatinsk -> Semey, Abai; Zhezkazgan -> Ulytau;
  Taldykorgan -> Jetisu; Nur-Sultan -> Astana), whatever region the list writes beside it.
- articles: criminal-code charges only, `174(1); 405(2)` ascending; administrative-code ones (CAO 488,
  КоАП) left out; a part only where written.
- status: the latest stage of the row, from every column that names one: a sentence column and a
  "status today" column are read together (`5 лет лишения свободы` + `освобождён по УДО` is released
  with 60 months; `3 года ограничения свободы` + `отбывает наказание` is restricted_freedom);
  `подписка о невыезде` / `under investigation` is under_investigation; `условно` / `suspended` is
  probation; a fine in MCI is fined (no months); an acquittal on appeal is acquitted; `Served a 3-year
  prison sentence, released ...` is released with 36 months.
- sentence_months: the term in force: where the appeal reduced it (`срок снижен до 2 лет`) the reduced
  term; no months for measures written without a term, for fines, for acquittals.
- started_on: the earliest of the detention, charge, sentence and release dates written (an appeal's
  date is none of them and later anyway; a `Дата возбуждения дела` is the charge); partial dates are
  the first day of their month or year with that precision.
- birth_year: the year written (`1985 г.р.` is 1985), or the year of the date of birth.
- realism: a release after serving the term only for detentions early enough (2019); a parole date
  only before the export's date.
- dvk_koshe: True only where the row names DVK / Koshe (notes, tags, affiliation); `ДВК?` and a
  denial are False; 405 alone is False (the religious annex).
- kind: title lines above the header are not rows; year and topic headings, totals, footnotes and
  source lines below the header are `not_a_case`.
"""
from __future__ import annotations

import csv
import random
from datetime import date, datetime
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

SEED = 15

# (russian, english, kazakh-free forms) -> (city, region)
PLACES = [
    # ru written, en written, city, region, region written (ru), region written (en)
    ("г. Алматы", "Almaty", "Almaty", "Almaty", "", ""),
    ("Нур-Султан", "Nur-Sultan", "Astana", "Astana", "", ""),
    ("г. Астана", "Astana", "Astana", "Astana", "", ""),
    ("г. Шымкент", "Shymkent", "Shymkent", "Shymkent", "", ""),
    ("Уральск", "Uralsk", "Oral", "West Kazakhstan", "ЗКО", "West Kazakhstan Region"),
    ("Усть-Каменогорск", "Ust-Kamenogorsk", "Oskemen", "East Kazakhstan", "ВКО", "East Kazakhstan Region"),
    ("Семипалатинск", "Semey", "Semey", "Abai", "ВКО", "East Kazakhstan Region"),
    ("Капшагай", "Kapshagay", "Konaev", "Almaty Region", "Алматинская обл.", "Almaty Region"),
    ("Талдыкорган", "Taldykorgan", "Taldykorgan", "Jetisu", "Алматинская обл.", "Almaty Region"),
    ("Джезказган", "Zhezkazgan", "Zhezkazgan", "Ulytau", "Карагандинская обл.", "Karaganda Region"),
    ("Актобе", "Aktobe", "Aktobe", "Aktobe", "Актюбинская обл.", "Aktobe Region"),
    ("Атырау", "Atyrau", "Atyrau", "Atyrau", "Атырауская обл.", "Atyrau Region"),
    ("Караганда", "Karaganda", "Karaganda", "Karaganda", "Карагандинская обл.", "Karaganda Region"),
    ("Тараз", "Taraz", "Taraz", "Zhambyl", "Жамбылская обл.", "Zhambyl Region"),
    ("Петропавловск", "Petropavlovsk", "Petropavl", "North Kazakhstan", "СКО", "North Kazakhstan Region"),
    ("Кызылорда", "Kyzylorda", "Kyzylorda", "Kyzylorda", "Кызылординская обл.", "Kyzylorda Region"),
    ("Актау", "Aktau", "Aktau", "Mangystau", "Мангистауская обл.", "Mangystau Region"),
    ("Жанаозен", "Zhanaozen", "Zhanaozen", "Mangystau", "Мангистауская обл.", "Mangystau Region"),
    ("Павлодар", "Pavlodar", "Pavlodar", "Pavlodar", "Павлодарская обл.", "Pavlodar Region"),
    ("Костанай", "Kostanay", "Kostanay", "Kostanay", "Костанайская обл.", "Kostanay Region"),
    ("Кокшетау", "Kokshetau", "Kokshetau", "Akmola", "Акмолинская обл.", "Akmola Region"),
    ("Экибастуз", "Ekibastuz", "Ekibastuz", "Pavlodar", "Павлодарская обл.", "Pavlodar Region"),
    ("Темиртау", "Temirtau", "Temirtau", "Karaganda", "Карагандинская обл.", "Karaganda Region"),
]

KAZAKH_NAMES = {"Oral": "Орал", "Oskemen": "Өскемен", "Konaev": "Қонаев", "Semey": "Семей", "Zhezkazgan": "Жезқазған",
                "Aktobe": "Ақтөбе", "Karaganda": "Қарағанды", "Kostanay": "Қостанай", "Taldykorgan": "Талдықорған",
                "Kokshetau": "Көкшетау", "Kyzylorda": "Қызылорда", "Petropavl": "Петропавл", "Ekibastuz": "Екібастұз"}

SURNAMES_RU = ["Жумабеков", "Сапарова", "Ким", "Ахметов", "Нургалиева", "Петренко", "Оспанов", "Тлеубаева",
               "Бекмуханов", "Шевчук", "Ибраимов", "Калиева", "Мусин", "Абдрахманова", "Ершов", "Сейтказиев",
               "Утепова", "Баймуратов", "Лисицына", "Жанузаков", "Рахимов", "Есенова", "Кравец", "Тохтаров",
               "Алдабергенов", "Мукашева", "Досаев", "Громова", "Исабаев", "Куанышева"]
FIRST_M = ["Ерлан", "Асхат", "Дмитрий", "Нурлан", "Марат", "Бауыржан", "Сергей", "Данияр", "Арман", "Олжас",
           "Руслан", "Канат", "Тимур", "Жандос", "Виктор"]
FIRST_F = ["Айгерим", "Динара", "Елена", "Гульнара", "Салтанат", "Жанар", "Ольга", "Асель", "Мадина", "Наталья"]
PATR_M = ["Серикович", "Маратович", "Иванович", "Болатович", "Кайратович", "Петрович"]
PATR_F = ["Серикқызы", "Маратовна", "Ивановна", "Болатовна", "Кайратовна", "Петровна"]

LATIN_SURNAMES = ["ZHUMABEKOV", "SAPAROVA", "KIM", "AKHMETOV", "NURGALIYEVA", "OSPANOV", "TLEUBAYEVA",
                  "BEKMUKHANOV", "IBRAIMOV", "KALIYEVA", "MUSSIN", "ABDRAKHMANOVA", "SEITKAZIYEV", "UTEPOVA",
                  "BAIMURATOV", "ZHANUZAKOV", "RAKHIMOV", "YESSENOVA", "TOKHTAROV", "ALDABERGENOV", "DOSSAYEV",
                  "ISSABAYEV", "KUANYSHEVA", "YERMEKOV", "SULEIMENOV", "KASSYMOV"]
LATIN_FIRST = ["Yerlan", "Askhat", "Nurlan", "Marat", "Bauyrzhan", "Daniyar", "Arman", "Olzhas", "Ruslan",
               "Kanat", "Timur", "Zhandos", "Aigerim", "Dinara", "Gulnara", "Saltanat", "Zhanar", "Assel",
               "Madina", "Ilyas", "Abdulla", "Yusuf", "Rustem", "Bakhytzhan"]

MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
MONTHS_RU_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                 "ноябрь", "декабрь"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def fmt_articles(charges: list[tuple[int, int | None]]) -> str:
    seen = sorted(set(charges), key=lambda c: (c[0], -1 if c[1] is None else c[1]))
    return "; ".join(f"{a}({p})" if p is not None else str(a) for a, p in seen)


def ru_years(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} года"
    return f"{n} лет"


def ru_term(months: int) -> str:
    y, m = divmod(months, 12)
    if m == 0:
        return ru_years(y)
    if y == 0:
        return f"{m} мес."
    return f"{ru_years(y)} {m} мес."


def ru_term_gen(months: int) -> str:
    """The term after "до" (genitive): до 1 года, до 2 лет, до 3 лет 6 мес."""
    y, m = divmod(months, 12)
    years = f"{y} года" if y % 10 == 1 and y % 100 != 11 else f"{y} лет"
    return years if m == 0 else f"{years} {m} мес."


def en_term(months: int) -> str:
    y, m = divmod(months, 12)
    if m == 0:
        return f"{y} year" + ("s" if y != 1 else "")
    return f"{y} years {m} months" if y else f"{m} months"


def ru_art(art: int, part: int | None, style: int) -> str:
    if part is None:
        return [f"ст. {art} УК РК", f"ст.{art}", f"статья {art}"][style % 3]
    return [f"ч.{part} ст.{art} УК РК", f"ст. {art} ч. {part}", f"ч. {part} ст. {art}"][style % 3]


def en_art(art: int, part: int | None, style: int) -> str:
    if part is None:
        return [f"Art. {art}", f"Article {art}", f"Art. {art}"][style % 3]
    return [f"Art. {art}(2)".replace("(2)", f"({part})"), f"Article {art} part {part}", f"Art. {art} Part {part}"][style % 3]


class Sheet:
    """Collects the truth rows of one sheet as it is written."""

    def __init__(self, truth: list, file: str, sheet: str):
        self.truth, self.file, self.sheet = truth, file, sheet

    def other(self, row: int) -> None:
        self.truth.append({"source_file": self.file, "source_sheet": self.sheet, "source_row": row, "kind": "not_a_case"})

    def case(self, row: int, *, name, city, region, charges, status, months, dates, birth_year, dvk) -> None:
        dated = [d for d in dates if d is not None]
        started, precision = (min(dated, key=lambda d: d[0]) if dated else (None, None))
        self.truth.append({
            "source_file": self.file, "source_sheet": self.sheet, "source_row": row, "kind": "case", "name": name,
            "city": city, "region": region, "articles": fmt_articles(charges), "status": status,
            "sentence_months": months, "started_on": started.isoformat() if started else None,
            "started_precision": precision, "birth_year": birth_year, "dvk_koshe": bool(dvk)})


def rand_date(rng: random.Random, y0: int, y1: int) -> date:
    return date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def person_ru(rng: random.Random) -> str:
    female = rng.random() < 0.35
    s = rng.choice(SURNAMES_RU)
    if female and not s.endswith("а") and s != "Ким" and not s.endswith("ко") and not s.endswith("ец") and not s.endswith("ук"):
        s = s + "а"
    elif not female and s.endswith(("ова", "ева", "ына")):
        s = s[:-1]
    f = rng.choice(FIRST_F if female else FIRST_M)
    p = rng.choice(PATR_F if female else PATR_M)
    return f"{s} {f} {p}"


# ---------------------------------------------------------------- 1. English FoRB country-report annex
def write_annex(folder: Path, truth: list, rng: random.Random) -> None:
    file = "forb_country_report_annex.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Annex 2"
    sh = Sheet(truth, file, "Annex 2")
    ws["A1"] = "Annex 2. Individuals prosecuted in Kazakhstan for exercising freedom of religion or belief, 2020-2023"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Compiled from court documents, relatives' accounts and Forum 18 reports; as of 1 October 2023"
    header = ["No.", "Individual", "Year of birth", "Location", "Charges (Criminal Code)", "Date of arrest", "Outcome", "Notes"]
    ws.append([])
    ws.append(header)  # row 4
    row = 5
    no = 0
    notes_pool = [("Tablighi Jamaat", "Accused of sharing Tablighi Jamaat sermons in a mosque"),
                  ("Said Nursi", "Studied Said Nursi's works with friends at home"),
                  ("Salafi", "Posted Salafi lectures in a WhatsApp group"),
                  ("Jehovah's Witness", "Jehovah's Witness; talked about faith with students"),
                  ("", "Imam of a village mosque"),
                  ("", "")]
    for year, n in ((2020, 13), (2021, 16), (2022, 15), (2023, 12)):
        ws.cell(row=row, column=1, value=f"{year}")
        ws.cell(row=row, column=1).font = Font(bold=True)
        sh.other(row)
        row += 1
        for _ in range(n):
            no += 1
            place = rng.choice(PLACES)
            city, region = place[2], place[3]
            if place[5] and rng.random() < 0.4:
                loc = f"{place[1]} ({place[5]})" if rng.random() < 0.5 else f"{place[1]}, {place[5]}"
            else:
                loc = place[1]
            name = f"{rng.choice(LATIN_SURNAMES)} {rng.choice(LATIN_FIRST)}"
            by = rng.randint(1962, 2000)
            by_cell = by if rng.random() < 0.85 else None
            charges = [(405, 2)] if rng.random() < 0.5 else [(174, rng.choice([1, 2]))]
            if rng.random() < 0.2:
                charges = [(174, 1), (405, 2)]
            if rng.random() < 0.06:
                charges = [(256, 1)]
            ch_text = "; ".join(en_art(a, p, rng.randint(0, 2)) for a, p in charges) if rng.random() < 0.7 \
                else " and ".join(en_art(a, p, 0) for a, p in charges)
            arrest = date(year, rng.randint(1, 12), rng.randint(1, 28))
            if year == 2023:
                arrest = date(year, rng.randint(1, 8), rng.randint(1, 28))
            kind = rng.random()
            if kind < 0.15:
                arrest_cell, precision, start = f"{MONTHS_EN[arrest.month - 1]} {year}", "month", arrest.replace(day=1)
            elif kind < 0.55:
                arrest_cell, precision, start = datetime(arrest.year, arrest.month, arrest.day), "day", arrest
            elif kind < 0.8:
                arrest_cell, precision, start = f"{arrest.day} {MONTHS_EN[arrest.month - 1]} {year}", "day", arrest
            elif kind < 0.9:
                arrest_cell, precision, start = arrest.strftime("%d.%m.%Y"), "day", arrest
            else:
                arrest_cell, precision, start = arrest.strftime("%d/%m/%Y"), "day", arrest
            dates = [(start, precision)]
            r = rng.random()
            months = None
            if year == 2023 and r < 0.35:
                outcome, status = rng.choice([("In pre-trial detention", "pretrial_detention"),
                                              ("Under house arrest", "house_arrest"),
                                              ("Under investigation", "under_investigation")])
            elif r < 0.45:
                months = rng.choice([24, 36, 48, 60, 84])
                outcome, status = f"Sentenced to {months // 12} years' imprisonment", "imprisoned"
            elif r < 0.6:
                months = rng.choice([12, 24, 36])
                outcome, status = f"Sentenced to {en_term(months)} of restricted freedom", "restricted_freedom"
            elif r < 0.7:
                months = rng.choice([12, 24])
                outcome, status = f"{en_term(months)} suspended sentence", "probation"
            elif r < 0.78:
                outcome, status = f"Fined {rng.choice([200, 300, 500])} MCI", "fined"
            elif r < 0.85 and year <= 2021:
                months = 36 if year == 2020 else 24
                rel = date(year + months // 12, rng.randint(1, 9), rng.randint(1, 28))
                outcome = f"Served a {months // 12}-year prison sentence, released {rel.day} {MONTHS_EN[rel.month - 1]} {rel.year}"
                status = "released"
                dates.append((rel, "day"))
            elif r < 0.9:
                outcome, status = "Acquitted on appeal", "acquitted"
            else:
                months = rng.choice([36, 60])
                outcome, status = f"Sentenced to {months // 12 + 2} years' imprisonment, reduced to {months // 12} years on appeal", "imprisoned"
            note = rng.choice(notes_pool)[1]
            ws.append([no, name, by_cell, loc, ch_text, arrest_cell, outcome, note])
            if isinstance(arrest_cell, datetime):
                ws.cell(row=row, column=6).number_format = "DD.MM.YYYY"
            sh.case(row, name=name, city=city, region=region, charges=charges, status=status, months=months,
                    dates=dates, birth_year=by_cell, dvk=False)
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Notes: Tablighi Jamaat was banned as extremist in Kazakhstan in 2013; "
                                     "participation is prosecuted under Article 405.")
    sh.other(row)
    ws.cell(row=row + 1, column=1, value="Source: court verdicts and interviews; see the methodology section of this report.")
    sh.other(row + 1)
    wb.save(folder / file)


# ---------------------------------------------------------------- 2. diaspora group list (two languages per cell)
def write_diaspora(folder: Path, truth: list, rng: random.Random) -> None:
    file, sheet = "diaspora_list.xlsx", "Список"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    sh = Sheet(truth, file, sheet)
    ws["A1"] = "Список политических заключённых и преследуемых в Казахстане / Political prisoners and persecuted persons in Kazakhstan"
    ws.merge_cells("A1:I1")
    ws["A2"] = "Обновлено / Updated: 15.01.2024"
    header = ["№", "ФИО\n(Full name)", "Год рождения\n(Year of birth)", "Город\n(City)", "Статья УК РК\n(Criminal Code article)",
              "Дата задержания\n(Date of detention)", "Приговор\n(Sentence)", "Статус на сегодня\n(Status today)",
              "Примечание\n(Notes)"]
    ws.append(header)  # row 3
    for c in range(1, 10):
        ws.cell(row=3, column=c).alignment = Alignment(wrap_text=True)
    dvk_notes = ["активист ДВК", "сторонник Демократического выбора Казахстана", "участник Көше партиясы",
                 "подписчик «Партии улицы», участвовал в митинге", "член ДВК, задержан на митинге"]
    plain_notes = ["журналист", "блогер, писал о коррупции", "гражданский активист", "", "", "", "профсоюзный активист"]
    row = 4
    old_names = {"Oral": "Уральск", "Oskemen": "Усть-Каменогорск", "Semey": "Семипалатинск", "Konaev": "Капшагай",
                 "Zhezkazgan": "Джезказган", "Almaty": "Алма-Ата"}
    for i in range(1, 71):
        place = rng.choice(PLACES)
        city, region = place[2], place[3]
        u = rng.random()
        city_cell = old_names.get(city, place[0]) if u < 0.6 else (KAZAKH_NAMES.get(city, place[0]) if u < 0.8 else place[0])
        name = person_ru(rng)
        by = rng.randint(1958, 2001)
        by_cell = by if rng.random() < 0.6 else (f"{by} г.р." if rng.random() < 0.6 else None)
        if by_cell is None:
            by = None
        nart = rng.random()
        if nart < 0.55:
            charges = [(405, 2)]
        elif nart < 0.7:
            charges = [(405, 1)]
        elif nart < 0.8:
            charges = [(174, 1)]
        elif nart < 0.9:
            charges = [(274, rng.choice([2, 4]))]
        else:
            charges = [(182, 2), (405, 2)]
        style = rng.randint(0, 2)
        ch_text = ", ".join(ru_art(a, p, style) for a, p in charges)
        r = rng.random()
        d = rand_date(rng, 2019, 2019) if 0.3 <= r < 0.42 else rand_date(rng, 2019, 2023)
        fmt = rng.random()
        if fmt < 0.35:
            d_cell, prec, start = datetime(d.year, d.month, d.day), "day", d
        elif fmt < 0.6:
            d_cell, prec, start = d.strftime("%d.%m.%Y"), "day", d
        elif fmt < 0.75:
            d_cell, prec, start = d.strftime("%d.%m.%Y") + " г.", "day", d
        elif fmt < 0.9:
            d_cell, prec, start = f"{d.day} {MONTHS_RU[d.month - 1]} {d.year}", "day", d
        else:
            d_cell, prec, start = f"{MONTHS_RU_NOM[d.month - 1]} {d.year}", "month", d.replace(day=1)
        months = None
        if r < 0.3:
            months = rng.choice([24, 36, 42, 60, 84])
            sent = f"{ru_term(months)} лишения свободы" if rng.random() < 0.7 else f"{ru_term(months)} л/с"
            now, status = rng.choice(["в колонии", "отбывает наказание в колонии", "в заключении"]), "imprisoned"
        elif r < 0.42:
            months = rng.choice([48, 60])
            sent = f"{ru_term(months)} лишения свободы"
            if rng.random() < 0.4:
                sent += f" + запрет заниматься общественной деятельностью {ru_years(rng.choice([3, 5]))}"
            now, status = rng.choice(["освобождён по УДО", "вышел на свободу по отбытии срока"]), "released"
        elif r < 0.6:
            months = rng.choice([12, 24, 30, 36])
            sent = f"{ru_term(months)} ограничения свободы" if rng.random() < 0.7 else f"{ru_term(months)} ОС"
            now, status = "отбывает наказание", "restricted_freedom"
            if rng.random() < 0.4:
                sent += f" + {rng.choice([100, 200])} часов общественных работ"
        elif r < 0.7:
            months = rng.choice([12, 24])
            sent, now, status = f"{ru_term(months)} условно", "на свободе, испытательный срок", "probation"
        elif r < 0.77:
            sent, now, status = f"штраф {rng.choice([100, 200, 400])} МРП", "", "fined"
        elif r < 0.85:
            sent, now, status = "—", "в СИЗО", "pretrial_detention"
        elif r < 0.9:
            sent, now, status = "—", "под домашним арестом", "house_arrest"
        elif r < 0.96:
            sent, now, status = "—", "под следствием", "under_investigation"
        else:
            sent, now, status = "оправдательный", "оправдан", "acquitted"
        k = rng.random()
        if k < 0.4:
            note, dvk = rng.choice(dvk_notes), True
        elif k < 0.46:
            note, dvk = "ДВК?", False
        elif k < 0.5:
            note, dvk = "связь с ДВК не доказана, сам отрицает", False
        else:
            note, dvk = rng.choice(plain_notes), False
        ws.append([i, name, by_cell, city_cell, ch_text, d_cell, sent, now, note])
        if isinstance(d_cell, datetime):
            ws.cell(row=row, column=6).number_format = "DD.MM.YYYY"
        sh.case(row, name=name, city=city, region=region, charges=charges, status=status, months=months,
                dates=[(start, prec)], birth_year=by, dvk=dvk)
        row += 1
    ws.cell(row=row, column=1, value="Всего: 70 человек")
    sh.other(row)
    ws.cell(row=row + 2, column=1, value="* УДО — условно-досрочное освобождение (parole)")
    sh.other(row + 2)
    wb.save(folder / file)


# ---------------------------------------------------------------- 3. law clinic: one column per procedural step
def write_clinic(folder: Path, truth: list, rng: random.Random) -> None:
    file, sheet = "law_clinic_caseload.xlsx", "Подзащитные"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    sh = Sheet(truth, file, sheet)
    ws["A1"] = "Юридическая клиника «Право и защита» — учёт подзащитных по уголовным делам"
    ws["A2"] = "Внутренний документ, не для распространения"
    top = ["№", "Клиент", "Г.р.", "Город", "Статья", "Даты процессуальных действий", None, None, None,
           "Мера / наказание", "Результат апелляции", "Юрист"]
    sub = [None, None, None, None, None, "Задержание", "Предъявление обвинения", "Приговор", "Апелляция", None, None, None]
    for c, v in enumerate(top, 1):
        if v is not None:
            ws.cell(row=4, column=c, value=v)
    for c, v in enumerate(sub, 1):
        if v is not None:
            ws.cell(row=5, column=c, value=v)
    ws.merge_cells(start_row=4, end_row=4, start_column=6, end_column=9)
    for c in (1, 2, 3, 4, 5, 10, 11, 12):
        ws.merge_cells(start_row=4, end_row=5, start_column=c, end_column=c)
    lawyers = ["Бекова А.", "Ли С.", "Тасмагамбетов Н.", "Иванова Е."]
    row = 6
    no = 0
    doubles = {8, 30}
    i = 0
    while row < 6 + 55:
        i += 1
        no += 1
        place = rng.choice(PLACES)
        city, region = place[2], place[3]
        name = person_ru(rng)
        by = rng.randint(1960, 2002)
        n_cases = 2 if i in doubles else 1
        first_row = row
        for k in range(n_cases):
            charges = rng.choice([[(405, 2)], [(174, 1)], [(274, 2)], [(380, 1)], [(272, 2)], [(405, 1), (182, 2)]])
            ch_text = "; ".join(ru_art(a, p, rng.randint(0, 2)) for a, p in charges)
            det = rand_date(rng, 2019, 2022) if rng.random() < 0.8 else None
            base = det or rand_date(rng, 2019, 2022)
            chg = date.fromordinal(base.toordinal() + rng.randint(1, 20))
            dates = []
            cells = [None, None, None, None]
            if det:
                cells[0] = datetime(det.year, det.month, det.day) if rng.random() < 0.7 else det.strftime("%d.%m.%Y")
                dates.append((det, "day"))
            cells[1] = datetime(chg.year, chg.month, chg.day) if rng.random() < 0.7 else chg.strftime("%d.%m.%Y")
            dates.append((chg, "day"))
            r = rng.random()
            months, appeal_res = None, ""
            sentenced = r < 0.75
            if sentenced:
                sen = date.fromordinal(chg.toordinal() + rng.randint(60, 200))
                cells[2] = datetime(sen.year, sen.month, sen.day) if rng.random() < 0.7 else sen.strftime("%d.%m.%Y")
                dates.append((sen, "day"))
                kind = rng.random()
                if kind < 0.4:
                    months = rng.choice([36, 48, 60, 72])
                    measure, status = f"{ru_term(months)} лишения свободы", "imprisoned"
                elif kind < 0.65:
                    months = rng.choice([12, 24, 36])
                    measure, status = f"ограничение свободы {ru_term(months)}", "restricted_freedom"
                elif kind < 0.8:
                    months = rng.choice([12, 24])
                    measure, status = f"{ru_term(months)} условно", "probation"
                else:
                    measure, status = f"штраф {rng.choice([150, 300, 1000])} МРП", "fined"
                a = rng.random()
                if a < 0.3:
                    appeal_res = ""
                else:
                    app = date.fromordinal(sen.toordinal() + rng.randint(30, 90))
                    cells[3] = datetime(app.year, app.month, app.day)
                    if a < 0.75:
                        appeal_res = rng.choice(["оставлен без изменения", "жалоба отклонена, приговор в силе"])
                    elif a < 0.87:
                        if status == "imprisoned":
                            months = months - 12
                            appeal_res = f"срок снижен до {ru_term_gen(months)}"
                        else:
                            appeal_res = "оставлен без изменения"
                    elif a < 0.93:
                        appeal_res, status, months = "приговор отменён, оправдан", "acquitted", None
                    else:
                        appeal_res = "оставлен без изменения"
            else:
                measure, status = rng.choice([("содержание под стражей", "pretrial_detention"),
                                              ("домашний арест", "house_arrest"),
                                              ("подписка о невыезде", "under_investigation")])
            c = row
            if k == 0:
                ws.cell(row=c, column=1, value=no)
                ws.cell(row=c, column=2, value=name)
                ws.cell(row=c, column=3, value=by)
                ws.cell(row=c, column=4, value=place[0])
            ws.cell(row=c, column=5, value=ch_text)
            for j, v in enumerate(cells):
                if isinstance(v, datetime) and rng.random() < 0.15:
                    v = (v - datetime(1899, 12, 30)).days  # a date pasted as a plain number
                if v is not None:
                    ws.cell(row=c, column=6 + j, value=v)
                    if isinstance(v, datetime):
                        ws.cell(row=c, column=6 + j).number_format = "DD.MM.YYYY"
                else:
                    ws.cell(row=c, column=6 + j, value="—")
            ws.cell(row=c, column=10, value=measure)
            ws.cell(row=c, column=11, value=appeal_res or None)
            ws.cell(row=c, column=12, value=rng.choice(lawyers))
            sh.case(c, name=name, city=city, region=region, charges=charges, status=status, months=months,
                    dates=dates, birth_year=by, dvk=False)
            row += 1
        if n_cases > 1:
            for col in (1, 2, 3, 4):
                ws.merge_cells(start_row=first_row, end_row=row - 1, start_column=col, end_column=col)
    ws.cell(row=row + 1, column=1, value="«—» — действие не проводилось")
    sh.other(row + 1)
    wb.save(folder / file)


# ---------------------------------------------------------------- 4. case-management CSV export
def write_casebook(folder: Path, truth: list, rng: random.Random) -> None:
    file = "casebook_export.csv"
    sh = Sheet(truth, file, "")
    header = ["Case No", "Client name", "Date of birth", "Place", "Charges", "Detained", "Charged", "Verdict date",
              "Measure", "Tags", "Assigned to", "Last modified"]
    lines = [header]
    line = 1
    for i in range(1, 71):
        line += 1
        place = rng.choice(PLACES)
        city, region = place[2], place[3]
        place_cell = place[1] if rng.random() < 0.6 else place[0]
        name = f"{rng.choice(LATIN_FIRST)} {rng.choice(LATIN_SURNAMES).capitalize()}" if rng.random() < 0.5 else person_ru(rng)
        dob = rand_date(rng, 1960, 2002)
        dob_cell = dob.isoformat() if rng.random() < 0.85 else ""
        charges = rng.choice([[(405, 2)], [(405, 1)], [(174, 1)], [(274, 4)], [(405, 2), (174, 1)], [(380, 1)]])
        parts = [f"CC {a}({p})" if p else f"CC {a}" for a, p in charges]
        if rng.random() < 0.2:
            parts.append(f"CAO {rng.choice([488, 489])}({rng.choice([6, 10])})")
        rng.shuffle(parts)
        det = rand_date(rng, 2019, 2022) if rng.random() < 0.85 else None
        chg_base = det or rand_date(rng, 2019, 2022)
        chg = date.fromordinal(chg_base.toordinal() + rng.randint(0, 15)) if rng.random() < 0.8 or det is None else None
        dates = [(d, "day") for d in (det, chg) if d]
        r = rng.random()
        months, verdict = None, None
        if r < 0.6:
            verdict = date.fromordinal((chg or det).toordinal() + rng.randint(60, 250))
            dates.append((verdict, "day"))
            k = rng.random()
            if k < 0.4:
                months = rng.choice([24, 36, 60, 84])
                measure, status = f"Imprisonment - {en_term(months)}", "imprisoned"
                rel = date.fromordinal(verdict.toordinal() + rng.randint(300, 600))
                if rng.random() < 0.3 and rel < date(2024, 1, 1):
                    measure, status = f"{measure} | Released on parole ({rel.isoformat()})", "released"
                    dates.append((rel, "day"))
            elif k < 0.7:
                months = rng.choice([12, 24, 36])
                measure, status = f"Restricted freedom - {en_term(months)}", "restricted_freedom"
            elif k < 0.85:
                months = rng.choice([12, 24])
                measure, status = f"Suspended sentence - {en_term(months)}", "probation"
            else:
                measure, status = f"Fine - {rng.choice([200, 500])} MCI", "fined"
        else:
            measure, status = rng.choice([("Pre-trial detention", "pretrial_detention"), ("House arrest", "house_arrest"),
                                          ("Under investigation", "under_investigation")])
        k = rng.random()
        if k < 0.3:
            tags, dvk = rng.choice(["DVK", "DVK | hunger strike", "Koshe Party | appeal pending", "political prisoner | DVK"]), True
        else:
            tags, dvk = rng.choice(["", "journalist", "appeal pending", "activist | online post", "political prisoner"]), False
        lines.append([f"KZ-{2000 + i}", name, dob_cell, place_cell, " | ".join(parts), det.isoformat() if det else "",
                      chg.isoformat() if chg else "", verdict.isoformat() if verdict else "", measure, tags,
                      rng.choice(["a.bekova", "s.li", "n.tas"]), f"2024-01-{rng.randint(10, 28)} {rng.randint(8, 19)}:{rng.randint(10, 59)}"])
        sh.case(line, name=name, city=city, region=region, charges=charges, status=status, months=months,
                dates=dates, birth_year=dob.year if dob_cell else None, dvk=dvk)
    with open(folder / file, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(lines)


# ---------------------------------------------------------------- 5. quarterly bulletin, kind and term in two columns
def write_bulletin(folder: Path, truth: list, rng: random.Random) -> None:
    file = "bureau_bulletin.xlsx"
    wb = Workbook()
    wb.remove(wb.active)
    topics = ["Дела по «экстремистским» статьям", "Дела о распространении ложной информации", "Другие дела"]
    for sheet, quarter in (("1 кв. 2022", 1), ("2 кв. 2022", 2)):
        ws = wb.create_sheet(sheet)
        sh = Sheet(truth, file, sheet)
        ws["A1"] = f"Бюллетень мониторинга уголовного преследования гражданских активистов, {quarter} квартал 2022 года"
        top = ["№", "ФИО", "Год рожд.", "Место (область, город)", "Статья УК РК", "Дата возбуждения дела",
               "Наказание / мера пресечения", None, "Принадлежность"]
        sub = [None] * 6 + ["вид", "срок", None]
        for c, v in enumerate(top, 1):
            if v is not None:
                ws.cell(row=3, column=c, value=v)
        for c, v in enumerate(sub, 1):
            if v is not None:
                ws.cell(row=4, column=c, value=v)
        ws.merge_cells(start_row=3, end_row=3, start_column=7, end_column=8)
        for c in (1, 2, 3, 4, 5, 6, 9):
            ws.merge_cells(start_row=3, end_row=4, start_column=c, end_column=c)
        row = 5
        no = 0
        for t, topic in enumerate(topics):
            ws.cell(row=row, column=1, value=topic)
            sh.other(row)
            row += 1
            for _ in range(rng.randint(8, 12)):
                no += 1
                place = rng.choice(PLACES)
                city, region = place[2], place[3]
                if place[4]:
                    place_cell = f"{place[4]}, г. {place[0].replace('г. ', '')}"
                else:
                    place_cell = place[0] if place[0].startswith("г.") else f"г. {place[0]}"
                name = person_ru(rng)
                by = rng.randint(1960, 2003) if rng.random() < 0.9 else None
                if t == 0:
                    charges = rng.choice([[(405, 2)], [(405, 1)], [(174, 1)], [(182, 2), (405, 2)]])
                elif t == 1:
                    charges = [(274, rng.choice([2, 4]))]
                else:
                    charges = rng.choice([[(380, 1)], [(272, 2)], [(378, 1)], [(400, 1)]])
                ch_text = ", ".join(ru_art(a, p, rng.randint(0, 2)) for a, p in charges)
                if charges == [(182, 2), (405, 2)] and rng.random() < 0.6:
                    ch_text = "ст.ст. 182 ч.2, 405 ч.2 УК РК"
                elif charges[0] == (274, 4) and rng.random() < 0.6:
                    ch_text = "п. 2 ч. 4 ст. 274 УК РК"
                d = date(2022, (quarter - 1) * 3 + rng.randint(1, 3), rng.randint(1, 28))
                f = rng.random()
                if f < 0.5:
                    d_cell, prec, start = datetime(d.year, d.month, d.day), "day", d
                elif f < 0.75:
                    d_cell, prec, start = d.strftime("%d.%m.%Y"), "day", d
                elif f < 0.85:
                    d_cell, prec, start = "от " + d.strftime("%d.%m.%Y"), "day", d
                else:
                    d_cell, prec, start = f"{MONTHS_RU_NOM[d.month - 1]} 2022", "month", d.replace(day=1)
                r = rng.random()
                months, term = None, "—"
                if r < 0.3:
                    kind, status = "содержание под стражей", "pretrial_detention"
                elif r < 0.45:
                    kind, status = "домашний арест", "house_arrest"
                elif r < 0.55:
                    kind, status = "подписка о невыезде", "under_investigation"
                elif r < 0.7:
                    months = rng.choice([24, 30, 36, 60])
                    kind, term, status = "лишение свободы", ru_term(months), "imprisoned"
                elif r < 0.82:
                    months = rng.choice([12, 18, 24])
                    kind, term, status = "ограничение свободы", ru_term(months), "restricted_freedom"
                elif r < 0.9:
                    months = 12
                    kind, term, status = "условное осуждение", ru_term(months), "probation"
                elif r < 0.96:
                    kind, term, status = "штраф", f"{rng.choice([100, 250])} МРП", "fined"
                else:
                    kind, status = "оправдан", "acquitted"
                a = rng.random()
                if a < 0.25:
                    aff, dvk = rng.choice(["ДВК", "Көше партиясы", "сторонник ДВК"]), True
                elif a < 0.3:
                    aff, dvk = "ДВК?", False
                elif a < 0.38:
                    aff, dvk = "Хизб ут-Тахрир", False
                else:
                    aff, dvk = rng.choice(["журналист", "—", "гражданский активист", ""]), False
                vals = [no, name, by, place_cell, ch_text, d_cell, kind, term, aff or None]
                for c, v in enumerate(vals, 1):
                    if v is not None:
                        ws.cell(row=row, column=c, value=v)
                if isinstance(d_cell, datetime):
                    ws.cell(row=row, column=6).number_format = "DD.MM.YYYY"
                sh.case(row, name=name, city=city, region=region, charges=charges, status=status, months=months,
                        dates=[(start, prec)], birth_year=by, dvk=dvk)
                row += 1
        ws.cell(row=row, column=1, value=f"Итого за квартал: {no}")
        sh.other(row)
    wb.save(folder / file)


def write_lists(folder: Path) -> pd.DataFrame:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    truth: list[dict] = []
    write_annex(folder, truth, rng)
    write_diaspora(folder, truth, rng)
    write_clinic(folder, truth, rng)
    write_casebook(folder, truth, rng)
    write_bulletin(folder, truth, rng)
    frame = pd.DataFrame(truth)
    frame["sentence_months"] = frame["sentence_months"].astype("Int64")
    frame["birth_year"] = frame["birth_year"].astype("Int64")
    return frame
