"""Red-team set 33 (a hold-out): TOOL EXPORTS AND VOLUNTEER DATA ENTRY, written by an outsider.

`write_lists(folder)` writes five files as the tools NGOs use export them and returns the truth: one row per
non-blank row below a header row. Everything is synthetic: invented names, seeded choices (random.Random(33)),
no real person, no real case number.

Files and what each stresses
- `Мониторинг_уголовного_преследования_-_all_versions_-_False_-_2022-11-15-08-31-42.xlsx`: a KoboToolbox
  export with "XML values and headers". Sheet `Мониторинг уголовного преследов` (the form title cut to 31
  characters, as Kobo does) has one row per submission: headers are group paths (`case/person/full_name`,
  `case/place/city`, `case/dates/detained`, ...), the metadata `start`, `end`, `today` (the day the form was
  filled, no event of the case), `deviceid`, `username`, `__version__`, `meta/instanceID`, `_id`, `_uuid`,
  `_submission_time`, `_validation_status`, `_notes`, `_status`, `_submitted_by`, `_tags`, `_index`. Values are
  choice codes, not labels: towns `nur_sultan`, `uralsk`, `ust_kamenogorsk`, `kapshagay` (+ `other` with a
  free-text `case/place/city_other`: `Кульсары`, `Сатпаев`, `Экибастуз`); the charges a select_multiple
  written twice, as one cell of space-separated codes (`st405_2 st174_1`) and as one 0/1 column per choice
  (`case/charges/articles/st405_2`), plus `other` with a text question (`ст. 378 ч.2 УК РК`); the measure a
  select_one of Russian transliterated codes (`sizo`, `dom_arest`, `podpiska`, `lishenie_svobody`,
  `ogr_svobody`, `uslovno`, `shtraf`, `opravdan`, `osvobozhden`); the term as two integer questions
  (`case/outcome/term_y`, `case/outcome/term_m`); the birth as a full date of birth (`1985-03-14`); the tie a
  select_one (`dvk`, `koshe`, `no`, `dk`) beside free notes in Russian and Kazakh. Dates are ISO text.
  A second sheet `hearings` is the form's repeat group: one row per court hearing, tied to its submission
  by `_parent_index` / `_submission__uuid`.
- `Дела-Grid view.csv`: an Airtable CSV export (the table `Дела`, its view `Grid view`): `Name` (primary
  field), `Born`, `City` (a linked record, by the linked record's name: `Nur-Sultan`, `Uralsk`, `Kapshagay`),
  `Region (from City)` (a lookup, filled when the Cities table was made in 2021: `East Kazakhstan` for
  Semey), `Articles` (a multiple select, `"ст.405 ч.2, ст.174 ч.1"`, in the order picked), `Status` (a single
  select in English), `Sentence` (volunteers' shorthand `2y 6m`, `3y`, `18m`), `Detained` (an ISO date field),
  `Charged` and `Verdict` (date fields in Airtable's US format, `7/23/2021`, month first), `DVK/Koshe` (a
  checkbox: `checked` or empty), `Lawyer` and `Campaign` (linked records by name, comma-joined), `Attachments`
  (`verdict.pdf (https://dl.airtable.com/...)`), `Notes` (long text, sometimes over two lines inside quotes),
  `Created` and `Last modified` (`7/12/2022 3:45pm`, record timestamps, no event), `Record ID`.
- `Cases 8c1f2e4a9b7d4c0e8a1b2c3d4e5f6a7b.csv`: a Notion database export (the page id after the name):
  property names as headers (`Name`, `City`, `Born`, `Articles`, `Status`, `Case opened`, `Custody`, `Verdict date`,
  `Sentence`, `Tags`, `Lawyer`, `Created time`, `Last edited time`, `Source`); towns in Kazakh (`Орал`,
  `Өскемен`, `Қонаев`, `Талдықорған`); statuses as select options with an emoji before Kazakh words
  (`🔴 Бас бостандығынан айыру`, `🟡 Шартты жаза`, `🔵 Тергеу изоляторында`, `✅ Босатылды`); charges a
  multi-select in Kazakh (`174-бап 1-бөлік, 405-бап 2-бөлік`); `Custody` a date range (`July 12, 2021 →
  August 3, 2021`), a single date while the person is still held, or a date with a time (`July 12, 2021 10:00
  AM`); `Case opened` and `Verdict date` as `March 3, 2022` (`Case opened` left empty on 4 rows in 10 that
  have a custody date); the term in Kazakh (`3 жыл`, `2 жыл 6 ай`, `18 ай`); the tie only in
  `Tags` (`ҚДТ`, `Көше партиясы` beside `журналист`, `шұғыл`, `хат жазу`); `Lawyer` as a relation
  (`Name (https://www.notion.so/...)`); `Created time` as `November 3, 2022 8:14 AM`.
- `Приговоры — волонтёры.xlsx`: a Google Sheets file kept by volunteers reading court decisions, downloaded as
  .xlsx. Sheet `Приговоры`: a header in row 1, `Дата внесения` (when the volunteer typed the row, no event)
  and `Кто внёс`, the case number in the court's style (`№ 7511-21-00-1/215`), the court's name as the only
  place (`Уральский городской суд ЗКО`, `Есильский районный суд г. Нур-Султана`, `Қарағанды қаласы Қазыбек би
  аудандық соты`, `Капшагайский городской суд Алматинской области`), the sentence copied from the verdict with
  numbers in words in brackets (`3 (три) года лишения свободы ...`, `2 (два) года 6 (шесть) месяцев
  ограничения свободы`, `штраф в размере 1 000 (одной тысячи) МРП`), a dropdown `Статус` in Russian
  (`лишение свободы`, `ограничение свободы`, `условное осуждение`, `штраф`, `оправдан`, `освобождён по УДО`),
  checkboxes `Связь с ДВК/Көше` and `Проверено` exported as TRUE/FALSE booleans, `Дата приговора` as a date
  cell or typed text, a link to the court act. Sheet `Справочник`: the lists the dropdowns read from
  (statuses, volunteers, yes/no), one column each.
- `pp_monitoring.csv`: an ODK Central CSV export (groups joined by `-`): `SubmissionDate`, `start`, `end`,
  `today`, `deviceid`, `case-person-name`, `case-person-birth_year`, `case-place-oblast` and `case-place-city`
  as codes in Kazakh Latin (`zko` / `oral`, `vko` / `oskemen`, `abai` / `semei`, `almaty_obl` / `qonaev`,
  `mangystau` / `zhanaozen`, `astana`, `qaraghandy`, `aqtobe`), `case-charges-articles` (space-separated codes
  `a405_2 a174_1`), `case-outcome-stage` (English codes `investigation`, `remand`, `house_arrest`, `prison`,
  `restricted`, `suspended`, `fine`, `acquitted`, `released`), `case-outcome-term_months`, three ISO dates,
  `case-tie` (`qdt`, `koshe`, `none`, `unknown`), `case-notes` (Kazakh and Russian), then ODK Central's own
  columns `meta-instanceID`, `KEY`, `SubmitterID`, `SubmitterName`, `AttachmentsPresent`,
  `AttachmentsExpected`, `Status` (the submission's, empty in this export: no case status),
  `ReviewState` (`approved`, `hasIssues`, `edited`, `rejected`, empty), `DeviceID`, `Edits`, `FormVersion`.
  Two test submissions (`тест`, `test test`, rejected, nothing else of a case filled) are no cases.

Decisions taken for the truth
- started_on is the earliest of the event dates given in the row (detained, charged, verdict, released;
  a Notion custody range gives its start); all are full dates, precision day. Form and record metadata are no
  event: Kobo `start`/`end`/`today`/`_submission_time`, Airtable `Created`/`Last modified`, Notion `Created
  time`/`Last edited time`, the Google sheet's `Дата внесения`, ODK `SubmissionDate`/`start`/`end`/`today`
  (each is later than every event date of its row, except Airtable's `Created`, which may come before a
  verdict entered afterwards). A Kobo hearing date (sheet `hearings`) dates no case.
- A date of birth (`case/person/birth_date`) gives birth_year and is no event of the case.
- Airtable's US date format: `Charged` and `Verdict` are month first (`7/23/2021` is 23 July 2021). Each
  of the two columns holds values whose first number is above 12 nowhere and whose second number is above 12
  in many rows, so the column itself says month first (SPEC's day-first reading covers a value with no such
  evidence). `Detained` is ISO. Where a row's earliest date is one of these US dates and both its numbers are
  12 or less, the truth is still month first (the field's format, the same for every row).
- Status: the code, select option or dropdown value of the row's status question. Kobo `osvobozhden` and
  ODK `released`, Airtable `Released`, Notion `✅ Босатылды`, the sheet's `освобождён по УДО`: released, with
  the sentence's term kept. `podpiska` / `investigation` / `Under investigation` / `⚪ Тергеуде`:
  under_investigation; `sizo` / `remand` / `Pre-trial detention` / `🔵 Тергеу изоляторында`:
  pretrial_detention; `uslovno` / `suspended` / `Suspended sentence` / `🟡 Шартты жаза` / `условное
  осуждение`: probation. ODK's `Status` and `ReviewState` columns are about the submission, never the case.
- sentence_months: the sentence's term (Kobo years*12 + months; `2y 6m` = 30; `2 жыл 6 ай` = 30; `18 ай` = 18;
  `3 (три) года` = 36; `2 (два) года 6 (шесть) месяцев` = 30; a probation `1 (один) год ... условно с
  пробационным контролем на 1 (один) год` = 12); none for a fine, an acquittal or a measure before a verdict.
- articles: criminal code only, ascending, part in brackets: Kobo `st405_2` = 405(2), `st179` = 179, the
  `other` text read as written (`ст. 378 ч.2 УК РК` = 378(2)); ODK `a274_2` = 274(2); Notion `405-бап
  2-бөлік` = 405(2); Airtable `ст.179` = 179. The Kobo 0/1 columns say the same as the codes cell.
- city/region: current official English name and current region. Kobo `nur_sultan` = Astana, `uralsk` = Oral,
  `ust_kamenogorsk` = Oskemen, `kapshagay` = Konaev (Almaty Region), `other` + `Кульсары` = Kulsary
  (Atyrau), `Сатпаев` = Satpayev (Ulytau), `Экибастуз` = Ekibastuz (Pavlodar). Airtable's lookup region at
  the time (`East Kazakhstan` for Semey, `Almaty region` for Taldykorgan, `Karaganda` for Zhezkazgan) does not
  change the truth. The Google sheet's town is the court's: a district court of a city is in that city
  (`Есильский районный суд г. Нур-Султана` = Astana; `Қазыбек би аудандық соты` of Karaganda = Karaganda); a
  town's court (`Капшагайский городской суд`) is that town (Konaev). ODK codes in Kazakh Latin (`qonaev` =
  Konaev, `semei` = Semey, Abai; `oral` = Oral).
- dvk_koshe: True only where the row names DVK or Koshe Partiyasy as the person's tie: Kobo `dvk` / `koshe`,
  Airtable `checked`, Notion tags `ҚДТ` / `Көше партиясы`, the sheet's `TRUE`, ODK `qdt` / `koshe`. Kobo
  `dk` and ODK `unknown` are False, also where the note says `возможно, сторонник ДВК (не подтверждено)` or
  `ҚДТ-ға қатысы бар ма, белгісіз` (doubt is no tie, SPEC). A note naming DVK as the prosecution's claim
  that the person denies is no tie either (`обвинение считает его сторонником ДВК, сам отрицает`).
- Rows that are not cases: every row of the Kobo `hearings` sheet (a hearing of a case counted on the main
  sheet, not a case of its own), every row of the `Справочник` sheet (dropdown options), the two ODK test
  submissions. Blank rows are not rows.
- source_row: the row a spreadsheet program shows; for a CSV the header is row 1 and each record is one row,
  also where a quoted Airtable note holds a line break (the record, not the physical line, is counted).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
import uuid
from pathlib import Path

import pandas as pd
from openpyxl import Workbook

SEED = 33

TRUTH_COLUMNS = ["source_file", "source_sheet", "source_row", "kind", "city", "region", "articles", "status",
                 "sentence_months", "started_on", "started_precision", "birth_year", "dvk_koshe", "name"]

REGION = {"Almaty": "Almaty", "Astana": "Astana", "Shymkent": "Shymkent", "Oral": "West Kazakhstan",
          "Oskemen": "East Kazakhstan", "Semey": "Abai", "Taraz": "Zhambyl", "Aktobe": "Aktobe", "Atyrau": "Atyrau",
          "Aktau": "Mangystau", "Zhanaozen": "Mangystau", "Karaganda": "Karaganda", "Temirtau": "Karaganda",
          "Pavlodar": "Pavlodar", "Kostanay": "Kostanay", "Petropavl": "North Kazakhstan", "Kyzylorda": "Kyzylorda",
          "Taldykorgan": "Jetisu", "Konaev": "Almaty Region", "Zhezkazgan": "Ulytau", "Kokshetau": "Akmola",
          "Kulsary": "Atyrau", "Satpayev": "Ulytau", "Ekibastuz": "Pavlodar"}

SURNAMES = ["Абенов", "Жаксылыков", "Сейтказин", "Оразбаев", "Кенжебеков", "Мусин", "Тлеубергенов", "Байжанов",
            "Ермеков", "Смагулов", "Дюсенов", "Петренко", "Коваленко", "Сулейменов", "Карибаев", "Ахметжанов",
            "Жумабеков", "Исмаилов", "Рахимов", "Кан", "Цой", "Бекмуратов", "Тулегенов", "Аманжолов", "Садыков",
            "Есимов", "Уразалин", "Нуртазин", "Алдабергенов", "Шайхин", "Мухамеджанов", "Калиев"]
SURNAMES_KK = ["Әбенов", "Жақсылықов", "Сейітқазин", "Оразбаев", "Кенжебеков", "Тілеубергенов", "Байжанов",
               "Қарибаев", "Жұмабеков", "Бекмұратов", "Төлегенов", "Аманжолов", "Сәдуақасов", "Нұртазин",
               "Әлдабергенов", "Мұхамеджанов", "Қалиев", "Ермекұлы", "Серікұлы", "Бақытжанұлы"]
FIRST_M = ["Ерлан", "Нурлан", "Асхат", "Бауыржан", "Дамир", "Арман", "Серик", "Марат", "Виктор", "Олег", "Руслан",
           "Талгат", "Жандос", "Ержан", "Канат", "Тимур", "Данияр", "Максим", "Ильяс", "Айдос"]
FIRST_M_KK = ["Ерлан", "Нұрлан", "Асхат", "Бауыржан", "Дәурен", "Арман", "Серік", "Марат", "Талғат", "Жандос",
              "Ержан", "Қанат", "Данияр", "Ілияс", "Айдос", "Ақылбек"]
FIRST_F = ["Айгуль", "Гульнара", "Динара", "Жанар", "Сауле", "Ольга", "Наталья", "Асель", "Меруерт", "Алия",
           "Лаура", "Татьяна", "Камила", "Айжан"]
FIRST_F_KK = ["Айгүл", "Гүлнар", "Динара", "Жанар", "Сәуле", "Әсел", "Меруерт", "Әлия", "Айжан", "Ақмарал"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]

SENTENCED = ("imprisoned", "restricted_freedom", "probation", "fined", "acquitted", "released")
CUSTODY = ("imprisoned", "released", "pretrial_detention", "house_arrest")


def _name(rng: random.Random, kazakh: bool = False) -> str:
    return _name_gender(rng, kazakh)[0]


def _name_gender(rng: random.Random, kazakh: bool = False) -> tuple[str, bool]:
    surnames, males, females = (SURNAMES_KK, FIRST_M_KK, FIRST_F_KK) if kazakh else (SURNAMES, FIRST_M, FIRST_F)
    surname = rng.choice(surnames)
    female = rng.random() < 0.35
    if female:
        first = rng.choice(females)
        if surname.endswith(("ов", "ев", "ин")):
            surname += "а"
        elif surname.endswith("ұлы"):
            surname = surname[:-3] + "қызы"
    else:
        first = rng.choice(males)
    return f"{surname} {first}", female


def _day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days))


def _articles(refs) -> str:
    return "; ".join(f"{a}({p})" if p else f"{a}" for a, p in sorted(set(refs), key=lambda r: (r[0], r[1] or 0)))


def _case(file, sheet, row, name, city, refs, status, months, started, born, dvk) -> dict:
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case", "city": city,
            "region": REGION[city], "articles": _articles(refs), "status": status, "sentence_months": months,
            "started_on": started.isoformat(), "started_precision": "day", "birth_year": born,
            "dvk_koshe": bool(dvk), "name": name}


def _other(file, sheet, row) -> dict:
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case"}


def _months(rng: random.Random, status: str):
    if status in ("imprisoned", "released"):
        return rng.choice([24, 30, 36, 42, 48, 60, 84])
    if status == "restricted_freedom":
        return rng.choice([12, 18, 24, 30, 36])
    if status == "probation":
        return rng.choice([12, 24, 36])
    return None


def _events(rng: random.Random, status: str, first: dt.date, last: dt.date, always_charged=False):
    """Dates of one case: (detained, charged, verdict, released); every case has at least one; none after `last`."""
    room = {"released": 800, **{s: 300 for s in SENTENCED if s != "released"}}.get(status, 20)
    charged = _day(rng, first, last - dt.timedelta(days=room))
    detained = charged + dt.timedelta(days=rng.randrange(0, 15)) if status in CUSTODY or rng.random() < 0.15 else None
    verdict = charged + dt.timedelta(days=rng.randrange(70, 280)) if status in SENTENCED else None
    released = verdict + dt.timedelta(days=rng.randrange(150, 500)) if status == "released" else None
    if not always_charged and detained and rng.random() < 0.3:
        charged = None
    return detained, charged, verdict, released


def _start(*dates):
    return min(d for d in dates if d)


# ---------------------------------------------------------------------------------------------------------
# 1. KoboToolbox export, XML values and headers, with a repeat group sheet
# ---------------------------------------------------------------------------------------------------------
KOBO_CITIES = [("almaty", "Almaty"), ("nur_sultan", "Astana"), ("shymkent", "Shymkent"), ("uralsk", "Oral"),
               ("ust_kamenogorsk", "Oskemen"), ("semey", "Semey"), ("taraz", "Taraz"), ("aktobe", "Aktobe"),
               ("aktau", "Aktau"), ("zhanaozen", "Zhanaozen"), ("karaganda", "Karaganda"), ("pavlodar", "Pavlodar"),
               ("kyzylorda", "Kyzylorda"), ("taldykorgan", "Taldykorgan"), ("kapshagay", "Konaev"),
               ("kokshetau", "Kokshetau")]
KOBO_OTHER_TOWNS = [("Кульсары", "Kulsary"), ("Сатпаев", "Satpayev"), ("Экибастуз", "Ekibastuz")]
KOBO_CHOICES = [("st174_1", (174, 1)), ("st174_2", (174, 2)), ("st179", (179, None)), ("st274_2", (274, 2)),
                ("st380_1", (380, 1)), ("st405_1", (405, 1)), ("st405_2", (405, 2))]
KOBO_PICKS = [["st405_2"], ["st405_2"], ["st405_1"], ["st405_2", "st174_1"], ["st174_1"], ["st174_2"],
              ["st274_2"], ["st179"], ["st380_1"], ["st405_2", "other"], ["other"]]
KOBO_OTHER_CHARGES = [("ст. 378 ч.2 УК РК", [(378, 2)]), ("ч.2 ст.272 УК", [(272, 2)]),
                      ("ст. 258 ч.1", [(258, 1)])]
KOBO_MEASURE = {"pretrial_detention": "sizo", "house_arrest": "dom_arest", "under_investigation": "podpiska",
                "imprisoned": "lishenie_svobody", "restricted_freedom": "ogr_svobody", "probation": "uslovno",
                "fined": "shtraf", "acquitted": "opravdan", "released": "osvobozhden"}
KOBO_HEARING_RESULTS = ["otlozheno", "prigovor", "ostavleno_bez_izmeneniya", "prodlenie_mery"]


def _kobo_ts(day: dt.date, rng: random.Random, zone: bool = True) -> str:
    t = f"{day.isoformat()}T{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    return f"{t}.{rng.randint(0, 999):03d}+06:00" if zone else t


def write_kobo(folder: Path, rng: random.Random) -> list[dict]:
    file = "Мониторинг_уголовного_преследования_-_all_versions_-_False_-_2022-11-15-08-31-42.xlsx"
    sheet = "Мониторинг уголовного преследов"
    header = ["start", "end", "today", "deviceid", "username", "case/person/full_name", "case/person/birth_date",
              "case/person/gender", "case/place/city", "case/place/city_other", "case/charges/articles"]
    header += [f"case/charges/articles/{code}" for code, _ in KOBO_CHOICES] + ["case/charges/articles/other"]
    header += ["case/charges/articles_other", "case/dates/detained", "case/dates/charged", "case/dates/verdict",
               "case/dates/released", "case/outcome/measure", "case/outcome/term_y", "case/outcome/term_m",
               "case/tie", "case/notes", "__version__", "meta/instanceID", "_id", "_uuid", "_submission_time",
               "_validation_status", "_notes", "_status", "_submitted_by", "_tags", "_index"]
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(header)
    hs = wb.create_sheet("hearings")
    hs.append(["case/hearings/hearing_date", "case/hearings/court_level", "case/hearings/result", "_index",
               "_parent_table_name", "_parent_index", "_submission__id", "_submission__uuid",
               "_submission__submission_time", "_submission__validation_status", "_submission__notes",
               "_submission__status", "_submission__submitted_by", "_submission__tags"])
    truth, hearing_rows, hearing_index = [], [], 0
    notes_plain = ["", "", "", "адвокат по назначению", "жалоба в апелляцию подана", "отбывает в ИК-158",
                   "отбасы көмек сұрайды", "голодовка в СИЗО, 5 дней", "сотқа дейінгі тергеу аяқталды"]
    for index in range(1, 73):
        name = _name(rng, kazakh=rng.random() < 0.5)
        code, town = rng.choice(KOBO_CITIES)
        city_other = ""
        if rng.random() < 0.08:
            city_other, town = rng.choice(KOBO_OTHER_TOWNS)
            code = "other"
        born = rng.choice([None, None, *range(1960, 2002)])
        birth_date = dt.date(born, rng.randint(1, 12), rng.randint(1, 28)).isoformat() if born else ""
        picks = rng.choice(KOBO_PICKS)
        refs = [ref for c, ref in KOBO_CHOICES if c in picks]
        other_text = ""
        if "other" in picks:
            other_text, other_refs = rng.choice(KOBO_OTHER_CHARGES)
            refs += other_refs
        status = rng.choices(list(KOBO_MEASURE), weights=[6, 4, 6, 10, 9, 5, 3, 2, 5])[0]
        months = _months(rng, status)
        detained, charged, verdict, released = _events(rng, status, dt.date(2019, 3, 1), dt.date(2022, 9, 1))
        filled = dt.date(2022, 10, 3) + dt.timedelta(days=rng.randrange(0, 40))
        tie = rng.choices(["dvk", "koshe", "no", "dk"], weights=[3, 3, 8, 3])[0]
        note = rng.choice(notes_plain)
        if tie == "dk" and rng.random() < 0.6:
            note = rng.choice(["возможно, сторонник ДВК (не подтверждено)", "ҚДТ-ға қатысы бар ма, белгісіз"])
        elif tie == "no" and rng.random() < 0.15:
            note = "обвинение считает его сторонником ДВК, сам отрицает"
        uid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        sub_id = 180000000 + index * 37
        sub_time = _kobo_ts(filled, rng, zone=False)
        values = [_kobo_ts(filled, rng), _kobo_ts(filled, rng), filled.isoformat(),
                  f"collect:{rng.getrandbits(48):012x}", rng.choice(["monitor_almaty", "monitor_oral", "volunteer3"]),
                  name, birth_date, rng.choice(["m", "f"]), code, city_other, " ".join(picks)]
        values += [1 if c in picks else 0 for c, _ in KOBO_CHOICES] + [1 if "other" in picks else 0]
        values += [other_text, detained.isoformat() if detained else "", charged.isoformat() if charged else "",
                   verdict.isoformat() if verdict else "", released.isoformat() if released else "",
                   KOBO_MEASURE[status], months // 12 if months else "", months % 12 if months else "",
                   tie, note, "vHxk3aPzQm7WnTzR4ok2Lb", f"uuid:{uid}", sub_id, uid, sub_time,
                   rng.choice(["", "validation_status_approved", "validation_status_on_hold"]), "", "submitted_via_web",
                   "", "", index]
        ws.append([None if v == "" else v for v in values])
        truth.append(_case(file, sheet, ws.max_row, name, town, refs, status, months,
                           _start(detained, charged, verdict, released), born, tie in ("dvk", "koshe")))
        if verdict and rng.random() < 0.35:
            for k in range(rng.randint(1, 2)):
                hearing_index += 1
                day = verdict - dt.timedelta(days=rng.randrange(5, 40)) if k == 0 else verdict
                hearing_rows.append([day.isoformat(), "sud_1_instancii", rng.choice(KOBO_HEARING_RESULTS) if k == 0
                                     else "prigovor", hearing_index, sheet, index, sub_id, uid, sub_time, "", "",
                                     "submitted_via_web", "", ""])
    for values in hearing_rows:
        hs.append([None if v == "" else v for v in values])
        truth.append(_other(file, "hearings", hs.max_row))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------------------------------------------------
# 2. Airtable CSV export
# ---------------------------------------------------------------------------------------------------------
AIRTABLE_CITIES = [("Almaty", "Almaty", "Almaty"), ("Nur-Sultan", "Astana", "Nur-Sultan"),
                   ("Shymkent", "Shymkent", "Shymkent"), ("Uralsk", "Oral", "West Kazakhstan"),
                   ("Ust-Kamenogorsk", "Oskemen", "East Kazakhstan"), ("Semey", "Semey", "East Kazakhstan"),
                   ("Taldykorgan", "Taldykorgan", "Almaty region"), ("Kapshagay", "Konaev", "Almaty region"),
                   ("Zhezkazgan", "Zhezkazgan", "Karaganda"), ("Aktobe", "Aktobe", "Aktobe"),
                   ("Karaganda", "Karaganda", "Karaganda"), ("Atyrau", "Atyrau", "Atyrau"),
                   ("Petropavlovsk", "Petropavl", "North Kazakhstan")]
AIRTABLE_ARTICLES = [("ст.405 ч.2", (405, 2)), ("ст.405 ч.1", (405, 1)), ("ст.174 ч.1", (174, 1)),
                     ("ст.274 ч.2", (274, 2)), ("ст.179", (179, None)), ("ст.380 ч.1", (380, 1))]
AIRTABLE_STATUS = {"pretrial_detention": "Pre-trial detention", "house_arrest": "House arrest",
                   "under_investigation": "Under investigation", "imprisoned": "Prison",
                   "restricted_freedom": "Restricted freedom", "probation": "Suspended sentence", "fined": "Fine",
                   "acquitted": "Acquitted", "released": "Released"}
LAWYERS = ["Сейтказина А.", "Мусин Т.", "Kan D.", "Оразбаева Г.", "Ли В."]


def _us(day: dt.date | None) -> str:
    return f"{day.month}/{day.day}/{day.year}" if day else ""


def _us_time(day: dt.date, rng: random.Random) -> str:
    hour = rng.randint(1, 12)
    return f"{_us(day)} {hour}:{rng.randint(0, 59):02d}{rng.choice(['am', 'pm'])}"


def _short_term(months: int) -> str:
    if months % 12 == 0:
        return f"{months // 12}y"
    if months < 24:
        return f"{months}m"
    return f"{months // 12}y {months % 12}m"


def write_airtable(folder: Path, rng: random.Random) -> list[dict]:
    file = "Дела-Grid view.csv"
    header = ["Name", "Born", "City", "Region (from City)", "Articles", "Status", "Sentence", "Detained", "Charged",
              "Verdict", "DVK/Koshe", "Lawyer", "Campaign", "Attachments", "Notes", "Created", "Last modified",
              "Record ID"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    truth, row = [], 1
    notes = ["", "", "", "Letters sent 2x", "Family in touch", "Appeal rejected\nCassation pending",
             "Мать просит огласки", "Health: diabetes\nneeds insulin", "Тілдескен: әйелі"]
    for _ in range(62):
        name = _name(rng, kazakh=rng.random() < 0.3)
        written, town, region_then = rng.choice(AIRTABLE_CITIES)
        born = rng.choice([None, *range(1962, 2002)])
        picks = rng.choice([[0], [0], [1], [2, 0], [2], [3], [4], [5], [0, 3]])
        status = rng.choices(list(AIRTABLE_STATUS), weights=[5, 4, 6, 10, 9, 5, 3, 2, 5])[0]
        months = _months(rng, status)
        detained, charged, verdict, released = _events(rng, status, dt.date(2019, 6, 1), dt.date(2022, 6, 1))
        dvk = rng.random() < 0.35
        created = dt.date(2022, 4, 1) + dt.timedelta(days=rng.randrange(0, 150))
        modified = created + dt.timedelta(days=rng.randrange(0, 60))
        record = "rec" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                                 for _ in range(14))
        lawyers = ", ".join(rng.sample(LAWYERS, rng.choice([0, 1, 1, 2])))
        attach = rng.choice(["", "", f"verdict.pdf (https://dl.airtable.com/.attachments/{record[3:]}/verdict.pdf)",
                             f"photo.jpg (https://dl.airtable.com/.attachments/{record[3:]}/photo.jpg)"])
        values = [name, born or "", written, region_then, ", ".join(AIRTABLE_ARTICLES[i][0] for i in picks),
                  AIRTABLE_STATUS[status], _short_term(months) if months else "",
                  detained.isoformat() if detained else "", _us(charged), _us(verdict), "checked" if dvk else "",
                  lawyers, rng.choice(["", "Letters 2022", "Letters 2022, UN appeal"]), attach, rng.choice(notes),
                  _us_time(created, rng), _us_time(modified, rng), record]
        writer.writerow(values)
        row += 1
        truth.append(_case(file, "", row, name, town, [AIRTABLE_ARTICLES[i][1] for i in picks], status, months,
                           _start(detained, charged, verdict, released), born, dvk))
    (folder / file).write_text(buffer.getvalue(), encoding="utf-8")
    return truth


# ---------------------------------------------------------------------------------------------------------
# 3. Notion database CSV export
# ---------------------------------------------------------------------------------------------------------
NOTION_CITIES = [("Алматы", "Almaty"), ("Астана", "Astana"), ("Шымкент", "Shymkent"), ("Орал", "Oral"),
                 ("Өскемен", "Oskemen"), ("Семей", "Semey"), ("Қонаев", "Konaev"), ("Талдықорған", "Taldykorgan"),
                 ("Ақтөбе", "Aktobe"), ("Қарағанды", "Karaganda"), ("Жаңаөзен", "Zhanaozen"),
                 ("Қызылорда", "Kyzylorda"), ("Тараз", "Taraz"), ("Атырау", "Atyrau")]
NOTION_ARTICLES = [("405-бап 2-бөлік", (405, 2)), ("405-бап 1-бөлік", (405, 1)), ("174-бап 1-бөлік", (174, 1)),
                   ("174-бап 2-бөлік", (174, 2)), ("274-бап 2-бөлік", (274, 2)), ("179-бап", (179, None)),
                   ("380-бап 1-бөлік", (380, 1))]
NOTION_STATUS = {"imprisoned": "🔴 Бас бостандығынан айыру", "restricted_freedom": "🟠 Бас бостандығын шектеу",
                 "probation": "🟡 Шартты жаза", "fined": "🟢 Айыппұл", "pretrial_detention": "🔵 Тергеу изоляторында",
                 "house_arrest": "🟣 Үй қамағы", "under_investigation": "⚪ Тергеуде", "released": "✅ Босатылды",
                 "acquitted": "✅ Ақталды"}
NOTION_LAWYERS = ["Сәуле Оразбаева", "Тимур Мусин", "Dana Kan"]


def _notion_date(day: dt.date, rng: random.Random | None = None) -> str:
    text = f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}"
    if rng is not None and rng.random() < 0.15:
        text += f" {rng.randint(9, 11)}:{rng.choice(['00', '30'])} AM"
    return text


def _kk_term(months: int) -> str:
    if months < 24 and months % 12:
        return f"{months} ай"
    return f"{months // 12} жыл" if months % 12 == 0 else f"{months // 12} жыл {months % 12} ай"


def write_notion(folder: Path, rng: random.Random) -> list[dict]:
    file = "Cases 8c1f2e4a9b7d4c0e8a1b2c3d4e5f6a7b.csv"
    header = ["Name", "City", "Born", "Articles", "Status", "Case opened", "Custody", "Verdict date", "Sentence",
              "Tags", "Lawyer", "Created time", "Last edited time", "Source"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    truth, row = [], 1
    for _ in range(58):
        name = _name(rng, kazakh=rng.random() < 0.7)
        written, town = rng.choice(NOTION_CITIES)
        born = rng.choice([None, *range(1965, 2003)])
        picks = rng.choice([[0], [0], [1], [2, 0], [2], [3], [4], [5], [6], [0, 4]])
        status = rng.choices(list(NOTION_STATUS), weights=[10, 9, 5, 3, 6, 4, 6, 5, 2])[0]
        months = _months(rng, status)
        detained, charged, verdict, released = _events(rng, status, dt.date(2020, 1, 1), dt.date(2022, 9, 1),
                                                       always_charged=True)
        if detained and rng.random() < 0.4:  # the opening date is often left empty where a custody date is given
            charged = None
        if not detained:
            custody = ""
        elif status in ("pretrial_detention", "house_arrest", "imprisoned"):  # still held: no end date
            custody = _notion_date(detained, rng)
        elif status == "released":
            custody = f"{_notion_date(detained)} → {_notion_date(released)}"
        else:  # held before a verdict that freed the person
            custody = f"{_notion_date(detained)} → {_notion_date(detained + dt.timedelta(days=rng.randrange(20, 60)))}"
        tags = rng.sample(["журналист", "белсенді", "шұғыл", "хат жазу", "блогер"], rng.choice([0, 1, 1, 2]))
        dvk = rng.random() < 0.4
        if dvk:
            tags.insert(rng.randrange(len(tags) + 1), rng.choice(["ҚДТ", "Көше партиясы"]))
        created = dt.date(2022, 9, 1) + dt.timedelta(days=rng.randrange(0, 70))
        edited = created + dt.timedelta(days=rng.randrange(0, 30))
        lawyer = rng.choice(["", *NOTION_LAWYERS])
        page = f"https://www.notion.so/{lawyer.split()[0]}-{rng.getrandbits(128):032x}" if lawyer else ""
        lawyer_cell = f"{lawyer} ({page})" if lawyer else ""
        values = [name, written, born or "", ", ".join(NOTION_ARTICLES[i][0] for i in picks), NOTION_STATUS[status],
                  _notion_date(charged) if charged else "", custody, _notion_date(verdict) if verdict else "",
                  _kk_term(months) if months else "",
                  ", ".join(tags), lawyer_cell,
                  f"{_notion_date(created)} {rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}",
                  f"{_notion_date(edited)} {rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}",
                  rng.choice(["", "https://t.me/s/example_channel/1234", "https://example.kz/news/5521"])]
        writer.writerow(values)
        row += 1
        truth.append(_case(file, "", row, name, town, [NOTION_ARTICLES[i][1] for i in picks], status, months,
                           _start(detained, charged, verdict), born, dvk))
    (folder / file).write_text(buffer.getvalue(), encoding="utf-8")
    return truth


# ---------------------------------------------------------------------------------------------------------
# 4. Google Sheets list kept by volunteers from court decisions (.xlsx download)
# ---------------------------------------------------------------------------------------------------------
COURTS = [("Специализированный межрайонный суд по уголовным делам г. Алматы", "Almaty", "7590"),
          ("Алмалинский районный суд г. Алматы", "Almaty", "7511"),
          ("Есильский районный суд г. Нур-Султана", "Astana", "7119"),
          ("Сарыаркинский районный суд г. Нур-Султана", "Astana", "7114"),
          ("Енбекшинский районный суд г. Шымкента", "Shymkent", "5910"),
          ("Уральский городской суд ЗКО", "Oral", "2710"),
          ("Усть-Каменогорский городской суд ВКО", "Oskemen", "6310"),
          ("Семейский городской суд", "Semey", "6330"),
          ("Актауский городской суд Мангистауской области", "Aktau", "4710"),
          ("Жанаозенский городской суд", "Zhanaozen", "4720"),
          ("Кызылординский городской суд", "Kyzylorda", "4310"),
          ("Таразский городской суд", "Taraz", "3110"),
          ("Павлодарский городской суд", "Pavlodar", "5510"),
          ("Қарағанды қаласы Қазыбек би аудандық соты", "Karaganda", "3512"),
          ("Ақтөбе қалалық соты", "Aktobe", "1510"),
          ("Талдықорған қалалық соты", "Taldykorgan", "1910"),
          ("Капшагайский городской суд Алматинской области", "Konaev", "1930")]
SHEET_ARTICLES = [("ч.2 ст.405 УК РК", [(405, 2)]), ("ч.1 ст.405 УК РК", [(405, 1)]),
                  ("ч.1 ст.174 УК РК", [(174, 1)]), ("ч.2 ст.274 УК РК", [(274, 2)]),
                  ("ч.2 ст.405, ч.1 ст.174 УК РК", [(405, 2), (174, 1)]), ("ч.1 ст.380 УК РК", [(380, 1)]),
                  ("ст.179 ч.1 УК РК", [(179, 1)])]
WORDS = {1: ("1 (один) год", "1 (одного) года"), 2: ("2 (два) года", "2 (двух) лет"),
         3: ("3 (три) года", "3 (трёх) лет"), 4: ("4 (четыре) года", "4 (четырёх) лет"),
         5: ("5 (пять) лет", "5 (пяти) лет"), 7: ("7 (семь) лет", "7 (семи) лет")}
MONTH_WORDS = {6: "6 (шесть) месяцев"}
SHEET_STATUS = {"imprisoned": "лишение свободы", "restricted_freedom": "ограничение свободы",
                "probation": "условное осуждение", "fined": "штраф", "acquitted": "оправдан",
                "released": "освобождён по УДО"}
VOLUNTEERS = ["Асель", "Даня", "Ерке", "Ольга К."]


def _court_term(months: int) -> str:
    years, rest = divmod(months, 12)
    text = WORDS[years][0]
    return f"{text} {MONTH_WORDS[rest]}" if rest else text


def write_gsheet(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "Приговоры — волонтёры.xlsx", "Приговоры"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["№", "Дата внесения", "Кто внёс", "№ дела", "Суд", "ФИО осуждённого", "Год рожд.", "Статья УК",
               "Дата приговора", "Наказание (как в приговоре)", "Статус", "Связь с ДВК/Көше", "Проверено",
               "Ссылка на акт"])
    truth = []
    for number in range(1, 67):
        court, town, code = rng.choice(COURTS)
        name, female = _name_gender(rng, kazakh=rng.random() < 0.3)
        if rng.random() < 0.5:  # volunteers copy the verdict's full name
            name += " " + rng.choice(["Маратовна", "Сериковна", "Болатовна"] if female else
                                     ["Маратович", "Серикович", "Болатович"])
        born = rng.choice([None, *range(1960, 2002)])
        charge, refs = rng.choice(SHEET_ARTICLES)
        status = rng.choices(list(SHEET_STATUS), weights=[12, 12, 6, 4, 2, 4])[0]
        verdict = _day(rng, dt.date(2019, 9, 1), dt.date(2022, 9, 30))
        if status in ("imprisoned", "released"):
            months = rng.choice([24, 36, 42, 48, 60, 84])
            penalty = (f"{_court_term(months)} лишения свободы с отбыванием наказания в учреждении "
                       f"уголовно-исполнительной системы {rng.choice(['средней', 'минимальной'])} безопасности")
        elif status == "restricted_freedom":
            months = rng.choice([12, 24, 30, 36])
            penalty = f"{_court_term(months)} ограничения свободы"
            if rng.random() < 0.4:
                penalty += (" с запретом заниматься общественной и политической деятельностью сроком на "
                            f"{WORDS[rng.choice([3, 5])][0]}")
        elif status == "probation":
            months = rng.choice([12, 24])
            penalty = (f"{_court_term(months)} лишения свободы условно с пробационным контролем на "
                       f"{_court_term(months)}")
        elif status == "fined":
            months = None
            penalty = rng.choice(["штраф в размере 1 000 (одной тысячи) МРП", "штраф в размере 500 (пятисот) МРП"])
        else:
            months = None
            penalty = "оправдать за отсутствием в деянии состава уголовного правонарушения"
        dvk = rng.random() < 0.35
        entered = dt.datetime(2022, 10, 1) + dt.timedelta(days=rng.randrange(0, 45), minutes=rng.randrange(0, 1440))
        verdict_value = verdict if rng.random() < 0.75 else verdict.strftime("%d.%m.%Y")
        case_no = f"№ {code}-{verdict.year % 100:02d}-00-1/{rng.randint(20, 999)}"
        ws.append([number, entered, rng.choice(VOLUNTEERS), case_no, court, name, born, charge, verdict_value, penalty,
                   SHEET_STATUS[status], dvk, rng.random() < 0.7,
                   f"https://office.sud.kz/courtActs/doc.xhtml?id={rng.getrandbits(40):x}"])
        r = ws.max_row
        ws.cell(r, 2).number_format = "dd.mm.yyyy hh:mm"
        if isinstance(verdict_value, dt.date):
            ws.cell(r, 9).number_format = "dd.mm.yyyy"
        truth.append(_case(file, sheet, r, name, town, refs, status, months, verdict, born, dvk))
    ref = wb.create_sheet("Справочник")
    options = [list(SHEET_STATUS.values()), VOLUNTEERS, ["TRUE", "FALSE"]]
    ref.append(["Статус", "Волонтёры", "Да/нет"])
    for i in range(max(len(o) for o in options)):
        ref.append([o[i] if i < len(o) else None for o in options])
        truth.append(_other(file, "Справочник", ref.max_row))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------------------------------------------------
# 5. ODK Central CSV export
# ---------------------------------------------------------------------------------------------------------
ODK_PLACES = [("almaty_qalasy", "almaty", "Almaty"), ("astana_qalasy", "astana", "Astana"),
              ("shymkent_qalasy", "shymkent", "Shymkent"), ("zko", "oral", "Oral"), ("vko", "oskemen", "Oskemen"),
              ("abai", "semei", "Semey"), ("almaty_obl", "qonaev", "Konaev"),
              ("zhetisu", "taldyqorghan", "Taldykorgan"),
              ("mangystau", "zhanaozen", "Zhanaozen"), ("mangystau", "aqtau", "Aktau"),
              ("qaraghandy_obl", "qaraghandy", "Karaganda"), ("aqtobe_obl", "aqtobe", "Aktobe"),
              ("ulytau", "zhezqazghan", "Zhezkazgan"), ("atyrau_obl", "atyrau", "Atyrau")]
ODK_CHOICES = [("a405_1", (405, 1)), ("a405_2", (405, 2)), ("a174_1", (174, 1)), ("a274_2", (274, 2)),
               ("a380_1", (380, 1)), ("a272_2", (272, 2))]
ODK_STAGE = {"investigation": "under_investigation", "remand": "pretrial_detention", "house_arrest": "house_arrest",
             "prison": "imprisoned", "restricted": "restricted_freedom", "suspended": "probation", "fine": "fined",
             "acquitted": "acquitted", "released": "released"}


def write_odk(folder: Path, rng: random.Random) -> list[dict]:
    file = "pp_monitoring.csv"
    header = ["SubmissionDate", "start", "end", "today", "deviceid", "case-person-name", "case-person-birth_year",
              "case-place-oblast", "case-place-city", "case-charges-articles", "case-outcome-stage",
              "case-outcome-term_months", "case-dates-detained", "case-dates-charged", "case-dates-verdict",
              "case-tie", "case-notes", "meta-instanceID", "KEY", "SubmitterID", "SubmitterName",
              "AttachmentsPresent", "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits",
              "FormVersion"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    truth, row = [], 1
    notes = ["", "", "", "Адвокат: жалоба подана", "Отбасы хабарласты", "сот отырысы кейінге қалдырылды",
             "материалы дела засекречены", "Telegram-арнадағы жазбасы үшін"]
    for n in range(1, 52):
        sub = dt.date(2022, 9, 5) + dt.timedelta(days=rng.randrange(0, 60))
        clock = f"{rng.randint(3, 14):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        stamp = f"{sub.isoformat()}T{clock}.{rng.randint(0, 999):03d}Z"
        meta = f"uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}"
        submitter = rng.choice([("5", "volunteer_oral"), ("7", "volunteer_semei"), ("9", "monitor_astana")])
        device = f"collect:{rng.getrandbits(48):012X}"
        start = f"{sub.isoformat()}T{rng.randint(9, 20):02d}:{rng.randint(0, 59):02d}:00.000+06:00"
        if n in (12, 37):  # test submissions, rejected in review
            writer.writerow([stamp, start, start, sub.isoformat(), device, "тест" if n == 12 else "test test", "", "",
                             "", "", "", "", "", "", "", "", "проверка формы", meta, meta, submitter[0],
                             submitter[1], 0, 0, "", "rejected", device, 0, "2022091501"])
            row += 1
            truth.append(_other(file, "", row))
            continue
        name = _name(rng, kazakh=rng.random() < 0.6)
        born = rng.choice([None, *range(1962, 2003)])
        oblast, city_code, town = rng.choice(ODK_PLACES)
        picks = rng.choice([["a405_2"], ["a405_2"], ["a405_1"], ["a405_2", "a174_1"], ["a174_1"], ["a274_2"],
                            ["a380_1"], ["a272_2", "a380_1"]])
        stage = rng.choices(list(ODK_STAGE), weights=[6, 5, 4, 10, 9, 5, 3, 2, 5])[0]
        status = ODK_STAGE[stage]
        months = _months(rng, status)
        detained, charged, verdict, released = _events(rng, status, dt.date(2019, 6, 1), dt.date(2022, 9, 1))
        tie = rng.choices(["qdt", "koshe", "none", "unknown"], weights=[3, 3, 8, 3])[0]
        note = rng.choice(notes)
        writer.writerow([stamp, start, start, sub.isoformat(), device,
                         name, born or "", oblast, city_code, " ".join(picks), stage, months or "",
                         detained.isoformat() if detained else "", charged.isoformat() if charged else "",
                         verdict.isoformat() if verdict else "", tie, note, meta, meta, submitter[0], submitter[1],
                         0, 0,
                         "",
                         rng.choice(["approved", "approved", "hasIssues", "edited", ""]), device,
                         rng.choice([0, 0, 1]), "2022091501"])
        row += 1
        refs = [ref for c, ref in ODK_CHOICES if c in picks]
        # released: the release date is not asked by this form; the stage says released
        truth.append(_case(file, "", row, name, town, refs, status, months, _start(detained, charged, verdict), born,
                           tie in ("qdt", "koshe")))
    (folder / file).write_text(buffer.getvalue(), encoding="utf-8")
    return truth


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the five lists into `folder`; return the truth (one row per non-blank row below a header)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    truth = write_kobo(folder, rng) + write_airtable(folder, rng) + write_notion(folder, rng)
    truth += write_gsheet(folder, rng) + write_odk(folder, rng)
    frame = pd.DataFrame(truth).reindex(columns=TRUTH_COLUMNS)
    frame["source_row"] = frame["source_row"].astype(int)
    frame["sentence_months"] = frame["sentence_months"].astype("Int64")
    frame["birth_year"] = frame["birth_year"].astype("Int64")
    frame["source_sheet"] = frame["source_sheet"].fillna("")
    return frame
