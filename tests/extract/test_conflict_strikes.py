"""Strikes as news reports them (graphx.extract.conflict): hitting verbs ('jets struck Y targets', 'pounded',
'fired rockets at'), a strike's list of targets, and the near misses that are no strike: a deal
struck, tariffs that hit, a participle after an operation, a person's verbal hit."""

from __future__ import annotations

import pytest

from graphx.extract.confidence import DEFAULT_MIN_CONFIDENCE
from graphx.extract.extractor import extract
from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, criticisms, mediations, pair

HITTING = [
    ("Israeli jets struck Hezbollah targets in southern Lebanon overnight.", ("HEZBOLLAH", "ISR")),
    ("Russia struck Ukraine's energy grid with drones and missiles.", ("RUS", "UKR")),
    ("Pakistani warplanes pounded TTP hideouts near the border.", ("PAK", "TTP")),
    ("Sudanese army aircraft hit RSF positions in Omdurman.", ("RSF", "SDN")),
    ("Indian troops targeted Pakistani posts along the Line of Control.", ("IND", "PAK")),
    ("Hamas fighters fired rockets at Israel from Gaza.", ("HAMAS", "ISR")),
    ("Houthi rebels launched missiles at Israel on Friday.", ("HOUTHIS", "ISR")),
    ("Iran fired drones at Israel in April.", ("IRN", "ISR")),
]


@pytest.mark.parametrize(("text", "sides"), HITTING)
def test_a_hitting_verb_between_two_actors_is_a_strike(text: str, sides: tuple[str, str], lexicon: Lexicon) -> None:
    assert pair(*sides) in conflicts(text, lexicon)


def test_every_actor_in_the_list_a_strike_is_against_is_a_side(lexicon: Lexicon) -> None:
    found = conflicts("Turkey carried out air strikes against the PKK and the SDF in northern Syria.", lexicon)
    assert {pair("PKK", "TUR"), pair("SDF", "TUR")} <= found


NOT_STRIKES = [
    "Israel struck a deal with Hamas on the release of hostages.",
    "The United States hit China with new tariffs on Monday.",
    "Washington targeted Moscow with fresh sanctions.",
    "Trump hit Biden over the withdrawal in a speech.",
    "Turkey keeps troops in Libya and runs cross-border operations targeting Kurdish groups in Iraq.",
    "Rubio warns Venezuela over Guyana as Caracas hits back.",
]


@pytest.mark.parametrize("text", NOT_STRIKES)
def test_a_deal_tariffs_a_participle_or_a_verbal_hit_is_no_strike(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


def test_fighting_between_two_sides_is_not_fought_by_who_reports_it(lexicon: Lexicon) -> None:
    found = conflicts("The UN warned that fighting between Sudan's army and the RSF could spread to Chad.", lexicon)
    assert found == {pair("RSF", "SDN")}  # the fighting is reported; only its spreading is hedged


def test_mediating_between_two_sides_is_still_a_verb(lexicon: Lexicon) -> None:
    text = "Qatar has been mediating between Israel and Hamas for months."
    assert mediations([text], lexicon, 0) == {("QAT", "ISR"), ("QAT", "HAMAS")}


TAKEN = [
    ("The Arakan Army seized a key town from Myanmar's military.", ("AA", "MMR")),
    ("Sudan's army regained control of Khartoum from the RSF.", ("RSF", "SDN")),
    ("Ukraine recaptured Kherson from Russia in 2022.", ("RUS", "UKR")),
    ("Thai and Cambodian troops exchanged gunfire along the border on Thursday.", ("KHM", "THA")),
    ("Russia and Ukraine traded fire over the Dnipro.", ("RUS", "UKR")),
]


@pytest.mark.parametrize(("text", "sides"), TAKEN)
def test_taking_ground_from_the_other_or_trading_fire_is_fighting(
    text: str, sides: tuple[str, str], lexicon: Lexicon
) -> None:
    assert pair(*sides) in conflicts(text, lexicon)


def test_seizing_goods_is_not_fighting(lexicon: Lexicon) -> None:
    assert conflicts("Customs officers seized goods from Chinese traders.", lexicon) == set()


INFINITIVES = [
    ("The United States has supplied Ukraine with weapons to fight Russia.", ("RUS", "UKR"), ("RUS", "USA")),
    ("Iran armed the Houthis to attack Saudi Arabia.", ("HOUTHIS", "SAU"), ("IRN", "SAU")),
    ("Turkey sent troops into Syria to fight the SDF.", ("SDF", "TUR"), ("SDF", "SYR")),
]


@pytest.mark.parametrize(("text", "sides", "not_sides"), INFINITIVES)
def test_the_object_of_the_main_verb_does_what_to_verb_says(
    text: str, sides: tuple[str, str], not_sides: tuple[str, str], lexicon: Lexicon
) -> None:
    found = conflicts(text, lexicon)
    assert pair(*sides) in found
    assert pair(*not_sides) not in found


SITES = [
    ("Russian forces attacked positions in eastern Ukraine.", ("RUS", "UKR")),
    ("Israel struck several sites in Syria on Monday.", ("ISR", "SYR")),
    ("The Pakistani army shelled villages in Afghanistan's Kunar province.", ("AFG", "PAK")),
    ("Israel bombed nuclear facilities in Iran.", ("IRN", "ISR")),
    ("Israel said it attacked nuclear weapon development sites in Iran.", ("IRN", "ISR")),
    ("Ukraine struck drone production facilities in Russia.", ("RUS", "UKR")),
]


@pytest.mark.parametrize(("text", "sides"), SITES)
def test_the_state_of_the_sites_a_strike_hits_is_its_other_side(
    text: str, sides: tuple[str, str], lexicon: Lexicon
) -> None:
    assert pair(*sides) in conflicts(text, lexicon)


@pytest.mark.parametrize("sites", ["positions", "targets"])  # "targets" after a name is the noun, not the verb
def test_a_group_named_at_the_sites_is_the_other_side_not_the_state(sites: str, lexicon: Lexicon) -> None:
    found = conflicts(f"Israel struck Hezbollah {sites} in southern Lebanon.", lexicon)
    assert found == {pair("HEZBOLLAH", "ISR")}


def test_a_place_after_its_adjectives_is_no_subject(lexicon: Lexicon) -> None:
    text = (
        "Islamist groups operate in arid central and northern Mali and have used the area as a base to attack "
        "soldiers and civilians in neighboring Burkina Faso, Niger, and beyond."
    )
    assert conflicts(text, lexicon) == set()


def test_what_a_relative_clause_on_an_attack_says_has_no_actor_subject(lexicon: Lexicon) -> None:
    text = "US conducts strikes in Iraq, Syria on Iran-backed militia behind attack that killed American."
    assert pair("SYR", "USA") not in conflicts(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar has mediated in the war, which has killed more than 64,000 Palestinians.",
        "Qatar, with Egypt, acted as a mediator to end the fighting that has killed 40 Sudanese soldiers.",
    ],
)
def test_a_war_that_killed_was_not_waged_by_the_main_clauses_subject(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Qatar has acted as a mediator to end Israel's war on the Gaza Strip that has killed 64,000 Palestinians.",
            ("ISR", "PSE"),
        ),
        ("The talks followed Pakistan's previous airstrikes on May 21, which targeted TTP camps.", ("PAK", "TTP")),
    ],
)
def test_an_owned_war_or_strike_that_killed_is_its_owners(text: str, sides: tuple[str, str], lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == {pair(*sides)}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The Kachin Independence Army and Myanmar troops clashed on October 18.", ("KIA", "MMR")),
        ("India's army and Pakistan's army clashed near the border.", ("IND", "PAK")),
    ],
)
def test_a_name_ending_in_army_or_an_owned_army_joins_a_list(
    text: str, sides: tuple[str, str], lexicon: Lexicon
) -> None:
    assert pair(*sides) in conflicts(text, lexicon)


