"""Branches of transnational networks (graphx.extract.branches): the core's name standing for its branch."""

from __future__ import annotations

from graphx.lexicon import Lexicon
from tests.extract.readings import conflicts, pair


def test_a_core_named_in_a_document_that_names_its_branch_is_the_branch(lexicon: Lexicon) -> None:
    sentences = [
        "ISIS claimed an attack that killed five Pakistani soldiers in Khyber Pakhtunkhwa on Sunday.",
        "Police said the bombing pointed to ISIS-Khorasan Province, a branch of the group.",
    ]
    assert conflicts(sentences, lexicon) == {pair("ISKP", "PAK")}


def test_a_core_fighting_the_one_state_of_its_branch_is_the_branch(lexicon: Lexicon) -> None:
    assert conflicts("Al-Qaeda militants attacked Yemeni soldiers in Abyan.", lexicon) == {pair("AQAP", "YEM")}


def test_a_core_fighting_a_state_with_no_branch_of_its_own_stays_the_core(lexicon: Lexicon) -> None:
    assert conflicts("Al-Qaeda militants attacked French soldiers in Paris.", lexicon) == {pair("ALQAEDA", "FRA")}


def test_a_groups_faction_named_in_the_document_does_not_replace_the_group(lexicon: Lexicon) -> None:
    sentences = [
        "Pakistan accused the Taliban of attacking its border posts in 2019.",
        "Pakistani forces attacked the Taliban and the Haqqani network in 2019.",
    ]
    found = conflicts(sentences, lexicon, "2019-06-01")
    assert pair("PAK", "TALIBAN") in found


def test_the_documents_branch_never_stands_for_the_core_against_the_cores_home(lexicon: Lexicon) -> None:
    sentences = [
        "Islamic State fighters attacked Syrian army positions near Palmyra on Monday, killing five soldiers.",
        "Separately, the group's Afghan affiliate, ISIS-Khorasan Province, claimed a bombing in Kabul.",
    ]
    found = conflicts(sentences, lexicon)
    assert pair("IS", "SYR") in found and pair("ISKP", "SYR") not in found


def test_a_core_group_against_another_group_is_the_branch_of_the_state_its_sentence_names(lexicon: Lexicon) -> None:
    assert pair("ALSHABAAB", "ISSOM") in conflicts("Al-Shabaab and ISIS militants clash in Somalia.", lexicon)
    assert pair("ALSHABAAB", "IS") in conflicts("ISIS militants attacked al-Shabaab in Syria.", lexicon)
