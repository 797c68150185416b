"""Constructions of real reporting, one invented sentence each (issue 10, item 3), and document-level reading."""

from __future__ import annotations

import pytest

from graphx.extract.confidence import DEFAULT_MIN_CONFIDENCE
from graphx.extract.extractor import extract
from graphx.lexicon import Lexicon
from tests.extract.readings import SIDES


def relations(sentences: list[str], lexicon: Lexicon, only: int | None = None) -> set[tuple[object, ...]]:
    """Kept relations (default threshold), of sentence `only` if given, as (type, from, to) edges."""
    out: set[tuple[object, ...]] = set()
    for f in extract(sentences, lexicon, "2025-06-04"):
        if f.confidence < DEFAULT_MIN_CONFIDENCE or (only is not None and f.sentence != only):
            continue
        if f.type == "criticism":
            out.add(("criticism", f.source, f.target))
        elif f.type == "mediation":
            out |= {("mediation", f.source, p) for p in f.parties}
        else:
            out.add(("conflict", *sorted(f.parties)))
    return out


MEDIATION = [
    ("Talks between Poland and Belarus were held in Geneva, mediated by Norway and Sweden.", {"NOR", "SWE"}),
    ("Representatives of Poland and Belarus, mediated by Norway, agreed to a truce.", {"NOR"}),
    ("Norway helped broker a ceasefire between Poland and Belarus.", {"NOR"}),
    ("Norway launched a bid to mediate between the warring parties.", {"NOR"}),
    ("Under Norway's auspices, Poland and Belarus signed a truce.", {"NOR"}),
    ("The ceasefire, facilitated by Norway, took effect at midnight.", {"NOR"}),
    ("A Norway-sponsored agreement between Poland and Belarus took effect.", {"NOR"}),
    ("At the invitation of Norway, Poland and Belarus met for talks.", {"NOR"}),
    ("With help from Norway, Poland and Belarus agreed a truce.", {"NOR"}),
    ("With Norway's help, Poland and Belarus agreed a truce.", {"NOR"}),
    ("With Norwegian help, Poland and Belarus agreed a truce.", {"NOR"}),
    ("Ceasefire talks between Poland and Belarus will open in Oslo, led by Norwegian officials.", {"NOR"}),
    ("Norway continues to play a central mediating role between Poland and Belarus.", {"NOR"}),
    ("Norway played a key role in the talks between Poland and Belarus.", {"NOR"}),
    ("The joint mediation of Norway, Sweden and Finland has stalled.", {"NOR", "SWE", "FIN"}),
    ("Norway is stepping up efforts to bring Poland and Belarus back to the negotiating table.", {"NOR"}),
    ("Under Norway's mediation, Belarus agreed to hand the town back to Poland.", {"NOR"}),
    ("Poland is testing the Norway-brokered truce.", {"NOR"}),
    ("Norway is hosting a parallel mediation effort with delegations from Poland and Belarus.", {"NOR"}),
    ("The talks, held at a palace in Oslo, were facilitated by pressure from Norway.", {"NOR"}),
    ("Norway hosted the foreign ministers of Poland and Belarus in Oslo for a round of peace talks.", {"NOR"}),
    ("The special meeting, brokered by Norway as the current OSCE chair, will be held on Friday.", {"NOR", "OSCE"}),
    ("Norwegian President Jonas Berg was appointed by the summit (NATO) to serve as a mediator between them.", {"NOR"}),
    ("The meeting, brokered by Sweden in its capacity as the current NATO chair, was held.", {"SWE", "NATO"}),
    ("Norway's government is trying to broker a peace deal between Poland and Belarus.", {"NOR"}),
    ("Norway's ministry said it had accepted a mandate to facilitate talks between Poland and Belarus.", {"NOR"}),
    ("The president of Norway is set to visit Poland and Belarus after brokering a truce between them.", {"NOR"}),
]


@pytest.mark.parametrize(("text", "mediators"), MEDIATION)
def test_mediation_constructions(lexicon: Lexicon, text: str, mediators: set[str]) -> None:
    found = {e for e in relations([*SIDES, text], lexicon, only=2) if e[0] == "mediation"}
    assert found == {("mediation", m, p) for m in mediators for p in ("BLR", "POL")}


