"""Red-team set 34 (GENERALITY hold-out): five lists from a new partner, in layouts no earlier set copied.

`write_lists(folder)` writes the files and returns the truth: one row per non-blank row below a header row.
Everything is synthetic: invented names, seeded choices (random.Random(34)), no real person.

Files and what each stresses
- `реестр_заседаний_2021-2022.xlsx` (sheet `Реестр`): a lawyers' association's register of the hearings its
  members attended, ONE ROW PER HEARING, in the order of the hearings (the rows of one case are scattered
  among those of others). Two title lines, a legend line, one header row (`№ п/п`, `№ ЕРДР`, `Подзащитный`,
  `Г.р.`, `Город`, `Квалификация`, `Дело возбуждено`, `Дата заседания`, `Вид заседания`, `Результат`,
  `Адвокат`, `Примечание`). The case's cells (ERDR number, name, year, town, charge, opening date) are
  copied onto each of its hearing rows; the hearing kind and its result change: `избрана мера пресечения -
  содержание под стражей`, `срок содержания под стражей продлён на 2 мес.`, `отложено (неявка свидетелей)`,
  the verdict (`признан виновным: 5 лет лишения свободы`), the appeal (`приговор оставлен без изменения`,
  `приговор изменён: наказание снижено до 3 лет лишения свободы`), parole (`ходатайство об УДО
  удовлетворено, освобождён`). A tie to DVK / Koshe is noted on the case's first hearing only.
- `доклад_2021_из_pdf.xlsx` (sheet `Table 1`): the annex of a printed report converted from PDF to Excel:
  each page repeats the report's running title, the table header and ends with a page number line
  (`- 2 -`); cells that wrapped in the PDF are split over two rows (the second row holds only the wrapped
  rest: a patronymic, a second article, `свободы` after `2 года ограничения`, `2021 г.` after `12 июля`);
  on page 3 the converter glued the running number to the name (`23 Абенов Ерлан`) and every later column
  moved one to the left, header included.
- `diaspora_list_en.csv`: a diaspora association's English list (UTF-8, commas): names transliterated the
  English way, towns under their old or Russian-era names (`Alma-Ata`, `Semipalatinsk`, `Ust-Kamenogorsk`,
  `Uralsk`, `Chimkent`, `Guryev`, `Dzhambul`, `Kustanai`, `Aktyubinsk`, `Kapchagay`, `Dzhezkazgan`,
  `Kokchetav`, `Taldy-Kurgan`, `Kzyl-Orda`, `Petropavlovsk`, `Nur-Sultan`), the arrest date as an Excel serial
  number saved as text (`44387`), the verdict date US style under a header that says so
  (`Verdict date (mm/dd/yyyy)`), the case's opening as `Mar 2021` / `March 12, 2021`, the sentence and the
  present situation in two columns, the movement as `DCK`, `Democratic Choice`, `Koshe (Street) Party`,
  `QDT`, with doubt (`DCK (alleged by police, denies)`) and none. A closing line of credits.
- `тізім_2022.xlsx` (sheet `Тізім`): a regional NGO's list in Kazakh (Cyrillic), the people GROUPED UNDER
  STATUS HEADINGS (`I. Бас бостандығынан айырылғандар` .. `VIII. Босатылғандар`), the running number going
  on across groups; places as `Өскемен қ.`, `Қонаев (бұрынғы Қапшағай)`, `Нұр-Сұлтан`; articles as
  `ҚР ҚК 405-бабының 2-бөлігі`, `405-бап 1-б.`, `174-бап`, `274-бап 4-бөлігінің 2-тармағы`; dates with Kazakh
  month names (`2021 жылғы 12 шілде`, `12 шілде 2021 ж.`, `2021 ж. шілде`) or `12.07.2021 ж.`; the verdict cell
  (`5 жыл бас бостандығынан айыру`, `2 жыл 6 ай бас бостандығын шектеу`, `1 жыл шартты түрде`, `200 АЕК
  айыппұл`) also under the heading of the released, where it is the sentence served (on some rows followed by
  `; 2022 ж. қазан айында шартты түрде мерзімінен бұрын босатылды`); the tie in a notes
  column (`ҚДТ жақтаушысы`, `«Көше партиясы» белсендісі`, `ҚДТ-ға қатысы жоқ`). A total and a footnote.
- `по_статьям_2020.ods` (sheet `Список`, OpenDocument): a LibreOffice list GROUPED UNDER ARTICLE HEADINGS
  (`Статья 405 УК РК - участие в деятельности запрещённой организации` ...): the rows below give only the
  part (`ч.2`, `2`, `ч. 1`), one row a second article (`ч.2; также ч.1 ст.174`); the detention date as a
  date cell or as `05.2020` (month and year); the kind of sentence and its term in two columns (`лишение
  свободы` | `5 л.`, `ограничение свободы` | `1 г. 6 м.`, `условно` | `2 г.`, `штраф` | `500 МРП`, `оправдан`,
  `-` before a verdict); the situation `на 01.01.2021` (`отбывает`, `в СИЗО`,
  `освобождён по УДО`, `дом. арест`, `подписка`); a total line.

Decisions taken for the truth
- Hearing register: a case is the case's LATEST hearing row (kind case); its earlier hearing rows are
  kind not_a_case (they are hearings of a case counted once). The latest row's fields are the case's:
  status from the latest hearing that decides something (a postponement or an appeal that leaves the
  verdict standing changes nothing: the measure or verdict before it stands); sentence_months the
  verdict's term, or the appeal's new term where the appeal changed it; started_on the opening date
  (`Дело возбуждено`, copied on every row, always before the first hearing), precision day; the tie from
  the note of any hearing of the case. A measure's own length (`продлён на 2 мес.`) is no sentence.
- PDF annex: a wrapped row's rest is kind not_a_case and belongs to the case above (both articles of a
  split article cell; `2 года ограничения` + `свободы` is restricted freedom 24; `12 июля` + `2021 г.` is
  12 July 2021, day). Running titles, repeated headers and page-number lines are not cases. On the glued
  page the values mean what the page's own (shifted) header says: the column under `Год рождения` is the
  year, and so on.
- Diaspora list: a serial number is days since 1899-12-30 (Excel's), precision day; `Mar 2021` is March
  2021, precision month (always a month before any other date of the row); the mm/dd header is honoured.
  Old names map to today's city and region (Alma-Ata -> Almaty; Semipalatinsk -> Semey, Abai; Guryev ->
  Atyrau; Dzhambul -> Taraz; Kapchagay -> Konaev, Almaty Region; Taldy-Kurgan -> Taldykorgan, Jetisu;
  Dzhezkazgan -> Zhezkazgan, Ulytau). `DCK (alleged by police, denies)` is no tie; `none`, `-` neither.
  Status is the later of the sentence and the situation (`5 years prison` + `released on parole` is released,
  60 months kept; `pending` + `in pretrial detention` pretrial_detention).
- Kazakh list: the heading gives the status where the row's cells give only the sentence: under
  `Босатылғандар` (released) a row `4 жыл бас бостандығынан айыру` is released with 48 months; under the
  headings of a measure before trial the verdict cell is empty. `274-бап 4-бөлігінің 2-тармағы` is 274(4).
  Kazakh month names are read as the months they name; `2021 ж. шілде` is July 2021, month.
  `ҚДТ-ға қатысы жоқ` ("no link to DVK") is no tie.
- Article-grouped list: the article is the heading's, the part the row's; `ч.2; также ч.1 ст.174` adds
  174(1). `05.2020` is May 2020, precision month. The situation on 1 January 2021 is the status (`отбывает`
  = serving: the sentence's kind stands; `освобождён по УДО` released with the term; `на свободе` beside an
  acquittal is acquitted, beside a fine fined).
- Everywhere: status one of the documented statuses; sentence_months only for a sentence (prison,
  restricted freedom, probation; released keeps the term), never for a measure before a verdict, a fine or
  an acquittal; articles of the Criminal Code only, ascending, `405(2)`; city and region today's official
  English names; dvk_koshe True only where DVK or Koshe Partiyasy is named as the person's tie.
- Rows that are not cases: headings, totals, footnotes, credits, running titles, repeated headers, page
  numbers, wrapped rests, earlier hearings. Blank rows are not rows. source_row is the row a spreadsheet
  shows (for the CSV the header is row 1).
"""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

