"""An articles cell -> its tokens, each with the phrase of article_words.csv it starts (articles.py).

In: a cell's text. Out: its tokens (numbers, words, punctuation; dates, `№ 123`, record ids and float
exports taken out first) and each word read as a phrase of the vocabulary (`_classify`), `paragraph`
read as a part or a point by its clause (`_paragraphs_read`).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from kzanalysis.parse.article_vocab import _article_words, _key, _Word

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
