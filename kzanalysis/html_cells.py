"""HTML written in cells is markup, not text: tags out, `<br>` as a line break, before anything is read.

A map's data sheet (Flourish, Datawrapper, uMap) or a web form's export may keep a popup or
description column in HTML: `<b>Name</b>, b. 1986<br>Art. 405(2)<br>Detained 12 March 2021`. Every
column whose first values hold an HTML tag is read with the tags taken out: a line-breaking tag
(`<br>`, `<p>`, `<div>`, `<li>`, `<tr>`, a heading) becomes a line break, any other tag (`<b>`,
`<i>`, `<span class="...">`, `<a href="...">`) goes, and entities are written as their characters
(`&amp;` is `&`, `&nbsp;` a space). The lines are then read as any cell with lines is (a cell of
labelled lines, a narrative, a status history). A column is looked at by its first values only, so a
sheet with no markup costs one look at a few cells per column; each distinct value is cleaned once.
"""
from __future__ import annotations

import html
import re
from dataclasses import replace

import numpy as np
import pandas as pd

from .arrow_bytes import may_hold
from .read import RawSheet

_TAG_NAMES = (r"br|p|div|span|b|i|u|em|strong|a|ul|ol|li|h[1-6]|font|sup|sub|small|big|table|tr|td|th|"
              r"img|hr|blockquote|code|pre|mark|s|strike|del|ins|section|article|header|footer|nav")
_TAG = re.compile(rf"</?(?:{_TAG_NAMES})(?:\s[^<>]*)?/?>", re.IGNORECASE)
_LINE_TAG = re.compile(r"<br\s*/?>|</?(?:p|div|li|tr|h[1-6]|ul|ol|table|blockquote|pre|hr|section|article)(?:\s[^<>]*)?/?>",
                       re.IGNORECASE)
_BLANK_LINES = re.compile(r"[ \t]*\n[\s]*")
# Values looked at per column to decide whether it holds markup.
_LOOK = 50


def without_html(value: str) -> str:
    """The text of an HTML fragment: line-breaking tags as line breaks, other tags out, entities decoded."""
    text = _LINE_TAG.sub("\n", value)
    text = html.unescape(_TAG.sub("", text)).replace("\xa0", " ")
    return _BLANK_LINES.sub("\n", text).strip()


_OPENS_TAG = (b"<",)


def _has_markup(column: pd.Series) -> bool:
    if not may_hold(column, _OPENS_TAG):  # no `<` anywhere in the column's bytes: no tag (a glance at its buffer)
        return False
    first = column.dropna().head(_LOOK)
    return bool(len(first)) and any(isinstance(v, str) and "<" in v and _TAG.search(v) for v in first)


def strip_html(sheet: RawSheet) -> RawSheet:
    """The sheet with the tags taken out of every column whose first values hold HTML (module docstring)."""
    cells = sheet.cells
    marked = [c for c in cells.columns if _has_markup(cells[c])]
    if not marked:
        return sheet
    cells = cells.copy()
    for c in marked:
        codes, distinct = pd.factorize(cells[c])
        clean = np.array([(without_html(v) or None) if isinstance(v, str) else v for v in distinct] + [None], dtype=object)
        values = clean[codes]
        cells[c] = pd.Series(values, index=cells.index).astype(cells[c].dtype) if len(values) else cells[c]
    return replace(sheet, cells=cells)
