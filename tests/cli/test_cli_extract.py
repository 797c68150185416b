"""Extraction from the command line: the JSON contract, the candidates file, formats and errors."""

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


def test_bad_requests_exit_2_with_located_errors(project: Path) -> None:
    missing = run("extract", "seeds/nope.txt")
    assert missing.exit_code == 2
    assert missing.stderr.strip() == "Error: seeds/nope.txt:1:1: no such file or folder"


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


def test_a_malformed_cue_file_is_located_not_a_crash(project: Path) -> None:
    (project / "cues.yaml").write_text("graphx-cues: 1\ncriticism: [lampoon]\nmediation:\n  verbz: [x]\n")
    result = run("extract", "seeds", "--no-save", "--cues", "cues.yaml")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "Error: cues.yaml:2:12: criticism must be a mapping of cue classes, e.g. 'verbs: [slam, rebuke]'",
        "Error: cues.yaml:4:3: unknown cue class 'verbz' for mediation; known: compounds, events, invite_verbs, "
        "need_event, nouns, signals, venues, verbs",
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


def test_min_confidence_filters_and_zero_keeps_every_ranked_candidate(project: Path) -> None:
    def items(*more: str) -> list[dict[str, object]]:
        result = run("extract", "seeds/europe.txt", "--format", "json", "--no-save", *more)
        assert result.exit_code == 0, result.stderr
        return list(json.loads(result.stdout))

    default, everything = items(), items("--min-confidence", "0")
    assert default and len(everything) > len(default)
    assert all(float(str(i["confidence"])) >= 0.5 for i in default)
    assert min(float(str(i["confidence"])) for i in everything) < 0.5
    result = run("extract", "seeds/europe.txt", "--min-confidence", "2")
    assert result.exit_code == 2


def test_date_resolves_relative_days_and_every_row_says_when(project: Path) -> None:
    Path("seeds/monday.txt").write_text("Poland attacked Belarus on Monday.\n", encoding="utf-8")
    result = run("extract", "seeds/monday.txt", "--format", "json", "--no-save", "--date", "2025-06-04")
    assert result.exit_code == 0, result.stderr
    item = json.loads(result.stdout)[0]
    assert (item["event_date"], item["date_precision"], item["published"]) == ("2025-06-02", "day", "2025-06-04")
    result = run("extract", "seeds/monday.txt", "--date", "June 4")
    assert result.exit_code == 2
    assert "--date 'June 4' is not a date" in result.stderr


def test_control_characters_in_an_article_never_break_the_candidates_file(project: Path) -> None:
    Path("seeds/control.txt").write_text("Poland\x7f attacked\x01 Belarus on Monday.\n", encoding="utf-8")
    assert run("extract", "seeds/control.txt").exit_code == 0
    result = run("candidates", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert any("Poland" in str(i["evidence"]) and "\x7f" not in str(i["evidence"]) for i in json.loads(result.stdout))


def test_the_commands_default_threshold_is_the_librarys() -> None:
    import inspect

    from graphx.cli import extract as command
    from graphx.extract.confidence import DEFAULT_MIN_CONFIDENCE

    assert inspect.signature(command.extract).parameters["min_confidence"].default == DEFAULT_MIN_CONFIDENCE
