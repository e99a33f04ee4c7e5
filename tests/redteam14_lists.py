"""Red-team set 14: five lists in layouts the project had not copied, with the truth of every row.

Written by a helper who read neither the sample generator, the vocabularies, the cleaner's modules nor
the earlier red-team sets. Names are invented; every value is drawn from a seeded `random.Random`, so
the files and the truth are the same on every run.

`write_lists(folder)` writes the files and returns the truth: one row per non-blank row below a header
row (source_file, source_sheet, source_row, kind "case" / "not_a_case", and for cases city, region,
articles, status, sentence_months, started_on, started_precision, birth_year, dvk_koshe, name).

Files and what each stresses
----------------------------
1. `bitrix_crm_deals.csv` - a Russian export of a CRM (Bitrix-style deals), UTF-8 with BOM, `;`, every
   field quoted. The person is the deal's "Контакт" (full name), the birth year is a full date
   ("Дата рождения контакта"), the status is the deal's pipeline stage ("Стадия сделки": "Следствие: под
   стражей", "Приговор: реальный срок", "Закрыта: освобождён", "Новая заявка", ...) with the term in a
   separate "Срок наказания" column. Articles and the place sit in custom fields whose headers are raw
   codes (`UF_CRM_1612427654`, `UF_CRM_1612427701`); the place is written "Казахстан, <область>, <город>".
   Two CRM timestamps ("Дата создания", "Дата изменения", with a time of day) are when the NGO made and
   last edited the record, not events of the case. Ties are in "Теги" or "Комментарий". The CRM's own
   columns ride along ("Сумма" 0,00, "Валюта", "Вероятность", "Источник", an empty "Компания", a masked
   "Телефон контакта"). One header line, no title rows: every data line is a case.
2. `baqylaushy_esebi.xlsx` - a Kazakh Cyrillic regional observer's table (Karaganda and Ulytau). Title
   and "as of" rows above the header, Kazakh dates with month names and the year mark
   (`12 наурыз 2021 ж.`, `2021 жылғы 5 мамыр`, `наурыз 2021 ж.`, `2020 ж.`), statuses in Kazakh
   ("Қазіргі жағдайы") beside the punishment ("Жазасы"), articles `405-бап 2-бөлік`, `ҚР ҚК 174-бабы
   1-бөлігі`, administrative `ӘҚБтК 488-бап`, an "Ескерту" notes column with ties (ҚДТ, Көше партиясы)
   and one doubt ("ҚДТ?"), towns written `Теміртау қ.`, `Жезқазған қаласы`, `Балқаш қ.`; a totals row
   and two footnotes below the table.
3. `spisok_pdf_converted.xlsx` - a PDF list turned into Excel by a converter (sheet "Table 1"). The
   header is split over two rows of plain cells, nothing merged (`Год` / `рожд.`, `Дата` /
   `задержания`, `Мера пресечения /` / `приговор`); every page repeats the title row and the two header
   rows and ends with a page-number row (`- 2 -`); cells wrapped in the PDF spill onto a row of their own
   holding only the overflow (a patronymic, `РК`, the term `5 лет` of a sentence, the end of a
   hyphenated word `Демократи-` / `ческого выбора Казахстана`). A total and a source line close the
   list.
4. `kollegiya_otchet_2023.xlsx` - a lawyers' association's monthly report, one sheet per month
   ("Январь", "Февраль", "Март"), a merged title and a "за <месяц> 2023 года" row, section headings by
   stage of the proceedings ("I. Досудебное расследование", "II. Судебное разбирательство", "III.
   Исполнение приговора и завершённые дела") and a totals block under each sheet. The same client recurs
   each month with the status of that month; a "Изменения за месяц" column says what changed (with the
   date of a verdict or release), empty dates are written "—", and a client never detained has
   "не задерживался" in the detention column.
5. `trial_observation_en.xlsx` - an English trial-observation table of a European NGO, one row per
   hearing attended (sheet "Hearings"): a person's defendant, birth year, city, charges, "Case opened"
   and "Arrested" cells are merged vertically over the person's hearing rows; each hearing row has its
   date, the kind of hearing, the custody status at that hearing and (on a verdict or appeal row) the
   verdict (`5 years' imprisonment`, `sentenced to 5 years in a penal colony`, `Appeal rejected; 5 years'
   imprisonment upheld`, `fine of 1,000 MCI`). Names are in Latin letters (`ZHUMABAEV Erlan`, `Erlan
   Zhumabaev`), dates in three English forms, a two-day hearing as `12-13 May 2021`, and a defendant never
   detained has "not detained" under "Arrested". Year headings ("Cases first heard in 2021"), a "Note:" and
   a "Source:" line are not cases.

Decisions taken for the truth
-----------------------------
- Every data row of a list is a case row, as written: in file 4 each month's row of a client is a case
  row; in file 5 each hearing row is a case row (its person's merged cells belong to it). The truth of a
  row is what that row says (its month's status; the custody status or verdict at that hearing).
- In file 3 a row that holds only the overflow of the row above (wrapped text) is not a case; its text
  belongs to the case above (a term `5 лет` under `лишение свободы` makes that case imprisoned, 60
  months; `РК` under `ч.2 ст.405 УК` adds nothing; `ч.2 ст.405 УК РК` under `ч.1 ст.174 УК РК,` adds
  article 405(2); a hyphenated `Демократи-` / `ческого выбора Казахстана` is a DVK tie). Repeated title
  rows, repeated header rows (both rows of the header) and page-number rows are not cases (the first
  page's second header row is part of the header, not a row read, as a merged header's second row is
  in every set; fixed when set 14 was first read right); nor are
  totals, footnotes, section headings and year headings anywhere.
- CRM timestamps (file 1 "Дата создания", "Дата изменения") are not events: they never give
  started_on. Rows of file 1 with no detention and no verdict date have no started_on.
- A pipeline stage "Приговор: реальный срок" is imprisonment ("реальный срок" = a term actually
  served), "Приговор: условный срок" probation, "Досудебное расследование" under investigation,
  "Новая заявка" (a new request, nothing known) unknown. "Закрыта: освобождён" with a term in "Срок
  наказания" is released and keeps the term.
- In file 2 "сотталды" (convicted) takes its kind from "Жазасы"; "босатылды" (released) keeps the
  term given in "Жазасы"; "тергеу изоляторында" is pre-trial detention, "тергеуде" under
  investigation. Dates: "Қылмыстық іс қозғалған күні" is charged_on, "Ұсталған күні" detained_on,
  "Үкім шыққан күні" sentenced_on. A date written `наурыз 2021 ж.` is 2021-03-01 (month), `2020 ж.`
  2020-01-01 (year).
- In file 4 the stage column ("Стадия") and the measure/punishment column agree; "освобождён" rows
  have a release date and keep the sentence's term where the punishment cell gives one.
- In file 5 a hearing date is the sentence's event (as the README reads court dates); since "Case
  opened" precedes every hearing, started_on is the earlier of "Case opened" and "Arrested" on every
  row. "Appeal rejected, 7 years' imprisonment upheld" is imprisoned, 84 months; a hearing row with
  no verdict has the custody status at that hearing ("in pre-trial detention", "under house arrest",
  "under investigation (not detained)" = under_investigation).
- A fine's amount (`300 МРП`, `1,000 MCI`) is not a term: sentence_months empty.
- File 3: "освобождена из-под стражи" (released from custody) is released; a month-only date
  (`март 2021`) is the first of the month, precision month; a "—" date cell is no date.
- File 4: "подписка о невыезде и надлежащем поведении" (a written undertaking not to leave, no custody,
  case pending) is under_investigation; "содержание под стражей" pre-trial detention.
- File 2: the place of residence ("Тұратын жері") is the case's city, as in the lists this project reads.
- File 1: the place custom field "Казахстан, <область>, <город>" gives the city; the region is the
  city's current one.
- A tie written with doubt ("ҚДТ?", "alleged DVK supporter (unconfirmed)") is False; article 405 alone
  never makes a tie.
- Regions are the city's current region (Semey -> Abai, Zhezkazgan and Satpayev -> Ulytau,
  Taldykorgan -> Jetisu, Konaev -> Almaty Region), whatever the list's "область" says; Balkhash is a
  town of Karaganda region.
- The list's date never turns a case released here: no row has a release date unless its status says
  released.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

SEED = 1414

# city: (region, Russian, Kazakh, English, Russian region for addresses)
CITIES = {
    "Almaty": ("Almaty", "Алматы", "Алматы", "Almaty", ""),
    "Astana": ("Astana", "Астана", "Астана", "Astana", ""),
    "Shymkent": ("Shymkent", "Шымкент", "Шымкент", "Shymkent", ""),
    "Karaganda": ("Karaganda", "Караганда", "Қарағанды", "Karaganda", "Карагандинская область"),
    "Temirtau": ("Karaganda", "Темиртау", "Теміртау", "Temirtau", "Карагандинская область"),
    "Balkhash": ("Karaganda", "Балхаш", "Балқаш", "Balkhash", "Карагандинская область"),
    "Zhezkazgan": ("Ulytau", "Жезказган", "Жезқазған", "Zhezkazgan", "Карагандинская область"),
    "Satpayev": ("Ulytau", "Сатпаев", "Сәтбаев", "Satpayev", "Карагандинская область"),
    "Semey": ("Abai", "Семей", "Семей", "Semey", "Восточно-Казахстанская область"),
    "Oskemen": ("East Kazakhstan", "Усть-Каменогорск", "Өскемен", "Ust-Kamenogorsk", "Восточно-Казахстанская область"),
    "Oral": ("West Kazakhstan", "Уральск", "Орал", "Uralsk", "Западно-Казахстанская область"),
    "Aktobe": ("Aktobe", "Актобе", "Ақтөбе", "Aktobe", "Актюбинская область"),
    "Atyrau": ("Atyrau", "Атырау", "Атырау", "Atyrau", "Атырауская область"),
    "Aktau": ("Mangystau", "Актау", "Ақтау", "Aktau", "Мангистауская область"),
    "Zhanaozen": ("Mangystau", "Жанаозен", "Жаңаөзен", "Zhanaozen", "Мангистауская область"),
    "Taraz": ("Zhambyl", "Тараз", "Тараз", "Taraz", "Жамбылская область"),
    "Kyzylorda": ("Kyzylorda", "Кызылорда", "Қызылорда", "Kyzylorda", "Кызылординская область"),
    "Pavlodar": ("Pavlodar", "Павлодар", "Павлодар", "Pavlodar", "Павлодарская область"),
    "Kostanay": ("Kostanay", "Костанай", "Қостанай", "Kostanay", "Костанайская область"),
    "Petropavl": ("North Kazakhstan", "Петропавловск", "Петропавл", "Petropavl", "Северо-Казахстанская область"),
    "Kokshetau": ("Akmola", "Кокшетау", "Көкшетау", "Kokshetau", "Акмолинская область"),
    "Taldykorgan": ("Jetisu", "Талдыкорган", "Талдықорған", "Taldykorgan", "Алматинская область"),
    "Konaev": ("Almaty Region", "Конаев", "Қонаев", "Konaev", "Алматинская область"),
    "Turkistan": ("Turkistan", "Туркестан", "Түркістан", "Turkistan", "Туркестанская область"),
}

ARTICLE_SETS = [
    [(405, 2)], [(405, 2)], [(405, 2)], [(405, 1)], [(174, 1)], [(174, 2)], [(274, 2)], [(274, 4)],
    [(174, 1), (405, 2)], [(380, 1)], [(272, 2)], [(179, 2)], [(182, 2), (405, 2)], [(405, 2), (274, 2)],
]

SURNAMES_M = ["Ахметов", "Жумабаев", "Сагынтаев", "Касымов", "Нурланов", "Оспанов", "Толеуов", "Ермеков",
              "Байжанов", "Мусин", "Исмаилов", "Петров", "Кузнецов", "Ким", "Тен", "Хасанов", "Юсупов",
              "Абенов", "Дуйсенов", "Серикбаев", "Утегенов", "Бекмуратов", "Орлов", "Гаврилов", "Шаяхметов",
              "Ниязов", "Рахимов", "Искаков", "Кенжебаев", "Айтжанов", "Мамыров", "Сарсенов", "Бурков",
              "Жаксылыков", "Темирханов", "Алимжанов", "Турсунов", "Калиев", "Есенов", "Макаров"]
FIRST_M = ["Ерлан", "Айдос", "Нурлан", "Бауыржан", "Данияр", "Асхат", "Марат", "Серик", "Талгат", "Арман",
           "Руслан", "Дмитрий", "Сергей", "Алексей", "Тимур", "Ильяс", "Жандос", "Максат", "Ержан", "Олжас",
           "Азамат", "Виктор", "Рустам", "Бахытжан", "Кайрат"]
FIRST_F = ["Айгуль", "Гульнара", "Жанар", "Динара", "Сауле", "Асель", "Меруерт", "Ольга", "Татьяна", "Алия",
           "Ботагоз", "Камила", "Наталья", "Роза", "Маржан"]
PATRONYMIC_ROOTS = ["Болат", "Серик", "Нурлан", "Кайрат", "Ермек", "Асхат", "Марат", "Бахыт", "Жанат", "Амангельды"]

RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                 "октября", "ноября", "декабря"]
RU_MONTHS_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                 "ноябрь", "декабрь"]
KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]

TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                     "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "a", "g", "k", "n",
                     "o", "u", "u", "h", "i"]))


def latin(text: str) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        if low in TRANSLIT:
            t = TRANSLIT[low]
            out.append(t.capitalize() if ch != low else t)
        else:
            out.append(ch)
    return "".join(out)


def articles_text(arts) -> str:
    return "; ".join(f"{a}({p})" if p else str(a) for a, p in sorted(arts))


def _months_ru(m: int) -> str:
    y, r = divmod(m, 12)
    parts = []
    if y:
        parts.append(f"{y} {'год' if y == 1 else 'года' if y < 5 else 'лет'}")
    if r:
        parts.append(f"{r} мес.")
    return " ".join(parts)


def _months_kk(m: int) -> str:
    y, r = divmod(m, 12)
    return " ".join(p for p in (f"{y} жыл" if y else "", f"{r} ай" if r else "") if p)


def _months_en(m: int) -> str:
    y, r = divmod(m, 12)
    parts = []
    if y:
        parts.append(f"{y} year{'s' if y > 1 else ''}")
    if r:
        parts.append(f"{r} months")
    return " and ".join(parts)


class People:
    """Invented people with their case facts (truth values), drawn from one seeded generator."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def name(self) -> tuple[str, str, str]:
        """(full Russian-style name with patronymic, surname + first name, gender)."""
        rng = self.rng
        while True:
            female = rng.random() < 0.25
            sur = rng.choice(SURNAMES_M)
            first = rng.choice(FIRST_F if female else FIRST_M)
            if female and sur[-2:] in ("ов", "ев", "ин"):
                sur = sur + "а"
            root = rng.choice(PATRONYMIC_ROOTS)
            pat = root + ("овна" if female else "ович") if root[-1] not in "аеиоуы" else root + ("евна" if female else "евич")
            full = f"{sur} {first} {pat}"
            if full not in self.used:
                self.used.add(full)
                return full, f"{sur} {first}", "f" if female else "m"

    def date(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rng.randrange((end - start).days))

    def case(self, statuses, cities, start=dt.date(2019, 1, 1), end=dt.date(2022, 6, 30)) -> dict:
        rng = self.rng
        full, short, gender = self.name()
        status = rng.choice(statuses)
        months = None
        if status == "imprisoned":
            months = rng.choice([18, 24, 36, 42, 60, 84])
        elif status in ("restricted_freedom", "probation"):
            months = rng.choice([12, 24, 36])
        elif status == "released":
            months = rng.choice([None, 12, 24, 36])
        detained = self.date(start, end)
        sentenced = None
        if status in ("imprisoned", "restricted_freedom", "probation", "fined", "released", "acquitted"):
            sentenced = detained + dt.timedelta(days=rng.randrange(60, 300))
        released = None
        if status == "released":
            released = sentenced + dt.timedelta(days=rng.randrange(20, 400))
        return {
            "full": full, "short": short, "gender": gender, "birth_year": rng.choice([None] + list(range(1955, 2003))),
            "city": rng.choice(cities), "articles": rng.choice(ARTICLE_SETS), "status": status, "months": months,
            "detained": detained, "sentenced": sentenced, "released": released,
            "tie": rng.choices(["dvk", "koshe", None, "doubt"], weights=[3, 2, 8, 1])[0],
        }


