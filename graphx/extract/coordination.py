"""Coordinated actors: the list an actor heads or ends ('France, Germany and Italy', 'the army and its former
ally Y', 'Kiir and rebel leader Machar'), read to the left or to the right of it."""

from __future__ import annotations

from operator import attrgetter

from graphx.extract.mentions import GROUP_HEADS, Mention, expanded
from graphx.extract.sentence import Sentence
from graphx.extract.tokens import past_adverbs, skip_back
from graphx.extract.voices import statement_from
from graphx.extract.words import (
    ACTOR_HEADS,
    BE,
    BOUNDARY,
    CLAUSE_PREPS,
    CONNECTORS,
    DETERMINERS,
    FORCES,
    FORMER_HOLDER,
    GROUP_DESCRIPTORS,
    LABELLING,
    MODALS,
    NEIGHBOURING,
    NOT_AGENT_SUFFIXES,
    NOT_VERB_ED,
    PARAMILITARY,
    POSSESSIVE,
    PRONOUNS_PERSON,
    RELATIONAL,
    SPEECH,
    TITLE_WORDS,
)
from graphx.lexicon import Lexicon

# verbs a clause of time follows: "came after A, B and C condemned"
CAME = frozenset({"came", "come", "comes", "began", "happened", "took", "went", "fell", "rose"})
# a person's title between a list's joiner and the person: "Kiir and rebel leader Machar"
# what a second side may be described as before its name: "Serbia and its former breakaway province Kosovo"
DESCRIBED_SIDES = frozenset({"former", "breakaway", "province", "region", "territory", "neighbour", "neighbor"})
PERSON_TITLES = frozenset({"rebel", "opposition", "leader", "president", "prime", "minister", "chief", "commander"})
# the people of a list that may head a subject: "Senior diplomats of Japan, the US and South Korea condemned"
PEOPLE_OF = frozenset({"diplomats", "leaders", "ministers", "officials", "representatives", "envoys", "delegations"})
# "members of X", "cadres of X": X
MEMBERS = frozenset({"members", "fighters", "militants", "elements", "units", "forces", "cadres", "cadre"})
# what may stand before a list's next actor and say how it stands to the one before: "the army and its former ally
# Y", "the army and allied Y militias"
ALLIES = RELATIONAL | NEIGHBOURING | FORMER_HOLDER | frozenset({"allied", "erstwhile", "longtime", "one-time"})
# words that set an actor beside a subject: "Kenya, alongside Ethiopia, has played a key role"
COMPANION_WORDS = (("alongside",), ("along", "with"), ("together", "with"), ("joined", "by"))
_START, _END = attrgetter("start"), attrgetter("end")  # a mention's first token and the token after its last
# what may stand between a state's name and its forces word: "Pakistani security forces", "Syrian regime troops"
FORCE_MODIFIERS = frozenset({"security", "federal", "regime", "regular", "special", "national", "defence", "defense"})
# verbs of saying that take a clause, never a list of people, as object: "Qatar said A and B agreed a truce"
SAYING = frozenset({"said", "says", "say", "saying", "added", "stated", "noted", "insisted", "stressed", "claimed"})
PARENTHESIS_SPAN = 8  # the longest aside in brackets read past in a list: "Spain (Ana Salomon) and Belgium"


