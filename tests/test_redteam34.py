r"""Red-team set 34 (last round's GENERALITY hold-out, fixed the round after): five lists from a new partner, scored before any fix (tests/redteam34_lists.py).

Layouts no earlier set copied: a lawyers' register with one row per hearing, an annex converted from PDF (page
headers, wrapped cells split over two rows, one page with its columns shifted), a diaspora group's English CSV
(old town names, Excel serial numbers saved as text, mm/dd dates under a header that says so), a Kazakh list
grouped under status headings, an OpenDocument list grouped under article headings. Not fixed against this
round: it measures whether the rules carry over.

Scored on main at 5e484a0, `clean_paths([folder])` on the five files (compared with the truth by `tests/accuracy.py`):

Accounting: truth 371 rows (254 cases, 117 not cases). Rows read 371 of 371; cases 302 of 254 (48 too many);
dropped 69 of 117. Every column is read, ignored or reported (`№ ЕРДР` and `Вид заседания` are
`unmapped_column`) and every undated case is said; `assert_every_row_accounted` fails on the count of cases.
- hearing register: 75 cases for 32: the 43 earlier hearings of a case are kept as cases of their own (31 of
  them with no problem row at all, 12 with an `unknown_status`); the person linkage does join the 75 rows into
  32 persons.
- PDF annex: 67 cases for 62: the page-3 header shifted by one column (`№ п/п Ф.И.О.` | `Год рождения` | ...)
  is kept as a case (loud: five value problems), so is a wrapped rest on that page (`undated`), and three wrapped
  rests that hold a patronymic beside a date's year (`Бекович` | `2021 г.`) are kept as cases dated to the year,
  SILENT. Every other repeated header, running title, page number (`- 2 -`) and 27 wrapped rests are dropped
  right (`not_a_case`, `continuation_row`), and the rests' articles, `свободы` and years are joined to the case above.
- diaspora CSV, Kazakh list, ODS list: every row right (headings, total, footnote, credits line dropped).

Per-field accuracy (%), per file and overall (truth cases):

| file (cases) | city | region | articles | status | sentence_months | started_on | precision | birth_year | dvk_koshe |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| реестр_заседаний_2021-2022.xlsx (32) | 100 | 100 | 100 | 50 | 62.5 | 100 | 100 | 100 | 84.4 |
| доклад_2021_из_pdf.xlsx (62) | 85.5 | 85.5 | 83.9 | 85.5 | 93.5 | 80.6 | 80.6 | 85.5 | 100 |
| diaspora_list_en.csv (64) | 100 | 100 | 100 | 100 | 100 | 100 | 100 | 100 | 85.9 |
| тізім_2022.xlsx (53) | 100 | 100 | 100 | 86.8 | 100 | 100 | 100 | 100 | 100 |
| по_статьям_2020.ods (43) | 100 | 100 | 72.1 | 100 | 100 | 100 | 100 | 100 | 100 |
| overall (254) | 96.5 | 96.5 | 91.3 | 87.4 | 93.7 | 95.3 | 95.3 | 96.5 | 94.5 |

Rescored at the end of the round (main after the rules of sets 31 and 33 and the review's fixes, none made with
sight of this set): the same, field for field and case for case (302 of 254). The round's rules (a database's
export, a tick matrix, a legend line, form-tool answers, the order of dates) did not touch these layouts.

Fixed the round after (the set had served as a hold-out; rules in README "Rules learned from set 34",
tests/test_rules34.py): 297 cases for 254; city, region, articles, started_on, precision, birth year 1.000, status
0.941, sentence 0.961, dvk_koshe 0.980 (diaspora CSV, Kazakh list, ODS list and PDF annex: every field 1.000). What
is left is the hearing register: each hearing row stays a case, as the truths of sets 9 and 14 read such
registers, so its earlier hearings (43 rows) are cases and the fields of its latest rows are read alone (cause 1).

Failure causes, grouped (135 wrong values; each mismatch checked against the truth, none was a truth error;
"silent" = no problem row about that value):
1. One row per hearing (register; 33 values, and the 43 extra cases above): the case's latest row is read
   alone, not with the hearings before it.
   a. latest hearing an appeal that upholds the verdict (`приговор оставлен без изменения`, 9), a
      postponement (`отложено (неявка свидетелей)`, `отложено, мера пресечения оставлена прежней`, 4), an
      extension `продлено до 3 месяцев` (1) or a refused complaint (1): status unknown, 15 values, loud
      (`unknown_status`);
   b. the verdict's term on an earlier row: sentence_months lost, 9 values (7 upheld appeals, 2 parole rows
      `ходатайство об УДО удовлетворено, освобождён` whose status released is right): silent for the term;
   c. the tie noted on the first hearing only (`сторонник ДВК`, `активист «Көше партиясы»`): dvk_koshe False,
      5 values, silent;
   d. a measure's length read as a sentence: `срок содержания под стражей продлён на 2 мес.` gives 2,
      `продлено до 3 месяцев` 3: 3 values, silent;
   e. a refused measure `в санкционировании ареста отказано, подписка о невыезде` is pretrial_detention
      (truth under_investigation): 1 value, silent.
   (`Дата заседания` is mapped to sentenced_on, so every hearing becomes a sentence date; no scored field
   is hurt since the copied opening date is earlier.)
2. PDF page with shifted columns (page 3, 9 cases, 67 values): the running number glued to the name moves
   every value one column left; the page's own header is not taken as a new header, so year, town, article,
   date and status are read from the wrong columns: city, region, birth year, status, started_on and its
   precision lost for all 9, articles 9 (two wrong rather than null: `24` and `10` from `24 февраля`,
   `10 июля 2021 г.`), terms 4; all loud (`unknown_city`, `unparsed_birth_year`, `unparsed_article`,
   `unparsed_date`, `not_a_name`). The `ДВК` that moved into the status column is still read as a tie.
3. A wrapped date whose rest row also holds a patronymic (`4 января` | next row `Бекович` ... `2021 г.`;
   7 values): started_on and precision lost on 3 cases (loud `unparsed_date`), the rest row kept as a case
   (silent, above), and on one of them the wrapped second article (`ч.1 ст.174 УК РК`) goes to that extra
   row: articles 1 value, silent. Rests with the year alone or with an article alone are joined right.
4. Part numbers alone under an article heading (ODS, `Часть статьи` = `2`, `1`): read as article 2 / 1
   beside the heading's article (`2; 405`, `1; 174`): 12 values, wrong rather than null, loud
   (`unknown_article` "CC 2"). `ч.2`, `ч. 1`, `ч.2; также ч.1 ст.174` under the heading are right.
5. Heading `VII. Тергеу жүргізілуде (қамауға алынбаған)` (under investigation, not detained; Kazakh list) gives
   no status: 7 values unknown, silent. The other groups come out right: I-IV from the rows' own sentences,
   V `Тергеу изоляторында қамауда` and VI `Үй қамағындағылар` from the heading (manifest `sections`), VIII
   `Босатылғандар` released with the sentence's term kept (manifest `released_by_stage`).
6. Diaspora `Movement` column (9 values): `DCK (alleged by police, denies)` is read as a tie (5 values,
   silent; the README reads doubt as no tie, this wording escapes the rule); `Democratic Choice` alone is no
   known name (4 ties lost, loud `unknown_affiliation`).
Noise with no value lost: `ұсталмаған` (not detained) in the Kazakh detention column is an `unparsed_date`
(5), `Қонаев (бұрынғы Қапшағай)` a `place_extra_text` (2, town right).

Read right throughout: Excel serial numbers saved as text (`44387`), `Verdict date (mm/dd/yyyy)`, `Mar 2021`,
`March 12, 2021`, all 21 old or Russian-era town names (`Alma-Ata`, `Guryev`, `Dzhambul`, `Kapchagay`,
`Taldy-Kurgan`, `Semipalatinsk`, ...), sentence plus present situation (parole, amnesty, `behind bars`);
Kazakh month names in three orders, `274-бап 4-бөлігінің 2-тармағы`, `ҚДТ-ға қатысы жоқ` as a negation;
article headings with `ч.N` parts, `05.2020` as month precision, `отбывает` / `освобождён по УДО` /
`дом. арест` / `подписка` situations; the register's copied opening date, towns and charges.
"""
from __future__ import annotations

