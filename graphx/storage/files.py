"""Every file graphx writes or reads whole: atomic replacement, guarded outputs, bounded reads.

* `write_text_atomic` / `write_bytes_atomic` replace one file: a temporary file beside it,
  flushed, then renamed, so readers see the old file or the new one, never half of it.
* `write_output` / `write_files` write a command's output (a map, an export, a briefing, an
  extraction table). They refuse to replace an input: the graph, any file it cites, its
  candidates and review files, or any graphx graph file, and they write only regular files.
* `read_regular` reads a file only if it is a regular file under a size limit (never a
  device, a FIFO or a socket, which could hang or never end).

Temporary files are named `.NAME.PID.RANDOM.tmp`; one left by a killed process is removed the
next time graphx writes into that folder or loads a graph from it. Errors are plain OSError or
`OutputRefusedError`, never a CLI error.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path

from graphx.errors import OutputRefusedError
from graphx.project.sidefiles import SIDE_FILE_SUFFIXES

_TEMP_SUFFIX = ".tmp"
_GRAPH_MARK = re.compile(rb"(?m)^graphx[ \t]*:[ \t]*['\"]?1['\"]?[ \t]*(?:#.*)?\r?$")
_SNIFF_BYTES = 64 * 1024
_protected: dict[str, str] = {}
_graph_folders: set[str] = set()


# --- inputs that outputs may never replace ------------------------------------------------------


def protect(path: str | os.PathLike[str], what: str) -> None:
    """Remember that `path` is an input (`what` says which) that no output may replace in this process."""
    _protected.setdefault(os.path.realpath(path), what)


def protect_graph(graph_path: str | os.PathLike[str], source_files: Iterable[str]) -> None:
    """Protect a graph file, its candidates and review files, and the source files it cites."""
    path = Path(graph_path)
    protect(path, "the graph file")
    _graph_folders.add(os.path.realpath(path.parent))
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    for suffix in SIDE_FILE_SUFFIXES:
        protect(path.with_name(stem + suffix), f"the graph's {suffix.split('.')[1]} file")
    for name in source_files:
        protect(path.parent / name, "a source file the graph cites")


def _what_input(path: Path) -> str | None:
    """Which input `path` is (registered, a side file by name, or a graphx graph by content), or None."""
    real = os.path.realpath(path)
    if real in _protected:
        return _protected[real]
    if real.endswith(SIDE_FILE_SUFFIXES):
        return f"a {real.rsplit('.', 2)[-2]} file"
    try:
        with open(real, "rb") as stream:
            head = stream.read(_SNIFF_BYTES) if stat.S_ISREG(os.fstat(stream.fileno()).st_mode) else b""
    except OSError:
        return _in_graph_folder(real)
    if _GRAPH_MARK.search(head):
        return "a graphx graph file"
    return _in_graph_folder(real)


def _in_graph_folder(real: str) -> str | None:
    if os.path.dirname(real) in _graph_folders and real.endswith((".yaml", ".yml")):
        return "a YAML file in the graph's folder, where it would be taken for a graph"
    return None


def check_output(path: str | os.PathLike[str]) -> Path:
    """The output path, checked: named, a regular file or new, in an existing folder, not an input."""
    text = os.fspath(path)
    if not text.strip():
        raise OutputRefusedError(text, "empty output file name")
    target = Path(text)
    try:
        mode = os.stat(target).st_mode
    except (FileNotFoundError, NotADirectoryError):
        mode = None  # the folder is checked below
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputRefusedError(text, f"{text} is a folder; name a file to write")
    if mode is not None and not stat.S_ISREG(mode):
        raise OutputRefusedError(
            text, f"{text} is not a regular file (a device, FIFO or socket); outputs go to regular files"
        )
    _check_folder(text, target.parent)
    what = _what_input(target)
    if what is not None:
        raise OutputRefusedError(text, f"refusing to write {text}: it is {what}; choose another output name")
    return target


def _check_folder(text: str, folder: Path) -> None:
    """The output's folder must exist, or be one new folder inside an existing one (made here)."""
    if folder.is_dir():
        return
    existing = next(p for p in (folder, *folder.parents) if p.exists() or p == Path(p.anchor or "."))
    if existing.exists() and not existing.is_dir():
        raise OutputRefusedError(text, f"cannot write {text}: {existing} is not a folder")
    if existing != folder.parent:
        raise OutputRefusedError(text, f"cannot write {text}: the folder {folder} does not exist")
    folder.mkdir()


