"""Red-team set 13 (a hold-out): five lists in layouts of real published ones that earlier sets did not copy.

Written by a helper who read neither the sample generator, the vocabularies, the cleaner's modules nor the
earlier red-team sets; only README-level definitions (README "Adding a new list", "Lists the tool has never
seen", the data dictionary) and `tests/accuracy.py`. All names are invented; the data are generated here
with a seeded `random.Random(13)`, so the files and the truth are the same on every run.

`write_lists(folder)` writes the files and returns the truth: one row per non-blank row below a header row
(source_file, source_sheet, source_row, kind "case" / "not_a_case", and for cases the fields of
`accuracy.FIELDS` plus name).

Files and what each stresses
----------------------------
1. `airtable_prisoners_base.csv`: an Airtable grid-view export (UTF-8 with BOM, comma-separated, header on
   line 1, no title rows). English headers as an Airtable base has them (`Name`, `Location`, `Charges`,
   `Current status`, `Detained (UTC)`, `Verdict date`, `Released`, `Koshe/DVK`), a multi-select charges cell
   (`405 ч.2, 174 ч.1`, `ст. 274 ч. 4`, `КоАП 488` among them), ISO datetimes with a time zone
   (`2021-03-05T00:00:00.000Z`), dates written `March 5, 2021`, a checkbox column (`checked` / empty),
   linked-record names (lawyer, campaigns), an attachment column, and the base's own `Created` /
   `Last modified` timestamps, which are when a record was typed, not events of the case.
2. `tuystar_tobi_list.xlsx`: a families' initiative group list in mixed Kazakh and Russian. Sheet
   `Тізім-Список`: two title rows, bilingual headers in one cell (`Аты-жөні / ФИО`), section headings by
   outcome merged across the row, ages instead of birth years (`32 года`, `45 жаста`; now and then the
   year of birth in the same column, `1985 ж.т.`), two people with two cases each whose own cells are merged
   down over both case rows, columns a tool must
   not read as case data (a relative's phone, the lawyer's phone, a masked bank card for donations), dates as
   date cells, `dd.mm.yyyy` text, a Kazakh month with its year (`наурыз 2021`) and a year alone (`2021 ж.`),
   a total and a footnote below. Sheet `Босатылғандар-Освобождённые`: people released, whose verdict cell
   gives the original prison sentence and whose release date and grounds (`УДО`, `амнистия`) say they are free.
3. `telegram_digest.xlsx`: a Telegram monitoring channel's posts turned into a sheet: post date (date-time
   cells and `dd.mm.yyyy HH:MM` text), hashtags (`#Актобе #405`), one post's text per row, a view count and a
   link. The post date is when the post went out, not an event date: it dates the case only where the text
   says `сегодня` / `бүгін` (that day) or `вчера` (the day before); a full date in the text is read as written;
   a post with no date words gives no date. Posts that are not about a case (a fundraising call, a weekly
   round-up) are rows that are not cases.
4. `aid_register_2022.xlsx`: a solidarity fund's register of payments to prisoners' families: two title rows,
   a two-row header under merged groups (`Получатель помощи`, `Сведения о деле`, `Выплата`), quarter headings,
   subtotal rows, a grand total and a footnote. The payment columns (`Дата обращения`, `Дата выплаты`,
   `Сумма, тг`) are not case data: their dates never date a case.
5. `po_statyam.xlsx`: a Russian list grouped by article: each section heading names the article and part
   (`Ст. 405 ч. 2 УК РК — участие ... (14 чел.)`) that every row below it is charged under, and a column
   `Дополнительные статьи` gives only the further charges (`+ ст. 174 ч. 1`). A place column holding
   `область, город` (`ЗКО, г. Уральск`), a `Дата возбуждения дела` column and a yes/no column about DVK/Koshe
   with `да`, `нет`, `да?`.

Decisions taken for the truth (the README's data dictionary and "Decided readings")
------------------------------------------------------------------------
- city is the current official English name, region the city's current region (Semey -> Abai,
  Taldykorgan -> Jetisu, Konaev -> Almaty Region, Zhezkazgan -> Ulytau, Oral -> West Kazakhstan), also where
  the list names the region of the time (`Семей (ВКО)`).
- articles: criminal code only, ascending by article, part in brackets where given; `КоАП 488` is left out.
  In `po_statyam.xlsx` the section heading's article is the article of each row under it (the list writes
  only the further charges on the row); the row's articles are the heading's plus the row's further ones.
- status: the measure or outcome the row names. `ИВС` / `СИЗО` / `тергеу изоляторына қамалды` /
  `под стражей` is pretrial_detention; `подписка о невыезде` with a case opened is under_investigation;
  `условно` / `шартты түрде` / `Suspended sentence` is probation; a row on the sheet of released people, or
  with status `Released`, is released and keeps its sentence's term; an acquittal is acquitted.
- sentence_months: the term of the sentence or measure (`арест на два месяца` is 2); a fine's amount is no
  term; `1.5 years` is 18. For released people the original term.
- started_on: earliest of detention, charge (case opened), sentence and release dates, first day of a partial
  date with its precision. ISO datetimes at `T00:00:00.000Z` are that day. Airtable's `Created` / `Last
  modified`, the post date of a post that names no day, and the fund's request and payment dates are not
  events: a case with no event date has no started_on. In posts, `сегодня` / `бүгін` is the post's day,
  `вчера` the day before, `осуждённый в 2020 году` a sentence date of precision year.
- birth_year: only a year of birth as written (`1987`, `1987 г.р.`, `(1990 г.р.)`, `1985 ж.т.`, also in
  the age column); an age (`32 года`) gives no year: never a guess.
- cells merged down over a person's two case rows (name, age, city, relative, note) belong to both rows.
- dvk_koshe: true where the row names DVK / Koshe Partiyasy as the person's tie (note, checkbox, yes/no
  column, or the post's text); false for a doubt (`ДВК?`, `да?`, `allegedly ... unconfirmed`), a negation
  (`not linked to DVK`, `ДВК-ға қатысы жоқ`) and for article 405 alone. Wordings whose tie is not one
  defensible reading are kept out of the lists: a campaign named after the group, an investigator's claim
  (`по версии следствия`).
- not_a_case: section headings, quarter headings, subtotal and total rows, footnotes, and posts that are not
  about a case.
"""
from __future__ import annotations

