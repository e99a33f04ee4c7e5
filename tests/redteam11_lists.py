"""Red-team set 11: five lists in layouts the project has not copied, written by an outsider (a HOLD-OUT).

The writer of this module read neither the sample generator, the vocabularies, the cleaner's modules nor the
earlier red-team lists; only the README, the domain reference, the README's data dictionary and its sections on
accepted input. Every list is generated here from a seeded random generator (`random.Random(11)`), names are
invented. `write_lists(folder)` writes the files and returns the truth: one row per non-blank row below a
header row (source_file, source_sheet, source_row, kind, and for cases the fields of the README's data dictionary).

Files and what each stresses
----------------------------
1. `pace_annex_kazakhstan_2023.xlsx`, sheet `Annex` (a parliamentary-assembly resolution annex, English).
   Three merged title rows; header `No. | Name | Born | Background | Charges and sentence`; section headings
   "A. Persons imprisoned", "B. Non-custodial sentences", "C. Persons released", "D. Persons awaiting trial
   or under investigation"; two footnotes. Names in "SURNAME Firstname" capitals. The city and the tie to
   DVK / Koshe are only in the prose of `Background` ("A blogger from Semey; supporter of the banned Koshe
   Party. Detained on 12 March 2021."), the dates are only in prose (no date column), articles and the
   sentence share one cell ("Art. 405(2) CC. Sentenced on 3 August 2021 to seven years' imprisonment."),
   terms are written in words ("seven years'", "3 yrs", "two years and six months'"). `Born` holds a year,
   "b. 1979" or a full date of birth (a date that is not an event of the case).
2. `batys_monitoring_2022.xlsx`, two sheets in Kazakh (Cyrillic) from a regional monitoring group.
   Sheet `Батыс өңірі`: two title rows, a two-row header with a merged `Күндері` group over `ұсталған` /
   `үкім шыққан` (detained / verdict), region section headings and `Барлығы:` subtotal rows, a footnote.
   Dates as "2021 жылғы 12 наурыз", "12.03.2021 ж.", "2020 жылғы қазан" (month), date cells.
   Articles "ҚК 174-бабының 2-бөлігі", "ҚР ҚК 405-бабы 1-бөлігі, 182-бабы 2-бөлігі", "274-бап 4-бөлік
   2-тармақ". `Жаза` (sentence) and `Қазіргі жағдайы` (current state) both given; `Ескерту` notes name
   "Көше партиясы" / "ҚДТ" (Kazakh for DVK), or doubt ("ҚДТ?").
   Sheet `Маңғыстау`: a plain one-row header with other Kazakh wordings (`Т.А.Ә.`, `Т.ж.`, `Қаласы`,
   `Қамауға алынған күні`, `Бабы`, `Үкім`, `Мәртебесі`, `Ескерту`).
3. `tracker_po_godam.xlsx`, sheet `Трекер` (Russian): one row per person, one column per year 2019-2022
   (integer headers under a merged `Что происходило (по годам)`), cells such as "задержан 12.05; СИЗО",
   "возбуждено дело (март)", "приговор 14.09: 3 г. л/с", "освобождён 02.11 (УДО)"; a legend row below.
4. `osd_probation_2023-03-01.csv` (cp1251, `;`): a probation-watch group's list of people under restricted
   freedom (ОСД) or a suspended sentence only; two title lines, header on line 3, section lines "I. ..."
   / "II. ...", subtotals, a grand total and a footnote; columns `Срок наказания`, `Дата приговора`,
   `Начало срока`, `Конец срока`, `Осталось (на 01.03.2023)` (remaining term, not the sentence).
5. `form_responses_cases.csv` (UTF-8, `,`): a Google-Forms export: `Timestamp` (submission time, never an
   event), `Email address`, question headers ("What is the person's year of birth?", "In which city was the
   person detained?", "When was the person detained or first charged?", ...), free-text answers in English,
   Russian and Kazakh, a yes/no question about DVK/Koshe answered "Yes", "Да", "No", "Не знаю", "Not sure",
   and one test submission.

Decisions taken for the truth
-----------------------------
- City is the town the row names (for the annex: the one town its Background names; "Kapshagay (now
  Konaev)" and "Ust-Kamenogorsk (Oskemen)" name one town); region is that town's current region.
- Articles: criminal code only, ascending, part in brackets only when written; a point (тармақ) inside a
  part is dropped (`274(4)`).
- Status is where the case stands as the list tells it: in the annex, the sentence phrase of "Charges and
  sentence" plus "Released on ..." (section C); in the Kazakh sheets, `Қазіргі жағдайы` / `Мәртебесі`, which
  always agrees with `Жаза` / `Үкім` (a released person keeps the term of the sentence); in the tracker, the
  last step written (never a bare detention: such a step always says СИЗО or house arrest); in the
  probation list, `Вид наказания` (ОСД / ограничение свободы = restricted_freedom, условно = probation);
  in the form, the status answer, with the sentence answer giving the term.
- sentence_months is the main punishment's term (a ban on activity beside it is not the term; the
  remaining term `Осталось` is not the term). A fine has no term. No term is written for detention or
  house arrest.
- started_on is the earliest dated event the row gives (detained, charged, sentenced, released); a partial
  date is the first day of its month/year with that precision. In the tracker, a step in a year column
  without a day/month is dated by its year ("возбуждено дело" under 2019 = 2019, precision year); a step
  with "(март)" has month precision. In the probation list, `Дата приговора` is always given and is the
  earliest date (`Начало срока` follows it). A date of birth and the form's `Timestamp` are never events.
- birth_year: from a year, "b. 1979", "1987 г.р." or a full date of birth; "n/a", "не знаю", blank: null.
- dvk_koshe True only where the row names DVK / ҚДТ / Koshe / Көше (notes, Background, or "Yes"/"Да" in the
  form's yes/no question); "ДВК?", "ҚДТ?", "Not sure", "Не знаю" are False; never from article 405 alone.
- Not cases: section headings, subtotals/totals, footnotes, the legend row, the form's test submission.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

FIELDS = ["city", "region", "articles", "status", "sentence_months", "started_on", "started_precision",
          "birth_year", "dvk_koshe", "name"]
LIST_DATE = dt.date(2023, 3, 1)

# city key: (truth city, truth region, ru, kk, en)
CITIES = {
    "astana": ("Astana", "Astana", "Нур-Султан", "Астана", "Nur-Sultan"),
    "almaty": ("Almaty", "Almaty", "Алматы", "Алматы", "Almaty"),
    "shymkent": ("Shymkent", "Shymkent", "Шымкент", "Шымкент", "Shymkent"),
    "oral": ("Oral", "West Kazakhstan", "Уральск", "Орал", "Uralsk"),
    "aktobe": ("Aktobe", "Aktobe", "Актобе", "Ақтөбе", "Aktobe"),
    "semey": ("Semey", "Abai", "Семей", "Семей", "Semey"),
    "oskemen": ("Oskemen", "East Kazakhstan", "Усть-Каменогорск", "Өскемен", "Ust-Kamenogorsk"),
    "taldykorgan": ("Taldykorgan", "Jetisu", "Талдыкорган", "Талдықорған", "Taldykorgan"),
    "konaev": ("Konaev", "Almaty Region", "Капчагай", "Қонаев", "Kapshagay"),
    "zhezkazgan": ("Zhezkazgan", "Ulytau", "Жезказган", "Жезқазған", "Zhezkazgan"),
    "atyrau": ("Atyrau", "Atyrau", "Атырау", "Атырау", "Atyrau"),
    "taraz": ("Taraz", "Zhambyl", "Тараз", "Тараз", "Taraz"),
    "kyzylorda": ("Kyzylorda", "Kyzylorda", "Кызылорда", "Қызылорда", "Kyzylorda"),
    "aktau": ("Aktau", "Mangystau", "Актау", "Ақтау", "Aktau"),
    "zhanaozen": ("Zhanaozen", "Mangystau", "Жанаозен", "Жаңаөзен", "Zhanaozen"),
    "karaganda": ("Karaganda", "Karaganda", "Караганда", "Қарағанды", "Karaganda"),
    "pavlodar": ("Pavlodar", "Pavlodar", "Павлодар", "Павлодар", "Pavlodar"),
    "kostanay": ("Kostanay", "Kostanay", "Костанай", "Қостанай", "Kostanay"),
    "petropavl": ("Petropavl", "North Kazakhstan", "Петропавловск", "Петропавл", "Petropavl"),
    "kokshetau": ("Kokshetau", "Akmola", "Кокшетау", "Көкшетау", "Kokshetau"),
    "turkistan": ("Turkistan", "Turkistan", "Туркестан", "Түркістан", "Turkistan"),
    "temirtau": ("Temirtau", "Karaganda", "Темиртау", "Теміртау", "Temirtau"),
    "ekibastuz": ("Ekibastuz", "Pavlodar", "Экибастуз", "Екібастұз", "Ekibastuz"),
}

KZ_SUR = ["Серикбаев", "Жумабеков", "Тулегенов", "Оспанов", "Нурланов", "Касымов", "Ахметов", "Бекмуханов",
          "Сагындыков", "Есенов", "Муратбеков", "Исабеков", "Калиев", "Жаксылыков", "Абенов", "Турсынбаев",
          "Ермеков", "Дауленов", "Баймуханов", "Кенжебаев", "Утегенов", "Шалабаев", "Мукашев", "Сейтказин"]
RU_SUR = ["Смирнов", "Кузнецов", "Павлов", "Белов", "Григорьев", "Зайцев", "Морозов", "Волков", "Соколов",
          "Лебедев", "Фролов", "Гусев"]
KZ_M = ["Айдос", "Ерлан", "Нурлан", "Асхат", "Бауыржан", "Дархан", "Ержан", "Канат", "Марат", "Талгат",
        "Жандос", "Руслан", "Арман", "Серик", "Бекзат", "Олжас"]
KZ_F = ["Айгерим", "Жанар", "Гульнара", "Динара", "Асель", "Салтанат", "Мадина", "Камила", "Алия", "Жулдыз"]
RU_M = ["Сергей", "Алексей", "Дмитрий", "Игорь", "Виктор", "Андрей", "Олег"]
RU_F = ["Ольга", "Наталья", "Елена", "Ирина", "Татьяна"]

TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
                    ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "a", "g",
                     "k", "n", "o", "u", "u", "h", "i"]))

RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                 "октября", "ноября", "декабря"]
RU_MONTHS_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                 "ноябрь", "декабрь"]
KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
EN_NUM = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten"}

ARTICLE_SETS = [[(405, 2)], [(405, 1)], [(174, 1)], [(174, 2)], [(274, 2)], [(274, 4)], [(272, 2)],
                [(380, 1)], [(182, 2), (405, 2)], [(174, 1), (274, 2)], [(179, 2)], [(405, 2), (258, 1)],
                [(405, 2)], [(405, 2)], [(174, 1)], [(256, 1)]]
TERMS = {"imprisoned": [24, 36, 42, 48, 60, 72, 84, 30, 18],
         "restricted_freedom": [12, 18, 24, 30, 36, 60],
         "probation": [12, 18, 24, 36],
         "released": [12, 18, 24, 30, 36, 42]}


def translit(text: str) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        t = TRANSLIT.get(low, ch)
        out.append(t.capitalize() if ch != low else t)
    return "".join(out)


def articles_truth(arts) -> str:
    return "; ".join(f"{a}({p})" if p else str(a) for a, p in sorted(arts))


def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    return dt.date(d.year + y, m + 1, min(d.day, 28))


class Person:
    """One invented case: the facts every layout renders its own way."""

    def __init__(self, rng: random.Random, status: str, lo: dt.date, hi: dt.date, asof: dt.date = LIST_DATE):
        self.female = rng.random() < 0.3
        if rng.random() < 0.75:
            sur = rng.choice(KZ_SUR)
            first = rng.choice(KZ_F if self.female else KZ_M)
            father = rng.choice(KZ_M)
            pat = father + ("қызы" if self.female else "ұлы")
            ru_pat = father + ("овна" if self.female else "ович")
        else:
            sur = rng.choice(RU_SUR)
            first = rng.choice(RU_F if self.female else RU_M)
            pat = ru_pat = rng.choice(["Сергеев", "Викторов", "Петров", "Андреев"]) + ("на" if self.female else "ич")
        self.surname = sur + ("а" if self.female else "")
        self.first, self.pat, self.ru_pat = first, pat, ru_pat
        self.birth_year = rng.randint(1958, 2001)
        self.city = rng.choice(list(CITIES))
        self.articles = rng.choice(ARTICLE_SETS)
        self.status = status
        self.term = rng.choice(TERMS[status]) if status in TERMS else None
        span = (hi - lo).days
        self.first_day = lo + dt.timedelta(days=rng.randint(0, span))
        self.detained = self.charged = self.sentenced = self.released = None
        d0 = self.first_day
        gap = dt.timedelta(days=rng.randint(50, 200))
        if status in ("imprisoned", "released", "pretrial_detention", "house_arrest"):
            self.detained = d0
        else:
            self.charged = d0
        latest = asof - dt.timedelta(days=15)  # no event after the date the list speaks for
        if status in ("imprisoned", "released", "restricted_freedom", "probation", "fined", "acquitted"):
            self.sentenced = d0 + gap
            if self.sentenced > latest:
                self.sentenced = d0 + (latest - d0) // 2
        if status == "released":
            self.released = self.sentenced + dt.timedelta(days=rng.randint(60, 400))
            self.released = min(self.released, asof - dt.timedelta(days=10))
        self.dvk = rng.choices(["yes", "no", "doubt"], [0.35, 0.57, 0.08])[0]

    def ru_name(self) -> str:
        return f"{self.surname} {self.first} {self.ru_pat}"

    def kk_name(self) -> str:
        return f"{self.surname} {self.first} {self.pat}"

    def latin_caps(self) -> str:
        return f"{translit(self.surname).upper()} {translit(self.first)}"


def pick_status(rng, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), list(weights.values()))[0]


def earliest(*dated):
    """dated: (date, precision) pairs or None; the earliest (finer precision on a tie)."""
    rank = {"day": 0, "month": 1, "year": 2}
    items = [d for d in dated if d is not None]
    if not items:
        return None, None
    d, p = min(items, key=lambda x: (x[0], rank[x[1]]))
    return d.isoformat(), p


def truth_row(file, sheet, row, person=None, *, name, city_key=None, articles=None, status=None, term=None,
              started=(None, None), birth_year=None, dvk=False):
    rec = {"source_file": file, "source_sheet": sheet, "source_row": row}
    if person is None and name is None:
        rec.update(kind="not_a_case", **{f: None for f in FIELDS})
        return rec
    city, region = (CITIES[city_key][0], CITIES[city_key][1]) if city_key else (None, None)
    rec.update(kind="case", city=city, region=region, articles=articles_truth(articles) if articles else None,
               status=status, sentence_months=term, started_on=started[0], started_precision=started[1],
               birth_year=birth_year, dvk_koshe=bool(dvk), name=name)
    return rec


def not_case(file, sheet, row):
    return truth_row(file, sheet, row, name=None)


# ---------------------------------------------------------------------------------------------- 1. annex
def en_date(d: dt.date, rng) -> str:
    return rng.choice([f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}", f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"])


def en_term(months: int, rng) -> str:
    y, m = divmod(months, 12)
    style = rng.randrange(3)
    if style == 0 and y and not m:
        return f"{EN_NUM[y]} years'" if y > 1 else "one year's"
    if style == 1 and y and not m:
        return f"{y} yrs" if y > 1 else "1 yr"
    if y and m:
        return f"{EN_NUM[y]} year{'s' if y > 1 else ''} and {EN_NUM[m]} months'"
    if not y:
        return f"{m} months'"
    return f"{y} years'" if y > 1 else "1 year's"


def en_articles(arts, rng) -> str:
    style = rng.randrange(3)
    if style == 0:
        parts = [f"Art. {a}({p})" for a, p in arts]
        return " and ".join(parts) + " CC"
    if style == 1:
        return "; ".join(f"Article {a} part {p}" for a, p in arts) + " of the Criminal Code"
    if len(arts) == 1:
        a, p = arts[0]
        return f"Article {a}({p}) of the Criminal Code"
    return "Articles " + " and ".join(f"{a}({p})" for a, p in arts) + " of the Criminal Code"


ROLE = ["civic activist", "blogger", "journalist", "teacher", "entrepreneur", "pensioner", "lawyer",
        "trade-union member", "poet", "farmer"]


def write_annex(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "pace_annex_kazakhstan_2023.xlsx", "Annex"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    titles = ["APPENDIX",
              "Persons prosecuted in Kazakhstan on politically motivated grounds referred to in paragraph 9",
              "Situation as of 1 February 2023, as reported to the rapporteurs by Kazakh human rights defenders"]
    for r, t in enumerate(titles, 1):
        ws.cell(r, 1, t).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    header_row = 5
    for c, h in enumerate(["No.", "Name", "Born", "Background", "Charges and sentence"], 1):
        ws.cell(header_row, c, h).font = Font(bold=True)
    truth, r, n = [], header_row + 1, 0
    sections = [("A. Persons serving prison sentences", {"imprisoned": 1}, 14),
                ("B. Persons given non-custodial sentences", {"restricted_freedom": .45, "probation": .3, "fined": .25}, 14),
                ("C. Persons released", {"released": 1}, 8),
                ("D. Persons awaiting trial or under investigation",
                 {"pretrial_detention": .4, "house_arrest": .25, "under_investigation": .25, "acquitted": .1}, 10)]
    for title, weights, count in sections:
        ws.cell(r, 1, title).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        truth.append(not_case(file, sheet, r))
        r += 1
        for _ in range(count):
            p = Person(rng, pick_status(rng, weights), dt.date(2018, 6, 1), dt.date(2022, 9, 30),
                       dt.date(2023, 2, 1))
            n += 1
            born_style = rng.randrange(5)
            if born_style == 0:
                born, by = str(p.birth_year), p.birth_year
            elif born_style == 1:
                born, by = f"b. {p.birth_year}", p.birth_year
            elif born_style == 2:
                born, by = dt.datetime(p.birth_year, rng.randint(1, 12), rng.randint(1, 28)), p.birth_year
            elif born_style == 3:
                born, by = p.birth_year, p.birth_year
            else:
                born, by = "n/a", None
            city = CITIES[p.city][4]
            if p.city == "konaev" and rng.random() < .5:
                city = "Kapshagay (now Konaev)"
            if p.city == "oskemen" and rng.random() < .5:
                city = "Ust-Kamenogorsk (Oskemen)"
            if p.city == "oral" and rng.random() < .5:
                city = "Oral"
            role = rng.choice(ROLE)
            a_or_an = "An" if role[0] in "aeiou" else "A"
            opener = rng.choice([f"{a_or_an} {role} from {city}.", f"{role.capitalize()}, lives in {city}.",
                                 f"Resident of {city}, {role}."])
            tie = {"yes": rng.choice([" Supporter of the banned Koshe Party.",
                                      " Member of the banned Democratic Choice of Kazakhstan (DVK).",
                                      " Took part in online meetings of DVK.",
                                      " Active in the Koshe Partiyasy movement."]),
                   "no": rng.choice(["", " Criticised local officials on social media.",
                                     " Known for posts about corruption.", ""]),
                   "doubt": " Allegedly sympathised with DVK (unconfirmed)."}[p.dvk]
            dvk = p.dvk == "yes"
            dates = []
            if p.detained:
                prec = "month" if rng.random() < .15 else "day"
                txt = (f"{EN_MONTHS[p.detained.month - 1]} {p.detained.year}" if prec == "month"
                       else en_date(p.detained, rng))
                ev = f" Detained on {txt}." if prec == "day" else f" Detained in {txt}."
                dates.append((p.detained.replace(day=1) if prec == "month" else p.detained, prec))
            else:
                txt = en_date(p.charged, rng)
                ev = f" Charged on {txt}."
                dates.append((p.charged, "day"))
            background = opener + tie + ev
            arts = en_articles(p.articles, rng)
            term = p.term
            if p.status == "imprisoned":
                sent = f" Sentenced on {en_date(p.sentenced, rng)} to {en_term(p.term, rng)} imprisonment."
            elif p.status == "restricted_freedom":
                extra = rng.choice(["", " and a three-year ban on political activity", " and 100 hours of community work"])
                t = en_term(p.term, rng)
                t = t.replace("years'", "years of").replace("year's", "year of").replace("months'", "months of")
                if t.endswith(("yrs", "yr")):
                    sent = f" Sentenced on {en_date(p.sentenced, rng)}: {t} restricted freedom{extra}."
                else:
                    sent = f" Sentenced on {en_date(p.sentenced, rng)} to {t} restricted freedom{extra}."
            elif p.status == "probation":
                sent = f" Sentenced on {en_date(p.sentenced, rng)} to a {p.term // 12 if p.term % 12 == 0 else p.term}" + \
                       ("-year suspended sentence (probation)." if p.term % 12 == 0 else "-month suspended sentence (probation).")
            elif p.status == "fined":
                sent = f" Sentenced on {en_date(p.sentenced, rng)} to a fine of {rng.choice(['1,500', '2,000', '500'])} MCI."
            elif p.status == "released":
                sent = (f" Sentenced on {en_date(p.sentenced, rng)} to {en_term(p.term, rng)} imprisonment;"
                        f" released on {en_date(p.released, rng)} "
                        + rng.choice(["on parole.", "after serving the sentence.", "under an amnesty."]))
                dates.append((p.released, "day"))
            elif p.status == "pretrial_detention":
                sent = " Held in pre-trial detention; trial pending."
            elif p.status == "house_arrest":
                sent = " Under house arrest; investigation ongoing."
            elif p.status == "under_investigation":
                sent = " Under investigation, not detained (travel ban)."
            elif p.status == "acquitted":
                sent = f" Acquitted on {en_date(p.sentenced, rng)}."
            if p.sentenced:
                dates.append((p.sentenced, "day"))
            charges = arts + "." + sent
            name = p.latin_caps()
            for c, v in enumerate([n, name, born, background, charges], 1):
                cell = ws.cell(r, c, v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "DD.MM.YYYY"
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            truth.append(truth_row(file, sheet, r, p, name=name, city_key=p.city, articles=p.articles,
                                   status=p.status, term=term, started=earliest(*dates), birth_year=by, dvk=dvk))
            r += 1
    r += 1  # a blank row, then the footnotes
    for t in ["* DVK: Democratic Choice of Kazakhstan, declared extremist and banned by a court in Astana on 13 March 2018.",
              "** Koshe Partiyasy (Street Party): banned as extremist on 19 May 2020."]:
        ws.cell(r, 1, t)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        truth.append(not_case(file, sheet, r))
        r += 1
    for col, w in zip("ABCDE", [5, 26, 12, 60, 60]):
        ws.column_dimensions[col].width = w
    wb.save(folder / file)
    return truth


# ------------------------------------------------------------------------------------------ 2. Kazakh
def kk_date(d: dt.date, prec: str, rng):
    if prec == "month":
        return f"{d.year} жылғы {KK_MONTHS[d.month - 1]}"
    style = rng.randrange(4)
    if style == 0:
        return f"{d.year} жылғы {d.day} {KK_MONTHS[d.month - 1]}"
    if style == 1:
        return f"{d:%d.%m.%Y} ж."
    if style == 2:
        return dt.datetime(d.year, d.month, d.day)
    return f"{d:%d.%m.%Y}"


def kk_articles(arts, rng) -> str:
    style = rng.randrange(3)
    if style == 0:
        return ", ".join(f"ҚК {a}-бабының {p}-бөлігі" for a, p in arts)
    if style == 1:
        return "; ".join(f"{a}-бап {p}-бөлік" + (" 2-тармақ" if a == 274 and p == 4 else "") for a, p in arts)
    head = f"ҚР ҚК {arts[0][0]}-бабы {arts[0][1]}-бөлігі"
    return ", ".join([head] + [f"{a}-бабы {p}-бөлігі" for a, p in arts[1:]])


def kk_term(months: int) -> str:
    y, m = divmod(months, 12)
    return " ".join(x for x in [f"{y} жыл" if y else "", f"{m} ай" if m else ""] if x)


KK_STATE = {"imprisoned": ["колонияда", "жазасын колонияда өтеуде", "түзеу мекемесінде"],
            "restricted_freedom": ["бас бостандығын шектеу мерзімін өтеуде", "бас бостандығы шектелген"],
            "probation": ["шартты түрде сотталған", "шартты жаза"],
            "fined": ["айыппұл төледі", "айыппұл салынды"],
            "pretrial_detention": ["тергеу изоляторында", "ТИ-де қамауда"],
            "house_arrest": ["үй қамағында"],
            "under_investigation": ["тергеу жүргізілуде", "қылмыстық іс тергелуде"],
            "released": ["босатылды", "жазасын өтеп, босатылды", "ШМБ бойынша босатылды"],
            "acquitted": ["ақталды", "сот ақтады"]}


def kk_sentence(p: Person, rng) -> str:
    if p.status in ("imprisoned", "released"):
        return "бас бостандығынан айыру, " + kk_term(p.term)
    if p.status == "restricted_freedom":
        return "бас бостандығын шектеу " + kk_term(p.term)
    if p.status == "probation":
        return "шартты түрде " + kk_term(p.term)
    if p.status == "fined":
        return f"айыппұл {rng.choice(['500', '1000', '200'])} АЕК"
    if p.status == "acquitted":
        return "ақтау үкімі"
    return ""


def kk_note(p: Person, rng) -> tuple[str, bool]:
    if p.dvk == "yes":
        return rng.choice(["Көше партиясының белсендісі", "ҚДТ жақтаушысы", "ҚДТ мүшесі ретінде айыпталды",
                           "«Көше партиясы» чатына қатысқан"]), True
    if p.dvk == "doubt":
        return rng.choice(["ҚДТ?", "Көше партиясы (?)"]), False
    return rng.choice(["", "", "апелляция қабылданбады", "отбасы қысымға ұшырады", "аштық жариялады"]), False


def write_kazakh(folder: Path, rng: random.Random) -> list[dict]:
    file = "batys_monitoring_2022.xlsx"
    wb = Workbook()
    ws = wb.active
    sheet = "Батыс өңірі"
    ws.title = sheet
    ws.cell(1, 1, "Батыс өңіріндегі саяси себептермен қудаланған азаматтардың тізімі").font = Font(bold=True)
    ws.merge_cells("A1:J1")
    ws.cell(2, 1, "Өңірлік мониторинг тобы · 2022 жылғы 31 желтоқсандағы жағдай бойынша")
    ws.merge_cells("A2:J2")
    top = ["Р/с №", "Аты-жөні", "Туған жылы", "Тұрғылықты жері", "Күндері", None, "ҚК бабы", "Жаза",
           "Қазіргі жағдайы", "Ескерту"]
    for c, h in enumerate(top, 1):
        if h:
            ws.cell(4, c, h).font = Font(bold=True)
    ws.cell(5, 5, "ұсталған").font = Font(bold=True)
    ws.cell(5, 6, "үкім шыққан").font = Font(bold=True)
    ws.merge_cells("E4:F4")
    for col in "ABCDGHIJ":
        ws.merge_cells(f"{col}4:{col}5")
    truth, r = [], 6
    regions = [("Батыс Қазақстан облысы", ["oral"]), ("Ақтөбе облысы", ["aktobe"]),
               ("Атырау облысы", ["atyrau"]), ("Өзге өңірлер", ["almaty", "astana", "semey", "taldykorgan",
                                                                   "konaev", "zhezkazgan", "shymkent", "oskemen"])]
    weights = {"imprisoned": .25, "restricted_freedom": .18, "probation": .12, "fined": .07, "pretrial_detention": .08,
               "house_arrest": .05, "under_investigation": .08, "released": .12, "acquitted": .05}
    counts = [14, 12, 10, 16]
    num = 0
    for (heading, cities), count in zip(regions, counts):
        ws.cell(r, 1, heading).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        truth.append(not_case(file, sheet, r))
        r += 1
        for _ in range(count):
            p = Person(rng, pick_status(rng, weights), dt.date(2019, 1, 1), dt.date(2022, 8, 31),
                       dt.date(2022, 12, 31))
            if heading != "Өзге өңірлер":
                p.city = cities[0]
            else:
                p.city = rng.choice(cities)
            num += 1
            kk_city = CITIES[p.city][3]
            city_cell = rng.choice([kk_city, f"{kk_city} қаласы", f"{kk_city} қ.", kk_city])
            prec = "month" if rng.random() < .12 else "day"
            dates = []
            det_cell = ""
            # column `ұсталған` (detained) holds a detention date only; charged-only cases leave it blank
            if p.detained:
                shown = p.detained.replace(day=1) if prec == "month" else p.detained
                det_cell = kk_date(p.detained, prec, rng)
                dates.append((shown, prec))
            sen_cell = ""
            if p.sentenced:
                sen_cell = kk_date(p.sentenced, "day", rng)
                dates.append((p.sentenced, "day"))
            by = p.birth_year if rng.random() < .9 else None
            note, dvk = kk_note(p, rng)
            state = rng.choice(KK_STATE[p.status])
            term = p.term
            row = [num, p.kk_name(), by if by else "", city_cell, det_cell, sen_cell, kk_articles(p.articles, rng),
                   kk_sentence(p, rng), state, note]
            for c, v in enumerate(row, 1):
                cell = ws.cell(r, c, v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "DD.MM.YYYY"
            truth.append(truth_row(file, sheet, r, p, name=p.kk_name(), city_key=p.city, articles=p.articles,
                                   status=p.status, term=term, started=earliest(*dates), birth_year=by, dvk=dvk))
            r += 1
        ws.cell(r, 1, f"Барлығы: {count}")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        truth.append(not_case(file, sheet, r))
        r += 1
    r += 1
    ws.cell(r, 1, "* Деректер ашық дереккөздерден және туыстарының айтуынан алынды. ШМБ – шартты түрде мерзімінен бұрын босату.")
    truth.append(not_case(file, sheet, r))

    # second sheet: plain header, other wordings
    sheet = "Маңғыстау"
    ws = wb.create_sheet(sheet)
    ws.cell(1, 1, "Маңғыстау облысы бойынша тізім (2022 ж. желтоқсан)")
    header = ["№", "Т.А.Ә.", "Т.ж.", "Қаласы", "Қамауға алынған күні", "Бабы", "Үкім", "Мәртебесі", "Ескерту"]
    for c, h in enumerate(header, 1):
        ws.cell(2, c, h).font = Font(bold=True)
    r = 3
    weights2 = {"imprisoned": .3, "restricted_freedom": .2, "probation": .1, "pretrial_detention": .15,
                "released": .15, "fined": .1}
    for i in range(22):
        p = Person(rng, pick_status(rng, weights2), dt.date(2021, 6, 1), dt.date(2022, 10, 1),
                   dt.date(2022, 12, 15))
        if p.detained is None:  # every case of this sheet has a detention date: the group only lists detainees
            p.detained, p.charged = p.charged, None
        p.city = rng.choice(["aktau", "aktau", "zhanaozen"])
        prec = "month" if rng.random() < .15 else "day"
        shown = p.detained.replace(day=1) if prec == "month" else p.detained
        by = p.birth_year
        note, dvk = kk_note(p, rng)
        term = p.term
        verdict = kk_sentence(p, rng)
        if p.sentenced:
            verdict = f"{p.sentenced:%d.%m.%Y} – {verdict}"
        dates = [(shown, prec)] + ([(p.sentenced, "day")] if p.sentenced else [])
        row = [i + 1, p.kk_name(), f"{by} ж." if rng.random() < .5 else by, CITIES[p.city][3],
               kk_date(p.detained, prec, rng), kk_articles(p.articles, rng), verdict,
               rng.choice(KK_STATE[p.status]), note]
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "DD.MM.YYYY"
        truth.append(truth_row(file, sheet, r, p, name=p.kk_name(), city_key=p.city, articles=p.articles,
                               status=p.status, term=term, started=earliest(*dates), birth_year=by, dvk=dvk))
        r += 1
    wb.save(folder / file)
    return truth


# ------------------------------------------------------------------------------------------ 3. tracker
def ru_articles(arts, rng) -> str:
    style = rng.randrange(3)
    if style == 0:
        return "; ".join(f"ст.{a} ч.{p}" for a, p in arts)
    if style == 1:
        return ", ".join(f"ч.{p} ст.{a}" for a, p in arts) + " УК РК"
    return ", ".join(f"{a} ч.{p}" for a, p in arts)


def ru_term(months: int) -> str:
    y, m = divmod(months, 12)
    yw = "" if not y else (f"{y} г." if y < 5 else f"{y} л.")
    return " ".join(x for x in [yw, f"{m} мес." if m else ""] if x)


def write_tracker(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "tracker_po_godam.xlsx", "Трекер"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.cell(1, 1, "Мониторинг уголовных дел активистов, 2019–2022 (рабочая таблица)").font = Font(bold=True)
    ws.merge_cells("A1:J1")
    top = ["№", "ФИО", "Г.р.", "Город", "Статья", "Что происходило (по годам)", None, None, None, "Примечание"]
    for c, h in enumerate(top, 1):
        if h:
            ws.cell(2, c, h).font = Font(bold=True)
    ws.merge_cells("F2:I2")
    for c, y in enumerate([2019, 2020, 2021, 2022], 6):
        ws.cell(3, c, y).font = Font(bold=True)
    for col in "ABCDEJ":
        ws.merge_cells(f"{col}2:{col}3")
    weights = {"imprisoned": .3, "restricted_freedom": .15, "probation": .1, "fined": .05, "pretrial_detention": .08,
               "house_arrest": .05, "under_investigation": .07, "released": .15, "acquitted": .05}
    truth, r = [], 4
    for i in range(64):
        p = Person(rng, pick_status(rng, weights), dt.date(2019, 1, 10), dt.date(2021, 12, 20),
                   dt.date(2022, 12, 31))
        steps = []  # (date, text, precision)
        first = p.detained or p.charged
        style = rng.random()
        if p.charged and style < .15:
            steps.append((first.replace(month=1, day=1), "возбуждено дело", "year"))
        elif p.charged and style < .3:
            steps.append((first.replace(day=1), f"возбуждено дело ({RU_MONTHS_NOM[first.month - 1]})", "month"))
        elif p.charged:
            steps.append((first, f"возбуждено дело {first:%d.%m}", "day"))
        if p.status == "pretrial_detention":
            steps.append((first, f"задержан {first:%d.%m}; СИЗО", "day"))
        elif p.status == "house_arrest":
            steps.append((first, f"задержан {first:%d.%m}, домашний арест", "day"))
        elif p.detained:
            steps.append((first, f"задержан {first:%d.%m}", "day"))
        if p.status == "under_investigation":
            steps[-1] = (steps[-1][0], steps[-1][1] + ", подписка о невыезде", steps[-1][2])
        if p.sentenced:
            s = p.sentenced
            suffix = {"imprisoned": "л/с", "released": "л/с", "restricted_freedom": "ОСД", "probation": "условно"}
            if p.status in suffix:
                kind = f"{ru_term(p.term)} {suffix[p.status]}"
            elif p.status == "fined":
                kind = f"штраф {rng.choice([200, 500, 1000])} МРП"
            else:
                kind = None
            steps.append((s, f"приговор {s:%d.%m}: {kind}" if kind else f"оправдан {s:%d.%m}", "day"))
        if p.released:
            steps.append((p.released, f"освобождён {p.released:%d.%m}" + rng.choice(["", " (УДО)", " по амнистии"]), "day"))
        cells = {y: [] for y in (2019, 2020, 2021, 2022)}
        for d, text, _ in steps:
            cells[d.year].append(text)
        year_cells = ["; ".join(cells[y]) if cells[y] else rng.choice(["", "", "—"]) for y in cells]
        if p.dvk == "yes":
            note, dvk = rng.choice(["ДВК", "активист Көше партиясы", "сторонник ДВК", "Уличная партия"]), True
        elif p.dvk == "doubt":
            note, dvk = "ДВК?", False
        else:
            note, dvk = rng.choice(["", "", "голодовка в 2021", "адвокат по назначению"]), False
        by = p.birth_year if rng.random() < .92 else None
        name = p.ru_name()
        row = [i + 1, name, by or "", CITIES[p.city][2], ru_articles(p.articles, rng), *year_cells, note]
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
        d, prec, _ = min(((d, p_, 0) for d, _, p_ in steps), key=lambda x: x[0])
        truth.append(truth_row(file, sheet, r, p, name=name, city_key=p.city, articles=p.articles,
                               status=p.status, term=p.term, started=(d.isoformat(), prec), birth_year=by, dvk=dvk))
        r += 1
    r += 1
    ws.cell(r, 1, "Обозначения: л/с – лишение свободы; ОСД – ограничение свободы; УДО – условно-досрочное освобождение")
    truth.append(not_case(file, sheet, r))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------------------------------- 4. probation csv
def write_probation(folder: Path, rng: random.Random) -> list[dict]:
    file = "osd_probation_2023-03-01.csv"
    header = ["№ п/п", "ФИО осуждённого", "Год рожд.", "Нас. пункт", "Статья УК РК", "Вид наказания",
              "Срок наказания", "Дата приговора", "Начало срока", "Конец срока", "Осталось (на 01.03.2023)",
              "Примечание"]
    width = len(header)
    title = ("Список лиц, отбывающих ограничение свободы и условное осуждение (пробационный контроль), "
             "по состоянию на 01.03.2023")
    lines = [[title] + [""] * (width - 1),
             ["Составлено группой «Пробация-вотч» по данным родственников и адвокатов"] + [""] * (width - 1),
             header]
    truth = []
    sections = [("I. ОГРАНИЧЕНИЕ СВОБОДЫ (ОСД)", "restricted_freedom", 38,
                 ["ОСД", "огр. свободы", "ограничение свободы", "ОСД"]),
                ("II. УСЛОВНОЕ ОСУЖДЕНИЕ", "probation", 30, ["условно", "усл. осуждение", "условное осуждение"])]
    n = 0
    total = 0
    for heading, status, count, kinds in sections:
        lines.append([heading] + [""] * (width - 1))
        truth.append(not_case(file, "", len(lines)))
        for _ in range(count):
            p = Person(rng, status, dt.date(2019, 1, 1), dt.date(2022, 6, 30))
            p.term = rng.choice([24, 30, 36, 48, 60] if status == "restricted_freedom" else [24, 36, 48])
            start = p.sentenced + dt.timedelta(days=rng.randint(10, 35))
            end = add_months(start, p.term)
            while end <= LIST_DATE:
                p.term += 12
                end = add_months(start, p.term)
            remain = (end.year - LIST_DATE.year) * 12 + end.month - LIST_DATE.month
            n += 1
            sdate = rng.choice([f"{p.sentenced:%d.%m.%Y}", f"{p.sentenced:%d.%m.%Y} г.", f"{p.sentenced:%d/%m/%Y}"])
            if p.dvk == "yes":
                note, dvk = rng.choice(["ДВК", "Коше партиясы", "сторонник ДВК; запрет на общ.-полит. деятельность 5 лет"]), True
            elif p.dvk == "doubt":
                note, dvk = "ДВК?", False
            else:
                note, dvk = rng.choice(["", "", "запрет на общ.-полит. деятельность 3 г.", "120 ч. общ. работ",
                                        "отмечается 2 раза в месяц"]), False
            by = p.birth_year if rng.random() < .9 else None
            name = p.ru_name()
            lines.append([str(n), name, str(by) if by else "", rng.choice(["г. ", "", ""]) + CITIES[p.city][2],
                          ru_articles(p.articles, rng), rng.choice(kinds), ru_term(p.term), sdate,
                          f"{start:%d.%m.%Y}", f"{end:%d.%m.%Y}", ru_term(remain) if remain else "менее 1 мес.",
                          note])
            truth.append(truth_row(file, "", len(lines), p, name=name, city_key=p.city, articles=p.articles,
                                   status=status, term=p.term, started=(p.sentenced.isoformat(), "day"),
                                   birth_year=by, dvk=dvk))
        total += count
        lines.append([f"Итого по разделу: {count} чел."] + [""] * (width - 1))
        truth.append(not_case(file, "", len(lines)))
    lines.append([f"ВСЕГО: {total} чел."] + [""] * (width - 1))
    truth.append(not_case(file, "", len(lines)))
    lines.append(["* ОСД – ограничение свободы; срок указан по приговору, «осталось» – на дату списка"] + [""] * (width - 1))
    truth.append(not_case(file, "", len(lines)))
    with open(folder / file, "w", encoding="cp1251", newline="") as fh:
        csv.writer(fh, delimiter=";", lineterminator="\r\n").writerows(lines)
    return truth


# ---------------------------------------------------------------------------------------------- 5. form
def write_form(folder: Path, rng: random.Random) -> list[dict]:
    file = "form_responses_cases.csv"
    header = ["Timestamp", "Email address", "Full name of the person (ФИО / Аты-жөні)",
              "What is the person's year of birth?", "In which city was the person detained?",
              "When was the person detained or first charged?",
              "Which Criminal Code articles? (e.g. 405 part 2)", "What is the current status of the case?",
              "If there is a sentence, what is it?", "Is the person linked to DVK or Koshe Partiyasy?",
              "Anything else we should know?"]
    lines = [header]
    truth = []
    weights = {"imprisoned": .28, "restricted_freedom": .15, "probation": .1, "fined": .07, "pretrial_detention": .1,
               "house_arrest": .05, "under_investigation": .08, "released": .12, "acquitted": .05}
    stamp = dt.datetime(2023, 1, 9, 9, 15, 0)
    status_text = {"imprisoned": ["In prison", "в колонии", "serving sentence in a penal colony", "колонияда"],
                   "restricted_freedom": ["sentenced to restricted freedom", "ограничение свободы",
                                          "restricted freedom (ОСД)"],
                   "probation": ["suspended sentence", "условный срок", "probation"],
                   "fined": ["fined", "штраф", "оштрафован"],
                   "pretrial_detention": ["pre-trial detention / СИЗО", "in pre-trial detention", "в СИЗО"],
                   "house_arrest": ["house arrest", "под домашним арестом", "үй қамағында"],
                   "under_investigation": ["under investigation, not detained", "идёт следствие, на свободе"],
                   "released": ["released", "освобожден", "released from prison"],
                   "acquitted": ["acquitted", "оправдан"]}
    test_at = 37
    for i in range(70):
        stamp += dt.timedelta(hours=rng.randint(3, 70), minutes=rng.randint(0, 59))
        ts = stamp.strftime("%Y/%m/%d %I:%M:%S %p") + " GMT+6"
        email = f"volunteer{rng.randint(1, 9)}@example.org"
        if i == test_at:
            lines.append([ts, "coordinator@example.org", "TEST – please ignore", "", "", "", "", "", "", "", "test"])
            truth.append(not_case(file, "", len(lines)))
            continue
        p = Person(rng, pick_status(rng, weights), dt.date(2019, 3, 1), dt.date(2022, 10, 31),
                   dt.date(2023, 1, 1))
        lang = rng.random()
        name = p.ru_name() if lang < .5 else (p.kk_name() if lang < .65 else
                                              f"{translit(p.first)} {translit(p.surname)}")
        bstyle = rng.randrange(6)
        by = p.birth_year
        birth = [str(by), f"{by} г.р.", f"born {by}", str(by), "не знаю", ""][bstyle]
        if bstyle >= 4:
            by = None
        c = CITIES[p.city]
        city = rng.choice([c[4], c[2], c[2].lower(), c[3] + " қаласы", c[4]])
        if p.city == "konaev":
            city = rng.choice(["Kapshagay (now Konaev)", "Конаев", "Qonaev"])
        if p.city == "oral":
            city = rng.choice(["Oral / Уральск", "Uralsk", "Орал"])
        first = p.detained or p.charged
        dstyle = rng.randrange(7)
        if dstyle == 0:
            when, started = f"{first:%d.%m.%Y}", (first, "day")
        elif dstyle == 1:
            when, started = f"{first:%Y-%m-%d}", (first, "day")
        elif dstyle == 2:
            when, started = f"{first.day} {RU_MONTHS_GEN[first.month - 1]} {first.year}", (first, "day")
        elif dstyle == 3:
            when, started = f"{EN_MONTHS[first.month - 1]} {first.year}", (first.replace(day=1), "month")
        elif dstyle == 4:
            when, started = f"{first.day} {EN_MONTHS[first.month - 1]} {first.year}", (first, "day")
        elif dstyle == 5:
            when, started = f"{first.year}", (first.replace(month=1, day=1), "year")
        else:
            when, started = "", (None, None)
        started = (started[0].isoformat(), started[1]) if started[0] else (None, None)
        astyle = rng.randrange(4)
        if astyle == 0:
            arts = ", ".join(f"{a} part {p_}" for a, p_ in p.articles)
        elif astyle == 1:
            arts = "; ".join(f"ст. {a} ч. {p_}" for a, p_ in p.articles)
        elif astyle == 2:
            arts = ", ".join(f"{a}({p_})" for a, p_ in p.articles)
        else:
            arts = " and ".join(f"Art. {a} part {p_}" for a, p_ in p.articles)
        status = rng.choice(status_text[p.status])
        t = p.term
        if p.status in ("imprisoned", "released"):
            y, m = divmod(t, 12)
            sentence = rng.choice([f"{y} years" + (f" {m} months" if m else ""),
                                   ru_term(t) + " лишения свободы", f"{t} months in prison"])
        elif p.status == "restricted_freedom":
            sentence = rng.choice([f"{t} months restricted freedom", ru_term(t) + " ограничения свободы"])
        elif p.status == "probation":
            sentence = rng.choice([ru_term(t) + " условно", f"{t} months suspended"])
        elif p.status == "fined":
            sentence = rng.choice(["штраф 200 МРП", "fine 1000 MCI"])
        else:
            sentence = rng.choice(["", "N/A", "нет"])
        if p.dvk == "yes":
            link, dvk = rng.choice(["Yes", "Да", "Yes (Koshe)", "Да, ДВК"]), True
        elif p.dvk == "doubt":
            link, dvk = rng.choice(["Not sure", "Не знаю"]), False
        else:
            link, dvk = rng.choice(["No", "Нет", "No"]), False
        notes = rng.choice(["", "", "family asked not to publish the address", "адвокат: есть", "see the news"])
        lines.append([ts, email, name, birth, city, when, arts, status, sentence, link, notes])
        truth.append(truth_row(file, "", len(lines), p, name=name, city_key=p.city, articles=p.articles,
                               status=p.status, term=t, started=started, birth_year=by, dvk=dvk))
    with open(folder / file, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(lines)
    return truth


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the five lists of set 11 into `folder`; return the truth (one row per non-blank row below a header)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(11)
    rows = []
    for writer in (write_annex, write_kazakh, write_tracker, write_probation, write_form):
        rows += writer(folder, rng)
    truth = pd.DataFrame(rows)
    truth["sentence_months"] = truth["sentence_months"].astype("Int64")
    truth["birth_year"] = truth["birth_year"].astype("Int64")
    truth["source_row"] = truth["source_row"].astype(int)
    return truth
