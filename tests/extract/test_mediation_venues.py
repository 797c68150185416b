"""Talks held in a third state (graphx.extract.mediation_venues): the state the talks sit in hosts the two sides,
read below the default threshold; and the near misses: a side's own state, a topic, a gathering of many."""

from __future__ import annotations

import pytest

from graphx.extract.confidence import DEFAULT_MIN_CONFIDENCE
from graphx.extract.extractor import extract
from graphx.lexicon import Lexicon
from tests.extract.readings import mediations

RULE = "mediation.venue"


def venues(text: str, lexicon: Lexicon) -> set[tuple[str | None, str]]:
    """The (host, side) edges the venue reading gives, at any confidence."""
    return {
        (f.source, side)
        for f in extract([text], lexicon, "2019-06-04", min_confidence=0.0)
        if f.rule == RULE
        for side in f.parties
    }


HOSTED = [
    ("Ceasefire talks between Thailand and Cambodia began on Monday in Malaysia.", "MYS", {"THA", "KHM"}),
    ("Russian and Ukrainian delegations concluded direct talks in Istanbul, Turkey, on Friday.", "TUR", {"RUS", "UKR"}),
    ("The defence ministers of Lebanon and Syria met in Jeddah, Saudi Arabia on Thursday.", "SAU", {"LBN", "SYR"}),
    ("Representatives from Hamas and Fatah met in Beijing last week.", "CHN", {"HAMAS", "FATAH"}),
    ("The Afghan government held a new round of negotiations with the Taliban in Doha.", "QAT", {"AFG", "TALIBAN"}),
    ("US and Chinese delegations begin trade talks in London.", "GBR", {"USA", "CHN"}),
    # a dash aside between the sides and their verb names others: the sides stay the two before it
    (
        "Israel and Hamas — each under pressure from Egypt, Qatar and the United States — have been holding talks"
        " since Monday in Turkey.",
        "TUR",
        {"ISR", "HAMAS"},
    ),
    (
        "Armenia and Azerbaijan — whose leaders met Putin, Macron and Scholz — held talks in Kazakhstan.",
        "KAZ",
        {"ARM", "AZE"},
    ),
]


@pytest.mark.parametrize(("text", "host", "sides"), HOSTED)
def test_the_state_two_sides_hold_talks_in_hosts_them(text: str, host: str, sides: set[str], lexicon: Lexicon) -> None:
    assert venues(text, lexicon) == {(host, side) for side in sides}


NOT_HOSTED = [
    "Russia and the United States held talks on the war in Ukraine.",  # a topic, not a place
    "Colombia resumed peace talks with the ELN in Colombia.",  # a side's own state
    "Japarov and Rahmon of Kyrgyzstan and Tajikistan met at a regional summit in Uzbekistan.",  # a gathering
    "Venezuela and Guyana met during a Caricom meeting in Barbados.",  # an organisation's meeting
    "India and China met in New York on the sidelines of the UN General Assembly.",
    "Turkey hosted Russian negotiators in Istanbul.",  # one side
    "Iran and Iraq will not hold talks in Oman.",  # negated
]


@pytest.mark.parametrize("text", NOT_HOSTED)
def test_a_topic_a_sides_home_a_gathering_or_one_side_is_no_venue(text: str, lexicon: Lexicon) -> None:
    assert venues(text, lexicon) == set()


def test_a_venue_alone_stays_below_the_default_threshold(lexicon: Lexicon) -> None:
    text = "Ceasefire talks between Thailand and Cambodia began on Monday in Malaysia."
    found = extract([text], lexicon, "2019-06-04", min_confidence=DEFAULT_MIN_CONFIDENCE)
    assert venues(text, lexicon) and not [f for f in found if f.rule == RULE]


def test_an_emergency_meeting_convened_is_its_own_not_talks_hosted(lexicon: Lexicon) -> None:
    text = [
        "US forces struck Venezuela on Saturday.",
        "Brazilian officials convened an emergency meeting to assess the situation.",
    ]
    found = extract(text, lexicon, "2026-01-03", min_confidence=DEFAULT_MIN_CONFIDENCE)
    assert not [f for f in found if f.type == "mediation"]
    hosted = extract(
        ["Qatar hosted emergency talks between Israel and Hamas."], lexicon, "2026-01-03", min_confidence=0.5
    )
    assert {(f.source, f.parties) for f in hosted if f.type == "mediation"} >= {("QAT", ("ISR", "HAMAS"))}


@pytest.mark.parametrize(
    "text",
    [
        "Qatar and Bahrain held talks at the GCC headquarters in Riyadh.",
        "Qatar and Bahrain held talks at the headquarters of the GCC in Riyadh.",
        "Leaders of Qatar and Bahrain met at the GCC's headquarters to resolve their dispute.",
    ],
)
def test_the_body_whose_seat_two_sides_meet_at_hosts_them(text: str, lexicon: Lexicon) -> None:
    found = extract([text], lexicon, "2024-01-03", min_confidence=DEFAULT_MIN_CONFIDENCE)
    assert {(f.source, frozenset(f.parties)) for f in found if f.type == "mediation"} == {
        ("GCC", frozenset({"QAT", "BHR"}))
    }


