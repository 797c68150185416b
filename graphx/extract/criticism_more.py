"""More criticism readings of news syntax: a critic or a criticised one named by reference, a breach reported by a
speaker named after the clause, a charge made in an apposition.

- 'These three countries accuse Y of ...': a numbered plural stands for the list of that many actors just before;
- 'A, B and C launched a blockade against Qatar, accusing it of ...': 'it' is the one other actor named before;
- 'Y has violated the truce, X said': the speaker after the clause reports the breach;
- 'A and B signed a deal, a move X says violates its rights': X charges the main clause's subject;
- "Y's failure to respect the truce", 'Israeli aggression', said by X: X accuses Y;
- 'Y denounced the attacks', 'X imposed tariffs. Y condemned the move': the act of the side or actor just read.
"""

from __future__ import annotations

from graphx.extract.claims import condemns_an_act
from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention, mentions_in
from graphx.extract.tokens import skip_articles
from graphx.extract.words import (
    ACTOR_HEADS,
    ACTS_OF_WAR,
    ANAPHORIC,
    ANAPHORIC_ACTS,
    DASHES,
    NUMBER_VALUES,
    SPEECH,
    STOPPING,
    VERB_ED,
)

PLURAL_HEADS = frozenset({"countries", "states", "nations", "governments", "juntas", "neighbours", "neighbors"})
NUMBERED_DETERMINERS = frozenset({"these", "the", "those", "all"})
PLURAL_FILLERS = 3  # adjectives between the number and the head: "the three Sahel countries"
LIST_JOINERS = frozenset({",", "and"})
LIST_WORDS = LIST_JOINERS | {"the", "or"}  # what stands between the actors of a list
MOVE_NOUNS = frozenset({"move", "decision", "step", "proposal", "suggestion", "plan", "idea", "offer"})
APPOSING = frozenset({","}) | DASHES  # what opens an apposition: "..., a move Y condemned", "... — a decision Y"
SUBCLAUSES = frozenset({"as", "while", "when", "after", "since", "because", "whereas"})  # a clause of its own
# verbs of reacting to another's act: "Ukraine welcomed the EU's sanctions, a move Moscow condemned" (the EU's)
REACTIONS = frozenset(
    {"welcomed", "praised", "hailed", "backed", "supported", "endorsed", "applauded", "condemned", "criticised"}
    | {"criticized", "denounced", "slammed", "rejected", "opposed", "protested"}
)
ECHOING = frozenset({"also", "too", "likewise", "similarly"})  # a critic joining the one just read
CHARGE_SPEECH = SPEECH | frozenset({"maintain", "maintains", "maintained", "say", "insist", "argue", "claim"})
APPOSITION_SPEAKERS = 6  # words between 'a move' and the speech verb: "a move Greece, Cyprus and Egypt maintain"
TRAILING_SPEAKER = 8  # words of a trailing ', X said' clause
# what asks another to stop a breach, which charges it with the breach: "X urged Y to stop interfering"
CALLING = frozenset({"call", "calls", "called", "calling"})  # "called on Y to stop": urging as 'urged Y to stop'
URGING = frozenset(
    {"urge", "urges", "urged", "urging", "demand", "demands", "demanded", "demanding", "tell", "tells", "told"}
    | {"telling", "press", "presses", "pressed", "pressing", "asked", "asks", "warn", "warns", "warned", "warning"}
)
UNREAL = frozenset({"any", "possible", "future", "potential", "further"})
MEDDLING = frozenset({"interfere", "meddle"})  # asked not to, one is charged with doing it: "urged Y not to interfere"
OBLIGED = frozenset(
    {"respect", "fulfil", "fulfill", "honour", "honor", "implement", "comply", "abide", "uphold", "meet", "observe"}
)
# verbs that take the deed after 'for' as done: "X criticised Y for criticising Z", "X thanked Y for condemning Z"
PRESUPPOSING = frozenset(
    {"criticised", "criticized", "condemned", "slammed", "praised", "thanked", "commended", "lauded", "rebuked"}
    | {"criticises", "criticizes", "condemns", "slams", "praises", "thanks", "commends", "lauds", "rebukes"}
    | {"hailed", "hails", "applauded", "applauds", "denounced", "denounces", "lambasted", "lambasts"}
)
# the verbs that may govern a 'for': these and the allegations ("accused", "blamed", "sanctioned", "arrested" ...)
FOR_GOVERNORS = PRESUPPOSING | frozenset(
    {"accused", "accuses", "blamed", "blames", "sanctioned", "sanctions", "punished", "arrested", "fined", "jailed"}
    | {"suspected", "suspects", "investigated", "charged", "targeted", "expelled", "summoned"}
)
PRESUPPOSED_REACH = 6  # words from the verb to the 'for': "criticized the Indian government for"


