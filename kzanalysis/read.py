"""Reading lists as NGOs send them.

In: a path to an `.xlsx`/`.xlsm`/`.xls`/`.ods` workbook or a `.csv`/`.tsv`/`.txt`
file. Out: one `RawSheet` per sheet: every cell as text (date cells as ISO
dates, whole numbers without `.0`), the row numbers a spreadsheet program
shows, and the merged ranges (for two-row headers). Nothing is dropped here.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .delimiter import delimiter_of
from .sniff import utf16_without_bom

from .config import CSV_SUFFIXES, EXCEL_SUFFIXES, LIST_SUFFIXES as SUFFIXES  # noqa: E402
NOT_LISTS = {"links.csv"}  # beside the lists, never one of them: the analyst's decisions on who is the same person
_UTF8_CYRILLIC = re.compile(rb"[\xd0\xd1\xd2\xd3][\x80-\xbf]")  # a Cyrillic letter, as UTF-8 writes it
# A database's null in a text export, written where nothing was: PostgreSQL's COPY text format and MySQL's
# SELECT ... INTO OUTFILE write `\N`; SQL clients' CSV exports write `NULL`. No list writes either as a value.
NULL_MARKERS = ("\\N", "NULL")
_SEP_HINT = re.compile(r"\Asep=(.)[ \t]*\r?\n")  # Excel's first line naming the separator; Excel does not show it


class UnreadableFile(Exception):
    """A file that cannot be read at all; the message says why and what to do."""


@dataclass
class RawSheet:
    file: str
    sheet: str  # "" for csv
    cells: pd.DataFrame  # strings or NA; positional columns 0..n-1
    row_numbers: np.ndarray  # 1-based row number of each row of `cells`
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (row0, col0, row1, col1), 0-based inclusive
    encoding: str | None = None
    delimiter: str | None = None
    key: str = ""  # the file's path relative to the folder it was found in: part of each case_id
    formulas: list[tuple[int, int, str, str]] = field(default_factory=list)  # (row, col, kind, text), 0-based
    # how another sheet of the file writes month-first dates -> that column, in words (date_order.py)
    month_first_like: dict = field(default_factory=dict)
    alone: bool = False  # the only sheet of its file (one_list.py): no lookup sheet, which serves another sheet's dropdowns


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def list_inputs(paths: list[Path], documents: bool = False) -> list[tuple[Path, str]]:
    """The list files in the given files and folders (folders searched recursively), sorted, no
    duplicates; each with its key: the path relative to the folder it was found in (for a file
    given by itself, its name). Two lists of the same name in different folders keep apart.
    With `documents`, also the documents (.docx, .pdf, ...) found in the folders, for the cleaner
    to report as not lists."""
    from .sniff import DOCUMENT_SUFFIXES

    wanted = SUFFIXES | DOCUMENT_SUFFIXES if documents else SUFFIXES
    found: dict[Path, str] = {}
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if (child.is_file() and child.suffix.lower() in wanted and not child.name.startswith(("~$", "."))
                        and child.name.lower() not in NOT_LISTS):
                    found.setdefault(child.resolve(), child.relative_to(p).as_posix())
        else:
            found.setdefault(p.resolve(), p.name)
    return _unique_keys(found)


def _unique_keys(found: dict[Path, str]) -> list[tuple[Path, str]]:
    """Lists given one by one from different folders may share a name: their keys take as many
    parent folders as it needs to tell them apart (`a/list.csv`, `b/list.csv`)."""
    keys = dict(found)
    for _ in range(64):
        counts: dict[str, int] = {}
        for key in keys.values():
            counts[key] = counts.get(key, 0) + 1
        clashing = [path for path, key in keys.items() if counts[key] > 1]
        if not clashing:
            break
        for path in clashing:
            depth = len(Path(keys[path]).parts) + 1
            keys[path] = Path(*path.parts[-depth:]).as_posix()
    return list(keys.items())


def read_file(path: Path) -> list[RawSheet]:
    from .sniff import check_file

    marked = check_file(path)  # what the file really is; hostile workbooks refused before any reader opens them
    suffix = path.suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        return _read_excel(path, marked)
    if suffix in CSV_SUFFIXES:
        return [_read_csv(path)]
    raise UnreadableFile(f"{path.name}: not a list we can read (.xlsx, .xls, .ods or .csv); convert it or remove it from the folder")


def _cell_text(value: object) -> object:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NaT:
        return pd.NA
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        if value.hour == value.minute == value.second == 0:
            return value.strftime("%Y-%m-%d")
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    text = str(value)
    return text if text.strip() else pd.NA


# The texts pandas' readers take for a missing value (its default `na_values`): `read_excel` made these cells
# missing, so the reader that replaced it does too (tests/test_read_excel.py holds it to pandas' own list).
NA_TEXTS = frozenset({"", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>",
                      "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null"})


def _read_excel(path: Path, marked: set[str] | None = None) -> list[RawSheet]:
    """Every worksheet of a workbook, read once by calamine as values (no pandas parser in between); `marked`:
    the XML parts in which the package check saw a formula, an error value or a merged range (None: not known)."""
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        names = list(dict.fromkeys(s.name for s in book.sheets_metadata if s.typ == python_calamine.SheetTypeEnum.WorkSheet))
        if not names:
            raise ValueError("Sheet name is an empty list")
        loaded = {name: book.get_sheet_by_name(name) for name in names}
        rows = {name: sheet.to_python(skip_empty_area=False) for name, sheet in loaded.items()}
    except Exception as exc:  # calamine raises its own error types for broken files
        raise UnreadableFile(f"{path.name}: cannot be opened as a workbook ({type(exc).__name__}: {exc}); open it in Excel and save it again as .xlsx") from None
    reader = _FORMULA_READERS.get(path.suffix.lower())
    formulas = reader(path, marked) if reader is _formula_cells else reader(path) if reader else {}
    # .xlsx: the merged ranges come from the same pass over the sheets' XML as the formulas; other formats ask calamine
    merged = formulas.pop(_MERGED, None) if isinstance(formulas, dict) else None
    if merged is None:
        merged = _merged_ranges(loaded)
    sheets = []
    for name in names:
        cells = _cells_frame(rows[name])
        sheets.append(RawSheet(path.name, str(name), cells, np.arange(1, len(cells) + 1), merged.get(name, []),
                               formulas=formulas.get(str(name), [])))
    return sheets


def _cells_frame(rows: list[list]) -> pd.DataFrame:
    """A sheet's cells (calamine's values, row by row) as text columns: each distinct value of a column
    (pandas.factorize) made text once, as `_cell_text` makes it, and the rows take their text by Arrow's take.
    A date cell is written as the midnight of its day and a text in NA_TEXTS is missing, as pandas' read_excel
    gave them."""
    import pyarrow as pa

    if not rows or not rows[0]:
        return pd.DataFrame(index=pd.RangeIndex(0), columns=pd.RangeIndex(0))
    grid = np.empty((len(rows), len(rows[0])), dtype=object)
    grid[:] = rows
    out = {}
    for col in range(grid.shape[1]):
        try:  # a column of text cells only (most of them): Arrow finds its distinct values
            encoded = pa.array(grid[:, col], type=pa.string()).dictionary_encode()
            codes, uniques = encoded.indices, encoded.dictionary.to_pylist()
        except (pa.ArrowTypeError, pa.ArrowInvalid):  # numbers, dates, booleans among them: pandas does
            codes, uniques = pd.factorize(grid[:, col])
            codes = pa.array(np.where(codes >= 0, codes, len(uniques)))
        texts = [None if (t := _value_text(u)) is pd.NA else t for u in uniques]
        texts = pa.array(texts + [None], type=pa.string())
        out[col] = pd.arrays.ArrowStringArray(texts.take(codes))
    return pd.DataFrame(out, index=pd.RangeIndex(len(rows)), columns=pd.RangeIndex(grid.shape[1]))


def _value_text(value: object) -> object:
    """One calamine value as text (pd.NA when missing)."""
    if type(value) is str:
        return value if value.strip() and value not in NA_TEXTS else pd.NA
    if type(value) is dt.date:
        value = dt.datetime(value.year, value.month, value.day)
    return _cell_text(value)


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")


_MERGED = "\x00merged"  # the key of the merged ranges in what _formula_cells gives (no sheet name holds NUL)
_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)"')


def _formula_cells(path: Path, marked: set[str] | None = None) -> dict[str, list[tuple[int, int, str, str]]]:
    """Per sheet, the cells the reader sees as blank although they are not: a formula saved without its
    result (written by a program, never opened in Excel) or an error value (`#DIV/0!`). Each as
    (row, column, kind, text), 0-based, for the cleaner to report. The XML is read with defusedxml.
    `marked`: the parts in which the package check (sniff.check_package) saw `<f`, `t="e"` or `mergeCell`;
    a sheet's part not among them holds none of them and is not inflated again (None: every part is read)."""
    from defusedxml import DefusedXmlException, ElementTree

    found: dict = {}
    merged: dict[str, list[tuple[int, int, int, int]]] = {}
    try:
        with zipfile.ZipFile(path) as book:
            rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
            targets = {r.get("Id"): r.get("Target") for r in rels}
            workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
            for sheet in workbook.iter(f"{_MAIN}sheet"):
                target = targets.get(sheet.get(f"{_REL}id"), "")
                member = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
                if marked is not None and member not in marked:
                    book.getinfo(member)  # a part that is not there fails here as it would below
                    merged[sheet.get("name")] = []
                    continue
                data = book.read(member)
                # the search starts at the `<` before the first `mergeCell` (none: no merged cell), not at the cells
                first = data.find(b"mergeCell")
                refs = _MERGE_REF.findall(data, max(data.rfind(b"<", 0, first), 0)) if first >= 0 else []
                merged[sheet.get("name")] = [(int(r0) - 1, _column_index(c0.decode()), int(r1) - 1, _column_index(c1.decode()))
                                             for c0, r0, c1, r1 in refs]
                if b"<f" not in data and b't="e"' not in data:
                    continue  # most lists: nothing to look for
                cells = []
                for cell in ElementTree.fromstring(data).iter(f"{_MAIN}c"):
                    formula, value = cell.find(f"{_MAIN}f"), cell.find(f"{_MAIN}v")
                    empty = value is None or not (value.text or "").strip()
                    if cell.get("t") == "e":
                        kind, text = "formula_error", (value.text if value is not None else "") or ""
                    elif formula is not None and empty:
                        kind, text = "formula_without_value", "=" + (formula.text or "")
                    else:
                        continue
                    ref = _CELL_REF.match(cell.get("r", ""))
                    if ref:
                        cells.append((int(ref.group(2)) - 1, _column_index(ref.group(1)), kind, text))
                found[sheet.get("name")] = cells
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError, DefusedXmlException):  # not an OOXML package we can look into
        return {}
    found[_MERGED] = merged  # and, under this key, each sheet's merged ranges (row0, col0, row1, col1), 0-based
    return found


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_ERROR_TEXT = re.compile(r"#(?:DIV/0!|N/A|REF!|VALUE!|NAME\?|NUM!|NULL!)|Err:\d+")
_ODS_VALUES = tuple(f"{_OFFICE}{a}" for a in ("value", "string-value", "date-value", "time-value", "boolean-value"))


