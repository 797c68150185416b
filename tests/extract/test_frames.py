"""The frame-handler registry is checked against the cue classes of cues.yaml when the cue file loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphx.errors import InputError
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