WARS = [
    ("Eritrea fought a bloody border war with its larger neighbour Ethiopia between 1998 and 2000.", ("ERI", "ETH")),
    ("Eritrea and Ethiopia waged war against each other between 1998 and 2000.", ("ERI", "ETH")),
    ("Saudi Arabia and its Arab allies launched a military campaign in Yemen against the Houthis.", ("HOUTHIS", "SAU")),
    ("The Saudi-led coalition has been fighting the Houthis since 2015.", ("HOUTHIS", "SAU")),
]


@pytest.mark.parametrize(("text", "sides"), WARS)
def test_wars_as_background_reports_them(text: str, sides: tuple[str, str], lexicon: Lexicon) -> None:
    assert pair(*sides) in conflicts(text, lexicon)


def test_a_strike_against_a_described_group_names_the_group_not_the_place(lexicon: Lexicon) -> None:
    text = "The US military launched an airstrike against the extremist group al-Shabab in southern Somalia."
    found = conflicts(text, lexicon)
    assert pair("ALSHABAAB", "USA") in found
    assert pair("SOM", "USA") not in found


def test_a_coalition_fighting_someone_unnamed_does_not_fight_its_own_members(lexicon: Lexicon) -> None:
    text = "Saudi Arabia and the UAE criticised remarks about the Riyadh-led coalition fighting rebels in Yemen."
    assert pair("ARE", "SAU") not in conflicts(text, lexicon)


def test_a_conflict_word_in_a_hyphenated_adjective_is_no_war(lexicon: Lexicon) -> None:
    assert conflicts("Officials met in conflict-affected areas of Mindanao with the MILF and Manila.", lexicon) == set()
    assert pair("IND", "PAK") in conflicts("The India-Pakistan war of 1971 ended with a ceasefire.", lexicon)


FIRED = [
    ("Ukraine's military said Russian forces had fired 50 drones at Ukrainian cities overnight.", ("RUS", "UKR")),
    ("Hezbollah fired rockets into northern Israel.", ("HEZBOLLAH", "ISR")),
    ("Iran fired a barrage of missiles at Israel.", ("IRN", "ISR")),
]


@pytest.mark.parametrize(("text", "sides"), FIRED)
def test_firing_projectiles_at_the_other_is_a_strike(text: str, sides: tuple[str, str], lexicon: Lexicon) -> None:
    assert pair(*sides) in conflicts(text, lexicon)


@pytest.mark.parametrize(
    "text", ["The company fired its chief executive in March.", "Police fired tear gas at protesters in Georgia."]
)
def test_firing_a_person_or_tear_gas_is_no_strike(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


def test_a_cease_fire_is_no_fighting_for_the_documents_sides(lexicon: Lexicon) -> None:
    sentences = [
        "Ethiopia and the OLA opened peace talks on Tuesday.",
        "The cease-fire between Ethiopia and the OLA talks was discussed.",
        "Ethiopia and the OLA agreed to talk about a cease-fire.",
    ]
    found = {
        f.rule
        for f in extract(sentences, lexicon, "2025-06-04")
        if f.type == "conflict" and f.confidence >= DEFAULT_MIN_CONFIDENCE
    }
    assert "conflict.dispute" not in found


NOT_FIGHTING = [
    ("Israeli jets hit sites in Gaza, Egypt said.", ("EGY", "ISR")),
    ("US forces struck targets in Iraq used by Iran-backed militias.", ("IRQ", "USA")),
    ("Turkey hit the EU with a lawsuit over the customs union.", ("EU", "TUR")),
    ("Iran struck back at critics, accusing Britain of meddling.", ("GBR", "IRN")),
    ("The EU seized Russian assets worth billions.", ("EU", "RUS")),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_FIGHTING)
def test_a_speaker_a_host_state_a_lawsuit_or_frozen_assets_are_no_side(
    text: str, wrong: tuple[str, str], lexicon: Lexicon
) -> None:
    assert pair(*wrong) not in conflicts(text, lexicon)


def test_a_strike_despite_a_ceasefire_agreement_is_still_a_strike(lexicon: Lexicon) -> None:
    assert pair("ISR", "PSE") in conflicts("Israel struck Palestine's Gaza despite the ceasefire agreement.", lexicon)


def test_allies_on_a_joint_patrol_are_not_opponents(lexicon: Lexicon) -> None:
    text = "An ambush on a joint US-Syrian patrol in the Syrian city of Palmyra killed two American soldiers."
    assert pair("SYR", "USA") not in conflicts(text, lexicon)


def test_a_weapon_word_before_a_verb_form_makes_it_a_noun(lexicon: Lexicon) -> None:
    assert conflicts("China protests to Myanmar after stray artillery shells hurt five.", lexicon) == set()
    assert pair("IND", "PAK") in conflicts("The Pakistani army shells Indian posts every night.", lexicon)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The Russian Volunteer Corps have struck deep inside Russian territory.", ("RDK", "RUS")),
        ("Ukrainian drones struck inside Russia overnight.", ("RUS", "UKR")),
        ("Pakistan Rangers on Thursday opened unprovoked fire at Indian troops along the border.", ("IND", "PAK")),
    ],
)
def test_striking_inside_a_state_or_opening_fire_at_its_troops(
    text: str, sides: tuple[str, str], lexicon: Lexicon
) -> None:
    assert pair(*sides) in conflicts(text, lexicon)


