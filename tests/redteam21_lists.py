"""Red-team set 21 (a hold-out): six lists in layouts copied from real published or kept lists, with the truth.

`write_lists(folder)` writes the files below into `folder` and returns the truth: one row per non-blank row
below a header row (source_file, source_sheet, source_row, kind) and, for cases, the fields city, region,
articles, status, sentence_months, started_on, started_precision, birth_year, dvk_koshe, name. Every name is
invented (random pairs of common first names and surnames, seeded); nothing here is a real person.

Files and what each stresses
- `notion_karta_del.csv`: a Notion database export (UTF-8 with BOM, comma). The title property first
  (`ФИО`), a select whose options start with an emoji (`🔴 В СИЗО`, `🟢 Освобождён`), a multi-select of
  charges (`ст.405 ч.2, ст.174 ч.1`), a relation column of cities written as Notion writes a relation
  (`Уральск (https://www.notion.so/Uralsk-...)`), a date-range property of custody in Notion's English
  format (`January 6, 2022 → March 14, 2022`: from the detention to the release), a verdict date property,
  a term as text, a checkbox `ДВК / Көше` exported as `Yes` / `No`, a person property `Куратор` (the staff
  member who keeps the card: names of people that are not the prosecuted person), tags, and the export's
  `Created` / `Last edited time` stamps (`March 3, 2024 4:12 PM`). Non-case rows: a template card and two
  empty "Untitled" cards (no title, only the curator and the stamps).
- `pishite_pisma.xlsx`, sheet `Адреса`: a letter-writing campaign's list of addresses of prisoners.
  Title rows, an "updated" line, a header with footnote stars (`Откуда*`, `Конец срока**`), a
  `Поздравить с ДР` column (the birthday, day and month only: `14 марта`), the city in `Откуда` (the
  footnote says it is where the person was detained and tried), the postal address of the colony or SIZO
  (another town: where the person is held, never the city of the case), an end-of-term column (a future
  date, no event of the case), detention dates as date cells, `12.05.21`, `07.III.2021`, `май 2021`,
  `с 03.02.2020`; three numbered section headings (serving sentences / not yet sentenced / released,
  archive), two footnotes. In section I the term is often written bare (`5 лет`): everyone there serves in a
  colony, as the heading and the address say.
- `grant_report_annex2.xlsx`, sheet `Annex 2`: an English legal-aid grant report annex for a donor,
  anonymised: the person is a beneficiary code (`KZ-LA-23-014`), sex, age group, year of birth (often
  blank), a two-row header with merged groups (`Location` over `Oblast | City / district`, `Criminal
  proceedings` over `Article(s) CC RK | Proceedings opened | Verdict date | Outcome / current stage`,
  `Assistance provided` over `Type | Date of first contact`), a `DVK / Koshe related (Y/N)` column.
  Opened dates as `15.03.2021`, `03/2021` (month/year) or `2021`; verdict dates as date cells; the date of
  first contact with the lawyers is no event of the case (it is always after the case's first date here,
  so it changes nothing where it is read anyway). Some rows give the oblast only (`Mangystau oblast`, no
  town). Below the table: a total line, a footnote and a small disaggregation table (`Men | 37`).
- `qandy_qantar_po_gorodam.xlsx`: a Russian lawyers' tracker of January-2022 cases and the amnesty of
  2 November 2022, one sheet per city (`Алматы`, `Талдыкорган`, `Шымкент`, `Тараз`, `Жанаозен`): the city
  is only in the sheet's name and its title line. `Ст.ст. УК РК` with several articles, `Г.р.`, two-digit
  years (`05.01.22`), a Roman month (`07.I.2022`), a `Мера пресечения` column and a `Приговор` column
  (`5 лет л/с`, `3 г. огр. свободы`, `2 г. условно`, `штраф 300 МРП`, `оправдан`), an amnesty column
  (`применена, освобождён 18.11.2022` / `не применяется` / `—`), an `Итого` line and a source line under
  each sheet, and a last sheet `Сводка` of counts per city.
- `flourish_map_points.csv`: the data sheet of a media outlet's Flourish map (points layer): `Name`,
  `Lat`, `Lon`, `City` (English, old names too), `Category` (the legend group: a status), `Popup` (HTML:
  `<b>Name</b>, b. 1986<br>Art. 405(2); Art. 174(1)<br>Detained 12 March 2021<br>Sentenced 3 August 2021
  to 2 years of restricted freedom<br><i>Koshe Party supporter</i>`). Articles, dates, term, year of birth
  and the tie are only in the popup.
- `perechen_afm_annotirovannyi.xlsx`, sheet `Перечень (выборка)`: an extract of the financial-monitoring
  agency's list of persons "linked to the financing of terrorism and extremism", annotated by an NGO:
  `Фамилия, имя, отчество` (half of them in capitals, as the agency writes them), full date of birth, a
  synthetic ИИН (12 digits, the first six the date of birth), `Основание включения` (the basis: `приговор
  Есильского районного суда г. Нур-Султана от 12.03.2021, ст. 405 ч. 2 УК РК`: the verdict's date and the
  articles in one cell), the dates of inclusion in and exclusion from the agency's list (no events of the
  case), the NGO's columns `Город (по данным НКО)`, `Текущее положение (НКО)` (`отбывает 5 лет лишения
  свободы`, `ограничение свободы, 2 года`, `условно, 1 год`, `освобождён, срок отбыт`, `штраф выплачен`)
  and `Примечание НКО`; a section heading for the people taken off the list and a source line.

Decisions taken for the truth
- City is the city of the case. In `pishite_pisma.xlsx` the footnote says `Откуда` is where the person was
  detained and tried; the letters address is the colony's town, so a row with `Откуда` blank has no city
  (and no region).
- A row that gives a region only (`Mangystau oblast`, no town) has that region and no city.
- A city known only from its sheet's name (and title line) is that city: each sheet of
  `qandy_qantar_po_gorodam.xlsx` lists the cases of one city.
- Status: the latest stage written. In the Notion export the select is the status (a release within the
  custody range beside a non-custodial sentence is the end of pre-trial detention: the sentence stands).
  In the amnesty tracker, a verdict beats the measure of restraint; `применена, освобождён <date>` makes an
  imprisoned person released (term kept). In the letters list, section I is imprisoned (everyone there
  serves in a colony), section II gives the measure in the term column, section III is released with the
  term kept. In the grant annex `Released on parole` is released (the README: parole is released).
- sentence_months: the term of the sentence where given (kept for released people); none for fines,
  acquittals, measures before a verdict. `1,5 года` is 18.
- started_on: earliest of detention, opening of proceedings (charged), verdict and release. Not: Notion's
  `Created` / `Last edited time`, the end of term, the date of first contact with the lawyers, the
  birthday, the as-of line. A Notion card with no custody or verdict date has no started_on.
- In the financial-monitoring extract the case's date is the verdict's, written in the basis cell; the dates
  of inclusion in and exclusion from the agency's list are not events of the case. `освобождён, срок отбыт`
  gives no term (none is written).
- The Flourish popup of a person under investigation says `Detained <date>` (a past event) and `Under
  investigation (recognisance not to leave)`; with the category `Under investigation` the status is
  under_investigation.
- A date range `January 6, 2022 → March 14, 2022` in the custody property: detention on the first date,
  release on the second.
- dvk_koshe only where the row names DVK / Koshe (checkbox Yes, `Y`, a popup naming the Koshe Party or
  DVK, a note naming them); never from article 405 alone.
- Articles: points (`п.2 ч.4 ст.274`) are below the part and not shown: `274(4)`.
- Non-case rows: section headings, totals, footnotes, the template and Untitled Notion cards, the
  disaggregation table rows, every row of the `Сводка` sheet below its header.
"""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

