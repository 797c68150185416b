"""The names one document gives its actors, over the lexicon's: acronyms it spells out ("the Arakan Army (AA)"),
people it introduces with a role, its dateline's city, and the one reading of an ambiguous name ("Congo")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from graphx.extract.acronyms import bracketed_acronyms
from graphx.extract.mentions import NameTable, actors_in
from graphx.extract.people import dateline_names, introductions
from graphx.extract.plurals import actor_kinds
from graphx.extract.references import dateline_bodies
from graphx.lexicon import Lexicon, Name

MAOISTS = ("CPIMAOIST", "CPNMAOIST", "NPA", "SENDERO")
COMMUNIST_REBELS = MAOISTS  # not Colombia's: the FARC disbanded in 2017 and the ELN is communist too
# names the lexicon leaves out because they are ambiguous, and the actors they may stand for: a document that
# names exactly one of those actors otherwise (or its base state) means that one ("Congo" beside "Kinshasa")
AMBIGUOUS_NAMES: dict[str, tuple[str, ...]] = {
    "Congo": ("COD", "COG"),
    "Congolese": ("COD", "COG"),
    "Foreign Office": ("GBR", "PAK"),  # Britain's, and Pakistan's as its press calls it
    "Maoists": MAOISTS,  # India's insurgents, Nepal's former rebels, the Philippines' or Peru's
    "Maoist rebels": MAOISTS,
    "Maoist insurgents": MAOISTS,
    "Maoist guerrillas": MAOISTS,
    "communist rebels": COMMUNIST_REBELS,  # "the Philippine government and communist rebels": the NPA
    "communist guerrillas": COMMUNIST_REBELS,
    "communist insurgents": COMMUNIST_REBELS,
    "bandits": ("BANDITSNG",),  # in a story of Nigeria: its bandit gangs ("a bandit attack")
    "bandit": ("BANDITSNG",),
    "IRA": ("PIRA",),  # in a story of Northern Ireland: not a US tax law, a Russian troll farm or a pension
}
# the words a story must hold for an ambiguous name to take its reading, in place of the actors' other names
AMBIGUOUS_CONTEXTS: dict[str, tuple[str, ...]] = {
    "IRA": ("Northern Ireland", "Belfast", "Sinn Fein", "Sinn Féin", "Ulster", "Derry", "loyalist", "unionist"),
}
AMBIGUOUS_DEFAULTS = {"Foreign Office": "GBR"}  # the reading when the story names none or both of the actors
# the reading when the story names none of the actors: "Congo" alone is mostly the far larger DRC in news
UNNAMED_DEFAULTS = {"Congo": "COD", "Congolese": "COD"}


def document_names(sentences: Sequence[str], lexicon: Lexicon) -> tuple[NameTable, dict[tuple[str, ...], Name]]:
    """The names table of one document: the lexicon's names with the document's own (acronyms, people, dateline)."""
    table = NameTable.of(lexicon)
    local = {
        **bracketed_acronyms(sentences, table),
        **disambiguated(sentences, lexicon),
        **introductions(sentences, table, actor_kinds(lexicon)),
        **dateline_names(sentences, table, actor_kinds(lexicon)),
        **dateline_bodies(sentences, table, lexicon),
    }
    return (NameTable.of(lexicon, local) if local else table), local


def named_actors(sentences: Sequence[str], lexicon: Lexicon, date: str | None = None) -> list[list[str]]:
    """The actors each sentence of a document names, as `extract` reads them (for the ranker's training)."""
    table, _ = document_names(sentences, lexicon)
    return [actors_in(text, table, date) for text in sentences]


def disambiguated(sentences: Sequence[str], lexicon: Lexicon) -> dict[tuple[str, ...], Name]:
    """Ambiguous names ('Congo') for the one of their actors that the document names otherwise, or for their usual
    reading when it names none or several ('the Foreign Office': Britain's, unless only Pakistan is named)."""
    out: dict[tuple[str, ...], Name] = {}
    text = None
    for name, actors in AMBIGUOUS_NAMES.items():
        if not any(name in s for s in sentences):
            continue
        text = text if text is not None else "\n".join(sentences)
        if f"({name})" in text and not _spelled_out_as(text, name, actors, lexicon):
            continue  # "the Inflation Reduction Act (IRA)": the story spells it out as something else
        if name in AMBIGUOUS_CONTEXTS:
            if any(word in text for word in AMBIGUOUS_CONTEXTS[name]):
                out[tuple(name.split())] = Name(actors[0])
            continue
        named = [
            a
            for a in actors
            if a in lexicon.actors and any(alias in text for alias in lexicon.actors[a].aliases if alias != name)
        ]
        if not named:  # "eastern Congo ... the M23": the state whose armed groups the story names
            named = [a for a in actors if any(alias in text for alias in _group_aliases(lexicon).get(a, ()))]
        if not named:  # "Maoists ... Chhattisgarh state": the group whose base state the story names
            named = [a for a in actors if any(alias in text for alias in _base_aliases(lexicon, a))]
        if len(named) == 1:
            out[tuple(name.split())] = Name(named[0])
        elif name in AMBIGUOUS_DEFAULTS:  # "the Foreign Office" in a story naming both Britain and Pakistan
            out[tuple(name.split())] = Name(AMBIGUOUS_DEFAULTS[name])
        elif not named and name in UNNAMED_DEFAULTS:  # "Rwanda and Congo": no word of Brazzaville
            out[tuple(name.split())] = Name(UNNAMED_DEFAULTS[name])
    return out


def _spelled_out_as(text: str, name: str, actors: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether '(name)' in the text follows one of the actors' own names: 'the Irish Republican Army (IRA)'."""
    before = text[: text.index(f"({name})")].rstrip()
    return any(before.endswith(alias) for a in actors if a in lexicon.actors for alias in lexicon.actors[a].aliases)


def _base_aliases(lexicon: Lexicon, actor: str) -> tuple[str, ...]:
    """The names of an armed group's base state (none for a state or a group based nowhere)."""
    info = lexicon.actors.get(actor)
    base = lexicon.actors.get(info.base) if info is not None and info.kind == "group" and info.base else None
    return base.aliases if base is not None else ()


def _group_aliases(lexicon: Lexicon) -> Mapping[str, tuple[str, ...]]:
    """The names of each state's armed groups (computed once per lexicon)."""
    key = id(lexicon.actors)
    if key not in _GROUP_ALIASES:
        _GROUP_ALIASES.clear()
        by_base: dict[str, list[str]] = {}
        for info in lexicon.actors.values():
            if info.kind == "group" and info.base:
                by_base.setdefault(info.base, []).extend(a for a in info.aliases if len(a) > 2)
        _GROUP_ALIASES[key] = {base: tuple(aliases) for base, aliases in by_base.items()}
    return _GROUP_ALIASES[key]


_GROUP_ALIASES: dict[int, Mapping[str, tuple[str, ...]]] = {}
