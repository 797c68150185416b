"""graphx diff: two files, or one graph at two dates; table, JSON, CSV and Markdown."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from typer.testing import CliRunner

from graphx.cli import app
from graphx.graph.load import load_graph
from graphx.report.diff import compare, snapshot
from tests.paths import FIXTURES

EXPORT_FIXTURES = FIXTURES / "export"
V1, V2 = str(EXPORT_FIXTURES / "v1.yaml"), str(EXPORT_FIXTURES / "v2.yaml")


def test_compare_finds_added_removed_and_changed() -> None:
    diff = compare(load_graph(V1), load_graph(V2))
    assert [a.id for a in diff.actors_added] == ["NEW"]
    assert [a.id for a in diff.actors_removed] == ["OLD"]
    assert [(c.new.id, c.fields) for c in diff.actors_changed] == [("BBB", ("aliases",))]
    assert [(r.from_actor, r.to_actor) for r in diff.relations_added] == [("NEW", "CCC")]
    assert [r.between for r in diff.relations_removed] == [("AAA", "OLD")]
    changed = {(c.new.type, c.new.from_actor, c.new.to_actor): c.fields for c in diff.relations_changed}
    assert changed == {
        ("criticism", "AAA", "BBB"): ("evidence",),
        ("criticism", "BBB", "AAA"): ("date",),  # a new date, so a new id: paired by type and actors
        ("mediation", "CCC", None): ("end",),
    }
    assert not diff.empty


def test_a_graph_compared_with_itself_is_unchanged() -> None:
    diff = compare(load_graph(V2), load_graph(V2))
    assert diff.empty


def test_snapshot_keeps_relations_begun_and_hides_later_ends() -> None:
    graph = load_graph(V2)
    early = snapshot(graph, dt.date(2024, 1, 6))
    assert {(r.type, r.from_actor) for r in early.relations} == {("criticism", "AAA"), ("mediation", "CCC")}
    (mediation,) = [r for r in early.relations if r.type == "mediation"]
    assert mediation.end is None  # it ends in 2024-01, not known on 6 January
    assert set(early.actors) == {"AAA", "BBB", "CCC"}
    diff = compare(early, snapshot(graph, dt.date(2024, 1, 31)))
    assert [a.id for a in diff.actors_added] == ["NEW"]
    assert len(diff.relations_added) == 2 and not diff.relations_removed
    assert [c.fields for c in diff.relations_changed] == [("end",)]


def test_cli_table(runner: CliRunner) -> None:
    result = runner.invoke(app, ["diff", V1, V2])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["change", "what", "id", "type", "actors", "date", "detail"]
    assert any(line.startswith("added    actor     NEW") for line in lines)
    assert any("date: 2024-01-06 → 2024-01-07" in line for line in lines)


def test_cli_json_and_csv(runner: CliRunner) -> None:
    result = runner.invoke(app, ["diff", V1, V2, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["counts"] == {
        "actors": {"added": 1, "removed": 1, "changed": 1},
        "relations": {"added": 1, "removed": 1, "changed": 3},
    }
    (evidence_change,) = [c for c in data["relations"]["changed"] if c["fields"] == ["evidence"]]
    assert evidence_change["evidence"]["added"] == [{"source": "s2", "quote": "Alphaland repeated its condemnation."}]
    assert data["relations"]["removed"][0]["between"] == ["AAA", "OLD"]
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["diff", V1, V2, "-f", "csv"]).stdout)))
    assert len(rows) == 3 + 5


def test_cli_markdown(runner: CliRunner) -> None:
    result = runner.invoke(app, ["diff", V1, V2, "--format", "md"])
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert (
        "**1 actor added, 1 actor removed, 1 actor changed, 1 relation added, 1 relation removed, "
        "3 relations changed**" in text
    )
    for heading in ("## Actors added (1)", "## Relations removed (1)", "## Relations changed (3)"):
        assert heading in text
    assert "  - added: “Alphaland repeated its condemnation.” (s2)" in text
    assert "- Conflict: **Alphaland ↔ Oldland** · 2023" in text


def test_cli_at_two_dates(runner: CliRunner) -> None:
    result = runner.invoke(app, ["diff", "--at", "2024-01-06", "--at", "2024-01", V2, "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["old"] == "v2.yaml as of 2024-01-06" and data["new"] == "v2.yaml as of 2024-01-31"
    assert data["counts"]["relations"] == {"added": 2, "removed": 0, "changed": 1}
    same = runner.invoke(app, ["diff", "--at", "2024-02", "--at", "2024-03", "-g", V2, "-f", "md"])
    assert same.exit_code == 0 and "No changes." in same.stdout


def test_cli_usage_errors(runner: CliRunner) -> None:
    for args in (
        ["diff"],
        ["diff", V1],
        ["diff", "--at", "2024-01", V1],
        ["diff", "--at", "2024", "--at", "2025", V1, V2],
        ["diff", "--at", "2024-13", "--at", "2025", V1],
        ["diff", V1, str(EXPORT_FIXTURES / "missing.yaml")],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr.startswith("Error: ")
        assert "Traceback" not in result.output