COLUMNS = ["source_file", "source_sheet", "source_row", "kind", "city", "region", "articles", "status",
           "sentence_months", "started_on", "started_precision", "birth_year", "dvk_koshe", "name"]

# city key -> (city, region, Russian spellings, English spellings)
CITIES = {
    "astana": ("Astana", "Astana", ["Нур-Султан", "г. Астана", "Астана"], ["Nur-Sultan", "Astana"]),
    "almaty": ("Almaty", "Almaty", ["Алматы", "г.Алматы", "Алма-Ата"], ["Almaty", "Alma-Ata"]),
    "shymkent": ("Shymkent", "Shymkent", ["Шымкент", "Чимкент"], ["Shymkent", "Chimkent"]),
    "oskemen": ("Oskemen", "East Kazakhstan", ["Усть-Каменогорск", "Өскемен"], ["Ust-Kamenogorsk", "Oskemen"]),
    "semey": ("Semey", "Abai", ["Семей", "Семипалатинск"], ["Semey", "Semipalatinsk"]),
    "oral": ("Oral", "West Kazakhstan", ["Уральск", "Орал"], ["Uralsk", "Oral"]),
    "aktobe": ("Aktobe", "Aktobe", ["Актобе", "Актюбинск"], ["Aktobe", "Aqtobe"]),
    "atyrau": ("Atyrau", "Atyrau", ["Атырау"], ["Atyrau"]),
    "taraz": ("Taraz", "Zhambyl", ["Тараз"], ["Taraz"]),
    "petropavl": ("Petropavl", "North Kazakhstan", ["Петропавловск"], ["Petropavl", "Petropavlovsk"]),
    "kostanay": ("Kostanay", "Kostanay", ["Костанай", "Кустанай"], ["Kostanay"]),
    "karaganda": ("Karaganda", "Karaganda", ["Караганда"], ["Karaganda"]),
    "aktau": ("Aktau", "Mangystau", ["Актау"], ["Aktau"]),
    "kyzylorda": ("Kyzylorda", "Kyzylorda", ["Кызылорда"], ["Kyzylorda"]),
    "pavlodar": ("Pavlodar", "Pavlodar", ["Павлодар"], ["Pavlodar"]),
    "taldykorgan": ("Taldykorgan", "Jetisu", ["Талдыкорган"], ["Taldykorgan"]),
    "zhanaozen": ("Zhanaozen", "Mangystau", ["Жанаозен"], ["Zhanaozen"]),
    "zhezkazgan": ("Zhezkazgan", "Ulytau", ["Жезказган"], ["Zhezkazgan"]),
    "konaev": ("Konaev", "Almaty Region", ["Капшагай", "Конаев"], ["Kapchagay", "Konaev"]),
    "temirtau": ("Temirtau", "Karaganda", ["Темиртау"], ["Temirtau"]),
    "kokshetau": ("Kokshetau", "Akmola", ["Кокшетау"], ["Kokshetau"]),
}

SURNAMES = ["Жаксылыков", "Сейткалиев", "Нурмаганбетов", "Абдрахманов", "Кайратов", "Бекмуханов", "Есенгалиев",
            "Утегенов", "Жумабаев", "Ермеков", "Тлеубердиев", "Сарсенбаев", "Акылбеков", "Мукашев", "Ибраев",
            "Оспанов", "Турсынбеков", "Калиев", "Белоусов", "Тарасов", "Мельников", "Сафронов", "Хасанов",
            "Жолдасбеков", "Искаков", "Бейсенов", "Садыков", "Рахимов", "Кудайбергенов", "Ахметов"]
PLAIN_SURNAMES = ["Ким", "Ковальчук", "Гриценко", "Шульц", "Пак", "Лысенко"]
MALE = ["Ерлан", "Нуржан", "Асхат", "Бауыржан", "Талгат", "Данияр", "Руслан", "Виктор", "Алексей", "Мурат",
        "Серик", "Арман", "Жандос", "Олжас", "Игорь", "Канат", "Марат", "Ержан", "Дмитрий", "Азамат"]
FEMALE = ["Айгуль", "Гульнара", "Жанар", "Динара", "Сауле", "Ольга", "Мадина", "Асель", "Наталья", "Ботагоз"]
PATRONYMIC_M = ["Серикович", "Маратович", "Болатович", "Ерланович", "Кайратович", "Викторович"]
PATRONYMIC_F = ["Ерлановна", "Кайратовна", "Болатовна", "Сергеевна", "Муратовна"]

LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
                 ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                  "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "a", "g", "k", "n",
                  "o", "u", "u", "h", "i"]))

MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря"]
MONTHS_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
              "ноябрь", "декабрь"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

DAY, MONTH, YEAR = "day", "month", "year"


def latin(text: str) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        if low in LATIN:
            t = LATIN[low]
            out.append(t.capitalize() if ch != low else t)
        else:
            out.append(ch)
    return "".join(out)


