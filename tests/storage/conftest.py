"""A project folder (graphs/ with the shipped graph, seeds/ with the article it cites), as the working folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.paths import ROOT


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "graphs").mkdir()
    shutil.copy(ROOT / "graphs" / "caucasus.yaml", tmp_path / "graphs" / "caucasus.yaml")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GRAPHX_NO_CACHE", "1")
    return tmp_path
