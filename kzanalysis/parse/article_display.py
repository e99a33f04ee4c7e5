"""Charges -> text: the display string of the data dictionary (`174(1); 405(2)`) and a charge written back.

In: `Charge`s (articles.py). Out: `format_articles(charges)`, `written_out(charge)`.
"""
from __future__ import annotations

from typing import Iterable

from kzanalysis.parse.article_vocab import Charge


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
