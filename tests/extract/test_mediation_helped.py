"""Mediators who help or persuade two sides to settle (graphx.extract.mediation_helped): two helped sides, or one
persuaded to a truce, talks or a deal with another; help to one side alone, or to another end, names no mediator."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import mediations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar persuaded Iran and Israel to accept a ceasefire.", {("QAT", "IRN"), ("QAT", "ISR")}),
        ("Qatar persuaded Iran to accept a ceasefire with Israel.", {("QAT", "IRN"), ("QAT", "ISR")}),
        (
            "The United States convinced Israel to sign a peace deal with the United Arab Emirates.",
            {("USA", "ISR"), ("USA", "ARE")},
        ),
        ("The US persuaded Israel to hold talks with Hamas.", {("USA", "ISR"), ("USA", "HAMAS")}),
        ("Qatar invited Iran for talks with Israel.", {("QAT", "IRN"), ("QAT", "ISR")}),
        ("Egypt invited Hamas to Cairo for ceasefire talks with Israel.", {("EGY", "HAMAS"), ("EGY", "ISR")}),
    ],
)
def test_one_side_persuaded_or_invited_to_a_truce_or_talks_with_another(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia persuaded Armenia to sign a deal with Russia.",  # a deal with the persuader: its own
        "Qatar persuaded Iran to accept help with Israel.",  # no truce, talks or deal
        "Qatar could persuade Iran to accept a ceasefire with Israel.",  # hedged
        "Turkey invited the Ukrainian president for talks with Erdogan.",  # talks with the host: its own
        "Qatar invited Iran to a summit with Qatar.",
        "The UAE helped India reach a deal with Pakistan.",  # help to one side: a backer, not a mediator
        "China persuaded Russia to fight a war with Ukraine.",  # no settling
    ],
)
def test_no_truce_or_talks_with_a_third_side_names_no_mediator(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()
