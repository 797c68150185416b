"""The body a mediator acts for, named in an office after it (graphx.extract.body_offices): "as the current ASEAN
chair" makes ASEAN a mediator beside the one who holds the chair; a role that is no body's office does not."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import mediations


@pytest.mark.parametrize(
    "text",
    [
        "Malaysia, as the current ASEAN chair, brokered a ceasefire between Thailand and Cambodia.",
        "The ceasefire between Thailand and Cambodia was brokered by Malaysia as ASEAN chair.",
        "Talks between Thailand and Cambodia, chaired by Malaysia as the ASEAN chair, began on Monday.",
    ],
)
def test_a_mediator_in_a_bodys_office_mediates_for_the_body_too(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {(m, p) for m in ("MYS", "ASEAN") for p in ("THA", "KHM")}


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Thailand and Cambodia, chaired by Malaysia as ASEAN's representative, began on Monday.",
        "Talks between Thailand and Cambodia, chaired by Malaysia as a friend of China, began on Monday.",
    ],
)
def test_a_role_that_is_no_bodys_office_gives_the_body_nothing(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("MYS", "THA"), ("MYS", "KHM")}


@pytest.mark.parametrize(
    ("text", "mediators"),
    [
        ("The truce between Israel and Hamas was brokered by Egypt as the UN envoy had requested.", {"EGY"}),
        (
            "The truce between Thailand and Cambodia was brokered by the United States as the ASEAN chair looked on.",
            {"USA"},
        ),
    ],
)
def test_as_opening_a_clause_gives_no_office(text: str, mediators: set[str], lexicon: Lexicon) -> None:
    assert {m for m, _ in mediations([text], lexicon, 0)} == mediators
