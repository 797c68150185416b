"""Coordinated actors (graphx.extract.coordination): a person's pronoun at the head of a list stands for the person
the sentence named before it; with no one named, or the same person after it, it adds no one."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, criticisms, mediations, pair


def test_he_and_another_mediate_together(lexicon: Lexicon) -> None:
    text = "President Ruto of Kenya said he and President Museveni of Uganda will mediate between Ethiopia and Somalia."
    assert mediations([text], lexicon, 0) == {(m, p) for m in ("KEN", "UGA") for p in ("ETH", "SOM")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin said he and Xi condemned the US.", {("RUS", "USA"), ("CHN", "USA")}),
        ("He and Xi condemned the US.", {("CHN", "USA")}),  # no one named before 'he'
    ],
)
def test_he_heading_a_list_is_the_person_named_before(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


def test_a_list_goes_on_through_another_sides_officials(lexicon: Lexicon) -> None:
    text = "Talks between Fatah and Jund al-Sham were mediated by Hamas and officials from Asbat al-Ansar."
    assert mediations([text], lexicon, 0) == {(m, p) for m in ("HAMAS", "ASBATANSAR") for p in ("FATAH", "JUNDALSHAM")}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Nigerian security forces and ISWAP fighters clashed in Borno.", ("ISWAP", "NGA")),
        ("ISWAP fighters and Nigerian security forces clashed in Borno.", ("ISWAP", "NGA")),
        ("Clashes between Nigerian security forces and ISWAP fighters killed ten.", ("ISWAP", "NGA")),
        ("Fighting between Malian regime troops and JNIM has displaced thousands.", ("JNIM", "MLI")),
        ("Ethiopian federal forces and Fano militias clashed in Gondar.", ("ETH", "FANO")),
    ],
)
def test_a_list_goes_on_past_a_states_qualified_forces(text: str, sides: tuple[str, str], lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == {pair(*sides)}


def test_a_title_after_national_security_is_no_forces_word(lexicon: Lexicon) -> None:
    text = "Nigeria's national security adviser and ISWAP defectors met in Abuja."
    assert conflicts(text, lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Gaza's Hamas agreed a truce.",
        "Norway said Israel and Gaza's Hamas had agreed a truce.",
    ],
)
def test_a_list_goes_on_past_a_places_possessive_before_a_group(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == {pair("HAMAS", "ISR")}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Israel and Lebanon's Hezbollah agreed to a truce in November.", ("HEZBOLLAH", "ISR")),
        ("Lebanon's Hezbollah and Israel agreed to a ceasefire.", ("HEZBOLLAH", "ISR")),
        ("The United States and Yemen's Houthis agreed to a truce.", ("HOUTHIS", "USA")),
    ],
)
def test_a_groups_home_state_named_before_it_is_no_list_member(
    text: str, sides: tuple[str, str], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == {pair(*sides)}


def test_a_states_possessive_before_a_group_based_elsewhere_stays_a_member(lexicon: Lexicon) -> None:
    assert conflicts("Israel and Iran's Hezbollah agreed to a truce.", lexicon) == set()  # three named: no pair


def test_a_places_possessive_before_no_actor_adds_no_one(lexicon: Lexicon) -> None:
    assert criticisms("Qatar condemned Israel and Gaza's looters.", lexicon) == {("QAT", "ISR")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said Israel and Hamas agreed to a truce.", {pair("HAMAS", "ISR")}),
        ("Norway said Israel and Hamas had agreed a truce.", {pair("HAMAS", "ISR")}),
    ],
)
def test_a_list_after_a_verb_of_saying_is_the_reported_clauses_subject(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


def test_a_reported_list_of_critics_criticises_as_one(lexicon: Lexicon) -> None:
    assert criticisms("Qatar said Egypt and Jordan condemned Israel.", lexicon) == {("EGY", "ISR"), ("JOR", "ISR")}


def test_a_list_after_a_verb_that_takes_people_is_its_object(lexicon: Lexicon) -> None:
    assert criticisms("Qatar told Egypt and Jordan it condemned Israel.", lexicon) == {("QAT", "ISR")}


def test_a_second_side_described_before_its_name_is_in_the_list(lexicon: Lexicon) -> None:
    text = "Serbia and its former breakaway province Kosovo reached an agreement after talks overseen by the EU."
    assert mediations([text], lexicon, 0) == {("EU", "SRB"), ("EU", "XKX")}
