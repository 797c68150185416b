import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphx.cli import app
from tests.paths import BAD_FILES, FIXTURES, GOLDEN, ROOT, SHIPPED

UPDATE_GOLDEN = bool(os.environ.get("GRAPHX_UPDATE_GOLDEN"))


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("name", "line", "column", "words"), BAD_FILES)
def test_validate_reports_each_bad_file_with_exit_2(
    runner: CliRunner, name: str, line: int | None, column: int | None, words: str
) -> None:
    path = str(FIXTURES / "bad" / name)
    code, out, err = run(runner, "validate", path)
    assert code == 2 and out == ""
    first = err.splitlines()[0]
    assert re.match(rf"^Error: {re.escape(path)}:\d+:\d+: ", first)
    if line is not None:
        assert first.startswith(f"Error: {path}:{line}:{column}: ")
    assert words in err and "Traceback" not in err


def test_validate_a_missing_file_and_a_folder(runner: CliRunner, tmp_path: Path) -> None:
    code, _, err = run(runner, "validate", str(tmp_path / "nope.yaml"))
    assert code == 2 and err == f"Error: {tmp_path / 'nope.yaml'}:1:1: no such graph file\n"
    code, _, err = run(runner, "validate", str(tmp_path))
    assert code == 2 and "no graph file" in err


def test_validate_a_good_graph(runner: CliRunner, small_path: Path) -> None:
    code, out, err = run(runner, "validate", str(small_path))
    assert (code, out) == (0, "") and "valid: 5 actors, 5 relations" in err


def test_every_query_command_rejects_a_broken_graph(runner: CliRunner) -> None:
    bad = str(FIXTURES / "bad" / "unknown_actor.yaml")
    for command in (["actors"], ["relations"], ["stats"], ["neighbors", "RUS"], ["path", "RUS", "FRA"]):
        code, out, err = run(runner, *command, "--graph", bad)
        assert (code, out) == (2, "") and err.startswith(f"Error: {bad}:10:9: unknown actor"), command


def test_schema_is_json(runner: CliRunner) -> None:
    code, out, _ = run(runner, "schema")
    assert code == 0 and json.loads(out)["title"].startswith("graphx graph file")


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "md"])
@pytest.mark.parametrize(
    "command", [["actors"], ["relations"], ["stats"], ["neighbors", "RUS"], ["path", "FRA", "AZE"]]
)
def test_every_listing_command_speaks_every_format(runner: CliRunner, command: list[str], fmt: str) -> None:
    code, out, err = run(runner, *command, "--graph", str(SHIPPED), "--format", fmt)
    assert code == 0 and err == "" and out.endswith("\n")
    if fmt == "json":
        json.loads(out)
    elif fmt == "md":
        assert out.splitlines()[1].startswith("|---")


def test_relations_filters(runner: CliRunner) -> None:
    graph = str(SHIPPED)
    _, out, _ = run(runner, "relations", "-g", graph, "--type", "criticism", "--from", "Moscow", "-f", "json")
    assert sorted(r["to"] for r in json.loads(out)) == ["EU", "FRA", "USA"]
    _, out, _ = run(runner, "relations", "-g", graph, "--to", "AZE", "-f", "json")
    assert {(r["type"], r.get("from")) for r in json.loads(out)} == {
        ("mediation", "RUS"),
        ("mediation", "USA"),
        ("mediation", "EU"),
        ("conflict", None),
    }
    _, out, _ = run(runner, "relations", "-g", graph, "--actor", "UKR", "-f", "json")
    assert [r["between"] for r in json.loads(out)] == [["RUS", "UKR"]]
    _, out, _ = run(runner, "relations", "-g", graph, "--since", "2022-10", "--until", "2022-10-12", "-f", "json")
    # relations dated in the window, plus open-ended ones (a war since 2022-02 is still on)
    assert {r.get("date") or r["start"] for r in json.loads(out)} == {"2022-10", "2022-10-12", "1991", "2022-02"}


