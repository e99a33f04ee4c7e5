"""What a sheet gives that the cleaner did not read, as problem rows: a header map and the sheet's cases in, rows out.

- `unmapped_column`: one row per column no field was given to, with the header as written, how
  many values it has, three samples, what they look like (content.py) and the `sources.toml`
  line that would map it. Columns of a kind read knowingly never (links, lawyer, place of
  detention) are not problems: the manifest lists them as ignored.
  A column of dates whose header names no event, in a sheet that reads dates, still counts toward
  started_on (start_dates.py); its row says so.
- `no_date_column`: a sheet with cases and no date column read; its cases are in no period.
  Where an unmapped column holds mostly dates, the message names it and gives its line.
- `undated`: a case of a sheet that reads dates, with none in its row and no date problem
  already said about it: it is counted in no period.
"""
from __future__ import annotations

import json

import numpy as np
import pandas as pd

from . import content
from .content import FIELD_OF_KIND, Profile
from .headers import DATE_FIELDS, FIELDS, HeaderMap
from .read import RawSheet
from .table_spec import sheet_problem
from .values import problem_frame

_DATE_CHOICES = " or ".join(f'"{d}"' for d in DATE_FIELDS)


def sources_line(sheet: RawSheet, written: str, field: str) -> str:
    """The sources.toml lines that map one column of this list to a field."""
    key = sheet.key or sheet.file
    return f'[{json.dumps(key, ensure_ascii=False)}] columns = {{ {json.dumps(written, ensure_ascii=False)} = "{field}" }}'


def suggested_field(profile: Profile) -> str | None:
    """The field an unmapped column's values suggest (None for dates: only a header says which date)."""
    kind = profile.clearly()
    return FIELD_OF_KIND.get(kind) if kind else None


def _unmapped_message(sheet: RawSheet, written: str, profile: Profile, counted: bool = False) -> str:
    kind = profile.clearly()
    samples = "; ".join(repr(s) for s in profile.samples) or "none"
    head = (f"column {written!r} is {'not mapped' if counted else 'not read'}: {profile.values} values (e.g. {samples}), {profile.describe()}. ")
    if kind == "date":
        line = sources_line(sheet, written, "charged_on").replace('"charged_on"', "FIELD") + " with FIELD the date it holds"
        if counted:
            return head + ("Its header names no event, so its dates count toward started_on only (the earliest date of the row) "
                           f"and fill none of the four dates; to name its event ({_DATE_CHOICES}), add to data/raw/sources.toml: " + line)
        return head + f"Its dates count once it is mapped to one of the four dates ({_DATE_CHOICES}): in data/raw/sources.toml, " + line
    field = suggested_field(profile)
    if field:
        return head + "To read it, add to data/raw/sources.toml: " + sources_line(sheet, written, field)
    return head + ("If it holds a field, add to data/raw/sources.toml: " + sources_line(sheet, written, "FIELD").replace('"FIELD"', "FIELD")
                   + f" with FIELD one of {', '.join(FIELDS)}")


def column_numbers(header: HeaderMap) -> dict[int, str]:
    """Every column position the header accounts for -> its header as written: mapped, unmapped,
    ignored, a status history, a column under a merged header cell (its first column's header) or
    one of a run of year columns (the run's header)."""
    named = {**header.histories, **header.written, **header.unmapped_written, **header.ignored_written}
    for c, extra in header.spans.items():
        named.update({e: named[c] for e in extra if c in named})
    for c, run in header.years.items():
        named.update({col: named[c] for col, _ in run if c in named})
    for c, run in header.date_parts.items():
        named.update({col: named[c] for col in run if c in named})
    for c, cols in header.any_of.items():
        named.update({col: named[c] for col in cols if c in named})
    return named


def unheaded_columns(header: HeaderMap, cases: pd.DataFrame) -> None:
    """A column with values on case rows and no header cell at all is unmapped, named `column N`
    (its position, 1-based), so that it gives an `unmapped_column` row like any column not read."""
    named = column_numbers(header)
    filled = cases.notna().any()
    for c in [c for c in cases.columns if c not in named and bool(filled.get(c, False))]:
        written = f"column {c + 1}"
        header.unmapped.append(written)
        header.unmapped_written[c] = written
        header.profiles[c] = content.profile(cases[c])
        header.unheaded.add(c)


def _unheaded_message(written: str, profile: Profile) -> str:
    samples = "; ".join(repr(s) for s in profile.samples) or "none"
    return (f"{written} has no header, so it is not read: {profile.values} values (e.g. {samples}), {profile.describe()}. "
            "A column is read by its header: write one above it in the list (a column name of "
            "kzanalysis/vocab/headers.csv, or any name, then mapped in data/raw/sources.toml) and clean again")


def unmapped_columns(sheet: RawSheet, header: HeaderMap, start_only: list[str] | None = None) -> pd.DataFrame:
    """One `unmapped_column` row per column left unmapped (only where the column has values);
    `start_only`: the columns of dates counted toward started_on only (start_dates.py)."""
    counted = set(start_only or ())
    rows = [(written, "; ".join(p.samples), _unheaded_message(written, p) if c in header.unheaded
             else _unmapped_message(sheet, written, p, written in counted))
            for c, p in sorted(header.profiles.items()) if p.values and (written := _written(header, c))]
    return pd.DataFrame({
        "source_file": sheet.file, "source_sheet": sheet.sheet, "source_row": pd.array([pd.NA] * len(rows), dtype="Int64"),
        "column": [r[0] for r in rows], "value": pd.array([r[1] for r in rows], dtype="string"),
        "problem": "unmapped_column", "message": [r[2] for r in rows], "row_kept": True,
    }, index=range(len(rows)))


