"""More mediators: a role noun said of its subject, the chairs of talks, one side against a counted group, who
proposed the talks ("at the initiative of X"), and a role not given through a pronoun from sentences before. One
invented sentence per construction, and the near misses that must not read as mediation."""

from __future__ import annotations

import pytest

from graphx.extract.extractor import extract
from graphx.lexicon import Lexicon
from tests.extract.readings import BOTH, SIDES, mediations

POSITIVE = [
    # a role noun as the complement of 'be', and the list that shares the role
    (
        "Norway is one of the guarantor nations for the talks, along with Sweden, Finland and Chile.",
        {"NOR", "SWE", "FIN", "CHL"},
    ),
    ("Norway is the facilitator of the talks.", {"NOR"}),
    ("Sweden, which is the main mediator, said the talks would resume.", {"SWE"}),
    ("Finland has long been a key intermediary in the negotiations.", {"FIN"}),
    # the chairs of talks
    ("The talks were co-chaired by Norway, Sweden and Finland.", {"NOR", "SWE", "FIN"}),
    ("Norway and Sweden co-chair the talks.", {"NOR", "SWE"}),
]


@pytest.mark.parametrize(("text", "mediators"), POSITIVE)
def test_a_role_or_a_chair_names_its_mediators(lexicon: Lexicon, text: str, mediators: set[str]) -> None:
    assert mediations([*SIDES, text], lexicon, 2) == {(m, p) for m in mediators for p in BOTH}


NEAR_MISSES = [
    # a guarantor of a treaty or of a state is no guarantor of talks, even in a sentence about talks
    "Britain is one of the three guarantor powers under the 1960 treaty, and attended the talks.",
    "Sweden, Finland and Britain, which are guarantor powers of Poland, attended the talks.",
    "The talks were attended by representatives from Sweden, Finland and Britain, the three guarantor powers.",
    "Norway is a guarantor of Poland's security, and the talks resume on Monday.",
    # a role denied, wished for or owned
    "Norway is not the facilitator of the talks.",
    "Norway would be the facilitator of the talks.",
    "Norway wants to be the facilitator of the talks.",
    "Sweden is the mediators' main concern in the talks.",
    # the chair of a summit or a council is no mediator
    "The summit was chaired by Norway.",
    "The Security Council session was chaired by Sweden, which holds the rotating presidency.",
    "Norway chaired a meeting of Nordic foreign ministers on the talks.",
    "The ASEAN-chaired summit discussed the talks.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_near_miss_names_no_mediator(lexicon: Lexicon, text: str) -> None:
    assert mediations([*SIDES, text], lexicon, 2) == set()


def test_a_chair_of_talks_between_two_sides_mediates_between_them(lexicon: Lexicon) -> None:
    text = "The talks between Lithuania and Latvia, chaired by Norway, resumed on Monday."
    assert mediations([text], lexicon, 0) == {("NOR", "LTU"), ("NOR", "LVA")}


def test_one_side_and_a_counted_group_listed_in_brackets_are_all_parties(lexicon: Lexicon) -> None:
    text = "Kuwait mediated between Qatar and the four states (Saudi Arabia, Egypt, the UAE and Bahrain)."
    assert mediations([text], lexicon, 0) == {("KWT", p) for p in ("QAT", "SAU", "EGY", "ARE", "BHR")}


def test_a_counted_group_whose_list_does_not_match_its_count_is_not_read(lexicon: Lexicon) -> None:
    text = "Kuwait mediated between Qatar and the three states (Saudi Arabia, Egypt, the UAE and Bahrain)."
    assert mediations([text], lexicon, 0) == set()


def test_a_role_taken_by_a_person_named_in_the_sentence_is_read(lexicon: Lexicon) -> None:
    text = "Norwegian diplomat Jan Berg said he took over as facilitator of the talks between Belarus and Lithuania."
    assert mediations([text], lexicon, 0) == {("NOR", "BLR"), ("NOR", "LTU")}


def test_a_role_is_not_given_through_a_pronoun_to_a_person_named_sentences_before(lexicon: Lexicon) -> None:
    """'he' may be anyone the sentences before named: the role reading does not guess (it guessed a side's
    negotiator, and the document's sides were then lost for its real mediator)."""
    document = [
        "Polish Foreign Minister Radoslaw Sikorski visited Vilnius on Monday.",
        "He took over as facilitator of the talks between Belarus and Lithuania this year.",
    ]
    assert mediations(document, lexicon, 1) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The talks between Russia and the United States were facilitated by Turkey.",
        "The prisoner swap between Russia and the United States has been brokered by Turkey.",
    ],
)
def test_talks_between_two_sides_in_a_passive_with_its_auxiliary_name_the_parties(lexicon: Lexicon, text: str) -> None:
    assert mediations([text], lexicon, 0) == {("TUR", "RUS"), ("TUR", "USA")}


def test_a_passive_agent_named_as_the_governments_of_states_is_those_states(lexicon: Lexicon) -> None:
    text = "The talks between Russia and the United States were facilitated by the governments of Turkey and Qatar."
    expected = {("TUR", "RUS"), ("TUR", "USA"), ("QAT", "RUS"), ("QAT", "USA")}
    assert mediations([text], lexicon, 0) == expected


# who proposed the talks: 'at the proposal of X', 'at the initiative of X', 'at X's suggestion'
@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan and Armenia agreed to hold talks in Almaty upon the proposal of the Kazakh side.",
        "Azerbaijan and Armenia held talks in Almaty at the initiative of Kazakhstan.",
        "Azerbaijan and Armenia held talks at Kazakhstan's suggestion.",
        "The talks between Azerbaijan and Armenia were held on the initiative of Kazakhstan.",
    ],
)
def test_who_proposed_the_talks_of_two_others_mediates_them(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("KAZ", "ARM"), ("KAZ", "AZE")}


