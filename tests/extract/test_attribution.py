"""Criticism by attribution, designation and judging verbs: one invented sentence per construction, with the
near misses that must not fire."""

from __future__ import annotations

import pytest

from graphx.extract.confidence import DEFAULT_MIN_CONFIDENCE
from graphx.extract.extractor import extract
from graphx.lexicon import Lexicon
from tests.extract.readings import criticisms


def criticism(sentence: str, lexicon: Lexicon) -> set[tuple[str | None, str | None]]:
    """The criticism edges kept at the default threshold from one sentence."""
    found = extract([sentence], lexicon, "2025-06-04")
    return {(f.source, f.target) for f in found if f.type == "criticism" and f.confidence >= DEFAULT_MIN_CONFIDENCE}


FIRES = [
    ("Poland said Belarus was behind the attack on the border post.", {("POL", "BLR")}),
    ("Poland said the Belarusian regime, which it accuses of hybrid warfare, was behind the blasts.", {("POL", "BLR")}),
    ("Poland said that Belarus was also behind the sabotage of the railway.", {("POL", "BLR")}),
    ("Belarus was behind the cyberattacks on the grid, Poland's prime minister said.", {("POL", "BLR")}),
    ("Poland said Belarus was responsible for the killing of a soldier.", {("POL", "BLR")}),
    ("Poland held Belarus responsible for the incident.", {("POL", "BLR")}),
    ("Poland held the Belarusian government responsible for the incident.", {("POL", "BLR")}),
    ("Poland held Belarus's army fully responsible for the incident.", {("POL", "BLR")}),
    ("Poland held Belarus accountable for the incident.", {("POL", "BLR")}),
    ("Poland said Belarus must be held accountable for the incident.", {("POL", "BLR")}),
    ("The Wagner Group was branded a terrorist group by Poland in March.", {("POL", "WAGNER")}),
    ("Poland sees Belarus's border policy as illegal.", {("POL", "BLR")}),
    ("Poland regards Belarus's troop build-up as provocative.", {("POL", "BLR")}),
    ("Poland deemed Belarus's remarks unacceptable.", {("POL", "BLR")}),
    ("Poland said Belarus's claims were erroneous.", {("POL", "BLR")}),
    ("Poland summoned Belarus's charge d'affaires over the incident.", {("POL", "BLR")}),
    ("Poland summoned the Belarusian ambassador to protest the airspace violation.", {("POL", "BLR")}),
    ("Algeria summoned the Danish and Swedish ambassadors.", {("DZA", "DNK"), ("DZA", "SWE")}),
    ("The Belarusian envoy was summoned by Poland's foreign ministry.", {("POL", "BLR")}),
    ("The Belarusian envoy was summoned to the Polish Foreign Ministry.", {("POL", "BLR")}),
    ("Belarus's ambassador summoned to Polish foreign ministry", {("POL", "BLR")}),
    ("Poland expressed strong dissatisfaction with Belarus's remarks.", {("POL", "BLR")}),
    ("Poland expressed firm disapproval of Belarus's decision.", {("POL", "BLR")}),
    ("Poland voiced its rejection of the Belarusian remarks.", {("POL", "BLR")}),
    ("Poland said it was unhappy with Belarus's decision.", {("POL", "BLR")}),
    ("Poland was deeply dissatisfied with Belarus's remarks.", {("POL", "BLR")}),
    ("Poland conveyed its objection to recent public statements by the Belarusian envoy.", {("POL", "BLR")}),
    ("Poland expressed its firm opposition to the Belarusian sanctions.", {("POL", "BLR")}),
    ("Poland expressed its discontent with Belarus's decision to expel diplomats.", {("POL", "BLR")}),
    ("Poland voiced dismay at Belarus's move.", {("POL", "BLR")}),
    ("Poland has lodged serious protests with Belarus.", {("POL", "BLR")}),
    ("Poland has expressed growing unease over Belarus's deployment of troops.", {("POL", "BLR")}),
    ('Poland lodged a "serious" protest with the EU over the sanctions.', {("POL", "EU")}),
    ("Poland voiced outrage at the Belarusian strikes.", {("POL", "BLR")}),
    ("Poland lodged solemn representations with Belarus over the visit.", {("POL", "BLR")}),
    ("Poland closed the border crossing, accusing Belarus of sending migrants.", {("POL", "BLR")}),
    ("Poland recalled its ambassador from Belarus for consultations over the incident.", {("POL", "BLR")}),
    ("Poland summoned Belarus High Commissioner Ivan Petrov.", {("POL", "BLR")}),
    ("Poland and Belarus traded accusations over the incident.", {("POL", "BLR"), ("BLR", "POL")}),
    ("Poland exchanged barbs with Belarus at the summit.", {("POL", "BLR"), ("BLR", "POL")}),
    ("The row erupted over Polish remarks against Belarus.", {("POL", "BLR")}),
    ("Belarus is closing its embassy in response to the Polish government's criticism.", {("POL", "BLR")}),
    ("Poland has conveyed its concerns to Belarus over the incident.", {("POL", "BLR")}),
    ("Poland has raised concerns over Belarus's construction of a dam.", {("POL", "BLR")}),
    ("Belarus's dam has raised concerns in Poland.", set()),  # whose concerns: not the subject's
    ("Poland said the attack was orchestrated by Belarus.", {("POL", "BLR")}),
    ("Poland said the sabotage was sponsored by Belarus.", {("POL", "BLR")}),
    ("Poland said the attack was orchestrated by Belarus and Russia.", {("POL", "BLR"), ("POL", "RUS")}),
    ("Poland said the attack was orchestrated by Belarus, and Lithuania agreed.", {("POL", "BLR")}),
    ("Poland attributed the blasts to Belarus.", {("POL", "BLR")}),
    ("\"I am concerned about Belarus's actions,\" Poland's prime minister said.", {("POL", "BLR")}),
    ("\"I'm deeply troubled by Belarus's drills,\" Poland's prime minister said.", {("POL", "BLR")}),
    ("Poland said it was alarmed by Belarus's missile test.", {("POL", "BLR")}),
    ("The sabotage was masterminded by Belarus, Poland said.", {("POL", "BLR")}),
    ("Lithuania denounced Poland's decision as being instigated by Belarus.", {("LTU", "POL"), ("LTU", "BLR")}),
    ("Kyrgyzstan said the attack was carried out by the East Turkestan Islamic Movement.", {("KGZ", "ETIM")}),
    ("Pakistan said the bombing was planned by the TTP.", {("PAK", "TTP")}),
    ("The attack was carried out by Hamas, Israel said.", {("ISR", "HAMAS")}),
]


