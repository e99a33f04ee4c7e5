"""Which rows of a sheet are cases: a data block and its header in, a kind per row out.

Every non-blank row below the header is a case or a row that is not (section heading, note,
footnote, totals, a row of column numbers, the header repeated on a new page), with the reason;
a sheet that is a table of counts rather than a list has no cases at all.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .content import cell_texts
from .headers import NAME_PARTS, HeaderMap
from .parse import places, status
from .parse.text import match_key, match_keys

DATE_FIELDS = ("detained_on", "charged_on", "sentenced_on", "released_on")
# Fields that make a row a case when filled (row number and notes do not).
CASE_FIELDS = ("name", "birth_year", "city", "region", "articles", "status", "sentence",
               *DATE_FIELDS, "affiliation", "dvk_koshe")
_TOTALS = re.compile(r"^\s*(?:итого|всего|итог|барлығы|барлыгы|жиыны|жалпы|total|totals|in total|grand total)\b", re.IGNORECASE)
# `_TOTALS` reads at most this many characters after the leading white space (its longest word, and the
# one after it for `\b`): a cell's first characters decide, so each distinct beginning is looked at once.
_TOTALS_WIDTH = len("grand total") + 1
_FOOTNOTE = re.compile(r"^\s*(?:[*¹²³†]|примечани|источник|составлен|данные на|по состоянию|ескерту|ескертпе|дереккөз|note|notes|source|compiled|as of)", re.IGNORECASE)
# Words no personal name holds: a row with only such a "name" is a heading (`Восточный Казахстан`, `West Kazakhstan`, `Almaty City`).
_NOT_PERSON = re.compile(r"\d|\b(?:год|года|годы|жыл|жылы|раздел|часть|section|part|year|область|облысы|обл|region|oblast|город|қаласы|city|district|район|ауданы|list|список|тізім|казахстан\w*|қазақстан\w*|kazakhstan|qazaqstan)\b", re.IGNORECASE)


def row_text(block: pd.DataFrame) -> pd.Series:
    """All the non-blank cells of each row joined by ' | '."""
    if block.empty:
        return pd.Series(pd.NA, index=block.index, dtype="string")
    if all(isinstance(t, pd.StringDtype) for t in block.dtypes):
        # cells of text (the reader's): joined row by row, as the stacked groups were joined one by one, without the stack
        columns = [cell_texts(block.iloc[:, j]) for j in range(block.shape[1])]
        joined = [" | ".join(v for v in row if v is not None) if any(v is not None for v in row) else None
                  for row in zip(*columns)]
        return pd.Series(joined, index=block.index, dtype="string")
    joined = block.stack().dropna().groupby(level=0, sort=False).agg(" | ".join)
    return joined.reindex(block.index).astype("string")


_PERSON = re.compile(r"\s*#?\s*(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\s\d]*\s*){2,5}")


def _looks_like_person(text: pd.Series) -> pd.Series:
    """Two to five words, each starting with a capital letter, no digits: a name, not a sentence or a heading."""
    return _each_distinct(text.fillna(""), lambda t: t.str.fullmatch(_PERSON) & ~t.str.contains(_NOT_PERSON))


def _each_distinct(text: pd.Series, test) -> pd.Series:
    """`test` (texts -> booleans) run on the distinct texts only, spread back to every row (False
    where the text is missing): a long list repeats its cells far more than it differs."""
    return _Distinct(text).each(test)


class _Distinct:
    """The distinct texts of a column, found once (pandas.factorize) for the several tests run on them."""

    def __init__(self, text: pd.Series):
        self.index = text.index
        self.codes, distinct = pd.factorize(text)  # a missing text: -1
        self.texts = pd.Series(distinct, dtype="string")

    def spread(self, found: np.ndarray) -> pd.Series:
        """One boolean per distinct text, spread back to every row (False where the text is missing)."""
        return pd.Series(np.where(self.codes >= 0, found[np.maximum(self.codes, 0)], False), index=self.index)

    def each(self, test) -> pd.Series:
        if not len(self.texts):
            return pd.Series(False, index=self.index)
        return self.spread(np.asarray(test(self.texts).fillna(False).to_numpy(dtype=bool), dtype=bool))


_SMALL_NUMBER = re.compile(r"\s*\d{1,2}\.?\s*")
# A count in a totals row: `21`, `21 чел.`, `8 persons`.
_COUNT = re.compile(r"\s*\d+(?:[.,]\d+)?\s*(?:чел\.?|человек\w*|адам|persons?|people|cases?)?\s*", re.IGNORECASE)


# A Latin or Cyrillic letter: neither a digit nor a space, so a text holding one is no small number.
_LETTER = "[A-Za-z\u0400-\u04ff]"


def _anchored_contains(texts: pd.Series, pattern: re.Pattern[str], width: int) -> pd.Series:
    """`texts.str.contains(pattern)` of distinct texts (none missing) for a pattern anchored at the start
    (`^\\s*...`) that reads at most `width` characters after the leading white space (`\\s` is what
    str.lstrip strips): the texts of a long column mostly differ, their beginnings repeat."""
    heads = [v.lstrip()[:width] for v in texts.to_numpy(dtype=object)]
    codes, distinct = pd.factorize(np.asarray(heads, dtype=object))
    found = np.array([pattern.search(h) is not None for h in distinct], dtype=bool)
    return pd.Series(found[codes] if len(codes) else np.zeros(0, dtype=bool), index=texts.index)


def _small_numbers(texts: pd.Series) -> pd.Series:
    """`texts.str.fullmatch(_SMALL_NUMBER)` of distinct texts (none missing): a text with a letter is told
    at once by Arrow's regex over the column, the few others by Python's."""
    out = pd.Series(False, index=texts.index)
    rest = ~texts.str.contains(_LETTER, regex=True).to_numpy(dtype=bool)
    if rest.any():
        out[rest] = texts[rest].str.fullmatch(_SMALL_NUMBER).to_numpy(dtype=bool)
    return out


def cell_keys(values) -> list[str]:
    """The key a header cell is matched by: its `match_key`, or, for a cell of signs only (`№`), the
    cell as written, so that a repeated header starting with `№` is known as one."""
    return [k or str(v).strip() for v, k in zip(values, match_keys(values))]


def _repeated_header(block: pd.DataFrame, header: HeaderMap, first: pd.Series | None = None,
                     distinct_first: _Distinct | None = None) -> pd.Series:
    """Rows that repeat the header (a printed list repeats it at the top of every page): two or
    more cells, and at least half the filled cells, equal to the header cell of their column."""
    out = pd.Series(False, index=block.index)
    if not header.cell_keys or block.empty:
        return out
    # Such a row starts with a header cell: look closer only at the rows that do.
    all_keys = set().union(*header.cell_keys.values())
    if distinct_first is None:
        distinct_first = _Distinct(_first_filled(block) if first is None else first)
    texts = np.asarray(distinct_first.texts, dtype=object)
    candidates = distinct_first.spread(np.array([k in all_keys for k in cell_keys(texts)], dtype=bool))
    if not candidates.any():
        return out
    block = block.loc[candidates]
    same = pd.Series(0, index=block.index)
    for c, keys in header.cell_keys.items():
        if c in block.columns:
            distinct = np.asarray(pd.unique(block[c].dropna()), dtype=object)
            hits = [v for v, k in zip(distinct, cell_keys(distinct)) if k in keys]  # once per distinct value
            same += block[c].isin(hits).fillna(False).astype(int).to_numpy()
    out.loc[block.index] = (same >= 2) & (same * 2 >= block.notna().sum(axis=1))
    return out


def _column_numbers(block: pd.DataFrame, first: pd.Series | None = None, distinct_first: _Distinct | None = None) -> pd.Series:
    """Rows that number the columns (`1 | 2 | 3 | ...` under the header, as official tables do):
    three or more cells, each a small number, each one more than the last."""
    out = pd.Series(False, index=block.index)
    # Only rows that start with a small number and fill three cells or more need the full look.
    if distinct_first is None:
        distinct_first = _Distinct(_first_filled(block) if first is None else first)
    maybe = distinct_first.each(_small_numbers) & (block.notna().sum(axis=1) >= 3)
    if not maybe.any():
        return out
    block = block.loc[maybe]
    filled = block.notna()
    small = block.apply(lambda col: col.astype("string").str.fullmatch(_SMALL_NUMBER)).fillna(False).astype(bool)
    candidates = (small | ~filled).all(axis=1)
    for r in block.index[candidates.to_numpy()]:
        numbers = [int(str(v).strip().rstrip(".")) for v in block.loc[r].dropna()]
        out[r] = all(b - a == 1 for a, b in zip(numbers, numbers[1:]))
    return out


HEADING_REASON = "a row with too little to be a case (section heading or note)"


def _reads_as_heading(text: str) -> bool:
    """A cell that is wholly a status phrase (`Punitive Psychiatry`, `Под Следствием`) or a place
    (`Усть-Каменогорск`): a section heading, even when it looks like a name in capitals; a name
    that only holds a status stem (`Арестов Иван`) is not."""
    if status.is_status_phrase(text):
        return True
    place = places.parse_place(text)
    return place.value is not None and place.problem in (None, "region_only")


def _capital_headings(name: pd.Series, lone: pd.Series):
    """A test for a lone name cell: written wholly in capitals, naming a status (`УМЕРЛИ В МЕСТАХ ЛИШЕНИЯ
    СВОБОДЫ`), where most of the sheet's other names are not in capitals: a section heading as a sheet's
    headings are written, though words beside its status phrase are read by no vocabulary."""
    others = name[~lone].dropna().astype(str)
    if not len(others) or others.str.isupper().mean() >= 0.5:
        return lambda v: False
    return lambda v: str(v).isupper() and _mostly_status_words(str(v))


def _mostly_status_words(text: str) -> bool:
    """More than half the words of the text stand in its status phrases (`УМЕРЛИ В МЕСТАХ ЛИШЕНИЯ СВОБОДЫ`: 3 of 5);
    a name holding a status stem (`АРЕСТОВ ИВАН`: 1 of 2) does not."""
    key, phrases, _ = status.phrase_spans(text)
    words = list(re.finditer(r"[^\W\d_]+", key))
    inside = sum(any(s <= w.start() and w.end() <= e for s, e, _ in phrases) for w in words)
    return bool(words) and inside * 2 > len(words)


def _first_filled(block: pd.DataFrame) -> pd.Series:
    """The first non-blank cell of each row (NA for a blank row), with numpy rather than a row-wise bfill:
    each column that holds some row's first cell is turned into Python objects once."""
    if not block.shape[1]:
        return pd.Series(pd.NA, index=block.index, dtype="string")
    arrays = [block.iloc[:, j].array for j in range(block.shape[1])]
    if all(isinstance(a, pd.arrays.ArrowStringArray) and a.dtype == "string" for a in arrays):
        import pyarrow.compute as pc

        # a blank cell is null in Arrow: the first filled cell is the first non-null one (Arrow's coalesce)
        first = pc.coalesce(*[a._pa_array for a in arrays])
        return pd.Series(pd.arrays.ArrowStringArray(first), index=block.index, dtype="string")
    filled = block.notna().to_numpy()
    first = filled.argmax(axis=1)
    any_filled = filled.any(axis=1)
    cells = np.full(len(block), None, dtype=object)
    for j in np.unique(first[any_filled]):
        rows = any_filled & (first == j)
        cells[rows] = block.iloc[:, j].to_numpy(dtype=object, na_value=None)[rows]
    return pd.Series(cells, index=block.index, dtype="string")


