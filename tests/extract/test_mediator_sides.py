"""A mediator named without its sides takes those another sentence reads it mediating between for sure
(graphx.extract.mediator_sides), before the document's two sides."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import mediations

WAR = ["Israel and Hamas fought a war in Gaza.", "Israeli troops attacked Hamas fighters in Rafah."]


def test_a_mediator_without_sides_takes_those_it_mediated_elsewhere(lexicon: Lexicon) -> None:
    text = [*WAR, "Egypt brokered talks between Fatah and Hamas in Cairo.", "Cairo also brokered a deal in 2011."]
    assert mediations(text, lexicon, 3) == {("EGY", "FATAH"), ("EGY", "HAMAS")}


def test_a_mediator_mediating_nowhere_else_takes_the_documents_sides(lexicon: Lexicon) -> None:
    text = [*WAR, "Egypt brokered talks between Fatah and Hamas in Cairo.", "Qatar also brokered a deal in 2011."]
    assert ("QAT", "FATAH") not in mediations(text, lexicon, 3)


def test_talks_held_in_a_state_named_broker_elsewhere_are_its_sides(lexicon: Lexicon) -> None:
    text = [
        "Political analysts expect the fifth round of China-brokered talks to focus on Rakhine.",
        "Myanmar's military regime and the Arakan Army have been holding talks since Wednesday in China's Kunming.",
    ]
    assert mediations(text, lexicon, 0) == {("CHN", "MMR"), ("CHN", "AA")}


def test_talks_held_in_a_broker_lend_no_sides_in_a_document_with_two_sides(lexicon: Lexicon) -> None:
    text = [
        "Russia launched a massive drone attack on Ukraine overnight, Kyiv said.",
        "Saudi Arabia has offered to mediate an end to the war.",
        "US and Russian officials held talks in Saudi Arabia last month on restoring diplomatic ties.",
    ]
    assert mediations(text, lexicon, 1) == {("SAU", "RUS"), ("SAU", "UKR")}  # the war's sides, not the talks'


def test_talks_held_in_one_state_lend_no_sides_to_another_broker(lexicon: Lexicon) -> None:
    text = [*WAR, "In a meeting in Cairo, Fatah and Hamas agreed to hand over Gaza.", "Qatar also brokered a deal."]
    assert ("QAT", "FATAH") not in mediations(text, lexicon, 3)  # the venue's guess is lent to its own state only


def test_a_backer_of_the_broker_is_no_side_and_no_mediator(lexicon: Lexicon) -> None:
    text = [*WAR, "A ceasefire in June was brokered by Egypt, the chair of the league, with the support of Jordan."]
    assert mediations(text, lexicon, 2) == {("EGY", "HAMAS"), ("EGY", "ISR")}


def test_support_far_from_any_talks_is_no_mediation(lexicon: Lexicon) -> None:
    text = [
        "Israel and Bahrain reached an agreement to normalise relations on Thursday.",
        "The agreement was brokered by Egypt.",
        "At the request of Egypt and with the support of Bahrain, Israel will suspend its plans for annexing areas"
        " of the West Bank and focus its efforts on ties with the region.",
    ]
    assert mediations(text, lexicon, 1) == {("EGY", "BHR"), ("EGY", "ISR")}
    assert mediations(text, lexicon, 2) == set()


def test_a_mediator_of_the_dispute_takes_the_two_the_story_shows_quarrelling(lexicon: Lexicon) -> None:
    text = [
        "Poland condemned the deployment of Lithuanian troops on the island.",
        "Poland accused Lithuania of seeking to take control of the island.",
        "Poland and Belarus fought a war in 2024, and Polish troops attacked Belarus again in March.",
        "On Friday, a Latvian delegation arrived on the island in a bid to mediate the dispute.",
    ]
    assert mediations(text, lexicon, 3) == {("LVA", "LTU"), ("LVA", "POL")}


def test_a_mediator_without_a_row_named_keeps_the_warring_sides(lexicon: Lexicon) -> None:
    text = [
        "Poland condemned the deployment of Lithuanian troops on the island.",
        "Poland accused Lithuania of seeking to take control of the island.",
        "Poland and Belarus fought a war in 2024, and Polish troops attacked Belarus again in March.",
        "On Friday, a Latvian delegation arrived in a bid to mediate an end to the war.",
    ]
    assert ("LVA", "LTU") not in mediations(text, lexicon, 3)


@pytest.mark.parametrize(
    ("text", "mediator"),
    [
        ("Negotiations between Poland and Belarus are being held in Riga with the support of Latvia.", "LVA"),
        ("The deal between Poland and Belarus was signed in Riga with the support of Latvia.", "LVA"),
    ],
)
def test_the_supporter_of_talks_with_no_broker_named_mediates(text: str, mediator: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {(mediator, "BLR"), (mediator, "POL")}