@pytest.mark.parametrize(
    "text",
    [
        "Armenia rejected the proposal of Kazakhstan for talks with Azerbaijan.",
        "Kazakhstan's proposal for talks between Azerbaijan and Armenia was turned down.",
        "At the initiative of Kazakhstan, a new railway opened.",
    ],
)
def test_a_proposal_outside_the_adverbial_phrase_or_without_talks_is_no_mediation(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


# a mediation announced with 'will' (as an offer is), and the mediators of a 'with' clause after the main clause
@pytest.mark.parametrize(
    "text",
    [
        "Turkey will host talks between Russia and Ukraine.",
        "Turkey will mediate between Russia and Ukraine.",
        "Russia and Ukraine held talks in Istanbul, with Turkey mediating.",
        "Russia and Ukraine agreed to swap prisoners after talks, with Turkey playing a central mediating role.",
        "Talks between Russia and Ukraine resumed, with Turkey acting as mediator.",
        "Russia and Ukraine resumed talks with Turkey acting as mediator.",  # a 'with' right after the talks
    ],
)
def test_an_announced_mediation_and_a_with_clause_mediator(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("TUR", "RUS"), ("TUR", "UKR")}


def test_both_mediators_of_a_with_clause_mediate(lexicon: Lexicon) -> None:
    text = "Israel and Hamas agreed a truce, with Egypt and Qatar acting as mediators."
    assert mediations([text], lexicon, 0) == {(m, p) for m in ("EGY", "QAT") for p in ("HAMAS", "ISR")}


@pytest.mark.parametrize(
    "text",
    [
        "Turkey would mediate between Russia and Ukraine.",
        "Turkey will not host talks between Russia and Ukraine.",
        "Russia attacked Ukraine, with Iran supplying drones.",
        "Russia held talks with Turkey on trade.",
        "Russia and Ukraine held talks with Turkey.",
    ],
)
def test_a_hypothesis_a_refusal_or_a_with_clause_of_no_mediation_is_none(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


def test_mediation_from_a_list_names_its_mediators(lexicon: Lexicon) -> None:
    text = "Israel and Hamas agreed a truce with mediation from Egypt and Qatar."
    assert mediations([text], lexicon, 0) == {(m, p) for m in ("EGY", "QAT") for p in ("HAMAS", "ISR")}


def test_mediation_from_one_mediator_whose_list_goes_on_as_the_speakers(lexicon: Lexicon) -> None:
    text = "Two Belarusians were freed following mediation from Hungary, Poland and Hungary said on Monday."
    assert {m for m, _ in mediations([*SIDES, text], lexicon, 2)} == {"HUN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a go-between mediates between the two it shuttles or carries messages between
        ("Turkey has been shuttling between Russia and Ukraine.", {("TUR", "RUS"), ("TUR", "UKR")}),
        ("Turkey relayed messages between Russia and Ukraine.", {("TUR", "RUS"), ("TUR", "UKR")}),
        ("Turkey relayed Russia's position to Ukraine.", set()),
    ],
)
def test_a_go_between(text: str, expected: set[tuple[str, str]], lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Russia and Ukraine began with the mediation of the Ministry of Foreign Affairs of Turkey.",
        "Turkey offers a platform for negotiations between Ukraine and Russia.",
        "Turkey provided a platform for talks between Russia and Ukraine.",
    ],
)
def test_an_institutions_mediation_and_a_platform_offered(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("TUR", "RUS"), ("TUR", "UKR")}


