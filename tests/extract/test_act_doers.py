"""Who did an act condemned when it is named without its doer before it (graphx.extract.act_doers)."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import criticisms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan condemned the Russia-North Korea military cooperation.", {("JPN", "RUS"), ("JPN", "PRK")}),
        ("Japan condemned the US-China trade deal.", {("JPN", "USA"), ("JPN", "CHN")}),
        ("Japan condemned the military cooperation between North Korea and Russia.", {("JPN", "RUS"), ("JPN", "PRK")}),
        ("Japan criticised the Russia-North Korea summit.", {("JPN", "RUS")}),  # no pact: the first only, as before
    ],
)
def test_both_partners_of_a_pact_condemned_are_criticised(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


def test_the_doer_after_by_of_a_seizure_of_anothers_goods(lexicon: Lexicon) -> None:
    assert criticisms("Russia condemned the seizure of Russian assets by Belgium.", lexicon) == {("RUS", "BEL")}


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("The EU criticised the repression of journalists in Morocco.", ("EU", "MAR")),
        ("The UN condemned the jailing of activists in Egypt.", ("UN", "EGY")),
    ],
)
def test_a_states_repression_where_it_happens_is_the_states(text: str, edge: tuple[str, str], lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == {edge}


def test_persecution_by_no_one_named_is_no_states(lexicon: Lexicon) -> None:
    assert criticisms("The US condemned the persecution of Christians in Nigeria.", lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway is dissatisfied with the way Australian authorities handled the incident.", {("NOR", "AUS")}),
        ("Norway expressed dissatisfaction with the way in which Australia treated refugees.", {("NOR", "AUS")}),
        ("Norway is unhappy with the way Australia and Indonesia handled it.", {("NOR", "AUS"), ("NOR", "IDN")}),
        ("Norway is unhappy with the way the crisis ended for Australia.", set()),  # Australia did nothing
    ],
)
def test_a_disapproval_of_the_way_one_acted_is_of_the_doer(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (["Fiji's army chief staged a bloodless coup in 2006.", "New Zealand condemned the coup."], {("NZL", "FJI")}),
        (["Soldiers seized power in a coup in Niger.", "France was critical of the military coup."], {("FRA", "NER")}),
        (
            [
                "Fiji Prime Minister Frank Bainimarama, who staged a coup in 2006, expelled New Zealand's envoy.",
                "New Zealand, along with Australia and the United States, has been critical of the coup.",
            ],
            {("NZL", "FJI"), ("AUS", "FJI"), ("USA", "FJI")},
        ),
    ],
)
def test_the_coup_condemned_is_the_state_an_earlier_sentence_tells_it_of(
    text: list[str], expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert expected <= criticisms(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        ["The army foiled a coup attempt in Niger.", "France condemned the attempted coup."],  # it failed
        ["France condemned the coup."],  # no coup told of
        ["A coup shook the region.", "France condemned the coup."],  # no state named with it
    ],
)
def test_a_coup_of_no_state_told_is_no_ones(text: list[str], lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        ["Soldiers tried to seize power in a failed coup in Bolivia.", "Brazil condemned the coup."],
        ["Army officers in Guinea-Bissau said they had foiled a coup attempt.", "Portugal condemned the coup."],
        ["Qatar scored a diplomatic coup by hosting talks.", "Egypt criticized the coup."],
    ],
)
def test_a_coup_that_took_no_state_is_no_ones(text: list[str], lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()


def test_the_coup_is_the_first_states_of_its_sentence(lexicon: Lexicon) -> None:
    text = ["Niger's junta ordered France's ambassador to leave weeks after the coup.", "Germany condemned the coup."]
    assert criticisms(text, lexicon) == {("DEU", "NER")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China was dissatisfied with the way the United States handled the incident.", {("CHN", "USA")}),
        ("China was unhappy with the way Australian media covered the visit.", set()),  # not the state
    ],
)
def test_the_way_ones_named_with_the_or_unofficial(text: str, expected: set[tuple[str, str]], lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == expected
