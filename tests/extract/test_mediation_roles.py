"""Mediators named by a role noun or an effort, not a verb: one invented sentence per construction, and the
near misses that must not read as mediation."""

from __future__ import annotations

import pytest

from graphx.extract.extractor import extract
from graphx.lexicon import Lexicon
from tests.extract.readings import BOTH, SIDES, mediations

ROLES = [
    # a nationality adjective or a possessive on a role noun
    ("The Norwegian mediator said the talks would resume on Monday.", {"NOR"}),
    ("Norwegian and Swedish mediators said talks would resume on Monday.", {"NOR", "SWE"}),
    ("The accord was reached through Swedish mediation.", {"SWE"}),
    ("Finland's mediation paid off on Monday.", {"FIN"}),
    ("The Turkish facilitators said the prisoner swap went ahead.", {"TUR"}),
    # a list attached to the role noun
    ("Mediators Norway, Sweden and Finland said talks would resume on Monday.", {"NOR", "SWE", "FIN"}),
    ("The Group of Guarantor States – Norway, Sweden and Finland – said the truce was holding.", {"NOR", "SWE", "FIN"}),
    ("The mediators (Norway and Sweden) said the truce was holding.", {"NOR", "SWE"}),
    (
        "Also at the talks were Norwegian Ambassador to Austria Jan Berg and Swedish Ambassador to Austria Eva Lind, "
        "who are participating as co-facilitators.",
        {"NOR", "SWE"},
    ),
    ("The two delegations resumed talks on Monday, with Norway and Sweden acting as mediators.", {"NOR", "SWE"}),
    ("Norway and Sweden, which have served as guarantors of the truce, met on Monday.", {"NOR", "SWE"}),
    ("The talks went ahead with Finnish intermediaries carrying messages.", {"FIN"}),
    # a list of the holders opened by "which include", "including"
    (
        "The talks will be attended by delegates from guarantor countries — which include Norway, Chile and Venezuela.",
        {"NOR", "CHL", "VEN"},
    ),
    ("The mediators, including Qatar and Egypt, met on Sunday.", {"QAT", "EGY"}),
    # the sentence's subject takes the role a longer verb phrase names
    ("Cuba and Norway participated in the negotiations as guarantor countries.", {"CUB", "NOR"}),
    ("Saudi Arabia played a leading role in the mediation.", {"SAU"}),
    # who appointed the mediator is no mediator: "the African Union-appointed mediator"
    ("Angola is the African Union-appointed mediator between Poland and Belarus.", {"AGO"}),
    ("Norway is the UN-mandated mediator between Warsaw and Minsk.", {"NOR"}),
]


@pytest.mark.parametrize(("text", "mediators"), ROLES)
def test_a_role_noun_names_its_mediators(lexicon: Lexicon, text: str, mediators: set[str]) -> None:
    assert mediations([*SIDES, text], lexicon, 2) == {(m, p) for m in mediators for p in BOTH}


EFFORTS = [
    ("Norway's bid to end the war between Poland and Belarus stalled.", {"NOR"}),
    ("Efforts by Norway to resolve the dispute between Poland and Belarus have stalled.", {"NOR"}),
    ("Swedish Prime Minister Eva Lind offered to step in to resolve the dispute between Poland and Belarus.", {"SWE"}),
    ('Finland offered "to step in to settle the disputes between Poland and Belarus," its ministry said.', {"FIN"}),
    ("Norway's peace efforts between Poland and Belarus have stalled.", {"NOR"}),
    ("Sweden stepped in to end the fighting.", {"SWE"}),  # no sides named: the document's two
    ("Norway's efforts to promote reconciliation between Poland and Belarus were praised.", {"NOR"}),
    ("Sweden made efforts to foster dialogue between Poland and Belarus.", {"SWE"}),
    ("Norway renewed its bid to promote reconciliation.", {"NOR"}),  # reconciliation: the document's two sides
]


@pytest.mark.parametrize(("text", "mediators"), EFFORTS)
def test_an_effort_to_settle_a_conflict_names_its_mediator(lexicon: Lexicon, text: str, mediators: set[str]) -> None:
    assert mediations([*SIDES, text], lexicon, 2) == {(m, p) for m in mediators for p in BOTH}


def test_an_effort_with_its_sides_named_is_read_in_the_sentence(lexicon: Lexicon) -> None:
    found = [f for f in extract(["Norway's bid to end the war between Poland and Belarus stalled."], lexicon)]
    assert [(f.source, f.parties, f.rule) for f in found if f.rule.startswith("mediation.")] == [
        ("NOR", ("POL", "BLR"), "mediation.effort")
    ]


