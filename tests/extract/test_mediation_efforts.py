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
