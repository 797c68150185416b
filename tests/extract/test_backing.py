"""Criticism by a reported backing of fighters (graphx/extract/backing.py): one invented sentence per construction,
and the near misses that must not read."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import criticisms


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("Bangladesh said Myanmar was backing the Arakan Army.", ("BGD", "MMR")),
        ("Bangladesh said Myanmar backed the attackers.", ("BGD", "MMR")),
        ("Bangladesh said the attackers were backed by Myanmar.", ("BGD", "MMR")),
        ("Bangladesh said the militants were trained and funded by Myanmar.", ("BGD", "MMR")),
        ("Bangladesh said the Arakan Army was sponsored by Myanmar.", ("BGD", "MMR")),
        ("Bangladesh said Myanmar was sponsoring terrorism.", ("BGD", "MMR")),
        ("Bangladesh says Myanmar supports armed groups in the hills.", ("BGD", "MMR")),
        ("Bangladesh said that Myanmar funds separatists in the east.", ("BGD", "MMR")),
        ("Bangladesh said the attack was supported by Myanmar.", ("BGD", "MMR")),
    ],
)
def test_backing_armed_men_said_by_another_accuses_the_backer(
    text: str, edge: tuple[str, str], lexicon: Lexicon
) -> None:
    assert edge in criticisms(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar backs the Arakan Army.",  # the reporter's own account
        "Analysts said Myanmar supports the Arakan Army.",  # no actor says it
        "Myanmar said it backs the Arakan Army.",  # its own stance
        "Myanmar denied backing the militants.",
        "Bangladesh said Myanmar would never back the militants.",
        "Bangladesh said Myanmar backed the resolution.",  # no armed men
        "Bangladesh said Myanmar supports civil society groups.",
        "Bangladesh said China supports the armed forces.",
        "Bangladesh said Myanmar was training Thai troops.",
        "Bangladesh said Myanmar's army was trained by China.",
        "Bangladesh said the operation was supported by India.",  # no attack named
        "Bangladesh said the resolution condemning the attack was supported by India.",
        "Bangladesh said the backing of the West was welcome.",  # a noun
        "Sudan said Colombia apologised for its citizens fighting with the Rapid Support Forces.",  # a name
    ],
)
def test_backing_no_one_says_of_another_or_not_of_armed_men_accuses_no_one(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()
