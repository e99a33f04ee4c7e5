"""Writes that cannot be half-done, and one run at a time per workspace.

In: a target path (a file or a folder) and a function that writes the new
content into the path it is given. Out: the target, replaced in one step, or
left as it was when the writer fails or the process is killed.

- `write_file(target, writer)`: the writer fills a temporary file beside the
  target (same folder, so the same file system); the file is flushed to disk
  (fsync), then `os.replace`d over the target. A reader sees the old file or
  the new one, never a part.
- `replace_folder(target, fill, keep)`: the same for a folder, so a set of
  files (the tidy tables and their manifest, a report folder) changes as a
  set. The new folder is built beside the target; entries of the old folder
  that `keep` names are carried over (hard links, else copies); then the two
  folders trade places. On Linux the trade is one `renameat2(RENAME_EXCHANGE)`
  call: there is no moment without a target. Elsewhere it is two renames (old
  folder aside, new folder in): between them, a matter of microseconds, the
  target does not exist; a run killed exactly there leaves the old folder
  under `.<name>.old-*`, and the next run puts it back (`recover_folder`).
- `workspace_lock(folder)`: one run at a time. A second run does not wait:
  it stops with `WorkspaceBusy`, whose message names the holder's pid and
  command. The lock is a `filelock` lock on `<folder>/.kzanalysis.lock`; the
  operating system releases it when the holding process dies, even by
  SIGKILL, so a killed run never leaves the workspace locked.

Leftovers of a killed run (`.<name>.new-*`, `.<name>.tmp-*`) are removed by
the next run that writes the same target.
"""
from __future__ import annotations

import ctypes
import errno
import os
import secrets
import shutil
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

LOCK_NAME = ".kzanalysis.lock"
OWNER_NAME = ".kzanalysis.lock.owner"  # pid and command of the run that holds the lock (filelock does not say)


class WorkspaceBusy(RuntimeError):
    """Another kzanalysis run holds the workspace's lock."""


class FolderInUse(ValueError):
    """An output folder that must not be replaced as a whole: it holds the current folder or lists."""


# ------------------------------------------------------------ files

def _temp_name(target: Path, kind: str) -> Path:
    # Unique per process and call; starts with a dot so a folder listing of lists never picks it up.
    return target.with_name(f".{target.name}.{kind}-{os.getpid()}-{secrets.token_hex(4)}")


def _fsync_path(path: Path, directory: bool = False) -> None:
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    try:
        fd = os.open(path, flags)
    except OSError:  # Windows cannot open a folder; its renames are flushed by the file system
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.EBADF, errno.EACCES):  # some file systems cannot sync a folder
            raise
    finally:
        os.close(fd)


