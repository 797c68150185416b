"""Clause-level readings: objects, agents, voice, hedges, speakers, owners and pairs of sides."""

from __future__ import annotations

from graphx.extract.asides import APPOSED_NAME_REACH, apposed_name, unofficial
from graphx.extract.confidence import PRONOUN_PENALTY, SPEAKER_PENALTY
from graphx.extract.mentions import Mention
from graphx.extract.pair_phrases import Pairs
from graphx.extract.tokens import (
    REPORTING,
    announced,
    base_in,
    participle_opener,
    past_adverbs,
    skip_articles,
    skip_back,
    supposed_before,
)
from graphx.extract.war_words import OUTBREAK_WORDS, own_conflict, unnamed_side_after
from graphx.extract.words import (
    ACTOR_HEADS,
    ASKED_SPAN,
    ASKING,
    BE,
    BE_STRICT,
    BORDER_NOUNS,
    BOUNDARY,
    CALLING,
    CAPTIVES,
    CONNECTORS,
    CONTINUING,
    DETERMINERS,
    EVENT_ADJECTIVES,
    FORCES,
    HEDGES,
    HYPHENS,
    MEDIATOR_REACH,
    MODALS,
    NEGATING_VERBS,
    NEGATION,
    OFFER,
    POSSESSIVE,
    PREPOSITIONS,
    PRONOUNS_FIRST,
    PRONOUNS_PERSON,
    QUOTE_CLOSE,
    SPEAKER_VERBS,
    SPEECH,
    SUBORDINATORS,
)

BEFORE_BY = frozenset({"upon", "on", "at", "first", "jointly", "initially"})  # between a participle and "by"
SEEKING = frozenset({"seek", "seeks", "sought", "seeking"})  # "sought to mediate" (not "sought mediation": a request)
# an offer or an attempt: "ready to host", "sought to mediate"
TRYING = frozenset({"try", "tries", "tried", "trying", "ready", "willing", "prepared"}) | SEEKING

ASKED_REACH = 8  # how far before a clause's subject a request may stand: "Lee asked Chinese President Xi to ..."
REQUESTING = (ASKING - {"told", "tells"}) | {"requested", "requests"}  # "asked X to", not "told reporters X had"
REPORTER_WORDS = 4  # words between a possessor and the speech verb of its reporting clause
CHARGING = frozenset({"charged", "charges", "charging"})  # speech only before "that": "X charged that Y had ..."
ACCORDING_REACH = 5  # words from the source to the comma closing it: "according to X's foreign ministry,"
SPEAKER_AFTER_QUOTE = 12  # '"...," RCSS spokesperson Lt-Col Hseng Murng told': words to the speech verb
# words before a participle that say it was done, whatever the main verb's mood: "X is set to visit Y after brokering"
DONE_BEFORE = frozenset({"after", "following"})
# words before a participle whose doer is the main clause's subject: "X announced Y while denouncing Z"
MAIN_SUBJECT_PARTICIPLES = DONE_BEFORE | {"while", "when", "before", "by"}
INITIATORS = frozenset({"suggestion", "initiative", "proposal"})  # not "at the request of A and B": its sides
BACKERS = frozenset({"support", "backing", "help", "assistance"})  # "convened with the support of A and B"
NOT_SIDES_OF = INITIATORS | BACKERS  # "at the suggestion of Y and Z", "with the support of Y and Z": not the sides
AID = frozenset({"support", "aid", "help", "assistance", "backing", "weapons", "arms"})  # given to Y for its war
DONE_PARTICIPLE_OPENERS = DONE_BEFORE | {","}  # after a comma too: "X denied it, accusing Y of ..."


