"""Extraction accuracy on the real-news corpus: precision, recall and F1 per type, region and batch.

The corpus (corpus/batches/*.yaml) commits each article's URL, date, region, dispute, split and gold
relations; the texts are other people's writing and stay in the git-ignored corpus/texts/. Where no
text is present (as in CI) there is nothing to score and the run says so and exits 0.

    make accuracy                          # dev split, default threshold, precision-recall curve
    make accuracy ARGS="--split holdout"   # the untouched third: score it once
    make accuracy ARGS="--details"         # dev only: every wrong and missed relation

Extraction runs through the `graphx extract --format json` contract, in process, on a graph with no
actors of its own, so that only the shipped lexicon names actors.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from benchmarks import corpus_texts

TYPES = ("criticism", "mediation", "conflict")
THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
Edge = tuple[str, str, str]


@dataclass(frozen=True)
class Article:
    """One labelled article of a batch."""

    id: str
    batch: str
    url: str
    published: str
    region: str
    dispute: str
    split: str
    gold: frozenset[Edge]


@dataclass
class Tally:
    """Counts of right, wrong and missed relations."""

    right: int = 0
    wrong: int = 0
    missed: int = 0

    def add(self, predicted: set[Edge], gold: frozenset[Edge]) -> None:
        self.right += len(predicted & gold)
        self.wrong += len(predicted - gold)
        self.missed += len(gold - predicted)

    @property
    def precision(self) -> float:
        return self.right / (self.right + self.wrong) if self.right + self.wrong else 1.0

    @property
    def recall(self) -> float:
        return self.right / (self.right + self.missed) if self.right + self.missed else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Tallies by type, by region and by batch."""

    by_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_region: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_batch: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))

    def add(self, article: Article, predicted: set[Edge]) -> None:
        for type_ in TYPES:
            self.by_type[type_].add(_of(predicted, type_), frozenset(_of(set(article.gold), type_)))
        self.by_type["all"].add(predicted, article.gold)
        self.by_region[article.region].add(predicted, article.gold)
        self.by_batch[article.batch].add(predicted, article.gold)


def _of(edges: set[Edge], type_: str) -> set[Edge]:
    return {e for e in edges if e[0] == type_}


def gold_edges(relations: dict[str, list[list[str]]] | None) -> frozenset[Edge]:
    """Scored edges of a gold entry: criticism and mediation ordered, conflict as a sorted pair."""
    out: set[Edge] = set()
    for type_, pairs in (relations or {}).items():
        for a, b in pairs:
            first, second = sorted((a, b)) if type_ == "conflict" else (a, b)
            out.add((type_, first, second))
    return frozenset(out)


