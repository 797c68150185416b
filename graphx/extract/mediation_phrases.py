"""Mediators named in an adverbial phrase or a clause around the main one: 'A and B signed under the mediation of
X', 'talks held at the proposal of X', 'a truce agreed with mediation from X', 'A and B agreed a truce, with X
acting as mediator'; and the sides those phrases lean on (the main clause's subject, the talks named earlier)."""

from __future__ import annotations

from graphx.extract import mediation_roles
from graphx.extract.clauses import Reader
from graphx.extract.mediation_signing import SIGNING
from graphx.extract.mentions import Mention
from graphx.extract.pair_phrases import headline_second
from graphx.extract.phrases import OPENING_MARKS
from graphx.extract.tokens import REPORTED_TIME, has_phrase
from graphx.extract.war_words import unnamed_side_after
from graphx.extract.words import (
    BOUNDARY,
    DETERMINERS,
    EVENT_BOUND_NOUNS,
    HYPHENS,
    PEACE_OBJECTS,
    POSSESSIVE,
    PREPOSITIONS,
    QUOTE_OPEN,
    SETTLED_CONFLICTS,
    SPEECH,
    TITLE_WORDS,
)
from graphx.lexicon import Cue

INSTITUTION_SPAN = 8  # "of the Ministry of Foreign Affairs of X"

ADVERBIAL_PREPS = frozenset({"under", "with", "through"})  # "under the mediation of X", "with X's help"
PROPOSALS = frozenset({"proposal", "suggestion"})  # "at the proposal of X": read only in that phrase (`proposed`)
PROPOSAL_PREPS = frozenset({"at", "on", "upon"})
CHOSEN = frozenset({"chosen", "selected", "picked", "designated", "nominated", "appointed"})
FRONTED_PHRASE = 4  # words from a fronted mediation noun to its comma: "Through Chinese mediation,"
EVENT_BOUND_GERUNDS = frozenset({"securing", "hosting", "facilitating", "negotiating"})  # "a role in securing ..."
HELP_OWNER = 4  # words from "with" to "help": "with Turkey's (crucial) help"
EVENT_REACH = 12  # how far from "the help of X" the talks or truce it helped may be named
# and from "the support of X": "Negotiations between A and B are being held in Doha with the support of X"
SUPPORT_REACH = 18
BROKERED = frozenset({"brokered", "mediated", "facilitated", "hosted", "chaired", "sponsored"})  # a mediator named
MET = frozenset({"met", "meet", "meets", "meeting"})  # two sides meeting: talks, though the word is not said
EVENT_WORDS = 3  # words of an event noun phrase before a passive cue: "a new peace deal brokered by X"
TIES = frozenset({"ties", "relations"})  # "A restored ties with B under X's mediation": a settlement of the two


TRAVEL_VERBS = frozenset(
    {
        "met",
        "meets",
        "visited",
        "visits",
        "travelled",
        "traveled",
        "travels",
        "flew",
        "flies",
        "arrived",
        "went",
        "headed",
    }
)
PURPOSE_SPAN = 12  # words from a verb of talk to its purpose's "to": "talks over the phone with his A and B envoys to"


def proposal_opener(r: Reader, pos: int) -> int:
    """Where 'at', 'on' or 'upon' opens the phrase of the noun at `pos` ('at the initiative of X', 'upon X's
    proposal'), or -1."""
    s = r.s
    j = pos - 1
    owner = s.by_end.get(j + 1) if j >= 0 else None
    if owner is None and j >= 0 and s.low[j] in POSSESSIVE:
        owner = s.by_end.get(j)
    if owner is not None:
        j = owner.start - 1
    while j >= 0 and s.low[j] in DETERMINERS:
        j -= 1
    return j if j >= 0 and s.low[j] in PROPOSAL_PREPS else -1


def _chosen_as(low: list[str], opener: int) -> bool:
    """Whether a choice ('X was chosen as the host') comes before the proposal phrase at `opener`."""
    return any(w in CHOSEN and low[k + 1 : k + 2] == ["as"] for k, w in enumerate(low[:opener]))


