"""How far two labellers agree: the corpus's gold against a second, blind labelling of some of its articles.

The second labels (corpus/agreement/*.yaml, relations only) are scored as if they were an extractor's output
against the batch files' gold: per type, the relations both hold, those only the first labeller gave and those only
the second gave, with the second's precision and recall against the first. It tells whether the extractor's missed
relations are missed by a second careful reader too, that is, how much of the recall gap is the labels'.

    python -m benchmarks.agreement                 # every file in corpus/agreement/
    python -m benchmarks.agreement --labels FILE   # one file
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

from benchmarks.accuracy import Article, Tally, gold_edges, load_corpus

ROOT = Path(__file__).resolve().parent.parent
TYPES = ("criticism", "mediation", "conflict")


def second_labels(path: Path) -> dict[str, frozenset[tuple[str, str, str]]]:
    """The relations of each article a second-labels file holds, by article id (a ValueError names a bad entry)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise ValueError(f"{path}: a second-labels file is a mapping with a list of 'articles'")
    out: dict[str, frozenset[tuple[str, str, str]]] = {}
    for n, entry in enumerate(data["articles"], 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise ValueError(f"{path}: article {n} has no id")
        if entry["id"] in out:
            raise ValueError(f"{path}: article {entry['id']} is labelled twice")
        relations = entry.get("relations") or {}
        if not isinstance(relations, dict) or not all(
            t in TYPES and isinstance(pairs, list) and all(_is_pair(p) for p in pairs) for t, pairs in relations.items()
        ):
            raise ValueError(f"{path}: article {entry['id']}: relations map a type to a list of [from, to] pairs")
        out[entry["id"]] = gold_edges(relations)
    return out


def _is_pair(pair: object) -> bool:
    return isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)


def agreement(articles: Sequence[Article], second: dict[str, frozenset[tuple[str, str, str]]]) -> dict[str, Tally]:
    """Per type and for all, the second labels scored against the first: right = both, wrong = second only, missed =
    first only (a ValueError names an id the corpus lacks)."""
    first = {a.id: a.gold for a in articles}
    unknown = sorted(set(second) - set(first))
    if unknown:
        raise ValueError(f"articles not in the corpus: {', '.join(unknown)}")
    tallies = {t: Tally() for t in (*TYPES, "all")}
    for article_id, edges in sorted(second.items()):
        for type_ in TYPES:
            tallies[type_].add(
                {e for e in edges if e[0] == type_}, frozenset(e for e in first[article_id] if e[0] == type_)
            )
        tallies["all"].add(set(edges), first[article_id])
    return tallies


def table(tallies: dict[str, Tally], articles: int) -> str:
    """The agreement as a Markdown table."""
    lines = [
        f"## Two labellers on {articles} articles: the second against the first",
        "",
        "| type | both | first only | second only | second's P | second's R |",
        "|---|---|---|---|---|---|",
    ]
    for name, t in tallies.items():
        lines.append(f"| {name} | {t.right} | {t.missed} | {t.wrong} | {t.precision:.2f} | {t.recall:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.agreement", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--labels", type=Path, action="append", help="a second-labels file (repeatable)")
    args = parser.parse_args(argv)
    files = args.labels or sorted((args.corpus / "agreement").glob("*.yaml"))
    if not files:
        print(f"no second labels in {args.corpus / 'agreement'}: nothing to compare")
        return 0
    try:
        second: dict[str, frozenset[tuple[str, str, str]]] = {}
        for path in files:
            second.update(second_labels(path))
        tallies = agreement(load_corpus(args.corpus), second)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    print(table(tallies, len(second)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
