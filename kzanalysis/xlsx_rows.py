"""The long sheets of the partner workbook (Cases, Problems, Review links) as worksheet XML, column by column.

In: a DataFrame holding the values as they are to be shown (labels, yes/no, dates), the 0-based row where
it starts and the style index of the date format. Out: `Rows`: the `<row>` elements (SpreadsheetML,
ECMA-376 Part 1, 18.3.1.73) as one string, the widest value of each column in characters, and the counts
of what the safety rules changed. `splice` puts those rows into a sheet that XlsxWriter wrote, and
re-packs the file with fixed times.

Why not XlsxWriter's `write_string` for every cell: it costs about 10 microseconds of Python per cell
(openpyxl more), and the Cases sheet of 100,000 cases has 2.3 million cells. Here each column is made
into cell XML once per distinct value (a list repeats its cities, articles, statuses and dates), numpy lays
the cells out row by row, and one `join` makes the text. XlsxWriter still writes everything else: styles,
the table, frozen panes, widths, the short sheets, the document properties.

The cells follow the same rules as the rest of the workbook (see export.py): text is always an inline
string (`t="inlineStr"`), never a formula; characters XML forbids are removed and counted; text beyond
Excel's 32,767 characters is cut and counted; `_xHHHH_` and carriage returns are escaped as ECMA-376
Part 1, 22.9.2.19 (ST_Xstring) says, as XlsxWriter escapes them; dates are day serial numbers in the
date style.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from xml.sax.saxutils import escape

import numpy as np
import pandas as pd
from xlsxwriter.utility import xl_col_to_name

from .safe import FORMULA_PREFIXES

MAX_CELL_CHARS = 32767  # Excel's limit per cell ("Excel specifications and limits")
# Characters XML 1.0 forbids (the C0 controls but tab, LF and CR), as openpyxl's ILLEGAL_CHARACTERS_RE.
ILLEGAL_CHARACTERS = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
_OOXML_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_EXCEL_EPOCH = date(1899, 12, 31)


@dataclass
class Counts:
    """What the safety rules did: text that a spreadsheet would read as a formula, characters removed, cells cut."""

    as_text: int = 0
    illegal: int = 0
    truncated: int = 0

    def add(self, other: "Counts") -> None:
        self.as_text += other.as_text
        self.illegal += other.illegal
        self.truncated += other.truncated


def clean_text(text: str, counts: Counts) -> str:
    """The text to store: XML-illegal characters removed, cut at Excel's limit; both counted."""
    if text.startswith(FORMULA_PREFIXES):
        counts.as_text += 1
    cleaned, n = ILLEGAL_CHARACTERS.subn("", text)
    counts.illegal += n
    if len(cleaned) > MAX_CELL_CHARS:
        counts.truncated += 1
        cleaned = cleaned[:MAX_CELL_CHARS]
    return cleaned


def text_width(text: str) -> int:
    """The width of a text in characters: its longest line."""
    return max((len(x) for x in text.split("\n")), default=0)


def excel_serial(day: date) -> int:
    """Excel's day number of a date (1900 date system; Excel counts a 29 February 1900 that never was)."""
    days = (day - _EXCEL_EPOCH).days
    return days + 1 if days > 59 else days


@dataclass
class Rows:
    xml: str
    widths: dict[int, int] = field(default_factory=dict)  # 0-based column -> widest value in characters
    counts: Counts = field(default_factory=Counts)
    last_row: int = 0  # 0-based index of the last row written (the first row - 1 when there are none)


def _cell(value, date_style: int, counts: Counts) -> tuple[str, int] | None:
    """A value's cell XML after `<c r="A1` (the closing quote of the reference first), and its width; None for an empty cell."""
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, np.generic):
        value = value.item()  # numpy scalar -> Python
    if isinstance(value, bool):
        return f'" t="b"><v>{int(value)}</v></c>', 5
    if isinstance(value, (datetime, date)):  # a Timestamp is a datetime: shown as its day, as the date cells of the other sheets
        day = value.date() if isinstance(value, datetime) else value
        return f'" s="{date_style}"><v>{excel_serial(day)}</v></c>', 10
    if isinstance(value, int):
        return f'"><v>{value}</v></c>', len(str(value))
    if isinstance(value, float):
        return f'"><v>{value!r}</v></c>', len(str(value))
    text = value if isinstance(value, str) else str(value)  # anything else is shown, never interpreted
    if text == "":
        return None
    kept = clean_text(text, counts)
    if "_x" in kept or "\r" in kept:
        kept = _OOXML_ESCAPE.sub(r"_x005F_\1", kept).replace("\r", "_x000D_")
    space = ' xml:space="preserve"' if kept[:1].isspace() or kept[-1:].isspace() else ""
    return f'" t="inlineStr"><is><t{space}>{escape(kept)}</t></is></c>', text_width(text)


