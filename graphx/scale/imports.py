"""Event imports over many files on a Dask cluster: one task per file, the same reader as a local run."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graphx.errors import InputError, Problem
from graphx.events.tally import FileScan
from graphx.scale.cluster import DocumentFailed, compute


def _scan_one(
    item: tuple[int, str], dataset: str, period: str, max_errors: int
) -> tuple[int, FileScan | None, list[Problem]]:
    """Read one file on a worker; its located problems come back as data (they pickle), other failures name it."""
    from graphx.events.importer import scan_file

    index, path = item
    try:
        return index, scan_file(dataset, path, period, max_errors), []
    except InputError as exc:
        return index, None, list(exc.problems)
    except Exception as exc:
        raise DocumentFailed(path, f"{type(exc).__name__}: {exc}") from None


def scan_on_cluster(dataset: str, files: Sequence[str], period: str, max_errors: int, client: Any) -> list[FileScan]:
    """A FileScan per file, in the order of `files`, as scan_file gives them locally."""
    import dask.bag as db

    if not files:
        return []
    bag = db.from_sequence(list(enumerate(files)), npartitions=len(files))
    done = compute(client, bag.map(_scan_one, dataset, period, max_errors))
    from graphx.events.importer import checked_scans

    ordered = sorted(done, key=lambda item: item[0])
    unreadable = [p for _, _, found in ordered for p in found]
    return checked_scans([scan for _, scan, _ in ordered if scan is not None], unreadable)