import csv
import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

FIELD_COLUMNS = ["city", "region", "articles", "status", "sentence_months", "started_on", "started_precision",
                 "birth_year", "dvk_koshe", "name"]

# key: (English, region, ru, ru prepositional "в ...", ru genitive, kk, en variant as a base would write it)
CITIES = {
    "Astana": ("Astana", "Астана", "в Астане", "Астаны", "Астана", "Nur-Sultan"),
    "Almaty": ("Almaty", "Алматы", "в Алматы", "Алматы", "Алматы", "Almaty"),
    "Shymkent": ("Shymkent", "Шымкент", "в Шымкенте", "Шымкента", "Шымкент", "Shymkent"),
    "Aktobe": ("Aktobe", "Актобе", "в Актобе", "Актобе", "Ақтөбе", "Aktobe"),
    "Oral": ("West Kazakhstan", "Уральск", "в Уральске", "Уральска", "Орал", "Uralsk"),
    "Atyrau": ("Atyrau", "Атырау", "в Атырау", "Атырау", "Атырау", "Atyrau"),
    "Aktau": ("Mangystau", "Актау", "в Актау", "Актау", "Ақтау", "Aktau"),
    "Zhanaozen": ("Mangystau", "Жанаозен", "в Жанаозене", "Жанаозена", "Жаңаөзен", "Zhanaozen"),
    "Taraz": ("Zhambyl", "Тараз", "в Таразе", "Тараза", "Тараз", "Taraz"),
    "Kyzylorda": ("Kyzylorda", "Кызылорда", "в Кызылорде", "Кызылорды", "Қызылорда", "Kyzylorda"),
    "Karaganda": ("Karaganda", "Караганда", "в Караганде", "Караганды", "Қарағанды", "Karaganda"),
    "Temirtau": ("Karaganda", "Темиртау", "в Темиртау", "Темиртау", "Теміртау", "Temirtau"),
    "Pavlodar": ("Pavlodar", "Павлодар", "в Павлодаре", "Павлодара", "Павлодар", "Pavlodar"),
    "Semey": ("Abai", "Семей", "в Семее", "Семея", "Семей", "Semey"),
    "Oskemen": ("East Kazakhstan", "Усть-Каменогорск", "в Усть-Каменогорске", "Усть-Каменогорска", "Өскемен",
                "Ust-Kamenogorsk"),
    "Petropavl": ("North Kazakhstan", "Петропавловск", "в Петропавловске", "Петропавловска", "Петропавл",
                  "Petropavlovsk"),
    "Kostanay": ("Kostanay", "Костанай", "в Костанае", "Костаная", "Қостанай", "Kostanay"),
    "Kokshetau": ("Akmola", "Кокшетау", "в Кокшетау", "Кокшетау", "Көкшетау", "Kokshetau"),
    "Taldykorgan": ("Jetisu", "Талдыкорган", "в Талдыкоргане", "Талдыкоргана", "Талдықорған", "Taldykorgan"),
    "Konaev": ("Almaty Region", "Конаев", "в Конаеве", "Конаева", "Қонаев", "Konaev"),
    "Turkistan": ("Turkistan", "Туркестан", "в Туркестане", "Туркестана", "Түркістан", "Turkistan"),
    "Zhezkazgan": ("Ulytau", "Жезказган", "в Жезказгане", "Жезказгана", "Жезқазған", "Zhezkazgan"),
}
# the region as a Russian list writes it beside a city (of the time: Semey in ВКО, Taldykorgan in Алматинская)
REGION_RU = {
    "Aktobe": "Актюбинская обл.", "Oral": "ЗКО", "Atyrau": "Атырауская обл.", "Aktau": "Мангистауская обл.",
    "Zhanaozen": "Мангистауская обл.", "Taraz": "Жамбылская обл.", "Kyzylorda": "Кызылординская обл.",
    "Karaganda": "Карагандинская обл.", "Temirtau": "Карагандинская обл.", "Pavlodar": "Павлодарская обл.",
    "Semey": "ВКО", "Oskemen": "ВКО", "Petropavl": "СКО", "Kostanay": "Костанайская обл.",
    "Kokshetau": "Акмолинская обл.", "Taldykorgan": "Алматинская обл.", "Konaev": "Алматинская обл.",
    "Turkistan": "Туркестанская обл.", "Zhezkazgan": "Карагандинская обл.",
}

KZ_MEN = ["Ерлан", "Нұрлан", "Асхат", "Дәурен", "Мақсат", "Бауыржан", "Ержан", "Талғат", "Қайрат", "Серік",
          "Жанболат", "Әлібек", "Мұрат", "Ақылбек", "Ғалымжан", "Темірлан"]
KZ_WOMEN = ["Айгүл", "Жанар", "Гүлнар", "Сәуле", "Динара", "Әсел", "Меруерт", "Ботагөз", "Ақмарал", "Дана"]
KZ_SURNAMES = ["Жұмабаев", "Серіков", "Нұрланов", "Төлегенов", "Оспанов", "Қасымов", "Ахметов", "Иманбаев",
               "Сейітқалиев", "Әбенов", "Бекмұханбетов", "Құдайбергенов", "Есімов", "Мұхамеджанов", "Тоқтаров",
               "Сарсенбаев", "Жақыпов", "Байжанов"]
