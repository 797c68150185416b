"""Demands for redress and refusals to welcome (graphx/extract/redress.py): one invented sentence per construction,
and the near misses that must not read."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import criticisms


@pytest.mark.parametrize(
    "text",
    [
        "Poland demanded that Belarus retract the remarks.",
        "Poland demanded Belarus retract the remarks.",
        "Poland urged Belarus to apologise.",
        "Poland called on Belarus to take back its remarks.",
        "Poland said Belarus must apologize for the remarks.",
        "Poland demanded an apology from Belarus.",
        "Poland sought a formal apology from the Belarusian government.",
        "Poland demanded Belarus's apology.",
    ],
)
def test_demanding_that_another_take_back_or_apologise_rebukes_it(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == {("POL", "BLR")}


@pytest.mark.parametrize(
    "text",
    [
        "Belarus apologised to Poland.",  # the apology itself
        "Belarus refused to apologise.",
        "Poland did not demand an apology from Belarus.",  # negated
        "Poland may demand an apology from Belarus.",  # hedged
        "Poland called Belarus to apologise.",  # a call, maybe by phone
        "Poland urged Belarus to take back rejected asylum seekers.",  # readmitting people
        "Poland urged Belarus to take back control of the border crossing.",
        "Poland said Belarus should apologise if the report proved true.",  # a condition
    ],
)
def test_an_apology_given_refused_or_not_demanded_rebukes_no_one(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Poland does not welcome Belarus's missile test.",
        "Poland did not welcome the Belarusian move.",
        "The Polish president said his nation does not welcome Belarus's recent missile test.",
        "VILNIUS, Lithuania (AFP) - Poland's president said his nation does not welcome Belarus's missile test.",
    ],
)
def test_not_welcoming_anothers_act_rebukes_it(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == {("POL", "BLR")}


@pytest.mark.parametrize(
    "text",
    [
        "Poland welcomed Belarus's decision.",  # a welcome is no relation
        "Poland would not welcome Belarus.",  # the state, not an act of it
        "Poland said it was a welcome step by Belarus.",
        "Poland's president did not welcome Belarus's Alexander Lukashenko at the airport.",  # a greeting
        "The Belarusian ambassador was not welcomed by Poland's government.",  # a passive, a person
        "Poland does not welcome Belarusian tourists.",  # people, not an act
        "Poland did not welcome the Belarusian delegation at the talks.",
    ],
)
def test_a_welcome_or_a_state_not_welcomed_rebukes_no_one(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()
