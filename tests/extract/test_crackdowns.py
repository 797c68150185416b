"""Force against armed groups only (graphx.extract.crackdowns): cracking down on or dismantling a group named as
the object fights it; a crackdown on protesters or refugees, a plan or a demand to crack down, and a group's
positions or network dismantled do not."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Haitian police dismantled the Kraze Barye gang.", {pair("HTI", "KRAZEBARYE")}),
        ("Pakistan launched a crackdown on the TTP.", {pair("PAK", "TTP")}),
        ("Pakistani forces cracked down on the TTP in Waziristan.", {pair("PAK", "TTP")}),
        # force against no armed group: protesters, a group's property, tariffs, refugees
        ("Iran cracked down on protesters, the Kurdish PJAK said.", set()),
        ("Israel dismantled Hamas's tunnel network.", set()),
        ("The US dismantled tariffs on China.", set()),
        ("Pakistan's crackdown on Afghan refugees drew protests.", set()),
        ("Pakistan's crackdown on Afghan refugees, launched after a surge in TTP attacks, drew protests.", set()),
        # urged or planned, or a group's property: no force used against the group
        ("The United States has pressured Pakistan to crack down on Lashkar-e-Taiba.", set()),
        ("Iraq is under pressure to dismantle Kataib Hezbollah.", set()),
        ("Lebanon's army began dismantling Hezbollah positions.", set()),
    ],
)
def test_cracking_down_on_or_dismantling_an_armed_group_fights_it(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey's crackdown on the PKK drew criticism from the EU.", {pair("PKK", "TUR")}),
        ("Pakistan cracked down on the TTP and arrested dozens.", {pair("PAK", "TTP")}),
        ("Germany dismantled a Hamas fundraising network.", set()),
    ],
)
def test_a_group_followed_by_other_words_is_still_the_target_unless_they_are_its_property(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected
