"""Red-team set 7 (a hold-out until the issue-8 fixes were merged, now a regression test); see tests/redteam7_lists.py.

After the fixes of the causes below (general rules, each with its own hand-written test): every row
accounted, and city 1.000, region 1.000, articles 1.000, status 1.000, sentence 1.000, started_on 1.000,
precision 1.000, birth_year 1.000, dvk_koshe 0.982. What fixed what:
- the court's seat stands for the city where a row gives none (kzanalysis/court.py): city +61, region;
- a tie named in any free-text column (the verdict's operative part) counts, with the notes' doubt and
  negation rules (kzanalysis/free_text.py): dvk_koshe +30;
- a column of dates whose header names no event counts toward started_on in a sheet that reads dates
  (kzanalysis/start_dates.py): started_on +19, precision +5 (it alone reached 1.000; the Kazakh
  release-date words "бостандыққа шыққан" were then added to vocab/date_header_words.csv);
- "сот ақтады" and a verdict applying compulsory medical measures (vocab/statuses.csv): status +11;
- the region is the city's current one, a region column that differs is a `region_differs` note: region +6.
The 6 dvk_koshe misses left are acquittal and compulsory-treatment rows whose truth has a tie that no cell
of the row names (the generator picks a group for them but writes it only into guilty verdicts): the
cleaner cannot see it, and must not guess it.

Before those fixes, after the issue-8 fixes of the first round (main after its merges; the set was kept apart until then, so no
alias, pattern or rule was written for it): every row accounted (353 read, 330 cases, 23 dropped), and
city 0.815, region 0.982, articles 1.000, status 0.967, sentence 1.000, started_on 0.942, precision 0.985,
birth_year 1.000, dvk_koshe 0.891. Still wrong: the city named only inside the court's name (61, court
extract), the tie named only in the verdict text (36), the region at the time of the act (6), acquittal and
compulsory-treatment verdicts (6 + 5), and Kazakh date headers whose wording names no event (19 starts).

Scored on main at 8426268 (before the issue-8 fixes), with tests/accuracy.py's `compare`:

Accounting: truth 353 rows below a header (330 cases, 23 not cases); rows_read 305, cases 284,
dropped 21. Every row that was read was classed right (284 cases and 21 drops, exactly the truth's),
but the 48 rows of shygys_monitoring.xlsx (46 cases, 2 not cases) were never read: the sheet got only a
sheet-level `no_header` problem and the file counts as unreadable. Accounted: 305 / 353 (86.4%).

Per-field accuracy (share of the 330 truth cases right):

| list (cases)              | city | region | articles | status | sentence | started_on | precision | birth_year | dvk_koshe |
| ------------------------- | ---- | ------ | -------- | ------ | -------- | ---------- | --------- | ---------- | --------- |
| bsa Акты (88)             | 0.0  | 93.2   | 100      | 0.0    | 31.8     | 0.0        | 0.0       | 100        | 59.1      |
| tracker csv (82)          | 100  | 100    | 100      | 100    | 100      | 100        | 100       | 100        | 92.7      |
| qantar Список (80)        | 100  | 100    | 100      | 81.2   | 100      | 100        | 100       | 97.5       | 96.2      |
| qantar Маңғыстау (34)     | 100  | 100    | 100      | 100    | 100      | 100        | 100       | 100        | 100       |
| shygys Мониторинг (46)    | 0.0  | 0.0    | 0.0      | 0.0    | 63.0     | 6.5        | 6.5       | 13.0       | 63.0      |
| **overall (330)**         | 59.4 | 84.2   | 86.1     | 54.8   | 76.7     | 60.3       | 60.3      | 87.3       | 81.2      |

(For the unread sheet and unmapped columns the "right" values are the rows whose truth is empty.)

Failure causes seen in the mismatches, grouped (counts are wrong values):
1. Header wordings not recognised at all -- shygys_monitoring.xlsx, every header an unusual Kazakh
   wording ("Қудалауға түскен азамат", "Дүниеге келген жылы", "Мекенжайы (елді мекен)", "Қолданылған
   баптар", "Істің барысы", "Қылмыстық іс басталған күн", "Саяси ұйымға қатысы" ...): no header row
   found, 48 rows lost (46 cases): 46 city, 46 region, 46 articles, 46 status, 43 started_on,
   43 precision, 40 birth_year, 17 sentence, 17 dvk_koshe. With the columns mapped by hand in a
   sources.toml (a check of the truth, not committed) the same sheet scores 100% except the two
   causes 6 and 7 below.
2. Court-extract columns left unmapped and silent -- bsa_vygruzka_2021_2023.xlsx: "Наименование суда"
   (the city is only in the court's name) -> city empty 88; "Дата судебного акта" -> started_on and
   precision empty 88 + 88, and no `no_date_column` problem says the 88 cases are in no period;
   "Резолютивная часть" (the verdict text holding punishment, term and the DVK / Koshe name) ->
   status unknown 88, sentence empty 60, DVK / Koshe tie missed 36. None of the six unmapped columns
   (also "Номер дела", "Судья", "Вид акта") is a problem row.
3. A region column giving the region at the time of the act (before the June-2022 split) is taken as
   the current region: Karaganda for Ulytau (Zhezkazgan) 4, Almaty Region for Jetisu (Taldykorgan) 2.
4. Release across columns -- qantar Список: a verdict ("4 года лишения свободы") with a release date and
   "амнистия" in the release-grounds column read as the verdict: imprisoned 11, restricted_freedom 4
   instead of released (15); the column "Итог / Основание освобождения" is unmapped, silently.
5. A year cell merged vertically over one person's two case rows is given to the first row only:
   birth_year empty 2 (the name is empty on those rows too).
6. A tie written with doubt read as a tie: "ДВК?" (tracker notes) 6, "ДВК? (по словам
   родственников)" (qantar) 3; with shygys mapped by hand, "ҚДТ?" the same.
7. (seen only with shygys mapped by hand) "сот ақтады" (the court acquitted) is an unknown status.
Also noticed, not scored: article 269 is valid but not in the article vocabulary (15 `unknown_article`
rows on Маңғыстау, the articles are still right); the compulsory medical measure ("Освободить ... от
уголовной ответственности ... применить принудительные меры медицинского характера") reads as
released when the verdict column is mapped by hand (6 rows).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from accuracy import assert_every_row_accounted, assert_fields_right
from kzanalysis.clean import clean_paths
from redteam7_lists import TRUTH_COLUMNS, write_lists

FILES = {"bsa_vygruzka_2021_2023.xlsx", "tracker_shared_export.csv", "qantar_2022_spisok.xlsx", "shygys_monitoring.xlsx"}


@pytest.fixture(scope="module")
def redteam7(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam7")
    truth = write_lists(folder)
    return folder, truth, clean_paths([folder])


def test_lists_are_written_with_their_truth(redteam7, tmp_path):
    folder, truth, _ = redteam7
    assert {p.name for p in Path(folder).iterdir()} == FILES
    assert list(truth.columns) == TRUTH_COLUMNS
    assert len(truth) == 353
    assert (truth["kind"] == "case").sum() == 330
    assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()
    assert write_lists(tmp_path).equals(truth)  # deterministic


def test_every_row_is_accounted_for(redteam7):
    _, truth, result = redteam7
    assert_every_row_accounted(truth, result)


def test_fields_are_right(redteam7):
    _, truth, result = redteam7
    assert_fields_right(truth, result)
