"""Red-team set 23: lists from English-language and international sources (a hold-out).

Written by an outsider to the cleaner (without reading its code or vocabularies) to score how it
reads lists in layouts and wordings it has not seen. All names are invented; values are drawn from a
seeded generator (random.Random(23)), so the files and the truth are the same on every run.

Files (``write_lists(folder)`` writes them and returns the truth, one row per non-blank row below a
header row):

1. ``uscirf_forb_victims_kz.csv`` -- a CSV export in the shape of a US religious-freedom commission's
   victims database: two title lines and a blank line above the header (header on line 4), columns
   Victim Name, Gender, Year of Birth, Country, Religious Affiliation, Location ("Semey, East
   Kazakhstan Region": city and the region *of the time* in one cell), Date of Arrest, Date of
   Sentencing (ISO, "2019/05/31", "14 March 2019", "March 2019", "2019", "Unknown"), Charges ("Criminal Code
   Article 174(1)", "Articles 174(1) and 405(2)", administrative-code articles beside or alone),
   Sentence ("5 years' imprisonment", "two years in prison", "2-year suspended sentence", "Fine: 150 MCI",
   "1 year restricted freedom, plus a 3-year ban on religious activity"), Current Status
   (USCIRF-like wordings), Last Updated (the date the record was edited, never an event), Details
   (prose). Two footer lines (a note and a total) are not cases.
   Stresses: the title above a CSV header, city+region cells with pre-2022 regions, "Unknown" dates,
   an edit-date column that must not date a case, a second article after "and" without its own
   article word, English sentence and status wordings.
2. ``defending_freedoms_kazakhstan.xlsx`` (sheet "Kazakhstan") -- a foreign parliament's prisoner-advocacy
   list (Members of Congress adopting prisoners of conscience): two title rows, a header over two rows (a
   merged group "Case" over Detained | Sentenced | Term, the other header cells merged down), section
   headings by outcome ("Currently imprisoned", "Non-custodial sentences", "Awaiting trial / under
   investigation", "Released or case closed"), older English town names (Uralsk, Semipalatinsk,
   Ust-Kamenogorsk, Petropavlovsk, Karagandy, Kapchagay, Kostanai, Nur-Sultan), US dates in words
   ("August 24, 2018", "Jun. 16, 2019", "April 16th, 2022", "Feb. 2022") and date cells, articles as
   "Art. 174, Part 1", "Article 274 (4)", "Arts. 174(1), 405(2)", terms as "3 yrs 6 mo prison",
   "7 yrs prison (reduced to 5 on appeal)", "2 years suspended", statuses as "Home confinement",
   "Paroled", "Free (sentence served)", a yes/no column "DVK / Koshe link" ("Yes", "Yes (Koshe Party)",
   "No", "Unclear" = doubt = False), an advocate column (names of Members of Congress, not of the
   defendants), two footnotes.
3. ``eu_trial_observation_kz.xlsx`` (sheets "2021-2022" and "2023") -- embassies' trial-observation
   notes compiled by an EU delegation: two title rows, header on row 4, quarter headings
   ("Q1 2021") as section rows, no city column (the place is only in the court's name: "Esil
   District Court of Astana", "Specialised Inter-District Criminal Court of Almaty", "Oral City Court
   No. 2"), a pre-trial measure column and an outcome column ("Guilty: 7 years' imprisonment",
   "Guilty: 4 years' imprisonment, reduced to 3 years on appeal", "Guilty: 5 years' imprisonment;
   released under amnesty in Nov 2022", "Pending"), a column of hearing dates observed (later than the
   arrest, so it never changes started_on), an observer column (embassies), remarks naming Koshe/DVK
   ties, and remarks that deny one ("Prosecution did not allege any DVK ties"). Totals and a
   disclaimer row at the end of each sheet.
4. ``datadesk_speech_cases.xlsx`` (sheets "README" and "data") -- a news agency's data desk table:
   a README sheet of prose (no header: none of its rows is a row of a list), and the data sheet with
   its header on row 1: ID, Defendant, Born, Town, Region (region names of the time: "East
   Kazakhstan" for Semey, "Karaganda" for Zhezkazgan, "Almaty Region" for Taldykorgan; the Town blank
   on some rows, which then have only a region), Charge ("false information, Art. 274(2)",
   "inciting discord (Art. 174(1))", "Art. 174(1) + 274(4)", "Art. 378(1); CAO Art. 434"),
   AP-style dates ("Jan. 5, 2022", "Sept. 12, 2021", "Aug. 2020", "2020"), Sentence (years) as
   decimals ("2.5" = 30 months, "0.5" = 6), Status (Nov. 2023) in press wording ("jailed pending
   trial", "behind bars", "freed on parole", "out on parole", "freed after serving term"), Born as a
   year or a full date of birth ("Aug. 8, 1964"), Source URL, Reporter. A methodology line
   and a correction line at the bottom are not cases.

5. ``odihr_eom_annex_kz_2022.xlsx`` (sheet "Annex 3") -- an election observation mission's annex of cases
   against critics: two title rows, header on row 4, phase headings ("Pre-election period", "Election
   day (20 November)", "Post-election period"), places as "Mangystau oblast, Zhanaozen", "Almaty city",
   "Abai oblast, Semey", a legal basis column mixing "CC art. 405 pt. 2 and art. 182 pt. 2" with
   administrative-code bases ("CAO art. 488 pt. 6", "CAO art. 456-2"), a measure column ("placed in
   pre-trial detention for 2 months", "placed under house arrest", "criminal case opened, not
   detained", "sentenced to 1 year restricted freedom", "10 days administrative arrest"), dates
   "23/10/2022" and "3 October 2022", a background column naming Koshe / DVK ties, a legend and a
   total at the end.
6. ``captd_v2_kazakhstan.xlsx`` (sheet "KAZ") -- an academic dataset: variable names on row 1
   (caseid, defendant, yob, oblast_2019, charge1..charge3, arrest_date, sent_y, sent_m, ...) over
   variable labels on row 2 ("Defendant's full name", "First charge (CC article)", "Second charge",
   "Third charge", "Date of arrest (YYYY-MM-DD)", "Sentence, years", "Sentence, additional months"),
   data from row 3 with no non-case rows; one charge per column ("174(1)", coded in the order
   charged, not sorted), dates with unknown parts coded "2021-07-XX" (month) and "2021-XX-XX" (year),
   the sentence split into whole years and extra months ("0" and "6" = 6 months), regions in 2019
   boundaries ("East Kazakhstan" for Semey, "Almaty oblast" for Taldykorgan and Kapshagay), outcome
   words ("prison", "suspended", "investigation"), a movement column ("DVK", "Koshe", "none",
   "Hizb ut-Tahrir").

A German-language version of file 2 (the Bundestag's "Parlamentarier schützen Parlamentarier" list)
was tried first and left out: SPEC accepts headers in Russian, Kazakh and English only, and the
cleaner said so loudly (the file was unreadable, `no_header`, one line), which is not a reading error.

Decisions taken for the truth:
- city is the current official English name of the town written; region the town's current region
  (Semey -> Abai, Taldykorgan -> Jetisu, Zhezkazgan -> Ulytau, Kapshagay -> Konaev, Almaty Region),
  whatever region the list writes beside it. A row with a region and no town has that region and no
  city. In the court-only sheets the city is the court's seat.
- articles: criminal-code charges only, ascending, `174(1); 405(2)`; administrative-code articles
  (Administrative Code, CAO) are left out, so a row charged only under them has no articles.
  "Abs." (Absatz) is the part; "Art. 174(1) + 274(4)" and "Articles 174(1) and 405(2)" are two
  articles each.
- status: the list's status column (Current Status / Current situation / Status (Nov. 2023) / outcome /
  measure); in the
  trial-observation sheets the outcome, and where it is "Pending" the pre-trial measure (custody ->
  pretrial_detention, house arrest -> house_arrest). Parole and release after the term or under an
  amnesty are `released`; "Forced psychiatric treatment" is compulsory_treatment.
- sentence_months: the term of the sentence written (also for released people: the term they
  served); a fine, a pre-trial measure and an acquittal have none; a term reduced on appeal gives the
  reduced term; decimal years are months (2.5 -> 30).
- started_on: the earliest of the arrest / charge / verdict dates written (a partial date is the
  first day of its month or year, with its precision). Hearing dates observed are always later than
  the arrest and the edit dates ("Last Updated") later than every event, so neither changes it; a row
  whose dates are all "Unknown" has none. Where an arrest date is only a month or a year, the verdict
  falls in a later month or year, so the earliest date is never a tie of precisions.
- dvk_koshe: True only where the row names DVK / Koshe (the yes/no column's "Yes", a remark or background
  naming a Koshe Party activist or supporter or a DVK supporter, the movement "DVK" / "Koshe");
  "Unclear" and a remark denying a tie ("Prosecution did not allege any DVK ties") are False; article
  405 alone is never a tie.
- "10 days administrative arrest" under an administrative-code basis only (file 5): no articles, no
  term, status unknown (SPEC's decided reading for administrative arrest); "criminal case opened, not
  detained" is under_investigation; "placed in pre-trial detention for 2 months" is pretrial_detention
  with a term of 2 months (SPEC: the term of the sentence or measure).
- "Pending" beside a pre-trial measure (file 3): the measure gives the status. A pre-trial measure of
  "none (at liberty)" or "travel ban" says where the person was before the verdict; a later guilty
  verdict gives the status.
- "2021-07-XX" is July 2021 (precision month), "2021-XX-XX" the year 2021 (precision year); sent_y and
  sent_m add up (0 and 6 = 6 months); charge1..charge3 together are the articles.
- not_a_case rows: footers, totals, notes, legends, section and phase headings, the correction line. The
  title rows above a header and the variable-name row above the labels (file 6) are not rows of the list;
  the data desk's README sheet has no header, so none of its lines is a row of the list.
"""
from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

