"""Who was hit, named in the clause around the attack."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve Ukrainian soldiers were killed in a Russian attack.", {pair("RUS", "UKR")}),
        ("Five Pakistani soldiers died in Indian shelling.", {pair("IND", "PAK")}),
        ("Two Pakistani soldiers were martyred in unprovoked Indian shelling.", {pair("IND", "PAK")}),
        ("Five Pakistani soldiers were wounded in an Indian drone strike.", {pair("IND", "PAK")}),
        ("Five Pakistani soldiers were killed in an attack.", set()),  # nobody named as its doer
        ("Five people were killed in a Russian strike.", set()),  # no state named as the victims'
    ],
)
def test_victims_named_before_the_attack_they_died_in(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


def test_exchanging_artillery_fire_is_fighting(lexicon: Lexicon) -> None:
    assert conflicts("India and Pakistan exchanged artillery fire.", lexicon) == {pair("IND", "PAK")}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Israeli troops came under attack from Hezbollah.", ("HEZBOLLAH", "ISR")),
        ("The Israeli army came under attack from Hezbollah fighters.", ("HEZBOLLAH", "ISR")),
        ("Ukrainian positions came under heavy shelling from Russian forces.", ("RUS", "UKR")),
        ("Kyiv came under a massive Russian drone attack overnight.", ("RUS", "UKR")),
    ],
)
def test_the_subject_of_came_under_is_the_target(text: str, sides: tuple[str, str], lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == {pair(*sides)}


@pytest.mark.parametrize(
    "text",
    [
        "Israel came under attack from Qatar over its remarks.",  # words, not fire
        "The embassy came under attack from protesters.",  # no actor on either side
        "Russia's army came under attack.",  # no attacker named
    ],
)
def test_came_under_without_two_fighting_sides_is_no_conflict(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel strikes Iran", {pair("IRN", "ISR")}),
        ("US strikes Houthi targets in Yemen", {pair("HOUTHIS", "USA")}),
        ("Saudi Arabia strikes Yemen rebels", set()),  # the rebels, not Yemen
        ("Israel's strikes on Iran continued.", {pair("IRN", "ISR")}),  # the noun, read as one
    ],
)
def test_a_headlines_strikes_between_two_bare_actors_is_a_verb(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US-Israeli strikes on Iran continued.", {pair("IRN", "ISR"), pair("IRN", "USA")}),
        ("The Saudi-UAE offensive against the Houthis stalled.", {pair("ARE", "HOUTHIS"), pair("HOUTHIS", "SAU")}),
        ("Israel-Iran strikes escalated.", {pair("IRN", "ISR")}),  # no target named: the two's exchange
        ("A separate Hezbollah-Syrian army offensive began in Qalamoun.", set()),  # an offensive is the two's
    ],
)
def test_a_compound_of_two_strikers_and_its_target(text: str, expected: set[tuple[str, ...]], lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    "claim",
    [
        "Later, a newly formed militant group, the TTP, claimed responsibility for the attack in a statement.",
        "The TTP claimed responsibility for the attack.",
    ],
)
def test_a_group_claiming_the_attack_read_before_fought_the_state_it_hit(claim: str, lexicon: Lexicon) -> None:
    text = ["Seven Pakistani soldiers were killed on Saturday in an attack on a security post.", claim]
    assert conflicts(text, lexicon) == {pair("PAK", "TTP")}


def test_blaming_a_group_for_the_attack_is_no_claim(lexicon: Lexicon) -> None:
    text = ["Seven Pakistani soldiers were killed in an attack.", "Pakistan blamed the TTP for the attack."]
    assert conflicts(text, lexicon) == set()


def test_a_claim_of_the_attack_after_a_newer_attack_is_not_the_first_ones(lexicon: Lexicon) -> None:
    text = [
        "Seven Pakistani soldiers were killed in an attack.",
        "On Tuesday, a bomb attack on a church in Nigeria killed 12.",
        "Boko Haram claimed the attack.",
    ]
    assert pair("BOKOHARAM", "PAK") not in conflicts(text, lexicon)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Russian missiles killed 12 civilians in Kharkiv.", ("RUS", "UKR")),
        ("Israeli airstrikes killed dozens of people across Lebanon.", ("ISR", "LBN")),
        ("Pakistani airstrikes killed at least ten civilians in Paktika province.", ("PAK", "AFG")),
        ("A Russian drone killed two people in Kyiv.", ("RUS", "UKR")),
    ],
)
def test_the_dead_on_another_states_ground_name_the_other_side(
    text: str, sides: tuple[str, str], lexicon: Lexicon
) -> None:
    assert pair(*sides) in conflicts(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian troops killed 12 civilians in Nigeria.",  # the killers' own ground
        "A Russian tourist was killed in Egypt.",  # no killer
        "Russian officials said 12 people were killed in Egypt in a bus crash.",
        "Russian missiles killed 12 civilians in an attack on Monday.",  # no ground named
    ],
)
def test_the_dead_on_their_killers_own_ground_or_with_no_killer_are_no_war(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Israel killed Hezbollah's top commander in a strike on Beirut.", "HEZBOLLAH"),
        ("Israel killed Hamas's senior military chief.", "HAMAS"),
    ],
)
def test_killing_a_groups_commander_named_with_its_owner_is_fighting_it(
    group: str, text: str, lexicon: Lexicon
) -> None:
    assert pair("ISR", group) in conflicts(text, lexicon)


def test_killing_a_states_scientist_is_not_read_as_fighting_its_forces(lexicon: Lexicon) -> None:
    assert conflicts("Israel killed Iran's top nuclear scientist.", lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine defended itself against Russia's invasion.",
        "Western arms helped Ukraine defend itself against the Russian invasion.",
        "Ukraine has defended itself against the Russian invasion since 2022.",
    ],
)
def test_who_defends_against_anothers_war_fights_it(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == {pair("RUS", "UKR")}


@pytest.mark.parametrize(
    "text",
    [
        "The US pledged to defend Taiwan against a Chinese attack.",  # foreseen
        "Japan will defend itself against any attack.",  # no one's war
        "Taiwan must be able to defend itself against a Chinese invasion, a senior U.S. official said.",
        "Lithuania is preparing to defend itself against a Russian invasion, its defence minister said.",
        "South Korea held drills to test how it would defend itself against a North Korean invasion.",
    ],
)
def test_a_defence_foreseen_or_against_no_ones_war_is_no_conflict(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Russian missile attack killed 51 people in a Ukrainian village.", {pair("RUS", "UKR")}),
        ("Israeli strikes killed 12 civilians in a Lebanese town.", {pair("ISR", "LBN")}),
        ("Hezbollah killed 12 people in a Russian attack.", set()),  # an attack, not a place
    ],
)
def test_the_dead_in_a_place_named_by_its_states_adjective(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The SDF launched an offensive in Syria's Deir ez-Zor against the Islamic State.", ("IS", "SDF")),
        ("Turkey launched an offensive in northern Syria's Afrin region against the YPG.", ("TUR", "YPG")),
    ],
)
def test_a_target_named_after_the_place_of_an_offensive_is_its_target_not_the_places_state(
    text: str, sides: tuple[str, str], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == {pair(*sides)}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The TTP's insurgency has killed thousands.", ("PAK", "TTP")),
        ("The PKK launched its insurgency in 1984.", ("PKK", "TUR")),  # from Turkey, based in Iraq: against Turkey
        ("The FDLR's rebellion in Congo continues.", ("FDLR", "RWA")),
    ],
)
def test_an_armed_groups_own_insurgency_is_against_the_state_it_comes_from(
    text: str, sides: tuple[str, str], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == {pair(*sides)}


@pytest.mark.parametrize(
    "text",
    [
        "The insurgency in Balochistan has intensified.",  # no owner
        "Russia's insurgency claims are false.",  # a state's, no group's
    ],
)
def test_an_insurgency_of_no_armed_group_is_against_no_one(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()
