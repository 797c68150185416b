"""Criticism by attribution, designation and protest: X said Y was behind the attack, X held Y responsible for the
blast, X designated Y a terrorist organisation, X summoned Y's ambassador, X expressed outrage at Y's strikes.

Blaming someone for an act without an accusing verb is how much of real reporting states an accusation;
so is branding a group a terrorist one. Both readings need the accuser named as the one who says it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention
from graphx.extract.war_words import TRUCES
from graphx.extract.words import (
    ACTOR_HEADS,
    ANNOUNCING,
    BE_STRICT,
    BLAMED_ACTS,
    BOUNDARY,
    DESIGNATION_NOUNS,
    DETERMINERS,
    DIPLOMATS,
    DISAPPROVAL_PREPS,
    EXCHANGED,
    EXPRESSING,
    HEDGES,
    HOLD_VERBS,
    HYPHENS,
    MODALS,
    NEGATION,
    POSSESSIVE,
    PREPOSITIONS,
    SPEECH,
    WRONGED_GOODS,
)
from graphx.lexicon import Cue

# what two sides blame each other for that is fighting between them: "accused each other of opening fire"
FIGHTING_ACTS = frozenset({"firing", "shelling", "attacking", "striking", "bombing", "opening"})
FIGHT_EVENTS = frozenset({"outbreak", "eruption", "round", "resumption", "escalation"})  # "an outbreak of fighting"
BLAMED_FIGHT_SPAN = 6  # words from "for" or "of" to the fight: "for the latest eruption of fighting"

ACT_WINDOW = 6  # words between "behind" / "responsible for" and the act it names
DESIGNATION_WINDOW = 7  # words between the designated actor and the designation ("a foreign terrorist organization")
APPOSITION = 12  # the longest apposition between the blamed one and 'was behind'
SUMMONING_BODIES = frozenset({"ministry", "foreign", "office", "department", "mfa"})  # "summoned to X's ministry"
ACT_PREPS = frozenset({"over", "at", "against", "by", "to"})  # before the act a feeling is about: "objection to"
CONSULTATIONS = frozenset({"consultations", "consultation"})
# feelings said with 'be' as well as expressed: "X is gravely concerned by", "X was furious with Y"
REGRET_PREPS: frozenset[str | None] = frozenset({"over", "at", "with"})  # regret over the other's act, not to it
RECALLS = frozenset({"recall", "withdraw", "withdrawal"})  # taking one's own ambassador home: a protest
DEMANDING = frozenset({"demanded", "demands", "demand", "demanding", "sought", "seeks", "urged", "called"})
CONDITION_REACH = 4  # words from a summons to the 'if' that makes it a threat: "will be summoned if ..."
RECALLED_WINDOW = 6  # words between "recall" and the diplomat: "the recall of El Salvador's ambassador"
SUMMONED_WINDOW = 6  # words between "summoned" and the diplomat: "summoned the Russian charge d'affaires"
# words between the diplomat and "was summoned", a name and the posting among them: "X's ambassador to Y Jane Doe
# was summoned"
NAMED_SUMMONED_WINDOW = 9
STATIVE = frozenset({"is", "are", "remains", "remain"})
BEAR = frozenset({"bear", "bears", "bore", "borne"})  # "Y bears responsibility for"
WHOLE = frozenset({"full", "entire", "sole", "complete", "the"})
POSSESSIVE_MARKS = frozenset({"'s", "’s"})
NO_NOUN_NEEDED = frozenset({"blacklist"})  # verbs that designate by themselves
VERBAL_LABELS = frozenset({"brand", "label"})  # designations given in words: "Y was branded a terrorist group"


def attributions(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'X said Y was behind the attack', 'X said Y was responsible for the blast', 'X held Y responsible for ...',
    'X said Y must be held accountable'."""
    s = r.s
    if cue.base in ("responsible", "accountable") and _held_responsible(r, pos):
        return
    be = _be_before(r, pos)
    demanded = be is not None and s.low[be] == "be" and s.low[be - 1] in OBLIGING  # "Y must be held accountable"
    be = be - 1 if demanded and be is not None else be
    if be is None or not (_names_an_act(r, end) or demanded):
        return
    subject_end = _before_apposition(r, be)
    blamed = s.by_end.get(subject_end)
    if blamed is None and subject_end > 1 and s.low[subject_end - 1] in ACTOR_HEADS:
        blamed = s.by_end.get(subject_end - 1)  # "the Belarusian regime was behind"
    if blamed is None or blamed.possessive or blamed.prep is not None or blamed.quoted != s.quoted[pos]:
        return
    if not demanded and r.hedged(blamed.end, pos):
        return
    accusers = [a for a in _accusers(r, blamed) if a.actor != blamed.actor]
    for a in accusers:
        r.emit("criticism", a.actor, blamed.actor, (), "criticism.attribution")