RNG_SEED = 23

FIRST = ["Aidos", "Bakhyt", "Yerlan", "Marat", "Nurlan", "Timur", "Sergei", "Dmitri", "Kairat", "Ruslan", "Daniyar",
         "Vadim", "Askar", "Murat", "Igor", "Almas", "Serik", "Zhandos", "Oleg", "Rustem", "Berik", "Talgat"]
FIRST_F = ["Dana", "Gulnar", "Asel", "Saule", "Zhanna", "Olga", "Aigerim", "Madina", "Aliya", "Yelena", "Dinara",
           "Zarina", "Botagoz", "Svetlana", "Ainur", "Galiya"]
LAST = ["Abenov", "Kenzhebayev", "Tulegenov", "Petrov", "Zhunusov", "Nurpeisov", "Yessenov", "Mukhamedov", "Serikbayev",
        "Volkov", "Ospanov", "Baimukhanov", "Kuanyshev", "Sagintayev", "Orlov", "Dzhaksylykov", "Tokhtarov", "Amanov"]

# (city, region, English spelling, German exonym (not written: see the docstring),
#  region of the time as a list may write it)
PLACES = [
    ("Almaty", "Almaty", "Almaty", "Almaty", ""),
    ("Astana", "Astana", "Nur-Sultan", "Astana", ""),
    ("Astana", "Astana", "Astana", "Astana", ""),
    ("Shymkent", "Shymkent", "Shymkent", "Schymkent", ""),
    ("Oral", "West Kazakhstan", "Oral", "Uralsk", "West Kazakhstan Region"),
    ("Semey", "Abai", "Semey", "Semei", "East Kazakhstan Region"),
    ("Oskemen", "East Kazakhstan", "Oskemen", "Ust-Kamenogorsk", "East Kazakhstan Region"),
    ("Aktobe", "Aktobe", "Aktobe", "Aktobe", "Aktobe Region"),
    ("Pavlodar", "Pavlodar", "Pavlodar", "Pawlodar", "Pavlodar Region"),
    ("Kostanay", "Kostanay", "Kostanay", "Kostanai", "Kostanay Region"),
    ("Taraz", "Zhambyl", "Taraz", "Taras", "Zhambyl Region"),
    ("Taldykorgan", "Jetisu", "Taldykorgan", "Taldyqorghan", "Almaty Region"),
    ("Zhanaozen", "Mangystau", "Zhanaozen", "Schanaösen", "Mangystau Region"),
    ("Petropavl", "North Kazakhstan", "Petropavl", "Petropawl", "North Kazakhstan Region"),
    ("Kyzylorda", "Kyzylorda", "Kyzylorda", "Qysylorda", "Kyzylorda Region"),
    ("Atyrau", "Atyrau", "Atyrau", "Atyrau", "Atyrau Region"),
    ("Karaganda", "Karaganda", "Karaganda", "Karaganda", "Karaganda Region"),
    ("Zhezkazgan", "Ulytau", "Zhezkazgan", "Scheskasgan", "Karaganda Region"),
    ("Konaev", "Almaty Region", "Kapshagay", "Qonajew", "Almaty Region"),
    ("Aktau", "Mangystau", "Aktau", "Aqtau", "Mangystau Region"),
    ("Kokshetau", "Akmola", "Kokshetau", "Kökschetau", "Akmola Region"),
]

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

TERMS = {"imprisoned": [24, 36, 42, 48, 60, 84, 30, 18], "restricted_freedom": [12, 24, 30, 36],
         "probation": [12, 24, 36], "released": [24, 36, 48, 18, 30]}
COLUMNS = ["source_file", "source_sheet", "source_row", "kind", "city", "region", "articles", "status",
           "sentence_months", "started_on", "started_precision", "birth_year", "dvk_koshe", "name"]


