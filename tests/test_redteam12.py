"""Red-team set 12 (a hold-out): five lists in layouts the project had not copied, scored before any fix.

The lists and every decision taken for their truth are in `tests/redteam12_lists.py`.

Scored on main at 5e26c2e (before any fix), `clean_paths([folder])` on the five files (6.3 s):
- Rows: truth 383 rows below a header (310 cases, 73 not cases). Read 384 (one too many), cases 313
  (three too many), dropped 71. Every truth case is among the cases. 70 of the 73 non-case rows are
  dropped, plus one row that is part of a header. `assert_every_row_accounted` fails.
- Accuracy per field, in % (file: city, region, articles, status, sentence_months, started_on,
  started_precision, birth_year, dvk_koshe):
  - onk_zhurnal_posesheniy.xlsx (60 cases): 100, 100, 100, 38.3, 100, 0.0, 8.3, 100, 100
  - solidarity_tracker.xlsx (76): 100, 100, 61.8, 100, 100, 96.1, 96.1, 100, 100
  - sot_ukimderi_digest.xlsx (64): 89.1, 84.4, 100, 100, 100, 100, 100, 100, 100
  - spisok_rabochiy.xlsx (50): 100, 100, 80.0, 100, 52.0, 0.0, 0.0, 100, 100
  - spisok_win.csv (60): 95.0, 100, 100, 80.0, 100, 100, 100, 100, 100
  - all (310): 96.8, 96.8, 87.4, 84.2, 92.3, 63.5, 65.2, 100, 100
  Names (not scored): right in every file except the Kazakh digest, where all 64 are empty.

Scored again on main at ddbc3e3, after sets 10 and 11 were fixed, with NO fix made for this set (its
wordings were read by nobody who changed the cleaner; the only change it led to is 9420010, a case with no
date and no problem row saying so, an invariant and not a reading): rows read 383 (as the truth), cases 313
(three continuation rows still cases), dropped 70; `assert_every_row_accounted` still fails.
- onk_zhurnal_posesheniy.xlsx (60): 100, 100, 100, 30.0, 100, 100, 100, 100, 100 (the two-row header is read
  now, so its dates are; status falls: the term's start and end no longer hide the bare terms, which read as
  unknown, and the 5 freed on parole are unknown too)
- solidarity_tracker.xlsx (76): 100, 100, 61.8, 100, 100, 96.1, 96.1, 100, 100
- sot_ukimderi_digest.xlsx (64): 89.1, 84.4, 100, 100, 100, 100, 100, 100, 100
- spisok_rabochiy.xlsx (50): 100, 100, 80.0, 100, 52.0, 0.0, 0.0, 100, 100
- spisok_win.csv (60): 95.0, 100, 100, 80.0, 100, 100, 100, 100, 100
- all (310): 96.8, 96.8, 87.4, 82.6, 92.3, 82.9, 82.9, 100, 100

Scored after the VALUE rules (causes 2, 5, 7 and 10 below; set 12 is seen from here on), with no
layout fix (1, 3, 4, 6, 8, 9 are another branch's): rows read 383, cases 313 for 310 (as before).
- onk_zhurnal_posesheniy.xlsx (60): 100, 100, 100, 100 (was 30.0), 100, 100, 100, 100, 100
- solidarity_tracker.xlsx (76): 100, 100, 100 (was 61.8), 100, 100, 96.1, 96.1, 100, 100
- sot_ukimderi_digest.xlsx (64): 100 (was 89.1), 100 (was 84.4), 100, 100, 100, 100, 100, 100, 100
- spisok_rabochiy.xlsx (50): 100, 100, 80.0, 100, 52.0, 0.0, 0.0, 100, 100 (all layout: 3, 4)
- spisok_win.csv (60): 95.0, 100, 100, 90.0 (was 80.0; the 6 left are cause 9), 100, 100, 100, 100, 100
- all (310): 99.0, 100, 96.8, 98.1, 92.3, 82.9, 82.9, 100, 100
The rules, each general and tested in wordings of its own (tests/test_custody_evidence.py, the examples
CSVs, tests/test_parse_places.py): a bare term beside a penal colony is a prison term (institution.py);
a note whose last clause opens with a release (`освобождён по УДО ...`) is released (stage.py); a code
word before references names, past its clause, only articles its code has, and connecting words
(then, затем, кейін) join; a district's name in a city's court is no place and a regional court's name is
the region's; `о/с` is restricted freedom. Cause 11 (the village `Shelek`) is left: the README gives the city
from the vocabulary, and the project decided before that a village it does not know keeps its region
with `unknown_city` (the examples row `с. Шелек, Алматинская обл.`, set 2's truth, test_other_shapes);
a rule naming such a village by its Latin spelling was written and reverted (it moved set 2).

After the layout, row and header rules (branch fix12a: causes 3, 4, 6, 8 and 9 below, each a general rule
tested in wordings of its own in tests/test_wrapped_and_stated.py; the value causes 2, 5, 7, 10 and 11 are
another branch's): rows read 383, cases 310, dropped 73 (52 of them `continuation_row`), and
`assert_every_row_accounted` passes (the test is left xfail until the value causes are fixed too).
- onk_zhurnal_posesheniy.xlsx (60): 100, 100, 100, 30.0, 100, 100, 100, 100, 100 (cause 2 left)
- solidarity_tracker.xlsx (76): 100, 100, 61.8, 100, 100, 100, 100, 100, 100 (the bare months read; cause 5 left)
- sot_ukimderi_digest.xlsx (64): 89.1, 84.4, 100, 100, 100, 100, 100, 100, 100 (names read: `Сотталушы`; cause 7 left)
- spisok_rabochiy.xlsx (50): 100 on every field (continuations joined, the chronology read as a history)
- spisok_win.csv (60): 95.0, 100, 100, 90.0, 100, 100, 100, 100, 100 (the `да` column and the stated list date
  release all ten; causes 10 and 11 left)
- all (310): 96.8, 96.8, 90.6, 84.5, 100, 100, 100, 100, 100

Both branches merged (main): rows read 383, cases 310, dropped 73; every row accounted for. Every field
1.000 on every file but city on spisok_win.csv (95.0: the three rows of the village `с. Шелек`, which
the truth names `Shelek` while the project's decided reading keeps an unknown village's region and gives
`unknown_city`; the truth is left as its author wrote it): all (310): 99.0, 100, 100, 100, 100, 100, 100,
100, 100. Both tests below now run as normal tests.

What broke before any fix, grouped (counts are wrong values, or rows):
1. A two-row header with a merged group cell (ONK log: "Срок наказания" over "начало" | "конец", the
   other headers merged down over both rows). Only row 4 was taken as the header. Row 5 ("начало",
   "конец") was read as a row and dropped as "too little to be a case" (the extra row read). The group
   header "Срок наказания" was mapped to `status`, and its two date columns were read as one cell
   (`2020-02-26 26.08.2025 г.`: 47 unknown_status, 13 unparsed_term). So the start of the term was
   never read as a date: started_on wrong on all 60 rows (55 empty; for the 5 freed on parole the
   release date in the note became started_on) and started_precision wrong on 55.
2. Status of a prison log whose term names no measure (ONK `Срок` `5 лет`, `3 г. 6 мес.`, `4 года`):
   with the status column taken up by the dates (1), only rows whose term says `л/св` or
   `лишения свободы` came out imprisoned. 37 rows are `unknown` instead of imprisoned.
3. Hand-wrapped blocks (spisok_rabochiy, one person over 1-3 rows, no merged cells): 49 of the 52
   continuation rows are dropped as "too little to be a case", but what they hold is lost: the second
   article (articles wrong on 10), the term wrapped onto the next row (`на 5 лет`: sentence_months
   wrong on 24). 3 continuation rows that hold an article, a date and a term (rows 43, 52, 69) are
   counted as cases without a name (the three extra cases).
4. A chronology column in prose (`Хронология`: `задержан 14.03.2021`, `приговор 02.09.2021`, wrapped
   as `задержан` / `28.07.2020, приговор 27.10.2020`) was left unmapped (46% read as dates),
   `no_date_column` for the sheet: started_on and started_precision wrong on all 50 cases.
5. An administrative article before the criminal ones in one cell (`CAO 488, then Art. 405(2)`):
   the whole cell is `unknown_article` (5 rows of sheets 2021 and 2022). On sheet 2023, where 5 of the 24
   cells are like that, the content reader refused "Charged with" as a whole (74% read) and it was
   left unmapped: 24 more rows without articles. Articles wrong on 29 rows, 61.8% on the tracker.
6. A bare month name on a sheet of one year's arrests (`March` on sheet "2023"): `unparsed_date`,
   started_on empty on 3 rows.
7. Kazakh court names with the city before `қаласы` and a district inside it: `Астана қаласы Есіл
   аудандық соты` (4 rows) and `Шымкент қаласы Абай аудандық соты` (3) are `unknown_court_place`, so
   city and region are empty. `Алматы облыстық соты` (the Almaty region's court, 3 rows) gave region
   "Almaty" (the city) instead of "Almaty Region". City wrong on 7, region on 10.
8. The Kazakh word for the defendant (`Сотталушы`) is not a name header: the name column is
   unmapped (its problem row says it holds names); 64 names empty.
9. A yes/no release column (`Освобожден (да/нет)`) is unmapped. 4 of its 10 `да` rows came out
   released through the release-date rule. The 6 whose release date (2024) is later than the list's date
   the cleaner inferred (the latest sentence date, 2023-11-15) stayed imprisoned. The "по состоянию на
   01.06.2024" line above the header is not used as the list's date.
10. `о/с` (ограничение свободы, restricted freedom) is not read: 6 rows `unknown`.
11. A village (`с. Шелек (Алматинская обл.)`) is `unknown_city`: city empty on 3 rows (region right).
12. Two ONK cases without any date (rows whose note says `ДВК?`) have no `undated` problem: no
    problem row says that they are in no period. The other 53 undated ONK cases each have one.
Not broken: birth years (years, `1984 г.р.`, dates of birth, Excel serial numbers), the DVK/Koshe tie
(including `ДВК?`, `ҚДТ?`, `DVK?`, `not DVK`, `да?`), the cp1251 CSV with title lines, Kazakh dates and
articles, English date forms, visit and year headings, totals and footnotes.
No truth value was changed after scoring: each mismatch above was checked against the files, and
the truth's reading stands (see the decisions in the lists' module docstring).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from accuracy import assert_every_row_accounted, assert_fields_right
from redteam12_lists import FILES, write_lists

from kzanalysis.clean import clean_paths


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam12")
    truth = write_lists(folder)
    return folder, truth


@pytest.fixture(scope="module")
def cleaned(written):
    folder, truth = written
    return truth, clean_paths([folder])


def test_lists_are_written_with_their_truth(written):
    folder, truth = written
    assert sorted(p.name for p in folder.iterdir()) == sorted(FILES)
    assert len(truth) == 383
    assert (truth["kind"] == "case").sum() == 310
    assert truth.groupby("source_file")["kind"].apply(lambda k: int((k == "case").sum())).to_dict() == {
        "onk_zhurnal_posesheniy.xlsx": 60, "solidarity_tracker.xlsx": 76, "sot_ukimderi_digest.xlsx": 64,
        "spisok_rabochiy.xlsx": 50, "spisok_win.csv": 60}
    assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()
    assert set(truth.loc[truth["kind"] == "case", "status"]) <= {
        "imprisoned", "restricted_freedom", "probation", "fined", "pretrial_detention", "house_arrest",
        "under_investigation", "compulsory_treatment", "released", "acquitted", "unknown"}
    # the CSV is cp1251 with ; and CRLF, as Excel on a Russian Windows saves it
    raw = (folder / "spisok_win.csv").read_bytes()
    assert b"\r\n" in raw and "№ п/п;ФИО".encode("cp1251") in raw


def test_same_lists_every_time(written, tmp_path: Path):
    folder, truth = written
    again = write_lists(tmp_path)
    assert again.equals(truth)
    assert (tmp_path / "spisok_win.csv").read_bytes() == (folder / "spisok_win.csv").read_bytes()


def test_every_row_accounted(cleaned):
    truth, result = cleaned
    assert_every_row_accounted(truth, result)


def test_fields_right(cleaned):
    truth, result = cleaned
    assert_fields_right(truth, result)
