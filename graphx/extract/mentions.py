"""Actor mentions in a tokenised sentence: longest-match names, titles merged, prepositions and compounds."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from graphx.extract.branches import BRANCH_NOUNS, NETWORKS, branch_index
from graphx.extract.country_offices import STATE_WORDS, country_offices
from graphx.extract.name_index import lengths_at, longest, name_lengths, pair_lengths, someone_else, where_in
from graphx.extract.plural_references import PLURAL_STARTS, plural_at
from graphx.extract.prepositions import governing_prep
from graphx.extract.tokenised import lowered, tokens_of
from graphx.extract.words import (
    CLAUSE_PREPS,
    DETERMINERS,
    FORCE_QUALIFIERS,
    FORCES,
    FORMER_HOLDER,
    GROUP_DESCRIPTORS,
    HYPHENS,
    NOT_ACTOR_PREFIX,
    NOT_AGENT_SUFFIXES,
    OFFICE_WORDS,
    PAIR_JOINERS,
    POSSESSIVE,
    POSTING_TITLES,
    PREPOSITIONS,
    RELATIONAL,
    TITLE_WORDS,
    UNQUALIFYING,
)
from graphx.lexicon import NO_ACTOR, Lexicon, Name

NETWORK_LINKS = frozenset({"linked", "affiliated", "inspired"})  # "Al-Qaeda-linked jihadists from JNIM"
# what may stand between a network's description and the group it describes: "affiliate, the ... (JNIM)"
NETWORK_FILLERS = frozenset(
    {",", "(", ")", "'", "’", "-", "the", "of", "for", "wa", "ul", "al", "from", "in"}
    | {"jihadists", "militants", "fighters", "insurgents", "group", "called", "known", "as"}
)
NAME_JOINERS = frozenset({"'", "’", "-"})
NETWORK_GAP = 14  # words of an unknown long name between: "Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM)"
GROUP_HEADS = frozenset({"group", "movement", "faction", "outfit", "organisation", "organization", "militia"})
DESCRIBING = frozenset(
    {
        "militant",
        "terrorist",
        "armed",
        "rebel",
        "jihadist",
        "islamist",
        "insurgent",
        "separatist",
        "resistance",
        "ethnic",
    }
)
TITLE_GLUE = frozenset({"-", "general"})  # the rest of a hyphenated title: "UN Secretary-General Antonio Guterres"
SHARED_PREPS = frozenset({"alongside"})  # a conjunct after it is an ally too: "alongside the army and Eritrean forces"
GROUP_NOUN_WORDS = 7  # the longest group noun phrase before its named apposition: "the nation's largest rebel group"
OFFICE_SPAN = 3  # the longest office between a state's adjective and "'s": "Spanish deputy prime minister's"


@dataclass(slots=True)
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
    others: tuple[str, ...] = ()  # further actors a plural reference stands for: "the two countries"


@dataclass(frozen=True)
class NameTable:
    """The lexicon's names, with the names one document introduces ("Cambodian leader Hun Manet") over them."""

    names: Mapping[tuple[str, ...], Name]
    lengths: Mapping[str, tuple[int, ...]]  # by first token, the lengths of the names it starts, longest first
    local: Mapping[tuple[str, ...], Name] = field(default_factory=dict)
    local_lengths: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    pair: tuple[str, ...] = ()  # the document's two main sides, for "the two countries", "both sides"
    branches: Mapping[tuple[str, str], str] = field(default_factory=dict)  # (parent, base) -> the one branch
    states: frozenset[str] = frozenset()  # the actors that are states: their adjectives may only describe a group
    governments: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # group -> (state it governs, since)
    pairs: Mapping[tuple[str, str], tuple[int, ...]] = field(default_factory=dict)  # `name_index.pair_lengths`

    @classmethod
    def of(cls, lexicon: Lexicon, local: Mapping[tuple[str, ...], Name] | None = None) -> NameTable:
        """The lexicon's names (their lengths computed once per lexicon), with a document's own names."""
        names = lexicon.text_names or lexicon.names
        key = id(names)
        if key not in _LENGTHS:
            _LENGTHS.clear()
            _LENGTHS[key] = name_lengths(names)
            _PAIRS.clear()
            _PAIRS[key] = pair_lengths(names)
            _BRANCHES.clear()
            _BRANCHES[key] = branch_index(lexicon.actors)
            _STATES.clear()
            _STATES[key] = frozenset(a for a, info in lexicon.actors.items() if info.kind == "state")
            _GOVERNMENTS.clear()
            _GOVERNMENTS[key] = {n.actor: n.governs for n in names.values() if n.governs and not n.person}
        return cls(
            names,
            _LENGTHS[key],
            local or {},
            name_lengths(local or {}),
            branches=_BRANCHES[key],
            states=_STATES[key],
            governments=_GOVERNMENTS[key],
            pairs=_PAIRS[key],
        )

    def match(self, tokens: list[str], i: int) -> tuple[int, Name] | None:
        """The longest name starting at token i, as (length, meaning); of two as long, the document's own."""
        room = len(tokens) - i
        best: tuple[int, Name] | None = None
        if tokens[i] in self.local_lengths:
            best = longest(self.local, self.local_lengths[tokens[i]], tokens, i, room, 0)
        candidates = lengths_at(self.lengths, self.pairs, tokens, i)
        found = longest(self.names, candidates, tokens, i, room, best[0] if best else 0) if candidates else None
        return found or best


