"""Finding the header of a sheet and naming its columns.

In: a `RawSheet` (cells as text) and the column overrides of sources.toml.
Out: a `HeaderMap`: which rows are the header (one row, or two with merged
group cells above), which field each column holds, how it was named
(sources.toml, alias, keyword or content), the headers as written, the
columns left unmapped (with what their values look like) and the columns
knowingly ignored (links, lawyer, place of detention).

Columns are named as a person reading the list would (`assign`): every
(column, field) pair is scored on its header (an override in sources.toml is
strongest, then an exact alias of `vocab/headers.csv`, read whole or part by
part: `ФИО / Name`, `Дата (dd.mm.yyyy)`, with abbreviations of
`vocab/header_abbreviations.csv` spelled out; then a keyword pattern of
`vocab/header_patterns.csv`; a header in Latin letters is also read as Kazakh
written in Cyrillic, `latin_readings`) and on its values (the share that the field's
parser reads, `content.py`); the best one-to-one mapping is then taken,
strongest pair first. Values alone name a column only when nearly all of them
read as one field; values that contradict a header (a "region" column holding
towns) move it. A column of dates goes to the date its header's words name
(`vocab/date_header_words.csv`: court and trial dates are the sentence's).
A name split over columns maps to `name` (the surname), `first_name` and
`patronymic`; columns.py joins them. `Имя` or `Аты` alone is the name. Columns
under one header cell merged over them, without a header of their own, are
`spans` of the first (`Статья УК РК` over `ст. 405 | ч. 2`); columns.py joins them.
Layouts known by their shape: a header's second row holding only the sub-headers of a merged group
(`_sub_header_by_shape`), a header's second row with nothing merged whose words complete the headers
above them (`_sub_header_unmerged`: `Дата` over `задержания`), a first row that is a header by its
shape (`_header_by_shape`), a form's question headers (phrases.py), columns headed by years read as
one history (year_columns.py), a header over three or four rows named by each column's path (deep_header.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import pandas as pd

from . import content, deep_header, form_exports, form_tools, former_columns, json_columns, phrases, split_dates, year_columns
from .config import VOCAB_DIR, VocabularyError
from .parse import letterless
from .parse.text import clean_spaces, kazakh_latin_readings, kazakh_skeleton, match_key
from .read import RawSheet

FIELDS = (
    "row_number", "name", "first_name", "patronymic", "birth_year",
    "age",  # not a column of cases: an age column gives the year of birth only where a cell writes one (cases.py)
    "city", "region", "articles", "status", "sentence",
    "appeal",  # not a column of cases: the appeal's outcome changes the status and term (appeal.py)
    "detained_on", "charged_on", "sentenced_on", "released_on", "affiliation", "dvk_koshe", "notes",
    "release_grounds",  # not a column of cases: a filled cell says the person was released (stage.py)
)
# A header row must name a person or a charge and one more field.
CORE_FIELDS = {"name", "articles", "city", "status"}
SCAN_ROWS = 40
# A name split over columns (`Surname | First name`, `Фамилия | Имя | Отчество`): columns.py
# joins the parts into `name` in this order. A first name with no surname column is the name.
NAME_PARTS = ("name", "first_name", "patronymic")
# Status and sentence columns are both read with the measure parser (cases.parse_cases).
MEASURE_PARTNER = {"sentence": "status", "status": "sentence"}
DATE_FIELDS = ("detained_on", "charged_on", "sentenced_on", "released_on")

# Scores of the evidence for a (column, field) pair (see `assign`). A header's evidence always
# outweighs values alone, unless the values contradict it.
SCORE_OVERRIDE, SCORE_ALIAS, SCORE_PARTNER, SCORE_KEYWORD = 100.0, 20.0, 19.0, 10.0
CONTENT_WEIGHT = 6.0  # at most this much from values: less than any header evidence
CONTRADICTION = 16.0  # values that deny a header's field: an alias falls below values alone
CONTRADICTED_BELOW = 0.2  # share at or under which values deny the field
MIN_VALUES = 3  # fewer values than this say nothing
# The kind of value (content.KINDS) that tells each field; fields not here are named by header only.
CONTENT_KIND = {"birth_year": "birth_year", "city": "city", "region": "region", "articles": "articles",
                "status": "status", "sentence": "term", **{d: "date" for d in DATE_FIELDS}}
# Values can deny these fields (their parsers know nearly every value a list writes); articles and
# statuses of a new list are often a vocabulary gap, reported as such, never a reason to move a column.
# An appeal's outcome is words (`оставлен без изменения`, `reduced to 2 years`): a column of dates under an
# appeal header (`Даты / Апелляция`) is the appeal's date, never its outcome (`_content`).
DENIABLE = {"birth_year", "city", "appeal", *DATE_FIELDS}
# A column of dates is no other field's, whatever its header (a date of birth is a birth year; notes are free text).
DENIED_BY_DATES = set(FIELDS) - {"birth_year", "notes", *DATE_FIELDS}


@dataclass
class HeaderMap:
    header_rows: list[int]  # positions in sheet.cells
    fields: dict[int, str] = field(default_factory=dict)  # column position -> field
    written: dict[int, str] = field(default_factory=dict)  # column position -> header as written
    unmapped: list[str] = field(default_factory=list)
    guessed: list[str] = field(default_factory=list)  # headers named by a keyword pattern, not an alias
    by_content: list[str] = field(default_factory=list)  # headers whose values named their field
    ignored: list[str] = field(default_factory=list)  # columns of a kind kzanalysis knowingly does not read
    how: dict[int, str] = field(default_factory=dict)  # column position -> sources.toml, alias, keyword or content
    # column position -> what the values of an unmapped column look like (content.Profile)
    profiles: dict[int, content.Profile] = field(default_factory=dict)
    unmapped_written: dict[int, str] = field(default_factory=dict)  # column position -> header of an unmapped column
    ignored_written: dict[int, str] = field(default_factory=dict)  # column position -> header of an ignored column
    # column position -> match keys of its header cells, to tell a header repeated down a printed list
    cell_keys: dict[int, frozenset[str]] = field(default_factory=dict)
    # column position -> the columns to its right under the same merged header cell, with no
    # header of their own (`Статья УК РК` merged over `ст. 405 | ч. 2`): columns.py reads them as one
    spans: dict[int, list[int]] = field(default_factory=dict)
    # column position -> header of a column whose values are status histories (stage_history.py): known
    # by its values whatever its header; a column mapped to another field (status) keeps it
    histories: dict[int, str] = field(default_factory=dict)
    # column position of a run's first year -> the run of columns headed by years, (column, year) each:
    # read as one history, each date with its column's year (year_columns.py)
    years: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    # column position of a date's day -> its (day, month, year) columns, read as one date (split_dates.py)
    date_parts: dict[int, tuple[int, int, int]] = field(default_factory=dict)
    # a form export (form_exports.py): column of a tie's first 1/0 option -> all its options' columns, read as one yes/no;
    # a field's column -> the column of its "other, specify" answer; a years column -> the months column of the same term
    any_of: dict[int, list[int]] = field(default_factory=dict)
    other: dict[int, int] = field(default_factory=dict)
    term_months: dict[int, int] = field(default_factory=dict)
    # a survey's option columns (form_tools.py): column -> the option's name in the second header line
    option_names: dict[int, str] = field(default_factory=dict)
    # column positions with values but no header cell at all, named `column N` among the unmapped (unread.py)
    unheaded: set[int] = field(default_factory=set)
    # a table of counts found by its shape (counts_table.py): none of its rows is a case
    counts: bool = False
    # a matrix of ticks (tick_matrix.py): column -> the stage its ticks give (stage_columns.py)
    ticked: dict[int, str] = field(default_factory=dict)

    @property
    def first_data_row(self) -> int:
        return self.header_rows[-1] + 1

    def column_of(self, name: str) -> int | None:
        return next((c for c, f in self.fields.items() if f == name), None)


@cache
def header_aliases() -> dict[str, str]:
    table = pd.read_csv(VOCAB_DIR / "headers.csv", dtype=str, keep_default_na=False)
    unknown = set(table["field"]) - set(FIELDS)
    if unknown:
        raise VocabularyError(f"kzanalysis/vocab/headers.csv names unknown fields: {sorted(unknown)}")
    return {_key(a): f for a, f in zip(table["alias"], table["field"])}


_FOOTNOTE_MARK = re.compile(r"[*¹²³]+$|^\d+[.)]\s*")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


@cache
def _key(text: str) -> str:
    return match_key(_FOOTNOTE_MARK.sub("", clean_spaces(text)))


@cache
def header_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Ordered (field, pattern) pairs of vocab/header_patterns.csv: the fallback for headers no alias names."""
    table = pd.read_csv(VOCAB_DIR / "header_patterns.csv", dtype={"order": int, "field": str, "pattern": str}, keep_default_na=False)
    unknown = set(table["field"]) - set(FIELDS) - {"ignore"}
    if unknown:
        raise VocabularyError(f"kzanalysis/vocab/header_patterns.csv names unknown fields: {sorted(unknown)}")
    table = table.sort_values("order", kind="stable")
    return tuple((f, re.compile(p)) for f, p in zip(table["field"], table["pattern"]))


