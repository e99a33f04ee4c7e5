"""Red-team set 8 (a hold-out): five lists in layouts copied from real published ones (`redteam8_lists.py`).

Written by a helper who read neither the sample generator nor the vocabularies, and kept apart from every
helper fixing the cleaner this round. Scored again after those fixes were merged (main after the merge of
the court, free-text and start-date rules): every row accounted for; city, region, articles, sentence,
birth_year and dvk_koshe 1.000; status 0.989; started_on 0.935; started_precision 0.957. The two causes
below (a date inside a "Court, date" cell, a status-history column) were then fixed by two general
rules (court.py `court_dates`, stage_history.py), each tested on wordings of its own in
test_unfamiliar.py and test_parse_history.py; nothing was added to the vocabularies because of this set.
After them: every row accounted for; every field 1.000 but status 0.997 (one row: tracker row 39, status
"нет данных" beside a history "задержан 09.12.2022", is pretrial_detention by the rule that the last step
of a history wins over a status that says less; the truth has unknown, a reading that can be argued).

Scored on main at c7e8588 (before any fix), `clean_paths` on the five files:

Accounting: rows read 372 = truth 372 (352 cases + 20 rows that are not cases); cases 352 = 352; the 20
rows dropped are exactly the truth's 20 non-case rows (section headings, a header repeated at a page
break, footnotes, notes, totals). Every row accounted for (test_every_row_accounted passes).

Per-field accuracy (%), cases per file and sheet:

| file / sheet                        | cases | city | region | articles | status | sentence | started_on | precision | birth_year | dvk_koshe |
| annex2_trial_monitoring / Annex II  |   60  | 100  |  100   |   100    |  100   |   100    |    75.0    |   75.0    |    100     |    100    |
| annex2_trial_monitoring / Annex III |   15  | 100  |  100   |   100    |  100   |   100    |    100     |   100     |    100     |    100    |
| dvk_koshe_volunteers / 2018..2021   |  120  | 100  |  100   |   100    |  100   |   100    |    100     |   100     |    100     |    100    |
| kz_tizim_274_405 / Тізім            |   52  | 100  |  100   |   100    |  100   |   100    |    100     |   100     |    100     |    100    |
| oral_ngo_monitoring.ods             |   35  | 100  |  100   |   100    |  100   |   100    |    100     |   100     |    100     |    100    |
| tracker_export.csv                  |   70  | 100  |  100   |   100    |  94.3  |   100    |    88.6    |   88.6    |    100     |    100    |
| all                                 |  352  | 100  |  100   |   100    |  98.9  |   100    |    93.5    |   93.5    |    100     |    100    |

Below 98%: started_on and started_precision (93.5%). Failure causes, grouped (mismatches counted):
1. A verdict date inside a "Court, date" column (court name and date in one cell) is not read: the
   column is listed as ignored (a court column), so the 15 Annex II rows whose "Date of arrest" is "—"
   have no start date (15 started_on + 15 started_precision). Loud only as per-row `undated` problems
   naming "Date of arrest"; there is no `unmapped_column` problem for "Court, date", though its values
   are mostly dates.
2. A status-history column ("задержан 12.03.2021 → осуждён 05.08.2021 → освобождён 01.02.2023") is
   not read (an `unmapped_column` problem for the sheet: "at most 79% read as statuses"):
   a. 8 tracker rows whose detention date is only in the history have no start date
      (8 started_on + 8 started_precision; each with an `undated` problem);
   b. 4 released tracker rows whose "Статус сейчас" cell is blank and whose history ends in a release
      come out `unknown` (status; the term from "Срок" is right). No problem row names these rows.
Loud but harmless: "наказание отбыто" is an `unknown_status` (the status is right through the
"Дата освобождения" column); "None stated" is an `unknown_affiliation`; "Добавлено" (date added to
the tracker) is rightly unmapped, with its `sources.toml` line. In an earlier draw of the set (before
more wordings changed the random stream) a Latin-Kazakh "tergeu izoliatorynda" (pre-trial detention)
was not read (unknown_status).

Truth checked against every mismatch; two corrections of the truth, none of the cleaner: the released
sheet (Annex III) has no affiliation column, so dvk_koshe is False there (the first truth had used the
generator's tie); a section heading "Задержанные после акции ..." was read by the cleaner as a
pre-trial-detention heading for a row with a blank status, a reading that can be argued, so the heading
was reworded neutral ("Дела после акции 6 июля") rather than scored.
"""
from __future__ import annotations

import pandas as pd
import pytest
from accuracy import FIELDS, assert_every_row_accounted, assert_fields_right
from redteam8_lists import TRUTH_COLUMNS, write_lists

from kzanalysis.clean import clean_paths

FILES = {"annex2_trial_monitoring.xlsx", "dvk_koshe_volunteers.xlsx", "kz_tizim_274_405.xlsx", "tracker_export.csv",
         "oral_ngo_monitoring.ods"}


@pytest.fixture(scope="module")
def red_team(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam8")
    truth = write_lists(folder)
    return folder, truth, clean_paths([folder])


def test_lists_are_written_with_their_truth(red_team, tmp_path):
    folder, truth, _ = red_team
    assert {p.name for p in folder.iterdir()} == FILES
    assert list(truth.columns) == TRUTH_COLUMNS
    assert len(truth) == 372
    assert (truth["kind"] == "case").sum() == 352
    assert set(truth["source_file"]) == FILES
    assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()
    cases = truth.loc[truth["kind"] == "case"]
    assert set(FIELDS) <= set(cases.columns)
    assert cases["status"].notna().all() and cases["city"].notna().all()
    # the same lists every time: nothing random without a seed
    again = write_lists(tmp_path)
    pd.testing.assert_frame_equal(truth, again)


def test_every_row_accounted(red_team):
    _, truth, result = red_team
    assert_every_row_accounted(truth, result)


def test_fields_right(red_team):
    _, truth, result = red_team
    assert_fields_right(truth, result)
