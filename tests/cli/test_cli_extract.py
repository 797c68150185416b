"""The review loop from the command line: extract, candidates, accept, reject, and queries afterwards."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from graphx.cli import app
from tests.paths import ROOT

SEED = ROOT / "seeds" / "expatica-putin-macron-karabakh.txt"
CORPUS = ROOT / "tests" / "fixtures" / "extract" / "corpus"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "graphs").mkdir()
    shutil.copy(ROOT / "graphx" / "data" / "caucasus.yaml", tmp_path / "graphs" / "caucasus.yaml")
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds")
    shutil.copy(CORPUS / "europe.txt", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GRAPHX_NO_CACHE", "1")
    return tmp_path


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def test_extract_json_follows_the_contract(project: Path) -> None:
    result = run("extract", "seeds/expatica-putin-macron-karabakh.txt", "--format", "json", "--no-save")
    assert result.exit_code == 0, result.stderr
    items = json.loads(result.stdout)
    for item in items:
        assert {"from", "to", "type", "evidence", "document", "sentence", "confidence"} <= set(item)
        assert item["document"] == "seeds/expatica-putin-macron-karabakh.txt"
    mediation = sorted((i["from"], i["to"]) for i in items if i["type"] == "mediation")
    assert mediation == [("EU", "ARM"), ("EU", "AZE"), ("RUS", "ARM"), ("RUS", "AZE"), ("USA", "ARM"), ("USA", "AZE")]
    assert not (project / "graphs" / "caucasus.candidates.yaml").exists()


def test_extract_saves_candidates_beside_the_graph_and_never_edits_it(project: Path) -> None:
    graph = project / "graphs" / "caucasus.yaml"
    before = graph.read_bytes()
    result = run("extract", "seeds")
    assert result.exit_code == 0, result.stderr
    assert "graphs/caucasus.candidates.yaml" in result.stderr
    assert graph.read_bytes() == before
    first = (project / "graphs" / "caucasus.candidates.yaml").read_bytes()
    assert b"../seeds/europe.txt" in first
    assert run("extract", "seeds").exit_code == 0
    assert (project / "graphs" / "caucasus.candidates.yaml").read_bytes() == first


def test_jobs_and_output_file_give_the_same_bytes(project: Path) -> None:
    assert run("extract", "seeds", "-f", "yaml", "-o", "one.yaml", "--no-save").exit_code == 0
    assert run("extract", "seeds", "-f", "yaml", "-o", "two.yaml", "--no-save", "--jobs", "2").exit_code == 0
    assert (project / "one.yaml").read_bytes() == (project / "two.yaml").read_bytes()
    assert b"graphx-candidates: 1" in (project / "one.yaml").read_bytes()


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


def test_bad_requests_exit_2_with_located_errors(project: Path) -> None:
    missing = run("extract", "seeds/nope.txt")
    assert missing.exit_code == 2
    assert missing.stderr.strip() == "Error: seeds/nope.txt:1:1: no such file or folder"
    assert run("accept", "c-0000").exit_code == 2
    run("extract", "seeds")
    unknown = run("accept", "c-ffffffffff")
    assert unknown.exit_code == 2 and "unknown candidate id" in unknown.stderr
    (project / "graphs" / "caucasus.review.yaml").write_text("graphx-review: 1\ndecisions: [oops]\n")
    broken = run("candidates")
    assert broken.exit_code == 2
    assert "caucasus.review.yaml:2:12: decisions must be a mapping" in broken.stderr


def test_no_progress_bar_when_output_is_not_a_terminal(project: Path) -> None:
    for n in range(6):
        (project / "seeds" / f"copy{n}.txt").write_text("France condemned Iran.\n")
    result = run("extract", "seeds", "--no-save", "-f", "csv")
    assert result.exit_code == 0
    assert "Extracting" not in result.stderr
    assert result.stdout.startswith("id,type,from,to,confidence,evidence\n")


def test_the_shipped_example_is_never_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(SEED, tmp_path / "seed.txt")
    result = run("extract", "seed.txt", "-f", "md")
    assert result.exit_code == 0 and "not saving" in result.stderr
    assert result.stdout.startswith("| id | type | from | to | confidence | evidence |")
    assert run("accept", "c-0000000000").exit_code == 2


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


def test_a_malformed_cue_file_is_located_not_a_crash(project: Path) -> None:
    (project / "cues.yaml").write_text("graphx-cues: 1\ncriticism: [lampoon]\nmediation:\n  verbz: [x]\n")
    result = run("extract", "seeds", "--no-save", "--cues", "cues.yaml")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "Error: cues.yaml:2:12: criticism must be a mapping of cue classes, e.g. 'verbs: [slam, rebuke]'",
        "Error: cues.yaml:4:3: unknown cue class 'verbz' for mediation; known: compounds, events, invite_verbs, "
        "need_event, nouns, verbs",
    ]


def test_markdown_list_items_are_sentences_of_their_own(project: Path) -> None:
    (project / "news.md").write_text("- Talks stalled\n- Serbia condemned Kosovo over the incident.\n")
    items = json.loads(run("extract", "news.md", "--no-save", "-f", "json").stdout)
    assert [(i["from"], i["to"], i["evidence"], i["sentence"]) for i in items] == [
        ("SRB", "XKX", "Serbia condemned Kosovo over the incident.", 1)
    ]


def test_a_folder_without_documents_is_an_error(project: Path) -> None:
    (project / "drafts").mkdir()
    result = run("extract", "drafts")
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: drafts: no documents (.txt, .md, .html) found"


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
