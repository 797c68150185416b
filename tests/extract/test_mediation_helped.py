"""Mediators who help or persuade two sides to settle (graphx.extract.mediation_helped): two helped sides, or one
persuaded to a truce, talks, a swap or a peace deal with another; help to one side alone, another kind of deal or an
invitation to talks with a third names no mediator."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import BOTH, SIDES, mediations


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
        ("Egypt convinced Hamas to agree to a prisoner exchange with Israel.", {("EGY", "HAMAS"), ("EGY", "ISR")}),
    ],
)
def test_one_side_persuaded_to_a_truce_talks_or_a_peace_deal_with_another(
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
        "China persuaded Sri Lanka to sign a debt deal with the IMF.",  # a deal of another kind
        "The United States persuaded India to sign a defence deal with Japan.",
        "Hamas persuaded Qatar to accept its demands in talks with Israel.",  # the demands, not the talks, accepted
        "Qatar invited Hamas leaders for talks with Egyptian mediators.",  # an invitation names no two foes
        "Germany invited Ukraine for talks with NATO allies.",
    ],
)
def test_no_truce_or_talks_with_a_third_side_names_no_mediator(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Qatar is working with Israel and Hamas to iron out differences over the truce.",
        "Qatar worked with Israel and Hamas to resolve the dispute over the ceasefire.",
    ],
)
def test_working_with_two_sides_to_settle_their_dispute_mediates(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("QAT", "ISR"), ("QAT", "HAMAS")}


@pytest.mark.parametrize(
    "text",
    [
        "The US is working with Japan and South Korea to restore supply chains.",  # no dispute settled
        "The US is working with Japan and South Korea to hold talks with North Korea.",  # allies together
    ],
)
def test_working_with_two_to_another_end_is_no_mediation(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "France is working with its allies Germany and Italy to settle the dispute.",
        "Washington is working with Britain and France to resolve the conflict in Haiti.",
        "The US is working with Egypt and Qatar to resolve the remaining disputes between Israel and Hamas.",
        "Turkey is working with Sweden and Finland to resolve its differences with them.",
    ],
)
def test_working_with_allies_or_on_anothers_dispute_is_no_mediation_between_them(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Qatar secured Iran's agreement to a ceasefire with Israel.",
        "Qatar's prime minister secured Tehran's agreement to a ceasefire in the conflict between Israel and Iran.",
    ],
)
def test_securing_one_sides_agreement_to_a_truce_with_the_other_mediates(text: str, lexicon: Lexicon) -> None:
    assert ("QAT", "IRN") in mediations([text], lexicon, 0) and ("QAT", "ISR") in mediations([text], lexicon, 0)


@pytest.mark.parametrize(
    "text", ["Qatar secured Iran's agreement to a gas deal.", "Qatar secured Iran's agreement to a ceasefire."]
)
def test_an_agreement_secured_with_no_other_side_names_no_pair(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    ("text", "mediators"),
    [
        ("Lithuania persuaded Belarus to accept the ceasefire.", {"LTU"}),
        ("Lithuania persuaded Belarus to approve the proposed deal.", {"LTU"}),
        ("Lithuania persuaded Belarus to accept its demands.", set()),
        ("Lithuania persuaded Belarus to buy gas.", set()),
    ],
)
def test_one_side_persuaded_to_a_settlement_leaves_the_mediator_the_disputes_sides(
    text: str, mediators: set[str], lexicon: Lexicon
) -> None:
    found = mediations([*SIDES, text], lexicon, 2)
    assert {m for m, _ in found} == mediators and all(p in BOTH for _, p in found)


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania persuaded Belarus to sign the deal on gas transit.",
        "Lithuania persuaded Belarus to accept the ceasefire in Ukraine.",
        "Russia persuaded its ally Belarus to accept the ceasefire.",
    ],
)
def test_a_settlement_of_another_place_or_topic_or_a_patron_is_no_mediation(text: str, lexicon: Lexicon) -> None:
    assert mediations([*SIDES, text], lexicon, 2) == set()