def truth_row(file, sheet, row, case=None, **fields) -> dict:
    base = {"source_file": file, "source_sheet": sheet, "source_row": row}
    if case is None:
        return {**base, "kind": "not_a_case"}
    city = fields.get("city", case["city"])
    region = CITIES[city][0] if city else ""
    return {**base, "kind": "case", "city": city, "region": region,
            "articles": articles_text(fields.get("articles", case["articles"])),
            "status": fields.get("status", case["status"]),
            "sentence_months": fields.get("sentence_months", case["months"]),
            "started_on": fields["started_on"].isoformat() if fields.get("started_on") else "",
            "started_precision": fields.get("started_precision", "day" if fields.get("started_on") else ""),
            "birth_year": fields.get("birth_year", case["birth_year"]),
            "dvk_koshe": fields.get("dvk_koshe", case["tie"] in ("dvk", "koshe")),
            "name": fields.get("name", case["full"])}


def ddmmyyyy(d: dt.date) -> str:
    return d.strftime("%d.%m.%Y")


# ----------------------------------------------------------------------------------------------------
# 1. CRM export
# ----------------------------------------------------------------------------------------------------

def write_crm(folder: Path, rng: random.Random, people: People) -> list[dict]:
    file = "bitrix_crm_deals.csv"
    header = ["ID", "Название сделки", "Стадия сделки", "Контакт", "Дата рождения контакта", "Дата создания",
              "Дата изменения", "Ответственный", "UF_CRM_1612427654", "UF_CRM_1612427701", "Дата задержания",
              "Дата приговора", "Срок наказания", "Комментарий", "Теги", "Сумма", "Валюта", "Вероятность",
              "Источник", "Компания", "Телефон контакта"]
    staff = ["Жанар Сейтова", "Олег Миронов", "Алия Бекова", "Данияр Оспан"]
    stages = {"pretrial_detention": "Следствие: под стражей", "house_arrest": "Следствие: домашний арест",
              "under_investigation": "Досудебное расследование", "imprisoned": "Приговор: реальный срок",
              "restricted_freedom": "Приговор: ограничение свободы", "probation": "Приговор: условный срок",
              "fined": "Приговор: штраф", "released": "Закрыта: освобождён", "acquitted": "Закрыта: оправдан",
              "unknown": "Новая заявка"}
    statuses = ["pretrial_detention"] * 3 + ["house_arrest", "under_investigation"] * 2 + ["imprisoned"] * 4 + [
        "restricted_freedom"] * 2 + ["probation"] * 2 + ["fined", "released", "released", "acquitted", "unknown"]
    cities = [c for c in CITIES if c not in ("Balkhash",)]
    rows, truth = [], []
    for i in range(70):
        case = people.case(statuses, cities)
        st = case["status"]
        # A request with no dates: a new request, or an investigation where nobody was detained.
        no_dates = st == "unknown" or (st == "under_investigation" and rng.random() < 0.5)
        detained = None if no_dates else case["detained"]
        if st == "under_investigation" and not no_dates and rng.random() < 0.5:
            detained = None  # not detained: the verdict date is also empty, so no event date at all
            no_dates = True
        sentenced = case["sentenced"]
        events = [d for d in (detained, sentenced, case["released"]) if d]
        latest = max(events) if events else people.date(dt.date(2020, 1, 1), dt.date(2022, 6, 1))
        created = dt.datetime.combine(latest + dt.timedelta(days=rng.randrange(1, 40)), dt.time(9, 0)) + dt.timedelta(
            minutes=rng.randrange(600))
        changed = created + dt.timedelta(days=rng.randrange(0, 200), minutes=rng.randrange(600))
        term = ""
        if case["months"] is not None:
            term = _months_ru(case["months"]) if rng.random() < 0.8 else f"{case['months']} мес."
        if st == "fined":
            term = f"{rng.choice([100, 200, 300, 500, 1000])} МРП"
        arts = case["articles"]
        art_text = ", ".join(
            (f"ч.{p} ст.{a} УК РК" if rng.random() < 0.6 else f"ст. {a} ч. {p}") if p else f"ст. {a} УК РК"
            for a, p in arts)
        if rng.random() < 0.1:
            art_text += ", ст. 488 КоАП"
        city = case["city"]
        region_ru = CITIES[city][4]
        ru_city = CITIES[city][1]
        if city == "Astana" and detained and dt.date(2019, 3, 23) <= (detained or latest) <= dt.date(2022, 9, 17):
            ru_city = "Нур-Султан"
        place = f"Казахстан, {region_ru}, {ru_city}" if region_ru else f"Казахстан, {ru_city}"
        dob = ""
        if case["birth_year"]:
            dob = ddmmyyyy(dt.date(case["birth_year"], rng.randrange(1, 13), rng.randrange(1, 29)))
        tie = case["tie"]
        tags, comment = ["политическое"], rng.choice(["", "", "запрос от родственников", "нужен адвокат в регионе",
                                                     "посты в Facebook", "митинг"])
        where = rng.random() < 0.5
        tie_text = {"dvk": "ДВК", "koshe": "Көше партиясы", "doubt": "ДВК?", None: ""}[tie]
        if tie and where:
            tags.append(tie_text)
        elif tie:
            comment = {"dvk": "сторонник ДВК", "koshe": "участник Көше партиясы",
                       "doubt": "возможно, связан с ДВК?"}[tie] + (f"; {comment}" if comment else "")
        rows.append([str(104200 + 17 * i), f"Заявка: {case['short']}", stages[st], case["full"], dob,
                     created.strftime("%d.%m.%Y %H:%M:%S"), changed.strftime("%d.%m.%Y %H:%M:%S"), rng.choice(staff),
                     art_text, place, ddmmyyyy(detained) if detained else "",
                     ddmmyyyy(sentenced) if sentenced else "", term, comment, ", ".join(tags), "0,00",
                     "Казахстанский тенге", str(rng.choice([10, 30, 50, 100])),
                     rng.choice(["Звонок", "Telegram", "Личный визит", "Веб-форма", "Электронная почта"]), "",
                     f"+7 7** ***-**-{rng.randrange(10, 100)}"])
        start = min(d for d in (detained, sentenced) if d) if (detained or sentenced) else None
        truth.append(truth_row(file, "", i + 2, case, started_on=start))
    with open(folder / file, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)
    return truth


