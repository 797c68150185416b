"""Which office each person a document names holds, so that a later bare title means its holder.

"Iran's Foreign Minister Abbas Araghchi met Pakistani Prime Minister Shehbaz Sharif ... The prime minister
criticised India": 'the prime minister' is Sharif's Pakistan, not the last person named. Offices are read where
news introduces people: the title right before the name ("Prime Minister Shehbaz Sharif") or in an apposition
after it ("Abbas Araghchi, Iran's foreign minister,").
"""

from __future__ import annotations

from collections.abc import Sequence

from graphx.extract.mentions import Mention, NameTable, mentions_in
from graphx.extract.words import OFFICE_HEADS, POSSESSIVE
from graphx.lexicon import TOKEN

Office = tuple[str, ...]

# the words that narrow an office's head (OFFICE_HEADS): "prime minister", "defence minister"
OFFICE_MODIFIERS = frozenset({"prime", "foreign", "defence", "defense", "interior", "vice", "deputy"})
SPELLINGS = {"defense": "defence"}
PASSED = frozenset({"acting", "new", "current", "caretaker", "interim"})  # read past, not kept
APPOSITION_WORDS = 6  # the longest apposition read after a name: ", the country's acting foreign minister,"
APPOSITION_LEADS = frozenset({"the", "a", "an"}) | POSSESSIVE
HOMES = frozenset({"country", "nation", "kingdom", "government"})  # ", the country's foreign minister,"


def office_of(words: Sequence[str]) -> Office:
    """The office some title words name, spelled one way: ('foreign', 'minister'), ('president',)."""
    return tuple(SPELLINGS.get(w, w) for w in words if w in OFFICE_MODIFIERS or w in OFFICE_HEADS)


def offices_in(text: str, table: NameTable, date: str | None = None) -> list[tuple[Office, str]]:
    """The (office, actor) of each person a sentence introduces with a title, in order."""
    tokens = TOKEN.findall(text)
    low = [t.lower() for t in tokens]
    if OFFICE_HEADS.isdisjoint(low):
        return []
    out = []
    for mention in mentions_in(text, table, date):
        if mention.person:
            office = _title_before(low, mention) or _title_after(tokens, low, mention)
            if office:
                out.append((office, mention.actor))
    return out


def _title_before(low: list[str], mention: Mention) -> Office:
    """'Prime Minister Shehbaz Sharif', 'Pakistani Prime Minister X' (one name with its title), 'acting Foreign
    Minister X': the title words right before a name or opening it."""
    j = mention.start
    while j > 0 and (low[j - 1] in OFFICE_HEADS or low[j - 1] in OFFICE_MODIFIERS):
        j -= 1
    office = office_of(low[j : mention.end])
    return office if office and office[-1] in OFFICE_HEADS else ()


def _title_after(tokens: list[str], low: list[str], mention: Mention) -> Office:
    """', Iran's foreign minister,' / ', the foreign minister of Iran': an apposition naming the office."""
    k = mention.end
    if low[k : k + 1] != [","]:
        return ()
    words = low[k + 1 : k + 1 + APPOSITION_WORDS]
    end = next((i for i, w in enumerate(words) if w in (",", ".", "said", "says")), len(words))
    heads = [i for i, w in enumerate(words[:end]) if w in OFFICE_HEADS]
    if not heads:
        return ()
    first = heads[-1]
    while first > 0 and (words[first - 1] in OFFICE_MODIFIERS or words[first - 1] in OFFICE_HEADS):
        first -= 1
    lead = range(k + 1, k + 1 + first)
    if not all(
        low[i] in APPOSITION_LEADS or low[i] in PASSED or low[i] in HOMES or tokens[i][:1].isupper() for i in lead
    ):
        return ()  # 'X, speaking beside the foreign minister,': another person's office
    return office_of(words[first : heads[-1] + 1])


def holder(offices: Sequence[tuple[Office, str]], title: Office, antecedent: str | None) -> str | None:
    """Who a bare title stands for: the one actor whose people held that office so far; among several, the last
    person named if one of them, else the latest; with none, the last person named."""
    if not title:
        return antecedent
    generic = title == ("minister",)  # 'the minister': any minister
    actors = [a for office, a in offices if office == title or (generic and office[-1] == "minister")]
    if not actors:
        return antecedent
    if len(set(actors)) > 1 and antecedent in actors:
        return antecedent
    return actors[-1]