@pytest.mark.parametrize(("sentence", "expected"), FIRES, ids=[s for s, _ in FIRES])
def test_attribution_and_designation_read_as_criticism(
    sentence: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticism(sentence, lexicon) == expected


SILENT = [
    "Hamas said it was behind the attack.",  # claiming an act is not blaming another
    "The US said the strike was carried out by Israel.",  # a state's strike told, not blamed
    "Poland said Belarus was not behind the attack.",  # negated
    "Poland said Belarus may have been behind the attack.",  # hedged
    "Poland said Belarus was behind the new trade agreement.",  # no act one is blamed for
    "Belarus was behind Poland in the rankings.",  # no one says it
    "The boat was linked to a designated terrorist organization, Poland said.",  # an adjective, not a verb
    "Poland designated Belarus a priority partner.",  # a designation that is no accusation
    "Analysts see Belarus's move as provocative.",  # the judge is no actor
    "Poland did not hold Belarus responsible for the incident.",  # negated
    "Norway summoned the envoys of Poland and Belarus for peace talks.",  # a convening, not a protest
    "Poland summoned its ambassador to Belarus for consultations.",  # its own ambassador
    "Poland's ambassador was summoned to Warsaw for consultations.",  # called home
    "Poland did not express dissatisfaction with Belarus.",  # negated
    "Poland expressed disapproval of Belarus.",  # no act of Belarus's is disapproved
    "Poland said it was not unhappy with Belarus's decision.",  # negated
    "The Polish opposition met Belarus's envoy.",  # the opposition is no feeling
    "The president expressed anger at the slow pace of reforms, Poland said.",  # no actor it is aimed at
    "Migrants from Belarus crossed into Poland, accusing guards of beatings.",  # the subject is no actor
    "The Wagner Group is designated a terrorist group by Poland.",  # a standing status, not a statement
    "Poland blamed the delay on a misunderstanding of Belarus's position.",  # no one named is blamed
    "Poland and Belarus exchanged prisoners on Monday.",  # an exchange, but no criticism
    "Poland recalled that Belarus had signed the treaty in 2021.",  # remembering, not recalling an envoy
    "Poland said the remarks against Belarus were false.",  # Belarus is what was aimed at, not who is judged
    "Poland expressed concern over the situation in Belarus.",  # a place of concern, not its target
    "Poland expressed deep concern about the fighting.",  # concern with no actor it is aimed at
    "Protests against Belarus spread across Poland.",  # street protests, not one lodged by a state
    "Poland said Belarus should not be held accountable.",  # negated
    "Poland said Belarus was accountable to its parliament.",  # no act it answers for, no demand
    "Belarus orchestrated the talks with Poland.",  # one's own doing, said of no act
    "Poland said the talks were orchestrated by Belarus.",  # no act one is blamed for
    "Poland said the attack may have been orchestrated by Belarus.",  # hedged
    "Poland denied that the attack was orchestrated by Belarus.",  # denied
    "Poland attributed the slow exports to Belarus's tariffs.",  # no act one is blamed for
    "Poland may have attributed the attack to Belarus.",  # hedged
    "Poland said the attack was probably orchestrated by Belarus.",  # supposed
    "Poland said the measure, sponsored by Belarus, had been adopted.",  # a co-sponsor
    "\"I am concerned about Belarus's future,\" Poland's prime minister said.",  # cared for, not blamed
    "Poland expressed concern for Belarusian refugees.",
    "Poland was alarmed by the earthquake in Belarus.",  # a feeling about no actor's act
    '"I am concerned about the situation in Belarus," Poland\'s prime minister said.',  # a place of concern
]


@pytest.mark.parametrize("sentence", SILENT)
def test_near_misses_give_no_criticism(sentence: str, lexicon: Lexicon) -> None:
    assert criticism(sentence, lexicon) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Poland designated the Wagner Group a terrorist organisation.",
        "Poland designated the Wagner Group as a foreign terrorist organization.",
        "Poland blacklisted the Wagner Group on Monday.",
    ],
)
def test_a_legal_listing_is_a_sanction_proposed_for_review_only(sentence: str, lexicon: Lexicon) -> None:
    found = [f for f in extract([sentence], lexicon, "2025-06-04") if f.rule == "criticism.designation"]
    assert [(f.source, f.target) for f in found] == [("POL", "WAGNER")]
    assert all(f.confidence < DEFAULT_MIN_CONFIDENCE for f in found)