RU_MEN = ["Сергей", "Андрей", "Виктор", "Дмитрий", "Игорь", "Олег"]
RU_WOMEN = ["Ольга", "Наталья", "Елена", "Ирина"]
RU_SURNAMES = ["Петров", "Кузнецов", "Соколов", "Гребенщиков", "Лаптев", "Фомин", "Журавлёв"]
OTHER = [("Рустам", "Юсупов"), ("Фархад", "Мамедов"), ("Ильхам", "Кадыров"), ("Вадим", "Ким"), ("Зульфия", "Хасанова"),
         ("Дильшат", "Абдурахманов"), ("Эльвира", "Ли"), ("Арсен", "Оганесян")]

LATIN = str.maketrans({
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o",
    "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh",
    "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "iu", "я": "ia"})


def latin(name: str) -> str:
    return " ".join(w.lower().translate(LATIN).capitalize() for w in name.split())


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]
MONTHS_KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан"]


class Case:
    """One invented prosecution; each file renders it in its own words."""

    def __init__(self, rng: random.Random, statuses: list[str], articles: list[list[tuple[int, int | None]]] | None = None):
        self.rng = rng
        roll = rng.random()
        if roll < 0.62:
            female = rng.random() < 0.3
            first = rng.choice(KZ_WOMEN if female else KZ_MEN)
            sur = rng.choice(KZ_SURNAMES)
            sur = sur + "а" if female else sur
        elif roll < 0.85:
            female = rng.random() < 0.35
            first = rng.choice(RU_WOMEN if female else RU_MEN)
            sur = rng.choice(RU_SURNAMES)
            sur = sur + "а" if female else sur
        else:
            first, sur = rng.choice(OTHER)
            female = first in ("Зульфия", "Эльвира")
        self.female = female
        self.first, self.surname = first, sur
        self.name = f"{sur} {first}"
        self.city = rng.choice(list(CITIES))
        self.birth_year = rng.randint(1958, 2002)
        self.articles = rng.choice(articles or [
            [(405, 2)], [(405, 2)], [(405, 1)], [(174, 1)], [(174, 1), (405, 2)], [(274, 4)], [(274, 2)],
            [(272, 2)], [(380, 1)], [(182, 2), (405, 2)], [(174, 2)], [(272, 2), (380, 1)]])
        self.status = rng.choice(statuses)
        self.dvk = 405 in [a for a, _ in self.articles] and rng.random() < 0.6
        self.detained = date(2019, 1, 1) + timedelta(days=rng.randint(0, 1550))
        self.sentenced = self.detained + timedelta(days=rng.randint(60, 280))
        self.released = None
        terms = {"imprisoned": [24, 36, 48, 60, 72, 84, 96, 30, 42], "restricted_freedom": [12, 18, 24, 36, 48, 60],
                 "probation": [12, 24, 36, 18], "released": [24, 36, 48, 60, 30], "pretrial_detention": [None, 2],
                 "house_arrest": [None, 2]}
        self.term = rng.choice(terms.get(self.status, [None]))
        if self.status == "released":
            self.released = min(self.sentenced + timedelta(days=rng.randint(200, 700)),
                                max(date(2024, 5, 31), self.sentenced + timedelta(days=90)))
        if self.status in ("pretrial_detention", "house_arrest", "under_investigation"):
            self.sentenced = None

    def articles_text(self) -> str:
        return "; ".join(f"{a}({p})" if p else str(a) for a, p in sorted(self.articles))


def _started(dates: list[tuple[date | None, str]]) -> tuple[str, str]:
    given = [(d, p) for d, p in dates if d is not None]
    if not given:
        return "", ""
    d, p = min(given, key=lambda t: t[0])
    return d.isoformat(), p


class Truth:
    def __init__(self):
        self.rows = []

    def case(self, file, sheet, row, c: Case, *, city=None, region=None, articles=None, status=None, term="same",
             dates=(), birth_year="same", dvk=None, name=None):
        started, precision = _started(list(dates))
        self.rows.append({
            "source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case",
            "city": c.city if city is None else city,
            "region": CITIES[c.city][0] if region is None else region,
            "articles": c.articles_text() if articles is None else articles,
            "status": status or c.status,
            "sentence_months": c.term if term == "same" else term,
            "started_on": started, "started_precision": precision,
            "birth_year": c.birth_year if birth_year == "same" else birth_year,
            "dvk_koshe": c.dvk if dvk is None else dvk,
            "name": name or c.name})

    def other(self, file, sheet, row):
        self.rows.append({"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case"})

    def frame(self) -> pd.DataFrame:
        frame = pd.DataFrame(self.rows)
        for column in FIELD_COLUMNS:
            if column not in frame:
                frame[column] = None
        frame["sentence_months"] = frame["sentence_months"].astype("Int64")
        frame["birth_year"] = frame["birth_year"].astype("Int64")
        return frame


def _years_en(months: int) -> str:
    y, m = divmod(months, 12)
    parts = []
    if y:
        parts.append(f"{y} year" + ("s" if y > 1 else ""))
    if m:
        parts.append(f"{m} months")
    return " ".join(parts)


def _years_ru(months: int) -> str:
    y, m = divmod(months, 12)
    word = "год" if y == 1 else ("года" if 2 <= y <= 4 else "лет")
    out = f"{y} {word}" if y else ""
    if m:
        out = (out + " " if out else "") + f"{m} мес."
    return out


def _years_kk(months: int) -> str:
    y, m = divmod(months, 12)
    out = f"{y} жыл" if y else ""
    if m:
        out = (out + " " if out else "") + f"{m} ай"
    return out


# ---------------------------------------------------------------- 1. Airtable export
def _airtable(folder: Path, rng: random.Random, truth: Truth) -> None:
    file = "airtable_prisoners_base.csv"
    header = ["Name", "Photo", "Birth year", "Location", "Charges", "Current status", "Sentence", "Detained (UTC)",
              "Verdict date", "Released", "Koshe/DVK", "Notes", "Lawyer", "Campaigns", "Created", "Last modified"]
    status_words = {"imprisoned": "Serving sentence (prison)", "restricted_freedom": "Restricted freedom",
                    "probation": "Suspended sentence", "fined": "Fined", "pretrial_detention": "Pre-trial detention (SIZO)",
                    "house_arrest": "House arrest", "under_investigation": "Under investigation", "released": "Released",
                    "acquitted": "Acquitted"}
    lawyers = ["Bekov A.", "Sarsenova G.", "Tulegenov Zh.", "Ivanova M.", ""]
    campaigns = ["#FreeThemAll 2021", "Nauryz 2021", "Trial monitoring 2021", "January 2022", ""]
    rows = []
    for i in range(80):
        c = Case(rng, ["imprisoned", "imprisoned", "restricted_freedom", "probation", "fined", "pretrial_detention",
                       "house_arrest", "under_investigation", "under_investigation", "released", "acquitted"])
        name = latin(c.name)
        by = c.birth_year if rng.random() < 0.8 else None
        tags = []
        for a, p in c.articles:
            style = rng.randrange(3)
            tags.append(f"{a} ч.{p}" if style == 0 else f"ст. {a} ч. {p}" if style == 1 else f"{a} ч. {p} УК")
        if rng.random() < 0.15:
            tags.append("КоАП 488")
        rng.shuffle(tags)
        term_text = ""
        if c.status == "fined":
            term_text = f"Fine {rng.choice([200, 500, 1000])} MCI"
        elif c.term and c.status in ("imprisoned", "restricted_freedom", "probation", "released"):
            term_text = "1.5 years" if c.term == 18 and rng.random() < 0.5 else _years_en(c.term)
        elif c.term:
            term_text = f"{c.term} months"
        detained = c.detained if (c.status != "under_investigation" and rng.random() < 0.85) else None
        if c.status == "under_investigation" and rng.random() < 0.5:
            detained = c.detained
        verdict = c.sentenced if c.status not in ("pretrial_detention", "house_arrest", "under_investigation") else None
        if verdict and rng.random() < 0.15:
            verdict = None
        if c.status == "acquitted" and verdict is None:
            verdict = c.sentenced
        released = c.released
        note = ""
        dvk = c.dvk
        roll = rng.random()
        if dvk and roll < 0.4:
            note = rng.choice(["Koshe Partiyasy activist", "DVK supporter, detained after a rally", "Koshe Party member"])
        elif not dvk and roll < 0.15:
            note = "Journalist; not linked to DVK"
        elif not dvk and roll < 0.25 and 405 in [a for a, _ in c.articles]:
            note = "allegedly DVK, unconfirmed"
        elif roll < 0.35:
            note = rng.choice(["Health problems", "Hunger strike in March", "Appeal rejected"])
        created = datetime.combine(max(d for d in (detained, verdict, released, date(2021, 1, 1)) if d), datetime.min.time()) \
            + timedelta(days=rng.randint(1, 20), hours=rng.randint(0, 23), minutes=rng.randint(0, 59))
        modified = created + timedelta(days=rng.randint(0, 200), minutes=rng.randint(0, 600))
        rows.append([
            name,
            f"photo_{i + 1}.jpg (https://dl.airtable.com/.attachments/{rng.getrandbits(40):010x}/photo_{i + 1}.jpg)" if rng.random() < 0.4 else "",
            str(by) if by else "",
            CITIES[c.city][5],
            ", ".join(tags),
            status_words[c.status],
            term_text,
            f"{detained.isoformat()}T00:00:00.000Z" if detained else "",
            f"{MONTHS_EN[verdict.month - 1]} {verdict.day}, {verdict.year}" if verdict else "",
            released.isoformat() if released else "",
            "checked" if dvk else "",
            note,
            rng.choice(lawyers),
            rng.choice(campaigns),
            created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            modified.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        ])
        term = c.term if c.status not in ("fined", "acquitted", "under_investigation") else None
        truth.case(file, "", i + 2, c, term=term, birth_year=by, dvk=dvk, name=name,
                   dates=[(detained, "day"), (verdict, "day"), (released, "day")])
    with (folder / file).open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)


