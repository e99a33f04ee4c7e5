"""Time the pipeline stages on the sample lists (`make bench`), and measure the person linkage.

Cleans data/raw/ as shipped, then a list 20 times larger made by the sample
generator with other seeds, and prints the median of several runs. Then the
linkage: pairwise precision and recall of person_id on the people the
generator planted again (the committed samples and three holdout sets), and
the time to link 10 thousand and 100 thousand records made with the
generator's name machinery (wall-clock and CPU seconds: on a shared machine
the CPU time is the steadier figure). Speed is measured here, never in timed
tests.
"""
from __future__ import annotations

import importlib.util
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kzanalysis.clean import clean_paths  # noqa: E402
from kzanalysis.freshness import is_current, write_result  # noqa: E402
from kzanalysis.sniff import check_file  # noqa: E402


def _median(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _generator():
    spec = importlib.util.spec_from_file_location("make_samples", REPO / "scripts" / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def linkage() -> None:
    """Pairwise precision and recall on the planted people, and the time to link many records."""
    import pandas as pd

    from kzanalysis.link import link_cases, pair_accuracy

    gen = _generator()
    key = ["source_file", "source_sheet", "source_row"]

    def measured(folder: Path, truth: pd.DataFrame) -> dict:
        cases = clean_paths([folder]).cases
        t = truth.loc[truth["kind"] == "case", [*key, "person"]].assign(source_sheet=lambda f: f["source_sheet"].fillna(""))
        got = cases.assign(source_row=cases["source_row"].astype(int)).merge(
            t.assign(source_row=t["source_row"].astype(int)), on=key)
        return pair_accuracy(got["person_id"], got["person"])

    truth = gen.read_truth(REPO / "tests" / "fixtures" / "samples_truth.csv")
    a = measured(REPO / "data" / "raw", truth)
    print(f"linkage on the committed samples ({a['pairs_true']} true pairs): precision {a['precision']:.3f}, recall {a['recall']:.3f}")
    with tempfile.TemporaryDirectory() as tmp:
        for seed in (7, 11, 2024):
            folder = Path(tmp) / f"h{seed}"
            a = measured(folder, gen.generate(folder, seed=seed, variant="holdout"))
            print(f"linkage on holdout seed {seed} ({a['pairs_true']} true pairs): precision {a['precision']:.3f}, recall {a['recall']:.3f}")
    for n in (10_000, 100_000):
        records = gen.linkage_records(n, seed=5)
        wall, cpu = time.perf_counter(), time.process_time()
        result = link_cases(records)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        a = pair_accuracy(result.person_id, records["person"])
        review = int((result.links["decision"] == "review").sum())
        print(f"link {n} generated records ({a['pairs_true']} true pairs): {wall:.1f} s wall, {cpu:.1f} s CPU; "
              f"precision {a['precision']:.3f}, recall {a['recall']:.3f}, {review} pairs to review")


def main() -> None:
    if "--linkage" in sys.argv:
        linkage()
        return
    raw = [REPO / "data" / "raw"]
    result = clean_paths(raw)
    cases = result.manifest["totals"]["cases"]
    print(f"clean data/raw ({result.manifest['totals']['rows_read']} rows, {cases} cases): "
          f"median {_median(lambda: clean_paths(raw)):.3f} s over 5 runs")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "processed"
        print(f"write tables: median {_median(lambda: write_result(result, out)):.3f} s")
        print(f"up-to-date check (fingerprint of code, vocabularies, side files, lists): "
              f"median {_median(lambda: is_current(raw, out)):.3f} s")
        workbooks = sorted(config.RAW_DIR.glob("*.xlsx"))
        print(f"what each file is, zip bomb and DTD checks ({len(workbooks)} workbooks of data/raw): "
              f"median {_median(lambda: [check_file(p) for p in workbooks]):.3f} s")
        big = Path(tmp) / "big"
        gen = _generator()
        for seed in range(20):
            gen.generate(big / f"s{seed}", seed=seed, variant="holdout")
        big_result = clean_paths([big])
        print(f"clean 20 generated sets, 120 sheets ({big_result.manifest['totals']['rows_read']} rows, {len(big_result.cases)} cases): "
              f"median {_median(lambda: clean_paths([big]), repeat=3):.3f} s over 3 runs")
        one = Path(tmp) / "one"
        one.mkdir()
        lines = (REPO / "data" / "raw" / "monitoring_en.csv").read_text(encoding="utf-8-sig").splitlines(keepends=True)
        body = [line for line in lines[1:] if line.strip()]
        # 100 copies of the English list, each name made unique so no row is an exact repeat
        rows = [lines[0]] + [f"{k:03d} {line}" for k in range(100) for line in body]
        (one / "long_list.csv").write_text("".join(rows), encoding="utf-8")
        long_result = clean_paths([one])
        print(f"clean one long list ({long_result.manifest['totals']['rows_read']} rows, {len(long_result.cases)} cases): "
              f"median {_median(lambda: clean_paths([one]), repeat=3):.3f} s over 3 runs")
        from kzanalysis import custody
        from kzanalysis.period import parse_label

        period = parse_label("2025Q3")
        print(f"custody: stock at every month end and the summary keys ({len(big_result.cases)} cases): "
              f"median {_median(lambda: (custody.month_ends(big_result.cases, period), custody.summary_keys(big_result.cases, big_result.charges, period)), repeat=3):.3f} s over 3 runs")


if __name__ == "__main__":
    main()
    if "--linkage" not in sys.argv:
        linkage()
