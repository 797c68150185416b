"""Judgements: 'X called Y's move reckless', 'X said Y's remarks were unacceptable', 'X described the strikes as
regrettable', 'it was "shameful" of Y to ...', and what a judgement quoted or framed says of whom."""

from __future__ import annotations

from graphx.extract.asides import BELIEVING, unofficial
from graphx.extract.attribution import AGENT_BLAMES
from graphx.extract.claims import CLAIM_JUDGEMENTS, JUDGED_DEEDS_OF
from graphx.extract.clauses import SPEAKER_AFTER_QUOTE, Reader
from graphx.extract.criticism_more import MOVE_NOUNS, condemned_act
from graphx.extract.dismissals import accusers_of
from graphx.extract.mentions import Mention
from graphx.extract.tokens import rest_at, skip_articles
from graphx.extract.words import (
    ACTS_OF_WAR,
    ANAPHORIC,
    BE,
    CALL_VERBS,
    CONNECTORS,
    JUDGING_VERBS,
    MODALS,
    NEGATION,
    PREPOSITIONS,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    SPEECH,
    VERB_ED,
    WRONGED_GOODS,
)
from graphx.extract.wronged import wronged_party
from graphx.lexicon import Cue

AIMED_AT = frozenset({"against", "about", "on", "toward", "towards", "at", "over", "targeting"})
MOVES = MOVE_NOUNS | frozenset({"act"})  # "in a move that Y called reckless": what the subject did
# deeds a judgement before them judges their doer by: "the provocative actions of Y", "reckless statements by Y"
JUDGED_DEEDS = frozenset(
    {"actions", "action", "acts", "moves", "steps", "activities", "behaviour", "behavior", "conduct", "measures"}
    | {"statements", "remarks", "comments", "rhetoric", "policies", "policy", "provocations"}
)
DEED_TIMES = frozenset({"previous", "former", "current", "new", "recent", "past"})  # before the doer's name
DEED_VERB_REACH = 4  # words back from the judgement to the verb whose object it heads: "highlighted recent 'X'"
MAKING = frozenset({"made", "makes", "leveled", "levelled", "levels", "released", "issued", "voiced", "raised"})
INTENSIFIERS = frozenset({"very", "so", "quite", "too", "most", "truly", "rather"})  # "it was very irresponsible of Y"
# a state's people who act for themselves: "Afghan nationals illegally crossed", "Moroccan teenagers illegally swam"
PRIVATE_PEOPLE = frozenset({"nationals", "national", "teenagers", "migrants", "men", "women", "people", "youths"})
UNLAWFUL_AGENT = 4  # words from an unlawful act to the 'by' naming its doer: "illegally occupied by the UK"
ACT_WORDS = 4  # words from a calling verb to its judgement when they name an act: "labelled the drone strikes a"
SHORT_QUOTE = 6  # a quotation this short is a judgement quoted, not a statement with its own speaker
CONTRASTING = frozenset({"but", "whereas", ";"})  # a quoted judgement judges only its own clause
IT_WAS = 5  # words back from a judgement to its 'it': "it was "shameful"", "it is deeply irresponsible"


def judged_of(r: Reader, pos: int, end: int) -> bool:
    """'X said it was "shameful" of Y to impose sanctions': the judgement is of Y, what it did after 'to'; True when
    read."""
    s = r.s
    k = end + (end < len(s.low) and (s.low[end] in QUOTE_CLOSE or s.low[end] == '"'))
    if k >= len(s.low) or s.low[k] != "of":
        return False
    judged = s.by_start.get(skip_articles(s.low, k + 1))
    if judged is None or judged.possessive or s.low[judged.end : judged.end + 1] != ["to"]:
        return False
    it = next((j for j in range(pos - 1, max(-1, pos - IT_WAS), -1) if s.low[j] == "it"), -1)
    between = s.low[it + 1 : pos] if it >= 0 else []  # "it was (deeply) shameful of", not "it was a violation of Y"
    plain = all(w in BE or w in INTENSIFIERS or w.endswith("ly") or not w.isalpha() for w in between)
    if not any(w in BE for w in between) or not plain:
        return False
    if r.hedged(it, pos):
        return False
    for a in r.reporting_speaker(pos):
        if a.actor != judged.actor:
            r.emit("criticism", a.actor, judged.actor, (), "criticism.judgement")
    return True


