from __future__ import annotations

import functools
import os
import re
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



# --- How the suite is spread over the xdist workers (`pytest -n 2`) ----------------------------------------------
#
# A module-scoped fixture (a red-team set written and cleaned once, a workspace built once) is set up once in
# each worker that runs a test of its module: were the module's tests spread over both workers, as xdist's
# default `--dist load` does, the set would be written and cleaned twice. So a test file that defines a fixture
# of module scope or wider (`@pytest.fixture(scope="module")`, also "class", "package", "session") is one unit
# of work, run whole by one worker (`_Scheduling` below); every other test is a unit of its own, handed to
# whichever worker is free. A new red-team set's test file gets this by following the pattern of the others
# (tests/test_redteam31.py): the writing and cleaning of its lists in a module-scoped fixture that its tests
# take as an argument. Nothing to mark or register. (xdist's own `--dist loadgroup` renames the node ids to
# group them, which pytest 9 no longer sees: its `xdist_group` marks would be silently ignored.)
#
# The units are handed out in the collection order, which `pytest_collection_modifyitems` below sets: the
# `slow` tests first (a subprocess, a kernel or a wheel each: the longest units, started while other work can
# overlap them), then the files of shared fixtures (a set's cleaning: seconds to tens of seconds each), then
# the many short tests, which even out the two workers at the end. Within each of the three the order of the
# files and of the tests in a file is kept. Without -n (or with -n 0) only that order changes; the tests are
# the same. An explicit `--dist` (load, loadfile, loadscope, ...) is obeyed as given.

_SHARED_SCOPE = re.compile(r"""@pytest\.fixture\([^)]*\bscope\s*=\s*["'](?:module|class|package|session)["']""")


@functools.cache
def _shares_fixtures(path: str) -> bool:
    """Whether the test file defines a fixture of module scope or wider (its tests are then one unit of work)."""
    try:
        return bool(_SHARED_SCOPE.search(Path(path).read_text(encoding="utf-8")))
    except OSError:
        return False


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        return 0 if item.get_closest_marker("slow") else 1 if _shares_fixtures(str(item.path)) else 2

    ranks = {id(item): rank(item) for item in items}
    items.sort(key=lambda item: ranks[id(item)])  # stable: the order of the files and of their tests is kept


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """Under xdist's default distribution (`-n N` without `--dist`): the units of work described above."""
    if config.getvalue("dist") != "load":
        return None
    from xdist.scheduler import LoadScopeScheduling

    rootpath = config.rootpath

    class _Scheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return path if _shares_fixtures(str(rootpath / path)) else nodeid

    config.option.loadscopereorder = False  # the collection order, not the largest unit first
    return _Scheduling(config, log)
