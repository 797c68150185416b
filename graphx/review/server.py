"""The review page's local HTTP server: one page and two JSON routes on 127.0.0.1, behind a random token.

Routes (TOKEN is random per run, so only whoever got the printed URL can use it):
  GET  /TOKEN/              the page (page.html with its script and stylesheet inline, a strict CSP)
  GET  /TOKEN/api/state     the candidates and their statuses, as JSON
  POST /TOKEN/api/decide    one decision, JSON `{id, action, edit?}`; it is in the review file when this answers

Anything else gets a 4xx and changes nothing: a path without the token (403), a Host other than the one
served (403, against DNS rebinding), a POST whose Origin is not the page's (403), a body that is not
JSON (415), too large (413) or malformed (400).

The standard library's ThreadingHTTPServer serves this: three routes, one user, no streaming, and no
dependency to install; the checks above are the ones a framework would not make for us anyway.
"""

from __future__ import annotations

import hmac
import json
import secrets
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from graphx.errors import GraphxError
from graphx.review.session import BadRequest, ReviewSession

MAX_BODY_BYTES = 64 * 1024
DEFAULT_IDLE_TIMEOUT = 1800.0
HOST = "127.0.0.1"


class ReviewServer:
    """Serves the review page of one graph until stopped, interrupted or idle for `idle_timeout` seconds."""

    def __init__(self, graph_path: str | Path, idle_timeout: float = DEFAULT_IDLE_TIMEOUT, port: int = 0) -> None:
        self.session = ReviewSession(Path(graph_path))
        self.session.state()  # fail now, with a located error, if a file is broken
        self.idle_timeout = idle_timeout
        self.token = secrets.token_urlsafe(24)
        self.last_request = time.monotonic()
        self.httpd = _HTTPServer((HOST, port), _Handler)
        self.httpd.review = self
        self.port = int(self.httpd.server_address[1])
        self.stopped_because = ""
        self.refused: list[int] = []  # the status of every refused request, in order

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/{self.token}/"

    @property
    def origin(self) -> str:
        return f"http://{HOST}:{self.port}"

    def serve(self) -> str:
        """Serve until Ctrl-C or the idle timeout; returns why it stopped ('interrupted' or 'idle')."""
        watchdog = threading.Thread(target=self._watch_idle, daemon=True)
        watchdog.start()
        try:
            self.httpd.serve_forever(poll_interval=0.2)
        except KeyboardInterrupt:
            self.stopped_because = "interrupted"
        finally:
            self.httpd.server_close()
        return self.stopped_because or "stopped"

    def stop(self) -> None:
        """Stop serving (from another thread)."""
        self.stopped_because = self.stopped_because or "stopped"
        self.httpd.shutdown()

    def touch(self) -> None:
        self.last_request = time.monotonic()

    def _watch_idle(self) -> None:
        while not self.stopped_because:
            left = self.idle_timeout - (time.monotonic() - self.last_request)
            if left <= 0:
                self.stopped_because = "idle"
                self.httpd.shutdown()
                return
            time.sleep(min(left, 0.5))


class _HTTPServer(ThreadingHTTPServer):
    """The HTTP server, pointing back at the review server it serves."""

    daemon_threads = True
    review: ReviewServer


class _Handler(BaseHTTPRequestHandler):
    """One request to the review page: routed, checked, answered."""

    server: _HTTPServer
    server_version = "graphx-review"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # no request log on the terminal
        return

    def do_GET(self) -> None:
        self._run({"": self._page, "api/state": self._state})

    def do_POST(self) -> None:
        self._run({"api/decide": self._decide}, post=True)

    def do_OPTIONS(self) -> None:  # a CORS preflight: the page never needs one, so it comes from elsewhere
        self._run({}, post=True, refuse=True)

    def do_PUT(self) -> None:
        self._run({}, post=True, refuse=True)

    do_DELETE = do_PATCH = do_HEAD = do_PUT

    def _run(self, routes: dict[str, Callable[[], None]], post: bool = False, refuse: bool = False) -> None:
        self.server.review.touch()
        try:
            route = self._route()
            if post:
                self._check_origin()
            if refuse:
                raise BadRequest(f"method {self.command} not allowed", 405)
            action = routes.get(route)
            if action is None:
                raise BadRequest("not found", 404)
            action()
        except BadRequest as exc:
            self.server.review.refused.append(exc.status)
            self._send(exc.status, "application/json", _json({"error": str(exc)}))
        except GraphxError as exc:  # a side file broken on disk, a lock held too long
            self._send(409, "application/json", _json({"error": "\n".join(exc.lines())}))
        except OSError as exc:  # the review file could not be written
            self._send(500, "application/json", _json({"error": f"{exc.filename or ''}: {exc.strerror or exc}"}))

    def _route(self) -> str:
        host = self.headers.get("Host", "")
        if host not in (f"{HOST}:{self.server.review.port}", f"localhost:{self.server.review.port}"):
            raise BadRequest("wrong host", 403)
        prefix = f"/{self.server.review.token}/"
        path = self.path.split("?", 1)[0]
        if not hmac.compare_digest(path[: len(prefix)].encode(), prefix.encode()):
            raise BadRequest("forbidden", 403)
        return path[len(prefix) :]

    def _check_origin(self) -> None:
        host = self.headers.get("Host", "")
        if self.headers.get("Origin") != f"http://{host}":
            raise BadRequest("cross-origin request refused", 403)
        if self.headers.get("Sec-Fetch-Site", "same-origin") != "same-origin":
            raise BadRequest("cross-site request refused", 403)

    def _page(self) -> None:
        from graphx.review.page import page

        built = page()
        self._send(200, "text/html; charset=utf-8", built.html.encode("utf-8"), built.csp)

    def _state(self) -> None:
        self._send(200, "application/json", _json(self.server.review.session.state()))

    def _decide(self) -> None:
        if self.headers.get_content_type() != "application/json":
            raise BadRequest("expected application/json", 415)
        length = self.headers.get("Content-Length", "")
        if not length.isdigit():
            raise BadRequest("a body with Content-Length is required", 411)
        if int(length) > MAX_BODY_BYTES:
            raise BadRequest("body too large", 413)
        raw = self.rfile.read(int(length))
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise BadRequest("malformed JSON") from None
        self._send(200, "application/json", _json({"candidate": self.server.review.session.decide(body)}))

    def _send(self, status: int, kind: str, data: bytes, csp: str = "default-src 'none'") -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Content-Security-Policy", csp)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Cross-Origin-Resource-Policy", "same-origin")
        self.end_headers()
        self.wfile.write(data)


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=True, separators=(",", ":")).encode("ascii")
