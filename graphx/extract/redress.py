"""Demands for redress and refusals to welcome: 'X demanded that Y retract the remarks', 'X demanded an apology from
Y', 'X said Y must apologise', 'X does not welcome Y's missile test'. Asking another to take back what it said or did,
or saying one does not welcome its act, rebukes it."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention
from graphx.extract.words import DETERMINERS, NEGATION, SPEECH
from graphx.lexicon import Cue

# verbs that demand the redress of the one named after them: "X demanded that Y retract", "X urged Y to apologise"
DEMANDING = frozenset(
    {"demand", "demanded", "demands", "demanding", "urged", "urges", "urge", "asked", "asks", "told", "tells"}
    | {"insisted", "insists", "pressed", "presses", "want", "wants", "wanted", "expects", "expected", "called"}
)
OBLIGED = frozenset({"must", "should"})  # "X said Y must apologise"
APOLOGIES = frozenset({"apology", "apologies"})  # "X demanded an apology from Y", "X sought Y's apology"
SEEKING = DEMANDING | frozenset({"sought", "seeks", "seek", "seeking", "request", "requested", "requests"})
NOUN_REACH = 4  # words from a demanding verb to the apology it asks for: "demanded a formal public apology"
SELF_REFERENCES = frozenset({"it", "we", "nation", "country", "government"})  # a speaker's own, before the negation
CONDITIONS = frozenset({"if", "unless"})
CONDITION_REACH = 8  # words after the redress where a condition may stand: "apologise for the raid if"
# what one is asked to take back that rebukes: "take back its remarks" (not "take back its migrants")
TAKEN_BACK = frozenset(
    {"remarks", "remark", "words", "comments", "comment", "statement", "statements", "claim", "claims", "decision"}
    | {"accusation", "accusations", "allegations", "insult", "insults"}
)
# what a state may be said not to welcome that is an act of another, not its people: "does not welcome Y's test"
UNWELCOME_ACTS = frozenset(
    {"test", "tests", "launch", "launches", "move", "moves", "decision", "decisions", "remarks", "comments"}
    | {"statement", "statements", "deployment", "deployments", "exercises", "drills", "interference", "meddling"}
    | {"involvement", "plan", "plans", "policy", "proposal", "announcement", "step", "steps", "action", "actions"}
    | {"measures", "sanctions", "firing", "presence", "stance", "position", "resolution", "report", "law"}
)
SAID_REACH = 9  # words back from "welcome" to the verb of saying: 'has said his nation "does not welcome'
WELCOMED_ACTS = 4  # words from "welcome" to the owner of the act not welcomed: "does not welcome Beijing's recent"


def redress(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'X demanded that Y retract the remarks', 'X urged Y to apologise', 'X said Y must apologise', 'X demanded an
    apology from Y': X rebukes Y."""
    s = r.s
    if s.low[pos] in APOLOGIES:
        demanders, owed, verb = _apology_owed(r, pos, end)
    else:
        demanders, owed, verb = _asked_to_redress(r, pos)
    if not demanders or not owed or r.hedged(demanders[-1].end, verb) or _conditional(s.low, end):
        return  # "X may demand an apology", "X said Y should apologise if the report proved true"
    if cue.base == "take back" and not _words_taken_back(s.low, end):
        return  # "X urged Y to take back its migrants", "to take back control of the crossing": no rebuke
    for a in demanders:
        for t in owed:
            if a.actor != t.actor:
                r.emit("criticism", a.actor, t.actor, (), "criticism.redress")


def _conditional(low: list[str], end: int) -> bool:
    """Whether the demand hangs on a condition named after it: '... should apologise if the report proved true'."""
    return any(w in CONDITIONS for w in low[end : end + CONDITION_REACH])


def _words_taken_back(low: list[str], end: int) -> bool:
    """Whether what is to be taken back is words or a decision ('take back its remarks'), not people or ground."""
    j = end
    while j < len(low) and (low[j] in DETERMINERS or low[j] in ("its", "their", "his", "her", "recent")):
        j += 1
    return j < len(low) and low[j] in TAKEN_BACK


