"""Event imports over many files on a Dask cluster: one task per file, the same reader as a local run."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from graphx.errors import InputError, Problem
from graphx.events.tally import FileScan
from graphx.scale.cluster import DocumentFailed, compute


def _scan_one(item: tuple[int, str], scan: Callable[[str], FileScan]) -> tuple[int, FileScan | None, list[Problem]]:
    """Read one file on a worker; its located problems come back as data (they pickle), other failures name it."""
    index, path = item
    try:
        return index, scan(path), []
    except InputError as exc:
        return index, None, list(exc.problems)
    except Exception as exc:
        raise DocumentFailed(path, f"{type(exc).__name__}: {exc}") from None


def scan_on_cluster(
    scan: Callable[[str], FileScan], files: Sequence[str], client: Any
) -> tuple[list[FileScan], list[Problem]]:
    """`scan` of each file on the cluster, in the order of `files`, with the problems of the files it could not read."""
    import dask.bag as db

    if not files:
        return [], []
    bag = db.from_sequence(list(enumerate(files)), npartitions=len(files))
    done = compute(client, bag.map(_scan_one, scan))
    ordered = sorted(done, key=lambda item: item[0])
    unreadable = [p for _, _, found in ordered for p in found]
    return [scanned for _, scanned, _ in ordered if scanned is not None], unreadable
