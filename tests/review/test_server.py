"""The review page's server over plain HTTP: the token, the origin and the body are checked; decisions are saved
in the format of `graphx accept`, and concurrent requests lose none."""

from __future__ import annotations

import http.client
import json
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from graphx.project.sidefiles import side_files
from graphx.review.candidates import load_candidates
from graphx.review.decisions import decide, load_review
from graphx.review.server import MAX_BODY_BYTES, ReviewServer


class Client:
    """Requests to a running review server, with the headers a browser on its page would send."""

    def __init__(self, server: ReviewServer) -> None:
        self.server = server

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=30)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()

    def post(self, body: Any, **headers: str) -> tuple[int, Any]:
        sent = {"Content-Type": "application/json", "Origin": self.server.origin, **headers}
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        status, _, answer = self.request("POST", f"/{self.server.token}/api/decide", data, sent)
        return status, json.loads(answer)


Project = Callable[[int], Path]
Serve = Callable[[Path], Client]


@pytest.fixture
def serve() -> Iterator[Callable[[Path], Client]]:
    servers: list[tuple[ReviewServer, threading.Thread]] = []

    def start(graph: Path) -> Client:
        server = ReviewServer(graph, idle_timeout=60)
        thread = threading.Thread(target=server.serve, daemon=True)
        thread.start()
        servers.append((server, thread))
        return Client(server)

    yield start
    for server, thread in servers:
        server.stop()
        thread.join(10)


def ids(graph: Path) -> list[str]:
    return sorted(load_candidates(side_files(graph)[0]).by_id())


def test_the_page_needs_the_token_and_has_a_strict_csp(make_project: Project, serve: Serve) -> None:
    client = serve(make_project(3))
    token = client.server.token
    assert client.request("GET", "/")[0] == 403
    assert client.request("GET", "/api/state")[0] == 403
    wrong = token[:-1] + ("x" if token[-1] != "x" else "y")  # one character off, never the token itself
    assert client.request("GET", f"/{wrong}/")[0] == 403
    assert client.request("GET", f"/{token}/", headers={"Host": "evil.example:80"})[0] == 403
    assert client.request("GET", f"/{token}/nothing")[0] == 404
    status, headers, body = client.request("GET", f"/{token}/")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    csp = headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp and "'unsafe-inline'" not in csp
    assert b"http://" not in body and b"https://" not in body
    assert headers["Referrer-Policy"] == "no-referrer" and headers["X-Content-Type-Options"] == "nosniff"
    state = json.loads(client.request("GET", f"/{token}/api/state")[2])
    confidences = [c["confidence"] for c in state["candidates"]]
    assert confidences == sorted(confidences, reverse=True) and len(confidences) == 3


@pytest.mark.parametrize(
    ("body", "headers", "status"),
    [
        ({"id": "ID", "action": "accepted"}, {"Origin": "http://evil.example"}, 403),
        ({"id": "ID", "action": "accepted"}, {"Origin": ""}, 403),
        ({"id": "ID", "action": "accepted"}, {"Sec-Fetch-Site": "cross-site"}, 403),
        ({"id": "ID", "action": "accepted"}, {"Content-Type": "text/plain"}, 415),
        (b"{not json", {}, 400),
        (b"\xff\xfe", {}, 400),
        ([1, 2], {}, 400),
        ({"id": "ID", "action": "accepted", "extra": 1}, {}, 400),
        ({"id": "ID", "action": "maybe"}, {}, 400),
        ({"id": "c-<script>", "action": "accepted"}, {}, 400),
        ({"id": "c-0000000000", "action": "accepted"}, {}, 404),
        ({"id": "ID", "action": "rejected", "edit": {"type": "criticism", "from": "X0", "to": "BBB"}}, {}, 400),
        ({"id": "ID", "action": "accepted", "edit": {"type": "nope", "from": "X0", "to": "BBB"}}, {}, 400),
        ({"id": "ID", "action": "accepted", "edit": {"type": "criticism", "from": "ZZZ", "to": "BBB"}}, {}, 400),
        ({"id": "ID", "action": "accepted", "edit": {"type": "conflict", "from": "X0", "to": "BBB"}}, {}, 400),
        ({"id": "ID", "action": "accepted", "edit": {"type": "criticism", "from": 5, "to": "BBB"}}, {}, 400),
        (b"x" * (MAX_BODY_BYTES + 1), {}, 413),
    ],
)
def test_a_bad_request_is_refused_and_changes_nothing(
    make_project: Project, serve: Serve, body: Any, headers: dict[str, str], status: int
) -> None:
    graph = make_project(2)
    client = serve(graph)
    if isinstance(body, dict):
        body = {k: (ids(graph)[0] if v == "ID" else v) for k, v in body.items()}
    answer = client.post(body, **headers)
    assert answer[0] == status and "error" in answer[1]
    assert not side_files(graph)[1].exists()


