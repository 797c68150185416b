"""Fixtures of the extraction tests: the shipped lexicon, built once per session."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon, build_lexicon


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return build_lexicon()
