"""`kzanalysis init DIR`: a new workspace, where an analyst's real lists live, outside any repository.

In: a folder (new or existing). Out: the layout of a workspace (`data/raw/`,
`data/processed/`, `reports/`, `notebooks/`), a `.gitignore` that ignores
everything, a short README, and `notebooks/` seeded with the package's
notebooks (the report's two and `explore.py`). What is already there is kept:
`init` never overwrites a file, so running it again only adds what is missing.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from . import config

FOLDERS = ("raw", "processed", "reports", "notebooks")


@dataclass
class Created:
    workspace: config.Workspace
    added: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)


def init_workspace(folder: Path | str) -> Created:
    """Make (or complete) the workspace at `folder`; return what was added and what was already there."""
    root = Path(folder).expanduser().resolve()
    if root.exists() and not root.is_dir():
        raise config.WorkspaceError(f"{folder} is a file: give a folder for the new workspace")
    ws = config.Workspace(root)
    done = Created(ws)
    for name in FOLDERS:
        path = getattr(ws, name)
        (done.kept if path.is_dir() else done.added).append(path)
        path.mkdir(parents=True, exist_ok=True)
    files = {root / ".gitignore": config.TEMPLATES_DIR / "workspace_gitignore",
             root / "README.md": config.TEMPLATES_DIR / "workspace_README.md"}
    files.update({ws.notebooks / src.name: src for src in sorted(config.NOTEBOOKS_DIR.glob("*.py"))})
    for target, source in files.items():
        if target.exists():
            done.kept.append(target)
        else:
            shutil.copyfile(source, target)
            done.added.append(target)
    return done
