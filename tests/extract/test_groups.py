"""Armed groups: the shipped groups.yaml and a user's file of the same shape, checked with positions."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphx.errors import InputError
from graphx.extract.extractor import extract
from graphx.lexicon import build_lexicon


def test_the_shipped_groups_are_actors_of_kind_group() -> None:
    lexicon = build_lexicon()
    groups = [a for a in lexicon.actors.values() if a.kind == "group"]
    assert len(groups) >= 80
    assert lexicon.actors["RSF"].kind == "group" and "Rapid Support Forces" in lexicon.actors["RSF"].aliases


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
        "  GREEN: {name: Green, governs: POL}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        build_lexicon(group_files=[path])
    lines = {f"{p.line}:{p.column}: {p.message}" for p in caught.value.problems}
    assert "3:3: group id 'red' must be upper-case letters and digits" in lines
    assert "4:28: base of group BLUE: unknown state 'XXX'" in lines
    assert any(line.startswith("4:") and "unknown field 'colour'" in line for line in lines)
    assert any(line.startswith("5:") and "governs and since go together" in line for line in lines)
