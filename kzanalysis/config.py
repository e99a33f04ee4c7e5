"""Paths of the project. Nothing else in the package builds a path from strings.

`PROJECT_ROOT` is the folder that holds `data/`; it is the current directory
when that has a `data/raw` folder (so the installed command works from a
clone), else the repository this package sits in. `KZANALYSIS_ROOT` overrides.
"""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
VOCAB_DIR = PACKAGE_DIR / "vocab"


def _project_root() -> Path:
    env = os.environ.get("KZANALYSIS_ROOT")
    if env:
        return Path(env).resolve()
    cwd = Path.cwd()
    if (cwd / "data" / "raw").is_dir():
        return cwd
    return PACKAGE_DIR.parent


PROJECT_ROOT = _project_root()
DATA_DIR = PROJECT_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
PROCESSED_DIR = DATA_DIR / "processed"
REPORTS_DIR = PROJECT_ROOT / "reports"
NOTEBOOKS_DIR = PACKAGE_DIR.parent / "notebooks"  # the notebooks travel with the code
SOURCES_FILE_NAME = "sources.toml"


class VocabularyError(ValueError):
    """A vocabulary file (kzanalysis/vocab/*.csv) or data/raw/sources.toml that cannot be used as written;
    the message names the file and the entry to fix."""
