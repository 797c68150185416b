"""The lowest-ranked candidates (graphx.extract.cooccurrence): every two actors a document names, for review only."""

from __future__ import annotations

from collections.abc import Sequence

from graphx.extract.confidence import CONFIDENCE
from graphx.extract.extractor import extract
from graphx.extract.sentence import Found
from graphx.lexicon import Lexicon

DOCUMENT = [
    "Poland condemned Belarus over the border incident.",
    "Lithuania said on Monday that it would close two crossings.",
    "Norway mediated talks between Poland and Belarus in Oslo.",
]


def pairs(found: Sequence[Found], rule: str = "cooccurrence.document_pair") -> set[tuple[str, ...]]:
    """The (type, from, to) of each candidate of `rule`."""
    out: set[tuple[str, ...]] = set()
    for f in found:
        if f.rule == rule:
            ends = [(f.source, p) for p in f.parties] if f.type == "mediation" else [(f.source, f.target)]
            out |= {(f.type, a or "", b or "") for a, b in (ends if f.type != "conflict" else [f.parties])}
    return out


def test_two_actors_named_anywhere_in_a_document_are_paired_last(lexicon: Lexicon) -> None:
    found = extract(DOCUMENT, lexicon, "2025-06-04", min_confidence=0.0, learned=False)
    paired = pairs(found)
    assert {("criticism", "LTU", "POL"), ("criticism", "BLR", "LTU")} <= paired
    assert not any(t == "conflict" for t, _, _ in paired)  # no candidate of the document is a conflict
    assert {("mediation", "NOR", "LTU")} <= paired  # Norway mediates elsewhere in the document
    assert ("mediation", "LTU", "POL") not in paired  # Lithuania mediates nowhere
    assert all(f.confidence == CONFIDENCE["cooccurrence.document_pair"] for f in found if f.rule.endswith("_pair"))


def test_a_pair_another_candidate_already_relates_is_not_paired_again(lexicon: Lexicon) -> None:
    paired = pairs(extract(DOCUMENT, lexicon, "2025-06-04", min_confidence=0.0))
    assert ("criticism", "POL", "BLR") not in paired
    assert ("mediation", "NOR", "POL") not in paired


def test_a_document_pair_quotes_the_first_sentence_naming_both_else_the_later_ones(lexicon: Lexicon) -> None:
    found = extract(DOCUMENT, lexicon, "2025-06-04", min_confidence=0.0)
    sentence = {(f.source, f.target): f.sentence for f in found if f.rule.endswith("_pair") and f.type == "criticism"}
    assert sentence[("LTU", "POL")] == 1 and sentence[("NOR", "LTU")] == 2


def test_document_pairs_appear_only_when_everything_is_asked_for(lexicon: Lexicon) -> None:
    assert not pairs(extract(DOCUMENT, lexicon, "2025-06-04", min_confidence=0.05, learned=False))


def test_learned_document_pairs_appear_as_far_as_their_score_reaches(lexicon: Lexicon) -> None:
    every = [f for f in extract(DOCUMENT, lexicon, "2025-06-04", min_confidence=0.0) if f.rule.endswith("_pair")]
    assert every and all(0 < f.confidence < 0.5 for f in every)
    floor = min(f.confidence for f in every)
    kept = pairs(extract(DOCUMENT, lexicon, "2025-06-04", min_confidence=floor))
    assert kept == pairs(every)
    assert not pairs(extract(DOCUMENT, lexicon, "2025-06-04", min_confidence=0.5))
