"""Red-team set 11 (a hold-out): five lists in layouts the project had not copied, scored before any fix.

The lists and every decision taken for their truth are described in `tests/redteam11_lists.py`.

Scored on main at 636ce14 (before any fix), `clean_paths([folder])` on the five files:

Accounting. Truth: 344 rows below a header (321 cases, 23 not cases). The cleaner read 275 rows: 252 cases,
23 dropped. Rows accounted for as the truth says: 274 of 344.
- pace annex 52/52 (46 cases, 6 dropped), Батыс өңірі 61/61 (52, 9), Маңғыстау 22/22, probation csv 74/74
  (68, 6): every row as the truth says.
- tracker 66 read for 65: the 64 cases and the legend are right, but the second header row (the years
  2019-2022 under the merged group) is read as a row and dropped as `not_a_case`.
- form csv 0/70: "no header row recognised", the file counts as unreadable; its 69 cases and the test
  submission are not in the tables.

Fields (share right; a field not listed is 100%):
| list (cases) | city | region | articles | status | sentence | started_on | precision | birth_year | dvk_koshe |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| pace annex (46) | 1.000 | 1.000 | 0.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 0.935 |
| Батыс өңірі (52) | 1.000 | 1.000 | 1.000 | 0.538 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |
| Маңғыстау (22) | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |
| tracker (64) | 1.000 | 1.000 | 1.000 | 0.797 | 1.000 | 0.000 | 0.000 | 1.000 | 1.000 |
| probation csv (68) | 1.000 | 1.000 | 1.000 | 0.471 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |
| form csv (69, not read) | 0.000 | 0.000 | 0.000 | 0.000 | 0.348 | 0.145 | 0.145 | 0.217 | 0.710 |
| all (321) | 0.785 | 0.785 | 0.642 | 0.558 | 0.860 | 0.617 | 0.617 | 0.832 | 0.928 |
| the 252 cases read | 1.000 | 1.000 | 0.817 | 0.710 | 1.000 | 0.746 | 0.746 | 1.000 | 0.988 |
(The form's non-zero shares are only its empty or false truths matching an empty result.)
For reference only, not a hold-out score: the form with its headers mapped in a `sources.toml` reads
all 70 rows and every field at 100% but status, 0.913.

Causes of the 763 wrong values, grouped (each mismatch checked against the truth; no truth was changed):
1. Question-style headers of a form export (`What is the person's year of birth?`, `In which city was the
   person detained?`, `When was the person detained or first charged?`, ...): no header row found, the
   whole file lost: 513 wrong values (69 cases, every field). Loud (`no_header`, exit 1), but every count shrinks.
2. A sentence column and a current-state column on one sheet (Батыс өңірі): `Жаза` (the sentence) is
   taken as the status and `Қазіргі жағдайы` ("current situation", whose values are statuses) is left
   unmapped: status 24 wrong (released read as imprisoned 6; pre-trial detention 9, under investigation 7,
   house arrest 2 read as unknown, where `Жаза` is blank). Only the `unmapped_column` row says anything.
   (On `Маңғыстау`, `Үкім` + `Мәртебесі` map to sentence + status and all is right.)
3. Abbreviated measures: `ОСД` (restricted freedom) is unknown (22 in the probation list, each an
   `unknown_status`); `усл. осуждение` (suspended sentence) is read as imprisoned (14, silent); in the
   tracker `3 г. ОСД` is read as imprisoned (7, silent). 43 status values.
4. A wide tracker with one column per year: the year headers (integers in a second header row under a
   merged group) are not taken as headers, the year columns are joined into one column read as a status,
   and the `dd.mm` dates in them get no year: started_on and its precision wrong for all 64 (128 values),
   reported only as `no_date_column`; the years row is counted as a dropped row.
5. An annex's `Charges and sentence` column of prose is mapped to the sentence alone; the articles it
   names are not read (there is no articles column): articles wrong for all 46, silently.
6. A tie written with doubt in prose ("Allegedly sympathised with DVK (unconfirmed)") is read as a tie:
   dvk_koshe 3, with no `uncertain_tie`.
7. "задержан 06.09, домашний арест" (detained, then house arrest) is read as pre-trial detention: status 6.
After the status and tie rules (no alias or header of this set added; each rule stated in general and
tested on wordings of their own: tests/test_measures.py, tests/examples/status.csv and affiliation.csv):
- cause 2: a column whose values nearly all read as statuses is read beside the status column, and the
  latest stage of a row's status cells wins (measures.py): `Қазіргі жағдайы` beside `Жаза`; Батыс өңірі
  status 0.538 -> 1.000 (with the Kazakh stems тергел- and түзеу мекеме- as vocabulary).
- cause 3: common abbreviations of sentence kinds are vocabulary (ОСД, усл., susp.), and a bare verdict
  whose term is followed by a word the vocabulary does not know is `unknown_status`, never imprisonment in
  silence: probation csv status 0.471 -> 1.000, tracker status 0.797 -> 1.000 (with cause 7).
- cause 6: a word of doubt near the name (allegedly, unconfirmed, якобы, не подтверждено, расталмаған:
  vocab/doubt_words.csv) makes a tie uncertain, as a question mark does: pace annex dvk_koshe 0.935 ->
  1.000, three `uncertain_tie` rows.
- cause 7: of detention and house arrest, the one written last in a cell wins.
Scores now: all (321) city 0.785, region 0.785, articles 0.642, status 0.785, sentence 0.860, started_on
0.617, precision 0.617, birth_year 0.832, dvk_koshe 0.938; on the 252 cases read every field 1.000 but
articles 0.817 and started_on/precision 0.746. Causes 1, 4 and 5 (the form's question headers, the
per-year tracker, the "Charges and sentence" cell) are layout causes, fixed below.

After the layout fixes (general rules, each tested in tests/test_layouts.py on wordings of its own):
cause 1 (a question header names the field it asks about; a first row that is a header by its shape
is read), cause 4 (columns headed by years are one history, their dates take the column's year; a
fine's amount in a history is not a date) and cause 5 (a column whose header names two fields gives
both). All 344 rows are accounted for (344 read, 321 cases, 23 dropped), and

| list (cases) | city | region | articles | status | sentence | started_on | precision | birth_year | dvk_koshe |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| pace annex (46) | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 0.935 |
| tracker (64) | 1.000 | 1.000 | 1.000 | 0.797 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |
| form csv (69) | 1.000 | 1.000 | 1.000 | 0.913 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |
| all (321) | 1.000 | 1.000 | 1.000 | 0.754 | 1.000 | 1.000 | 1.000 | 1.000 | 0.991 |

(Батыс өңірі, Маңғыстау and the probation csv unchanged, as above; these are the scores with the layout
rules alone: the form's 6 statuses left were a status cell beside `N/A` in the sentence column).

With both (the status and tie rules above and the layout rules): all 344 rows accounted for and every
field 1.000 on every list.

Noticed, not scored: in the probation list `Начало срока` (start of serving the term) is read by content
as `charged_on` (a charge date after the verdict for all 68), and `Конец срока` (end of term, in the
future) counts toward started_on; neither changes started_on here, as `Дата приговора` is earlier.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from accuracy import assert_every_row_accounted, assert_fields_right, compare
from redteam11_lists import write_lists

from kzanalysis.clean import clean_paths

FILES = {"pace_annex_kazakhstan_2023.xlsx", "batys_monitoring_2022.xlsx", "tracker_po_godam.xlsx",
         "osd_probation_2023-03-01.csv", "form_responses_cases.csv"}


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam11")
    truth = write_lists(folder)
    return truth, clean_paths([folder]), folder


def test_lists_written_with_their_truth(cleaned):
    truth, _, folder = cleaned
    assert {p.name for p in Path(folder).iterdir()} == FILES
    assert len(truth) == 344
    assert (truth["kind"] == "case").sum() == 321
    by_file = truth.loc[truth["kind"] == "case"].groupby(["source_file", "source_sheet"]).size().to_dict()
    assert by_file == {("batys_monitoring_2022.xlsx", "Батыс өңірі"): 52, ("batys_monitoring_2022.xlsx", "Маңғыстау"): 22,
                       ("form_responses_cases.csv", ""): 69, ("osd_probation_2023-03-01.csv", ""): 68,
                       ("pace_annex_kazakhstan_2023.xlsx", "Annex"): 46, ("tracker_po_godam.xlsx", "Трекер"): 64}
    # one truth row per row, and the truth's values are of the kinds the README allows
    assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()
    cases = truth.loc[truth["kind"] == "case"]
    assert set(cases["status"]) <= {"imprisoned", "restricted_freedom", "probation", "fined", "pretrial_detention",
                                    "house_arrest", "under_investigation", "released", "acquitted", "unknown"}
    assert set(cases["started_precision"].dropna()) <= {"day", "month", "year"}


def test_status_and_ties_right_on_the_lists_read(cleaned):
    """Causes 2, 3, 6 and 7 fixed: on every list but the form (not read: a layout cause), status, term and tie right."""
    truth, result, _ = cleaned
    read = truth.loc[truth["source_file"] != "form_responses_cases.csv"]
    _wrong, accuracy = compare(result.cases, read)
    assert {f: accuracy[f] for f in ("status", "sentence_months", "dvk_koshe", "city", "birth_year")} == dict.fromkeys(
        ("status", "sentence_months", "dvk_koshe", "city", "birth_year"), 1.0)
    doubt = result.problems.loc[(result.problems["problem"] == "uncertain_tie")
                                & (result.problems["source_file"] == "pace_annex_kazakhstan_2023.xlsx")]
    assert len(doubt) == 3


def test_every_row_accounted(cleaned):
    truth, result, _ = cleaned
    assert_every_row_accounted(truth, result)


def test_fields_right(cleaned):
    truth, result, _ = cleaned
    assert_fields_right(truth, result)


@pytest.mark.parametrize("file", sorted(FILES))
def test_every_file_is_read_right_field_by_field(cleaned, file):
    """Causes 1-7 fixed: every field of every list at 1.000."""
    truth, result, _ = cleaned
    wrong, accuracy = compare(result.cases.loc[result.cases["source_file"] == file], truth.loc[truth["source_file"] == file])
    low = {f: round(a, 3) for f, a in accuracy.items() if a < 1}
    assert not low, f"{low}\n{wrong.head(20).to_string()}"
