"""Red-team set 19: five lists in layouts the project had not copied, with the truth of every row.

Written by a helper who read neither the sample generator, the vocabularies, the cleaner's modules
nor the earlier red-team lists; only the README, the domain reference, `tests/accuracy.py` and the parts of
the README that say what input is accepted. Everything is generated here from seeded `random.Random`
instances: invented names, synthetic cases, the same bytes on every run.

Files (431 rows below a header: 416 cases, 15 not cases):
- `obvineniya_slovami.xlsx` (idea c): a monitoring group's list where the charges are named in words
  only, never by number. Sheet `Список 2022-2023` (Russian: "разжигание социальной розни",
  "участие в деятельности запрещённой организации", "распространение заведомо ложной информации",
  several in one cell with `;` or `, а также`), with title rows, year section headings (`2022 год`),
  a footnote and a totals row; sheet `English` (the same group's English version for partners:
  "inciting social discord", "spreading knowingly false information", ...); sheet `Қазақша` (the Kazakh
  version: `Айып` "әлеуметтік алауыздықты қоздыру", "тыйым салынған ұйымның қызметіне қатысу", statuses such
  as "бас бостандығынан айыру, 5 жыл", "шартты түрде 2 жыл", "тергеу изоляторында", dates as
  `2022 жылғы 12 наурыз`).
- `spisok_iz_word.xlsx` (idea d): a Word table pasted into Excel. Numbered rows `1.`, `2.`; the name
  cell holds the name and on its second line the year of birth (`1987 г.р.`); one cell "Сведения"
  holds several facts on separate lines (`Статья: ч.2 ст.405 УК РК` / `Задержан: 12.03.2021` /
  `Приговор: 03.09.2021, 5 лет лишения свободы` / `Мера пресечения: ...` / `Освобождён: ...`);
  Roman-numbered section headings merged over the width (`I. Лишённые свободы`), a stated list date
  above the header, a closing line under the table.
- `persons_prosecuted_unicode.csv` (idea e): what Excel's "Unicode text" save writes (UTF-16 LE with
  BOM, tab-separated, CRLF) of an English list by a diaspora NGO, renamed to .csv for upload: a title
  line with "as of", a blank line, then the header `No. | Full name | YOB | City/Town | Region |
  Charges (CC RK) | Measure / sentence | Detained | Verdict date | Affiliation | Comments`; the Region
  column writes the region at the time (Semey in "East Kazakhstan", Taldykorgan in "Almaty oblast");
  dates as `14 Mar 2021`, `2021-03-14`, `14.03.2021`, `March 2021`, `23/11/2021` (slashes only with
  a day above 12); footnote and total lines at the end.
- `shablon_sbora.xlsx`: a volunteers' data-collection template filled in by hand. Sheet `Инструкция`
  (prose only, no table); sheet `Данные`: a title, the header, a row of instructions under it
  (`как в документах`, `ГГГГ`, `ДД.ММ.ГГГГ`, `да / нет / ?`), then a worked example row marked
  `ОБРАЗЕЦ`, then the cases; the term in a column of its own (`Срок`), the start of the prosecution
  in `Дата начала преследования`, a yes/no column `Связь с ДВК / Көше (да/нет)` holding `да`, `нет`,
  `?` and blanks, and a `Источник` column of links.
- `hashtag_prisoners.xlsx`: a volunteers' English tracker of the kind run on social networks: names as
  hashtags in capitals (`#SURNAME Firstname`), `Born` as `1985` or `b. 1985`, articles as `Art.405 p.2`,
  `art. 174 part 1` or `405(2)` joined by `+` or `,`, the term in its own column (`5 y.`, `3 y 6 m`), a
  `Status now` column (`in prison`, `serving in a penal colony`, `free (parole)`, `SIZO (pre-trial)`,
  `house arrest`), `Arrested` as `dd.mm.yyyy`, `mm.yyyy` or a year (a line above the header says so), tags
  in the notes (`#DVK`, `#KoshePartiyasy`, `#DVK? (family denies)`), a totals row.

Ideas (a) (a transposed dossier, one column per person) and (b) (two tables side by side on one sheet)
were not written: their cases share spreadsheet rows (b) or have no row of their own (a), so the truth
keyed on (file, sheet, row) that `tests/accuracy.py` compares cannot say which case is which.

Decisions taken for the truth:
- articles named in words: "разжигание (социальной|национальной|межнациональной) розни", "inciting
  social/ethnic discord", "возбуждение ... розни" -> 174; "распространение заведомо ложной
  информации", "spreading knowingly false information" -> 274; "массовые беспорядки", "mass riots"
  -> 272 (no part: "participation in" is never written with them); "применение насилия в отношении
  представителя власти", "use of violence against a representative of authority" -> 380;
  "пропаганда терроризма", "propaganda of terrorism" -> 256; "финансирование экстремистской
  деятельности", "financing extremist activity" -> 258; "участие в деятельности запрещённой
  (экстремистской) организации", "participation in the activity of a banned extremist organisation"
  -> 405(2) (Kazakh "тыйым салынған ұйымның қызметіне қатысу" too; "әлеуметтік / ұлттық алауыздықты
  қоздыру" 174, "көрінеу жалған ақпаратты тарату" 274, "жаппай тәртіпсіздіктер" 272, "билік өкіліне
  қатысты күш қолдану" 380), and "организация деятельности запрещённой организации", "organising ..." -> 405(1): the
  domain reference names part 1 organisation and part 2 participation of art. 405.
- A cell `участие в деятельности запрещённой организации (ДВК)` names DVK: dvk_koshe True. Article 405
  alone never gives the tie. `ДВК?`, `DVK (unconfirmed)` and `?` in the yes/no column are False;
  `ҚДТ жақтаушысы` (a supporter of DVK, by its Kazakh abbreviation) and `Көше партиясының белсендісі` are True.
- Status: "N лет лишения свободы" / "imprisonment" imprisoned; "ограничение свободы" restricted_freedom;
  "условно" / "suspended" probation; "штраф ..." / "fined" fined (no term); "содержится в СИЗО",
  "pre-trial detention", "тергеу изоляторында" pretrial_detention (no term); "бас бостандығынан айыру"
  imprisoned, "бас бостандығын шектеу" restricted_freedom, "шартты түрде" probation, "айыппұл" fined,
  "үй қамағы" house_arrest; "домашний арест" house_arrest; "подписка о
  невыезде", "под следствием", "under investigation" under_investigation; "acquitted" acquitted. In the Word table, a line
  `Освобождён: 10.01.2023 (УДО)` (or `по УДО`, `по амнистии`) under a prison sentence makes the case
  released and keeps the term (the release dates fall before the list's stated date, 01.11.2023).
- `free (parole)` beside a term is released with the term kept (parole is released, README "Decided
  readings"); `#KoshePartiyasy` names Koshe Partiyasy (True); `#DVK? (family denies)` is doubt (False).
- `Art.174 p.1` is article 174 part 1; `06.2019` under "Arrested" is June 2019 (precision month), a year
  alone is precision year.
- started_on: the earliest of the dates the row gives (detention, opening of the case, verdict,
  release); a month-and-year date is the first of the month with precision month.
- Region: the city's current region, whatever the list's region column says.
- Not cases: section headings, the instruction row and the example row of the template, totals rows,
  footnotes and closing lines below a header.
"""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

