"""Who is who in one document: people introduced with a role and a state or group speak for it afterwards.

"Cambodian Prime Minister Hun Manet", "Thailand's acting prime minister Phumtham Wechayachai", "Taliban
spokesman Zabihullah Mujahid", "Badr Abdelatty, Egypt's foreign minister,", "X, spokesman for the Polish
president,": the full name, the surname and (for names of two or three words) the given name then stand for
that actor for the rest of the document, whether or not the lexicon knows the person.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import compress, count

from graphx.extract.mentions import NameTable
from graphx.extract.tokenised import lowered, tokens_of
from graphx.extract.words import (
    DATELINED_NAMES,
    FORMER_HOLDER,
    HONORIFICS,
    NAME_STOPWORDS,
    NOT_ACTOR_PREFIX,
    OFFICE_HEADS,
    POSSESSIVE,
    ROLE_HEADS,
    ROLE_MODIFIERS,
)
from graphx.lexicon import TOKEN, Name

_WORD = re.compile(r"[a-z]+")
NAME_WORDS = 4  # the longest personal name read
FORMER = FORMER_HOLDER | {"then"}  # "then prime minister X": not the voice of today's state either
# a dateline in title case needs its colon: 'Islamabad: Pakistan on Wednesday ...', 'Kohima, Mar 5: ...'
TITLE_DATELINE = re.compile(r"\s*(?:date \S+\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?:\s")
# a dateline: the place in capitals at the start, before a comma, bracket, dash or colon ("WARSAW, Poland —")
DATELINE = re.compile(
    r"\s*(?:date \S+\s+)?([A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+){0,2})\s*"
    r"(?:\(|–|—|-|:|,\s*[A-Z][\w.]*(?:\s+[A-Z\d][\w.]*)?\s*(?:,|–|—|-|\())"
)
HOME_TITLES = OFFICE_HEADS  # a government title with no state named: the dateline's state's
TITLE_OPENERS = frozenset(
    {",", "the", "by", "and", "said", "says", "told", "with", "to", "from", ":", "—", "–", "-", "("}
)


# states whose people news names family name first: "Lin Jian", "Kim Jong Un", "Hun Manet", "Pham Minh Chinh"
FAMILY_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK", "VNM", "KHM"})
PARTICLES = frozenset({"al", "el", "ul", "bin", "ibn", "abu", "ben"})  # joined to a surname by a hyphen


def introductions(
    sentences: Sequence[str], table: NameTable, kinds: Mapping[str, str] | None = None
) -> dict[tuple[str, ...], Name]:
    """Names that a document's role introductions make stand for an actor: full name, surname, given name; a
    minister named with no state, in a story datelined in a capital, is that state's until another state's minister
    is introduced (then a bare title could be either's)."""
    home = dateline_state(sentences[:2], table, kinds or {})
    full: dict[tuple[str, ...], str] = {}
    for text in sentences:
        if ROLE_HEADS.isdisjoint(_WORD.findall(text.lower())):
            continue
        tokens = tokens_of(text)
        low = list(lowered(text))
        for i, word in enumerate(low):
            if word in ROLE_HEADS:
                for name, actor in _introduced(tokens, low, i, table, home):
                    full.setdefault(name, actor)
                other = _actor_before(tokens, low, i, table) if home is not None else None
                if other is not None and other != home and (kinds or {}).get(other) == "state":
                    home = None  # "TEHRAN — Pakistan's foreign minister arrived ...": bare titles are ambiguous now
    return {**_known_surnames(sentences, table), **_with_short_forms(full, table)}


def _known_surnames(sentences: Sequence[str], table: NameTable) -> dict[tuple[str, ...], Name]:
    """The surnames of the people the lexicon knows whom a document names in full: 'Malaysian Prime Minister Anwar
    Ibrahim ... Ibrahim hosted ...' (unless the surname is a name of its own, not a person's: 'Xiomara Castro ...
    Castro said' is hers, not Fidel Castro's)."""
    firsts = _person_firsts(table)
    out: dict[tuple[str, ...], Name] = {}
    for text in sentences:
        if firsts.isdisjoint(text.split()):
            continue
        tokens = tokens_of(text)
        for i in compress(count(), map(firsts.__contains__, tokens)):  # where a person's first name stands
            token, hit = tokens[i], table.match(tokens, i)
            if hit is not None and hit[0] >= 2 and hit[1].person:
                forms = [(tokens[i + hit[0] - 1],)]
                if hit[1].actor in FAMILY_FIRST and hit[0] <= 3:  # "Lin Jian ... Lin said": the family name first
                    forms.insert(0, (token,))
                for surname in forms:  # another person's short form yields to the one the story names in full
                    known = table.match(list(surname), 0)
                    if _surname_only(surname[0]) and (known is None or known[1].person):
                        out.setdefault(surname, hit[1])
    return out


def _surname_only(word: str) -> bool:
    """Whether a surname can stand alone for its bearer: not a month or a word ('Theresa May' is no 'May 9')."""
    return word[:1].isupper() and len(word) > 2 and word.lower() not in NOT_SURNAMES


def _person_firsts(table: NameTable) -> frozenset[str]:
    """The first words of the lexicon's people's names of two words or more (computed once per table)."""
    key = id(table.names)
    if key not in _FIRSTS:
        _FIRSTS.clear()
        _FIRSTS[key] = frozenset(tokens[0] for tokens, name in table.names.items() if name.person and len(tokens) > 1)
    return _FIRSTS[key]


_FIRSTS: dict[int, frozenset[str]] = {}
NOT_SURNAMES = frozenset(
    {"may", "march", "june", "july", "august", "will", "rice", "brown", "white", "young", "long", "little", "king"}
)


def dateline_names(sentences: Sequence[str], table: NameTable, kinds: Mapping[str, str]) -> dict[tuple[str, ...], Name]:
    """Names that stand for the dateline's state in its stories: 'ISLAMABAD: ... the Foreign Office said'."""
    names = [n for n in DATELINED_NAMES if any(n in text for text in sentences)]
    home = dateline_state(sentences[:3], table, kinds) if names else None
    return {tuple(n.split()): Name(home) for n in names if home in DATELINED_NAMES[n]} if home else {}


def dateline_state(sentences: Sequence[str], table: NameTable, kinds: Mapping[str, str]) -> str | None:
    """The state of a story's dateline: 'WARSAW, Poland —', 'ISLAMABAD (Reuters) -', 'KYIV:', 'Islamabad:' (not an
    opening list: 'NATO, the EU and Japan condemned')."""
    for text in sentences:
        match = DATELINE.match(text) or TITLE_DATELINE.match(text)
        if match is None:
            continue
        words = TOKEN.findall(match.group(1))
        tokens = [w.capitalize() if w.isalpha() else w for w in words]
        found = table.match(tokens, 0) if tokens else None
        if (
            found is not None
            and found[0] == len(tokens)
            and not found[1].person
            and kinds.get(found[1].actor) == "state"
        ):
            return found[1].actor
    return None


def _introduced(
    tokens: list[str], low: list[str], role: int, table: NameTable, home: str | None = None
) -> list[tuple[tuple[str, ...], str]]:
    """The person a role word at `role` introduces, with the actor: 'Malaysian leader Anwar Ibrahim'; with no actor
    named, a government title in a story datelined in `home`'s capital: 'Deputy Interior Minister X'."""
    if any(w in FORMER for w in low[max(0, role - 5) : role]):
        return []  # "former prime minister X" no longer speaks for the state
    name = _name_after(tokens, low, role + 1, table)
    if not name and role + 2 < len(low) and low[role + 1] == ",":  # "the Solomon Islands prime minister, X Y,"
        name = _name_after(tokens, low, role + 2, table)
        after = role + 2 + len(name)
        name = name if after >= len(low) or low[after] in (",", ".") else ()
    if name:
        actor = _actor_before(tokens, low, role, table) or (home if _bare_title(low, role) else None)
        return [(name, actor)] if actor else []
    return _appositive(tokens, low, role, table)


def _bare_title(low: list[str], role: int) -> bool:
    """Whether a government title stands with nothing before it that could name another side: 'Deputy Interior
    Minister X said', not 'rebel leader X' or 'US envoy X'."""
    if low[role] not in HOME_TITLES:
        return False
    j = role
    while j > 0 and low[j - 1] in ROLE_MODIFIERS:
        j -= 1
    return j == 0 or low[j - 1] in TITLE_OPENERS


def _appositive(tokens: list[str], low: list[str], role: int, table: NameTable) -> list[tuple[tuple[str, ...], str]]:
    """'Badr Abdelatty, Egypt's foreign minister,' / 'Ali Rahimi, the foreign minister of Iran'."""
    j = role
    while j > 0 and low[j - 1] in ROLE_MODIFIERS:
        j -= 1
    span = _actor_span(tokens, _past_owner_mark(low, j), table)
    actor = span[1] if span else None
    if span:
        j = span[0]
    elif role + 2 < len(low) and low[role + 1] in ("of", "for"):  # "spokesman for (the) Palestinian president"
        actor = _actor_at(tokens, role + 2 + (low[role + 2] == "the" and role + 3 < len(low)), table)
    while j > 0 and (low[j - 1] in ("the", "a", "an") or low[j - 1] in ROLE_MODIFIERS):
        j -= 1  # "X, a senior Polish official": words on either side of the state
    if actor is None or j < 2 or tokens[j - 1] != ",":
        return []
    end = begin = j - 1
    while begin > 0 and end - begin < NAME_WORDS + 2:
        if _name_word(tokens[begin - 1], low[begin - 1]):
            begin -= 1
        elif tokens[begin - 1] == "-" and begin >= 2 and _name_word(tokens[begin - 2], low[begin - 2]):
            begin -= 2  # a double-barrelled name
        else:
            break
    if end - begin < 2 or table.match(tokens, begin) is not None:
        return []
    return [(tuple(tokens[begin:end]), actor)]


def _name_word(token: str, low: str) -> bool:
    return (
        token[:1].isupper()
        and low not in NAME_STOPWORDS
        and low not in ROLE_HEADS
        and low not in ROLE_MODIFIERS
        and (token.isalpha() or "-" in token or "'" in token or "’" in token)
    )


def _name_after(tokens: list[str], low: list[str], start: int, table: NameTable) -> tuple[str, ...]:
    """A personal name of two to four capitalised words at `start` that the lexicon does not know (or knows as a
    person: the story's role says whom they speak for, whatever the lexicon's dates)."""
    j = start
    while j < len(tokens) and tokens[j] in HONORIFICS:
        j += 1 + (tokens[j + 1 : j + 2] == ["."])  # "Col. Moammar Kadhafi"
    begin = j
    while j < len(tokens) and j - begin < NAME_WORDS + 2 and _name_word(tokens[j], low[j]):
        known = table.match(tokens, j)
        if known is not None and j == begin and known[1].person and known[0] >= 2:
            return tuple(tokens[j : j + known[0]])  # a known person introduced again: the role outlasts the lexicon's
        if known is not None and not (j > begin and known[1].person and known[0] == 1):  # dates for them
            return ()  # but "Ali Youssef Sharif": a surname another known person shares is still this one's
        j += 1
        if j + 1 < len(tokens) and tokens[j] == "-" and (_name_word(tokens[j + 1], low[j + 1]) or low[j + 1].isalpha()):
            j += 1  # a double-barrelled name: "Kowalczyk-Nowak", "Kim Son-gyong"
        elif j + 2 < len(tokens) and j > begin and low[j] in PARTICLES and tokens[j + 1] == "-":
            j += 2  # "Abdulmalik al-Mekhlafi": the particle and its hyphen, then the surname
    if j - begin < 2 or (j < len(tokens) and low[j] in POSSESSIVE and j - begin < 2):
        return ()
    return tuple(tokens[begin:j])


def _actor_at(tokens: list[str], i: int, table: NameTable) -> str | None:
    while i < len(tokens) and tokens[i].lower() == "the":
        i += 1
    hit = table.match(tokens, i) if i < len(tokens) else None
    return hit[1].actor if hit else None


def _past_owner_mark(low: list[str], j: int) -> int:
    """Where the owner's name ends before a role at `j`: back past its "'s", or its bare apostrophe ('The United Arab
    Emirates' Foreign Minister')."""
    bare = j > 1 and low[j - 1] in ("'", "’") and low[j - 2].endswith("s")
    return j - 1 if j > 0 and (low[j - 1] in POSSESSIVE or bare) else j


ACTOR_NAME_WORDS = 6  # the longest state's name a role follows: "the Democratic Republic of the Congo's"


def _actor_span(tokens: list[str], end: int, table: NameTable) -> tuple[int, str] | None:
    """The start and actor of the longest name that ends just before `end` ('South Sudan', not its 'Sudan')."""
    for length in range(ACTOR_NAME_WORDS, 0, -1):
        start = end - length
        if start < 0:
            continue
        hit = table.match(tokens, start)
        if hit and hit[0] == length:
            if start and tokens[start - 1].lower() in NOT_ACTOR_PREFIX:  # "US National Security Council spokesman":
                return _actor_span(tokens, start - 1, table)  # the council is the US's, not the UN's
            return start, hit[1].actor
    return None


def _actor_before(tokens: list[str], low: list[str], role: int, table: NameTable) -> str | None:
    """The state or group a role belongs to, named just before it: 'Thailand's acting prime', 'Taliban'."""
    j = role
    while j > 0 and (low[j - 1] in ROLE_MODIFIERS or low[j - 1] in ROLE_HEADS):
        j -= 1
    span = _actor_span(tokens, _past_owner_mark(low, j), table)
    return span[1] if span else None


def _with_short_forms(full: Mapping[tuple[str, ...], str], table: NameTable) -> dict[tuple[str, ...], Name]:
    """Each full name, its surname and its given name, unless two people share the short form or it names another."""
    claims: dict[tuple[str, ...], set[str]] = {}
    for name, actor in full.items():
        forms = {name, name[-1:], name[1:]}  # full name, last word, all but the given name
        if len(name) in (2, 3) or (len(name) == 4 and name[2] == "-"):
            forms.add(name[:1])
        for form in forms:
            claims.setdefault(form, set()).add(actor)
    out: dict[tuple[str, ...], Name] = {}
    for form, actors in claims.items():
        if len(actors) != 1 or form[0].lower() in NAME_STOPWORDS:
            continue
        known = table.match(list(form), 0) if len(form) == 1 else None
        if known is not None and not known[1].person:
            continue
        actor = next(iter(actors))
        out[form] = Name(actor, person=True, governs=table.governments.get(actor))  # a Taliban spokesman in 2024
    return out
