"""The cleaning chain: lists in, tidy tables out, nothing lost.

In: paths of lists (files or folders) and the optional `sources.toml` beside
them. Out: a `CleanResult` with the `cases`, `charges` and `problems` tables
and the manifest (see SPEC.md "Tidy tables"). Every non-blank row below a
header becomes a case or a dropped row with a reason, and
`rows_read == cases + dropped` is checked for every sheet on every run.

Section headings (`Лишены свободы`, `Imprisoned`, `Punitive psychiatry`,
`г. Алматы`, `Алматинская область`; REFERENCE d: ODF and Russian lists group
people by outcome or place) are dropped rows, but what they say holds for the
rows below them until the next heading of their kind (`section_headings`): a
heading read as one status gives it to rows whose status and sentence cells
give none, a heading read as a city or region gives it to rows whose place
cells are blank. A row's own value always wins, a cell that could not be read
keeps its problem, a heading that groups several statuses (`Suspended or
non-custodial sentences`) gives none, and a year heading (`2021 год`) gives
no date (which date it would be is a guess). Values from headings are not
problems; the manifest names the headings used (`sections`) per sheet.
"""
from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pandas as pd

from . import __version__, config
from .config import VocabularyError
from .headers import NAME_PARTS, HeaderMap, find_header
from .parse import Parsed
from .parse import affiliation as aff
from .parse import articles as art
from .parse import dates, names, places, status
from .parse.text import clean_spaces, match_key
from .read import RawSheet, UnreadableFile, list_inputs, read_file, sha256
from .schema import DATE_COLUMNS, Cases
from .tables import Tables, empty, validate
from .tables import write as write_tables

# The 2014 Criminal Code took effect on 1 January 2015 (REFERENCE.md a.1); a bare
# number in a case that started before then is written in the 1997 numbering.
CC2014_IN_FORCE = pd.Timestamp("2015-01-01")
DATE_FIELDS = {"detained_on": "detained_on", "charged_on": "charged_on", "sentenced_on": "sentenced_on", "released_on": "released_on"}
# Fields that make a row a case when filled (row number and notes do not).
CASE_FIELDS = ("name", "birth_year", "city", "region", "articles", "status", "sentence",
               *DATE_FIELDS, "affiliation", "dvk_koshe")
_TOTALS = re.compile(r"^\s*(?:итого|всего|итог|барлығы|барлыгы|жиыны|жалпы|total|totals|in total|grand total)\b", re.IGNORECASE)
_FOOTNOTE = re.compile(r"^\s*(?:[*¹²³†]|примечани|источник|составлен|данные на|по состоянию|ескерту|ескертпе|дереккөз|note|notes|source|compiled|as of)", re.IGNORECASE)
# Words no personal name holds: a row with only such a "name" is a heading (`Восточный Казахстан`, `West Kazakhstan`, `Almaty City`).
_NOT_PERSON = re.compile(r"\d|\b(?:год|года|годы|жыл|жылы|раздел|часть|section|part|year|область|облысы|обл|region|oblast|город|қаласы|city|district|район|ауданы|list|список|тізім|казахстан\w*|қазақстан\w*|kazakhstan|qazaqstan)\b", re.IGNORECASE)


# Measures taken before a verdict: a verdict in another column of the row replaces them.
PRETRIAL = ("under_investigation", "house_arrest", "pretrial_detention")


class AccountingError(AssertionError):
    """Rows were lost between reading and the tidy tables: a bug, never a user's mistake."""


@dataclass
class CleanResult:
    cases: pd.DataFrame
    charges: pd.DataFrame
    problems: pd.DataFrame
    manifest: dict
    unreadable: list[str] = field(default_factory=list)

    @property
    def tables(self) -> Tables:
        return Tables(self.cases, self.charges, self.problems, self.manifest)


# ---------------------------------------------------------------- sources.toml

def load_sources(folders: list[Path]) -> tuple[dict[str, dict], list[str]]:
    """Per list (file name or path below the folder): {"source": label, "columns": {header: field}};
    and the hashes of the sources.toml files read. A mistake there is a VocabularyError naming it."""
    from .headers import FIELDS

    entries: dict[str, dict] = {}
    hashes = []
    for folder in folders:
        path = folder / config.SOURCES_FILE_NAME
        if not path.is_file():
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise VocabularyError(f"{path}: {exc}; fix the TOML syntax") from None
        hashes.append(sha256(path))
        for name, entry in data.items():
            if not isinstance(entry, dict):
                raise VocabularyError(f"{path}: '{name}' should be a table: [\"{name}\"] with source = \"...\"")
            if not isinstance(entry.get("source", ""), str):
                raise VocabularyError(f"{path}: [\"{name}\"] source should be text in quotes")
            columns = entry.get("columns", {})
            if not isinstance(columns, dict):
                raise VocabularyError(f"{path}: [\"{name}\"] columns should be a table, e.g. columns = {{ \"Место\" = \"city\" }}")
            for header, field_name in columns.items():
                if field_name not in FIELDS:
                    raise VocabularyError(f"{path}: [\"{name}\"] column '{header}' = {field_name!r} is not a field; "
                                          f"use one of {', '.join(FIELDS)}")
            entries[name] = entry
    return entries, hashes


# ---------------------------------------------------------------- parsing helpers

def parse_values(text: pd.Series, parser: Callable[[str], Parsed], extract: Callable[[Any], dict]) -> pd.DataFrame:
    """Run `parser` once per distinct value; return, aligned with `text`, the extracted
    fields plus `problem` and `message` columns (NA where the cell is blank)."""
    raw = text.astype("string")
    spaced = {v: clean_spaces(v) for v in pd.unique(raw.dropna())}
    values = raw.map(spaced, na_action="ignore")
    values = values.where(values.notna() & (values != ""))
    distinct = pd.unique(values.dropna())
    records = []
    for v in distinct:
        try:
            parsed = parser(v)
        except VocabularyError:
            raise  # a broken vocabulary file is the user's to fix, loudly, not a per-value problem
        except Exception as exc:  # a parser bug must cost one value, not the whole run
            parsed = Parsed(None, "parser_error", f"the parser failed on this value ({type(exc).__name__}: {exc}); please report it")
        row = extract(parsed.value) if parsed.value is not None else {}
        row.update(_value=v, problem=parsed.problem, message=parsed.message)
        records.append(row)
    table = pd.DataFrame.from_records(records) if records else pd.DataFrame({"_value": pd.Series(dtype="string")})
    for col in ("problem", "message"):
        if col not in table:
            table[col] = None
    table = table.set_index("_value")
    return table.reindex(values.to_numpy()).set_axis(text.index)