def test_the_country_a_conflict_is_in_is_no_party_of_it(lexicon: Lexicon) -> None:
    sides = ["Saudi Arabia and the Houthis fought for years.", "The Houthis attacked Saudi Arabia again in March."]
    text = "The talks are part of international efforts led by Oman to settle Yemen's conflict."
    assert mediations([*sides, text], lexicon, 2) == {("OMN", "SAU"), ("OMN", "HOUTHIS")}


def test_a_purposeful_hosting_names_the_delegations_it_receives(lexicon: Lexicon) -> None:
    text = (
        "Norway is hosting a separate but parallel and largely secret mediation effort with delegations from "
        "Poland and Belarus."
    )
    assert mediations([text], lexicon, 0) == {("NOR", "POL"), ("NOR", "BLR")}


NOT_MEDIATION = [
    "The mediator's proposal was rejected by Belarus.",  # Belarus rejects; the mediator is unnamed
    "The mediator's plan, rejected by Belarus, was shelved.",
    "Polish mediators said talks between Poland and Belarus would resume.",  # a mediator who is a side
    "Swedish officials said talks would resume on Monday.",  # no role noun
    "The UN envoy said talks would resume on Monday.",  # an envoy alone
    "Russia, a guarantor of the Belarusian regime, warned Poland.",  # a guarantor, but of no talks or truce
    "Belarus told the mediators Russia would attend the talks.",  # Russia is what they were told, not a mediator
    "Poland's bid to end its war with Belarus stalled.",  # the effort's owner is a side
    "Sweden's bid to join NATO stalled.",  # an effort that settles no conflict
    "Sweden stepped in to defend Finland.",
    "Sweden stepped up efforts to promote peace in the region.",  # a peaceful aim, but no sides and no conflict
    "Norway's efforts to promote trade between Poland and Belarus stalled.",  # no peaceful object
    "Sweden may step in to end the fighting.",  # hedged
    "Norway and Sweden, which signed the declaration as observers, left.",  # no mediation role
    "Sweden said it would not accept Hungary as mediator.",  # hedged, and Sweden takes no role
    "Sweden refused to act as mediator.",
    # a side's role in talks with the other side
    "Polish envoy Jan Nowak played a central role in talks to negotiate a ceasefire with Belarus.",
    # help that is no one's help with talks or a truce, or the verb
    "With Russia's help, Belarus rebuilt its air defences.",
    "Sweden will help Finland rebuild its bridges.",
]


@pytest.mark.parametrize("text", NOT_MEDIATION)
def test_near_misses_are_not_mediation(lexicon: Lexicon, text: str) -> None:
    assert mediations([*SIDES, text], lexicon, 2) == set()


def test_criticism_of_a_mediation_role_keeps_the_mediator_and_makes_the_critic_no_mediator(lexicon: Lexicon) -> None:
    found = mediations([*SIDES, "Norway's mediation role came under criticism from Belarus."], lexicon, 2)
    assert found == {("NOR", "POL"), ("NOR", "BLR")}


def test_delegations_of_a_later_clause_are_not_the_hosts_guests(lexicon: Lexicon) -> None:
    text = "Norway is hosting a separate round of talks in Oslo, and delegations from Poland and Belarus met in Riga."
    assert mediations([text], lexicon, 0) == set()


COLOMBIA = ["Colombia and the ELN resumed peace talks after clashes.", "Colombia accused the ELN of attacks."]


@pytest.mark.parametrize(
    ("text", "mediators"),
    [
        ("It was also confirmed that Cuba and Norway would be guarantors of the peace dialogues.", {"CUB", "NOR"}),
        (
            'The statement added that Norway, Venezuela and Cuba would be "guarantor states" in the talks.',
            {"NOR", "VEN", "CUB"},
        ),
        ("Mediators from Norway and Cuba met both delegations in Caracas.", {"NOR", "CUB"}),
    ],
)
def test_guarantors_announced_or_mediators_from_a_list_mediate_the_documents_sides(
    text: str, mediators: set[str], lexicon: Lexicon
) -> None:
    assert mediations([*COLOMBIA, text], lexicon, 2) == {(m, p) for m in mediators for p in ("COL", "ELN")}