# ---------------------------------------------------------------- 2. families' group list
def _families(folder: Path, rng: random.Random, truth: Truth) -> None:
    file = "tuystar_tobi_list.xlsx"
    wb = Workbook()
    ws = wb.active
    sheet = ws.title = "Тізім-Список"
    header = ["№", "Аты-жөні / ФИО", "Жасы / Возраст", "Қала / Город", "Бап / Статья УК РК", "Жағдайы / Положение",
              "Мерзімі / Срок", "Ұсталған күні / Дата задержания", "Туысы (байланыс) / Родственник (контакт)",
              "Адвокат, тел.", "Көмек үшін карта / Карта для помощи", "Ескерту / Примечание"]
    ws.append([("Саяси қудалауға ұшыраған азаматтардың туыстарының бастамашыл тобы / "
                "Инициативная группа родственников политзаключённых")])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append(["Тізімді туыстар толтырады. Список заполняют сами родственники"])
    ws.append(header)
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True)
    sections = [
        ("imprisoned", "Бас бостандығынан айырылғандар / Лишены свободы",
         ["бас бостандығынан айыру", "лишение свободы", "лишение свободы", "колонияда, бас бостандығынан айыру"]),
        ("pretrial_detention", "Тергеу изоляторында / В СИЗО", ["тергеу изоляторында", "СИЗО", "под стражей"]),
        ("house_arrest", "Үй қамағында / Под домашним арестом", ["үй қамағында", "домашний арест"]),
        ("mixed", "Бас бостандығын шектеу, шартты жаза / Ограничение свободы, условно", None),
    ]
    relatives = ["Әйелі", "Анасы", "Жена", "Мама", "Сестра", "Қызы", "Ағасы"]
    number = 0

    def article_cell(c: Case) -> str:
        style = rng.randrange(3)
        if style == 0:
            return ", ".join(f"{a}-бап {p}-бөлік" for a, p in c.articles)
        if style == 1:
            return "; ".join(f"ч.{p} ст.{a}" for a, p in c.articles)
        return ", ".join(f"ст. {a} ч. {p}" for a, p in c.articles)

    def date_cell(d: date):
        style = rng.randrange(5)
        if style <= 1:
            return datetime(d.year, d.month, d.day), (d, "day")
        if style == 2:
            return d.strftime("%d.%m.%Y"), (d, "day")
        if style == 3:
            return f"{MONTHS_KK[d.month - 1]} {d.year}", (date(d.year, d.month, 1), "month")
        return f"{d.year} ж.", (date(d.year, 1, 1), "year")

    def age_cell(c: Case) -> tuple[str, int | None]:
        """An age, as most relatives write it (no year of birth), or now and then the year of birth itself."""
        if rng.random() < 0.15:
            return rng.choice([f"{c.birth_year} ж.т.", f"{c.birth_year} г.р."]), c.birth_year
        age = 2023 - c.birth_year
        word = "год" if age % 10 == 1 and age % 100 != 11 else "года" if age % 10 in (2, 3, 4) and age % 100 not in (12, 13, 14) else "лет"
        return rng.choice([f"{age} {word}", f"{age} жаста", f"{age} жас"]), None

    def city_cell(c: Case) -> str:
        ru, kk = CITIES[c.city][1], CITIES[c.city][4]
        return rng.choice([f"{kk} қ.", f"г. {ru}", kk, ru, f"{kk} қаласы"])

    def note_cell(c: Case) -> tuple[str, bool]:
        roll = rng.random()
        if c.dvk:
            return rng.choice(["ДВК жақтасы", "Көше партиясы белсендісі", "сторонник ДВК", "Көше партиясы / Уличная партия"]), True
        if roll < 0.12 and 405 in [a for a, _ in c.articles]:
            return "ДВК?", False
        if roll < 0.2:
            return "ДВК-ға қатысы жоқ, журналист", False
        if roll < 0.35:
            return rng.choice(["денсаулығы нашар / здоровье плохое", "3 баласы бар", "апелляция қаралуда"]), False
        return "", False

    for status, heading, words in sections:
        ws.append([heading])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        truth.other(file, sheet, r)
        for _ in range({"imprisoned": 18, "pretrial_detention": 10, "house_arrest": 8, "mixed": 12}[status]):
            statuses = [status] if status != "mixed" else ["restricted_freedom", "probation"]
            c = Case(rng, statuses)
            number += 1
            if c.status == "restricted_freedom":
                word = rng.choice(["бас бостандығын шектеу", "ограничение свободы"])
            elif c.status == "probation":
                word = rng.choice(["шартты түрде", "условно", "шартты түрде (условно)"])
            else:
                word = rng.choice(words)
            term = c.term
            term_cell = ""
            if term:
                term_cell = _years_kk(term) if rng.random() < 0.5 else _years_ru(term)
            dcell, dtruth = date_cell(c.detained)
            note, dvk = note_cell(c)
            phone = f"+7 7{rng.randint(0, 9)}{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
            lawyer = f"{rng.choice(KZ_SURNAMES)} {rng.choice('АБЕЖМНС')}., 8 (7{rng.randint(0, 9)}{rng.randint(0, 9)}) {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
            card = f"Kaspi Gold 4400 43** **** {rng.randint(1000, 9999)}" if rng.random() < 0.7 else ""
            age, by = age_cell(c)
            ws.append([number, c.name, age, city_cell(c), article_cell(c), word, term_cell, dcell,
                       f"{rng.choice(relatives)}: {phone}", lawyer if rng.random() < 0.8 else "", card, note])
            r = ws.max_row
            if isinstance(dcell, datetime):
                ws.cell(r, 8).number_format = "DD.MM.YYYY"
            truth.case(file, sheet, r, c, term=term, birth_year=by, dvk=dvk, dates=[dtruth])
        if status == "imprisoned":
            # two people with two cases each: the person's cells merged down over the case's two rows
            for _ in range(2):
                number += 1
                first = Case(rng, ["imprisoned"], articles=[[(174, 1)], [(274, 2)]])
                second = Case(rng, ["imprisoned"], articles=[[(405, 2)], [(182, 2), (405, 2)]])
                first.detained = date(2019, rng.randint(1, 12), rng.randint(1, 28))
                second.detained = date(2022, rng.randint(1, 12), rng.randint(1, 28))
                age, by = age_cell(first)
                note, dvk = note_cell(second)
                city = city_cell(first)
                top = ws.max_row + 1
                for k, c in enumerate((first, second)):
                    dcell = c.detained.strftime("%d.%m.%Y")
                    ws.append([number if k == 0 else None, first.name if k == 0 else None, age if k == 0 else None,
                               city if k == 0 else None, article_cell(c), rng.choice(words),
                               _years_ru(c.term) if rng.random() < 0.5 else _years_kk(c.term), dcell,
                               f"{rng.choice(relatives)}: +7 701 {rng.randint(100, 999)} 11 22" if k == 0 else None,
                               None, None, note if k == 0 else None])
                    c.city, c.birth_year = first.city, first.birth_year
                    truth.case(file, sheet, ws.max_row, c, birth_year=by, dvk=dvk, dates=[(c.detained, "day")],
                               name=first.name)
                for col in (1, 2, 3, 4, 9, 10, 11, 12):
                    ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
    ws.append([])
    ws.append([f"Барлығы / Всего: {number} адам"])
    truth.other(file, sheet, ws.max_row)
    ws.append(["* Деректер туыстарының келісімімен жарияланды / Данные опубликованы с согласия родственников"])
    truth.other(file, sheet, ws.max_row)

    ws2 = wb.create_sheet("Босатылғандар-Освобождённые")
    sheet2 = ws2.title
    ws2.append(["Босатылғандар / Освобождённые"])
    ws2.append(["№", "Аты-жөні / ФИО", "Жасы / Возраст", "Қала / Город", "Бап / Статья", "Үкім / Приговор",
                "Ұсталған күні / Задержан", "Босатылған күні / Освобождён", "Негізі / Основание", "Ескерту / Примечание"])
    for n in range(1, 23):
        c = Case(rng, ["released"])
        verdict = rng.choice([f"{_years_kk(c.term)} бас бостандығынан айыру", f"лишение свободы {_years_ru(c.term)}",
                              f"{_years_ru(c.term)} лишения свободы"])
        dcell, dtruth = date_cell(c.detained)
        rel = c.released
        rel_cell = datetime(rel.year, rel.month, rel.day) if rng.random() < 0.5 else rel.strftime("%d.%m.%Y")
        note, dvk = note_cell(c)
        age, by = age_cell(c)
        ws2.append([n, c.name, age, city_cell(c), article_cell(c), verdict, dcell, rel_cell,
                    rng.choice(["УДО", "амнистия", "жазасын өтеді / отбыл срок", "шартты түрде мерзімінен бұрын босату"]),
                    note])
        r = ws2.max_row
        for col, value in ((7, dcell), (8, rel_cell)):
            if isinstance(value, datetime):
                ws2.cell(r, col).number_format = "DD.MM.YYYY"
        truth.case(file, sheet2, r, c, status="released", birth_year=by, dvk=dvk, dates=[dtruth, (rel, "day")])
    wb.save(folder / file)


