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


def test_signers_too_far_after_the_signing_are_not_read(lexicon: Lexicon) -> None:
    text = "The deal, mediated by the African Union, was signed on Friday in the presence of Kenya by the TPLF."
    assert mediations([text], lexicon, 0) == set()
