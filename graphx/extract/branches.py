"""Branches of transnational armed groups by the state they are based in: 'the Islamic State in Mozambique' is the
lexicon's Mozambique branch of the Islamic State (part_of: IS, base: MOZ), when there is exactly one such branch.

The shipped groups file records each group's `part_of` and `base`; the index keeps only groups the lexicon knows.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from graphx.extract.groups import GROUPS_FILE
from graphx.lexicon import ActorInfo

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


def branch_index(actors: Mapping[str, ActorInfo]) -> dict[tuple[str, str], str]:
    """(parent, base state) -> branch, for the pairs with exactly one branch the lexicon knows as a group."""
    found: dict[tuple[str, str], set[str]] = {}
    for branch, parent, base in _shipped_links():
        info = actors.get(branch)
        if info is not None and info.kind == "group" and parent in actors and base in actors:
            found.setdefault((parent, base), set()).add(branch)
    return {key: next(iter(ids)) for key, ids in found.items() if len(ids) == 1}