def load_corpus(root: Path) -> list[Article]:
    """Every article of every batch file, in file order."""
    articles = []
    for path in sorted((root / "batches").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in data.get("articles", []):
            articles.append(
                Article(
                    id=entry["id"],
                    batch=str(data.get("batch", path.stem)),
                    url=entry["url"],
                    published=str(entry.get("published", "")),
                    region=entry["region"],
                    dispute=entry["dispute"],
                    split=entry.get("split", "dev"),
                    gold=gold_edges(entry.get("relations")),
                )
            )
    return articles


def predicted_edges(items: Iterable[dict[str, object]], threshold: float) -> set[Edge]:
    """Scored edges of `graphx extract --format json` items at or above a confidence threshold."""
    out: set[Edge] = set()
    for item in items:
        confidence = item.get("confidence")
        if isinstance(confidence, (int, float)) and confidence < threshold:
            continue
        type_, a, b = str(item["type"]), str(item["from"]), str(item["to"])
        first, second = sorted((a, b)) if type_ == "conflict" else (a, b)
        out.add((type_, first, second))
    return out


class Extractor:
    """Runs `graphx extract --format json` in process on one article at a time."""

    def __init__(self) -> None:
        from typer.testing import CliRunner

        from graphx.cli import app

        self._app = app
        self._runner = CliRunner()
        help_text = self._runner.invoke(app, ["extract", "--help"], terminal_width=200).output
        self.has_date = "--date" in help_text
        self.has_min_confidence = "--min-confidence" in help_text
        folder = Path(tempfile.mkdtemp(prefix="graphx-accuracy-"))
        self._graph = folder / "empty.yaml"
        self._graph.write_text("graphx: 1\ntitle: accuracy\n", encoding="utf-8")

    def run(self, text_path: Path, published: str) -> list[dict[str, object]]:
        args = ["extract", str(text_path), "--format", "json", "--no-save", "--graph", str(self._graph)]
        if self.has_date and published:
            args += ["--date", published]
        if self.has_min_confidence:
            args += ["--min-confidence", "0"]
        result = self._runner.invoke(self._app, args)
        if result.exit_code == 1:  # a valid question with no answer: nothing found
            return []
        if result.exit_code != 0:
            raise RuntimeError(f"{text_path}: graphx extract exited {result.exit_code}: {result.output[-500:]}")
        start = result.stdout.find("[")
        items: list[dict[str, object]] = json.loads(result.stdout[start:]) if start >= 0 else []
        return items


def unchanged(root: Path, articles: list[Article]) -> list[Article]:
    """The articles whose text is the one labelled; the others are named on stderr and left out."""
    differing = changed_texts(root, articles)
    if differing:
        verb = "differs" if len(differing) == 1 else "differ"
        print(
            f"accuracy: {len(differing)} text{'s' * (len(differing) != 1)} {verb} from the text labelled, left out: "
            f"{', '.join(sorted(differing))} (python -m benchmarks.corpus_texts status)",
            file=sys.stderr,
        )
    return [a for a in articles if a.id not in differing]


def changed_texts(root: Path, articles: Iterable[Article]) -> set[str]:
    """Ids whose text differs from the digest recorded when it was labelled: its gold may not fit it."""
    recorded = corpus_texts.read_digests(root)
    return {
        a.id
        for a in articles
        if a.id in recorded and corpus_texts.digest(root / "texts" / f"{a.id}.txt") != recorded[a.id]
    }


def default_threshold() -> float:
    """The extractor's default --min-confidence (0 when it has none)."""
    import inspect

    from graphx.cli import extract as command

    parameter = inspect.signature(command.extract).parameters.get("min_confidence")
    default = getattr(parameter, "default", None) if parameter else None
    return float(default) if isinstance(default, (int, float)) else 0.0


def _rows(tallies: dict[str, Tally]) -> Iterator[str]:
    for name, t in tallies.items():
        yield (f"| {name} | {t.right} | {t.wrong} | {t.missed} | {t.precision:.2f} | {t.recall:.2f} | {t.f1:.2f} |")


def table(title: str, tallies: dict[str, Tally]) -> str:
    head = (
        f"### {title}\n\n| {title.split()[-1]} | right | wrong | missed | P | R | F1 |\n|---|---|---|---|---|---|---|\n"
    )
    return head + "\n".join(_rows(tallies)) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make accuracy", description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "holdout", "all"), default="dev")
    parser.add_argument("--batch", action="append", help="only these batches (repeatable)")
    parser.add_argument("--details", action="store_true", help="list wrong and missed relations (dev only)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--corpus", default=os.environ.get("GRAPHX_CORPUS", "corpus"))
    args = parser.parse_args(argv)
    if args.details and args.split != "dev":
        parser.error("--details is for the dev split only: the holdout is scored, never inspected")
    root = Path(args.corpus)
    articles = [
        a
        for a in load_corpus(root)
        if (args.split == "all" or a.split == args.split) and (not args.batch or a.batch in args.batch)
    ]
    present = [a for a in articles if (root / "texts" / f"{a.id}.txt").is_file()]
    present = unchanged(root, present)
    if not present:
        print(
            f"accuracy: no article texts under {root / 'texts'} ({len(articles)} labelled articles; "
            "texts are not committed), nothing to score"
        )
        return 0
    extractor = Extractor()
    threshold = default_threshold()
    outputs = {a.id: extractor.run(root / "texts" / f"{a.id}.txt", a.published) for a in present}
    scores = Scores()
    details = []
    for a in present:
        predicted = predicted_edges(outputs[a.id], threshold)
        scores.add(a, predicted)
        for label, edges in (("wrong", predicted - a.gold), ("missed", a.gold - predicted)):
            details += [f"- {label}: {a.id}: {e[0]} {e[1]} -> {e[2]}" for e in sorted(edges)]
    curve = {}
    if extractor.has_min_confidence:
        for t in THRESHOLDS:
            tally = Tally()
            for a in present:
                tally.add(predicted_edges(outputs[a.id], t), a.gold)
            curve[t] = tally
    if args.json:
        summary = {
            "split": args.split,
            "articles": len(present),
            "threshold": threshold,
            "types": {
                k: [v.right, v.wrong, v.missed, round(v.precision, 3), round(v.recall, 3)]
                for k, v in scores.by_type.items()
            },
            "curve": {str(t): [round(v.precision, 3), round(v.recall, 3)] for t, v in curve.items()},
        }
        print(json.dumps(summary, indent=1))
        return 0
    missing = len(articles) - len(present)
    print(
        f"## Extraction accuracy: {args.split} split, {len(present)} article{'s' * (len(present) != 1)}"
        + (f" ({missing} labelled articles have no text here)" if missing else "")
        + f", threshold {threshold:g}\n"
    )
    print(table("by type", scores.by_type))
    print(table("by region", dict(sorted(scores.by_region.items()))))
    print(table("by batch", dict(sorted(scores.by_batch.items()))))
    if curve:
        print("### precision-recall over --min-confidence (all types)\n")
        print("| min confidence | P | R | F1 |\n|---|---|---|---|")
        for t, tally in curve.items():
            print(f"| {t:.1f} | {tally.precision:.2f} | {tally.recall:.2f} | {tally.f1:.2f} |")
        print()
    if args.details:
        print("### wrong and missed\n")
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