MORE_STRIKES = [
    ("Two Indian soldiers were killed in an exchange of fire with Pakistani troops.", ("IND", "PAK")),
    ("Two Indian soldiers were killed in a clash with Pakistani troops.", ("IND", "PAK")),
    ("Indian troops exchanged fire with Pakistani troops near the border.", ("IND", "PAK")),
    ("An Israeli airstrike killed a senior Hamas commander in Gaza.", ("HAMAS", "ISR")),
    ("Colombian troops killed six ELN guerrillas in a firefight.", ("COL", "ELN")),
    ("Ukrainian drones struck an oil refinery in Russia's Ryazan region.", ("RUS", "UKR")),
    ("The attack, claimed by the Islamic State, killed 20 Iraqi soldiers.", ("IRQ", "IS")),
    ("The bombing, carried out by al-Shabaab, killed six Kenyan police officers.", ("ALSHABAAB", "KEN")),
    ("Five Nigerian soldiers were killed when Boko Haram fighters ambushed their convoy.", ("BOKOHARAM", "NGA")),
    ("Three Pakistani soldiers were killed after TTP militants attacked their post.", ("PAK", "TTP")),
    # the attack's 'was carried out by X' after its own phrase
    ("An attack on an outpost on the Tajik border was carried out by militants of the Islamic State.", ("IS", "TJK")),
    ("An attack on Kenyan troops near the border was claimed by al-Shabaab.", ("ALSHABAAB", "KEN")),
]


