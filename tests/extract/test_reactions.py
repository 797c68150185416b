"""Reactions to another's act named in a clause after them (graphx.extract.reactions)."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import criticisms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya protested after Tanzanian police detained two Kenyan activists.", {("KEN", "TZA")}),
        ("Manila protested when Chinese coast guard vessels fired water cannon at a boat.", {("PHL", "CHN")}),
        # no doer heading the clause after: a protest at remarks, or no state's protest
        ("Kenya protested after Tanzania's remarks.", set()),
        ("Students protested after Israel struck Gaza.", set()),
        ("Hundreds of Kenyans protested after Tanzanian police detained two Kenyan activists.", set()),  # a crowd
        ("Serbians protested after Kosovo police arrested a Serb official.", set()),
    ],
)
def test_a_protest_after_anothers_act_is_at_its_doer(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected
