"""Token-level helpers: quotation flags, relative clauses, verb forms, phrase windows."""

from __future__ import annotations

from functools import cache

from graphx.extract.dates import WEEKDAYS
from graphx.extract.words import (
    ANNOUNCING,
    BE,
    DETERMINERS,
    FIGHTER_NOUNS,
    HEDGES,
    HYPHENS,
    MODALS,
    PAIR_LEADS,
    POSSESSIVE,
    PREPOSITIONS,
    RELATIONAL,
    VERB_ED,
)
from graphx.lexicon import word_set
from graphx.spellings import inflections

ARTICLES = frozenset({"the", "a", "an"})
DESCRIBED_PAIR = 5  # words describing the sides before a 'between' pair: "between longstanding regional foes X and Y"
REPORTED_REACH = 12  # a speech verb this close before "would" reports it: "Ruto said on Saturday that he and ..."
# the verbs that report a clause: "X said (that) ...", "Seoul's foreign ministry said", "X said it would mediate"
REPORTING = frozenset({"said", "says", "told", "stated", "added", "announced", "reported", "confirmed", "declared"})
# what may stand between the reporting verb and the speaker's pronoun: "said on Saturday that he"
REPORTED_TIME = frozenset({"that", "on", "late", "earlier", "today", "yesterday", *WEEKDAYS})
SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})  # the speaker, reported: "X said it would mediate"
# participles after a comma that go on listing what came before: "strikes on several states, including Iran"
LISTING_PARTICIPLES = frozenset({"including", "involving", "excluding", "notably", "particularly", "especially"})
CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–"})
# people of the two sides a 'between' pair may name first: "talks between officials from X and Y"
PAIR_PEOPLE = frozenset(
    {"officials", "generals", "delegations", "delegates", "representatives", "diplomats", "envoys", "ministers"}
    | {"leaders", "commanders", "negotiators", "officers", "militaries", "armies", "forces"}
    | {"troops", "soldiers", "guards", "personnel", "units", "fighters"}  # "between border troops of the two countries"
)

# common past tenses that do not end in -ed: "made derogatory comments", "drew criticism"
PAST_IRREGULAR = frozenset(
    {"made", "gave", "took", "held", "had", "said", "told", "met", "sent", "put", "got", "brought", "drew", "won"}
    | {"threw", "struck", "led"}
)


def skip_back(low: list[str], j: int) -> int:
    """The first token at or before j that is not a determiner."""
    while j >= 0 and low[j] in DETERMINERS:
        j -= 1
    return j


def skip_back_adjectives(low: list[str], j: int) -> int:
    """The first token at or before j that is neither a determiner nor a plain adjective or noun."""
    while j >= 0 and (
        low[j] in DETERMINERS
        or (
            low[j][:1].isalpha()
            and low[j] not in PREPOSITIONS
            and low[j] not in BE
            and low[j] not in PAST_IRREGULAR  # "made derogatory comments": a verb, not an adjective
            and not VERB_ED.match(low[j])
        )
    ):
        j -= 1
        if j >= 0 and low[j] in PREPOSITIONS:
            break
    return j


def base_in(word: str, bases: frozenset[str]) -> bool:
    """Whether `word` is a form of one of the single-word verbs in `bases`."""
    return word in verb_forms(bases)


IRREGULAR = {
    "draw": {"drew", "drawn"},
    "begin": {"began", "begun"},
    "come": {"came"},
    "fight": {"fought"},
    "bear": {"bore", "borne"},
}


@cache
def verb_forms(bases: frozenset[str]) -> frozenset[str]:
    forms: set[str] = set()
    for base in bases:
        head = base.split()[0]
        forms |= inflections(head) | IRREGULAR.get(head, set())
    return frozenset(forms)


def has_phrase(window: str, phrase: str) -> bool:
    """Whether a space-joined window holds a phrase as whole words."""
    return f" {phrase} " in f" {window} "


def hyphen_compound(low: list[str], gaps: list[bool], i: int) -> bool:
    """Whether the word at i opens a hyphenated adjective: 'conflict-affected', 'war-torn' (a hyphen right after it,
    with no space on either side)."""
    return i + 2 < len(low) and low[i + 1] in HYPHENS and not gaps[i + 1] and not gaps[i + 2]