@pytest.mark.parametrize(
    "text",
    ["The mediation of the dispute over the islands of Japan failed.", "Turkey offered a platform for investors."],
)
def test_no_mediator_in_a_dispute_of_a_place_or_a_platform_for_business(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an offer in other words
        ("Turkey expressed readiness to mediate between Russia and Ukraine.", {("TUR", "RUS"), ("TUR", "UKR")}),
        ("Turkey said it was ready to mediate between Russia and Ukraine.", {("TUR", "RUS"), ("TUR", "UKR")}),
        ("Turkey said it will mediate between Russia and Ukraine.", {("TUR", "RUS"), ("TUR", "UKR")}),
        # reported speech puts an announced "will" in the past
        ("Turkey said it would mediate between Russia and Ukraine.", {("TUR", "RUS"), ("TUR", "UKR")}),
        (
            "Erdogan said on Friday that he would help mediate between Russia and Ukraine.",
            {("TUR", "RUS"), ("TUR", "UKR")},
        ),
        ("Turkey said it would mediate between Russia and Ukraine if asked.", set()),  # a condition
        ("Turkey, it said, would mediate between Russia and Ukraine.", set()),  # no report of the clause itself
        ("Turkey would mediate between Russia and Ukraine.", set()),
        ("Turkey said it would continue its mediation between Russia and Ukraine.", {("TUR", "RUS"), ("TUR", "UKR")}),
        ("Turkey said it was not ready to mediate between Russia and Ukraine.", set()),
        ("Turkey has been facilitating contacts between Russia and Ukraine.", {("TUR", "RUS"), ("TUR", "UKR")}),
        ("Russia and Ukraine reached a grain deal thanks to Turkish mediation.", {("TUR", "RUS"), ("TUR", "UKR")}),
    ],
)
def test_readiness_contacts_and_thanks_to_a_mediation(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


def test_with_the_help_of_a_third_around_a_deal(lexicon: Lexicon) -> None:
    text = "Russia and Ukraine agreed a prisoner swap with the help of the UAE."
    assert mediations([text], lexicon, 0) == {("ARE", "RUS"), ("ARE", "UKR")}
    assert mediations(["The help of Turkey was welcome."], lexicon, 0) == set()


def test_the_help_of_a_state_far_from_any_talks_is_no_mediation(lexicon: Lexicon) -> None:
    text = (
        "A powerful airstrike also targeted the settlement of Kyauk Ni Maw on the AA-controlled Ramree Island, where "
        "Myanmar authorities had earlier planned to build a strategically important deep-sea port with the help of "
        "China."
    )
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey offered to mediate between Russia and Ukraine if both sides agree.", {("TUR", "RUS"), ("TUR", "UKR")}),
        # a readiness is an offer too (the labels count "ready to provide a venue ... if both sides request it");
        # a hypothetical is none
        ("Turkey said it was ready to mediate between Russia and Ukraine if asked.", {("TUR", "RUS"), ("TUR", "UKR")}),
        ("Turkey is willing to host talks between Russia and Ukraine if both agree.", {("TUR", "RUS"), ("TUR", "UKR")}),
        ("Turkey would host talks between Russia and Ukraine if both agree.", set()),
        ("Turkey might mediate between Russia and Ukraine if asked.", set()),
    ],
)
def test_an_offer_or_a_readiness_stands_with_a_condition(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


def test_a_mediation_reported_by_the_media(lexicon: Lexicon) -> None:
    text = "The media reported that Turkey hosted talks between Russia and Ukraine, adding that talks went well."
    assert mediations([text], lexicon, 0) == {("TUR", "RUS"), ("TUR", "UKR")}


def test_every_broker_of_a_reduced_relative_mediates(lexicon: Lexicon) -> None:
    from graphx.extract.extractor import extract

    text = "Talks between Sudan's army and the RSF brokered by Qatar and the United States faltered."
    found = {(f.source, f.parties) for f in extract([text], lexicon, "2025-06-04", 0.5) if f.type == "mediation"}
    assert {source for source, _ in found} == {"QAT", "USA"}


def test_a_messenger_relaying_views_to_his_own_government_is_no_go_between(lexicon: Lexicon) -> None:
    from graphx.extract.extractor import extract

    sentences = [
        "Israel and Hamas fought a war in Gaza.",
        "Israel attacked Hamas again in March.",
        "Turkish Ambassador Hicabi Kirlangic met officials on Monday.",
        "Kirlangic noted that he will relay the perspectives of the ministry to his own ministry.",
        "Oman relayed messages between Israel and Hamas.",
    ]
    found = {(f.source, f.sentence) for f in extract(sentences, lexicon, "2025-03-04", 0.5) if f.type == "mediation"}
    assert found == {("OMN", 4)}


def test_a_states_efforts_may_broker(lexicon: Lexicon) -> None:
    from graphx.extract.extractor import extract

    text = "Qatari efforts helped broker a truce between Israel and Hamas."
    assert "QAT" in {f.source for f in extract([text], lexicon, "2025-06-04", 0.5) if f.type == "mediation"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound mediator with the pair written as one word, hyphen or en dash
        ("A US-brokered DRC–Rwanda agreement was signed in June.", {("USA", "COD"), ("USA", "RWA")}),
        ("The Qatari-brokered Israel-Hamas ceasefire held.", {("QAT", "ISR"), ("QAT", "HAMAS")}),
        ("A US-brokered Israel-Hamas border incident was reported.", set()),
        # a mediation phrase opening the sentence, and talks held 'with' the other side
        (
            "Through Chinese mediation, TNLA leaders held talks with the Myanmar military.",
            {("CHN", "TNLA"), ("CHN", "MMR")},
        ),
        ("The TNLA held talks with the Myanmar military under Chinese mediation.", {("CHN", "TNLA"), ("CHN", "MMR")}),
        ("With Qatari mediation, Israel reached a deal with Hamas.", {("QAT", "ISR"), ("QAT", "HAMAS")}),
        ("Under Chinese mediation, the TNLA released prisoners.", set()),
        # a host by another name
        (
            "Kazakhstan is ready to provide a venue for negotiations between Ukraine and Russia.",
            {("KAZ", "UKR"), ("KAZ", "RUS")},
        ),
        ("Turkey provided a venue for the NATO summit.", set()),
    ],
)
def test_compound_pairs_fronted_mediation_and_venues(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parties of a role after "for"
        ("Qatar is acting as a go-between for Israel and Hamas.", {("QAT", "ISR"), ("QAT", "HAMAS")}),
        ("Qatar acted as mediator for Israel and Hamas.", {("QAT", "ISR"), ("QAT", "HAMAS")}),
        ("Qatar hosted talks for Arab and European states.", set()),
        # talks carried through a third party
        ("Israel and Hamas held indirect talks through Qatar.", {("QAT", "ISR"), ("QAT", "HAMAS")}),
        (
            "Israel and Hamas negotiated through Qatar and Egypt.",
            {("QAT", "ISR"), ("QAT", "HAMAS"), ("EGY", "ISR"), ("EGY", "HAMAS")},
        ),
        ("Israel and Hamas held talks through the night.", set()),
        ("Israel and Hamas could hold talks through Qatar.", set()),
    ],
)
def test_roles_for_two_sides_and_talks_through_a_third(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the body acts, not its chair named in an aside
            "The East African Community, led by South Sudan's President Salva Mayardit Kiir, attempted to mediate "
            "between Burundi and Rwanda.",
            {("EAC", "BDI"), ("EAC", "RWA")},
        ),
        (
            "Ceasefire talks between Poland and Belarus will open in Oslo, led by Norway.",
            {("NOR", "POL"), ("NOR", "BLR")},
        ),
        (  # who leads a group of states, not the talks
            "Poland and Belarus fought a war in 2024. Belarus secured a deal with world powers led by Norway.",
            set(),
        ),
        ("The rebel faction led by Paresh Baruah evaded peace talks between Poland and Belarus.", set()),  # leader
        ("The M23, led by Sultani Makenga, evaded peace talks with Congo.", set()),  # an armed group's leader
        (  # a state after the group leads the talks
            "Peace talks between Poland and the rebels of the M23, led by Norway, resumed.",
            {("NOR", "POL"), ("NOR", "M23")},
        ),
    ],
)
def test_a_body_led_by_a_states_leader_and_talks_led_by_a_state(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


def test_a_mediation_aside_between_commas_is_not_fronted(lexicon: Lexicon) -> None:
    text = "Israel held talks with Hamas, under Egyptian mediation, in Cairo."
    assert mediations([text], lexicon, 0) == {("EGY", "ISR"), ("EGY", "HAMAS")}


def test_talks_through_a_third_party_with_the_other_side_after_it(lexicon: Lexicon) -> None:
    text = "Iran held indirect talks through Oman with the United States."
    assert mediations([text], lexicon, 0) == {("OMN", "IRN"), ("OMN", "USA")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sides of the clause a brokered event stands in: its subject and the partner of its talks or ties
        ("Iran restored ties with Saudi Arabia in a deal brokered by China.", {("CHN", "IRN"), ("CHN", "SAU")}),
        (
            "Iran agreed to restore ties with Saudi Arabia under a China-brokered deal.",
            {("CHN", "IRN"), ("CHN", "SAU")},
        ),
        (
            "Armenia reached a peace deal with Azerbaijan in a new agreement mediated by the United States.",
            {("USA", "ARM"), ("USA", "AZE")},
        ),
        (
            "Armenia and Azerbaijan signed a deal in talks mediated by the United States.",
            {("USA", "ARM"), ("USA", "AZE")},
        ),
        # a clause with one side and no talks with the other names no pair
        ("Iran has close ties with Russia, which hosted talks mediated by Qatar.", set()),
        ("Iran praised Russia in a speech mediated by Qatar.", set()),
    ],
)
def test_a_brokered_event_takes_the_sides_of_its_clause(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side described by its backer or by a label is still the list's second side
        ("Qatar mediated between the US and the Iran-backed Houthis.", {("QAT", "USA"), ("QAT", "HOUTHIS")}),
        ("Qatar hosted talks between the Iran-backed Houthis and Saudi Arabia.", {("QAT", "HOUTHIS"), ("QAT", "SAU")}),
        (
            "Qatar announced its mediation in the peace process between Colombia and the self-proclaimed Gaitanista "
            "Army of Colombia.",
            {("QAT", "COL"), ("QAT", "CLANGOLFO")},
        ),
        # what the mediation led to: "after X's mediation", "following mediation by X"
        ("Russia and Ukraine swapped 400 prisoners after UAE mediation.", {("ARE", "RUS"), ("ARE", "UKR")}),
        ("Russia and Ukraine swapped prisoners following mediation by the UAE.", {("ARE", "RUS"), ("ARE", "UKR")}),
        # a third side's help to settle, or the way paved for talks
        ("Oman helped settle the dispute between Iran and Saudi Arabia.", {("OMN", "IRN"), ("OMN", "SAU")}),
        ("Oman paved the way for talks between the US and Iran.", {("OMN", "USA"), ("OMN", "IRN")}),
        # but not a way paved for something else, nor a dispute the two settle themselves
        ("The ruling paved the way for sanctions on Iran by the US.", set()),
        ("Iran and Saudi Arabia agreed to help resolve the crisis.", set()),
    ],
)
def test_backed_and_labelled_sides_mediation_led_to_and_help_to_settle(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'his' or 'her' mediation is the person's who speaks for a state
        ("Putin offered his mediation between Iran and Israel.", {("RUS", "IRN"), ("RUS", "ISR")}),
        # but not when no person is the subject it could stand for
        ("Russia praised his mediation between Iran and Israel.", set()),
    ],
)
def test_a_person_s_own_mediation(text: str, expected: set[tuple[str, str]], lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    "text",
    [
        # asked to mediate is not mediating, whatever the verb after the request
        "Lee said he asked Chinese President Xi Jinping to serve as a mediator.",
        "Lee said he asked Chinese President Xi Jinping to serve as a mediator to help resolve the crisis.",
        "Germany urged France to help settle the dispute.",
        # a name in apposition between the request and the verb
        "Poland's president said he asked New Zealand's foreign minister, Winston Peters, to mediate.",
    ],
)
def test_a_mediator_asked_to_act_has_not_acted(text: str, lexicon: Lexicon) -> None:
    assert mediations([*SIDES, text], lexicon, 2) == set()
    # the same help, not asked for, is mediation between the document's two sides
    assert mediations([*SIDES, "France helped settle the dispute."], lexicon, 2) == {("FRA", p) for p in BOTH}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverbial phrase between the offer and its infinitive
        (
            "Lukashenko offered in an interview published on Wednesday to host Russia-Ukraine peace talks.",
            {("BLR", "RUS"), ("BLR", "UKR")},
        ),
        # platforms offered, a gap bridged
        (
            "Kazakhstan is ready to provide platforms for negotiations between Baku and Yerevan.",
            {("KAZ", "AZE"), ("KAZ", "ARM")},
        ),
        (
            "Togo's president has succeeded in bridging the gap between Mali and Ecowas.",
            {("TGO", "MLI"), ("TGO", "ECOWAS")},
        ),
        # a statement's time and place before a clause of its own is no offer
        ("Russia said in a statement on Monday that it would not attend talks between Israel and Hamas.", set()),
    ],
)
def test_offers_past_an_adverbial_platforms_and_gaps_bridged(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sought to mediate is an attempt, which mediates; sought mediation is a request, which does not
        (
            "China and Turkey have sought to mediate between Russia and Ukraine.",
            {("CHN", "RUS"), ("CHN", "UKR"), ("TUR", "RUS"), ("TUR", "UKR")},
        ),
        ("Ethiopia seeks international mediation with Eritrea.", set()),
    ],
)
def test_seeking_to_mediate_and_seeking_mediation(text: str, expected: set[tuple[str, str]], lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mediator named by its role reports the clause before the comma: its two sides
        (
            "The United States and the Houthis reached a ceasefire, mediator Oman said.",
            {("OMN", "USA"), ("OMN", "HOUTHIS")},
        ),
        ("Russia and Ukraine agreed a prisoner swap, the mediator Qatar announced.", {("QAT", "RUS"), ("QAT", "UKR")}),
        # no talks or truce in that clause: nothing mediated
        ("The United States and the Houthis traded threats, mediator Oman said.", set()),
    ],
)
def test_a_mediator_named_by_role_reports_the_clause_before(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # efforts made by the subject of a light verb
        (
            "Azerbaijan and Turkey are making efforts to end the war between Russia and Ukraine.",
            {("AZE", "RUS"), ("AZE", "UKR"), ("TUR", "RUS"), ("TUR", "UKR")},
        ),
        ("Russia made efforts to rebuild Syria.", set()),
        # other light verbs of an effort: "engaged in", "exerted", "launched", "joined"
        (
            "Saudi Arabia and Qatar are engaged in efforts to halt deadly fighting between Pakistan and Afghanistan.",
            {("SAU", "PAK"), ("SAU", "AFG"), ("QAT", "PAK"), ("QAT", "AFG")},
        ),
        ("Turkey launched efforts to end the war between Russia and Ukraine.", {("TUR", "RUS"), ("TUR", "UKR")}),
        ("Turkey launched efforts to rebuild schools in Syria.", set()),
        # talks held with another's support, as with its help; a conference bringing two sides together
        ("Myanmar and the KIA held talks with the support of China.", {("CHN", "MMR"), ("CHN", "KIA")}),
        ("Russia attacked Ukraine with the support of Belarus.", set()),
        ("Qatar hosted a conference bringing together Afghanistan and Pakistan.", {("QAT", "AFG"), ("QAT", "PAK")}),
        # the second side past the first's head noun: "the Afghan authorities and the Taliban"
        (
            "Russia hosted a conference bringing together representatives of the Ethiopian authorities and the TPLF.",
            {("RUS", "ETH"), ("RUS", "TPLF")},
        ),
    ],
)
def test_efforts_made_support_given_and_conferences(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the release of several nationalities' people names whose people they are, not two sides
        ("Saudi Arabia mediated the release of American, British, Swedish and Moroccan nationals.", set()),
        # two sides' prisoners are an exchange between them
        ("Qatar mediated the release of Russian and Ukrainian prisoners.", {("QAT", "RUS"), ("QAT", "UKR")}),
    ],
)
def test_released_nationals_are_no_sides_unless_two_exchange_them(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side named last in a fronted clause is no companion of the main clause's subject; an effort whose
        # object names no sides takes the 'between' of that clause
        (
            "With tensions mounting between Afghanistan and Tajikistan, Pakistan on Saturday stepped in to defuse "
            "tensions.",
            {("PAK", "AFG"), ("PAK", "TJK")},
        ),
        ("Pakistan stepped in to rebuild schools, despite tensions between Afghanistan and Tajikistan.", set()),
    ],
)
def test_an_effort_after_a_fronted_clause_of_tensions(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Baku will host a rare meeting between top generals from Russia and NATO.", {"RUS", "NATO"}),
        ("Qatar hosted talks between representatives of the Taliban and the United States.", {"AFG", "USA"}),  # ruling
        ("Kenya hosted talks between Sudan and the RSF.", {"SDN", "RSF"}),
    ],
)
def test_a_between_pair_named_through_its_people(text: str, parties: set[str], lexicon: Lexicon) -> None:
    assert {p for _, p in mediations([text], lexicon, 0)} == parties