def test_a_states_own_headquarters_names_no_host(lexicon: Lexicon) -> None:
    found = extract(["Ethiopia and Eritrea met at the army headquarters in Addis Ababa."], lexicon, "2024-01-03", 0.0)
    assert not [f for f in found if f.type == "mediation" and f.confidence >= DEFAULT_MIN_CONFIDENCE]


@pytest.mark.parametrize(
    ("text", "host", "sides"),
    [
        ("Qatar hosted talks between Israel and Hamas in Doha on Monday.", "QAT", ("ISR", "HAMAS")),
        ("Saudi Arabia hosted talks between US and Russian officials in Riyadh.", "SAU", ("USA", "RUS")),
    ],
)
def test_a_host_holding_talks_in_its_own_capital_mediates(
    text: str, host: str, sides: tuple[str, str], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == {(host, side) for side in sides}


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan and Armenia initialled a peace agreement at the White House.",
        "The leaders of Armenia and Azerbaijan met at the White House.",
        "Armenia and Azerbaijan signed a peace deal at the Kremlin.",  # a seat whose name holds its "the"
        "Armenia, Azerbaijan sign peace deal at White House",  # a headline's present tense
        "Azerbaijan and Armenia initial peace deal at the White House.",
    ],
)
def test_a_signing_or_meeting_at_a_third_states_seat_of_government(text: str, lexicon: Lexicon) -> None:
    host = "RUS" if "Kremlin" in text else "USA"
    assert mediations([text], lexicon, 0) == {(host, "ARM"), (host, "AZE")}


def test_a_sides_own_seat_of_government_hosts_nothing(lexicon: Lexicon) -> None:
    assert venues("Russia and Ukraine signed a deal at the Kremlin.", lexicon) == set()


def test_no_sign_of_a_deal_is_no_signing(lexicon: Lexicon) -> None:
    assert (
        mediations(["There is no sign of a deal between Armenia and Azerbaijan at the White House."], lexicon, 0)
        == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Iran and the US ended in Muscat, Oman said.",
        "Iran and the US held talks in Muscat, Oman's foreign ministry said on Sunday.",
    ],
)
def test_a_venue_that_announces_the_talks_it_holds_mediates(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("OMN", "IRN"), ("OMN", "USA")}


def test_a_venue_whose_talks_a_side_announces_stays_a_candidate(lexicon: Lexicon) -> None:
    assert mediations(["Talks between Iran and the US ended in Muscat, Iran said."], lexicon, 0) == set()


@pytest.mark.parametrize(
    ("text", "host", "sides"),
    [
        ("In a meeting in Cairo, Fatah and Hamas agreed to hand over Gaza.", "EGY", {"FATAH", "HAMAS"}),
        ("At talks in Doha, Pakistan and Afghanistan agreed to a ceasefire.", "QAT", {"PAK", "AFG"}),
    ],
)
def test_talks_in_a_fronted_phrase_are_hosted_between_the_subjects_after_it(
    text: str, host: str, sides: set[str], lexicon: Lexicon
) -> None:
    found = extract([text], lexicon, "2025-06-04")
    assert {(f.source, p) for f in found if f.rule == "mediation.venue" for p in f.parties} == {
        (host, s) for s in sides
    }


@pytest.mark.parametrize(
    "text",
    [
        "At a summit in Doha, Qatar and Egypt condemned Israel.",  # a side's own capital
        "At a meeting in London, Germany and France pledged more air defence for Kyiv.",  # no talks of theirs
    ],
)
def test_a_fronted_venue_hosts_no_talks_of_a_side_or_none_held(text: str, lexicon: Lexicon) -> None:
    found = extract([text], lexicon, "2025-06-04")
    assert not [f for f in found if f.type == "mediation" and not f.rule.startswith("cooccurrence")]


@pytest.mark.parametrize(
    "text",
    [
        "The round of talks between Colombia and the ELN concluded in Qatar, the Gulf state said.",
        "The talks between Colombia and the ELN concluded in Qatar, the oil-rich Gulf state said on Thursday.",
    ],
)
def test_a_venue_that_announces_the_talks_under_a_description_hosts_them(lexicon: Lexicon, text: str) -> None:
    assert mediations([text], lexicon, 0) == {("QAT", "COL"), ("QAT", "ELN")}


@pytest.mark.parametrize(
    "text",
    [
        "The talks between Colombia and the ELN concluded in Qatar, the state media said.",
        "The talks between Colombia and the ELN concluded in Qatar, the Colombian state said.",
    ],
)
def test_another_announcer_of_talks_in_a_place_makes_no_host(lexicon: Lexicon, text: str) -> None:
    assert mediations([text], lexicon, 0) == set()


def test_a_description_that_is_no_hosts_announces_nothing(lexicon: Lexicon) -> None:
    text = "Talks between Israel and Hamas concluded in Qatar, the Jewish state said."
    assert mediations([text], lexicon, 0) == set()
