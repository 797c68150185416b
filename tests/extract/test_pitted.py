"""A war that pits one side against another (graphx.extract.pitted): the sides fought; an election, a match or a
dispute that pits two against each other is no war."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, pair


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The war pits Sudan's army against the RSF.", ("RSF", "SDN")),
        ("The conflict pits the Sudanese army against the paramilitary Rapid Support Forces.", ("RSF", "SDN")),
        (
            "The fighting, which pits the army against the paramilitary Rapid Support Forces, has killed thousands.",
            ("RSF", "SDN"),
        ),
        ("Myanmar's civil war, pitting the junta against the Arakan Army, has displaced millions.", ("AA", "MMR")),
    ],
)
def test_the_sides_a_war_pits_against_each_other_fought(text: str, sides: tuple[str, str], lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == {pair(*sides)}


@pytest.mark.parametrize(
    "text",
    [
        "The election pits Russia against Ukraine's allies.",
        "The World Cup final pits Brazil against Argentina.",
        "The dispute pits India against China.",  # a row, no war
    ],
)
def test_what_is_no_war_pits_no_one_in_war(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The legal battle pits Venezuela against Guyana at the ICJ.",
        "The war of words pits China against the Philippines.",
        "A battle for influence in the Pacific pits China against the United States.",
        "A diplomatic battle pits Morocco against Algeria.",
    ],
)
def test_a_figurative_battle_pits_no_one_in_war(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()