def numbered_subject(r: Reader, pos: int) -> list[Mention]:
    """'These three countries (, which ...,) accuse Y': the last list of exactly three actors in the sentences just
    before, when the numbered plural opens the sentence."""
    s = r.s
    j = 1 if s.low and s.low[0] in NUMBERED_DETERMINERS else 0
    count = NUMBER_VALUES.get(s.low[j]) if j < len(s.low) else None
    if count is None or j == 0:
        return []
    head = next((k for k in range(j + 1, min(pos, j + 2 + PLURAL_FILLERS)) if s.low[k] in PLURAL_HEADS), None)
    if head is None or any(m.start < pos and m.prep is None and not m.possessive for m in s.mentions):
        return []  # an actor of its own before the verb: the subject is named
    for mentions in _previous_mentions(r):
        listed = _last_list(mentions, count)
        if listed:
            return [Mention(0, head + 1, actor, False) for actor in listed]
    return []


def _previous_mentions(r: Reader) -> list[list[Mention]]:
    """The mentions of the sentences just before this one, nearest first (two at most)."""
    context = r.context
    found: list[list[Mention]] = []
    for text in reversed(context.skipped or []):
        found.append(mentions_in(text, context.table, context.date))
    last = context.last
    if len(found) < 2 and last is not None and last.index == r.s.index - 1 - len(found):
        found.append(last.mentions)
    return found[:2]


def _last_list(mentions: list[Mention], count: int) -> list[str]:
    """The actors of the last run of mentions joined by ',' and 'and' that names exactly `count` of them."""
    for run in reversed(list_runs(mentions)):
        actors = list(dict.fromkeys(m.actor for m in run if not m.person))
        if len(run) == len(actors) == count:
            return actors
    return []


def list_runs(mentions: list[Mention], low: list[str] | None = None) -> list[list[Mention]]:
    """The mentions in runs of a list: at most two words (', and', ', the') between one and the next (only such
    words, when the sentence's words are given: not the verb of 'X expelled Y')."""
    runs: list[list[Mention]] = []
    for m in mentions:
        joined = low is None or not runs or all(w in LIST_WORDS for w in low[runs[-1][-1].end : m.start])
        if runs and joined and 0 < m.start - runs[-1][-1].end <= 2 and m.prep in (runs[-1][-1].prep, None):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def whole_subject(r: Reader, subject: list[Mention]) -> list[Mention]:
    """A subject list read up to its verb: 'A, B, the C and D launched' (a rightward group stops before D)."""
    s = r.s
    if not subject:
        return subject
    out = list(subject)
    while True:
        j = out[-1].end
        while j < len(s.low) and (s.low[j] in LIST_JOINERS or s.low[j] == "the") and j - out[-1].end < 3:
            j += 1
        nxt = s.by_start.get(j)
        if nxt is None or nxt.compound:  # "A and the UN-backed government in B signed": B
            nxt = _headed(r, j)
        if nxt is None or j == out[-1].end or nxt.prep not in (out[-1].prep, None) or nxt.possessive:
            break
        out.append(nxt)
    if len(out) == len(subject) or (s.low[out[-2].end] == "," and s.low[out[-1].start - 1] != "and"):
        return subject  # "A, B attacked": no list
    return out if out[-1].end < len(s.low) and r.verbish(out[-1].end) else subject


