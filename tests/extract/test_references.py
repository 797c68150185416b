"""Generic references: 'the rebels' for the document's armed group, 'the government' for the state it fights."""

from __future__ import annotations

import pytest

from graphx.extract.confidence import CONFIDENCE, GENERIC_PENALTY
from graphx.extract.extractor import extract
from graphx.lexicon import Lexicon
from tests.extract.readings import criticisms, mediations


def edges(sentences: list[str], lexicon: Lexicon) -> dict[tuple[str, ...], float]:
    """Frame findings (no co-occurrences) as edges with their best confidence."""
    out: dict[tuple[str, ...], float] = {}
    for f in extract(sentences, lexicon, "2025-06-04", min_confidence=0.5):
        key = ("conflict", *sorted(f.parties)) if f.type == "conflict" else (f.type, f.source or "", f.target or "")
        out[key] = max(out.get(key, 0.0), f.confidence)
    return out


INSURGENCY = [
    "The Free Papua Movement (OPM) said its fighters had ambushed a patrol.",
    "Indonesia's police chief said the attack on the patrol would not go unanswered.",
    "The rebels accused the government of killing civilians in Puncak.",
    "Government forces attacked the rebels near Ilaga on Tuesday.",
]


def test_the_rebels_and_the_government_stand_for_the_group_and_its_state(lexicon: Lexicon) -> None:
    found = edges(INSURGENCY, lexicon)
    assert ("criticism", "OPM", "IDN") in found
    assert ("conflict", "IDN", "OPM") in found


def test_a_reading_through_a_generic_reference_is_less_confident(lexicon: Lexicon) -> None:
    found = edges(INSURGENCY, lexicon)
    assert found[("criticism", "OPM", "IDN")] == pytest.approx(CONFIDENCE["criticism.verb"] + GENERIC_PENALTY)


def test_fighters_named_by_a_people_the_lexicon_does_not_know_are_the_documents_group(lexicon: Lexicon) -> None:
    sentences = [
        "The Indian army pressed its assault on the Tamil militants of Jaffna on Thursday.",
        "The militant group called the Liberation Tigers of Tamil Eelam has lost 380 fighters.",
    ]
    assert ("conflict", "IND", "LTTE") in edges(sentences, lexicon)


@pytest.mark.parametrize(
    ("sentences", "edge"),
    [
        (  # no article, and the people's word is the stem of the group's name
            ["Turkish forces attacked Kurdish rebels in Iraq.", "The PKK said it killed 15 troops."],
            ("conflict", "PKK", "TUR"),
        ),
        (["Tamil rebels attacked the Indian army.", "The LTTE has lost 380 fighters."], ("conflict", "IND", "LTTE")),
    ],
)
def test_fighters_named_by_the_people_of_the_documents_group_without_an_article(
    sentences: list[str], edge: tuple[str, str, str], lexicon: Lexicon
) -> None:
    assert edge in edges(sentences, lexicon)


def test_fighters_named_by_another_people_than_the_groups_are_not_the_group(lexicon: Lexicon) -> None:
    sentences = ["Turkish forces attacked Armenian rebels.", "The PKK said it killed 15 troops."]
    assert ("conflict", "PKK", "TUR") not in edges(sentences, lexicon)


def test_fighters_named_by_a_states_adjective_stay_that_states(lexicon: Lexicon) -> None:
    sentences = [
        "The Indian army pressed its assault on the Afghan militants on Thursday.",
        "The militant group called the Liberation Tigers of Tamil Eelam has lost 380 fighters.",
    ]
    assert ("conflict", "IND", "LTTE") not in edges(sentences, lexicon)


def test_fighters_named_by_a_people_the_group_is_not_named_after_are_not_the_group(lexicon: Lexicon) -> None:
    sentences = [
        "Hamas fighters fired rockets at Israel.",
        "Hamas said it would fight on.",
        "The Druze militants clashed with Syrian government forces.",
    ]
    assert ("conflict", "HAMAS", "SYR") not in edges(sentences, lexicon)


def test_two_groups_named_alike_leave_the_rebels_unresolved(lexicon: Lexicon) -> None:
    sentences = [
        "The M23 and the ADF both operate in North Kivu.",
        "The ADF and the M23 are rivals, Uganda and DR Congo said.",
        "The rebels accused the government of killing civilians.",
    ]
    assert not any(k[0] == "criticism" for k in edges(sentences, lexicon))


