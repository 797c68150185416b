"""Subjects in the shapes news gives them: a state's office or body, a relative clause, an aside, an apposition.

Each subject form is read with each verb frame, so that a form that works in one frame and not in another shows."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, criticisms, mediations, pair

# subject forms that speak for Qatar
SUBJECTS = [
    "Qatar",
    "Doha",
    "Qatar's prime minister",
    "Qatar's top diplomat",
    "Qatar's foreign ministry",
    "The Qatari prime minister",
    "The prime minister of Qatar",
    "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani",
    "Qatar, a close US ally,",
    "Qatar's Ministry of Foreign and International Affairs",
    "Qatar's UN envoy",
    "Qatar's minister of state for foreign affairs",
    "Qatar's ambassador to the UN",
]
# frames around the subject and its verb phrase {V}
FRAMES = [
    "{S} {V}.",
    "{S} on Monday {V}.",
    "{S}, however, {V}.",
    "{S}, for its part, {V}.",
    "{R}, {W} {V}, said on Monday the sides were close.",
    "{R}, {W} chairs the Gulf Cooperation Council this year, {V}.",
    "Officials said {S} {V}.",
    "{S} said on Monday it {V}.",
    "{S} on Monday strongly {V}.",
]


def _sentence(frame: str, subject: str, verb_phrase: str) -> str:
    bare = subject.rstrip(",")
    pronoun = "who" if any(w in bare for w in ("minister", "diplomat", "envoy", "ambassador")) else "which"
    text = frame.format(S=subject, R=bare, W=pronoun, V=verb_phrase).replace(",,", ",")
    return text[0].upper() + text[1:]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("subject", SUBJECTS)
def test_every_subject_form_criticises_in_every_frame(subject: str, frame: str, lexicon: Lexicon) -> None:
    text = _sentence(frame, subject, "condemned Israel")
    assert criticisms(text, lexicon) == {("QAT", "ISR")}, text


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("subject", SUBJECTS)
@pytest.mark.parametrize(
    "verb_phrase", ["helped broker a truce between Israel and Hamas", "offered to mediate between Israel and Hamas"]
)
def test_every_subject_form_mediates_through_a_verb_group(
    subject: str, frame: str, verb_phrase: str, lexicon: Lexicon
) -> None:
    text = _sentence(frame, subject, verb_phrase)
    assert mediations([text], lexicon, 0) == {("QAT", "ISR"), ("QAT", "HAMAS")}, text


@pytest.mark.parametrize(
    "side",
    ["terror group Hamas", "the terror group Hamas", "the terrorist organisation Hamas", "guerrilla group Hamas"],
)
def test_a_described_group_is_a_side_of_the_talks(side: str, lexicon: Lexicon) -> None:
    text = f"Qatar mediated talks between Israel and {side}."
    assert mediations([text], lexicon, 0) == {("QAT", "ISR"), ("QAT", "HAMAS")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the participle after a statement its subject issued says what the subject does
        ("Qatar issued a statement condemning Israel.", {("QAT", "ISR")}),
        ("Qatar's foreign ministry released a statement on Monday strongly condemning Israel.", {("QAT", "ISR")}),
        ("Qatar issued a statement, accusing Israel of war crimes.", {("QAT", "ISR")}),
        ("Qatar welcomed a statement condemning Israel.", set()),  # someone else's statement
        # how strongly does not part a subject from its noun
        ("Qatar voiced strong condemnation of Israel's raid.", {("QAT", "ISR")}),
        ("Qatar expressed sharp criticism of Israel.", {("QAT", "ISR")}),
    ],
)
def test_a_statement_issued_and_a_strong_condemnation(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Qatar played a key role in mediating between Israel and Hamas.",
        "Qatar was instrumental in mediating between Israel and Hamas.",
    ],
)
def test_a_part_played_in_mediating(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("QAT", "ISR"), ("QAT", "HAMAS")}


@pytest.mark.parametrize(
    "text",
    [
        "Mediating between Israel and Hamas is hard, Qatar said.",
        "Israel secured a ceasefire with Hamas.",
        # who secured a deal is not said: here the last-named, not the mediator, would take it
        "Kiir held talks with Burhan and RSF commander Hemedti, securing an accord between Israel and Hamas.",
    ],
)
def test_mediating_with_no_mediator_or_securing_a_truce_is_no_mediation(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A spokesperson for China's foreign ministry criticised Japan.", {("CHN", "JPN")}),
        ("A spokesman for the Kremlin accused Ukraine of terrorism.", {("RUS", "UKR")}),
        ("The US special envoy for Sudan criticised the RSF.", {("USA", "RSF")}),  # an envoy for a place
    ],
)
def test_a_spokesperson_for_a_body_speaks_for_it(text: str, expected: set[tuple[str, str]], lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A statement from the Chinese foreign ministry accused Japan of provoking tensions.", {("CHN", "JPN")}),
        ("The statement by Beijing criticised Tokyo.", {("CHN", "JPN")}),
        ("A joint statement from Egypt and Qatar condemned Israel's strikes.", {("EGY", "ISR"), ("QAT", "ISR")}),
        ("A statement issued by Iran's foreign ministry condemned the US strikes.", {("IRN", "USA")}),
        ("Statements from Egypt and Qatar condemned Israel's strikes.", {("EGY", "ISR"), ("QAT", "ISR")}),
        # a statement issued by another, inside the object: not the subject of the verb
        ("The UN welcomed a statement from Egypt condemning the attack.", set()),
        ("He read a statement from Qatar and Egypt criticising the delay.", set()),
    ],
)
def test_a_statement_from_a_body_opening_the_clause_speaks_for_it(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Witkoff met Putin in Moscow to broker a deal between Russia and Ukraine.", {("USA", "RUS"), ("USA", "UKR")}),
        (
            "Qatar's prime minister flew to Cairo to mediate between Israel and Hamas.",
            {("QAT", "ISR"), ("QAT", "HAMAS")},
        ),
        ("Qatar urged Turkey to mediate between Israel and Hamas.", set()),  # an appeal; Turkey has not agreed
    ],
)
def test_who_went_or_met_someone_to_mediate_mediates(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France, together with Germany and Italy, condemned Russia.",
            {("FRA", "RUS"), ("DEU", "RUS"), ("ITA", "RUS")},
        ),
        ("France, alongside Germany, has strongly condemned Russia.", {("FRA", "RUS"), ("DEU", "RUS")}),
        ("France, joined by Germany, condemned Russia.", {("FRA", "RUS"), ("DEU", "RUS")}),
        ("Armenia, along with its ally Russia, condemned Azerbaijan.", {("ARM", "AZE"), ("RUS", "AZE")}),
        # an object's companion, or a companion not followed by the subject's verb, is no subject
        ("France condemned Russia, alongside Belarus, for the attack.", {("FRA", "RUS")}),
        ("France, alongside Germany's troops in Mali, condemned Russia.", {("FRA", "RUS")}),
        ("France, alongside Germany, the largest economy in Europe, condemned Russia.", {("FRA", "RUS")}),
    ],
)
def test_a_companion_set_beside_the_subject_between_commas_acts_with_it(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "South Africa's Department of International Relations and Cooperation formally summoned the US envoy.",
        "Kenya's Ministry of Foreign and Diaspora Affairs summoned the US envoy.",
    ],
)
def test_a_possessor_heads_a_long_capitalised_body_name(text: str, lexicon: Lexicon) -> None:
    assert len(criticisms(text, lexicon)) == 1


def test_a_possessor_before_a_long_run_of_lower_case_words_heads_no_subject(lexicon: Lexicon) -> None:
    text = "Kenya's long and bitter quarrel over trade and the border with its neighbours summoned no one."
    assert criticisms(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The report came after Canada and the United States accused India of spying.",
            {("CAN", "IND"), ("USA", "IND")},
        ),
        ("The summit was held after Kenya and Somalia condemned Ethiopia.", {("KEN", "ETH"), ("SOM", "ETH")}),
    ],
)
def test_a_subject_list_after_a_subordinating_after_or_since(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


def test_a_list_after_a_preposition_is_still_no_subject(lexicon: Lexicon) -> None:
    assert criticisms("After talks with Kenya and Somalia, Ethiopia condemned Eritrea.", lexicon) == {("ETH", "ERI")}


@pytest.mark.parametrize(
    "text",
    [
        "Wong, the Australian foreign minister, said in a statement the sanctions targeted three Taliban ministers.",
        "The Australian foreign minister said the sanctions targeted three Taliban ministers.",
        "The Australian foreign ministry said the strikes targeted Taliban positions.",
    ],
)
def test_an_office_s_speech_verb_ends_its_clause(text: str, lexicon: Lexicon) -> None:
    """The state's adjective heads the office that said; what follows has a subject of its own."""
    assert conflicts(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Israeli defence minister ordered the army to strike Hezbollah positions.", {pair("HEZBOLLAH", "ISR")}),
        ("Israel's defence minister said Israeli jets struck Hezbollah positions.", {pair("HEZBOLLAH", "ISR")}),
    ],
)
def test_an_office_s_own_deed_or_its_state_s_named_forces_still_fight(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Turkish Foreign Minister Hakan Fidan said his country was ready to host talks between Russia and Ukraine.",
        "Turkey's foreign minister said his country was ready to host talks between Russia and Ukraine.",
    ],
)
def test_his_country_is_the_state_of_the_person_named(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("TUR", "RUS"), ("TUR", "UKR")}


