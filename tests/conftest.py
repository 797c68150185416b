"""Shared test fixtures: paths to small graph files and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.browser import browser as browser  # one headless Chromium per session, for every folder
from tests.paths import FIXTURES


@pytest.fixture
def small_path() -> Path:
    """A small valid graph that uses every feature of the format."""
    return FIXTURES / "good" / "small.yaml"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests never write to the user's graph cache."""
    import os

    os.environ["GRAPHX_CACHE_DIR"] = str(tmp_path_factory.mktemp("graphx-cache"))


@pytest.fixture(autouse=True)
def _no_default_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    """A GRAPHX_GRAPH set in the shell running the tests does not choose the tests' graph."""
    monkeypatch.delenv("GRAPHX_GRAPH", raising=False)