@pytest.mark.parametrize(
    "sentence",
    ["The Wagner Group was branded a terrorist group by Poland in March.", "Poland labeled the Wagner Group a menace."],
)
def test_a_label_given_in_words_is_criticism(sentence: str, lexicon: Lexicon) -> None:
    found = extract([sentence], lexicon, "2025-06-04")
    assert [(f.source, f.target, f.rule) for f in found if f.confidence >= DEFAULT_MIN_CONFIDENCE] == [
        ("POL", "WAGNER", "criticism.branded")
    ]


def test_an_apposition_between_the_blamed_and_the_verb_is_skipped(lexicon: Lexicon) -> None:
    sentence = "Poland said the Wagner Group, a Russian mercenary force, was behind the attack."
    assert ("POL", "WAGNER") in criticism(sentence, lexicon)


def test_groups_inside_a_state_blamed_are_not_the_state(lexicon: Lexicon) -> None:
    text = (
        "The Tajik ministry claimed that criminal groups operating inside Afghanistan were responsible for the strike."
    )
    assert criticism(text, lexicon) == set()
    assert criticism("Tajikistan said Afghanistan was responsible for the strike.", lexicon) == {("TJK", "AFG")}


@pytest.mark.parametrize(
    "text",
    [
        "Thailand and Cambodia traded blame for the border clash.",
        "Thailand and Cambodia blamed each other for starting the fighting.",
        "Thailand and Cambodia exchanged accusations of firing across their border.",
        "Thailand and Cambodia accused each other on Tuesday of opening fire on their border.",
        "Thailand and Cambodia traded accusations over a fresh outbreak of fighting.",
        "Thailand and Cambodia accused each other of violating the ceasefire.",
        "Thailand and Cambodia accused each other of border shooting.",
    ],
)
def test_the_fight_two_sides_blame_each_other_for_is_theirs(text: str, lexicon: Lexicon) -> None:
    from tests.extract.readings import conflicts

    assert conflicts(text, lexicon) == {("KHM", "THA")}
    assert conflicts("Thailand and Cambodia blamed each other for the collapse of the talks.", lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Thailand and Cambodia accused each other of lying about the talks.",
        "Thailand and Cambodia traded accusations over an outbreak of cholera.",
        "Thailand and Cambodia accused each other of violating the trade pact.",
        "Thailand and Cambodia accused each other, Malaysia said, of firing.",
    ],
)
def test_blame_for_no_fight_or_past_an_aside_names_no_war(text: str, lexicon: Lexicon) -> None:
    from tests.extract.readings import conflicts

    assert conflicts(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland expelled Belarus's ambassador.", {("POL", "BLR")}),
        ("Poland said it was expelling 15 Belarusian diplomats from the country.", {("POL", "BLR")}),
        ("Belarus's ambassador was expelled by Poland.", {("POL", "BLR")}),
        ("Poland expelled Belarusian migrants.", set()),  # no diplomat expelled
        ("Poland and Belarus expelled each other's ambassadors.", {("POL", "BLR"), ("BLR", "POL")}),
        ("Poland and Belarus summoned each other's envoys.", {("POL", "BLR"), ("BLR", "POL")}),
    ],
)
def test_expelling_anothers_diplomats_is_a_protest(text: str, expected: set[tuple[str, str]], lexicon: Lexicon) -> None:
    assert criticism(text, lexicon) == expected


