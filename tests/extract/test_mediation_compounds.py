"""Mediators named in a compound before the event they broker (graphx/extract/mediation_compounds.py)."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, mediations, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland and Belarus signed a Lithuanian-brokered deal.", {("LTU", "POL"), ("LTU", "BLR")}),
        (
            "Poland and Belarus signed a US-Saudi-brokered deal.",
            {("USA", "POL"), ("USA", "BLR"), ("SAU", "POL"), ("SAU", "BLR")},
        ),
        (
            "Poland and Belarus signed a US-Saudi brokered deal.",  # the hyphen before the participle left out
            {("USA", "POL"), ("USA", "BLR"), ("SAU", "POL"), ("SAU", "BLR")},
        ),
        (
            "Poland and Belarus agreed to the terms of a Lithuanian-proposed ceasefire.",
            {("LTU", "POL"), ("LTU", "BLR")},
        ),
        ("UN-chaired talks between Poland and Belarus resumed.", {("UN", "POL"), ("UN", "BLR")}),
        ("Saudi-convened talks between Sudan and the RSF began.", {("SAU", "SDN"), ("SAU", "RSF")}),
        ("A US-chaired meeting between Israel and Lebanon took place in Naqoura.", {("USA", "ISR"), ("USA", "LBN")}),
        ("A Saudi-convened meeting of Egypt, Jordan and the UAE discussed Iran.", set()),  # allies meeting
    ],
)
def test_the_brokers_named_in_a_compound_mediate_between_the_signers(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, only=0) == expected


def test_the_two_brokers_of_a_truce_are_not_its_sides(lexicon: Lexicon) -> None:
    assert conflicts("The US-Saudi brokered truce between the two armies collapsed.", lexicon) == set()
    assert conflicts("The India-Pakistan truce collapsed.", lexicon) == {pair("IND", "PAK")}
