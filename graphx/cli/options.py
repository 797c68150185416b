"""Options shared by several commands, and printing a listing."""

import datetime as dt
from enum import StrEnum
from typing import Annotated

import typer

from graphx.errors import UsageError


class ListFormat(StrEnum):
    """Output formats of the listing commands."""

    table = "table"
    json = "json"
    csv = "csv"
    md = "md"


GraphOption = Annotated[
    str | None,
    typer.Option(
        "--graph", "-g", metavar="PATH",
        help="Graph file or folder [default: ./graphs/ if it holds a graph, else the shipped example].",
    ),
]
FormatOption = Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")]
TypeOption = Annotated[
    list[str] | None, typer.Option("--type", "-t", metavar="TYPE", help="Only this relation type (repeatable).")
]
StatesOption = Annotated[
    bool, typer.Option("--states", help="State level: merge people and bodies into the actor they are part_of.")
]
UnreviewedOption = Annotated[
    bool, typer.Option("--include-unreviewed", help="Also use extracted candidates not yet reviewed.")
]


def parse_day(text: str | None, option: str) -> dt.date | None:
    """A --since/--until value: YYYY, YYYY-MM or YYYY-MM-DD (the first day of the period)."""
    if text is None:
        return None
    from graphx.dates import first_day, parse_partial_date

    try:
        return first_day(parse_partial_date(text))
    except ValueError as exc:
        raise UsageError(f"{option}: {exc}") from None


def parse_day_end(text: str | None, option: str) -> dt.date | None:
    """An --until value: the last day of the period it names."""
    if text is None:
        return None
    from graphx.dates import last_day, parse_partial_date

    try:
        return last_day(parse_partial_date(text))
    except ValueError as exc:
        raise UsageError(f"{option}: {exc}") from None


def emit(text: str) -> None:
    """Write command output to stdout, as is."""
    typer.echo(text, nl=False)
