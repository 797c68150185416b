"""Fitting the review ranker (`make train-ranker`): dev articles only, the same file from the same corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from benchmarks import train_ranker
from graphx.extract.ranking import feature_names, parse_ranker
from tests.paths import FIXTURES

FIXTURE = FIXTURES / "extract" / "corpus"
ARTICLES = {"sahel": ("b1", "dev"), "gulf": ("b2", "dev"), "americas": ("b2", "dev"), "asia": ("b1", "holdout")}


def corpus(tmp_path: Path, gold_for: dict[str, str] | None = None, texts: bool = True) -> Path:
    """Fixture texts as a two-batch corpus, each labelled with its fixture gold (or another file's)."""
    gold = yaml.safe_load((FIXTURE / "gold.yaml").read_text(encoding="utf-8"))
    batches: dict[str, list[dict[str, object]]] = {}
    for name, (batch, split) in ARTICLES.items():
        relations = gold[f"{(gold_for or {}).get(name, name)}.txt"]
        batches.setdefault(batch, []).append(
            {"id": name, "url": f"https://example.org/{name}", "published": "2024-03-01", "region": "europe",
             "dispute": "x", "split": split, "relations": relations}
        )  # fmt: skip
    (tmp_path / "batches").mkdir(parents=True)
    for batch, articles in batches.items():
        (tmp_path / "batches" / f"{batch}.yaml").write_text(yaml.safe_dump({"batch": batch, "articles": articles}))
    if texts:
        (tmp_path / "texts").mkdir()
        for name in ARTICLES:
            shutil.copy(FIXTURE / f"{name}.txt", tmp_path / "texts" / f"{name}.txt")
    return tmp_path


def fitted(root: Path) -> str:
    out = root / "ranking.yaml"
    assert train_ranker.main(["--corpus", str(root), "--output", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def test_fitting_writes_a_ranking_file_the_extractor_reads(tmp_path: Path) -> None:
    text = fitted(corpus(tmp_path))
    ranker = parse_ranker(yaml.safe_load(text), "ranking.yaml")
    assert all(list(model.weights) == list(feature_names()) for model in ranker.models.values())
    assert text.index("criticism:") < text.index("mediation:") < text.index("conflict:")
    assert "3 articles, batches b1, b2" in text  # the holdout article is not among them


def test_the_same_corpus_gives_the_same_bytes(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    assert fitted(root) == fitted(root)


def test_holdout_labels_never_reach_the_fit(tmp_path: Path) -> None:
    first = fitted(corpus(tmp_path / "one"))
    assert fitted(corpus(tmp_path / "two", gold_for={"asia": "sahel"})) == first  # a holdout's gold changed
    assert fitted(corpus(tmp_path / "three", gold_for={"gulf": "sahel"})) != first  # a dev article's gold changed


def test_check_and_evaluate_compare_fixed_and_learned_precision_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = corpus(tmp_path)
    assert train_ranker.main(["--corpus", str(root), "--check"]) == 0
    assert train_ranker.main(["--corpus", str(root), "--evaluate", "--split", "all", "--batch", "b1"]) == 0
    out = capsys.readouterr().out
    assert out.count("| recall | fixed: precision, list length | learned: precision, list length |") == 2
    assert "| 0.50 |" in out
    assert sorted(p.name for p in root.iterdir()) == ["batches", "texts"]


def test_without_texts_it_says_so_and_succeeds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert train_ranker.main(["--corpus", str(corpus(tmp_path, texts=False))]) == 0
    assert "no article texts" in capsys.readouterr().out


def test_examples_of_one_label_only_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = corpus(tmp_path, gold_for={"sahel": "asia", "gulf": "asia", "americas": "asia"})
    out = root / "ranking.yaml"
    assert train_ranker.main(["--corpus", str(root), "--output", str(out)]) == 2
    assert capsys.readouterr().err.startswith("Error: the examples must hold both")
    assert not out.exists()


def test_a_type_without_a_relation_to_learn_leans_on_the_others(tmp_path: Path) -> None:
    text = fitted(corpus(tmp_path, gold_for={"gulf": "europe"}))  # no co-occurring mediation or conflict is right
    models = parse_ranker(yaml.safe_load(text), "ranking.yaml").models
    assert models["mediation"] != models["criticism"] != models["conflict"]
    assert all(any(w != 0.0 for w in m.weights.values()) for m in models.values())


def test_precision_at_recall_takes_the_shortest_list_reaching_each_level() -> None:
    curve = dict((r, (p, n)) for r, p, n in train_ranker.precision_at_recall([0.9, 0.8, 0.7, 0.1], [1, 0, 1, 1], 4))
    assert curve[0.5][0] == pytest.approx(2 / 3) and curve[0.5][1] == 3
    assert curve[0.75][0] == pytest.approx(3 / 4) and curve[0.75][1] == 4
    assert curve[0.9] == (0.0, 0)  # one relation of four is never proposed