# ---------------------------------------------------------------- 3. Telegram digest
def _telegram(folder: Path, rng: random.Random, truth: Truth) -> None:
    file = "telegram_digest.xlsx"
    wb = Workbook()
    ws = wb.active
    sheet = ws.title = "Посты"
    ws.append(["Выгрузка постов канала @qamqor_monitor_kz (преследования активистов)"])
    ws.append([])
    ws.append(["Дата поста", "Теги", "Текст поста", "Просмотры", "Ссылка"])
    post_no = 1000

    def art_ru(c: Case) -> str:
        return " и ".join(f"ч. {p} ст. {a} УК РК" for a, p in c.articles)

    def add(posted: datetime, tags: str, text: str):
        nonlocal post_no
        post_no += rng.randint(1, 9)
        cell = posted if rng.random() < 0.5 else posted.strftime("%d.%m.%Y %H:%M")
        ws.append([cell, tags, text, rng.randint(300, 9000), f"https://t.me/qamqor_monitor_kz/{post_no}"])
        if isinstance(cell, datetime):
            ws.cell(ws.max_row, 1).number_format = "DD.MM.YYYY HH:MM"
        return ws.max_row

    def at(d: date) -> datetime:
        return datetime(d.year, d.month, d.day, rng.randint(8, 22), rng.randint(0, 59))

    def who(c: Case) -> str:
        by = f" ({c.birth_year} г.р.)" if c.by_given else ""
        return f"{c.first} {c.surname}{by}"

    kinds = (["detained_today"] * 9 + ["sentenced_today"] * 8 + ["yesterday_rf"] * 6 + ["dated_probation"] * 7
             + ["released_today"] * 5 + ["opened"] * 6 + ["acquitted_today"] * 2 + ["kk_detained"] * 5)
    rng.shuffle(kinds)
    fillers = {7: "Друзья, сбор на адвокатов продолжается. Kaspi: 4400 43** **** 1234. Спасибо всем, кто помогает!",
               19: "Итоги недели: 4 задержания, 2 приговора, 1 освобождение. Подробности в постах выше.",
               31: "Напоминаем: письма политзаключённым можно передать через наших волонтёров.",
               44: "Итоги месяца: 11 новых уголовных дел по статьям 405 и 174."}
    day = date(2021, 2, 1)
    for i, kind in enumerate(kinds):
        if i in fillers:
            day += timedelta(days=rng.randint(1, 12))
            truth.other(file, sheet, add(at(day), "#дайджест", fillers[i]))
        day += timedelta(days=rng.randint(3, 25))
        status = {"detained_today": "pretrial_detention", "kk_detained": "pretrial_detention",
                  "sentenced_today": "imprisoned", "yesterday_rf": "restricted_freedom", "dated_probation": "probation",
                  "released_today": "released", "opened": "under_investigation", "acquitted_today": "acquitted"}[kind]
        c = Case(rng, [status])
        c.by_given = rng.random() < 0.4
        dvk_text, dvk = "", False
        if 405 in [a for a, _ in c.articles] and rng.random() < 0.6:
            dvk_text, dvk = rng.choice([(" Активист «Көше партиясы».", True), (" Сторонник ДВК.", True),
                                        (" Участник «Көше партиясы» с 2020 года.", True)])
        city_ru, city_in, city_gen = CITIES[c.city][1], CITIES[c.city][2], CITIES[c.city][3]
        tags = f"#{city_ru.replace('-', '_')} #{c.articles[0][0]}" + (" #ДВК" if dvk and rng.random() < 0.5 else "")
        term, dates = None, []
        if kind == "detained_today":
            text = (f"⚡️Сегодня {city_in} {'задержана активистка' if c.female else 'задержан активист'} {who(c)}."
                    f" Возбуждено дело по {art_ru(c)}. {'Её' if c.female else 'Его'} поместили в ИВС.{dvk_text}")
            dates = [(day, "day")]
        elif kind == "kk_detained":
            kk = CITIES[c.city][4]
            arts = ", ".join(f"{a}-бабының {p}-бөлігі" for a, p in c.articles)
            by = f" ({c.birth_year} ж.т.)" if c.by_given else ""
            text = f"Бүгін {kk} қаласында белсенді {c.first} {c.surname}{by} ұсталды. Оған ҚР ҚК {arts} бойынша айып тағылды. Тергеу изоляторына қамалды."
            if dvk:
                text += " Ол Көше партиясының жақтасы."
            dates = [(day, "day")]
        elif kind == "sentenced_today":
            term = rng.choice([36, 48, 60, 84])
            text = (f"Суд {city_gen} приговорил {who(c)} к {_years_ru(term).replace('года', 'годам').replace('лет', 'годам')}"
                    f" лишения свободы по {art_ru(c)}. Приговор оглашён сегодня.{dvk_text}")
            dates = [(day, "day")]
        elif kind == "yesterday_rf":
            term = rng.choice([12, 24, 36])
            yrs = {12: "одному году", 24: "двум годам", 36: "трём годам"}[term]
            text = f"Вчера {city_in} {who(c)} приговорили к {yrs} ограничения свободы по {art_ru(c)}.{dvk_text}"
            dates = [(day - timedelta(days=1), "day")]
        elif kind == "dated_probation":
            term = rng.choice([12, 24, 36])
            yrs = {12: "1 год", 24: "2 года", 36: "3 года"}[term]
            verdict = day - timedelta(days=rng.randint(5, 40))
            text = (f"{verdict.day} {MONTHS_RU_GEN[verdict.month - 1]} {verdict.year} года суд {city_gen} вынес приговор "
                    f"{who(c)}: {yrs} условно по {art_ru(c)}. Только сейчас стали известны подробности.{dvk_text}")
            dates = [(verdict, "day")]
        elif kind == "released_today":
            term = rng.choice([36, 48, 60])
            year = day.year - rng.randint(1, 2)
            text = (f"{city_in[0].upper()}{city_in[1:]} сегодня {'вышла' if c.female else 'вышел'} на свободу по УДО {who(c)}, {'осуждённая' if c.female else 'осуждённый'} в {year} году "
                    f"по {art_ru(c)} на {_years_ru(term)}.{dvk_text}")
            dates = [(date(year, 1, 1), "year"), (day, "day")]
        elif kind == "opened":
            text = (f"В отношении {who(c)} ({city_ru}) возбуждено уголовное дело по {art_ru(c)}. "
                    f"Мера пресечения — подписка о невыезде.{dvk_text}")
        else:
            text = f"Суд {city_gen} оправдал {who(c)}, {'обвинявшуюся' if c.female else 'обвинявшегося'} по {art_ru(c)}. Решение вынесено сегодня."
            dates = [(day, "day")]
            dvk = False
        r = add(at(day), tags, text)
        truth.case(file, sheet, r, c, term=term, birth_year=c.birth_year if c.by_given else None, dvk=dvk,
                   dates=dates, name=f"{c.first} {c.surname}")
    wb.save(folder / file)