class Coordination:
    """The coordination reader of one sentence's phrases (mixed into Phrases, which says what a verb looks like)."""

    s: Sentence
    lex: Lexicon
    object_list: bool

    def verbish(self, i: int) -> bool:
        """Whether token i looks like a finite verb (Phrases knows)."""
        raise NotImplementedError

    def antecedent(self, pos: int) -> str | None:
        """Who 'he' or 'she' at `pos` is (Phrases knows)."""
        raise NotImplementedError

    def group(self, head: Mention, leftward: bool, free: bool = False) -> list[Mention]:
        """The actors coordinated with `head`: 'the EU and US', 'France, Germany and Italy'."""
        members = [head]
        current: Mention | None = head
        self.object_list = False
        while current is not None:
            nxt = self._left_conjunct(current, head, members) if leftward else self._right_conjunct(current, free)
            if nxt is not None:
                members.append(nxt)
            current = nxt
        members += self._companions(max(members, key=_END))
        members += self._pronoun_conjunct(min(members, key=_START)) if leftward else []
        return expanded(sorted(members, key=_START))

    def _pronoun_conjunct(self, first: Mention) -> list[Mention]:
        """The person 'he' or 'she' stands for at the head of a list: 'Ruto said he and Uganda's Museveni would
        mediate' (Kenya's Ruto too)."""
        low = self.s.low
        k = self._past_descriptors(first.start - 1)  # "he and President Yoweri Museveni of Uganda"
        if k < 1 or low[k] != "and" or low[k - 1] not in PRONOUNS_PERSON:
            return []
        actor = self.antecedent(k - 1)
        return [Mention(k - 1, k, actor, True)] if actor and actor != first.actor else []

    def _companions(self, last: Mention) -> list[Mention]:
        """The actors set beside a subject between commas, before its verb: 'Kenya, alongside Ethiopia, has played a
        key role', 'France, together with Germany and Italy, condemned'."""
        s = self.s
        j = last.end + (1 if last.possessive else 0)
        if s.low[j : j + 1] != [","]:
            return []
        k = next((j + 1 + len(p) for p in COMPANION_WORDS if tuple(s.low[j + 1 : j + 1 + len(p)]) == p), None)
        while k is not None and k < len(s.low) and (s.low[k] in DETERMINERS or s.low[k] in ALLIES):
            k += 1  # "Belarus, along with its ally Russia, condemned"
        first = s.by_start.get(k) if k is not None else None
        if first is None or first.possessive:
            return []
        companions = self.group(first, leftward=False, free=True)
        after = max(m.end for m in companions)
        if s.low[after : after + 1] != [","] or after + 1 >= len(s.low):
            return []
        verb = past_adverbs(s.low, after + 1)
        return (
            companions
            if verb < len(s.low) and (self.verbish(verb) or s.low[verb] in BE or s.low[verb] in MODALS)
            else []
        )

    def _past_descriptors(self, j: int) -> int:
        """Back past determiners, person titles and group descriptors from `j`."""
        s = self.s
        while (
            (j := before_backer(s, j)) >= 0  # "Israel and the Iran-backed Hezbollah"
            and (
                s.low[j] in DETERMINERS
                or s.low[j] in PERSON_TITLES
                or s.low[j] in GROUP_DESCRIPTORS
                or s.low[j] in ALLIES  # "Ukraine and its ally Poland"
                or s.low[j] in DESCRIBED_SIDES  # "Serbia and its former breakaway province Kosovo"
                or s.low[j] in LABELLING
                or (s.tokens[j][:1].isupper() and s.low[j + 1] in GROUP_DESCRIPTORS and s.by_end.get(j + 1) is None)
            )
        ):
            j -= 1  # "the Palestinian militant group Hamas": a nationality that describes the group
        return j

    def _left_conjunct(self, current: Mention, head: Mention, members: list[Mention]) -> Mention | None:
        """The actor joined to `current` from the left ('A and' / 'A,' / 'A, as well as'), if any."""
        s = self.s
        j = current.start - 1
        # "Salva Kiir and rebel leader Riek Machar", "Sudan's army and the paramilitary RSF"
        j = self._past_descriptors(j)
        if j >= 2 and s.low[j] in POSSESSIVE and s.tokens[j - 1][:1].isupper() and s.by_end.get(j) is None:
            j -= 2  # "Ethiopia and Tigray's TPLF": a place's group
        home = s.by_end.get(j) if j >= 1 and s.low[j] in POSSESSIVE else None
        if home is not None and self._home_group(home.start) == current.start:
            j = home.start - 1  # "Israel and Lebanon's Hezbollah": the group's home state is no list member
        if j < 0 or (s.low[j] not in CONNECTORS and s.low[j] != "as") or closes_fronted_clause(s.low, j):
            return None  # "With tensions mounting between A and B, X stepped in": B ends another clause
        k = j - 1 - (s.low[j] == "and" and j > 1 and s.low[j - 1] == ",")  # "A, B, and C": the serial comma
        if s.low[j] == "as":  # "as well as"
            if j < 2 or s.low[j - 2 : j] != ["as", "well"]:
                return None
            k = j - 3 - (j >= 3 and s.low[j - 3] == ",")  # "A, as well as B"
        nxt = s.by_end.get(k + 1)  # "the Kachin Independence Army and ...": a name ending in a forces word
        if nxt is None:
            while k >= 0 and (
                s.low[k] in DETERMINERS or s.low[k] in FORCES or s.low[k] in POSSESSIVE or _force_modifier(s.low, k)
            ):
                k -= 1  # "Ethiopian federal forces and Fano": Ethiopia's
            nxt = s.by_end.get(k + 1)
        after = nxt.end + 1 if nxt is not None else len(s.low)
        owned_forces = nxt is not None and nxt.possessive and after < len(s.low) and s.low[after] in FORCES
        if nxt is None or (nxt.possessive and not owned_forces) or nxt.compound:  # "India's army and Pakistan's army"
            return None
        if s.low[j] == "," and s.low[skip_back(s.low, nxt.start - 1)] == "and":
            return None  # "After talks with A and B, C condemned ...": the comma closes a list, none goes on past it
        of_at = skip_back(s.low, nxt.start - 1)  # "diplomats of A, B", "forces of the A and the B", "of both A and B"
        of_people = nxt.prep == "of" and of_at >= 1 and s.low[of_at - 1] in PEOPLE_OF | MEMBERS
        opens_clause = nxt.prep in CLAUSE_PREPS and self._opens_list(current, skip_back(s.low, nxt.start - 1))
        issuers = nxt.prep in ("from", "by") and statement_from(s.low, nxt.start)  # "a statement from A and B"
        if (
            nxt.prep != head.prep
            and nxt.prep is not None
            and not ((of_people or opens_clause or issuers) and head.prep is None)
        ):
            return None
        before = skip_back(s.low, nxt.start - 1)
        reported = s.low[before + 1 : before + 2] == ["that"] or (before >= 0 and s.low[before] in SAYING)
        if before >= 0 and self.verbish(before) and not reported:
            # "thanked A, B and C", "thanked A, as well as B": the list is an object ("said that A, B and C" is not)
            self.object_list = s.low[before] not in SPEECH and (s.low[j] != "," or len(members) > 1)
            return None
        return nxt

    def _opens_list(self, current: Mention, subordinator: int) -> bool:
        """Whether a subordinator opens a clause whose subject is a list going on past `current`: 'came after the EU,
        France and Germany condemned' (not 'Before Ukraine, Russia invaded', 'remarks before the UN, A and B')."""
        low = self.s.low
        goes_on = low[current.end : current.end + 1] in (["and"], [","])
        k = subordinator - 1
        closed = k < 0 or low[k] in (",", '"', "”", ")")  # '... "an immediate end to the fighting" after the EU, ...'
        return goes_on and (closed or low[k] in BE or low[k] in CAME or self.verbish(k))

    def _right_conjunct(self, current: Mention, free: bool) -> Mention | None:
        """The actor joined to `current` from the right ('and B' / ', B and'), if any."""
        s = self.s
        n = len(s.low)
        j = current.end + (1 if current.possessive else 0)
        while j < n and (
            s.low[j] in FORCES or s.low[j] in ACTOR_HEADS or s.low[j] in GROUP_HEADS or _force_modifier(s.low, j)
        ):
            j += 1  # "the Afghan authorities and the Taliban", "the Sudanese army and the RSF", "the X movement and Y"
        j = _past_parenthesis(s.low, j)  # "Spain (Ana Salomon) and Belgium"
        if j >= n or s.low[j] not in CONNECTORS or closes_fronted_clause(s.low, j):
            return None  # "Under a deal brokered by X, A and B agreed": the comma ends X's clause
        k = j + 1 + (s.low[j] == "," and j + 1 < n and s.low[j + 1] == "and")
        while (
            (k := past_backer(s, k)) < n  # "between the US and the Iran-backed Houthis"
            and s.by_start.get(k) is None
            and (
                s.low[k] in DETERMINERS
                or s.low[k] in GROUP_DESCRIPTORS
                or (s.low[k] in PERSON_TITLES and s.tokens[k][:1].islower())  # "Kiir and rebel leader Riek Machar"
                or s.low[k] in DESCRIBED_SIDES  # "Serbia and its former breakaway province Kosovo"
                or s.low[k] == "ethnic"
                or s.low[k] in LABELLING
                or s.low[k] in ALLIES  # "the army and its former ally Y", "the army and allied Y militias"
                or (s.low[k] == "including" and s.low[k - 1] in ALLIES)  # "and partners including Y"
                or (s.tokens[k][:1].isupper() and k + 1 < n and s.low[k + 1] in GROUP_DESCRIPTORS)
                or (s.tokens[k][:1].isupper() and s.by_start.get(k + 1) is not None)
            )
        ):
            k += 1  # "X and the insurgent group Y", "Israel and the Palestinian group Hamas", "the ethnic Rakhine Y"
        if k + 2 < n and s.by_start.get(k) is None and s.tokens[k][:1].isupper() and s.low[k + 1] in POSSESSIVE:
            k += 2 if s.by_start.get(k + 2) is not None else 0  # "Ethiopia and Tigray's TPLF": a place's group
        k = self._home_group(k)  # "Israel and Lebanon's Hezbollah": the group, not its home state
        people = k < n and (s.low[k] in MEMBERS or s.low[k] in PEOPLE_OF)  # "X and officials from Y": Y's people
        if k + 1 < n and s.by_start.get(k) is None and people and s.low[k + 1] in ("of", "from"):
            k += 2  # "the Chadian army and members of Boko Haram", "members of the Burmese armed group, the UWSA"
            start = k
            while (
                k < n
                and k - start < 8
                and s.by_start.get(k) is None
                and (
                    s.low[k] in DETERMINERS
                    or s.low[k] in GROUP_DESCRIPTORS
                    or s.low[k] in (",", "ethnic")
                    or s.tokens[k][:1].isupper()
                )
            ):
                k += 1
        nxt = s.by_start.get(k)
        if nxt is None:
            return None
        after = past_adverbs(s.low, nxt.end + (1 if nxt.possessive else 0))  # "and C quickly condemned"
        if not free and after < n and (self.verbish(after) or s.low[after] in BE or s.low[after] in MODALS):
            return None  # "A and B condemned": B starts a clause of its own
        serial = s.low[j] == "," and j + 1 < n and s.low[j + 1] == "and"  # "A, B, and C"
        if s.low[j] == "," and not serial and (after >= n or s.low[after] not in CONNECTORS):
            return None
        return nxt

    def _home_group(self, k: int) -> int:
        """Where the group stands that a possessive state at `k` names as its home ('Lebanon's Hezbollah',
        'Yemen's Houthis'), or `k` when no such group follows."""
        s = self.s
        home = s.by_start.get(k)
        group = s.by_start.get(home.end + 1) if home is not None and home.possessive else None
        actor = self.lex.actors.get(group.actor) if group is not None and group.actor else None
        return group.start if home is not None and group is not None and actor and actor.base == home.actor else k


