"""An articles cell's items -> references (article, parts, code) -> charges: the attachment rules of articles.py.

In: the items of article_items.py. Out: `_references(items)`, each article with its parts and points
and the code a code word names, and `_resolve(ref, problems)`, its charges (1997 numbers mapped,
dashed numbers read) with the problems found.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kzanalysis.parse.article_items import _Item
from kzanalysis.parse.article_vocab import Charge, _articles, _articles_1997


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
