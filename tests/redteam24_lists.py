"""Red-team set 24: Kazakh-language and bilingual (kk/ru/en) lists the cleaner has never seen (a hold-out).

Written by an outsider to the cleaner, from SPEC.md, REFERENCE.md and the README's input sections only.
All names are invented; every file is generated here from a seeded random.Random, so the set is the same
on every run. `write_lists(folder)` writes the files and returns the truth (one row per non-blank row below
a header row).

Files and what each stresses
----------------------------
1. `aqzhaiyq_sot_tizimi.xlsx`, sheet `Тізім` -- a regional newspaper's court list (West Kazakhstan style)
   kept by two editors, one writing in Kazakh and one in Russian, so the LANGUAGE CHANGES ROW BY ROW:
   `Орал қ.` / `г. Уральск`, `БҚО, Орал қ.` / `ЗКО, г. Уральск`, `2021 жылғы 12 наурызда`,
   `2022 жылдың ақпан айында`, `12.03.2021ж.` / `12 марта 2021 г.`, `12.03.21`, `бес жылға бас
   бостандығынан айырылды` / `пять лет лишения свободы`, `ШМБ бойынша босатылды` / `освобождён по УДО`,
   `405-бабының 2-бөлігі`, `405-баптың 2-бөлігі`, `405 бап 2 бөлік` / `ч.2 ст.405 УК РК`, `ст.405 ч.2 УК`,
   `1986 ж.т.`, `1986 жылы туған` / `1986 г.р.`. Kazakh-only header; a merged title and a date line above
   it; year headings (`2021 жыл және одан бұрын`, `2022 год`); a "continued" line; totals and a source
   footnote at the end.
2. `ekitildi_tizim.xlsx`, sheets `Белсенділер` and `Мұрағат` -- a bilingual NGO site's export with
   PARALLEL COLUMNS: every field twice, the Kazakh column then the Russian one, under a merged group
   row naming the language (`Қазақша` over the Kazakh columns, `На русском` over the Russian ones).
   The translation lags: a row fills city, article, date and status in both languages (30%), in Kazakh
   only (40%) or in Russian only (30%); the name is always in both; where both are filled they agree.
   Birth year, the row number and the note (`ҚДТ жақтасы / сторонник ДВК`) are single columns.
3. `diaspora_apostrof.csv` -- a diaspora group's Google-Sheets list exported to CSV, written in the
   2017 APOSTROPHE Latin alphabet of Kazakh (ш = s', ң = n', ө = o', ү = u', і = i', ғ = g', у = y',
   и/й = i', ж = j): `S'ymkent`, `O'skemen`, `Atyray'`, `405-baby 2-bo'li'gi`, `7 jyl bas bostandyg'ynan
   ai'yry'`, `12 nay'ryz 2021`, `QDT`, `Ko's'e partii'asy`. Headers in the same script (`Ustalg'an
   ky'ni'` = date of detention); a tally line and a source line at the end.
4. `en_kk_tracker.xlsx`, sheet `Cases` -- an English tracker by a Kazakh volunteer group that keeps
   the KAZAKH ORIGINAL IN BRACKETS in the same cell, and for 30% of the rows the other way round:
   `Oral (Орал)` / `Жаңаөзен (Zhanaozen)`, `Art. 405(2) (405-бап 2-бөлік)`, `5 years in prison (5 жыл
   бас бостандығынан айыру)`, `12 March 2021 (2021 ж. 12 наурыз)`, `Nur-Sultan (Нұр-Сұлтан)`,
   `Almaty, Bostandyk district (Алматы қ.)`, `pending (күтілуде)` / `n/a` in the verdict-date column.
   Two-row header: group cells `Person` / `Case` merged over their columns; macro-region headings
   (`Батыс (West)`) between the blocks of rows; a legend line at the end.
5. `mangystau_tizim.xlsx`, sheet `Тизим` -- a human-rights defenders' group list collected over
   WhatsApp, KAZAKH TYPED WITHOUT KAZAKH LETTERS (a Russian keyboard: ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у,
   і→и): headers `Аты-жони`, `Туган жылы`, `Каласы`, `Кылмыстык кодекстин бабы`, `Усталган куни`,
   `Казирги жагдайы`; values `Оскемен к.`, `405-бабынын 2-болиги`, `2021 жылгы 6 кантарда`,
   `бас бостандыгынан айыру`, `КДТ`, `Коше партиясы`. Four people have two cases: `Р/с`, name, year of
   birth and town merged down over their two rows (each row is a case). A `* * *` divider line and a
   footnote below.
Decisions taken for the truth
-----------------------------
- city is the current official English name; region the city's current region (Semey -> Abai,
  Taldykorgan -> Jetisu, Zhezkazgan -> Ulytau, Konaev (written Капшагай before 2022) -> Almaty Region,
  Nur-Sultan -> Astana).
- articles: criminal code only, ascending, part in brackets where given; an article written twice in one
  cell (once per language) is one charge. No administrative-code article appears.
- status: `бас бостандығынан айыру` / `лишение свободы` / `in prison` = imprisoned (term kept);
  `бас бостандығын шектеу` / `ограничение свободы` = restricted_freedom (term kept); `айыппұл N АЕК` /
  `штраф N МРП` / `fine` = fined (no term); `тергеу изоляторында` / `в СИЗО` / `pre-trial detention` =
  pretrial_detention; `үй қамағы` / `домашний арест` = house_arrest; `тергеу жүріп жатыр` / `идёт
  следствие` / `under investigation` = under_investigation; `босатылды` / `освобождён` / `released` =
  released (no term); `ақталды` / `оправдан` / `acquitted` = acquitted. No suspended or parole sentences
  (no coin flips between probation and restricted freedom).
- started_on is the earliest of the dates in the row (detention, else charge, else verdict); a verdict
  date is always at least two months after the detention period ends, so the earliest is never in doubt.
  A month-only date is the first of the month, precision month; a year-only date, precision year.
- dvk_koshe True only where the affiliation names DVK / ҚДТ / Koshe / Көше партиясы / Партия улицы in
  some spelling; `ҚДТ?` (doubt), Hizb ut-Tahrir, "civic activist" and blanks are False.
- Parole (`ШМБ бойынша босатылды`, `по УДО`) is released with the term kept (SPEC "Decided readings").
- A cell in two languages gives one reading (both halves always agree); a verdict-date cell `pending`,
  `—`, `n/a` is no date.
- Two cases of one person under merged cells: the merged name, year of birth and town belong to both rows;
  each row has its own articles, date and status.
- Section headings, dividers, "continued" lines, totals, legends and footnotes below the header are not cases.
"""
from __future__ import annotations

