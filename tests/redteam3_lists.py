"""A third, independent set of hand-written red-team lists, with the truth for every row.

Written without reading scripts/make_samples.py, tests/redteam_lists.py or
tests/redteam2_lists.py' lists. Seven files as staff of different organisations
keep them (README "How values are read"), stressing what earlier rounds covered least:
- English lists as international NGOs write them: the name split over
  `Surname` and `First name`, `Place of arrest` + `Oblast`, `Charges
  (article/part)`, `Current situation`, `Sentence (years)` holding bare
  numbers, `Date of arrest (dd/mm/yyyy)`, a yes/no DVK column, and values such
  as `Art. 405 Part 2 CC RK`, `Sentenced to 5 years in a general-regime colony`,
  `Nur-Sultan (now Astana)`, `Kapshagay (now Konaev)`; a sheet kept by a US
  office whose header says `(mm/dd/yyyy)`;
- Kazakh lists in Cyrillic (`Т.А.Ә.`, `Бұлтартпау шарасы`, `Сот үкімі`,
  `ҚР ҚК 405-бабының 2-бөлігі`, `2021 жылғы 12 шілде`, `үйқамақ`);
- spreadsheet quirks: the header repeated down a printed list, a sheet per
  year, hidden columns, a totals row with numbers in several columns,
  sub-numbers `12а` / `12.1`, a blank separating row, non-breaking spaces,
  ALL CAPS and `#SURNAME Firstname` names, Latin names, two people in one cell
  (one case row: the list gives them one row and one set of facts).
All names are invented.

`write_lists(folder)` writes the files and returns the truth: one row per
non-blank row below a header (source_file, source_sheet, source_row, kind =
case / not_a_case / duplicate, and the fields tests/accuracy.py compares,
plus `name` where the name is worth checking).

Decisions taken in the truth:
- a status column (preventive measure) and a verdict column on one row: the
  verdict is later in the life of the case and wins;
- `Case closed` is status unknown (the cleaner reports `case_closed`);
- `mid-2021` and `early January 2022` keep what is certain: the year 2021
  (precision year) and January 2022 (precision month);
- `Q3 2021` is not a precision the tables have: null (a problem row);
- `Sentence (years)` with a bare `5` is 60 months: the header gives the unit;
- a split name is `Surname First name` (`Фамилия Имя Отчество`);
- numeric dates are day first, unless the header says `mm/dd/yyyy`;
- a bare `Көше` in a notes column is not read as the party (it is also the word
  "street"); the row that first had it now says `Көше партиясы`.
"""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pandas as pd
from openpyxl import Workbook

FIELDS = ["city", "region", "articles", "status", "sentence_months", "started_on", "started_precision", "birth_year", "dvk_koshe"]
NBSP = "\u00a0"
NOT_A_CASE = "not_a_case"


def T(city=None, region=None, articles=None, status="unknown", months=None, started=None, precision="day", born=None, dvk=False, name=None) -> dict:
    """The truth of one case row; `started` is ISO `YYYY-MM-DD` (first day of a partial date)."""
    return dict(city=city, region=region, articles=articles, status=status, sentence_months=months, started_on=started,
                started_precision=precision if started else None, birth_year=born, dvk_koshe=dvk, name=name)


class Sheet:
    """Rows of one sheet: each a list of cells plus its truth (a dict for a case, a kind string, or None for blank)."""

    def __init__(self, file: str, sheet: str = "", hidden: tuple[str, ...] = ()):
        self.file, self.sheet, self.hidden = file, sheet, hidden
        self.rows: list[list] = []
        self.truth: list = []

    def add(self, cells: list, truth=None) -> None:
        self.rows.append(cells)
        self.truth.append(truth)

    def records(self) -> list[dict]:
        out = []
        for i, truth in enumerate(self.truth, start=1):
            if truth is None:
                continue
            base = {"source_file": self.file, "source_sheet": self.sheet, "source_row": i}
            if isinstance(truth, dict):
                out.append({**base, "kind": "case", **truth})
            else:
                out.append({**base, "kind": truth})
        return out


def _xlsx(path: Path, sheets: list[Sheet]) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for s in sheets:
        ws = wb.create_sheet(s.sheet)
        for row in s.rows:
            ws.append([None if v == "" else v for v in row])
        for col in s.hidden:
            ws.column_dimensions[col].hidden = True
    wb.save(path)


