"""The JSON Schema of the graph file format, for editors that check YAML as it is typed."""

from __future__ import annotations

from typing import Any

from graphx.graph.load import ACTOR_ID, COLOR, SOURCE_ID, TYPE_NAME
from graphx.graph.model import BUILTIN_TYPES, FORMS, KINDS, STYLES

_DATE = {
    "anyOf": [
        {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
        {"type": "integer", "minimum": 1000, "maximum": 9999},  # a bare year is a number in YAML 1.2
    ],
    "description": "YYYY, YYYY-MM or YYYY-MM-DD",
}
_TEXT = {"type": "string", "minLength": 1}


def graph_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) describing `graphx: 1` files."""
    actor_ref = {"type": "string", "pattern": ACTOR_ID.pattern}
    evidence = {
        "type": "object",
        "required": ["source", "quote"],
        "additionalProperties": False,
        "properties": {
            "source": {"type": "string", "description": "A source id declared under sources."},
            "quote": {**_TEXT, "description": "The sentence, word for word."},
        },
    }
    relation = {
        "type": "object",
        "required": ["type", "evidence"],
        "additionalProperties": False,
        "properties": {
            "id": {**_TEXT, "description": "Optional stable id; by default derived from type, actors and date."},
            "type": {"type": "string", "description": "Built-in: " + ", ".join(BUILTIN_TYPES) + "; or declared."},
            "from": {**actor_ref, "description": "The critic, the mediator: the actor the relation comes from."},
            "to": {**actor_ref, "description": "The actor the relation is aimed at (directed types)."},
            "between": {
                "type": "array",
                "items": actor_ref,
                "minItems": 2,
                "uniqueItems": True,
                "description": "The parties of a mediation, or the two sides of a conflict.",
            },
            "date": _DATE,
            "start": _DATE,
            "end": _DATE,
            "evidence": {"type": "array", "items": evidence, "minItems": 1},
            "note": {"type": "string"},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        },
        "not": {"anyOf": [{"required": ["date", "start"]}, {"required": ["date", "end"]}]},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://graphx.invalid/schema/graph-1.json",
        "title": "graphx graph file, format 1",
        "type": "object",
        "required": ["graphx", "actors"],
        "additionalProperties": False,
        "properties": {
            "graphx": {"const": 1, "description": "The format version."},
            "title": _TEXT,
            "description": {"type": "string"},
            "sources": {
                "type": "object",
                "propertyNames": {"pattern": SOURCE_ID.pattern},
                "additionalProperties": {
                    "type": "object",
                    "required": ["title"],
                    "additionalProperties": False,
                    "anyOf": [{"required": ["file"]}, {"required": ["url"]}],
                    "properties": {
                        "title": _TEXT,
                        "publisher": _TEXT,
                        "date": _DATE,
                        "file": {**_TEXT, "description": "Path relative to the graph file's folder."},
                        "url": {**_TEXT, "format": "uri"},
                    },
                },
            },
            "actors": {
                "type": "object",
                "propertyNames": {"pattern": ACTOR_ID.pattern},
                "additionalProperties": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "name": _TEXT,
                        "kind": {"enum": list(KINDS)},
                        "aliases": {"type": "array", "items": _TEXT},
                        "part_of": actor_ref,
                        "note": {"type": "string"},
                    },
                },
            },
            "types": {
                "type": "object",
                "propertyNames": {"pattern": TYPE_NAME.pattern},
                "additionalProperties": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "label": _TEXT,
                        "form": {"enum": list(FORMS)},
                        "color": {"type": "string", "pattern": COLOR.pattern},
                        "style": {"enum": list(STYLES)},
                        "description": {"type": "string"},
                    },
                },
            },
            "relations": {"type": "array", "items": relation},
        },
    }
