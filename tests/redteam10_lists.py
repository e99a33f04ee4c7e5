"""Red-team set 10 (a hold-out): five lists in layouts the project had not copied, with the truth of every row.

Written by a helper who read neither the sample generator, the vocabularies, the cleaner's modules nor the
earlier red-team sets; only the README, the domain reference, `tests/accuracy.py` and the README's parts on what
input is accepted. All names are invented; the data are generated here, deterministically (random.Random(10)).

Files (366 case rows, 25 rows that are not cases):
- `wgad_annex_KAZ_2023.xlsx`, sheet `Annex`: a UN Working Group on Arbitrary Detention communication annex in
  English. Title rows, header "Name of the individual", "Year of birth", "Date of arrest", "Place of arrest",
  "Legal basis invoked", "Current situation" (prose: "Serving a sentence of 5 years' imprisonment", "Released
  on 14 June 2022 after serving the sentence"), "Place of detention" (a penal colony in ANOTHER town: it is not
  the case's city), "Alleged affiliation", "Communication ref."; names in TIREK style (`ZHAKSYBEKOV Nurlan`);
  dates as date cells, `12 March 2021`, `March 2021`, `12/03/2021`; a totals row and two footnotes.
- `media_monitor_journalists_2022.xlsx`, sheet `Журналисты и блогеры`: a media-freedom monitor's list in
  Russian mixing criminal and administrative cases. Two-row header: "№", "Журналист", "СМИ / платформа",
  "Город", "Статья УК / КоАП", "Мера", "Итог", "Примечание" merged over both rows, and a merged group "Даты"
  over "начала преследования" and "решения суда". No birth year. Footnote rows.
- `caseload_advocate_2023-03-15.xlsx`, sheet `Текущие дела`: a defence lawyer's caseload. "Подзащитный",
  "Г.р." (a year or a full date of birth), "Квалификация", "Мера пресечения", "Стадия", "Дата возбуждения
  дела" (`от 03.02.2021г.`), "След. заседание" (a future hearing, sometimes with a time), "Приговор",
  "Адвокат", "Город", "Примечание". One title row. Every twelfth client has a second case on the next row,
  with the name, year of birth and town cells merged over both rows (the README: a merged cell belongs to each row).
- `regional_list_2023-05-01.xlsx`, sheet `По регионам`: a list grouped by region. Section headings with
  counts ("Алматинская область — 14 чел."), a subtotal row after each section ("Итого по региону: 14"), a
  grand total, NO city column: a "Населённый пункт" column filled for some rows only (else the heading gives
  the city of a city heading, or the region alone). Punishments as NGO staff write them (`л/с 5 лет`).
- `monitoring_2023-06-30.xlsx`, sheet `Мониторинг`: a monitoring workbook with a frozen two-row header
  (groups "Лицо", "Дело", "Наказание"), hidden helper columns (an ID, a "чек" flag, a length helper), a
  "Дата рождения" column, "Место" holding towns, dates of arrest and verdict, "Вид" + "Срок" of the
  punishment, an "Освобождён" date, and a "ДВК / Көше" yes/no column ("да", "нет", "да?"). A totals row.
- `centre_export_cp1251.tsv`: a tab-separated export in cp1251 with CRLF line ends, the header on line 1:
  "п/п", "Ф.И.О.", "Дата рожд.", "Область/город" (`Карагандинская обл., г. Темиртау`, `ЗКО, г. Уральск`),
  "Статья", "Приговор суда", "Дата приговора", "Статус на 01.07.2023" (`отбывает наказание`, `освобождён по
  амнистии 12.01.2023`, `на свободе, испытательный срок`), "Примечания". A blank line in the middle (not a
  row; source_row counts physical lines), a total line and a footnote line at the end.

Decisions taken for the truth (the README's data dictionary and "Decided readings"):
- city/region: the current official English name and the current region (Uralsk -> Oral, West Kazakhstan;
  Kapshagay -> Konaev, Almaty Region; Taldykorgan -> Jetisu; Semey -> Abai; Ust-Kamenogorsk -> Oskemen;
  Petropavlovsk -> Petropavl; Nur-Sultan -> Astana). Towns outside the reference table are Talgar and
  Kaskelen (Almaty Region) and Temirtau (Karaganda). A "Place of detention" is never the case's city.
  In the regional list a row with no "Населённый пункт" under a region heading has no city and the heading's
  region; under a city heading ("г. Алматы — 9 чел.") the city and its region.
- articles: Criminal Code only, ascending, part in brackets when given; a point (`п.2 ч.4 ст.274`) is not a
  part: `274(4)`. Administrative articles (КоАП) are left out; an administrative-only row has no articles.
- status: the latest stage given anywhere in the row; a "status now" cell that says only "serving the sentence"
  ("отбывает наказание") keeps the kind of sentence written beside it (restricted freedom stays so). A verdict in "Итог"/"Приговор"/"Current situation"
  wins over the measure of restraint; "следствие"/"дело в суде" leave the measure's status (подписка о
  невыезде -> under_investigation, домашний арест -> house_arrest, под стражей -> pretrial_detention).
  "условно"/"условное осуждение"/"suspended" -> probation; "освобождён по УДО" -> released; a filled
  "Освобождён" date (all before the list's date) -> released with the sentence's term kept; administrative
  arrest in days -> unknown, no term; an administrative fine -> fined, no term; a criminal fine -> fined, no
  term (MCI are not months).
- sentence_months: the term of the sentence written in the row; null where no term is written (custody
  measures, fines, release without a term).
- started_on: the earliest of the dates of arrest/detention, opening of the case / start of prosecution,
  verdict and release; a next hearing, a date of birth and a reference number are never start dates; every
  partial date lies months before the row's other dates, so its first day is the earliest without doubt.
- dvk_koshe: True only where the row names DVK / Koshe Partiyasy (affiliation, note) or the yes/no column says
  "да"; "ДВК?" and "да?" are False; "не связан с ДВК" is False; never from article 405.
- birth_year: from the year, or the year of a full date of birth; blank where the list gives none.
"""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

