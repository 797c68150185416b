"""Initials a document introduces in brackets (graphx.extract.acronyms) stand for the actor named before them."""

from __future__ import annotations

from graphx.extract.acronyms import bracketed_acronyms
from graphx.extract.confidence import DEFAULT_MIN_CONFIDENCE
from graphx.extract.extractor import extract
from graphx.extract.mentions import NameTable
from graphx.lexicon import Lexicon, Name


def test_initials_after_a_known_name_stand_for_its_actor(lexicon: Lexicon) -> None:
    found = bracketed_acronyms(["Troops of the Kenya Defence Forces (KDF) were deployed."], NameTable.of(lexicon))
    assert found == {("KDF",): Name("KEN")}


def test_initials_after_an_unknown_name_or_a_word_are_ignored(lexicon: Lexicon) -> None:
    table = NameTable.of(lexicon)
    assert bracketed_acronyms(["The Internally Displaced Persons (IDP) camps were full."], table) == {}
    assert bracketed_acronyms(["Kenya (mostly) agreed."], table) == {}


def test_initials_the_lexicon_gives_another_actor_keep_that_meaning(lexicon: Lexicon) -> None:
    found = bracketed_acronyms(["Ministers of Kenya (UN) met."], NameTable.of(lexicon))
    assert found == {}


def test_initials_a_name_spells_out_are_its_own_even_where_the_lexicon_gives_them_to_another(
    lexicon: Lexicon,
) -> None:
    table = NameTable.of(lexicon)
    sentence = "Members of the United People's Democratic Front (UPDF) fired on the army."
    assert bracketed_acronyms([sentence], table) == {("UPDF",): Name("UPDF")}
    with_suffix = "Members of the United People's Democratic Front (UPDF-main) fired on the army."
    assert bracketed_acronyms([with_suffix], table) == {("UPDF",): Name("UPDF")}


def test_initials_spelled_by_more_words_than_the_known_name_keep_the_lexicons_meaning(lexicon: Lexicon) -> None:
    sentence = "NAS accused the South Sudan People's Defence Force (SSPDF) of attacking its base."
    assert bracketed_acronyms([sentence], NameTable.of(lexicon)) in ({}, {("SSPDF",): Name("SSD")})


def test_a_document_reads_its_initials_from_then_on(lexicon: Lexicon) -> None:
    sentences = [
        "Three members of the Abu Sayyaf Group (ASG) were killed on Wednesday.",
        "Philippine troops launched an offensive against the ASG.",
    ]
    pairs = {
        tuple(sorted(f.parties))
        for f in extract(sentences, lexicon, "2025-06-04")
        if f.type == "conflict" and f.confidence >= DEFAULT_MIN_CONFIDENCE and f.sentence == 1
    }
    assert ("ASG", "PHL") in pairs


def test_a_wire_service_after_a_place_is_no_short_form_of_it(lexicon: Lexicon) -> None:
    table = NameTable.of(lexicon)
    assert bracketed_acronyms(["PARIS (AFP) - France recalled its envoy."], table) == {}
    assert bracketed_acronyms(["Officials in Kabul (AFP) said so."], table) == {}


def test_a_spelling_the_lexicon_lacks_of_a_groups_known_initials_names_the_group(lexicon: Lexicon) -> None:
    table = NameTable.of(lexicon)
    found = bracketed_acronyms(["Fighting with Ahlu Sunnah Wal Jama'a (ASWJ) went on."], table)
    assert found == {("Ahlu", "Sunnah", "Wal", "Jama", "'", "a"): Name("ASWJ")}
    # words whose initials are not the group's stay unknown; a state's initials are not spelled out again
    assert bracketed_acronyms(["The Sufi movement (ASWJ) fought on."], table) == {}
    assert bracketed_acronyms(["Inter-Service Public Relations (ISPR) said so."], table) == {}


def test_an_agencys_initials_spelled_by_the_name_before_them_are_that_names(lexicon: Lexicon) -> None:
    table = NameTable.of(lexicon)
    assert bracketed_acronyms(["Fighters of the Arakan Army (AA) advanced."], table) == {("AA",): Name("AA")}
    assert bracketed_acronyms(["Officials in Ankara (AA) said so."], table) == {}  # the agency credited


def test_a_longer_lexicon_name_wins_over_a_documents_acronym(lexicon: Lexicon) -> None:
    sentences = [
        "The Revolutionary Armed Forces of Colombia (FARC) signed a peace deal in 2016.",
        "President Gustavo Petro blames FARC dissidents for a cylinder bomb attack.",
    ]
    found = extract(sentences, lexicon, "2025-08-22", min_confidence=0.5)
    assert {(f.source, f.target) for f in found if f.type == "criticism"} == {("COL", "FARCDISS")}
