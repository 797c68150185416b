"""Mediation said by the setting (graphx.extract.mediation, mediation_roles): a mediator in an adverbial phrase
after the clause whose subject is the two sides ('A and B signed the deal under the mediation of X'), and a host
of two sides' delegates ('X hosted delegations of A and B'); and the near misses: one side's delegates, a
summit, a mediation the subject only talks about."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import SIDES, mediations

ADVERBIAL = [
    ("Senegal and the MFDC signed the agreement under the mediation of Guinea-Bissau.", "GNB", {"SEN", "MFDC"}),
    ("Israel and Hamas agreed to a truce under Egyptian mediation.", "EGY", {"ISR", "HAMAS"}),
    ("Sudan and South Sudan resumed oil exports with the mediation of the African Union.", "AU", {"SDN", "SSD"}),
]


@pytest.mark.parametrize(("text", "mediator", "sides"), ADVERBIAL)
def test_a_mediator_in_an_adverbial_phrase_mediates_between_the_subjects(
    text: str, mediator: str, sides: set[str], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == {(mediator, side) for side in sides}


def test_a_single_subject_is_not_two_sides(lexicon: Lexicon) -> None:
    text = "India said it would never accept talks with Pakistan under the mediation of a third party."
    assert mediations([text], lexicon, 0) == set()


HOSTED = [
    ("Saudi Arabia hosted delegations of the Sudanese army and the RSF in Jeddah.", "SAU", {"SDN", "RSF"}),
    ("Qatar hosted representatives of the Taliban and the United States.", "QAT", {"AFG", "USA"}),
    ("Turkey hosted Russian and Ukrainian negotiators in Istanbul.", "TUR", {"RUS", "UKR"}),
]


@pytest.mark.parametrize(("text", "host", "sides"), HOSTED)
def test_hosting_two_sides_delegates_is_mediation(text: str, host: str, sides: set[str], lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {(host, side) for side in sides}


NOT_HOSTED = [
    "Qatar hosted a Hamas delegation on Monday.",
    "Turkey hosted Russian negotiators in Istanbul.",
    "Egypt hosted the Arab League summit in Cairo.",
]


@pytest.mark.parametrize("text", NOT_HOSTED)
def test_hosting_one_side_or_a_summit_is_not_mediation(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


def test_an_intermediary_between_two_sides_needs_no_talks_named(lexicon: Lexicon) -> None:
    text = "Oman acted as an intermediary between Iran and the United States."
    assert mediations([text], lexicon, 0) == {("OMN", "IRN"), ("OMN", "USA")}


def test_a_guarantor_of_one_state_is_still_no_mediator(lexicon: Lexicon) -> None:
    assert mediations(["Russia, a guarantor of Armenia's security, stayed silent."], lexicon, 0) == set()


def test_those_who_welcome_a_brokered_deal_are_not_its_parties(lexicon: Lexicon) -> None:
    assert mediations(["The deal, brokered by Qatar, was welcomed by Egypt and Jordan."], lexicon, 0) == set()


def test_a_relative_clause_after_a_list_is_said_of_the_whole_list(lexicon: Lexicon) -> None:
    text = "Qatar and Egypt, which have mediated between Israel and Hamas, welcomed the deal."
    assert mediations([text], lexicon, 0) == {(m, p) for m in ("QAT", "EGY") for p in ("ISR", "HAMAS")}


SETTINGS = [
    (
        "Delegations from Sudan's army and the RSF are negotiating in Jeddah under Saudi and US auspices.",
        {"SAU", "USA"},
        {"SDN", "RSF"},
    ),
    ("Iran and Saudi Arabia restored ties in a China-brokered deal.", {"CHN"}, {"IRN", "SAU"}),
    ("Russia and Ukraine exchanged prisoners in a UAE-mediated swap.", {"ARE"}, {"RUS", "UKR"}),
    ("Russia and Ukraine swapped 400 prisoners after UAE-U.S. mediation.", {"ARE", "USA"}, {"RUS", "UKR"}),
    ("Russia, Ukraine swap 400 prisoners after UAE mediation", {"ARE"}, {"RUS", "UKR"}),
    ("Russia swapped 400 prisoners with Ukraine under Turkish mediation.", {"TUR"}, {"RUS", "UKR"}),
    (
        "Thailand has been engaged in a peace process with the BRN, facilitated by Malaysia.",
        {"MYS"},
        {"THA", "PATANIBRN"},
    ),
    (
        "Joint mediation by Qatar and the UN led to a prisoner swap between Russia and Ukraine.",
        {"QAT", "UN"},
        {"RUS", "UKR"},
    ),
    (
        "Peace talks between the Colombian government and the ELN resumed in Caracas, with Norway and Cuba as "
        "guarantors.",
        {"NOR", "CUB"},
        {"COL", "ELN"},
    ),
]


@pytest.mark.parametrize(("text", "mediators", "sides"), SETTINGS)
def test_mediators_named_in_the_setting_of_the_two_sides_talks(
    text: str, mediators: set[str], sides: set[str], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == {(m, p) for m in mediators for p in sides}


def test_two_sides_meeting_at_a_third_partys_invitation_is_mediation(lexicon: Lexicon) -> None:
    text = "The leaders of Armenia and Azerbaijan met in Washington at the invitation of the United States."
    assert mediations([text], lexicon, 0) == {("USA", "ARM"), ("USA", "AZE")}


def test_a_visit_at_an_invitation_is_not_mediation(lexicon: Lexicon) -> None:
    assert mediations(["Macron visited Berlin at the invitation of Germany."], lexicon, 0) == set()


def test_the_signers_before_a_ceremony_a_third_party_oversaw_are_its_parties(lexicon: Lexicon) -> None:
    text = "Eritrea and Ethiopia signed a peace deal on Sunday at a ceremony in Jeddah overseen by Saudi Arabia."
    assert mediations([text], lexicon, 0) == {("SAU", "ERI"), ("SAU", "ETH")}


def test_hosting_three_allies_is_a_conference_not_mediation(lexicon: Lexicon) -> None:
    text = "Egypt's foreign minister hosted representatives from Saudi Arabia, the UAE, and Bahrain in Cairo."
    assert mediations([text], lexicon, 0) == set()


NEGOTIATED = [
    ("The United States helped negotiate a ceasefire between India and Pakistan.", "USA", {"IND", "PAK"}),
    ("Egypt played a key role in negotiating the truce between Israel and Hamas.", "EGY", {"ISR", "HAMAS"}),
    ("Qatar's role in brokering the ceasefire between Israel and Hamas was praised.", "QAT", {"ISR", "HAMAS"}),
    ("Kenya played a pivotal role in securing the deal between Sudan and Chad.", "KEN", {"SDN", "TCD"}),
]


@pytest.mark.parametrize(("text", "mediator", "sides"), NEGOTIATED)
def test_a_third_party_negotiating_between_two_sides_mediates(
    text: str, mediator: str, sides: set[str], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == {(mediator, side) for side in sides}


def test_a_role_in_securing_what_is_no_talks_or_truce_is_not_mediation(lexicon: Lexicon) -> None:
    text = "The US played a key role in securing the border between Mexico and Guatemala."
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text", ["Israel and Hamas negotiated a ceasefire in Cairo.", "Israel negotiated with Hamas for weeks."]
)
def test_the_sides_negotiating_themselves_is_not_mediation(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


def test_delegations_hosted_at_a_show_are_not_talks(lexicon: Lexicon) -> None:
    text = "France hosted Indian and Pakistani delegations at the Paris Air Show."
    assert mediations([text], lexicon, 0) == set()


def test_the_two_neighbours_are_two_states_not_an_armed_group(lexicon: Lexicon) -> None:
    sentences = [
        "DR Congo accused Rwanda of sending troops, and Rwanda rejected the accusation.",
        "Burundi, whose troops have fought alongside Congolese forces against the M23, warned of war.",
        "Angola, which had mediated between the two neighbours for a year, said it would step aside.",
    ]
    assert mediations(sentences, lexicon, 2) == {("AGO", "COD"), ("AGO", "RWA")}


def test_a_push_against_a_state_is_no_mediation_effort(lexicon: Lexicon) -> None:
    text = "Biden pledged aid to Solomon Islands in an effort seen as a push against China's growing presence."
    assert mediations([text], lexicon, 0) == set()


def test_hosting_talks_between_their_ministers_after_a_named_pair(lexicon: Lexicon) -> None:
    text = "Moscow is supporting a rapprochement between Damascus and Ankara, hosting talks between their ministers."
    assert mediations([text], lexicon, 0) == {("RUS", "SYR"), ("RUS", "TUR")}


def test_negotiating_an_end_to_the_fighting_mediates_between_the_documents_sides(lexicon: Lexicon) -> None:
    sentences = [
        "Fighting broke out between the army and the STC in Hadramout.",
        "Yemen's army and the STC clashed again.",
        "A Saudi delegation has been negotiating an end to the fighting in Hadramout.",
    ]
    assert mediations(sentences, lexicon, 2) == {("SAU", "STC"), ("SAU", "YEM")}


def test_a_role_holder_before_a_participle_aside(lexicon: Lexicon) -> None:
    text = "Qatar, maintaining contacts with the Taliban, acted as an intermediary between Germany and the Taliban."
    assert mediations([text], lexicon, 0) == {("QAT", "DEU"), ("QAT", "AFG")}


def test_two_sides_meeting_under_a_third_partys_possessive_auspices(lexicon: Lexicon) -> None:
    text = "Armenia and Azerbaijan held talks in Almaty under Kazakhstan's auspices."
    assert mediations([text], lexicon, 0) == {("KAZ", "ARM"), ("KAZ", "AZE")}


def test_an_intermediary_between_two_sides_said_with_be(lexicon: Lexicon) -> None:
    text = "Oman has long been a key intermediary between Iran and the United States."
    assert mediations([text], lexicon, 0) == {("OMN", "IRN"), ("OMN", "USA")}


GUESTS = [
    ("China hosted top diplomats from Afghanistan and Pakistan in a bid to end the conflict.", "CHN", {"AFG", "PAK"}),
    ("The US and Saudi Arabia co-hosted the talks between the Sudanese army and the RSF.", None, {"SDN", "RSF"}),
]


@pytest.mark.parametrize(("text", "host", "sides"), GUESTS)
def test_hosting_two_sides_diplomats_or_co_hosting_talks_is_mediation(
    text: str, host: str | None, sides: set[str], lexicon: Lexicon
) -> None:
    hosts = {host} if host else {"USA", "SAU"}
    assert mediations([text], lexicon, 0) == {(h, side) for h in hosts for side in sides}


@pytest.mark.parametrize(
    "text",
    [
        "France hosted officials from Germany and Italy at a trade fair.",
        "Russia hosted diplomats from Germany, France and Italy.",
    ],
)
def test_officials_hosted_at_a_fair_or_three_allies_are_no_sides(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


def test_a_list_given_the_role_of_guarantors(lexicon: Lexicon) -> None:
    sentences = ["Colombia and the ELN clashed.", "The talks will have Brazil, Cuba and Norway as guarantor countries."]
    assert mediations(sentences, lexicon, 1) == {(m, p) for m in ("BRA", "CUB", "NOR") for p in ("COL", "ELN")}


def test_mediation_between_a_state_and_a_group_described_by_its_nationality(lexicon: Lexicon) -> None:
    text = "Egypt and Qatar continue their mediation between Israel and the Palestinian group Hamas."
    assert mediations([text], lexicon, 0) == {(m, p) for m in ("EGY", "QAT") for p in ("ISR", "HAMAS")}


@pytest.mark.parametrize(
    ("text", "mediators", "sides"),
    [
        (
            "The truce between Thailand and Cambodia was brokered by Malaysia as chair of ASEAN and President Trump.",
            {"MYS", "ASEAN", "USA"},
            {"THA", "KHM"},
        ),
        ("Brokered by Qatar, the deal was signed by Israel and Hamas.", {"QAT"}, {"ISR", "HAMAS"}),
        ("Mediated by Turkey, the talks between Russia and Ukraine ended.", {"TUR"}, {"RUS", "UKR"}),
    ],
)
def test_a_chair_of_a_body_and_its_co_broker_and_a_fronted_participle(
    text: str, mediators: set[str], sides: set[str], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == {(m, p) for m in mediators for p in sides}


@pytest.mark.parametrize(
    "sentences",
    [
        ["Malaysia hosted Thailand's prime minister and Cambodia's prime minister, who met for ceasefire talks."],
        [
            "Malaysian Prime Minister Anwar Ibrahim called for calm.",
            "Ibrahim hosted Thailand's prime minister and Cambodian Prime Minister Hun Manet, who met for truce talks.",
        ],
    ],
)
def test_hosting_two_sides_leaders_who_met_for_talks_by_a_known_leaders_surname(
    sentences: list[str], lexicon: Lexicon
) -> None:
    assert mediations(sentences, lexicon, len(sentences) - 1) == {("MYS", "THA"), ("MYS", "KHM")}


def test_leaders_hosted_who_did_not_meet_for_talks_are_guests(lexicon: Lexicon) -> None:
    text = "France hosted Germany's chancellor and Italy's premier, who praised the food."
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam played host to the US and North Korean leaders for nuclear talks.", {("VNM", "USA"), ("VNM", "PRK")}),
        ("Vietnam played host to the US and North Korean football teams.", set()),
        ("China hosted top Afghan and Pakistani officials in a bid to mediate.", {("CHN", "AFG"), ("CHN", "PAK")}),
        ("China hosted Afghan and Pakistani officials at a dinner.", set()),
        ("Qatar acted as a broker between Iran and the US.", {("QAT", "IRN"), ("QAT", "USA")}),
        ("The power broker met Iran and the US.", set()),
    ],
)
def test_playing_host_hosting_to_mediate_and_brokers(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    "text",
    ["China will boycott the G20 meeting hosted by India in Kashmir.", "The NATO summit, hosted by Lithuania, opened."],
)
def test_a_bodys_meeting_hosted_by_a_side_mediates_nothing(text: str, lexicon: Lexicon) -> None:
    sentences = [text, "China and Pakistan condemned India for holding the event.", "China and Pakistan condemned it."]
    assert not {edge for edge in mediations(sentences, lexicon, 0) if edge[0] in ("IND", "LTU")}


def test_talks_between_two_sides_hosted_by_a_third_still_mediate(lexicon: Lexicon) -> None:
    text = "A meeting of Russian and Ukrainian delegations, hosted by Turkey, opened in Istanbul."
    assert mediations([text], lexicon, 0) == {("TUR", "RUS"), ("TUR", "UKR")}


@pytest.mark.parametrize(
    "text",
    [
        "Canada's prime minister said after hosting the G7 Summit that they stressed stable relations with China.",
        "Biden hosted a group of Pacific leaders at a summit in Washington this week.",
    ],
)
def test_hosting_a_group_s_summit_is_no_mediation_between_the_story_s_sides(text: str, lexicon: Lexicon) -> None:
    assert (
        mediations(["China and the Solomon Islands signed a security pact with Taiwan in mind.", text], lexicon, 1)
        == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Qatar will host an emergency meeting of Gulf Cooperation Council foreign ministers to coordinate a response.",
        "Qatar will host a meeting of the Arab League next week.",
    ],
)
def test_hosting_a_body_s_own_meeting_is_no_mediation_between_the_story_s_sides(text: str, lexicon: Lexicon) -> None:
    assert mediations(["Iran struck the US base in Qatar.", text], lexicon, 1) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Hungary is ready to host the summit, so that the two presidents can hold talks.",
        "Malaysia hosted the ASEAN summit, where the two sides signed a ceasefire.",
        "Turkey offered to host a summit.",
        "Turkey will host a meeting of Russian and Ukrainian officials.",
    ],
)
def test_hosting_a_summit_of_the_two_sides_or_talks_at_one_is_mediation(text: str, lexicon: Lexicon) -> None:
    found = mediations(["Russia and Ukraine have been at war since 2022.", text], lexicon, 1)
    assert {p for _, p in found} == {"RUS", "UKR"}


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan offers to host platform for Russia-Ukraine negotiations",
        "Kazakhstan provided a venue for Russia-Ukraine talks.",
        "Kazakhstan provides a platform for Russia-Ukraine talks.",
    ],
)
def test_a_host_of_a_platform_or_venue_for_a_pairs_talks_mediates(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, only=0) == {("KAZ", "RUS"), ("KAZ", "UKR")}


def test_a_venue_for_one_sides_own_event_names_no_mediator(lexicon: Lexicon) -> None:
    assert mediations(["Kazakhstan provided a venue for Russia's parade."], lexicon, only=0) == set()


def test_a_compound_before_mediation_names_the_sides_when_the_clause_names_no_others(lexicon: Lexicon) -> None:
    assert mediations(["Qatar praised the progress of Russia-Ukraine mediation."], lexicon, 0) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar offered mediation between Russia and Ukraine.", {("QAT", "RUS"), ("QAT", "UKR")}),
        ("Russia rejected Qatar's offer of mediation.", set()),
    ],
)
def test_the_subject_offering_mediation_is_the_mediator(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks between Sudan and the RSF were organised by IGAD.", {("IGAD", "SDN"), ("IGAD", "RSF")}),
        ("Hungary is ready to organize a meeting between Serbia and Kosovo.", {("HUN", "SRB"), ("HUN", "XKX")}),
        ("Sudan organised a rally against the RSF.", set()),  # no talks: not mediation
    ],
)
def test_an_organiser_of_talks_between_two_sides_mediates(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


def test_providing_the_venue_for_talks_between_two_sides_is_hosting_them(lexicon: Lexicon) -> None:
    text = "New Zealand provided the venue for talks between Papua New Guinea and Bougainville."
    assert mediations([text], lexicon, 0) == {("NZL", "PNG"), ("NZL", "ABG")}
    assert mediations(["Qatar provided the venue for the World Cup."], lexicon, 0) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar brings together Syrian and Iraqi leaders to repair relations", {("QAT", "SYR"), ("QAT", "IRQ")}),
        ("Qatar brought together Syria and Iraq to resolve their differences.", {("QAT", "SYR"), ("QAT", "IRQ")}),
        # brought together for something else, or invited with no meeting: no mediation
        ("Qatar brought together Syria and Iraq to sign a trade deal.", set()),
        ("Qatar invited Syria and Iraq to repair relations.", set()),
    ],
)
def test_a_host_brings_two_sides_together_to_mend_ties(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    "text",
    ["The Djibouti meeting was organised by IGAD and the African Union.", "The Doha talks were brokered by the AU."],
)
def test_a_meeting_named_by_its_venue_is_between_the_documents_sides(text: str, lexicon: Lexicon) -> None:
    sentences = ["Sudan's army and the RSF clashed in Khartoum on Monday.", text]
    mediators = {"IGAD", "AU"} if "IGAD" in text else {"AU"}
    assert mediations(sentences, lexicon, 1) == {(m, p) for m in mediators for p in ("SDN", "RSF")}


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia hosted a peace conference between Sudan and South Sudan.",
        "Saudi Arabia hosted a forum aimed at resolving the rift between Sudan and South Sudan.",
    ],
)
def test_a_conference_or_forum_between_two_or_to_settle_their_rift_is_hosted_talks(lexicon: Lexicon, text: str) -> None:
    assert mediations([text], lexicon, 0) == {("SAU", "SDN"), ("SAU", "SSD")}


def test_a_forum_to_settle_a_rift_lends_the_host_the_disputes_sides(lexicon: Lexicon) -> None:
    text = [*SIDES, "Lithuania agreed to host a forum in Vilnius aimed at resolving the rift."]
    assert mediations(text, lexicon, 2) == {("LTU", "BLR"), ("LTU", "POL")}


@pytest.mark.parametrize(
    "text",
    [
        "Egypt hosted a conference on Gaza reconstruction attended by Qatar and Turkey.",
        "Egypt hosted an international donor conference for Sudan.",
        "Saudi Arabia hosted a forum on trade between India and China.",
        "The UAE hosted a climate conference between India and Pakistan.",
        "Egypt hosted an end-of-year forum for Ethiopia and Sudan.",
        "Saudi Arabia hosted a forum aimed at ending visa restrictions for India and China.",
    ],
)
def test_a_conference_of_no_quarrel_is_no_mediation(lexicon: Lexicon, text: str) -> None:
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Talks between South Sudan and the SPLM-IO opened on Monday in Khartoum, hosted by Sudan.",
        "A new round of talks between South Sudan's President Salva Kiir and rebel leader Riek Machar opened in "
        "Khartoum, hosted by Sudan's President Omar al-Bashir.",
    ],
)
def test_talks_that_opened_then_a_participle_naming_their_host(lexicon: Lexicon, text: str) -> None:
    assert mediations([text], lexicon, 0) == {("SDN", "SSD"), ("SDN", "SPLMIO")}


def test_a_participle_after_another_clause_names_no_host_of_its_talks(lexicon: Lexicon) -> None:
    text = "Talks between South Sudan and the SPLM-IO stalled, and the army attacked Juba, backed by Sudan."
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The talks were hosted by Ecuador and then by Cuba.",
        "The peace talks – first hosted by Ecuador and currently by Cuba – stalled.",
    ],
)
def test_hosts_named_one_after_another_both_host(lexicon: Lexicon, text: str) -> None:
    assert {m for m, _ in mediations([*SIDES, text], lexicon, 2)} == {"ECU", "CUB"}


def test_talks_that_never_opened_have_no_host(lexicon: Lexicon) -> None:
    text = "Talks between South Sudan and the SPLM-IO never opened in Khartoum, hosted by Sudan."
    assert mediations([text], lexicon, 0) == set()


def test_an_adverb_between_a_host_participle_and_its_by(lexicon: Lexicon) -> None:
    text = [*SIDES, "The talks, hosted first by Ecuador and currently by Cuba, stalled."]
    assert {m for m, _ in mediations(text, lexicon, 2)} == {"ECU", "CUB"}
