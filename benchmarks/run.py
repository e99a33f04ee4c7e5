"""Time the whole commands against pandas' own read of the same file (`make bench`).

Each measured figure is a whole command run as a child process (`kzanalysis
clean`, `report`, `export`, `--help`), its wall time and the peak memory of
that child (ru_maxrss from os.wait4). Beside it stands a baseline measured in
the same run on the same file, also in a child process, alternating with the
command: pandas `read_csv`, or `read_excel(engine="calamine")`, alone. The
baseline's time is the read itself (the child times it, without Python's
start and pandas' import), so the ratio is the strict one. Medians over the
runs.

    .venv/bin/python benchmarks/run.py                # 10k, 100k, 1M rows; writes benchmarks/results.md
    .venv/bin/python benchmarks/run.py --quick        # 10k rows, 1 run, prints only
    BENCH_SIZES=10000,100000 BENCH_REPEAT=3 .venv/bin/python benchmarks/run.py
    BENCH_REPEAT_1M=1 .venv/bin/python benchmarks/run.py   # one run of the million rows (each takes minutes)

The person linkage (part `linkage`) is measured in this process: pairwise
precision and recall of person_id on the people the generator planted again
(the committed samples and three holdout sets), and the time to link 10
thousand and 100 thousand records made with the generator's name machinery
(wall and CPU seconds: on a shared machine the CPU time is the steadier one).

With BENCH_PARTS holding `layouts` (not run by default: it makes and cleans some 130 long lists),
every sample and red-team list is copied long in its own layout (benchmarks/layouts.py,
BENCH_LAYOUT_ROWS rows a sheet, default 20,000) and each is cleaned in one process: two rows of the
table give the median cost of a row against the plain generated list's, the median ratio to
pandas' read, and the worst file.

    BENCH_PARTS=layouts .venv/bin/python benchmarks/run.py --no-write   # only the layouts, printed

The lists are drawn by the sample generator (benchmarks/lists.py) and cached
in benchmarks/.data/; the first full run draws them (a few minutes for the
million rows).
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from lists import long_list  # noqa: E402

BIN = Path(sys.executable).parent
KZ = str(BIN / "kzanalysis")
RESULTS = Path(os.environ.get("BENCH_RESULTS", Path(__file__).resolve().parent / "results.md"))
# Which parts to run (a comma list of startup, clean, report, export, linkage): parts can run as separate processes.
PARTS = set(os.environ.get("BENCH_PARTS", "startup,clean,report,export,linkage").split(","))
LINKAGE: list[str] = []  # the person-linkage table, once measured
LAYOUT_ROWS = int(os.environ.get("BENCH_LAYOUT_ROWS", "20000"))
XLSX_MAX = 100_000

# The child prints the seconds of the read alone.
READ_CSV = "import sys,time,pandas as pd; t=time.perf_counter(); pd.read_csv(sys.argv[1]); print(time.perf_counter()-t)"
# The child writes the tidy tables of a clean again (Parquet and CSV, as `clean` writes them) and prints the seconds
# of the writing alone: a floor under any clean, which must write them.
WRITE_TABLES = ("import sys,time; from kzanalysis import tables; t0=tables.load(sys.argv[1]); t=time.perf_counter();"
                " tables.write(t0, sys.argv[2], validated=True); print(time.perf_counter()-t)")
READ_XLSX = ("import sys,time,pandas as pd; t=time.perf_counter(); pd.read_excel(sys.argv[1], sheet_name=None, engine='calamine');"
             " print(time.perf_counter()-t)")


@dataclass
class Run:
    wall: float
    peak_mb: float
    inner: float | None = None  # what the child reported (the read alone)
    cpu: float = 0.0  # user + system seconds of the child: on a shared machine, steadier than wall time


# A child may use at most this much memory (address space), so a command that would exhaust the machine
# fails as a result of the bench instead of taking the machine down (BENCH_MEMORY_GB).
MEMORY_GB = float(os.environ.get("BENCH_MEMORY_GB", "12"))


class Failed(RuntimeError):
    """The command did not finish: its exit status and the end of what it printed."""


def _limit_memory() -> None:
    import resource

    limit = int(MEMORY_GB * (1 << 30))
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run(cmd: list[str], cwd: Path | None = None, env: dict | None = None) -> Run:
    """Run a child; its wall time, its own peak resident memory (os.wait4) and the float it printed last, if any."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err, preexec_fn=_limit_memory)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        printed, errors = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if proc.returncode != 0:  # the bench's lists are all readable: exit 1 (a file not read) is a failure too
        said = errors.strip().splitlines()[-1][:200] if errors.strip() else ""
        raise Failed(f"exit {proc.returncode} after {wall:.0f} s, peak {usage.ru_maxrss / 1024:,.0f} MB: {said}")
    inner = None
    try:
        inner = float(printed.strip().splitlines()[-1])
    except (ValueError, IndexError):
        pass
    return Run(wall, usage.ru_maxrss / 1024, inner, usage.ru_utime + usage.ru_stime)  # ru_maxrss is in kB on Linux