def test_the_army_is_not_the_groups_state_when_another_state_leads_the_story(lexicon: Lexicon) -> None:
    sentences = [
        "Hamas fighters fired rockets at Israel on Monday.",
        "Israel said Israel would respond, and Israel closed the crossings.",
        "The army accused the militants of hiding in hospitals.",
    ]
    found = edges(sentences, lexicon)
    assert ("criticism", "PSE", "HAMAS") not in found
    assert not any(k[0] == "criticism" and k[1] == "PSE" for k in found)


def test_a_state_named_with_its_own_adjective_is_that_state_not_the_groups(lexicon: Lexicon) -> None:
    sentences = [*INSURGENCY[:2], "The Australian government accused the rebels of kidnapping a pilot."]
    found = edges(sentences, lexicon)
    assert ("criticism", "AUS", "OPM") in found
    assert ("criticism", "IDN", "OPM") not in found


def test_the_army_is_the_one_state_whose_army_the_document_names(lexicon: Lexicon) -> None:
    sentences = ["The Sudanese army said it had retaken the city.", "The army accused the RSF of killing civilians."]
    assert ("criticism", "SDN", "RSF") in edges(sentences, lexicon)


@pytest.mark.parametrize(
    "first", ["Sudan's army chief Abdel Fattah al-Burhan met envoys.", "The Sudanese army chief Burhan met envoys."]
)
def test_the_army_is_the_state_whose_army_chief_the_document_names(first: str, lexicon: Lexicon) -> None:
    others = "Kenya, Ethiopia and Djibouti sent envoys to the summit, and Kenya and Ethiopia spoke."
    sentences = [first, others, "The army accused the RSF of killing civilians."]
    assert ("criticism", "SDN", "RSF") in edges(sentences, lexicon)


def test_the_army_stays_unresolved_when_two_states_armies_are_named(lexicon: Lexicon) -> None:
    sentences = ["Israel's army and Lebanon's army were deployed.", "The army accused Hezbollah of firing rockets."]
    assert not any(k[0] == "criticism" for k in edges(sentences, lexicon))


def test_a_body_named_for_two_states_is_the_one_the_sentences_before_named_last(lexicon: Lexicon) -> None:
    sentences = [
        "Armenia's defence ministry said Azerbaijani forces opened fire.",
        "The ministry accused the Azerbaijani forces of targeting a supply truck.",
        "Azerbaijan's defence ministry denied the accusation.",
        "The ministry accused Armenia of staging a provocation.",
    ]
    found = edges(sentences, lexicon)
    assert ("criticism", "ARM", "AZE") in found and ("criticism", "AZE", "ARM") in found
    assert ("criticism", "AZE", "AZE") not in found and ("criticism", "ARM", "ARM") not in found


@pytest.mark.parametrize(
    ("named", "later", "owner"),
    [
        ("According to the Kyrgyz border service, the fighting erupted early.", "The border service", "KGZ"),
        ("Ukraine's air force said it downed 40 drones.", "The air force", "UKR"),
        ("Georgia's coast guard met on Monday.", "The coast guard", "GEO"),
    ],
)
def test_a_border_service_air_force_or_coast_guard_named_once_is_its_later_unowned_mention(
    named: str, later: str, owner: str, lexicon: Lexicon
) -> None:
    found = edges([named, f"{later} accused Tajikistan of shelling its positions."], lexicon)
    assert ("criticism", owner, "TJK") in found


def test_an_unowned_body_stays_unresolved_when_no_sentence_names_its_state(lexicon: Lexicon) -> None:
    found = edges(["Fighting erupted on the border.", "The border service accused Tajikistan of shelling."], lexicon)
    assert not any(k[0] == "criticism" for k in found)


def test_a_possessive_typed_with_an_opening_quote_is_a_possessive(lexicon: Lexicon) -> None:
    sentence = "U.S. President Donald Trump‘s administration is trying to broker a peace deal between Rwanda and Kenya."
    found = extract([sentence], lexicon, "2025-06-04", min_confidence=0.5)
    assert {(f.source, p) for f in found if f.type == "mediation" for p in f.parties} == {
        ("USA", "RWA"),
        ("USA", "KEN"),
    }