def in_hyphen_compound(low: list[str], gaps: list[bool], j: int) -> bool:
    """Whether token j is part of a hyphenated adjective: 'junta-controlled', 'military-run'."""
    return any(
        0 <= h < len(low) - 1 and low[h] in HYPHENS and not gaps[h] and not gaps[h + 1] for h in (j - 1, j, j + 1)
    )


def skip_articles(low: list[str], j: int) -> int:
    """The first position from `j` on that is not an article: 'the MNDAA', 'a militia'."""
    while j < len(low) and low[j] in ARTICLES:
        j += 1
    return j


def announced(low: list[str], j: int) -> bool:
    """Whether the modal at j announces what its subject does: 'X will host talks' (an offer made), and 'X said
    (on Saturday) that it / he and Y would help mediate', where the speaker's own 'will' is reported in the past; not
    'analysts said X would mediate' (another's guess), 'would have mediated', nor a bare 'X would mediate'."""
    if low[j] in ANNOUNCING:
        return True
    if low[j] != "would" or low[j + 1 : j + 2] in (["have"], ["likely"], ["probably"]):
        return False
    for k in range(j - 1, max(-1, j - REPORTED_REACH), -1):
        if low[k] in REPORTING:
            rest = [w for w in low[k + 1 : j] if w not in REPORTED_TIME]
            return bool(rest) and rest[0] in SPEAKER_PRONOUNS
        if low[k] in CLAUSE_BREAKS:
            return False
    return False


def participle_opener(low: list[str], pos: int, words: frozenset[str]) -> int:
    """Where the opener of the participle at `pos` starts ('after (successfully) brokering', 'while denouncing', ',
    accusing': one of `words`, past adverbs), or -1."""
    if not low[pos].endswith("ing"):
        return -1
    j = pos - 1
    while j >= 0 and low[j].endswith("ly"):
        j -= 1
    return j + 1 if j >= 0 and low[j] in words else -1


def participle_clause(low: list[str], j: int) -> bool:
    """Whether a participle clause of its own opens at j, after a comma: ', blaming Y', ', calling it' (not ', including
    Y', which goes on listing, nor the nouns of a list: 'assassination, kidnapping and harassment plots')."""
    listed = low[j + 1 : j + 2] in ([","], ["and"], ["or"], ["of"])  # "the looting, burning of villages": nouns
    return (
        j < len(low) and len(low[j]) > 5 and low[j].endswith("ing") and low[j] not in LISTING_PARTICIPLES and not listed
    )


def clause_after(low: list[str], end: int, k: int, continuing: frozenset[str] = frozenset()) -> bool:
    """Whether a clause of its own opens between `end` and `k`: a comma, then a participle (not one of `continuing`)
    or an absolute 'with' ('US strikes, blaming the tension on Y', 'the US attack, with Y describing it')."""
    return any(
        low[j] == ","
        and ((participle_clause(low, j + 1) and low[j + 1] not in continuing) or low[j + 1 : j + 2] == ["with"])
        for j in range(end, k)
    )


def supposed_before(low: list[str], comma: int) -> bool:
    """Whether the clause before `comma` is only supposed, planned or possible ('X is expected to lodge a protest,',
    'If X files a complaint,', 'X could respond,'): a participle after it is no more done than the clause."""
    for k in range(comma - 1, -1, -1):
        if low[k] in (";", ":"):
            return False
        if low[k] in MODALS or (low[k] in HEDGES and low[k] not in SAID_HEDGES) or low[k] in ("if", "unless"):
            return True
    return False


# hedges that are speech acts themselves: "X threatened to quit the talks, accusing Y of ...": the charge is made
SAID_HEDGES = word_set(
    "threatened threatens threaten threatening vowed vows promised promises pledged pledges urged urges urge called "
    "calls asked asks"
)


def past_adverbs(low: list[str], j: int) -> int:
    """The first token at or after j that is not an adverb in -ly: 'Y quickly condemned' from 'quickly'."""
    while j < len(low) and low[j].endswith("ly") and low[j].isalpha():
        j += 1
    return j


