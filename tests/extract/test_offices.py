"""Offices held in a document: a later bare title ('the prime minister') stands for the state of its holder."""

from __future__ import annotations

from graphx.extract.document_names import document_names
from graphx.extract.offices import holder, offices_in
from graphx.lexicon import Lexicon
from tests.extract.readings import criticisms

DATE = "2025-06-04"


def offices(text: str, lexicon: Lexicon) -> list[tuple[tuple[str, ...], str]]:
    table, _ = document_names([text], lexicon)
    return offices_in(text, table, DATE)


def test_a_title_before_a_name_and_one_in_an_apposition_are_read(lexicon: Lexicon) -> None:
    assert offices("Lebanese Prime Minister Nawaf Salam met Defense Minister Israel Katz.", lexicon) == [
        (("prime", "minister"), "LBN"),
        (("defence", "minister"), "ISR"),
    ]
    assert offices("Abbas Araghchi, Iran's foreign minister, met Shehbaz Sharif.", lexicon) == [
        (("foreign", "minister"), "IRN")
    ]


def test_an_apposition_about_someone_else_gives_no_office(lexicon: Lexicon) -> None:
    assert offices("Sharif, speaking beside the foreign minister, said so.", lexicon) == []


def test_the_prime_minister_is_the_state_of_the_prime_minister_introduced(lexicon: Lexicon) -> None:
    document = [
        "Iran's Foreign Minister Abbas Araghchi met Pakistani Prime Minister Shehbaz Sharif in Islamabad on Monday.",
        "The prime minister criticised India.",
    ]
    assert criticisms(document, lexicon) == {("PAK", "IND")}


def test_the_foreign_minister_is_not_the_last_person_named(lexicon: Lexicon) -> None:
    document = [
        "Abbas Araghchi, Iran's foreign minister, met Pakistani Prime Minister Shehbaz Sharif on Monday.",
        "Sharif said the talks went well.",
        "The foreign minister condemned Israel.",
    ]
    assert ("IRN", "ISR") in criticisms(document, lexicon)
    assert ("PAK", "ISR") not in criticisms(document, lexicon)


def test_among_several_holders_the_last_person_named_wins_if_one_of_them() -> None:
    held = [(("prime", "minister"), "PAK"), (("prime", "minister"), "IND")]
    assert holder(held, ("prime", "minister"), "PAK") == "PAK"
    assert holder(held, ("prime", "minister"), "IRN") == "IND"
    assert holder(held, ("president",), "IRN") == "IRN"  # nobody introduced so: the last person named
    assert holder([(("foreign", "minister"), "IRN")], ("minister",), "PAK") == "IRN"  # 'the minister': any minister
