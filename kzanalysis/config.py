"""Paths: those of the package (vocabularies, templates, notebooks) and those of a workspace.

Nothing else in the package builds a path from strings.

A **workspace** is any folder that holds `data/raw/` (the lists as received),
`data/processed/` (the tidy tables), `reports/` and `notebooks/`; the
repository is the sample workspace, and `kzanalysis init DIR` makes a new one.
`find_workspace()` picks the workspace of a run, in this order:

1. the folder given (`--workspace DIR`, `load(workspace=DIR)`);
2. the environment variable `KZANALYSIS_WORKSPACE` (`KZANALYSIS_ROOT`, its
   older name, is still read);
3. the nearest folder at or above the current directory that holds `data/raw/`.

Nothing is looked up at import time: the current directory is read only when a
path of the workspace is asked for, so an installed package imports anywhere.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
VOCAB_DIR = PACKAGE_DIR / "vocab"
TEMPLATES_DIR = PACKAGE_DIR / "templates"
NOTEBOOKS_DIR = PACKAGE_DIR / "notebooks"  # the notebooks ship inside the package; the repository's notebooks/ links here
LAB_SETTINGS_FILE = TEMPLATES_DIR / "jupyterlab_overrides.json"  # JupyterLab settings installed by `kzanalysis lab`
SOURCES_FILE_NAME = "sources.toml"
LINKS_FILE_NAME = "links.csv"  # the analyst's decisions on pairs of case rows (same / different person)
# The files read as lists (read.py), by their suffix.
EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
LIST_SUFFIXES = EXCEL_SUFFIXES | CSV_SUFFIXES
LINKS_REVIEW_FILE_NAME = "links_review.csv"  # pairs an analyst should decide, written beside the tables
WORKSPACE_ENV = "KZANALYSIS_WORKSPACE"
_OLD_WORKSPACE_ENV = "KZANALYSIS_ROOT"


class VocabularyError(ValueError):
    """A vocabulary file (kzanalysis/vocab/*.csv) or data/raw/sources.toml that cannot be used as written;
    the message names the file and the entry to fix."""


class WorkspaceError(ValueError):
    """No workspace where one was asked for; the message is one line and names `kzanalysis init`."""


@dataclass(frozen=True)
class Workspace:
    """The folders and files of one workspace, all below `root`."""

    root: Path

    @property
    def raw(self) -> Path:
        return self.root / "data" / "raw"

    @property
    def processed(self) -> Path:
        return self.root / "data" / "processed"

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    @property
    def notebooks(self) -> Path:
        return self.root / "notebooks"

    @property
    def sources(self) -> Path:
        """`data/raw/sources.toml`: the lists' sources and column mappings (optional)."""
        return self.raw / SOURCES_FILE_NAME

    @property
    def links(self) -> Path:
        """`data/raw/links.csv`: the analyst's decisions on pairs of rows (optional)."""
        return self.raw / LINKS_FILE_NAME

    def __str__(self) -> str:
        return str(self.root)


def is_workspace(folder: Path) -> bool:
    return (Path(folder) / "data" / "raw").is_dir()


def find_workspace(given: Path | str | None = None, *, cwd: Path | None = None,
                   environ: dict | None = None) -> Workspace:
    """The workspace of a run: `given`, else $KZANALYSIS_WORKSPACE, else the nearest folder at or above
    the current directory that holds `data/raw/`. Raises WorkspaceError (one line) when there is none."""
    if isinstance(given, Workspace):
        return given
    environ = os.environ if environ is None else environ
    for value, what in ((given, "--workspace"), (environ.get(WORKSPACE_ENV), WORKSPACE_ENV),
                        (environ.get(_OLD_WORKSPACE_ENV), _OLD_WORKSPACE_ENV)):
        if value:
            root = Path(value).expanduser().resolve()
            if not is_workspace(root):
                raise WorkspaceError(f"{what} {value} is not a workspace (it has no data/raw/ folder): "
                                     f"make one with `kzanalysis init {value}`")
            return Workspace(root)
    here = Path(cwd or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if is_workspace(folder):
            return Workspace(folder)
    raise WorkspaceError(f"no workspace in {here} or above it (no data/raw/ folder): make one with "
                         f"`kzanalysis init DIR`, then run there, or give --workspace DIR or set {WORKSPACE_ENV}")


def workspace_of(path: Path) -> Path | None:
    """The root of the nearest workspace that holds `path`, or None."""
    path = Path(path).resolve()
    for folder in path.parents:
        if is_workspace(folder):
            return folder
    return None


def list_cache_dir(out_dir: Path) -> Path:
    """Where the cleaned rows of each list are kept (listcache.py): beside the tables' folder, which is
    replaced whole on every write (`data/.cache/processed/lists` for `data/processed`)."""
    out_dir = Path(out_dir).resolve()
    return out_dir.parent / ".cache" / out_dir.name / "lists"


def relative_path(path: Path) -> str:
    """`path` relative to the workspace that holds it (`data/raw/list.xlsx`), else its bare name."""
    root = workspace_of(path)
    return Path(path).resolve().relative_to(root).as_posix() if root else Path(path).name


# The paths of the current workspace under the names older code uses; looked up when asked, never at import.
_WORKSPACE_PATHS = {"PROJECT_ROOT": "root", "RAW_DIR": "raw", "PROCESSED_DIR": "processed", "REPORTS_DIR": "reports"}


def __getattr__(name: str):
    if name in _WORKSPACE_PATHS:
        return getattr(find_workspace(), _WORKSPACE_PATHS[name])
    if name == "DATA_DIR":
        return find_workspace().root / "data"
    raise AttributeError(f"module 'kzanalysis.config' has no attribute {name!r}")