def guess_field(text: object) -> str | None:
    """The field whose keyword pattern a header matches first ("ignore" for columns we do not read), or None."""
    if text is None or text is pd.NA or not str(text).strip():
        return None
    return _guess_field(str(text))


@cache
def _guess_field(text: str) -> str | None:
    # one reading per header text and process: the same text is asked about for every sheet and column
    if phrases.question_asks(text) is not None:  # a form's question: the field it asks about
        return phrases.question_field(text)
    return _first_pattern(text, header_patterns())


def guess_field_of_words(text: str) -> str | None:
    """The field whose keyword pattern the header's words match first, a question read as any header."""
    return _first_pattern(str(text), header_patterns())


def _first_pattern(text: str, patterns: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    """The field of the first pattern the header matches, as written or (in Latin letters) read in Cyrillic;
    else, for a header in Cyrillic, the first of the patterns with a Kazakh letter that its letterless
    spelling matches, both folded alike (`Усталган куни`: parse/letterless.py)."""
    for written in (text, *latin_readings(text)):
        key = _key(written)
        spelled = spell_out(key)
        found = next((f for f, pattern in patterns if pattern.search(key) or pattern.search(spelled)), None)
        if found:
            return found
    if _CYRILLIC.search(text):
        key = letterless.fold(letterless.without_other_words(_key(text)))
        spelled = letterless.fold(letterless.without_other_words(spell_out(_key(text))))
        return next((f for f, pattern in _letterless_patterns(patterns) if pattern.search(key) or pattern.search(spelled)), None)
    return None


@cache
def _letterless_patterns(patterns: tuple[tuple[str, re.Pattern[str]], ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The patterns with a Kazakh letter, folded as a letterless key is (`ұстал` -> `устал`), in their order."""
    return tuple((f, re.compile(letterless.fold_pattern(p.pattern))) for f, p in patterns
                 if letterless.has_kazakh_letter(p.pattern))


@cache
def _date_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = pd.read_csv(VOCAB_DIR / "date_header_words.csv", dtype={"order": int, "field": str, "pattern": str}, keep_default_na=False)
    unknown = set(table["field"]) - set(DATE_FIELDS)
    if unknown:
        raise VocabularyError(f"kzanalysis/vocab/date_header_words.csv names fields that are not dates: {sorted(unknown)}")
    table = table.sort_values("order", kind="stable")
    return tuple((f, re.compile(p)) for f, p in zip(table["field"], table["pattern"]))


@cache
def _never_dated_patterns() -> tuple[re.Pattern[str], ...]:
    table = pd.read_csv(VOCAB_DIR / "header_patterns.csv", dtype={"order": int, "field": str, "pattern": str}, keep_default_na=False)
    rows = table.loc[(table["field"] == "ignore") & table["source"].str.contains("never a date", regex=False)]
    return tuple(re.compile(p) for p in rows["pattern"])


def never_dated(text: str) -> bool:
    """The header names a column that is never a date of the case, whatever its words say of an event:
    a record's or a form's timestamp, a form's own questions (`start`, `today`): the `ignore` rows of
    `vocab/header_patterns.csv` that say so."""
    key = _key(str(text))
    return any(p.search(key) for p in _never_dated_patterns())


def date_field_of(text: str) -> str | None:
    """Which of the four dates a column of dates holds, by the words of its header (`Court date`
    -> sentenced_on), or None where the header names no event."""
    return _first_pattern(str(text), _date_words())


def date_events(text: str) -> list[tuple[int, int, str]]:
    """Where the words of `vocab/date_header_words.csv` name an event in a text (`Detained in ...`,
    `приговорён`): (start, end, date field) in the text's match key, in order of position."""
    key = match_key(str(text))
    found = {(m.start(), m.end(), f) for f, pattern in _date_words() for m in pattern.finditer(key)}
    return sorted(found)


@cache
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """vocab/header_abbreviations.csv as one regex over whole words of a match key, and its expansions."""
    table = pd.read_csv(VOCAB_DIR / "header_abbreviations.csv", dtype=str, keep_default_na=False)
    spelled = {match_key(a): match_key(e) for a, e in zip(table["abbreviation"], table["expansion"]) if match_key(a)}
    if not spelled:
        return None
    alternation = "|".join(re.escape(a) for a in sorted(spelled, key=len, reverse=True))
    return re.compile(rf"(?<!\S)(?:{alternation})(?!\S)"), spelled


def spell_out(key: str) -> str:
    """A header's match key with its abbreviations written out (`yob` -> `year of birth`, `г р` -> `год рождения`)."""
    found = _abbreviations()
    if found is None:
        return key
    regex, spelled = found
    return regex.sub(lambda m: spelled[m.group(0)], key)


# A header cell in two languages or with a note: `ФИО / Name`, `Аты-жөні | ФИО`, `Дата (dd.mm.yyyy)`.
_PART_BREAK = re.compile(r"\s*(?:/|\||\\|\n)\s*")


def header_parts(text: str) -> list[str]:
    """The parts of a header cell read one by one: the text outside brackets split at slashes, bars
    and line breaks, then the text in brackets."""
    text = clean_spaces(text)
    inner = [m.group(0)[1:-1] for m in _BRACKETS.finditer(text)]
    outer = _BRACKETS.sub(" ", text)
    return [p.strip() for p in [*_PART_BREAK.split(outer), *inner] if match_key(p)]


def _alias_of_key(key: str, aliases: dict[str, str]) -> str | None:
    return aliases.get(key) or aliases.get(spell_out(key))


def lookup_how(text: object, overrides: dict[str, str] | None = None) -> tuple[str | None, str | None]:
    """(field, how) a header names through sources.toml or the alias table; how is `sources.toml`,
    `alias` (the whole cell) or `alias (part)` (a part of a two-language or bracketed cell)."""
    if text is None or text is pd.NA or not str(text).strip():
        return None, None
    key = _key(str(text))
    if overrides and key in overrides:
        return overrides[key], "sources.toml"
    return _lookup_vocabulary(str(text))


@cache
def _lookup_vocabulary(text: str) -> tuple[str | None, str | None]:
    """`lookup_how` through the alias table alone (no sources.toml): once per header text and process,
    as every cell of a sheet's first rows is looked up while the header row is sought."""
    key = _key(text)
    aliases = header_aliases()
    bare = match_key(_BRACKETS.sub(" ", clean_spaces(str(text))))
    # the cell without its brackets, unless nothing is left (`["a","b"]` is a value, not the sign-only `№`)
    whole = _alias_of_key(key, aliases) or (_alias_of_key(bare, aliases) if bare else None)
    if whole:
        return whole, "alias"
    named = {f for f in (_alias_of_key(_key(p), aliases) for p in header_parts(str(text))) if f}
    if len(named) == 1:  # `ФИО / Name`: the parts agree (parts that disagree say nothing)
        return named.pop(), "alias (part)"
    if _CYRILLIC.search(text):  # `Туган жылы`, `Аты-жони`: Kazakh typed without its letters
        named = _letterless_field(key, bare, text)
        if named:
            return named, "alias"
    readings = latin_readings(str(text))
    for reading in readings:
        found = lookup_how(reading)
        if found[0]:
            return found
    skeletons = _skeleton_aliases()
    named = {skeletons.get(kazakh_skeleton(_key(r))) for r in readings} - {None}
    if len(named) == 1:  # `Tuǵan jyly`, `Tugan zhyly`: Kazakh in a spelling of no one script
        return named.pop(), "alias"
    return None, None


@cache
def letterless_aliases() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """(folded alias -> field for the aliases with a Kazakh letter whose fold names one field only; folded
    key -> fields, where aliases of different fields fold alike and are left out): parse/letterless.py."""
    return letterless.fold_aliases(header_aliases())


def _letterless_field(key: str, bare: str, text: str) -> str | None:
    """The field a header in Cyrillic names once it and the aliases are folded alike, whole or part by part."""
    folded = letterless_aliases()[0]
    whole = _alias_of_key(letterless.fold(key), folded) or (_alias_of_key(letterless.fold(bare), folded) if bare else None)
    if whole:
        return whole
    named = {f for f in (_alias_of_key(letterless.fold(_key(p)), folded) for p in header_parts(text)) if f}
    return named.pop() if len(named) == 1 else None


@cache
def _skeleton_aliases() -> dict[str, str]:
    """The Cyrillic aliases by their `kazakh_skeleton`, where it names one field only."""
    fields: dict[str, set[str]] = {}
    for alias, f in header_aliases().items():
        if _CYRILLIC.search(alias):
            fields.setdefault(kazakh_skeleton(alias), set()).add(f)
    return {k: next(iter(v)) for k, v in fields.items() if len(v) == 1}


_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


@cache
def latin_readings(text: str) -> tuple[str, ...]:
    """A header in Latin letters only, written in Cyrillic letters as Kazakh of each Latin script
    (`Tolyq aty-jóni` -> `Толық аты-жөні`, `Ūstalğan künı`, `Tugan zhyly`; parse/text.py), so that
    the Cyrillic aliases and patterns name it; nothing for a header with a Cyrillic letter."""
    if _CYRILLIC.search(text) or not re.search(r"[^\W\d_]", text):
        return ()
    return tuple(kazakh_latin_readings(text, force=True))


def lookup(text: object, overrides: dict[str, str] | None = None) -> str | None:
    """The field a header names through the alias table (or sources.toml), or None."""
    return lookup_how(text, overrides)[0]


def _head_rows(cells: pd.DataFrame) -> list[list[object]]:
    """The first rows of the sheet as lists of str or None, read once per sheet."""
    head = cells.iloc[: SCAN_ROWS + 2]
    if not head.shape[1]:
        return [[] for _ in range(len(head))]
    return [list(row) for row in zip(*(content.cell_texts(head.iloc[:, c]) for c in range(head.shape[1])))]


def _row_field(value: object, overrides: dict[str, str]) -> str | None:
    """The field a cell names when looking for the header row: an alias, or the field a question asks about."""
    named = lookup(value, overrides)
    if named is None and value is not None and phrases.question_asks(str(value)) is not None:
        named = phrases.question_field(str(value))
    return None if named == "ignore" else named


# A header by its shape: a first row of at least this many cells, all words, over rows of values.
SHAPE_MIN_CELLS, SHAPE_MIN_ROWS = 4, 3
_NOT_A_WORD_CELL = re.compile(r"^[\W\d_]*$|^\s*\d[\d\s.,/:-]*\s*$")


def _header_by_shape(rows: list[list[object]]) -> int | None:
    """Where no row names enough fields by alias: the first non-blank row when it is clearly a header
    by its shape (at least SHAPE_MIN_CELLS distinct cells of words, no number or date among them,
    filled out to the sheet's width, over at least SHAPE_MIN_ROWS rows of values) and its words name a
    person or a charge and one more field by keyword; else None."""
    first = next((r for r, row in enumerate(rows) if any(v is not None for v in row)), None)
    if first is None:
        return None
    cells = [str(v).strip() for v in rows[first] if v is not None]
    below = [row for row in rows[first + 1:] if any(v is not None for v in row)]
    width = max((max((c for c, v in enumerate(row) if v is not None), default=-1) for row in below), default=-1) + 1
    if (len(cells) < SHAPE_MIN_CELLS or len(set(cells)) < len(cells) or any(_NOT_A_WORD_CELL.match(c) for c in cells)
            or len(below) < SHAPE_MIN_ROWS or len(cells) < 0.8 * width):
        return None
    named = [guess_field(v) for v in rows[first] if v is not None]
    return first if _score([None if f == "ignore" else f for f in named]) else None


def _score(fields: list[str | None]) -> int:
    named = {f for f in fields if f and f != "row_number"}
    return len(named) if named & CORE_FIELDS and len(named) >= 2 else 0


def _groups(top: list[object], sub: list[object], merged: list[tuple[int, int, int, int]], r: int) -> list[object]:
    """The group label above each column: merged ranges of row r spread their label over their columns."""
    label = list(top)
    spread = False
    for r0, c0, r1, c1 in merged:
        if r0 == r and r1 == r and c1 > c0:
            spread = True
            for c in range(c0, min(c1, len(label) - 1) + 1):
                label[c] = top[c0]
    if not spread:  # no merge information: a blank top cell over a sub-header belongs to the label on its left
        for c in range(1, len(label)):
            if label[c] is None and sub[c] is not None and label[c - 1] is not None and sub[c - 1] is not None:
                label[c] = label[c - 1]
    return label


def find_header(sheet: RawSheet, overrides: dict[str, str] | None = None) -> HeaderMap | None:
    """The header of the sheet, or None when no row in the first rows names enough fields."""
    cells = sheet.cells
    rows = _head_rows(cells)
    overrides = {_key(k): v for k, v in (overrides or {}).items()}
    best, best_score = None, 0
    for r in range(min(SCAN_ROWS, len(cells))):
        score = _score([_row_field(v, overrides) for v in rows[r]])
        if score > best_score:
            best, best_score = r, score
    if best is None:
        best = _header_by_shape(rows)
    if best is None:
        return None
    # The sub-header row of a two-row header can name more fields than the group row
    # above it (`Даты` over four dates); the header then starts on the row above.
    two_rows = False
    if best > 0 and _score([lookup(v, overrides) for v in rows[best - 1]]):
        above = rows[best - 1]
        if _is_sub_header(above, rows[best], _groups(above, rows[best], sheet.merged, best - 1), overrides):
            best -= 1
    elif best > 0 and _merged_down_over(rows[best - 1], sheet.merged, best - 1):
        # A header cell of the row above merged down over this row (`№ п/п`, `Примечание` beside group
        # cells): the row above is the header's first row, and that cell its column's header.
        best -= 1
        two_rows = True
    top = rows[best]
    header = HeaderMap(header_rows=[best])
    sub = rows[best + 1] if best + 1 < len(rows) else [None] * len(top)
    groups = _groups(top, sub, sheet.merged, best)
    answer_kinds = form_tools.is_response_row(top, sub)  # a survey tool's second line: `Response` / options (form_tools.py)
    if (two_rows or answer_kinds or _is_sub_header(top, sub, groups, overrides)
            or _sub_header_by_shape(top, sub, groups, sheet.merged, best) or _sub_header_unmerged(top, sub, overrides)):
        header.header_rows.append(best + 1)
    else:
        sub = [None] * len(top)
    parents: dict[int, str] = {}  # a column under two group levels or more -> the level above its own (deep_header.py)
    paths: dict[int, list[str]] = {}
    deeper = deep_header.further_rows(rows, sheet.merged, header.header_rows, overrides) \
        if len(header.header_rows) == 2 and not answer_kinds else []
    if deeper:  # a header over three rows or four: each column named by the path of its group cells
        header.header_rows = deeper
        top, groups, sub, parents, paths = deep_header.paths(rows, sheet.merged, deeper)
    options = form_tools.options(top, sub) if answer_kinds else {}
    if answer_kinds:  # a question is named by its own cell; its options' columns are read with it
        names = {q: form_tools.option_names(top, sub, q, cs) for q, cs in options.items()}
        sub = [None if v is None or form_tools.is_response(v) or top[c] is not None else v for c, v in enumerate(sub)]
        groups = [None] * len(top)
        for q, cs in options.items():
            header.spans[q] = cs
            header.option_names.update(zip(([q] if len(names[q]) > len(cs) else []) + cs, names[q]))
            for c in cs:
                sub[c] = None
    for c in range(len(top)):
        # as rows.cell_keys reads a row: a cell of signs only (`№`) is matched as written
        keys = frozenset(k for k in (match_key(str(v)) or str(v).strip() for v in (top[c], sub[c], groups[c], *paths.get(c, ()))
                                     if v is not None) if k)
        if keys:
            header.cell_keys[c] = keys
    candidates: dict[int, tuple[str, list[str]]] = {}  # column -> (header as written, texts to try)
    for c in range(len(top)):
        group, below = groups[c], sub[c]
        if below is not None:
            written = f"{clean_spaces(group)} / {clean_spaces(below)}" if group else clean_spaces(below)
            texts = [written, f"{group} {below}" if group else below, below]
            if c in parents:  # `Даты / задержания` under `Уголовное преследование`: the lowest two levels read together
                texts = [written, f"{parents[c]} {below}", below, f"{group} {below}"]
            candidates[c] = (written, texts)
        elif top[c] is not None:
            # a dotted path of a JSON export (`person.birth_date`): its last parts first (json_columns.py)
            candidates[c] = (clean_spaces(top[c]), [*json_columns.readings(top[c]), top[c]])
    for q, cs in options.items():
        if q in candidates and any(guess_field(n) == "dvk_koshe" for n in names[q]):
            candidates[q] = (candidates[q][0], ["affiliation", *candidates[q][1]])  # options naming the tie: the tie's question
    below = cells.iloc[header.first_data_row: header.first_data_row + PROFILE_ROWS]
    # Columns headed by years side by side (`2019 | 2020 | 2021`): one history, named at the first (year_columns.py).
    for run in year_columns.year_runs([sub[c] if sub[c] is not None else top[c] for c in range(len(top))]):
        if not year_columns.tells_events(year_columns.joined(below.set_axis(range(below.shape[1]), axis=1), run)):
            continue  # counts per year (a table of figures), not what happened
        first, group = run[0][0], groups[run[0][0]]
        span = f"{run[0][1]}–{run[-1][1]}"
        written = f"{clean_spaces(group)} / {span}" if group is not None and year_columns.header_year(group) is None else span
        candidates[first] = (written, [written, *([str(group)] if group is not None else [])])
        for c, _ in run[1:]:
            candidates.pop(c, None)
        header.years[first] = run

    # A date typed in three cells (`Дата задержания` over `число | месяц | год`): one date, named at its day (split_dates.py).
    for run in split_dates.part_runs([sub[c] if sub[c] is not None else top[c] for c in range(len(top))]):
        group = groups[run[0]] if sub[run[0]] is not None else None  # the group cell spread over the three
        if any(c not in candidates or c in header.years for c in run) or any(
                (groups[c] if sub[c] is not None else None) != group for c in run):
            continue
        parts = "–".join(clean_spaces(sub[c] if sub[c] is not None else top[c]) for c in (run[0], run[2]))
        written = f"{clean_spaces(group)} / {parts}" if group is not None else parts
        candidates[run[0]] = (written, [written, *([str(group)] if group is not None else [])])
        for c in run[1:]:
            candidates.pop(c, None)
        header.date_parts[run[0]] = run

    frame = below.set_axis(range(below.shape[1]), axis=1)
    system = _form_export_columns(header, candidates, frame, overrides)

    def values(c: int) -> pd.Series:
        if c in header.any_of:
            return form_exports.any_yes(frame, header.any_of[c])
        if c in header.date_parts:
            return split_dates.joined(below.set_axis(range(below.shape[1]), axis=1), header.date_parts[c])
        if c in header.years:
            return year_columns.joined(below.set_axis(range(below.shape[1]), axis=1), header.years[c])
        return below.iloc[:, c] if c < below.shape[1] else pd.Series(dtype=object)

    assign(header, candidates, values, overrides)
    for c, written in system.items():  # the export's own columns (`_id`, `_uuid`): no answers
        header.ignored.append(written)
        header.ignored_written[c] = written
    _form_answers_joined(header, frame)
    # A header cell merged over several columns, the ones to its right without a header of their
    # own: their values continue the field of the merged cell (article number | part).
    for r0, c0, r1, c1 in sheet.merged:
        if c1 > c0 and c0 in header.fields and any(r0 <= r <= r1 for r in header.header_rows):
            in_runs = {c for run in header.years.values() for c, _ in run} | {c for run in header.date_parts.values() for c in run}
            extra = [c for c in range(c0 + 1, c1 + 1) if c < len(top) and c not in candidates and c not in in_runs]
            if extra:
                header.spans[c0] = extra
    if "name" not in header.fields.values():
        # `Имя` or `Аты` alone names the person (a list with one name column).
        for c, f in list(header.fields.items()):
            if f == "first_name":
                header.fields[c] = "name"
    header.fields = dict(sorted(header.fields.items()))
    return header


def _form_export_columns(header: HeaderMap, candidates: dict[int, tuple[str, list[str]]], frame: pd.DataFrame,
                         overrides: dict[str, str]) -> dict[int, str]:
    """A form export's headers (form_exports.py): a group path is read by its last part; the 1/0
    columns of a tie's options become one column at the first; the export's own columns are taken
    out (returned, to be listed as ignored)."""
    system = {c: w for c, (w, _) in candidates.items() if form_exports.is_system(w)
              or (never_dated(w) and not lookup_how(w, overrides)[0])}
    # a survey tool's own columns (ids, times, the respondent's name: form_tools.py), unless sources.toml names one
    system.update({c: w for c, w in form_tools.tool_columns({c: w for c, (w, _) in candidates.items()}).items()
                   if lookup_how(w, overrides)[1] != "sources.toml"})
    for c in system:
        candidates.pop(c)
    written = {c: w for c, (w, _) in candidates.items()}
    for cols in form_exports.option_groups(written).values():
        flags = [c for c in cols if c < frame.shape[1] and form_exports.yes_no_cells(frame[c])]
        ties = [c for c in flags if guess_field(form_exports.last_part(written[c])) == "dvk_koshe"]
        if not ties:
            continue
        header.any_of[ties[0]] = ties
        for c in ties[1:]:
            candidates.pop(c, None)
        for c in flags:
            if c not in ties:  # an option of the same question naming no tie (`none`): no more than the ties say
                system[c] = written[c]
                candidates.pop(c, None)
    for c, (w, _texts) in list(candidates.items()):
        if form_exports.is_path(w):
            candidates[c] = (w, [form_exports.last_part(w)])
        if not form_exports.is_question_name(w) or c >= frame.shape[1]:
            continue
        named = next((f for t in candidates[c][1] for f in (lookup_how(t, overrides)[0], guess_field(t)) if f), None)
        if named in (None, "notes", "ignore") and form_exports.tie_answers(frame[c]):
            # a select_one whose choices are the tie's (`dvk`, `koshe`, `no`, `dk`), named by no other field (`case/tie`
            # reads as a case note by its words, `link` as a web link): the list's own tie question
            candidates[c] = (w, ["dvk_koshe", *candidates[c][1]])
    return system


def _form_answers_joined(header: HeaderMap, frame: pd.DataFrame) -> None:
    """After the columns are named: a field's "other, specify" column, and a term's months column
    beside its years column, are read with the field's column (form_exports.py, split_dates.py)."""
    ticks: set[int] = set()
    for c in list(header.fields):
        while (oc := form_exports.other_column_of(
                header.written[c], {k: w for k, w in header.unmapped_written.items() if k not in ticks})) is not None:
            if oc < frame.shape[1] and form_exports.yes_no_cells(frame[oc]):
                ticks.add(oc)  # an option's 1/0 column (`.../articles/other`) says it was chosen, not what was written
                continue
            header.other[c] = oc
            _take_off_unmapped(header, oc)
            break
    sentence = header.column_of("sentence")
    if sentence is not None:
        in_years = split_dates.years_unit(header.written[sentence])
        for mc in (sentence + 1, sentence - 1):
            w = header.unmapped_written.get(mc)
            paired = w and ((in_years and _MONTHS_WORD.search(_key(w))) or split_dates.term_pair(header.written[sentence], w))
            if paired and mc < frame.shape[1] and split_dates.whole_numbers(frame[mc]):
                header.term_months[sentence] = mc
                _take_off_unmapped(header, mc)
                break


def _take_off_unmapped(header: HeaderMap, c: int) -> None:
    written = header.unmapped_written.pop(c)
    header.written[c] = written  # read with another column; its count of values stays in the manifest
    header.profiles.pop(c, None)
    if written in header.unmapped:
        header.unmapped.remove(written)


# A header that gives months as its unit (`sent_mo`, `months`, `мес.`, `айы`).
_MONTHS_WORD = re.compile(r"(?<!\w)(?:months?|mos?|mths?|мес|месяц\w*|ай|айы|айлар)(?!\w)")
# Rows below the header whose values are looked at to name columns: enough for a sample of distinct values.
PROFILE_ROWS = 400


@dataclass
class _Column:
    written: str
    texts: list[str]
    values: object  # a callable giving the column's cells, profiled only when needed
    _profile: content.Profile | None = None

    @property
    def profile(self) -> content.Profile:
        if self._profile is None:
            self._profile = content.profile(self.values())
        return self._profile


def _dated(col: _Column) -> bool:
    """Nearly all the column's values are dates."""
    return col.profile.values >= MIN_VALUES and len(col.profile.distinct) >= 2 and col.profile.share("date") >= content.CLEAR


def _content(col: _Column, name: str) -> float:
    """The evidence of a column's values for a field: up to CONTENT_WEIGHT where nearly all of them
    read as it, minus CONTRADICTION where they deny it, else nothing."""
    if name == "appeal" and _dated(col):
        return -2 * CONTRADICTION  # the appeal's date: the column is read as any column of dates is
    if name in DENIED_BY_DATES and _dated(col):
        return -CONTRADICTION  # `Dates / Verdict` holding dates is the verdict's date, not the sentence
    if name in DATE_FIELDS and col.profile.values >= MIN_VALUES and col.profile.share("yes_no") >= content.CLEAR:
        return -2 * CONTRADICTION  # `Освобожден (да/нет)` holds no date: it says yes or no (stage_columns.py)
    kind = CONTENT_KIND.get(name)
    if kind is None or col.profile.values < MIN_VALUES or len(col.profile.distinct) < 2:
        return 0.0
    share = col.profile.share(kind)
    if share >= content.CLEAR:
        return CONTENT_WEIGHT * share
    if name in DENIABLE and share <= CONTRADICTED_BELOW:
        return -CONTRADICTION
    if name == "region" and col.profile.share("city") >= content.CLEAR and col.profile.share("region") <= CONTRADICTED_BELOW:
        return -CONTRADICTION  # a "region" column holding towns: its values are cities
    return 0.0


# Distinct values a column needs before none of them reading as its keyword's field denies the keyword.
KEYWORD_DENIED_FROM = 5


def _keyword_denied(col: _Column, name: str) -> bool:
    """A header word guessed a status (`Состояние здоровья`: a state, but of health) and not one of the
    column's many distinct values reads as a status, a measure or a term: the word named something else.
    The column is then judged as a column no header names (values alone, else `unmapped_column`), so a
    sheet heading or another column gives the status. An alias is never denied so: a list's own status
    words in a new wording are a vocabulary gap, reported as `unknown_status`."""
    if name != "status":
        return False
    p = col.profile
    return (p.values >= MIN_VALUES and len(p.distinct) >= KEYWORD_DENIED_FROM
            and p.share("status") == 0 and p.share("term") == 0 and p.share("date") < content.CLEAR)


def assign(header: HeaderMap, candidates: dict[int, tuple[str, list[str]]], values, overrides: dict[str, str]) -> None:
    """Name the columns of `header` as one assignment: score every (column, field) pair on its
    header and its values, then take pairs strongest first, each column and field once.
    `candidates`: column -> (header as written, texts to try); `values(c)`: the cells below."""
    cols = {c: _Column(written, texts, (lambda c=c: values(c))) for c, (written, texts) in candidates.items()}
    pairs: list[tuple[float, int, int, str, str]] = []  # (score, rank of how, column, field, how)
    ignored: set[int] = set()
    later: dict[int, set[str]] = {}  # column named by its header -> the fields its header names
    for c, col in cols.items():
        named, how = next(((f, h) for f, h in (lookup_how(t, overrides) for t in col.texts) if f), (None, None))
        if how == "sources.toml":
            pairs.append((SCORE_OVERRIDE, 0, c, named, how))
            continue  # the analyst's word is final
        if named == "age" and col.profile.share("birth_year") == 0:
            # A column of ages only gives nothing (an age is no year of birth): it stays unmapped, and says so.
            # Where some cells write a year of birth (`1994 ж.т.`), it is read for those (cases.py).
            named, how = None, None
        header_fields: dict[str, tuple[float, str]] = {}
        if named:
            header_fields[named] = (SCORE_ALIAS, "alias")
            if named in MEASURE_PARTNER:  # `Приговор` beside `Срок наказания`: the second takes the partner
                header_fields[MEASURE_PARTNER[named]] = (SCORE_PARTNER, "alias")
        guessed = next((g for g in (guess_field(t) for t in col.texts) if g), None)
        if guessed == "ignore" and not named:
            ignored.add(c)
        elif guessed and guessed not in header_fields:
            header_fields[guessed] = (SCORE_KEYWORD, "keyword")
        # `sent_mo`, `Срок, мес.`, `Months`: whole numbers under a header that gives months as the unit
        # are the sentence's term (columns.with_header_unit reads them as months).
        in_months = c not in ignored and any(_MONTHS_WORD.search(_key(t)) for t in col.texts) \
            and col.profile.values >= MIN_VALUES and col.profile.share("months_number") >= content.CLEAR
        if not header_fields and in_months:
            header_fields["sentence"] = (SCORE_KEYWORD, "content")
        # A column of dates goes to the date its header's words name, whatever else they say.
        dated = next((d for d in (date_field_of(t) for t in col.texts) if d), None)
        if dated and dated not in header_fields and _content(col, dated) > 0:
            header_fields[dated] = (SCORE_KEYWORD, "content")
        standing = False  # some header evidence that the values do not deny
        for name, (score, how) in header_fields.items():
            # An alias of a field whose values cannot deny it is taken at its word (and its values are not parsed here).
            checked = how != "alias" or name in DENIABLE or name == "region"
            total = score + (_content(col, name) if checked else (-CONTRADICTION if name in DENIED_BY_DATES and _dated(col) else 0.0))
            if name == "sentence" and in_months and how == "keyword":
                total += CONTENT_WEIGHT  # `sentence.term_months` of whole numbers beside `sentence.type`: the term
            if how == "keyword" and _keyword_denied(col, name):
                total -= CONTRADICTION
            if total > 0:
                pairs.append((total, 1 if how == "alias" else 2, c, name, how))
            standing = standing or total > CONTENT_WEIGHT
        if standing and c not in ignored:
            later[c] = set(header_fields)
        if standing or c in ignored:
            continue  # a link, a lawyer, a place of detention: only a date there is read (above)
        # No header evidence, or only evidence its values deny: the values alone, where nearly all read as one field.
        for name, kind in CONTENT_KIND.items():
            if kind != "date" and name not in header_fields:
                score = _content(col, name)
                if score > 0:
                    pairs.append((score, 3, c, name, "content"))
    # `Регион до 2022` beside `Регион`: the column of today is the field (former_columns.py)
    pairs = former_columns.present_first(pairs, {c for c, col in cols.items() if former_columns.says_former(col.texts)})
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    _take_pairs(header, cols, pairs)
    # A column whose header's fields all went to other columns (`group_case/...` read as a group word beside the
    # affiliation column): its values then speak for it, as for a column with no header evidence.
    lost = [(score, 3, c, name, "content") for c, named in later.items() if c not in header.fields
            for name, kind in CONTENT_KIND.items()
            if kind != "date" and name not in named and (score := _content(cols[c], name)) > 0]
    _take_pairs(header, cols, sorted(lost, key=lambda p: (-p[0], p[1], p[2])))
    _name_by_content(header, cols, ignored)
    dated = any(f in DATE_FIELDS for f in header.fields.values())
    for c, col in cols.items():
        # A status history (`задержан 12.03.2021 → осуждён 05.08.2021`) is known by its values, whatever its header.
        if header.how.get(c) != "sources.toml" and header.fields.get(c) not in DATE_FIELDS and (
                col.profile.is_history_column() or (header.how.get(c, "content") == "content" and chronology(col.profile, dated))):
            header.histories[c] = col.written
            if c not in header.fields:
                continue
        if c in header.fields:
            continue
        if c in ignored or former_columns.is_former_column(
                col.texts, next((f for f in (lookup_how(t, overrides)[0] for t in col.texts) if f), None), header.fields.values()):
            header.ignored.append(col.written)  # a lawyer, a link; or the region before 2022 beside today's (former_columns.py)
            header.ignored_written[c] = col.written
        else:
            header.unmapped.append(col.written)
            header.profiles[c] = col.profile
            header.unmapped_written[c] = col.written
    header.guessed = [w for c, w in sorted(header.written.items()) if header.how.get(c) == "keyword"]
    header.by_content = [w for c, w in sorted(header.written.items()) if header.how.get(c) == "content"]


def _take_pairs(header: HeaderMap, cols: dict[int, "_Column"], pairs: list[tuple[float, int, int, str, str]]) -> None:
    """Name columns from scored pairs, strongest first, each column and field once."""
    for _score, _, c, name, how in pairs:
        if c in header.fields or name in header.fields.values():
            continue
        header.fields[c], header.written[c], header.how[c] = name, cols[c].written, how
        if how == "keyword":
            header.guessed.append(cols[c].written)
        elif how == "content":
            header.by_content.append(cols[c].written)


def chronology(profile: content.Profile, dated: bool) -> bool:
    """A column not named by its header (unmapped, or named by its values only), in a sheet that reads
    no date column, whose values nearly all name an event with its date (`задержан 14.03.2021`,
    `arrested 3 May 2022; sentenced 9 Nov 2022`), one step or more a cell: the sheet's chronology, read
    as a status history (each date to its event's field) though many of its cells name one step only."""
    return (not dated and profile.values >= MIN_VALUES and len(profile.distinct) >= 2
            and profile.share("history") >= content.CLEAR)


def reread_unmapped(header: HeaderMap, cases: pd.DataFrame) -> None:
    """Judge the columns left unmapped again on the case rows as the parsers will read them (a case's
    cells completed by the rows that continue it, continuation.py): a column that now reads as a
    status history or a chronology is one, and the others are described by these values."""
    dated = any(f in DATE_FIELDS for f in header.fields.values())
    for c, written in list(header.unmapped_written.items()):
        if c not in cases.columns:
            continue
        found = content.profile(cases[c])
        header.profiles[c] = found
        if found.is_history_column() or chronology(found, dated):
            header.histories[c] = written
            header.unmapped_written.pop(c)
            header.profiles.pop(c)
            if written in header.unmapped:
                header.unmapped.remove(written)


def _name_by_content(header: HeaderMap, cols: dict[int, "_Column"], ignored: set[int]) -> None:
    """Where no column is the person's name, a column left unmapped whose values nearly all read as
    names of people (two to five capitalised words) and as no other kind of value is the name, read
    by content; of several, the one whose values read so most (the leftmost on a tie)."""
    if any(f in NAME_PARTS for f in header.fields.values()):
        return
    found = []
    for c, col in cols.items():
        if c in header.fields or c in ignored or c in header.years:
            continue
        p = col.profile
        if p.values >= MIN_VALUES and len(p.distinct) >= 2 and p.share("name") >= content.CLEAR and p.clearly() == "name":
            found.append((-p.share("name"), c))
    if found:
        c = min(found)[1]
        header.fields[c], header.written[c], header.how[c] = "name", cols[c].written, "content"


# A cell that is a value, never a header word: a full date (`2020-01-23T01:13:00+06:00`, `12.03.2021`).
_A_VALUE = re.compile(r"(?:19|20)\d\d-\d\d-\d\d(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d")


def _is_sub_header(top: list[object], sub: list[object], groups: list[object], overrides: dict[str, str]) -> bool:
    filled = [c for c, v in enumerate(sub) if v is not None]
    if not filled or any(_A_VALUE.fullmatch(str(sub[c]).strip()) for c in filled):
        return False  # a date or a number with a unit: a row of values (a first case), not a header's second row
    mapped = 0
    for c in filled:
        if top[c] is not None and _complete(top[c], overrides) and groups[c] == top[c] and not _spans(groups, c):
            return False  # a value under a complete header of its own: that is data, not a sub-header
        if lookup(sub[c], overrides) or (groups[c] and lookup(f"{groups[c]} {sub[c]}", overrides)):
            mapped += 1
    return mapped >= 1


_YEAR = re.compile(r"(?:19|20)\d\d")


def _sub_header_by_shape(top: list[object], sub: list[object], groups: list[object],
                         merged: list[tuple[int, int, int, int]], r: int) -> bool:
    """The row below a header row is its second row by the shape of the two, whatever its words: its
    filled cells all sit under a group cell spread over several columns, and either a header cell of
    the row above is merged down over it, or its cells are words or years (a case row holds names, dates, numbers)."""
    filled = [c for c, v in enumerate(sub) if v is not None]
    if not filled or not all(_spans(groups, c) and groups[c] is not None for c in filled):
        return False
    if any(r0 == r and r1 > r for r0, _, r1, _ in merged):
        return True
    return all(not re.search(r"\d", str(sub[c])) or _YEAR.fullmatch(str(sub[c]).strip()) for c in filled)


def _merged_down_over(above: list[object], merged: list[tuple[int, int, int, int]], r: int) -> bool:
    """A filled cell of row r (the row above a header row) is merged down over the row below it."""
    return any(r0 == r and r1 > r and c0 < len(above) and above[c0] is not None for r0, c0, r1, _ in merged)


def _sub_header_unmerged(top: list[object], sub: list[object], overrides: dict[str, str]) -> bool:
    """The row below a header row is its second row though nothing is merged (a PDF turned into Excel:
    `Дата` over `задержания`, `Год` over `рожд.`): every filled cell is words (no digit, so no date,
    year or number) under a filled header cell of its column, at least one pair read together names a
    field by alias where the top cell alone names none, and no pair names another field than its top
    cell does alone. A first case row holds dates, years or numbers, or names no field with its header."""
    filled = [c for c, v in enumerate(sub) if v is not None and str(v).strip()]
    if not filled or any(c >= len(top) or top[c] is None or re.search(r"\d", str(sub[c])) for c in filled):
        return False
    joined_names = 0
    for c in filled:
        alone, together = lookup(top[c], overrides), lookup(f"{top[c]} {sub[c]}", overrides)
        if alone is None and together not in (None, "ignore"):
            joined_names += 1
        elif alone is not None and together is not None and together != alone:
            return False
    return joined_names >= 1


def _complete(cell: object, overrides: dict[str, str]) -> bool:
    """A header cell that names a field by itself: an alias, or a question."""
    return lookup(cell, overrides) is not None or phrases.question_asks(str(cell)) is not None


def _spans(groups: list[object], c: int) -> bool:
    return (c > 0 and groups[c - 1] == groups[c]) or (c + 1 < len(groups) and groups[c + 1] == groups[c])
