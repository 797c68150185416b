"""The names one document gives its actors (graphx.extract.document_names), as the ranker's features see them."""

from __future__ import annotations

import pytest

from graphx.extract.document_names import document_names, named_actors
from graphx.lexicon import Lexicon
from tests.extract.readings import criticisms


def test_a_spelled_out_acronym_names_its_actor_for_the_rest_of_the_document(lexicon: Lexicon) -> None:
    text = ["Fighters of the Allied Democratic Forces (ADF) attacked a village.", "The ADF denied it."]
    assert named_actors(text, lexicon) == [["ADF", "ADF"], ["ADF"]]
    assert named_actors(text[1:], lexicon) == [[]]  # without the spelling out, "ADF" names no one


def test_a_person_introduced_with_a_role_speaks_for_their_state_afterwards(lexicon: Lexicon) -> None:
    text = ["Malaysian Foreign Minister Fadzil Rahmanto arrived in Bangkok.", "Rahmanto met Thai officials."]
    named = named_actors(text, lexicon)
    assert named[1][:1] == ["MYS"] and "THA" in named[1]


def test_an_ambiguous_name_takes_the_reading_the_document_gives_it(lexicon: Lexicon) -> None:
    _, local = document_names(["Fighting raged in eastern Congo.", "Kinshasa accused the M23 rebels."], lexicon)
    assert local[("Congo",)].actor == "COD"
    _, plain = document_names(["Fighting raged in Congo."], lexicon)
    assert plain[("Congo",)].actor == "COD"  # named alone, the far larger DRC
    _, both = document_names(["Congo, Congo-Brazzaville and the DRC met."], lexicon)
    assert ("Congo",) not in both


def test_bare_maoists_are_the_group_based_in_the_state_the_document_names(lexicon: Lexicon) -> None:
    _, india = document_names(["Ten Maoists were killed in an encounter in Chhattisgarh state."], lexicon)
    assert india[("Maoists",)].actor == "CPIMAOIST"
    _, nepal = document_names(["The Maoists joined Nepal's government."], lexicon)
    assert nepal[("Maoists",)].actor == "CPNMAOIST"
    _, both = document_names(["The Maoists of India and Nepal.", "Maoists met."], lexicon)
    assert ("Maoists",) not in both


def test_maoist_rebels_are_the_group_based_in_the_state_the_document_names(lexicon: Lexicon) -> None:
    _, nepal = document_names(["Maoist rebels attacked a town in central Nepal."], lexicon)
    assert nepal[("Maoist", "rebels")].actor == "CPNMAOIST"
    _, india = document_names(["Maoist insurgents attacked police in Chhattisgarh state."], lexicon)
    assert india[("Maoist", "insurgents")].actor == "CPIMAOIST"
    _, unnamed = document_names(["Maoist guerrillas attacked police in Samar."], lexicon)
    assert ("Maoist", "guerrillas") not in unnamed  # neither state named: the story's own words decide


@pytest.mark.parametrize(
    ("text", "name", "actor"),
    [
        ("MANILA - The Philippine government and communist rebels will sign a ceasefire.", "communist rebels", "NPA"),
        ("Philippine troops clashed with Maoist guerrillas in the hills.", "Maoist guerrillas", "NPA"),
        ("Peruvian police said Maoist rebels had killed 16 people.", "Maoist rebels", "SENDERO"),
    ],
)
def test_maoist_and_communist_rebels_are_the_group_of_the_state_the_story_names(
    text: str, name: str, actor: str, lexicon: Lexicon
) -> None:
    _, names = document_names([text], lexicon)
    assert names[tuple(name.split())].actor == actor


def test_communist_rebels_of_two_named_states_or_of_colombia_stay_unread(lexicon: Lexicon) -> None:
    _, names = document_names(["Communist rebels in Nepal and the Philippines.", "The communist rebels met."], lexicon)
    assert ("communist", "rebels") not in names
    _, colombia = document_names(["Colombian troops clashed with communist rebels of the ELN."], lexicon)
    assert ("communist", "rebels") not in colombia  # the FARC disbanded; the ELN is communist too


def test_bandits_in_a_story_of_nigeria_are_its_bandit_gangs(lexicon: Lexicon) -> None:
    _, nigeria = document_names(["Nigerian troops repelled a bandit attack on a village."], lexicon)
    assert nigeria[("bandit",)].actor == "BANDITSNG"
    _, elsewhere = document_names(["Bandits robbed a bus in Kenya.", "The bandits fled."], lexicon)
    assert ("bandits",) not in elsewhere


def test_the_ira_is_the_irish_group_only_in_a_story_of_northern_ireland(lexicon: Lexicon) -> None:
    _, local = document_names(["The IRA admitted the bomb.", "It ends the ceasefire in Northern Ireland."], lexicon)
    assert local[("IRA",)].actor == "PIRA"
    for text in (
        ["The IRA tax credits helped solar firms, the US Treasury said."],
        ["The EU and the UK criticised the IRA's subsidies for electric cars."],
        ["The US Inflation Reduction Act (IRA) was criticised by the EU and Belfast firms."],
    ):
        _, plain = document_names(text, lexicon)
        assert ("IRA",) not in plain


def test_the_names_burundi_and_darfur_rebels_go_by(lexicon: Lexicon) -> None:
    text = ["The Hutu forces for National Liberation (FNL) signed.", "The Jem rebels attacked Omdurman."]
    assert named_actors(text, lexicon) == [["FNLBDI"], ["JEMSUDAN", "SDN"]]
    assert named_actors(["India blamed Jem for the attack."], lexicon) == [["IND"]]  # JeM's, not Darfur's


def test_a_role_belongs_to_the_longest_name_before_it(lexicon: Lexicon) -> None:
    _, local = document_names(["South Sudan's President Salva Kiir met Riek Machar."], lexicon)
    assert local[("Salva", "Kiir")].actor == "SSD"  # South Sudan's, not the "Sudan" its name ends in


def test_a_bare_apostrophe_owns_the_role_after_it(lexicon: Lexicon) -> None:
    _, local = document_names(["The United Arab Emirates' Foreign Minister Khalid Mansouri spoke."], lexicon)
    assert local[("Mansouri",)].actor == "ARE"


def test_a_surname_a_known_person_shares_is_the_introduced_persons(lexicon: Lexicon) -> None:
    _, local = document_names(["Sudan's Foreign Minister Ali Youssef Sharif visited Juba."], lexicon)
    assert local[("Sharif",)].actor == "SDN"
    _, congo = document_names(["The Democratic Republic of the Congo's Foreign Minister Jean Mbala spoke."], lexicon)
    assert congo[("Mbala",)].actor == "COD"


def test_a_hyphenated_given_name_in_lower_case_after_its_hyphen(lexicon: Lexicon) -> None:
    text = ["North Korea's Vice Foreign Minister Kim Son-gyong spoke.", "Kim Son-gyong condemned the US."]
    assert named_actors(text, lexicon)[1] == ["PRK", "USA"]


def test_an_abbreviated_honorific_with_its_full_stop_comes_before_the_name(lexicon: Lexicon) -> None:
    text = ["Libyan leader Col. Fadzil Rahmanto arrived in Manila.", "Rahmanto met Thai officials."]
    assert named_actors(text, lexicon)[1][:1] == ["LBY"]


def test_a_surname_another_known_person_goes_by_is_the_one_named_in_full(lexicon: Lexicon) -> None:
    text = ["Peru recalled its envoy over remarks by President Xiomara Castro.", "Castro criticised Peru."]
    assert criticisms(text, lexicon, "2023-01-26") == {("HND", "PER")}
