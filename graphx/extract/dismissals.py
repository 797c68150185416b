"""Dismissals and denials: 'X dismissed Y's remarks', 'Y's claims were rejected by X', 'X rejected the accusations'
(of the last accuser), 'X denied having fired', and what a rejected reproach tells: 'X rejected Y's objections'
(Y objected to X)."""

from __future__ import annotations

from graphx.extract.claims import UNTRUE
from graphx.extract.clauses import Reader
from graphx.extract.criticism_more import apposed_move
from graphx.extract.mentions import Mention
from graphx.extract.tokens import base_in, skip_back
from graphx.extract.words import ANAPHORIC, BE, DENIALS, NEGATION
from graphx.lexicon import Cue

AIMING = frozenset({"against", "at", "toward", "towards", "over", "about", "of", "on"})  # "accusations against Z"
# what one says against another: rejecting "Y's objections" tells that Y objected
REPROACHES = frozenset(
    {
        "objection",
        "objections",
        "criticism",
        "criticisms",
        "accusation",
        "accusations",
        "allegation",
        "allegations",
        "complaint",
        "complaints",
        "protest",
        "protests",
        "representations",
        "condemnation",
        "condemnations",
        "charges",
        "censure",
    }
)

# what is said against another, named 'anti-X' after its target: "anti-Pakistan statements from Indian leaders"
OPPOSED_SPEECH = frozenset(
    {"rhetoric", "remarks", "statements", "comments", "propaganda", "slogans", "campaign", "hysteria", "smear"}
    | {"narrative", "narratives"}
)
ACCUSATION_REACH = 4  # sentences back to the accusation a rejection answers
TOPIC_NOUNS = frozenset({"report", "reports", "findings"})  # "reports of Chinese ships": what they are about
# the bodies that author a report: "the report of the US State Department", "of the US Commission on ..."
AUTHOR_BODIES = frozenset({"department", "commission", "ministry", "government", "agency", "office", "committee"})
REJECTING = frozenset({"reject", "rebuff", "dismiss"})  # verbs that, said of another's act, criticise its author
HOLDER_REACH = 10  # words from a claim to the statement it is made in: "references to Kashmir in the joint statement"
HOLDER_GAP = 3  # words between "in" and that statement: "in the joint statement"
ACT_REACH = 6  # words from the rejecting verb to the act: "rejects Turkey's new military incursions"
# another's acts whose rejection criticises their author: "X rejected Y's renaming of places in Z"
REJECTED_ACTS = frozenset(
    {
        "decision",
        "decisions",
        "move",
        "moves",
        "renaming",
        "annexation",
        "measures",
        "actions",
        "sanctions",
        "plan",
        "plans",
        # acts of force: "Iraq rejects Turkey's new military incursions into Kurdistan"
        "incursion",
        "incursions",
        "deployment",
        "interference",
        "occupation",
        "aggression",
        # a case brought: "Israel dismissed South Africa's case as an abuse of the convention"
        "case",
    }
)
# what makes a rejection foreseen or hearsay: "is likely to reject", "reportedly rejected"
FORESEEN = frozenset({"likely", "unlikely", "expected", "poised", "set", "reportedly", "may", "might", "could"})
OWNED_REACH = 6  # words back from a passive rejection to the claim heading it: "The statement from Y was rejected"
# what another offers, whose rejection rebuffs its author: "Hamas rejected Israeli proposals", "rejected Trump's
# mediation offer" (not a resolution put to a vote)
PROPOSALS = frozenset({"proposal", "proposals", "suggestion", "suggestions", "offer", "offers", "initiative", "idea"})


