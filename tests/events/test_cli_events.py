"""`graphx import` and --events / --min-events in queries, render, brief, export and diff."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import Result
from typer.testing import CliRunner

from graphx.cli import app
from tests.paths import EVENTS

SMALL = str(EVENTS / "gdelt-small.export.CSV")


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def test_import_reports_counts_and_writes_the_events_file(project: Path) -> None:
    result = run("import", "gdelt", SMALL)
    assert result.exit_code == 0, result.stderr
    assert "14 rows, 9 events counted, 5 skipped" in result.stderr
    assert "skipped 1: CAMEO root 04: no relation type" in result.stderr
    assert "wrote graphs/caucasus.events.yaml: 7 imported relations" in result.stderr
    assert result.stdout == ""


def test_a_bad_row_is_an_error_with_file_and_line_by_default(project: Path) -> None:
    result = run("import", "gdelt", str(EVENTS / "gdelt-bad.tsv"))
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("gdelt-bad.tsv:2:1: expected 61 tab-separated columns, found 40")
    assert not (project / "graphs" / "caucasus.events.yaml").exists()


def test_max_errors_skips_bad_rows_with_warnings(project: Path) -> None:
    result = run("import", "gdelt", str(EVENTS / "gdelt-bad.tsv"), "--max-errors", "3")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("Warning: ") == 3


def test_import_refuses_the_shipped_example(tmp_path: Path, monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.chdir(tmp_path)
    result = run("import", "gdelt", SMALL)
    assert result.exit_code == 2
    assert "shipped example is read-only" in result.stderr


def test_an_unknown_format_is_a_usage_error(project: Path) -> None:
    result = run("import", "cameo", SMALL)
    assert result.exit_code == 2
    assert "cameo" in result.stderr


def test_queries_use_imported_relations_only_with_events(project: Path) -> None:
    assert run("import", "gdelt", SMALL).exit_code == 0
    plain = run("relations", "--format", "json")
    with_events = run("relations", "--format", "json", "--events")
    assert with_events.exit_code == 0, with_events.stderr
    imported = [r for r in json.loads(with_events.stdout) if r["origin"] == "imported"]
    assert (
        len(json.loads(with_events.stdout))
        == len(json.loads(plain.stdout)) + 7
        == len(json.loads(plain.stdout)) + len(imported)
    )
    criticism = next(r for r in imported if r.get("from") == "FRA" and r.get("to") == "RUS")
    assert criticism["events"]["events"] == 2 and criticism["events"]["mentions"] == 8
    assert criticism["evidence"][0]["source"] == "imported-gdelt"


def test_min_events_filters_imported_relations(project: Path) -> None:
    assert run("import", "gdelt", SMALL).exit_code == 0
    result = run("relations", "--format", "json", "--events", "--min-events", "2")
    imported = [r for r in json.loads(result.stdout) if r["origin"] == "imported"]
    assert sorted(r["type"] for r in imported) == ["conflict", "criticism"]


def test_path_crosses_an_imported_relation(project: Path) -> None:
    assert run("import", "gdelt", SMALL).exit_code == 0
    assert run("path", "ROU", "RUS").exit_code == 2
    result = run("path", "ROU", "RUS", "--events", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert "gdelt event 511" in result.stdout


def test_events_without_an_import_is_a_clear_error(project: Path) -> None:
    result = run("stats", "--events")
    assert result.exit_code == 2
    assert "run `graphx import` first" in result.stderr


def test_render_draws_imported_relations_thinner_with_a_legend_line(project: Path) -> None:
    assert run("import", "gdelt", SMALL).exit_code == 0
    result = run("render", "--events", "-o", "out/map.html")
    assert result.exit_code == 0, result.stderr
    page = (project / "out" / "map.html").read_text(encoding="utf-8")
    assert '"imported":7' in page.replace(" ", "")
    assert '"width":0.75' in page.replace(" ", "") and '"width":0.5' in page.replace(" ", "")
    assert "imported event counts" in page


def test_brief_export_and_diff_take_events(project: Path) -> None:
    assert run("import", "gdelt", SMALL).exit_code == 0
    brief = run("brief", "--events", "-o", "out/brief.md")
    assert brief.exit_code == 0, brief.stderr
    assert "GDELT 2.0 event export (imported)" in (project / "out" / "brief.md").read_text(encoding="utf-8")
    exported = run("export", "--format", "json", "--events", "-o", "out/graph.json")
    assert exported.exit_code == 0, exported.stderr
    assert "imported-gdelt" in (project / "out" / "graph.json").read_text(encoding="utf-8")
    diff = run("diff", "--at", "2023-12", "--at", "2024-02", "--events", "--format", "json")
    assert diff.exit_code == 0, diff.stderr
    assert "imported" in diff.stdout


def test_min_events_without_events_is_a_usage_error(project: Path) -> None:
    result = run("relations", "--min-events", "3")
    assert result.exit_code == 2
    assert "--min-events needs --events" in result.stderr
