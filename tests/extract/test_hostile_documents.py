"""Hostile documents: reading is linear in their size, never recursive, and control characters are cleaned.

Work is counted, not timed: Python line events inside graphx, plus the characters handed to the regular
expressions of Markdown stripping and sentence splitting (whose spans are bounded), while a document is
parsed and read.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType, ModuleType
from typing import Any

import pytest

from graphx.extract import markdown, sentences
from graphx.extract.documents import parse_document
from graphx.extract.extractor import extract
from graphx.lexicon import Lexicon


class _Counting:
    """A compiled pattern that adds the length of every string it is given to a shared count."""

    def __init__(self, pattern: re.Pattern[str], seen: list[int]) -> None:
        self.pattern, self.seen = pattern, seen

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.pattern, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.seen[0] += sum(len(a) for a in args if isinstance(a, str))
            return method(*args, **kwargs)

        return counted


@contextmanager
def counted_patterns(seen: list[int], *modules: ModuleType) -> Iterator[None]:
    """Every module-level pattern (also inside tuples of (pattern, replacement)) counts what it scans."""
    saved: list[tuple[ModuleType, str, Any]] = []
    for module in modules:
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                saved.append((module, name, value))
                setattr(module, name, _Counting(value, seen))
            elif isinstance(value, tuple) and value and all(isinstance(v, tuple) for v in value):
                saved.append((module, name, value))
                setattr(module, name, tuple((_Counting(p, seen), r) for p, r in value))
    for name in ("search", "match", "fullmatch", "sub", "split", "finditer", "findall"):  # re.search(pattern, ...)
        function = getattr(re, name)
        saved.append((re, name, function))
        setattr(re, name, _counting_function(function, seen))
    try:
        yield
    finally:
        for module, name, value in saved:
            setattr(module, name, value)


def _counting_function(function: Callable[..., Any], seen: list[int]) -> Callable[..., Any]:
    def counted(*args: Any, **kwargs: Any) -> Any:
        seen[0] += sum(len(a) for a in args[1:] if isinstance(a, str))
        return function(*args, **kwargs)

    return counted


def steps(work: Callable[[], object]) -> int:
    """Python line events in graphx, plus characters scanned by Markdown and sentence patterns, while `work` runs."""
    count = 0
    seen = [0]

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if "graphx" not in frame.f_code.co_filename:
            return None
        if event == "line":
            count += 1
        return trace

    with counted_patterns(seen, markdown, sentences):
        sys.settrace(trace)
        try:
            work()
        finally:
            sys.settrace(None)
    return count + seen[0]


UNITS = {
    "full stops": ". A",
    "titles": "Mr. A ",
    "emphasis": "*a ",
    "underscores": "_a ",
    "brackets": "[",
    "angle brackets": "<",
    "a long run-on sentence": "France condemned Russia, which attacked Ukraine and ",
    "relative clauses": "Iran, which attacked Iraq, ",
}


@pytest.mark.parametrize("unit", UNITS.values(), ids=UNITS.keys())
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_work_grows_linearly_with_size(lexicon: Lexicon, unit: str, suffix: str) -> None:
    def read(n: int) -> int:
        text = unit * n
        return steps(lambda: extract(parse_document(text, "doc" + suffix).sentences, lexicon))

    small, large = read(300), read(1200)
    assert large <= 5 * max(small, 50), (small, large)  # 4x the text: linear work is about 4x, quadratic 16x


def test_a_heading_followed_by_many_spaces_is_linear() -> None:
    small = steps(lambda: parse_document("# a" + " " * 25_000 + "x", "doc.md"))
    large = steps(lambda: parse_document("# a" + " " * 100_000 + "x", "doc.md"))
    assert large <= 5 * max(small, 50)
    assert parse_document("# Title" + " " * 100_000 + "\n\nText.", "doc.md").sentences == ("Title", "Text.")


def test_deeply_nested_quotes_are_read_without_recursion() -> None:
    document = parse_document(">" * 500 + " x", "deep.md")
    assert document.sentences == ("x",)


def test_control_characters_are_cleaned_from_sentences() -> None:
    document = parse_document("Poland\x7f attacked\x00 Belarus\x1b on Monday.", "doc.txt")
    assert document.sentences == ("Poland  attacked  Belarus  on Monday.".replace("  ", " "),)