@pytest.mark.parametrize(("text", "sides"), MORE_STRIKES)
def test_fire_exchanged_commanders_killed_claimed_attacks_and_ambushed_convoys(
    text: str, sides: tuple[str, str], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == {sides}


@pytest.mark.parametrize(
    "text",
    [
        "Indian officials were in a meeting with Pakistani officials.",
        "Russia exchanged prisoners with Ukraine.",
        "An attack on the Pakistani embassy in Kabul was condemned by India.",
        "The minister met a Hamas commander.",
        "The statement, claimed by the Islamic State, named no one.",
        "Kenyan officials said al-Shabaab attacked their homes.",
        "Five Nigerian soldiers were honoured when Boko Haram fighters attacked their rivals.",
    ],
)
def test_meetings_swaps_and_a_pronoun_without_its_soldiers_are_no_strike(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli missiles targeted Syrian, Iranian positions near Damascus.", {("IRN", "ISR"), ("ISR", "SYR")}),
        (
            "The Israeli army struck Aqraba, killing two Hezbollah and one Iranian fighter.",
            {("HEZBOLLAH", "ISR"), ("IRN", "ISR")},
        ),
        ("Turkey shot down a Russian warplane near the Syrian border in 2015.", {("RUS", "TUR")}),
    ],
)
def test_every_actor_sharing_the_target_noun_and_shooting_down_aircraft(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia used its right of reply at the 73rd UN general assembly to mount an excoriating attack on Vanuatu.",
        "The minister launched a scathing attack on Russia.",
        "Iran shot down a Ukrainian airliner by mistake.",
        "Chinese law enforcement personnel assaulted ten Vietnamese fishermen near the Paracels.",
        "Israel struck Syria and thanked Iran.",
    ],
)
def test_words_civil_aircraft_fishermen_and_a_second_verbs_object_are_no_strike(text: str, lexicon: Lexicon) -> None:
    expected = {("ISR", "SYR")} if text.startswith("Israel struck") else set()
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan lodged a strong protest over unprovoked shelling by Indian forces along the Line of Control.",
        "India lodged a strong protest at the loss of life in unprovoked ceasefire violations by Pakistan forces.",
        'Islamabad summoned India’s envoy and lodged a protest over alleged "unprovoked firing" by Indian forces.',
    ],
)
def test_the_forces_whose_firing_a_state_protests_fought_it(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == {("IND", "PAK")}


def test_a_protest_over_words_by_an_envoy_is_no_fighting(lexicon: Lexicon) -> None:
    assert conflicts("Japan lodged a protest over remarks by the Chinese ambassador.", lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fano previously fought alongside the Ethiopian army and Eritrean forces in that war.", set()),
        ("Fano fought against the Ethiopian army and Eritrean forces in that war.", {("ERI", "FANO"), ("ETH", "FANO")}),
        ("Colombia uses Israeli-built warplanes to fight drug cartels.", set()),
        ("Argentine president Javier Milei's attacks on Spanish PM Pedro Sanchez angered Madrid.", set()),
        ("Turkey's president launched a blistering attack on Israel's prime minister.", set()),
        ("Despite the Bolivian president's frequent assaults on U.S. policy, Bolivia receives aid.", set()),
        ("Mexico says Venezuela's comments strike at the dignity of its people.", set()),
        (
            "Iran accused Pakistan, the U.S. and Britain of aiding Sunni militants who killed Revolutionary Guard"
            " commanders.",
            set(),
        ),
        ("Taliban fighters who killed Pakistani soldiers fled.", {("AFG", "PAK")}),
        ("The South Korean navy sank a North Korean torpedo boat.", {("KOR", "PRK")}),
        ("The US has accused Iran of conducting an attack on Saudi Aramco oil facilities.", set()),
        ("Israel, with the support of the United States, struck Iranian nuclear sites.", {("IRN", "ISR")}),
        (
            "The strikes in Iraq targeted the Kurdistan Workers' Party, or PKK, whose affiliates have been effective"
            " in battling the Islamic State group.",
            set(),
        ),
        ("Colombian troops, backed by the United States, attacked ELN camps.", {("COL", "ELN")}),
        ("Riyadh blamed Tehran for carrying out the attack on its oil facilities.", {("IRN", "SAU")}),
        ("The vote sank Britain's plan for talks with Iran.", set()),
        ("The Indonesian navy sank Chinese and Vietnamese fishing vessels caught poaching.", set()),
        ("The Ukrainian navy said it sank a Russian minesweeper near Sevastopol.", {("RUS", "UKR")}),
        ("Russia's frequent assaults on U.S. policy in Syria were noted by diplomats.", set()),
        ("Russia's rouble sank against the dollar as Ukraine's rose.", set()),
        ("Russia's missile attacks on Ukraine's policy centres killed ten.", {("RUS", "UKR")}),
    ],
)
def test_allies_alongside_makers_of_weapons_and_attacks_in_words_are_no_opponents(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes broke out between the Chadian army and members of Boko Haram.", {("BOKOHARAM", "TCD")}),
        ("Clashes broke out between Indian troops and cadres of the NSCN-IM.", {("IND", "NSCNIM")}),
        ("Two Turkish F-16s downed a Russian fighter jet.", {("RUS", "TUR")}),
        ("The Indo-China clash left 20 soldiers dead.", {("CHN", "IND")}),
        ("Saudi airstrikes hit Yemen's Houthis after an oil depot attack.", {("HOUTHIS", "SAU")}),
        ("The Malian army fought the MNLA near Kidal.", {("MLI", "MNLA")}),
        ("Malian forces retook Konna with French military support.", set()),
        ("Russian drones have been 'downed' over Poland, the first time the NATO country engaged them.", set()),
        ("Iraq condemned its offensive against the PKK.", set()),
    ],
)
def test_members_of_a_group_downing_a_jet_a_groups_home_and_an_allys_support(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


def test_attacks_on_a_leader_are_words(lexicon: Lexicon) -> None:
    assert conflicts("Turkey's attacks against Macron continued.", lexicon) == set()
    assert criticisms("Turkey's attacks against Macron continued.", lexicon) == {("TUR", "FRA")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Our troops repelled an attack by Boko Haram militants near Biu," a Nigerian army spokesman said.',
            {("BOKOHARAM", "NGA")},
        ),
        (
            '"Boko Haram attacked our troops," said Mike Omeria, a Nigerian government spokesman.',
            {("BOKOHARAM", "NGA")},
        ),
        ('"Russia attacked us again," Ukraine’s foreign minister said.', {("RUS", "UKR")}),
        ('"They attacked us," the villagers said.', set()),
        ("The PDKI said Iran had targeted it with missiles and suicide drones.", {("IRN", "KDPI")}),
        ("Sudan said the RSF attacked it on Monday.", {("RSF", "SDN")}),
        ("The villagers said the RSF attacked it on Monday.", set()),  # no actor speaks
        (
            "“The TNLA attacked our forces in two villages,” RCSS spokesperson Lt-Col Hseng Murng told reporters on"
            " Monday in Chiang Mai, Thailand.",
            {("RCSS", "TNLA")},  # the speaker's forces, not those of the place the speaker spoke in
        ),
    ],
)
def test_an_attack_repelled_and_us_in_a_quotation_are_the_speakers(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war in 2020 between Armenia and Azerbaijan killed thousands.", {("ARM", "AZE")}),
        ("Pakistan Rangers opened unprovoked fire at Border Security Force troops in Jammu.", {("IND", "PAK")}),
    ],
)
def test_a_war_dated_before_its_pair_and_indias_border_force(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Regional tensions soared during the war between Israel and the Palestinian terrorist group Hamas.",
            {("HAMAS", "ISR")},
        ),
        ("Talks between the warring Sudanese army and the Rapid Support Forces began in Jeddah.", {("RSF", "SDN")}),
        ("Fighting erupted between the Congolese army and the M23 rebel group in eastern Congo.", {("COD", "M23")}),
        ("The warring parties met in Jeddah.", set()),
    ],
)
def test_a_group_described_by_its_nationality_the_warring_pair_and_congo_by_its_groups(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


def test_an_air_strike_is_a_noun_whose_place_is_no_side_of_its_victims(lexicon: Lexicon) -> None:
    text = "Israel's military said it killed 15 Hezbollah militants in an air strike on southern Lebanon."
    assert conflicts(text, lexicon) == {("HEZBOLLAH", "ISR")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve Nigerian soldiers were killed in an attack by fighters from ISWAP.", {("ISWAP", "NGA")}),
        ("Four Venezuelan soldiers were killed in an attack by alleged guerrillas of the ELN.", {("ELN", "VEN")}),
        ("An attack by Russia on Ukraine killed ten people.", {("RUS", "UKR")}),
        ("The Arakan Army is fighting government forces in alliance with the TNLA and the MNDAA.", set()),
        ("The Houthis began strikes in solidarity with Palestinians.", set()),
        ("Chinese water cannon blasts hurt three Filipino crew members, the Philippine Coast Guard said.", set()),
    ],
)
def test_an_attack_by_a_group_its_allies_in_alliance_or_solidarity_and_cannon_blasts(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected
    assert not criticisms(text, lexicon)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hezbollah carried out rocket launches targeting Israel.", {("HEZBOLLAH", "ISR")}),
        ("The sixth round had been canceled due to fighting between Iran and Israel.", {("IRN", "ISR")}),
        ("The talks are due to prevent fighting between Iran and Israel.", set()),
        ("The talks are due to end the fighting between Iran and Israel.", {("IRN", "ISR")}),  # it is fought
    ],
)
def test_attacks_targeting_a_state_and_fighting_given_as_a_cause(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


def test_an_attack_on_a_states_base_in_another_state_is_on_the_bases_owner(lexicon: Lexicon) -> None:
    found = conflicts("Iran's attack on Al Udeid US airbase in Doha angered Qatar.", lexicon)
    assert pair("IRN", "USA") in found and pair("IRN", "QAT") not in found
    assert pair("IRN", "QAT") in conflicts("Iran's attack on a military base in Qatar angered the region.", lexicon)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar attacked Israel's positions.", {pair("QAT", "ISR")}),
        ("Qatar attacked Israel's border posts.", {pair("QAT", "ISR")}),
        ("Qatar attacked Israel's troops.", {pair("QAT", "ISR")}),
        ("Qatar attacked Israel's policy.", set()),  # words
        ("Qatar attacked Israel's army for its conduct.", set()),  # words, with a reason
    ],
)
def test_attacking_an_actors_sites_or_soldiers_is_fighting(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia coordinated its strikes with Iran.", set()),  # joint strikes, not strikes on Iran
        ("Russia's war with Ukraine dragged on.", {pair("RUS", "UKR")}),
        ("Russia's clashes with Ukrainian forces continued.", {pair("RUS", "UKR")}),
    ],
)
def test_strikes_with_a_partner_and_a_war_with_a_foe(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany sent weapons to Ukraine to fight Russia.", {pair("RUS", "UKR")}),  # the armed one fights
        ("Russia sent troops to Syria to fight the Islamic State.", {pair("IS", "RUS")}),  # a place, not a fighter
        ("The EU imposed sanctions on Russia over its invasion of Ukraine.", {pair("RUS", "UKR")}),
        ("The EU condemned Russia for its war on Ukraine.", {pair("RUS", "UKR")}),
        # the fighters let do it attack, not the one accused of letting them
        (
            "Burundi accused Rwanda of harboring plotters, while Rwanda accused Burundi of allowing armed groups to"
            " operate from its territory and attack Rwanda.",
            set(),
        ),
    ],
)
def test_who_a_sentence_arms_or_sanctions_wages_the_war(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Facing an Indian backlash that has hit its booming tourism market, Baku is crying foul.", set()),
        ("Russian strikes hit Ukraine's energy sector.", {pair("RUS", "UKR")}),
    ],
)
def test_hitting_a_market_is_no_strike(text: str, expected: set[tuple[str, ...]], lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan said Afghan Taliban fighters attacked its border posts.", {pair("AFG", "PAK")}),
        ("Pakistan's army said militants attacked its convoy.", set()),  # attackers unnamed
        ("Thailand said Cambodia had fired artillery at its positions.", {pair("KHM", "THA")}),
        ("Thailand said Cambodian troops fired at its soldiers.", {pair("KHM", "THA")}),
        ("Thailand said Cambodia fired rockets at its territory.", {pair("KHM", "THA")}),
        ("Thailand said Cambodia moved its troops to the border.", set()),  # no act of war
        ("Israel said Hezbollah fired rockets at its northern towns.", {pair("HEZBOLLAH", "ISR")}),
        ("Greece said Turkey fired at its coast guard vessel.", {pair("GRC", "TUR")}),
        ("The Philippines said Chinese ships fired water cannon at its vessel.", set()),  # no weapons fire
        ("Poland said Belarusian guards fired blank shots at its soldiers.", set()),
    ],
)
def test_its_posts_in_a_claim_are_the_claimants(text: str, expected: set[tuple[str, ...]], lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Ukraine battled Russia's troops near Bakhmut.", ("RUS", "UKR")),
        ("Ukrainian forces drove back Russian troops.", ("RUS", "UKR")),
        ("Sudan's army fended off an offensive by the RSF.", ("RSF", "SDN")),
        ("The Kachin Independence Army routed Myanmar's troops near Bhamo.", ("KIA", "MMR")),
        ("Uzbek troops beat back an IMU advance.", ("IMU", "UZB")),  # the side's attack, named by its doer
        ("Ukrainian forces fended off a Russian assault near Pokrovsk.", ("RUS", "UKR")),
    ],
)
def test_battling_routing_or_driving_back_an_armed_side_is_fighting(
    text: str, sides: tuple[str, str], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == {pair(*sides)}


@pytest.mark.parametrize(
    "text",
    [
        "Russia beat back Ukrainian calls for talks.",
        "Ukraine battled Russia's disinformation.",
        "Ukraine fended off criticism from Russia.",
        "Ukraine fended off Russian pressure at the talks.",
        "India fended off a Chinese advance in the smartphone market.",  # no forces, no armed group
        "Japan beat back a South Korean assault to win the title.",
    ],
)
def test_battling_or_beating_back_words_is_no_fighting(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Israel killed Hamas leader Yahya Sinwar.", "2025-01-01"),  # no longer its leader: a group and a title
        ("Israel killed Hamas leader Yahya Sinwar.", "2024-06-01"),  # its leader then: a person of the group
        ("An Israeli strike killed a senior commander of Hezbollah.", "2024-06-01"),
    ],
)
def test_killing_an_armed_groups_leader_is_fighting_it(text: str, date: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon, date) == {pair("HAMAS" if "Hamas" in text else "HEZBOLLAH", "ISR")}


