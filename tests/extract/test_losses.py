"""Ground lost to the other side (graphx/extract/losses.py): one invented sentence per construction, and the near
misses that must not read."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, pair


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Myanmar's military has lost ground to the Three Brotherhood Alliance.", ("MMR", "THREEBROTHERHOOD")),
        ("Myanmar's military lost control of Lashio to the MNDAA.", ("MMR", "MNDAA")),
        ("The Burmese army lost the town of Kyauk Phyu to the Arakan Army.", ("AA", "MMR")),
        ("Goma fell to the M23 in January.", ("COD", "M23")),  # a state's town
        ("Bakhmut fell to Russian forces in May.", ("RUS", "UKR")),
        ("Myanmar's military lost Lashio to the MNDAA.", ("MMR", "MNDAA")),
    ],
)
def test_losing_ground_or_a_town_to_another_side_is_war_with_it(
    text: str, sides: tuple[str, str], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == {pair(*sides)}


@pytest.mark.parametrize(
    "text",
    [
        "China lost ground to the United States in the trade war.",  # no forces, no place, no armed group
        "Brazil lost the World Cup to Argentina.",
        "Russia's share of the market fell to 10 percent.",
        "The presidency fell to Egypt.",  # no place of a state
        "Argentina fell to Saudi Arabia in their World Cup opener.",  # a state's name, no sign of war
        "Morocco fell to France in the semi-finals.",
        "Myanmar's military may lose Lashio to the MNDAA.",  # hedged
    ],
)
def test_losing_a_match_a_share_or_an_office_is_no_war(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The headquarters of the Karen National Union (KNU) at Manerplaw fell to Burmese troops on Thursday night.",
        "The KNU's headquarters at Manerplaw fell to Burmese troops on Thursday.",
        "The last KNU stronghold fell to the Myanmar army.",
    ],
)
def test_a_sides_headquarters_or_stronghold_fallen_to_another(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == {pair("KNU", "MMR")}


@pytest.mark.parametrize(
    "text",
    [
        "The headquarters of the ruling party fell to the opposition in the election.",
        "The base of the Russian fleet fell to Ukraine in a vote.",
    ],
)
def test_a_site_fallen_with_no_sign_of_war_is_no_conflict(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


def test_a_task_that_fell_to_troops_is_no_site_lost(lexicon: Lexicon) -> None:
    assert conflicts("The task of guarding the headquarters of the UN mission fell to Kenyan troops.", lexicon) == set()
