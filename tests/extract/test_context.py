"""What carries from sentence to sentence (graphx.extract.context, people): a sentence opening with 'It' or 'They'
speaks for the state or body heading the sentence before, and a person introduced with a hyphenated particle
('al-Mekhlafi') is known by the surname afterwards."""

from __future__ import annotations

from graphx.extract.extractor import extract
from graphx.lexicon import Lexicon
from tests.extract.readings import criticisms


def test_it_opening_a_sentence_is_the_body_heading_the_one_before(lexicon: Lexicon) -> None:
    sentences = ["Pakistan's Foreign Office issued a statement on Friday.", "It accused India of violating the truce."]
    assert criticisms(sentences, lexicon) == {("PAK", "IND")}


def test_they_opening_a_sentence_is_the_list_heading_the_one_before(lexicon: Lexicon) -> None:
    sentences = ["Iran and Iraq signed a deal.", "They accused Israel of sabotage."]
    assert criticisms(sentences, lexicon) == {("IRN", "ISR"), ("IRQ", "ISR")}


def test_it_after_a_statement_that_condemned_someone_is_not_the_one_condemned(lexicon: Lexicon) -> None:
    sentences = [
        "The statement condemned Hamas for the detention of hostages.",
        "It also condemned Israeli policies in Gaza.",
    ]
    assert ("HAMAS", "ISR") not in criticisms(sentences, lexicon)


def test_it_after_a_person_or_a_place_refers_to_no_actor(lexicon: Lexicon) -> None:
    assert criticisms(["Prime Minister Modi spoke on Monday.", "It accused Pakistan of terrorism."], lexicon) == set()
    assert criticisms(["Fighting resumed near Goma.", "They accused Rwanda of backing the rebels."], lexicon) == set()


def test_a_surname_after_a_particle_and_hyphen_stands_for_the_person(lexicon: Lexicon) -> None:
    sentences = [
        "Yemen's Foreign Minister Abdulmalik al-Mekhlafi spoke in Riyadh on Monday.",
        "Mekhlafi blamed the Houthis for the failure of the talks.",
    ]
    assert criticisms(sentences, lexicon) == {("YEM", "HOUTHIS")}


def test_a_bare_government_title_in_a_capital_datelined_story_speaks_for_that_state(lexicon: Lexicon) -> None:
    sentences = ["ISLAMABAD (Reuters) - Foreign Minister Jan Kowalski on Tuesday accused India of terrorism."]
    assert criticisms(sentences, lexicon) == {("PAK", "IND")}


def test_a_title_naming_another_side_or_no_dateline_keeps_its_own_reading(lexicon: Lexicon) -> None:
    assert criticisms(["ISLAMABAD (Reuters) - Rebel leader Ahmed Khan accused India of terror."], lexicon) == set()
    assert criticisms(["Foreign Minister Jan Kowalski on Tuesday accused India of terror."], lexicon) == set()


def test_they_in_a_reduced_relative_clause_is_the_main_subject(lexicon: Lexicon) -> None:
    text = (
        "The authorities in Kinshasa announced they were expelling the Rwandan envoy as M23 rebels they accuse "
        "Kigali of supporting made fresh gains."
    )
    assert criticisms([text], lexicon) == {("COD", "RWA")}


def test_a_diplomat_introduced_by_name_is_summoned_as_his_state(lexicon: Lexicon) -> None:
    text = "The Malian government summoned French Ambassador Joel Meyer on Monday."
    assert criticisms([text], lexicon) == {("MLI", "FRA")}


def test_an_opening_list_is_no_dateline(lexicon: Lexicon) -> None:
    sentences = [
        "NATO, the EU and Japan condemned the launch.",
        "Foreign Minister Kenji Watanabe accused Russia of lying.",
    ]
    assert ("NATO", "RUS") not in criticisms(sentences, lexicon)


def test_after_another_states_minister_a_bare_title_is_no_longer_the_datelines(lexicon: Lexicon) -> None:
    sentences = [
        "TEHRAN, Iran — Pakistan's foreign minister Ishaq Dar arrived on Monday.",
        "Foreign Minister Ahmad Darwala condemned Israel.",
    ]
    assert ("IRN", "ISR") not in criticisms(sentences, lexicon)


def test_a_person_introduced_as_a_government_spokesman_speaks_for_that_state_by_surname(lexicon: Lexicon) -> None:
    sentences = [
        "Mike Omeria, a Nigerian government spokesman, accused Boko Haram of attacks.",
        "Omeria also blamed Chad.",
    ]
    assert ("NGA", "TCD") in criticisms(sentences, lexicon)


def test_a_spokesman_introduced_for_a_governing_group_speaks_for_its_state_once_it_governs(lexicon: Lexicon) -> None:
    sentences = ["Taliban spokesman Qari Yousuf Ahmadi spoke on Monday.", "Ahmadi accused the United States of lying."]
    found = {(f.source, f.target) for f in extract(sentences, lexicon, "2024-06-20") if f.type == "criticism"}
    assert ("AFG", "USA") in found
    found = {(f.source, f.target) for f in extract(sentences, lexicon, "2019-06-20") if f.type == "criticism"}
    assert ("TALIBAN", "USA") in found


def test_a_person_introduced_in_apposition_after_a_role_speaks_for_its_state(lexicon: Lexicon) -> None:
    sentences = ["The Solomon Islands prime minister, John Smithers, spoke on Monday.", "Smithers accused Australia."]
    assert criticisms(sentences, lexicon) == {("SLB", "AUS")}


def test_a_known_person_introduced_with_a_role_speaks_for_it_outside_the_lexicons_dates(lexicon: Lexicon) -> None:
    # the lexicon gives Sogavare's last term (2019-2024); the story's own role word says whom he speaks for
    sentences = ["Solomon Islands prime minister Manasseh Sogavare spoke on Monday.", "Sogavare accused Australia."]
    assert criticisms(sentences, lexicon) == {("SLB", "AUS")}
    assert criticisms(["Sogavare accused Australia."], lexicon) == set()  # no role given: the lexicon's dates hold


def test_a_role_before_a_comma_and_a_lower_case_word_introduces_no_one(lexicon: Lexicon) -> None:
    sentences = ["The Solomon Islands prime minister, who spoke on Monday, left.", "Smithers accused Australia."]
    assert criticisms(sentences, lexicon) == set()


def test_the_statement_reaches_past_one_sentence_that_names_no_one(lexicon: Lexicon) -> None:
    text = [
        "An official North Korean statement says its delegates offered a new proposal.",
        "It does not say what the proposal is.",
        "The statement accuses the United States of avoiding the essential issues.",
    ]
    assert criticisms(text, lexicon) == {("PRK", "USA")}


def test_the_statement_reaches_no_further_than_one_sentence_naming_no_one(lexicon: Lexicon) -> None:
    text = [
        "An official North Korean statement says its delegates offered a new proposal.",
        "It does not say what the proposal is.",
        "Nor does it say when.",
        "The statement accuses the United States of avoiding the essential issues.",
    ]
    assert criticisms(text, lexicon) == set()
