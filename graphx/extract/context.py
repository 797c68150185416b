"""What carries over from sentence to sentence within one document."""

from __future__ import annotations

from dataclasses import dataclass, field

from graphx.extract.mentions import find_mentions
from graphx.lexicon import TOKEN, Lexicon


@dataclass
class Context:
    """What carries over from sentence to sentence: the last person named, for he / she."""

    lexicon: Lexicon
    date: str | None = None
    last_person: str | None = None
    recent: list[tuple[int, str | None, str | None]] = field(default_factory=list)  # criticism: sentence, from, to
    skipped: list[str] | None = None  # sentences since the last one analysed (no cue: not yet read)

    def person_before(self) -> str | None:
        """The last person named as a subject, reading skipped sentences only when asked."""
        for text in reversed(self.skipped or []):
            tokens = TOKEN.findall(text)
            low = [t.lower() for t in tokens]
            people = [
                m
                for m in find_mentions(
                    tokens, low, [True] * len(tokens), [False] * len(tokens), self.lexicon, self.date
                )
                if m.person and m.prep is None
            ]
            if people:
                return people[0].actor
        return self.last_person
