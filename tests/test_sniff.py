"""Files that are not what they say, and hostile workbooks: one line naming the file, exit 1.

Every file is built here in a temporary folder: a workbook written with openpyxl and then
encrypted with msoffcrypto-tool, renamed files, a Word and a PDF document, zip bombs (one honest
about its size, one whose zip directory lies) and a sheet with XML entity expansion.
"""
from __future__ import annotations

import io
import os
import shutil
import struct
import subprocess
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from openpyxl import Workbook

from kzanalysis import sniff
from kzanalysis.read import UnreadableFile, read_file

REPO = Path(__file__).resolve().parents[1]
EXE = REPO / ".venv" / "bin" / "kzanalysis"
ROWS = [("ФИО", "Год рождения", "Город", "Статья"), ("Иванов Пётр", "1980", "г. Алматы", "ст. 405 ч. 2"),
        ("Сидорова Анна", "1975", "Астана", "ст. 174 ч. 1")]


def _workbook_bytes() -> bytes:
    wb = Workbook()
    for row in ROWS:
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "KZANALYSIS_ROOT": str(cwd)}
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


def _message(run: subprocess.CompletedProcess) -> str:
    return run.stdout + run.stderr


# ------------------------------------------------------------ what a file really is (in process, quick)

def test_a_real_workbook_and_a_real_csv_pass(tmp_path):
    (tmp_path / "list.xlsx").write_bytes(_workbook_bytes())
    (tmp_path / "list.csv").write_text("\n".join(",".join(r) for r in ROWS), encoding="utf-8")
    (tmp_path / "utf16.csv").write_text("\n".join("\t".join(r) for r in ROWS), encoding="utf-16")
    for name in ("list.xlsx", "list.csv", "utf16.csv"):
        sniff.check_file(tmp_path / name)
        assert read_file(tmp_path / name)


@pytest.mark.parametrize("name, content, says", [
    ("list.csv", "workbook", "list.csv: is an Excel workbook (.xlsx) saved with a .csv name; rename it to list.xlsx"),
    ("list.xlsx", "csv", "list.xlsx: is a text file (CSV), not a workbook, although named .xlsx; rename it to list.csv"),
    ("list.xls", "html", "list.xls: is a web page (HTML) saved with a .xls name; open it in Excel and save it again as .xlsx"),
    ("list.xlsx", "pdf", "list.xlsx: is not a list: it is a PDF document"),
    ("notes.docx", "docx", "notes.docx: is not a list: it is a Word document (.docx)"),
    ("list.xlsx", "empty", "list.xlsx: is an empty file, not a workbook"),
])
def test_a_file_that_is_not_what_its_name_says(tmp_path, name, content, says):
    data = {"workbook": _workbook_bytes(), "csv": "\n".join(",".join(r) for r in ROWS).encode(),
            "html": b"<html><body><table><tr><td>1</td></tr></table></body></html>", "pdf": b"%PDF-1.7\n%\xe2\xe3\n",
            "docx": _docx_bytes(), "empty": b""}[content]
    (tmp_path / name).write_bytes(data)
    with pytest.raises(UnreadableFile) as caught:
        read_file(tmp_path / name)
    assert str(caught.value).startswith(says) and "\n" not in str(caught.value)


def _docx_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


# ------------------------------------------------------------ hostile workbooks

def _zip(path: Path, members: list[tuple[str, bytes, int, int, int]]) -> None:
    """A zip written by hand: (name, raw deflate data, crc32, size declared, method), so a part can be
    deflated once and repeated, and its declared size can lie. Sizes stay under 4 GB (no zip64)."""
    with open(path, "wb") as out:
        central = []
        for name, data, crc, size, method in members:
            offset = out.tell()
            encoded = name.encode()
            out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0x21, crc, len(data), size, len(encoded), 0))
            out.write(encoded)
            out.write(data)
            central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, method, 0, 0x21, crc, len(data), size,
                                       len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
        start = out.tell()
        for entry in central:
            out.write(entry)
        out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), out.tell() - start, start, 0))


def _deflated(data: bytes, last: bool) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return c.compress(data) + c.flush(zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH)


def _bomb(path: Path, gigabytes: float, declared: int | None = None) -> int:
    """A real workbook whose sheet1.xml is a valid sheet of identical rows that inflates to `gigabytes`.
    Each 1 MB of rows is deflated once (a full flush makes it stand alone) and repeated."""
    base = zipfile.ZipFile(io.BytesIO(_workbook_bytes()))
    sheet = base.read("xl/worksheets/sheet1.xml").decode()
    head, tail = sheet.split("<sheetData>")[0] + "<sheetData>", "</sheetData>" + sheet.split("</sheetData>")[1]
    row = '<row><c t="inlineStr"><is><t>Иванов Пётр</t></is></c><c><v>1980</v></c></row>'.encode()
    block = row * (2**20 // len(row))
    repeats = int(gigabytes * 2**30 / len(block))
    crc = zlib.crc32(head.encode())
    for _ in range(repeats):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail.encode(), crc)
    size = len(head.encode()) + len(block) * repeats + len(tail.encode())
    data = _deflated(head.encode(), False) + _deflated(block, False) * repeats + _deflated(tail.encode(), True)
    members = []
    for info in base.infolist():
        if info.filename == "xl/worksheets/sheet1.xml":
            members.append((info.filename, data, crc, declared or size, zipfile.ZIP_DEFLATED))
        else:
            raw = base.read(info.filename)
            members.append((info.filename, _deflated(raw, True), zlib.crc32(raw), len(raw), zipfile.ZIP_DEFLATED))
    _zip(path, members)
    return size


