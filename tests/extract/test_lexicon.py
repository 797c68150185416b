"""The world and cue lexicons: coverage, names, inflections, extension by a graph and by a cue file."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphx.errors import InputError
from graphx.lexicon import Lexicon, Name, build_lexicon, tokenize
from tests.extract.readings import conflicts, criticisms, pair
from tests.paths import ROOT

UN_MEMBERS = 193


def test_every_un_member_state_and_the_main_bodies_are_known() -> None:
    lexicon = build_lexicon()
    states = [a for a in lexicon.actors.values() if a.kind == "state"]
    assert len(states) >= UN_MEMBERS
    for body in ("EU", "UN", "NATO", "OSCE", "CIS", "CSTO", "COE", "AU", "LAS", "ASEAN"):
        assert lexicon.actors[body].kind == "organisation"


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("Russian Federation", "RUS"),
        ("Russian", "RUS"),
        ("Moscow", "RUS"),
        ("Kremlin", "RUS"),
        ("Azeri", "AZE"),
        ("U.S.", "USA"),
        ("State Department", "USA"),
        ("Elysee", "FRA"),
        ("Brussels", "EU"),
        ("Yerevan", "ARM"),
        ("Islamic Republic of Iran", "IRN"),
        ("Türkiye", "TUR"),
        ("Guinea-Bissau", "GNB"),
        ("Papua New Guinea", "PNG"),
        ("African Union", "AU"),
        ("Council of Europe", "COE"),
        ("Arab League", "LAS"),
        ("Sergei Lavrov", "RUS"),
        ("Assam Rifles", "IND"),
        ("Border Guard Bangladesh", "BGD"),
        ("TNI", "IDN"),
        ("SANDF", "ZAF"),
        ("Frontier Corps", "PAK"),
        ("Unity for Peace in Central Africa", "UPC"),
        ("UN nuclear watchdog", "IAEA"),
        ("U.N. nuclear agency", "IAEA"),
        ("Revolutionary Armed Forces of Colombia Segunda Marquetalia", "SEGMARQ"),
        # institutions and the short names headlines give leaders
        ("DIRCO", "ZAF"),
        ("Wisma Putra", "MYS"),
        ("Dagestan", "RUS"),
        ("Natanz", "IRN"),
        ("Albanese", "AUS"),
        ("Anwar", "MYS"),
        ("Sharif", "PAK"),
        ("GPH", "PHL"),
        ("Teheran", "IRN"),  # an older spelling some outlets keep
        ("Dawlah Islamiya", "DAULAH"),
        ("Jund al-Sham", "JUNDALSHAM"),
        ("United Nationalities Federal Council", "UNFC"),
        ("Ambazonia rebels", "AMBAZONIA"),
        ("New Generation Jalisco Cartel", "CJNG"),
        ("State Security and Peace Commission", "MMR"),  # the junta's name from 2025
        ("SSPC", "MMR"),
        ("Bougainville", "ABG"),
        ("Arakha Army", "AA"),
        ("the Pope", "VAT"),
        ("Apostolic Nuncio", "VAT"),
        ("Ken Salazar", "USA"),
        ("Zelenskiy", "UKR"),  # the Reuters spelling
        ("Zapatista National Liberation Army", "EZLN"),  # not the ELN of Colombia
        ("Fatah al-Islam", "FATAHALISLAM"),  # not Fatah
        ("National Democratic Front of Boroland", "NDFB"),  # the Indian press's spelling
    ],
)
def test_names_demonyms_capitals_institutions_and_people(name: str, actor: str) -> None:
    assert build_lexicon().names[tuple(tokenize(name))].actor == actor


def test_ambiguous_words_are_left_out() -> None:
    names = build_lexicon().names
    assert ("Congo",) not in names and ("Korean",) not in names


def test_people_carry_their_terms_of_office() -> None:
    biden = build_lexicon().names[("Biden",)]
    assert biden.person and biden.holds_on("2022-10") and not biden.holds_on("2012")
    assert Name("X", True, (("2020-01-01", ""),)).holds_on("2024")


def test_a_governing_groups_people_speak_for_the_state_from_the_day_it_took_power() -> None:
    mujahid = build_lexicon().names[("Zabihullah", "Mujahid")]
    assert mujahid.actor_on("2019-06-01") == "TALIBAN" and mujahid.actor_on("2024-06-01") == "AFG"


def test_states_carry_their_periods_of_military_rule() -> None:
    actors = build_lexicon().actors
    assert actors["MMR"].ruled_by_soldiers("2024-05-01")
    assert not actors["MMR"].ruled_by_soldiers("2015-05-01")  # the civilian years between the juntas
    assert actors["THA"].ruled_by_soldiers("2016-01-01") and not actors["THA"].ruled_by_soldiers("2024-01-01")
    assert actors["MLI"].ruled_by_soldiers(None)  # some period, when the date is unknown
    assert not actors["FRA"].ruled_by_soldiers(None)


def test_feelings_are_criticism_said_with_be() -> None:
    assert {c.klass for c in build_lexicon().cues["outraged"]} == {"feelings"}
    assert {c.klass for c in build_lexicon().cues["outrage"]} == {"disapproval"}


def test_tokens_split_possessives_and_compounds() -> None:
    assert tokenize("Moscow’s Russian-brokered U.S. deal didn't") == [
        "Moscow",
        "’s",
        "Russian",
        "-",
        "brokered",
        "U.S.",
        "deal",
        "didn't",
    ]
    assert tokenize("a Cease-Fire, a cease-fires' end") == ["a", "Cease-Fire", ",", "a", "cease-fires", "'", "end"]


def test_a_cue_file_adds_words(tmp_path: Path) -> None:
    extra = tmp_path / "cues.yaml"
    extra.write_text("graphx-cues: 1\ncriticism:\n  verbs: [excoriate, upbraid, scold, lampoon]\n")
    lexicon = build_lexicon(cue_files=[extra])
    assert any(c.type == "criticism" for c in lexicon.cues["lampooned"])
    assert "lampooned" not in build_lexicon().cues


def test_a_broken_cue_file_is_a_located_input_error(tmp_path: Path) -> None:
    extra = tmp_path / "cues.yaml"
    extra.write_text("criticism: [unclosed\n")
    with pytest.raises(InputError) as caught:
        build_lexicon(cue_files=[extra])
    assert str(extra) in str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "graphx-cues: 1\ncriticism: [lampoon]\n",
            ["2:12: criticism must be a mapping of cue classes, e.g. 'verbs: [slam, rebuke]'"],
        ),
        (
            "graphx-cues: 1\ncriticism: lampoon\n",
            ["2:12: criticism must be a mapping of cue classes, e.g. 'verbs: [slam, rebuke]'"],
        ),
        (
            "graphx-cues: 1\ncriticism:\n  verbz: [lampoon]\n",
            [
                "3:3: unknown cue class 'verbz' for criticism; known: attributions, backing, charge_nouns, charges, "
                "designations, disapproval, exchanges, feelings, fire, judgements, nouns, opposed, receive_verbs, "
                "redress, signals, speech_nouns, speech_verbs, summons, unlawful, unwelcome, verbs"
            ],
        ),
        ("graphx-cues: 1\ncriticism:\n  verbs: slam\n", ["3:10: criticism.verbs must be a list of words, e.g. [slam]"]),
        (
            "graphx-cues: 1\nsanction:\n  verbs: [embargo]\n",
            [
                "2:1: unknown key 'sanction'; a cue file holds 'graphx-cues', 'forms' and cues of the relation types "
                "criticism, mediation, conflict"
            ],
        ),
        ("criticism:\n  verbs: [lampoon]\n", ["1:1: not a cue file: missing 'graphx-cues: 1' (the format version)"]),
        (
            "graphx-cues: 2\nforms:\n  go: went\nconflict:\n  verbs: [[a]]\n",
            [
                "1:14: unsupported cue file version 2; this graphx reads 'graphx-cues: 1'",
                "3:7: forms.go must be a list of words, e.g. [went]",
                "5:11: conflict.verbs item 1 must be a word or phrase",
            ],
        ),
        ("- just a list\n", ["1:1: a cue file must be a YAML mapping (graphx-cues: 1, criticism: ...)"]),
    ],
)
def test_every_problem_of_a_cue_file_is_located(tmp_path: Path, text: str, expected: list[str]) -> None:
    extra = tmp_path / "cues.yaml"
    extra.write_text(text)
    with pytest.raises(InputError) as caught:
        build_lexicon(cue_files=[extra])
    assert caught.value.lines() == [f"{extra}:{line}" for line in expected]


def test_the_shipped_cue_file_passes_its_own_checks() -> None:
    shipped = ROOT / "graphx" / "data" / "lexicon" / "cues.yaml"
    assert build_lexicon(cue_files=[shipped]).cues == build_lexicon().cues


def test_the_frame_handler_registry_names_exactly_the_lexicon_cue_classes() -> None:
    from graphx.extract.frames import HANDLERS, KNOWN_CLASSES, LISTS
    from graphx.lexicon import CUE_CLASSES

    assert KNOWN_CLASSES == CUE_CLASSES and not set(HANDLERS) & LISTS


def test_a_name_two_office_holders_of_one_state_share_holds_in_both_their_years() -> None:
    deby = build_lexicon().names[("Déby",)]
    assert deby.actor == "TCD" and deby.holds_on("2015-06-01") and deby.holds_on("2024-06-01")


def test_long_acronyms_match_as_the_british_press_writes_them_but_words_do_not() -> None:
    names = build_lexicon().names
    assert names[("Igad",)].actor == "IGAD" and names[("Farc",)].actor == "FARC"
    assert ("Pace",) not in names and ("Alba",) not in names


def test_a_long_names_generic_last_word_matches_in_lower_case_but_a_short_ones_does_not() -> None:
    names = build_lexicon().names
    assert names[("Jalisco", "New", "Generation", "cartel")].actor == "CJNG"
    assert names[("Kosovo", "Liberation", "army")].actor == names[("Kosovo", "Liberation", "Army")].actor
    assert ("Hezbollah", "brigades") not in names and ("Arakan", "army") not in names


def test_the_cities_where_wars_are_reported_name_their_state_but_ground_held_by_others_does_not() -> None:
    names = build_lexicon().names
    assert names[("Kharkiv",)].actor == "UKR" and names[("El", "Fasher")].actor == "SDN"
    assert names[("Lashio",)].actor == "MMR" and names[("Goma",)].actor == "COD"
    assert ("Idlib",) not in names and ("Rafah",) not in names
    assert ("Kobani",) not in names and ("Manbij",) not in names  # Kurdish- or rebel-held for years


def test_a_somali_pirate_base_is_the_pirates(lexicon: Lexicon) -> None:
    assert conflicts("EU naval forces raided Somali pirate bases on the coast.", lexicon) == {
        pair("EU", "SOMALIPIRATES")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ELN attacked a military base in Arauca.", ("COL", "ELN")),
        ("The TTP attacked a military post in North Waziristan.", ("PAK", "TTP")),
        ("Abu Sayyaf fighters ambushed an army patrol in Sulu.", ("ASG", "PHL")),
    ],
)
def test_the_provinces_where_insurgencies_are_fought_name_their_state(
    text: str, expected: tuple[str, str], lexicon: Lexicon
) -> None:
    assert expected in conflicts(text, lexicon)


def test_states_spelled_with_their_own_accents() -> None:
    names = build_lexicon().names
    assert names[("Perú",)].actor == "PER" and names[("Panamá",)].actor == "PAN" and names[("México",)].actor == "MEX"


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine accused russia of shelling Kherson.",  # Ukrainian media write russia in lower case
        "Ukraine accused the russian federation of shelling Kherson.",
        "Ukraine accused russian forces of shelling Kherson.",
    ],
)
def test_russia_written_in_lower_case_is_russia(text: str, lexicon: Lexicon) -> None:
    assert ("UKR", "RUS") in criticisms(text, lexicon)


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Serbian forces shelled Kosovo.", "1999-03-20", set()),  # a province of Serbia then
        ("Serbian forces shelled Kosovo.", "2024-03-20", {("SRB", "XKX")}),
        ("Sudanese jets bombed South Sudan.", "2009-03-20", set()),
        ("Sudanese jets bombed South Sudan.", "2012-04-20", {("SDN", "SSD")}),
    ],
)
def test_a_state_is_no_actor_before_the_day_it_came_into_being(
    text: str, date: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon, date) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Royal Dutch Shell criticised Nigeria.",  # a listed company name
        "Turkish Airlines criticised Israel.",  # a state's adjective before a company's head word
        "Kuwait Petroleum Corporation criticised Iraq.",
    ],
)
def test_a_companys_name_that_holds_a_states_names_no_actor(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()
    assert conflicts("Royal Dutch Shell's Nigerian subsidiary said a pipeline was attacked.", lexicon) == set()


def test_a_states_ministry_named_with_a_company_word_is_the_state(lexicon: Lexicon) -> None:
    assert criticisms("The Russian Telecom Ministry criticised Ukraine.", lexicon) == {("RUS", "UKR")}
    assert conflicts("Ukraine strikes Russian Oil Refinery in Saratov.", lexicon) == {("RUS", "UKR")}  # a headline


@pytest.mark.parametrize(
    ("name", "date", "actor"),
    [
        ("Bush", "2003-04-25", "USA"),
        ("George Bush", "1990-08-02", "USA"),  # the father's years and the son's, both the United States
        ("Chirac", "2003-02-10", "FRA"),
        ("Yeltsin", "1996-07-03", "RUS"),
        ("Arafat", "2001-12-03", "PSE"),
        ("Kofi Annan", "2004-09-16", "UN"),
        ("Kofi Annan", "2012-04-02", "UN"),  # the UN-Arab League envoy for Syria
        ("Rumsfeld", "2003-03-20", "USA"),  # defence ministers
        ("Lakhdar Brahimi", "2013-06-05", "UN"),  # envoys and mediators
        ("Prabhakaran", "2006-02-06", "LTTE"),  # armed groups' leaders
    ],
)
def test_leaders_of_older_news_stand_for_their_state_in_their_years(name: str, date: str, actor: str) -> None:
    meaning = build_lexicon().names[tuple(name.split())]
    assert meaning.actor == actor and meaning.holds_on(date) and not meaning.holds_on("2024-01-01")


@pytest.mark.parametrize(
    ("name", "date", "gap"),
    [
        ("Putin", "1999-09-01", "1999-07-01"),
        ("Steinmeier", "2007-01-01", "2010-01-01"),
        ("Shinzo Abe", "2007-01-01", "2010-01-01"),
    ],
)
def test_earlier_terms_of_todays_leaders_count_too(name: str, date: str, gap: str) -> None:
    meaning = build_lexicon().names[tuple(name.split())]
    assert meaning.holds_on(date) and not meaning.holds_on(gap)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Angolan troops fought UNITA rebels near Huambo.", ("AGO", "UNITA")),
        ("Mexican troops fought the Sinaloa drug cartel.", ("MEX", "SINALOA")),
        ("Jordanian jets carried out airstrikes targeting ISIS in Syria.", ("IS", "JOR")),  # not an affiliate there
    ],
)
def test_older_armed_groups_are_known_and_a_network_in_a_state_is_its_one_branch_there(
    text: str, sides: tuple[str, str], lexicon: Lexicon
) -> None:
    assert pair(*sides) in conflicts(text, lexicon)
