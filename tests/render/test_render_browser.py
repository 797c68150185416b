"""The rendered map in a real headless Chromium (Playwright, see tests/browser.py): offline, safe, and its
controls work."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from graphx.graph.load import load_graph
from graphx.graph.model import Graph
from graphx.graph.synthetic import synthetic_graph
from graphx.render import ViewRequest, render_html
from graphx.render.view import in_force
from tests.browser import Watched, wait_until, watch
from tests.paths import FIXTURES, SHIPPED

pytestmark = pytest.mark.browser

DATED = FIXTURES / "render" / "dated.yaml"
XSS = FIXTURES / "render" / "xss.yaml"
DIM = "#e5e8e8"  # the background of a dimmed node (graphx.js DIM_NODE)


class Map(Watched):
    """An open map page and what it did, with what vis-network draws."""

    def drawn(self) -> tuple[int, int]:
        """Nodes and edges vis-network draws now (hidden ones are not in its visible indices)."""
        counts: list[int] = self.js("[graphx.network.body.nodeIndices.length, graphx.network.body.edgeIndices.length]")
        return counts[0], counts[1]

    def dom_point(self, x: float, y: float) -> tuple[float, float]:
        """Page coordinates of a point of the map's canvas space."""
        point = self.js(
            """([x, y]) => {
                const p = graphx.network.canvasToDOM({x, y});
                const box = document.getElementById('map').getBoundingClientRect();
                return [p.x + box.left, p.y + box.top];
            }""",
            [x, y],
        )
        return point[0], point[1]

    def node_point(self, node: str) -> tuple[float, float]:
        position = self.js("(id) => graphx.network.getPosition(id)", node)
        return self.dom_point(position["x"], position["y"])

    def dimmed(self) -> set[str]:
        return set(self.js(f"graphx.nodes.get().filter(n => n.color.background === '{DIM}').map(n => n.id)"))

    def assert_clean(self) -> None:
        """No console error or warning, no uncaught error, no dialog, no request beyond the file itself."""
        assert self.console == []
        assert self.errors == []
        assert self.dialogs == []
        assert [r for r in self.requests if r != self.url] == []


@pytest.fixture
def open_map(browser: Any, tmp_path: Path) -> Iterator[Callable[..., Map]]:
    """Render a graph to a file, open it from disk in a fresh context and wait until it is drawn."""
    contexts = []

    def opener(graph: Graph, request: ViewRequest | None = None, *, bypass_csp: bool = False, name: str = "map") -> Map:
        target = tmp_path / f"{name}.html"
        target.write_text(render_html(graph, request).html, encoding="utf-8")
        context = browser.new_context(
            viewport={"width": 1280, "height": 800}, bypass_csp=bypass_csp, accept_downloads=True
        )
        contexts.append(context)
        page = context.new_page()
        opened = watch(Map(page=page, url=target.as_uri()), console_types=("error", "warning"))
        page.goto(opened.url)
        wait_until(page, "() => window.graphx && window.graphx.drawnAt !== null")
        return opened

    yield opener
    for context in contexts:
        context.close()


def lines(graph: Graph) -> int:
    return sum(len(r.between) if graph.form(r) == "mediated" else 1 for r in graph.relations)


@pytest.fixture(scope="module")
def shipped() -> Graph:
    return load_graph(SHIPPED)


def test_map_loads_offline_and_draws_the_whole_graph(open_map: Callable[..., Map], shipped: Graph) -> None:
    opened = open_map(shipped)
    assert opened.drawn() == (len(shipped.actors), lines(shipped))
    assert opened.page.title() == shipped.title
    assert opened.page.locator("h1").inner_text() == shipped.title
    assert "Showing 9 of 9 actors, 13 of 13 relations" in opened.page.locator("#status").inner_text()
    assert opened.js("graphx.network.physics.physicsEnabled") is False
    before = opened.js("graphx.network.getPositions()")
    opened.page.wait_for_timeout(300)
    assert opened.js("graphx.network.getPositions()") == before  # drawn and still
    opened.assert_clean()


def test_legend_lists_types_and_toggles_them(open_map: Callable[..., Map], shipped: Graph) -> None:
    opened = open_map(shipped)
    legend = opened.page.locator("#types .entry")
    assert legend.count() == 3
    assert [t.strip() for t in legend.locator(".count").all_inner_texts()] == ["4", "5", "4"]
    criticism = opened.page.get_by_role("checkbox", name="Criticism")
    criticism.uncheck()
    edges = lines(shipped) - sum(r.type == "criticism" for r in shipped.relations)
    assert opened.drawn() == (len(shipped.actors) - 1, edges)  # France has only criticism relations
    assert "FRA" not in opened.js("graphx.network.body.nodeIndices")
    criticism.check()
    assert opened.drawn() == (len(shipped.actors), lines(shipped))
    opened.assert_clean()


