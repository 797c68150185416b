"""The review page: page.html with page.js and page.css inline, and the Content-Security-Policy that allows
exactly those two (by hash) and requests to its own origin, nothing else."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Page:
    """The page's HTML and the CSP header to serve it with."""

    html: str
    csp: str


def csp_hash(text: str) -> str:
    """A CSP source expression allowing exactly this inline script or style."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def asset(name: str) -> str:
    """A file shipped beside this module (the page's template, script and stylesheet)."""
    return resources.files("graphx.review").joinpath(name).read_text(encoding="utf-8")


@cache
def page() -> Page:
    """The page, built once: the template holds no data; the script fetches it from the server."""
    script, style = asset("page.js"), asset("page.css")
    html = asset("page.html").replace("/*SCRIPT*/", script).replace("/*STYLE*/", style)
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {csp_hash(script)}",
            f"style-src {csp_hash(style)}",
            "connect-src 'self'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
        ]
    )
    return Page(html, csp)