@dataclass
class Case:
    name: str
    female: bool
    birth_year: int | None
    city: str | None  # key of CITIES
    articles: list[tuple[int, int | None]]
    status: str
    months: int | None
    detained: tuple[date, str] | None = None
    charged: tuple[date, str] | None = None
    sentenced: tuple[date, str] | None = None
    released: tuple[date, str] | None = None
    dvk: bool = False
    extra: dict = field(default_factory=dict)

    def truth(self, file: str, sheet: str, row: int, region_only: str | None = None) -> dict:
        dates = [d for d in (self.detained, self.charged, self.sentenced, self.released) if d]
        start = min(dates, key=lambda d: d[0]) if dates else None
        city, region = (CITIES[self.city][0], CITIES[self.city][1]) if self.city else ("", region_only or "")
        return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case", "city": city,
                "region": region, "articles": articles_display(self.articles), "status": self.status,
                "sentence_months": self.months, "started_on": start[0].isoformat() if start else "",
                "started_precision": start[1] if start else "", "birth_year": self.birth_year,
                "dvk_koshe": self.dvk, "name": self.name}


def not_a_case(file: str, sheet: str, row: int) -> dict:
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case"}


def articles_display(articles) -> str:
    return "; ".join(f"{a}({p})" if p else str(a) for a, p in sorted(articles, key=lambda x: (x[0], x[1] or 0)))


def person(rng: random.Random, patronymic: bool = False) -> tuple[str, bool]:
    female = rng.random() < 0.25
    if rng.random() < 0.12:
        surname = rng.choice(PLAIN_SURNAMES)
    else:
        surname = rng.choice(SURNAMES) + ("а" if female else "")
    first = rng.choice(FEMALE if female else MALE)
    parts = [surname, first]
    if patronymic:
        parts.append(rng.choice(PATRONYMIC_F if female else PATRONYMIC_M))
    return " ".join(parts), female


