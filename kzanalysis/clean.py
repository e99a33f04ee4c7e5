"""The cleaning chain: lists in, tidy tables out, nothing lost.

In: paths of lists (files or folders) and the optional `sources.toml` beside
them. Out: a `CleanResult` with the `cases`, `charges` and `problems` tables
and the manifest (see the README, "Tidy tables"). Every non-blank row below a
header becomes a case or a dropped row with a reason, and
`rows_read == cases + dropped` is checked for every sheet on every run.

The stages, one module each: read.py (files to raw sheets), headers.py (the
header row; record_blocks.py and counts_table.py where it finds none), legend.py (a workbook's codes), rows.py (which rows are cases), continuation.py (rows that continue a case), sections.py (section headings),
columns.py and cases.py (the fields, through kzanalysis/parse), sheet.py (one
sheet, accounted), one_list.py (every sheet of one file), sources.py (sources.toml),
freshness.py (up-to-date check).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import __version__, config, link, listcache, runcache
from .freshness import fingerprint
from .one_list import clean_list
from .read import list_inputs, sha256
from .sources import load_sources
from .tables import AccountingError, Tables, empty, validate
from .versions import versions

__all__ = ["AccountingError", "CleanResult", "clean_paths"]


@dataclass
class CleanResult:
    cases: pd.DataFrame
    charges: pd.DataFrame
    problems: pd.DataFrame
    manifest: dict
    unreadable: list[str] = field(default_factory=list)
    persons: pd.DataFrame | None = None
    links: pd.DataFrame | None = None

    @property
    def tables(self) -> Tables:
        return Tables(self.cases, self.charges, self.problems, self.manifest, self.persons, self.links)


def clean_paths(paths: list[Path], progress: bool = False, newest_only: bool = True,
                cache_dir: Path | None = None, parallel: bool = False) -> CleanResult:
    """Clean every list in the given files and folders. Of several versions of one list only the newest
    is counted (kzanalysis/list_versions.py; `newest_only=False` cleans every file as given). With
    `cache_dir`, a list whose fingerprint (bytes, key, sources.toml entry, package) is that of an
    earlier clean is not read again: its cleaned rows come from the cache (listcache.py), the same
    values a fresh read gives. With `parallel`, the lists to clean are cleaned by this process and
    worker processes at once (parallel.py); the tables are the same."""
    from . import list_versions

    inputs = list_inputs(paths, documents=True)  # a document dropped among the lists is reported, not skipped
    files = [f for f, _ in inputs]
    folders = sorted({p if p.is_dir() else p.parent for p in map(Path, paths)} | {f.parent for f in files})
    sources, _ = load_sources(folders)
    shaped_by = fingerprint(paths)  # taken before reading: a list edited during the run is cleaned again next time
    hashed = {key: file_sha for key, file_sha in shaped_by["lists"]}  # each file's bytes are hashed once per run
    inputs, superseded = list_versions.plan(inputs, sources) if newest_only else (inputs, [])
    counted = [_ListJob(path, key, sources.get(key, sources.get(path.name, {})), hashed.get(key) or sha256(path))
               for path, key in inputs]
    older = {s["path"]: sha256(s["path"]) for s in superseded}  # hashed once: for the caches and the manifest
    older_jobs = {path: _ListJob(*_superseded_list(path, file_sha)[:3], file_sha) for path, file_sha in older.items()}
    # the lists to clean, in the order they are asked for: the counted ones, then the older versions compared
    lists = _Lists(cache_dir, [*counted, *(older_jobs[s["path"]] for s in superseded if s["previous"])], parallel)
    cases, charges, problems, manifest_files, unreadable = [], [], [], [], []
    fingerprints: set[str] = set()  # the cache entries of this run, kept when the others are pruned
    list_fps: list[str] = []  # the fingerprints of the lists counted, in order: the key of the run's linkage
    try:
        for job in _progress(counted) if progress else counted:
            frames, meta = lists.get(job)
            fingerprints.add(job.fp)
            list_fps.append(job.fp)
            cases.append(frames["cases"])
            charges.append(frames["charges"])
            problems.append(frames["problems"])
            manifest_files.append(meta["record"])
            unreadable.extend(meta["unreadable"])

        decisions, decision_shas = read_all_decisions(folders)  # their bytes are in the fingerprint
        cases_df = _concat(cases, "cases", validated=False)
        older_fps = {path: job.fp for path, job in older_jobs.items()}
        fingerprints.update(older_fps.values())  # kept by the per-list cache even when the run's linkage is reused
        run_key = runcache.key(list_fps, [[p.name, h] for p, h in zip(decision_files(folders), decision_shas)],
                               [[{k: v for k, v in s.items() if k != "path"}, older_fps[s["path"]]] for s in superseded])
        reused = runcache.load(cache_dir, run_key, cases_df["case_id"])  # the same lists and decisions: the same linkage
        linked = reused is None
        if linked:
            linkage = link.link_cases(cases_df, decisions)
            reused = {"person_id": linkage.person_id, "links": linkage.links, "problems": linkage.problems, "changes": None}
        cases_df = validate("cases", cases_df.assign(person_id=reused["person_id"].to_numpy()))
        problems += [_decision_problems(reused["problems"])]
        charges_df = _concat(charges, "charges")
        problems_df = _concat([p for p in problems if len(p)], "problems")
        persons_df = validate("persons", link.persons_table(cases_df))
        links_df = validate("links", reused["links"])
        totals = {k: sum(s[k] for f in manifest_files for s in f["sheets"]) for k in ("rows_read", "cases", "rows_dropped")}
        if totals["cases"] != len(cases_df) or totals["rows_read"] != totals["cases"] + totals["rows_dropped"]:
            raise AccountingError(f"totals do not add up: {totals}, {len(cases_df)} case rows")
        manifest = {
            "package_version": __version__,
            "versions": versions(),  # python and the libraries that made these tables
            "fingerprint": shaped_by,  # what the tables depend on; freshness.is_current compares it
            "files": manifest_files,
            "totals": {**totals, "problems": int(len(problems_df)), "files": len(manifest_files), "unreadable_files": len(unreadable),
                       "persons": int(len(persons_df)),
                       "links": {d: int(n) for d, n in links_df["decision"].value_counts().sort_index().items()}},
        }
        if superseded:
            # older versions of a list: not counted; the one right before the newest is compared with it
            if reused["changes"] is None:
                reused["changes"] = list_versions.compare_previous(
                    superseded, cases_df, lambda path: _concat([lists.get(older_jobs[path])[0]["cases"]], "cases"))
            manifest["changes"] = reused["changes"]
            manifest["superseded"] = [{**{k: v for k, v in s.items() if k not in ("path", "previous")},
                                       "path": _relative(s["path"]), "sha256": older[s["path"]]} for s in superseded]
    finally:
        lists.close()  # an older version not needed after all (the run's linkage reused) is not cleaned
    if linked:  # kept for a run of the same lists
        runcache.store(cache_dir, run_key, cases_df["case_id"], cases_df["person_id"], links_df,
                       reused["problems"], reused["changes"])
    listcache.prune(cache_dir, fingerprints)
    return CleanResult(cases_df, charges_df, problems_df, manifest, unreadable, persons_df, links_df)


@dataclass
class _ListJob:
    """One list to clean (the arguments of `clean_list`) and its per-list fingerprint."""

    path: Path
    key: str
    entry: dict
    file_sha: str
    fp: str = ""

    def __post_init__(self) -> None:
        self.fp = listcache.fingerprint(self.file_sha, self.key, self.entry)


class _Lists:
    """The cleaned frames and record of each list of a run, asked for in the order given: from the
    per-list cache where its fingerprint is there, else cleaned (`clean_list`) and stored in the cache.
    The lists not in the cache are cleaned in that order, with `parallel` by worker processes as well
    (parallel.py), which may clean the next lists while this process does other work."""

    def __init__(self, cache_dir: Path | None, jobs: list[_ListJob], parallel: bool):
        from .parallel import run_in_order

        self.cache_dir = cache_dir
        self.cached = {job.fp: listcache.load(cache_dir, job.fp) for job in jobs}
        self.todo = [job for job in jobs if self.cached[job.fp] is None]
        # with workers, the largest lists are cleaned first (a list's bytes: what its cleaning will likely cost)
        self.fresh = run_in_order([(j.path, j.key, j.entry, j.file_sha) for j in self.todo], clean_list, share=parallel,
                                  sizes=[_bytes(j.path) for j in self.todo])
        self.served: set[str] = set()

    def get(self, job: _ListJob) -> tuple[dict[str, pd.DataFrame], dict]:
        fp = job.fp
        cached = self.cached.get(fp)
        if cached is not None:
            frames, meta = cached
            meta["record"]["path"] = _relative(job.path)  # the same bytes may sit elsewhere now
            return frames, meta
        if fp in self.served:  # asked for again: as stored, else cleaned again
            self.cached[fp] = listcache.load(self.cache_dir, fp)
            if self.cached[fp] is not None:
                return self.get(job)
        if fp not in self.served and self.todo and self.todo[0].fp == fp:
            self.todo.pop(0)
            frames, meta = next(self.fresh)
        else:  # asked for out of turn: cleaned here
            frames, meta = clean_list(job.path, job.key, job.entry, job.file_sha)
        self.served.add(fp)
        listcache.store(self.cache_dir, fp, frames, meta)
        return frames, meta

    def close(self) -> None:
        self.fresh.close()


def _bytes(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # unreadable: said when it is cleaned
        return 0


def _superseded_list(path: Path, file_sha: str) -> tuple[Path, str, dict, str]:
    """An older version of a list as a list given by itself: its path, key, sources.toml entry and per-list fingerprint."""
    ((path, key),) = list_inputs([path], documents=True)
    sources, _ = load_sources([path.parent])
    entry = sources.get(key, sources.get(path.name, {}))
    return path, key, entry, listcache.fingerprint(file_sha, key, entry)


def decision_files(folders: list[Path]) -> list[Path]:
    """The analyst's link decisions (data/raw/links.csv) in the folders of the lists."""
    return [f / link.DECISIONS_FILE_NAME for f in folders if (f / link.DECISIONS_FILE_NAME).is_file()]


