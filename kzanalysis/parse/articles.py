"""Articles (charges) as NGO lists write them.

In: one cell as text, e.g. `ч.2 ст.405 УК РК`, `ст. 405 ч. 2`, `статья 405 часть 2`,
`частью 4 статьи 274 Уголовного кодекса РК`, `п.2 ч.4 ст.274 УК РК`,
`ҚР ҚК 405-бабы 2-бөлігі`, `405- баппен`, `Art. 405(2)`, `Article 405 Part 1 and 2`,
`405-2`, `174, 405`, `ст.ст. 174, 405 УК РК`, `182 Part 2 and 405 Part 2`,
`ст.405 УК, ст.488 КоАП`, `ӘҚБтК 488-бабы`, `Art. 488 CAO`, `ст.337-1 УК РК 1997`.

Out: `parse_articles(text) -> Parsed` whose value is a tuple of `Charge`
(code, article, part, point, article_1997), one per article and part, in the
order written, duplicates dropped. `format_articles(charges)` gives the display
string of the data dictionary (`174(1); 405(2)`), `title_en(code, article)` the English title.

Reading rules (each one a decision, tested in tests/examples/articles.csv):
- Codes: `CC` is the Criminal Code of 2014, `CAO` the Code of Administrative
  Offences, `CC1997` the Criminal Code of 1997. Words naming a code
  (`УК РК`, `Уголовного кодекса`, `ҚР ҚК`, `CC`, `Penal Code`, `КоАП`, `ӘҚБтК`,
  `CAO`, `Administrative Code`, ...) are data in
  `kzanalysis/vocab/article_words.csv`. A code word placed AFTER references
  names the code of the references of its own article group only. An article
  group starts at an article word (`ст.`, `ст.ст.`, `статья`, `Art.`, `Article`,
  `-бабы`, with the parts written before it: `ч.2 ст.405`) and also ends at a
  `;` or a code word. So `ст. 174 ч. 1, ст. 488 КоАП` is CC 174(1) and CAO 488
  (174 has no code word of its own), `ст.ст. 174, 405 УК РК` and `ст. 488, 489
  КоАП` are one group each, and `174, 405 УК; 488 КоАП` (bare numbers) is CC
  174, CC 405, CAO 488. A consequence: `ст. 488, ст. 489 КоАП` reads 488 as CC
  (flagged `unknown_article`). A code word BEFORE references (`ҚР ҚК 405-бабы`,
  `CAO 488`) names the code of those that follow, until the next code word; a
  code word after such references renames those of its own group
  (`КоАП: ст. 488; ст. 405 УК`). Where no code is named, the code is CC.
  A code word written between a separator and an article names the articles
  after it, never those before the separator (`ст. 274 ч. 2, КоАП 488` is CC
  274(2) and CAO 488).
  An administrative code word carried past its own clause (over a `;`, a `,` or a
  connecting word: `then`, `затем`, `кейін`, separators of `article_words.csv`)
  names only articles that code has (`КоАП 434; 380` and `CAO 488, then Art.
  405(2)` give CC 380 and CC 405: the CAO has neither; `CAO 488, 489` is CAO twice);
  `|` (database exports: `405(2)|CAO-488(6)|174`) ends a code word's scope.
- A number joined by a hyphen to a word the vocabulary does not know
  (`179-bap 2-bólik` before it is read in Cyrillic, `183-bop 3-qism`) may be a
  part or anything: never a guessed article. The numbers of its clause (up to a
  `;`, `|` or line break) are not read, but for those a known Kazakh mark names
  (`405-бап 2-xyz` keeps 405); the other clauses are, and the cell keeps what
  was read with the problem `unparsed_article` naming the piece.
- Kazakh short marks: `бөл.` is a part, `т.` / `тарм.` a point; `б.` (бап or
  бөлік) is the part right after an article (`380-бап 1-б.`), the article after
  a number too big for a part (`380 б.`), else not read (`unparsed_article`).
  Kazakh in Latin letters is read again in Cyrillic (`parse.also_kazakh_latin`),
  and the Latin `bap`/`bólik`/`bölık`/`tarmaq`, `ÄQBtK`/`ÁQBtK`, `QK` are words of
  `article_words.csv` too.
- `1997` next to a criminal-code word (`УК РК 1997`, `УК 1997 г.`, `1997 CC`), or
  alone, marks the 1997 code. Its numbers are mapped to the 2014 article through
  `kzanalysis/vocab/articles_1997.csv`; only rows with `verified = yes` are used.
  A 1997 number with no verified mapping gives no charge and the problem
  `unmapped_article_1997` (the other charges of the cell are still returned).
- `NNN-N` is ambiguous: `405-2` is article 405 part 2 (shorthand seen in
  spreadsheets), but `337-1` is article 337-1 of the 1997 code. The rule: a
  dashed number listed in `articles_1997.csv` is a 1997 article; any other is
  article-part shorthand. Under the CAO, a dashed number listed in
  `articles.csv` (`456-2`) is a dashed CAO article, which the charges table
  (`article` is an int) cannot hold: problem `unsupported_article`, no charge.
- Parts and points: `ч.2 ст.405` and `ст.405 ч.2` both give part 2 of 405;
  `п.2 ч.4 ст.274` gives part 4 point 2; English `paragraph` / `para` / `p.` is
  a part (`Art. 405, para 2`) unless its own clause (up to a `,`, `;`, `+`, `&`,
  `/` or `|`) also says `part`, then a point (`paragraph 1) of part 2 of Article 274`, as adilet
  translates; `Art.174 p.1, art. 182 part 2` is 174(1) and 182(2)); `Art. 405(2)` and `Art. 405 (1, 2)`
  give parts in brackets (a second bracket is the point: `274(4)(2)`); several
  parts (`ч.1,2`, `Part 1 and 2`, `1-2`) give one charge each. Kazakh marks
  come after the number (`405-бабы 2-бөлігі 3-тармағы`). A part written after an
  article belongs to it, unless the cell writes parts before their articles
  (`ч.2 ст.405, ч.1 ст.174`), which is seen from the first pair.
- `405.2` is read as `405-2`, and `405.0` (a number cell exported as a float) as `405`.
- A bare number is an article (`405`, `174, 405`); numbers above 1000 (years,
  case numbers) are not, nor a number followed by a unit (`2 года`, `6 мес.`,
  `100 МРП`), nor dates (`12.07.2021`), nor `№ 123`.
- An article not listed in `kzanalysis/vocab/articles.csv` for its code is still
  returned, with the problem `unknown_article` naming that file.
- A cell that only says "unknown" (`?`, `неизвестно`) is `Parsed(None)`, no problem.
- A cell with no article number is read by the names of its charges (`разжигание социальной
  розни`, `participation in a banned organisation`: `parse/charge_names.py`); a name that fits
  two articles gives no charge and the problem `ambiguous_charge`.

Problem codes: `unparsed_article` (no article number or charge name found, or a piece left unread), `ambiguous_charge`,
`unknown_article`, `unmapped_article_1997`, `unsupported_article`.
When several arise in one cell, the first of `unparsed_article`, `unmapped_article_1997`,
`unsupported_article`, `unknown_article` is the code and the message lists all.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Iterable, NamedTuple

from kzanalysis.config import VOCAB_DIR
from kzanalysis.parse import Parsed, also_kazakh_latin, guarded
from kzanalysis.parse.letterless import also_letterless
from kzanalysis.parse.blank import is_not_given
from kzanalysis.parse.charge_names import read_charge_names
from kzanalysis.parse.choice_codes import spell_out_codes
from kzanalysis.parse.text import clean_spaces, fold_homoglyphs

ARTICLES_FILE = VOCAB_DIR / "articles.csv"
ARTICLES_1997_FILE = VOCAB_DIR / "articles_1997.csv"
ARTICLE_WORDS_FILE = VOCAB_DIR / "article_words.csv"

CODES = ("CC", "CC1997", "CAO")
MAX_ARTICLE = 1000  # the 2014 codes stop below 1000 articles; bigger numbers are years or case numbers
MAX_PART = 30  # no article has this many parts; a bigger number in a part list starts a new article
MAX_PART_RANGE = 10  # `ч.1-3` is expanded; a longer "range" is not read as parts
YEAR_1997 = 1997


@dataclass(frozen=True)
class Charge:
    """One charge: code, article (2014 numbering for CC1997), part and point where given."""

    code: str
    article: int
    part: int | None = None
    point: int | None = None
    article_1997: str | None = None  # the 1997 number as written ("337-1"), when mapped


# --- vocabularies -------------------------------------------------------------------------


class _Word(NamedTuple):
    kind: str
    words: tuple[str, ...]
    value: str
    prefix: bool


@cache
def _article_words() -> tuple[_Word, ...]:
    """Phrases of article_words.csv, longest first so `уголовно процессуальн` beats `уголовн`."""
    with ARTICLE_WORDS_FILE.open(encoding="utf-8", newline="") as f:
        rows = [
            _Word(r["kind"], tuple(_key(r["word"]).split()) or (r["word"].strip(),), r["value"].strip(), r["match"].strip() == "prefix")
            for r in csv.DictReader(f)
            if r["word"].strip()
        ]
    return tuple(sorted(rows, key=lambda w: -len(w.words)))


@cache
def _articles() -> dict[tuple[str, str], dict[str, str]]:
    """(code, article as written) -> row of articles.csv."""
    with ARTICLES_FILE.open(encoding="utf-8", newline="") as f:
        return {(r["code"].strip(), r["article"].strip()): r for r in csv.DictReader(f)}


@cache
def _articles_1997() -> dict[str, tuple[int, bool]]:
    """1997 article as written -> (2014 article, verified)."""
    with ARTICLES_1997_FILE.open(encoding="utf-8", newline="") as f:
        return {
            r["article_1997"].strip(): (int(r["article_2014"]), r["verified"].strip().lower() == "yes")
            for r in csv.DictReader(f)
        }


def title_en(code: str, article: int) -> str | None:
    """English title of an article from articles.csv (CC1997 charges carry the 2014 number)."""
    code = "CC" if code == "CC1997" else code
    row = _articles().get((code, str(article)))
    return (row["title_en"] or None) if row else None


# --- normalising and tokenising ------------------------------------------------------------

_DATE = re.compile(r"\b\d{1,4}[./]\d{1,2}[./]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")
_NUMBER_SIGN = re.compile(r"(?:№|#|\bno\.)\s*\d[\d\-/]*", re.IGNORECASE)
# A record's id (`KZ274-001`, `ID-405-012`): Latin letters joined to a number whose second number starts with
# 0 is a serial, never an article and its part (no part is written `001`).
_RECORD_ID = re.compile(r"\b[a-z]{1,4}-?\d{1,6}[-/]0\d{1,5}\b")
_EXCEL_FLOAT = re.compile(r"\b(\d+)[.,]0+\b")  # `405.0`: a number cell exported as a float
_DOTTED = re.compile(r"\b(\d+)\.(\d+)\b")  # `405.2` is read as `405-2`
_TOKEN = re.compile(r"(?P<num>(?<!\d)\d{1,6}(?:-\d{1,6})?(?!\d))|[^\W\d_]+|[(),;/&+:§%|]")
# A number joined by a hyphen to a word (`405-бабы`, `2-бөлігі`, `2-bölık`): the word says what the number is.
_NUMBER_WORD = re.compile(r"(?<![\d-])\d{1,4}\s?-\s?([^\W\d_]+)")


def _key(text: str) -> str:
    return fold_homoglyphs(clean_spaces(text)).casefold().replace("ё", "е")


class _Tok(NamedTuple):
    kind: str  # num, word, punct
    text: str


def _tokens(text: str) -> list[_Tok]:
    text = _key(text)
    text = _DATE.sub(" ", text)
    text = _NUMBER_SIGN.sub(" ", text)
    text = _RECORD_ID.sub(" ", text)
    text = _EXCEL_FLOAT.sub(r"\1", text)
    text = _DOTTED.sub(r"\1-\2", text)
    out = []
    for m in _TOKEN.finditer(text):
        t = m.group(0)
        kind = "num" if m.lastgroup == "num" else ("word" if t[0].isalpha() else "punct")
        out.append(_Tok(kind, t))
    return out


# Items: what the tokens mean, before references are assembled.
class _Item(NamedTuple):
    kind: str  # art, part, point, qstart, code, sep, other
    value: object = None


_WORD_INDEX: list = [None, None]  # the phrases it was built from, and {first word or its prefix: positions}


def _phrases_starting(text: str) -> list[int]:
    """The positions (in `_article_words()`'s order) of the phrases whose first word a token reading
    `text` may match: the phrase's word itself, or (a prefix phrase) one of the token's beginnings.
    Any other phrase cannot match there, so `_match_word` need not look at it."""
    words = _article_words()
    if _WORD_INDEX[0] is not words:
        index: dict[tuple[bool, str], list[int]] = {}
        for k, w in enumerate(words):
            index.setdefault((w.prefix, w.words[0]), []).append(k)
        _WORD_INDEX[:] = [words, index]
    index = _WORD_INDEX[1]
    found = list(index.get((False, text), ()))
    for end in range(1, len(text) + 1):
        found += index.get((True, text[:end]), ())
    return sorted(found)


def _match_word(toks: list[_Tok], i: int) -> tuple[_Word | None, int]:
    """The vocabulary phrase starting at token i (longest), and how many tokens it spans."""
    words = _article_words()
    for at in _phrases_starting(toks[i].text) if i < len(toks) else ():
        w = words[at]
        n = len(w.words)
        if i + n > len(toks):
            continue
        ok = True
        for k in range(n):
            t = toks[i + k]
            if t.kind == "num":
                ok = False
                break
            if not (t.text.startswith(w.words[k]) if w.prefix else t.text == w.words[k]):
                ok = False
                break
        if ok:
            return w, n
    return None, 1


_POST_KINDS = {"article_post": "art", "part_post": "part", "point_post": "point"}
_PRE_MODES = {"article_pre": "art", "part_pre": "part", "point_pre": "point"}
# `paragraph` / `p.` (kind paragraph_pre): English lists call a часть a paragraph (`Art. 405,
# para 2`), but adilet's translations call a пункт one beside a part (`paragraph 1) of part 2 of
# Article 274`): a part, unless the cell also names a part, then a point.
_PARAGRAPH = "paragraph_pre"


def _classify(toks: list[_Tok]) -> list[tuple[_Tok, _Word | None, int]]:
    """Each token with its vocabulary phrase (None for numbers and unknown words) and span."""
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "num":
            out.append((t, None, 1))
            i += 1
            continue
        w, n = _match_word(toks, i)
        out.append((t, w, n))
        i += n
    return out


# Punctuation that ends one reference's clause: `Art.174 p.1, art. 182 part 2` is two references, and
# the `part` of the second does not make the `p.` of the first a point.
_CLAUSE_ENDS = frozenset(",;+&|/")


def _paragraphs_read(toks: list[tuple[_Tok, _Word | None, int]]) -> list[tuple[_Tok, _Word | None, int]]:
    """`paragraph` / `p.` as a part, or as a point where its own clause also names a part."""
    out: list[tuple[_Tok, _Word | None, int]] = []
    start = 0
    ends = [i for i, (t, _, _) in enumerate(toks)
            if t.kind == "punct" and t.text in _CLAUSE_ENDS and not (i + 1 < len(toks) and toks[i + 1][0].kind == "num")]
    for end in ends + [len(toks)]:  # a list of numbers (`paragraphs 1, 2 of part 2`) is one clause
        clause = toks[start:end + 1]
        as_point = any(w is not None and w.kind == "part_pre" for _, w, _ in clause)
        kind = "point_pre" if as_point else "part_pre"
        out.extend((t, w._replace(kind=kind) if w is not None and w.kind == _PARAGRAPH else w, n) for t, w, n in clause)
        start = end + 1
    return out


def _items(text: str) -> list[_Item]:
    """Turn a cell into a stream of items: numbers typed as article/part/point, code words, separators."""
    toks = [c for c in _classify(_tokens(text)) if not (c[1] is not None and c[1].kind == "filler")]
    toks = _paragraphs_read(toks)
    items: list[_Item] = []
    mode = "art"
    i = 0
    last_art_or_paren = False  # the item just before is an article number or its bracket

    def kind_at(j: int) -> str | None:
        if j >= len(toks):
            return None
        t, w, _ = toks[j]
        if w is not None:
            return w.kind
        return t.kind if t.kind != "punct" else "punct:" + t.text

    while i < len(toks):
        t, w, _ = toks[i]
        k = kind_at(i)
        if t.kind == "num":
            if t.text == str(YEAR_1997) and mode == "art":
                items.append(_Item("code", "CC1997"))  # `УК РК 1997`, `1997 CC`
                i += 1
                last_art_or_paren = False
                continue
            # A number followed by a unit is a term or a sum, not a reference.
            if kind_at(i + 1) == "unit":
                i += 2
                mode = "art"
                last_art_or_paren = False
                continue
            # Kazakh marks come after the number, and after a list: `1, 2-бөліктері`.
            chain = [i]
            j = i
            while kind_at(j + 1) in ("separator",) and j + 2 < len(toks) and toks[j + 2][0].kind == "num":
                j += 2
                chain.append(j)
            post = kind_at(j + 1)
            if post == "short_post":  # `1-б.`, `380 б.`, `2 т.`: what the short mark means, from what came before
                post = _short_mark(toks[j + 1][1].value, [toks[c][0].text for c in chain], items)  # type: ignore[union-attr]
                if post is None:  # `2 б.` with no article before it: бап or бөлік, never guessed
                    items.append(_Item("unread", " ".join(toks[c][0].text for c in chain) + " " + toks[j + 1][0].text))
                    i = j + 2
                    mode = "art"
                    last_art_or_paren = False
                    continue
            if post in _POST_KINDS and post is not None:
                kind = _POST_KINDS[post]
                if kind != "art":
                    items.append(_Item("qstart"))
                else:
                    items.append(_Item("artword"))  # `405-бабы`: the mark starts an article group
                for c in chain:
                    _emit_number(items, toks[c][0].text, kind)
                    if c != chain[-1]:
                        items.append(_Item("sep"))
                i = j + 2
                mode = "art" if kind == "art" else kind
                last_art_or_paren = kind == "art"
                continue
            num_text = t.text
            first = int(num_text.split("-")[0])
            kind = mode
            if kind in ("part", "point") and first > MAX_PART:
                kind = "art"
                mode = "art"
            _emit_number(items, num_text, kind)
            last_art_or_paren = kind == "art"
            i += 1
            continue
        if k == "punct:(":
            # Brackets after an article: `405(2)`, `405 (1, 2)`, `274(4)(2)`, `(1997)`.
            close = next((j for j in range(i + 1, len(toks)) if toks[j][0].text == ")"), None)
            inner = toks[i + 1 : close] if close is not None else None
            if inner is not None and inner and all(
                c[0].kind == "num" or (c[1] is not None and c[1].kind == "separator") for c in inner
            ):
                nums = [c[0].text for c in inner if c[0].kind == "num"]
                if nums == [str(YEAR_1997)]:
                    items.append(_Item("code", "CC1997"))
                    i = close + 1
                    last_art_or_paren = False
                    continue
                if last_art_or_paren and all(int(n.split("-")[0]) <= MAX_PART for n in nums):
                    paren_kind = "point" if items and items[-1].kind == "part" and _prev_was_paren(toks, i) else "part"
                    items.append(_Item("qstart"))
                    for n_i, n in enumerate(nums):
                        _emit_number(items, n, paren_kind)
                        if n_i < len(nums) - 1:
                            items.append(_Item("sep"))
                    i = close + 1
                    mode = "art"
                    last_art_or_paren = True  # a second bracket gives the point: `274(4)(2)`
                    continue
            i += 1  # other brackets are transparent
            continue
        if k == "punct:)":
            i += 1
            continue
        last_art_or_paren = False
        if w is None:
            # An unknown word ends a list of numbers.
            if t.kind == "word":
                items.append(_Item("other"))
            mode = "art"
            i += 1
            continue
        if w.kind in _PRE_MODES:
            mode = _PRE_MODES[w.kind]
            if mode != "art":
                items.append(_Item("qstart"))
            else:
                items.append(_Item("artword"))  # `ст.`, `Art.`: starts an article group
        elif w.kind == "code":
            items.append(_Item("code", w.value))
            mode = "art"
        elif w.kind == "noise":
            items.append(_Item("noise"))
            mode = "art"
        elif w.kind == "separator":
            items.append(_Item("sep", t.text))  # `;` ends an article group, `,` does not
        elif w.kind == "ordinal":
            post = kind_at(i + 1)
            if post in ("part_post", "point_post"):  # Kazakh `екінші бөлігі`: the mark follows the word
                items.append(_Item("qstart"))
                items.append(_Item(_POST_KINDS[post], int(w.value)))
                mode = _POST_KINDS[post]
                i += 2
                continue
            if mode in ("part", "point"):  # `частью второй`, `parts one and two`
                items.append(_Item(mode, int(w.value)))
        elif w.kind in _POST_KINDS or w.kind == "short_post":
            pass  # a Kazakh mark without its number
        else:  # unit without a number, or anything else
            items.append(_Item("other"))
            mode = "art"
        i += 1
    return items


def _short_mark(meaning: str, numbers: list[str], items: list[_Item]) -> str | None:
    """The post kind of a short Kazakh mark after numbers, or None where it cannot be told.
    `б.` abbreviates both бап (article) and бөлік (part): right after an article (`380-бап 1-б.`) it is
    its part, after a number too big for a part (`380 б.`) the article; `т.` (тармақ) is a point, after
    a number small enough for one."""
    small = all(int(n.split("-")[0]) <= MAX_PART for n in numbers)
    if meaning == "point":
        return "point_post" if small else None
    if small and items and items[-1].kind == "art":
        return "part_post"
    if not any(int(n.split("-")[0]) <= MAX_PART for n in numbers):
        return "article_post"
    return None


def _prev_was_paren(toks: list[tuple[_Tok, _Word | None, int]], i: int) -> bool:
    return i > 0 and toks[i - 1][0].text == ")"


def _emit_number(items: list[_Item], text: str, kind: str) -> None:
    if kind == "art":
        first = int(text.split("-")[0])
        if 0 < first <= MAX_ARTICLE:
            items.append(_Item("art", text))
        else:
            items.append(_Item("other"))
        return
    if "-" in text:  # `ч.1-2`: a range of parts
        a, b = (int(x) for x in text.split("-", 1))
        if 0 < a < b and b - a < MAX_PART_RANGE:
            for n in range(a, b + 1):
                items.append(_Item(kind, n))
                if n != b:
                    items.append(_Item("sep"))
        return
    n = int(text)
    if n > 0:
        items.append(_Item(kind, n))


# --- references -----------------------------------------------------------------------------


@dataclass
class _Ref:
    raw: str  # article as written: "405" or "337-1"
    quals: list[tuple[int | None, int | None]] = field(default_factory=list)
    code: str | None = None
    firm: bool = False  # code named by a word after it (not only inherited from one before)
    carried: bool = False  # code inherited from a code word before a clause break (`КоАП 434; 380`, `CAO 488, then 405`)
    clause: int = 0
    group: int = 0  # article group (see _references)


def _group_pairs(group: list[_Item]) -> list[tuple[int | None, int | None]]:
    """(part, point) pairs from a run of part/point items: `п.2 ч.4` -> [(4, 2)]."""
    pairs: list[tuple[int | None, int | None]] = []
    pending_points: list[int] = []
    cur_part: int | None = None
    for it in group:
        if it.kind == "part":
            if pending_points:
                pairs.extend((it.value, p) for p in pending_points)  # type: ignore[misc]
                pending_points = []
            else:
                pairs.append((it.value, None))  # type: ignore[arg-type]
            cur_part = it.value  # type: ignore[assignment]
        elif it.kind == "point":
            if cur_part is not None:
                if pairs and pairs[-1] == (cur_part, None):
                    pairs[-1] = (cur_part, it.value)  # type: ignore[assignment]
                else:
                    pairs.append((cur_part, it.value))  # type: ignore[arg-type]
            else:
                pending_points.append(it.value)  # type: ignore[arg-type]
    pairs.extend((None, p) for p in pending_points)
    return pairs


def _references(items: list[_Item]) -> list[_Ref]:
    """Assemble articles with their parts and codes (the attachment rules of the module docstring)."""
    # 1. Split into units: art, group (of parts/points), code, sep, other. An article word
    # (`ст.`, `Art.`, `-бабы`) is not a unit: it marks the next article as the start of a new
    # article group, the scope of a code word written after it.
    units: list[tuple[str, object]] = []
    artword = False
    i = 0
    while i < len(items):
        it = items[i]
        if it.kind == "artword":
            artword = True
            i += 1
            continue
        if it.kind == "art":
            units.append(("art", (it.value, artword)))
            artword = False
            i += 1
            continue
        if it.kind in ("part", "point", "qstart"):
            group: list[_Item] = []
            while i < len(items):
                cur = items[i]
                if cur.kind in ("part", "point"):
                    group.append(cur)
                elif cur.kind == "qstart":
                    # A new `ч.` after a separator starts a new group: `ч.2 ст.405, ч.1 ст.174`.
                    if group and items[i - 1].kind == "sep":
                        break
                elif cur.kind == "sep":
                    nxt = items[i + 1] if i + 1 < len(items) else None
                    if nxt is None or nxt.kind not in ("part", "point", "qstart"):
                        break
                    if nxt.kind == "qstart":
                        break
                else:
                    break
                i += 1
            if group:
                units.append(("group", group))
            elif i < len(items) and items[i].kind == "qstart":
                i += 1  # a `ч.` with no number
            continue
        units.append((it.kind, it.value))
        i += 1

    # 2. Attach groups to articles and codes to references.
    refs: list[_Ref] = []
    waiting: list[list[tuple[int | None, int | None]]] = []  # groups written before their article
    pre_style = False
    prefix_code: str | None = None
    carried = False  # a clause break since the code word before: its code holds only where it has the article
    pending: list[_Ref] = []  # references of the current article group with no code yet
    clause = 0
    group = 0  # article group: since the last article word, `;` or code word

    def new_group() -> None:
        # References of an ended group that no code word named keep the default code, CC:
        # a code word written later names only its own group (`ст. 174 ч. 1, ст. 488 КоАП`).
        nonlocal group, pending
        for r in pending:
            r.code = "CC"
        pending = []
        group += 1

    def next_kind(j: int) -> str | None:
        return units[j + 1][0] if j + 1 < len(units) else None

    def prev_kind(j: int) -> str | None:
        return units[j - 1][0] if j > 0 else None

    for j, (kind, value) in enumerate(units):
        if kind == "art":
            raw, starts_group = value  # type: ignore[misc]
            if starts_group:
                new_group()
            ref = _Ref(str(raw), clause=clause, group=group)
            for g in waiting:
                ref.quals.extend(g)
            waiting = []
            if prefix_code is not None:
                ref.code, ref.carried = prefix_code, carried
            else:
                pending.append(ref)
            refs.append(ref)
        elif kind == "group":
            pairs = _group_pairs(value)  # type: ignore[arg-type]
            after_art = prev_kind(j) == "art"
            before_art = next_kind(j) == "art"
            if after_art and not (before_art and pre_style):
                refs[-1].quals.extend(pairs)
            elif before_art:
                waiting.append(pairs)
                pre_style = True
            elif refs:
                refs[-1].quals.extend(pairs)
            else:
                waiting.append(pairs)
        elif kind == "code":
            code = str(value)
            # Merge adjacent code words: `УК РК 1997` is the 1997 code.
            if prev_kind(j) == "code":
                continue
            k = j + 1
            while k < len(units) and units[k][0] == "code":
                if "CC1997" in (code, units[k][1]) and {code, str(units[k][1])} <= {"CC", "CC1997"}:
                    code = "CC1997"
                k += 1
            starts_ref = k < len(units) and units[k][0] in ("art", "group")
            if pending and starts_ref and prev_kind(j) == "sep":
                # Between a separator and an article (`ст. 274 ч. 2, КоАП 488`) a code word names the
                # articles after it: those before the separator keep their own code (the default, CC).
                new_group()
                prefix_code, carried = code, False
            elif pending:
                for r in pending:
                    r.code, r.firm = code, True
                pending = []
                prefix_code = None
                new_group()  # a code word written after references closes their group
            elif starts_ref:
                prefix_code, carried = code, False
            else:
                # A code word after references that inherited a code from one before them
                # (`КоАП: ст. 488; ст. 405 УК`) renames those of its own group and clause.
                soft = [r for r in refs if not r.firm and r.group == group and r.clause == clause]
                if soft:
                    for r in soft:
                        r.code, r.firm = code, True
                    prefix_code = None
                    new_group()
                else:
                    prefix_code, carried = code, False
        elif kind == "noise":
            # Numbers after `УПК` are not charges: drop the references it names.
            for r in pending:
                refs.remove(r)
            pending = []
            prefix_code = "NOISE"
        elif kind == "sep":
            clause += 1
            if value in (";", "|"):  # `174, 405 УК; 488 КоАП`: a semicolon (or a bar) ends an article group
                new_group()
            # Past its own clause (a `,`, `;` or connecting word: `CAO 488, then 405(2)`), a code word written
            # before references names only the articles that code has (_resolve).
            carried = prefix_code is not None
            if value == "|":  # `CAO-488(6)|174`: a database export's items stand alone; no code carries over
                prefix_code = None
    if waiting and refs:
        for g in waiting:
            refs[-1].quals.extend(g)
    for r in pending:
        r.code = "CC"
    return [r for r in refs if r.code != "NOISE"]


# --- resolving references into charges --------------------------------------------------


def _resolve(ref: _Ref, problems: dict[str, list[str]]) -> list[Charge]:
    code = ref.code or "CC"
    raw = ref.raw
    dashed = "-" in raw
    base, _, tail = raw.partition("-")
    if ref.carried and code == "CAO" and ("CAO", base) not in _articles() and ("CC", base) in _articles():
        # `ӘҚБтК 434-бап; 380-бап`: the administrative code word before the `;` does not name an article
        # it does not have; after the `;` it is a criminal one (the code is not named, so it is the default)
        code = "CC"
    quals = ref.quals
    known_1997 = _articles_1997()

    def charges(code_out: str, article: int, article_1997: str | None = None, shorthand: int | None = None) -> list[Charge]:
        qs = quals or ([(shorthand, None)] if shorthand is not None else [(None, None)])
        return [Charge(code_out, article, part, point, article_1997) for part, point in qs]

    if code == "CAO":
        if dashed and ("CAO", raw) in _articles():
            problems["unsupported_article"].append(
                f"CAO article {raw} has a dashed number that the charges table cannot hold (article is an integer)"
            )
            return []
        if dashed:
            return charges("CAO", int(base), shorthand=int(tail))
        return charges("CAO", int(raw))

    if code == "CC1997" or (dashed and raw in known_1997):
        mapped = known_1997.get(raw)
        shorthand = None
        if mapped is None and dashed and base in known_1997:  # `164-2 УК 1997`: article 164, part 2
            mapped, shorthand, raw = known_1997[base], int(tail), base
        if mapped is None or not mapped[1]:
            why = "is not in" if mapped is None else "has no verified row in"
            problems["unmapped_article_1997"].append(
                f"1997 Criminal Code article {raw} {why} kzanalysis/vocab/articles_1997.csv (add or verify its 2014 number)"
            )
            return []
        return charges("CC1997", mapped[0], article_1997=raw, shorthand=shorthand)

    if dashed:  # `405-2`: article 405, part 2
        return charges("CC", int(base), shorthand=int(tail))
    return charges("CC", int(raw))


_PROBLEM_ORDER = ("unparsed_article", "unmapped_article_1997", "unsupported_article", "unknown_article")


@guarded
@also_letterless()
@also_kazakh_latin()
def parse_articles(text: str) -> Parsed:
    """Read the charges of one cell; see the module docstring for the rules."""
    return _parse_articles(text)


def _parse_articles(text: str) -> Parsed:
    text = spell_out_codes(str(text))  # a form's choice codes (`st405_2`): article and part (parse/choice_codes.py)
    if is_not_given(text):
        return Parsed(None)
    unread = _unread_marks(text)
    read_text = _without_clauses_of(text, unread) if unread else text
    items = _items(read_text)
    unclear = [str(it.value) for it in items if it.kind == "unread"]
    refs = _references(items)
    problems: dict[str, list[str]] = {k: [] for k in _PROBLEM_ORDER}
    if unread:
        # `179-bap 2-bólik` as written: a number whose word is not known may be a part, not an article; a
        # guess would be a wrong charge, so the numbers of its clause are not read, the other clauses are
        # (Kazakh Latin is read again in Cyrillic).
        problems["unparsed_article"].append(
            f"{clean_spaces(text)[:80]!r}: the word after the number in {', '.join(repr(m) for m in unread)} is not in "
            "kzanalysis/vocab/article_words.csv" + ("; the other articles of the cell are read" if refs else ""))
    if unclear:
        problems["unparsed_article"].append(
            f"{clean_spaces(text)[:80]!r}: {', '.join(repr(m) for m in unclear)} may be an article (бап) or a part "
            "(бөлік): not read" + ("; the other articles of the cell are read" if refs else ""))
    if not refs:
        if unread or unclear:
            return Parsed(None, "unparsed_article", "; ".join(problems["unparsed_article"]))
        return _by_name(text)
    out: list[Charge] = []
    for ref in refs:
        out.extend(_resolve(ref, problems))
    out = list(dict.fromkeys(out))
    unknown = sorted(
        {(c.code, c.article) for c in out if ("CC" if c.code == "CC1997" else c.code, str(c.article)) not in _articles()},
        key=lambda x: (x[0], x[1]),
    )
    if unknown:
        names = ", ".join(f"{'CC' if c == 'CC1997' else c} {a}" for c, a in unknown)
        problems["unknown_article"].append(f"article {names} is not in kzanalysis/vocab/articles.csv (add a row if it is right)")
    value = tuple(out) if out else None
    found = [k for k in _PROBLEM_ORDER if problems[k]]
    if not found:
        return Parsed(value)
    message = "; ".join(m for k in found for m in problems[k])
    return Parsed(value, found[0], message)


def _by_name(text: str) -> Parsed:
    """A cell with no article number: the charges it names in words (`parse/charge_names.py`)."""
    named, doubt = read_charge_names(text)
    charges = tuple(Charge("CC", article, part) for article, part in named)
    if doubt:
        return Parsed(charges or None, "ambiguous_charge", doubt)
    if not charges:
        return Parsed(None, "unparsed_article", f"no article number or charge name found in {clean_spaces(text)[:80]!r}")
    return Parsed(charges)


# Where one clause of a cell ends: an unread piece costs its own clause only (`405-xyz 2; 258-бабы 1-бөлігі`).
_CLAUSE_BREAK = re.compile(r"([;|\n])")


def _without_clauses_of(text: str, unread: list[str]) -> str:
    """The cell with the numbers of each clause holding an unread `number-word` piece taken out, but for
    those a known Kazakh mark names (`405-бап 2-xyz`: 405 is the article); the words stay, so a code word
    still names what follows it."""
    def blank(clause: str) -> str:
        kept = [m.span() for m in _NUMBER_WORD.finditer(clause) if m.group(0) not in unread]
        chars = list(clause)
        for k, ch in enumerate(chars):
            if ch.isdigit() and not any(a <= k < b for a, b in kept):
                chars[k] = " "
        return "".join(chars)

    pieces = _CLAUSE_BREAK.split(_key(text))
    return "".join(blank(p) if any(u in p for u in unread) else p for p in pieces)


def _unread_marks(text: str) -> list[str]:
    """The `number-word` pairs of a cell whose word is no word of article_words.csv (`2-bólik`)."""
    out = []
    for m in _NUMBER_WORD.finditer(_key(text)):
        word, _ = _match_word([_Tok("word", m.group(1))], 0)
        if word is None:
            out.append(m.group(0))
    return out


def names_an_article(text: str) -> bool:
    """The text writes an article word or a code word (`ст.`, `статья`, `Art.`, `-бабы`, `УК`, `CAO`),
    not only numbers: a section heading `2) Павлодарская область` names none."""
    return any(it.kind in ("artword", "code") for it in _items(str(text)))


def written_out(charge: Charge) -> str:
    """One charge written back as the parser reads it: `ст. 405 ч. 2 УК РК`, `ст. 488 КоАП`, `ст. 337-1 УК РК 1997`."""
    if charge.code == "CC1997" and charge.article_1997:
        return f"ст. {charge.article_1997}{f' ч. {charge.part}' if charge.part else ''} УК РК 1997"
    code = {"CC": "УК РК", "CAO": "КоАП"}.get(charge.code, "УК РК")
    return f"ст. {charge.article}{f' ч. {charge.part}' if charge.part else ''} {code}"


def format_articles(charges: Iterable[Charge] | None) -> str | None:
    """Criminal charges for display, 2014 numbering, sorted: `174(1); 405(2)`; None when there are none."""
    if not charges:
        return None
    criminal = {(c.article, c.part) for c in charges if c.code in ("CC", "CC1997")}
    with_part = {a for a, p in criminal if p is not None}
    # An article named both bare and with a part: the bare mention adds nothing.
    shown = sorted(((a, p) for a, p in criminal if p is not None or a not in with_part), key=lambda x: (x[0], x[1] or 0))
    if not shown:
        return None
    return "; ".join(f"{a}({p})" if p is not None else str(a) for a, p in shown)


def as_1997(charges: Iterable[Charge]) -> tuple[tuple[Charge, ...], tuple[str, ...]]:
    """The charges of a case that started before the 2014 code took effect (1 January 2015):
    a number read as CC was written in the 1997 numbering. Mapped ones become CC1997 with the
    2014 number; the 1997 numbers that cannot be mapped are returned apart, to be reported."""
    mapping = _articles_1997()
    kept: list[Charge] = []
    unmapped: list[str] = []
    for c in charges:
        if c.code != "CC" or c.article_1997 is not None:
            kept.append(c)
            continue
        target = mapping.get(str(c.article))
        if target and target[1]:
            kept.append(Charge("CC1997", target[0], c.part, c.point, str(c.article)))
        else:
            unmapped.append(str(c.article))
    return tuple(kept), tuple(unmapped)