import csv
import random
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

SEED = 24

# city key: (Kazakh Cyrillic, Russian, apostrophe Latin, English, region)
CITIES = {
    "Astana": ("Астана", "Астана", "Astana", "Astana", "Astana"),
    "Almaty": ("Алматы", "Алматы", "Almaty", "Almaty", "Almaty"),
    "Shymkent": ("Шымкент", "Шымкент", "S'ymkent", "Shymkent", "Shymkent"),
    "Oral": ("Орал", "Уральск", "Oral", "Oral", "West Kazakhstan"),
    "Atyrau": ("Атырау", "Атырау", "Atyray'", "Atyrau", "Atyrau"),
    "Aktobe": ("Ақтөбе", "Актобе", "Aqto'be", "Aktobe", "Aktobe"),
    "Aktau": ("Ақтау", "Актау", "Aqtay'", "Aktau", "Mangystau"),
    "Zhanaozen": ("Жаңаөзен", "Жанаозен", "Jan'ao'zen", "Zhanaozen", "Mangystau"),
    "Oskemen": ("Өскемен", "Усть-Каменогорск", "O'skemen", "Oskemen", "East Kazakhstan"),
    "Semey": ("Семей", "Семей", "Semei'", "Semey", "Abai"),
    "Taldykorgan": ("Талдықорған", "Талдыкорган", "Taldyqorg'an", "Taldykorgan", "Jetisu"),
    "Konaev": ("Қонаев", "Конаев", "Qonaev", "Konaev", "Almaty Region"),
    "Zhezkazgan": ("Жезқазған", "Жезказган", "Jezqazg'an", "Zhezkazgan", "Ulytau"),
    "Karaganda": ("Қарағанды", "Караганда", "Qarag'andy", "Karaganda", "Karaganda"),
    "Taraz": ("Тараз", "Тараз", "Taraz", "Taraz", "Zhambyl"),
    "Kyzylorda": ("Қызылорда", "Кызылорда", "Qyzylorda", "Kyzylorda", "Kyzylorda"),
    "Pavlodar": ("Павлодар", "Павлодар", "Pavlodar", "Pavlodar", "Pavlodar"),
    "Kostanay": ("Қостанай", "Костанай", "Qostanai'", "Kostanay", "Kostanay"),
    "Petropavl": ("Петропавл", "Петропавловск", "Petropavl", "Petropavl", "North Kazakhstan"),
    "Kokshetau": ("Көкшетау", "Кокшетау", "Ko'ks'etay'", "Kokshetau", "Akmola"),
    "Turkistan": ("Түркістан", "Туркестан", "Tu'rki'stan", "Turkistan", "Turkistan"),
}
WEST = ["Oral", "Oral", "Oral", "Atyrau", "Atyrau", "Aktobe", "Aktau", "Zhanaozen"]

MONTHS_KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]
MONTHS_KK_LOC = ["қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда", "шілдеде", "тамызда", "қыркүйекте",
                 "қазанда", "қарашада", "желтоқсанда"]
