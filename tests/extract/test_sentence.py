"""A sentence's tokens (graphx.extract.sentence): "May" the month is not the modal that hedges a reading."""

from __future__ import annotations

import pytest

from graphx.extract.mentions import NameTable
from graphx.extract.sentence import analyse
from graphx.extract.words import MAY_MONTH
from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, criticisms, pair


def low_words(text: str, lexicon: Lexicon) -> list[str]:
    """The lower-case tokens of the one piece `text` is read as."""
    (piece,) = analyse(0, text, NameTable.of(lexicon), lexicon.cues, "2025-06-01")
    return piece.low


@pytest.mark.parametrize(
    "text",
    [
        "India on May 7 struck camps in Pakistan.",
        "India struck camps in Pakistan on 7 May.",
        "India struck camps in Pakistan in May.",
        "May 7 strikes by India hit camps in Pakistan.",
    ],
)
def test_may_next_to_a_day_or_after_a_date_word_is_the_month(text: str, lexicon: Lexicon) -> None:
    assert MAY_MONTH in low_words(text, lexicon)


@pytest.mark.parametrize(
    "text",
    ["India may strike camps in Pakistan.", "May India strike camps in Pakistan?", "Theresa May condemned Russia."],
)
def test_may_as_a_modal_or_a_name_stays_a_word(text: str, lexicon: Lexicon) -> None:
    assert MAY_MONTH not in low_words(text, lexicon)


def test_a_date_in_may_before_the_verb_hedges_nothing(lexicon: Lexicon) -> None:
    assert conflicts("India on May 7 struck camps in Pakistan.", lexicon) == {pair("IND", "PAK")}
    assert criticisms("Pakistan on 21 May condemned India.", lexicon) == {("PAK", "IND")}


def test_the_modal_may_still_hedges(lexicon: Lexicon) -> None:
    assert conflicts("India may strike camps in Pakistan.", lexicon) == set()
