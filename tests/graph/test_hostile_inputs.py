"""Regression tests for the hostile-input review (issue 11): each is named after what it protects."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphx.cli import app
from graphx.errors import InputError
from graphx.graph.load import load_graph, parse_graph
from graphx.graph.yamlnodes import Document
from graphx.project.quotes import quote_warnings
from tests.paths import BAD_FILES, FIXTURES

HEADER = """graphx: 1
sources:
  s1: {title: S, url: "https://example.org"}
actors:
  ARM: {name: Armenia, aliases: [007, 0x1F, 1_000, +5, -0]}
  AZE: {name: Azerbaijan}
  RUS: {name: Russia}
relations:
  - {id: 0012, between: [ARM, AZE], type: conflict, start: 2022-10, end: 2022, evidence: [{source: s1, quote: q}]}
"""


@pytest.mark.parametrize("extra", ["", "description: &unrelated anchored\n"])
def test_numbers_are_kept_as_written_by_every_reader(extra: str) -> None:
    graph = parse_graph(HEADER + extra, "g.yaml")
    assert graph.actors["ARM"].aliases == ("007", "0x1F", "1_000", "+5", "-0")
    assert graph.relations[0].id == "0012"


def test_partial_dates_compare_as_the_ranges_they_stand_for() -> None:
    relation = parse_graph(HEADER, "g.yaml").relations[0]
    assert (relation.start, relation.end) == ("2022-10", "2022")


@pytest.mark.parametrize("exact", [False, True])
@pytest.mark.parametrize("char", ["\x7f", "\x01", "\x1b", "\x9b"])
def test_raw_control_characters_are_one_rule_on_every_reader(exact: bool, char: str) -> None:
    text = f"graphx: 1\ntitle: fine\ndescription: a{char}b\n"
    with pytest.raises(InputError) as error:
        Document(text, "g.yaml", exact=exact)
    assert [str(p) for p in error.value.problems] == [
        f"g.yaml:3:15: raw control character U+{ord(char):04X}; write it as an escape in quotes"
    ]


def test_escaped_control_characters_in_quotes_are_text() -> None:
    assert Document('graphx: 1\ntitle: "a\\x7fb"\n', "g.yaml").value["title"] == "a\x7fb"


@pytest.mark.parametrize("text", ["? {a: [b]}\n: 1\n", "? [a, b]\n: 1\n", "actors:\n  ? {a: 1}\n  : 2\n"])
def test_complex_keys_never_crash_a_reader(text: str) -> None:
    Document(text, "side.yaml")  # candidates, review and cues files are read the same way
    with pytest.raises(InputError, match="keys must be plain text"):
        parse_graph("graphx: 1\n" + text, "g.yaml")


def test_alias_expansion_is_bounded_by_expanded_size() -> None:
    text = 'graphx: 1\ntitle: &a "' + "x" * 1_000_000 + '"\ndescription: [' + ", ".join(["*a"] * 6000) + "]\n"
    with pytest.raises(InputError, match=r"g.yaml:3:14: YAML aliases expand too far"):
        parse_graph(text, "g.yaml")


def test_a_few_aliases_of_a_long_quote_are_fine() -> None:
    text = 'graphx: 1\ntitle: &a "' + "x" * 10_000 + '"\ndescription: *a\n'
    assert parse_graph(text, "g.yaml").description == "x" * 10_000


@pytest.fixture
def sourced(tmp_path: Path) -> Path:
    (tmp_path / "project" / "graphs").mkdir(parents=True)
    (tmp_path / "project" / "seeds").mkdir()
    (tmp_path / "project" / "seeds" / "a.txt").write_text("Russia criticised Armenia.", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("the password is swordfish", encoding="utf-8")
    os.mkfifo(tmp_path / "project" / "seeds" / "pipe.txt")
    graph = tmp_path / "project" / "graphs" / "g.yaml"
    files = {"inside": "../seeds/a.txt", "zero": "/dev/zero", "pipe": "../seeds/pipe.txt", "out": "../../secret.txt"}
    sources = "".join(f"  {k}: {{title: T, file: {v}}}\n" for k, v in files.items())
    evidence = ", ".join(f"{{source: {k}, quote: swordfish}}" for k in files)
    graph.write_text(
        f"graphx: 1\nsources:\n{sources}actors:\n  ARM: {{name: Armenia}}\n  RUS: {{name: Russia}}\n"
        f"relations:\n  - {{from: RUS, to: ARM, type: criticism, evidence: [{evidence}]}}\n",
        encoding="utf-8",
    )
    return graph


def unreadable(graph: Path, allow_outside: bool) -> dict[str, str]:
    warnings = quote_warnings(load_graph(graph), graph.read_text(encoding="utf-8"), allow_outside=allow_outside)
    return {w.message.split("'")[1]: w.message for w in warnings if "cannot check" in w.message}


def test_sources_are_read_only_as_regular_files_inside_the_project(sourced: Path) -> None:
    inside = unreadable(sourced, allow_outside=False)
    assert set(inside) == {"zero", "pipe", "out"}
    assert "not a regular file" in inside["pipe"]
    assert "leads outside the project folder" in inside["zero"] and "leads outside" in inside["out"]
    anywhere = unreadable(sourced, allow_outside=True)
    assert set(anywhere) == {"zero", "pipe"}  # the secret is read only when asked for
    assert "not a regular file" in anywhere["zero"]


def test_allow_outside_reads_sources_elsewhere(sourced: Path) -> None:
    result = CliRunner().invoke(app, ["validate", str(sourced), "--allow-outside"])
    assert result.exit_code == 0
    assert "source 'out'" not in result.stderr  # read, and the quote found in it


@pytest.mark.parametrize(("name", "line", "column", "message"), BAD_FILES)
def test_every_bad_file_is_one_located_error_line_from_validate(
    name: str, line: int, column: int, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no graphs/ here: validate FILE must not talk about the example graph
    path = FIXTURES / "bad" / name
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == f"Error: {path}:{line}:{column}: {message}"
    assert all(line.startswith("Error: ") for line in lines)


def test_validate_and_diff_of_files_say_nothing_about_other_graphs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_path: Path
) -> None:
    (tmp_path / "graphs").mkdir()
    (tmp_path / "graphs" / "other.yaml").write_bytes(small_path.read_bytes())
    (tmp_path / "graphs" / "other.review.yaml").write_text("graphx-review: 1\ndecisions: {c-0000000000: accepted}\n")
    monkeypatch.chdir(tmp_path)
    for args in (["validate", str(small_path)], ["diff", str(small_path), str(small_path)]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        assert "Note:" not in result.stderr and "Warning:" not in result.stderr
    elsewhere = tmp_path / "empty"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = CliRunner().invoke(app, ["validate", str(small_path)])
    assert "example graph" not in result.stderr


@pytest.mark.parametrize("text", ["\traphx: 1\n", "graphx: 1\n\ttitle: t\n", "graphx: 1\nactors:\n\t- x\n"])
def test_a_tab_indent_is_the_same_error_on_every_reader(text: str) -> None:
    """yaml-rs accepts some tabs that YAML forbids; the fast path leaves tabbed files to the exact reader."""
    outcomes = []
    for exact in (False, True):
        with pytest.raises(InputError) as caught:
            Document(text, "g.yaml", exact=exact)
        outcomes.append(str(caught.value))
    assert outcomes[0] == outcomes[1] and "tab" in outcomes[0]