# ----------------------------------------------------------------------------------------------------
# 2. Kazakh Cyrillic regional observer
# ----------------------------------------------------------------------------------------------------

def _kk_date(d: dt.date, form: int) -> str:
    if form == 0:
        return f"{d.day} {KK_MONTHS[d.month - 1]} {d.year} ж."
    if form == 1:
        return f"{d.year} жылғы {d.day} {KK_MONTHS[d.month - 1]}"
    return ddmmyyyy(d)


def write_kazakh(folder: Path, rng: random.Random, people: People) -> list[dict]:
    file, sheet = "baqylaushy_esebi.xlsx", "Тізім"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["Қарағанды және Ұлытау облыстары бойынша саяси себептермен қудаланған адамдар тізімі (бақылаушы есебі)"])
    ws.merge_cells("A1:K1")
    ws.append(["2022 жылғы 1 желтоқсандағы жағдай бойынша"])
    ws.append([])
    header = ["Р/с", "Аты-жөні", "Туған жылы", "Тұратын жері", "ҚК бабы", "Қылмыстық іс қозғалған күні",
              "Ұсталған күні", "Үкім шыққан күні", "Қазіргі жағдайы", "Жазасы", "Ескерту"]
    ws.append(header)
    for c in ws[4]:
        c.font = Font(bold=True)
    statuses = ["pretrial_detention"] * 3 + ["house_arrest", "under_investigation"] * 2 + ["imprisoned"] * 4 + [
        "restricted_freedom"] * 2 + ["probation"] * 2 + ["fined", "released", "released", "acquitted"]
    cities = ["Karaganda"] * 5 + ["Temirtau"] * 3 + ["Zhezkazgan"] * 3 + ["Satpayev", "Balkhash", "Astana", "Almaty"]
    now_text = {"pretrial_detention": "тергеу изоляторында", "house_arrest": "үй қамағында",
                "under_investigation": "тергеуде", "acquitted": "ақталды"}
    truth = []
    row = 5
    for i in range(60):
        case = people.case(statuses, cities, end=dt.date(2022, 3, 31))
        st, m = case["status"], case["months"]
        # Kazakh names: the patronymic in -ұлы / -қызы or none
        sur, first = case["short"].split()
        name = f"{sur} {first}"
        if rng.random() < 0.4:
            name += " " + case["full"].split()[2].replace("ович", "ұлы").replace("евич", "ұлы").replace(
                "овна", "қызы").replace("евна", "қызы")
        case["full"] = name
        charged = case["detained"] - dt.timedelta(days=rng.randrange(0, 90))
        detained = case["detained"] if st not in ("under_investigation",) and rng.random() < 0.85 else None
        # how the start of the case is written: day (three forms), month or year only
        form = rng.choices(["day0", "day1", "day2", "month", "year"], weights=[5, 3, 3, 2, 1])[0]
        if form == "month":
            charged_text, start, prec = f"{KK_MONTHS[charged.month - 1]} {charged.year} ж.", charged.replace(day=1), "month"
        elif form == "year":
            charged_text, start, prec = f"{charged.year} ж.", dt.date(charged.year, 1, 1), "year"
        else:
            charged_text, start, prec = _kk_date(charged, int(form[-1])), charged, "day"
        if detained and detained < start:
            start, prec = detained, "day"
        sentenced = case["sentenced"]
        if st in now_text:
            now, punishment = now_text[st], ""
        elif st == "released":
            now = rng.choice(["босатылды", "рақымшылықпен босатылды", "жазасын өтеп босатылды"])
            punishment = f"бас бостандығынан айыру, {_months_kk(m)}" if m else ""
        else:
            now = rng.choice(["сотталды", "үкім шықты"])
            if st == "imprisoned":
                punishment = f"бас бостандығынан айыру, {_months_kk(m)}"
            elif st == "restricted_freedom":
                punishment = f"бас бостандығын шектеу, {_months_kk(m)}"
            elif st == "probation":
                punishment = f"{_months_kk(m)} шартты түрде"
            else:
                punishment = f"айыппұл {rng.choice([200, 300, 500])} АЕК"
        parts = []
        for a, p in case["articles"]:
            style = rng.random()
            if not p:
                parts.append(f"{a}-бап")
            elif style < 0.5:
                parts.append(f"{a}-бап {p}-бөлік")
            else:
                parts.append(f"ҚР ҚК {a}-бабы {p}-бөлігі")
        art = "; ".join(parts)
        if rng.random() < 0.1:
            art += "; ӘҚБтК 488-бап"
        kk_city = CITIES[case["city"]][2]
        place = rng.choice([f"{kk_city} қ.", f"{kk_city} қаласы", kk_city])
        tie = case["tie"]
        note = {"dvk": rng.choice(["ҚДТ жақтаушысы", "ҚДТ белсендісі"]),
                "koshe": rng.choice(["Көше партиясының мүшесі", "Көше партиясы"]),
                "doubt": "ҚДТ?", None: rng.choice(["", "", "Facebook-тегі жазбасы үшін", "аштық жариялады",
                                                   "адвокаты бар"])}[tie]
        by = case["birth_year"]
        by_text = "" if by is None else (f"{by} ж." if rng.random() < 0.3 else by)
        ws.append([i + 1, name, by_text, place, art, charged_text,
                   _kk_date(detained, rng.choice([0, 2])) if detained else "",
                   _kk_date(sentenced, rng.choice([0, 1, 2])) if sentenced else "", now, punishment, note])
        truth.append(truth_row(file, sheet, row, case, started_on=start, started_precision=prec, name=name))
        row += 1
    ws.append([])
    ws.append(["", "Барлығы: 60 адам"])
    truth.append(truth_row(file, sheet, row + 1))
    ws.append(["", "Ескерту: ҚДТ – «Қазақстанның демократиялық таңдауы» қозғалысы (2018 жылы тыйым салынған)."])
    truth.append(truth_row(file, sheet, row + 2))
    ws.append(["", "Дереккөз: бақылаушылардың сот отырыстарына қатысуы, ашық дереккөздер."])
    truth.append(truth_row(file, sheet, row + 3))
    wb.save(folder / file)
    return truth