def test_imported_event_relations_are_thinner_and_named_in_the_legend(
    open_map: Callable[..., Map], shipped: Graph, tmp_path: Path
) -> None:
    from graphx.events.importer import import_events
    from graphx.events.merge import with_events

    graph_file = tmp_path / "caucasus.yaml"
    shutil.copy(SHIPPED, graph_file)
    report = import_events("gdelt", [str(FIXTURES / "events" / "gdelt-small.export.CSV")], graph_file)
    opened = open_map(with_events(shipped, events_file=report.events_file))
    widths = opened.js("graphx.edges.get().map(e => e.width)")
    assert sorted(set(widths)) == [0.5, 0.75, 2]
    assert "Thin lines: 7 imported event counts" in opened.page.locator("#types").inner_text()
    opened.assert_clean()


def test_search_finds_an_actor_by_alias_and_highlights_its_neighbourhood(
    open_map: Callable[..., Map],
    shipped: Graph,
) -> None:
    opened = open_map(shipped)
    opened.page.get_by_label("Find an actor").fill("kremlin")
    opened.page.get_by_label("Find an actor").press("Enter")
    assert opened.js("graphx.network.getSelectedNodes()") == ["RUS"]
    assert "Russia" in opened.page.locator("#search-result").inner_text()
    assert opened.dimmed() == {"CIS", "KAZ"}  # every other actor is a neighbour of Russia
    assert "Russia" in opened.page.locator("#details").inner_text()
    opened.page.get_by_label("Find an actor").fill("Atlantis")
    opened.page.get_by_role("button", name="Find").click()
    assert "No actor matches" in opened.page.locator("#search-result").inner_text()
    opened.assert_clean()


def test_clicking_an_actor_highlights_its_neighbourhood(open_map: Callable[..., Map], shipped: Graph) -> None:
    opened = open_map(shipped)
    opened.page.mouse.click(*opened.node_point("FRA"))
    assert opened.js("graphx.state.focus") == "FRA"
    assert opened.dimmed() == set(shipped.actors) - {"FRA", "RUS"}
    dim_edges = opened.js("graphx.edges.get().filter(e => e.color.color === '#d5d8dc').length")
    assert dim_edges == lines(shipped) - 2  # all but France's two criticism lines
    box = opened.page.locator("#map").bounding_box()
    opened.page.mouse.click(box["x"] + 5, box["y"] + 5)  # an empty corner clears the highlight
    assert opened.js("graphx.state.focus") is None and opened.dimmed() == set()
    opened.assert_clean()


def test_hover_shows_plain_text_details(open_map: Callable[..., Map], shipped: Graph) -> None:
    opened = open_map(shipped)
    opened.page.mouse.move(*opened.node_point("RUS"))
    tooltip = opened.page.locator("#tooltip")
    tooltip.wait_for(state="visible")
    assert "Russia" in tooltip.inner_text() and "Kremlin" in tooltip.inner_text()
    ukraine, russia = opened.js("graphx.network.getPositions(['UKR', 'RUS'])").values()
    opened.page.mouse.move(0, 0)
    opened.page.mouse.move(*opened.dom_point((ukraine["x"] + russia["x"]) / 2, (ukraine["y"] + russia["y"]) / 2))
    wait_until(opened.page, "() => document.getElementById('tooltip').textContent.includes('Conflict')")
    text = tooltip.inner_text()
    assert "Russia \u2194 Ukraine" in text and "February invasion of Ukraine" in text and "Expatica" in text
    opened.assert_clean()


def test_date_control_shows_the_graph_as_of_each_date(open_map: Callable[..., Map]) -> None:
    graph = load_graph(DATED)
    opened = open_map(graph)
    dates: list[str] = opened.js("graphx.data.dates")
    edges = opened.js("graphx.data.edges.map(e => [e.id, e.rel])")
    by_id = {r.id: r for r in graph.relations}
    slider = opened.page.get_by_label("As of date")
    slider.focus()
    opened.page.keyboard.press("Home")
    assert opened.page.get_by_label("Show the graph as of").is_checked()
    for number, day in enumerate(dates):
        if number:
            opened.page.keyboard.press("ArrowRight")
        assert opened.page.locator("#asof-label").inner_text() == day
        when = dt.date.fromisoformat(day)
        expected = {edge for edge, rel in edges if in_force(by_id[rel], when, when)}
        assert set(opened.js("graphx.network.body.edgeIndices")) == expected, day
    opened.page.get_by_label("Show the graph as of").uncheck()
    assert opened.drawn() == (len(graph.actors), lines(graph))
    opened.assert_clean()


