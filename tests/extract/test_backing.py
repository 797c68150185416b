"""Criticism by a reported backing of fighters (graphx/extract/backing.py): one invented sentence per construction,
and the near misses that must not read."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import criticisms


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("Bangladesh said Myanmar was backing the Arakan Army.", ("BGD", "MMR")),
        ("Bangladesh said Myanmar backed the attackers.", ("BGD", "MMR")),
        ("Bangladesh said the attackers were backed by Myanmar.", ("BGD", "MMR")),
        ("Bangladesh said the militants were trained and funded by Myanmar.", ("BGD", "MMR")),
        ("Bangladesh said the Arakan Army was sponsored by Myanmar.", ("BGD", "MMR")),
        ("Bangladesh said Myanmar was sponsoring terrorism.", ("BGD", "MMR")),
        ("Bangladesh says Myanmar supports armed groups in the hills.", ("BGD", "MMR")),
        ("Bangladesh said that Myanmar funds separatists in the east.", ("BGD", "MMR")),
        ("Bangladesh said the attack was supported by Myanmar.", ("BGD", "MMR")),
    ],
)
def test_backing_armed_men_said_by_another_accuses_the_backer(
    text: str, edge: tuple[str, str], lexicon: Lexicon
) -> None:
    assert edge in criticisms(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar backs the Arakan Army.",  # the reporter's own account
        "Analysts said Myanmar supports the Arakan Army.",  # no actor says it
        "Myanmar said it backs the Arakan Army.",  # its own stance
        "Myanmar denied backing the militants.",
        "Bangladesh said Myanmar would never back the militants.",
        "Bangladesh said Myanmar backed the resolution.",  # no armed men
        "Bangladesh said Myanmar supports civil society groups.",
        "Bangladesh said China supports the armed forces.",
        "Bangladesh said Myanmar was training Thai troops.",
        "Bangladesh said Myanmar's army was trained by China.",
        "Bangladesh said the operation was supported by India.",  # no attack named
        "Bangladesh said the resolution condemning the attack was supported by India.",
        "Bangladesh said the backing of the West was welcome.",  # a noun
        "Kenya said the United States was supporting the fight against al-Shabaab with drones.",  # against them
        "Pakistan said China had backed its campaign against the TTP with intelligence.",
        "Colombia said Norway was supporting the ELN peace talks, which resumed in Caracas.",
        "Nigeria said the United States was funding counter terrorism training for its troops.",
        "Germany said it was funding terrorism prevention programmes across the Sahel.",
        "Somalia's army said the raid was backed by U.S. air strikes and killed 30 fighters.",  # an ally's means
        "Mozambique said the attack was supported by Rwandan troops, who recaptured the port.",
        "Nigeria's army said the raids were supported by Chad's air force.",
        "France said the United States was right to support the Syrian rebels in 2015.",  # a stance
        "Hamas said Qatar had supported Hamas only with humanitarian aid.",  # the backed group speaks
        "Sudan said Colombia apologised for its citizens fighting with the Rapid Support Forces.",  # a name
    ],
)
def test_backing_no_one_says_of_another_or_not_of_armed_men_accuses_no_one(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "backer"),
    [
        ("Congo accused the M23 of being backed by Rwanda.", "RWA"),
        ("Lebanon accused Fatah al-Islam of links to Syria.", "SYR"),
        ("Lebanon accused Fatah al-Islam of being linked to Syrian intelligence.", "SYR"),
        ("Ethiopia accused the TPLF of being a proxy of Egypt.", "EGY"),
        ("Ethiopia accused the TPLF of being aided by Egypt.", "EGY"),
        ("Ethiopia accused the TPLF of acting on behalf of Egypt.", "EGY"),
        ("Pakistan accused the TTP of operating from Afghanistan with India's support.", "IND"),
        ("Lebanon accused Fatah al-Islam, a group formed last year, of being linked to the Syrian army.", "SYR"),
    ],
)
def test_a_charge_that_the_accused_are_backed_by_a_state_accuses_the_state_too(
    text: str, backer: str, lexicon: Lexicon
) -> None:
    found = criticisms(text, lexicon)
    accuser = next(iter(found))[0]
    assert (accuser, backer) in found and len(found) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Congo accused the M23 of attacking Rwanda's border posts.",  # a victim, not a backer
        "Congo accused the M23 of killing civilians in Uganda.",  # a place
        "Congo accused the M23 of blocking talks, Rwanda said.",  # who says so
        "Congo accused the M23 of links to Rwandan opposition groups.",  # a state's adjective, not the state
    ],
)
def test_a_state_named_in_a_charge_otherwise_is_not_accused(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == {("COD", "M23")}


def test_a_body_a_charge_is_made_at_is_its_forum_not_its_target(lexicon: Lexicon) -> None:
    text = (
        "Bogota's accusations at the Organization of American States that Venezuela tolerates rebels angered Caracas."
    )
    assert criticisms(text, lexicon) == {("COL", "VEN")}


@pytest.mark.parametrize(
    "text",
    [
        "Russian and Chinese ambassadors to the UN criticized the strikes at a session of the UN Security Council.",
        "Russia criticized the strikes at a meeting of the UN Security Council in New York.",
    ],
)
def test_a_body_whose_sitting_hears_a_criticism_is_not_criticised(text: str, lexicon: Lexicon) -> None:
    assert not {t for _, t in criticisms(text, lexicon)} & {"UN"}


def test_a_body_criticised_itself_stays_criticised(lexicon: Lexicon) -> None:
    assert criticisms("Russia criticized the statement of the UN Security Council.", lexicon) == {("RUS", "UN")}
    assert criticisms("Russia condemned the US at the UN Security Council.", lexicon) == {("RUS", "USA")}


def test_a_body_a_verb_aims_at_is_its_target(lexicon: Lexicon) -> None:
    assert criticisms("China hit back at the European Union over its planned probe.", lexicon) == {("CHN", "EU")}


def test_a_sitting_named_at_length_is_still_a_forum(lexicon: Lexicon) -> None:
    text = "Russia criticized the strikes at a hastily convened emergency session of the UN Security Council."
    assert criticisms(text, lexicon) == set()
