"""Atomic file writes: a temporary file in the same folder, then a rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from graphx.errors import UsageError


def temporary_beside(path: Path, data: bytes) -> Path:
    """Write `data` to a new temporary file in `path`'s folder, flushed to disk; return its path.

    The caller renames it into place (os.replace), or removes it; on failure nothing is left.
    """
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def write_bytes_atomic(path: Path | str, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never half of it.

    A write that fails (no permission, disk full, a file where a folder should be) raises
    UsageError naming the path, and leaves the old file and no temporary file behind.
    """
    path = Path(path)
    if path.is_dir():
        raise UsageError(f"{path} is a folder; name a file to write")
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = temporary_beside(path, data)
        os.replace(temporary, path)
    except (FileExistsError, NotADirectoryError) as exc:
        raise UsageError(f"cannot write {path}: {exc.filename or path.parent} is not a folder") from exc
    except OSError as exc:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from exc


def write_text_atomic(path: Path | str, text: str) -> None:
    """Write UTF-8 text atomically, with Unix line endings."""
    write_bytes_atomic(path, text.encode("utf-8"))
