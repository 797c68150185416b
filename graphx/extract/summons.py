"""Summons and recalls: 'X summoned Y's ambassador', 'the Russian envoy was summoned by X', 'X recalled its
ambassador from Y for consultations': a protest at the other state."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from graphx.extract.clauses import Reader
from graphx.extract.forces import kind
from graphx.extract.mentions import Mention
from graphx.extract.people import NAME_WORDS
from graphx.extract.words import ANNOUNCING, DETERMINERS, DIPLOMATS, HEDGES, MODALS, NEGATION, POSSESSIVE, SPEECH
from graphx.lexicon import Cue

SUMMONING_BODIES = frozenset({"ministry", "foreign", "office", "department", "mfa"})  # "summoned to X's ministry"
SUMMONING_GOVERNMENTS = frozenset({"government", "ministry", "cabinet", "presidency", "office"})  # unnamed summoners
CONSULTATIONS = frozenset({"consultations", "consultation"})
CALLING = frozenset({"call", "calls", "called", "calling"})  # "called its ambassador in Y for consultations"
CALLED_FOR_REACH = 14  # words back from "consultations" to "called": "ambassadors in A, B, C and D for"
DISCUSS_REACH = 10  # words from "summoned" to its "to discuss": "the envoys of Ukraine and Russia to discuss"
PROTESTING = frozenset({"protest", "protests", "over", "lodge", "lodged", "condemn", "condemned"})  # a summons's own
CONVENED_FOR = frozenset({"discuss", "discussing"})  # "summoned the envoys of A and B to discuss ...": a meeting
RECALLS = frozenset({"recall", "withdraw", "withdrawal"})  # taking one's own ambassador home: a protest
DEMANDING = frozenset({"demanded", "demands", "demand", "demanding", "sought", "seeks", "urged", "called"})
CONDITION_REACH = 4  # words from a summons to the 'if' that makes it a threat: "will be summoned if ..."
RECALL_HEDGES = MODALS | HEDGES | NEGATION  # what may stand between a recaller and its recall
CONDITIONS = frozenset({"if", "unless", "should"})  # "should the attacks continue"
CONDITION_PHRASES = (("in", "case"), ("in", "the", "event"))  # "in case of further provocation"
REPORTED_WOULD = 4  # words from a speech verb to the 'would' it reports: "said on Saturday it would recall"
RECALLED_WINDOW = 6  # words between "recall" and the diplomat: "the recall of El Salvador's ambassador"
SEARCH_ENDS = SPEECH | {",", "that", ";"}  # where the search for the diplomat summoned or expelled ends
SUMMONED_WINDOW = 6  # words between "summoned" and the diplomat: "summoned the Russian charge d'affaires"
# words between the diplomat and "was summoned", a name and the posting among them: "X's ambassador to Y Jane Doe
# was summoned"
NAMED_SUMMONED_WINDOW = 9
APPOSED_ROLE_WINDOW = 5  # words after a summoned person's name to the role in apposition: ", the British ambassador"


def summons(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'X summoned Y's ambassador', 'X summoned the Russian envoy': summoning a diplomat is a formal protest; so is
    recalling one's own ('X recalled its ambassador from Y')."""
    s = r.s
    if cue.base in RECALLS:
        _recalled(r, pos, end)
        return
    if cue.base in CONSULTATIONS:  # "X called its ambassadors in A and B for consultations": a recall
        _called_for_consultations(r, pos)
        return
    # a headline's passive without 'was': "Y's envoy summoned to X's foreign ministry", "Envoys of A and B summoned to"
    headline = s.low[end : end + 1] == ["to"] and any(w in DIPLOMATS for w in s.low[max(0, pos - 6) : pos])
    passive = r.passive(pos, end) or headline
    noun = _diplomat(r, pos, end, passive)
    if noun is None:
        return
    events = r.lex.word_set("mediation", "events") | CONSULTATIONS
    convening = any(w in events for w in s.low[end:]) or _to_discuss(s.low, end)  # "summoned the envoys ... for talks"
    owners = r.possessor_before(noun)  # "summoned the Japanese ambassador (to a meeting)": one state's, a protest
    holder = next((m for m in s.mentions if m.start <= noun < m.end), None)  # "French Ambassador Joel Meyer"
    if holder is not None:
        owners = [replace(holder, person=False)]
    if not owners and not convening:
        of = r.right_objects(noun + 1, frozenset({"of", "from"}), window=6)  # "the chargé d'affaires of Y"
        first = of[0] if of else None  # "the ambassadors of Ukraine and Russia": every one of the list
        owners = of if first and (first.prep == "of" or (first.prep == "from" and _of_mission(s.low, first))) else []
    owners = [*owners, *_second_diplomat(r, noun, owners)]  # "the Danish ambassador and the Swedish chargé"
    owners = [*owners, *_second_diplomat_of(r, owners)]  # "the ambassador of A and the chargé d'affaires of B"
    if convening and (len({o.actor for o in owners}) != 1 or s.low[noun] == "counterpart"):
        return  # "summoned the envoys of A and B for talks", "summoned his Cambodian counterpart for talks"
    if passive:
        protesters = _passive_protesters(r, noun, pos, end, owners, cue)
    else:
        protesters, _ = r.subject_or_speaker(pos)
        start = r.hedge_from(protesters, pos) if protesters else r.clause_start(pos)
        if r.hedged(start, pos) and not _announced(r, start, pos):
            return  # "X will be summoning Y's chargé d'affaires": the announcement is the protest
        governing = any(w in SUMMONING_GOVERNMENTS for w in s.low[start:pos])  # not "a court summoned"
        # "The government summoned Y's envoy to X": X, a state (not "Y's ambassador to the UN")
        hosts = _posted_to(r, noun, end, owners) if not protesters and governing else []
        protesters = protesters or [h for h in hosts if kind(r, h.actor) == "state"]
    if not owners and "each" in s.low[max(0, noun - 5) : noun] and "other" in s.low[max(0, noun - 4) : noun]:
        owners = protesters[::-1] if len(protesters) == 2 else []  # "A and B expelled each other's (top) diplomats"
    for a, t in ((a, t) for a in protesters for t in owners if a.actor != t.actor):
        if not t.person:
            r.emit("criticism", a.actor, t.actor, (), "criticism.summoned")


