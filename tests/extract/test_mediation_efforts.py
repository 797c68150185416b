"""Mediators named by the help they give two sides (graphx.extract.mediation_efforts.helped_pair): the helper of two
who settle, reach or mend something mediates between them; help of another kind names no mediator."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import BOTH, SIDES, mediations


@pytest.mark.parametrize(
    "text",
    [
        "The UAE's envoy said that the country was helping India and Pakistan reach a functional relationship.",
        "The UAE helped India and Pakistan to resolve their differences.",
        "The UAE has helped India and Pakistan mend ties.",
    ],
)
def test_the_helper_of_two_sides_settling_something_mediates_between_them(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, only=0) == {("ARE", "IND"), ("ARE", "PAK")}


def test_the_two_helped_may_be_the_documents_two_sides(lexicon: Lexicon) -> None:
    text = "Qatar helped the two countries reach an agreement."
    assert mediations([*SIDES, text], lexicon, only=2) == {("QAT", p) for p in BOTH}


@pytest.mark.parametrize(
    "text",
    [
        "The UAE helped India and Pakistan build a railway.",
        "The UAE helped India's army and Pakistan reach the border.",
        "The UAE helped India reach a deal with Pakistan.",
        "The UAE did not help India and Pakistan resolve their differences.",
    ],
)
def test_other_help_or_help_denied_names_no_mediator(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, only=0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Qatar's efforts to ensure peace between Israel and Hamas continued.",
        "Qatar's efforts aimed at building peace between Israel and Hamas continued.",
    ],
)
def test_an_effort_to_ensure_or_build_peace_between_two_sides_is_mediation(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, only=0) == {("QAT", "ISR"), ("QAT", "HAMAS")}


def test_an_effort_to_build_something_else_is_no_mediation(lexicon: Lexicon) -> None:
    assert mediations(["Qatar's efforts to build its economy continued."], lexicon, only=0) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar hosted the two countries, along with other states, to discuss the war.", {("QAT", p) for p in BOTH}),
        ("Qatar hosted the two countries to discuss reconciliation.", {("QAT", p) for p in BOTH}),
        ("Qatar hosted the two countries for a concert.", set()),  # no talks, no conflict discussed
    ],
)
def test_a_host_of_two_sides_who_came_to_discuss_their_conflict_mediates(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([*SIDES, text], lexicon, only=2) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act done "in a bid to" settle two others' conflict is the mediator's
        ("The AU met both sides in a bid to defuse tensions between Ethiopia and Somalia.", {"AU"}),
        ("The AU met both sides in a last-ditch bid to defuse tensions between Ethiopia and Somalia.", {"AU"}),
        ("The AU has sent its envoys to Addis Ababa in an effort to end the war between Ethiopia and Somalia.", {"AU"}),
        # the doer is the act's subject, not the one who reports it
        ("Kenya said Uganda met both sides in a bid to end the war between Ethiopia and Somalia.", {"UGA"}),
    ],
)
def test_an_act_in_a_bid_to_settle_two_others_conflict(text: str, expected: set[str], lexicon: Lexicon) -> None:
    found = mediations([text], lexicon, only=0)
    assert {m for m, _ in found} == expected
    assert {p for _, p in found} == {"ETH", "SOM"}


def test_an_act_in_a_bid_to_end_an_unnamed_conflict_may_be_a_sides(lexicon: Lexicon) -> None:
    document = [
        "Malaysia is the facilitator of the peace talks.",
        "The talks have made little progress.",
        "Bangkok has been engaged in a peace process with the BRN, in a bid to end the conflict in the region.",
        "Thailand and the BRN met in Kuala Lumpur.",
    ]
    assert mediations(document, lexicon, only=2) == set()  # Bangkok is a side, and no mediator
    assert mediations(document, lexicon, only=0) == {("MYS", "THA"), ("MYS", "PATANIBRN")}


@pytest.mark.parametrize(
    "text",
    [
        # pressure or arms "in a bid to" end others' war are no mediation
        "Washington imposed new sanctions on Moscow in a bid to end the war between Russia and Ukraine.",
        "The US sent more weapons to Kyiv in an effort to end the war between Russia and Ukraine.",
        "Britain deployed warships to the Red Sea in a bid to defuse tensions between Iran and Israel.",
    ],
)
def test_pressure_in_a_bid_to_end_a_war_is_no_mediation(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, only=0) == set()


def test_in_a_week_when_efforts_stalled_is_no_bid(lexicon: Lexicon) -> None:
    text = (
        "Turkey's foreign minister met his Greek counterpart in a week when efforts to end the war between Russia "
        "and Ukraine stalled."
    )
    assert mediations([text], lexicon, only=0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Qatar launched a bid to de-escalate tensions between Pakistan and India.",
        "Qatar offered to help de-escalate tensions between Pakistan and India.",
    ],
)
def test_de_escalating_two_others_tensions(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, only=0) == {("QAT", "PAK"), ("QAT", "IND")}


@pytest.mark.parametrize(
    "text",
    [
        "Qatar's envoy visited Kyiv and Moscow to help end the war.",
        "Qatar's envoy travelled to Kyiv and Moscow to help end the war.",
    ],
)
def test_a_mediator_visiting_both_sides_to_end_their_war_mediates_between_them(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("QAT", "UKR"), ("QAT", "RUS")}


def test_a_mediator_meeting_one_side_names_no_pair(lexicon: Lexicon) -> None:
    assert mediations(["Qatar's envoy met Putin in Moscow to help end the war."], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenya's president met Sudan's army chief and the RSF leader in a bid to end the war.", ("KEN", "SDN", "RSF")),
        (
            "France's president phoned the leaders of Thailand and Cambodia in an effort to secure a truce.",
            ("FRA", "THA", "KHM"),
        ),
        (
            "The US envoy held talks with Pakistani and Afghan officials in Doha in a bid to end the clashes.",
            ("USA", "PAK", "AFG"),
        ),
        ("Qatar's envoy spoke with Kyiv and Moscow to help end the war.", ("QAT", "UKR", "RUS")),
        ("Kenya's Ruto meets Burhan, Hemedti envoys in bid to end Sudan war", ("KEN", "SDN", "RSF")),  # a headline
        # in contact or in touch with both; a truce secured with the two spoken to
        (
            "Egyptian officials have been in contact with Israel and Hamas to secure a ceasefire.",
            ("EGY", "ISR", "HAMAS"),
        ),
        ("Qatar has been in touch with Kyiv and Moscow in a bid to end the war.", ("QAT", "UKR", "RUS")),
        ("Egypt spoke with Israel and Hamas to secure a truce.", ("EGY", "ISR", "HAMAS")),
        ("Qatar is in constant contact with Israel and Hamas to secure a ceasefire.", ("QAT", "ISR", "HAMAS")),
        # a push for a deal by one who met both; its subject is who met them, not the officials met
        (
            "Egypt's intelligence chief held separate meetings with Hamas and Israeli officials to push for a deal.",
            ("EGY", "HAMAS", "ISR"),
        ),
    ],
)
def test_a_mediator_speaking_with_both_sides_to_end_their_conflict_mediates_between_them(
    text: str, expected: tuple[str, str, str], lexicon: Lexicon
) -> None:
    mediator, *sides = expected
    assert mediations([text], lexicon, 0) == {(mediator, side) for side in sides}


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's president met Putin in Sochi in a bid to revive the grain deal.",  # one side, and no peace
        "The EU imposed sanctions on Russia and Belarus in a bid to end the war.",  # pressure, not talk
        "Qatar's envoy met Putin in Moscow in a bid to end the war.",  # one side, in its capital
        # a side speaking with its mediators, for a settlement of its own
        "Israel spoke with Egypt and Qatar to secure a ceasefire with Hamas.",
        "Israel spoke with Egypt and Qatar in a bid to end its war.",
        "Israel has been in contact with Egypt and Qatar in a bid to end the war with Hamas.",
        "Egypt met Israel to secure a ceasefire.",  # one side
        "The US pushed for a ceasefire between Israel and Hamas.",  # a bare push for a truce is an appeal
        "Israel met Egypt and Qatar to push for a deal with Hamas.",
        # a third's war, or a deal of trade: no settlement of the two met
        "Macron met Merz and Starmer to push for a ceasefire in Ukraine.",
        "Macron spoke with Starmer and Merz to secure a ceasefire in Ukraine.",
        "The EU has been in touch with Washington and Beijing to secure a deal on tariffs.",
        "Macron meets Merz, Tusk in bid to end Ukraine war",
    ],
)
def test_speaking_with_one_side_or_pressing_two_is_no_mediation(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Trump pledged to resolve the crisis between Russia and Ukraine.",
        "The talks come after Trump's pledge to swiftly resolve the crisis between Russia and Ukraine.",
        "Trump vowed to end the war between Russia and Ukraine.",
        "Trump promised to end the war between Russia and Ukraine.",
    ],
)
def test_a_pledge_to_settle_two_others_war_is_mediation(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("USA", "RUS"), ("USA", "UKR")}


def test_a_pledge_to_end_an_unnamed_war_leans_on_the_documents_sides(lexicon: Lexicon) -> None:
    assert mediations([*SIDES, "Trump vowed to end the war."], lexicon, 2) == {("USA", p) for p in BOTH}


@pytest.mark.parametrize(
    "text",
    [
        "Poland vowed to end the war.",  # a side's own pledge
        "Poland vowed to end the war with Belarus.",
        "France pledged two billion euros to Poland.",  # a pledge of money
        "Trump vowed to avenge the attack by Belarus.",  # nothing settled
    ],
)
def test_a_sides_pledge_or_a_pledge_of_something_else_is_no_mediation(text: str, lexicon: Lexicon) -> None:
    assert mediations([*SIDES, text], lexicon, 2) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Qatar helped defuse the crisis between Pakistan and Afghanistan.",
        "Qatar helped ease tensions between Pakistan and Afghanistan.",
        "Qatar helped to calm tensions between Pakistan and Afghanistan.",
    ],
)
def test_helping_defuse_or_ease_two_others_tensions_is_mediation(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("QAT", "PAK"), ("QAT", "AFG")}


@pytest.mark.parametrize(
    "text",
    [
        "Trump said he spoke with the leaders of Thailand and Cambodia and that they agreed to a ceasefire.",
        "Trump said he had spoken to the leaders of Thailand and Cambodia, who agreed to an immediate ceasefire.",
        "Trump held calls with the leaders of Cambodia and Thailand, after which both sides agreed to a ceasefire.",
    ],
)
def test_a_third_side_that_spoke_with_both_before_they_agreed_a_truce_mediates(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("USA", "THA"), ("USA", "KHM")}


@pytest.mark.parametrize(
    "text",
    [
        "Thailand spoke with Cambodia, and they agreed to a ceasefire.",  # a side did the talking
        "Trump spoke with Netanyahu; Thailand and Cambodia agreed to a ceasefire.",  # not the two spoken with
        "Trump spoke with the leaders of Thailand and Cambodia, and both agreed to meet.",  # no truce
        # the two who agreed are not the ones spoken with
        "Macron said he spoke with Zelenskiy on Tuesday and that Russia and Ukraine had agreed to an energy ceasefire.",
    ],
)
def test_talk_by_a_side_or_with_others_before_a_truce_is_no_mediation(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Qatar mediated the release of an American held in Afghanistan.", ("QAT", "USA", "AFG")),
        (
            "Qatar announced the success of its mediation efforts to release an Austrian citizen detained in "
            "Afghanistan.",
            ("QAT", "AUT", "AFG"),
        ),
        ("Oman helped secure the release of a French national detained in Iran.", ("OMN", "FRA", "IRN")),
        ("Qatar facilitated the release of four Americans held by Hamas.", ("QAT", "USA", "HAMAS")),
    ],
)
def test_a_mediated_release_is_between_the_captives_state_and_its_holder(
    text: str, sides: tuple[str, str, str], lexicon: Lexicon
) -> None:
    mediator, *parties = sides
    assert mediations([text], lexicon, 0) == {(mediator, p) for p in parties}


@pytest.mark.parametrize(
    "text",
    [
        "Qatar welcomed the release of an American held in Afghanistan.",  # no mediator's act
        "Qatar mediated the release of prisoners.",  # no captive's state, no holder
        "The Vatican helped secure the release of an Italian priest abducted in Niger.",  # where, not by whom
        "Israeli forces secured the release of a Thai worker held by Hamas in a raid.",  # freed by force
        "Qatar helped secure the release of an American abducted in Mali by al Qaeda-linked militants.",
    ],
)
def test_a_release_welcomed_or_of_no_one_named_is_no_mediation(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Israel's prime minister spoke with his Russian and Ukrainian counterparts to mediate the conflict.",
        "Israel's prime minister held two rounds of talks over the phone with his Russian and Ukrainian counterparts"
        " to mediate the conflict.",
    ],
)
def test_the_one_who_spoke_with_two_counterparts_to_mediate_mediates(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("ISR", "RUS"), ("ISR", "UKR")}  # not the second counterpart


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        ("Turkey asked Qatar to mediate between Israel and Hamas.", "TUR"),
        ("France's president met Erdogan, urging Turkey to mediate between Russia and Ukraine.", "FRA"),
    ],
)
def test_one_asked_to_mediate_is_not_the_asker(text: str, asker: str, lexicon: Lexicon) -> None:
    assert asker not in {m for m, _ in mediations([text], lexicon, 0)}


def test_a_relative_clause_after_a_meeting_keeps_its_own_mediators(lexicon: Lexicon) -> None:
    text = "Hamas leaders met in Doha, where Egypt and Qatar have been working to broker a truce"
    text += " between Hamas and Israel."
    assert {m for m, _ in mediations([text], lexicon, 0)} == {"EGY", "QAT"}


@pytest.mark.parametrize(
    "text",
    [
        "Macron spoke with Saudi Arabia, which has offered to mediate between Russia and Ukraine.",
        "Macron spoke by phone with Saudi Crown Prince Mohammed bin Salman, who has offered to mediate between"
        " Russia and Ukraine.",
    ],
)
def test_a_relative_clause_with_an_auxiliary_names_its_own_mediator(text: str, lexicon: Lexicon) -> None:
    assert {m for m, _ in mediations([text], lexicon, 0)} == {"SAU"}  # not the one who spoke with it


def test_a_new_mediation_effort_launched_between_two(lexicon: Lexicon) -> None:
    text = "Germany is launching a new mediation effort between Turkey and Greece."
    assert mediations([text], lexicon, 0) == {("DEU", "TUR"), ("DEU", "GRC")}


@pytest.mark.parametrize(
    "text", ["The ministers praised Egypt's peace efforts.", "They praised peace efforts by Egypt."]
)
def test_an_owned_peace_effort_with_no_sides_named_is_between_the_documents_sides(text: str, lexicon: Lexicon) -> None:
    assert mediations([*SIDES, text], lexicon, 2) == {("EGY", BOTH[0]), ("EGY", BOTH[1])}


@pytest.mark.parametrize(
    "text",
    [
        "The talks run in parallel with UN peace efforts.",
        "Poland praised its own peace efforts.",
        "Egypt's peace efforts in Sudan have also stalled.",
        "Oman's peace efforts on the nuclear file were suspended.",
    ],
)
def test_an_unowned_or_a_sides_own_peace_effort_names_no_mediator(text: str, lexicon: Lexicon) -> None:
    assert mediations([*SIDES, text], lexicon, 2) == set()
