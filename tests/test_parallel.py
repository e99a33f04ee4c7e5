"""Cleaning lists in worker processes (kzanalysis/parallel.py): results in the order of the lists,
a list's error raised in its turn, and the same tables as a clean in one process."""
from __future__ import annotations

import operator
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from kzanalysis import clean, parallel

REPO = Path(__file__).resolve().parents[1]
KZ = str(Path(sys.executable).parent / "kzanalysis")


def test_results_come_in_the_order_of_the_jobs_with_a_worker(monkeypatch):
    monkeypatch.setenv(parallel.WORKERS_ENV, "1")
    jobs = [(n, 1) for n in range(12)]
    assert list(parallel.run_in_order(jobs, operator.mul)) == list(range(12))


def test_an_error_is_raised_in_its_turn_after_the_results_before_it(monkeypatch):
    monkeypatch.setenv(parallel.WORKERS_ENV, "1")
    got = []
    with pytest.raises(ZeroDivisionError):
        for value in parallel.run_in_order([(6, 3), (8, 2), (1, 0), (9, 3)], operator.truediv):
            got.append(value)
    assert got == [2.0, 4.0]


def test_no_worker_runs_every_job_here_one_by_one(monkeypatch):
    monkeypatch.setenv(parallel.WORKERS_ENV, "0")
    assert parallel.workers() == 0
    pids = list(parallel.run_in_order([()] * 3, os.getpid))
    assert pids == [os.getpid()] * 3


def test_parallel_clean_in_process_equals_a_clean_in_one_process(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    shutil.copytree(REPO / "data" / "raw", raw)
    monkeypatch.setenv(parallel.WORKERS_ENV, "1")
    both = clean.clean_paths([raw], parallel=True, cache_dir=tmp_path / "cache")
    one = clean.clean_paths([raw])
    for table in ("cases", "charges", "problems", "persons", "links"):
        pd.testing.assert_frame_equal(getattr(both, table), getattr(one, table), check_exact=True)
    assert both.manifest == one.manifest
    # the per-list cache holds every list, the older version compared included, as a clean in one process leaves it
    assert len([p for p in (tmp_path / "cache").iterdir() if p.is_dir()]) == len(list(raw.glob("*.csv")) + list(raw.glob("*.xlsx")))


@pytest.mark.slow
def test_the_clean_command_writes_the_same_files_with_and_without_workers(tmp_path):
    outs = {}
    for n in ("0", "1"):
        out = tmp_path / f"w{n}" / "processed"
        run = subprocess.run([KZ, "clean", str(REPO / "data" / "raw"), "--out", str(out), "-q"],
                             capture_output=True, text=True, env={**os.environ, parallel.WORKERS_ENV: n})
        assert run.returncode == 0, run.stderr
        outs[n] = out
    names = sorted(p.name for p in outs["0"].iterdir())
    assert names == sorted(p.name for p in outs["1"].iterdir())
    for name in names:
        if name.endswith(".csv"):
            assert (outs["0"] / name).read_bytes() == (outs["1"] / name).read_bytes(), name
    a, b = (pd.read_parquet(outs[n] / "cases.parquet") for n in ("0", "1"))
    pd.testing.assert_frame_equal(a, b, check_exact=True)


def test_with_sizes_the_largest_jobs_are_taken_first_and_results_still_come_in_order(monkeypatch):
    """Whoever is free takes the largest job left; the results are yielded in the order of the jobs."""
    monkeypatch.setenv(parallel.WORKERS_ENV, "1")
    sizes = [1, 50, 2, 40, 3, 30, 4]
    jobs = [(n, 1) for n in range(len(sizes))]
    assert list(parallel.run_in_order(jobs, operator.mul, sizes=sizes)) == list(range(len(sizes)))
    # in this process alone, the largest first too: each result kept for its turn
    monkeypatch.setenv(parallel.WORKERS_ENV, "0")
    started = []

    def note(n, m):
        started.append(n)
        return n * m

    assert list(parallel.run_in_order(jobs, note, sizes=sizes)) == list(range(len(sizes)))
    assert started == list(range(len(sizes)))  # no worker: one by one, in order, as before


def test_with_sizes_an_error_is_still_raised_in_its_turn(monkeypatch):
    monkeypatch.setenv(parallel.WORKERS_ENV, "1")
    got = []
    with pytest.raises(ZeroDivisionError):
        for value in parallel.run_in_order([(6, 3), (8, 2), (1, 0), (9, 3)], operator.truediv, sizes=[1, 1, 9, 5]):
            got.append(value)
    assert got == [2.0, 4.0]


def test_run_threads_gives_results_in_order_and_raises_the_first_failure_after_every_job_ran():
    import threading

    from kzanalysis.parallel import run_threads

    ran, lock = [], threading.Lock()

    def job(i):
        def call():
            with lock:
                ran.append(i)
            if i in (2, 4):
                raise ValueError(f"job {i}")
            return i * 10
        return call

    assert run_threads([job(i) for i in (0, 1, 3)]) == [0, 10, 30]
    ran.clear()
    with pytest.raises(ValueError, match="job 2"):
        run_threads([job(i) for i in range(6)])
    assert sorted(ran) == list(range(6))  # a failure stops no other job: the files are written or the run fails whole
    assert run_threads([]) == []