@dataclass
class Row:
    what: str
    rows: int | None
    runs: list[Run] = field(default_factory=list)
    base: list[Run] = field(default_factory=list)
    base_name: str = ""
    target: str = ""
    ok: bool | None = None
    failed: str = ""  # why the command did not finish (then it has no runs)
    ratio: float | None = None  # given where it is not wall time over the baseline (the layouts' rows: the clean's CPU over the read's)

    @property
    def wall(self) -> float:
        return statistics.median(r.wall for r in self.runs)

    @property
    def cpu(self) -> float:
        return statistics.median(r.cpu for r in self.runs)

    @property
    def peak(self) -> float:
        return max(r.peak_mb for r in self.runs)

    @property
    def base_time(self) -> float | None:
        return statistics.median(r.inner for r in self.base) if self.base else None


def workspace(tmp: Path, lists: list[Path]) -> Path:
    """A workspace folder (data/raw holding the given lists and the sample lists' sources.toml)."""
    ws = tmp / "ws"
    if ws.exists():
        shutil.rmtree(ws)
    raw = ws / "data" / "raw"
    raw.mkdir(parents=True)
    for path in lists:
        shutil.copy(path, raw / path.name)
    return ws


def env_for(ws: Path) -> dict:
    return {**os.environ, "KZANALYSIS_WORKSPACE": str(ws)}


def bench_clean(path: Path, n: int, repeat: int, tmp: Path) -> Row:
    xlsx = path.suffix == ".xlsx"
    row = Row(f"clean {n:,}-row {'.xlsx' if xlsx else 'CSV'}", n, base_name="calamine read_excel" if xlsx else "pandas read_csv")
    out = tmp / "processed"
    for _ in range(repeat):
        row.base.append(run([sys.executable, "-c", READ_XLSX if xlsx else READ_CSV, str(path)]))
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(tmp / ".cache", ignore_errors=True)  # the per-list and run caches beside it: every run is a cold clean
        try:
            row.runs.append(run([KZ, "clean", str(path), "--out", str(out), "-q"]))
        except Failed as exc:
            row.failed = f"did not finish (memory limit {MEMORY_GB:.0f} GB): {exc}".replace("|", "/")
            break
    return row


def bench_write_floor(processed: Path, n: int, clean: Row) -> Row | None:
    """The writing alone of the tables the clean of `n` rows wrote (read back first, not timed): what no clean can go
    under, beside the same read_csv baseline as the clean's."""
    if not clean.runs or not (processed / "cases.parquet").exists():
        return None
    row = Row(f"writing alone the tables of that clean (Parquet and CSV, as `clean` writes them; wall of the writing, "
              f"CPU of the child with its start-up and the read back), {n:,} rows", None,
              base_name="pandas read_csv")
    row.base = clean.base
    timed = run([sys.executable, "-c", WRITE_TABLES, str(processed), str(processed.parent / "floor")])
    row.runs = [Run(timed.inner, timed.peak_mb, None, timed.cpu)]  # the writing's own seconds, not the child's start-up
    return row


