"""Phrase structure around a cue: coordinated actors, subjects, verb chains, antecedents."""

from __future__ import annotations

from graphx.extract import asides
from graphx.extract.confidence import CONFIDENCE
from graphx.extract.context import Context
from graphx.extract.coordination import Coordination
from graphx.extract.mentions import Mention, expanded
from graphx.extract.sentence import Found, Sentence, place_apposition, punished_antecedent
from graphx.extract.tokens import in_hyphen_compound, infinitive_object, past_adverbs, skip_back
from graphx.extract.voices import IRREGULAR_PAST, STATEMENT_NOUNS, addressed, office_speaker, subject_preps
from graphx.extract.war_words import ARMED_ADJECTIVES, unnamed_other_side
from graphx.extract.words import (
    ACTOR_HEADS,
    BE,
    BOUNDARY,
    CLAUSE_OPENERS,
    CLAUSE_PREPS,
    DETERMINERS,
    EVENT_ADJECTIVES,
    FIGHTER_NOUNS,
    FORCES,
    FORMER_HOLDER,
    HYPHENS,
    INCIDENTS,
    NOT_VERB_ED,
    NOUN_MARKERS,
    NOUN_PREPS,
    PLURAL_VERBS,
    POSSESSIVE,
    PROJECTILES,
    PRONOUNS_FIRST,
    PRONOUNS_PERSON,
    QUOTE_OPEN,
    SPEECH,
    SUBORDINATORS,
    THING_ANTECEDENTS,
    TITLE_WORDS,
    TRADING,
    VERB_ED,
)
from graphx.lexicon import Lexicon, word_set

WEAPON_WORDS = word_set("artillery mortar tank rocket missile drone stray naval air cannon bomb")
OWN_STATE = frozenset({"country", "nation", "government"})  # "his country": the state of the person named
PAST_ONLY = frozenset({"struck", "fought"})  # verb forms no noun takes: "a Russian missile struck"
OBJECT_ARTICLES = (["a"], ["an"], ["the"])  # articles that open a verb's object: "a drone hit a depot"
LED_HEADS = frozenset({"coalition", "alliance", "forces", "troops"})  # "the Saudi-led coalition": its leader acts
# nouns whose owner acts in their relative clause: "the Saudi-led coalition, which", "the G7 statement, which denounced"
RELATIVE_HEADS = ACTOR_HEADS | frozenset({"alliance", "coalition"}) | STATEMENT_NOUNS

ANTECEDENT_SPAN = 7  # words back from a relative pronoun to the conflict noun heading its antecedent
OWNER_GAP = 3  # tokens from that noun back to the end of its owner: "Pakistan 's previous airstrikes"
OBJECT_SPAN = 20  # words back from a joining 'and' to the verb whose objects stand before it
OPENING_MARKS = frozenset({"-", "—", "–", '"', "“", "("})  # what may stand before a sentence's first clause
STATEMENT_KINDS = frozenset({"joint", "final", "latest", "closing", "official", "written"})  # "The joint statement"