# current city -> (region, Russian forms, English forms)
CITIES = {
    "Almaty": ("Almaty", ["г. Алматы", "Алматы", "Алма-Ата"], ["Almaty", "Almaty city"]),
    "Astana": ("Astana", ["г. Астана", "Нур-Султан", "г. Нур-Султан"], ["Astana", "Nur-Sultan"]),
    "Shymkent": ("Shymkent", ["г. Шымкент", "Шымкент"], ["Shymkent"]),
    "Oskemen": ("East Kazakhstan", ["Усть-Каменогорск", "г. Усть-Каменогорск"], ["Ust-Kamenogorsk", "Oskemen"]),
    "Semey": ("Abai", ["Семей", "г. Семей"], ["Semey"]),
    "Oral": ("West Kazakhstan", ["Уральск", "г. Уральск"], ["Uralsk", "Oral"]),
    "Aktobe": ("Aktobe", ["Актобе", "г. Актобе"], ["Aktobe"]),
    "Atyrau": ("Atyrau", ["Атырау"], ["Atyrau"]),
    "Taraz": ("Zhambyl", ["Тараз", "г. Тараз"], ["Taraz"]),
    "Petropavl": ("North Kazakhstan", ["Петропавловск"], ["Petropavl", "Petropavlovsk"]),
    "Kostanay": ("Kostanay", ["Костанай"], ["Kostanay"]),
    "Karaganda": ("Karaganda", ["Караганда", "г. Караганда"], ["Karaganda"]),
    "Kokshetau": ("Akmola", ["Кокшетау"], ["Kokshetau"]),
    "Aktau": ("Mangystau", ["Актау"], ["Aktau"]),
    "Pavlodar": ("Pavlodar", ["Павлодар"], ["Pavlodar"]),
    "Taldykorgan": ("Jetisu", ["Талдыкорган"], ["Taldykorgan"]),
    "Zhanaozen": ("Mangystau", ["Жанаозен"], ["Zhanaozen"]),
    "Konaev": ("Almaty Region", ["Конаев", "Капшагай"], ["Konaev", "Kapshagay"]),
    "Zhezkazgan": ("Ulytau", ["Жезказган"], ["Zhezkazgan"]),
    "Kyzylorda": ("Kyzylorda", ["Кызылорда"], ["Kyzylorda"]),
}
# the region as an English list of 2021 writes it (the region at the time)
REGION_AT_TIME_EN = {
    "Almaty": "Almaty city", "Astana": "Nur-Sultan city", "Shymkent": "Shymkent city", "Oskemen": "East Kazakhstan",
    "Semey": "East Kazakhstan", "Oral": "West Kazakhstan", "Aktobe": "Aktobe oblast", "Atyrau": "Atyrau oblast",
    "Taraz": "Zhambyl oblast", "Petropavl": "North Kazakhstan", "Kostanay": "Kostanay oblast",
    "Karaganda": "Karaganda oblast", "Kokshetau": "Akmola oblast", "Aktau": "Mangystau oblast",
    "Pavlodar": "Pavlodar oblast", "Taldykorgan": "Almaty oblast", "Zhanaozen": "Mangystau oblast",
    "Konaev": "Almaty oblast", "Zhezkazgan": "Karaganda oblast", "Kyzylorda": "Kyzylorda oblast",
}

SUR_KZ = ["Ахметов", "Сериков", "Жумабаев", "Нурланов", "Касымов", "Бекмуханов", "Есенов", "Абенов", "Тулегенов",
          "Оспанов", "Сагындыков", "Кенжебеков", "Утепов", "Муратбеков", "Иманбаев", "Кудайбергенов", "Жаксылыков",
          "Балтабаев", "Досмухамбетов", "Шалабаев"]
SUR_RU = ["Гребенщиков", "Лапшин", "Соломатин", "Вершинин", "Колобков", "Третьяков", "Завьялов", "Ким", "Цой",
          "Шевчук", "Ибрагимов", "Мамедов", "Гусейнов", "Рахимов"]
FIRST_M = ["Ерлан", "Нурлан", "Асет", "Даурен", "Бауыржан", "Марат", "Руслан", "Алексей", "Сергей", "Дмитрий", "Тимур",
           "Ержан", "Айдос", "Олжас", "Канат", "Жанболат"]
FIRST_F = ["Айгерим", "Динара", "Сауле", "Гульнара", "Елена", "Наталья", "Жанар", "Асель", "Мадина", "Ботагоз"]
PATR_M = ["Серикович", "Маратович", "Болатович", "Игоревич", "Канатович", "Нурланович"]
PATR_F = ["Сериковна", "Маратовна", "Болатовна", "Игоревна", "Кайратовна"]
LAT_SUR = ["Akhmetov", "Serikov", "Zhumabayev", "Nurlanov", "Kassymov", "Bekmukhanov", "Yessenov", "Abenov",
           "Tulegenov", "Ospanov", "Sagyndykov", "Kenzhebekov", "Utepov", "Muratbekov", "Imanbayev", "Grebenshchikov",
           "Lapshin", "Kim", "Tsoy", "Ibragimov", "Baltabayev", "Shalabayev"]
