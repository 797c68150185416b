"""Look-up indexes of a names table: which lengths of name may start at a token, found from its first two tokens;
and whether a one-word name goes on as someone else's."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import compress, count

from graphx.extract.dates import MONTHS, WEEKDAYS
from graphx.lexicon import Name

ONE_WORD = (1,)  # the lengths to try where only a one-word name may start


def name_lengths(names: Mapping[tuple[str, ...], object]) -> dict[str, tuple[int, ...]]:
    """By first token, the lengths of the names that start with it, longest first."""
    sizes: dict[str, set[int]] = {}
    for tokens in names:
        sizes.setdefault(tokens[0], set()).add(len(tokens))
    return {k: tuple(sorted(v, reverse=True)) for k, v in sizes.items()}


def pair_lengths(names: Mapping[tuple[str, ...], object]) -> dict[tuple[str, str], tuple[int, ...]]:
    """By first two tokens, the lengths of the names that may start with them, longest first: those of two tokens
    or more that do, then 1 when the first token is a name of its own."""
    sizes: dict[tuple[str, str], set[int]] = {}
    for tokens in names:
        if len(tokens) > 1:
            sizes.setdefault((tokens[0], tokens[1]), set()).add(len(tokens))
    return {k: (*sorted(v, reverse=True), *((1,) if k[:1] in names else ())) for k, v in sizes.items()}


def lengths_at(
    lengths: Mapping[str, tuple[int, ...]], pairs: Mapping[tuple[str, str], tuple[int, ...]], tokens: list[str], i: int
) -> tuple[int, ...]:
    """The lengths of the names that may start at token i, longest first (`lengths` and `pairs` of one table)."""
    first = lengths.get(tokens[i], ())
    if not pairs:  # a table built without its pair index: every length its first token starts
        return first
    if not first or first[0] == 1 or i + 1 >= len(tokens):
        return ONE_WORD if first[-1:] == ONE_WORD else ()
    return pairs.get((tokens[i], tokens[i + 1])) or (ONE_WORD if first[-1] == 1 else ())


def where_in(
    tokens: list[str],
    firsts: Mapping[str, object],
    more_firsts: Mapping[str, object],
    low: list[str],
    low_firsts: Mapping[str, object],
) -> list[int]:
    """The indexes of the tokens in `firsts` or `more_firsts`, or whose lower-case forms (`low`) are in
    `low_firsts`, in order."""
    found = list(compress(count(), map(firsts.__contains__, tokens)))
    if more_firsts and not more_firsts.keys().isdisjoint(tokens):  # looked for only when one stands
        found = sorted({*found, *compress(count(), map(more_firsts.__contains__, tokens))})
    if low_firsts and not low_firsts.keys().isdisjoint(low):
        found = sorted({*found, *compress(count(), map(low_firsts.__contains__, low))})
    return found


def longest(
    names: Mapping[tuple[str, ...], Name], lengths: tuple[int, ...], tokens: list[str], i: int, room: int, beat: int
) -> tuple[int, Name] | None:
    """The longest of `names` starting at token i, longer than `beat` tokens (`lengths`: theirs, longest first)."""
    for length in lengths:
        if length <= beat:
            return None
        if length <= room:
            meaning = names.get(tuple(tokens[i : i + length]))
            if meaning is not None:
                return length, meaning
    return None


NOT_NAME_AFTER = frozenset(
    {"administration", "government", "regime", "cabinet", "presidency", "doctrine", "era"}
    | {"da", "de", "do", "dos", "di", "du", "van", "von", "bin", "ibn"}  # the rest of the same name: "Lula Da Silva"
)


def someone_else(tokens: list[str], low: list[str], end: int) -> bool:
    """Whether a one-word personal name goes on with another name word, so names someone else: 'Major General Abbas
    Ibrahim' is not Mahmoud Abbas (but 'the Trump Administration', 'told Putin Monday' and title-case headlines
    are)."""
    word = tokens[end] if end < len(tokens) else ""
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    if low[end] in NOT_NAME_AFTER or low[end] in WEEKDAYS or low[end] in MONTHS:
        return False
    return sum(t.islower() and len(t) > 3 for t in tokens) > 1  # a headline in title case names no one new