def _called_for_consultations(r: Reader, pos: int) -> None:
    """'X called its ambassadors in A and B for consultations': a recall by another verb."""
    s = r.s
    call = next((j for j in range(pos - 1, max(-1, pos - CALLED_FOR_REACH), -1) if s.low[j] in CALLING), None)
    if call is not None and any(w in DIPLOMATS for w in s.low[call:pos]):
        _recalled(r, call, call + 1)


def _second_diplomat(r: Reader, noun: int, owners: list[Mention]) -> list[Mention]:
    """The owner of a second diplomat joined to the first by 'and': 'summoned the Danish ambassador and the Swedish
    chargé d'affaires' (Sweden), not 'the Danish ambassador and a ministry official'."""
    s = r.s
    k = noun + 1
    while k < len(s.low) and k - noun <= 2 and s.low[k] != "and":
        k += 1  # past "d'affaires"
    if not owners or k >= len(s.low) or s.low[k] != "and":
        return []
    second = next((m for m in s.mentions if k < m.start <= k + 2), None)
    if second is None or second.actor in {o.actor for o in owners}:
        return []
    after = second.end + second.possessive  # "the Swedish chargé", "Sweden's envoy"
    return [second] if s.low[after : after + 1] and s.low[after] in DIPLOMATS else []


def _second_diplomat_of(r: Reader, owners: list[Mention]) -> list[Mention]:
    """The state of a second diplomat named after the first one's 'of' owner: 'summoned the ambassador of Ukraine and
    the chargé d'affaires of Russia' (Russia), not 'the ambassador of Ukraine and the head of its mission'."""
    s = r.s
    if not owners or owners[-1].prep != "of" or s.low[owners[-1].end : owners[-1].end + 1] != ["and"]:
        return []
    k = owners[-1].end + 1 + (s.low[owners[-1].end + 1 : owners[-1].end + 2] == ["the"])
    if k >= len(s.low) or s.low[k] not in DIPLOMATS:
        return []
    of = next((j for j in range(k + 1, min(len(s.low), k + 6)) if s.low[j] == "of"), None)  # past "d'affaires"
    second = s.by_start.get(of + 1) or s.by_start.get(of + 2) if of is not None else None
    return [second] if second is not None and second.actor not in {o.actor for o in owners} else []


def _to_discuss(low: Sequence[str], end: int) -> bool:
    """Whether a summons is 'to discuss' a matter and says nothing of a protest: 'summoned the envoys of A and B to
    discuss the corridor' (not 'to lodge a protest and discuss', 'over the incursion, which ministers will discuss')."""
    at = next((j for j in range(end, min(len(low), end + DISCUSS_REACH)) if low[j] in CONVENED_FOR), None)
    return at is not None and low[at - 1] == "to" and not PROTESTING.intersection(low[end:])


def _of_mission(low: Sequence[str], mention: Mention) -> bool:
    """Whether a state named after 'from' owns the mission a diplomat comes from: 'a diplomat from the German
    Embassy', 'an official from Y's embassy'."""
    return low[mention.end + mention.possessive : mention.end + mention.possessive + 1] in (["embassy"], ["mission"])


