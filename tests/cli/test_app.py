"""The one place errors become exit codes: 1 no answer, 2 bad input or usage, 3 internal error, 130 interrupt."""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import graphx.project
from graphx.cli import app
from graphx.cli.app import exit_code_of, one_line
from graphx.errors import InputError, InternalError, NoAnswerError, Problem
from tests.paths import SHIPPED


def failing_with(monkeypatch: pytest.MonkeyPatch, exc: BaseException) -> None:
    def broken(*_: object, **__: object) -> None:
        raise exc

    monkeypatch.setattr(graphx.project, "open_graph", broken)


@pytest.mark.parametrize(
    ("exc", "code"),
    [
        (NoAnswerError("no path"), 1),
        (InputError([Problem("g.yaml", 1, 2, "bad")]), 2),
        (OSError(errno.ENOSPC, "No space left on device"), 2),
        (InternalError("broken invariant"), 3),
        (KeyError("ARM"), 3),
        (KeyboardInterrupt(), 130),
    ],
)
def test_every_error_maps_to_its_exit_code(exc: BaseException, code: int, monkeypatch: pytest.MonkeyPatch) -> None:
    assert exit_code_of(exc) == code
    failing_with(monkeypatch, exc)
    result = CliRunner().invoke(app, ["stats", "-g", str(SHIPPED)])
    assert result.exit_code == code
    assert result.stderr.startswith("Error: ") and "Traceback" not in result.stderr


def test_an_internal_error_is_one_short_line_and_the_traceback_needs_debug(monkeypatch: pytest.MonkeyPatch) -> None:
    failing_with(monkeypatch, KeyError("ARM"))
    result = CliRunner().invoke(app, ["stats", "-g", str(SHIPPED)])
    assert result.stderr == "Error: internal error: KeyError: 'ARM' (rerun with --debug for the traceback)\n"
    debug = CliRunner().invoke(app, ["--debug", "stats", "-g", str(SHIPPED)])
    assert isinstance(debug.exception, KeyError)  # raised on, so Python prints the traceback


def test_an_error_line_never_holds_a_raw_newline(monkeypatch: pytest.MonkeyPatch) -> None:
    assert one_line("a\nb\x1b[31m\u202e") == "a\\nb\\x1b[31m\\u202e"
    result = CliRunner().invoke(app, ["validate", "no\nsuch.yaml"])
    assert result.exit_code == 2
    assert result.stderr == "Error: no\\nsuch.yaml:1:1: no such graph file\n"


def test_the_cli_adds_the_undirected_hint_to_a_directed_no_path(monkeypatch: pytest.MonkeyPatch) -> None:
    failing_with(monkeypatch, NoAnswerError("no path from A to B", directed=True))
    result = CliRunner().invoke(app, ["stats", "-g", str(SHIPPED)])
    assert result.stderr == (
        "Error: no path from A to B; --undirected also follows relations against their direction\n"
    )


def test_a_closed_pipe_ends_quietly_with_exit_0(tmp_path: Path) -> None:
    from graphx.graph.synthetic import synthetic_yaml

    big = tmp_path / "big.yaml"
    big.write_text(synthetic_yaml(200, 2000, seed=1), encoding="utf-8")  # far more output than a pipe holds
    reader = subprocess.Popen(
        [sys.executable, "-c", "from graphx.cli import main; main()", "relations", "-f", "json", "-g", str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.read(10)
    reader.stdout.close()
    assert reader.wait(timeout=60) == 0
    assert b"Error" not in reader.stderr.read()
