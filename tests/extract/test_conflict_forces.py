"""Armed groups fighting a state's security forces (graphx.extract.forces), one invented sentence per construction,
each with near misses that must not give the relation; and branch names of transnational groups."""

from __future__ import annotations

import pytest

from graphx.extract.confidence import DEFAULT_MIN_CONFIDENCE
from graphx.extract.extractor import extract
from graphx.extract.mentions import NameTable, find_mentions
from graphx.lexicon import TOKEN, Lexicon
from tests.extract.readings import pair


def conflicts(sentences: list[str], lexicon: Lexicon, only: int | None = None) -> set[tuple[str, ...]]:
    """The conflict pairs kept at the default threshold (of sentence `only`, if given)."""
    return {
        tuple(sorted(f.parties))
        for f in extract(sentences, lexicon, "2025-06-04")
        if f.type == "conflict" and f.confidence >= DEFAULT_MIN_CONFIDENCE and (only is None or f.sentence == only)
    }


# item 1: security victims named by nationality, with an armed group as the agent (and the reverse)
NATIONALITY = [
    ("As many as nine Nigerien soldiers were killed in raids carried out by ISWAP.", ("ISWAP", "NER")),
    ("Fighters of the Islamic State in Somalia killed four Ethiopian troops in an ambush.", ("ISSOM", "ETH")),
    ("Al-Shabaab militants attacked an Ethiopian army convoy near Baidoa.", ("ALSHABAAB", "ETH")),
    ("Chadian troops and UN peacekeepers drove out Boko Haram fighters from the island.", ("BOKOHARAM", "TCD")),
    ("Malian forces killed 14 JNIM fighters near Mopti.", ("JNIM", "MLI")),
    ("Several soldiers were wounded in attacks conducted by the Jamaat Ul Furqan Pakistan (TTP) outfit.", ()),
]


@pytest.mark.parametrize(("sentence", "expected"), NATIONALITY)
def test_security_victims_named_by_nationality(sentence: str, expected: tuple[str, str], lexicon: Lexicon) -> None:
    found = conflicts([sentence], lexicon)
    if expected:
        assert pair(*expected) in found
    else:  # no nationality and no place: no state to pair the group with
        assert not found


def test_an_agent_known_by_its_acronym_after_an_unknown_name(lexicon: Lexicon) -> None:
    sentence = "Seven Pakistani policemen were killed in attacks claimed by the Tehreek-i-Taliban Pakistan (TTP) group."
    assert conflicts([sentence], lexicon) == {pair("PAK", "TTP")}
    # the parenthesis is an aside of another name, not the agent's acronym
    aside = "Seven Pakistani policemen were killed in attacks, officials in Peshawar (PAK) said."
    assert not conflicts([aside], lexicon)


def test_operations_with_another_actors_forces_make_it_a_side(lexicon: Lexicon) -> None:
    sentence = (
        "Somali soldiers returned to the town after joint operations with African Union ATMIS peacekeepers "
        "drove out al-Shabaab fighters."
    )
    assert pair("ALSHABAAB", "AU") in conflicts([sentence], lexicon)
    # forces merely named before an ordinary verb do nothing
    other = "Somali soldiers met African Union peacekeepers after al-Shabaab fighters fled the town."
    assert pair("ALSHABAAB", "AU") not in conflicts([other], lexicon)


ALLIES = [
    "M23, backed by Rwandan troops, attacked the town of Sake.",
    "The Wagner Group fought alongside Russian troops in Soledar.",
    "Houthi fighters, supported by Iranian advisers, attacked a town near Marib.",
]


@pytest.mark.parametrize("sentence", ALLIES)
def test_allies_are_not_enemies(sentence: str, lexicon: Lexicon) -> None:
    assert not conflicts([sentence], lexicon)