def _first_day(v: Any) -> dict:
    return {"date": pd.Timestamp(v.date), "precision": v.precision}


# ---------------------------------------------------------------- one sheet

@dataclass
class SheetResult:
    cases: pd.DataFrame
    charges: pd.DataFrame
    problems: list[pd.DataFrame]
    info: dict


def _problem_frame(sheet: RawSheet, rows: np.ndarray, column: str, values, problem, message, kept: bool) -> pd.DataFrame:
    n = len(rows)
    return pd.DataFrame({
        "source_file": sheet.file, "source_sheet": sheet.sheet,
        "source_row": pd.array(rows, dtype="Int64"), "column": column,
        "value": pd.array(values if n else [], dtype="string") if not isinstance(values, str) else values,
        "problem": problem, "message": message, "row_kept": kept,
    }, index=range(n))


def _row_text(block: pd.DataFrame) -> pd.Series:
    """All the non-blank cells of each row joined by ' | '."""
    if block.empty:
        return pd.Series(pd.NA, index=block.index, dtype="string")
    joined = block.stack().dropna().groupby(level=0, sort=False).agg(" | ".join)
    return joined.reindex(block.index).astype("string")


_PERSON = re.compile(r"\s*#?\s*(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\s\d]*\s*){2,5}")


def _looks_like_person(text: pd.Series) -> pd.Series:
    """Two to five words, each starting with a capital letter, no digits: a name, not a sentence or a heading."""
    text = text.fillna("")
    return text.str.fullmatch(_PERSON) & ~text.str.contains(_NOT_PERSON)


_SMALL_NUMBER = re.compile(r"\s*\d{1,2}\.?\s*")
# A count in a totals row: `21`, `21 чел.`, `8 persons`.
_COUNT = re.compile(r"\s*\d+(?:[.,]\d+)?\s*(?:чел\.?|человек\w*|адам|persons?|people|cases?)?\s*", re.IGNORECASE)


def _repeated_header(block: pd.DataFrame, header: HeaderMap) -> pd.Series:
    """Rows that repeat the header (a printed list repeats it at the top of every page): two or
    more cells, and at least half the filled cells, equal to the header cell of their column."""
    out = pd.Series(False, index=block.index)
    if not header.cell_keys or block.empty:
        return out
    # Such a row starts with a header cell: look closer only at the rows that do.
    all_keys = set().union(*header.cell_keys.values())
    first = _first_filled(block)
    starts = {v: match_key(v) in all_keys for v in pd.unique(first.dropna())}
    candidates = first.map(starts).fillna(False).astype(bool)
    if not candidates.any():
        return out
    block = block.loc[candidates]
    same = pd.Series(0, index=block.index)
    for c, keys in header.cell_keys.items():
        if c in block.columns:
            hits = [v for v in pd.unique(block[c].dropna()) if match_key(str(v)) in keys]  # once per distinct value
            same += block[c].isin(hits).fillna(False).astype(int).to_numpy()
    out.loc[block.index] = (same >= 2) & (same * 2 >= block.notna().sum(axis=1))
    return out


def _column_numbers(block: pd.DataFrame) -> pd.Series:
    """Rows that number the columns (`1 | 2 | 3 | ...` under the header, as official tables do):
    three or more cells, each a small number, each one more than the last."""
    out = pd.Series(False, index=block.index)
    # Only rows that start with a small number and fill three cells or more need the full look.
    maybe = _first_filled(block).str.fullmatch(_SMALL_NUMBER).fillna(False).astype(bool) & (block.notna().sum(axis=1) >= 3)
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


_HEADING_REASON = "a row with too little to be a case (section heading or note)"


def _reads_as_heading(text: str) -> bool:
    """A cell that is wholly a status phrase (`Punitive Psychiatry`, `Под Следствием`) or a place
    (`Усть-Каменогорск`): a section heading, even when it looks like a name in capitals; a name
    that only holds a status stem (`Арестов Иван`) is not."""
    if status.is_status_phrase(text):
        return True
    place = places.parse_place(text)
    return place.value is not None and place.problem in (None, "region_only")


def _first_filled(block: pd.DataFrame) -> pd.Series:
    """The first non-blank cell of each row (NA for a blank row), with numpy rather than a row-wise bfill."""
    if not block.shape[1]:
        return pd.Series(pd.NA, index=block.index, dtype="string")
    cells = block.to_numpy(dtype=object, na_value=None)
    first = (cells != None).argmax(axis=1)  # noqa: E711 (element-wise)
    return pd.Series(cells[np.arange(len(cells)), first], index=block.index, dtype="string")


def classify_rows(block: pd.DataFrame, header: HeaderMap, hidden: pd.DataFrame | None = None) -> pd.DataFrame:
    """For each row of the data block: kind (blank / case / not_a_case) and, for non-cases, why.
    `hidden` marks cells that read as blank but are not (formulas saved without their result)."""
    filled = block.notna() if hidden is None else block.notna() | hidden
    by_field = {f: filled[c] for c, f in header.fields.items()}
    n_fields = sum((by_field[f].astype(int) for f in CASE_FIELDS if f in by_field), pd.Series(0, index=block.index))
    # The totals and footnote patterns are anchored at the start: the first filled cell is enough.
    text = _first_filled(block)
    name = block[header.column_of("name")] if header.column_of("name") is not None else pd.Series(pd.NA, index=block.index, dtype="string")
    person = _looks_like_person(name)
    lone = person & (n_fields == 1)
    if lone.any():  # few rows: a name alone on its row
        headings = {v: _reads_as_heading(v) for v in pd.unique(name[lone].dropna())}
        person = person & ~name.map(headings).fillna(False).astype(bool)
    blank = ~filled.any(axis=1)
    # A totals row may carry a count in a column; a footnote fills one cell at most.
    # ... or counts in several columns (`ИТОГО | 21 | 8 | 13`): every other filled cell a number.
    starts_total = text.str.contains(_TOTALS).fillna(False).astype(bool)
    not_counts = pd.Series(0, index=block.index)
    if starts_total.any():  # only totals rows need their cells looked at
        rows = block.loc[starts_total]
        counts = rows.apply(lambda col: col.astype("string").str.fullmatch(_COUNT)).fillna(False).astype(bool)
        not_counts.loc[rows.index] = (filled.loc[rows.index] & ~counts).sum(axis=1)
    totals = starts_total & ((n_fields <= 2) | (not_counts <= 1))
    footnote = text.str.contains(_FOOTNOTE) & (n_fields <= 1)
    numbers = _column_numbers(block) if len(block) else pd.Series(False, index=block.index)
    repeated = _repeated_header(block, header)
    case = ~blank & ~totals & ~footnote & ~numbers & ~repeated & ((n_fields >= 2) | ((n_fields == 1) & person))
    reason = pd.Series(pd.NA, index=block.index, dtype="string")
    reason = reason.mask(~blank & ~case, _HEADING_REASON)
    reason = reason.mask(numbers, "a row of column numbers under the header")
    reason = reason.mask(repeated & ~blank, "the header repeated (a printed list repeats it on every page)")
    reason = reason.mask(footnote & ~blank, "a footnote")
    reason = reason.mask(totals & ~blank, "a totals row")
    kind = pd.Series(np.where(blank, "blank", np.where(case, "case", "not_a_case")), index=block.index)
    return pd.DataFrame({"kind": kind, "reason": reason})


