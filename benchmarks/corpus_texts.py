"""The corpus's article texts: which are here, which are missing, and whether each is the text that was labelled.

The texts are other people's writing and are never committed, so a new machine starts without them. What is
committed lets them be fetched again and checked: each article's URL and the search query that finds it (in the
batch files), and the SHA-256 of each saved text (`corpus/texts.sha256`, in `sha256sum` format, so that
`cd corpus/texts && sha256sum -c ../texts.sha256` works too). A digest says nothing of the text it was made from.

    python -m benchmarks.corpus_texts status            # per batch: present, missing, differing from the labelled text
    python -m benchmarks.corpus_texts missing > todo.tsv # id, url, query of every missing text: a list to fetch again
    python -m benchmarks.corpus_texts record            # add the digests of present texts not yet recorded
    python -m benchmarks.corpus_texts check             # exit 1 when a present text differs from its recorded digest
    python -m benchmarks.corpus_texts save ID FILE      # FILE: a search result's excerpt as returned (a JSON string);
                                                        # saved as texts/ID.txt only if it matches ID's digest
    python -m benchmarks.corpus_texts plan N DIR [--first B ...]  # the missing texts that can be checked, as N
                                                        # lists for N helpers: batches B's holdout, other holdout, dev
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

DIGESTS = "texts.sha256"


@dataclass(frozen=True)
class Entry:
    """What the batch files say of one article's text: where it came from and how to find it again."""

    id: str
    batch: str
    url: str
    query: str
    split: str = "dev"


@dataclass(frozen=True)
class State:
    """The texts of a corpus compared with its batch files and recorded digests."""

    present: frozenset[str]
    missing: tuple[Entry, ...]
    differing: frozenset[str]  # present, with a recorded digest that does not match
    unrecorded: frozenset[str]  # present, with no digest recorded yet