def write_file(target: Path, writer: Callable[[Path], object]) -> Path:
    """Write `target` through `writer(tmp)` into a temporary file beside it, fsync, rename into place."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(target)
    tmp = _temp_name(target, "tmp")
    try:
        writer(tmp)
        _fsync_path(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_path(target.parent, directory=True)
    return target


def write_bytes(target: Path, data: bytes) -> Path:
    return write_file(target, lambda p: p.write_bytes(data))


def write_text(target: Path, text: str) -> Path:
    """UTF-8, `\\n` line ends on every system (the outputs are compared byte for byte)."""
    return write_file(target, lambda p: p.write_text(text, encoding="utf-8", newline="\n"))


# ------------------------------------------------------------ folders

def replace_folder(target: Path, fill: Callable[[Path], object], keep: Callable[[Path], bool] | None = None) -> Path:
    """Build the new content of folder `target` with `fill(staging)` beside it, then swap it into place.

    After `fill`, files of the old folder that the new one lacks are carried over when
    `keep(relative_path)` says so (by default, all: nothing the run did not write is lost).
    """
    target = Path(target)
    _check_replaceable(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    recover_folder(target)
    staging = _temp_name(target, "new")
    try:
        staging.mkdir()
        fill(staging)
        if target.is_dir():
            _carry_over(target, staging, keep or (lambda rel: True))
        _fsync_tree(staging)
        _swap(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def _check_replaceable(target: Path) -> None:
    resolved, cwd = target.resolve(), Path.cwd().resolve()
    if resolved == cwd or resolved in cwd.parents:
        raise FolderInUse(f"{target} is the current folder or holds it; an output folder is replaced as a whole, "
                          "so name a folder of its own")
    if (resolved / "data" / "raw").is_dir():
        raise FolderInUse(f"{target} is a workspace (it holds data/raw); an output folder is replaced as a whole, "
                          "so name a folder of its own")


def _carry_over(old: Path, new: Path, keep: Callable[[Path], bool]) -> None:
    """Files of `old` missing from `new`, as hard links where the file system allows (cheap; done after
    `fill`, so nothing ever writes into a file the live folder shares), else as copies."""
    for root, dirs, files in os.walk(old):
        here = Path(root)
        dirs[:] = [d for d in dirs if not _is_temp_name(d)]
        for name in files:
            rel = (here / name).relative_to(old)
            dest = new / rel
            if _is_temp_name(name) or dest.exists() or dest.is_symlink() or not keep(rel):
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            _link_or_copy(here / name, dest)


def _is_temp_name(name: str) -> bool:
    return name.startswith(".") and any(f".{kind}-" in name for kind in ("new", "tmp", "old"))


def _link_or_copy(src, dst) -> None:
    try:
        os.link(src, dst, follow_symlinks=False)
    except OSError:
        shutil.copy2(src, dst, follow_symlinks=False)


def _fsync_tree(folder: Path) -> None:
    """Every file of the tree on disk, then every folder. The files are synced in threads: each call waits
    on the disk, not on Python, and the file system commits them together (on ext4 a fifth of the wall
    time of one after the other, more when the disk is busy)."""
    from concurrent.futures import ThreadPoolExecutor

    files, folders = [], []
    for root, dirs, names in os.walk(folder):
        files += [Path(root) / name for name in names]
        folders.append(Path(root))
    if files:
        with ThreadPoolExecutor(max_workers=min(16, len(files))) as pool:
            for _ in pool.map(_fsync_path, files):  # an error of any file is raised here
                pass
    for path in folders:
        _fsync_path(path, directory=True)


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Trade the names of two paths in one system call (Linux renameat2); False where not available."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):  # a libc older than glibc 2.28, or not glibc
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EXDEV):  # the file system cannot exchange
        return False
    raise OSError(code, os.strerror(code), str(b))


def _swap(staging: Path, target: Path) -> None:
    if not target.exists():
        os.rename(staging, target)
    elif _exchange(staging, target):
        shutil.rmtree(staging)  # it now holds the old folder
    else:
        aside = _temp_name(target, "old")
        os.rename(target, aside)
        os.rename(staging, target)  # between these two renames the target does not exist (see the docstring)
        shutil.rmtree(aside, ignore_errors=True)
    _fsync_path(target.parent, directory=True)


def recover_folder(target: Path) -> None:
    """Tidy what a killed run left beside `target`: put an old folder back where the target is missing
    (a kill between the two renames of `_swap`), remove half-built new folders and temporary files."""
    target = Path(target)
    if not target.parent.is_dir():
        return
    olds = sorted(target.parent.glob(f".{target.name}.old-*"), key=lambda p: p.stat().st_mtime)
    if olds and not target.exists():
        os.rename(olds.pop(), target)
    for path in olds:
        if _owner_gone(path):
            shutil.rmtree(path, ignore_errors=True)
    _remove_leftovers(target)


def _remove_leftovers(target: Path) -> None:
    for kind in ("new", "tmp"):
        for path in target.parent.glob(f".{target.name}.{kind}-*"):
            if _owner_gone(path):
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)


def _owner_gone(path: Path) -> bool:
    """True when the process that made this temporary name (its pid is in the name) no longer runs."""
    try:
        pid = int(path.name.rsplit("-", 2)[-2])
    except (ValueError, IndexError):
        return False
    return not _running(pid)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # this process only calls for leftovers before it starts its own write
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


# ------------------------------------------------------------ the lock

_held: dict[Path, int] = {}  # lock files this process holds, with how many nested holds
_held_guard = threading.Lock()


@contextmanager
def workspace_lock(folder: Path, timeout: float = 0.5) -> Iterator[Path]:
    """Hold the lock of the workspace whose lock lives in `folder` (the workspace's `data/`).

    Re-entrant within one process (the report holds it and the cleaning it starts asks again).
    A second process gets `WorkspaceBusy` after `timeout` seconds, with the holder named.
    """
    from filelock import FileLock, Timeout

    folder = Path(folder).resolve()
    path = folder / LOCK_NAME
    with _held_guard:
        nested = _held.get(path, 0) > 0
        if nested:
            _held[path] += 1
    if nested:
        try:
            yield path
        finally:
            with _held_guard:
                _held[path] -= 1
        return
    folder.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(path), timeout=timeout, thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        raise WorkspaceBusy(f"another kzanalysis run holds the workspace {folder.parent} ({_holder(folder)}); "
                            "wait for it to finish, then run again") from None
    try:
        (folder / OWNER_NAME).write_text(f"{os.getpid()} {' '.join(_command())}\n", encoding="utf-8")
    except OSError:
        pass  # naming the holder is a courtesy; the lock itself holds
    with _held_guard:
        _held[path] = 1
    try:
        yield path
    finally:
        with _held_guard:
            _held.pop(path, None)
        lock.release()


def _command() -> list[str]:
    args = [Path(sys.argv[0]).name, *sys.argv[1:]] if sys.argv and sys.argv[0] else ["python"]
    return args[:6]


def _holder(folder: Path) -> str:
    try:
        pid, _, command = (folder / OWNER_NAME).read_text(encoding="utf-8").strip().partition(" ")
    except OSError:
        return "pid unknown"
    return f"pid {pid}: {command}" if command else f"pid {pid}"
