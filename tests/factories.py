"""Small, valid tidy tables built in code, for tests of the stages after the cleaner."""
from __future__ import annotations

import hashlib

import pandas as pd

from kzanalysis.tables import Tables

CITIES = [("Almaty", "Almaty"), ("Astana", "Astana"), ("Shymkent", "Shymkent"), ("Oral", "West Kazakhstan"),
          ("Semey", "Abai"), ("Aktobe", "Aktobe"), (None, None)]
STATUSES = ["imprisoned", "restricted_freedom", "probation", "fined", "under_investigation", "released"]
TITLES = {174: "Incitement of discord", 405: "Participation in a banned extremist organisation", 274: "Dissemination of knowingly false information", 380: "Use of violence against a representative of authority"}
HOSTILE = ["=HYPERLINK(\"http://example.invalid\",\"x\")", "+7 701 000 0000", "-1", "@SUM(A1)", "\tTabbed", "\rCarriage"]


def make_tables(n: int = 80) -> Tables:
    rows, charges, problems = [], [], []
    for i in range(n):
        cid = hashlib.sha256(f"test|{i}".encode()).hexdigest()[:16]
        city, region = CITIES[i % len(CITIES)]
        year = 2018 + i % 8
        start = pd.Timestamp(year, 1 + (i * 5) % 12, 1 + i % 27)
        tie = i % 3 == 0
        arts = [405] if i % 2 == 0 else [174, 274] if i % 5 == 0 else [380]
        rows.append({
            # every fifth case is a second case of the person eight rows up (same year): persons differ from cases
            "case_id": cid, "person_id": f"person{i - 8 if i % 5 == 0 and i >= 8 else i}", "source": "test_list", "source_file": "test_list.csv", "source_sheet": "",
            "source_row": i + 2, "name": f"Тестов Тест {i}" if i >= len(HOSTILE) else HOSTILE[i],
            "name_latin": f"Testov Test {i}", "birth_year": 1960 + i % 40, "city": city, "region": region,
            "articles": "; ".join(f"{a}(2)" for a in arts), "status": STATUSES[i % len(STATUSES)],
            "sentence_months": 12 + i % 48 if i % 4 else None,
            "detained_on": start, "charged_on": start + pd.Timedelta(days=10), "sentenced_on": None, "released_on": None,
            "started_on": start, "started_precision": "day", "affiliation": "DVK" if tie else None,
            "dvk_koshe": tie, "notes": "=1+1" if i == 7 else f"note {i}",
        })
        for a in arts:
            charges.append({"case_id": cid, "code": "CC", "article": a, "part": 2, "title_en": TITLES[a]})
        if i % 10 == 0:
            charges.append({"case_id": cid, "code": "CAO", "article": 488, "part": None, "title_en": None})
        if i % 9 == 0:
            problems.append({"source_file": "test_list.csv", "source_sheet": "", "source_row": i + 2, "column": "City",
                             "value": "Atlantis", "problem": "unknown_city", "message": "not in places.csv", "row_kept": True})
    problems.append({"source_file": "test_list.csv", "source_sheet": "", "source_row": n + 2, "column": "",
                     "value": "Итого: 80", "problem": "not_a_case", "message": "a totals row", "row_kept": False})
    manifest = {"package_version": "test", "files": [], "totals": {"rows_read": n + 1, "cases": n, "rows_dropped": 1}}
    return Tables(cases=pd.DataFrame(rows), charges=pd.DataFrame(charges), problems=pd.DataFrame(problems), manifest=manifest)


# Small lists written inline by the tests of unfamiliar columns (test_unfamiliar.py, test_other_shapes.py).
PEOPLE = ["Иванов Иван", "Петров Пётр", "Сидоров Сидор", "Ахметов Ержан"]


def write_csv(folder, name: str, columns: dict[str, list[object]]):
    """A `;`-separated CSV list of these columns in the folder; its path."""
    path = folder / name
    pd.DataFrame(columns).to_csv(path, index=False, sep=";")
    return path


def problems_of(result, kind: str) -> pd.DataFrame:
    """The problem rows of one kind in a clean result."""
    return result.problems.loc[result.problems["problem"] == kind]


def write_xlsx(path, rows: list[list[object]], merged: tuple[str, ...] = ()) -> None:
    """A one-sheet workbook ("Лист") of these rows (None and "" left blank), with these ranges merged."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Лист"
    for r, values in enumerate(rows, 1):
        for c, v in enumerate(values, 1):
            if v is not None and v != "":
                ws.cell(r, c, v)
    for m in merged:
        ws.merge_cells(m)
    wb.save(path)