MONTHS_RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
MONTHS_RU = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
MONTHS_AP = ["qan'tar", "aqpan", "nay'ryz", "sa'y'i'r", "mamyr", "may'sym", "s'i'lde", "tamyz", "qyrku'i'ek", "qazan", "qaras'a", "jeltoqsan"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

ARTICLES = [(405, 2), (405, 2), (405, 1), (174, 1), (174, 2), (274, 2), (274, 4), (272, 2), (380, 1), (182, 2), (174, None)]

GIVEN_M = ["Ерлан", "Нұрлан", "Бауыржан", "Асхат", "Дәурен", "Серік", "Марат", "Ержан", "Қайрат", "Азамат", "Виктор", "Игорь", "Руслан", "Жандос", "Талғат"]
GIVEN_F = ["Гүлнар", "Айгүл", "Динара", "Сәуле", "Жанар", "Мадина", "Ольга", "Наталья", "Әсел", "Ботагөз"]
SURNAMES = ["Сейтқали", "Жақыпов", "Оспанов", "Құдайберген", "Исабаев", "Төлеуов", "Нұрғалиев", "Петренко", "Ким", "Абенов",
            "Мұқанов", "Шәріпов", "Дүйсенбаев", "Бекболат", "Қасымов", "Сидоренко", "Ахметжан", "Тұрсынов", "Есенғали", "Байжанов"]
LAT = str.maketrans({"а": "a", "ә": "a'", "б": "b", "в": "v", "г": "g", "ғ": "g'", "д": "d", "е": "e", "ж": "j", "з": "z",
                     "и": "i'", "й": "i'", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "n'", "о": "o", "ө": "o'",
                     "п": "p", "р": "r", "с": "s", "т": "t", "у": "y'", "ұ": "u", "ү": "u'", "ф": "f", "х": "h", "һ": "h",
                     "ы": "y", "і": "i'", "ш": "s'", "ч": "c'", "ц": "ts", "щ": "s'", "э": "e", "ю": "i'y'", "я": "i'a",
                     "ь": "", "ъ": "", "ё": "io"})


EN = str.maketrans({"а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
                    "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o",
                    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h",
                    "ы": "y", "і": "i", "ш": "sh", "ч": "ch", "ц": "ts", "щ": "shch", "э": "e", "ю": "yu", "я": "ya",
                    "ь": "", "ъ": "", "ё": "yo"})


def _english(text: str) -> str:
    return " ".join(w.lower().translate(EN).capitalize() for w in text.split())


def _latin(text: str) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        t = low.translate(LAT)
        out.append(t[:1].upper() + t[1:] if ch != low and t else t)
    return "".join(out)


def _person(rng: random.Random, used: set) -> tuple[str, str]:
    while True:
        female = rng.random() < 0.3
        given = rng.choice(GIVEN_F if female else GIVEN_M)
        sur = rng.choice(SURNAMES)
        if female and sur.endswith("ов") or female and sur.endswith("ев"):
            sur = sur + "а"
        name = f"{sur} {given}"
        if name not in used:
            used.add(name)
            return name, given


def _case(rng: random.Random, used: set, cities: list[str] | None = None) -> dict:
    name, _ = _person(rng, used)
    city = rng.choice(cities or list(CITIES))
    n_art = 1 if rng.random() < 0.75 else 2
    arts = sorted(set(rng.sample(ARTICLES, n_art)), key=lambda a: (a[0], a[1] or 0))
    arts = list({a[0]: a for a in arts}.values())  # one part per article
    year = rng.choice([2019, 2020, 2021, 2021, 2022, 2022, 2023])
    month = rng.randint(1, 9)
    day = rng.randint(1, 28)
    precision = rng.choices(["day", "month", "year"], [0.8, 0.15, 0.05])[0]
    kind = rng.choices(["imprisoned", "restricted_freedom", "fined", "pretrial_detention", "house_arrest",
                        "under_investigation", "released", "acquitted"], [0.3, 0.25, 0.08, 0.1, 0.06, 0.1, 0.06, 0.05])[0]
    months = None
    if kind in ("imprisoned", "restricted_freedom"):
        months = rng.choice([6, 12, 18, 24, 30, 36, 48, 60, 84])
    aff = rng.choices(["", "dvk", "koshe", "doubt", "hizb", "civic"], [0.45, 0.2, 0.15, 0.05, 0.05, 0.1])[0]
    # a verdict date for sentenced kinds, well after the detention period
    verdict = None
    if kind in ("imprisoned", "restricted_freedom", "fined", "acquitted") and rng.random() < 0.5:
        vy, vm = (year + 1, rng.randint(1, 12)) if precision == "year" else (year, month + rng.randint(2, 3))
        verdict = (vy, vm, rng.randint(1, 28))
    return {"name": name, "birth_year": rng.randint(1958, 2001) if rng.random() < 0.9 else None, "city": city,
            "articles": arts, "status": kind, "months": months, "date": (year, month, day), "precision": precision,
            "verdict": verdict, "aff": aff}


def _truth(case: dict, file: str, sheet: str, row: int, name: str) -> dict:
    y, m, d = case["date"]
    p = case["precision"]
    started = f"{y:04d}-{m:02d}-{d:02d}" if p == "day" else f"{y:04d}-{m:02d}-01" if p == "month" else f"{y:04d}-01-01"
    arts = "; ".join(f"{a}({pt})" if pt else f"{a}" for a, pt in case["articles"])
    city = case["city"]
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case", "city": CITIES[city][3],
            "region": CITIES[city][4], "articles": arts, "status": case["status"],
            "sentence_months": case["months"], "started_on": started, "started_precision": p,
            "birth_year": case["birth_year"], "dvk_koshe": case["aff"] in ("dvk", "koshe"), "name": name}


def _not_case(file: str, sheet: str, row: int) -> dict:
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case"}


# ---------------------------------------------------------------- wordings per language

def _term_kk(months: int) -> str:
    y, m = divmod(months, 12)
    return " ".join(p for p in (f"{y} жыл" if y else "", f"{m} ай" if m else "") if p)


NUM_KK = {1: "бір", 2: "екі", 3: "үш", 4: "төрт", 5: "бес", 6: "алты", 7: "жеті"}
NUM_RU = {1: "один", 2: "два", 3: "три", 4: "четыре", 5: "пять", 6: "шесть", 7: "семь"}


def _term_words(months: int, lang: str) -> str:
    """A whole number of years in words: `бес жыл`, `пять лет`."""
    y = months // 12
    if lang == "kk":
        return f"{NUM_KK[y]} жыл"
    return f"{NUM_RU[y]} {'год' if y == 1 else 'года' if y in (2, 3, 4) else 'лет'}"


