"""A form's choice codes naming an article and its part (`st405_2`, `a174_1`, `art405-2`, `st405p2`):
in, the cell as text; out, the same text with each such code written `st 405(2)`, as the articles parser reads it.

Survey forms (KoboToolbox, ODK) name each choice of a charges question by an identifier: a few letters,
the article number, a separator (`_`, `-`, `.`, `p`) and the part. Read as numbers, `st405_2` would be
two articles (405 and 2). A code is spelled out only where its number is an article of
`kzanalysis/vocab/articles.csv` (a code naming some other number is left as written, so its reading and
problems stay the parser's), and a dashed one only where it is no article of the 1997 code
(`articles_1997.csv`: `st337-1` is article 337-1 of 1997, not 337 part 1).
"""
from __future__ import annotations

import csv
import re
from functools import cache

from kzanalysis.config import VOCAB_DIR

# Letters, the article (at most three digits: the codes stop below 1000), a separator and a part (no part
# is written with a leading 0: `a405_01` is a serial). The code stands alone: not inside a longer word.
_CODE = re.compile(r"(?<![\w.-])([^\W\d_]{1,6})_?(\d{1,3})([_.p-])([1-9]\d?)(?![\w-]|\.\d)", re.IGNORECASE)


@cache
def _known() -> tuple[frozenset[str], frozenset[str]]:
    """(the article numbers of articles.csv, the articles of articles_1997.csv as written)."""
    with (VOCAB_DIR / "articles.csv").open(encoding="utf-8", newline="") as f:
        known = frozenset(r["article"].strip() for r in csv.DictReader(f))
    with (VOCAB_DIR / "articles_1997.csv").open(encoding="utf-8", newline="") as f:
        of_1997 = frozenset(r["article_1997"].strip() for r in csv.DictReader(f))
    return known, of_1997


def _spelled(m: re.Match[str]) -> str:
    letters, article, sep, part = m.groups()
    known, of_1997 = _known()
    if article not in known or (sep == "-" and f"{article}-{part}" in of_1997):
        return m.group(0)
    return f"{letters} {article}({part})"


def spell_out_codes(text: str) -> str:
    """The text with each choice code naming a known article and its part written `letters article(part)`."""
    if "_" not in text and not any(ch.isdigit() for ch in text):
        return text
    return _CODE.sub(_spelled, text)
