"""'Its neighbour' and 'the other side' in a story about two states (graphx.extract.plurals.neighbour_names): the
other of the two, read in sentences that name one of them and no other state; "both sides blamed the other"."""

from __future__ import annotations

import pytest

from graphx.extract.confidence import DEFAULT_MIN_CONFIDENCE
from graphx.extract.extractor import extract
from graphx.extract.plurals import plural_reference
from graphx.lexicon import Lexicon
from tests.extract.readings import SIDES, conflicts, criticisms, mediations, pair

ROW = "Colombia criticised Ecuador on Monday."


def second(text: str, lexicon: Lexicon) -> set[tuple[str | None, str | None]]:
    """The criticisms kept in `text`, read after a row between Colombia and Ecuador."""
    return {
        (f.source, f.target)
        for f in extract([ROW, text], lexicon, "2025-06-04")
        if f.type == "criticism" and f.sentence == 1 and f.confidence >= DEFAULT_MIN_CONFIDENCE
    }


def test_its_neighbour_is_the_other_of_the_two_states(lexicon: Lexicon) -> None:
    assert second("Ecuador accused its neighbour of not doing enough to fight drug gangs.", lexicon) == {("ECU", "COL")}
    assert second("Colombia in turn accused its neighbor of protectionism.", lexicon) == {("COL", "ECU")}


def test_a_person_who_speaks_for_one_side_accuses_the_other(lexicon: Lexicon) -> None:
    text = "President Noboa, who accuses his neighbor of not doing enough, imposed tariffs."
    assert second(text, lexicon) == {("ECU", "COL")}