def _term_ru(months: int) -> str:
    y, m = divmod(months, 12)
    yw = "год" if y == 1 else "года" if y in (2, 3, 4) else "лет"
    return " ".join(p for p in (f"{y} {yw}" if y else "", f"{m} мес." if m else "") if p)


def _term_ap(months: int) -> str:
    y, m = divmod(months, 12)
    return " ".join(p for p in (f"{y} jyl" if y else "", f"{m} ai'" if m else "") if p)


def _term_en(months: int) -> str:
    y, m = divmod(months, 12)
    return " ".join(p for p in (f"{y} year{'s' if y > 1 else ''}" if y else "", f"{m} months" if m else "") if p)


def _status_kk(c: dict, rng: random.Random) -> str:
    k, mo = c["status"], c["months"]
    if k == "imprisoned":
        return rng.choice([f"{_term_kk(mo)} бас бостандығынан айыру", f"{_term_kk(mo)}ға бас бостандығынан айырылды"
                           if not mo % 12 else f"{_term_kk(mo)} бас бостандығынан айыру"])
    if k == "restricted_freedom":
        return f"{_term_kk(mo)} бас бостандығын шектеу"
    return {"fined": f"айыппұл {rng.choice([100, 200, 500])} АЕК", "pretrial_detention": "тергеу изоляторында қамауда",
            "house_arrest": "үй қамағында", "under_investigation": "тергеу жүріп жатыр", "released": "босатылды",
            "acquitted": "ақталды"}[k]


def _status_ru(c: dict, rng: random.Random) -> str:
    k, mo = c["status"], c["months"]
    if k == "imprisoned":
        return rng.choice([f"{_term_ru(mo)} лишения свободы", f"лишение свободы на {_term_ru(mo)}"])
    if k == "restricted_freedom":
        return rng.choice([f"{_term_ru(mo)} ограничения свободы", f"ограничение свободы на {_term_ru(mo)}"])
    return {"fined": f"штраф {rng.choice([100, 200, 500])} МРП", "pretrial_detention": "содержится в СИЗО",
            "house_arrest": "под домашним арестом", "under_investigation": "идёт следствие", "released": "освобождён",
            "acquitted": "оправдан"}[k]


def _status_ap(c: dict) -> str:
    k, mo = c["status"], c["months"]
    if k == "imprisoned":
        return f"{_term_ap(mo)} bas bostandyg'ynan ai'yry'"
    if k == "restricted_freedom":
        return f"{_term_ap(mo)} bas bostandyg'yn s'ektey'"
    return {"fined": "ai'yppul 200 AEK", "pretrial_detention": "tergey' i'zoli'atorynda qamay'da",
            "house_arrest": "u'i' qamag'ynda", "under_investigation": "tergey' ju'ri'p jatyr", "released": "bosatyldy",
            "acquitted": "aqtaldy"}[k]


def _status_en(c: dict) -> str:
    k, mo = c["status"], c["months"]
    if k == "imprisoned":
        return f"{_term_en(mo)} in prison ({_term_kk(mo)} бас бостандығынан айыру)"
    if k == "restricted_freedom":
        return f"{_term_en(mo)} restricted freedom ({_term_kk(mo)} бас бостандығын шектеу)"
    return {"fined": "fine (айыппұл)", "pretrial_detention": "pre-trial detention (тергеу изоляторында)",
            "house_arrest": "house arrest (үй қамағы)", "under_investigation": "under investigation (тергеу жүріп жатыр)",
            "released": "released (босатылды)", "acquitted": "acquitted (ақталды)"}[k]


def _arts_kk(arts, rng: random.Random | None = None) -> str:
    form = rng.choice(["бабының", "baptyn", "plain"]) if rng else "бабының"
    if form == "plain":
        return ", ".join(f"{a} бап {p} бөлік" if p else f"{a} бап" for a, p in arts)
    if form == "baptyn":
        return "ҚК " + ", ".join(f"{a}-баптың {p}-бөлігі" if p else f"{a}-бап" for a, p in arts)
    return "ҚР ҚК " + ", ".join(f"{a}-бабының {p}-бөлігі" if p else f"{a}-бабы" for a, p in arts)


def _arts_ru(arts, rng: random.Random | None = None) -> str:
    if rng and rng.random() < 0.4:
        return ", ".join(f"ст.{a} ч.{p}" if p else f"ст.{a}" for a, p in arts) + " УК"
    return ", ".join(f"ч.{p} ст.{a} УК РК" if p else f"ст.{a} УК РК" for a, p in arts)


def _arts_ap(arts) -> str:
    return "; ".join(f"{a}-baby {p}-bo'li'gi" if p else f"{a}-bap" for a, p in arts)


def _arts_en(arts) -> str:
    en = ", ".join(f"Art. {a}({p})" if p else f"Art. {a}" for a, p in arts)
    kk = ", ".join(f"{a}-бап {p}-бөлік" if p else f"{a}-бап" for a, p in arts)
    return f"{en} ({kk})"


def _date_kk(date, precision, rng, inflected: bool = False) -> str:
    y, m, d = date
    if precision == "year":
        return rng.choice([f"{y} ж.", f"{y} жылы"]) if inflected else f"{y} ж."
    if precision == "month":
        return rng.choice([f"{y} ж. {MONTHS_KK[m - 1]}", f"{y} жылдың {MONTHS_KK[m - 1]} айында"]) if inflected \
            else f"{y} ж. {MONTHS_KK[m - 1]}"
    if inflected:
        return rng.choice([f"{y} жылғы {d} {MONTHS_KK_LOC[m - 1]}", f"{d:02d}.{m:02d}.{y} ж.", f"{y} жылғы {d} {MONTHS_KK[m - 1]}"])
    return rng.choice([f"{y} жылғы {d} {MONTHS_KK[m - 1]}", f"{d:02d}.{m:02d}.{y} ж."])


