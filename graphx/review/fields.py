"""Reading plain YAML values of the side files, locating every problem through the parsed document."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from graphx.errors import Problem
from graphx.graph.yamlnodes import Document

Where = tuple[str | int, ...]


class FieldReader:
    """Checks plain values of a parsed side file and collects located problems."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.problems: list[Problem] = []

    def fail(self, path: Where, message: str, at_key: bool = False) -> None:
        self.problems.append(self.doc.problem(path, message, at_key=at_key))

    def mapping(self, value: Any, path: Where, what: str) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.fail(path, f"{what} must be a mapping")
            return {}
        return {str(k): v for k, v in value.items()}

    def sequence(self, value: Any, path: Where, what: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(path, f"{what} must be a list")
            return []
        return value

    def text(self, fields: Mapping[str, Any], key: str, path: Where) -> str | None:
        value = fields.get(key)
        if value is None or isinstance(value, (dict, list)):
            self.fail(path + ((key,) if key in fields else ()), f"missing or empty {key}")
            return None
        return str(value)

    def number(self, fields: Mapping[str, Any], key: str, path: Where, kind: type[int] | type[float]) -> Any:
        text = self.text(fields, key, path)
        try:
            return kind(text) if text is not None else None
        except ValueError:
            self.fail((*path, key), f"{key} must be a number")
            return None
