"""An articles cell's classified tokens -> items: numbers typed as article, part or point, code words, separators.

In: a cell's text (tokenised by article_tokens.py). Out: `_items(text)`, the stream of items that
article_refs.py assembles into references.
"""
from __future__ import annotations

from typing import NamedTuple

from kzanalysis.parse.article_tokens import _POST_KINDS, _PRE_MODES, _classify, _paragraphs_read, _Tok, _tokens
from kzanalysis.parse.article_vocab import MAX_ARTICLE, MAX_PART, MAX_PART_RANGE, YEAR_1997, _Word


# Items: what the tokens mean, before references are assembled.
class _Item(NamedTuple):
    kind: str  # art, part, point, qstart, code, sep, other
    value: object = None


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