def _force_modifier(low: list[str], j: int) -> bool:
    """Whether the word at `j` qualifies the forces word after it: 'security' in 'Pakistani security forces'."""
    return low[j] in FORCE_MODIFIERS and j + 1 < len(low) and (low[j + 1] in FORCES or low[j + 1] in FORCE_MODIFIERS)


def _past_parenthesis(low: list[str], j: int) -> int:
    """The position after a short bracketed aside starting at `j`, or `j` when none starts there."""
    if j >= len(low) or low[j] != "(":
        return j
    for k in range(j + 1, min(len(low), j + PARENTHESIS_SPAN)):
        if low[k] == ")":
            return k + 1
        if low[k] == "(":
            break
    return j


def past_backer(s: Sentence, k: int) -> int:
    """The position after a backer's compound at `k` that names no actor of its own ('the Iran-backed Houthis':
    'Iran-backed'), else `k`."""
    if s.by_start.get(k) is None and k + 2 < len(s.low) and s.low[k + 1] == "-" and s.low[k + 2] in NOT_AGENT_SUFFIXES:
        return k + 3
    return k


def before_backer(s: Sentence, j: int) -> int:
    """The position before a backer's compound ending at `j` ('Iran-backed' in 'the Iran-backed Hezbollah'), else
    `j`."""
    if j >= 2 and s.low[j] in NOT_AGENT_SUFFIXES and s.low[j - 1] == "-" and s.by_end.get(j - 1) is None:
        return j - 3
    return j


