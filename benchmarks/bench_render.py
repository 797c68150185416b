"""Render benchmarks: Python render time, and page load to a drawn, still map in headless Chromium.

The goal case is 1,000 actors / 5,000 relations drawn and still within 5 s of page load. The
baseline is the same graph through pyvis' own page with its default physics, measured in the
same run (capped by a timeout; skipped with --quick).
"""

from __future__ import annotations

import os
import statistics
import tempfile
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.harness import Measurement, median_time

SIZES = ((20, 100), (200, 1_000), (1_000, 5_000))  # (actors, relations)
GOAL = (1_000, 5_000)
GOAL_SECONDS = 5.0
BASELINE_TIMEOUT = 60.0  # seconds pyvis' default physics may take to come to rest (one run per size)
CHROMIUM = os.environ.get("GRAPHX_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
]

# Runs in every page from its start: finds the vis network (ours: graphx.network; pyvis': the global
# `network`), notes its first drawing and the last time any node moved by a pixel or more.
PROBE = """
window.__probe = {drawnAt: null, lastMove: 0, hooked: false, last: null};
setInterval(function () {
  var p = window.__probe;
  var net = (window.graphx && window.graphx.network) || window.network;
  if (!net || !net.getPositions) { return; }
  if (!p.hooked) {
    p.hooked = true;
    net.on('afterDrawing', function () { if (p.drawnAt === null) { p.drawnAt = performance.now(); } });
  }
  if (window.graphx && window.graphx.drawnAt !== null && p.drawnAt === null) { p.drawnAt = window.graphx.drawnAt; }
  var positions = net.getPositions();
  var now = Object.keys(positions).map(function (k) {
    return Math.round(positions[k].x) + ',' + Math.round(positions[k].y);
  }).join(';');
  if (now !== p.last) { p.last = now; p.lastMove = performance.now(); }
}, 100);
"""
STILL = (
    "() => window.__probe.drawnAt !== null && performance.now() - Math.max(window.__probe.lastMove, "
    "window.__probe.drawnAt) > 1000"
)


def _size(actors: int, relations: int) -> str:
    return f"{actors:,} actors / {relations:,} relations"


def _pyvis_default_page(graph: Any) -> str:
    """The same nodes and lines through pyvis' own template with its defaults (physics on)."""
    from pyvis.network import Network

    from graphx.render.view import drawn_edges

    network = Network(directed=True, cdn_resources="in_line")
    for actor in sorted(graph.actors):
        network.add_node(actor, label=graph.actors[actor].name)
    for edge in drawn_edges(graph, graph.relations):
        network.add_edge(edge.source, edge.target)
    html: str = network.generate_html()
    return html


def _time_to_still(browser: Any, path: Path, timeout: float) -> tuple[float | None, float | None]:
    """Seconds from navigation start to the first drawing, and to drawn with nothing moving for 1 s.

    Either is None when it did not happen within `timeout`.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        context.route(
            "**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort()
        )
        page = context.new_page()
        page.add_init_script(PROBE)
        page.goto(path.as_uri(), timeout=timeout * 1000)
        try:
            page.wait_for_function(STILL, timeout=timeout * 1000, polling=200)
        except Exception:  # playwright's TimeoutError: the map never came to rest in time
            drawn = page.evaluate("window.__probe.drawnAt")
            return (float(drawn) / 1000 if drawn is not None else None), None
        probe = page.evaluate("window.__probe")
        return float(probe["drawnAt"]) / 1000, float(max(probe["drawnAt"], probe["lastMove"])) / 1000
    finally:
        context.close()


def _browser_measurements(
    pages: dict[tuple[int, int], Path],
    baselines: dict[tuple[int, int], Path],
    runs: int,
) -> list[Measurement]:
    from playwright.sync_api import sync_playwright

    results: list[Measurement] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            for (actors, relations), path in pages.items():
                baseline = baselines.get((actors, relations))
                pyvis_drawn, pyvis_seconds = (
                    _time_to_still(browser, baseline, BASELINE_TIMEOUT) if baseline else (None, None)
                )
                times = [_time_to_still(browser, path, 30.0)[1] for _ in range(runs)]
                done = [t for t in times if t is not None]
                median = statistics.median(done) if done else float("inf")
                goal = (actors, relations) == GOAL
                measurement = Measurement(
                    "render",
                    "page load -> drawn and still (Chromium)",
                    _size(actors, relations),
                    median,
                    goal=f"< {GOAL_SECONDS:.0f} s" if goal else "",
                    met=median < GOAL_SECONDS if goal else None,
                )
                if baseline:
                    shown = f"{pyvis_seconds:.1f} s" if pyvis_seconds is not None else f"> {BASELINE_TIMEOUT:.0f} s"
                    first = f"{pyvis_drawn:.1f} s" if pyvis_drawn is not None else f"> {BASELINE_TIMEOUT:.0f} s"
                    shown = f"{shown} (first drawn {first})"
                    measurement = replace(
                        measurement,
                        baseline=f"pyvis default physics: {shown}",
                        ratio=median / pyvis_seconds if pyvis_seconds else None,
                    )
                results.append(measurement)
        finally:
            browser.close()
    return results


def run(quick: bool = False) -> list[Measurement]:
    """Render time in Python at each size, then load-to-still in Chromium (and pyvis' baseline unless quick)."""
    from graphx.graph.synthetic import synthetic_graph
    from graphx.render import ViewRequest, render_html

    measurements: list[Measurement] = []
    folder = Path(tempfile.mkdtemp(prefix="graphx-bench-render-"))
    pages: dict[tuple[int, int], Path] = {}
    baselines: dict[tuple[int, int], Path] = {}
    request = ViewRequest(limit=None)
    for actors, relations in SIZES:
        graph = synthetic_graph(actors, relations, seed=relations)
        seconds = median_time(partial(render_html, graph, request), runs=1 if quick else 3, warmup=1)
        html = render_html(graph, request).html
        path = folder / f"map-{relations}.html"
        path.write_text(html, encoding="utf-8")
        pages[(actors, relations)] = path
        measurements.append(
            Measurement("render", "render_html (Python: view, layout, page)", _size(actors, relations), seconds)
        )
        measurements.append(
            Measurement(
                "render", "HTML file size", _size(actors, relations), len(html.encode("utf-8")) / 1e6, unit="MB"
            )
        )
        if not quick and relations >= 1_000:
            baselines[(actors, relations)] = folder / f"pyvis-default-{relations}.html"
            baselines[(actors, relations)].write_text(_pyvis_default_page(graph), encoding="utf-8")
    if not Path(CHROMIUM).is_file():
        print(f"(no Chromium at {CHROMIUM}: browser timings skipped)")
        return measurements
    measurements += _browser_measurements(pages, baselines, runs=1 if quick else 3)
    return measurements
