"""Persons hold-out 3 (tests/redpersons3_lists.py): is the same invented person, written as NGOs of other
countries write names, linked across six lists and within them?

Scored on main at 614d4ee (before any fix), `clean_paths` on the six lists, 534 case rows, 291 people:
- every truth row is a case (534 read, 534 cases, no problem rows);
- the tool: pairwise precision 1.000 (328 of 328 linked pairs right), recall 0.901 (328 of 364 true pairs);
  314 persons for 291. `links`: 323 linked, 17 review, 8 not_linked; of the 17 review pairs 14 are the same
  person (10 of them are among the misses below, since review keeps a pair apart; 4 end in one person through
  other links) and 3 are namesakes of group C (same name
  and year, other city and patronymic: Тоқтаров Ержан Төлегенұлы, Oral / Токтаров Ержан Муратович, Kostanay):
  right to ask. None of the 74 pairs of different namesakes is linked.
- the issue's baseline (name_latin lower-cased, words sorted, plus birth year; no year, no match):
  precision 1.000, recall 0.126 (46 of 364). Without the patronymic words (-ovich, -ovna, -uly, -kyzy) it
  would be 0.239 (87 of 90 linked pairs right). So this set is far harder for exact matching than the
  issue's held-back lists (recall about 0.80 there): half the rows (274 of 534) are in Latin letters in
  five schemes, the Cyrillic lists write patronymics, 59 rows have no year and 12 a year one off.
- recall by the kinds of list the two rows come from: both Cyrillic 66/67, Cyrillic-digest 70/73,
  Cyrillic-Turkish 44/51, Cyrillic-Ukrainian 50/60, Cyrillic-Uzbek 21/25, digest-Turkish 9/12,
  digest-Ukrainian 14/19, digest-Uzbek 7/8, the other pairs of kinds 47/49; inside one list 46/47.

The 36 missed pairs, by cause (each checked against the truth; no truth row had to be corrected):
1. Ukrainian forms of Russian given names (with Г -> H in the surname): 10 pairs, 6 of them in review.
   'Цой Евгений Викторович' (1979, Aktau) ~ 'Yevhen Tsoi' (1979, Aktau), review;
   'ГРЕБЕНЮК Сергей Иванович' (1997, Taraz) ~ 'Serhii Hrebeniuk' (no year, Taraz);
   'Ihor Pavlov' (no year, Atyrau) ~ 'PAVLOV Igor' (1999, Atyrau).
2. Turkish-style spelling of Kazakh names (C for Ж, ı, e for Ә, ü, ğ): 9 pairs, 2 in review.
   'КОЖАХМЕТОВ Ержан Сакенович' (1987, Semey) ~ 'Yercan Kocahmetov' (1987, Semey);
   'ЖУНИСОВА Зауре Муратовна' (1997, Oskemen) ~ 'Zeure Cünisova' (1997, Oskemen);
   'Тажибаев Еркин Адилович' (1992, Shymkent) ~ 'Yerkin Tecibayev' (1992, Shymkent).
3. Чингиз, the Russian form of Шыңғыс / Shyngys / Şınğıs: 5 pairs (one person of two written both ways,
   once inside one list), none in review.
   'ЕРМЕКОВ Чингиз Ерланович' (2001, Kostanay) ~ 'YERMEKOV Shyngys' (2001, Kostanay);
   'Касымов Ш.Н.' ~ 'КАСЫМОВ Чингиз Нурланович' (both 1977, Kostanay, both in advokaty_zhelisi.csv);
   'КАСЫМОВ Чингиз Нурланович' ~ 'Şınğıs Kasımov' (1977, Kostanay).
4. Ukrainian romanisation of Kazakh names (Г/Ғ -> H, Isaieva): 5 pairs, none in review.
   'Ғабдуллин Болат Мұратұлы' (1997, Kostanay) ~ 'Bolat Habdullin' (1997, Kostanay);
   'КАСЫМОВ Галым' (2001, Pavlodar) ~ 'Halym Kasymov' (2001, Pavlodar) (2 pairs: a person twice in one list);
   'Nazhul Isaieva' (no year, Kostanay) ~ 'ISAYEVA Nazgul' (1996, Kostanay).
5. Uzbek Latin (Цой -> Soy, Ғ -> G'): 4 pairs, none in review.
   'Цой Владимир Иванович' (1974, Almaty) ~ 'Soy Vladimir' (1974, Almaty) (3 pairs with the other spellings);
   "G'abdullin Aset" (1987, Almaty) ~ 'Aset Habdullin' (no year, Almaty).
6. Uzbek forms of Uzbek names: 2 pairs, 1 in review.
   'Юлдашев Шерзод' (1982, Shymkent) ~ "Yo'ldoshev Sherzod Shuxrat o'g'li" (1982, Shymkent), review;
   'Юлдашев О.Р.' (1980, Shymkent) ~ "Yo'ldoshev Oybek" (1980, Shymkent).
7. A -ұлы surname against the -ов form: 1 pair, in review:
   'Абдулла Әлімжанұлы' (no year, Astana) ~ 'ALIMZHANOV Abdolla' (1998, Astana).
(The pairs a typo, a year one off or a missing year made hard are among these: of the 36, 13 have a row
without a year, 1 a typo; 25 are two reports of the same case, with the same date and articles.)

False links: none.

After the spelling schemes and given-name forms (kzanalysis/name_schemes.py, vocab/given_names.csv):
precision 1.000 (352 of 352 linked pairs right), recall 0.967 (352 of 364); 298 persons for 291; `links`:
347 linked, 8 review (5 the same person, 3 the namesakes of group C above), 8 not_linked. None of the 74
pairs of different namesakes is linked. Fixed: causes 1 (Ukrainian given names), 3 (Чингиз), 6 (Uzbek
forms), 7 (Абдолла), most of 2 (Turkish: Yercan, Cünisova, Canbolat, Caksılıkov) and of 4 (Hrebeniuk,
where the given name is a Ukrainian form). The 12 pairs still
missed, and why no rule of the folding takes them without taking English spellings too:
- Ukrainian H for Г / Ғ in a name with no Ukrainian mark (Halym Kasymov twice, Aset Habdullin twice, Bolat
  Habdullin): 5 pairs; English spellings write h for х (Hasanov), so a lone h is not enough;
- Nazhul Isaieva (Назгуль): zh is ж in every scheme (the Ukrainian system writes зг as zgh): 1 pair;
- Uzbek Soy for Цой, with no Uzbek letter in the name: 3 pairs;
- Turkish e for Ә, and c with no Turkish letter (Yerkin Tecibayev twice; Edil Üsenov / Adil, in review):
  3 pairs (a c alone is how English and French write к: Nicolaev).
"""
from __future__ import annotations