def rand_date(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def first_of(d: date, precision: str) -> date:
    return d.replace(day=1) if precision == MONTH else d.replace(month=1, day=1) if precision == YEAR else d


ARTICLE_POOL = [[(405, 2)], [(405, 2)], [(405, 1)], [(174, 1)], [(174, 2)], [(274, 2)], [(274, 4)],
                [(405, 2), (174, 1)], [(179, 2)], [(182, 2)], [(405, 1), (182, 1)], [(380, 1)], [(256, 1)],
                [(258, 1), (405, 2)], [(174, 1), (274, 2)]]

TERMS = {"imprisoned": [12, 18, 24, 30, 36, 48, 60, 84], "restricted_freedom": [12, 18, 24, 36],
         "probation": [12, 24, 36], "released": [12, 18, 24, 36, 48]}


# --- writing terms and dates -------------------------------------------------------------------------------

def term_ru(months: int, rng: random.Random) -> str:
    years, rest = divmod(months, 12)
    if months == 18 and rng.random() < 0.5:
        return "1,5 года"
    word = {1: "год", 2: "года", 3: "года", 4: "года"}.get(years, "лет")
    if rest == 0:
        return f"{years} {word}"
    if years == 0:
        return f"{rest} мес."
    return rng.choice([f"{years} {word} {rest} мес.", f"{years} г. {rest} мес."])


def term_en(months: int) -> str:
    years, rest = divmod(months, 12)
    y = f"{years} year" + ("s" if years != 1 else "")
    return y if rest == 0 else f"{y} {rest} months"


def ru_date(d: date, precision: str, style: str) -> str | datetime:
    if precision == YEAR:
        return f"{d.year}"
    if precision == MONTH:
        return f"{MONTHS_NOM[d.month - 1]} {d.year}"
    return {"cell": datetime(d.year, d.month, d.day), "dmy": d.strftime("%d.%m.%Y"),
            "dmy2": d.strftime("%d.%m.%y"), "roman": f"{d.day:02d}.{ROMAN[d.month - 1]}.{d.year}",
            "words": f"{d.day} {MONTHS_GEN[d.month - 1]} {d.year}", "since": "с " + d.strftime("%d.%m.%Y"),
            "g": d.strftime("%d.%m.%Y") + " г."}[style]


def en_long(d: date) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def article_ru(a: int, p: int | None, rng: random.Random) -> str:
    if p is None:
        return f"ст.{a}"
    return rng.choice([f"ч.{p} ст.{a}", f"ст.{a} ч.{p}", f"ст. {a} ч. {p}"])


# --- 1. Notion export --------------------------------------------------------------------------------------

NOTION_STATUS = {"pretrial_detention": "🔴 В СИЗО", "house_arrest": "🟠 Домашний арест",
                 "imprisoned": "⛓ Осуждён — реальный срок", "restricted_freedom": "🟡 Осуждён — ограничение свободы",
                 "probation": "🟡 Осуждён — условно", "fined": "💸 Штраф", "released": "🟢 Освобождён",
                 "acquitted": "⚪ Оправдан", "under_investigation": "🔵 Следствие (подписка о невыезде)"}
CURATORS = ["Айгерим Тулегенова", "Dana Serikova", "Ержан Б.", "Марина Ли"]
TAGS = ["активист", "блогер", "журналист", "пенсионер", "активист, блогер", "правозащитник", ""]


def notion_id(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(32))


def write_notion(folder: Path, rng: random.Random) -> list[dict]:
    file = "notion_karta_del.csv"
    header = ["ФИО", "Статус", "Статьи", "Город", "Год рождения", "Под стражей", "Дата приговора", "Срок",
              "ДВК / Көше", "Куратор", "Теги", "Created", "Last edited time"]
    statuses = (["imprisoned"] * 16 + ["restricted_freedom"] * 10 + ["probation"] * 8 + ["fined"] * 5
                + ["pretrial_detention"] * 8 + ["house_arrest"] * 4 + ["released"] * 10 + ["acquitted"] * 3
                + ["under_investigation"] * 6)
    rng.shuffle(statuses)
    lines, truth = [], []
    special = {9: "template", 33: "untitled", 58: "untitled"}
    keys = list(CITIES)
    i = 0
    while statuses or i in special:
        row = len(lines) + 2
        stamp = datetime(2024, 1, 1) + timedelta(days=rng.randrange(200), minutes=rng.randrange(1440))
        created = stamp.strftime("%B %-d, %Y %-I:%M %p")
        edited = (stamp + timedelta(days=rng.randrange(60))).strftime("%B %-d, %Y %-I:%M %p")
        if i in special:
            if special[i] == "template":
                lines.append(["Шаблон карточки (не удалять)", "", "", "", "", "", "", "", "No", "", "", created, edited])
            else:
                lines.append(["", "", "", "", "", "", "", "", "No", rng.choice(CURATORS), "", created, edited])
            truth.append(not_a_case(file, "", row))
            i += 1
            continue
        i += 1
        status = statuses.pop()
        name, female = person(rng)
        by = rng.choice([None] + list(range(1960, 2001))) if rng.random() < 0.85 else None
        key = rng.choice(keys) if rng.random() < 0.92 else None
        arts = rng.choice(ARTICLE_POOL)
        months = rng.choice(TERMS[status]) if status in TERMS else None
        det = rand_date(rng, date(2019, 1, 1), date(2023, 6, 30))
        detained, sentenced, released = (det, DAY), None, None
        custody = en_long(det)
        verdict = ""
        if status in ("imprisoned", "restricted_freedom", "probation", "fined", "released", "acquitted"):
            sent = det + timedelta(days=rng.randrange(60, 300))
            sentenced = (sent, DAY)
            verdict = en_long(sent)
            if status in ("restricted_freedom", "probation", "acquitted", "fined") and rng.random() < 0.5:
                custody = f"{en_long(det)} → {en_long(sent)}"  # held until the verdict
                released = (sent, DAY)
            if status == "released":
                rel = sent + timedelta(days=rng.randrange(100, 500))
                released = (rel, DAY)
                custody = f"{en_long(det)} → {en_long(rel)}"
        if status == "under_investigation" and rng.random() < 0.5:
            custody, detained = "", None  # charged, never held: no date in the card
        if status == "fined" and rng.random() < 0.4:
            custody, detained = "", None
        case = Case(name, female, by, key, arts, status, months, detained, None, sentenced, released,
                    dvk=rng.random() < 0.35)
        city = ""
        if key:
            ru = rng.choice(CITIES[key][2])
            city = f"{ru} (https://www.notion.so/{latin(ru).replace(' ', '-')}-{notion_id(rng)})"
        tags = rng.choice(TAGS)
        if case.dvk and rng.random() < 0.5:
            tags = ", ".join(t for t in (tags, "Көше партиясы") if t)
        lines.append([name, NOTION_STATUS[status], ", ".join(article_ru(a, p, rng) for a, p in arts), city,
                      str(by) if by else "", custody, verdict, term_ru(months, rng) if months else "",
                      "Yes" if case.dvk else "No", rng.choice(CURATORS), tags, created, edited])
        truth.append(case.truth(file, "", row))
    with open(folder / file, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(lines)
    return truth


# --- 2. letters campaign -----------------------------------------------------------------------------------

COLONIES = ["учреждение ЕЦ-166/12", "учреждение АП-162/3", "учреждение ЛА-155/14", "учреждение УК-161/2",
            "учреждение ОВ-156/11"]
COLONY_TOWNS = ["071400, Абайская обл., г. Семей", "141200, Павлодарская обл., г. Экибастуз",
                "100000, Карагандинская обл., г. Караганда", "090000, ЗКО, г. Уральск",
                "160000, г. Шымкент"]


def write_letters(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "pishite_pisma.xlsx", "Адреса"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["ПИШИТЕ ПИСЬМА ПОЛИТЗАКЛЮЧЁННЫМ КАЗАХСТАНА"])
    ws.merge_cells("A1:K1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([("Список для волонтёров кампании. Обновлено 15.03.2024. Пишите по-русски или по-казахски, "
                "без политики: письма проходят цензуру.")])
    ws.append([])
    ws.append(["№", "Кому (ФИО полностью)", "Год рожд.", "Поздравить с ДР", "Откуда*", "Статья УК", "Срок",
               "Под стражей с", "Конец срока**", "Адрес для писем", "Примечание"])
    truth: list[dict] = []
    number = 0
    sections = [("I. Отбывают наказание в колониях", "imprisoned", 34),
                ("II. Ещё не осуждены (СИЗО, домашний арест)", "pretrial", 14),
                ("III. Освобождены (оставлены для архива переписки)", "released", 16)]
    styles = ["cell", "cell", "dmy", "dmy2", "roman", "since", "month", "year", "g"]
    no_city_rows = {3, 20, 41}
    for heading, group, count in sections:
        ws.append([heading])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=11)
        truth.append(not_a_case(file, sheet, ws.max_row))
        for _ in range(count):
            number += 1
            name, female = person(rng, patronymic=True)
            by = rng.choice(range(1958, 2002)) if rng.random() < 0.85 else None
            key = None if number in no_city_rows else rng.choice(list(CITIES))
            arts = rng.choice(ARTICLE_POOL)
            style = rng.choice(styles)
            precision = MONTH if style == "month" else YEAR if style == "year" else DAY
            det = rand_date(rng, date(2019, 1, 1), date(2023, 9, 30))
            det = first_of(det, precision)
            det_cell = ru_date(det, precision, style)
            if precision == MONTH:
                det_cell = f"{MONTHS_NOM[det.month - 1]} {det.year}"
            birthday = f"{rng.randint(1, 28)} {rng.choice(MONTHS_GEN)}" if rng.random() < 0.7 else ""
            note, end, months, released, status = "", "", None, None, None
            address = f"{rng.choice(COLONY_TOWNS)}, {rng.choice(COLONIES)}"
            if group == "imprisoned":
                status = "imprisoned"
                months = rng.choice([24, 36, 48, 60, 84, 96])
                term = term_ru(months, rng) if rng.random() < 0.6 else rng.choice(
                    [f"{term_ru(months, rng)} л/с", f"{term_ru(months, rng)} лишения свободы"])
                end_d = det + timedelta(days=int(months * 30.44))
                if end_d <= date(2024, 4, 1):
                    months = 96
                    term = "8 лет"
                    end_d = det + timedelta(days=int(months * 30.44))
                end = end_d.strftime("%d.%m.%Y")
                note = rng.choice(["", "", "получает письма", "просит книги на казахском", "ответы редко"])
            elif group == "pretrial":
                status = rng.choice(["pretrial_detention", "pretrial_detention", "house_arrest"])
                term = "мера: содержание под стражей" if status == "pretrial_detention" else "мера: домашний арест"
                det = rand_date(rng, date(2023, 6, 1), date(2024, 2, 28))
                det_cell = ru_date(det, DAY, rng.choice(["cell", "dmy", "since"]))
                precision = DAY
                address = (f"г. {rng.choice(['Алматы', 'Астана', 'Актобе'])}, учреждение ЛА-155/18 (СИЗО)"
                           if status == "pretrial_detention" else "домашний адрес не публикуем")
                note = rng.choice(["", "суд назначен", "следствие продлено"])
            else:
                status = "released"
                months = rng.choice([12, 18, 24, 36])
                term = term_ru(months, rng)
                rel = rand_date(rng, date(2022, 6, 1), date(2024, 2, 28))
                on_parole = rng.random() < 0.4
                served = int(months * 30.44 * (rng.uniform(0.55, 0.8) if on_parole else 1.0))
                det = first_of(rel - timedelta(days=served), precision)  # the term fits between detention and release
                det_cell = ru_date(det, precision, style)
                released = (rel, DAY)
                end = (det + timedelta(days=int(months * 30.44))).strftime("%d.%m.%Y")
                note = (f"освобождён по УДО {rel.strftime('%d.%m.%Y')}" if on_parole else
                        rng.choice([f"вышел по концу срока {rel.strftime('%d.%m.%Y')}",
                                    f"освобождена {rel.strftime('%d.%m.%Y')}, переписка закрыта"]))
                if "освобождена" in note and not female:
                    note = note.replace("освобождена", "освобождён")
                if "освобождён по УДО" in note and female:
                    note = note.replace("освобождён", "освобождена")
            dvk = rng.random() < 0.3
            if dvk:
                note = "; ".join(n for n in (note, rng.choice(["сторонник ДВК", "активистка Көше партиясы" if female
                                                              else "активист Көше партиясы"])) if n)
            case = Case(name, female, by, key, arts, status, months, (det, precision), None, None, released, dvk)
            city_cell = ""
            if key:
                city_cell = rng.choice(CITIES[key][2])
            ws.append([number, name, (by if rng.random() < 0.6 else f"{by} г.") if by else None, birthday, city_cell,
                       ", ".join(article_ru(a, p, rng) for a, p in case.articles) if len(case.articles) == 1 else
                       "ст.ст. " + ", ".join(f"{a} ч.{p}" if p else str(a) for a, p in case.articles),
                       term, det_cell, end, address, note])
            cell = ws.cell(ws.max_row, 8)
            if isinstance(det_cell, datetime):
                cell.number_format = "DD.MM.YYYY"
            truth.append(case.truth(file, sheet, ws.max_row))
    ws.append([])
    ws.append(["* Откуда — город, где человека задержали и судили (не место отбывания)."])
    truth.append(not_a_case(file, sheet, ws.max_row))
    ws.append(["** Конец срока — без учёта возможного УДО и зачёта времени в СИЗО."])
    truth.append(not_a_case(file, sheet, ws.max_row))
    wb.save(folder / file)
    return truth