SEED = 34

TRUTH_COLUMNS = ["source_file", "source_sheet", "source_row", "kind", "city", "region", "articles", "status",
                 "sentence_months", "started_on", "started_precision", "birth_year", "dvk_koshe", "name"]

# English (official), Russian, Kazakh, old or Russian-era English spelling, current region
CITIES = [
    ("Almaty", "Алматы", "Алматы қ.", "Alma-Ata", "Almaty"),
    ("Astana", "Нур-Султан", "Нұр-Сұлтан", "Nur-Sultan", "Astana"),
    ("Shymkent", "Шымкент", "Шымкент қ.", "Chimkent", "Shymkent"),
    ("Oral", "Уральск", "Орал", "Uralsk", "West Kazakhstan"),
    ("Oskemen", "Усть-Каменогорск", "Өскемен қ.", "Ust-Kamenogorsk", "East Kazakhstan"),
    ("Semey", "Семей", "Семей", "Semipalatinsk", "Abai"),
    ("Taraz", "Тараз", "Тараз", "Dzhambul", "Zhambyl"),
    ("Aktobe", "Актобе", "Ақтөбе қ.", "Aktyubinsk", "Aktobe"),
    ("Atyrau", "Атырау", "Атырау", "Guryev", "Atyrau"),
    ("Aktau", "Актау", "Ақтау", "Aktau", "Mangystau"),
    ("Zhanaozen", "Жанаозен", "Жаңаөзен", "Zhanaozen", "Mangystau"),
    ("Karaganda", "Караганда", "Қарағанды", "Karaganda", "Karaganda"),
    ("Pavlodar", "Павлодар", "Павлодар", "Pavlodar", "Pavlodar"),
    ("Kostanay", "Костанай", "Қостанай", "Kustanai", "Kostanay"),
    ("Petropavl", "Петропавловск", "Петропавл", "Petropavlovsk", "North Kazakhstan"),
    ("Kyzylorda", "Кызылорда", "Қызылорда", "Kzyl-Orda", "Kyzylorda"),
    ("Taldykorgan", "Талдыкорган", "Талдықорған", "Taldy-Kurgan", "Jetisu"),
    ("Konaev", "Капшагай", "Қонаев (бұрынғы Қапшағай)", "Kapchagay", "Almaty Region"),
    ("Zhezkazgan", "Жезказган", "Жезқазған", "Dzhezkazgan", "Ulytau"),
    ("Kokshetau", "Кокшетау", "Көкшетау", "Kokchetav", "Akmola"),
    ("Turkistan", "Туркестан", "Түркістан", "Turkestan", "Turkistan"),
]
REGION = {c[0]: c[4] for c in CITIES}

SURNAMES_RU = ["Абдрахманов", "Жолдасбеков", "Иманбаев", "Кудайбергенов", "Мукашев", "Нургалиев", "Омаров",
               "Сапаров", "Тажибаев", "Утегенов", "Шаймерденов", "Ескендиров", "Бейсенов", "Досмагамбетов",
               "Жунусов", "Калиев", "Мамырбаев", "Сарсенбаев", "Токтаров", "Федоренко", "Ким", "Пак",
               "Шевченко", "Бондаренко", "Алимжанов", "Курмангалиев"]
