"""Red-team set 21 (hold-out): six lists in layouts nobody here copied before (tests/redteam21_lists.py).

Scored on main at 614d4ee, before any fix (`clean_paths([folder])` on the six files, `accuracy.compare`):

Accounting: 397 rows in the truth (366 cases, 31 non-case rows); rows_read 397, cases 367, rows dropped 30.
Every non-case row is dropped but one, no case is lost: the Notion template card `Шаблон карточки (не
удалять)` (notion_karta_del.csv row 11) is kept as a case (status unknown, an `undated` problem). The checks
that every undated case is said and every filled column is read, ignored or reported pass.

Per field (overall, 366 cases): city 0.784, region 0.784, articles 0.863, status 0.970, sentence_months 1.000,
started_on 0.675, started_precision 0.697, birth_year 0.902, dvk_koshe 1.000.

| file (cases) | city | region | articles | status | months | started_on | precision | birth_year | dvk |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| notion_karta_del.csv (70) | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |
| pishite_pisma.xlsx (64) | 0.953 | 0.953 | 1.000 | 1.000 | 1.000 | 0.875 | 1.000 | 1.000 | 1.000 |
| grant_report_annex2.xlsx (62) | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |
| qandy_qantar_po_gorodam.xlsx (76) | 0.000 | 0.000 | 1.000 | 0.921 | 1.000 | 0.776 | 0.776 | 1.000 | 1.000 |
| flourish_map_points.csv (50) | 1.000 | 1.000 | 0.000 | 0.900 | 1.000 | 0.000 | 0.000 | 0.280 | 1.000 |
| perechen_afm_annotirovannyi.xlsx (44) | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 0.000 | 0.000 | 1.000 | 1.000 |

Failure causes seen in the mismatches (counts are wrong values):
- Dates
  - A month in Roman numerals (`24.XI.2021`, `07.I.2022`, a Russian clerical habit) is not read (an
    `unparsed_date` problem): started_on and precision of 17 cases in the amnesty tracker, started_on of 8
    in the letters list.
  - An end-of-term column (`Конец срока**`, no event of the case) is read as a "started_on only" column:
    where the detention date was not read, it became the start date of the same 8 rows of the letters
    list: 5 imprisoned people start in 2024-2029, after the list's own date (15.03.2024), and 3 released
    ones start at their end of term (2022-12-23, 2023-10-16, 2024-04-20), not even at the release date
    their note gives (`освобождена по УДО 28.06.2022`). The only problem on those rows is the detention
    cell's `unparsed_date`; nothing says the start date came from the end of term, or that it falls after
    the list's date.
  - A verdict date written inside a cell that names the court and the articles (`приговор ... суда от
    12.03.2021, ст. 405 ч. 2 УК РК`, mapped to articles by content) is not read: all 44 cases of the
    financial-monitoring list are undated (loud: `no_date_column`). That problem's message suggests mapping
    `Дата включения в перечень` (the day the person was put on the agency's list, 40-120 days after the
    verdict) as `charged_on`: following the suggestion would date every case late.
  - The Flourish popup (HTML, `<br>` between lines) gives no date: 50 cases undated (loud: `no_date_column`).
- City and region
  - The city given only by the sheet's name and its title line (`Алматы`, `г. Алматы: задержанные ...`):
    76 cases of the amnesty tracker with no city and no region.
  - The postal address of the colony (`071400, Абайская обл., г. Семей, учреждение ...`) is taken as the
    city where `Откуда*` is blank (`city_from_address`), though the footnote says `Откуда` is the city of
    the case: 3 cases (city and region).
- Articles: the Flourish popup (`<br>Art. 405(2); Art. 174(1)<br>`) is read as a further status column and
  its articles are not read: 50 cases, with no problem row saying so.
- Year of birth: `b. 1986` in the Flourish popup not read: 36 cases (silent).
- Status
  - The amnesty column (`применена, освобождён 18.11.2022`) does not release: 6 cases stay imprisoned. In
    four sheets it is an `unmapped_column`; in `Тараз` it is read as a yes/no stage column and still
    releases no one.
  - Flourish `Under investigation` (category) beside a popup that reads `Detained 12 March 2021` and `Under
    investigation (recognisance not to leave)`: the popup is read as a further status column and the past
    detention wins: 5 cases pretrial_detention.
- Not scored, noticed: `Beneficiary code*` of the grant annex is unmapped, so its 62 cases have no name
  (only the `unmapped_column` problem says so); `Age group` (`18-35`) is mapped to affiliation (no value
  read); the verdict dates in brackets in the amnesty tracker (`5 лет л/с (12.06.2022)`) give no
  sentenced_on; the Notion relation URL after the town gives 62 `place_extra_text` problems (the towns are
  read right).

After the fixes (branch fix21, each a general rule tested in wordings of its own in tests/test_rules21.py,
README "Rules learned from set 21"): all 397 rows accounted (366 cases, 31 dropped: the template card with its
reason), every field 1.000 in every file. The rules, by cause: a Roman month read day first (the amnesty
tracker's and the letters list's dates); an end-of-term and a listing-date column ignored as no event of the
case (the letters list; the financial-monitoring list's inclusion and exclusion dates, no longer suggested);
a sheet named for its town gives it to its rows (the tracker's 76 cases); a verdict's date in the verdict's
own cell is sentenced_on (the basis cells, and `5 лет л/с (12.06.2022)`); an amnesty column is grounds for
release that frees only where it names the release; a colony's address gives no city; HTML stripped from
cells and a column of multi-line records read as free text, a year of birth with it (the Flourish popup);
a template card dropped; a web address after a value taken out (the Notion relation: no `place_extra_text`);
`Age group` ignored; `Beneficiary code` read as the name. Sets 12-18 scored the same before and after.

Truth checked against every mismatch: none was wrong. Changed after the first run, for realism, scores
unchanged: the Flourish popup of people under investigation said `Under investigation, not detained` beside
`Detained <date>` (it now says `Under investigation (recognisance not to leave)`); in the letters list a
released person's detention date now leaves room for the term before the release; in the
financial-monitoring extract the section of people taken off the list holds only released and fined people
(a spent conviction); and the sixth list (that extract) was added.
"""
from __future__ import annotations

import pytest
from accuracy import assert_every_row_accounted, assert_fields_right
from redteam21_lists import write_lists

from kzanalysis.clean import clean_paths

FILES = {"notion_karta_del.csv", "pishite_pisma.xlsx", "grant_report_annex2.xlsx", "qandy_qantar_po_gorodam.xlsx",
         "flourish_map_points.csv", "perechen_afm_annotirovannyi.xlsx"}


@pytest.fixture(scope="module")
def lists(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam21")
    truth = write_lists(folder)
    return folder, truth, tmp_path_factory.mktemp("redteam21_again")


@pytest.fixture(scope="module")
def cleaned(lists):
    folder, truth, _ = lists
    return truth, clean_paths([folder])


def test_lists_written_with_their_truth(lists):
    folder, truth, elsewhere = lists
    assert {p.name for p in folder.iterdir()} == FILES
    assert len(truth) == 397
    assert int((truth["kind"] == "case").sum()) == 366
    assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()
    cases = truth.loc[truth["kind"] == "case"]
    assert cases["status"].notna().all() and cases["name"].str.len().gt(0).all()
    again = write_lists(elsewhere)
    assert again.equals(truth)  # deterministic


def test_every_row_accounted(cleaned):
    truth, result = cleaned
    assert_every_row_accounted(truth, result)


def test_fields_right(cleaned):
    truth, result = cleaned
    assert_fields_right(truth, result)
