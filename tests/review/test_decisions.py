"""The review file: plain and edited decisions, their errors located, and merging honouring edits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from graphx.errors import InputError, UsageError
from graphx.graph.load import load_graph
from graphx.project.sidefiles import side_files
from graphx.review.candidates import load_candidates
from graphx.review.decisions import (
    Edit,
    Verdict,
    decide,
    decision_problems,
    dump_review,
    load_review,
    parse_decisions,
    parse_review,
    resolve_id,
    update_review,
)
from graphx.review.merge import merge_reviewed, statuses

REVERSED = Edit("criticism", "X0", "BBB", ())


def only_id(graph: Path) -> str:
    (candidate_id,) = load_candidates(side_files(graph)[0]).by_id()
    return candidate_id


def test_an_edit_round_trips_through_the_file_with_a_readable_comment(make_project: Callable[[int], Path]) -> None:
    graph = make_project(1)
    candidate_id = only_id(graph)
    update_review(graph, {candidate_id: Verdict("accepted", REVERSED)})
    text = side_files(graph)[1].read_text()
    assert (
        f"  {candidate_id}: {{decision: accepted, type: criticism, from: X0, to: BBB}}"
        "  # criticism X0 -> BBB (extracted as criticism BBB -> X0)\n"
    ) in text
    review = parse_review(text, "r.yaml")
    assert review.verdicts == {candidate_id: Verdict("accepted", REVERSED)}
    assert parse_decisions(text, "r.yaml") == {candidate_id: "accepted"}
    candidates = load_candidates(side_files(graph)[0])
    assert dump_review(review, candidates, "small.candidates.yaml") == text


def test_merging_uses_the_corrected_form(make_project: Callable[[int], Path]) -> None:
    graph = make_project(1)
    candidate_id = only_id(graph)
    update_review(graph, {candidate_id: Verdict("accepted", Edit("conflict", None, None, ("BBB", "X0")))})
    merged = merge_reviewed(load_graph(graph), graph)
    (relation,) = [r for r in merged.relations if r.id == candidate_id]
    assert (relation.type, relation.between, relation.origin) == ("conflict", ("BBB", "X0"), "accepted")


def test_accept_keeps_an_edit_and_reject_drops_it(make_project: Callable[[int], Path]) -> None:
    graph = make_project(1)
    candidate_id = only_id(graph)
    update_review(graph, {candidate_id: Verdict("accepted", REVERSED)})
    decide(graph, [candidate_id], "accepted")
    assert load_review(side_files(graph)[1]).verdicts[candidate_id].edit == REVERSED
    decide(graph, [candidate_id], "rejected")
    assert load_review(side_files(graph)[1]).verdicts[candidate_id] == Verdict("rejected")


def test_an_edit_matching_a_curated_relation_counts_as_curated(make_project: Callable[[int], Path]) -> None:
    graph = make_project(1)
    candidate_id = only_id(graph)
    update_review(graph, {candidate_id: Verdict("accepted", Edit("criticism", "AAA", "BBB", ()))})
    candidates = load_candidates(side_files(graph)[0])
    review = load_review(side_files(graph)[1])
    assert statuses(load_graph(graph), candidates, review.decisions, review) == {candidate_id: "curated"}


@pytest.mark.parametrize(
    ("entry", "where", "message"),
    [
        ("{decision: rejected, type: criticism, from: A, to: B}", "3:17", "needs 'decision: accepted'"),
        ("{decision: accepted, type: criticism, from: AAA, to: AAA}", "3:17", "give from and to (two different"),
        ("{decision: accepted, type: conflict, between: [AAA]}", "3:17", "give between with two different actors"),
        ("{decision: accepted, type: Criticism, from: A, to: B}", "3:17", "bad relation type 'Criticism'"),
        ("{decision: accepted, type: criticism, from: a b, to: B}", "3:17", "bad actor id 'a b'"),
        ("{decision: accepted, typo: x}", "3:38", "unknown key 'typo'"),
        ("{decision: accepted, type: conflict, between: AAA}", "3:63", "between must be a list"),
        ("acceptd", "3:17", "must be 'accepted' or 'rejected'"),
    ],
)
def test_bad_entries_are_located(entry: str, where: str, message: str) -> None:
    text = f"graphx-review: 1\ndecisions:\n  c-0123456789: {entry}\n"
    with pytest.raises(InputError) as caught:
        parse_review(text, "r.yaml")
    (line,) = caught.value.lines()
    assert line.startswith(f"r.yaml:{where}: ") and message in line


def test_prefixes_resolve_only_when_unique_and_long_enough() -> None:
    known = {"c-abc1234567": 1, "c-abd7654321": 2, "c-0000000000": 3}
    assert resolve_id(known, "ABC") == "c-abc1234567"
    assert resolve_id(known, "c-abd7") == "c-abd7654321"
    with pytest.raises(UsageError, match=r"'ab' is ambiguous: it matches 2 candidates: c-abc1234567, c-abd7654321$"):
        resolve_id(known, "ab")
    with pytest.raises(UsageError, match="'c' is ambiguous: it matches 3 candidates"):
        resolve_id(known, "c")
    with pytest.raises(UsageError, match="too short"):
        resolve_id(known, "c-0")
    with pytest.raises(UsageError, match="unknown candidate id 'c-ff'"):
        resolve_id(known, "c-ff")


@pytest.mark.parametrize(
    ("edit", "why"),
    [
        (Edit("sanctions", "X0", "BBB", ()), "the graph has no relation type 'sanctions'"),
        (Edit("conflict", "X0", "BBB", ()), "a conflict relation needs the endpoints of its form (mutual)"),
        (Edit("criticism", "ZZZ", "BBB", ()), "unknown actor 'ZZZ'"),
    ],
)
def test_an_edit_that_does_not_fit_the_graph_is_warned_about_and_ignored(
    make_project: Callable[[int], Path], edit: Edit, why: str
) -> None:
    graph = make_project(1)
    candidate_id = only_id(graph)
    update_review(graph, {candidate_id: Verdict("accepted", edit)})
    (problem,) = decision_problems(graph)
    assert (problem.line, problem.column) == (7, 17)
    assert problem.message == f"edit of {candidate_id}: {why}; this decision is ignored"
    merged = merge_reviewed(load_graph(graph), graph)
    assert candidate_id not in {r.id for r in merged.relations}
