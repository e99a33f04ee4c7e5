"""Charges named in words, with no article number: `разжигание социальной розни`,
`participation in a banned organisation`, `тыйым салынған ұйымның қызметіне қатысу`.

In: one cell as text. Out: `read_charge_names(text) -> (charges, problem message or None)`, the
charges (`Charge`, criminal code) in the order their names are written.

Where the names come from (data, not code): `kzanalysis/vocab/charge_names.csv`, one row per
wording with its article and, where the wording fixes it, the part (organising a banned
organisation is 405(1), taking part 405(2)); and the titles of `kzanalysis/vocab/articles.csv`
(Russian, Kazakh, English) for a cell that writes a title in full. Rows of kind `connector`
(`в`, `of`, `the`, `және`) are words that never count, in a wording or in a cell.

Reading rules:
- Words are compared by stem, so inflected forms match: a word of a wording is a prefix of the
  cell's word, cut to its stem (three letters or fewer: the whole word; four or five: all but the
  last letter; longer: all but the last two); a word written with `*` (`организ*`, `ұйым*`) is a
  prefix as written.
- The words of a wording must come in its order, with at most three other words between two of
  them (`разжигание социальной и национальной розни` is `разжигание ... розни`), never over a `;`
  or a line break, and never over words of another article's name (`финансирование экстремистской
  деятельности, а также пропаганда терроризма` is 258 and 256, not `финансирование ... терроризма`).
- A name found inside a longer one of another article gives way to it; one inside a name of the
  same article is kept (`организация и участие в деятельности запрещённой организации` is 405(1)
  and 405(2)).
- A wording listed for two articles (`участие в экстремистской организации`: 182 or 405), or two
  names of different articles over the same words, is not a guess: no charge from those words
  and a problem message; a name of one of those articles over the same words settles it
  (`участие в запрещённой экстремистской организации` is 405(2)).
"""
from __future__ import annotations

import csv
import re
from functools import cache
from typing import NamedTuple

from kzanalysis.config import VOCAB_DIR
from kzanalysis.parse.text import clean_spaces, fold_homoglyphs

CHARGE_NAMES_FILE = VOCAB_DIR / "charge_names.csv"
ARTICLES_FILE = VOCAB_DIR / "articles.csv"
MAX_GAP = 3  # other words allowed between two words of a name

_WORD = re.compile(r"[^\W\d_]+\*?")
_CELL_WORD = re.compile(r"[^\W\d_]+|[;\n]")
_BREAK = ";"  # a name never runs over a `;` or a line break

Target = tuple[int, "int | None"]  # (article, part)


class _Name(NamedTuple):
    stems: tuple[str, ...]
    targets: frozenset  # of Target
    text: str


class _Match(NamedTuple):
    start: int
    end: int  # index of the last word matched
    name: _Name
    words: tuple[int, ...]  # indexes of the words matched


def _key(text: str) -> str:
    return fold_homoglyphs(clean_spaces(text)).casefold().replace("ё", "е")


def _stem(word: str) -> str:
    if word.endswith("*"):
        return word[:-1]
    n = len(word)
    if n <= 3:
        return word
    return word[: n - 1] if n <= 5 else word[: n - 2]


@cache
def _vocabulary() -> tuple[frozenset, tuple[_Name, ...]]:
    """(connecting words, names of charges); a wording listed for several articles is one name with several targets."""
    connectors: set[str] = set()
    targets: dict[tuple[str, ...], set] = {}
    texts: dict[tuple[str, ...], str] = {}

    def add(wording: str, article: int, part: int | None) -> None:
        words = [w for w in _WORD.findall(_key(wording)) if w.rstrip("*") not in connectors]
        if not words:
            return
        stems = tuple(_stem(w) for w in words)
        targets.setdefault(stems, set()).add((article, part))
        texts.setdefault(stems, wording)

    with CHARGE_NAMES_FILE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    connectors.update(_key(r["wording"]) for r in rows if r["kind"].strip() == "connector")
    for r in rows:
        if r["kind"].strip() == "charge" and r["code"].strip() == "CC":
            add(r["wording"], int(r["article"]), int(r["part"]) if r["part"].strip() else None)
    with ARTICLES_FILE.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["code"].strip() != "CC" or not r["article"].strip().isdigit():
                continue
            for col in ("title_ru", "title_kk", "title_en"):
                if (r.get(col) or "").strip():
                    add(r[col], int(r["article"]), None)
    names = tuple(_Name(s, frozenset(t), texts[s]) for s, t in targets.items())
    return frozenset(connectors), names


