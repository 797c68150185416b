"""Fit the review ranker (graphx/extract/ranking.py) on the real-news corpus and write graphx/data/ranking.yaml.

Only the dev split is used: the holdout third of every batch stays unseen, so that `make accuracy ARGS="--split
holdout"` still measures news the ranker never learned from. Each edge that a co-occurrence proposes below the
default threshold is one example, labelled by the article's gold relations. Each relation type gets its own
logistic model, fitted together with the others by scikit-learn (the `train` extra); the fit is deterministic, so
the same corpus gives the same file.

    make train-ranker                              # fit on every dev article whose text is present
    make train-ranker ARGS="--check"               # leave-one-batch-out: precision at each recall, fixed vs learned
    make train-ranker ARGS="--evaluate --split all --batch ab"   # the shipped ranker on news it never saw
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.accuracy import Article, load_corpus

if TYPE_CHECKING:
    from graphx.extract.ranking import Ranker

ROOT = Path(__file__).resolve().parent.parent
REGULARISATION = 1.0  # scikit-learn's C: the inverse strength of the L2 penalty, chosen on batches left out
RECALLS = (0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


@dataclass
class Examples:
    """One row per scored edge: its features, relation type, whether the gold has it, batch, fixed confidence."""

    rows: list[list[float]]
    types: list[str]
    labels: list[int]
    batches: list[str]
    fixed: list[float]
    gold: dict[str, int]  # gold relations per batch (the recall's denominator, found or not)
    learnable: list[bool]  # proposed by a co-occurrence below the threshold: what the ranker scores
    articles: int = 0


def examples(articles: Sequence[Article], texts: Path) -> Examples:
    """The edges extraction proposes at --min-confidence 0 with fixed tier confidences, with their features."""
    from graphx.extract.confidence import DEFAULT_MIN_CONFIDENCE
    from graphx.extract.cooccurrence import COOCCURRENCE_RULES
    from graphx.extract.document_names import named_actors
    from graphx.extract.documents import read_document
    from graphx.extract.extractor import extract
    from graphx.extract.ranking import edge_features, feature_names
    from graphx.lexicon import build_lexicon

    lexicon = build_lexicon()
    names = feature_names()
    out = Examples([], [], [], [], [], {}, [])
    for article in articles:
        path = texts / f"{article.id}.txt"
        if not path.is_file():
            continue
        document = read_document(str(path))
        out.articles += 1
        date = document.date or article.published or None
        found = extract(document.sentences, lexicon, date, 0.0, learned=False)
        named = named_actors(document.sentences, lexicon, date)
        co_occurring = {e for f in found if f.rule in COOCCURRENCE_RULES for e in f.edges()}
        out.gold[article.batch] = out.gold.get(article.batch, 0) + len(article.gold)
        for edge, values in sorted(edge_features(found, named, document.sentences, lexicon).items()):
            out.rows.append([values[n] for n in names])
            out.types.append(edge[0])
            out.labels.append(int(edge in article.gold))
            out.batches.append(article.batch)
            out.fixed.append(values["confidence"])
            out.learnable.append(edge in co_occurring and values["confidence"] < DEFAULT_MIN_CONFIDENCE)
    return out


Models = dict[str, tuple[list[float], float]]  # relation type: weights in feature order, intercept


def fit(data: Examples, rows: Sequence[int]) -> Models:
    """A model per relation type, fitted together: one L2-regularised logistic regression whose weights are shared
    by all types plus each type's own, so that a type with few relations to learn from leans on the others (a
    ValueError if `rows` lack stated or unstated relations altogether)."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    from graphx.lexicon import TYPES

    labels = [data.labels[i] for i in rows]
    if len(set(labels)) < 2:
        raise ValueError("the examples must hold both stated and unstated relations to fit a ranker")
    width = len(data.rows[rows[0]])
    design = []
    for i in rows:
        row = data.rows[i]
        own = [float(data.types[i] == t) for t in TYPES]
        design.append(row + own + [v * flag for flag in own for v in row])
    model = LogisticRegression(C=REGULARISATION, max_iter=10_000)
    model.fit(design, labels)
    weights = [float(w) for w in model.coef_[0]]
    shared, intercept = weights[:width], float(model.intercept_[0])
    out: Models = {}
    for n, type_ in enumerate(TYPES):
        own_weights = weights[width + len(TYPES) + n * width : width + len(TYPES) + (n + 1) * width]
        out[type_] = ([a + b for a, b in zip(shared, own_weights, strict=True)], intercept + weights[width + n])
    return out


def ranker_of(models: Models) -> Ranker:
    """The extractor's ranker for fitted models."""
    from graphx.extract.ranking import Model, Ranker, feature_names

    names = feature_names()
    return Ranker({t: Model(dict(zip(names, w, strict=True)), b) for t, (w, b) in models.items()})


