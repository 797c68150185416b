"""CLI fixtures: a project folder holding the example graph and two articles, entered as the working folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.paths import FIXTURES, PACKAGED, ROOT


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """graphs/caucasus.yaml with seeds/ holding the seed article and the written europe.txt; the cache off."""
    (tmp_path / "graphs").mkdir()
    shutil.copy(PACKAGED, tmp_path / "graphs" / "caucasus.yaml")
    (tmp_path / "seeds").mkdir()
    shutil.copy(ROOT / "seeds" / "expatica-putin-macron-karabakh.txt", tmp_path / "seeds")
    shutil.copy(FIXTURES / "extract" / "corpus" / "europe.txt", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GRAPHX_NO_CACHE", "1")
    return tmp_path
