import csv
import io
import json
import re

import pytest

from graphx.query.listing import Listing, csv_cell, format_listing, markdown_text, to_json

LISTING = Listing(("id", "text"), [("A", 'He said "no" | twice'), ("B", "line\nbreak")], [{"id": "A"}, {"id": "B"}])


def test_table_aligns_columns() -> None:
    lines = format_listing(LISTING, "table").splitlines()
    assert lines[0].startswith("id  text")
    assert lines[1].startswith("--  ")
    assert lines[3] == "B   line break"


def test_csv_round_trips() -> None:
    rows = list(csv.reader(io.StringIO(format_listing(LISTING, "csv"))))
    assert rows == [["id", "text"], ["A", 'He said "no" | twice'], ["B", "line\nbreak"]]


def test_markdown_escapes_pipes() -> None:
    text = format_listing(LISTING, "md")
    assert 'He said "no" \\| twice' in text and text.splitlines()[1] == "|---|---|"


def test_json_is_the_structured_data() -> None:
    assert json.loads(format_listing(LISTING, "json")) == [{"id": "A"}, {"id": "B"}]


def test_unknown_format() -> None:
    with pytest.raises(ValueError):
        format_listing(LISTING, "xml")


def test_wide_characters_keep_the_columns_aligned() -> None:
    listing = Listing(("name", "n"), [("中国", 1), ("Chad", 2)], [])
    lines = format_listing(listing, "table").splitlines()
    assert lines[2] == "中国  1" and lines[3] == "Chad  2"


# --- Hostile text (issue 11: F17 terminal, F18 CSV formulas, F19 Markdown HTML) ------------------

ANSI_TITLE = "\x1b]0;pwned\x07Evil\x1b[31mRed\x1b[0m"
BIDI = "abc\u202eexe.txt\u2066x\u2069"
ZERO_WIDTH = "Rus\u200bsia\u200d\ufeff"


def test_table_shows_terminal_escapes_instead_of_sending_them() -> None:
    listing = Listing(("name", "note"), [(ANSI_TITLE, BIDI), (ZERO_WIDTH, "a\x85b\u2028c\x9bd")], [])
    text = format_listing(listing, "table")
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]", text)
    assert "\\x1b]0;pwned\\x07Evil\\x1b[31mRed\\x1b[0m" in text
    assert "abc\\u202eexe.txt\\u2066x\\u2069" in text
    assert "Rus\\u200bsia\\u200d\\ufeff" in text and "a\\x85b\\u2028c\\x9bd" in text


def test_table_escapes_column_names_too() -> None:
    text = format_listing(Listing(("a\x1b[2J",), [("x",)], []), "table")
    assert "\x1b" not in text and "a\\x1b[2J" in text


def test_markdown_table_escapes_html_not_only_pipes() -> None:
    listing = Listing(("name",), [('<img src=x onerror="alert(1)">',), ("<script>alert(1)</script> &amp; | `x`",)], [])
    text = format_listing(listing, "md")
    assert "<" not in text.replace("\\<", "") and "&" not in text.replace("\\&", "")
    assert '\\<img src=x onerror="alert(1)"\\>' in text
    assert "\\<script\\>alert(1)\\</script\\> \\&amp; \\| \\`x\\`" in text


def test_markdown_table_shows_invisible_characters() -> None:
    text = format_listing(Listing(("name",), [(BIDI,)], []), "md")
    assert "\u202e" not in text and "abc\\\\u202eexe.txt" in text  # the escape's backslash is itself escaped


def test_markdown_escaping_is_the_briefing_s() -> None:
    from graphx.graph.model import Source
    from graphx.report.brief import reference_markdown

    title = "<img src=x onerror=alert(1)> \u202e *x* | $y$"
    assert reference_markdown(Source("s", title, file="a.txt")) == f"*{markdown_text(title)}*. File: a.txt"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_that_start_a_formula_are_neutralised(start: str) -> None:
    listing = Listing(("name", "n"), [(start + 'HYPERLINK("http://x")', -3)], [])
    rows = list(csv.reader(io.StringIO(format_listing(listing, "csv"))))
    assert rows[1] == ["'" + start + 'HYPERLINK("http://x")', "-3"]  # numbers stay numbers
    raw = list(csv.reader(io.StringIO(format_listing(listing, "csv", raw_cells=True))))
    assert raw[1] == [start + 'HYPERLINK("http://x")', "-3"]


def test_csv_cells_that_start_otherwise_are_unchanged() -> None:
    assert [csv_cell(t) for t in ("a=b", " =x", "'=x", "")] == ["a=b", " =x", "'=x", ""]


def test_json_escapes_invisible_characters_and_reads_back_the_same() -> None:
    data = {"name": ANSI_TITLE + BIDI + ZERO_WIDTH + "\x85\U000e0041 é 中"}
    text = to_json(data)
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff\U000e0041]", text)
    assert "é 中" in text and json.loads(text) == data
