"""Writes that cannot be half-done (kzanalysis.atomic) and one run at a time per workspace."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kzanalysis import atomic, tables
from kzanalysis.atomic import FolderInUse, WorkspaceBusy, recover_folder, replace_folder, workspace_lock, write_file

REPO = Path(__file__).resolve().parents[1]
EXE = REPO / ".venv" / "bin" / "kzanalysis"


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_failing_writer_leaves_the_old_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "book.xlsx"
    target.write_bytes(b"old")

    def half(p: Path):
        p.write_bytes(b"half of the new")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_file(target, half)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["book.xlsx"]
    atomic.write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and [p.name for p in tmp_path.iterdir()] == ["book.xlsx"]


def test_a_folder_changes_as_a_set_and_keeps_what_the_run_did_not_write(tmp_path):
    target = tmp_path / "out"
    (target / "figures").mkdir(parents=True)
    (target / "a.txt").write_text("old a")
    (target / "mine.txt").write_text("the analyst's note")
    (target / "figures" / "chart.png").write_text("old en")
    (target / "figures" / "chart_ru.png").write_text("old ru")

    def fill(stage: Path):
        (stage / "figures").mkdir()
        (stage / "a.txt").write_text("new a")
        (stage / "figures" / "other.png").write_text("new en")

    replace_folder(target, fill, keep=lambda rel: rel.as_posix() != "figures/chart.png")
    assert _tree(target) == {"a.txt": b"new a", "mine.txt": b"the analyst's note",
                             "figures/chart_ru.png": b"old ru", "figures/other.png": b"new en"}
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging folder, no old folder left


def test_a_failing_fill_leaves_the_old_folder(tmp_path):
    target = tmp_path / "processed"
    target.mkdir()
    (target / "cases.csv").write_text("old")

    def fill(stage: Path):
        (stage / "cases.csv").write_text("new")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        replace_folder(target, fill)
    assert _tree(target) == {"cases.csv": b"old"}
    assert [p.name for p in tmp_path.iterdir()] == ["processed"]


CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from kzanalysis.atomic import replace_folder

    def fill(stage):
        (stage / "cases.csv").write_text("new cases")
        print("half written", flush=True)
        time.sleep(60)
        (stage / "manifest.json").write_text("{}")

    replace_folder(Path(sys.argv[1]), fill)
""")


def test_a_run_killed_while_it_writes_leaves_the_old_folder_and_the_next_run_tidies_up(tmp_path):
    target = tmp_path / "processed"
    target.mkdir()
    (target / "cases.csv").write_text("old cases")
    (target / "manifest.json").write_text('{"old": true}')
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(target)], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "half written"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert _tree(target) == {"cases.csv": b"old cases", "manifest.json": b'{"old": true}'}
    leftovers = [p for p in tmp_path.iterdir() if p.name != "processed"]
    assert len(leftovers) == 1 and leftovers[0].name.startswith(".processed.new-")

    replace_folder(target, lambda stage: (stage / "cases.csv").write_text("next"))
    assert [p.name for p in tmp_path.iterdir()] == ["processed"]
    assert (target / "cases.csv").read_text() == "next"


def test_a_kill_between_the_two_renames_is_undone_by_the_next_run(tmp_path):
    # where the system cannot exchange two folders in one call, the old one is moved aside first
    target = tmp_path / "processed"
    aside = tmp_path / ".processed.old-999999999-abcd"
    aside.mkdir()
    (aside / "cases.csv").write_text("old cases")
    recover_folder(target)
    assert _tree(target) == {"cases.csv": b"old cases"} and not aside.exists()


def test_the_two_rename_swap_works_where_exchange_is_missing(tmp_path, monkeypatch):
    monkeypatch.setattr(atomic, "_exchange", lambda a, b: False)
    target = tmp_path / "out"
    target.mkdir()
    (target / "x").write_text("old")
    replace_folder(target, lambda stage: (stage / "x").write_text("new"))
    assert _tree(target) == {"x": b"new"} and [p.name for p in tmp_path.iterdir()] == ["out"]


def test_the_current_folder_or_a_workspace_is_never_replaced(tmp_path, monkeypatch):
    (tmp_path / "ws" / "data" / "raw").mkdir(parents=True)
    with pytest.raises(FolderInUse, match="is a workspace"):
        replace_folder(tmp_path / "ws", lambda stage: None)
    monkeypatch.chdir(tmp_path / "ws" / "data")
    with pytest.raises(FolderInUse, match="current folder"):
        replace_folder(tmp_path / "ws" / "data", lambda stage: None)


def test_tables_are_written_as_a_set(tidy_dir):
    (tidy_dir / "analyst_notes.txt").write_text("kept")
    before = tables.load(tidy_dir)
    tables.write(before, tidy_dir)
    assert (tidy_dir / "analyst_notes.txt").read_text() == "kept"
    assert len(tables.load(tidy_dir).cases) == len(before.cases)
    assert sorted(p.name for p in tidy_dir.parent.iterdir()) == ["processed"]