def _asked_to_redress(r: Reader, pos: int) -> tuple[list[Mention], list[Mention], int]:
    """Who demands and who is to take back at `pos`: 'X demanded (that) Y retract', 'X urged Y to apologise', 'X
    called on Y to retract', 'X said Y must apologise'."""
    s = r.s
    j = pos - 1
    link = ""
    if j >= 0 and (s.low[j] == "to" or s.low[j] in OBLIGED):
        link = s.low[j]
        j -= 1
    owed = s.by_end.get(j + 1)
    if owed is None or owed.possessive or owed.compound:
        return [], [], -1
    k = owed.start - 1 - (owed.start >= 1 and s.low[owed.start - 1] in DETERMINERS)
    k -= k >= 0 and s.low[k] == "that"
    if k >= 1 and s.low[k] == "on" and s.low[k - 1] in ("called", "calls", "call", "calling"):
        k -= 1  # "X called on Y to retract"
    elif k >= 0 and s.low[k] in ("called", "calls", "call", "calling"):
        return [], [], -1  # "X called Y to apologise": a phone call, maybe
    demanding = k >= 0 and s.low[k] in DEMANDING
    said = k >= 0 and s.low[k] in SPEECH and link in OBLIGED
    if not (demanding or said):
        return [], [], -1
    demanders, pronoun = r.left_subject(k)
    return (demanders if pronoun is None else []), [owed], k


def _apology_owed(r: Reader, pos: int, end: int) -> tuple[list[Mention], list[Mention], int]:
    """Who demands an apology and from whom: 'X demanded an apology from Y', 'X sought a formal apology from Y', 'X
    demanded Y's apology'."""
    s = r.s
    verb = next((j for j in range(pos - 1, max(-1, pos - NOUN_REACH - 1), -1) if s.low[j] in SEEKING), None)
    if verb is None or any(w in NEGATION for w in s.low[max(0, verb - 2) : verb]):
        return [], [], -1
    owner = s.by_end.get(pos - 1) if pos >= 2 and s.low[pos - 1] in ("'s", "’s") else None
    owner = owner or s.by_end.get(pos)  # "a Japanese apology"
    source = s.by_start.get(end + 1) if s.low[end : end + 1] == ["from"] else None
    if source is None and s.low[end : end + 2] == ["from", "the"]:
        source = s.by_start.get(end + 2)
    owed = [m for m in (owner, source) if m is not None]
    if not owed:
        return [], [], -1
    demanders, pronoun = r.left_subject(verb)
    return (demanders if pronoun is None else []), owed[:1], verb


def unwelcome(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'X does not welcome Y's missile test', 'X did not welcome the Chinese move': saying one does not welcome
    another's act rebukes it (the welcome itself, affirmed, is no relation)."""
    s = r.s
    if not any(w in NEGATION for w in s.low[max(0, pos - 2) : pos]) or s.low[pos - 1 : pos] == ["a"]:
        return  # "X welcomed Y's decision"; "a welcome step"
    if r.passive(pos, end):
        return  # "Y's envoy was not welcomed by X": the one not welcomed is a person
    for j in range(end, min(len(s.low), end + WELCOMED_ACTS)):
        owner = s.by_start.get(j)
        if owner is not None:
            act = owner.end + owner.possessive
            while act < len(s.low) and act - owner.end < WELCOMED_ACTS and s.low[act] not in UNWELCOME_ACTS:
                act += 1  # "Beijing's recent test firing of a missile"
            if act < len(s.low) and s.low[act] in UNWELCOME_ACTS and not owner.person:
                break
            return  # "does not welcome Russia", "Chinese tourists", "the Russian delegation": no act of the state
        if s.low[j] not in DETERMINERS and not s.low[j].isalpha():
            return
    else:
        return
    said = next((j for j in range(pos - 3, max(-1, pos - SAID_REACH), -1) if s.low[j] in SPEECH), None)
    if said is not None and s.low[pos - 3] in SELF_REFERENCES:  # "X said his nation does not welcome ...": X
        critics, bonus = r.left_subject(said)[0], 0.0
    else:
        critics, bonus = r.subject_or_speaker(pos)  # "would not welcome" is as plain as "does not"
    for a in critics:
        if a.actor != owner.actor:
            r.emit("criticism", a.actor, owner.actor, (), "criticism.unwelcome", bonus)
