"""Listings: the rows a command prints, as an aligned table, CSV, Markdown or JSON.

Every format is safe for the text it carries. The table shows control, bidi and zero-width
characters as visible escapes (`\\x1b`, `\\u202e`), so that no name can drive the terminal;
Markdown escapes its own syntax and HTML; CSV cells that a spreadsheet would run as a
formula start with a `'` unless `raw_cells`; JSON escapes the invisible characters as `\\uXXXX`.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

FORMATS = ("table", "json", "csv", "md")

# Unicode 14's control (Cc), format (Cf: bidi, zero-width, tags) and line/paragraph separator characters,
# lone surrogates, the combining grapheme joiner and the Hangul fillers: written out, so that the output
# does not change with the Python version's Unicode database.
_INVISIBLE_ABOVE_ASCII = (
    "\u007f-\u009f\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ud800-\udfff\ufeff\uffa0\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
_INVISIBLE = re.compile(f"[\x00-\x1f{_INVISIBLE_ABOVE_ASCII}]")
_JSON_INVISIBLE = re.compile(f"[{_INVISIBLE_ABOVE_ASCII}]")  # json.dumps escapes the ASCII controls itself
_LINE_BREAKS = str.maketrans(dict.fromkeys("\n\r\t", " "))
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~!&$])")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""How a spreadsheet cell starts when Excel, LibreOffice or Sheets would read it as a formula."""


@dataclass(frozen=True)
class Listing:
    """Rows under named columns for the text formats, and `data` for JSON."""

    columns: Sequence[str]
    rows: Sequence[Sequence[object]]
    data: Any


def invisible(char: str) -> bool:
    """Whether a character moves the cursor, changes the terminal, reorders text or shows nothing."""
    return _INVISIBLE.fullmatch(char) is not None


def _escape_code(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def visible(text: str) -> str:
    """`text` with line breaks and tabs as spaces and every other invisible character as an escape such as `\\x1b`."""
    return _INVISIBLE.sub(_escape_code, text.translate(_LINE_BREAKS))


def terminal_text(text: str) -> str:
    """Text safe to print on a terminal: one line, no control, bidi or zero-width character as such."""
    return visible(text)


def markdown_text(text: str) -> str:
    """Plain text safe in Markdown: one line, invisible characters shown, Markdown and HTML syntax escaped.

    Every character Markdown reads (and `<`, `>`, `&`, so that no HTML tag or entity is read)
    is backslash-escaped; `$` too, so that GitHub reads no math.
    """
    return _MD_SPECIAL.sub(r"\\\1", " ".join(visible(text).split()))


def csv_cell(text: str, *, raw: bool = False) -> str:
    """A CSV cell that no spreadsheet runs as a formula: a `'` before a leading `=`, `+`, `-`, `@`, tab or CR.

    `raw` keeps the text as it is (for tools that read the file as data, not as a spreadsheet).
    """
    if not raw and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if value else "0"
    return str(value)


def _json_escape(match: re.Match[str]) -> str:
    return "".join(f"\\u{unit:04x}" for unit in _utf16_units(match.group()))


def _utf16_units(char: str) -> list[int]:
    data = char.encode("utf-16-be")
    return [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2)]


def to_json(data: Any) -> str:
    """Deterministic, human-readable JSON with a final newline; invisible characters as `\\uXXXX` escapes."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return _JSON_INVISIBLE.sub(_json_escape, text)


def format_listing(listing: Listing, fmt: str, *, raw_cells: bool = False) -> str:
    """The listing in one of FORMATS; `raw_cells` keeps CSV cells that look like formulas as they are."""
    if fmt == "json":
        return to_json(listing.data)
    if fmt == "csv":
        return _csv(listing, raw_cells)
    rows = [[_cell(v) for v in row] for row in listing.rows]
    if fmt == "md":
        return _markdown(listing.columns, rows)
    if fmt == "table":
        return _table(listing.columns, rows)
    raise ValueError(f"unknown format {fmt!r}")


def csv_text(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """CSV with `\n` line ends, every cell that holds a CR or LF quoted.

    Python's writer quotes only the characters of its line terminator: with `\n` alone, a cell
    holding a lone CR would be written bare, and a reader would end the row there. So each row is
    written with `\r\n` (both quoted) and its terminator then replaced by `\n`.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    lines = []
    for row in (header, *rows):
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(row)
        lines.append(buffer.getvalue()[:-2] + "\n")
    return "".join(lines)


def _csv(listing: Listing, raw_cells: bool) -> str:
    """Text cells neutralised against formulas; numbers, which a spreadsheet should read as numbers, as they are."""
    rows = ([csv_cell(v, raw=raw_cells) if isinstance(v, str) else _cell(v) for v in row] for row in listing.rows)
    return csv_text(listing.columns, rows)


def _markdown(columns: Sequence[str], rows: list[list[str]]) -> str:
    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(markdown_text(c) for c in cells) + " |"

    out = [line(columns), "|" + "|".join("---" for _ in columns) + "|"]
    out += [line(r) for r in rows]
    return "\n".join(out) + "\n"


def _width(text: str) -> int:
    """Columns a string takes in a terminal: wide (CJK) characters take two, combining marks none."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _table(columns: Sequence[str], rows: list[list[str]]) -> str:
    """Columns padded to their widest cell; every cell one line of visible characters."""
    columns = [terminal_text(c) for c in columns]
    rows = [[terminal_text(c) for c in r] for r in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(columns)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])] + [line(r) for r in rows]
    return "\n".join(out) + "\n"