CITIES = {  # key: (English truth, region truth, Russian, English as written)
    "almaty": ("Almaty", "Almaty", "Алматы", "Almaty"),
    "astana": ("Astana", "Astana", "Нур-Султан", "Nur-Sultan"),
    "shymkent": ("Shymkent", "Shymkent", "Шымкент", "Shymkent"),
    "oral": ("Oral", "West Kazakhstan", "Уральск", "Uralsk"),
    "oskemen": ("Oskemen", "East Kazakhstan", "Усть-Каменогорск", "Ust-Kamenogorsk"),
    "semey": ("Semey", "Abai", "Семей", "Semey"),
    "aktobe": ("Aktobe", "Aktobe", "Актобе", "Aktobe"),
    "kyzylorda": ("Kyzylorda", "Kyzylorda", "Кызылорда", "Kyzylorda"),
    "taraz": ("Taraz", "Zhambyl", "Тараз", "Taraz"),
    "karaganda": ("Karaganda", "Karaganda", "Караганда", "Karaganda"),
    "zhanaozen": ("Zhanaozen", "Mangystau", "Жанаозен", "Zhanaozen"),
    "aktau": ("Aktau", "Mangystau", "Актау", "Aktau"),
    "konaev": ("Konaev", "Almaty Region", "Капшагай", "Kapshagay"),
    "taldykorgan": ("Taldykorgan", "Jetisu", "Талдыкорган", "Taldykorgan"),
    "zhezkazgan": ("Zhezkazgan", "Ulytau", "Жезказган", "Zhezkazgan"),
    "petropavl": ("Petropavl", "North Kazakhstan", "Петропавловск", "Petropavlovsk"),
    "pavlodar": ("Pavlodar", "Pavlodar", "Павлодар", "Pavlodar"),
    "kostanay": ("Kostanay", "Kostanay", "Костанай", "Kostanay"),
    "kokshetau": ("Kokshetau", "Akmola", "Кокшетау", "Kokshetau"),
    "atyrau": ("Atyrau", "Atyrau", "Атырау", "Atyrau"),
    "temirtau": ("Temirtau", "Karaganda", "Темиртау", "Temirtau"),
}
COMMON = ["almaty", "astana", "shymkent", "oral", "oskemen", "semey", "aktobe", "kyzylorda", "taraz",
          "karaganda", "zhanaozen", "aktau", "konaev", "taldykorgan", "zhezkazgan", "petropavl", "pavlodar",
          "kostanay", "kokshetau", "atyrau"]

SURNAMES = ["Жаксыбеков", "Ермекова", "Тулегенов", "Нурмагамбетова", "Абдрахманов", "Сагинтаева", "Исмаилов",
            "Кенжебаева", "Омаров", "Байжанова", "Петренко", "Смирнова", "Ким", "Шевченко", "Мусин", "Ахметова",
            "Дюсенов", "Каримова", "Оспанов", "Юсупова", "Ли", "Герасимов", "Бекмуханбетов", "Жумабаева",
            "Серикбаев", "Токтарова", "Алиев", "Рахимова", "Есенгельдин", "Мамедова", "Курмангалиев", "Волкова"]
FIRST = ["Нурлан", "Айгуль", "Ержан", "Динара", "Серик", "Гульмира", "Тимур", "Асель", "Марат", "Жанар",
         "Сергей", "Ольга", "Руслан", "Мадина", "Бахыт", "Алия", "Дмитрий", "Сауле", "Арман", "Лязат",
         "Виктор", "Зарина", "Ильяс", "Камила"]
TRANSLIT = str.maketrans({"А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ж": "Zh", "З": "Z", "И": "I",
                          "Й": "I", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R", "С": "S",
                          "Т": "T", "У": "U", "Ф": "F", "Х": "Kh", "Ц": "Ts", "Ч": "Ch", "Ш": "Sh", "Щ": "Shch",
                          "Ы": "Y", "Э": "E", "Ю": "Yu", "Я": "Ya", "а": "a", "б": "b", "в": "v", "г": "g",
                          "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m",
                          "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
                          "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e", "ю": "yu", "я": "ya"})

ARTICLE_SETS = [[(405, 2)], [(405, 1)], [(174, 1)], [(174, 2)], [(274, 2)], [(274, 4)], [(272, 2)], [(380, 1)],
                [(378, None)], [(179, 2)], [(182, 2), (405, 2)], [(174, 1), (405, 2)], [(258, None), (405, 1)],
                [(274, 2), (174, 1)], [(400, None)], [(380, 3), (272, 2)]]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
RU_MONTHS_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                 "ноябрь", "декабрь"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def articles_truth(arts) -> str:
    return "; ".join(f"{a}({p})" if p else str(a) for a, p in sorted(arts, key=lambda x: (x[0], x[1] or 0)))


def ru_term(months: int) -> str:
    y, m = divmod(months, 12)
    years = {1: "1 год", 2: "2 года", 3: "3 года", 4: "4 года"}.get(y, f"{y} лет")
    if not y:
        return f"{m} мес."
    return years + (f" {m} мес." if m else "")


def en_term(months: int) -> str:
    y, m = divmod(months, 12)
    if not y:
        return f"{m} months"
    head = "1 year" if y == 1 else f"{y} years"
    return head + (f" and {m} months" if m else "")


