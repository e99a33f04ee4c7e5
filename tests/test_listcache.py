"""The per-list cache: a list that did not change is not read again, and the tables stay the same, value for value."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from kzanalysis import clean, one_list

REPO = Path(__file__).resolve().parents[1]


def _raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(REPO / "data" / "raw", raw)
    return raw


def _reading(monkeypatch) -> list[str]:
    read: list[str] = []
    real = one_list.read_file  # the reading of one list (clean_list) is in one_list.py

    def read_file(path):
        read.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(one_list, "read_file", read_file)
    return read


def _same(a, b) -> None:
    for table in ("cases", "charges", "problems"):
        pd.testing.assert_frame_equal(getattr(a, table), getattr(b, table), check_exact=True)
    assert a.manifest == b.manifest
    assert a.unreadable == b.unreadable


def test_only_the_changed_list_is_read_again_and_tables_equal_a_fresh_clean(tmp_path, monkeypatch):
    raw, cache = _raw(tmp_path), tmp_path / "cache"
    read = _reading(monkeypatch)
    first = clean.clean_paths([raw], cache_dir=cache)
    assert sorted(read) == sorted(p.name for p in raw.iterdir() if p.suffix in (".csv", ".xlsx"))

    read.clear()
    again = clean.clean_paths([raw], cache_dir=cache)
    assert read == []  # nothing changed: no list is read
    _same(first, again)

    # One list gains a row: that list alone is read; the tables equal a clean without any cache.
    target = raw / "monitoring_en.csv"
    target.write_bytes(target.read_bytes() + "Invented Person,1980,Almaty,Art. 405(2),imprisoned,,01.02.2021,,,,,\r\n".encode())
    read.clear()
    changed = clean.clean_paths([raw], cache_dir=cache)
    assert read == ["monitoring_en.csv"]
    _same(changed, clean.clean_paths([raw]))
    assert len(changed.cases) == len(first.cases) + 1


def test_a_removed_list_leaves_the_cache_and_an_unreadable_one_is_cached_too(tmp_path, monkeypatch):
    raw, cache = _raw(tmp_path), tmp_path / "cache"
    (raw / "broken.xlsx").write_bytes(b"not a workbook at all")
    first = clean.clean_paths([raw], cache_dir=cache)
    assert len(first.unreadable) == 1
    lists = [p for p in raw.iterdir() if p.suffix in (".csv", ".xlsx")]  # the sample lists (one an older version), and broken.xlsx
    entries = {p.name for p in cache.iterdir()}
    assert len(entries) == len(lists)

    read = _reading(monkeypatch)
    again = clean.clean_paths([raw], cache_dir=cache)
    assert read == []
    _same(first, again)

    (raw / "kz_list_kk.csv").unlink()
    clean.clean_paths([raw], cache_dir=cache)
    assert len({p.name for p in cache.iterdir()}) == len(lists) - 1


def test_the_older_version_is_compared_as_if_cleaned_on_its_own(tmp_path, monkeypatch):
    """The older version of a list is read for its cases alone (no whole clean of its own): the changes are
    those of comparing the newest with a clean of the older file by itself, and it is cached like a list."""
    from kzanalysis import list_versions

    raw, cache = _raw(tmp_path), tmp_path / "cache"
    older = raw / "monitoring_en_2025-03-31.csv"
    read = _reading(monkeypatch)
    result = clean.clean_paths([raw], cache_dir=cache)
    assert read.count(older.name) == 1
    superseded = [{**s, "path": older.resolve(), "previous": True} for s in result.manifest["superseded"]]
    on_its_own = list_versions.compare_previous(
        superseded, result.cases, lambda path: clean.clean_paths([path], newest_only=False).cases)
    assert result.manifest["changes"] == on_its_own
    assert sum(result.manifest["changes"][0]["counts"].values()) > 0  # the versions differ: something is compared

    read.clear()
    again = clean.clean_paths([raw], cache_dir=cache)
    assert read == [] and again.manifest == result.manifest