def _written(header: HeaderMap, c: int) -> str | None:
    return header.unmapped_written.get(c)


def no_date_column(sheet: RawSheet, header: HeaderMap, cases: int) -> pd.DataFrame | None:
    """A `no_date_column` row where the sheet has cases and no date column was read."""
    if not cases or any(f in DATE_FIELDS for f in header.fields.values()):
        return None
    dated = [(c, p) for c, p in sorted(header.profiles.items()) if p.clearly() == "date"]
    message = f"no date column read in this sheet: its {cases} cases have no start date and are counted in no period"
    if dated:
        written = header.unmapped_written[dated[0][0]]
        message += (f"; column {written!r} holds dates: map it to the date it holds ({_DATE_CHOICES}) in data/raw/sources.toml, e.g. "
                    + sources_line(sheet, written, "charged_on"))
    else:
        message += "; if the list gives a date in a column, map that column in data/raw/sources.toml"
    return sheet_problem(sheet.file, sheet.sheet, "no_date_column", message, kept=True)


# Problems that say why a row's date was not read; another problem in the same column (a doubtful
# tie in a notes column that also gives dates) says nothing about the date.
_DATE_PROBLEMS = ("unparsed_date", "impossible_date", "implausible_date", "date_without_event", "unparsed_history", "parser_error")


def undated_cases(sheet: RawSheet, header: HeaderMap, cases: pd.DataFrame, problems: list[pd.DataFrame],
                  more: list[str] | None = None) -> pd.DataFrame | None:
    """An `undated` row for each case of a sheet that reads dates but whose row gives none, unless a
    date problem of that row already says why; `more`: other columns read for dates (a status
    history, a court column)."""
    date_columns = {header.written[c] for c, f in header.fields.items() if f in DATE_FIELDS} | set(more or ())
    if not date_columns or cases.empty:
        return None
    undated = cases["source_row"].to_numpy(dtype=int)[cases["started_on"].isna().to_numpy()]
    if not len(undated):
        return None
    said = [p.loc[p["column"].isin(date_columns) & p["problem"].isin(_DATE_PROBLEMS), "source_row"] for p in problems if len(p)]
    said_rows = pd.concat(said).dropna().astype(int).unique() if said else np.array([], dtype=int)
    rows = np.setdiff1d(undated, said_rows)
    if not len(rows):
        return None
    return problem_frame(sheet, rows, "", pd.array([pd.NA] * len(rows), dtype="string"), "undated",
                         f"no date in this row's date columns ({', '.join(sorted(date_columns))}): the case is counted in no period", True)


def no_header_message(sheet: RawSheet, nonblank: int) -> str:
    """What a sheet with no header row found means and what to do: the row that looks most like a
    header (the first with three text cells or more) and the sources.toml line that names its columns."""
    head = sheet.cells.iloc[:40]
    widths = head.notna().sum(axis=1).to_numpy()
    first = next((r for r, n in enumerate(widths) if n >= 3), None)
    message = (f"no header row found in the first rows (no row names a person or a charge and one more field), so its "
               f"{nonblank} non-blank rows are not read. ")
    if first is not None:
        cells = [str(v) for v in head.iloc[first].dropna()]
        shown = ", ".join(repr(c) for c in cells[:6])
        message += (f"If row {int(sheet.row_numbers[first])} ({shown}) is its header, name its columns in data/raw/sources.toml, "
                    f"e.g. {sources_line(sheet, cells[0], 'FIELD').replace(chr(34) + 'FIELD' + chr(34), 'FIELD')}, "
                    "one entry per column; ")
    return message + ("a row is a case only with the person's name in a column of its own (mapped to \"name\"): a sheet "
                      "whose names are only inside a text (posts, news, a narrative) is not a list, so write each case "
                      "on a row of its own with the name in a cell")


def no_name_column(sheet: RawSheet, header: HeaderMap, kinds: pd.DataFrame) -> pd.DataFrame | None:
    """A `no_name_column` row for a sheet with no name column whose rows were all dropped as too little
    to be a case: without a name a row is a case only where two case fields are filled."""
    if header.column_of("name") is not None or (kinds["kind"] == "case").any() or not (kinds["kind"] == "not_a_case").any():
        return None
    dropped = int((kinds["kind"] == "not_a_case").sum())
    message = (f"no column of this sheet is read as the person's name, so none of its {dropped} rows could be a case "
               "(all dropped as not_a_case). Map the column that holds each person's name in data/raw/sources.toml, e.g. "
               + sources_line(sheet, "COLUMN", "name").replace('"COLUMN"', "COLUMN")
               + "; if the names are only inside a text (posts, news), the sheet is not a list: write each case on a row "
                 "of its own with the name in a cell")
    return sheet_problem(sheet.file, sheet.sheet, "no_name_column", message, kept=False)
