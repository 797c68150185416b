"""The preposition an actor's phrase hangs on (graphx.extract.prepositions), past what may stand between."""

from __future__ import annotations

import pytest

from graphx.extract.prepositions import governing_prep
from graphx.lexicon import TOKEN


def prep_of_last_word(text: str) -> str | None:
    low = [t.lower() for t in TOKEN.findall(text)]
    return governing_prep(low, len(low) - 1)


@pytest.mark.parametrize(
    ("text", "prep"),
    [
        ("the attack on Ukraine", "on"),
        ("at the 73rd session of the UN", "of"),
        ("an attack by suspected members of ISWAP", "by"),  # the members act for the group
        ("condemnation from fighters of ISWAP", "from"),
        ("an attack by suspected ISWAP", "by"),
        ("an attack on members of ISWAP", "of"),  # the attacked, not the attackers
        ("fire from masked gunmen of ISWAP", "from"),
        ("fire from masked gunmen, suspected to be part of ISWAP", "from"),  # a guess at whose members they are
        ("fire from gunmen of the notorious ISWAP", "from"),
        ("the release of members of ISWAP", "of"),
        ("condemnation from several countries, including Qatar", "from"),  # a list under a plural of states
        ("condemnation from several Arab countries, including Qatar", "from"),
        ("Last month, 14 countries, including Qatar", None),  # a list in a subject is a subject
        ("support for allies including Kenya", "for"),
        ("mediators including Qatar", "including"),  # no plural of states: the list's own word
        ("talks in the Caribbean island of Barbados", "in"),  # a venue
        ("remarks attributed to Iran", "by"),
        ("the junta in Mali", None),  # the state itself
        ("fighting in alliance with Hamas", "alongside"),
        ("fighting on the side of Ukraine", "alongside"),
        ("fought alongside the forces of Syria", "alongside"),
        ("fought alongside the forces of toppled president Assad", "alongside"),
        ("facilitated by the interim Afghan", "by"),  # a government for the time being is still the state's
        ("condemnation from countries like Qatar", "from"),  # a list of examples hangs on the plural's preposition
        ("The OPM blamed countries like Qatar", None),  # a list of examples in the object: the object
        ("a statement by the caretaker Pakistani", "by"),
        ("fourteen terrorists belonging to ISWAP", "of"),  # its members, as 'members of ISWAP'
        ("an attack by militants affiliated with ISWAP", "by"),  # who act for it
        ("civilians loyal to ISWAP", "to"),  # not its fighters
        ("talks brokered by regional bloc ECCAS", "by"),  # an organisation's description before its name
        ("mediated by the regional body IGAD", "by"),
        ("talks facilitated by the governments of Norway", "by"),  # a body that speaks for the state: the state acts
        ("a deal brokered by the government of Norway", "by"),
        ("the strike was condemned by the deputy foreign ministers of Norway", "by"),
        ("he spoke with the leaders of Norway", "of"),  # "of" stays where the subject and object readings know it
        ("an attack on the government of Norway", "of"),
        ("an attack by the army of Norway", "of"),  # no body that speaks for it: read as before
        ("Iran", None),
    ],
)
def test_the_preposition_a_name_hangs_on(text: str, prep: str | None) -> None:
    assert prep_of_last_word(text) == prep