def _headed(r: Reader, start: int) -> Mention | None:
    """The actor a noun phrase at `start` names by its head: 'the UN-backed government in B' names B."""
    s = r.s
    for j in range(start + 2, min(len(s.low), start + 7)):
        if s.low[j] in LIST_JOINERS:
            return None
        found = s.by_start.get(j)
        if found is not None and s.low[j - 1] in ("in", "of") and s.low[j - 2] in ACTOR_HEADS:
            return Mention(found.start, found.end, found.actor, found.person)
    return None


def trailing_speaker(r: Reader, pos: int) -> list[Mention]:
    """The speaker of a clause that opens the sentence and ends in ', X said' (', he added'): 'Y violated the truce
    50 times, the army said'."""
    s = r.s
    n = len(s.low)
    last = n - 1 if s.low[-1] in (".", "!") else n
    comma = next((j for j in range(last - 1, max(pos, last - TRAILING_SPEAKER - 1), -1) if s.low[j] == ","), None)
    if comma is None or any(s.quoted[pos:last]):
        return []
    verb = next((j for j in range(comma + 1, last) if s.low[j] in SPEECH), None)
    if verb is None or last - verb > 3:
        return []
    found, _ = r.left_subject(verb, allow_object=True)
    return [m for m in found if m.start > comma]


def unreported_charge_speakers(r: Reader, accused: list[Mention], pos: int) -> list[Mention]:
    """Who charges the accused of a breach no speech verb reports: the speaker of a quotation the accused opens ('"Y
    has violated the ceasefire," X said'), a trailing speaker ('Y violated the truce, the army said'), or who urges the
    accused to stop it ('X urged Y to stop interfering in its affairs')."""
    s = r.s
    if s.quoted[pos] and s.quoted[accused[0].start]:  # only a quotation the accused opens, asking nothing
        first = accused[0].start - (s.low[accused[0].start - 1] == "the")
        close = next((j for j in range(pos, len(s.low)) if not s.quoted[j]), len(s.low))
        if (first > 0 and s.quoted[first - 1]) or "?" in s.low[pos:close]:
            return []  # '"Russia accuses Ukraine of ...," the UN said', '"We do not believe Y violated ..."'
        return [m for m in r.speaker(pos) if m.actor not in {a.actor for a in accused}]
    source = r.according_to(accused[0].start)  # "According to X, Y violated the truce"
    if source:
        return [m for m in source if m.actor not in {a.actor for a in accused}]
    if at_clause_start(r, accused[0].start):
        return trailing_speaker(r, pos)
    verb = urged_to_stop(r, accused, pos)
    if verb is None:
        return []
    speakers, _ = r.subject_or_speaker(verb)
    return speakers if speakers and not r.hedged(speakers[-1].end, verb) else []


def called_on_to_stop(r: Reader, pos: int) -> list[Mention]:
    """The one called on to stop the breach at `pos`: 'X called on Y to stop interfering' (Y hangs on 'on', so it is
    no subject the breach finds)."""
    called = r.s.by_end.get(pos - 2)  # urged_to_stop checks the "to stop" between
    return [called] if called is not None and called.prep == "on" and urged_to_stop(r, [called], pos) else []


