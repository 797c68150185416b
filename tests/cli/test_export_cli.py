"""graphx export on the command line: stdout, files, the csv folder, filters and errors."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from graphx.cli import app
from tests.paths import FIXTURES, SHIPPED

TRICKY = FIXTURES / "export" / "tricky.yaml"


@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf", "dot", "mermaid", "cypher"])
def test_single_file_formats_print_to_stdout_and_write_files(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    printed = runner.invoke(app, ["export", "--format", fmt, "--graph", str(TRICKY)])
    assert printed.exit_code == 0, printed.output
    assert printed.stdout
    target = tmp_path / "sub" / f"graph.{fmt}"
    written = runner.invoke(app, ["export", "-f", fmt, "-g", str(TRICKY), "-o", str(target)])
    assert written.exit_code == 0, written.output
    assert written.stdout == "" and f"wrote {target}" in written.stderr
    assert target.read_text(encoding="utf-8") == printed.stdout


def test_csv_writes_two_files_into_a_folder(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "-f", "csv", "-o", str(tmp_path / "gephi")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "gephi").iterdir()) == ["edges.csv", "nodes.csv"]
    with (tmp_path / "gephi" / "edges.csv").open(encoding="utf-8", newline="") as stream:
        assert len(list(csv.DictReader(stream))) == 18


def test_csv_needs_a_folder(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "-f", "csv"])
    assert result.exit_code == 2
    assert "name a folder for them with -o" in result.stderr
    file = tmp_path / "taken"
    file.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["export", "-f", "csv", "-o", str(file)])
    assert result.exit_code == 2 and "is a file" in result.stderr
    assert file.read_text(encoding="utf-8") == "x"


def test_filters_select_relations(runner: CliRunner) -> None:
    result = runner.invoke(app, ["export", "-f", "json", "--type", "criticism", "--since", "2022-10-13"])
    assert result.exit_code == 0, result.output
    graph = nx.node_link_graph(json.loads(result.stdout), edges="edges")
    assert graph.number_of_nodes() == 9  # every actor stays
    assert [(u, v) for u, v in graph.edges()] == [("RUS", "FRA")]


def test_mermaid_note_goes_to_stderr_on_big_graphs(runner: CliRunner, tmp_path: Path) -> None:
    from graphx.graph.synthetic import synthetic_yaml

    path = tmp_path / "big.yaml"
    path.write_text(synthetic_yaml(500, 2000, seed=0), encoding="utf-8")
    result = runner.invoke(app, ["export", "-f", "mermaid", "-g", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("note: Mermaid draws at most 500 edges")
    assert "most connected of 500 actors" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "pdf"], "pdf"),
        (["-f", "json", "--type", "sanction"], "unknown relation type 'sanction'"),
        (["-f", "json", "--since", "yesterday"], "--since: bad date"),
        (["-f", "json", "-g", "missing.yaml"], "missing.yaml"),
    ],
)
def test_usage_errors(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["export", *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_export_requires_a_format(runner: CliRunner) -> None:
    result = runner.invoke(app, ["export"])
    assert result.exit_code == 2


# --- Where the files go: bad targets, and a failed write that changes nothing -------------------


def _tree(root: Path) -> dict[str, bytes | None]:
    return {str(p.relative_to(root)): p.read_bytes() if p.is_file() else None for p in sorted(root.rglob("*"))}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "-f", "json", "-o", "folder"], "folder is a folder"),
        (["export", "-f", "dot", "-o", "file/graph.dot"], "cannot write file/graph.dot: file is not a folder"),
        (["export", "-f", "csv", "-o", "file/gephi"], "file is not a folder"),
        (["export", "-f", "csv", "-o", "file"], "file is a file"),
        (["brief", "-o", "folder"], "folder is a folder"),
        (["brief", "-o", "file/deeper/brief.md"], "file is not a folder"),
        (["brief", "-f", "html", "-o", "folder"], "folder is a folder"),
        (["brief", "-o", "brief.svg"], "name the briefing .md"),
    ],
)
def test_bad_targets_are_usage_errors_that_change_nothing(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "old.txt").write_text("old", encoding="utf-8")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    before = _tree(tmp_path)
    result = runner.invoke(app, [*args, "-g", str(SHIPPED)])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert message in result.stderr and "Traceback" not in result.output
    assert _tree(tmp_path) == before


def test_a_failed_write_leaves_no_half_set(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import graphx.storage.files

    made = graphx.storage.files.temporary_beside

    def full_disk_on_png(path: Path, data: bytes) -> Path:
        if path.suffix == ".png":
            raise OSError(28, "No space left on device")
        return made(path, data)

    monkeypatch.setattr(graphx.storage.files, "temporary_beside", full_disk_on_png)
    (tmp_path / "brief.md").write_text("the old briefing", encoding="utf-8")
    result = runner.invoke(app, ["brief", "-o", str(tmp_path / "brief.md"), "-g", str(SHIPPED)])
    assert result.exit_code == 2
    assert result.stderr == f"Error: cannot write {tmp_path / 'brief.png'}: No space left on device\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md"]  # no svg, no temporary file
    assert (tmp_path / "brief.md").read_text(encoding="utf-8") == "the old briefing"
    result = runner.invoke(app, ["brief", "-o", str(tmp_path / "new" / "deeper" / "brief.md"), "-g", str(SHIPPED)])
    assert result.exit_code == 2 and not (tmp_path / "new").exists()  # folders it made are removed again


def test_one_missing_folder_is_created_not_a_chain(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "-f", "csv", "-o", str(tmp_path / "a"), "-g", str(SHIPPED)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["edges.csv", "nodes.csv"]
    result = runner.invoke(app, ["export", "-f", "csv", "-o", str(tmp_path / "b" / "c"), "-g", str(SHIPPED)])
    assert result.exit_code == 2 and "the folder " in result.stderr and "does not exist" in result.stderr
    assert not (tmp_path / "b").exists()


FORMULAS = FIXTURES / "export" / "formulas.yaml"


def _csv_rows(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_export_neutralises_formula_cells_by_default(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "-f", "csv", "-o", str(tmp_path), "--graph", str(FORMULAS)])
    assert result.exit_code == 0, result.output
    nodes = {row["Id"]: row for row in _csv_rows(tmp_path, "nodes.csv")}
    assert nodes["AAA"]["Label"] == "'=1+2" and nodes["AAA"]["aliases"] == "'+cmd|' /C calc'!A0"
    assert nodes["BBB"]["Label"] == "'-2+3" and nodes["BBB"]["note"] == "'@SUM(1,1)"
    (edge,) = _csv_rows(tmp_path, "edges.csv")
    assert edge["quote"].startswith("'=IMPORTXML(") and edge["citations"].startswith("'=HYPERLINK(")
    assert edge["date"] == "2024-01-02" and edge["mutual"] == "false"


def test_csv_export_raw_cells_keeps_them_verbatim(runner: CliRunner, tmp_path: Path) -> None:
    args = ["export", "-f", "csv", "-o", str(tmp_path), "--raw-cells", "--graph", str(FORMULAS)]
    assert runner.invoke(app, args).exit_code == 0
    nodes = {row["Id"]: row for row in _csv_rows(tmp_path, "nodes.csv")}
    assert nodes["AAA"]["Label"] == "=1+2" and nodes["BBB"]["note"] == "@SUM(1,1)"
    (edge,) = _csv_rows(tmp_path, "edges.csv")
    assert edge["quote"].startswith("=IMPORTXML(")


def test_other_formats_are_not_touched_by_csv_neutralising(runner: CliRunner) -> None:
    result = runner.invoke(app, ["export", "-f", "json", "--graph", str(FORMULAS)])
    labels = {node["id"]: node["name"] for node in json.loads(result.stdout)["nodes"]}
    assert labels == {"AAA": "=1+2", "BBB": "-2+3"}


def test_csv_listings_neutralise_formula_cells(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actors", "-f", "csv", "--graph", str(FORMULAS)])
    assert result.exit_code == 0, result.output
    rows = {row["id"]: row for row in csv.DictReader(result.stdout.splitlines())}
    assert rows["AAA"]["name"] == "'=1+2" and rows["BBB"]["name"] == "'-2+3"


def test_markdown_listings_escape_html(runner: CliRunner) -> None:
    result = runner.invoke(app, ["relations", "-f", "md", "--graph", str(TRICKY)])
    assert result.exit_code == 0, result.output
    assert "<" not in result.stdout.replace("\\<", "") and "&" not in result.stdout.replace("\\&", "")


def test_diff_csv_takes_raw_cells(runner: CliRunner, tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    old.write_text(FORMULAS.read_text(encoding="utf-8").replace("title: Formulas", "title: Old"), encoding="utf-8")
    new = tmp_path / "new.yaml"
    new.write_text(FORMULAS.read_text(encoding="utf-8").replace('"=1+2"', '"=9+9"'), encoding="utf-8")
    safe = runner.invoke(app, ["diff", str(old), str(new), "-f", "csv"])
    raw = runner.invoke(app, ["diff", str(old), str(new), "-f", "csv", "--raw-cells"])
    assert safe.exit_code == raw.exit_code == 0, safe.output
    assert "'=9+9" in safe.stdout and "'=9+9" not in raw.stdout and "=9+9" in raw.stdout


def test_format_lists_agree_with_their_twins() -> None:
    from graphx.cli.export import BriefFormat, ExportFormat
    from graphx.cli.options import ListFormat
    from graphx.cli.render import DEFAULT_LIMIT
    from graphx.export import FORMATS
    from graphx.query import listing
    from graphx.render import DEFAULT_LIMIT as RENDER_LIMIT
    from graphx.report import brief

    assert [f.value for f in ExportFormat] == list(FORMATS)
    assert [f.value for f in ListFormat] == list(listing.FORMATS)
    assert [f.value for f in BriefFormat] == list(brief.FORMATS)
    assert DEFAULT_LIMIT == RENDER_LIMIT


INVISIBLE = FIXTURES / "export" / "invisible.yaml"


@pytest.mark.parametrize("command", [["actors"], ["relations"], ["path", "AAA", "BBB"]])
def test_terminal_tables_show_bidi_and_zero_width_characters_as_escapes(runner: CliRunner, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--graph", str(INVISIBLE)])
    assert result.exit_code == 0, result.output
    assert not set(result.stdout) & set("\u200b\u200d\u202c\u202e\u2066\u2069")
    if command == ["actors"]:
        assert "Rus\\u200bsia\\u2066 \\u2069" in result.stdout and "abc\\u202eFED\\u202c" in result.stdout
    else:
        assert "He said \\u202eno\\u202c and \\u200dleft." in result.stdout


def test_json_listing_escapes_them_and_reads_back_exactly(runner: CliRunner) -> None:
    result = runner.invoke(app, ["actors", "-f", "json", "--graph", str(INVISIBLE)])
    assert "\u202e" not in result.stdout and "\\u202e" in result.stdout
    assert {a["name"] for a in json.loads(result.stdout)} == {"Rus\u200bsia\u2066 \u2069", "abc\u202eFED\u202c"}