FIRST_M_RU = ["Айдар", "Бахытжан", "Галым", "Ержан", "Жасулан", "Куаныш", "Мейрам", "Нуржан", "Олжас", "Рустем",
              "Самат", "Тимур", "Улан", "Ануар", "Сергей", "Андрей", "Болат", "Даурен"]
FIRST_F_RU = ["Айнур", "Бибигуль", "Гаухар", "Жазира", "Карлыгаш", "Мадина", "Назгуль", "Роза", "Салтанат",
              "Елена", "Ирина", "Улжан"]
PATR_M = ["Амангельдыевич", "Бекович", "Жумабаевич", "Калиевич", "Нурланович", "Серикбаевич", "Владимирович"]
PATR_F = ["Амангельдыевна", "Бековна", "Жумабаевна", "Калиевна", "Нурлановна", "Серикбаевна", "Владимировна"]

SURNAMES_KK = ["Әбдірахманов", "Жолдасбеков", "Иманбаев", "Құдайбергенов", "Мұқашев", "Нұрғалиев", "Омаров",
               "Сапаров", "Тәжібаев", "Өтегенов", "Шаймерденов", "Ескендіров", "Бейсенов", "Досмағамбетов",
               "Жүнісов", "Қалиев", "Мамырбаев", "Сәрсенбаев", "Тоқтаров", "Әлімжанов"]
FIRST_M_KK = ["Айдар", "Бақытжан", "Ғалым", "Ержан", "Жасұлан", "Қуаныш", "Мейрам", "Нұржан", "Олжас", "Рүстем",
              "Самат", "Ұлан", "Әнуар", "Болат", "Дәурен"]
FIRST_F_KK = ["Айнұр", "Бибігүл", "Гауһар", "Жазира", "Қарлығаш", "Мадина", "Назгүл", "Салтанат", "Ұлжан"]

SURNAMES_EN = ["Abdrakhmanov", "Zholdasbekov", "Imanbayev", "Kudaibergenov", "Mukashev", "Nurgaliev", "Omarov",
               "Saparov", "Tazhibayev", "Utegenov", "Shaimerdenov", "Yeskendirov", "Beisenov", "Dosmagambetov",
               "Zhunusov", "Kaliyev", "Mamyrbayev", "Sarsenbayev", "Toktarov", "Fedorenko", "Kim", "Pak"]
FIRST_EN = ["Aidar", "Bakhytzhan", "Galym", "Erzhan", "Yerzhan", "Zhasulan", "Kuanysh", "Meiram", "Nurzhan",
            "Olzhas", "Rustem", "Samat", "Timur", "Ulan", "Anuar", "Sergei", "Bolat", "Dauren", "Ainur",
            "Madina", "Nazgul", "Saltanat", "Gaukhar", "Zhazira"]

RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]
KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def _day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days))


def _articles(refs) -> str:
    return "; ".join(f"{a}({p})" if p else f"{a}" for a, p in sorted(set(refs), key=lambda r: (r[0], r[1] or 0)))


def _case(file, sheet, row, name, city, articles, status, months, started, precision, born, dvk) -> dict:
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case",
            "city": city, "region": REGION[city], "articles": articles, "status": status,
            "sentence_months": months, "started_on": started.isoformat(), "started_precision": precision,
            "birth_year": born, "dvk_koshe": bool(dvk), "name": name}


def _other(file, sheet, row) -> dict:
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case"}


def _name_ru(rng: random.Random, patronymic: bool = False) -> str:
    surname = rng.choice(SURNAMES_RU)
    if rng.random() < 0.3:
        first = rng.choice(FIRST_F_RU)
        surname = surname + "а" if surname.endswith(("ов", "ев", "ин")) else surname
        patr = rng.choice(PATR_F)
    else:
        first, patr = rng.choice(FIRST_M_RU), rng.choice(PATR_M)
    return f"{surname} {first} {patr}" if patronymic else f"{surname} {first}"


def _years_ru(n: int) -> str:
    return "1 год" if n == 1 else f"{n} года" if n < 5 else f"{n} лет"


def _term_ru(months: int) -> str:
    years, rest = divmod(months, 12)
    if not years:
        return f"{rest} мес."
    return _years_ru(years) + (f" {rest} мес." if rest else "")


# ---------------------------------------------------------------------------------------------------------
# 1. Lawyers' register: one row per hearing
# ---------------------------------------------------------------------------------------------------------
HEARING_CHARGES = [
    ("ч.2 ст.405 УК РК", [(405, 2)]),
    ("ч.1 ст.405 УК РК", [(405, 1)]),
    ("ч.2 ст.405, ч.1 ст.174 УК РК", [(174, 1), (405, 2)]),
    ("ч.1 ст.174 УК РК", [(174, 1)]),
    ("ч.3 ст.274 УК РК", [(274, 3)]),
    ("ч.2 ст.272 УК РК", [(272, 2)]),
    ("ч.1 ст.380 УК РК", [(380, 1)]),
]
LAWYERS = ["Сарсенова Г.К.", "Ибраев Н.Т.", "Литвиненко О.В.", "Жакупова А.С.", "Ахметов Б.Е."]


