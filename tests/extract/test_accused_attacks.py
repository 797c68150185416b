"""Fighting stated inside an accusation."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bahrain accused the Houthis of attacking its soldiers.", {pair("BHR", "HOUTHIS")}),
        ("Bahrain blamed Iran for shelling its positions.", {pair("BHR", "IRN")}),
        ("Bahrain accused the Houthis of attacking Saudi Arabia.", {pair("HOUTHIS", "SAU")}),
        ("Bahrain accused the Houthis of lying.", set()),
        ("Bahrain accused Iran of supporting attacks.", set()),
    ],
)
def test_an_accusation_of_attacking_ones_forces_states_the_fighting(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia accused Azerbaijan of shelling its territory.", {pair("ARM", "AZE")}),
        ("Armenia accused Azerbaijan of claiming its territory.", set()),  # no fighting
        ("Nigeria thanked Chad for fighting Boko Haram.", {pair("BOKOHARAM", "TCD")}),
        ("Nigeria thanked Chad for hosting talks.", set()),
    ],
)
def test_shelling_the_accusers_territory_and_thanks_for_fighting(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad accused Sudan of launching a drone strike on its territory.", {pair("SDN", "TCD")}),
        ("Chad blamed Sudan for staging a deadly raid on its border post.", {pair("SDN", "TCD")}),
        ("Chad accused Sudanese forces of carrying out attacks against its soldiers.", {pair("SDN", "TCD")}),
        ("Chad accused Sudan's army of shelling its villages.", {pair("SDN", "TCD")}),
        ("Chad accused Sudan of launching a campaign against its officials.", set()),  # no attack
    ],
)
def test_an_attack_noun_launched_on_the_accusers_own_and_the_accused_named_by_its_forces(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Afghanistan accused Pakistan of airstrikes in Kabul.",
        "Afghanistan accuses Pakistan of airstrikes in Kabul, Paktika",
    ],
)
def test_accused_of_attacks_on_the_accusers_ground(text: str, lexicon: Lexicon) -> None:
    assert pair("AFG", "PAK") in conflicts(text, lexicon)


def test_accused_of_attacks_on_a_third_states_ground_is_not_the_accusers_war(lexicon: Lexicon) -> None:
    assert pair("AFG", "PAK") not in conflicts("Afghanistan accused Pakistan of airstrikes in Iran.", lexicon)
