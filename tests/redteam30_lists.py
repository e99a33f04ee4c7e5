"""Red-team set 30 (a hold-out): lists kept by English-language international groups.

Theme: press-freedom, human-rights-defender and think-tank sources writing about prosecutions in
Kazakhstan in English: English wordings of charges ("inciting social discord", "Art. 174 Part 1",
"Part 2 of Article 405"), of terms and statuses ("restricted freedom", "restriction of liberty",
"conditional release", "placed under travel ban", "remanded in custody"), British dates
("3rd March 2022", "14 Feb 2023", day-first "03/03/2022"), US dates under an "(MM/DD/YYYY)"
header, and transliterated places (Uralsk, Semipalatinsk, Ust-Kamenogorsk, Kapchagay, Chimkent,
Aktyubinsk, Petropavlovsk, Nur-Sultan). All names are invented.

Files (all written by `write_lists`, deterministic: random.Random(30)):

1. `FLD_defenders_caselist.xlsx`, sheet `Kazakhstan` (a defenders' protection NGO's case list):
   two title rows and a blank row above the header `No. | Human rights defender | Born | Area of
   work | Location | Charges | Date of arrest | Date of verdict | Current situation | Notes |
   Last updated`. Section headings `ONGOING CASES` and `CLOSED CASES` (a lone cell in column A),
   a footnote block at the end. Arrest dates as date cells or British text ("3rd March 2022",
   "14 Feb 2023", "03/03/2022"), some month-only ("March 2022"). Verdict dates likewise. "Last
   updated" is when the entry was edited (all in June 2024, after every event): never an event.
   Location is a transliterated town ("Uralsk", "Semipalatinsk", "Kapchagay", "Nur-Sultan"), or
   the town with a gloss ("Oral (formerly Uralsk)", "Kapshagay (now Konaev)", "Semey, East
   Kazakhstan"). About one name in five carries the year of birth ("Serik Sadykova (b. 2002)")
   with the Born cell left blank.
   Notes name DVK / the Koshe Party in English, or deny or doubt a tie.
2. `RSF_barometer_Kazakhstan.xlsx` (a press-freedom barometer): sheet `Barometer` has a block
   of counters above the header (`Journalists detained | 23` ...), then `Name | Media outlet |
   Detained since | City | Charges | Status | Sentence`; "Detained since" holds "since 12 Jan
   2022"-style text. Sheet `Released` holds people released since 2022 with `Name | Media outlet
   | Arrested | Released on | City | Charges | Sentence (served)`: the sentence column gives the
   original term and the release date says they are free, so status is released with the term
   kept. City as "Oral (Uralsk)", "Semey (Semipalatinsk)" (the current name with the old one in
   brackets) or plain. A totals row closes each sheet.
3. `central_asia_repression_tracker.csv` (a think-tank event dataset, UTF-8, comma): header
   `Event ID,Event Date (MM/DD/YYYY),Country,Province,Locality,Target Name,Repression Type,
   Criminal Charges,Sentence/Outcome,Affiliation,Source`; dates US month-first as the header
   says; Province written with the names of the time (Semey under "East Kazakhstan Oblast",
   Taldykorgan under "Almaty Oblast", Zhezkazgan under "Karaganda Oblast"); the truth region is
   the city's current one (SPEC: region is the current region). Event ID like `KAZ2022-0031` is
   an id, never an article. Affiliation names DVK, "Koshe Party", Hizb ut-Tahrir, "alleged DVK
   supporter" (a doubt: False). Two note lines at the end (a total and a citation line).
4. `Observatory_HRD_annex.xlsx`, sheet `Annex II` (a defenders' observatory annual report
   annex): title row, then a two-row header with merged group cells: `Defender` and `Year of
   birth` merged down; `Place` over `Region | City`; `Proceedings` over `Criminal Code articles
   | Charged on | Verdict`; `Situation as of 31 December 2023` merged down. Names as "SURNAME
   Firstname". Region written as it was (old names: "Almaty Region" for Taldykorgan, "East
   Kazakhstan" for Semey); the truth region is the current one of the city. The verdict cell
   holds the verdict date and the sentence ("11 Nov 2022: 5 years' imprisonment"). Footnote
   markers (¹ ²) after some names and a footnote block below; a year heading row per year
   ("2022", "2023") in column A.

5. `UN_SR_communications_KAZ.xlsx`, sheet `Communications` (a table of the Special Procedures'
   communications to the government): `Ref. | Date sent | Mandates | Person concerned | Location
   | Summary of allegations | Current status (per source) | Reply received`. "Date sent" is the
   date the letter was sent (20-90 days after the last event): not an event of the case. The
   case's dates are only in the summary prose ("Detained in Uralsk on 3rd March 2022 and charged
   under Art. 174 Part 1. Sentenced on 14 Feb 2023 to five years of imprisonment."); the term is
   in the prose too; DVK / Koshe ties only in the prose. The reply cell may carry a date.
   A legend row of the mandate codes closes the sheet.

Truth decisions:
- city/region: the current official English name and current region of the town named
  (Uralsk -> Oral, West Kazakhstan; Semipalatinsk -> Semey, Abai; Ust-Kamenogorsk -> Oskemen,
  East Kazakhstan; Taldykorgan -> Jetisu; Kapchagay -> Konaev, Almaty Region; Nur-Sultan ->
  Astana; Chimkent -> Shymkent; Aktyubinsk -> Aktobe; Petropavlovsk -> Petropavl, North
  Kazakhstan; Zhezkazgan -> Ulytau; Turkestan -> Turkistan).
- articles: criminal-code articles only, ascending, part only where written; "inciting social
  discord" with no number is 174; "dissemination of knowingly false information" with no number
  is 274 (words only, no part). "Art. 174 Part 1" = 174(1); "Part 2 of Article 405" = 405(2).
- status: "X years' imprisonment", "in prison", "serving N years" = imprisoned; "restricted
  freedom" / "restriction of liberty" = restricted_freedom; "suspended sentence" = probation;
  "in pre-trial detention", "remanded in custody" = pretrial_detention; "under house arrest" =
  house_arrest; "under investigation", "placed under travel ban" = under_investigation;
  "conditional release" / "released on parole" / a release date = released (term kept where
  written); "fined" = fined (no months; fine amounts are in MCI, never a term); "acquitted".
- terms: number words ("seven years") and decimals ("3.5 years" = 42) are the term; "released
  under amnesty on <date>" is released with the term kept; "11 Nov 2022: 7 years' imprisonment,
  reduced to 5 years on appeal" is 60 months.
- birth_year: "(b. 2002)" in the name cell is the year of birth.
- sentence_months: the term written with the sentence (also for released cases when the
  original term is written); none for pre-trial measures and fines.
- started_on: the earliest of the dates the row gives (arrest, charge, verdict, release, the
  tracker's event date); partial dates are the first day with their precision. "Last updated"
  and the tracker's event id are never dates of the case.
- dvk_koshe: True only where the row names DVK, "Democratic Choice of Kazakhstan", "Koshe
  Party" or "Street Party"; "alleged DVK supporter" and "no links to DVK" are False.
- birth_year: where a born/year-of-birth column gives it; else empty.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

# token as written, truth city, truth region
PLACES = [
    ("Uralsk", "Oral", "West Kazakhstan"), ("Oral", "Oral", "West Kazakhstan"),
    ("Semipalatinsk", "Semey", "Abai"), ("Semey", "Semey", "Abai"),
    ("Ust-Kamenogorsk", "Oskemen", "East Kazakhstan"), ("Oskemen", "Oskemen", "East Kazakhstan"),
    ("Taldykorgan", "Taldykorgan", "Jetisu"), ("Nur-Sultan", "Astana", "Astana"), ("Astana", "Astana", "Astana"),
    ("Almaty", "Almaty", "Almaty"), ("Shymkent", "Shymkent", "Shymkent"), ("Chimkent", "Shymkent", "Shymkent"),
    ("Kapchagay", "Konaev", "Almaty Region"), ("Aktobe", "Aktobe", "Aktobe"), ("Aktyubinsk", "Aktobe", "Aktobe"),
    ("Atyrau", "Atyrau", "Atyrau"), ("Zhanaozen", "Zhanaozen", "Mangystau"), ("Aktau", "Aktau", "Mangystau"),
    ("Petropavlovsk", "Petropavl", "North Kazakhstan"), ("Kostanay", "Kostanay", "Kostanay"),
    ("Pavlodar", "Pavlodar", "Pavlodar"), ("Taraz", "Taraz", "Zhambyl"), ("Kyzylorda", "Kyzylorda", "Kyzylorda"),
    ("Zhezkazgan", "Zhezkazgan", "Ulytau"), ("Karaganda", "Karaganda", "Karaganda"),
    ("Kokshetau", "Kokshetau", "Akmola"), ("Ekibastuz", "Ekibastuz", "Pavlodar"), ("Turkestan", "Turkistan", "Turkistan"),
]
# the oblast a town was in before the 2018 and 2022 changes (the tracker's Province column)
OLD_PROVINCE = {
    "Oral": "West Kazakhstan Oblast", "Semey": "East Kazakhstan Oblast", "Oskemen": "East Kazakhstan Oblast",
    "Taldykorgan": "Almaty Oblast", "Konaev": "Almaty Oblast", "Aktobe": "Aktobe Oblast", "Atyrau": "Atyrau Oblast",
    "Zhanaozen": "Mangystau Oblast", "Aktau": "Mangystau Oblast", "Petropavl": "North Kazakhstan Oblast",
    "Kostanay": "Kostanay Oblast", "Pavlodar": "Pavlodar Oblast", "Taraz": "Zhambyl Oblast",
    "Kyzylorda": "Kyzylorda Oblast", "Zhezkazgan": "Karaganda Oblast", "Karaganda": "Karaganda Oblast",
    "Kokshetau": "Akmola Oblast", "Ekibastuz": "Pavlodar Oblast", "Turkistan": "Turkistan Oblast",
    "Astana": "Nur-Sultan City", "Almaty": "Almaty City", "Shymkent": "Shymkent City",
}
# the region an annex of 2023 may still write (before the June 2022 split)
ANNEX_REGION = {"Semey": "East Kazakhstan", "Taldykorgan": "Almaty Region", "Zhezkazgan": "Karaganda Region"}

FIRST = ["Aidos", "Zhanna", "Serik", "Marat", "Gulnara", "Yerlan", "Dinara", "Nurlan", "Asel", "Timur", "Olga", "Dmitry",
         "Bakhyt", "Saule", "Ruslan", "Aigerim", "Kanat", "Irina", "Almas", "Madina", "Yerzhan", "Svetlana", "Daulet",
         "Aliya", "Sergei", "Nurgul", "Arman", "Elena", "Zhanbolat", "Kamila"]
LAST = ["Zhaksylykov", "Omarova", "Tulegenov", "Abenov", "Sadykova", "Iskakov", "Beisenova", "Karimov", "Nurmaganbetova",
        "Petrov", "Kuanyshev", "Mukhametova", "Sarsenbayev", "Yesenova", "Dzhumabayev", "Kovalenko", "Alimzhanov",
        "Tokhtarova", "Baimukhanov", "Ospanova", "Zhumadilov", "Shevchenko", "Kassymov", "Amanzholova", "Rakhimov",
        "Seitkaliyeva", "Utepov", "Grigorieva", "Moldabekov", "Yergaliyeva"]

# (articles truth, list of written forms)
CHARGES = [
    ("174(1)", ["Art. 174 Part 1", "Article 174(1)", "Art. 174(1) CC", "inciting social discord (Art. 174 Part 1)", "Article 174.1 CC RK"]),
    ("174", ["inciting social discord", "Art. 174"]),
    ("405(2)", ["Part 2 of Article 405", "Art. 405(2)", "Article 405.2", "participation in a banned extremist organisation (Art. 405 Part 2)"]),
    ("405(1)", ["Part 1 of Article 405", "Art. 405(1)"]),
    ("174(1); 405(2)", ["Art. 174(1), Art. 405(2)", "Articles 174 Part 1 and 405 Part 2", "Part 2 of Article 405; Art. 174 Part 1"]),
    ("274(2)", ["Art. 274 Part 2", "Part 2 of Article 274", "dissemination of false information (Art. 274(2))"]),
    ("274", ["dissemination of knowingly false information"]),
    ("272(2)", ["Art. 272(2) (mass riots)", "Part 2 of Article 272"]),
    ("256(2)", ["Art. 256 Part 2", "propaganda of terrorism (Art. 256(2))"]),
    ("380(1)", ["Art. 380(1) (violence against a police officer)"]),
    ("174(2); 405(2)", ["Arts. 174(2) and 405(2)", "Part 2 of Article 174, Part 2 of Article 405"]),
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _british(d: dt.date, rng: random.Random) -> str:
    form = rng.randrange(4)
    if form == 0:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if form == 1:
        return f"{_ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    if form == 2:
        return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    return d.strftime("%d/%m/%Y")


WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}


def _term(months: int, rng: random.Random) -> str:
    years, rest = divmod(months, 12)
    if rest == 0 and years > 1 and rng.random() < 0.25:
        return f"{WORDS[years]} years"
    if rest == 6 and rng.random() < 0.3:
        return f"{years}.5 years"
    if rest == 0:
        return "1 year" if years == 1 else f"{years} years"
    if years == 0:
        return f"{rest} months"
    if rng.random() < 0.5:
        return f"{years} year{'s' if years > 1 else ''} {rest} months"
    return f"{years} yrs {rest} mo"


def _prison(months: int, rng: random.Random) -> str:
    t = _term(months, rng)
    return rng.choice([f"{t}' imprisonment" if t.endswith("s") else f"{t} imprisonment", f"{t} in prison"])


STATUS_KINDS = ["imprisoned"] * 8 + ["restricted_freedom"] * 3 + ["probation"] * 2 + ["pretrial_detention"] * 2 + \
    ["house_arrest", "under_investigation", "released", "released", "fined", "acquitted"]
TERMS = {"imprisoned": [24, 36, 42, 60, 84, 96, 30, 18], "restricted_freedom": [12, 24, 36, 18],
         "probation": [12, 24, 36], "released": [24, 36, 60, 18]}


def _record(rng: random.Random, i: int) -> dict:
    place, city, region = rng.choice(PLACES)
    articles, forms = rng.choice(CHARGES)
    status = rng.choice(STATUS_KINDS)
    months = rng.choice(TERMS[status]) if status in TERMS else None
    detained = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(0, 1000))
    verdict = detained + dt.timedelta(days=rng.randrange(60, 240))
    if status in ("pretrial_detention", "house_arrest", "under_investigation"):
        verdict = None
    released = None
    if status == "released":
        released = verdict + dt.timedelta(days=rng.randrange(100, 500))
    dvk = rng.random()
    tie = "none"
    if articles.startswith("405") or "405" in articles:
        tie = "dvk" if dvk < 0.45 else "koshe" if dvk < 0.6 else "doubt" if dvk < 0.7 else "deny" if dvk < 0.75 else "none"
    elif dvk < 0.1:
        tie = "dvk"
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return {"i": i, "place": place, "city": city, "region": region, "articles": articles, "charge": rng.choice(forms),
            "status": status, "months": months, "detained": detained, "verdict": verdict, "released": released,
            "tie": tie, "name": name, "born": rng.randrange(1958, 2003)}


TIE_NOTES = {
    "dvk": ["Supporter of the banned DVK movement", "Posted DVK videos on Facebook", "Accused of financing the Democratic Choice of Kazakhstan"],
    "koshe": ["Koshe Party activist", "Member of the Street Party (Koshe Partiyasy) chat", "Attended a Koshe Party rally"],
    "doubt": ["Allegedly a DVK supporter (not confirmed)", "Allegedly linked to DVK (unconfirmed)"],
    "deny": ["No links to DVK", "Not linked to DVK; blogger"],
    "none": ["", "Blogger", "Civic activist", "Trade union organiser", "Land rights activist", ""],
}


def _status_text(r: dict, rng: random.Random) -> str:
    s, m = r["status"], r["months"]
    if s == "imprisoned":
        t = _term(m, rng)
        return rng.choice([f"{t}' imprisonment" if t.endswith("s") else f"{t} imprisonment",
                           f"Sentenced to {t} in a general-regime penal colony", f"Serving {t} in prison"])
    if s == "restricted_freedom":
        t = _term(m, rng)
        return rng.choice([f"Restricted freedom, {t}", f"{t} of restricted freedom", f"{t} restriction of liberty"])
    if s == "probation":
        t = _term(m, rng)
        return rng.choice([f"{t} suspended sentence", f"Suspended sentence of {t}"])
    if s == "pretrial_detention":
        return rng.choice(["In pre-trial detention", "Remanded in custody", "Held in pre-trial detention (SIZO)"])
    if s == "house_arrest":
        return "Under house arrest"
    if s == "under_investigation":
        return rng.choice(["Under investigation; placed under travel ban", "Under criminal investigation"])
    if s == "released":
        t = _term(m, rng)
        return rng.choice([f"{t} imprisonment; conditional release on {_british(r['released'], rng)}",
                           f"Sentenced to {t}; released under amnesty on {_british(r['released'], rng)}"])
    if s == "fined":
        return rng.choice(["Fined 300 MCI", "Fine of 500 MCI"])
    return "Acquitted"


def _truth_row(file, sheet, row, r, started, precision, born=True, tie=True, months=True):
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case", "city": r["city"],
            "region": r["region"], "articles": r["articles"], "status": r["status"],
            "sentence_months": r["months"] if months else None, "started_on": started, "started_precision": precision,
            "birth_year": r["born"] if born else None, "dvk_koshe": r["tie"] in ("dvk", "koshe") if tie else False,
            "name": r["name"]}


def _not_case(file, sheet, row):
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case"}


def _fld(folder: Path, rng: random.Random, records: list[dict]) -> list[dict]:
    file, sheet = "FLD_defenders_caselist.xlsx", "Kazakhstan"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["Front Line case list: human rights defenders at risk in Kazakhstan"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["Compiled by the Central Asia desk. Confidential until publication."])
    ws.append([])
    header = ["No.", "Human rights defender", "Born", "Area of work", "Location", "Charges", "Date of arrest",
              "Date of verdict", "Current situation", "Notes", "Last updated"]
    ws.append(header)
    truth = []
    ongoing = [r for r in records if r["status"] in ("imprisoned", "pretrial_detention", "house_arrest", "under_investigation", "restricted_freedom", "probation")]
    closed = [r for r in records if r not in ongoing]
    n = 0
    areas = ["Journalist", "Blogger", "Lawyer", "Labour rights", "Environmental defender", "Civic activist", "Women's rights"]
    for heading, group in (("ONGOING CASES", ongoing), ("CLOSED CASES", closed)):
        ws.append([heading])
        truth.append(_not_case(file, sheet, ws.max_row))
        for r in group:
            n += 1
            monthly = rng.random() < 0.12
            if monthly:
                arrest = f"{MONTHS[r['detained'].month - 1]} {r['detained'].year}"
                start, prec = r["detained"].replace(day=1).isoformat(), "month"
            else:
                arrest = r["detained"] if rng.random() < 0.4 else _british(r["detained"], rng)
                start, prec = r["detained"].isoformat(), "day"
            verdict = "" if r["verdict"] is None else (r["verdict"] if rng.random() < 0.4 else _british(r["verdict"], rng))
            note = rng.choice(TIE_NOTES[r["tie"]])
            updated = dt.date(2024, 6, rng.randrange(1, 28))
            where = {"Oral": "Oral (formerly Uralsk)", "Konaev": "Kapshagay (now Konaev)", "Semey": "Semey, East Kazakhstan"}.get(
                r["city"], r["place"]) if rng.random() < 0.5 else r["place"]
            in_name = rng.random() < 0.2
            who = f"{r['name']} (b. {r['born']})" if in_name else r["name"]
            ws.append([n, who, None if in_name else r["born"], rng.choice(areas), where, r["charge"], arrest, verdict,
                       _status_text(r, rng), note, updated.strftime("%d/%m/%Y")])
            for c in (7, 8):
                if isinstance(ws.cell(ws.max_row, c).value, dt.date):
                    ws.cell(ws.max_row, c).number_format = "DD/MM/YYYY"
            truth.append(_truth_row(file, sheet, ws.max_row, r, start, prec))
    ws.append([])
    for line in ["* Information as of 30 June 2024.", "Source: case files and trial monitoring by partners.",
                 "Contact the Central Asia desk before citing individual cases."]:
        ws.append([line])
        truth.append(_not_case(file, sheet, ws.max_row))
    wb.save(folder / file)
    return truth


def _rsf(folder: Path, rng: random.Random, current: list[dict], freed: list[dict]) -> list[dict]:
    file = "RSF_barometer_Kazakhstan.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Barometer"
    ws.append(["Press freedom barometer: Kazakhstan"])
    ws.append(["Journalists detained", len(current)])
    ws.append(["Media workers detained", 2])
    ws.append(["Journalists killed since 1 January 2022", 0])
    ws.append([])
    ws.append(["Name", "Media outlet", "Detained since", "City", "Charges", "Status", "Sentence"])
    outlets = ["Uralskaya Nedelya", "Ak Zhaiyk", "Vlast.kz", "KazTAG", "freelance", "Ulysmedia", "YouTube channel 'Aqparat'",
               "Obyektiv TV", "Radio Azattyq (contributor)"]

    def place(r):
        if r["place"] in ("Uralsk", "Semipalatinsk", "Ust-Kamenogorsk") and rng.random() < 0.6:
            return f"{r['city']} ({r['place']})"
        return r["place"]

    truth = []
    for r in current:
        d = r["detained"]
        since = rng.choice([f"since {d.day} {MONTHS[d.month - 1][:3]} {d.year}", f"since {MONTHS[d.month - 1]} {d.day}, {d.year}",
                           f"since {MONTHS[d.month - 1][:3]}. {d.day}, {d.year}"])
        s = r["status"]
        status = {"imprisoned": "Imprisoned", "pretrial_detention": "Pre-trial detention", "house_arrest": "House arrest"}[s]
        sentence = "" if r["months"] is None else (_term(r["months"], rng) + rng.choice(["", " in prison", " (general regime)"]))
        ws.append([r["name"], rng.choice(outlets), since, place(r), r["charge"], status, sentence])
        row = _truth_row(file, "Barometer", ws.max_row, r, r["detained"].isoformat(), "day", born=False, tie=False)
        truth.append(row)
    ws.append(["Total", len(current)])
    truth.append(_not_case(file, "Barometer", ws.max_row))

    ws2 = wb.create_sheet("Released")
    ws2.append(["Journalists and media workers released since 2022"])
    ws2.append(["Name", "Media outlet", "Arrested", "Released on", "City", "Charges", "Sentence (served)"])
    for r in freed:
        ws2.append([r["name"], rng.choice(outlets), _british(r["detained"], rng), _british(r["released"], rng), place(r),
                    r["charge"], _prison(r["months"], rng)])
        truth.append(_truth_row(file, "Released", ws2.max_row, r, r["detained"].isoformat(), "day", born=False, tie=False))
    ws2.append(["Total released", len(freed)])
    truth.append(_not_case(file, "Released", ws2.max_row))
    wb.save(folder / file)
    return truth


def _tracker(folder: Path, rng: random.Random, records: list[dict]) -> list[dict]:
    file = "central_asia_repression_tracker.csv"
    header = ["Event ID", "Event Date (MM/DD/YYYY)", "Country", "Province", "Locality", "Target Name", "Repression Type",
              "Criminal Charges", "Sentence/Outcome", "Affiliation", "Source"]
    lines = [header]
    truth = []
    aff = {"dvk": ["DVK", "Democratic Choice of Kazakhstan (DVK)"], "koshe": ["Koshe Party", "Street Party (Koshe)"],
           "doubt": ["alleged DVK supporter"], "deny": ["none (authorities alleged DVK; not confirmed)"],
           "none": ["", "independent journalist", "Hizb ut-Tahrir (alleged)", "labour activist"]}
    for k, r in enumerate(records, start=1):
        s = r["status"]
        if s in ("pretrial_detention", "house_arrest", "under_investigation"):
            kind, when = "Arrest", r["detained"]
        else:
            kind, when = rng.choice([("Sentencing", r["verdict"]), ("Arrest", r["detained"])])
        # the event date is the only date: started_on is that date
        if s == "released":
            outcome = f"{_term(r['months'], rng)} imprisonment, conditional release"
        else:
            outcome = _status_text(r, rng)
        lines.append([f"KAZ{when.year}-{k:04d}", when.strftime("%m/%d/%Y"), "Kazakhstan", OLD_PROVINCE[r["city"]],
                      r["place"], r["name"], kind, r["charge"], outcome, rng.choice(aff[r["tie"]]),
                      f"https://example.org/news/{k}"])
        row = _truth_row(file, "", len(lines), r, when.isoformat(), "day", born=False)
        if r["tie"] == "deny":
            row["dvk_koshe"] = False
        truth.append(row)
    lines.append([f"Total events: {len(records)}"] + [""] * (len(header) - 1))
    truth.append(_not_case(file, "", len(lines)))
    lines.append(["Cite as: Central Asia Repression Tracker, version 3.2"] + [""] * (len(header) - 1))
    truth.append(_not_case(file, "", len(lines)))
    with open(folder / file, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(lines)
    return truth


def _observatory(folder: Path, rng: random.Random, records: list[dict]) -> list[dict]:
    file, sheet = "Observatory_HRD_annex.xlsx", "Annex II"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["Annex II. Human rights defenders prosecuted in Kazakhstan, 2022-2023"])
    ws.append(["Defender", "Year of birth", "Place", None, "Proceedings", None, None, "Situation as of 31 December 2023"])
    ws.append([None, None, "Region", "City", "Criminal Code articles", "Charged on", "Verdict", None])
    for rng_ in ("A2:A3", "B2:B3", "C2:D2", "E2:G2", "H2:H3"):
        ws.merge_cells(rng_)
    truth = []
    situation = {"imprisoned": ["In prison", "Serving sentence in a penal colony"],
                 "restricted_freedom": ["At liberty under restricted freedom", "Serving restricted freedom"],
                 "probation": ["Suspended sentence (probation)"], "pretrial_detention": ["In pre-trial detention"],
                 "house_arrest": ["Under house arrest"], "under_investigation": ["Under investigation; placed under travel ban"],
                 "released": ["Released on parole"], "fined": ["Fined"], "acquitted": ["Acquitted"]}
    marks = ["", "", "", "\u00b9", "\u00b2"]
    for year in (2022, 2023):
        ws.append([str(year)])
        truth.append(_not_case(file, sheet, ws.max_row))
        for r in records:
            if r["_year"] != year:
                continue
            surname, first = r["name"].split(" ")[1], r["name"].split(" ")[0]
            s = r["status"]
            if r["verdict"] is None:
                verdict = ""
            elif s in ("imprisoned", "released") and r["months"] >= 36 and rng.random() < 0.3:
                first = r["months"] + 24
                verdict = (f"{_british(r['verdict_y'], rng)}: {_term(first, rng)} imprisonment, reduced to "
                           f"{_term(r['months'], rng)} on appeal")
            elif s in ("imprisoned", "released"):
                verdict = f"{_british(r['verdict_y'], rng)}: {_term(r['months'], rng)} imprisonment"
            elif s in ("restricted_freedom", "probation"):
                kind = "restricted freedom" if s == "restricted_freedom" else "suspended sentence"
                verdict = f"{_british(r['verdict_y'], rng)}: {_term(r['months'], rng)} {kind}"
            elif s == "fined":
                verdict = f"{_british(r['verdict_y'], rng)}: fine of 200 MCI"
            else:
                verdict = f"{_british(r['verdict_y'], rng)}: acquitted"
            region = ANNEX_REGION.get(r["city"], r["region"] if r["region"] not in ("Astana", "Almaty", "Shymkent") else "")
            ws.append([f"{surname.upper()} {first}{rng.choice(marks)}", r["born"], region, r["place"], r["charge"],
                       _british(r["charged_y"], rng), verdict, rng.choice(situation[s])])
            row = _truth_row(file, sheet, ws.max_row, r, r["charged_y"].isoformat(), "day", tie=False)
            truth.append(row)
    ws.append([])
    for line in ["\u00b9 Also subject to a travel ban after release.", "\u00b2 Case reopened in 2024.",
                 "Sources: Observatory partners; court records."]:
        ws.append([line])
        truth.append(_not_case(file, sheet, ws.max_row))
    wb.save(folder / file)
    return truth


def _communications(folder: Path, rng: random.Random, records: list[dict]) -> list[dict]:
    file, sheet = "UN_SR_communications_KAZ.xlsx", "Communications"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["Communications of the Special Procedures concerning Kazakhstan (individual cases)"])
    ws.append(["Ref.", "Date sent", "Mandates", "Person concerned", "Location", "Summary of allegations",
               "Current status (per source)", "Reply received"])
    truth = []
    status_words = {"imprisoned": "Imprisoned", "restricted_freedom": "Restricted freedom", "probation": "Suspended sentence",
                    "pretrial_detention": "Pre-trial detention", "house_arrest": "House arrest",
                    "under_investigation": "Under investigation", "released": "Released", "fined": "Fined",
                    "acquitted": "Acquitted"}
    for k, r in enumerate(records, start=1):
        d, v = r["detained"], r["verdict"]
        sent = (v or d) + dt.timedelta(days=rng.randrange(20, 90))
        verb = "charged under" if any(ch.isdigit() for ch in r["charge"]) else "charged with"
        text = f"Detained in {r['place']} on {_british(d, rng)} and {verb} {r['charge']}."
        if v is not None and r["months"]:
            kind = {"imprisoned": "imprisonment", "released": "imprisonment", "restricted_freedom": "restricted freedom",
                    "probation": "suspended sentence"}[r["status"]]
            if kind == "suspended sentence":
                text += f" Sentenced on {_british(v, rng)} to a suspended sentence of {_term(r['months'], rng)}."
            else:
                text += f" Sentenced on {_british(v, rng)} to {_term(r['months'], rng)} of {kind}."
        elif v is not None:
            text += f" Verdict on {_british(v, rng)}."
        if r["tie"] in ("dvk", "koshe"):
            text += rng.choice([" The authorities cite his support for the DVK movement.", " She took part in a Koshe Party online meeting."])
        place = r["place"] + (", Almaty region" if r["city"] == "Taldykorgan" else "")
        reply = rng.choice(["No", f"Yes ({(sent + dt.timedelta(days=60)).strftime('%d/%m/%Y')})"])
        ws.append([f"AL KAZ {k}/{sent.year}", sent.strftime("%d/%m/%Y"), rng.choice(["FRDX; HRD", "HRD; AD; FOAA", "FOAA; FRDX"]),
                   r["name"], place, text, status_words[r["status"]], reply])
        truth.append(_truth_row(file, sheet, ws.max_row, r, d.isoformat(), "day", born=False))
    ws.append([])
    ws.append(["FRDX: freedom of expression; HRD: human rights defenders; AD: arbitrary detention; FOAA: assembly and association."])
    truth.append(_not_case(file, sheet, ws.max_row))
    wb.save(folder / file)
    return truth


def write_lists(folder: Path) -> pd.DataFrame:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(30)
    truth = []
    truth += _fld(folder, rng, [_record(rng, i) for i in range(72)])
    pool = [_record(rng, i) for i in range(200)]
    current = [r for r in pool if r["status"] in ("imprisoned", "pretrial_detention", "house_arrest")][:40]
    freed = [r for r in pool if r["status"] == "released"][:15]
    truth += _rsf(folder, rng, current, freed)
    truth += _tracker(folder, rng, [_record(rng, i) for i in range(85)])
    obs = []
    for i in range(70):
        r = _record(rng, i)
        r["_year"] = 2022 if i % 2 == 0 else 2023
        r["charged_y"] = dt.date(r["_year"], 1, 1) + dt.timedelta(days=rng.randrange(0, 200))
        r["verdict_y"] = r["charged_y"] + dt.timedelta(days=rng.randrange(60, 150))
        r["tie"] = "none"
        obs.append(r)
    obs.sort(key=lambda r: (r["_year"], r["charged_y"]))
    truth += _observatory(folder, rng, obs)
    truth += _communications(folder, rng, [_record(rng, i) for i in range(40)])
    return pd.DataFrame(truth)