def _run_measured(args: list[str], cwd: Path) -> tuple[int, str, float, float]:
    """Exit code, output, seconds, and the peak memory of the child alone (MB), from wait4's rusage."""
    env = {**os.environ, "KZANALYSIS_ROOT": str(cwd)}
    began = time.perf_counter()
    child = subprocess.Popen([str(EXE), *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=cwd, env=env)
    output = child.stdout.read().decode()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return child.returncode, output, time.perf_counter() - began, usage.ru_maxrss / 1024


@pytest.mark.slow
def test_a_zip_bomb_is_refused_within_1_gb_and_says_why(tmp_path):
    size = _bomb(tmp_path / "bomb.xlsx", 1.5)
    assert size > 1.4 * 2**30 and (tmp_path / "bomb.xlsx").stat().st_size < 8 * 2**20
    code, output, seconds, peak_mb = _run_measured(["check", "bomb.xlsx"], tmp_path)
    print(f"zip bomb ({size / 2**30:.1f} GB inflated) refused in {seconds:.1f} s, peak memory {peak_mb:.0f} MB")
    assert code == 1, output
    assert "bomb.xlsx: refused: its part xl/worksheets/sheet1.xml would inflate to 1.5 GB" in output
    assert "zip bomb" in output and "Traceback" not in output
    assert peak_mb < 1024


@pytest.mark.slow
def test_a_zip_bomb_whose_directory_lies_is_refused_within_1_gb(tmp_path):
    _bomb(tmp_path / "liar.xlsx", 1.0, declared=40_000)
    (tmp_path / "raw").mkdir()
    shutil.move(tmp_path / "liar.xlsx", tmp_path / "raw" / "liar.xlsx")
    (tmp_path / "raw" / "good.xlsx").write_bytes(_workbook_bytes())
    code, output, seconds, peak_mb = _run_measured(["clean", "raw", "--out", "out"], tmp_path)
    print(f"lying zip bomb refused in {seconds:.1f} s, peak memory {peak_mb:.0f} MB")
    assert code == 1, output
    assert "liar.xlsx: refused: its part xl/worksheets/sheet1.xml inflates beyond the 39 KB its zip directory declares" in output
    assert peak_mb < 1024
    # the good list beside it is cleaned
    import pandas as pd

    assert len(pd.read_parquet(tmp_path / "out" / "cases.parquet")) == 2


LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
          + ']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
          + "<si><t>&lol9;</t></si></sst>")


@pytest.mark.slow
def test_xml_entity_expansion_is_refused(tmp_path):
    src = zipfile.ZipFile(io.BytesIO(_workbook_bytes()))
    with zipfile.ZipFile(tmp_path / "laughs.xlsx", "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info, src.read(info.filename))
        out.writestr("xl/sharedStrings.xml", LAUGHS)
    code, output, seconds, peak_mb = _run_measured(["check", "laughs.xlsx"], tmp_path)
    assert code == 1, output
    assert "laughs.xlsx: refused: its part xl/sharedStrings.xml declares XML entities" in output
    assert peak_mb < 1024


# ------------------------------------------------------------ the command line

@pytest.mark.slow
def test_the_mislabelled_the_encrypted_and_the_documents_are_named_one_line_each(tmp_path):
    from msoffcrypto.format.ooxml import OOXMLFile

    raw = tmp_path / "data" / "raw"
    raw.mkdir(parents=True)
    (raw / "good.xlsx").write_bytes(_workbook_bytes())
    (tmp_path / "plain.xlsx").write_bytes(_workbook_bytes())
    with open(tmp_path / "plain.xlsx", "rb") as plain, open(raw / "locked.xlsx", "wb") as locked:
        OOXMLFile(plain).encrypt("secret", locked)
    (raw / "saved_as.csv").write_bytes(_workbook_bytes())
    (raw / "text.xlsx").write_text("\n".join(",".join(r) for r in ROWS), encoding="utf-8")
    (raw / "method.docx").write_bytes(_docx_bytes())
    (raw / "letter.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n")
    (raw / "README.md").write_text("lists go here\n")

    run = _run("clean", "-q", cwd=tmp_path)
    assert run.returncode == 1, _message(run)
    out = _message(run)
    for line in ("locked.xlsx: is password-protected: remove the password in Excel and save again",
                 "saved_as.csv: is an Excel workbook (.xlsx) saved with a .csv name; rename it to saved_as.xlsx",
                 "text.xlsx: is a text file (CSV), not a workbook, although named .xlsx; rename it to text.csv",
                 "method.docx: is not a list: it is a Word document (.docx)",
                 "letter.pdf: is not a list: it is a PDF document"):
        assert line in out.replace("\n", " ") or line in out, line
    assert "README.md" not in out and "Traceback" not in out
    import pandas as pd

    assert len(pd.read_parquet(tmp_path / "data" / "processed" / "cases.parquet")) == 2  # the good list is cleaned

    run = _run("check", str(raw / "locked.xlsx"), cwd=tmp_path)
    assert run.returncode == 1
    assert "locked.xlsx: is password-protected: remove the password in Excel and save again" in _message(run)