def _date_ru(date, precision, rng) -> str:
    y, m, d = date
    if precision == "year":
        return f"{y} г."
    if precision == "month":
        return f"{MONTHS_RU[m - 1]} {y} г."
    return rng.choice([f"{d} {MONTHS_RU_GEN[m - 1]} {y} г.", f"{d:02d}.{m:02d}.{y}"])


def _date_ap(date, precision, rng) -> str:
    y, m, d = date
    if precision == "year":
        return f"{y}"
    if precision == "month":
        return f"{MONTHS_AP[m - 1]} {y}"
    return rng.choice([f"{d} {MONTHS_AP[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"])


def _date_en(date, precision) -> str:
    y, m, d = date
    if precision == "year":
        return f"{y} ({y} ж.)"
    if precision == "month":
        return f"{MONTHS_EN[m - 1]} {y} ({y} ж. {MONTHS_KK[m - 1]})"
    return f"{d} {MONTHS_EN[m - 1]} {y} ({y} ж. {d} {MONTHS_KK[m - 1]})"


REGION_KK = {"West Kazakhstan": "БҚО", "Atyrau": "Атырау облысы", "Aktobe": "Ақтөбе облысы", "Mangystau": "Маңғыстау облысы",
             "East Kazakhstan": "ШҚО", "Abai": "Абай облысы", "Jetisu": "Жетісу облысы", "Almaty Region": "Алматы облысы",
             "Ulytau": "Ұлытау облысы", "Karaganda": "Қарағанды облысы", "Zhambyl": "Жамбыл облысы",
             "Kyzylorda": "Қызылорда облысы", "Pavlodar": "Павлодар облысы", "Kostanay": "Қостанай облысы",
             "North Kazakhstan": "СҚО", "Akmola": "Ақмола облысы", "Turkistan": "Түркістан облысы"}
REGION_RU = {"West Kazakhstan": "ЗКО", "Atyrau": "Атырауская обл.", "Aktobe": "Актюбинская обл.", "Mangystau": "Мангистауская обл.",
             "East Kazakhstan": "ВКО", "Abai": "обл. Абай", "Jetisu": "обл. Жетісу", "Almaty Region": "Алматинская обл.",
             "Ulytau": "обл. Ұлытау", "Karaganda": "Карагандинская обл.", "Zhambyl": "Жамбылская обл.",
             "Kyzylorda": "Кызылординская обл.", "Pavlodar": "Павлодарская обл.", "Kostanay": "Костанайская обл.",
             "North Kazakhstan": "СКО", "Akmola": "Акмолинская обл.", "Turkistan": "Туркестанская обл."}


def _city_ru(c: dict) -> str:
    key = c["city"]
    y = c["date"][0]
    if key == "Astana" and 2019 <= y <= 2021:
        return "г. Нур-Султан"
    if key == "Konaev" and y < 2022:
        return "г. Капшагай"
    return f"г. {CITIES[key][1]}"


AFF_KK = {"": "", "dvk": "ҚДТ", "koshe": "Көше партиясы", "doubt": "ҚДТ?", "hizb": "Хизб ут-Тахрир", "civic": "азаматтық белсенді"}
AFF_RU = {"": "—", "dvk": "ДВК", "koshe": "Партия улицы", "doubt": "ДВК?", "hizb": "Хизб ут-Тахрир", "civic": "гражданский активист"}
AFF_AP = {"": "", "dvk": "QDT", "koshe": "Ko's'e partii'asy", "doubt": "QDT?", "hizb": "Hizb ut-Tahrir", "civic": "azamattyq belsendi'"}
AFF_EN = {"": "", "dvk": "DVK supporter (ҚДТ)", "koshe": "Koshe Party (Көше партиясы)", "doubt": "DVK? (unconfirmed)",
          "hizb": "Hizb ut-Tahrir", "civic": "civic activist (азаматтық белсенді)"}


def _verdict_kk(v) -> str:
    y, m, d = v
    return f"{d:02d}.{m:02d}.{y} ж."


def _verdict_ru(v) -> str:
    y, m, d = v
    return f"{d:02d}.{m:02d}.{y}"


# ---------------------------------------------------------------- file 1: language changes row by row

