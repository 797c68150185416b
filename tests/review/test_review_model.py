"""Random sequences of extract, accept, reject, reverse and promote, checked against a simple model of the decisions.

The model: which candidates each document proposed, the decision on each (and which were accepted reversed),
and which were promoted.
After every step the review file, every candidate's status and the curated graph must agree with it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from graphx.errors import UsageError
from graphx.graph.load import load_graph
from graphx.project.sidefiles import side_files
from graphx.review.candidates import (
    Candidate,
    CandidateSet,
    DocumentInfo,
    Occurrence,
    candidate_id,
    load_candidates,
    save_candidates,
)
from graphx.review.decisions import Edit, Verdict, decide, load_decisions, update_review
from graphx.review.merge import statuses
from graphx.review.promote import promote
from tests.paths import FIXTURES

POOL = 6
DOCUMENTS = ("a", "b")
IDS = [candidate_id("criticism", "BBB", f"X{n}", ()) for n in range(POOL)]


def extraction(document: str, found: frozenset[int]) -> CandidateSet:
    """What extracting one document that mentions the candidates `found` gives."""
    path = f"../news/{document}.txt"
    candidates = tuple(
        Candidate("criticism", "BBB", f"X{n}", (), (Occurrence(path, n, f"Betastan condemned X{n}.", 0.8),))
        for n in sorted(found)
    )
    actors = {"BBB": ("Betastan", "state"), **{f"X{n}": (f"Exland {n}", "state") for n in found}}
    return CandidateSet(candidates, {path: DocumentInfo(path, f"Wire {document}", "2024-03-05", POOL)}, actors)


class ReviewLoop(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="graphx-model-"))
        (self.folder / "graphs").mkdir()
        (self.folder / "news").mkdir()
        for document in DOCUMENTS:
            lines = [f"Betastan condemned X{n}." for n in range(POOL)]
            (self.folder / "news" / f"{document}.txt").write_text("\n".join(lines) + "\n")
        self.graph = self.folder / "graphs" / "small.yaml"
        shutil.copy(FIXTURES / "good" / "small.yaml", self.graph)
        self.found: dict[str, frozenset[int]] = {}
        self.decisions: dict[str, str] = {}
        self.promoted: set[str] = set()
        self.reversed: set[str] = set()  # accepted with their direction reversed
        self.promoted_reversed: set[str] = set()

    def teardown(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def present(self) -> set[str]:
        return {IDS[n] for found in self.found.values() for n in found}

    @rule(document=st.sampled_from(DOCUMENTS), found=st.frozensets(st.integers(0, POOL - 1)))
    def extract(self, document: str, found: frozenset[int]) -> None:
        save_candidates(self.graph, extraction(document, found))
        self.found[document] = found

    @rule(n=st.integers(0, POOL - 1), decision=st.sampled_from(["accepted", "rejected"]))
    def decide(self, n: int, decision: str) -> None:
        wanted = IDS[n]
        try:
            done = decide(self.graph, [wanted], decision)  # type: ignore[arg-type]
        except UsageError:
            assert wanted not in self.present()
            return
        assert wanted in self.present()
        if wanted in self.promoted:
            assert done.recorded == () and done.curated == {wanted: (wanted,)}
        else:
            self.decisions[wanted] = decision
            if decision == "rejected":
                self.reversed.discard(wanted)

    @rule(n=st.integers(0, POOL - 1))
    def reverse(self, n: int) -> None:
        wanted = IDS[n]
        if wanted not in self.present() or wanted in self.promoted:
            return
        update_review(self.graph, {wanted: Verdict("accepted", Edit("criticism", f"X{n}", "BBB", ()))})
        self.decisions[wanted] = "accepted"
        self.reversed.add(wanted)

    @rule(dry_run=st.booleans())
    def promote(self, dry_run: bool) -> None:
        done = promote(self.graph, dry_run=dry_run)
        expected = {i for i, d in self.decisions.items() if d == "accepted" and i in self.present()}
        assert {c.id for c in done.promoted} == expected
        if not dry_run:
            self.promoted |= expected
            self.promoted_reversed |= expected & self.reversed
            self.reversed -= expected
            for promoted in expected:
                del self.decisions[promoted]

    @invariant()
    def files_agree_with_the_model(self) -> None:
        candidates_path, review_path = side_files(self.graph)
        assert load_decisions(review_path) == self.decisions
        graph = load_graph(self.graph)
        promoted = {r.id: r for r in graph.relations if r.id.startswith("c-")}
        assert set(promoted) == self.promoted
        assert {i for i, r in promoted.items() if r.to_actor == "BBB"} == self.promoted_reversed
        candidates = load_candidates(candidates_path)
        assert set(candidates.by_id()) == self.present()
        expected = {i: "curated" if i in self.promoted else self.decisions.get(i, "unreviewed") for i in self.present()}
        assert statuses(graph, candidates, self.decisions) == expected  # type: ignore[arg-type]


# `GRAPHX_FUZZ_EXAMPLES=2000 pytest tests/review/test_review_model.py` runs a longer search.
EXAMPLES = int(os.environ.get("GRAPHX_FUZZ_EXAMPLES", "25"))
ReviewLoop.TestCase.settings = settings(max_examples=EXAMPLES, stateful_step_count=12, deadline=None)
test_review_loop_matches_its_model = ReviewLoop.TestCase