# --- 3. grant report annex ---------------------------------------------------------------------------------

OBLAST_EN = {"astana": "Astana city", "almaty": "Almaty city", "shymkent": "Shymkent city",
             "oskemen": "East Kazakhstan oblast", "semey": "Abai oblast", "oral": "West Kazakhstan oblast",
             "aktobe": "Aktobe oblast", "atyrau": "Atyrau oblast", "taraz": "Zhambyl oblast",
             "petropavl": "North Kazakhstan oblast", "kostanay": "Kostanay oblast", "karaganda": "Karaganda oblast",
             "aktau": "Mangystau oblast", "kyzylorda": "Kyzylorda oblast", "pavlodar": "Pavlodar oblast",
             "taldykorgan": "Jetisu oblast", "zhanaozen": "Mangystau oblast", "zhezkazgan": "Ulytau oblast",
             "konaev": "Almaty oblast", "temirtau": "Karaganda oblast", "kokshetau": "Akmola oblast"}
REGION_ONLY = [("Mangystau oblast", "Mangystau"), ("Turkistan oblast", "Turkistan"), ("Almaty oblast", "Almaty Region"),
               ("Kyzylorda oblast", "Kyzylorda")]


def outcome_en(status: str, months: int | None, rng: random.Random, released: date | None) -> str:
    t = term_en(months) if months else ""
    return {"imprisoned": rng.choice([f"Custodial sentence, {t}", f"Imprisonment {t}"]),
            "restricted_freedom": rng.choice([f"Restriction of liberty {t}", f"Restricted freedom, {t}"]),
            "probation": rng.choice([f"Suspended sentence {t}", f"{t} suspended"]),
            "fined": rng.choice(["Fine (1,000 MCI)", "Fined 500 MCI"]),
            "acquitted": rng.choice(["Acquitted", "Acquittal (verdict in force)"]),
            "under_investigation": rng.choice(["Investigation ongoing (recognisance not to leave)",
                                               "Pre-trial investigation, not in custody"]),
            "pretrial_detention": rng.choice(["Pre-trial detention", "In custody pending trial"]),
            "house_arrest": "House arrest",
            "compulsory_treatment": "Compulsory psychiatric treatment ordered by the court",
            "released": f"Custodial sentence {t}; released on parole {released.strftime('%d.%m.%Y') if released else ''}"
            }[status]