def test_the_sides_of_a_mediation_may_follow_a_long_list_of_its_mediators(lexicon: Lexicon) -> None:
    text = (
        "The mediation of Qatar, Egypt and the US secured a ceasefire and prisoner swap deal between Hamas and Israel."
    )
    assert mediations([text], lexicon, 0) == {(m, side) for m in ("QAT", "EGY", "USA") for side in ("HAMAS", "ISR")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar secured a ceasefire between Israel and Iran.", {("QAT", "ISR"), ("QAT", "IRN")}),
        ("Egypt secured a truce between Israel and Hamas on Sunday.", {("EGY", "ISR"), ("EGY", "HAMAS")}),
        ("The US secured a trade deal with Japan.", set()),  # its own deal
        ("Qatar secured the release of hostages held by Hamas.", set()),  # no two sides
    ],
)
def test_a_third_party_securing_a_truce_between_two_sides_mediates(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a venue offered by name: the place's state hosts, or the subject offering itself
        ("Turkey offered Istanbul as a venue for talks between Russia and Ukraine.", {"TUR"}),
        ("Pope Leo offered the Vatican as a venue for talks between Russia and Ukraine.", {"VAT"}),
        ("Qatar offered itself as a venue for talks between Russia and Ukraine.", {"QAT"}),
        ("Turkey may propose Istanbul as a venue for talks between Russia and Ukraine.", set()),  # a hypothesis
        ("Turkey rejected Istanbul as a venue for talks with Ukraine.", set()),
        (
            "Switzerland offered Geneva as a venue for the Euro 2029 football championship.",
            set(),
        ),  # no talks  # no two sides
    ],
)
def test_a_venue_offered_by_name(text: str, expected: set[str], lexicon: Lexicon) -> None:
    found = mediations([text], lexicon, 0)
    assert {m for m, _ in found} == expected
    assert {p for _, p in found} <= {"RUS", "UKR"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Kazakhstan is ready to provide "good services" as a venue for negotiations.', {"KAZ"}),
        ("Russia rejected Istanbul as a venue for talks with Ukraine.", set()),
    ],
)
def test_a_venue_offered_without_sides_serves_the_documents_two(
    text: str, expected: set[str], lexicon: Lexicon
) -> None:
    found = mediations(["Russia and Ukraine have been at war since 2022.", text], lexicon, 1)
    assert {m for m, _ in found} == expected
    assert {p for _, p in found} <= {"RUS", "UKR"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a third side announcing two others' truce or talks mediates between them
        ("The Qatari Foreign Ministry announced on Sunday a ceasefire between Afghanistan and Pakistan.", {"QAT"}),
        ("Oman announced a US-Houthi ceasefire agreement.", {"OMN"}),
        ("Qatar announced that Pakistan and Afghanistan have agreed to a ceasefire.", {"QAT"}),
        (
            "Kenya announced on Sunday that Congolese President Felix Tshisekedi and Rwandan President Paul Kagame "
            "had agreed to attend a summit.",
            {"KEN"},
        ),
        ("Qatar's prime minister announced that talks between Israel and Hamas could resume.", {"QAT"}),
        ("Trump announced a deal for economic normalization between Serbia and Kosovo.", {"USA"}),
        ("The US announced a peace agreement between Israel and the United Arab Emirates.", {"USA"}),
        # not a side's own truce, a charge, or what is no truce
        ("Kyrgyzstan announced a ceasefire on Thursday evening, to which Tajikistan agreed.", set()),
        ("Pakistan announced a ceasefire between Pakistan and Afghanistan.", set()),
        ("Qatar did not announce a ceasefire between Afghanistan and Pakistan.", set()),
        ("The US announced new sanctions after talks between Russia and Ukraine collapsed.", set()),
        ("Turkey announced that the ceasefire between Israel and Iran had collapsed.", set()),
        ("France announced that Saudi Arabia and Iran had signed a trade deal.", set()),
        ("Qatar announced that Israel and Hamas had reached no agreement.", set()),
        ("Russia announced that Ukraine and Poland had violated the truce.", set()),
        ("The US announced sanctions on Russia and Iran over their deal.", set()),
        ("Serbia announced a deal with Kosovo.", set()),
        ("The Pentagon announced an arms deal between Israel and Germany worth $3.5 billion.", set()),
        ("China announced a deal between Chinese firms and the Serbian state.", set()),
    ],
)
def test_a_truce_announced_by_a_third_side(text: str, expected: set[str], lexicon: Lexicon) -> None:
    assert {m for m, _ in mediations([text], lexicon, 0)} == expected


