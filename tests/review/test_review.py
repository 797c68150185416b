"""The review loop's files: stable ids, candidates and decisions, merging reviewed candidates into the graph."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graphx.errors import InputError, UsageError
from graphx.extract.confidence import DEFAULT_MIN_CONFIDENCE
from graphx.extract.documents import Document, Result
from graphx.extract.extractor import Found
from graphx.graph.load import load_graph
from graphx.review.store import (
    Candidate,
    CandidateSet,
    candidate_id,
    collect,
    decide,
    decision_problems,
    dump_candidates,
    load_decisions,
    merge_reviewed,
    merge_sets,
    parse_candidates,
    parse_decisions,
    side_files,
    statuses,
)
from tests.paths import ROOT

NAMES = {
    "RUS": ("Russia", "state"),
    "FRA": ("France", "state"),
    "DEU": ("Germany", "state"),
    "ARM": ("Armenia", "state"),
    "AZE": ("Azerbaijan", "state"),
}


def result(path: str, found: list[Found], sentences: list[str], date: str | None = None) -> Result:
    return Result(
        Document(path, f"Title of {path}", date, ()),
        tuple(found),
        {f.sentence: sentences[f.sentence] for f in found},
        len(sentences),
    )


def sample() -> list[Result]:
    return [
        result(
            "a.txt",
            [Found("criticism", "DEU", "RUS", (), 0, 0.9), Found("conflict", None, None, ("ARM", "AZE"), 1, 0.8)],
            ["Germany condemned Russia.", "Armenia and Azerbaijan clashed."],
            "2024-01-02",
        ),
        result("b.txt", [Found("criticism", "DEU", "RUS", (), 0, 0.8)], ["Berlin criticised Moscow."], "2024-02-03"),
    ]


def test_ids_come_from_type_and_endpoints_only() -> None:
    assert candidate_id("conflict", None, None, ["AZE", "ARM"]) == candidate_id("conflict", None, None, ["ARM", "AZE"])
    assert candidate_id("criticism", "DEU", "RUS", []) != candidate_id("criticism", "RUS", "DEU", [])
    assert candidate_id("criticism", "DEU", "RUS", []).startswith("c-")


def test_the_same_relation_in_several_documents_is_one_candidate() -> None:
    found = collect(sample(), NAMES)
    criticism = next(c for c in found.candidates if c.type == "criticism")
    assert [(e.document, e.quote) for e in criticism.evidence] == [
        ("a.txt", "Germany condemned Russia."),
        ("b.txt", "Berlin criticised Moscow."),
    ]
    assert criticism.confidence == 0.93


def test_repetition_never_lifts_a_co_occurrence_over_the_default_threshold() -> None:
    sentences = [f"Germany and Russia, sentence {i}." for i in range(10)]
    weak = [Found("criticism", "DEU", "RUS", (), i, 0.3) for i in range(10)]
    found = collect([result("a.txt", weak, sentences, "2024-01-02")], NAMES)
    assert found.candidates[0].confidence == DEFAULT_MIN_CONFIDENCE - 0.01
    strong = [Found("criticism", "DEU", "RUS", (), 0, 0.6), *weak[1:3]]
    found = collect([result("a.txt", strong, sentences, "2024-01-02")], NAMES)
    assert found.candidates[0].confidence == 0.66


def test_the_candidates_file_round_trips_byte_for_byte() -> None:
    text = dump_candidates(collect(sample(), NAMES), "g.yaml")
    again = dump_candidates(parse_candidates(text, "g.candidates.yaml"), "g.yaml")
    assert again == text


def test_rerunning_on_some_documents_replaces_only_their_evidence() -> None:
    old = collect(sample(), NAMES)
    new = collect([result("b.txt", [], ["Nothing here."])], NAMES)
    merged = merge_sets(old, new)
    assert [(c.type, [e.document for e in c.evidence]) for c in merged.candidates] == [
        ("conflict", ["a.txt"]),
        ("criticism", ["a.txt"]),
    ]
    assert set(merged.documents) == {"a.txt", "b.txt"}


def test_bad_files_give_located_errors() -> None:
    with pytest.raises(InputError) as caught:
        parse_decisions("graphx-review: 1\ndecisions:\n  c-0123456789: maybe\n", "g.review.yaml")
    assert str(caught.value) == "g.review.yaml:3:17: decision on c-0123456789 must be 'accepted' or 'rejected'"
    with pytest.raises(InputError) as caught:
        parse_candidates("graphx-candidates: 1\ncandidates:\n- {type: criticism, evidence: [{document: a}]}\n", "c")
    assert [p.line for p in caught.value.problems] == [3, 3, 3]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "graphs").mkdir()
    graph = tmp_path / "graphs" / "caucasus.yaml"
    shutil.copy(ROOT / "graphx" / "data" / "caucasus.yaml", graph)
    (tmp_path / "seeds").mkdir()
    shutil.copy(ROOT / "seeds" / "expatica-putin-macron-karabakh.txt", tmp_path / "seeds")
    found = collect(
        [
            result(
                "../seeds/expatica-putin-macron-karabakh.txt",
                [Found("criticism", "RUS", "FRA", (), 0, 0.9)],
                ["Putin dismissed Macron's remarks."],
            ),
            result(
                "../seeds/other.txt",
                [Found("criticism", "DEU", "RUS", (), 0, 0.9), Found("mediation", "FRA", None, ("ARM", "AZE"), 1, 0.8)],
                ["Germany condemned Russia.", "France mediated between Armenia and Azerbaijan."],
                "2024-05-06",
            ),
        ],
        NAMES,
    )
    side_files(graph)[0].write_text(dump_candidates(found, "caucasus.yaml"))
    return graph


def test_decisions_are_written_by_id_or_prefix_and_reread(workspace: Path) -> None:
    found = parse_candidates(side_files(workspace)[0].read_text(), "c")
    germany = next(c for c in found.candidates if c.source == "DEU")
    decide(workspace, [germany.id[:6]], "accepted")
    assert load_decisions(side_files(workspace)[1]) == {germany.id: "accepted"}
    assert "# criticism DEU -> RUS" in side_files(workspace)[1].read_text()
    with pytest.raises(UsageError, match="unknown candidate id"):
        decide(workspace, ["c-ffffffffff"], "rejected")


def test_statuses_know_what_the_graph_already_holds(workspace: Path) -> None:
    found = parse_candidates(side_files(workspace)[0].read_text(), "c")
    state = statuses(load_graph(workspace), found, {})
    assert sorted(state.values()) == ["curated", "unreviewed", "unreviewed"]


def test_accepted_candidates_join_with_new_actors_and_sources(workspace: Path) -> None:
    curated = load_graph(workspace)
    assert merge_reviewed(curated, workspace) == curated
    found = parse_candidates(side_files(workspace)[0].read_text(), "c")
    germany = next(c for c in found.candidates if c.source == "DEU")
    decide(workspace, [germany.id], "accepted")
    merged = merge_reviewed(curated, workspace)
    added = [r for r in merged.relations if r.origin != "curated"]
    assert [(r.id, r.from_actor, r.to_actor, r.origin, r.date) for r in added] == [
        (germany.id, "DEU", "RUS", "accepted", "2024-05-06")
    ]
    assert merged.actors["DEU"].name == "Germany"
    assert merged.sources["other"].file == "../seeds/other.txt"
    assert added[0].evidence[0].source == "other"
    everything = merge_reviewed(curated, workspace, include_unreviewed=True)
    origins = sorted(r.origin for r in everything.relations if r.origin != "curated")
    assert origins == ["accepted", "unreviewed"]  # the curated duplicate RUS -> FRA is not added twice


def test_rejected_candidates_stay_out_even_with_unreviewed(workspace: Path) -> None:
    found = parse_candidates(side_files(workspace)[0].read_text(), "c")
    decide(workspace, [c.id for c in found.candidates], "rejected")
    curated = load_graph(workspace)
    assert merge_reviewed(curated, workspace, include_unreviewed=True) == curated


def test_an_empty_set_dumps_a_valid_file() -> None:
    text = dump_candidates(CandidateSet((), {}, {}), "g.yaml")
    assert parse_candidates(text, "c").candidates == ()


def curated_candidate(workspace: Path) -> Candidate:
    found = parse_candidates(side_files(workspace)[0].read_text(), "c")
    return next(c for c in found.candidates if (c.source, c.target) == ("RUS", "FRA"))


def test_a_curated_candidate_never_joins_twice_whatever_the_review_file_says(workspace: Path) -> None:
    held = curated_candidate(workspace)
    side_files(workspace)[1].write_text(f"graphx-review: 1\ndecisions:\n  {held.id}: accepted\n")
    curated = load_graph(workspace)
    found = parse_candidates(side_files(workspace)[0].read_text(), "c")
    assert statuses(curated, found, load_decisions(side_files(workspace)[1]))[held.id] == "curated"
    assert merge_reviewed(curated, workspace) == curated
    merged = merge_reviewed(curated, workspace, include_unreviewed=True)
    assert [
        r.origin for r in merged.relations if (r.type, r.from_actor, r.to_actor) == ("criticism", "RUS", "FRA")
    ] == ["curated"]


def test_deciding_on_a_curated_candidate_records_nothing_and_names_the_relation(workspace: Path) -> None:
    held = curated_candidate(workspace)
    curated = load_graph(workspace)
    relation = next(r for r in curated.relations if (r.type, r.from_actor, r.to_actor) == ("criticism", "RUS", "FRA"))
    for decision in ("accepted", "rejected"):
        done = decide(workspace, [held.id], decision)
        assert done.recorded == () and dict(done.curated) == {held.id: (relation.id,)}
        assert not side_files(workspace)[1].exists()


def test_ids_are_taken_in_any_case(workspace: Path) -> None:
    found = parse_candidates(side_files(workspace)[0].read_text(), "c")
    germany = next(c for c in found.candidates if c.source == "DEU")
    done = decide(workspace, [germany.id.upper()], "accepted")
    assert [c.id for c in done.recorded] == [germany.id]
    assert parse_decisions(f"graphx-review: 1\ndecisions:\n  {germany.id.upper()}: rejected\n", "r") == {
        germany.id: "rejected"
    }


def test_decisions_naming_no_candidate_are_located(workspace: Path) -> None:
    found = parse_candidates(side_files(workspace)[0].read_text(), "c")
    germany = next(c for c in found.candidates if c.source == "DEU")
    review = side_files(workspace)[1]
    assert decision_problems(workspace) == []
    review.write_text(
        f"graphx-review: 1\ndecisions:\n  {germany.id}: accepted\n  {germany.id[:6]}: accepted\n"
        "  c-deadbeef00: rejected\n"
    )
    problems = decision_problems(workspace)
    assert [(p.file, p.line, p.column) for p in problems] == [(str(review), 4, 3), (str(review), 5, 3)]
    assert problems[0].message.startswith(f"unknown candidate id '{germany.id[:6]}' (did you mean {germany.id}?)")
    assert "decisions need full ids" in problems[1].message


def test_the_candidates_header_says_runs_merge() -> None:
    text = dump_candidates(collect(sample(), NAMES), "g.yaml")
    assert "rewrites" not in text and "keeps the rest" in text


@pytest.mark.parametrize(
    "text", ["DEL \x7f here", "NEL \x85 and LS \u2028 and PS \u2029", "tab\tand \u201cquotes\u201d"]
)
def test_candidates_with_any_sentence_are_written_so_that_graphx_reads_them_back(tmp_path: Path, text: str) -> None:
    from graphx.review.candidates import DocumentInfo, Occurrence

    found = CandidateSet(
        (Candidate("criticism", "RUS", "FRA", (), (Occurrence("a.txt", 0, text, 0.9),)),),
        {"a.txt": DocumentInfo("a.txt", text, None, 1)},
        {"RUS": ("Russia", "state"), "FRA": ("France", "state")},
    )
    path = tmp_path / "g.candidates.yaml"
    path.write_text(dump_candidates(found, "g.yaml"), encoding="utf-8")
    (candidate,) = parse_candidates(path.read_text(encoding="utf-8"), str(path)).candidates
    assert candidate.evidence[0].quote == text


def test_evidence_keeps_its_event_date_and_a_bad_one_is_located(tmp_path: Path) -> None:
    from graphx.review.candidates import DocumentInfo, Occurrence

    occurrence = Occurrence("a.txt", 0, "Russia criticised France last week.", 0.9, "2024-02-26", "week")
    found = CandidateSet(
        (Candidate("criticism", "RUS", "FRA", (), (occurrence,)),),
        {"a.txt": DocumentInfo("a.txt", "A", "2024-03-05", 1)},
        {"RUS": ("Russia", "state"), "FRA": ("France", "state")},
    )
    text = dump_candidates(found, "g.yaml")
    (candidate,) = parse_candidates(text, "g.candidates.yaml").candidates
    assert candidate.evidence == (occurrence,)
    broken = text.replace("date: 2024-02-26", "date: 2024-02-30")
    with pytest.raises(InputError) as caught:
        parse_candidates(broken, "g.candidates.yaml")
    (problem,) = caught.value.problems
    assert problem.line == next(n for n, line in enumerate(broken.splitlines(), 1) if "2024-02-30" in line)
    assert "bad event date '2024-02-30'" in problem.message
