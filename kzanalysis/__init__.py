"""kzanalysis: tidy tables, charts, reports and partner workbooks from NGO lists
of politically motivated prosecutions in Kazakhstan.

For analysts in Jupyter::

    from kzanalysis import load
    t = load()            # t.cases, t.charges, t.problems, t.manifest
"""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kzanalysis")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["Tables", "load", "__version__"]


def __getattr__(name: str):
    # Imported on first use, so `kzanalysis --help` does not wait for pandas and pandera.
    if name in ("Tables", "load"):
        from . import tables

        return getattr(tables, name)
    raise AttributeError(f"module 'kzanalysis' has no attribute {name!r}")