_LENGTHS: dict[int, Mapping[str, tuple[int, ...]]] = {}
_PAIRS: dict[int, Mapping[tuple[str, str], tuple[int, ...]]] = {}
_BRANCHES: dict[int, Mapping[tuple[str, str], str]] = {}
_STATES: dict[int, frozenset[str]] = {}
_GOVERNMENTS: dict[int, dict[str, tuple[str, str]]] = {}


def find_mentions(
    tokens: list[str], low: list[str], gaps: list[bool], quoted: list[bool], table: NameTable, date: str | None
) -> list[Mention]:
    """Actor names by longest match, filtered and annotated with possessive, preposition and compounds."""
    merged = _names(tokens, low, gaps, quoted, table, date)
    if not STATE_WORDS.isdisjoint(low):
        merged = _with_country_offices(merged, low, table)
    for a, b in itertools.pairwise(merged):
        if b.start == a.end + 1 and tokens[a.end] in PAIR_JOINERS and not gaps[a.end] and not gaps[b.start]:
            a.hyphen_pair, b.hyphen_pair = b, a
            a.compound = ""
    _assign_preps(merged, low)
    return merged


def _with_country_offices(found: list[Mention], low: list[str], table: NameTable) -> list[Mention]:
    """The mentions with each 'the country's <office>' that stands for the one state named before it."""
    spans = [(m.start, m.end, m.actor) for m in found]
    added = [Mention(k, end, actor, person) for k, end, actor, person in country_offices(low, spans, table.states)]
    return sorted(found + added, key=lambda m: m.start) if added else found


def _names(
    tokens: list[str], low: list[str], gaps: list[bool], quoted: list[bool], table: NameTable, date: str | None
) -> list[Mention]:
    """Actor names by longest match, merged and filtered, before their pairs and prepositions are marked."""
    found: list[Mention] = []
    lengths, local_lengths, pair = table.lengths, table.local_lengths, table.pair
    i = 0  # the first token not yet read as part of a name
    plurals = PLURAL_STARTS if pair else {}  # a name or a plural reference may start only where one starts
    for k in where_in(tokens, lengths, local_lengths, low, plurals):
        if k < i:
            continue
        i = k
        token = tokens[k]
        hit = table.match(tokens, i) if token in lengths or token in local_lengths else None
        if hit is None:
            plural = plural_at(tokens, low, i, pair) if pair and low[i] in PLURAL_STARTS else 0
            if plural and len({m.actor for m in found} - set(pair)) < 2:  # else "both" means others here
                found.append(Mention(i, i + plural, table.pair[0], False, quoted=quoted[i], others=table.pair[1:]))
                i += plural
            else:
                i += 1
            continue
        length, meaning = hit
        start, end = i, i + length
        i = end
        mention = _mention(tokens, low, gaps, quoted, start, end, meaning, date)
        if mention is not None:
            found.append(mention)
    return _merged(found, tokens, low, table) if found else found


def _merged(found: list[Mention], tokens: list[str], low: list[str], table: NameTable) -> list[Mention]:
    """The names found (at least one), titles and branches merged, descriptions left out."""
    merged = merge_titles(found, low) if len(found) > 1 else found
    kept: list[Mention] = []
    for n, m in enumerate(merged):
        after = merged[n + 1] if n + 1 < len(merged) else None
        if m.actor not in table.states or not _describes(m, after, low):
            kept.append(m)
        elif after is not None and after.start == m.end:
            after.start = m.start  # "the Palestinian Islamic Jihad movement": one name
    merged = kept
    if len(merged) > 1:  # a network describing the next, or a body where the one before is posted: two at least
        merged = [
            m
            for n, m in enumerate(merged)
            if not _network_of(m, merged[n + 1] if n + 1 < len(merged) else None, tokens, table.states)
            and not _posted_to(m, merged[n - 1] if n else None, low, table.states)
        ]
    _office_owners(merged, low)
    if table.branches and len(merged) > 1:  # a branch is named by two mentions
        merged = merge_branches(merged, low, table.branches)
    return merged