def proposed(r: Reader, pos: int, end: int) -> None:
    """'A and B held talks in Almaty at the initiative of X', 'talks between A and B upon the proposal of X': who
    proposed the talks of two others mediates them. Only in that adverbial phrase, and only of talks or a truce:
    'A rejected B's proposal' is no mediation."""
    s = r.s
    opener = proposal_opener(r, pos)
    events = r.lex.word_set("mediation", "events") | MET
    if opener < 0 or not any(w in events for w in s.low[:opener]) or _chosen_as(s.low, opener):
        return  # "Oman was chosen as the host for the talks, at the suggestion of X": a choice X suggested
    owner = r.possessor_before(pos)
    of = [a for a in r.right_objects(end, frozenset({"of"}), window=4) if a.prep == "of"]
    agents = owner if owner and owner[-1].possessive else of[:1]
    if not agents:
        return
    mediators = {a.actor for a in agents}
    parties = (
        r.parties(opener, end, mediators)
        or subject_sides(r, pos, mediators, PROPOSAL_PREPS)
        or talks_between(r, pos, mediators)
    )
    for a in agents:
        r.emit("mediation", a.actor, None, tuple(parties), "mediation.noun")


def hyphen_mediators(r: Reader, pos: int, preps: frozenset[str]) -> bool:
    """'Russia and Ukraine swapped prisoners after UAE-US mediation', 'the Qatari-Egyptian mediation between A and
    B': the two of a compound before the noun at `pos` mediate together between the clause's two sides, or the two
    named 'between' (else the compound names the sides: 'Russia-Ukraine mediation')."""
    second = r.s.by_end.get(pos)
    first = second.hyphen_pair if second is not None else None
    if second is None or first is None or first.start > second.start:
        return False
    mediators = {first.actor, second.actor}
    between = [m.actor for m in r.between_pair(pos, window=3)]  # "the Qatari-Egyptian mediation between A and B"
    sides = tuple(
        dict.fromkeys(between if len(set(between) - mediators) == 2 else subject_sides(r, pos, mediators, preps))
    )
    if len(sides) != 2:
        return False
    for m in (first, second):
        r.emit("mediation", m.actor, None, sides, "mediation.noun")
    return True


def subject_sides(r: Reader, pos: int, mediators: set[str], preps: frozenset[str] = ADVERBIAL_PREPS) -> list[str]:
    """'A and B signed the deal under the mediation of X', 'delegations from A and B are negotiating under X's
    auspices': the two sides are the clause's subject, when the noun stands in an adverbial phrase ('under',
    'with', 'through') after it."""
    s = r.s
    j = pos - 1
    while j >= 0:
        owner = s.by_end.get(j + 1)  # "under Omani mediation", "under the mediation", "under Saudi and US auspices"
        if owner is None and s.low[j] in POSSESSIVE:  # "under Kazakhstan's auspices"
            owner = s.by_end.get(j)
        if owner is not None:
            j = owner.start - 1
        elif s.low[j] in DETERMINERS or (s.low[j] in HYPHENS | {"and"} and s.by_end.get(j) is not None):
            j -= 1
        else:
            break
    thanks = j > 1 and s.low[j] == "to" and s.low[j - 1] in ("thanks", "due", "owing")  # "thanks to X's mediation"
    if j < 0 or (s.low[j] not in preps and not thanks):
        return []
    j -= thanks
    fronted = _fronted_clause(r, j, pos)  # "Through Chinese mediation, A held talks with B"
    subject, pronoun = r.main_subject(j) if fronted is None else (_first_subject(r, fronted), None)
    if subject:  # "A and B signed": the whole list, though a verb follows it; a headline's "A, B swap"
        listed = r.group(subject[0], leftward=False, free=True)
        listed = listed if len(listed) > 1 else [*listed, *headline_second(s, listed[0])]  # "A, B agree to truce"
        verb = next((k for k in range(listed[-1].end, j) if r.verbish(k)), None) if len(listed) == 1 else None
        subject = (r.left_subject(verb)[0] if verb is not None else []) or listed
    limit = j if fronted is None else len(s.low)
    sides = [m.actor for m in subject if m.actor not in mediators and m.end <= limit]
    if pronoun is None and len(set(sides)) == 1:  # "A held talks with B under X's mediation"
        sides += [m.actor for m in _talks_partner(r, subject[-1].end, limit) if m.actor not in mediators]
    if pronoun is None and len(set(sides)) == 2:
        return sides
    if pronoun is None and len(set(sides)) == 1 and unnamed_side_after(s.low, subject[-1].end):
        return sides  # "the Myanmar military and ethnic armed groups agreed a truce under China's mediation"
    delegates = mediation_roles.delegations_from(r, r.clause_start(j), mediators)  # "delegations from A and B"
    between = [m.actor for m in r.subject_between(j) if m.actor not in mediators]  # "The swap between A and B ..."
    return delegates if len(set(delegates)) == 2 else between if len(set(between)) == 2 else []


