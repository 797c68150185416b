"""Checks on what a user asks a query, an export or a map to select, shared by every command."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from graphx.errors import UsageError


def check_types(known: Mapping[str, object], requested: Iterable[str] | None) -> None:
    """UsageError for the first requested relation type the graph does not have: never a silent empty answer."""
    for name in requested or ():
        if name not in known:
            raise UsageError(f"unknown relation type {name!r}; this graph has {', '.join(sorted(known))}")
