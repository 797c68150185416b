"""What carries over from sentence to sentence within one document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from graphx.extract.mentions import Mention, NameTable, mentions_in
from graphx.extract.offices import Office, holder, office_of, offices_in
from graphx.extract.sentence import Found, Sentence
from graphx.extract.words import BE_STRICT, SPEECH, VERB_ED
from graphx.lexicon import TOKEN, Lexicon

ATTACK_WORDS = frozenset(
    {"attack", "attacks", "attacked", "strike", "strikes", "struck", "bombing", "bombed", "raid", "shelling", "shelled"}
)
RECENT = 8  # criticisms remembered for "X rejected the accusations"
LEADING = 3  # how far into a sentence its subject may start: "The Chinese foreign ministry"
# what a state is called when it is not named: "The kingdom hosted the talks", "The Gulf state has mediated"
DESCRIBED_STATES = frozenset({"country", "kingdom", "emirate", "nation", "state", "republic", "monarchy"})
DESCRIPTION_REACH = 3  # the description's head word's place at most: "The oil-rich Gulf state"
HEAD_VERB_WINDOW = 4  # words after a sentence's head where its verb is looked for: "X said on Monday that"
# verbs after a sentence's head that make it no doer of the act a later "the move" names: speech, being done to,
# reacting
NOT_ACTING = (
    SPEECH
    | BE_STRICT
    | frozenset(
        {"welcomed", "welcomes", "praised", "praises", "hailed", "thanked", "announced", "announces", "reported"}
    )
)


@dataclass
class Context:
    """What carries over from sentence to sentence: the last person named (for he / she), recent criticism."""

    lexicon: Lexicon
    table: NameTable
    date: str | None = None
    person: str | None = None  # the last person named as a subject in the sentences read for people so far
    unread: list[str] = field(default_factory=list)  # sentences skipped since then, read for a person only if asked
    recent: list[tuple[int, str | None, str | None]] = field(default_factory=list)  # criticism: sentence, from, to
    skipped: list[str] | None = None  # sentences since the last one analysed (no cue: not yet read)
    conflicts: list[tuple[str, ...]] = field(default_factory=list)  # the sides of conflicts read so far
    fought: set[tuple[str, ...]] = field(default_factory=set)  # the same pairs, each once (looked up, not scanned)
    attackers: tuple[str, ...] = ()  # who carried out the last attack read with its doers named ("X and Y struck Z")
    attacker_at: int = -1  # the sentence that named them
    hit: str | None = None  # the state whose people the last attack read without its doer hit
    hit_at: int = -1  # the sentence that said so
    last: Sentence | None = None  # the last sentence read: "These three countries" names its list
    document: Sequence[str] = ()  # the document's sentences, read for offices only when a bare title needs them
    at: int = 0  # the index of the sentence being read
    offices: list[tuple[Office, str]] = field(default_factory=list)  # who held which office, in document order
    offices_read: int = 0  # the sentences whose offices are noted

    def holder(self, title: Sequence[str], antecedent: str | None) -> str | None:
        """Who a bare title ('the prime minister') stands for: its holder's actor, else the last person named."""
        if not title:
            return antecedent
        for text in self.document[self.offices_read : self.at + 1]:  # the offices introduced so far
            self.offices += offices_in(text, self.table, self.date)
        self.offices_read = max(self.offices_read, self.at + 1)
        return holder(self.offices, office_of(title), antecedent)

    @property
    def last_person(self) -> str | None:
        """The last person named as a subject (for he / she), reading the sentences skipped since only now."""
        if self.unread:
            self.person = self._person_in(self.unread) or self.person
            self.unread = []
        return self.person

    def person_before(self) -> str | None:
        """The last person named as a subject, reading skipped sentences only when asked."""
        return self._person_in(self.skipped or []) or self.last_person

    def _person_in(self, texts: Sequence[str]) -> str | None:
        """The person named as a subject in the latest of `texts` that names one."""
        for text in reversed(texts):
            people = [m for m in mentions_in(text, self.table, self.date) if m.person and m.prep is None]
            if people:
                return people[0].actor
        return None

    def described_state(self, low: list[str], j: int) -> str | None:
        """The state a sentence opening with a description of one stands for ('The kingdom hosted ...', 'The Gulf
        state has mediated ...'): the one state heading the sentence before; None when the words up to `j` are no
        such description, '' when they are one that stands for no single state."""
        if j > DESCRIPTION_REACH or low[0] != "the" or low[j] not in DESCRIBED_STATES:
            return None
        if not all(w.isalpha() or w == "-" for w in low[1:j]):
            return None
        heads = self.bodies_before()
        info = self.lexicon.actors.get(heads[0]) if len(heads) == 1 else None
        return heads[0] if info is not None and info.kind == "state" else ""

    def bodies_before(self, people: bool = False, acting: bool = False) -> list[str]:
        """The actors heading the sentence just before, when they are states or bodies, not people (unless
        `people`): what a sentence opening with 'It' or 'They' refers to ('Pakistan's Foreign Office issued a
        statement. It accused ...'), or whose act 'the move' is ('X imposed tariffs. Y condemned the move')."""
        low, mentions = self._last_naming()
        if not mentions or mentions[0].start > LEADING:
            return []
        if low[0] in ("the", "a", "an") and any(VERB_ED.match(w) or w in SPEECH for w in low[: mentions[0].start]):
            return []  # "The statement condemned Hamas ...": Hamas is the object, not the sentence's head
        heads = [mentions[0]]
        for mention in mentions[1:]:  # "Iran and Iraq signed a deal": both
            if low[heads[-1].end : mention.start] not in (["and"], [","], [",", "and"]):
                break
            heads.append(mention)
        if any((m.person and not people) or m.prep is not None or m.quoted for m in heads):
            return []
        after = low[heads[-1].end : heads[-1].end + HEAD_VERB_WINDOW]
        if acting and any(w in NOT_ACTING for w in after):
            return []  # "X said Y had ...", "X was hit by ...", "X welcomed Y's decision": X did not do the act
        return list(dict.fromkeys(m.actor for m in heads))

    def _last_naming(self) -> tuple[list[str], list[Mention]]:
        """The words and mentions of the sentence just before, past one sentence naming no one ('X issued a
        statement. It does not say why. The statement accused Y')."""
        skipped = self.skipped or []
        for n, text in enumerate(reversed(skipped[-2:])):
            low = [t.lower() for t in TOKEN.findall(text)]
            mentions = mentions_in(text, self.table, self.date)
            if mentions or n == 1:
                return low, mentions
        if self.last is not None and len(skipped) < 2:
            return self.last.low, self.last.mentions
        return [], []

    def after(self, sentence: Sentence, read: Sequence[Found]) -> None:
        """Remember what a sentence said for the sentences after it."""
        criticisms = [(sentence.index, f.source, f.target) for f in read if f.type == "criticism"]
        self.recent = [*self.recent[-RECENT:], *criticisms]
        self.last = sentence
        self.conflicts += [f.parties for f in read if f.type == "conflict" and len(f.parties) == 2]
        self.fought.update(tuple(sorted(f.parties)) for f in read if f.type == "conflict" and len(f.parties) == 2)
        if self.attacker_at != sentence.index and not ATTACK_WORDS.isdisjoint(sentence.low):
            self.attackers = ()  # "gunmen attacked a church": a later "the attack" is not the last named attackers'
        subjects = [m for m in sentence.mentions if m.person and m.prep is None and not m.possessive and not m.quoted]
        if subjects:
            self.person, self.unread = subjects[0].actor, []
        elif self.skipped:
            self.unread += self.skipped
        self.skipped = []