# A year heading (`2021 год`, `2021`, `2021 жыл`, `Year 2021`): which date of the case it dates
# (detention? charge? sentence?) the heading does not say, so it gives no date: that would be a guess.
_YEAR_HEADING = re.compile(r"\s*(?:year\s+)?(?:19|20)\d\d(?:\s*[-/]\s*(?:19|20)?\d\d)?\s*(?:г|гг|год\w*|жыл\w*|year)?\s*[.:]?\s*", re.IGNORECASE)
# Section headings never say these about their rows: a pseudo-status goes with a term or another phrase.
_HEADING_NEUTRAL = {status.SENTENCED, status.ADDITIONAL}
_RESET = ""  # a heading that ends the one above it without saying anything of its own


def _read_heading(text: str) -> tuple[str | None, str | None, tuple[str | None, str | None] | None]:
    """What a section heading says: (status heading, place heading, (city, region)).
    Each heading is the text itself where it gives that value, `_RESET` where it ends the
    heading of that kind above it without giving a value, None where it leaves it alone.
    A status heading must name one status only: `Investigation ongoing, in detention or not`
    and `Suspended or non-custodial sentences` (ODF, REFERENCE d) group several, so they give none."""
    if _YEAR_HEADING.fullmatch(text):
        return None, None, None
    measure = status.parse_measure(text)
    named = status.named_statuses(text) - _HEADING_NEUTRAL
    said = measure.value.status if measure.value is not None else None
    status_like = bool(named) or said is not None
    status_read = measure.problem is None and said not in (None, "unknown") and named == {said}
    place = places.parse_place(text)
    place_read = place.value is not None and place.problem in (None, "region_only") and not status_like
    status_heading = text if status_read else (None if place_read else _RESET)
    place_heading = text if place_read else (None if status_like else _RESET)
    return status_heading, place_heading, ((place.value.city, place.value.region) if place_read else None)


def section_headings(block: pd.DataFrame, kinds: pd.DataFrame, header: HeaderMap) -> pd.DataFrame:
    """For every row of the block, the section headings above it that give a status or a place:
    columns `status_heading`, `status`, `place_heading`, `city`, `region` (NA where none does).
    A heading is a dropped row (`classify_rows`) with one filled cell. It holds until the next
    heading of its kind: a status heading until the next status heading, a place heading until
    the next place heading, so `Лишены свободы` over `г. Алматы` over rows gives both; where both
    kinds occur, the kind met first is the outer one and a new outer heading also ends the inner
    one; a heading that is neither (`Журналисты`) ends both; a year heading ends neither and
    gives no date.
    Headings are typed at the left (first two columns or the name column); a lone cell further
    right is a note on a case and says nothing here. A heading in the very column of its kind
    (the status column first on the row) may be a note too, so it only ends the heading above."""
    out = pd.DataFrame({c: pd.Series(pd.NA, index=block.index, dtype="string")
                        for c in ("status_heading", "status", "place_heading", "city", "region")})
    lone = (kinds["kind"].eq("not_a_case") & kinds["reason"].eq(_HEADING_REASON).fillna(False)
            & block.notna().sum(axis=1).eq(1))
    if not lone.any():
        return out
    rows = block.loc[lone]
    text = rows.bfill(axis=1).iloc[:, 0].astype("string").map(clean_spaces)
    column = rows.notna().idxmax(axis=1)
    field_of = column.map(lambda c: header.fields.get(c, ""))
    read = {t: _read_heading(t) for t in pd.unique(text)}  # a handful of headings per sheet
    # Headings are typed at the left (the first two columns, or the name column); a lone cell
    # further right (`released 01.02.2022` under `Status`) is a note on a case: it says nothing here.
    at_left = column.isin([*block.columns[:2], header.column_of("name")])
    said_status = text.map(lambda t: read[t][0]).astype("string").where(at_left)
    said_place = text.map(lambda t: read[t][1]).astype("string").where(at_left)
    said_status = said_status.mask(field_of.isin(["status", "sentence"]) & said_status.notna(), _RESET)
    said_place = said_place.mask(field_of.isin(["city", "region"]) & said_place.notna(), _RESET)
    # Headings of both kinds nest: the kind met first is the outer one (`Лишены свободы` over
    # `г. Алматы`, `г. Шымкент`), and a new outer heading ends the inner one above it.
    sets_status, sets_place = said_status.notna() & said_status.ne(_RESET), said_place.notna() & said_place.ne(_RESET)
    if sets_status.any() and sets_place.any():
        if sets_status.idxmax() < sets_place.idxmax():
            said_place = said_place.mask(sets_status & said_place.isna(), _RESET)
        else:
            said_status = said_status.mask(sets_place & said_status.isna(), _RESET)
    for kind, said in (("status_heading", said_status), ("place_heading", said_place)):
        held = said.reindex(block.index).ffill()
        out[kind] = held.where(held != _RESET).astype("string")
    out["status"] = out["status_heading"].map(lambda t: status.parse_measure(t).value.status, na_action="ignore").astype("string")
    place = out["place_heading"].map(lambda t: read[t][2], na_action="ignore")
    out["city"] = place.map(lambda p: p[0], na_action="ignore").astype("string")
    out["region"] = place.map(lambda p: p[1], na_action="ignore").astype("string")
    return out


def _broken_characters(block: pd.DataFrame, header: HeaderMap, sheet: RawSheet) -> list[pd.DataFrame]:
    """Cells holding U+FFFD: bytes the file's encoding could not read (the reader kept the rest)."""
    found = []
    for c in block.columns:
        broken = block[c].str.contains("\ufffd", regex=False).fillna(False).astype(bool)
        if broken.any():
            found.append(_problem_frame(sheet, block.index[broken.to_numpy()].to_numpy(), header.written.get(c, f"column {c + 1}"),
                                        block.loc[broken, c].to_numpy(), "unreadable_characters",
                                        "some bytes of this cell could not be read in the file's encoding (shown as �); "
                                        "check the value in the original list", True))
    return found


