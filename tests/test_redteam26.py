"""Red-team set 26 (hold-out): four unfamiliar lists, five sheets; see tests/redteam26_lists.py for the files,
what each stresses and the decisions taken for the truth.

The generality hold-out of its round: written while the rules for sets 22-25 were being made, and never
fixed against. Rescored on main at dbad0e1, with the rules of sets 22, 23, 24 and 25 in: every figure below is
the same but the article 274 tracker's status, 90.3 -> 93.1 (all: 61.1 -> 61.7). In between, set 23's rule for
further charge columns read that tracker's `ID` column (KZ274-001, ...) as charges (articles 100 -> 1.4); the
rescore caught it, and only a header naming charges now makes a further charge column.

Scored on main at 386329f (before any fix; `clean_paths` on the five files, `tests/accuracy.py` `compare`):

Accounting: rows read 369 = truth 369; cases 350 = truth 350; dropped 19 = exactly the truth's 19 non-case
rows (section headings, year separators, footnotes, source lines, totals); every undated case and every
column is said (`assert_every_row_accounted` passed from the first score: it is an ordinary test now, no xfail).

Per-field accuracy, % (cases):
| file / sheet | cases | city | region | articles | status | sentence_months | started_on | precision | birth_year | dvk_koshe |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| amnistiya_hodataistva_2025.xlsx / Ходатайства | 68 | 100 | 100 | 100 | 100 | 100 | 100 | 100 | 100 | 100 |
| obrashcheniya_priemnaya_2023-2025.csv | 78 | 100 | 100 | 100 | 100 | 100 | 96.2 | 96.2 | 100 | 100 |
| art274_false_information_tracker.csv | 72 | 100 | 100 | 100 | 90.3 | 100 | 100 | 100 | 100 | 100 |
| golodovki_zdorovie_monitoring_2026.xlsx / Мониторинг | 54 | 100 | 100 | 100 | 5.6 | 100 | 100 | 100 | 100 | 100 |
| kasachstan_politische_gefangene_de.xlsx / In Haft | 42 | 0 | 0 | 0 | 0 | 38.1 | 0 | 0 | 100 | 92.9 |
| kasachstan_politische_gefangene_de.xlsx / Ohne Haft | 36 | 0 | 0 | 0 | 0 | 36.1 | 0 | 0 | 100 | 91.7 |
| all | 350 | 77.7 | 77.7 | 77.7 | 61.1 | 86.0 | 76.9 | 76.9 | 100 | 98.3 |
| all but the German list (languages SPEC promises) | 272 | 100 | 100 | 100 | 78.7 | 100 | 98.9 | 98.9 | 100 | 100 |
(The German sheets' 38%/36% sentence_months are only the rows whose truth is empty: no term was read.)

Failure causes (each mismatch checked against the truth; no truth was changed after scoring):
1. German headers not known (78 cases x every field but birth_year): `Ort`, `Festnahme`, `Urteil vom`, `Strafmaß`,
   `Entlassen am`, `Bemerkungen` are `unmapped_column` (loud; `Ort` holds Almaty, Astana, Oral, Atyrau the
   vocabulary knows, yet no "looks like" is given for it), so city/region, dates (sheet `no_date_column`),
   terms are empty; `Status` is mapped but every German status (`in Haft`, `U-Haft`, `Hausarrest`,
   `Bewährung`, `Freiheitsbeschränkung`, `freigelassen`, `freigesprochen`, `Geldstrafe`) is `unknown_status`
   (78). `Jahrgang` was read by content (birth_year 100%).
2. German articles read WRONG, not empty (62 of 78): `Vorwurf` is read as free text and `Art. 405 Abs. 2`
   gives `2; 405` (the part becomes an article; `Art. 174 Abs. 1, Art. 405 Abs. 2` gives `1; 2; 174; 405`);
   the 62 rows also carry `unknown_article`, but the wrong value is in `articles`. 16 (`Artikel 405 Absatz 2
   StGB`, ...) are empty.
3. German doubt/negation read as a tie, silently (6): `angeblich DVK` and `kein DVK-Bezug` in the unmapped
   `Bemerkungen` column give dvk_koshe True with no `uncertain_tie` / `negated_affiliation` row.
4. Status from a free-text health column (51 of 54, monitor): `Состояние здоровья` is mapped to status by
   keyword; its cells (`без жалоб`, `после голодовки ослаблен`) are `unknown_status` (41) and `потерял 12 кг`
   an `unparsed_term` (10), and the unknown status wins over the section heading `В колониях` (read as
   status=imprisoned, applied only to the 3 rows with a blank health cell). `Учреждение` (colony codes) is
   ignored, so the bare term beside a colony does not give imprisoned; the heading `В СИЗО (до приговора)` is
   not read as pre-trial detention (10). Also silently: the hunger-strike range column is mapped to
   `charged_on` by content (not scored; started_on unaffected here only because strikes follow arrest).
5. Measure `none` with no verdict (5, tracker): truth under_investigation (charged, not in custody, not
   sentenced), got unknown (`pending` / `trial ongoing` give `unknown_status`); `travel ban` rows are right.
6. A release date not taken as release (1, tracker row 62): `detention`, `1 yrs imprisonment` 29 April 2025,
   `Released` 31 March 2026 -> imprisoned (released_on is read; status is not released).
7. started_on from a column that is not a case date (3, register rows 27, 55, 69): rows with neither a
   detention nor a verdict date get started_on = the complaint's date of receipt (`Дата поступления`, itself
   reported `unmapped_column`), no detained/charged/sentenced/released date, no problem row.
Noise (values right, problems misleading): the amnesty sheet's `Приговор / суд` column is mapped to the
sentence and gives 27 `unknown_status` + 41 `unparsed_term` on court names; `Амнистия / решение` is mapped
to release_grounds (status still right); `Амнистия / дата решения` is unmapped, so released_on is empty for the
amnesty-released rows (not a scored field); `Petropavlovsk, NKO` / `Uralsk (WKO)` give `place_extra_text` (7)
though the city is right.
"""
from __future__ import annotations

import pytest
from accuracy import assert_every_row_accounted, assert_fields_right
from redteam26_lists import write_lists

from kzanalysis.clean import clean_paths

TRUTH_ROWS = 369
TRUTH_CASES = 350
FILES = {"amnistiya_hodataistva_2025.xlsx", "obrashcheniya_priemnaya_2023-2025.csv",
         "kasachstan_politische_gefangene_de.xlsx", "art274_false_information_tracker.csv",
         "golodovki_zdorovie_monitoring_2026.xlsx"}


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam26")
    truth = write_lists(folder)
    return folder, truth, clean_paths([folder])


def test_files_written_and_truth_complete(cleaned):
    folder, truth, _ = cleaned
    assert {p.name for p in folder.iterdir()} >= FILES
    assert set(truth["source_file"]) == FILES
    assert len(truth) == TRUTH_ROWS
    assert int((truth["kind"] == "case").sum()) == TRUTH_CASES
    assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()
    cases = truth.loc[truth["kind"] == "case"]
    assert cases["status"].notna().all() and cases["city"].notna().all() and cases["articles"].notna().all()


def test_every_row_accounted(cleaned):
    _, truth, result = cleaned
    assert_every_row_accounted(truth, result)


@pytest.mark.xfail(reason="red-team set 26: hold-out; scores in the docstring", strict=False)
def test_fields_right(cleaned):
    _, truth, result = cleaned
    assert_fields_right(truth, result)