def urged_to_stop(r: Reader, accused: list[Mention], pos: int) -> int | None:
    """Where the verb is that urges the accused to stop the breach at `pos`: 'X urged Y to stop interfering', 'X
    told Y to cease violating the truce', 'X said Y should stop interfering'."""
    low = r.s.low
    between = low[accused[-1].end : pos]
    meddling = between == ["not", "to"] and len(accused) == 1 and low[pos] in MEDDLING  # "urged Y not to interfere"
    verb = accused[0].start - 1 - (accused[0].start >= 1 and low[accused[0].start - 1] == "the")
    stopping = len(between) == 2 and between[1] in STOPPING
    if between[:1] in (["should"], ["must"]) and stopping:
        verb -= verb >= 1 and low[verb] == "that"  # "X said (that) Y should stop interfering": a demand reported
        return verb if verb >= 0 and low[verb] in SPEECH else None
    if not (between[:1] == ["to"] and stopping) and not meddling:
        return None
    if verb >= 1 and low[verb] == "on" and low[verb - 1] in CALLING:  # "X called on Y to stop interfering"
        return verb - 1
    return verb if verb >= 0 and low[verb] in URGING else None


def at_clause_start(r: Reader, start: int) -> bool:
    """Whether `start` opens the sentence (after a dateline or a dash at most)."""
    s = r.s
    j = start - 1 if start and s.low[start - 1] == "the" else start
    return j == 0 or s.low[j - 1] in DASHES or (j <= 2 and s.low[0] in ("and", "but"))


def moved_charge(r: Reader, pos: int) -> bool:
    """'A and B signed a deal, a move X says violates its rights': X charges A and B; True when read."""
    s = r.s
    verb = pos - 1
    if verb < 4 or s.low[verb] not in CHARGE_SPEECH:
        return False
    speakers: list[Mention] = []
    j = verb - 1
    while j > verb - 1 - APPOSITION_SPEAKERS and j >= 2:
        mention = s.by_end.get(j + 1)
        if mention is not None:
            speakers.insert(0, mention)
            j = mention.start - 1
        elif s.low[j] in LIST_JOINERS or s.low[j] == "the":
            j -= 1
        else:
            break
    if s.low[j] == "that":
        j -= 1
    if not speakers or s.low[j] not in MOVE_NOUNS or s.low[j - 1] not in ("a", "the") or s.low[j - 2] != ",":
        return False
    targets, _ = r.main_subject(j - 2)
    targets = whole_subject(r, [t for t in targets if not t.compound])
    if not targets or r.hedged(speakers[-1].end, verb) or r.hedged(targets[-1].end, j - 2):
        return False
    for a in speakers:
        for t in targets:
            r.emit("criticism", a.actor, t.actor, (), "criticism.move_charged")
    return True


def obliged(r: Reader, pos: int) -> bool:
    """Whether the charge noun at `pos` charges anyone: not 'any aggression'; a failure only to keep an obligation
    ("Y's failure to respect", 'to fulfil')."""
    s = r.s
    if any(w in UNREAL for w in s.low[max(0, pos - 3) : pos]):
        return False  # "X will respond to any Israeli aggression": a warning
    if s.low[pos] not in ("failure", "failures", "refusal"):
        return True
    return pos + 2 < len(s.low) and s.low[pos + 1] == "to" and s.low[pos + 2] in OBLIGED


def condemned_act(r: Reader, end: int, critics: list[Mention], bonus: float) -> None:
    """'Y denounced the attacks': an act named without its author is the other side's, when the critic is one side
    of the conflict the document last reported; a third party condemns who carried out the last attack read with
    its doer named ('X struck Y. Z condemned the strikes')."""
    s = r.s
    words = s.low[end : end + 3]
    if len(words) < 2 or words[0] not in ANAPHORIC or words[1] not in ACTS_OF_WAR or not r.context.conflicts:
        return
    sides, last = r.context.conflicts[-1], r.context.conflicts[-len(r.context.attackers) :]  # the attackers' fights
    attackers = [x for x in r.context.attackers if any(x in c for c in last)]
    for a in critics:
        if a.actor in sides:
            other = next(x for x in sides if x != a.actor)
            r.emit("criticism", a.actor, other, (), "criticism.condemned_act", bonus)
        for attacker in [] if a.actor in sides else attackers:  # "X struck Y. Z also condemned the attack": X
            r.emit("criticism", a.actor, attacker, (), "criticism.condemned_act", bonus)


