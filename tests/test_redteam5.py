"""Red-team set 5: HRW / Amnesty annex layouts and OVD-Info-style exports, scored before the issue-8 fixes.

The lists and every decision taken for their truth are described in tests/redteam5_lists.py
(5 sheets in 4 files, 361 rows below a header: 346 cases and 15 rows that are not cases).

Scored on main at da9d0e8 and again, with the same figures, at 93a6f42 (``clean_paths`` on the
folder, ``accuracy.compare``):

Accounting: rows read 361 of 361; cases 346 of 346; dropped 15 of 15, exactly the truth's
non-case rows (section headings, a note inside the table, totals, footnotes). Per sheet
(read / cases / dropped): HRW Annex I 90/82/8, HRW Released 42/40/2, Amnesty csv 70/66/4,
OVD export 118/118/0, OVD archive 41/40/1. ``assert_every_row_accounted`` passes.

Per-field accuracy (city, region, articles, status, sentence_months, started_on,
started_precision, birth_year, dvk_koshe):

| list | city | region | articles | status | sentence | started_on | precision | birth_year | dvk_koshe |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| HRW Annex I (82) | 1.000 | 1.000 | 1.000 | 0.768 | 1.000 | 0.890 | 0.890 | 0.963 | 1.000 |
| HRW Released (40) | 1.000 | 1.000 | 1.000 | 0.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |
| Amnesty csv (66) | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |
| OVD export (118) | 0.771 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 0.958 |
| OVD archive (40) | 0.775 | 1.000 | 1.000 | 0.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |
| all (346) | 0.896 | 1.000 | 1.000 | 0.714 | 1.000 | 0.974 | 0.974 | 0.991 | 0.986 |

Failure causes in the mismatches (161 wrong values on 139 rows):

1. status, 99 wrong: the latest stage lost across columns and headers.
   - 40, HRW ``Released`` sheet: there is no status column; the sentence cell gives the original
     prison term and the ``Released on`` date and the ``Grounds for release`` column (unmapped) say
     the person is free; read ``imprisoned`` (issue 8, point 3).
   - 40, OVD archive: the outcome column is headed ``Итог``, not recognised (unmapped); status then
     comes from ``Приговор``: released read ``imprisoned`` 16 and ``restricted_freedom`` 20,
     ``Оправдан(а)`` read ``unknown`` 4. The ``Дата освобождения`` column was mapped but did not
     make the case released.
   - 19, HRW Annex I: the header ``Status as of June 30, 2021`` is not recognised (unmapped); the
     ``Sentence`` column was taken as status and ``Dates / Verdict`` (second row of a two-row
     header) as the sentence. Rows with a status but no sentence text fell to ``unknown``:
     pretrial_detention 8, under_investigation 5, house_arrest 3, compulsory_treatment 2,
     acquitted 1. Side effects not in the scored fields: no ``sentenced_on`` on that sheet (0 of 62
     verdict dates), and the verdict dates read as a sentence give 27 ``unparsed_term`` and 35
     ``unknown_status`` problem rows.
2. city, 36 wrong: an OVD ``Регион`` cell naming a city of republican significance (``г. Алматы``,
   ``г. Нур-Султан``, ``г. Шымкент``) with a blank ``Город`` gives no city (region is right):
   OVD export 27, archive 9.
3. started_on and started_precision, 9 each: an English cell with two dates
   (``Arrested 02.06.2020; charged 13.06.2020``, ``Charged 5 December 2020 (detained 20 November
   2020)``) is ``unparsed_date``; those rows have no date at all and are counted in no period.
4. dvk_koshe, 5 wrong: ``ДВК?`` in the ``Связь с организацией`` column is read as a tie
   (the README: a doubt is not a tie) and no ``uncertain_tie`` problem is written.
5. birth_year, 3 wrong: a Year of birth cell merged vertically over a person's two case rows is
   not carried to the second row (the merged Name is lost there too: 4 rows with no name).

Held well: every article (English with descriptions in brackets, Russian, administrative charges
left out), every sentence term (including an added ban on activity), every region (old regions
in ``Регион`` overridden by the town's current region), footnote markers on places, an ``Age``
column left unmapped rather than read as a year, negations of DVK/Koshe, the whole Amnesty csv.
After the issue-8 fixes (branch unfamiliar): every row accounted for and every field 1.000 on
every list. The fixes were general (a sheet of released people, dates that deny a non-date
header, a city of republican significance in a region column, cells merged down, dates with
event words, the earliest of two dates, `ДВК?` as doubt); no alias or pattern was added for
this set.

Also seen, not scored, before the fixes: no ``unmapped_column`` problem rows existed for the unmapped headers
(``Status as of ...``, ``Age``, ``Grounds for release``, ``Итог``, ``Тема``, ``Пол``, ``ID``,
``Ссылка``), and ``Convicted`` / ``Осуждён(а)`` write 35 ``unknown_status`` problems although
the status is then read right from the sentence.
"""
from __future__ import annotations

import pandas as pd
import pytest
from accuracy import assert_every_row_accounted, assert_fields_right
from redteam5_lists import write_lists

from kzanalysis.clean import clean_paths

FILES = {"hrw_annex_kazakhstan_2021.xlsx", "amnesty_kazakhstan_update_2022.csv", "ovd_kz_prosecutions_export.csv",
         "ovd_kz_archive_closed.csv"}


@pytest.fixture(scope="module")
def set5(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam5")
    truth = write_lists(folder)
    return folder, truth, clean_paths([folder])


def test_lists_are_written_with_their_truth(set5):
    folder, truth, _ = set5
    assert {p.name for p in folder.iterdir()} == FILES
    assert len(truth) == 361
    assert int((truth["kind"] == "case").sum()) == 346
    assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()
    cases = truth.loc[truth["kind"] == "case"]
    assert cases["status"].ne("").all() and cases["articles"].ne("").all()
    assert pd.to_datetime(cases["started_on"]).notna().all()


def test_lists_are_deterministic(set5, tmp_path):
    folder, truth, _ = set5
    again = write_lists(tmp_path)
    pd.testing.assert_frame_equal(truth, again)
    for name in FILES - {"hrw_annex_kazakhstan_2021.xlsx"}:
        assert (folder / name).read_bytes() == (tmp_path / name).read_bytes()


def test_every_row_is_accounted_for(set5):
    _, truth, result = set5
    assert_every_row_accounted(truth, result)


def test_fields_are_read_right(set5):
    _, truth, result = set5
    assert_fields_right(truth, result)