@pytest.mark.parametrize(
    "text",
    [
        # another's guess, a duty, a counterfactual, or no report at all: not the speaker's own "will"
        "Analysts said Qatar would likely mediate between Israel and Hamas.",
        "Trump said Egypt would have to host talks between Israel and Hamas.",
        "Erdogan said Turkey would have mediated between Russia and Ukraine had it been asked.",
        "Qatar and other Gulf states would host talks between Israel and Hamas under the plan.",
        "Despite claims that Egypt would host talks between Israel and Hamas, nothing happened.",
        # a venue another only suggests, or dismisses
        "Zelensky suggested Saudi Arabia as a venue for talks between Russia and Ukraine.",
        "The Kremlin dismissed the Vatican as a venue for talks between Russia and Ukraine.",
    ],
)
def test_a_reported_would_or_a_venue_that_is_not_the_speakers_own_offer(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


def test_a_mediation_quoted_before_its_speaker_is_between_the_sides_in_the_quotation(lexicon: Lexicon) -> None:
    text = '"We are ready to host talks between Russia and Ukraine," Turkey said.'
    assert mediations([text], lexicon, 0) == {("TUR", "RUS"), ("TUR", "UKR")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host chosen: the chosen state hosts; who suggested the choice mediates nothing, and names no side
        (
            "Azerbaijan was chosen as the host for talks between Israel and Syria, at the suggestion of the United "
            "States.",
            {("AZE", "ISR"), ("AZE", "SYR")},
        ),
        (
            "Israel and Syria held talks in Baku at the suggestion of the United States.",
            {("USA", "ISR"), ("USA", "SYR")},
        ),
        ("Israel suggested Azerbaijan as the host for talks with Syria.", set()),
    ],
)
def test_a_host_chosen_at_anothers_suggestion(text: str, expected: set[tuple[str, str]], lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == expected


def test_who_suggested_a_venue_is_no_side_of_the_talks(lexicon: Lexicon) -> None:
    text = "Azerbaijan offered Baku as a venue for the talks, at the suggestion of Israel and the United States."
    assert not mediations([text], lexicon, 0)


def test_bridging_differences_between_two_sides_mediates(lexicon: Lexicon) -> None:
    text = "Oman has been trying for years to bridge differences between Iran and the US."
    assert mediations([text], lexicon, 0) == {("OMN", "IRN"), ("OMN", "USA")}


def test_who_supports_a_meeting_is_not_its_side(lexicon: Lexicon) -> None:
    text = "The UN Security Council convened an emergency meeting with the support of China and Russia."
    assert mediations([text], lexicon, 0) == set()


def test_advising_one_side_to_negotiate_an_end_to_the_war_with_the_other_is_no_mediation(lexicon: Lexicon) -> None:
    advice = "Pope Leo said Ukraine should show courage and negotiate an end to the war with Russia."
    sides = ["Russia and Ukraine have fought since 2022, and the war goes on.", "Russian troops attacked Ukraine."]
    assert mediations([advice, *sides], lexicon, 0) == set()
    effort = "Qatar has been negotiating an end to the war with Hamas and Israel."
    assert mediations([effort], lexicon, 0) == {("QAT", "HAMAS"), ("QAT", "ISR")}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas exchanged messages via Qatar.",
        "Israel and Hamas negotiated via Qatari mediators.",
        "Qatar is working to narrow the gaps between Israel and Hamas.",
        "Qatar sought to defuse tensions between Israel and Hamas.",
        "Mediators Qatar and Egypt said Israel and Hamas had agreed to a truce.",  # Egypt too
    ],
)
def test_a_go_between_or_a_mediator_reporting_the_sides_agreement(text: str, lexicon: Lexicon) -> None:
    assert {("QAT", "ISR"), ("QAT", "HAMAS")} <= mediations([text], lexicon, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar said Israel and Hamas had agreed to a truce.",  # no mediator's role named: a report
        "Israel and Hamas sought to defuse tensions between them.",
        "Israel sent messages via Qatar to Hamas.",
    ],
)
def test_reports_and_the_sides_own_efforts_name_no_mediator(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Mediators from Qatar, Egypt and the US are pushing Israel and Hamas to accept a deal.",
        "Mediators Qatar and Egypt have urged Israel and Hamas to accept the deal.",
    ],
)
def test_mediators_listed_after_their_noun_and_the_two_sides_they_press(text: str, lexicon: Lexicon) -> None:
    assert {("QAT", "ISR"), ("QAT", "HAMAS"), ("EGY", "ISR"), ("EGY", "HAMAS")} <= mediations([text], lexicon, 0)


