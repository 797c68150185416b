"""The map coloured by bloc (render --color-by community), in a real headless Chromium."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from graphx.graph.load import load_graph
from graphx.render import render_html
from graphx.render.blocs import PALETTE, UNGROUPED_COLOR
from tests.browser import wait_until
from tests.paths import SHIPPED

pytestmark = pytest.mark.browser


def chromium() -> str:
    """The system Chromium ($GRAPHX_CHROMIUM or /usr/bin/chromium); skipped without one, except under CI."""
    found = os.environ.get("GRAPHX_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(found).is_file():
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(f"no Chromium at {found}", pytrace=False)
        pytest.skip(f"no Chromium at {found}")
    return found


def test_the_legend_names_each_bloc_and_the_dots_wear_its_colour(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    page_file = tmp_path / "blocs.html"
    page_file.write_text(render_html(load_graph(SHIPPED), color_by="community").html, encoding="utf-8")
    problems: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), headless=True, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.goto(page_file.as_uri())
            wait_until(page, "() => window.graphx && window.graphx.drawnAt !== null")
            legend = page.locator("#kinds .entry").all_inner_texts()
            fills = page.evaluate("Object.fromEntries(graphx.nodes.get().map(n => [n.id, n.color.background]))")
        finally:
            browser.close()
    assert problems == []
    assert legend == ["Armenia's bloc (4 actors)", "Russia's bloc (3 actors)", "in no bloc (no relation drawn)"]
    assert {a: fills[a] for a in ("ARM", "AZE", "USA", "EU")} == dict.fromkeys(("ARM", "AZE", "USA", "EU"), PALETTE[0])
    assert {a: fills[a] for a in ("RUS", "FRA", "UKR")} == dict.fromkeys(("RUS", "FRA", "UKR"), PALETTE[1])
    assert fills["KAZ"] == fills["CIS"] == UNGROUPED_COLOR
