import re
from pathlib import Path

from graphx.graph.schema import graph_schema
from tests.paths import FIXTURES, ROOT


def test_schema_describes_every_section() -> None:
    schema = graph_schema()
    assert schema["$schema"].endswith("2020-12/schema")
    assert set(schema["properties"]) == {"graphx", "title", "description", "sources", "actors", "types", "relations"}
    relation = schema["properties"]["relations"]["items"]
    assert {"from", "to", "between", "evidence", "date", "start", "end"} <= set(relation["properties"])


def test_schema_patterns_accept_the_shipped_graph_ids() -> None:
    schema = graph_schema()
    actor_pattern = re.compile(schema["properties"]["actors"]["propertyNames"]["pattern"])
    text = (ROOT / "graphs" / "caucasus.yaml").read_text()
    ids = re.findall(r"^  ([A-Z]+):$", text, re.MULTILINE)
    assert ids and all(actor_pattern.match(i) for i in ids)


def _as_editor_reads_it(path: Path) -> object:
    """The file as a YAML 1.2 editor extension sees it (bare years are numbers)."""
    import yaml_rs

    return yaml_rs.loads(path.read_text(encoding="utf-8"), parse_datetime=False)


def test_the_schema_accepts_every_valid_fixture_and_the_shipped_graph() -> None:
    import jsonschema

    validator = jsonschema.Draft202012Validator(graph_schema())
    fixtures = FIXTURES / "good"
    for path in [ROOT / "graphs" / "caucasus.yaml", *sorted(fixtures.glob("*.yaml"))]:
        errors = [e.message for e in validator.iter_errors(_as_editor_reads_it(path))]
        assert errors == [], path


def test_the_schema_rejects_what_validate_rejects() -> None:
    import jsonschema

    validator = jsonschema.Draft202012Validator(graph_schema())
    bad = FIXTURES / "bad"
    for name in ("unknown_key.yaml", "wrong_types.yaml", "no_version.yaml", "not_a_mapping.yaml"):
        assert list(validator.iter_errors(_as_editor_reads_it(bad / name))), name
