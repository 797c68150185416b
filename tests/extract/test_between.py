"""The sides of a conflict noun named with 'between' (graphx/extract/between.py): the border between two states."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, pair


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Clashes broke out on Sunday along the contested border between Kyrgyzstan and Tajikistan.", ("KGZ", "TJK")),
        ("Deadly clashes erupted at the border between India and China in June 2020.", ("CHN", "IND")),
        ("Fighting along the border between Sudan and South Sudan displaced thousands.", ("SDN", "SSD")),
        ("Clashes on the border between Afghanistan and Pakistan killed dozens.", ("AFG", "PAK")),
        ("The war on the long, porous border between Ukraine and Russia has dragged on.", ("RUS", "UKR")),
    ],
)
def test_fighting_on_the_border_between_two_states_is_theirs(
    text: str, sides: tuple[str, str], lexicon: Lexicon
) -> None:
    assert pair(*sides) in conflicts(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "Refugees fleeing the fighting crossed the border between Sudan and Chad.",
        "Fighting in Darfur has pushed refugees across the border between Sudan and Chad.",
        "Trade along the border between Thailand and Cambodia resumed.",
        "Talks on the border between Thailand and Cambodia resumed.",
        "Protests along the border between Israel and Egypt turned deadly.",
    ],
)
def test_the_border_between_two_states_alone_is_no_fighting(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


def test_named_sides_come_before_the_border_states(lexicon: Lexicon) -> None:
    text = "Clashes between the Sudanese army and the RSF along the border between Sudan and Chad killed dozens."
    assert conflicts(text, lexicon) == {pair("RSF", "SDN")}


def test_the_border_between_the_two_countries_is_where_others_fight(lexicon: Lexicon) -> None:
    sentences = [
        "Colombia and Venezuela share a long border.",
        "Two Venezuelan soldiers were killed and 32 Colombian insurgents captured in fighting on the border between "
        "the two countries, Venezuela's army said.",
    ]
    assert pair("COL", "VEN") not in conflicts(sentences, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "Clashes at the border between Poland and Belarus injured three Polish soldiers as migrants tried to cross.",
        "Fighting along the border between Mexico and Guatemala between rival cartels has forced hundreds to flee.",
        "Fighting on the border between Mali and Algeria between the Malian army and Tuareg rebels left dozens dead.",
        "A shootout at the border between the United States and Mexico left two cartel gunmen dead.",
        "Clashes at the border between Israel and Egypt killed a soldier after an exchange of fire with smugglers.",
        "Fighting along the border between Somalia and Kenya between al-Shabaab and Kenyan troops intensified.",
    ],
)
def test_fighting_at_a_border_by_others_is_not_the_border_states(text: str, lexicon: Lexicon) -> None:
    conflict_pairs = conflicts(text, lexicon)
    states = [("BLR", "POL"), ("GTM", "MEX"), ("DZA", "MLI"), ("MEX", "USA"), ("EGY", "ISR"), ("KEN", "SOM")]
    assert not any(pair(*sides) in conflict_pairs for sides in states)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "The ceasefire ended the deadly fighting that lasted for nearly three years between the Yemeni army and"
            " Houthi rebels.",
            ("HOUTHIS", "YEM"),
        ),
        ("The deal ended the fighting that raged for years between Yemen and the Houthis.", ("HOUTHIS", "YEM")),
        ("The war that lasted from 1980 to 1988 between Iran and Iraq killed a million people.", ("IRN", "IRQ")),
        ("Clashes that lasted for hours between Pakistani and Afghan forces erupted at Torkham.", ("AFG", "PAK")),
        (
            "The conflict that has persisted for more than a decade between Yemen and the Houthis goes on.",
            ("HOUTHIS", "YEM"),
        ),
    ],
)
def test_fighting_that_lasted_a_while_between_two_sides_is_theirs(
    text: str, sides: tuple[str, str], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == {pair(*sides)}


def test_talks_that_lasted_two_days_between_two_states_are_no_fighting(lexicon: Lexicon) -> None:
    assert conflicts("The talks that lasted for two days between Iran and Iraq ended.", lexicon) == set()


def test_fighting_between_two_allies_against_a_third_is_not_between_the_allies(lexicon: Lexicon) -> None:
    text = (
        "Fierce fighting between the Myanmar military regime forces and the Karen Border Guard Force (BGF),"
        " against the splinter groups of the Democratic Karen Buddhist Army (DKBA), went on."
    )
    assert pair("KARENNA", "MMR") not in conflicts(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting between Israel and Hamas, against the wishes of the mediators, resumed on Tuesday.",
        "Fighting between Armenia and Azerbaijan, against a backdrop of stalled talks, erupted again.",
    ],
)
def test_against_a_backdrop_or_wishes_after_the_pair_leaves_it_sides(text: str, lexicon: Lexicon) -> None:
    assert len(conflicts(text, lexicon)) == 1


def test_fighting_between_an_army_and_its_ally_against_a_named_enemy_is_no_fight_of_the_allies(
    lexicon: Lexicon,
) -> None:
    text = "Fighting between Hezbollah and the Syrian army, against Islamic State, intensified near Arsal."
    assert pair("HEZBOLLAH", "SYR") not in conflicts(text, lexicon)
