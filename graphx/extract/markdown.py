"""Markdown to plain text, one block a paragraph, in time linear in the size of the text.

Block structure is read line by line without recursion (nested block quotes are flattened), and inline
markup is removed by patterns whose spans are bounded (`SPAN`), so no input makes the work quadratic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

SPAN = 300  # the longest inline span (link text, emphasis, code) that is unwrapped; longer ones stay as text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n((?:(?!---)[^\n]*\n){0,200}?)---[ \t]*\n")
_INLINE: Sequence[tuple[re.Pattern[str], str]] = (
    (re.compile(rf"!\[[^\[\]\n]{{0,{SPAN}}}\]\([^)\n]{{0,{SPAN}}}\)"), ""),
    (re.compile(rf"\[([^\[\]\n]{{1,{SPAN}}})\]\([^)\n]{{0,{SPAN}}}\)"), r"\1"),
    (re.compile(rf"\[([^\[\]\n]{{1,{SPAN}}})\]\[[^\]\n]{{0,{SPAN}}}\]"), r"\1"),
    (re.compile(rf"<[^<>\n]{{1,{SPAN}}}>"), ""),
    (re.compile(rf"\*\*([^*\n]{{1,{SPAN}}}?)\*\*"), r"\1"),
    (re.compile(rf"__([^_\n]{{1,{SPAN}}}?)__"), r"\1"),
    (re.compile(rf"(?<![\w*])\*(?=\S)([^*\n]{{1,{SPAN}}}?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(rf"(?<![\w_])_(?=\S)([^_\n]{{1,{SPAN}}}?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(rf"`([^`\n]{{0,{SPAN}}})`"), r"\1"),
)
_FENCE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"[ ]{0,3}(#{1,6})(?!#)")
_SETEXT = re.compile(r"[ ]{0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"[ ]{0,3}(?:>[ ]?)+")
_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?=\s|$)")
_LINK_DEFINITION = re.compile(rf"[ ]{{0,3}}\[[^\]\n]{{1,{SPAN}}}\]:[ \t]*\S")
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")


def markdown_to_text(text: str) -> tuple[str, dict[str, str]]:
    """Plain text of a Markdown document, one block (heading, list item, table cell, paragraph, paragraph of
    a block quote) a paragraph, so blocks never run together; the title and date of its front matter, else
    the first heading as the title."""
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).splitlines():
            key, _, value = line.partition(":")
            key = key.strip().lower()
            if key in ("title", "date", "published"):
                meta["date" if key == "published" else key] = value.strip().strip("\"'")
        text = text[match.end() :]
    reader = _Blocks()
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        reader.line(line)
    reader.close()
    blocks = [inline_text(b) for b in reader.blocks]
    title = next((t for t in (inline_text(h) for h in reader.headings) if t.strip()), "")
    if title and not meta.get("title"):
        meta["title"] = title
    return "\n\n".join(b for b in blocks if b.strip()), meta


def inline_text(text: str) -> str:
    """A block's text without inline markup: links, images, HTML tags, emphasis and code spans."""
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


def _heading_text(line: str, marks: re.Match[str]) -> str:
    """A heading's text without its opening and closing hashes (trailing spaces stripped once, not searched)."""
    body = line[marks.end() :].strip()
    stripped = body.rstrip("#")
    if not stripped or stripped[-1] in " \t":
        body = stripped.rstrip()
    return body


@dataclass
class _Blocks:
    """A line-by-line reader of Markdown blocks."""

    blocks: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    current: list[str] = field(default_factory=list)  # the lines of the open paragraph or list item
    in_item: bool = False
    in_quote: bool = False
    depth: int = 0  # how many '>' the open quote's last line had
    fence: str = ""

    def close(self) -> None:
        if self.current:
            self.blocks.append("\n".join(self.current))
            self.current.clear()

    def line(self, line: str) -> None:
        if self.fence:
            if line.strip().startswith(self.fence):
                self.fence = ""
            return
        opening = _FENCE.match(line)
        if opening:
            self.close()
            self.fence = opening.group(1)[0] * 3
            return
        if not line.strip():
            self.close()
            self.in_quote = False
            return
        quoted = _QUOTE.match(line)
        if quoted:
            self._quote_line(line, quoted)
            return
        structural = _HEADING.match(line) or _ITEM.match(line) or _RULE.match(line)
        if self.in_quote and not structural:  # a paragraph inside a quote may go on without its '>'
            self.current.append(line.strip())
            return
        self.in_quote = False
        self._block_line(line)

    def _quote_line(self, line: str, quoted: re.Match[str]) -> None:
        depth = quoted.group().count(">")
        if not self.in_quote or depth != self.depth:
            self.close()
        self.in_quote, self.depth = True, depth
        content = line[quoted.end() :]
        if not content.strip():
            self.close()
            return
        inner = _HEADING.match(content)
        if inner:
            self.close()
            self._heading(_heading_text(content, inner))
            return
        item = _ITEM.match(content)
        if item:
            self.close()
            content = content[item.end() :]
        self.current.append(content.strip())

    def _heading(self, text: str) -> None:
        self.headings.append(text)
        self.blocks.append(text)

    def _block_line(self, line: str) -> None:
        if self.current and not self.in_item and _SETEXT.match(line):  # a heading underlined with === or ---
            self.headings.append(" ".join(self.current))
            self.close()
            return
        heading = _HEADING.match(line)
        if heading:
            self.close()
            self._heading(_heading_text(line, heading))
            return
        if _RULE.match(line) or _LINK_DEFINITION.match(line) or ("|" in line and _TABLE_RULE.match(line)):
            self.close()
            return
        if line.lstrip().startswith("|"):  # a table row: each cell is a block of its own
            self.close()
            self.blocks.extend(cell.strip() for cell in line.strip().strip("|").split("|"))
            return
        item = _ITEM.match(line)
        if item:
            self.close()
            self.in_item = True
            self.current.append(line[item.end() :].strip())
            return
        if not self.current:
            self.in_item = False
        self.current.append(line.strip())