@pytest.mark.parametrize(
    "text", ["Norway would be the facilitator of the talks.", "Norway would not be a guarantor of the talks."]
)
def test_a_role_only_supposed_or_denied_is_none(text: str, lexicon: Lexicon) -> None:
    assert mediations([*COLOMBIA, text], lexicon, 2) == set()


def test_a_venue_island_is_no_party_of_the_talks_it_holds(lexicon: Lexicon) -> None:
    text = "Its talks with Colombia, which were held in the Caribbean island of Barbados and mediated by Norway, ended."
    assert ("NOR", "BRB") not in mediations(["Colombia accused the ELN of attacks.", text], lexicon, 1)


FARC = ["Colombia and the FARC clashed for decades."]


@pytest.mark.parametrize(
    ("text", "mediators"),
    [
        (
            "The statement was read by representatives of Cuba and Norway, the so-called guarantors of the talks.",
            {"CUB", "NOR"},
        ),
        (
            "Also attending will be delegates from guarantor countries of the talks, Ecuador, Venezuela and Norway.",
            {"ECU", "VEN", "NOR"},
        ),
    ],
)
def test_guarantors_in_apposition_or_listed_after_their_role(text: str, mediators: set[str], lexicon: Lexicon) -> None:
    assert mediations([*FARC, text], lexicon, 1) == {(m, p) for m in mediators for p in ("COL", "FARC")}


def test_a_guarantor_of_a_state_in_apposition_is_no_mediator(lexicon: Lexicon) -> None:
    assert mediations([*FARC, "Britain, a guarantor of Cyprus, said nothing."], lexicon, 1) == set()


@pytest.mark.parametrize(
    "text",
    [
        "South Sudan and the SPLM-IO agreed to an Intergovernmental Authority on Development (IGAD)-brokered deal.",
        "South Sudan's Salva Kiir and rebel leader Riek Machar agreed to an Igad-brokered deal.",
    ],
)
def test_a_brokered_deal_whose_broker_is_bracketed_or_cased_as_a_word(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("IGAD", "SSD"), ("IGAD", "SPLMIO")}


def test_a_states_former_office_holder_does_not_speak_for_it(lexicon: Lexicon) -> None:
    former = "Thailand's former prime minister hosted talks between Poland and Belarus."
    assert mediations([former], lexicon, 0) == set()
    current = "Thailand's prime minister hosted talks between Poland and Belarus."
    assert mediations([current], lexicon, 0) == {("THA", "POL"), ("THA", "BLR")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya offered to act as an interlocutor in the crisis between Sudan and Chad.",
            {("KEN", "SDN"), ("KEN", "TCD")},
        ),
        ("Sudan's foreign minister met his Chadian interlocutor in Khartoum.", set()),  # a counterpart, no mediator
    ],
)
def test_an_interlocutor_in_a_crisis_between_two_sides_mediates(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The exchange of prisoners between Poland and Belarus was conducted under the auspices of Turkey.",
        "The talks between Poland and Belarus were held under the coordination of Turkey.",
        "The exchange of prisoners between Poland and Belarus was held under the coordination of Turkey's intelligence "
        "agency.",
    ],
)
def test_an_exchange_or_talks_under_a_third_states_auspices_or_coordination(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("TUR", "POL"), ("TUR", "BLR")}


def test_actors_named_as_observers_of_the_talks_are_no_parties(lexicon: Lexicon) -> None:
    text = (
        "The talks involving Serbia and Kosovo as parties, Norway as mediator and the United States and Britain as "
        "observers began in 2005."
    )
    assert mediations([text], lexicon, 0) == {("NOR", "SRB"), ("NOR", "XKX")}


def test_a_list_named_as_mediators_mediates_between_those_named_as_parties(lexicon: Lexicon) -> None:
    text = (
        "The talks (involving Moldova and Transnistria as parties to the conflict, Russia, Ukraine and the OSCE as "
        "mediators and the United States and the EU as observers) started in 2005."
    )
    assert mediations([text], lexicon, 0) == {(m, p) for m in ("RUS", "UKR", "OSCE") for p in ("MDA", "PMR")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway, a long-time facilitator of the talks between Colombia and the ELN, welcomed the deal.",
            {("NOR", "COL"), ("NOR", "ELN")},
        ),
        ("Oman has long served as a conduit between Washington and Tehran.", {("OMN", "USA"), ("OMN", "IRN")}),
        ("Switzerland passed messages between Washington and Tehran.", {("CHE", "USA"), ("CHE", "IRN")}),
        ("Syria has long served as a conduit for weapons between Iran and Hezbollah.", set()),  # weapons, not talks
    ],
)
def test_a_longtime_facilitator_a_conduit_and_a_messenger_between_two_sides(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Qatar has been engaged in mediation between Israel and Hamas.",
        "Qatar has been involved in shuttle diplomacy between Israel and Hamas.",
    ],
)
def test_a_subject_engaged_in_mediation_or_shuttle_diplomacy_mediates(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("QAT", "ISR"), ("QAT", "HAMAS")}


