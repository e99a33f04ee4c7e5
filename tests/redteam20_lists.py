"""Red-team set 20 (a hold-out): five lists in layouts of real published lists, with the truth of every row.

`write_lists(folder)` writes the files into `folder` and returns the truth: one row per non-blank row below a
header row (source_file, source_sheet, source_row, kind "case" / "not_a_case", and for cases the fields city,
region, articles, status, sentence_months, started_on, started_precision, birth_year, dvk_koshe, name).
Everything is generated from fixed tables and `random.Random` with fixed seeds: the same files every run.
All names are invented.

Files and what each stresses
----------------------------
1. `foundation_political_prisoners.xlsx`, sheet `Prisoners`: an English list in the style of a US/European
   foundation. Title and "Updated: 1 March 2024" lines, a one-row header `No. | Name | Date of arrest (mm/dd/yyyy) |
   Charges | Sentence | Place of detention | Health concerns | Background`; rows grouped under merged section
   headings by situation (`A. Currently imprisoned`, `B. Non-custodial sentences`, `C. Awaiting trial`,
   `D. Released since 2022`), a total line and a sources footnote. The year of birth is only in the name cell
   (`Name (b. 1984)`, `Name, born 1979`); dates are US style as the header says (`03/12/2021`, `3/12/2021`), or
   `March 2021`, `2021`; charges `Art. 405(2)`, `Articles 405(1) and 174(1)`, `Art. 274 Part 4`, with an
   administrative fine named beside them; there is no place column: the town is only in the Background prose
   (`Civic activist from Aktobe`), as is the tie to DVK / Koshe; the place of detention names colonies and
   regions; restricted freedom with `a 5-year ban on public and political activity` or `plus 100 hours of
   community service`.
2. `spisok_presleduemyh_2021.xlsx`, sheet `Список`: a Russian Excel list with a two-row header (`Даты` merged over
   `задержания | приговора`, the other header cells merged down), dates written out (`12 марта 2021 г.`,
   `март 2021`, `весна 2021`), articles `ч.2 ст.405 УК РК`, `ст. 274 ч. 4 УК РК`, two articles in a cell with an
   administrative one (`КоАП`), measures and sentences as people write them (`2 г. 6 мес. лишения свободы`,
   `ограничение свободы на 3 года`, `1 год условно`, `штраф 200 МРП`, `под стражей (СИЗО)`), an additional ban
   after the main term (`... с запретом заниматься общественно-политической деятельностью на 4 года`,
   `... запрет на журналистскую деятельность 3 г.`), a note column, three people with two cases each (number,
   name, year and town merged down over their two rows), a footnote and a total.
3. `sayasi_kudalau_tizimi.xlsx`, sheet `Тізім`: a Kazakh Cyrillic list, one row a person, the kind of punishment
   (`бас бостандығынан айыру`, `бас бостандығын шектеу`, `шартты түрде`, `ақталды`, `айыппұл`, and Russian cells
   `лишение свободы`, `ограничение свободы`) and its term (`5 жыл`, `2 жыл 6 ай`, `3 года`) in separate columns,
   Kazakh article forms (`405-бап 2-бөлік`, `ҚР ҚК 174-бабының 1-бөлігі`), dates `2021 жылғы 5 мамыр`,
   `наурыз 2020`, `12.03.2021`, year headings (`2020 жыл`) between the rows, a note column in both languages that
   sometimes tells a later release (`2022 жылы рақымшылық бойынша босатылды`, `мерзімінен бұрын шартты түрде
   босатылды`, `2023 жылы босатылды`, `освобождён по УДО в 2022 г.`); the year of birth sometimes a full date.
4. `case_db_export.xlsx`: a database dump, sheet `data` with numeric codes (`city_cd`, `status_cd`, `art_cd`
   with `|` between several codes), `yob`, `term_m`, ISO dates, `dvk_flag` 1/0, and a HIDDEN sheet `codebook`
   (`variable | code | label`) that documents every code.
5. `detention_monitoring.csv`: an English monitoring CSV (UTF-8 with BOM) with two title lines, ages at
   detention (`34`, `27 y.o.`) and a `Date of birth` filled for some rows only, the city written with its
   region (`Mangystau region, Zhanaozen`, `Karaganda obl. / Temirtau`), dates `5 January 2022` / `2022-01-06` /
   `06.01.2022`, articles `272(2); 380(1)`, a status column and a separate term column, notes naming ties, rows
   of people given an administrative arrest after a rally (`CAO 488(6)` / `КоАП 488 ч. 6`, `Administrative
   arrest`, `15 days` / `15 сут.`), and a closing note line.

Decisions taken for the truth
-----------------------------
- city is the town the row names (the Background prose in file 1, the place column elsewhere, the code via the
  codebook in file 4); the place of detention never gives the city. region is that town's current region (Semey: Abai; Taldykorgan: Jetisu;
  Kapchagay / Konaev: Almaty Region; Zhezkazgan: Ulytau; Uralsk: West Kazakhstan).
- articles: criminal code only, `174(1); 405(2)`, ascending; an administrative article (КоАП, CAO, code 8 of the
  codebook) is left out; `ст. 405 ч. 1 и ч. 2` is `405(1); 405(2)`.
- status: the measure or sentence written; `N years suspended` / `условно` / `шартты түрде` is probation (its term
  the suspended term); a fine is fined with no term; `подписка о невыезде` / under investigation is
  under_investigation; a row under the heading `D. Released since 2022` is released, its original term kept;
  `released on parole` / `освобождён по УДО` / `released under amnesty` is released (the README: parole is released);
  `ақталды` / `оправдан` / acquitted is acquitted with no term.
- sentence_months: the term of the sentence (or of a restricted freedom or suspended sentence); none for a fine,
  pre-trial detention, house arrest, investigation or acquittal; `2 г. 6 мес.` is 30; an additional ban on an
  activity (`запрет ... на 4 года`, `a 5-year ban`) is not the term: the main punishment's term is.
- administrative arrest (README "Decided readings"): not a criminal status, so status `unknown` (the row says
  nothing else), no sentence_months (days of an administrative measure are no criminal term), and its CAO article
  gives no criminal charge (articles empty).
- a note that tells a release after the sentence (in Kazakh or Russian) makes the case `released`, its term kept
  (`мерзімінен бұрын шартты түрде босатылды` is release on parole, not a suspended sentence).
- a date column whose header says `mm/dd/yyyy` is month first (the README: day first unless the header says mm/dd).
- cells merged down over two case rows belong to each of them (README "How values are read").
- started_on: the earliest of the dates the row gives (arrest, detention, verdict, opening of the case); a month
  gives its first day with precision month, a year its 1 January with precision year; `весна 2021` (a season)
  names its year: 1 January of it, precision year. (Written first as no date, a row whose only date is a season
  having no started_on; the lead decided after scoring that a season names its year and precision year is honest,
  and these 3 rows of file 2 were changed to that reading: the only change of the truth.)
- birth_year: only where a year or a date of birth is written; an age at detention gives none (the project's
  decided reading: an age would be a guess); `(b. 1984)` in the name cell is 1984.
- dvk_koshe: true only where the row names DVK / ҚДТ / Koshe / Көше партиясы (in prose, a note or a 1 in the
  flag column); `ДВК?` / `ҚДТ?` / `DVK?` is false; article 405 alone never makes it true.
- Section headings, title-free footnotes and total lines below the header are not_a_case rows; the hidden
  codebook sheet is documentation, not a list: it has no rows in the truth (as a legend sheet or a form's
  definition is read as no rows).
- name: as written, without the `(b. 1984)` / `, born 1979` part.
"""
from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