def _ods_formula_cells(path: Path) -> dict[str, list[tuple[int, int, str, str]]]:
    """As `_formula_cells`, for OpenDocument (.ods): a `table:formula` cell with no value saved, or
    whose value is an error (`#DIV/0!`, `Err:502`). content.xml is read with defusedxml."""
    from defusedxml import ElementTree

    found: dict[str, list[tuple[int, int, str, str]]] = {}
    try:
        with zipfile.ZipFile(path) as book:
            data = book.read("content.xml")
        if b"table:formula" not in data:
            return {}
        for table in ElementTree.fromstring(data).iter(f"{_TABLE}table"):
            cells, r = [], 0
            for row in table.iter(f"{_TABLE}table-row"):
                c = 0
                for cell in row:
                    span = int(cell.get(f"{_TABLE}number-columns-repeated", "1"))
                    formula = cell.get(f"{_TABLE}formula")
                    if formula is not None:
                        text = "".join(cell.itertext()).strip()
                        if _ERROR_TEXT.fullmatch(text) or _ERROR_TEXT.fullmatch(cell.get(f"{_OFFICE}string-value", "")):
                            cells.append((r, c, "formula_error", text or cell.get(f"{_OFFICE}string-value", "")))
                        elif not text and not any(cell.get(a) for a in _ODS_VALUES):
                            cells.append((r, c, "formula_without_value", formula.split(":", 1)[-1]))
                    c += span
                r += int(row.get(f"{_TABLE}number-rows-repeated", "1"))
            found[table.get(f"{_TABLE}name")] = cells
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError, ValueError):  # not an ODF package we can look into
        return {}
    return found