@pytest.mark.parametrize(
    ("text", "mediators"),
    [
        ("The Group of Mediator Countries (Qatar, Norway and Spain) issued a statement.", {"QAT", "NOR", "ESP"}),
        (
            "The peace mediators – including representatives from the United States, Egypt and Qatar – reported "
            "progress.",
            {"USA", "EGY", "QAT"},
        ),
    ],
)
def test_mediators_listed_in_brackets_after_their_role(text: str, mediators: set[str], lexicon: Lexicon) -> None:
    assert mediations([*FARC, text], lexicon, 1) == {(m, p) for m in mediators for p in ("COL", "FARC")}


def test_the_mediators_of_talks_between_two_sides_named_later(lexicon: Lexicon) -> None:
    text = (
        "The mediators (Qatar and Norway) today issued the following joint statement upon the conclusion of a new "
        "round of talks between Colombia and the ELN."
    )
    assert mediations([text], lexicon, 0) == {(m, p) for m in ("QAT", "NOR") for p in ("COL", "ELN")}


def test_officials_from_states_met_by_mediators_are_not_mediators(lexicon: Lexicon) -> None:
    assert mediations([*FARC, "The mediators met officials from Qatar and Egypt."], lexicon, 1) == set()


@pytest.mark.parametrize(
    "sentences",
    [
        ["Lebanon and Israel attended talks chaired by France."],
        ["Israel struck Lebanon on Monday.", "Lebanese and Israeli delegates joined the meeting chaired by France."],
        # the two sides a reference stands for, read again with the fighting read before it
        ["Israel struck Lebanon on Monday.", "The two sides joined the meeting chaired by France."],
        ["Israel struck Lebanon on Monday.", "Both sides attended the meeting chaired by France."],
    ],
)
def test_the_chair_of_talks_two_sides_attend_mediates_between_them(sentences: list[str], lexicon: Lexicon) -> None:
    assert mediations(sentences, lexicon, len(sentences) - 1) == {("FRA", "LBN"), ("FRA", "ISR")}


def test_the_chair_of_a_meeting_with_no_sides_named_mediates_between_the_sides_read_fighting(lexicon: Lexicon) -> None:
    sentences = [
        "Thai and Cambodian troops clashed on the border.",
        "The meeting, chaired by Malaysia, eased tensions.",
    ]
    assert mediations(sentences, lexicon, 1) == {("MYS", "THA"), ("MYS", "KHM")}
    calm = ["Germany and Italy discussed trade on Monday.", "The meeting, chaired by France, eased tensions."]
    assert mediations(calm, lexicon, 1) == set()


def test_the_chair_of_a_meeting_of_sides_not_at_war_mediates_nothing(lexicon: Lexicon) -> None:
    assert mediations(["Germany and Italy attended the meeting chaired by France."], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya was appointed facilitator of the talks between the DRC and the M23.",
        "Kenya was named mediator between the DRC and the M23.",
        "Kenya was named chief mediator in the talks between the DRC and the M23.",
    ],
)
def test_one_appointed_or_named_to_a_role_in_talks_mediates(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("KEN", "COD"), ("KEN", "M23")}


def test_one_named_to_a_role_of_its_own_side_is_no_mediator(lexicon: Lexicon) -> None:
    text = "Kenya was named chief negotiator in the talks between Kenya and Somalia."
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    ["Malaysia chairs Thai-Cambodia ceasefire talks", "Malaysia's Anwar to chair Thai-Cambodia ceasefire talks"],
)
def test_the_chair_of_talks_a_compound_names_the_sides_of_mediates(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("MYS", "THA"), ("MYS", "KHM")}