def test_mediators_listed_after_their_noun_pressing_one_side_name_no_pair(lexicon: Lexicon) -> None:
    assert mediations(["Mediators Qatar and Egypt have urged Israel to accept the deal."], lexicon, 0) == set()


def test_a_headline_joins_the_two_sides_between_by_a_comma(lexicon: Lexicon) -> None:
    assert mediations(["Qatar offers to mediate between Chad, Sudan"], lexicon, 0) == {("QAT", "TCD"), ("QAT", "SDN")}
    # a sentence with its full stop writes a pair with "and": a comma there starts a list or an aside
    assert mediations(["Qatar offered to mediate between Chad, Sudan."], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Following mediation by Qatar, Israel and Hamas agreed to a truce.",  # the comma closes the fronted agent
        "The Qatari-Egyptian mediation between Israel and Hamas continued.",  # the compound names the mediators
    ],
)
def test_a_fronted_mediation_by_x_and_a_compound_of_mediators_before_between(text: str, lexicon: Lexicon) -> None:
    assert {("QAT", "ISR"), ("QAT", "HAMAS")} <= mediations([text], lexicon, 0)


def test_a_compound_of_the_sides_before_mediation_names_no_mediator(lexicon: Lexicon) -> None:
    assert mediations(["The Israel-Hamas mediation continued."], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The talks between Russia and Ukraine, the first in three years, were facilitated by Turkey.",
        "The talks between Russia and Ukraine, held in Istanbul, were facilitated by Turkey.",
    ],
)
def test_talks_between_two_sides_facilitated_past_an_aside(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("TUR", "RUS"), ("TUR", "UKR")}


