"""One list cleaned: every sheet of one file into its cases, charges and problems (`clean_list`).

In: a list file, its key and entry in `sources.toml`, and the sha256 of its bytes. Out: its three
frames, unvalidated, and its manifest record. clean.py asks for each list of a run (from the per-list
cache, else through this function, in this process or a worker's: parallel.py) and validates the
run's tables once. This module and the cleaning chain below it import no pandera (table_spec.py):
a worker that only cleans lists starts without it.
"""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pandas as pd

from . import config
from .codebook import clean_coded_sheet, codebook_sheet, workbook_codebooks
from .date_order import file_hints
from .failed import RAISE_ENV, failed_sheet
from .legend import workbook_legends
from .read import UnreadableFile, read_file
from .table_spec import empty, sheet_problem


def clean_list(path: Path, key: str, entry: dict, file_sha: str) -> tuple[dict[str, pd.DataFrame], dict]:
    """One list (every sheet of one file): its cases, charges and problems, each as one frame, and
    {"record": its manifest record, "unreadable": messages of what could not be read}."""
    from .sheet import clean_sheet, legend_sheet  # the cleaning chain, loaded only when a list is not in the per-list cache

    source = str(entry.get("source") or path.stem)
    record: dict = {"file": path.name, "key": key, "path": _relative(path), "source": source, "sha256": file_sha, "sheets": []}
    cases, charges, problems, unreadable = [], [], [], []
    try:
        sheets = read_file(path)
    except UnreadableFile as exc:
        record["error"] = str(exc)
        unreadable.append(str(exc))
        problems.append(sheet_problem(path.name, "", "unreadable_file", str(exc), kept=False))
        sheets = []
    legends = workbook_legends(sheets) if len(sheets) > 1 else {}  # sheets of codes and their meanings (legend.py)
    codes = {code: meaning for found in legends.values() for code, meaning in found.items()}
    books = workbook_codebooks(sheets) if len(sheets) > 1 else {}  # sheets of variable | code | label (codebook.py)
    book = {variable: given for found in books.values() for variable, given in found.items()}

    def clean_one(sheet):
        try:
            if sheet.sheet in legends:
                return legend_sheet(sheet, legends[sheet.sheet])
            if sheet.sheet in books:
                return codebook_sheet(sheet, books[sheet.sheet])
            if book:
                return clean_coded_sheet(sheet, book, lambda read: clean_sheet(read, source, entry.get("columns"), codes))
            return clean_sheet(sheet, source, entry.get("columns"), codes)
        except Exception as exc:  # a bug of the cleaner on this sheet: said as one, the other sheets and lists still read
            if os.environ.get(RAISE_ENV):
                raise
            result = failed_sheet(sheet, exc)
            unreadable.append(result.info["error"])
            return result

    for sheet in sheets:
        sheet.key, sheet.alone = key, len(sheets) == 1
    results = [clean_one(sheet) for sheet in sheets]
    # A sheet whose dates say no order of their own, written as another sheet's month-first dates, is read again so (date_order.py)
    for i, like in file_hints([(s.sheet, r.info.get("date_writings", [])) for s, r in zip(sheets, results)]).items():
        results[i] = clean_one(replace(sheets[i], month_first_like=like))
    for sheet, result in zip(sheets, results):
        result.info.pop("date_writings", None)
        if sheet.encoding:
            result.info["encoding"], result.info["delimiter"] = sheet.encoding, sheet.delimiter
        cases.append(result.cases)
        charges.append(result.charges)
        problems.extend(result.problems)
        record["sheets"].append(result.info)
    if (record["sheets"] and all(s.get("note") for s in record["sheets"]) and not any(s["header_rows"] for s in record["sheets"])
            and not any(s.get("error") for s in record["sheets"])):  # a sheet the cleaner failed on is said as such
        # Text in every sheet but no header anywhere: nothing of this file could be read as a list.
        record["error"] = (f"{path.name}: no sheet has a header row naming its columns; add the headers to "
                           "kzanalysis/vocab/headers.csv or map them in sources.toml")
        unreadable.append(record["error"])
    frames = {name: _joined(parts, name) for name, parts in (("cases", cases), ("charges", charges), ("problems", problems))}
    return frames, {"record": record, "unreadable": unreadable}


def _joined(frames: list[pd.DataFrame], table: str) -> pd.DataFrame:
    """The frames of one list as one, unvalidated (the whole run is validated once, in _concat)."""
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else empty(table)


def _relative(path: Path) -> str:
    return config.relative_path(path)
