"""Who holds a place. Who held it before it was taken: 'X captured the town, which had been held by Y', 'the town,
which Y had occupied', 'Banmauk, previously held by Y, was recaptured by X' (the side it was taken from is the other
side of the fight; the place itself names no one). And which armed group holds a state's territory without being
its government (the lexicon's `holds`: the Houthis hold Sanaa): in a document naming the group, strikes on that
state and talks with it are the group's."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from graphx.extract.clauses import Reader
from graphx.extract.mediator_sides import ROW_RULE
from graphx.extract.mentions import Mention, NameTable, mentions_in
from graphx.extract.sentence import Found
from graphx.extract.tokens import skip_articles
from graphx.extract.war_words import CONTROL_WORDS
from graphx.extract.words import BE, BOUNDARY
from graphx.lexicon import TOKEN, Lexicon

# words that name a state's government or forces, not its territory: "Yemeni government forces"
STATE_BODIES = frozenset(
    {"government", "authority", "army", "forces", "troops", "soldiers", "military", "ministry", "president", "navy"}
)
HOLDER_SPAN = 14  # how far after a taking verb the holder's relative clause may end
HELD_ASIDE_SPAN = 24  # how far before a passive taking verb its 'held by' aside may open (bracketed initials too)
FORMERLY = frozenset({"previously", "formerly", "once", "jointly", "long", "until", "then", "already", "also"})


def held_after(r: Reader, end: int) -> list[Mention]:
    """The holder named in a relative clause after the object of a taking verb: ', which had been held by Y',
    ', which Y had occupied since March'."""
    s = r.s
    for j in range(end, min(len(s.low) - 1, end + HOLDER_SPAN)):
        if s.low[j] in BOUNDARY or s.low[j] in (";", ":"):
            return []
        if s.low[j] == "," and s.low[j + 1] in ("which", "that"):
            return _holder_clause(r, j + 2)
    return []


def held_before(r: Reader, pos: int) -> list[Mention]:
    """The holder named in a participle aside before a passive taking verb: 'Banmauk Town, previously jointly held
    by Y and Z, was recaptured by X'."""
    s = r.s
    for j in range(pos - 1, max(-1, pos - HELD_ASIDE_SPAN), -1):
        if s.low[j] in BOUNDARY:
            return []
        if s.low[j] in CONTROL_WORDS and j + 1 < pos and s.low[j + 1] == "by" and _aside_opens(r, j):
            return _by_group(r, j + 2, pos)
    return []


def _holder_clause(r: Reader, k: int) -> list[Mention]:
    """The holder in a relative clause opening at `k`: 'had been held by Y', 'Y had occupied'."""
    s = r.s
    j = k
    while j < len(s.low) and (s.low[j] in BE or s.low[j] in FORMERLY):
        j += 1
    if j + 1 < len(s.low) and s.low[j] in CONTROL_WORDS and s.low[j + 1] == "by":
        return _by_group(r, j + 2, len(s.low))
    k = skip_articles(s.low, k)  # "which the MNDAA had held"
    holder = s.by_start.get(k)
    if holder is None or holder.possessive or holder.prep is not None:
        return []
    j = holder.end
    while j < len(s.low) and (s.low[j] in BE or s.low[j] in FORMERLY):
        j += 1
    return [holder] if j < len(s.low) and s.low[j] in CONTROL_WORDS else []


def _aside_opens(r: Reader, j: int) -> bool:
    """Whether the participle at `j` opens an aside set off by a comma: ', (previously) held by'."""
    s = r.s
    k = j - 1
    while k >= 0 and (s.low[k] in FORMERLY or s.low[k] in BE or s.low[k] == "which"):
        k -= 1
    return k >= 0 and s.low[k] == ","


def _by_group(r: Reader, k: int, stop: int) -> list[Mention]:
    """The actors of a 'by' phrase starting at `k` (after determiners), before `stop`."""
    s = r.s
    k = skip_articles(s.low, k)
    head = s.by_start.get(k) if k < stop else None
    if head is None:
        return []
    return [m for m in r.group(head, leftward=False) if m.end <= stop]


def held_territory_sides(
    found: Sequence[Found],
    named: Callable[[], Collection[str]],
    lexicon: Lexicon,
    as_body: Callable[[int, str], bool],
) -> list[Found]:
    """Conflicts and mediations between foreign states and a state whose territory an armed group holds, with the
    group in the held state's place when the document names the group (`named` gives the document's actors, asked
    only when such a state was found): 'Israel launched airstrikes on Yemen's Hodeidah port after missile attacks
    by Houthi forces' is Israel and the Houthis; 'Oman-mediated talks between Riyadh and Sanaa' are the Houthis'.
    The state stays where its sentence names its government, authority or forces (`as_body(sentence, state)`:
    'Yemeni government forces clashed with Saudi border guards', 'talks between Israel and the Palestinian
    Authority'), against another armed group ('al-Qaeda killed six Yemeni soldiers'), and in criticism: its
    government speaks for it."""
    holders = _holders(lexicon)
    if not any(p in holders for f in found if f.type != "criticism" for p in f.parties):
        return list(found)
    present = set(named())
    held = {state: group for state, group in holders.items() if group in present}
    # a row's mediation takes its sides from their criticism, where the government speaks for the state
    return [_held(f, held, lexicon, as_body) if f.type != "criticism" and f.rule != ROW_RULE else f for f in found]


def _held(found: Found, held: dict[str, str], lexicon: Lexicon, as_body: Callable[[int, str], bool]) -> Found:
    ends = {found.source, *found.parties}
    if any((info := lexicon.actors.get(e or "")) is not None and info.kind == "group" for e in ends):
        return found  # a group against the state, or mediating with it: the state's government
    parties = tuple(
        held[p] if p in held and held[p] not in ends and not as_body(found.sentence, p) else p for p in found.parties
    )
    if parties == found.parties:
        return found
    return replace(found, parties=tuple(sorted(parties)) if found.type == "conflict" else parties)


_HOLDERS: dict[int, dict[str, str]] = {}


def _holders(lexicon: Lexicon) -> dict[str, str]:
    """Each held state's holder, computed once per lexicon."""
    key = id(lexicon.actors)
    if key not in _HOLDERS:
        _HOLDERS[key] = {info.holds: actor for actor, info in lexicon.actors.items() if info.holds}
    return _HOLDERS[key]


def named_as_body(text: str, state: str, table: NameTable, date: str | None) -> bool:
    """Whether a sentence names a state by its government, forces or authority: 'Yemeni government forces',
    'the Palestinian Authority', 'Yemen's army'."""
    tokens = TOKEN.findall(text)
    for mention in mentions_in(text, table, date):
        if mention.actor != state:
            continue
        if any(t.lower() in STATE_BODIES for t in tokens[mention.start : mention.end + 2]):
            return True
    return False