def _years(y: int) -> str:
    return "1 year" if y == 1 else f"{y} years"


def _fmt_articles(arts):
    return "; ".join(f"{a}({p})" if p else str(a) for a, p in sorted(arts))


class _Case:
    """One invented case: its true values and its dates."""

    def __init__(self, rng: random.Random, status: str, arts, place, dvk=False, female=None, year_from=2018,
                 year_to=2022, birth=True, arrest_precision=None):
        self.status = status
        self.arts = list(arts)
        self.place = place
        self.dvk = dvk
        female = rng.random() < 0.3 if female is None else female
        first = rng.choice(FIRST_F if female else FIRST)
        last = rng.choice(LAST) + ("a" if female and not rng.choice(LAST).endswith("a") else "")
        self.name = f"{first} {last}"
        self.birth_year = rng.randint(1958, 2001) if birth else None
        start = date(year_from, 1, 1)
        span = (date(year_to, 6, 30) - start).days
        self.arrest = start + timedelta(days=rng.randint(0, span))
        self.arrest_precision = arrest_precision or rng.choice(["day"] * 6 + ["month", "year"])
        self.months = rng.choice(TERMS[status]) if status in TERMS else None
        self.verdict = None
        if status not in ("pretrial_detention", "house_arrest", "under_investigation"):
            gap = rng.randint(100, 330)
            verdict = self.arrest + timedelta(days=gap)
            if self.arrest_precision == "year" and verdict.year == self.arrest.year:
                verdict = date(self.arrest.year + 1, rng.randint(1, 9), rng.randint(1, 28))
            self.verdict = verdict

    def arrest_floor(self):
        a = self.arrest
        return {"day": a, "month": a.replace(day=1), "year": date(a.year, 1, 1)}[self.arrest_precision]

    def truth(self, file, sheet, row, *, arrest_written=True, verdict_written=True, city=None, region=None):
        dates = []
        if arrest_written:
            dates.append((self.arrest_floor(), self.arrest_precision))
        if verdict_written and self.verdict is not None:
            dates.append((self.verdict, "day"))
        started, precision = (min(dates) if dates else (None, ""))
        return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case",
                "city": self.place[0] if city is None else city, "region": self.place[1] if region is None else region,
                "articles": _fmt_articles(self.arts), "status": self.status,
                "sentence_months": self.months, "started_on": started.isoformat() if started else "",
                "started_precision": precision, "birth_year": self.birth_year, "dvk_koshe": bool(self.dvk),
                "name": self.name}


