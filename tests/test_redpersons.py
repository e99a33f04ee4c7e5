"""Persons hold-out (tests/redpersons_lists.py): pairwise precision and recall of the person linkage.

Written by a helper who read neither the linkage code (kzanalysis/link.py), the sample generator, the linkage
tests nor the vocabularies: the lists are written as NGOs write names, not as the linkage was tuned. Pairs are
pairs of case rows: precision = true pairs linked / pairs linked (rows sharing a person_id), recall = true
pairs linked / true pairs (rows sharing the truth's `person`). Scored before any fix.

Scored on main at 636ce14 (`clean_paths([folder])` on the six lists; 543 case rows, 300 people, 340 true pairs):

| linkage | precision | recall | pairs linked | true pairs found |
| --- | --- | --- | --- | --- |
| kzanalysis (cases.person_id) | 1.000 | 0.935 | 318 | 318 of 340 |
| baseline: exact Latin name (words sorted, lower case) + birth year | 1.000 | 0.150 | 51 | 51 of 340 |

- Every one of the 543 rows is a case; 312 persons found for 300 true ones.
- `links`: 316 pairs linked, 23 review, 2 not_linked. Of the 23 review pairs 10 are one person and 13 are
  two people (all of them the same-name-same-year namesakes: "Досжанов Дархан Кайратович" (Zhanaozen) and
  "Досжанов Дархан Талгатович" (Astana), both 1975; Айтмұхамбетов Ерлан 1956, Ғалымжанов Ермек 1958,
  Мырзахметов Медет 1985). 9 of the 22 missed pairs are in review: an analyst deciding every review pair
  right brings recall to 327/340 = 0.962.
- Without the pairs involving the debatable -ұлы/-қызы surname (see redpersons_lists.py) recall is 0.948
  (311 of 328).
- No false link: all 45 planted namesake and relative pairs (same name in other cities or years, same name
  and year with another patronymic, brothers, rhyming brothers Ерлан/Ержан, spouses, father and son, near
  surnames Ахметов/Ахмедов) were kept apart.

After its misses were read (so the set is no longer unseen for these causes), two rules were added to the
name folds (kzanalysis/link.py): German Je at a word's start is Е and tsch is Ч; a surname stem's last у or к
that the doubled-letter fold joined with the ending -ұлы / -қызы is left out (Төлеуұлы / Толеуов,
Жұмабекқызы / Жумабекова). Scored again on main after them: precision 1.000, recall 0.971 (330 of 340);
`links`: 328 linked, 18 review, 1 not_linked. The generated seeds and records score as before (no German
spellings there). Still missed: Ж written Sch (Galymschanow / Галымжанов), French spellings (Fedortchouk),
typos with no year. The precision and recall tests below now run as normal tests.
After the German and Polish rule that persons hold-out 2 led to (sch, -ow, ch as х, j as й; ж and ш alike; see
tests/test_redpersons2.py): precision 1.000, recall 0.991 (337 of 340); `links`: 333 linked, 18 review.

Missed true pairs before the fixes (22; each checked against the truth; cause = the variation that sets the two rows apart):
1. German spelling of the name (Ж as Sch, Х as Ch, Е as Je, -ов as -ow, З/С as s/ss): 13 pairs, 10 not judged
   at all (no row in `links`: the pair was never compared), 3 in review. "Сапаргалиев Ерлан Аскарович" /
   "SAPARGALIEV Erlan" ~ "Jerlan Sapargaliew" (1979, Astana); "Дуйсенов Ерболат Кайратович" ~ "Jerbolat
   Dujsenow" (1974, Aktau, 4 pairs of one person); "Saule Uzakbaeva" ~ "Saule Usakbaewa" (1997, Almaty);
   "BEYSENOV Zhasulan" ~ "Schassulan Bejsenow" (1963, Almaty); in review (score 5): "Нурпейисов Санжар
   Сабитович" ~ "Sanschar Nurpejissow" (1999, Kostanay).
2. Surname in the -ұлы/-қызы form: 5 pairs, 4 in review (score 5, "name (weak)"), 1 not_linked.
   "Жумабекова Назгуль Сабитовна" ~ "Жұмабекқызы Назгүл" and ~ "Jūmabekqyzy Nazgül" (1997, Astana);
   "Толеуов Аскар" / "TOLEUOV Askar" ~ "Асқар Төлеуұлы" (1958, Oskemen); not_linked (score 3): "Төлеуов Асқар"
   (1957, a year off) ~ "Асқар Төлеуұлы" (1958).
3. A volunteer's typo: 3 pairs, 2 in review. "Кайыркенов Медет Бахытович" ~ "Кайыркенов Меет Бахытович"
   (1995, Almaty; review, score 6, although patronymic, year and city agree) and "КАЙЫРКЕНОВ Медет" ~
   "Кайыркенов Меет Бахытович" (review); "Толеуов Ермек Аскарович" ~ "Jeremk Toleuow" (German and two letters
   swapped; 1984, Oskemen; not judged).
4. Birth year one off together with a German spelling: 1 pair, not_linked (score 3): "Aizhan Nurlanova"
   (1969) ~ "Ajschan Nurlanowa" (1968), Astana.
No miss comes from initials, a missing year, French spelling, the Kazakh Latin script, swapped order,
capitals or a hyphen on its own.

Baseline misses (289), first cause that applies: a patronymic on one row only 132 (the Russian and Kazakh
lists write it, the English and European ones do not: "Toleuov Nur Islam Nurlanovich" ~ "TOLEUOV Nur Islam");
another spelling 77 (Russian vs Kazakh patronymic "Akhmetov Arman Talgatovich" ~ "Akhmetov Arman Talgatuly",
Kazakh Latin letters "Üsenov Medet Tūrsynūly", Latin schemes, hyphen); birth year one off 32; a row without a
year 25; typo or initials 16; -ұлы surname 7. So this set is much harder for exact matching than the issue's
held-back lists (baseline recall about 0.80 there): mostly because lists differ in whether they write the
patronymic, and in script. The tool's scores here are not directly comparable with a 0.80-baseline set.
"""
from __future__ import annotations

