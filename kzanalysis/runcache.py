"""The person linkage of a run's lists, kept so that cleaning the same lists again does not link them again.

In: the per-list fingerprints of the lists a run counts, in order (listcache.fingerprint), the analyst's
link decisions (file names and hashes) and the older versions of lists that are compared. Out: `key()`, a
sha256 of all of them; `load()` gives the linkage that was stored under that key (the person of each case
row, the links table, the decisions that named no case row, the changes between versions), or None;
`store()` keeps it.

The linkage and the changes depend on nothing else: the cases of each list are fixed by its fingerprint
(its bytes, key, sources.toml entry and the package's code and vocabularies), and the analyst's decisions
by their bytes. So when every list comes from the per-list cache and the decisions are the same, the
result of the last run is the result of this one, value for value (tests/test_runcache.py).

An entry is a folder `<runs>/<key>/` beside the per-list cache (`runs_dir`): `persons.parquet` (case_id,
person_id), `links.parquet` and `run.json`; data, never code. Only the newest entry is kept.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from functools import partial
from pathlib import Path

import pandas as pd

from .parallel import run_threads

RUN_FILE = "run.json"


def runs_dir(cache_dir: Path) -> Path:
    """The runs' folder beside the per-list cache (`data/.cache/processed/runs` for `.../lists`)."""
    return Path(cache_dir).parent / "runs"


def key(list_fingerprints: list[str], decisions: list[list[str]], superseded: list[list]) -> str:
    """What a run's linkage and changes depend on: its lists in order, the decision files, the versions compared."""
    text = json.dumps({"lists": list_fingerprints, "decisions": decisions, "superseded": superseded},
                      ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def load(cache_dir: Path | None, run_key: str, case_ids: pd.Series) -> dict | None:
    """{"person_id": array aligned with case_ids, "links": DataFrame, "problems": [...], "changes": [...] or None}
    as stored under this key, or None (also when the stored case rows are not these, in this order)."""
    if cache_dir is None:
        return None
    folder = runs_dir(cache_dir) / run_key
    try:
        meta = json.loads((folder / RUN_FILE).read_text(encoding="utf-8"))
        persons = pd.read_parquet(folder / "persons.parquet", engine="pyarrow")
        links = pd.read_parquet(folder / "links.parquet", engine="pyarrow")
    except (OSError, ValueError):
        return None
    if len(persons) != len(case_ids) or not (persons["case_id"].to_numpy() == case_ids.to_numpy()).all():
        return None
    return {"person_id": persons["person_id"], "links": links, "problems": meta["problems"], "changes": meta["changes"]}


def _plain(value):
    """A numpy scalar as the Python value it holds (a decision's line number); anything else cannot be kept."""
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"cannot keep {type(value).__name__} in {RUN_FILE}")


def store(cache_dir: Path | None, run_key: str, case_ids: pd.Series, person_id: pd.Series, links: pd.DataFrame,
          problems: list[dict], changes: list[dict] | None) -> None:
    """Keep a run's linkage under its key, written beside and renamed; the entries of other runs are removed."""
    if cache_dir is None:
        return
    try:
        text = json.dumps({"problems": problems, "changes": changes}, ensure_ascii=False, default=_plain)
    except TypeError:  # a value JSON cannot hold: this run is not kept, the next one links again
        return
    runs = runs_dir(cache_dir)
    tmp = runs / f".{run_key}.{os.getpid()}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    persons = pd.DataFrame({"case_id": case_ids.to_numpy(), "person_id": person_id.to_numpy()})
    run_threads([partial(persons.to_parquet, tmp / "persons.parquet", index=False, engine="pyarrow"),
                 partial(links.to_parquet, tmp / "links.parquet", index=False, engine="pyarrow")])
    (tmp / RUN_FILE).write_text(text, encoding="utf-8")
    for child in runs.iterdir():
        if child.is_dir() and not child.name.startswith("."):
            shutil.rmtree(child, ignore_errors=True)
    try:
        os.replace(tmp, runs / run_key)
    except OSError:  # another run stored it first: theirs is the same
        shutil.rmtree(tmp, ignore_errors=True)