def classify_rows(block: pd.DataFrame, header: HeaderMap, hidden: pd.DataFrame | None = None) -> pd.DataFrame:
    """For each row of the data block: kind (blank / case / not_a_case) and, for non-cases, why.
    `hidden` marks cells that read as blank but are not (formulas saved without their result)."""
    filled = block.notna() if hidden is None else block.notna() | hidden
    by_field = {f: filled[c] for c, f in header.fields.items()}
    n_fields = sum((by_field[f].astype(int) for f in CASE_FIELDS if f in by_field), pd.Series(0, index=block.index))
    # The totals and footnote patterns are anchored at the start: the first filled cell is enough.
    text = _first_filled(block)
    name = block[header.column_of("name")] if header.column_of("name") is not None else pd.Series(pd.NA, index=block.index, dtype="string")
    # Whether a name looks like a person's decides only rows with one field filled: only those are looked at.
    single = (n_fields == 1).to_numpy()
    person = pd.Series(False, index=block.index)
    if single.any():
        person.loc[single] = _looks_like_person(name[single]).to_numpy()
    lone = person & (n_fields == 1)
    if lone.any():  # few rows: a name alone on its row
        capitals = _capital_headings(name, lone)
        headings = {v: _reads_as_heading(v) or capitals(v) for v in pd.unique(name[lone].dropna())}
        person = person & ~name.map(headings).fillna(False).astype(bool)
    blank = ~filled.any(axis=1)
    # A totals row may carry a count in a column; a footnote fills one cell at most.
    # ... or counts in several columns (`ИТОГО | 21 | 8 | 13`): every other filled cell a number.
    first = _Distinct(text)  # the first cells' distinct texts, for every test on them below
    starts_total = first.each(lambda t: _anchored_contains(t, _TOTALS, _TOTALS_WIDTH))
    not_counts = pd.Series(0, index=block.index)
    if starts_total.any():  # only totals rows need their cells looked at
        rows = block.loc[starts_total]
        counts = rows.apply(lambda col: col.astype("string").str.fullmatch(_COUNT)).fillna(False).astype(bool)
        not_counts.loc[rows.index] = (filled.loc[rows.index] & ~counts).sum(axis=1)
    totals = starts_total & ((n_fields <= 2) | (not_counts <= 1))
    few = (n_fields <= 1).to_numpy()  # a footnote fills one field at most: only those rows are looked at
    footnote = pd.Series(False, index=block.index)
    if few.any():
        footnote.loc[few] = _each_distinct(text[few], lambda t: t.str.contains(_FOOTNOTE)).to_numpy()
    numbers = _column_numbers(block, text, first) if len(block) else pd.Series(False, index=block.index)
    repeated = _repeated_header(block, header, text, first)
    case = ~blank & ~totals & ~footnote & ~numbers & ~repeated & ((n_fields >= 2) | ((n_fields == 1) & person))
    reason = pd.Series(pd.NA, index=block.index, dtype="string")
    reason = reason.mask(~blank & ~case, HEADING_REASON)
    reason = reason.mask(numbers, "a row of column numbers under the header")
    reason = reason.mask(repeated & ~blank, "the header repeated (a printed list repeats it on every page)")
    reason = reason.mask(footnote & ~blank, "a footnote")
    reason = reason.mask(totals & ~blank, "a totals row")
    kind = pd.Series(np.where(blank, "blank", np.where(case, "case", "not_a_case")), index=block.index)
    return pd.DataFrame({"kind": kind, "reason": reason})


# A year heading (`2021 год`, `2021`, `2021 жыл`, `Year 2021`): which date of the case it dates


# A column of counts (`Количество`, `Кол-во дел`, `Count`, `Саны`) in a sheet that names no person
# marks a summary table (by city, by article): counting its rows as cases would inflate every number.
_COUNT_HEADER = re.compile(r"^(?:количество|кол-?во|число|всего|итого|count|number|total|n of|no\.? of|саны|барлығы)\b", re.IGNORECASE)


def is_summary_table(header: HeaderMap) -> bool:
    if header.counts:
        return True
    if any(header.column_of(part) is not None for part in NAME_PARTS):
        return False
    return any(_COUNT_HEADER.search(match_key(h)) for h in header.unmapped)
