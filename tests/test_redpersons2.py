"""Persons hold-out 2, scored: pairwise precision and recall of `cases.person_id` on six lists written from
outside the linkage (tests/redpersons2_lists.py says how, and every decision taken for the truth).

Scored on main at fab3d4e (before any fix; nothing in kzanalysis/ changed), `clean_paths([folder])` on the six
files (5 to 10 s on the shared machine): 582 case rows, every truth row a case, 300 people. The same
figures on main at c988d9f.
- Tool: 454 true pairs, 412 pairs linked, 412 right: precision 1.000, recall 0.907 (42 pairs missed).
  `links`: 428 pairs judged, 402 linked, 23 review, 3 not_linked. All 23 review pairs are the same person:
  18 of them are misses (the other 5 join rows that other links already put together); the 3 not_linked
  are different people (rightly). The other 24 misses were never judged (no row in `links`: the blocking
  never put the two rows together).
- Baseline of the issue (name_latin lower-cased, words sorted, plus birth_year; rows without a year match
  nothing): 40 pairs linked, all right: precision 1.000, recall 0.088. So this set is far harder for exact
  matching than the issue's held-back lists (recall 0.80 there). Why: the patronymic is present in some lists
  and not in others, and Russian -ович and Kazakh -ұлы Latinise differently; on surname and given name alone
  (first two words, sorted) plus year, exact matching gets recall 0.365 on the 400 pairs whose rows both
  have a year. The tool's recall is what should be compared, not the set's difficulty alone.
- Namesakes and relatives: no false link. The 10 namesake pairs, 7 brothers, 5 couples and 3 fathers and
  sons all stay apart (the 3 not_linked pairs: "Смагулов Аскар Сапарович" vs
  "Смағұлов Асхат Қайратұлы", twice, and "Үсенов Қанат Бақытұлы" vs "ЕСЕНОВ Канат Серикович": near
  namesakes among the other people, in other cities).

The 42 missed pairs, by cause (each checked against the truth; three truth mistakes found this way were
fixed in the generator before this score, see its docstring):
1. German spellings (Sch for Ж and Ш, Ch for Х, s for З, w for В, -ow/-owa, Je- for Е): 28 pairs (20
   against Cyrillic or other Latin, 5 German-French, 3 German-Polish); 13 in review, 15 never compared.
   "ЖОЛДАСБЕКОВ Жасулан Нурланович 1985" ~ "Schassulan SCHOLDASBEKOW 1985" (never compared);
   "Darchan Koschachmetow 1964" ~ "КОЖАХМЕТОВ Дархан Оразбекович 1964" (review);
   "Temirlan JAKSYLYKOV 1990" (FR) ~ "Temirlan SCHAKSYLYKOW 1990" (DE) (never compared).
2. Polish spellings (Ż, Sz, Ł, ie after a consonant, -ow/-owa): 8 pairs (7 against Cyrillic or other Latin,
   1 French-Polish); 2 in review. "ZAKHAROVA Iuliia 1976" ~ "Julija ZACHAROWA 1976" (never compared);
   "Birżan Tursynow, no year" ~ "Тұрсынов Біржан Жұмабайұлы 1961" (review);
   "Akmaral CHAKENOVA 1993" ~ "Akmaral Szakienowa 1993" (never compared).
3. French spellings against Cyrillic with the year missing in the annex: 2 pairs, never compared:
   "ФЁДОРОВА Юлия Сергеевна 1996" ~ "Iouliia Fiodorova, no year"; "Кузнецова Юлия Сергеевна 1955" ~
   "Iouliia KOUZNETSOVA, no year".
4. Informal or passport Latin with a typo or no year: 3 pairs, 2 in review, 1 never compared:
   "JAQSYLYQOV Ashat, no year" ~ "Жақсылықов Асхат, no year" (review); "ZHOLDASBEKOV Narzhan 1990" (typo) ~
   "Жолдасбеков Нуржан Жумабаевич, no year" (review); "Ghalymjan Esenov 1969" ~ "Есенв Галымжан Даулетович
   1969" (typo, never compared).
5. A doubled letter within Kazakh letters: 1 pair in review: "Тәжібаев Ілияс Төлегенұлы 1980" ~
   "Тәжібаев Ілияяс Төлегенұлы 1980".
In all, 14 of the 42 involve a row without a year. Outside the European spellings only 4 pairs are missed
(causes 4 and 5), each with a typo or with no year in both rows. No pair is missed for initials, a missing
patronymic, swapped order, Kazakh against Russian letters, -ов against -ұлы/-қызы, a full date of birth
against a year, a year one off, or passport, BGN or Kazakh Latin 2021 against Cyrillic alone.
The full date of birth of the verdict digest is read as the year in all 132 rows.

After the linkage learned German and Polish spellings (a name spelled with sch, sz, cz, ż, ł or a German or Polish ending in w reads ch as
х, j before a vowel as й, sz as ш, cz as ч, ż as ж, ł as л; and ж and ш fold alike, as German writes both sch),
on main after recall3's rules, which changed nothing here (1.000 / 0.907): precision 1.000, recall 0.965
(438 of 454 pairs; 8 review). This set is no longer unseen for those spellings. Still missed (16 pairs):
German sch for с + х (Aschat / Асхат) and schtsch / French chtch for щ; French ch for ш with no other French
letter (CHAKENOVA); typos and rows without a year (causes 3 to 5 above).

To see the misses again after a change: `PYTHONPATH=. python tests/test_redpersons2.py` prints the scores
and every missed or false pair with how its rows write the name.
"""
from __future__ import annotations

