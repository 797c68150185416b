"""A graph whose every user string is hostile: every format and the briefing stay valid, safe and faithful."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from graphx.export import FORMATS, exporter
from graphx.export.records import edges
from graphx.graph.load import load_graph
from graphx.graph.model import Graph
from graphx.report import brief
from graphx.report.brief_html import html
from graphx.report.briefing import build
from graphx.report.figure import draw
from tests.paths import FIXTURES

HOSTILE = FIXTURES / "export" / "hostile.yaml"


@pytest.fixture(scope="module")
def hostile() -> Graph:
    return load_graph(HOSTILE)


@pytest.fixture(scope="module")
def quote(hostile: Graph) -> str:
    """The worst quote: script, quotes, backslash, ]]>, --, a Mermaid directive, fences, CR LF."""
    found = next(e.quote for r in hostile.relations for e in r.evidence if e.quote.startswith("Q <script>"))
    assert "\r\n" in found and "%%{init" in found and "]]>" in found
    return found


def text(name: str, graph: Graph) -> str:
    (only,) = exporter(name).files(graph).values()
    return only


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_is_deterministic(name: str, hostile: Graph) -> None:
    assert exporter(name).files(hostile) == exporter(name).files(load_graph(HOSTILE))


@pytest.mark.parametrize("name", ["graphml", "gexf"])
def test_xml_formats_read_back_exactly(name: str, hostile: Graph, quote: str, tmp_path: Path) -> None:
    path = tmp_path / f"graph.{name}"
    path.write_text(text(name, hostile), encoding="utf-8", newline="")
    ET.parse(path)
    read = nx.read_graphml(path, force_multigraph=True) if name == "graphml" else nx.read_gexf(path)
    assert read.number_of_nodes() == len(hostile.actors) and read.number_of_edges() == len(edges(hostile))
    assert quote in [d.get("quote") for _, _, d in read.edges(data=True)]  # CR LF included
    assert {d["label"] for _, d in read.nodes(data=True)} == {a.name for a in hostile.actors.values()}
    ids = {str(d.get("id")) for _, _, d in read.edges(data=True)}  # a mediation's edges: id~party
    assert all(any(i == r.id or i.startswith(r.id + "~") for i in ids) for r in hostile.relations)


def test_json_and_csv_read_back_exactly(hostile: Graph, quote: str) -> None:
    graph = nx.node_link_graph(json.loads(text("json", hostile)), edges="edges")
    assert quote in [e["quote"] for _, _, d in graph.edges(data=True) for e in d["evidence"]]
    assert graph.graph["title"] == hostile.title
    files = exporter("csv").files(hostile)
    rows = list(csv.DictReader(io.StringIO(files["edges.csv"], newline="")))
    assert quote in [row["quote"] for row in rows]
    nodes = list(csv.DictReader(io.StringIO(files["nodes.csv"], newline="")))
    assert {n["Label"] for n in nodes} == {a.name for a in hostile.actors.values()}


def test_graphviz_parses_the_dot_silently(hostile: Graph, tmp_path: Path) -> None:
    source = tmp_path / "graph.dot"
    source.write_text(text("dot", hostile), encoding="utf-8")
    result = subprocess.run(["dot", "-Tsvg", str(source)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert result.stdout.count('class="node"') == len(hostile.actors)
    assert result.stdout.count('class="edge"') == len(edges(hostile))
    assert "<script" not in result.stdout


def test_mermaid_has_no_directive_raw_quote_or_math(hostile: Graph) -> None:
    mermaid = text("mermaid", hostile)
    assert "%%{" not in mermaid and "}%%" not in mermaid
    for line in mermaid.splitlines()[4:]:
        if line.startswith("  %% "):
            continue
        for label in re.findall(r'"(.*?)"', line):
            assert not set(label) & set("|%`<>$&"), label
    assert "#36;" in mermaid  # '$' as an entity: Mermaid reads $$...$$ as KaTeX math


def test_cypher_literals_are_closed(hostile: Graph) -> None:
    for statement in text("cypher", hostile).splitlines()[1:]:
        outside = re.sub(r"'(?:[^'\\]|\\.)*'", "''", statement)
        assert "'" not in outside.replace("''", "") and statement.endswith(";"), statement
        assert "\r" not in statement and "DETACH DELETE" not in outside


def test_markdown_brief_is_inert(hostile: Graph) -> None:
    text = brief.markdown(build(hostile), "my brief (1).svg", "caption")
    fence = text.index("```mermaid")
    body = text[:fence] + text[text.index("```\n", fence + 10) :]
    assert not re.search(r"(?<!\\)[<&$]", body)  # no raw HTML, entity or math
    assert "<javascript:" not in body and not re.search(r"(?<!\\)\]\(javascript", body)
    assert "javascript:alert('x')" in body  # shown, not linked
    assert ' https://example.org/a?b=1\\&c="\\<2\\>"' in body  # a URL with <> is no autolink
    assert "](my%20brief%20%281%29.svg)" in body and "(my%20brief%20%281%29.png)" in body


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.bad: list[tuple[str, str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.bad += [
            (tag, k, v)
            for k, v in attrs
            if k.startswith("on")
            or (k == "href" and not (v or "").startswith(("#", "https://")))
            or (k == "src" and not (v or "").startswith("data:image/svg+xml;base64,"))
        ]


def test_html_brief_is_inert(hostile: Graph) -> None:
    briefing = build(hostile)
    figure = draw(briefing.graph, png=False)
    assert figure.png == b""
    page = html(briefing, figure.svg, figure.caption)
    parser = _Tags()
    parser.feed(page)
    assert not parser.tags & {"script", "iframe", "link", "object", "embed", "svg"}
    assert parser.bad == []  # the figure is an <img> from a data: URL; the only links are http(s) and #refs
    assert "javascript:alert(&#39;x&#39;)" in page
    assert 'href="https://example.org/a?b=1&amp;c=&#34;&lt;2&gt;&#34;&amp;d=&#39;3&#39;"' in page


def test_figure_draws_dollars_as_text(hostile: Graph) -> None:
    figure = draw(hostile)  # '$\\foo$' would stop matplotlib's mathtext parser
    ET.fromstring(figure.svg.encode("utf-8"))
    assert ">$x^2$ $\\foo$</text>" in figure.svg and ">$</text>" in figure.svg
    assert "<script" not in figure.svg


def test_graphviz_reads_a_quote_longer_than_its_string_limit(hostile: Graph, tmp_path: Path) -> None:
    from dataclasses import replace

    from graphx.graph.model import Evidence

    long_quote = ("Ա" * 5000 + '\\ " \n') * 4  # 20,000 characters, 45,000 bytes: over Graphviz's 16,384
    first = replace(hostile.relations[0], evidence=(Evidence("s:1", long_quote),))
    graph = replace(hostile, relations=(first, *hostile.relations[1:]))
    source = tmp_path / "graph.dot"
    source.write_text(text("dot", graph), encoding="utf-8")
    result = subprocess.run(["dot", "-Tjson0", str(source)], capture_output=True, check=False)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    drawn = json.loads(result.stdout.decode("utf-8"), strict=False)
    tooltip = long_quote.replace("\\", "\\\\").replace("\n", "\\n")  # as Graphviz keeps an escString
    assert any(tooltip in edge.get("tooltip", "") for edge in drawn["edges"])


def test_a_lone_carriage_return_stays_inside_its_csv_cell(hostile: Graph) -> None:
    from dataclasses import replace

    from graphx.graph.model import Actor

    actors = dict(hostile.actors)
    actors["E"] = Actor("E", "ends in CR\r", kind="group")
    files = exporter("csv").files(replace(hostile, actors=actors))
    nodes = list(csv.DictReader(io.StringIO(files["nodes.csv"], newline="")))
    assert [n["Label"] for n in nodes if n["Id"] == "E"] == ["ends in CR\r"]
    assert '\nE,"ends in CR\r",group,,,\n' in files["nodes.csv"]  # quoted, so no reader ends the row there


def test_cypher_escapes_every_line_separator(hostile: Graph) -> None:
    from graphx.export.cypher import string

    assert string("a\x85b\u2028c\u2029d\re\nf") == "'a\\u0085b\\u2028c\\u2029d\\re\\nf'"