LAT_FIRST_M = ["Yerlan", "Nurlan", "Asset", "Dauren", "Baurzhan", "Marat", "Ruslan", "Alexei", "Sergei", "Timur",
               "Yerzhan", "Aidos", "Olzhas", "Kanat"]
LAT_FIRST_F = ["Aigerim", "Dinara", "Saule", "Gulnara", "Yelena", "Zhanar", "Assel", "Madina"]

MONTHS_RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]
MONTHS_RU_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                 "ноябрь", "декабрь"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def _ru_name(rng: random.Random, patronymic: bool) -> str:
    female = rng.random() < 0.3
    sur = rng.choice(SUR_KZ + SUR_RU)
    if female and sur[-2:] in ("ов", "ев", "ин"):
        sur += "а"
    first = rng.choice(FIRST_F if female else FIRST_M)
    if not patronymic:
        return f"{sur} {first}"
    return f"{sur} {first} {rng.choice(PATR_F if female else PATR_M)}"


def _en_name(rng: random.Random) -> str:
    female = rng.random() < 0.3
    sur = rng.choice(LAT_SUR)
    if female and sur[-2:] in ("ov", "ev", "in"):
        sur += "a"
    first = rng.choice(LAT_FIRST_F if female else LAT_FIRST_M)
    return f"{sur.upper()} {first}" if rng.random() < 0.3 else f"{first} {sur}"


def _ru_years(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} года"
    return f"{n} лет"


def _ru_term(months: int, rng: random.Random) -> str:
    y, m = divmod(months, 12)
    if m == 0:
        return _ru_years(y)
    if y == 0:
        return f"{m} мес."
    return f"{_ru_years(y)} {m} {'мес.' if rng.random() < 0.5 else 'месяцев'}"


def _en_term(months: int) -> str:
    y, m = divmod(months, 12)
    parts = []
    if y:
        parts.append(f"{y} year" + ("s" if y > 1 else ""))
    if m:
        parts.append(f"{m} months")
    return " ".join(parts)


def _articles(charges: list[tuple[int, int | None]]) -> str:
    return "; ".join(f"{a}({p})" if p else str(a) for a, p in sorted(set(charges), key=lambda c: (c[0], c[1] or 0)))


def _rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days))


def _ru_date(d: dt.date, rng: random.Random, allow_month: bool = True) -> tuple[object, str, dt.date]:
    """(cell value, precision, first day)."""
    k = rng.random()
    if allow_month and k < 0.1:
        return f"{MONTHS_RU_NOM[d.month - 1]} {d.year}", "month", d.replace(day=1)
    if k < 0.4:
        return dt.datetime(d.year, d.month, d.day), "day", d
    if k < 0.75:
        return d.strftime("%d.%m.%Y"), "day", d
    if k < 0.9:
        return f"{d.day} {MONTHS_RU_GEN[d.month - 1]} {d.year} г.", "day", d
    return d.strftime("%d.%m.%Y") + " г.", "day", d


def _en_date(d: dt.date, rng: random.Random, allow_month: bool = True) -> tuple[str, str, dt.date]:
    k = rng.random()
    if allow_month and k < 0.12:
        return f"{MONTHS_EN[d.month - 1]} {d.year}", "month", d.replace(day=1)
    if k < 0.4:
        return f"{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}", "day", d
    if k < 0.6:
        return d.isoformat(), "day", d
    if k < 0.75:
        return d.strftime("%d.%m.%Y"), "day", d
    if k < 0.85 and d.day > 12:
        return d.strftime("%d/%m/%Y"), "day", d
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", "day", d


def _truth_row(file, sheet, row, kind="case", **fields) -> dict:
    base = {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": kind, "city": "", "region": "",
            "articles": "", "status": "", "sentence_months": None, "started_on": "", "started_precision": "",
            "birth_year": None, "dvk_koshe": False, "name": ""}
    base.update(fields)
    return base


def _earliest(dates: list[tuple[dt.date, str]]) -> tuple[str, str]:
    dates = [d for d in dates if d[0] is not None]
    if not dates:
        return "", ""
    d, p = min(dates, key=lambda x: x[0])
    return d.isoformat(), p


# --- (c) charges in words -------------------------------------------------------------------------------------
WORDS_RU = [
    ("разжигание социальной розни", (174, None)),
    ("разжигание межнациональной розни", (174, None)),
    ("возбуждение социальной розни", (174, None)),
    ("распространение заведомо ложной информации", (274, None)),
    ("участие в деятельности запрещённой организации", (405, 2)),
    ("участие в деятельности экстремистской организации, запрещённой судом", (405, 2)),
    ("организация деятельности запрещённой организации", (405, 1)),
    ("массовые беспорядки", (272, None)),
    ("применение насилия в отношении представителя власти", (380, None)),
    ("пропаганда терроризма", (256, None)),
    ("финансирование экстремистской деятельности", (258, None)),
]
WORDS_EN = [
    ("inciting social discord", (174, None)),
    ("inciting ethnic discord", (174, None)),
    ("spreading knowingly false information", (274, None)),
    ("participation in the activity of a banned extremist organisation", (405, 2)),
    ("organising the activity of a banned extremist organisation", (405, 1)),
    ("mass riots", (272, None)),
    ("use of violence against a representative of authority", (380, None)),
    ("propaganda of terrorism", (256, None)),
    ("financing extremist activity", (258, None)),
]


