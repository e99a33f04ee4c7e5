"""One sheet cleaned: a RawSheet in, its cases, charges, problem rows and manifest entry out.

Header found (headers.py; where none is, a list of label/value blocks read as a table:
record_blocks.py, or a table of counts found by its shape: counts_table.py; tables stacked on the sheet, each
under its own header, read one by one: stacked_tables.py), codes a legend
explains read as their meaning (legend.py), rows classified (rows.py; Excel's subtotal rows: excel_subtotals.py),
section headings heard (sections.py),
exact repeats dropped, columns prepared (columns.py; a matrix of ticks: tick_matrix.py) and parsed (cases.py); every row read is
a case or a dropped row, checked here for every sheet.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .arrow_bytes import may_hold
from .codes import repeat_groups
from .cases import parse_cases
from .columns import join_name_parts, join_spans
from .continuation import PROBLEM as CONTINUATION, continuations, join_continuations
from .counts_table import PROBLEM as COUNTS_TABLE, counts_header
from .database_values import database_values
from .excel_subtotals import REASON as SUBTOTALS_REASON, subtotal_rows
from .footnotes import strip_markers
from .form_exports import is_definition_sheet
from .form_tools import spell_out_options
from .headers import HeaderMap, find_header, reread_unmapped
from .json_columns import join_charges
from .labelled_cells import split_labelled_cells
from .legend import read_legends
from .pivot import SUBTOTAL_REASON, fill_pivot_groups
from .read import RawSheet
from .long_layout import long_layout
from .lookup_sheet import REASON as LOOKUP_REASON, lookup_rows
from .record_blocks import record_blocks
from .rows import classify_rows, is_summary_table, row_text
from .sections import section_headings
from .several_columns import further_columns, join_further
from .cell_links import strip_links
from .ditto import fill_dittos, fill_stated_blanks
from .html_cells import strip_html
from .sheet_place import with_sheet_place
from .template_cards import TEMPLATE_REASON, TEST_REASON, records_for_testing, template_cards
from .split_dates import join_parts
from .stacked_tables import combine as combine_tables, further_headers, part as table_part
from .table_spec import AccountingError  # noqa: F401 (raised below; clean.py names it too)
from .table_spec import empty, sheet_problem
from .template_rows import template_rows
from .tick_matrix import read_ticks
from .twins import join_twins
from .unread import (column_numbers, no_date_column, no_header_message, no_name_column, undated_cases, unheaded_columns,
                     unmapped_columns)
from .values import problem_frame
from .year_columns import join_year_columns


_REPLACEMENT = ("\ufffd".encode(),)  # U+FFFD's UTF-8 bytes


@dataclass
class SheetResult:
    cases: pd.DataFrame
    charges: pd.DataFrame
    problems: list[pd.DataFrame]
    info: dict


def _broken_characters(block: pd.DataFrame, header: HeaderMap, sheet: RawSheet) -> list[pd.DataFrame]:
    """Cells holding U+FFFD: bytes the file's encoding could not read (the reader kept the rest)."""
    found = []
    for c in block.columns:
        if not may_hold(block[c], _REPLACEMENT):  # the column's bytes at once: most lists have none
            continue
        broken = block[c].str.contains("\ufffd", regex=False).fillna(False).astype(bool)
        if broken.any():
            found.append(problem_frame(sheet, block.index[broken.to_numpy()].to_numpy(), header.written.get(c, f"column {c + 1}"),
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


def _merged_down(sheet: RawSheet, first: int) -> pd.DataFrame:
    """The data rows of the sheet, with a cell merged down over several rows (a person's name, year
    and place over their two case rows) given to each of those rows: the reader sees it in the top one only.
    A long list may hold thousands of such ranges: each column is filled in one step, not a range at a time."""
    block = sheet.cells.iloc[first:]
    # a range may start below the last row read (merged over blank rows the reader trimmed): nothing to give
    down = [(r0, c0, r1) for r0, c0, r1, _ in sheet.merged
            if r1 > r0 and first <= r0 < len(sheet.cells) and c0 < block.shape[1]]
    if not down:
        return block
    block = block.copy()
    ranges = pd.DataFrame(down, columns=["r0", "c0", "r1"])
    for c0, group in ranges.groupby("c0", sort=False):
        r0, r1 = group["r0"].to_numpy(), group["r1"].to_numpy()
        top = sheet.cells.iloc[r0, c0].to_numpy(dtype=object)
        given = pd.notna(top)
        r0, r1, top = r0[given], r1[given], top[given]
        lengths = r1 - r0
        # the rows under each top cell, as positions in the block; in range order, the first range to reach a row fills it
        start = np.repeat(r0 + 1 - first, lengths)
        pos = start + (np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths))
        value = np.repeat(top, lengths)
        keep = pos < len(block)
        pos, value = pos[keep], value[keep]
        pos, at = np.unique(pos, return_index=True)
        if not len(pos):
            continue
        below = block.iloc[pos, c0]
        block.iloc[pos, c0] = below.where(below.notna(), pd.Series(value[at], index=below.index, dtype=object))
    return block


def _read_after_all(header, written: str) -> None:
    """Take a column that a later stage read (the court's seat or date, an address, free text) off the unmapped and ignored columns."""
    for c in [c for c, w in {**header.unmapped_written, **header.ignored_written}.items() if w == written]:
        header.unmapped_written.pop(c, None)
        header.ignored_written.pop(c, None)
        header.profiles.pop(c, None)
        header.written[c] = written  # its count of values stays in the manifest
    for listed in (header.unmapped, header.ignored):
        if written in listed:
            listed.remove(written)


def _empty_info(sheet: RawSheet) -> dict:
    return {"sheet": sheet.sheet, "rows_read": 0, "cases": 0, "rows_dropped": 0, "header_rows": [], "columns": {},
            "unmapped_columns": [], "guessed_columns": [], "content_columns": [], "ignored_columns": []}


def legend_sheet(sheet: RawSheet, codes: dict[str, str]) -> SheetResult:
    """A legend of codes (legend.py): not a list, so no row of it is read; the manifest lists its codes."""
    info = _empty_info(sheet)
    info["note"] = "a legend of codes: read as their meaning in the workbook's other sheets, not a list"
    info["legend"] = dict(codes)
    return SheetResult(empty("cases"), empty("charges"), [], info)


def _case_rows(block: pd.DataFrame, kinds: pd.DataFrame) -> pd.DataFrame:
    """The block's case rows: the block itself where every row is one (a plain list: no copy of its columns)."""
    case = kinds["kind"].eq("case")
    return block if bool(case.all()) else block.loc[case]


def clean_sheet(sheet: RawSheet, source: str, overrides: dict[str, str] | None = None,
                codes: dict[str, str] | None = None, stacked: bool = True) -> SheetResult:
    """One sheet cleaned; `codes` are the workbook's legend ({code: meaning}, legend.py). With `stacked`, tables
    stacked on the sheet, each under its own header row, are read one by one (stacked_tables.py)."""
    info: dict = _empty_info(sheet)
    raw = sheet
    if is_definition_sheet(sheet.cells):  # a form's choices or survey sheet: its codes, no person (form_exports.py)
        info["note"] = "a survey form's definition (list_name / type | name | label): the form's codes, not a list of cases"
        return SheetResult(empty("cases"), empty("charges"), [], info)
    sheet = join_charges(sheet)  # a JSON export's charges over numbered columns: one cell (json_columns.py)
    sheet = database_values(sheet)  # a database's booleans `t`/`f` and array literals `{a,b}` (database_values.py)
    sheet = strip_html(sheet)  # `<b>Name</b><br>Art. 405(2)`: markup is no text (html_cells.py)
    header = find_header(sheet, overrides)
    records = None
    if header is None:  # a list written as blocks of label/value lines (record_blocks.py)
        records = record_blocks(sheet)
        if records is not None:
            sheet = records.sheet
            header = find_header(sheet, overrides)
            info["record_blocks"] = {"labels": records.labels, "lines_folded": int(len(records.lines))}
    if header is None:  # one line per person and attribute, `id | label | value` (long_layout.py)
        records = long_layout(sheet)
        if records is not None:
            sheet = records.sheet
            header = find_header(sheet, overrides)
            info["long_layout"] = {"labels": records.labels, "lines_folded": int(len(records.lines))}
    if header is None:  # a table of counts by region or period (counts_table.py)
        header = counts_header(sheet)
    if header is None and not sheet.alone and (options := lookup_rows(sheet.cells)) is not None:  # a dropdown's options (lookup_sheet.py)
        info.update(note="a lookup sheet (the options of dropdown lists): no cases", rows_read=len(options),
                    rows_dropped=len(options))
        rows = pd.DataFrame(sheet.cells.iloc[options].to_numpy(), index=sheet.row_numbers[options])
        return SheetResult(empty("cases"), empty("charges"), [problem_frame(
            sheet, sheet.row_numbers[options], "", row_text(rows).to_numpy(), "lookup_sheet", LOOKUP_REASON, False)], info)
    if header is None:
        nonblank = int(sheet.cells.notna().any(axis=1).sum())
        problems = []
        if nonblank:
            info["note"] = "no header row recognised: not read"
            problems.append(sheet_problem(sheet.file, sheet.sheet, "no_header", no_header_message(sheet, nonblank), kept=False))
        return SheetResult(empty("cases"), empty("charges"), problems, info)

    if stacked and records is None and not header.counts and len(raw.cells) == len(sheet.cells):
        starts = further_headers(sheet, header, overrides)  # a second table with a header of its own (stacked_tables.py)
        if starts:
            bounds = [0, *starts, len(raw.cells)]
            tables = [clean_sheet(table_part(raw, a, b), source, overrides, codes, stacked=False) for a, b in zip(bounds, bounds[1:])]
            combined = combine_tables(raw, tables, bounds[:-1])
            if combined is not None:
                return combined
    info["header_rows"] = [int(sheet.row_numbers[r]) for r in header.header_rows]
    further = further_columns(header)  # `charge1 | charge2 | charge3`: one field over several columns (several_columns.py)
    info["columns"] = {header.written[c]: f for c, f in header.fields.items()}
    for c, joined in (*header.other.items(), *header.term_months.items(),  # read with the field's column (form_exports.py, split_dates.py)
                      *((c, e) for c, extra in further.items() for e in extra)):
        info["columns"][header.written[joined]] = header.fields[c]
    if further:
        info["further_columns"] = {header.written[c]: [header.written[e] for e in extra] for c, extra in further.items()}
    info["unmapped_columns"] = header.unmapped
    info["guessed_columns"] = header.guessed
    info["content_columns"] = header.by_content
    info["ignored_columns"] = header.ignored
    info["mapped_by"] = {header.written[c]: header.how.get(c, "alias") for c in header.fields}
    for c, extra in further.items():  # `check` says a further charge column is read with the first (several_columns.py)
        info["mapped_by"].update({header.written[e]: f"read with {header.written[c]}" for e in extra})
    block = strip_markers(_merged_down(sheet, header.first_data_row))  # `Art. 179(2)[13]`: a footnote's mark is no value (footnotes.py)
    block = strip_links(block, header.fields)  # `Уральск (https://www.notion.so/...)`: a web address is no part of a value (cell_links.py)
    rows = sheet.row_numbers[header.first_data_row:]
    block = block.set_axis(rows)
    if not is_summary_table(header):  # codes a legend explains, read as their meaning (legend.py)
        block, legend_rows = read_legends(block, sheet.cells.iloc[:header.header_rows[0]], header, codes or {}, info)
    else:
        legend_rows = block.index[:0]
    block, subtotals = fill_pivot_groups(block, header)  # a pivot's labels written once per group (pivot.py)
    kinds = classify_rows(block, header, _formula_mask(block, sheet))
    kinds = template_rows(block, kinds)  # a template's instruction row and worked example (template_rows.py)
    excel_subtotals = subtotal_rows(block) & kinds["kind"].eq("case")  # `Almaty Count | 12` (excel_subtotals.py)
    if excel_subtotals.any():
        kinds.loc[excel_subtotals, ["kind", "reason"]] = ["not_a_case", SUBTOTALS_REASON]
        info["excel_subtotal_rows"] = int(excel_subtotals.sum())
    if subtotals.any():
        kinds.loc[subtotals, "kind"] = "not_a_case"
        kinds.loc[subtotals, "reason"] = SUBTOTAL_REASON
        info["pivot_subtotal_rows"] = int(subtotals.sum())
    # a template card kept in the list (template_cards.py), where the template rule above gave no reason of its own
    template = template_cards(block, header) & kinds["kind"].ne("blank") & ~kinds["reason"].fillna("").str.contains("template")
    if template.any():
        kinds.loc[template, ["kind", "reason"]] = ["not_a_case", TEMPLATE_REASON]
    test = records_for_testing(block, header) & kinds["kind"].eq("case")  # a test record left in a database (template_cards.py)
    kinds.loc[test, ["kind", "reason"]] = ["not_a_case", TEST_REASON]
    if len(legend_rows):
        kinds.loc[legend_rows, ["kind", "reason"]] = ["not_a_case", "a row of the legend under the table (its code is read in the rows above)"]
    counted: list[pd.DataFrame] = []
    if is_summary_table(header):
        info["note"] = "a table of counts, not a list of cases: its rows are not cases"
        if header.counts:  # found by its shape alone: say so once for the sheet
            n = int(kinds["kind"].ne("blank").sum())
            counted.append(sheet_problem(sheet.file, sheet.sheet, COUNTS_TABLE, (
                f"a table of counts (header row {int(sheet.row_numbers[header.header_rows[0]])}: "
                f"{' | '.join(header.written.values())}), not a list of cases: its {n} rows are dropped; "
                "if it is a list, name its columns in data/raw/sources.toml"), kept=False))
        kinds = kinds.assign(kind=kinds["kind"].where(kinds["kind"] == "blank", "not_a_case"),
                             reason=pd.Series("a row of a table of counts (no name column, a count column), not a case",
                                              index=kinds.index, dtype="string").where(kinds["kind"] != "blank"))
    continued = continuations(block, header, kinds)  # rows a hand-wrapped cell ran onto (continuation.py)
    block, kinds = join_continuations(block, kinds, continued)
    if continued.notna().any():
        info["continuation_rows"] = int(continued.notna().sum())
    if continued.notna().any():  # the unmapped columns judged again on the cases' whole cells
        reread_unmapped(header, _case_rows(block, kinds))
    sections = section_headings(block, kinds, header)
    if not is_summary_table(header):
        sections = with_sheet_place(sections, sheet, header, info)  # a sheet named for a town (sheet_place.py)
    case_cells = _case_rows(block, kinds)
    block = read_ticks(block, header, case_cells, info)  # a matrix of ticked articles and stages (tick_matrix.py)
    case_cells = _case_rows(block, kinds)
    unheaded_columns(header, case_cells)  # a column with values and no header is not lost in silence
    info["unmapped_columns"] = header.unmapped
    # each column's header and its count of values on case rows, by position (1-based): every filled column is accounted
    info["column_headers"] = {str(c + 1): w for c, w in sorted(column_numbers(header).items())}
    info["filled_columns"] = {str(c + 1): int(n) for c, n in case_cells.notna().sum().items() if n}
    block, header = join_name_parts(block, header)
    block = join_spans(spell_out_options(block, header), header)  # a survey's ticked options: their names (form_tools.py)
    block = join_further(block, further)
    block = join_year_columns(block, header.years)
    block = join_parts(block, header)
    block, twin_problems = join_twins(block, header, sheet, info)  # a field written once per language (twins.py)
    block, header, labelled = split_labelled_cells(block, header)  # `Статья: ...\nЗадержан: ...` in one cell (labelled_cells.py)
    if labelled:
        info["labelled_cells"] = labelled
    # `-//-`, `same`, and blanks where the list says they repeat the row above: the value above (ditto.py)
    block, stated = fill_stated_blanks(block, header, kinds, sheet, continued)
    if stated:
        info["blank_as_above"] = stated
    block, ditto_problems, dittos = fill_dittos(block, header, kinds, sheet, continued)
    if dittos:
        info["ditto_cells"] = dittos
    read_mask = kinds["kind"] != "blank"
    info["rows_read"] = int(read_mask.sum())

    problems: list[pd.DataFrame] = [*counted, *twin_problems, *ditto_problems]
    dropped = kinds.loc[kinds["kind"] == "not_a_case"]
    nameless = None if is_summary_table(header) else no_name_column(sheet, header, kinds)  # every row dropped for want of a name: say why
    why = " (this sheet has no name column: see its no_name_column problem)" if nameless is not None else ""
    wrapped = continued.reindex(dropped.index).notna().to_numpy()
    for part, problem, prefix, suffix in ((dropped.loc[~wrapped], "not_a_case", "not a case: ", why), (dropped.loc[wrapped], CONTINUATION, "", "")):
        if len(part) or problem == "not_a_case":
            problems.append(problem_frame(sheet, part.index.to_numpy(), "", row_text(block.loc[part.index]).to_numpy(), problem,
                                          (prefix + part["reason"] + suffix).to_numpy(), False))

    cases_block = _case_rows(block, kinds)
    # An exact repeat of an earlier case row of the same sheet (every cell equal but the running
    # number, unmapped columns included) is dropped.
    row_number = header.column_of("row_number")
    mapped_cols = [c for c in cases_block.columns if c != row_number]
    if mapped_cols and len(cases_block):
        first_at = repeat_groups(cases_block[mapped_cols])  # codes of each column's values, shared with later stages (codes.py)
        if first_at is not None:
            first_row = pd.Series(cases_block.index.to_numpy()[first_at], index=cases_block.index)
        else:
            group = cases_block.groupby(mapped_cols, dropna=False, sort=False).ngroup()
            first_row = pd.Series(cases_block.index, index=cases_block.index).groupby(group.to_numpy()).transform("first")
        dup = pd.Series(first_row.to_numpy() != cases_block.index.to_numpy(), index=cases_block.index)
    else:
        dup = pd.Series(False, index=cases_block.index)
    if dup.any():
        problems.append(problem_frame(sheet, cases_block.index[dup].to_numpy(), "", row_text(cases_block.loc[dup]).to_numpy(),
                                       "duplicate_row", ("an exact repeat of row " + first_row[dup].astype(str) + ": dropped").to_numpy(), False))
        cases_block = cases_block.loc[~dup]
    info["rows_dropped"] = int(len(dropped) + dup.sum())
    if nameless is not None:
        problems.append(nameless)

    problems.extend(_broken_characters(cases_block, header, sheet))
    problems.extend(_hidden_by_formulas(cases_block, header, sheet))
    cases, charges, field_problems = parse_cases(cases_block, header, sheet, source, sections, info)
    problems.extend(field_problems)
    info["cases"] = int(len(cases))
    # The columns a later stage read (the court's seat or date: court.py; an address: address.py; free
    # text: narrative.py; where a person is held: institution.py) are neither unmapped nor ignored.
    for key in ("city_from_court", "court_dates", "city_from_address", "status_from_institution"):
        if key in info:
            _read_after_all(header, info[key]["column"])
    for written_free in info.get("from_free_text", {}).get("columns", []):
        _read_after_all(header, written_free)
    for written_events in ([info["event_dates"]["column"], info["event_dates"]["events"]] if "event_dates" in info else []):
        _read_after_all(header, written_events)  # a date column and the column naming its events (event_kinds.py)
    for written_status in [*info.get("status_columns", []), *info.get("stage_columns", [])]:  # statuses besides the status column (measures.py, stage_columns.py)
        _read_after_all(header, written_status)
    # the header the dates were read with: dates read from free text count as date columns
    read_header = info.pop("read_header", header)
    # dates read beside the date columns: a status history, a court cell's date
    dated_elsewhere = [*info.get("history_columns", []), *([info["court_dates"]["column"]] if "court_dates" in info else []),
                       *info.get("verdict_dates", {}), *([info["event_dates"]["column"]] if "event_dates" in info else [])]
    if not is_summary_table(header):
        problems.append(unmapped_columns(sheet, header, info.get("start_only_columns")))
        problems.extend(p for p in (None if dated_elsewhere else no_date_column(sheet, read_header, info["cases"]),
                                    undated_cases(sheet, read_header, cases, field_problems, dated_elsewhere)) if p is not None)
    info["cases_undated"] = int(cases["started_on"].isna().sum())
    # how many values each column has on the case rows (`check` shows the share read)
    written = {**header.histories, **header.written, **header.unmapped_written, **header.ignored_written}
    filled = cases_block.notna().sum()
    info["values"] = {w: int(filled.get(c, 0)) for c, w in sorted(written.items())}
    # what the values of each unmapped column look like (a kind of content.KINDS, or "")
    info["unmapped_look_like"] = {header.unmapped_written[c]: p.clearly() or "" for c, p in sorted(header.profiles.items())}
    if records is not None and len(records.lines):  # the lines of each block, read in its first row
        lines = records.lines
        problems.append(problem_frame(sheet, lines.index.to_numpy(), "", lines["text"].to_numpy(), records.problem,
                                      (records.before + lines["first_row"].astype(str) + records.after).to_numpy(), False))
        info["rows_read"] += len(lines)
        info["rows_dropped"] += len(lines)
    if info["rows_read"] != info["cases"] + info["rows_dropped"]:
        raise AccountingError(f"{sheet.file} [{sheet.sheet}]: rows_read {info['rows_read']} != cases {info['cases']} + dropped {info['rows_dropped']}")
    return SheetResult(cases, charges, problems, info)