def _diplomat(r: Reader, pos: int, end: int, passive: bool) -> int | None:
    """Where the diplomat summoned or expelled is named: before a passive ('Y's ambassador to Z, Jane Doe, was
    summoned'), after an active verb; not past a speech verb or 'that' ('Y's ambassador said migrants were expelled
    by X', 'X expelled workers, Y's envoy said'), unless 'he' or 'she' reaches back ('... told reporters he had been
    summoned')."""
    s = r.s
    span = range(pos - 1, max(-1, pos - NAMED_SUMMONED_WINDOW), -1) if passive else range(end, end + SUMMONED_WINDOW)
    ends = SEARCH_ENDS - {","} if passive else SEARCH_ENDS
    if passive and any(w in ("he", "she") for w in s.low[max(0, pos - 4) : pos]):
        ends = frozenset()
    noun = next((j for j in span if 0 <= j < len(s.low) and s.low[j] in DIPLOMATS | ends), None)
    if not passive and noun is not None and s.low[noun] == "," and _named_person(s.tokens, end, noun):
        after = range(noun + 1, min(len(s.low), noun + 1 + APPOSED_ROLE_WINDOW))  # "summoned John Smith, the British
        noun = next((j for j in after if s.low[j] in DIPLOMATS | ends - {","}), None)  # ambassador"
    return None if noun is None or s.low[noun] in ends else noun


def _named_person(tokens: list[str], start: int, comma: int) -> bool:
    """Whether the words before a comma are a person's name: 'summoned Visvaldas Kulbokas, Apostolic Nuncio'."""
    return 1 <= comma - start <= NAME_WORDS and all(t[:1].isupper() and t.isalpha() for t in tokens[start:comma])


def _passive_protesters(r: Reader, noun: int, pos: int, end: int, owners: Sequence[Mention], cue: Cue) -> list[Mention]:
    """Who summoned or expelled a diplomat named before a passive: 'by X', or the host of the diplomat's posting; none
    for a hedge or a condition ('was not summoned', 'will be summoned if ...') or an expulsion from a body."""
    s = r.s
    conditional = any(w in ("if", "unless") for w in s.low[end : end + CONDITION_REACH])
    if conditional or (r.hedged(noun, pos) and not _announced(r, noun, pos)):
        return []
    source = s.by_start.get(end + 1 + (s.low[end + 1 : end + 2] == ["the"]))  # "expelled from Moldova", "from Fidesz"
    if cue.base == "expel" and s.low[end : end + 1] == ["from"] and s.low[end + 1 : end + 3] != ["the", "country"]:
        return [source] if source is not None and kind(r, source.actor) == "state" else []
    protesters = r.agent_after(end) or _posted_to(r, noun, end, owners)
    return protesters or _summoned_to(r, end, owners)


def _posted_to(r: Reader, noun: int, end: int, owners: Sequence[Mention]) -> list[Mention]:
    """The host of a diplomat summoned with no 'by X': 'China's ambassador to Manila was summoned', 'the Hungarian
    ambassador in Bucharest summoned' (by the host), not when called home ('was summoned to Beijing for
    consultations')."""
    s = r.s
    if not owners or noun + 1 >= len(s.low) or s.low[noun + 1] not in ("to", "in"):
        return []
    home = {o.actor for o in owners}
    if (
        s.low[end : end + 1] == ["home"]
        or any(w in CONSULTATIONS for w in s.low[end:])
        or any(m.start >= end and m.prep == "to" and m.actor in home for m in s.mentions)
    ):
        return []
    j = noun + 2
    if j < len(s.low) and s.low[j] == "the":
        j += 1  # "the ambassador to the Philippines"
    host = s.by_start.get(j)
    if host is None or host.person or host.actor in home:
        return []
    return [host]


def _summoned_to(r: Reader, end: int, owners: Sequence[Mention]) -> list[Mention]:
    """The state whose ministry a diplomat was summoned to: 'the US ambassador was summoned to the Russian Foreign
    Ministry' (not to one's own capital for consultations)."""
    s = r.s
    if s.low[end : end + 1] != ["to"] or any(w in CONSULTATIONS for w in s.low[end:]):
        return []
    host = next((m for m in s.mentions if end < m.start <= end + 3 and m.prep == "to"), None)
    body = host is not None and any(w in SUMMONING_BODIES for w in s.low[host.end : host.end + 3])
    return [host] if host is not None and body and host.actor not in {o.actor for o in owners} else []