OBLIGING = frozenset({"must", "should"})  # "Y must be held accountable": a demand, not a hedge


def _be_before(r: Reader, pos: int) -> int | None:
    """Where the 'was' of 'Y was (also) behind' (or the 'bore' of 'Y bore full responsibility') starts, when the
    cue follows one; None otherwise."""
    s = r.s
    j = pos - 1
    while j >= 0 and (s.low[j].endswith("ly") or s.low[j] in ("also", "ultimately") or s.low[j] in WHOLE):
        j -= 1  # "was also behind", "was directly responsible", "bore full responsibility"
    verbs = BEAR if s.low[pos] == "responsibility" else BE_STRICT
    if j > 1 and s.low[j] == "held" and s.low[j - 1] in BE_STRICT:
        j -= 1  # "Y was held responsible", "Y must be held accountable"
    if j < 1 or s.low[j] not in verbs or any(w in NEGATION for w in s.low[j:pos]):
        return None
    return j


def _before_apposition(r: Reader, j: int) -> int:
    """Where the subject before `j` ends, past an apposition: 'Y, a UN-designated terrorist organisation, was'."""
    s = r.s
    if j < 2 or s.low[j - 1] != ",":
        return j
    for k in range(j - 2, max(0, j - APPOSITION), -1):
        if s.low[k] == ",":
            return k
    return j


def _names_an_act(r: Reader, end: int) -> bool:
    """Whether an act one is blamed for follows the cue: 'behind the attack', 'responsible for the blasts'."""
    return any(w in BLAMED_ACTS for w in r.s.low[end : end + ACT_WINDOW])


def _accusers(r: Reader, blamed: Mention) -> list[Mention]:
    """Who says the blamed one did it: 'X said (that) Y was behind', 'Y was behind it, X said', or a quote's speaker."""
    return r.reporting_speaker(blamed.start)


def _held_responsible(r: Reader, pos: int) -> bool:
    """'X held Y responsible (for ...)': X criticises Y; True when the frame is there."""
    s = r.s
    head = pos - 1 if pos and s.low[pos - 1].endswith("ly") else pos  # "held Y fully responsible"
    if head and s.low[head - 1] in ACTOR_HEADS:  # "held the Israeli government / Israel's government responsible"
        head -= 1 + (head > 1 and s.low[head - 2] in POSSESSIVE_MARKS)
    blamed = s.by_end.get(head)
    if blamed is None or blamed.start < 1:
        return False
    hold = blamed.start - 1 - (s.low[blamed.start - 1] == "the" and blamed.start > 1)
    if s.low[hold] not in HOLD_VERBS:
        return False
    if any(w in NEGATION for w in s.low[max(0, hold - 3) : hold]):
        return True
    subject, bonus = r.subject_or_speaker(hold)
    if subject and not r.hedged(r.hedge_from(subject, hold), hold):
        for a in subject:
            r.emit("criticism", a.actor, blamed.actor, (), "criticism.held_responsible", bonus)
    return True


