"""Red-team set 26: five unfamiliar lists (six sheets), a hold-out nobody fixes the cleaner on.

Every file is generated here from a seeded random generator (`random.Random(2626)`), names invented.
`write_lists(folder)` writes the files and returns the truth: one row per non-blank row below a header.

Files and what each stresses
----------------------------
1. `amnistiya_hodataistva_2025.xlsx`, sheet `Ходатайства`: a defence lawyers' group's tracker of amnesty
   petitions for people convicted on "political" articles. Two title rows, a two-row header with merged
   group cells (`Приговор`: дата / суд / статья УК / наказание; `Амнистия`: подано / решение / дата решения),
   the birth year written inside the name cell (`..., 1987 г.р.` or `(1987)`), the city in a "Место
   жительства" column (old names: Нур-Султан, Семипалатинск, Капшагай), sentence dates as date cells, text
   with `г.`, month only or year only, the status to be read from the punishment and the amnesty decision
   (`освобождён по амнистии` = released, whose date is the decision date), roman-numbered section headings,
   a footnote and a totals row.
2. `obrashcheniya_priemnaya_2023-2025.csv` (UTF-8 with BOM, comma): a public reception office's register of
   complaints. A title line above the header; the complaint's date of receipt (`Дата поступления`) and the
   applicant (a relative) come before the person's own columns; the status is written as the situation now
   (`в СИЗО`, `подписка о невыезде`, `отбывает наказание в колонии, 4 г.`, `освобождён по УДО`); some dates
   with two-digit years; a КоАП article beside a criminal one; year separator lines `--- 2024 ---` and a
   total line at the end.
3. `kasachstan_politische_gefangene_de.xlsx`, sheets `In Haft` and `Ohne Haft`: a German solidarity
   group's list. German headers (`Jahrgang`, `Ort`, `Vorwurf`, `Festnahme`, `Urteil vom`, `Strafmaß`,
   `Entlassen am`), German-Wikipedia place names (Schymkent, Semei, Öskemen, Qaraghandy, Taras, Qonajew,
   Aqtöbe, Schangaösen, ...), articles as `Art. 405 Abs. 2`, dates as `3. März 2023`, `März 2022` and
   `12.04.2022`, German statuses and terms (`5 Jahre Haft`, `2 Jahre auf Bewährung`, `Freiheitsbeschränkung`,
   `U-Haft`, `freigelassen`, `freigesprochen`, `Geldstrafe`), ties in German (`DVK-Anhänger`,
   `Straßenpartei`), a section heading `Frauen`, a footnote and a `Gesamt` row.
4. `art274_false_information_tracker.csv` (UTF-8, comma, header on line 1): an English free-expression
   group's tracker of article 274 cases 2023-2026 (journalists, Telegram-channel admins, bloggers,
   lawyers). The date of the post (`Post date`) is not a date of the case; the status comes from the
   latest stage among `Pre-trial measure`, `Verdict`, `Appeal` and `Released`; places as
   `Uralsk, WKO`, `Semey (Abai oblast)`; charges as `274(2)`, `Art 274 pt 4; Art 174 pt 1`; repeated
   prosecutions of one person as two rows (`KZ274-014`, `KZ274-014b`); source and total lines at the end.
5. `golodovki_zdorovie_monitoring_2026.xlsx`, sheet `Мониторинг`: a prisoners' support group's health and
   hunger-strike monitor. The person's home town (`Откуда (город)`) beside the institution where they are
   held (`ЕЦ-166/18, г. Кызылорда`: another town, not the case's city), a bare term (`Срок`: `5 лет`),
   arrest and verdict dates as date cells, the computed end of the term (`Конец срока`, always after 2026:
   not a release), a hunger strike as a date range (`12.02.2025–03.03.2025`: not a date of the case), a
   free-text health column (`потерял 12 кг`, `госпитализирован в санчасть`), a party column (`ДВК`, `Көше`,
   `ДВК?`, `нет`), and two status headings: `В колониях` and `В СИЗО (до приговора)` (the rows below the
   second have no term and no verdict: pre-trial detention).

Decisions taken for the truth
-----------------------------
- city/region: the home town, never the town of the institution or court; the current official English name and current region (Нур-Султан -> Astana; Семипалатинск,
  Semei -> Semey, Abai; Капшагай/Qonajew -> Konaev, Almaty Region; Уральск/Орал/Uralsk -> Oral, West
  Kazakhstan; Schesqasghan -> Zhezkazgan, Ulytau; Taras -> Taraz, Zhambyl; Petropawl -> Petropavl, North
  Kazakhstan).
- articles: criminal code only, ascending, part in brackets when given; a КоАП/CAO article is left out;
  German `Abs.` (Absatz) is the part.
- status: the latest stage. Amnesty file: `освобождён по амнистии` -> released (term kept, released_on =
  decision date); `отказано`, `на рассмотрении` or no petition -> the punishment's status (лишение свободы
  -> imprisoned, ограничение свободы -> restricted_freedom, условно -> probation). Register: `в СИЗО` ->
  pretrial_detention, `домашний арест` -> house_arrest, `подписка о невыезде` / `под следствием, на
  свободе` -> under_investigation, УДО and `по отбытии срока` -> released, `штраф` -> fined,
  `оправдан(а)` -> acquitted. 274 tracker: a release date -> released; an appeal `overturned - acquitted`
  -> acquitted; an appeal `upheld` leaves the verdict; no verdict yet -> the pre-trial measure
  (detention -> pretrial_detention, house arrest -> house_arrest, travel ban / none -> under_investigation:
  charged, not sentenced and not in custody; `pending` / `trial ongoing` in the verdict cell names no
  status of its own). Monitor: everyone under `В колониях` has a term and a verdict and is held in a colony
  -> imprisoned; under `В СИЗО (до приговора)` -> pretrial_detention; the health column names no status.
- sentence_months: the term of the punishment where written (also for the released, whose term is kept);
  none for fines, acquittals, pre-trial measures; the probation term of a suspended sentence is the
  sentence's term as written (`3 года условно` = 36).
- started_on: earliest of detained/charged/sentenced/released; the complaint date (`Дата поступления`), the
  amnesty petition date (`подано`), the post date (`Post date`), the hunger strike and the end of the term
  are NOT dates of the case. A register row
  with neither detention nor verdict date has no started_on. `март 2022` / `März 2022` -> month precision;
  `2021 г.` -> year precision; two-digit year `15.03.24` -> 2024-03-15.
- birth_year: from the `г.р.` / `(1987)` inside the amnesty name cell, from `Г.р.`, `Jahrgang`, `YOB`.
- dvk_koshe: True only where the row names DVK / Koshe Partiyasy (ДВК, Көше партиясы, DVK-Anhänger,
  Straßenpartei (Köşe), Koshe Party); a doubt (`ДВК?`, `angeblich DVK`, `allegedly DVK`) or a negation
  (`к ДВК отношения не имеет`, `kein DVK-Bezug`) is False.
- not_a_case: title-free rows below the header that are section headings (`I. Лишение свободы`, `Frauen`),
  year separators, footnotes, source lines and totals.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

# ru, kk, en (as English lists write it), de (German Wikipedia style), city (truth), region (truth)
PLACES = [
    ("Алматы", "Алматы", "Almaty", "Almaty", "Almaty", "Almaty"),
    ("Астана", "Астана", "Astana", "Astana", "Astana", "Astana"),
    ("Шымкент", "Шымкент", "Shymkent", "Schymkent", "Shymkent", "Shymkent"),
    ("Уральск", "Орал", "Uralsk", "Oral", "Oral", "West Kazakhstan"),
    ("Усть-Каменогорск", "Өскемен", "Ust-Kamenogorsk", "Öskemen", "Oskemen", "East Kazakhstan"),
    ("Семей", "Семей", "Semey", "Semei", "Semey", "Abai"),
    ("Талдыкорган", "Талдықорған", "Taldykorgan", "Taldyqorghan", "Taldykorgan", "Jetisu"),
    ("Жанаозен", "Жаңаөзен", "Zhanaozen", "Schangaösen", "Zhanaozen", "Mangystau"),
    ("Актобе", "Ақтөбе", "Aktobe", "Aqtöbe", "Aktobe", "Aktobe"),
    ("Караганда", "Қарағанды", "Karaganda", "Qaraghandy", "Karaganda", "Karaganda"),
    ("Тараз", "Тараз", "Taraz", "Taras", "Taraz", "Zhambyl"),
    ("Конаев", "Қонаев", "Konayev", "Qonajew", "Konaev", "Almaty Region"),
    ("Жезказган", "Жезқазған", "Zhezkazgan", "Schesqasghan", "Zhezkazgan", "Ulytau"),
    ("Петропавловск", "Петропавл", "Petropavlovsk", "Petropawl", "Petropavl", "North Kazakhstan"),
    ("Кызылорда", "Қызылорда", "Kyzylorda", "Qysylorda", "Kyzylorda", "Kyzylorda"),
    ("Павлодар", "Павлодар", "Pavlodar", "Pawlodar", "Pavlodar", "Pavlodar"),
    ("Атырау", "Атырау", "Atyrau", "Atyrau", "Atyrau", "Atyrau"),
    ("Актау", "Ақтау", "Aktau", "Aqtau", "Aktau", "Mangystau"),
    ("Костанай", "Қостанай", "Kostanay", "Qostanai", "Kostanay", "Kostanay"),
    ("Кокшетау", "Көкшетау", "Kokshetau", "Kökschetau", "Kokshetau", "Akmola"),
]
# Russian old names used for some rows (ru form -> index in PLACES)
RU_OLD = {"Астана": "Нур-Султан", "Семей": "Семипалатинск", "Конаев": "Капшагай"}
# English lists: "city, oblast" forms
EN_REGION_ABBR = {"West Kazakhstan": "WKO", "East Kazakhstan": "EKO", "North Kazakhstan": "NKO",
                  "Abai": "Abai oblast", "Jetisu": "Zhetysu oblast", "Almaty Region": "Almaty oblast",
                  "Ulytau": "Ulytau oblast", "Mangystau": "Mangystau oblast", "Zhambyl": "Zhambyl oblast"}

SURNAMES_RU = ["Жумабаев", "Сейткалиев", "Оспанов", "Кенжебеков", "Иманалиев", "Тулегенов", "Ахметов", "Нургалиев",
               "Бекмурзин", "Сарсенбаев", "Кузнецов", "Ким", "Мамыров", "Абдрахманов", "Есенгалиев", "Ливанов",
               "Турсынбеков", "Габдуллин", "Шайхиев", "Досмухамбетов", "Ерназаров", "Погорелов", "Байжанов", "Тлеуов",
               "Калиев", "Муканов", "Садвакасов", "Рахимжанов", "Орлов", "Ибраев", "Смагулов", "Жаксылыков"]
FIRST_M = ["Ерлан", "Марат", "Асхат", "Дамир", "Нурлан", "Бауыржан", "Алексей", "Сергей", "Руслан", "Талгат",
           "Айдос", "Мурат", "Ержан", "Даурен", "Канат", "Олжас", "Виктор", "Жандос", "Арман", "Ильяс"]
FIRST_F = ["Айгуль", "Гульнара", "Жанар", "Асель", "Динара", "Мадина", "Ольга", "Сауле", "Алия", "Елена", "Ботагоз"]
PATR_M = ["Маратович", "Серикович", "Болатович", "Ерланович", "Кайратович", "Николаевич", "Нурланович", "Ахметович"]
PATR_F = ["Маратовна", "Сериковна", "Болатовна", "Ерлановна", "Кайратовна", "Николаевна", "Нурлановна"]

TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
              ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
               "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia", "a", "g", "k", "n", "o", "u", "u", "h", "i"]))
DE = dict(TR, ж="sch", ш="sch", щ="schtsch", ч="tsch", ц="z", х="ch", в="w", з="s", й="i", ю="ju", я="ja", е="e", ы="y")

START = dt.date(2019, 1, 1)


def _latin(text: str, table: dict) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        if low in table:
            t = table[low]
            out.append(t.capitalize() if ch != low and t else t)
        else:
            out.append(ch)
    return "".join(out)


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def person(self):
        female = self.chance(0.3)
        sur = self.pick(SURNAMES_RU)
        if female:
            sur = sur + "а" if sur.endswith(("ов", "ев", "ин")) else sur
            return sur, self.pick(FIRST_F), self.pick(PATR_F)
        return sur, self.pick(FIRST_M), self.pick(PATR_M)

    def date(self, lo: dt.date, hi: dt.date) -> dt.date:
        return lo + dt.timedelta(days=self.r.randrange((hi - lo).days + 1))

    def place(self):
        return self.pick(PLACES)


def fmt_articles(arts) -> str:
    return "; ".join(f"{a}({p})" if p else str(a) for a, p in sorted(arts))


def ru_years(y: int) -> str:
    if y % 10 == 1 and y % 100 != 11:
        return f"{y} год"
    if y % 10 in (2, 3, 4) and y % 100 not in (12, 13, 14):
        return f"{y} года"
    return f"{y} лет"


def ru_term(g: Gen, m: int) -> str:
    y, mo = divmod(m, 12)
    if y == 0:
        return f"{mo} мес."
    if mo == 0:
        return ru_years(y) if g.chance(0.7) else f"{y} г."
    return f"{ru_years(y)} {mo} мес." if g.chance(0.6) else f"{y} г. {mo} мес."


def en_term(g: Gen, m: int) -> str:
    y, mo = divmod(m, 12)
    if y == 0:
        return f"{mo} months"
    ys = f"{y} year" + ("s" if y > 1 else "")
    if mo == 0:
        return ys if g.chance(0.6) else f"{y} yrs"
    return f"{ys} {mo} months" if g.chance(0.5) else f"{y} yrs {mo} mo"


def de_term(g: Gen, m: int) -> str:
    y, mo = divmod(m, 12)
    if y == 0:
        return f"{mo} Monate"
    ys = f"{y} Jahr" + ("e" if y > 1 else "")
    return ys if mo == 0 else f"{ys} {mo} Monate"


RU_MONTHS_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]

ROMAN_RU_ART = {
    (405, 2): ["ч.2 ст.405", "ст. 405 ч. 2"], (405, 1): ["ч.1 ст.405", "ст. 405 ч. 1"],
    (174, 1): ["ч.1 ст.174", "ст. 174 ч. 1"], (174, 2): ["ч.2 ст.174", "ст. 174 ч. 2"],
    (256, 2): ["ч.2 ст.256", "ст. 256 ч. 2"], (274, 2): ["ч.2 ст.274", "ст. 274 ч. 2"],
    (274, 3): ["ч.3 ст.274", "ст. 274 ч. 3"], (274, 4): ["ч.4 ст.274", "ст. 274 ч. 4"],
    (272, 2): ["ч.2 ст.272", "ст. 272 ч. 2"], (380, 1): ["ч.1 ст.380", "ст. 380 ч. 1"],
    (378, 1): ["ч.1 ст.378", "ст. 378 ч. 1"], (400, 1): ["ч.1 ст.400", "ст. 400 ч. 1"],
}
EXTREMISM = [[(405, 2)], [(405, 2)], [(174, 1), (405, 2)], [(174, 1)], [(405, 1)], [(174, 2)], [(256, 2)],
             [(174, 1), (256, 2)], [(272, 2)], [(380, 1)]]
FALSE_INFO = [[(274, 2)], [(274, 2)], [(274, 3)], [(274, 4)], [(174, 1), (274, 2)], [(274, 2), (378, 1)],
              [(174, 1), (274, 4)]]


def ru_articles(g: Gen, arts) -> str:
    order = list(arts)
    g.r.shuffle(order)
    style = g.r.randrange(3)
    if style == 0:
        parts = [g.pick(ROMAN_RU_ART[a]) for a in order]
        return ", ".join(parts) + (" УК РК" if g.chance(0.4) else "")
    if style == 1:
        return "; ".join(f"{a} ч.{p}" for a, p in order)
    return " и ".join(ROMAN_RU_ART[a][0] for a in order)


def truth_row(file, sheet, row, **fields):
    base = {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case", "city": None, "region": None,
                "articles": None, "status": None, "sentence_months": None, "started_on": None, "started_precision": None,
                "birth_year": None, "dvk_koshe": False, "name": None}
    base.update(fields)
    return base


def not_case(file, sheet, row):
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case"}


# ---------------------------------------------------------------- 1. amnesty petitions (xlsx)
AMN_FILE = "amnistiya_hodataistva_2025.xlsx"


def _amnesty(folder: Path, g: Gen) -> list[dict]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Ходатайства"
    ws["A1"] = "Ходатайства о применении амнистии: осуждённые по «политическим» статьям"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Состояние на 15.11.2025. Рабочая таблица группы адвокатов, не для публикации"
    top = ["№ п/п", "Осуждённый (Ф.И.О., г.р.)", "Место жительства", "Приговор", None, None, None,
           "Амнистия", None, None, "Примечание"]
    sub = [None, None, None, "дата", "суд", "статья УК", "наказание", "подано", "решение", "дата решения", None]
    for c, v in enumerate(top, 1):
        ws.cell(4, c, v)
    for c, v in enumerate(sub, 1):
        if v:
            ws.cell(5, c, v)
    for rng in ("A4:A5", "B4:B5", "C4:C5", "D4:G4", "H4:J4", "K4:K5"):
        ws.merge_cells(rng)
    for row in ws.iter_rows(min_row=4, max_row=5):
        for cell in row:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", wrap_text=True)
    truth: list[dict] = []
    r = 6
    sections = [("I. Лишение свободы", "imprisoned", 40), ("II. Ограничение свободы и условное осуждение", "other", 28)]
    n = 0
    for heading, group, count in sections:
        ws.cell(r, 1, heading).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        truth.append(not_case(AMN_FILE, "Ходатайства", r))
        r += 1
        for _ in range(count):
            n += 1
            sur, first, patr = g.person()
            by = g.r.randrange(1958, 2001) if g.chance(0.8) else None
            full = f"{sur} {first} {patr}"
            if by is None:
                name = full
            elif g.chance(0.8):
                name = f"{full}, {by} г.р."
            else:
                name = f"{sur} {first[0]}.{patr[0]}. ({by})"
            place = g.place()
            ru = place[0]
            if ru in RU_OLD and g.chance(0.5):
                city_cell = RU_OLD[ru]
            else:
                city_cell = ru
            style = g.r.randrange(3)
            city_cell = {0: city_cell, 1: f"г. {city_cell}", 2: city_cell.upper() if g.chance(0.3) else f"г.{city_cell}"}[style]
            arts = g.pick(EXTREMISM)
            sent = g.date(dt.date(2019, 3, 1), dt.date(2024, 6, 30))
            how = g.r.random()
            if how < 0.5:
                sent_cell, prec, started = dt.datetime(sent.year, sent.month, sent.day), "day", sent
            elif how < 0.75:
                sent_cell, prec, started = f"{sent:%d.%m.%Y} г.", "day", sent
            elif how < 0.9:
                sent_cell, prec, started = f"{RU_MONTHS_NOM[sent.month - 1]} {sent.year}", "month", sent.replace(day=1)
            else:
                sent_cell, prec, started = f"{sent.year} г.", "year", sent.replace(month=1, day=1)
            court = g.pick(["районный суд", "городской суд", "СМУС", "суд №2"])
            court_cell = f"{court} ({'по месту' if g.chance(0.5) else 'м/ж'})"
            if group == "imprisoned":
                m = g.pick([24, 36, 42, 48, 60, 60, 72, 84, 30, 54])
                kind_status = "imprisoned"
                punish = g.pick([f"{ru_term(g, m)} лишения свободы", f"лишение свободы на {ru_term(g, m)}",
                                 f"л/с {ru_term(g, m)}"])
            else:
                m = g.pick([12, 18, 24, 36, 30])
                if g.chance(0.55):
                    kind_status = "restricted_freedom"
                    punish = g.pick([f"{ru_term(g, m)} ограничения свободы", f"огр. свободы {ru_term(g, m)}"])
                else:
                    kind_status = "probation"
                    punish = g.pick([f"{ru_term(g, m)} условно", f"{ru_term(g, m)} лишения свободы условно"])
            filed = g.date(dt.date(2024, 9, 1), dt.date(2025, 6, 30)) if g.chance(0.85) else None
            decision, decision_date, status = None, None, kind_status
            released = None
            if filed is not None:
                roll = g.r.random()
                if group == "imprisoned" and roll < 0.35:
                    decision = g.pick(["освобождён по амнистии", "освобожден по амнистии", "удовлетворено, освобождён"])
                    released = filed + dt.timedelta(days=g.r.randrange(20, 120))
                    decision_date = released
                    status = "released"
                elif roll < 0.7:
                    decision = g.pick(["отказано", "отказ", "отказано (не подпадает)"])
                    decision_date = filed + dt.timedelta(days=g.r.randrange(20, 120))
                else:
                    decision = "на рассмотрении"
            roll = g.r.random()
            if roll < 0.15:
                note, tie = g.pick(["сторонник ДВК", "активист ДВК", "по делу ДВК"]), True
            elif roll < 0.2:
                note, tie = "участник «Көше партиясы»", True
            elif roll < 0.25:
                note, tie = "ДВК?", False
            elif roll < 0.45:
                note, tie = g.pick(["жалоба в КПЧ ООН", "здоровье: диабет", "многодетный отец", "кассация отклонена"]), False
            else:
                note, tie = None, False
            values = [n, name, city_cell, sent_cell, court_cell, ru_articles(g, arts), punish,
                      filed.strftime("%d.%m.%Y") if filed else None, decision,
                      decision_date if decision_date is None else dt.datetime(decision_date.year, decision_date.month, decision_date.day),
                      note]
            for c, v in enumerate(values, 1):
                if v is not None:
                    cell = ws.cell(r, c, v)
                    if isinstance(v, dt.datetime):
                        cell.number_format = "DD.MM.YYYY"
            truth.append(truth_row(AMN_FILE, "Ходатайства", r, city=place[4], region=place[5], articles=fmt_articles(arts),
                                   status=status, sentence_months=m, started_on=started.isoformat(),
                                   started_precision=prec, birth_year=by, dvk_koshe=tie, name=name))
            r += 1
    ws.cell(r, 1, "* решения комиссий не публикуются; даты решений — со слов адвокатов")
    truth.append(not_case(AMN_FILE, "Ходатайства", r))
    r += 1
    ws.cell(r, 2, "Итого ходатайств:")
    ws.cell(r, 8, sum(1 for t in truth if t["kind"] == "case"))
    truth.append(not_case(AMN_FILE, "Ходатайства", r))
    wb.save(folder / AMN_FILE)
    return truth


# ---------------------------------------------------------------- 2. complaints register (csv)
OBR_FILE = "obrashcheniya_priemnaya_2023-2025.csv"


def _register(folder: Path, g: Gen) -> list[dict]:
    header = ["Рег. №", "Дата поступления", "Заявитель", "Лицо, в отношении которого ведётся преследование", "Г.р.",
              "Нас. пункт", "Статья", "Задержан(а)", "Приговор от", "Текущее положение", "Суть обращения"]
    lines: list[list] = [["Журнал обращений общественной приёмной (преследования по политическим мотивам)"], header]
    truth: list[dict] = []
    year_of = None
    for i in range(78):
        year = 2023 if i < 26 else 2024 if i < 54 else 2025
        if year != year_of:
            lines.append([f"--- {year} ---"])
            truth.append(not_case(OBR_FILE, "", len(lines)))
            year_of = year
        sur, first, patr = g.person()
        name = f"{sur} {first} {patr}" if g.chance(0.6) else f"{sur} {first}"
        app_sur, app_first, _ = g.person()
        applicant = f"{app_sur} {app_first[0]}. ({g.pick(['мать', 'супруга', 'брат', 'адвокат', 'сестра'])})"
        by = g.r.randrange(1960, 2004) if g.chance(0.75) else None
        place = g.place()
        ru = place[0]
        roll = g.r.random()
        if roll < 0.25:
            city_cell = place[1]  # Kazakh form
        elif roll < 0.4 and ru in RU_OLD:
            city_cell = RU_OLD[ru]
        elif roll < 0.55:
            city_cell = f"г.{ru}"
        else:
            city_cell = ru
        arts = g.pick(FALSE_INFO + EXTREMISM + [[(400, 1)]])
        art_cell = ru_articles(g, arts)
        if g.chance(0.12):
            art_cell = f"ст.488 ч.6 КоАП; {art_cell}"
        stat_roll = g.r.random()
        detained = g.date(dt.date(year - 1, 6, 1), dt.date(year, 9, 30)) if g.chance(0.8) else None
        verdict = None
        m = None
        if stat_roll < 0.15:
            status, pos = "pretrial_detention", g.pick(["в СИЗО", "содержится под стражей (СИЗО)", "под стражей"])
            if detained is None:
                detained = g.date(dt.date(year - 1, 6, 1), dt.date(year, 9, 30))
        elif stat_roll < 0.25:
            status, pos = "house_arrest", g.pick(["домашний арест", "под домашним арестом"])
        elif stat_roll < 0.37:
            status, pos = "under_investigation", g.pick(["подписка о невыезде", "под следствием, на свободе"])
        elif stat_roll < 0.55:
            status = "imprisoned"
            m = g.pick([24, 36, 48, 60, 84, 30])
            pos = g.pick([f"отбывает наказание в колонии, {ru_term(g, m)}", f"осуждён к {ru_term(g, m)} лишения свободы"])
        elif stat_roll < 0.65:
            status = "restricted_freedom"
            m = g.pick([12, 24, 36, 18])
            pos = f"осуждён(а) к {ru_term(g, m)} ограничения свободы"
        elif stat_roll < 0.73:
            status = "probation"
            m = g.pick([12, 24, 36])
            pos = f"осуждён(а) условно, {ru_term(g, m)}"
        elif stat_roll < 0.84:
            status = "released"
            if g.chance(0.5):
                pos = "освобождён по УДО"
            else:
                m = g.pick([12, 24, 36])
                pos = f"освобождён(а) по отбытии срока ({ru_term(g, m)})"
        elif stat_roll < 0.93:
            status, pos = "fined", f"штраф {g.pick([100, 200, 300, 500])} МРП"
        else:
            status, pos = "acquitted", g.pick(["оправдан судом", "оправдана судом"])
        if status in ("imprisoned", "restricted_freedom", "probation", "released", "fined", "acquitted"):
            base = detained or g.date(dt.date(year - 1, 3, 1), dt.date(year - 1, 12, 31))
            verdict = base + dt.timedelta(days=g.r.randrange(60, 240))
        received = max(d for d in (detained, verdict, dt.date(year, 1, 1)) if d) + dt.timedelta(days=g.r.randrange(5, 60))
        if status in ("under_investigation", "house_arrest") and detained is None:
            received = g.date(dt.date(year, 1, 10), dt.date(year, 11, 30))
        roll = g.r.random()
        if roll < 0.12:
            gist, tie = g.pick(["активист ДВК, просит защиты", "преследуется за репост материалов ДВК"]), True
        elif roll < 0.16:
            gist, tie = "участник Көше партиясы; просит проверить законность задержания", True
        elif roll < 0.21:
            gist, tie = "к ДВК отношения не имеет, просит пересмотра", False
        else:
            gist, tie = g.pick(["жалоба на условия содержания", "просит содействия в получении медпомощи",
                                "просит обеспечить адвоката", "пост в Telegram-канале", "жалоба на действия следователя",
                                "просит наблюдения за процессом"]), False

        def dcell(d):
            if d is None:
                return ""
            return d.strftime("%d.%m.%y") if g.chance(0.15) else d.strftime("%d.%m.%Y")

        dates = [d for d in (detained, verdict) if d]
        started = min(dates).isoformat() if dates else None
        lines.append([f"{year % 100}/{i + 1:03d}", received.strftime("%d.%m.%Y"), applicant, name, by or "", city_cell,
                      art_cell, dcell(detained), dcell(verdict), pos, gist])
        truth.append(truth_row(OBR_FILE, "", len(lines), city=place[4], region=place[5], articles=fmt_articles(arts),
                               status=status, sentence_months=m, started_on=started,
                               started_precision="day" if started else None, birth_year=by, dvk_koshe=tie, name=name))
    lines.append(["Всего обращений: 78"])
    truth.append(not_case(OBR_FILE, "", len(lines)))
    with open(folder / OBR_FILE, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(lines)
    return truth


# ---------------------------------------------------------------- 3. German solidarity list (xlsx, two sheets)
DE_FILE = "kasachstan_politische_gefangene_de.xlsx"


def _de_date(g: Gen, d: dt.date):
    roll = g.r.random()
    if roll < 0.4:
        return f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}", d, "day"
    if roll < 0.75:
        return f"{d:%d.%m.%Y}", d, "day"
    return f"{DE_MONTHS[d.month - 1]} {d.year}", d.replace(day=1), "month"


def _de_articles(g: Gen, arts) -> str:
    if g.chance(0.2) and len(arts) == 1:
        a, p = arts[0]
        return f"Artikel {a} Absatz {p} StGB"
    return ", ".join(f"Art. {a} Abs. {p}" for a, p in arts) if g.chance(0.5) else \
        " und ".join(f"Art. {a} Abs. {p}" for a, p in arts)


def _de_sheet(ws, g: Gen, sheet: str, kinds: list[str], count: int, released_col: bool) -> list[dict]:
    ws["A1"] = "Politische Gefangene in Kasachstan – Übersicht"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Stand: 1. Oktober 2025"
    header = ["Nr.", "Name", "Jahrgang", "Ort", "Vorwurf", "Festnahme", "Urteil vom", "Strafmaß", "Status"]
    if released_col:
        header.append("Entlassen am")
    header.append("Bemerkungen")
    for c, v in enumerate(header, 1):
        ws.cell(4, c, v).font = Font(bold=True)
    truth: list[dict] = []
    r = 5
    women_at = count - count // 4
    for i in range(count):
        if i == women_at:
            ws.cell(r, 1, "Frauen").font = Font(bold=True)
            truth.append(not_case(DE_FILE, sheet, r))
            r += 1
        sur, first, _ = g.person()
        if i >= women_at and not sur.endswith("а"):
            sur = sur + "а" if sur.endswith(("ов", "ев", "ин")) else sur
        name = f"{_latin(first, DE)} {_latin(sur, DE)}"
        by = g.r.randrange(1960, 2003) if g.chance(0.8) else None
        place = g.place()
        arts = g.pick(EXTREMISM + FALSE_INFO)
        kind = g.pick(kinds)
        det = g.date(dt.date(2020, 1, 1), dt.date(2025, 3, 31))
        det_cell, det_d, det_p = _de_date(g, det) if g.chance(0.85) else ("", None, None)
        verdict_cell, ver_d, ver_p = "", None, None
        strafe, m, rel_cell, rel_d = "", None, "", None
        if kind in ("imprisoned", "probation", "restricted_freedom", "released", "fined", "acquitted"):
            ver = det + dt.timedelta(days=g.r.randrange(90, 300))
            verdict_cell, ver_d, ver_p = _de_date(g, ver)
        if kind == "imprisoned":
            m = g.pick([36, 48, 60, 72, 84, 42])
            strafe = g.pick([f"{de_term(g, m)} Haft", f"{de_term(g, m)} Freiheitsstrafe"])
            status_cell = g.pick(["in Haft", "Strafkolonie", "inhaftiert"])
        elif kind == "pretrial_detention":
            status_cell = g.pick(["U-Haft", "Untersuchungshaft"])
        elif kind == "house_arrest":
            status_cell = "Hausarrest"
        elif kind == "probation":
            m = g.pick([12, 24, 36])
            strafe = f"{de_term(g, m)} auf Bewährung"
            status_cell = "Bewährung"
        elif kind == "restricted_freedom":
            m = g.pick([12, 24, 36, 18])
            strafe = f"{de_term(g, m)} Freiheitsbeschränkung"
            status_cell = "Freiheitsbeschränkung"
        elif kind == "released":
            m = g.pick([12, 24, 36])
            strafe = f"{de_term(g, m)} Haft"
            status_cell = "freigelassen"
            rel = ver + dt.timedelta(days=g.r.randrange(60, 400))
            rel_cell, rel_d = f"{rel:%d.%m.%Y}", rel
        elif kind == "fined":
            strafe = f"Geldstrafe ({g.pick([200, 500, 1000])} MRP)"
            status_cell = "Geldstrafe"
        else:
            status_cell = "freigesprochen"
        if kind in ("pretrial_detention", "house_arrest") and det_d is None:
            det_cell, det_d, det_p = _de_date(g, det)
        roll = g.r.random()
        if roll < 0.15:
            note, tie = g.pick(["DVK-Anhänger", "DVK-Unterstützerin" if i >= women_at else "DVK-Unterstützer"]), True
        elif roll < 0.2:
            note, tie = "Mitglied der Straßenpartei (Köşe partiyasy)", True
        elif roll < 0.24:
            note, tie = "angeblich DVK", False
        elif roll < 0.28:
            note, tie = "kein DVK-Bezug", False
        elif roll < 0.45:
            note, tie = g.pick(["Journalist", "Telegram-Kanal", "Hungerstreik 2024", "Anwalt", "Blogger"]), False
        else:
            note, tie = "", False
        cands = [(d, p) for d, p in ((det_d, det_p), (ver_d, ver_p), (rel_d, "day")) if d]
        started, prec = min(cands, key=lambda x: x[0]) if cands else (None, None)
        row = [i + 1, name, by or "", place[3], _de_articles(g, arts), det_cell, verdict_cell, strafe, status_cell]
        if released_col:
            row.append(rel_cell)
        row.append(note)
        for c, v in enumerate(row, 1):
            if v != "":
                ws.cell(r, c, v)
        truth.append(truth_row(DE_FILE, sheet, r, city=place[4], region=place[5], articles=fmt_articles(arts),
                               status=kind, sentence_months=m, started_on=started.isoformat() if started else None,
                               started_precision=prec, birth_year=by, dvk_koshe=tie, name=name))
        r += 1
    ws.cell(r, 1, f"Gesamt: {count} Personen")
    truth.append(not_case(DE_FILE, sheet, r))
    ws.cell(r + 1, 1, "* Angaben nach Familien und Anwälten; Ortsnamen nach deutscher Schreibweise")
    truth.append(not_case(DE_FILE, sheet, r + 1))
    return truth


def _german(folder: Path, g: Gen) -> list[dict]:
    wb = Workbook()
    ws = wb.active
    ws.title = "In Haft"
    truth = _de_sheet(ws, g, "In Haft", ["imprisoned", "imprisoned", "imprisoned", "pretrial_detention", "house_arrest"], 42, False)
    ws2 = wb.create_sheet("Ohne Haft")
    truth += _de_sheet(ws2, g, "Ohne Haft", ["probation", "restricted_freedom", "released", "released", "fined", "acquitted"],
                       36, True)
    wb.save(folder / DE_FILE)
    return truth


# ---------------------------------------------------------------- 4. article 274 tracker (csv, English)
T274_FILE = "art274_false_information_tracker.csv"


def _en_date(g: Gen, d: dt.date) -> str:
    roll = g.r.random()
    if roll < 0.4:
        return d.isoformat()
    if roll < 0.75:
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    return f"{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}"


def _en_articles(g: Gen, arts) -> str:
    style = g.r.randrange(3)
    if style == 0:
        return "; ".join(f"{a}({p})" for a, p in arts)
    if style == 1:
        return "; ".join(f"Art {a} pt {p}" for a, p in arts)
    return ", ".join(f"Art. {a}({p})" for a, p in arts)


def _tracker(folder: Path, g: Gen) -> list[dict]:
    header = ["ID", "Defendant", "YOB", "Role", "Outlet / channel", "Post date", "Location", "Charges", "Charged on",
              "Pre-trial measure", "Verdict", "Verdict date", "Appeal", "Released", "Notes"]
    lines: list[list] = [header]
    truth: list[dict] = []
    repeat = None
    for i in range(72):
        if repeat is not None:
            sur, first, by, place, role = repeat
            ident = f"KZ274-{i:03d}b"
            again = True
            repeat = None
        else:
            sur, first, _ = g.person()
            by = g.r.randrange(1965, 2004) if g.chance(0.7) else None
            place = g.place()
            role = g.pick(["journalist", "Telegram channel admin", "blogger", "lawyer", "activist", "civic activist"])
            ident = f"KZ274-{i + 1:03d}"
            again = False
            if g.chance(0.08):
                repeat = (sur, first, by, place, role)
        name = f"{_latin(first, TR)} {_latin(sur, TR)}"
        outlet = g.pick(["Telegram: @" + _latin(sur, TR).lower() + "_news", "Facebook", "YouTube", "Instagram",
                         "regional weekly", "TikTok"])
        lo = dt.date(2024, 6, 1) if again else dt.date(2023, 1, 1)
        post = g.date(lo, dt.date(2025, 8, 31))
        charged = post + dt.timedelta(days=g.r.randrange(10, 120))
        loc_roll = g.r.random()
        if loc_roll < 0.5 or place[5] == place[4]:
            loc = place[2]
        elif place[5] in EN_REGION_ABBR:
            loc = f"{place[2]}, {EN_REGION_ABBR[place[5]]}" if g.chance(0.5) else f"{place[2]} ({EN_REGION_ABBR[place[5]]})"
        else:
            loc = f"{place[2]}, {place[5]} region"
        arts = g.pick(FALSE_INFO)
        measure = g.pick(["detention", "house arrest", "travel ban", "none", "detention"])
        stage = g.r.random()
        verdict, vdate, appeal, released, m, status = "", None, "", None, None, None
        if stage < 0.3:
            verdict = g.pick(["pending", "", "trial ongoing"])
            status = {"detention": "pretrial_detention", "house arrest": "house_arrest"}.get(measure, "under_investigation")
        else:
            vdate = charged + dt.timedelta(days=g.r.randrange(60, 200))
            kind = g.pick(["imprisoned", "imprisoned", "restricted_freedom", "restricted_freedom", "probation", "fined", "acquitted"])
            if kind == "imprisoned":
                m = g.pick([12, 24, 36, 30, 60])
                verdict = g.pick([f"{en_term(g, m)} prison", f"{en_term(g, m)} imprisonment"])
            elif kind == "restricted_freedom":
                m = g.pick([12, 24, 36, 18])
                verdict = f"{en_term(g, m)} restricted freedom"
            elif kind == "probation":
                m = g.pick([12, 24])
                verdict = f"{en_term(g, m)} suspended"
            elif kind == "fined":
                verdict = f"fine {g.pick([100, 200, 500])} MCI"
            else:
                verdict = "acquitted"
            status = kind
            if kind in ("imprisoned", "restricted_freedom", "probation", "fined") and g.chance(0.35):
                if g.chance(0.3):
                    appeal = g.pick(["overturned - acquitted", "overturned, acquitted on appeal"])
                    status, m = "acquitted", None
                else:
                    appeal = g.pick(["upheld", "upheld by appeal court", "cassation pending"])
            if status == "imprisoned" and g.chance(0.3):
                released = vdate + dt.timedelta(days=g.r.randrange(90, 400))
                status = "released"
        roll = g.r.random()
        if roll < 0.08:
            note, tie = g.pick(["reposted DVK video", "Koshe Party supporter"]), True
        elif roll < 0.12:
            note, tie = "allegedly DVK", False
        elif again:
            note, tie = "second case after release", False
        elif roll < 0.3:
            note, tie = g.pick(["criticised akimat over floods", "posted about Bloody January", "wrote on coal prices",
                                "co-defendant of another admin"]), False
        else:
            note, tie = "", False
        dates = [d for d in (charged, vdate, released) if d]
        started = min(dates)
        lines.append([ident, name, by or "", role, outlet, post.isoformat(), loc, _en_articles(g, arts), _en_date(g, charged),
                      measure, verdict, _en_date(g, vdate) if vdate else "", appeal,
                      _en_date(g, released) if released else "", note])
        truth.append(truth_row(T274_FILE, "", len(lines), city=place[4], region=place[5], articles=fmt_articles(arts),
                               status=status, sentence_months=m, started_on=started.isoformat(), started_precision="day",
                               birth_year=by, dvk_koshe=tie, name=name))
    lines.append(["Sources: court records, lawyers, the defendants' posts. Updated monthly."])
    truth.append(not_case(T274_FILE, "", len(lines)))
    lines.append(["TOTAL", str(len(truth) - 1)])
    truth.append(not_case(T274_FILE, "", len(lines)))
    with open(folder / T274_FILE, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(lines)
    return truth


# ---------------------------------------------------------------- 5. health and hunger-strike monitor (xlsx)
HS_FILE = "golodovki_zdorovie_monitoring_2026.xlsx"
COLONIES = ["ЕЦ-166/18, г. Кызылорда", "УК-161/3, г. Павлодар", "ЕЦ-166/11 (Семей)", "АК-159/21, Атырау",
            "учреждение ЛА-155/14, Аркалык", "ИК-161/2, Павлодар", "ЕЦ-166/4, Шымкент"]
SIZO = ["СИЗО ДП г. Алматы", "СИЗО (ЛА-155/1), Астана", "СИЗО г. Актобе"]


def _hunger(folder: Path, g: Gen) -> list[dict]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг"
    ws["A1"] = "Мониторинг здоровья и голодовок политзаключённых"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "обновлено 20.10.2026; данные от родственников и адвокатов"
    header = ["ФИО заключённого", "Год рожд.", "Откуда (город)", "Учреждение", "Статьи", "Срок", "Арестован",
              "Приговор", "Конец срока", "Голодовка (начало–конец)", "Состояние здоровья", "Партия / движение"]
    for c, v in enumerate(header, 1):
        ws.cell(4, c, v).font = Font(bold=True)
    truth: list[dict] = []
    r = 5
    for heading, group, count in (("В колониях", "imprisoned", 44), ("В СИЗО (до приговора)", "pretrial_detention", 10)):
        ws.cell(r, 1, heading).font = Font(bold=True)
        truth.append(not_case(HS_FILE, "Мониторинг", r))
        r += 1
        for _ in range(count):
            sur, first, patr = g.person()
            name = f"{sur} {first} {patr}"
            by = g.r.randrange(1960, 2002) if g.chance(0.85) else None
            place = g.place()
            home = place[0] if g.chance(0.7) else place[1]
            arts = g.pick(EXTREMISM + FALSE_INFO)
            arrested = g.date(dt.date(2020, 2, 1), dt.date(2025, 12, 31))
            if group == "imprisoned":
                m = g.pick([48, 60, 72, 84, 96, 42, 66])
                verdict = arrested + dt.timedelta(days=g.r.randrange(90, 300))
                end = arrested + dt.timedelta(days=round(m * 30.44))
                if end.year < 2027:
                    m += 24
                    end = arrested + dt.timedelta(days=round(m * 30.44))
                term = ru_term(g, m)
                inst = g.pick(COLONIES)
                ver_cell = dt.datetime(verdict.year, verdict.month, verdict.day)
                end_cell = f"{end:%d.%m.%Y}"
                arr_cell = dt.datetime(arrested.year, arrested.month, arrested.day) if g.chance(0.85) else None
                dates = [verdict] + ([arrested] if arr_cell else [])
            else:
                m, term, verdict, ver_cell, end_cell = None, None, None, None, None
                arrested = g.date(dt.date(2025, 9, 1), dt.date(2026, 9, 30))
                inst = g.pick(SIZO)
                arr_cell = dt.datetime(arrested.year, arrested.month, arrested.day)
                dates = [arrested]
            if g.chance(0.4):
                hs = g.date(max(dates) + dt.timedelta(days=30), max(dates) + dt.timedelta(days=300))
                hs_cell = f"{hs:%d.%m.%Y}–{hs + dt.timedelta(days=g.r.randrange(5, 40)):%d.%m.%Y}"
                health = g.pick(["после голодовки ослаблен", "потерял 12 кг", "госпитализирован в санчасть"])
            else:
                hs_cell = None
                health = g.pick(["удовлетворительное", "гипертония, лекарства не передают", "жалобы на сердце",
                                 "без жалоб", None])
            roll = g.r.random()
            if roll < 0.2:
                party, tie = "ДВК", True
            elif roll < 0.27:
                party, tie = g.pick(["Көше партиясы", "Көше"]), True
            elif roll < 0.32:
                party, tie = "ДВК?", False
            elif roll < 0.6:
                party, tie = "нет", False
            else:
                party, tie = None, False
            values = [name, by, home, inst, ru_articles(g, arts), term, arr_cell, ver_cell, end_cell, hs_cell, health, party]
            for c, v in enumerate(values, 1):
                if v is not None:
                    cell = ws.cell(r, c, v)
                    if isinstance(v, dt.datetime):
                        cell.number_format = "DD.MM.YYYY"
            truth.append(truth_row(HS_FILE, "Мониторинг", r, city=place[4], region=place[5], articles=fmt_articles(arts),
                                   status=group, sentence_months=m, started_on=min(dates).isoformat(),
                                   started_precision="day", birth_year=by, dvk_koshe=tie, name=name))
            r += 1
    ws.cell(r, 1, "Источник: родственники, адвокаты; сроки окончания — по расчёту адвокатов")
    truth.append(not_case(HS_FILE, "Мониторинг", r))
    wb.save(folder / HS_FILE)
    return truth


def write_lists(folder: Path) -> pd.DataFrame:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    g = Gen(2626)
    truth = _amnesty(folder, g) + _register(folder, g) + _german(folder, g) + _tracker(folder, g) + _hunger(folder, g)
    df = pd.DataFrame(truth)
    df["source_sheet"] = df["source_sheet"].fillna("")
    df["source_row"] = df["source_row"].astype(int)
    df["sentence_months"] = df["sentence_months"].astype("Int64")
    df["birth_year"] = df["birth_year"].astype("Int64")
    df["dvk_koshe"] = df["dvk_koshe"].fillna(False).astype(bool)
    return df
