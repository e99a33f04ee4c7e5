from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from factories import make_tables  # noqa: E402

from kzanalysis import tables as tables_mod  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

# A bug of the cleaner on a sheet raises in the tests (with its traceback), where a user gets a problem row
# and the other sheets read (kzanalysis/failed.py; tests/test_failed_sheet.py unsets it).
os.environ["KZANALYSIS_RAISE"] = "1"


@pytest.fixture
def tidy_dir(tmp_path: Path) -> Path:
    """A folder of valid tidy tables (synthetic, 80 cases, 2018-2025), as `kzanalysis clean` writes them."""
    return tables_mod.write(make_tables(), tmp_path / "processed")
