"""The exporter interface: a format name, a file suffix, and the files it writes for a graph."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

from graphx.graph.model import Graph


class Exporter(ABC):
    """Turns a graph into the text of one or more files.

    `files` maps file names to their text. A single-file format (`single`) returns one entry,
    named `graph` + `suffix`; a multi-file format (csv) returns several, written into a folder.
    """

    name: ClassVar[str]
    suffix: ClassVar[str]
    summary: ClassVar[str]
    single: ClassVar[bool] = True

    def __init__(self, *, raw_cells: bool = False) -> None:
        self.raw_cells = raw_cells
        """Spreadsheet formats: keep cells that look like formulas as they are (see `graphx.query.listing.csv_cell`)."""

    @abstractmethod
    def files(self, graph: Graph) -> dict[str, str]:
        """The file names and texts this format writes for `graph`."""

    def files_and_note(self, graph: Graph) -> tuple[dict[str, str], str | None]:
        """The files, and a note for the user on what they leave out (None: nothing)."""
        return self.files(graph), None


class SingleFile(Exporter):
    """Base of the formats that write one file: implement `text`."""

    def files(self, graph: Graph) -> dict[str, str]:
        return {"graph" + self.suffix: self.text(graph)}

    @abstractmethod
    def text(self, graph: Graph) -> str:
        """The whole file."""
