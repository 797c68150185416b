"""A text's tokens, whether whitespace stands before each, and their lower-case forms: found once per distinct text.

One document's sentences are tokenised by many readings (names, people, bodies, frames, second readings); the
results are kept for the most recent texts, so that each is split only once. The cached values are tuples; the
list forms handed out are fresh copies, so no caller can change what another one gets.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from graphx.lexicon import TOKEN

TYPED_DASH, DASH = "--", "—"  # a dash as typewriters and wires type it reads as the dash it stands for
RECENT_TEXTS = 4096  # texts whose tokens are kept: more than the sentences of any one document, read again and again

# the tokens as separators: what lies between two of them is whitespace only, as every other character is a token
_SPLIT = re.compile("(" + TOKEN.pattern + ")", TOKEN.flags)


@lru_cache(maxsize=RECENT_TEXTS)
def split_text(text: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """The tokens of `text` (as `TOKEN.findall` finds them) and, for each, whether whitespace stands before it."""
    parts = _SPLIT.split(text)  # whitespace, token, whitespace, ..., token, whitespace
    tokens = tuple(islice(parts, 1, None, 2))
    if TYPED_DASH in text:  # "TASHKENT, Uzbekistan --"
        tokens = tuple(DASH if t == TYPED_DASH else t for t in tokens)
    return tokens, tuple(map(bool, islice(parts, 0, len(parts) - 1, 2)))


@lru_cache(maxsize=RECENT_TEXTS)
def lowered(text: str) -> tuple[str, ...]:
    """The tokens of `text` in lower case."""
    return tuple(map(str.lower, split_text(text)[0]))


def tokens_of(text: str) -> list[str]:
    """The tokens of `text`, as a list of the caller's own."""
    return list(split_text(text)[0])