def write_output(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Write one output file atomically, after `check_output`."""
    return write_files({Path(os.fspath(path)): data})[0]


def write_files(files: Mapping[Path, str | bytes]) -> list[Path]:
    """Write a set of output files all or nothing: every one is on disk before any is renamed in."""
    targets = [check_output(path) for path in files]
    temporaries: list[Path] = []
    try:
        for target, data in zip(targets, files.values(), strict=True):
            temporaries.append(temporary_beside(target, data.encode("utf-8") if isinstance(data, str) else data))
        for target, temporary in zip(targets, temporaries, strict=True):
            os.replace(temporary, target)
    except BaseException as exc:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError) and not isinstance(exc, OutputRefusedError):
            failed = targets[min(len(temporaries), len(targets) - 1)]
            raise OSError(exc.errno, f"cannot write {failed}: {exc.strerror or exc}") from exc
        raise
    return targets


# --- atomic replacement -----------------------------------------------------------------------


def temporary_beside(path: Path, data: bytes) -> Path:
    """Write `data` to a new temporary file in `path`'s folder, flushed to disk; return its path.

    Stray temporary files of dead processes in that folder are removed first. The caller
    renames the result into place (os.replace) or removes it; on failure nothing is left.
    """
    folder = path.parent if str(path.parent) else Path(".")
    sweep_temporaries(folder)
    temporary = folder / f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}{_TEMP_SUFFIX}"
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def write_bytes_atomic(path: Path | str, data: bytes) -> None:
    """Replace `path` with `data` so that readers see the old file or the new one, never half of it.

    For files that are a command's own job (candidates, review decisions, cache entries); outputs
    use `write_output`. The folder must exist; a non-regular target is refused (OutputRefusedError),
    and an OSError leaves the old file and no temporary file behind.
    """
    path = Path(path)
    try:
        mode: int | None = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        raise OutputRefusedError(str(path), f"{path} is not a regular file; refusing to replace it")
    if mode is not None and not mode & stat.S_IWUSR:
        raise OutputRefusedError(str(path), f"{path} is read-only; make it writable to let graphx replace it")
    temporary = temporary_beside(path, data)
    try:
        if mode is not None:
            os.chmod(temporary, stat.S_IMODE(mode))  # the new file keeps the old one's permissions
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path | str, text: str) -> None:
    """Write UTF-8 text atomically, with Unix line endings."""
    write_bytes_atomic(path, text.encode("utf-8"))


def sweep_temporaries(folder: Path) -> list[Path]:
    """Remove temporary files that graphx processes no longer running left in `folder`; those removed."""
    removed = []
    try:
        entries = [e.name for e in os.scandir(folder) if e.name.startswith(".") and e.name.endswith(_TEMP_SUFFIX)]
    except OSError:
        return []
    for name in entries:
        parts = name[: -len(_TEMP_SUFFIX)].rsplit(".", 2)
        if len(parts) != 3 or not parts[1].isdigit() or _alive(int(parts[1])):
            continue
        with contextlib.suppress(OSError):
            (folder / name).unlink()
            removed.append(folder / name)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True  # this process may be writing a set of files into the folder right now
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# --- bounded reads ----------------------------------------------------------------------------


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes.

    Raises FileNotFoundError, IsADirectoryError, or OSError with EINVAL for a device, FIFO or
    socket and EFBIG for a file over the limit (opened without blocking, so a FIFO cannot hang).
    """
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(handle, "rb") as stream:
        info = os.fstat(handle)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", os.fspath(path))
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file (a device, FIFO or socket)", os.fspath(path))
        if info.st_size > limit:
            raise OSError(errno.EFBIG, f"too large ({info.st_size} bytes; limit {limit})", os.fspath(path))
        data = stream.read(info.st_size + 1)  # no buffer of `limit` bytes for a small file
        if len(data) > info.st_size:  # it grew since: the rest, up to the limit
            data += stream.read(limit + 1 - len(data))
    if len(data) > limit:
        raise OSError(errno.EFBIG, f"too large (over {limit} bytes)", os.fspath(path))
    return data