import pandas as pd
import pytest
from redpersons3_lists import write_lists

from kzanalysis.clean import clean_paths

KEY = ["source_file", "source_sheet", "source_row"]


def _pairs(frame: pd.DataFrame, by: list[str]) -> int:
    """Number of unordered pairs of rows that share every column in `by`."""
    sizes = frame.groupby(by, dropna=True).size()
    return int((sizes * (sizes - 1) // 2).sum())


def pairwise(frame: pd.DataFrame, predicted: str, truth: str = "person") -> dict[str, float]:
    """Pairwise precision and recall of the grouping `predicted` against `truth` (one row per case row)."""
    true_pairs, linked = _pairs(frame, [truth]), _pairs(frame, [predicted])
    found = _pairs(frame, [truth, predicted])
    return {"true_pairs": true_pairs, "linked_pairs": linked, "found": found,
            "precision": found / linked if linked else 1.0, "recall": found / true_pairs if true_pairs else 1.0}


def baseline_key(cases: pd.DataFrame) -> pd.Series:
    """The issue's baseline: the transliterated name, lower-cased, words sorted, plus the birth year. A row
    without a year matches nothing (it gets a key of its own)."""
    words = cases["name_latin"].fillna("").str.lower().str.split().map(sorted).str.join(" ")
    key = words + "|" + cases["birth_year"].astype("string")
    return key.where(cases["birth_year"].notna(), "no year:" + cases["case_id"].astype(str))


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redpersons3")
    truth = write_lists(folder)
    result = clean_paths([folder])
    cases = result.cases.assign(source_sheet=result.cases["source_sheet"].fillna("").astype(str),
                                source_row=result.cases["source_row"].astype(int))
    joined = truth.merge(cases[[*KEY, "case_id", "person_id", "name_latin", "birth_year"]], on=KEY, how="left",
                         suffixes=("", "_got"), validate="one_to_one")
    joined["baseline"] = baseline_key(joined.assign(case_id=joined["case_id"].fillna("missing")))
    return truth, result, joined


def test_every_truth_row_is_a_case(linked):
    truth, result, joined = linked
    assert result.manifest["totals"]["rows_read"] == len(truth)
    assert result.manifest["totals"]["cases"] == len(truth)
    missing = joined.loc[joined["case_id"].isna(), KEY]
    assert missing.empty, f"truth rows not found as cases: {missing.head(10).to_string()}"
    assert joined["person_id"].notna().all()


def test_the_baseline_is_scored(linked):
    """The baseline is computed on every row and never links two rows of different years (a check that the
    key is what the issue names, not a score to reach)."""
    _, _, joined = linked
    score = pairwise(joined, "baseline")
    assert score["linked_pairs"] > 0
    years = joined.groupby("baseline")["birth_year"].nunique()
    assert (years <= 1).all()


def test_pairwise_precision(linked):
    _, _, joined = linked
    score = pairwise(joined, "person_id")
    assert score["precision"] >= 0.95, score


def test_pairwise_recall(linked):
    _, _, joined = linked
    score = pairwise(joined, "person_id")
    assert score["recall"] >= 0.95, score