JUDGED_AS = frozenset({"as", "amounted", "amounts", "constituted", "constitutes"})  # "Y's remarks amounted to"


# judgement words that also modify a noun ("a crime database", "criminal gangs"): a judgement only at a phrase's end
MODIFYING_JUDGEMENTS = frozenset({"murder", "crime", "criminal", "massacre"})
JUDGEMENT_TAILS = frozenset({"and", "or", "of", "against", "by", "that", "which", "in", "on"})


def _modifier(low: list[str], pos: int, end: int) -> bool:
    """Whether a judgement word modifies the noun after it: 'a crime database', 'criminal gangs', 'murder charges'
    (not a deed's: 'a criminal act')."""
    after = low[end] if end < len(low) else ""
    deed = after in ("act", "action") and pos > 0 and low[pos - 1] in ("a", "an")  # "a criminal act": a judgement
    return low[pos] in MODIFYING_JUDGEMENTS and after.isalpha() and after not in JUDGEMENT_TAILS and not deed


def judgements(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """X called Y's move reckless; X said Y's remarks were unacceptable; X described the strikes as regrettable."""
    s = r.s
    if (
        _modifier(s.low, pos, end)
        or _what_it_called(r, pos)
        or _move_it_called(r, pos)
        or judged_of(r, pos, end)
        or _doers_judged(r, pos, end)
    ):
        return
    if _passive_judgement(r, pos):
        return
    start = r.clause_start(pos)
    # 'as "new and unacceptable"' is a judgement quoted; a quotation that opens the sentence is a statement
    quoted = s.quoted[pos] and (_quote_length(r, pos) > SHORT_QUOTE or _quote_start(r, pos) <= 1)
    if quoted:
        start = pos
        while start > 0 and s.quoted[start - 1]:
            start -= 1
        start = max([start, *(k + 1 for k in range(start, pos) if s.low[k] in CONTRASTING)])  # "..., but Y's was"
    called, judged_by = False, None
    if not quoted:
        start, called, judged_by = _judged_clause(r, pos, start)
    targets = _judged(r, pos, start, quoted)
    if not targets:
        _no_judged_named(r, pos, end, start, judged_by, quoted)
        return
    targets = [m for m in targets if not wronged_party(r, m)]  # "X described the massacre of Armenians as genocide"
    targets = [m for m in targets if m.prep is None] or [m for m in targets if m.prep not in AIMED_AT]
    if not targets:
        return  # "the remarks against Y were false": Y is what was aimed at, not who is judged
    target = targets[0]
    # "X and Y have condemned the treaty as a threat to peace": Y is a judge, not the judged
    judge = not target.possessive and any(_criticises(r, k) for k in range(target.end, pos))
    owned = _past_owned(r, target, pos)  # "X called Y's plan reckless": a plan judged is no hedge
    if judge or r.hedged(owned, pos) or any(w in NEGATION for w in s.low[max(0, start - 3) : start]):
        return
    between = [w for w in s.low[target.end : pos] if w not in QUOTE_OPEN and w not in QUOTE_CLOSE and w != '"']
    named = (
        called
        and target.prep is None
        and len([w for w in between if w not in ("a", "an")]) <= 2  # "the Y strikes a grave violation"
        and all(w.isalpha() and w not in PREPOSITIONS and w not in CONNECTORS and not VERB_ED.match(w) for w in between)
    )
    done_by = called and target.prep == "by"  # "X called the blockade by Y criminal"
    if not (named or done_by or target.possessive or any(w in BE or w in JUDGED_AS for w in s.low[target.end : pos])):
        return  # named: "X called the Y strikes irresponsible"
    if judged_by is not None:
        speakers = judged_by
    else:
        speakers = r.reporting_speaker(pos) if quoted or not s.quoted[pos] else r.reporting_speaker(start)
    for a in speakers:
        r.emit("criticism", a.actor, target.actor, (), "criticism.judgement")


def _past_owned(r: Reader, target: Mention, pos: int) -> int:
    """Where the words a possessive target owns end before a judgement: 'Y's annexation plan' in 'X called Y's
    annexation plan reckless' (the target's end when it owns nothing)."""
    low, k = r.s.low, target.end
    if not target.possessive:
        return k
    k += low[k : k + 1] in (["'s"], ["’s"])
    stops = BE | JUDGED_AS | MODALS | NEGATION | UNSURE  # "called Y's actions possible war crimes": a hedge
    while k < pos and low[k].isalpha() and low[k] not in stops and not r.verbish(k):
        k += 1
    return k


PASSIVE_REACH = 6  # words back from a judgement to the participle judging in the passive: "was described by Y as"


def _passive_judgement(r: Reader, pos: int) -> bool:
    """'Y's move was described by X as reckless', 'Y's claims were dismissed by X as baseless', 'Y's remarks were
    called reckless by X': the agent judges the subject's owner (not the other way round). Whether one was found."""
    s = r.s
    verb = next(
        (j for j in range(pos - 1, max(0, pos - PASSIVE_REACH), -1) if s.low[j] in CALL_VERBS | JUDGING_VERBS), None
    )
    if verb is None or s.low[verb - 1] not in BE or not r.passive(verb, verb + 1):
        return False
    judges = [m for m in r.agent_after(verb + 1, window=PASSIVE_REACH + 2) if m.prep == "by"]
    be = verb - 1
    while be > 0 and s.low[be - 1] in BE:
        be -= 1
    owners = (None, "by", "from", "of")  # "Y's move", "the strikes by Y", "the remarks of Y"
    judged = [m for m in s.mentions if r.clause_start(be) <= m.start < be and (m.possessive or m.prep in owners)]
    for a in judges:
        for t in judged:
            if a.actor != t.actor:
                r.emit("criticism", a.actor, t.actor, (), "criticism.judgement")
    return bool(judges)


def _no_judged_named(r: Reader, pos: int, end: int, start: int, judged_by: list[Mention] | None, quoted: bool) -> None:
    """A judgement whose clause names no one: of whom it was said, the claims or the act called so, or its doer."""
    if quoted and _said_of(r, pos):
        return
    read = _called_the_claims(r, pos, start) or _called_the_act(r, pos, end, start) or _called_it(r, pos, end, start)
    if not read:
        _judgement_by(r, pos, end, start, judged_by)


def _judged(r: Reader, pos: int, start: int, quoted: bool) -> list[Mention]:
    """The actors named in the judged clause from `start`: the owner just before a quotation that judges what it owns
    ("Ottawa's 'position on the conflict in Y is shameful'": Ottawa), none inside a claim's 'that' clause."""
    s = r.s
    opened = start > 1 and (s.low[start - 1] in QUOTE_OPEN or s.low[start - 1] == '"')
    owner = s.by_end.get(start - 2) if quoted and opened else None
    if owner is not None and owner.possessive:
        return [owner]
    named = [m for m in s.mentions if start <= m.start < pos and m.quoted == quoted]
    return [m for m in named if not _in_content_clause(r, start, m)]  # "the allegation that it trained Y"


STATEMENT_DETERMINERS = frozenset({"a", "an", "its", "the", "his", "her", "their"})


def _in_content_clause(r: Reader, start: int, mention: Mention) -> bool:
    """Whether a mention is inside the 'that' clause a claim noun opens ('the allegation that it trained Y'), not a
    relative clause on the claim ('the claims that Y made about the hospital': Y made them)."""
    low = r.s.low
    speech = r.lex.word_set("criticism", "speech_nouns")
    for k in range(max(start, 1), mention.start):
        if low[k] != "that" or low[k - 1] not in speech:
            continue
        if k >= 3 and low[k - 3] == "in" and low[k - 2] in STATEMENT_DETERMINERS:
            continue  # "X said in a statement that Y's attack was a war crime": where X said it
        maker = r.s.by_start.get(skip_articles(low, k + 1))
        verb = maker.end + (maker.end < len(low) and low[maker.end] in ("has", "had", "have")) if maker else -1
        after = low[verb + 1] if 0 <= verb < len(low) - 1 else ""  # "the claims that Y made about ..." (no object)
        return not (0 <= verb < len(low) and low[verb] in MAKING and (after in PREPOSITIONS or not after.isalpha()))
    return False


def _doers_judged(r: Reader, pos: int, end: int) -> bool:
    """'X condemned the provocative actions of Y's soldiers', '"... the reckless statements of Y's minister," X said':
    a judgement before acts or words names their doer, whom the clause's subject or the speaker judges; True when
    read."""
    s = r.s
    k = end + (end < len(s.low) and (s.low[end] in QUOTE_CLOSE or s.low[end] == '"'))
    if k + 1 >= len(s.low) or s.low[k] not in JUDGED_DEEDS or s.low[k + 1] not in ("of", "by", "from"):
        return False
    j = skip_articles(s.low, k + 2)
    j += s.low[j] in DEED_TIMES  # "the illegal activities of the previous US administration"
    doer = s.by_start.get(j)
    if doer is None:
        return False
    verb = next((v for v in range(pos - 1, max(-1, pos - DEED_VERB_REACH), -1) if r.verbish(v)), pos)
    critics, _ = r.subject_or_speaker(verb)  # "X highlighted recent 'provocative' actions by Y": X
    critics = [c for c in critics if c.actor != doer.actor]
    if not critics or r.hedged(critics[-1].end if critics[-1].end < pos else r.clause_start(pos), pos):
        return True
    for a in critics:
        r.emit("criticism", a.actor, doer.actor, (), "criticism.judgement")
    return True


def _called_the_act(r: Reader, pos: int, end: int, start: int) -> bool:
    """'Y struck X's airfields. X labelled the strikes a "terrorist act"': a calling verb's subject judges the act the
    document last reported, as when it condemns it (`condemned_act`); True when the judged words name such an act."""
    s = r.s
    if not start or s.low[start - 1] not in CALL_VERBS or pos - start > ACT_WORDS or s.low[end : end + 1] == ["by"]:
        return False  # "called the shelling an act of aggression by Y": Y, named (`_judgement_by`)
    if s.low[start : start + 1] != ["the"] or not any(w in ACTS_OF_WAR for w in s.low[start + 1 : pos]):
        return False
    judges, _ = r.left_subject(start - 1)
    if judges and not r.hedged(judges[-1].end, start - 1):
        condemned_act(r, start, judges, 0.0)
    return True


CALLED_PRONOUNS = frozenset({"it", "them", "this"})  # "Jordan called them a dangerous escalation"


def _called_it(r: Reader, pos: int, end: int, start: int) -> bool:
    """'The Arab League condemned Netanyahu's comments. Jordan called them "a dangerous escalation"': what 'it' or
    'them' stands for is what the sentence before criticised (its critic, when the judgement is of a claim: 'Russia
    accused Ukraine of staging it. Britain called it propaganda'), else the act of the one actor heading it ('Israel
    seized the ship. Iran called it piracy'); True when read."""
    s = r.s
    if not start or s.low[start - 1] not in CALL_VERBS or s.low[start] not in CALLED_PRONOUNS:
        return False
    if _doer_by(s.low, end) >= 0:
        return False  # "X called it a provocation by Y": Y, named (`_judgement_by`)
    judges, pronoun = r.left_subject(start - 1)
    if not judges or pronoun is not None or r.hedged(judges[-1].end, start - 1):
        return True
    critics = {m.actor for m in judges}
    if any(m.start < judges[0].start and m.actor not in critics for m in s.mentions):
        return True  # "Israel struck a hospital, and Hamas called it a massacre": 'it' is told in this sentence
    if any(w in NEGATION for w in s.low[start:pos]):
        return True  # 'Brazil called it "not a provocation"'
    claims = s.low[pos] in CLAIM_JUDGEMENTS  # propaganda, lies, hypocrisy: of what the critic before said
    told = [(c, t) for at, c, t in r.context.recent if at == s.index - 1 and c and t]
    owned = s.low[start] == "them"  # "condemned Netanyahu's comments. Jordan called them ...": the things criticised
    authors = list({c if claims else t for c, t in told if claims or owned} - critics)
    if not told:
        heads = r.context.bodies_before(people=True, acting=True)
        authors = [a for a in heads if a not in critics] if len(heads) == 1 else []
    for a in judges if len(authors) == 1 else []:
        r.emit("criticism", a.actor, authors[0], (), "criticism.judgement")
    return True


WONDERING = frozenset({"whether", "if", "unclear"})  # "said it was unclear if it was an illegal act by Y"
UNSURE = frozenset({"possible", "potential", "alleged", "suspected", "likely", "probable", "apparent"})


def _criticises(r: Reader, k: int) -> bool:
    """Whether the word at `k` is a verb of criticism read as a verb here ('condemned', 'slammed')."""
    low = r.s.low  # not "the Israeli strike" for the charge "strike first"
    return k in r.cue_positions and any(
        c.type == "criticism" and rest_at(low, k + 1, c.rest) for c in r.lex.cues.get(low[k], ())
    )


def _called_the_claims(r: Reader, pos: int, start: int) -> bool:
    """'X called the claims baseless' (after Y accused X): X answers its last accuser; True when read."""
    s = r.s
    words = s.low[start:pos]
    content = words[2:3] == ["that"]  # "called the allegation that it trained Y baseless"
    if not start or s.low[start - 1] not in CALL_VERBS or (len(words) != 2 and not content):
        return False
    if words[0] not in ANAPHORIC:
        return False
    if words[1] not in r.lex.word_set("criticism", "speech_nouns"):
        return False
    subject, pronoun = r.left_subject(start - 1)
    for a in subject if pronoun is None else []:
        for source in accusers_of(r, a.actor):
            r.emit("criticism", a.actor, source, (), "criticism.rejected_accusation")
    return True


def _judgement_by(r: Reader, pos: int, end: int, start: int, judged_by: list[Mention] | None) -> None:
    """'X said the shelling was an act of aggression by Y', 'X called it a provocation by Y': the judged act's doer
    follows the judgement, in a clause a verb of saying or calling opens."""
    s = r.s
    opener = s.low[start - 1] if start else ""
    stated = opener in SPEECH or opener in CALL_VERBS or judged_by or (s.quoted[pos] and _quote_start(r, pos) <= 1)
    by = _doer_by(s.low, end)  # "a provocation by Y", 'a "farce" staged by Y'
    if by < 0 or not stated:
        return  # "X said it was a provocation by Y", '"A provocation by Y," X said'
    doer = s.by_start.get(by + 1 + (s.low[by + 1 : by + 2] == ["the"]))  # "a provocation by the Ukrainian army"
    if doer is None:
        return
    supposed = any(w in NEGATION or w in MODALS or w in WONDERING for w in s.low[start:pos])  # "not", "might be"
    if supposed or "any" in s.low[max(0, pos - 2) : pos]:
        return  # "X said it was not a provocation by Y", "X would respond to any provocation by Y"
    speakers = judged_by or r.reporting_speaker(pos)
    for a in speakers:
        if a.actor != doer.actor and not r.hedged(a.end, max(a.end, start - 1)):
            for m in r.group(doer, leftward=False):
                r.emit("criticism", a.actor, m.actor, (), "criticism.judgement")


DOING_PARTICIPLES = AGENT_BLAMES | frozenset(
    {"staged", "organised", "organized", "committed", "ordered", "engineered", "carried", "launched", "plotted"}
    | {"conducted", "out"}
)  # 'a "farce" staged by Y', "a provocation carried out by Y" (and attribution's "orchestrated by Y")


JUDGED_DEED_WORDS = 4  # words from a judgement to the "by" of the deed's doer: "unlawful use of force by"


def _doer_by(low: list[str], end: int) -> int:
    """Where the 'by' naming a judged act's doer stands after the judgement ending at `end`, or -1."""
    k = end + (end < len(low) and (low[end] in QUOTE_CLOSE or low[end] == '"'))
    while k < len(low) and k - end <= JUDGED_DEED_WORDS and (low[k] in DOING_PARTICIPLES or low[k] in JUDGED_DEEDS_OF):
        k += 1  # 'a "farce" staged by Y', "an unlawful use of force by Y"
    return k if k < len(low) - 1 and low[k] == "by" else -1


def _judged_clause(r: Reader, pos: int, start: int) -> tuple[int, bool, list[Mention] | None]:
    """Where the judged clause before `pos` starts, whether a verb of calling opens it, and who judges when a verb
    of judging does ('X sees Y's occupation as illegal': X, named next to the verb; else nobody)."""
    s = r.s
    for j in range(pos - 1, -1, -1):
        if j and r.saying(j) and (r.owned_noun(j) or s.low[j - 1] in ANAPHORIC):
            continue  # "Y's claims were unacceptable", "called the claims baseless": a noun, not a verb of saying
        if s.low[j] in JUDGING_VERBS:
            judges, pronoun = r.left_subject(j)
            framed = "as" in s.low[j + 1 : pos] or s.low[j].startswith("deem")
            adjacent = bool(judges) and j - judges[-1].end <= 2 and "they" not in s.low[judges[-1].end : j]
            return j + 1, False, judges if framed and pronoun is None and adjacent else []
        if r.saying(j) or s.low[j] in CALL_VERBS:
            return j + 1, s.low[j] in CALL_VERBS, None
    return start, False, None


def _what_it_called(r: Reader, pos: int) -> bool:
    """'X demanded that Y stop what it called "provocative acts"': X judges what Y did; True when read."""
    s = r.s
    j = next((k for k in range(pos - 1, max(-1, pos - 5), -1) if s.low[k] in CALL_VERBS), None)
    what = next((k for k in range(j - 2, max(0, j - 6), -1) if s.low[k] == "what"), None) if j is not None else None
    if j is None or what is None or what < 1:
        return False  # "in what authorities in Warsaw called an act of aggression": the speaker may take words
    speakers, _ = r.left_subject(what)
    person_it = bool(speakers) and speakers[-1].person and s.low[j - 1] == "it"  # 'it' is no person: "X accused
    if not speakers or speakers[0].prep is not None or person_it:  # PM Y of what it called": X; "a warning to
        speakers, _ = r.main_subject(what)  # the government of Y over what it called": the main clause's subject
    named = s.by_end.get(j)
    if named is not None and not named.person:
        speakers = [named]
    targets = [
        m
        for m in s.mentions
        if m.end <= what
        and m.actor not in {a.actor for a in speakers}
        and (s.low[m.end] if m.end < len(s.low) else "") not in WRONGED_GOODS  # "Polish airspace": the wronged
    ]
    if not speakers or not targets or r.hedged(speakers[-1].end, what):
        return False
    for a in speakers:
        r.emit("criticism", a.actor, targets[-1].actor, (), "criticism.judgement")
    return True


def _move_it_called(r: Reader, pos: int) -> bool:
    """'X granted him asylum, in a move that Y branded "an illicit act"': Y judges X; True when read."""
    s = r.s
    j = next((k for k in range(pos - 1, max(-1, pos - 5), -1) if s.low[k] in CALL_VERBS), None)
    if j is None:
        return False
    that = next((k for k in range(j - 1, max(-1, j - 9), -1) if s.low[k] in ("that", "which")), None)
    if that is None or that < 3 or s.low[that - 1] not in MOVES or s.low[that - 2] not in ("a", "the"):
        return False
    speakers = [m for m in s.mentions if that < m.start and m.end <= j]
    targets, _ = r.main_subject(that - 2)
    if not speakers or not targets or r.hedged(speakers[-1].end, j):
        return False
    for a in speakers[:1]:
        for t in targets:
            r.emit("criticism", a.actor, t.actor, (), "criticism.judgement")
    return True


def _said_of(r: Reader, pos: int) -> bool:
    """'"It is a terror state," X said of Y', 'X said of Y: "a terror state"': the quotation judges Y (True if read)."""
    s = r.s
    first = _quote_start(r, pos)
    last = first + _quote_length(r, pos) - 1
    if any(w in NEGATION for w in s.low[first:pos]):
        return False
    after = [j for j in range(last + 1, min(len(s.low) - 1, last + SPEAKER_AFTER_QUOTE)) if r.saying(j)]
    before = [j for j in range(max(0, first - SPEAKER_AFTER_QUOTE), first) if r.saying(j)]
    for j in after[:1] + before[-1:]:
        judged = s.by_start.get(skip_articles(s.low, j + 2)) if s.low[j + 1] == "of" else None
        if judged is None or judged.quoted or (j < first and judged.end + 2 < first):
            continue  # 'X said of Y: "..."' names Y right before the quotation
        speakers = [a for a in r.speaker(pos) if a.actor != judged.actor]
        for a in speakers:
            r.emit("criticism", a.actor, judged.actor, (), "criticism.judgement")
        return bool(speakers)
    return False


def _quote_start(r: Reader, pos: int) -> int:
    """Where the quotation holding `pos` starts."""
    first = pos
    while first > 0 and r.s.quoted[first - 1]:
        first -= 1
    return first


def _quote_length(r: Reader, pos: int) -> int:
    """How many words the quotation holding `pos` has."""
    s = r.s
    first, last = pos, pos
    while first > 0 and s.quoted[first - 1]:
        first -= 1
    while last + 1 < len(s.low) and s.quoted[last + 1]:
        last += 1
    return last - first + 1


def unlawful_acts(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'Kyiv believes Moscow has illegally taken 19,000 children', '"... territory illegally occupied by the United
    Kingdom," Argentina said': an act its reporter calls unlawful criticises its doer (the subject, or who did it
    after 'by')."""
    s = r.s
    if end >= len(s.low) or not s.low[end].isalpha():
        return
    if r.passive(end, end + 1):  # "was illegally seized by Y": only the agent did it, never the one seized
        doers = [m for m in r.right_objects(end + 1, frozenset({"by"}), window=UNLAWFUL_AGENT) if m.prep == "by"][:1]
    elif pos and s.low[pos - 1] in ("who", "which", "that"):
        doers = []  # "migrants who illegally crossed": the relative clause's own subject
    else:
        doers = [t for t in r.left_subject(pos)[0] if pos - t.end <= UNLAWFUL_AGENT]  # "Moscow has illegally taken"
    doers = [t for t in doers if not unofficial(s.low, t, r.lex) and not PRIVATE_PEOPLE & {*s.low[t.end : t.end + 1]}]
    speakers = r.reporting_speaker(pos) or _believers(r, pos)
    for a in speakers:
        if r.hedged(a.end if a.end < pos else r.clause_start(pos), pos):
            return
        for t in doers:
            if a.actor != t.actor:
                r.emit("criticism", a.actor, t.actor, (), "criticism.unlawful")


def _believers(r: Reader, pos: int) -> list[Mention]:
    """Who believes or suspects the clause at `pos`: 'Kyiv believes Moscow has ...'."""
    s = r.s
    j = next((k for k in range(pos - 1, max(-1, pos - UNLAWFUL_AGENT - 4), -1) if s.low[k] in BELIEVING), None)
    return r.left_subject(j)[0] if j is not None else []