def test_a_mediator_named_alone_takes_the_documents_two_sides_with_less_confidence(lexicon: Lexicon) -> None:
    found = [f for f in extract([*SIDES, "The accord was mediated by Norway."], lexicon) if f.type == "mediation"]
    assert [(f.source, f.parties, f.rule) for f in found] == [("NOR", ("BLR", "POL"), "mediation.dispute")]
    framed = [
        f for f in extract(["Norway mediated between Poland and Belarus."], lexicon) if f.rule == "mediation.verb"
    ]
    assert found[0].confidence < framed[0].confidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Border clashes between the two countries entered a fifth day.", {("conflict", "BLR", "POL")}),
        ("Fighting between Poland's army and Belarus broke out on Monday.", {("conflict", "BLR", "POL")}),
        ("Poland's airstrikes on sites in Lithuania killed dozens.", {("conflict", "LTU", "POL")}),
        ("Polish aircraft killed four Lithuanian nationals in an attack.", {("conflict", "LTU", "POL")}),
        ("Polish drones killed a Lithuanian commander.", {("conflict", "LTU", "POL")}),
        ("Poland launched an operation against Lithuania.", {("conflict", "LTU", "POL")}),
        ("A Lithuanian soldier was killed when Polish troops fired at his post.", {("conflict", "LTU", "POL")}),
        ("A Lithuanian soldier was killed when his vehicle hit a mine near Poland.", set()),
        ("Police launched an operation against drug gangs in Lithuania.", set()),
        ("Poland struck a deal with Lithuania on gas.", set()),
        ("The spat is the latest step in an escalating conflict between Poland and Lithuania over visas.", set()),
        (
            "The war between the Lithuanian army, led by General Jonas Petras, and the paramilitary Polish Guard "
            "has left 900 dead.",
            {("conflict", "LTU", "POL")},
        ),
        (
            "Indirect negotiations between Lithuania and Latvia over a potential truce could resume.",
            {("conflict", "LTU", "LVA")},
        ),
        (
            "JNIM has claimed responsibility for a deadly assault on a military base in Lithuania.",
            {("conflict", "JNIM", "LTU")},
        ),
        (
            "The talks followed a truce signed on Monday by the Latvian and Lithuanian defence ministers.",
            {("conflict", "LTU", "LVA")},
        ),
        ("Lithuanian troops have recaptured three villages from Latvia.", {("conflict", "LTU", "LVA")}),
        ("Police captured the suspect in Vilnius.", set()),
        ("The conflict has turned into a regional proxy war between Latvia and Lithuania.", set()),
        ("A trade war between Latvia and Lithuania has hurt farmers.", set()),
    ],
)
def test_conflict_constructions(lexicon: Lexicon, text: str, expected: set[tuple[object, ...]]) -> None:
    assert relations([*SIDES, text], lexicon, only=2) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Poland and Belarus blamed each other for the clash."], {("POL", "BLR"), ("BLR", "POL")}),
        ([*SIDES, "Both sides accused each other of violating the truce."], {("POL", "BLR"), ("BLR", "POL")}),
        (["The Belarusian strikes, which Poland condemned as illegal, went on."], {("POL", "BLR")}),
        (["Japan protested Lithuania's decision to close the consulate."], {("JPN", "LTU")}),
        (["Poland has filed a protest with Belarus over the incident."], {("POL", "BLR")}),
        (['Poland described the strikes by Belarus as "regrettable".'], {("POL", "BLR")}),
        (['Poland\'s envoys described some Belarusian demands as "new and unacceptable."'], {("POL", "BLR")}),
        (
            ["Poland accused Belarus of shelling a border post.", "Belarus denied having fired first."],
            {
                ("POL", "BLR"),
                ("BLR", "POL"),
            },
        ),
        (["Belarus rejected Poland's claim that its troops crossed the border."], {("BLR", "POL")}),
        (["The United Nations stated that Poland had breached the truce 100 times."], {("UN", "POL")}),
        (["Lithuania's speaker reported at least 54 Polish violations of the truce."], {("LTU", "POL")}),
        (["Lithuania reported 54 violations by Poland."], {("LTU", "POL")}),
        (["Lithuania condemned remarks attributed to the Polish envoy to Belarus."], {("LTU", "POL")}),
        (["Lithuania reported 54 violations by its own troops."], set()),
        (["Poland said it would never violate the truce."], set()),
        (["Poland blamed the attack on Belarus."], {("POL", "BLR")}),
        (
            ["Polish forces carried out strikes on Belarus on Monday.", "Belarus's president denounced the attacks."],
            {("BLR", "POL")},
        ),
        (['Belarus has demanded Poland stop what it called "provocative acts" on the border.'], {("BLR", "POL")}),
        (["In Lithuania, where recent blasts have raised fears of a spillover of the Polish war, all is calm."], set()),
        (["The vote, backed by Britain, France and Germany, angered Poland, which condemned it as illegal."], set()),
        (["The vote, backed by Britain and Germany, angered Poland, which condemned Germany."], {("POL", "DEU")}),
        (["Latin American countries condemned Poland."], set()),
        (["Estonia — which backs Belarus — condemned Poland."], {("EST", "POL")}),
        (
            ["The move led Lithuania and Latvia to join with Estonia — which backs Belarus — to condemn Polish acts."],
            {("LTU", "POL"), ("LVA", "POL"), ("EST", "POL")},
        ),
        (
            ["Spain and the European Union joined Norway and Latin American countries in criticizing Poland."],
            {("ESP", "POL"), ("EU", "POL"), ("NOR", "POL")},
        ),
        (
            ['Poland granted him asylum, in a move that the Belarusian government branded "an illicit act."'],
            {("BLR", "POL")},
        ),
        (
            ["Poland's aggression towards Lithuania raised tensions, attracting criticism from the United Nations."],
            {("UN", "POL")},
        ),
        (
            [
                "Jan Kowal Nowak, spokesman for the Polish president, called the raid an act of war.",
                "Kowal Nowak accused the Belarusian government of being responsible.",
            ],
            {("POL", "BLR")},
        ),
    ],
)
def test_criticism_constructions(lexicon: Lexicon, sentences: list[str], expected: set[tuple[str, str]]) -> None:
    found = relations(sentences, lexicon)
    assert {(a, b) for t, a, b in found if t == "criticism"} == expected


