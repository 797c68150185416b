"""Check that every quote is word for word in the source file it cites."""

from __future__ import annotations

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


def quote_warnings(graph: Graph, graph_text: str) -> list[Problem]:
    """A located warning for each quote not found in its cited source file.

    Source files are read relative to the graph file's folder, with markup stripped as
    extraction does; sources given only by URL, or whose file cannot be read, are noted once.
    """
    from graphx.extract.documents import read_document

    texts: dict[str, str | None] = {}
    unreadable: dict[str, str] = {}
    for source in graph.sources.values():
        if source.file is None:
            continue
        path = Path(graph.path).parent / source.file
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