TRUTH_COLUMNS = ["source_file", "source_sheet", "source_row", "kind", "city", "region", "articles", "status",
                 "sentence_months", "started_on", "started_precision", "birth_year", "dvk_koshe", "name"]

# canonical city, region, English spelling, Russian spelling, Kazakh spelling
CITIES = [
    ("Almaty", "Almaty", "Almaty", "г. Алматы", "Алматы қ."),
    ("Astana", "Astana", "Nur-Sultan", "г. Нур-Султан", "Астана қаласы"),
    ("Shymkent", "Shymkent", "Shymkent", "г. Шымкент", "Шымкент қаласы"),
    ("Oral", "West Kazakhstan", "Uralsk", "г. Уральск", "Орал"),
    ("Oskemen", "East Kazakhstan", "Ust-Kamenogorsk", "г. Усть-Каменогорск", "Өскемен"),
    ("Semey", "Abai", "Semey", "г. Семей", "Семей"),
    ("Taldykorgan", "Jetisu", "Taldykorgan", "г. Талдыкорган", "Талдықорған"),
    ("Konaev", "Almaty Region", "Kapchagay", "г. Капшагай", "Қонаев"),
    ("Aktobe", "Aktobe", "Aktobe", "г. Актобе", "Ақтөбе"),
    ("Atyrau", "Atyrau", "Atyrau", "г. Атырау", "Атырау"),
    ("Taraz", "Zhambyl", "Taraz", "г. Тараз", "Тараз"),
    ("Zhanaozen", "Mangystau", "Zhanaozen", "г. Жанаозен", "Жаңаөзен"),
    ("Aktau", "Mangystau", "Aktau", "г. Актау", "Ақтау"),
    ("Karaganda", "Karaganda", "Karaganda", "г. Караганда", "Қарағанды"),
    ("Pavlodar", "Pavlodar", "Pavlodar", "г. Павлодар", "Павлодар"),
    ("Kostanay", "Kostanay", "Kostanay", "г. Костанай", "Қостанай"),
    ("Kyzylorda", "Kyzylorda", "Kyzylorda", "г. Кызылорда", "Қызылорда"),
    ("Petropavl", "North Kazakhstan", "Petropavlovsk", "г. Петропавловск", "Петропавл"),
    ("Zhezkazgan", "Ulytau", "Zhezkazgan", "г. Жезказган", "Жезқазған"),
    ("Kokshetau", "Akmola", "Kokshetau", "г. Кокшетау", "Көкшетау"),
    ("Temirtau", "Karaganda", "Temirtau", "г. Темиртау", "Теміртау"),
    ("Turkistan", "Turkistan", "Turkestan", "г. Туркестан", "Түркістан"),
]

SURNAMES = ["Нурланов", "Сапаров", "Жумабеков", "Толеубаев", "Бекболатов", "Касымбеков", "Серикбаев", "Оспанов",
            "Тулегенов", "Садыков", "Ермеков", "Кенжебаев", "Абдрахманов", "Исабеков", "Жаксылыков", "Муратбеков",
            "Белозёров", "Кудрявцев", "Голованов", "Ларионов", "Шевцов", "Ким", "Пак", "Цой", "Юсупов", "Гасанов",
            "Байжанов", "Утепов", "Калиев", "Темирбаев", "Досымов", "Шаймерденов"]
MALE = ["Асхат", "Ерлан", "Нурлан", "Бауыржан", "Дархан", "Ержан", "Серик", "Марат", "Канат", "Жандос", "Алексей",
        "Дмитрий", "Игорь", "Виктор", "Руслан", "Тимур", "Азамат", "Данияр"]
FEMALE = ["Айгуль", "Динара", "Жанар", "Гульнара", "Салтанат", "Мадина", "Асель", "Ольга", "Наталья", "Елена",
          "Айжан", "Камила"]
TRANSLIT = str.maketrans({
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ё": "Yo", "Ж": "Zh", "З": "Z", "И": "I", "Й": "Y",
    "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T", "У": "U", "Ф": "F",
    "Х": "Kh", "Ц": "Ts", "Ч": "Ch", "Ш": "Sh", "Щ": "Shch", "Ы": "Y", "Э": "E", "Ю": "Yu", "Я": "Ya",
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": ""})

RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
          "декабря"]
RU_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
          "декабрь"]
KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша",
      "желтоқсан"]
EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December"]

PRISON_REGIONS = ["Pavlodar region", "Karaganda region", "Abai region", "Almaty region", "Kostanay region",
                  "Zhambyl region"]

# articles as (article, part) pairs; a charge set is a tuple of them, plus whether an administrative one is named
CHARGE_SETS = [((405, 2),), ((405, 1),), ((405, 2), (174, 1)), ((174, 1),), ((274, 4),), ((380, 1),),
               ((272, 2),), ((272, 2), (380, 1)), ((182, 2), (405, 2)), ((174, 2),), ((179, 2),), ((405, 2),),
               ((274, 2),), ((258, 1), (405, 2))]


def _names(rng: random.Random, n: int) -> list[tuple[str, str, bool]]:
    """n distinct (surname, first name, female) triples."""
    pool = [(s, f, False) for s in SURNAMES for f in MALE] + [(s, f, True) for s in SURNAMES for f in FEMALE]
    rng.shuffle(pool)
    return pool[:n]


def _fem(surname: str, female: bool) -> str:
    if not female or surname in ("Ким", "Пак", "Цой"):
        return surname
    return surname + "а"


def _latin(text: str) -> str:
    return text.translate(TRANSLIT)


def _articles(charges) -> str:
    return "; ".join(f"{a}({p})" if p else str(a) for a, p in sorted(set(charges)))


def _date(rng: random.Random, lo: int = 2019, hi: int = 2023) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def _iso(y: int, m: int = 1, d: int = 1) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def _ru_years(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} года"
    return f"{n} лет"


def _case(file: str, sheet: str, row: int, **fields) -> dict:
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case", **fields}


def _other(file: str, sheet: str, row: int) -> dict:
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case"}


def _set_widths(ws, widths):
    for letter, width in zip("ABCDEFGHIJKLMN", widths):
        ws.column_dimensions[letter].width = width