class Book:
    """Collects the truth while the files are written."""

    def __init__(self, seed: int = 10):
        self.rng = random.Random(seed)
        self.truth: list[dict] = []
        self.used: set[str] = set()

    def name(self) -> tuple[str, str]:
        while True:
            s, f = self.rng.choice(SURNAMES), self.rng.choice(FIRST)
            female = s.endswith("а") and not s.endswith("ия")
            if female != (f in {"Айгуль", "Динара", "Гульмира", "Асель", "Жанар", "Ольга", "Мадина", "Алия",
                                "Сауле", "Лязат", "Зарина", "Камила"}) and s not in {"Ким", "Ли", "Шевченко", "Петренко"}:
                continue
            full = f"{s} {f}"
            if full not in self.used:
                self.used.add(full)
                return s, f

    def case(self, file, sheet, row, *, name, city="", region="", articles="", status="unknown", months=None,
             dates=(), birth_year=None, dvk=False):
        dates = [d for d in dates if d is not None]
        start, prec = (min(dates, key=lambda d: d[0]) if dates else (None, ""))
        self.truth.append({"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case",
                           "name": name, "city": city, "region": region, "articles": articles, "status": status,
                           "sentence_months": months, "started_on": start.isoformat() if start else "",
                           "started_precision": prec, "birth_year": birth_year, "dvk_koshe": bool(dvk)})

    def other(self, file, sheet, row):
        self.truth.append({"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case"})

    def day(self, lo: dt.date, hi: dt.date) -> dt.date:
        return lo + dt.timedelta(days=self.rng.randrange((hi - lo).days))


def _write(ws, row: int, values: list) -> None:
    for col, v in enumerate(values, start=1):
        if v not in (None, ""):
            ws.cell(row=row, column=col, value=v)


# ---------------------------------------------------------------- 1. WGAD annex (English)
EN_SITUATION = {
    "imprisoned": ["Serving a sentence of {T} of imprisonment", "Sentenced to {T} in a general-security penal colony",
                   "Convicted; {T} of deprivation of liberty"],
    "restricted_freedom": ["Sentenced to {T} of restricted freedom", "Restriction of freedom, {T}"],
    "probation": ["Suspended sentence of {T}", "Given a {T} suspended sentence"],
    "pretrial_detention": ["In pre-trial detention", "Held in a pre-trial detention centre (SIZO)"],
    "house_arrest": ["Under house arrest", "Placed under house arrest pending trial"],
    "under_investigation": ["Under investigation, not detained", "Criminal investigation ongoing; travel ban"],
    "fined": ["Fined 2,000 MCI", "Sentenced to a fine"],
    "compulsory_treatment": ["Placed in a psychiatric hospital for compulsory treatment"],
    "acquitted": ["Acquitted by the court of first instance", "Acquitted"],
}
EN_REGION = {"oral": "West Kazakhstan Region", "oskemen": "East Kazakhstan Region", "petropavl": "North Kazakhstan Region",
             "pavlodar": "Pavlodar Region", "kostanay": "Kostanay Region", "aktobe": "Aktobe Region"}
DETENTION = ["Penal colony EC-166/11, Zarechny", "Pre-trial detention centre LA-155/18, Almaty",
             "Penal colony UK-161/3, Karaganda", "SIZO No. 1, Oskemen", "n/a", "Penal colony, Shymkent", ""]


def _en_date(b: Book, d: dt.date, allow_partial=True):
    k = b.rng.random()
    if allow_partial and k < 0.12:
        return f"{EN_MONTHS[d.month - 1]} {d.year}", d.replace(day=1), "month"
    if k < 0.45:
        return dt.datetime(d.year, d.month, d.day), d, "day"
    if k < 0.75:
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}", d, "day"
    return f"{d.day:02d}/{d.month:02d}/{d.year}", d, "day"


def _en_articles(b: Book, arts) -> str:
    style = b.rng.randrange(4)
    if len(arts) == 1:
        a, p = arts[0]
        if p is None:
            return f"Article {a} of the Criminal Code"
        return [f"art. {a}({p}) of the Criminal Code", f"Criminal Code, Article {a}, part {p}",
                f"Article {a} part {p} CC", f"art. {a} ({p}) Criminal Code"][style]
    parts = [f"{a}({p})" if p else f"{a}" for a, p in arts]
    if style < 2:
        return f"Articles {parts[0]} and {parts[1]} of the Criminal Code"
    return "; ".join(f"art. {x}" for x in parts) + " (Criminal Code)"