def _status_ru(rng: random.Random) -> tuple[str, str, int | None, str]:
    """(cell, status, months, stage) where stage is 'verdict', 'pre' (before a verdict) or 'released'."""
    k = rng.randrange(10)
    if k <= 2:
        m = rng.choice([24, 36, 48, 60, 84, 30, 18])
        t = _ru_term(m, rng)
        return rng.choice([f"{t} лишения свободы", f"лишение свободы сроком на {t}", f"{t} колонии общего режима"]), \
            "imprisoned", m, "verdict"
    if k <= 4:
        m = rng.choice([12, 24, 36, 18, 30])
        t = _ru_term(m, rng)
        return rng.choice([f"ограничение свободы на {t}", f"{t} ограничения свободы"]), "restricted_freedom", m, "verdict"
    if k == 5:
        m = rng.choice([12, 24, 36])
        return rng.choice([f"{_ru_term(m, rng)} условно", f"условный срок {_ru_term(m, rng)}"]), "probation", m, "verdict"
    if k == 6:
        return rng.choice(["штраф 500 МРП", "штраф 1 000 000 тенге"]), "fined", None, "verdict"
    if k == 7:
        return rng.choice(["содержится в СИЗО", "под стражей"]), "pretrial_detention", None, "pre"
    if k == 8:
        return rng.choice(["домашний арест", "под домашним арестом"]), "house_arrest", None, "pre"
    return rng.choice(["подписка о невыезде", "под следствием"]), "under_investigation", None, "pre"


def _status_en(rng: random.Random) -> tuple[str, str, int | None, str]:
    k = rng.randrange(11)
    if k <= 2:
        m = rng.choice([24, 36, 48, 60, 84, 30])
        return rng.choice([f"{_en_term(m)} imprisonment", f"imprisonment, {_en_term(m)}",
                           f"sentenced to {_en_term(m)} in prison"]), "imprisoned", m, "verdict"
    if k <= 4:
        m = rng.choice([12, 24, 36, 18])
        return rng.choice([f"{_en_term(m)} restricted freedom", f"restriction of freedom, {_en_term(m)}"]), \
            "restricted_freedom", m, "verdict"
    if k == 5:
        m = rng.choice([12, 24, 36])
        return rng.choice([f"{_en_term(m)} suspended sentence", f"suspended sentence of {_en_term(m)}"]), \
            "probation", m, "verdict"
    if k == 6:
        return rng.choice(["fined", "fine of 500 MCI"]), "fined", None, "verdict"
    if k == 7:
        return rng.choice(["pre-trial detention", "held in pre-trial detention"]), "pretrial_detention", None, "pre"
    if k == 8:
        return "house arrest", "house_arrest", None, "pre"
    if k == 9:
        return rng.choice(["acquitted", "acquitted by the court"]), "acquitted", None, "verdict"
    return rng.choice(["under investigation", "investigation ongoing"]), "under_investigation", None, "pre"


def _charges(rng: random.Random, words: list, n_max: int = 2) -> tuple[list[str], list[tuple[int, int | None]]]:
    picks = rng.sample(words, rng.choice([1, 1, 1, 2][: 4 if n_max > 1 else 1]))
    return [w for w, _ in picks], [c for _, c in picks]


def _write_words(folder: Path) -> list[dict]:
    rng = random.Random(1901)
    file = "obvineniya_slovami.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Список 2022-2023"
    out: list[dict] = []
    ws["A1"] = "Список лиц, преследуемых по политически мотивированным уголовным делам"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Составлен рабочей группой по мониторингу. Обвинения указаны так, как их формулирует следствие."
    ws.merge_cells("A2:I2")
    header = ["№", "ФИО", "Год рождения", "Город", "Обвинение", "Наказание / мера пресечения", "Дата задержания",
              "Дата приговора", "Примечание"]
    ws.append([])
    ws.append(header)  # row 4
    for c in ws[4]:
        c.font = Font(bold=True)
    row = 5
    n = 0
    for year, count in ((2022, 38), (2023, 34)):
        ws.cell(row, 1, f"{year} год")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        out.append(_truth_row(file, ws.title, row, "not_a_case"))
        row += 1
        for _ in range(count):
            n += 1
            name = _ru_name(rng, rng.random() < 0.6)
            city = rng.choice(list(CITIES))
            words, charges = _charges(rng, WORDS_RU)
            joiner = rng.choice(["; ", ", а также ", ";\n"])
            charge_cell = joiner.join(words)
            dvk = False
            note = rng.choice(["", "", "", "гражданский активист", "блогер", "сторонник ДВК", "активист Көше партиясы",
                               "ДВК?", "журналист", "пенсионер"])
            if note in ("сторонник ДВК", "активист Көше партиясы"):
                dvk = True
            if (405, 2) in charges and note != "ДВК?" and rng.random() < 0.35:
                charge_cell = charge_cell.replace("запрещённой организации", "запрещённой организации (ДВК)")
                if "(ДВК)" in charge_cell:
                    dvk = True
            status_cell, status, months, stage = _status_ru(rng)
            det = _rand_date(rng, dt.date(year, 1, 5), dt.date(year, 11, 20))
            det_cell, det_p, det_d = _ru_date(det, rng)
            sen_cell, sen_p, sen_d = "", "", None
            if stage == "verdict":
                sen = min(det + dt.timedelta(days=rng.randrange(60, 300)), dt.date(2023, 12, 20))
                sen_cell, sen_p, sen_d = _ru_date(sen, rng, allow_month=False)
            if rng.random() < 0.08 and stage == "pre":  # detention date not known
                det_cell, det_d = "", None
            birth = rng.randrange(1955, 2003)
            birth_cell = birth if rng.random() < 0.8 else f"{birth} г.р."
            if rng.random() < 0.05:
                birth_cell, birth = "", None
            started, prec = _earliest([(det_d, det_p), (sen_d, sen_p)])
            ws.append([n, name, birth_cell, rng.choice(CITIES[city][1]), charge_cell, status_cell, det_cell, sen_cell,
                       note])
            out.append(_truth_row(file, ws.title, row, city=city, region=CITIES[city][0], articles=_articles(charges),
                                  status=status, sentence_months=months, started_on=started, started_precision=prec,
                                  birth_year=birth, dvk_koshe=dvk, name=name))
            row += 1
    ws.cell(row, 1, "Итого: 72 человека")
    out.append(_truth_row(file, ws.title, row, "not_a_case"))
    row += 1
    ws.cell(row, 1, "* данные из открытых источников и от родственников; уточняются")
    out.append(_truth_row(file, ws.title, row, "not_a_case"))
    for col, width in zip("ABCDEFGHI", (5, 32, 8, 20, 50, 34, 14, 14, 24)):
        ws.column_dimensions[col].width = width

    ws2 = wb.create_sheet("English")
    ws2["A1"] = "Criminal prosecutions on political grounds — charges as worded by investigators (English summary)"
    ws2.append(["#", "Name", "Year of birth", "Town", "Charges", "Punishment / measure", "Detained", "Sentenced",
                "Notes"])  # row 2
    row = 3
    for i in range(1, 43):
        name = _en_name(rng)
        city = rng.choice(list(CITIES))
        words, charges = _charges(rng, WORDS_EN)
        charge_cell = rng.choice([" and ", "; ", ", "]).join(words)
        status_cell, status, months, stage = _status_en(rng)
        det = _rand_date(rng, dt.date(2021, 1, 10), dt.date(2023, 6, 1))
        det_cell, det_p, det_d = _en_date(det, rng)
        sen_cell, sen_p, sen_d = "", "", None
        if stage == "verdict":
            sen = min(det + dt.timedelta(days=rng.randrange(60, 300)), dt.date(2023, 12, 20))
            sen_cell, sen_p, sen_d = _en_date(sen, rng, allow_month=False)
        note = rng.choice(["", "", "blogger", "DVK supporter", "Koshe Party activist", "trade unionist",
                           "DVK (unconfirmed)", "lawyer"])
        dvk = note in ("DVK supporter", "Koshe Party activist")
        birth = rng.randrange(1958, 2002)
        started, prec = _earliest([(det_d, det_p), (sen_d, sen_p)])
        ws2.append([i, name, birth, rng.choice(CITIES[city][2]), charge_cell, status_cell, det_cell, sen_cell, note])
        out.append(_truth_row(file, ws2.title, row, city=city, region=CITIES[city][0], articles=_articles(charges),
                              status=status, sentence_months=months, started_on=started, started_precision=prec,
                              birth_year=birth, dvk_koshe=dvk, name=name))
        row += 1
    ws2.cell(row + 1, 1, "Source: monitoring group; translation of the Russian list.")
    out.append(_truth_row(file, ws2.title, row + 1, "not_a_case"))
    out += _write_words_kz(wb, file, rng)
    wb.save(folder / file)
    return out