def entries(root: Path) -> list[Entry]:
    """Every article of every batch file, in file order."""
    out = []
    for path in sorted((root / "batches").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        batch = str(data.get("batch", path.stem))
        for item in data.get("articles", []):
            query, split = str(item.get("query", "")), str(item.get("split", "dev"))
            out.append(Entry(str(item["id"]), batch, str(item["url"]), query, split))
    return out


def digest(path: Path) -> str:
    """The SHA-256 of a file's bytes, in hex."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_digests(root: Path) -> dict[str, str]:
    """Recorded digests by article id; an absent file records none."""
    path = root / DIGESTS
    if not path.is_file():
        return {}
    out = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        value, _, name = line.partition("  ")
        if len(value) != 64 or not name.endswith(".txt"):
            raise ValueError(f"{path}:{number}:1: expected '<sha256>  <id>.txt', got {line[:80]!r}")
        out[name.removesuffix(".txt")] = value
    return out


def write_digests(root: Path, digests: dict[str, str]) -> None:
    """Write the digest file atomically, sorted by id."""
    text = "".join(f"{digests[key]}  {key}.txt\n" for key in sorted(digests))
    path = root / DIGESTS
    handle, temporary = tempfile.mkstemp(dir=root, prefix=f".{DIGESTS}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def state(root: Path, articles: Sequence[Entry] | None = None) -> State:
    """Which texts of `articles` (all by default) are here, missing, differing or not yet recorded."""
    articles = entries(root) if articles is None else articles
    recorded = read_digests(root)
    present, differing, unrecorded, missing = set(), set(), set(), []
    for entry in articles:
        path = root / "texts" / f"{entry.id}.txt"
        if not path.is_file():
            missing.append(entry)
            continue
        present.add(entry.id)
        if entry.id not in recorded:
            unrecorded.add(entry.id)
        elif digest(path) != recorded[entry.id]:
            differing.add(entry.id)
    return State(frozenset(present), tuple(missing), frozenset(differing), frozenset(unrecorded))


def record(root: Path, articles: Sequence[Entry] | None = None) -> list[str]:
    """Record the digests of present texts of `articles` (all by default) that have none yet; a recorded digest is
    never replaced."""
    recorded = read_digests(root)
    articles = entries(root) if articles is None else articles
    added = [e.id for e in articles if e.id not in recorded and (root / "texts" / f"{e.id}.txt").is_file()]
    if added:
        write_digests(root, {**recorded, **{key: digest(root / "texts" / f"{key}.txt") for key in added}})
    return added


class Mismatch(ValueError):
    """A fetched text that is not the one labelled: its digest differs from the recorded one."""


def save_excerpt(root: Path, ident: str, excerpt: str) -> Path:
    """Save a search result's excerpt, given as the JSON string literal the tool returns (quotes and escapes kept),
    as the text of article `ident`, atomically, only if it matches the digest recorded for it (`Mismatch` if not;
    `ValueError` if no digest is recorded or the excerpt is no JSON string)."""
    recorded = read_digests(root).get(ident)
    if recorded is None:
        raise ValueError(f"no digest is recorded for {ident}: nothing to check the text against")
    raw = excerpt.strip()
    try:
        text = json.loads(raw if raw.startswith('"') else f'"{raw}"')
    except json.JSONDecodeError as error:
        raise ValueError(f"the excerpt is no JSON string: {error}") from error
    if not isinstance(text, str):
        raise ValueError("the excerpt is no JSON string")
    data = text.encode("utf-8")
    if hashlib.sha256(data).hexdigest() != recorded:
        raise Mismatch(f"{ident}: this copy differs from the labelled text (try another stored version)")
    folder = root / "texts"
    folder.mkdir(exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{ident}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, folder / f"{ident}.txt")
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return folder / f"{ident}.txt"


def plan(found: State, recorded: Iterable[str], lists: int, first: Iterable[str] = ()) -> list[list[Entry]]:
    """The missing texts with a recorded digest (the only ones a fetch can check), dealt round-robin into `lists`
    lists so that each starts with what matters most: the holdout thirds of the `first` batches (those never read,
    say), then the other holdout thirds, then the dev thirds."""
    checkable, leading = set(recorded), set(first)
    rows = [e for e in found.missing if e.id in checkable]
    rows.sort(key=lambda e: (e.split != "holdout" or e.batch not in leading, e.split != "holdout", e.id))
    return [rows[k::lists] for k in range(lists)]


def write_plan(folder: Path, lists: list[list[Entry]]) -> list[Path]:
    """Write each list as `list<K>.tsv` (id, url, query) in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, rows in enumerate(lists, 1):
        path = folder / f"list{number}.tsv"
        path.write_text("id\turl\tquery\n" + "".join(f"{e.id}\t{e.url}\t{e.query}\n" for e in rows), encoding="utf-8")
        paths.append(path)
    return paths


def status_lines(found: State, articles: Iterable[Entry]) -> list[str]:
    """A table per batch: articles, texts present, missing, differing, not recorded."""
    totals: dict[str, Counter[str]] = {}
    for entry in articles:
        count = totals.setdefault(entry.batch, Counter())
        count["articles"] += 1
        count["present"] += entry.id in found.present
        count["differing"] += entry.id in found.differing
        count["unrecorded"] += entry.id in found.unrecorded
    lines = ["| batch | articles | present | missing | differing | not recorded |", "|---|---|---|---|---|---|"]
    whole: Counter[str] = Counter()
    for batch, count in sorted(totals.items()):
        whole.update(count)
        lines.append(_row(batch, count))
    lines.append(_row("all", whole))
    return lines


def _row(name: str, count: Counter[str]) -> str:
    missing = count["articles"] - count["present"]
    cells = (count["articles"], count["present"], missing, count["differing"], count["unrecorded"])
    return f"| {name} | " + " | ".join(str(c) for c in cells) + " |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.corpus_texts", description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("status", "missing", "record", "check", "save", "plan"))
    parser.add_argument("rest", nargs="*", metavar="ARG", help="save: ID FILE; plan: N DIR")
    parser.add_argument("--first", action="append", default=[], help="plan: a batch whose holdout comes first")
    parser.add_argument("--corpus", default=os.environ.get("GRAPHX_CORPUS", "corpus"))
    args = parser.parse_args(argv)
    root = Path(args.corpus)
    if args.action == "save":
        return _save(root, args.rest)
    if args.action == "plan":
        return _plan(root, args.rest, args.first)
    try:
        articles = entries(root)
        if args.action == "record":
            added = record(root, articles)
            print(f"recorded {len(added)} digest{'s' * (len(added) != 1)} in {root / DIGESTS}")
            return 0
        found = state(root, articles)
    except (OSError, ValueError, yaml.YAMLError) as error:
        print(f"Error: {error}", file=sys.stderr)
        return 2
    if args.action == "missing":
        print("id\turl\tquery")
        for entry in found.missing:
            print(f"{entry.id}\t{entry.url}\t{entry.query}")
    elif args.action == "status":
        print("\n".join(status_lines(found, articles)))
    for key in sorted(found.differing):
        print(f"differs from the labelled text: {key}.txt", file=sys.stderr)
    return 1 if args.action == "check" and found.differing else 0


def _plan(root: Path, arguments: list[str], first: list[str]) -> int:
    """The plan action: 0 with the lists written, 2 on a usage or input error."""
    if len(arguments) != 2 or not arguments[0].isdigit() or int(arguments[0]) < 1:
        print("Error: plan needs a number of lists (1 or more) and a folder to write them in", file=sys.stderr)
        return 2
    try:
        found = state(root)
        lists = plan(found, read_digests(root), int(arguments[0]), first)
        paths = write_plan(Path(arguments[1]), lists)
    except (OSError, ValueError, yaml.YAMLError) as error:
        print(f"Error: {error}", file=sys.stderr)
        return 2
    for path, rows in zip(paths, lists, strict=True):
        print(f"{path}: {len(rows)} texts")
    return 0


def _save(root: Path, arguments: list[str]) -> int:
    """The save action: 0 saved, 1 a copy that differs from the labelled text, 2 a usage or input error."""
    if len(arguments) != 2:
        print("Error: save needs an article id and the file holding its excerpt", file=sys.stderr)
        return 2
    ident, source = arguments
    try:
        path = save_excerpt(root, ident, Path(source).read_text(encoding="utf-8"))
    except Mismatch as error:
        print(f"differs: {error}", file=sys.stderr)
        return 1
    except (OSError, UnicodeDecodeError, ValueError) as error:
        print(f"Error: {error}", file=sys.stderr)
        return 2
    print(f"saved {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
