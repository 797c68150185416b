"""Safe YAML reading that can name the line and column of any value.

Files are parsed into plain values (dict, list, str, int, None) by one of two readers:

* fast: yaml-rs (Rust), when the text has no tag, anchor or alias, the common case;
* exact: PyYAML's composer (its C parser where available), which keeps every node's
  position; used when the fast reader declines and to locate problems.

Neither constructs objects from tags, so no file can run code; aliases are checked so an
alias bomb fails fast instead of eating memory.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphx.errors import InputError, Problem

if TYPE_CHECKING:
    from yaml.nodes import Node

try:
    import yaml_rs
except ImportError:  # pragma: no cover - the exact reader then does all the work
    yaml_rs = None  # type: ignore[assignment]

MAX_FILE_BYTES = 256 * 1024 * 1024
EXPANSION_ALLOWANCE = 1_000_000  # characters an expanded file may hold beyond EXPANSION_FACTOR times its own
EXPANSION_FACTOR = 2
NULL_TAG = "tag:yaml.org,2002:null"
ALLOWED_TAGS = frozenset(
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
)
# A tag (!), anchor (&) or alias (*) token: only the exact reader handles those.
_SPECIAL_TOKEN = re.compile(r"(?:^|[\s\[{,])[!&*](?=\S)", re.MULTILINE)
# A plain scalar the fast reader would turn into a number whose text differs from the file's:
# leading zeros (007, -0), a radix (0x1F, 0o7, 0b1), digit separators (1_000) or a plus sign (+5).
# Where one may stand, the exact reader, which keeps every scalar as written, does the work.
_RETYPED_NUMBER = (  # three searches, each led by a literal character: together ~4 ms a MB
    re.compile(r"\+(?<![^\s\[{,:]\+)[0-9.]"),
    re.compile(r"0(?:(?<![^\s\[{,:]0)|(?<=[\s\[{,:]-0))(?:[0-9_xXoObB]|(?<=-0)(?![0-9.]))"),
    re.compile(r"_(?:(?<=[0-9]_)|(?=[0-9]))"),
)
# Characters refused raw in a file, by one rule for both readers: those YAML does not allow (control
# characters other than tab and line breaks, DEL, C1 controls, lone surrogates, U+FFFE/U+FFFF), and the
# line breaks the two readers disagree on (NEL U+0085, U+2028, U+2029: a break to one, a letter to the other).
_RAW_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
# PyYAML problems that, in a hand-written file, nearly always mean a line is indented wrongly.
_INDENTATION_PROBLEMS = (
    "block end",
    "mapping values are not allowed",
    "did not find expected key",
    "did not find expected '-'",
    "could not find expected ':'",
)

Path_ = Sequence[Any]  # mapping keys (text, or a complex key's _Unhashable) and list indexes


def where(file: str, node: Node, message: str) -> Problem:
    """A problem located at `node`'s start."""
    return Problem(file, node.start_mark.line + 1, node.start_mark.column + 1, message)


def read_text(path: Path, what: str = "file") -> str:
    """Read a UTF-8 text file, turning every way it can fail into a located InputError.

    Only a regular file under MAX_FILE_BYTES is read: a device, FIFO or socket is refused
    without blocking; raw control characters are refused where they stand (`check_characters`).
    """
    from graphx.storage.files import read_regular

    name = str(path)
    try:
        data = read_regular(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise InputError([Problem(name, 1, 1, f"no such {what}")]) from None
    except IsADirectoryError:
        raise InputError([Problem(name, 1, 1, f"is a folder, not a {what}")]) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if exc.errno in (errno.EINVAL, errno.EFBIG):
            raise InputError([Problem(name, 1, 1, f"{what} is {reason}")]) from None
        raise InputError([Problem(name, 1, 1, f"cannot read {what}: {reason}")]) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError([Problem(name, 1, 1, f"UTF-16 text; save the {what} as UTF-8")])
    if b"\0" in data:
        line, col = _position(data, data.index(b"\0"))
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


class Document:
    """A parsed YAML file: its plain value, and node positions on demand."""

    def __init__(self, text: str, file: str, exact: bool = False, numbers_checked_by_caller: bool = False) -> None:
        """Parse `text`. A caller that turns every number it meets back into text through
        `retypes_numbers` (the graph loader) may skip that scan here; others get text as written."""
        self.text = text
        self.file = file
        self._root: Node | None = None
        if not any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines()):
            raise InputError([Problem(file, 1, 1, "empty file: expected a YAML mapping")])
        check_characters(text, file)
        fast = None if exact else _fast_load(text, scan_numbers=not numbers_checked_by_caller)
        if fast is None:
            try:
                self.value: Any = plain(self.root, file)
            except RecursionError:
                raise InputError([Problem(file, 1, 1, "YAML nested too deeply")]) from None
            self.exact = True
        else:
            self.value = fast
            self.exact = False

    @property
    def root(self) -> Node:
        """The node tree (composed on first use)."""
        if self._root is None:
            self._root = compose(self.text, self.file)
        return self._root

    def problem(self, path: Path_, message: str, at_key: bool = False) -> Problem:
        """A problem located at the value (or key) `path` leads to."""
        node = self.root
        for step in path:
            found = _child(node, step, at_key and step == path[-1])
            if found is None:
                break
            node = found
        return where(self.file, node, message)


def check_characters(text: str, file: str) -> None:
    """InputError at the first character YAML does not allow raw (a control character, say)."""
    found = _RAW_CONTROL.search(text)
    if found is None:
        return
    offset = found.start()
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    code = f"U+{ord(found.group()):04X}"
    raise InputError([Problem(file, line, column, f"raw control character {code}; write it as an escape in quotes")])


def quote_scalar(text: str) -> str:
    """`text` as a YAML double-quoted scalar that every reader here reads back exactly.

    JSON's quoting is YAML's, except that JSON leaves DEL, C1 controls and U+FFFE/U+FFFF raw,
    which YAML does not allow; those are escaped too, and a lone surrogate becomes U+FFFD
    (for writers of candidates and review files, whose text comes from articles).
    """
    import json

    def escaped(found: re.Match[str]) -> str:
        code = ord(found.group())
        return "\\ufffd" if 0xD800 <= code <= 0xDFFF else f"\\u{code:04x}"  # a lone surrogate is no text

    return _RAW_CONTROL.sub(escaped, json.dumps(text, ensure_ascii=False))


def _child(node: Node, step: object, want_key: bool) -> Node | None:
    from yaml.nodes import MappingNode, ScalarNode, SequenceNode

    if isinstance(step, _Unhashable):
        return step.node
    if isinstance(node, MappingNode) and isinstance(step, str):
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode) and key_node.value == step:
                return key_node if want_key else value_node
    if isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        child: Node = node.value[step]
        return child
    return None


def retypes_numbers(text: str) -> bool:
    """Whether the fast reader could turn a scalar of `text` into a number whose text differs (007 -> 7)."""
    return any(pattern.search(text) for pattern in _RETYPED_NUMBER)


def _document_markers(text: str) -> bool:
    """Whether `text` may hold a directive, a document end or a second document: the fast reader reads
    those as a list of documents or skips them, where the exact one (and the file format) wants one."""
    starts = text.count("\n---") + text.startswith("---")
    return starts > 1 or "\n..." in text or text.startswith(("...", "%")) or "\n%" in text


def _fast_load(text: str, scan_numbers: bool) -> Any:
    """The plain value by yaml-rs, or None when the exact reader must do the work."""
    if yaml_rs is None or (any(c in text for c in "!&*") and _SPECIAL_TOKEN.search(text)):
        return None
    if scan_numbers and retypes_numbers(text):
        return None
    if _document_markers(text) or "\t" in text:  # yaml-rs accepts some tabs that YAML (and PyYAML) refuse
        return None
    try:
        return yaml_rs.loads(text, parse_datetime=False)
    except (ValueError, TypeError, RecursionError):  # yaml_rs.YAMLDecodeError is a ValueError
        return None  # the exact reader reports the problem with its position


def compose(text: str, file: str) -> Node:
    """Compose YAML text into a node tree, checking tags and alias expansion."""
    import yaml  # only here: files without tags or anchors never need PyYAML

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        node = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or exc.context or "invalid YAML"
        if exc.context_mark and "quoted scalar" in (exc.context or "") and "end of stream" in what:
            mark, what = exc.context_mark, "a quote opened here is never closed"
        elif "another document" in what:
            what = "a second YAML document starts here (---); the file must be one document"
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        lines = text.splitlines()
        if mark and mark.line < len(lines) and lines[mark.line][mark.column : mark.column + 1] == "\t":
            what = "a tab character: YAML indents with spaces, not tabs"
        elif any(words in what for words in _INDENTATION_PROBLEMS):
            what += " (check the indentation: keys of one mapping line up)"
        raise InputError([Problem(file, line, col, f"invalid YAML: {what}")]) from None
    except yaml.YAMLError as exc:
        raise InputError([Problem(file, 1, 1, f"invalid YAML: {exc}")]) from None
    if node is None:
        raise InputError([Problem(file, 1, 1, "empty file: expected a YAML mapping")])
    _check_tree(node, file, EXPANSION_FACTOR * len(text) + EXPANSION_ALLOWANCE)
    return node


def plain(root: Node, file: str) -> Any:
    """The node tree as plain values: scalars stay text (null becomes None); duplicate keys fail."""
    from yaml.nodes import ScalarNode, SequenceNode

    if isinstance(root, ScalarNode):
        return None if root.tag == NULL_TAG else root.value
    if isinstance(root, SequenceNode):
        return [plain(item, file) for item in root.value]
    result: dict[Any, Any] = {}
    firsts: dict[Any, Node] = {}
    problems = []
    for key_node, value_node in root.value:
        key = plain(key_node, file) if isinstance(key_node, ScalarNode) else _Unhashable(key_node)
        if key in firsts:
            line = firsts[key].start_mark.line + 1
            problems.append(where(file, key_node, f"duplicate key {key!r} (first on line {line})"))
            continue
        firsts[key] = key_node
        result[key] = plain(value_node, file)
    if problems:
        raise InputError(problems)
    return result


class _Unhashable:
    """A mapping key that is itself a list or mapping: kept apart, reported by the checker."""

    def __init__(self, node: Node) -> None:
        self.node = node

    def __repr__(self) -> str:
        return "<complex key>"


def _check_tree(root: Node, file: str, limit: int) -> None:
    """Reject unknown tags, recursive aliases and alias bombs (by expanded size in characters), expanding nothing."""
    sizes: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_stack.discard(key)
            own = len(node.value) + 1 if isinstance(node.value, str) else 1
            total = own + sum(sizes[id(c)] for c in _children(node))
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
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)


def _children(node: Node) -> list[Node]:
    from yaml.nodes import MappingNode, SequenceNode

    if isinstance(node, MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, SequenceNode):
        return list(node.value)
    return []


def __getattr__(name: str) -> Any:
    """PyYAML's node classes, imported on first use (`from graphx.graph.yamlnodes import MappingNode`)."""
    if name in ("MappingNode", "Node", "ScalarNode", "SequenceNode"):
        import yaml.nodes

        return getattr(yaml.nodes, name)
    raise AttributeError(f"module 'graphx.graph.yamlnodes' has no attribute {name!r}")
