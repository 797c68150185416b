"""The real-news accuracy scorer (`make accuracy`): it scores what texts are present and skips cleanly without."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from benchmarks import accuracy
from tests.paths import FIXTURES

CORPUS = FIXTURES / "extract" / "corpus"


def corpus_with(tmp_path: Path, texts: bool) -> Path:
    """A one-batch corpus of the written europe.txt fixture, labelled with its gold (a test of the scorer only)."""
    gold = yaml.safe_load((CORPUS / "gold.yaml").read_text(encoding="utf-8"))["europe.txt"]
    batch = {
        "batch": "t",
        "articles": [
            {
                "id": "eu",
                "url": "https://example.org/eu",
                "published": "2024-03-01",
                "region": "europe",
                "dispute": "x",
                "split": "dev",
                "relations": gold,
            },
            {"id": "held", "url": "https://example.org/held", "region": "europe", "dispute": "x", "split": "holdout"},
        ],
    }
    (tmp_path / "batches").mkdir()
    (tmp_path / "batches" / "t.yaml").write_text(yaml.safe_dump(batch), encoding="utf-8")
    if texts:
        (tmp_path / "texts").mkdir()
        shutil.copy(CORPUS / "europe.txt", tmp_path / "texts" / "eu.txt")
    return tmp_path


def test_without_texts_it_says_so_and_succeeds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert accuracy.main(["--corpus", str(corpus_with(tmp_path, texts=False))]) == 0
    assert "no article texts" in capsys.readouterr().out


def test_it_scores_the_texts_present_per_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert accuracy.main(["--corpus", str(corpus_with(tmp_path, texts=True)), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["articles"] == 1 and set(summary["types"]) == {"criticism", "mediation", "conflict", "all"}
    right, _wrong, missed, precision, recall = summary["types"]["all"]
    assert right + missed == sum(
        len(pairs) for pairs in yaml.safe_load((CORPUS / "gold.yaml").read_text())["europe.txt"].values()
    )
    assert 0 <= precision <= 1 and 0 <= recall <= 1 and summary["curve"]


def test_the_holdout_is_never_inspected(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        accuracy.main(["--corpus", str(corpus_with(tmp_path, texts=True)), "--split", "holdout", "--details"])
    assert exited.value.code == 2


def test_conflict_is_scored_as_an_unordered_pair() -> None:
    items = [{"type": "conflict", "from": "UKR", "to": "RUS", "confidence": 0.9}]
    assert accuracy.predicted_edges(items, 0.5) == {("conflict", "RUS", "UKR")}
    assert accuracy.gold_edges({"conflict": [["UKR", "RUS"]]}) == {("conflict", "RUS", "UKR")}
    assert accuracy.predicted_edges(items, 0.95) == set()