class Phrases(Coordination):
    """The phrases of one sentence around its cues: subjects, coordinated actors, verb chains."""

    def __init__(self, sentence: Sentence, lexicon: Lexicon, context: Context) -> None:
        self.s = sentence
        self.lex = lexicon
        self.context = context
        self.out: list[Found] = []
        # mediators without parties, critics without a target: (sentence, actor, rule), settled by the document
        self.unresolved: list[tuple[int, str, str]] = []
        self.cue_positions: set[int] = set()
        self.object_list = False  # set by group(): the last leftward group continued an object list

    # -- helpers -----------------------------------------------------------------------------------------------

    def leads(self, mention: Mention) -> bool:
        """Whether a name heads a coalition or forces it leads, and so acts for them: 'the Saudi-led coalition'."""
        head = mention.end + 2  # the noun after "X-led"
        return mention.compound == "led" and head < len(self.s.low) and self.s.low[head] in LED_HEADS

    def emit(
        self,
        type_: str,
        source: str | None,
        target: str | None,
        parties: tuple[str, ...],
        rule: str,
        bonus: float = 0.0,
    ) -> None:
        """Keep one finding of the reading `rule`; a mediator without two parties waits for the document's sides."""
        confidence = CONFIDENCE[rule] + bonus
        if type_ == "criticism":
            if not source or not target or source == target:
                return
        elif type_ == "mediation":
            parties = tuple(dict.fromkeys(p for p in parties if p != source))
            lone = len(parties) == 1 and unnamed_other_side(self.s.mentions, self.s.low, parties[0])  # "and rebels"
            if source and len(parties) < 2:  # the document's sides may still name the unnamed one
                self.unresolved.append((self.s.index, source, rule))
            if not source or (len(parties) < 2 and not lone):
                return
        else:
            parties = tuple(sorted(set(parties)))
            if len(parties) != 2:
                return
        self.out.append(Found(type_, source, target, parties, self.s.index, round(confidence, 2), rule))

    def nominal(self, i: int) -> bool:
        """Whether the word at i is a noun by its neighbours: 'the attack', 'a blast', 'Iran's fight', or a plural
        that a plural verb follows: 'recent blasts have raised fears'."""
        low = self.s.low
        if i > 0 and (low[i - 1] in NOUN_MARKERS or low[i - 1] in TRADING):
            return True  # "the attack"; "traded fire": a noun (the symmetric "trade fire" reads it)
        if i > 0 and low[i - 1] in NOUN_PREPS and not low[i].endswith("ing"):
            return True  # "in protest", "after attack" (a headline's bare noun)
        if i > 1 and low[i - 1] in EVENT_ADJECTIVES and low[i - 2] in NOUN_MARKERS:
            return True  # "a fresh attack", "the deadly raids"
        weapon = i > 0 and low[i - 1] in WEAPON_WORDS  # "stray artillery shells hurt five", not "a drone hit a depot"
        past = low[i].endswith("ed") or low[i] in PAST_ONLY or i + 1 in self.s.by_start  # "a missile struck Kyiv"
        if weapon and not past and low[i + 1 : i + 2] not in OBJECT_ARTICLES:
            return True  # but "Russian artillery pounded": a verb
        if low[i].endswith("ing") and low[i + 1 : i + 2] == ["between"] and (i == 0 or low[i - 1] not in BE):
            return True  # "warned that fighting between X and Y could spread": the fighting, not who fights
        owner = self.s.by_end.get(i)
        if owner is not None and owner.start > 0 and low[owner.start - 1] in ("a", "an", *EVENT_ADJECTIVES):
            return True  # "an Israeli attack", "a fresh Russian attack" (but "the US attacked" is a verb)
        return low[i].endswith("s") and i + 1 < len(low) and low[i + 1] in PLURAL_VERBS

    def verbish(self, i: int) -> bool:
        """Whether token i looks like a finite verb of another clause (never right after an owner's 's: "Israel's
        planned offensive", "Y's claims")."""
        word = self.s.low[i]
        return not (i and self.s.low[i - 1] in POSSESSIVE) and (
            i in self.cue_positions
            or word in SPEECH
            or word in IRREGULAR_PAST
            or (bool(VERB_ED.match(word)) and word not in NOT_VERB_ED and not self.s.tokens[i][0].isupper())
        )

    def fronted_clause_end(self, pos: int) -> int | None:
        """The comma that closes a subordinate clause opening the sentence and holding `pos` ('Since the Taliban
        seized power in Afghanistan in 2021, Dushanbe and Kabul ...'), where that clause's objects end."""
        low = self.s.low
        for j in range(pos - 1, -1, -1):
            if low[j] in (",", ";", ":"):
                return None
            if low[j] in CLAUSE_OPENERS and (j == 0 or low[j - 1] in OPENING_MARKS):
                return next((k for k in range(pos + 1, len(low)) if low[k] == ","), None)
        return None

    def in_relative(self, i: int, cue: int) -> bool:
        return bool(self.s.rel_spans) and any(a <= i < b and not a <= cue < b for a, b in self.s.rel_spans)

    def _unowned_body(self, pos: int, allow_object: bool) -> list[Mention] | None:
        """No subject (not None) when the verb's subject is a body that names no actor: 'Following A's move, the
        Ministry of Foreign Affairs summoned ...' (not A)."""
        return [] if not allow_object and asides.unowned_body_before(self.s, pos) else None

    def left_subject(self, pos: int, allow_object: bool = False) -> tuple[list[Mention], str | None]:
        """The actors doing what the word at `pos` says, and a pronoun they came from, if any."""
        s = self.s
        relative = self._clause_subject(pos, allow_object)
        if relative is not None:
            return relative, None
        joined = self.coordinated(pos)
        via_it = False
        skip = self._skipped_before(joined) if joined >= 0 and not allow_object else -1
        for j in range(pos - 1, max(-1, pos - 35), -1):
            if skip >= 0 and skip <= j < joined:
                continue  # "X accused Y after Z did W, and dismissed V": the subject is X
            if self._subject_barrier(j, pos, joined, allow_object):
                break
            word = s.low[j]
            office = self._office_subject(j)
            if office is not None:
                return office
            issuer = self._statement_issuer(j)  # "The statement accused Y": its one issuer, named before
            if issuer is not None or (s.quoted[pos] and word in PRONOUNS_FIRST):
                return issuer or [], word
            if (
                word in ("it", "they")
                and j + 1 not in s.by_end  # "They fought for 35 years": read as the document's two sides
                and not via_it
                and (j + 1 == pos or asides.verb_group(self.s.low, j, pos) or asides.stance(s.low, j, pos))
            ):
                referred = self._pronoun_subject(j, pos)
                if referred is not None:
                    return referred, word
                via_it = True
                continue
            mention = s.by_end.get(j + 1)
            if mention is None or not self._may_be_subject(mention, pos, allow_object, via_it):
                continue
            if self._own_verb_between(mention, pos) and not (via_it or joined >= 0 or allow_object):
                return [], None
            group = self._subject_group(mention, pos, allow_object)
            if group is not None:
                return group, None
        return [], None

    def _office_subject(self, j: int) -> tuple[list[Mention], str | None] | None:
        """The subject a person's pronoun, a bare office or a described state ending at `j` stands for: 'the
        country's foreign minister' (the last state named before it), 'The minister accused Y' (who holds the office,
        else the last person named), 'he', 'The kingdom hosted'; None when the word at `j` is none of these."""
        s = self.s
        described = self.context.described_state(s.low, j) if j <= 3 and s.by_end.get(j + 1) is None else None
        if described is not None:  # "The kingdom hosted talks": the one state the sentence before is headed by
            return ([Mention(0, j + 1, described, False)] if described else []), s.low[j]  # read as "it"
        country = asides.country_office(s, j, self.lex)  # "after the country's foreign minister called"
        if country is not None:
            return [country], None
        if s.low[j] in OWN_STATE and j and s.low[j - 1] in ("his", "her"):  # "X said his country was ready"
            return [Mention(j - 1, j + 1, person, True)] if (person := self.antecedent(j - 1)) else [], s.low[j - 1]
        title = asides.title_anaphor(s, j)
        if s.low[j] not in PRONOUNS_PERSON and title < 0:
            return None
        start = title if title >= 0 else j
        person = self.context.holder(s.low[start + 1 : j + 1] if title >= 0 else [], self.antecedent(start))
        return ([Mention(start, j + 1, person, True)] if person else []), s.low[j]

    def _clause_subject(self, pos: int, allow_object: bool) -> list[Mention] | None:
        """The subject a relative or absolute clause, or an unowned body, gives the verb at `pos`; None when none
        does ([] when the clause's antecedent is no actor: 'the war, which killed')."""
        relative = self._relative_antecedent(pos)
        if relative is None:
            relative = self._absolute_subject(pos) or self._unowned_body(pos, allow_object)
        return relative

    def _subject_group(self, mention: Mention, pos: int, allow_object: bool) -> list[Mention] | None:
        """The subject list a mention ends, or None when it ends an earlier verb's object list instead ('thanked A,
        B and C'); after ', and' before the verb it heads a clause ('X criticised Y, and Z condemned W')."""
        group = self.group(mention, leftward=True)
        if not self.object_list or allow_object:
            return group
        return [mention] if self._clause_of_its_own(mention, pos) else None

    def _own_verb_between(self, mention: Mention, pos: int) -> bool:
        """Whether the actor before `pos` has a verb of its own first: 'X said Y ...' (but not 'X has offered to',
        'X issued a statement condemning')."""
        s = self.s
        after = asides.past_speaking_office(s.low, mention.end + (1 if mention.possessive else 0), pos)
        if after >= pos or not self.verbish(after):
            return False
        return not (asides.verb_group(s.low, after, pos) or asides.issued_statement(s.low, after, pos))

    def _clause_of_its_own(self, mention: Mention, pos: int) -> bool:
        """Whether a mention after ', and' heads a clause whose verb is at `pos`: 'X criticised Y, and Z quickly
        condemned W' (Z is no object of 'criticised')."""
        low = self.s.low
        joiner = skip_back(low, mention.start - 1)
        return joiner > 0 and low[joiner - 1 : joiner + 1] == [",", "and"] and past_adverbs(low, mention.end) == pos

    def _absolute_subject(self, pos: int) -> list[Mention] | None:
        """'with Islamabad accusing Afghanistan of ...': the actor of an absolute clause, before its participle."""
        s = self.s
        mention = s.by_end.get(pos)
        absolute = mention is not None and mention.prep == "with" and not addressed(s.low, mention.start)
        if mention is not None and absolute and s.low[pos].endswith("ing"):  # not "a complaint with the UN accusing"
            return expanded([mention])  # "with both sides blaming each other": the pair 'both sides' stands for
        head = asides.unnamed_voice_of(s, pos)  # "X said ..., with an official blaming Y": X
        return self.group(head, leftward=False) if head is not None else None

    def _statement_issuer(self, j: int) -> list[Mention] | None:
        """Who issued 'the statement' opening the sentence: the one body the sentence before names; None if no
        statement opens it."""
        low = self.s.low
        opening = ["the", low[1]] if low[1:2] and low[1] in STATEMENT_KINDS else ["the"]  # "The joint statement"
        if j != len(opening) or low[: len(opening)] != opening or low[j] not in STATEMENT_NOUNS:
            return None
        bodies = self.context.bodies_before()
        return [Mention(0, j + 1, body, False) for body in bodies if len(bodies) == 1]

    def _pronoun_subject(self, j: int, pos: int) -> list[Mention] | None:
        """Whom 'it' or 'they' at j stands for, when not the actor just named: None to read on to the left."""
        s = self.s
        if s.quoted[pos]:
            return None
        punished = punished_antecedent(s, j)  # "X sanctioned Y after it invaded Z": Y
        if punished is not None:
            return [punished]
        if j > 0 and s.by_end.get(j) is not None:  # "M23 rebels they accuse Kigali of supporting": a reduced
            before = s.by_end[j].start  # relative clause; 'they' is the main clause's subject
            heads = [m for m in s.mentions if m.end <= before and m.prep is None and not m.possessive]
            return self.group(heads[0], leftward=False) if heads else []
        if j == 0:  # "It accused India ...": the last sentence's subject, a state or a body
            bodies = self.context.bodies_before()
            bodies = bodies[:1] if s.low[j] == "it" else bodies
            return [Mention(j, j + 1, body, False) for body in bodies]
        return None

    def _relative_antecedent(self, pos: int) -> list[Mention] | None:
        """The subject of a verb that opens a relative clause: 'Tehran, which condemned the vote', 'Qatar and Egypt,
        which have mediated' (the list the relative pronoun follows, not one that ends in another phrase: '..., backed
        by A and B, deepened tensions with Tehran, which'); None when the verb opens no relative clause."""
        s = self.s
        j = pos - 1
        while j >= 0 and (s.low[j].endswith("ly") or s.low[j] in ("also", "has", "have", "had", "been")):
            j -= 1
        if j >= 1 and s.low[j] not in ("which", "who", "that"):  # "who helped broker", "which offered to mediate"
            j = next((r for r in range(j - 1, max(0, pos - 7), -1) if self._relative_chain(r, pos)), j)
        if j < 1 or s.low[j] not in ("which", "who", "that"):
            return None
        if s.low[j] == "that" and s.low[j - 1] == ",":
            return None  # ", that ..." opens no relative clause here
        k = j - 1 if s.low[j - 1] == "," else j
        mention = s.by_end.get(k)
        if mention is not None and mention.prep == "to" and (office := asides.office_owner(s, k)) is not None:
            return [office]  # "Qatar's ambassador to the UN, who": the office's owner, not its posting
        if mention is None:  # "the Saudi-led alliance, which has been fighting"
            owner = self._head_owner(k - 1) or asides.office_owner(s, k) or asides.body_name_owner(s, k)
            event = self._event_antecedent(k) if owner is None else None
            thing = s.low[j] == "that" and s.low[k - 1] in THING_ANTECEDENTS
            if owner is None and event is None and (thing or (s.low[j] == "who" and s.low[k - 1] in FIGHTER_NOUNS)):
                return []  # "a demonstration that targeted Erdogan", "aiding militants who killed": no actor named
            return [owner] if owner is not None else event
        if mention.possessive:
            return None
        singular = s.low[j + 1 : j + 2] in (["has"], ["is"], ["was"])  # "A and B, which has seized": B alone
        return [mention] if singular else self.group(mention, leftward=True)  # "A and B, which have": the list

    def _event_antecedent(self, k: int) -> list[Mention] | None:
        """The owner of a conflict noun a relative clause follows: 'X's war on the Gaza Strip that has killed ...'
        is X's; [] for 'the war, which has killed' (an event did it, not the actor named before); None when no
        conflict noun heads the words before."""
        s = self.s
        nouns = self.lex.word_set("conflict", "nouns") | INCIDENTS | PROJECTILES  # "an explosion that struck a base"
        for j in range(k - 1, max(-1, k - ANTECEDENT_SPAN), -1):
            if s.low[j] in BOUNDARY or s.low[j] == "," or self.verbish(j):
                return None
            if s.low[j] in nouns:  # "Israel's war", "the Israeli war", "Pakistan's previous airstrikes"
                owners = (s.by_end.get(b) for b in range(j, max(-1, j - OWNER_GAP), -1))
                owner = next((m for m in owners if m is not None), None)
                return [owner] if owner is not None else []
        return None

    def _head_owner(self, noun: int) -> Mention | None:
        """The actor owning an actor noun at `noun`: 'the Israeli army', 'Houthi rebel forces', 'the Saudi-led
        alliance'."""
        s = self.s
        if noun < 1 or s.low[noun] not in RELATIVE_HEADS:
            return None
        owner = s.by_end.get(noun) or (s.by_end.get(noun - 1) if s.low[noun - 1] in ARMED_ADJECTIVES else None)
        if owner is None and noun >= 3 and s.low[noun - 1] == "led" and s.low[noun - 2] in HYPHENS:
            owner = s.by_end.get(noun - 2)
        return owner if owner is not None and not owner.possessive else None

    def _relative_chain(self, pronoun: int, pos: int) -> bool:
        """Whether a relative pronoun at `pronoun` opens a verb group that ends at the cue: 'who helped broker'."""
        s = self.s
        verb = pronoun + 1 + (s.low[pronoun + 1 : pronoun + 2] in (["has"], ["have"], ["had"]))  # "which has offered"
        return (
            s.low[pronoun] in ("which", "who")
            and verb < pos
            and self.verbish(verb)
            and asides.verb_group(self.s.low, verb, pos)
        )

    def _subject_barrier(self, j: int, pos: int, joined: int, allow_object: bool) -> bool:
        """Whether the word at j ends the search for the subject of `pos` (a clause or quotation boundary, or an
        unnamed subject of its own)."""
        s = self.s
        word, quoted = s.low[j], s.quoted[pos]
        if word in BOUNDARY or (word == ":" and not quoted) or asides.unnamed_clause_subject(s, j):
            return True
        if word in QUOTE_OPEN or (quoted and (word == '"' or not s.quoted[j])):
            return True  # a quotation's opening, or a word outside the quotation the cue is in
        if word == "that" and j and not allow_object and self.verbish(j - 1) and not asides.refers_back(s, j, pos):
            return True  # "X recalled that drones attacked Kyiv" (not "X said that it attacked"): unnamed
        return (
            word in SUBORDINATORS
            and word != "as"
            and not allow_object
            and j != joined
            and not (j and s.low[j - 1] == "," and "," in s.low[j + 1 : pos])
            and (word not in ("since", "after", "before") or self._clause_follows(j))
        )

    def _may_be_subject(self, mention: Mention, pos: int, allow_object: bool, via_it: bool) -> bool:
        """Whether a mention before `pos` can head its subject (not an object, a quote or a relative clause)."""
        s = self.s
        if mention.quoted != s.quoted[pos] or self.in_relative(mention.start, pos):
            return False
        if asides.dash_aside(s, mention, pos):  # "A joined B — which both support C — to condemn D": not C
            return False
        if place_apposition(s, mention) or asides.dateline_place(s, mention) or addressed(s.low, mention.start):
            return False  # "sent to Lashio, Myanmar,", "Seoul, July 18 (IANS) X ...", "a letter to the UN saying"
        if mention.start and s.low[mention.start - 1] == "(" and not asides.initials_of_a_new_name(s, mention):
            return False  # "appointed by the summit (X)": an aside; not "Jama'a Nusrat ul-Islam (JNIM) killed"
        if asides.apposed_of(s, mention, self.verbish):
            return False  # "Qatar, an ally of the United States, condemned": Qatar, not the US
        if asides.unofficial(s.low, mention, self.lex) or asides.agent_aside(s.low, mention):
            return False  # "US lawmakers", "Chadian rebels": not the state's voice; "the EAC, led by X's president,"
        allowed = subject_preps(s.low, mention, s.by_end, allow_object)
        subordinate = mention.prep in CLAUSE_PREPS and (  # "since Biden accused", "after X's ministry rebuked"
            asides.verb_group(self.s.low, mention.end - 1, pos)
            or not asides.without_manner_or_time(s.low, list(range(mention.end, pos)))  # "after X on Tuesday hit"
            or (mention.possessive and asides.owned_head(self.s.low, mention.end + 1, pos))
            or (pos - mention.end == 1 and (s.low[mention.end] in FIGHTER_NOUNS or s.low[mention.end] in FORCES))
        )  # "after X militants attacked"
        if not subordinate and (
            (mention.prep is not None and mention.prep not in allowed) or (mention.compound and not self.leads(mention))
        ):
            return False  # but "the Saudi-led coalition has been fighting": the leader acts
        if mention.possessive and mention.end + 1 < pos and not self._possessor_is_subject(mention, pos):
            return False
        before = skip_back(s.low, mention.start - 1)
        if before > 0 and s.low[before] in ("and", "or"):  # "a visit to X and Y": Y shares X's preposition
            first = s.by_end.get(skip_back(s.low, before - 1) + 1)
            if first is not None and first.prep is not None and first.prep not in allowed and not subordinate:
                return False  # but "after A and B accused Y": a clause's subject list
        return allow_object or via_it or not self._object_of(mention, before)

    def _object_of(self, mention: Mention, before: int) -> bool:
        """Whether a mention is the verb's object at `before`: not after 'Rwanda-backed' ('Rwanda-backed M23 rebels'),
        but a state's adjective there names fighters, not the state ('Turkey-backed Syrian fighters')."""
        s = self.s
        if before > 0 and s.low[before - 1] in HYPHENS and not s.gaps[before]:
            fighters = s.low[mention.end : mention.end + 1] and s.low[mention.end] in FIGHTER_NOUNS
            return bool(fighters) and self.lex.actors[mention.actor].kind == "state"
        if before >= 0 and self.verbish(before) and s.low[before] not in SPEECH:
            return True
        return before >= 1 and infinitive_object(s.tokens, before, mention.end)  # "to relocate Palestinians from"

    def _skipped_before(self, joined: int) -> int:
        """Where the words start that cannot hold the subject of a verb joined by 'and' at `joined`: a subordinate
        clause ('after Z did W, and ...'), or the first verb's objects ('X thanked A, and criticised Y'), or -1."""
        subordinate = self._subordinate_before(joined)
        if subordinate >= 0:
            return subordinate
        first = next((k for k in range(joined - 1, max(-1, joined - OBJECT_SPAN), -1) if self.verbish(k)), -1)
        return first + 1 if first >= 0 else -1

    def _subordinate_before(self, joined: int) -> int:
        """Where a subordinate clause ending at the 'and' at `joined` starts ('after Z did W'), or -1."""
        s = self.s
        for j in range(joined - 1, max(-1, joined - 20), -1):
            word = s.low[j]
            if word in BOUNDARY or word in QUOTE_OPEN or (word == "," and j < joined - 1):
                return -1
            if word in CLAUSE_OPENERS and self._clause_follows(j):
                return j
        return -1

    def _clause_follows(self, j: int) -> bool:
        """Whether the word after `j` starts a clause (a determiner, a name, a pronoun), not a date or a noun."""
        s = self.s
        k = j + 1
        return k < len(s.low) and (
            s.low[k] in DETERMINERS or k in s.by_start or s.low[k] in ("he", "she", "it", "they", "we", "i")
        )

    def coordinated(self, pos: int) -> int:
        """Where 'and' / 'but' joins the cue's verb phrase to an earlier one ('X condemned Y and accused Z', 'X called
        Y and offered to mediate'), or -1."""
        s, j = self.s, pos - 1
        for _ in range(2):
            while j >= 0 and (s.low[j].endswith("ly") or s.low[j] in ("also", "then", "later", "again", "in", "turn")):
                j -= 1
            j -= 2 if j >= 2 and s.low[j] == "to" and self.verbish(j - 1) else 0  # "and offered to mediate"
            while j >= 0 and (s.low[j].endswith("ly") or s.low[j] in ("has", "have", "had", ",", "also")):
                j -= 1
        return j if j >= 0 and s.low[j] in ("and", "but") else -1

    def antecedent(self, pos: int) -> str | None:
        """Who 'he' or 'she' at `pos` is: the last person named as a subject before it, in this sentence or earlier."""
        s = self.s
        for mention in reversed(s.mentions):
            if (
                mention.end <= pos
                and mention.person
                and mention.prep is None
                and not mention.possessive
                and mention.quoted == s.quoted[pos]
            ):
                return mention.actor
        return office_speaker(s.low, s.mentions, pos) or self.context.person_before()

    def _possessor_is_subject(self, mention: Mention, pos: int) -> bool:
        """'Russia's foreign ministry said', 'Russia's Lavrov accused': a possessor heading the subject (past an aside
        and a hyphenated adjective: 'X's prime minister, however, condemned', 'X's junta-run ministry condemned')."""
        low = self.s.low
        at = list(range(mention.end + 1, pos))
        if at and low[at[0]] in FORMER_HOLDER:
            return False  # "Thailand's former prime minister hosted ...": no longer speaks for Thailand
        said = next((k for k, j in enumerate(at[:-1]) if low[j] in SPEECH and asides.reported_at(low, j + 1)), None)
        if said is not None:  # "X's foreign ministry said it had ...": the possessor heads the reporting clause
            at = at[:said]
        after_aside = next((k + 1 for k in range(len(at) - 1, -1, -1) if low[at[k]] == ","), 0)
        issued = [k for k in range(after_aside, len(at)) if asides.issued_statement(low, at[k], pos)]  # "sent a letter"
        verb = next((k for k in range(after_aside, len(at)) if self.verbish(at[k])), issued[0] if issued else None)
        if verb is not None and (asides.verb_group(low, at[verb], pos) or asides.issued_statement(low, at[verb], pos)):
            at = at[:verb]  # "X's prime minister helped broker", "X's envoy offered to mediate"
        at = [j for j in asides.without_aside(self.s, at, self.verbish) if not in_hyphen_compound(low, self.s.gaps, j)]
        if not all(low[j] in TITLE_WORDS or (low[j][:1].isalpha() and not self.verbish(j)) for j in at):
            return False
        at = asides.without_manner_or_time(low, at)  # "X's ministry formally", "X's envoy to the UN on Monday"
        return asides.subject_head_fits(low, at) or (
            len(at) <= asides.BODY_NAME_SPAN and asides.body_name(self.s.tokens, at)
        )
