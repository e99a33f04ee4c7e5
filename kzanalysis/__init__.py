"""kzanalysis: tidy tables, charts, reports and partner workbooks from NGO lists
of politically motivated prosecutions in Kazakhstan.

For analysts in Jupyter::

    from kzanalysis import load
    t = load()            # t.cases, t.charges, t.problems, t.manifest
"""
from __future__ import annotations

__all__ = ["Tables", "load", "__version__"]


def __getattr__(name: str):
    # Imported on first use, so `kzanalysis --help` does not wait for pandas and pandera
    # (nor for importlib.metadata, a tenth of a second, to read the version).
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("kzanalysis")
        except PackageNotFoundError:  # running from a source tree that is not installed
            found = "0.0.0"
        globals()["__version__"] = found  # read once: each `from . import __version__` came back here (metadata is slow)
        return found
    if name in ("Tables", "load"):
        from . import tables

        return getattr(tables, name)
    raise AttributeError(f"module 'kzanalysis' has no attribute {name!r}")
