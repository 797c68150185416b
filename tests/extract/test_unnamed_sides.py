"""Talks between a named state and unnamed fighters (graphx.extract.war_words.unnamed_side_after): the mediator
mediates for the one side named; and the near misses where the second side is not an armed one."""

from __future__ import annotations

import pytest

from graphx.extract.extractor import extract
from graphx.extract.war_words import own_conflict, unnamed_side_after
from graphx.lexicon import Lexicon
from tests.extract.readings import mediations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar mediated talks between the Chadian government and rebel groups.", {("QAT", "TCD")}),
        ("Norway facilitated talks between the Philippine government and leftist rebels.", {("NOR", "PHL")}),
        (
            "Kenya will host and facilitate direct peace talks between the government of the Democratic Republic of"
            " Congo and rebels who have seized parts of eastern Congo.",
            {("KEN", "COD")},
        ),
    ],
)
def test_talks_between_a_state_and_unnamed_rebels_mediate_for_the_state(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Norway facilitated talks between the Philippine government and its allies.",  # no armed side
        "Norway facilitated talks between the Philippine government and civil society groups.",  # not armed groups
    ],
)
def test_a_second_side_that_is_no_armed_group_gives_no_lone_side(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("government and rebels who", True),
        ("and various local armed groups", True),
        ("and groups", False),  # "groups" alone names no armed side
        ("and the UN", False),
        ("and its allies", False),
    ],
)
def test_unnamed_side_after(words: str, expected: bool) -> None:
    assert unnamed_side_after(words.split(), 0) is expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            [
                "Fighting between Ethiopia's army and Fano militias has killed hundreds in Amhara.",
                "Kenya offered to mediate between Ethiopia and the militias.",
            ],
            {("KEN", "ETH"), ("KEN", "FANO")},
        ),
        (
            [
                "M23 rebels seized Goma after fighting with the Congolese army.",
                "Qatar has mediated talks between Kinshasa and rebels in Doha.",
            ],
            {("QAT", "COD"), ("QAT", "M23")},
        ),
    ],
)
def test_the_unnamed_side_is_the_documents_other_side_when_it_has_two(
    sentences: list[str], expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations(sentences, lexicon, 1) == expected


def test_the_people_of_unnamed_fighters_are_no_armed_side(lexicon: Lexicon) -> None:
    assert mediations(["Turkey hosted talks between Sweden and Kurdish militants' sympathisers."], lexicon, 0) == set()


def test_a_lone_side_covered_by_the_documents_sides_is_not_kept_twice(lexicon: Lexicon) -> None:
    text = [
        "Israel and Hamas have fought since 2023.",
        "Egypt mediated talks between the Israeli government and militants.",
    ]
    found = [f for f in extract(text, lexicon, "2025-06-04", 0.5) if f.type == "mediation" and f.sentence == 1]
    assert [f.parties for f in found] == [("HAMAS", "ISR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Myanmar military and ethnic armed groups reached a ceasefire under China's mediation.",
            {("CHN", "MMR")},
        ),
        ("The Colombian government and the rebels reached a ceasefire under Cuba's mediation.", {("CUB", "COL")}),
        ("The Colombian government and the rebels reached a ceasefire mediated by Cuba.", {("CUB", "COL")}),
    ],
)
def test_a_subject_of_a_state_and_unnamed_rebels_gives_the_mediator_the_state(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Colombia and its allies signed a deal under Cuba's mediation.",  # allies are no unnamed armed side
        "Cuba said Colombia and rebels fought for years.",  # no mediation at all
    ],
)
def test_a_subject_whose_second_side_is_no_armed_group_gives_no_lone_side(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ecuador's president offered to mediate the Colombian conflict.", {("ECU", "COL")}),
        ("Indonesia said it had hosted talks with the main sides of the Myanmar conflict.", {("IDN", "MMR")}),
        ("Kenya mediated the South Sudan peace process.", {("KEN", "SSD")}),
        ("The Brazilian president tried to mediate the Venezuelan crisis.", {("BRA", "VEN")}),
        ("Qatar has mediated Sudan's civil war.", {("QAT", "SDN")}),
    ],
)
def test_a_mediator_of_a_states_own_conflict_mediates_for_that_state(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("conflict", True),
        ("'s civil war", True),
        ("peace process", True),
        ("conflict with venezuela", False),  # a conflict with another: its sides are both named
        ("migrant crisis", False),  # a crisis of another kind
        ("war", False),  # a state's war is as often with another
    ],
)
def test_own_conflict(after: str, expected: bool) -> None:
    assert own_conflict(["the", "colombian", *after.split()], 2) is expected


def test_a_side_of_the_war_is_no_mediator_of_the_others_conflict(lexicon: Lexicon) -> None:
    document = ["Russia invaded Ukraine in 2022.", "Russia said it would help end the Ukrainian crisis."]
    assert mediations(document, lexicon, 1) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey said it was ready to mediate in the Ukrainian conflict.", {("TUR", "UKR")}),
        ("Qatar has mediated in the Afghan peace process.", {("QAT", "AFG")}),
    ],
)
def test_mediating_in_a_states_own_conflict(text: str, expected: set[tuple[str, str]], lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == expected


def test_a_side_mediating_in_the_others_conflict_is_no_mediator(lexicon: Lexicon) -> None:
    document = ["Russia invaded Ukraine in 2022.", "Russia said it was ready to mediate in the Ukrainian conflict."]
    assert mediations(document, lexicon, 1) == set()
