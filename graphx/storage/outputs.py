"""Write a set of output files (a briefing and its figure; nodes.csv and edges.csv) all or nothing.

Every file is first written to a temporary file beside it; only when all of them are on disk
are they renamed into place, so a failure leaves no file changed and no half set. Missing
folders are created, and removed again if the write fails. OS errors become UsageError.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from pathlib import Path

from graphx.errors import UsageError
from graphx.storage.atomic import temporary_beside


def write_files(files: Mapping[Path, str | bytes]) -> list[Path]:
    """Write each path's text (as UTF-8) or bytes; the paths written, in order."""
    for path in files:
        _check(path)
    created: list[Path] = []
    temporaries: dict[Path, Path] = {}
    current = next(iter(files), Path())
    try:
        for current, data in files.items():
            created += _make_folders(current.parent)
            temporaries[current] = temporary_beside(current, data.encode("utf-8") if isinstance(data, str) else data)
        for current, temporary in temporaries.items():
            os.replace(temporary, current)
    except BaseException as exc:
        for temporary in temporaries.values():
            temporary.unlink(missing_ok=True)
        for folder in reversed(created):
            _remove_empty(folder)
        if isinstance(exc, OSError):
            raise UsageError(f"cannot write {current}: {exc.strerror or exc}") from None
        raise
    return list(files)


def _check(path: Path) -> None:
    """UsageError if `path` is a folder, or a file stands where one of its folders should be."""
    if path.is_dir():
        raise UsageError(f"{path} is a folder; name a file to write")
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise UsageError(f"cannot write {path}: {parent} is not a folder")
            return


def _make_folders(folder: Path) -> list[Path]:
    """Create `folder` and its missing parents; the ones created, outermost first."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for path in reversed(missing):
        path.mkdir()
    return list(reversed(missing))


def _remove_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):
        folder.rmdir()
