"""Extraction: a pure function from sentences and a lexicon to relation candidates, without I/O.

A small dictionary coder in the CAMEO / PLOVER tradition: actor names are found by longest match,
cue words by their frame (X accused Y of ..., Y was criticised by X, an X-brokered ceasefire between
Y and Z, X's invasion of Y, ...), and a relation is kept only when both ends are named in the
sentence. Negated, hypothetical, future and conditional statements give nothing, and a statement
inside a quotation is attributed to the named speaker.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from graphx.lexicon import TOKEN, Cue, Lexicon
from graphx.lexicon import word_set as _words

DETERMINERS = _words("the a an its their his her our this that these those both all some")
PREPOSITIONS = _words(
    "of by from in at to on against with for over into toward towards about between among across near "
    "after before during since amid under despite like without within through via behind beyond "
    "alongside than per upon unlike besides including"
)
LOCATIVE = _words("in at to into near from within across through via behind toward towards")
BE = _words("is are was were be been being get got gets getting has have had")
BE_STRICT = _words("is are was were be been being get got gets getting")
NEGATION = _words("not n't never no neither nor without")
NEGATING_VERBS = _words(
    "refused refuse refuses refusing declined decline declines declining denied deny denies denying "
    "avoided avoid avoids failed fail fails"
)
MODALS = _words("will would could might may should shall must 'll ’ll cannot can")
HEDGES = _words(
    "if unless whether plans plan planning planned intends intend intended intending threatened threatens "
    "threaten threatening vowed vows promised promises pledged pledges expected expects set due ready "
    "willing prepared wants want wanted hopes hope hoped seeks seek sought tried tries try trying aims "
    "aim aimed proposed proposes propose urged urges urge called calls asked asks possible potential "
    "possibility fear fears feared risk risks threat prospect prospects avoid avert prevent averting "
    "preventing avoiding considering consider considers mulling would-be hypothetical ready"
)
OFFER = _words("offered offers offer offering")
PRONOUNS_PERSON = _words("he she")
PRONOUNS_FIRST = _words("i we our my us")
SPEECH = _words(
    "said say says saying told tell tells added adds stated states declared declares insisted insists noted "
    "notes wrote writes tweeted posted argued argues stressed stresses claimed claims warned warns remarked "
    "commented explained explains announced announces"
)
SUBORDINATORS = _words("while whereas although though because but unless if when after before as since")
CONNECTORS = frozenset({"and", ",", "&"})
NOT_AGENT_SUFFIXES = _words(
    "backed supported allied aligned speaking born based installed occupied controlled annexed held "
    "friendly leaning sponsored-terror"
)
NOT_ACTOR_PREFIX = _words("pro anti ethnic former ex")
TITLE_WORDS = _words(
    "president prime minister foreign defence defense deputy vice chancellor premier spokesman spokeswoman "
    "spokesperson leader leaders counterpart counterparts envoy ambassador adviser advisor aide chief "
    "secretary secretary-general policy top diplomat diplomats official officials government ministry "
    "office head state senior special representative commissioner high national security forces troops "
    "army military navy authorities administration his her of the"
)
FORCES = _words(
    "forces troops soldiers army armies military police navy government governments officials leaders "
    "diplomats negotiators delegations delegation ministers militaries border guards coast guard"
)
SEATED = _words("government junta regime authorities leadership administration officials rulers")
RELATIONAL = _words(
    "neighbours neighbors neighbour neighbor allies ally partners partner enemies enemy rivals rival critics "
    "opponents friends backers proxies proxy supporters adversaries foes"
)
QUOTE_OPEN = frozenset("“‘")
QUOTE_CLOSE = frozenset("”’")
NOUN_MARKERS = _words("the a an its their his her our this these those 's ’s")
HYPHENS = frozenset("-‐‑")
DASHES = frozenset("—–")
BOUNDARY = frozenset(";")
VERB_ED = re.compile(r"^[a-z]{3,}ed$")
NOT_VERB_ED = _words("united armed red need speed seed bed led shed hundred related based so-called")

CEASEFIRE_VERBS = frozenset({"agree", "sign", "reach", "accept", "declare", "observe", "violate", "breach"})
ANAPHORIC = _words("the these those such this that")
CALL_VERBS = _words("called calls call described describes branded brands termed labelled labeled")
CLAUSE_OPENERS = _words("after before since when while because although though until once whereas")
CLAUSE_PREPS = _words("since after before until till while as")
VERB_CUES = frozenset({"verbs", "speech_verbs", "invite_verbs", "symmetric_verbs", "need_event"})
TRANSITIVE_PREPS = frozenset({None, "of", "by", "from"})
CONFLICT_PREPS = frozenset({None, "on", "against", "with", "of", "into"})


@dataclass(frozen=True)
class Found:
    """One relation read from one sentence: `parties` are the mediated parties or the two sides of a conflict."""

    type: str
    source: str | None
    target: str | None
    parties: tuple[str, ...]
    sentence: int
    confidence: float


@dataclass
class Mention:
    """An actor named in a sentence, with what the grammar around it says."""

    start: int
    end: int
    actor: str
    person: bool
    possessive: bool = False
    prep: str | None = None
    quoted: bool = False
    compound: str = ""  # the word after an adjacent hyphen: "brokered" in "US-brokered"
    hyphen_pair: Mention | None = None  # the other side of "Serbian-Albanian"


@dataclass
class _Sentence:
    index: int
    tokens: list[str]
    low: list[str]
    gaps: list[bool]  # gaps[i]: whitespace before token i
    quoted: list[bool]
    mentions: list[Mention]
    by_start: dict[int, Mention]
    by_end: dict[int, Mention]
    rel_spans: list[tuple[int, int]]


@dataclass
class _Context:
    """What carries over from sentence to sentence: the last person named, for he / she."""

    lexicon: Lexicon
    date: str | None = None
    last_person: str | None = None
    recent: list[tuple[int, str | None, str | None]] = field(default_factory=list)  # criticism: sentence, from, to
    skipped: list[str] | None = None  # sentences since the last one analysed (no cue: not yet read)

    def person_before(self) -> str | None:
        """The last person named as a subject, reading skipped sentences only when asked."""
        for text in reversed(self.skipped or []):
            tokens = TOKEN.findall(text)
            low = [t.lower() for t in tokens]
            people = [
                m
                for m in _mentions(tokens, low, [True] * len(tokens), [False] * len(tokens), self.lexicon, self.date)
                if m.person and m.prep is None
            ]
            if people:
                return people[0].actor
        return self.last_person


def extract(sentences: Sequence[str], lexicon: Lexicon, date: str | None = None) -> list[Found]:
    """Every relation stated in `sentences` (one document, in order), dated `date` if known."""
    found: list[Found] = []
    context = _Context(lexicon, date, skipped=[])
    pending: list[tuple[int, str, float]] = []  # mediations whose parties the sentence does not name
    for index, text in enumerate(sentences):
        if not text:
            continue
        sentence = _analyse(index, text, lexicon, date)
        if sentence is None:
            skipped = context.skipped if context.skipped is not None else []
            context.skipped = [*skipped[-1:], text]
            continue
        reader = _Reader(sentence, lexicon, context)
        read = reader.read()
        found.extend(read)
        context.recent = [*context.recent[-8:], *((index, f.source, f.target) for f in read if f.type == "criticism")]
        pending.extend(reader.unresolved)
        subjects = [m for m in sentence.mentions if m.person and m.prep is None and not m.possessive and not m.quoted]
        if subjects:
            context.last_person = subjects[0].actor
        elif context.skipped:
            context.last_person = context.person_before()
        context.skipped = []
    found.extend(_resolve_pending(found, pending))
    return _dedupe(found)


def _resolve_pending(found: list[Found], pending: list[tuple[int, str, float]]) -> list[Found]:
    """An X-brokered ceasefire with no parties named: the document's one dominant pair of warring sides."""
    if not pending:
        return []
    counts: dict[tuple[str, ...], int] = {}
    for item in found:
        if item.type in ("conflict", "mediation") and len(item.parties) == 2:
            pair = tuple(sorted(item.parties))
            counts[pair] = counts.get(pair, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return []
    pair = ranked[0][0]
    return [
        Found("mediation", mediator, None, pair, index, round(conf * 0.6, 2))
        for index, mediator, conf in pending
        if mediator not in pair
    ]


def _dedupe(found: list[Found]) -> list[Found]:
    best: dict[tuple[object, ...], Found] = {}
    for item in found:
        key = (item.type, item.source, item.target, item.parties, item.sentence)
        if key not in best or best[key].confidence < item.confidence:
            best[key] = item
    return list(best.values())


def has_cue(text: str, lexicon: Lexicon) -> bool:
    """Whether a sentence holds any cue word (a fast pre-filter)."""
    cues = lexicon.cues
    return any(word.lower() in cues for word in TOKEN.findall(text))


# --- sentence analysis ---------------------------------------------------------------------------------------


def _analyse(index: int, text: str, lexicon: Lexicon, date: str | None) -> _Sentence | None:
    matches = list(TOKEN.finditer(text))
    tokens = [m.group() for m in matches]
    low = [t.lower() for t in tokens]
    cues = lexicon.cues
    if not any(w in cues for w in low):
        return None
    gaps = [i == 0 or matches[i - 1].end() != m.start() for i, m in enumerate(matches)]
    quoted = _quote_flags(tokens, gaps)
    mentions = _mentions(tokens, low, gaps, quoted, lexicon, date)
    if not mentions:
        return None
    return _Sentence(
        index,
        tokens,
        low,
        gaps,
        quoted,
        mentions,
        {m.start: m for m in mentions},
        {m.end: m for m in mentions},
        _relative_spans(low),
    )


def _quote_flags(tokens: list[str], gaps: list[bool]) -> list[bool]:
    """Which tokens stand inside a quotation."""
    flags = [False] * len(tokens)
    opened = -1
    for i, tok in enumerate(tokens):
        if opened < 0 and (tok in QUOTE_OPEN or tok == '"') and (tok != "‘" or gaps[i]):
            opened = i
        elif opened >= 0 and (tok in QUOTE_CLOSE or tok == '"'):
            if i - opened > 4:  # a quotation, not "scare quotes" around a word or two
                for j in range(opened + 1, i):
                    flags[j] = True
            opened = -1
    return flags


def _mentions(
    tokens: list[str], low: list[str], gaps: list[bool], quoted: list[bool], lexicon: Lexicon, date: str | None
) -> list[Mention]:
    """Actor names by longest match, filtered and annotated with possessive, preposition and compounds."""
    names, longest = lexicon.names, lexicon.longest
    found: list[Mention] = []
    i, n = 0, len(tokens)
    while i < n:
        size = longest.get(tokens[i], 0)
        hit = None
        for length in range(min(size, n - i), 0, -1):
            meaning = names.get(tuple(tokens[i : i + length]))
            if meaning is not None:
                hit = (length, meaning)
                break
        if hit is None:
            i += 1
            continue
        length, meaning = hit
        start, end = i, i + length
        i = end
        if meaning.person and not meaning.holds_on(date):
            continue
        if meaning.person and any(w in ("former", "ex", "late") for w in low[max(0, start - 3) : start]):
            continue
        before = low[start - 1] if start else ""
        if before in NOT_ACTOR_PREFIX or (before in HYPHENS and start >= 2 and low[start - 2] in NOT_ACTOR_PREFIX):
            continue
        mention = Mention(start, end, meaning.actor, meaning.person, quoted=quoted[start])
        if end + 1 < n and tokens[end] in HYPHENS and not gaps[end] and not gaps[end + 1]:
            mention.compound = low[end + 1]
            if mention.compound in NOT_AGENT_SUFFIXES:
                continue
        if end + 1 < n and low[end] in ("'s", "’s") and low[end + 1] in RELATIONAL:
            continue  # "Burkina Faso's neighbours" are not Burkina Faso
        if end < n and (low[end] in ("'s", "’s") or (tokens[end] in ("'", "’") and tokens[end - 1].endswith("s"))):
            mention.possessive = True
        found.append(mention)
    merged = _merge_titles(found, low)
    for a, b in itertools.pairwise(merged):
        if b.start == a.end + 1 and tokens[a.end] in HYPHENS and not gaps[a.end] and not gaps[b.start]:
            a.hyphen_pair, b.hyphen_pair = b, a
            a.compound = ""
    for mention in merged:
        mention.prep = _governing_prep(low, mention.start)
    return merged


def _merge_titles(found: list[Mention], low: list[str]) -> list[Mention]:
    """Russian President Vladimir Putin -> one mention of RUS, from the first word to the last."""
    merged: list[Mention] = []
    for mention in found:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.actor == mention.actor
            and not last.compound
            and 0 <= mention.start - last.end <= 4
            and all(w in TITLE_WORDS or w in ("'s", "’s") for w in low[last.end : mention.start])
        ):
            last.end = mention.end
            last.person = last.person or mention.person
            last.possessive = mention.possessive
            last.compound = mention.compound
            continue
        merged.append(mention)
    return merged


