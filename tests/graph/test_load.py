from pathlib import Path

import pytest

from graphx.errors import InputError
from graphx.graph.load import load_graph, parse_graph, problems_in
from graphx.graph.model import Evidence
from tests.paths import BAD_FILES, FIXTURES

BAD = FIXTURES / "bad"


@pytest.mark.parametrize(("name", "line", "column", "message"), BAD_FILES)
def test_every_bad_file_is_reported_with_its_position(name: str, line: int, column: int, message: str) -> None:
    with pytest.raises(InputError) as error:
        load_graph(BAD / name)
    assert str(error.value.problems[0]) == f"{BAD / name}:{line}:{column}: {message}"


def test_the_bad_input_corpus_is_large_and_every_fixture_is_in_the_table() -> None:
    listed = {row[0] for row in BAD_FILES}
    assert len(listed) == len(BAD_FILES) >= 60
    assert listed | {"many_problems.yaml"} == {p.name for p in BAD.iterdir()}


def test_every_problem_is_reported_at_once() -> None:
    problems = problems_in(BAD / "many_problems.yaml")
    assert [(p.line, p.message.split(";")[0]) for p in problems] == [
        (9, "unknown actor 'XXX'"),
        (10, "date: bad date '2022-02-30': day is out of range for month"),
        (13, "unknown actor 'YYY'"),
        (14, "unknown actor 'ZZZ'"),
        (15, "unknown source 'nope'"),
    ]


def test_wrong_types_are_all_named() -> None:
    messages = [p.message for p in problems_in(BAD / "wrong_types.yaml")]
    assert messages == [
        "aliases must be a list",
        "confidence must be a number from 0 to 1",
        "evidence must be a non-empty list of {source, quote}",
    ]


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    expected = f"{tmp_path / 'nope.yaml'}:1:1: no such graph file"
    assert [str(p) for p in problems_in(tmp_path / "nope.yaml")] == [expected]


def test_the_small_graph_loads_every_feature(small_path: Path) -> None:
    graph = load_graph(small_path)
    assert graph.title == "A small test graph"
    assert sorted(graph.actors) == ["AAA", "AAA-FM", "BBB", "CCC", "ORG"]
    assert graph.actors["AAA-FM"].part_of == "AAA"
    assert graph.actors["AAA"].aliases == ("Alphan", "Alpha City")
    assert graph.types["sanction"].form == "directed" and graph.types["sanction"].style == "dotted"
    mediation = next(r for r in graph.relations if r.type == "mediation")
    assert (mediation.from_actor, mediation.between, mediation.start, mediation.end) == (
        "ORG",
        ("BBB", "CCC"),
        "2023-11",
        "2024-01",
    )
    assert mediation.confidence == 0.8
    assert mediation.evidence == (Evidence("wire-1", "The OoS mediated between Betastan and Gammaria."),)
    assert graph.sources["wire-1"].date == "2024-03-02"
    assert all(r.origin == "curated" for r in graph.relations)


def test_ids_are_stable_and_follow_content(small_path: Path) -> None:
    first = [r.id for r in load_graph(small_path).relations]
    again = [r.id for r in load_graph(small_path).relations]
    assert first == again and len(set(first)) == len(first)


def graph_text(relations: str, extra: str = "") -> str:
    return (
        "graphx: 1\nsources:\n  s: {title: S, url: 'https://example.org'}\n"
        "actors:\n  AAA: {name: A}\n  BBB: {name: B}\n  CCC: {name: C}\n" + extra + "relations:\n" + relations
    )


def test_a_duplicate_relation_is_an_error() -> None:
    line = "  - {type: criticism, from: AAA, to: BBB, date: 2024, evidence: [{source: s, quote: q}]}\n"
    with pytest.raises(InputError, match="duplicate relation"):
        parse_graph(graph_text(line + line), "g.yaml")


def test_parallel_relations_on_other_dates_are_fine() -> None:
    text = graph_text(
        "  - {type: criticism, from: AAA, to: BBB, date: 2024, evidence: [{source: s, quote: q}]}\n"
        "  - {type: criticism, from: AAA, to: BBB, date: 2023, evidence: [{source: s, quote: r}]}\n"
    )
    assert len(parse_graph(text, "g.yaml").relations) == 2


