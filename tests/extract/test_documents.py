"""Documents: finding, markup stripping, sentence splitting and the stated date."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphx.errors import InputError, UsageError
from graphx.extract.documents import find_date, find_documents, parse_document, read_document, split_sentences
from tests.paths import FIXTURES

DOCS = FIXTURES / "extract" / "docs"


def test_folders_give_their_documents_sorted_and_other_files_are_skipped() -> None:
    found = find_documents([DOCS])
    assert [Path(p).name for p in found] == ["brief.html", "plain.txt", "summit.md"]


def test_missing_and_unsupported_paths_are_input_errors() -> None:
    with pytest.raises(InputError) as caught:
        find_documents([DOCS / "nope.txt", DOCS / "notes.rst"])
    assert {(Path(p.file).name, p.message) for p in caught.value.problems} == {
        ("notes.rst", "not a document: expected .txt, .md or .html"),
        ("nope.txt", "no such file or folder"),
    }


def test_html_loses_scripts_styles_and_navigation_but_keeps_title_and_date() -> None:
    document = read_document(str(DOCS / "brief.html"))
    assert document.title == "EU rebukes Serbia & Kosovo"
    assert document.date == "2023-06-01"
    assert document.sentences == (
        "EU rebukes Serbia",
        "The European Union criticised Serbia on Thursday.",
        "Kosovo's leaders were criticised by the EU too.",
    )


def test_markdown_front_matter_links_emphasis_and_code_are_stripped() -> None:
    document = read_document(str(DOCS / "summit.md"))
    assert document.title == "Summit in Ankara" and document.date == "2023-04-12"
    assert document.sentences == (
        "Turkey hosts talks",
        "Ankara — Turkey hosted talks between Armenia and Azerbaijan on Tuesday.",
        "Greece condemned Turkey's drilling in disputed waters.",
    )


def test_plain_text_date_line() -> None:
    document = read_document(str(DOCS / "plain.txt"))
    assert document.date == "2024-02-07"
    assert document.sentences[1:] == ("France condemned Iran.", "Iran accused France of meddling.")


def test_sentences_respect_abbreviations_initials_and_quotes() -> None:
    text = (
        'Mr. Blinken met the U.S. envoy in Washington. "We agree," he said. Then J. Smith left!\n\n'
        "Headline without a stop\nwrapped line."
    )
    assert split_sentences(text) == [
        "Mr. Blinken met the U.S. envoy in Washington.",
        '"We agree," he said.',
        "Then J. Smith left!",
        "Headline without a stop wrapped line.",
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Doha, 24 November 2023\n\nText.", "2023-11-24"),
        ("Oct. 14, 2022 - Text.", "2022-10-14"),
        ("Posted 2021-03-05 by staff", "2021-03-05"),
        ("A headline\n\nOn October 3 the ministers met. In 2020 a war broke out.", None),
        ("31 February 2022", None),
    ],
)
def test_the_stated_date(text: str, date: str | None) -> None:
    assert find_date(text) == date


def test_bad_bytes_are_located(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Fine line\n\xff broken")
    with pytest.raises(InputError) as caught:
        read_document(str(path))
    assert (caught.value.problems[0].line, caught.value.problems[0].column) == (2, 1)


def test_a_document_without_title_uses_its_file_name() -> None:
    assert parse_document("", "x/empty-file.txt").title == "empty-file"


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("# Talks stalled\n\n> Serbia condemned Kosovo.", ("Talks stalled", "Serbia condemned Kosovo.")),
        (
            "- Talks stalled\n- Serbia condemned Kosovo over the incident.",
            ("Talks stalled", "Serbia condemned Kosovo over the incident."),
        ),
        (
            "# Talks stalled\nSerbia condemned Kosovo.\n> A quote\n> wrapped.\n1. One item\n   goes on\n2) Two",
            ("Talks stalled", "Serbia condemned Kosovo.", "A quote wrapped.", "One item goes on", "Two"),
        ),
        (
            "Intro line\n\nTalks stalled\n=============\nText.\n\n| Serbia condemned Kosovo. | Armenia |\n|---|---|\n",
            ("Intro line", "Talks stalled", "Text.", "Serbia condemned Kosovo.", "Armenia"),
        ),
    ],
)
def test_markdown_blocks_never_run_together(text: str, sentences: tuple[str, ...]) -> None:
    document = parse_document(text, "news.md")
    assert document.sentences == sentences
    assert document.title == "Talks stalled"
    source = [w for w in text.split() if not re.fullmatch(r"[#>|=*-]+|\d+[.)]|\|[-|]+\|", w)]
    for sentence in sentences:  # word for word: the source's words in a row, markup aside
        words = sentence.split()
        assert any(source[i : i + len(words)] == words for i in range(len(source))), sentence


@pytest.mark.parametrize(
    "text",
    [
        "<h1>Talks stalled</h1><blockquote>Serbia condemned Kosovo.</blockquote>",
        "<ul><li>Talks stalled</li><li>Serbia condemned Kosovo.</li></ul>",
        "<p>Intro.</p><h2>Talks <em>stalled</em></h2><div>Serbia condemned Kosovo.</div>",
        "<table><tr><td>Talks stalled</td><td>Serbia condemned Kosovo.</td></tr></table><h3>Talks stalled</h3>",
        "<h4>Talks stalled</h4>Serbia condemned Kosovo.<br>Next",
    ],
)
def test_html_blocks_never_run_together_and_the_first_heading_is_the_title(text: str) -> None:
    document = parse_document(text, "news.html")
    assert "Serbia condemned Kosovo." in document.sentences
    assert "Talks stalled" in document.sentences
    assert document.title == "Talks stalled"


def test_a_folder_without_documents_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.rst").write_text("x")
    with pytest.raises(UsageError) as caught:
        find_documents([DOCS, tmp_path / "empty"])
    assert caught.value.lines() == [f"{tmp_path / 'empty'}: no documents (.txt, .md, .html) found"]


def test_a_text_with_one_paragraph_a_line_ends_a_sentence_at_each_line() -> None:
    body = (
        "Poland on Tuesday accused Belarus of shelling a border post near the river at dawn, "
        "the foreign ministry said in a statement."
    )
    text = f"Poland says Belarus shelled a post\n{body}\nThe talks are due on Friday."
    assert split_sentences(text)[:2] == ["Poland says Belarus shelled a post", body]
    wrapped = "Poland on Tuesday accused\nBelarus of shelling a post."
    assert split_sentences(wrapped) == ["Poland on Tuesday accused Belarus of shelling a post."]


def test_a_line_ending_in_an_abbreviated_title_goes_on_on_the_next_line() -> None:
    long_line = (
        "Moammar Kadhafi met Wednesday in Tripoli with the Filipino vice-president for talks on the conflict"
        " in the south of the archipelago."
    )
    text = f"Tripoli -- Libyan leader Col.\n{long_line}\nThe talks began.\nShares rose at Acme Co.\nIt rained."
    assert split_sentences(text) == [
        f"Tripoli -- Libyan leader Col. {long_line}",
        "The talks began.",
        "Shares rose at Acme Co.",
        "It rained.",
    ]
