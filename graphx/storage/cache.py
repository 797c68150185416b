"""A cache of loaded graphs, keyed by the graph file's content and path, outside the project.

Trust: the cache folder must be the user's own, not a symlink, and writable by nobody else;
each entry is signed with an HMAC under a per-user key kept in that folder (mode 0600), so a
planted or altered entry is never unpickled. Any doubt (a foreign folder, a bad signature,
a stale or truncated entry) means the graph is parsed again. A cache is an optimisation: a
failure to read or write it (full disk, read-only folder, HOME unset) never fails a command;
it is logged on the `graphx.cache` logger, which the CLI shows with --debug.
Set GRAPHX_CACHE_DIR to move the cache, or GRAPHX_NO_CACHE=1 to turn it off.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import stat
import sys
from dataclasses import replace
from pathlib import Path

from graphx import __version__
from graphx.graph import load, model
from graphx.graph.load import collector_paused, parse_graph
from graphx.graph.model import Graph
from graphx.graph.yamlnodes import read_text
from graphx.storage.files import protect_graph, sweep_temporaries, write_bytes_atomic

MAGIC = b"GRAPHXC2"
MIN_BYTES = 512 * 1024  # smaller graphs load faster than a cache entry can be checked
KEY_FILE = "key"
_MAC = 32


def _debug(message: str, *args: object) -> None:
    """A debug message on the `graphx.cache` logger (shown with --debug); logging is imported only then."""
    import logging

    logging.getLogger("graphx.cache").debug(message, *args)


def cache_dir() -> Path:
    """Where cache entries live: GRAPHX_CACHE_DIR, else the user's cache folder (RuntimeError without a home)."""
    if os.environ.get("GRAPHX_CACHE_DIR"):
        return Path(os.environ["GRAPHX_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "graphx"


def _entry(folder: Path, content: bytes, path: Path) -> Path:
    """The entry for this content at this path, this graphx (down to the model and loader code) and this Python."""
    key = hashlib.sha256(content)
    key.update(f"|{os.path.realpath(path)}|graphx {__version__}|python {sys.version_info[:2]}|".encode())
    for module in (model, load):  # an edited model or loader never reads an older entry
        key.update(Path(str(module.__file__)).read_bytes())
    return folder / f"{key.hexdigest()}.graph"


def load_graph_cached(path: Path | str) -> Graph:
    """Load a graph, reusing the cache entry for this exact content and path when there is a sound one."""
    path = Path(path)
    sweep_temporaries(path.parent)  # a killed run's temporary files go on the next run
    text = read_text(path, "graph file")
    protect_graph(path, [])
    graph = _cached(path, text)
    protect_graph(path, [source.file for source in graph.sources.values() if source.file])
    return graph


def _cached(path: Path, text: str) -> Graph:
    if os.environ.get("GRAPHX_NO_CACHE") or len(text) < MIN_BYTES:
        return parse_graph(text, str(path))
    folder, secret = _trusted_folder()
    if folder is None or secret is None:
        return parse_graph(text, str(path))
    entry = _entry(folder, text.encode("utf-8"), path)
    graph = _read_entry(entry, secret)
    if graph is None:
        graph = parse_graph(text, str(path))
        _write_entry(entry, graph, secret)
    return replace(graph, path=str(path))


def _trusted_folder() -> tuple[Path | None, bytes | None]:
    """The cache folder and the user's key, if the folder is sound; (None, None) on any doubt."""
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not _owned_and_private(folder, directory=True):
            _debug("cache folder %s is not the user's own or others can write it: not used", folder)
            return None, None
        return folder, _user_key(folder / KEY_FILE)
    except (OSError, RuntimeError, ValueError) as exc:  # no home, read-only, full disk, a file in the way
        _debug("cache not used: %s", exc)
        return None, None


def _owned_and_private(path: Path, *, directory: bool) -> bool:
    """Whether `path` (not followed if a symlink) is the user's, of the right kind, writable by nobody else."""
    info = os.lstat(path)
    kind = stat.S_ISDIR(info.st_mode) if directory else stat.S_ISREG(info.st_mode)
    others = 0o022 if directory else 0o077
    return kind and info.st_uid == os.getuid() and not info.st_mode & others


def _user_key(path: Path) -> bytes | None:
    """The per-user HMAC key, made on first use (mode 0600); None if the key file cannot be trusted."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(handle, "wb") as stream:
            stream.write(os.urandom(32))
    if not _owned_and_private(path, directory=False):
        _debug("cache key %s is not the user's own or others can read it: cache not used", path)
        return None
    secret = path.read_bytes()
    return secret if len(secret) == 32 else None


def _read_entry(entry: Path, secret: bytes) -> Graph | None:
    """The graph in a cache entry, or None if it is missing, not signed with the user's key, or not a graph."""
    try:
        data = entry.read_bytes()
    except OSError:
        return None
    header, mac, payload = data[: len(MAGIC)], data[len(MAGIC) : len(MAGIC) + _MAC], data[len(MAGIC) + _MAC :]
    if header != MAGIC or not hmac.compare_digest(mac, hmac.new(secret, payload, hashlib.sha256).digest()):
        _debug("cache entry %s is not signed with this user's key: rebuilt", entry)
        return None
    try:
        with collector_paused():
            graph = pickle.loads(payload)
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError, IndexError):
        return None  # signed by this user, yet written by another graphx: rebuilt
    return graph if isinstance(graph, Graph) else None


def _write_entry(entry: Path, graph: Graph, secret: bytes) -> None:
    """Store a signed graph; a cache that cannot be written (any reason) is simply not used."""
    try:
        payload = pickle.dumps(replace(graph, path=""), protocol=pickle.HIGHEST_PROTOCOL)
        write_bytes_atomic(entry, MAGIC + hmac.new(secret, payload, hashlib.sha256).digest() + payload)
    except Exception as exc:
        _debug("cache entry %s not written: %s", entry, exc)