_FORMULA_MESSAGES = {
    "formula_without_value": "a formula saved without its result, so the cell reads as empty; open the list in Excel "
                             "or LibreOffice and save it again (that stores the results)",
    "formula_error": "the cell holds a spreadsheet error instead of a value; fix it in the original list",
}


def _formula_mask(block: pd.DataFrame, sheet: RawSheet) -> pd.DataFrame | None:
    """True where a cell of the block holds a formula without its result or an error value."""
    if not sheet.formulas:
        return None
    mask = pd.DataFrame(False, index=block.index, columns=block.columns)
    for pos, col, _, _ in sheet.formulas:  # a handful of cells
        if pos < len(sheet.row_numbers) and sheet.row_numbers[pos] in mask.index and col in mask.columns:
            mask.loc[sheet.row_numbers[pos], col] = True
    return mask


def _hidden_by_formulas(block: pd.DataFrame, header: HeaderMap, sheet: RawSheet) -> list[pd.DataFrame]:
    """Case cells that read as blank because of a formula without its result or an error value."""
    if not sheet.formulas:
        return []
    cells = pd.DataFrame(sheet.formulas, columns=["pos", "col", "problem", "value"])
    cells["row"] = sheet.row_numbers[cells["pos"].clip(upper=len(sheet.row_numbers) - 1)]
    cells = cells.loc[cells["pos"].lt(len(sheet.row_numbers)) & cells["row"].isin(block.index)]
    if cells.empty:
        return []
    columns = cells["col"].map(lambda c: header.written.get(c, f"column {c + 1}"))  # once per formula cell, few
    return [pd.DataFrame({
        "source_file": sheet.file, "source_sheet": sheet.sheet, "source_row": pd.array(cells["row"], dtype="Int64"),
        "column": columns.to_numpy(), "value": cells["value"].to_numpy(), "problem": cells["problem"].to_numpy(),
        "message": cells["problem"].map(_FORMULA_MESSAGES).to_numpy(), "row_kept": True,
    })]


# A column of counts (`Количество`, `Кол-во дел`, `Count`, `Саны`) in a sheet that names no person
# marks a summary table (by city, by article): counting its rows as cases would inflate every number.
_COUNT_HEADER = re.compile(r"^(?:количество|кол-?во|число|всего|итого|count|number|total|n of|no\.? of|саны|барлығы)\b", re.IGNORECASE)


def _is_summary_table(header: HeaderMap) -> bool:
    if any(header.column_of(part) is not None for part in NAME_PARTS):
        return False
    return any(_COUNT_HEADER.search(match_key(h)) for h in header.unmapped)


def clean_sheet(sheet: RawSheet, source: str, overrides: dict[str, str] | None = None) -> SheetResult:
    info: dict = {"sheet": sheet.sheet, "rows_read": 0, "cases": 0, "rows_dropped": 0, "header_rows": [], "columns": {},
                  "unmapped_columns": [], "guessed_columns": []}
    header = find_header(sheet, overrides)
    if header is None:
        nonblank = int(sheet.cells.notna().any(axis=1).sum())
        problems = []
        if nonblank:
            info["note"] = "no header row recognised: not read"
            problems.append(pd.DataFrame([{
                "source_file": sheet.file, "source_sheet": sheet.sheet, "source_row": pd.NA, "column": "",
                "value": None, "problem": "no_header",
                "message": f"no header row recognised in the first rows ({nonblank} non-blank rows not read); "
                           "if this sheet is a list, add its column names to kzanalysis/vocab/headers.csv or map them in data/raw/sources.toml",
                "row_kept": False,
            }]))
        return SheetResult(empty("cases"), empty("charges"), problems, info)

    info["header_rows"] = [int(sheet.row_numbers[r]) for r in header.header_rows]
    info["columns"] = {header.written[c]: f for c, f in header.fields.items()}
    info["unmapped_columns"] = header.unmapped
    info["guessed_columns"] = header.guessed
    block = sheet.cells.iloc[header.first_data_row:]
    rows = sheet.row_numbers[header.first_data_row:]
    block = block.set_axis(rows)
    kinds = classify_rows(block, header, _formula_mask(block, sheet))
    if _is_summary_table(header):
        info["note"] = "a table of counts, not a list of cases: its rows are not cases"
        kinds = kinds.assign(kind=kinds["kind"].where(kinds["kind"] == "blank", "not_a_case"),
                             reason=pd.Series("a row of a table of counts (no name column, a count column), not a case",
                                              index=kinds.index, dtype="string").where(kinds["kind"] != "blank"))
    sections = section_headings(block, kinds, header)
    block, header = join_name_parts(block, header)
    block = join_spans(block, header)
    read_mask = kinds["kind"] != "blank"
    info["rows_read"] = int(read_mask.sum())

    problems: list[pd.DataFrame] = []
    dropped = kinds.loc[kinds["kind"] == "not_a_case"]
    problems.append(_problem_frame(sheet, dropped.index.to_numpy(), "", _row_text(block.loc[dropped.index]).to_numpy(), "not_a_case",
                                   ("not a case: " + dropped["reason"]).to_numpy(), False))

    cases_block = block.loc[kinds["kind"] == "case"]
    # An exact repeat of an earlier case row of the same sheet (every cell equal but the running
    # number, unmapped columns included) is dropped.
    row_number = header.column_of("row_number")
    mapped_cols = [c for c in cases_block.columns if c != row_number]
    if mapped_cols and len(cases_block):
        group = cases_block.groupby(mapped_cols, dropna=False, sort=False).ngroup()
        first_row = pd.Series(cases_block.index, index=cases_block.index).groupby(group.to_numpy()).transform("first")
        dup = pd.Series(first_row.to_numpy() != cases_block.index.to_numpy(), index=cases_block.index)
    else:
        dup = pd.Series(False, index=cases_block.index)
    if dup.any():
        problems.append(_problem_frame(sheet, cases_block.index[dup].to_numpy(), "", _row_text(cases_block.loc[dup]).to_numpy(),
                                       "duplicate_row", ("an exact repeat of row " + first_row[dup].astype(str) + ": dropped").to_numpy(), False))
        cases_block = cases_block.loc[~dup]
    info["rows_dropped"] = int(len(dropped) + dup.sum())

    problems.extend(_broken_characters(cases_block, header, sheet))
    problems.extend(_hidden_by_formulas(cases_block, header, sheet))
    cases, charges, field_problems = parse_cases(cases_block, header, sheet, source, sections, info)
    problems.extend(field_problems)
    info["cases"] = int(len(cases))
    if info["rows_read"] != info["cases"] + info["rows_dropped"]:
        raise AccountingError(f"{sheet.file} [{sheet.sheet}]: rows_read {info['rows_read']} != cases {info['cases']} + dropped {info['rows_dropped']}")
    return SheetResult(cases, charges, problems, info)


