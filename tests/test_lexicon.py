"""The world and cue lexicons: coverage, names, inflections, extension by a graph and by a cue file."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphx.errors import InputError
from graphx.lexicon import Name, build_lexicon, inflections, tokenize

UN_MEMBERS = 193


def test_every_un_member_state_and_the_main_bodies_are_known() -> None:
    lexicon = build_lexicon()
    states = [a for a in lexicon.actors.values() if a.kind == "state"]
    assert len(states) >= UN_MEMBERS
    for body in ("EU", "UN", "NATO", "OSCE", "CIS", "CSTO", "COE", "AU", "LAS", "ASEAN"):
        assert lexicon.actors[body].kind == "organisation"


@pytest.mark.parametrize(("name", "actor"), [
    ("Russian Federation", "RUS"), ("Russian", "RUS"), ("Moscow", "RUS"), ("Kremlin", "RUS"), ("Azeri", "AZE"),
    ("U.S.", "USA"), ("State Department", "USA"), ("Elysee", "FRA"), ("Brussels", "EU"), ("Yerevan", "ARM"),
    ("Islamic Republic of Iran", "IRN"), ("Türkiye", "TUR"), ("Guinea-Bissau", "GNB"), ("Papua New Guinea", "PNG"),
    ("African Union", "AU"), ("Council of Europe", "COE"), ("Arab League", "LAS"), ("Sergei Lavrov", "RUS"),
])
def test_names_demonyms_capitals_institutions_and_people(name: str, actor: str) -> None:
    assert build_lexicon().names[tuple(tokenize(name))].actor == actor


def test_ambiguous_words_are_left_out() -> None:
    names = build_lexicon().names
    assert ("Congo",) not in names and ("Korean",) not in names


def test_people_carry_their_terms_of_office() -> None:
    biden = build_lexicon().names[("Biden",)]
    assert biden.person and biden.holds_on("2022-10") and not biden.holds_on("2012")
    assert Name("X", True, (("2020-01-01", ""),)).holds_on("2024")


def test_inflections_follow_english_spelling() -> None:
    assert {"criticises", "criticised", "criticising"} <= inflections("criticise")
    assert {"slams", "slammed", "slamming"} <= inflections("slam")
    assert {"decries", "decried"} <= inflections("decry")
    assert {"dismisses", "dismissed"} <= inflections("dismiss")


def test_tokens_split_possessives_and_compounds() -> None:
    assert tokenize("Moscow’s Russian-brokered U.S. deal didn't") == [
        "Moscow", "’s", "Russian", "-", "brokered", "U.S.", "deal", "didn't"]


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
