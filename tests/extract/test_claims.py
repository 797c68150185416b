"""Claimed attacks (graphx.extract.claims): a condemnation of an attack with no author named is aimed at its one
claimant, or at the one side the critic fights in the document."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import criticisms


@pytest.mark.parametrize(
    "text",
    [
        [
            "A blast killed 20 people in Quetta.",
            "The BLA claimed responsibility for the blast.",
            "Pakistan strongly condemned the blast.",
        ],
        ["Pakistan strongly condemned the blast in Quetta.", "The BLA later claimed responsibility."],
        ["Pakistan condemned the attack.", "The attack was claimed by the BLA."],
    ],
)
def test_condemning_a_claimed_attack_criticises_its_claimant(text: list[str], lexicon: Lexicon) -> None:
    assert ("PAK", "BLA") in criticisms(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        ["Pakistan condemned the attack.", "Nobody claimed it."],
        ["Pakistan condemned the attack.", "The BLA and the TTP both claimed responsibility."],  # two claimants
        ["Pakistan condemned the attack.", "The BLA claimed victory in the elections."],  # no attack claimed
        ["The BLA claimed the strike killed only civilians.", "Pakistan condemned the strike."],  # 'claimed': said
        ["No one claimed it, but the BLA claimed a similar attack last year.", "Pakistan condemned the attack."],
    ],
)
def test_an_attack_with_no_one_claimant_names_no_target(text: list[str], lexicon: Lexicon) -> None:
    assert not {t for s, t in criticisms(text, lexicon) if s == "PAK"}


def test_a_side_condemning_an_attack_condemns_the_side_it_fights(lexicon: Lexicon) -> None:
    text = [
        "Colombia's defence minister condemned the assault, calling it a terrorist action.",
        "The ELN attacked a Colombian army base with drones, killing seven soldiers.",
    ]
    assert ("COL", "ELN") in criticisms(text, lexicon)


def test_fighting_read_only_in_the_condemnation_itself_makes_no_target(lexicon: Lexicon) -> None:
    assert criticisms("Iran condemned the strike that hit Syria.", lexicon) == set()


def test_fighting_told_after_the_condemnation_is_not_what_it_condemns(lexicon: Lexicon) -> None:
    text = [
        "A bomb killed ten people in Khyber.",
        "Pakistan condemned the attack.",
        "Pakistan and India fought a four-day conflict in May.",
    ]
    assert ("PAK", "IND") not in criticisms(text, lexicon)


def test_a_critic_fighting_several_sides_names_no_target(lexicon: Lexicon) -> None:
    text = [
        "A blast hit a mosque in Quetta.",
        "Pakistan condemned the blast.",
        "Pakistan and India fought a four-day conflict in May, and Pakistan's army has also fought the BLA.",
    ]
    assert not {t for s, t in criticisms(text, lexicon) if s == "PAK"}
