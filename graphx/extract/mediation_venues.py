"""Talks held in a third state: 'A and B held talks in Doha', 'talks between A and B began in Malaysia'.

News names a host by the place the talks are held in at least as often as by a verb ('hosted'): the state the
talks sit in hosts them, unless it is one of the two sides or the home of one ('talks with the ELN in Colombia').
Hosting is mediation (corpus/README.md), so the venue is read as a mediator between the two sides the talks are
between, at a confidence of its own (`mediation.venue`).
"""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.context import DESCRIBED_STATES
from graphx.extract.mentions import Mention
from graphx.extract.sentence import venue_named
from graphx.extract.tokens import base_in
from graphx.extract.words import BOUNDARY, DASHES, GATHERINGS, VENUE_TOPICS
from graphx.lexicon import Cue, Lexicon

VENUE_REACH = 10  # words from the talks word to 'in <place>': "talks between A and B began on July 28 in Malaysia"
SIDE_REACH = 6  # words from the talks word to its partner: "talks with the Taliban"
SIDE_PREPS = frozenset({None, "of", "from"})  # how the sides before the talks word are named
HEADQUARTERS = frozenset({"headquarters", "hq", "secretariat"})  # a body's seat: "talks at the AU headquarters"
# the seats of government a state hosts talks or signings at: "signed at the White House"
SEATS = frozenset({"white house", "kremlin", "élysée", "elysee", "élysée palace", "elysee palace", "oval office"})
HEADQUARTERS_REACH = 4  # words from "at" to the seat: "at the GCC General Secretariat"