def join_name_parts(block: pd.DataFrame, header: HeaderMap) -> tuple[pd.DataFrame, HeaderMap]:
    """A name split over columns (`Surname | First name`, `Фамилия | Имя | Отчество`) becomes one
    `name` cell, the parts in that order; the part columns are then no longer read on their own."""
    parts = [header.column_of(f) for f in NAME_PARTS]
    if parts[0] is None or all(c is None for c in parts[1:]) or block.empty:
        return block, header
    cols = [c for c in parts if c is not None]
    joined = block[cols].apply(lambda col: col.astype("string").map(clean_spaces, na_action="ignore"))
    joined = joined.where(joined != "")
    name = joined.apply(lambda row: " ".join(v for v in row if isinstance(v, str)) or pd.NA, axis=1)
    block = block.copy()
    block[parts[0]] = name.astype("string")
    fields = {c: f for c, f in header.fields.items() if f not in NAME_PARTS[1:]}
    return block, replace(header, fields=fields)


def join_spans(block: pd.DataFrame, header: HeaderMap) -> pd.DataFrame:
    """Columns under one merged header cell (`Статья УК РК` over `ст. 405 | ч. 2`) become one cell
    in the first column, the values in order (`ст. 405 ч. 2`), read as one value of its field."""
    spans = {c: extra for c, extra in header.spans.items() if c in block.columns}
    if not spans or block.empty:
        return block
    block = block.copy()
    for c, extra in spans.items():
        cols = [c, *(e for e in extra if e in block.columns)]
        parts = block[cols].apply(lambda col: col.astype("string").map(clean_spaces, na_action="ignore"))
        parts = parts.where(parts != "")
        block[c] = parts.apply(lambda row: " ".join(v for v in row if isinstance(v, str)) or pd.NA, axis=1).astype("string")
    return block


_YEARS_UNIT = re.compile(r"\b(?:years?|yrs?|лет|годы|года|жыл|жылдар)\b")
_MONTHS_UNIT = re.compile(r"\b(?:months?|mos?|мес|месяц\w*|ай)\b")
_BARE_NUMBER = re.compile(r"\s*\d+(?:[.,]\d+)?\s*")


def with_header_unit(text: pd.Series, written: str) -> pd.Series:
    """Bare numbers of a term column whose header gives the unit (`Sentence (years)`, `Срок (мес.)`)
    get that unit, so `5` under `Sentence (years)` reads as 5 years; a header without a unit, or
    with both, leaves them unread (a bare `5` under `Срок` could be years or months)."""
    key = match_key(written)
    years, months = bool(_YEARS_UNIT.search(key)), bool(_MONTHS_UNIT.search(key))
    if years == months:
        return text
    bare = text.astype("string").str.fullmatch(_BARE_NUMBER).fillna(False).astype(bool)
    return text.astype("string").where(~bare, text.astype("string").str.strip() + (" years" if years else " months"))


_MONTH_FIRST_HEADER = re.compile(r"\b(?:mm\s*[/.\-]\s*dd\s*[/.\-]\s*(?:yy|yyyy)|month\s*/\s*day\s*/\s*year)\b", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})([/.\-])(\d{1,2})\2(\d{2}|\d{4})\s*$")


def with_header_date_order(text: pd.Series, written: str) -> pd.Series:
    """Numeric dates under a header that says they are month first (`Date of arrest (mm/dd/yyyy)`,
    as US organisations write them) are turned day first, the order dates.parse_date reads;
    every other header leaves them day first (REFERENCE d: Kazakhstan writes 12.07.2021)."""
    if not _MONTH_FIRST_HEADER.search(written):
        return text
    return text.astype("string").str.replace(_NUMERIC_DATE, lambda m: f"{m.group(3)}{m.group(2)}{m.group(1)}{m.group(2)}{m.group(4)}", regex=True)


def _col(block: pd.DataFrame, header: HeaderMap, name: str) -> pd.Series | None:
    c = header.column_of(name)
    return None if c is None else block[c]


class _Rows:
    """The case rows of one sheet while their columns are parsed: reads a field's text and
    records the problems of its values (file, sheet, row, header as written, value)."""

    def __init__(self, block: pd.DataFrame, header: HeaderMap, sheet: RawSheet):
        self.block, self.header, self.sheet = block, header, sheet
        self.idx = block.index
        self.problems: list[pd.DataFrame] = []

    def blank(self, dtype: str = "string") -> pd.Series:
        return pd.Series(pd.NA, index=self.idx, dtype=dtype)

    def text(self, name: str) -> pd.Series | None:
        return _col(self.block, self.header, name)

    def written(self, name: str) -> str:
        return self.header.written[self.header.column_of(name)]

    def collect(self, name: str, parsed: pd.DataFrame) -> None:
        bad = parsed["problem"].notna()
        if bad.any():
            raw = self.block.loc[bad, self.header.column_of(name)]
            self.add(self.idx[bad.to_numpy()], name, raw.to_numpy(), parsed.loc[bad, "problem"].to_numpy(),
                     parsed.loc[bad, "message"].fillna("").to_numpy())

    def add(self, rows, name: str, values, problem, message) -> None:
        self.problems.append(_problem_frame(self.sheet, np.asarray(rows), self.written(name), values, problem, message, True))

    def with_problems(self, *names: str) -> pd.Series:
        """True for the rows with a problem recorded in the columns of these fields."""
        columns = {self.written(n) for n in names if self.header.column_of(n) is not None}
        found = [p.loc[p["column"].isin(columns), "source_row"] for p in self.problems if len(p)]
        bad = pd.concat(found).dropna().astype(int).unique() if found else []
        return pd.Series(self.idx.isin(bad), index=self.idx)

    def run(self, name: str, parser, extract) -> pd.DataFrame | None:
        text = self.text(name)
        if text is None:
            return None
        parsed = parse_values(text, parser, extract)
        self.collect(name, parsed)
        return parsed


