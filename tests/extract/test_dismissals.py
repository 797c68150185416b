"""Dismissals (graphx.extract.dismissals): what rejecting the other's reproach tells, and its near misses."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import criticisms


@pytest.mark.parametrize(
    "text",
    [
        "India has firmly rejected Nepal's objections to the resumption of border trade.",
        "India dismissed the accusations by Nepal as baseless.",
        "India denied Nepal's allegations.",
        "India dismissed Nepal's representations over the border patrols.",
    ],
)
def test_rejecting_the_others_reproach_tells_that_it_reproached(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == {("IND", "NPL"), ("NPL", "IND")}


@pytest.mark.parametrize(
    "text",
    [
        "India rejected Nepal's claims to the Kalapani area.",  # a claim is no reproach
        "India rejected Nepal's accusations against China.",  # aimed at another
        "India may reject Nepal's objections.",  # hedged
    ],
)
def test_a_rejected_claim_or_a_reproach_aimed_elsewhere_is_not_turned_round(text: str, lexicon: Lexicon) -> None:
    assert ("NPL", "IND") not in criticisms(text, lexicon)


def test_hitting_back_at_the_others_criticism_tells_that_it_criticised(lexicon: Lexicon) -> None:
    assert criticisms("China hit back at Japan's repeated criticism.", lexicon) == {("CHN", "JPN"), ("JPN", "CHN")}
    assert criticisms("China hit back at Japan's claims.", lexicon) == {("CHN", "JPN")}


@pytest.mark.parametrize(
    "text",
    [
        "The European Union rejected Russia's accusations that Ukraine had staged the attack.",
        "The US dismissed Iran's complaints over Israeli strikes.",
    ],
)
def test_a_rejected_reproach_aimed_at_a_third_is_not_turned_round(text: str, lexicon: Lexicon) -> None:
    found = criticisms(text, lexicon)
    assert ("RUS", "EU") not in found and ("IRN", "USA") not in found


def test_calling_the_claims_baseless_answers_the_last_accuser(lexicon: Lexicon) -> None:
    document = [
        "India accused Pakistan of backing the attackers.",
        "Pakistan's foreign office called the claims baseless.",
    ]
    assert criticisms(document, lexicon) == {("IND", "PAK"), ("PAK", "IND")}
    assert criticisms("Pakistan called the claims baseless.", lexicon) == set()  # nobody accused Pakistan before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan rejected a demand by Russia's Foreign Ministry to expel the envoy.", {("KAZ", "RUS")}),
        ("Kazakhstan rejected Russia's demand.", {("KAZ", "RUS")}),
        ("Kazakhstan rejected demands for the release of Russia's prisoners.", set()),  # whose demands is not said
        ("Rwanda's president called out South Africa's president over his remarks.", {("RWA", "ZAF")}),
        ("The president called out the army.", set()),
    ],
)
def test_a_rejected_demand_and_calling_out(text: str, expected: set[tuple[str, str]], lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "India on Tuesday rejected China's renaming of places in Arunachal Pradesh.",
        "India rejected the decision by China to close the border.",
        "India rebuffed China's unilateral move.",
        "India has rejected the Chinese government's plan to send back migrants.",
    ],
)
def test_rejecting_anothers_act_criticises_its_author(text: str, lexicon: Lexicon) -> None:
    assert ("IND", "CHN") in criticisms(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "India rejected a decision to close its border with China.",  # an act of no one named
        "India rejected moves to expel China from the forum.",  # China is no author of the moves
        "India rejected the sanctions on China.",  # China suffers the sanctions
        "India may reject China's decision.",  # hedged
        "India denied China's renaming of places.",  # denying an act is no rejection of it
    ],
)
def test_rejecting_an_act_of_no_one_named_or_in_a_hedge_criticises_no_one(text: str, lexicon: Lexicon) -> None:
    assert ("IND", "CHN") not in criticisms(text, lexicon)


def test_rejecting_a_plan_drawn_up_by_two_criticises_both(lexicon: Lexicon) -> None:
    text = "Ukraine rejected the plan drawn up by the United States and Russia."
    assert criticisms(text, lexicon) == {("UKR", "USA"), ("UKR", "RUS")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam has dismissed a so-called U.S. report on religious freedom.", {("VNM", "USA")}),
        (
            "Myanmar categorically rejects a United States declaration that its army committed genocide.",
            {("MMR", "USA")},
        ),
        ("Vietnam rejected the report by the United States.", {("VNM", "USA")}),
        ("Vietnam rejected reports of Chinese ships in its waters.", set()),  # what the reports are about
    ],
)
def test_dismissing_anothers_report_criticises_its_author(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India rejected the remarks made by China, Pakistan and Turkey.",
            {("IND", "CHN"), ("IND", "PAK"), ("IND", "TUR")},
        ),
        ("India rejected the joint statement issued by China and Pakistan.", {("IND", "CHN"), ("IND", "PAK")}),
        ("India rejected China's references to Kashmir.", {("IND", "CHN")}),
        # a claim made in a statement: the statement's authors
        (
            "India rejected unwarranted references to Jammu and Kashmir in the joint statement issued by China and "
            "Pakistan.",
            {("IND", "CHN"), ("IND", "PAK")},
        ),
        ("India rejected any reference to a third party in the talks.", set()),
    ],
)
def test_every_author_of_a_rejected_statement_and_references_to_a_topic(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    "second",
    [
        "The claim has been denied by Jakarta.",
        "These accusations were rejected by Indonesia as baseless.",
    ],
)
def test_an_accusation_rejected_in_the_passive_criticises_the_accuser(second: str, lexicon: Lexicon) -> None:
    text = ["Malaysia accused Indonesia of letting the haze drift.", second]
    assert criticisms(text, lexicon) == {("MYS", "IDN"), ("IDN", "MYS")}


def test_a_claim_confirmed_in_the_passive_is_no_rejection(lexicon: Lexicon) -> None:
    text = ["Malaysia accused Indonesia of letting the haze drift.", "The claim was confirmed by Indonesia."]
    assert criticisms(text, lexicon) == {("MYS", "IDN")}


def test_disputing_the_others_account_criticises_it(lexicon: Lexicon) -> None:
    assert criticisms("India disputed Nepal's account of the border clash.", lexicon) == {("IND", "NPL")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India rejected Pakistan's offer of talks.", {("IND", "PAK")}),
        ("Nepal rejected Indian proposals for a joint patrol.", {("NPL", "IND")}),
        ("Russia rejected U.S. President Donald Trump's suggestion.", {("RUS", "USA")}),
        ("India accepted Pakistan's offer of talks.", set()),
        ("India did not reject Pakistan's offer.", set()),
        ("India is likely to reject Pakistan's offer.", set()),  # foreseen
        ("India reportedly rejected Pakistan's offer.", set()),  # hearsay
        # a rejection another charges: the rejecter is the accused, not the accuser
        ("Ukraine accused Russia of rejecting the ceasefire proposal backed by the United States.", {("UKR", "RUS")}),
    ],
)
def test_rejecting_the_others_proposal_rebuffs_it(text: str, expected: set[tuple[str, str]], lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == expected


def test_rejecting_the_claims_answers_every_accuser_of_the_latest_accusation(lexicon: Lexicon) -> None:
    text = ["The United States and NATO accused Russia of arming the Taliban.", "Moscow has rejected the claims."]
    assert {("RUS", "USA"), ("RUS", "NATO")} <= criticisms(text, lexicon)


def test_rejecting_the_accusations_answers_an_accusation_four_sentences_back(lexicon: Lexicon) -> None:
    text = [
        "Poland accused Belarus of sending migrants.",
        "The EU agreed.",
        "Talks went on.",
        "Officials met.",
        "Belarus rejected the accusations.",
    ]
    assert ("BLR", "POL") in criticisms(text, lexicon)
    assert ("BLR", "POL") not in criticisms([*text[:4], "Nothing happened.", text[4]], lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "China rejected Taiwan's representation in the United Nations.",  # a seat, not a protest
        "Israel rejected the proposal on account of Hamas's refusal.",  # an idiom
        "The United States denied Venezuela access to its accounts.",  # bank accounts
    ],
)
def test_representation_and_account_in_other_senses_are_no_reproach(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words 'anti-X' are aimed at X, by whoever says them; rejecting them criticises their speakers
        (
            "Pakistan rejected the anti-Pakistan rhetoric from various Indian leaders.",
            {("IND", "PAK"), ("PAK", "IND")},
        ),
        ("Pakistan is witnessing a surge in anti-Pakistan statements from Indian leaders.", {("IND", "PAK")}),
        ("India's anti-Pakistan rhetoric escalated.", {("IND", "PAK")}),
        # denied, or protests and sanctions rather than words: no one's criticism
        ("China denied spreading anti-Japan propaganda.", set()),
        ("The anti-China protests in Vietnam spread.", set()),
        ("Japan lifted its anti-Russia sanctions.", set()),
    ],
)
def test_words_against_another_are_their_speakers_criticism(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


def test_a_quantifier_before_the_speakers_still_names_them(lexicon: Lexicon) -> None:
    text = "Pakistan rejected the rhetoric from several Indian leaders."
    assert criticisms(text, lexicon) == {("PAK", "IND")}


@pytest.mark.parametrize(
    "text",
    [
        "China's claims were dismissed by Sudan.",
        "The statement from China was rejected by a Sudanese spokesman.",
        "The accusations by China have been rejected by Sudan.",
        "China's proposal was rejected by Sudan.",
    ],
)
def test_a_claim_rejected_in_the_passive_is_its_owners_rebuffed_by_the_agent(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == {("SDN", "CHN")}


def test_a_passive_rejection_of_an_unowned_claim_names_no_one(lexicon: Lexicon) -> None:
    assert criticisms("The claims were rejected by Sudan.", lexicon) == set()


def test_a_rejected_reproach_whose_it_is_the_one_who_rejects_is_turned_round(lexicon: Lexicon) -> None:
    text = "Rwanda dismissed Congolese accusations that it backs the M23 rebels."
    assert criticisms(text, lexicon) == {("RWA", "COD"), ("COD", "RWA")}


@pytest.mark.parametrize(
    "text",
    [
        "India on Thursday rejected the latest report of the US Commission on International Religious Freedom.",
        "India rejected the latest report of the US State Department on religious freedom.",
    ],
)
def test_a_report_of_a_states_body_is_its_authors(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == {("IND", "USA")}


@pytest.mark.parametrize(
    "text",
    ["India rejected reports of Chinese ships in its waters.", "India rejected the report of the Chinese incursion."],
)
def test_a_report_of_what_another_did_is_about_it_not_by_it(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()


def test_rejecting_it_answers_the_last_accuser(lexicon: Lexicon) -> None:
    document = ["Pakistan's defence minister blamed India for the bombing.", "New Delhi rejected it as baseless."]
    assert ("IND", "PAK") in criticisms(document, lexicon)


def test_rejecting_it_with_no_accusation_before_criticises_no_one(lexicon: Lexicon) -> None:
    assert criticisms(["Pakistan proposed talks with India.", "New Delhi rejected it."], lexicon) == set()


def test_rejecting_a_later_proposal_answers_no_accuser(lexicon: Lexicon) -> None:
    document = [
        "Hamas accused Israel of stalling the talks.",
        "Washington offered a new proposal.",
        "Israel rejected it as unrealistic.",
    ]
    assert ("ISR", "HAMAS") not in criticisms(document, lexicon)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump suggested territorial swaps, a proposal Russia has firmly rejected.", {("RUS", "USA")}),
        ("Trump suggested territorial swaps, a move Russia rejected outright.", {("RUS", "USA")}),
        ("Trump suggested territorial swaps, a plan Russia has not rejected.", set()),
    ],
)
def test_a_move_or_proposal_rejected_in_apposition_rebuffs_its_maker(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


def test_his_claim_denied_is_the_claim_of_the_person_who_made_it(lexicon: Lexicon) -> None:
    text = "President Jimmy Morales said Guterres agreed to consult Guatemala, but the United Nations denied his claim."
    assert ("UN", "GTM") in criticisms(text, lexicon, "2018-10-03")