def _assign_preps(merged: list[Mention], low: list[str]) -> None:
    """The preposition each mention hangs on, shared along a list where the first's governs the rest."""
    for n, mention in enumerate(merged):
        mention.prep = governing_prep(low, mention.start)
        if mention.prep is None and (comma := _comma_before_naming(mention, low)) > 0:
            mention.prep = _group_prep(low, comma - 1)  # "by fighters from the ISIL-linked group, ISWAP,"
        if mention.hyphen_pair is not None and mention.hyphen_pair.end < mention.start:
            mention.prep = mention.hyphen_pair.prep  # "on a joint US-Syrian patrol": both halves hang on "on"
        elif mention.prep is None and n and merged[n - 1].prep in CLAUSE_PREPS and _joined(merged[n - 1], mention, low):
            mention.prep = merged[n - 1].prep  # "after Canada and the United States accused": one clause's subjects
        elif mention.prep is None and n and merged[n - 1].prep == "between" and _joined(merged[n - 1], mention, low):
            mention.prep = "between"  # "cooperation between North Korea and Russia": both hang on "between"
        elif mention.prep is None and n and merged[n - 1].prep in SHARED_PREPS:
            between = low[merged[n - 1].end : mention.start]  # "alongside the Ethiopian army and Eritrean forces"
            if between and between[-1] == "and" and all(w in FORCES for w in between[:-1]):
                mention.prep = merged[n - 1].prep


def _comma_before_naming(mention: Mention, low: list[str]) -> int:
    """Where the comma is when a mention names, in apposition, the group noun before it ('the ISIL-linked group,
    ISWAP,', 'the nation's largest rebel group, the MILF,'); else -1."""
    closed = mention.end >= len(low) or low[mention.end] in (",", ".", ")", ";")
    comma = mention.start - 1 - (low[mention.start - 1 : mention.start] == ["the"])
    return comma if closed and comma > 1 and low[comma] == "," and low[comma - 1] in GROUP_HEADS else -1


def _group_prep(low: list[str], head: int) -> str | None:
    """The preposition a group noun at `head` hangs on, past its determiner and adjectives: 'from the ISIL-linked
    group'."""
    for j in range(head - 1, max(-1, head - GROUP_NOUN_WORDS - 1), -1):
        if low[j] in PREPOSITIONS:
            return low[j]
        if not (low[j].isalpha() or low[j] in "-'" or low[j] in POSSESSIVE):  # "the nation's largest rebel group"
            return None
    return None


def _joined(first: Mention, second: Mention, low: list[str]) -> bool:
    """Whether only 'and' (with articles) stands between two mentions: 'Canada and the United States'."""
    between = low[first.end + first.possessive : second.start]
    return "and" in between and all(w == "and" or w in DETERMINERS for w in between)


# capitalised words after a state's name or adjective that make the whole a company's name: "Turkish Airlines"
COMPANY_HEADS = frozenset({"Airlines", "Airways", "Telecom", "Corporation", "Corp", "Inc", "Ltd", "Motors", "Holdings"})
# capitalised words after a state's name that make the whole a movement's name: "the Sudan Liberation Movement"
NAMED_MOVEMENTS = frozenset({"Liberation", "Resistance", "Salvation", "Freedom"})
# capitalised nouns after a place that make the two one document's name: "the Ankara Declaration"
NAMED_DOCUMENTS = frozenset(
    {"Declaration", "Accord", "Accords", "Agreement", "Agreements", "Process", "Format", "Protocol", "Formula"}
    | {"Communique", "Communiqué", "Charter", "Memorandum"}
)


def _longer_name(tokens: list[str], end: int) -> bool:
    """Whether the capitalised word at `end` makes the name before it part of a document's or a company's name: 'a
    breach of the Ankara Declaration', 'the Minsk Agreements', 'Turkish Airlines', 'Kuwait Petroleum Corporation'
    (not 'the Russian Oil Ministry')."""
    word = tokens[end]
    return word in NAMED_DOCUMENTS or (
        word in COMPANY_HEADS and tokens[end + 1 : end + 2] not in (["Ministry"], ["Minister"])
    )