def designations(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'X designated Y (as) a terrorist organisation', 'Y was branded a terrorist group by X', 'X blacklisted Y'."""
    s = r.s
    # a label given in words is criticism; a legal listing ("designated", "blacklisted") a sanction, for review
    rule = "criticism.branded" if cue.base in VERBAL_LABELS else "criticism.designation"
    if pos and (s.low[pos - 1] in DETERMINERS or (s.low[pos - 1] in HYPHENS and not s.gaps[pos])):
        return  # "a designated terrorist organization", "a UN-designated group": an adjective
    if r.passive(pos, end):
        if s.low[pos - 1] in STATIVE:
            return  # "Y is listed as a terrorist group by X": a standing status, not a statement
        agents = r.agent_after(end)
        targets, _ = r.left_subject(pos)
        designated = cue.base in NO_NOUN_NEEDED or _designated_as(r, end)
        if agents and targets and designated and not r.hedged(targets[-1].end, pos):
            for a in agents:
                for t in targets:
                    r.emit("criticism", a.actor, t.actor, (), rule)
        return
    subject, bonus = r.subject_or_speaker(pos)
    if not subject or r.hedged(r.hedge_from(subject, pos), pos):
        return
    objects = r.right_objects(end, frozenset({None}), window=6)
    if not objects or not (cue.base in NO_NOUN_NEEDED or _designated_as(r, objects[-1].end)):
        return
    for a in subject:
        for t in objects:
            r.emit("criticism", a.actor, t.actor, (), rule, bonus)


def _designated_as(r: Reader, start: int) -> bool:
    """Whether a designation follows `start` within its phrase: '(as) a foreign terrorist organization'."""
    s = r.s
    for w in s.low[start : start + DESIGNATION_WINDOW]:
        if w in DESIGNATION_NOUNS:
            return True
        if w in (",", ";", ".", "and", "but", "while", "after") or w in SPEECH:
            return False
    return False


def summons(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'X summoned Y's ambassador', 'X summoned the Russian envoy': summoning a diplomat is a formal protest; so is
    recalling one's own ('X recalled its ambassador from Y')."""
    s = r.s
    if cue.base in RECALLS:
        _recalled(r, pos, end)
        return
    # a headline's passive without 'was': "Y's envoy summoned to X's foreign ministry", "Envoys of A and B summoned to"
    headline = s.low[end : end + 1] == ["to"] and any(w in DIPLOMATS for w in s.low[max(0, pos - 6) : pos])
    passive = r.passive(pos, end) or headline
    span = range(pos - 1, max(-1, pos - NAMED_SUMMONED_WINDOW), -1) if passive else range(end, end + SUMMONED_WINDOW)
    noun = next((j for j in span if 0 <= j < len(s.low) and s.low[j] in DIPLOMATS), None)
    events = r.lex.word_set("mediation", "events") | CONSULTATIONS
    if noun is None:
        return
    convening = any(w in events for w in s.low[end:])  # "summoned the envoys of A and B for talks"
    owners = r.possessor_before(noun)  # "summoned the Japanese ambassador (to a meeting)": one state's, a protest
    holder = next((m for m in s.mentions if m.start <= noun < m.end), None)  # "French Ambassador Joel Meyer"
    if holder is not None:
        owners = [replace(holder, person=False)]
    if not owners and not convening:
        of = r.right_objects(noun + 1, frozenset({"of"}), window=6)  # "the chargé d'affaires of Y"
        owners = [m for m in of if m.prep == "of"]
    if convening and (len({o.actor for o in owners}) != 1 or s.low[noun] == "counterpart"):
        return  # "summoned the envoys of A and B for talks", "summoned his Cambodian counterpart for talks"
    if passive:
        conditional = any(w in ("if", "unless") for w in s.low[end : end + CONDITION_REACH])
        if conditional or (r.hedged(noun, pos) and not _announced(r, noun, pos)):
            return  # "the ambassador in Madrid was not summoned", "will be summoned if the remarks are repeated"
        protesters = r.agent_after(end) or _posted_to(r, noun, end, owners) or _summoned_to(r, end, owners)
    else:
        protesters, _ = r.subject_or_speaker(pos)
        start = r.hedge_from(protesters, pos) if protesters else pos
        if protesters and r.hedged(start, pos) and not _announced(r, start, pos):
            return  # "X will be summoning Y's chargé d'affaires": the announcement is the protest
    for a in protesters:
        for t in owners:
            if not t.person:
                r.emit("criticism", a.actor, t.actor, (), "criticism.summoned")


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


def disapproval(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'X expressed strong dissatisfaction with Y's remarks', 'X voiced outrage at the Israeli strikes', 'X lodged
    solemn representations with Y'."""
    s = r.s
    # "X was gravely concerned by", "X was extremely disappointed with"
    expressing = EXPRESSING | BE_STRICT if cue.klass == "feelings" else EXPRESSING
    verb = next((j for j in range(pos - 1, max(-1, pos - 6), -1) if s.low[j] in expressing), None)
    if verb is None and s.low[pos] in ANGERING and _angered(r, pos, end):
        return
    if verb is None and cue.klass == "feelings" and _felt_aside(r, pos, end):
        return
    rebuke = _in_a_rebuke(r, pos) if verb is None else None  # "X demanded talks in a fierce rebuke over Y's remarks"
    verb = rebuke if verb is None else verb
    if verb is None or any(w in NEGATION for w in s.low[max(0, verb - 3) : pos]):
        return  # "X was not disappointed", "neither surprised nor disappointed", "did not express concern"
    subject, bonus = (_clause_subject(r, verb), 0.0) if rebuke is not None else r.subject_or_speaker(verb)
    if not subject or r.hedged(r.hedge_from(subject, verb), verb):
        return
    targets = r.right_objects(end, DISAPPROVAL_PREPS, window=7, skip_possessive=False)
    preps = REGRET_PREPS if cue.base == "regret" else DISAPPROVAL_PREPS  # "regret to Y for its wartime actions": an
    targets = [
        t
        for t in targets
        if t.prep in preps and not _good_of(r, t) and (t.possessive or t.prep not in ACT_ONLY or _act_after(r, t))
    ]
    targets = targets or _acts_by(r, end)  # "regret to Y for its wartime actions" is an apology; concern about Y's act
    if targets:  # "a strong rebuke to the US, New Zealand and the UK"
        targets = list({m.actor: m for m in (*r.group(targets[0], leftward=False, free=True), *targets)}.values())
    for a in subject:
        for t in targets:
            r.emit("criticism", a.actor, t.actor, (), "criticism.disapproval", bonus)


def _angered(r: Reader, pos: int, end: int) -> bool:
    """'X's new maritime laws have angered Y', 'X angered Y': the one angered criticises the subject, or the owner of
    its act; True when read."""
    s = r.s
    angered = [m for m in r.right_objects(end, frozenset({None}), window=3) if m.prep is None and not m.possessive]
    if not angered:
        return False
    subject, pronoun = r.main_subject(pos, owner=True)
    subject = [m for m in subject if m.actor not in {a.actor for a in angered} and m.end <= pos and m.prep is None]
    subject = subject or _act_doers(r, pos)  # "The visit by X's president to Z angered Y"
    named = {k for m in s.mentions for k in range(m.start, m.end)}  # "the United States": no speech verb
    between = [s.low[k] for k in range(subject[-1].end, pos) if k not in named] if subject else []
    if any(w in SPEECH or w in ("that", ",") for w in between):
        return False  # "X said the laws angered Y": the laws need not be X's; "the vote, backed by X, angered Y"
    if not subject or pronoun is not None or r.hedged(r.hedge_from(subject, pos), pos):
        return False
    for a in r.group(angered[0], leftward=False, free=True):
        for t in subject:
            r.emit("criticism", a.actor, t.actor, (), "criticism.angered")
    return True


def _felt_aside(r: Reader, pos: int, end: int) -> bool:
    """'Turkey, angered by Sweden's stance, blocked ...': a feeling in an aside after the subject; a headline's
    'Japan outraged at IS beheading of hostage'; True when read."""
    s = r.s
    feeler = s.by_end.get(pos - 1) if pos >= 2 and s.low[pos - 1] == "," else None
    headline = s.by_end.get(pos) if feeler is None else None  # no 'is' before the feeling: a headline's
    if headline is not None and not any(r.verbish(k) for k in range(headline.start)):
        feeler = headline
    if feeler is None or feeler.prep is not None or feeler.possessive:
        return False
    preps = DISAPPROVAL_PREPS | {"by"}
    targets = [t for t in r.right_objects(end, preps, window=5) if t.prep in preps]
    for t in targets[:1]:
        r.emit("criticism", feeler.actor, t.actor, (), "criticism.disapproval")
    return bool(targets)


def _act_doers(r: Reader, pos: int) -> list[Mention]:
    """Who did the act heading a sentence, named after 'by' or 'between': 'The visit by Taiwan's president to the
    United States angered China', 'The deal between Israel and Morocco angered Algeria'."""
    s = r.s
    if pos < 3 or s.low[0] not in ("the", "a", "an") or any(w in (",", ";") for w in s.low[:pos]):
        return []
    first = next((m for m in s.mentions if m.start < pos), None)
    if first is None or first.prep not in ("by", "between") or first.start != 3:
        return []  # only "The <act> by X", "The <act> between X and Y"
    return r.group(first, leftward=False, free=True)


def _clause_subject(r: Reader, j: int) -> list[Mention]:
    """The subject of the clause holding the word at j: the first actor after the last 'while' or 'but' before it
    ('Hungary voted against it, while France backed it in a rebuke to Israel': France), else the main one."""
    s = r.s
    opener = next((k for k in range(j - 1, -1, -1) if s.low[k] in CLAUSE_OPENERS), None)
    if opener is None:
        return r.main_subject(j)[0]
    first = next((m for m in s.mentions if opener < m.start < j and m.prep is None), None)
    return r.group(first, leftward=False) if first is not None else []


def _in_a_rebuke(r: Reader, pos: int) -> int | None:
    """The 'in' of 'in a (fierce) rebuke', 'in a strongly worded protest' after a main clause: its subject expresses
    it."""
    s = r.s
    j = pos - 1
    while j > 0 and pos - j <= REBUKE_MODIFIERS and s.low[j].isalpha() and s.low[j] not in PREPOSITIONS:
        j -= 1  # "fierce", "strongly worded", "a"
    article = j + 1 < pos and s.low[j + 1] in ("a", "an")
    return j if j > 0 and s.low[j] == "in" and s.low[j - 1] != "," and article else None


ANGERING = frozenset({"angered", "outraged", "infuriated", "incensed", "irked", "enraged"})  # "X's move angered Y"
# concern "about Y" is criticism only of Y's act
ACT_ONLY: frozenset[str | None] = frozenset({"about"})
CLAUSE_OPENERS = frozenset({"while", "whereas", "but", ";"})  # a second clause with a subject of its own
REBUKE_MODIFIERS = 4  # words between 'in' and the disapproval noun: "in a strongly worded"


def _act_after(r: Reader, mention: Mention) -> bool:
    """Whether a state named after 'concern about' heads an act: 'about Russian drills', not 'about Moldova'."""
    low = r.s.low
    return mention.end < len(low) and low[mention.end] not in (".", ",", "and", "'s") and low[mention.end].isalpha()


def _good_of(r: Reader, mention: Mention) -> bool:
    """Whether a possessive names what is the state's own good: 'concern about Moldova's security'."""
    low = r.s.low
    return mention.possessive and mention.end + 1 < len(low) and low[mention.end + 1] in WRONGED_GOODS


def _acts_by(r: Reader, end: int) -> list[Mention]:
    """The doers of the act a protest is over: 'a strong protest over unprovoked shelling by Indian forces'."""
    s = r.s
    over = next((j for j in range(end, min(len(s.low), end + 3)) if s.low[j] in ACT_PREPS), None)
    if over is None:
        return []
    return [m for m in r.agent_after(over + 1, window=10) if m.prep == "by"][:1]


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
    hosts = [m for m in r.right_objects(noun + 1, frozenset({"from", "to", "in"}), window=4) if m.prep]
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
    """Whether the only hedge before a recall is 'will': 'X will recall its ambassador' announces the protest."""
    words = [w for w in r.s.low[start:pos] if w in MODALS or w in HEDGES or w in NEGATION or w.endswith("n't")]
    return bool(words) and all(w in ANNOUNCING for w in words)


def exchanges(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'A and B traded accusations', 'A exchanged barbs with B': criticism both ways."""
    s = r.s
    noun = next((j for j in range(end, min(len(s.low), end + 3)) if s.low[j] in EXCHANGED), None)
    if noun is None:
        return
    subject, bonus = r.subject_or_speaker(pos)
    if not subject or r.hedged(r.hedge_from(subject, pos), pos):
        return
    partners = [m for m in r.right_objects(noun + 1, frozenset({"with"}), window=4) if m.prep == "with"]
    sides = list(dict.fromkeys(m.actor for m in (*subject, *partners)))
    if len(sides) != 2:
        return
    a, b = sides
    r.emit("criticism", a, b, (), "criticism.exchanged", bonus)
    r.emit("criticism", b, a, (), "criticism.exchanged", bonus)
    blamed_fight(r, noun + 1, sides)


def blamed_fight(r: Reader, start: int, sides: Sequence[str]) -> None:
    """'A and B blamed each other for the border clash', 'accused each other of opening fire', 'traded accusations of
    violating the truce', 'over a fresh outbreak of fighting': the fight the two blame each other for is theirs."""
    s = r.s
    prep = next((k for k in range(start, min(len(s.low), start + 4)) if s.low[k] in ("for", "of", "over")), -1)
    if len(set(sides)) != 2 or prep < 0 or any(k in s.by_start or s.low[k] == "," for k in range(start, prep)):
        return  # "accused each other on Tuesday of opening fire": a date between
    start = prep
    fights = r.lex.word_set("conflict", "nouns")
    for j in range(start + 1, min(len(s.low), start + BLAMED_FIGHT_SPAN)):
        word = s.low[j]
        violated = word.startswith("violat") and any(w in TRUCES for w in s.low[j + 1 : j + 4])
        if word in fights or word in FIGHTING_ACTS or violated:
            r.emit("conflict", None, None, tuple(sides), "conflict.blamed_fight")
            return
        if word == "of" and s.low[j - 1] in FIGHT_EVENTS:
            continue  # "a fresh outbreak of fighting"
        if word in BOUNDARY or word in (",", "of") or j in s.by_start:
            return
