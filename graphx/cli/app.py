"""The typer app and the one place where library errors become `Error:` lines and exit codes."""

import functools
import os
import sys
from collections.abc import Callable
from typing import Annotated, ParamSpec, TypeVar

import click
import typer

from graphx import __version__
from graphx.errors import GraphxError, InternalError, NoAnswerError, OutputRefusedError

P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    name="graphx",
    help="Evidence-backed graphs of political actors, from news articles and curated YAML.\n\n"
    "\b\nExample:\n  graphx init mycase && cd mycase      # then put articles into seeds/\n"
    "  graphx extract seeds/ && graphx review && graphx promote\n  graphx path Moscow Baku",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 120},
)

_state = {"debug": bool(os.environ.get("GRAPHX_DEBUG"))}


def debugging() -> bool:
    """Whether --debug (or GRAPHX_DEBUG) asked for tracebacks."""
    return _state["debug"]


def one_line(message: str) -> str:
    """A message made safe for one terminal line: line breaks and control characters escaped."""
    return "".join(c if c.isprintable() or c == " " else ascii(c)[1:-1] for c in message)


def error(message: str) -> None:
    """Print one `Error:` line on stderr (never more than one line, whatever the message holds)."""
    typer.echo(f"Error: {one_line(message)}", err=True)


# Hints the CLI adds to library errors: the library never names a command-line option.
NO_PATH_HINT = "; --undirected also follows relations against their direction"
SEVERAL_GRAPHS_HINT = " with --graph"


def exit_code_of(exc: BaseException) -> int:
    """The exit code for an error: 1 no answer, 2 bad input or usage, 3 internal error, 130 interrupt."""
    if isinstance(exc, KeyboardInterrupt):
        return 130
    if isinstance(exc, GraphxError):
        return exc.exit_code
    if isinstance(exc, OSError):
        return 2
    return 3


def report(exc: BaseException) -> int:
    """Print an error as `Error:` lines (a short one for an internal error); return its exit code."""
    code = exit_code_of(exc)
    if isinstance(exc, KeyboardInterrupt):
        error("interrupted")
    elif isinstance(exc, InternalError) or not isinstance(exc, GraphxError | OSError):
        error(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)")
    elif isinstance(exc, GraphxError):
        lines = exc.lines()
        if isinstance(exc, NoAnswerError) and exc.directed:
            lines[-1] += NO_PATH_HINT
        if type(exc).__name__ == "MultipleGraphsError":  # graphx.project.locate, not imported at start-up
            lines[-1] += SEVERAL_GRAPHS_HINT
        for line in lines:
            error(line)
    else:  # OSError: a file that cannot be read or written (disk full, no permission, a folder in the way)
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        error(f"{where}{getattr(exc, 'strerror', None) or exc}")
    return code


def reported(command: Callable[P, R]) -> Callable[P, R]:
    """Run a command; any error becomes `Error:` lines and its exit code (the traceback with --debug)."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            if kwargs.get("output") == "":  # every command's -o/--output: Path("") would mean "."
                raise OutputRefusedError("", "--output: empty file name; name a file, or - for stdout")
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort, click.ClickException, BrokenPipeError):
            raise  # click's own exits; a closed pipe (`graphx relations | head`) ends quietly in main()
        except (Exception, KeyboardInterrupt) as exc:
            if debugging():
                raise
            raise typer.Exit(report(exc)) from None

    return wrapper


def _show_debug_log(show: bool) -> None:
    """With --debug, show the library's debug log (logger `graphx`) as `debug:` lines on stderr.

    `logging` is imported only then (or if something else imported it), to keep start-up fast.
    """
    if not show and "logging" not in sys.modules:
        return
    import logging

    class EchoHandler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            typer.echo(f"debug: {record.name}: {one_line(record.getMessage())}", err=True)

    logger = logging.getLogger("graphx")
    for handler in [h for h in logger.handlers if type(h).__name__ == "EchoHandler"]:
        logger.removeHandler(handler)
    logger.setLevel(logging.DEBUG if show else logging.WARNING)
    if show:
        logger.addHandler(EchoHandler())


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
    _state["debug"] = debug or bool(os.environ.get("GRAPHX_DEBUG"))
    _show_debug_log(debugging())


def main() -> None:
    """Entry point of the `graphx` console script."""
    try:
        app(prog_name="graphx")
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except (Exception, KeyboardInterrupt) as exc:  # outside a command (option parsing, callbacks)
        if debugging():
            raise
        sys.exit(report(exc))