def write_wgad(folder: Path, b: Book) -> None:
    file, sheet = "wgad_annex_KAZ_2023.xlsx", "Annex"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Annex"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Individuals referred to in communication AL KAZ 3/2023 (Working Group on Arbitrary Detention)"
    header = ["No.", "Name of the individual", "Year of birth", "Date of arrest", "Place of arrest",
              "Legal basis invoked", "Current situation", "Place of detention", "Alleged affiliation",
              "Communication ref."]
    _write(ws, 4, header)
    row = 5
    statuses = (["imprisoned"] * 16 + ["restricted_freedom"] * 8 + ["probation"] * 7 + ["pretrial_detention"] * 7
                + ["house_arrest"] * 4 + ["under_investigation"] * 6 + ["released"] * 6 + ["fined"] * 3
                + ["compulsory_treatment"] * 2 + ["acquitted"] * 3)
    for i, status in enumerate(statuses, start=1):
        s, f = b.name()
        name_cell = f"{s.translate(TRANSLIT).upper()} {f.translate(TRANSLIT)}" if i % 3 else \
            f"{f.translate(TRANSLIT)} {s.translate(TRANSLIT)}"
        key = COMMON[(i * 7) % len(COMMON)]
        city, region, _, en_city = CITIES[key]
        place = f"{en_city}, {EN_REGION[key]}" if key in EN_REGION and i % 2 else en_city
        arts = ARTICLE_SETS[b.rng.randrange(len(ARTICLE_SETS))]
        arrest = b.day(dt.date(2019, 1, 1), dt.date(2022, 6, 1))
        cell, start, prec = _en_date(b, arrest)
        months = None
        if status in ("imprisoned", "restricted_freedom", "probation"):
            months = b.rng.choice([12, 18, 24, 30, 36, 48, 60, 84])
            t = en_term(months)
            situation = b.rng.choice(EN_SITUATION[status]).format(T=t)
        elif status == "released":
            rel = b.day(arrest + dt.timedelta(days=200), dt.date(2023, 1, 1))
            situation = b.rng.choice([f"Released on {rel.day} {EN_MONTHS[rel.month - 1]} {rel.year} after serving the sentence",
                                      f"Released on parole on {rel.day} {EN_MONTHS[rel.month - 1]} {rel.year}"])
        else:
            situation = b.rng.choice(EN_SITUATION[status])
        dvk_kind = b.rng.random()
        if dvk_kind < 0.3:
            aff, dvk = b.rng.choice(["Democratic Choice of Kazakhstan (DVK)", "Koshe Party", "DVK supporter",
                                     "Koshe Partiyasy"]), True
        elif dvk_kind < 0.4:
            aff, dvk = b.rng.choice(["Tablighi Jamaat", "religious (Salafi)"]), False
        else:
            aff, dvk = b.rng.choice(["none stated", "—", "", "civic activist"]), False
        by = b.rng.choice([None] + list(range(1960, 2001)))
        _write(ws, row, [i, name_cell, by, cell, place, _en_articles(b, arts), situation, b.rng.choice(DETENTION),
                         aff, f"AL KAZ 3/2023 ({i})"])
        b.case(file, sheet, row, name=name_cell, city=city, region=region, articles=articles_truth(arts),
               status=status, months=months, dates=[(start, prec)], birth_year=by, dvk=dvk)
        row += 1
    n = len(statuses)
    _write(ws, row, ["", f"Total: {n} individuals"])
    b.other(file, sheet, row)
    row += 2
    ws.cell(row=row, column=1, value="* Information as received from the source; it has not been verified by the Working Group.")
    b.other(file, sheet, row)
    ws.cell(row=row + 1, column=1, value="** Places are given as at the date of arrest.")
    b.other(file, sheet, row + 1)
    wb.save(folder / file)


# ---------------------------------------------------------------- 2. media monitor (Russian, criminal + administrative)
def _ru_art(b: Book, a, p) -> str:
    if p is None:
        return f"ст. {a} УК РК"
    return b.rng.choice([f"ч.{p} ст.{a} УК РК", f"ст. {a} ч. {p} УК", f"ч. {p} ст. {a} УК РК", f"ст.{a} ч.{p} УК РК"])


def _ru_date(b: Book, d: dt.date, allow_partial=True, prefix=""):
    k = b.rng.random()
    if allow_partial and k < 0.12:
        return f"{RU_MONTHS_NOM[d.month - 1]} {d.year}", d.replace(day=1), "month"
    if allow_partial and k < 0.16:
        return f"{d.year} г.", d.replace(month=1, day=1), "year"
    if k < 0.45:
        return dt.datetime(d.year, d.month, d.day), d, "day"
    if k < 0.7:
        return f"{prefix}{d.day:02d}.{d.month:02d}.{d.year}", d, "day"
    return f"{d.day} {RU_MONTHS[d.month - 1]} {d.year} г.", d, "day"


