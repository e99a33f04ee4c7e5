"""Red-team set 22: Russian-language lists (monitors, a court press service, a media outlet, a wiki export,
relatives, a defence lawyer).

A hold-out: written from SPEC.md, REFERENCE.md, the README's data dictionary and the README's account of
what input is accepted, without reading the cleaner's modules, its vocabularies or the earlier sets.
All names are invented (generated below from seeded choices); no real person's data.

Files (`write_lists(folder)` writes them and returns the truth):

1. `memorial_politzek_kz.xlsx`: a Memorial-style ("Поддержка политзаключённых") table of
   political-prisoner cards, two sheets.
   - `Политзаключённые`: two title lines, the list's date stated above the header
     (`по состоянию на 15.11.2023`), header `№ | ФИО | Дата рождения | Город | Тематика преследования |
     Статьи УК РК | Дата задержания | Приговор / мера пресечения | Признан п/з | Адрес для писем`.
     Section headings merged across the row, by year of detention (`Задержаны в 2021 году`), a total
     line and a footnote (`* п/з — политзаключённый ...`) at the end. Stresses: full dates of birth in
     Russian form, `1985 г.р.`; dates of detention as date cells, text `12.03.2021 г.`, months
     (`март 2021`) and years; three rows with no detention date (`н/д`): undated, the recognition date
     (`Признан п/з`) is the date a monitor recognised the person, NOT a step of the prosecution, and
     never dates a case; articles `ч.2 ст.405 УК РК; ч.1 ст.174 УК РК`, `ст. 405 ч.1`,
     `ч.ч. 1, 2 ст. 405` (two parts of one article: `405(1); 405(2)`), `п.2 ч.4 ст.274` (point inside a
     part: `274(4)`); sentences `7 лет лишения свободы в колонии общего режима`, `2 г. 6 мес. л/с`,
     `1,5 года лишения свободы` (decimal years: 18 months); measures `содержание под стражей`,
     `домашний арест`, `переведён под домашний арест`, `принудительное лечение в психиатрическом
     стационаре`; the theme column
     (`ДВК`, `«Демократический выбор Казахстана»`, `Көше партиясы`, `ДВК (не подтверждено)` = doubt, so
     False; religion, January 2022, journalism, activism = False); a postal address of the colony
     in ANOTHER town than the case's (the city is the `Город` column's); one person with a second case
     on the next row, the №, name, birth, city, theme, recognition and address cells merged down over
     both rows (each row is a case; `3 года лишения свободы (по совокупности с первым делом)`).
   - `Иные преследуемые`: one title line, header with `Примечание` instead of `Признан п/з` and no
     address; restricted freedom (`3 года ограничения свободы`, `ОС 2 г.`), suspended
     (`2 года условно` = probation), fines (`штраф 500 МРП`), `подписка о невыезде` (under
     investigation), and served terms (`3 года лишения свободы; освобождён по отбытии срока
     12.05.2023` = released, term kept, the release date later than the detention).
2. `rezonansnye_dela_sudy_2023.xlsx`, sheet `II полугодие 2023`: a court press service's table as
   official documents are typed: three title lines, a two-row header with merged group cells
   (`Подсудимый` over `Ф.И.О. | год рождения`, `Дата` over `оглашения приговора | вступления в
   законную силу`), a row of column numbers `1 2 3 ... 10` under the header (not a case), month
   headings (`Июль`), a total line and the executor's line (`Исп. ..., тел. ...`). Stresses: no city
   column: the city is the court's seat (`Уральский городской суд` = Oral, `Капшагайский городской
   суд` = Konaev, `Есильский районный суд г. Астаны` = Astana, `Жезказганский городской суд` =
   Zhezkazgan / Ulytau); the verdict date written `«12» октября 2023 г.` (day in guillemets); the
   entry into force as a date cell or `не вступил в силу` (no date: the case is dated by its verdict);
   terms written with the number spelled out in brackets `2 (два) года 6 (шесть) месяцев
   ограничения свободы`, the term after the kind `лишение свободы сроком на 7 (семь) лет`, an added
   punishment `... с привлечением к принудительному труду сроком 100 (сто) часов в год` (no term of
   its own for the case), a fine with its sum in tenge `штраф в размере 800 МРП (2 760 000 тенге)`;
   `... условно с испытательным сроком 3 (три) года` (probation, the term
   before `условно`); fines in MCI; acquittals (`оправдательный приговор`, punishment `—`); the DVK /
   Koshe tie only where the plot (`Краткая фабула`) names the movement (`«Демократический выбор
   Казахстана»`, `«Көше партиясы»`); `запрещённой судом организации` alone is no tie.
3. `dannye_redaktsii_oppozitsiya.csv`: a media outlet's data table (UTF-8 with BOM, comma), a
   title line and a blank line above the header (header on physical line 3), one section line in
   the middle (`--- Дела закрыты или приговор исполнен ---`), a source line and a total line at the
   end. Headers written as a journalist would: `Герой | Год рождения | Откуда | Статья УК | Когда
   завели дело | Что сейчас | Срок | Связь с ДВК / «Көше» | Материал`. Stresses: names first-name
   first; colloquial statuses (`сидит в колонии`, `в СИЗО`, `дома под арестом`, `на свободе
   (условный срок)` = probation, `вышел по УДО` = released, `отбыл срок, на свободе` = released,
   `оправдали`, `заплатил штраф`, `под следствием`, `на принудительном лечении`); terms `3 года`,
   `1,5 года`, `2 г. 3 мес.`; dates `в марте 2021 года` (month in the prepositional case), `в
   мае 2020-го`, `в 2019 году`, `05.03.2021`; articles `405 ч.2`, `174 ч.1, 405 ч.2`,
   `ч.2 ст.405`, `272 ч.2`; the yes/no tie column `да` / `нет` / `да?` (doubt: False) / empty.
4. `spisok_politzaklyuchennyh_wiki.xlsx`, sheet `Лист1`: a Wikipedia list pasted into Excel: header
   on row 1 (`Фото | Имя | Дата рождения | Место | Дата ареста | Обвинение | Приговор | Статус |
   Прим.`), the photo column empty, names `Фамилия, Имя Отчество`, footnote markers `[3]` after
   values, `род. 14 апреля 1979 (44 года)` (the age as Wikipedia shows it), places `Алматы,
   Казахстан`, `Нур-Султан (ныне Астана)`, `Капшагай (ныне Конаев)`; articles `ч. 2 ст. 405, ст. 174
   УК РК` (an article without a part), `статья 174 УК РК`; then a second table pasted below: its heading `Бывшие
   политзаключённые` and the same header repeated (both not cases), released people with
   `освобождён 12.05.2022`; at the end the article's footnotes (`↑ ... // Радио ..., 5 марта
   2021`), not cases.
5. `obrashchenie_rodstvennikov_prilozhenie.xlsx`, sheet `Приложение 1`: the annex of a relatives'
   appeal for pardon: `Приложение 1 / к обращению родственников от 20.02.2024` in the right-hand
   cells, a merged title, header `№ | Ф.И.О. осуждённого | Дата и место рождения | Каким судом, когда
   и по какой статье осуждён | Где содержится | Контактное лицо (родственник) | Примечание`, then
   signature lines (`Подписи родственников:`, `Ермекова Г.С. ____________`), not cases. Stresses:
   birth date and birthplace in one cell (`12.04.1985, г. Кызылорда`, `1985 г.р., с. Шелек
   Алматинской обл.`; the birthplace is NOT the case's city); court, date, articles and term in one
   sentence with the court in the instrumental case (`Уральским городским судом 12.03.2021 по ч.2
   ст.405, ч.1 ст.174 УК РК к 5 годам 6 месяцам лишения свободы`): the city is the court's seat, the
   date the verdict's; `Где содержится` names a colony and its town (no place of the case) or
   `освобождён по УДО 14.06.2023` (released, term kept); a phone number in the contact column.
6. `grafik_zasedaniy_advokata_2024.xlsx`, sheets `Январь`, `Февраль`: a defence lawyer's hearing
   calendar, one row per hearing (each a case row: the client's case as it stood that day), a title
   line, header `Дата | Время | Суд, зал | Подзащитный | Статья | Стадия | Мера пресечения | Задержан |
   Примечание`, week separator rows (`Неделя 2 (08.01 – 12.01)`), a row of the lawyer's own
   appointment (`Совещание в коллегии адвокатов`, with a date and time but no client: not a case),
   and a footnote on the abbreviation `СМУС`. Stresses: hearing dates with the weekday (`вт
   09.01.2024`), times, the court with its hall (`Есильский р/с г. Астаны, зал 7`, `Капшагайский
   горсуд, зал 1`, `СМУС г. Алматы, зал 12`) as the only place; the client's status from the measure
   column, except at appeal, where the stage cell gives the first-instance verdict (`апелляция
   (приговор 1 инст.: 5 лет л/с)` = imprisoned 60, `... 2 г. ОС` = restricted freedom 24); a client
   never detained: `не задерживался, УД возбуждено 12.10.2023` (the case's start: the opening of the
   criminal case). The hearing date is no event of the case (always later than the case's start).

Decisions taken for the truth:
- started_on is the earliest of the dates of detention, charge, sentence and release in the row;
  the recognition date (`Признан п/з`), the entry into force and a publication date are no such
  events (they are always later than the row's own event, except in the 3 undated memorial rows,
  whose truth is no date).
- `1,5 года` = 18 months, `2,5 года` = 30 months.
- `ч.ч. 1, 2 ст. 405` = `405(1); 405(2)`; `п.2 ч.4 ст.274` = `274(4)`; `ч. 2 ст. 405, ст. 174 УК РК` =
  `174; 405(2)`.
- `X лет лишения свободы условно с испытательным сроком Y` = probation, X years (decided reading).
- `3 года лишения свободы; освобождён по отбытии срока DATE` = released, 36 months.
- `вышел по УДО` with a term = released, the term kept (decided reading).
- `подписка о невыезде`, `под следствием` = under_investigation (the person is charged and free).
- `дома под арестом` (colloquial) = house_arrest; `переведён под домашний арест` = house_arrest.
- A first-instance verdict under appeal is the status (the latest stage is the verdict), with its term.
- `не задерживался, УД возбуждено DATE` dates the case on DATE (day).
- `род. 14 апреля 1979 (44 года)`: birth year 1979; `штраф ... МРП (N тенге)`: fined, no term;
  `... ограничения свободы с привлечением к принудительному труду 100 часов` = the restricted freedom's
  term only.
- In a cell naming court, date and articles, the court's seat is the city (`Уральским городским
  судом` = Oral), never the birthplace of the next column nor the colony's town.
- A court's seat gives the city (`... городской суд` of that town; district courts of Astana,
  Almaty and Shymkent name the city after them; `СМУС г. Алматы` is in Almaty; the appeal hearings
  of the calendar are in the city court of the same city as the first instance).
- `Семей (Абайская область)` = Semey, Abai; `Капшагай (ныне Конаев)` = Konaev, Almaty Region.
- Birth years from `12.04.1985`, `1985 г.р.`, `род. 14 апреля 1979`, `род. 1979`.
- Regions are the current ones (Semey -> Abai, Taldykorgan -> Jetisu, Zhezkazgan -> Ulytau).

Scores: see tests/test_redteam22.py.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

SEED = 22

# (Russian form as lists write it, English city, current region)
CITIES = [
    ("Алматы", "Almaty", "Almaty"),
    ("Астана", "Astana", "Astana"),
    ("Нур-Султан", "Astana", "Astana"),
    ("Шымкент", "Shymkent", "Shymkent"),
    ("Уральск", "Oral", "West Kazakhstan"),
    ("Семей", "Semey", "Abai"),
    ("Усть-Каменогорск", "Oskemen", "East Kazakhstan"),
    ("Актобе", "Aktobe", "Aktobe"),
    ("Атырау", "Atyrau", "Atyrau"),
    ("Тараз", "Taraz", "Zhambyl"),
    ("Павлодар", "Pavlodar", "Pavlodar"),
    ("Петропавловск", "Petropavl", "North Kazakhstan"),
    ("Костанай", "Kostanay", "Kostanay"),
    ("Караганда", "Karaganda", "Karaganda"),
    ("Кокшетау", "Kokshetau", "Akmola"),
    ("Актау", "Aktau", "Mangystau"),
    ("Жанаозен", "Zhanaozen", "Mangystau"),
    ("Кызылорда", "Kyzylorda", "Kyzylorda"),
    ("Талдыкорган", "Taldykorgan", "Jetisu"),
    ("Конаев", "Konaev", "Almaty Region"),
    ("Жезказган", "Zhezkazgan", "Ulytau"),
]
CITY = {ru: (en, reg) for ru, en, reg in CITIES}

SURNAMES_M = ["Абдрахманов", "Сейтказиев", "Жаксылыков", "Нурмаганбетов", "Ермеков", "Тулегенов", "Бекболатов",
              "Кудайбергенов", "Оспанов", "Сарсенов", "Иванов", "Петренко", "Ким", "Шевчук", "Мусин",
              "Ахметжанов", "Байжанов", "Калиев", "Токтаров", "Исмаилов", "Жумабаев", "Рахимов", "Ли",
              "Серикбаев", "Досмухамедов", "Кравцов", "Есенгалиев", "Утегенов", "Мамыров", "Орынбаев"]
FIRST_M = ["Ерлан", "Бауыржан", "Нурлан", "Асхат", "Марат", "Дамир", "Серик", "Ержан", "Алексей", "Дмитрий",
           "Канат", "Жанболат", "Ильяс", "Тимур", "Арман", "Руслан", "Олжас", "Виктор", "Самат", "Азамат"]
FIRST_F = ["Асель", "Гульнар", "Айгерим", "Динара", "Жанар", "Ольга", "Сауле", "Бибигуль", "Мадина", "Елена",
           "Лаура", "Алия"]
PATR_M = ["Маратович", "Серикович", "Нурланович", "Бахытович", "Ермекович", "Сергеевич", "Канатович", "Асылбекович"]
PATR_F = ["Маратовна", "Сериковна", "Нурлановна", "Бахытовна", "Ермековна", "Сергеевна", "Канатовна"]

MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря"]
MONTHS_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
              "ноябрь", "декабрь"]
MONTHS_PREP = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
               "ноябре", "декабре"]
WORDS = {1: ("один", "одного"), 2: ("два", "двух"), 3: ("три", "трёх"), 4: ("четыре", "четырёх"),
         5: ("пять", "пяти"), 6: ("шесть", "шести"), 7: ("семь", "семи"), 8: ("восемь", "восьми")}

TRUTH_COLUMNS = ["source_file", "source_sheet", "source_row", "kind", "city", "region", "articles", "status",
                 "sentence_months", "started_on", "started_precision", "birth_year", "dvk_koshe", "name"]


def years_word(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "года"
    return "лет"


def fmt_articles(arts: list[tuple[int, int | None]]) -> str:
    return "; ".join(f"{a}({p})" if p else str(a) for a, p in sorted(arts, key=lambda x: (x[0], x[1] or 0)))


class Names:
    def __init__(self, rng: random.Random):
        self.rng, self.seen = rng, set()

    def person(self) -> tuple[str, str, str]:
        """(surname, first name, patronymic), unique within the set."""
        while True:
            female = self.rng.random() < 0.3
            sur = self.rng.choice(SURNAMES_M)
            if female:
                sur = sur if sur in ("Ким", "Ли", "Петренко", "Шевчук") else sur + "а"
                first, patr = self.rng.choice(FIRST_F), self.rng.choice(PATR_F)
            else:
                first, patr = self.rng.choice(FIRST_M), self.rng.choice(PATR_M)
            if (sur, first, patr) not in self.seen:
                self.seen.add((sur, first, patr))
                return sur, first, patr


def rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def truth_row(file, sheet, row, kind="case", **kw):
    base = dict(source_file=file, source_sheet=sheet, source_row=row, kind=kind)
    base.update(kw)
    return base


def case(file, sheet, row, *, name, city_ru=None, arts=(), status, months=None, started=None, precision=None,
         birth=None, dvk=False, city=None, region=None):
    if city_ru is not None:
        city, region = CITY[city_ru]
    return truth_row(file, sheet, row, city=city, region=region, articles=fmt_articles(list(arts)) or None,
                     status=status, sentence_months=months,
                     started_on=started.isoformat() if started else None, started_precision=precision,
                     birth_year=birth, dvk_koshe=bool(dvk), name=name)


# ---------------------------------------------------------------- articles as each list writes them
ARTICLE_SETS = [
    [(405, 2)], [(405, 2)], [(405, 2)], [(405, 1)], [(174, 1)], [(174, 2)], [(405, 2), (174, 1)],
    [(274, 4)], [(274, 2)], [(272, 2)], [(272, 2), (380, 1)], [(256, 1)], [(405, 1), (405, 2)], [(182, 2), (405, 2)],
]


def memorial_articles(rng, arts):
    if arts == [(405, 1), (405, 2)]:
        return "ч.ч. 1, 2 ст. 405 УК РК"
    if arts == [(274, 4)]:
        return rng.choice(["п.2 ч.4 ст.274 УК РК", "п. 2 ч. 4 ст. 274"])
    style = rng.randrange(3)
    parts = []
    for a, p in arts:
        parts.append([f"ч.{p} ст.{a} УК РК", f"ст. {a} ч.{p}", f"ч. {p} ст. {a}"][style])
    return "; ".join(parts) if style != 2 else ", ".join(parts)


# ---------------------------------------------------------------- file 1: Memorial-style cards
def term_ru(rng, months):
    y, m = divmod(months, 12)
    if m == 6 and y in (1, 2) and rng.random() < 0.5:
        return f"{y},5 года"
    if m == 0:
        return f"{y} {years_word(y)}"
    if rng.random() < 0.5:
        return f"{y} г. {m} мес."
    return f"{y} {years_word(y)} {m} мес."


def write_memorial(folder: Path, rng: random.Random, names: Names) -> list[dict]:
    file = "memorial_politzek_kz.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Политзаключённые"
    truth = []
    ws.append(["Поддержка политзаключённых. Казахстан"])
    ws.append(["Список лиц, признанных политическими заключёнными, по состоянию на 15.11.2023"])
    ws.append([])
    ws.append(["№", "ФИО", "Дата рождения", "Город", "Тематика преследования", "Статьи УК РК", "Дата задержания",
               "Приговор / мера пресечения", "Признан п/з", "Адрес для писем"])
    ws["A1"].font = Font(bold=True, size=14)
    themes = [("ДВК", True), ("Көше партиясы", True), ("«Демократический выбор Казахстана»", True),
              ("ДВК, Көше партиясы", True), ("ДВК (не подтверждено)", False), ("религия (Таблиги джамаат)", False),
              ("январские события", False), ("гражданский активизм", False),
              ("журналистская деятельность", False), ("ДВК", True), ("Көше партиясы", True)]
    colonies = [("Павлодар", "140000, г. Павлодар, учреждение АП-162/3"),
                ("Семей", "071400, г. Семей, учреждение УК-161/2"),
                ("Петропавловск", "150000, г. Петропавловск, учреждение ЕЦ-166/11"),
                ("Караганда", "100000, г. Караганда, учреждение АК-159/17"),
                ("Атырау", "060000, г. Атырау, учреждение УГ-157/9")]
    row = 4
    n = 0
    by_year = {2019: 10, 2020: 14, 2021: 18, 2022: 16, 2023: 10}
    for year, count in by_year.items():
        row += 1
        ws.append([f"Задержаны в {year} году"])
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        ws.cell(row, 1).font = Font(bold=True)
        truth.append(truth_row(file, ws.title, row, "not_a_case"))
        for i in range(count):
            row += 1
            n += 1
            sur, first, patr = names.person()
            name = f"{sur} {first} {patr}"
            city_ru = rng.choice(CITIES)[0]
            if city_ru == "Нур-Султан" and year >= 2023:
                city_ru = "Астана"
            bd = rand_date(rng, dt.date(1955, 1, 1), dt.date(2000, 12, 31))
            bstyle = rng.random()
            if bstyle < 0.5:
                birth_cell, birth = bd.strftime("%d.%m.%Y"), bd.year
            elif bstyle < 0.8:
                birth_cell, birth = f"{bd.year} г.р.", bd.year
            elif bstyle < 0.9:
                birth_cell, birth = dt.datetime(bd.year, bd.month, bd.day), bd.year
            else:
                birth_cell, birth = "", None
            theme, dvk = themes[(n * 7) % len(themes)]
            if theme.startswith("январские") and year != 2022:
                theme = "гражданский активизм"
            if theme.startswith("январские"):
                arts = rng.choice([[(272, 2)], [(272, 2), (380, 1)], [(380, 1)]])
            elif dvk or theme.startswith("ДВК"):
                arts = rng.choice([[(405, 2)], [(405, 1)], [(405, 2), (174, 1)], [(405, 1), (405, 2)], [(182, 2), (405, 2)]])
            elif theme.startswith("религия"):
                arts = [(405, 2)]
            else:
                arts = rng.choice([[(274, 4)], [(174, 1)], [(274, 2)], [(174, 2)]])
            if year == 2022 and theme.startswith("январские"):
                d = rand_date(rng, dt.date(2022, 1, 5), dt.date(2022, 1, 20))
            else:
                d = rand_date(rng, dt.date(year, 1, 1), dt.date(year, 10, 31 if year == 2023 else 28))
            dstyle = rng.random()
            if n in (9, 33, 58):
                det_cell, started, prec = "н/д", None, None
            elif dstyle < 0.35:
                det_cell, started, prec = dt.datetime(d.year, d.month, d.day), d, "day"
            elif dstyle < 0.6:
                det_cell, started, prec = d.strftime("%d.%m.%Y") + " г.", d, "day"
            elif dstyle < 0.75:
                det_cell, started, prec = d.strftime("%d.%m.%Y"), d, "day"
            elif dstyle < 0.9:
                det_cell, started, prec = f"{MONTHS_NOM[d.month - 1]} {d.year}", d.replace(day=1), "month"
            else:
                det_cell, started, prec = str(d.year), dt.date(d.year, 1, 1), "year"
            s = rng.random()
            months = None
            if year <= 2021 or s < 0.55:
                months = rng.choice([18, 24, 30, 36, 48, 60, 72, 84, 96])
                status = "imprisoned"
                y, m = divmod(months, 12)
                if m == 0:
                    sent = rng.choice([f"{y} {years_word(y)} лишения свободы в колонии общего режима",
                                       f"{y} {years_word(y)} лишения свободы", f"{y} {years_word(y)} л/с"])
                elif rng.random() < 0.5:
                    sent = f"{y},5 года лишения свободы"
                else:
                    sent = f"{y} г. {m} мес. л/с"
            elif s < 0.75:
                status, sent = "pretrial_detention", "мера пресечения — содержание под стражей"
            elif s < 0.92:
                status, sent = "house_arrest", "переведён под домашний арест" if n % 2 else "домашний арест"
            else:
                status, sent = "compulsory_treatment", "принудительное лечение в психиатрическом стационаре"
            recog = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(300)) if year <= 2022 else dt.date(2023, 11, 1)
            colony_city, address = rng.choice(colonies)
            if status != "imprisoned" or colony_city == city_ru:
                address = ""
            ws.append([n, name, birth_cell, city_ru, theme, memorial_articles(rng, arts), det_cell, sent,
                       recog.strftime("%d.%m.%Y"), address])
            for col in (3, 7):
                if isinstance(ws.cell(row, col).value, dt.datetime):
                    ws.cell(row, col).number_format = "DD.MM.YYYY"
            truth.append(case(file, ws.title, row, name=name, city_ru=city_ru, arts=arts, status=status, months=months,
                              started=started, precision=prec, birth=birth, dvk=dvk))
            if n in (21, 47) and status == "imprisoned" and started is not None:
                # a second case of the same person: №, name, birth, city, theme, recognition and address cells
                # merged down over both rows (each row is a case of its own)
                row += 1
                arts2 = [(174, 1)] if (174, 1) not in arts else [(274, 2)]
                d2 = min(d + dt.timedelta(days=40), dt.date(year, 12, 28))
                months2 = 36
                ws.append([None, None, None, None, None, memorial_articles(rng, arts2), d2.strftime("%d.%m.%Y"),
                           "3 года лишения свободы (по совокупности с первым делом)", None, None])
                for col in (1, 2, 3, 4, 5, 9, 10):
                    ws.merge_cells(start_row=row - 1, start_column=col, end_row=row, end_column=col)
                truth.append(case(file, ws.title, row, name=name, city_ru=city_ru, arts=arts2, status="imprisoned",
                                  months=months2, started=d2, precision="day", birth=birth, dvk=dvk))
    row += 1
    ws.append(["", f"Всего: {n} человек"])
    truth.append(truth_row(file, ws.title, row, "not_a_case"))
    row += 1
    ws.append(["* п/з — политзаключённый; дата признания — дата публикации заявления о признании"])
    truth.append(truth_row(file, ws.title, row, "not_a_case"))

    ws2 = wb.create_sheet("Иные преследуемые")
    ws2.append(["Лица, подвергающиеся преследованию без лишения свободы (по состоянию на 15.11.2023)"])
    ws2.append([])
    ws2.append(["№", "ФИО", "Дата рождения", "Город", "Тематика преследования", "Статьи УК РК", "Дата задержания",
                "Приговор / мера пресечения", "Примечание"])
    row = 3
    notes = ["", "", "", "запрет на общественную деятельность 5 лет", "апелляция оставила приговор без изменения",
             "выступает в поддержку семей задержанных", ""]
    for i in range(50):
        row += 1
        sur, first, patr = names.person()
        name = f"{sur} {first[0]}.{patr[0]}." if i % 5 == 4 else f"{sur} {first} {patr}"
        city_ru = rng.choice(CITIES)[0]
        bd = rand_date(rng, dt.date(1950, 1, 1), dt.date(2001, 12, 31))
        if i % 3 == 0:
            birth_cell, birth = bd.strftime("%d.%m.%Y"), bd.year
        elif i % 3 == 1:
            birth_cell, birth = f"{bd.year} г.р.", bd.year
        else:
            birth_cell, birth = "", None
        theme, dvk = themes[(i * 5 + 3) % len(themes)]
        if dvk or theme.startswith("ДВК"):
            arts = rng.choice([[(405, 2)], [(405, 1)], [(405, 2), (174, 1)]])
        elif theme.startswith("январские"):
            arts = [(272, 2)]
        elif theme.startswith("религия"):
            arts = [(405, 2)]
        else:
            arts = rng.choice([[(274, 2)], [(174, 1)], [(274, 4)]])
        d = rand_date(rng, dt.date(2019, 1, 1), dt.date(2023, 6, 30))
        if theme.startswith("январские"):
            d = rand_date(rng, dt.date(2022, 1, 5), dt.date(2022, 1, 25))
        if i % 4 == 3:
            det_cell, started, prec = f"{MONTHS_NOM[d.month - 1]} {d.year}", d.replace(day=1), "month"
        elif i % 4 == 1:
            det_cell, started, prec = dt.datetime(d.year, d.month, d.day), d, "day"
        else:
            det_cell, started, prec = d.strftime("%d.%m.%Y"), d, "day"
        k = i % 10
        months = None
        if k in (0, 1, 2):
            months = rng.choice([12, 18, 24, 36, 48])
            status = "restricted_freedom"
            y, m = divmod(months, 12)
            sent = f"{term_ru(rng, months)} ограничения свободы" if k != 2 else (
                f"ОС {y} г." if m == 0 else f"ОС {y} г. {m} мес.")
        elif k in (3, 4):
            months = rng.choice([12, 24, 36])
            status = "probation"
            y = months // 12
            sent = f"{y} {years_word(y)} условно"
        elif k == 5:
            status, sent = "fined", f"штраф {rng.choice([200, 500, 1000, 2000])} МРП"
        elif k in (6, 7):
            status, sent = "under_investigation", "подписка о невыезде"
        else:
            months = rng.choice([12, 24, 36])
            y = months // 12
            rel = d + dt.timedelta(days=months * 30 + rng.randrange(20))
            rel = min(rel, dt.date(2023, 11, 10))
            status = "released"
            sent = f"{y} {years_word(y)} лишения свободы; освобождён по отбытии срока {rel.strftime('%d.%m.%Y')}"
        note = notes[i % len(notes)] if status in ("restricted_freedom", "probation") or i % len(notes) in (0, 5) else ""
        ws2.append([i + 1, name, birth_cell, city_ru, theme, memorial_articles(rng, arts), det_cell, sent, note])
        if isinstance(ws2.cell(row, 7).value, dt.datetime):
            ws2.cell(row, 7).number_format = "DD.MM.YYYY"
        truth.append(case(file, ws2.title, row, name=name, city_ru=city_ru, arts=arts, status=status, months=months,
                          started=started, precision=prec, birth=birth, dvk=dvk))
    row += 1
    ws2.append(["Итого: 50"])
    truth.append(truth_row(file, ws2.title, row, "not_a_case"))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------- file 2: court press service
COURTS = [
    ("Уральский городской суд", "Oral", "West Kazakhstan"),
    ("Капшагайский городской суд", "Konaev", "Almaty Region"),
    ("Есильский районный суд г. Астаны", "Astana", "Astana"),
    ("Медеуский районный суд г. Алматы", "Almaty", "Almaty"),
    ("Енбекшинский районный суд г. Шымкента", "Shymkent", "Shymkent"),
    ("Жезказганский городской суд", "Zhezkazgan", "Ulytau"),
    ("Таразский городской суд", "Taraz", "Zhambyl"),
    ("Павлодарский городской суд", "Pavlodar", "Pavlodar"),
    ("Костанайский городской суд", "Kostanay", "Kostanay"),
    ("Талдыкорганский городской суд", "Taldykorgan", "Jetisu"),
    ("Семейский городской суд", "Semey", "Abai"),
    ("Актюбинский городской суд", "Aktobe", "Aktobe"),
    ("Атырауский городской суд", "Atyrau", "Atyrau"),
    ("Кызылординский городской суд", "Kyzylorda", "Kyzylorda"),
]


def term_words(months: int) -> str:
    y, m = divmod(months, 12)
    parts = []
    if y:
        parts.append(f"{y} ({WORDS[y][0]}) {years_word(y)}")
    if m:
        parts.append(f"{m} ({WORDS[m][0]}) {'месяцев' if m >= 5 else 'месяца'}")
    return " ".join(parts)


def write_press(folder: Path, rng: random.Random, names: Names) -> list[dict]:
    file = "rezonansnye_dela_sudy_2023.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "II полугодие 2023"
    truth = []
    ws.append(["ИНФОРМАЦИЯ"])
    ws.append(["о результатах рассмотрения судами уголовных дел, вызвавших общественный резонанс, за II полугодие 2023 года"])
    ws.append(["(по материалам пресс-служб судов)"])
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
    ws.append([])
    ws.append(["№ п/п", "Суд", "Подсудимый", None, "Квалификация (статьи УК РК)", "Краткая фабула", "Дата", None,
               "Результат рассмотрения", "Назначенное наказание"])
    ws.append([None, None, "Ф.И.О.", "год рождения", None, None, "оглашения приговора", "вступления в законную силу",
               None, None])
    for c in (1, 2, 5, 6, 9, 10):
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.merge_cells(start_row=5, start_column=3, end_row=5, end_column=4)
    ws.merge_cells(start_row=5, start_column=7, end_row=5, end_column=8)
    ws.append(list(range(1, 11)))
    truth.append(truth_row(file, ws.title, 7, "not_a_case"))
    row = 7
    fabulas_dvk = ["участвовал в деятельности запрещённой судом организации «Демократический выбор Казахстана», "
                   "размещал её материалы в социальных сетях",
                   "распространял в мессенджере Telegram видеообращения движения «Көше партиясы»",
                   "организовал собрание сторонников ДВК, признанного экстремистским"]
    fabulas_405 = ["участвовал в деятельности организации, запрещённой судом в связи с экстремизмом",
                   "продолжил участие в деятельности запрещённого судом объединения"]
    fabulas_other = {174: "разместил в социальной сети Facebook публикации, возбуждающие социальную рознь",
                     274: "распространил заведомо ложную информацию в социальных сетях",
                     272: "в ходе январских событий участвовал в массовых беспорядках",
                     380: "применил насилие в отношении сотрудника полиции при задержании"}
    n = 0
    for month in range(7, 13):
        row += 1
        ws.append([MONTHS_NOM[month - 1].capitalize()])
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        truth.append(truth_row(file, ws.title, row, "not_a_case"))
        for i in range(11 if month != 12 else 12):
            row += 1
            n += 1
            sur, first, patr = names.person()
            name = f"{sur} {first} {patr}"
            court, city, region = COURTS[(n * 3 + month) % len(COURTS)]
            birth = rng.randrange(1958, 2003)
            birth_cell = birth if n % 3 else f"{birth} г.р."
            kind = n % 6
            dvk = False
            if kind in (0, 1):
                arts = rng.choice([[(405, 2)], [(405, 1)], [(405, 2), (174, 1)]])
                if kind == 0:
                    fab, dvk = fabulas_dvk[n % 3], True
                else:
                    fab = fabulas_405[n % 2]
            else:
                arts = rng.choice([[(174, 1)], [(274, 2)], [(274, 4)], [(272, 2)], [(272, 2), (380, 1)], [(174, 2)]])
                fab = fabulas_other[arts[0][0]]
            arts_cell = ", ".join(f"ч.{p} ст.{a}" for a, p in arts) + " УК РК"
            if arts == [(274, 4)]:
                arts_cell = "п.2 ч.4 ст.274 УК РК"
            day = rng.randrange(1, 29)
            verdict = dt.date(2023, month, day)
            vcell = f"«{day:02d}» {MONTHS_GEN[month - 1]} 2023 г." if n % 4 else f"{day} {MONTHS_GEN[month - 1]} 2023 года"
            force = verdict + dt.timedelta(days=15 + rng.randrange(40))
            force_cell = dt.datetime(force.year, force.month, force.day) if force < dt.date(2023, 12, 31) and n % 5 else "не вступил в силу"
            o = n % 10
            months = None
            if o in (0, 1, 2):
                months = rng.choice([24, 30, 36, 48, 60, 72, 84])
                status = "imprisoned"
                pun = (f"{term_words(months)} лишения свободы с отбыванием наказания в учреждении средней безопасности"
                       if n % 2 else f"лишение свободы сроком на {term_words(months)}")
                result = "обвинительный приговор"
            elif o in (3, 4, 5):
                months = rng.choice([12, 18, 24, 30, 36])
                status = "restricted_freedom"
                pun = f"{term_words(months)} ограничения свободы"
                if n % 2:
                    pun += " с привлечением к принудительному труду сроком 100 (сто) часов в год"
                result = "обвинительный приговор"
            elif o == 6:
                months = rng.choice([24, 36])
                status = "probation"
                pun = (f"{term_words(months)} лишения свободы условно с испытательным сроком "
                       f"{term_words(rng.choice([24, 36, 48]))}")
                result = "обвинительный приговор"
            elif o in (7, 8):
                status = "fined"
                mci = rng.choice([200, 500, 800, 1000, 3000])
                pun = f"штраф в размере {mci} МРП" if n % 2 else f"штраф в размере {mci} МРП ({mci * 3450:,} тенге)".replace(",", " ")
                result = "обвинительный приговор"
            else:
                status, pun, result = "acquitted", "—", "оправдательный приговор"
            ws.append([n, court, name, birth_cell, arts_cell, fab, vcell, force_cell, result, pun])
            if isinstance(force_cell, dt.datetime):
                ws.cell(row, 8).number_format = "DD.MM.YYYY"
            truth.append(case(file, ws.title, row, name=name, city=city, region=region, arts=arts, status=status,
                              months=months, started=verdict, precision="day", birth=birth, dvk=dvk))
    row += 1
    ws.append([None, "Итого рассмотрено:", f"{n} дел"])
    truth.append(truth_row(file, ws.title, row, "not_a_case"))
    row += 2
    ws.append([])
    ws.append([None, "Исп. Нурланова А.К., тел. 8 (7172) 71-00-00"])
    truth.append(truth_row(file, ws.title, row, "not_a_case"))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------- file 3: a media outlet's data table
def write_media(folder: Path, rng: random.Random, names: Names) -> list[dict]:
    file = "dannye_redaktsii_oppozitsiya.csv"
    lines: list[list[str]] = []
    truth = []
    lines.append(["Таблица редакции: уголовные дела против оппозиционеров (обновлено 01.09.2022)"])
    lines.append([])
    lines.append(["Герой", "Год рождения", "Откуда", "Статья УК", "Когда завели дело", "Что сейчас", "Срок",
                  "Связь с ДВК / «Көше»", "Материал"])
    open_statuses = [("imprisoned", "сидит в колонии"), ("pretrial_detention", "в СИЗО"),
                     ("house_arrest", "дома под арестом"), ("probation", "на свободе (условный срок)"),
                     ("restricted_freedom", "ограничение свободы"), ("under_investigation", "под следствием"),
                     ("compulsory_treatment", "на принудительном лечении"), ("imprisoned", "в колонии"),
                     ("restricted_freedom", "ограничение свободы")]
    closed_statuses = [("released", "вышел по УДО"), ("released", "отбыл срок, на свободе"),
                       ("acquitted", "оправдали"), ("fined", "заплатил штраф")]
    cities = [c for c in CITIES if c[0] != "Астана"]

    def one(status, word):
        sur, first, patr = names.person()
        name = f"{first} {sur}"
        city_ru = rng.choice(cities)[0]
        birth = rng.randrange(1960, 2002) if rng.random() < 0.8 else None
        tie = rng.random()
        if tie < 0.45:
            tie_cell, dvk = "да", True
        elif tie < 0.55:
            tie_cell, dvk = "да?", False
        elif tie < 0.85:
            tie_cell, dvk = "нет", False
        else:
            tie_cell, dvk = "", False
        if dvk or tie_cell == "да?":
            arts = rng.choice([[(405, 2)], [(405, 1)], [(405, 2), (174, 1)]])
        else:
            arts = rng.choice([[(174, 1)], [(274, 2)], [(272, 2)], [(405, 2)]])
        st = rng.randrange(4)
        art_cell = ", ".join([f"{a} ч.{p}", f"{a} ч.{p}", f"ч.{p} ст.{a}", f"{a} ч.{p}"][st] for a, p in sorted(arts))
        d = rand_date(rng, dt.date(2018, 6, 1), dt.date(2022, 6, 30))
        ds = rng.randrange(5)
        if ds == 0:
            dcell, started, prec = f"в {MONTHS_PREP[d.month - 1]} {d.year} года", d.replace(day=1), "month"
        elif ds == 1:
            dcell, started, prec = f"в {MONTHS_PREP[d.month - 1]} {d.year}-го", d.replace(day=1), "month"
        elif ds == 2:
            dcell, started, prec = f"в {d.year} году", dt.date(d.year, 1, 1), "year"
        else:
            dcell, started, prec = d.strftime("%d.%m.%Y"), d, "day"
        months = None
        if status in ("imprisoned", "restricted_freedom", "probation") or (status == "released"):
            months = rng.choice([12, 18, 24, 27, 36, 48, 60])
            y, m = divmod(months, 12)
            if m == 6:
                term = f"{y},5 года" if y > 0 else "6 месяцев"
            elif m:
                term = f"{y} г. {m} мес."
            else:
                term = f"{y} {years_word(y)}"
        else:
            term = "—"
        link = f"https://example-media.kz/news/{d.year}/{rng.randrange(10000, 99999)}"
        lines.append([name, str(birth) if birth else "", city_ru, art_cell, dcell, word, term, tie_cell, link])
        physical = len(lines)
        truth.append(case(file, "", physical, name=name, city_ru=city_ru, arts=arts, status=status, months=months,
                          started=started, precision=prec, birth=birth, dvk=dvk))

    for i in range(52):
        one(*open_statuses[i % len(open_statuses)])
    lines.append(["--- Дела закрыты или приговор исполнен ---"])
    truth.append(truth_row(file, "", len(lines), "not_a_case"))
    for i in range(20):
        one(*closed_statuses[i % len(closed_statuses)])
    lines.append(["Источник: данные редакции, судов и родственников"])
    truth.append(truth_row(file, "", len(lines), "not_a_case"))
    lines.append(["Всего героев: 72"])
    truth.append(truth_row(file, "", len(lines), "not_a_case"))
    with open(folder / file, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        for line in lines:
            w.writerow(line)
    return truth


# ---------------------------------------------------------------- file 4: a wiki list pasted into Excel
WIKI_PLACES = [("Алматы, Казахстан", "Almaty", "Almaty"), ("Нур-Султан (ныне Астана)", "Astana", "Astana"),
               ("Капшагай (ныне Конаев)", "Konaev", "Almaty Region"), ("Семей (Абайская область)", "Semey", "Abai"),
               ("Усть-Каменогорск", "Oskemen", "East Kazakhstan"), ("Уральск", "Oral", "West Kazakhstan"),
               ("Шымкент", "Shymkent", "Shymkent"), ("Актобе, Казахстан", "Aktobe", "Aktobe"),
               ("Жанаозен", "Zhanaozen", "Mangystau"), ("Петропавловск", "Petropavl", "North Kazakhstan"),
               ("Талдыкорган", "Taldykorgan", "Jetisu"), ("Караганда", "Karaganda", "Karaganda")]


def write_wiki(folder: Path, rng: random.Random, names: Names) -> list[dict]:
    file = "spisok_politzaklyuchennyh_wiki.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    truth = []
    header = ["Фото", "Имя", "Дата рождения", "Место", "Дата ареста", "Обвинение", "Приговор", "Статус", "Прим."]
    ws.append(header)
    row = 1
    fn = [1]

    def foot() -> str:
        fn[0] += 1
        return f"[{fn[0]}]" if rng.random() < 0.4 else ""

    notes = [("член ДВК", True), ("активист «Көше партиясы»", True), ("журналист", False), ("—", False),
             ("признан узником совести", False), ("сторонник ДВК", True), ("блогер", False)]

    def one(released: bool):
        nonlocal row
        row += 1
        sur, first, patr = names.person()
        name = f"{sur}, {first} {patr}"
        place, city, region = rng.choice(WIKI_PLACES)
        bd = rand_date(rng, dt.date(1955, 1, 1), dt.date(1999, 12, 31))
        b = rng.randrange(3)
        age = 2023 - bd.year - (1 if (bd.month, bd.day) > (6, 1) else 0)
        age_word = "год" if age % 10 == 1 and age % 100 != 11 else ("года" if age % 10 in (2, 3, 4) and age % 100 not in (12, 13, 14) else "лет")
        birth_cell = [f"род. {bd.day} {MONTHS_GEN[bd.month - 1]} {bd.year} ({age} {age_word})", f"род. {bd.year}", ""][b]
        birth = bd.year if b < 2 else None
        note, dvk = notes[row % len(notes)]
        if dvk:
            arts = rng.choice([[(405, 2)], [(405, 1)], [(405, 2), (174, None)]])
        else:
            arts = rng.choice([[(274, 2)], [(174, 1)], [(174, None)], [(272, 2)]])
        if arts == [(405, 2), (174, None)]:
            arts_cell = "ч. 2 ст. 405, ст. 174 УК РК"
        elif arts == [(174, None)]:
            arts_cell = "статья 174 УК РК"
        else:
            arts_cell = "; ".join(f"ст. {a} ч. {p} УК РК" for a, p in arts)
        d = rand_date(rng, dt.date(2018, 3, 1), dt.date(2022, 12, 31))
        ds = rng.randrange(4)
        if ds < 2:
            dcell, started, prec = f"{d.day} {MONTHS_GEN[d.month - 1]} {d.year} года", d, "day"
        elif ds == 2:
            dcell, started, prec = f"{MONTHS_NOM[d.month - 1]} {d.year}", d.replace(day=1), "month"
        else:
            dcell, started, prec = str(d.year), dt.date(d.year, 1, 1), "year"
        months = rng.choice([24, 36, 48, 60, 72, 84, 96]) if not released or rng.random() < 0.9 else 12
        y, m = divmod(months, 12)
        kind = rng.randrange(5) if not released else 0
        if kind in (0, 1, 2):
            sent = rng.choice([f"{y} {years_word(y)} колонии", f"{y} {years_word(y)} лишения свободы"])
            status = "imprisoned"
            stat = rng.choice(["в заключении", "отбывает наказание"])
        elif kind == 3:
            sent = f"{y} {years_word(y)} ограничения свободы"
            status, stat = "restricted_freedom", "ограничение свободы"
        else:
            sent = f"{y} {years_word(y)} условно"
            status, stat = "probation", "условный срок"
        if released:
            rel = d + dt.timedelta(days=200 + rng.randrange(500))
            rel = min(rel, dt.date(2023, 10, 1))
            status = "released"
            stat = f"освобождён {rel.strftime('%d.%m.%Y')}" if rng.random() < 0.7 else f"освобождён по УДО {rel.day} {MONTHS_GEN[rel.month - 1]} {rel.year}"
        ws.append([None, name + foot(), birth_cell, place, dcell + foot(), arts_cell + foot(), sent, stat, note + foot()])
        truth.append(case(file, ws.title, row, name=name, city=city, region=region, arts=arts, status=status,
                          months=months, started=started, precision=prec, birth=birth, dvk=dvk))

    for _ in range(52):
        one(False)
    ws.append([])
    row += 2
    ws.append(["Бывшие политзаключённые"])
    truth.append(truth_row(file, ws.title, row, "not_a_case"))
    row += 1
    ws.append(header)
    truth.append(truth_row(file, ws.title, row, "not_a_case"))
    for _ in range(24):
        one(True)
    ws.append([])
    row += 2
    ws.append(["Примечания"])
    truth.append(truth_row(file, ws.title, row, "not_a_case"))
    for k, src in enumerate(["Радио Азаттык", "Власть", "Казинформ", "КМБПЧ"]):
        row += 1
        day = 3 + k * 5
        ws.append([f"↑ {k + 1}. Новость о задержании активиста // {src}, {day} марта 2021"])
        truth.append(truth_row(file, ws.title, row, "not_a_case"))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------- file 5: relatives' appeal annex
COURTS_INSTR = [
    ("Есильским районным судом г. Астаны", "Astana", "Astana"),
    ("Уральским городским судом", "Oral", "West Kazakhstan"),
    ("Специализированным межрайонным судом по уголовным делам г. Алматы", "Almaty", "Almaty"),
    ("Таразским городским судом", "Taraz", "Zhambyl"),
    ("Семейским городским судом", "Semey", "Abai"),
    ("Жанаозенским городским судом", "Zhanaozen", "Mangystau"),
    ("Актюбинским городским судом", "Aktobe", "Aktobe"),
    ("Павлодарским городским судом", "Pavlodar", "Pavlodar"),
    ("Талдыкорганским городским судом", "Taldykorgan", "Jetisu"),
    ("Шымкентским городским судом", "Shymkent", "Shymkent"),
]
BIRTHPLACES = ["г. Кызылорда", "с. Шелек Алматинской обл.", "г. Костанай", "г. Кокшетау", "г. Атырау",
               "г. Петропавловск", "г. Караганда", "пос. Бейнеу Мангистауской обл."]
PRISONS = ["учреждение ЕЦ-166/11, г. Петропавловск", "учреждение АП-162/3, г. Павлодар",
           "учреждение УК-161/2, г. Семей", "учреждение АК-159/17, г. Караганда",
           "колония-поселение, г. Кокшетау"]


def instr_term(months: int) -> str:
    y, m = divmod(months, 12)
    yw = "году" if y % 10 == 1 and y % 100 != 11 else "годам"
    if m:
        return f"к {y} {yw} {m} месяцам"
    return f"к {y} {yw}"


def write_appeal(folder: Path, rng: random.Random, names: Names) -> list[dict]:
    file = "obrashchenie_rodstvennikov_prilozhenie.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Приложение 1"
    truth = []
    ws.append(["", "", "", "", "Приложение 1"])
    ws.append(["", "", "", "", "к обращению родственников от 20.02.2024"])
    ws.append(["Список осуждённых, родственники которых просят о помиловании"])
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=7)
    ws.append(["№", "Ф.И.О. осуждённого", "Дата и место рождения", "Каким судом, когда и по какой статье осуждён",
               "Где содержится", "Контактное лицо (родственник)", "Примечание"])
    row = 4
    notes = [("", False), ("ДВК", True), ("", False), ("Көше партиясы", True), ("инвалид II группы", False),
             ("", False), ("сторонник ДВК", True)]
    for i in range(40):
        row += 1
        sur, first, patr = names.person()
        name = f"{sur} {first} {patr}"
        court, city, region = COURTS_INSTR[(i * 3) % len(COURTS_INSTR)]
        bd = rand_date(rng, dt.date(1958, 1, 1), dt.date(1999, 12, 31))
        bplace = BIRTHPLACES[i % len(BIRTHPLACES)]
        if i % 4 == 3:
            bcell = f"{bd.year} г.р., {bplace}"
        else:
            bcell = f"{bd.strftime('%d.%m.%Y')}, {bplace}"
        note, dvk = notes[i % len(notes)]
        if dvk:
            arts = rng.choice([[(405, 2)], [(405, 1)], [(405, 2), (174, 1)]])
        else:
            arts = rng.choice([[(174, 1)], [(272, 2)], [(272, 2), (380, 1)], [(274, 4)], [(405, 2)]])
        arts_txt = ", ".join(f"ч.{p} ст.{a}" for a, p in arts) + " УК РК"
        if arts == [(274, 4)]:
            arts_txt = "п.2 ч.4 ст.274 УК РК"
        verdict = rand_date(rng, dt.date(2019, 1, 1), dt.date(2023, 6, 30))
        months = rng.choice([24, 36, 42, 48, 60, 66, 72, 84, 96])
        kind = "лишения свободы" if i % 3 else "л/с"
        vdate = verdict.strftime("%d.%m.%Y") if i % 5 else f"{verdict.day} {MONTHS_GEN[verdict.month - 1]} {verdict.year} г."
        cell = f"{court} {vdate} по {arts_txt} {instr_term(months)} {kind}"
        if i % 8 == 5:
            rel = verdict + dt.timedelta(days=400 + rng.randrange(200))
            rel = min(rel, dt.date(2024, 2, 1))
            where, status = f"освобождён по УДО {rel.strftime('%d.%m.%Y')}", "released"
        else:
            where, status = PRISONS[i % len(PRISONS)], "imprisoned"
        contact = f"{rng.choice(['мать', 'супруга', 'брат', 'сестра', 'отец'])}, +7 7{rng.randrange(10, 99)} {rng.randrange(100, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"
        ws.append([i + 1, name, bcell, cell, where, contact, note])
        truth.append(case(file, ws.title, row, name=name, city=city, region=region, arts=arts, status=status,
                          months=months, started=verdict, precision="day", birth=bd.year, dvk=dvk))
    ws.append([])
    row += 2
    ws.append(["Подписи родственников:"])
    truth.append(truth_row(file, ws.title, row, "not_a_case"))
    for who in ["Ермекова Г.С. ____________", "Ли О.В. ____________"]:
        row += 1
        ws.append(["", who])
        truth.append(truth_row(file, ws.title, row, "not_a_case"))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------- file 6: a defence lawyer's hearing calendar
CAL_COURTS = [
    ("Есильский р/с г. Астаны, зал 7", "Astana", "Astana"),
    ("СМУС г. Алматы, зал 12", "Almaty", "Almaty"),
    ("Алмалинский районный суд г. Алматы, зал 3", "Almaty", "Almaty"),
    ("Сарыаркинский р/с г. Астаны, зал 2", "Astana", "Astana"),
    ("Капшагайский горсуд, зал 1", "Konaev", "Almaty Region"),
    ("Талдыкорганский горсуд, зал 4", "Taldykorgan", "Jetisu"),
]
APPEAL_COURTS = {"Astana": "Астанинский городской суд (апелл. коллегия), зал 21",
                 "Almaty": "Алматинский городской суд (апелл. коллегия), зал 9"}
WEEKDAYS = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]


def write_calendar(folder: Path, rng: random.Random, names: Names) -> list[dict]:
    file = "grafik_zasedaniy_advokata_2024.xlsx"
    wb = Workbook()
    truth = []
    clients = []
    for i in range(30):
        sur, first, patr = names.person()
        court, city, region = CAL_COURTS[i % len(CAL_COURTS)]
        arts = [[(405, 2)], [(405, 1)], [(174, 1)], [(274, 4)], [(272, 2)], [(405, 2), (174, 1)]][i % 6]
        det = rand_date(rng, dt.date(2023, 3, 1), dt.date(2023, 12, 20))
        clients.append(dict(name=f"{sur} {first[0]}.{patr[0]}.", court=court, city=city, region=region, arts=arts,
                            det=det, measure=["под стражей", "домашний арест", "подписка о невыезде"][i % 3],
                            verdict=[None, None, ("5 лет л/с", "imprisoned", 60), None,
                                     ("2 г. ОС", "restricted_freedom", 24)][i % 5] if city in APPEAL_COURTS else None))
    stages = ["досудебное расследование", "предварительное слушание", "главное судебное разбирательство",
              "прения, последнее слово"]
    for month, month_name, first_monday, first_week in ((1, "Январь", 8, 2), (2, "Февраль", 5, 6)):
        ws = wb.active if month == 1 else wb.create_sheet(month_name)
        ws.title = month_name
        ws.append([f"Адвокат Сагинтаева Ж.Б. — график судебных заседаний, {month_name.lower()} 2024 г."])
        ws.append(["Дата", "Время", "Суд, зал", "Подзащитный", "Статья", "Стадия", "Мера пресечения", "Задержан",
                   "Примечание"])
        row = 2
        day = first_monday
        k = 0
        for week in range(3):
            row += 1
            ws.append([f"Неделя {week + first_week} ({day:02d}.{month:02d} – {day + 4:02d}.{month:02d})"])
            truth.append(truth_row(file, ws.title, row, "not_a_case"))
            for j in range(6):
                d = dt.date(2024, month, day + j % 5)
                c = clients[(k * 7 + month) % len(clients)]
                k += 1
                row += 1
                if j == 5:
                    ws.append([f"{WEEKDAYS[d.weekday()]} {d.strftime('%d.%m.%Y')}", "15:00", "—",
                               "Совещание в коллегии адвокатов", "", "", "", "", "явка обязательна"])
                    truth.append(truth_row(file, ws.title, row, "not_a_case"))
                    continue
                dcell = f"{WEEKDAYS[d.weekday()]} {d.strftime('%d.%m.%Y')}" if j % 2 else d.strftime("%d.%m.%Y")
                arts_cell = ", ".join(f"{a} ч.{p}" for a, p in c["arts"]) if j % 2 else \
                    "; ".join(f"ч.{p} ст.{a} УК" for a, p in c["arts"])
                months = None
                if c["verdict"] and month == 2:
                    text, status, months = c["verdict"]
                    stage = f"апелляция (приговор 1 инст.: {text})"
                    court_cell = APPEAL_COURTS[c["city"]]
                    measure = "под стражей" if status == "imprisoned" else "—"
                else:
                    court_cell = c["court"]
                    stage = stages[(k + j) % len(stages)] if c["measure"] != "подписка о невыезде" else stages[k % 2]
                    measure = c["measure"]
                    status = {"под стражей": "pretrial_detention", "домашний арест": "house_arrest",
                              "подписка о невыезде": "under_investigation"}[measure]
                if c["measure"] == "подписка о невыезде" and not (c["verdict"] and month == 2):
                    det_cell = f"не задерживался, УД возбуждено {c['det'].strftime('%d.%m.%Y')}"
                else:
                    det_cell = c["det"].strftime("%d.%m.%Y")
                note = ["", "ходатайство о продлении меры", "ознакомление с материалами", "", "перенос по болезни судьи"][(k + j) % 5]
                ws.append([dcell, f"{rng.choice([9, 10, 11, 14, 15, 16])}:{rng.choice(['00', '30'])}", court_cell, c["name"],
                           arts_cell, stage, measure, det_cell, note])
                truth.append(case(file, ws.title, row, name=c["name"], city=c["city"], region=c["region"], arts=c["arts"],
                                  status=status, months=months, started=c["det"], precision="day", dvk=False))
            day += 7
        row += 1
        ws.append(["", "", "", "* СМУС — специализированный межрайонный суд по уголовным делам"])
        truth.append(truth_row(file, ws.title, row, "not_a_case"))
    wb.save(folder / file)
    return truth


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the six lists of set 22 into `folder`; return the truth (one row per row to account for)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    names = Names(rng)
    truth = []
    truth += write_memorial(folder, rng, names)
    truth += write_press(folder, rng, names)
    truth += write_media(folder, rng, names)
    truth += write_wiki(folder, rng, names)
    truth += write_appeal(folder, rng, names)
    truth += write_calendar(folder, rng, names)
    df = pd.DataFrame(truth, columns=TRUTH_COLUMNS)
    df["source_sheet"] = df["source_sheet"].fillna("")
    df["source_row"] = df["source_row"].astype(int)
    df["sentence_months"] = df["sentence_months"].astype("Int64")
    df["birth_year"] = df["birth_year"].astype("Int64")
    df["dvk_koshe"] = df["dvk_koshe"].fillna(False).astype(bool)
    return df
