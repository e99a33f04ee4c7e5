"""A sheet the cleaner failed on: in, the sheet and the exception; out, an unread sheet with a problem row.

An exception while cleaning a sheet is a bug of kzanalysis, never a gap in the list or its vocabulary. It is
said as such (`parser_error`, naming the exception and where it was raised), the sheet's rows are not read
(as a sheet without a header is not), the file is reported as not fully read, and the other sheets and lists
are still cleaned. With the environment variable KZANALYSIS_RAISE set (the test suite sets it), the
exception is raised instead, so that a bug shows its traceback.
"""
from __future__ import annotations

import traceback

from .read import RawSheet
from .table_spec import empty, sheet_problem

RAISE_ENV = "KZANALYSIS_RAISE"


def failed_sheet(sheet: RawSheet, exc: BaseException):
    """The sheet as not read, with one `parser_error` problem row saying what failed and where."""
    from .sheet import SheetResult, _empty_info

    frames = traceback.extract_tb(exc.__traceback__)
    where = next((f for f in reversed(frames) if "kzanalysis" in f.filename), frames[-1] if frames else None)
    at = f" in {where.name} ({where.filename.rsplit('kzanalysis', 1)[-1].lstrip('/')}:{where.lineno})" if where else ""
    nonblank = int(sheet.cells.notna().any(axis=1).sum())
    place = f"{sheet.file}" + (f", sheet {sheet.sheet!r}" if sheet.sheet else "")
    message = (f"{place}: kzanalysis failed on this sheet ({type(exc).__name__}: {str(exc)[:200]}{at}). This is a bug "
               f"in kzanalysis, not a gap in the list or the vocabulary: its {nonblank} non-blank rows were not read. "
               "Please report it with this message; the other sheets and lists were read.")
    info = _empty_info(sheet)
    info["note"] = "kzanalysis failed on this sheet: not read"
    info["error"] = message
    problem = sheet_problem(sheet.file, sheet.sheet, "parser_error", message, kept=False)
    return SheetResult(empty("cases"), empty("charges"), [problem], info)