def test_people_introduced_with_a_role_speak_for_their_state_afterwards(lexicon: Lexicon) -> None:
    sentences = [
        "Polish Foreign Minister Jan Kowalczyk-Nowak arrived in Oslo on Monday.",
        "Belarusian leader Ivan Petrenko Sidorov was there too.",
        "Kowalczyk-Nowak later accused Sidorov of lying.",
    ]
    assert relations(sentences, lexicon) == {("criticism", "POL", "BLR")}
    appositive = ["Jan Kowalczyk-Nowak, Poland's foreign minister, spoke.", "Kowalczyk-Nowak condemned Belarus."]
    assert relations(appositive, lexicon) == {("criticism", "POL", "BLR")}
    official = ["Jan Kowalczyk, a senior Polish official, spoke on Monday.", "Kowalczyk also condemned Belarus."]
    assert relations(official, lexicon) == {("criticism", "POL", "BLR")}
    former = ["Former Polish prime minister Jan Kowalczyk-Nowak spoke.", "Kowalczyk-Nowak condemned Belarus."]
    assert relations(former, lexicon) == set()


def test_a_governing_group_stands_for_its_state_from_the_day_it_took_power(lexicon: Lexicon) -> None:
    text = ["The Taliban accused Pakistan of airstrikes."]
    before = {(f.source, f.target) for f in extract(text, lexicon, "2020-05-01")}
    after = {(f.source, f.target) for f in extract(text, lexicon, "2025-10-12")}
    assert ("TALIBAN", "PAK") in before and ("AFG", "PAK") in after


def test_a_name_at_the_tail_of_a_longer_hyphenated_name_is_not_that_actor(lexicon: Lexicon) -> None:
    assert relations(["Fighters of Harakat-i-Poland attacked Belarus."], lexicon) == set()


def test_an_armed_group_and_the_state_it_is_the_story_of_are_at_war(lexicon: Lexicon) -> None:
    sentences = [
        "JNIM fighters killed dozens in an assault in central Mali on Monday.",
        "Mali's army said JNIM had attacked a convoy.",
        "JNIM has long opposed Mali's junta.",
    ]
    found = extract(sentences, lexicon)
    assert ("conflict", ("JNIM", "MLI")) in {(f.type, f.parties) for f in found if f.confidence >= 0.5}


