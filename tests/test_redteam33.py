r"""Red-team set 33 (hold-out): tool exports and volunteer data entry, scored before any fix (tests/redteam33_lists.py).

Five files as NGOs' tools export them: a KoboToolbox XML-values export (group-path headers, choice codes, a
select_multiple as a codes cell and 0/1 columns, a repeat-group sheet of hearings), an Airtable CSV (linked
records, multi-selects, a checkbox, US date fields), a Notion CSV (emoji Kazakh select options, date ranges,
the tie only in `Tags`), a Google Sheets volunteers' list of court decisions (the court as the only place,
terms with numbers in words, TRUE/FALSE checkboxes, a sheet of dropdown lists), an ODK Central CSV (`-`
group paths, Kazakh-Latin place codes, English stage codes, test submissions, the submission's own `Status`).

Scored on main at 5e484a0, `clean_paths([folder])` on the five files (no fix made):

Accounting: truth 342 rows (307 cases, 35 not cases). Rows read 336 of 342; cases 307 of 307; dropped 29:
exactly the 27 Kobo hearing rows (no name column: `no_name_column`, all dropped as `not_a_case`) and the 2
ODK test submissions. Missing: the 6 rows of the Google file's `Справочник` sheet (the dropdowns' option
lists), not read at all (`no_header`, loud); that sheet alone makes `assert_every_row_accounted` fail (on
rows_read). Every undated case is said; every filled column is read, ignored or `unmapped_column`.

Per-field accuracy over the 307 truth cases:
| field | overall | Kobo (72) | Airtable (62) | Notion (58) | Google sheet (66) | ODK (49) |
| --- | --- | --- | --- | --- | --- | --- |
| city | 0.987 | 0.9444 | 1 | 1 | 1 | 1 |
| region | 0.987 | 0.9444 | 1 | 1 | 1 | 1 |
| articles | 0.6287 | 0.0972 | 1 | 1 | 1 | 0 |
| status | 0.9446 | 1 | 1 | 1 | 1 | 0.6531 |
| sentence_months | 0.8599 | 0.4028 | 1 | 1 | 1 | 1 |
| started_on | 0.8436 | 1 | 0.2258 | 1 | 1 | 1 |
| started_precision | 0.9446 | 1 | 0.7258 | 1 | 1 | 1 |
| birth_year | 1 | 1 | 1 | 1 | 1 | 1 |
| dvk_koshe | 0.9739 | 0.8889 | 1 | 1 | 1 | 1 |

Failure causes, grouped (each mismatch checked against the truth; no truth value had to change; "loud" = a
problem row about that value on that row, "silent" = none):
1. Choice codes of a select_multiple that carry the part after an underscore (Kobo `st405_2 st174_1`, ODK
   `a405_2 a174_1`): the part is read as an article of its own (`405(2)` -> `2; 405`, `174(1); 405(2)` ->
   `1; 2; 174; 405`), with `unknown_article` for `st405_2` etc. but the wrong value kept: 114 values (Kobo
   65 of 72: right only where the row's charges are the `other` text, `ст. 378 ч.2 УК РК` read right, or the
   partless `st179`; ODK 49 of 49). The Kobo one-column-per-choice 0/1 columns
   (`case/charges/articles/st405_2`, ...) say the same and are `unmapped_column`: the article a 0/1 column's
   header names is never given to the rows with 1.
2. A term in two integer questions (Kobo `case/outcome/term_y` years, `case/outcome/term_m` months): both read
   as term cells without a unit (`term_m` as a status column), `unparsed_term` on each (86 problem rows),
   sentence_months empty: 43 of 43 terms lost, loud.
3. Airtable's US date fields (`Charged` and `Verdict` in M/D/YYYY, 31 of the `Charged` values impossible
   day first) are read day first: started_on 48 wrong of 62. 18 silent (both numbers 12 or less, read with
   day and month swapped: `8/11/2019` -> 2019-11-08, or a later date of the row then taken); 13 loud (`impossible_date` on the charge date, the later
   detention date taken instead); 17 undated, loud (impossible charge date, no detention date, and the
   `Verdict` column is `unmapped_column`, so no date is left): started_precision empty on those 17. The
   truth reads the field month first from the column's evidence; SPEC's day-first reading is for a value
   with no such evidence, so the 18 silent values are where the reading is a judgement (the 30 others are not).
4. ODK English stage codes `remand` (8, pretrial_detention) and `restricted` (9, restricted_freedom) give
   unknown, loud (`unknown_status`): status 32/49. (`investigation`, `house_arrest`, `prison`, `suspended`,
   `fine`, `acquitted`, `released` are read.)
5. Kobo's `other` town with the town in `case/place/city_other` (`Экибастуз` x3, `Сатпаев`): `city_other` is
   `unmapped_column`, `other` is `unknown_city`: city and region empty, 4 rows, loud.
6. Ties (Kobo, 8 silent): the select_one `case/tie` is read as notes, joined to the note (`...; dk`), so the
   list's own answer never overrules a note. A Kazakh doubt `ҚДТ-ға қатысы бар ма, белгісіз` ("whether tied
   to QDT is unknown", tie `dk`) is read as a DVK tie (6 rows); `обвинение считает его сторонником ДВК, сам
   отрицает` with tie `no` is a tie (2 rows; the truth follows the list's explicit `no`: a debatable
   decision, stated in the lists' docstring). The Russian doubt `возможно, сторонник ДВК (не подтверждено)` is
   read right, with `uncertain_tie`.

Read right throughout: Kobo group-path headers, `nur_sultan`/`uralsk`/`ust_kamenogorsk`/`kapshagay` codes,
transliterated measure codes, a full date of birth as birth_year, `today` and `_submission_time` never an
event, the repeat-group sheet dropped; Airtable linked-record towns, a stale lookup region (`region_differs`),
`"ст.174 ч.1, ст.405 ч.2"`, `checked`, `2y 6m`/`18m`, notes over two lines (rows stay aligned); Notion entire
(emoji Kazakh statuses, `174-бап 1-бөлік`, ranges with `→`, dates with a time, Kazakh terms `2 жыл 6 ай`,
the tie in `Tags`, relations with Notion addresses); the Google sheet entire (the town from the court's
name in Russian and Kazakh, `3 (три) года ... лишения свободы`, a ban's term left out, `освобождён по УДО`,
TRUE/FALSE, `Дата внесения` no event); ODK `-` paths, Kazakh-Latin place codes, `qdt`/`koshe`, the test
submissions dropped. Noticed, no effect here: ODK's own `Status` column (the submission's) is mapped to the
case's status; it is empty in this export.
"""
from __future__ import annotations