def test_bad_filter_values_exit_2(runner: CliRunner) -> None:
    graph = str(SHIPPED)
    code, _, err = run(runner, "relations", "-g", graph, "--since", "last week")
    assert code == 2 and err.startswith("Error: --since: bad date")
    code, _, err = run(runner, "relations", "-g", graph, "--type", "praise")
    assert code == 2 and "unknown relation type 'praise'" in err
    code, _, err = run(runner, "neighbors", "Xanadu", "-g", graph)
    assert code == 2 and err == "Error: unknown actor 'Xanadu'\n"
    code, _, err = run(runner, "path", "RUS", "Armenai", "-g", graph)
    assert code == 2 and "did you mean ARM (Armenia)?" in err


def test_path_exit_codes(runner: CliRunner) -> None:
    graph = str(SHIPPED)
    code, out, err = run(runner, "path", "ARM", "RUS", "-g", graph)
    # the library says only that a path exists against the relations' direction (NoPathError.undirected_path);
    # the CLI's error mapping (cli/app.py) turns that into the --undirected hint
    assert (code, out) == (1, "") and err.startswith("Error: no path from ARM (Armenia) to RUS (Russia)")
    code, _, err = run(runner, "path", "ARM", "CIS", "-g", graph)
    assert code == 1 and err == "Error: no path from ARM (Armenia) to CIS (Commonwealth of Independent States)\n"
    code, out, _ = run(runner, "path", "ARM", "RUS", "-g", graph, "--undirected", "-f", "json")
    assert code == 0 and json.loads(out)["hops"] == 1
    code, _, err = run(runner, "path", "FRA", "AZE", "-g", graph, "--max-hops", "1")
    assert code == 1 and "within 1 hop " in err