def bench_samples(repeat: int) -> list[Row]:
    helps = Row("`kzanalysis --help` (start-up)", None, target="< 0.3 s")
    cold = Row("`kzanalysis clean` of the sample lists, nothing cached", None, target="< 2 s wall")
    warm = Row("`kzanalysis clean` of the sample lists again (each list from the per-list cache)", None)
    # the same cold clean in one process (no worker: kzanalysis/parallel.py), alternating with the default
    alone = Row("`kzanalysis clean` of the sample lists, nothing cached, in one process (`KZANALYSIS_WORKERS=0`)", None)
    one_process = {**os.environ, "KZANALYSIS_WORKERS": "0"}
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(max(repeat, 3)):
            helps.runs.append(run([KZ, "--help"]))
            out = Path(tmp) / f"cold{k}" / "processed"  # a new folder: no cache beside it
            cold.runs.append(run([KZ, "clean", str(REPO / "data" / "raw"), "--out", str(out), "-q"]))
            warm.runs.append(run([KZ, "clean", str(REPO / "data" / "raw"), "--out", str(out), "-q"]))
            out = Path(tmp) / f"alone{k}" / "processed"
            alone.runs.append(run([KZ, "clean", str(REPO / "data" / "raw"), "--out", str(out), "-q"], env=one_process))
    helps.ok = helps.wall < 0.3
    cold.ok = cold.wall < 2
    return [helps, cold, alone, warm]


def bench_report(repeat: int, big: Path | None) -> list[Row]:
    """report on the sample lists (and a long list): first run, nothing changed, one list changed."""
    samples = sorted(p for p in (REPO / "data" / "raw").iterdir() if p.is_file())
    rows = []
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        ws = workspace(tmp, samples + ([big] if big else []))
        env = env_for(ws)
        first = Row("`report`, first run (cleans, runs the notebooks)", None)
        first.runs.append(run([KZ, "report", "-q"], cwd=ws, env=env))
        same = Row("`report` when nothing changed", None, target="< 6 s wall, no re-clean, no notebook re-run")
        for _ in range(repeat):
            same.runs.append(run([KZ, "report", "-q"], cwd=ws, env=env))
        same.ok = same.wall < 6
        changed = Row("`report` when one small list of several changed" + (f" (a {big.stat().st_size >> 20} MB list unchanged)" if big else ""),
                      None, target="only that list re-read")
        target = ws / "data" / "raw" / "monitoring_en.csv"
        original = target.read_bytes()
        cache = ws / "data" / ".cache" / "processed" / "lists"  # freshness.list_cache_dir
        untouched = True
        for k in range(max(1, repeat - 1)):
            before = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()} if cache.is_dir() else {}
            target.write_bytes(original + f"Invented Person{k},1980,Almaty,Art. 405(2),imprisoned,,01.02.2021,,,,,\r\n".encode())
            changed.runs.append(run([KZ, "report", "-q"], cwd=ws, env=env))
            after = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()} if cache.is_dir() else {}
            # the cache entries of the other lists are the ones read, untouched; one new entry: the changed list
            kept = {name for name in before if after.get(name) == before[name]}
            untouched = untouched and len(kept) == len(before) - 1 and len(after) == len(before)
        changed.ok = untouched
        target.write_bytes(original)
        rows += [first, same, changed]
    return rows


def bench_export(path: Path, n: int, repeat: int) -> Row:
    row = Row(f"`export` of {n:,} cases (all periods)", n, target="< 10 s")
    with tempfile.TemporaryDirectory() as t:
        ws = workspace(Path(t), [path])
        env = env_for(ws)
        run([KZ, "clean", "-q"], cwd=ws, env=env)
        for k in range(repeat):
            row.runs.append(run([KZ, "export", "--start", "2000-01-01", "--end", "2030-12-31", "-q",
                                 "--out", str(ws / f"out{k}.xlsx")], cwd=ws, env=env))
    row.ok = row.wall < 10
    return row


