"""Talks between a named state and unnamed fighters (graphx.extract.war_words.unnamed_side_after): the mediator
mediates for the one side named; and the near misses where the second side is not an armed one."""

from __future__ import annotations

import pytest

from graphx.extract.extractor import extract
from graphx.extract.war_words import unnamed_side_after
from graphx.lexicon import Lexicon
from tests.extract.readings import mediations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar mediated talks between the Chadian government and rebel groups.", {("QAT", "TCD")}),
        ("Norway facilitated talks between the Philippine government and communist rebels.", {("NOR", "PHL")}),
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
