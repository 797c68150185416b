"""The review loop from the command line: candidates, accept, reject, promote, review, and queries afterwards."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from graphx.cli import app
from tests.paths import ROOT

SEED = ROOT / "seeds" / "expatica-putin-macron-karabakh.txt"
CORPUS = ROOT / "tests" / "fixtures" / "extract" / "corpus"


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def unreviewed() -> list[dict[str, object]]:
    listed: list[dict[str, object]] = json.loads(run("candidates", "-f", "json", "--status", "unreviewed").stdout)
    return listed


def test_accept_and_reject_survive_reextraction_and_feed_queries(project: Path) -> None:
    run("extract", "seeds")
    listed = json.loads(run("candidates", "--format", "json", "--status", "unreviewed").stdout)
    turkey = next(i for i in listed if i["from"] == "TUR" and i["type"] == "mediation")
    poland = next(i for i in listed if i["from"] == "POL")
    accepted = run("accept", turkey["id"])
    assert accepted.exit_code == 0 and f"accepted {turkey['id']}" in accepted.stderr
    assert run("reject", poland["id"][:7]).exit_code == 0
    run("extract", "seeds")  # decisions are kept by id
    states = {i["id"]: i["status"] for i in json.loads(run("candidates", "-f", "json").stdout)}
    assert states[turkey["id"]] == "accepted" and states[poland["id"]] == "rejected"

    shown = json.loads(run("relations", "--from", "TUR", "--format", "json").stdout)
    assert [(r["origin"], r["between"]) for r in shown] == [("accepted", ["RUS", "UKR"])]
    rejected = run("relations", "--from", "POL", "--include-unreviewed", "-f", "json")
    assert rejected.exit_code == 2 and "unknown actor 'POL'" in rejected.stderr  # Poland joined with nothing
    unreviewed = json.loads(run("relations", "--include-unreviewed", "-f", "json").stdout)
    assert {r["origin"] for r in unreviewed} == {"curated", "accepted", "unreviewed"}
    assert any(r["origin"] == "unreviewed" and r.get("from") == "LTU" for r in unreviewed)


def test_accepting_a_curated_candidate_records_nothing_and_counts_once(project: Path) -> None:
    assert run("extract", "seeds").exit_code == 0
    before = run("stats", "-f", "json").stdout
    criticism = run("relations", "--type", "criticism", "-f", "json").stdout
    held = json.loads(run("candidates", "--status", "curated", "-f", "json").stdout)
    macron = next(i for i in held if (i["type"], i["from"], i["to"]) == ("criticism", "FRA", "RUS"))
    relation = next(r for r in json.loads(criticism) if (r["from"], r["to"]) == ("FRA", "RUS"))
    for command in ("accept", "reject"):
        result = run(command, macron["id"])
        assert result.exit_code == 0
        assert f"{macron['id']}: already in the curated graph as {relation['id']}" in result.stderr
        assert "0 decision(s) recorded" in result.stderr
    assert not (project / "graphs" / "caucasus.review.yaml").exists()
    (project / "graphs" / "caucasus.review.yaml").write_text(
        f"graphx-review: 1\ndecisions:\n  {macron['id']}: accepted\n"
    )
    assert run("stats", "-f", "json").stdout == before
    assert run("relations", "--type", "criticism", "-f", "json").stdout == criticism


def test_paths_are_shown_as_typed_and_ids_taken_in_any_case(project: Path) -> None:
    result = run("extract", "seeds")
    assert result.stderr.startswith("graphs/caucasus.candidates.yaml: ")
    listed = json.loads(run("candidates", "--format", "json", "--status", "unreviewed").stdout)
    accepted = run("accept", listed[0]["id"].upper())
    assert accepted.exit_code == 0 and f"accepted {listed[0]['id']}" in accepted.stderr
    assert accepted.stderr.splitlines()[-1] == "graphs/caucasus.review.yaml: 1 decision(s) recorded"
    assert run("reject", listed[1]["id"][:7].upper()).exit_code == 0


def test_decisions_with_bad_ids_are_warned_about_with_their_place(project: Path) -> None:
    run("extract", "seeds")
    listed = json.loads(run("candidates", "--format", "json", "--status", "unreviewed").stdout)
    (project / "graphs" / "caucasus.review.yaml").write_text(
        f"graphx-review: 1\ndecisions:\n  {listed[0]['id'][:6]}: accepted\n  c-deadbeef00: rejected\n"
    )
    result = run("candidates", "-f", "csv")
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning: ")]
    assert [w.split(": unknown candidate id ")[0] for w in warnings] == [
        "Warning: graphs/caucasus.review.yaml:3:3",
        "Warning: graphs/caucasus.review.yaml:4:3",
    ]
    assert all("decisions need full ids" in w for w in warnings)


def test_accept_and_reject_need_candidates_and_known_ids(project: Path) -> None:
    none_yet = run("accept", "c-0000")
    assert none_yet.exit_code == 2 and "no candidates yet; run `graphx extract` first" in none_yet.stderr
    run("extract", "seeds")
    unknown = run("accept", "c-ffffffffff")
    assert unknown.exit_code == 2 and "unknown candidate id" in unknown.stderr
    (project / "graphs" / "caucasus.review.yaml").write_text("graphx-review: 1\ndecisions: [oops]\n")
    broken = run("candidates")
    assert broken.exit_code == 2
    assert "caucasus.review.yaml:2:12: decisions must be a mapping" in broken.stderr


def test_the_shipped_example_takes_no_decisions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for command in (["accept", "c-0000000000"], ["promote"], ["review", "--no-browser"]):
        result = run(*command)
        assert result.exit_code == 2
        assert "the shipped example is read-only" in result.stderr


def test_an_ambiguous_prefix_lists_its_matches(project: Path) -> None:
    run("extract", "seeds")
    ids = sorted(str(c["id"]) for c in json.loads(run("candidates", "-f", "json").stdout))
    result = run("accept", "c")
    assert result.exit_code == 2
    expected = f"Error: candidate id prefix 'c' is ambiguous: it matches {len(set(ids))} candidates: "
    assert result.stderr.startswith(expected)
    assert all(i in result.stderr for i in ids)
    assert not (project / "graphs" / "caucasus.review.yaml").exists()
    assert run("reject", "c-").exit_code == 2
    short = run("accept", ids[0][:4])
    assert (short.exit_code == 2 and "too short" in short.stderr) or "ambiguous" in short.stderr


def test_candidates_are_listed_most_likely_first(project: Path) -> None:
    run("extract", "seeds")
    listed = json.loads(run("candidates", "-f", "json").stdout)
    confidences = [c["confidence"] for c in listed]
    assert confidences == sorted(confidences, reverse=True)
    rows = run("candidates", "-f", "csv").stdout.splitlines()[1:]
    table = [float(row.split(",")[4]) for row in rows]
    assert table == sorted(table, reverse=True) and len(table) == len({c["id"] for c in listed})
    assert table[0] > table[-1]


def test_promote_dry_run_prints_the_diff_and_writes_nothing(project: Path) -> None:
    run("extract", "seeds")
    turkey = next(c for c in unreviewed() if c["from"] == "TUR")
    assert run("accept", str(turkey["id"])).exit_code == 0
    graph = project / "graphs" / "caucasus.yaml"
    before = graph.read_bytes()
    review = (project / "graphs" / "caucasus.review.yaml").read_bytes()
    result = run("promote", "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("--- a/graphs/caucasus.yaml\n+++ b/graphs/caucasus.yaml\n")
    assert f"+  - id: {turkey['id']}\n" in result.stdout
    assert f"would promote {turkey['id']}: mediation TUR -> RUS & UKR" in result.stderr
    assert graph.read_bytes() == before
    assert (project / "graphs" / "caucasus.review.yaml").read_bytes() == review


def test_promote_writes_relations_and_they_are_not_proposed_again(project: Path) -> None:
    run("extract", "seeds")
    turkey = next(c for c in unreviewed() if c["from"] == "TUR")
    run("accept", str(turkey["id"]))
    relations_before = json.loads(run("relations", "-f", "json").stdout)
    result = run("promote")
    assert result.exit_code == 0, result.stderr
    assert "graphs/caucasus.yaml: 1 relation(s) added" in result.stderr
    assert run("validate").exit_code == 0
    shown = json.loads(run("relations", "--from", "TUR", "-f", "json").stdout)
    assert [(r["id"], r["origin"]) for r in shown] == [(turkey["id"], "curated")]
    assert len(json.loads(run("relations", "-f", "json").stdout)) == len(relations_before)
    assert str(turkey["id"]) not in (project / "graphs" / "caucasus.review.yaml").read_text()
    run("extract", "seeds")
    states = {c["id"]: c["status"] for c in json.loads(run("candidates", "-f", "json").stdout)}
    assert states[turkey["id"]] == "curated"
    again = run("promote")
    assert again.exit_code == 0 and "nothing to promote" in again.stderr


def test_review_serves_until_idle_and_prints_its_url(project: Path) -> None:
    run("extract", "seeds")
    result = run("review", "--no-browser", "--idle-timeout", "0.5")
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("Reviewing graphs/caucasus.yaml at http://127.0.0.1:")
    assert lines[-1] == "review page stopped (idle)"


def test_review_page_answers_while_the_command_runs(project: Path) -> None:
    run("extract", "seeds")
    from graphx.review.server import ReviewServer

    server = ReviewServer(project / "graphs" / "caucasus.yaml", idle_timeout=30)
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        with urllib.request.urlopen(server.url + "api/state", timeout=10) as response:
            state = json.loads(response.read())
        assert state["graph"] == "caucasus.yaml" and state["candidates"]
    finally:
        server.stop()
        thread.join(5)
    assert not thread.is_alive()


def test_review_stops_cleanly_on_ctrl_c(project: Path) -> None:
    run("extract", "seeds")
    process = subprocess.Popen(
        [sys.executable, "-m", "graphx", "review", "--no-browser"],
        cwd=project,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        # Ctrl-C as a terminal sends it, even when the tests run as a background job (which ignores SIGINT)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert process.stderr is not None
    first = process.stderr.readline()
    assert first.startswith("Reviewing graphs/caucasus.yaml at http://127.0.0.1:")
    url = first.split(" at ", 1)[1].strip()
    with urllib.request.urlopen(url + "api/state", timeout=10) as response:
        assert json.loads(response.read())["candidates"]
    process.send_signal(signal.SIGINT)
    rest = process.stderr.read()
    assert process.wait(timeout=30) == 0
    assert rest.splitlines()[-1] == "review page stopped (interrupted)"
