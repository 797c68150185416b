"""Synthetic candidates for the review-loop tests: one state condemning many others, one sentence each."""

from __future__ import annotations

from graphx.review.candidates import Candidate, CandidateSet, DocumentInfo, Occurrence

GRAPH_NAME = "small.yaml"
WIRE = "../news/wire.txt"


def synthetic_candidates(count: int) -> CandidateSet:
    """`count` criticism candidates BBB -> X0..Xn and their document."""
    candidates = tuple(
        Candidate(
            "criticism",
            "BBB",
            f"X{n}",
            (),
            (Occurrence(WIRE, n, f"Betastan condemned X{n} on day {n}.", round(0.5 + (n % 50) / 100, 2)),),
        )
        for n in range(count)
    )
    documents = {"../news/wire.txt": DocumentInfo("../news/wire.txt", "Wire of the day", "2024-03-05", count)}
    actors = {"BBB": ("Betastan", "state"), **{f"X{n}": (f"Exland {n}", "state") for n in range(count)}}
    return CandidateSet(candidates, documents, actors)
