"""Score the cleaner on one red-team set: accuracy per field, per file and overall, and the wrong values.

In: the number of a set (`tests/redteamN_lists.py`; 1 is `tests/redteam_lists.py`) and, optionally, file
names whose wrong values and problem counts to print. Out: a table on stdout (share of truth cases right,
as `tests/accuracy.compare` counts it: a case not read is wrong where its truth is not empty).

    .venv/bin/python scripts/score_redteam.py 9
    .venv/bin/python scripts/score_redteam.py 9 tizim_latyn.ods
"""
from __future__ import annotations

import importlib
import sys
import tempfile
from pathlib import Path

import pandas as pd

TESTS = Path(__file__).resolve().parents[1] / "tests"


def main(argv: list[str]) -> int:
    if not argv or not argv[0].isdigit():
        print(__doc__.strip().splitlines()[0], "\nusage: score_redteam.py N [FILE ...]", file=sys.stderr)
        return 2
    sys.path.insert(0, str(TESTS))
    from accuracy import compare

    from kzanalysis.clean import clean_paths

    number, show = argv[0], argv[1:]
    lists = importlib.import_module("redteam_lists" if number == "1" else f"redteam{number}_lists")
    with tempfile.TemporaryDirectory() as folder:
        truth = lists.write_lists(Path(folder))
        result = clean_paths([Path(folder)])
    totals = result.manifest["totals"]
    print(f"rows read {totals['rows_read']} of {len(truth)}; cases {totals['cases']} of {int((truth['kind'] == 'case').sum())}")
    rows = []
    for file in sorted(truth["source_file"].unique()):
        part = truth.loc[truth["source_file"] == file]
        _, accuracy = compare(result.cases.loc[result.cases["source_file"] == file], part)
        rows.append({"file": f"{file} ({int((part['kind'] == 'case').sum())})", **accuracy})
    wrong, accuracy = compare(result.cases, truth)
    rows.append({"file": "all", **accuracy})
    pd.set_option("display.width", 250)
    print(pd.DataFrame(rows).round(3).to_string(index=False))
    if show and len(wrong):
        print(wrong.loc[wrong["source_file"].isin(show)].to_string())
        problems = result.problems.loc[result.problems["source_file"].isin(show)]
        print(problems.groupby("problem").size().to_string())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