@cache
def _by_first_stem() -> dict[str, tuple[_Name, ...]]:
    """The names by the stem of their first word: a cell's words look up only the names they can start."""
    out: dict[str, list[_Name]] = {}
    for name in _vocabulary()[1]:
        out.setdefault(name.stems[0], []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def _find(stems: tuple[str, ...], words: list[str]) -> tuple[int, ...] | None:
    """First place where the stems occur in order, at most MAX_GAP words apart and with no `;` or
    line break between: the index of each word matched."""
    for start, w in enumerate(words):
        if not w.startswith(stems[0]):
            continue
        found = [start]
        for s in stems[1:]:
            pos = found[-1]
            nxt = None
            for j in range(pos + 1, min(len(words), pos + 2 + MAX_GAP)):
                if words[j] == _BREAK:
                    break
                if words[j].startswith(s):
                    nxt = j
                    break
            if nxt is None:
                break
            found.append(nxt)
        else:
            return tuple(found)
    return None


def read_charge_names(text: str) -> tuple[tuple[Target, ...], str | None]:
    """The (article, part) pairs named in words in a cell, and a problem message where a name fits two articles."""
    connectors, names = _vocabulary()
    words = [_BREAK if w == "\n" else w for w in _CELL_WORD.findall(_key(str(text)).replace("\r", "")) if w not in connectors]
    if not any(w != _BREAK for w in words):
        return (), None
    starts = _by_first_stem()
    candidates = {n for w in set(words) for k in range(1, len(w) + 1) for n in starts.get(w[:k], ())}
    if not candidates:
        return (), None
    matches = []
    for name in sorted(candidates, key=names.index):
        found = _find(name.stems, words)
        if found is not None:
            matches.append(_Match(found[0], found[-1], name, found))
    if not matches:
        return (), None

    def articles(m: _Match) -> set[int]:
        return {a for a, _ in m.name.targets}

    def skips_another(m: _Match) -> bool:
        # `участие в деятельности запрещённой организации, массовые беспорядки`: `участие ... беспорядки`
        # skips over the words of another article's name, so it is not a name of its own.
        gap = set(range(m.start, m.end + 1)) - set(m.words)
        return any(gap & set(o.words) for o in matches if not (articles(o) & articles(m)))

    matches = [m for m in matches if not skips_another(m)]

    def inside(a: _Match, b: _Match) -> bool:
        return b.start <= a.start and a.end <= b.end and (a.start, a.end) != (b.start, b.end)

    kept = [m for m in matches if not any(inside(m, o) and not (articles(m) & articles(o)) for o in matches)]
    kept.sort(key=lambda m: (m.start, m.end))
    # Names over shared words form one cluster; a cluster names one article or it is a problem.
    clusters: list[list[_Match]] = []
    for m in kept:
        if clusters and m.start <= max(o.end for o in clusters[-1]):
            clusters[-1].append(m)
        else:
            clusters.append([m])
    out: list[Target] = []
    doubts: list[str] = []
    for cluster in clusters:
        sure = [m for m in cluster if len(articles(m)) == 1]
        sure_articles = set().union(*(articles(m) for m in sure)) if sure else set()
        unsettled = [m for m in cluster if len(articles(m)) > 1 and not (articles(m) & sure_articles)]
        if len(sure_articles) > 1 or unsettled:
            fits = sorted(set().union(*(articles(m) for m in cluster)))
            doubts.append(f"{' / '.join(repr(m.name.text) for m in cluster)} fits articles {', '.join(map(str, fits))}")
            continue
        named = {t for m in sure for t in m.name.targets}
        with_part = {a for a, p in named if p is not None}
        # `участие в массовых беспорядках` is 272(2); the shorter name inside it (`массовые беспорядки`) adds nothing
        named = {(a, p) for a, p in named if p is not None or a not in with_part}
        out.extend(sorted(named, key=lambda t: (t[0], t[1] or 0)))
    message = None
    if doubts:
        message = (f"{clean_spaces(str(text))[:80]!r}: a charge named in words fits more than one article ("
                   f"{'; '.join(doubts)}); write the article number, or add the wording to kzanalysis/vocab/charge_names.csv")
    return tuple(dict.fromkeys(out)), message