def test_the_army_of_the_one_state_a_sentence_places_things_in(lexicon: Lexicon) -> None:
    sentence = "Fighting has been going on in Myanmar's Rakhine state between the army and the rebel group Arakan Army."
    found = edges([sentence], lexicon)
    assert ("conflict", "AA", "MMR") in found


def test_the_army_stays_unresolved_when_the_sentence_names_another_state(lexicon: Lexicon) -> None:
    sentence = "Fighting in Sudan between the army and the RSF spread to the border with Chad, Egypt said."
    found = edges(["Egypt and Chad met on Monday.", sentence], lexicon)
    assert ("conflict", "RSF", "SDN") not in found


def conflicts_in(sentences: list[str], lexicon: Lexicon, index: int) -> set[tuple[str, ...]]:
    """The conflict pairs kept at the default threshold from sentence `index`."""
    found = extract(sentences, lexicon, "2025-06-04", min_confidence=0.5)
    return {tuple(sorted(f.parties)) for f in found if f.type == "conflict" and f.sentence == index}


PAPUA = [
    "Indonesia accused the Free Papua Movement (OPM) of kidnapping a pilot in Puncak.",
    "Indonesia blamed the OPM for the kidnapping, Indonesia's security minister said.",
]


@pytest.mark.parametrize(
    "bare", ["Security forces clashed with the OPM", "Soldiers killed two OPM fighters", "Police fought the OPM"]
)
def test_bare_security_forces_stand_for_the_state_the_documents_group_fights(bare: str, lexicon: Lexicon) -> None:
    assert ("IDN", "OPM") in conflicts_in([*PAPUA, f"{bare} near Ilaga on Tuesday."], lexicon, 2)


@pytest.mark.parametrize(
    "qualified",
    [
        "Australian security forces clashed with the OPM",
        "Rebel soldiers clashed with the OPM",
        "Its troops fought the OPM",
    ],
)
def test_security_forces_qualified_by_someone_else_are_not_the_groups_state(qualified: str, lexicon: Lexicon) -> None:
    assert ("IDN", "OPM") not in conflicts_in([*PAPUA, f"{qualified} near Ilaga on Tuesday."], lexicon, 2)


def test_bare_soldiers_stay_unresolved_without_a_lead_group_and_its_home_state(lexicon: Lexicon) -> None:
    sentences = ["The OPM accused the M23 of attacks.", "Soldiers clashed with the OPM and the M23 near Ilaga."]
    assert conflicts_in(sentences, lexicon, 1) == set()


def test_the_junta_is_the_lead_groups_base_state_even_when_another_state_is_named_more(lexicon: Lexicon) -> None:
    sentences = [
        "Ceasefire negotiations between the Ta'ang National Liberation Army (TNLA) and the military junta have ended.",
        "The talks, facilitated by the Chinese government, took place in Kunming, China.",
        "The TNLA attended under pressure from China, an analyst said.",
    ]
    assert ("conflict", "MMR", "TNLA") in edges(sentences, lexicon)
    found = extract(sentences, lexicon, "2025-06-04", min_confidence=0.5)
    assert {(f.source, p) for f in found if f.type == "mediation" for p in f.parties} == {
        ("CHN", "MMR"),
        ("CHN", "TNLA"),
    }


def test_the_junta_stays_unresolved_without_a_lead_group(lexicon: Lexicon) -> None:
    sentences = ["Negotiations between Thailand and the military junta have ended.", "China facilitated the talks."]
    assert not any(k[0] == "conflict" for k in edges(sentences, lexicon))


def test_with_no_state_named_bare_security_forces_are_the_lead_groups_base_state(lexicon: Lexicon) -> None:
    sentences = [
        "The OPM said its fighters had ambushed a patrol in Puncak.",
        "Security forces clashed with the OPM near Ilaga on Tuesday.",
    ]
    assert ("IDN", "OPM") in conflicts_in(sentences, lexicon, 1)
    sentences_with_a_state = ["Australia condemned the OPM for the ambush in Puncak.", sentences[1]]
    assert ("IDN", "OPM") not in conflicts_in(sentences_with_a_state, lexicon, 1)


