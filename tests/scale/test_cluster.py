"""Runs on a LocalCluster give the same bytes as local runs; a worker failure names its document."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from typer.testing import CliRunner

from graphx.cli import app
from graphx.errors import InputError, UsageError
from graphx.events.importer import import_events, scan_file
from graphx.events.tally import FileScan
from graphx.extract.documents import extract_files
from graphx.lexicon import build_lexicon
from graphx.scale.cluster import WorkerError, connect, local_workers
from graphx.scale.extract import extract_on_cluster
from graphx.scale.imports import build_frames
from tests.paths import EVENTS, FIXTURES, PACKAGED, ROOT

CORPUS = FIXTURES / "extract" / "corpus"


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with connect("local:2") as connected:
        yield connected


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "graphs").mkdir()
    shutil.copy(PACKAGED, tmp_path / "graphs" / "caucasus.yaml")
    shutil.copytree(CORPUS, tmp_path / "seeds")
    shutil.copy(ROOT / "seeds" / "expatica-putin-macron-karabakh.txt", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GRAPHX_NO_CACHE", "1")
    return tmp_path


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def test_extraction_on_the_cluster_equals_the_local_run(client: Any) -> None:
    paths = sorted(str(p) for p in CORPUS.iterdir())
    lexicon = build_lexicon()
    assert extract_on_cluster(paths, lexicon, client) == extract_files(paths, lexicon, 1)


def test_import_on_the_cluster_writes_the_same_bytes(client: Any, tmp_path: Path) -> None:
    files = [str(EVENTS / "gdelt-small.export.CSV"), str(EVENTS / "gdelt-bad.tsv")]
    written = []
    for name, cluster in (("local", None), ("cluster", client)):
        graph = tmp_path / name / "g.yaml"
        graph.parent.mkdir()
        graph.write_text("graphx: 1\ntitle: t\n", encoding="utf-8")
        import_events("gdelt", files, graph, max_errors=3, cluster=cluster)
        written.append((tmp_path / name / "g.events.yaml").read_bytes())
    assert written[0] == written[1]


def test_bad_rows_found_on_workers_are_reported_and_nothing_is_written(client: Any, tmp_path: Path) -> None:
    graph = tmp_path / "g.yaml"
    graph.write_text("graphx: 1\ntitle: t\n", encoding="utf-8")
    empty = tmp_path / "empty.CSV"
    empty.write_bytes(b"")
    with pytest.raises(InputError) as caught:
        import_events("gdelt", [str(EVENTS / "gdelt-bad.tsv"), str(empty)], graph, cluster=client)
    assert sorted(str(p).split("/")[-1] for p in caught.value.problems) == [
        "empty.CSV:1:1: empty file: no events",
        "gdelt-bad.tsv:2:1: expected 61 tab-separated columns, found 40",
    ]
    assert not (tmp_path / "g.events.yaml").exists()


def test_a_worker_error_names_the_document_and_fails_the_run(client: Any) -> None:
    paths = sorted(str(p) for p in CORPUS.iterdir())
    broken = paths[1]

    def failing(path: str) -> object:
        from graphx.extract.documents import _run_one

        if path == broken:
            raise ValueError("the extractor broke")
        return _run_one(path)

    with pytest.raises(WorkerError) as caught:
        extract_on_cluster(paths, build_lexicon(), client, run_one=failing)
    assert str(caught.value) == f"{broken}: failed on a cluster worker: ValueError: the extractor broke"
    assert caught.value.exit_code == 3


def test_extract_with_cluster_local_2_gives_byte_identical_candidates(project: Path) -> None:
    local = run("extract", "seeds", "--format", "json")
    assert local.exit_code == 0, local.stderr
    candidates = project / "graphs" / "caucasus.candidates.yaml"
    first = candidates.read_bytes()
    candidates.unlink()
    clustered = run("extract", "seeds", "--format", "json", "--cluster", "local:2")
    assert clustered.exit_code == 0, clustered.stderr
    assert clustered.stdout == local.stdout
    assert candidates.read_bytes() == first


@pytest.mark.parametrize("address", ["local:0", "local:x", "local"])
def test_a_bad_local_address_is_a_usage_error(address: str) -> None:
    with pytest.raises(UsageError, match="use local:N with N >= 1"):
        local_workers(address)


def test_an_unreachable_scheduler_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import graphx.scale.cluster

    monkeypatch.setattr(graphx.scale.cluster, "CONNECT_SECONDS", 1)
    with (
        pytest.raises(UsageError, match=r"cannot reach the Dask scheduler at tcp://127.0.0.1:9"),
        connect("tcp://127.0.0.1:9"),
    ):
        pass


def test_import_with_a_bad_cluster_address_is_exit_2(project: Path) -> None:
    result = run("import", "gdelt", str(EVENTS / "gdelt-small.export.CSV"), "--cluster", "local:0")
    assert result.exit_code == 2
    assert "use local:N with N >= 1" in result.stderr
    assert not (project / "graphs" / "caucasus.events.yaml").exists()


def test_import_with_cluster_local_2_writes_the_same_bytes_as_a_local_import(project: Path) -> None:
    files = [str(EVENTS / "gdelt-small.export.CSV"), str(EVENTS / "gdelt-bad.tsv")]
    events = project / "graphs" / "caucasus.events.yaml"
    local = run("import", "gdelt", *files, "--max-errors", "3")
    assert local.exit_code == 0, local.stderr
    first = events.read_bytes()
    events.unlink()
    clustered = run("import", "gdelt", *files, "--max-errors", "3", "--cluster", "local:2")
    assert clustered.exit_code == 0, clustered.stderr
    assert events.read_bytes() == first
    assert clustered.stderr == local.stderr


def test_the_cluster_import_is_a_dask_dataframe_job_with_one_partition_per_file() -> None:
    import dask.dataframe as dd

    files = {str(EVENTS / "gdelt-small.export.CSV"): "a", str(EVENTS / "gdelt-bad.tsv"): "b"}
    relations, records = build_frames(partial(scan_file, "gdelt", period="month", max_errors=3), files)
    assert isinstance(relations, dd.DataFrame)
    assert isinstance(records, dd.DataFrame)
    assert records.npartitions == len(files)
    steps = [type(step).__name__ for step in relations.expr.walk()]
    assert steps[0] == "GroupbyAggregation"
    assert "FromMap" in steps


def _shifted_gdelt(tmp_path: Path, copies: int) -> list[str]:
    """Copies of the GDELT fixture with new event ids and days, so relations and evidence span partitions."""
    rows = (EVENTS / "gdelt-small.export.CSV").read_text(encoding="utf-8").splitlines()
    paths = []
    for copy in range(copies):
        lines = []
        for row in rows:
            cells = row.split("\t")
            cells[0] = str(9000 - 100 * copy - int(cells[0]) % 100)
            cells[1] = cells[1][:6] + f"{int(cells[1][6:]) % 20 + copy + 1:02d}"
            lines.append("\t".join(cells))
        path = tmp_path / f"shifted-{copy}.CSV"
        path.write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def _imported_bytes(dataset: str, files: list[str], folder: Path, cluster: Any, period: str = "week") -> bytes:
    folder.mkdir()
    graph = folder / "g.yaml"
    graph.write_text("graphx: 1\ntitle: t\n", encoding="utf-8")
    import_events(dataset, files, graph, max_errors=3, period=period, cluster=cluster)
    return (folder / "g.events.yaml").read_bytes()


@pytest.mark.parametrize(
    ("dataset", "names"),
    [
        ("gdelt", ["gdelt-small.export.CSV"]),
        ("polecat", ["polecat-small.tsv"]),
        ("plover", ["plover-small.jsonl"]),
        ("acled", ["acled-small.csv"]),
    ],
)
def test_each_format_imported_on_the_cluster_gives_the_local_bytes(
    client: Any, tmp_path: Path, dataset: str, names: list[str]
) -> None:
    files = [str(EVENTS / name) for name in names]
    local = _imported_bytes(dataset, files, tmp_path / "local", None)
    assert _imported_bytes(dataset, files, tmp_path / "cluster", client) == local


def test_relations_spread_over_many_files_aggregate_on_the_cluster_as_locally(client: Any, tmp_path: Path) -> None:
    files = _shifted_gdelt(tmp_path, 7)
    local = _imported_bytes("gdelt", files, tmp_path / "local", None, period="month")
    assert _imported_bytes("gdelt", files, tmp_path / "cluster", client, period="month") == local
    usa_to_armenia = next(line for line in local.decode().splitlines() if '"from": "USA", "to": "ARM"' in line)
    assert '"events": 7' in usa_to_armenia  # one 045 event in each of the seven files
    assert usa_to_armenia.count('"day"') == 5  # evidence: the earliest five of the seven, merged across partitions


def test_a_worker_error_in_an_import_names_the_file_and_nothing_is_returned(client: Any) -> None:
    from graphx.scale.imports import scan_on_cluster

    broken = str(EVENTS / "gdelt-bad.tsv")
    files = {str(EVENTS / "gdelt-small.export.CSV"): "a", broken: "b"}

    def failing(path: str, sha256: str) -> FileScan:
        if path == broken:
            raise ValueError("the reader broke")
        return scan_file("gdelt", path, "month", 3, sha256)

    with pytest.raises(WorkerError) as caught:
        scan_on_cluster(failing, files, client)
    assert str(caught.value) == f"{broken}: failed on a cluster worker: ValueError: the reader broke"