def write_grant(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "grant_report_annex2.xlsx", "Annex 2"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["Annex 2. Beneficiaries of legal aid (anonymised)"])
    ws.append(["Project: Legal defence of civic activists in Kazakhstan. Reporting period: 1 January - 31 December 2023"])
    ws.append([])
    ws.append(["No.", "Beneficiary code*", "Sex", "Age group", "Year of birth", "Location", None,
               "Criminal proceedings", None, None, None, "Assistance provided", None, "DVK / Koshe related (Y/N)"])
    ws.append([None, None, None, None, None, "Oblast", "City / district", "Article(s) CC RK", "Proceedings opened",
               "Verdict date", "Outcome / current stage", "Type", "Date of first contact", None])
    for col in ("A", "B", "C", "D", "E", "N"):
        ws.merge_cells(f"{col}4:{col}5")
    ws.merge_cells("F4:G4")
    ws.merge_cells("H4:K4")
    ws.merge_cells("L4:M4")
    statuses = (["imprisoned"] * 12 + ["restricted_freedom"] * 10 + ["probation"] * 9 + ["fined"] * 5
                + ["acquitted"] * 3 + ["under_investigation"] * 8 + ["pretrial_detention"] * 5 + ["house_arrest"] * 3
                + ["compulsory_treatment"] * 2 + ["released"] * 5)
    rng.shuffle(statuses)
    truth: list[dict] = []
    men = women = 0
    for n, status in enumerate(statuses, start=1):
        female = rng.random() < 0.35
        men, women = men + (not female), women + female
        by = rng.choice(range(1955, 2003)) if rng.random() < 0.5 else None
        age = "18-35" if (by or 1980) >= 1988 else "36-60" if (by or 1980) >= 1963 else "60+"
        region_only = None
        if rng.random() < 0.12:
            oblast, region_only = rng.choice(REGION_ONLY)
            key, town = None, ""
        else:
            key = rng.choice(list(CITIES))
            oblast, town = OBLAST_EN[key], rng.choice(CITIES[key][3])
            if key in ("astana", "almaty", "shymkent") and rng.random() < 0.4:
                town = f"{town}, {rng.choice(['Esil', 'Almaly', 'Bostandyk', 'Abai'])} district"
        arts = rng.choice(ARTICLE_POOL)
        art_cell = rng.choice([
            ", ".join(f"{a}({p})" if p else str(a) for a, p in arts),
            "; ".join(f"Art. {a} Part {p}" if p else f"Art. {a}" for a, p in arts),
            " and ".join(f"{a} p.{p}" if p else str(a) for a, p in arts)])
        months = rng.choice(TERMS[status]) if status in TERMS else None
        opened_prec = rng.choice([DAY, DAY, MONTH, YEAR])
        opened = first_of(rand_date(rng, date(2020, 1, 1), date(2023, 4, 30)), opened_prec)
        opened_cell = {DAY: opened.strftime("%d.%m.%Y"), MONTH: opened.strftime("%m/%Y"), YEAR: str(opened.year)}[opened_prec]
        charged = (opened, opened_prec)
        if rng.random() < 0.08:
            charged, opened_cell = None, ""
        sentenced, released, verdict_cell = None, None, None
        if status in ("imprisoned", "restricted_freedom", "probation", "fined", "acquitted", "released",
                      "compulsory_treatment"):
            sent = min(opened + timedelta(days=rng.randrange(200, 420)), date(2023, 12, 20))  # within the period
            sentenced = (sent, DAY)
            verdict_cell = datetime(sent.year, sent.month, sent.day)
            if status == "released":
                released = (sent + timedelta(days=rng.randrange(120, 300)), DAY)
        if charged is None and sentenced is None:
            charged, opened_cell = (opened, opened_prec), {DAY: opened.strftime("%d.%m.%Y"), MONTH: opened.strftime("%m/%Y"),
                                                         YEAR: str(opened.year)}[opened_prec]
        earliest = min(d[0] for d in (charged, sentenced) if d)
        contact = earliest + timedelta(days=rng.randrange(10, 120)) + timedelta(days=366 if opened_prec == YEAR else 31)
        contact = max(min(contact, date(2023, 12, 29)), earliest + timedelta(days=366 if opened_prec == YEAR else 31))
        dvk = rng.random() < 0.3
        dvk_cell = "Y" if dvk else rng.choice(["N", "N", ""])
        case = Case(f"KZ-LA-23-{n:03d}", female, by, key, arts, status, months, None, charged, sentenced, released, dvk)
        ws.append([n, case.name, "F" if female else "M", age, by, oblast, town or None, art_cell, opened_cell or None,
                   verdict_cell, outcome_en(status, months, rng, released[0] if released else None),
                   rng.choice(["Court representation", "Consultation", "Appeal", "Defence at investigation"]),
                   datetime(contact.year, contact.month, contact.day), dvk_cell or None])
        for col in (10, 13):
            ws.cell(ws.max_row, col).number_format = "DD.MM.YYYY"
        truth.append(case.truth(file, sheet, ws.max_row, region_only))
    ws.append([])
    ws.append([None, f"Total: {len(statuses)} beneficiaries ({men} men, {women} women)"])
    truth.append(not_a_case(file, sheet, ws.max_row))
    ws.append([None, "* Codes are kept by the project lawyer; names are withheld for the beneficiaries' safety."])
    truth.append(not_a_case(file, sheet, ws.max_row))
    ws.append([])
    ws.append([None, "Disaggregation by sex", "Number"])
    truth.append(not_a_case(file, sheet, ws.max_row))
    ws.append([None, "Men", men])
    truth.append(not_a_case(file, sheet, ws.max_row))
    ws.append([None, "Women", women])
    truth.append(not_a_case(file, sheet, ws.max_row))
    wb.save(folder / file)
    return truth


# --- 4. January 2022 cases and the amnesty, one sheet per city --------------------------------------------

CITY_SHEETS = [("Алматы", "almaty", "г. Алматы", 20), ("Талдыкорган", "taldykorgan", "г. Талдыкорган", 14),
               ("Шымкент", "shymkent", "г. Шымкент", 16), ("Тараз", "taraz", "г. Тараз", 14),
               ("Жанаозен", "zhanaozen", "г. Жанаозен", 12)]
JAN_ARTICLES = [[(272, 2)], [(272, 2), (380, 1)], [(272, 1)], [(380, 1)], [(272, 2), (188, 2)], [(274, 2)],
                [(272, 2), (293, 2)], [(174, 1)]]


