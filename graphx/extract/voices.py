"""Words about who speaks for a state: a spokesperson for a body, a statement issued, a stance before a cue, the
people a state's name heads who do not speak for it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from graphx.extract.mentions import Mention
from graphx.extract.words import DETERMINERS, NOT_STATE_HEADS, OFFICE_HEADS, SPEECH, TITLE_WORDS
from graphx.lexicon import word_set as _words

# a spokesperson speaks for the body after "for"; a statement issued says what its issuer does
SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen"}) | frozenset(
    {"lawyers", "lawyer", "counsel"}  # "lawyers for Israel dismissed South Africa's case": who speaks for it
)
# "issued a statement ...", "the Security Council passed a resolution condemning ..."
STATEMENT_VERBS = frozenset({"issued", "released", "published", "posted", "sent", "put", "passed", "adopted"})
STATEMENT_NOUNS = frozenset(
    {"statement", "communique", "communiqué", "message", "readout", "note", "post", "resolution", "resolutions"}
    | {"declaration"}
)
# a document filed, whose participle says what its filer does: "X filed a lawsuit accusing Y", "X wrote a letter"
FILING_VERBS = frozenset({"filed", "lodged", "wrote", "submitted", "brought", "sent"})
FILED_NOUNS = frozenset({"letter", "letters", "complaint", "lawsuit", "case", "suit", "petition", "application"})
# what stands between "it" and the cue it heads: "X said it was ready / willing / prepared / not ready to mediate"
STANCES = _words("ready willing prepared not")
# heads after a state's name that do not speak for it: "US lawmakers", "Pakistani newspapers", "Chinese scholars"
UNOFFICIAL = _words(
    "media newspaper newspapers press scholar scholars analyst analysts lawmakers legislators senators "
    "congressmen opposition activists activist protesters critics commentators academics journalists netizens "
    "citizens residents voters students companies firms businesses"
)
# more heads after a state's name (only) that are not its voice: "a US think tank", "a Chinese rights group"
UNOFFICIAL_OF_STATES = _words(
    "think monitoring watchdog rights advocacy research ngo ngos charity charities campaigners expert experts"
)  # but "UN experts accused Y": a body's own panel speaks for it
# heads after a state's name that fight it or act for themselves, not for it: its rebels, gangs and pirates
# (`NOT_STATE_HEADS`: "Chadian rebels attacked") and its other people: "Indian fans attacked", "Russian hackers"
NON_STATE_PEOPLE = NOT_STATE_HEADS | _words(
    "guerrillas gunmen fans hackers settlers nationalists refugees players workers tourists demonstrators mob mobs "
    "crowd crowds villagers civilians supporters extremists proxies"
)
# a past tense that does not end in -ed: "X met Putin in Moscow to broker ...": Putin is met, not the subject
IRREGULAR_PAST = _words("met")
# bodies a state speaks through, named with its capital after 'in': "the parliament in Rabat described ..."
CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–", "-", "and", "but", "that", "while", '"', "“"})
LOCATED_BODIES = _words("parliament government authorities leadership regime junta ministry presidency")


def subject_preps(
    low: list[str], mention: Mention, by_end: Mapping[int, Mention], allow_object: bool
) -> tuple[str, ...]:
    """The prepositions a subject's name may follow: 'the prime minister of X', 'a spokesperson for X's foreign
    ministry', 'the parliament in Rabat', 'A statement from the Chinese foreign ministry accused'."""
    allowed = ("of", "with") if allow_object else ("of",)
    if _spoken_for(low, mention) or located_body(low, mention.start):
        return (*allowed, "for", "in")
    if _envoys_from(low, mention.start):  # "Officials from Yemen's government accused ..."
        return (*allowed, "from")
    return (*allowed, "from", "by") if statement_from(low, mention.start, by_end) else allowed


ENVOYS = frozenset({"officials", "delegates", "representatives", "envoys", "diplomats", "negotiators", "ministers"})


