"""A war one of the document's two sides owns, named with no one else (graphx.extract.warring.owned_wars)."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, pair

STORY = "Qatar mediated between Russian and Ukrainian officials to return the children."


@pytest.mark.parametrize(
    "later",
    [
        "The children were separated from their families after Russia's invasion.",
        "Thousands fled when the Russian invasion began.",
    ],
)
def test_a_sides_own_war_named_alone_is_waged_on_the_other_side(later: str, lexicon: Lexicon) -> None:
    assert conflicts([STORY, later], lexicon) == {pair("RUS", "UKR")}


@pytest.mark.parametrize(
    "later",
    [
        "Russian occupation forces detained two men.",  # the noun describes another
        "A Russian invasion would be a disaster.",  # foreseen
        "The Pope spoke about the Russo-Ukrainian war.",  # a compound of both, read elsewhere
        "Officials recalled Russia's war in Syria.",  # another actor named: not on the other side
    ],
)
def test_a_war_described_foreseen_or_elsewhere_is_not_on_the_other_side(later: str, lexicon: Lexicon) -> None:
    assert conflicts([STORY, later], lexicon) == set()


@pytest.mark.parametrize(
    ("story", "later"),
    [
        (
            "The United States has mediated talks between Egypt and Ethiopia over the Nile dam.",
            "Ethiopia's war forced millions from their homes between 2020 and 2022.",
        ),
        ("Qatar mediated between Sudan and Chad.", "Refugees who fled Sudan's war are sheltering in eastern camps."),
        ("The United States mediated talks between Egypt and Ethiopia.", "Ethiopia's war ended in November 2022."),
    ],
)
def test_a_sides_own_war_in_a_story_of_mediation_may_be_another_war(story: str, later: str, lexicon: Lexicon) -> None:
    assert conflicts([story, later], lexicon) == set()  # a civil war, not one with the other side


def test_a_war_named_alone_in_a_story_of_two_that_only_trade_is_no_war_between_them(lexicon: Lexicon) -> None:
    text = [
        "China and Russia signed 20 agreements on energy and trade.",
        "Trade between China and Russia has doubled since Russia's invasion in 2022.",
    ]
    assert conflicts(text, lexicon) == set()