# ----------------------------------------------------------------------------------------------------
# 3. A PDF list converted to Excel
# ----------------------------------------------------------------------------------------------------

def _ru_status(case: dict, rng: random.Random) -> str:
    st, m = case["status"], case["months"]
    fem = case["gender"] == "f"
    if st == "pretrial_detention":
        return rng.choice(["под стражей", "содержится в СИЗО"])
    if st == "house_arrest":
        return "домашний арест"
    if st == "under_investigation":
        return "под следствием"
    if st == "imprisoned":
        return rng.choice([f"лишение свободы {_months_ru(m)}", f"{_months_ru(m)} лишения свободы"])
    if st == "restricted_freedom":
        return f"ограничение свободы {_months_ru(m)}"
    if st == "probation":
        return f"{_months_ru(m)} условно"
    if st == "fined":
        return f"штраф {rng.choice([150, 300, 500, 1000])} МРП"
    if st == "released":
        word = "освобождена" if fem else "освобожден"
        return f"лишение свободы {_months_ru(m)}, {word} по УДО" if m else f"{word} из-под стражи"
    if st == "acquitted":
        return "оправдана" if fem else "оправдан"
    return "нет сведений"


def write_pdf(folder: Path, rng: random.Random, people: People) -> list[dict]:
    file, sheet = "spisok_pdf_converted.xlsx", "Table 1"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    title = "СПИСОК лиц, подвергнутых уголовному преследованию по политическим мотивам (по состоянию на 01.10.2022)"
    head1 = ["№", "ФИО", "Год", "Город", "Статья УК", "Дата", "Мера пресечения /", "Примечание"]
    head2 = ["п/п", None, "рожд.", None, "РК", "задержания", "приговор", None]
    statuses = ["pretrial_detention"] * 2 + ["house_arrest", "under_investigation"] + ["imprisoned"] * 4 + [
        "restricted_freedom"] * 2 + ["probation"] * 2 + ["fined", "released", "acquitted"]
    cities = list(CITIES)
    truth: list[dict] = []
    # which cases spill onto a row of their own, and what spills
    spill_kinds = ["patronymic", "term", "article_rk", "article_more", "dvk_hyphen", "patronymic", "term",
                   "article_more", "dvk_hyphen", "term", "patronymic", "article_rk", "term"]
    spill_at = sorted(rng.sample(range(60), len(spill_kinds)))
    spills = dict(zip(spill_at, spill_kinds))
    n = 0
    for page in range(4):
        if page:
            ws.append([title])
            truth.append(truth_row(file, sheet, ws.max_row))
        else:
            ws.append(["Приложение 1"])
            ws.append([title])
        ws.append(head1)
        if page:
            truth.append(truth_row(file, sheet, ws.max_row))
        ws.append(head2)
        if page:  # page 1's second header row is the header's, not a row read (as in every set)
            truth.append(truth_row(file, sheet, ws.max_row))
        for _ in range(15):
            case = people.case(statuses, cities)
            kind = spills.get(n)
            if kind == "term" and case["status"] not in ("imprisoned", "restricted_freedom"):
                case["status"] = "imprisoned"
                case["months"] = rng.choice([24, 36, 60])
                case["sentenced"] = case["detained"] + dt.timedelta(days=120)
            if kind == "dvk_hyphen":
                case["tie"] = "dvk"
            if kind == "article_more":
                case["articles"] = [(405, 2), (174, 1)]
            sur, first, pat = case["full"].split()
            arts = sorted(case["articles"])
            art_cell = ", ".join(f"ч.{p} ст.{a} УК РК" if p else f"ст.{a} УК РК" for a, p in arts)
            status = _ru_status(case, rng)
            tie = case["tie"]
            note = {"dvk": "сторонник ДВК", "koshe": "участник «Көше партиясы»", "doubt": "ДВК?",
                    None: rng.choice(["", "", "", "блогер", "пост в Facebook", "журналист"])}[tie]
            name_cell, cont = f"{sur} {first} {pat}", [None] * 8
            if kind == "patronymic":
                name_cell, cont[1] = f"{sur} {first}", pat
            elif kind == "term":
                word = "лишение свободы" if case["status"] == "imprisoned" else "ограничение свободы"
                status, cont[6] = word, _months_ru(case["months"])
            elif kind == "article_rk":
                art_cell = art_cell[:-3]  # "ч.2 ст.405 УК" / "РК"
                cont[4] = "РК"
            elif kind == "article_more":
                art_cell, cont[4] = "ч.1 ст.174 УК РК,", "ч.2 ст.405 УК РК"
            elif kind == "dvk_hyphen":
                note, cont[7] = "сторонник Демократи-", "ческого выбора Казахстана"
            city = case["city"]
            ru_city = CITIES[city][1]
            if city == "Astana":
                ru_city = "Нур-Султан"
            if city == "Konaev":
                ru_city = "Капшагай"  # the list predates the renaming
            place = rng.choice([f"г.{ru_city}", f"г. {ru_city}", ru_city])
            d = case["detained"]
            date_cell = rng.choice([ddmmyyyy(d), ddmmyyyy(d) + "г.", ddmmyyyy(d)])
            start, prec = d, "day"
            if case["status"] == "under_investigation" and rng.random() < 0.4:
                date_cell, start, prec = "—", None, ""
            elif rng.random() < 0.1:
                date_cell, start, prec = f"{RU_MONTHS_NOM[d.month - 1]} {d.year}", d.replace(day=1), "month"
            ws.append([f"{n + 1}.", name_cell, case["birth_year"] or "", place, art_cell, date_cell, status, note])
            truth.append(truth_row(file, sheet, ws.max_row, case, started_on=start, started_precision=prec))
            if kind:
                ws.append(cont)
                truth.append(truth_row(file, sheet, ws.max_row))
            n += 1
        ws.append([None, None, None, f"- {page + 1} -"])
        truth.append(truth_row(file, sheet, ws.max_row))
    ws.append(["Всего: 60 человек"])
    truth.append(truth_row(file, sheet, ws.max_row))
    ws.append(["Источник: сообщения правозащитников, родственников и СМИ."])
    truth.append(truth_row(file, sheet, ws.max_row))
    wb.save(folder / file)
    return truth