def test_a_leader_of_a_group_who_kills_is_not_its_victim(lexicon: Lexicon) -> None:
    assert conflicts("Hamas leader Yahya Sinwar killed three people.", lexicon) == set()


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Ukraine attacked Russia's Wagner fighters.", ("UKR", "WAGNER")),
        ("Hayat Tahrir al-Sham launched an offensive against the SNA's Third Legion.", ("HTS", "THIRDLEGION")),
    ],
)
def test_an_armed_group_named_after_a_possessive_is_the_side_struck(
    text: str, sides: tuple[str, str], lexicon: Lexicon
) -> None:
    assert pair(*sides) in conflicts(text, lexicon)
    assert conflicts("Ukraine attacked Russia's policy.", lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Russian artillery pounded Ukrainian villages.",
        "Russia said its forces killed 20 Ukrainian soldiers.",
        "Tensions between Russia and Ukraine boiled over into clashes.",
    ],
)
def test_weapons_as_subject_a_states_own_forces_and_a_rivalry_boiled_over(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == {pair("RUS", "UKR")}


def test_its_forces_are_the_reporting_subjects_not_its_object(lexicon: Lexicon) -> None:
    assert conflicts("Russia praised Ukraine and said its troops attacked Belarusian positions.", lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the objects of a verb in a clause that opens the sentence end at its comma
        ("After Russia attacked in February, Poland and Ukraine signed a pact.", set()),
        ("When Israel struck last year, Iran and Qatar condemned it.", set()),
        ("After Russia attacked Ukraine, Poland condemned Moscow.", {("RUS", "UKR")}),
        # power seized is a government taken, not a side fought
        ("Since the Taliban seized power in Afghanistan, Tajikistan and Afghanistan have traded barbs.", set()),
        ("The M23 seized Goma from Congolese troops.", {("COD", "M23")}),
    ],
)
def test_fronted_clauses_end_their_objects_and_power_seized_is_no_attack(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fighters of no named side struck in a state are not the state's
        ("Ukrainian special services launched strikes on Wagner-backed militia in Sudan.", set()),
        ("Ukraine launched strikes on militants in Sudan.", set()),
        ("Israel's strikes on Iran-backed groups in Syria continued.", set()),
        ("Israel struck armed factions in southern Syria.", set()),
        ("Israel conducted airstrikes against militants and army positions in Syria.", {pair("ISR", "SYR")}),
        ("Saudi jets launched strikes on Houthi militants in Yemen.", {pair("HOUTHIS", "SAU")}),
        # but their hideouts and camps are the state's ground
        ("Iran launched strikes on militant hideouts in Pakistan.", {pair("IRN", "PAK")}),
        ("Iran launched strikes on militant camps in Pakistan.", {pair("IRN", "PAK")}),
    ],
)
def test_strikes_on_unnamed_fighters_are_not_on_the_state_they_are_in(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aid convoy is no state's side; a border is no place inside the state
        ("Myanmar's military opened fire at a Chinese Red Cross convoy.", set()),
        ("Myanmar's military opened fire at a Chinese patrol.", {pair("CHN", "MMR")}),
        # nor is a state's or a body's aid: "a UN aid convoy", "Qatari relief trucks"
        ("Israeli forces fired at a UN aid convoy in Gaza.", set()),
        ("Russian jets struck Qatari relief trucks.", set()),
        ("Israeli forces fired at a UN convoy in Lebanon.", {pair("ISR", "UN")}),
        ("The KIA seized an army base in Pangwa near the Chinese border.", set()),
        # the unnamed fighters a state is blamed for sheltering attack, not the state
        ("Pakistan accused Afghanistan of sheltering terrorists to attack Pakistan.", set()),
        ("The United States armed Ukraine to fight Russia.", {pair("RUS", "UKR")}),
        # the ground used is not the attacker; its user is
        ("Israel used Syrian airspace to strike Iran.", {pair("IRN", "ISR")}),
        (
            "Pakistan accuses Afghanistan of failing to expel terrorists using Afghan territory to launch attacks "
            "on Pakistan.",
            set(),
        ),
        # aid said of a state's attack is no aid convoy
        ("Russia attacked Ukraine, aid agencies said.", {pair("RUS", "UKR")}),
    ],
)
def test_aid_convoys_borders_and_sheltered_fighters_name_no_side(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon, "2025-09-13") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city where a war is reported names its state's ground
        ("Russian missiles struck Kharkiv on Sunday.", {pair("RUS", "UKR")}),
        ("MNDAA fighters seized control of Lashio.", {pair("MMR", "MNDAA")}),
        ("The RSF shelled El Fasher again.", {pair("RSF", "SDN")}),
        # but not ground another side has held for years
        ("Russian jets struck Idlib.", set()),
    ],
)
def test_a_city_names_its_state_s_ground(text: str, expected: set[tuple[str, ...]], lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == expected


def test_a_target_for_something_is_a_noun_not_a_strike(lexicon: Lexicon) -> None:
    text = "The Lebanese government agreed an end of year target for the disarmament of Hezbollah."
    assert conflicts(text, lexicon) == set()
    assert conflicts("Lebanon's army targeted Hezbollah positions.", lexicon) == {pair("HEZBOLLAH", "LBN")}


def test_a_side_described_by_its_backer_joins_the_list(lexicon: Lexicon) -> None:
    assert conflicts("Israel and the Iran-backed Hezbollah traded fire.", lexicon) == {pair("HEZBOLLAH", "ISR")}
    assert conflicts("Fighting between Israel and the Iran-backed Hezbollah continued.", lexicon) == {
        pair("HEZBOLLAH", "ISR")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one strike is as much a noun as many: "launched a strike on Y", "made its first strike against Y"
        ("Australia launched a strike on the Islamic State.", {pair("AUS", "IS")}),
        ("Australian jets made their first strike against Islamic State militants in Iraq.", {pair("AUS", "IS")}),
        ("Israel's strike on Iran was condemned by Qatar.", {pair("IRN", "ISR")}),
        # but a general strike is no war, and a deal struck is none either
        ("Workers in Israel staged a general strike.", set()),
        ("Russia and Ukraine struck a deal.", set()),
    ],
)
def test_a_single_strike_is_a_conflict_noun(text: str, expected: set[tuple[str, ...]], lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a name quoted whole is a name, not a quotation
        "The Myanmar junta is battling ethnic rebels and dozens of new “People’s Defense Forces” across the country.",
        'The Myanmar junta is fighting newer "People\'s Defence Forces" in Sagaing.',
    ],
)
def test_a_name_in_quotation_marks_is_still_a_side(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == {pair("MMR", "PDF")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a relative clause says the struck things went is not whose they are
        ("French jets struck vehicles that entered Chad from Libya.", set()),
        # the bare form after an actor after a preposition is a noun: the attack is Russia's, not the consulate's
        ("The Chinese consulate was damaged in Russian attack on Odesa.", {pair("RUS", "UKR")}),
        ("Chinese consulate damaged in Russian attack on Odesa", {pair("RUS", "UKR")}),
        # a nationality's businesses are no state's side
        ("Moscow deliberately targeted Indian businesses in Kyiv.", set()),
        ("Russia targeted Indian troops.", {pair("IND", "RUS")}),
    ],
)
def test_relative_places_attacks_owned_after_a_preposition_and_businesses(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a public or verbal clash is words; fishing boats are no state's side
        ("The summit saw a public clash between Brazil and Argentina over Venezuela.", set()),
        ("Brazil and Argentina clashed verbally over Venezuela.", set()),
        ("Brazil publicly clashed with Argentina over Venezuela.", set()),
        ("Brazil and Argentina publicly clashed over Venezuela.", set()),
        ("Brazil clashed with Argentina on the border.", {pair("ARG", "BRA")}),
        ("Myanmar's navy fired on Thai fishing vessels.", set()),
        ("Brazil and Argentina clashed on the border.", {pair("ARG", "BRA")}),
        ("Myanmar's navy fired on a Thai patrol boat.", {pair("MMR", "THA")}),
    ],
)
def test_public_clashes_and_fishing_boats_are_no_war(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


def test_fired_upon_by_is_passive_past_a_time_phrase(lexicon: Lexicon) -> None:
    text = "An Indian warship was on Friday fired upon by Somali pirates."
    assert conflicts(text, lexicon) == {pair("IND", "SOMALIPIRATES")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ahrar al-Iraq has claimed several attacks on military bases hosting Turkish troops in Iraq.",
            {("AHRARIRAQ", "TUR")},
        ),
        ("Hezbollah has claimed several attacks on military bases in Iraq.", {("HEZBOLLAH", "IRQ")}),
    ],
)
def test_an_attack_on_bases_hosting_a_state_s_troops_is_on_that_state(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("Agwelek forces", "AGWELEK"),
        ("the Islamic Resistance Ahrar al-Iraq Brigade", "AHRARIRAQ"),
        ("Firqat al-Ghuraba", "GHURABA"),
        ("al-Jama'a al-Islamiyya", "JAMAAISLAMIYA"),
        ("the Kachin Border Guard Force", "KACHINBGF"),
        ("the Kawthoolei Army", "KTLA"),
        ("Lafken Winkul Mapu", "LAFKENWINKULMAPU"),
        ("Silvercorp", "SILVERCORP"),
    ],
)
def test_armed_groups_added_this_round_are_known(name: str, actor: str, lexicon: Lexicon) -> None:
    assert conflicts(f"{name} clashed with Colombia's army.", lexicon) == {pair(actor, "COL")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US and the UK struck sites linked to the Houthis in Yemen.", {("GBR", "HOUTHIS"), ("HOUTHIS", "USA")}),
        (
            "The US and the UK launched a retaliatory strike against sites linked to Houthi rebels.",
            {("GBR", "HOUTHIS"), ("HOUTHIS", "USA")},
        ),
        ("Israel struck positions belonging to Hezbollah and Hamas.", {("HAMAS", "ISR"), ("HEZBOLLAH", "ISR")}),
        ("Iraq said it was investigating an explosion that struck a base belonging to the PMF.", set()),  # no doer
    ],
)
def test_sites_linked_to_or_belonging_to_a_side_are_its(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


def test_an_attack_by_fighters_of_a_group_named_in_apposition_kills_the_states_soldiers(lexicon: Lexicon) -> None:
    text = (
        "Twelve Chadian soldiers were killed in a suspected attack by fighters from the ISIL-linked group, ISWAP, "
        "on Friday."
    )
    assert conflicts(text, lexicon) == {pair("ISWAP", "TCD")}


@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian drone hit an oil depot in Russia's Bryansk region.",
        "A Russian missile hit a Ukrainian hospital.",
    ],
)
def test_a_weapon_before_a_verb_and_its_object_is_the_verbs_subject(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == {pair("RUS", "UKR")}


def test_repelling_an_attack_by_another_side_is_fighting_it(lexicon: Lexicon) -> None:
    text = "The Indian Army said it had repelled an infiltration bid by Pakistani troops."
    assert conflicts(text, lexicon) == {pair("IND", "PAK")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site near a place inside a state is in that state
        ("Pakistan bombed a fuel depot near Afghanistan's Kandahar airport.", {pair("AFG", "PAK")}),
        ("Pakistan bombed a fuel depot near the Afghan city of Kandahar.", {pair("AFG", "PAK")}),
        # near a state, or near its edge, may be on the other side
        ("Israel struck a building near Lebanon's border.", set()),
        ("Israel struck targets near Lebanon's southern border.", set()),
        ("Israel struck a building near Lebanon.", set()),
    ],
)
def test_a_site_struck_near_a_state_s_place(text: str, expected: set[tuple[str, ...]], lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # strikes in or across a state hit that state
        ("Israel carried out strikes in Lebanon.", {pair("ISR", "LBN")}),
        ("Israel launched a wave of airstrikes across Lebanon.", {pair("ISR", "LBN")}),
        ("Israeli air strikes in Lebanon killed 20 people.", {pair("ISR", "LBN")}),
        ("India struck nine sites in Pakistan.", {pair("IND", "PAK")}),  # a count in words before the sites
        # a war or a conflict in a place is where it is fought, not whom a side fights
        ("Russia offered to host talks on the Sudanese conflict in Moscow.", set()),
        ("Turkey fought a war in Syria against the Kurds.", set()),
    ],
)
def test_strikes_in_a_state(text: str, expected: set[tuple[str, ...]], lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # strikes in a state that help it, or hit someone else there, do not make it a side
        ("Russia carried out airstrikes in Syria in support of Assad's forces.", set()),
        ("France launched airstrikes in Mali to help the government push back jihadists.", set()),
        ("The US-led coalition conducted strikes across Iraq and Syria against Islamic State.", {pair("IS", "USA")}),
        ("Pakistan carried out airstrikes in Afghanistan against TTP hideouts.", {pair("PAK", "TTP")}),
        # a state's post abroad, near which a site is struck, is not its ground
        ("Israel bombed a depot near Russia's Hmeimim air base.", set()),
        ("Israel struck a weapons depot near Iran's embassy in Damascus.", set()),
    ],
)
def test_strikes_in_a_state_against_another_or_near_its_posts_abroad(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


def test_a_participle_clause_after_a_strike_names_no_target_of_it(lexicon: Lexicon) -> None:
    text = "Cuba condemned US strikes, blaming the tension on Israel."
    assert pair("ISR", "USA") not in conflicts(text, lexicon)
    assert ("CUB", "ISR") in criticisms(text, lexicon)


def test_nouns_listed_after_a_comma_are_no_participle_clause(lexicon: Lexicon) -> None:
    text = "Poland condemned a surge in assassination, kidnapping, and harassment plots by Belarus."
    assert ("POL", "BLR") in criticisms(text, lexicon)


def test_a_compound_waging_war_against_a_third_is_one_side(lexicon: Lexicon) -> None:
    found = conflicts(
        "Since the start of the US-Israel war against Iran, the region has been struck by drones.", lexicon
    )
    assert {pair("IRN", "USA"), pair("IRN", "ISR")} <= found
    assert pair("ISR", "USA") not in found


def test_its_after_support_given_to_an_actor_is_that_actors(lexicon: Lexicon) -> None:
    found = conflicts("Australia provided military support to the US for its attack on Iran.", lexicon)
    assert pair("IRN", "USA") in found
    assert pair("AUS", "IRN") not in found


def test_its_after_an_apology_to_an_actor_stays_the_subjects(lexicon: Lexicon) -> None:
    assert pair("CHN", "JPN") in conflicts("Japan apologised to the Philippines for its attacks on China.", lexicon)


def test_an_officials_speech_verb_ends_the_search_for_a_passive_verbs_patient(lexicon: Lexicon) -> None:
    found = conflicts("US officials believed the missile which struck Poland was fired by Ukrainian forces.", lexicon)
    assert not {pair("POL", "USA"), pair("UKR", "USA")} & found


def test_seizing_a_yacht_is_no_fighting(lexicon: Lexicon) -> None:
    assert not conflicts("The United States seized a Russian superyacht linked to an oligarch.", lexicon)


def test_an_absolute_clause_after_an_attack_names_no_target_of_it(lexicon: Lexicon) -> None:
    text = (
        "Israel declared its support for the US attack, with Prime Minister Benjamin Netanyahu describing it as bold."
    )
    assert ("USA", "ISR") not in criticisms(text, lexicon)


def test_a_person_attacking_an_aircraft_is_fighting_not_words(lexicon: Lexicon) -> None:
    text = "Machar attacked a UN helicopter."
    assert pair("SPLMIO", "UN") in conflicts(text, lexicon)
    assert ("SPLMIO", "UN") not in criticisms(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "The Nigerian Air Force has carried out airstrikes in neighbouring Benin as part of an operation to counter "
        "an attempted coup.",
        "Russia carried out airstrikes in Syria at the request of the Syrian government.",
        "The US carried out airstrikes in Somalia in support of the Somali government.",
    ],
)
def test_a_strikes_host_or_the_one_it_helps_is_not_its_enemy(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


def test_a_strikes_place_stays_its_target_without_a_hosting_phrase(lexicon: Lexicon) -> None:
    assert conflicts("Israel carried out strikes in Syria.", lexicon) == {pair("ISR", "SYR")}
    assert conflicts("Israel carried out strikes in Lebanon to counter Hezbollah.", lexicon) == {
        pair("HEZBOLLAH", "ISR")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India carried out strikes in Pakistan to defend its sovereignty.", {pair("IND", "PAK")}),
        ("Israel carried out strikes in Iran to counter the nuclear threat.", {pair("IRN", "ISR")}),
        ("The US carried out airstrikes in Somalia to support the Somali government.", set()),
    ],
)
def test_a_strikes_purpose_hosts_it_only_for_the_places_own_or_a_coup(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Houthis launched a drone at Israel.", {pair("HOUTHIS", "ISR")}),
        ("The Houthis launched a ballistic missile toward Israel.", {pair("HOUTHIS", "ISR")}),
        ("Israel launched a campaign against Hamas.", set()),  # nothing fired: no strike
        ("China launched a satellite for Pakistan.", set()),
    ],
)
def test_launching_what_is_fired_at_another_is_a_strike(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ('"Russia attacked our country," Zelensky said.', ("RUS", "UKR")),
        ('"Russia is shelling our cities every day," Zelensky said.', ("RUS", "UKR")),
        ('"Hezbollah fired rockets at our towns," Netanyahu said.', ("HEZBOLLAH", "ISR")),
    ],
)
def test_our_land_attacked_in_a_quotation_is_the_speakers(text: str, sides: tuple[str, str], lexicon: Lexicon) -> None:
    assert pair(*sides) in conflicts(text, lexicon, "2025-03-01")