_TEXT_END = "</t></is></c>"


def _distinct_cells(uniques, date_style: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The cell XML (after the row number), width and presence of each distinct value of a column, and its counts
    (one row per value: as text, illegal characters, cut).

    Vectorised for the common kinds (dates, whole numbers, plain text); `_cell` for the rest: both give the same XML.
    """
    values = pd.Series(uniques)
    n = len(values)
    counts = np.zeros((n, 3), dtype=np.int64)
    if n and pd.api.types.is_datetime64_any_dtype(values.dtype):
        days = (values.dt.normalize() - pd.Timestamp(_EXCEL_EPOCH)).dt.days.to_numpy()
        days = np.where(days > 59, days + 1, days)  # as excel_serial
        rests = (f'" s="{date_style}"><v>' + pd.Series(days.astype(str), dtype=object) + "</v></c>").to_numpy(dtype=object)
        return rests, np.full(n, 10), np.ones(n, dtype=bool), counts
    if n and pd.api.types.is_integer_dtype(values.dtype):
        digits = pd.Series(values.to_numpy(dtype="int64").astype(str), dtype=object)
        rests = ('"><v>' + digits + "</v></c>").to_numpy(dtype=object)
        return rests, digits.str.len().to_numpy(), np.ones(n, dtype=bool), counts
    if n and pd.api.types.infer_dtype(values, skipna=False) == "string":
        text = values.astype("string[pyarrow]")  # Arrow's string kernels: no Python per value
        # the rare texts that need more than XML escaping, or have several lines, go through _cell one by one
        rare = (text.str.contains(r"[\x00-\x08\x0b\x0c\x0e-\x1f\r\n]|_x", regex=True)
                | (text.str.len() > MAX_CELL_CHARS) | (text == "")).to_numpy(dtype=bool)
        escaped = text.str.replace("&", "&amp;", regex=False).str.replace("<", "&lt;", regex=False).str.replace(">", "&gt;", regex=False)
        space = (text.str[:1].str.isspace() | text.str[-1:].str.isspace()).to_numpy(dtype=bool)
        rests = ('" t="inlineStr"><is><t' + pd.Series(np.where(space, ' xml:space="preserve">', ">"), dtype=object)
                 + escaped.astype(object) + _TEXT_END).to_numpy(dtype=object, copy=True)
        widths = text.str.len().to_numpy(dtype=int, copy=True)
        kept = np.ones(n, dtype=bool)
        counts[:, 0] = text.str[:1].isin(list(FORMULA_PREFIXES)).to_numpy(dtype=bool)
        for k in np.flatnonzero(rare):
            c = Counts()
            cell = _cell(text.iat[k], date_style, c)
            counts[k] = (c.as_text, c.illegal, c.truncated)
            rests[k], widths[k], kept[k] = (cell[0], cell[1], True) if cell else ("", 0, False)
        return rests, widths, kept, counts
    per_value = [Counts() for _ in range(n)]
    cells = [_cell(v, date_style, c) for v, c in zip(values.tolist(), per_value)]
    rests = np.array([c[0] if c else "" for c in cells], dtype=object)
    widths = np.array([c[1] if c else 0 for c in cells], dtype=int)
    counts = np.array([(c.as_text, c.illegal, c.truncated) for c in per_value], dtype=np.int64).reshape(n, 3)
    return rests, widths, np.array([c is not None for c in cells], dtype=bool), counts


def frame_rows(frame: pd.DataFrame, first_row: int, date_style: int) -> Rows:
    """The rows of `frame` from the 0-based row `first_row`, one cell per non-empty value."""
    n = len(frame)
    out = Rows("", last_row=first_row + n - 1)
    if n == 0:
        return out
    numbers = np.arange(first_row + 1, first_row + n + 1).astype(str).astype(object)
    # three slots per cell (`<c r="E`, the row number, the rest), empty strings for an empty cell
    slots = np.empty((n, 3 * frame.shape[1] + 2), dtype=object)
    slots[:, 0] = '<row r="' + pd.Series(numbers) + '">'
    slots[:, -1] = "</row>"
    for j, (_, column) in enumerate(frame.items()):
        codes, uniques = pd.factorize(column, use_na_sentinel=True)
        rests, widths, kept, counts = _distinct_cells(uniques, date_style)
        # the last entry answers code -1 (a missing value)
        rests, kept = np.append(rests, ""), np.append(kept, False)
        present = kept[codes]
        slots[:, 3 * j + 1] = np.where(present, f'<c r="{xl_col_to_name(j)}', "")
        slots[:, 3 * j + 2] = np.where(present, numbers, "")
        slots[:, 3 * j + 3] = rests[codes]
        times = np.bincount(codes[codes >= 0], minlength=len(counts))  # a value's counts once per cell that holds it
        as_text, illegal, truncated = (counts * times[:, None]).sum(axis=0)
        out.counts.add(Counts(int(as_text), int(illegal), int(truncated)))
        used = kept[:-1] & (times > 0)
        if used.any():
            out.widths[j] = int(widths[used].max())
    out.xml = "".join(slots.ravel().tolist())
    return out


def splice(book: bytes, rows: dict[int, Rows], columns: dict[int, int], stamp: datetime, language: str,
           table_refs: dict[str, tuple[str, str]] | None = None) -> bytes:
    """The workbook `book` (as XlsxWriter wrote it) with `rows` added at the end of the sheets they belong to.

    `rows` and `columns` are keyed by the 0-based sheet index (XlsxWriter names the parts sheet1.xml, ...).
    `table_refs` gives a table part its full range ({"xl/tables/table1.xml": ("A1:W2", "A1:W100001")}):
    the table is declared over its header and first row, since XlsxWriter's `add_table` visits every
    cell of its range (seconds for 100,000 rows), and grows to all its rows here.
    The document language goes into docProps/core.xml (XlsxWriter has no such property). Every zip entry
    gets the same time, so the same content gives the same bytes.
    """
    out = io.BytesIO()
    when = (max(stamp.year, 1980), stamp.month, stamp.day, 0, 0, 0)
    with zipfile.ZipFile(io.BytesIO(book)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            index = _sheet_index(info.filename)
            if index in rows and rows[index].xml:
                data = _add_rows(data.decode("utf-8"), rows[index], columns[index]).encode("utf-8")
            elif info.filename in (table_refs or {}):
                old, new = table_refs[info.filename]
                text = data.decode("utf-8")
                assert f'ref="{old}"' in text, (info.filename, old)
                data = text.replace(f'ref="{old}"', f'ref="{new}"').encode("utf-8")
            elif info.filename == "docProps/core.xml":
                data = data.replace(b"</cp:coreProperties>", f"<dc:language>{escape(language)}</dc:language></cp:coreProperties>".encode())
            entry = zipfile.ZipInfo(info.filename, date_time=when)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, data, compresslevel=1 if len(data) > 1_000_000 else 6)
    return out.getvalue()


def _sheet_index(name: str) -> int | None:
    m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", name)
    return int(m.group(1)) - 1 if m else None


def _add_rows(sheet: str, rows: Rows, columns: int) -> str:
    if "</sheetData>" in sheet:
        head, tail = sheet.split("</sheetData>", 1)
    else:  # a sheet with no cells yet
        head, tail = sheet.split("<sheetData/>", 1)
        head += "<sheetData>"
    dimension = f'<dimension ref="A1:{xl_col_to_name(max(columns, 1) - 1)}{rows.last_row + 1}"/>'
    head = re.sub(r'<dimension ref="[^"]*"/>', dimension, head, count=1)
    return head + rows.xml + "</sheetData>" + tail