def _take_where_read(parsed: pd.DataFrame, second: pd.DataFrame, fields: tuple[str, ...]) -> pd.DataFrame:
    """`parsed`, with the rows that a second reading (two cells read together) understood
    without a problem and with a value for fields[0] taken from that reading."""
    read = second["problem"].isna() & (second[fields[0]].notna() if fields[0] in second else False)
    if not read.any():
        return parsed
    where = read[read].index
    cols = [*fields, "problem", "message"]
    out = parsed.astype(object).reindex(columns=[*parsed.columns, *(c for c in fields if c not in parsed)])
    out.loc[where, cols] = second.reindex(columns=cols).loc[where].to_numpy()
    return out


def parse_cases(block: pd.DataFrame, header: HeaderMap, sheet: RawSheet, source: str,
                sections: pd.DataFrame | None = None, info: dict | None = None) -> tuple[pd.DataFrame, pd.DataFrame, list[pd.DataFrame]]:
    """Parse every mapped column of the case rows; return cases, charges and the problem rows.
    `sections` (from `section_headings`) completes status and place where the row gives none;
    the headings used are recorded in `info["sections"]`."""
    rows = _Rows(block, header, sheet)
    out = _identity(rows, source)
    _place(rows, out)
    _dates(rows, out)  # before the charges: their code depends on when the case started
    charges = _charges(rows, out)
    _measure(rows, out)
    used = _from_sections(rows, out, sections) if sections is not None else {}
    if info is not None and used:
        info["sections"] = used
    out["status"] = out["status"].fillna("unknown")
    _ties(rows, out)
    columns = list(Cases.to_schema().columns)
    return out[columns].reset_index(drop=True), charges, rows.problems


_BIRTH_IN_HEADER = re.compile(r"рожд|\bг\s*р\b|birth|born|туған|туылған")


def _identity(rows: _Rows, source: str) -> pd.DataFrame:
    """case_id, where the row comes from, name, Latin name and birth year."""
    sheet, idx = rows.sheet, rows.idx
    out = pd.DataFrame(index=idx)
    file_key = sheet.key or sheet.file
    out["case_id"] = [hashlib.sha256(f"{source}\x1f{file_key}\x1f{sheet.sheet}\x1f{r}".encode()).hexdigest()[:16] for r in idx]
    out["source"] = source
    out["source_file"] = sheet.file
    out["source_sheet"] = sheet.sheet
    out["source_row"] = pd.array(idx, dtype="Int64")
    # `Ф.И.О. / год рождения`: the header says the name cell also holds the year of birth, so a
    # bare `, 1985` after the name is that year; under other headers only `1985 г.р.` and the like are.
    bare = rows.text("name") is not None and bool(_BIRTH_IN_HEADER.search(match_key(rows.written("name"))))
    name = rows.run("name", partial(names.clean_name, bare=bare), lambda v: {"name": v})
    out["name"] = name["name"] if name is not None and "name" in name else rows.blank()
    latin = {v: names.transliterate(v) for v in pd.unique(out["name"].dropna())}
    out["name_latin"] = out["name"].map(latin, na_action="ignore").astype("string")
    born = rows.run("birth_year", names.parse_birth_year, lambda v: {"year": v})
    year = pd.Series(pd.array(born["year"].to_numpy() if born is not None and "year" in born else [pd.NA] * len(idx), dtype="Int64"), index=idx)
    if rows.text("name") is not None:
        # A year written after the name (`Иванов Иван, 1985 г.р.`) where no birth-year cell gives one.
        blank_cell = rows.text("birth_year").isna() if rows.text("birth_year") is not None else pd.Series(True, index=idx)
        text = rows.text("name").where(year.isna() & blank_cell)
        in_name = parse_values(text, partial(names.birth_year_in_name, bare=bare), lambda v: {"year": v})
        rows.collect("name", in_name)
        if "year" in in_name:
            year = year.fillna(pd.Series(pd.array(in_name["year"].to_numpy(), dtype="Int64"), index=idx))
    out["birth_year"] = year.array
    return out


def _place(rows: _Rows, out: pd.DataFrame) -> None:
    """city and region: from the city column, settled or completed by a region column."""
    out["city"], out["region"] = rows.blank(), rows.blank()
    region = rows.run("region", places.parse_region, lambda v: {"region": v})
    city_text = rows.text("city")
    if city_text is not None:
        place = parse_values(city_text, places.parse_place, lambda v: {"city": v.city, "region": v.region})
        if region is not None and "region" in region:
            # A name several places share (`Aksu`) is settled by the region column beside it
            # (`Pavlodar`), as it is when both are written in one cell.
            settle = place["problem"].eq("ambiguous_city").fillna(False) & region["region"].notna() & ~region["region"].isin(places.REGIONS[:3])
            if settle.any():
                both = parse_values(city_text[settle].astype("string") + ", " + region.loc[settle, "region"].astype("string") + " region",
                                    places.parse_place, lambda v: {"city": v.city, "region": v.region})
                place = _take_where_read(place, both, ("city", "region"))
        rows.collect("city", place)
        out["city"] = place["city"].astype("string") if "city" in place else rows.blank()
        out["region"] = place["region"].astype("string") if "region" in place else rows.blank()
    if region is not None and "region" in region:
        out["region"] = out["region"].fillna(region["region"])



def _dates(rows: _Rows, out: pd.DataFrame) -> None:
    """The four dates, and started_on: the earliest of them, with its precision."""
    date_values, precisions = {}, {}
    for field_name in DATE_FIELDS:
        text = rows.text(field_name)
        parsed = None
        if text is not None:
            parsed = parse_values(with_header_date_order(text, rows.written(field_name)), dates.parse_date, _first_day)
            rows.collect(field_name, parsed)
        if parsed is not None and "date" in parsed:
            date_values[field_name] = pd.to_datetime(parsed["date"])
            precisions[field_name] = parsed["precision"]
        else:
            date_values[field_name] = pd.Series(pd.NaT, index=rows.idx, dtype="datetime64[ns]")
            precisions[field_name] = pd.Series(pd.NA, index=rows.idx, dtype="string")
    for field_name in DATE_COLUMNS:
        out[field_name] = date_values[field_name].astype("datetime64[ns]")
    stacked = np.column_stack([out[c].to_numpy(dtype="datetime64[ns]") for c in DATE_COLUMNS])
    filled = np.where(np.isnat(stacked), np.datetime64("2262-01-01"), stacked)
    first = filled.argmin(axis=1) if len(rows.idx) else np.array([], dtype=int)
    any_date = ~np.isnat(stacked).all(axis=1)
    out["started_on"] = pd.Series(np.where(any_date, filled[np.arange(len(rows.idx)), first], np.datetime64("NaT")), index=rows.idx).astype("datetime64[ns]")
    prec = np.column_stack([precisions[c].astype(object).to_numpy() for c in DATE_COLUMNS])
    out["started_precision"] = pd.Series(np.where(any_date, prec[np.arange(len(rows.idx)), first], None), index=rows.idx, dtype="string")



