"""Near misses a review of session 22's readings found, each read wrongly by the code before its mend: a reading
added for one construction must leave its neighbours as they were."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, criticisms, mediations, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin attacked the US helicopter sale to Taiwan.", {("RUS", "USA")}),  # a modifier, not a craft hit
        ("Poland criticised Russia for making derogatory comments against Ukraine.", {("POL", "RUS"), ("RUS", "UKR")}),
        ("Turkey condemned the bombing, calling it an act of terror by the PKK.", {("TUR", "PKK")}),
        ("Israel's strikes raised concerns over Iran's response.", set()),  # the act raised them, not Israel
        ("Israel said the claims that Hamas made about the hospital were lies.", {("ISR", "HAMAS")}),
        ("China protested to the US embassy over the sanctions.", {("CHN", "USA")}),  # an addressee, not a place
        ("Qatar said it was a gross violation of Syria to bomb civilians there.", set()),  # Syria is wronged
        ('Rwanda said that Canada\'s "position on the conflict in eastern DRC is shameful".', {("RWA", "CAN")}),
    ],
)
def test_criticism_near_misses(text: str, expected: set[tuple[str, str]], lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli officials said warplanes had struck Hezbollah positions.", {pair("HEZBOLLAH", "ISR")}),
        ("Israeli strikes killed fighters loyal to Iran near Damascus.", set()),  # a state's proxies are not it
        ("The Israel-Hezbollah war on Lebanon's southern border displaced thousands.", {pair("HEZBOLLAH", "ISR")}),
    ],
)
def test_conflict_near_misses(text: str, expected: set[tuple[str, ...]], lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oman mediated indirect talks, with Iran and the United States exchanging messages.", {"IRN", "USA"}),
        ("Qatar mediated at the request of Hamas and Israel.", {"HAMAS", "ISR"}),  # the requesters are the sides
        ("Turkey will act as host for negotiations between Moscow and Kyiv.", {"RUS", "UKR"}),
        (
            "Israel and Syria, whose newly appointed envoys met in Baku, held talks at the suggestion of the United "
            "States.",
            {"ISR", "SYR"},
        ),
    ],
)
def test_mediation_near_misses(text: str, expected: set[str], lexicon: Lexicon) -> None:
    assert {p for _, p in mediations([text], lexicon, 0)} == expected


def test_talks_after_a_relative_clause_are_not_the_mediators_talks(lexicon: Lexicon) -> None:
    text = (
        "The mediators (Qatar and Egypt) condemned Israel's strike, which came hours before talks between Iran and "
        "the United States."
    )
    assert mediations([text], lexicon, 0) == set()
