"""Safe YAML reading that keeps every value's line and column.

Files are composed (never constructed) with PyYAML's safe C composer where available,
so no tag can run code; aliases are checked so an alias bomb fails fast.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from graphx.errors import InputError, Problem

MAX_FILE_BYTES = 256 * 1024 * 1024
EXPANSION_ALLOWANCE = 1_000_000
ALLOWED_TAGS = frozenset(
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
)

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


def where(file: str, node: Node, message: str) -> Problem:
    """A problem located at `node`'s start."""
    return Problem(file, node.start_mark.line + 1, node.start_mark.column + 1, message)


def read_text(path: Path, what: str = "file") -> str:
    """Read a UTF-8 text file, turning every way it can fail into a located InputError."""
    name = str(path)
    try:
        if path.is_dir():
            raise InputError([Problem(name, 1, 1, f"is a folder, not a {what}")])
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError([Problem(name, 1, 1, f"{what} is too large ({size} bytes; limit {MAX_FILE_BYTES})")])
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError([Problem(name, 1, 1, f"no such {what}")]) from None
    except OSError as exc:
        raise InputError([Problem(name, 1, 1, f"cannot read {what}: {exc.strerror or exc}")]) from None
    if b"\0" in data[:8192] or b"\0" in data:
        offset = data.index(b"\0")
        line, col = _position(data, offset)
        raise InputError([Problem(name, line, col, f"binary {what} (NUL byte); expected UTF-8 text")])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _position(data, exc.start)
        raise InputError([Problem(name, line, col, f"not UTF-8 text (byte 0x{data[exc.start]:02x})")]) from None
    return text.removeprefix("\ufeff")


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column of a byte offset."""
    line = data.count(b"\n", 0, offset) + 1
    col = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return line, col


def compose(text: str, file: str) -> Node:
    """Compose YAML text into a node tree, checking tags and alias expansion."""
    if not text.strip() or all(
        not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()
    ):
        raise InputError([Problem(file, 1, 1, "empty file: expected a YAML mapping")])
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or exc.context or "invalid YAML"
        raise InputError([Problem(file, line, col, f"invalid YAML: {what}")]) from None
    except yaml.YAMLError as exc:
        raise InputError([Problem(file, 1, 1, f"invalid YAML: {exc}")]) from None
    if node is None:
        raise InputError([Problem(file, 1, 1, "empty file: expected a YAML mapping")])
    if "!" in text or "&" in text:  # only explicit tags and anchors need the full check
        _check_tree(node, file, len(text) + EXPANSION_ALLOWANCE)
    return node


def _check_tree(root: Node, file: str, limit: int) -> None:
    """Reject unknown tags, recursive aliases and alias bombs, without expanding anything."""
    sizes: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_stack.discard(key)
            children = _children(node)
            total = 1 + sum(sizes[id(c)] for c in children)
            if total > limit:
                raise InputError([where(file, node, "YAML aliases expand too far (an alias bomb?)")])
            sizes[key] = total
            continue
        if key in sizes:
            continue
        if key in on_stack:
            raise InputError([where(file, node, "recursive YAML alias")])
        if node.tag not in ALLOWED_TAGS:
            raise InputError([where(file, node, f"unsupported YAML tag {node.tag!r}")])
        on_stack.add(key)
        stack.append((node, True))
        for child in _children(node):
            if id(child) not in sizes:
                stack.append((child, False))


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, SequenceNode):
        return list(node.value)
    return []


__all__ = ["MappingNode", "Node", "ScalarNode", "SequenceNode", "compose", "read_text", "where"]