def test_an_aside_naming_another_actor_is_not_skipped(lexicon: Lexicon) -> None:
    text = "The truce between Israel and Hamas, which Qatar backed, was brokered by Egypt."
    assert ("EGY", "QAT") not in mediations([text], lexicon, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Thailand and Cambodia agreed to a ceasefire after Malaysia-brokered talks.",
        "Thailand, Cambodia agree to ceasefire after Malaysia-brokered talks",
    ],
)
def test_two_sides_agreeing_after_talks_a_third_brokered(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("MYS", "THA"), ("MYS", "KHM")}


def test_a_side_agreeing_after_brokered_talks_with_no_second_side_named(lexicon: Lexicon) -> None:
    assert mediations(["Thailand agreed to the plan after Malaysia-brokered talks."], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Papua New Guinea and Bougainville will be moderated by New Zealand.",
        "New Zealand moderated talks between Papua New Guinea and Bougainville.",
    ],
)
def test_who_moderates_talks_between_two_sides_mediates(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("NZL", "PNG"), ("NZL", "ABG")}


def test_moderating_with_no_talks_is_no_mediation(lexicon: Lexicon) -> None:
    assert mediations(["Kenya moderated its criticism of Somalia and Ethiopia."], lexicon, 0) == set()


def test_a_truce_brokered_with_the_involvement_of_a_third(lexicon: Lexicon) -> None:
    text = "The truce between Thailand and Cambodia was brokered in July with the involvement of the United States."
    assert ("USA", "THA") in mediations([text], lexicon, 0) and ("USA", "KHM") in mediations([text], lexicon, 0)


def test_one_sides_involvement_in_a_war_is_no_mediation(lexicon: Lexicon) -> None:
    text = "Russia denied any involvement of Iran in the war between Israel and Hamas."
    assert mediations([text], lexicon, 0) == set()


def test_involvement_in_a_war_beside_a_document_of_two_sides_is_no_mediation(lexicon: Lexicon) -> None:
    sentences = [*SIDES, "Poland voiced sadness over the involvement of Colombians in the war against Belarus."]
    assert {m for m, _ in mediations(sentences, lexicon, 2)} == set()


@pytest.mark.parametrize(
    "text",
    [
        "The prisoner exchange between Russia and Ukraine took place through the mediation of the UAE.",
        "The prisoner exchange between Russia and Ukraine was carried out through the mediation of the UAE.",
    ],
)
def test_an_event_between_two_sides_heading_the_clause_names_the_sides_of_its_mediation(
    text: str, lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == {("ARE", "RUS"), ("ARE", "UKR")}


def test_an_event_between_two_sides_after_another_actor_names_no_sides(lexicon: Lexicon) -> None:
    text = "Kenya said the exchange between Russia and Ukraine took place through the mediation of the UAE."
    assert ("ARE", "KEN") not in mediations([text], lexicon, 0)


def test_the_signers_of_a_truce_named_in_a_relative_clause_are_its_sides(lexicon: Lexicon) -> None:
    text = "Malaysia brokered the truce, which was signed by Thailand and Cambodia."
    assert mediations([text], lexicon, 0) == {("MYS", "THA"), ("MYS", "KHM")}


def test_a_truce_welcomed_in_a_relative_clause_names_no_sides(lexicon: Lexicon) -> None:
    text = "Malaysia brokered the truce, which was welcomed by Thailand and Cambodia."
    assert mediations([text], lexicon, 0) == set()


def test_a_headlines_says_ready_to_host_is_an_offer(lexicon: Lexicon) -> None:
    text = "Turkey says ready to host Russia-Ukraine peace talks"
    assert mediations([text], lexicon, 0) == {("TUR", "RUS"), ("TUR", "UKR")}


def test_a_headlines_says_ready_to_attack_is_no_war(lexicon: Lexicon) -> None:
    found = extract(["Russia says ready to attack Ukraine"], lexicon, "2025-06-04")
    assert not [f for f in found if f.type == "conflict" and f.confidence >= 0.5]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey said it was ready to play a role in ending the war between Russia and Ukraine.",
        "Turkey played a key role in resolving the dispute between Russia and Ukraine.",
        "Turkey brought Russia and Ukraine back to the table.",
        "Turkey is trying to bring Russia and Ukraine to the table.",
        "Turkey said it was ready to “play a role” for peace between Russia and Ukraine.",
        "Turkey offers role to de-escalate Russia-Ukraine tension",
        "Turkey offered to play a role in de-escalating tensions between Russia and Ukraine.",
    ],
)
def test_a_role_in_ending_two_others_war_or_bringing_them_to_the_table_is_mediation(
    text: str, lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, only=0) == {("TUR", "RUS"), ("TUR", "UKR")}