def bench_layouts(rows: int) -> list[Row]:
    """Long copies of the lists in other layouts (benchmarks/layouts.py): the median file and the worst, against the
    plain generated list's cost of a row (CPU seconds per 10,000 rows, a list's fixed costs apart)."""
    import layouts

    results = layouts.measure(rows)
    s = layouts.summary(results)
    ref, worst = s["reference"], s["worst"]
    bound = 2 * ref["per10k"]
    median = Row(f"clean of long copies of {s['files']} lists in other layouts (data/raw and the red-team sets, about "
                 f"{rows:,} rows a sheet; benchmarks/layouts.py): median over the files, CPU of a row per 10,000 rows "
                 f"(the plain generated list: {ref['per10k']:.2f} s)", s["rows"],
                 base_name="pandas read, median", target="")
    median.runs = [Run(s["median_per10k"], 0, cpu=s["median_per10k"])]
    median.base = [Run(0, 0, inner=statistics.median(r["read"] for r in results if r["set"] != "reference" and r["read"] is not None))]
    median.ratio = s["median_ratio"]
    w = Row(f"the worst of them: {worst['set']} {worst['file']} ({worst['layout']}), CPU of a row per 10,000 rows", worst["rows"],
            base_name="pandas read", target=f"<= 2x the plain list's ({bound:.2f} s)")
    w.runs = [Run(worst["per10k"], 0, cpu=worst["per10k"])]
    w.base = [Run(0, 0, inner=worst["read"])] if worst["read"] is not None else []
    w.ratio = worst["clean"] / max(worst["read"], 1e-3) if worst["read"] is not None else None
    w.ok = worst["per10k"] <= bound
    return [median, w]


def machine() -> list[str]:
    def sh(cmd: str) -> str:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()

    cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
    versions = sh(f"{sys.executable} -m pip list 2>/dev/null | grep -iE '^(pandas|numpy|pyarrow|python-calamine|pandera|openpyxl|papermill) '")
    return [
        f"- CPU: {cpu}; `nproc`: {os.cpu_count()}",
        f"- memory (`free -h`): {' '.join(sh('free -h | sed -n 2p').split()[1:4])} (total, used, free)",
        f"- Python {platform.python_version()} on {platform.system()} {platform.release()}",
        "- packages: " + ", ".join(" ".join(line.split()) for line in versions.splitlines()),
        f"- load (`uptime`) at the start: {sh('uptime').split('load average:')[-1].strip()}",
    ]


