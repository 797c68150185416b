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


def found_sides(sentences: list[str], lexicon: Lexicon) -> set[tuple[str, tuple[str, ...]]]:
    from graphx.extract.extractor import extract

    return {(f.type, f.parties) for f in extract(sentences, lexicon, "2024-09-29", 0.5) if f.type != "criticism"}


def test_strikes_on_a_state_whose_territory_a_named_group_holds_are_on_the_group(lexicon: Lexicon) -> None:
    text = "Israel launched airstrikes on Yemen's Hodeidah port in retaliation for missile attacks by Houthi forces."
    assert found_sides([text], lexicon) == {("conflict", pair("HOUTHIS", "ISR"))}


def test_talks_with_the_held_capital_are_with_the_group(lexicon: Lexicon) -> None:
    sentences = ["Houthi officials met a Saudi delegation.", "Oman-mediated talks between Riyadh and Sanaa resumed."]
    assert ("mediation", ("SAU", "HOUTHIS")) in found_sides(sentences, lexicon)


def test_the_held_states_government_and_its_authority_stay_the_state(lexicon: Lexicon) -> None:
    sentences = ["Yemeni government forces clashed with Saudi border guards.", "The Houthis condemned the clash."]
    assert ("conflict", pair("SAU", "YEM")) in found_sides(sentences, lexicon)
    sentences = [
        "Egypt mediated talks between Israel and the Palestinian Authority.",
        "Hamas said it would not attend.",
    ]
    assert ("mediation", ("ISR", "PSE")) in found_sides(sentences, lexicon)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Israel launched airstrikes on Yemen's Hodeidah port."], ("conflict", pair("ISR", "YEM"))),  # no group named
        (
            ["Six Yemeni soldiers were killed by al-Qaeda in the Arabian Peninsula in Abyan, near Houthi lines."],
            ("conflict", pair("AQAP", "YEM")),
        ),  # another group against the state: its government's soldiers
    ],
)
def test_the_state_stays_without_its_holder_or_against_another_group(
    sentences: list[str], expected: tuple[str, tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert expected in found_sides(sentences, lexicon)


def test_a_holder_named_after_the_object_of_a_relative_clause(lexicon: Lexicon) -> None:
    text = "Myanmar's army recaptured Lashio, which the MNDAA had held since August."
    assert conflicts(text, lexicon) == {pair("MMR", "MNDAA")}
