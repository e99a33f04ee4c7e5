"""Report notebooks are reused when nothing they depend on changed, and run again when something did (slow: real kernels)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from kzanalysis import report, reuse
from kzanalysis.period import parse_label


def _counting(monkeypatch) -> list[str]:
    """Record which notebooks really run (they still run on a real kernel)."""
    ran: list[str] = []
    real = report.execute_notebook

    def execute(source, output, params, *args, **kwargs):
        ran.append(Path(source).stem)
        return real(source, output, params, *args, **kwargs)

    monkeypatch.setattr(report, "execute_notebook", execute)
    return ran


def _bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_unchanged_report_reuses_notebooks_and_stays_byte_identical(tidy_dir, tmp_path, monkeypatch):
    period = parse_label("2021")
    ran = _counting(monkeypatch)
    first = report.make_report(tidy_dir, None, period, "en", tmp_path / "r", progress=False)
    assert sorted(ran) == sorted(report.NOTEBOOKS)
    before = _bytes(first.folder)

    written = {p: p.stat().st_mtime_ns for p in first.folder.rglob("*") if p.is_file()}
    ran.clear()
    again = report.make_report(tidy_dir, None, period, "en", tmp_path / "r", progress=False)
    assert ran == []  # nothing changed: no kernel started
    assert _bytes(first.folder) == before  # every file, byte for byte
    # ... and nothing rewritten at all: the folder is left as it was (its record sits beside the tables)
    assert {p: p.stat().st_mtime_ns for p in first.folder.rglob("*") if p.is_file()} == written
    assert again.summary == first.summary and again.files == first.files
    assert not [p for p in first.folder.rglob("*") if p.name.startswith(".")]

    # The page edited by hand: the report is written again, and comes back the same.
    (first.folder / "report.html").write_text("edited", encoding="utf-8")
    ran.clear()
    report.make_report(tidy_dir, None, period, "en", tmp_path / "r", progress=False)
    assert ran == []  # the notebooks were not what changed
    assert _bytes(first.folder) == before

    # A figure deleted by hand: that notebook runs again and the folder comes back the same.
    (first.folder / "figures" / "by_city.svg").unlink()
    ran.clear()
    report.make_report(tidy_dir, None, period, "en", tmp_path / "r", progress=False)
    assert ran == ["02_breakdown"]
    assert _bytes(first.folder) == before

    # Another period is another parameter: both run again.
    ran.clear()
    report.make_report(tidy_dir, None, parse_label("2021Q3"), "en", tmp_path / "r", progress=False)
    assert sorted(ran) == sorted(report.NOTEBOOKS)


@pytest.mark.slow
def test_changed_tables_or_notebook_run_again(tidy_dir, tmp_path, monkeypatch):
    period = parse_label("2021")
    sources = tmp_path / "notebooks"
    shutil.copytree(Path(report.notebook_sources()[0]).parent, sources)
    monkeypatch.setattr(report, "notebook_sources", lambda: [sources / f"{n}.py" for n in report.NOTEBOOKS])
    ran = _counting(monkeypatch)
    report.make_report(tidy_dir, None, period, "en", tmp_path / "r", progress=False)

    # One notebook's text changed: only that one runs.
    path = sources / "02_breakdown.py"
    path.write_text(path.read_text(encoding="utf-8") + "\n# an analyst's note\n", encoding="utf-8")
    ran.clear()
    report.make_report(tidy_dir, None, period, "en", tmp_path / "r", progress=False)
    assert ran == ["02_breakdown"]

    # The tables changed (one problem row fewer): every notebook runs.
    problems = pd.read_parquet(tidy_dir / "problems.parquet")
    problems.iloc[1:].to_parquet(tidy_dir / "problems.parquet", index=False)
    ran.clear()
    report.make_report(tidy_dir, None, period, "en", tmp_path / "r", progress=False)
    assert sorted(ran) == sorted(report.NOTEBOOKS)


def test_fingerprint_follows_each_input(tidy_dir, tmp_path):
    source = report.notebook_sources()[0]
    params = {"start": "2021-01-01", "end": "2021-12-31", "label": "2021", "lang": "en"}
    tables = reuse.tables_fingerprint(tidy_dir)
    base = reuse.fingerprint(source, params, tables)
    assert reuse.fingerprint(source, params, tables) == base
    assert reuse.fingerprint(source, {**params, "lang": "ru"}, tables) != base
    assert reuse.fingerprint(report.notebook_sources()[1], params, tables) != base
    (tidy_dir / "manifest.json").write_text((tidy_dir / "manifest.json").read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert reuse.fingerprint(source, params, reuse.tables_fingerprint(tidy_dir)) != base
