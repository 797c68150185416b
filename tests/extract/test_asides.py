"""Words around a subject that are not its name: asides, an apposition's actor, a title standing for a person."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, criticisms, mediations, pair

INTRODUCTIONS = [
    "Cambodian Foreign Minister Prak Sokhonn met reporters on Monday.",
    "Cambodia's foreign minister, Prak Sokhonn, met reporters on Monday.",
    "Prak Sokhonn, the Cambodian foreign minister, met reporters on Monday.",
    "Prak Sokhonn, foreign minister of Cambodia, met reporters on Monday.",
]


@pytest.mark.parametrize("introduction", INTRODUCTIONS)
@pytest.mark.parametrize(
    "later",
    [
        "The minister accused Thailand of violating the ceasefire.",
        "The foreign minister condemned Thailand's shelling.",
        "He said Thailand had violated the truce, and the minister rejected Thailand's claims.",
    ],
)
def test_a_title_at_a_clause_start_is_the_person_named_before(introduction: str, later: str, lexicon: Lexicon) -> None:
    assert ("KHM", "THA") in criticisms([introduction, later], lexicon)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Thai minister accused Cambodia of lying.", {("THA", "KHM")}),  # an owned title is its owner's
        ("Thailand met the minister and accused Cambodia of lying.", {("THA", "KHM")}),  # an object, not a subject
        ("The president accused Cambodia of lying.", set()),  # nobody named before: no guess
    ],
)
def test_a_title_that_is_owned_an_object_or_unintroduced(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the actor that describes an apposition's noun is not the subject; the actor before the apposition is
        ("Qatar, a close US ally, condemned Iran.", {("QAT", "IRN")}),
        ("Iran, a key Hamas backer, condemned Israel.", {("IRN", "ISR")}),
        # a longer apposition, and an acronym in brackets after its actor
        ("Qatar, a long-standing and close ally of the United States, condemned Iran.", {("QAT", "IRN")}),
        ("Qatar, a member of the Gulf Cooperation Council (GCC), condemned Iran.", {("QAT", "IRN")}),
        # an office in the apposition still tells whom an unknown person speaks for
        ("Ahmed, a Qatari official, condemned Israel.", {("QAT", "ISR")}),
        ("Ahmed, the Qatari foreign ministry spokesman, condemned Israel.", {("QAT", "ISR")}),
        # a former office-holder does not speak for the state, in a relative clause either
        ("Qatar's former prime minister, who condemned Israel, said the sides were close.", set()),
        # a relative clause after the possessor's object is the object's, not the possessor's
        ("Israel's war on Hamas, which Qatar condemned, went on.", {("QAT", "ISR")}),
        # an aside that holds a verb is not read past: no finding rather than Egypt as the critic
        ("Qatar's prime minister, Egypt said, condemned Israel.", set()),
    ],
)
def test_apposition_and_aside_near_misses(text: str, expected: set[tuple[str, str]], lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US lawmakers criticised Israel.", set()),
        ("Pakistani newspapers slammed India.", set()),
        ("Russian state media accused Ukraine of staging the attack.", set()),
        ("Russia's state-controlled media accused Ukraine of staging the attack.", set()),
        ("A Chinese scholar criticised Japan's remarks.", set()),
        ("A US think tank accused China of hacking.", set()),
        ("A US monitoring group reported that Eritrea was destabilising its neighbours.", set()),
        ("Chinese experts accused Japan of hacking.", set()),
        ("UN experts accused Uganda of supporting the M23 rebels.", {("UN", "UGA")}),  # a body's own panel
        # nor are they the state when criticised
        ("Vietnam slammed a border protest by Cambodian activists.", set()),
        ("China condemned a report by a US think tank.", set()),
        ("China condemned a report by the US State Department.", {("CHN", "USA")}),
        ("The US State Department criticised China's human rights record.", {("USA", "CHN")}),
    ],
)
def test_people_named_by_a_state_who_do_not_speak_for_it(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad's army, backed by French jets, condemned Boko Haram.", {("TCD", "BOKOHARAM")}),
        # a relative clause is read past too, and France in it is no critic
        ("Chad's army, which France backed, condemned Boko Haram.", {("TCD", "BOKOHARAM")}),
    ],
)
def test_an_agented_participle_aside_is_read_past(text: str, expected: set[tuple[str, str]], lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar's junta-controlled foreign ministry has condemned ASEAN.",
        "Myanmar's military-run foreign ministry condemned ASEAN on Friday.",
    ],
)
def test_a_hyphenated_adjective_between_a_state_and_its_office_is_read_past(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == {("MMR", "ASEAN")}


@pytest.mark.parametrize(
    "text",
    ["Libyan rebels condemned Russia.", "Chadian rebels accused Libya of bombing their camps."],
)
def test_a_states_rebels_do_not_speak_for_it(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()


def test_a_dateline_is_no_subject_even_after_a_pages_header(lexicon: Lexicon) -> None:
    text = (
        "Report By IANS | Updated: December 1, 2025 19:15 IST New Delhi, Dec 1 Amidst renewed efforts by Saudi "
        "Arabia to mediate a ceasefire between Kabul and Islamabad, talks in Riyadh failed."
    )
    assert {m for m, _ in mediations([text], lexicon, 0)} == {"SAU"}


def test_a_state_with_a_date_inside_a_sentence_may_still_be_its_subject(lexicon: Lexicon) -> None:
    assert criticisms("On Monday, South Korea, July's chair, lambasted Japan.", lexicon) == {("KOR", "JPN")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's government, through the Foreign Minister Amina Odhiambo, has pushed back against comments by Uganda.",
        "Kenya's government, via its foreign ministry, rejected comments by Uganda.",
    ],
)
def test_a_body_speaking_through_its_minister_in_an_aside_is_the_subject(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == {("KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "While Egypt was close to the army and its chief Abdel Fattah al-Burhan, the country has offered to mediate "
        "between Ethiopia and Eritrea.",
    ],
)
def test_an_unnamed_subject_after_a_comma_is_not_the_person_before_it(text: str, lexicon: Lexicon) -> None:
    found = mediations(["Ethiopia and Eritrea have fought since May.", text], lexicon, 1)
    assert "SDN" not in {mediator for mediator, _ in found}


def test_a_subject_named_after_a_comma_still_mediates(lexicon: Lexicon) -> None:
    text = "After talks with Abdel Fattah al-Burhan, Egypt has offered to mediate between Ethiopia and Eritrea."
    assert mediations([text], lexicon, 0) == {("EGY", "ETH"), ("EGY", "ERI")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Malaysia, the ASEAN chair, brokered the truce between Thailand and Cambodia.",
            {("MYS", "THA"), ("MYS", "KHM")},
        ),
        ("Kenya, the current EAC chairman, mediated between Rwanda and the DRC.", {("KEN", "RWA"), ("KEN", "COD")}),
    ],
)
def test_a_state_holding_a_blocs_chair_in_apposition_still_acts(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    "text",
    [
        "TASHKENT, Uzbekistan -- Suicide bombers struck the U.S. embassy.",
        "TASHKENT, Uzbekistan — Suicide bombers struck the U.S. embassy.",
        "KABUL, Afghanistan (AP) -- Suicide bombers attacked the Indian consulate.",
    ],
)
def test_a_dateline_before_its_dash_is_no_subject(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


def test_a_dateline_keeps_the_subject_named_after_it(lexicon: Lexicon) -> None:
    text = "KABUL, Afghanistan -- Afghan forces attacked Pakistani posts."
    assert conflicts(text, lexicon) == {pair("AFG", "PAK")}


def test_a_dateline_state_still_owns_the_body_after_its_dash(lexicon: Lexicon) -> None:
    text = "MANILA, Philippines — The Department of Foreign Affairs on Friday condemned the Houthi rebels' attack."
    assert criticisms(text, lexicon) == {("PHL", "HOUTHIS")}


def test_a_title_case_dateline_before_its_dash_is_no_subject(lexicon: Lexicon) -> None:
    assert conflicts("Kabul, Afghanistan -- Suicide bombers attacked a Pakistani consulate.", lexicon) == set()
