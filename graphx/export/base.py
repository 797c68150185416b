"""The exporter interface: a format name, a file suffix, and the files it writes for a graph."""

from __future__ import annotations

from typing import ClassVar, Protocol

from graphx.model import Graph


class Exporter(Protocol):
    """Turns a graph into the text of one or more files.

    `files` maps file names to their text. A single-file format returns one entry, named
    `graph` + `suffix`; a multi-file format (csv) returns several, written into a folder.
    """

    name: ClassVar[str]
    suffix: ClassVar[str]
    summary: ClassVar[str]
    single: ClassVar[bool]

    def files(self, graph: Graph) -> dict[str, str]:
        """The file names and texts this format writes for `graph`."""
        ...


class SingleFile:
    """Base of the formats that write one file: implement `text`."""

    name: ClassVar[str]
    suffix: ClassVar[str]
    summary: ClassVar[str]
    single: ClassVar[bool] = True

    def files(self, graph: Graph) -> dict[str, str]:
        return {"graph" + self.suffix: self.text(graph)}

    def text(self, graph: Graph) -> str:
        """The whole file."""
        raise NotImplementedError
