"""A headless Chromium for the tests that open generated pages (Playwright driving the system Chromium).

Skips when Chromium or Playwright is missing, except under CI=true, where that is a failure.
Set GRAPHX_CHROMIUM to use a Chromium other than /usr/bin/chromium. tests/conftest.py offers the
`browser` fixture to every test folder: one Chromium per session (Playwright's sync API allows one).
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest

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


def chromium_path() -> str | None:
    """The Chromium to drive: $GRAPHX_CHROMIUM, /usr/bin/chromium, or `chromium` on the PATH."""
    given = os.environ.get("GRAPHX_CHROMIUM")
    if given:
        return given if Path(given).is_file() else None
    for candidate in ("/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def unavailable(reason: str) -> None:
    """Skip, or fail under CI, where the browser tests must run."""
    if os.environ.get("CI", "").lower() in ("true", "1"):
        pytest.fail(f"browser tests cannot run under CI: {reason}", pytrace=False)
    pytest.skip(f"browser tests skipped: {reason}")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole session."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        unavailable("the playwright package is not installed (pip install -e '.[dev]')")
    executable = chromium_path()
    if executable is None:
        where = os.environ.get("GRAPHX_CHROMIUM") or "/usr/bin/chromium"
        unavailable(f"no Chromium at {where} (apt-get install chromium, or set GRAPHX_CHROMIUM)")
    with sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        except Error as exc:
            unavailable(f"Chromium at {executable} did not start: {str(exc).splitlines()[0]}")
        yield launched
        launched.close()


@dataclass
class Watched:
    """An open page and what it did: console messages, uncaught errors, requests and dialogs (dismissed)."""

    page: Any
    url: str
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, argument: Any = None) -> Any:
        return self.page.evaluate(expression, argument)


W = TypeVar("W", bound=Watched)


def watch(opened: W, console_types: tuple[str, ...] | None = None) -> W:
    """Record what `opened.page` does from now on (console messages of `console_types`, or all)."""

    def dialog(shown: Any) -> None:
        opened.dialogs.append(shown.message)
        shown.dismiss()

    def console(message: Any) -> None:
        if console_types is None or message.type in console_types:
            opened.console.append(f"{message.type}: {message.text}")

    opened.page.on("console", console)
    opened.page.on("pageerror", lambda e: opened.errors.append(str(e)))
    opened.page.on("request", lambda r: opened.requests.append(r.url))
    opened.page.on("dialog", dialog)
    return opened


POLL_SECONDS = 0.05


def wait_until(page: Any, predicate: str, timeout: float = 30.0) -> None:
    """Poll a JavaScript predicate (a function expression) until it is true. Playwright's wait_for_function
    evaluates a string on each poll, which the map's strict CSP refuses once polling has to repeat on a loaded
    machine; one page.evaluate per poll is a single evaluation and passes the CSP."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(predicate):
        if time.monotonic() > deadline:
            raise AssertionError(f"never true within {timeout:.0f} s: {predicate}")
        time.sleep(POLL_SECONDS)
