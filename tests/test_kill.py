"""A run killed with SIGKILL while it writes leaves the previous outputs whole.

`clean`, `export` and `report` run for real on a copy of the sample workspace. Each is timed once
to completion, then started again on changed lists and killed at several moments: fractions of
its measured time, and the moment its new folder appears beside the old one (the write itself).
After every kill the outputs must read whole: the tables load and are one set (the old one or
the new one, never a mix), the manifest parses, the workbook opens with openpyxl, report.html is
complete. The kill moments depend on the machine's speed; what is checked does not.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kzanalysis import tables

REPO = Path(__file__).resolve().parents[1]
EXE = REPO / ".venv" / "bin" / "kzanalysis"


def _start(args: list[str], root: Path) -> subprocess.Popen:
    env = {**os.environ, "KZANALYSIS_ROOT": str(root)}
    # A session of its own, so the report's kernels can be ended with it by their group id.
    return subprocess.Popen([str(EXE), *args, "-q"], cwd=root, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)


def _timed(args: list[str], root: Path) -> float:
    began = time.perf_counter()
    proc = _start(args, root)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode()
    return time.perf_counter() - began


def _kill(args: list[str], root: Path, after: float | None = None, when_appears: str | None = None) -> bool:
    """Start the command and SIGKILL it after `after` seconds, or as soon as a path matching
    `when_appears` (a glob below root) exists; True when it was still running."""
    proc = _start(args, root)
    if when_appears:
        deadline = time.perf_counter() + 600
        while proc.poll() is None and not list(root.glob(when_appears)) and time.perf_counter() < deadline:
            time.sleep(0.002)
    else:
        time.sleep(after)
    running = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the kernels it started, if any
    except ProcessLookupError:
        pass
    return running


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _table_set(processed: Path) -> tuple[str, ...]:
    """The tables read whole and agree with their manifest; their fingerprint as a set."""
    t = tables.load(processed)  # validates every table
    manifest = json.loads((processed / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["totals"]["cases"] == len(t.cases)
    assert manifest["totals"]["problems"] == len(t.problems)
    return tuple(_digest(processed / name) for name in ("cases.parquet", "charges.parquet", "problems.parquet",
                                                        "cases.csv", "manifest.json"))


def _workbook_whole(path: Path) -> None:
    wb = load_workbook(path, read_only=True)
    assert "Cases" in wb.sheetnames and "README" in wb.sheetnames
    wb.close()


def _report_whole(folder: Path) -> None:
    page = (folder / "report.html").read_text(encoding="utf-8")
    assert page.rstrip().endswith("</html>")
    assert json.loads((folder / "summary.json").read_text(encoding="utf-8"))["period"]["label"] == "2021"
    assert page.count('src="data:image/png;base64,') == len(list((folder / "figures").glob("*.png")))
    _workbook_whole(folder / "kzanalysis_2021.xlsx")


@pytest.mark.slow
def test_sigkill_while_writing_leaves_the_previous_outputs_whole(tmp_path):
    root = tmp_path / "ws"
    shutil.copytree(REPO / "data" / "raw", root / "data" / "raw")
    processed, folder = root / "data" / "processed", root / "reports" / "2021"
    book = root / "partner.xlsx"

    clean_s = _timed(["clean"], root)
    export_s = _timed(["export", "--year", "2021", "--out", str(book)], root)
    report_s = _timed(["report", "--year", "2021"], root)
    old_set = _table_set(processed)
    _workbook_whole(book)
    _report_whole(folder)

    # New lists: every later run has new tables, a new workbook and a new report to write.
    (root / "data" / "raw" / "monitoring_en.csv").unlink()
    _kill(["clean"], root, after=clean_s * 0.85)
    sets_seen = {_table_set(processed)}
    if _kill(["clean"], root, when_appears="data/.processed.new-*"):
        assert list((root / "data").glob(".processed.new-*"))  # killed while the new tables were being written
    sets_seen.add(_table_set(processed))

    _kill(["export", "--year", "2021", "--out", str(book)], root, after=export_s * 0.9)
    _workbook_whole(book)
    sets_seen.add(_table_set(processed))

    if _kill(["report", "--year", "2021"], root, when_appears="reports/.2021.new-*/figures/*.png"):
        assert list((root / "reports").glob(".2021.new-*"))  # killed while the notebooks wrote the new figures
    _report_whole(folder)
    _kill(["report", "--year", "2021"], root, after=report_s * 0.9)
    _report_whole(folder)
    sets_seen.add(_table_set(processed))

    # A complete run: the new set, no leftovers, and every set seen after a kill was the old or the new one.
    _timed(["clean"], root)
    new_set = _table_set(processed)
    assert new_set != old_set
    assert sets_seen <= {old_set, new_set}
    # the lock and the per-list cache (data/.cache, kzanalysis/listcache.py) aside, nothing half-written is left
    assert sorted(p.name for p in (root / "data").iterdir() if not p.name.startswith(".kzanalysis.lock")) == [".cache", "processed", "raw"]