def _charges(rows: _Rows, out: pd.DataFrame) -> pd.DataFrame:
    """articles (criminal charges for display) in `out`; every charge, administrative too, returned."""
    charges = empty("charges")
    out["articles"] = rows.blank()
    text = rows.text("articles")
    if text is not None:
        parsed = parse_values(text, art.parse_articles, lambda v: {"charges": v})
        old_code = (out["started_on"] < CC2014_IN_FORCE).fillna(False)
        # Before 2015 a number the 2014 code lacks is expected: the 1997 step below reports what it cannot map.
        rows.collect("articles", parsed.assign(problem=parsed["problem"].mask(old_code & parsed["problem"].eq("unknown_article").fillna(False))))
        if "charges" in parsed:
            lists = parsed["charges"]
            old = (out["started_on"] < CC2014_IN_FORCE).fillna(False) & lists.notna()
            if old.any():
                converted = lists[old].map(art.as_1997)
                lists = lists.where(~old, converted.str[0])
                unmapped = converted.str[1].str.len() > 0
                if unmapped.any():
                    where = unmapped[unmapped].index
                    rows.add(where, "articles", text[where].to_numpy(), "unmapped_article_1997",
                             ("the case started before 2015, so the number is of the 1997 code, whose mapping to the 2014 code is not known: "
                              + converted[unmapped].str[1].str.join(", ") + "; add it to kzanalysis/vocab/articles_1997.csv").to_numpy())
            out["articles"] = lists.map(art.format_articles, na_action="ignore").astype("string")
            exploded = pd.DataFrame({"case_id": out["case_id"], "charge": lists}).explode("charge").dropna(subset=["charge"])
            if len(exploded):
                charges = pd.DataFrame({
                    "case_id": exploded["case_id"].to_numpy(),
                    "code": [c.code for c in exploded["charge"]],
                    "article": pd.array([c.article for c in exploded["charge"]], dtype="Int64"),
                    "part": pd.array([c.part for c in exploded["charge"]], dtype="Int64"),
                })
                charges["title_en"] = [art.title_en(c, a) for c, a in zip(charges["code"], charges["article"])]

    return charges


def _measure(rows: _Rows, out: pd.DataFrame) -> None:
    """status and sentence_months: the status column says the measure; the sentence column may add or give the term."""
    measure = lambda v: {"status": v.status, "months": v.months}  # noqa: E731
    st_text, se_text = rows.text("status"), rows.text("sentence")
    if st_text is not None:
        st_text = with_header_unit(st_text, rows.written("status"))
    if se_text is not None:
        se_text = with_header_unit(se_text, rows.written("sentence"))
    st = parse_values(st_text, status.parse_measure, measure) if st_text is not None else None
    se = parse_values(se_text, status.parse_measure, measure) if se_text is not None else None
    if se is not None:
        rows.collect("sentence", se)
    if st is not None and se is not None and "months" in se:
        # `осужден` in the status column and `1 год 6 мес.` in the term column say
        # together what neither says alone (a bare "sentenced" is imprisonment only
        # with a term): read the two cells as one phrase where the status cell alone
        # was not understood and the term cell gave a term but no status.
        joint = st["problem"].eq("unknown_status").fillna(False) & se["months"].notna() & se["status"].isna()
        if joint.any():
            both = parse_values(st_text[joint] + " | " + se_text[joint], status.parse_measure, measure)
            st = _take_where_read(st, both, ("status", "months"))
    if st is not None:
        rows.collect("status", st)
    status_value = rows.blank()
    months = pd.Series(pd.NA, index=rows.idx, dtype="Int64")
    for parsed in (st, se):
        if parsed is not None and "status" in parsed:
            status_value = status_value.fillna(parsed["status"].astype("string"))
    if st is not None and se is not None and "status" in se:
        # A preventive measure in one column (`Мера пресечения`, `Бұлтартпау шарасы`) and a verdict
        # in the other (`Приговор`, `Сот үкімі`): the verdict comes later in the case and wins.
        verdict = se["status"].astype("string")
        later = status_value.isin(PRETRIAL).fillna(False) & verdict.notna() & ~verdict.isin(PRETRIAL).fillna(False)
        status_value = status_value.where(~later, verdict)
    for parsed in (se, st):
        if parsed is not None and "months" in parsed:
            months = months.fillna(pd.Series(pd.array(parsed["months"].to_numpy(), dtype="Int64"), index=rows.idx))
    out["status"] = status_value  # NA until the section headings have been heard (parse_cases)
    out["sentence_months"] = months


def _from_sections(rows: _Rows, out: pd.DataFrame, sections: pd.DataFrame) -> dict[str, str]:
    """Status and place from the section headings above each row, where the row's own cells give
    none and hold nothing unread: a row's own value always wins, and a cell that could not be read
    keeps its problem rather than take the heading's value. Returns {heading: what it gave}."""
    held = sections.reindex(rows.idx)
    used: dict[str, list[str]] = {}
    give = out["status"].isna() & held["status"].notna() & ~rows.with_problems("status", "sentence")
    if give.any():
        out.loc[give, "status"] = held.loc[give, "status"]
        for heading, value in held.loc[give, ["status_heading", "status"]].drop_duplicates().itertuples(index=False):
            used.setdefault(heading, []).append(f"status={value}")
    give = (out["city"].isna() & out["region"].isna() & held["place_heading"].notna()
            & ~rows.with_problems("city", "region"))
    if give.any():
        out.loc[give, ["city", "region"]] = held.loc[give, ["city", "region"]].to_numpy()
        for heading, city, region in held.loc[give, ["place_heading", "city", "region"]].drop_duplicates().itertuples(index=False):
            used.setdefault(heading, []).extend(f"{k}={v}" for k, v in (("city", city), ("region", region)) if pd.notna(v))
    return {h: "; ".join(v) for h, v in used.items()}