def test_our_land_defended_in_a_quotation_is_no_war(lexicon: Lexicon) -> None:
    assert conflicts('"We will defend our country," Zelensky said.', lexicon, "2025-03-01") == set()


@pytest.mark.parametrize(
    "text",
    [
        "A Russian missile struck Kyiv.",
        "A Russian drone hit Kyiv on Monday.",
        "Hezbollah rockets rained down on Israel's northern towns.",
    ],
)
def test_one_weapon_striking_names_its_owners_war(text: str, lexicon: Lexicon) -> None:
    assert len(conflicts(text, lexicon)) == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russian drones struck an apartment block in Kharkiv.", ("RUS", "UKR")),
        ("Russian shells hit a market in Kherson.", ("RUS", "UKR")),
        ("Israeli jets bombed a school in Lebanon.", ("ISR", "LBN")),
    ],
)
def test_strikes_on_something_in_another_states_ground_are_war_with_it(
    text: str, expected: tuple[str, str], lexicon: Lexicon
) -> None:
    found = {
        (tuple(sorted(f.parties)), f.rule)
        for f in extract([text], lexicon, "2025-06-04")
        if f.type == "conflict" and f.confidence >= DEFAULT_MIN_CONFIDENCE
    }
    assert found == {(pair(*expected), "conflict.struck_in")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russian drones struck an apartment block in Moscow.", set()),  # the strikers' own ground
        ("US strikes hit camps of al-Shabaab fighters in Somalia.", {pair("ALSHABAAB", "USA")}),  # not Somalia
        ("US strikes hit camps in Somalia used by militias.", set()),  # an unnamed group's camps
        ("A stray drone hit was recorded in Kharkiv.", set()),  # a noun
        ("Russian troops struck back in Kharkiv.", set()),  # nothing struck before the place
    ],
)
def test_no_strike_on_another_states_ground(text: str, expected: set[tuple[str, ...]], lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets bombarded Aleppo in support of Syrian government forces.",
        "Russian jets bombarded Aleppo on behalf of Syria's government.",
    ],
)
def test_strikes_in_support_of_the_grounds_state_are_no_war_with_it(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


def test_strikes_on_the_ground_of_a_state_not_supported_are_war_with_it(lexicon: Lexicon) -> None:
    assert conflicts("Russian jets bombarded Aleppo.", lexicon) == {pair("RUS", "SYR")}


@pytest.mark.parametrize(
    "text",
    [
        "South Korean troops fired warning shots at North Korean soldiers.",
        "North Korea fired an artillery barrage at South Korean border islands.",
    ],
)
def test_shots_or_artillery_fired_at_anothers_forces_or_ground(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == {pair("KOR", "PRK")}


def test_shots_fired_at_a_states_own_protesters_are_no_war(lexicon: Lexicon) -> None:
    assert conflicts("Police fired rubber bullets at Kenyan protesters.", lexicon) == set()


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Russian forces captured a village in eastern Ukraine.", ("RUS", "UKR")),
        ("M23 rebels seized a key town in eastern Congo.", ("COD", "M23")),
    ],
)
def test_one_place_attacked_or_taken_on_anothers_ground(text: str, sides: tuple[str, str], lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == {pair(*sides)}


def test_a_town_raided_by_a_states_own_police_is_no_war(lexicon: Lexicon) -> None:
    assert conflicts("Kenyan police raided a house in a town in Kenya.", lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Spanish police seized two tonnes of cocaine in Ecuador.",  # policing, and goods seized
        "The US seized a plane in the Dominican Republic.",
        "Trump fired the opening salvo at China in the trade war.",  # a salvo of words
    ],
)
def test_goods_seized_policing_or_a_salvo_of_words_are_no_war(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Israel is now also striking PFLP leaders.",
        "Israel appears to be expanding its targets beyond Hezbollah, now also striking PFLP leaders.",
    ],
)
def test_a_progressive_strike_past_its_adverbs_is_fighting(text: str, lexicon: Lexicon) -> None:
    assert pair("ISR", "PFLP") in conflicts(text, lexicon)


def test_a_participle_of_an_operation_past_an_adverb_is_still_the_operations(lexicon: Lexicon) -> None:
    assert conflicts("Operations now targeting Hamas in Gaza continued.", lexicon) == set()


def test_strikes_deep_inside_a_state_hit_that_state(lexicon: Lexicon) -> None:
    assert conflicts("Ukraine has launched drone strikes deep inside Russia.", lexicon) == {pair("RUS", "UKR")}


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah has fired about 1,000 Katyusha rockets into northern Israel.",
        "The leader of the Hezbollah group that has fired about 1,000 Katyusha rockets into Israel spoke.",
    ],
)
def test_a_count_before_what_was_fired_keeps_its_target(text: str, lexicon: Lexicon) -> None:
    assert pair("HEZBOLLAH", "ISR") in conflicts(text, lexicon)