def venues(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'A and B met in Oslo', 'A's talks with B in Doha', 'talks between A and B in Malaysia': the host mediates."""
    s = r.s
    if "sidelines" in s.low:
        return  # "A and B met in New York on the sidelines of the UN assembly": a gathering's venue, no host
    if _gathering(r, pos):
        return  # "at a regional summit in Uzbekistan", "during a Caricom meeting in St Vincent": another's event
    host = _headquarters(r, end) or _seat(r, end)
    venue = host or _venue(r, end)
    if venue is None:
        return
    sides = _sides(r, pos, end)
    if len(set(sides)) != 2 or venue.actor in sides or any(_home(r.lex, side) == venue.actor for side in sides):
        return
    if r.hedged(r.clause_start(pos), pos, allow_offer=True):
        return
    # "talks ... in Muscat, Oman said", "... concluded in Qatar, the Gulf state said"
    announced = venue.actor in {m.actor for m in r.reporting_speaker(pos)} or _described_announcer(r, venue.end)
    rule = "mediation.headquarters" if host else "mediation.venue_announced" if announced else "mediation.venue"
    r.emit("mediation", venue.actor, None, tuple(sides), rule)


DESCRIPTION_WORDS = 5  # words of a state's description before its head: "the oil-rich Gulf state"
ANNOUNCING = frozenset({"said", "says", "announced"})
HOSTS_DESCRIBED = frozenset({"gulf", "host", "hosting", "mediating"})  # how a venue is called: "the Gulf state"


def _described_announcer(r: Reader, end: int) -> bool:
    """Whether the place just named announces the talks in a description of it: '... in Qatar, the Gulf state said'."""
    low = r.s.low
    if low[end : end + 2] != [",", "the"]:
        return False
    reach = range(end + 2, min(len(low) - 1, end + 3 + DESCRIPTION_WORDS))
    head = next((k for k in reach if low[k] in DESCRIBED_STATES | {"sultanate"}), -1)
    hosting = HOSTS_DESCRIBED.intersection(low[end + 2 : head])  # "the Gulf state", not "the Jewish state"
    return head > 0 and bool(hosting) and low[head + 1] in ANNOUNCING and all(k not in r.s.by_start for k in reach)


def _headquarters(r: Reader, end: int) -> Mention | None:
    """The body whose seat the talks are held at: 'at the GCC headquarters', 'at the headquarters of the AU', 'at
    UWSA's headquarters' (a state's seat is a place: 'at the army headquarters' names no host)."""
    s = r.s
    for j in range(end, min(len(s.low), end + VENUE_REACH)):
        if s.low[j] in BOUNDARY:
            return None
        if s.low[j] not in HEADQUARTERS or "at" not in s.low[max(end, j - HEADQUARTERS_REACH) : j]:
            continue
        named = j + 2 + (s.low[j + 2 : j + 3] in (["the"], ["an"]))  # "the headquarters of (the) X"
        owner = s.by_start.get(named) if s.low[j + 1 : j + 2] == ["of"] else None
        owners = [owner] if owner is not None else r.possessor_before(j, gap=1)
        if len(owners) == 1 and r.lex.actors[owners[0].actor].kind in ("organisation", "group"):
            return owners[0]
        return None
    return None


def _seat(r: Reader, end: int) -> Mention | None:
    """The state whose seat of government the talks or the signing are at: 'A and B signed the accord at the White
    House', 'the leaders met at the Kremlin' (a state's own seat is no venue of a third: read only for a third)."""
    s = r.s
    for j in range(end, min(len(s.low), end + VENUE_REACH)):
        if s.low[j] in BOUNDARY:
            return None
        if s.low[j] != "at":
            continue
        seat = s.by_start.get(j + 1) or s.by_start.get(j + 2)  # "at the Kremlin": a name that may hold its "the"
        words = s.low[seat.start : seat.end] if seat is not None else []
        if seat is not None and " ".join(words[words[:1] == ["the"] :]) in SEATS:
            return seat
    return None


def _gathering(r: Reader, pos: int) -> bool:
    """Whether the talks word names a gathering of many: 'a regional summit', 'a Caricom meeting', 'an SCO summit'."""
    if pos == 0:
        return False
    owner = r.s.by_end.get(pos)
    return r.s.low[pos - 1] in GATHERINGS or (owner is not None and r.lex.actors[owner.actor].kind == "organisation")


def _venue(r: Reader, end: int) -> Mention | None:
    """The state named as where the talks are, soon after the talks word, not by 'peace in Ukraine' (a topic)."""
    s = r.s
    events = r.lex.word_set("mediation", "venues")
    for j in range(end, min(len(s.low), end + VENUE_REACH)):
        if s.low[j] in BOUNDARY or s.low[j] in events:
            return None  # "met at a regional summit in X": the later talks word reads its own venue
        mention = s.by_start.get(j)
        if mention is None or not (mention.prep == "in" or (mention.prep is None and venue_named(s, mention))):
            continue  # "in Doha", "in Istanbul, Turkey" (not "at": "at the UN", "at the summit")
        prep = j - 1 - (s.low[j - 1] == "the")  # "in (the)" before the place
        if mention.prep is not None and prep >= 1 and s.low[prep - 1] in VENUE_TOPICS:  # "talks on the war in Ukraine"
            return None
        return mention if r.lex.actors[mention.actor].kind == "state" else None
    return None


def _sides(r: Reader, pos: int, end: int) -> list[str]:
    """The two sides of the talks: 'between A and B', 'A-B talks', 'A and B met', 'A held talks with B'."""
    pair = r.between_pair(pos, window=VENUE_REACH)
    if pair:
        return [m.actor for m in pair]
    hyphen = r.hyphen_pair_near(pos)
    if hyphen:
        return list(hyphen)
    start = r.clause_start(pos)  # "delegations of A and B met", "representatives from A and B held talks"
    aside = _dash_aside_before(r, start, pos)  # "A and B — made up of X, Y and Z — held talks": not X, Y, Z
    if aside:
        start = r.clause_start(aside[0])
    sides = [
        m.actor
        for m in r.s.mentions
        if start <= m.start < pos and m.prep in SIDE_PREPS and not (aside and aside[0] < m.start < aside[1])
    ]
    if len(set(sides)) == 1:
        partner = [m for m in r.right_objects(end, frozenset({"with"}), window=SIDE_REACH) if m.prep == "with"]
        sides += [partner[0].actor] if partner else []
    return sides or _after_fronted_venue(r, pos)


def _dash_aside_before(r: Reader, start: int, pos: int) -> tuple[int, int] | None:
    """The two dashes of an aside that closes just before the talks word's clause: 'A and B — X, Y and Z — met'."""
    dashes = [j for j in range(pos) if r.s.low[j] in DASHES]
    if len(dashes) < 2 or not dashes[-2] < start <= dashes[-1] + 1:
        return None
    return dashes[-2], dashes[-1]


FRONTING = frozenset({"in", "at", "during"})  # "At talks in Doha, A and B agreed ..."
# what two sides do at talks a fronted phrase places ("..., A and B pledged more arms" names no talks of theirs)
SETTLING = frozenset({"agree", "sign", "reach", "negotiate", "discuss", "settle", "resolve", "hold"})
FRONTED_REACH = 8  # words from the sentence's start to the comma that closes its fronted venue phrase


def _after_fronted_venue(r: Reader, pos: int) -> list[str]:
    """The subject after a fronted phrase of talks held somewhere: 'In a meeting in Cairo, Fatah and Hamas agreed
    ...', 'At talks in Doha, A and B agreed to a ceasefire'."""
    low = r.s.low
    if not low or low[0] not in FRONTING or pos > FRONTED_REACH:
        return []
    comma = next((k for k in range(pos, min(len(low), FRONTED_REACH + 1)) if low[k] == ","), None)
    if comma is None:
        return []
    subject = r.s.by_start.get(comma + 1 + (low[comma + 1 : comma + 2] == ["the"]))
    if subject is None or subject.prep is not None:
        return []
    group = r.group(subject, leftward=False, free=True)
    verb = group[-1].end
    return [m.actor for m in group] if verb < len(low) and base_in(low[verb], SETTLING) else []


def _home(lex: Lexicon, actor: str) -> str | None:
    """The state an armed group is based in or holds land of."""
    info = lex.actors[actor]
    return info.base or info.holds


def crisis_meeting(low: list[str], end: int) -> bool:
    """Whether a verb's object is an emergency meeting: 'X convened an emergency meeting to assess the situation'
    is X's own crisis meeting, not talks it hosts (unlike 'emergency talks between A and B')."""
    k = end + (low[end : end + 1] in (["an"], ["the"], ["a"]))
    return low[k : k + 1] == ["emergency"] and low[k + 1 : k + 2] in (["meeting"], ["session"], ["summit"])
