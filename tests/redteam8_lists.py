"""Red-team set 8: five invented lists in layouts copied from real published ones, with their ground truth.

`write_lists(folder)` writes the files into `folder` and returns the truth: one row per non-blank row
below a header row (kind "case" or "not_a_case"), with the expected field values of each case.
Everything is invented (names, NGOs, URLs) and deterministic (one seeded `random.Random`).

Files and what each stresses
- `annex2_trial_monitoring.xlsx`, sheet "Annex II": an English trial-monitoring annex as in OSCE/ODIHR or
  IPHR reports. Two title rows; numbered rows; headers "Name of defendant" ("#SURNAME Firstname", a
  footnote mark "¹"), "Year of birth", "Place of residence (region)" ("Oral (West Kazakhstan Region)"),
  "Date of arrest" (several English and numeric shapes, "(re-arrested ...)", some "—"), "Charges (Criminal
  Code of RK)" ("Art. 405(2); Art. 174(1)", "Article 274 part 4", "Arts. 174(1) and 405(2) of the
  Criminal Code", a CAO article beside), "Verdict / sentence" (English phrases, "2.5 years", "Restriction
  of liberty"), "Court, date" (court name and the verdict date in one cell; where the arrest date is "—" it
  is the row's only date), "Affiliation" (free text). Two section headings, the header printed again at a
  page break, a footnote, a note and a totals row.
  Sheet "Annex III (released)": people released before the report, with the sentence imposed and a
  "Release (date, grounds)" cell; no affiliation column.
- `dvk_koshe_volunteers.xlsx`, sheets "2018", "2019", "2020", "2021": a Russian volunteers' sheet per year:
  "Ф.И.О. (год рождения)" with the year inside the name cell, "Населённый пункт", "Статья УК РК"
  (several per cell, some with a КоАП article), "Мера пресечения / приговор" (the measure and the verdict
  in one cell), "Дата задержания" (date cells, dd.mm.yyyy, dd.mm.yy, "12 марта 2019 г.", month, year),
  "Примечание" (DVK/Koshe in notes, a doubtful "ДВК?", a negation). Title rows, a footnote, a year total,
  a section heading written in the name column. The 2020 sheet has the date column moved; the 2021 sheet
  other header wordings ("ФИО, г.р.", "Город/село", "Приговор / мера", "Задержан", "Комментарий").
  Also: Excel serial numbers pasted into the date column, "12.03.2019; повторно 05.06.2019", "ст.ст. 174
  ч.1, 405 ч.2 УК РК", "1,5 года", "2 г. 6 мес.", "приговорен к 5 годам", administrative arrest in days
  ("арест 15 суток") as the only measure, "умер в заключении", places like "ВКО, г. Семей", "Уральск г.".
- `kz_tizim_274_405.xlsx`, sheet "Тізім": a Kazakh list with a merged title, a two-row header with merged
  group cells ("Қылмыстық іс" over article and punishment, "Күндері" over two dates), two section
  headings, a footnote; some rows in the Latin Kazakh alphabet of 2021; a person with two cases whose
  name, year and place cells are merged vertically over both rows; verb forms of the punishment
  ("5 жылға бас бостандығынан айырылды"), a full date in the birth-year column, "Нұр-Сұлтан қ.",
  "Жаңаөзен қаласы", "Алматы облысы, Қонаев қ.".
- `tracker_export.csv`: a Google-Sheets tracker exported as `;`-separated UTF-8 with BOM: many columns the
  tool does not need (social link, lawyer, phone "***", source URL), date of birth as a full date, city
  and region columns (the region sometimes as it was when written: Semey with "ВКО"), a current status
  column, a term column, a status history column ("задержан 12.03.2021 → осуждён 05.08.2021 → ..."),
  the detention date as text in several shapes (blank on some rows whose date is only in the history), a
  yes/no DVK/Koshe column (with "да?"), a "Добавлено" column (the date the row was added: not a case
  date), a current status left blank on some released rows (the history says the release), rows with
  only a region, a totals line.
- `oral_ngo_monitoring.ods`, sheet "Мониторинг": a small regional NGO's OpenDocument sheet: three title
  rows merged across the table, "Фамилия, имя", "Г.р.", "Район / город", "Статья", "Дата возбуждения
  дела" (charged_on), "Дата приговора" (text or ODS date cells), "Приговор", "Дата освобождения",
  "Статус на 01.10.2023" (serving, released, "наказание отбыто", blank beside a release date,
  investigation), "ДВК/КП (да/нет)"; a footnote row.

Decisions taken for the truth
- city/region: current official English city and its current region, whatever region the list wrote
  (Semey is Abai and Taldykorgan is Jetisu even where the row says ВКО or Алматинская обл.; Kapshagay
  is Konaev, Almaty Region; Uralsk/Орал is Oral).
- articles: criminal code only, ascending, part in brackets where given; КоАП/CAO articles left out.
- status: the latest stage named in the row. A verdict beside a measure of restraint in one cell is the
  verdict. "условно"/"suspended"/"шартты түрде" is probation; "подписка о невыезде", "под следствием",
  "investigation ongoing", "тергеу жүріп жатыр" are under_investigation; "СИЗО"/"pre-trial detention"
  is pretrial_detention; release on parole/amnesty/after serving is released with the sentence's term
  kept; "оправдан"/"acquitted"/"ақталды" is acquitted; a blank or "нет данных" status is unknown;
  "умер в заключении" is died (term kept); "арест N суток" alone is administrative, so unknown. A release
  date on or before the list's date ("по состоянию на 01.10.2023", "as of 30 September 2022") or a history
  ending in a release makes the case released even where the status cell is blank; a sheet of released
  people is released.
  In the ODS file "отбывает наказание" is used only beside a prison sentence, so it is imprisoned; a blank
  status column there leaves the verdict column's reading.
- sentence_months: the term of the sentence or measure where written; a fine has none.
- started_on: earliest of the dates the row gives (arrest/detention, case opened, verdict date -- the
  date in "Court, date" is the verdict date -- and the dates in the tracker's history; the tracker's
  "Добавлено" is not a case date); two dates in one cell give the earliest; a month or a
  year alone is its first day with precision month/year. dd.mm.yy is day first, 20yy.
- birth_year: from the year column, the year inside the name cell, or the year of a full date of birth.
- city: blank where the row gives only a region (tracker); the region is then the region given.
- dvk_koshe: True only where the row names DVK/Koshe Partiyasy (any spelling) in a note/affiliation or
  says "да" in the yes/no column; "ДВК?", "да?" and "denies any link to DVK" / "не состоял в ДВК" are False;
  article 405 alone never makes it True.
- Not cases: section headings, footnotes, notes, totals rows, the header printed again at a page break.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

SEED = 8

# key: (city EN, region, ru spellings, kk Cyrillic, kk Latin, en spellings)
CITIES = {
    "Astana": ("Astana", "Astana", ["г. Астана", "Нур-Султан", "г. Нур-Султан"], ["Астана қ.", "Астана", "Нұр-Сұлтан қ."], ["Astana"], ["Astana", "Nur-Sultan"]),
    "Almaty": ("Almaty", "Almaty", ["г. Алматы", "Алматы", "Алма-Ата"], ["Алматы қ.", "Алматы"], ["Almaty"], ["Almaty"]),
    "Shymkent": ("Shymkent", "Shymkent", ["г. Шымкент", "Шымкент"], ["Шымкент қ."], ["Şymkent"], ["Shymkent"]),
    "Oral": ("Oral", "West Kazakhstan", ["г. Уральск", "Уральск"], ["Орал"], ["Oral"], ["Oral", "Uralsk"]),
    "Oskemen": ("Oskemen", "East Kazakhstan", ["Усть-Каменогорск"], ["Өскемен"], ["Öskemen"], ["Ust-Kamenogorsk"]),
    "Semey": ("Semey", "Abai", ["г. Семей", "Семей"], ["Семей"], ["Semei"], ["Semey"]),
    "Taldykorgan": ("Taldykorgan", "Jetisu", ["Талдыкорган"], ["Талдықорған"], ["Taldyqorğan"], ["Taldykorgan"]),
    "Konaev": ("Konaev", "Almaty Region", ["Капшагай", "г. Конаев"], ["Қонаев"], ["Qonaev"], ["Kapshagay", "Konaev"]),
    "Zhezkazgan": ("Zhezkazgan", "Ulytau", ["Жезказган"], ["Жезқазған"], ["Jezqazğan"], ["Zhezkazgan"]),
    "Aktobe": ("Aktobe", "Aktobe", ["Актобе"], ["Ақтөбе"], ["Aqtöbe"], ["Aktobe"]),
    "Karaganda": ("Karaganda", "Karaganda", ["Караганда"], ["Қарағанды"], ["Qarağandy"], ["Karaganda"]),
    "Taraz": ("Taraz", "Zhambyl", ["Тараз"], ["Тараз"], ["Taraz"], ["Taraz"]),
    "Pavlodar": ("Pavlodar", "Pavlodar", ["Павлодар"], ["Павлодар"], ["Pavlodar"], ["Pavlodar"]),
    "Petropavl": ("Petropavl", "North Kazakhstan", ["Петропавловск"], ["Петропавл"], ["Petropavl"], ["Petropavl"]),
    "Aktau": ("Aktau", "Mangystau", ["Актау"], ["Ақтау"], ["Aqtau"], ["Aktau"]),
    "Zhanaozen": ("Zhanaozen", "Mangystau", ["Жанаозен"], ["Жаңаөзен"], ["Jañaözen"], ["Zhanaozen"]),
    "Kostanay": ("Kostanay", "Kostanay", ["Костанай"], ["Қостанай"], ["Qostanai"], ["Kostanay"]),
    "Atyrau": ("Atyrau", "Atyrau", ["Атырау"], ["Атырау"], ["Atyrau"], ["Atyrau"]),
    "Kyzylorda": ("Kyzylorda", "Kyzylorda", ["Кызылорда"], ["Қызылорда"], ["Qyzylorda"], ["Kyzylorda"]),
    "Kokshetau": ("Kokshetau", "Akmola", ["Кокшетау"], ["Көкшетау"], ["Kökşetau"], ["Kokshetau"]),
}
REGION_RU = {"West Kazakhstan": "ЗКО", "East Kazakhstan": "ВКО", "Abai": "область Абай", "Jetisu": "область Жетісу",
             "Almaty Region": "Алматинская обл.", "Ulytau": "область Ұлытау", "Aktobe": "Актюбинская обл.",
             "Karaganda": "Карагандинская обл.", "Zhambyl": "Жамбылская обл.", "Pavlodar": "Павлодарская обл.",
             "North Kazakhstan": "СКО", "Mangystau": "Мангистауская обл.", "Kostanay": "Костанайская обл.",
             "Atyrau": "Атырауская обл.", "Kyzylorda": "Кызылординская обл.", "Akmola": "Акмолинская обл.",
             "Astana": "г. Астана", "Almaty": "г. Алматы", "Shymkent": "г. Шымкент"}

SURNAMES_KZ = ["Жаксылыков", "Байжанов", "Сарсенбаев", "Тлеуов", "Мукашев", "Есенгалиев", "Кенжебеков", "Абдрахманов",
               "Нурланов", "Ермеков", "Токтаров", "Даулетов", "Сагынбаев", "Жумабеков", "Избасаров", "Калиакпаров",
               "Оспанов", "Бекмуратов", "Турсынбеков", "Ахметжанов", "Куанышев", "Сейткалиев", "Амангельдиев",
               "Утегенов", "Жолдасбеков", "Мырзахметов", "Альжанов", "Бисенов", "Шаймарданов", "Курмангалиев"]
SURNAMES_RU = ["Ковалёв", "Прохоров", "Лебедев", "Савченко", "Гречко", "Миронов", "Фёдоров", "Белоусов", "Зайцев", "Тарасов"]
FIRST_M = ["Ерлан", "Данияр", "Асхат", "Бауыржан", "Нурсултан", "Талгат", "Жандос", "Арман", "Ержан", "Мейрам",
           "Куаныш", "Серик", "Алмас", "Темирлан", "Руслан", "Олег", "Дмитрий", "Виктор", "Игорь", "Азамат"]
FIRST_F = ["Гульнар", "Айгерим", "Жанар", "Салтанат", "Динара", "Асель", "Мадина", "Ольга", "Наталья", "Камила"]
PATR_M = ["Серикович", "Маратович", "Болатович", "Ерланович", "Кайратович", "Нурланович", "Викторович", "Асканович"]
PATR_F = ["Сериковна", "Маратовна", "Болатовна", "Кайратовна", "Викторовна", "Нурлановна"]

LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
                "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia", "a", "g", "k", "n", "o", "u", "u", "h", "i"]))
KK_LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
                  ["a", "b", "v", "g", "d", "e", "e", "j", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
                   "h", "ts", "ch", "ş", "ş", "", "y", "", "e", "iu", "ia", "ä", "ğ", "q", "ñ", "ö", "ū", "ü", "h", "ı"]))

MONTHS_RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
MONTHS_RU_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
MONTHS_KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]
MONTHS_KK_LAT = ["qañtar", "aqpan", "nauryz", "säuır", "mamyr", "mausym", "şılde", "tamyz", "qyrküiek", "qazan", "qaraşa", "jeltoqsan"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

TRUTH_COLUMNS = ["source_file", "source_sheet", "source_row", "kind", "city", "region", "articles", "status",
                 "sentence_months", "started_on", "started_precision", "birth_year", "dvk_koshe", "name"]


def translit(text: str, table: dict[str, str]) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        if low in table:
            t = table[low]
            out.append(t.capitalize() if ch != low and t else t)
        else:
            out.append(ch)
    return "".join(out)


@dataclass
class Person:
    surname: str
    first: str
    patronymic: str
    female: bool
    birth_year: int | None
    city: str
    articles: list[tuple[int, int | None]]
    admin: bool
    status: str
    months: int | None
    detained: tuple[dt.date, str] | None  # (date, precision)
    sentenced: dt.date | None
    released: dt.date | None
    tie: str  # yes / no / doubt / negated

    def started(self, *more: tuple[dt.date, str] | None) -> tuple[str, str]:
        dates = [d for d in (self.detained, *more) if d is not None]
        if self.sentenced is not None:
            dates.append((self.sentenced, "day"))
        if not dates:
            return "", ""
        first = min(dates, key=lambda d: d[0])
        return first[0].isoformat(), first[1]

    def articles_text(self) -> str:
        return "; ".join(f"{a}({p})" if p else str(a) for a, p in sorted(self.articles))


STATUS_MONTHS = {
    "imprisoned": [24, 36, 48, 60, 84, 18, 30, 72],
    "restricted_freedom": [12, 24, 36, 18, 60],
    "probation": [12, 24, 36],
    "released": [24, 36, 60, 18],
}
ARTICLE_SETS = [[(405, 2)], [(405, 2)], [(405, 1)], [(405, 2), (174, 1)], [(174, 1)], [(174, 2)], [(274, 2)], [(274, 4)],
                [(182, 2), (405, 2)], [(380, 1)], [(272, 2)], [(405, None)], [(274, 2), (174, 1)], [(400, None)], [(258, 1), (405, 1)]]


def make_person(rng: random.Random, year: int | None = None, statuses: list[str] | None = None) -> Person:
    female = rng.random() < 0.3
    sur = rng.choice(SURNAMES_KZ + SURNAMES_RU)
    if female:
        sur = sur[:-1] + "ва" if sur.endswith(("ов", "ев", "ёв")) else sur
        first, patr = rng.choice(FIRST_F), rng.choice(PATR_F)
    else:
        first, patr = rng.choice(FIRST_M), rng.choice(PATR_M)
    status = rng.choice(statuses or ["imprisoned", "imprisoned", "restricted_freedom", "restricted_freedom", "probation",
                                     "fined", "pretrial_detention", "house_arrest", "under_investigation", "released",
                                     "acquitted", "compulsory_treatment"])
    months = rng.choice(STATUS_MONTHS[status]) if status in STATUS_MONTHS else None
    year = year or rng.choice([2019, 2020, 2021, 2022])
    if status == "released":
        year = min(year, 2021)  # room for a verdict and a release before the lists' dates
    detained = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    sentenced = None
    if status not in ("pretrial_detention", "house_arrest", "under_investigation"):
        sentenced = detained + dt.timedelta(days=rng.randint(60, 240))
    released = None
    if status == "released":
        released = sentenced + dt.timedelta(days=rng.randint(200, 500))
        if released > dt.date(2023, 9, 1):
            released = dt.date(2023, rng.randint(1, 8), rng.randint(1, 28))
        if released <= sentenced:
            released = sentenced + dt.timedelta(days=30)
    return Person(
        surname=sur, first=first, patronymic=patr, female=female,
        birth_year=rng.choice([None] + list(range(1962, 2002))) if rng.random() < 0.85 else None,
        city=rng.choice(list(CITIES)), articles=list(rng.choice(ARTICLE_SETS)), admin=rng.random() < 0.12,
        status=status, months=months, detained=(detained, "day"), sentenced=sentenced, released=released,
        tie=rng.choice(["yes", "yes", "yes", "no", "no", "no", "no", "no", "doubt", "negated"]),
    )


# ---------------------------------------------------------------- wordings
def term_ru(m: int, rng: random.Random | None = None) -> str:
    y, r = divmod(m, 12)
    if r == 6 and rng is not None and rng.random() < 0.4:
        return f"{y},5 года"
    ys = {1: "1 год", 2: "2 года", 3: "3 года", 4: "4 года", 5: "5 лет", 6: "6 лет", 7: "7 лет"}.get(y, "")
    if r and rng is not None and rng.random() < 0.3:
        return f"{y} г. {r} мес."
    if r:
        return f"{ys} {r} мес.".strip()
    return ys


def term_ru_dat(m: int) -> str:
    """The term after "к": "к 5 годам", "к 1 году 6 месяцам"."""
    y, r = divmod(m, 12)
    ys = "1 году" if y == 1 else f"{y} годам"
    return f"{ys} {r} месяцам" if r else ys


def term_en(m: int, rng: random.Random | None = None) -> str:
    y, r = divmod(m, 12)
    if r == 6 and rng is not None and rng.random() < 0.5:
        return f"{y}.5 years"
    ys = f"{y} year" + ("s" if y != 1 else "")
    return f"{ys} {r} months" if r else ys


def term_kk(m: int) -> str:
    y, r = divmod(m, 12)
    return f"{y} жыл {r} ай" if r else f"{y} жыл"


def status_ru(p: Person, rng: random.Random) -> str:
    a = "а" if p.female else ""
    t = term_ru(p.months, rng) if p.months else ""
    td = term_ru_dat(p.months) if p.months else ""
    return rng.choice({
        "imprisoned": [f"{t} лишения свободы", f"лишение свободы на {t}", f"СИЗО; приговор: {t} лишения свободы",
                       f"приговорен{a} к {td} лишения свободы", f"{t} колонии общего режима"],
        "restricted_freedom": [f"{t} ограничения свободы", f"ограничение свободы {t}", f"домашний арест; приговор: {t} ограничения свободы",
                               f"наказание в виде ограничения свободы сроком на {t}", f"осужден{a} к {td} ограничения свободы"],
        "probation": [f"{t} условно", f"условный срок {t}", f"условно, {t}"],
        "fined": ["штраф 500 МРП", "штраф 1000 МРП", "приговор: штраф 200 МРП", "штраф 2 млн тенге"],
        "pretrial_detention": ["содержится в СИЗО", "под стражей, идёт следствие", "арест, СИЗО"],
        "house_arrest": ["домашний арест"],
        "under_investigation": ["под следствием", "подписка о невыезде"],
        "compulsory_treatment": ["принудительное лечение", "направлен" + a + " на принудительное лечение"],
        "released": [f"{t} лишения свободы, освобожден{a} по УДО", f"{t} лишения свободы; освобожден{a} по амнистии",
                     f"{t} лишения свободы, освобожден{a} по отбытии срока"],
        "acquitted": [f"оправдан{a}", "оправдательный приговор"],
        "unknown": ["", "нет данных"],
    }[p.status])


def status_en(p: Person, rng: random.Random) -> str:
    t = term_en(p.months, rng) if p.months else ""
    yrs = f"{p.months // 12} yrs" if p.months and p.months % 12 == 0 and p.months > 12 else t
    return rng.choice({
        "imprisoned": [f"{t} imprisonment", f"{t} in a general-regime penal colony", f"Sentenced to {t} of imprisonment",
                       f"{yrs} imprisonment", f"Imprisonment: {t}"],
        "restricted_freedom": [f"{t} restricted freedom", f"{t} of restricted freedom and a ban on political activity",
                               f"Restriction of liberty for {t}",
                               f"{p.months} months' restricted freedom"],
        "probation": [f"{t} suspended sentence", f"{t} suspended"],
        "fined": ["Fine of 1,000 MCI", "Fined 500 MCI"],
        "pretrial_detention": ["In pre-trial detention", "Remanded in custody, trial pending"],
        "house_arrest": ["Under house arrest"],
        "under_investigation": ["Investigation ongoing (not detained)", "Under investigation"],
        "compulsory_treatment": ["Compulsory psychiatric treatment", "Forced psychiatric treatment"],
        "released": [f"{t} imprisonment; released on parole", f"{t} imprisonment, released under amnesty",
                     f"Released after serving {t} imprisonment"],
        "acquitted": ["Acquitted"],
        "unknown": ["", "n/a"],
    }[p.status])


def status_kk(p: Person, rng: random.Random, latin: bool) -> str:
    t = term_kk(p.months) if p.months else ""
    text = rng.choice({
        "imprisoned": [f"{t} бас бостандығынан айыру", f"{t}ға бас бостандығынан айырылды"],
        "restricted_freedom": [f"{t} бас бостандығын шектеу", f"{t}ға бас бостандығы шектелді"],
        "probation": [f"{t} шартты түрде бас бостандығынан айыру", f"шартты түрде {t}"],
        "fined": ["айыппұл 500 АЕК", "айыппұл"],
        "pretrial_detention": ["тергеу изоляторында"],
        "house_arrest": ["үй қамағы"],
        "under_investigation": ["тергеу жүріп жатыр"],
        "compulsory_treatment": ["мәжбүрлі емдеу"],
        "released": [f"{t} бас бостандығынан айыру, шартты түрде мерзімінен бұрын босатылды"],
        "acquitted": ["ақталды"],
        "unknown": [""],
    }[p.status])
    return translit(text, KK_LAT) if latin else text


def arts_ru(p: Person, rng: random.Random) -> str:
    style = rng.randrange(3)
    parts = []
    for a, pt in p.articles:
        if pt is None:
            parts.append(f"ст. {a} УК РК")
        elif style == 0:
            parts.append(f"ч.{pt} ст.{a} УК РК")
        elif style == 1:
            parts.append(f"ст. {a} ч. {pt}")
        else:
            parts.append(f"{a} ч.{pt}")
    text = rng.choice([", ", "; ", "\n"]).join(parts)
    if len(p.articles) > 1 and all(pt for _, pt in p.articles) and rng.random() < 0.3:
        text = "ст.ст. " + ", ".join(f"{a} ч.{pt}" for a, pt in p.articles) + " УК РК"
    if p.admin:
        text += "; ст. 488 КоАП"
    return text


def arts_en(p: Person, rng: random.Random) -> str:
    style = rng.randrange(2)
    parts = []
    for a, pt in p.articles:
        if pt is None:
            parts.append(f"Art. {a}")
        elif style == 0:
            parts.append(f"Art. {a}({pt})")
        else:
            parts.append(f"Article {a} part {pt}")
    text = "; ".join(parts)
    if len(p.articles) == 2 and all(pt for _, pt in p.articles) and rng.random() < 0.4:
        (a1, p1), (a2, p2) = p.articles
        text = f"Arts. {a1}({p1}) and {a2}({p2}) of the Criminal Code"
    if p.admin:
        text += "; CAO Art. 488"
    return text


def arts_kk(p: Person, rng: random.Random, latin: bool) -> str:
    parts = []
    for a, pt in p.articles:
        if pt is None:
            parts.append(f"{a}-бап")
        elif rng.random() < 0.5:
            parts.append(f"{a}-бап {pt}-бөлік")
        else:
            parts.append(f"ҚР ҚК {a}-бабы {pt}-бөлігі")
    text = "; ".join(parts)
    if p.admin:
        text += "; ӘҚБтК 488-бап"
    return translit(text, KK_LAT) if latin else text


def tie_ru(p: Person, rng: random.Random) -> str:
    return rng.choice({
        "yes": ["сторонник ДВК", "активист «Көше партиясы»", "подписчик ДВК в Telegram", "Демократический выбор Казахстана",
                "сторонник «Партии улицы»", "ДВК (Аблязов)"],
        "no": ["", "журналист", "блогер", "участник мирного митинга", "гражданский активист"],
        "doubt": ["ДВК?"],
        "negated": ["не состоял в ДВК"],
    }[p.tie])


def tie_en(p: Person, rng: random.Random) -> str:
    return rng.choice({
        "yes": ["DVK (alleged supporter)", "Koshe Party", "Democratic Choice of Kazakhstan", "Koshe Partiyasy activist",
                "DCK supporter", "Koshe (Street) Party"],
        "no": ["Civic activist", "Journalist", "Blogger", "None stated", "—"],
        "doubt": ["DVK?"],
        "negated": ["Denies any link to DVK"],
    }[p.tie])


def tie_kk(p: Person, rng: random.Random, latin: bool) -> str:
    if latin:
        return rng.choice({"yes": ["QDT jaqtauşysy", "Köşe partiiasy"], "no": ["", "jurnalist", "belsendı"],
                           "doubt": ["QDT?"], "negated": [""]}[p.tie])
    return rng.choice({"yes": ["ҚДТ жақтаушысы", "Көше партиясының белсендісі", "ҚДТ"], "no": ["", "журналист", "блогер", "белсенді"],
                       "doubt": ["ҚДТ?"], "negated": [""]}[p.tie])


def dvk_truth(p: Person) -> bool:
    return p.tie == "yes"


def date_ru(d: dt.date, rng: random.Random, allow_cell: bool = True) -> tuple[object, str]:
    """A day-precision date written one of several Russian ways; returns (cell, precision)."""
    k = rng.randrange(13 if allow_cell else 11)
    if k == 12:
        return (d - dt.date(1899, 12, 30)).days, "day"  # an Excel serial number pasted as a plain number
    if k == 9:
        return "от " + d.strftime("%d.%m.%Y"), "day"
    if k == 10:
        return d.strftime("%d.%m.%Y") + "г", "day"
    if k == 11:
        return dt.datetime(d.year, d.month, d.day), "day"
    if k == 0:
        return d.strftime("%d.%m.%Y"), "day"
    if k == 1:
        return d.strftime("%d.%m.%y"), "day"
    if k == 2:
        return f"{d.day} {MONTHS_RU_GEN[d.month - 1]} {d.year} г.", "day"
    if k == 3:
        return d.strftime("%d.%m.%Y") + " г.", "day"
    if k == 4:
        return f"{MONTHS_RU_NOM[d.month - 1]} {d.year}", "month"
    if k == 5:
        return f"{d.year}", "year"
    if k == 6:
        return f"{d.year} г.", "year"
    if k == 7:
        return d.strftime("%d.%m.%Y"), "day"
    return dt.datetime(d.year, d.month, d.day), "day"


def place_ru(p: Person, rng: random.Random) -> str:
    c = rng.choice(CITIES[p.city][2]).replace("г. ", "")
    region = CITIES[p.city][1]
    forms = [f"г. {c}", f"г.{c}", c, f"{c} г."]
    if region not in ("Astana", "Almaty", "Shymkent"):
        old = {"Abai": "ВКО", "Jetisu": "Алматинская обл.", "Ulytau": "Карагандинская обл."}.get(region, REGION_RU[region])
        forms.append(f"{old}, г. {c}")
    return rng.choice(forms)


def first_of(d: dt.date, precision: str) -> dt.date:
    return {"day": d, "month": d.replace(day=1), "year": d.replace(month=1, day=1)}[precision]


# ---------------------------------------------------------------- files
def _truth_row(file, sheet, row, p: Person | None, started=("", ""), name="", birth=None, dvk=None, city=None):
    if p is None:
        return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case"}
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case",
                "city": CITIES[p.city][0] if city is None else city,
                "region": CITIES[p.city][1], "articles": p.articles_text(), "status": p.status,
                "sentence_months": p.months if p.months is not None else "", "started_on": started[0],
                "started_precision": started[1], "birth_year": birth if birth is not None else (p.birth_year or ""),
                "dvk_koshe": dvk if dvk is not None else dvk_truth(p), "name": name}


def write_annex(folder: Path, rng: random.Random) -> list[dict]:
    from openpyxl import Workbook

    file, sheet = "annex2_trial_monitoring.xlsx", "Annex II"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["Annex II. Trials of civil society activists and alleged members of banned movements monitored in Kazakhstan"])
    ws.append(["Compiled from trial monitoring and open sources. Information as of 30 September 2022."])
    ws.append([])
    ws.append(["No.", "Name of defendant", "Year of birth", "Place of residence (region)", "Date of arrest",
               "Charges (Criminal Code of RK)", "Verdict / sentence", "Court, date", "Affiliation"])
    truth = []
    courts = ["Yesil District Court of {c}", "Specialised Inter-district Criminal Court of {c}", "City Court of {c}",
              "Saryarka District Court of {c}"]
    header = [c.value for c in ws[4]]
    no = 0
    for section, years in (("A. Cases that reached court in 2020", [2019, 2020]), ("B. Cases that reached court in 2021–2022", [2021, 2022])):
        ws.append([section])
        truth.append(_truth_row(file, sheet, ws.max_row, None))
        for j in range(30):
            if section.startswith("B") and j == 12:
                ws.append(header)  # the header printed again at the top of a page
                truth.append(_truth_row(file, sheet, ws.max_row, None))
            no += 1
            p = make_person(rng, year=rng.choice(years))
            if p.sentenced and p.sentenced > dt.date(2022, 9, 30):
                p.sentenced = dt.date(2022, rng.randint(1, 9), rng.randint(1, 28))
                if p.sentenced <= p.detained[0]:
                    p.detained = (p.sentenced - dt.timedelta(days=100), "day")
            if p.released and p.released > dt.date(2022, 9, 30):
                p.released = None
                p.status = "imprisoned"
            latin = translit(f"{p.surname} {p.first}", LAT)
            name = latin.upper().split()[0] + " " + latin.split()[1] if rng.random() < 0.4 else latin
            if rng.random() < 0.15:
                name = "#" + latin.upper().split()[0] + " " + latin.split()[1]
            if rng.random() < 0.05:
                name += "¹"  # see the footnote below the table
            en_city = rng.choice(CITIES[p.city][5])
            region = CITIES[p.city][1]
            place = en_city if region in ("Astana", "Almaty", "Shymkent") else f"{en_city} ({region.replace(' Region', '')} Region)"
            d = p.detained[0]
            detained_given = p.sentenced is None or rng.random() < 0.75
            if detained_given:
                k = rng.randrange(7)
                if k == 5:
                    arrest, prec = d.strftime("%d/%m/%Y"), "day"
                elif k == 6:
                    arrest, prec = d.isoformat(), "day"
                elif k == 0:
                    arrest, prec = f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", "day"
                elif k == 1:
                    arrest, prec = f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", "day"
                elif k == 2:
                    arrest, prec = d.strftime("%d.%m.%Y"), "day"
                elif k == 3:
                    arrest, prec = f"{MONTHS_EN[d.month - 1]} {d.year}", "month"
                    if rng.random() < 0.5:
                        arrest, prec = f"{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}", "day"
                else:
                    arrest, prec = dt.datetime(d.year, d.month, d.day), "day"
                p.detained = (first_of(d, prec), prec)
                if prec == "day" and rng.random() < 0.06:
                    again = d + dt.timedelta(days=rng.randint(20, 60))
                    arrest = f"{d.day} {MONTHS_EN[d.month - 1]} {d.year} (re-arrested {again.day} {MONTHS_EN[again.month - 1]} {again.year})"
            else:
                arrest = "—"
                p.detained = None
            if p.sentenced:
                s = p.sentenced
                court = rng.choice(courts).format(c=en_city.split(" ")[0]) + f", {s.day} {MONTHS_EN[s.month - 1]} {s.year}"
            else:
                court = "trial pending"
            verdict = status_en(p, rng)
            if p.status == "unknown":
                verdict = ""
            ws.append([no, name, p.birth_year, place, arrest, arts_en(p, rng), verdict, court, tie_en(p, rng)])
            truth.append(_truth_row(file, sheet, ws.max_row, p, p.started(), name))
    ws.append(["¹ Tried in absentia or in a closed hearing; the defendant's lawyer was the source."])
    truth.append(_truth_row(file, sheet, ws.max_row, None))
    ws.append(["Note: MCI = monthly calculation index (3,063 tenge in 2022). Sentences as pronounced at first instance unless stated."])
    truth.append(_truth_row(file, sheet, ws.max_row, None))
    ws.append(["Total", f"{no} defendants"])
    truth.append(_truth_row(file, sheet, ws.max_row, None))

    # Annex III: people released before the report; the sentence column keeps the original sentence
    sheet = "Annex III (released)"
    ws = wb.create_sheet(sheet)
    ws.append(["Annex III. Defendants released by 30 September 2022"])
    ws.append(["No.", "Name", "Year of birth", "City", "Date of arrest", "Charges", "Sentence imposed", "Release (date, grounds)"])
    for no in range(1, 16):
        p = make_person(rng, year=rng.choice([2019, 2020]), statuses=["released"])
        p.admin = False
        latin = translit(f"{p.surname} {p.first}", LAT)
        d = p.detained[0]
        arrest = rng.choice([f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", d.strftime("%d.%m.%Y")])
        t = term_en(p.months)
        sentence = rng.choice([f"{t} imprisonment", f"{t} in a penal colony", f"Imprisonment: {t}"])
        r = min(p.released, dt.date(2022, 9, 1))
        grounds = rng.choice(["released on parole", "amnesty", "sentence served", "early release (parole)"])
        release = f"{r.day} {MONTHS_EN[r.month - 1]} {r.year}, {grounds}"
        ws.append([no, latin, p.birth_year, rng.choice(CITIES[p.city][5]), arrest, arts_en(p, rng), sentence, release])
        truth.append(_truth_row(file, sheet, ws.max_row, p, p.started(), latin, dvk=False))  # no affiliation column
    wb.save(folder / file)
    return truth


def write_volunteers(folder: Path, rng: random.Random) -> list[dict]:
    from openpyxl import Workbook

    file = "dvk_koshe_volunteers.xlsx"
    wb = Workbook()
    wb.remove(wb.active)
    truth = []
    for year, n in ((2018, 20), (2019, 35), (2020, 35), (2021, 30)):
        sheet = str(year)
        ws = wb.create_sheet(sheet)
        ws.append([f"Преследования за «участие в запрещённой организации» и связанные статьи — {year} год"])
        ws.append(["Собрано волонтёрами по открытым источникам и сообщениям родственников"])
        # the volunteers changed the columns over the years
        keys = ["no", "name", "place", "articles", "status", "date", "note"]
        headers = ["№", "Ф.И.О. (год рождения)", "Населённый пункт", "Статья УК РК", "Мера пресечения / приговор",
                   "Дата задержания", "Примечание"]
        if year == 2020:
            keys = ["no", "name", "date", "place", "articles", "status", "note"]
            headers = ["№", "Ф.И.О. (год рождения)", "Дата задержания", "Населённый пункт", "Статья УК РК",
                       "Мера пресечения / приговор", "Примечание"]
        if year == 2021:
            headers = ["№ п/п", "ФИО, г.р.", "Город/село", "Статья", "Приговор / мера", "Задержан", "Комментарий"]
        ws.append(headers)
        ws.freeze_panes = "A4"
        for i in range(1, n + 1):
            p = make_person(rng, year=year)
            if i == n // 2 and year == 2020:
                ws.append([None, "Дела после акции 6 июля"])
                truth.append(_truth_row(file, sheet, ws.max_row, None))
            full = f"{p.surname} {p.first} {p.patronymic}"
            k = rng.randrange(4)
            if p.birth_year is None:
                name_cell, name = full, full
            elif k == 0:
                name_cell, name = f"{full} ({p.birth_year} г.р.)", full
            elif k == 1:
                short = f"{p.surname} {p.first[0]}.{p.patronymic[0]}."
                name_cell, name = f"{short}, {p.birth_year} г.р.", short
            elif k == 2:
                name_cell, name = f"{p.surname} {p.first} ({p.birth_year})", f"{p.surname} {p.first}"
            else:
                name_cell, name = f"{full}, {p.birth_year} г.р.", full
            if rng.random() < 0.1:
                p.detained = None
                date_cell = ""
                if p.sentenced is not None:
                    p.sentenced = None  # the sheet gives no verdict date: the row is undated
            else:
                date_cell, prec = date_ru(p.detained[0], rng)
                p.detained = (first_of(p.detained[0], prec), prec)
                if prec == "day" and rng.random() < 0.08:
                    again = p.detained[0] + dt.timedelta(days=rng.randint(20, 90))
                    date_cell = f"{p.detained[0].strftime('%d.%m.%Y')}; повторно {again.strftime('%d.%m.%Y')}"
            # the volunteers' sheet gives no verdict or release date column
            p.sentenced, p.released = None, None
            if rng.random() < 0.04:
                p.status, p.months = "unknown", None
            status_cell = status_ru(p, rng)
            draw = rng.random()
            if draw < 0.03:  # administrative arrest only: no criminal status in the row
                p.status, p.months = "unknown", None
                status_cell = f"арест {rng.choice([10, 15])} суток"
            elif draw < 0.05:
                p.status, p.months = "died", rng.choice([36, 60, 84])
                status_cell = f"{term_ru(p.months)} лишения свободы; умер{'ла' if p.female else ''} в заключении"
            cells = {"no": i, "name": name_cell, "place": place_ru(p, rng), "articles": arts_ru(p, rng), "status": status_cell,
                         "date": date_cell, "note": tie_ru(p, rng)}
            ws.append([cells[k] for k in keys])
            truth.append(_truth_row(file, sheet, ws.max_row, p, p.started(), name))
        ws.append([None, f"Всего за {year} год: {n} чел."])
        truth.append(_truth_row(file, sheet, ws.max_row, None))
        ws.append(["* Данные уточняются; даты задержания по сообщениям родственников."])
        truth.append(_truth_row(file, sheet, ws.max_row, None))
    wb.save(folder / file)
    return truth


def write_kazakh(folder: Path, rng: random.Random) -> list[dict]:
    from openpyxl import Workbook

    file, sheet = "kz_tizim_274_405.xlsx", "Тізім"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["Жалған ақпарат тарату және экстремизм баптары бойынша қудаланғандар тізімі (2023 ж. 1 қазандағы жағдай)"])
    ws.merge_cells("A1:I1")
    ws.append(["Р/с", "Аты-жөні", "Туған жылы", "Қаласы", "Қылмыстық іс", None, "Күндері", None, "Ескерту"])
    ws.append([None, None, None, None, "ҚР ҚК бабы", "Жаза", "Ұсталған күні", "Үкім шыққан күні", None])
    for col in "ABCDI":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("E2:F2")
    ws.merge_cells("G2:H2")
    truth = []

    def kk_date(d: dt.date, latin: bool) -> tuple[object, str]:
        k = rng.randrange(5)
        months = MONTHS_KK_LAT if latin else MONTHS_KK
        if k == 0:
            return d.strftime("%d.%m.%Y"), "day"
        if k == 1:
            return f"{d.day} {months[d.month - 1]} {d.year}" + (" j." if latin else " ж."), "day"
        if k == 2:
            return f"{months[d.month - 1]} {d.year}", "month"
        if k == 3 and not latin:
            return dt.datetime(d.year, d.month, d.day), "day"
        return d.strftime("%d.%m.%Y"), "day"

    no = 0
    sections = (("I. Жалған ақпарат тарату (274-бап)", [[(274, 2)], [(274, 4)], [(274, 2), (174, 1)], [(274, 4)], [(274, 1)]]),
                ("II. Экстремизм (174, 405-баптар)", [[(405, 2)], [(405, 1)], [(174, 1)], [(405, 2), (174, 1)], [(174, 2)], [(182, 2), (405, 2)]]))
    for title, art_sets in sections:
        ws.append([title])
        truth.append(_truth_row(file, sheet, ws.max_row, None))
        for j in range(25):
            no += 1
            latin = j % 5 == 3
            p = make_person(rng, year=rng.choice([2020, 2021, 2022]),
                            statuses=["imprisoned", "imprisoned", "restricted_freedom", "restricted_freedom", "probation",
                                      "fined", "pretrial_detention", "house_arrest", "under_investigation", "released",
                                      "acquitted"])
            p.articles = list(rng.choice(art_sets))
            surname = p.surname.replace("ов", "ұлы") if (not p.female and rng.random() < 0.2 and p.surname.endswith("ов")) else p.surname
            name = f"{surname} {p.first}"
            if latin:
                name = translit(name, KK_LAT)
            det_cell, prec = kk_date(p.detained[0], latin)
            p.detained = (first_of(p.detained[0], prec), prec)
            sen_cell = ""
            if p.sentenced:
                sen_cell, _ = (p.sentenced.strftime("%d.%m.%Y"), "day")
            p.released = None
            place = rng.choice(CITIES[p.city][4] if latin else CITIES[p.city][3])
            if not latin and rng.random() < 0.2 and not place.endswith(" қ."):
                place = f"{place} қаласы"
            if not latin and p.city == "Konaev" and rng.random() < 0.5:
                place = "Алматы облысы, Қонаев қ."
            by = p.birth_year
            by_cell = "" if by is None else (f"{by} ж." if rng.random() < 0.3 and not latin else by)
            if by is not None and rng.random() < 0.15:
                by_cell = dt.date(by, rng.randint(1, 12), rng.randint(1, 28)).strftime("%d.%m.%Y")
            two_cases = title.startswith("II") and j in (6, 17)
            row = [no, name, by_cell, place, arts_kk(p, rng, latin), status_kk(p, rng, latin), det_cell, sen_cell, tie_kk(p, rng, latin)]
            ws.append(row)
            first_row = ws.max_row
            truth.append(_truth_row(file, sheet, ws.max_row, p, p.started(), name, dvk=p.tie == "yes"))
            if two_cases:
                # a second case of the same person: name, year, place and note merged over both rows
                q = make_person(rng, year=p.detained[0].year + 1, statuses=["imprisoned", "restricted_freedom"])
                q.articles = [(405, 2)]
                q.admin = False
                q.city, q.birth_year, q.tie = p.city, p.birth_year, p.tie
                det2 = q.detained[0]
                q_sen = q.sentenced.strftime("%d.%m.%Y") if q.sentenced else ""
                ws.append([None, None, None, None, arts_kk(q, rng, False), status_kk(q, rng, False), det2.strftime("%d.%m.%Y"), q_sen, None])
                for col in "ABCDI":
                    ws.merge_cells(f"{col}{first_row}:{col}{ws.max_row}")
                truth.append(_truth_row(file, sheet, ws.max_row, q, q.started(), name, dvk=q.tie == "yes"))
    ws.append(["Дереккөз: ашық дереккөздер, сот актілері. Тізім толықтырылып отырады."])
    truth.append(_truth_row(file, sheet, ws.max_row, None))
    wb.save(folder / file)
    return truth


def write_tracker(folder: Path, rng: random.Random) -> list[dict]:
    file = "tracker_export.csv"
    header = ["#", "ФИО", "Дата рождения", "Город", "Область", "Статья (УК)", "Статус сейчас", "Срок", "История",
              "Задержан(а)", "Связь с ДВК/КП", "Добавлено", "Instagram/FB", "Адвокат", "Телефон", "Источник"]
    lines = [header]
    truth = []
    status_now = {
        "imprisoned": ["отбывает срок", "осужден{a} (лишение свободы)", "в колонии"],
        "restricted_freedom": ["ограничение свободы", "осужден{a} к ограничению свободы"],
        "probation": ["условный срок", "осужден{a} условно"],
        "fined": ["штраф"],
        "pretrial_detention": ["в СИЗО", "под стражей"],
        "house_arrest": ["домашний арест", "под домашним арестом"],
        "under_investigation": ["под следствием", "подозреваем{ya}, не задержан{a}"],
        "released": ["освобожден{a} по УДО", "освобожден{a} (отбыл{a} срок)", "освобожден{a} по амнистии"],
        "acquitted": ["оправдан{a}"],
        "compulsory_treatment": ["принудительное лечение"],
        "unknown": ["", "нет данных"],
    }
    for i in range(1, 71):
        p = make_person(rng, year=rng.choice([2020, 2021, 2022]))
        if rng.random() < 0.04:
            p.status, p.months, p.sentenced = "unknown", None, None
        a = "а" if p.female else ""
        ya = "ая" if p.female else "ый"
        full = f"{p.surname} {p.first} {p.patronymic}"
        if p.birth_year is None:
            dob = ""
        elif rng.random() < 0.7:
            dob = dt.date(p.birth_year, rng.randint(1, 12), rng.randint(1, 28)).strftime("%d.%m.%Y")
        else:
            dob = str(p.birth_year)
        city = rng.choice(CITIES[p.city][2]).replace("г. ", "")
        region = CITIES[p.city][1]
        region_cell = {"Abai": "ВКО", "Jetisu": "Алматинская обл.", "Ulytau": "Карагандинская обл."}.get(region, REGION_RU[region]) \
            if rng.random() < 0.6 else REGION_RU[region]
        if region in ("Astana", "Almaty", "Shymkent"):
            region_cell = ""
        city_truth = CITIES[p.city][0]
        if region not in ("Astana", "Almaty", "Shymkent") and rng.random() < 0.08:
            city, city_truth, region_cell = "", "", REGION_RU[region]  # only the region is known
        d = p.detained[0]
        k = rng.randrange(8)
        date_cell, prec = [("с " + d.strftime("%d.%m.%Y"), "day"), (d.strftime("%d.%m.%Y") + "г", "day"),
                           (d.strftime("%d.%m.%Y"), "day"), (d.isoformat(), "day"), (d.strftime("%d/%m/%Y"), "day"),
                           (f"{d.day} {MONTHS_RU_GEN[d.month - 1]} {d.year}", "day"), (f"{MONTHS_RU_NOM[d.month - 1]} {d.year}", "month"),
                           (d.strftime("%d.%m.%Y") + " г.", "day")][k]
        p.detained = (first_of(d, prec), prec)
        if prec == "day" and rng.random() < 0.12:
            date_cell = ""  # the date is only in the history column
        steps = []
        if prec == "day":
            steps.append(f"задержан{a} {d.strftime('%d.%m.%Y')}")
        if p.sentenced:
            steps.append(f"осужден{a} {p.sentenced.strftime('%d.%m.%Y')}")
        if p.status == "released":
            steps.append(f"освобожден{a} {p.released.strftime('%d.%m.%Y')}")
        if p.status == "acquitted":
            steps[-1] = f"оправдан{a} {p.sentenced.strftime('%d.%m.%Y')}"
        history = " → ".join(steps)
        now = rng.choice(status_now[p.status]).format(a=a, ya=ya)
        if p.status == "released" and rng.random() < 0.3:
            now = ""  # the current status was not updated; the history says the release
        term = term_ru(p.months, rng) if p.months else rng.choice(["", "—"])
        tie = {"yes": "да", "no": rng.choice(["нет", "", "нет"]), "doubt": "да?", "negated": "нет"}[p.tie]
        insta = rng.choice(["", f"https://instagram.com/user_{1000 + i}", f"https://facebook.com/profile.php?id={50000 + i}"])
        lawyer = rng.choice(["", "Ахметова Ж.", "Кузнецов П.", "адв. Сулейменов Б."])
        lines.append([str(i), full, dob, city, region_cell, arts_ru(p, rng).replace("\n", ", "), now, term, history,
                      date_cell, tie, (p.detained[0] + dt.timedelta(days=rng.randint(3, 40))).strftime("%d.%m.%Y"), insta, lawyer, "***", f"https://t.me/example_channel/{2000 + i}"])
        started = min([(p.detained[0], prec)] + ([(p.sentenced, "day")] if p.sentenced else []), key=lambda x: x[0])
        truth.append(_truth_row(file, "", len(lines), p, (started[0].isoformat(), started[1]), full, dvk=p.tie == "yes",
                                city=city_truth))
    lines.append(["Итого: 70 человек"] + [""] * (len(header) - 1))
    truth.append(_truth_row(file, "", len(lines), None))
    with open(folder / file, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, delimiter=";", lineterminator="\r\n").writerows(lines)
    return truth


def write_ods(folder: Path, rng: random.Random) -> list[dict]:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    file, sheet = "oral_ngo_monitoring.ods", "Мониторинг"
    grid: list[list[object]] = [
        ["Общественный фонд «Жайык-Право» (г. Уральск)"],
        ["Мониторинг уголовных дел по ст. 174, 274, 405 УК РК в западных областях"],
        ["по состоянию на 01.10.2023"],
        ["№ п/п", "Фамилия, имя", "Г.р.", "Район / город", "Статья", "Дата возбуждения дела", "Дата приговора",
         "Приговор", "Дата освобождения", "Статус на 01.10.2023", "ДВК/КП (да/нет)"],
    ]
    truth = []
    west = ["Oral", "Oral", "Oral", "Atyrau", "Aktobe", "Aktau"]
    for i in range(1, 36):
        p = make_person(rng, year=rng.choice([2020, 2021, 2022]),
                        statuses=["imprisoned", "imprisoned", "restricted_freedom", "probation", "released", "released",
                                  "under_investigation", "acquitted", "fined"])
        p.city = rng.choice(west)
        a = "а" if p.female else ""
        name = f"{p.surname} {p.first}"
        place = {"Oral": rng.choice(["г. Уральск", "Уральск", "Орал"]), "Atyrau": "г. Атырау", "Aktobe": "Актобе",
                 "Aktau": "Актау"}[p.city]
        charged = p.detained[0] + dt.timedelta(days=rng.randint(0, 20))
        k = rng.randrange(3)
        ch_cell, prec = [(charged.strftime("%d.%m.%Y"), "day"), (charged.strftime("%d.%m.%Y") + "г.", "day"),
                         (f"{MONTHS_RU_NOM[charged.month - 1]} {charged.year}", "month")][k]
        p.detained = (first_of(charged, prec), prec)
        if p.sentenced and p.sentenced <= charged:
            p.sentenced = charged + dt.timedelta(days=90)
        sen_cell = p.sentenced.strftime("%d.%m.%Y") if p.sentenced else ""
        if p.sentenced and rng.random() < 0.5:
            sen_cell = p.sentenced  # typed into LibreOffice: a date cell
        if prec == "day" and rng.random() < 0.3:
            ch_cell = charged
        t = term_ru(p.months, rng) if p.months else ""
        if p.status == "imprisoned":
            verdict, now = f"{t} лишения свободы", rng.choice(["отбывает наказание", "отбывает наказание в колонии"])
        elif p.status == "restricted_freedom":
            verdict, now = f"{t} ограничения свободы", ""
        elif p.status == "probation":
            verdict, now = f"{t} условно", ""
        elif p.status == "fined":
            verdict, now = "штраф 300 МРП", ""
        elif p.status == "released":
            rel = p.released if p.released <= dt.date(2023, 9, 30) else dt.date(2023, 9, 1)
            verdict = f"{t} лишения свободы"
            if rel <= p.sentenced:
                rel = p.sentenced + dt.timedelta(days=30)
            rel_cell = rel.strftime("%d.%m.%Y")
            # the status column says it, or is left blank beside the release date (released before the list's date)
            now = rng.choice([f"освобожден{a} {rel_cell}", f"освобожден{a} по УДО", "", "наказание отбыто"])
        elif p.status == "acquitted":
            verdict, now = f"оправдан{a}", ""
        else:
            verdict, now = "", "идёт следствие"
        tie = {"yes": "да", "no": "нет", "doubt": "нет", "negated": "нет"}[p.tie]
        grid.append([i, name, p.birth_year or "", place, arts_ru(p, rng), ch_cell, sen_cell, verdict,
                     rel_cell if p.status == "released" else "", now, tie])
        truth.append(_truth_row(file, sheet, len(grid), p, p.started(), name, dvk=p.tie == "yes"))
    grid.append(["Примечание: сведения из открытых источников и от родственников осуждённых."])
    truth.append(_truth_row(file, sheet, len(grid), None))

    doc = OpenDocumentSpreadsheet()
    table = Table(name=sheet)
    width = len(grid[3])
    for r, values in enumerate(grid):
        tr = TableRow()
        if r < 3:  # title rows merged across the table
            cell = TableCell(valuetype="string", numbercolumnsspanned=width)
            cell.addElement(P(text=str(values[0])))
            tr.addElement(cell)
            for _ in range(width - 1):
                tr.addElement(CoveredTableCell())
            table.addElement(tr)
            continue
        for v in values:
            if isinstance(v, dt.date):
                cell = TableCell(valuetype="date", datevalue=v.isoformat())
                cell.addElement(P(text=v.strftime("%d.%m.%Y")))
                tr.addElement(cell)
            elif v is None or v == "":
                tr.addElement(TableCell())
            elif isinstance(v, int):
                cell = TableCell(valuetype="float", value=v)
                cell.addElement(P(text=str(v)))
                tr.addElement(cell)
            else:
                cell = TableCell(valuetype="string")
                for line in str(v).split("\n"):
                    cell.addElement(P(text=line))
                tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(folder / file))
    return truth


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the five files into `folder`; return the truth (one row per non-blank row below a header)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    rows = []
    for writer in (write_annex, write_volunteers, write_kazakh, write_tracker, write_ods):
        rows += writer(folder, rng)
    truth = pd.DataFrame(rows).reindex(columns=TRUTH_COLUMNS)
    truth["source_sheet"] = truth["source_sheet"].fillna("")
    truth["source_row"] = truth["source_row"].astype(int)
    truth["sentence_months"] = pd.to_numeric(truth["sentence_months"].replace("", None), errors="raise").astype("Int64")
    truth["birth_year"] = pd.to_numeric(truth["birth_year"].replace("", None), errors="raise").astype("Int64")
    return truth