def _file1(folder: Path, rng: random.Random, used: set) -> list[dict]:
    file, sheet = "aqzhaiyq_sot_tizimi.xlsx", "Тізім"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "«Ақ Жайық» газеті: саяси қудалау істері бойынша сот тізімі"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Жаңартылған: 2024 ж. 15 қаңтар. Редакторлар: Б. Сейтқалиева (қаз.), О. Петренко (рус.)"
    header = ["№", "Аты-жөні", "Туған жылы", "Тұрғылықты жері", "Айып тағылған бап", "Ұсталған күні",
              "Үкім шыққан күні", "Жаза / сот шешімі", "Ұйымға қатыстылығы"]
    ws.append([])
    ws.append(header)  # row 4
    truth, n = [], 0
    row = 4
    by_year: dict[str, list[dict]] = {"2021": [], "2022": [], "2023": []}
    for _ in range(90):
        c = _case(rng, used, cities=WEST + list(CITIES))
        key = "2021" if c["date"][0] <= 2021 else str(c["date"][0])
        by_year[key].append(c)
    headings = {"2021": "2021 жыл және одан бұрын", "2022": "2022 год", "2023": "2023 жыл"}
    for key in ("2021", "2022", "2023"):
        row += 1
        ws.append([headings[key]])
        truth.append(_not_case(file, sheet, row))
        for i, c in enumerate(by_year[key]):
            n += 1
            kk = (n % 2 == 1)
            by = c["birth_year"]
            birth = "" if by is None else (f"{by} ж.т." if kk else f"{by} г.р.")
            region = CITIES[c["city"]][4]
            city = f"{CITIES[c['city']][0]} қ." if kk else _city_ru(c)
            if region in REGION_KK and rng.random() < 0.5 and not (region == "Almaty Region" and not kk and c["date"][0] < 2022):
                city = f"{REGION_KK[region]}, {city}" if kk else f"{REGION_RU[region]}, {city}"
            arts = _arts_kk(c["articles"], rng) if kk else _arts_ru(c["articles"], rng)
            date = _date_kk(c["date"], c["precision"], rng, inflected=True) if kk else _date_ru(c["date"], c["precision"], rng)
            if c["precision"] == "day" and rng.random() < 0.25:
                y, m, d = c["date"]
                date = f"{d:02d}.{m:02d}.{y}ж." if kk else f"{d:02d}.{m:02d}.{y % 100:02d}"
            verdict = "" if c["verdict"] is None else (_verdict_kk(c["verdict"]) if kk else _verdict_ru(c["verdict"]))
            status = _status_kk(c, rng) if kk else _status_ru(c, rng)
            if c["status"] == "imprisoned" and rng.random() < 0.2:  # parole: released, the term kept (a decided reading)
                c["status"] = "released"
                status = (f"{_term_kk(c['months'])} бас бостандығынан айыру, ШМБ бойынша босатылды" if kk
                          else f"{_term_ru(c['months'])} лишения свободы, освобождён по УДО")
            elif c["months"] and c["months"] % 12 == 0 and rng.random() < 0.35:
                status = (f"{_term_words(c['months'], 'kk')}ға бас бостандығынан айырылды" if c["status"] == "imprisoned"
                          else f"{_term_words(c['months'], 'kk')} бас бостандығын шектеу") if kk else \
                         (f"{_term_words(c['months'], 'ru')} лишения свободы" if c["status"] == "imprisoned"
                          else f"{_term_words(c['months'], 'ru')} ограничения свободы")
            if kk and by is not None and rng.random() < 0.3:
                birth = f"{by} жылы туған"
            aff = AFF_KK[c["aff"]] if kk else AFF_RU[c["aff"]]
            row += 1
            ws.append([n, c["name"], birth, city, arts, date, verdict, status, aff])
            truth.append(_truth(c, file, sheet, row, c["name"]))
            if key == "2022" and i == 20:
                row += 1
                ws.append(["", "жалғасы келесі бетте / продолжение на следующей странице"])
                truth.append(_not_case(file, sheet, row))
    row += 1
    ws.append(["", f"Барлығы: {n} адам / Итого: {n} человек"])
    truth.append(_not_case(file, sheet, row))
    row += 1
    ws.append(["", "Дереккөз: сот актілерінің банкі, редакция мұрағаты. Источник: банк судебных актов."])
    truth.append(_not_case(file, sheet, row))
    for col, width in zip("ABCDEFGHI", (5, 28, 12, 20, 34, 22, 16, 40, 22)):
        ws.column_dimensions[col].width = width
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------- file 2: parallel Kazakh | Russian columns

def _file2(folder: Path, rng: random.Random, used: set) -> list[dict]:
    file = "ekitildi_tizim.xlsx"
    wb = Workbook()
    truth = []
    for sheet, count, kinds in (("Белсенділер", 50, None), ("Мұрағат", 25, ("released", "acquitted", "fined"))):
        ws = wb.active if sheet == "Белсенділер" else wb.create_sheet(sheet)
        ws.title = sheet
        ws["A1"] = "Саяси қудалауға ұшыраған белсенділер / Активисты, подвергшиеся политическому преследованию"
        ws.merge_cells("A1:M1")
        # row 2: language groups; row 3: headers
        ws.cell(2, 1, "№")
        ws.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
        ws.cell(2, 2, "Қазақша")
        ws.merge_cells(start_row=2, start_column=2, end_row=2, end_column=6)
        ws.cell(2, 7, "На русском")
        ws.merge_cells(start_row=2, start_column=7, end_row=2, end_column=11)
        ws.cell(2, 12, "Туған жылы / Год рождения")
        ws.merge_cells(start_row=2, start_column=12, end_row=3, end_column=12)
        for j, h in enumerate(["Аты-жөні", "Қаласы", "Бабы", "Ұсталған күні", "Қазіргі жағдайы"], start=2):
            ws.cell(3, j, h)
        for j, h in enumerate(["ФИО", "Город", "Статья", "Дата задержания", "Текущий статус"], start=7):
            ws.cell(3, j, h)
        ws.cell(2, 13, "Ескерту / Примечание")
        ws.merge_cells(start_row=2, start_column=13, end_row=3, end_column=13)
        row = 3
        n = 0
        for _ in range(count):
            c = _case(rng, used)
            if kinds:
                c["status"] = rng.choice(kinds)
                c["months"] = None
            n += 1
            row += 1
            kk_date = _date_kk(c["date"], c["precision"], rng)
            ru_date = _date_ru(c["date"], c["precision"], rng)
            ru_name = c["name"]
            note = {"": "", "dvk": "ҚДТ жақтасы / сторонник ДВК", "koshe": "Көше партиясы / Партия улицы",
                    "doubt": "ҚДТ? / ДВК? (расталмаған / не подтверждено)", "hizb": "Хизб ут-Тахрир",
                    "civic": "азаматтық белсенді / гражданский активист"}[c["aff"]]
            kk_cells = [f"{CITIES[c['city']][0]} қаласы", _arts_kk(c["articles"]), kk_date, _status_kk(c, rng)]
            ru_cells = [_city_ru(c), _arts_ru(c["articles"]), ru_date, _status_ru(c, rng)]
            # the translation lags behind: many rows are filled in one language only (the name in both)
            mode = rng.choices(["both", "kk", "ru"], [0.3, 0.4, 0.3])[0]
            if mode == "kk":
                ru_cells = ["", "", "", ""]
            elif mode == "ru":
                kk_cells = ["", "", "", ""]
            ws.append([n, c["name"], *kk_cells, ru_name, *ru_cells, c["birth_year"] if c["birth_year"] is not None else "", note])
            truth.append(_truth(c, file, sheet, row, c["name"]))
            if n == 30 and sheet == "Белсенділер":
                row += 1
                ws.append(["", "Төмендегі мәліметтер 2023 ж. тексерілді / Сведения ниже проверены в 2023 г."])
                truth.append(_not_case(file, sheet, row))
        row += 1
        ws.append(["", f"Жиыны / Всего: {n}"])
        truth.append(_not_case(file, sheet, row))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------- file 3: apostrophe Latin CSV