def test_an_ambiguous_name_means_the_actor_the_document_names_otherwise(lexicon: Lexicon) -> None:
    assert relations(["Rwanda attacked Congo on Monday.", "Kinshasa condemned the attack."], lexicon, only=0) == {
        ("conflict", "COD", "RWA")
    }
    assert relations(["Angola attacked Congo on Monday.", "Brazzaville condemned the attack."], lexicon, only=0) == {
        ("conflict", "AGO", "COG")
    }


def test_congo_alone_is_the_drc_when_the_story_names_neither_congo(lexicon: Lexicon) -> None:
    assert relations(["Rwanda attacked Congo on Monday."], lexicon) == {("conflict", "COD", "RWA")}
    assert relations(["Angola is the mediator in the conflict between Rwanda and Congo."], lexicon) >= {
        ("mediation", "AGO", "COD"),
        ("mediation", "AGO", "RWA"),
    }


def test_armed_groups_are_actors(lexicon: Lexicon) -> None:
    assert relations(["The Rapid Support Forces attacked the Sudanese army in El Fasher."], lexicon) == {
        ("conflict", "RSF", "SDN")
    }


def test_every_finding_carries_its_event_date(lexicon: Lexicon) -> None:
    found = extract(["Poland attacked Belarus on Monday.", "Belarus condemned Poland."], lexicon, "2025-06-04")
    dates = {(f.sentence, f.event_date, f.date_precision) for f in found}
    assert dates == {(0, "2025-06-02", "day"), (1, "2025-06-04", "document")}


def test_every_sentence_with_two_actors_near_a_cue_gives_a_ranked_candidate(lexicon: Lexicon) -> None:
    found = extract(["Amid the war, Poland and Belarus held talks about trade."], lexicon)
    low = [f for f in found if f.rule == "cooccurrence"]
    assert {f.type for f in low} >= {"conflict"} and all(f.confidence < DEFAULT_MIN_CONFIDENCE for f in low)


def test_parties_meeting_somewhere_are_not_mediators(lexicon: Lexicon) -> None:
    text = "Delegations from Poland and Belarus convened in Oslo, marking their first direct talks in years."
    assert not {e for e in relations([*SIDES, text], lexicon, only=2) if e[0] == "mediation"}


def test_members_listed_after_a_dash_are_mediators_not_parties(lexicon: Lexicon) -> None:
    text = "Belarus agreed to the truce proposed by the Quad countries—the United States, Japan and India."
    found = relations([*SIDES, text], lexicon, only=2)
    assert not {e for e in found if e[0] == "mediation" and e[2] in ("USA", "JPN", "IND")}


def test_a_signal_word_alone_gives_the_lowest_ranked_candidates(lexicon: Lexicon) -> None:
    found = extract(["Polish and Belarusian troops stood a few metres apart on Monday."], lexicon, learned=False)
    assert {(f.type, f.parties, f.rule) for f in found} == {("conflict", ("BLR", "POL"), "cooccurrence.signal")}
    assert all(f.confidence < 0.1 for f in found)
    assert extract(["Polish and Belarusian troops stood a few metres apart on Monday."], lexicon, None, 0.5) == []


def test_a_truce_between_the_two_countries_is_no_evidence_of_fighting(lexicon: Lexicon) -> None:
    sides = ["Poland and Belarus have quarrelled over a border treaty.", "Norway mediated between Poland and Belarus."]
    found = relations([*sides, "Norway brokered a truce between the two countries."], lexicon, only=2)
    assert found == {("mediation", "NOR", "BLR"), ("mediation", "NOR", "POL")}


def test_when_frames_name_two_disputes_equally_often_the_first_one_is_the_documents(lexicon: Lexicon) -> None:
    text = [
        "Talks between Poland and Belarus over a ceasefire could resume.",
        "Finland hoped that Estonia would respect its ceasefire with Latvia.",
        "The Norway-brokered ceasefire between Estonia and Latvia held.",
        "Sweden continues to play a central mediating role.",
    ]
    assert relations(text, lexicon, only=3) == {("mediation", "SWE", "BLR"), ("mediation", "SWE", "POL")}