def _recalled(r: Reader, pos: int, end: int) -> None:
    """'X recalled its ambassador from Y', 'X and Z recalled their envoys to Y'; 'A and B each recalled their
    ambassadors', 'the two countries recalled theirs' (from each other, when no third actor is named)."""
    s = r.s
    noun = next((j for j in range(end, min(len(s.low), end + RECALLED_WINDOW)) if s.low[j] in DIPLOMATS), None)
    own = (
        noun is not None
        and noun >= 3
        and s.low[noun - 3 : noun] in (["his", "country", "'s"], ["her", "country", "'s"])
    )
    named = s.by_end.get(noun - 1) if noun is not None and s.low[noun - 1] in POSSESSIVE else None
    named = named or (s.by_end.get(noun) if noun is not None else None)  # "the Bolivian ambassador"
    det = noun - 1 - (noun is not None and s.low[noun - 1] in ("respective", "own")) if noun is not None else 0
    bare = noun == end and s.low[pos] != "withdrawal"  # a headline's "X recalls ambassador to Y"
    if noun is None or (s.low[det] not in ("its", "their", "the") and not own and named is None and not bare):
        return  # "X recalled its ambassador", "Chavez withdrew his country's ambassador", "Colombia's ambassador"
    hosts = r.right_objects(noun + 1, frozenset({"from", "to", "in"}), window=4)  # "in A, B and C": all of them
    hosts = hosts if hosts and hosts[0].prep else []
    nominal, subject, bonus = _recaller(r, pos)
    if named is not None and subject and named.actor not in {m.actor for m in subject}:
        if nominal and any(w in DEMANDING for w in s.low[max(0, pos - 4) : pos]):  # "X demanded the recall of Y's
            for demander in subject:  # ambassador": X protests against Y
                r.emit("criticism", demander.actor, named.actor, (), "criticism.recalled", bonus)
        return  # "X recalled Y's ambassador" is not X's own
    sides = [a for m in subject for a in (m.actor, *m.others)]
    alone = {m.actor for m in s.mentions} <= {a for m in subject for a in (m.actor, *m.others)}  # no third actor
    mutual = alone and ("each" in s.low[subject[-1].end : pos] or any(m.others for m in subject)) if subject else False
    if not subject or not (hosts or (mutual and len(set(sides)) == 2)):
        return  # "Venezuela and Colombia each recalled their ambassadors", "the two countries recalled theirs"
    start = r.hedge_from(subject, pos)
    if r.hedged(start, pos) and not _announced(r, start, pos):
        return
    for a in sides:
        for t in [h.actor for h in hosts] or sides:
            if a != t:
                r.emit("criticism", a, t, (), "criticism.recalled", bonus)


def _recaller(r: Reader, pos: int) -> tuple[bool, list[Mention], float]:
    """Whether a recall at `pos` is a noun ('the (immediate) recall of its envoy', 'X's withdrawal of ...'), and
    who recalls: the noun's owner or the main clause's subject list, else the verb's subject."""
    s = r.s
    before = s.low[pos - 1] if pos else ""
    if pos >= 2 and before.isalpha() and not r.verbish(pos - 1) and before not in DETERMINERS:
        before = s.low[pos - 2]  # "the immediate recall"
    nominal = s.low[pos] == "withdrawal" or before in DETERMINERS or before in POSSESSIVE
    if not nominal:
        subject, bonus = r.subject_or_speaker(pos)
        return False, subject, bonus
    subject = r.possessor_before(pos) or r.main_subject(pos)[0]
    if subject and not subject[0].possessive:  # "A and B announced the recall": the whole list, verb and all
        subject = r.group(subject[0], leftward=False, free=True)
    return True, subject, 0.0


def _announced(r: Reader, start: int, pos: int) -> bool:
    """Whether the only hedge before a recall is 'will', or a reported 'would': 'X will recall its ambassador' and
    'X said it would recall its ambassador' announce the protest (not '... would recall it if ...')."""
    low = r.s.low
    hedges = [j for j in range(start, pos) if low[j] in RECALL_HEDGES or low[j].endswith("n't")]
    after = low[pos:]
    phrased = any(tuple(after[k : k + len(c)]) == c for c in CONDITION_PHRASES for k in range(len(after)))
    unconditional = not phrased and not any(w in CONDITIONS for w in after)
    return bool(hedges) and all(
        low[j] in ANNOUNCING or (low[j] == "would" and unconditional and _reported(low, j)) for j in hedges
    )


def _reported(low: Sequence[str], would: int) -> bool:
    """Whether a 'would' reports what the recaller itself said: 'X said (on Saturday) it would' (not 'Analysts said X
    would likely recall')."""
    own = would > 0 and low[would - 1] in ("it", "they")
    return own and any(w in SPEECH for w in low[max(0, would - REPORTED_WOULD) : would])