# Kazakh (Cyrillic) version of the words-only list
KZ_CITY = {"Almaty": "Алматы", "Astana": "Астана", "Shymkent": "Шымкент", "Oskemen": "Өскемен", "Semey": "Семей",
           "Oral": "Орал", "Aktobe": "Ақтөбе", "Atyrau": "Атырау", "Taraz": "Тараз", "Petropavl": "Петропавл",
           "Kostanay": "Қостанай", "Karaganda": "Қарағанды", "Kokshetau": "Көкшетау", "Aktau": "Ақтау",
           "Pavlodar": "Павлодар", "Taldykorgan": "Талдықорған", "Zhanaozen": "Жаңаөзен", "Konaev": "Қонаев",
           "Zhezkazgan": "Жезқазған", "Kyzylorda": "Қызылорда"}
WORDS_KZ = [
    ("әлеуметтік алауыздықты қоздыру", (174, None)),
    ("ұлттық алауыздықты қоздыру", (174, None)),
    ("көрінеу жалған ақпаратты тарату", (274, None)),
    ("тыйым салынған ұйымның қызметіне қатысу", (405, 2)),
    ("жаппай тәртіпсіздіктер", (272, None)),
    ("билік өкіліне қатысты күш қолдану", (380, None)),
]
MONTHS_KZ = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша",
             "желтоқсан"]


def _kz_term(months: int) -> str:
    y, m = divmod(months, 12)
    return " ".join(p for p in (f"{y} жыл" if y else "", f"{m} ай" if m else "") if p)


def _status_kz(rng: random.Random) -> tuple[str, str, int | None, str]:
    k = rng.randrange(7)
    if k <= 1:
        m = rng.choice([24, 36, 60, 18])
        return f"бас бостандығынан айыру, {_kz_term(m)}", "imprisoned", m, "verdict"
    if k == 2:
        m = rng.choice([12, 24, 30])
        return f"бас бостандығын шектеу, {_kz_term(m)}", "restricted_freedom", m, "verdict"
    if k == 3:
        m = rng.choice([12, 24])
        return f"шартты түрде {_kz_term(m)}", "probation", m, "verdict"
    if k == 4:
        return "айыппұл", "fined", None, "verdict"
    if k == 5:
        return "тергеу изоляторында", "pretrial_detention", None, "pre"
    return "үй қамағы", "house_arrest", None, "pre"


def _kz_date(d: dt.date, rng: random.Random) -> tuple[str, str, dt.date]:
    if rng.random() < 0.4:
        return f"{d.year} жылғы {d.day} {MONTHS_KZ[d.month - 1]}", "day", d
    return d.strftime("%d.%m.%Y"), "day", d


def _write_words_kz(wb: Workbook, file: str, rng: random.Random) -> list[dict]:
    ws = wb.create_sheet("Қазақша")
    out: list[dict] = []
    ws["A1"] = "Саяси себептермен қудаланған азаматтар тізімі (айыптар тергеу тұжырымы бойынша)"
    ws.append(["Р/с", "Аты-жөні", "Туған жылы", "Қаласы", "Айып", "Жаза / бұлтартпау шарасы", "Ұсталған күні",
               "Үкім шыққан күні", "Ескерту"])  # row 2
    row = 3
    for i in range(1, 36):
        name = _ru_name(rng, rng.random() < 0.3)
        city = rng.choice(list(KZ_CITY))
        words, charges = _charges(rng, WORDS_KZ)
        status_cell, status, months, stage = _status_kz(rng)
        det = _rand_date(rng, dt.date(2021, 2, 1), dt.date(2023, 2, 1))
        det_cell, det_p, det_d = _kz_date(det, rng)
        sen_cell, sen_d = "", None
        if stage == "verdict":
            sen = det + dt.timedelta(days=rng.randrange(60, 280))
            sen_cell, _, sen_d = _kz_date(sen, rng)
        note = rng.choice(["", "", "белсенді", "ҚДТ жақтаушысы", "Көше партиясының белсендісі", "блогер"])
        dvk = note in ("ҚДТ жақтаушысы", "Көше партиясының белсендісі")
        birth = rng.randrange(1960, 2002)
        started, prec = _earliest([(det_d, det_p), (sen_d, "day")])
        ws.append([i, name, birth, KZ_CITY[city], "; ".join(words), status_cell, det_cell, sen_cell, note])
        out.append(_truth_row(file, ws.title, row, city=city, region=CITIES[city][0], articles=_articles(charges),
                              status=status, sentence_months=months, started_on=started, started_precision=prec,
                              birth_year=birth, dvk_koshe=dvk, name=name))
        row += 1
    return out


