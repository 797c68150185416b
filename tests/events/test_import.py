"""The events file: byte-identical re-imports, merged counts, nothing half-written, kept apart from the graph."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graphx.errors import InputError, UsageError
from graphx.events.importer import import_events
from graphx.events.store import load_events
from tests.paths import EVENTS

SMALL = EVENTS / "gdelt-small.export.CSV"
BAD = EVENTS / "gdelt-bad.tsv"


def test_importing_again_gives_the_same_bytes(project: Path) -> None:
    graph = project / "graphs" / "caucasus.yaml"
    curated = graph.read_bytes()
    import_events("gdelt", [str(SMALL)], graph)
    first = (project / "graphs" / "caucasus.events.yaml").read_bytes()
    report = import_events("gdelt", [str(SMALL)], graph)
    assert report.already == [str(SMALL)] and not report.written
    assert (project / "graphs" / "caucasus.events.yaml").read_bytes() == first
    (project / "graphs" / "caucasus.events.yaml").unlink()
    import_events("gdelt", [str(SMALL)], graph)
    assert (project / "graphs" / "caucasus.events.yaml").read_bytes() == first
    assert graph.read_bytes() == curated


def test_importing_another_file_merges_its_counts(project: Path) -> None:
    graph = project / "graphs" / "caucasus.yaml"
    second = project / "second.CSV"
    second.write_text(SMALL.read_text(encoding="utf-8").replace("\t2024", "\t2023").replace("\n5", "\n9"), "utf-8")
    import_events("gdelt", [str(SMALL)], graph)
    import_events("gdelt", [str(SMALL), str(second)], graph)
    merged = (project / "graphs" / "caucasus.events.yaml").read_bytes()
    stored = load_events(project / "graphs" / "caucasus.events.yaml")
    assert [i["file"] for i in stored.imports] == ["gdelt-small.export.CSV", "second.CSV"]
    (project / "graphs" / "caucasus.events.yaml").unlink()
    import_events("gdelt", [str(second), str(SMALL)], graph)
    assert (project / "graphs" / "caucasus.events.yaml").read_bytes() == merged


def test_the_same_file_twice_in_one_run_counts_once(project: Path) -> None:
    graph = project / "graphs" / "caucasus.yaml"
    copy = project / "copy.CSV"
    shutil.copy(SMALL, copy)
    report = import_events("gdelt", [str(SMALL), str(copy)], graph)
    assert report.already == [str(copy)]
    stored = load_events(project / "graphs" / "caucasus.events.yaml")
    assert stored.tallies[("gdelt", "criticism", "FRA", "RUS", "2024-01")].events == 2


def test_too_many_bad_rows_write_nothing(project: Path) -> None:
    graph = project / "graphs" / "caucasus.yaml"
    import_events("gdelt", [str(SMALL)], graph)
    before = (project / "graphs" / "caucasus.events.yaml").read_bytes()
    with pytest.raises(InputError) as caught:
        import_events("gdelt", [str(BAD)], graph, max_errors=2)
    assert len(caught.value.problems) == 3
    assert (project / "graphs" / "caucasus.events.yaml").read_bytes() == before
    assert sorted(p.name for p in (project / "graphs").iterdir()) == ["caucasus.events.yaml", "caucasus.yaml"]


def test_bad_rows_within_the_limit_are_skipped(project: Path) -> None:
    report = import_events("gdelt", [str(BAD)], project / "graphs" / "caucasus.yaml", max_errors=3)
    assert len(report.warnings) == 3 and report.written
    assert load_events(report.events_file).imports[0]["bad_rows"] == 3


def test_a_different_period_is_refused_rather_than_mixed(project: Path) -> None:
    graph = project / "graphs" / "caucasus.yaml"
    import_events("gdelt", [str(SMALL)], graph)
    with pytest.raises(UsageError, match="counts events by month"):
        import_events("gdelt", [str(EVENTS / "plover-small.jsonl")], graph, period="week")


def test_a_missing_file_or_graph_is_an_error(project: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        import_events("gdelt", ["nowhere.CSV"], project / "graphs" / "caucasus.yaml")
    with pytest.raises(UsageError, match="no such graph file"):
        import_events("gdelt", [str(SMALL)], project / "graphs" / "missing.yaml")


def test_a_broken_events_file_is_reported_with_its_line(project: Path) -> None:
    events = project / "graphs" / "caucasus.events.yaml"
    events.write_text("graphx-events: 1\nperiod: month\nrelations:\n  - {dataset: gdelt}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"caucasus.events.yaml:4:5: bad relation"):
        load_events(events)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("graphx-events: 1\nperiod: month\nimports: [3]\n", "imports must be a list"),
        ("graphx-events: 1\nperiod: fortnight\n", "period must be one of day, week, month, year"),
        ("graphx: 1\ntitle: not events\n", "not a graphx events file"),
        ("graphx-events: 1\nperiod: month\nactors: {X: {name: x}}\n", "each actor needs a name and a kind"),
    ],
)
def test_a_hand_edited_events_file_is_checked(project: Path, text: str, message: str) -> None:
    events = project / "graphs" / "caucasus.events.yaml"
    events.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        import_events("gdelt", [str(SMALL)], project / "graphs" / "caucasus.yaml")
    assert events.read_text(encoding="utf-8") == text


def test_a_folder_or_special_file_is_refused(project: Path) -> None:
    import os

    fifo = project / "pipe.CSV"
    os.mkfifo(fifo)
    graph = project / "graphs" / "caucasus.yaml"
    with pytest.raises(InputError, match=r"pipe\.CSV:1:1: not a regular file"):
        import_events("gdelt", [str(fifo)], graph)
    with pytest.raises(InputError, match="is a folder, not an event file"):
        import_events("gdelt", [str(project / "graphs")], graph)


def test_hostile_text_survives_the_events_file(project: Path) -> None:
    import json

    text = 'He said "no" \\ again: #1 ☮ 🕊 - [x] {y} \u2028 end'
    record = {"id": "h-1", "actor": "FRA", "recipient": "RUS", "event": "ACCUSE", "date": "2024-04-02", "text": text}
    path = project / "hostile.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = import_events("plover", [str(path)], project / "graphs" / "caucasus.yaml")
    stored = load_events(report.events_file)
    (tally,) = stored.tallies.values()
    assert tally.kept_evidence()[0][2] == 'He said "no" \\ again: #1 ☮ 🕊 - [x] {y}   end'
