"""Mediators named by an effort: 'X's bid to end the war between A and B', 'efforts by X to resolve the dispute',
'X and Y are making efforts to stop the war', 'X offered to step in to settle the conflict'. A mediator read here
without its parties waits, like any other, for the document's two sides."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.mediation_helped import agreement_sides
from graphx.extract.mediation_lists import thanked_role_sides
from graphx.extract.mediation_phrases import PURPOSE_SPAN
from graphx.extract.mentions import Mention
from graphx.extract.tokens import base_in, skip_articles
from graphx.extract.words import (
    BOUNDARY,
    CAPTIVES,
    EFFORT_COMPOUNDS,
    EFFORT_CUES,
    OTHER_TOPICS,
    PEACE_OBJECTS,
    PREPOSITIONS,
    PROMOTE_VERBS,
    RESOLVE_VERBS,
    SETTLED_CONFLICTS,
    SPEECH,
)
from graphx.lexicon import Cue

SUMMITS = frozenset({"summit", "summits"})
# a body's own gatherings, which its host does not mediate: "the G7 summit", "a meeting of GCC foreign ministers"
BODY_GATHERINGS = SUMMITS | {"meeting", "meetings"}
# what two sides may do at a group's summit that makes its host their mediator
SUMMIT_BUSINESS = frozenset({"talks", "ceasefire", "truce", "deal", "agreement", "negotiations", "accord"})
SUMMIT_BUSINESS_SPAN = 12  # words after a summit that may say what two sides did at it
# how far after 'to promote' its peaceful object may be: "to promote intra-Palestinian reconciliation"
PEACE_OBJECT_SPAN = 3
BID_OPENINGS = (["in", "a"], ["in", "an"])  # "in a bid to", "in an effort to": the purpose of the clause's act
BID_ADJECTIVES = 3  # words describing the bid there: "in a renewed diplomatic effort", "in a last-ditch bid"
BID_DESCRIBERS = frozenset(
    {"renewed", "fresh", "new", "latest", "final", "last", "-", "ditch", "diplomatic", "desperate", "bold", "major"}
    | {"concerted", "joint", "further", "urgent", "apparent", "regional", "international", "peace", "mediation"}
)
# what a third side does "in a bid to" settle others' conflict that makes it a mediator: talking, not pressing
DIPLOMATIC_ACTS = frozenset(
    {"met", "meet", "meets", "meeting", "meetings", "visited", "visit", "visits", "envoy", "envoys", "delegation"}
    | {"delegations", "talks", "hosted", "invited", "called", "phoned", "spoke", "shuttled", "convened", "sides"}
    | {"consultations", "dialogue", "mediators", "mediator", "representatives", "officials"}
)
BID_VERB_REACH = 8  # from 'in a bid' back to the verb whose subject makes it: "met both sides in a bid"
OBJECT_SPAN = 5  # how far after a purpose verb its conflict noun may be: "to end the long-running border war"
EFFORT_VERBS = frozenset(
    {"making", "make", "makes", "made", "stepped", "stepping", "intensified", "intensifying", "redoubled", "leading"}
    | {"redoubling", "intensify", "intensifies", "lead", "leads", "led", "engaged", "involved", "exert", "exerts"}
    | {"exerted", "exerting", "pursue", "pursues", "pursued", "pursuing", "spearhead", "spearheads", "spearheaded"}
    | {"spearheading", "joined", "joins", "joining", "launched", "launching", "undertook", "undertaking"}
)  # the verbs whose subject makes the effort: "X is making efforts to end the war", "X and Y are engaged in efforts"


def effort(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """X's bid to end the war between A and B; efforts by X to resolve the dispute; X offered to step in to
    settle the conflict (its sides: the document's two)."""
    s = r.s
    if s.low[end : end + 1] == ["against"]:
        return  # "a push against China's growing presence": pressure on a side, no mediation
    agents, after = _effort_agents(r, pos, end)
    if not agents:
        return
    start = _purpose(r, after)
    if start < 0 and not (pos and s.low[pos - 1] in EFFORT_COMPOUNDS):
        return  # "X's bid to join NATO", "efforts to rebuild": no conflict to settle
    if r.hedged(max(0, agents[-1].end), pos, allow_offer=True):
        return
    mediators = {a.actor for a in agents}
    parties = _effort_sides(r, pos, end, start, mediators)
    opening = _bid_opening(s.low, pos)
    if not parties and opening >= 0:  # "X met A's and B's leaders in a bid to end the war": the two it met
        parties = contacted_sides(r, opening, mediators)
        if not parties:
            return  # "X engaged in a peace process with Y, in a bid to end the conflict": X may be a side

    # "X's peace efforts": mediation by its name; its sides, if none are named, the document's (not "UN peace efforts",
    # which may be another process's)
    compound = start < 0 and (agents[-1].possessive or agents[-1].start > pos) and not _aimed_elsewhere(s.low, end)
    if not parties and not compound and not _settles_a_conflict(r, start, mediators):
        return
    for a in agents:
        r.emit("mediation", a.actor, None, tuple(parties), "mediation.effort")


def _aimed_elsewhere(low: list[str], end: int) -> bool:
    """Whether a peace effort says what it is about ('Egypt's peace efforts in Sudan', 'on the nuclear file'), which
    may not be the document's war."""
    return low[end : end + 1] in (["in"], ["on"], ["for"], ["over"], ["with"], ["to"], ["toward"], ["towards"])


def _effort_sides(r: Reader, pos: int, end: int, start: int, mediators: set[str]) -> list[str]:
    """The two sides an effort at `pos` is between, named near it: 'between A and B', 'the A-B war'."""
    pair = r.between_pair(pos, window=14)
    parties = [m.actor for m in pair] if len({m.actor for m in pair} - mediators) >= 2 else []
    if not parties:
        hyphen = r.hyphen_pair_near(max(start, pos), before=2, after=8)
        parties = list(hyphen) if hyphen else []
    if not parties and start >= 0:  # "With tensions mounting between A and B, X stepped in to defuse tensions"
        parties = _tensions_before(r, pos, mediators)
    if not parties:  # "A thanked X for its efforts to end the war with B"
        parties = thanked_role_sides(r, pos, mediators)
    return parties or released_sides(r, end, mediators)  # "X's mediation efforts to release a Y citizen held in Z"


def _effort_agents(r: Reader, pos: int, end: int) -> tuple[list[Mention], int]:
    """Who makes the effort and where its purpose starts: 'X's bid', 'efforts by X', 'X stepped in'."""
    s = r.s
    if s.low[pos] not in EFFORT_CUES:  # "step in": the verb's subject
        open_ = pos
        while open_ > 0 and s.quoted[open_ - 1]:
            open_ -= 1
        if s.quoted[pos] and s.low[open_] == "to" and open_ >= 2:  # X offered "to step in ...," his office said
            pos = open_ - 1 - (not s.low[open_ - 1][:1].isalpha())
        subject, _ = r.subject_or_speaker(pos)
        return subject, end
    owner = r.possessor_before(pos)
    if owner:
        return (owner if owner[-1].possessive else r.group(owner[-1], leftward=True)), end
    k = end + (end < len(s.low) and s.low[end] == "led")
    if k < len(s.low) and s.low[k] == "by":
        head = s.by_start.get(k + 1 + (k + 1 < len(s.low) and s.low[k + 1] == "the"))
        if head is not None:
            group = r.group(head, leftward=False)
            return group, group[-1].end
    verb = next((j for j in range(pos - 1, max(-1, pos - 5), -1) if s.low[j] in EFFORT_VERBS), None)  # "a new"
    if verb is not None:  # "X and Y are making efforts to stop the war": the light verb's subject
        subject, _ = r.subject_or_speaker(verb)
        return subject, end
    opening = _bid_opening(s.low, pos)
    start = r.clause_start(pos)
    contact = next((j for j in range(opening - 1, start - 1, -1) if _contact(s.low, j)), None) if opening >= 1 else None
    diplomatic = contact is not None or any(w in DIPLOMATIC_ACTS for w in s.low[start:opening])
    if opening >= 1 and diplomatic:  # "X met both sides in a bid to ...": X (not "imposed sanctions in a bid to")
        if contact is not None:  # "X's president met A's army chief and the B leader in a bid to": who met them
            return r.subject_or_speaker(contact)[0], end
        verbs = (j for j in range(opening - 1, max(-1, opening - BID_VERB_REACH + 2), -1) if r.verbish(j))
        verb = next(
            (j for j in verbs if j > 0 and s.low[j - 1] != "," and s.low[j + 1] != "by"), None
        )  # not ", backed by"
        if verb is not None:
            return r.subject_or_speaker(verb)[0], end
        if not any(w in SPEECH for w in s.low[:pos]):  # "X has sent its envoys to A and B in a bid to ...": X
            subject, pronoun = r.main_subject(opening)
            return (subject if pronoun is None else []), end
    return [], end


def _bid_opening(low: list[str], pos: int) -> int:
    """Where 'in a' opens the effort noun at `pos` ('in a bid', 'in a renewed diplomatic effort', 'in a last-ditch
    bid'), or -1; not 'in a week when efforts ...'."""
    k = pos - 1
    while k > 1 and pos - k <= BID_ADJECTIVES and low[k] in BID_DESCRIBERS:
        k -= 1
    if k == pos - 1 and low[k] == "in" and low[pos] in ("bid", "effort"):
        return k  # a headline drops the article: "X meets A, B envoys in bid to end war"
    return k - 1 if k >= 1 and low[k - 1 : k + 1] in BID_OPENINGS else -1


def _purpose(r: Reader, k: int) -> int:
    """Where the object of 'to end', 'to resolve', 'aimed at ending' starts after `k`, or -1."""
    s = r.s
    n = len(s.low)
    if k + 1 < n and s.low[k] == "aimed" and s.low[k + 1] == "at":
        k += 1
    if k + 2 < n and s.low[k] == "to" and s.low[k + 1].endswith("ly") and base_in(s.low[k + 2], RESOLVE_VERBS):
        return k + 3  # "a pledge to swiftly resolve the crisis"
    if k + 1 < n and s.low[k] in ("to", "at") and base_in(s.low[k + 1], RESOLVE_VERBS):
        return k + 2
    if s.low[k : k + 4] == ["to", "de", "-", "escalate"]:  # "a bid to de-escalate tensions between A and B"
        return k + 4
    promoted = s.low[k + 2 : k + 2 + PEACE_OBJECT_SPAN]  # "to promote reconciliation": a peaceful aim
    promoting = k + 1 < n and s.low[k] in ("to", "at") and base_in(s.low[k + 1], PROMOTE_VERBS)
    if promoting and not PEACE_OBJECTS.isdisjoint(promoted):  # "aimed at ensuring peace"
        return k + 2
    return -1


def _settles_a_conflict(r: Reader, start: int, mediators: set[str]) -> bool:
    """Whether the purpose's object is a conflict whose sides it leaves unnamed: 'to end the war', 'to settle
    Yemen's conflict'; not 'to end its war with Y' (the effort's owner is a side)."""
    s = r.s
    for k in range(start, min(len(s.low), start + OBJECT_SPAN)):
        word = s.low[k]
        if word in SETTLED_CONFLICTS:
            if k + 1 < len(s.low) and s.low[k + 1] in ("with", "against", "on"):
                return False
            owner = s.by_end.get(k) or s.by_end.get(k - 1)
            return not (owner is not None and owner.actor in mediators) and s.low[k - 1] not in ("its", "their")
        if word in BOUNDARY or word in (",", "(") or (word in PREPOSITIONS and word != "of"):
            return False
    return False


def _tensions_before(r: Reader, pos: int, mediators: set[str]) -> list[str]:
    """The two sides of a 'between A and B' earlier in the sentence, when the effort's own object names none."""
    s = r.s
    for j in range(pos - 1, 0, -1):
        if s.low[j] != "between":
            continue
        k = j + 1 + (s.low[j + 1 : j + 2] == ["the"])
        head = s.by_start.get(k)
        group = r.group(head, leftward=False, free=True) if head is not None else []
        sides = [m.actor for m in group if m.actor not in mediators]
        return sides if len(set(sides)) == 2 else []
    return []


def group_summit(r: Reader, start: int, end: int) -> bool:
    """Whether the summit or meeting named between `start` and `end` is a group's, no meeting of two sides: 'after
    hosting the G7 Summit', 'a meeting of GCC foreign ministers', 'hosted a group of Pacific leaders at a summit'."""
    low = r.s.low
    if any(w in SUMMIT_BUSINESS or w == "between" for w in low[start : end + SUMMIT_BUSINESS_SPAN]):
        return False  # "hosted the ASEAN summit, where the two sides signed a ceasefire", "on the crisis between"
    for j in range(start, min(end, len(low))):
        if low[j] in BODY_GATHERINGS:
            owner = r.s.by_end.get(j) or r.s.by_end.get(j - 1)  # "the G7 summit", "the ASEAN leaders' summit"
            if owner is None and low[j + 1 : j + 2] == ["of"]:  # "a meeting of (the) GCC foreign ministers"
                owner = r.s.by_start.get(skip_articles(low, j + 2))
            info = r.lex.actors.get(owner.actor) if owner is not None else None
            if info is not None and info.kind == "organisation":
                return True
    return any(low[k : k + 2] == ["group", "of"] for k in range(start, end))  # "a group of Pacific leaders"


DISCUSSION_SPAN = 24  # words after a host's guests where 'to discuss the war' may stand


def discussed_peace(low: list[str], end: int) -> bool:
    """Whether the guests a host received were there to discuss a conflict or its end: 'Russia hosted the two
    groups, along with other factions, to discuss the war', 'to discuss reconciliation'."""
    words = low[end : end + DISCUSSION_SPAN]
    stop = next((k for k, w in enumerate(words) if w in BOUNDARY), len(words))
    at = next((k for k, w in enumerate(words[:stop]) if w == "discuss" and k and words[k - 1] == "to"), None)
    return at is not None and any(w in SETTLED_CONFLICTS or w in PEACE_OBJECTS for w in words[at : at + OBJECT_SPAN])


GATHERINGS_HOSTED = frozenset({"conference", "forum"})  # "hosted a forum aimed at resolving the rift between"
# what a gathering hosted to settle a quarrel is for: "aimed at resolving the rift", "a peace conference between"
SETTLING = frozenset(
    {"resolve", "resolving", "settle", "settling", "mend", "mending", "reconcile", "reconciling", "reconciliation"}
    | {"peace", "ceasefire", "truce", "rift", "dispute", "conflict", "crisis", "tensions", "war", "fighting"}
)
# what a gathering of another kind is about: "a forum on trade between A and B", "a climate conference"
GATHERING_TOPICS = OTHER_TOPICS | frozenset(
    {"tourism", "health", "fisheries", "visa", "visas", "embargo", "restrictions", "settlers", "cooperation"}
    | {"development", "security"}
)


def peace_gathering(after: list[str]) -> list[str]:
    """A conference or forum hosted to settle two sides' quarrel: 'hosted a peace conference between A and B', 'a
    forum aimed at resolving the rift in the south' (not 'a forum on trade between A and B')."""
    gathering = next((k for k, w in enumerate(after) if w in GATHERINGS_HOSTED), None)
    if gathering is None or GATHERING_TOPICS.intersection(after):
        return []
    ending = any(
        after[k : k + 2] == ["to", "end"] or after[k : k + 3] == ["an", "end", "to"] for k in range(len(after))
    )
    return [after[gathering]] if ending or SETTLING.intersection(after) else []


SIDE_REACH = 6  # words after "an end to" where a war's one side may follow "with": "the war with Russia"


def negotiated(r: Reader, pos: int, end: int, subject: list[Mention], bonus: float) -> None:
    """'X helped negotiate a truce between A and B': a mediation only with two other sides named after it."""
    between = r.parties(pos, end, {m.actor for m in subject})
    if len(set(between)) >= 2:
        for a in subject:
            r.emit("mediation", a.actor, None, tuple(between), "mediation.verb", bonus)
    elif r.s.low[end : end + 3] == ["an", "end", "to"] and not _with_one_side(r, end + 3):
        for a in subject:  # "X has been negotiating an end to the fighting": the document's two sides
            r.emit("mediation", a.actor, None, (), "mediation.verb", bonus)


def _with_one_side(r: Reader, start: int) -> bool:
    """Whether the end negotiated is of a war 'with' one named side: 'Ukraine should negotiate an end to the war with
    Russia' makes the negotiator the other side, not a mediator."""
    low = r.s.low
    for k in range(start, min(len(low), start + SIDE_REACH)):
        if low[k] in (",", ";", "."):
            return False
        if low[k] == "with" and r.s.by_start.get(k + 1) is not None:
            return True
    return False


VISITS = frozenset({"visited", "visits", "travelled", "traveled", "travels", "flew", "flies", "went", "headed"})
# speaking to two sides, for a mediator's purpose: "X met A's and B's leaders in a bid to end the war", "X spoke by
# phone with A and B to broker a truce", "X held talks with his A and B counterparts to mediate"
CONTACTS = frozenset({"met", "meets", "spoke", "speaks", "talked", "talks", "called", "calls", "phoned", "phones"}) | (
    frozenset({"spoken", "speaking", "talking", "phoning"})  # "has spoken with A and B", "has been talking with"
)
HELD = frozenset({"held", "holds", "had", "has"})  # "held talks with", "had separate calls with"
HELD_CONTACTS = frozenset({"talks", "calls", "meetings", "consultations", "conversations", "discussions"})
CONTACTED = frozenset({None, "to", "with", "of"})  # how the sides follow the verb: "spoke with A and B"
CONTACT_ADJECTIVES = frozenset({"constant", "close", "regular", "direct", "continuous", "permanent", "daily"})
CONTACT_REACH = 4  # words from "held" to its talks: "held separate phone calls with"


def visited_sides(r: Reader, pos: int, mediators: set[str]) -> list[str]:
    """The two sides a mediator went to or spoke with, to mediate: 'X's envoy visited Kyiv and Moscow to help end the
    war', 'X held talks with his A and B counterparts to mediate' (not one side met in its capital: 'met Putin in
    Moscow to broker a deal')."""
    if pos < 2 or r.s.low[pos - 1] != "to":
        return []
    return contacted_sides(r, pos - 1, mediators)


def contact_before(low: list[str], purpose: int) -> int | None:
    """Where the verb of travel or talk stands whose purpose starts at `purpose`: 'met A and B to ...'."""
    return next((j for j in range(purpose - 1, max(-1, purpose - PURPOSE_SPAN), -1) if _contact(low, j)), None)


def contacted_sides(r: Reader, purpose: int, mediators: set[str]) -> list[str]:
    """The two sides named after a verb of travel or talk that ends at `purpose` ('to mediate', 'in a bid to')."""
    s = r.s
    verb = contact_before(s.low, purpose)
    if verb is None or any(w in BOUNDARY for w in s.low[verb:purpose]):
        return []
    sides = [
        m.actor
        for m in s.mentions
        if verb < m.start
        and m.end <= purpose
        and m.prep in CONTACTED
        and m.actor not in mediators
        and not _placed(s.low, m.start)
    ]  # "met Sudan's army chief and the RSF leader", "phoned the leaders of A and B" (not "met Putin in Moscow")
    return sides if len(set(sides)) == 2 and not _settled_elsewhere(r, purpose, sides) else []


SETTLEMENT_REACH = 10  # words after a contact's purpose that may say whose settlement it is ("with Y", "in Z")
ECONOMIC_DEALS = frozenset({"tariff", "tariffs", "trade", "economic", "investment", "tax", "energy", "gas", "oil"})


def _settled_elsewhere(r: Reader, purpose: int, sides: list[str]) -> bool:
    """Whether the purpose is not the two sides' settlement: the subject's own ('A spoke with X and Y to secure a
    ceasefire with B', '... in a bid to end its war'), a third's war ('met A and B to push for a ceasefire in
    Ukraine', '... to end Ukraine war'), or a deal of trade ('to secure a deal on tariffs')."""
    low = r.s.low
    for k in range(purpose + 1, min(len(low), purpose + SETTLEMENT_REACH)):
        if low[k] in BOUNDARY or low[k] == "its":  # not 'their': "met A and B to end their war" is theirs
            return low[k] == "its"
        if low[k] in ECONOMIC_DEALS:
            return True
        named = r.s.by_start.get(k)
        if named is not None and named.actor not in sides:
            return True
        if low[k] == "with" and r.s.by_start.get(k + 1 + (low[k + 1 : k + 2] == ["the"])) is not None:
            return True
    return False


def _contact(low: list[str], j: int) -> bool:
    """Whether the word at `j` goes to or speaks with others: 'visited', 'spoke', 'held talks'."""
    if low[j] in VISITS or low[j] in CONTACTS:
        return True
    if low[j] in ("contact", "touch") and j > 1:  # "has been in (close) contact with A and B to"
        return low[j - 1] == "in" or (low[j - 2] == "in" and low[j - 1] in CONTACT_ADJECTIVES)
    return low[j] in HELD and any(w in HELD_CONTACTS for w in low[j + 1 : j + 1 + CONTACT_REACH])


def _placed(low: list[str], start: int) -> bool:
    """Whether a name is where the talk was held, not who took part: 'in Doha', 'at the White House'."""
    k = start - 1 - (start > 0 and low[start - 1] == "the")
    return k >= 0 and low[k] in PREPOSITIONS and low[k] not in ("with", "to", "of")


def contacted_before(r: Reader, sides: list[Mention], truce: int) -> list[Mention]:
    """Who spoke with, met or phoned both sides of the truce at `truce` before it in the sentence: 'Trump said he
    spoke with the leaders of A and B and that they agreed to a ceasefire' (Trump); none when a side did the talking
    or the sides were not the ones spoken with."""
    s = r.s
    actors = {m.actor for m in sides}
    for j in range(truce - 1, max(-1, truce - 2 * PURPOSE_SPAN), -1):
        if s.low[j] in BOUNDARY:
            return []
        if not _contact(s.low, j):
            continue
        named = [m for m in s.mentions if j < m.start < truce and m.actor in actors and _spoken_with(s.low, j, m)]
        subject, _ = r.subject_or_speaker(j)
        mediators = [m for m in subject if m.actor not in actors]
        if {m.actor for m in named} != actors or not mediators or len(mediators) < len(subject):
            return []
        return mediators
    return []


def _spoken_with(low: list[str], verb: int, mention: Mention) -> bool:
    """Whether a mention is what the verb of talk at `verb` talked with: 'spoke with (the leaders of) A', 'met A'
    (not the subject of a clause after it: 'spoke with Z and that A and B had agreed')."""
    if mention.prep in ("with", "to", "of"):
        return True
    before = mention.start - 1 - (mention.start > 1 and low[mention.start - 1] == "the")
    return mention.prep is None and (before == verb or (low[before] in (",", "and") and before > verb + 1))


THREE_WAY = frozenset({"trilateral", "tripartite", "three-way"})  # a meeting one initiates with two others
CONTACT_PURPOSES = frozenset({"secure", "push for"})  # what a mediator does only for two sides it spoke with
GO_BETWEENS = frozenset({"shuttle", "relay"})  # verbs that mediate only with the two sides named after them
GO_BETWEEN_WINDOW = 8  # words after such a verb where its 'between' or 'from' must come


def purpose_subject_at(r: Reader, pos: int) -> int:
    """Where the subject of a cue that is a contact's purpose is read from: the verb of talk it is the purpose of
    ('met Hamas and Israeli officials to push for a deal', 'spoke with his A and B counterparts to mediate': who met,
    who spoke), else the cue itself."""
    low = r.s.low
    verb = contact_before(low, pos - 1) if low[pos - 1 : pos] == ["to"] else None
    if verb is None or any(r.verbish(j) or _opens_clause(low[j]) for j in range(verb + 1, pos - 1)):
        return pos  # "After talks with Y, X has offered to mediate", "met Y, urging Z to mediate": another's purpose
    held = [j for j in range(max(0, verb - CONTACT_REACH), verb) if low[j] in HELD]  # "held two rounds of talks"
    return held[-1] if held else verb


def _opens_clause(word: str) -> bool:
    """Whether a word opens a clause of its own between a verb of talk and a purpose: a participle or a relative."""
    return (word.endswith("ing") and word.isalpha()) or word in ("where", "who", "which", "whom", "that", "while")


def sides_unnamed(r: Reader, pos: int, end: int, cue: Cue) -> bool:
    """Whether a verb that mediates only between two sides named after it names none: 'X relayed messages between
    A and B' (not 'relay Y's views to his ministry': a messenger), 'X secured a ceasefire between A and B' (not 'X
    secured a deal with Y', nor a participle whose doer is unsure)."""
    s = r.s
    named_sides = s.low[end : end + GO_BETWEEN_WINDOW]
    if cue.base in GO_BETWEENS:
        return not ("between" in named_sides or "from" in named_sides)
    if cue.base == "initiate":  # "initiated talks between A and B", "the trilateral meeting with A and B"
        return not ("between" in named_sides or any(w in THREE_WAY for w in s.low[pos : end + GO_BETWEEN_WINDOW]))
    if cue.base not in CONTACT_PURPOSES:
        return False
    if s.low[pos - 1 : pos] == ["to"] and visited_sides(r, pos, set()):
        return False  # "X spoke with A and B to secure a ceasefire", "met A and B to push for a deal": the two
    if cue.base == "secure" and (released_sides(r, end, set()) or agreement_sides(r, end, set())):
        return False  # "X helped secure the release of a French national detained in Iran", "Iran's agreement to"
    return cue.base == "push for" or "between" not in named_sides or s.low[pos].endswith("ing")


RELEASE_REACH = 5  # words from a mediating word to the release it works for: "its mediation efforts to release"
CAPTIVE_REACH = 6  # words from "release" to the captive's nationality: "the release of four American citizens"
HOLDER_REACH = 6  # words from the captive to its holder: "a French national detained since 2022 in Iran"
# held by a state where it holds them ("detained in Iran"), or by whoever is named after 'by' ("kidnapped by X";
# "abducted in Niger" names only where)
CUSTODY = frozenset({"held", "detained", "jailed", "imprisoned", "arrested", "custody"})
HOLDING = CUSTODY | {"kidnapped", "abducted", "captured", "seized", "taken", "hostage", "captive"}
FORCED_RELEASES = frozenset({"raid", "rescue", "rescued", "operation", "commando", "commandos", "troops", "forces"})
CAPTIVE_NOUNS = CAPTIVES | {"citizen", "national", "prisoner", "detainee", "hostage", "journalist", "worker"}


def released_sides(r: Reader, end: int, mediators: set[str]) -> list[str]:
    """The two sides a release is mediated between: the captive's state and its holder ('mediated the release of an
    American held in Afghanistan', 'efforts to release an Austrian citizen detained in Afghanistan', 'the release of
    four Americans held by Hamas'); none when either is unnamed or a mediator."""
    s = r.s
    low = s.low
    release = next((j for j in range(end, min(len(low), end + RELEASE_REACH)) if low[j].startswith("releas")), None)
    if release is None or any(w in BOUNDARY or w == "," for w in low[end:release]):
        return []
    captive = next(
        (
            m
            for m in s.mentions
            if release < m.start <= release + CAPTIVE_REACH and not m.person and m.prep in (None, "of")
        ),
        None,
    )  # "the release of an American", "to release an Austrian citizen"
    if captive is None:
        return []
    k = captive.end + (captive.end < len(low) and low[captive.end] in CAPTIVE_NOUNS)
    holding = next((j for j in range(k, min(len(low), k + HOLDER_REACH)) if low[j] in HOLDING), None)
    if holding is None or any(w in BOUNDARY or w == "," for w in low[k:holding]):
        return []
    if any(w in FORCED_RELEASES for w in low):
        return []  # "Israeli forces secured the release of a Thai worker held by Hamas in a raid": freed by force
    preps = ("in", "by") if low[holding] in CUSTODY else ("by",)
    holder = next(
        (m for m in s.mentions if holding < m.start <= holding + 4 and m.prep in preps and not m.compound), None
    )
    if holder is None or captive.actor == holder.actor or {captive.actor, holder.actor} & mediators:
        return []
    return [captive.actor, holder.actor]
