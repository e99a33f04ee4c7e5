"""Executed report notebooks reused when nothing they depend on changed.

In: a notebook's source, its papermill parameters and the folder of tidy
tables. Out: `fingerprint()`, a sha256 of everything the executed notebook
and its figures depend on:

- the notebook's text and its parameters (period, language, folders);
- the bytes of the tidy tables it reads (cases, charges, problems, manifest);
- the package itself (code, vocabularies, templates, fonts), and the versions
  of Python and of the libraries that compute and draw.

The fingerprint is stored in the executed notebook's metadata. On the next
run, `reusable()` finds last run's executed notebook with the same
fingerprint and the figures it wrote (the PNG files whose bytes are the
images it shows, and the SVG beside each); when every one is still there,
the notebook is not run again and those files stay as they are. Same
fingerprint, same files: the report stays byte-identical.
"""
from __future__ import annotations

import base64
import hashlib
import json
import platform
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from . import __version__, config
from .read import sha256

METADATA_KEY = "kzanalysis"
TABLE_FILES = ("cases.parquet", "charges.parquet", "problems.parquet", "persons.parquet", "links.parquet", "manifest.json")
# Libraries whose version can change what a notebook computes or draws.
LIBRARIES = ("pandas", "numpy", "pyarrow", "matplotlib", "ipykernel", "ipython", "papermill", "nbformat", "jupytext")


@cache
def code_fingerprint() -> str:
    """The package's own files (code, vocabularies, templates, fonts) and the library versions."""
    digest = hashlib.sha256(f"{__version__}\x1f{platform.python_version()}".encode())
    for lib in LIBRARIES:
        try:
            digest.update(f"\x1f{lib}={version(lib)}".encode())
        except PackageNotFoundError:
            digest.update(f"\x1f{lib}=-".encode())
    for path in sorted(config.PACKAGE_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(path.relative_to(config.PACKAGE_DIR).as_posix().encode() + b"\x1f")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def tables_fingerprint(processed_dir: Path) -> str:
    digest = hashlib.sha256()
    for name in TABLE_FILES:
        path = Path(processed_dir) / name
        digest.update(f"{name}={sha256(path) if path.exists() else '-'}\x1f".encode())
    return digest.hexdigest()


def fingerprint(source: Path, params: dict, tables: str) -> str:
    """What one executed notebook depends on; `tables` is `tables_fingerprint()` of its folder."""
    digest = hashlib.sha256(Path(source).read_bytes())
    digest.update(json.dumps(params, sort_keys=True, ensure_ascii=False).encode())
    digest.update(tables.encode())
    digest.update(code_fingerprint().encode())
    return digest.hexdigest()


def stamp(nb, fp: str) -> None:
    """Record the fingerprint in an executed notebook (nbformat node) before it is written."""
    nb.metadata[METADATA_KEY] = {"fingerprint": fp}


def reusable(executed: Path, figures_dir: Path, fp: str, suffix: str = "") -> list[Path] | None:
    """Last run's files of this notebook (the executed notebook, its PNG and SVG figures) when it was
    run with this very fingerprint and every one of them is still there unchanged; else None.
    `suffix` is the language's file suffix (`_ru`, or empty for English)."""
    try:
        nb = json.loads(Path(executed).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if nb.get("metadata", {}).get(METADATA_KEY, {}).get("fingerprint") != fp:
        return None
    shown = set()
    for cell in nb.get("cells", []):
        for output in cell.get("outputs", []):
            png = output.get("data", {}).get("image/png")
            if png:
                data = "".join(png) if isinstance(png, list) else png
                shown.add(hashlib.sha256(base64.b64decode(data)).hexdigest())
    files = [Path(executed)]
    found = set()
    for png in sorted(Path(figures_dir).glob("*.png")) if Path(figures_dir).is_dir() else []:
        if png.stem.endswith("_ru") != (suffix == "_ru"):
            continue  # the other language's figures are not this run's
        sha = sha256(png)
        if sha in shown:
            found.add(sha)
            files.append(png)
            svg = png.with_suffix(".svg")
            if not svg.exists():
                return None
            files.append(svg)
    return files if found == shown else None


def combined(fingerprints: dict[str, str]) -> str:
    """One fingerprint for the whole report: those of its notebooks (each covers the tables, the
    parameters and the package), by notebook."""
    return hashlib.sha256(json.dumps(fingerprints, sort_keys=True).encode()).hexdigest()
