"""What a file really is, before a reader opens it.

In: the path of a file found among the lists. Out: nothing when the file is
what its name says and safe to open; else `UnreadableFile` with one line that
names the file, says what it really is and what to do:

- a workbook protected by a password (Excel stores it encrypted inside an OLE
  compound file; msoffcrypto-tool tells);
- a workbook saved with a `.csv` name, text saved with a workbook's name, an
  old `.xls` named `.xlsx`, a web page named `.xls` (by the first bytes:
  `PK` zip with `xl/`, the OLE signature, `%PDF`, text);
- a document (Word, PDF, PowerPoint, ODF text, RTF) dropped in by mistake;
- a hostile workbook: a zip bomb (a sheet that inflates to gigabytes) is
  refused from the zip directory's sizes and compression ratios before
  anything is inflated; every part is then inflated once as a stream, in
  chunks, to check that its real size is no more than the declared one and
  that no XML part declares a DTD (`<!DOCTYPE`, the door to entity expansion;
  Excel never writes one).
"""
from __future__ import annotations

import zipfile
from pathlib import Path

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}
TEXT_SUFFIXES = {".csv", ".tsv", ".txt"}
DOCUMENT_SUFFIXES = {".docx", ".doc", ".pdf", ".odt", ".rtf", ".pptx", ".ppt", ".odp"}

# No list of cases comes near these sizes: a 100 000-row list is a sheet of some 50 MB.
MAX_PART_BYTES = 200 * 2**20  # one part of the package, inflated
MAX_TOTAL_BYTES = 300 * 2**20  # all parts together, inflated
MAX_RATIO = 100  # inflated / compressed, for parts over RATIO_FLOOR; real sheets stay under ~20
RATIO_FLOOR = 10 * 2**20
_CHUNK = 1 << 20

_NAMES = {
    "xlsx": "an Excel workbook (.xlsx)",
    "xls": "an old-format Excel workbook (.xls)",
    "ods": "an OpenDocument spreadsheet (.ods)",
    "docx": "a Word document (.docx)",
    "doc": "a Word document (.doc)",
    "pptx": "a PowerPoint presentation (.pptx)",
    "ppt": "a PowerPoint presentation (.ppt)",
    "odt": "an OpenDocument text (.odt)",
    "odp": "an OpenDocument presentation (.odp)",
    "pdf": "a PDF document",
    "rtf": "an RTF document",
    "html": "a web page (HTML)",
    "xml2003": "an Excel 2003 XML spreadsheet",
    "zip": "a zip archive",
    "text": "a text file (CSV)",
    "binary": "a binary file of unknown kind",
    "empty": "an empty file",
}
_DOCUMENTS = {"docx", "doc", "pptx", "ppt", "odt", "odp", "pdf", "rtf"}


def check_file(path: Path) -> set[str] | None:
    """Raise UnreadableFile (one line naming the file) unless `path` is a list we can open safely. For a zip
    package (.xlsx, .ods): the names of its parts that hold a formula, an error value or a merged range
    (see check_package); None for other files."""
    from .read import UnreadableFile

    path = Path(path)
    suffix = path.suffix.lower()
    try:
        kind = what_is(path)
    except OSError as exc:
        raise UnreadableFile(f"{path.name}: cannot be opened ({exc.strerror or exc})") from None
    if kind == "encrypted":
        raise UnreadableFile(f"{path.name}: is password-protected: remove the password in Excel and save again")
    if kind in _DOCUMENTS:
        raise UnreadableFile(f"{path.name}: is not a list: it is {_NAMES[kind]}; keep documents outside the folder of lists")
    if suffix in TEXT_SUFFIXES:
        if kind in ("xlsx", "xls", "ods"):
            right = {"xlsx": ".xlsx", "xls": ".xls", "ods": ".ods"}[kind]
            raise UnreadableFile(f"{path.name}: is {_NAMES[kind]} saved with a {suffix} name; rename it to {path.stem}{right}")
        if kind in ("zip", "binary"):
            raise UnreadableFile(f"{path.name}: is {_NAMES[kind]}, not {suffix} text; save the list again as CSV UTF-8")
        return None
    if suffix in WORKBOOK_SUFFIXES:
        expected = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xlsb": "xlsx", ".xls": "xls", ".ods": "ods"}[suffix]
        if kind == "text":
            raise UnreadableFile(f"{path.name}: is {_NAMES['text']}, not a workbook, although named {suffix}; "
                                 f"rename it to {path.stem}.csv")
        if kind in ("html", "xml2003"):
            raise UnreadableFile(f"{path.name}: is {_NAMES[kind]} saved with a {suffix} name; open it in Excel "
                                 "and save it again as .xlsx")
        if kind in ("xlsx", "xls", "ods") and kind != expected:
            right = {"xlsx": ".xlsx", "xls": ".xls", "ods": ".ods"}[kind]
            raise UnreadableFile(f"{path.name}: is {_NAMES[kind]} saved with a {suffix} name; rename it to {path.stem}{right}")
        if kind in ("zip", "binary", "empty"):
            raise UnreadableFile(f"{path.name}: is {_NAMES[kind]}, not a workbook; open it in Excel and save it again as .xlsx")
        if kind in ("xlsx", "ods"):
            return check_package(path)
    return None


