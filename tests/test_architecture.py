"""The package's shape: layers that do not reach up, no import cycles, small modules, no CLI in the library."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.paths import ROOT

PACKAGE = ROOT / "graphx"
MAX_LINES = 500
FLAG = re.compile(r"(?<![\w-])--[a-z][a-z-]+")

# What each layer may not import (DESIGN.md, "Layers"): the graph knows nothing of what is built on it,
# and no library module knows the command line.
FORBIDDEN = {
    "graphx.graph": (
        "graphx.extract",
        "graphx.review",
        "graphx.query",
        "graphx.report",
        "graphx.render",
        "graphx.export",
        "graphx.cli",
        "graphx.project",
        "graphx.events",
        "graphx.scale",
    ),
    "graphx": ("graphx.cli", "typer", "click"),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(path: Path) -> Iterator[str]:
    """Every module a file imports, at any depth, leaving out `if TYPE_CHECKING:` blocks."""

    def walk(node: ast.AST) -> Iterator[str]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child):
                for other in child.orelse:
                    yield from walk(other)
                continue
            if isinstance(child, ast.Import):
                yield from (alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.module and not child.level:
                yield child.module
                yield from (f"{child.module}.{alias.name}" for alias in child.names)
            yield from walk(child)

    yield from walk(ast.parse(path.read_text(encoding="utf-8")))


def graph_of_imports() -> dict[str, set[str]]:
    known = modules()
    return {name: {m for m in imports(path) if m in known and m != name} for name, path in known.items()}


def test_no_import_cycles() -> None:
    edges = graph_of_imports()
    # A package's __init__ importing its own submodules is how a package presents itself: not a cycle.
    for name, targets in edges.items():
        targets -= {
            t for t in targets if t.startswith(name + ".") and (PACKAGE.parent / name.replace(".", "/")).is_dir()
        }
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for target in sorted(edges[node]):
            if state.get(target) == 1:
                cycles.append([*stack[stack.index(target) :], target])
            elif target not in state:
                visit(target, [*stack, target])
        state[node] = 2

    for name in sorted(edges):
        if name not in state:
            visit(name, [name])
    assert cycles == []


@pytest.mark.parametrize("name", sorted(modules()))
def test_module_is_short(name: str) -> None:
    lines = modules()[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{name}: {lines} lines"


def test_layers_do_not_reach_up() -> None:
    wrong = []
    for name, path in modules().items():
        if name.startswith("graphx.cli") or name == "graphx.__main__":
            continue
        for layer, forbidden in FORBIDDEN.items():
            if name == layer or name.startswith(layer + "."):
                wrong += [f"{name} imports {m}" for m in imports(path) if m.startswith(forbidden)]
    assert wrong == []


def _messages(tree: ast.AST) -> Iterator[ast.Constant]:
    """String constants that make up error messages: in a `raise`, or passed to an error or problem."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if not name.endswith(("Error", "Problem", "Warning")):
                continue
        elif not isinstance(node, ast.Raise):
            continue
        yield from (c for c in ast.walk(node) if isinstance(c, ast.Constant) and isinstance(c.value, str))


def test_library_messages_name_no_cli_flag() -> None:
    """The library says what is wrong; the CLI adds which flag helps (issue 9)."""
    found = []
    for name, path in modules().items():
        if name.startswith("graphx.cli"):
            continue
        for constant in _messages(ast.parse(path.read_text(encoding="utf-8"))):
            found += [f"{name}:{constant.lineno}: {flag}" for flag in FLAG.findall(str(constant.value))]
    assert found == []


def test_no_test_module_imports_another_or_a_conftest() -> None:
    """Shared helpers live in support modules (tests/paths.py, tests/browser.py, ...), fixtures in conftest.py."""
    wrong = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for name in imports(path):
            last = name.rsplit(".", 1)[-1]
            if name.startswith(("tests.", "conftest", "test_")) and (last == "conftest" or last.startswith("test_")):
                wrong.append(f"{path.relative_to(ROOT)} imports {name}")
    assert wrong == []