# BIFF8 error codes of a FORMULA or BOOLERR record ([MS-XLS] 2.5.97 BErr).
_BIFF_ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?", 0x24: "#NUM!", 0x2A: "#N/A"}


def _xls_formula_cells(path: Path) -> dict[str, list[tuple[int, int, str, str]]]:
    """As `_formula_cells`, for Excel 97-2003 (.xls): FORMULA records ([MS-XLS] 2.4.127) whose cached
    result is empty or an error, and BOOLERR error cells, read from the Workbook stream (olefile)."""
    import struct

    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            stream = "Workbook" if ole.exists("Workbook") else "Book"
            data = ole.openstream(stream).read()
    except (OSError, ValueError):  # not an OLE2 file we can look into: the values are read all the same
        return {}
    sheets: dict[int, str] = {}  # BOF offset -> sheet name (BOUNDSHEET8, 2.4.28)
    found: dict[str, list[tuple[int, int, str, str]]] = {}
    pos, current, pending = 0, None, None
    while pos + 4 <= len(data):
        kind, length = struct.unpack_from("<HH", data, pos)
        body = data[pos + 4: pos + 4 + length]
        if kind == 0x0085 and len(body) >= 8:
            offset, count, wide = struct.unpack_from("<I", body)[0], body[6], body[7] & 1
            raw = body[8: 8 + count * (2 if wide else 1)]
            sheets[offset] = raw.decode("utf-16-le" if wide else "latin-1", errors="replace")
        elif kind == 0x0809 and pos in sheets:
            current = sheets[pos]
            found.setdefault(current, [])
        elif current is not None and kind == 0x0006 and len(body) >= 14:
            row, col = struct.unpack_from("<HH", body)
            result = body[6:14]
            pending = None
            if result[6:8] == b"\xff\xff":
                if result[0] == 2:
                    found[current].append((row, col, "formula_error", _BIFF_ERRORS.get(result[2], "#ERROR")))
                elif result[0] == 3:
                    found[current].append((row, col, "formula_without_value", "(formula)"))
                elif result[0] == 0:
                    pending = (row, col)  # a text result: empty when its STRING record is
        elif current is not None and kind == 0x0207 and pending is not None:
            if len(body) < 3 or struct.unpack_from("<H", body)[0] == 0:
                found[current].append((*pending, "formula_without_value", "(formula)"))
            pending = None
        elif current is not None and kind == 0x0205 and len(body) >= 8 and body[7] == 1:
            row, col = struct.unpack_from("<HH", body)
            found[current].append((row, col, "formula_error", _BIFF_ERRORS.get(body[6], "#ERROR")))
        pos += 4 + length
    return found