def write_media(folder: Path, b: Book) -> None:
    file, sheet = "media_monitor_journalists_2022.xlsx", "Журналисты и блогеры"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Мониторинг преследований журналистов и блогеров в Казахстане, 2021–2022 гг."
    ws["A2"] = "Данные из открытых источников и сообщений редакций"
    top = ["№", "Журналист", "СМИ / платформа", "Город", "Статья УК / КоАП", "Мера", "Итог", "Даты", "",
           "Примечание"]
    _write(ws, 4, top)
    ws.cell(row=5, column=8, value="начала преследования")
    ws.cell(row=5, column=9, value="решения суда")
    for col in (1, 2, 3, 4, 5, 6, 7, 10):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells(start_row=4, start_column=8, end_row=4, end_column=9)
    outlets = ["YouTube-канал «Ашық сөз»", "Telegram-канал «Дала ньюс»", "газета «Голос степи»", "Facebook",
               "портал «Uralsk Today»", "Instagram-блог", "независимый журналист", "телеканал «Алаш ТВ»"]
    # (status, Мера, Итог template, criminal?)
    kinds = ([("imprisoned", "под стражей", "приговор: {t} лишения свободы", True)] * 9
             + [("restricted_freedom", "подписка о невыезде", "осуждён к {t} ограничения свободы", True)] * 10
             + [("probation", "—", "{t} условно", True)] * 6
             + [("fined", "—", "штраф 1000 МРП", True)] * 4
             + [("under_investigation", "подписка о невыезде", "следствие продолжается", True)] * 9
             + [("house_arrest", "домашний арест", "дело в суде", True)] * 6
             + [("pretrial_detention", "под стражей", "дело в суде", True)] * 6
             + [("acquitted", "подписка о невыезде", "оправдан", True)] * 3
             + [("unknown", "—", "арест {d} суток", False)] * 4
             + [("fined", "—", "административный штраф 30 МРП", False)] * 5)
    b.rng.shuffle(kinds)
    row = 6
    for i, (status, mera, itog, criminal) in enumerate(kinds, start=1):
        s, f = b.name()
        name = f"{s} {f}"
        key = COMMON[(i * 5 + 2) % len(COMMON)]
        city, region, ru_city, _ = CITIES[key]
        city_cell = ru_city if i % 4 else f"г. {ru_city}"
        months = None
        start = b.day(dt.date(2020, 6, 1), dt.date(2022, 3, 1))
        s_cell, s_day, s_prec = _ru_date(b, start)
        dates = [(s_day, s_prec)]
        verdict_cell = ""
        if criminal:
            arts = ARTICLE_SETS[b.rng.randrange(len(ARTICLE_SETS))]
            cell = ", ".join(_ru_art(b, a, p) for a, p in arts)
            if i % 6 == 0:
                cell += "; ст. 456-2 КоАП"
            articles = articles_truth(arts)
        else:
            cell = b.rng.choice(["ст. 456-2 КоАП РК", "ч.6 ст.488 КоАП", "ст. 488 ч. 6 КоАП РК"])
            articles = ""
        if "{t}" in itog:
            months = b.rng.choice([12, 18, 24, 36, 48, 60])
            itog = itog.format(t=ru_term(months).replace("1 год", "1 году").replace("года", "годам").replace("лет", "годам")
                               if itog.startswith("осуждён") else ru_term(months))
        if "{d}" in itog:
            itog = itog.format(d=b.rng.choice([5, 10, 15]))
        if status in ("imprisoned", "restricted_freedom", "probation", "fined", "acquitted") or not criminal:
            v = s_day + dt.timedelta(days=b.rng.randrange(150, 400))
            verdict_cell, v_day, v_prec = _ru_date(b, v, allow_partial=False)
            dates.append((v_day, v_prec))
        note_kind = b.rng.random()
        if note_kind < 0.15:
            note, dvk = b.rng.choice(["блогер, сторонник ДВК", "сотрудничал с «Көше партиясы»",
                                      "освещал акции ДВК, признан участником"]), True
        elif note_kind < 0.2:
            note, dvk = "ДВК?", False
        elif note_kind < 0.25:
            note, dvk = "не связан с ДВК", False
        else:
            note, dvk = b.rng.choice(["", "", "материал о коррупции в акимате", "пост в Facebook",
                                      "сюжет о протестах"]), False
        _write(ws, row, [i, name, b.rng.choice(outlets), city_cell, cell, mera, itog, s_cell, verdict_cell, note])
        b.case(file, sheet, row, name=name, city=city, region=region, articles=articles, status=status, months=months,
               dates=dates, dvk=dvk)
        row += 1
    row += 1
    ws.cell(row=row, column=1, value="Примечание: КоАП — Кодекс об административных правонарушениях; МРП — месячный расчётный показатель.")
    b.other(file, sheet, row)
    ws.cell(row=row + 1, column=1, value="Источник: мониторинг СМИ (сведения уточняются).")
    b.other(file, sheet, row + 1)
    wb.save(folder / file)