def condemned_move(r: Reader, end: int, critics: list[Mention], bonus: float) -> None:
    """'X imposed new tariffs. Y condemned the move': what 'the move' names is the act of the actor heading the
    sentence just before (or of the one actor criticised there), when that is one actor, not the critic, and the
    critic's sentence names no one else."""
    s = r.s
    j = end
    if j >= len(s.low) or s.low[j] not in ANAPHORIC:
        return
    j += 1
    while (
        j < min(len(s.low), end + 4)
        and s.low[j] not in ANAPHORIC_ACTS
        and (s.low[j].isalpha() or s.low[j] in ("'", "’"))
        and j not in s.by_start
    ):
        j += 1  # "the latest unilateral move", "the diplomats' expulsion"
    if j >= len(s.low) or s.low[j] not in ANAPHORIC_ACTS:
        return
    if s.low[j + 1 : j + 2] and s.low[j + 1] in ("of", "by", "from", "against", "on", "to", "that"):
        return  # "the decision of X", "the move against Y", "the decision that ...": the act is named here
    critics_ids = {m.actor for m in critics}
    if any(m.actor not in critics_ids for m in s.mentions):
        return
    # "A and B accuse C of a campaign. D has condemned the broader activity", "A condemned C's decision. D also
    # condemned the move": C's, the one criticised just before; else the actor heading that sentence
    authors = list({t for at, _, t in r.context.recent if at == s.index - 1 and t and t not in critics_ids})
    if not authors and not ECHOING.intersection(s.low):  # "D also condemned the move": the move another condemned
        heads = r.context.bodies_before(people=True, acting=True)
        authors = [a for a in heads if a not in critics_ids] if len(heads) == 1 else []
    if len(authors) != 1:
        return
    for a in critics:
        r.emit("criticism", a.actor, authors[0], (), "criticism.condemned_move", bonus)


COMPLEMENT_FILLERS = frozenset({"not", "having", "being", "never"})  # "of not doing enough", "for having said"


def in_complement(r: Reader, end: int, mention: Mention) -> bool:
    """Whether `mention` stands in the 'of/for -ing' clause after a verb's object: 'accused the government of not
    doing enough to fight Y', 'criticised the statement for calling Kashmir part of India' (Y is no target)."""
    s = r.s
    if mention.prep in ("by", "on"):
        return False  # "condemned a night of bombing by Russia", "blamed the upsurge of fighting on X"
    for j in range(end + 1, mention.start):
        if s.low[j] in ("of", "for"):
            k = j + 1
            while k < mention.start and s.low[k] in COMPLEMENT_FILLERS:
                k += 1
            if k < mention.start and s.low[k].isalpha() and s.low[k].endswith("ing"):
                return True
    return False


# words before a participle that make it an adjective: "by alleged guerrillas", "the condemned men"
ATTRIBUTIVE_BEFORE = frozenset({"the", "a", "an", "its", "their", "his", "her", "by", "of", "for", "with", "from"})


def presupposed(low: list[str], pos: int) -> bool:
    """Whether a gerund after 'for' is a deed the main verb takes as done: 'X criticised (praised) Y for criticising
    Z' (but 'X accused Y of criticising Z', 'X blamed Y for ...' only allege it)."""
    if low[pos - 1] != "for":
        return False
    verb = next((k for k in range(pos - 2, max(-1, pos - PRESUPPOSED_REACH), -1) if low[k] in FOR_GOVERNORS), None)
    return verb is not None and low[verb] in PRESUPPOSING  # not "condemned Y and blamed Z for ...": 'blamed' governs


