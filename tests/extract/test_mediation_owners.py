"""A mediation verb in an infinitive after an owned noun: the owner mediates, not the clause's subject."""

from __future__ import annotations

import pytest

from graphx.extract.extractor import extract
from graphx.lexicon import Lexicon
from tests.extract.readings import mediations


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


@pytest.mark.parametrize(
    "sentence",
    [
        'Belarus said in a statement the Norwegian government "will take a role as a witness and mediate".',
        'Belarus said Norway "has agreed to mediate between Poland and Belarus".',
    ],
)
def test_the_actor_before_a_quotation_that_opens_with_its_verb_mediates_not_the_speaker(
    sentence: str, lexicon: Lexicon
) -> None:
    from tests.extract.readings import SIDES, mediations

    assert {m for m, _ in mediations([*SIDES, sentence], lexicon, 2)} == {"NOR"}


def test_a_quotation_with_its_own_subject_is_the_speakers(lexicon: Lexicon) -> None:
    from tests.extract.readings import SIDES, mediations

    sentence = 'Norway said Sweden "knows we will mediate between Poland and Belarus".'
    assert "SWE" not in {m for m, _ in mediations([*SIDES, sentence], lexicon, 2)}


def test_a_ceasefire_a_third_proposed_is_its_mediation(lexicon: Lexicon) -> None:
    found = mediations(["Israel and Hamas accepted a US-proposed ceasefire."], lexicon, 0)
    assert found == {("USA", "ISR"), ("USA", "HAMAS")}
    assert mediations(["Hamas rejected the Israeli-proposed ceasefire."], lexicon, 0) == set()