def test_the_chair_of_a_summit_mediates_nothing(lexicon: Lexicon) -> None:
    assert mediations(["Malaysia will chair the ASEAN summit in October."], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Malaysia, as ASEAN chair, mediated between Thailand and Cambodia.",
        "Malaysia, as chair of ASEAN, has been mediating between Thailand and Cambodia.",
    ],
)
def test_a_role_given_with_as_is_an_aside_of_its_subject(text: str, lexicon: Lexicon) -> None:
    assert (
        {("MYS", "THA"), ("MYS", "KHM")}
        <= mediations([text], lexicon, 0)
        <= {(m, p) for m in ("MYS", "ASEAN") for p in ("THA", "KHM")}
    )


@pytest.mark.parametrize(
    "text",
    [
        "Laos and Vietnam agreed a prisoner swap, in which Thailand served as mediator.",
        "Laos and Vietnam held talks in Bangkok, where Thailand served as mediator.",
        "Laos and Vietnam resumed talks, and Thailand acts as a guarantor.",
        "Laos and Vietnam resumed talks, and Thailand acts as a guarantor of the talks.",
        "Laos and Vietnam resumed talks, in which the Thais serve as guarantors.",
    ],
)
def test_a_role_taken_in_a_clause_after_the_talks_is_mediation_between_their_sides(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("THA", "LAO"), ("THA", "VNM")}


def test_a_guarantor_of_a_peace_process_is_a_mediator(lexicon: Lexicon) -> None:
    text = "Norway is a guarantor of the peace process between Laos and Vietnam."
    assert mediations([text], lexicon, 0) == {("NOR", "LAO"), ("NOR", "VNM")}


@pytest.mark.parametrize(
    "text",
    [
        "Laos and Vietnam held talks in Hanoi, and Thailand was not a mediator.",
        "Laos and Vietnam swapped prisoners, and Cambodia said it was ready to serve as a mediator.",
        "Laos and Vietnam held talks on the dam, in which Thailand took part as an observer.",
        "Laos and Vietnam fought a border war, and Thailand served as a refuge.",
        "Norway is a guarantor of the security of Laos and Vietnam.",
        "Laos and Vietnam held talks in Hanoi, and Norway acts as a guarantor of security in the north.",
        "Laos and Vietnam held talks on the dam, and Thailand serves as a mediator in Myanmar's war.",
        "Laos and Vietnam resumed talks, and Japan acts as a guarantor of Vietnam's air defence supplies.",
    ],
)
def test_a_role_refused_offered_or_of_another_kind_after_talks_is_no_mediation(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Laos and Vietnam decided to invite Brazil and Chile to join as guarantor countries in the peace process.",
        "Laos and Vietnam resumed talks, and Thailand agreed to join as a mediator.",
    ],
)
def test_a_role_only_to_be_joined_is_no_mediation_yet(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


def test_a_wars_state_before_peace_mediators_listed_after_is_no_mediator(lexicon: Lexicon) -> None:
    document = [
        "Sudan's army and the RSF have fought since April.",
        "Sudan peace mediators, including representatives from the United States and Egypt, reported progress.",
    ]
    assert mediations(document, lexicon, 1) == {(m, p) for m in ("USA", "EGY") for p in ("SDN", "RSF")}


@pytest.mark.parametrize(
    ("text", "mediators"),
    [
        ("The talks are co-chaired by the EU and involve Georgia and Russia.", {"EU"}),
        ("The talks are co-chaired by the EU and do not involve Georgia and Russia.", set()),
        ("The talks could be co-chaired by the EU and involve Georgia and Russia.", set()),
        ("The trade talks are co-chaired by Britain and involve Mexico and Chile.", set()),
    ],
)
def test_chaired_talks_that_involve_two_sides(lexicon: Lexicon, text: str, mediators: set[str]) -> None:
    assert {m for m, _ in mediations([text], lexicon, 0)} == mediators


def test_a_process_brokered_by_two_includes_its_sides_after_its_verb(lexicon: Lexicon) -> None:
    text = (
        "The peace process brokered by the African Union and the Sudanese government with the support of the United "
        "Nations includes the government and 14 armed groups mainly Christian anti-Balaka and Muslim Seleka militias."
    )
    found = mediations([text], lexicon, 0)
    assert {m for m, _ in found} == {"AU", "SDN"} and {p for _, p in found} == {"ANTIBALAKA", "SELEKA"}


@pytest.mark.parametrize(
    "text",
    [
        "The peace plan brokered by Norway and Cuba includes funding from the EU and the UN.",
        "The defence pact brokered by the United States and Britain includes Japan and the Philippines.",
    ],
)
def test_what_a_brokered_process_includes_besides_sides(lexicon: Lexicon, text: str) -> None:
    assert mediations([text], lexicon, 0) == set()