# ---------------------------------------------------------------- 4. aid register
def _aid(folder: Path, rng: random.Random, truth: Truth) -> None:
    file = "aid_register_2022.xlsx"
    wb = Workbook()
    ws = wb.active
    sheet = ws.title = "Реестр 2022"
    ws.append(["Общественный фонд солидарности «Бірлік-Көмек» (вымышленный)"])
    ws.append(["Реестр выплат материальной помощи семьям политзаключённых за 2022 год"])
    ws.append(["№ п/п", "Получатель помощи", None, "Сведения о деле", None, None, None, None, "Выплата", None, None,
               None, "Примечание"])
    ws.append([None, "ФИО подзащитного", "Г.р.", "Нас. пункт", "Статья", "Мера / приговор", "Дата задержания",
               "Дата приговора", "Дата обращения", "Дата выплаты", "Сумма, тг", "Способ", None])
    for a, b in (("A3", "A4"), ("M3", "M4")):
        ws.merge_cells(f"{a}:{b}")
    ws.merge_cells("B3:C3")
    ws.merge_cells("D3:H3")
    ws.merge_cells("I3:L3")
    for row in ws["A3:M4"]:
        for cell in row:
            cell.font = Font(bold=True)
    number = 0
    total = 0
    for q, months in enumerate([(1, 3), (4, 6), (7, 9), (10, 12)], start=1):
        ws.append([f"{['I', 'II', 'III', 'IV'][q - 1]} квартал 2022 г."])
        truth.other(file, sheet, ws.max_row)
        q_total = 0
        for _ in range(14):
            c = Case(rng, ["imprisoned", "imprisoned", "pretrial_detention", "house_arrest", "restricted_freedom",
                           "probation", "fined", "under_investigation"])
            number += 1
            pay = date(2022, rng.randint(*months), rng.randint(1, 28))
            # every case date before the request to the fund
            c.detained = pay - timedelta(days=rng.randint(120, 700))
            if c.sentenced is not None:
                c.sentenced = c.detained + timedelta(days=rng.randint(40, 100))
            request = pay - timedelta(days=rng.randint(3, 20))
            by = rng.choice([str(c.birth_year), f"{c.birth_year} г.р.", c.birth_year, None])
            arts = ", ".join(f"ст. {a} ч. {p}" if rng.random() < 0.5 else f"{a} ч.{p}" for a, p in c.articles)
            if rng.random() < 0.1:
                arts += "; КоАП ст. 488"
            measure = {"imprisoned": f"лишение свободы {_years_ru(c.term or 24)}",
                       "pretrial_detention": "содержание под стражей",
                       "house_arrest": "домашний арест",
                       "restricted_freedom": f"ограничение свободы {_years_ru(c.term or 12)}",
                       "probation": f"условно {_years_ru(c.term or 12)}",
                       "fined": f"штраф {rng.choice([200, 500, 1000, 2000])} МРП",
                       "under_investigation": "подписка о невыезде"}[c.status]
            term = c.term if c.status in ("imprisoned", "restricted_freedom", "probation") else None
            detained = c.detained if rng.random() < 0.8 else None
            if c.status in ("pretrial_detention", "house_arrest") and detained is None and rng.random() < 0.5:
                detained = c.detained
            sentenced = c.sentenced
            if sentenced and rng.random() < 0.2:
                sentenced = None
            det_cell = datetime.combine(detained, datetime.min.time()) if detained and rng.random() < 0.6 else (
                detained.strftime("%d.%m.%Y") if detained else "")
            sen_cell = f"от {sentenced.strftime('%d.%m.%Y')}" if sentenced and rng.random() < 0.4 else (
                datetime.combine(sentenced, datetime.min.time()) if sentenced else "")
            amount = rng.choice([50000, 75000, 100000, 150000])
            q_total += amount
            note, dvk = "", c.dvk
            if dvk:
                note = rng.choice(["сторонник ДВК", "активист Көше партиясы", "ДВК"])
            elif rng.random() < 0.15 and 405 in [a for a, _ in c.articles]:
                note = "Көше партиясы (?)"
            elif rng.random() < 0.25:
                note = rng.choice(["семья из 4 человек", "повторная выплата в следующем квартале", "мать-пенсионерка"])
            ws.append([number, c.name, by, rng.choice([f"г. {CITIES[c.city][1]}", CITIES[c.city][1]]), arts, measure,
                       det_cell, sen_cell, datetime.combine(request, datetime.min.time()),
                       datetime.combine(pay, datetime.min.time()), f"{amount:,}".replace(",", " "),
                       rng.choice(["Kaspi", "наличные", "перевод на карту"]), note])
            r = ws.max_row
            for col in (7, 8, 9, 10):
                if isinstance(ws.cell(r, col).value, datetime):
                    ws.cell(r, col).number_format = "DD.MM.YYYY"
            truth.case(file, sheet, r, c, term=term, birth_year=int(str(by)[:4]) if by else None, dvk=dvk,
                       dates=[(detained, "day"), (sentenced, "day")])
        total += q_total
        ws.append([None, f"Итого за {q} квартал", None, None, None, None, None, None, None, None,
                   f"{q_total:,}".replace(",", " ")])
        truth.other(file, sheet, ws.max_row)
    ws.append([None, "ВСЕГО за 2022 год", None, None, None, None, None, None, None, None, f"{total:,}".replace(",", " ")])
    truth.other(file, sheet, ws.max_row)
    ws.append(["Суммы указаны в тенге. Данные получателей хранятся в фонде."])
    truth.other(file, sheet, ws.max_row)
    wb.save(folder / file)


