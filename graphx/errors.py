"""Errors raised by graphx: one base class, located problems, exit codes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in an input file, with its 1-based location."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class GraphxError(Exception):
    """Base of every error graphx reports to a user; `exit_code` is the CLI's."""

    exit_code = 2

    def lines(self) -> list[str]:
        """The message lines a CLI prints after `Error: `."""
        return [str(self)]


class InputError(GraphxError):
    """Bad input: one or more located problems (exit code 2)."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]


class UsageError(GraphxError):
    """A bad command-line request that is not tied to a file location."""


class UnknownActorError(UsageError):
    """An actor named on the command line that the graph does not have."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        self.name = name
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"unknown actor {name!r}{hint}")


class NoAnswerError(GraphxError):
    """A valid question with no answer, such as no path between two actors.

    `directed` says the question followed relations only in their direction; the CLI then
    hints at the option that follows them both ways.
    """

    exit_code = 1

    def __init__(self, message: str, *, directed: bool = False) -> None:
        self.directed = directed
        super().__init__(message)


class InternalError(GraphxError):
    """A broken invariant inside graphx (a bug, not bad input): exit code 3."""

    exit_code = 3


class OutputRefusedError(GraphxError):
    """An output that graphx will not write: it would replace an input, or its target is not a regular file."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(message)
