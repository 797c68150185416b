"""The HTML briefing in a real headless Chromium: its CSP holds, nothing loads or runs, the figure shows,
and the tables fit a 1,200-pixel window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from graphx.graph.load import load_graph
from graphx.graph.model import Graph
from graphx.graph.synthetic import synthetic_graph
from graphx.report import brief
from tests.browser import Watched as Page
from tests.browser import watch
from tests.paths import FIXTURES, SHIPPED

pytestmark = pytest.mark.browser


@pytest.fixture
def open_brief(browser: Any, tmp_path: Path) -> Iterator[Callable[..., Page]]:
    """Write a graph's HTML briefing to a file and open it from disk, in a window `width` pixels wide."""
    contexts = []

    def opener(graph: Graph, width: int = 1200, **options: Any) -> Page:
        target = tmp_path / "brief.html"
        brief.write(graph, target, fmt="html", **options)
        context = browser.new_context(viewport={"width": width, "height": 900})
        contexts.append(context)
        page = context.new_page()
        opened = watch(Page(page=page, url=target.as_uri()))
        page.goto(opened.url)
        page.wait_for_load_state("load")
        return opened

    yield opener
    for context in contexts:
        context.close()


def _overflowing_tables(opened: Page) -> list[int]:
    return list(
        opened.js(
            """[...document.querySelectorAll('div.table')]
                 .map(d => d.scrollWidth - d.clientWidth).filter(extra => extra > 0)"""
        )
    )


def test_brief_csp_forbids_loads_scripts_and_foreign_styles(open_brief: Callable[..., Page]) -> None:
    opened = open_brief(load_graph(SHIPPED))
    assert opened.console == [] and opened.errors == [] and opened.dialogs == []
    policy = opened.js("document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content")
    assert policy.startswith("default-src 'none'; script-src 'none'; style-src 'sha256-")
    assert opened.js("getComputedStyle(document.body).maxWidth") != "none"  # our own stylesheet applies
    injected = opened.js(
        """(() => {
            const style = document.createElement('style');
            style.textContent = 'body { background: rgb(255, 0, 0) }';
            document.head.appendChild(style);
            return getComputedStyle(document.body).backgroundColor;
        })()"""
    )
    assert injected != "rgb(255, 0, 0)"  # an inline style that is not ours is refused
    assert len(opened.console) == 1 and "violates the following Content Security Policy" in opened.console[0]
    assert [r for r in opened.requests if r != opened.url and not r.startswith("data:")] == []


def test_brief_figure_shows_as_an_image(open_brief: Callable[..., Page]) -> None:
    opened = open_brief(load_graph(SHIPPED))
    size = opened.js("(() => { const i = document.querySelector('img.figure'); return [i.naturalWidth, i.width]; })()")
    assert size[0] > 0 and 0 < size[1] <= 1200


def test_hostile_brief_runs_and_loads_nothing(open_brief: Callable[..., Page]) -> None:
    opened = open_brief(load_graph(FIXTURES / "export" / "hostile.yaml"))
    assert opened.dialogs == [] and opened.errors == []
    assert [r for r in opened.requests if r != opened.url and not r.startswith("data:")] == []
    assert "<script>alert('a')</script>" in opened.js("document.body.innerText")  # shown as text


@pytest.mark.parametrize("graph", ["shipped", "tricky", "synthetic"])
def test_brief_tables_fit_1200_pixels(open_brief: Callable[..., Page], graph: str) -> None:
    loaded = {
        "shipped": lambda: load_graph(SHIPPED),
        "tricky": lambda: load_graph(FIXTURES / "export" / "tricky.yaml"),
        "synthetic": lambda: synthetic_graph(200, 600, seed=1),
    }[graph]()
    opened = open_brief(loaded)
    assert _overflowing_tables(opened) == []
    assert opened.js("document.documentElement.scrollWidth") <= 1200
