"""A mediation verb in an infinitive after an owned noun: the owner mediates, not the clause's subject."""

from __future__ import annotations

import pytest

from graphx.extract.extractor import extract
from graphx.lexicon import Lexicon


def mediators(sentence: str, lexicon: Lexicon) -> set[str | None]:
    return {f.source for f in extract([sentence], lexicon, "2025-06-04", 0.5) if f.type == "mediation"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Poland welcomed Norway's decision to mediate between Poland and Belarus.",
        "Belarus praised Norway's offer to host talks between Poland and Belarus.",
    ],
)
def test_the_owner_of_the_decision_mediates(sentence: str, lexicon: Lexicon) -> None:
    assert mediators(sentence, lexicon) == {"NOR"}


def test_a_plain_infinitive_keeps_the_subject(lexicon: Lexicon) -> None:
    assert mediators("Norway agreed to host talks between Poland and Belarus.", lexicon) == {"NOR"}