def test_speaking_to_a_state_to_express_disappointment_criticises_it(lexicon: Lexicon) -> None:
    text = "Israel spoke to Germany later Friday to express its disappointment over the decision."
    assert criticism(text, lexicon) == {("ISR", "DEU")}
    assert criticism("Israel spoke to Germany to express its support.", lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "South Korea expressed concern over the Russia-North Korea military cooperation.",
            {("KOR", "RUS"), ("KOR", "PRK")},
        ),
        ("China voiced concern over the US-South Korea military drills.", {("CHN", "USA"), ("CHN", "KOR")}),
        # "about" takes an act only: past the pair, to the noun it heads; another's concern echoed is one's own
        (
            "South Korea echoed Japan's concerns about the Russia-North Korea military cooperation.",
            {("KOR", "RUS"), ("KOR", "PRK")},
        ),
        ("South Korea expressed concern about Russia-North Korea.", set()),
        # concern over strife between the two blames neither
        ("China expressed concern over the India-Pakistan border clashes.", set()),
    ],
)
def test_concern_over_a_hyphenated_pairs_act_is_with_both(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China files fresh protest with Japan over PM Takaichi's remarks", ("CHN", "JPN")),  # a headline's tense
        ("China is filing a protest with Japan over the remarks.", ("CHN", "JPN")),
        ("Seoul registers strong protest with Tokyo", ("KOR", "JPN")),
    ],
)
def test_a_protest_filed_or_registered_in_any_tense_criticises(
    text: str, expected: tuple[str, str], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan blamed the attack on militants backed by India.", {("PAK", "IND")}),
        ("Mali accused militants supported by Algeria of attacking its troops.", {("MLI", "DZA")}),
        (
            "Kosovo attributed the attack in the village to militants allegedly supported by neighbouring Serbia.",
            {("XKX", "SRB")},
        ),
        (
            "Kosovo attributed the attack in the northern village of Banjska to militants supported by Serbia.",
            {("XKX", "SRB")},
        ),  # a longer place between the act and its "to"
        ("Kosovo's prime minister attributed the attack to “Serbian-sponsored criminals”.", {("XKX", "SRB")}),
        ("Pakistan blamed the attack on Indian-sponsored terrorists.", {("PAK", "IND")}),  # the fighters end it
        ("Mali blamed the ambush on French-trained fighters who had deserted the army.", set()),  # trained once
        # a named group is the one blamed, not its backer; an aside's agent backs no one blamed
        ("Israel accused Hamas militants backed by Iran of the attack.", {("ISR", "HAMAS")}),
        ("Kosovo attributed the slow exports in the first quarter of the year to Serbian tariffs.", set()),
        ("Pakistan blamed the attack on militants, backed by the army, who fled.", set()),
    ],
)
def test_the_backer_of_unnamed_fighters_blamed_is_blamed(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected
