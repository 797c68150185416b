"""The review page in a real headless Chromium: the whole loop by keyboard, decisions kept on reload, and
requests without the token or from another origin refused."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from graphx.project.sidefiles import side_files
from graphx.review.candidates import load_candidates, ranked
from graphx.review.decisions import Edit, Verdict, load_review
from graphx.review.server import ReviewServer
from tests.browser import wait_until

pytestmark = pytest.mark.browser


@pytest.fixture
def served(make_project: Callable[[int], Path]) -> Iterator[tuple[ReviewServer, Path]]:
    graph = make_project(5)
    server = ReviewServer(graph, idle_timeout=120)
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    yield server, graph
    server.stop()
    thread.join(10)


Run = Callable[[Callable[[Any], Any]], Any]


def new_page(browser: Any) -> Any:
    """A page in a fresh context that records console problems and every request."""
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    opened = context.new_page()
    opened.problems = []
    opened.on("console", lambda m: opened.problems.append(m.text) if m.type in ("error", "warning") else None)
    opened.on("pageerror", lambda e: opened.problems.append(str(e)))
    opened.requests = []
    opened.on("request", lambda r: opened.requests.append(r.url))
    return opened


def open_review(page: Any, server: ReviewServer) -> None:
    page.goto(server.url)
    page.wait_for_selector("body[data-ready=true]")


def press(page: Any, key: str, candidate_id: str, status: str) -> None:
    """Press a key and wait until the candidate's card shows its new status (the decision is saved by then)."""
    page.keyboard.press(key)
    page.wait_for_selector(f'article[data-id="{candidate_id}"][data-status="{status}"]')
    wait_until(page, "() => !document.querySelector('#message').textContent.startsWith('Not saved')")


def test_a_set_of_candidates_reviewed_by_keyboard_is_saved_and_kept(
    in_browser: Run, served: tuple[ReviewServer, Path]
) -> None:
    server, graph = served
    order = [c.id for c in ranked(load_candidates(side_files(graph)[0]).candidates)]
    target = next(c.target for c in load_candidates(side_files(graph)[0]).candidates if c.id == order[3])

    def first_pass(browser: Any) -> None:
        page = new_page(browser)
        open_review(page, server)
        check_first_pass(page, order)
        page.context.close()

    def second_pass(browser: Any) -> None:
        page = new_page(browser)
        open_review(page, server)
        check_after_reload(page, order, target)
        assert page.problems == []
        assert all(url.startswith(server.origin + "/" + server.token + "/") for url in page.requests)
        page.context.close()

    in_browser(first_pass)
    review = load_review(side_files(graph)[1])
    assert review.verdicts == {
        order[0]: Verdict("accepted"),
        order[1]: Verdict("rejected"),
        order[3]: Verdict("accepted", Edit("criticism", target, "BBB", ())),
    }
    in_browser(second_pass)


def check_first_pass(page: Any, order: list[str]) -> None:
    """Accept, reject, skip, accept, undo, reverse, go back, accept, undo: all by keyboard."""
    assert page.locator("article").evaluate_all("cards => cards.map(c => c.dataset.id)") == order
    assert page.text_content("#counter") == "5 left to review of 5 candidates · 5 shown"
    first = page.locator("article").first
    assert first.locator("mark.actor").first.text_content() == "Betastan"
    assert first.locator("mark.cue").first.text_content() == "condemned"
    assert "Wire of the day · ../news/wire.txt · 2024-03-05" in first.text_content()

    press(page, "a", order[0], "accepted")
    press(page, "r", order[1], "rejected")
    page.keyboard.press("j")
    press(page, "a", order[3], "accepted")
    press(page, "u", order[3], "unreviewed")
    press(page, "v", order[3], "accepted")
    page.keyboard.press("k")
    press(page, "a", order[2], "accepted")
    press(page, "u", order[2], "unreviewed")
    assert page.text_content("#counter") == "2 left to review of 5 candidates · 5 shown"
    assert page.problems == []


def check_after_reload(page: Any, order: list[str], target: str | None) -> None:
    """The decisions are there after a reload: only the two left are shown, then all with their status."""
    assert page.text_content("#counter") == "2 left to review of 5 candidates · 2 shown"
    page.select_option("#filter-status", "all")
    statuses = page.locator("article").evaluate_all("cards => cards.map(c => [c.dataset.id, c.dataset.status])")
    assert statuses == [
        [order[0], "accepted"],
        [order[1], "rejected"],
        [order[2], "unreviewed"],
        [order[3], "accepted"],
        [order[4], "unreviewed"],
    ]
    assert f"edited; extracted as criticism: BBB → {target}" in page.locator("article").nth(3).text_content()


def test_filters_narrow_the_list(in_browser: Run, served: tuple[ReviewServer, Path]) -> None:
    server, graph = served
    target = load_candidates(side_files(graph)[0]).candidates[0].target
    in_browser(lambda browser: check_filters(new_page(browser), server, target))