def talks_between(r: Reader, pos: int, mediators: set[str], any_noun: bool = False, later: bool = False) -> list[str]:
    """The sides of the talks named earlier in the sentence: 'peace talks between A and B resumed, with X as ...'
    (with `any_noun`, of any 'between A and B': 'a rapprochement between A and B, hosting talks between their ...';
    with `later`, of talks named after `pos`: 'the mediators (X, Y) issued a statement on the talks between A and
    B')."""
    s = r.s
    events = r.lex.word_set("mediation", "events")
    for j in range(pos + 1, len(s.low) - 1) if later else range(pos - 1, 0, -1):
        if later and s.low[j] in (";", "which", "who", "before", "after"):
            return []  # "... condemned Y's strike, which came hours before talks between A and B": other talks
        if s.low[j] != "between" or (s.low[j - 1] not in events and not any_noun):
            continue
        k = j + 1
        while k < min(len(s.low) if later else pos, j + 4) and s.by_start.get(k) is None:
            k += 1  # "between the Colombian government and ..."
        head = s.by_start.get(k)
        sides = [m.actor for m in r.group(head, leftward=False, free=True)] if head is not None else []
        sides = [a for a in sides if a not in mediators]
        return sides if len(set(sides)) >= 2 else []
    return []


def mediation_from(r: Reader, pos: int, end: int) -> list[Mention]:
    """'with mediation from X', 'following mediation from X and Y': one mediator, or two joined by 'and' that no verb
    follows ('from Morocco, France and Morocco said' is Morocco)."""
    s = r.s
    if s.low[pos] != "mediation" or s.low[end : end + 1] != ["from"]:
        return []
    helper = s.by_start.get(end + 1 + (s.low[end + 1 : end + 2] == ["the"]))
    if helper is None:
        return []
    second = s.by_start.get(helper.end + 1) if s.low[helper.end : helper.end + 1] == ["and"] else None
    if second is not None and second.end < len(s.low) and not r.verbish(second.end):
        return [helper, second]
    return [helper]


def travelled_to(r: Reader, pos: int) -> list[Mention]:
    """Who went or met someone in order to mediate: 'X met Putin in Moscow to broker a deal between A and B', 'X flew
    to Doha to mediate' (the subject of a verb of meeting or travel; 'X urged Y to mediate' is Y's, read elsewhere)."""
    s = r.s
    if pos < 2 or s.low[pos - 1] != "to":
        return []
    for j in range(pos - 2, max(-1, pos - PURPOSE_SPAN), -1):
        if s.low[j] in BOUNDARY or s.low[j] in (",", ";") or s.low[j] in QUOTE_OPEN:
            return []
        if s.low[j] in TRAVEL_VERBS:
            subject, pronoun = r.left_subject(j)
            return subject if pronoun is None else []
    return []


def _fronted_clause(r: Reader, prep: int, pos: int) -> int | None:
    """Where the main clause starts after a mediation phrase that opens the sentence ('Through Chinese mediation,
    A held talks with B'), or None when the phrase does not open it."""
    s = r.s
    if prep > 0 and s.low[prep - 1] not in OPENING_MARKS:
        return None
    comma = next((k for k in range(pos + 1, min(len(s.low), pos + FRONTED_PHRASE)) if s.low[k] == ","), None)
    return comma + 1 if comma is not None else None


