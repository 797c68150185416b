"""The only module that imports pyvis: node and edge records, and the vis-network files pyvis ships.

pyvis 0.3.2 is used for what it does safely: shaping vis-network node and edge
records (add_node / add_edge with explicit attributes). Its templates, `from_nx`,
`set_options` and CDN modes are not used (see DESIGN.md, "Known traps in pyvis").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pyvis
from pyvis.network import Network

from graphx.errors import InternalError

VIS_VERSION = "9.1.2"
_LICENSE_URL = re.compile(r"https?://")
_SOURCE_MAP = re.compile(r"\n?//# sourceMappingURL=\S*\s*$")
# The URLs in vis-network 9.1.2's code all sit in string literals (the SVG namespace, links in error
# messages): written with `\/`, which JavaScript reads as `/`, the page holds no URL and the code
# means the same. The banner comment's URLs lose their scheme; the licence text stays.


@dataclass(frozen=True)
class Records:
    """vis-network node and edge records, ready to serialise."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]


def build_records(
    nodes: Iterable[tuple[str, dict[str, Any]]],
    edges: Iterable[tuple[str, str, dict[str, Any]]],
) -> Records:
    """Records for (id, attributes) nodes and (from, to, attributes) edges, in the order given."""
    network = Network(directed=True, cdn_resources="in_line")
    for node_id, attributes in nodes:
        network.add_node(node_id, **attributes)
    known = set(network.node_ids)
    for source, target, attributes in edges:
        if source not in known or target not in known:
            raise InternalError(f"edge {source} -> {target} names an actor not drawn")
        network.edges.append(_edge_record(source, target, attributes))
    return Records(nodes=[dict(n) for n in network.nodes], edges=[dict(e) for e in network.edges])


def _edge_record(source: str, target: str, attributes: dict[str, Any]) -> dict[str, Any]:
    """pyvis' Edge record, without `Network.add_edge`'s scan of every node per edge (quadratic on big graphs)."""
    from pyvis.edge import Edge

    options: dict[str, Any] = Edge(source, target, directed=True, **attributes).options
    return options


@cache
def _vis_folder() -> Path:
    return Path(pyvis.__file__).parent / "templates" / "lib" / f"vis-{VIS_VERSION}"


@cache
def vis_javascript() -> str:
    """vis-network's minified JavaScript, as pyvis ships it, ready to inline: no source map, no URL."""
    text = _read(_vis_folder() / "vis-network.min.js")
    text = _SOURCE_MAP.sub("\n", text)
    banner_end = text.index("*/") + 2
    text = _LICENSE_URL.sub("", text[:banner_end]) + text[banner_end:].replace("://", ":\\/\\/")
    if _LICENSE_URL.search(text) or "</script" in text.lower():
        raise InternalError("the vis-network script cannot be inlined safely")
    return text


@cache
def vis_css() -> str:
    """vis-network's stylesheet, as pyvis ships it."""
    return _read(_vis_folder() / "vis-network.css")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InternalError(f"cannot read vis-network from the pyvis package: {path}: {exc.strerror}") from None