from itertools import combinations

import pandas as pd
import pytest
from redpersons_lists import SEED, make_people, near, write_lists

from kzanalysis.clean import clean_paths

KEY = ["source_file", "source_sheet", "source_row"]


def pairs(groups: pd.Series) -> set[tuple[int, int]]:
    """Every pair (i, j), i < j, of row positions that share a group; a null group links nothing."""
    out: set[tuple[int, int]] = set()
    frame = pd.DataFrame({"g": groups.to_numpy()}).dropna()
    for idx in frame.groupby("g").indices.values():
        out.update(combinations(sorted(frame.index[idx]), 2))
    return out


def pair_scores(found: pd.Series, truth: pd.Series) -> dict[str, float]:
    """Pairwise precision (true pairs found / pairs linked) and recall (true pairs found / true pairs)."""
    got, true = pairs(found.reset_index(drop=True)), pairs(truth.reset_index(drop=True))
    hit = len(got & true)
    return {"precision": hit / len(got) if got else 1.0, "recall": hit / len(true) if true else 1.0,
            "true_pairs": len(true), "linked_pairs": len(got), "true_found": hit}


def baseline_key(cases: pd.DataFrame) -> pd.Series:
    """The issue's baseline: the Latin name lower-cased with its words sorted, plus the birth year;
    a row without a year matches nothing."""
    words = cases["name_latin"].fillna("").str.lower().str.split().map(lambda w: " ".join(sorted(w)))
    year = cases["birth_year"].astype("Int64")
    return (words + "|" + year.astype(str)).where(year.notna() & (words != ""))


def joined(cases: pd.DataFrame, truth: pd.DataFrame) -> pd.DataFrame:
    """The truth's rows with the cleaned case of each (inner join on file, sheet, row)."""
    got = cases.assign(source_row=cases["source_row"].astype(int), source_sheet=cases["source_sheet"].fillna(""))
    return truth.merge(got, on=KEY, how="inner", suffixes=("_truth", ""))


@pytest.fixture(scope="module")
def lists(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redpersons")
    truth = write_lists(folder)
    result = clean_paths([folder])
    return truth, result, joined(result.cases, truth)


def test_the_set_is_written_as_described(lists):
    truth, _, _ = lists
    assert 400 <= len(truth) <= 600
    assert 250 <= truth["person"].nunique() <= 350
    assert not truth.duplicated(KEY).any()
    per_person = truth.groupby("person").size()
    assert (per_person == 1).sum() > 100 and (per_person >= 3).sum() > 30
    within_list = truth.groupby(["person", "source_file"]).size()
    assert (within_list >= 2).sum() >= 15  # people named twice in one list


def test_no_coin_flips_among_the_people():
    """Outside the planted pairs no two people have near names; a planted pair is told apart by birth year
    (3+ years), by patronymic and city, or by sex and given name."""
    import random

    people = make_people(random.Random(SEED))
    assert len(people) == 300 and len({p.key for p in people}) == 300
    for i, p in enumerate(people):
        for q in people[i + 1:]:
            if not near(p, q):
                continue
            assert q.key == p.partner, (p, q)
            years = abs(p.born.year - q.born.year)
            assert years >= 3 or (p.father_kz != q.father_kz and p.city != q.city and p.patronymic_always), (p, q)
    planted = [p for p in people if p.partner]
    assert len(planted) == 90 and not any(p.weak_ok for p in planted if near(p, next(q for q in people if q.key == p.partner)))


def test_every_truth_row_is_a_case(lists):
    truth, result, got = lists
    assert len(got) == len(truth)
    assert result.manifest["totals"]["cases"] == len(truth)
    assert got["person_id"].notna().all()
    assert (got["name_truth"] == got["name"]).all()  # the join lands on the row the truth means


def test_person_linkage_precision(lists):
    _, _, got = lists
    assert pair_scores(got["person_id"], got["person"])["precision"] >= 0.95


def test_person_linkage_recall(lists):
    _, _, got = lists
    assert pair_scores(got["person_id"], got["person"])["recall"] >= 0.95


def test_pair_scores_count_pairs():
    truth = pd.Series(["a", "a", "a", "b", "b", "c"])
    found = pd.Series([1, 1, 2, 2, 2, 3])
    # true pairs: (0,1) (0,2) (1,2) (3,4); linked: (0,1) (2,3) (2,4) (3,4)
    assert pair_scores(found, truth) == {"precision": 0.5, "recall": 0.5, "true_pairs": 4, "linked_pairs": 4, "true_found": 2}
    key = baseline_key(pd.DataFrame({"name_latin": ["Akhmetov Nurlan", "nurlan AKHMETOV", "Akhmetov Nurlan"],
                                     "birth_year": pd.array([1980, 1980, None], dtype="Int64")}))
    assert key.iloc[0] == key.iloc[1] and pd.isna(key.iloc[2])


def test_baseline_is_computed_on_the_set(lists):
    """The issue's baseline scored on the same rows (its figures are in the docstring)."""
    _, _, got = lists
    scores = pair_scores(baseline_key(got), got["person"])
    assert scores["true_pairs"] > 200 and 0 < scores["recall"] < 1
