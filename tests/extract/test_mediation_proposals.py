"""A third side's truce proposal that the sides accept (graphx.extract.mediation_proposals): its author mediates
between them; a side's own proposal, a bystander's backing and a proposal about something else do not."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import BOTH, SIDES, mediations


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas accepted Egypt's ceasefire proposal.",
        "Israel and Hamas accepted an Egyptian ceasefire proposal.",
        "Israel and Hamas agreed to an Egyptian proposal for an immediate ceasefire.",
        "Egypt's truce proposal was accepted by Israel and Hamas.",
        "Israel and Hamas agreed to the first phase of Egypt's peace plan.",
    ],
)
def test_a_truce_proposal_both_sides_accept_makes_its_author_their_mediator(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, only=0) == {("EGY", "ISR"), ("EGY", "HAMAS")}


def test_one_side_accepting_names_the_other_after_with(lexicon: Lexicon) -> None:
    text = "Ukraine accepted a US proposal for a 30-day ceasefire with Russia."
    assert mediations([text], lexicon, only=0) == {("USA", "UKR"), ("USA", "RUS")}


@pytest.mark.parametrize(
    "text",
    [
        "Belarus accepted a ceasefire proposal from Qatar and Oman.",
        "Poland accepted a truce proposal put forward by Qatar and Oman.",
    ],
)
def test_one_side_accepting_a_proposal_of_named_authors_leans_on_the_documents_sides(
    text: str, lexicon: Lexicon
) -> None:
    assert mediations([*SIDES, text], lexicon, only=2) == {(m, p) for m in ("QAT", "OMN") for p in BOTH}


@pytest.mark.parametrize(
    "text",
    [
        "France backed Egypt's ceasefire proposal.",  # a bystander's backing
        "Hamas accepted Israel's ceasefire proposal.",  # a side's own proposal
        "Israel accepted Hamas's proposal to end the fighting with Hamas.",
        "Serbia and Kosovo accepted an EU proposal to normalise relations.",  # no truce
        "Egypt's plan to relocate Palestinians was accepted by Jordan.",
        "Israel and Hamas did not accept Egypt's ceasefire proposal.",
        "Russia rejected the EU's peace plan.",  # a peace plan is read only as accepted
        "Putin says Ukraine and NATO accepted his ceasefire plan.",  # whose "his" is no third side's
    ],
)
def test_other_proposals_name_no_mediator(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, only=0) == set()
