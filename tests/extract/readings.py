"""What the construction tests read back from invented sentences (a support module, not a test module)."""

from __future__ import annotations

from graphx.extract.confidence import DEFAULT_MIN_CONFIDENCE
from graphx.extract.extractor import extract
from graphx.lexicon import Lexicon

# a document's two sides, stated first, so that plural references and bare mediators can lean on them
SIDES = ["Poland and Belarus fought a short war in 2024.", "Poland attacked Belarus again in March."]
BOTH = ("BLR", "POL")


def mediations(sentences: list[str], lexicon: Lexicon, only: int) -> set[tuple[str | None, str]]:
    """The kept (mediator, party) edges of sentence `only`."""
    return {
        (f.source, p)
        for f in extract(sentences, lexicon, "2025-06-04")
        if f.type == "mediation" and f.sentence == only and f.confidence >= DEFAULT_MIN_CONFIDENCE
        for p in f.parties
    }


def pair(a: str, b: str) -> tuple[str, ...]:
    """A conflict's two sides in the order extraction gives them."""
    return tuple(sorted((a, b)))


def criticisms(text: str | list[str], lexicon: Lexicon, date: str = "2025-06-04") -> set[tuple[str | None, str | None]]:
    """The (critic, criticised) pairs kept at the default threshold, from one sentence or a document's sentences."""
    sentences = [text] if isinstance(text, str) else text
    return {
        (f.source, f.target)
        for f in extract(sentences, lexicon, date)
        if f.type == "criticism" and f.confidence >= DEFAULT_MIN_CONFIDENCE
    }


def conflicts(text: str | list[str], lexicon: Lexicon, date: str = "2025-06-04") -> set[tuple[str, ...]]:
    """The conflict pairs kept at the default threshold, from one sentence or a document's sentences."""
    sentences = [text] if isinstance(text, str) else text
    return {
        tuple(sorted(f.parties))
        for f in extract(sentences, lexicon, date)
        if f.type == "conflict" and f.confidence >= DEFAULT_MIN_CONFIDENCE
    }