# ----------------------------------------------------------------------------------------------------
# 4. A lawyers' association's monthly report, one sheet per month
# ----------------------------------------------------------------------------------------------------

MONTH_SHEETS = [("Январь", "январь", 1), ("Февраль", "февраль", 2), ("Март", "март", 3)]
PRE = ("pretrial_detention", "house_arrest", "under_investigation")


def _next_state(client: dict, month: int, rng: random.Random) -> None:
    """Move a client's case on by a month (or not), dating what happened in that month of 2023."""
    st = client["status"]
    day = dt.date(2023, month, rng.randrange(2, 27))
    r = rng.random()
    if st in PRE and r < 0.35:
        client["phase"] = "trial" if client["phase"] == "inv" else client["phase"]
    if st in PRE and client["phase"] == "trial" and r < 0.2:
        verdict = {"pretrial_detention": ["imprisoned"], "house_arrest": ["restricted_freedom", "probation"],
                   "under_investigation": ["probation", "fined", "acquitted"]}[st]
        client["status"] = rng.choice(verdict)
        client["months"] = {"imprisoned": rng.choice([36, 60, 84]), "restricted_freedom": rng.choice([12, 24]),
                            "probation": rng.choice([12, 24])}.get(client["status"])
        client["sentenced"] = day
    elif st == "pretrial_detention" and r > 0.85:
        client["status"] = "house_arrest"
    elif st == "imprisoned" and r < 0.15 and client["sentenced"] < day:
        client["status"], client["released"] = "released", day