def _not_case(file, sheet, row):
    return {"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "not_a_case"}


def _date_en(d: date, precision: str, style: int) -> str:
    if precision == "year":
        return str(d.year)
    if precision == "month":
        return f"{MONTHS_EN[d.month - 1]} {d.year}"
    return [d.isoformat(), f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", d.strftime("%Y/%m/%d")][style % 3]


# ---------------------------------------------------------------------------------------------------------------
# 1. USCIRF-style FoRB victims CSV
# ---------------------------------------------------------------------------------------------------------------
FORB_STATUS = {
    "imprisoned": ["Imprisoned", "In prison", "Serving prison sentence", "Imprisoned - labour camp"],
    "released": ["Released", "Released after serving sentence", "Released on parole", "Released (May 2023)"],
    "pretrial_detention": ["Detained, awaiting trial", "In pre-trial detention"],
    "house_arrest": ["House arrest", "Under house arrest"],
    "restricted_freedom": ["Restricted freedom", "Serving restricted freedom sentence"],
    "probation": ["Suspended sentence", "Serving suspended sentence"],
    "fined": ["Fined", "Fine paid"],
    "under_investigation": ["Under criminal investigation", "Under investigation (not detained)"],
    "acquitted": ["Acquitted"],
    "compulsory_treatment": ["Forced psychiatric treatment", "Transferred to psychiatric hospital"],
}
FORB_GROUPS = [("Muslim (Tablighi Jamaat)", [(405, 2)]), ("Muslim (Tablighi Jamaat)", [(405, 1)]),
               ("Muslim (Salafi)", [(174, 1)]), ("Muslim (Salafi)", [(174, 2)]), ("Muslim", [(174, 1), (405, 2)]),
               ("Jehovah's Witness", [(174, 1)]), ("Protestant (Baptist)", [(174, 2)]), ("Muslim", [(256, 2)]),
               ("Muslim (Salafi)", [(174, 1), (256, 1)])]
DETAILS = ["Arrested after a police raid on a private prayer meeting.", "Detained for sharing religious texts online.",
           "Expert analysis of sermons was used as evidence.", "Held in solitary confinement for several weeks.",
           "Family reports poor health in detention.", "Secret police searched the home and seized books.",
           "Discussed faith with acquaintances who were police informers.", ""]


def _forb_charges(rng, arts, admin: bool, style: int) -> str:
    parts = sorted(arts)
    if style == 0:
        text = "; ".join(f"Criminal Code Article {a}({p})" for a, p in parts)
    elif style == 1 and len(parts) == 2:
        text = f"Articles {parts[0][0]}({parts[0][1]}) and {parts[1][0]}({parts[1][1]})"
    elif style == 2:
        text = "; ".join(f"Criminal Code Art. {a} Part {p}" for a, p in parts)
    else:
        text = "; ".join(f"Criminal Code Art. {a}({p})" for a, p in parts)
    if admin:
        text += "; Administrative Code Art. 489(9)"
    return text


NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}


def _forb_sentence(case: _Case, style: int) -> str:
    m = case.months
    if style == 3 and m and m % 12 == 0 and case.status in ("imprisoned", "released", "restricted_freedom"):
        kind = "in prison" if case.status != "restricted_freedom" else "of restricted freedom"
        return f"{NUMBER_WORDS[m // 12]} year{'s' if m > 12 else ''} {kind}"  # numbers written out, as the press does
    if case.status in ("imprisoned", "released"):
        y, r = divmod(m, 12)
        if r:
            return f"{_years(y)} {r} months imprisonment"
        return [f"{y} years' imprisonment", f"{y} years in prison"][style % 2]
    if case.status == "restricted_freedom":
        y, r = divmod(m, 12)
        term = f"{_years(y)} {r} months" if r else _years(y)
        if style == 2:  # an additional punishment with a term of its own: not the sentence's term
            return f"{term} restricted freedom, plus a {5 if m == 36 else 3}-year ban on religious activity"
        return [f"{term} restricted freedom", f"restricted freedom, {term}"][style % 2]
    if case.status == "probation":
        return f"{m // 12}-year suspended sentence"
    if case.status == "fined":
        return ["Fine: 150 MCI", "Fined 1,500,000 tenge"][style % 2]
    return ""


def write_forb(folder: Path, rng: random.Random) -> list[dict]:
    file = "uscirf_forb_victims_kz.csv"
    plan = (["imprisoned"] * 20 + ["released"] * 10 + ["pretrial_detention"] * 6 + ["house_arrest"] * 3
            + ["restricted_freedom"] * 9 + ["probation"] * 9 + ["fined"] * 6 + ["under_investigation"] * 4
            + ["acquitted"] * 2 + ["compulsory_treatment"] * 2)
    rng.shuffle(plan)
    lines = [["USCIRF Freedom of Religion or Belief Victims List - export"],
             ["Country: Kazakhstan. Records reflect information available to the Commission."],
             [],
             ["Victim Name", "Gender", "Year of Birth", "Country", "Religious Affiliation", "Location", "Date of Arrest",
              "Date of Sentencing", "Charges", "Sentence", "Current Status", "Last Updated", "Details"]]
    truth = []
    unknown_rows = {5, 23, 47}
    for i, status in enumerate(plan):
        group, arts = rng.choice(FORB_GROUPS)
        place = rng.choice(PLACES)
        admin = status == "fined" and i % 3 == 0
        if admin:
            arts = []  # charged under the administrative code only
        case = _Case(rng, status, arts, place, female="Jehovah" in group and rng.random() < 0.5, birth=rng.random() < 0.8)
        if place[4] and rng.random() < 0.6:
            location = f"{place[2]}, {place[4]}"
        else:
            location = place[2]
        style = rng.randint(0, 3)
        no_dates = i in unknown_rows
        arrest = "Unknown" if no_dates else _date_en(case.arrest, case.arrest_precision, style)
        verdict = ""
        if case.verdict is not None:
            verdict = "Unknown" if no_dates else _date_en(case.verdict, "day", style + 1)
        admin_extra = bool(arts) and status == "fined" and i % 3 == 1
        charges = _forb_charges(rng, arts, False, style) if arts else "Administrative Code Art. 489(9)"
        if admin_extra:
            charges += "; Administrative Code Art. 490(1)"
        updated = date(2023, rng.randint(7, 11), rng.randint(1, 28)).isoformat()
        row = [case.name, "F" if case.name.split()[0] in FIRST_F else "M", str(case.birth_year or ""), "Kazakhstan",
               group, location, arrest, verdict, charges, _forb_sentence(case, style),
               rng.choice(FORB_STATUS[status]), updated, rng.choice(DETAILS)]
        lines.append(row)
        truth.append(case.truth(file, "", len(lines), arrest_written=not no_dates, verdict_written=not no_dates))
    lines.append([])
    lines.append(['Note: "Unknown" means the date was not reported by sources.'])
    truth.append(_not_case(file, "", len(lines)))
    lines.append([f"Total records: {len(plan)}"])
    truth.append(_not_case(file, "", len(lines)))
    with open(folder / file, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(lines)
    return truth


# ---------------------------------------------------------------------------------------------------------------
# 2. A foreign parliament's prisoner-advocacy list (Members of Congress adopting prisoners)
# ---------------------------------------------------------------------------------------------------------------
US_SECTIONS = [
    ("Currently imprisoned", ["imprisoned"] * 12 + ["pretrial_detention"] * 4),
    ("Non-custodial sentences", ["restricted_freedom"] * 7 + ["probation"] * 6 + ["fined"] * 3),
    ("Awaiting trial / under investigation", ["house_arrest"] * 3 + ["under_investigation"] * 4),
    ("Released or case closed", ["released"] * 7 + ["acquitted"] * 2),
]
US_STATUS = {"imprisoned": ["Imprisoned", "Imprisoned (penal colony)"],
             "pretrial_detention": ["Pre-trial detention", "In pretrial custody"],
             "restricted_freedom": ["Restricted freedom"], "probation": ["Probation", "On probation"],
             "fined": ["Fined"], "house_arrest": ["Home confinement", "House arrest"],
             "under_investigation": ["Under investigation"],
             "released": ["Free (sentence served)", "Paroled", "Released early on parole"],
             "acquitted": ["Acquitted"]}
US_ARTS = [[(405, 2)], [(405, 1)], [(174, 1)], [(274, 2)], [(274, 4)], [(179, 2)], [(182, 2), (405, 2)],
           [(174, 1), (405, 2)], [(258, 1)]]
US_TOWNS = {"Almaty": "Almaty", "Astana": "Nur-Sultan", "Shymkent": "Shymkent", "Oral": "Uralsk",
            "Semey": "Semipalatinsk", "Oskemen": "Ust-Kamenogorsk", "Aktobe": "Aktobe", "Pavlodar": "Pavlodar",
            "Kostanay": "Kostanai", "Taraz": "Taraz", "Taldykorgan": "Taldykorgan", "Zhanaozen": "Zhanaozen",
            "Petropavl": "Petropavlovsk", "Kyzylorda": "Kyzylorda", "Atyrau": "Atyrau", "Karaganda": "Karagandy",
            "Zhezkazgan": "Zhezkazgan", "Konaev": "Kapchagay", "Aktau": "Aktau", "Kokshetau": "Kokshetau"}
ADVOCATES = ["Rep. Jane Holloway (D-OR)", "Rep. Mark Delaney (R-OH)", "Sen. Laura Whitfield (D-MN)",
             "Rep. Tom Reyes (R-TX)", "Rep. Ann Kowalski (D-NY)", "Sen. Paul Grady (R-UT)"]
US_NOTES = ["Hunger strike in 2022.", "Health deteriorating; denied medical care.", "Consular access requested.",
            "Blogger critical of the government.", "Mother of three.", "", ""]


def _us_date(d: date, precision: str, style: int):
    if precision == "year":
        return str(d.year)
    if precision == "month":
        return f"{MONTHS_AP[d.month - 1]} {d.year}"
    suffix = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", f"{MONTHS_SHORT[d.month - 1]}. {d.day}, {d.year}", d,
            f"{MONTHS_EN[d.month - 1]} {d.day}{suffix}, {d.year}"][style % 4]


def _us_term(case: _Case, style: int) -> str:
    m = case.months
    if m is None:
        return "fine" if case.status == "fined" else ""
    y, r = divmod(m, 12)
    if case.status == "imprisoned" and style % 3 == 0 and r == 0:
        return f"{y + 2} yrs prison (reduced to {y} on appeal)"
    term = (f"{y} yr{'s' if y > 1 else ''} {r} mo" if r else f"{y} yr{'s' if y > 1 else ''}") if style % 2 \
        else (f"{_years(y)} {r} months" if r else _years(y))
    return {"imprisoned": f"{term} prison", "released": f"{term} prison",
            "restricted_freedom": f"{term} restricted freedom", "probation": f"{term} suspended"}[case.status]


def _us_arts(arts, style: int) -> str:
    parts = sorted(arts)
    if len(parts) == 1:
        a, p = parts[0]
        return [f"Art. {a}, Part {p}", f"Article {a} ({p})", f"Art. {a}({p})"][style % 3]
    return [f"Arts. {parts[0][0]}({parts[0][1]}), {parts[1][0]}({parts[1][1]})",
            f"Art. {parts[0][0]}, Part {parts[0][1]}; Art. {parts[1][0]}, Part {parts[1][1]}"][style % 2]


def write_congress(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "defending_freedoms_kazakhstan.xlsx", "Kazakhstan"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Defending Freedoms Project – prisoners of conscience adopted by Members of Congress"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Country page: Kazakhstan (updated September 2023)"
    heads = ["#", "Prisoner of conscience", "Born", "Home town", "Charges (Criminal Code of Kazakhstan)", "Detained",
             "Sentenced", "Term", "Current situation", "DVK / Koshe link", "Advocate (Member of Congress)", "Notes"]
    for col, head in enumerate(heads, start=1):
        if 6 <= col <= 8:
            ws.cell(5, col, head)
        else:
            ws.cell(4, col, head)
            ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.cell(4, 6, "Case")
    ws.merge_cells(start_row=4, start_column=6, end_row=4, end_column=8)
    truth = []
    row, number = 6, 0
    for heading, plan in US_SECTIONS:
        ws.cell(row, 1, heading).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=12)
        truth.append(_not_case(file, sheet, row))
        row += 1
        plan = list(plan)  # the module's plan stays as written, so every call writes the same lists
        rng.shuffle(plan)
        for status in plan:
            number += 1
            place = rng.choice(PLACES)
            arts = rng.choice(US_ARTS)
            tie = rng.choice(["Yes", "Yes (Koshe Party)", "No", "No", "Unclear"]) if any(a == 405 for a, _ in arts) \
                else rng.choice(["No", "No", "No", "Yes", "Unclear"])
            case = _Case(rng, status, arts, place, dvk=tie.startswith("Yes"), birth=rng.random() < 0.85)
            style = rng.randint(0, 5)
            values = [number, case.name, case.birth_year, US_TOWNS[place[0]], _us_arts(arts, style),
                      _us_date(case.arrest, case.arrest_precision, style),
                      _us_date(case.verdict, "day", style + 1) if case.verdict else "",
                      _us_term(case, style), rng.choice(US_STATUS[status]), tie, rng.choice(ADVOCATES),
                      rng.choice(US_NOTES)]
            for col, value in enumerate(values, start=1):
                if value not in ("", None):
                    cell = ws.cell(row, col, value)
                    if isinstance(value, date):
                        cell.number_format = "mm/dd/yyyy"
            truth.append(case.truth(file, sheet, row))
            row += 1
    row += 1
    ws.cell(row, 1, "Advocates are listed with their party and state.")
    truth.append(_not_case(file, sheet, row))
    ws.cell(row + 1, 1, "Source: Commission staff, from families, lawyers and rights groups.")
    truth.append(_not_case(file, sheet, row + 1))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------------------------------------------------------
# 3. EU embassies' trial observation notes
# ---------------------------------------------------------------------------------------------------------------
COURTS = [("Specialised Inter-District Criminal Court of Almaty", "Almaty", "Almaty"),
          ("Medeu District Court of Almaty", "Almaty", "Almaty"),
          ("Esil District Court of Astana", "Astana", "Astana"),
          ("Saryarka District Court, Nur-Sultan", "Astana", "Astana"),
          ("Oral City Court No. 2", "Oral", "West Kazakhstan"),
          ("Shymkent Inter-District Criminal Court", "Shymkent", "Shymkent"),
          ("Aktobe City Court", "Aktobe", "Aktobe"),
          ("Semey City Court", "Semey", "Abai"),
          ("Taldykorgan City Court", "Taldykorgan", "Jetisu"),
          ("Zhanaozen City Court", "Zhanaozen", "Mangystau"),
          ("Kyzylorda City Court", "Kyzylorda", "Kyzylorda"),
          ("Pavlodar City Court No. 2", "Pavlodar", "Pavlodar"),
          ("Atyrau City Court", "Atyrau", "Atyrau"),
          ("Taraz Specialised Inter-District Criminal Court", "Taraz", "Zhambyl"),
          ("Oskemen City Court", "Oskemen", "East Kazakhstan"),
          ("Konaev City Court", "Konaev", "Almaty Region")]
EU_ARTS = [[(405, 2)], [(174, 1)], [(274, 4)], [(272, 2)], [(272, 2), (380, 1)], [(378, 1)], [(256, 2)],
           [(174, 1), (274, 4)], [(405, 1), (405, 2)]]
OBSERVERS = ["Embassy of Sweden", "Embassy of the Netherlands", "Embassy of Germany", "EU Delegation",
             "Embassy of France", "Embassy of Finland"]
REMARKS_TIE = ["Defendant is a Koshe Party activist; pleaded not guilty.", "DVK supporter; livestreamed the rally.",
               "Koshe Partiyasy member; the court refused to hear defence witnesses."]
REMARKS_DENY = ["Prosecution did not allege any DVK ties."]
REMARKS = ["Blogger; defence was not given access to the case file.", "Trade union activist.",
           "Journalist; case based on Facebook posts.", "Hearing held behind closed doors.",
           "Defendant alleged ill-treatment in custody.", "Civic activist; several diplomats attended."]


def _eu_date(d: date, precision: str, style: int) -> str:
    if precision == "year":
        return str(d.year)
    if precision == "month":
        return f"{MONTHS_EN[d.month - 1]} {d.year}"
    return [f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year}", d.strftime("%d.%m.%Y"), d.isoformat()][style % 3]


def _eu_outcome(case: _Case, style: int, rng: random.Random) -> str:
    m = case.months
    if case.status == "imprisoned":
        if style == 0 and m <= 48:
            return f"Guilty: {m // 12 + 1} years' imprisonment, reduced to {m // 12} years on appeal" if m % 12 == 0 \
                else f"Guilty: {_years(m // 12)} {m % 12} months' imprisonment"
        if style == 4 and m % 12 == 0:
            return f"Guilty: {m // 12} years' imprisonment; upheld on appeal"
        if m == 18:
            return "Guilty: 18 months' imprisonment"
        if m % 12 == 0:
            return f"Guilty: {m // 12} years' imprisonment"
        return f"Guilty: {_years(m // 12)} {m % 12} months' imprisonment"
    if case.status == "released":
        y = m // 12 if m % 12 == 0 else None
        term = f"{y} years'" if y else f"{_years(m // 12)} {m % 12} months'"
        if case.verdict < date(2022, 11, 1):
            return f"Guilty: {term} imprisonment; released under amnesty in Nov 2022"
        return f"Guilty: {term} imprisonment; released on parole"
    if case.status == "restricted_freedom":
        if m % 12 == 0:
            return f"Guilty: {m // 12} yr{'s' if m > 12 else ''} restricted freedom"
        return f"Guilty: restricted freedom, {m} months"
    if case.status == "probation":
        return f"Guilty: {_years(m // 12)}, suspended"
    if case.status == "fined":
        return "Guilty: fine (300 MCI)"
    if case.status == "acquitted":
        return "Acquitted"
    return "Pending"


def _eu_sheet(ws, file, sheet, rng, quarters, plan_per_quarter) -> list[dict]:
    ws["A1"] = "Trial observation by EU Member States' embassies in Kazakhstan"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Compiled by the EU Delegation, Political Section. Internal working document."
    heads = ["Ref.", "Defendant", "YoB", "Court", "Charge(s)", "Arrested", "Pre-trial measure", "Hearings observed",
             "Outcome", "Verdict date", "Observed by", "Remarks"]
    for col, head in enumerate(heads, start=1):
        ws.cell(4, col, head).font = Font(bold=True)
    truth = []
    row, n = 5, 0
    for (year, q), plan in zip(quarters, plan_per_quarter):
        ws.cell(row, 1, f"Q{q} {year}").font = Font(bold=True)
        truth.append(_not_case(file, sheet, row))
        row += 1
        rng.shuffle(plan)
        for status in plan:
            n += 1
            court, city, region = rng.choice(COURTS)
            arts = rng.choice(EU_ARTS)
            kind = rng.random()
            if kind < 0.2:
                remark, tie = rng.choice(REMARKS_TIE), True
            elif kind < 0.3:
                remark, tie = REMARKS_DENY[0], False
            else:
                remark, tie = rng.choice(REMARKS), False
            case = _Case(rng, status, arts, (city, region), dvk=tie, year_from=year - 1, year_to=year - 1,
                         birth=rng.random() < 0.8, arrest_precision=rng.choice(["day"] * 5 + ["month"]))
            # the verdict is in the quarter observed, the hearings a few weeks before it
            hearing_base = date(year, 3 * q - 2, rng.randint(1, 20))
            if case.verdict is not None:
                case.verdict = hearing_base + timedelta(days=rng.randint(30, 60))
            hearings = [hearing_base + timedelta(days=7 * k) for k in range(rng.randint(1, 3))]
            hearings_text = "; ".join(f"{h.day} {MONTHS_SHORT[h.month - 1]}" for h in hearings[:-1])
            last = hearings[-1]
            last_text = f"{last.day} {MONTHS_SHORT[last.month - 1]} {last.year}"
            hearings_text = (hearings_text + "; " if hearings_text else "") + last_text
            style = rng.randint(0, 5)
            measure = {"pretrial_detention": "custody", "house_arrest": "house arrest"}.get(
                status, rng.choice(["custody", "house arrest", "none (at liberty)", "travel ban"]))
            ref = f"KZ-{year % 100:02d}-{n:03d}"
            values = [ref, case.name, case.birth_year, court, _eu_arts(arts, style),
                      _eu_date(case.arrest, case.arrest_precision, style), measure, hearings_text,
                      _eu_outcome(case, style, rng),
                      _eu_date(case.verdict, "day", style + 1) if case.verdict else "",
                      rng.choice(OBSERVERS), remark]
            for col, value in enumerate(values, start=1):
                if value not in ("", None):
                    ws.cell(row, col, value)
            truth.append(case.truth(file, sheet, row))
            row += 1
    row += 1
    ws.cell(row, 1, f"Total trials observed: {n}")
    truth.append(_not_case(file, sheet, row))
    ws.cell(row + 1, 1, "Remarks are the observers' own and do not represent a position of the EU or its Member States.")
    truth.append(_not_case(file, sheet, row + 1))
    return truth


def _eu_arts(arts, style: int) -> str:
    parts = sorted(arts)
    if len(parts) == 1:
        a, p = parts[0]
        return [f"Art. {a}({p}) CC", f"Art. {a} part {p}", f"CC Art. {a}({p})"][style % 3]
    if parts[0][0] == parts[1][0]:
        return f"Art. {parts[0][0]} parts {parts[0][1]} and {parts[1][1]}"
    return [f"Articles {parts[0][0]}({parts[0][1]}), {parts[1][0]}({parts[1][1]})",
            f"Art. {parts[0][0]}({parts[0][1]}); Art. {parts[1][0]}({parts[1][1]})"][style % 2]


def write_eu(folder: Path, rng: random.Random) -> list[dict]:
    file = "eu_trial_observation_kz.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "2021-2022"
    base = ["imprisoned", "imprisoned", "imprisoned", "restricted_freedom", "probation", "pretrial_detention",
            "fined", "acquitted", "released", "house_arrest"]
    quarters = [(2021, 1), (2021, 3), (2022, 1), (2022, 2), (2022, 4)]
    plans = [list(base) for _ in quarters]
    for p in plans[2:4]:
        p.extend(["imprisoned", "restricted_freedom"])
    truth = _eu_sheet(ws, file, "2021-2022", rng, quarters, plans)
    ws2 = wb.create_sheet("2023")
    quarters = [(2023, 1), (2023, 2), (2023, 3)]
    plans = [list(base) + ["imprisoned", "probation"] for _ in quarters]
    truth += _eu_sheet(ws2, file, "2023", rng, quarters, plans)
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------------------------------------------------------
# 4. News agency data desk
# ---------------------------------------------------------------------------------------------------------------
DESK_STATUS = {"imprisoned": ["in prison", "jailed", "behind bars"], "restricted_freedom": ["restricted freedom"],
               "probation": ["suspended sentence"], "fined": ["fined"], "pretrial_detention": ["jailed pending trial"],
               "house_arrest": ["house arrest"], "under_investigation": ["under investigation"],
               "released": ["freed after serving term", "freed on parole", "out on parole"], "acquitted": ["acquitted"]}
DESK_ARTS = [[(274, 2)], [(274, 4)], [(174, 1)], [(174, 1), (274, 4)], [(378, 1)], [(272, 2)], [(405, 2)],
             [(274, 2), (378, 1)]]


def _ap_date(d: date, precision: str) -> str:
    if precision == "year":
        return str(d.year)
    if precision == "month":
        return f"{MONTHS_AP[d.month - 1]} {d.year}"
    return f"{MONTHS_AP[d.month - 1]} {d.day}, {d.year}"


def _desk_charge(arts, style: int, admin: bool) -> str:
    parts = sorted(arts)
    if len(parts) == 2:
        (a, p), (b, q) = parts
        text = [f"Art. {a}({p}) + {b}({q})", f"Art. {a}({p}); Art. {b}({q})"][style % 2]
    else:
        a, p = parts[0]
        words = {274: "false information", 174: "inciting discord", 378: "insulting an official",
                 272: "mass riots", 405: "banned group"}[a]
        text = [f"{words}, Art. {a}({p})", f"{words} (Art. {a}({p}))", f"Art. {a}({p})"][style % 3]
    if admin:
        text += "; CAO Art. 434"
    return text


def write_desk(folder: Path, rng: random.Random) -> list[dict]:
    file = "datadesk_speech_cases.xlsx"
    wb = Workbook()
    readme = wb.active
    readme.title = "README"
    for i, line in enumerate([
            "Criminal cases over speech and protest in Kazakhstan, 2020-2023",
            "Compiled by the data desk from court records, lawyers and rights groups.",
            "One row per defendant. Status as of November 2023.",
            "Sentence is in years (2.5 = two years six months).",
            "Questions: datadesk@example.org"], start=1):
        readme.cell(i, 1, line)
    ws = wb.create_sheet("data")
    heads = ["ID", "Defendant", "Born", "Town", "Region", "Charge", "Date charged", "Verdict date", "Sentence (years)",
             "Status (Nov. 2023)", "Source", "Reporter"]
    for col, head in enumerate(heads, start=1):
        ws.cell(1, col, head).font = Font(bold=True)
    plan = (["imprisoned"] * 18 + ["restricted_freedom"] * 14 + ["probation"] * 12 + ["fined"] * 6
            + ["pretrial_detention"] * 6 + ["house_arrest"] * 3 + ["under_investigation"] * 5 + ["released"] * 10
            + ["acquitted"] * 2)
    rng.shuffle(plan)
    truth = []
    row = 2
    for i, status in enumerate(plan, start=1):
        place = rng.choice(PLACES)
        arts = rng.choice(DESK_ARTS)
        case = _Case(rng, status, arts, place, year_from=2020, year_to=2022, birth=rng.random() < 0.7)
        if status in ("restricted_freedom", "probation") and rng.random() < 0.3:
            case.months = 6 if status == "restricted_freedom" else 18
        style = rng.randint(0, 5)
        town = place[2]
        region_cell = place[4] or f"{place[0]} city"  # the region of the time, as the desk wrote it
        if place[4] and style % 2:
            region_cell = place[4].replace(" Region", "") if place[4] != "Almaty Region" else place[4]
        city_truth = region_truth = None
        if place[4] and style == 5 and place[0] not in ("Semey", "Taldykorgan", "Zhezkazgan", "Konaev"):
            town, city_truth, region_truth = "", "", place[1]  # only the region: no city, the region (unchanged since)
            region_cell = place[4]  # written in full ("Aktobe Region"), never a bare name that is also a town
        sentence = ""
        if case.months is not None:
            sentence = case.months // 12 if case.months % 12 == 0 else case.months / 12
        born = case.birth_year
        if born and style == 4:  # a full date of birth
            born = f"{MONTHS_AP[i % 12]} {i % 27 + 1}, {born}"
        values = [i, case.name, born, town, region_cell, _desk_charge(arts, style, i % 9 == 0),
                  _ap_date(case.arrest, case.arrest_precision),
                  _ap_date(case.verdict, "day") if case.verdict else "", sentence,
                  rng.choice(DESK_STATUS[status]), f"https://news.example.org/kz/cases/{1000 + i}",
                  rng.choice(["A. Petrova", "D. Seitkali", "M. Graham", "Zh. Omarova"])]
        for col, value in enumerate(values, start=1):
            if value not in ("", None):
                ws.cell(row, col, value)
        truth.append(case.truth(file, "data", row, city=city_truth, region=region_truth))
        row += 1
    row += 1
    ws.cell(row, 1, "Methodology: a case is included once charges are brought; status checked with lawyers in Nov. 2023.")
    truth.append(_not_case(file, "data", row))
    ws.cell(row + 1, 1, "Correction, Dec. 4, 2023: an earlier version misstated the sentence of ID 41.")
    truth.append(_not_case(file, "data", row + 1))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------------------------------------------------------
# 5. An election observation mission's annex of cases against critics
# ---------------------------------------------------------------------------------------------------------------
EOM_PLACES = [("Almaty city", "Almaty", "Almaty"), ("Astana", "Astana", "Astana"),
              ("Mangystau oblast, Zhanaozen", "Zhanaozen", "Mangystau"), ("Abai oblast, Semey", "Semey", "Abai"),
              ("Jetisu oblast, Taldykorgan", "Taldykorgan", "Jetisu"), ("Almaty oblast, Konaev", "Konaev", "Almaty Region"),
              ("West Kazakhstan oblast, Oral", "Oral", "West Kazakhstan"), ("Shymkent city", "Shymkent", "Shymkent"),
              ("Aktobe oblast, Aktobe", "Aktobe", "Aktobe"), ("Ulytau oblast, Zhezkazgan", "Zhezkazgan", "Ulytau"),
              ("Pavlodar oblast, Ekibastuz", "Ekibastuz", "Pavlodar"),
              ("Karaganda oblast, Temirtau", "Temirtau", "Karaganda")]
EOM_BACKGROUND = [("Koshe Party supporter", True), ("Supporter of the banned DVK movement", True),
                  ("Opposition activist, no party affiliation", False), ("Blogger", False),
                  ("Independent candidate's proxy", False), ("Civic activist", False)]


def write_eom(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "odihr_eom_annex_kz_2022.xlsx", "Annex 3"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Republic of Kazakhstan, Early Presidential Election, 20 November 2022"
    ws["A2"] = ("ODIHR Election Observation Mission – Annex 3: cases against critics reported to or observed by "
                "the mission")
    heads = ["No.", "Date of detention / charge", "Location (oblast / city)", "Person", "Background", "Legal basis",
             "Measure / outcome", "Source of information"]
    for col, head in enumerate(heads, start=1):
        ws.cell(4, col, head).font = Font(bold=True)
    # (status, measure text, months, criminal?)
    kinds = ([("pretrial_detention", "placed in pre-trial detention for 2 months", 2)] * 10
             + [("house_arrest", "placed under house arrest", None)] * 5
             + [("under_investigation", "criminal case opened, not detained", None)] * 7
             + [("restricted_freedom", "sentenced to 1 year restricted freedom", 12)] * 3
             + [("unknown", "10 days administrative arrest", None)] * 9
             + [("unknown", "15 days administrative arrest", None)] * 4)
    phases = [("Pre-election period", date(2022, 10, 1), date(2022, 11, 18)),
              ("Election day (20 November)", date(2022, 11, 20), date(2022, 11, 20)),
              ("Post-election period", date(2022, 11, 21), date(2022, 12, 5))]
    rng.shuffle(kinds)
    chunks = [kinds[:16], kinds[16:27], kinds[27:]]
    truth = []
    row, n = 5, 0
    for (heading, lo, hi), chunk in zip(phases, chunks):
        ws.cell(row, 1, heading).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        truth.append(_not_case(file, sheet, row))
        row += 1
        for status, measure, months in chunk:
            n += 1
            written, city, region = rng.choice(EOM_PLACES)
            background, tie = rng.choice(EOM_BACKGROUND)
            female = rng.random() < 0.3
            name = f"{rng.choice(FIRST_F if female else FIRST)} {rng.choice(LAST)}{'a' if female else ''}"
            day = lo + timedelta(days=rng.randint(0, (hi - lo).days))
            if status == "unknown":
                arts, legal = [], rng.choice(["CAO art. 488 pt. 6", "CAO art. 488 pt. 6", "CAO art. 456-2"])
            else:
                arts = rng.choice([[(174, 1)], [(274, 2)], [(405, 2)], [(179, 2)], [(405, 2), (182, 2)]])
                legal = " and ".join(f"art. {a} pt. {p}" for a, p in sorted(arts))
                legal = "CC " + legal
            day_text = [day.strftime("%d/%m/%Y"), f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"][n % 2]
            values = [n, day_text, written, name, background, legal, measure,
                      rng.choice(["EOM meeting with lawyer", "Media reports", "EOM long-term observers", "Family"])]
            for col, value in enumerate(values, start=1):
                ws.cell(row, col, value)
            truth.append({"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case",
                          "city": city, "region": region, "articles": _fmt_articles(arts), "status": status,
                          "sentence_months": months, "started_on": day.isoformat(), "started_precision": "day",
                          "birth_year": None, "dvk_koshe": tie, "name": name})
            row += 1
    ws.cell(row, 1, "CC: Criminal Code; CAO: Code of Administrative Offences. pt.: part.")
    truth.append(_not_case(file, sheet, row))
    ws.cell(row + 1, 1, f"Total: {n} cases; the mission could not verify all reports independently.")
    truth.append(_not_case(file, sheet, row + 1))
    wb.save(folder / file)
    return truth


# ---------------------------------------------------------------------------------------------------------------
# 6. An academic dataset: variable names over variable labels, one column per charge, split sentence
# ---------------------------------------------------------------------------------------------------------------
ACAD_OUTCOME = {"imprisoned": "prison", "restricted_freedom": "restricted freedom", "probation": "suspended",
                "fined": "fine", "pretrial_detention": "pretrial detention", "house_arrest": "house arrest",
                "under_investigation": "investigation", "released": "released", "acquitted": "acquitted"}
ACAD_MOVEMENT = [("DVK", True), ("Koshe", True), ("none", False), ("none", False), ("Hizb ut-Tahrir", False),
                 ("Tablighi Jamaat", False), ("", False)]
ACAD_ARTS = [[(405, 2)], [(405, 1), (174, 1)], [(174, 1)], [(274, 4)], [(182, 2), (405, 2), (258, 1)],
             [(272, 2), (380, 1)], [(179, 2)], [(405, 2), (174, 2)]]
REGION_2019 = {"Semey": "East Kazakhstan", "Taldykorgan": "Almaty oblast", "Zhezkazgan": "Karaganda",
               "Konaev": "Almaty oblast", "Astana": "Nur-Sultan city", "Almaty": "Almaty city", "Shymkent": "Shymkent city"}


def _acad_date(d: date, precision: str) -> str:
    return {"day": d.isoformat(), "month": f"{d.year}-{d.month:02d}-XX", "year": f"{d.year}-XX-XX"}[precision]


def write_academic(folder: Path, rng: random.Random) -> list[dict]:
    file, sheet = "captd_v2_kazakhstan.xlsx", "KAZ"
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    names = ["caseid", "defendant", "yob", "sex", "oblast_2019", "settlement", "charge1", "charge2", "charge3",
             "arrest_date", "verdict_date", "outcome", "sent_y", "sent_m", "movement", "coder"]
    labels = ["Case identifier", "Defendant's full name", "Year of birth", "Sex", "Region (2019 boundaries)",
              "Settlement", "First charge (CC article)", "Second charge", "Third charge", "Date of arrest (YYYY-MM-DD)",
              "Date of verdict (YYYY-MM-DD)", "Outcome", "Sentence, years", "Sentence, additional months",
              "Movement affiliation", "Coder initials"]
    for col, (name, label) in enumerate(zip(names, labels), start=1):
        ws.cell(1, col, name).font = Font(bold=True)
        ws.cell(2, col, label).font = Font(italic=True)
    plan = (["imprisoned"] * 10 + ["restricted_freedom"] * 6 + ["probation"] * 5 + ["fined"] * 3
            + ["pretrial_detention"] * 4 + ["house_arrest"] * 2 + ["under_investigation"] * 3 + ["released"] * 5
            + ["acquitted"] * 2)
    rng.shuffle(plan)
    truth = []
    for i, status in enumerate(plan, start=1):
        row = i + 2
        place = rng.choice(PLACES)
        arts = rng.choice(ACAD_ARTS)
        movement, tie = rng.choice(ACAD_MOVEMENT)
        case = _Case(rng, status, arts, place, dvk=tie, birth=rng.random() < 0.9,
                     arrest_precision=rng.choice(["day"] * 5 + ["month", "month", "year"]))
        if status == "restricted_freedom" and i % 4 == 0:
            case.months = 6  # "0 years 6 months"
        charges = [f"{a}({p})" for a, p in arts] + [""] * (3 - len(arts))  # as coded, not sorted
        sent_y, sent_m = ("", "") if case.months is None else divmod(case.months, 12)
        region = REGION_2019.get(place[0], place[1])
        values = [f"KAZ-{i:04d}", case.name, case.birth_year, "F" if case.name.split()[0] in FIRST_F else "M", region,
                  place[2], *charges, _acad_date(case.arrest, case.arrest_precision),
                  case.verdict.isoformat() if case.verdict else "", ACAD_OUTCOME[status], sent_y, sent_m, movement,
                  rng.choice(["AB", "KT", "MS"])]
        for col, value in enumerate(values, start=1):
            if value not in ("", None):
                ws.cell(row, col, value)
        truth.append(case.truth(file, sheet, row))
    wb.save(folder / file)
    return truth


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the six lists into `folder`; return the truth (one row per non-blank row below a header)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(RNG_SEED)
    truth = (write_forb(folder, rng) + write_congress(folder, rng) + write_eu(folder, rng) + write_desk(folder, rng)
             + write_eom(folder, rng) + write_academic(folder, rng))
    frame = pd.DataFrame(truth).reindex(columns=COLUMNS)
    frame["source_sheet"] = frame["source_sheet"].fillna("")
    frame["sentence_months"] = frame["sentence_months"].astype("Int64")
    frame["birth_year"] = frame["birth_year"].astype("Int64")
    frame["dvk_koshe"] = frame["dvk_koshe"].where(frame["kind"] == "case")
    for col in ("city", "region", "articles", "status", "started_on", "started_precision", "name"):
        frame[col] = frame[col].fillna("")
    return frame
