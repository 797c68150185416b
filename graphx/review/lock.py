"""One cross-process lock per graph, held while its candidates, review or curated file is updated.

Every update re-reads the file under the lock before writing it, so two processes (two `graphx accept`,
the review page and a shell, two tabs) never lose each other's decisions. The lock is a hidden file
beside the graph (`.NAME.lock`), taken with the `filelock` library.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from graphx.errors import UsageError

LOCK_TIMEOUT_SECONDS = 30.0


def lock_path(graph_path: str | Path) -> Path:
    """The lock file of a graph: `.NAME.lock` in its folder."""
    path = Path(graph_path)
    return path.with_name(f".{path.stem}.lock")


@contextmanager
def graph_lock(graph_path: str | Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Hold the graph's lock; another process or thread waits for it (up to `timeout` seconds, then an error).

    Re-entrant within a thread, so an update may call another update while holding it.
    """
    from filelock import FileLock, Timeout

    path = lock_path(graph_path).absolute()
    lock = FileLock(str(path), is_singleton=True)
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        raise UsageError(f"{path}: another graphx process has held this lock for {timeout:g} s; try again") from None
    try:
        yield
    finally:
        lock.release()


def write_atomically(path: Path, text: str) -> None:
    """Write a side file or the graph through the project's one atomic writer (imported here only)."""
    from graphx.storage.files import write_text_atomic

    write_text_atomic(path, text)
