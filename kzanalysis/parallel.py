"""Cleaning several lists at once: the run's own process and worker processes on the other cores.

In: jobs (the arguments of one call each) and the function to run them. Out: their results, one by
one, in the order of the jobs, whoever ran them. The run's process works too: it takes the jobs from
the front, and a worker, once it is up, the last one left, so that this process, which starts at
once, is seldom held up waiting for a job a worker took (the older version of a list, last, is asked
for only after the linkage). Where the caller says what each job will likely cost (clean.py: the
bytes of each list), each takes the largest job left instead, so that no one waits long at the end. A job's exception is raised when its turn comes, as it would be without
workers; a worker that dies leaves its job to the run's process.

Workers are forked by a fork server (multiprocessing's 'forkserver'), never by a plain fork of a
process in which pandas or pyarrow may have started threads. The fork server imports the cleaning
chain (without pandera and the linkage: one_list.py) and reads its vocabularies once (preload.py);
`warm_up` starts it at the very beginning of a command, so that it imports while the
command imports its own modules, on the other core. A worker imports the run's main module (the
`kzanalysis` script): a script that asks for workers must guard its work with
`if __name__ == "__main__":`, as multiprocessing requires.

`KZANALYSIS_WORKERS` sets how many worker processes a run may use (0: none, everything in the run's
own process); by default the cores other work leaves idle (the load average of the last minute), at
most one fewer than the cores this process may run on. The tables are the same whoever cleans which list.

`run_threads` runs a few calls at once on threads of this process, for work that lets go of the
interpreter while it runs (writing the tables' files with Arrow).
"""
from __future__ import annotations

import os
import threading
from collections import deque
from pathlib import Path
from typing import Any, Callable, Iterator

WORKERS_ENV = "KZANALYSIS_WORKERS"
# What the fork server imports before it forks a worker: the cleaning of one list and the whole chain below it
# (one_list.py: no pandera, no linkage, which only the run's own process needs), the command line (a
# worker imports the main module of the run, the `kzanalysis` script, which imports it), and then the
# chain's vocabularies (preload.py), so that a worker's first list does not read them.
PRELOAD = ["kzanalysis.one_list", "kzanalysis.sheet", "kzanalysis.cli", "kzanalysis.preload"]
_context = None  # the forkserver context, once started


def workers() -> int:
    """How many worker processes a run may use besides its own: `KZANALYSIS_WORKERS`, else the cores
    that other work leaves idle. A worker imports and loads the vocabularies again (a second of CPU):
    on a machine whose cores are all busy it only adds that work, so it pays where a core is idle."""
    given = os.environ.get(WORKERS_ENV, "").strip()
    if given:
        try:
            return max(0, int(given))
        except ValueError:
            return 0
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    try:
        others = max(0.0, os.getloadavg()[0] - 1)  # the load of the last minute, this run (one process) aside
    except OSError:
        others = 0.0
    return max(0, min(cores - 1, round(cores - 1 - others)))


def _start():
    """The forkserver context, its server started (and importing PRELOAD) on first use; None where there is none."""
    global _context
    if _context is None:
        import multiprocessing as mp

        try:
            context = mp.get_context("forkserver")
            context.set_forkserver_preload(PRELOAD)
            from multiprocessing import forkserver

            forkserver.ensure_running()
        except (ValueError, OSError):  # no fork server on this platform, or it cannot start: no workers
            return None
        _context = context
    return _context


def warm_up(paths: list[Path], suffixes: set[str], cache_dir: Path | None = None) -> None:
    """Start the fork server now when the run will likely clean at least two lists: at least two list
    files, and fewer entries in the per-list cache than lists (a run that finds every list cached needs
    no worker). A wrong guess costs the other core a second, never a result."""
    if workers() < 1:
        return
    found = 0
    for p in map(Path, paths):
        if p.is_dir():
            found += sum(1 for c in p.rglob("*") if c.suffix.lower() in suffixes and not c.name.startswith(("~$", ".")))
        elif p.suffix.lower() in suffixes:
            found += 1
    cached = sum(1 for c in Path(cache_dir).iterdir() if c.is_dir()) if cache_dir and Path(cache_dir).is_dir() else 0
    if found >= 2 and cached < found:
        _start()


