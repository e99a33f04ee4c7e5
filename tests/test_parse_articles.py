"""Tests of the article parser: the examples CSV (grows with each bug) and properties."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzanalysis.config import VOCAB_DIR
from kzanalysis.parse import Parsed
from kzanalysis.parse.articles import Charge, format_articles, parse_articles, title_en

EXAMPLES = Path(__file__).parent / "examples" / "articles.csv"
PROBLEMS = {None, "unparsed_article", "unknown_article", "unmapped_article_1997", "unsupported_article"}


def _compact(charges: tuple[Charge, ...] | None) -> str:
    """`CC:405:2;CAO:488:`; a point or a 1997 number adds fields: `CC:274:4:2`, `CC1997:405:2::337-1`."""
    out = []
    for c in charges or ():
        fields = [c.code, str(c.article), "" if c.part is None else str(c.part)]
        if c.point is not None or c.article_1997:
            fields.append("" if c.point is None else str(c.point))
        if c.article_1997:
            fields.append(c.article_1997)
        out.append(":".join(fields))
    return ";".join(out)


def _examples() -> list[dict[str, str]]:
    with EXAMPLES.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_enough_examples() -> None:
    assert len(_examples()) >= 70


@pytest.mark.parametrize("row", _examples(), ids=lambda r: r["input"])
def test_example(row: dict[str, str]) -> None:
    result = parse_articles(row["input"])
    assert _compact(result.value) == row["charges"]
    assert (format_articles(result.value) or "") == row["display"]
    assert (result.problem or "") == row["problem"]
    if result.problem:
        assert result.message


def test_charge_fields() -> None:
    (charge,) = parse_articles("ч.2 ст.337-1 УК РК").value
    assert charge == Charge(code="CC1997", article=405, part=2, point=None, article_1997="337-1")
    (charge,) = parse_articles("п.2 ч.4 ст.274 УК РК").value
    assert (charge.article, charge.part, charge.point) == (274, 4, 2)


def test_unknown_article_names_the_vocab_file() -> None:
    result = parse_articles("ст. 190 УК РК")
    assert result.value == (Charge("CC", 190),)
    assert result.problem == "unknown_article"
    assert "kzanalysis/vocab/articles.csv" in result.message


def test_unmapped_1997_keeps_the_other_charges() -> None:
    result = parse_articles("ст. 405 ч. 2, ст. 233-1 УК РК")
    assert result.value == (Charge("CC", 405, 2),)
    assert result.problem == "unmapped_article_1997"
    assert "articles_1997.csv" in result.message


def test_format_articles() -> None:
    charges = (Charge("CC", 405, 2), Charge("CAO", 488), Charge("CC", 174, 1), Charge("CC1997", 174, 1, None, "164"))
    assert format_articles(charges) == "174(1); 405(2)"
    assert format_articles((Charge("CAO", 488),)) is None
    assert format_articles(None) is None
    assert format_articles((Charge("CC", 405), Charge("CC", 405, 2))) == "405(2)"


def test_title_en() -> None:
    assert title_en("CC", 274) == "Dissemination of knowingly false information"
    assert title_en("CC1997", 405) == title_en("CC", 405)
    assert title_en("CAO", 488)
    assert title_en("CC", 999) is None


def test_vocab_files_are_well_formed() -> None:
    with (VOCAB_DIR / "articles.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {r["code"] for r in rows} <= {"CC", "CAO"}
    assert all(r["verified"] in ("yes", "no") and r["source"] and r["title_en"] for r in rows)
    assert len({(r["code"], r["article"]) for r in rows}) == len(rows)
    with (VOCAB_DIR / "articles_1997.csv").open(encoding="utf-8") as f:
        rows_1997 = list(csv.DictReader(f))
    assert all(r["verified"] in ("yes", "no") and r["source"] and r["article_2014"].isdigit() for r in rows_1997)
    with (VOCAB_DIR / "article_words.csv").open(encoding="utf-8") as f:
        words = list(csv.DictReader(f))
    assert all(w["source"] and w["match"] in ("exact", "prefix") for w in words)


def _check(result: Parsed) -> None:
    assert isinstance(result, Parsed)
    assert result.problem in PROBLEMS
    if result.value is not None:
        assert isinstance(result.value, tuple) and result.value
        assert all(isinstance(c, Charge) and c.code in ("CC", "CC1997", "CAO") for c in result.value)
        assert len(set(result.value)) == len(result.value)
        format_articles(result.value)
    if result.problem:
        assert result.message


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    _check(parse_articles(text))


_PIECES = st.sampled_from(
    ["ст.", "ч.", "п.", "статья", "части", "Art.", "Part", "(", ")", ",", ";", " и ", " and ", "-", "-бабы", "-бөлігі",
     "УК РК", "КоАП", "ӘҚБтК", "CAO", "1997", "г.", " ", "337-1", "456-2", "405", "174", "2", "0", "99999", "12.07.2021"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.integers(0, 3000).map(str)), max_size=12))
def test_never_raises_on_article_like_text(pieces: list[str]) -> None:
    _check(parse_articles(" ".join(pieces)))
    _check(parse_articles("".join(pieces)))
