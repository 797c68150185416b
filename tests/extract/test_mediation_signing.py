"""Who signed what a mediator brokered (graphx.extract.mediation_signing): the signers in a 'by' phrase after the
signing, past a place or a time, and the near misses."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import mediations


@pytest.mark.parametrize(
    "text",
    [
        "The deal, mediated by the African Union, was signed by Ethiopia and the TPLF in Pretoria.",
        "The deal, mediated by the African Union, was signed in Pretoria by Ethiopia and the TPLF.",
        "The deal, mediated by the African Union, was signed in Pretoria by representatives of Ethiopia and the TPLF.",
    ],
)
def test_the_signers_of_a_brokered_deal_are_its_parties(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("AU", "ETH"), ("AU", "TPLF")}


@pytest.mark.parametrize(
    "text",
    [
        # witnesses of the signing are not its signers
        "The deal, brokered by Qatar, was signed at a ceremony attended by Egypt and Jordan.",
        "The accord, mediated by the African Union, was signed in Pretoria, witnessed by Kenya and Nigeria.",
    ],
)
def test_witnesses_of_a_signing_are_not_its_parties(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()
