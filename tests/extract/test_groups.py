"""Armed groups: the shipped groups.yaml and a user's file of the same shape, checked with positions."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphx.errors import InputError
from graphx.extract.extractor import extract
from graphx.lexicon import Lexicon, build_lexicon, tokenize
from tests.extract.readings import conflicts, pair


def test_the_shipped_groups_are_actors_of_kind_group() -> None:
    lexicon = build_lexicon()
    groups = [a for a in lexicon.actors.values() if a.kind == "group"]
    assert len(groups) >= 80
    assert lexicon.actors["RSF"].kind == "group" and "Rapid Support Forces" in lexicon.actors["RSF"].aliases


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("SLM-Minnawi", "SLMMM"),
        ("Dan Na Ambassagou", "DANNAAMBASSAGOU"),
        ("Sikhs for Justice", "SFJ"),
        ("Baloch Yakjehti Committee", "BYC"),
        ("Pa-O National Liberation Army", "PNLO"),
        ("Kosovo Liberation Army", "KLA"),
        ("Coordinadora Arauco-Malleco", "CAM"),
        ("Beltran-Leyva cartel", "BLO"),
        ("Hadramout Tribal Alliance", "HADRAMAWTTRIBAL"),
        ("Multinational Joint Task Force", "MNJTF"),
        ("Organization for the Prohibition of Chemical Weapons", "OPCW"),
        ("UNESCO", "UN"),
        ("Fethullah Gulen", "FETO"),
        ("Shanni Nationalities Army", "SHANNI"),
        ("Karen National Defence Organisation", "KNDO"),
        ("KNU/KNLA Peace Council", "KNLAPC"),
        ("Third Legion", "THIRDLEGION"),
        ("Front for the Restoration of Unity and Democracy", "FRUD"),
        ("Zaire militia", "ZAIRE"),
        ("Naparamas", "NAPARAMA"),
        ("Solomons", "SLB"),
        ("Grlić-Radman", "HRV"),
        ("Abkhazia", "ABKHAZIA"),
        ("South Ossetia", "SOUTHOSSETIA"),
        ("Tskhinvali", "SOUTHOSSETIA"),
        ("Syrian rebels", "SYRIANOPP"),
        ("pro-Russian separatists", "DONBASSSEP"),
        ("Pyu Saw Htee", "PYUSAWHTEE"),
    ],
)
def test_groups_and_bodies_of_many_regions_are_known(name: str, actor: str) -> None:
    assert build_lexicon().names[tuple(tokenize(name))].actor == actor


@pytest.mark.parametrize("name", ["IRA", "NDAA", "PNA", "ALP", "La Linea", "RPF", "MSG"])
def test_acronyms_and_names_that_mean_other_things_in_news_are_not_groups(name: str) -> None:
    meaning = build_lexicon().names.get(tuple(tokenize(name)))
    assert meaning is None or build_lexicon().actors[meaning.actor].kind != "group"


def test_pla_stays_chinas_army_beside_manipurs_pla() -> None:
    names = build_lexicon().names
    assert names[("PLA",)].actor == "CHN"
    assert names[tuple(tokenize("People's Liberation Army of Manipur"))].actor == "PLAMANIPUR"


def test_a_users_groups_file_adds_groups(tmp_path: Path) -> None:
    path = tmp_path / "groups.yaml"
    path.write_text(
        "graphx-lexicon: 1\ngroups:\n  REDHAND: {name: Red Hand Brigade, also: [Red Hand], base: POL}\n",
        encoding="utf-8",
    )
    lexicon = build_lexicon(group_files=[path])
    found = extract(["The Red Hand attacked Belarus."], lexicon)
    assert {f.parties for f in found if f.type == "conflict" and f.confidence >= 0.5} == {("BLR", "REDHAND")}


def test_a_bad_groups_file_is_located(tmp_path: Path) -> None:
    path = tmp_path / "groups.yaml"
    path.write_text(
        "graphx-lexicon: 1\ngroups:\n"
        "  red: {name: Red Hand}\n"
        "  BLUE: {name: Blue, base: XXX, colour: blue}\n"
        "  GREEN: {name: Green, governs: POL}\n"
        "  GREY: {name: Grey, holds: YYY}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        build_lexicon(group_files=[path])
    lines = {f"{p.line}:{p.column}: {p.message}" for p in caught.value.problems}
    assert "3:3: group id 'red' must be upper-case letters and digits" in lines
    assert "4:28: base of group BLUE: unknown state 'XXX'" in lines
    assert any(line.startswith("4:") and "unknown field 'colour'" in line for line in lines)
    assert any(line.startswith("5:") and "governs and since go together" in line for line in lines)
    assert any(line.startswith("6:") and "holds of group GREY: unknown state 'YYY'" in line for line in lines)


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan launched an offensive against Armenian separatists in Karabakh.",
        "Azerbaijani forces clashed with ethnic Armenian separatists.",
        "Azerbaijani troops attacked Armenian forces in Nagorno-Karabakh.",
    ],
)
def test_karabakhs_armenian_separatists_are_not_armenia(text: str, lexicon: Lexicon) -> None:
    assert conflicts(text, lexicon, date="2023-09-21") == {pair("ARTSAKH", "AZE")}


def test_names_shared_with_places_and_parties_stay_theirs(lexicon: Lexicon) -> None:
    sentences = ["Taliban fighters attacked government forces in Logar province."]
    found = extract(sentences, lexicon, "2021-05-01", min_confidence=0.5)
    assert {f.parties for f in found if f.type == "conflict"} == {("AFG", "TALIBAN")}
    found = extract(["The UFR accused Guinea's transitional government of repression."], lexicon, "2022-06-01")
    assert not any("UFRCHAD" in (f.source, f.target, *f.parties) for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syrian rebels clashed with Russian troops.", {("RUS", "SYRIANOPP")}),
        ("Pro-Russian separatists attacked Ukraine.", {("DONBASSSEP", "UKR")}),
        ("Georgian troops fought South Ossetian separatists in 2008.", {("GEO", "SOUTHOSSETIA")}),
    ],
)
def test_a_named_breakaway_or_opposition_fights_as_itself(
    text: str, expected: set[tuple[str, ...]], lexicon: Lexicon
) -> None:
    assert conflicts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Cameroon accused Anglophone separatists of attacking a school.", "AMBAZONIA"),
        ("Haitian police accused the Kraze baryè gang of attacking a school.", "KRAZEBARYE"),
        ("Myanmar accused the Kokang rebels of attacking a school.", "MNDAA"),
    ],
)
def test_names_real_reporting_gives_armed_groups(text: str, actor: str, lexicon: Lexicon) -> None:
    assert actor in {f.target for f in extract([text], lexicon, "2025-06-04") if f.type == "criticism"}
