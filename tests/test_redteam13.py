"""Red-team set 13 (a hold-out): five lists in layouts nobody here had copied (`redteam13_lists.py`).

Scored on main at fab3d4e, before any fix (and again on main at c988d9f, which changed no reading: the
same figures). The truth was checked against every mismatch; two readings that were not defensible were
taken out of the lists before scoring (see "Truth corrected" below).

Accounting: truth 331 rows (306 cases, 25 not cases) in 5 files, 6 sheets. Read 279 rows, 258 cases,
21 dropped. The 52 rows of `telegram_digest.xlsx` were not read (no header found; one `no_header` problem,
the file counted as unreadable). In the four files read, every row is accounted for: the dropped rows are
exactly the truth's 21 not-case rows, and every truth case is a case.

Per-field accuracy (accuracy.compare, 306 truth cases; a case not read counts as wrong where its truth
is not empty):

| file | cases | city | region | articles | status | sentence | started_on | precision | birth_year | dvk_koshe |
| --- | ---: | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| airtable_prisoners_base.csv | 80 | 1.000 | 1.000 | 0.863 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 0.887 |
| tuystar_tobi_list.xlsx (2 sheets) | 74 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 0.878 | 1.000 |
| telegram_digest.xlsx | 48 | 0.000 | 0.000 | 0.000 | 0.000 | 0.458 | 0.125 | 0.125 | 0.667 | 0.812 |
| aid_register_2022.xlsx | 56 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 0.964 | 0.964 | 1.000 | 0.750 |
| po_statyam.xlsx | 48 | 1.000 | 1.000 | 0.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |
| all | 306 | 0.843 | 0.843 | 0.650 | 0.843 | 0.915 | 0.856 | 0.856 | 0.918 | 0.895 |
| the four files read | 258 | 1.000 | 1.000 | 0.771 | 1.000 | 1.000 | 0.992 | 0.992 | 0.965 | 0.911 |

Causes, grouped (wrong values, with counts):
1. A sheet of posts has no header the tool finds (`Дата поста | Теги | Текст поста | Просмотры | Ссылка`):
   48 cases and 4 not-case posts not read: city, region, articles, status 48 each, started_on 42,
   sentence_months 26, birth_year 16, dvk_koshe 9. Loud (`no_header`), but the count shrinks. Mapping the
   columns in sources.toml (`Текст поста` = notes, `Теги` = city) does not rescue it: the header is then
   found, but all 52 rows are dropped as `not_a_case` (too little to be a case: the name is only in the
   text), so the fix the message suggests loses every case too.
2. The article named by a section heading (`Ст. 405 ч. 2 УК РК — ... (16 чел.)`) is not given to the rows
   under it: articles wrong on all 48 rows of `po_statyam.xlsx` (26 get no article, 22 only the further
   charge of `Дополнительные статьи`). Silent: no problem row says the heading named an article.
3. An administrative-code word inside a multi-select cell binds across the comma: `КоАП 488, 174 ч.2` reads
   `174` as CAO, so the criminal articles are empty (6 rows); `ст. 274 ч. 2, КоАП 488` reads 274 as CAO and
   488 as a criminal article, giving `488` (5 rows). 11 articles wrong in the Airtable export, each with an
   `unknown_article` problem that asks for a vocabulary row rather than naming the split.
4. Airtable's checkbox value `checked` is not a yes: 26 `unparsed_dvk_koshe_flag` problems; 9 ties lost
   (the 17 other rows also named the group in Notes).
5. A two-row header under merged group cells (`Получатель помощи`, `Сведения о деле`, `Выплата`) whose
   first and last cells (`№ п/п`, `Примечание`) are merged down over both rows: the header is taken as the
   second row alone (manifest `header_rows: [4]`), so those two columns have no header and are neither
   mapped nor reported (not in the manifest's columns, unmapped or ignored columns; no `unmapped_column`
   problem). The notes column is lost in silence, and with it 14 DVK/Koshe ties.
6. A fund's request and payment dates (`Дата обращения`, `Дата выплаты`) count toward started_on (the
   start-only rule for unnamed date columns): 2 cases with no event date are dated by the request to the
   fund (started_on and precision). They are reported as `unmapped_column` "counts toward started_on only",
   but under the README neither date is an event of the case.
7. Years of birth written now and then in an age column (`1994 ж.т.`, `1985 г.р.` among `32 года`,
   `45 жаста`): the column is left unmapped (reported), so 9 birth years are lost. The ages themselves were
   rightly never read as years.

After the fixes (branch fix13: a general rule for each cause, tested in wordings of its own in
`tests/test_general_rules.py`; set 13 is now SEEN). Accounting unchanged: 279 rows read, 258 cases, 21
dropped, the telegram digest still not read (cause 1 is made clearer, not read: names are never taken
from prose), so both tests stay xfail.

| file | cases | city | region | articles | status | sentence | started_on | precision | birth_year | dvk_koshe |
| --- | ---: | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| airtable_prisoners_base.csv | 80 | 1.000 | 1.000 | 0.925 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |
| tuystar_tobi_list.xlsx (2 sheets) | 74 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |
| telegram_digest.xlsx | 48 | 0.000 | 0.000 | 0.000 | 0.000 | 0.458 | 0.125 | 0.125 | 0.667 | 0.812 |
| aid_register_2022.xlsx | 56 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |
| po_statyam.xlsx | 48 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |
| all | 306 | 0.843 | 0.843 | 0.824 | 0.843 | 0.915 | 0.863 | 0.863 | 0.948 | 0.971 |
| the four files read | 258 | 1.000 | 1.000 | 0.977 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |

The 6 articles still wrong are cause 3's first half (`КоАП 488, 174 ч.2`: a code word written before
references carried past a comma); the rule that an administrative code word carried past its own clause
names only the articles that code has (branch fix12b) reads them right: with it, articles 1.000 in the
four files read (0.843 overall).

Read right, for the record: bilingual headers in one cell, phone, lawyer and bank-card columns kept out
(unmapped or ignored), Kazakh and Russian statuses and terms, a sheet of released people with grounds
(status 1.000), vertical merges over a person's two cases, `2021-03-05T00:00:00.000Z`, `March 5, 2021`,
Airtable's `Created` / `Last modified` ignored, `1.5 years`, `Fine 500 MCI`, `да?` and `allegedly ...
unconfirmed` as doubt, `ДВК-ға қатысы жоқ` as a negation, `ЗКО, г. Уральск` and `ВКО, г. Семей` to the
city's current region, `л/св 5 лет`, quarter headings and subtotal rows.

Truth corrected after the first scoring (both were my lists' fault, not the cleaner's):
- an Airtable campaign named `Koshe trial monitoring` was read as a tie; whether a campaign's name ties its
  records to the group is not one defensible reading, so the campaign is now `Trial monitoring 2021`;
- a post's `По версии следствия — участник ДВК` (the investigators' claim) is an allegation, not a plain tie:
  replaced by plain wordings (`Активист «Көше партиясы»`).
"""
from __future__ import annotations

