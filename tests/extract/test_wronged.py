"""Who a condemned act wrongs, not who did it (graphx.extract.wronged): a state's sovereignty, a victim, the state
whose embassy was the place."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import criticisms


@pytest.mark.parametrize(
    "text",
    [
        'Turkey strongly condemned the "despicable attack" on the Koran in front of Iraq\'s embassy in Copenhagen.',
        "Turkey condemned the attack outside the Iraqi embassy in Copenhagen.",
        "Turkey condemned the attack on Iraq's embassy.",
        "Turkey condemned the violation of Iraq's sovereignty.",
    ],
)
def test_the_state_wronged_or_whose_embassy_was_the_place_is_not_criticised(text: str, lexicon: Lexicon) -> None:
    assert ("TUR", "IRQ") not in criticisms(text, lexicon)


def test_an_embassy_criticised_for_what_it_said_speaks_for_its_state(lexicon: Lexicon) -> None:
    assert ("TUR", "IRQ") in criticisms("Turkey criticised Iraq's embassy for its statement.", lexicon)
