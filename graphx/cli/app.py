"""The typer app and the one place where library errors become `Error:` lines and exit codes."""

import functools
import os
import sys
from collections.abc import Callable
from typing import Annotated, ParamSpec, TypeVar

import typer

from graphx import __version__
from graphx.errors import GraphxError

P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    name="graphx",
    help="Evidence-backed graphs of political actors, from news articles and curated YAML.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_state = {"debug": bool(os.environ.get("GRAPHX_DEBUG"))}


def debugging() -> bool:
    """Whether --debug (or GRAPHX_DEBUG) asked for tracebacks."""
    return _state["debug"]


def error(message: str) -> None:
    """Print one `Error:` line on stderr."""
    typer.echo(f"Error: {message}", err=True)


def reported(command: Callable[P, R]) -> Callable[P, R]:
    """Run a command, printing graphx errors as `Error:` lines and exiting with their code."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except GraphxError as exc:
            if debugging():
                raise
            for line in exc.lines():
                error(line)
            raise typer.Exit(exc.exit_code) from None
        except OSError as exc:  # a file that cannot be written: disk full, no permission, a folder in the way
            if debugging():
                raise
            where = f"{exc.filename}: " if exc.filename else ""
            error(f"{where}{exc.strerror or exc}")
            raise typer.Exit(2) from None

    return wrapper


def _version(value: bool) -> None:
    if value:
        typer.echo(f"graphx {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Evidence-backed graphs of political actors, from news articles and curated YAML."""
    if debug:
        _state["debug"] = True


def main() -> None:
    """Entry point of the `graphx` console script."""
    try:
        app(prog_name="graphx")
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except KeyboardInterrupt:
        error("interrupted")
        sys.exit(130)
    except Exception as exc:  # the last line of defence: no traceback without --debug
        if debugging():
            raise
        error(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)")
        sys.exit(3)