@pytest.mark.parametrize(
    "sentences",
    [
        ["Yemen's Houthis said they had fired drones at soldiers on the Israeli-occupied Golan Heights."],
        [
            "Hezbollah fighters fired anti-tank missiles at troops near the border, the Lebanese group said.",
            "Lebanon's army said it was not involved, and Lebanon's prime minister called for calm.",
        ],
    ],
)
def test_bare_troops_of_a_group_at_war_abroad_are_not_its_home_state(sentences: list[str], lexicon: Lexicon) -> None:
    found = extract(sentences, lexicon, "2025-06-01", min_confidence=0.5)
    assert not {tuple(sorted(f.parties)) for f in found if f.type == "conflict"} & {
        ("HOUTHIS", "YEM"),
        ("HEZBOLLAH", "LBN"),
    }


def test_the_junta_of_a_story_set_in_another_military_ruled_state_is_that_states(lexicon: Lexicon) -> None:
    sentences = [
        "JNIM fighters killed dozens of soldiers in an attack on Djibo in northern Burkina Faso on Sunday.",
        "The junta's forces later killed 30 JNIM fighters in a counteroffensive, state television said.",
    ]
    found = {tuple(sorted(f.parties)) for f in extract(sentences, lexicon, "2025-06-01", 0.5) if f.type == "conflict"}
    assert ("JNIM", "MLI") not in found and ("BFA", "JNIM") in found


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        # family name first: "Lin Jian ... Lin said", "Hun Manet ... Hun"
        (
            ["Chinese foreign ministry spokesperson Lin Jian spoke on Monday.", "Lin accused Japan of provocations."],
            {("CHN", "JPN")},
        ),
        (["Cambodian Prime Minister Hun Manet met reporters.", "Hun accused Thailand of lying."], {("KHM", "THA")}),
        # the statement a body issued speaks for it
        (
            ["China's foreign ministry issued a statement on Monday.", "The statement accused Japan of interfering."],
            {("CHN", "JPN")},
        ),
        (["Japan and China met on Monday.", "The statement accused Russia of lying."], set()),  # whose is not clear
    ],
)
def test_a_family_name_and_the_statement_stand_for_who_was_named(
    document: list[str], expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(document, lexicon) == expected


def test_the_junta_is_the_state_ruled_by_soldiers_at_the_documents_date(lexicon: Lexicon) -> None:
    text = [
        "Fighting between the Karen National Union and the junta spread near the border with Thailand.",
        "In Kawkareik, the conflict between the junta troops and the Karen National Union injured seven people.",
    ]
    found = {f.parties for f in extract(text, lexicon, "2023-04-07", 0.5) if f.type == "conflict"}
    assert ("KNU", "THA") not in found
    assert ("KNU", "MMR") in found


@pytest.mark.parametrize("reference", ["the group", "the outfit", "the movement", "the terrorist group"])
def test_the_group_and_its_kin_stand_for_the_documents_lead_armed_group(reference: str, lexicon: Lexicon) -> None:
    sentences = [
        "Kataib Hezbollah fighters clashed with police in Baghdad on Sunday.",
        f"The US embassy issued a statement blaming {reference} for the attack.",
    ]
    assert ("criticism", "USA", "KH") in edges(sentences, lexicon)


def test_the_group_stays_unresolved_when_two_groups_are_named_alike(lexicon: Lexicon) -> None:
    sentences = [
        "Kataib Hezbollah and the Houthis both fired drones at US bases on Sunday.",
        "The US embassy issued a statement blaming the group for the attack.",
    ]
    assert not any(k[0] == "criticism" for k in edges(sentences, lexicon))


def test_the_attackers_gunned_down_are_the_documents_armed_group(lexicon: Lexicon) -> None:
    sentences = [
        "The BLA attacked a railway station in Quetta on Monday.",
        "The attackers were gunned down by Pakistani security forces.",
    ]
    assert ("conflict", "BLA", "PAK") in edges(sentences, lexicon)
    assert edges(["The attackers were gunned down by Pakistani security forces."], lexicon) == {}


def test_the_national_guard_is_the_state_the_documents_group_fights(lexicon: Lexicon) -> None:
    sentences = ["The CJNG attacked Mexican soldiers in Jalisco.", "The CJNG ambushed the National Guard on Monday."]
    found = [f for f in extract(sentences, lexicon, "2025-06-04") if f.sentence == 1 and f.confidence >= 0.5]
    assert {tuple(sorted(f.parties)) for f in found if f.type == "conflict"} == {("CJNG", "MEX")}


def test_the_junta_is_the_shared_base_of_several_groups_with_no_lead(lexicon: Lexicon) -> None:
    sentences = [
        "Fighting between the KNLA and the DKBA continued near Myawaddy, Myanmar.",
        "Junta forces were engaged in simultaneous fighting with KNLA troops near border zones, the DKBA said.",
    ]  # each group named twice: neither leads
    assert ("KNU", "MMR") in conflicts_in(sentences, lexicon, 1)


def test_the_junta_stays_unresolved_when_the_groups_have_different_bases(lexicon: Lexicon) -> None:
    sentences = [
        "The KNLA and the M23 issued statements on Monday.",
        "The M23 said the junta attacked KNLA positions near Myawaddy.",
    ]
    assert ("KNU", "MMR") not in conflicts_in(sentences, lexicon, 1)


def test_the_shared_junta_is_not_the_groups_base_in_another_juntas_story(lexicon: Lexicon) -> None:
    sentences = [
        "JNIM and ISSP fighters attacked a convoy in Niger.",
        "The junta accused Benin of hosting French troops.",
    ]
    found = extract(sentences, lexicon, "2024-03-01", min_confidence=0.5)
    assert not any(f.source == "MLI" for f in found)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            ["TAIPEI (Reuters) — The Ministry of Foreign Affairs on Tuesday denounced Somalia's passport ban."],
            {("TWN", "SOM")},
        ),
        (["BEIJING (Reuters) - The foreign ministry on Tuesday denounced Japan's decision."], {("CHN", "JPN")}),
        # a story naming some state's ministry: 'the foreign ministry' is that one, never the dateline's
        (
            [
                "BEIJING (Reuters) - Russia's foreign ministry said it was ready.",
                "The foreign ministry denounced Japan.",
            ],
            {("RUS", "JPN")},
        ),
        (["The foreign ministry on Tuesday denounced Japan's decision."], set()),  # no dateline
        # a story from a hub city about another state: the ministry is that state's, never the dateline's
        (["BANGKOK - Myanmar's junta rejected the report.", "The foreign ministry condemned the Arakan Army."], set()),
        (["SEOUL - North Korea said its foreign ministry condemned the United States."], set()),
        (["BEIJING - The Philippines' foreign ministry denounced China's actions."], {("PHL", "CHN")}),
    ],
)
def test_a_ministry_the_story_ties_to_no_state_is_its_datelines(
    sentences: list[str], expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(sentences, lexicon) == expected


@pytest.mark.parametrize(
    ("sentences", "host"),
    [
        (["Qatar has mediated repeatedly.", "The country hosted talks between Israel and Hamas."], "QAT"),
        (["Saudi Arabia has offered to mediate.", "The kingdom hosted talks between Israel and Hamas."], "SAU"),
        (["Qatar has mediated repeatedly.", "The Gulf state hosted talks between Israel and Hamas."], "QAT"),
    ],
)
def test_a_sentence_opening_with_a_state_described_stands_for_the_state_heading_the_one_before(
    sentences: list[str], host: str, lexicon: Lexicon
) -> None:
    assert mediations(sentences, lexicon, 1) == {(host, "ISR"), (host, "HAMAS")}


@pytest.mark.parametrize(
    "first",
    ["Qatar and Egypt have mediated.", "The UN has mediated."],
)
def test_a_state_described_after_two_heads_or_a_body_stands_for_none(first: str, lexicon: Lexicon) -> None:
    assert mediations([first, "The country hosted talks between Israel and Hamas."], lexicon, 1) == set()


def test_the_emir_opening_a_sentence_is_the_one_named_before(lexicon: Lexicon) -> None:
    emir = ["Qatar's emir Sheikh Tamim bin Hamad Al Thani met Trump.", "The emir hosted talks between Israel and Iran."]
    assert mediations(emir, lexicon, 1) == {("QAT", "ISR"), ("QAT", "IRN")}


def test_the_emir_with_no_one_named_before_is_no_one(lexicon: Lexicon) -> None:
    assert mediations(["Qatar offered to help.", "The emir hosted talks between Israel and Iran."], lexicon, 1) == set()
