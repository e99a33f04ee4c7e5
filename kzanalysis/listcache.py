"""A cache of cleaned lists, one entry per list, so a change to one list re-reads that list only.

In: a list's path, its key, its entry of sources.toml and its sha256. Out:
`fingerprint()`, a sha256 of everything its cleaned rows depend on (the
file's bytes, its key and source entry, the package's code and
vocabularies, its version); `load()` gives last run's cleaned rows of a list
with that fingerprint, or None; `store()` keeps them.

An entry is a folder `<cache>/<fingerprint>/` holding `cases.parquet`,
`charges.parquet`, `problems.parquet` and `list.json` (the manifest record of
the list and the messages of what could not be read): data, never code, so a
planted file cannot run anything. Entries of lists no longer present are
removed by `prune()`. The tables built from cached lists are the same, value
for value, as a fresh clean (tests/test_listcache.py).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from functools import partial
from pathlib import Path

import pandas as pd

from . import __version__
from .parallel import run_threads
from .reuse import code_fingerprint

TABLES = ("cases", "charges", "problems")


def fingerprint(file_sha: str, key: str, entry: dict) -> str:
    """What a list's cleaned rows depend on: its bytes, key and sources.toml entry, and the package."""
    digest = hashlib.sha256(f"{file_sha}\x1f{key}\x1f{__version__}\x1f".encode())
    digest.update(json.dumps(entry, sort_keys=True, ensure_ascii=False, default=str).encode())
    digest.update(code_fingerprint().encode())
    return digest.hexdigest()


def load(cache_dir: Path | None, fp: str) -> tuple[dict[str, pd.DataFrame], dict] | None:
    """The cleaned tables of a list and its record, as stored under this fingerprint; None if absent."""
    if cache_dir is None:
        return None
    folder = Path(cache_dir) / fp
    try:
        meta = json.loads((folder / "list.json").read_text(encoding="utf-8"))
        frames = {t: pd.read_parquet(folder / f"{t}.parquet", engine="pyarrow") for t in TABLES}
    except (OSError, ValueError):
        return None
    return frames, meta


def store(cache_dir: Path | None, fp: str, frames: dict[str, pd.DataFrame], meta: dict) -> None:
    """Keep a list's cleaned tables and record; written beside and renamed, so a half entry is never read."""
    if cache_dir is None:
        return
    folder = Path(cache_dir) / fp
    tmp = Path(cache_dir) / f".{fp}.{os.getpid()}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    run_threads([partial(frames[t].to_parquet, tmp / f"{t}.parquet", index=False, engine="pyarrow") for t in TABLES])
    (tmp / "list.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    try:
        os.replace(tmp, folder)
    except OSError:  # another run stored it first: theirs is the same
        shutil.rmtree(tmp, ignore_errors=True)


def prune(cache_dir: Path | None, keep: set[str]) -> None:
    """Remove the entries of lists that are no longer cleaned (their fingerprints are not in `keep`)."""
    if cache_dir is None or not Path(cache_dir).is_dir():
        return
    for child in Path(cache_dir).iterdir():
        if child.is_dir() and child.name not in keep and not child.name.startswith("."):
            shutil.rmtree(child, ignore_errors=True)