def _hearings(rng: random.Random, status: str, opened: dt.date):
    """(hearings [(date, kind, result)], months)."""
    h, months = [], None
    measure_kind = "рассмотрение ходатайства следователя о мере пресечения"
    if status in ("imprisoned", "released", "pretrial_detention") or (
            status in ("restricted_freedom", "probation") and rng.random() < 0.3):
        h.append((opened + dt.timedelta(days=rng.randint(1, 3)), measure_kind,
                  "избрана мера пресечения - содержание под стражей"))
    elif status == "house_arrest" or (status in ("restricted_freedom", "acquitted") and rng.random() < 0.3):
        h.append((opened + dt.timedelta(days=rng.randint(1, 3)), measure_kind,
                  "избрана мера пресечения - домашний арест"))
    elif status == "under_investigation":
        h.append((opened + dt.timedelta(days=rng.randint(2, 10)), measure_kind,
                  "в санкционировании ареста отказано, подписка о невыезде"))
    last = h[-1][0] if h else opened + dt.timedelta(days=rng.randint(20, 60))
    if status == "pretrial_detention":
        if rng.random() < 0.7:
            last = last + dt.timedelta(days=rng.randint(50, 62))
            h.append((last, "продление срока содержания под стражей", rng.choice(
                ["срок содержания под стражей продлён на 2 мес.", "продлено до 3 месяцев"])))
        if rng.random() < 0.5:
            last = last + dt.timedelta(days=rng.randint(20, 40))
            h.append((last, "главное судебное разбирательство", "отложено (неявка свидетелей)"))
        return h, None
    if status == "house_arrest":
        if rng.random() < 0.6:
            last = last + dt.timedelta(days=rng.randint(30, 60))
            h.append((last, "главное судебное разбирательство", "отложено, мера пресечения оставлена прежней"))
        return h, None
    if status == "under_investigation":
        if rng.random() < 0.4:
            last = last + dt.timedelta(days=rng.randint(20, 60))
            h.append((last, "жалоба на действия следователя (ст. 106 УПК)", "жалоба оставлена без удовлетворения"))
        return h, None
    # a trial with a verdict
    if rng.random() < 0.5:
        last = last + dt.timedelta(days=rng.randint(30, 80))
        h.append((last, "главное судебное разбирательство", "отложено (ходатайство защиты)"))
    verdict_on = last + dt.timedelta(days=rng.randint(20, 90))
    if status in ("imprisoned", "released"):
        months = rng.choice([36, 48, 60, 84]) if status == "imprisoned" else rng.choice([36, 48])
        text = f"признан виновным: {_term_ru(months)} лишения свободы"
    elif status == "restricted_freedom":
        months = rng.choice([12, 24, 30, 36])
        text = f"признан виновным: {_term_ru(months)} ограничения свободы"
    elif status == "probation":
        months = rng.choice([12, 24, 36])
        text = f"признан виновным: {_term_ru(months)} лишения свободы условно"
    elif status == "fined":
        text = rng.choice(["признан виновным: штраф 1000 МРП", "признан виновным, назначен штраф 500 МРП"])
    else:
        text = "оправдан"
    h.append((verdict_on, "оглашение приговора", text))
    last = verdict_on
    if status != "acquitted" and rng.random() < 0.5:
        last = last + dt.timedelta(days=rng.randint(40, 80))
        if status == "imprisoned" and months >= 60 and rng.random() < 0.5:
            months = 36
            h.append((last, "апелляционная инстанция", "приговор изменён: наказание снижено до 3 лет лишения свободы"))
        else:
            h.append((last, "апелляционная инстанция", "приговор оставлен без изменения"))
    if status == "released":
        last = last + dt.timedelta(days=rng.randint(200, 300))
        h.append((last, "рассмотрение ходатайства об УДО", "ходатайство об УДО удовлетворено, освобождён"))
    return h, months


