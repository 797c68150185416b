"""Accuracy of the extractor on the labelled corpora and the seed article: precision and recall per type.

The tests hold accuracy floors; run this file as a script for the full report:
`.venv/bin/python -m tests.extract.test_extract_accuracy`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from tests.paths import FIXTURES, ROOT

EXTRACT_FIXTURES = FIXTURES / "extract"
CORPORA = (EXTRACT_FIXTURES / "corpus", EXTRACT_FIXTURES / "heldout", EXTRACT_FIXTURES / "blind")
SEED = ROOT / "seeds" / "expatica-putin-macron-karabakh.txt"
TYPES = ("criticism", "mediation", "conflict")
Edge = tuple[str, str, str]


def edges_of(found: Iterable[object]) -> set[Edge]:
    """Scored edges: criticism (from, to), mediation (mediator, party), conflict (sorted pair)."""
    out: set[Edge] = set()
    for f in found:
        if f.type == "criticism":  # type: ignore[attr-defined]
            out.add(("criticism", f.source, f.target))  # type: ignore[attr-defined]
        elif f.type == "mediation":  # type: ignore[attr-defined]
            out |= {("mediation", f.source, p) for p in f.parties}  # type: ignore[attr-defined]
        else:
            a, b = sorted(f.parties)  # type: ignore[attr-defined]
            out.add(("conflict", a, b))
    return out


def gold_edges(entry: dict[str, list[list[str]]]) -> set[Edge]:
    out: set[Edge] = set()
    for type_, pairs in entry.items():
        for a, b in pairs:
            first, second = sorted((a, b)) if type_ == "conflict" else (a, b)
            out.add((type_, first, second))
    return out


@dataclass
class Score:
    found: set[Edge] = field(default_factory=set)
    wrong: set[Edge] = field(default_factory=set)
    missed: set[Edge] = field(default_factory=set)

    def add(self, predicted: set[Edge], wanted: set[Edge], name: str) -> None:
        self.found |= {(*e[:1], f"{name}:{e[1]}", e[2]) for e in predicted & wanted}
        self.wrong |= {(*e[:1], f"{name}:{e[1]}", e[2]) for e in predicted - wanted}
        self.missed |= {(*e[:1], f"{name}:{e[1]}", e[2]) for e in wanted - predicted}

    def table(self) -> dict[str, tuple[int, int, int, float, float]]:
        rows = {}
        for t in (*TYPES, "all"):

            def count(s: set[Edge], t: str = t) -> int:
                return sum(1 for e in s if t in (e[0], "all"))

            tp, fp, fn = count(self.found), count(self.wrong), count(self.missed)
            rows[t] = (tp, fp, fn, tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)
        return rows


def predict(path: Path) -> set[Edge]:
    from graphx.extract.documents import read_document
    from graphx.extract.extractor import extract
    from graphx.lexicon import build_lexicon

    document = read_document(str(path))
    from graphx.extract.confidence import DEFAULT_MIN_CONFIDENCE

    found = extract(document.sentences, build_lexicon(), document.date)
    return edges_of(f for f in found if f.confidence >= DEFAULT_MIN_CONFIDENCE)


def score_corpus(folder: Path) -> Score:
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    score = Score()
    for name, entry in sorted(gold.items()):
        score.add(predict(folder / name), gold_edges(entry), name)
    return score


def score_seed() -> Score:
    score = Score()
    score.add(predict(SEED), gold_edges(yaml.safe_load((EXTRACT_FIXTURES / "seed-gold.yaml").read_text())), "seed")
    return score


def report(title: str, score: Score) -> str:
    lines = [f"## {title}", "", "| type | correct | wrong | missed | precision | recall |", "|---|---|---|---|---|---|"]
    for t, (tp, fp, fn, p, r) in score.table().items():
        lines.append(f"| {t} | {tp} | {fp} | {fn} | {p:.2f} | {r:.2f} |")
    for label, edges in (("wrong", score.wrong), ("missed", score.missed)):
        for e in sorted(edges):
            lines.append(f"- {label}: {e[0]} {e[1]} -> {e[2]}")
    return "\n".join(lines) + "\n"


def test_seed_article_all_12_and_nothing_wrong() -> None:
    score = score_seed()
    assert (len(score.found), sorted(score.wrong)) == (12, [])


# Floors per corpus and type: (precision, recall), a little under what the extractor measures, so that a
# regression fails and a wrong relation on a corpus that has none shows up.
# blind/ was written and labelled before the extractor first ran on it. First run (commit d020e33):
#   criticism P 0.86 R 0.57 (12 right, 2 wrong, 9 missed); mediation P 1.00 R 0.27 (6, 0, 16);
#   conflict P 0.00 R 0.00 (0, 1, 5); all P 0.86 R 0.38.
# After general fixes: criticism P 1.00 R 0.90; mediation P 1.00 R 0.45; conflict P 1.00 R 0.80.
# Most blind mediation misses name their parties only as "the two neighbours" / "both governments" or not at all.
FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    "corpus": {"criticism": (1.0, 0.9), "mediation": (1.0, 0.7), "conflict": (1.0, 0.95)},
    "heldout": {"criticism": (1.0, 0.75), "mediation": (1.0, 0.8), "conflict": (1.0, 0.8)},
    "blind": {"criticism": (1.0, 0.9), "mediation": (1.0, 0.7), "conflict": (1.0, 0.75)},
}


@pytest.mark.parametrize("folder", [f for f in CORPORA if (f / "gold.yaml").exists()], ids=lambda f: f.name)
def test_corpus_precision_and_recall_per_type(folder: Path) -> None:
    table = score_corpus(folder).table()
    for type_ in TYPES:
        _, _, _, precision, recall = table[type_]
        min_precision, min_recall = FLOORS.get(folder.name, {}).get(type_, (0.8, 0.5))
        assert precision >= min_precision, (type_, table[type_])
        assert recall >= min_recall, (type_, table[type_])


def main() -> int:
    out = [report("seed article (12 relations of issue 3)", score_seed())]
    for folder in CORPORA:
        if (folder / "gold.yaml").exists():
            out.append(report(f"corpus {folder.name}", score_corpus(folder)))
    sys.stdout.write("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