@pytest.mark.parametrize(
    "text",
    [
        "Russia played a role in ending the war with Ukraine.",
        "India said it played a role in restoring peace in Sri Lanka.",  # no two sides: a role in a place
        "Russia accused Turkey of playing a destructive role in de-escalating efforts between Russia and Ukraine.",
        "Russia accused Turkey of playing a role in ending the truce between Russia and Ukraine.",
        "Russia accused Turkey of playing a spoiler role in the truce between Russia and Ukraine.",
        "Russia rejected claims by Turkey of playing a role in ending the war between Russia and Ukraine.",
    ],
)
def test_a_sides_own_role_in_ending_its_war_is_no_mediation(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, only=0) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin initiated the trilateral meeting with the Kyrgyz and Tajik presidents.",
            {("RUS", "KGZ"), ("RUS", "TJK")},
        ),
        ("Turkey initiated talks between Russia and Ukraine in Istanbul.", {("TUR", "RUS"), ("TUR", "UKR")}),
        ("Putin initiated talks with Zelensky.", set()),  # a side's own talks
        ("The EU initiated sanctions against Russia and Belarus.", set()),  # no talks
        ("The EU initiated accession negotiations with Ukraine and Moldova.", set()),  # its own talks with two
    ],
)
def test_who_initiates_talks_between_two_others_mediates(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert mediations([text], lexicon, 0) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The United States commended Turkey for playing a role in ending the war between Russia and Ukraine.",
        "Russia thanked Turkey for playing a key role in de-escalating tensions between Russia and Ukraine.",
    ],
)
def test_the_one_praised_for_playing_a_role_plays_it(text: str, lexicon: Lexicon) -> None:
    assert {m for m, _ in mediations([text], lexicon, only=0)} == {"TUR"}


def test_a_role_in_restoring_peace_in_a_region_is_no_mediation_of_the_documents_sides(lexicon: Lexicon) -> None:
    text = ["Russia and Ukraine have fought since 2022.", "Turkey played a role in restoring peace in the region."]
    assert mediations(text, lexicon, only=1) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Egypt is trying to defuse the crisis between Turkey and Syria.",
        "Egypt Attempts To Defuse Turkey-Syria Crisis",
        "The crisis between Turkey and Syria was defused by Egypt.",
        "The standoff between Turkey and Syria was ended by Egyptian mediation.",
    ],
)
def test_a_third_side_defusing_two_others_crisis_mediates(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("EGY", "TUR"), ("EGY", "SYR")}


@pytest.mark.parametrize(
    "text",
    [
        "The UN urged Turkey and Syria to defuse the crisis.",  # an appeal to the sides
        "Turkey moved to defuse the row with Syria.",  # a side's own
        "Turkey and Syria defused the crisis on Monday.",
        "Police defused a bomb near the Turkish embassy in Damascus.",
    ],
)
def test_defusing_by_a_side_or_an_appeal_to_defuse_names_no_mediator(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


def test_a_truce_clinched_between_two_others_is_mediated(lexicon: Lexicon) -> None:
    assert mediations(["France clinched a truce between Russia and Georgia."], lexicon, 0) == {
        ("FRA", "RUS"),
        ("FRA", "GEO"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "France pulled off a peace accord between Russia and Georgia.",
        "France pulls off Russia-Georgia peace accord",  # a headline
        "France drafted a truce between Russia and Georgia.",
        "France drew up a ceasefire between Russia and Georgia.",
    ],
)
def test_a_truce_pulled_off_or_drawn_up_between_two_others_is_mediated(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("FRA", "RUS"), ("FRA", "GEO")}


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Georgia drew up a ceasefire.",
        "The police pulled off a raid in Georgia.",
        "Egypt drafted a law on Sinai days after the truce between Israel and Hamas collapsed.",
        "Islamic Jihad pulled off an attack despite the ceasefire between Israel and Hamas.",
        "France drafted a resolution calling for a ceasefire between Israel and Hezbollah.",  # an appeal
        "NATO drew up plans for a no-fly zone as talks between Libya and the rebels collapsed.",
    ],
)
def test_the_sides_drawing_up_their_truce_name_no_mediator(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


def test_a_deal_clinched_with_another_is_ones_own(lexicon: Lexicon) -> None:
    assert mediations(["Russia clinched a deal with Georgia."], lexicon, 0) == set()


@pytest.mark.parametrize(
    ("text", "mediators"),
    [
        ("Tanzania worked hard to bring the rebels' leadership to negotiations.", {"TZA"}),
        ("Tanzania worked to bring Belarus to the negotiating table.", {"TZA"}),
        ("Tanzania brought its allies to the negotiating table.", set()),  # its own side, not one of the dispute's
        ("Tanzania brought Belarus to the stadium.", set()),
    ],
)
def test_one_side_brought_to_talks_leaves_the_mediator_the_disputes_sides(
    lexicon: Lexicon, text: str, mediators: set[str]
) -> None:
    found = mediations([*SIDES, text], lexicon, 2)
    assert {m for m, _ in found} == mediators
    assert all(p in BOTH for _, p in found)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar mediated last month's Iran-US prisoner exchange.",
        "Qatar brokered Sunday's Iran-US prisoner swap.",
        "Qatar mediated this week's landmark Iran-US talks.",
    ],
)
def test_a_time_that_owns_a_compound_hides_no_pair(lexicon: Lexicon, text: str) -> None:
    assert mediations([text], lexicon, 0) == {("QAT", "IRN"), ("QAT", "USA")}


@pytest.mark.parametrize(
    "text",
    [
        "Tanzania brought a delegation of 40 officials to the talks.",
        "Tanzania brought grain to the talks.",
        "Tanzania brought new proposals to the negotiating table.",
    ],
)
def test_a_thing_brought_to_talks_is_no_side_brought(lexicon: Lexicon, text: str) -> None:
    assert mediations([*SIDES, text], lexicon, 2) == set()


def test_a_leader_named_brought_to_talks_is_a_side(lexicon: Lexicon) -> None:
    text = [*SIDES, "Tanzania worked to bring Lukashenko to negotiations."]
    assert {m for m, _ in mediations(text, lexicon, 2)} == {"TZA"}


def test_a_separatist_capital_names_its_authorities_in_a_pair_of_capitals(lexicon: Lexicon) -> None:
    text = "Russia, Ukraine and the OSCE will act as mediators in the Chisinau-Tiraspol negotiations."
    assert mediations([text], lexicon, 0) == {(m, p) for m in ("RUS", "UKR", "OSCE") for p in ("MDA", "PMR")}