def table(rows: list[Row]) -> list[str]:
    lines = ["| command | rows | wall, median (runs) | CPU, median | peak memory | baseline, same file | ratio | target | met |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |"]
    for r in rows:
        base = f"{r.base_name} {r.base_time:.2f} s" if r.base_time is not None else ""
        met = "" if r.ok is None else ("yes" if r.ok else "**no**")
        if not r.runs:  # the command did not finish
            lines.append(f"| {r.what} | {f'{r.rows:,}' if r.rows else ''} | {r.failed} | | | {base} | | {r.target} | **no** |")
            continue
        if r.ratio is not None:  # a layouts row: CPU seconds of a row per 10,000 rows, the clean's CPU over the read's
            lines.append(f"| {r.what} | {r.rows:,} | | {r.cpu:.2f} s / 10,000 rows | | {base} | {r.ratio:.0f}x | {r.target} | {met} |")
            continue
        ratio = f"{r.wall / r.base_time:.1f}x" if r.base_time else ""
        lines.append(f"| {r.what} | {f'{r.rows:,}' if r.rows else ''} | {r.wall:.2f} s ({len(r.runs)}) | {r.cpu:.2f} s | {r.peak:,.0f} MB | {base} | {ratio} | {r.target} | {met} |")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k rows, one run each, results printed, not written")
    parser.add_argument("--no-write", action="store_true", help="print the table, do not write benchmarks/results.md")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "10000" if args.quick else "10000,100000,1000000").split(",")]
    repeat = int(os.environ.get("BENCH_REPEAT", "1" if args.quick else "3"))
    repeat_large = int(os.environ.get("BENCH_REPEAT_1M", str(repeat)))  # runs of the million-row list
    began = time.perf_counter()
    header = machine()
    rows: list[Row] = []
    write = not (args.quick or args.no_write)

    def done(new: list[Row], final: bool = False) -> None:
        """Print the new rows; rewrite results.md with every row so far (a long run leaves partial results)."""
        rows.extend(new)
        print("\n".join(table(new)[2:]), flush=True)
        if write:
            save(header, rows, sizes, repeat, repeat_large, (time.perf_counter() - began) / 60, final)

    if "startup" in PARTS:
        done(bench_samples(repeat))
    big = max((s for s in sizes if s <= XLSX_MAX), default=None)
    clean_rows: dict[tuple[int, str], Row] = {}
    with tempfile.TemporaryDirectory() as t:
        for n in sizes if "clean" in PARTS else []:
            for fmt in ("csv", "xlsx"):
                if fmt == "xlsx" and n > XLSX_MAX:
                    continue
                path = long_list(n, fmt)
                r = bench_clean(path, n, repeat if n < 1_000_000 else repeat_large, Path(t))
                if fmt == "csv" and n == 1_000_000:
                    r.target = "<= 4x read_csv, < 15 s, peak < 3 GB"
                    r.ok = bool(r.runs) and r.wall <= 4 * r.base_time and r.wall < 15 and r.peak < 3000
                    floor = bench_write_floor(Path(t) / "processed", n, r)
                if fmt == "xlsx" and n == big:
                    r.target = "<= 2x calamine"
                    r.ok = bool(r.runs) and r.wall <= 2 * r.base_time
                clean_rows[(n, fmt)] = r
                growth = []
                for a, b in zip(sizes, sizes[1:]):
                    if b == n and fmt == "csv" and (a, "csv") in clean_rows and r.runs and clean_rows[(a, "csv")].runs:
                        ra = clean_rows[(a, "csv")]
                        g = Row(f"growth of `clean` CSV, {a:,} -> {b:,} rows (wall; CPU {r.cpu / ra.cpu:.1f}x)", None,
                                target=f"<= about {b / a * 1.1:.0f}x")
                        g.runs = [Run(r.wall / ra.wall, 0)]
                        g.ok = r.wall / ra.wall <= b / a * 1.1
                        growth.append(g)
                done([r, *growth, *([floor] if fmt == "csv" and n == 1_000_000 and floor else [])])
    if "report" in PARTS:
        done(bench_report(repeat, long_list(min(sizes), "csv")))
    if big and "export" in PARTS:
        done([bench_export(long_list(big, "csv"), big, max(1, repeat - 1))])
    if "layouts" in PARTS:
        done(bench_layouts(LAYOUT_ROWS))
    if "linkage" in PARTS and not args.quick:
        LINKAGE.extend(linkage())
    if write:
        save(header, rows, sizes, repeat, repeat_large, (time.perf_counter() - began) / 60, True)
        print(f"wrote {RESULTS}")


