"""Check that every quote is word for word in the source file it cites."""

from __future__ import annotations

import os
import re
from pathlib import Path

from graphx.errors import InputError, Problem
from graphx.graph.model import Graph
from graphx.graph.yamlnodes import Document as YamlDocument

_SPACE = re.compile(r"\s+")
_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "\u00a0": " "})


def normalise(text: str) -> str:
    """Text compared loosely: curly quotes made straight, runs of white space made one space."""
    return _SPACE.sub(" ", text.translate(_QUOTE_MARKS)).strip()


def project_folder(graph_path: str | Path) -> Path:
    """The folder a graph's source files must stay in: the project (the parent of graphs/), else the graph's own."""
    folder = Path(os.path.abspath(graph_path)).parent  # the graph file may be a symlink: its own folder counts
    return (folder.parent if folder.name == "graphs" else folder).resolve()


def outside_problem(graph_path: str | Path, file: str) -> str | None:
    """Why a source file may not be read (it leads outside the project folder), or None."""
    root = project_folder(graph_path)
    target = (Path(os.path.abspath(graph_path)).parent / file).resolve()
    if target == root or root in target.parents:
        return None
    return f"leads outside the project folder {root}; source files are read only inside it"


def quote_warnings(graph: Graph, graph_text: str, *, allow_outside: bool = False) -> list[Problem]:
    """A located warning for each quote not found in its cited source file.

    Source files are read relative to the graph file's folder, with markup stripped as
    extraction does; sources given only by URL, or whose file cannot be read, are noted once.
    Only regular files under the size limit are read, and only inside the project folder
    (`project_folder`) unless `allow_outside`: a quote check must not confirm a guessed secret.
    """
    from graphx.extract.documents import read_document

    texts: dict[str, str | None] = {}
    unreadable: dict[str, str] = {}
    for source in graph.sources.values():
        if source.file is None:
            continue
        path = Path(graph.path).parent / source.file
        outside = None if allow_outside else outside_problem(graph.path, source.file)
        if outside is not None:
            texts[source.id] = None
            unreadable[source.id] = outside
            continue
        try:
            document = read_document(str(path))
        except InputError as exc:
            texts[source.id] = None
            unreadable[source.id] = exc.problems[0].message
            continue
        texts[source.id] = normalise(" ".join(document.sentences))
    located: list[tuple[tuple[str | int, ...], str]] = []
    for index, relation in enumerate(graph.relations):
        for number, evidence in enumerate(relation.evidence):
            text = texts.get(evidence.source)
            if text is not None and normalise(evidence.quote) not in text:
                located.append(
                    (
                        ("relations", index, "evidence", number, "quote"),
                        f"quote not found in the file of source {evidence.source!r}",
                    )
                )
    for source_id, message in unreadable.items():
        located.append((("sources", source_id, "file"), f"cannot check quotes of source {source_id!r}: {message}"))
    if not located:
        return []
    positions = YamlDocument(graph_text, graph.path, exact=True)
    return sorted(positions.problem(path, message) for path, message in located)