# ---------------------------------------------------------------- 3. defence lawyer's caseload
def write_caseload(folder: Path, b: Book) -> None:
    file, sheet = "caseload_advocate_2023-03-15.xlsx", "Текущие дела"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Адвокат Садыкова Г.М. — дела в производстве (на 15.03.2023)"
    header = ["№ п/п", "Подзащитный", "Г.р.", "Квалификация", "Мера пресечения", "Стадия", "Дата возбуждения дела",
              "След. заседание", "Приговор", "Адвокат", "Город", "Примечание"]
    _write(ws, 3, header)
    kinds = ([("under_investigation", "подписка о невыезде", "досудебное расследование", "")] * 10
             + [("pretrial_detention", "содержание под стражей", "досудебное расследование", "")] * 8
             + [("house_arrest", "домашний арест", "судебное разбирательство", "")] * 7
             + [("pretrial_detention", "содержание под стражей", "судебное разбирательство", "")] * 5
             + [("imprisoned", "содержание под стражей", "приговор вступил в силу", "{t} лишения свободы")] * 10
             + [("imprisoned", "содержание под стражей", "апелляция", "{t} лишения свободы")] * 4
             + [("restricted_freedom", "—", "апелляция", "{t} ограничения свободы")] * 7
             + [("probation", "—", "приговор вступил в силу", "условно {t}")] * 5
             + [("fined", "—", "приговор вступил в силу", "штраф 3000 МРП")] * 3
             + [("acquitted", "—", "приговор вступил в силу", "оправдательный приговор")] * 2)
    b.rng.shuffle(kinds)
    row = 4
    for i, (status, mera, stage, verdict) in enumerate(kinds, start=1):
        s, f = b.name()
        name = f"{s} {f}"
        key = ["almaty", "almaty", "astana", "konaev", "taldykorgan", "shymkent", "taraz"][i % 7]
        city, region, ru_city, _ = CITIES[key]
        opened = b.day(dt.date(2020, 9, 1), dt.date(2022, 9, 1))
        k = b.rng.random()
        if k < 0.45:
            o_cell = f"от {opened.day:02d}.{opened.month:02d}.{opened.year}г."
        elif k < 0.7:
            o_cell = f"от {opened.day}.{opened.month}.{opened.year} г."
        else:
            o_cell = dt.datetime(opened.year, opened.month, opened.day)
        months = None
        if "{t}" in verdict:
            months = b.rng.choice([12, 18, 24, 36, 60, 84])
            verdict = verdict.format(t=ru_term(months))
        hearing = ""
        if stage in ("судебное разбирательство", "апелляция"):
            h = b.day(dt.date(2023, 3, 20), dt.date(2023, 6, 1))
            hearing = f"{h.day:02d}.{h.month:02d}.2023" + (", 10:00" if i % 3 == 0 else "")
        by_kind = b.rng.random()
        year = b.rng.randrange(1965, 2002)
        by_cell = year if by_kind < 0.6 else f"{b.rng.randrange(1, 28):02d}.{b.rng.randrange(1, 13):02d}.{year}" \
            if by_kind < 0.9 else None
        arts = ARTICLE_SETS[b.rng.randrange(len(ARTICLE_SETS))]
        qual = ", ".join(_ru_art(b, a, p).replace(" УК РК", "").replace(" УК", "") for a, p in arts) + " УК РК"
        note_kind = b.rng.random()
        if note_kind < 0.2:
            note, dvk = b.rng.choice(["активист ДВК", "по делу «Көше партиясы»", "участник чата ДВК"]), True
        else:
            note, dvk = b.rng.choice(["", "", "ходатайство о смене меры", "жалоба в прокуратуру"]), False
        _write(ws, row, [i, name, by_cell, qual, mera, stage, o_cell, hearing, verdict,
                         b.rng.choice(["Садыкова Г.М.", "Садыкова Г.М.", "Ли В.А. (помощник)"]),
                         ru_city if i % 3 else f"г. {ru_city}", note])
        b.case(file, sheet, row, name=name, city=city, region=region, articles=articles_truth(arts), status=status,
               months=months, dates=[(opened, "day")], birth_year=year if by_cell else None, dvk=dvk)
        row += 1
        if i % 12 == 0:  # a second case of the same person: name, year of birth and town merged over both rows
            mera2 = mera if mera in SECOND_CASE else "подписка о невыезде"
            arts2 = ARTICLE_SETS[(i + 3) % len(ARTICLE_SETS)]
            opened2 = opened + dt.timedelta(days=b.rng.randrange(60, 200))
            _write(ws, row, ["", "", "", ", ".join(_ru_art(b, a, p) for a, p in arts2), mera2,
                             "досудебное расследование", f"от {opened2.day:02d}.{opened2.month:02d}.{opened2.year}г.",
                             "", "", "Садыкова Г.М.", "", ""])
            for col in (2, 3, 11):
                ws.merge_cells(start_row=row - 1, start_column=col, end_row=row, end_column=col)
            b.case(file, sheet, row, name=name, city=city, region=region, articles=articles_truth(arts2),
                   status=SECOND_CASE[mera2], dates=[(opened2, "day")], birth_year=year if by_cell else None)
            row += 1
    wb.save(folder / file)


SECOND_CASE = {"подписка о невыезде": "under_investigation", "содержание под стражей": "pretrial_detention",
               "домашний арест": "house_arrest"}


# ---------------------------------------------------------------- 4. list grouped by region, no city column
REGION_SECTIONS = [  # heading, city of the heading (key or None), region truth, settlements (key or None)
    ("г. Алматы", "almaty", "Almaty", [None]),
    ("г. Астана", "astana", "Astana", [None]),
    ("Алматинская область", None, "Almaty Region", [None, "konaev", "talgar", "kaskelen"]),
    ("область Абай", None, "Abai", [None, "semey"]),
    ("Мангистауская область", None, "Mangystau", [None, "zhanaozen", "aktau"]),
    ("Западно-Казахстанская область", None, "West Kazakhstan", [None, "oral"]),
    ("Карагандинская область", None, "Karaganda", [None, "karaganda", "temirtau"]),
    ("Туркестанская область", None, "Turkistan", [None]),
]
EXTRA_TOWNS = {"talgar": ("Talgar", "Almaty Region", "Талгар"), "kaskelen": ("Kaskelen", "Almaty Region", "Каскелен")}
RU_PUNISH = {
    "imprisoned": ["лишение свободы {t}", "л/с {t}", "{t} лишения свободы"],
    "restricted_freedom": ["ограничение свободы на {t}", "{t} ограничения свободы"],
    "probation": ["{t} условно", "условно {t}"],
    "fined": ["штраф 700 МРП"],
    "house_arrest": ["под домашним арестом"],
    "pretrial_detention": ["в СИЗО", "под стражей"],
    "under_investigation": ["подписка о невыезде", "под следствием"],
    "released": ["освобождён по УДО", "освобождена по УДО"],
    "compulsory_treatment": ["принудительное лечение"],
}


