"""The prepositions mentions hang on (graphx.extract.mentions): shared along 'between A and B'; an actor, a
hyphenated title and its holder are one mention ('to UN Secretary-General Antonio Guterres')."""

from __future__ import annotations

import pytest

from graphx.extract.document_names import document_names
from graphx.extract.mentions import mentions_in
from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, criticisms, mediations, pair


def preps(text: str, lexicon: Lexicon) -> list[tuple[str, str | None]]:
    """Each mention's actor and preposition."""
    table, _ = document_names([text], lexicon)
    return [(m.actor, m.prep) for m in mentions_in(text, table, "2025-06-04")]


def test_both_sides_of_between_hang_on_between(lexicon: Lexicon) -> None:
    assert preps("Japan condemned the pact between North Korea and Russia.", lexicon) == [
        ("JPN", None),
        ("PRK", "between"),
        ("RUS", "between"),
    ]


def test_an_actor_a_hyphenated_title_and_its_holder_are_one_mention(lexicon: Lexicon) -> None:
    assert preps("a letter to UN Secretary-General Antonio Guterres", lexicon) == [("UN", "to")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ethiopia sent a letter to UN Secretary-General Antonio Guterres accusing Eritrea of lying.",
            {("ETH", "ERI")},
        ),
        ("UN Secretary-General Antonio Guterres accused Israel of violations.", {("UN", "ISR")}),
    ],
)
def test_the_addressee_of_a_letter_is_not_the_accuser(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ethnic Arakan Army attacked.", [("AA", None)]),  # a group's name after 'ethnic'
        ("Ethnic Russians protested.", []),  # a people, not the state
    ],
)
def test_ethnic_before_a_groups_name_but_not_before_a_people(
    text: str, expected: list[tuple[str, str | None]], lexicon: Lexicon
) -> None:
    assert preps(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Lebanese Amal Movement and Syria", [("AMAL", None), ("SYR", None)]),
        ("the Senegalese Movement of Democratic Forces of Casamance (MFDC)", [("MFDC", None), ("MFDC", None)]),
    ],
)
def test_a_states_adjective_before_a_named_movement_is_part_of_its_name(
    text: str, expected: list[tuple[str, str | None]], lexicon: Lexicon
) -> None:
    assert preps(text, lexicon) == expected


def test_a_states_adjective_joins_the_movements_name_that_hangs_on_between(lexicon: Lexicon) -> None:
    text = "a truce between the Senegalese Movement of Democratic Forces of Casamance and Gambia"
    assert preps(text, lexicon) == [("MFDC", "between"), ("GMB", "between")]


def test_a_movement_named_with_its_adjective_is_one_side_of_between(lexicon: Lexicon) -> None:
    text = (
        "The joint mediation efforts of Kenya and Uganda secured a truce between the Senegalese Movement of "
        "Democratic Forces of Casamance (MFDC) and Gambia."
    )
    assert mediations([text], lexicon, 0) == {(m, p) for m in ("KEN", "UGA") for p in ("MFDC", "GMB")}


def test_the_word_movement_after_a_groups_name_does_not_end_a_between_list(lexicon: Lexicon) -> None:
    assert conflicts("Fighting broke out between the Islamic Jihad movement and Israel.", lexicon) == {
        pair("ISR", "PIJ")
    }


def test_a_group_named_in_apposition_hangs_on_its_nouns_preposition(lexicon: Lexicon) -> None:
    assert preps("an attack by fighters from the ISIL-linked group, ISWAP, on Friday", lexicon) == [
        ("IS", "from"),
        ("ISWAP", "from"),
    ]
    assert preps("The attack was claimed by the group, Nigeria said.", lexicon) == [("NGA", None)]
    assert preps("a peace pact with the nation's largest rebel group, the MNLA, in 2015", lexicon) == [("MNLA", "with")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal was brokered by security chief Major General Abbas Ibrahim of Lebanon.", ["LBN"]),
        ("Israel criticised Abbas on Monday.", ["ISR", "PSE"]),
        ("Israel criticised Abbas Monday.", ["ISR", "PSE"]),
        ("The Abbas Administration criticised Israel.", ["PSE", "ISR"]),
        ("Abbas Slams Israel Over Settlement Raids", ["PSE", "ISR"]),
        ("Israel criticised Lula Da Silva.", ["ISR", "BRA"]),
        ("President Deby Itno criticised France.", ["TCD", "FRA"]),  # the rest of the same name, known
    ],
)
def test_a_one_word_personal_name_followed_by_another_name_word_is_someone_else(
    text: str, expected: list[str], lexicon: Lexicon
) -> None:
    assert [actor for actor, _ in preps(text, lexicon)] == expected