def save(header: list[str], rows: list[Row], sizes: list[int], repeat: int, repeat_large: int, minutes: float, final: bool) -> None:
    lines = table(rows)
    # the growth rows hold a ratio, not seconds
    lines = [line.replace(" s (1) | 0.00 s | 0 MB", "x | | ") if line.startswith("| growth") else line for line in lines]
    RESULTS.write_text("\n".join([
        "# Benchmark results",
        "",
        "Written by `make bench` (benchmarks/run.py); do not edit by hand. Each command ran as a child process;",
        "wall time is the median of the runs, CPU the median of the child's user + system time, peak memory the",
        "largest resident set of those runs. The baseline ran in the same session, alternating with the command,",
        "on the same file, and is timed around the read alone (no start-up, no import), so the ratio is the strict one.",
        "",
        "## Machine",
        *header,
        f"- load (`uptime`) {'at the end' if final else 'when this row was written'}: "
        f"{subprocess.run('uptime', capture_output=True, text=True).stdout.split('load average:')[-1].strip()}",
        f"- sizes {', '.join(f'{s:,}' for s in sizes)}; {repeat} runs each ({repeat_large} of 1,000,000 rows); "
        f"{'the whole bench took' if final else 'partial: running for'} {minutes:.0f} min",
        "",
        "## Results",
        *lines,
        "",
        *(["## Person linkage",
           "",
           "Measured in the bench's own process (`kzanalysis.link.link_cases`), pairwise over pairs of case rows, against",
           "the people the sample generator planted (`tests/fixtures/samples_truth.csv` for the committed samples).",
           "",
           *LINKAGE, ""] if LINKAGE else []),
    ]), encoding="utf-8")


def _generator():
    spec = importlib.util.spec_from_file_location("make_samples", REPO / "scripts" / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def linkage() -> list[str]:
    """Pairwise precision and recall on the planted people, and the time to link many records: rows of a markdown table."""
    import pandas as pd

    sys.path.insert(0, str(REPO))
    from kzanalysis.clean import clean_paths
    from kzanalysis.link import link_cases, pair_accuracy

    gen = _generator()
    key = ["source_file", "source_sheet", "source_row"]
    lines = ["| records | how many | true pairs | precision | recall | pairs to review | wall | CPU | target | met |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |"]

    def line(what: str, n: int, a: dict, review: int | str = "", wall: float | None = None, cpu: float | None = None) -> None:
        ok = a["precision"] >= 0.95 and a["recall"] >= 0.95 and (wall is None or wall < 60)
        target = "precision and recall >= 0.95" + ("; < 60 s" if wall is not None else "")
        timing = (f"{wall:.1f} s", f"{cpu:.1f} s") if wall is not None else ("", "")
        lines.append(f"| {what} | {n:,} | {a['pairs_true']:,} | {a['precision']:.3f} | {a['recall']:.3f} | {review} | "
                     f"{timing[0]} | {timing[1]} | {target} | {'yes' if ok else '**no**'} |")
        print(lines[-1], flush=True)

    def measured(what: str, folder: Path, truth: pd.DataFrame) -> None:
        result = clean_paths([folder])
        cases = result.cases
        t = truth.loc[truth["kind"] == "case", [*key, "person"]].assign(source_sheet=lambda f: f["source_sheet"].fillna(""))
        got = cases.assign(source_row=cases["source_row"].astype(int)).merge(
            t.assign(source_row=t["source_row"].astype(int)), on=key)
        line(what, len(cases), pair_accuracy(got["person_id"], got["person"]), int((result.links["decision"] == "review").sum()))

    measured("the committed sample lists", REPO / "data" / "raw", gen.read_truth(REPO / "tests" / "fixtures" / "samples_truth.csv"))
    with tempfile.TemporaryDirectory() as tmp:
        for seed in (7, 11, 2024):
            folder = Path(tmp) / f"h{seed}"
            measured(f"generated holdout lists, seed {seed}", folder, gen.generate(folder, seed=seed, variant="holdout"))
    for n in (10_000, 100_000):
        records = gen.linkage_records(n, seed=5)
        wall, cpu = time.perf_counter(), time.process_time()
        result = link_cases(records)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        line("generated records (`linkage_records`, seed 5)", n, pair_accuracy(result.person_id, records["person"]),
             int((result.links["decision"] == "review").sum()), wall, cpu)
    return lines


if __name__ == "__main__":
    main()