import pytest
from accuracy import assert_every_row_accounted, assert_fields_right
from redteam34_lists import write_lists

from kzanalysis.clean import clean_paths

FILES = {"реестр_заседаний_2021-2022.xlsx", "доклад_2021_из_pdf.xlsx", "diaspora_list_en.csv", "тізім_2022.xlsx",
         "по_статьям_2020.ods"}


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam34")
    truth = write_lists(folder)
    return folder, truth


@pytest.fixture(scope="module")
def cleaned(written):
    folder, truth = written
    return truth, clean_paths([folder])


def test_lists_written_and_truth_complete(written, tmp_path):
    folder, truth = written
    assert {p.name for p in folder.iterdir()} == FILES
    assert len(truth) == 371
    assert int((truth["kind"] == "case").sum()) == 254
    assert set(truth["source_file"]) == FILES
    cases = truth.loc[truth["kind"] == "case"]
    assert cases["status"].notna().all() and cases["started_on"].ne("").all()
    assert cases["started_precision"].isin(["day", "month", "year"]).all()
    assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()
    # the same seed writes the same truth
    again = write_lists(tmp_path)
    assert again.equals(truth)


@pytest.mark.xfail(reason="red-team set 34: scores in the docstring", strict=False)
def test_every_row_accounted(cleaned):
    truth, result = cleaned
    assert_every_row_accounted(truth, result)


@pytest.mark.xfail(reason="red-team set 34: scores in the docstring", strict=False)
def test_fields_right(cleaned):
    truth, result = cleaned
    assert_fields_right(truth, result)