def test_a_decision_is_saved_as_graphx_accept_would_save_it(
    make_project: Project, serve: Serve, tmp_path: Path
) -> None:
    graph = make_project(3)
    twin = tmp_path / "twin" / "graphs"
    shutil.copytree(graph.parent, twin)
    first, second, _ = ids(graph)
    client = serve(graph)
    assert client.post({"id": first, "action": "accepted"})[0] == 200
    status, answer = client.post({"id": second, "action": "rejected"})
    assert status == 200 and answer["candidate"]["status"] == "rejected"
    decide(twin / graph.name, [first], "accepted")
    decide(twin / graph.name, [second], "rejected")
    assert side_files(graph)[1].read_bytes() == side_files(twin / graph.name)[1].read_bytes()
    assert client.post({"id": second, "action": "unreviewed"})[0] == 200
    assert load_review(side_files(graph)[1]).decisions == {first: "accepted"}


def test_an_edit_from_the_page_is_recorded(make_project: Project, serve: Serve) -> None:
    graph = make_project(1)
    (only,) = ids(graph)
    client = serve(graph)
    edit = {"type": "conflict", "between": ["BBB", "X0"]}
    status, answer = client.post({"id": only, "action": "accepted", "edit": edit})
    assert status == 200 and answer["candidate"]["shape"] == {**edit, "from": None, "to": None}
    assert answer["candidate"]["edited"] is True
    assert f"{only}: {{decision: accepted, type: conflict, between: [BBB, X0]}}" in side_files(graph)[1].read_text()


def test_a_curated_candidate_takes_no_decision(make_project: Project, serve: Serve) -> None:
    graph = make_project(1)
    (only,) = ids(graph)
    client = serve(graph)
    status, answer = client.post(
        {"id": only, "action": "accepted", "edit": {"type": "criticism", "from": "AAA", "to": "BBB"}}
    )
    assert status == 409 and "already in the curated graph" in answer["error"]
    assert not side_files(graph)[1].exists()


def test_concurrent_requests_and_a_concurrent_accept_lose_nothing(make_project: Project, serve: Serve) -> None:
    graph = make_project(80)
    every = ids(graph)
    client = serve(graph)
    failures: list[int] = []

    def post_all(chunk: list[str]) -> None:
        for candidate_id in chunk:
            status, _ = client.post({"id": candidate_id, "action": "accepted"})
            if status != 200:
                failures.append(status)

    threads = [threading.Thread(target=post_all, args=(every[n:60:3],)) for n in range(3)]
    for thread in threads:
        thread.start()
    for candidate_id in every[60:]:
        decide(graph, [candidate_id], "rejected")
    for thread in threads:
        thread.join(60)
    assert failures == []
    decisions = load_review(side_files(graph)[1]).decisions
    assert sorted(decisions) == every
    assert [decisions[i] for i in every] == ["accepted"] * 60 + ["rejected"] * 20
