"""Generic references to a document's armed group and the state it fights: 'the rebels', 'the government'.

Reporting on an insurgency names the group once or twice and then calls it "the rebels" or "the militants",
and calls the state it fights "the government" or "the army". When one armed group clearly leads a document,
those phrases stand for it; when, besides, its base state is the state the document names most, the state
phrases stand for that state. Anything less clear is left alone: "the army" in a story about a group fighting a
foreign army is that army's, and guessing would put wrong edges in a briefing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from graphx.extract.mentions import Mention, NameTable, mentions_in
from graphx.extract.people import DATELINE, TITLE_DATELINE, dateline_state
from graphx.extract.plurals import actor_kinds
from graphx.extract.sentence import Found, Sentence
from graphx.extract.tokenised import lowered
from graphx.extract.war_words import FOREIGN_WARS
from graphx.extract.words import POSSESSIVE
from graphx.lexicon import Lexicon, Name

# what stands for the document's armed group after "the"
GROUP_REFERENCES: tuple[str, ...] = (
    "rebels",
    "insurgents",
    "militants",
    "separatists",
    "jihadists",
    "rebel group",
    "insurgent group",
    "militant group",
    "armed group",
    "separatist group",
    "rebel movement",
    "militia",
    "group",
    "movement",
    "outfit",
    "militant outfit",
    "terrorist group",
    "terror group",
    "jihadist group",
    "Islamist group",
    "Islamist movement",
    "guerrillas",
    "guerrilla group",
    "paramilitary group",
    "paramilitaries",
    "faction",
    "armed faction",
    "terrorist organisation",
    "terrorist organization",
    "attackers",  # "the attackers were gunned down by security forces": the group that attacked
    "assailants",
)
# what stands for the state the group fights, after "the" (or alone, for "government forces")
STATE_REFERENCES: tuple[str, ...] = (
    "government",
    "army",
    "military",
    "junta",
    "armed forces",
    "security forces",
    "National Guard",  # "an ambush by the cartel on the National Guard"
    "national guard",
)
# what stands for the lead group's base state even when the document names another state more: a junta rules
# the state the group fights ("talks between the TNLA and the military junta, facilitated by China")
JUNTA_REFERENCES: tuple[str, ...] = ("junta", "military junta", "military government", "ruling junta")
# the same without an article, before what the junta has: "attacked junta positions", "junta troops"
BARE_JUNTA: tuple[str, ...] = ("junta", "Junta")
# what a state ruled by soldiers is also called in stories of its war: "the regime bombed villages"
REGIME_REFERENCES: tuple[str, ...] = ("regime", "military regime")
STATE_FORCES: tuple[str, ...] = (
    "government forces",
    "government troops",
    "government soldiers",
    "government security forces",
)
# what stands for the state the group fights with no article, only when nothing qualifies it ("rebel troops",
# "Kenyan soldiers" and "its police" are someone else's): "security forces killed two militants"
BARE_FORCES: tuple[str, ...] = (
    "security forces",
    "security personnel",
    "soldiers",
    "troops",
    "police",
    "policemen",
    "police officers",
    "servicemen",
)
# a state's bodies that a later "the ministry" or "the army" refers back to: "China's foreign ministry said ... The
# ministry also dismissed ...", when the document names that body of one state only
BODY_HEADS: tuple[str, ...] = (
    "foreign ministry",
    "defence ministry",
    "defense ministry",
    "foreign office",
    "ministry",
    "army",
    "military",
    "navy",
    "junta",
    "presidency",
    "interior ministry",
    "air force",
    "border service",
    "border guard service",
    "border guards",
    "coast guard",
)
# a quick check for a body's name, each word with either case of its first letter: "[Aa]ir [Ff]orce"
_BODY = re.compile(
    r"\b(?:" + "|".join(" ".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in b.split()) for b in BODY_HEADS) + r")\b"
)
# what every text that `_BODY` finds a body in holds: a body's last word past its first letter (a cheaper test first)
_BODY_ENDINGS = tuple(sorted({body.split()[-1][1:] for body in BODY_HEADS}))
_BODY_WORDS = tuple((body, body.split()) for body in BODY_HEADS)  # each body's name and its words
# the ministries a dateline owns when no sentence names a state's ministry
DATELINE_BODIES = (
    "Ministry of Foreign Affairs",
    "Foreign Ministry",
    "foreign ministry",
    "MOFA",
    "Ministry of Defence",
    "Ministry of Defense",
    "Defence Ministry",
    "Defense Ministry",
    "defence ministry",
    "defense ministry",
)
LEAD_MARGIN = 2  # the lead group is named at least this many times as often as any other group
# a generic reference in two patterns: 'the rebels', 'the regime' ... and the bare 'troops', 'junta' ...; the first
# opens with its letter, not a word boundary, so that the engine looks only where a 'T' or 't' stands (no word
# character before it: a word boundary all the same)
_GENERIC_THE = re.compile(
    r"[Tt](?<!\w[Tt])he (?:" + "|".join(GROUP_REFERENCES + STATE_REFERENCES + BODY_HEADS + REGIME_REFERENCES) + r")\b"
)
# fighters named by the people a group is named after: "the Tamil militants", "the Karen rebels"
QUALIFIED_FIGHTERS: tuple[str, ...] = ("rebels", "insurgents", "militants", "separatists", "guerrillas")
_QUALIFIED = re.compile(r"\b(?:[Tt]he )?[A-Z][a-z]+ (?:" + "|".join(QUALIFIED_FIGHTERS) + r")\b")
# endings of a people's adjective past the stem the group's name shares: "Kurdish" and "Kurdistan", "Houthi"
PEOPLE_ENDINGS = ("ish", "ian", "ese", "i")
PEOPLE_STEM = 4  # the shortest stem compared: "Kurd"
_GENERIC_BARE = re.compile(
    r"\b(?:(?i:" + "|".join(STATE_FORCES + BARE_FORCES) + r")|(?:" + "|".join(BARE_JUNTA) + r"))\b"
)


_LOCATED = re.compile(r"[Tt](?<!\w[Tt])he (?:" + "|".join(STATE_REFERENCES) + r")\b")  # 'the' at a word boundary

MentionsOf = Callable[[int], list[Mention]]  # the mentions (`mentions_in`, read only) of a document's sentence by index


def lead_group(pieces: Sequence[Sentence], lexicon: Lexicon) -> str | None:
    """The armed group a document is about: the only one named, or named far more often than any other."""
    counts = Counter(m.actor for p in pieces for m in p.mentions if _kind(lexicon, m.actor) == "group")
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[1][1] * LEAD_MARGIN > ranked[0][1]):
        return None
    return ranked[0][0]


def home_of(group: str, pieces: Sequence[Sentence], lexicon: Lexicon, named: Sequence[str] | None = None) -> str | None:
    """The group's base state when it is the state the document names most (strictly), or when the document's
    readings name no state at all ('eight militants of the banned Lashkar-e-Islam were killed in clashes with
    security forces in Tirah Valley') and the whole document (`named`: its actors) names no other state, else
    None."""
    info = lexicon.actors.get(group)
    base = info.base if info is not None else None
    counts = Counter(m.actor for p in pieces for m in p.mentions if _kind(lexicon, m.actor) == "state")
    if not counts:
        others = [a for a in named or () if _kind(lexicon, a) == "state" and a != base]
        return base if named is not None and not others else None
    ranked = counts.most_common(2)
    if base is None or not ranked or ranked[0][0] != base or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return base


def junta_names(
    group: str, lexicon: Lexicon, named: Sequence[str] = (), date: str | None = None
) -> dict[tuple[str, ...], Name]:
    """'the junta', 'the military government' for the lead group's base state, unless the document names another
    state ruled by soldiers (a JNIM story set in Burkina Faso: its junta is Burkina Faso's), when that one is it
    if it is the only one."""
    info = lexicon.actors.get(group)
    base = info.base if info is not None else None
    ruled = {a for a in named if a != base and a in lexicon.actors and lexicon.actors[a].ruled_by_soldiers(date)}
    state = (next(iter(ruled)) if len(ruled) == 1 else None) if ruled else base
    if state is None:
        return {}
    info = lexicon.actors.get(state)
    return _junta_names_of(state, info is not None and info.ruled_by_soldiers(date))


def _junta_names_of(state: str, ruled: bool) -> dict[tuple[str, ...], Name]:
    """'the junta', 'junta troops' (and, for a state ruled by soldiers then, 'the regime') standing for `state`."""
    phrases = JUNTA_REFERENCES + (REGIME_REFERENCES if ruled else ())
    names = {(article, *phrase.split()): Name(state) for phrase in phrases for article in ("the", "The")}
    return names | {(word,): Name(state) for word in BARE_JUNTA}


def shared_junta(pieces: Sequence[Sentence], lexicon: Lexicon, date: str | None = None) -> dict[tuple[str, ...], Name]:
    """'the junta', 'the regime' for the state ruled by soldiers that every armed group the document names is based
    in, when it names several and none leads, and names that state and no other ruled by soldiers: 'the KNLA and the
    DKBA ... in Myanmar ... junta troops' are Myanmar's."""
    groups = {m.actor for p in pieces for m in p.mentions if _kind(lexicon, m.actor) == "group"}
    bases = {lexicon.actors[g].base for g in groups}
    base = next(iter(bases)) if len(groups) > 1 and len(bases) == 1 else None
    info = lexicon.actors.get(base) if base is not None else None
    if base is None or info is None or not info.ruled_by_soldiers(date):
        return {}
    states = {m.actor for p in pieces for m in p.mentions if _kind(lexicon, m.actor) == "state"}
    others = {a for a in states - {base} if lexicon.actors[a].ruled_by_soldiers(date)}
    if others or base not in states:
        return {}  # "JNIM and ISSP ... in Niger": Niger's junta, not Mali's; the base never named: whose is unsure
    return _junta_names_of(base, ruled=True)


def fights_abroad(group: str, home: str | None, found: Sequence[Found], lexicon: Lexicon) -> bool:
    """Whether the lead group's war is with another state than its home (the Houthis and Israel, Hezbollah and
    Israel): it is one of the groups known to fight abroad, or the document's readings pair it in conflict with a
    state other than its home state. Its bare 'troops' may then be that state's."""
    if group in FOREIGN_WARS:
        return True
    for f in found:
        if f.type == "conflict" and group in f.parties:
            other = next((p for p in f.parties if p != group), None)
            if other is not None and other != home and _kind(lexicon, other) == "state":
                return True
    return False


def generic_names(group: str, state: str | None, bare: bool = True) -> dict[tuple[str, ...], Name]:
    """The token sequences that stand for the group (and for its state, when known) in this document."""
    names: dict[tuple[str, ...], Name] = {}
    for phrases, actor in ((GROUP_REFERENCES, group), (STATE_REFERENCES, state)):
        if actor is None:
            continue
        for phrase in phrases:
            for article in ("the", "The"):
                names[(article, *phrase.split())] = Name(actor)
    if state is not None:
        for phrase in STATE_FORCES:
            words = phrase.split()
            names[tuple(words)] = Name(state)
            names[(words[0].capitalize(), *words[1:])] = Name(state)
        for phrase in BARE_FORCES if bare else ():
            words = phrase.split()
            names[tuple(words)] = Name(state, bare=True)
            names[(words[0].capitalize(), *words[1:])] = Name(state, bare=True)
    return names


def body_owners(
    sentences: Sequence[str], table: NameTable, lexicon: Lexicon, mentions_of: MentionsOf | None = None
) -> tuple[dict[tuple[str, ...], Name], dict[int, dict[tuple[str, ...], Name]]]:
    """'the ministry', 'the army' for the one state whose ministry or army the document names ('China's foreign
    ministry', 'the Sudanese army'); and, by sentence, for a body the document names for two states, the state whose
    body the sentences before named last ('Armenia's defence ministry said ... The ministry accused ...').
    `mentions_of`: a sentence's `mentions_in` under `table`, by its index, if the caller has them."""
    names: dict[tuple[str, ...], Name] = {}
    recent: dict[int, dict[tuple[str, ...], Name]] = {}
    for head, namings in _body_namings(sentences, table, lexicon, mentions_of).items():
        owners = {state for _, state in namings}
        if len(owners) == 1:
            for article in ("the", "The"):
                names[(article, *head.split())] = Name(next(iter(owners)))
            continue
        phrase = re.compile(r"\b[Tt]he " + re.escape(head) + r"\b")
        for index, text in enumerate(sentences):
            last = max((at for at, _ in namings if at < index), default=None)
            states = {state for at, state in namings if at == last}
            if len(states) == 1 and phrase.search(text):  # not when the last naming names two states' bodies
                for article in ("the", "The"):
                    recent.setdefault(index, {})[(article, *head.split())] = Name(next(iter(states)))
    return names, recent


def dateline_bodies(sentences: Sequence[str], table: NameTable, lexicon: Lexicon) -> dict[tuple[str, ...], Name]:
    """A ministry the story never ties to a state stands for its dateline's when the datelined sentence opens with
    it: 'TAIPEI (Taiwan News) - The Ministry of Foreign Affairs denounced Somalia's decision'; not 'BANGKOK - Myanmar's
    government ... The foreign ministry ...', nor when any sentence names some state's ministry."""
    lead = next((m for text in sentences[:3] if (m := DATELINE.match(text) or TITLE_DATELINE.match(text))), None)
    rest = lead.string[lead.end() :] if lead is not None else ""
    at = min((i for body in DATELINE_BODIES if (i := rest.find(body)) >= 0), default=-1)
    home = dateline_state(sentences[:3], table, actor_kinds(lexicon)) if at >= 0 else None
    if home is None or {m.actor for m in mentions_in(rest[:at], table)} - {home}:
        return {}  # "SEOUL - North Korea said its foreign ministry ...": another state's (not "(Taiwan News) -")
    if any(head.endswith("ministry") for head in _body_namings(sentences, table, lexicon)):
        return {}
    return {tuple(body.split()): Name(home) for body in DATELINE_BODIES}


def _body_namings(
    sentences: Sequence[str], table: NameTable, lexicon: Lexicon, mentions_of: MentionsOf | None = None
) -> dict[str, list[tuple[int, str]]]:
    """By body ('foreign ministry', 'ministry', 'army'), the sentences that name it with its state, in order."""
    namings: dict[str, list[tuple[int, str]]] = {}
    for index, text in enumerate(sentences):
        if not any(map(text.__contains__, _BODY_ENDINGS)) or not _BODY.search(text):
            continue
        low = list(lowered(text))
        for mention in mentions_of(index) if mentions_of is not None else mentions_in(text, table):
            if _kind(lexicon, mention.actor) != "state":
                continue
            at = mention.end + (1 if mention.end < len(low) and low[mention.end] in POSSESSIVE else 0)
            if mention.person:  # "Sudan's army chief Burhan", "the Sudanese army chief": the title's body
                at = mention.start + 1 + (low[mention.start + 1 : mention.start + 2] in (["'s"], ["’s"]))
            head = next((h for h, words in _BODY_WORDS if low[at : at + len(words)] == words), None)
            if head is not None:
                namings.setdefault(head, []).append((index, mention.actor))
                if head.endswith("ministry") and head != "ministry":
                    namings.setdefault("ministry", []).append((index, mention.actor))
    return namings


def located_forces(
    sentences: Sequence[str], table: NameTable, lexicon: Lexicon, mentions_of: MentionsOf | None = None
) -> dict[str, list[int]]:
    """Sentences where 'the army' or 'the government' is the one state the sentence places things in, by state:
    'fighting in Myanmar's Rakhine state between the army and the Arakan Army' (no other state named);
    `mentions_of` as for `body_owners`."""
    out: dict[str, list[int]] = {}
    for index, text in enumerate(sentences):
        if " in " not in text or not _LOCATED.search(text):
            continue
        mentions = mentions_of(index) if mentions_of is not None else mentions_in(text, table)
        states = {m.actor for m in mentions if _kind(lexicon, m.actor) == "state"}
        places = {m.actor for m in mentions if m.prep == "in" and not m.person and m.actor in states}
        if len(places) == 1 and states == places:
            out.setdefault(next(iter(places)), []).append(index)
    return out


def located_names(state: str) -> dict[tuple[str, ...], Name]:
    """'the army', 'the military', 'the government' ... standing for `state`."""
    return {(article, *phrase.split()): Name(state) for phrase in STATE_REFERENCES for article in ("the", "The")}


def referring(sentences: Sequence[str], names: Mapping[tuple[str, ...], Name]) -> list[int]:
    """The sentences that hold one of the generic references (checked by pattern first, cheaply)."""
    if not names:
        return []
    return [
        i
        for i, text in enumerate(sentences)
        if _GENERIC_THE.search(text) or _GENERIC_BARE.search(text) or _QUALIFIED.search(text)
    ]


def qualified_names(sentences: Sequence[str], group: str, lexicon: Lexicon) -> dict[tuple[str, ...], Name]:
    """'the Tamil militants', 'the Karen rebels': fighters named by a people that the document's armed group is
    named after stand for the group, as 'the militants' does (the Liberation Tigers of Tamil Eelam, the Karen
    National Union; not 'the Druze militants' in a Hamas story)."""
    info = lexicon.actors.get(group)
    own = {w for label in (info.name, *info.aliases) for w in label.split()} if info is not None else set()
    names: dict[tuple[str, ...], Name] = {}
    for text in sentences:
        for found in _QUALIFIED.finditer(text):
            words = tuple(found.group().split())
            if _people_of(words[-2], own):
                names[words] = Name(group)
    return names


def _people_of(adjective: str, own: set[str]) -> bool:
    """Whether a people's word names the group's own people: 'Tamil' (the Liberation Tigers of Tamil Eelam),
    'Kurdish' (the Kurdistan Workers' Party), 'Houthi' (the Houthis)."""
    if adjective in own:
        return True
    stem = next((adjective[: -len(e)] for e in PEOPLE_ENDINGS if adjective.endswith(e)), adjective)
    return len(stem) >= PEOPLE_STEM and any(word.startswith(stem) for word in own)


def _kind(lexicon: Lexicon, actor: str) -> str | None:
    info = lexicon.actors.get(actor)
    return info.kind if info is not None else None