# what before "blamed on" makes it a finite verb with its subject, not a participle: "the attack, which it blamed on
# Y", "X has blamed on Y" (not "raids blamed on Y")
BLAMING_SUBJECTS = frozenset({"it", "they", "he", "she", "we", "has", "have", "had", "also", "repeatedly"})


NOUN_CUE_WORDS = frozenset({"critic", "critics"})  # criticism cues that are nouns of the critic


def not_said_here(r: Reader, pos: int) -> bool:
    """Whether the criticism verb at `pos` states no criticism: 'accused X of criticising Y' (an allegation), 'an
    attack by alleged guerrillas' (an adjective), 'X stands accused of' (a passive participle), 'slammed into' (a
    crash)."""
    low = r.s.low
    if low[pos + 1 : pos + 2] == ["into"]:
        return True  # "a drone slammed into the warships": a crash, not words
    if not pos:
        return False
    if low[pos].endswith("ing") and low[pos - 1] in ("of", "for"):
        return not presupposed(low, pos)
    participle = VERB_ED.match(low[pos]) and low[pos + 1 : pos + 2] in (["of"], ["for"])
    blamed_on = low[pos : pos + 2] == ["blamed", "on"] and "by" not in low[pos + 2 : pos + 8]  # no "by Kabul"
    blamed_on = blamed_on and r.s.by_end.get(pos) is None and low[pos - 1] not in BLAMING_SUBJECTS  # "which X blamed"
    if participle or blamed_on:  # "the RSF stands accused of war crimes", "Iran criticised for ...", "raids blamed
        return True  # on X": said of them, not by them
    noun = low[pos] in NOUN_CUE_WORDS  # "a vocal critic of Y" is said by the subject
    if pos > 1 and low[pos - 2] in ("a", "an") and low[pos - 1].isalpha() and not low[pos].endswith("ing") and not noun:
        return True  # "drew a sharp rebuke from China": a noun
    return bool(VERB_ED.match(low[pos])) and low[pos - 1] in ATTRIBUTIVE_BEFORE


def untargeted(r: Reader, end: int, critics: list[Mention], bonus: float) -> None:
    """A criticism verb with no actor after it: the act of the last conflict or of the sentence before ('Y denounced
    the attacks', 'Y condemned the move'), else left to the document's two sides ('Tokyo slams "unacceptable"
    move' in a story of Beijing's sanctions)."""
    before = len(r.out)
    if apposed_move(r, critics, bonus):
        return
    condemned_act(r, end, critics, bonus)
    condemned_move(r, end, critics, bonus)
    claimable = condemns_an_act(r.s.low, end)  # "condemned the blast": its claimant's, if the document names one
    if len(r.out) == before and (claimable or _an_act_or_nothing(r.s.low, end)):
        rule = "criticism.condemned_claimed" if claimable else "criticism.dispute"
        r.unresolved.extend((r.s.index, a.actor, rule) for a in critics)


def apposed_move(r: Reader, critics: list[Mention], bonus: float) -> bool:
    """'X imposed tariffs on Y, a move Y denounced as blackmail': the critics of a move in apposition criticise who
    made it (`_mover`); True when read."""
    s = r.s
    j = critics[0].start - 1
    if j >= 0 and s.low[j] == "the":
        j -= 1
    if j >= 0 and s.low[j] in ("that", "which"):
        j -= 1
    if j < 3 or s.low[j] not in MOVE_NOUNS or s.low[j - 1] not in ("a", "the") or s.low[j - 2] not in APPOSING:
        return False
    targets = _mover(r, j - 2)
    critics_ids = {m.actor for m in critics}
    targets = [t for t in targets if t.actor not in critics_ids]
    if not targets or r.hedged(targets[-1].end, j - 2):
        return False
    for a in critics:
        for t in targets:
            r.emit("criticism", a.actor, t.actor, (), "criticism.move_condemned", bonus)
    return True


