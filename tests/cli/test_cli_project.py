"""graphx init and graphx where, and commands finding the project from any folder, through the CLI."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphx.cli import app
from tests.paths import ROOT


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_init_creates_a_project_that_validates(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "pak-afg"
    code, out, err = run(runner, "init", str(folder), "--title", "Pakistan and Afghanistan, October 2025")
    assert code == 0 and out == ""
    assert f"created {folder / 'graphs' / 'pak-afg.yaml'}" in err and "Next: put articles into" in err
    assert sorted(p.name for p in folder.iterdir()) == ["README.md", "graphs", "seeds"]
    code, _, err = run(runner, "validate", str(folder), "--strict")
    assert code == 0 and err == f"{folder / 'graphs' / 'pak-afg.yaml'}: valid: 2 actors, 1 relation\n"


def test_init_refuses_to_overwrite_and_changes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    assert run(runner, "init", str(tmp_path), "--name", "pak")[0] == 0
    graph = tmp_path / "graphs" / "pak.yaml"
    graph.write_text(graph.read_text() + "# my edits\n")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    code, out, err = run(runner, "init", str(tmp_path), "--name", "pak")
    assert (code, out) == (2, "") and err.startswith(f"Error: {tmp_path} already holds {graph}")
    assert "nothing was created" in err and "Traceback" not in err
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_init_in_the_current_folder_names_the_graph_after_it(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "Sahel 2025").mkdir()
    monkeypatch.chdir(tmp_path / "Sahel 2025")
    code, _, err = run(runner, "init")
    assert code == 0 and "created graphs/sahel-2025.yaml" in err


def test_commands_work_from_any_subfolder_of_a_project(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(runner, "init", str(tmp_path), "--name", "pak")
    (tmp_path / "seeds" / "october").mkdir()
    for folder in ("seeds/october", "graphs", "."):
        monkeypatch.chdir(tmp_path / folder)
        code, out, err = run(runner, "actors", "-f", "csv")
        assert code == 0 and err == "" and out.splitlines()[1].startswith("AAA,Actor A,state")
    monkeypatch.chdir(tmp_path / "seeds" / "october")
    code, _, err = run(runner, "validate")
    assert code == 0 and err == "../../graphs/pak.yaml: valid: 2 actors, 1 relation\n"


def test_where_says_which_files_commands_use_and_why(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(runner, "init", str(tmp_path), "--name", "pak")
    monkeypatch.chdir(tmp_path / "seeds")
    code, out, err = run(runner, "where")
    assert code == 0 and err == ""
    rows = [line.split() for line in out.splitlines()[2:]]
    assert [row[:3] for row in rows] == [
        ["graph", "../graphs/pak.yaml", "yes"],
        ["candidates", "../graphs/pak.candidates.yaml", "no"],
        ["review", "../graphs/pak.review.yaml", "no"],
        ["events", "../graphs/pak.events.yaml", "no"],
    ]
    assert "the nearest graph folder from the current folder (../graphs/)" in out
    code, out, _ = run(runner, "where", "-f", "json")
    data = json.loads(out)
    assert (data["rule"], data["graph"], data["exists"]["graph"]) == ("found", "../graphs/pak.yaml", True)


def test_where_names_the_rule_for_graphx_graph_a_given_graph_and_the_example(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(runner, "init", str(tmp_path / "pak"), "--name", "pak")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(runner, "where", "-f", "json")
    assert code == 0 and json.loads(out)["rule"] == "example" and "shipped with graphx" in json.loads(out)["why"]
    code, out, _ = run(runner, "where", "-g", "pak", "-f", "json")
    assert json.loads(out)["rule"] == "given" and json.loads(out)["why"] == "named with --graph"
    monkeypatch.setenv("GRAPHX_GRAPH", str(tmp_path / "pak" / "graphs"))
    code, out, _ = run(runner, "where", "-f", "json")
    assert json.loads(out)["graph"] == str(tmp_path / "pak" / "graphs" / "pak.yaml")
    assert "GRAPHX_GRAPH" in json.loads(out)["why"]
    code, _, err = run(runner, "actors")
    assert code == 0 and err == ""


def test_a_folder_with_several_graphs_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "graphs").mkdir()
    for name in ("a", "b"):
        (tmp_path / "graphs" / f"{name}.yaml").write_text((ROOT / "graphs" / "caucasus.yaml").read_text())
    code, out, err = run(runner, "stats", "-g", str(tmp_path))
    assert (code, out) == (2, "") and "holds several graphs (a.yaml, b.yaml)" in err


def _walked_project(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An initialised project with the seed article, entered at its seeds/ folder."""
    assert run(runner, "init", str(tmp_path), "--name", "walk")[0] == 0
    (tmp_path / "seeds" / "article.txt").write_bytes(
        (ROOT / "seeds" / "expatica-putin-macron-karabakh.txt").read_bytes()
    )
    monkeypatch.chdir(tmp_path / "seeds")
    return tmp_path


def test_default_outputs_go_to_the_project_out_folder_never_among_the_articles(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = _walked_project(runner, tmp_path, monkeypatch)
    assert run(runner, "render")[0] == 0
    assert run(runner, "brief")[0] == 0
    assert sorted(p.name for p in (project / "seeds").iterdir()) == ["article.txt"]
    assert sorted(p.name for p in (project / "out").iterdir()) == ["brief.md", "brief.png", "brief.svg", "walk.html"]


def test_an_output_named_like_a_graph_in_the_graphs_folder_is_refused(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = _walked_project(runner, tmp_path, monkeypatch)
    code, _, err = run(runner, "extract", ".", "-o", "../graphs/other.yaml")
    assert code == 2 and "would be taken for a graph" in err
    assert not (project / "graphs" / "other.yaml").exists()
    assert run(runner, "where")[0] == 0


def test_validate_checks_the_events_file_and_where_lists_it(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = _walked_project(runner, tmp_path, monkeypatch)
    events = project / "graphs" / "walk.events.yaml"
    events.write_text("graphx-events: 1\nperiod: month\nimports: [\n", encoding="utf-8")
    code, _, err = run(runner, "validate")
    assert code == 2 and "walk.events.yaml:" in err and "Traceback" not in err
    code, out, _ = run(runner, "where", "--format", "json")
    assert code == 0 and json.loads(out)["events"].endswith("walk.events.yaml")
