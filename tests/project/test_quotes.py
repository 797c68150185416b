from pathlib import Path

from typer.testing import CliRunner

from graphx.cli import app
from graphx.graph.load import load_graph
from graphx.project.quotes import normalise, quote_warnings
from tests.paths import FIXTURES, SHIPPED

GRAPH = FIXTURES / "quotes" / "graph.yaml"


def test_normalise_ignores_quote_style_and_spacing() -> None:
    assert normalise("  “useful”\u00a0and\n ‘fine’ ") == "\"useful\" and 'fine'"


def test_quotes_missing_from_their_source_are_located() -> None:
    warnings = quote_warnings(load_graph(GRAPH), GRAPH.read_text(encoding="utf-8"))
    assert [(w.line, w.column, w.message) for w in warnings] == [
        (4, 37, "cannot check quotes of source 'gone': no such document"),
        (17, 31, "quote not found in the file of source 'wire'"),
    ]


def test_the_shipped_graph_quotes_its_article_word_for_word() -> None:
    assert quote_warnings(load_graph(SHIPPED), SHIPPED.read_text(encoding="utf-8")) == []


def test_validate_warns_and_strict_fails(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["validate", str(GRAPH)])
    assert result.exit_code == 0
    assert result.stderr.count("Warning: ") == 2 and "2 warnings" in result.stderr
    strict = runner.invoke(app, ["validate", str(GRAPH), "--strict"])
    assert strict.exit_code == 2 and strict.stderr.startswith(f"Error: {GRAPH}:4:37: ")
    quiet = runner.invoke(app, ["validate", str(GRAPH), "--no-quotes", "--strict"])
    assert quiet.exit_code == 0 and "Warning" not in quiet.stderr