def write_qandy(folder: Path, rng: random.Random) -> list[dict]:
    file = "qandy_qantar_po_gorodam.xlsx"
    wb = Workbook()
    wb.remove(wb.active)
    truth: list[dict] = []
    summary = []
    for sheet, key, title_city, count in CITY_SHEETS:
        ws = wb.create_sheet(sheet)
        ws.append([f"{title_city}: задержанные по делам январских событий 2022 г."])
        ws.append(["по состоянию на 01.12.2022"])
        ws.append(["№", "Ф.И.О.", "Г.р.", "Задержан", "Ст.ст. УК РК", "Мера пресечения", "Приговор",
                   "Амнистия (закон от 02.11.2022)", "Примечание"])
        counts = {"all": 0, "custody": 0, "sentenced": 0, "amnesty": 0}
        for n in range(1, count + 1):
            name, female = person(rng, patronymic=rng.random() < 0.5)
            by = rng.choice(range(1960, 2004)) if rng.random() < 0.8 else None
            det = date(2022, 1, rng.randint(4, 12))
            style = rng.choice(["cell", "dmy2", "dmy2", "dmy", "roman", "g"])
            det_cell = ru_date(det, DAY, style)
            arts = rng.choice(JAN_ARTICLES)
            art_cell = ", ".join(f"{a} ч.{p}" if p else str(a) for a, p in arts)
            if len(arts) == 1 and rng.random() < 0.5:
                art_cell = article_ru(arts[0][0], arts[0][1], rng)
            outcome = rng.choice(["imprisoned", "imprisoned", "amnesty", "restricted_freedom", "probation", "fined",
                                  "acquitted", "pretrial_detention", "house_arrest", "under_investigation"])
            measure = rng.choice(["под стражей", "содержание под стражей", "домашний арест", "подписка о невыезде"])
            verdict, amnesty, months, status, released, sentenced = "", "—", None, outcome, None, None
            if outcome in ("imprisoned", "amnesty"):
                months = rng.choice([36, 48, 60, 72, 96])
                years = months // 12
                word = "года" if years < 5 else "лет"
                verdict = rng.choice([f"{years} {word} л/с", f"{years} {word} лишения свободы"])
                measure = rng.choice(["под стражей", "содержание под стражей"])
                status = "imprisoned"
                amnesty = rng.choice(["не применяется", "не применяется (организатор)", "—"])
                if outcome == "amnesty":
                    rel = date(2022, 11, rng.randint(10, 28))
                    amnesty = f"применена, {'освобождена' if female else 'освобождён'} {rel.strftime('%d.%m.%Y')}"
                    status, released = "released", (rel, DAY)
                    counts["amnesty"] += 1
            elif outcome == "restricted_freedom":
                months = rng.choice([24, 36])
                verdict = f"{months // 12} г. огр. свободы"
            elif outcome == "probation":
                months = rng.choice([12, 24, 36])
                verdict = f"{months // 12} г. условно"
            elif outcome == "fined":
                verdict = rng.choice(["штраф 300 МРП", "штраф 1000 МРП"])
            elif outcome == "acquitted":
                verdict = "оправдан" if not female else "оправдана"
            elif outcome == "pretrial_detention":
                measure = rng.choice(["под стражей", "содержание под стражей"])
            elif outcome == "house_arrest":
                measure = "домашний арест"
            elif outcome == "under_investigation":
                measure = "подписка о невыезде"
            if verdict:
                sent = date(2022, rng.randint(3, 10), rng.randint(1, 28))
                sentenced = (sent, DAY)
                verdict = f"{verdict} ({sent.strftime('%d.%m.%Y')})" if rng.random() < 0.5 else verdict
                if "(" not in verdict:
                    sentenced = None
                counts["sentenced"] += 1
            if status in ("imprisoned", "pretrial_detention"):
                counts["custody"] += 1
            counts["all"] += 1
            note = rng.choice(["", "", "пытки, жалоба подана", "родственники просят огласки", "адвокат по назначению"])
            case = Case(name, female, by, key, arts, status, months, (det, DAY), None, sentenced, released, False)
            ws.append([n, name, by, det_cell, art_cell, measure, verdict, amnesty, note])
            if isinstance(det_cell, datetime):
                ws.cell(ws.max_row, 4).number_format = "DD.MM.YYYY"
            truth.append(case.truth(file, sheet, ws.max_row))
        ws.append([None, f"Итого по {title_city}: {count} чел."])
        truth.append(not_a_case(file, sheet, ws.max_row))
        ws.append([None, "Источник: родственники, адвокаты, судебные акты (office.sud.kz)"])
        truth.append(not_a_case(file, sheet, ws.max_row))
        summary.append([sheet, counts["all"], counts["custody"], counts["sentenced"], counts["amnesty"]])
    ws = wb.create_sheet("Сводка")
    ws.append(["Сводка по городам на 01.12.2022"])
    ws.append(["Город", "Всего", "Под стражей", "С приговором", "Амнистированы"])
    for line in summary:
        ws.append(line)
        truth.append(not_a_case(file, "Сводка", ws.max_row))
    ws.append(["ИТОГО", *(sum(r[i] for r in summary) for i in range(1, 5))])
    truth.append(not_a_case(file, "Сводка", ws.max_row))
    wb.save(folder / file)
    return truth


# --- 5. Flourish map data ----------------------------------------------------------------------------------

FLOURISH_CATEGORY = {"imprisoned": "Imprisoned", "restricted_freedom": "Restricted freedom",
                     "probation": "Suspended sentence", "pretrial_detention": "In pre-trial detention",
                     "under_investigation": "Under investigation", "released": "Released", "fined": "Fined"}
COORDS = {"astana": (51.1694, 71.4491), "almaty": (43.2389, 76.9458), "shymkent": (42.3417, 69.5901),
          "oskemen": (49.9716, 82.6059), "semey": (50.4111, 80.2275), "oral": (51.2333, 51.3667),
          "aktobe": (50.2839, 57.167), "atyrau": (47.1067, 51.9213), "taraz": (42.9, 71.3667),
          "petropavl": (54.8753, 69.1639), "kostanay": (53.2198, 63.6354), "karaganda": (49.802, 73.0879),
          "aktau": (43.6481, 51.1722), "kyzylorda": (44.8488, 65.4823), "pavlodar": (52.2873, 76.9674),
          "taldykorgan": (45.0156, 78.3739), "zhanaozen": (43.3414, 52.8596), "zhezkazgan": (47.7833, 67.7667),
          "konaev": (43.8778, 77.0678), "temirtau": (50.0577, 72.9644), "kokshetau": (53.2796, 69.3885)}


def sentence_en(status: str, months: int | None, sent: date | None, rel: date | None) -> str:
    when = f"Sentenced {sent.day} {MONTHS_EN[sent.month - 1]} {sent.year} to " if sent else ""
    t = term_en(months) if months else ""
    return {"imprisoned": f"{when}{t} in prison", "restricted_freedom": f"{when}{t} of restricted freedom",
            "probation": f"{when}{t} suspended sentence", "fined": f"{when}a fine of 500 MCI",
            "released": f"{when}{t} in prison; released {rel.day} {MONTHS_EN[rel.month - 1]} {rel.year}" if rel else "",
            "pretrial_detention": "Held in pre-trial detention",
            "under_investigation": "Under investigation (recognisance not to leave)"
            }[status]