def _mention(
    tokens: list[str],
    low: list[str],
    gaps: list[bool],
    quoted: list[bool],
    start: int,
    end: int,
    meaning: Name,
    date: str | None,
) -> Mention | None:
    """One name's mention with what its neighbours say, or None when the name does not stand for its actor here."""
    n = len(tokens)
    if meaning.actor == NO_ACTOR or not meaning.holds_on(date):
        return None  # a company's name, a person out of office, a state before it was founded
    if meaning.person and _not_the_holder(tokens, low, start, end):
        return None
    before = low[start - 1] if start else ""
    ethnic_group = before == "ethnic" and end - start > 1  # "the ethnic Arakan Army": a group's name, not a people
    if (before in NOT_ACTOR_PREFIX and not ethnic_group) or (
        before in HYPHENS and start >= 2 and low[start - 2] in NOT_ACTOR_PREFIX
    ):
        return None
    if before in HYPHENS and start >= 2 and not gaps[start - 1] and not gaps[start] and tokens[start - 2].islower():
        return None  # the tail of a longer name: "Tehreek-i-Taliban", "Lashkar-e-Taiba"
    if meaning.bare and _qualified(tokens, low, start):
        return None
    mention = Mention(start, end, meaning.actor_on(date), meaning.person, quoted=quoted[start])
    acronym = end + 1 < n and tokens[end + 1].isupper() and len(tokens[end + 1]) > 1  # "BIFF-KF": a faction's name
    if end + 1 < n and tokens[end] in HYPHENS and not gaps[end] and not gaps[end + 1] and not acronym:
        mention.compound = low[end + 1]
        if mention.compound in NOT_AGENT_SUFFIXES:
            return None
    if end + 1 < n and low[end] in POSSESSIVE and low[end + 1] in RELATIONAL:
        return None  # "Burkina Faso's neighbours" are not Burkina Faso
    if end < n and _longer_name(tokens, end):
        return None  # "the Ankara Declaration", "Turkish Airlines": a document's or a company's name, no actor
    if end + 1 < n and tokens[end] in NAMED_MOVEMENTS and tokens[end + 1][:1].isupper():
        return None  # "the Sudan Liberation Movement", "the Kosovo Liberation Army": a movement's name, no state
    if end < n and (low[end] in POSSESSIVE or (tokens[end] in ("'", "’") and tokens[end - 1].endswith("s"))):
        mention.possessive = True
    return mention


def _not_the_holder(tokens: list[str], low: list[str], start: int, end: int) -> bool:
    """Whether a personal name stands for someone out of office ('former President X') or someone else."""
    return any(w in FORMER_HOLDER for w in low[max(0, start - 3) : start]) or (
        end - start == 1 and someone_else(tokens, low, end)
    )


def _qualified(tokens: list[str], low: list[str], start: int) -> bool:
    """Whether the word before a bare noun says whose it is: 'Kenyan soldiers', 'rebel troops', 'its police'."""
    if start == 0:
        return False
    word = low[start - 1]
    capital = tokens[start - 1][:1].isupper() and word not in UNQUALIFYING
    return capital or word in FORCE_QUALIFIERS or word in POSSESSIVE


def _network_of(mention: Mention, after: Mention | None, tokens: list[str], states: frozenset[str]) -> bool:
    """Whether a transnational network only describes the group named next: 'an al Qaeda affiliate, JNIM, claimed',
    'Al-Qaeda-linked jihadists from the Group for the Support of Islam and Muslims (JNIM)'."""
    if mention.actor not in NETWORKS or after is None or after.actor in states or after.person:
        return False
    k = mention.end
    if mention.compound in NETWORK_LINKS:
        k += 2  # "-linked"
    elif k < len(tokens) and tokens[k].lower() in BRANCH_NOUNS:
        k += 1  # "affiliate"
    else:
        return False
    if after.start - k > NETWORK_GAP:
        return False
    return all(
        tokens[j][:1].isupper() or tokens[j].lower() in NETWORK_FILLERS or tokens[j - 1] in NAME_JOINERS
        for j in range(k, after.start)
    )  # "Jama'a": a name's lower-case part after its apostrophe


def _posted_to(mention: Mention, before: Mention | None, low: list[str], states: frozenset[str]) -> bool:
    """Whether a body's name only says where a state's envoy is posted: 'Russia's UN envoy', 'the Qatari EU
    ambassador' (the envoy speaks for the state, not for the body)."""
    if before is None or before.actor not in states or mention.actor in states:
        return False
    adjacent = before.end + before.possessive == mention.start
    return adjacent and mention.end < len(low) and low[mention.end] in POSTING_TITLES


