"""Who held a place before it was taken (graphx.extract.holders): the side a town was taken from fought the side
that took it; a place only visited, praised or named is no side."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, pair

TAKEN = [
    ("Banmauk, previously held by the Kachin Independence Army, was recaptured by Myanmar's army.", ("KIA", "MMR")),
    ("Myanmar's army retook the town, which had been held by the Kachin Independence Army.", ("KIA", "MMR")),
    ("M23 rebels seized Goma, which had been held by Congolese troops.", ("COD", "M23")),
    ("Ukrainian forces recaptured Kherson, which Russia had occupied since March.", ("RUS", "UKR")),
]


@pytest.mark.parametrize(("text", "sides"), TAKEN)
def test_the_side_a_place_was_taken_from_fought_the_side_that_took_it(
    text: str, sides: tuple[str, str], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == {pair(*sides)}


def test_both_holders_fight_both_takers(lexicon: Lexicon) -> None:
    text = (
        "Banmauk Town, previously jointly held by the Kachin Independence Army (KIA) and People's Defence Force "
        "(PDF), was recaptured by Myanmar's army and Shanni Nationalities Army (SNA) on February 6."
    )
    expected = {pair("KIA", "MMR"), pair("KIA", "SHANNI"), pair("MMR", "PDF"), pair("PDF", "SHANNI")}
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia captured the city, which was visited by French officials last year.",
        "Russia captured the town, which is held by many residents in high regard.",
    ],
)
def test_a_relative_clause_that_names_no_holder_gives_no_side(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()
