"""Red-team set 30 (a hold-out until scored; now seen): English lists of international press-freedom, defenders' and think-tank sources.

The lists and every decision taken for their truth are in tests/redteam30_lists.py.

Scored on main at 70613ac (before any fix), 5 files / 6 sheets, 336 rows below a header, 321 cases:
- Accounting: rows read 336 of 336; cases 321 of 321; dropped 15 of 15, exactly the truth's non-case
  rows (section headings, totals, footnotes, a legend row). Every row accounted for.
- Fields, overall (321 cases): city 100%, region 100%, articles 96.3% (12 wrong), status 100%,
  sentence_months 100%, started_on 61.1% (125 wrong), started_precision 73.5% (85 wrong),
  birth_year 95.6% (14 wrong), dvk_koshe 100%.
- Per file (cases): FLD_defenders_caselist.xlsx (72): birth_year 80.6%, all else 100%.
  RSF_barometer_Kazakhstan.xlsx (54, two sheets): all 100%. Observatory_HRD_annex.xlsx (70): all 100%.
  central_asia_repression_tracker.csv (85): started_on 0%, started_precision 0%, all else 100%.
  UN_SR_communications_KAZ.xlsx (40): articles 70.0%, started_on 0%, all else 100% (precision is right
  only because the wrong date is a day date too).

Failure causes, grouped (counts are wrong values):
1. A date column whose event another column names (tracker, started_on and precision 85+85): the header
   `Event Date (MM/DD/YYYY)` names no event; the row's event is in `Repression Type` (Arrest,
   Sentencing). The column is left unmapped and the sheet gets `no_date_column`: all 85 cases undated.
2. A date that is not an event of the case read as one (UN communications, started_on 40): `Date sent`
   (when the letter to the government was sent, 20-90 days after the last event) is read as
   `sentenced_on`; the real dates are only in the `Summary of allegations` prose, which is read for
   dates only in a sheet with no date column, so every case is dated by the letter.
3. Articles in English prose (UN summary, read as narrative; 12):
   - `Part 2 of Article 405` (part before the article word) loses its part: 405(2) -> 405, 272(2),
     174(2), 405(1) likewise (6);
   - charges in words only after `charged with` (`inciting social discord`, `dissemination of
     knowingly false information`) are not read in prose (5), though the same words in a Charges
     column are read right in the other files;
   - the day of the next sentence's date taken as an article (`... and 405 Part 2. Sentenced on 4th
     ...` -> `4; 174(1); 405(2)`, an `unknown_article` problem) (1).
4. Year of birth inside the name cell (FLD, birth_year 14): `Serik Sadykova (b. 2002)` with the Born
   cell blank is not read. The same 20% of such cells also pushed the name column under the 80%
   names-by-content share: `Human rights defender` is an `unmapped_column` and all 72 names of the
   sheet are empty (name is not a scored field, but it is lost for the whole sheet).
Read right, though new here: British ordinals (`3rd March 2022`), `since Mar. 3, 2022`, `Article 174.1
CC RK`, `Article 405.2`, number words (`seven years`), `3.5 years`, `restriction of liberty`,
`released under amnesty`, `reduced to 3 years on appeal` inside a verdict cell with its date, `Oral
(formerly Uralsk)`, `Kapshagay (now Konaev)`, `Semey, East Kazakhstan`, old oblast names in a region
column, a counters block above the header, a two-row merged header, year heading rows.
After the rules of "Rules learned from set 30" (README; tests/test_rules30.py), the set now SEEN: all 336 rows
accounted (321 cases, 15 dropped, the same rows); every field 1.000 in every file (articles 1.000, started_on 1.000,
started_precision 1.000, birth_year 1.000), and the 72 names of the FLD sheet read (its name column named by its
values again). What each cause became:
1. `event_kinds.py`: `Repression Type` names each row's event, so `Event Date (MM/DD/YYYY)` (read month first, as its
   header says) gives detained_on for an Arrest and sentenced_on for a Sentencing; no `no_date_column`.
2. A letter's or communication's date is never a date of the case (a `never a date` row of
   vocab/header_patterns.csv): `Date sent` is ignored, and the summary prose dates the sheet.
3. English prose: ordinal days are whole dates (`on 14th March 2023`: day, not month), `Part 2 of Article 405` keeps
   its part, a number before `. Sentenced` ends its sentence, and a charge named after `charged with` is read
   (prose_charges.py, vocab/charge_verb_words.csv).
4. A bracketed year of birth keeps a name cell a name (content.py), so `Human rights defender` is the name column
   and the name cell gives the year where `Born` is blank.
Sets 2-29, the samples and tests/test_accuracy.py score as before these rules.
Truth corrected while scoring: the note "Authorities claim DVK links; he denies" was read as a tie by
the cleaner; as a reading it is a coin flip (the case is tied to DVK by the prosecution), so it was
replaced by a plain doubt ("Allegedly linked to DVK (unconfirmed)", false). No other mismatch was a
truth error.
"""
from __future__ import annotations

import pytest
from accuracy import assert_every_row_accounted, assert_fields_right
from redteam30_lists import write_lists

from kzanalysis.clean import clean_paths

FILES = {"FLD_defenders_caselist.xlsx", "RSF_barometer_Kazakhstan.xlsx", "central_asia_repression_tracker.csv",
         "Observatory_HRD_annex.xlsx", "UN_SR_communications_KAZ.xlsx"}


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redteam30")
    truth = write_lists(folder)
    return truth, clean_paths([folder]), folder


def test_lists_written_with_their_truth(cleaned):
    truth, _, folder = cleaned
    assert {p.name for p in folder.iterdir() if p.is_file()} >= FILES
    assert set(truth["source_file"]) == FILES
    assert len(truth) == 336
    assert int((truth["kind"] == "case").sum()) == 321
    assert not truth.duplicated(["source_file", "source_sheet", "source_row"]).any()


def test_every_row_accounted(cleaned):
    truth, result, _ = cleaned
    assert_every_row_accounted(truth, result)


def test_fields_right(cleaned):
    truth, result, _ = cleaned
    assert_fields_right(truth, result)
