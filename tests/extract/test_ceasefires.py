"""Ceasefires and peace deals (graphx.extract.ceasefires): a peace deal between a government and an armed group is
a war it ended; one between two states, and mediators listed beside a ceasefire, are no sides at war."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, mediations, pair


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Following a 2016 peace deal between the Colombian government and the FARC, the ELN grew.", ("COL", "FARC")),
        ("The peace agreement between the Philippines and the MILF was signed in 2014.", ("MILF", "PHL")),
    ],
)
def test_a_peace_deal_between_a_state_and_an_armed_group_ended_a_war(
    text: str, sides: tuple[str, str], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == {pair(*sides)}


@pytest.mark.parametrize(
    "text",
    [
        "The peace treaty between Egypt and Israel was signed in 1979.",
        "A peace agreement between Israel and the UAE was signed in 2020.",
        "Peace talks between Armenia and Azerbaijan resumed in Abu Dhabi.",  # two states: maybe a feud
        "The ELN called for peace talks with Colombia's new government.",  # asked for, with no 'between'
    ],
)
def test_a_peace_deal_between_two_states_says_no_war(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


def test_mediators_listed_before_a_ceasefire_are_not_its_sides(lexicon: Lexicon) -> None:
    text = "Armenia said it was ready to engage with mediators from France, Russia and the US to agree a ceasefire."
    assert conflicts(text, lexicon) == set()


def test_two_sides_after_a_place_agree_their_own_ceasefire(lexicon: Lexicon) -> None:
    text = "Following talks in Moscow, Azerbaijan and Armenia agreed on a ceasefire in Karabakh."
    assert conflicts(text, lexicon) == {pair("ARM", "AZE")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DR Congo and the M23 signed a declaration in Doha aimed at ending months of fighting.", {pair("COD", "M23")}),
        ("Armenia and Azerbaijan agreed to end decades of conflict.", {pair("ARM", "AZE")}),
        ("Manila and the MILF agreed to end one of Asia's longest, bloodiest insurgencies.", {pair("MILF", "PHL")}),
        ("Manila and the MILF signed a pact to end one of the most violent wars.", {pair("MILF", "PHL")}),
        ("India and China agreed to end one of the longest trade wars.", set()),
        ("Malaysia and Japan signed as witnesses to the deal ending one of Asia's longest insurgencies.", set()),
        ("Qatar and Pakistan signed a statement backing the deal to end the war.", set()),
        ("Russia and China agreed to end the war in Ukraine.", set()),
        ("Qatar and Egypt are working to end the war.", set()),
        ("Armenia and Azerbaijan did not agree to end the conflict.", set()),
    ],
)
def test_two_who_sign_or_agree_to_end_the_fighting_fought_each_other(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Senegalese government and the MFDC signed a follow-up peace agreement on Sunday.", {pair("MFDC", "SEN")}),
        ("The MNLA had signed a peace agreement with Mali in 2015.", {pair("MLI", "MNLA")}),
        ("A peace deal signed by Colombia and the FARC in 2016 ended the war.", {pair("COL", "FARC")}),
        # the group named in apposition after its description
        ("Mali signed a peace pact with the nation's largest rebel group, the MNLA, in 2015.", {pair("MLI", "MNLA")}),
        ("Mali signed a peace pact with the largest rebel group in 2015, Niger said.", set()),
        ("Egypt and Israel signed a peace treaty in 1979.", set()),
        ("Israel signed a peace agreement with Jordan in 1994.", set()),
    ],
)
def test_a_peace_deal_a_government_signed_with_an_armed_group_ended_their_war(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


def test_those_pressing_others_to_agree_a_truce_are_not_its_sides(lexicon: Lexicon) -> None:
    text = "Egypt and Qatar are working to apply maximum pressure on all sides to agree to a truce."
    assert conflicts(text, lexicon) == set()
    assert conflicts("Armenia and Azerbaijan have decided to agree to a truce.", lexicon) == {pair("ARM", "AZE")}


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Egypt and the United States on a Gaza ceasefire continued in Cairo on Sunday.",
        "A meeting between France and Britain on a ceasefire in Ukraine was held in Paris.",
    ],
)
def test_those_meeting_on_someone_elses_ceasefire_are_not_its_sides(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


def test_where_the_sides_talked_is_no_third_sides_truce(lexicon: Lexicon) -> None:
    text = "Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha."
    assert conflicts(text, lexicon) == {pair("AFG", "PAK")}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The Arakan Army's informal ceasefire with the Tatmadaw was extended.", ("AA", "MMR")),
        ("Hamas's ceasefire with Israel held through the weekend.", ("HAMAS", "ISR")),
    ],
)
def test_a_sides_own_truce_with_another_means_they_fought(text: str, sides: tuple[str, str], lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == {pair(*sides)}


def test_a_sides_truce_proposal_or_talks_with_another_are_not_read_as_its_truce(lexicon: Lexicon) -> None:
    assert conflicts("Russia's ceasefire proposal with Ukraine was rejected.", lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi Arabia and the Houthis reached a deal last month to revive a ceasefire.", {pair("HOUTHIS", "SAU")}),
        ("Armenia and Azerbaijan agreed on Monday to extend the truce.", {pair("ARM", "AZE")}),
        ("Qatar and Egypt are trying to revive the ceasefire.", set()),
        ("Qatar and Egypt reached a deal to try to revive the truce.", set()),
    ],
)
def test_two_who_renew_their_truce_fought_but_those_trying_to_are_mediators(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia and the Houthis agreed to a cease-fire.",
        "A Cease-Fire between Saudi Arabia and the Houthis held.",
    ],
)
def test_the_hyphenated_spelling_of_ceasefire_reads_as_ceasefire(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == {pair("HOUTHIS", "SAU")}


@pytest.mark.parametrize(
    "opening",
    ["After talks brokered by the United States", "Under a deal brokered by the US", "In a deal mediated by Qatar"],
)
def test_a_truce_agreed_after_a_fronted_clause_naming_its_mediator(opening: str, lexicon: Lexicon) -> None:
    text = f"{opening}, Israel and Lebanon agreed to a truce."
    assert conflicts(text, lexicon) == {pair("ISR", "LBN")}
    mediator = "QAT" if "Qatar" in opening else "USA"
    assert mediations([text], lexicon, 0) == {(mediator, "ISR"), (mediator, "LBN")}


def test_a_fronted_clause_naming_several_mediators_ends_after_the_last(lexicon: Lexicon) -> None:
    text = "Under a deal brokered by Qatar, Egypt and the United States, Israel and Hamas agreed to a ceasefire."
    assert {p for _, p in mediations([text], lexicon, 0)} == {"ISR", "HAMAS"}
    assert {m for m, _ in mediations([text], lexicon, 0)} == {"QAT", "EGY", "USA"}


@pytest.mark.parametrize(
    "text",
    [
        "The US proposed a ceasefire in the war between Israel and Iran.",
        "Qatar secured Iran's agreement to a US-proposed ceasefire in the conflict between Israel and Iran.",
    ],
)
def test_a_truce_proposed_in_a_war_leaves_the_war_fought(text: str, lexicon: Lexicon) -> None:
    assert pair("IRN", "ISR") in conflicts(text, lexicon)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey offered to mediate between Russia and Ukraine to end the war.", {pair("RUS", "UKR")}),
        (
            "Saudi Arabia has been mediating between the Sudanese army and the RSF to end the fighting.",
            {pair("RSF", "SDN")},
        ),
        ("Kenya hosted talks between Ethiopia and the TPLF aimed at ending the conflict.", {pair("ETH", "TPLF")}),
        # two states' conflict may be a row; another's war is not theirs
        ("Kenya hosted talks between Ethiopia and Eritrea aimed at ending the conflict.", set()),
        ("Qatar mediated between Russia and the United States to end the war in Ukraine.", set()),
    ],
)
def test_the_two_mediated_to_end_a_war_fought_it(text: str, expected: set[tuple[str, ...]], lexicon: Lexicon) -> None:
    lead = "Indian and Pakistani troops exchanged fire in Kashmir."  # the story is another's: no document sides
    assert conflicts([lead, text], lexicon) == {pair("IND", "PAK"), *expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine and Russia held direct talks to end the war.", {pair("RUS", "UKR")}),
        ("Talks between Pakistan and Afghanistan aimed at ending the fighting collapsed.", {pair("AFG", "PAK")}),
        ("Colombia and the ELN resumed talks aimed at ending the conflict.", {pair("COL", "ELN")}),
        # another's war, a trade war, a hedge, or two states' conflict that may be a row
        ("US and Russian officials held talks in Riyadh on ending the war in Ukraine.", set()),
        ("Vietnam and China held talks to end the trade war.", set()),
        ("Armenia and Azerbaijan could hold talks to end the war.", set()),
        ("Ethiopia and Egypt held talks to end the conflict.", set()),
    ],
)
def test_the_two_who_talk_to_end_a_war_fought_it(text: str, expected: set[tuple[str, ...]], lexicon: Lexicon) -> None:
    lead = "Thai and Cambodian troops exchanged fire on the border."  # another war, with neither side of these
    assert conflicts([lead, text], lexicon) == {pair("KHM", "THA"), *expected}


@pytest.mark.parametrize(
    "text",
    [
        "US and Russian officials held talks in Riyadh on ending the war.",
        "Saudi Arabia hosted talks between the United States and Russia aimed at ending the war.",
    ],
)
def test_the_war_two_talk_to_end_is_the_one_the_story_has_read(text: str, lexicon: Lexicon) -> None:
    assert conflicts(["Russian troops attacked Ukraine on Monday.", text], lexicon) == {pair("RUS", "UKR")}


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah and Israel agreed to a US-brokered ceasefire in November.",
        "Israel and Hezbollah agreed to a French-mediated truce.",
    ],
)
def test_two_sides_agreeing_to_a_brokered_truce_have_fought(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == {pair("HEZBOLLAH", "ISR")}


def test_a_truce_of_another_place_is_still_anothers(lexicon: Lexicon) -> None:
    assert conflicts("Egypt and Qatar agreed to a US-brokered ceasefire in Sudan.", lexicon) == set()


def test_a_truce_agreed_for_another_place_is_that_places(lexicon: Lexicon) -> None:
    assert conflicts("Laos and Vietnam agreed to a ceasefire in Cambodia.", lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Qatar agreed to a new truce proposal.",
        "Hamas officials said Egypt and Qatar agreed to a new truce proposal.",
        "Ukraine and the United States agreed on a 30-day ceasefire proposal.",
    ],
)
def test_who_agrees_on_a_truce_proposal_may_be_its_mediators(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States and the Houthis agreed to a truce, Oman said.", {pair("HOUTHIS", "USA")}),
        ("Egypt and Qatar agreed to a truce proposal, Hamas said.", set()),  # mediators agree on what they propose
        ("Israel and Hamas agreed to a truce with Lebanon, Qatar said.", set()),  # a third side named at the truce
    ],
)
def test_who_says_a_truce_was_agreed_is_no_third_side(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Australia and China agreed to a truce over barley tariffs, Canberra said.",
        "Japan and South Korea agreed to a truce in their trade row, officials said.",
        "Kenya and Somalia agreed to a truce in their diplomatic spat.",
    ],
)
def test_a_truce_over_trade_or_a_row_ends_no_war(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Ethiopia and Eritrea ended two decades of hostilities in 2018.", ("ERI", "ETH")),
        ("The MILF and the Philippine government have overcome decades of bitter hostilities.", ("MILF", "PHL")),
    ],
)
def test_two_sides_that_ended_their_hostilities_fought(text: str, sides: tuple[str, str], lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == {pair(*sides)}


@pytest.mark.parametrize(
    "text",
    [
        "The agreement reached by the presidents of Croatia and Serbia ended the war.",  # the agreement ended it
        "Ethiopia and Eritrea ended their trade war.",
    ],
)
def test_what_ends_a_war_without_being_its_sides_names_no_conflict(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The United States and China ended weeks of fighting over tariffs.",
        "Vietnam and the United States overcame the bitterness of war to become partners.",
        "Thailand and Malaysia ended hostilities in their football rivalry.",
    ],
)
def test_ending_what_is_no_lasting_war_names_no_conflict(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()
