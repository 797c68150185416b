"""`graphx import`: read event files, aggregate them, and merge them into the events file beside the graph."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphx.errors import InputError, Problem, UsageError
from graphx.events.mapping import EventMapping, shipped_mapping
from graphx.events.tally import PERIODS, FileScan, Key, Tally, merge_scans

Reader = Callable[[str, str, EventMapping, str, int], FileScan]


def _readers() -> dict[str, Reader]:
    from graphx.events.acled import scan_acled
    from graphx.events.gdelt import scan_gdelt
    from graphx.events.plover import scan_plover
    from graphx.events.polecat import scan_polecat

    return {"gdelt": scan_gdelt, "polecat": scan_polecat, "plover": scan_plover, "acled": scan_acled}


FORMATS = ("gdelt", "polecat", "plover", "acled")


@dataclass
class ImportReport:
    """What an import did."""

    events_file: Path
    scans: list[FileScan] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    relations: int = 0
    written: bool = False

    @property
    def warnings(self) -> list[Any]:
        """Bad rows that were skipped (within --max-errors)."""
        return sorted(p for s in self.scans for p in s.problems)


def events_path(graph_path: Path) -> Path:
    """graphs/NAME.events.yaml beside graphs/NAME.yaml."""
    from graphx.project.sidefiles import events_file

    return events_file(graph_path)


def scan_file(dataset: str, path: str, period: str, max_errors: int, sha256: str | None = None) -> FileScan:
    """One file read by its format's reader, with its SHA-256 (the unit of work a cluster worker runs)."""
    from graphx.events.source import digest

    reader = _readers()[dataset]
    scan = reader(path, path, shipped_mapping(), period, max_errors)
    scan.sha256 = sha256 or digest(path)
    return scan


def _new_files(files: Sequence[str], known: set[str]) -> tuple[dict[str, str], list[str]]:
    """The files to read (with their SHA-256), and those left out because the same bytes were already imported."""
    from graphx.events.source import digest, fail

    fresh: dict[str, str] = {}
    already: list[str] = []
    seen = set(known)
    for name in files:
        if not os.path.isfile(name):
            what = "no such file" if not os.path.exists(name) else "not a regular file"
            raise fail(name, "is a folder, not an event file" if os.path.isdir(name) else what)
        sha = digest(name)
        if sha in seen:
            already.append(name)
        else:
            fresh[name] = sha
        seen.add(sha)
    return fresh, already


def _record(scan: FileScan) -> dict[str, Any]:
    return {
        "format": scan.dataset,
        "file": os.path.basename(scan.file),
        "sha256": scan.sha256,
        "rows": scan.rows,
        "events": scan.counted,
        "bad_rows": len(scan.problems),
        "skipped": dict(sorted(scan.skipped.items())),
    }


def import_events(
    dataset: str,
    files: Sequence[str],
    graph_path: Path,
    *,
    period: str = "month",
    max_errors: int = 0,
    cluster: object | None = None,
) -> ImportReport:
    """Import event files into the events file beside `graph_path`; nothing is written if any check fails.

    `cluster` is a connected dask.distributed Client (graphx.scale), or None to read here. More than
    `max_errors` bad rows in all is an InputError naming each as file:line.
    """
    from graphx.events.store import StoredEvents, dump_events, load_events
    from graphx.storage.files import write_text_atomic

    if dataset not in FORMATS:
        raise UsageError(f"unknown event format {dataset!r}; use one of {', '.join(FORMATS)}")
    if period not in PERIODS:
        raise UsageError(f"unknown period {period!r}; use one of {', '.join(PERIODS)}")
    if not graph_path.is_file():
        raise UsageError(f"{graph_path}: no such graph file; the events file goes beside an existing graph")
    target = events_path(graph_path)
    stored = load_events(target) if target.exists() else StoredEvents(period)
    if stored.period != period:
        raise UsageError(
            f"{target} counts events by {stored.period}; import with that period, or into another graph's events file"
        )
    fresh, already = _new_files(files, stored.imported_digests())
    scans, clustered = _scan_all(dataset, fresh, period, max_errors, cluster)
    report = ImportReport(target, scans, already)
    problems = report.warnings
    if len(problems) > max_errors:
        raise InputError(problems)
    earlier = [FileScan(dataset, "", tallies=stored.tallies), FileScan(dataset, "", tallies=clustered)]
    tallies, actors = merge_scans([*earlier, *scans])
    for actor_id, named in stored.actors.items():
        actors.setdefault(actor_id, named)
    stored.tallies, stored.actors = tallies, dict(sorted(actors.items()))
    stored.imports += [_record(scan) for scan in scans]
    report.relations = len(tallies)
    if scans or not target.exists():
        write_text_atomic(target, dump_events(stored, graph_path.name))
        report.written = True
    return report


def _scan_all(
    dataset: str, files: dict[str, str], period: str, max_errors: int, cluster: object | None
) -> tuple[list[FileScan], dict[Key, Tally]]:
    """A FileScan per file, in order, and relations already aggregated on a cluster (none for a local run).

    Files that cannot be read at all are reported with every bad row found.
    """
    if cluster is not None:
        from functools import partial

        from graphx.scale.imports import scan_on_cluster

        scan = partial(scan_file, dataset, period=period, max_errors=max_errors)
        done = scan_on_cluster(scan, files, cluster)
        return checked_scans(done.scans, done.unreadable), done.tallies
    scans, unreadable = [], []
    for name, sha in files.items():
        try:
            scans.append(scan_file(dataset, name, period, max_errors, sha))
        except InputError as exc:
            unreadable += exc.problems
    return checked_scans(scans, unreadable), {}


def checked_scans(scans: list[FileScan], unreadable: list[Problem]) -> list[FileScan]:
    """The scans, unless some file could not be read: then an InputError with its problems and all bad rows."""
    if unreadable:
        raise InputError(unreadable + [p for scan in scans for p in scan.problems])
    return scans
