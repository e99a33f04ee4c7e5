"""Red-team set 7: four lists in layouts and wordings written by an outsider (hold-out set).

Written without reading the sample generator, the vocabularies or the header table. Every name is
invented; the rows are generated deterministically (random.Random(7)), so the truth is the same on
every run. `write_lists(folder)` writes the files and returns the truth: one row per non-blank row
below a header (kind "case" or "not_a_case"), with the fields of the README's data dictionary for the cases.

Files and what each stresses
----------------------------
1. `bsa_vygruzka_2021_2023.xlsx`, sheet "Акты" -- an extract of the Bank of Judicial Acts: one row
   per first-instance court act. Three title rows and a blank row above a one-row header; columns
   case number, court, region (as at the time of the act), judge, date of the act (date cells,
   "14.03.2022 г." text, a few Excel serial numbers), kind of act, qualification (articles with
   parts, "п.2 ч.4 ст.274"), the operative part of the verdict in full court Russian (punishment and
   its term in words, "2 (два) года 6 (шесть) месяцев", an added ban on political activity), the
   defendant and his or her date of birth. The city is only in the court's name
   ("Уральский городской суд ..."), the region column gives the region at the time (East Kazakhstan
   for Semey in 2021). Totals and a note below the data.
2. `tracker_shared_export.csv` (UTF-8, comma, as Google Sheets exports) -- a journalist's sheet:
   a title line above the header, English and Russian mixed in headers and values, irrelevant
   columns (lawyer, where held, links, checked by), dates in many ways (12.07.2021, 2021-07-12,
   July 12, 2021, 12 Jul 2021, 12/07/2021, июль 2021, 03.2021, 2021), statuses as people write them
   ("in SIZO", "serving time", "free (served term)", "released early (parole)"), the DVK / Koshe tie
   only in a free-text notes column, with doubt ("ДВК?") and negation.
3. `qantar_2022_spisok.xlsx`, sheet "Список" -- people detained after January 2022: two title rows,
   a two-row header with merged group cells ("Уголовное преследование", "Итог"), a row numbering
   the columns, city section rows ("г. Алматы", "г. Капшагай (ныне Конаев)") with no city column at
   all, subtotal rows per city, a grand total and a footnote; articles 272, 380, 269 with parts,
   sometimes with a CAO article beside them; measures of restraint and verdicts in separate columns,
   amnesty releases (date and grounds of release in their own columns); a person with two cases
   whose name and year cells are merged over both rows.
   Sheet "Маңғыстау" -- the same in Kazakh (Жаңаөзен, Ақтау), one header row, Kazakh dates and terms.
4. `shygys_monitoring.xlsx`, sheet "Мониторинг" -- a small regional sheet in Kazakh Cyrillic whose
   every header is an unusual wording ("Қудалауға түскен азамат", "Дүниеге келген жылы",
   "Мекенжайы (елді мекен)", "Істің барысы", "Қылмыстық іс басталған күн", "Саяси ұйымға қатысы"...),
   a party column with ҚДТ / Көше партиясы / жоқ / ҚДТ?, towns beyond the regional centres (Ridder,
   Kurchatov), rows with no date at all, a total and a source line.

Decisions taken for the truth
-----------------------------
- city: the current official English name of the place of the case: the city in the court's name
  (file 1), the city cell (2, 3b, 4) or the city section heading (3a). Капшагай -> Konaev.
- region: the current region of that city (the README), even where the list's own region column gives the
  region of the time (Semey -> Abai, Taldykorgan -> Jetisu, Zhezkazgan -> Ulytau).
- articles: criminal-code articles only, ascending, part in brackets where given; a point inside a
  part ("п.2 ч.4 ст.274") gives the part (274(4)); CAO articles (КоАП) are left out. An acquitted
  person keeps the articles he or she was tried under.
- status: the latest stage the row documents. A verdict beats the measure of restraint before it;
  a release date or release grounds beat the verdict (released, keeping the term); "дело прекращено
  по амнистии" after custody is released; УДО / parole is released; "подписка о невыезде" (written
  undertaking, no verdict) is under_investigation; "условно" is probation; compulsory medical
  measures are compulsory_treatment; a fine is fined.
- sentence_months: the term of the main punishment or of the suspended sentence; an added ban on
  activity ("лишить права ... на 5 лет") and hours of forced labour are not the term; no term for
  fines, detention, house arrest, investigation, acquittal, treatment.
- started_on: earliest of detained / charged / sentenced / released dates in the row (date of the
  court act in file 1), first day of a partial date, with its precision; a two-digit year "22" is
  2022. Rows with no date have no started_on and no precision.
- birth_year: the year of the year cell or of the date of birth.
- dvk_koshe: True only where the row names DVK / ҚДТ / QDT / Koshe Partiyasy / Көше партиясы /
  Street Party; a doubt ("ДВК?", "ҚДТ?"), a negation, "жоқ" or an unnamed "запрещённая
  организация" under art. 405 are False.
- not_a_case rows: section headings, the column-numbering row, subtotals, totals, notes, footnotes.
  Title rows above the header and the second row of a two-row header are not rows below a header.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

TRUTH_COLUMNS = ["source_file", "source_sheet", "source_row", "kind", "city", "region", "articles", "status",
                 "sentence_months", "started_on", "started_precision", "birth_year", "dvk_koshe", "name"]

# --- invented people -------------------------------------------------------------------------------------
SURNAMES_M = ["Сейткали", "Жумабеков", "Оспанов", "Ким", "Мусин", "Петренко", "Абдрахманов", "Кенжебаев", "Шульц",
              "Тулегенов", "Ахметжанов", "Исмаилов", "Нурпеисов", "Волков", "Байжанов", "Садыков", "Ермеков",
              "Калиев", "Орлов", "Токтаров", "Хасанов", "Дюсенов", "Рахимов", "Бекмурзин", "Цой", "Литвиненко",
              "Омаров", "Сарсенбаев", "Галиев", "Мамыров"]
FIRST_M = ["Нурлан", "Ерлан", "Асхат", "Дамир", "Максим", "Олжас", "Серик", "Бауыржан", "Андрей", "Тимур", "Руслан",
           "Арман", "Жандос", "Виктор", "Канат", "Ильяс", "Мурат", "Даурен", "Алексей", "Ержан"]
FIRST_F = ["Айгуль", "Динара", "Салтанат", "Елена", "Жанар", "Гульнара", "Асель", "Ольга", "Мадина", "Баян"]
PATRON_M = ["Бахытжанович", "Серикович", "Кайратович", "Иванович", "Маратович", "Ерланович", "Амангельдиевич",
            "Петрович", "Нурланович", "Талгатович"]
LATIN_SURNAMES = ["Seitkali", "Zhumabekov", "Ospanov", "Kim", "Musin", "Petrenko", "Abdrakhmanov", "Kenzhebayev",
                  "Tulegenov", "Akhmetzhanov", "Ismailov", "Nurpeisov", "Volkov", "Baizhanov", "Sadykov", "Yermekov",
                  "Tsoi", "Omarov", "Sarsenbayev", "Galiyev", "Qasymov", "Dzhaksybekova", "Bekova", "Sultanova"]
LATIN_FIRST = ["Nurlan", "Yerlan", "Askhat", "Damir", "Maksim", "Olzhas", "Serik", "Baurzhan", "Timur", "Ruslan",
               "Arman", "Zhandos", "Kanat", "Ilyas", "Murat", "Dauren", "Aigul", "Dinara", "Saltanat", "Zhanar"]
KK_SURNAMES = ["Қасымов", "Әбілов", "Нұрланұлы", "Серікбаев", "Өтепов", "Жақсыбеков", "Құдайбергенов", "Төлеуов",
               "Ермекұлы", "Бекқожаев", "Сәрсенов", "Мұқанов", "Иманғалиев", "Қайратұлы"]
KK_FIRST = ["Ержан", "Нұрсұлтан", "Ақжол", "Бақыт", "Серік", "Әсет", "Мейрам", "Дәурен", "Ғалым", "Қанат",
            "Айгерім", "Жанар", "Гүлнар", "Әлия"]


def _female(surname: str) -> str:
    return surname + "а" if surname.endswith(("ов", "ев", "ин")) else surname


def ru_name(rng: random.Random) -> tuple[str, str]:
    """Full name and the initials form used in court texts ('Сейткали Н.Б.')."""
    sur = rng.choice(SURNAMES_M)
    if rng.random() < 0.2:
        sur = _female(sur)
        first, patron = rng.choice(FIRST_F), rng.choice(["Серикқызы", "Маратовна", "Ивановна", "Кайратовна", "Нурлановна"])
    else:
        first, patron = rng.choice(FIRST_M), rng.choice(PATRON_M)
    return f"{sur} {first} {patron}", f"{sur} {first[0]}.{patron[0]}."


# --- places: official English name, current region, Russian, Kazakh ---------------------------------------
PLACES = {
    "Astana": ("Astana", "Астана", "Астана"),
    "Almaty": ("Almaty", "Алматы", "Алматы"),
    "Shymkent": ("Shymkent", "Шымкент", "Шымкент"),
    "Oral": ("West Kazakhstan", "Уральск", "Орал"),
    "Semey": ("Abai", "Семей", "Семей"),
    "Oskemen": ("East Kazakhstan", "Усть-Каменогорск", "Өскемен"),
    "Konaev": ("Almaty Region", "Конаев", "Қонаев"),
    "Taldykorgan": ("Jetisu", "Талдыкорган", "Талдықорған"),
    "Zhezkazgan": ("Ulytau", "Жезказган", "Жезқазған"),
    "Aktobe": ("Aktobe", "Актобе", "Ақтөбе"),
    "Pavlodar": ("Pavlodar", "Павлодар", "Павлодар"),
    "Karaganda": ("Karaganda", "Караганда", "Қарағанды"),
    "Kyzylorda": ("Kyzylorda", "Кызылорда", "Қызылорда"),
    "Taraz": ("Zhambyl", "Тараз", "Тараз"),
    "Atyrau": ("Atyrau", "Атырау", "Атырау"),
    "Kostanay": ("Kostanay", "Костанай", "Қостанай"),
    "Petropavl": ("North Kazakhstan", "Петропавловск", "Петропавл"),
    "Aktau": ("Mangystau", "Актау", "Ақтау"),
    "Zhanaozen": ("Mangystau", "Жанаозен", "Жаңаөзен"),
    "Ekibastuz": ("Pavlodar", "Экибастуз", "Екібастұз"),
    "Ridder": ("East Kazakhstan", "Риддер", "Риддер"),
    "Kurchatov": ("Abai", "Курчатов", "Курчатов"),
}

RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]
RU_MONTHS_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                 "ноябрь", "декабрь"]
KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша",
             "желтоқсан"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def first_of(d: dt.date, precision: str) -> dt.date:
    return {"day": d, "month": d.replace(day=1), "year": d.replace(month=1, day=1)}[precision]


def earliest(dates: list[tuple[dt.date, str]]) -> tuple[str, str]:
    """started_on and its precision from (date, precision) pairs; ties keep the finer precision."""
    if not dates:
        return "", ""
    order = {"day": 0, "month": 1, "year": 2}
    d, p = min(((first_of(d, p), p) for d, p in dates), key=lambda t: (t[0], order[t[1]]))
    return d.isoformat(), p


def fmt_articles(arts: list[tuple[int, int | None]]) -> str:
    return "; ".join(f"{a}({p})" if p else str(a) for a, p in sorted(arts, key=lambda t: (t[0], t[1] or 0)))


# --- a tiny sheet writer that keeps the truth ---------------------------------------------------------------
class Sheet:
    def __init__(self, ws, file: str, sheet: str, truth: list[dict]):
        self.ws, self.file, self.sheet, self.truth, self.row = ws, file, sheet, truth, 0

    def put(self, values: list, kind: str | None = None, fields: dict | None = None, dates: dict | None = None) -> int:
        """Write one row; kind None means above the header (title, header) and not in the truth."""
        self.row += 1
        for col, v in enumerate(values, start=1):
            if v is None or v == "":
                continue
            cell = self.ws.cell(row=self.row, column=col, value=v)
            if isinstance(v, (dt.date, dt.datetime)):
                cell.number_format = "DD.MM.YYYY"
        if kind:
            _truth_row(self.truth, self.file, self.sheet, self.row, kind, fields)
        return self.row

    def blank(self):
        self.row += 1


def _truth_row(truth: list[dict], file: str, sheet: str, row: int, kind: str, fields: dict | None):
    rec = {c: "" for c in TRUTH_COLUMNS}
    rec.update(source_file=file, source_sheet=sheet, source_row=row, kind=kind, dvk_koshe=False)
    if fields:
        rec.update(fields)
        rec["region"] = PLACES[rec["city"]][0] if rec.get("city") else ""
    truth.append(rec)


# =========================================================================================================
# 1. Bank of Judicial Acts extract
# =========================================================================================================
COURTS = {  # city -> (court name before the 2022 changes, after), region as the extract writes it (before, after)
    "Astana": (("Специализированный межрайонный суд по уголовным делам г. Нур-Султана",
                "Специализированный межрайонный суд по уголовным делам г. Астаны"), ("г. Нур-Султан", "г. Астана")),
    "Almaty": (("Медеуский районный суд г. Алматы", "Алмалинский районный суд г. Алматы"), ("г. Алматы", "г. Алматы")),
    "Shymkent": (("Енбекшинский районный суд г. Шымкента",) * 2, ("г. Шымкент", "г. Шымкент")),
    "Oral": (("Уральский городской суд Западно-Казахстанской области",) * 2,
             ("Западно-Казахстанская область", "Западно-Казахстанская область")),
    "Semey": (("Семейский городской суд №2 Восточно-Казахстанской области", "Семейский городской суд №2 области Абай"),
              ("Восточно-Казахстанская область", "область Абай")),
    "Oskemen": (("Усть-Каменогорский городской суд",) * 2, ("Восточно-Казахстанская область",) * 2),
    "Konaev": (("Капшагайский городской суд Алматинской области", "Конаевский городской суд Алматинской области"),
               ("Алматинская область", "Алматинская область")),
    "Taldykorgan": (("Талдыкорганский городской суд",) * 2, ("Алматинская область", "область Жетісу")),
    "Zhezkazgan": (("Жезказганский городской суд",) * 2, ("Карагандинская область", "область Ұлытау")),
    "Aktobe": (("Актюбинский городской суд №2",) * 2, ("Актюбинская область",) * 2),
    "Pavlodar": (("Павлодарский городской суд №2",) * 2, ("Павлодарская область",) * 2),
    "Kyzylorda": (("Кызылординский городской суд",) * 2, ("Кызылординская область",) * 2),
    "Taraz": (("Таразский городской суд",) * 2, ("Жамбылская область",) * 2),
}
SPLIT_DAY = dt.date(2022, 6, 8)
NUM_WORDS = {1: "один", 2: "два", 3: "три", 4: "четыре", 5: "пять", 6: "шесть", 7: "семь", 8: "восемь", 9: "девять",
             10: "десять", 11: "одиннадцать"}


def ru_term_words(months: int) -> str:
    """'2 (два) года 6 (шесть) месяцев' as a court writes a term."""
    y, m = divmod(months, 12)
    parts = []
    if y:
        unit = "год" if y == 1 else "года" if y in (2, 3, 4) else "лет"
        parts.append(f"{y} ({NUM_WORDS[y]}) {unit}")
    if m:
        unit = "месяц" if m == 1 else "месяца" if m in (2, 3, 4) else "месяцев"
        parts.append(f"{m} ({NUM_WORDS[m]}) {unit}")
    return " ".join(parts)


def ru_art(a: int, p: int | None, point: int | None = None) -> str:
    s = f"ч.{p} ст.{a}" if p else f"ст.{a}"
    return f"п.{point} {s}" if point else s


def write_bsa(folder: Path, truth: list[dict], rng: random.Random) -> None:
    file, sheet = "bsa_vygruzka_2021_2023.xlsx", "Акты"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    s = Sheet(ws, file, sheet, truth)
    s.put(["Выгрузка из Банка судебных актов (office.sud.kz)"])
    s.put(["Запрос: уголовные дела по ст. 174, 274, 405 УК РК; судебные акты первой инстанции; период 01.01.2021 – 31.12.2023"])
    s.put(["Дата выгрузки: 15.01.2024. Сведения приведены так, как они опубликованы в Банке."])
    s.blank()
    s.put(["№ п/п", "Номер дела", "Наименование суда", "Регион", "Судья", "Дата судебного акта", "Вид акта",
           "Квалификация", "Резолютивная часть", "Подсудимый", "Дата рождения"])
    ws.row_dimensions[s.row].height = 30
    for c in ws[s.row]:
        c.font = Font(bold=True)
    judges = ["Ахметова Г.С.", "Иванов П.Р.", "Жакупов Е.М.", "Сулейменова А.К.", "Ли В.Ю.", "Бекенов Т.Т."]
    kinds = ["imprisoned"] * 30 + ["restricted_freedom"] * 30 + ["fined"] * 16 + ["acquitted"] * 6 + ["compulsory_treatment"] * 6
    rng.shuffle(kinds)
    cities = list(COURTS)
    n = 0
    for i, status in enumerate(kinds):
        n += 1
        city = cities[i % len(cities)] if i < 26 else rng.choice(cities)
        when = rand_date(rng, dt.date(2021, 1, 11), dt.date(2023, 12, 22))
        after = when >= SPLIT_DAY if city != "Konaev" else when >= dt.date(2022, 5, 3)
        court = COURTS[city][0][1 if after else 0]
        region_text = COURTS[city][1][1 if when >= SPLIT_DAY else 0]
        if city == "Astana" and when >= dt.date(2022, 9, 17):
            court, region_text = COURTS[city][0][1], "г. Астана"
        elif city == "Astana":
            court, region_text = COURTS[city][0][0], "г. Нур-Султан"
        full, short = ru_name(rng)
        born = rand_date(rng, dt.date(1958, 1, 1), dt.date(2001, 12, 31))
        # articles: 405(2) mostly, 174(1) or 174(2), 274(2) or 274 p.2 part 4
        r = rng.random()
        points = {}
        if r < 0.45:
            arts = [(405, 2)]
        elif r < 0.55:
            arts = [(405, 1)]
        elif r < 0.7:
            arts = [(174, rng.choice([1, 2])), (405, 2)]
        elif r < 0.82:
            arts = [(174, 1)]
        elif r < 0.92:
            arts = [(274, 2)]
        else:
            arts, points = [(274, 4)], {274: 2}
        order = sorted(arts, key=lambda t: -t[0]) if i % 3 == 0 else sorted(arts)
        qual = ", ".join(ru_art(a, p, points.get(a)) for a, p in order) + (" УК РК" if i % 4 else " Уголовного кодекса РК")
        in_text = ", ".join(ru_art(a, p, points.get(a)) for a, p in order) + " УК РК"
        has405 = any(a == 405 for a, _ in arts)
        tie = False
        org = ""
        if has405:
            pick = rng.random()
            if pick < 0.35:
                org, tie = " в участии в деятельности экстремистской организации «Демократический выбор Казахстана», запрещённой судом, то есть", True
            elif pick < 0.55:
                org, tie = " в участии в деятельности организации «Көше партиясы», признанной экстремистской, то есть", True
            elif pick < 0.75:
                org = " в участии в деятельности запрещённой судом организации, то есть"
        months: int | str = ""
        act = "Приговор"
        guilty = "виновной" if full.endswith(("вна", "қызы")) else "виновным"
        if status == "imprisoned":
            months = rng.choice([6, 12, 18, 24, 30, 36, 48, 60, 84])
            regime = rng.choice(["минимальной", "средней", "максимальной"])
            text = (f"Признать {short} {guilty}{org} в совершении уголовного правонарушения, предусмотренного {in_text}, "
                    f"и назначить наказание в виде лишения свободы сроком на {ru_term_words(months)} с отбыванием "
                    f"в учреждении уголовно-исполнительной системы {regime} безопасности.")
        elif status == "restricted_freedom":
            months = rng.choice([12, 18, 24, 36, 48])
            text = (f"Признать {short} {guilty}{org} в совершении уголовного правонарушения, предусмотренного {in_text}, "
                    f"и назначить наказание в виде ограничения свободы сроком на {ru_term_words(months)} с привлечением "
                    f"к принудительному труду 100 (сто) часов ежегодно.")
            if i % 2 == 0:
                text += " Лишить права заниматься общественной и политической деятельностью сроком на 5 (пять) лет."
        elif status == "fined":
            mci = rng.choice([500, 1000, 1500, 2000])
            text = (f"Признать {short} {guilty}{org} в совершении уголовного правонарушения, предусмотренного {in_text}, "
                    f"и назначить наказание в виде штрафа в размере {mci} МРП, что составляет {mci * 3063} тенге.")
        elif status == "acquitted":
            act = "Оправдательный приговор"
            text = f"{short} по обвинению по {in_text} оправдать за отсутствием в деянии состава уголовного правонарушения."
        else:
            act = "Постановление"
            text = (f"Освободить {short} от уголовной ответственности за запрещённое уголовным законом деяние, "
                    f"предусмотренное {in_text}, и применить принудительные меры медицинского характера в виде "
                    f"принудительного лечения в психиатрической организации специализированного типа с интенсивным наблюдением.")
        if i % 9 == 4:
            date_cell = f"{when:%d.%m.%Y} г."
        elif i % 13 == 6:
            date_cell = (when - dt.date(1899, 12, 30)).days  # an Excel serial number left as a number
        else:
            date_cell = when
        born_cell = born if i % 3 else f"{born:%d.%m.%Y}"
        case_no = f"{rng.randint(1, 9)}{rng.randint(100, 999)}-{when:%y}-00-1/{rng.randint(10, 999)}"
        started, prec = when.isoformat(), "day"
        s.put([n, case_no, court, region_text, rng.choice(judges), date_cell, act, qual, text, full, born_cell],
              "case", dict(city=city, articles=fmt_articles(arts), status=status, sentence_months=months,
                           started_on=started, started_precision=prec, birth_year=born.year, dvk_koshe=tie, name=full))
    for row in ws.iter_rows(min_row=6, max_row=s.row):
        row[8].alignment = Alignment(wrap_text=True)
    s.blank()
    s.put([f"Всего судебных актов: {n}"], "not_a_case")
    s.put(["Примечание: выгрузка сделана вручную; акты апелляционной инстанции в неё не включены."], "not_a_case")
    wb.save(folder / file)


# =========================================================================================================
# 2. A journalist's shared spreadsheet exported as CSV
# =========================================================================================================
CITY_WRITTEN_EN = {
    "Astana": ["Nur-Sultan", "Astana", "Астана", "Nursultan", "г. Нур-Султан"],
    "Almaty": ["Almaty", "Алматы", "Alma-Ata", "almaty "],
    "Shymkent": ["Shymkent", "Шымкент", "Chimkent"],
    "Oral": ["Uralsk", "Oral", "Уральск"],
    "Semey": ["Semey", "Semipalatinsk", "Семей"],
    "Oskemen": ["Ust-Kamenogorsk", "Oskemen", "Усть-Каменогорск"],
    "Konaev": ["Kapchagay", "Konaev", "Капшагай"],
    "Taldykorgan": ["Taldykorgan", "Талдыкорган"],
    "Zhezkazgan": ["Zhezkazgan", "Жезказган"],
    "Aktobe": ["Aktobe", "Актобе", "Aqtobe"],
    "Atyrau": ["Atyrau", "Атырау"],
    "Kostanay": ["Kostanay", "Qostanay", "Костанай"],
    "Petropavl": ["Petropavlovsk", "Петропавловск"],
    "Aktau": ["Aktau", "Актау"],
    "Pavlodar": ["Pavlodar"],
    "Karaganda": ["Karaganda", "Караганда"],
    "Kyzylorda": ["Kyzylorda", "Кызылорда"],
    "Taraz": ["Taraz", "Тараз"],
}
STATUS_WRITTEN_EN = {
    "imprisoned": ["in prison", "serving time (colony)", "колония", "jailed, serving sentence"],
    "restricted_freedom": ["restricted freedom", "огр. свободы", "restriction of liberty"],
    "probation": ["suspended sentence", "условный срок", "probation (suspended)"],
    "fined": ["fined", "штраф"],
    "pretrial_detention": ["in SIZO", "pre-trial detention", "под стражей (СИЗО)"],
    "house_arrest": ["house arrest", "домашний арест", "under house arrest"],
    "under_investigation": ["under investigation (not detained)", "под следствием, на свободе", "being investigated"],
    "released": ["released", "free (served term)", "освобождён", "released early (parole)", "вышел по УДО"],
    "acquitted": ["acquitted", "оправдан"],
}
TIES_EN = [("DVK activist", True), ("member of Koshe Partiyasy", True), ("Көше партиясы supporter", True),
           ("QDT (Democratic Choice) coordinator in the city", True), ("Street Party (Koshe) supporter", True),
           ("сторонник ДВК", True), ("ДВК?", False), ("no DVK link claimed by anyone", False),
           ("blogger, critic of the akimat", False), ("", False), ("", False), ("", False), ("trade union activist", False),
           ("", False)]


def en_date(d: dt.date, precision: str, style: int) -> str:
    if precision == "year":
        return str(d.year) if style % 2 else f"{d.year} г."
    if precision == "month":
        return [f"{RU_MONTHS_NOM[d.month - 1]} {d.year}", f"{d:%m.%Y}", f"{EN_MONTHS[d.month - 1]} {d.year}"][style % 3]
    return [f"{d:%d.%m.%Y}", d.isoformat(), f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
            f"{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}", f"{d:%d/%m/%Y}", f"{d.day} {RU_MONTHS_GEN[d.month - 1]} {d.year}",
            f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"][style % 7]


def en_term(months: int, style: int) -> str:
    y, m = divmod(months, 12)
    if style % 3 == 0:
        return f"{months} months" if not y or m else f"{y} years" if y > 1 else "1 year"
    if style % 3 == 1:
        return " ".join(x for x in (f"{y} yrs" if y else "", f"{m} mo" if m else "") if x)
    ru = []
    if y:
        ru.append(f"{y} {'год' if y == 1 else 'года' if y < 5 else 'лет'}")
    if m:
        ru.append(f"{m} мес.")
    return " ".join(ru)


def en_articles(arts: list[tuple[int, int | None]], style: int) -> str:
    if style % 4 == 0:
        return ", ".join(f"{a}({p})" if p else str(a) for a, p in arts)
    if style % 4 == 1:
        return " and ".join(f"Art. {a} part {p}" if p else f"Art. {a}" for a, p in arts)
    if style % 4 == 2:
        return "; ".join(f"ч.{p} ст.{a} УК" if p else f"ст.{a} УК" for a, p in arts)
    return " + ".join(f"{a} pt {p}" if p else f"{a}" for a, p in arts) + " CC"


def write_tracker(folder: Path, truth: list[dict], rng: random.Random) -> None:
    file = "tracker_shared_export.csv"
    header = ["#", "Name / ФИО", "Year born", "City / город", "Article(s)", "Status now", "Term", "Detained",
              "Case opened", "Verdict date", "Released", "Lawyer", "Where held", "Source link", "Notes / Примечания",
              "checked by"]
    lines = [["KZ political cases: shared working copy (do not publish) - edited 03.2024"] + [""] * (len(header) - 1), header]
    statuses = (["imprisoned"] * 14 + ["restricted_freedom"] * 14 + ["probation"] * 10 + ["fined"] * 6
                + ["pretrial_detention"] * 8 + ["house_arrest"] * 5 + ["under_investigation"] * 8 + ["released"] * 13
                + ["acquitted"] * 4)
    rng.shuffle(statuses)
    cities = list(CITY_WRITTEN_EN)
    lawyers = ["adv. Ivanov A.", "Жакенова С.", "pro bono (KIBHR)", "", "Ли О.", ""]
    held = {"imprisoned": ["UG-157/11 colony", "ИК-12, Павлодарская обл.", "colony near Karaganda"],
            "pretrial_detention": ["SIZO-1", "СИЗО ДП"], "house_arrest": ["home"]}
    for i, status in enumerate(statuses):
        city = cities[i % len(cities)] if i < 36 else rng.choice(cities)
        written_city = rng.choice(CITY_WRITTEN_EN[city])
        if rng.random() < 0.5:
            name = f"{rng.choice(LATIN_SURNAMES).upper()} {rng.choice(LATIN_FIRST)}"
        else:
            name = ru_name(rng)[0]
        birth = rng.randint(1960, 2000) if i % 6 else ""
        born_cell = "" if birth == "" else (str(birth) if i % 5 else f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{birth}")
        r = rng.random()
        arts = ([(405, 2)] if r < 0.4 else [(405, 2), (174, 1)] if r < 0.55 else [(174, 1)] if r < 0.65
                else [(274, 2)] if r < 0.75 else [(405, 1)] if r < 0.82 else [(400, None)] if r < 0.88 else [(182, 2), (405, 2)] if r < 0.94
                else [(174, 2), (179, None)])
        art_cell = en_articles(arts, i)
        if i % 11 == 3:
            art_cell += "; CAO 488"
        # the stages and their dates
        detained = charged = verdict = released = None
        start = rand_date(rng, dt.date(2018, 3, 20), dt.date(2022, 3, 1))
        months: int | str = ""
        if status in ("under_investigation",):
            charged = start
        elif status in ("pretrial_detention", "house_arrest"):
            detained = start
            charged = start + dt.timedelta(days=rng.randint(0, 3)) if i % 2 else None
        else:
            if i % 3:
                detained = start
            else:
                charged = start
            verdict = start + dt.timedelta(days=rng.randint(60, 300))
            if status in ("imprisoned", "restricted_freedom", "probation", "released"):
                months = rng.choice([12, 18, 24, 30, 36, 48, 60])
            if status == "released":
                released = verdict + dt.timedelta(days=rng.randint(100, 450))
        precs = {}
        cells = {}
        for key, d in (("detained", detained), ("charged", charged), ("verdict", verdict), ("released", released)):
            if d is None:
                cells[key] = ""
                continue
            p = "day" if (i + len(key)) % 6 else ("month" if i % 4 else "year")
            if key == "released":
                p = "day"
            precs[key] = (d, p)
            cells[key] = en_date(d, p, i + len(key))
        started, prec = earliest(list(precs.values()))
        status_cell = rng.choice(STATUS_WRITTEN_EN[status])
        term_cell = en_term(months, i) if months != "" else ""
        if status == "fined":
            term_cell = rng.choice(["500 MCI", "штраф 1000 МРП", ""])
        tie_note, tie = TIES_EN[i % len(TIES_EN)]
        if tie and not any(a == 405 for a, _ in arts) and i % 2:
            tie_note = tie_note + "; charged for a post"
        lines.append([str(i + 1), name, born_cell, written_city, art_cell, status_cell, term_cell, cells["detained"],
                      cells["charged"], cells["verdict"], cells["released"], rng.choice(lawyers),
                      rng.choice(held.get(status, [""])), f"https://example.org/kz-cases/{1000 + i}", tie_note,
                      rng.choice(["AB", "mk", "", "AB 02/24"])])
        _truth_row(truth, file, "", len(lines), "case",
                   dict(city=city, articles=fmt_articles(arts), status=status, sentence_months=months, started_on=started,
                        started_precision=prec, birth_year=birth, dvk_koshe=tie, name=" ".join(name.split())))
    lines.append([""] * len(header))
    lines.append(["Legend: dates as known to us; 'Case opened' = date the criminal case was registered"] + [""] * (len(header) - 1))
    _truth_row(truth, file, "", len(lines), "not_a_case", None)
    with open(folder / file, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(lines)


# =========================================================================================================
# 3. People detained after January 2022
# =========================================================================================================
QANTAR_SECTIONS = [("г. Алматы", "Almaty", 26), ("г. Талдыкорган", "Taldykorgan", 10),
                   ("г. Капшагай (ныне Конаев)", "Konaev", 8), ("г. Тараз", "Taraz", 12), ("г. Шымкент", "Shymkent", 10),
                   ("г. Актобе", "Aktobe", 8), ("г. Кызылорда", "Kyzylorda", 6)]


def _qantar_case(rng: random.Random, i: int) -> dict:
    """One January-2022 case: its stages, articles and how the list writes them."""
    r = rng.random()
    arts = ([(272, 2)] if r < 0.4 else [(272, 2), (380, 1)] if r < 0.55 else [(380, 1)] if r < 0.65 else
            [(380, 2)] if r < 0.72 else [(269, 2)] if r < 0.8 else [(272, 2), (269, 2)] if r < 0.88 else [(272, 3)] if r < 0.94
            else [(272, 1)])
    detained = rand_date(rng, dt.date(2022, 1, 5), dt.date(2022, 1, 21))
    kinds = ["pretrial_detention", "house_arrest", "under_investigation", "imprisoned", "imprisoned", "restricted_freedom",
             "probation", "fined", "released_amnesty", "released_amnesty", "released_dropped", "acquitted"]
    kind = kinds[i % len(kinds)] if i < 24 else rng.choice(kinds)
    return dict(arts=arts, detained=detained, kind=kind, verdict=detained + dt.timedelta(days=rng.randint(90, 260)),
                months=rng.choice([24, 36, 48, 60, 72, 96]), release=dt.date(2022, 11, rng.randint(10, 30)))


def write_qantar(folder: Path, truth: list[dict], rng: random.Random) -> None:
    file = "qantar_2022_spisok.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Список"
    s = Sheet(ws, file, "Список", truth)
    s.put(["Список лиц, задержанных и привлечённых к уголовной ответственности в связи с январскими событиями 2022 года"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=11)
    s.put(["(данные мониторинга по состоянию на 01.03.2023; список неполный)"])
    s.put(["№", "ФИО", "Год рожд.", "Уголовное преследование", "", "", "Итог", "", "", "", "Примечание"])
    s.put(["", "", "", "Статья УК РК", "Дата задержания", "Мера пресечения", "Приговор / решение суда", "Дата приговора",
           "Дата освобождения", "Основание освобождения", ""])
    for col in (1, 2, 3, 11):
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=6)
    ws.merge_cells(start_row=3, start_column=7, end_row=3, end_column=10)
    s.put(list(range(1, 12)), "not_a_case")
    n = 0
    total = 0
    for heading, city, count in QANTAR_SECTIONS:
        r = s.put([heading], "not_a_case")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        twin_at = 3 if city in ("Almaty", "Taraz") else -1
        k = 0
        while k < count:
            two = k == twin_at
            full = ru_name(rng)[0]
            birth = rng.randint(1965, 2003)
            for j in range(2 if two else 1):
                n += 1
                k += 1
                c = _qantar_case(rng, n)
                arts, det, kind = c["arts"], c["detained"], c["kind"]
                ru_arts = [", ".join(f"ч.{p} ст.{a}" for a, p in arts), "; ".join(f"ст. {a} ч.{p}" for a, p in arts),
                           ", ".join(f"{a} ч.{p}" for a, p in arts) + " УК РК"][n % 3]
                if n % 10 == 7:
                    ru_arts += "; ст. 488 ч.6 КоАП"
                det_prec = "month" if n % 17 == 5 else "day"
                det_cell = ([det, f"{det:%d.%m.%Y}", f"{det.day} {RU_MONTHS_GEN[det.month - 1]} {det.year}", f"{det:%d.%m.%y}"][n % 4]
                            if det_prec == "day" else "январь 2022")
                measure = {"pretrial_detention": "содержание под стражей", "house_arrest": "домашний арест",
                           "under_investigation": "подписка о невыезде"}.get(kind, rng.choice(["содержание под стражей",
                                                                                               "под стражей", "домашний арест"]))
                verdict_cell = verdict_date = release_date = grounds = ""
                months: int | str = ""
                status = kind
                dates = [(det, det_prec)]
                if kind in ("imprisoned", "restricted_freedom", "probation", "fined", "acquitted", "released_amnesty"):
                    verdict_date = c["verdict"]
                    dates.append((verdict_date, "day"))
                    m = c["months"] if kind == "imprisoned" else min(c["months"], 60)
                    y = m // 12
                    yw = f"{y} {'года' if y < 5 else 'лет'}"
                    if kind in ("imprisoned",):
                        verdict_cell, months = f"{yw} лишения свободы", m
                    elif kind == "restricted_freedom":
                        verdict_cell, months = f"{yw} ограничения свободы", m
                    elif kind == "probation":
                        verdict_cell, months = f"{yw} лишения свободы условно", m
                    elif kind == "fined":
                        verdict_cell = f"штраф {rng.choice([100, 200, 300])} МРП"
                    elif kind == "acquitted":
                        verdict_cell = "оправдан"
                    else:
                        verdict_cell, months = rng.choice([(f"{yw} лишения свободы", m), (f"{yw} ограничения свободы", m)])
                        release_date, grounds, status = c["release"], "амнистия", "released"
                        dates.append((release_date, "day"))
                elif kind == "released_dropped":
                    measure = "содержание под стражей"
                    verdict_cell = "дело прекращено по амнистии"
                    release_date, grounds, status = c["release"], "амнистия (Закон от 02.11.2022)", "released"
                    dates.append((release_date, "day"))
                note = ""
                tie = False
                if n % 23 == 4:
                    note, tie = "член ДВК, активист", True
                elif n % 23 == 15:
                    note = "ДВК? (по словам родственников)"
                elif kind.startswith("released"):
                    note = "*"
                elif n % 7 == 2:
                    note = "жалоба в ООН подана"
                started, prec = earliest(dates)
                vdate_cell = verdict_date if (verdict_date == "" or n % 5) else f"{verdict_date:%d.%m.%Y}г."
                r = s.put([n, full if j == 0 else None, birth if j == 0 else None, ru_arts, det_cell, measure,
                           verdict_cell, vdate_cell, release_date, grounds, note], "case",
                          dict(city=city, articles=fmt_articles(arts), status=status if not status.startswith("released") else "released",
                               sentence_months=months, started_on=started, started_precision=prec, birth_year=birth,
                               dvk_koshe=tie, name=full))
                if two and j == 1:
                    ws.merge_cells(start_row=r - 1, start_column=2, end_row=r, end_column=2)
                    ws.merge_cells(start_row=r - 1, start_column=3, end_row=r, end_column=3)
        total += count
        s.put([f"Итого по {heading}: {count}"], "not_a_case")
    s.put(["", "ВСЕГО:", total], "not_a_case")
    s.blank()
    s.put(["* Освобождены по амнистии (Закон РК от 2 ноября 2022 года № 152-VII)."], "not_a_case")
    _write_manggystau(wb, file, truth, rng)
    wb.save(folder / file)


def _write_manggystau(wb: Workbook, file: str, truth: list[dict], rng: random.Random) -> None:
    ws = wb.create_sheet("Маңғыстау")
    s = Sheet(ws, file, "Маңғыстау", truth)
    s.put(["Маңғыстау облысы: 2022 жылғы қаңтар оқиғаларынан кейін ұсталғандар"])
    s.put(["№", "Аты-жөні", "Туған жылы", "Қала", "ҚК бабы", "Ұсталған күні", "Бұлтартпау шарасы / жағдайы", "Үкім",
           "Босатылған күні", "Ескерту"])
    for n in range(1, 35):
        city = "Zhanaozen" if n % 3 else "Aktau"
        c = _qantar_case(rng, n + 100)
        arts, det, kind = c["arts"], c["detained"], c["kind"]
        art_cell = [", ".join(f"{a}-бап {p}-бөлік" for a, p in arts), "ҚР ҚК " + ", ".join(f"{a}-бабы {p}-бөлігі" for a, p in arts),
                    "; ".join(f"{a}-баптың {p}-бөлігі" for a, p in arts)][n % 3]
        det_cell = [f"{det:%d.%m.%Y}", f"{det.day} {KK_MONTHS[det.month - 1]} {det.year}", det,
                    f"{det.year} ж. {det.day} {KK_MONTHS[det.month - 1]}"][n % 4]
        name = f"{rng.choice(KK_SURNAMES)} {rng.choice(KK_FIRST)}"
        birth = rng.randint(1965, 2003)
        m = c["months"] if kind == "imprisoned" else min(c["months"], 60)
        y = m // 12
        months: int | str = ""
        verdict = release = ""
        status = kind
        dates = [(det, "day")]
        state = {"pretrial_detention": "қамауда (тергеу изоляторы)", "house_arrest": "үй қамағында",
                 "under_investigation": "тергеуде, елден шықпау туралы қолхат"}.get(kind, "қамауда болған")
        if kind == "imprisoned":
            verdict, months = f"{y} жыл бас бостандығынан айыру", m
        elif kind == "restricted_freedom":
            verdict, months = f"{y} жыл бас бостандығын шектеу", m
        elif kind == "probation":
            verdict, months = f"{y} жыл шартты түрде", m
        elif kind == "fined":
            verdict = "200 АЕК айыппұл"
        elif kind == "acquitted":
            verdict = "ақталды"
        elif kind == "released_amnesty":
            verdict, months = f"{y} жыл бас бостандығын шектеу", m
            release, status = c["release"], "released"
            state = "рақымшылықпен босатылды"
        elif kind == "released_dropped":
            verdict, release, status = "іс рақымшылық бойынша тоқтатылды", c["release"], "released"
            state = "қамаудан босатылды"
        if verdict and kind not in ("released_dropped",):
            dates.append((c["verdict"], "day"))
            verdict = f"{verdict} ({c['verdict']:%d.%m.%Y})"
        if release:
            dates.append((release, "day"))
        started, prec = earliest(dates)
        note, tie = ("Көше партиясының мүшесі", True) if n % 11 == 5 else ("", False)
        s.put([n, name, birth, PLACES[city][2], art_cell, det_cell, state, verdict, release, note], "case",
              dict(city=city, articles=fmt_articles(arts), status=status, sentence_months=months, started_on=started,
                   started_precision=prec, birth_year=birth, dvk_koshe=tie, name=name))
    s.put(["Барлығы: 34 адам"], "not_a_case")


# =========================================================================================================
# 4. A small regional monitoring sheet in Kazakh
# =========================================================================================================
KK_STATUS = {
    "imprisoned": "бас бостандығынан айырылды", "restricted_freedom": "бас бостандығы шектелді",
    "probation": "шартты түрде сотталды", "fined": "айыппұл салынды", "under_investigation": "тергеу жүріп жатыр",
    "house_arrest": "үй қамағында", "pretrial_detention": "тергеу изоляторында", "released": "жазасын өтеп, босатылды",
    "acquitted": "сот ақтады", "compulsory_treatment": "мәжбүрлі емдеуге жіберілді",
}
KK_TIES = [("ҚДТ", True), ("Көше партиясы", True), ("жоқ", False), ("ҚДТ?", False), ("", False),
           ("Қазақстанның демократиялық таңдауы", True), ("белгісіз", False), ("жоқ", False)]


def kk_term(months: int) -> str:
    y, m = divmod(months, 12)
    return " ".join(x for x in (f"{y} жыл" if y else "", f"{m} ай" if m else "") if x)


def write_shygys(folder: Path, truth: list[dict], rng: random.Random) -> None:
    file, sheet = "shygys_monitoring.xlsx", "Мониторинг"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    s = Sheet(ws, file, sheet, truth)
    s.put(["Шығыс өңірі бойынша саяси себептермен қудалау мониторингі"])
    s.put(["Жаңартылған: 2024 ж. 1 ақпан"])
    s.put(["Р/с", "Қудалауға түскен азамат", "Дүниеге келген жылы", "Мекенжайы (елді мекен)", "Қолданылған баптар",
           "Істің барысы", "Жаза мерзімі", "Ұсталған уақыты", "Қылмыстық іс басталған күн", "Сот үкімі шыққан күн",
           "Бостандыққа шыққан күн", "Саяси ұйымға қатысы", "Қосымша мәлімет"])
    cities = ["Oskemen", "Semey", "Ridder", "Kurchatov", "Pavlodar", "Ekibastuz"]
    statuses = list(KK_STATUS) * 5
    rng.shuffle(statuses)
    statuses = statuses[:46]
    for n, status in enumerate(statuses, start=1):
        city = cities[n % len(cities)]
        name = f"{rng.choice(KK_SURNAMES)} {rng.choice(KK_FIRST)}" if n % 4 else ru_name(rng)[0]
        birth = rng.randint(1960, 2002) if n % 7 else ""
        r = rng.random()
        arts = ([(405, 2)] if r < 0.45 else [(174, 1)] if r < 0.6 else [(174, 1), (405, 2)] if r < 0.75 else [(274, 2)] if r < 0.85
                else [(405, 1)])
        art_cell = ["; ".join(f"{a}-бап {p}-бөлік" for a, p in arts), ", ".join(f"ҚР ҚК {a}-бабы {p}-бөлігі" for a, p in arts),
                    " және ".join(f"{a}-баптың {p}-бөлігі" for a, p in arts)][n % 3]
        start = rand_date(rng, dt.date(2018, 5, 1), dt.date(2022, 9, 30))
        cells = {"det": "", "opened": "", "verdict": "", "free": ""}
        dates = []
        months: int | str = ""
        undated = n % 15 == 0
        if not undated:
            if status in ("pretrial_detention", "house_arrest") or n % 2:
                cells["det"] = start
            if status == "under_investigation" or n % 3 == 0:
                cells["opened"] = start + dt.timedelta(days=rng.randint(0, 10))
            if not cells["det"] and not cells["opened"]:
                cells["opened"] = start
            if status in ("imprisoned", "restricted_freedom", "probation", "fined", "released", "acquitted", "compulsory_treatment"):
                cells["verdict"] = start + dt.timedelta(days=rng.randint(70, 330))
            if status == "released":
                cells["free"] = cells["verdict"] + dt.timedelta(days=rng.randint(200, 400))
        if status in ("imprisoned", "restricted_freedom", "probation", "released"):
            months = rng.choice([6, 12, 18, 24, 36, 42, 60])
        written = {}
        for key, d in cells.items():
            if d == "":
                written[key] = ""
                continue
            p = "month" if (key == "opened" and n % 4 == 1) else "year" if (key == "det" and n % 9 == 4) else "day"
            dates.append((d, p))
            style = (n + len(key)) % 4
            if p == "year":
                written[key] = f"{d.year} жыл"
            elif p == "month":
                written[key] = f"{d.year} ж. {KK_MONTHS[d.month - 1]}"
            else:
                written[key] = [d, f"{d:%d.%m.%Y}", f"{d.day} {KK_MONTHS[d.month - 1]} {d.year}",
                                f"{d.day} {KK_MONTHS[d.month - 1]} {d.year} ж."][style]
        started, prec = earliest(dates)
        tie_cell, tie = KK_TIES[n % len(KK_TIES)]
        place = PLACES[city][2] if n % 5 else ("Семей қ." if city == "Semey" else PLACES[city][2] + " қаласы")
        note = "апелляция қанағаттандырылмады" if n % 6 == 0 else ""
        s.put([n, name, birth, place, art_cell, KK_STATUS[status], kk_term(months) if months != "" else "",
               written["det"], written["opened"], written["verdict"], written["free"], tie_cell, note], "case",
              dict(city=city, articles=fmt_articles(arts), status=status, sentence_months=months, started_on=started,
                   started_precision=prec, birth_year=birth, dvk_koshe=tie, name=" ".join(name.split())))
    s.put(["Барлығы: 46 адам"], "not_a_case")
    s.put(["Дереккөз: өңірлік құқық қорғау топтарының деректері, отбасылардың айтуы бойынша."], "not_a_case")
    wb.save(folder / file)


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the four lists into `folder` and return the truth (one row per non-blank row below a header)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    truth: list[dict] = []
    write_bsa(folder, truth, rng)
    write_tracker(folder, truth, rng)
    write_qantar(folder, truth, rng)
    write_shygys(folder, truth, rng)
    out = pd.DataFrame(truth, columns=TRUTH_COLUMNS)
    out["source_row"] = out["source_row"].astype(int)
    out["birth_year"] = pd.to_numeric(out["birth_year"].replace("", None), errors="coerce").astype("Int64")
    out["sentence_months"] = pd.to_numeric(out["sentence_months"].replace("", None), errors="coerce").astype("Int64")
    out["dvk_koshe"] = out["dvk_koshe"].astype(bool)
    return out