def _envoys_from(low: list[str], start: int) -> bool:
    """Whether a 'from' mention opens the clause after people sent by it: 'Officials from X', 'Delegates from the
    X government' (not 'a visit by officials from X')."""
    k = start - 1 - (start > 1 and low[start - 1] == "the")
    return 1 <= k <= 2 and low[k] == "from" and low[k - 1] in ENVOYS


def _spoken_for(low: list[str], mention: Mention) -> bool:
    """Whether a 'for' mention follows a spokesperson: 'a spokesperson for (the) X'."""
    k = mention.start - 1 - (mention.start > 1 and low[mention.start - 1] in DETERMINERS)
    return k > 0 and low[k] == "for" and low[k - 1] in SPOKESPEOPLE


def statement_from(low: list[str], start: int, by_end: Mapping[int, Mention] | None = None) -> bool:
    """Whether a mention at `start` issues a statement opening a clause: 'A statement from the Chinese foreign
    ministry accused ...', 'A joint statement by Egypt and Qatar condemned ...' (not 'X rejected a statement from
    Y'). `by_end` gives the mentions by where they end, to pass over the list's earlier members."""
    k = start - 1 - (start > 1 and low[start - 1] == "the")
    while by_end and k > 0 and low[k] in ("and", ",") and k in by_end:
        first = by_end[k].start
        k = first - 1 - (first > 1 and low[first - 1] == "the")
    if k < 1 or low[k] not in ("from", "by"):
        return False
    k -= k > 1 and low[k - 1] in STATEMENT_VERBS  # "A statement issued by X's foreign ministry condemned"
    if low[k - 1] not in STATEMENT_NOUNS and low[k - 1] != "statements":
        return False
    k -= 1 + (k > 1 and low[k - 2] == "joint")
    k -= k > 0 and low[k - 1] in ("a", "the", "an")
    return k == 0 or low[k - 1] in CLAUSE_MARKS


def located_body(low: list[str], start: int) -> bool:
    """Whether a mention at `start` locates a state's body opening a clause: 'The parliament in Rabat described',
    '..., the government in Kabul said' (not 'protesters outside the parliament in Tbilisi')."""
    if start < 3 or low[start - 1] != "in" or low[start - 2] not in LOCATED_BODIES or low[start - 3] != "the":
        return False
    return start == 3 or low[start - 4] in CLAUSE_MARKS


OFFICE_SPEAKER_WORDS = 4  # words of an office between its state and the speech verb: "foreign minister"


def office_speaker(low: list[str], mentions: Sequence[Mention], pronoun: int) -> str | None:
    """The state whose office holder says what 'he' or 'she' at `pronoun` did: "Oman's foreign minister said he had
    passed messages", "The Qatari prime minister said she ..." (not "Oman said he": someone else)."""
    said = pronoun - 1 - (pronoun > 1 and low[pronoun - 1] == "that")  # "said that he"
    if said < 1 or low[said] not in SPEECH:
        return None
    owner = next((m for m in reversed(mentions) if m.end <= said), None)
    if owner is None or owner.person:
        return None
    words = low[owner.end + owner.possessive : said]
    fits = 0 < len(words) <= OFFICE_SPEAKER_WORDS and words[-1] in OFFICE_HEADS
    return owner.actor if fits and all(w in TITLE_WORDS for w in words) else None


ADDRESSED_REACH = 6  # words from "to" to its addressee's name: "a letter to the members of the Security Council"
FILED_WITH = FILED_NOUNS | STATEMENT_NOUNS | {"protest", "protests"}  # what is sent to someone, or lodged with them


def addressed(low: list[str], start: int) -> bool:
    """Whether a mention at `start` is whom a letter, a statement or a complaint is sent to or lodged with: 'sent a
    letter to the members of the Security Council criticising Y', 'filed a complaint with the UN accusing Y' (no
    subject of what it says, nor an absolute clause's: 'with Islamabad accusing Kabul')."""
    prep = next((k for k in range(start - 1, max(0, start - ADDRESSED_REACH), -1) if low[k] in ("to", "with")), None)
    if prep is None or any(w in (",", ";") for w in low[prep:start]):
        return False
    noun = prep - 1 - (low[prep - 1] in ("formal", "official", "joint"))
    return noun >= 0 and low[noun] in FILED_WITH