def _first_subject(r: Reader, start: int) -> list[Mention]:
    """The actor heading the clause that starts at `start`: 'the TNLA', 'TNLA leaders', 'the Myanmar military'."""
    s = r.s
    first = next((m for m in s.mentions if m.start >= start), None)
    if first is None or first.prep is not None:
        return []
    return [first] if all(w in DETERMINERS for w in s.low[start : first.start]) else []


SWAPPED = frozenset({"swapped", "swapping", "exchanged", "exchanging"})  # "A swapped prisoners with B under X's"


def _talks_partner(r: Reader, after: int, limit: int) -> list[Mention]:
    """The other side of talks the subject holds: 'A held talks with B', 'A reached a deal with B', 'A swapped
    prisoners with B'."""
    s = r.s
    events = r.lex.word_set("mediation", "events")
    for m in s.mentions:
        if after <= m.start < limit and m.prep == "with":
            words = s.low[after : m.start]
            held = any(w in events or w in MET or w in TIES or w in SWAPPED for w in words)
            if held and not any(w in BOUNDARY for w in words):
                return r.group(m, leftward=False)
            return []
    return []


def talks_through(r: Reader, pos: int, end: int) -> None:
    """'A and B held indirect talks through X', 'A negotiated with B through X': X carries the talks."""
    s = r.s
    mediator = s.by_start.get(end) or s.by_start.get(end + 1)  # "through Qatar", "through the Qataris"
    if mediator is None or mediator.prep not in ("through", "via") or r.hedged(r.clause_start(pos), pos):
        return
    mediators = {m.actor for m in r.group(mediator, leftward=False)}  # "through Qatar and Egypt"
    subject, pronoun = r.main_subject(pos)
    if pronoun is not None or not subject:
        return
    sides = [m.actor for m in r.group(subject[0], leftward=False, free=True) if m.end <= pos]
    if len(set(sides)) == 1:  # "A held talks with B through X", "A held talks through X with B"
        sides += [m.actor for m in _talks_partner(r, subject[-1].end, len(s.low)) if m.actor not in mediators]
    sides = [a for a in sides if a not in mediators]
    if len(set(sides)) == 2:
        for actor in sorted(mediators):
            r.emit("mediation", actor, None, tuple(sides), "mediation.noun")


def sides_of_event_before(r: Reader, pos: int, mediators: set[str]) -> list[str]:
    """The sides of the clause an event noun just before a passive cue stands in: 'A restored ties with B in a deal
    brokered by X', 'A and B agreed a truce under a plan drawn up by X'."""
    s = r.s
    events = r.lex.word_set("mediation", "events")
    if pos >= 3 and s.low[pos - 1] == ",":
        return _partner_event_before(r, pos - 1, mediators, events)
    if pos < 3 or s.low[pos - 1] not in events:
        return []
    k = pos - 2
    while k > 0 and pos - k <= EVENT_WORDS and s.low[k].isalpha() and s.low[k] not in PREPOSITIONS:
        k -= 1  # "a new peace deal brokered": back over the noun's own words
    if s.low[k] not in PREPOSITIONS:
        return []
    return subject_sides(r, k + 1, mediators, ADVERBIAL_PREPS | {"in"})


def _partner_event_before(r: Reader, comma: int, mediators: set[str], events: frozenset[str]) -> list[str]:
    """'A has been engaged in a peace process with B, facilitated by X': the clause's subject and its partner in the
    event named just before the comma."""
    s = r.s
    partner = s.by_end.get(comma)
    if partner is None or partner.prep != "with" or partner.actor in mediators:
        return []
    before = " ".join(s.low[max(0, partner.start - EVENT_WORDS - 1) : partner.start])
    if not any(has_phrase(before, e) for e in events):  # "a peace process with B"
        return []
    subject, pronoun = r.main_subject(partner.start)
    sides = [m.actor for m in subject if m.actor not in mediators and m.actor != partner.actor]
    return [*sides, partner.actor] if pronoun is None and len(sides) == 1 else []