def _scores(ranker: Ranker, data: Examples, rows: Sequence[int]) -> list[float]:
    from graphx.extract.ranking import feature_names

    names = feature_names()
    return [ranker.score(data.types[i], dict(zip(names, data.rows[i], strict=True))) for i in rows]


def precision_at_recall(scores: Sequence[float], labels: Sequence[int], gold: int) -> list[tuple[float, float, int]]:
    """For each recall level: the precision and length of the shortest ranked list reaching it (0 if none does)."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    out, right, level = [], 0, 0
    for n, i in enumerate(order, 1):
        right += labels[i]
        while level < len(RECALLS) and gold and right >= RECALLS[level] * gold:
            out.append((RECALLS[level], right / n, n))
            level += 1
    out += [(r, 0.0, 0) for r in RECALLS[level:]]
    return out


def comparison(fixed: Sequence[float], learned: Sequence[float], labels: Sequence[int], gold: int) -> str:
    """A table of precision and list length at each recall level, fixed confidences against learned scores."""
    lines = ["| recall | fixed: precision, list length | learned: precision, list length |", "|---|---|---|"]
    fixed_curve = precision_at_recall(fixed, labels, gold)
    learned_curve = precision_at_recall(learned, labels, gold)
    for (r, p1, n1), (_, p2, n2) in zip(fixed_curve, learned_curve, strict=True):
        lines.append(f"| {r:.2f} | {p1:.2f}, {n1} | {p2:.2f}, {n2} |")
    return "\n".join(lines)


def evaluate(data: Examples) -> str:
    """The shipped ranker against the fixed confidences, on whatever articles `data` holds."""
    from graphx.extract.ranking import shipped_ranker

    learned = list(data.fixed)
    rows = [i for i, ok in enumerate(data.learnable) if ok]
    for i, score in zip(rows, _scores(shipped_ranker(), data, rows), strict=True):
        learned[i] = score
    return comparison(data.fixed, learned, data.labels, sum(data.gold.values()))


def check(data: Examples) -> str:
    """Leave-one-batch-out: each batch ranked by models fitted on the others, against the fixed confidences."""
    learned = list(data.fixed)
    for batch in sorted(set(data.batches)):
        train = [i for i, b in enumerate(data.batches) if b != batch and data.learnable[i]]
        ranker = ranker_of(fit(data, train))
        test = [i for i, b in enumerate(data.batches) if b == batch and data.learnable[i]]
        for i, score in zip(test, _scores(ranker, data, test), strict=True):
            learned[i] = score
    return comparison(data.fixed, learned, data.labels, sum(data.gold.values()))


def ranking_yaml(models: Models, articles: int, batches: Sequence[str]) -> str:
    """The ranking file: per relation type, an intercept and one weight per feature in feature order, rounded so
    that the file is stable."""
    from graphx.extract.ranking import feature_names

    lines = [
        "# The review ranker's logistic models (graphx/extract/ranking.py), one per relation type, written by",
        "# `make train-ranker`.",
        f"# Fitted on the dev split of the real-news corpus: {articles} articles, batches {', '.join(batches)}.",
    ]
    for type_, (weights, intercept) in models.items():
        lines += [f"{type_}:", f"  intercept: {intercept:.6f}", "  weights:"]
        lines += [f"    {name}: {weight:.6f}" for name, weight in zip(feature_names(), weights, strict=True)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make train-ranker", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--output", type=Path, default=ROOT / "graphx" / "data" / "ranking.yaml")
    parser.add_argument("--check", action="store_true", help="leave-one-batch-out comparison; writes nothing")
    parser.add_argument("--evaluate", action="store_true", help="score the shipped ranker; writes nothing")
    parser.add_argument("--split", choices=("dev", "holdout", "all"), default="dev", help="with --evaluate")
    parser.add_argument("--batch", action="append", help="only these batches (repeatable)")
    args = parser.parse_args(argv)
    split = args.split if args.evaluate else "dev"  # the holdout is never fitted on
    articles = [
        a for a in load_corpus(args.corpus) if split in ("all", a.split) and (not args.batch or a.batch in args.batch)
    ]
    data = examples(articles, args.corpus / "texts")
    if not data.rows:
        print(f"no article texts in {args.corpus / 'texts'}: nothing to fit")
        return 0
    try:
        if args.evaluate:
            print(evaluate(data))
            return 0
        if args.check:
            print(check(data))
            return 0
        train = [i for i, ok in enumerate(data.learnable) if ok]
        models = fit(data, train)
    except ValueError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    batches = sorted(set(data.batches), key=lambda b: (len(b), b))
    text = ranking_yaml(models, data.articles, batches)
    from graphx.storage.files import write_text_atomic

    write_text_atomic(args.output, text)
    print(f"wrote {args.output}: {len(train)} examples, {sum(data.labels[i] for i in train)} of them relations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
