"""Whether the tidy tables are current, and bringing them up to date.

In: the paths of the lists and the tables folder. Out: the tidy tables, cleaned again only when
the lists, sources.toml, vocabularies or package version changed since they were written.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, config
from .read import list_inputs, sha256
from .tables import Tables
from .tables import write as write_tables

if TYPE_CHECKING:
    from .clean import CleanResult


def vocabulary_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(config.VOCAB_DIR.glob("*")):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def write_result(result: "CleanResult", out_dir: Path) -> Path:
    """Write the tidy tables, holding a lock so two runs never interleave."""
    from filelock import FileLock

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(str(out_dir / ".kzanalysis.lock")):
        return write_tables(result.tables, out_dir, validated=True)  # clean_paths validated every table


def is_current(paths: list[Path], out_dir: Path) -> bool:
    """True when the tables in out_dir were made from exactly these files, vocabularies and version."""
    import json

    manifest_path = Path(out_dir) / "manifest.json"
    from .tables import TABLES

    if not manifest_path.exists() or not all((Path(out_dir) / f"{t}.parquet").exists() for t in TABLES):
        return False
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    inputs = list_inputs(paths)
    files = [f for f, _ in inputs]
    folders = sorted({p if p.is_dir() else p.parent for p in map(Path, paths)} | {f.parent for f in files})
    hashes = [sha256(f / config.SOURCES_FILE_NAME) for f in folders if (f / config.SOURCES_FILE_NAME).is_file()]
    decisions = [sha256(f / config.LINKS_FILE_NAME) for f in folders if (f / config.LINKS_FILE_NAME).is_file()]
    return (
        manifest.get("package_version") == __version__
        and manifest.get("vocabulary_sha256") == vocabulary_fingerprint()
        and manifest.get("sources_toml_sha256") == hashes
        and manifest.get("links_csv_sha256", []) == decisions
        and [(f.get("key"), f["sha256"]) for f in manifest.get("files", [])] == [(k, sha256(p)) for p, k in inputs]
    )


def refresh(raw_paths: list[Path] | None = None, out_dir: Path | None = None, progress: bool = True) -> Tables:
    """The tidy tables, cleaned again only when the inputs, vocabularies or package version changed."""
    from .clean import clean_paths  # the chain imports this module: imported when needed
    from .tables import load

    raw_paths = [Path(p) for p in (raw_paths or [config.find_workspace().raw])]
    out_dir = Path(out_dir or config.find_workspace().processed)
    if not is_current(raw_paths, out_dir):
        result = clean_paths(raw_paths, progress=progress)
        write_result(result, out_dir)
    return load(out_dir)