def check_filters(page: Any, server: ReviewServer, target: str | None) -> None:
    open_review(page, server)
    page.select_option("#filter-actor", target)
    assert page.locator("article").count() == 1
    page.select_option("#filter-actor", "")
    page.select_option("#filter-type", "conflict")
    assert page.locator("article").count() == 0 and page.text_content("main") == "Nothing to show with these filters."
    page.select_option("#filter-type", "criticism")
    page.select_option("#filter-document", "../news/wire.txt")
    assert page.locator("article").count() == 5
    page.context.close()


def test_requests_without_the_token_or_from_another_origin_are_refused(
    in_browser: Run, served: tuple[ReviewServer, Path], tmp_path: Path
) -> None:
    server, graph = served
    candidate_id = load_candidates(side_files(graph)[0]).candidates[0].id
    (tmp_path / "evil.html").write_text("<!doctype html><p>elsewhere</p>")
    other = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(tmp_path)))
    thread = threading.Thread(target=other.serve_forever, daemon=True)
    thread.start()
    try:
        in_browser(lambda browser: try_from_elsewhere(new_page(browser), server, candidate_id, other))
    finally:
        other.shutdown()
        other.server_close()
    assert server.refused == [403] * 6  # two GETs, the POST with a foreign Origin, two POSTs, one preflight
    assert not side_files(graph)[1].exists()


def try_from_elsewhere(page: Any, server: ReviewServer, candidate_id: str, other: ThreadingHTTPServer) -> None:
    assert page.request.get(server.origin + "/").status == 403
    assert page.request.get(server.origin + "/api/state").status == 403
    refused = page.request.post(
        server.url + "api/decide",
        data={"id": candidate_id, "action": "accepted"},
        headers={"Origin": "http://evil.example", "Content-Type": "application/json"},
    )
    assert refused.status == 403
    page.goto(f"http://127.0.0.1:{other.server_address[1]}/evil.html")
    outcome = page.evaluate(
        """async ([url, id]) => {
            const results = [];
            for (const [mode, type] of [["no-cors", "text/plain"], ["no-cors", "application/json"],
                                        ["cors", "application/json"]]) {
                try {
                    const r = await fetch(url, {method: "POST", mode, headers: {"Content-Type": type},
                                                body: JSON.stringify({id, action: "accepted"})});
                    results.push(r.type);
                } catch (e) { results.push("blocked"); }
            }
            return results;
        }""",
        [server.url + "api/decide", candidate_id],
    )
    assert set(outcome) <= {"opaque", "blocked"} and outcome[2] == "blocked"  # no reply is readable there
    page.context.close()


def test_type_and_actor_changes_are_recorded_as_edits(in_browser: Run, served: tuple[ReviewServer, Path]) -> None:
    server, graph = served
    first = ranked(load_candidates(side_files(graph)[0]).candidates)[0]

    def retype_and_replace(browser: Any) -> None:
        page = new_page(browser)
        open_review(page, server)
        card = f'article[data-id="{first.id}"]'
        page.select_option(f"{card} .type-select", "conflict")
        page.wait_for_selector(f'{card}[data-status="accepted"]')
        assert page.text_content(f"{card} .what") == f"conflict: BBB ↔ {first.target}"
        side = f'{card} .actor-select[data-slot="between1"]'
        assert page.locator(f"{side} option").count() == 1  # the list of every actor is built when wanted
        page.focus(side)
        page.select_option(side, "AAA")
        wait_until(page, f"() => document.querySelector('{card} .what').textContent.endsWith('AAA')")
        assert page.problems == []
        page.context.close()

    in_browser(retype_and_replace)
    assert load_review(side_files(graph)[1]).verdicts == {
        first.id: Verdict("accepted", Edit("conflict", None, None, ("BBB", "AAA")))
    }


def test_markup_in_the_data_is_shown_as_text(in_browser: Run, make_project: Callable[[int], Path]) -> None:
    graph = make_project(1)
    candidates_file = side_files(graph)[0]
    hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    text = candidates_file.read_text()
    text = text.replace("Betastan condemned X0 on day 0.", f"Betastan condemned X0. {hostile.replace(chr(34), '')}")
    candidates_file.write_text(text.replace('"Wire of the day"', '"<b>Wire</b> </script><script>alert(3)</script>"'))
    server = ReviewServer(graph, idle_timeout=60)
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()

    def look(browser: Any) -> None:
        page = new_page(browser)
        dialogs: list[str] = []

        def on_dialog(dialog: Any) -> None:
            dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        open_review(page, server)
        article = page.locator("article").first
        assert "<img src=x onerror=alert(1)><script>alert(2)</script>" in article.text_content()
        assert "<b>Wire</b> </script><script>alert(3)</script>" in article.text_content()
        assert page.locator("article img, article script, article b").count() == 0
        assert dialogs == [] and page.problems == []
        page.context.close()

    try:
        in_browser(look)
    finally:
        server.stop()
        thread.join(10)
