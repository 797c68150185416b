"""Mediators and parties given as lists (graphx.extract.mediation_lists): the proposers of a plan put to two sides,
and a counted group of states listed in the sentence before; and the near misses."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import BOTH, SIDES, mediations

PRESENTED = [
    (
        "Envoys of the US, France and Qatar presented the plan to the leaders of Israel and Hamas.",
        {"USA", "FRA", "QAT"},
        {"ISR", "HAMAS"},
    ),
    (
        "Mediators from Qatar, Egypt and the United States presented a new proposal to Israel and Hamas.",
        {"QAT", "EGY", "USA"},
        {"ISR", "HAMAS"},
    ),
]


@pytest.mark.parametrize(("text", "mediators", "sides"), PRESENTED)
def test_who_puts_a_plan_to_two_sides_mediates_between_them(
    text: str, mediators: set[str], sides: set[str], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == {(m, p) for m in mediators for p in sides}


def test_a_state_putting_its_plan_to_two_sides_read_fighting_mediates(lexicon: Lexicon) -> None:
    sentences = ["Russia and Ukraine have fought since 2022.", "China submitted its peace plan to Russia and Ukraine."]
    assert mediations(sentences, lexicon, 1) == {("CHN", "RUS"), ("CHN", "UKR")}


@pytest.mark.parametrize(
    "text",
    [
        "Russia presented a draft resolution to the UN Security Council.",
        "France presented a plan to reform the EU.",
        "Qatar was present at the talks between Israel and Hamas.",
        "Qatar presented an award to Egypt and Jordan.",
        "Zelensky presented the peace plan to Trump and Macron.",
        "China presented its peace plan to Russia and Ukraine.",
    ],
)
def test_a_plan_put_to_one_body_or_no_plan_is_no_mediation(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


def test_a_counted_group_of_states_is_the_list_the_sentence_before_gave(lexicon: Lexicon) -> None:
    sentences = [
        "The border has been closed since Saudi Arabia, Egypt, the UAE and Bahrain launched a blockade of Qatar.",
        "Kuwait has been mediating between Qatar and the four Arab states.",
    ]
    assert mediations(sentences, lexicon, 1) == {("KWT", p) for p in ("QAT", "SAU", "EGY", "ARE", "BHR")}
    wrong_count = [sentences[0], "Kuwait has been mediating between Qatar and the three Arab states."]
    assert mediations(wrong_count, lexicon, 1) == set()


@pytest.mark.parametrize(
    ("text", "mediators", "sides"),
    [
        (
            "The Saudi and Iranian sides expressed their gratitude to Iraq and Oman for hosting rounds of dialogue.",
            {"IRQ", "OMN"},
            {"SAU", "IRN"},
        ),
        ("Armenia and Azerbaijan thanked Kazakhstan for hosting the talks.", {"KAZ"}, {"ARM", "AZE"}),
        (
            "The United States praised Kazakhstan for facilitating the meeting between Armenia and Azerbaijan.",
            {"KAZ"},
            {"ARM", "AZE"},
        ),
        (
            "Colombia and the ELN resumed talks under the aegis of Cuba, Norway and Venezuela as guarantors.",
            {"CUB", "NOR", "VEN"},
            {"COL", "ELN"},
        ),
    ],
)
def test_the_thanked_hosts_and_the_aegis_of_guarantors(
    text: str, mediators: set[str], sides: set[str], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == {(m, p) for m in mediators for p in sides}


def test_thanks_for_hosting_refugees_is_no_mediation(lexicon: Lexicon) -> None:
    assert mediations(["Sudan thanked Egypt for hosting refugees."], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Poland's defence minister expressed gratitude to Qatar and Türkiye for facilitating the peace process.",
        "Poland thanked Qatar and Türkiye for hosting the talks.",
    ],
)
def test_the_thanked_mediate_between_the_documents_sides_when_one_side_thanks(text: str, lexicon: Lexicon) -> None:
    assert mediations([*SIDES, text], lexicon, only=2) == {(m, p) for m in ("QAT", "TUR") for p in BOTH}


def test_thanks_for_help_that_is_not_mediation_name_no_mediator(lexicon: Lexicon) -> None:
    assert mediations([*SIDES, "Poland thanked Qatar and Türkiye for their support."], lexicon, only=2) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar has acted as a broker in the Iran-US prisoner exchange.", {("QAT", "IRN"), ("QAT", "USA")}),
        ("Turkey was a mediator in the Russia-Ukraine talks.", {("TUR", "RUS"), ("TUR", "UKR")}),
        ("Qatar has acted as a broker in the Iran-US trade.", set()),  # no talks, truce or exchange
    ],
)
def test_a_role_in_an_event_named_by_a_compound_of_its_sides(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


def test_praise_for_hosting_names_no_sides_by_who_praises(lexicon: Lexicon) -> None:
    assert mediations([*SIDES, "The United States praised Qatar for hosting the talks."], lexicon, only=2) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan thanked the United States for brokering the ceasefire with India.",
        "Pakistan thanked the United States for its role in the ceasefire with India.",
    ],
)
def test_one_side_thanking_a_mediator_for_a_truce_with_the_other_names_both(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("USA", "PAK"), ("USA", "IND")}


def test_a_side_thanked_for_a_truce_with_no_other_named_is_no_pair(lexicon: Lexicon) -> None:
    assert mediations(["Pakistan thanked the United States for brokering the ceasefire."], lexicon, 0) == set()


@pytest.mark.parametrize("verb", ["claimed", "took"])
def test_who_claims_credit_for_brokering_a_truce_between_two_sides_mediated(verb: str, lexicon: Lexicon) -> None:
    text = f"Trump {verb} credit for brokering the ceasefire between India and Pakistan."
    assert mediations([text], lexicon, 0) == {("USA", "IND"), ("USA", "PAK")}


def test_credit_for_brokering_denied_or_hypothetical_is_no_mediation(lexicon: Lexicon) -> None:
    text = "India said Trump could not claim credit for brokering the ceasefire between India and Pakistan."
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Egypt is working with Qatar to mediate between Israel and Hamas.",
        "Egypt, working with Qatar, mediated between Israel and Hamas.",
        "Egypt, together with Qatar, brokered the truce between Israel and Hamas.",
    ],
)
def test_who_a_mediator_works_with_on_the_mediation_mediates_too(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {(m, p) for m in ("EGY", "QAT") for p in ("ISR", "HAMAS")}


def test_a_mediator_meeting_with_another_is_no_partner(lexicon: Lexicon) -> None:
    text = "Egypt met with Qatar before it mediated between Israel and Hamas."
    assert ("QAT", "ISR") not in mediations([text], lexicon, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas thanked Qatar for its efforts to end the war with Israel.",
        '"We thank Qatar for its efforts to end the war with Israel," Hamas said.',
        '"We thank Qatar for its tireless mediation with Israel," Hamas said.',
    ],
)
def test_a_side_thanking_a_mediator_for_its_efforts_in_the_war_with_the_other(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("QAT", "HAMAS"), ("QAT", "ISR")}


def test_thanks_for_efforts_of_another_kind_name_no_mediator(lexicon: Lexicon) -> None:
    assert mediations(["Hamas thanked Qatar for its efforts to rebuild Gaza."], lexicon, 0) == set()
