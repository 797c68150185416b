"""The `graphx` command line: a thin typer layer over the library.

`app.py` holds the app and maps library errors to exit codes; each command module parses options,
calls the library and prints. Importing a command module registers its commands on `app`, so
COMMAND_MODULES, in the order of an analyst's day, is also the order of `graphx --help`.
"""

import importlib

from graphx.cli.app import app, main, reported

COMMAND_MODULES = ("project", "extract", "review", "query", "render", "export", "events")
for _name in COMMAND_MODULES:
    importlib.import_module(f"graphx.cli.{_name}")

__all__ = ["COMMAND_MODULES", "app", "main", "reported"]