def parenthesised_second(s: Sentence, head: Mention) -> list[Mention]:
    """'between X, led by Y, and Z': the side after a parenthesis set off by commas."""
    end = head.end + (head.possessive or 0)
    while end < len(s.low) and s.low[end] in FORCES:
        end += 1
    if end >= len(s.low) or s.low[end] != ",":
        return []
    for j in range(end + 1, min(len(s.low) - 1, end + 15)):
        if s.low[j] in BOUNDARY:
            return []
        if s.low[j] == "and" and s.low[j - 1] == ",":
            k = j + 1
            while k < len(s.low) and (s.low[k] in DETERMINERS or s.low[k] in TITLE_WORDS or s.low[k] in PARAMILITARY):
                k += 1
            second = s.by_start.get(k)
            return [second] if second is not None and second.actor != head.actor else []
    return []


FRONTED_OPENERS = frozenset(
    {"with", "as", "after", "while", "since", "following", "amid", "despite", "when", "because", "under", "in"}
)


LIST_TAIL = 8  # the longest rest of a list after a comma: ", Egypt and the United States,"


def closes_fronted_clause(low: list[str], j: int) -> bool:
    """Whether the comma at `j` closes a clause that opens the sentence with a verb of its own: 'With tensions
    mounting between A and B, X ...', 'Under a deal brokered by Q, E and the US, A and B agreed' (the comma after
    the list; not 'As A, B and C met, ...', whose first comma is inside the list)."""
    if low[j] != "," or not low or low[0] not in FRONTED_OPENERS:
        return False
    first = low.index(",")
    closer = first
    while _list_goes_on(low, closer):
        closer = low.index(",", closer + 1)
    opener = low[1:first]  # a verb of its own, or an agent: "Following mediation by Q, A and B agreed"
    return j == closer and ("by" in opener or any(w.endswith(("ing", "ed")) and len(w) > 4 for w in opener))


def _list_goes_on(low: list[str], comma: int) -> bool:
    """Whether a comma is inside a list that another comma ends: ', Egypt and the United States,' (names joined by
    'and', no verb among them)."""
    tail = low[comma + 1 : comma + 1 + LIST_TAIL]
    if "," not in tail:
        return False
    words = tail[: tail.index(",")]
    verbs = any((w.endswith("ed") and w not in NOT_VERB_ED) or w.endswith("ing") or w in MODALS for w in words)
    return "and" in words and not verbs and all(w.isalpha() or w == "." for w in words)