def reported_sides(r: Reader, pos: int, agents: list[Mention], mediators: set[str]) -> list[str]:
    """The two sides of a clause that a mediator named by its role reports after a comma ('A and B reached a
    ceasefire agreement, mediator X announced') or before it ('Mediators X and Y said A and B had agreed to a
    truce')."""
    s = r.s
    comma = pos - 1 - (pos > 1 and s.low[pos - 1] in DETERMINERS)
    after = max(a.end for a in agents)
    if after < len(s.low) and s.low[after] in SPEECH:
        that = after + (s.low[after + 1 : after + 2] == ["that"])
        agreed = [a for a in _agreeing_sides(r, that) if a not in mediators]
        if len(set(agreed)) == 2:
            return agreed
    if comma < 2 or s.low[comma] != "," or after >= len(s.low) or s.low[after] not in SPEECH:
        return []
    head = s.mentions[0] if s.mentions and s.mentions[0].start <= 1 else None
    if head is None or head.prep is not None:
        return []
    sides = [m for m in r.group(head, leftward=False, free=True) if m.actor not in mediators]
    events = r.lex.word_set("mediation", "events")
    clause = s.low[max(m.end for m in sides) if sides else comma : comma]
    said = any(w in events for w in clause) and not any(w in BOUNDARY for w in clause)
    return [m.actor for m in sides] if said and len({m.actor for m in sides}) == 2 else []


def institution_of(r: Reader, end: int) -> list[Mention]:
    """The state whose institution follows 'of': 'the mediation of the Ministry of Foreign Affairs of Kazakhstan'."""
    s = r.s
    for j in range(end + 1, min(len(s.low), end + INSTITUTION_SPAN)):
        mention = s.by_start.get(j)
        if mention is not None:
            return [mention] if mention.prep == "of" and j - end > 2 else []
        if not (s.low[j] in TITLE_WORDS or s.low[j] in ("affairs", "foreign") or s.tokens[j][:1].isupper()):
            return []
    return []


# verbs that give their subject the role after "as": "X and Y act as guarantors", "with X serving as mediator"
ACTING_AS = frozenset({"act", "acts", "acted", "acting", "serve", "serves", "served", "serving"})


def in_role(r: Reader, pos: int) -> Mention | None:
    """The actor just before an 'as' that gives it the role the noun at `pos` names: 'X (as the AU's mediator)'."""
    s = r.s
    for j in range(pos - 1, max(-1, pos - 6), -1):
        if s.low[j] == "as":
            k = j - 1
            while k >= 0 and s.low[k] in ("(", ","):
                k -= 1
            k -= k > 0 and s.low[k] in ACTING_AS  # "X and Y act as guarantors", "with X serving as mediator"
            actor = s.by_end.get(k + 1)
            return actor if actor is not None and not actor.possessive else None
        if s.low[j] in BOUNDARY or s.low[j] in (",", "(", ")") or r.verbish(j):
            return None
    return None


def unbound(r: Reader, pos: int, cue: Cue) -> bool:
    """Whether a noun that needs talks or a truce near it has none ('at the invitation of X', 'with help from X', 'a
    role in securing the border'), or is a bare 'help' that no one owns after 'with' ('with Turkey's help' reads; the
    verb 'help' does not)."""
    s = r.s
    events = r.lex.word_set("mediation", "events") | MET  # "A and B met at the invitation of X"
    reach = SUPPORT_REACH if s.low[pos] == "support" else EVENT_REACH
    near = s.low[max(0, pos - reach) : pos + reach] if s.low[pos] in ("help", "support") else s.low
    bound = s.low[pos] in EVENT_BOUND_NOUNS or (bool(cue.rest) and cue.rest[-1] in EVENT_BOUND_GERUNDS)
    if bound and not any(w in events for w in near):
        return True  # "a role in securing the border between A and B": no talks, no truce
    if s.low[pos] == "support" and not BROKERED.isdisjoint(s.low[:pos]):
        return True  # "brokered by X, with the support of Y": Y backs the mediator
    if cue.base == "involvement of" and "with" not in s.low[max(0, pos - 2) : pos]:
        return True  # "the involvement of Colombians in the war": a part in it; "brokered with the involvement of X"
    return cue.base == "help" and not ("with" in s.low[max(0, pos - HELP_OWNER) : pos] and r.possessor_before(pos))


