"""Two labellers compared (`python -m benchmarks.agreement`): the gold against a second, blind labelling."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from benchmarks import agreement
from benchmarks.accuracy import load_corpus

FIRST = {
    "a1": {"criticism": [["IND", "PAK"]], "conflict": [["PAK", "IND"]]},
    "a2": {"mediation": [["QAT", "ISR"], ["QAT", "HAMAS"]]},
}


def corpus(tmp_path: Path, second: object) -> Path:
    """A one-batch corpus with the first labels above and a second-labels file holding `second`."""
    articles = [
        {"id": i, "url": f"https://example.org/{i}", "published": "2025-01-01", "region": "south-asia",
         "dispute": "x", "split": "dev", "relations": relations}
        for i, relations in FIRST.items()
    ]  # fmt: skip
    (tmp_path / "batches").mkdir()
    (tmp_path / "batches" / "b1.yaml").write_text(yaml.safe_dump({"batch": "b1", "articles": articles}))
    (tmp_path / "agreement").mkdir()
    (tmp_path / "agreement" / "second.yaml").write_text(yaml.safe_dump(second))
    return tmp_path


def test_the_second_labels_are_scored_against_the_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    second = {
        "articles": [
            {"id": "a1", "relations": {"criticism": [["IND", "PAK"], ["PAK", "IND"]], "conflict": [["IND", "PAK"]]}},
            {"id": "a2", "relations": {"mediation": [["QAT", "ISR"]]}},
        ]
    }
    assert agreement.main(["--corpus", str(corpus(tmp_path, second))]) == 0
    out = capsys.readouterr().out
    assert "on 2 articles" in out
    assert "| criticism | 1 | 0 | 1 | 0.50 | 1.00 |" in out  # PAK -> IND only in the second
    assert "| mediation | 1 | 1 | 0 | 1.00 | 0.50 |" in out  # QAT -> HAMAS only in the first
    assert "| conflict | 1 | 0 | 0 | 1.00 | 1.00 |" in out  # a conflict's sides in either order
    assert "| all | 3 | 1 | 1 | 0.75 | 0.75 |" in out


@pytest.mark.parametrize(
    ("second", "message"),
    [
        ({"articles": [{"id": "zz", "relations": {}}]}, "articles not in the corpus: zz"),
        ({"articles": [{"id": "a1"}, {"id": "a1"}]}, "a1 is labelled twice"),
        ({"articles": [{"id": "a1", "relations": {"support": [["A", "B"]]}}]}, "relations map a type"),
        ({"articles": [{"id": "a1", "relations": {"conflict": [["A", "B", "C"]]}}]}, "relations map a type"),
        ({"articles": [{"relations": {}}]}, "article 1 has no id"),
        ([], "a mapping with a list of 'articles'"),
    ],
)
def test_a_bad_second_labels_file_is_refused_with_what_is_wrong(
    tmp_path: Path, second: object, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert agreement.main(["--corpus", str(corpus(tmp_path, second))]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and message in err and "Traceback" not in err


def test_without_second_labels_it_says_so_and_succeeds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "batches").mkdir()
    assert agreement.main(["--corpus", str(tmp_path)]) == 0
    assert "no second labels" in capsys.readouterr().out


def test_the_shipped_second_labels_name_corpus_articles() -> None:
    root = Path(agreement.__file__).resolve().parent.parent / "corpus"
    files = sorted((root / "agreement").glob("*.yaml"))
    assert files
    second = {k: v for path in files for k, v in agreement.second_labels(path).items()}
    tallies = agreement.agreement(load_corpus(root), second)
    assert len(second) == 40 and tallies["all"].right > 0