def test_his_country_with_no_person_named_is_no_one(lexicon: Lexicon) -> None:
    assert mediations(["His country was ready to host talks between Russia and Ukraine."], lexicon, 0) == set()


def test_the_office_that_said_it_would_is_its_state(lexicon: Lexicon) -> None:
    text = "Canada's foreign ministry said it had accepted a mandate to facilitate talks between Cameroon and Nigeria."
    assert ("CAN", "CMR") in mediations([text], lexicon, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Argentina announced the minister's resignation while denouncing Cuba.", {("ARG", "CUB")}),
        ("Pakistan responded by condemning India.", {("PAK", "IND")}),
        ("Kenya met Somalia's president before criticising Ethiopia.", {("KEN", "ETH")}),
        ("Qatar hosted the talks while Egypt was criticising Israel.", {("EGY", "ISR")}),  # a clause of its own
    ],
)
def test_a_participle_after_while_by_or_before_is_the_main_subject_s(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named between a state and its envoy is where the envoy is posted, not who speaks
        ("The Russian UN envoy condemned Israel.", {("RUS", "ISR")}),
        ("Qatar's EU ambassador condemned Israel.", {("QAT", "ISR")}),
        # a body's own envoy speaks for the body
        ("The EU's envoy to Ukraine condemned Russia.", {("EU", "RUS")}),
        ("The UN envoy condemned Israel.", {("UN", "ISR")}),
    ],
)
def test_a_states_envoy_to_a_body_speaks_for_the_state(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lithuania also recalled that more than 800 drones attacked Kyiv.", set()),  # the clause's own subject
        ("Russia said that its forces attacked Kyiv.", {pair("RUS", "UKR")}),  # 'its' reaches back
        ("Russia claimed that it attacked Kyiv.", {pair("RUS", "UKR")}),
    ],
)
def test_a_that_clause_keeps_its_unnamed_subject(text: str, expected: set[tuple[str, ...]], lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon) == expected