VENUE_VERB_REACH = 4  # from 'as a venue' back to the verb offering it: "offered itself as a venue"
# what refuses a venue: "Russia rejected Istanbul as a venue", "the Kremlin dismissed the Vatican as a venue"
VENUE_REFUSALS = frozenset({"rejected", "rejects", "reject", "ruled", "dismissed", "opposed", "refused"})
VENUE_EVENT_REACH = 4  # words after "venue for" where the talks are named: "a venue for direct negotiations"
# what makes a place named before 'as a venue' its own host, whoever speaks: "Istanbul was chosen as the venue"
VENUE_CHOSEN = frozenset({"chosen", "chose", "selected", "picked", "named", "serve", "serves", "served", "serving"})


def as_venue(low: list[str], venue: int) -> int:
    """Where the 'as' before a venue or host noun at `venue` stands ('as a venue', 'as the host', 'as host'), or -1."""
    k = venue - 1 - (venue > 1 and low[venue - 1] in ("a", "the"))
    return k if k >= 1 and low[k] == "as" else -1


def venue_offered(r: Reader, venue: int, end: int) -> None:
    """'Turkey offered Istanbul as a venue for talks between A and B': the place hosts when its own state offers it
    (or it was chosen, or serves); 'Qatar offered itself as a venue', 'X is ready to provide good services as a
    venue for negotiations': the offering subject hosts (between the document's sides if none are named). Not a
    venue another only suggested: 'Zelensky suggested Saudi Arabia as a venue'."""
    s = r.s
    pos = as_venue(s.low, venue)  # the 'as' of "as a venue for", "as the venue for", "as host for"
    if pos < 1:
        return  # "provide a venue for": the verb's own reading
    place = s.by_end.get(pos)
    verb = next((j for j in range(pos - 1, max(-1, pos - VENUE_VERB_REACH - 1), -1) if r.verbish(j)), None)
    offerers = r.subject_or_speaker(pos if verb is None else verb)[0]
    hosts = offerers
    if place is not None and not place.possessive:
        chosen = any(w in VENUE_CHOSEN for w in s.low[max(0, place.start - 3) : pos])  # "chose X", "X was chosen"
        hosts = [place] if chosen or place.actor in {m.actor for m in offerers} else []
    refused = verb is not None and s.low[verb] in VENUE_REFUSALS  # "Russia rejected Istanbul as a venue"
    if not hosts or refused or r.hedged(r.clause_start(pos), pos, allow_offer=True):
        return
    parties = r.parties(pos, end, {m.actor for m in hosts})
    events = r.lex.word_set("mediation", "events")
    if not parties and not any(w in events for w in s.low[end : end + VENUE_EVENT_REACH]):
        return  # "offered Geneva as a venue for the football championship": no talks for the document's sides
    for host in hosts:
        r.emit("mediation", host.actor, None, tuple(parties), "mediation.verb")


# what a third side announces for two others: "announced a ceasefire between A and B", "... that A and B agreed to
# a truce", "... that talks between A and B would resume"
ANNOUNCED_EVENTS = frozenset({"ceasefire", "cease-fire", "truce", "armistice", "talks", "negotiations", "summit"})
ANNOUNCED_DEALS = ANNOUNCED_EVENTS | {"deal", "agreement", "accord"}  # "announced a deal between A and B" (not "that
# A and B signed a trade deal": the sides' own)
# what makes an announced deal a settlement of two sides' quarrel, not an arms or trade deal
SETTLING_DEALS = (
    PEACE_OBJECTS
    | SETTLED_CONFLICTS
    | {"normalize", "normalise", "prisoner", "prisoners", "swap", "border", "relations"}
)
ANNOUNCED_OBJECT = 5  # words from 'announced' to the event it names as its object: "announced a US-Houthi ceasefire"
ANNOUNCED_PAIR = 5  # words from the event to its 'between': "a deal for economic normalization between A and B"
AGREEING = SIGNING | {"accepted", "concluded", "agree", "reach"}  # "A and B have agreed to / signed a truce"
AGREEING_REACH = 4  # words from the sides to their agreeing verb: "A and B have agreed", "A and B had finally reached"
AGREED_EVENT = 6  # words from the agreeing verb to what was agreed: "had agreed to attend a summit"
FAILING = frozenset({"collapsed", "failed", "stalled", "ended", "broke", "suspended", "faltered", "no", "not"})