# ---------------------------------------------------------------- 5. grouped by article
def _by_article(folder: Path, rng: random.Random, truth: Truth) -> None:
    file = "po_statyam.xlsx"
    wb = Workbook()
    ws = wb.active
    sheet = ws.title = "Список"
    ws.append(["Список лиц, подвергшихся уголовному преследованию по политическим мотивам, сгруппированный по статьям УК РК"])
    ws.append(["(составлен по открытым источникам)"])
    ws.append(["№", "ФИО", "Год рождения", "Регион, город", "Дополнительные статьи", "Мера пресечения / приговор",
               "Дата возбуждения дела", "Дата приговора", "Связь с ДВК / Көше партиясы"])
    groups = [((405, 2), "участие в деятельности запрещённой организации", 16),
              ((174, 1), "возбуждение социальной, национальной или иной розни", 12),
              ((274, 4), "распространение заведомо ложной информации", 10),
              ((272, 2), "участие в массовых беспорядках", 10)]
    extra = {405: [None, None, None, (174, 1), (182, 2)], 174: [None, None, None, (274, 2)], 274: [None, None, (174, 1)],
             272: [None, None, (380, 1)]}
    n = 0
    for (art, part), title, count in groups:
        ws.append([f"Ст. {art} ч. {part} УК РК — {title} ({count} чел.)"])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        truth.other(file, sheet, r)
        for _ in range(count):
            more = rng.choice(extra[art])
            arts = [(art, part)] + ([more] if more else [])
            c = Case(rng, ["imprisoned", "imprisoned", "restricted_freedom", "probation", "pretrial_detention",
                           "under_investigation", "fined"], articles=[arts])
            n += 1
            region = REGION_RU.get(c.city)
            place = (f"{region}, г. {CITIES[c.city][1]}" if region and rng.random() < 0.6 else f"г. {CITIES[c.city][1]}")
            measure = {"imprisoned": rng.choice([f"{_years_ru(c.term or 12)} лишения свободы", f"л/св {_years_ru(c.term or 12)}"]),
                       "restricted_freedom": f"ограничение свободы на {_years_ru(c.term or 12)}",
                       "probation": f"{_years_ru(c.term or 12)} условно",
                       "pretrial_detention": "арест (СИЗО)", "under_investigation": "подписка о невыезде",
                       "fined": "штраф 1500 МРП"}[c.status]
            if c.status == "pretrial_detention" and c.term:
                measure = f"арест на {c.term} месяца (СИЗО)"
            charged = c.detained
            style = rng.randrange(4)
            if style <= 1:
                ccell, ctruth = datetime.combine(charged, datetime.min.time()), (charged, "day")
            elif style == 2:
                ccell, ctruth = f"{['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'][charged.month - 1]} {charged.year}", (date(charged.year, charged.month, 1), "month")
            else:
                ccell, ctruth = f"{charged.year} г.", (date(charged.year, 1, 1), "year")
            if rng.random() < 0.08:
                ccell, ctruth = "", (None, "")
            sentenced = c.sentenced if c.status in ("imprisoned", "restricted_freedom", "probation", "fined") else None
            scell = sentenced.strftime("%d.%m.%Y") if sentenced else ""
            if art == 405:
                tie = rng.choice(["да", "да", "нет", "да?", ""])
            else:
                tie = rng.choice(["нет", "", ""])
            dvk = tie == "да"
            by = c.birth_year if rng.random() < 0.85 else None
            ws.append([n, c.name, by, place, f"+ ст. {more[0]} ч. {more[1]}" if more else "", measure, ccell, scell, tie])
            r = ws.max_row
            if isinstance(ccell, datetime):
                ws.cell(r, 7).number_format = "DD.MM.YYYY"
            term = c.term if c.status in ("imprisoned", "restricted_freedom", "probation", "pretrial_detention") else None
            truth.case(file, sheet, r, c, term=term, birth_year=by, dvk=dvk, dates=[ctruth, (sentenced, "day")])
    ws.append([f"Всего: {n} человек"])
    truth.other(file, sheet, ws.max_row)
    wb.save(folder / file)


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the five lists into `folder`; return the truth (one row per non-blank row below a header)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(13)
    truth = Truth()
    for write in (_airtable, _families, _telegram, _aid, _by_article):
        write(folder, rng, truth)
    return truth.frame()
