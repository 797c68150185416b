"""Whom 'it', 'him' or 'the gas-rich country' after a criticism participle stands for
(graphx.extract.pronoun_objects)."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import criticisms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Solomon Islands expelled Australian envoy Patrick Cole, accusing him of interfering.", {("SLB", "AUS")}),
        ("Solomon Islands expelled the Australian high commissioner, accusing him of interfering.", {("SLB", "AUS")}),
        ("Saudi Arabia blockaded Qatar, accusing it of backing terrorism.", {("SAU", "QAT")}),
        ("Solomon Islands met Australian and Fijian envoys, accusing him of interfering.", set()),  # whom?
        ("Saudi Arabia cut links with Qatar, accusing the gas-rich country of backing terrorism.", {("SAU", "QAT")}),
        ("Saudi Arabia met Qatar and Iran, accusing the Gulf state of backing terrorism.", set()),  # which?
        ("Saudi Arabia accused the country of backing terrorism.", set()),  # none named before
        # "the bloc" is the body named before, not an actor the accusation names after it
        ("Mali quit ECOWAS, accusing the regional bloc of being a tool of France.", {("MLI", "ECOWAS")}),
        ("Mali met Niger and ECOWAS, accusing the bloc of bias.", {("MLI", "ECOWAS")}),
        # not the court a side is taken to
        ("South Africa took Israel to the International Court of Justice, accusing it of genocide.", {("ZAF", "ISR")}),
    ],
)
def test_him_or_it_after_a_criticism_participle_is_the_one_other_named_before(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        # 'it' after a note or a letter handed "to" Y is Y, not a state the note is about
        "Russia handed a protest note to Japan over US missile deployments, accusing it of militarising the region.",
        # a camp described as a bloc is not the body named before
        "Russia walked out of the UN Security Council meeting, accusing the Western bloc of hypocrisy.",
        "China blocked the G20 statement, accusing the US-led bloc of bullying.",
    ],
)
def test_a_pronoun_or_a_bloc_that_is_not_the_one_named_before(text: str, lexicon: Lexicon) -> None:
    found = criticisms(text, lexicon)
    assert not found & {("RUS", "USA"), ("RUS", "UN"), ("CHN", "G20")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US ambassador to Hungary criticized the country's messaging.", {("USA", "HUN")}),
        ("The US criticized the country's messaging.", set()),  # no other state named before
    ],
)
def test_the_country_whose_deeds_are_criticised_is_the_one_named_before(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        (
            "Uganda suspended military cooperation with Germany, accusing its ambassador of subversive activities.",
            {("UGA", "DEU")},
        ),
        (
            "The EU criticised Hungary and Poland, accusing their governments of undermining the rule of law.",
            {("EU", "HUN"), ("EU", "POL")},
        ),
    ],
)
def test_its_envoy_or_government_is_the_other_state_named_before(
    text: str, edges: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == edges


@pytest.mark.parametrize(
    "text",
    [
        "Uganda's army accused its own soldiers of looting.",
        "Uganda accused its ambassador to Germany of fraud.",  # its own envoy: no other state named before
    ],
)
def test_its_own_people_are_no_other_state(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Biden warned that costs would rise for Russia, which the White House accuses of sending troops to help"
            " the separatists in Ukraine.",
            {("USA", "RUS")},
        ),
        ("Russia, which Ukraine accuses of shelling Kharkiv, sent more troops.", {("UKR", "RUS")}),
        ("The US accused Russia of sending troops to Ukraine.", {("USA", "RUS")}),
    ],
)
def test_the_accused_of_a_relative_clause_is_its_antecedent_not_what_follows_of(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected
