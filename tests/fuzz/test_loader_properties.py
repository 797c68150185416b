"""Property tests: hostile variations of graph files into the loader and `validate`.

Whatever the text, loading gives a graph or the project's InputError, never another exception;
both YAML readers agree on every graph; and a graph that loads can be listed and exported.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from graphx.cli import app
from graphx.errors import InputError
from graphx.graph import load
from graphx.graph.model import Graph
from graphx.graph.yamlnodes import Document, quote_scalar
from tests.paths import SHIPPED

TEXT = SHIPPED.read_text(encoding="utf-8")
LINES = TEXT.splitlines(keepends=True)
# Tokens that broke a reader before, or could: numbers that change text, YAML syntax, controls, look-alikes.
TOKENS = [
    "007",
    "\x85",
    "\u2028",
    "0x1F",
    "1_000",
    "+5",
    "-0",
    "0o7",
    ".inf",
    "1e3",
    "~",
    "null",
    "yes",
    "true",
    "2022-13",
    "2022-10",
    "&a",
    "*a",
    "&a x",
    "!!python/object/apply:os.system [x]",
    "!!binary aGk=",
    "!!set {a}",
    "? {a: [b]}",
    "? [a, b]",
    "'",
    '"',
    "\t",
    "\x7f",
    "\x1b[31m",
    "\u200b",
    "\u202e",
    "e\u0301",
    "\x00",
    "\ufeff",
    "\n",
    "- ",
    ": ",
    "[",
    "]",
    "{",
    "}",
    "#",
    "|",
    ">",
    "%YAML 1.1",
    "---",
    "...",
    "ARM\n",
    "5",
    "RUS",
    "s1",
]
Mutation = tuple[str, int, str]


def _replace_value(line: str, what: str) -> list[str]:
    """The value after the first ": " on the line (or the whole line) replaced with `what`."""
    head, colon, _ = line.partition(": ")
    return [f"{head}{colon}{what}\n" if colon else what + "\n"]


# How each kind of mutation rewrites the chosen line (as the lines that replace it).
REWRITES = {
    "delete": lambda line, what: [],
    "duplicate": lambda line, what: [line, line],
    "indent": lambda line, what: [" " * (len(what) % 5) + line.lstrip(" ")],
    "insert": lambda line, what: [
        line[: len(what) * 31 % (len(line) + 1)] + what + line[len(what) * 31 % (len(line) + 1) :]
    ],
    "replace": _replace_value,
}


def mutate(lines: list[str], mutation: Mutation) -> list[str]:
    """Apply one mutation (kind, where, what) to a file's lines."""
    kind, where, what = mutation
    if not lines:
        return [what]
    at = where % len(lines)
    if kind == "truncate":
        return [*lines[:at], lines[at][: len(lines[at]) // 2]]
    if kind == "swap":
        other = (at * 7 + 3) % len(lines)
        swapped = list(lines)
        swapped[at], swapped[other] = swapped[other], swapped[at]
        return swapped
    return [*lines[:at], *REWRITES[kind](lines[at], what), *lines[at + 1 :]]


mutations = st.tuples(
    st.sampled_from(["delete", "duplicate", "swap", "indent", "truncate", "insert", "replace"]),
    st.integers(min_value=0, max_value=10_000),
    st.one_of(st.sampled_from(TOKENS), st.text(max_size=12)),
)


def loaded_or_input_error(text: str, file: str) -> Graph | InputError:
    try:
        return load.parse_graph(text, file)
    except InputError as exc:
        return exc


def exact_reading(text: str, file: str) -> Graph | InputError:
    """The same file read only by the exact reader (PyYAML's composer), for comparison."""
    try:
        document = Document(text, file, exact=True)
        graph, problems = load._read(document.value, True)
    except InputError as exc:
        return exc
    if problems:
        return InputError(load._located(document, found) for found in problems)
    return graph


@given(st.lists(mutations, min_size=1, max_size=3))
def test_a_mutated_graph_loads_or_is_an_input_error(tried: Counter[str], changes: list[Mutation]) -> None:
    lines = list(LINES)
    for change in changes:
        lines = mutate(lines, change)
        tried[f"mutation: {change[0]}"] += 1
    text = "".join(lines)
    outcome = loaded_or_input_error(text, "g.yaml")  # anything else propagates and fails the test
    tried[f"outcome: {type(outcome).__name__}"] += 1
    exact = exact_reading(text, "g.yaml")
    if isinstance(outcome, Graph):
        assert isinstance(exact, Graph), exact
        assert (exact.actors, exact.relations, exact.sources) == (outcome.actors, outcome.relations, outcome.sources)
    else:
        assert isinstance(exact, InputError)
        assert [p.message for p in exact.problems] == [p.message for p in outcome.problems]


@given(st.lists(mutations, min_size=1, max_size=2))
def test_validate_of_a_mutated_graph_never_crashes_and_a_valid_one_can_be_listed(
    tried: Counter[str], changes: list[Mutation]
) -> None:
    lines = list(LINES)
    for change in changes:
        lines = mutate(lines, change)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "g.yaml"
        path.write_text("".join(lines), encoding="utf-8", errors="surrogatepass")
        result = CliRunner().invoke(app, ["validate", str(path), "--no-quotes"])
        assert result.exit_code in (0, 2), result.output
        said = result.stderr.splitlines()
        assert all(line.startswith(("Error: ", "Warning: ")) or ": valid: " in line for line in said), said
        tried[f"validate exit {result.exit_code}"] += 1
        if result.exit_code != 0:
            return
        for args in (["actors", "-f", "json"], ["relations", "-f", "json"], ["stats"], ["export", "-f", "json"]):
            listed = CliRunner().invoke(app, [*args, "-g", str(path)])
            assert listed.exit_code == 0, (args, listed.output)
        tried["valid mutant listed and exported"] += 1


names = st.text(st.characters(codec="utf-8"), min_size=0, max_size=20)


actor_ids = st.one_of(st.from_regex(r"\A[A-Z][A-Z0-9_-]{0,6}\Z"), names)


@given(actor_id=actor_ids, name=names, aliases=st.lists(names, max_size=3), relation_id=names)
def test_random_names_load_or_are_input_errors(
    tried: Counter[str], actor_id: str, name: str, aliases: list[str], relation_id: str
) -> None:
    quoted = json.dumps  # a JSON string is a YAML double-quoted scalar
    text = (
        "graphx: 1\nsources:\n  s1: {title: S, url: 'https://example.org'}\nactors:\n"
        f"  {quoted(actor_id)}: {{name: {quoted(name)}, aliases: [{', '.join(map(quoted, aliases))}]}}\n"
        "  RUS: {name: Russia}\n"
        f"relations:\n  - {{id: {quoted(relation_id)}, from: RUS, to: {quoted(actor_id)}, type: criticism,"
        " evidence: [{source: s1, quote: q}]}\n"
    )
    outcome = loaded_or_input_error(text, "g.yaml")
    tried[f"random names: {type(outcome).__name__}"] += 1
    if isinstance(outcome, Graph):
        actor = outcome.actors[actor_id]
        assert actor.name == (name.strip() or actor_id)
        assert outcome.relations[0].to_actor == actor_id


@given(st.lists(st.from_regex(r"\A[-+]?[0-9_.xXoObBeE]{1,8}\Z"), min_size=1, max_size=5))
def test_every_reader_keeps_number_like_text_as_written(tried: Counter[str], tokens: list[str]) -> None:
    text = f"graphx: 1\nactors:\n  ARM: {{name: Armenia, aliases: [{', '.join(tokens)}]}}\n"
    outcome = loaded_or_input_error(text, "g.yaml")
    tried[f"number-like aliases: {type(outcome).__name__}"] += 1
    if isinstance(outcome, Graph):
        assert outcome.actors["ARM"].aliases == tuple(tokens)


@given(st.text(st.characters(codec="utf-8"), max_size=40))
def test_a_quoted_scalar_reads_back_exactly_on_every_reader(tried: Counter[str], text: str) -> None:
    line = f"k: {quote_scalar(text)}\n"
    assert Document(line, "q.yaml").value["k"] == text
    assert Document(line, "q.yaml", exact=True).value["k"] == text
    tried["quoted scalars read back"] += 1
