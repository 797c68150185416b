"""A mediator named without its sides takes those another sentence reads it mediating between
(graphx.extract.mediator_sides)."""

from __future__ import annotations

from graphx.lexicon import Lexicon
from tests.extract.readings import mediations

TALKS = "In a meeting in Cairo, Fatah and Hamas agreed to hand over Gaza."


def test_a_mediator_without_sides_takes_those_it_hosted_elsewhere(lexicon: Lexicon) -> None:
    text = [TALKS, "Cairo also brokered a similar agreement in 2011.", "Israel held Hamas responsible for attacks."]
    assert mediations(text, lexicon, 1) == {("EGY", "FATAH"), ("EGY", "HAMAS")}


def test_a_mediator_named_nowhere_else_takes_no_sides_from_another(lexicon: Lexicon) -> None:
    text = [TALKS, "Qatar also brokered a similar agreement in 2011.", "Israel held Hamas responsible for attacks."]
    assert ("QAT", "FATAH") not in mediations(text, lexicon, 1)