_FORMULA_READERS = {".xlsx": _formula_cells, ".xlsm": _formula_cells, ".ods": _ods_formula_cells, ".xls": _xls_formula_cells}


def _column_index(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1


def _merged_ranges(sheets: dict) -> dict[str, list[tuple[int, int, int, int]]]:
    """Each sheet's merged ranges as calamine read them with the sheet (row0, col0, row1, col1), 0-based."""
    try:
        result = {}
        for name, sheet in sheets.items():
            ranges = sheet.merged_cell_ranges or []
            result[name] = [(a[0], a[1], b[0], b[1]) for a, b in ranges]
        return result
    except Exception:  # merged ranges only refine two-row headers; the reader works without them
        return {}


def _decode(path: Path) -> tuple[str, str]:
    raw = path.read_bytes()
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16"), "utf-16"
    if (order := utf16_without_bom(raw)) is not None:
        return raw.decode(order, errors="replace"), order
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    # Mostly UTF-8 with a few broken bytes: keep UTF-8; the cells with U+FFFD are reported by the cleaner.
    replaced = raw.decode("utf-8", errors="replace")
    if len(_UTF8_CYRILLIC.findall(raw)) > 10 * replaced.count("\ufffd"):
        return replaced, "utf-8 (with unreadable bytes)"
    try:
        return raw.decode("cp1251"), "cp1251"
    except UnicodeDecodeError:
        line = raw[:first_bad].count(b"\n") + 1
        raise UnreadableFile(f"{path.name}: line {line}: the text is not UTF-8, UTF-16 or cp1251; save it as CSV UTF-8") from None


def _read_csv(path: Path) -> RawSheet:
    text, encoding = _decode(path)
    if "\x00" in text:
        raise UnreadableFile(f"{path.name}: looks like a binary file, not CSV text")
    hint = _SEP_HINT.match(text)
    if hint:
        text, delimiter = text[hint.end():], hint.group(1)
    else:
        delimiter = delimiter_of(text)
    frame = _arrow_frame(text, delimiter)
    if frame is None:  # not a plain table of records: pandas' reader
        frame = _c_frame(text, delimiter)
    if frame is None:  # a layout the quick reader does not take as it is: read record by record
        frame = _records_frame(path, text, delimiter)
    frame = _trailing_blank_columns_dropped(_blank_cells_missing(frame) if frame.shape[1] else frame)
    return RawSheet(path.name, "", frame, np.arange(1, len(frame) + 1, dtype=np.int64), [], encoding, delimiter)


def _blank_cells_missing(frame: pd.DataFrame) -> pd.DataFrame:
    """A cell of white space only (or empty) is a missing value: `col.where(col.str.strip() != "")` of each
    column, done by Arrow's kernels on the Arrow strings (pandas' `str.strip` is `utf8_trim_whitespace`).
    So is a database export's null (`NULL_MARKERS`): nothing was written there either."""
    arrays = [frame.iloc[:, j].array for j in range(frame.shape[1])]
    if not all(isinstance(a, pd.arrays.ArrowStringArray) and a.dtype == "string" for a in arrays):
        return frame.apply(lambda col: col.where(~col.str.strip().isin(("", *NULL_MARKERS)), pd.NA))
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = {}
    for c, a in zip(frame.columns, arrays):
        values = a._pa_array
        blank = pc.is_in(pc.utf8_trim_whitespace(values), pa.array(["", *NULL_MARKERS], values.type))
        columns[c] = pd.arrays.ArrowStringArray(pc.if_else(blank, pa.scalar(None, values.type), values))
    return pd.DataFrame(columns, index=frame.index, columns=frame.columns)


def _trailing_blank_columns_dropped(frame: pd.DataFrame) -> pd.DataFrame:
    """Columns at the right that hold nothing in any row (trailing delimiters) are no columns."""
    filled = np.flatnonzero(frame.notna().any(axis=0).to_numpy())
    return frame.iloc[:, : int(filled[-1]) + 1] if len(filled) else frame.iloc[:, :0]


# Line breaks of str.splitlines that no CSV reader takes as one (the lines of `_c_frame` are counted with it).
_OTHER_LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # each looked for alone: quicker than a regex
_FIRST_LINE = re.compile(r"[^\r\n]*")


_THREADED_BYTES = 8 << 20  # a CSV text of 8 MB or more is read by Arrow's threads


def _arrow_frame(text: str, delimiter: str) -> pd.DataFrame | None:
    """The records of a CSV text as string columns, read by Arrow's CSV reader (which makes Arrow strings
    directly; pandas' C parser makes a Python object of every cell first): the same frame as `_c_frame`
    for a plain table, where every record has the fields of the first and no cell spans lines. None for
    anything else (a short or long record, a cell holding a line break, a quote left open at the end),
    which pandas' reader then decides.

    Both readers split a field at a quote only at its start, take a doubled quote inside quotes as one,
    and keep what follows a closing quote in the field (`"ab"cd` is `abcd`). A line of delimiters is
    added at the end: a quote left open would swallow it, so a cell holding a line break gives it away."""
    if not text.strip("\r\n") or any(ch in text for ch in _OTHER_LINE_BREAKS):
        return None
    import pyarrow as pa
    import pyarrow.csv as pcsv

    # Arrow names the columns f0, f1, ...: each is read as text, as written (no value is null or converted).
    width = _FIRST_LINE.match(text).group(0).count(delimiter) + 1  # at least the fields of the first record (quoted ones too)
    if width < 2:
        return None  # one column: a blank line would be a record of its own, and the added line no record at all
    end = "" if text.endswith(("\n", "\r")) else "\n"
    data = (text + end + delimiter * (width - 1) + "\n").encode("utf-8")
    try:
        table = pcsv.read_csv(
            io.BytesIO(data),
            # threads only for a long text (each reads a block of it: less wall time, a little more work)
            read_options=pcsv.ReadOptions(autogenerate_column_names=True, use_threads=len(data) >= _THREADED_BYTES),
            parse_options=pcsv.ParseOptions(delimiter=delimiter, quote_char='"', double_quote=True, escape_char=False,
                                            newlines_in_values=True, ignore_empty_lines=False),
            # large strings, as pandas keeps them: no copy of every column when the frame is made
            convert_options=pcsv.ConvertOptions(column_types={f"f{i}": pa.large_string() for i in range(width)},
                                                null_values=[], strings_can_be_null=False, quoted_strings_can_be_null=False))
    except (pa.ArrowInvalid, UnicodeEncodeError):  # records of other lengths; a character UTF-8 cannot hold
        return None
    if table.num_rows < 2 or any(not pa.types.is_large_string(t) for t in table.schema.types):
        return None
    from .arrow_bytes import holds_any

    columns = []
    for column in table.columns:
        if column[-1].as_py() != "" or holds_any(column, b"\r\n"):
            return None  # a cell spanning lines, or the added line swallowed by a quote left open
        columns.append(pd.arrays.ArrowStringArray(column.slice(0, len(column) - 1)))
    return pd.DataFrame(dict(enumerate(columns)), columns=range(len(columns))).astype("string")


# A cell spanning this many lines is a quote that swallowed the lines after it: the record reader decides.
_SWALLOWED_LINES = 200


def _c_frame(text: str, delimiter: str) -> pd.DataFrame | None:
    """The records of a CSV text as string columns, read by pandas' C parser: a record is one row as a
    spreadsheet program shows it, short records padded with blanks, blank columns at the right possibly
    added (dropped by the caller). Otherwise the same frame as `_records_frame`; None where that reader
    must decide (a quote never closed, a cell spanning many lines, a record the parser refuses)."""
    if not text.strip("\r\n"):
        return None
    try:
        # More columns than any record can have (each delimiter, quoted or not, counted), trimmed below.
        lines = text.splitlines()
        width = max(line.count(delimiter) for line in lines) + 1
        with warnings.catch_warnings():
            # a record wider than `width` (a quoted cell spanning lines) would lose its last cells: not here
            warnings.simplefilter("error", pd.errors.ParserWarning)
            df = pd.read_csv(io.StringIO(text, newline=""), sep=delimiter, header=None, names=range(width), dtype=object,
                             na_filter=False, keep_default_na=False, skip_blank_lines=False, engine="c",
                             quotechar='"', doublequote=True, escapechar=None, skipinitialspace=False, index_col=False)
    except (pd.errors.ParserError, pd.errors.ParserWarning, ValueError):
        return None
    if len(lines) - len(df) >= _SWALLOWED_LINES and df.apply(lambda col: col.str.count("\n").max() if col.notna().any() else 0).max() >= _SWALLOWED_LINES:
        return None
    return df.astype("string").set_axis(range(df.shape[1]), axis=1)


def _records_frame(path: Path, text: str, delimiter: str) -> pd.DataFrame:
    """The records of a CSV text as string columns, read by Python's csv module (strict about quotes
    never closed)."""
    _check_quotes(path, text, delimiter)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        # A record is one row, as a spreadsheet program shows it, even when a quoted cell spans lines.
        rows = list(reader)
    except csv.Error as exc:
        raise UnreadableFile(f"{path.name}: line {reader.line_num}: {exc}; check the quotes on that line") from None
    width = max((len(r) for r in rows), default=0)
    # Column by column (short rows padded with blanks), each straight into a string column.
    if width:
        columns = zip(*(r if len(r) == width else r + [""] * (width - len(r)) for r in rows))
        return pd.DataFrame({c: pd.array(list(col), dtype="string") for c, col in enumerate(columns)}, columns=range(width))
    return pd.DataFrame([[] for _ in rows], columns=range(0), dtype="string")  # only blank lines: rows without columns


def _check_quotes(path: Path, text: str, delimiter: str) -> None:
    """A quote that is never closed would swallow every later line into one cell: refuse the file."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    try:
        for _ in reader:
            start = reader.line_num + 1
    except csv.Error as exc:
        if "unexpected end of data" in str(exc) or reader.line_num > start + 200:
            raise UnreadableFile(f"{path.name}: line {start}: a quote opened on this line is never closed, so every "
                                 "line after it would be one cell; close the quote (or remove it) and save again") from None
        # Other strictness complaints (a stray quote inside a cell) are read leniently, as spreadsheets do.