def announced(r: Reader, pos: int, end: int) -> None:
    """'The Qatari Foreign Ministry announced a ceasefire between A and B', 'Oman announced a US-Houthi ceasefire',
    'X announced that A and B had agreed to a truce', 'X announced that talks between A and B would resume': a
    third side announcing two others' truce or talks is their mediator, though less surely than one said to broker
    it (`mediation.announced`). Not what is announced after or despite them, nor a truce that failed."""
    s = r.s
    subject, bonus = r.subject_or_speaker(pos)
    if not subject or r.hedged(r.hedge_from(subject, pos), pos):
        return
    k = end
    while k < len(s.low) and s.low[k] in REPORTED_TIME and s.low[k] != "that":
        k += 1  # "announced on Sunday"
    if s.low[k : k + 1] == ["that"]:
        parties = _agreeing_sides(r, k) or _talks_sides(r, k)
    else:
        event = next((j for j in range(k, min(len(s.low), k + ANNOUNCED_OBJECT)) if s.low[j] in ANNOUNCED_DEALS), -1)
        if event < 0 or any(s.low[j] in PREPOSITIONS or r.verbish(j) for j in range(k, event)):
            return  # "announced new sanctions after talks between A and B": not the talks
        if s.low[event] not in ANNOUNCED_EVENTS and SETTLING_DEALS.isdisjoint(s.low):
            return  # "announced an arms deal between A and B": no quarrel settled
        pair = r.between_pair(event, window=ANNOUNCED_PAIR)
        parties = [m.actor for m in pair] or list(r.hyphen_pair_near(event, before=3, after=1) or ())
    mediators = {m.actor for m in subject}
    if len(set(parties)) == 2 and not mediators & set(parties):
        for mediator in subject:
            r.emit("mediation", mediator.actor, None, tuple(parties), "mediation.announced", bonus)


def _agreeing_sides(r: Reader, that: int) -> list[str]:
    """'announced that A and B have agreed to a ceasefire': the two who agreed to a truce, talks or a summit."""
    s = r.s
    head = next((s.by_start[j] for j in range(that + 1, that + 4) if j in s.by_start), None)
    if head is None:
        return []
    group = r.group(head, leftward=False, free=True)
    after = range(group[-1].end, min(len(s.low), group[-1].end + AGREEING_REACH))
    verb = next((j for j in after if s.low[j] in AGREEING), None)
    if verb is None:
        return []
    agreed = s.low[verb + 1 : verb + 1 + AGREED_EVENT]
    if any(w in FAILING for w in agreed) or not any(w in ANNOUNCED_EVENTS for w in agreed):
        return []  # "had reached no agreement", "had signed a trade deal"
    return [m.actor for m in group]


def _talks_sides(r: Reader, that: int) -> list[str]:
    """'announced that (indirect) negotiations between A and B could resume': the sides of the talks announced, not
    of talks said to have failed."""
    s = r.s
    event = next((j for j in range(that + 1, that + 4) if s.low[j : j + 1] and s.low[j] in ANNOUNCED_EVENTS), None)
    if event is None or s.low[event] not in ("talks", "negotiations"):
        return []
    pair = r.between_pair(event, window=2)
    if len({m.actor for m in pair}) != 2 or any(w in FAILING for w in s.low[pair[-1].end : pair[-1].end + 8]):
        return []
    return [m.actor for m in pair]