def test_a_coalition_a_group_leads_acts_for_it_as_an_agent(lexicon: Lexicon) -> None:
    text = "More than 40 Myanmar soldiers were captured by the KNLA-led coalition during the clashes."
    assert pair("KNU", "MMR") in conflicts(text, lexicon)
    assert criticisms("Iran condemned the US-led coalition.", lexicon) == {("IRN", "USA")}


def test_its_after_a_subordinate_verb_is_that_verbs_subjects(lexicon: Lexicon) -> None:
    text = "The EU imposed sanctions on Russia after Russia launched its invasion of Ukraine."
    assert conflicts(text, lexicon) == {pair("RUS", "UKR")}


@pytest.mark.parametrize(
    "text",
    [
        "Chad said Friday seven of its soldiers had been killed, with an official blaming the Rapid Support Forces.",
        "Chad said seven of its soldiers had been killed, with officials accusing the RSF of the attack.",
        "Chad's army said seven soldiers died, with an official blaming the RSF.",
    ],
)
def test_an_unnamed_official_in_a_with_clause_speaks_for_the_subject(text: str, lexicon: Lexicon) -> None:
    assert ("TCD", "RSF") in criticisms(text, lexicon)


def test_a_named_official_in_a_with_clause_speaks_for_his_own_state(lexicon: Lexicon) -> None:
    text = "Chad said seven soldiers died, with a Sudanese official blaming the RSF."
    assert ("TCD", "RSF") not in criticisms(text, lexicon)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            'China lashed out at Germany after the country\'s foreign minister called Xi Jinping a "dictator".',
            ("DEU", "CHN"),
        ),
        ("Iran said the country's foreign minister condemned Israel.", ("IRN", "ISR")),
    ],
)
def test_the_countrys_office_is_the_last_state_named_before_it(
    text: str, pair: tuple[str, str], lexicon: Lexicon
) -> None:
    assert pair in criticisms(text, lexicon)