def _file3(folder: Path, rng: random.Random, used: set) -> list[dict]:
    file = "diaspora_apostrof.csv"
    header = ["Reti'", "Aty-jo'ni'", "Tug'an jyly", "Qalasy", "Baby", "Ustalg'an ky'ni'", "Jaza", "Partii'asy", "Eskerty'"]
    lines, truth = [header], []
    for n in range(1, 71):
        c = _case(rng, used)
        name = _latin(c["name"])
        note = rng.choice(["", "", "Telegram arnasy arqyly habarlandy", "advokaty bar"])
        lines.append([str(n), name, "" if c["birth_year"] is None else str(c["birth_year"]), CITIES[c["city"]][2],
                      _arts_ap(c["articles"]), _date_ap(c["date"], c["precision"], rng), _status_ap(c), AFF_AP[c["aff"]], note])
        truth.append(_truth(c, file, "", len(lines), name))
    lines.append(["", "Barlyg'y: 70 adam", "", "", "", "", "", "", ""])
    truth.append(_not_case(file, "", len(lines)))
    lines.append(["", "Derekko'z: diaspora toby, 2023 j.", "", "", "", "", "", "", ""])
    truth.append(_not_case(file, "", len(lines)))
    with open(folder / file, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(lines)
    return truth


# ---------------------------------------------------------------- file 4: English with the Kazakh in brackets

def _swap(cell: str) -> str:
    """`English (Kazakh)` -> `Kazakh (English)`."""
    head, _, tail = cell.partition(" (")
    return f"{tail[:-1]} ({head})" if tail else cell


def _file4(folder: Path, rng: random.Random, used: set) -> list[dict]:
    file, sheet = "en_kk_tracker.xlsx", "Cases"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Political prosecutions in Kazakhstan -- volunteer tracker (English with the Kazakh original in brackets)"
    ws.merge_cells("A1:I1")
    ws.cell(2, 1, "#")
    ws.merge_cells("A2:A3")
    ws.cell(2, 2, "Person")
    ws.merge_cells("B2:D2")
    ws.cell(2, 5, "Case")
    ws.merge_cells("E2:H2")
    ws.cell(2, 9, "Group")
    ws.merge_cells("I2:I3")
    for j, h in enumerate(["Full name", "Year of birth", "Town"], start=2):
        ws.cell(3, j, h)
    for j, h in enumerate(["Charges", "Detained", "Verdict date", "Outcome"], start=5):
        ws.cell(3, j, h)
    regions = {"West": ["Oral", "Atyrau", "Aktobe", "Aktau", "Zhanaozen"],
               "South": ["Shymkent", "Taraz", "Kyzylorda", "Turkistan"],
               "Almaty and Jetisu": ["Almaty", "Konaev", "Taldykorgan"],
               "North, East and Centre": ["Astana", "Karaganda", "Zhezkazgan", "Pavlodar", "Oskemen", "Semey",
                                          "Kostanay", "Petropavl", "Kokshetau"]}
    heading_kk = {"West": "Батыс (West)", "South": "Оңтүстік (South)", "Almaty and Jetisu": "Алматы және Жетісу (Almaty and Jetisu)",
                  "North, East and Centre": "Солтүстік, Шығыс, Орталық (North, East and Centre)"}
    truth, row, n = [], 3, 0
    for region, cities in regions.items():
        row += 1
        ws.append([heading_kk[region]])
        truth.append(_not_case(file, sheet, row))
        for _ in range(20):
            c = _case(rng, used, cities=cities)
            n += 1
            row += 1
            name = _english(c["name"])
            key = c["city"]
            town = f"{CITIES[key][3]} ({CITIES[key][0]})"
            if key == "Oral":
                town = "Uralsk (Орал)"
            elif key == "Astana" and 2019 <= c["date"][0] <= 2021:
                town = "Nur-Sultan (Нұр-Сұлтан)"
            elif key == "Almaty" and rng.random() < 0.5:
                town = f"Almaty, {rng.choice(['Almaly', 'Bostandyk', 'Auezov'])} district (Алматы қ.)"
            verdict = ""
            if c["verdict"] is not None:
                vy, vm, vd = c["verdict"]
                verdict = f"{vd} {MONTHS_EN[vm - 1]} {vy}"
            elif c["status"] in ("pretrial_detention", "under_investigation", "house_arrest"):
                verdict = rng.choice(["pending (күтілуде)", "—", "n/a"])
            cells = [town, _arts_en(c["articles"]), _date_en(c["date"], c["precision"]), _status_en(c)]
            if rng.random() < 0.3:  # a volunteer who wrote the Kazakh first and the English in brackets
                cells = [_swap(cell) for cell in cells]
            ws.append([n, name, c["birth_year"] if c["birth_year"] is not None else "", cells[0], cells[1], cells[2], verdict,
                       cells[3], AFF_EN[c["aff"]]])
            truth.append(_truth(c, file, sheet, row, name))
    row += 1
    ws.append(["", "Legend: the Kazakh in brackets is the wording of the source (court act or family)."])
    truth.append(_not_case(file, sheet, row))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------- file 5: Kazakh typed without Kazakh letters

NO_KK_LETTERS = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
                               "Ә": "А", "Ғ": "Г", "Қ": "К", "Ң": "Н", "Ө": "О", "Ұ": "У", "Ү": "У", "Һ": "Х", "І": "И"})