import pandas as pd
import pytest
from redpersons2_lists import write_lists

from kzanalysis.clean import clean_paths

KEY = ["source_file", "source_sheet", "source_row"]


def pairs(groups: pd.Series) -> int:
    """Number of pairs of rows that share a value (rows with a missing value pair with nobody)."""
    n = groups.dropna().value_counts()
    return int((n * (n - 1) // 2).sum())


def pairwise(truth_key: pd.Series, got_key: pd.Series) -> dict[str, float]:
    """Pairwise precision and recall of a grouping `got_key` against `truth_key` (same rows, same order)."""
    true = pairs(truth_key)
    linked = pairs(got_key)
    both = pairs((truth_key.astype(str) + "\x1f" + got_key.astype(str)).where(got_key.notna()))
    return {"true_pairs": true, "linked_pairs": linked, "found": both,
            "precision": both / linked if linked else 1.0, "recall": both / true if true else 1.0}


def baseline_key(cases: pd.DataFrame) -> pd.Series:
    """The issue's baseline: the Latin name lower-cased with its words sorted, plus the birth year."""
    words = cases["name_latin"].fillna("").str.lower().str.split().map(sorted).str.join(" ")
    key = words + "|" + cases["birth_year"].astype("string")
    return key.where(cases["birth_year"].notna() & words.ne(""))


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    folder = tmp_path_factory.mktemp("redpersons2")
    truth = write_lists(folder)
    result = clean_paths([folder])
    cases = result.cases.assign(source_sheet=result.cases["source_sheet"].fillna("").astype(str),
                                source_row=result.cases["source_row"].astype(int))
    truth = truth.assign(source_sheet=truth["source_sheet"].fillna("").astype(str),
                         source_row=truth["source_row"].astype(int))
    joined = truth.merge(cases, on=KEY, how="left", suffixes=("_truth", ""), indicator=True)
    return truth, result, joined


def test_every_truth_row_is_a_case(linked):
    truth, result, joined = linked
    assert (truth["kind"] == "case").all()
    missing = joined.loc[joined["_merge"] != "both", KEY]
    assert missing.empty, missing.head(10).to_string()
    assert len(result.cases) == len(truth)


def test_pairwise_precision(linked):
    _, _, joined = linked
    score = pairwise(joined["person"], joined["person_id"])
    assert score["precision"] >= 0.95, score


def test_pairwise_recall(linked):
    _, _, joined = linked
    score = pairwise(joined["person"], joined["person_id"])
    assert score["recall"] >= 0.95, score


def test_the_baseline_is_scored(linked):
    """The baseline's figures are the ones written in the docstring: the set is as hard as it says."""
    _, _, joined = linked
    score = pairwise(joined["person"], baseline_key(joined))
    assert score["true_pairs"] > 300
    assert score["recall"] < 0.9, score  # a set exact matching solves would not test the linkage


def test_pairwise_counts_what_it_says():
    truth = pd.Series(["a", "a", "a", "b", "b", "c"])
    got = pd.Series(["x", "x", "y", "y", "y", None])
    score = pairwise(truth, got)
    assert score["true_pairs"] == 3 + 1
    assert score["linked_pairs"] == 1 + 3
    assert score["found"] == 2  # rows 0-1 (a) and 3-4 (b); 2-3 and 2-4 join a and b
    assert score["precision"] == 0.5 and score["recall"] == 0.5


def report(joined: pd.DataFrame, links: pd.DataFrame) -> str:
    """The scores, then every missed and every false pair with the way its two rows write the name."""
    import itertools

    tool, base = pairwise(joined["person"], joined["person_id"]), pairwise(joined["person"], baseline_key(joined))
    row = {cid: i for i, cid in enumerate(joined["case_id"])}
    judged = zip(links["case_id_a"], links["case_id_b"], links["decision"])
    decision = {frozenset((row[a], row[b])): d for a, b, d in judged if a in row and b in row}
    out = [f"tool {tool}", f"baseline {base}", f"links {links['decision'].value_counts().to_dict()}"]

    def show(i: int) -> str:
        r = joined.iloc[i]
        return f"{r['name']} ({r['birth_year']}, {r['city']}; {r['source_file']} {r['source_row']}; {r['variation']})"

    for title, groups, other in (("missed", "person", "person_id"), ("false", "person_id", "person")):
        for _, g in joined.reset_index(drop=True).groupby(groups):
            for a, b in itertools.combinations(g.index, 2):
                if joined[other].iloc[a] != joined[other].iloc[b]:
                    out.append(f"{title}: {show(a)} ~ {show(b)} [{decision.get(frozenset((a, b)), 'not judged')}]")
    return "\n".join(out)


if __name__ == "__main__":
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        truth = write_lists(Path(tmp)).assign(source_row=lambda t: t["source_row"].astype(int))
        result = clean_paths([Path(tmp)])
        cases = result.cases.assign(source_sheet=result.cases["source_sheet"].fillna("").astype(str),
                                    source_row=result.cases["source_row"].astype(int))
        print(report(truth.merge(cases, on=KEY, how="left", suffixes=("_truth", "")), result.links))