# item 2: unnamed security victims, placed in one state
PLACED = [
    ("In Niger's Tillaberi region, ISSP fighters killed at least 12 soldiers.", ("ISSP", "NER")),
    (
        "JNIM claimed responsibility for an attack on a military outpost near Dori, northern Burkina Faso.",
        ("BFA", "JNIM"),
    ),
    ("ISWAP fighters overran an army base in Borno State, in northeastern Nigeria, on Sunday.", ("ISWAP", "NGA")),
    ("Al-Shabaab fighters stormed a police station in Somalia's Galmudug state.", ("ALSHABAAB", "SOM")),
    ("At least nine soldiers were killed by ISSP fighters in western Niger.", ("ISSP", "NER")),
    ("At least nine civilians were killed by ISSP fighters in western Niger.", ()),  # civilians, not forces
    ("In Niger's Tillaberi region, ISSP fighters killed at least 12 civilians.", ()),
    ("In Niger's Tillaberi region, ISSP fighters killed five Malian soldiers.", ("ISSP", "MLI")),  # nationality wins
    ("In Niger, ISSP fighters, backed by Malian allies, killed five soldiers.", ()),  # another state named
    ("In Niger's Tillaberi region, soldiers killed at least 12 ISSP fighters.", ()),  # the group is not the agent
    ("ISSP fighters may attack military bases in Niger's Tillaberi region.", ()),  # hedged
]


@pytest.mark.parametrize(("sentence", "expected"), PLACED)
def test_unnamed_security_victims_in_a_state(sentence: str, expected: tuple[str, str], lexicon: Lexicon) -> None:
    found = conflicts([sentence], lexicon)
    if expected:
        assert pair(*expected) in found
        assert len(found) == 1
    else:
        assert not found


def test_a_group_named_by_its_fighters_affiliations(lexicon: Lexicon) -> None:
    sentence = (
        "Gunmen loyal to the Islamic State in Nigeria claimed an increase in attacks, targeting Nigerian and "
        "Chadian troops."
    )
    assert conflicts([sentence], lexicon) == {pair("ISWAP", "NGA"), pair("ISWAP", "TCD")}
    # a group the fighters are not part of
    other = "Gunmen opposed to the Islamic State in Nigeria claimed an increase in attacks, targeting Chadian troops."
    assert pair("ISWAP", "TCD") not in conflicts([other], lexicon)


def test_the_militants_are_the_group_just_named(lexicon: Lexicon) -> None:
    doc = [
        "The Islamic State in Mozambique released a video on Monday.",
        "The militants ambushed a Tanzanian army patrol.",
    ]
    assert conflicts(doc, lexicon, only=1) == {pair("ISM", "TZA")}
    two = [
        "The Islamic State in Mozambique and al-Shabaab released videos on Monday.",
        "The militants ambushed a Tanzanian army patrol.",
    ]
    assert not conflicts(two, lexicon, only=1)  # two groups named: 'the militants' is either
    none = ["Floods hit the north on Monday.", "The militants ambushed a Tanzanian army patrol."]
    assert not conflicts(none, lexicon)


def test_a_nationality_before_a_rebel_or_drug_noun_is_not_the_state(lexicon: Lexicon) -> None:
    assert not conflicts(["US forces carried out strikes on Colombian drug boats."], lexicon)
    assert not conflicts(["Turkish drones attacked Iraqi rebels near the border."], lexicon)
    assert not conflicts(["A Sudanese officer was killed in an attack by Ethiopian militias near the border."], lexicon)
    assert not conflicts(["An Israeli-backed Palestinian militia said it had killed two Hamas operatives."], lexicon)
    assert pair("SYR", "TUR") in conflicts(["Turkish drones attacked Syrian troops near the border."], lexicon)


BRANCHES = [
    ("the Islamic State in Mozambique", "ISM"),
    ("Islamic State's Mozambique province", "ISM"),
    ("the Mozambique branch of the Islamic State", "ISM"),
    ("the Islamic State's Mozambican affiliate", "ISM"),
    ("al-Qaeda in Yemen", "AQAP"),
    ("the Islamic State in Syria", "IS"),  # no branch based there: the group itself
    ("al-Qaeda in Mali", "ALQAEDA"),  # two branches based there: which one is unknown
]