def test_path_fra_aze_has_evidence_on_every_hop(runner: CliRunner) -> None:
    code, out, _ = run(runner, "path", "FRA", "AZE", "--graph", str(SHIPPED), "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["hops"] == 2
    for hop in data["paths"][0]:
        assert hop["relations"] and all(r["evidence"] and r["evidence"][0]["quote"] for r in hop["relations"])


GOLDEN_COMMANDS = {
    "path-FRA-AZE.json": ["path", "FRA", "AZE"],
    "path-UKR-ARM-all.json": ["path", "UKR", "ARM", "--all"],
    "neighbors-RUS.json": ["neighbors", "RUS"],
    "relations.json": ["relations"],
    "relations-criticism.json": ["relations", "--type", "criticism"],
    "stats.json": ["stats"],
}


@pytest.mark.parametrize("name", sorted(GOLDEN_COMMANDS))
def test_golden_outputs_on_the_shipped_graph(runner: CliRunner, name: str) -> None:
    code, out, _ = run(runner, *GOLDEN_COMMANDS[name], "--graph", str(SHIPPED), "--format", "json")
    assert code == 0
    golden = GOLDEN / name
    if UPDATE_GOLDEN:
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


def test_no_command_changes_the_curated_file(runner: CliRunner, tmp_path: Path) -> None:
    graph = tmp_path / "graphs" / "caucasus.yaml"
    graph.parent.mkdir()
    graph.write_bytes(SHIPPED.read_bytes())
    before = (hashlib.sha256(graph.read_bytes()).hexdigest(), graph.stat().st_mtime_ns)
    commands = [
        ["validate", str(graph)],
        ["actors"],
        ["relations"],
        ["stats"],
        ["neighbors", "RUS"],
        ["path", "RUS", "AZE"],
        ["path", "ARM", "RUS"],
        ["neighbors", "nobody"],
    ]
    for command in commands:
        run(runner, *command, "--graph", str(graph)) if command[0] != "validate" else run(runner, *command)
    assert (hashlib.sha256(graph.read_bytes()).hexdigest(), graph.stat().st_mtime_ns) == before
    assert sorted(p.name for p in graph.parent.iterdir()) == ["caucasus.yaml"]


def test_default_graph_is_the_shipped_example_outside_a_project(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "graphx", "path", "RUS", "AZE", "-f", "json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and json.loads(result.stdout)["to"] == "AZE"


def test_no_traceback_without_debug_and_one_with_it(tmp_path: Path) -> None:
    bad = str(FIXTURES / "bad" / "malformed.yaml")
    plain = subprocess.run(
        [sys.executable, "-m", "graphx", "stats", "-g", bad], capture_output=True, text=True, check=False
    )
    assert plain.returncode == 2 and plain.stderr.startswith("Error: ") and "Traceback" not in plain.stderr
    debug = subprocess.run(
        [sys.executable, "-m", "graphx", "--debug", "stats", "-g", bad], capture_output=True, text=True, check=False
    )
    assert debug.returncode != 0 and "Traceback" in debug.stderr


def test_version_and_help(runner: CliRunner) -> None:
    code, out, _ = run(runner, "--version")
    assert code == 0 and out.startswith("graphx ")
    code, out, _ = run(runner, "path", "--help")
    assert code == 0 and "--undirected" in out and "Example" in out


def test_an_unwritable_output_is_one_error_line(runner: CliRunner, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code, out, err = run(
        runner,
        "extract",
        str(ROOT / "seeds"),
        "--no-save",
        "--graph",
        str(SHIPPED),
        "-o",
        str(blocker / "candidates.json"),
    )
    assert code == 2 and out == ""
    assert err.startswith("Error: ") and len(err.splitlines()) == 1 and "Traceback" not in err
    assert blocker.read_text() == "x"


def test_states_merges_people_into_their_state(runner: CliRunner, small_path: Path) -> None:
    _, out, _ = run(runner, "relations", "--graph", str(small_path), "--type", "criticism", "-f", "json")
    assert {r["from"] for r in json.loads(out)} == {"AAA", "AAA-FM"}
    _, out, _ = run(runner, "relations", "--graph", str(small_path), "--type", "criticism", "--states", "-f", "json")
    assert {r["from"] for r in json.loads(out)} == {"AAA"}
    _, out, _ = run(runner, "actors", "--graph", str(small_path), "--states", "-f", "json")
    assert "AAA-FM" not in {a["id"] for a in json.loads(out)}
    code, out, _ = run(runner, "path", "AAA", "CCC", "--graph", str(small_path), "--states", "-f", "json")
    assert code == 0 and json.loads(out)["hops"] == 1


def test_an_empty_date_window_is_a_usage_error(runner: CliRunner) -> None:
    for command in (["relations"], ["export", "-f", "json"], ["render", "-o", "-"]):
        code, out, err = run(runner, *command, "-g", str(SHIPPED), "--since", "2022-10-13", "--until", "2022-10-12")
        assert (code, out) == (2, ""), command
        assert err == "Error: --since 2022-10-13 is after --until 2022-10-12: no date falls in that window\n"


def test_outputs_never_replace_the_graph_or_its_sources(runner: CliRunner, tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "graphs").mkdir(parents=True)
    (project / "seeds").mkdir()
    graph = project / "graphs" / "caucasus.yaml"
    graph.write_bytes(SHIPPED.read_bytes())
    article = project / "seeds" / "expatica-putin-macron-karabakh.txt"
    article.write_bytes((ROOT / "seeds" / article.name).read_bytes())
    before = (graph.read_bytes(), article.read_bytes())
    for command in (
        ["render", "-o", str(graph)],
        ["export", "-f", "json", "-o", str(graph)],
        ["brief", "-o", str(graph)],
        ["render", "-o", str(article)],
    ):
        code, _, err = run(runner, *command, "-g", str(graph))
        assert code == 2 and err.startswith("Error: refusing to write "), command
    assert (graph.read_bytes(), article.read_bytes()) == before


def test_diff_of_two_files_ignores_candidates_beside_them(runner: CliRunner, tmp_path: Path) -> None:
    old = tmp_path / "old" / "graphs" / "caucasus.yaml"
    new = tmp_path / "new" / "caucasus.yaml"
    for path in (old, new):
        path.parent.mkdir(parents=True)
        path.write_bytes(SHIPPED.read_bytes())
    wire = tmp_path / "old" / "wire.txt"
    wire.write_text("Kazakhstan hosted talks between Armenia and Azerbaijan on Tuesday.\n", encoding="utf-8")
    assert run(runner, "extract", str(wire), "-g", str(old))[0] == 0
    _, out, _ = run(runner, "candidates", "-g", str(old), "-f", "json")
    [candidate] = {c["id"] for c in json.loads(out) if c["status"] == "unreviewed" and c["from"] == "KAZ"}
    assert run(runner, "accept", candidate, "-g", str(old))[0] == 0
    _, out, _ = run(runner, "relations", "-g", str(old), "--type", "mediation", "-f", "json")
    assert "accepted" in {r["origin"] for r in json.loads(out)}  # the working graph has it
    code, out, _ = run(runner, "diff", str(old), str(new), "-f", "json")
    data = json.loads(out)
    assert code == 0 and data["counts"] == {
        kind: {"added": 0, "removed": 0, "changed": 0} for kind in ("actors", "relations")
    }
    code, _, err = run(runner, "diff", str(old), str(new), "--include-unreviewed")
    assert code == 2 and "--include-unreviewed works with one graph" in err


def test_the_example_graph_is_announced_when_used_by_default(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "graphx", "actors", "-f", "csv"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and result.stderr.startswith("Note: no graph in graphs/ here or in any parent folder")
    result = subprocess.run(
        [sys.executable, "-m", "graphx", "validate", "--no-quotes"], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stderr.startswith("Note: no graph in graphs/")
    assert result.stderr.endswith("caucasus.yaml: valid: 9 actors, 13 relations\n")
    (tmp_path / "graphs").mkdir()
    (tmp_path / "graphs" / "mine.yaml").write_text("graphx: 1\nactors:\n  AAA: {name: A}\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "graphx", "actors", "-f", "csv"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and result.stderr == "" and result.stdout.startswith("id,name")


def test_queries_take_capitals_leaders_and_demonyms(runner: CliRunner) -> None:
    graph = str(SHIPPED)
    code, out, err = run(runner, "path", "Macron", "Pashinyan", "-g", graph, "-f", "json")
    assert code == 0 and (json.loads(out)["from"], json.loads(out)["to"]) == ("FRA", "ARM") and err == ""
    code, out, _ = run(runner, "neighbors", "Aliyev", "-g", graph, "-t", "conflict", "-f", "csv")
    assert code == 0 and out.splitlines()[1].startswith("ARM,mutual,conflict")
    code, out, _ = run(runner, "relations", "-g", graph, "--from", "Putin", "--to", "Elysee", "-f", "json")
    assert code == 0 and [(r["from"], r["to"]) for r in json.loads(out)] == [("RUS", "FRA")]


def test_a_name_the_lexicon_knows_is_never_answered_with_an_unrelated_actor(runner: CliRunner) -> None:
    code, out, err = run(runner, "path", "Islamabad", "RUS", "-g", str(SHIPPED))
    assert (code, out) == (2, "") and err == (
        "Error: unknown actor 'Islamabad': the world lexicon knows it as a name of PAK (Pakistan),"
        " which is not in this graph\n"
    )


def test_an_ambiguous_name_is_an_error_listing_its_candidates(runner: CliRunner, tmp_path: Path) -> None:
    graph = tmp_path / "congo.yaml"
    graph.write_text(
        "graphx: 1\nsources:\n  s: {title: S, url: 'https://example.org'}\nactors:\n"
        "  COD: {name: Democratic Republic of the Congo}\n  COG: {name: Republic of the Congo}\n"
        "relations:\n  - {type: criticism, from: COD, to: COG, evidence: [{source: s, quote: q}]}\n"
    )
    code, _, err = run(runner, "neighbors", "Congo", "-g", str(graph))
    assert code == 2 and err == (
        "Error: ambiguous actor 'Congo': it may be COD (Democratic Republic of the Congo),"
        " COG (Republic of the Congo); name one by its id\n"
    )
    code, out, _ = run(runner, "neighbors", "Kinshasa", "-g", str(graph), "-f", "csv")
    assert code == 0 and out.splitlines()[1].startswith("COG,out,criticism")


def test_validate_checks_the_review_file_beside_the_graph(runner: CliRunner, tmp_path: Path) -> None:
    graph = tmp_path / "small.yaml"
    graph.write_text((FIXTURES / "good" / "small.yaml").read_text())
    review = tmp_path / "small.review.yaml"
    review.write_text("graphx-review: 1\ndecisions:\n  c-0123456789: acceptd\n")
    code, out, err = run(runner, "validate", str(graph))
    assert (code, out) == (2, "") and err == (
        f"Error: {review}:3:17: decision on c-0123456789 must be 'accepted' or 'rejected'\n"
    )
    review.write_text("graphx-review: 1\ndecisions:\n  c-0123456789: accepted\n")
    code, _, err = run(runner, "validate", str(graph))
    assert code == 0 and err.endswith(f"{graph}: valid: 5 actors, 5 relations, 1 review decision; 1 warning\n")
    assert err.startswith(f"Warning: {review}:3:3: unknown candidate id 'c-0123456789'")
    code, _, _ = run(runner, "validate", str(graph), "--strict")
    assert code == 2


def test_stats_reports_blocs_and_says_what_it_counts_as_actors(runner: CliRunner) -> None:
    code, out, _ = run(runner, "stats", "-g", str(SHIPPED))
    assert code == 0
    lines = out.splitlines()
    assert any(re.match(r"actors in the graph\s+9$", line) for line in lines)
    assert any(re.match(r"actors with relations\s+7$", line) for line in lines)
    assert any(re.match(r"bloc 1 \(community\)\s+ARM\s+ARM, AZE, USA, EU$", line) for line in lines)
    code, out, _ = run(runner, "stats", "-g", str(SHIPPED), "-f", "json")
    assert json.loads(out)["communities"][1] == {"leader": "RUS", "actors": ["RUS", "FRA", "UKR"]}


def test_render_colours_blocs_with_a_legend_naming_them(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "blocs.html"
    code, _, err = run(runner, "render", "-g", str(SHIPPED), "--color-by", "community", "-o", str(target))
    assert code == 0 and "wrote" in err
    html = target.read_text()
    assert "Armenia's bloc (4 actors)" in html and "Russia's bloc (3 actors)" in html
    code, _, _ = run(runner, "render", "-g", str(SHIPPED), "--color-by", "kind", "-o", str(tmp_path / "k.html"))
    assert code == 0 and "'s bloc (" not in (tmp_path / "k.html").read_text()
    code, _, err = run(runner, "render", "-g", str(SHIPPED), "--color-by", "party", "-o", str(target))
    assert code == 2 and "party" in err


@pytest.mark.parametrize("command", [("actors",), ("relations",), ("neighbors", "AAA"), ("stats",)])
def test_listing_csv_neutralises_formula_cells_unless_raw_cells(runner: CliRunner, command: tuple[str, ...]) -> None:
    graph = str(FIXTURES / "export" / "formulas.yaml")
    code, safe, _ = run(runner, *command, "--graph", graph, "--format", "csv")
    assert code == 0
    code, raw, _ = run(runner, *command, "--graph", graph, "--format", "csv", "--raw-cells")
    assert code == 0
    if command[0] == "actors":
        assert "'=1+2" in safe and "=1+2" in raw and "'=1+2" not in raw
    assert not any(cell.startswith(("=", "+", "@")) for line in safe.splitlines() for cell in line.split(","))


def test_no_path_hints_at_undirected_only_when_it_finds_one(runner: CliRunner) -> None:
    code, _, err = run(runner, "path", "ARM", "RUS", "--graph", str(SHIPPED))
    assert code == 1 and err.endswith("; --undirected also follows relations against their direction\n")
    code, _, err = run(runner, "path", "ARM", "KAZ", "--graph", str(SHIPPED))
    assert (code, err) == (1, "Error: no path from ARM (Armenia) to KAZ (Kazakhstan)\n")


def test_a_folder_of_several_graphs_asks_for_graph(runner: CliRunner, tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text("graphx: 1\n", encoding="utf-8")
    code, _, err = run(runner, "stats", "--graph", str(tmp_path))
    assert code == 2 and err.rstrip().endswith("name one of the files with --graph")