def _csv(path: Path, sheet: Sheet, encoding: str, delimiter: str) -> None:
    with open(path, "w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter)
        for row in sheet.rows:
            w.writerow(row)


# ---------------------------------------------------------------- 1. HRW-style English list, name over two columns

def file_hrw() -> Sheet:
    s = Sheet("central_asia_desk_2022.xlsx", "Political prisoners")
    s.add(["Kazakhstan: individuals prosecuted on politically motivated charges"])
    s.add(["Central Asia desk. Updated 01/03/2022. Sources: court records, relatives, media."])
    s.add([])
    s.add(["No.", "Surname", "First name", "Year of birth", "Place of arrest", "Oblast", "Charges (article/part)", "Current situation",
           "Sentence (years)", "Date of arrest (dd/mm/yyyy)", "Affiliated with DVK/Koshe Party?", "Remarks"])
    A, B = "Almaty", "Almaty Region"
    rows = [
        (["Mamyrov", "Zhanbolat", 1985, "Almaty", "", "Art. 405 Part 2 CC RK", "Serving sentence", "", "12/07/2021", "Yes", ""],
         T(A, A, "405(2)", "imprisoned", None, "2021-07-12", born=1985, dvk=True, name="Mamyrov Zhanbolat")),
        (["Seitkali", "Aigerim", 1990, "Nur-Sultan (now Astana)", "", "Articles 174 (part 1) and 274 (part 2)", "Imprisoned", "5", "03/02/2020", "No", ""],
         T("Astana", "Astana", "174(1); 274(2)", "imprisoned", 60, "2020-02-03", born=1990, name="Seitkali Aigerim")),
        (["Dzhaksybekov", "Nurlan", 1978, "Uralsk (Oral)", "West Kazakhstan", "405(2), 182(2)", "Restricted freedom", "3.5", "Jul 2021", "Yes", ""],
         T("Oral", "West Kazakhstan", "182(2); 405(2)", "restricted_freedom", 42, "2021-07-01", "month", 1978, True)),
        (["Omarova", "Gulnara", 1969, "Semey (formerly Semipalatinsk)", "East Kazakhstan", "Art. 405 Part 1 CC RK", "Under house arrest", "", "12 Jul. 2021", "Yes", ""],
         T("Semey", "Abai", "405(1)", "house_arrest", None, "2021-07-12", born=1969, dvk=True)),
        (["Bekov", "Arman", 1995, "Shymkent, Turkestan region", "", "Art. 174(1)", "Pre-trial detention", "", "2021-07", "No", ""],
         T("Shymkent", "Shymkent", "174(1)", "pretrial_detention", None, "2021-07-01", "month", 1995)),
        (["Kuanyshev", "Daulet", 1988, "Kapshagay (now Konaev)", "Almaty", "Art. 405 Part 2", "Released after serving sentence", "1", "15/03/2019", "Yes", ""],
         T("Konaev", B, "405(2)", "released", 12, "2019-03-15", born=1988, dvk=True)),
        (["Sarsenbayeva", "Dina", 1992, "Almaty region, Kaskelen", "", "Article 405 part 2", "Acquitted on appeal", "", "mid-2021", "", ""],
         T("Kaskelen", B, "405(2)", "acquitted", None, "2021-01-01", "year", 1992)),
        (["Abenov", "Yerlan", 1975, "Aktobe", "Aktobe", "Art. 274 Part 2", "Case closed", "", "20/11/2020", "No", ""],
         T("Aktobe", "Aktobe", "274(2)", "unknown", None, "2020-11-20", born=1975)),
        (["Nurpeisov", "Marat", 1983, "Taraz", "Zhambyl", "Art. 405(2)", "Probation", "2", "01/06/2018", "Yes", ""],
         T("Taraz", "Zhambyl", "405(2)", "probation", 24, "2018-06-01", born=1983, dvk=True)),
        (["Ismailova", "Saule", 1980, "Pavlodar", "", "Art. 405 Part 2 CC RK; Art. 380 Part 1", "Fine of 500 MCI", "", "Q3 2021", "Yes", ""],
         T("Pavlodar", "Pavlodar", "380(1); 405(2)", "fined", None, None, born=1980, dvk=True)),
        (["Tursynbek", "Aidos", 2000, "Zhanaozen", "Mangystau", "Art. 272 Part 2", "Imprisoned", "7", "06/01/2022", "No", ""],
         T("Zhanaozen", "Mangystau", "272(2)", "imprisoned", 84, "2022-01-06", born=2000)),
        (["Khamitov", "Rustem", 1971, "Karaganda", "", "Art. 174 Part 2", "Serving 7 years' imprisonment", "", "28/02/2017", "", "Alleged Hizb ut-Tahrir member"],
         T("Karaganda", "Karaganda", "174(2)", "imprisoned", 84, "2017-02-28", born=1971)),
        (["Zhumabayev", "Askar", 1986, "Petropavlovsk", "North Kazakhstan", "Art. 405(2)", "Released", "", "10/05/2018", "Yes", ""],
         T("Petropavl", "North Kazakhstan", "405(2)", "released", None, "2018-05-10", born=1986, dvk=True)),
        (["Yesenova", "Madina", 1994, "Kyzylorda", "", "Art. 405 Part 2; Art. 174 Part 1", "Restricted freedom", "2", "07/08/2019", "", "Supporter of the Koshe party, admin of a chat"],
         T("Kyzylorda", "Kyzylorda", "174(1); 405(2)", "restricted_freedom", 24, "2019-08-07", born=1994, dvk=True)),
        (["Baimukhanov", "Talgat", 1965, "Ust-Kamenogorsk", "East Kazakhstan", "Art. 174(1)", "Sentenced to 5 years in a general-regime colony", "", "04/04/2016", "No", ""],
         T("Oskemen", "East Kazakhstan", "174(1)", "imprisoned", 60, "2016-04-04", born=1965)),
        (["Zhakupova", "Aliya", 1998, "Atyrau", "", "Art. 400 Part 1; Art. 380 Part 1", "3.5 yrs restricted freedom", "", "16/01/2022", "No", ""],
         T("Atyrau", "Atyrau", "380(1); 400(1)", "restricted_freedom", 42, "2022-01-16", born=1998)),
        (["Sultanov", "Bauyrzhan", 1979, "Kostanay", "Kostanay", "Art. 256 Part 2", "Imprisoned", "8", "11/11/2015", "No", ""],
         T("Kostanay", "Kostanay", "256(2)", "imprisoned", 96, "2015-11-11", born=1979)),
        (["Orazbayev", "Yerzhan", 1990, "Taldykorgan", "Almaty", "Art. 405 Part 2", "On trial", "", "05/10/2021", "Yes", ""],
         T("Taldykorgan", "Jetisu", "405(2)", "under_investigation", None, "2021-10-05", born=1990, dvk=True)),
        (["Mukhtarova", "Assel", 1987, "Turkestan", "", "405(2)", "Under investigation", "", "2021", "Yes", ""],
         T("Turkistan", "Turkistan", "405(2)", "under_investigation", None, "2021-01-01", "year", 1987, True)),
        (["Kenzhebekov", "Nurbol", 1993, "Aktau", "Mangystau", "Art. 405 Part 2", "Sentenced; released on parole", "2", "22/09/2020", "Yes", ""],
         T("Aktau", "Mangystau", "405(2)", "released", 24, "2020-09-22", born=1993, dvk=True)),
        (["Temirkhanov", "Ilyas", 1984, "Kokshetau", "Akmola", "Art. 179 Part 2", "Imprisoned", "10", "Oct 2019", "No", ""],
         T("Kokshetau", "Akmola", "179(2)", "imprisoned", 120, "2019-10-01", "month", 1984)),
        (["Akhmetova", "Zhanar", 1972, "Oral", "", "Art. 405 Part 2", "Suspended sentence", "1", "12/03/2020", "Yes", ""],
         T("Oral", "West Kazakhstan", "405(2)", "probation", 12, "2020-03-12", born=1972, dvk=True)),
        (["Yessimov", "Bolat", 1960, "Ekibastuz", "Pavlodar", "Art. 274 Part 3", "Released", "", "", "No", "Released on 5 May 2021"],
         T("Ekibastuz", "Pavlodar", "274(3)", "released", None, None, born=1960)),
        (["Kairatov", "Samat", 1997, "Temirtau", "Karaganda", "Art. 293 Part 2; Art. 380 Part 2", "Imprisoned", "4", "17/01/2022", "No", ""],
         T("Temirtau", "Karaganda", "293(2); 380(2)", "imprisoned", 48, "2022-01-17", born=1997)),
        (["Abdrakhmanova", "Elmira", 1991, "Kapchagai", "", "Art. 405(2)", "Restricted freedom", "2,5", "03.04.2021", "Yes", ""],
         T("Konaev", B, "405(2)", "restricted_freedom", 30, "2021-04-03", born=1991, dvk=True)),
    ]
    for i, (cells, truth) in enumerate(rows, start=1):
        s.add([i, *cells], truth)
    s.add([])
    s.add(["* CC RK: Criminal Code of the Republic of Kazakhstan (2014)."], NOT_A_CASE)
    s.add(["Source: court records, relatives, media reports."], NOT_A_CASE)
    return s


def file_hrw_january() -> Sheet:
    """A second sheet of the same workbook, kept by a US office: dates month first, as its header says."""
    s = Sheet("central_asia_desk_2022.xlsx", "January 2022")
    s.add(["Full name", "Age", "Place of arrest", "Charges", "Current status", "Date of arrest (mm/dd/yyyy)", "Date of verdict (mm/dd/yyyy)", "Remarks"])
    rows = [
        (["Yerbolat Kassymov", "31", "Almaty", "Art. 272 Part 2", "Pre-trial detention", "01/06/2022", "", ""],
         T("Almaty", "Almaty", "272(2)", "pretrial_detention", None, "2022-01-06")),
        (["Dilnaz Aubakirova", "24", "Taldykorgan", "Art. 380 Part 1", "Released on bail", "01/16/2022", "", ""],
         T("Taldykorgan", "Jetisu", "380(1)", "under_investigation", None, "2022-01-16")),
        (["Nurbek Saparov", "45", "Aktobe", "Art. 272 Part 2; Art. 405 Part 2", "Imprisoned, 5 years", "01/05/2022", "11/14/2022", "DVK supporter, per relatives"],
         T("Aktobe", "Aktobe", "272(2); 405(2)", "imprisoned", 60, "2022-01-05", dvk=True)),
        (["Adil Zhunusov", "29", "Kyzylorda", "Art. 274 Part 2", "Under house arrest", "12/30/2021", "", ""],
         T("Kyzylorda", "Kyzylorda", "274(2)", "house_arrest", None, "2021-12-30")),
        (["Maira Tokhtarova", "52", "Semey", "Art. 174 Part 1", "Suspended sentence, 2 years", "", "03/09/2022", ""],
         T("Semey", "Abai", "174(1)", "probation", 24, "2022-03-09")),
    ]
    for cells, truth in rows:
        s.add(cells, truth)
    return s


# ---------------------------------------------------------------- 2. Freedom House / OSCE style CSV

def file_osce() -> Sheet:
    s = Sheet("osce_style_2021.csv")
    s.add(["#", "Full name", "Born", "City", "Criminal Code article(s)", "Verdict", "Date of arrest", "Date of verdict", "Political affiliation", "Notes"])
    B = "Almaty Region"
    rows = [
        (["Yerbol Tasbolatov", "1982", "Almaty", "Art. 405(2)", "7 years' imprisonment", "March 3, 2021", "November 20, 2021", "DVK", ""],
         T("Almaty", "Almaty", "405(2)", "imprisoned", 84, "2021-03-03", born=1982, dvk=True)),
        (["Aizhan Kudaibergenova", "1991", "Nur-Sultan", "Article 405 part 2", "Sentenced to 1 year of restricted freedom", "since March 2020", "", "Koshe Party", ""],
         T("Astana", "Astana", "405(2)", "restricted_freedom", 12, "2020-03-01", "month", 1991, True)),
        (["Timur Zhaksylykov", "1989", "Shymkent", "Art. 174(2)", "Pre-trial detention", "2022-01-08", "", "", ""],
         T("Shymkent", "Shymkent", "174(2)", "pretrial_detention", None, "2022-01-08", born=1989)),
        (["Dana Serikova", "1996", "Semipalatinsk", "Art. 274(2)", "Under house arrest", "12 July 2021", "", "none", ""],
         T("Semey", "Abai", "274(2)", "house_arrest", None, "2021-07-12", born=1996)),
        (["Kanat Myrzakhmetov", "1977", "Uralsk", "Articles 405 (part 2) and 174 (part 1)", "Fined 200 MCI", "", "14/10/2020", "Street Party", ""],
         T("Oral", "West Kazakhstan", "174(1); 405(2)", "fined", None, "2020-10-14", born=1977, dvk=True)),
        (["Nursultan Abilov", "1999", "Kapchagay", "Art. 405(2)", "Probation, 2 years", "Jan. 2021", "", "Democratic Choice of Kazakhstan", ""],
         T("Konaev", B, "405(2)", "probation", 24, "2021-01-01", "month", 1999, True)),
        (["Gaukhar Ospanova", "1985", "Taldy-Kurgan", "Art. 405(2)", "Released after serving sentence", "2018", "03/12/2018", "DVK", ""],
         T("Taldykorgan", "Jetisu", "405(2)", "released", None, "2018-01-01", "year", 1985, True)),
        (["Yerlan Kaliyev", "1974", "Aktobe", "Art. 380(1)", "Acquitted", "05.01.2022", "", "", ""],
         T("Aktobe", "Aktobe", "380(1)", "acquitted", None, "2022-01-05", born=1974)),
        (["Rinat Seitzhanov", "1990", "Karagandy", "Art. 405 Part 2 CC RK", "3 years restricted freedom", "10 Feb 2021", "", "QDT", ""],
         T("Karaganda", "Karaganda", "405(2)", "restricted_freedom", 36, "2021-02-10", born=1990, dvk=True)),
        (["Asel Bekturova", "1993", "Petropavl", "Art. 256(2)", "Imprisoned, 6 years", "Feb 2019", "", "", ""],
         T("Petropavl", "North Kazakhstan", "256(2)", "imprisoned", 72, "2019-02-01", "month", 1993)),
        (["Olzhas Nurtazin", "2001", "Zhanaozen", "Art. 272(2); Art. 380(2)", "Under investigation", "early January 2022", "", "", ""],
         T("Zhanaozen", "Mangystau", "272(2); 380(2)", "under_investigation", None, "2022-01-01", "month", 2001)),
        (["Berik Zhaksybay", "1968", "Oskemen", "Art. 174(1)", "Case closed", "2020-09-15", "", "", ""],
         T("Oskemen", "East Kazakhstan", "174(1)", "unknown", None, "2020-09-15", born=1968)),
        (["Zhanna Amirova", "1983", "Taraz", "Art. 405 Part 1", "5 years in prison", "", "21 April 2021", "DVK", ""],
         T("Taraz", "Zhambyl", "405(1)", "imprisoned", 60, "2021-04-21", born=1983, dvk=True)),
        (["Sergey Pavlenko", "1970", "Pavlodar", "Art. 274(2)", "2 yrs 6 mo restricted freedom", "Aug 2020", "", "", ""],
         T("Pavlodar", "Pavlodar", "274(2)", "restricted_freedom", 30, "2020-08-01", "month", 1970)),
        (["Mukhtar Zhanuzakov", "1981", "Almaty", "Art. 182(2), 405(2)", "Imprisoned", "Sept. 2021", "", "DVK", ""],
         T("Almaty", "Almaty", "182(2); 405(2)", "imprisoned", None, "2021-09-01", "month", 1981, True)),
        (["Laura Dzhumagaliyeva", "1995", "Kyzylorda", "Art. 405(2)", "Probation", "", "", "Koshe", ""],
         T("Kyzylorda", "Kyzylorda", "405(2)", "probation", None, None, born=1995, dvk=True)),
        (["Damir Tokenov", "1992", "Kentau", "Art. 174(1)", "Imprisoned for 4 years 6 months", "17/03/2019", "", "", ""],
         T("Kentau", "Turkistan", "174(1)", "imprisoned", 54, "2019-03-17", born=1992)),
        (["Aigul Serikbayeva", "1976", "Konaev", "Art. 405(2)", "Fine", "2022-03-01", "", "DVK", ""],
         T("Konaev", B, "405(2)", "fined", None, "2022-03-01", born=1976, dvk=True)),
        (["Yerkebulan Mussin", "1988", "Nur-Sultan (now Astana)", "Art. 400(1)", "Released", "16 January 2022", "", "", "Released after 10 days"],
         T("Astana", "Astana", "400(1)", "released", None, "2022-01-16", born=1988)),
        (["Anel Kaparova", "1997", "Atyrau", "Art. 274 (part 2)", "Suspended sentence of 2 years", "", "July 12, 2021", "", "Posted about the gas price"],
         T("Atyrau", "Atyrau", "274(2)", "probation", 24, "2021-07-12", born=1997)),
        (["Bakhyt Imanov", "1964", "Rudny", "Art. 174 part 1", "Restricted freedom, 1 year 6 months", "02/02/2016", "", "Hizb ut-Tahrir", ""],
         T("Rudny", "Kostanay", "174(1)", "restricted_freedom", 18, "2016-02-02", born=1964)),
        (["Arman Zhetpisbay", "1986", "Ekibastuz", "Art. 405(2)", "Serving a 5-year sentence", "June 2020", "", "Koshe Partiyasy", ""],
         T("Ekibastuz", "Pavlodar", "405(2)", "imprisoned", 60, "2020-06-01", "month", 1986, True)),
    ]
    for i, (cells, truth) in enumerate(rows, start=1):
        s.add([str(i), *cells], truth)
    s.add(["", "Total: 22 persons", "", "", "", "", "", "", "", ""], NOT_A_CASE)
    return s


# ---------------------------------------------------------------- 3. Kazakh list, preventive measure and verdict

def file_kazakh() -> Sheet:
    s = Sheet("qugyn_tizimi_2022.xlsx", "Тізім")
    s.add(["Саяси себептермен қудаланған азаматтардың тізімі"])
    s.add(["2022 жылғы 1 наурыздағы жағдай бойынша"])
    s.add(["№", "Т.А.Ә.", "Туған жылы", "Тұратын жері", "Қылмыстық кодекстің бабы", "Бұлтартпау шарасы", "Сот үкімі", "Ұсталған күні",
           "ҚДТ/Көше партиясына қатысы", "Қосымша ақпарат"])
    B = "Almaty Region"
    rows = [
        (["Сапарбаев Ерлан Маратұлы", 1984, "Алматы қ.", "ҚР ҚК 405-бабының 2-бөлігі", "тергеу изоляторында", "5 жыл бас бостандығынан айыру", "12.07.2021ж.", "иә", ""],
         T("Almaty", "Almaty", "405(2)", "imprisoned", 60, "2021-07-12", born=1984, dvk=True)),
        (["Жұмабаева Әйгерім", 1990, "Астана қаласы", "405-баптың 1-бөлігі", "үйқамақ", "", "2021 жылғы 12 шілде", "ҚДТ жақтасы", ""],
         T("Astana", "Astana", "405(1)", "house_arrest", None, "2021-07-12", born=1990, dvk=True)),
        (["Төлеуов Нұрлан", 1979, "Шымкент", "174-бап 1-бөлік, 405-бап 2-бөлік", "", "2 жыл 6 ай бас бостандығын шектеу", "шілде 2021", "Көше партиясы", ""],
         T("Shymkent", "Shymkent", "174(1); 405(2)", "restricted_freedom", 30, "2021-07-01", "month", 1979, True)),
        (["Оспанов Дәулет", 1987, "Қонаев", "ҚР ҚК 405-бабының 2-бөлігі", "", "шартты түрде 3 жыл", "2021 ж.", "иә", ""],
         T("Konaev", B, "405(2)", "probation", 36, "2021-01-01", "year", 1987, True)),
        (["Ахметова Гүлжан", 1973, "Орал", "ҚР ҚК 274-бабының 2-бөлігі", "", "айыппұл 200 АЕК", "15.03.2020", "жоқ", ""],
         T("Oral", "West Kazakhstan", "274(2)", "fined", None, "2020-03-15", born=1973)),
        (["Бекмұханов Асқар", 1992, "Өскемен", "ҚР ҚК 174-бабының 1-бөлігі", "үйқамақ", "ақталды", "03.11.2020", "жоқ", ""],
         T("Oskemen", "East Kazakhstan", "174(1)", "acquitted", None, "2020-11-03", born=1992)),
        (["Серікбаев Тимур", 1995, "Талдықорған", "405-баптың 2-бөлігі", "тергеу изоляторында", "", "2022 жылғы 6 қаңтар", "иә", ""],
         T("Taldykorgan", "Jetisu", "405(2)", "pretrial_detention", None, "2022-01-06", born=1995, dvk=True)),
        (["Қасымов Жандос", 1988, "Жаңаөзен", "ҚР ҚК 272-бабының 2-бөлігі", "", "7 жыл бас бостандығынан айыру", "05.01.2022", "жоқ", ""],
         T("Zhanaozen", "Mangystau", "272(2)", "imprisoned", 84, "2022-01-05", born=1988)),
        (["Нұрланова Сәуле", 1982, "Ақтау", "ҚР ҚК 405-бабының 2-бөлігі", "", "босатылды", "наурыз 2019", "иә", ""],
         T("Aktau", "Mangystau", "405(2)", "released", None, "2019-03-01", "month", 1982, True)),
        (["Әбдірахманов Серік", 1970, "Түркістан облысы, Кентау", "ҚР ҚК 174-бабының 2-бөлігі", "", "6 жыл бас бостандығынан айыру", "2017 жылғы 4 сәуір", "жоқ", ""],
         T("Kentau", "Turkistan", "174(2)", "imprisoned", 72, "2017-04-04", born=1970)),
        (["Мұратов Бауыржан", 1991, "Семей қаласы", "405-баптың 2-бөлігі", "", "1 жыл бас бостандығын шектеу", "10.10.2019ж.", "иә", ""],
         T("Semey", "Abai", "405(2)", "restricted_freedom", 12, "2019-10-10", born=1991, dvk=True)),
        (["Жақсыбекова Динара", 1986, "Қарағанды", "ҚР ҚК 274-бабының 3-бөлігі", "тергеуде", "", "қыркүйек 2021", "", ""],
         T("Karaganda", "Karaganda", "274(3)", "under_investigation", None, "2021-09-01", "month", 1986)),
        (["Ержанов Айдын", 1999, "Алматы облысы, Қаскелең", "ҚР ҚК 380-бабының 1-бөлігі", "", "3 жыл бас бостандығынан айыру", "2022 жылғы 5 қаңтар", "жоқ", ""],
         T("Kaskelen", B, "380(1)", "imprisoned", 36, "2022-01-05", born=1999)),
        (["Тоқтаров Нұржан", 1984, "Павлодар", "ҚР ҚК 405-бабының 2-бөлігі", "", "шартты түрде 2 жыл", "2020 ж.", "Көше партиясының белсендісі", ""],
         T("Pavlodar", "Pavlodar", "405(2)", "probation", 24, "2020-01-01", "year", 1984, True)),
        (["Сейітова Жанар", 1977, "Тараз қаласы", "ҚР ҚК 405-бабының 1-бөлігі, 182-бабының 2-бөлігі", "тергеу изоляторында", "", "12.02.2021ж.", "иә", ""],
         T("Taraz", "Zhambyl", "182(2); 405(1)", "pretrial_detention", None, "2021-02-12", born=1977, dvk=True)),
        (["Омаров Ерболат", 1966, "Атырау", "ҚР ҚК 400-бабының 1-бөлігі", "", "айыппұл 100 АЕК", "17.01.2022", "жоқ", ""],
         T("Atyrau", "Atyrau", "400(1)", "fined", None, "2022-01-17", born=1966)),
        (["Дүйсенов Арман", 1994, "Петропавл", "405-бап 2-бөлік", "", "4 жыл бас бостандығынан айыру", "2019 жылғы 22 мамыр", "иә", ""],
         T("Petropavl", "North Kazakhstan", "405(2)", "imprisoned", 48, "2019-05-22", born=1994, dvk=True)),
        (["Байжанова Ұлжан", 1989, "Қызылорда", "ҚР ҚК 174-бабының 1-бөлігі", "", "2 жыл 6 ай бас бостандығынан айыру", "желтоқсан 2020", "", ""],
         T("Kyzylorda", "Kyzylorda", "174(1)", "imprisoned", 30, "2020-12-01", "month", 1989)),
        (["Құдайбергенов Ринат", 1981, "Ақтөбе", "ҚР ҚК 405-бабының 2-бөлігі", "", "босатылды", "2018 ж.", "иә", "2019 жылы рақымшылықпен босатылды"],
         T("Aktobe", "Aktobe", "405(2)", "released", None, "2018-01-01", "year", 1981, True)),
        (["Есімов Мақсат", 1997, "Көкшетау", "ҚР ҚК 274-бабының 2-бөлігі", "үйқамақ", "", "01.04.2020ж.", "жоқ", ""],
         T("Kokshetau", "Akmola", "274(2)", "house_arrest", None, "2020-04-01", born=1997)),
        (["Ибраев Талғат", 1975, "Теміртау", "ҚР ҚК 405-бабының 2-бөлігі", "", "1 жыл 6 ай бас бостандығын шектеу", "2020 жылғы 9 қазан", "иә", ""],
         T("Temirtau", "Karaganda", "405(2)", "restricted_freedom", 18, "2020-10-09", born=1975, dvk=True)),
    ]
    for i, (cells, truth) in enumerate(rows, start=1):
        s.add([i, *cells], truth)
    s.add(["", "Барлығы: 21 адам", "", "", "", "", "", "", "", ""], NOT_A_CASE)
    s.add(["Ескерту: ҚДТ — «Қазақстанның демократиялық таңдауы» қозғалысы."], NOT_A_CASE)
    return s


# ---------------------------------------------------------------- 4. A printed Russian list: header repeated, sub-numbers, totals

def file_printed() -> Sheet:
    s = Sheet("spisok_dlya_pechati.xlsx", "Лист1", hidden=("B",))
    header = ["№ п/п", "Внутр. код", "ФИО", "Год рождения", "Город", "Статья УК РК", "Мера пресечения / наказание", "Срок", "Дата задержания",
              "Дата приговора", "Примечание"]
    s.add(["СПИСОК лиц, преследуемых по политическим мотивам (для печати)"])
    s.add(header)
    B = "Almaty Region"
    d = dt.datetime
    rows = [
        (["1", "K-001", f"КАЛИЕВ ЕРЖАН БОЛАТОВИЧ ", "1983", f"г.{NBSP}Алматы ", "ч.2 ст.405 УК РК", "лишение свободы", "5 лет", d(2020, 7, 12), d(2020, 11, 20), "сторонник ДВК"],
         T("Almaty", "Almaty", "405(2)", "imprisoned", 60, "2020-07-12", born=1983, dvk=True)),
        (["2", "K-002", "СМАГУЛОВА АЙНУР", "1990", f"{NBSP}Нур-Султан", "ч.1 ст.174 УК", "ограничение свободы", "2 года", "", d(2019, 3, 5), ""],
         T("Astana", "Astana", "174(1)", "restricted_freedom", 24, "2019-03-05", born=1990)),
        (["3", "K-003", "#ЖАНТАСОВ Бекзат", "1996", "Уральск", "ст. 405 ч. 2", "условно", "1 год", "май 2021", "", "Көше партиясы"],
         T("Oral", "West Kazakhstan", "405(2)", "probation", 12, "2021-05-01", "month", 1996, True)),
        (["4", "K-004", "Сеитов Канат, Сеитова Айгуль", "", "Талдыкорган", "ч.2 ст.405", "штраф", "", "12.04.2021", "", "супруги, оба сторонники ДВК"],
         T("Taldykorgan", "Jetisu", "405(2)", "fined", None, "2021-04-12", dvk=True)),
        (["5", "K-005", "ТУРЛЫБЕКОВ  АЛМАС", "1979", "Капчагай", "ч.2 ст.405", "под домашним арестом", "", "03.06.2021", "", "ДВК"],
         T("Konaev", B, "405(2)", "house_arrest", None, "2021-06-03", born=1979, dvk=True)),
        (["6", "K-006", "Ким Виктор", "1971", "Усть-Каменогорск", "ч.3 ст.274", "освобожден по амнистии", "1 год", "2018", "", ""],
         T("Oskemen", "East Kazakhstan", "274(3)", "released", 12, "2018-01-01", "year", 1971)),
        (["7", "K-007", "Абишев Нурсултан", "1988", "Семей", "ч.1 ст.174", "лишение свободы", "3 года 6 мес.", "", "14.02.2017", ""],
         T("Semey", "Abai", "174(1)", "imprisoned", 42, "2017-02-14", born=1988)),
        (["8", "K-008", "Жарылгапова Лаура", "1994", "Шымкент", "ч.2 ст.405", "содержится в СИЗО", "", "06.01.2022", "", "Уличная партия"],
         T("Shymkent", "Shymkent", "405(2)", "pretrial_detention", None, "2022-01-06", born=1994, dvk=True)),
        (["9", "K-009", "Бейсенов Даурен", "1985", "Актобе", "ч.2 ст.272, ч.1 ст.380", "лишение свободы", "8 лет", "05.01.2022", "", ""],
         T("Aktobe", "Aktobe", "272(2); 380(1)", "imprisoned", 96, "2022-01-05", born=1985)),
        (["10", "K-010", "Ережепова Салтанат", "1992", "Кызылорда", "ч.2 ст.405", "оправдана", "", "20.09.2020", "", ""],
         T("Kyzylorda", "Kyzylorda", "405(2)", "acquitted", None, "2020-09-20", born=1992)),
    ]
    for cells, truth in rows:
        s.add(cells, truth)
    s.add(header, NOT_A_CASE)  # the printed list repeats its header at the top of each page
    rows = [
        (["11", "K-011", "Нуржанов Асет", "1981", "Караганда", "ч.2 ст.405", "ограничение свободы", "1 год 6 мес.", "", d(2021, 2, 8), "ДВК"],
         T("Karaganda", "Karaganda", "405(2)", "restricted_freedom", 18, "2021-02-08", born=1981, dvk=True)),
        (["12", "K-012", "Тлеубаев Руслан", "1977", "Павлодар", "ч.2 ст.179", "лишение свободы", "7 лет", "2019-10-15", "", ""],
         T("Pavlodar", "Pavlodar", "179(2)", "imprisoned", 84, "2019-10-15", born=1977)),
        (["12а", "K-012a", "Тлеубаева Гульмира", "1979", "Павлодар", "ч.2 ст.179", "условно", "3 года", "2019-10-15", "", ""],
         T("Pavlodar", "Pavlodar", "179(2)", "probation", 36, "2019-10-15", born=1979)),
        (["12.1", "K-012b", "Тлеубаев Алихан", "2001", "Экибастуз", "ч.2 ст.179", "под подпиской о невыезде", "", "ноябрь 2019", "", ""],
         T("Ekibastuz", "Pavlodar", "179(2)", "under_investigation", None, "2019-11-01", "month", 2001)),
        (["13", "K-013", "Мусин Берик", "1966", "Петропавловск", "ч.2 ст.274", "штраф 300 МРП", "", "", "15.12.2020", ""],
         T("Petropavl", "North Kazakhstan", "274(2)", "fined", None, "2020-12-15", born=1966)),
        (["14", "K-014", "Досжанова Мадина", "1998", "Тараз", "ч.2 ст.405", "на свободе", "", "2021", "", "Көше партиясы"],
         T("Taraz", "Zhambyl", "405(2)", "released", None, "2021-01-01", "year", 1998, True)),
    ]
    for cells, truth in rows:
        s.add(cells, truth)
    s.add([])  # a blank separating row
    s.add(["", "", "Задержанные в январе 2022 г.", "", "", "", "", "", "", "", ""], NOT_A_CASE)
    rows = [
        (["15", "K-015", "Есенгельдиев Нурлан", "1990", "Жанаозен", "ч.2 ст.272", "лишение свободы", "5 лет", "04.01.2022", "", ""],
         T("Zhanaozen", "Mangystau", "272(2)", "imprisoned", 60, "2022-01-04", born=1990)),
        (["16", "K-016", "Искакова Жанель", "2000", "Алматы", "ч.1 ст.400", "освобождена", "", "05.01.2022", "", ""],
         T("Almaty", "Almaty", "400(1)", "released", None, "2022-01-05", born=2000)),
        (["17", "K-017", "Байтасов Ерлан", "1987", "Талгар", "ч.2 ст.272; ч.2 ст.380", "в СИЗО", "", "07.01.2022", "", ""],
         T("Talgar", B, "272(2); 380(2)", "pretrial_detention", None, "2022-01-07", born=1987)),
        (["17", "K-017", "Байтасов Ерлан", "1987", "Талгар", "ч.2 ст.272; ч.2 ст.380", "в СИЗО", "", "07.01.2022", "", ""], "duplicate"),
        (["18", "K-018", "Кайратов Мирас", "1995", "Атырау", "ч.2 ст.272", "домашний арест", "", "06.01.2022", "", ""],
         T("Atyrau", "Atyrau", "272(2)", "house_arrest", None, "2022-01-06", born=1995)),
    ]
    for cells, truth in rows:
        s.add(cells, truth)
    s.add(header, NOT_A_CASE)
    rows = [
        (["19", "K-019", "Ахметов Санжар", "1983", "Костанай", "ч.2 ст.405", "лишение свободы", "1 год", "12.07.2021", "", "двк"],
         T("Kostanay", "Kostanay", "405(2)", "imprisoned", 12, "2021-07-12", born=1983, dvk=True)),
        (["20", "K-020", "Ли Елена", "1975", "Рудный", "ч.2 ст.174", "ограничение свободы", "4 года", "15.05.2018", "", ""],
         T("Rudny", "Kostanay", "174(2)", "restricted_freedom", 48, "2018-05-15", born=1975)),
    ]
    for cells, truth in rows:
        s.add(cells, truth)
    s.add(["", "", "Итого: 21 человек", "", "", "", "лишение свободы — 8", "", "", "", ""], NOT_A_CASE)
    s.add(["", "", "ИТОГО", "", "", "21", "8", "13", "", "", ""], NOT_A_CASE)
    return s


# ---------------------------------------------------------------- 5. One sheet per year, English headers, Latin names

def file_by_year() -> list[Sheet]:
    header = ["No", "NAME", "Year of birth", "Oblast", "City", "Article", "Status", "Term", "Detained", "Released", "DVK/Koshe"]
    d = dt.datetime
    B = "Almaty Region"
    data = {
        "2019": [
            (["ZHANBOLAT MAMYROV", 1985, "Almaty oblast", "Kaskelen", "405-2", "imprisoned", "2 years", d(2019, 4, 2), "", "yes"],
             T("Kaskelen", B, "405(2)", "imprisoned", 24, "2019-04-02", born=1985, dvk=True)),
            (["#KASYMOV Arman", 1990, "", "Almaty", "174-1", "restricted freedom", "3 years", d(2019, 5, 1), "", "no"],
             T("Almaty", "Almaty", "174(1)", "restricted_freedom", 36, "2019-05-01", born=1990)),
            (["Aliya Kenzhebayeva", 1993, "East Kazakhstan", "Semipalatinsk", "405-2", "probation", "1 year", d(2019, 5, 9), "", "yes"],
             T("Semey", "Abai", "405(2)", "probation", 12, "2019-05-09", born=1993, dvk=True)),
            (["Serik Abdullin", 1969, "South Kazakhstan", "Shymkent", "174-2", "released", "5 years", d(2019, 6, 20), d(2020, 1, 15), "no"],
             T("Shymkent", "Shymkent", "174(2)", "released", 60, "2019-06-20", born=1969)),
            (["MARAT ISMAGULOV", 1980, "Mangystau", "", "405-2", "fined", "", "June 2019", "", "yes"],
             T(None, "Mangystau", "405(2)", "fined", None, "2019-06-01", "month", 1980, True)),
        ],
        "2020": [
            (["Nurlan Kassenov", 1987, "Aktobe", "Aktobe", "405-2", "imprisoned", "18 months", d(2020, 2, 11), "", "yes"],
             T("Aktobe", "Aktobe", "405(2)", "imprisoned", 18, "2020-02-11", born=1987, dvk=True)),
            (["#ORAZOVA Saltanat", 1995, "Akmola", "Kokshetau", "274-2", "house arrest", "", d(2020, 4, 1), "", "no"],
             T("Kokshetau", "Akmola", "274(2)", "house_arrest", None, "2020-04-01", born=1995)),
            (["Yerzhan Tulegenov", 1978, "Almaty oblast", "Kapchagay", "405-2", "restricted freedom", "2 yrs 6 mo", d(2020, 6, 6), "", "yes"],
             T("Konaev", B, "405(2)", "restricted_freedom", 30, "2020-06-06", born=1978, dvk=True)),
            (["DINARA BEKOVA", 1999, "Atyrau", "Kulsary", "274-2", "acquitted", "", "2020-09-01", "", "no"],
             T("Kulsary", "Atyrau", "274(2)", "acquitted", None, "2020-09-01", born=1999)),
            (["Timur Nurpeisov", 1991, "West Kazakhstan", "Uralsk", "405-2", "pre-trial detention", "", d(2020, 11, 17), "", "yes"],
             T("Oral", "West Kazakhstan", "405(2)", "pretrial_detention", None, "2020-11-17", born=1991, dvk=True)),
            (["Zhandos Beisenbayev", 1984, "Karaganda", "Zhezkazgan", "174-1", "imprisoned", "3 years 6 months", d(2020, 12, 3), "", "no"],
             T("Zhezkazgan", "Ulytau", "174(1)", "imprisoned", 42, "2020-12-03", born=1984)),
        ],
        "2021": [
            (["AIGERIM SULTANBEKOVA", 1996, "Nur-Sultan", "Nur-Sultan", "405-2", "fined", "", d(2021, 2, 24), "", "yes"],
             T("Astana", "Astana", "405(2)", "fined", None, "2021-02-24", born=1996, dvk=True)),
            (["Askhat Zhylkybayev", 1973, "Almaty oblast", "Taldykorgan", "405-1", "imprisoned", "5 years", d(2021, 3, 15), "", "yes"],
             T("Taldykorgan", "Jetisu", "405(1)", "imprisoned", 60, "2021-03-15", born=1973, dvk=True)),
            (["#SARSENOV Daniyar", 1998, "Turkestan", "Turkestan", "256-2", "imprisoned", "6 years", d(2021, 4, 30), "", "no"],
             T("Turkistan", "Turkistan", "256(2)", "imprisoned", 72, "2021-04-30", born=1998)),
            (["Gulmira Akhmediyarova", 1982, "North Kazakhstan", "Petropavlovsk", "405-2", "released", "1 year", d(2021, 7, 2), d(2021, 12, 30), "yes"],
             T("Petropavl", "North Kazakhstan", "405(2)", "released", 12, "2021-07-02", born=1982, dvk=True)),
            (["Bolat Kuanyshbayev", 1976, "Pavlodar", "Aksu", "174-1", "under investigation", "", "Sept 2021", "", "no"],
             T("Aksu", "Pavlodar", "174(1)", "under_investigation", None, "2021-09-01", "month", 1976)),
            (["Madi Abenov", 2002, "Zhambyl", "Shu", "405-2", "probation", "2 years", d(2021, 10, 21), "", "yes"],
             T("Shu", "Zhambyl", "405(2)", "probation", 24, "2021-10-21", born=2002, dvk=True)),
            (["Yerkin Dossanov", 1989, "Zhambyl", "", "405-2", "fined", "", d(2021, 11, 2), "", "yes"],
             T(None, "Zhambyl", "405(2)", "fined", None, "2021-11-02", born=1989, dvk=True)),
            (["ASSEL MUKANOVA", 1994, "Akmola", "", "274-2", "under investigation", "", "Dec 2021", "", "no"],
             T(None, "Akmola", "274(2)", "under_investigation", None, "2021-12-01", "month", 1994)),
        ],
    }
    sheets = []
    for year, rows in data.items():
        s = Sheet("prosecutions_by_year.xlsx", year)
        s.add([f"Politically motivated prosecutions, {year}"])
        s.add(header)
        for i, (cells, truth) in enumerate(rows, start=1):
            s.add([i, *cells], truth)
        s.add(["", f"TOTAL {year}", len(rows), "", "", "", "", len(rows), "", "", sum(1 for c, _ in rows if c[-1] == "yes")], NOT_A_CASE)
        sheets.append(s)
    return sheets


# ---------------------------------------------------------------- 6. A Kazakh CSV with `;` and stray spaces

def file_kazakh_csv() -> Sheet:
    s = Sheet("tizim_kz.csv")
    s.add(["Р/с", "Аты-жөні", "Туған жылы", "Қала", "ҚК бабы", "Жаза", "Ұсталған күні", "Ескерту"])
    B = "Almaty Region"
    rows = [
        ([f"Әлімжанов{NBSP}Бақыт", f" 1986{NBSP}", f"{NBSP}Алматы ", "ҚР ҚК 405-бабының 2-бөлігі", "3 жыл бас бостандығын шектеу", "2021 жылғы 12 шілде", "ҚДТ"],
         T("Almaty", "Almaty", "405(2)", "restricted_freedom", 36, "2021-07-12", born=1986, dvk=True)),
        (["Нұрмағанбетова Айжан", "1992", "Нұр-Сұлтан", "405-баптың 2-бөлігі", "айыппұл", "наурыз 2021", "Көше партиясы"],
         T("Astana", "Astana", "405(2)", "fined", None, "2021-03-01", "month", 1992, True)),
        (["Сәрсенбаев Қайрат ", "1978", "Шымкент қаласы", "ҚР ҚК 174-бабының 1-бөлігі", "4 жыл бас бостандығынан айыру", "2018 жылғы 3 ақпан", ""],
         T("Shymkent", "Shymkent", "174(1)", "imprisoned", 48, "2018-02-03", born=1978)),
        (["Жаманқұлов Ерғали", "1969", "Қапшағай", "ҚР ҚК 405-бабының 2-бөлігі", "шартты түрде 1 жыл", "2020 ж.", "ҚДТ жақтаушысы"],
         T("Konaev", B, "405(2)", "probation", 12, "2020-01-01", "year", 1969, True)),
        (["Құрманғалиева Гүлнар", "1984", "Орал қаласы", "ҚР ҚК 274-бабының 2-бөлігі", "үйқамақта", "15.06.2020ж.", ""],
         T("Oral", "West Kazakhstan", "274(2)", "house_arrest", None, "2020-06-15", born=1984)),
        (["Исабеков Нұрсұлтан", "1995", "Өскемен қ.", "ҚР ҚК 405-бабының 2-бөлігі", "2 жыл бас бостандығынан айыру", "қазан 2019", "ҚДТ"],
         T("Oskemen", "East Kazakhstan", "405(2)", "imprisoned", 24, "2019-10-01", "month", 1995, True)),
        (["Тұрсынова Мәдина", "1999", "Ақтау қ.", "ҚР ҚК 272-бабының 2-бөлігі", "тергеу изоляторында", "2022 жылғы 7 қаңтар", ""],
         T("Aktau", "Mangystau", "272(2)", "pretrial_detention", None, "2022-01-07", born=1999)),
        (["Бейсембаев Ағзам", "1963", "Талдықорған қ.", "ҚР ҚК 174-бабының 1-бөлігі", "ақталды", "01.09.2016", ""],
         T("Taldykorgan", "Jetisu", "174(1)", "acquitted", None, "2016-09-01", born=1963)),
        (["Смағұлов Дархан", "1990", "Жезқазған", "ҚР ҚК 405-бабының 2-бөлігі", "босатылды", "2019 ж.", "Көше партиясы"],
         T("Zhezkazgan", "Ulytau", "405(2)", "released", None, "2019-01-01", "year", 1990, True)),
        (["Қожахметов Ілияс", "1987", "Түркістан", "ҚР ҚК 256-бабының 2-бөлігі", "7 жыл бас бостандығынан айыру", "2016 жылғы 12 мамыр", ""],
         T("Turkistan", "Turkistan", "256(2)", "imprisoned", 84, "2016-05-12", born=1987)),
        (["Оразалинова Асем", "1994", "Қызылорда қ.", "ҚР ҚК 274-бабының 2-бөлігі", "1 жыл 6 ай бас бостандығын шектеу", "2020 жылғы 2 сәуір", ""],
         T("Kyzylorda", "Kyzylorda", "274(2)", "restricted_freedom", 18, "2020-04-02", born=1994)),
        (["Әміров Жасұлан", "1980", "Екібастұз", "ҚР ҚК 405-бабының 2-бөлігі", "тергеуде", "желтоқсан 2021", "ҚДТ белсендісі"],
         T("Ekibastuz", "Pavlodar", "405(2)", "under_investigation", None, "2021-12-01", "month", 1980, True)),
    ]
    for i, (cells, truth) in enumerate(rows, start=1):
        s.add([str(i), *cells], truth)
    return s


# ---------------------------------------------------------------- 7. A Russian CSV in cp1251: Фамилия | Имя | Отчество

def file_three_part_names() -> Sheet:
    s = Sheet("familii_cp1251.csv")
    s.add(["№", "Фамилия", "Имя", "Отчество", "Дата рождения", "Место жительства", "Статья УК", "Приговор", "Дата ареста", "Связь с ДВК"])
    rows = [
        (["Жумагулов", "Серик", "Канатович", "12.03.1985", "г. Нур-Султан", "ст.405 ч.2 УК РК", "2 года ограничения свободы", "15.09.2020", "да"],
         T("Astana", "Astana", "405(2)", "restricted_freedom", 24, "2020-09-15", born=1985, dvk=True, name="Жумагулов Серик Канатович")),
        (["Ибраева", "Асель", "Маратовна", "1990", "Алма-Ата", "ч.1 ст.174", "5 лет лишения свободы", "март 2019", "нет"],
         T("Almaty", "Almaty", "174(1)", "imprisoned", 60, "2019-03-01", "month", 1990, name="Ибраева Асель Маратовна")),
        (["Петров", "Андрей", "", "05.07.1979", "Усть-Каменогорск", "ч.2 ст.274", "штраф 500 МРП", "2021", ""],
         T("Oskemen", "East Kazakhstan", "274(2)", "fined", None, "2021-01-01", "year", 1979, name="Петров Андрей")),
        (["Нургалиев", "Дамир", "Ерланович", "1988 г.р.", "Уральск", "ч.2 ст.405", "условно 1 год", "с 12.01.2021", "да"],
         T("Oral", "West Kazakhstan", "405(2)", "probation", 12, "2021-01-12", born=1988, dvk=True)),
        (["Абдрахманов", "Ербол", "", "22.11.1992", "Капшагай (Конаев)", "ч.2 ст.405", "1 год 6 мес. ограничения свободы", "01.02.2022", "да"],
         T("Konaev", "Almaty Region", "405(2)", "restricted_freedom", 18, "2022-02-01", born=1992, dvk=True)),
        (["Семенова", "Ольга", "Викторовна", "1970", "Петропавловск", "ч.3 ст.274", "оправдана", "10.10.2020", "нет"],
         T("Petropavl", "North Kazakhstan", "274(3)", "acquitted", None, "2020-10-10", born=1970)),
        (["Тасмагамбетов", "Руслан", "Бекович", "03.03.1983", "Жанаозен", "ч.2 ст.272", "7 лет лишения свободы", "06.01.2022", "нет"],
         T("Zhanaozen", "Mangystau", "272(2)", "imprisoned", 84, "2022-01-06", born=1983)),
    ]
    for i, (cells, truth) in enumerate(rows, start=1):
        s.add([str(i), *cells], truth)
    s.add(["", "Итого", "", "", "", "", "7", "", "", "3"], NOT_A_CASE)
    return s


def write_lists(folder: Path) -> pd.DataFrame:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    hrw, printed, kazakh = file_hrw(), file_printed(), file_kazakh()
    by_year = file_by_year()
    osce, kz_csv = file_osce(), file_kazakh_csv()
    january = file_hrw_january()
    _xlsx(folder / hrw.file, [hrw, january])
    _xlsx(folder / printed.file, [printed])
    _xlsx(folder / kazakh.file, [kazakh])
    _xlsx(folder / by_year[0].file, by_year)
    _csv(folder / osce.file, osce, "utf-8", ",")
    _csv(folder / kz_csv.file, kz_csv, "utf-8-sig", ";")
    three = file_three_part_names()
    _csv(folder / three.file, three, "cp1251", ";")
    records = [r for s in (hrw, january, printed, kazakh, *by_year, osce, kz_csv, three) for r in s.records()]
    truth = pd.DataFrame.from_records(records)
    truth["source_sheet"] = truth["source_sheet"].fillna("").astype(str)
    return truth