def write_regional(folder: Path, b: Book) -> None:
    file, sheet = "regional_list_2023-05-01.xlsx", "По регионам"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Список лиц, подвергшихся политически мотивированному уголовному преследованию"
    ws["A2"] = "по регионам, по состоянию на 01.05.2023"
    _write(ws, 4, ["№", "ФИО", "Год рождения", "Населённый пункт", "Статья УК РК", "Наказание / мера",
                   "Дата задержания", "Примечание"])
    row, n = 5, 0
    sizes = [12, 10, 14, 8, 9, 7, 9, 6]
    pool = (["imprisoned"] * 25 + ["restricted_freedom"] * 14 + ["probation"] * 9 + ["fined"] * 4
            + ["house_arrest"] * 4 + ["pretrial_detention"] * 7 + ["under_investigation"] * 7 + ["released"] * 3
            + ["compulsory_treatment"] * 2)
    b.rng.shuffle(pool)
    for (heading, hcity, hregion, towns), size in zip(REGION_SECTIONS, sizes):
        ws.cell(row=row, column=1, value=f"{heading} — {size} чел.")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        b.other(file, sheet, row)
        row += 1
        for _ in range(size):
            n += 1
            status = pool.pop()
            s, f = b.name()
            name = f"{s} {f}"
            town = towns[b.rng.randrange(len(towns))]
            if town is None:
                town_cell = ""
                city, region = (CITIES[hcity][0], hregion) if hcity else ("", hregion)
            elif town in EXTRA_TOWNS:
                city, region, town_cell = EXTRA_TOWNS[town]
            else:
                city, region, town_cell, _ = CITIES[town]
                town_cell = town_cell if n % 2 else f"г. {town_cell}"
            arts = ARTICLE_SETS[b.rng.randrange(len(ARTICLE_SETS))]
            art_cell = "; ".join((f"{a} ч.{p}" if p else f"{a}") for a, p in arts) if n % 3 else \
                ", ".join(_ru_art(b, a, p) for a, p in arts)
            months = None
            punish = b.rng.choice(RU_PUNISH[status])
            if "{t}" in punish:
                months = b.rng.choice([12, 18, 24, 30, 36, 60, 72, 96])
                punish = punish.format(t=ru_term(months))
            det = b.day(dt.date(2018, 3, 1), dt.date(2022, 11, 1))
            d_cell, d_day, d_prec = _ru_date(b, det)
            note_kind = b.rng.random()
            if note_kind < 0.25:
                note, dvk = b.rng.choice(["ДВК", "Көше партиясы", "сторонник ДВК, осуждён за репост",
                                          "Уличная партия"]), True
            elif note_kind < 0.3:
                note, dvk = "ДВК?", False
            else:
                note, dvk = b.rng.choice(["", "", "январские события", "верующий", "гражданский активист"]), False
            by = b.rng.choice([None, None] + list(range(1958, 2003)))
            _write(ws, row, [n, name, by, town_cell, art_cell, punish, d_cell, note])
            b.case(file, sheet, row, name=name, city=city, region=region, articles=articles_truth(arts),
                   status=status, months=months, dates=[(d_day, d_prec)], birth_year=by, dvk=dvk)
            row += 1
        _write(ws, row, ["", f"Итого по региону: {size}"])
        b.other(file, sheet, row)
        row += 1
    _write(ws, row, ["", f"ВСЕГО: {n} чел."])
    b.other(file, sheet, row)
    wb.save(folder / file)


# ---------------------------------------------------------------- 5. monitoring workbook, frozen two-row header
def write_monitoring(folder: Path, b: Book) -> None:
    file, sheet = "monitoring_2023-06-30.xlsx", "Мониторинг"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    groups = ["", "Лицо", "", "", "Дело", "", "", "Наказание", "", "", "", "", ""]
    heads = ["ID", "Фамилия, имя", "Дата рождения", "Место", "Статьи УК", "Арест", "Приговор", "Вид", "Срок",
             "Освобождён", "ДВК / Көше", "чек", "len"]
    _write(ws, 1, groups)
    _write(ws, 2, heads)
    ws.merge_cells("B1:D1")
    ws.merge_cells("E1:G1")
    ws.merge_cells("H1:I1")
    for col in ("A", "J", "K", "L", "M"):
        ws.merge_cells(f"{col}1:{col}2")
        ws[f"{col}1"] = heads["ABCDEFGHIJKLM".index(col)]
    ws.freeze_panes = "C3"
    for col in ("A", "L", "M"):
        ws.column_dimensions[col].hidden = True
    kinds = (["imprisoned"] * 18 + ["released"] * 8 + ["restricted_freedom"] * 10 + ["probation"] * 8
             + ["fined"] * 4 + ["under_investigation"] * 5 + ["pretrial_detention"] * 4)
    b.rng.shuffle(kinds)
    vid = {"imprisoned": "лишение свободы", "released": "лишение свободы", "restricted_freedom": "ограничение свободы",
           "probation": "условное осуждение", "fined": "штраф", "under_investigation": "под следствием",
           "pretrial_detention": "под стражей (СИЗО)"}
    row = 3
    for i, status in enumerate(kinds, start=1):
        s, f = b.name()
        name = f"{s}, {f}" if i % 4 == 0 else f"{s} {f}"
        key = ["karaganda", "temirtau", "petropavl", "pavlodar", "kostanay", "kokshetau", "astana", "almaty",
               "oskemen", "semey", "zhezkazgan"][i % 11]
        city, region, ru_city, _ = CITIES[key]
        place = f"{ru_city} (Карагандинская обл.)" if key == "temirtau" and i % 2 else ru_city
        year = b.rng.randrange(1962, 2003)
        bd = dt.date(year, b.rng.randrange(1, 13), b.rng.randrange(1, 28))
        bd_cell = dt.datetime(bd.year, bd.month, bd.day) if i % 2 else f"{bd.day:02d}.{bd.month:02d}.{bd.year}"
        arts = ARTICLE_SETS[b.rng.randrange(len(ARTICLE_SETS))]
        art_cell = ", ".join((f"{a} ч.{p}" if p else str(a)) for a, p in arts)
        arrest = b.day(dt.date(2019, 1, 1), dt.date(2022, 6, 1))
        a_cell, a_day, a_prec = _ru_date(b, arrest)
        dates = [(a_day, a_prec)]
        verdict_cell, term_cell, rel_cell, months = "", "", "", None
        if status not in ("under_investigation", "pretrial_detention"):
            v = arrest + dt.timedelta(days=b.rng.randrange(150, 330))
            verdict_cell = dt.datetime(v.year, v.month, v.day) if i % 3 else f"{v.day:02d}.{v.month:02d}.{v.year}"
            dates.append((v, "day"))
            if status != "fined":
                months = b.rng.choice([12, 18, 24, 30, 36, 60])
                y, m = divmod(months, 12)
                term_cell = b.rng.choice([f"{months} мес.", (f"{y} г. {m} мес." if m else f"{y} г.")])
            if status == "released":
                r = min(v + dt.timedelta(days=b.rng.randrange(60, 500)), dt.date(2023, 6, 1))
                rel_cell = f"{r.day:02d}.{r.month:02d}.{r.year}"
                dates.append((r, "day"))
        yn = b.rng.random()
        if yn < 0.3:
            yn_cell, dvk = "да", True
        elif yn < 0.36:
            yn_cell, dvk = "да?", False
        else:
            yn_cell, dvk = "нет", False
        _write(ws, row, [f"KZ-{i:04d}", name, bd_cell, place, art_cell, a_cell, verdict_cell, vid[status], term_cell,
                         rel_cell, yn_cell, 1, len(name)])
        b.case(file, sheet, row, name=name, city=city, region=region, articles=articles_truth(arts), status=status,
               months=months, dates=dates, birth_year=year, dvk=dvk)
        row += 1
    _write(ws, row, ["", "Итого", "", "", "", "", "", "", "", "", f"{sum(1 for t in b.truth if t.get('dvk_koshe') and t['source_file'] == file)}"])
    ws.cell(row=row, column=2).font = Font(bold=True)
    b.other(file, sheet, row)
    wb.save(folder / file)