def write_monthly(folder: Path, rng: random.Random, people: People) -> list[dict]:
    file = "kollegiya_otchet_2023.xlsx"
    wb = Workbook()
    wb.remove(wb.active)
    lawyers = ["Абдрахманова Г.", "Литвинов С.", "Жакупов Н.", "Ибраева Д."]
    clients: list[dict] = []

    def new_client(month: int) -> dict:
        start = dt.date(2022, 3, 1) if month == 1 else dt.date(2023, month, 1)
        end = dt.date(2022, 12, 20) if month == 1 else dt.date(2023, month, 25)
        c = people.case(["pretrial_detention"] * 3 + ["house_arrest", "under_investigation"] * 2 +
                        (["imprisoned", "restricted_freedom", "probation", "fined"] if month == 1 else []),
                        list(CITIES), start=start, end=end)
        c["lawyer"] = rng.choice(lawyers)
        c["phase"] = "verdict" if c["status"] not in PRE else rng.choice(["inv", "trial"])
        c["released"] = None
        if c["status"] in PRE:
            c["sentenced"], c["months"] = None, None
        if c["status"] == "under_investigation" and rng.random() < 0.5:
            c["detained"] = None  # never detained
        if c["status"] not in PRE and c["sentenced"] >= dt.date(2023, 1, 1):
            first = max(c["detained"] + dt.timedelta(days=1), dt.date(2022, 11, 1))
            c["sentenced"] = first + dt.timedelta(days=rng.randrange((dt.date(2022, 12, 30) - first).days))
        return c

    clients = [new_client(1) for _ in range(24)]
    truth: list[dict] = []
    for sheet, month_name, month in MONTH_SHEETS:
        if month > 1:
            for c in clients:
                _next_state(c, month, rng)
            clients = [c for c in clients if not c.get("gone")]
            clients += [new_client(month) for _ in range(rng.randrange(2, 5))]
        ws = wb.create_sheet(sheet)
        ws.append(["Коллегия адвокатов «Әділет-Қорғау»"])
        ws.merge_cells("A1:L1")
        ws.append([f"Ежемесячный отчёт по делам подзащитных за {month_name} 2023 года"])
        ws.merge_cells("A2:L2")
        ws.append([])
        ws.append(["№ п/п", "Подзащитный (ФИО)", "Год рожд.", "Город", "Квалификация (ст. УК РК)",
                   "Дата задержания", "Мера пресечения / наказание", "Дата приговора", "Дата освобождения",
                   "Адвокат", "Изменения за месяц", "Примечание"])
        for c in ws[4]:
            c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True)
        sections = [("I. Досудебное расследование", [c for c in clients if c["status"] in PRE and c["phase"] == "inv"]),
                    ("II. Судебное разбирательство", [c for c in clients if c["status"] in PRE and c["phase"] == "trial"]),
                    ("III. Исполнение приговора и завершённые дела", [c for c in clients if c["status"] not in PRE])]
        number = 0
        for heading, members in sections:
            if not members:
                continue
            ws.append([heading])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=12)
            truth.append(truth_row(file, sheet, ws.max_row))
            for c in members:
                number += 1
                st, m = c["status"], c["months"]
                fem = c["gender"] == "f"
                measure = {"pretrial_detention": "содержание под стражей", "house_arrest": "домашний арест",
                           "under_investigation": "подписка о невыезде и надлежащем поведении"}.get(st)
                if st == "imprisoned":
                    measure = f"{_months_ru(m)} лишения свободы"
                elif st == "restricted_freedom":
                    measure = f"ограничение свободы на {_months_ru(m)}"
                elif st == "probation":
                    measure = f"{_months_ru(m)} условно"
                elif st == "fined":
                    measure = f"штраф {rng.choice([200, 500])} МРП"
                elif st == "acquitted":
                    measure = "оправдательный приговор"
                elif st == "released":
                    measure = f"{_months_ru(m)} лишения свободы; {'освобождена' if fem else 'освобожден'} по амнистии"
                change = "без изменений"
                if c.get("last") is None:
                    change = "новое дело" if month > 1 else "—"
                elif c["last"] != st:
                    if st == "released":
                        change = f"освобождение {ddmmyyyy(c['released'])} (амнистия)"
                    elif st == "house_arrest":
                        change = "изменена мера пресечения: с содержания под стражей на домашний арест"
                    else:
                        change = f"вынесен приговор {ddmmyyyy(c['sentenced'])}"
                c["last"] = st
                tie = c["tie"]
                note = {"dvk": "сторонник ДВК", "koshe": "по делу активистов «Көше партиясы»", "doubt": "ДВК?",
                        None: ""}[tie]
                arts = ", ".join(f"ч.{p} ст.{a}" if p else f"ст.{a}" for a, p in sorted(c["articles"]))
                det = c["detained"]
                ws.append([number, c["full"], c["birth_year"] or "", f"г. {CITIES[c['city']][1]}", arts,
                           ddmmyyyy(det) if det else "не задерживался",
                           measure, ddmmyyyy(c["sentenced"]) if c["sentenced"] else "—",
                           ddmmyyyy(c["released"]) if c["released"] else "—", c["lawyer"], change, note])
                dates = [d for d in (det, c["sentenced"], c["released"]) if d]
                truth.append(truth_row(file, sheet, ws.max_row, c, status=st, sentence_months=m,
                                       started_on=min(dates) if dates else None))
                if st == "released":
                    c["gone"] = True
        ws.append([])
        ws.append(["", f"Итого подзащитных: {number}"])
        truth.append(truth_row(file, sheet, ws.max_row))
        ws.append(["", f"в т.ч. под стражей: {sum(c['status'] == 'pretrial_detention' for c in clients)}"])
        truth.append(truth_row(file, sheet, ws.max_row))
        ws.append(["", "Отчёт подготовлен координатором коллегии; сведения на последний день месяца."])
        truth.append(truth_row(file, sheet, ws.max_row))
    wb.save(folder / file)
    return truth


