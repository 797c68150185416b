"""Every export format is read back by a real reader, keeps evidence, escapes text, and is deterministic."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest

from graphx.export import EXPORTERS, FORMATS, exporter
from graphx.export.cypher import string
from graphx.export.dot import quote
from graphx.export.mermaid import label
from graphx.export.records import edges
from graphx.graph.load import load_graph
from graphx.graph.model import Graph
from tests.paths import FIXTURES, SHIPPED

EXPORT_FIXTURES = FIXTURES / "export"
TRICKY_NAMES = ("Հայաստան", 'Россия "РФ"', "Azərbaycan <Şuşa> & Ğəncə", "Union `européenne` | 50% #eu")
TRICKY_QUOTE = 'Москва назвала это «провокацией» <script>alert("x")</script> & more'
MULTILINE_QUOTE = "Line one\nline two \\ backslash ' single \" double %% {init} ``` fence"


@pytest.fixture(scope="module")
def tricky() -> Graph:
    return load_graph(EXPORT_FIXTURES / "tricky.yaml")


@pytest.fixture(scope="module")
def shipped() -> Graph:
    return load_graph(SHIPPED)


def text(name: str, graph: Graph) -> str:
    (only,) = exporter(name).files(graph).values()
    return only


def test_every_format_is_registered() -> None:
    assert set(FORMATS) == {"json", "graphml", "gexf", "csv", "dot", "mermaid", "cypher"}
    assert all(EXPORTERS[name].name == name for name in FORMATS)


@pytest.mark.parametrize("name", FORMATS)
def test_output_is_deterministic(name: str, tricky: Graph) -> None:
    first = exporter(name).files(tricky)
    second = exporter(name).files(load_graph(EXPORT_FIXTURES / "tricky.yaml"))
    assert first == second


def test_mutual_relations_are_exported_once_and_mediation_once_per_party(shipped: Graph) -> None:
    found = edges(shipped)
    conflicts = [e for e in found if e.relation.type == "conflict"]
    assert len(conflicts) == 4 and all(e.mutual for e in conflicts)
    mediations = [e for e in found if e.relation.type == "mediation"]
    assert len(mediations) == 2 * 5
    assert {e.source for e in mediations} == {"RUS", "USA", "EU"}
    assert len(found) == 4 + 10 + 4


# --- JSON ----------------------------------------------------------------------------------------


def test_json_round_trips_through_networkx(tricky: Graph) -> None:
    data = json.loads(text("json", tricky))
    assert "edges" in data and "links" not in data
    graph = nx.node_link_graph(data, edges="edges")
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.number_of_nodes() == len(tricky.actors)
    assert graph.number_of_edges() == len(edges(tricky))
    assert nx.node_link_data(graph, edges="edges") == data


def test_json_keeps_evidence_sources_and_names(tricky: Graph) -> None:
    graph = nx.node_link_graph(json.loads(text("json", tricky)), edges="edges")
    names = {data["name"] for _, data in graph.nodes(data=True)}
    assert set(TRICKY_NAMES) <= names
    quotes = [e["quote"] for _, _, d in graph.edges(data=True) for e in d["evidence"]]
    assert TRICKY_QUOTE in quotes and MULTILINE_QUOTE in quotes
    assert graph.graph["sources"]["src-1"]["url"] == "https://example.org/a?b=1&c=<2>"
    mutual = [d for _, _, d in graph.edges(data=True) if d["type"] == "conflict"]
    assert len(mutual) == 1 and mutual[0]["mutual"] is True and mutual[0]["between"] == ["AZE", "ARM"]


# --- GraphML and GEXF ---------------------------------------------------------------------------


def _edge_by_id(graph: nx.MultiDiGraph, relation_id: str) -> dict[str, object]:
    found: list[dict[str, object]] = [d for _, _, d in graph.edges(data=True) if d.get("id") == relation_id]
    assert found, relation_id
    edge: dict[str, object] = found[0]
    return edge


def test_graphml_reads_back_with_networkx(tricky: Graph, tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    path.write_text(text("graphml", tricky), encoding="utf-8")
    graph = nx.read_graphml(path, force_multigraph=True)
    assert graph.number_of_nodes() == len(tricky.actors)
    assert graph.number_of_edges() == len(edges(tricky))
    assert {d["label"] for _, d in graph.nodes(data=True)} >= set(TRICKY_NAMES)
    assert graph.nodes["AZE-FM"]["label"] == "Ceyhun Bayramov\nforeign minister"
    criticism = next(r for r in tricky.relations if r.type == "criticism" and r.from_actor == "RUS")
    data = _edge_by_id(graph, criticism.id)
    assert data["quote"] == TRICKY_QUOTE
    assert data["confidence"] == 0.75 and data["mutual"] is False
    assert data["note"] == "Said in a <b>speech</b>;\nsecond line"
    assert json.loads(str(data["evidence"]))[1] == {"source": "src-2", "quote": MULTILINE_QUOTE}
    assert data["sources"] == "src-1; src-2"
    assert "Ազատություն" in str(data["citations"])
    assert json.loads(graph.graph["sources"])["src-2"]["file"] == "seeds/şuşa ğ.txt"


def test_graphml_attributes_match_the_graph(shipped: Graph, tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    path.write_text(text("graphml", shipped), encoding="utf-8")
    graph = nx.read_graphml(path, force_multigraph=True)
    assert graph.number_of_nodes() == 9 and graph.number_of_edges() == 18
    for relation in shipped.relations:
        data = _edge_by_id(graph, relation.id)
        assert data["relation"] == relation.type
        assert data.get("date") == relation.date and data.get("start") == relation.start
        assert [e["quote"] for e in json.loads(str(data["evidence"]))] == [e.quote for e in relation.evidence]
        assert data["mutual"] is (relation.type == "conflict")


def test_gexf_reads_back_with_networkx_and_has_spells(tricky: Graph, tmp_path: Path) -> None:
    path = tmp_path / "graph.gexf"
    path.write_text(text("gexf", tricky), encoding="utf-8")
    graph = nx.read_gexf(path)
    assert graph.number_of_nodes() == len(tricky.actors)
    assert graph.number_of_edges() == len(edges(tricky))
    assert {d["label"] for _, d in graph.nodes(data=True)} >= set(TRICKY_NAMES)
    by_relation = {d["relation"]: d for _, _, d in graph.edges(data=True)}
    assert by_relation["mediation"]["spells"] == [("2023-05-01", "2023-07-31")]
    assert by_relation["conflict"]["spells"][0][0] == "2023-06-01"  # open end
    assert by_relation["conflict"]["mutual"] is True
    assert "spells" not in by_relation["arms-supply"]  # undated: always present
    assert by_relation["arms-supply"]["label"] == "Arms <supply>"
    quotes = [json.loads(d["evidence"]) for _, _, d in graph.edges(data=True)]
    assert {"source": "src-2", "quote": MULTILINE_QUOTE} in [q for qs in quotes for q in qs]


def test_gexf_is_static_when_nothing_is_dated(tmp_path: Path) -> None:
    graph = load_graph(EXPORT_FIXTURES / "tricky.yaml")
    from dataclasses import replace

    undated = replace(graph, relations=tuple(r for r in graph.relations if r.type == "arms-supply"))
    assert 'mode="dynamic"' not in text("gexf", undated)


# --- CSV ----------------------------------------------------------------------------------------


def test_csv_writes_gephi_nodes_and_edges(tricky: Graph) -> None:
    files = exporter("csv").files(tricky)
    assert set(files) == {"nodes.csv", "edges.csv"}
    nodes = list(csv.DictReader(io.StringIO(files["nodes.csv"])))
    links = list(csv.DictReader(io.StringIO(files["edges.csv"])))
    assert list(nodes[0])[:2] == ["Id", "Label"]
    assert list(links[0])[:5] == ["Source", "Target", "Type", "Id", "Label"]
    assert len(nodes) == len(tricky.actors) and len(links) == len(edges(tricky))
    assert {n["Label"] for n in nodes} >= {*TRICKY_NAMES, "Ceyhun Bayramov\nforeign minister"}
    assert {row["Type"] for row in links} == {"Directed", "Undirected"}
    (conflict,) = [row for row in links if row["relation"] == "conflict"]
    assert conflict["Type"] == "Undirected"
    evidence = [q for row in links for q in json.loads(row["evidence"])]
    assert {"source": "src-2", "quote": MULTILINE_QUOTE} in evidence
    assert any(row["quote"] == TRICKY_QUOTE for row in links)


# --- DOT ----------------------------------------------------------------------------------------


def test_dot_quote_escapes() -> None:
    assert quote('a "b" \\ c\nd') == '"a \\"b\\" \\\\ c\\nd"'


@pytest.mark.parametrize("fixture", ["tricky.yaml", "../../../graphs/caucasus.yaml"])
def test_graphviz_parses_the_dot(fixture: str, tmp_path: Path) -> None:
    dot = shutil.which("dot")
    assert dot is not None, "Graphviz is needed: .ci/run installs it"
    graph = load_graph(EXPORT_FIXTURES / fixture)
    source = tmp_path / "graph.dot"
    source.write_text(text("dot", graph), encoding="utf-8")
    result = subprocess.run([dot, "-Tsvg", str(source)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    svg = result.stdout
    assert svg.count('class="node"') == len(graph.actors)
    assert svg.count('class="edge"') == len(edges(graph))
    for actor in graph.actors.values():
        first_line = actor.name.splitlines()[0]
        assert first_line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;") in svg


def test_dot_keeps_evidence_and_marks_mutual(tricky: Graph) -> None:
    dot = text("dot", tricky)
    assert 'dir="none"' in dot and 'mutual="true"' in dot
    assert quote(f"“{TRICKY_QUOTE}” [src-1]")[1:-1] in dot
    assert "Ազատություն" in dot


# --- Mermaid -----------------------------------------------------------------------------------


def test_mermaid_label_escapes_what_mermaid_reads() -> None:
    assert label('a "b" <c> & #d | `e` 50%\nf') == "a #quot;b#quot; #lt;c#gt; #amp; #35;d #124; #96;e#96; 50#37; f"


def test_mermaid_escapes_names_and_keeps_evidence(tricky: Graph) -> None:
    mermaid = text("mermaid", tricky)
    assert mermaid.startswith("---\ntitle: ")
    lines = mermaid.splitlines()
    nodes = [line for line in lines if re.match(r'^  [A-Za-z0-9_]+\["', line)]
    assert len(nodes) == len(tricky.actors)
    for line in nodes:  # a label is one quoted string holding no raw quote, angle bracket or backtick
        inner = line.split('["', 1)[1].removesuffix('"]')
        assert not set(inner) & set('"<>`|')
    assert '  AZE_FM["Ceyhun Bayramov foreign minister"]' in lines
    assert '  ARM <-->|"Conflict"| AZE' in lines
    comments = [line for line in lines if line.startswith("  %% ")]
    assert any("провокацией" in line for line in comments)
    assert not any("%%{" in line or "%%" in line[5:] for line in comments)
    body = [line for line in lines[4:] if not line.startswith("  %% ")]
    assert not any("<script>" in line for line in body)


def test_mermaid_stays_within_limits_on_500_actors() -> None:
    from graphx.export.mermaid import MAX_EDGES, MAX_TEXT, diagram
    from graphx.graph.synthetic import synthetic_graph

    graph = synthetic_graph(500, 2000, seed=3)
    result = diagram(graph)
    assert result.edges_shown <= MAX_EDGES and len(result.text) <= MAX_TEXT
    assert result.actors_shown < 500 and result.note is not None
    assert "most connected of 500 actors" in result.note
    assert f"  %% {result.note}" in result.text.splitlines()
    brief_diagram = diagram(graph, evidence=False)
    assert brief_diagram.edges_shown <= MAX_EDGES and brief_diagram.actors_shown >= result.actors_shown


# --- Cypher ------------------------------------------------------------------------------------

_CYPHER_STRING = re.compile(r"'((?:[^'\\]|\\.)*)'")


def _unescape(body: str) -> str:
    return re.sub(
        r"\\(u[0-9a-f]{4}|.)",
        lambda m: {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}.get(
            m.group(1),
            chr(int(m.group(1)[1:], 16)) if m.group(1).startswith("u") and len(m.group(1)) == 5 else m.group(1),
        ),
        body,
    )


def test_cypher_string_literals() -> None:
    assert string('it\'s \\ "q"\nnext') == "'it\\'s \\\\ \"q\"\\nnext'"
    assert string("\x01") == "'\\u0001'"


def test_cypher_statements_are_well_formed(tricky: Graph) -> None:
    cypher = text("cypher", tricky)
    statements = [line for line in cypher.splitlines() if not line.startswith("//")]
    literals: list[str] = []
    for statement in statements:
        assert statement.endswith(";")
        outside = _CYPHER_STRING.sub("''", statement)
        assert "'" not in outside.replace("''", ""), statement  # every literal is closed
        assert outside.count("{") == outside.count("}") and outside.count("[") == outside.count("]")
        literals += [_unescape(m) for m in _CYPHER_STRING.findall(statement)]
    assert set(TRICKY_NAMES) <= set(literals)
    assert TRICKY_QUOTE in literals and MULTILINE_QUOTE in literals
    assert "Clashes near Şuşa; MATCH (n) DETACH DELETE n; // '; DROP" in literals
    assert sum(s.startswith("MERGE (n:Actor") for s in statements) == len(tricky.actors)
    assert sum("]->(b) SET r" in s for s in statements) == len(edges(tricky))
    assert "[r:`ARMS_SUPPLY`" in cypher and "mutual: true" in cypher


# --- Scale -------------------------------------------------------------------------------------


def test_every_format_on_500_actors(tmp_path: Path) -> None:
    from graphx.graph.synthetic import synthetic_graph

    graph = synthetic_graph(500, 2000, seed=0)
    count = len(edges(graph))
    data = json.loads(text("json", graph))
    assert nx.node_link_graph(data, edges="edges").number_of_edges() == count
    for name, reader in (("graphml", lambda p: nx.read_graphml(p, force_multigraph=True)), ("gexf", nx.read_gexf)):
        path = tmp_path / f"graph.{name}"
        path.write_text(text(name, graph), encoding="utf-8")
        read = reader(path)
        assert read.number_of_nodes() == 500 and read.number_of_edges() == count
    files = exporter("csv").files(graph)
    assert len(list(csv.DictReader(io.StringIO(files["edges.csv"])))) == count
    assert text("cypher", graph).count("]->(b) SET r") == count
    source = tmp_path / "graph.dot"
    source.write_text(text("dot", graph), encoding="utf-8")
    # Graphviz's own parser, without a layout (dot takes minutes to lay out 2,000 labelled edges)
    result = subprocess.run(["gc", "-n", "-e", str(source)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:2] == ["500", str(count)]
