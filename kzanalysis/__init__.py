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

from .tables import Tables, load  # noqa: E402

__all__ = ["Tables", "load", "__version__"]
