"""Talks of three, two of them the document's sides at war (graphx.extract.trilateral): the third mediates; and the
near misses: no war between the two, a list of four, an armed group as the third, no talks."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import mediations

WAR = "Russia and Ukraine have fought since 2022."


@pytest.mark.parametrize(
    "text",
    [
        "Russia, Ukraine and US meet in Geneva for talks on ending war",
        "The United States, Ukraine and Russia are around the same table in Geneva to end the war.",
        "Trilateral talks between Ukraine, Russia and the United States resumed on Monday.",
        "A trilateral meeting of Russia, Ukraine and the United States took place in Abu Dhabi.",
        "Negotiators from Russia, Ukraine and the United States will hold a second round of talks.",
    ],
)
def test_the_third_at_the_table_of_two_at_war_mediates(text: str, lexicon: Lexicon) -> None:
    assert mediations([WAR, text], lexicon, 1) == {("USA", "RUS"), ("USA", "UKR")}


@pytest.mark.parametrize(
    "sentences",
    [
        ["Japan criticised South Korea.", "The US, Japan and South Korea held trilateral talks."],  # no war: allies
        [WAR, "Russia, Ukraine, Turkey and the UN met in Istanbul."],  # four at the table
        [WAR, "Russia, Ukraine and the Wagner Group met in Minsk."],  # an armed group brings no one to its table
        [WAR, "Russia, Ukraine and Belarus signed a grain deal."],  # no talks word
        [WAR, "Russia, Ukraine and the United States traded accusations at a UN Security Council meeting."],
        [WAR, "The leaders of Russia, Ukraine and Turkey met at the European Political Community summit."],
        [WAR, "Russia, Ukraine and the United States did not meet, officials said."],
        [WAR, "Russia, Ukraine and Turkey met the deadline set by the grain exporters."],
        [WAR, "Wheat exports from Russia, Ukraine and Romania were on the table at the meeting."],
        [WAR, "Russia, Ukraine and Kazakhstan dominate wheat exports, and traders will meet in Geneva next week."],
    ],
)
def test_no_war_a_longer_list_an_armed_group_or_no_talks_is_no_mediation(
    sentences: list[str], lexicon: Lexicon
) -> None:
    assert mediations(sentences, lexicon, 1) == set()