# --- (d) a Word table pasted into Excel ---------------------------------------------------------------------------
ART_RU = [(405, 2), (405, 1), (174, 1), (174, 2), (274, 2), (274, 4), (272, 2), (380, 1), (179, 2), (182, 2),
          (256, 2), (258, 1)]


def _art_ru(a: int, p: int | None, rng: random.Random) -> str:
    return rng.choice([f"ч.{p} ст.{a} УК РК", f"ст. {a} ч. {p}", f"{a} ч.{p}", f"статья {a} часть {p}"])


def _write_word(folder: Path) -> list[dict]:
    rng = random.Random(1902)
    file = "spisok_iz_word.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    out: list[dict] = []
    ws["A1"] = "СПИСОК политических заключённых и лиц, подвергающихся политически мотивированному преследованию"
    ws.merge_cells("A1:E1")
    ws["A2"] = "(по состоянию на 01.11.2023)"
    ws.merge_cells("A2:E2")
    ws.append(["№ п/п", "Ф.И.О., год рождения", "Сведения о деле", "Место", "Примечание"])  # row 3
    wrap = Alignment(wrap_text=True, vertical="top")
    row = 4
    n = 0
    sections = [("I. Лишённые свободы", "prison", 24), ("II. Осуждённые к наказаниям, не связанным с лишением свободы",
                                                          "noncustodial", 18),
                ("III. Находящиеся под следствием", "pre", 16), ("IV. Освобождённые", "released", 12)]
    for title, kind, count in sections:
        ws.cell(row, 1, title)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
        ws.cell(row, 1).font = Font(bold=True)
        out.append(_truth_row(file, ws.title, row, "not_a_case"))
        row += 1
        for _ in range(count):
            n += 1
            name = _ru_name(rng, True)
            birth = rng.randrange(1956, 2002)
            name_cell = f"{name}\n{birth} г.р." if rng.random() < 0.7 else f"{name},\n{birth} года рождения"
            city = rng.choice(list(CITIES))
            charges = rng.sample(ART_RU, rng.choice([1, 1, 2]))
            art_words = [_art_ru(a, p, rng) for a, p in charges]
            label = "Статья" if len(charges) == 1 else "Статьи"
            lines = [f"{label}: {', '.join(art_words)}"]
            det = _rand_date(rng, dt.date(2020, 6, 1), dt.date(2021, 6, 1) if kind == "released" else dt.date(2023, 3, 1))
            dates = []
            if kind != "pre" or rng.random() < 0.6:
                det_s = det.strftime("%d.%m.%Y")
                if rng.random() < 0.15:
                    det_s = f"{MONTHS_RU_NOM[det.month - 1]} {det.year}"
                    dates.append((det.replace(day=1), "month"))
                else:
                    dates.append((det, "day"))
                lines.append(f"Задержан{'а' if name.split()[0].endswith('а') else ''}: {det_s}")
            months = None
            if kind == "prison":
                months = rng.choice([36, 48, 60, 72, 84, 30, 42])
                sen = det + dt.timedelta(days=rng.randrange(90, 250))
                dates.append((sen, "day"))
                lines.append(f"Приговор: {sen.strftime('%d.%m.%Y')}, {_ru_term(months, rng)} лишения свободы")
                status = "imprisoned"
            elif kind == "noncustodial":
                sen = det + dt.timedelta(days=rng.randrange(90, 250))
                dates.append((sen, "day"))
                pick = rng.randrange(3)
                if pick == 0:
                    months = rng.choice([12, 24, 36, 18])
                    lines.append(f"Приговор: {sen.strftime('%d.%m.%Y')}, {_ru_term(months, rng)} ограничения свободы")
                    status = "restricted_freedom"
                elif pick == 1:
                    months = rng.choice([12, 24, 36])
                    lines.append(f"Приговор: {sen.strftime('%d.%m.%Y')}, {_ru_term(months, rng)} условно")
                    status = "probation"
                else:
                    lines.append(f"Приговор: {sen.strftime('%d.%m.%Y')}, штраф 300 МРП")
                    status = "fined"
            elif kind == "pre":
                opened = det - dt.timedelta(days=rng.randrange(5, 60))
                if rng.random() < 0.5:
                    lines.insert(1, f"Дело возбуждено: {opened.strftime('%d.%m.%Y')}")
                    dates.append((opened, "day"))
                measure = rng.choice([("содержится в СИЗО", "pretrial_detention"),
                                      ("домашний арест", "house_arrest"),
                                      ("подписка о невыезде", "under_investigation")])
                lines.append(f"Мера пресечения: {measure[0]}")
                status = measure[1]
            else:  # released after a prison term
                months = rng.choice([24, 36, 48, 60])
                sen = det + dt.timedelta(days=rng.randrange(90, 200))
                rel = sen + dt.timedelta(days=rng.randrange(150, 350))
                dates += [(sen, "day"), (rel, "day")]
                lines.append(f"Приговор: {sen.strftime('%d.%m.%Y')}, {_ru_term(months, rng)} лишения свободы")
                lines.append(f"Освобожден{'а' if name.split()[0].endswith('а') else ''}: "
                             f"{rel.strftime('%d.%m.%Y')} {rng.choice(['(УДО)', 'по УДО', 'по амнистии'])}")
                status = "released"
            note = rng.choice(["", "", "", "член ДВК", "Көше партиясы", "правозащитник", "ДВК?", "блогер",
                               "многодетная мать" if name.split()[0].endswith("а") else "отец троих детей"])
            dvk = note in ("член ДВК", "Көше партиясы")
            started, prec = _earliest(dates)
            ws.append([f"{n}.", name_cell, "\n".join(lines), rng.choice(CITIES[city][1]), note])
            for c in ws[row]:
                c.alignment = wrap
            out.append(_truth_row(file, ws.title, row, city=city, region=CITIES[city][0], articles=_articles(charges),
                                  status=status, sentence_months=months, started_on=started, started_precision=prec,
                                  birth_year=birth, dvk_koshe=dvk, name=name))
            row += 1
    row += 1
    ws.cell(row, 1, "Список подготовлен по материалам адвокатов и родственников. Просим сообщать об уточнениях.")
    out.append(_truth_row(file, ws.title, row, "not_a_case"))
    for col, width in zip("ABCDE", (7, 30, 60, 22, 24)):
        ws.column_dimensions[col].width = width
    wb.save(folder / file)
    return out


