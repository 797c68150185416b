"""Event imports over many files as a Dask dataframe job: one partition per file, relations aggregated on the cluster.

Each partition is one file read by the same reader as a local run, turned into rows: one row per relation
(dataset, type, from, to, period) with its counts, and one row for the file itself (rows, skipped reasons,
actors, bad rows, as JSON). The relation rows are grouped and summed on the cluster; evidence keeps the
earliest events by (day, id), as Tally.merge does, so the result equals the local run's.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from graphx.errors import InputError, Problem
from graphx.events.tally import EVIDENCE_LIMIT, FileScan, Key, Tally
from graphx.scale.cluster import DocumentFailed, compute

KEY = ["dataset", "type", "from", "to", "period"]
SUMS = ["events", "mentions", "fatalities", "score_sum", "score_n"]
COLUMNS = ["row", "index", *KEY, *SUMS, "first", "last", "evidence", "file"]
INTS = {"index", *SUMS}
JSON = {"evidence", "file"}
# Text is never parsed as numbers (codes such as 045 keep their zeros): keys and days are Arrow strings (exact
# text; min and max on them are fast), JSON columns plain objects.
TEXT = "string[pyarrow]"


def _dtype(name: str) -> str:
    return "int64" if name in INTS else "object" if name in JSON else TEXT


@dataclass
class ClusterScans:
    """What a cluster import gave: each file's scan (without relations), all relations, and unreadable files."""

    scans: list[FileScan] = field(default_factory=list)
    tallies: dict[Key, Tally] = field(default_factory=dict)
    unreadable: list[Problem] = field(default_factory=list)


def _empty() -> Any:
    """The partition schema (dask's meta): counts as int64, text as strings, JSON as objects."""
    import pandas as pd

    return pd.DataFrame({name: pd.Series([], dtype=_dtype(name)) for name in COLUMNS})


def _file_row(index: int, scan: FileScan | None, problems: list[Problem]) -> dict[str, Any]:
    """The row that carries a file's own record: its counts, skipped reasons, actors and bad rows."""
    record: dict[str, Any] = {"problems": [[p.file, p.line, p.column, p.message] for p in problems]}
    if scan is not None:
        record |= {
            "dataset": scan.dataset,
            "file": scan.file,
            "sha256": scan.sha256,
            "rows": scan.rows,
            "counted": scan.counted,
            "skipped": dict(sorted(scan.skipped.items())),
            "actors": {key: list(named) for key, named in sorted(scan.actors.items())},
            "readable": True,
        }
    row: dict[str, Any] = dict.fromkeys(COLUMNS, "")
    row |= dict.fromkeys(SUMS, 0)
    return row | {"row": "file", "index": index, "file": json.dumps(record, sort_keys=True)}


def _tally_row(index: int, key: Key, tally: Tally) -> dict[str, Any]:
    sums = [tally.events, tally.mentions, tally.fatalities, tally.score_sum, tally.score_n]
    evidence = json.dumps([list(item) for item in tally.kept_evidence()])
    row = {"row": "relation", "index": index, **dict(zip(KEY, key, strict=True)), **dict(zip(SUMS, sums, strict=True))}
    return row | {"first": tally.first, "last": tally.last, "evidence": evidence, "file": ""}


def scan_partition(item: tuple[int, str, str], scan: Callable[..., FileScan]) -> Any:
    """One file read on a worker, as a partition; located problems come back as rows, other failures name the file."""
    import pandas as pd

    index, path, sha256 = item
    try:
        scanned = scan(path, sha256=sha256)
    except InputError as exc:
        rows = [_file_row(index, None, list(exc.problems))]
    except Exception as exc:
        raise DocumentFailed(path, f"{type(exc).__name__}: {exc}") from None
    else:
        rows = [_file_row(index, scanned, scanned.problems)]
        rows += [_tally_row(index, key, tally) for key, tally in scanned.tallies.items()]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    return frame.astype({name: _dtype(name) for name in COLUMNS})


def _earliest_evidence(grouped: Any) -> Any:
    """Per relation, the earliest EVIDENCE_LIMIT distinct events of all its rows (JSON lists in, a JSON list out)."""

    def merge(texts: Any) -> str:
        # dask infers the result type by running this on placeholder objects first: only text is evidence
        found = {tuple(item) for text in texts if isinstance(text, str) for item in json.loads(text)}
        return json.dumps([list(item) for item in sorted(found)[:EVIDENCE_LIMIT]])

    return grouped.agg(merge)


def build_frames(scan: Callable[..., FileScan], files: dict[str, str]) -> tuple[Any, Any]:
    """The Dask job: (relations grouped by key and aggregated, the per-file record rows), both lazy."""
    import dask
    import dask.dataframe as dd

    items = [(index, name, sha) for index, (name, sha) in enumerate(files.items())]
    with dask.config.set({"dataframe.convert-string": False}):
        frame = dd.from_map(scan_partition, items, scan=scan, meta=_empty(), enforce_metadata=False)
        evidence = dd.Aggregation("evidence", chunk=_earliest_evidence, agg=_earliest_evidence)
        spec = {**dict.fromkeys(SUMS, "sum"), "first": "min", "last": "max", "evidence": evidence}
        relations = frame[frame["row"] == "relation"].groupby(KEY).agg(spec)
        records = frame[frame["row"] == "file"][["index", "file"]]
    return relations, records


def _tallies(relations: Any) -> dict[Key, Tally]:
    tallies: dict[Key, Tally] = {}
    columns = [relations[name].tolist() for name in [*SUMS, "first", "last", "evidence"]]
    for key, *values in zip(relations.index.tolist(), *columns, strict=True):
        dataset, kind, source, target, period = (str(part) for part in key)
        events, mentions, fatalities, score_sum, score_n, first, last, evidence = values
        tallies[(dataset, kind, source, target, period)] = Tally(
            int(events),
            int(mentions),
            int(fatalities),
            int(score_sum),
            int(score_n),
            str(first),
            str(last),
            [(str(d), str(i), str(s)) for d, i, s in json.loads(evidence)],
        )
    return tallies


def _scan_of(record: dict[str, Any]) -> FileScan:
    scan = FileScan(record["dataset"], record["file"], record["sha256"], record["rows"], record["counted"])
    scan.skipped = Counter(record["skipped"])
    scan.problems = [Problem(*found) for found in record["problems"]]
    scan.actors = {key: (name, kind) for key, (name, kind) in record["actors"].items()}
    return scan


def scan_on_cluster(scan: Callable[..., FileScan], files: dict[str, str], client: Any) -> ClusterScans:
    """`scan(path, sha256=...)` of each file as one Dask dataframe job; file records in the order of `files`."""
    if not files:
        return ClusterScans()
    relations, records = build_frames(scan, files)
    relations, records = compute(client, [relations, records])
    done = ClusterScans(tallies=_tallies(relations))
    for _, text in sorted(zip(records["index"], records["file"], strict=True)):
        record = json.loads(text)
        if record.get("readable"):
            done.scans.append(_scan_of(record))
        else:
            done.unreadable += [Problem(*found) for found in record["problems"]]
    return done
