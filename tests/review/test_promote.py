"""Promotion into the curated file: only additions, the rest byte for byte, valid or nothing written."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from pathlib import Path

import pytest

from graphx.errors import InputError
from graphx.graph.load import load_graph
from graphx.graph.yamlnodes import quote_scalar
from graphx.project.sidefiles import side_files
from graphx.review.candidates import dump_candidates, load_candidates
from graphx.review.decisions import Edit, Verdict, load_review, update_review
from graphx.review.merge import statuses
from graphx.review.promote import promote
from tests.paths import PACKAGED
from tests.review.synthetic import synthetic_candidates


def only_added(before: str, after: str) -> list[str]:
    """The lines `after` adds to `before`; fails if any line of `before` was changed or removed."""
    diff = list(difflib.ndiff(before.splitlines(keepends=True), after.splitlines(keepends=True)))
    assert [line for line in diff if line.startswith("- ")] == []
    return [line[2:] for line in diff if line.startswith("+ ")]


def ids(graph: Path) -> list[str]:
    return sorted(load_candidates(side_files(graph)[0]).by_id())


def test_promotion_adds_relations_sources_and_actors_and_changes_nothing_else(
    make_project: Callable[[int], Path],
) -> None:
    graph = make_project(3)
    before = graph.read_text()
    by_target = {c.target: c.id for c in load_candidates(side_files(graph)[0]).candidates}
    first, second, third = by_target["X0"], by_target["X1"], by_target["X2"]
    update_review(graph, {first: Verdict("accepted"), second: Verdict("rejected"), third: Verdict("accepted")})
    done = promote(graph)
    assert sorted(c.id for c in done.promoted) == sorted([first, third])
    assert done.sources == ("wire",) and sorted(done.actors) == ["X0", "X2"]
    after = graph.read_text()
    added = only_added(before, after)
    assert "  wire:\n" in added and "    file: ../news/wire.txt\n" in added
    assert f"  - id: {first}\n" in added and "    X0:\n" not in added
    promoted = [r for r in load_graph(graph).relations if r.id in (first, third)]
    assert [(r.from_actor, r.to_actor, r.date, r.origin) for r in promoted] == [
        ("BBB", "X0", "2024-03-05", "curated"),
        ("BBB", "X2", "2024-03-05", "curated"),
    ]
    assert promoted[0].evidence[0].quote == "Betastan condemned X0 on day 0."
    assert load_review(side_files(graph)[1]).decisions == {second: "rejected"}
    status = statuses(load_graph(graph), load_candidates(side_files(graph)[0]), {})
    assert status[first] == status[third] == "curated" and status[second] == "unreviewed"


def test_the_shipped_graph_keeps_its_comments_and_layout(make_project: Callable[[int], Path]) -> None:
    graph = make_project(2)
    graph.write_bytes(PACKAGED.read_bytes())
    (graph.parent / "small.candidates.yaml").write_text(dump_candidates(synthetic_candidates(2), graph.name))
    before = graph.read_text()
    update_review(graph, {i: Verdict("accepted") for i in ids(graph)})
    done = promote(graph, dry_run=True)
    assert graph.read_text() == before
    added = only_added(before, done.after)
    assert added[0] == "  wire:\n" and added[-1].startswith("        quote: Betastan condemned X1")
    assert done.diff("g.yaml").startswith("--- a/g.yaml\n+++ b/g.yaml\n")
    promote(graph)
    assert graph.read_text() == done.after


def test_an_edited_candidate_is_promoted_in_its_corrected_form(make_project: Callable[[int], Path]) -> None:
    graph = make_project(1)
    (only,) = ids(graph)
    update_review(graph, {only: Verdict("accepted", Edit("criticism", "X0", "BBB", ()))})
    promote(graph)
    (relation,) = [r for r in load_graph(graph).relations if r.id == only]
    assert (relation.type, relation.from_actor, relation.to_actor) == ("criticism", "X0", "BBB")


def test_a_result_that_would_not_validate_is_not_written(make_project: Callable[[int], Path]) -> None:
    graph = make_project(1)
    candidates_file = side_files(graph)[0]
    candidates_file.write_text(candidates_file.read_text().replace('"Exland 0"', '"Alphaland"'))
    (only,) = ids(graph)
    update_review(graph, {only: Verdict("accepted")})
    before, review = graph.read_bytes(), side_files(graph)[1].read_bytes()
    with pytest.raises(InputError, match="name 'Alphaland' of X0 is also a name of AAA"):
        promote(graph)
    assert graph.read_bytes() == before and side_files(graph)[1].read_bytes() == review


@pytest.mark.parametrize(
    ("sources", "actors", "relations"),
    [
        ("sources: {}\n", "actors: {BBB: {name: Betastan, kind: state}}\n", "relations: []\n"),
        ("sources:\n", "actors:\n  BBB: {name: Betastan, kind: state}  # kept\n", "relations:\n"),
        (
            'sources: {s: {title: S, url: "https://example.org/s"}}\n',
            "actors: {BBB: {name: Betastan, kind: state},\n         AAA: {name: A, kind: state}}\n",
            "relations: [{type: criticism, from: AAA, to: BBB, evidence: [{source: s, quote: q}]}]\n",
        ),
    ],
)
def test_empty_and_flow_sections_take_new_entries(
    make_project: Callable[[int], Path], sources: str, actors: str, relations: str
) -> None:
    graph = make_project(1)
    graph.write_text(f"graphx: 1\ntitle: T\n{sources}{actors}# relations follow\n{relations}")
    (only,) = ids(graph)
    update_review(graph, {only: Verdict("accepted")})
    before = graph.read_text()
    promote(graph)
    loaded = load_graph(graph)
    assert only in {r.id for r in loaded.relations} and "X0" in loaded.actors and "wire" in loaded.sources
    if "{}" not in before and "[]" not in before:  # an empty flow collection is replaced; others only grow
        matcher = difflib.SequenceMatcher(None, before, graph.read_text(), autojunk=False)
        assert {op for op, *_ in matcher.get_opcodes()} <= {"equal", "insert"}
    assert "# relations follow\n" in graph.read_text()


def test_nothing_accepted_means_nothing_written(make_project: Callable[[int], Path]) -> None:
    graph = make_project(2)
    before = graph.read_bytes()
    done = promote(graph)
    assert done.promoted == () and graph.read_bytes() == before


@pytest.mark.parametrize(
    "quote",
    [
        '"Russia\'s invasion is unacceptable," said the president.',
        "Key: value # not a comment, - and [brackets] {braces} & *stars* !bang",
        "yes",
        "2024-03-05",
        "Line one\u2028and a “curly” quote — dash\ttab",
    ],
)
def test_any_sentence_is_kept_exactly_as_evidence(make_project: Callable[[int], Path], quote: str) -> None:
    graph = make_project(1)
    candidates_file = side_files(graph)[0]
    candidates_file.write_text(
        candidates_file.read_text().replace('"Betastan condemned X0 on day 0."', quote_scalar(quote))
    )
    (only,) = ids(graph)
    update_review(graph, {only: Verdict("accepted")})
    promote(graph)
    (relation,) = [r for r in load_graph(graph).relations if r.id == only]
    assert relation.evidence[0].quote == quote


def test_a_file_with_windows_line_ends_keeps_them(make_project: Callable[[int], Path]) -> None:
    graph = make_project(1)
    graph.write_bytes(graph.read_bytes().replace(b"\n", b"\r\n"))
    before = graph.read_bytes()
    (only,) = ids(graph)
    update_review(graph, {only: Verdict("accepted")})
    promote(graph)
    after = graph.read_bytes()
    assert after.count(b"\n") == after.count(b"\r\n") > before.count(b"\r\n")
    assert only in {r.id for r in load_graph(graph).relations}


def test_a_run_stopped_between_the_two_writes_is_completed_by_the_next(make_project: Callable[[int], Path]) -> None:
    graph = make_project(1)
    (only,) = ids(graph)
    update_review(graph, {only: Verdict("accepted")})
    review = side_files(graph)[1]
    before = review.read_bytes()
    promote(graph)
    review.write_bytes(before)  # as if the process had been killed after writing the graph
    again = promote(graph)
    assert again.promoted == () and load_review(review).verdicts == {}
    assert [r.id for r in load_graph(graph).relations].count(only) == 1


def test_a_promoted_relation_takes_the_date_its_sentence_gives(make_project: Callable[[int], Path]) -> None:
    from dataclasses import replace

    graph = make_project(1)
    found = synthetic_candidates(1)
    (candidate,) = found.candidates
    dated = replace(
        candidate, evidence=(replace(candidate.evidence[0], event_date="2024-02-26", date_precision="week"),)
    )
    side_files(graph)[0].write_text(dump_candidates(replace(found, candidates=(dated,)), graph.name))
    (only,) = ids(graph)
    update_review(graph, {only: Verdict("accepted")})
    promote(graph)
    (relation,) = [r for r in load_graph(graph).relations if r.id == only]
    assert relation.date == "2024-02-26"  # not the document's date, 2024-03-05