# --- (e) UTF-16 tab export of an English list ---------------------------------------------------------------------
def _art_en(a: int, p: int | None, rng: random.Random) -> str:
    return rng.choice([f"Art. {a}({p})", f"Article {a} part {p}", f"Art. {a} Part {p}", f"{a}({p})"])


def _write_unicode(folder: Path) -> list[dict]:
    rng = random.Random(1903)
    file = "persons_prosecuted_unicode.csv"
    lines = ["Kazakhstan: persons prosecuted for peaceful activism (as of 30 September 2023)", ""]
    header = ["No.", "Full name", "YOB", "City/Town", "Region", "Charges (CC RK)", "Measure / sentence", "Detained",
              "Verdict date", "Affiliation", "Comments"]
    lines.append("\t".join(header))  # line 3
    out: list[dict] = []
    for i in range(1, 81):
        line_no = len(lines) + 1
        name = _en_name(rng)
        city = rng.choice(list(CITIES))
        charges = rng.sample(ART_RU, rng.choice([1, 1, 2]))
        charge_cell = rng.choice([", ", "; ", " and "]).join(_art_en(a, p, rng) for a, p in charges)
        status_cell, status, months, stage = _status_en(rng)
        det = _rand_date(rng, dt.date(2020, 3, 1), dt.date(2022, 12, 1))
        det_cell, det_p, det_d = _en_date(det, rng)
        sen_cell, sen_p, sen_d = "", "", None
        if stage == "verdict":
            sen = det + dt.timedelta(days=rng.randrange(60, 300))
            sen_cell, sen_p, sen_d = _en_date(sen, rng, allow_month=False)
        aff = rng.choice(["", "", "DVK", "Koshe Party", "Democratic Choice of Kazakhstan", "none", "independent",
                          "DVK (unconfirmed)", "trade union"])
        dvk = aff in ("DVK", "Koshe Party", "Democratic Choice of Kazakhstan")
        comments = rng.choice(["", "", "", "appeal rejected", "health concerns", "on hunger strike in 2022",
                               "case sent to court"])
        birth = rng.randrange(1955, 2003)
        yob = str(birth)
        if rng.random() < 0.05:
            yob, birth = "n/a", None
        started, prec = _earliest([(det_d, det_p), (sen_d, sen_p)])
        cells = [str(i), name, yob, rng.choice(CITIES[city][2]), REGION_AT_TIME_EN[city], charge_cell, status_cell,
                 det_cell, sen_cell, aff, comments]
        lines.append("\t".join(cells))
        out.append(_truth_row(file, "", line_no, city=city, region=CITIES[city][0], articles=_articles(charges),
                              status=status, sentence_months=months, started_on=started, started_precision=prec,
                              birth_year=birth, dvk_koshe=dvk, name=name))
    lines.append("")
    lines.append("Total: 80 persons")
    out.append(_truth_row(file, "", len(lines), "not_a_case"))
    lines.append("Sources: court documents, relatives, lawyers. Dates are those reported to us.")
    out.append(_truth_row(file, "", len(lines), "not_a_case"))
    (folder / file).write_bytes("\r\n".join(lines).encode("utf-16") + "\r\n".encode("utf-16-le"))
    return out


