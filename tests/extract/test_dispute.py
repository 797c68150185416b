"""The document's two sides at war: only sentences that name fighting count, read cue by cue."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from graphx.extract.confidence import CONFIDENCE, DEFAULT_MIN_CONFIDENCE
from graphx.extract.extractor import co_mediators, dispute_pair, extract
from graphx.extract.mentions import NameTable
from graphx.extract.sentence import analyse
from graphx.extract.warring import dispute_conflict, names_fighting
from graphx.lexicon import Lexicon


def disputed(sentences: list[str], lexicon: Lexicon) -> set[tuple[str, ...]]:
    return {f.parties for f in extract(sentences, lexicon, "2025-06-04", 0.5) if f.rule == "conflict.dispute"}


def test_sides_named_near_fighting_in_several_sentences_are_at_war(lexicon: Lexicon) -> None:
    sentences = [
        "Poland and Belarus traded accusations on Monday.",
        "Belarus said Polish shelling had hit a village, and Poland reported attacks near Belarus.",
        "The fighting between Polish units and Belarus's army spread, Poland said.",
        "Belarus said the war with Poland would go on.",
    ]
    assert ("BLR", "POL") in disputed(sentences, lexicon)


def test_the_first_word_of_a_longer_cue_is_no_sign_of_fighting(lexicon: Lexicon) -> None:
    sentences = [  # "open" heads "open fire on", "air" heads "air strikes", "exchange" heads "exchange fire"
        "Poland will open its border with Belarus, Poland said.",
        "Poland and Belarus will exchange letters, and Poland will open air links with Belarus.",
        "Belarus said Poland would open talks with Belarus soon.",
    ]
    assert disputed(sentences, lexicon) == set()


def test_a_particle_down_is_no_sign_of_fighting(lexicon: Lexicon) -> None:
    sentences = ["The head of the FLNKS said France was trying to water down the Noumea accord."]
    assert disputed(sentences, lexicon) == set()
    table = NameTable.of(lexicon)
    watered, downed = (
        analyse(0, f"The FLNKS said France {verb} the accord.", table, lexicon.cues, None)[0]
        for verb in ("watered down", "downed a drone over")
    )
    assert not names_fighting(watered, lexicon)
    assert names_fighting(downed, lexicon)


def test_a_figurative_war_is_no_sign_of_fighting(lexicon: Lexicon) -> None:
    sentences = [
        "The tug of war between Poland and Belarus went on.",
        "Poland and Belarus are locked in a trade war.",
        "Belarus and Poland kept up their war of words.",
    ]
    assert disputed(sentences, lexicon) == set()


def test_a_tug_of_war_between_two_sides_is_no_war(lexicon: Lexicon) -> None:
    found = extract(["The tug of war between Poland and Belarus went on for weeks."], lexicon, "2025-06-04", 0.5)
    assert [f for f in found if f.type == "conflict"] == []


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Polish troops killed six Belarusians near the border.", ("BLR", "POL")),
        ("Two Ukrainians were killed by Russian shelling.", ("RUS", "UKR")),
    ],
)
def test_victims_named_as_a_states_people_make_it_a_side(
    sentence: str, pair: tuple[str, str], lexicon: Lexicon
) -> None:
    found = extract([sentence], lexicon, "2025-06-04", 0.5)
    assert {f.parties for f in found if f.type == "conflict"} == {pair}


def test_a_states_people_named_without_violence_are_no_side(lexicon: Lexicon) -> None:
    found = extract(["Most Belarusians support the plan, Poland said."], lexicon, "2025-06-04", 0.5)
    assert [f for f in found if f.type == "conflict"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Poland closed its embassy after attack, blames Belarus",  # a headline's bare noun after a preposition
        "Poland recalled its envoy in protest over Belarus's decision to host the talks.",
        "Poland said a fresh attack on Belarus was unlikely.",
    ],
)
def test_a_verb_cue_used_as_a_noun_is_read_as_a_noun(sentence: str, lexicon: Lexicon) -> None:
    found = extract([sentence], lexicon, "2025-06-04", 0.5)
    assert [f for f in found if f.type == "conflict"] == []


def test_a_conflict_foreseen_is_not_fought(lexicon: Lexicon) -> None:
    for sentence in (
        "Poland said a fresh Belarusian attack on Poland was very likely.",
        "A Belarusian attack on Poland's grid is imminent, Poland warned.",
    ):
        assert [f for f in extract([sentence], lexicon, "2025-06-04", 0.5) if f.type == "conflict"] == []


def test_troops_engaging_in_combat_against_a_state_fight_it(lexicon: Lexicon) -> None:
    sentence = "Belarusian troops are already engaging in combat against Poland, Lithuania said."
    found = extract([sentence], lexicon, "2025-06-04", 0.5)
    assert {f.parties for f in found if f.type == "conflict"} == {("BLR", "POL")}


def test_two_states_near_attack_words_without_signs_of_their_forces_fighting_are_not_at_war(lexicon: Lexicon) -> None:
    sentences = [
        "Belarus evacuated its embassy in Poland after an attack there.",
        "Poland said the attack was the work of a lone gunman, while Belarus blamed lax security.",
        "The attack strained ties between Belarus and Poland further.",
    ]
    assert disputed(sentences, lexicon) == set()


def test_two_states_whose_forces_only_one_sentence_names_are_left_for_review(lexicon: Lexicon) -> None:
    sentences = [  # a diplomatic row over an attack: its story names fighting once, in passing
        "Belarus expels Polish envoy over arson attacks.",
        "Belarus said Poland was behind the arson attacks on a synagogue in Minsk.",
        "Poland denied the charge and said Belarus had attacked its embassy.",
        "Belarus also accused Poland of attacks on its diplomats, whose car was hit by troops at a checkpoint.",
    ]
    found = extract(sentences, lexicon, "2025-06-04", 0.0)
    assert {(f.rule, f.parties) for f in found if f.rule.startswith("conflict.dispute")} == {
        ("conflict.dispute_once", ("BLR", "POL"))
    }
    assert CONFIDENCE["conflict.dispute_once"] < DEFAULT_MIN_CONFIDENCE
    assert disputed(sentences, lexicon) == set()


def test_shooting_between_border_guards_is_a_sign_of_fighting(lexicon: Lexicon) -> None:
    sentences = [
        "Two Polish border guards were killed after shooting broke out near a post between Poland and Belarus.",
        "Poland and Belarus blamed each other for the attack.",
        "Belarus said its guards had returned fire after Poland's attack.",
    ]
    assert ("BLR", "POL") in disputed(sentences, lexicon)


def test_combat_as_a_modifier_is_no_fighting_between_the_named(lexicon: Lexicon) -> None:
    sentence = "Analysts say the language barrier has hurt combat coordination between Russian and Belarusian troops."
    assert [f for f in extract([sentence], lexicon, "2025-06-04", 0.5) if f.type == "conflict"] == []


def test_troops_killed_during_combat_against_a_state_fight_it(lexicon: Lexicon) -> None:
    sentence = "Some Belarusian troops have been killed during combat against Polish forces near the border."
    found = extract([sentence], lexicon, "2025-06-04", 0.5)
    assert {f.parties for f in found if f.type == "conflict"} == {("BLR", "POL")}


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Polish troops killed 20 Wagner fighters near the border.", ("POL", "WAGNER")),
        ("The Kenya Defence Forces killed three al-Shabaab militants.", ("ALSHABAAB", "KEN")),
    ],
)
def test_killing_a_groups_fighters_makes_it_a_side(sentence: str, pair: tuple[str, str], lexicon: Lexicon) -> None:
    found = extract([sentence], lexicon, "2025-06-04", 0.5)
    assert {f.parties for f in found if f.type == "conflict"} == {pair}


def test_a_faction_named_by_a_hyphenated_acronym_is_still_the_group(lexicon: Lexicon) -> None:
    found = extract(["Polish troops clashed with the Wagner-KF near the border."], lexicon, "2025-06-04", 0.5)
    assert {f.parties for f in found if f.type == "conflict"} == {("POL", "WAGNER")}


def test_a_state_named_only_as_a_place_or_a_posting_is_no_side_at_war(lexicon: Lexicon) -> None:
    sentences = [
        "The US envoy to Afghanistan will resume talks with the Taliban to end the war.",
        "Trump has questioned the billions spent on the wars in Afghanistan and Iraq.",
        "The US special representative to Afghanistan met Taliban negotiators after attacks in Afghanistan.",
        "The US wants a pullout from Afghanistan after the fighting ends.",
    ]
    found = extract(sentences, lexicon, "2019-03-01", DEFAULT_MIN_CONFIDENCE)
    assert not [f for f in found if f.type == "conflict" and set(f.parties) == {"AFG", "USA"}]


TIED = [
    "The Islamic State has long fought Iran, most recently over the Israel-Hamas conflict.",
    "The two sides accused each other of breaking the truce.",
]
READ_TIED = (
    "from graphx.extract.extractor import extract; from graphx.lexicon import build_lexicon; import sys, json; "
    "print(repr(extract(json.loads(sys.argv[1]), build_lexicon(), '2025-06-04', 0.0)))"
)


def test_two_sides_tied_in_one_sentence_are_chosen_the_same_way_whatever_the_hash_seed() -> None:
    outputs = {
        subprocess.run(
            [sys.executable, "-c", READ_TIED, json.dumps(TIED)],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3", "4", "5", "6")
    }
    assert len(outputs) == 1


@pytest.mark.parametrize(
    ("text", "co"),
    [
        ("Norway and Sweden condemned the delay.", set()),  # two: a side may be listed with its mediator
        ("Norway, along with Sweden, hosted the talks.", {"SWE"}),
        ("Norway as well as Sweden hosted the talks.", {"SWE"}),
        ("Norway, Sweden and Finland hosted the talks.", {"SWE", "FIN"}),
        ("Norway criticised Sweden over the talks.", set()),  # named in the same sentence, not listed with it
        ("Poland and Belarus condemned the delay.", set()),  # no mediator in the list
    ],
)
def test_the_actors_listed_with_a_mediator_are_no_side_of_the_dispute(
    text: str, co: set[str], lexicon: Lexicon
) -> None:
    pieces = analyse(0, text, NameTable.of(lexicon), lexicon.cues, "2025-06-01")
    assert co_mediators(pieces, {"NOR"}) == co


def test_war_threats_are_no_sign_of_fighting(lexicon: Lexicon) -> None:
    document = [
        "Nigeria condemns Trump's war threats.",
        "Nigeria said the US threats of war were baseless, and the US said war was possible.",
        "Nigeria rejected the US war threats again.",
        "The US repeated its war threats against Nigeria.",
    ]
    found = extract(document, lexicon, "2025-11-04")
    assert not [f for f in found if f.type == "conflict" and f.confidence >= DEFAULT_MIN_CONFIDENCE]


def test_a_branch_and_its_parent_are_no_warring_sides(lexicon: Lexicon) -> None:
    sentences = [
        "The Resistance Front, linked to Lashkar-e-Taiba, claimed responsibility for an attack in Ganderbal, killing "
        "a doctor and six workers.",
        "Police said the gunmen of the Resistance Front fired on the workers' camp.",
        "Lashkar-e-Taiba has carried out attacks in the region for decades.",
    ]
    assert ("LET", "TRF") not in disputed(sentences, lexicon)


def test_a_numbered_alliance_is_the_alliance(lexicon: Lexicon) -> None:
    found = extract(["China-Mediated Talks Between Junta and 3 Brotherhood Alliance Occur"], lexicon, "2024-05-16")
    assert any(f.type == "mediation" and "THREEBROTHERHOOD" in f.parties and f.confidence >= 0.5 for f in found)


def test_a_plot_makes_no_war(lexicon: Lexicon) -> None:
    sentences = [
        "Jordan detained Muslim Brotherhood members over alleged attack plans.",
        "The Muslim Brotherhood members were involved in a plot to attack Jordan with rockets.",
    ]
    assert disputed(sentences, lexicon) == set()


def test_an_attack_blamed_on_the_other_side_or_reported_as_alleged_still_makes_a_war(lexicon: Lexicon) -> None:
    blamed = [
        "Armenia blamed Azerbaijan for an attack on a border post on Tuesday.",
        "Yerevan blamed Baku for the attack that killed two soldiers.",
        "Armenia blamed Azerbaijan for the clashes, the worst in a year.",
    ]
    alleged = [
        "Pakistan said India's alleged drone attack on its airbase killed two soldiers.",
        "India has not commented on the alleged attack on the Pakistani airbase.",
        "Pakistan said it had responded to the alleged attack by India.",
    ]
    assert ("ARM", "AZE") in disputed(blamed, lexicon)
    assert ("IND", "PAK") in disputed(alleged, lexicon)


def test_the_two_sides_fighting_still_make_a_war(lexicon: Lexicon) -> None:
    sentences = [
        "Jordanian troops clashed with Muslim Brotherhood fighters near Amman.",
        "Jordan said the Muslim Brotherhood attacked its soldiers.",
    ]
    assert ("JOR", "MUSLIMBROTHERHOOD") in {f.parties for f in extract(sentences, lexicon, "2025-04-16", 0.5)}


def test_a_war_to_be_prevented_or_feared_is_no_war(lexicon: Lexicon) -> None:
    sentences = [
        "Brazil offers to mediate between the US and Venezuela to prevent war.",
        "Brazil warned of the risk of a war between the United States and Venezuela.",
        "The United States and Venezuela are on the brink of war, Brazil said.",
    ]
    assert disputed(sentences, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "fighting"),
    [
        ("The leaders want to help avoid an armed conflict between the United States and Venezuela.", False),
        ("They spoke of threats of an armed attack by the United States on Venezuela.", False),
        ("Brazil urged the United States and Venezuela to avert a direct military conflict.", False),
        ("The United States and Venezuela fought an armed conflict at sea.", True),
        ("The United States and Venezuela were drawn into a wider war.", True),
        ("Analysts raised fears of a broader regional war between the United States and Venezuela.", False),
        ("Venezuela accused the United States of preparing to launch a war.", False),
        ("The United States launched a war against Venezuela.", True),
    ],
)
def test_fighting_to_be_avoided_or_threatened_is_named_as_no_fighting(
    text: str, fighting: bool, lexicon: Lexicon
) -> None:
    (piece,) = analyse(0, text, NameTable.of(lexicon), lexicon.cues, "2025-12-17")
    assert names_fighting(piece, lexicon) is fighting


def _mediations(sentences: list[str], lexicon: Lexicon) -> set[tuple[str | None, str]]:
    found = extract(sentences, lexicon, "2025-06-04")
    return {
        (f.source, p)
        for f in found
        if f.type == "mediation" and f.confidence >= DEFAULT_MIN_CONFIDENCE
        for p in f.parties
    }


MALAYSIA_FACILITATES = [
    "Malaysia has facilitated the peace process since 2013, the facilitator said.",
    "Thailand's chief negotiator met the facilitator in Kuala Lumpur.",
    "Bangkok wants the talks to resume soon.",
    "The Barisan Revolusi Nasional (BRN) has fought for autonomy in the south.",
]


def test_a_state_named_again_and_again_and_its_one_armed_group_are_the_sides(lexicon: Lexicon) -> None:
    assert _mediations(MALAYSIA_FACILITATES, lexicon) == {("MYS", "THA"), ("MYS", "PATANIBRN")}


def test_a_state_with_two_armed_groups_of_its_own_has_no_clear_opponent(lexicon: Lexicon) -> None:
    document = [*MALAYSIA_FACILITATES, "The Patani United Liberation Organisation (PULO) has also fought."]
    assert {m for m, _ in _mediations(document, lexicon)} <= {"MYS"}
    assert ("MYS", "THA") not in _mediations(document, lexicon)


def test_a_group_fighting_abroad_is_no_side_against_its_home_state(lexicon: Lexicon) -> None:
    document = [
        "Washington is mediating, the US envoy said in Beirut.",
        "Lebanon condemned the overnight strike on a village in the south.",
        "Lebanon said two civilians were killed in the Israeli strike.",
        "Lebanon's cabinet met to discuss a plan to disarm Hezbollah.",
    ]
    assert ("USA", "HEZBOLLAH") not in _mediations(document, lexicon)


ALLIES = [
    "Kenyan, Somali Troops Overrun Militant Base in Gedo",
    "Kenyan and Somali troops have overrun one of the main bases of the insurgents in Gedo, officials said.",
    "Somalia's president thanked Kenya for sending troops to help fight the insurgents.",
    "Kenyan and Somali forces have attacked the militants' positions and repulsed the insurgents, Somalia said.",
    "Kenya deployed 1,000 troops to Somalia at the request of Mogadishu to fight the insurgents.",
]


def test_two_states_whose_forces_act_as_one_against_a_third_are_not_at_war(lexicon: Lexicon) -> None:
    found = extract(ALLIES, lexicon, "2025-06-04", 0.5)
    assert [f for f in found if f.type == "conflict"] == []


@pytest.mark.parametrize(
    "joined",
    [
        "Kenyan and Somali troops clashed near the border town of Mandera, officials said.",  # each other's foes
        "Clashes between Kenyan and Somali troops near Mandera killed ten, officials said.",
        "Kenyan and Somali troops fought near Mandera, officials said.",
    ],
)
def test_forces_named_together_as_foes_leave_the_war_between_them(joined: str, lexicon: Lexicon) -> None:
    sentences = [
        joined,
        "Somalia said Kenyan shelling had hit a village, and Kenya reported attacks by Somalia near the border.",
        "The fighting between Kenyan units and Somalia's army spread, Kenya said.",
    ]
    pieces = [p for n, text in enumerate(sentences) for p in analyse(n, text, NameTable.of(lexicon), lexicon.cues, "")]
    assert [f.parties for f in dispute_conflict(pieces, ("KEN", "SOM"), lexicon)] == [("KEN", "SOM")]
    pieces[0] = analyse(0, ALLIES[1], NameTable.of(lexicon), lexicon.cues, "")[0]  # their forces as one
    assert dispute_conflict(pieces, ("KEN", "SOM"), lexicon) == []


def test_forces_that_attacked_each_others_positions_are_foes(lexicon: Lexicon) -> None:
    sentences = [
        "Thai and Cambodian troops attacked each other's positions near the temple on Thursday.",
        "Thailand said Cambodian rockets killed 12 civilians.",
        "Cambodia said Thai jets bombed its territory.",
        "The fighting spread to six areas.",
    ]
    pieces = [p for n, text in enumerate(sentences) for p in analyse(n, text, NameTable.of(lexicon), lexicon.cues, "")]
    assert [f.parties for f in dispute_conflict(pieces, ("KHM", "THA"), lexicon)] == [("KHM", "THA")]


def test_with_a_mediator_a_state_and_its_own_armed_group_come_before_the_states_named_most(
    lexicon: Lexicon,
) -> None:
    sentences = [
        "Thailand criticised Indonesia over the trade pact.",
        "Thailand criticised Indonesia over fishing.",
        "Thailand criticised the BRN for the bombing.",
    ]
    table = NameTable.of(lexicon)
    pieces = [p for i, text in enumerate(sentences) for p in analyse(i, text, table, lexicon.cues, "2025-06-04")]
    assert dispute_pair([], pieces, lexicon, {"MYS"}) == ("PATANIBRN", "THA")
    assert dispute_pair([], pieces, lexicon) == ("IDN", "THA")  # no one mediates: the two named most