def test_the_country_where_talks_are_held_is_no_party_to_them(lexicon: Lexicon) -> None:
    text = "Polish and Belarusian officials met in Riga, Latvia, for a round of talks mediated by a Norwegian envoy."
    found = relations([*SIDES, text], lexicon, only=2)
    assert found == {("mediation", "NOR", "BLR"), ("mediation", "NOR", "POL")}


def test_a_brokered_agreement_without_parties_is_between_the_documents_sides(lexicon: Lexicon) -> None:
    text = "It was the second meeting held since the Norway-brokered agreement was signed in Oslo."
    assert relations([*SIDES, text], lexicon, only=2) == {("mediation", "NOR", "BLR"), ("mediation", "NOR", "POL")}


def test_the_two_parties_are_the_pair_named_between_just_before(lexicon: Lexicon) -> None:
    text = [
        *SIDES,
        "Poland backed the negotiations between Lithuania and Latvia.",
        "Sweden-mediated talks between the two parties have faltered.",
    ]
    assert relations(text, lexicon, only=3) == {("mediation", "SWE", "LTU"), ("mediation", "SWE", "LVA")}


def test_an_actor_in_the_role_of_facilitator_mediates_between_the_sides_not_its_fellow_attendees(
    lexicon: Lexicon,
) -> None:
    text = "In attendance were representatives from Sweden, Norway (as African Union facilitator) and the AU."
    assert relations([*SIDES, text], lexicon, only=2) == {("mediation", "NOR", "BLR"), ("mediation", "NOR", "POL")}


def test_two_armies_targeted_together_are_allies_not_warring_sides(lexicon: Lexicon) -> None:
    text = [
        "Insurgent attacks surged this month, targeting both Polish and Lithuanian troops.",
        "Fighters claimed an assault on a Polish base, and Lithuania sent more troops.",
        "Militants ambushed Polish and Lithuanian soldiers near the river, AFP reported.",
        "At least 30 Polish soldiers were killed in attacks, while Lithuania lost three.",
    ]
    assert not {e for e in relations(text, lexicon) if e[0] == "conflict"}


def test_two_groups_whose_camps_were_struck_together_are_no_warring_sides(lexicon: Lexicon) -> None:
    text = [
        "Drone strikes hit camps belonging to the United Liberation Front of Asom – Independent (ULFA-I) and the "
        "National Socialist Council of Nagaland – Khaplang (NSCN-K) in Myanmar.",
        "ULFA-I said the attacks killed 19 of its fighters, and NSCN-K reported casualties in the strikes.",
        "Both ULFA-I and NSCN-K blamed the attacks on an unnamed army; militants were killed in the raids.",
        "ULFA-I fighters and NSCN-K fighters fled the attacks, and the strikes destroyed their camps.",
    ]
    assert ("conflict", "NSCNK", "ULFA") not in relations(text, lexicon)


def test_a_country_named_after_a_place_in_it_is_where_not_who(lexicon: Lexicon) -> None:
    text = "Norway recently dispatched a monitoring team to Grodno, Belarus, to oversee the truce talks."
    assert relations([*SIDES, text], lexicon, only=2) == {("mediation", "NOR", "BLR"), ("mediation", "NOR", "POL")}
    assert ("criticism", "LTU", "POL") in relations(
        ["According to AFP, Lithuania on Monday condemned Poland."], lexicon
    )


def test_the_country_where_talks_are_held_is_not_one_of_the_documents_sides(lexicon: Lexicon) -> None:
    text = [
        "Polish envoys in Lithuania condemned the delay on Sunday.",
        "Belarusian envoys in Lithuania condemned the delay as well.",
        "Polish and Belarusian envoys in Lithuania criticised the venue.",
        "The talks are part of efforts led by Norway to settle the dispute.",
    ]
    assert relations(text, lexicon, only=3) == {("mediation", "NOR", "BLR"), ("mediation", "NOR", "POL")}


def test_delegations_from_two_sides_at_hosted_talks_are_its_parties(lexicon: Lexicon) -> None:
    text = "Norway is hosting a mediation effort with delegations from the Lithuanian government and Latvia."
    assert relations([*SIDES, text], lexicon, only=2) == {("mediation", "NOR", "LTU"), ("mediation", "NOR", "LVA")}
