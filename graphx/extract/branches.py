"""Branches of transnational armed groups by the state they are based in: 'the Islamic State in Mozambique' is the
lexicon's Mozambique branch of the Islamic State (part_of: IS, base: MOZ), when there is exactly one such branch.
A document that names the core group once it has named its branch means the branch ('ISIS claimed the bombing ...
ISIS-Khorasan Province, a branch of the group'), and so does a core group fighting the one state where it has a
branch ('al-Qaeda militants killed six Yemeni soldiers': AQAP).

The shipped groups file records each group's `part_of` and `base`; the index keeps only groups the lexicon knows.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from graphx.extract.groups import GROUPS_FILE
from graphx.lexicon import ActorInfo

if TYPE_CHECKING:  # sentence and mentions import this module
    from graphx.extract.mentions import NameTable
    from graphx.extract.sentence import Found
    from graphx.lexicon import Lexicon

# transnational networks whose regional branches news often names by the network's name ("ISIS claimed the
# bombing in Bajaur"); a group's factions (the Haqqanis of the Taliban, TRF of Lashkar-e-Taiba) are not meant
NETWORKS = frozenset({"IS", "ALQAEDA"})
# words that name a branch in "<state> branch of X", "X's <state> province"
BRANCH_NOUNS = frozenset({"branch", "affiliate", "province", "wing", "franchise", "chapter", "offshoot"})


@cache
def _shipped_links() -> tuple[tuple[str, str, str], ...]:
    """(branch, parent, base) for every shipped group with both a parent and a base."""
    from graphx.graph.yamlnodes import Document, read_text

    doc = Document(read_text(GROUPS_FILE, "groups file"), str(GROUPS_FILE))
    groups = doc.value.get("groups") if isinstance(doc.value, dict) else None
    out = []
    for group_id, entry in (groups or {}).items():
        if isinstance(entry, dict) and entry.get("part_of") and entry.get("base"):
            out.append((str(group_id), str(entry["part_of"]), str(entry["base"])))
    return tuple(out)


def linked(first: str, second: str) -> bool:
    """Whether one group is a branch or faction of the other in the shipped groups file (TRF of Lashkar-e-Taiba)."""
    return frozenset((first, second)) in _linked_pairs()


@cache
def _linked_pairs() -> frozenset[frozenset[str]]:
    """Each branch of the shipped groups file with its parent, as an unordered pair."""
    return frozenset(frozenset((branch, parent)) for branch, parent, _ in _shipped_links())


def branch_index(actors: Mapping[str, ActorInfo]) -> dict[tuple[str, str], str]:
    """(parent, base state) -> branch, for the pairs with exactly one branch the lexicon knows as a group."""
    found: dict[tuple[str, str], set[str]] = {}
    for branch, parent, base in _shipped_links():
        info = actors.get(branch)
        if info is not None and info.kind == "group" and parent in actors and base in actors:
            found.setdefault((parent, base), set()).add(branch)
    return {key: next(iter(ids)) for key, ids in found.items() if len(ids) == 1}


def cores_as_branches(
    found: Sequence[Found],
    named: Callable[[], Collection[str]],
    table: NameTable,
    lexicon: Lexicon,
    in_sentence: Callable[[int], Collection[str]],
) -> list[Found]:
    """The findings with a core group replaced by its branch: the one branch of it the document names (`named`
    gives the document's actors, asked only when a core group was found), else the one based in the state it is
    paired with, else, against another armed group, the one based in the only such state its sentence names
    (`in_sentence`: 'Al-Shabaab and ISIS militants clash in Somalia')."""
    branches = table.branches
    parents = {parent for parent, _ in branches} & NETWORKS
    if not any(a in parents for f in found for a in (f.source, f.target, *f.parties)):
        return list(found)
    actors = set(named())
    in_document: dict[str, str] = {}
    for parent in parents & actors:
        kids = {branch for (p, _), branch in branches.items() if p == parent and branch in actors}
        if len(kids) == 1:
            in_document[parent] = kids.pop()
    homes = {p: base for p in parents if (info := lexicon.actors.get(p)) is not None and (base := info.base)}
    return [_branched(f, parents, in_document, branches, homes, lexicon, in_sentence) for f in found]


def _branched(
    found: Found,
    parents: set[str],
    in_document: Mapping[str, str],
    branches: Mapping[tuple[str, str], str],
    homes: Mapping[str, str],
    lexicon: Lexicon,
    in_sentence: Callable[[int], Collection[str]],
) -> Found:
    """One finding with each core group replaced by its branch, when the document or the other side settles which:
    the document's branch never against the core's own home (IS fighting Syria in a story that also names ISKP
    stays IS)."""
    ends = [a for a in (found.source, found.target, *found.parties) if a]

    def branch_of(actor: str) -> str:
        if actor not in parents:
            return actor
        if actor in in_document:
            return actor if homes.get(actor) in ends else in_document[actor]
        placed = {branches[(actor, other)] for other in ends if (actor, other) in branches}
        if not placed and all(lexicon.is_group(other) for other in ends if other != actor):
            placed = {branches[(actor, s)] for s in in_sentence(found.sentence) if (actor, s) in branches}
        return placed.pop() if len(placed) == 1 else actor

    parties = tuple(branch_of(p) for p in found.parties)
    if found.type == "conflict":
        parties = tuple(sorted(parties))
    source = branch_of(found.source) if found.source else found.source
    target = branch_of(found.target) if found.target else found.target
    return replace(found, source=source, target=target, parties=parties)