def run_in_order(jobs: list[tuple], func: Callable[..., Any], share: bool = True,
                 sizes: list[float] | None = None) -> Iterator[Any]:
    """`func(*job)` for each job, yielded in the order of the jobs. With `share` and two jobs or more,
    worker processes (`workers()`) take jobs beside this process; else every job runs here, one by one.

    With `sizes` (what each job will likely cost, e.g. the bytes of its file), whoever is free, this
    process or a worker, takes the largest job left: the longest job starts first and the last ones to
    finish are short, so that this process seldom waits at the end for a long job a worker took late
    (it then runs jobs ahead of the one it yields next, and keeps their results for their turn)."""
    n_workers = min(workers(), len(jobs) - 1) if share else 0
    context = _start() if n_workers > 0 else None
    if context is None:
        for job in jobs:
            yield func(*job)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    largest_first = sizes is not None
    order = sorted(range(len(jobs)), key=lambda i: -sizes[i]) if largest_first else range(len(jobs))  # stable
    pending = deque(order)
    done: dict[int, tuple[bool, Any]] = {}  # job -> (ok, result or exception)
    lock = threading.Condition()

    def feed(pool: ProcessPoolExecutor) -> None:
        """One worker's loop: once the worker is up, the last job left (with sizes: the largest), run there,
        until none is left."""
        try:
            pool.submit(os.getpid).result()  # a job is given to a worker that is ready, never queued behind its start
        except BrokenProcessPool:
            return
        while True:
            with lock:
                if not pending:
                    return
                i = pending.popleft() if largest_first else pending.pop()
            try:
                outcome = (True, pool.submit(func, *jobs[i]).result())
            except BrokenProcessPool:  # the worker died (killed, out of memory): the job is run here
                with lock:
                    pending.appendleft(i)
                    lock.notify_all()
                return
            except BaseException as exc:  # raised in its turn, as without workers
                outcome = (False, exc)
            with lock:
                done[i] = outcome
                lock.notify_all()

    pool = ProcessPoolExecutor(max_workers=n_workers, mp_context=context)
    feeders = [threading.Thread(target=feed, args=(pool,), daemon=True) for _ in range(n_workers)]
    for t in feeders:
        t.start()
    try:
        for i in range(len(jobs)):
            while True:
                with lock:
                    if i in done:
                        ok, value = done.pop(i)
                        break
                    # this job if no worker took it (with sizes: the largest left), else the first one left;
                    # else wait for a worker
                    take = i if i in pending and not largest_first else (pending[0] if pending else None)
                    if take is not None:
                        pending.remove(take)
                    else:
                        lock.wait()
                        continue
                try:
                    outcome = (True, func(*jobs[take]))
                except BaseException as exc:
                    outcome = (False, exc)
                with lock:
                    done[take] = outcome
            if not ok:
                raise value
            yield value
    finally:
        with lock:
            pending.clear()  # a job not started is not started now
        pool.shutdown(wait=True, cancel_futures=True)


def run_threads(jobs: list[Callable[[], Any]]) -> list[Any]:
    """Each job (a call without arguments) on a few threads of this process, for work that lets go of the
    interpreter while it runs (Arrow's writers and kernels): their results in the order of the jobs. The
    threads are as many as the cores this process may run on (at most 4); with one core, or one job, the
    jobs run here one by one. Every job runs; the first failure, in the order of the jobs, is raised."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    n = min(cores, 4, len(jobs))
    if n < 2:
        return [job() for job in jobs]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=n) as pool:
        futures = [pool.submit(job) for job in jobs]
    return [f.result() for f in futures]