@pytest.mark.parametrize(("phrase", "actor"), BRANCHES)
def test_a_transnational_groups_branch_by_its_state(phrase: str, actor: str, lexicon: Lexicon) -> None:
    tokens = TOKEN.findall(f"Officials said {phrase} was growing.")
    low = [t.lower() for t in tokens]
    mentions = find_mentions(tokens, low, [True] * len(tokens), [False] * len(tokens), NameTable.of(lexicon), None)
    assert mentions[0].actor == actor
    assert len(mentions) == (2 if actor in ("IS", "ALQAEDA") else 1)  # a branch takes its state into its name


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("JNIM also claimed a deadly attack in neighbouring Benin on April 24.", ("BEN", "JNIM")),
        ("Al-Shabaab carried out an attack in Kenya's Lamu county, killing five people.", ("ALSHABAAB", "KEN")),
        ("The Islamic State group claimed the bombings in Kerman, Iran, which killed 95 people.", ("IRN", "IS")),
        ("JNIM claimed an attack in Benin and Togo, officials said.", ()),  # two states: left for review
        ("Gunmen carried out an attack in Benin on Sunday.", ()),  # no armed group named
        ("JNIM may carry out attacks in Benin, officials warned.", ()),  # hedged
    ],
)
def test_an_armed_groups_attack_placed_in_a_state_is_fighting_that_state(
    sentence: str, expected: tuple[str, str], lexicon: Lexicon
) -> None:
    assert conflicts([sentence], lexicon) == ({pair(*expected)} if expected else set())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pakistani troops killed 12 members of the BLA in Balochistan.", ("BLA", "PAK")),
        ("Pakistani troops killed 12 leaders of the BLA in Balochistan.", ("BLA", "PAK")),
        ("Pakistani troops killed a member of the BLA in Balochistan.", ("BLA", "PAK")),
        ("Pakistani troops shot dead a senior commander of the BLA.", ("BLA", "PAK")),
        ("Police shot dead a protester in Balochistan.", ()),
        ("Pakistani troops killed 12 members of the Afghan parliament's staff.", ()),  # members of no armed group
    ],
)
def test_killing_members_of_an_armed_group_is_fighting_it(
    sentence: str, expected: tuple[str, str], lexicon: Lexicon
) -> None:
    assert conflicts([sentence], lexicon) == ({pair(*expected)} if expected else set())


@pytest.mark.parametrize(
    "sentence",
    [
        "Five Nigerien soldiers were killed in an attack claimed by ISWAP.",
        "ISWAP claimed an attack that killed five Nigerien soldiers.",
        "ISWAP claimed responsibility for an attack that killed at least five Nigerien soldiers.",
    ],
)
def test_an_attack_claimed_by_a_group_that_killed_a_states_soldiers(sentence: str, lexicon: Lexicon) -> None:
    assert conflicts([sentence], lexicon) == {pair("ISWAP", "NER")}


def test_an_attack_that_killed_no_ones_soldiers_names_no_victim_state(lexicon: Lexicon) -> None:
    assert conflicts(["ISWAP claimed an attack that killed five fishermen."], lexicon) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Hezbollah claimed an attack in Syria's Qusayr region in 2013.",
        "The PKK claimed a deadly attack in Iraq's Duhok province on Tuesday.",
    ],
)
def test_a_group_at_war_abroad_attacking_in_a_state_is_not_fighting_that_state(sentence: str, lexicon: Lexicon) -> None:
    assert conflicts([sentence], lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rwanda-backed M23 rebels attacked Congolese troops.", {pair("COD", "M23")}),
        ("Iran-backed Hezbollah fighters attacked Israel.", {pair("HEZBOLLAH", "ISR")}),
        ("Turkey-backed Syrian fighters clashed with the SDF.", set()),  # fighters, not Syria's army
    ],
)
def test_a_group_after_its_backers_compound_is_the_subject(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts([text], lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Seven soldiers were killed in an attack by suspected members of ISWAP on a military base in Borno State.",
        "Seven soldiers were killed in an attack by members of ISWAP on a base in Borno State.",
        "Seven soldiers were killed in an attack by suspected ISWAP fighters on a base in Borno State.",
    ],
)
def test_an_attack_by_suspected_members_of_a_group_is_the_group_s(text: str, lexicon: Lexicon) -> None:
    assert conflicts([text], lexicon) == {pair("ISWAP", "NGA")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two Philippine soldiers were killed in an encounter with NPA rebels.", ("NPA", "PHL")),
        ("Philippine troops killed an NPA rebel in an encounter.", ("NPA", "PHL")),
        ("Xi and Biden had a brief encounter in Lima.", ()),  # no armed group: a meeting
        ("Chinese and US jets had a close encounter.", ()),
    ],
)
def test_an_encounter_is_fighting_where_an_armed_group_is_named(
    sentence: str, expected: tuple[str, str], lexicon: Lexicon
) -> None:
    assert conflicts([sentence], lexicon) == ({pair(*expected)} if expected else set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey has launched military operations aimed at combating the YPG.", {pair("TUR", "YPG")}),
        (  # a form of the group's name; a list after the aim
            "Turkey launched military operations aimed at fighting IS militants and the Kurdish People's Defense "
            "Units.",
            {pair("IS", "TUR"), pair("TUR", "YPG")},
        ),
    ],
)
def test_operations_aimed_at_combating_a_side_are_against_it(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts([text], lexicon) == expected


def test_fire_from_gunmen_suspected_to_belong_to_a_group_is_the_groups(lexicon: Lexicon) -> None:
    text = (
        "Guyanese troops came under gunfire from masked gunmen, suspected to be part of the notorious Sindicato gang."
    )
    assert conflicts([text], lexicon) == {pair("GUY", "SINDICATO")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen killed an Iranian police officer in a shootout, with the Sunni militant group Jaish al-Adl "
            "claiming responsibility.",
            {pair("IRN", "JAISHADL")},
        ),
        ("Gunmen killed an Iranian police officer, with Jaish al-Adl denying any role.", set()),
    ],
)
def test_a_group_claiming_responsibility_in_an_absolute_clause_did_it(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts([text], lexicon) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Fourteen terrorists belonging to the TTP were killed by Pakistani security forces.",
        "Fourteen militants affiliated with the TTP were killed by Pakistani security forces.",
        "Pakistani forces killed fourteen terrorists belonging to the TTP.",
    ],
)
def test_fighters_belonging_to_a_group_are_its_own(sentence: str, lexicon: Lexicon) -> None:
    assert pair("PAK", "TTP") in conflicts([sentence], lexicon)