# ---------------------------------------------------------------- 1. English foundation list
def _foundation(folder: Path) -> list[dict]:
    file, sheet = "foundation_political_prisoners.xlsx", "Prisoners"
    rng = random.Random(2001)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Kazakhstan: Political Prisoners and Persons Prosecuted for Peaceful Dissent"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Compiled by the Steppe Liberty Foundation. Updated: 1 March 2024."
    header = ["No.", "Name", "Date of arrest (mm/dd/yyyy)", "Charges", "Sentence", "Place of detention",
              "Health concerns", "Background"]
    ws.append([])
    ws.append(header)
    for c in ws[4]:
        c.font = Font(bold=True)
    truth: list[dict] = []
    sections = [("A. Currently imprisoned", "imprisoned", 24), ("B. Non-custodial sentences", "noncustodial", 16),
                ("C. Awaiting trial or under investigation", "pretrial", 12), ("D. Released since 2022", "released", 16)]
    people = iter(_names(rng, 80))
    number = 0
    colonies = ["Penal colony UG-157/1", "Penal colony EC-166/11", "Medium-security colony AK-159/21",
                "Colony-settlement LA-155/12", "Maximum-security colony UK-161/2"]
    health = ["None reported", "Hypertension; requests for treatment ignored", "Diabetes", "", "Back injury after arrest",
              "Hunger strike in 2022", ""]
    ties = ["Member of the Democratic Choice of Kazakhstan (DVK) in {town}; the movement was banned as extremist in 2018.",
            "Supporter of the Koshe Party from {town}; took part in peaceful rallies.",
            "Posted videos supporting the DVK leader's calls for protest; DVK activist from {town}.",
            "Active in the Koshe Partiyasy (Street Party) chat groups; lives in {town}."]
    plain = ["Civic activist and blogger from {town}, critical of local officials.", "Independent journalist based in {town}.",
             "Muslim believer from {town}; accused of links to a banned religious group.",
             "Trade union organiser at an oil company in {town}.",
             "Land-rights activist from {town}.", "Human-rights defender in {town}; monitored trials."]
    r = 4
    for heading, kind, count in sections:
        r += 1
        ws.cell(r, 1, heading).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        truth.append(_other(file, sheet, r))
        for _ in range(count):
            r += 1
            number += 1
            surname, first, female = next(people)
            name = f"{_latin(first)} {_latin(_fem(surname, female))}"
            city = CITIES[rng.randrange(len(CITIES))]
            born = rng.choice([None, None, rng.randint(1960, 2000)])
            if born is None:
                name_cell = name
            else:
                name_cell = rng.choice([f"{name} (b. {born})", f"{name}, born {born}"])
            y, m, d = _date(rng, 2019, 2023 if kind in ("pretrial",) else 2022)
            form = rng.randrange(5)
            if form == 0:
                date_cell, started, prec = f"{m:02d}/{d:02d}/{y}", _iso(y, m, d), "day"
            elif form == 1:
                date_cell, started, prec = f"{m}/{d}/{y}", _iso(y, m, d), "day"
            elif form == 2:
                date_cell, started, prec = f"{EN[m - 1]} {y}", _iso(y, m), "month"
            elif form == 3:
                date_cell, started, prec = str(y), _iso(y), "year"
            else:
                date_cell, started, prec = f"{m:02d}/{d:02d}/{y}", _iso(y, m, d), "day"
            charges = CHARGE_SETS[rng.randrange(len(CHARGE_SETS))]
            cform = rng.randrange(4)
            if len(charges) == 1:
                a, p = charges[0]
                charges_cell = [f"Art. {a}({p})", f"Article {a} Part {p}", f"Art. {a}({p}) of the Criminal Code",
                                f"Art. {a} Part {p}"][cform]
            else:
                (a1, p1), (a2, p2) = charges
                charges_cell = [f"Articles {a1}({p1}) and {a2}({p2})", f"Art. {a1}({p1}); Art. {a2}({p2})",
                                f"Art. {a1} Part {p1}, Art. {a2} Part {p2}", f"Arts. {a1}({p1}), {a2}({p2})"][cform]
            if rng.random() < 0.12:
                charges_cell += "; earlier fined under CAO Art. 488"
            months = None
            if kind == "imprisoned":
                months = rng.choice([24, 30, 36, 42, 48, 60, 72, 84, 96])
                status = "imprisoned"
                yrs, mo = divmod(months, 12)
                term = f"{yrs} years" + (f" {mo} months" if mo else "")
                sentence = rng.choice([f"{term}' imprisonment", f"{term} in a general-regime penal colony",
                                       f"{term} of imprisonment"]).replace("years'", "years'")
                place = f"{rng.choice(colonies)}, {rng.choice(PRISON_REGIONS)}"
            elif kind == "noncustodial":
                status = rng.choice(["restricted_freedom", "probation", "fined"])
                if status == "restricted_freedom":
                    months = rng.choice([12, 24, 36, 60])
                    sentence = rng.choice([f"{months // 12} years of restricted freedom",
                                           f"Restricted freedom, {months // 12} years",
                                           (f"{months // 12} years of restricted freedom and a 5-year ban on public "
                                            "and political activity"),
                                           (f"{months // 12} years of restricted freedom plus 100 hours of community "
                                            "service")]).replace("1 years", "1 year")
                elif status == "probation":
                    months = rng.choice([12, 24, 36])
                    sentence = rng.choice([f"{months // 12}-year suspended sentence",
                                           f"{months // 12} years suspended"]).replace("1 years", "1 year")
                else:
                    sentence = f"Fine of {rng.choice([200, 300, 500, 1000])} MCI"
                place = "At liberty"
            elif kind == "pretrial":
                status = rng.choice(["pretrial_detention", "house_arrest", "under_investigation"])
                sentence = {"pretrial_detention": "Awaiting trial in pre-trial detention",
                            "house_arrest": "House arrest pending trial",
                            "under_investigation": "Under investigation; travel ban"}[status]
                place = {"pretrial_detention": f"Pre-trial detention centre, {city[2]}",
                         "house_arrest": "Home", "under_investigation": "At liberty"}[status]
            else:
                status = "released"
                months = rng.choice([24, 36, 48, 60, 84])
                yrs = months // 12
                ry = rng.randint(max(y + 1, 2022), 2023)
                sentence = rng.choice([f"{yrs} years' imprisonment; released on parole in {EN[rng.randrange(12)]} {ry}",
                                       f"{yrs} years' imprisonment",
                                       f"{yrs} years' imprisonment, released under amnesty {ry}"])
                place = "Released"
            dvk = rng.random() < 0.35
            background = (rng.choice(ties) if dvk else rng.choice(plain)).format(town=city[2])
            ws.append([number, name_cell, date_cell, charges_cell, sentence, place, rng.choice(health),
                       background])
            truth.append(_case(file, sheet, r, city=city[0], region=city[1], articles=_articles(charges),
                               status=status, sentence_months=months, started_on=started, started_precision=prec,
                               birth_year=born, dvk_koshe=dvk, name=name))
    r += 1
    ws.cell(r, 1, f"Total: {number} persons")
    truth.append(_other(file, sheet, r))
    r += 2
    ws.cell(r, 1, "Sources: court records, relatives and lawyers of the persons listed; independent media.")
    truth.append(_other(file, sheet, r))
    _set_widths(ws, [5, 30, 18, 30, 36, 34, 28, 60])
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------- 2. Russian Excel list, two-row header
def _ru_term(months: int, style: int) -> str:
    y, m = divmod(months, 12)
    if style == 0:
        return " ".join(p for p in (f"{y} г." if y else "", f"{m} мес." if m else "") if p)
    return " ".join(p for p in (_ru_years(y) if y else "", f"{m} месяцев" if m else "") if p)


