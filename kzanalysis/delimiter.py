"""The separator of a delimited text list.

In: the text of a `.csv`/`.tsv`/`.txt` file. Out: the separator of its fields (`,`, `;` or a tab).

The separator is the one that splits the lines into the same number of fields, two or more: the most
lines agreeing on one count of fields wins. A separator inside a quoted field (`"Алматы, Медеу"`) or
inside an array literal of a database export (PostgreSQL's `{"ч.2 ст.405","ч.1 ст.174"}`, a field of
its own) splits nothing, so it is not counted. Where two separators are equally consistent (or none
splits the lines at all), Python's `csv.Sniffer` decides, as before, and failing that the commonest.
"""
from __future__ import annotations

import csv
import re
from collections import Counter

DELIMITERS = (",", ";", "\t")
SAMPLE_LINES = 50

# A field that opens with a quote runs to its closing quote (a doubled quote is one, line breaks inside), and
# one that opens with a brace to its closing brace (quoted elements and one level of nested arrays inside):
# each only at the start of a field, after a line break or any of the separators.
_START = r"(?<![^,;\t\r\n])"
_QUOTED = r'"[^"]*(?:""[^"]*)*"'
_ELEMENT = r'"(?:[^"\\\r\n]|\\.)*"'
_ARRAY = r"\{(?:[^{}\"\r\n]|" + _ELEMENT + r"|\{(?:[^{}\"\r\n]|" + _ELEMENT + r")*\})*\}"
_ENCLOSED = re.compile(_START + "(?:" + _QUOTED + "|" + _ARRAY + ")")


def first_lines(text: str, n: int) -> list[str]:
    """`text.splitlines()[:n]`, splitting only as much of the text as those lines take."""
    size = 1 << 16
    while size < len(text):
        lines = text[:size].splitlines()
        if len(lines) > n:  # line n ended before the cut, its line break whole (a line after it began)
            return lines[:n]
        size *= 4
    return text.splitlines()[:n]


def agreeing_lines(sample: str, delimiter: str) -> int:
    """How many lines of the sample split into the commonest number of fields, when that is two or more."""
    counts = Counter(line.count(delimiter) + 1 for line in _ENCLOSED.sub("x", sample).splitlines() if line.strip())
    fields, lines = max(counts.items(), key=lambda kv: (kv[1], kv[0]), default=(1, 0))
    return lines if fields > 1 else 0


def delimiter_of(text: str) -> str:
    """The separator of the fields of a delimited text (see the module's docstring)."""
    sample = "\n".join(first_lines(text, SAMPLE_LINES))
    agree = {d: agreeing_lines(sample, d) for d in DELIMITERS}
    best = max(agree.values())
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in DELIMITERS}
        sniffed = max(counts, key=counts.get)
    if best == 0 or agree.get(sniffed) == best:
        return sniffed
    return next(d for d in DELIMITERS if agree[d] == best)