def test_the_countrys_office_with_no_state_before_it_is_no_one(lexicon: Lexicon) -> None:
    assert criticisms("The EU said the country's president criticised Russia.", lexicon) == set()


def test_a_subject_after_a_clause_opener_keeps_its_verb_past_a_time(lexicon: Lexicon) -> None:
    text = "The comments come after Netanyahu on Tuesday launched a blistering attack on Australia's prime minister."
    assert criticisms(text, lexicon) == {("ISR", "AUS")}
    assert conflicts("Protests grew after Israel on Monday struck Lebanon.", lexicon) == {pair("ISR", "LBN")}


def test_a_gathering_that_targets_an_actor_is_no_actors_deed(lexicon: Lexicon) -> None:
    text = "The Swiss Ambassador was summoned following a provocative demonstration that targeted President Erdogan."
    assert conflicts(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya, which borders Somalia, said the country's defence minister had condemned Ethiopia.", {("KEN", "ETH")}),
        ("Hungary blocked aid for Ukraine as the country's prime minister criticised Brussels.", set()),
    ],
)
def test_the_countrys_office_is_not_a_state_named_only_in_passing(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


def test_its_after_a_subordinate_verb_of_support_stays_the_main_subjects(lexicon: Lexicon) -> None:
    text = "Ukraine rejoiced after the US backed its offensive against Russia."
    assert conflicts(text, lexicon) == {pair("RUS", "UKR")}


def test_a_military_campaign_that_targets_an_actor_is_its_owners(lexicon: Lexicon) -> None:
    assert conflicts("Israel's air campaign that targeted Hezbollah killed hundreds.", lexicon) == {
        pair("HEZBOLLAH", "ISR")
    }


def test_an_infinitives_object_is_no_subject_of_a_participle_after_the_clause(lexicon: Lexicon) -> None:
    text = "Egypt's minister stressed its opposition to attempts to forcibly relocate Palestinians, condemning Israel."
    assert criticisms(text, lexicon) == {("EGY", "ISR")}


def test_a_states_adjective_after_a_preposition_to_is_no_infinitives_object(lexicon: Lexicon) -> None:
    assert conflicts("Due to heavy Russian shelling, Ukrainian troops withdrew from the town.", lexicon) == {
        pair("RUS", "UKR")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oman's foreign minister said he had passed messages between Tehran and Washington.", {"IRN", "USA"}),
        ("The Omani foreign minister said that he would mediate between Iran and the US.", {"IRN", "USA"}),
    ],
)
def test_he_after_an_office_holders_speech_is_the_office_holder(
    text: str, expected: set[str], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == {("OMN", side) for side in expected}


def test_he_after_a_states_speech_is_someone_else(lexicon: Lexicon) -> None:
    assert mediations(["Oman said he had passed messages between Tehran and Washington."], lexicon, 0) == set()


def test_a_verb_joined_through_an_infinitive_keeps_the_first_verbs_subject(lexicon: Lexicon) -> None:
    text = "France called Moscow and offered to mediate between Russia and Georgia."
    assert mediations([text], lexicon, 0) == {("FRA", "RUS"), ("FRA", "GEO")}


def test_a_mediator_joined_through_an_infinitive_takes_the_documents_sides(lexicon: Lexicon) -> None:
    document = ["Russia and Georgia fought a war in August.", "France called Moscow and offered to mediate."]
    assert mediations(document, lexicon, 1) == {("FRA", "RUS"), ("FRA", "GEO")}


@pytest.mark.parametrize(
    "text",
    [
        "Officials from Yemen's government accused the Houthis of lying.",
        "Yemen's government threatened to quit the talks, accusing the Houthis of lying.",  # a threat, a charge made
    ],
)
def test_envoys_from_a_state_and_a_charge_beside_a_threat_are_the_states(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == {("YEM", "HOUTHIS")}


def test_a_charge_beside_an_expected_act_is_not_yet_made(lexicon: Lexicon) -> None:
    assert (
        criticisms("Yemen's government is expected to quit the talks, accusing the Houthis of lying.", lexicon) == set()
    )


def test_a_singular_relative_after_a_list_is_its_last(lexicon: Lexicon) -> None:
    text = "The army fought members of the Nusra Front and the Islamic State, which has seized areas of Iraq."
    assert pair("HTS", "IRQ") not in conflicts(text, lexicon)
    assert pair("IRQ", "IS") in conflicts(text, lexicon)
