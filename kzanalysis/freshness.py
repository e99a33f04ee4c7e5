"""Whether the tidy tables are current, and bringing them up to date.

In: the paths of the lists and the tables folder. Out: the tidy tables, cleaned again only when
something that shapes them changed since they were written: a list, a `sources.toml` or
`links.csv` beside the lists, a vocabulary, or the package's own code. The test is a fingerprint
of their bytes (`fingerprint`), kept in the manifest; the version string plays no part, so an
edited module or vocabulary row is seen even when nobody raised the version.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from . import config
from .read import list_inputs, sha256
from .tables import Tables
from .tables import write as write_tables

if TYPE_CHECKING:
    from .clean import CleanResult

# Files beside the lists that shape the tables: the list labels and column mapping, the analyst's link decisions.
SIDE_FILES = (config.SOURCES_FILE_NAME, config.LINKS_FILE_NAME)
# Parts of the package that shape the reports, not the tables.
_NOT_TABLE_CODE = {"__pycache__", "notebooks", "templates", "fonts"}


def code_fingerprint() -> str:
    """sha256 over the package's modules (.py) and vocabularies (vocab/*), names and bytes, in a fixed order.

    Hashing ~50 small files takes milliseconds: nothing is cached, so nothing can go stale."""
    package = config.PACKAGE_DIR
    files = [p for p in package.rglob("*")
             if p.is_file() and not _NOT_TABLE_CODE & set(p.relative_to(package).parts[:-1])
             and (p.suffix == ".py" or p.relative_to(package).parts[0] == "vocab")]
    digest = hashlib.sha256()
    for path in sorted(files, key=lambda p: p.relative_to(package).as_posix()):
        data = path.read_bytes()
        digest.update(f"{path.relative_to(package).as_posix()}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def fingerprint(paths: list[Path]) -> dict:
    """What the tables made from these lists depend on: the code, the side files, each list's bytes."""
    inputs = list_inputs(paths, documents=True)
    folders = sorted({(p if p.is_dir() else p.parent).resolve() for p in map(Path, paths)} | {f.parent for f, _ in inputs})
    side = [[name, sha256(folder / name)] for folder in folders for name in SIDE_FILES if (folder / name).is_file()]
    return {"code_sha256": code_fingerprint(), "side_files": side, "lists": [[key, sha256(path)] for path, key in inputs]}


class NoListsError(ValueError):
    """A clean that found no list: it never replaces tables that exist."""


def write_result(result: "CleanResult", out_dir: Path) -> Path:
    """Write the tidy tables as one set, holding the workspace's lock (the folder above out_dir) so two
    runs never interleave. A result of no list at all never replaces tables that exist."""
    from .atomic import workspace_lock

    out_dir = Path(out_dir)
    if not result.manifest["files"] and (out_dir / "manifest.json").exists():
        raise NoListsError(f"no lists were found, so the tidy tables in {out_dir} are kept as they are")
    with workspace_lock(out_dir.resolve().parent):
        return write_tables(result.tables, out_dir, validated=True)  # clean_paths validated every table


def is_current(paths: list[Path], out_dir: Path) -> bool:
    """True when the tables in out_dir were made from exactly these lists, side files, vocabularies and code."""
    import json

    manifest_path = Path(out_dir) / "manifest.json"
    from .tables import TABLES

    if not manifest_path.exists() or not all((Path(out_dir) / f"{t}.parquet").exists() for t in TABLES):
        return False
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        return False  # an unreadable manifest is rewritten by the clean
    return manifest.get("fingerprint") == fingerprint(paths)


list_cache_dir = config.list_cache_dir  # where the cleaned rows of each list are kept (listcache.py)


def refresh(raw_paths: list[Path] | None = None, out_dir: Path | None = None, progress: bool = True) -> Tables:
    """The tidy tables, cleaned again only when a list, a side file, a vocabulary or the code changed."""
    from .clean import clean_paths  # the chain imports this module: imported when needed
    from .tables import load

    from .atomic import workspace_lock

    raw_paths = [Path(p) for p in (raw_paths or [config.find_workspace().raw])]
    out_dir = Path(out_dir or config.find_workspace().processed)
    with workspace_lock(out_dir.resolve().parent):
        # No list at all (a data/raw with only a README): the tables stay as they are.
        if list_inputs(raw_paths) and not is_current(raw_paths, out_dir):
            result = clean_paths(raw_paths, progress=progress, cache_dir=list_cache_dir(out_dir))
            write_result(result, out_dir)
        return load(out_dir)
