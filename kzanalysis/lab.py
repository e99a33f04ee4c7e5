"""`kzanalysis lab`: JupyterLab on a workspace's notebooks/, with the project kernel.

In: a workspace. Before starting JupyterLab it makes sure of two things in this
Python environment (both idempotent):

- the kernel `kzanalysis` ("Python 3 (kzanalysis)"), the Python that runs this
  package, is installed, so the notebooks (whose metadata names it) start on it;
- JupyterLab's application settings (`<prefix>/share/jupyter/lab/settings/overrides.json`)
  make Jupytext Notebook the default viewer of `.py` files, so a double click
  opens `01_overview.py` as a notebook, not as text. The setting is the one
  Jupytext documents for JupyterLab's Document Manager (`defaultViewers`); it
  ships as `kzanalysis/templates/jupyterlab_overrides.json` and is merged into
  any overrides already there.

JupyterLab then runs with `KZANALYSIS_WORKSPACE` set, so a notebook opened from
anywhere finds the workspace's tables.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from . import config

KERNEL_NAME = "kzanalysis"
KERNEL_DISPLAY_NAME = "Python 3 (kzanalysis)"


class LabError(RuntimeError):
    """JupyterLab cannot be started here; the message says what to install."""


def ensure_kernel(prefix: str = sys.prefix) -> str | None:
    """Install the `kzanalysis` kernel into this environment unless it is there. Returns a warning when a
    kernel of that name elsewhere (the user's own Jupyter folder) would be used instead of this one."""
    from jupyter_client.kernelspec import KernelSpecManager

    ours = Path(prefix) / "share" / "jupyter" / "kernels" / KERNEL_NAME
    if not (ours / "kernel.json").is_file():
        from ipykernel.kernelspec import install

        install(kernel_name=KERNEL_NAME, display_name=KERNEL_DISPLAY_NAME, prefix=prefix)
    found = Path(KernelSpecManager().find_kernel_specs().get(KERNEL_NAME, ours))
    if found.resolve() != ours.resolve():
        return (f"the kernel '{KERNEL_NAME}' in {found} is used before this environment's: "
                f"remove it with `jupyter kernelspec remove {KERNEL_NAME}` if it is an old one")
    return None


def settings_dir() -> Path:
    """JupyterLab's application settings folder of this environment."""
    try:
        from jupyterlab.commands import get_app_dir
    except ImportError:
        raise LabError("JupyterLab is not installed in this environment: "
                       "pip install 'kzanalysis[lab]' (or `make setup` in the repository)") from None
    return Path(get_app_dir()) / "settings"


def install_settings(folder: Path | None = None) -> Path:
    """Merge the package's JupyterLab settings into `overrides.json` of `folder` (default: settings_dir())."""
    path = Path(folder or settings_dir()) / "overrides.json"
    ours = json.loads(config.LAB_SETTINGS_FILE.read_text(encoding="utf-8"))
    current = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    merged = {**current}
    for plugin, settings in ours.items():
        merged[plugin] = _merge(current.get(plugin, {}), settings)
    if merged != current:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(merged, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _merge(old: dict, new: dict) -> dict:
    out = dict(old)
    for key, value in new.items():
        out[key] = _merge(old.get(key, {}), value) if isinstance(value, dict) and isinstance(old.get(key), dict) else value
    return out


def lab_command(ws: config.Workspace, extra: list[str] | None = None) -> tuple[list[str], dict]:
    """The command and environment that start JupyterLab on the workspace's notebooks/."""
    command = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={ws.notebooks}", *(extra or [])]
    return command, {**os.environ, config.WORKSPACE_ENV: str(ws.root)}


def run_lab(ws: config.Workspace, extra: list[str] | None = None, warn=print) -> int:
    """Prepare the kernel and settings, then run JupyterLab until it stops; its exit code."""
    install_settings()
    if warning := ensure_kernel():
        warn(warning)
    ws.notebooks.mkdir(exist_ok=True)
    command, env = lab_command(ws, extra)
    return subprocess.call(command, env=env)