import pytest
from accuracy import assert_every_row_accounted, assert_fields_right
from redteam13_lists import write_lists

from kzanalysis.clean import clean_paths

FILES = {"airtable_prisoners_base.csv", "tuystar_tobi_list.xlsx", "telegram_digest.xlsx", "aid_register_2022.xlsx",
         "po_statyam.xlsx"}


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam13")
    truth = write_lists(folder)
    return folder, truth, clean_paths([folder])


def test_lists_are_written_with_their_truth(cleaned):
    folder, truth, _ = cleaned
    assert {p.name for p in folder.iterdir()} == FILES
    assert set(truth["source_file"]) == FILES
    assert len(truth) == 331
    assert (truth["kind"] == "case").sum() == 306
    assert (truth["kind"] == "not_a_case").sum() == 25
    assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()
    cases = truth.loc[truth["kind"] == "case"]
    assert cases["status"].notna().all() and cases["region"].notna().all()
    # the same seed gives the same files and truth
    again = write_lists(folder / "again")
    assert again.equals(truth)


@pytest.mark.xfail(reason="red-team set 13: hold-out; scores in the docstring", strict=False)
def test_every_row_is_accounted_for(cleaned):
    _, truth, result = cleaned
    assert_every_row_accounted(truth, result)


@pytest.mark.xfail(reason="red-team set 13: hold-out; scores in the docstring", strict=False)
def test_fields_are_right(cleaned):
    _, truth, result = cleaned
    assert_fields_right(truth, result)