def read_all_decisions(folders: list[Path]) -> tuple[pd.DataFrame, list[str]]:
    """Every decision of every links.csv found (with the file's name for problem rows), and their hashes."""
    paths = decision_files(folders)
    frames = [link.read_decisions(p).assign(file=p.name) for p in paths]
    frames = [f for f in frames if len(f)]
    decisions = pd.concat(frames, ignore_index=True) if frames else link.no_decisions().assign(file="")
    return decisions, [sha256(p) for p in paths]


def _decision_problems(found: list[dict]) -> pd.DataFrame:
    """A decision in links.csv that names no case row: a problem row pointing at its line."""
    if not found:
        return empty("problems")
    return pd.DataFrame({
        "source_file": [f.get("file", link.DECISIONS_FILE_NAME) for f in found], "source_sheet": "",
        "source_row": pd.array([f["line"] for f in found], dtype="Int64"), "column": [f["column"] for f in found],
        "value": [f["value"] for f in found], "problem": "unmatched_link_decision",
        "message": [f["message"] for f in found], "row_kept": True,
    })


def _concat(frames: list[pd.DataFrame], table: str, validated: bool = True) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty(table)
    df = pd.concat(frames, ignore_index=True)
    if table == "problems":
        df = df.sort_values(["source_file", "source_sheet", "source_row", "column"], kind="stable", na_position="first").reset_index(drop=True)
    return validate(table, df) if validated else df


def _relative(path: Path) -> str:
    return config.relative_path(path)


def _progress(files: list[Path]):
    from rich.progress import track

    return track(files, description="Cleaning lists", transient=True, console=None)
