"""Every command and option is documented: in its --help and in the README's tour; and lists that must agree do."""

from __future__ import annotations

import click
import pytest
import typer
from typer.testing import CliRunner

from graphx.cli import app
from tests.paths import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands() -> dict[str, click.Command]:
    group = typer.main.get_command(app)
    assert isinstance(group, click.Group)
    return dict(sorted(group.commands.items()))


def options(command: click.Command) -> list[tuple[str, ...]]:
    """Each option's long names: a flag pair such as --save/--no-save counts once."""
    found = []
    for param in command.params:
        if isinstance(param, click.Option):
            names = tuple(n for n in param.opts + param.secondary_opts if n.startswith("--") and n != "--help")
            if names:
                found.append(names)
    return sorted(found)


@pytest.mark.parametrize("name", sorted(commands()))
def test_command_is_in_the_help_and_the_readme(name: str) -> None:
    listing = CliRunner().invoke(app, ["--help"], terminal_width=200).output
    assert f" {name} " in listing or f" {name}\n" in listing
    assert f"graphx {name}" in README, f"the README's tour does not show `graphx {name}`"


@pytest.mark.parametrize(("name", "names"), [(n, o) for n, c in commands().items() for o in options(c)])
def test_option_is_in_the_help_and_the_readme(name: str, names: tuple[str, ...]) -> None:
    text = CliRunner().invoke(app, [name, "--help"], terminal_width=200).output
    assert all(n in text for n in names)
    assert any(n in README for n in names), f"the README does not mention {names[0]} of `graphx {name}`"