def _russian(folder: Path) -> list[dict]:
    file, sheet = "spisok_presleduemyh_2021.xlsx", "Список"
    rng = random.Random(2002)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "СПИСОК лиц, подвергшихся политически мотивированному уголовному преследованию"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "(по состоянию на 1 декабря 2021 г.)"
    top = ["№ п/п", "Ф.И.О.", "Год рожд.", "Город / нас. пункт", "Статья УК РК", "Даты", None,
           "Мера пресечения / приговор", "Примечание"]
    for col, value in enumerate(top, 1):
        if value:
            ws.cell(4, col, value).font = Font(bold=True)
    ws.cell(5, 6, "задержания").font = Font(bold=True)
    ws.cell(5, 7, "приговора").font = Font(bold=True)
    ws.merge_cells("F4:G4")
    for col in "ABCDEHI":
        ws.merge_cells(f"{col}4:{col}5")
    truth: list[dict] = []
    people = _names(rng, 80)
    notes_tie = ["активист ДВК", "сторонник «Көше партиясы»", "участник чата «Демократический выбор Казахстана»",
                 "ДВК, выходил на митинг 21.09.2019"]
    notes_plain = ["журналист", "по данным родственников", "", "", "гражданский активист", "ДВК?",
                   "верующий", "блогер"]
    r = 5
    for i, (surname, first, female) in enumerate(people[:75]):
        r += 1
        name = f"{_fem(surname, female)} {first}"
        city = CITIES[rng.randrange(len(CITIES))]
        city_cell = rng.choice([city[3], city[3].replace("г. ", ""), city[3] + " "]) if city[0] != "Almaty" \
            else rng.choice(["г. Алматы", "Алма-Ата", "Алматы"])
        born = rng.choice([rng.randint(1960, 2001), rng.randint(1960, 2001), None])
        charges = CHARGE_SETS[rng.randrange(len(CHARGE_SETS))]
        if len(charges) == 1:
            a, p = charges[0]
            art = rng.choice([f"ч.{p} ст.{a} УК РК", f"ст. {a} ч. {p} УК РК", f"ч. {p} ст. {a}"])
        else:
            (a1, p1), (a2, p2) = charges
            art = rng.choice([f"ч.{p1} ст.{a1}, ч.{p2} ст.{a2} УК РК", f"ч.{p1} ст.{a1} УК РК; ч.{p2} ст.{a2} УК РК"])
        if i % 15 == 4:
            charges = ((405, 1), (405, 2))
            art = "ст. 405 ч. 1 и ч. 2 УК РК"
        if i % 11 == 7:
            art += "; ст. 488 КоАП РК"
        status = rng.choice(["imprisoned", "imprisoned", "restricted_freedom", "probation", "fined",
                             "pretrial_detention", "house_arrest", "under_investigation", "released", "acquitted"])
        months = None
        dy, dm, dd = _date(rng, 2019, 2021)
        sent = None
        if status in ("imprisoned", "restricted_freedom", "probation", "fined", "released", "acquitted"):
            verdict = date(dy, dm, dd) + timedelta(days=rng.randint(60, 240))
            sent = (verdict.year, verdict.month, verdict.day) if verdict < date(2021, 12, 1) else None
        if status == "imprisoned":
            months = rng.choice([18, 24, 30, 36, 42, 60, 78, 84])
            measure = rng.choice([f"{_ru_term(months, 0)} лишения свободы", f"лишение свободы на {_ru_term(months, 1)}",
                                  f"{_ru_term(months, 0)} л/с",
                                  (f"{_ru_term(months, 0)} лишения свободы в колонии общего режима, "
                                   "запрет на журналистскую деятельность 3 г.")])
        elif status == "restricted_freedom":
            months = rng.choice([12, 24, 36, 60])
            measure = rng.choice([f"ограничение свободы на {_ru_term(months, 1)}",
                                  f"{_ru_term(months, 0)} ограничения свободы",
                                  (f"ограничение свободы на {_ru_term(months, 1)} с запретом заниматься "
                                   f"общественно-политической деятельностью на {_ru_years(months // 12 + 2)}")])
        elif status == "probation":
            months = rng.choice([12, 24, 36])
            measure = rng.choice([f"{_ru_term(months, 1)} условно", f"условно {_ru_term(months, 0)}"])
        elif status == "fined":
            measure = rng.choice([f"штраф {rng.choice([100, 200, 500])} МРП", "штраф"])
        elif status == "pretrial_detention":
            measure = rng.choice(["под стражей (СИЗО)", "содержится в СИЗО", "арестован, содержится в СИЗО"])
        elif status == "house_arrest":
            measure = "домашний арест"
        elif status == "under_investigation":
            measure = rng.choice(["подписка о невыезде", "следствие, подписка о невыезде"])
        elif status == "released":
            months = rng.choice([24, 36, 48])
            measure = f"{_ru_term(months, 0)} лишения свободы, освобождён по УДО"
        else:
            measure = rng.choice(["оправдан", "оправдан судом"])
        form = rng.randrange(6) if i % 25 != 10 else 9
        if form in (0, 1):
            det_cell, started, prec = f"{dd} {RU_GEN[dm - 1]} {dy} г.", _iso(dy, dm, dd), "day"
        elif form == 2:
            det_cell, started, prec = f"{dd:02d}.{dm:02d}.{dy}", _iso(dy, dm, dd), "day"
        elif form == 3:
            det_cell, started, prec = f"{RU_NOM[dm - 1]} {dy}", _iso(dy, dm), "month"
        elif form == 4:
            det_cell, started, prec = f"{dy} г.", _iso(dy), "year"
        elif form == 5:
            det_cell, started, prec = "", None, None
        else:  # a season names its year (precision year, the lead's reading); such rows give no verdict date
            det_cell, started, prec = f"{rng.choice(['весна', 'осень'])} {dy}", _iso(dy), "year"
            sent = None
            status, months = "pretrial_detention", None
            measure = "под стражей (СИЗО)"
        sent_cell = ""
        if sent is not None:
            sy, sm, sd = sent
            sent_cell = rng.choice([f"{sd} {RU_GEN[sm - 1]} {sy} г.", f"{sd:02d}.{sm:02d}.{sy}"])
            if started is None or _iso(sy, sm, sd) < started:
                started, prec = _iso(sy, sm, sd), "day"
        if started is None and form == 5:
            # no detention date and no verdict: give a detention month instead
            det_cell, started, prec = f"{RU_NOM[dm - 1]} {dy}", _iso(dy, dm), "month"
        dvk = rng.random() < 0.3
        note = rng.choice(notes_tie) if dvk else rng.choice(notes_plain)
        ws.append([i + 1, name, born if born else "", city_cell, art, det_cell, sent_cell, measure, note])
        truth.append(_case(file, sheet, r, city=city[0], region=city[1], articles=_articles(charges), status=status,
                           sentence_months=months, started_on=started, started_precision=prec, birth_year=born,
                           dvk_koshe=dvk, name=name))
    # three people with two cases each: number, name, year and town merged down over their two rows
    twice = [((405, 2),), ((174, 1),), ((274, 4),), ((405, 2), (182, 2)), ((380, 1),), ((405, 1),)]
    for k, (surname, first, female) in enumerate(people[75:78]):
        name = f"{_fem(surname, female)} {first}"
        city = CITIES[(5 * k + 3) % len(CITIES)]
        born = 1970 + 7 * k
        for j in range(2):
            r += 1
            charges = twice[2 * k + j]
            art = ", ".join(f"ч.{p} ст.{a} УК РК" for a, p in charges)
            y, m, d = 2019 + j * 2, 3 + k, 10 + j
            if j == 0:
                measure, status, months = "1 год условно", "probation", 12
                ws.append([76 + k, name, born, city[3], art, f"{d} {RU_GEN[m - 1]} {y} г.", "", measure,
                           "первое дело"])
            else:
                measure, status, months = "содержится в СИЗО", "pretrial_detention", None
                ws.append([None, None, None, None, art, f"{d:02d}.{m:02d}.{y}", "", measure, "второе дело"])
            truth.append(_case(file, sheet, r, city=city[0], region=city[1], articles=_articles(charges),
                               status=status, sentence_months=months, started_on=_iso(y, m, d), started_precision="day",
                               birth_year=born, dvk_koshe=False, name=name))
        for col in "ABCD":
            ws.merge_cells(f"{col}{r - 1}:{col}{r}")
    r += 1
    ws.cell(r, 1, "Всего: 78 чел. (81 дело)")
    truth.append(_other(file, sheet, r))
    r += 1
    ws.cell(r, 1, "* Сведения уточняются; даты задержания указаны со слов родственников.")
    truth.append(_other(file, sheet, r))
    _set_widths(ws, [6, 34, 10, 22, 30, 18, 18, 40, 36])
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------- 3. Kazakh Cyrillic list, kind and term apart
def _kk_term(months: int) -> str:
    y, m = divmod(months, 12)
    return " ".join(p for p in (f"{y} жыл" if y else "", f"{m} ай" if m else "") if p)


