"""'The country's <office>' stands for the one state named before it (graphx.extract.country_offices)."""

from __future__ import annotations

import pytest

from graphx.extract.country_offices import country_offices
from graphx.lexicon import Lexicon, tokenize
from tests.extract.readings import BOTH, SIDES, criticisms, mediations


def offices(text: str, named: list[tuple[int, int, str]]) -> list[tuple[int, int, str, bool]]:
    """The offices read from a sentence, given its earlier mentions."""
    return list(country_offices([t.lower() for t in tokenize(text)], named, {"LBN", "KEN", "SOM"}))


def test_an_office_of_the_country_is_the_one_state_named_before() -> None:
    text = "Lebanon said the deal was brokered by the country's general security agency chief."
    assert offices(text, [(0, 1, "LBN")]) == [(7, 14, "LBN", True)]


def test_a_body_of_the_country_is_no_person() -> None:
    assert offices("Kenya said the country's foreign ministry would reply.", [(0, 1, "KEN")]) == [(2, 7, "KEN", False)]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Kenya, which borders Somalia, said the country's foreign minister would go.", [(0, 1, "KEN"), (4, 5, "SOM")]),
        ("He said the country's foreign minister would go.", []),
        ("Kenya said the country's President Ruto would go.", [(0, 1, "KEN"), (6, 7, "KEN")]),
        ("Kenya said the country's economy would grow.", [(0, 1, "KEN")]),
        ("The country's foreign minister said Kenya would go.", [(6, 7, "KEN")]),
    ],
)
def test_no_office_without_one_state_before_it_or_with_a_name_of_its_own(
    text: str, named: list[tuple[int, int, str]]
) -> None:
    assert offices(text, named) == []


def test_a_deal_brokered_by_the_countrys_security_chief_is_that_states_mediation(lexicon: Lexicon) -> None:
    sentences = [SIDES[0], "Lithuanian media said the truce was brokered by the country's security chief."]
    assert mediations(sentences, lexicon, 1) == {("LTU", BOTH[0]), ("LTU", BOTH[1])}


def test_criticism_by_the_countrys_foreign_ministry(lexicon: Lexicon) -> None:
    assert criticisms("Officials in Kenya said the country's foreign ministry condemned Somalia.", lexicon) == {
        ("KEN", "SOM")
    }
