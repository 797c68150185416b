import re
from pathlib import Path

from graphx.schema import graph_schema


def test_schema_describes_every_section() -> None:
    schema = graph_schema()
    assert schema["$schema"].endswith("2020-12/schema")
    assert set(schema["properties"]) == {"graphx", "title", "description", "sources", "actors", "types", "relations"}
    relation = schema["properties"]["relations"]["items"]
    assert {"from", "to", "between", "evidence", "date", "start", "end"} <= set(relation["properties"])


def test_schema_patterns_accept_the_shipped_graph_ids() -> None:
    schema = graph_schema()
    actor_pattern = re.compile(schema["properties"]["actors"]["propertyNames"]["pattern"])
    text = (Path(__file__).parent.parent / "graphs" / "caucasus.yaml").read_text()
    ids = re.findall(r"^  ([A-Z]+):$", text, re.MULTILINE)
    assert ids and all(actor_pattern.match(i) for i in ids)