def write_flourish(folder: Path, rng: random.Random) -> list[dict]:
    file = "flourish_map_points.csv"
    statuses = (["imprisoned"] * 12 + ["restricted_freedom"] * 10 + ["probation"] * 7 + ["pretrial_detention"] * 6
                + ["under_investigation"] * 5 + ["released"] * 6 + ["fined"] * 4)
    rng.shuffle(statuses)
    lines, truth = [], []
    for status in statuses:
        row = len(lines) + 2
        name_ru, female = person(rng)
        name = latin(name_ru)
        key = rng.choice(list(COORDS))
        lat, lon = COORDS[key]
        lat, lon = round(lat + rng.uniform(-0.03, 0.03), 4), round(lon + rng.uniform(-0.03, 0.03), 4)
        by = rng.choice(range(1962, 2002)) if rng.random() < 0.7 else None
        arts = rng.choice(ARTICLE_POOL)
        months = rng.choice(TERMS[status]) if status in TERMS else None
        det = rand_date(rng, date(2019, 3, 1), date(2023, 8, 31))
        sent = rel = None
        if status in ("imprisoned", "restricted_freedom", "probation", "fined", "released"):
            sent = det + timedelta(days=rng.randrange(90, 300))
        if status == "released":
            rel = sent + timedelta(days=rng.randrange(100, 400))
        dvk = rng.random() < 0.35
        tie = rng.choice(["Koshe Party supporter", "DVK activist", "member of the Koshe Party"]) if dvk else \
            rng.choice(["blogger", "civic activist", "journalist", "trade unionist"])
        head = f"<b>{name}</b>" + (f", b. {by}" if by else "")
        charges = "; ".join(f"Art. {a}({p})" if p else f"Art. {a}" for a, p in arts)
        popup = "<br>".join([head, charges, f"Detained {det.day} {MONTHS_EN[det.month - 1]} {det.year}",
                             sentence_en(status, months, sent, rel), f"<i>{tie}</i>"])
        case = Case(name, female, by, key, arts, status, months, (det, DAY), None,
                    (sent, DAY) if sent else None, (rel, DAY) if rel else None, dvk)
        lines.append([name, f"{lat}", f"{lon}", rng.choice(CITIES[key][3]), FLOURISH_CATEGORY[status], popup])
        truth.append(case.truth(file, "", row))
    with open(folder / file, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Name", "Lat", "Lon", "City", "Category", "Popup"])
        writer.writerows(lines)
    return truth


# --- 6. the financial-monitoring list, annotated by an NGO ---------------------------------------------------

COURTS = {"astana": "Есильского районного суда г. Нур-Султана", "almaty": "Алмалинского районного суда г. Алматы",
          "shymkent": "Абайского районного суда г. Шымкента", "oral": "Уральского городского суда",
          "aktobe": "Актюбинского городского суда", "semey": "Семейского городского суда",
          "pavlodar": "Павлодарского городского суда", "taraz": "Таразского городского суда",
          "kostanay": "Костанайского городского суда", "karaganda": "Казыбекбийского районного суда г. Караганды",
          "atyrau": "Атырауского городского суда", "kyzylorda": "Кызылординского городского суда"}
AFM_STATUS = {"imprisoned": "отбывает {t} лишения свободы", "restricted_freedom": "ограничение свободы, {t}",
              "probation": "условно, {t}", "released": "освобождён, срок отбыт", "fined": "штраф выплачен"}


def write_afm(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "perechen_afm_annotirovannyi.xlsx", "Перечень (выборка)"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["Перечень организаций и физических лиц, связанных с финансированием терроризма и экстремизма"])
    ws.append(["Выборка: лица, включённые по приговорам по ст. 174, 179, 182, 405 УК РК. Аннотации (город, положение) — наши."])
    ws.append(["№ п/п", "Фамилия, имя, отчество", "Дата рождения", "ИИН", "Основание включения",
               "Дата включения в перечень", "Дата исключения", "Город (по данным НКО)", "Текущее положение (НКО)",
               "Примечание НКО"])
    truth: list[dict] = []
    statuses = ["imprisoned"] * 12 + ["restricted_freedom"] * 12 + ["probation"] * 8
    finished = ["released"] * 8 + ["fined"] * 4  # taken off the list: conviction spent, nothing ongoing
    rng.shuffle(statuses)
    rng.shuffle(finished)
    statuses += finished
    for n, status in enumerate(statuses, start=1):
        if n == 33:
            ws.append(["Исключены из перечня (судимость погашена или снята)"])
            truth.append(not_a_case(file, sheet, ws.max_row))
        name, female = person(rng, patronymic=True)
        born = rand_date(rng, date(1958, 1, 1), date(2001, 12, 31))
        iin = born.strftime("%y%m%d") + "".join(str(rng.randrange(10)) for _ in range(6))
        key = rng.choice(list(COURTS))
        arts = rng.choice([[(405, 2)], [(405, 1)], [(174, 1)], [(179, 2)], [(182, 2)], [(405, 2), (174, 1)]])
        sent = rand_date(rng, date(2018, 6, 1), date(2023, 6, 30))
        art_text = ", ".join(f"ст. {a} ч. {p}" for a, p in arts) + " УК РК"
        basis = f"приговор {COURTS[key]} от {sent.strftime('%d.%m.%Y')}, {art_text}"
        included = sent + timedelta(days=rng.randrange(40, 120))
        excluded = included + timedelta(days=rng.randrange(400, 900)) if n > 32 else None
        months = rng.choice(TERMS[status]) if status in TERMS and status != "released" else None
        position = AFM_STATUS[status].format(t=term_ru(months, rng) if months else "")
        if status == "released" and female:
            position = position.replace("освобождён", "освобождена")
        dvk = rng.random() < 0.4
        note = (rng.choice(["сторонник ДВК", "Көше партиясы", "по делу о репостах ДВК"]) if dvk
                else rng.choice(["", "", "блогер", "пенсионер, счета заблокированы"]))
        case = Case(name, female, born.year, key, arts, status, months, None, None, (sent, DAY), None, dvk)
        ws.append([n, name.upper() if rng.random() < 0.5 else name, born.strftime("%d.%m.%Y"), iin, basis,
                   datetime(included.year, included.month, included.day),
                   datetime(excluded.year, excluded.month, excluded.day) if excluded else None,
                   rng.choice(CITIES[key][2]), position, note or None])
        for col in (6, 7):
            ws.cell(ws.max_row, col).number_format = "DD.MM.YYYY"
        truth.append(case.truth(file, sheet, ws.max_row))
    ws.append([])
    ws.append(["Источник перечня: сайт АФМ РК, выгрузка 01.02.2024."])
    truth.append(not_a_case(file, sheet, ws.max_row))
    wb.save(folder / file)
    return truth


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the six lists into `folder`; return the truth (one row per non-blank row below a header)."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for seed, writer in enumerate((write_notion, write_letters, write_grant, write_qandy, write_flourish,
                                       write_afm), start=2100):
        rows += writer(folder, random.Random(seed))
    truth = pd.DataFrame(rows).reindex(columns=COLUMNS)
    truth["source_sheet"] = truth["source_sheet"].fillna("")
    truth["sentence_months"] = truth["sentence_months"].astype("Int64")
    truth["birth_year"] = truth["birth_year"].astype("Int64")
    truth["dvk_koshe"] = truth["dvk_koshe"].where(truth["kind"] == "case").fillna(False).astype(bool)
    return truth
