"""Who criticises in a participle clause (graphx.extract.participles): the main clause's subject, also an owner that
heads the sentence through its office; a participle with no comma before it is not the subject's."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, criticisms


@pytest.mark.parametrize(
    "text",
    [
        "Nepal halted the talks, accusing India of smuggling.",
        "Nepal's foreign ministry closed the border, accusing India of smuggling.",
        "Nepal's foreign ministry issued a statement on Saturday, objecting to India's new road.",
    ],
)
def test_the_participles_critic_is_the_main_clauses_subject_or_its_offices_owner(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == {("NPL", "IND")}


def test_a_participle_after_no_comma_or_a_possessive_object_is_not_the_owners(lexicon: Lexicon) -> None:
    assert criticisms("Nepal's foreign ministry received India's envoy accusing Nepal of smuggling.", lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the main clause's negation or refusal is not the participle's: what it says was done
        "Nepal denied the claim, accusing India of smuggling.",
        "Nepal has denied targeting traders, accusing India of staging the raid.",
        "Nepal refused to comment, accusing India of lying.",
    ],
)
def test_a_participle_after_a_denial_is_still_done(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == {("NPL", "IND")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed act in a participle is done by the main clause's subject
        ("India launched Operation Sindoor, striking nine sites in Pakistan.", {("IND", "PAK")}),
        ("Israel launched a wave of airstrikes, hitting Hezbollah positions.", {("HEZBOLLAH", "ISR")}),
        ("India is striking sites in Pakistan.", {("IND", "PAK")}),
        # not when the main clause only reports it, nor when it is no armed act
        ("The UN said on Monday that talks had failed, striking a blow to hopes in Sudan.", set()),
        ("The UN said on Monday that an operation had begun, striking sites in Sudan.", set()),  # the UN strikes none
        ("The EU unveiled a package, hitting Russia's energy sector.", set()),
    ],
)
def test_an_armed_act_in_a_participle(text: str, expected: set[tuple[str, str]], lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a main clause only expected, planned, supposed or possible: its participle is not done either
        "Nepal is expected to lodge a formal protest on Monday, accusing India of smuggling.",
        "If Nepal files a complaint, accusing India of smuggling, ties could suffer.",
        "Nepal could respond within days, condemning India's move.",
    ],
)
def test_a_participle_after_a_supposed_clause_is_not_done(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()


def test_an_armed_participle_after_a_possible_act_is_not_done(lexicon: Lexicon) -> None:
    text = "Israel could launch a new offensive next week, striking Hezbollah positions in Lebanon."
    assert conflicts(text, lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Nepal filed a complaint with the UN Security Council accusing India of smuggling.",
        "Nepal's foreign ministry sent a letter to the UN accusing India of smuggling.",
        "Nepal's foreign ministry sent a letter to UN Secretary-General Antonio Guterres accusing India of smuggling.",
    ],
)
def test_a_complaint_lodged_with_a_body_accuses_through_its_filer_not_the_body(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == {("NPL", "IND")}


def test_a_body_a_complaint_is_lodged_with_is_not_its_target(lexicon: Lexicon) -> None:
    assert criticisms("Nepal lodged a complaint with the African Union on Monday.", lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nepal lodged a complaint with India over the raid.", {("NPL", "IND")}),  # a state is the protest's target
        ("The talks collapsed, with Nepal accusing India of smuggling.", {("NPL", "IND")}),  # an absolute clause
    ],
)
def test_a_complaint_with_a_state_or_an_absolute_clause_still_reads(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


def test_the_addressee_of_a_letter_is_not_what_the_letter_says(lexicon: Lexicon) -> None:
    text = "Nepal sent a letter to the members of the Security Council criticising India's new road."
    assert criticisms(text, lexicon) == {("NPL", "IND")}  # not the council
