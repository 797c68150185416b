"""Fixtures of the event-data tests: a project folder with a copy of the example graph, and GDELT rows."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.events.rows import WriteRows
from tests.paths import PACKAGED


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with graphs/caucasus.yaml, as the working directory."""
    (tmp_path / "graphs").mkdir()
    shutil.copy(PACKAGED, tmp_path / "graphs" / "caucasus.yaml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GRAPHX_NO_CACHE", "1")
    return tmp_path


@pytest.fixture
def gdelt_file(tmp_path: Path) -> WriteRows:
    """Write GDELT lines to a file and return its path."""

    def write(lines: list[str], name: str = "rows.tsv") -> Path:
        path = tmp_path / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    return write
