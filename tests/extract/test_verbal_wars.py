"""Wars of words: each side criticises the other, whether the two are named after 'between', as the subjects that
take part in it, or as its owner and the side after 'with'."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import criticisms

BOTH_WAYS = {("HUN", "SVK"), ("SVK", "HUN")}


@pytest.mark.parametrize(
    "text",
    [
        "A war of words between Hungary and Slovakia erupted.",
        "Hungary and Slovakia stepped up a bitter war of words on Friday.",
        "Hungary and Slovakia are locked in a war of words.",
        "Hungary and Slovakia kept up their war of words.",
        "Hungary's war of words with Slovakia escalated.",
        "Hungary is in a bitter war of words with Slovakia.",
        "The verbal war between Hungary and Slovakia went on.",
    ],
)
def test_a_war_of_words_is_criticism_both_ways(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon, "2009-08-23") == BOTH_WAYS


@pytest.mark.parametrize(
    "text",
    [
        "The trade war between China and the US escalated.",  # no words: a trade war
        "Hungary and Slovakia urged an end to the war of words between Serbia and Croatia.",  # others' war
        "Hungary and Slovakia could be drawn into a war of words.",  # not yet in it
        "Hungary and Slovakia discussed the war of words.",  # no verb of taking part
    ],
)
def test_no_war_of_words_between_the_two_named(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon, "2009-08-23") - {("SRB", "HRV"), ("HRV", "SRB")} == set()