# --- a volunteers' template with an instruction row and an example row ---------------------------------------------
def _write_template(folder: Path) -> list[dict]:
    rng = random.Random(1904)
    file = "shablon_sbora.xlsx"
    wb = Workbook()
    wi = wb.active
    wi.title = "Инструкция"
    for text in ("Как заполнять таблицу", "1. Одна строка — одно уголовное дело одного человека.",
                 "2. Даты пишите в формате ДД.ММ.ГГГГ; если известен только месяц — «март 2021».",
                 "3. В колонке «Связь с ДВК / Көше» ставьте «да» только если это подтверждено; если не уверены — «?».",
                 "4. Не удаляйте строку-образец."):
        wi.append([text])
    ws = wb.create_sheet("Данные")
    out: list[dict] = []
    ws["A1"] = "Форма сбора данных: политически мотивированные уголовные дела (волонтёры, 2021-2023)"
    ws.merge_cells("A1:J1")
    header = ["№", "Фамилия, имя", "Год рожд.", "Населённый пункт", "Статья (номер, часть)", "Мера / приговор",
              "Срок", "Дата начала преследования", "Связь с ДВК / Көше (да/нет)", "Источник"]
    ws.append(header)  # row 2
    ws.append(["п/п", "как в документах", "ГГГГ", "город или село", "например: ч.2 ст.405", "что назначено",
               "лет / мес.", "ДД.ММ.ГГГГ", "да / нет / ?", "ссылка"])  # row 3
    out.append(_truth_row(file, "Данные", 3, "not_a_case"))
    ws.append(["ОБРАЗЕЦ", "Иванов Иван Иванович (образец)", 1980, "г. Алматы", "ч.2 ст.405 УК РК", "ограничение свободы",
               "2 года", "01.01.2021", "да", "https://example.org/case"])  # row 4
    out.append(_truth_row(file, "Данные", 4, "not_a_case"))
    row = 5
    for i in range(1, 74):
        name = _ru_name(rng, False)
        city = rng.choice(list(CITIES))
        charges = rng.sample(ART_RU, rng.choice([1, 1, 1, 2]))
        art_cell = rng.choice([", ", "; "]).join(_art_ru(a, p, rng) for a, p in charges)
        k = rng.randrange(8)
        term_cell, months = "", None
        if k <= 2:
            status_cell, status = rng.choice(["лишение свободы", "ЛС, колония"]), "imprisoned"
            months = rng.choice([24, 36, 48, 60, 30])
        elif k <= 4:
            status_cell, status = "ограничение свободы", "restricted_freedom"
            months = rng.choice([12, 24, 36, 18])
        elif k == 5:
            status_cell, status = rng.choice(["условно", "условный срок"]), "probation"
            months = rng.choice([12, 24])
        elif k == 6:
            status_cell, status = "штраф", "fined"
        else:
            status_cell, status = rng.choice(["подписка о невыезде", "домашний арест"]), None
            status = "under_investigation" if status_cell == "подписка о невыезде" else "house_arrest"
        if months:
            term_cell = _ru_term(months, rng)
        start = _rand_date(rng, dt.date(2021, 1, 10), dt.date(2023, 8, 1))
        start_cell, prec, start_d = _ru_date(start, rng)
        if rng.random() < 0.04:
            start_cell, prec, start_d = "", "", None
        tie = rng.choice(["да", "нет", "нет", "", "?", "нет", "да"])
        birth = rng.randrange(1960, 2003)
        ws.append([i, name, birth, rng.choice(CITIES[city][1]), art_cell, status_cell, term_cell, start_cell, tie,
                   f"https://t.me/monitoring_kz/{1000 + i * 7}" if rng.random() < 0.7 else "со слов родственников"])
        out.append(_truth_row(file, "Данные", row, city=city, region=CITIES[city][0], articles=_articles(charges),
                              status=status, sentence_months=months,
                              started_on=start_d.isoformat() if start_d else "", started_precision=prec,
                              birth_year=birth, dvk_koshe=tie == "да", name=name))
        row += 1
    wb.save(folder / file)
    return out


# --- a hashtag-name list in the style of English-language prisoner trackers ------------------------------------------
def _write_hashtags(folder: Path) -> list[dict]:
    rng = random.Random(1905)
    file = "hashtag_prisoners.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Prisoners"
    out: list[dict] = []
    ws["A1"] = "#FreeThemAll — people behind bars or restricted for their views (volunteers' tracker)"
    ws["A2"] = "Arrested: dd.mm.yyyy, or mm.yyyy where the day is not known, or the year alone."
    ws.append([])
    ws.append(["#", "Name (hashtag)", "Born", "Place", "Article", "Term", "Status now", "Arrested", "Notes"])  # row 4
    row = 5
    for i in range(1, 45):
        sur = rng.choice(LAT_SUR)
        first = rng.choice(LAT_FIRST_M + LAT_FIRST_F)
        if first in LAT_FIRST_F and sur[-2:] in ("ov", "ev", "in"):
            sur += "a"
        name = f"#{sur.upper()} {first}"
        city = rng.choice(list(CITIES))
        charges = rng.sample(ART_RU, rng.choice([1, 1, 2]))
        art_cell = rng.choice([" + ", ", "]).join(
            rng.choice([f"Art.{a} p.{p}", f"art. {a} part {p}", f"{a}({p})"]) for a, p in charges)
        k = rng.randrange(6)
        months = None
        if k <= 1:
            months = rng.choice([36, 48, 60, 84, 42])
            status_cell, status = rng.choice(["in prison", "serving in a penal colony"]), "imprisoned"
        elif k == 2:
            months = rng.choice([12, 24, 36])
            status_cell, status = "restricted freedom", "restricted_freedom"
        elif k == 3:
            months = rng.choice([24, 36, 48])
            status_cell, status = "free (parole)", "released"
        elif k == 4:
            status_cell, status = rng.choice(["SIZO (pre-trial)", "in pre-trial detention"]), "pretrial_detention"
        else:
            status_cell, status = "house arrest", "house_arrest"
        term_cell = ""
        if months:
            y, m = divmod(months, 12)
            term_cell = f"{y} y." if not m else f"{y} y {m} m"
        arrested = _rand_date(rng, dt.date(2019, 6, 1), dt.date(2023, 1, 1))
        form = rng.random()
        if form < 0.25:
            arr_cell, prec, arr_d = arrested.strftime("%m.%Y"), "month", arrested.replace(day=1)
        elif form < 0.35:
            arr_cell, prec, arr_d = str(arrested.year), "year", arrested.replace(month=1, day=1)
        else:
            arr_cell, prec, arr_d = arrested.strftime("%d.%m.%Y"), "day", arrested
        born = rng.randrange(1958, 2001)
        born_cell = str(born) if rng.random() < 0.7 else f"b. {born}"
        note = rng.choice(["", "", "", "#DVK", "#KoshePartiyasy", "#journalist", "#activist", "#DVK? (family denies)"])
        dvk = note in ("#DVK", "#KoshePartiyasy")
        ws.append([i, name, born_cell, rng.choice(CITIES[city][2]), art_cell, term_cell, status_cell, arr_cell, note])
        out.append(_truth_row(file, ws.title, row, city=city, region=CITIES[city][0], articles=_articles(charges),
                              status=status, sentence_months=months, started_on=arr_d.isoformat(),
                              started_precision=prec, birth_year=born, dvk_koshe=dvk, name=name))
        row += 1
    ws.cell(row, 1, "Total: 44")
    out.append(_truth_row(file, ws.title, row, "not_a_case"))
    wb.save(folder / file)
    return out


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the set's files into `folder`; return the truth, one row per non-blank row below a header."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rows = (_write_words(folder) + _write_word(folder) + _write_unicode(folder) + _write_template(folder)
            + _write_hashtags(folder))
    truth = pd.DataFrame(rows)
    truth["sentence_months"] = truth["sentence_months"].astype("Int64")
    truth["birth_year"] = truth["birth_year"].astype("Int64")
    return truth