import pytest
from accuracy import assert_every_row_accounted, assert_fields_right
from redteam33_lists import write_lists

from kzanalysis.clean import clean_paths

FILES = {"Мониторинг_уголовного_преследования_-_all_versions_-_False_-_2022-11-15-08-31-42.xlsx", "Дела-Grid view.csv",
         "Cases 8c1f2e4a9b7d4c0e8a1b2c3d4e5f6a7b.csv", "Приговоры — волонтёры.xlsx", "pp_monitoring.csv"}


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam33")
    truth = write_lists(folder)
    return folder, truth


@pytest.fixture(scope="module")
def cleaned(written):
    folder, truth = written
    return truth, clean_paths([folder])


def test_lists_written_and_truth_complete(written, tmp_path):
    folder, truth = written
    assert {p.name for p in folder.iterdir()} == FILES
    assert len(truth) == 342
    assert int((truth["kind"] == "case").sum()) == 307
    assert set(truth["source_file"]) == FILES
    cases = truth.loc[truth["kind"] == "case"]
    assert cases["status"].notna().all() and cases["started_on"].ne("").all()
    assert cases["city"].notna().all() and cases["articles"].ne("").all()
    assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()
    # the same seed writes the same truth
    again = write_lists(tmp_path)  # elsewhere: the cleaned folder must hold the five files only
    assert again.equals(truth)


@pytest.mark.xfail(reason="red-team set 33: scores in the docstring", strict=False)
def test_every_row_accounted(cleaned):
    truth, result = cleaned
    assert_every_row_accounted(truth, result)


@pytest.mark.xfail(reason="red-team set 33: scores in the docstring", strict=False)
def test_fields_right(cleaned):
    truth, result = cleaned
    assert_fields_right(truth, result)