def _governing_prep(low: list[str], start: int) -> str | None:
    """The preposition an actor's noun phrase hangs on, if any: 'on' in 'the attack on Ukraine'."""
    j = start - 1
    while j >= 0 and (low[j] in DETERMINERS or low[j] in TITLE_WORDS - PREPOSITIONS):
        j -= 1
    if j >= 0 and low[j] in PREPOSITIONS:
        if low[j] == "in" and j and low[j - 1] in SEATED:
            return None  # "the junta in Bamako", "the government in Kyiv": the state itself
        return low[j]
    return None


def _relative_spans(low: list[str]) -> list[tuple[int, int]]:
    """Token spans of ', which/who ... ,' relative clauses."""
    spans = []
    for i in range(1, len(low)):
        if low[i] in ("which", "who", "whose", "whom") and low[i - 1] == ",":
            j = i + 1
            while j < len(low) and low[j] not in (",", ";", "—", "–"):
                j += 1
            spans.append((i, j))
    return spans


# --- frames --------------------------------------------------------------------------------------------------


class _Reader:
    """Reads one sentence's cues in their frames."""

    def __init__(self, sentence: _Sentence, lexicon: Lexicon, context: _Context) -> None:
        self.s = sentence
        self.lex = lexicon
        self.context = context
        self.out: list[Found] = []
        self.unresolved: list[tuple[int, str, float]] = []
        self.cue_positions: set[int] = set()
        self.object_list = False  # set by group(): the last leftward group continued an object list

    def read(self) -> list[Found]:
        s = self.s
        if s.tokens and s.tokens[-1] == "?":
            return []
        hits: list[tuple[int, int, Cue]] = []
        for i, word in enumerate(s.low):
            for cue in self.lex.cues.get(word, ()):
                if tuple(s.low[i + 1 : i + 1 + len(cue.rest)]) == cue.rest:
                    hits.append((i, i + 1 + len(cue.rest), cue))
        # a verb form after a determiner or a possessive is a noun: "the attack", "a blast", "Iran's fight"
        hits = [(i, e, c) for i, e, c in hits if c.klass not in VERB_CUES or not self.nominal(i)]
        self.cue_positions = {i for i, _, c in hits if c.klass in VERB_CUES}
        for start, end, cue in hits:
            handler = getattr(self, f"_{cue.type}_{cue.klass}", None)
            if handler is not None:
                handler(start, end, cue)
        return self.out

    # -- helpers -----------------------------------------------------------------------------------------------

    def emit(
        self, type_: str, source: str | None, target: str | None, parties: tuple[str, ...], confidence: float
    ) -> None:
        if type_ == "criticism":
            if not source or not target or source == target:
                return
        elif type_ == "mediation":
            parties = tuple(dict.fromkeys(p for p in parties if p != source))
            if not source or len(parties) < 2:
                return
        else:
            parties = tuple(sorted(set(parties)))
            if len(parties) != 2:
                return
        self.out.append(Found(type_, source, target, parties, self.s.index, round(confidence, 2)))

    def nominal(self, i: int) -> bool:
        """Whether the word at i is a noun by its left neighbour: 'the attack', 'a blast', 'Iran's fight'."""
        return i > 0 and self.s.low[i - 1] in NOUN_MARKERS

    def verbish(self, i: int) -> bool:
        """Whether token i looks like a finite verb of another clause."""
        word = self.s.low[i]
        return (
            i in self.cue_positions
            or word in SPEECH
            or (bool(VERB_ED.match(word)) and word not in NOT_VERB_ED and not self.s.tokens[i][0].isupper())
        )

    def in_relative(self, i: int, cue: int) -> bool:
        return any(a <= i < b and not a <= cue < b for a, b in self.s.rel_spans)

    def group(self, head: Mention, leftward: bool, free: bool = False) -> list[Mention]:
        """The actors coordinated with `head`: 'the EU and US', 'France, Germany and Italy'."""
        s = self.s
        members = [head]
        current = head
        self.object_list = False
        while True:
            if leftward:
                j = current.start - 1
                while j >= 0 and s.low[j] in DETERMINERS:
                    j -= 1
                if j < 0 or (s.low[j] not in CONNECTORS and s.low[j] != "as"):
                    break
                k = j - 1
                if s.low[j] == "as":  # "as well as"
                    if j < 2 or s.low[j - 2 : j] != ["as", "well"]:
                        break
                    k = j - 3
                    if k >= 0 and s.low[k] == ",":  # "A, as well as B"
                        k -= 1
                while k >= 0 and (s.low[k] in DETERMINERS or s.low[k] in FORCES):
                    k -= 1
                nxt = s.by_end.get(k + 1)
                if nxt is None or nxt.possessive or nxt.compound or (nxt.prep != head.prep and nxt.prep is not None):
                    break
                before = _skip_back(s.low, nxt.start - 1)
                if before >= 0 and self.verbish(before):
                    # "thanked A, B and C", "thanked A, as well as B": the list is an object
                    self.object_list = s.low[before] not in SPEECH and (s.low[j] != "," or len(members) > 1)
                    break
            else:
                j = current.end + (1 if current.possessive else 0)
                while j < len(s.low) and s.low[j] in FORCES:
                    j += 1
                if j >= len(s.low) or s.low[j] not in CONNECTORS:
                    break
                k = j + 1
                if s.low[j] == "," and k < len(s.low) and s.low[k] == "and":
                    k += 1
                while k < len(s.low) and s.low[k] in DETERMINERS:
                    k += 1
                nxt = s.by_start.get(k)
                if nxt is None:
                    break
                after = nxt.end + (1 if nxt.possessive else 0)
                if (
                    not free
                    and after < len(s.low)
                    and (self.verbish(after) or s.low[after] in BE or s.low[after] in MODALS)
                ):
                    break
                if (
                    s.low[j] == ","
                    and s.low[k - 1] != "and"
                    and (after >= len(s.low) or s.low[after] not in CONNECTORS)
                ):
                    break
            members.append(nxt)
            current = nxt
        return sorted(members, key=lambda m: m.start)

    def left_subject(self, pos: int, allow_object: bool = False) -> tuple[list[Mention], str | None]:
        """The actors doing what the word at `pos` says, and a pronoun they came from, if any."""
        s = self.s
        quoted = s.quoted[pos]
        joined = self.coordinated(pos)
        via_it = False
        skip = self._subordinate_before(joined) if joined >= 0 and not allow_object else -1
        for j in range(pos - 1, max(-1, pos - 35), -1):
            word = s.low[j]
            if skip >= 0 and skip <= j < joined:
                continue  # "X accused Y after Z did W, and dismissed V": the subject is X
            if word in BOUNDARY or (word == ":" and not quoted):
                break
            if quoted and not s.quoted[j] and word not in QUOTE_OPEN and word != '"':
                break
            if word in QUOTE_OPEN or (word == '"' and quoted):
                break
            if word in PRONOUNS_PERSON:
                person = self.antecedent(j)
                return ([Mention(j, j + 1, person, True)] if person else []), word
            if quoted and word in PRONOUNS_FIRST:
                return [], word
            if word in ("it", "they") and not via_it and (j + 1 == pos or self._chain(j, pos)):
                via_it = True
                continue
            if (
                word in SUBORDINATORS
                and word != "as"
                and not allow_object
                and j != joined
                and not (j and s.low[j - 1] == "," and "," in s.low[j + 1 : pos])
                and (word not in ("since", "after", "before") or self._clause_follows(j))
            ):
                break
            mention = s.by_end.get(j + 1)
            if mention is None:
                continue
            if mention.quoted != quoted or self.in_relative(mention.start, pos):
                continue
            allowed = ("of", "with") if allow_object else ("of",)
            if mention.prep in CLAUSE_PREPS and self._chain(mention.end - 1, pos):
                pass  # "since Biden accused Russia": the subject of a subordinate clause
            elif (mention.prep is not None and mention.prep not in allowed) or mention.compound:
                continue
            if mention.possessive and mention.end + 1 < pos and not self._possessor_is_subject(mention, pos):
                continue
            before = _skip_back(s.low, mention.start - 1)
            if not allow_object and before >= 0 and self.verbish(before) and s.low[before] not in SPEECH and not via_it:
                continue
            after = mention.end + (1 if mention.possessive else 0)
            if (
                after < pos
                and self.verbish(after)
                and not via_it
                and joined < 0
                and not self._chain(after, pos)
                and not allow_object
            ):
                return [], None
            group = self.group(mention, leftward=True)
            if self.object_list and not allow_object:
                continue  # the tail of an earlier verb's object list, not a subject
            return group, None
        return [], None

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
        """Where 'and' / 'but' joins the cue's verb phrase to an earlier one ('X condemned Y and accused Z'), or -1."""
        s = self.s
        j = pos - 1
        while j >= 0 and (
            s.low[j].endswith("ly")
            or s.low[j] in ("also", "then", "later", "again", "in", "turn", "has", "have", "had", ",")
        ):
            j -= 1
        return j if j >= 0 and s.low[j] in ("and", "but") else -1

    def _chain(self, verb: int, pos: int) -> bool:
        """Whether the words from `verb` to the cue are one verb group: 'offered to host', 'said it condemned'."""
        words = self.s.low[verb + 1 : pos]
        return len(words) <= 4 and all(
            w
            in (
                "to",
                "by",
                "help",
                "helped",
                "helping",
                "also",
                "had",
                "has",
                "have",
                "been",
                "that",
                "it",
                "they",
                "then",
                "later",
                "in",
                "turn",
                "publicly",
                "again",
            )
            or w.endswith("ly")
            for w in words
        )

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
        return self.context.person_before()

    def _possessor_is_subject(self, mention: Mention, pos: int) -> bool:
        """'Russia's foreign ministry said' / 'Russia's Lavrov accused': a possessor heading the subject."""
        words = self.s.low[mention.end + 1 : pos]
        return (
            all(
                w in TITLE_WORDS or (w[:1].isalpha() and not self.verbish(mention.end + 1 + k))
                for k, w in enumerate(words)
            )
            and len(words) <= 5
        )

    def right_objects(
        self, pos: int, preps: frozenset[str | None], window: int = 18, skip_possessive: bool = False
    ) -> list[Mention]:
        """The first actors after `pos` that the word there governs, through the allowed prepositions."""
        s = self.s
        if pos >= len(s.low):
            return []
        quoted = s.quoted[pos]
        stop = min(len(s.low), pos + window)
        for a, b in s.rel_spans:
            if a < pos <= b:  # a cue inside ", which X condemned," governs nothing after the clause
                stop = min(stop, b)
        for j in range(pos, stop):
            word = s.low[j]
            if word in BOUNDARY or (word in SUBORDINATORS and j > pos and s.low[j - 1] == ","):
                break
            if j > pos and (word in SPEECH or word in ("which", "who")):
                break
            if quoted and not s.quoted[j] and word not in QUOTE_CLOSE and word != '"':
                break
            mention = s.by_start.get(j)
            if mention is None:
                continue
            if mention.prep not in preps or mention.compound or self.in_relative(j, pos):
                continue
            if skip_possessive and mention.possessive:
                continue
            return self.group(mention, leftward=False)
        return []

    def agent_after(self, pos: int, window: int = 14) -> list[Mention]:
        """The actors of a 'by X' (or 'from X') phrase after `pos`."""
        return self.right_objects(pos, frozenset({"by", "from"}), window)

    def passive(self, pos: int, end: int) -> bool:
        s = self.s
        j = pos - 1
        while j >= 0 and (s.low[j].endswith("ly") or s.low[j] in ("also", "not", "never", "again")):
            j -= 1
        if j >= 0 and s.low[j] in BE_STRICT:
            return True
        return end < len(s.low) and s.low[end] == "by" and s.low[pos].endswith(("ed", "en"))

    def hedged(self, start: int, pos: int, allow_offer: bool = False) -> bool:
        """Negation, modality or a hypothetical between a clause's subject and its cue."""
        s = self.s
        joined = self.coordinated(pos)
        if joined > start:
            start = joined
        for j in range(start - 1, max(-1, start - 25), -1):
            if s.low[j] in (",", ";", "—", "–") or s.quoted[j] != s.quoted[pos]:
                break
            if s.low[j] in ("if", "unless", "whether"):
                return True
        for j in range(max(0, start), pos):
            word = s.low[j]
            if self.in_relative(j, pos):
                continue  # "Russia, which called the strikes reckless, offered to mediate"
            if word in NEGATION or word.endswith(("n't", "n’t")) or word in NEGATING_VERBS or word in MODALS:
                return True
            if word in HEDGES:
                return True
            if word in OFFER and not allow_offer:
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
        for j in range(close + 1, min(n, close + 8)):
            if s.low[j] in SPEECH:
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
            if s.low[j] in SPEECH:
                found, _ = self.left_subject(j, allow_object=True)
                return found
        return []

    def reporting_speaker(self, pos: int) -> list[Mention]:
        """Who says a clause, quoted or not: the speaker of the quotation, or 'X said (that) ...'."""
        s = self.s
        if s.quoted[pos]:
            return self.speaker(pos)
        for j in range(pos - 1, -1, -1):
            if s.low[j] in SPEECH or s.low[j] in CALL_VERBS:
                found, _ = self.left_subject(j, allow_object=True)
                return found
        for j in range(pos + 1, len(s.low)):
            if s.low[j] in SPEECH and s.low[j - 1] != ",":
                found, _ = self.left_subject(j, allow_object=True)
                return found
        return []

    def subject_or_speaker(self, pos: int) -> tuple[list[Mention], float]:
        """The subject of the cue at `pos`; inside a quotation, 'we' or no subject means the speaker."""
        subject, pronoun = self.left_subject(pos)
        if subject:
            return subject, 0.0 if pronoun is None else -0.1
        if self.s.quoted[pos] and (pronoun in PRONOUNS_FIRST or pronoun is None):
            return self.speaker(pos), -0.05
        return [], 0.0

    def _hedge_from(self, subject: list[Mention], pos: int) -> int:
        return subject[-1].end if subject and subject[-1].end <= pos else self.clause_start(pos)

    def possessor_before(self, pos: int, gap: int = 3) -> list[Mention]:
        """The owner of the noun at `pos`: 'Russia's invasion', 'its war', 'the Russian invasion'."""
        s = self.s
        j = pos - 1
        steps = 0
        while j >= 0 and steps <= gap:
            word = s.low[j]
            if word in ("its", "their"):
                found, _ = self.left_subject(j, allow_object=True)
                return found[:1] if word == "its" else found
            if word in ("'s", "’s") or word in ("'", "’"):
                mention = s.by_end.get(j)
                return [mention] if mention is not None else []
            mention = s.by_end.get(j + 1)
            if mention is not None:
                if mention.hyphen_pair is not None:
                    return []
                return [mention]
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

    def hyphen_pair_near(self, pos: int, before: int = 3, after: int = 6) -> tuple[str, str] | None:
        """An 'Indian-Pakistani' or 'Russia-Ukraine' compound just before or after the word at `pos`."""
        s = self.s
        lo, hi = max(0, pos - before - 3), min(len(s.low), pos + after)
        for mention in s.mentions:
            pair = mention.hyphen_pair
            if pair is None or mention.start > pair.start:
                continue
            if lo <= mention.start < pos:
                between = s.low[pair.end : pos]
                if all(w[:1].isalpha() and w not in PREPOSITIONS for w in between) and len(between) <= 3:
                    return mention.actor, pair.actor
            if pos < mention.start < hi:
                between = s.low[pos + 1 : mention.start]
                border = pair.end < len(s.low) and s.low[pair.end] in ("border", "frontier", "boundary")
                if all(w[:1].isalnum() and not self.verbish(pos + 1 + k) for k, w in enumerate(between)) and (
                    border or not any(w in PREPOSITIONS for w in between)
                ):
                    return mention.actor, pair.actor
        return None

    def between_pair(self, pos: int, window: int = 6) -> list[Mention]:
        """'between X and Y' soon after `pos`."""
        s = self.s
        for j in range(pos + 1, min(len(s.low), pos + window)):
            if s.low[j] in BOUNDARY:
                break
            if s.low[j] == "between":
                k = j + 1
                while k < len(s.low) and (s.low[k] in DETERMINERS or s.low[k] in TITLE_WORDS):
                    k += 1
                head = s.by_start.get(k)
                if head is not None:
                    return self.group(head, leftward=False, free=True)
                if s.low[j + 1] == "their":
                    return self.subject_pair(j)
                return []
        return []

    def subject_pair(self, before: int) -> list[Mention]:
        """The two coordinated actors heading the sentence, if they do: 'X and Y signed ...'."""
        s = self.s
        first = s.mentions[0]
        opening = s.tokens[: first.start]
        if opening and opening[-1] in HYPHENS | DASHES:  # a dateline: "CITY, May 2, 2025 - X and Y ..."
            opening = []
        if first.prep is not None or first.possessive or first.quoted or len(opening) > 2:
            return []
        group = self.group(first, leftward=False, free=True)
        if len({m.actor for m in group}) != 2 or group[-1].end >= before:
            return []
        return group

    def between_pair_before(self, pos: int, window: int = 12) -> list[Mention]:
        """'between X and Y' in the noun phrase a participle at `pos` follows: 'talks between X and Y, hosted by'."""
        s = self.s
        for j in range(pos - 1, max(-1, pos - window), -1):
            if s.low[j] in BOUNDARY or self.verbish(j):
                return []
            if s.low[j] == "between":
                k = j + 1
                while k < pos and (s.low[k] in DETERMINERS or s.low[k] in TITLE_WORDS):
                    k += 1
                head = s.by_start.get(k)
                if head is None:
                    return []
                group = self.group(head, leftward=False, free=True)
                return group if all(m.end <= pos for m in group) and len({m.actor for m in group}) >= 2 else []
        return []

    # -- criticism ---------------------------------------------------------------------------------------------

    def _criticism_verbs(self, pos: int, end: int, cue: Cue) -> None:
        if self.passive(pos, end):
            agents = self.agent_after(end)
            targets, _ = self.left_subject(pos)
            if agents and targets and not self.hedged(targets[-1].end, pos):
                for a in agents:
                    for t in targets:
                        self.emit("criticism", a.actor, t.actor, (), 0.85)
            return
        if self.s.low[pos].endswith("ing") and pos and self.s.low[pos - 1] in ("of", "for"):
            return  # "accused X of criticising Y": an allegation, not a statement
        subject, bonus = self.subject_or_speaker(pos)
        if not subject or self.hedged(self._hedge_from(subject, pos), pos):
            return
        preps = TRANSITIVE_PREPS | ({cue.rest[-1]} if cue.rest and cue.rest[-1] in PREPOSITIONS else set())
        objects = self.right_objects(end, frozenset(preps))
        for a in subject:
            for t in objects:
                self.emit("criticism", a.actor, t.actor, (), 0.9 + bonus)

    def _criticism_speech_verbs(self, pos: int, end: int, cue: Cue) -> None:
        s = self.s
        nouns = self.lex.word_set("criticism", "speech_nouns")
        noun = next((j for j in range(end, min(len(s.low), end + 7)) if s.low[j] in nouns), None)
        if noun is None:
            self._rejected_charge(pos, nouns)
            return
        targets = self.possessor_before(noun)
        if not targets:
            targets = [
                t for t in self.right_objects(noun + 1, frozenset({"from", "by"}), window=8) if t.prep in ("from", "by")
            ]
        if not targets and s.low[noun] not in self.lex.word_set("criticism", "nouns"):
            targets = [t for t in self.right_objects(noun + 1, frozenset({"of"}), window=6) if t.prep == "of"]
        if self.passive(pos, end):
            agents = self.agent_after(end)
            if agents:
                for a in agents:
                    for t in targets:
                        self.emit("criticism", a.actor, t.actor, (), 0.8)
            return
        subject, bonus = self.subject_or_speaker(pos)
        if not subject or self.hedged(self._hedge_from(subject, pos), pos):
            return
        anaphoric = not targets and s.low[end] in ANAPHORIC and noun - end <= 3
        for a in subject:
            for t in targets:
                self.emit("criticism", a.actor, t.actor, (), 0.85 + bonus)
            if anaphoric:  # "X rejected the accusations": the last criticism of X, reversed
                for source in self.accusers_of(a.actor):
                    self.emit("criticism", a.actor, source, (), 0.65 + bonus)

    def _rejected_charge(self, pos: int, nouns: frozenset[str]) -> None:
        """'..., a charge X rejected': X criticises who made the charge in this sentence (or just before)."""
        s = self.s
        j = pos - 1
        while j >= 0 and (s.low[j] in ("has", "had", "have", "also", "later", "flatly") or s.low[j].endswith("ly")):
            j -= 1
        mention = s.by_end.get(j + 1)
        if mention is None or mention.possessive or mention.prep is not None or mention.quoted != s.quoted[pos]:
            return
        k = _skip_back(s.low, mention.start - 1)
        if k < 1 or s.low[k] not in nouns or s.low[k - 1] not in ("a", "an", "the") or self.hedged(mention.end, pos):
            return
        for source in self.accusers_of(mention.actor):
            self.emit("criticism", mention.actor, source, (), 0.65)

    def accusers_of(self, actor: str) -> list[str]:
        """Who last criticised `actor`, in this sentence or the few before it."""
        recent = [(f.source, f.target) for f in self.out if f.type == "criticism"]
        recent = [(a, b) for i, a, b in self.context.recent if i >= self.s.index - 3] + recent
        for source, target in reversed(recent):
            if target == actor and source and source != actor:
                return [source]
        return []

    def _criticism_nouns(self, pos: int, end: int, cue: Cue) -> None:
        s = self.s
        if self.hedged(max(0, pos - 4), pos):
            return
        targets = self.right_objects(
            end, frozenset({"of", "against", "at", "toward", "towards"}), window=6, skip_possessive=False
        )
        targets = [t for t in targets if t.prep in ("of", "against", "at", "toward", "towards")]
        agents = self.possessor_before(pos)
        if not agents:
            agents = self.right_objects(end, frozenset({"by", "from"}), window=10)
            agents = [a for a in agents if a.prep in ("by", "from")]
        receive = self.lex.word_set("criticism", "receive_verbs")
        received = next(
            (j for j in range(pos - 1, max(-1, pos - 4), -1) if s.low[j] == "under" or _base_in(s.low[j], receive)),
            None,
        )
        if received is not None and agents:
            subject, _ = self.left_subject(received)
            if subject and not self.hedged(subject[-1].end, received):
                targets = subject
        elif not agents and targets:
            before = _skip_back_adjectives(s.low, pos - 1)
            if before >= 0 and s.low[before] not in PREPOSITIONS:
                subject, _ = self.left_subject(pos)
                if subject and not self.hedged(subject[-1].end, pos):
                    agents = subject
        for a in agents:
            for t in targets:
                self.emit("criticism", a.actor, t.actor, (), 0.8)

    def _criticism_judgements(self, pos: int, end: int, cue: Cue) -> None:
        s = self.s
        start = self.clause_start(pos)
        if s.quoted[pos]:
            start = pos
            while start > 0 and s.quoted[start - 1]:
                start -= 1
        called = False
        if not s.quoted[pos]:
            for j in range(pos - 1, -1, -1):
                if s.low[j] in SPEECH or s.low[j] in CALL_VERBS:
                    start = j + 1
                    called = s.low[j] in CALL_VERBS
                    break
        targets = [m for m in s.mentions if start <= m.start < pos and m.quoted == s.quoted[pos]]
        if not targets:
            return
        targets = [m for m in targets if m.prep is None] or targets
        target = targets[0]
        if self.hedged(target.end, pos) or any(w in NEGATION for w in s.low[max(0, start - 3) : start]):
            return
        between = [w for w in s.low[target.end : pos] if w not in QUOTE_OPEN and w not in QUOTE_CLOSE and w != '"']
        named = (
            called
            and target.prep is None
            and len(between) <= 2
            and all(
                w.isalpha() and w not in PREPOSITIONS and w not in CONNECTORS and not VERB_ED.match(w) for w in between
            )
        )
        if not (named or target.possessive or any(w in BE or w == "as" for w in s.low[target.end : pos])):
            return  # named: "X called the Y strikes irresponsible"
        for a in self.reporting_speaker(pos):
            self.emit("criticism", a.actor, target.actor, (), 0.7)

    # -- mediation ---------------------------------------------------------------------------------------------

    def parties(self, pos: int, end: int, mediator: set[str]) -> list[str]:
        """The sides a mediation at `pos` is between."""
        s = self.s
        found = self.between_pair(pos, window=12)
        if len({m.actor for m in found} - mediator) >= 2:
            return [m.actor for m in found]
        pair = self.hyphen_pair_near(pos, before=4, after=8)
        if pair:
            return list(pair)
        for head in self.right_objects(end, frozenset({None, "of", "with"}), window=10)[:1]:
            group = self.group(head, leftward=False)
            if len({m.actor for m in group} - mediator) >= 2:
                return [m.actor for m in group]
        del s
        return []

    def _mediation_verbs(self, pos: int, end: int, cue: Cue) -> None:
        s = self.s
        events = self.lex.word_set("mediation", "events")
        if cue.base in self.lex.word_set("mediation", "need_event"):
            # "talks between X and Y, hosted by Z": the event noun is before the pair
            back = 12 if self.passive(pos, end) and self.between_pair_before(pos) else 3
            window = " ".join(w for w in s.low[max(0, pos - back) : pos] + s.low[end : end + 16] if w not in BOUNDARY)
            if not any(_has_phrase(window, e) for e in events):
                return
        if s.low[pos].endswith("ing") and pos and s.low[pos - 1] in ("of", "for"):
            return
        if self.passive(pos, end):
            agents = self.agent_after(end)
            if not agents:
                return
            parties = self.parties(pos, end, {a.actor for a in agents})
            if not parties:  # "a ceasefire between Y and Z, brokered by X"
                parties = [m.actor for m in self.between_pair_before(pos)]
            if not parties:
                subject, _ = self.left_subject(pos, allow_object=True)
                parties = [m.actor for m in subject]
            for a in agents:
                self.emit("mediation", a.actor, None, tuple(parties), 0.85)
            return
        subject, bonus = self.subject_or_speaker(pos)
        if not subject or self.hedged(self._hedge_from(subject, pos), pos, allow_offer=True):
            return
        parties = self.parties(pos, end, {m.actor for m in subject})
        for a in subject:
            self.emit("mediation", a.actor, None, tuple(parties), 0.85 + bonus)

    _mediation_need_event = None  # handled by _mediation_verbs through the "verbs" entry

    def _mediation_invite_verbs(self, pos: int, end: int, cue: Cue) -> None:
        s = self.s
        window = " ".join(s.low[end : end + 14])
        if not any(
            _has_phrase(window, e)
            for e in ("talks", "negotiations", "summit", "meeting", "dialogue", "peace talks", "consultations")
        ):
            return
        subject, bonus = self.subject_or_speaker(pos)
        if not subject or self.hedged(self._hedge_from(subject, pos), pos, allow_offer=True):
            return
        mediators = {m.actor for m in subject}
        heads = self.right_objects(end, frozenset({None, "of"}), window=8)
        parties = [m.actor for m in heads if m.actor not in mediators]
        if len(set(parties)) < 2:
            return
        for a in subject:
            self.emit("mediation", a.actor, None, tuple(parties), 0.8 + bonus)

    def _mediation_compounds(self, pos: int, end: int, cue: Cue) -> None:
        s = self.s
        if pos < 2 or s.low[pos - 1] not in HYPHENS:
            return
        owner = s.by_end.get(pos - 1)
        if owner is None:
            return
        events = self.lex.word_set("mediation", "events")
        window = " ".join(s.low[end : end + 3])
        if not any(_has_phrase(window, e) for e in events):
            return
        if self.hedged(max(0, owner.start - 4), owner.start):
            return
        parties = self.parties(pos, end, {owner.actor})
        if not parties:
            subject, _ = self.left_subject(owner.start)
            parties = [m.actor for m in subject if m.actor != owner.actor]
        if len(set(parties)) >= 2:
            self.emit("mediation", owner.actor, None, tuple(parties), 0.85)
        elif any(w in ("ceasefire", "cease-fire", "truce", "armistice") for w in s.low[end : end + 3]):
            self.unresolved.append((s.index, owner.actor, 0.85))

    def _mediation_nouns(self, pos: int, end: int, cue: Cue) -> None:
        s = self.s
        if self.hedged(max(0, pos - 4), pos, allow_offer=True):
            return
        agents = self.possessor_before(pos)
        if not agents and s.low[pos] == "auspices":
            agents = self.right_objects(end, frozenset({"of"}), window=4)
        if not agents:
            agents = [a for a in self.right_objects(end, frozenset({"by", "of"}), window=4) if a.prep == "by"]
        if not agents and pos and any(w in ("as", "role") for w in s.low[max(0, pos - 3) : pos]):
            subject, _ = self.left_subject(pos)
            if subject and not self.hedged(subject[-1].end, pos, allow_offer=True):
                agents = subject
        if not agents:
            return
        parties = self.parties(pos, end, {a.actor for a in agents})
        for a in agents:
            self.emit("mediation", a.actor, None, tuple(parties), 0.8)

    # -- conflict ----------------------------------------------------------------------------------------------

    def _conflict_verbs(self, pos: int, end: int, cue: Cue) -> None:
        s = self.s
        if s.low[pos].endswith("ing") and pos and s.low[pos - 1] in ("of", "for", "against"):
            return
        if self.passive(pos, end):
            agents = self.agent_after(end)
            targets, _ = self.left_subject(pos)
            if agents and targets and not self.hedged(targets[-1].end, pos):
                for a in agents:
                    for t in targets:
                        self.emit("conflict", None, None, (a.actor, t.actor), 0.8)
            return
        subject, bonus = self.subject_or_speaker(pos)
        if not subject or self.hedged(self._hedge_from(subject, pos), pos):
            return
        if cue.base in ("attack", "fight") and all(m.person for m in subject):
            return  # "Macron attacked Putin's policy" is a verbal attack
        objects = self.right_objects(end, CONFLICT_PREPS, window=8)
        if cue.base in ("attack", "fight"):
            objects = [o for o in objects if not o.possessive]
        for a in subject:
            for t in objects:
                self.emit("conflict", None, None, (a.actor, t.actor), 0.85 + bonus)

    def _conflict_symmetric_verbs(self, pos: int, end: int, cue: Cue) -> None:
        subject, _ = self.left_subject(pos)
        if len({m.actor for m in subject}) != 2 or self.hedged(subject[-1].end, pos):
            return
        if self.right_objects(end, frozenset({None, "with", "against"}), window=4):
            return  # "X and Y fought Z": the verb frame reads it
        self.emit("conflict", None, None, tuple(m.actor for m in subject), 0.85)

    def _conflict_nouns(self, pos: int, end: int, cue: Cue) -> None:
        s = self.s
        lookback = s.low[max(0, pos - 5) : pos]
        if any(w in HEDGES or w in NEGATION or w in MODALS for w in lookback):
            return
        if any(w in MODALS for w in s.low[end : end + 3]):
            return
        if pos and s.low[pos - 1] == "at":  # "X and Y are at war", "X is at war with Y"
            subject, _ = self.left_subject(pos)
            objects = [o for o in self.right_objects(end, frozenset({"with"}), window=4) if o.prep == "with"]
            sides = [m.actor for m in subject + objects]
            if len(set(sides)) == 2 and not self.hedged(subject[-1].end if subject else pos, pos):
                self.emit("conflict", None, None, tuple(sides), 0.8)
            return
        pair = self.between_pair(pos, window=3)
        if len({m.actor for m in pair}) == 2:
            self.emit("conflict", None, None, tuple(m.actor for m in pair), 0.85)
            return
        near = self.hyphen_pair_near(pos)
        if near:
            self.emit("conflict", None, None, near, 0.8)
            return
        owners = self.possessor_before(pos)
        if not owners:
            agent_verbs = self.lex.word_set("conflict", "agent_verbs")
            verb = next((j for j in range(pos - 1, max(-1, pos - 4), -1) if _base_in(s.low[j], agent_verbs)), None)
            if verb is not None:
                owners, _ = self.left_subject(verb)
                if owners and self.hedged(owners[-1].end, verb):
                    return
        if not owners:
            return
        targets = [
            t
            for t in self.right_objects(end, frozenset({"of", "on", "against", "with", "into"}), window=6)
            if t.prep in ("of", "on", "against", "with", "into")
        ]
        for a in owners:
            for t in targets:
                self.emit("conflict", None, None, (a.actor, t.actor), 0.8)

    def _conflict_ceasefires(self, pos: int, end: int, cue: Cue) -> None:
        """A ceasefire or truce between two named sides: they have been fighting."""
        s = self.s
        pair = self.between_pair(pos, window=3)
        if len({m.actor for m in pair}) == 2:
            self.emit("conflict", None, None, tuple(m.actor for m in pair), 0.7)
            return
        near = self.hyphen_pair_near(pos, before=2, after=2)
        if near:
            self.emit("conflict", None, None, near, 0.7)
            return
        # "X and Y agreed to a ceasefire", unless it is someone else's ("... a ceasefire in Z")
        verb = next((j for j in range(pos - 1, max(-1, pos - 7), -1) if _base_in(s.low[j], CEASEFIRE_VERBS)), None)
        if verb is None or any(w in BOUNDARY or w == "," for w in s.low[verb:pos]):
            return
        subject, pronoun = self.left_subject(verb)
        if pronoun is not None or len({m.actor for m in subject}) != 2 or len(subject) != 2:
            return
        others = [m for m in s.mentions if subject[-1].end <= m.start < min(len(s.low), end + 4)]
        if not others:
            self.emit("conflict", None, None, tuple(m.actor for m in subject), 0.65)


def _skip_back(low: list[str], j: int) -> int:
    while j >= 0 and low[j] in DETERMINERS:
        j -= 1
    return j


def _skip_back_adjectives(low: list[str], j: int) -> int:
    while j >= 0 and (
        low[j] in DETERMINERS
        or (low[j][:1].isalpha() and low[j] not in PREPOSITIONS and low[j] not in BE and not VERB_ED.match(low[j]))
    ):
        j -= 1
        if j >= 0 and low[j] in PREPOSITIONS:
            break
    return j


def _base_in(word: str, bases: frozenset[str]) -> bool:
    """Whether `word` is a form of one of the single-word verbs in `bases`."""
    return word in _forms(bases)


_IRREGULAR = {"draw": {"drew", "drawn"}, "begin": {"began", "begun"}, "come": {"came"}, "fight": {"fought"}}


@cache
def _forms(bases: frozenset[str]) -> frozenset[str]:
    from graphx.lexicon import inflections

    forms: set[str] = set()
    for base in bases:
        head = base.split()[0]
        forms |= inflections(head) | _IRREGULAR.get(head, set())
    return frozenset(forms)


def _has_phrase(window: str, phrase: str) -> bool:
    return f" {phrase} " in f" {window} "