def past_pair_leads(low: list[str], k: int) -> int:
    """Where the first side of a 'between' pair starting at k is named: past articles and titles ('between the
    Thai'), 'neighbouring', and a description ending in a relation ('between nuclear-armed rivals India and ...') or
    in people from the sides ('between top generals from Russia and NATO')."""
    while k < len(low) and low[k] in PAIR_LEADS:
        k += 1
    for j in range(k, min(len(low), k + DESCRIBED_PAIR)):
        if low[j] in RELATIONAL:
            return j + 1
        if low[j] in ("from", "of") and j > k and low[j - 1] in PAIR_PEOPLE:
            return j + 1  # "a meeting between top generals from Russia and NATO"
        if not (low[j].isalpha() and low[j].islower()) and low[j] not in HYPHENS:
            break
    return k


ASKED = frozenset({"asked", "asks"})
QUESTION_TOPICS = frozenset({"about", "regarding"})
UNREAL_ACTS = frozenset({"future", "planned", "possible", "potential", "expected", "upcoming", "threatened"})
OWNER_REACH = 2  # words before a noun where its owner's "'s" stands: "Russia's war", "Israel's recent strikes"


def past_question_topic(low: list[str], start: int, pos: int) -> int:
    """Where the words before an owned noun at `pos` start once a question about it is passed: 'when asked about
    Russia's war on Ukraine' asks about a war that is fought (the index after 'about'), else `start`."""
    before = low[max(0, pos - OWNER_REACH) : pos]
    owned = any(w in POSSESSIVE for w in before) and not any(w in UNREAL_ACTS for w in before)  # "X's future war"
    asked = next((k for k in range(pos - 2, start - 1, -1) if low[k] in ASKED and low[k + 1] in QUESTION_TOPICS), -1)
    return asked + 2 if owned and asked >= 0 else start


def infinitive_object(tokens: list[str], verb: int, end: int) -> bool:
    """Whether the name ending at `end` is the object of an infinitive whose verb is at `verb`: 'to (forcibly)
    relocate Palestinians from Gaza'; not 'to allow Qatar to mediate' (its subject) nor 'due to heavy Russian shelling'
    (a noun's modifier)."""
    k = verb - 1
    while k > 0 and tokens[k].endswith("ly") and tokens[k].isalpha():
        k -= 1
    word, after = tokens[verb], tokens[end] if end < len(tokens) else ""
    modifier = after.isalpha() and after.islower() and after not in PREPOSITIONS
    if tokens[k] != "to" or after == "to" or modifier:
        return False
    return word.isalpha() and word.islower() and word not in DETERMINERS


def rest_at(low: list[str], k: int, rest: tuple[str, ...]) -> bool:
    """Whether the words of a cue after its first (`rest`) stand at `k`: 'hit' begins 'hit out at' only there."""
    return not rest or tuple(low[k : k + len(rest)]) == rest


ATTACKER_REACH = 3  # words after a dateline's dash where unnamed attackers are named: "Suicide bombers"
UNNAMED_ATTACKERS = FIGHTER_NOUNS | frozenset({"bombers", "bomber", "attackers", "assailants", "hijackers", "mob"})
DATELINE_LEAD = 3  # tokens a dateline's city may take before its country: "TASHKENT ," in "TASHKENT, Uzbekistan --"


def dashed_dateline(tokens: list[str], low: list[str], start: int, end: int) -> bool:
    """Whether the name from `start` to `end` is a dateline's place before its dash: 'TASHKENT, Uzbekistan --', 'KABUL,
    Afghanistan (AP) —' (a city and a comma at most before it, an agency in brackets at most after it)."""
    if start > DATELINE_LEAD or not all(t[:1].isupper() or t == "," for t in tokens[:start]):
        return False
    city = low[end : end + 1] == [","]
    if city:  # the city itself: "Kabul, Afghanistan --"
        end += 1
        while end < len(tokens) and end - start <= DATELINE_LEAD + 2 and tokens[end][:1].isupper():
            end += 1
    agency = low[end : end + 1] == ["("] and low[end + 2 : end + 3] == [")"]
    k = end + 3 if agency else end
    opens = k + 1 < len(tokens) and tokens[k + 1][:1].isupper()  # not "Estonia — which backs Belarus —"
    # the clause after it is done by unnamed attackers ("Suicide bombers struck"); "MANILA, Philippines — The
    # Department of Foreign Affairs condemned" is the dateline state's own body, which the place still stands for
    unnamed = bool(set(low[k + 1 : k + 1 + ATTACKER_REACH]) & UNNAMED_ATTACKERS)
    return (start > 0 or agency or city) and opens and unnamed and low[k] in ("—", "–")