def speech_verbs(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """X dismissed Y's remarks; X rejected the accusations (of the last accuser); X denied having fired."""
    s = r.s
    nouns = r.lex.word_set("criticism", "speech_nouns")
    noun = next((j for j in range(end, min(len(s.low), end + 7)) if s.low[j] in nouns and not _idiom(s.low, j)), None)
    act = None
    if noun is None and cue.base in REJECTING:
        acts = REJECTED_ACTS | PROPOSALS
        act = next((j for j in range(end, min(len(s.low), end + ACT_REACH)) if s.low[j] in acts), None)
    if act is not None:
        _rejected_act(r, pos, act)
        return
    if noun is None:
        _without_speech_noun(r, pos, end, cue, nouns)
        return
    targets = claim_owners(r, noun)
    if r.passive(pos, end):
        _dismissed_passive(r, end, targets)
        return
    subject, bonus = r.subject_or_speaker(pos)
    if not subject or r.hedged(r.hedge_from(subject, pos), pos):
        return
    anaphoric = not targets and s.low[end] in ANAPHORIC and noun - end <= 3
    reproach = s.low[noun] in REPROACHES and not _aimed_elsewhere(r, noun, subject)
    for a in subject:
        for t in targets:
            r.emit("criticism", a.actor, t.actor, (), "criticism.dismissed", bonus)
            if reproach:  # "X rejected Y's objections": Y objected to X
                r.emit("criticism", t.actor, a.actor, (), "criticism.reproach_rejected", bonus)
        if anaphoric:  # "X rejected the accusations": the last criticism of X, reversed
            for source in accusers_of(r, a.actor):
                r.emit("criticism", a.actor, source, (), "criticism.rejected_accusation", bonus)


def opposed_speech(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'anti-Pakistan statements from Indian leaders', 'India's anti-Pakistan rhetoric': the speakers criticise the
    actor the words are against (not when the words are denied: 'denied any anti-China rhetoric')."""
    s = r.s
    hit = r.context.table.match(s.tokens, end + 1) if s.low[end : end + 1] == ["-"] and end + 1 < len(s.low) else None
    noun = end + 1 + hit[0] if hit is not None else len(s.low)  # "anti-X" is no mention of X: its name is looked up
    if hit is None or hit[1].person or noun >= len(s.low) or s.low[noun] not in OPPOSED_SPEECH:
        return
    if any(w in NEGATION or base_in(w, DENIALS) for w in s.low[max(0, pos - 4) : pos]):
        return
    target = hit[1].actor_on(r.context.date)
    for a in claim_owners(r, noun) or r.possessor_before(pos):
        if a.actor != target:
            r.emit("criticism", a.actor, target, (), "criticism.opposed_speech")


def _idiom(low: list[str], noun: int) -> bool:
    """Whether a speech noun is part of an idiom: 'on account of', 'take into account'."""
    return low[noun] == "account" and noun > 0 and low[noun - 1] in ("on", "into")


def _rejected_act(r: Reader, pos: int, act: int) -> None:
    """'X rejected Y's renaming of places', 'X rejected the plan drawn up by Y and Z': X criticises the act's authors
    (its owner, or who it is 'by'; not 'moves to expel A from B', where B is a place)."""
    authors = r.possessor_before(act)
    if not authors:
        by = [m for m in r.right_objects(act + 1, frozenset({"by"}), window=6) if m.prep == "by"]
        authors = r.group(by[0], leftward=False, free=True) if by else []
    if r.s.low[pos].endswith("ing") and r.s.low[pos - 1 : pos] in (["of"], ["for"]):
        return  # "X accused Y of rejecting the proposal": Y's rejection, which another reports as a charge
    subject, bonus = r.subject_or_speaker(pos)
    if not subject or r.hedged(r.hedge_from(subject, pos), pos):
        return
    rule = "criticism.rejected_proposal" if r.s.low[act] in PROPOSALS else "criticism.dismissed"
    foreseen = FORESEEN.intersection(r.s.low[max(0, pos - 4) : pos]) or "?" in r.s.low  # or asked
    if rule == "criticism.rejected_proposal" and foreseen:
        return  # "Hamas is likely to reject the U.S. proposal": foreseen, not done
    for a in subject:
        for t in authors:
            r.emit("criticism", a.actor, t.actor, (), rule, bonus)


def _dismissed_passive(r: Reader, end: int, targets: list[Mention]) -> None:
    """'Y's remarks were dismissed by X'."""
    for a in r.agent_after(end):
        for t in targets:
            r.emit("criticism", a.actor, t.actor, (), "criticism.dismissed_passive")


def _without_speech_noun(r: Reader, pos: int, end: int, cue: Cue, nouns: frozenset[str]) -> None:
    """A rejection with no speech noun after it: 'The claim has been denied by Y', 'X rejected the charge', 'X denied
    having fired', 'X rejected it as baseless'."""
    if _rejected_passive(r, pos, end) or _owned_rejected_passive(r, pos, end, nouns):
        return
    if cue.base in REJECTING and _ends_clause(r.s.low, end):  # "Trump suggested swaps, a proposal Russia rejected"
        subject, bonus = r.subject_or_speaker(pos)
        if subject and not r.hedged(r.hedge_from(subject, pos), pos) and apposed_move(r, subject, bonus):
            return
    rejected_charge(r, pos, nouns)
    low = r.s.low
    untrue = low[end : end + 2] in (["it", "as"], ["them", "as"]) and low[end + 2 : end + 3] and low[end + 2] in UNTRUE
    if cue.base in DENIALS or (cue.base in REJECTING and untrue):
        denied(r, pos)  # "X denied having fired", "X rejected it as baseless": X answers its last accuser


def _rejected_passive(r: Reader, pos: int, end: int) -> bool:
    """'The claim has been denied by Y', 'These accusations were rejected by Y': an anaphoric reproach or claim
    heading the clause, rejected by the agent after the verb, is the last accusation made against that agent."""
    s = r.s
    if not r.passive(pos, end):
        return False
    k = pos - 1
    while k > 0 and s.low[k] in BE:
        k -= 1
    if k < 1 or (s.low[k] not in REPROACHES and s.low[k] not in ("claim", "claims")) or s.low[k - 1] not in ANAPHORIC:
        return False
    for a in r.agent_after(end):
        for source in accusers_of(r, a.actor):
            r.emit("criticism", a.actor, source, (), "criticism.rejected_accusation")
    return True


def _owned_rejected_passive(r: Reader, pos: int, end: int, nouns: frozenset[str]) -> bool:
    """'Y's claims were rejected by X', 'The statement from Y was dismissed by X': the agent rebuffs the owner of
    what heads the clause. Whether such a subject was found."""
    s = r.s
    if not r.passive(pos, end):
        return False
    be = pos - 1
    while be > 0 and s.low[be - 1] in BE:
        be -= 1
    start = r.clause_start(be)
    noun = next((j for j in range(be - 1, max(start - 1, be - OWNED_REACH), -1) if s.low[j] in nouns | PROPOSALS), None)
    if noun is None:
        return False
    owners = [m for m in claim_owners(r, noun) if m.start < be]
    for a in r.agent_after(end):
        for t in owners:
            if a.actor != t.actor:
                r.emit("criticism", a.actor, t.actor, (), "criticism.dismissed_passive")
    return bool(owners)


def _aimed_elsewhere(r: Reader, noun: int, subject: list[Mention]) -> bool:
    """Whether a reproach is aimed at someone else than the subject: 'Y's accusations against Z', 'Russia's
    accusations that Ukraine had staged the attack', 'Iran's complaints over Israeli strikes' (not 'Nepal's
    objections to border trade with China', where China is no one reproached)."""
    s = r.s
    ids = {m.actor for m in subject}
    j = noun + 1
    if s.low[j : j + 2] in (["that", "it"], ["that", "they"]):
        return False  # "X dismissed Y's accusations that it backs Z": X, the one 'it' stands for
    if j < len(s.low) and (s.low[j] == "that" or s.low[j] in AIMING):
        k = j + 1
        while k < min(len(s.low), j + 4) and k not in s.by_start and s.low[k].isalpha():
            k += 1  # "that the Ukrainian army", "over Israeli strikes", "against the US"
        mention = s.by_start.get(k)
        return mention is not None and mention.actor not in ids
    return False


def claim_owners(r: Reader, noun: int) -> list[Mention]:
    """Whose claim the speech noun at `noun` is: 'Y's claims', 'remarks by Y', 'the accusations of Y'."""
    targets = r.possessor_before(noun)
    if not targets:
        after = [t for t in r.right_objects(noun + 1, frozenset({"from", "by"}), window=8) if t.prep in ("from", "by")]
        listed = r.group(after[0], leftward=False, free=True) if after else []  # "issued by China and Pakistan"
        targets = listed + [t for t in after[1:] if t not in listed]
    if not targets and (holder := _holding_text(r, noun)) is not None:
        return claim_owners(r, holder)  # "references to Kashmir in the joint statement issued by China and Pakistan"
    if (
        not targets
        and r.s.low[noun] not in r.lex.word_set("criticism", "nouns")
        and r.s.low[noun] not in TOPIC_NOUNS
        and r.s.low[noun + 1 : noun + 2] == ["of"]
    ):
        targets = [t for t in r.right_objects(noun + 1, frozenset({"of"}), window=6) if t.prep == "of"]  # not "demands
        # for the release of Y's prisoners": Y's are the prisoners
    if not targets and r.s.low[noun] in TOPIC_NOUNS and r.s.low[noun + 1 : noun + 2] == ["of"]:
        targets = _authoring_body(r, noun + 2)  # "the report of the US State Department": its author, not its topic
    return targets


def _authoring_body(r: Reader, start: int) -> list[Mention]:
    """A state's body named right after 'report of': 'the US State Department', 'the US Commission on ...' (not
    'reports of Chinese ships', which are about them)."""
    k = start + (r.s.low[start : start + 1] == ["the"])
    mention = r.s.by_start.get(k)
    if mention is None or mention.prep != "of":
        return []
    head = r.s.low[mention.end : mention.end + 2]
    multiword = mention.end - mention.start > 1 and r.s.low[mention.end - 1] in AUTHOR_BODIES
    return [mention] if multiword or any(w in AUTHOR_BODIES for w in head) else []


def _holding_text(r: Reader, noun: int) -> int | None:
    """The statement or report a claim is made in, when one follows: 'references to Kashmir in the joint statement'."""
    low, nouns = r.s.low, r.lex.word_set("criticism", "speech_nouns")
    for j in range(noun + 2, min(len(low), noun + HOLDER_REACH)):
        if low[j] in nouns:
            return j if "in" in low[max(noun + 1, j - HOLDER_GAP) : j] else None
    return None


def denied(r: Reader, pos: int) -> None:
    """'X denied having fired first': X answers whoever accused X in this sentence or the few before."""
    subject, _ = r.left_subject(pos)
    if not subject or r.hedged(subject[-1].end, pos):
        return
    for a in subject:
        for source in accusers_of(r, a.actor):
            r.emit("criticism", a.actor, source, (), "criticism.rejected_accusation")


def rejected_charge(r: Reader, pos: int, nouns: frozenset[str]) -> None:
    """'..., a charge X rejected': X criticises who made the charge in this sentence (or just before)."""
    s = r.s
    j = pos - 1
    while j >= 0 and (s.low[j] in ("has", "had", "have", "also", "later", "flatly") or s.low[j].endswith("ly")):
        j -= 1
    mention = s.by_end.get(j + 1)
    if mention is None or mention.possessive or mention.prep is not None or mention.quoted != s.quoted[pos]:
        return
    k = skip_back(s.low, mention.start - 1)
    if k < 1 or s.low[k] not in nouns or s.low[k - 1] not in ("a", "an", "the") or r.hedged(mention.end, pos):
        return
    for source in accusers_of(r, mention.actor):
        r.emit("criticism", mention.actor, source, (), "criticism.rejected_charge")


def answered_reproaches(r: Reader, subject: list[Mention], objects: list[Mention], bonus: float) -> None:
    """'X hit back at Y's criticism', 'X slammed Y's accusations': the owner of a reproach answered by the subject
    made it against the subject."""
    s = r.s
    for t in objects:
        if not t.possessive:
            continue
        noun = t.end + 1
        while noun < min(len(s.low), t.end + 3) and s.low[noun] not in REPROACHES and s.low[noun].isalpha():
            noun += 1  # "Y's repeated accusations"
        if noun < len(s.low) and s.low[noun] in REPROACHES and not _aimed_elsewhere(r, noun, subject):
            for a in subject:
                r.emit("criticism", t.actor, a.actor, (), "criticism.reproach_rejected", bonus)


def accusers_of(r: Reader, actor: str) -> list[str]:
    """Who last criticised `actor`, in this sentence or the few before it: every critic of the latest sentence that
    criticised it ('Washington and NATO accused Russia of ... Moscow rejected the claims')."""
    recent = [(i, a, b) for i, a, b in r.context.recent if i >= r.s.index - ACCUSATION_REACH]
    recent += [(r.s.index, f.source, f.target) for f in r.out if f.type == "criticism"]
    against = [(i, source) for i, source, target in recent if target == actor and source and source != actor]
    latest = max((i for i, _ in against), default=None)
    return list(dict.fromkeys(source for i, source in against if i == latest))


def _ends_clause(low: list[str], end: int) -> bool:
    """Whether nothing rejected follows the verb within its clause: 'a proposal Russia has firmly rejected.'"""
    return end >= len(low) or low[end] in (".", ",", ";", "—", "–", '"', "”", "as", "outright", "out")
