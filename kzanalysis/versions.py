"""The versions of Python and of the libraries that shape the tables and the report's bytes.

Out: `{"kzanalysis": ..., "python": ..., "pandas": ..., ...}` for `manifest.json`
and the report's method section. The same environment gives the same dict, so
naming the versions keeps a report byte-identical from run to run; another
pandas or matplotlib shows up there (the lock file, requirements.lock, keeps
them equal across machines).
"""
from __future__ import annotations

import platform
from functools import cache
from importlib.metadata import PackageNotFoundError, version

from . import __version__

LIBRARIES = ("pandas", "pyarrow", "matplotlib", "openpyxl")


@cache
def versions() -> dict[str, str]:
    found = {"kzanalysis": __version__, "python": platform.python_version()}
    for name in LIBRARIES:
        try:
            found[name] = version(name)
        except PackageNotFoundError:  # not installed in this environment: say so rather than guess
            found[name] = "not installed"
    return found


def versions_text() -> str:
    """`kzanalysis 0.1.0, Python 3.11.7, pandas 2.2.3, ...` in the order above."""
    return ", ".join(f"{'Python' if k == 'python' else k} {v}" for k, v in versions().items())