@pytest.mark.parametrize(
    "document",
    [
        [
            "Pakistan's TTP has been emboldened by the return of the Taliban in neighbouring Afghanistan.",
            "Islamabad regularly accuses its neighbour of harbouring militants.",
        ],
        ["Pakistan says the TTP hides in neighbouring Afghanistan.", "Islamabad accuses its neighbour of lying."],
    ],
)
def test_its_neighbour_is_the_one_state_the_story_calls_neighbouring(document: list[str], lexicon: Lexicon) -> None:
    assert ("PAK", "AFG") in criticisms(document, lexicon)


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (["Ghana sent aid to neighbouring Togo.", "Nigeria accused its neighbour of smuggling fuel."], set()),
        (
            ["Niger's junta closed the border with neighbouring Benin.", "Benin accused its neighbour of lying."],
            {("BEN", "NER")},
        ),
    ],
)
def test_its_neighbour_is_the_state_named_beside_the_neighbouring_one(
    document: list[str], expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(document, lexicon) == expected


def test_two_states_called_neighbouring_leave_its_neighbour_unread(lexicon: Lexicon) -> None:
    document = ["Refugees fled to neighbouring Chad and neighbouring Niger.", "Sudan accuses its neighbour of lying."]
    assert criticisms(document, lexicon) == set()


def test_a_third_state_or_a_named_neighbour_is_not_the_other_side(lexicon: Lexicon) -> None:
    assert second("Peru accused its neighbour of not doing enough.", lexicon) == set()
    assert second("Ecuador accused its neighbour Peru of not doing enough.", lexicon) == {("ECU", "PER")}


def test_the_neighbour_named_as_a_place_in_the_sentence_is_still_the_other_side(lexicon: Lexicon) -> None:
    text = "Ecuador accuses its neighbour of backing gangs from inside Colombia."
    assert second(text, lexicon) == {("ECU", "COL")}
    assert second("Ecuador accuses its neighbour of backing gangs from inside Peru.", lexicon) == set()
    text = "Ecuador accuses its neighbour of shelling villages in Ecuador's north."  # the speaker's own state, a place
    assert second(text, lexicon) == {("ECU", "COL")}


def test_without_two_states_in_the_story_no_neighbour_is_known(lexicon: Lexicon) -> None:
    found = extract(["Ecuador accused its neighbour of not doing enough."], lexicon, "2025-06-04")
    assert [f for f in found if f.type == "criticism" and f.confidence >= DEFAULT_MIN_CONFIDENCE] == []


def test_the_other_side_is_the_other_of_the_two_states(lexicon: Lexicon) -> None:
    assert second("Ecuador blamed the other side for the clash.", lexicon) == {("ECU", "COL")}
    assert second("Ecuador accused the other side of violating the truce.", lexicon) == {("ECU", "COL")}


def test_the_other_side_of_the_border_is_a_place(lexicon: Lexicon) -> None:
    assert second("Ecuador said gunmen on the other side of the border opened fire.", lexicon) == set()


def test_both_sides_or_a_named_pair_blaming_the_other_is_criticism_both_ways(lexicon: Lexicon) -> None:
    assert second("Ecuador and Colombia each accused the other of firing first.", lexicon) == {
        ("ECU", "COL"),
        ("COL", "ECU"),
    }
    both_sides = [*SIDES, "Both sides blamed the other for starting the fighting."]
    assert criticisms(both_sides, lexicon) == {("POL", "BLR"), ("BLR", "POL")}


def test_each_side_blaming_the_other_is_criticism_both_ways(lexicon: Lexicon) -> None:
    text = [*SIDES, "Talks made little progress, and each side blames the other for sparking violence."]
    assert criticisms(text, lexicon) == {("POL", "BLR"), ("BLR", "POL")}
    assert criticisms([*SIDES, "Each side lost ten soldiers in March."], lexicon) == set()


def test_both_sides_blaming_each_other_in_a_with_clause_after_their_between_pair(lexicon: Lexicon) -> None:
    text = "Clashes erupted between Tajik and Kyrgyz border guards, with both sides blaming the other for the violence."
    assert criticisms(text, lexicon) == {("TJK", "KGZ"), ("KGZ", "TJK")}


def test_the_two_described_by_a_few_words_are_the_document_s_sides(lexicon: Lexicon) -> None:
    offer = [*SIDES, "Germany offered to mediate between the two nuclear-armed neighbours."]
    assert mediations(offer, lexicon, only=2) == {("DEU", "BLR"), ("DEU", "POL")}
    three = [*SIDES, "Germany criticised the two poor Central European countries."]
    assert criticisms(three, lexicon) == {("DEU", "BLR"), ("DEU", "POL")}
    blame = [*SIDES, "Germany criticised both the warring eastern neighbours."]
    assert criticisms(blame, lexicon) == {("DEU", "BLR"), ("DEU", "POL")}
    # two named adjectives are no reference to the two: "both Russian and Ukrainian leaders"
    listed = [*SIDES, "Germany criticised both Russian and Ukrainian leaders."]
    assert criticisms(listed, lexicon) == {("DEU", "RUS"), ("DEU", "UKR")}


def test_a_between_pair_earlier_in_the_sentence_is_what_the_two_stand_for(lexicon: Lexicon) -> None:
    text = (
        "As tensions rise between India and Pakistan after the attack, Iran has stepped forward with an offer to "
        "mediate between the two nuclear-armed neighbours."
    )
    found = extract([text], lexicon, "2025-04-25")
    kept = {f.parties for f in found if f.type == "mediation" and f.confidence >= DEFAULT_MIN_CONFIDENCE}
    assert kept == {("IND", "PAK")}
    # without such a pair and without a document pair, the reference stands for no one
    alone = extract(["Iran offered to mediate between the two nuclear-armed neighbours."], lexicon, "2025-04-25")
    assert [f for f in alone if f.type == "mediation" and f.confidence >= DEFAULT_MIN_CONFIDENCE] == []


def test_each_alone_is_no_reference_to_the_two() -> None:
    assert plural_reference("Each side blames the other.")
    assert not plural_reference("Each year thousands cross the border, and each of them pays.")


def test_the_two_warring_countries_are_at_war(lexicon: Lexicon) -> None:
    talks = "Russia and Ukraine held talks in Istanbul on Friday, mediated by Turkey."
    warring = [talks, "These were the first direct talks between the two warring countries in three years."]
    assert conflicts(warring, lexicon) == {("RUS", "UKR")}
    assert conflicts([talks, "The two countries agreed to swap prisoners."], lexicon) == set()


def test_the_two_groups_or_factions_are_the_documents_sides(lexicon: Lexicon) -> None:
    rivals = "Hamas and Fatah have been rivals since 2007, and Egypt mediated between Hamas and Fatah in 2017."
    assert criticisms([rivals, "Qatar criticised the two factions on Monday."], lexicon) == {
        ("QAT", "FATAH"),
        ("QAT", "HAMAS"),
    }


def test_the_two_of_something_else_are_not_the_documents_sides(lexicon: Lexicon) -> None:
    both = [*SIDES, "Germany criticised both sides of the border for the closures."]
    assert criticisms(both, lexicon) == set()
    factions = [*SIDES, "Germany criticised the two factions of the Sinaloa Cartel, which started fighting."]
    assert criticisms(factions, lexicon) == {("DEU", "SINALOA")}
    # the two sides of the document's own dispute are its sides
    dispute = [*SIDES, "Germany criticised both sides of the long-running border conflict."]
    assert criticisms(dispute, lexicon) == {("DEU", "BLR"), ("DEU", "POL")}
    owned = [*SIDES, "Germany criticised both sides of Poland's conflict."]
    assert criticisms(owned, lexicon) == {("DEU", "BLR"), ("DEU", "POL")}


def test_a_pair_named_between_in_a_sentence_with_no_cue_is_what_the_two_stand_for(lexicon: Lexicon) -> None:
    text = ["Tensions between Sudan and Chad rose on Monday.", "The two neighbours blamed each other for the raids."]
    found = extract(text, lexicon, "2025-03-01", DEFAULT_MIN_CONFIDENCE)
    assert {(f.source, f.target) for f in found if f.type == "criticism"} == {("SDN", "TCD"), ("TCD", "SDN")}


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            ["The US and Japan held talks on Monday.", "Both countries criticised China over its drills."],
            {("USA", "CHN"), ("JPN", "CHN")},
        ),
        (
            [
                "Russia and North Korea signed a defence pact in June.",
                "Putin visited North Korea, and Kim praised Russia.",
                "Washington accused both nations of violating international law.",
            ],
            {("USA", "RUS"), ("USA", "PRK")},
        ),
    ],
)
def test_the_two_stand_for_the_pair_opening_a_sentence_before(
    sentences: list[str], expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(sentences, lexicon) == expected


def test_a_pair_after_the_sentences_opening_is_no_antecedent(lexicon: Lexicon) -> None:
    sentences = ["On Monday officials from the US and Japan met.", "Both countries criticised China."]
    assert criticisms(sentences, lexicon) == set()


@pytest.mark.parametrize(
    "later",
    ["They fought for 35 years.", "They have fought several wars since 1991.", "They clashed again in 2020."],
)
def test_they_opening_a_sentence_of_fighting_each_other_are_the_two_sides(later: str, lexicon: Lexicon) -> None:
    text = ["Armenia and Azerbaijan signed a peace declaration in Washington.", later]
    assert conflicts(text, lexicon) == {pair("ARM", "AZE")}


@pytest.mark.parametrize(
    "later",
    [
        "They signed it in the Oval Office.",  # no fight
        "Officials said they fought for years.",  # not opening the sentence
        "They clashed with police outside parliament.",  # another fought with
    ],
)
def test_they_elsewhere_is_not_the_two_sides_fighting(later: str, lexicon: Lexicon) -> None:
    text = ["Armenia and Azerbaijan signed a peace declaration in Washington.", later]
    assert conflicts(text, lexicon) == set()
