"""Fixtures of the event-data tests: a project folder with a copy of the example graph, and GDELT rows."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.paths import PACKAGED


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with graphs/caucasus.yaml, as the working directory."""
    (tmp_path / "graphs").mkdir()
    shutil.copy(PACKAGED, tmp_path / "graphs" / "caucasus.yaml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GRAPHX_NO_CACHE", "1")
    return tmp_path


def gdelt_line(event_id: int, day: str, actor1: str, actor2: str, code: str, **more: str) -> str:
    """A 61-column GDELT row between two state actors (country codes), invented for a test."""

    def actor(country: str) -> list[str]:
        return [country, country, country, "", "", "", "", "", "", ""] if country else [""] * 10

    geo = ["1", "Place", "XX", "XX", "", "0.0", "0.0", "0"]
    fields = [str(event_id), day, day[:6], day[:4], day[:4] + ".5", *actor(actor1), *actor(actor2),
              more.get("root", "1"), code, code[:3], code[:2], "1", more.get("goldstein", "-1.0"),
              more.get("mentions", "3"), "1", "3", "0.0", *geo, *geo, *geo, day + "000000",
              f"https://example.test/{event_id}"]  # fmt: skip
    return "\t".join(fields)


WriteRows = Callable[..., Path]


@pytest.fixture
def gdelt_file(tmp_path: Path) -> WriteRows:
    """Write GDELT lines to a file and return its path."""

    def write(lines: list[str], name: str = "rows.tsv") -> Path:
        path = tmp_path / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    return write
