"""Extraction over documents on a Dask cluster, with the per-document function of a local run.

The one adapter to re-point when graphx.extract changes: `_extract_partition` calls what
graphx.extract.documents.extract_files calls per document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from graphx.scale.cluster import DocumentFailed, compute

PARTITIONS_PER_WORKER = 4


def _run_one(path: str) -> Any:
    from graphx.extract.documents import _run_one as run

    return run(path)


def _extract_partition(
    items: list[tuple[int, str]], lexicon: object, run_one: Callable[[str], Any] | None
) -> list[tuple[int, Any]]:
    """Extract a batch of (index, path) on a worker; a failure names its document."""
    from graphx.extract.documents import _init_worker

    _init_worker(lexicon)
    run = run_one or _run_one
    done = []
    for index, path in items:
        try:
            done.append((index, run(path)))
        except Exception as exc:
            raise DocumentFailed(path, f"{type(exc).__name__}: {exc}") from None
    return done


def extract_on_cluster(
    paths: Sequence[str], lexicon: object, client: Any, run_one: Callable[[str], Any] | None = None
) -> list[Any]:
    """Results for every document, in the order of `paths`, as extract_files gives them locally.

    Documents are read by the workers: their paths must resolve there (a shared file system mounted at the
    same place, or absolute paths). A document whose extraction raises fails the whole run (WorkerError).
    """
    import dask.bag as db

    from graphx.extract.documents import _checked

    if not paths:
        return []
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    partitions = min(len(paths), workers * PARTITIONS_PER_WORKER)
    shared = client.scatter(lexicon, broadcast=True)
    bag = db.from_sequence(list(enumerate(paths)), npartitions=partitions)
    pairs = compute(client, bag.map_partitions(_extract_partition, shared, run_one))
    results = [result for _, result in sorted(pairs, key=lambda pair: pair[0])]
    return _checked(results)
