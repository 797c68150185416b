"""Property tests: random actor names, titles and quotes go into every output, and each output is read
back by its real reader (json, csv, networkx for GraphML and GEXF, Graphviz for DOT, an HTML parser for
the map, the HTML briefing and rendered Markdown) and checked: the text comes back as written, or
escaped as documented, and never as markup, a formula or a terminal command.

The number of examples per test is GRAPHX_PROPERTY_EXAMPLES (default 8, small enough for `make test`);
a longer run sets it higher.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from graphx.export import exporter
from graphx.export.xml import clean
from graphx.graph.model import BUILTIN_TYPES, Actor, Evidence, Graph, Relation, Source
from graphx.query.listing import csv_cell, format_listing, visible
from graphx.query.present import actors_listing, relations_listing
from graphx.render import render_html
from graphx.report import brief
from graphx.report.brief_html import html
from graphx.report.briefing import build
from graphx.report.figure import draw

EXAMPLES = int(os.environ.get("GRAPHX_PROPERTY_EXAMPLES", "8"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "\x1b]0;title\x07",
    "\x1b[31m",
    "\u202e",
    "\u2066",
    "\u200b",
    "\ufeff",
    "=1+1",
    "+cmd",
    "-2",
    "@SUM(A1)",
    "\t=x",
    "]]>",
    "-->",
    "%%{init: {}}%%",
    '"',
    "'",
    "\\",
    "\\n",
    "\r\n",
    "\r",
    "\n",
    "|",
    "`",
    "```",
    "$x$",
    "&amp;",
    "&#x3c;",
    "{{ x }}",
    "</title>",
    "</style>",
    "[a](javascript:alert(1))",
    "<https://example.org>",
    "*a* _b_",
    "\x85",
    "\u2028",
    "中国",
    "Հայաստան",
    "\x00",
    "\x7f",
]
_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
TEXT = st.lists(st.one_of(st.sampled_from(HOSTILE), _TEXT), min_size=1, max_size=4).map("".join)
NAME = TEXT.filter(lambda s: bool(s.strip()))


def make_graph(names: list[str], title: str, quote: str) -> Graph:
    """Three actors with these names, one relation of each built-in type, `quote` as evidence."""
    a, b, c = (Actor(id, name, note=name) for id, name in zip(("AAA", "BBB", "CCC"), names, strict=True))
    cited = (Evidence("s1", quote),)
    relations = (
        Relation("criticism", from_actor="AAA", to_actor="BBB", date="2024-01-02", evidence=cited, note=quote),
        Relation("mediation", from_actor="CCC", between=("AAA", "BBB"), start="2024-02", evidence=cited),
        Relation("conflict", between=("AAA", "CCC"), evidence=cited),
    )
    return Graph(
        title=title,
        sources={"s1": Source("s1", title, publisher=quote, url="https://example.org/" + quote)},
        actors={x.id: x for x in (a, b, c)},
        types=dict(BUILTIN_TYPES),
        relations=relations,
        path="hostile.yaml",
        description=quote,
    )


GRAPHS = st.builds(make_graph, st.lists(NAME, min_size=3, max_size=3), NAME, NAME)
_INVISIBLE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")


def one_line(text: str) -> str:
    """How the one-line formats (table, Markdown) show a text: invisible characters escaped, spaces folded."""
    return " ".join(visible(text).split())


# --- listings ------------------------------------------------------------------------------------


@SETTINGS
@given(GRAPHS)
def test_table_listing_sends_no_control_bidi_or_zero_width_character(graph: Graph) -> None:
    for listing in (actors_listing(graph), relations_listing(graph.relations)):
        assert not _INVISIBLE.search(format_listing(listing, "table").replace("\n", ""))
    text = format_listing(actors_listing(graph), "table")
    for actor in graph.actors.values():
        assert visible(actor.name).strip() in text


@SETTINGS
@given(GRAPHS)
def test_json_listing_reads_back_exactly(graph: Graph) -> None:
    data = json.loads(format_listing(actors_listing(graph), "json"))
    assert [row["name"] for row in data] == [graph.actors[a].name for a in sorted(graph.actors)]
    relations = json.loads(format_listing(relations_listing(graph.relations), "json"))
    assert {e["quote"] for r in relations for e in r["evidence"]} == {graph.relations[0].evidence[0].quote}


@SETTINGS
@given(GRAPHS)
def test_csv_listing_reads_back_neutralised_or_raw(graph: Graph) -> None:
    listing = actors_listing(graph)
    names = [graph.actors[a].name for a in sorted(graph.actors)]
    for raw in (False, True):
        rows = list(csv.DictReader(io.StringIO(format_listing(listing, "csv", raw_cells=raw), newline="")))
        assert [row["name"] for row in rows] == [csv_cell(n, raw=raw) for n in names]
        if not raw:
            assert not any(row["name"].startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows)


class Page(HTMLParser):
    """Elements, attributes and text of an HTML document, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str | None]] = []
        self.text: list[str] = []
        self.cells: list[str] = []
        self.scripts: dict[str, str] = {}
        self._script: str | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(tag, k, v) for k, v in attrs]
        if tag == "script":
            self._script = dict(attrs).get("id") or f"script-{len(self.scripts)}"
            self.scripts[self._script] = ""
        if tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None
        if tag in ("td", "th") and self._cell is not None:
            self.cells.append("".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self.scripts[self._script] += data
            return
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def parsed(document: str) -> Page:
    page = Page()
    page.feed(document)
    page.close()
    return page


def assert_inert(page: Page, scripts: int = 0, images: int = 0, forms: int = 0, local: tuple[str, ...] = ()) -> None:
    """No element or attribute a text could have brought in: no script, handler, frame or outside link."""
    assert (page.tags.count("script"), page.tags.count("img"), page.tags.count("form")) == (scripts, images, forms)
    assert not set(page.tags) & {"iframe", "object", "embed", "link", "base", "svg", "math", "frame"}
    for tag, name, value in page.attributes:
        assert not name.startswith("on"), (tag, name, value)
        if name in ("href", "src"):
            safe = (value or "").startswith(("#", "https://", "data:image/svg+xml;base64,")) or value in local
            assert safe, (tag, name, value)


MARKDOWN = MarkdownIt("commonmark").enable("table")


@SETTINGS
@given(GRAPHS)
def test_markdown_listing_renders_to_text_only(graph: Graph) -> None:
    page = parsed(MARKDOWN.render(format_listing(actors_listing(graph), "md")))
    assert set(page.tags) <= {"table", "thead", "tbody", "tr", "th", "td"}
    assert page.attributes == []
    names = [graph.actors[a].name for a in sorted(graph.actors)]
    cells = page.cells[6:]  # after the header row
    assert [cells[i * 6 + 1] for i in range(len(names))] == [one_line(n) for n in names]


@SETTINGS
@given(GRAPHS)
def test_markdown_brief_renders_to_text_only(graph: Graph) -> None:
    text = brief.markdown(build(graph), "brief.svg", "caption")
    text = text.split("## Diagram (Mermaid)")[0] + text.split("## References")[1]  # the diagram is code
    page = parsed(MARKDOWN.render(text))
    allowed = {"h1", "h2", "h3", "p", "strong", "em", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th"}
    assert set(page.tags) <= allowed | {"td", "hr", "a", "img", "blockquote"}
    assert_inert(page, images=1, local=("brief.svg", "brief.png"))
    shown = "".join(page.text)
    for actor in graph.actors.values():
        assert one_line(actor.name) in shown


# --- export formats ------------------------------------------------------------------------------


def _files(name: str, graph: Graph, **options: Any) -> dict[str, str]:
    return exporter(name, **options).files(graph)


@SETTINGS
@given(GRAPHS)
def test_json_export_reads_back_exactly(graph: Graph) -> None:
    (text,) = _files("json", graph).values()
    read = nx.node_link_graph(json.loads(text), edges="edges")
    assert {n: d["name"] for n, d in read.nodes(data=True)} == {a: x.name for a, x in graph.actors.items()}
    assert read.graph["title"] == graph.title
    assert {e["quote"] for _, _, d in read.edges(data=True) for e in d["evidence"]} == {graph.description}


@SETTINGS
@given(GRAPHS, st.sampled_from(["graphml", "gexf"]))
def test_xml_exports_read_back_exactly(tmp_path: Path, graph: Graph, name: str) -> None:
    path = tmp_path / f"graph.{name}"
    (text,) = _files(name, graph).values()
    path.write_text(text, encoding="utf-8", newline="")
    read = nx.read_graphml(path, force_multigraph=True) if name == "graphml" else nx.read_gexf(path)
    assert {n: d["label"] for n, d in read.nodes(data=True)} == {a: clean(x.name) for a, x in graph.actors.items()}
    assert {d["quote"] for _, _, d in read.edges(data=True)} == {clean(str(graph.description))}


@SETTINGS
@given(GRAPHS)
def test_csv_export_reads_back_neutralised_or_raw(graph: Graph) -> None:
    for raw in (False, True):
        files = _files("csv", graph, raw_cells=raw)
        nodes = list(csv.DictReader(io.StringIO(files["nodes.csv"], newline="")))
        assert {n["Id"]: n["Label"] for n in nodes} == {a: csv_cell(x.name, raw=raw) for a, x in graph.actors.items()}
        edges = list(csv.DictReader(io.StringIO(files["edges.csv"], newline="")))
        assert {e["quote"] for e in edges} == {csv_cell(str(graph.description), raw=raw)}


@SETTINGS
@given(GRAPHS)
def test_dot_export_reads_back_through_graphviz(tmp_path: Path, graph: Graph) -> None:
    (text,) = _files("dot", graph).values()
    source = tmp_path / "graph.dot"
    source.write_text(text, encoding="utf-8")
    result = subprocess.run(["dot", "-Tjson0", str(source)], capture_output=True, check=False)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    drawn = json.loads(result.stdout.decode("utf-8"), strict=False)  # Graphviz writes control characters raw
    labels = {o["name"]: o["label"] for o in drawn["objects"]}
    for actor in graph.actors.values():
        label = f"{actor.name}\n({actor.id})".replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
        expected = label.replace("\\", "\\\\").replace("\n", "\\n")
        assert labels[actor.id] == expected  # the escString as written: Graphviz draws \n as a line break
    assert len(drawn.get("edges", [])) == 4


@SETTINGS
@given(GRAPHS)
def test_mermaid_and_cypher_keep_text_inside_their_quotes(graph: Graph) -> None:
    (mermaid,) = _files("mermaid", graph).values()
    assert "%%{" not in mermaid and "}%%" not in mermaid
    for line in mermaid.splitlines()[4:]:
        if not line.startswith("  %% "):
            for label in re.findall(r'"(.*?)"', line):
                assert not set(label) & set('|%`<>$&"\n'), label
    (cypher,) = _files("cypher", graph).values()
    for statement in cypher.split("\n")[1:-1]:
        outside = re.sub(r"'(?:[^'\\]|\\.)*'", "''", statement)
        assert "'" not in outside.replace("''", "") and statement.endswith(";"), statement


# --- HTML: the map and the briefing ----------------------------------------------------------------


@SETTINGS
@given(GRAPHS)
def test_map_reads_back_as_data_not_markup(graph: Graph) -> None:
    page = parsed(render_html(graph).html)
    assert_inert(page, scripts=3, forms=1)
    data = json.loads(page.scripts["graphx-data"])
    assert {n["id"]: n["label"] for n in data["nodes"]} == {a: x.name for a, x in graph.actors.items()}
    assert graph.title in "".join(page.text)


@SETTINGS
@given(GRAPHS)
def test_html_brief_and_its_figure_read_back_as_text_not_markup(graph: Graph) -> None:
    briefing = build(graph)
    figure = draw(briefing.graph, png=False)
    page = parsed(html(briefing, figure.svg, figure.caption))
    assert_inert(page, images=1)
    assert f"{graph.actors['AAA'].name} (AAA)" in page.cells
    assert str(graph.description) in "".join(page.text)
    (source,) = [v for tag, name, v in page.attributes if tag == "img" and name == "src"]
    svg = ET.fromstring(base64.b64decode(str(source).split(",", 1)[1]))  # the figure is well-formed XML
    names = {element.tag.rsplit("}", 1)[-1] for element in svg.iter()}
    assert not names & {"script", "foreignObject", "iframe", "a"}
    drawn = "".join("".join(element.itertext()) for element in svg.iter() if element.tag.endswith("text"))
    assert not _INVISIBLE.search(drawn)  # names drawn with their invisible characters as escapes
