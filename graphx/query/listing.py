"""Listings: the rows a command prints, as an aligned table, CSV, Markdown or JSON."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

FORMATS = ("table", "json", "csv", "md")


@dataclass(frozen=True)
class Listing:
    """Rows under named columns for the text formats, and `data` for JSON."""

    columns: Sequence[str]
    rows: Sequence[Sequence[object]]
    data: Any


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if value else "0"
    return str(value)


def to_json(data: Any) -> str:
    """Deterministic, human-readable JSON with a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def format_listing(listing: Listing, fmt: str) -> str:
    """The listing in one of FORMATS."""
    if fmt == "json":
        return to_json(listing.data)
    rows = [[_cell(v) for v in row] for row in listing.rows]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(listing.columns)
        writer.writerows(rows)
        return buffer.getvalue()
    if fmt == "md":

        def line(cells: Sequence[str]) -> str:
            escaped = (c.replace("|", "\\|").replace("\n", " ") for c in cells)
            return "| " + " | ".join(escaped) + " |"

        out = [line(listing.columns), "|" + "|".join("---" for _ in listing.columns) + "|"]
        out += [line(r) for r in rows]
        return "\n".join(out) + "\n"
    if fmt == "table":
        return _table(listing.columns, rows)
    raise ValueError(f"unknown format {fmt!r}")


def _width(text: str) -> int:
    """Columns a string takes in a terminal: wide (CJK) characters take two, combining marks none."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _table(columns: Sequence[str], rows: list[list[str]]) -> str:
    """Columns padded to their widest cell; newlines in cells become spaces."""
    rows = [[c.replace("\n", " ") for c in r] for r in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(columns)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])] + [line(r) for r in rows]
    return "\n".join(out) + "\n"