def _describes(mention: Mention, after: Mention | None, low: list[str]) -> bool:
    """Whether a state's adjective only describes an armed group: 'the Palestinian group Hamas', 'the Lebanese
    militant group Hezbollah', 'the Palestinian resistance group', 'the Palestinian Islamic Jihad movement' name the
    group, not Palestine or Lebanon."""
    if mention.end - mention.start != 1 or mention.possessive:
        return False
    adjacent = after is not None and after.start == mention.end and not after.person
    name = low[mention.end : after.end + 1] if after is not None and adjacent else []  # the name and the word after
    if any(w in GROUP_HEADS for w in name):
        return True  # a movement's name: "the Palestinian Islamic Jihad movement"
    k = mention.end
    while k < len(low) and k - mention.end < 3 and low[k] in DESCRIBING:
        k += 1
    if k >= len(low) or low[k] not in GROUP_HEADS:
        return False
    between = low[mention.end : after.start] if after is not None else []
    named = bool(between) and all(w in GROUP_DESCRIPTORS or w in DESCRIBING for w in between)
    return named or k > mention.end  # "the Palestinian resistance group": a described group, no state


def _office_owners(found: list[Mention], low: list[str]) -> None:
    """'the Spanish prime minister's remarks': the state's adjective and its office own what follows, as one
    possessive mention."""
    starts = {m.start for m in found}
    for mention in found:
        if mention.possessive or mention.compound:
            continue
        k = mention.end
        while k < len(low) and k - mention.end < OFFICE_SPAN and low[k] in OFFICE_WORDS and k not in starts:
            k += 1
        if mention.end < k < len(low) and low[k] in POSSESSIVE:
            mention.end = k
            mention.possessive = True


def merge_titles(found: list[Mention], low: list[str]) -> list[Mention]:
    """Russian President Vladimir Putin -> one mention of RUS, from the first word to the last."""
    merged: list[Mention] = []
    for mention in found:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.actor == mention.actor
            and not last.compound
            and 0 <= mention.start - last.end <= 4
            and all(w in TITLE_WORDS or w in POSSESSIVE or w in TITLE_GLUE for w in low[last.end : mention.start])
        ):
            last.end = mention.end
            last.person = last.person or mention.person
            last.possessive = mention.possessive
            last.compound = mention.compound
            continue
        merged.append(mention)
    return merged


def merge_branches(found: list[Mention], low: list[str], branches: Mapping[tuple[str, str], str]) -> list[Mention]:
    """'the Islamic State in Mozambique', 'Islamic State's Mozambique province', 'the Mozambique branch of the
    Islamic State' -> one mention of the lexicon's branch of that group based in that state."""
    out: list[Mention] = []
    k = 0
    while k < len(found):
        a = found[k]
        b = found[k + 1] if k + 1 < len(found) else None
        if b is not None:
            gap = low[a.end : b.start]
            if gap and gap[-1] == "the":
                gap = gap[:-1]
            owned = len(gap) == 1 and gap[0] in POSSESSIVE and _branch_noun(low, b.end)  # "IS's Mozambique province"
            if (a.actor, b.actor) in branches and (gap in (["in"], ["of"]) or owned):  # "IS in Mozambique"
                b.start, b.actor, b.person = a.start, branches[(a.actor, b.actor)], False
                b.end += 1 if owned else 0
                out.append(b)
                k += 2
                continue
            if (b.actor, a.actor) in branches and _branch_noun(low, a.end) and gap[1:] == ["of"]:
                b.start, b.actor, b.person = (
                    a.start,
                    branches[(b.actor, a.actor)],
                    False,
                )  # "the Mozambique branch of IS"
                out.append(b)
                k += 2
                continue
        out.append(a)
        k += 1
    return out


def _branch_noun(low: list[str], i: int) -> bool:
    return i < len(low) and low[i] in BRANCH_NOUNS


def mentions_in(text: str, table: NameTable, date: str | None = None) -> list[Mention]:
    """The actors named in a plain sentence not read for frames (no quotation or spacing detail needed)."""
    tokens = tokens_of(text)
    low = list(lowered(text))
    return find_mentions(tokens, low, [True] * len(tokens), [False] * len(tokens), table, date)


def actors_in(text: str, table: NameTable, date: str | None = None) -> list[str]:
    """The actors of `mentions_in(text, table, date)`, in order (the prepositions, which change none, not read)."""
    tokens = tokens_of(text)
    return [
        m.actor for m in _names(tokens, list(lowered(text)), [True] * len(tokens), [False] * len(tokens), table, date)
    ]


def expanded(members: list[Mention]) -> list[Mention]:
    """Mentions with a plural reference ("the two countries") spread into one mention per actor it stands for."""
    if not any(m.others for m in members):
        return members
    out = []
    for m in members:
        out.append(m)
        out.extend(replace(m, actor=other, others=()) for other in m.others)
    return out
