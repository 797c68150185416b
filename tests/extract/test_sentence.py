"""A sentence's tokens (graphx.extract.sentence): "May" the month is no modal; a state after a place is its country."""

from __future__ import annotations

import pytest

from graphx.extract.mentions import NameTable
from graphx.extract.sentence import analyse
from graphx.extract.words import MAY_MONTH
from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, criticisms, mediations, pair


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


def test_a_state_after_a_place_and_a_comma_is_the_places_country_not_the_subject(lexicon: Lexicon) -> None:
    text = "An Israeli airstrike in the town of Bint Jbeil, Lebanon has killed two Syrian soldiers."
    assert conflicts(text, lexicon) == {pair("ISR", "SYR")}


def test_a_state_after_a_fronted_clause_ending_in_a_place_is_the_subject(lexicon: Lexicon) -> None:
    text = "As tensions rose after an attack in Pahalgam, Iran offered to mediate between India and Pakistan."
    assert mediations([text], lexicon, 0) == {("IRN", "IND"), ("IRN", "PAK")}
    assert criticisms("After the attack in Pahalgam, Iran condemned Pakistan.", lexicon) == {("IRN", "PAK")}


def quoted_words(text: str, lexicon: Lexicon) -> list[str]:
    """The tokens of the one piece `text` is read as that stand inside a quotation."""
    (piece,) = analyse(0, text, NameTable.of(lexicon), lexicon.cues, "2025-06-01")
    return [w for w, q in zip(piece.low, piece.quoted, strict=True) if q]


@pytest.mark.parametrize("mark", ['"', "“"])
def test_a_quotation_left_open_runs_to_the_sentences_end(mark: str, lexicon: Lexicon) -> None:
    text = f"India's spokesman stated, {mark}We strongly reject the baseless allegations made by Pakistan."
    assert quoted_words(text, lexicon)[:2] == ["we", "strongly"]
    assert ("PAK", "IND") in criticisms(text, lexicon)


def test_a_lone_mark_before_a_few_words_opens_no_quotation(lexicon: Lexicon) -> None:
    assert quoted_words('India condemned the "attack by Pakistan.', lexicon) == []
    assert quoted_words("India condemned the 'attack by Pakistan on its posts in Kashmir.", lexicon) == []
    text = 'Israel called the ICJ ruling "outrageous, and the US condemned the court for it.'  # a typo: no quotation
    assert quoted_words(text, lexicon) == []