def _mover(r: Reader, comma: int) -> list[Mention]:
    """Who made the move an apposition at `comma` names: the subject of the last clause before it ('Russia struck
    Kyiv as Ukraine imposed sanctions, a move ...': Ukraine), or, when that subject only reacted to the move, the
    owner of its object ('Ukraine welcomed the EU's sanctions, a move ...': the EU)."""
    s = r.s
    start = next((k + 1 for k in range(comma - 1, -1, -1) if s.low[k] in SUBCLAUSES), 0)
    first = next((m for m in s.mentions if start <= m.start and m.end <= comma), None)
    if first is None:
        return []
    subject = [first] if start else r.main_subject(comma, owner=True)[0]
    subject = [m for m in subject if not m.compound and start <= m.start]
    if not subject:
        return []
    verb = next((k for k in range(subject[-1].end, comma) if s.low[k] in REACTIONS), None)
    if verb is None:
        return subject if subject[0].possessive else whole_subject(r, subject)
    owners = [m for m in s.mentions if verb < m.start and m.end <= comma and m.possessive]
    return owners[:1]


DISPUTED_ACTS = ANAPHORIC_ACTS | ACTS_OF_WAR | frozenset({"detention", "arrest", "arrests", "test", "tests", "visit"})
ACT_WINDOW = 5  # words from a criticism verb to the head of its object: "slammed the 'unacceptable' move"


def _an_act_or_nothing(low: list[str], end: int) -> bool:
    """Whether a criticism verb's object is someone's act ('the move', 'his continued detention') or missing, so that
    the other side of the document may be its target (not 'criticised the opposition', 'condemned the vote')."""
    window = low[end : end + ACT_WINDOW]
    return not window or window[0] in (".", ",", ";") or any(w in DISPUTED_ACTS for w in window)


def relative_head(r: Reader, pos: int) -> list[Mention]:
    """The owner of the noun a ', which X condemned' clause holding `pos` hangs on: 'the Israeli strikes, which'."""
    s = r.s
    start = next((a for a, b in s.rel_spans if a < pos <= b), None)
    if start is None or s.low[start] != "which":
        return []
    owners = [m for m in s.mentions if start - 8 <= m.start < start - 1 and m.prep is None and not m.quoted]
    return owners[-1:]


PROVOKING = frozenset({"provoke", "incite"})
# what provoking or inciting charges its doer with: "provoked the incident", "inciting violence" (not "interest")
HARMS = frozenset(
    {"incident", "incidents", "clash", "clashes", "crisis", "war", "tension", "tensions", "violence", "conflict"}
    | {"unrest", "hatred", "terrorism", "riots", "escalation", "confrontation", "hostilities", "attack", "attacks"}
)
HARM_REACH = 5  # words after the verb where what it provoked is named: "had deliberately provoked the border incident"
ATTEMPTING = frozenset({"trying", "tried", "tries", "seeking", "sought", "seeks", "attempting", "attempted"})


def provoked_harm(r: Reader, pos: int, end: int) -> bool:
    """Whether 'provoked' or 'incited' at `pos` charges its subject: its object is harm or an actor ('provoked the
    incident', 'incited violence'), not 'a lively discussion'; not a passive ('was provoked by Y': Y's doing)."""
    if r.passive(pos, end):
        return False
    after = r.s.low[end : end + HARM_REACH]
    return any(w in HARMS for w in after) or skip_articles(r.s.low, end) in r.s.by_start  # "provoked Y"


def attempt_start(low: list[str], pos: int) -> int:
    """Where 'trying to' or 'aimed at' opens the charge at `pos` (the attempt itself is no hedge); else `pos`."""
    aimed = low[pos - 1 : pos] == ["at"] and low[pos - 2 : pos - 1] in (["aimed"], ["aiming"])
    return pos - 2 if pos >= 2 and ((low[pos - 1] == "to" and low[pos - 2] in ATTEMPTING) or aimed) else pos