# ----------------------------------------------------------------------------------------------------
# 5. An English trial-observation table, one row per hearing
# ----------------------------------------------------------------------------------------------------

def _en_date(d: dt.date, rng: random.Random) -> str:
    return rng.choice([f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}", f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
                       d.isoformat()])


def _en_sentence(st: str, m, rng: random.Random) -> str:
    if st == "imprisoned":
        return f"{_months_en(m)}' imprisonment" if m % 12 == 0 else f"{_months_en(m)} imprisonment"
    if st == "restricted_freedom":
        return f"{_months_en(m)} of restricted freedom"
    if st == "probation":
        return f"{_months_en(m)} suspended sentence"
    if st == "fined":
        return f"fine of {rng.choice(['500', '1,000', '2,000'])} MCI"
    return "acquitted"


def write_hearings(folder: Path, rng: random.Random, people: People) -> list[dict]:
    file, sheet = "trial_observation_en.xlsx", "Hearings"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["Kazakhstan: trial observation 2021-2022"])
    ws.append(["Nordic Rights Monitor - hearings attended by our observers (one row per hearing)"])
    ws.append([])
    header = ["Defendant", "Born", "City", "Charges (Criminal Code of RK)", "Case opened", "Arrested",
              "Hearing date", "Hearing", "Custody status at hearing", "Verdict / sentence", "Affiliation",
              "Observer's comments"]
    ws.append(header)
    persons = []
    for _ in range(19):
        c = people.case(["imprisoned"] * 3 + ["restricted_freedom", "probation", "fined", "acquitted"] + list(PRE),
                        list(CITIES), start=dt.date(2020, 9, 1), end=dt.date(2022, 5, 1))
        c["opened"] = c["detained"] - dt.timedelta(days=rng.randrange(0, 40))
        c["custody"] = rng.choice(["pretrial_detention", "pretrial_detention", "house_arrest", "under_investigation"])
        if c["status"] == "imprisoned":
            c["custody"] = "pretrial_detention"
        if c["status"] in PRE:
            c["custody"] = c["status"]
        if c["custody"] == "under_investigation":
            c["detained"] = None
        first = (c["detained"] or c["opened"]) + dt.timedelta(days=rng.randrange(40, 120))
        kinds = ["preliminary hearing", "main trial"]
        if c["status"] not in PRE:
            kinds += ["main trial (verdict)"] + (["appeal"] if c["status"] != "acquitted" and rng.random() < 0.6 else [])
        else:
            kinds += ["main trial"] * rng.randrange(0, 2)
        dates, d = [], first
        for _k in kinds:
            dates.append(d)
            d = d + dt.timedelta(days=rng.randrange(10, 50))
        c["hearings"] = list(zip(kinds, dates))
        persons.append(c)
    persons.sort(key=lambda c: c["hearings"][0][1])
    truth: list[dict] = []
    custody_text = {"pretrial_detention": ["in pre-trial detention", "remanded in custody"],
                    "house_arrest": ["under house arrest"], "under_investigation": ["under investigation, not detained"]}
    year = None
    for c in persons:
        y = c["hearings"][0][1].year
        if y != year:
            year = y
            ws.append([f"Cases first heard in {y}"])
            truth.append(truth_row(file, sheet, ws.max_row))
        first_row = ws.max_row + 1
        sentence = ""
        opened_text = _en_date(c["opened"], rng)
        start, prec = min(d for d in (c["opened"], c["detained"]) if d), "day"
        if c["detained"] is None and rng.random() < 0.5:
            opened_text, start, prec = f"{EN_MONTHS[c['opened'].month - 1]} {c['opened'].year}", c["opened"].replace(
                day=1), "month"
        aff = {"dvk": "DVK", "koshe": rng.choice(["Koshe Party", "Koshe Partiyasy"]),
               "doubt": "alleged DVK supporter (unconfirmed)", None: "-"}[c["tie"]]
        arts = "; ".join(f"Art. {a}({p})" if p else f"Art. {a}" for a, p in sorted(c["articles"]))
        sur, first = latin(c["short"]).split()
        name = f"{sur.upper()} {first}" if rng.random() < 0.5 else f"{first} {sur}"
        city = CITIES[c["city"]][3]
        if c["city"] == "Astana":
            city = "Nur-Sultan"
        if c["city"] == "Konaev":
            city = "Kapshagay"
        for i, (kind, d) in enumerate(c["hearings"]):
            status, months = c["custody"], None
            custody = rng.choice(custody_text[c["custody"]])
            if kind == "main trial (verdict)":
                sentence = _en_sentence(c["status"], c["months"], rng)
                status, months, verdict = c["status"], c["months"], sentence
                if c["status"] == "imprisoned" and rng.random() < 0.5:
                    verdict = f"sentenced to {_months_en(c['months'])} in a penal colony"
            elif kind == "appeal":
                status, months = c["status"], c["months"]
                verdict = f"Appeal rejected; {sentence} upheld"
                custody = ""
            else:
                verdict = ""
            hearing_date = _en_date(d, rng)
            if kind == "main trial" and rng.random() < 0.2:  # a hearing over two days
                nxt = d + dt.timedelta(days=1)
                hearing_date = f"{d.day}-{nxt.day} {EN_MONTHS[d.month - 1]} {d.year}" if nxt.month == d.month else hearing_date
            comment = rng.choice(["", "", "hearing adjourned", "family present", "observer admitted",
                                  "closed hearing, observer not admitted", "defendant's statement read out"])
            ws.append([name if i == 0 else None, (c["birth_year"] or "") if i == 0 else None,
                       city if i == 0 else None, arts if i == 0 else None, opened_text if i == 0 else None,
                       (_en_date(c["detained"], rng) if c["detained"] else "not detained") if i == 0 else None,
                       hearing_date, kind, custody, verdict, aff if i == 0 else None, comment])
            truth.append(truth_row(file, sheet, ws.max_row, c, status=status, sentence_months=months,
                                   started_on=start, started_precision=prec, name=name))
        last = ws.max_row
        if last > first_row:
            for col in (1, 2, 3, 4, 5, 6, 11):
                ws.merge_cells(start_row=first_row, start_column=col, end_row=last, end_column=col)
    ws.append([])
    ws.append(["Note: one row per hearing attended; merged cells hold for every hearing of the defendant."])
    truth.append(truth_row(file, sheet, ws.max_row))
    ws.append(["Source: notes of the observers; court schedules (office.sud.kz)."])
    truth.append(truth_row(file, sheet, ws.max_row))
    wb.save(folder / file)
    return truth


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the five lists into `folder`; return the truth, one row per non-blank row below a header."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    people = People(rng)
    rows = []
    for writer in (write_crm, write_kazakh, write_pdf, write_monthly, write_hearings):
        rows += writer(folder, rng, people)
    truth = pd.DataFrame(rows)
    truth["source_row"] = truth["source_row"].astype(int)
    truth["sentence_months"] = truth["sentence_months"].astype("Int64")
    truth["birth_year"] = truth["birth_year"].astype("Int64")
    for col in ("city", "region", "articles", "status", "started_on", "started_precision", "name"):
        truth[col] = truth[col].fillna("").astype(str)
    truth["dvk_koshe"] = truth["dvk_koshe"].fillna(False).astype(bool)
    return truth
