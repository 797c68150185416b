"""The HTML page: our own Jinja2 template (autoescaped), inlined vis-network, data as escaped JSON, a strict CSP."""

from __future__ import annotations

import base64
import hashlib
import json
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Environment, Template
from markupsafe import Markup

from graphx import __version__
from graphx.errors import InternalError

_JSON_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    ord("/"): "\\/",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no `<`, `>`, `&`, `/` or line separators as such."""
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return text.translate(_JSON_ESCAPES)


def csp_hash(text: str) -> str:
    """A CSP source expression allowing exactly this inline script or style."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy(scripts: list[str], styles: list[str]) -> str:
    """No network loads at all; only our own inline scripts and styles run; images only from data: URLs."""
    return "; ".join(
        [
            "default-src 'none'",
            "script-src " + (" ".join(csp_hash(s) for s in scripts) or "'none'"),
            "style-src " + (" ".join(csp_hash(s) for s in styles) or "'none'"),
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


@cache
def asset(name: str) -> str:
    """A file shipped in graphx/render (the template, our script and stylesheet)."""
    return resources.files("graphx.render").joinpath(name).read_text(encoding="utf-8")


@cache
def _template() -> Template:
    environment = Environment(autoescape=True, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    return environment.from_string(asset("page.html"))


def _trusted(text: str, element: str) -> Markup:
    """Our own or vendored code, checked to not end its element early."""
    if f"</{element}" in text.lower():
        raise InternalError(f"inlined code contains </{element}")
    return Markup(text)


def page_html(
    *,
    title: str,
    description: str | None,
    notice: str | None,
    path: str | None,
    data: Any,
    vis_js: str,
    vis_css: str,
    example: str | None = None,
) -> str:
    """The whole page; every text value is escaped by the template or as script JSON.

    `example` is the name the search box suggests (an actor of the map), if any.
    """
    page_js, page_css = asset("graphx.js"), asset("graphx.css")
    data_json = script_json(data)
    return _template().render(
        title=title,
        description=description,
        example=example,
        notice=notice,
        path=path,
        version=__version__,
        csp=content_security_policy([vis_js, page_js], [vis_css, page_css]),
        data=Markup(data_json),
        vis_js=_trusted(vis_js, "script"),
        page_js=_trusted(page_js, "script"),
        vis_css=_trusted(vis_css, "style"),
        page_css=_trusted(page_css, "style"),
    )