def test_the_lock_is_reentrant_in_one_process(tmp_path):
    with workspace_lock(tmp_path / "data") as path:
        with workspace_lock(tmp_path / "data"):
            assert path.exists()
    with workspace_lock(tmp_path / "data"):  # released: can be taken again
        pass


HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from kzanalysis.atomic import workspace_lock

    with workspace_lock(Path(sys.argv[1])):
        print("holding", flush=True)
        time.sleep(120)
""")


@pytest.mark.slow
def test_a_second_run_gets_one_line_and_exit_2_and_a_killed_holder_frees_the_workspace(tmp_path):
    root = tmp_path / "ws"
    shutil.copytree(REPO / "data" / "raw", root / "data" / "raw")
    env = {**os.environ, "KZANALYSIS_ROOT": str(root)}
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(root / "data"), "clean"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(WorkspaceBusy, match=f"pid {holder.pid}"):
            with workspace_lock(root / "data"):
                pass
        for args in (["clean", "-q"], ["export", "--year", "2021", "-q"]):
            run = subprocess.run([str(EXE), *args], capture_output=True, text=True, env=env, timeout=300)
            assert run.returncode == 2, run.stderr
            assert run.stderr.count("\n") == 1 and "another kzanalysis run holds the workspace" in run.stderr
            assert f"pid {holder.pid}" in run.stderr and "Traceback" not in run.stderr
        assert not (root / "data" / "processed").exists()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    run = subprocess.run([str(EXE), "clean", "-q"], capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    assert json.loads((root / "data" / "processed" / "manifest.json").read_text(encoding="utf-8"))["totals"]["cases"] > 0


@pytest.mark.slow
def test_a_run_without_lists_keeps_the_tables_and_says_so(tidy_dir, tmp_path):
    root = tmp_path / "ws"
    (root / "data" / "raw").mkdir(parents=True)
    (root / "data" / "raw" / "README.md").write_text("lists go here\n")
    (root / "data" / "raw" / "sources.toml").write_text("")
    shutil.copytree(tidy_dir, root / "data" / "processed")
    before = _tree(root / "data" / "processed")
    env = {**os.environ, "KZANALYSIS_ROOT": str(root)}
    run = subprocess.run([str(EXE), "export", "--year", "2021", "--out", str(tmp_path / "book.xlsx")],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "no lists in" in run.stderr and "used as they are" in run.stderr
    run = subprocess.run([str(EXE), "clean"], capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 2 and "are kept as they are" in run.stderr and run.stderr.count("\n") == 1
    assert _tree(root / "data" / "processed") == before


def test_every_file_and_folder_of_a_new_folder_is_synced_before_the_swap(tmp_path, monkeypatch):
    synced: list[tuple[str, bool]] = []
    real = atomic._fsync_path

    def fsync(path, directory=False):
        rel = Path(path).relative_to(tmp_path).as_posix() if Path(path) != tmp_path else ""
        if rel.startswith(".out.new"):  # the new folder, built beside: synced before the swap
            assert not (tmp_path / "out" / "a.txt").exists()
            synced.append((rel.split("/", 1)[-1], directory))
        real(path, directory)

    monkeypatch.setattr(atomic, "_fsync_path", fsync)

    def fill(folder: Path) -> None:
        (folder / "a.txt").write_text("a")
        (folder / "sub").mkdir()
        for k in range(20):
            (folder / "sub" / f"{k}.txt").write_text(str(k))

    (tmp_path / "out").mkdir()
    atomic.replace_folder(tmp_path / "out", fill)
    files = {name for name, directory in synced if not directory}
    assert files == {"a.txt", *(f"sub/{k}.txt" for k in range(20))}
    kinds = [directory for _, directory in synced]
    assert kinds == [False] * 21 + [True] * 2  # the folders after all their files
    assert len(set(synced)) == 23


def test_a_file_that_cannot_be_synced_leaves_the_old_folder(tmp_path, monkeypatch):
    import errno

    out = tmp_path / "out"
    atomic.replace_folder(out, lambda f: (f / "a.txt").write_text("old"))
    real = atomic._fsync_path

    def fsync(path, directory=False):
        if Path(path).name == "b.txt":
            raise OSError(errno.EIO, "input/output error", str(path))
        real(path, directory)

    monkeypatch.setattr(atomic, "_fsync_path", fsync)
    with pytest.raises(OSError):
        atomic.replace_folder(out, lambda f: [(f / n).write_text("new") for n in ("a.txt", "b.txt", "c.txt")])
    assert sorted(p.name for p in out.iterdir()) == ["a.txt"] and (out / "a.txt").read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging folder left
