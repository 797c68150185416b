"""A regression net of common phrasings: each invented sentence in tests/fixtures/extract/phrasings.txt states one
relation that the extractor reads at the default threshold."""

from __future__ import annotations

import pytest

from graphx.extract.confidence import DEFAULT_MIN_CONFIDENCE
from graphx.extract.extractor import extract
from graphx.lexicon import Lexicon
from tests.paths import FIXTURES

PHRASINGS = FIXTURES / "extract" / "phrasings.txt"


def _rows() -> list[tuple[str, tuple[str, ...]]]:
    rows = []
    for line in PHRASINGS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, relation = line.split(" => ")
        kind, first, second = relation.split()
        rows.append((text, (kind, *sorted((first, second))) if kind == "conflict" else (kind, first, second)))
    return rows


def _edges(text: str, lexicon: Lexicon) -> set[tuple[str, ...]]:
    edges: set[tuple[str, ...]] = set()
    for found in extract([text], lexicon, "2025-03-01", DEFAULT_MIN_CONFIDENCE):
        for kind, first, second in found.edges():
            edges.add((kind, *sorted((first, second))) if kind == "conflict" else (kind, first, second))
    return edges


def test_the_phrasings_file_is_read_whole() -> None:
    rows = _rows()
    assert len(rows) > 300
    assert {relation[0] for _, relation in rows} == {"criticism", "mediation", "conflict"}


@pytest.mark.parametrize(("text", "relation"), _rows(), ids=lambda value: value if isinstance(value, str) else None)
def test_a_common_phrasing_is_read(text: str, relation: tuple[str, ...], lexicon: Lexicon) -> None:
    assert relation in _edges(text, lexicon)
