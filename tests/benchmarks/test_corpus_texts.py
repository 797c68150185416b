"""The corpus's texts: status, what to fetch again, recorded digests, and the check that a text is the one labelled."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import yaml

from benchmarks import accuracy, corpus_texts


def two_articles(tmp_path: Path) -> Path:
    """A corpus of two articles, only the first with a saved text."""
    batch = {
        "batch": "t",
        "articles": [
            {"id": "one", "url": "https://example.org/1", "query": "first query", "region": "europe", "dispute": "x"},
            {"id": "two", "url": "https://example.org/2", "query": "second query", "region": "africa", "dispute": "y"},
        ],
    }
    (tmp_path / "batches").mkdir()
    (tmp_path / "batches" / "t.yaml").write_text(yaml.safe_dump(batch), encoding="utf-8")
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "one.txt").write_text("Saved text.", encoding="utf-8")
    return tmp_path


def test_missing_lists_what_to_fetch_again_with_url_and_query(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = two_articles(tmp_path)
    assert corpus_texts.main(["missing", "--corpus", str(root)]) == 0
    assert capsys.readouterr().out.splitlines() == ["id\turl\tquery", "two\thttps://example.org/2\tsecond query"]


def test_record_adds_digests_in_sha256sum_format_and_never_replaces_one(tmp_path: Path) -> None:
    root = two_articles(tmp_path)
    assert corpus_texts.record(root) == ["one"]
    line = (root / corpus_texts.DIGESTS).read_text(encoding="utf-8")
    assert line == f"{corpus_texts.digest(root / 'texts' / 'one.txt')}  one.txt\n"
    (root / "texts" / "one.txt").write_text("Another text.", encoding="utf-8")
    (root / "texts" / "two.txt").write_text("Second.", encoding="utf-8")
    assert corpus_texts.record(root) == ["two"]
    assert (root / corpus_texts.DIGESTS).read_text(encoding="utf-8").splitlines()[0] == line.strip()


def test_check_fails_on_a_text_that_differs_from_the_one_labelled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = two_articles(tmp_path)
    corpus_texts.record(root)
    assert corpus_texts.main(["check", "--corpus", str(root)]) == 0
    (root / "texts" / "one.txt").write_text("Saved text, edited.", encoding="utf-8")
    assert corpus_texts.main(["check", "--corpus", str(root)]) == 1
    assert "differs from the labelled text: one.txt" in capsys.readouterr().err


def test_status_counts_per_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = two_articles(tmp_path)
    assert corpus_texts.main(["status", "--corpus", str(root)]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[-2:] == ["| t | 2 | 1 | 1 | 0 | 1 |", "| all | 2 | 1 | 1 | 0 | 1 |"]


def test_a_malformed_digest_file_is_an_error_with_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = two_articles(tmp_path)
    (root / corpus_texts.DIGESTS).write_text("not a digest\n", encoding="utf-8")
    assert corpus_texts.main(["status", "--corpus", str(root)]) == 2
    assert capsys.readouterr().err.startswith(f"Error: {root / corpus_texts.DIGESTS}:1:1:")


def test_accuracy_leaves_out_a_text_that_differs_from_the_one_labelled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = two_articles(tmp_path)
    corpus_texts.record(root)
    (root / "texts" / "one.txt").write_text("Saved text, edited later.", encoding="utf-8")
    assert accuracy.main(["--corpus", str(root)]) == 0
    captured = capsys.readouterr()
    assert "no article texts" in captured.out
    assert "1 text differs from the text labelled, left out: one" in captured.err


def test_save_writes_an_excerpt_that_matches_its_digest_decoded_exactly(tmp_path: Path) -> None:
    root = two_articles(tmp_path)
    text = 'Second text.\n\nWith\u00a0a non-breaking space and "quotes".\n'
    (root / corpus_texts.DIGESTS).write_text(
        f"{hashlib.sha256(text.encode()).hexdigest()}  two.txt\n", encoding="utf-8"
    )
    excerpt = tmp_path / "excerpt.json"
    excerpt.write_text(json.dumps(text), encoding="utf-8")  # as the search tool returns it: a JSON string
    assert corpus_texts.main(["save", "two", str(excerpt), "--corpus", str(root)]) == 0
    assert (root / "texts" / "two.txt").read_bytes() == text.encode("utf-8")


def test_save_refuses_a_copy_that_differs_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = two_articles(tmp_path)
    (root / corpus_texts.DIGESTS).write_text(f"{'0' * 64}  two.txt\n", encoding="utf-8")
    excerpt = tmp_path / "excerpt.json"
    excerpt.write_text(json.dumps("Another version."), encoding="utf-8")
    assert corpus_texts.main(["save", "two", str(excerpt), "--corpus", str(root)]) == 1
    assert not (root / "texts" / "two.txt").exists()
    assert "differs" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("digests", "excerpt", "message"),
    [
        ("", '"A text."', "no digest is recorded"),
        (f"{'0' * 64}  two.txt\n", '"unterminated', "no JSON string"),
    ],
)
def test_save_without_a_digest_or_a_json_string_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], digests: str, excerpt: str, message: str
) -> None:
    root = two_articles(tmp_path)
    (root / corpus_texts.DIGESTS).write_text(digests, encoding="utf-8")
    source = tmp_path / "excerpt.json"
    source.write_text(excerpt, encoding="utf-8")
    assert corpus_texts.main(["save", "two", str(source), "--corpus", str(root)]) == 2
    assert message in capsys.readouterr().err


def test_plan_deals_the_checkable_missing_texts_holdout_first(tmp_path: Path) -> None:
    batch = {
        "batch": "t",
        "articles": [
            {"id": f"a{k}", "url": f"https://example.org/{k}", "query": f"q{k}", "region": "europe", "dispute": "x"}
            | ({"split": "holdout"} if k in (2, 4) else {})
            for k in range(1, 7)
        ],
    }
    (tmp_path / "batches").mkdir()
    (tmp_path / "batches" / "t.yaml").write_text(yaml.safe_dump(batch), encoding="utf-8")
    recorded = "".join(f"{'0' * 64}  a{k}.txt\n" for k in range(1, 6))  # a6 has no digest: it could not be checked
    (tmp_path / corpus_texts.DIGESTS).write_text(recorded, encoding="utf-8")
    folder = tmp_path / "plan"
    assert corpus_texts.main(["plan", "2", str(folder), "--corpus", str(tmp_path)]) == 0
    lists = [(folder / f"list{k}.tsv").read_text(encoding="utf-8").splitlines() for k in (1, 2)]
    assert [row.split("\t")[0] for row in lists[0][1:]] == ["a2", "a1", "a5"]
    assert [row.split("\t")[0] for row in lists[1][1:]] == ["a4", "a3"]
    assert lists[0][0] == "id\turl\tquery"


def test_plan_needs_a_count_and_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = two_articles(tmp_path)
    assert corpus_texts.main(["plan", "none", str(tmp_path), "--corpus", str(root)]) == 2
    assert capsys.readouterr().err.startswith("Error: plan needs")
