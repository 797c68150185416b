"""No command's output replaces the graph, a file it cites, its candidates or review files, or a device."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphx.cli import app

SOURCE = "seeds/expatica-putin-macron-karabakh.txt"
PROTECTED = [
    "graphs/caucasus.yaml",
    SOURCE,
    "graphs/caucasus.candidates.yaml",
    "graphs/caucasus.review.yaml",
]
COMMANDS = [
    ["extract", "seeds", "-o"],
    ["extract", "seeds", "-f", "yaml", "-o"],
    ["render", "-o"],
    ["export", "-f", "json", "-o"],
    ["brief", "-f", "html", "-o"],
]


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()
    }


@pytest.fixture
def reviewed(project: Path) -> Path:
    """The project after one extraction and one decision: candidates and review files exist."""
    runner = CliRunner()
    assert runner.invoke(app, ["extract", "seeds"]).exit_code == 0
    listing = runner.invoke(app, ["candidates", "-f", "json"])
    first = listing.stdout.split('"id": "')[1].split('"')[0]
    assert runner.invoke(app, ["accept", first]).exit_code == 0
    return project


@pytest.mark.parametrize("target", PROTECTED)
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:-1]))
def test_outputs_never_replace_the_graph_its_sources_or_its_review_files(
    reviewed: Path, command: list[str], target: str
) -> None:
    before = snapshot(reviewed)
    result = CliRunner().invoke(app, [*command, target])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"Error: refusing to write {target}: it is "), result.stderr
    assert snapshot(reviewed) == before


def test_outputs_never_replace_another_graph_file(project: Path) -> None:
    other = project / "graphs" / "old.yaml"
    other.write_text("graphx: 1\ntitle: Another graph\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["render", "-g", "graphs/caucasus.yaml", "-o", "graphs/old.yaml"])
    assert result.exit_code == 2 and "it is a graphx graph file" in result.stderr
    assert other.read_text(encoding="utf-8") == "graphx: 1\ntitle: Another graph\n"


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:-1]))
def test_outputs_never_replace_a_device(project: Path, command: list[str], device: str) -> None:
    result = CliRunner().invoke(app, [*command, device])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {device} is not a regular file (a device, FIFO or socket); outputs go to regular files\n"
    )
    assert Path(device).is_char_device()


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:-1]))
def test_an_empty_output_name_is_an_error(project: Path, command: list[str]) -> None:
    before = snapshot(project)
    result = CliRunner().invoke(app, [*command, ""])
    assert result.exit_code == 2 and result.stderr.startswith("Error: --output: empty file name")
    assert snapshot(project) == before


def test_an_output_into_a_missing_folder_says_so(project: Path) -> None:
    result = CliRunner().invoke(app, ["extract", "seeds", "-o", "no/such/folder/out.json"])
    assert result.exit_code == 2
    assert result.stderr == "Error: cannot write no/such/folder/out.json: the folder no/such/folder does not exist\n"
    assert not (project / "no").exists() and not (project / "graphs" / "caucasus.candidates.yaml").exists()


def test_a_killed_runs_temporary_file_is_gone_after_the_next_run(project: Path) -> None:
    stray = project / "graphs" / ".caucasus.candidates.yaml.999999999.0badf00d.tmp"
    stray.write_text("half a file", encoding="utf-8")
    assert CliRunner().invoke(app, ["stats"]).exit_code == 0
    assert not stray.exists()