MANGYSTAU = ["Aktau", "Aktau", "Zhanaozen", "Zhanaozen", "Atyrau", "Aktobe", "Oral", "Shymkent", "Oskemen", "Karaganda",
             "Kyzylorda", "Turkistan", "Taldykorgan", "Zhezkazgan"]


def _plain(text: str) -> str:
    return text.translate(NO_KK_LETTERS)


def _file5(folder: Path, rng: random.Random, used: set) -> list[dict]:
    file, sheet = "mangystau_tizim.xlsx", "Тизим"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = _plain("Маңғыстау облысы және басқа өңірлер: саяси себептермен қудаланғандар тізімі")
    ws.merge_cells("A1:I1")
    ws["A2"] = _plain("Құқық қорғаушылар тобы жинаған мәліметтер (WhatsApp арқылы)")
    ws.append([])
    ws.append([_plain(h) for h in ["Р/с", "Аты-жөні", "Туған жылы", "Қаласы", "Қылмыстық кодекстің бабы", "Ұсталған күні",
                                   "Қазіргі жағдайы", "Партиясы", "Ескертпе"]])  # row 4
    truth, row, n = [], 4, 0
    for i in range(48):
        c = _case(rng, used, cities=MANGYSTAU)
        pair = [c]
        if i % 12 == 5:  # the same person with a second case: name, year of birth and town merged down over both rows
            c2 = _case(rng, used, cities=MANGYSTAU)
            c2.update(name=c["name"], birth_year=c["birth_year"], city=c["city"], aff=c["aff"])
            pair.append(c2)
        first = row + 1
        for k, cc in enumerate(pair):
            row += 1
            if k == 0:
                n += 1
            name = _plain(c["name"])
            arts = _plain(_arts_kk(cc["articles"], rng))
            date = _plain(_date_kk(cc["date"], cc["precision"], rng, inflected=True))
            status = _plain(_status_kk(cc, rng))
            aff = _plain(AFF_KK[cc["aff"]])
            note = rng.choice(["", "", _plain("отбасы хабарлады"), _plain("адвокаты бар")])
            ws.append([n if k == 0 else None, name if k == 0 else None,
                       (c["birth_year"] if c["birth_year"] is not None else "") if k == 0 else None,
                       _plain(f"{CITIES[c['city']][0]} қ.") if k == 0 else None, arts, date, status, aff, note])
            truth.append(_truth(cc, file, sheet, row, name))
        if len(pair) == 2:
            for col in (1, 2, 3, 4):
                ws.merge_cells(start_row=first, start_column=col, end_row=row, end_column=col)
        if i == 23:
            row += 1
            ws.append([None, _plain("* * *  Төменде 2023 жылдан кейін қосылғандар  * * *")])
            truth.append(_not_case(file, sheet, row))
    row += 1
    ws.append([None, _plain("Ескертпе: ҚДТ — Қазақстанның демократиялық таңдауы.")])
    truth.append(_not_case(file, sheet, row))
    wb.save(folder / file)
    return truth


COLUMNS = ["source_file", "source_sheet", "source_row", "kind", "city", "region", "articles", "status", "sentence_months",
           "started_on", "started_precision", "birth_year", "dvk_koshe", "name"]


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the five lists into `folder`; return the truth, one row per non-blank row below a header."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    used: set = set()
    rows = (_file1(folder, rng, used) + _file2(folder, rng, used) + _file3(folder, rng, used) + _file4(folder, rng, used)
            + _file5(folder, rng, used))
    truth = pd.DataFrame(rows).reindex(columns=COLUMNS)
    truth["source_row"] = truth["source_row"].astype(int)
    truth["sentence_months"] = truth["sentence_months"].astype("Int64")
    truth["birth_year"] = truth["birth_year"].astype("Int64")
    truth["dvk_koshe"] = truth["dvk_koshe"].fillna(False).astype(bool)
    return truth
