"""Splitting plain text into sentences, in time linear in its length."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graphx.lexicon import word_set as _words

# abbreviated titles a line may end in before the name on the next line: "Libyan leader Col." / "Moammar Kadhafi"
TITLE_ABBREVIATIONS = _words("mr mrs ms dr prof gen lt col maj capt sgt adm gov sen rep pres hon amb brig")
ABBREVIATIONS = TITLE_ABBREVIATIONS | _words(
    "st jr sr no vs etc jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept fig mt ft approx est rev"
)
UNWRAPPED = 120  # characters: hard-wrapped text keeps its lines shorter (72 to 100)
LAST_WORD = 40  # how far back from a full stop the word it ends is looked for
# the first mark spelled out on its own: the engine then looks only where one stands (as `[.!?]{1,8}`, twice as fast)
_END = re.compile(r"([.!?][.!?]{0,7})([\"”’')\]]{0,4})(\s+)(?=[\"“‘'(\[]?[A-Z0-9])")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]|[A-Z]")
_PARAGRAPH = re.compile(r"\n[ \t\f\v]*\n")


def split_sentences(text: str) -> list[str]:
    """Sentences of plain text: paragraphs (blank lines) first, then sentence ends inside each."""
    sentences: list[str] = []
    for paragraph in _PARAGRAPH.split(text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = paragraph.split("\n")
        # a line longer than hard-wrapped prose ever is: one paragraph a line, so a line ends a sentence
        blocks = _joined_titles(lines) if any(len(line) > UNWRAPPED for line in lines) else [paragraph]
        for block in blocks:
            flat = " ".join(block.split())
            if flat:
                sentences.extend(_split_paragraph(flat))
    return sentences


def _joined_titles(lines: list[str]) -> list[str]:
    """The lines, each ending in an abbreviated title joined to the next: 'Libyan leader Col.' / 'Moammar Kadhafi met
    ...' is one sentence."""
    out: list[str] = []
    for line in lines:
        if out and _ends_in_abbreviation(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _ends_in_abbreviation(line: str) -> bool:
    """Whether a line's last word is an abbreviated title with its full stop: '... Libyan leader Col.'."""
    words = line.rstrip().rsplit(" ", 1)
    return line.rstrip().endswith(".") and words[-1][:-1].lower().strip('("“') in TITLE_ABBREVIATIONS


def _last_word(text: str, start: int, end: int) -> str:
    """The word that ends at `end`, looked for no further back than LAST_WORD characters (nor before `start`)."""
    space = text.rfind(" ", max(start, end - LAST_WORD), end)
    return text[space + 1 if space >= 0 else max(start, end - LAST_WORD) : end]


def _split_paragraph(text: str) -> Iterator[str]:
    start = 0
    for match in _END.finditer(text):
        if match.group(1) == ".":
            last = _last_word(text, start, match.start(1))
            if last.lower().strip('("“') in ABBREVIATIONS or _INITIALS.fullmatch(last):
                continue
        piece = text[start : match.end(2)].strip()
        if piece:
            yield piece
        start = match.end()
    piece = text[start:].strip()
    if piece:
        yield piece
