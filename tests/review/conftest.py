"""Review-loop fixtures: a project folder whose candidates file holds many synthetic candidates."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from graphx.review.candidates import dump_candidates
from tests.browser import CHROMIUM_ARGS, chromium_path, unavailable
from tests.paths import FIXTURES
from tests.review.synthetic import GRAPH_NAME, synthetic_candidates


@pytest.fixture
def make_project(tmp_path: Path) -> Callable[[int], Path]:
    """A graph (the small fixture) with `count` synthetic candidates beside it; returns the graph's path."""

    def make(count: int) -> Path:
        folder = tmp_path / "graphs"
        folder.mkdir(exist_ok=True)
        graph = folder / GRAPH_NAME
        shutil.copy(FIXTURES / "good" / GRAPH_NAME, graph)
        (tmp_path / "news").mkdir(exist_ok=True)
        lines = [f"Betastan condemned X{n} on day {n}." for n in range(count)]
        (tmp_path / "news" / "wire.txt").write_text("\n".join(lines) + "\n")
        (folder / "small.candidates.yaml").write_text(dump_candidates(synthetic_candidates(count), GRAPH_NAME))
        return graph

    return make


@pytest.fixture(scope="session")
def in_browser() -> Iterator[Callable[[Callable[[Any], Any]], Any]]:
    """Runs a function with one headless Chromium, in a thread of its own.

    Playwright's sync API allows one instance per thread, and the map's browser tests may hold the main
    thread's; so every call to the page happens in this fixture's thread. Exceptions come back to the caller.
    """
    from concurrent.futures import ThreadPoolExecutor

    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        unavailable("the playwright package is not installed (pip install -e '.[dev]')")
    executable = chromium_path()
    if executable is None:
        unavailable("no Chromium at /usr/bin/chromium (apt-get install chromium, or set GRAPHX_CHROMIUM)")
    held: dict[str, Any] = {}

    def start() -> str | None:
        held["playwright"] = sync_playwright().start()
        try:
            held["browser"] = held["playwright"].chromium.launch(
                executable_path=executable, headless=True, args=CHROMIUM_ARGS
            )
        except Error as exc:
            held["playwright"].stop()
            return str(exc).splitlines()[0]
        return None

    def stop() -> None:
        held["browser"].close()
        held["playwright"].stop()

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="chromium") as thread:
        failed = thread.submit(start).result(timeout=120)
        if failed:
            unavailable(f"Chromium at {executable} did not start: {failed}")
        yield lambda scenario: thread.submit(scenario, held["browser"]).result(timeout=300)
        thread.submit(stop).result(timeout=120)