def what_is(path: Path) -> str:
    """The kind of a file from its first bytes (and, for zip and OLE files, the names inside)."""
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if not head:
        return "empty"
    if head.startswith(ZIP_MAGICS):
        return _zip_kind(path)
    if head.startswith(OLE_MAGIC):
        return _ole_kind(path)
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(head) > 1 and head[1::2].count(0) > len(head) // 4) \
            or utf16_without_bom(head[: len(head) // 2 * 2]) is not None:
        return "text"  # UTF-16 (also mostly Cyrillic, whose high bytes are 0x04, not zero); read.py decodes it
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<table", b"<meta")):
        return "html"
    if start.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in head:
        return "xml2003"
    if b"\x00" in head:
        return "binary"
    return "text"


def utf16_without_bom(raw: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` for UTF-16 text without a byte-order mark, else None. In such a
    file every other byte is the high byte of a character: 0x00 for Latin, digits and punctuation,
    0x04 for Cyrillic (Russian and Kazakh letters are U+0400..U+04FF), so mostly Cyrillic text
    has few zero bytes but a high byte of 0x00 or 0x04 nearly everywhere."""
    head = raw[:4000]
    if len(head) < 8 or len(raw) % 2:
        return None
    for order, high, low in (("utf-16-le", head[1::2], head[0::2]), ("utf-16-be", head[0::2], head[1::2])):
        in_range = sum(b in (0x00, 0x04) for b in high)
        if in_range >= 0.9 * len(high) and high.count(0) >= 2 and sum(b in (0x00, 0x04) for b in low) < 0.5 * len(low):
            return order
    return None


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            if "mimetype" in names:
                mime = zf.read("mimetype")[:100].decode("ascii", "replace")
                for tail, kind in (("spreadsheet", "ods"), ("text", "odt"), ("presentation", "odp")):
                    if mime.startswith(f"application/vnd.oasis.opendocument.{tail}"):
                        return kind
    except (zipfile.BadZipFile, OSError, ValueError):
        return "zip"
    tops = {n.split("/", 1)[0] for n in names}
    for top, kind in (("xl", "xlsx"), ("word", "docx"), ("ppt", "pptx")):
        if top in tops:
            return kind
    return "zip"


def _ole_kind(path: Path) -> str:
    """An OLE compound file: an encrypted OOXML workbook, an old .xls (maybe encrypted), .doc or .ppt."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(s).lower() for s in ole.listdir()}
    except (OSError, ValueError):
        return "binary"
    if "encryptioninfo" in streams or "encryptedpackage" in streams:
        return "encrypted"  # a password-protected .xlsx/.docx: the whole package is encrypted inside
    if "workbook" in streams or "book" in streams:
        return "encrypted" if _xls_encrypted(path) else "xls"
    if "worddocument" in streams:
        return "doc"
    if "powerpoint document" in streams:
        return "ppt"
    return "binary"


def _xls_encrypted(path: Path) -> bool:
    import msoffcrypto

    try:
        with open(path, "rb") as fh:
            return bool(msoffcrypto.OfficeFile(fh).is_encrypted())
    except Exception:  # noqa: BLE001 - msoffcrypto raises its own types for files it cannot parse; calamine then says why
        return False


def check_package(path: Path) -> set[str]:
    """Refuse a zip package (xlsx, ods) that would inflate beyond any list, or whose XML declares a DTD. Gives the
    names of the parts in which `<f`, `t="e"` or `mergeCell` occurs (FORMULA_MARKS), found in the same pass: the
    reader looks for formula cells and merged ranges in those parts only, without inflating the others again."""
    from .read import UnreadableFile

    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            total = sum(i.file_size for i in infos)
            for info in infos:
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > MAX_PART_BYTES or (info.file_size > RATIO_FLOOR and ratio > MAX_RATIO):
                    raise UnreadableFile(f"{path.name}: refused: its part {info.filename} would inflate to "
                                         f"{_size(info.file_size)} from {_size(info.compress_size)} ({ratio:,.0f}:1), far "
                                         "beyond any list; it looks like a zip bomb. If it is a real list, split it")
            if total > MAX_TOTAL_BYTES:
                raise UnreadableFile(f"{path.name}: refused: it would inflate to {_size(total)}, far beyond any list; "
                                     "it looks like a zip bomb. If it is a real list, split it")
            return {info.filename for info in infos if _check_part(zf, info, path)}
    except zipfile.BadZipFile as exc:
        raise UnreadableFile(f"{path.name}: is damaged ({exc}); open it in Excel and save it again as .xlsx") from None


_DTD_MARKS = tuple(mark.encode(enc) for mark in ("<!DOCTYPE", "<!ENTITY") for enc in ("utf-8", "utf-16-le", "utf-16-be"))
# What read._formula_cells looks for in a sheet's XML: a formula, an error value, a merged range.
FORMULA_MARKS = (b"<f", b't="e"', b"mergeCell")
_OVERLAP = max(len(m) for m in (*_DTD_MARKS, *FORMULA_MARKS))


def _check_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> bool:
    """Inflate one part as a stream, in chunks of 1 MB, counting what comes out: a part that inflates
    beyond its declared size (a zip directory that lies) is refused here, in bounded memory, and not
    in the reader. XML parts are searched for a DTD (in a cell's text `<` is always escaped, so the
    marks can only be markup). True when the part holds one of FORMULA_MARKS."""
    import zlib

    from .read import UnreadableFile

    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise UnreadableFile(f"{path.name}: refused: its part {info.filename} uses a compression Excel never writes "
                             f"(method {info.compress_type}); open it in Excel and save it again as .xlsx")
    xml = info.filename.lower().endswith((".xml", ".rels", ".vml"))
    inflate = zlib.decompressobj(-zlib.MAX_WBITS) if info.compress_type == zipfile.ZIP_DEFLATED else None
    produced, tail, marked = 0, b"", False
    for raw in _compressed_chunks(zf, info):
        while raw:
            if inflate is None:
                block, raw = raw, b""
            else:
                block = inflate.decompress(raw, _CHUNK)
                raw = inflate.unconsumed_tail
            produced += len(block)
            if produced > info.file_size:
                raise UnreadableFile(f"{path.name}: refused: its part {info.filename} inflates beyond the "
                                     f"{_size(info.file_size)} its zip directory declares; a hostile or damaged "
                                     "file. Open it in Excel and save it again as .xlsx")
            window = tail + block
            if xml and any(mark in window for mark in _DTD_MARKS):
                raise UnreadableFile(f"{path.name}: refused: its part {info.filename} declares XML entities "
                                     "(<!DOCTYPE>), which Excel never writes; it may be an entity-expansion "
                                     "attack. Open it in Excel and save it again as .xlsx")
            marked = marked or any(mark in window for mark in FORMULA_MARKS)
            tail = block[-_OVERLAP:]
            if inflate is not None and inflate.eof:
                break
    return marked


def _compressed_chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo):
    """The raw (still compressed) bytes of one part, read from after its local header."""
    import struct

    fh = zf.fp
    fh.seek(info.header_offset)
    header = fh.read(30)
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"bad local header for {info.filename}")
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    fh.seek(info.header_offset + 30 + name_len + extra_len)
    left = info.compress_size
    while left > 0:
        data = fh.read(min(_CHUNK, left))
        if not data:
            raise zipfile.BadZipFile(f"{info.filename} is cut short")
        left -= len(data)
        yield data


def _size(n: int) -> str:
    return f"{n / 2**30:.1f} GB" if n >= 2**30 else f"{n / 2**20:.0f} MB" if n >= 2**20 else f"{n / 2**10:.0f} KB"