def test_save_as_png_downloads_the_picture(open_map: Callable[..., Map], shipped: Graph, tmp_path: Path) -> None:
    opened = open_map(shipped)
    with opened.page.expect_download() as download:
        opened.page.get_by_role("button", name="Save as PNG").click()
    assert download.value.suggested_filename == "caucasus.png"
    saved = tmp_path / "saved.png"
    download.value.save_as(saved)
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and saved.stat().st_size > 5_000
    opened.assert_clean()


def test_highlighted_path_and_focus_are_drawn(open_map: Callable[..., Map]) -> None:
    graph = load_graph(DATED)
    opened = open_map(graph, ViewRequest(path=("AAA-MIN", "DDD"), actor="AAA", depth=2))
    assert opened.js("graphx.data.path") == ["AAA-MIN", "CCC", "DDD"]
    path = opened.page.locator("#path").inner_text()
    assert path == "Highlighted path: Alpha foreign minister \u2192 Gamma \u2192 Delta"
    widths = opened.js("Object.fromEntries(graphx.edges.get().map(e => [e.rel + '|' + e.to, e.width]))")
    wide = {key.split("|")[1] for key, width in widths.items() if width > 2}
    assert wide == {"CCC", "DDD"}
    assert opened.js("graphx.state.focus") == "AAA"
    opened.assert_clean()


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "without-csp"])
def test_payloads_in_every_field_run_nothing(open_map: Callable[..., Map], bypass_csp: bool) -> None:
    """With the CSP bypassed too, so that escaping alone is what keeps the payloads inert."""
    graph = load_graph(XSS)
    opened = open_map(graph, bypass_csp=bypass_csp)
    page = opened.page
    for actor in graph.actors:
        page.mouse.move(*opened.node_point(actor))
        page.locator("#tooltip").wait_for(state="visible")
        page.mouse.click(*opened.node_point(actor))
        page.mouse.move(0, 0)
    for edge in opened.js("graphx.data.edges.map(e => e.id)"):
        opened.js("(id) => graphx.network.selectEdges([id])", edge)
        page.evaluate("(id) => graphx.network.body.emitter.emit('click', {nodes: [], edges: [id]})", edge)
        assert "window.__xss" in page.locator("#details").inner_text()
    search = page.get_by_label("Find an actor")
    search.fill("</script><script>window.__xss='alias'</script>")
    search.press("Enter")
    assert opened.js("graphx.state.focus") == "AAA"
    for box in page.locator("#types input").all():
        box.uncheck()
        box.check()
    page.get_by_label("As of date").focus()
    page.keyboard.press("Home")
    page.get_by_role("button", name="Reset view").click()
    assert page.title() == graph.title
    assert opened.js("window.__xss === undefined")
    assert opened.js("document.images.length") == 0
    assert opened.js("document.querySelectorAll('script').length") == 3
    assert opened.js("document.querySelectorAll('svg, iframe, object, embed, [onerror], [onload], a').length") == 0
    text = page.locator("body").inner_text()
    assert "<img src=x onerror=" in text  # shown, as text
    opened.assert_clean()


def test_goal_sized_graph_is_drawn_whole(open_map: Callable[..., Map]) -> None:
    graph = synthetic_graph(1000, 5000, seed=0)
    opened = open_map(graph)
    assert opened.drawn() == (1000, lines(graph))
    assert opened.js("graphx.network.physics.physicsEnabled") is False
    opened.assert_clean()


def test_a_partial_view_says_so(open_map: Callable[..., Map]) -> None:
    graph = synthetic_graph(60, 200, seed=2)
    opened = open_map(graph, ViewRequest(limit=50))
    view = render_html(graph, ViewRequest(limit=50)).view
    assert opened.drawn() == (len(view.actors), len(view.edges))
    assert "most connected actors" in opened.page.locator("#notice").inner_text()
    opened.assert_clean()


def test_a_graph_without_relations_still_draws(open_map: Callable[..., Map]) -> None:
    opened = open_map(load_graph(FIXTURES / "render" / "lonely.yaml"))
    assert opened.drawn() == (1, 0)
    assert opened.page.locator("#dates").is_hidden()
    opened.assert_clean()
