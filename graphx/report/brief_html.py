"""The briefing as one standalone, printable HTML page, with the figure inlined as an SVG image.

The template (brief.html) and its stylesheet (brief.css) are package files. Jinja2 with
autoescaping writes every piece of graph text. The figure goes in as a `data:` image, so the
page's Content-Security-Policy can forbid every load, every script and every style but its own.
"""

from __future__ import annotations

import base64
from functools import cache
from importlib import resources
from pathlib import Path

from jinja2 import Environment, Template
from markupsafe import Markup

from graphx.render.page import content_security_policy
from graphx.report.briefing import Briefing, web_url


@cache
def _asset(name: str) -> str:
    return resources.files("graphx.report").joinpath(name).read_text(encoding="utf-8")


@cache
def _template() -> Template:
    environment = Environment(autoescape=True, keep_trailing_newline=True)
    return environment.from_string(_asset("brief.html"))


def svg_data_url(svg: str) -> str:
    """An SVG document as a `data:` URL, for an <img>: shown, never run."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def html(briefing: Briefing, svg: str, caption: str) -> str:
    """The page; `svg` is the figure's SVG document."""
    css = _asset("brief.css")
    if "</style" in css.lower():
        raise RuntimeError("internal error: brief.css contains </style")
    return _template().render(
        briefing=briefing,
        graph=briefing.graph,
        csp=content_security_policy([], [css]),
        css=Markup(css),
        figure_url=svg_data_url(svg),
        caption=caption,
        graph_file=Path(briefing.graph.path).name or "a graph",
        safe_url=web_url,
    )
