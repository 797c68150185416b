import csv
import io
import json

import pytest

from graphx.query.listing import Listing, format_listing

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