@pytest.mark.parametrize(
    ("relation", "words"),
    [
        ("{type: criticism, from: AAA, to: AAA, evidence: [{source: s, quote: q}]}", "from and to are the same"),
        ("{type: mediation, from: AAA, between: [BBB], evidence: [{source: s, quote: q}]}", "two or more parties"),
        ("{type: mediation, from: AAA, between: [AAA, BBB], evidence: [{source: s, quote: q}]}", "also one of"),
        ("{type: conflict, between: [AAA, AAA], evidence: [{source: s, quote: q}]}", "same actor twice"),
        (
            "{type: criticism, from: AAA, to: BBB, date: 2024, start: 2023, evidence: [{source: s, quote: q}]}",
            "either date or start/end",
        ),
        (
            "{type: conflict, between: [AAA, BBB], start: 2024, end: 2023, evidence: [{source: s, quote: q}]}",
            "before start",
        ),
        ("{type: criticism, from: AAA, to: BBB, evidence: []}", "non-empty list"),
        ("{type: criticism, from: AAA, to: BBB, evidence: [{source: s}]}", "evidence has no quote"),
        (
            "{type: criticism, from: AAA, to: BBB, confidence: 1.5, evidence: [{source: s, quote: q}]}",
            "confidence must be",
        ),
        ("{type: criticism, from: AAA, to: BBB, note: , evidence: [{source: s, quote: q}]}", "note is empty"),
        ("{type: criticism, from: AAA, to: BBB, note: true, evidence: [{source: s, quote: q}]}", None),
    ],
)
def test_relation_shape_rules(relation: str, words: str | None) -> None:
    text = graph_text(f"  - {relation}\n")
    if words is None:
        assert parse_graph(text, "g.yaml").relations[0].note == "true"
        return
    with pytest.raises(InputError, match=words):
        parse_graph(text, "g.yaml")


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        ("types:\n  criticism: {form: mutual}\n", "cannot change"),
        ("types:\n  sanction: {label: S}\n", "needs a form"),
        ("types:\n  sanction: {form: sideways}\n", "unknown form"),
        ("types:\n  sanction: {form: directed, color: red}\n", "expected #rrggbb"),
        ("types:\n  Bad Name: {form: directed}\n", "bad type name"),
    ],
)
def test_declared_type_rules(extra: str, words: str) -> None:
    with pytest.raises(InputError, match=words):
        parse_graph(graph_text("  []\n", extra), "g.yaml")


def test_part_of_must_exist_and_not_loop() -> None:
    text = (
        "graphx: 1\nactors:\n  AAA: {name: A, part_of: BBB}\n  BBB: {name: B, part_of: AAA}\n"
        "  CCC: {name: C, part_of: ZZZ}\n"
    )
    with pytest.raises(InputError) as error:
        parse_graph(text, "g.yaml")
    messages = [p.message for p in error.value.problems]
    assert any("unknown actor 'ZZZ'" in m for m in messages)
    assert any("loops back" in m for m in messages)


def test_an_actor_id_must_look_like_an_id() -> None:
    with pytest.raises(InputError, match="bad actor id 'russia'"):
        parse_graph("graphx: 1\nactors:\n  russia: {name: Russia}\n", "g.yaml")


def test_a_text_field_that_yaml_reads_as_a_number_keeps_its_text() -> None:
    text = "graphx: 1\ntitle: 1.50\nactors:\n  AAA: {name: 2024}\n"
    graph = parse_graph(text, "g.yaml")
    assert graph.title == "1.50" and graph.actors["AAA"].name == "2024"


def test_duplicate_ids_name_the_first_line() -> None:
    text = graph_text(
        "  - {id: r1, type: criticism, from: AAA, to: BBB, date: 2024, evidence: [{source: s, quote: q}]}\n"
        "  - {id: r1, type: conflict, between: [AAA, CCC], date: 2023, evidence: [{source: s, quote: r}]}\n"
    )
    with pytest.raises(InputError) as error:
        parse_graph(text, "g.yaml")
    assert [str(p) for p in error.value.problems] == ["g.yaml:10:10: duplicate id 'r1' (first on line 9)"]


def test_a_duplicate_relation_names_the_first_line() -> None:
    line = "  - {type: criticism, from: AAA, to: BBB, date: 2024, evidence: [{source: s, quote: q}]}\n"
    with pytest.raises(InputError) as error:
        parse_graph(graph_text(line + line), "g.yaml")
    assert "same type, actors and date as the one on line 9" in str(error.value)


def test_bad_dates_do_not_also_look_like_duplicates() -> None:
    text = graph_text(
        "  - {type: criticism, from: AAA, to: BBB, date: 2022-13-01, evidence: [{source: s, quote: q}]}\n"
        "  - {type: criticism, from: AAA, to: BBB, date: 12/10/2022, evidence: [{source: s, quote: r}]}\n"
    )
    with pytest.raises(InputError) as error:
        parse_graph(text, "g.yaml")
    assert [p.message.split(":")[0] for p in error.value.problems] == ["date", "date"]


def test_empty_sections_are_empty() -> None:
    graph = parse_graph("graphx: 1\nsources:\nactors:\nrelations:\n", "g.yaml")
    assert (graph.actors, graph.sources, graph.relations) == ({}, {}, ())


def test_an_unknown_actor_close_to_a_name_gets_a_suggestion() -> None:
    text = graph_text("  - {type: criticism, from: AAA, to: Betastan, evidence: [{source: s, quote: q}]}\n")
    text = text.replace("BBB: {name: B}", "BBB: {name: Betastan}")
    with pytest.raises(InputError, match=r"did you mean BBB \(Betastan\)\?"):
        parse_graph(text, "g.yaml")
