"""The frame-handler registry is checked against the cue classes of cues.yaml when the cue file loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphx.errors import InputError
from graphx.extract.extractor import extract
from graphx.extract.frames import HANDLERS, KNOWN_CLASSES, LISTS
from graphx.lexicon import CUES_FILE, _load_cues, build_lexicon


def test_every_shipped_cue_class_is_read() -> None:
    lexicon = build_lexicon()
    shipped = {(t, k) for t, classes in lexicon.words.items() for k in classes}
    assert shipped <= KNOWN_CLASSES
    assert not set(HANDLERS) & LISTS


def test_a_cue_class_without_handler_is_refused_with_its_position(tmp_path: Path) -> None:
    text = CUES_FILE.read_text(encoding="utf-8").replace("criticism:\n", "criticism:\n  grumbles: [grumble]\n", 1)
    path = tmp_path / "cues.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        _load_cues(path, None)
    line = text.splitlines().index("  grumbles: [grumble]") + 1
    assert f"{path}:{line}:3: unknown cue class 'grumbles' for criticism" in str(caught.value)


def test_a_longer_cue_of_a_class_is_read_instead_of_the_shorter_one_it_begins_with() -> None:
    text = "Italy protested to Israel after the headquarters of the UN mission came under fire."
    found = {(f.source, f.target) for f in extract([text], build_lexicon(), "2025-06-04", 0.5) if f.type == "criticism"}
    assert found == {("ITA", "ISR")}
