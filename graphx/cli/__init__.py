"""The `graphx` command line: a thin typer layer over the library.

`app.py` holds the app and maps library errors to exit codes; each command module parses options,
calls the library and prints. Importing a command module registers its commands on `app`.
"""

from graphx.cli import events, export, extract, project, query, render, review
from graphx.cli.app import app, main, reported

__all__ = ["app", "events", "export", "extract", "main", "project", "query", "render", "reported", "review"]
