"""Red-team set 25 (technical habits of spreadsheet tools and exports): scores before and after the fixes.

Set 25 is now SEEN: its rules are tested in wordings of their own in tests/test_rules25.py.

The lists and every decision taken for their truth: tests/redteam25_lists.py.

Scored on main at 386329f (before any fix), 6 files, 627 truth rows (347 cases, 280 not cases):

Accounting: rows read 317 of 627 (long_attributes.csv: 0 of 311); cases 307 of 347 (the 40 of the long
export missing, no case too many); rows dropped 10 where the truth drops 280: 9 right, 271 missing (the long
export's attribute lines) and 1 extra (the SurveyMonkey header's second line). Per file, read/truth:
reestr_smart_table 71/71 (70 cases, the totals row dropped), surveymonkey_export 64/63 (60 cases),
long_attributes 0/311, volunteers_shared 85/85 (81 cases, the three hand-over lines and the count line
dropped), excel_ru_export 53/53 (52 cases), msforms_export 44/44. Every undated case has its problem row, and
every filled column is read, ignored or reported (assert_every_undated_case_said and
assert_every_column_said pass).

Fields (accuracy.compare), overall on 347 cases: city 0.885, region 0.885, articles 0.885, status 0.885,
sentence_months 0.937, started_on 0.801, started_precision 0.801, birth_year 0.885, dvk_koshe 0.870.
Without the long export (307 cases): every field 1.000 but started_on / started_precision 0.906 and
dvk_koshe 0.906.
Per file (city, region, articles, status, sentence_months, birth_year; started_on = started_precision; dvk):
- reestr_smart_table.xlsx (70): all 1.000 (the 1904 date system, text dates, TRUE/FALSE cells, the totals row).
- surveymonkey_export.csv (60): all 1.000; started_on 0.917; dvk_koshe 0.850.
- long_attributes.csv (40): 0.000 each; sentence_months 0.450 and dvk_koshe 0.600 (right only where blank/False).
- volunteers_shared.xlsx (81): all 1.000; started_on 0.753; dvk_koshe 1.000.
- excel_ru_export.csv (52): all 1.000 (serial dates, `1,5` years, `ст.488 КоАП` left out); dvk_koshe 0.615.
- msforms_export.xlsx (44): all 1.000; started_on 0.909; dvk_koshe 1.000.
Names (in the truth, not a field of accuracy.FIELDS): 0.585 overall; 1.000 in the three registers and the CSV,
0.000 in surveymonkey_export, msforms_export and long_attributes.

Causes of the mismatches (wrong values; no truth value was found wrong on checking each group):
1. A long (key-value) layout is not read (long_attributes.csv, `no_header`: "no row names a person or a charge
   and one more field"): 40 cases lost with all their fields (city, region, articles, status, birth_year,
   started_on, started_precision 40 each; sentence_months 22; dvk_koshe 16) and 271 lines not accounted.
2. A survey tool's own time stamps date a case (9 started_on + 9 started_precision): SurveyMonkey `Start Date`
   is mapped to charged_on "by content" (so all 60 survey cases get a 2023 charged_on, a field not scored here)
   and `End Date` counts toward started_on ("start_only"); MS Forms `Completion time` counts toward started_on
   (its `Start time` is rightly ignored). Only the rows whose respondent gave no date show it in started_on
   (survey 5, MS Forms 4): they are dated in 2023 instead of undated.
3. Excel's d-mmm-yy text dates from an English-locale paste (`9-Jan-22`, `31-Dec-22`) are `unparsed_date`
   (20 started_on + 20 started_precision, volunteers_shared.xlsx: 20 of volunteer Marat's 21 rows; the one whose
   detention is `May-2022` is read right).
4. Russian Excel's booleans `ИСТИНА` / `ЛОЖЬ` are not yes/no (`unparsed_dvk_koshe_flag` on all 52 rows of
   excel_ru_export.csv): 20 dvk_koshe wrong (every TRUE).
5. A SurveyMonkey select-all question: its first option column (`DVK`, under the question's header) is ignored
   and the option columns after it have no header of their own (unmapped `column 20..22`): the 9 rows ticking
   only `DVK` lose the tie (9 dvk_koshe); rows ticking `Koshe Partiyasy` were read as tied.
6. The SurveyMonkey header's second line (`Response` / `Open-Ended Response` / option names) is read as a row
   and dropped as `not_a_case` (1 extra dropped row, rows_read one more than the truth).
7. The respondent's own columns take the name: SurveyMonkey `Last Name` and MS Forms `Name` (blank) are mapped
   to name, while the question naming the person (`Full name of the person prosecuted`, `ФИО человека,
   которого преследуют`) is left an `unmapped_column`: the 104 cases of these two files have no name.
After the fixes (each a general rule, README "Rules learned from set 25"), on the same 6 files: rows read 627 of
627, cases 347 of 347, dropped 280 of 280, every row accounted (assert_every_row_accounted passes); every field
1.000 overall and in each file (city, region, articles, status, sentence_months, started_on, started_precision,
birth_year, dvk_koshe); names 1.000 in every file. What fixed each cause:
1. long_layout.py: a sheet with no header whose middle column repeats a few labels per id (the name among
   them) is pivoted to one row per id at the id's first line; the other 271 lines are `attribute_line` drops.
2. form_tools.py + vocab/form_tool_columns.csv: where two columns only a survey tool writes stand in the
   header (`Respondent ID`, `Collector ID`; `Start time`, `Completion time`), every column of the tools' list
   (`Start Date`, `End Date`, `Email`, `Name`, `First Name`, `Last Name`) is ignored, so no form time dates a case.
3. parse/dates.py: `9-Jan-22`, `Jan-9-22` (a month name, one separator, a two-digit year last) are read.
4. vocab/yes_no.csv: `ИСТИНА` / `ЛОЖЬ`, `АҚИҚАТ` / `ЖАЛҒАН`, `✗` are checkbox marks.
5. form_tools.py: a question's option columns (blank header, an option's name in the second line) are read
   with it, and a question whose options name DVK / Koshe is the affiliation question; `None of these` and
   `Нет связи` are no group (vocab/affiliations.csv).
6. form_tools.py: a line of `Response` / `Open-Ended Response` under the header is a header row.
7. By 2: the respondent's columns are ignored, so the question naming the person is the name.
Also: a row filling only ignored columns (an abandoned response: the tool's ids and times) continues no
case (continuation.py), so it is dropped as a row with too little to be a case.

Noticed and left alone: in reestr_smart_table.xlsx `Мера / приговор` is mapped to `sentence` and `Срок` to
`status` (swapped), with the right values in the end; `Нет связи;` (MS Forms' "no tie" option) is an
`unknown_affiliation` problem.
"""
from __future__ import annotations

import pytest
from accuracy import assert_every_row_accounted, assert_fields_right
from redteam25_lists import write_lists

from kzanalysis.clean import clean_paths

FILES = {"reestr_smart_table.xlsx", "surveymonkey_export.csv", "long_attributes.csv", "volunteers_shared.xlsx",
         "excel_ru_export.csv", "msforms_export.xlsx"}


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam25")
    truth = write_lists(folder)
    return folder, truth, clean_paths([folder])


def test_lists_written_with_their_truth(cleaned):
    folder, truth, _ = cleaned
    assert {p.name for p in folder.iterdir()} >= FILES
    assert set(truth["source_file"]) == FILES
    assert len(truth) == 627
    assert int((truth["kind"] == "case").sum()) == 347
    assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()
    cases = truth.loc[truth["kind"] == "case"]
    assert cases["city"].notna().all() and cases["status"].notna().all()


def test_every_row_accounted(cleaned):
    _, truth, result = cleaned
    assert_every_row_accounted(truth, result)


def test_fields_right(cleaned):
    _, truth, result = cleaned
    assert_fields_right(truth, result)