def write_hearings(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "реестр_заседаний_2021-2022.xlsx", "Реестр"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Реестр участия адвокатов в судебных заседаниях по делам, имеющим политическую окраску"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Коллегия адвокатов (рабочая группа по правам человека), 2021-2022 гг."
    ws["A3"] = "Каждая строка - одно заседание; данные дела повторяются в каждой строке."
    header = ["№ п/п", "№ ЕРДР", "Подзащитный", "Г.р.", "Город", "Квалификация", "Дело возбуждено",
              "Дата заседания", "Вид заседания", "Результат", "Адвокат", "Примечание"]
    for col, text in enumerate(header, 1):
        ws.cell(5, col, text).font = Font(bold=True)
    entries, cases = [], []
    for k in range(32):
        status = rng.choices(["imprisoned", "released", "restricted_freedom", "probation", "fined", "acquitted",
                              "pretrial_detention", "house_arrest", "under_investigation"],
                             weights=[8, 3, 6, 3, 2, 2, 4, 2, 2])[0]
        latest = dt.date(2021, 6, 30) if status == "released" else dt.date(2022, 3, 31)
        opened = _day(rng, dt.date(2021, 1, 10), latest)
        hearings, months = _hearings(rng, status, opened)
        name = _name_ru(rng)
        city_en, city_ru = (c := rng.choice(CITIES))[0], c[1]
        city_text = rng.choice([city_ru, f"г. {city_ru}"])
        born = rng.choice([None, *range(1960, 2002)])
        charge, refs = rng.choice(HEARING_CHARGES)
        tie, dvk = rng.choices([("", False), ("сторонник ДВК", True), ("активист «Көше партиясы»", True),
                                ("журналист", False), ("подзащитный объявил голодовку", False)],
                               weights=[10, 3, 2, 2, 2])[0]
        erdr = f"{opened.year % 100}{rng.randint(1000, 7599):04d}031{rng.randint(0, 99999):05d}"
        lawyer = rng.choice(LAWYERS)
        n = len(hearings)
        for i, (day, kind, result) in enumerate(hearings):
            note = tie if i == 0 else rng.choice(["", "", "", "заседание закрытое", "онлайн"])
            entries.append((day, k, i, [erdr, name, born or "", city_text, charge, opened.strftime("%d.%m.%Y"),
                                        day, kind, result, lawyer, note], i == n - 1))
        cases.append((name, city_en, _articles(refs), status, months, opened, born, dvk))
    entries.sort(key=lambda e: (e[0], e[1], e[2]))
    truth, row = [], 6
    for number, (day, k, _, values, is_latest) in enumerate(entries, 1):
        for col, value in enumerate([number, *values], 1):
            if value != "":
                cell = ws.cell(row, col, value)
                if isinstance(value, dt.date):
                    cell.number_format = "dd.mm.yyyy"
        if is_latest:
            name, city, arts, status, months, opened, born, dvk = cases[k]
            truth.append(_case(file, sheet, row, name, city, arts, status, months, opened, "day", born, dvk))
        else:
            truth.append(_other(file, sheet, row))
        row += 1
    for col, width in zip("ABCDEFGHIJKL", (6, 18, 26, 6, 18, 26, 12, 12, 40, 56, 18, 26)):
        ws.column_dimensions[col].width = width
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------------------------------------------------
# 2. A report's annex converted from PDF
# ---------------------------------------------------------------------------------------------------------
PDF_CHARGES = [  # (first line, wrapped rest or None, refs)
    ("ч.2 ст.405 УК РК", None, [(405, 2)]),
    ("ч.1 ст.174 УК РК", None, [(174, 1)]),
    ("ч.2 ст.405 УК РК,", "ч.1 ст.174 УК РК", [(174, 1), (405, 2)]),
    ("ч.3 ст.274 УК РК", None, [(274, 3)]),
    ("ч.1 ст.405,", "ч.2 ст.182 УК РК", [(182, 2), (405, 1)]),
    ("ч.2 ст.179 УК РК", None, [(179, 2)]),
]
PDF_HEADER = ["№ п/п", "Ф.И.О.", "Год рождения", "Город", "Статья УК РК", "Дата задержания / возбуждения дела",
              "Мера пресечения / приговор", "Примечание"]


def _pdf_status(rng: random.Random):
    """(status, months, text, wrapped rest or None)."""
    kind = rng.choices(["imprisoned", "restricted_freedom", "probation", "fined", "pretrial_detention",
                        "house_arrest", "under_investigation", "acquitted", "released"],
                       weights=[10, 10, 5, 3, 5, 3, 5, 1, 3])[0]
    if kind == "imprisoned":
        months = rng.choice([24, 36, 60, 84])
        if rng.random() < 0.3:
            return kind, months, f"приговор: {_term_ru(months)} лишения свободы в колонии", "средней безопасности"
        return kind, months, f"приговор: {_term_ru(months)} лишения свободы", None
    if kind == "restricted_freedom":
        months = rng.choice([12, 24, 36])
        if rng.random() < 0.4:
            return kind, months, f"{_term_ru(months)} ограничения", "свободы"
        return kind, months, f"{_term_ru(months)} ограничения свободы", None
    if kind == "probation":
        months = rng.choice([12, 24])
        return kind, months, f"{_term_ru(months)} лишения свободы условно", None
    if kind == "fined":
        return kind, None, "штраф 700 МРП", None
    if kind == "pretrial_detention":
        return kind, None, "содержится под стражей", None
    if kind == "house_arrest":
        return kind, None, "домашний арест", None
    if kind == "under_investigation":
        return kind, None, "подписка о невыезде", None
    if kind == "acquitted":
        return kind, None, "оправдан", None
    months = rng.choice([24, 36])
    return kind, months, f"освобождён по УДО ({_term_ru(months)} лишения свободы)", None


def write_pdf(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "доклад_2021_из_pdf.xlsx", "Table 1"
    running = "Политические преследования в Казахстане: итоги 2021 года"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.cell(1, 1, running)
    ws.cell(2, 1, "Приложение 1. Список лиц, подвергнутых уголовному преследованию")
    for col, text in enumerate(PDF_HEADER, 1):
        ws.cell(3, col, text)
    # the rows of the table, each case as one or two lines
    records = []
    for number in range(1, 63):
        name = _name_ru(rng, patronymic=True)
        city_en, city_ru = (c := rng.choice(CITIES))[0], c[1]
        born = rng.choice([None, *range(1958, 2003)])
        first, rest, refs = rng.choice(PDF_CHARGES)
        status, months, status_text, status_rest = _pdf_status(rng)
        day = _day(rng, dt.date(2020, 9, 1), dt.date(2021, 11, 30))
        wrap_date = rng.random() < 0.12
        date_text = f"{day.day} {RU_MONTHS_GEN[day.month - 1]}" if wrap_date else day.strftime("%d.%m.%Y")
        date_rest = f"{day.year} г." if wrap_date else None
        wrap_name = rng.random() < 0.12
        surname_first, patronymic = name.rsplit(" ", 1)
        name_text = surname_first if wrap_name else name
        dvk_text, dvk = rng.choices([("", False), ("ДВК", True), ("сторонник Көше партиясы", True),
                                     ("блогер", False), ("журналист", False)], weights=[12, 3, 2, 2, 2])[0]
        line = [number, name_text, born or "", rng.choice([city_ru, f"г. {city_ru}"]), first, date_text,
                status_text, dvk_text]
        rest_line = ["", patronymic if wrap_name else "", "", "", rest or "", date_rest or "", status_rest or "", ""]
        has_rest = any(rest_line)
        records.append((line, rest_line if has_rest else None,
                        (name, city_en, _articles(refs), status, months, day, born, dvk)))
    truth, row, page, per_page = [], 4, 1, 16
    used = 0
    i = 0
    while i < len(records):
        line, rest_line, meta = records[i]
        need = 2 if rest_line else 1
        if used + need > per_page:  # a page ends: its number, then the next page's running title and header
            ws.cell(row, 4, f"- {page} -")
            truth.append(_other(file, sheet, row))
            row += 1
            page += 1
            used = 0
            ws.cell(row, 1, running)
            truth.append(_other(file, sheet, row))
            row += 1
            header = PDF_HEADER if page != 3 else [f"{PDF_HEADER[0]} {PDF_HEADER[1]}", *PDF_HEADER[2:]]
            for col, text in enumerate(header, 1):
                ws.cell(row, col, text)
            truth.append(_other(file, sheet, row))
            row += 1
        glued = page == 3
        values = line if not glued else [f"{line[0]} {line[1]}", *line[2:]]
        for col, value in enumerate(values, 1):
            if value != "":
                ws.cell(row, col, value)
        name, city, arts, status, months, day, born, dvk = meta
        truth.append(_case(file, sheet, row, name, city, arts, status, months, day, "day", born, dvk))
        row += 1
        if rest_line:
            values = rest_line if not glued else [rest_line[1], *rest_line[2:]]
            for col, value in enumerate(values, 1):
                if value != "":
                    ws.cell(row, col, value)
            truth.append(_other(file, sheet, row))
            row += 1
        used += need
        i += 1
    ws.cell(row, 4, f"- {page} -")
    truth.append(_other(file, sheet, row))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------------------------------------------------
# 3. Diaspora association's English CSV
# ---------------------------------------------------------------------------------------------------------
EN_CHARGES = [
    ("Art. 405 part 2 CC", [(405, 2)]),
    ("Article 405(1)", [(405, 1)]),
    ("Art. 174 p.1", [(174, 1)]),
    ("Art. 405(2) and Art. 174(1)", [(174, 1), (405, 2)]),
    ("Art. 274 part 4", [(274, 4)]),
    ("Article 179 part 2", [(179, 2)]),
    ("Art. 380(1)", [(380, 1)]),
]


def _serial(day: dt.date) -> str:
    return str((day - dt.date(1899, 12, 30)).days)


def _csv_cell(value: str) -> str:
    return f'"{value}"' if ("," in value or '"' in value) else value


def write_diaspora(folder: Path, rng: random.Random) -> list[dict]:
    file = "diaspora_list_en.csv"
    header = ["No.", "Name", "Year of birth", "Hometown", "Charges", "Case opened", "Arrested",
              "Verdict date (mm/dd/yyyy)", "Sentence", "Current situation", "Movement", "Info source"]
    lines, truth, line_no = [",".join(header)], [], 1
    for number in range(1, 65):
        name = f"{rng.choice(FIRST_EN)} {rng.choice(SURNAMES_EN)}"
        c = rng.choice(CITIES)
        city_en, town = c[0], c[3]
        born = rng.choice([None, *range(1955, 2003)])
        charge, refs = rng.choice(EN_CHARGES)
        status = rng.choices(["imprisoned", "released", "restricted_freedom", "probation", "fined", "acquitted",
                              "pretrial_detention", "house_arrest", "under_investigation"],
                             weights=[12, 5, 9, 5, 3, 2, 5, 3, 5])[0]
        opened = _day(rng, dt.date(2019, 6, 1), dt.date(2021, 3, 31) if status == "released" else dt.date(2022, 9, 30))
        if rng.random() < 0.45:
            opened_text = f"{EN_MONTHS[opened.month - 1][:3]} {opened.year}"
            start, precision = opened.replace(day=1), "month"
            base = (opened.replace(day=1) + dt.timedelta(days=40)).replace(day=1)
        else:
            opened_text, start, precision = f"{EN_MONTHS[opened.month - 1]} {opened.day}, {opened.year}", opened, "day"
            base = opened
        custody = status in ("imprisoned", "released", "pretrial_detention", "house_arrest") or rng.random() < 0.15
        arrested = base + dt.timedelta(days=rng.randint(0, 20)) if custody else None
        months, sentence, situation, verdict_on = None, "", "", None
        if status in ("imprisoned", "released"):
            months = rng.choice([36, 48, 60, 72, 84])
            sentence = rng.choice([f"{months // 12} years prison", f"{months // 12} yrs in a penal colony"])
            situation = rng.choice(["in prison", "serving sentence", "behind bars"]) if status == "imprisoned" else \
                rng.choice(["released on parole", "released early (parole), 2022", "freed under amnesty Nov 2022"])
        elif status == "restricted_freedom":
            months = rng.choice([12, 24, 36, 60])
            sentence = f"{months // 12} {'year' if months == 12 else 'years'} restricted freedom"
            situation = rng.choice(["serving at home", "restricted freedom, travel ban", ""])
        elif status == "probation":
            months = rng.choice([12, 24, 36])
            sentence = f"{months // 12} {'year' if months == 12 else 'years'} suspended"
            situation = rng.choice(["on probation", ""])
        elif status == "fined":
            sentence = rng.choice(["fine (1,000 MCI)", "fined approx. $2,000"])
            situation = "free"
        elif status == "acquitted":
            sentence = "acquitted"
            situation = "free"
        else:
            sentence = "pending"
            situation = {"pretrial_detention": rng.choice(["in pretrial detention", "held in SIZO awaiting trial"]),
                         "house_arrest": "under house arrest",
                         "under_investigation": rng.choice(["under investigation, travel ban",
                                                            "charged, not detained"])}[status]
        if status not in ("pretrial_detention", "house_arrest", "under_investigation"):
            verdict_on = base + dt.timedelta(days=rng.randint(70, 280))
        if status == "released" and verdict_on and verdict_on > dt.date(2022, 6, 30):
            verdict_on = dt.date(2022, 6, 1) - dt.timedelta(days=rng.randint(0, 60))
        movement, dvk = rng.choices([("", False), ("none", False), ("-", False), ("DCK", True),
                                     ("Democratic Choice", True), ("Koshe (Street) Party", True), ("QDT", True),
                                     ("DCK (alleged by police, denies)", False), ("civic activist", False)],
                                    weights=[8, 4, 3, 4, 2, 2, 1, 2, 3])[0]
        values = [str(number), name, str(born) if born else "", town, charge, opened_text,
                  _serial(arrested) if arrested else "",
                  f"{verdict_on.month}/{verdict_on.day}/{verdict_on.year}" if verdict_on else "",
                  sentence, situation, movement, rng.choice(["family", "RFE/RL report", "lawyer", "social media", ""])]
        lines.append(",".join(_csv_cell(v) for v in values))
        line_no += 1
        truth.append(_case(file, "", line_no, name, city_en, _articles(refs), status, months, start, precision,
                           born, dvk))
    lines.append("Compiled by volunteers of the association; corrections welcome by e-mail,,,,,,,,,,,")
    line_no += 1
    truth.append(_other(file, "", line_no))
    (folder / file).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return truth


# ---------------------------------------------------------------------------------------------------------
# 4. Kazakh list grouped under status headings
# ---------------------------------------------------------------------------------------------------------
KK_GROUPS = [  # (heading, status, count)
    ("I. Бас бостандығынан айырылғандар", "imprisoned", 10),
    ("II. Бас бостандығы шектелгендер", "restricted_freedom", 10),
    ("III. Шартты түрде сотталғандар", "probation", 5),
    ("IV. Айыппұл салынғандар", "fined", 4),
    ("V. Тергеу изоляторында қамауда отырғандар", "pretrial_detention", 7),
    ("VI. Үй қамағындағылар", "house_arrest", 4),
    ("VII. Тергеу жүргізілуде (қамауға алынбаған)", "under_investigation", 7),
    ("VIII. Босатылғандар", "released", 6),
]
KK_CHARGES = [
    ("ҚР ҚК 405-бабының 2-бөлігі", [(405, 2)]),
    ("405-бап 1-б.", [(405, 1)]),
    ("174-бап", [(174, None)]),
    ("ҚР ҚК 174-бабының 1-бөлігі, 405-бабының 2-бөлігі", [(174, 1), (405, 2)]),
    ("274-бап 4-бөлігінің 2-тармағы", [(274, 4)]),
    ("ҚК 380-бабы 1-бөлігі", [(380, 1)]),
]


def _kk_date(rng: random.Random, day: dt.date, allow_month: bool):
    style = rng.choice(["long", "day_first", "dotted", "month"] if allow_month else ["long", "day_first", "dotted"])
    if style == "long":
        return f"{day.year} жылғы {day.day} {KK_MONTHS[day.month - 1]}", day, "day"
    if style == "day_first":
        return f"{day.day} {KK_MONTHS[day.month - 1]} {day.year} ж.", day, "day"
    if style == "dotted":
        return f"{day.strftime('%d.%m.%Y')} ж.", day, "day"
    return f"{day.year} ж. {KK_MONTHS[day.month - 1]}", day.replace(day=1), "month"


def _kk_term(months: int) -> str:
    years, rest = divmod(months, 12)
    return " ".join(p for p in (f"{years} жыл" if years else "", f"{rest} ай" if rest else "") if p)


def write_kazakh(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "тізім_2022.xlsx", "Тізім"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.cell(1, 1, "Саяси себептермен қудаланған азаматтардың тізімі").font = Font(bold=True, size=13)
    ws.cell(2, 1, "(2022 жылғы 1 желтоқсандағы жағдай бойынша)")
    header = ["Р/с", "Аты-жөні", "Туған жылы", "Тұрғылықты жері", "Бабы", "Іс қозғалған күні", "Ұсталған күні",
              "Үкім / жаза", "Ескерту"]
    for col, text in enumerate(header, 1):
        ws.cell(4, col, text).font = Font(bold=True)
        ws.cell(4, col).alignment = Alignment(wrap_text=True)
    truth, row, number = [], 5, 0
    for heading, status, count in KK_GROUPS:
        ws.cell(row, 1, heading).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(header))
        truth.append(_other(file, sheet, row))
        row += 1
        for _ in range(count):
            number += 1
            surname = rng.choice(SURNAMES_KK)
            if rng.random() < 0.3:
                surname = surname + "а" if surname.endswith(("ов", "ев", "ин")) else surname
                first = rng.choice(FIRST_F_KK)
            else:
                first = rng.choice(FIRST_M_KK)
            name = f"{surname} {first}"
            c = rng.choice(CITIES)
            city_en, place = c[0], c[2]
            born = rng.choice([None, *range(1960, 2003)])
            charge, refs = rng.choice(KK_CHARGES)
            last_opened = dt.date(2021, 6, 30) if status == "released" else dt.date(2022, 9, 30)
            opened = _day(rng, dt.date(2020, 1, 15), last_opened)
            opened_text, start, precision = _kk_date(rng, opened, allow_month=True)
            base = opened if precision == "day" else (opened.replace(day=1) + dt.timedelta(days=40)).replace(day=1)
            custody = status in ("imprisoned", "released", "pretrial_detention", "house_arrest")
            detained_text = ""
            if custody and rng.random() < 0.8:
                detained_text, _, _ = _kk_date(rng, base + dt.timedelta(days=rng.randint(0, 15)), allow_month=False)
            elif not custody:
                detained_text = rng.choice(["", "ұсталмаған", "—"])
            months, verdict = None, ""
            if status in ("imprisoned", "released"):
                months = rng.choice([36, 48, 60, 84])
                verdict = f"{_kk_term(months)} бас бостандығынан айыру"
                if status == "released" and rng.random() < 0.4:
                    verdict += "; 2022 ж. қазан айында шартты түрде мерзімінен бұрын босатылды"
            elif status == "restricted_freedom":
                months = rng.choice([12, 24, 30, 36, 60])
                verdict = f"{_kk_term(months)} бас бостандығын шектеу"
            elif status == "probation":
                months = rng.choice([12, 24, 36])
                verdict = f"{_kk_term(months)} шартты түрде"
            elif status == "fined":
                verdict = rng.choice(["200 АЕК айыппұл", "айыппұл 1000 АЕК"])
            note, dvk = rng.choices([("", False), ("ҚДТ жақтаушысы", True), ("«Көше партиясы» белсендісі", True),
                                     ("ҚДТ-ға қатысы жоқ", False), ("журналист", False), ("көп балалы ана", False)],
                                    weights=[10, 3, 2, 2, 2, 1])[0]
            if note == "көп балалы ана" and not surname.endswith("а"):
                note = "зейнеткер"
            values = [number, name, born or "", place, charge, opened_text, detained_text, verdict, note]
            for col, value in enumerate(values, 1):
                if value != "":
                    ws.cell(row, col, value).alignment = Alignment(wrap_text=True, vertical="top")
            truth.append(_case(file, sheet, row, name, city_en, _articles(refs), status, months, start, precision,
                               born, dvk))
            row += 1
    ws.cell(row, 1, f"Барлығы: {number} адам")
    truth.append(_other(file, sheet, row))
    row += 2
    ws.cell(row, 1, "* АЕК - айлық есептік көрсеткіш; ҚДТ - «Қазақстанның демократиялық таңдауы».")
    truth.append(_other(file, sheet, row))
    for col, width in zip("ABCDEFGHI", (6, 28, 8, 26, 34, 22, 20, 40, 28)):
        ws.column_dimensions[col].width = width
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------------------------------------------------
# 5. OpenDocument list grouped under article headings
# ---------------------------------------------------------------------------------------------------------
ODS_GROUPS = [  # (heading, article, [(part as written, extra refs)], count)
    ("Статья 405 УК РК - участие в деятельности запрещённой организации", 405,
     [("ч.2", 2, []), ("2", 2, []), ("ч. 1", 1, []), ("ч.2; также ч.1 ст.174", 2, [(174, 1)])], 18),
    ("Статья 174 УК РК - возбуждение розни", 174, [("ч.1", 1, []), ("1", 1, []), ("ч.2", 2, [])], 10),
    ("Статья 274 УК РК - распространение заведомо ложной информации", 274, [("ч.2", 2, []), ("ч.4", 4, [])], 9),
    ("Статья 380 УК РК - применение насилия в отношении представителя власти", 380, [("ч.1", 1, [])], 6),
]


def write_ods(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "по_статьям_2020.ods", "Список"
    rows = [["Уголовные преследования по политическим мотивам в 2020 году (по статьям)"] + [None] * 9,
            [None] * 10,
            ["№", "Фамилия, имя", "Год рожд.", "Населённый пункт", "Часть статьи", "Задержан / дело",
             "Приговор", "Срок", "Положение на 01.01.2021", "ДВК/КП"]]
    truth, number = [], 0
    for heading, article, parts, count in ODS_GROUPS:
        rows.append([heading] + [None] * 9)
        truth.append(_other(file, sheet, len(rows)))
        for _ in range(count):
            number += 1
            name = _name_ru(rng)
            city_en, city_ru = (c := rng.choice(CITIES))[0], c[1]
            born = rng.choice([None, *range(1958, 2002)])
            part_text, part, extra = rng.choice(parts)
            refs = [(article, part), *extra]
            day = _day(rng, dt.date(2019, 11, 1), dt.date(2020, 10, 31))
            if rng.random() < 0.35:
                day_value, start, precision = day.strftime("%m.%Y"), day.replace(day=1), "month"
            else:
                day_value, start, precision = day, day, "day"
            status = rng.choices(["imprisoned", "released", "restricted_freedom", "probation", "fined", "acquitted",
                                  "pretrial_detention", "house_arrest", "under_investigation"],
                                 weights=[8, 3, 8, 3, 2, 1, 4, 2, 3])[0]
            months, kind, term, situation = None, None, None, None
            if status in ("imprisoned", "released"):
                months = rng.choice([24, 36, 60, 84])
                kind, term = "лишение свободы", f"{months // 12} л." if months >= 60 else f"{months // 12} г."
                situation = "отбывает" if status == "imprisoned" else "освобождён по УДО"
            elif status == "restricted_freedom":
                months = rng.choice([12, 18, 24, 36])
                kind = "ограничение свободы"
                term = f"{months // 12} г." + (f" {months % 12} м." if months % 12 else "")
                situation = "отбывает"
            elif status == "probation":
                months = rng.choice([12, 24])
                kind, term, situation = "условно", f"{months // 12} г.", "отбывает"
            elif status == "fined":
                kind, term, situation = "штраф", "500 МРП", "на свободе"
            elif status == "acquitted":
                kind, situation = "оправдан", "на свободе"
            else:
                kind = "-"
                situation = {"pretrial_detention": "в СИЗО", "house_arrest": "дом. арест",
                             "under_investigation": "подписка"}[status]
            tie, dvk = rng.choices([(None, False), ("да", True), ("нет", False), ("КП", True), ("ДВК", True)],
                                   weights=[8, 3, 4, 1, 2])[0]
            rows.append([number, name, born, rng.choice([city_ru, f"г. {city_ru}"]), part_text, day_value, kind,
                         term, situation, tie])
            truth.append(_case(file, sheet, len(rows), name, city_en, _articles(refs), status, months, start,
                               precision, born, dvk))
    rows.append([f"Всего: {number}"] + [None] * 9)
    truth.append(_other(file, sheet, len(rows)))
    frame = pd.DataFrame(rows)
    with pd.ExcelWriter(folder / file, engine="odf") as writer:
        frame.to_excel(writer, sheet_name=sheet, header=False, index=False)
    return truth


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the five lists into `folder`; return the truth (one row per non-blank row below a header)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    truth = write_hearings(folder, rng) + write_pdf(folder, rng) + write_diaspora(folder, rng)
    truth += write_kazakh(folder, rng) + write_ods(folder, rng)
    frame = pd.DataFrame(truth).reindex(columns=TRUTH_COLUMNS)
    frame["source_row"] = frame["source_row"].astype(int)
    frame["sentence_months"] = frame["sentence_months"].astype("Int64")
    frame["birth_year"] = frame["birth_year"].astype("Int64")
    frame["source_sheet"] = frame["source_sheet"].fillna("")
    return frame