def test_civilians_loyal_to_a_group_are_not_its_fighters(lexicon: Lexicon) -> None:
    assert not conflicts(["Pakistani forces killed civilians loyal to the TTP."], lexicon)


def test_a_state_named_again_in_a_relative_clause_is_still_where_a_group_fights(lexicon: Lexicon) -> None:
    sentence = (
        "The STC launched a major offensive in Yemen's Hadramout province, which accounts for half of Yemen's land."
    )
    assert pair("STC", "YEM") in conflicts([sentence], lexicon)


def test_two_groups_clashing_in_a_state_do_not_fight_that_state(lexicon: Lexicon) -> None:
    assert conflicts(["ELN, Clan del Golfo clash in Choco, Colombia."], lexicon) == set()
    assert conflicts(["Al-Shabaab and ISIS militants clash in Somalia."], lexicon) == {pair("ALSHABAAB", "ISSOM")}
    assert conflicts(["Al-Shabaab militants clash with troops in Somalia."], lexicon) == {pair("ALSHABAAB", "SOM")}


@pytest.mark.parametrize(
    ("text", "ally_side"),
    [
        ("North Korean troops are fighting alongside Russian forces against Ukraine.", ("RUS", "UKR")),
        ("Eritrean troops fought alongside Ethiopian forces against the TPLF.", ("ETH", "TPLF")),
    ],
)
def test_an_ally_fought_alongside_against_another_fights_it_too(
    text: str, ally_side: tuple[str, str], lexicon: Lexicon
) -> None:
    assert pair(*ally_side) in conflicts([text], lexicon)


@pytest.mark.parametrize(
    "text",
    ["Wagner fought alongside Mali's army against the rebels.", "Russian troops fought alongside the Syrian army."],
)
def test_an_ally_fought_alongside_is_no_enemy(text: str, lexicon: Lexicon) -> None:
    assert conflicts([text], lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Malian regular forces and Russian mercenaries clashed with Tuareg rebels near Kidal.",
        "Congolese regular troops and Burundian soldiers clashed with rebels in South Kivu, the army said.",
        "Syrian government security forces and Russian troops fought militants in Latakia.",
        "Somali troops and Kenyan forces clashed with suspected Islamist militants near the border.",
    ],
)
def test_forces_joined_against_unnamed_fighters_are_allies(text: str, lexicon: Lexicon) -> None:
    assert conflicts([text], lexicon) == set()


def test_forces_joined_that_clash_with_each_other_are_foes(lexicon: Lexicon) -> None:
    assert conflicts(["Thai and Cambodian troops clashed near the temple."], lexicon) == {pair("KHM", "THA")}