KK_PATRONYMIC = {"Асхат": "Асхатұлы", "Ерлан": "Ерланұлы", "Нурлан": "Нұрланұлы", "Марат": "Маратұлы",
                 "Серик": "Серікұлы", "Канат": "Қанатұлы"}


def _kazakh(folder: Path) -> list[dict]:
    file, sheet = "sayasi_kudalau_tizimi.xlsx", "Тізім"
    rng = random.Random(2003)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Саяси себептермен қудаланған азаматтардың тізімі"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "2023 жылғы 1 қазандағы жағдай бойынша"
    ws.append([])
    ws.append(["Р/с", "Аты-жөні", "Туған жылы", "Тұрғылықты жері", "ҚР ҚК бабы", "Жаза түрі", "Мерзімі",
               "Ұсталған күні", "Ескерту"])
    truth: list[dict] = []
    people = iter(_names(rng, 80))
    r = 4
    n = 0
    released_notes = 0
    for year, count in ((2020, 20), (2021, 22), (2022, 20)):
        r += 1
        ws.cell(r, 1, rng.choice([f"{year} жыл", f"{year} жылы ұсталғандар"]))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        truth.append(_other(file, sheet, r))
        for _ in range(count):
            r += 1
            n += 1
            surname, first, female = next(people)
            fathers = list(KK_PATRONYMIC)
            father = fathers[rng.randrange(len(fathers))]
            patronymic = KK_PATRONYMIC[father] if not female else father + "қызы"
            name = f"{_fem(surname, female)} {first} {patronymic}"
            city = CITIES[rng.randrange(len(CITIES))]
            city_cell = rng.choice([city[4], city[4], city[3]])
            born = rng.choice([rng.randint(1958, 2002), rng.randint(1958, 2002), None])
            born_cell = "" if born is None else rng.choice([str(born), f"{born} ж.т.", f"{born} ж.",
                                                            f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{born}"])
            charges = CHARGE_SETS[rng.randrange(len(CHARGE_SETS))]
            parts = []
            for a, p in charges:
                parts.append(rng.choice([f"{a}-бап {p}-бөлік", f"ҚР ҚК {a}-бабының {p}-бөлігі", f"{a}-баптың {p}-бөлігі",
                                         f"ч.{p} ст.{a} УК РК"]))
            art = ", ".join(parts)
            status = rng.choice(["imprisoned", "imprisoned", "restricted_freedom", "probation", "acquitted", "fined",
                                 "pretrial_detention", "house_arrest"])
            months = None
            if status == "imprisoned":
                months = rng.choice([24, 30, 36, 60, 84, 42])
                kind = rng.choice(["бас бостандығынан айыру", "бас бостандығынан айыру", "лишение свободы"])
                term = rng.choice([_kk_term(months), _kk_term(months), _ru_term(months, 1)])
            elif status == "restricted_freedom":
                months = rng.choice([12, 24, 36, 48])
                kind = rng.choice(["бас бостандығын шектеу", "ограничение свободы"])
                term = rng.choice([_kk_term(months), _ru_term(months, 1)])
            elif status == "probation":
                months = rng.choice([12, 24, 36])
                kind = rng.choice(["шартты түрде", "шартты түрде сотталды", "условно"])
                term = _kk_term(months)
            elif status == "acquitted":
                kind, term = rng.choice(["ақталды", "ақталды", "оправдан"]), ""
            elif status == "fined":
                kind, term = "айыппұл", rng.choice(["", "200 АЕК", "500 АЕК"])
            elif status == "pretrial_detention":
                kind, term = rng.choice(["тергеу изоляторында", "қамауда (тергеу изоляторы)"]), ""
            else:
                kind, term = "үй қамағы", ""
            m, d = rng.randint(1, 12), rng.randint(1, 28)
            form = rng.randrange(4)
            if form == 0:
                date_cell, started, prec = f"{d:02d}.{m:02d}.{year}", _iso(year, m, d), "day"
            elif form == 1:
                date_cell, started, prec = f"{year} жылғы {d} {KK[m - 1]}", _iso(year, m, d), "day"
            elif form == 2:
                date_cell, started, prec = f"{KK[m - 1]} {year}", _iso(year, m), "month"
            else:
                date_cell, started, prec = f"{d} {RU_GEN[m - 1]} {year} г.", _iso(year, m, d), "day"
            roll = rng.random()
            if roll < 0.18:
                note, dvk = rng.choice(["ҚДТ белсендісі", "ҚДТ жақтаушысы"]), True
            elif roll < 0.3:
                note, dvk = rng.choice(["Көше партиясының мүшесі", "Көше партиясы"]), True
            elif roll < 0.34:
                note, dvk = "активист ДВК", True
            elif roll < 0.40:
                note, dvk = "ҚДТ?", False
            else:
                note, dvk = rng.choice(["журналист", "", "", "азаматтық белсенді", "блогер", "дін ұстанушы"]), False
            if status == "imprisoned" and year < 2022 and rng.random() < 0.6:
                # a release told in the note: amnesty, or parole (шартты түрде мерзімінен бұрын босату)
                release = ["2022 жылы рақымшылық бойынша босатылды", "мерзімінен бұрын шартты түрде босатылды",
                           "освобождён по УДО в 2022 г.", "2023 жылы босатылды"][released_notes % 4]
                released_notes += 1
                note, status = (f"{note}; {release}" if note else release), "released"
            ws.append([n, name, born_cell, city_cell, art, kind, term, date_cell, note])
            truth.append(_case(file, sheet, r, city=city[0], region=city[1], articles=_articles(charges),
                               status=status, sentence_months=months, started_on=started, started_precision=prec,
                               birth_year=born, dvk_koshe=dvk, name=name))
    r += 1
    ws.cell(r, 1, f"Барлығы: {n} адам")
    truth.append(_other(file, sheet, r))
    _set_widths(ws, [5, 36, 12, 18, 32, 28, 14, 22, 28])
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------- 4. database dump with a hidden codebook
DB_CITIES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 13, 17, 18]  # indexes into CITIES; code = position + 1
DB_STATUS = ["imprisoned", "restricted_freedom", "probation", "fined", "pretrial_detention", "house_arrest",
             "under_investigation", "released", "acquitted"]
DB_STATUS_LABEL = ["лишение свободы", "ограничение свободы", "условное осуждение", "штраф",
                   "содержание под стражей", "домашний арест", "подписка о невыезде (следствие)",
                   "освобождён", "оправдан"]
DB_ARTICLES = [((405, 1), "ст. 405 ч. 1 УК РК"), ((405, 2), "ст. 405 ч. 2 УК РК"), ((174, 1), "ст. 174 ч. 1 УК РК"),
               ((174, 2), "ст. 174 ч. 2 УК РК"), ((274, 4), "ст. 274 ч. 4 УК РК"), ((380, 1), "ст. 380 ч. 1 УК РК"),
               ((272, 2), "ст. 272 ч. 2 УК РК"), (None, "ст. 488 КоАП РК (административная)")]


def _database(folder: Path) -> list[dict]:
    file, sheet = "case_db_export.xlsx", "data"
    rng = random.Random(2004)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["id", "fio", "yob", "city_cd", "status_cd", "art_cd", "term_m", "dt_det", "dt_sent", "dvk_flag"])
    truth: list[dict] = []
    for i, (surname, first, female) in enumerate(_names(rng, 55)):
        r = i + 2
        name = f"{_fem(surname, female)} {first}"
        ci = DB_CITIES[rng.randrange(len(DB_CITIES))]
        city = CITIES[ci]
        s = rng.randrange(len(DB_STATUS))
        status = DB_STATUS[s]
        codes = sorted(rng.sample(range(7), rng.choice([1, 1, 2])))
        if rng.random() < 0.15:
            codes.append(7)
        charges = [DB_ARTICLES[c][0] for c in codes if DB_ARTICLES[c][0]]
        months = {"imprisoned": rng.choice([24, 36, 60, 84]), "restricted_freedom": rng.choice([12, 24, 36]),
                  "probation": rng.choice([12, 24]), "released": rng.choice([24, 36])}.get(status)
        dy, dm, dd = _date(rng, 2019, 2022)
        det = _iso(dy, dm, dd)
        sent = ""
        if status in ("imprisoned", "restricted_freedom", "probation", "fined", "released", "acquitted"):
            sent = _iso(dy + 1, rng.randint(1, 12), rng.randint(1, 28))
        if rng.random() < 0.1:
            det = ""
        started = det or sent or None
        born = rng.choice([rng.randint(1960, 2000), rng.randint(1960, 2000), None])
        dvk = rng.random() < 0.3
        ws.append([1000 + i, name, born if born else None, ci + 1, s + 1, "|".join(str(c + 1) for c in codes),
                   months, det or None, sent or None, int(dvk)])
        truth.append(_case(file, sheet, r, city=city[0], region=city[1], articles=_articles(charges), status=status,
                           sentence_months=months, started_on=started, started_precision="day" if started else None,
                           birth_year=born, dvk_koshe=dvk, name=name))
    book = wb.create_sheet("codebook")
    book.append(["variable", "code", "label"])
    for ci in DB_CITIES:
        book.append(["city_cd", ci + 1, CITIES[ci][3]])
    for s, label in enumerate(DB_STATUS_LABEL):
        book.append(["status_cd", s + 1, label])
    for c, (_, label) in enumerate(DB_ARTICLES):
        book.append(["art_cd", c + 1, label])
    book.append(["dvk_flag", 1, "связь с ДВК / Көше партиясы указана в деле"])
    book.append(["dvk_flag", 0, "не указана"])
    book.sheet_state = "hidden"
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------- 5. English monitoring CSV with ages
def _monitoring(folder: Path) -> list[dict]:
    file = "detention_monitoring.csv"
    rng = random.Random(2005)
    lines = [["Monitoring of detentions and prosecutions, January 2022 and after"],
             ["Compiled by volunteers; ages as reported by families at the time of detention"],
             ["#", "Full name", "Age at detention", "Date of birth", "Oblast / city", "Date detained", "Article(s)",
              "Current status", "Term", "Affiliation / notes"]]
    truth: list[dict] = []
    places = {
        "Almaty": ["Almaty", "Almaty city"], "Astana": ["Astana", "Nur-Sultan"], "Shymkent": ["Shymkent"],
        "Zhanaozen": ["Mangystau region, Zhanaozen", "Mangystau obl. / Zhanaozen"],
        "Aktau": ["Mangystau region, Aktau"], "Temirtau": ["Karaganda region, Temirtau", "Karaganda obl. / Temirtau"],
        "Semey": ["Abai region, Semey", "East Kazakhstan region, Semey"],
        "Konaev": ["Almaty region, Konaev", "Almaty region, Kapchagay"],
        "Taldykorgan": ["Zhetysu region, Taldykorgan", "Almaty region, Taldykorgan"],
        "Taraz": ["Zhambyl region, Taraz"], "Kyzylorda": ["Kyzylorda"], "Aktobe": ["Aktobe region, Aktobe"],
        "Oral": ["West Kazakhstan region, Uralsk"], "Atyrau": ["Atyrau"],
    }
    by_name = {c[0]: c for c in CITIES}
    statuses = ["imprisoned", "imprisoned", "pretrial_detention", "released", "restricted_freedom", "probation",
                "acquitted", "fined", "house_arrest", "under_investigation"]
    for i, (surname, first, female) in enumerate(_names(rng, 56)):
        row = i + 4
        name = f"{_latin(_fem(surname, female)).upper()} {_latin(first)}"
        key = list(places)[rng.randrange(len(places))]
        city = by_name[key]
        place = rng.choice(places[key])
        y, m, d = (2022, 1, rng.randint(4, 11)) if rng.random() < 0.6 else _date(rng, 2022, 2023)
        form = rng.randrange(4)
        if form == 0:
            date_cell, started, prec = f"{d} {EN[m - 1]} {y}", _iso(y, m, d), "day"
        elif form == 1:
            date_cell, started, prec = _iso(y, m, d), _iso(y, m, d), "day"
        elif form == 2:
            date_cell, started, prec = f"{d:02d}.{m:02d}.{y}", _iso(y, m, d), "day"
        else:
            date_cell, started, prec = f"{EN[m - 1]} {y}", _iso(y, m), "month"
        age = rng.randint(19, 62)
        age_cell = rng.choice([str(age), f"{age} y.o.", f"{age} years"])
        born = None
        dob = ""
        if rng.random() < 0.35:
            born = y - age - rng.choice([0, 1])
            bm, bd = rng.randint(1, 12), rng.randint(1, 28)
            dob = rng.choice([f"{born}-{bm:02d}-{bd:02d}", f"{bd:02d}.{bm:02d}.{born}"])
        charges = rng.choice([((272, 2),), ((272, 2), (380, 1)), ((380, 1),), ((274, 4),), ((174, 1),),
                              ((405, 2),), ((272, 2), (274, 4))])
        art = rng.choice(["; ".join(f"{a}({p})" for a, p in charges),
                          ", ".join(f"Art. {a} part {p}" for a, p in charges)])
        status = statuses[rng.randrange(len(statuses))]
        if i % 9 == 4:  # an administrative arrest after a rally: no criminal charge, no criminal status
            status = "administrative"
            charges = ()
            art = rng.choice(["CAO 488(6)", "Adm. Code art. 488 part 6", "КоАП 488 ч. 6"])
        months, term = None, ""
        if status == "imprisoned":
            months = rng.choice([36, 42, 60, 84, 96])
            st = rng.choice(["Serving sentence in prison", "Imprisoned", "Sentenced to prison"])
        elif status == "released":
            months = rng.choice([36, 60])
            st = rng.choice(["Released under amnesty", "Released on parole"])
        elif status == "restricted_freedom":
            months = rng.choice([24, 36])
            st = "Restricted freedom"
        elif status == "probation":
            months = rng.choice([12, 24])
            st = "Suspended sentence"
        elif status == "administrative":
            status = "unknown"
            st = "Administrative arrest"
            term = rng.choice(["15 days", "10 days", "15 сут."])
        else:
            st = {"pretrial_detention": "In pre-trial detention (SIZO)", "acquitted": "Acquitted",
                  "fined": "Fined", "house_arrest": "House arrest", "under_investigation": "Under investigation"}[status]
        if months:
            yrs, mo = divmod(months, 12)
            term = rng.choice([f"{yrs} yrs" + (f" {mo} mo" if mo else ""),
                               f"{yrs} years" + (f" {mo} months" if mo else "")])
        roll = rng.random()
        if roll < 0.15:
            note, dvk = rng.choice(["Koshe Party supporter", "QDT activist", "DVK member, per lawyer"]), True
        elif roll < 0.2:
            note, dvk = "DVK?", False
        else:
            note, dvk = rng.choice(["", "", "trade union activist", "detained at a rally", "beaten in custody",
                                    "journalist"]), False
        lines.append([i + 1, name, age_cell, dob, place, date_cell, art, st, term, note])
        truth.append(_case(file, "", row, city=city[0], region=city[1], articles=_articles(charges), status=status,
                           sentence_months=months, started_on=started, started_precision=prec, birth_year=born,
                           dvk_koshe=dvk, name=name))
    lines.append([])
    lines.append(["Note: terms are those of the first-instance verdict unless changed on appeal."])
    truth.append(_other(file, "", len(lines)))
    with open(folder / file, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(lines)
    return truth


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the five lists into `folder`; return the truth, one row per non-blank row below a header."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rows = [*_foundation(folder), *_russian(folder), *_kazakh(folder), *_database(folder), *_monitoring(folder)]
    truth = pd.DataFrame(rows).reindex(columns=TRUTH_COLUMNS)
    truth["source_row"] = truth["source_row"].astype(int)
    truth["sentence_months"] = truth["sentence_months"].astype("Int64")
    truth["birth_year"] = truth["birth_year"].astype("Int64")
    truth["dvk_koshe"] = truth["dvk_koshe"].astype("boolean")
    truth["source_sheet"] = truth["source_sheet"].fillna("")
    return truth