def _ties(rows: _Rows, out: pd.DataFrame) -> None:
    """affiliation and dvk_koshe: from an affiliation column, a yes/no column, or the notes."""
    group = rows.run("affiliation", aff.parse_affiliation, lambda v: {"affiliation": v.affiliation, "tie": v.dvk_koshe})
    yes_no = rows.run("dvk_koshe", aff.parse_dvk_koshe_flag, lambda v: {"yes": v.dvk_koshe if isinstance(v, aff.Affiliation) else bool(v)})
    notes = rows.text("notes")
    out["notes"] = notes.map(clean_spaces, na_action="ignore").astype("string") if notes is not None else rows.blank()
    noted = None
    if notes is not None:
        noted = parse_values(notes, aff.find_dvk_koshe, lambda v: {"affiliation": v.affiliation, "tie": v.dvk_koshe})
        rows.collect("notes", noted)
    affiliation = rows.blank()
    tie = pd.Series(pd.NA, index=rows.idx, dtype="boolean")
    for parsed in (group, noted):
        if parsed is not None and "affiliation" in parsed:
            affiliation = affiliation.fillna(parsed["affiliation"].astype("string"))
            tie = tie.fillna(parsed["tie"].astype("boolean"))
    if yes_no is not None and "yes" in yes_no:
        stated = yes_no["yes"].astype("boolean")
        conflict = stated.notna() & tie.notna() & (stated != tie)
        if conflict.any():
            rows.add(rows.idx[conflict.to_numpy()], "dvk_koshe", rows.text("dvk_koshe")[conflict].to_numpy(),
                     "conflicting_dvk_koshe", "the yes/no column and the affiliation or notes disagree; the yes/no column is kept")
        tie = stated.fillna(tie)
    out["affiliation"] = affiliation
    out["dvk_koshe"] = tie.fillna(False).astype("boolean")


# ---------------------------------------------------------------- many files

def clean_paths(paths: list[Path], progress: bool = False) -> CleanResult:
    """Clean every list in the given files and folders."""
    inputs = list_inputs(paths)
    files = [f for f, _ in inputs]
    folders = sorted({p if p.is_dir() else p.parent for p in map(Path, paths)} | {f.parent for f in files})
    sources, source_hashes = load_sources(folders)
    cases, charges, problems, manifest_files, unreadable = [], [], [], [], []
    iterator = _progress(inputs) if progress else inputs
    for path, key in iterator:
        entry = sources.get(key, sources.get(path.name, {}))
        source = str(entry.get("source") or path.stem)
        record: dict = {"file": path.name, "key": key, "path": _relative(path), "source": source, "sha256": sha256(path), "sheets": []}
        try:
            sheets = read_file(path)
        except UnreadableFile as exc:
            record["error"] = str(exc)
            unreadable.append(str(exc))
            problems.append(pd.DataFrame([{"source_file": path.name, "source_sheet": "", "source_row": pd.NA, "column": "",
                                           "value": None, "problem": "unreadable_file", "message": str(exc), "row_kept": False}]))
            manifest_files.append(record)
            continue
        for sheet in sheets:
            sheet.key = key
            result = clean_sheet(sheet, source, entry.get("columns"))
            if sheet.encoding:
                result.info["encoding"], result.info["delimiter"] = sheet.encoding, sheet.delimiter
            cases.append(result.cases)
            charges.append(result.charges)
            problems.extend(result.problems)
            record["sheets"].append(result.info)
        if record["sheets"] and all(s.get("note") for s in record["sheets"]) and not any(s["header_rows"] for s in record["sheets"]):
            # Text in every sheet but no header anywhere: nothing of this file could be read as a list.
            record["error"] = (f"{path.name}: no sheet has a header row naming its columns; add the headers to "
                               "kzanalysis/vocab/headers.csv or map them in sources.toml")
            unreadable.append(record["error"])
        manifest_files.append(record)

    cases_df = _concat(cases, "cases")
    charges_df = _concat(charges, "charges")
    problems_df = _concat([p for p in problems if len(p)], "problems")
    totals = {k: sum(s[k] for f in manifest_files for s in f["sheets"]) for k in ("rows_read", "cases", "rows_dropped")}
    if totals["cases"] != len(cases_df) or totals["rows_read"] != totals["cases"] + totals["rows_dropped"]:
        raise AccountingError(f"totals do not add up: {totals}, {len(cases_df)} case rows")
    manifest = {
        "package_version": __version__,
        "vocabulary_sha256": vocabulary_fingerprint(),
        "sources_toml_sha256": source_hashes,
        "files": manifest_files,
        "totals": {**totals, "problems": int(len(problems_df)), "files": len(manifest_files), "unreadable_files": len(unreadable)},
    }
    return CleanResult(cases_df, charges_df, problems_df, manifest, unreadable)


def _concat(frames: list[pd.DataFrame], table: str) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty(table)
    df = pd.concat(frames, ignore_index=True)
    if table == "problems":
        df = df.sort_values(["source_file", "source_sheet", "source_row", "column"], kind="stable", na_position="first").reset_index(drop=True)
    return validate(table, df)


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(config.PROJECT_ROOT))
    except ValueError:
        return path.name


def _progress(files: list[Path]):
    from rich.progress import track

    return track(files, description="Cleaning lists", transient=True, console=None)


def vocabulary_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(config.VOCAB_DIR.glob("*")):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def write_result(result: CleanResult, out_dir: Path) -> Path:
    """Write the tidy tables, holding a lock so two runs never interleave."""
    from filelock import FileLock

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(str(out_dir / ".kzanalysis.lock")):
        return write_tables(result.tables, out_dir, validated=True)  # clean_paths validated every table


def is_current(paths: list[Path], out_dir: Path) -> bool:
    """True when the tables in out_dir were made from exactly these files, vocabularies and version."""
    import json

    manifest_path = Path(out_dir) / "manifest.json"
    if not manifest_path.exists() or not all((Path(out_dir) / f"{t}.parquet").exists() for t in ("cases", "charges", "problems")):
        return False
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    inputs = list_inputs(paths)
    files = [f for f, _ in inputs]
    folders = sorted({p if p.is_dir() else p.parent for p in map(Path, paths)} | {f.parent for f in files})
    hashes = [sha256(f / config.SOURCES_FILE_NAME) for f in folders if (f / config.SOURCES_FILE_NAME).is_file()]
    return (
        manifest.get("package_version") == __version__
        and manifest.get("vocabulary_sha256") == vocabulary_fingerprint()
        and manifest.get("sources_toml_sha256") == hashes
        and [(f.get("key"), f["sha256"]) for f in manifest.get("files", [])] == [(k, sha256(p)) for p, k in inputs]
    )


def refresh(raw_paths: list[Path] | None = None, out_dir: Path | None = None, progress: bool = True) -> Tables:
    """The tidy tables, cleaned again only when the inputs, vocabularies or package version changed."""
    from .tables import load

    raw_paths = [Path(p) for p in (raw_paths or [config.RAW_DIR])]
    out_dir = Path(out_dir or config.PROCESSED_DIR)
    if not is_current(raw_paths, out_dir):
        result = clean_paths(raw_paths, progress=progress)
        write_result(result, out_dir)
    return load(out_dir)