class Reader(Pairs):
    """Every reading a frame handler needs, for one sentence."""

    def right_objects(
        self, pos: int, preps: frozenset[str | None], window: int = 18, skip_possessive: bool = False
    ) -> list[Mention]:
        """The first actors after `pos` that the word there governs, through the allowed prepositions."""
        s = self.s
        if pos >= len(s.low) or s.low[pos] == ":":  # "Israel attacks: Peters welcomes ...": a headline's label
            return []
        quoted = s.quoted[pos]
        stop = min(len(s.low), pos + window)
        for a, b in s.rel_spans:
            if a < pos <= b:  # a cue inside ", which X condemned," governs nothing after the clause
                stop = min(stop, b)
        stop = min(stop, self.fronted_clause_end(pos) or stop)  # "Since X seized power, A and B ...": not A
        for j in range(pos, stop):
            if self._objects_end(j, pos, quoted):
                break
            mention = s.by_start.get(j)
            if mention is None:
                continue
            if s.low[mention.end : mention.end + 1] and s.low[mention.end] in SPEECH:
                break  # "Israeli jets hit sites in Gaza, Egypt said": the speaker, not the object
            after_comma = s.low[j - 1 : j] == [","] or s.low[j - 2 : j] == [",", "the"]
            if (mention.possessive or after_comma) and self._reporting_owner(mention):
                break  # "condemned the treaty, Seoul's foreign ministry said", "fought in Congo, UN experts said"
            compound = mention.compound and not self.leads(mention)  # "by the KNLA-led coalition": the KNLA
            if mention.prep not in preps or compound or self.in_relative(j, pos) or self._unofficial(mention):
                continue
            if j >= 2 and s.low[j - 1] == "with" and s.low[j - 2] in BORDER_NOUNS:
                continue  # "clashed with a gang near the border with Colombia": a place, not the other side
            if skip_possessive and mention.possessive:
                continue
            return self.group(mention, leftward=False)
        return []

    def _reporting_owner(self, mention: Mention) -> bool:
        """Whether a possessor heads a reporting clause: 'Seoul's foreign ministry said', 'Iran's Araghchi told'."""
        s = self.s
        k = mention.end + mention.possessive
        while k < len(s.low) and k - mention.end <= REPORTER_WORDS and s.low[k][:1].isalpha():
            if s.low[k] in REPORTING:
                return k > mention.end + mention.possessive
            k += 1
        return False

    def _objects_end(self, j: int, pos: int, quoted: bool) -> bool:
        """Whether the word at j ends the search for the objects of `pos`: a boundary, speech, a relative, a quote."""
        s = self.s
        word = s.low[j]
        if word in BOUNDARY or (word in SUBORDINATORS and j > pos and s.low[j - 1] == ","):
            return True
        if j > pos and (self.saying(j) or word in ("which", "who") or self.new_clause(j)):
            return True
        if j > pos and word == "that" and s.by_end.get(j) is None and s.by_start.get(j + 1) is None:
            return True  # "condemned the strike that hit Y", "struck vehicles that entered Y" ("the statement that Y
            # issued" goes on)
        if j > pos + 1 and word == "and" and j + 1 < len(s.low) and j + 1 not in self.cue_positions:
            nxt = s.low[j + 1]  # "condemned the attack and urged Y's government to act": a second verb; but
            adjective = nxt in EVENT_ADJECTIVES or nxt in OUTBREAK_WORDS
            return self.verbish(j + 1) and not adjective  # "... and continued Israeli attacks": its object
        return quoted and not s.quoted[j] and word not in QUOTE_CLOSE and word != '"'

    def new_clause(self, j: int) -> bool:
        """Whether ', and' at j starts a clause with its own subject: ', and the Philippines chided ...'."""
        s = self.s
        if s.low[j] != "and" or s.low[j - 1] != ",":
            return False
        k = j + 1
        while k < len(s.low) and s.low[k] in DETERMINERS:
            k += 1
        mention = s.by_start.get(k)
        after = past_adverbs(s.low, mention.end) if mention is not None else len(s.low)  # "..., and Y quickly chided"
        return after < len(s.low) and self.verbish(after)

    def agent_after(self, pos: int, window: int = 14) -> list[Mention]:
        """The actors of a 'by X' (or 'from X') phrase after `pos`."""
        return self.right_objects(pos, frozenset({"by", "from"}), window)

    def passive(self, pos: int, end: int) -> bool:
        """Whether the verb at `pos` is passive: after a form of 'be', or followed by 'by'."""
        s = self.s
        if s.low[pos].endswith("ing"):
            return False  # "Qatar is hosting talks": progressive, not passive
        j = pos - 1
        while j >= 0 and (s.low[j].endswith("ly") or s.low[j] in ("also", "not", "never", "again", "'", "‘", '"', "“")):
            j -= 1  # "have been 'downed'"
        if j >= 0 and s.low[j] in BE_STRICT:
            return True
        end += s.low[end] in BEFORE_BY if end < len(s.low) else 0  # "was on Friday fired upon by X", "hosted first by"
        return end < len(s.low) and s.low[end] == "by" and s.low[pos].endswith(("ed", "en"))

    def hedged(self, start: int, pos: int, allow_offer: bool = False) -> bool:
        """Negation, modality or a hypothetical between a clause's subject and its cue."""
        s = self.s
        joined = self.coordinated(pos)
        if joined > start:
            start = joined
        if self._asked_or_supposed(start, pos):
            return True
        for j in range(max(0, start), pos):
            word = s.low[j]
            if self.in_relative(j, pos):
                continue  # "Russia, which called the strikes reckless, offered to mediate"
            if word in NEGATION or word.endswith(("n't", "n’t")) or word in NEGATING_VERBS:
                return True
            if word in MODALS and not (allow_offer and announced(s.low, j)) and s.low[j + 1] not in CONTINUING:
                return True  # "X will host talks": announced; "X could mediate": a hypothesis
            trying = word in TRYING and (word not in SEEKING or s.low[j + 1] == "to")
            if word in HEDGES and not (allow_offer and trying):  # "trying to broker" is mediating
                return True
            if (word in OFFER or s.low[j : j + 2] == ["about", "to"]) and not allow_offer:
                return True  # an offer; "Israel was about to bomb Iran": not yet done
        return False

    def _asked_or_supposed(self, start: int, pos: int) -> bool:
        """Whether a request or a condition stands before the clause's subject: 'Lee asked Xi to', 'if X'."""
        s = self.s
        reach = ASKED_REACH
        for j in range(start - 1, max(-1, start - 25), -1):
            if s.low[j] == "," and apposed_name(s.tokens, j):
                reach += APPOSED_NAME_REACH  # "asked New Zealand's foreign minister, Winston Peters, to mediate"
                continue
            if s.low[j] in (",", ";", "—", "–") or s.quoted[j] != s.quoted[pos]:
                return False
            if s.low[j] in ("if", "unless", "whether") or (s.low[j] in REQUESTING and j >= start - reach):
                return True
        return False

    def clause_start(self, pos: int) -> int:
        """Where the clause holding `pos` starts (for the hedge check when no subject is known)."""
        s = self.s
        for j in range(pos - 1, -1, -1):
            if s.low[j] in BOUNDARY or (s.low[j] in (",", "—", "–", ":") and j < pos - 6):
                return j + 1
        return 0

    def speaker(self, pos: int) -> list[Mention]:
        """Who says the quotation holding `pos`: '“...,” X said', '“...,” said X', 'X said: “...”'."""
        s = self.s
        n = len(s.low)
        close = pos
        while close < n and s.quoted[close]:
            close += 1
        open_ = pos
        while open_ > 0 and s.quoted[open_ - 1]:
            open_ -= 1
        for j in range(close + 1, min(n, close + SPEAKER_AFTER_QUOTE)):
            if self.saying(j):
                after = s.by_start.get(j + 1)
                if after is not None and not after.quoted:
                    return [after]
                for k in range(j - 1, close, -1):
                    mention = s.by_end.get(k + 1)
                    if mention is not None and not mention.quoted:
                        return [mention]
                    if s.low[k] in PRONOUNS_PERSON and self.context.last_person:
                        return [Mention(k, k + 1, self.context.last_person, True)]
                break
        for j in range(open_ - 2, max(-1, open_ - 10), -1):
            if self.saying(j):
                found, _ = self.left_subject(j, allow_object=True)
                return found
        return []

    def reporting_speaker(self, pos: int) -> list[Mention]:
        """Who says a clause, quoted or not: the speaker of the quotation, or 'X said (that) ...'."""
        s = self.s
        if s.quoted[pos]:
            return self.speaker(pos)
        source = self.according_to(pos)
        if source:
            return source
        for j in range(pos - 1, -1, -1):
            charged = s.low[j] in CHARGING and s.low[j + 1 : j + 2] == ["that"]  # "X charged that Y had violated"
            charged = charged and not NEGATION.intersection(s.low[max(0, j - 2) : j])
            if (s.low[j] in SPEAKER_VERBS or charged) and not self.owned_noun(j):
                found, _ = self.left_subject(j, allow_object=True)
                if not found and s.low[j].endswith("ing") and s.low[j - 1] == ",":  # "X walked out, claiming Y was"
                    found, pronoun = self.main_subject(j - 1)
                    found = found if pronoun is None else []
                return found
        for j in range(pos + 1, len(s.low)):
            if self.saying(j) and s.low[j - 1] != "," and not self.owned_noun(j):
                found, _ = self.left_subject(j, allow_object=True)
                return found
        return []

    def according_to(self, pos: int) -> list[Mention]:
        """The source of 'According to X (X's ministry), Y was behind the attack', fronted before `pos`."""
        low = self.s.low
        at = next((j for j in range(pos - 2) if low[j : j + 2] == ["according", "to"]), None)
        head = self.s.by_start.get(at + 2) or self.s.by_start.get(at + 3) if at is not None else None
        if head is None:
            return []
        group = self.group(head, leftward=False, free=True)
        comma = next(
            (k for k in range(group[-1].end, min(pos, group[-1].end + ACCORDING_REACH)) if low[k] == ","), None
        )
        return group if comma is not None else []

    def _unofficial(self, mention: Mention) -> bool:
        """'A protest by Cambodian activists', 'a report by a US think tank': agents who are not the state."""
        return mention.prep in ("by", "from") and unofficial(self.s.low, mention, self.lex)

    def saying(self, j: int) -> bool:
        """Whether the word at `j` is a verb of saying, not part of a name ("the United States") nor an adjective
        after a determiner ("the reported use of Y's missiles")."""
        if j and self.s.low[j - 1] in ("the", "a", "an"):
            return False
        return self.s.low[j] in SPEECH and not any(m.start <= j < m.end for m in self.s.mentions)

    def owned_noun(self, j: int) -> bool:
        """Whether the word at `j` follows a possessive actor, so is a noun: 'Y's claims', not 'X claims'."""
        owner = self.s.by_end.get(j) or self.s.by_end.get(j - 1)
        return owner is not None and owner.possessive

    def subject_or_speaker(self, pos: int) -> tuple[list[Mention], float]:
        """The subject of the cue at `pos`; inside a quotation, 'we' or no subject means the speaker."""
        after = participle_opener(self.s.low, pos, MAIN_SUBJECT_PARTICIPLES)  # '... while denouncing Y': the subject's
        subject, pronoun = self.main_subject(after) if after > 0 else self.left_subject(pos)
        if subject:
            return subject, 0.0 if pronoun is None else PRONOUN_PENALTY
        if self.s.quoted[pos] and pronoun is None:
            before = self._subject_before_quote(pos)
            if before:
                return before, 0.0
        if self.s.quoted[pos] and (pronoun in PRONOUNS_FIRST or pronoun is None):
            return self.speaker(pos), SPEAKER_PENALTY
        return [], 0.0

    def _subject_before_quote(self, pos: int) -> list[Mention]:
        """The actor before a quotation opening with its predicate: 'X said the Chinese government "will mediate"'."""
        s = self.s
        j = pos
        while j > 0 and s.quoted[j - 1]:
            j -= 1
        if j < 2 or not (s.low[j] in MODALS or s.low[j] in BE or self.verbish(j)):
            return []
        end = j - 1  # the opening quotation mark
        if end and s.low[end - 1] in ACTOR_HEADS:
            end -= 1  # "the Chinese government"
        mention = s.by_end.get(end)
        if mention is None or mention.possessive or mention.prep is not None or mention.quoted:
            return []
        return [mention]

    def hedge_from(self, subject: list[Mention], pos: int) -> int:
        """Where the hedge check of a clause starts: after its subject, else at the clause's start; at a participle
        after 'after' or a comma ('is set to visit Y after brokering a truce', 'denied it, accusing Y'): done."""
        done = participle_opener(self.s.low, pos, DONE_PARTICIPLE_OPENERS)
        if done >= 0 and not (self.s.low[done - 1] == "," and supposed_before(self.s.low, done - 1)):
            return done  # "X denied it, accusing Y": done; "X is expected to protest, accusing Y": not yet
        return subject[-1].end if subject and subject[-1].end <= pos else self.clause_start(pos)

    def main_subject(self, pos: int, owner: bool = False) -> tuple[list[Mention], str | None]:
        """The subject of the main clause before `pos`: its first actor that can head a subject ('The president of
        X is set to visit Y and Z after ...': X, not the visit's objects); with `owner`, also the owner of the
        subject's head noun ('X's aggression has ..., attracting criticism')."""
        s = self.s
        for mention in s.mentions:
            if mention.end > pos:
                break
            if mention.quoted != s.quoted[pos]:
                continue
            if owner and mention.possessive and mention.prep is None:
                return [mention], None
            if self._may_be_subject(mention, pos, False, False):
                return self.group(mention, leftward=False), None
        return self.left_subject(pos)

    def _condemned_by(self, subject: list[Mention], pronoun: int) -> bool:
        """Whether a criticism verb of `subject` takes the noun phrase that 'its' at `pronoun` opens as its object."""
        verbs = self.lex.word_set("criticism", "verbs")
        return any(base_in(w, verbs) for w in self.s.low[subject[-1].end : pronoun][-3:])

    def _helped_in(self, pronoun: int) -> Mention | None:
        """'support for Israel in its war', 'helping Ukraine in its fight': the actor before 'in its' owns it."""
        s = self.s
        if pronoun < 2 or s.low[pronoun - 1] not in ("in", "during", "with"):  # "assist Russia with its war"
            return None
        mention = s.by_end.get(pronoun - 1)
        return mention if mention is not None and not mention.possessive and mention.hyphen_pair is None else None

    def _reason_owner(self, pronoun: int) -> Mention | None:
        """'X imposed sanctions on Y over its invasion', 'X condemned Y for its war', 'X gave support to Y for its
        attack': 'its' is the object's (not 'X apologised to Y for its remarks')."""
        s = self.s
        if pronoun < 2 or s.low[pronoun - 1] not in ("over", "for"):
            return None
        before = s.by_end.get(pronoun - 1)
        aided = (
            before is not None
            and before.prep == "to"
            and bool(AID & set(s.low[max(0, before.start - 4) : before.start]))
        )
        if before is None or (before.prep not in (None, "on", "against") and not aided) or before.possessive:
            return None
        return before if before.start > 0 and not self.verbish(before.end) else None

    def _asked_to(self, pronoun: int) -> Mention | None:
        """'X asked Turkey to withdraw its troops', 'X called on Russia to end its war': 'its' is the one asked."""
        s = self.s
        for k in range(pronoun - 1, max(0, pronoun - ASKED_SPAN), -1):
            if s.low[k] in BOUNDARY or s.low[k] in (",", ";") or s.by_start.get(k) is not None:
                return None  # "urged China to halt actions which assist Russia with its war": Russia's, nearer
            if s.low[k] != "to":
                continue
            asked = s.by_end.get(k)
            if asked is None or asked.possessive or asked.start < 1:
                return None
            before = s.low[asked.start - 1]
            if before in ASKING or (before == "on" and asked.start > 1 and s.low[asked.start - 2] in CALLING):
                return asked
            return None
        return None

    def _pronoun_owner(self, j: int) -> list[Mention]:
        """Whom the possessive pronoun at `j` stands for: 'X launched its offensive', 'Putin offered his mediation'."""
        word = self.s.low[j]
        helped = self._helped_in(j) or self._asked_to(j) or self._reason_owner(j)
        if helped is not None:
            return [helped]
        onset = j > 0 and base_in(self.s.low[j - 1], self.lex.word_set("conflict", "agent_verbs"))
        verb = j - 1 if onset else j  # "after X launched its invasion": the verb's subject (not "after X backed its")
        found, _ = self.left_subject(verb, allow_object=True)
        if found and self._condemned_by(found, j):
            return []  # "Iraq condemned its offensive": another's, whose name is in another sentence
        if word in ("his", "her"):  # a person's, who speaks for a state; else who says it ("X says Y denied his claim")
            return found[:1] if found and found[0].person else [m for m in self.reporting_speaker(j) if m.person][:1]
        return found[:1] if word == "its" else found

    def _listed_owners(self, last: Mention) -> list[Mention]:
        """The adjectives listed before one noun, after a verb that stops a subject list: 'summoned the Danish and
        Swedish ambassadors' (both), 'the American, British and French sanctions'."""
        s = self.s
        owners = [last]
        j = last.start - 1
        while j >= 1 and s.low[j] in (",", "and"):
            k = j - 1 - (s.low[j] == "and" and s.low[j - 1] == ",")
            before = s.by_end.get(k + 1)
            if before is None or before.possessive or before.prep != last.prep or before.person:
                break
            owners.insert(0, before)
            j = before.start - 1
        return owners

    def possessor_before(self, pos: int, gap: int = 3) -> list[Mention]:
        """The owner of the noun at `pos`: 'Russia's invasion', 'its war', 'the Russian invasion'."""
        s = self.s
        j = pos - 1
        steps = 0
        while j >= 0 and steps <= gap:
            word = s.low[j]
            if word in ("its", "their", "his", "her"):
                return self._pronoun_owner(j)
            if word in POSSESSIVE or word in ("'", "’"):
                mention = s.by_end.get(j)
                if mention is None and j > 1 and s.low[j - 1] in ACTOR_HEADS:
                    mention = s.by_end.get(j - 1)  # "the Irish government's criticism", "the Sudanese army's offensive"
                return [mention] if mention is not None else []
            mention = s.by_end.get(j + 1)
            if mention is not None:
                if mention.hyphen_pair is not None or s.low[mention.start - 2 : mention.start] == ["anti", "-"]:
                    return []  # "the anti-Pakistan rhetoric": aimed at Pakistan, not Pakistan's
                owners = self.group(mention, leftward=True)  # "American and British sanctions": both own them
                return owners if len(owners) > 1 else self._listed_owners(mention)
            led = s.by_end.get(j - 1) if word == "led" and j > 1 and s.low[j - 1] in HYPHENS else None
            if led is not None and led.hyphen_pair is None:
                return [led]  # "the Hamas-led attack on Israel": its leader's
            if (
                word in HYPHENS
                and j > 0
                and not s.gaps[j]
                and not s.gaps[j + 1]
                and s.low[j - 1][:1].isalpha()
                and s.by_end.get(j) is None
            ):
                j -= 1  # "full-scale", "long-running": one adjective
                continue
            if word in PREPOSITIONS or word in CONNECTORS or not word[:1].isalnum() or word in BE or self.verbish(j):
                return []
            j -= 1
            steps += 1
        return []

    def _own_conflict_of_another(self, state: Mention, mediator: set[str]) -> bool:
        """Whether a state's own conflict is named after it ('the Colombian conflict'), and no mediator is a side
        the document has it fight ('Russia offered to mediate in the Ukrainian conflict' is no mediation)."""
        foe = any(tuple(sorted((m, state.actor))) in self.context.fought for m in mediator)
        return state.actor not in mediator and not foe and own_conflict(self.s.low, state.end)

    def parties(self, pos: int, end: int, mediator: set[str]) -> list[str]:
        """The sides a mediation at `pos` is between."""
        s = self.s
        near = [m for m in s.mentions if m.actor in mediator and pos < m.start <= pos + MEDIATOR_REACH]
        named = [m.end - 1 for m in near if m.quoted == s.quoted[pos]]  # not the speaker after a quotation
        found = self.between_pair(max(named, default=pos), window=12)  # past "the efforts of X, Y and Z"
        found = found or (self.between_pair(pos, window=12) if named else [])  # "talks between A and B in Riyadh"
        if len({m.actor for m in found} - mediator) >= 2:
            return [m.actor for m in found]
        if len(found) == 1 and found[0].actor not in mediator and unnamed_side_after(s.low, found[0].end):
            return [found[0].actor]  # "talks between the DRC government and rebels": the one side named
        last = end if s.low[end : end + 1] == ["for"] else end - 1  # "X provided a venue for Russia-Ukraine talks"
        pair = self.hyphen_pair_near(pos, before=4, after=8) or self.hyphen_pair_near(last, before=0, after=4)
        if pair:
            return list(pair)
        within = s.by_start.get(skip_articles(s.low, end + 1)) if s.low[end : end + 1] == ["in"] else None
        if within is not None and self._own_conflict_of_another(within, mediator):
            return [within.actor]  # "ready to mediate in the Ukrainian conflict"
        for head in self.right_objects(end, frozenset({None, "of", "with", "from", "for", "to"}), window=10)[:1]:
            if head.prep == "from" and s.low[skip_back(s.low, head.start - 1) - 1] not in FORCES:
                continue  # only "with delegations from Y and Z": the parties
            if head.prep == "of" and s.low[skip_back(s.low, head.start - 1) - 1] in NOT_SIDES_OF:
                return []  # "talks, at the suggestion of Y and Z", "with the support of Y and Z": not their sides
            group = self.group(head, leftward=False, free=True)  # "..., Y and Z signed a truce": both sides
            captives = s.low[group[-1].end : group[-1].end + 1] and s.low[group[-1].end] in CAPTIVES
            if captives and len({m.actor for m in group}) > 2:
                return []  # "the release of American, British and Swedish nationals": whose people, not two sides
            actors = [a for m in group for a in (m.actor, *m.others)]  # "hosted the two groups": both of them
            if len(group) == 1 and self._own_conflict_of_another(head, mediator):
                return [head.actor]  # "offered to mediate the Colombian conflict": the one side named
            return actors if len(set(actors) - mediator) >= 2 else []
        return []
