"""Connecting to a Dask cluster: a scheduler address, or `local:N` for N worker processes on this machine."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from graphx.errors import GraphxError, UsageError

LOCAL = re.compile(r"local:(\d+)")
CONNECT_SECONDS = 10


class WorkerError(GraphxError):
    """A task failed on a cluster worker; the run as a whole fails and writes nothing."""

    exit_code = 3


class DocumentFailed(Exception):
    """Raised on a worker: the document or file a task failed on, and why (plain strings, so it pickles)."""

    def __init__(self, document: str, reason: str) -> None:
        super().__init__(document, reason)
        self.document = document
        self.reason = reason


def local_workers(address: str) -> int | None:
    """N for a `local:N` address, None for a scheduler address; UsageError for a bad N."""
    if not address.startswith("local"):
        return None
    match = LOCAL.fullmatch(address)
    if not match or int(match.group(1)) < 1:
        raise UsageError(f"cluster {address!r}: use local:N with N >= 1, or a scheduler address like tcp://host:8786")
    return int(match.group(1))


@contextmanager
def connect(address: str) -> Iterator[Any]:
    """A dask.distributed Client for `address`, closed (with any local cluster it started) on exit."""
    workers = local_workers(address)
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("running on a cluster needs Dask: pip install 'graphx[scale]'") from None
    if workers is not None:
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: the scheduler always serves HTTP (health, dashboard)
            silence_logs=logging.ERROR,
        )
        client = Client(cluster)
        try:
            yield client
        finally:
            client.close()
            cluster.close()
        return
    try:
        client = Client(address, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        yield client
    finally:
        client.close()


def compute(client: Any, collection: Any) -> Any:
    """Compute a Dask collection on the client; a task that raised DocumentFailed becomes a WorkerError."""
    try:
        return client.compute(collection, sync=True)
    except DocumentFailed as failed:
        raise WorkerError(f"{failed.document}: failed on a cluster worker: {failed.reason}") from None
    except Exception as exc:  # a worker that died, a lost connection: the whole run fails
        if type(exc).__name__ in ("KilledWorker", "CommClosedError", "FutureCancelledError"):
            raise WorkerError(f"the cluster run failed: {type(exc).__name__}: {exc}") from None
        raise
