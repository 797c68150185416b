"""Short forms a document introduces in brackets: 'the Abu Sayyaf Group (ASG)', 'Kenya Defence Forces (KDF)'.

News names an actor in full once, gives its initials in brackets, and uses the initials from then on. When the
words before the bracket are a name the lexicon knows, the initials stand for the same actor in that document,
unless the lexicon already gives them to another actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from graphx.extract.mentions import NameTable
from graphx.extract.tokenised import tokens_of
from graphx.lexicon import Name

ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&\-]{0,9}\Z")  # one word of up to ten letters and digits, a capital first
NAME_SPAN = 8  # the longest name read before a bracket
# wire services credited in brackets after a place: "Kabul (AFP)", never the place's initials
NEWS_AGENCIES = frozenset(
    {
        "AFP",
        "AP",
        "UPI",
        "ANI",
        "PTI",
        "IANS",
        "APA",
        "TASS",
        "IRNA",
        "WAM",
        "SPA",
        "KUNA",
        "QNA",
        "MENA",
        "SANA",
        "BNA",
        "ONA",
        "KCNA",
        "PNA",
        "APP",
        "NAN",
        "KNA",
        "BSS",
        "UNB",
        "RIA",
        "DPA",
        "ANSA",
        "EFE",
        "BBC",
        "CNN",
        "VOA",
        "RFA",
        "RFE",
        "RFERL",
        "AA",
        "IRIB",
        "ISNA",
        "NHK",
        "CCTV",
        "CGTN",
        "WAFA",
    }
)


def bracketed_acronyms(sentences: Iterable[str], table: NameTable) -> dict[tuple[str, ...], Name]:
    """Initials in brackets after a known name, for the actor that name stands for."""
    out: dict[tuple[str, ...], Name] = {}
    for text in sentences:
        if "(" not in text:
            continue
        tokens = tokens_of(text)
        for i in range(1, len(tokens) - 2):
            short = tokens[i + 1]
            if tokens[i] != "(" or not _closed(tokens, i + 2) or not _initials(short):
                continue
            if tokens[i - 1].isupper() and len(tokens[i - 1]) > 1:
                continue  # a dateline: "PARIS (AFP) -"
            actor, start = _name_ending_at(tokens, i, table)
            if short in NEWS_AGENCIES and not _spells(tokens[start:i], short, least=2):
                continue  # "Ankara (AA)" credits the agency; "the Arakan Army (AA)" spells the group's initials
            known = table.match([short], 0)
            if actor is not None and (known is None or known[1].actor == actor or _spells(tokens[start:i], short)):
                out.setdefault((short,), Name(actor))  # "United People's Democratic Front (UPDF)": not Uganda's
            elif actor is None and known is not None and not known[1].person and known[1].actor not in table.states:
                spelled = _spelled_out(
                    tokens, i, short, table
                )  # "Ahlu Sunnah Wal Jama'a (ASWJ)": a spelling the lexicon
                if spelled:  # lacks, of a group's initials it knows (a state's "ISPR" may be another state's too)
                    out.setdefault(spelled, Name(known[1].actor))
    return out


def _spelled_out(tokens: list[str], end: int, short: str, table: NameTable) -> tuple[str, ...]:
    """The capitalised words right before token `end` whose initials are the capitals of `short`, if any; none of
    them may be a name the lexicon knows ('the NATO Response Force (NRF)' is NATO's, not another NRF)."""
    capitals = "".join(c for c in short if c.isupper())
    for start in range(max(0, end - NAME_SPAN), end):
        words = tokens[start:end]
        if not words[0][:1].isupper() or not all(w[:1].isalpha() or w in "-'’" for w in words):
            continue
        if any(table.match(tokens, k) is not None for k in range(start, end)):
            continue
        if "".join(w[0] for w in words if w[:1].isupper()) == capitals:
            return tuple(words)
    return ()


def _closed(tokens: list[str], j: int) -> bool:
    """Whether the bracket closes at token `j`, or after a suffix to the initials: '(UPDF-main)', '(ULFA-I)'."""
    if tokens[j] == ")":
        return True
    return j + 2 < len(tokens) and tokens[j] in "-–" and tokens[j + 1].isalpha() and tokens[j + 2] == ")"


def _spells(name: list[str], short: str, least: int = 3) -> bool:
    """Whether a name's capitalised words spell the capitals of `short` (at least `least` of them): the name defines
    the initials for this document, even where the lexicon gives them to another actor."""
    capitals = "".join(c for c in short if c.isupper())
    return len(capitals) >= least and "".join(w[0] for w in name if w[:1].isupper()) == capitals


def _initials(word: str) -> bool:
    """Whether a bracketed word looks like initials: two or more capitals, as in 'ASG' or 'FARDC'."""
    return ACRONYM.match(word) is not None and sum(c.isupper() for c in word) >= 2


def _name_ending_at(tokens: list[str], end: int, table: NameTable) -> tuple[str | None, int]:
    """The actor of the longest name that ends right before token `end`, not a person, and where the name starts."""
    for start in range(max(0, end - NAME_SPAN), end):
        found = table.match(tokens, start)
        if found is not None and start + found[0] == end and not found[1].person:
            return found[1].actor, start
    return None, end
