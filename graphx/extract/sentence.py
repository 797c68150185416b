"""One analysed sentence (tokens, quotation flags, mentions) and what is found in it."""

from __future__ import annotations

from dataclasses import dataclass

from graphx.extract.mentions import Mention, find_mentions
from graphx.extract.words import QUOTE_CLOSE, QUOTE_OPEN
from graphx.lexicon import TOKEN, Lexicon


@dataclass(frozen=True)
class Found:
    """One relation read from one sentence: `parties` are the mediated parties or the two sides of a conflict."""

    type: str
    source: str | None
    target: str | None
    parties: tuple[str, ...]
    sentence: int
    confidence: float


@dataclass
class Sentence:
    index: int
    tokens: list[str]
    low: list[str]
    gaps: list[bool]  # gaps[i]: whitespace before token i
    quoted: list[bool]
    mentions: list[Mention]
    by_start: dict[int, Mention]
    by_end: dict[int, Mention]
    rel_spans: list[tuple[int, int]]


def analyse(index: int, text: str, lexicon: Lexicon, date: str | None) -> Sentence | None:
    matches = list(TOKEN.finditer(text))
    tokens = [m.group() for m in matches]
    low = [t.lower() for t in tokens]
    cues = lexicon.cues
    if not any(w in cues for w in low):
        return None
    gaps = [i == 0 or matches[i - 1].end() != m.start() for i, m in enumerate(matches)]
    quoted = quote_flags(tokens, gaps)
    mentions = find_mentions(tokens, low, gaps, quoted, lexicon, date)
    if not mentions:
        return None
    return Sentence(
        index,
        tokens,
        low,
        gaps,
        quoted,
        mentions,
        {m.start: m for m in mentions},
        {m.end: m for m in mentions},
        relative_spans(low),
    )


def quote_flags(tokens: list[str], gaps: list[bool]) -> list[bool]:
    """Which tokens stand inside a quotation."""
    flags = [False] * len(tokens)
    opened = -1
    for i, tok in enumerate(tokens):
        if opened < 0 and (tok in QUOTE_OPEN or tok == '"') and (tok != "‘" or gaps[i]):
            opened = i
        elif opened >= 0 and (tok in QUOTE_CLOSE or tok == '"'):
            if i - opened > 4:  # a quotation, not "scare quotes" around a word or two
                for j in range(opened + 1, i):
                    flags[j] = True
            opened = -1
    return flags


def relative_spans(low: list[str]) -> list[tuple[int, int]]:
    """Token spans of ', which/who ... ,' relative clauses."""
    spans = []
    for i in range(1, len(low)):
        if low[i] in ("which", "who", "whose", "whom") and low[i - 1] == ",":
            j = i + 1
            while j < len(low) and low[j] not in (",", ";", "—", "–"):
                j += 1
            spans.append((i, j))
    return spans