# ---------------------------------------------------------------- 6. tab-separated cp1251 export
TSV_STATUS = [  # (status, "Приговор суда" template, "Статус на 01.07.2023" template, months given?)
    ("imprisoned", "{t} лишения свободы", "отбывает наказание", True),
    ("imprisoned", "л/с {t}", "в колонии", True),
    ("released", "{t} лишения свободы", "освобождён {r}", True),
    ("released", "{t} лишения свободы", "освобождён по амнистии {r}", True),
    ("restricted_freedom", "ограничение свободы {t}", "отбывает наказание", True),
    ("probation", "{t} условно", "на свободе, испытательный срок", True),
    ("fined", "штраф 2000 МРП", "штраф выплачен", False),
]


def write_tsv(folder: Path, b: Book) -> None:
    file = "centre_export_cp1251.tsv"
    header = ["п/п", "Ф.И.О.", "Дата рожд.", "Область/город", "Статья", "Приговор суда", "Дата приговора",
              "Статус на 01.07.2023", "Примечания"]
    lines = ["\t".join(header)]
    places = [("karaganda", "Карагандинская обл., г. Караганда"), ("temirtau", "Карагандинская обл., г. Темиртау"),
              ("aktobe", "г. Актобе"), ("atyrau", "Атырауская обл., г. Атырау"), ("kyzylorda", "г. Кызылорда"),
              ("shymkent", "г. Шымкент"), ("oral", "ЗКО, г. Уральск"), ("pavlodar", "г. Павлодар")]
    n = 0
    for i in range(44):
        if i == 22:
            lines.append("")  # a blank line, as exports have: not a row
        status, verdict, now, has_term = TSV_STATUS[(i * 5) % len(TSV_STATUS)]
        s, f = b.name()
        name = f"{s} {f}"
        key, place = places[i % len(places)]
        city, region, _, _ = CITIES[key]
        arts = ARTICLE_SETS[b.rng.randrange(len(ARTICLE_SETS))]
        art_cell = "; ".join(_ru_art(b, a, p) for a, p in arts)
        months = b.rng.choice([12, 24, 36, 48, 60, 72]) if has_term else None
        v = b.day(dt.date(2019, 6, 1), dt.date(2022, 6, 1))
        v_cell = f"{v.day:02d}.{v.month:02d}.{v.year}" + ("г." if i % 3 == 0 else "")
        dates = [(v, "day")]
        r_cell = ""
        if "{r}" in now:
            r = min(v + dt.timedelta(days=b.rng.randrange(100, 600)), dt.date(2023, 6, 15))
            r_cell = f"{r.day:02d}.{r.month:02d}.{r.year}"
            dates.append((r, "day"))
        year = b.rng.randrange(1960, 2000)
        by_cell = f"{b.rng.randrange(1, 28):02d}.{b.rng.randrange(1, 13):02d}.{year}" if i % 4 else f"{year}"
        note_kind = b.rng.random()
        note, dvk = (("член ДВК", True) if note_kind < 0.2 else
                     ("по списку «Көше партиясы»".replace("ө", "о"), True) if note_kind < 0.25 else
                     (b.rng.choice(["", "", "этапирован", "письма не доходят"]), False))
        cells = [str(i + 1), name, by_cell, place, art_cell, verdict.format(t=ru_term(months) if months else ""),
                 v_cell, now.format(r=r_cell), note]
        lines.append("\t".join(cells))
        n += 1
        b.case(file, "", len(lines), name=name, city=city, region=region, articles=articles_truth(arts),
               status=status, months=months, dates=dates, birth_year=year, dvk=dvk)
    lines.append(f"\tВсего: {n}")
    b.other(file, "", len(lines))
    lines.append("* сведения по данным родственников")
    b.other(file, "", len(lines))
    (folder / file).write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251"))


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the five lists into `folder`; return the truth (one row per non-blank row below a header)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    b = Book()
    write_wgad(folder, b)
    write_media(folder, b)
    write_caseload(folder, b)
    write_regional(folder, b)
    write_monitoring(folder, b)
    write_tsv(folder, b)
    truth = pd.DataFrame(b.truth)
    truth["sentence_months"] = truth["sentence_months"].astype("Int64")
    truth["birth_year"] = truth["birth_year"].astype("Int64")
    return truth
