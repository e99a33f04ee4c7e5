"""Red-team set 17 (a hold-out): five lists in layouts the project had not copied, with the truth of every row.

Written without reading the sample generator, the vocabularies, the cleaner's modules or the earlier
red-team sets. Names, case numbers, phone numbers and links are invented; nothing is a real person.
Everything is deterministic (one seeded `random.Random` per file).

Files (`write_lists(folder)` writes them and returns the truth):

1. `sud_akty_174_405_2022-2023.xlsx`, sheet `Приговоры` -- a list compiled from the court websites' Bank
   of Judicial Acts: `№ п/п | № дела | Суд | Судья | Дата вынесения | Подсудимый | Год рожд. | Статья |
   Мера наказания | Дата вступления в силу | Примечание`, one row per verdict, names anonymised to surname
   and initials. Stresses: the only place is the court's name (`Есильский районный суд г. Нур-Султана`,
   `Капшагайский городской суд`, `Орал қалалық соты`, `Районный суд №2 Казыбекбийского района г.
   Караганды`); sentences written as courts write them (`5 (пять) лет 6 (шесть) месяцев с отбыванием в
   учреждении средней безопасности`, restricted freedom with 100 hours of forced labour a year and a
   5-year ban on political activity, suspended terms with a probation period, fines with the sum in
   tenge); verdict dates as date cells, `14.06.2022 г.` and ISO text; a later "entered into force" date
   column; year headings (`2022 год`), a total row and a footnote.
2. `ccpr_shadow_report_annex_II.xlsx`, sheet `Annex II` -- an English shadow-report annex to the UN Human
   Rights Committee: `No. | Case No. | Name | Year of birth | City / Region | Charges (Criminal Code) |
   Date of arrest | Date of verdict | Sentence | Current status | Affiliation`, grouped under lettered
   sections (`A. Persons currently deprived of liberty`, ...). Stresses: footnote markers in cells
   (`Almaty[12]`, `Art. 405(2)[5]`, `5 yrs 6 mos[11]`), a place with an old or a region in it (`Taldykorgan,
   Almaty Region`, `Uralsk`, `Kapshagay`, `Ust-Kamenogorsk`), terms as `5 yrs 6 mos`, dates as `12 March
   2021`, `12 Mar 2021`, `March 2021`, `2020`, `12.03.2021`, a status column with parole and its month,
   footnotes and a source line under the table, a total row.
3. `kmbpch_vko_filial_2024-03.xlsx`, sheet `Список` -- a regional human-rights bureau branch (East
   Kazakhstan and Abai) with a two-row merged header whose date groups are split into day / month / year
   cells (`Дата задержания` over `число | месяц | год`; months as numbers or Russian month names; the day or
   the day and month left blank where unknown), a `Приговор` column and a `Примечание` column where release,
   custody and ties are noted (`освобождён по УДО 14.11.2023`, `содержится в СИЗО`, `сторонник ДВК`), a
   list date above the header (`по состоянию на 01.03.2024`), towns of the region (Ridder, Zyryanovsk,
   Ayagoz, Kurchatov, Semipalatinsk).
4. `zhurnalist_zhumys_kestesi.xlsx`, sheet `Тізім` -- a journalist's working sheet with cells coloured by
   status and a legend row above the header saying the status is written as text too; Kazakh and Russian
   in the same columns (`бас бостандығынан айыру 5 жыл` beside `приговор: 4 года лишения свободы`,
   `тергеу изоляторында` beside `в СИЗО`), a `ДВК/Көше` column with `иә` / `да` / `жоқ` / `нет` / `иә?`,
   Kazakh month names in dates (`12 наурыз 2022`, `қаңтар 2022`), `1988 ж.т.`, a contacts and a source
   column, two section headings and an "updated" line at the end.
5. `kobo_pp_monitoring_2024_05_20.xlsx`, sheets `Мониторинг ПП` and `choices` -- an export of a KoBo
   form with XML values and group paths as headers (`group_person/yob`, `group_case/article_text`,
   `group_case/status`), the select-multiple tie both as one column (`dvk koshe`) and as 1/0 columns
   (`group_case/affiliation/dvk`), the term split into `sentence_years` and `sentence_months`, the city as
   a choice code (`oral`, `semey`, `other`) with the town in `group_person/city_other` where it is
   `other`, status choice codes in transliterated Russian (`sizo`, `lishenie_svobody`, `uslovno`),
   KoBo's own columns (`start`, `end`, `today`, `_submission_time`, `_uuid`, ...), and the form's
   choices sheet pasted beside the data.

Decisions taken for the truth:
- `source_row` is the row number Excel shows; the truth has one row per non-blank row below the header
  (headings, totals, footnotes and notes are `not_a_case`). The KoBo `choices` sheet is not a list (a
  table of the form's codes, no person in it): it has no row in the truth.
- city is the current official English name; region the city's current region, whatever region the row
  writes (`Taldykorgan, Almaty Region` is Jetisu; `Zhezkazgan, Karaganda Region` is Ulytau).
  A court's seat is the city of a verdict row (the list gives no other place); district names inside a
  city's court are not places.
- articles: criminal code only, ascending, part in brackets where written; `п. 2) ч. 4 ст. 274` is 274(4);
  administrative articles (`КоАП`, `CAO`) are left out; a footnote marker after an article is not a part.
- status: the verdict's kind for the court list (the list says nothing after the verdict); in the other
  lists the latest stage the row states (a release noted beside a prison term is `released`, its term
  kept; parole is `released`). Where the branch list leaves `Приговор` blank, its note says where the
  case stands on the list's date (`содержится в СИЗО` is pretrial_detention, `под домашним арестом`
  house_arrest, `подписка о невыезде, идёт следствие` under_investigation): present tense, in a list
  dated `по состоянию на 01.03.2024`, so it is the status, not a past event. A fine has no term. A suspended term is `probation` with the suspended term,
  not the probation period. Restricted freedom's term is the main punishment's, not the hours of work nor
  the years of the ban on political activity.
- started_on: the earliest of the dates the row gives (detention, verdict; release dates are always later),
  the first day of a partial date, precision kept. The court list's "entered into force" date comes after
  the verdict, so never the start. KoBo's `start`, `end`, `today` and `_submission_time` are when the form
  was filled, not events of the case; a KoBo case with no verdict may have no date of detention either,
  and then has no started_on. A split date with a blank day is month precision; with a blank day
  and month, year precision.
- dvk_koshe: True only where the row names DVK or Koshe (an affiliation, a note, `иә` / `да` in the
  ДВК/Көше column, a 1 in a KoBo tie column); `ДВК?`, `иә?`, `Koshe Party (unconfirmed)` are False.
- birth_year: as written (`1988 г.р.`, `1988 ж.т.`); blank where not given.
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

FILES = {
    "court": "sud_akty_174_405_2022-2023.xlsx",
    "ccpr": "ccpr_shadow_report_annex_II.xlsx",
    "branch": "kmbpch_vko_filial_2024-03.xlsx",
    "journalist": "zhurnalist_zhumys_kestesi.xlsx",
    "kobo": "kobo_pp_monitoring_2024_05_20.xlsx",
}
TRUTH_COLUMNS = ["source_file", "source_sheet", "source_row", "kind", "city", "region", "articles", "status",
                 "sentence_months", "started_on", "started_precision", "birth_year", "dvk_koshe", "name"]

# ---------------------------------------------------------------- shared pieces

REGION = {
    "Astana": "Astana", "Almaty": "Almaty", "Shymkent": "Shymkent", "Oral": "West Kazakhstan", "Aktobe": "Aktobe",
    "Semey": "Abai", "Karaganda": "Karaganda", "Taraz": "Zhambyl", "Kostanay": "Kostanay", "Taldykorgan": "Jetisu",
    "Konaev": "Almaty Region", "Pavlodar": "Pavlodar", "Kyzylorda": "Kyzylorda", "Zhanaozen": "Mangystau",
    "Aktau": "Mangystau", "Atyrau": "Atyrau", "Petropavl": "North Kazakhstan", "Kokshetau": "Akmola",
    "Zhezkazgan": "Ulytau", "Oskemen": "East Kazakhstan", "Ridder": "East Kazakhstan", "Altay": "East Kazakhstan",
    "Ayagoz": "Abai", "Kurchatov": "Abai", "Ekibastuz": "Pavlodar", "Temirtau": "Karaganda", "Satpayev": "Ulytau",
    "Turkistan": "Turkistan",
}

MALE_FIRST = ["Ерлан", "Нурлан", "Бауыржан", "Марат", "Серик", "Дмитрий", "Алексей", "Руслан", "Тимур", "Арман",
              "Ильяс", "Данияр", "Жандос", "Максим", "Рустам", "Кайрат", "Олжас", "Азамат", "Виктор", "Галым"]
FEMALE_FIRST = ["Айгуль", "Асель", "Динара", "Гульнара", "Жанар", "Ольга", "Ирина", "Самал", "Меруерт", "Алия",
                "Татьяна", "Сауле", "Камила", "Назым", "Елена"]
MALE_SURNAMES = ["Сейткалиев", "Жаксылыков", "Бекмуханов", "Нурпеисов", "Калиев", "Тулегенов", "Ахметов", "Садыков",
                 "Мухамеджанов", "Ержанов", "Абдрахманов", "Касымов", "Серикбаев", "Куанышев", "Толеубаев", "Жумабаев",
                 "Байжанов", "Оспанов", "Есенов", "Ковалёв", "Соколов", "Медведев", "Никитин", "Гордеев", "Ларин",
                 "Захаров", "Юлдашев", "Гасанов", "Исмаилов", "Сарсенбаев", "Утегенов", "Досмагамбетов", "Калмаканов",
                 "Шайхисламов", "Иманалиев"]
UNISEX_SURNAMES = ["Ким", "Пак", "Шульц", "Цой", "Ли"]

LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
                 ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                  "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "a", "g", "k", "n", "o", "u",
                  "u", "h", "i"]))


def latin(text: str) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        if low in LATIN:
            rep = LATIN[low]
            out.append(rep.capitalize() if ch != low else rep)
        else:
            out.append(ch)
    return "".join(out)


def person(rng: random.Random) -> tuple[str, str, str, bool]:
    """(surname, first name, patronymic initial, female)."""
    female = rng.random() < 0.35
    first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
    if rng.random() < 0.1:
        surname = rng.choice(UNISEX_SURNAMES)
    else:
        surname = rng.choice(MALE_SURNAMES) + ("а" if female else "")
    initial = rng.choice("АБГДЕЖКМНОРСТ")
    return surname, first, initial, female


RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
RU_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]
EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
EN3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rand_day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def ru_years(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "года"
    return "лет"


def ru_months(n: int) -> str:
    if n == 1:
        return "месяц"
    if n in (2, 3, 4):
        return "месяца"
    return "месяцев"


WORDS = {1: ("один", "одного"), 2: ("два", "двух"), 3: ("три", "трёх"), 4: ("четыре", "четырёх"), 5: ("пять", "пяти"),
         6: ("шесть", "шести"), 7: ("семь", "семи"), 8: ("восемь", "восьми"), 9: ("девять", "девяти"),
         10: ("десять", "десяти")}


def first_of(value: date, precision: str) -> date:
    if precision == "month":
        return value.replace(day=1)
    if precision == "year":
        return value.replace(month=1, day=1)
    return value


def earliest(*dated: tuple[date | None, str | None]) -> tuple[str, str]:
    given = [(first_of(d, p), p) for d, p in dated if d is not None]
    if not given:
        return "", ""
    d, p = min(given, key=lambda item: item[0])
    return d.isoformat(), p


def truth_row(file: str, sheet: str, row: int, kind: str = "case", **fields) -> dict:
    base = {c: "" for c in TRUTH_COLUMNS}
    base.update(source_file=file, source_sheet=sheet, source_row=row, kind=kind, dvk_koshe=False)
    base.update(fields)
    return base


def fmt_articles(arts: list[tuple[int, int | None]]) -> str:
    return "; ".join(f"{a}({p})" if p else str(a) for a, p in sorted(set(arts), key=lambda x: (x[0], x[1] or 0)))


CHARGE_SETS = [
    [(405, 2)], [(405, 2)], [(405, 1)], [(174, 1)], [(174, 2)], [(274, 2)], [(274, 4)], [(174, 1), (405, 2)],
    [(405, 2), (179, 2)], [(272, 2)], [(272, 2), (380, 1)], [(182, 2)], [(256, 1)], [(258, 1), (405, 2)],
    [(380, 1)], [(174, 1), (274, 2)],
]

# ---------------------------------------------------------------- 1. the court-acts list

COURTS = {
    "Almaty": ["Медеуский районный суд г. Алматы", "Алмалинский районный суд г. Алматы",
               "Специализированный межрайонный суд по уголовным делам г. Алматы", "Алматы қаласы Бостандық аудандық соты"],
    "Astana": ["Есильский районный суд г. {astana}", "Сарыаркинский районный суд г. {astana}",
               "Специализированный межрайонный суд по уголовным делам г. {astana}"],
    "Shymkent": ["Абайский районный суд г. Шымкента", "Енбекшинский районный суд г. Шымкента",
                 "Шымкент қаласы Әл-Фараби аудандық соты"],
    "Oral": ["Уральский городской суд", "Уральский городской суд №2 Западно-Казахстанской области", "Орал қалалық соты"],
    "Aktobe": ["Актюбинский городской суд"],
    "Semey": ["Семейский городской суд", "Семей қалалық соты"],
    "Karaganda": ["Районный суд №2 Казыбекбийского района г. Караганды", "Районный суд №2 Октябрьского района г. Караганды"],
    "Taraz": ["Таразский городской суд"],
    "Kostanay": ["Костанайский городской суд"],
    "Taldykorgan": ["Талдыкорганский городской суд"],
    "Konaev": ["{konaev} городской суд"],
    "Pavlodar": ["Павлодарский городской суд"],
    "Kyzylorda": ["Кызылординский городской суд"],
    "Zhanaozen": ["Жанаозенский городской суд"],
    "Aktau": ["Актауский городской суд"],
    "Atyrau": ["Атырауский городской суд"],
    "Petropavl": ["Петропавловский городской суд"],
    "Kokshetau": ["Кокшетауский городской суд"],
    "Zhezkazgan": ["Жезказганский городской суд"],
    "Oskemen": ["Усть-Каменогорский городской суд"],
}
COURT_CITY_WEIGHTS = ["Almaty"] * 6 + ["Astana"] * 6 + ["Shymkent"] * 3 + ["Oral"] * 3 + ["Karaganda"] * 2 + [
    "Aktobe", "Semey", "Semey", "Taraz", "Kostanay", "Taldykorgan", "Konaev", "Konaev", "Pavlodar", "Kyzylorda",
    "Zhanaozen", "Aktau", "Atyrau", "Petropavl", "Kokshetau", "Zhezkazgan", "Oskemen"]
JUDGES = ["Ибраев Н.К.", "Сулейменова А.Т.", "Жакупов Б.С.", "Ким О.В.", "Мамырбаев Е.Ж.", "Оразбаева Г.М.",
          "Тлеубердин А.А.", "Смагулова Д.Е."]


def court_article_text(rng: random.Random, arts: list[tuple[int, int | None]]) -> str:
    parts = []
    for a, p in arts:
        if a == 274 and p == 4 and rng.random() < 0.5:
            parts.append("п. 2) ч. 4 ст. 274 УК РК")
            continue
        style = rng.randrange(3)
        if style == 0:
            parts.append(f"ч. {p} ст. {a} УК РК" if p else f"ст. {a} УК РК")
        elif style == 1:
            parts.append(f"ст. {a} ч. {p} УК" if p else f"ст. {a} УК")
        else:
            parts.append(f"{a} ч.{p}" if p else str(a))
    return ", ".join(parts)


def court_measure(rng: random.Random) -> tuple[str, str, int | None]:
    kind = rng.choices(["imprisoned", "restricted_freedom", "probation", "fined", "acquitted"], [40, 25, 15, 12, 4])[0]
    if kind == "imprisoned":
        years = rng.choice([2, 3, 4, 5, 5, 6, 7, 8])
        months = rng.choice([0, 0, 0, 6])
        term = f"{years} ({WORDS[years][0]}) {ru_years(years)}"
        if months:
            term += f" {months} ({WORDS[months][0]}) {ru_months(months)}"
        regime = rng.choice(["средней безопасности", "минимальной безопасности", "максимальной безопасности"])
        return kind, f"лишение свободы сроком на {term} с отбыванием в учреждении уголовно-исполнительной системы {regime}", years * 12 + months
    if kind == "restricted_freedom":
        years = rng.choice([1, 2, 2, 3, 4])
        text = f"ограничение свободы сроком на {years} ({WORDS[years][0]}) {ru_years(years)}"
        extra = rng.randrange(3)
        if extra == 1:
            text += " с привлечением к принудительному труду в размере 100 часов в год"
        elif extra == 2:
            text += ", с лишением права заниматься общественно-политической деятельностью сроком на 5 (пять) лет"
        return kind, text, years * 12
    if kind == "probation":
        years = rng.choice([1, 2, 3])
        trial = rng.choice([1, 2, 3])
        return kind, (f"лишение свободы сроком на {years} ({WORDS[years][0]}) {ru_years(years)} условно "
                      f"с испытательным сроком {trial} ({WORDS[trial][0]}) {ru_years(trial)}"), years * 12
    if kind == "fined":
        mci = rng.choice([100, 200, 300, 500, 1000])
        tenge = f"{mci * 3063:,}".replace(",", " ")
        return kind, f"штраф в размере {mci} МРП ({tenge} тенге)", None
    return kind, "оправдан за отсутствием в деянии состава уголовного правонарушения", None


def write_court(folder: Path) -> list[dict]:
    rng = random.Random(1701)
    file, sheet = FILES["court"], "Приговоры"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Выборка из Банка судебных актов: приговоры по ст. 174, 179, 182, 272, 274, 380, 405 УК РК"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Составлено по открытым данным office.sud.kz; ФИО обезличены (фамилия и инициалы)"
    header = ["№ п/п", "№ дела", "Суд", "Судья", "Дата вынесения", "Подсудимый", "Год рожд.", "Статья",
              "Мера наказания", "Дата вступления в силу", "Примечание"]
    ws.append([])
    ws.append(header)
    for cell in ws[4]:
        cell.font = Font(bold=True)
    truth: list[dict] = []
    number = 0
    for year, count in ((2022, 37), (2023, 35)):
        ws.append([f"{year} год"])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        ws.cell(r, 1).font = Font(bold=True)
        truth.append(truth_row(file, sheet, r, "not_a_case"))
        days = sorted(rand_day(rng, date(year, 1, 10), date(year, 12, 20)) for _ in range(count))
        for verdict in days:
            number += 1
            surname, first, initial, _female = person(rng)
            name = f"{surname} {first[0]}.{initial}."
            city = rng.choice(COURT_CITY_WEIGHTS)
            court = rng.choice(COURTS[city]).format(
                astana="Нур-Султана" if verdict < date(2022, 9, 17) else "Астаны",
                konaev="Капшагайский" if verdict < date(2022, 5, 3) else "Конаевский")
            arts = rng.choice(CHARGE_SETS)
            art_text = court_article_text(rng, arts)
            if rng.random() < 0.08:
                art_text += ", ч. 6 ст. 488 КоАП РК"
            status, measure, months = court_measure(rng)
            by = rng.randint(1962, 2002) if rng.random() < 0.85 else None
            by_cell = (f"{by} г.р." if rng.random() < 0.3 else by) if by else None
            style = rng.randrange(4)
            if style < 2:
                verdict_cell = datetime(verdict.year, verdict.month, verdict.day)
            elif style == 2:
                verdict_cell = verdict.strftime("%d.%m.%Y") + " г."
            else:
                verdict_cell = verdict.isoformat()
            force = verdict + timedelta(days=rng.randint(16, 75))
            force_cell = datetime(force.year, force.month, force.day) if rng.random() < 0.85 else "не вступил"
            note_kind = rng.random()
            dvk = False
            if note_kind < 0.12:
                note, dvk = rng.choice([("в приговоре: участие в деятельности ДВК", True),
                                        ("посты в поддержку «Көше партиясы»", True),
                                        ("финансирование ДВК (переводы)", True)])
            elif note_kind < 0.16:
                note = "ДВК?"
            elif note_kind < 0.3:
                note = rng.choice(["апелляция оставлена без удовлетворения", "публикации в Facebook",
                                   "видео в Instagram", "участие в митинге"])
            else:
                note = None
            case_no = f"{rng.choice(['7511', '1910', '6294', '5510', '3510'])}-{str(verdict.year)[2:]}-00-1/{rng.randint(10, 999)}"
            ws.append([number, case_no, court, rng.choice(JUDGES), verdict_cell, name, by_cell, art_text, measure,
                       force_cell, note])
            r = ws.max_row
            if isinstance(verdict_cell, datetime):
                ws.cell(r, 5).number_format = "DD.MM.YYYY"
            if isinstance(force_cell, datetime):
                ws.cell(r, 10).number_format = "DD.MM.YYYY"
            truth.append(truth_row(file, sheet, r, city=city, region=REGION[city], articles=fmt_articles(arts),
                                   status=status, sentence_months=months, started_on=verdict.isoformat(),
                                   started_precision="day", birth_year=by or "", dvk_koshe=dvk, name=name))
    ws.append([f"Всего приговоров: {number}"])
    truth.append(truth_row(file, sheet, ws.max_row, "not_a_case"))
    ws.append(["* Приговоры, изменённые в апелляционном порядке, приведены в редакции апелляционной инстанции."])
    truth.append(truth_row(file, sheet, ws.max_row, "not_a_case"))
    for col, width in zip("ABCDEFGHIJK", (6, 18, 48, 18, 14, 22, 10, 28, 60, 14, 36)):
        ws.column_dimensions[col].width = width
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------- 2. the English shadow-report annex

EN_PLACES = {
    "Almaty": ["Almaty", "Almaty city"], "Astana": ["Astana", "Nur-Sultan"], "Shymkent": ["Shymkent"],
    "Oral": ["Uralsk", "Oral (West Kazakhstan Region)"], "Semey": ["Semey, Abai Region", "Semey"],
    "Taldykorgan": ["Taldykorgan, Almaty Region", "Taldykorgan"], "Konaev": ["Kapshagay", "Konaev"],
    "Zhezkazgan": ["Zhezkazgan, Karaganda Region", "Zhezkazgan"], "Oskemen": ["Ust-Kamenogorsk", "Oskemen"],
    "Aktobe": ["Aktobe"], "Atyrau": ["Atyrau"], "Zhanaozen": ["Zhanaozen, Mangystau Region"], "Taraz": ["Taraz"],
    "Pavlodar": ["Pavlodar"], "Kostanay": ["Kostanay"], "Karaganda": ["Karaganda"], "Kyzylorda": ["Kyzylorda"],
    "Petropavl": ["Petropavl", "Petropavlovsk"],
}
EN_CITY_WEIGHTS = ["Almaty"] * 5 + ["Astana"] * 5 + ["Shymkent"] * 2 + ["Oral"] * 2 + ["Semey", "Semey", "Taldykorgan",
    "Taldykorgan", "Konaev", "Zhezkazgan", "Oskemen", "Oskemen", "Aktobe", "Atyrau", "Zhanaozen", "Zhanaozen", "Taraz",
    "Pavlodar", "Kostanay", "Karaganda", "Kyzylorda", "Petropavl"]


def en_articles(rng: random.Random, arts: list[tuple[int, int | None]]) -> str:
    refs = [f"{a}({p})" if p else str(a) for a, p in arts]
    style = rng.randrange(3)
    if len(refs) == 1:
        text = rng.choice([f"Art. {refs[0]}", f"Article {arts[0][0]} part {arts[0][1]}" if arts[0][1] else f"Article {arts[0][0]}"])
    elif style == 0:
        text = "Arts. " + " and ".join(refs)
    else:
        text = "; ".join(f"Art. {r}" for r in refs)
    if rng.random() < 0.15:
        text += f"[{rng.randint(2, 30)}]"
    if rng.random() < 0.07:
        text += "; CAO Art. 488(6)"
    return text


def en_date(rng: random.Random, d: date, allow_partial: bool) -> tuple[object, str]:
    style = rng.randrange(7 if allow_partial else 5)
    if style == 0:
        return f"{d.day} {EN[d.month - 1]} {d.year}", "day"
    if style == 1:
        return f"{d.day} {EN3[d.month - 1]} {d.year}", "day"
    if style == 2:
        return d.strftime("%d.%m.%Y"), "day"
    if style in (3, 4):
        return datetime(d.year, d.month, d.day), "day"
    if style == 5:
        return f"{EN[d.month - 1]} {d.year}", "month"
    return str(d.year), "year"


def en_term(years: int, months: int) -> str:
    parts = []
    if years:
        parts.append(f"{years} yr" + ("s" if years > 1 else ""))
    if months:
        parts.append(f"{months} mos")
    return " ".join(parts)


def write_ccpr(folder: Path) -> list[dict]:
    rng = random.Random(1702)
    file, sheet = FILES["ccpr"], "Annex II"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Annex II. Individual cases of persons prosecuted for peaceful expression and association (2020-2024)"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Joint NGO submission to the UN Human Rights Committee, review of Kazakhstan (Art. 19, 21, 22 ICCPR)"
    header = ["No.", "Case No.", "Name", "Year of birth", "City / Region", "Charges (Criminal Code)", "Date of arrest",
              "Date of verdict", "Sentence", "Current status", "Affiliation"]
    ws.append([])
    ws.append(header)
    for cell in ws[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True)
    truth: list[dict] = []
    sections = [("A. Persons currently deprived of liberty", 26, ["imprisoned"] * 5 + ["pretrial_detention"] * 2 + ["house_arrest"]),
                ("B. Persons subjected to non-custodial measures", 20,
                 ["restricted_freedom"] * 3 + ["probation"] * 2 + ["fined", "under_investigation"]),
                ("C. Persons released", 14, ["released"] * 5 + ["acquitted"])]
    number = 0
    for title, count, kinds in sections:
        ws.append([title])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        ws.cell(r, 1).font = Font(italic=True, bold=True)
        truth.append(truth_row(file, sheet, r, "not_a_case"))
        for _ in range(count):
            number += 1
            status = rng.choice(kinds)
            surname, first, _initial, _female = person(rng)
            name = latin(f"{first} {surname}")
            name_cell = name + (f"[{rng.randint(2, 30)}]" if rng.random() < 0.15 else "")
            city = rng.choice(EN_CITY_WEIGHTS)
            place = rng.choice(EN_PLACES[city])
            if rng.random() < 0.25:
                place += f"[{rng.randint(2, 30)}]"
            arts = rng.choice(CHARGE_SETS)
            arrest = rand_day(rng, date(2020, 1, 15), date(2023, 3, 31))
            verdict = arrest + timedelta(days=rng.randint(70, 330))
            by = rng.randint(1960, 2001) if rng.random() < 0.8 else None
            months = None
            sentence_cell = "—"
            status_cell = ""
            arrest_given = rng.random() < 0.9
            verdict_given = status not in ("pretrial_detention", "house_arrest", "under_investigation")
            if status in ("imprisoned", "released"):
                years = rng.choice([2, 3, 4, 5, 6, 7]) if status == "imprisoned" else rng.choice([1, 2, 3])
                extra = rng.choice([0, 0, 6])
                months = years * 12 + extra
                term = en_term(years, extra)
                sentence_cell = rng.choice([f"{term} imprisonment", f"{term} in a medium-security colony", f"{term}"])
                if sentence_cell == term and rng.random() < 0.5:
                    sentence_cell += f"[{rng.randint(2, 30)}]"
                if status == "imprisoned":
                    status_cell = rng.choice(["Imprisoned", "Serving sentence in a penal colony", "In prison"])
                else:
                    release = verdict + timedelta(days=rng.randint(120, 500))
                    status_cell = rng.choice([f"Released on parole ({EN[release.month - 1]} {release.year})",
                                              "Released after serving the sentence", "Released under the 2022 amnesty"])
            elif status == "restricted_freedom":
                years, extra = rng.choice([1, 2, 3]), rng.choice([0, 0, 6])
                months = years * 12 + extra
                sentence_cell = f"{en_term(years, extra)} restricted freedom"
                status_cell = "Serving restricted freedom"
            elif status == "probation":
                years = rng.choice([1, 2, 3])
                months = years * 12
                sentence_cell = f"{en_term(years, 0)} suspended"
                status_cell = "On probation"
            elif status == "fined":
                sentence_cell = f"fine of {rng.choice([150, 200, 250, 500])} MCI"
                status_cell = "Fined"
            elif status == "acquitted":
                sentence_cell = "—"
                status_cell = rng.choice(["Acquitted", "Acquitted on appeal"])
            elif status == "pretrial_detention":
                status_cell = "In pre-trial detention"
            elif status == "house_arrest":
                status_cell = "Under house arrest"
            else:
                status_cell = "Under investigation, at liberty"
            arrest_cell, arrest_prec = en_date(rng, arrest, True) if arrest_given else (None, None)
            verdict_cell, verdict_prec = en_date(rng, verdict, False) if verdict_given else (None, None)
            if not arrest_given and not verdict_given:
                arrest_cell, arrest_prec, arrest_given = en_date(rng, arrest, False) + (True,)
            started, prec = earliest((arrest if arrest_given else None, arrest_prec),
                                     (verdict if verdict_given else None, verdict_prec))
            aff_kind = rng.random()
            dvk = False
            if aff_kind < 0.3:
                aff, dvk = rng.choice([("DVK", True), ("Koshe Party", True), ("Democratic Choice of Kazakhstan", True),
                                       ("Street Party (Koshe)", True), ("DCK supporter", True)])
            elif aff_kind < 0.35:
                aff = "Koshe Party (unconfirmed)"
            elif aff_kind < 0.6:
                aff = rng.choice(["journalist", "blogger", "trade union activist", "civic activist", "Atajurt volunteer"])
            else:
                aff = None
            case_no = f"{rng.randint(1, 99):02d}{rng.randint(1000, 9999)}{rng.randint(10, 99)}{rng.randint(100000, 999999)}"
            ws.append([number, case_no, name_cell, by, place, en_articles(rng, arts), arrest_cell, verdict_cell,
                       sentence_cell, status_cell, aff])
            r = ws.max_row
            for c in (7, 8):
                if isinstance(ws.cell(r, c).value, datetime):
                    ws.cell(r, c).number_format = "D MMM YYYY"
            truth.append(truth_row(file, sheet, r, city=city, region=REGION[city], articles=fmt_articles(arts),
                                   status=status, sentence_months=months, started_on=started, started_precision=prec,
                                   birth_year=by or "", dvk_koshe=dvk, name=name))
    ws.append([f"Total: {number} persons"])
    truth.append(truth_row(file, sheet, ws.max_row, "not_a_case"))
    ws.append([])
    for text in ("[2] Information provided by the family, confirmed by the lawyer.",
                 "[5] The charge was requalified at trial.",
                 "[11] The term includes time served in pre-trial detention.",
                 "[12] The place of the alleged offence; the person lives elsewhere.",
                 "Source: compiled by the coalition from court records, the Bank of Judicial Acts and interviews."):
        ws.append([text])
        truth.append(truth_row(file, sheet, ws.max_row, "not_a_case"))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------- 3. the regional bureau branch, split dates

BRANCH_PLACES = {
    "Oskemen": ["г. Усть-Каменогорск", "Усть-Каменогорск", "г.Усть-Каменогорск"], "Semey": ["г. Семей", "Семей", "Семипалатинск"],
    "Ridder": ["г. Риддер"], "Altay": ["г. Алтай", "Зыряновск"], "Ayagoz": ["г. Аягоз"], "Kurchatov": ["г. Курчатов"],
}
BRANCH_WEIGHTS = ["Oskemen"] * 8 + ["Semey"] * 7 + ["Ridder"] * 2 + ["Altay"] * 2 + ["Ayagoz", "Kurchatov"]


def branch_articles(rng: random.Random, arts: list[tuple[int, int | None]]) -> str:
    style = rng.randrange(3)
    parts = []
    for a, p in arts:
        if style == 0:
            parts.append(f"ч.{p} ст.{a}" if p else f"ст.{a}")
        elif style == 1:
            parts.append(f"{a} ч.{p}" if p else str(a))
        else:
            parts.append(f"ст. {a} ч. {p}" if p else f"ст. {a}")
    text = ", ".join(parts)
    if rng.random() < 0.08:
        text += "; КоАП 488 ч.6"
    return text


def split_date(rng: random.Random, d: date, allow_partial: bool) -> tuple[list, str]:
    r = rng.random()
    month_cell: object = d.month if rng.random() < 0.75 else RU_NOM[d.month - 1]
    if isinstance(month_cell, int) and rng.random() < 0.3:
        month_cell = f"{d.month:02d}"
    if allow_partial and r < 0.12:
        return [None, month_cell, d.year], "month"
    if allow_partial and r < 0.18:
        return [None, None, d.year], "year"
    return [d.day, month_cell, d.year], "day"


def write_branch(folder: Path) -> list[dict]:
    rng = random.Random(1703)
    file, sheet = FILES["branch"], "Список"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Восточно-Казахстанский филиал Казахстанского международного бюро по правам человека"
    ws["A2"] = "Список лиц, подвергшихся уголовному преследованию по политическим мотивам (ВКО и область Абай)"
    ws["A3"] = "по состоянию на 01.03.2024"
    top = ["№", "Ф.И.О.", "Год рожд.", "Населённый пункт", "Статья УК РК", "Дата задержания", None, None,
           "Дата приговора", None, None, "Приговор", "Примечание"]
    ws.append(top)
    ws.append([None, None, None, None, None, "число", "месяц", "год", "число", "месяц", "год", None, None])
    for col in (1, 2, 3, 4, 5, 12, 13):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells("F4:H4")
    ws.merge_cells("I4:K4")
    for row in (4, 5):
        for cell in ws[row]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    list_date = date(2024, 3, 1)
    truth: list[dict] = []
    kinds = (["imprisoned"] * 6 + ["released"] * 4 + ["restricted_freedom"] * 4 + ["probation"] * 3 + ["fined"] * 2
             + ["pretrial_detention"] * 2 + ["house_arrest", "under_investigation", "acquitted"])
    for number in range(1, 71):
        status = rng.choice(kinds)
        surname, first, _initial, female = person(rng)
        patronymic = rng.choice(["Серикович", "Маратович", "Болатович", "Ерланович", "Сергеевич", "Каримович"])
        if female:
            patronymic = patronymic.replace("ович", "овна").replace("евич", "евна")
        name = f"{surname} {first} {patronymic}" if rng.random() < 0.7 else f"{surname} {first}"
        city = rng.choice(BRANCH_WEIGHTS)
        place = rng.choice(BRANCH_PLACES[city])
        arts = rng.choice(CHARGE_SETS)
        by = rng.randint(1958, 2003) if rng.random() < 0.9 else None
        detained = rand_day(rng, date(2019, 6, 1), date(2023, 6, 30))
        verdict = detained + timedelta(days=rng.randint(60, 300))
        months = None
        sentence = None
        note = None
        has_verdict = status not in ("pretrial_detention", "house_arrest", "under_investigation")
        if verdict >= list_date:
            verdict = list_date - timedelta(days=rng.randint(20, 60))
            detained = verdict - timedelta(days=rng.randint(60, 200))
        if status == "imprisoned":
            years = rng.choice([3, 4, 5, 6, 7, 8])
            months = years * 12
            sentence = rng.choice([f"{years} {ru_years(years)} лишения свободы", f"{years} {ru_years(years)} л/св",
                                   f"лишение свободы на {years} {ru_years(years)}"])
            note = rng.choice([None, None, "этапирован в учреждение ИК г. Павлодара", "отбывает наказание"])
        elif status == "released":
            years = rng.choice([2, 3, 4, 5])
            months = years * 12
            sentence = rng.choice([f"{years} {ru_years(years)} лишения свободы", f"лишение свободы на {years} {ru_years(years)}"])
            release = verdict + timedelta(days=rng.randint(150, 500))
            if release >= list_date:
                release = verdict + (list_date - verdict) // 2
            word = "освобождена" if female else "освобождён"
            note = rng.choice([f"{word} по УДО {release.strftime('%d.%m.%Y')}",
                               f"{word} {release.strftime('%d.%m.%Y')} по отбытии срока",
                               f"{word} по амнистии {release.strftime('%d.%m.%Y')}"])
        elif status == "restricted_freedom":
            years = rng.choice([1, 2, 3])
            months = years * 12
            sentence = rng.choice([f"{years} {ru_years(years)} ограничения свободы", f"ограничение свободы {years} {ru_years(years)}"])
        elif status == "probation":
            years = rng.choice([1, 2, 3])
            months = years * 12
            sentence = f"{years} {ru_years(years)} условно"
        elif status == "fined":
            sentence = f"штраф {rng.choice([200, 500, 1000])} МРП"
        elif status == "acquitted":
            sentence = "оправдан" if not female else "оправдана"
        elif status == "pretrial_detention":
            note = "содержится в СИЗО"
        elif status == "house_arrest":
            note = "под домашним арестом"
        else:
            note = "подписка о невыезде, идёт следствие"
        tie = rng.random()
        dvk = False
        if tie < 0.2:
            word = rng.choice(["сторонник ДВК", "активист «Көше партиясы»", "ДВК"])
            note = f"{note}; {word}" if note else word
            dvk = True
        elif tie < 0.25:
            note = f"{note}; ДВК?" if note else "ДВК?"
        det_cells, det_prec = split_date(rng, detained, True)
        det_given = rng.random() < 0.9 or not has_verdict
        if not det_given:
            det_cells, det_prec = [None, None, None], None
        if has_verdict:
            ver_cells, ver_prec = split_date(rng, verdict, False)
        else:
            ver_cells, ver_prec = [None, None, None], None
        started, prec = earliest((detained if det_given else None, det_prec), (verdict if has_verdict else None, ver_prec))
        ws.append([number, name, by, place, branch_articles(rng, arts), *det_cells, *ver_cells, sentence, note])
        truth.append(truth_row(file, sheet, ws.max_row, city=city, region=REGION[city], articles=fmt_articles(arts),
                               status=status, sentence_months=months, started_on=started, started_precision=prec,
                               birth_year=by or "", dvk_koshe=dvk, name=name))
    ws.append([])
    ws.append(["Составитель: координатор филиала. Сведения уточняются."])
    truth.append(truth_row(file, sheet, ws.max_row, "not_a_case"))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------- 4. the journalist's colour-coded sheet

KZ_PLACES = {
    "Almaty": ["Алматы", "г. Алматы"], "Astana": ["Астана", "Нұр-Сұлтан"], "Shymkent": ["Шымкент"],
    "Taraz": ["Тараз"], "Zhanaozen": ["Жаңаөзен", "Жанаозен"], "Aktau": ["Ақтау", "Актау"], "Kyzylorda": ["Қызылорда"],
    "Taldykorgan": ["Талдықорған", "Талдыкорган"], "Konaev": ["Қонаев", "Капшагай"], "Aktobe": ["Ақтөбе"],
    "Turkistan": ["Түркістан"], "Oral": ["Орал", "Уральск"],
}
KZ_WEIGHTS = ["Almaty"] * 6 + ["Astana"] * 3 + ["Shymkent"] * 2 + ["Taraz", "Zhanaozen", "Zhanaozen", "Aktau", "Kyzylorda",
              "Taldykorgan", "Konaev", "Aktobe", "Turkistan", "Oral"]
FILLS = {"green": "C6EFCE", "red": "FFC7CE", "yellow": "FFEB9C", "grey": "D9D9D9"}


def kz_articles(rng: random.Random, arts: list[tuple[int, int | None]]) -> str:
    if rng.random() < 0.5:
        return ", ".join(f"{a}-бап {p}-бөлік" if p else f"{a}-бап" for a, p in arts)
    return ", ".join(f"ч.{p} ст.{a}" if p else f"ст.{a}" for a, p in arts)


def kz_date(rng: random.Random, d: date, allow_partial: bool) -> tuple[object, str]:
    style = rng.randrange(6 if allow_partial else 4)
    if style == 0:
        return datetime(d.year, d.month, d.day), "day"
    if style == 1:
        return d.strftime("%d.%m.%Y"), "day"
    if style == 2:
        return f"{d.day} {KK[d.month - 1]} {d.year}", "day"
    if style == 3:
        return f"{d.day} {RU_GEN[d.month - 1]} {d.year} г.", "day"
    if style == 4:
        return f"{KK[d.month - 1]} {d.year}", "month"
    return f"{d.year} ж.", "year"


def journalist_status(rng: random.Random, status: str, female: bool) -> tuple[str, int | None, str]:
    years = rng.choice([1, 2, 3, 4, 5])
    if status == "imprisoned":
        return rng.choice([(f"сотталды, бас бостандығынан айыру {years} жыл", years * 12),
                           (f"приговор: {years} {ru_years(years)} лишения свободы", years * 12)]) + ("red",)
    if status == "restricted_freedom":
        return rng.choice([(f"бас бостандығын шектеу, {years} жыл", years * 12),
                           ("ограничение свободы 1 год 6 мес.", 18)]) + ("yellow",)
    if status == "probation":
        return rng.choice([(f"шартты түрде {years} жыл", years * 12), (f"условно {years} {ru_years(years)}", years * 12)]) + ("yellow",)
    if status == "fined":
        return rng.choice([(f"айыппұл {rng.choice([100, 200])} АЕК", None), (f"штраф {rng.choice([150, 300])} МРП", None)]) + ("yellow",)
    if status == "pretrial_detention":
        return rng.choice([("тергеу изоляторында", None), ("в СИЗО", None)]) + ("red",)
    if status == "house_arrest":
        return rng.choice([("үй қамағында", None), ("домашний арест", None)]) + ("yellow",)
    if status == "under_investigation":
        return rng.choice([("под следствием, на свободе", None), ("тергеу жүріп жатыр, бостандықта", None)]) + ("yellow",)
    if status == "released":
        word = "освобождена" if female else "освобождён"
        return rng.choice([(f"{word} по УДО (срок был {years} {ru_years(years)})", years * 12),
                           (f"босатылды (мерзімі {years} жыл)", years * 12)]) + ("green",)
    return rng.choice([("ақталды", None), ("оправдана" if female else "оправдан", None)]) + ("green",)


def write_journalist(folder: Path) -> list[dict]:
    rng = random.Random(1704)
    file, sheet = FILES["journalist"], "Тізім"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Жұмыс кестесі / рабочая таблица (жариялауға емес)"
    ws["A2"] = ("Түстер: жасыл = босатылды, қызыл = қамауда, сары = басқа шара. "
                "Цвет для меня, статус написан текстом в столбце «Статус».")
    for color, col in zip(("green", "red", "yellow"), ("H", "I", "J")):
        ws[f"{col}2"].fill = PatternFill("solid", fgColor=FILLS[color])
    header = ["№", "Аты-жөні", "Туған жылы", "Қала / город", "Бап / статья", "Ұсталған күні", "Сот үкімі (күні)",
              "Статус", "ДВК/Көше", "Байланыс", "Дереккөз"]
    ws.append(header)
    for cell in ws[3]:
        cell.font = Font(bold=True)
    truth: list[dict] = []
    kinds = (["imprisoned"] * 4 + ["restricted_freedom"] * 2 + ["probation"] * 2 + ["fined", "pretrial_detention", "pretrial_detention",
             "house_arrest", "under_investigation", "released", "released", "released", "acquitted"])
    number = 0
    for heading, count, start, end in (("Қаңтар оқиғалары / Январские события 2022", 24, date(2022, 1, 4), date(2022, 1, 20)),
                                       ("Басқа істер / Другие дела", 32, date(2020, 3, 1), date(2023, 6, 30))):
        ws.append([heading])
        r = ws.max_row
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor=FILLS["grey"])
        truth.append(truth_row(file, sheet, r, "not_a_case"))
        for _ in range(count):
            number += 1
            status = rng.choice(kinds)
            surname, first, _initial, female = person(rng)
            name = f"{surname} {first}"
            city = rng.choice(KZ_WEIGHTS)
            place = rng.choice(KZ_PLACES[city])
            arts = rng.choice(CHARGE_SETS) if heading.startswith("Басқа") else rng.choice(
                [[(272, 2)], [(272, 2), (380, 1)], [(380, 1)], [(272, 2)], [(174, 1)]])
            detained = rand_day(rng, start, end)
            verdict = detained + timedelta(days=rng.randint(60, 260))
            text, months, color = journalist_status(rng, status, female)
            by = rng.randint(1965, 2003) if rng.random() < 0.8 else None
            by_cell = (f"{by} ж.т." if rng.random() < 0.3 else by) if by else None
            det_cell, det_prec = kz_date(rng, detained, True)
            det_given = rng.random() < 0.92
            has_verdict = status not in ("pretrial_detention", "house_arrest", "under_investigation") and rng.random() < 0.7
            ver_cell, ver_prec = kz_date(rng, verdict, False) if has_verdict else (None, None)
            if not det_given and not has_verdict:
                det_given = True
            started, prec = earliest((detained if det_given else None, det_prec), (verdict if has_verdict else None, ver_prec))
            tie = rng.random()
            dvk = False
            if tie < 0.18:
                tie_cell, dvk = rng.choice(["иә", "да", "Иә"]), True
            elif tie < 0.22:
                tie_cell = "иә?"
            elif tie < 0.6:
                tie_cell = rng.choice(["жоқ", "нет"])
            else:
                tie_cell = None
            contact = rng.choice([None, None, f"+7 70{rng.randint(0, 8)} 000 {rng.randint(10, 99)} {rng.randint(10, 99)} (туысы)",
                                  "адвокат арқылы"])
            source = rng.choice([None, f"https://t.me/example_monitor/{rng.randint(100, 999)}",
                                 f"https://example.kz/news/{rng.randint(1000, 9999)}"])
            ws.append([number, name, by_cell, place, kz_articles(rng, arts), det_cell if det_given else None, ver_cell,
                       text, tie_cell, contact, source])
            r = ws.max_row
            for c in (6, 7):
                if isinstance(ws.cell(r, c).value, datetime):
                    ws.cell(r, c).number_format = "DD.MM.YYYY"
            for c in range(1, len(header) + 1):
                ws.cell(r, c).fill = PatternFill("solid", fgColor=FILLS[color])
            truth.append(truth_row(file, sheet, r, city=city, region=REGION[city], articles=fmt_articles(arts),
                                   status=status, sentence_months=months, started_on=started, started_precision=prec,
                                   birth_year=by or "", dvk_koshe=dvk, name=name))
    ws.append([])
    ws.append(["Жаңартылды / обновлено: 10.04.2024"])
    truth.append(truth_row(file, sheet, ws.max_row, "not_a_case"))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------- 5. the KoBo export

KOBO_CITIES = ["almaty"] * 5 + ["astana"] * 4 + ["shymkent"] * 2 + ["karaganda", "aktobe", "oral", "oral", "semey",
               "oskemen", "pavlodar", "taraz", "kostanay", "taldykorgan", "konaev", "aktau", "atyrau", "kyzylorda",
               "petropavl", "kokshetau", "turkistan", "other", "other", "other"]
KOBO_CITY_NAME = {"almaty": "Almaty", "astana": "Astana", "shymkent": "Shymkent", "karaganda": "Karaganda",
                  "aktobe": "Aktobe", "oral": "Oral", "semey": "Semey", "oskemen": "Oskemen", "pavlodar": "Pavlodar",
                  "taraz": "Taraz", "kostanay": "Kostanay", "taldykorgan": "Taldykorgan", "konaev": "Konaev",
                  "aktau": "Aktau", "atyrau": "Atyrau", "kyzylorda": "Kyzylorda", "petropavl": "Petropavl",
                  "kokshetau": "Kokshetau", "turkistan": "Turkistan"}
KOBO_OTHER = [("Жанаозен", "Zhanaozen"), ("Экибастуз", "Ekibastuz"), ("Темиртау", "Temirtau"), ("Сатпаев", "Satpayev")]
KOBO_STATUS = {"sizo": "pretrial_detention", "domashniy_arest": "house_arrest", "pod_sledstviem": "under_investigation",
               "lishenie_svobody": "imprisoned", "ogranichenie_svobody": "restricted_freedom", "uslovno": "probation",
               "shtraf": "fined", "osvobozhden": "released", "opravdan": "acquitted"}
KOBO_STATUS_LABEL = {"sizo": "Содержится в СИЗО", "domashniy_arest": "Домашний арест", "pod_sledstviem": "Под следствием (на свободе)",
                     "lishenie_svobody": "Лишение свободы", "ogranichenie_svobody": "Ограничение свободы",
                     "uslovno": "Условное осуждение", "shtraf": "Штраф", "osvobozhden": "Освобождён(а)", "opravdan": "Оправдан(а)"}
KOBO_HEADERS = ["start", "end", "today", "username", "group_person/full_name", "group_person/yob", "group_person/gender",
                "group_person/city", "group_person/city_other", "group_case/article_text", "group_case/date_detained",
                "group_case/date_verdict", "group_case/status", "group_case/sentence_years", "group_case/sentence_months",
                "group_case/affiliation", "group_case/affiliation/dvk", "group_case/affiliation/koshe",
                "group_case/affiliation/none", "group_case/comment", "_id", "_uuid", "_submission_time",
                "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_tags", "_index"]


def kobo_articles(rng: random.Random, arts: list[tuple[int, int | None]]) -> str:
    style = rng.randrange(3)
    if style == 0:
        return ", ".join(f"{a} ч.{p}" if p else str(a) for a, p in arts)
    if style == 1:
        return ", ".join(f"{a}({p})" if p else str(a) for a, p in arts)
    return " и ".join(f"ч.{p} ст.{a} УК" if p else f"ст.{a} УК" for a, p in arts)


def write_kobo(folder: Path) -> list[dict]:
    rng = random.Random(1705)
    file, sheet = FILES["kobo"], "Мониторинг ПП"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(KOBO_HEADERS)
    truth: list[dict] = []
    codes = (["lishenie_svobody"] * 5 + ["ogranichenie_svobody"] * 3 + ["uslovno"] * 2 + ["shtraf", "sizo", "sizo",
             "domashniy_arest", "pod_sledstviem", "osvobozhden", "osvobozhden", "opravdan"])
    fill_day = datetime(2024, 2, 5, 9, 0)
    for index in range(1, 63):
        code = rng.choice(codes)
        status = KOBO_STATUS[code]
        surname, first, _initial, female = person(rng)
        name = f"{surname} {first}"
        by = rng.randint(1960, 2004) if rng.random() < 0.9 else None
        city_code = rng.choice(KOBO_CITIES)
        if city_code == "other":
            other_text, city = rng.choice(KOBO_OTHER)
        else:
            other_text, city = None, KOBO_CITY_NAME[city_code]
        arts = rng.choice(CHARGE_SETS)
        detained = rand_day(rng, date(2020, 2, 1), date(2023, 3, 31))
        verdict = detained + timedelta(days=rng.randint(50, 300))
        has_verdict = status not in ("pretrial_detention", "house_arrest", "under_investigation")
        # a case without a verdict may have no date known to the monitor (a person not detained has none)
        det_given = rng.random() < (0.9 if has_verdict else 0.7)
        years = months_extra = None
        months = None
        if status in ("imprisoned", "restricted_freedom", "probation", "released"):
            years = rng.choice([1, 2, 3, 4, 5, 6]) if status != "probation" else rng.choice([1, 2, 3])
            months_extra = rng.choice([0, 0, 0, 6]) if status in ("imprisoned", "restricted_freedom") else 0
            months = years * 12 + months_extra
        started, prec = earliest((detained if det_given else None, "day"), (verdict if has_verdict else None, "day"))
        tie = rng.random()
        if tie < 0.12:
            aff = "dvk"
        elif tie < 0.22:
            aff = "koshe"
        elif tie < 0.26:
            aff = "dvk koshe"
        else:
            aff = "none"
        dvk = aff != "none"
        comment = None
        if rng.random() < 0.3:
            comment = rng.choice(["адвокат по назначению", "семья просит не публиковать фото", "задержан после поста в Facebook",
                                  "информация от правозащитника", "повторное дело"])
        fill_day += timedelta(hours=rng.randint(3, 40), minutes=rng.randint(0, 59))
        start = fill_day
        end = start + timedelta(minutes=rng.randint(4, 25))
        sub = end + timedelta(minutes=rng.randint(1, 90))
        ws.append([start.strftime("%Y-%m-%dT%H:%M:%S.000+05:00"), end.strftime("%Y-%m-%dT%H:%M:%S.000+05:00"),
                   datetime(start.year, start.month, start.day), rng.choice(["monitor_almaty", "monitor_east", "monitor_south"]),
                   name, by, "female" if female else "male", city_code, other_text, kobo_articles(rng, arts),
                   datetime(detained.year, detained.month, detained.day) if det_given else None,
                   datetime(verdict.year, verdict.month, verdict.day) if has_verdict else None, code, years,
                   months_extra if years is not None else None, aff, int("dvk" in aff), int("koshe" in aff),
                   int(aff == "none"), comment, 41000000 + index * 7,
                   f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}-a{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}",
                   (sub - timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%S"), "validation_status_approved", None,
                   "submitted_via_web", rng.choice(["monitor_almaty", "monitor_east", "monitor_south"]), "vQx7bRmK2pLz", None, index])
        r = ws.max_row
        for c in (3, 11, 12):
            if isinstance(ws.cell(r, c).value, datetime):
                ws.cell(r, c).number_format = "YYYY-MM-DD"
        truth.append(truth_row(file, sheet, r, city=city, region=REGION[city], articles=fmt_articles(arts),
                               status=status, sentence_months=months, started_on=started, started_precision=prec,
                               birth_year=by or "", dvk_koshe=dvk, name=name))
    choices = wb.create_sheet("choices")
    choices.append(["list_name", "name", "label::Русский (ru)"])
    for code, label in KOBO_STATUS_LABEL.items():
        choices.append(["status", code, label])
    for code, city in KOBO_CITY_NAME.items():
        choices.append(["city", code, city])
    choices.append(["city", "other", "Другой (указать)"])
    for code, label in (("dvk", "ДВК"), ("koshe", "Көше партиясы"), ("none", "Нет / неизвестно")):
        choices.append(["affiliation", code, label])
    for code, label in (("male", "Мужской"), ("female", "Женский")):
        choices.append(["gender", code, label])
    wb.save(folder / file)
    return truth


WRITERS = (write_court, write_ccpr, write_branch, write_journalist, write_kobo)


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the five lists into `folder`; return the truth, one row per non-blank row below a header."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    for writer in WRITERS:
        rows.extend(writer(folder))
    truth = pd.DataFrame(rows, columns=TRUTH_COLUMNS)
    truth["source_row"] = truth["source_row"].astype(int)
    truth["sentence_months"] = pd.array([None if v in ("", None) or pd.isna(v) else int(v) for v in truth["sentence_months"]], dtype="Int64")
    truth["birth_year"] = pd.array([None if v in ("", None) else int(v) for v in truth["birth_year"]], dtype="Int64")
    truth["dvk_koshe"] = truth["dvk_koshe"].astype(bool)
    return truth
