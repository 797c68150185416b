"""Words around a subject that are not its name: a dash aside, an apposition's actor, ', however,', and a title
standing for a person named before ('The minister accused Y')."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from graphx.extract.dates import WEEKDAYS
from graphx.extract.mentions import Mention
from graphx.extract.sentence import Sentence
from graphx.extract.tokens import dashed_dateline, rest_at
from graphx.extract.voices import (
    FILED_NOUNS,
    FILING_VERBS,
    NON_STATE_PEOPLE,
    STANCES,
    STATEMENT_NOUNS,
    STATEMENT_VERBS,
    UNOFFICIAL,
    UNOFFICIAL_OF_STATES,
)
from graphx.extract.words import (
    ACTOR_HEADS,
    BE,
    BOUNDARY,
    CHAIN_WORDS,
    DASHES,
    DETERMINERS,
    FORMER_HOLDER,
    HYPHENS,
    MODALS,
    OFFICE_HEADS,
    OFFICE_WORDS,
    POSSESSIVE,
    POSTING_TITLES,
    PREPOSITIONS,
    RELATIONAL,
    SPEECH,
    TITLE_WORDS,
)
from graphx.lexicon import Lexicon

APPOSITION_ENDS = frozenset({",", "—", "–"})
ISSUED_REACH = 7  # words from a statement noun to its participle: "a letter to UN chief Antonio Guterres accusing"
APPOSITION_DETERMINERS = frozenset({"a", "an", "the", "one", "as"})  # "Qatar, an ally of X,", "Y, as ASEAN chair,"
# what a state's office may name besides titles: its posting ("UN envoy") and its portfolio ("for foreign affairs")
POSTED_AT = frozenset({"un", "eu", "nato", "au", "asean", "osce", "for", "affairs"})
OFFICE_SPAN = 8  # the longest office between its owner and a relative pronoun: "X's minister of state for ..."
ASIDE_WORDS = 3  # the longest aside read past between a subject and its verb: ", for its part,"
RELATIVE_WORDS = 12  # the longest relative clause read past there: "X's prime minister, who chairs the bloc,"
SPOKESPERSON_WORDS = 8  # the longest aside naming whom a body speaks through: ", through its Foreign Minister Y Z,"
AGENTED_ASIDE_WORDS = 6  # the longest participle aside with its agent: ", backed by French and Malian jets,"
REPORTED = frozenset({"it", "they", "that"})  # what may follow a reporting verb whose subject does the reported act
DAY_WORDS = frozenset({"yesterday", "today"})  # a time in one word, between a subject and its verb
DAY_LEADS = frozenset({"on", "late", "earlier"})  # what leads a weekday there: "late on Monday"
HEAD_WORDS = 4  # the longest head an owner speaks through: "foreign ministry", "state news agency"
SUBJECT_HEAD_WORDS = 5  # the longest head between a possessive subject and its verb: "X's top diplomat"
OFFICE_SUBJECT_WORDS = 7  # an office's, past its posting and portfolio: "X's minister of state for foreign affairs"
OFFICE_HEAD_WORDS = 6  # an office's, which may name its posting or portfolio: "minister of state for foreign affairs"
TITLE_ANAPHORS = OFFICE_HEADS | {"emir", "king", "sultan"}  # 'the minister', 'the emir': one named before
CLAUSE_OPENING = frozenset(
    {",", "and", "but", "while", "when", "as", "after", '"', "“"}
)  # what may stand before a clause
SPEAKING_BODIES = frozenset({"ministry", "government", "office"})  # "the Thai foreign ministry said"
BELIEVING = frozenset({"believe", "believes", "believed", "suspect", "suspects", "suspected"})
# "the country": a state named before; the pronouns a 'that' clause reaches back with
STATE_NOUNS = frozenset({"country", "state", "nation", "kingdom", "emirate", "monarchy", "republic"})
REFERRING_BACK = frozenset({"it", "its", "they", "their", "he", "his", "she", "her", "we", "our"})
# the small words inside a name spelled out before its initials
NAME_PARTICLES = frozenset({"'", "’", "-", "a", "wa", "ul", "al", "el", "of", "the", "for", "and", "de", "du", "des"})
CHAIRS = frozenset({"chair", "chairman", "chairwoman", "chairperson"})  # "Malaysia, the ASEAN chair,": a noun
APPOSITION_WORDS = 9  # the longest apposition read: ", a shadow outfit of the banned Pakistan-based"


def dash_aside(s: Sentence, mention: Mention, pos: int) -> bool:
    """Whether a mention sits in an aside between two dashes that closes before `pos`."""
    if not any(s.low[j] in DASHES for j in range(mention.end, pos)):
        return False
    for j in range(mention.start - 1, max(-1, mention.start - 10), -1):
        if s.low[j] in DASHES:
            return True
        if s.low[j] in BOUNDARY:
            return False
    return False


def apposed_of(s: Sentence, mention: Mention, verbish: Callable[[int], bool]) -> bool:
    """Whether a mention is the 'of' object or a modifier of an apposition after another actor: 'Qatar, an ally of
    the United States,', 'Turkey, a member of NATO,', 'Qatar, a close US ally,'."""
    end = mention.end
    if s.low[end : end + 1] == ["("] and s.low[end + 2 : end + 3] == [")"]:
        end += 3  # "Kashmir Tigers, a shadow outfit of Jaish-e-Mohammad (JeM),": past the acronym
    if mention.prep is None:  # "Qatar, a close US ally,": the actor describes the apposition's noun
        end = next((e for e in range(end, min(len(s.low), end + 3)) if s.low[e] in APPOSITION_ENDS), end)
        if end == mention.end or any(verbish(e) and s.low[e] not in CHAIRS for e in range(mention.end, end)):
            return False
    elif mention.prep != "of":
        return False
    if end >= len(s.low) or s.low[end] not in APPOSITION_ENDS:
        return False
    k = mention.start - 2
    while k >= 0 and mention.start - k <= APPOSITION_WORDS and s.low[k] != ",":
        k -= 1
    if k < 1 or s.low[k] != "," or s.low[k + 1] not in APPOSITION_DETERMINERS or s.by_end.get(k) is None:
        return False
    return not any(w in OFFICE_WORDS for w in s.low[k + 2 : end])  # "X, the foreign minister of
    # Algeria,": the office X holds, whose state X speaks for


def without_aside(s: Sentence, at: list[int], verbish: Callable[[int], bool]) -> list[int]:
    """Word positions without a short aside between commas at their end: ', however,', ', for its part,', ', backed by
    French jets,'."""
    low = s.low
    tail = len(at)
    while tail > 0 and low[at[tail - 1]] in BE:
        tail -= 1  # "X's government, through its minister Y, has": the auxiliary after the aside
    at, auxiliaries = at[:tail], at[tail:]
    if len(at) < 3 or low[at[-1]] != ",":
        return at + auxiliaries
    back = max(-1, len(at) - 3 - RELATIVE_WORDS)
    opening = next((k for k in range(len(at) - 2, back, -1) if low[at[k]] == ","), None)
    if opening is None:
        return at + auxiliaries
    inside = at[opening + 1 : -1]
    if inside and low[inside[0]] in ("who", "which") and all(low[j].isalpha() or low[j] in POSSESSIVE for j in inside):
        return at[:opening] + auxiliaries  # "X's prime minister, who chairs the bloc,": a relative clause
    if _speaking_through(s, inside):
        return at[:opening] + auxiliaries
    if len(inside) > AGENTED_ASIDE_WORDS:
        return at + auxiliaries
    agented = len(inside) > 2 and verbish(inside[0]) and low[inside[1]] == "by"  # ", backed by French jets,"
    if not agented and (len(inside) > ASIDE_WORDS or any(not low[j].isalpha() or verbish(j) for j in inside)):
        return at + auxiliaries
    return at[:opening] + auxiliaries


def _speaking_through(s: Sentence, inside: list[int]) -> bool:
    """Whether an aside names who a body speaks through: ', through the Foreign Minister Mulambo Haimbe,'."""
    if not inside or s.low[inside[0]] not in ("through", "via") or len(inside) > SPOKESPERSON_WORDS:
        return False
    return all(s.low[j] in TITLE_WORDS or s.low[j] in DETERMINERS or s.tokens[j][:1].isupper() for j in inside[1:])


def title_anaphor(s: Sentence, j: int) -> int:
    """Where 'the minister' or 'the foreign minister' ending at `j` starts, when it opens a clause and no actor
    owns it (not 'the Thai minister', 'the minister of X'), else -1."""
    if s.low[j] not in TITLE_ANAPHORS or s.by_end.get(j + 1) is not None:
        return -1
    start = j
    while start > 0 and start > j - 3 and s.low[start - 1] in TITLE_WORDS and s.low[start - 1] not in ("the", "of"):
        start -= 1
    if start == 0 or s.low[start - 1] != "the" or any(s.by_end.get(k + 1) for k in range(start, j)):
        return -1
    opener = start - 2
    return start - 1 if opener < 0 or s.low[opener] in CLAUSE_OPENING or s.tokens[opener] == "." else -1


def country_office(s: Sentence, j: int, lexicon: Lexicon) -> Mention | None:
    """The state of 'the country's foreign minister' ending at `j`: the one state named before it, or the last when a
    criticism was aimed at it ('China lashed out at Germany after the country's foreign minister called Xi a
    dictator': Germany's), else None."""
    if s.low[j] not in TITLE_ANAPHORS:
        return None
    start = j
    while start > j - 3 and s.low[start - 1] in TITLE_WORDS and s.low[start - 1] not in ("the", "of"):
        start -= 1
    if start < 3 or s.low[start - 3 : start - 1] != ["the", "country"] or s.low[start - 1] not in POSSESSIVE:
        return None
    states = [m for m in s.mentions if m.end <= start - 3 and not m.person and _is_state(lexicon, m.actor)]
    if not states:
        return None
    last, before = states[-1], range(max(0, states[-1].start - 4), states[-1].start)
    aimed_at = any(
        c.type == "criticism" and rest_at(s.low, k + 1, c.rest) for k in before for c in lexicon.cues.get(s.low[k], ())
    )
    if len({m.actor for m in states}) > 1 and not (aimed_at and last.prep in (None, "at", "on", "against")):
        return None  # "Kenya, which borders Somalia, said the country's ...": not the state named last
    return Mention(start - 3, j + 1, last.actor, False)


def _is_state(lexicon: Lexicon, actor: str) -> bool:
    info = lexicon.actors.get(actor)
    return info is not None and info.kind == "state"


def past_speaking_office(low: list[str], k: int, pos: int) -> int:
    """Where the speech verb of an office that a state's adjective heads stands, if one does before `pos`: 'Wong,
    the Australian foreign minister, said the sanctions targeted ...' (the minister said; the sanctions targeted),
    else `k` (also when 'it' or 'they' after the verb is the office: 'X's foreign ministry said it had agreed')."""
    j = k
    while j < pos and j - k < 3 and low[j] in TITLE_WORDS and low[j] not in ("of", "the", "his", "her"):
        j += 1
    if j == k or not (low[j - 1] in TITLE_ANAPHORS or low[j - 1] in SPEAKING_BODIES):
        return k
    j += low[j : j + 1] == [","]
    if j >= pos or low[j] not in SPEECH or any(w in ("it", "they") for w in low[j + 1 : j + 3]):
        return k
    return j


def issued_statement(low: list[str], verb: int, pos: int) -> bool:
    """Whether a participle at `pos` says what the statement the verb issued (or the letter it wrote, the suit it filed)
    does: 'X issued a statement (on Monday) strongly condemning Y' (not 'X welcomed a statement condemning Y')."""
    filed = low[verb] in FILING_VERBS
    if not (filed or low[verb] in STATEMENT_VERBS) or not low[pos].endswith("ing"):
        return False
    words = [w for w in low[verb + 1 : pos] if w not in HYPHENS]  # "to UN Secretary-General Antonio Guterres"
    noun = next((k for k, w in enumerate(words) if w in STATEMENT_NOUNS or (filed and w in FILED_NOUNS)), None)
    near = noun is not None and noun <= 3 and len(words) - noun <= ISSUED_REACH
    return near and all(w.isalpha() or w == "," for w in words)


def stance(low: list[str], pronoun: int, pos: int) -> bool:
    """Whether 'it' at `pronoun` heads the cue through a modal or a stance ('said it will mediate', 'said it was
    ready to mediate'): whether it is hedged is judged after."""
    words = low[pronoun + 1 : pos]
    return len(words) <= 4 and all(w in MODALS or w in BE or w in STANCES or w == "to" for w in words)


def owned_head(low: list[str], start: int, pos: int) -> bool:
    """Whether the words from `start` to the cue are the head an owner speaks through: 'foreign ministry'."""
    words = low[start:pos]
    longest = OFFICE_HEAD_WORDS if start < pos and _an_office(low, start) else HEAD_WORDS
    return 0 < len(words) <= longest and all(
        w in TITLE_WORDS or w in ACTOR_HEADS or w in CHAIN_WORDS or w in POSTED_AT for w in words
    )  # "foreign ministry", "UN envoy", "ambassador to the UN", "minister of state for foreign affairs"


ADVERBIAL_SPAN = 12  # the longest adverbial phrase between a verb and its infinitive
PHRASE_BREAKS = frozenset({",", ";", ":", "that", "which", "who", "and", "but", "said", "says"})


def verb_group(low: list[str], verb: int, pos: int) -> bool:
    """Whether the words from `verb` to the cue are one verb group: 'offered to host', 'said it condemned',
    'launched a bid to mediate'."""
    words = low[verb + 1 : pos]
    if len(words) <= 5 and all(w in CHAIN_WORDS or w.endswith("ly") for w in words):
        return True
    # "offered in an interview published on Wednesday (Mar 5) to host": an adverbial phrase before the infinitive
    return (
        len(words) <= ADVERBIAL_SPAN
        and words[:1] in (["in"], ["on"], ["at"], ["during"], ["last"], ["earlier"])
        and words[-1:] == ["to"]
        and not any(w in PHRASE_BREAKS for w in words[:-1])
        and "to" not in words[:-1]
    )


def unofficial(low: list[str], mention: Mention, lexicon: Lexicon) -> bool:
    """Whether a state's name heads people who do not speak for it: 'US lawmakers', 'China's state media',
    'Russia's state-controlled media', and (for states only) 'Chadian rebels'."""
    head = mention.end + mention.possessive
    while head + 2 < len(low) and low[head + 1] in HYPHENS:
        head += 3  # a hyphenated adjective: "state-run", "Kremlin-friendly"
    if head < len(low) and low[head] == "state":
        head += 1
    if head >= len(low):
        return False
    of_state = _is_state(lexicon, mention.actor)
    return low[head] in UNOFFICIAL or (of_state and low[head] in NON_STATE_PEOPLE | UNOFFICIAL_OF_STATES)


def office_owner(s: Sentence, end: int) -> Mention | None:
    """The state whose office or body ends at `end`: 'Qatar's prime minister, who', 'Qatar's foreign ministry,
    which'."""
    for start in range(end - 1, max(0, end - OFFICE_SPAN), -1):
        owner = s.by_end.get(start - 1)
        if owner is not None and owner.prep == "to":
            continue  # "Qatar's ambassador to the UN, who": where the office is posted
        if owner is not None:
            whole = owner.possessive and owned_head(s.low, start, end)
            return owner if whole and s.low[start] not in FORMER_HOLDER else None
    return None


ASIDE_PARTICIPLES = frozenset({"led", "headed", "chaired", "backed", "supported", "funded", "armed", "trained"})
AGENT_ASIDE_WORDS = 12  # the longest such aside: ", led by South Sudan's President Salva Mayardit Kiir,"


def agent_aside(low: list[str], mention: Mention) -> bool:
    """Whether a mention is the agent of a participle aside that closes right after it: 'The EAC, led by South
    Sudan's President Salva Mayardit Kiir, attempted to mediate' (the EAC attempted, not Kiir)."""
    if mention.end >= len(low) or low[mention.end] != ",":
        return False
    for k in range(mention.start - 1, max(0, mention.start - AGENT_ASIDE_WORDS), -1):
        if low[k] == ",":
            return k + 2 < len(low) and low[k + 2] == "by" and low[k + 1] in ASIDE_PARTICIPLES
    return False


DATELINE_MONTHS = frozenset(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    | {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november"}
    | {"december"}
)


def own_start(s: Sentence) -> int:
    """Where a sentence's own words start: past the article's date line read into its first sentence ('date
    2025-07-18 Seoul, ...')."""
    start = 0
    if s.low[:1] == ["date"]:
        start = 1
        while start < len(s.tokens) and not s.tokens[start][:1].isalpha():
            start += 1
    return start


def dateline_place(s: Sentence, mention: Mention) -> bool:
    """Whether a mention is a dateline: opening the sentence ('Seoul, July 18 (IANS) North Korea lambasted ...'), or
    after a page's header read into it ('... 19:15 IST New Delhi, Dec 1 Amidst efforts by X')."""
    low, e = s.low, mention.end
    start = own_start(s)
    if mention.start >= start and dashed_dateline(s.tokens, low, mention.start - start, e):
        return True  # "TASHKENT, Uzbekistan -- Suicide bombers struck ...": a place, no subject
    if e + 3 >= len(low) or low[e] != "," or low[e + 1].rstrip(".") not in DATELINE_MONTHS or not low[e + 2].isdigit():
        return False
    after = low[e : e + 4]
    if mention.start == own_start(s):
        return True
    opens = s.tokens[mention.end + 3][:1].isupper() or after[3] in ("(", "—", "–", "-")
    return opens and s.low[mention.start - 1] not in PREPOSITIONS and s.low[mention.start - 1] != ","


UNOWNED_BODIES = frozenset({"ministry", "government", "office", "presidency", "affairs", "army", "military"})
# a subject noun that may stand for an actor without naming it: "the country has", "the ministry had"
UNNAMED_SUBJECTS = UNOWNED_BODIES | {"country", "nation", "kingdom", "republic", "regime", "administration"}
BODY_SPAN = 6  # the longest body's name: "the Ministry of Foreign Affairs"
VERB_RUN = frozenset({"has", "have", "had", "was", "were", "is", "also", "then", "later", "on", "earlier"})


def unowned_body_before(s: Sentence, pos: int) -> bool:
    """Whether the verb at `pos` has for subject a body that names no actor ('the Ministry of Foreign Affairs
    summoned', 'The ministry also said'): its subject is unknown, not an actor named further back."""
    j = pos - 1
    while j > 0 and (s.low[j] in VERB_RUN or s.low[j].endswith("ly")):
        j -= 1
    if j < 1 or s.low[j] not in UNOWNED_BODIES or s.by_end.get(j + 1) is not None:
        return False
    for k in range(j - 1, max(-1, j - BODY_SPAN), -1):
        if s.by_end.get(k + 1) is not None or s.low[k] in (",", ";", ":"):
            return False
        if s.low[k] == "the":
            return True
    return False


def unnamed_clause_subject(s: Sentence, j: int) -> bool:
    """Whether the word at j ends a subject that names no actor: 'While X was close to Y's army and its chief Z, the
    country has joined ...' (unresolved, not Z); 'the PKK, whose affiliates have been battling IS'."""
    if j >= 1 and s.low[j - 1] == "whose" and (s.low[j] in RELATIONAL or s.low[j] in ("affiliates", "affiliate")):
        return True
    if s.low[j] not in UNNAMED_SUBJECTS or j < 2 or s.low[j - 1] != "the" or s.low[j - 2] != ",":
        return False
    return j + 1 < len(s.low) and s.low[j + 1] in VERB_RUN and s.by_end.get(j + 1) is None


def reported_at(low: list[str], j: int) -> bool:
    """Whether a reported clause starts at j, past a time: 'it', 'on Monday that', 'late on Monday it'."""
    while j < len(low) and (low[j] in DAY_LEADS or low[j] in DAY_WORDS or low[j] in WEEKDAYS):
        j += 1
    return j < len(low) and low[j] in REPORTED


def subject_head_fits(low: list[str], at: list[int]) -> bool:
    """Whether the words at `at` are short enough for a head a possessive subject speaks through: 'X's top
    diplomat', or an office's longer title: 'X's minister of state for foreign affairs'."""
    return len(at) <= (OFFICE_SUBJECT_WORDS if at and _an_office(low, at[0]) else SUBJECT_HEAD_WORDS)


def _an_office(low: list[str], j: int) -> bool:
    """Whether the word at j heads an office's title: 'minister', 'spokesman', 'envoy', 'ambassador'."""
    return low[j] in OFFICE_HEADS or low[j] in POSTING_TITLES


def without_manner_or_time(low: list[str], at: list[int]) -> list[int]:
    """Word positions without trailing adverbs and a time: 'formally', 'on Monday strongly', 'yesterday'."""
    while at:
        if low[at[-1]].endswith("ly") or low[at[-1]] in DAY_WORDS:
            at = at[:-1]
        elif len(at) > 1 and low[at[-1]] in WEEKDAYS and low[at[-2]] in DAY_LEADS:
            at = at[:-2]
        else:
            return at
    return at


APPOSED_NAME_REACH = 4  # a request reaches this much further per comma of a name in apposition ("X, Y Z, to")


def apposed_name(tokens: list[str], comma: int) -> bool:
    """Whether a comma opens or closes a person's name set in apposition: ', Winston Peters,'."""
    for step in (-1, 1):
        j = comma + step
        while 0 <= j < len(tokens) and tokens[j][:1].isupper() and tokens[j].isalpha():
            j += step
        if 0 <= j < len(tokens) and tokens[j] == "," and 2 <= abs(j - comma) - 1 <= 4:
            return True
    return False


def owner_heading(s: Sentence, end: int, verbish: Callable[[int], bool]) -> list[Mention]:
    """The possessor opening the sentence whose noun phrase runs to the verb at `end`, through an infinitive and
    its object: 'X's proposed bills to annex parts of Y have drawn ...' (X); none past a clause of its own."""
    first = next((m for m in s.mentions if m.end < end), None)
    if (
        first is None
        or not first.possessive
        or first.prep is not None
        or first.quoted
        or first.start > own_start(s) + 1
    ):
        return []
    for j in range(first.end + 2, end):
        adjective = s.low[j - 1] == "to" or s.low[j - 1] in DETERMINERS  # "to annex", "the occupied"
        if s.low[j] in PHRASE_BREAKS or (verbish(j) and not adjective and s.low[j] not in BE):
            return []
    return [first]


def refers_back(s: Sentence, j: int, pos: int) -> bool:
    """Whether a pronoun or a title ('it', 'its', 'the country', 'the minister') after `j` up to `pos` may stand for an
    actor named before it."""
    low = s.low
    return any(
        low[k] in REFERRING_BACK
        or (low[k] in STATE_NOUNS and low[k - 1] == "the")  # "said that the country was helping"
        or title_anaphor(s, k) >= 0
        for k in range(j, pos + 1)
    )


def initials_of_a_new_name(s: Sentence, mention: Mention) -> bool:
    """Whether bracketed initials give the name of an actor spelled out before them in a form the lexicon does not
    know: 'Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM)'."""
    j = mention.start - 2
    closed = mention.end < len(s.low) and s.low[mention.end] == ")"
    initials = s.tokens[mention.start]
    if j < 0 or not closed or not initials.isupper() or mention.end - mention.start != 1 or j + 1 in s.by_end:
        return False
    words = []  # the name's capitalised words, last first
    while j >= 0 and j not in s.by_start and (s.tokens[j][:1].isupper() or s.low[j] in NAME_PARTICLES):
        if s.tokens[j][:1].isupper():
            words.append(s.tokens[j])
        j -= 1
    return len(words) >= 2 and words[0][0] == initials[-1] and words[-1][0] == initials[0]


def speaks_between(low: list[str], start: int, end: int) -> bool:
    """Whether a verb of saying or believing stands between `start` and `end`: 'US officials believed the missile was
    fired by Y' (the officials are not what was fired)."""
    return any(w in SPEECH or w in BELIEVING for w in low[start:end])


# who speaks for a sentence's subject in 'X said ..., with an official blaming Y'
UNNAMED_VOICES = frozenset({"official", "officials", "spokesman", "spokeswoman", "spokesperson", "minister"})
VOICE_MODIFIERS = frozenset({"a", "an", "one", "senior", "government", "military", "army", "foreign", "ministry"})
SUBJECT_HEAD_REACH = 3  # the subject opens the sentence: "Chad said", "The Chadian army said"


def unnamed_voice_of(s: Sentence, pos: int) -> Mention | None:
    """The sentence's subject, for whom an unnamed official of an absolute clause speaks: 'X said ..., with an
    official blaming Y' (X; not 'with a Sudanese official blaming Y')."""
    if not s.low[pos].endswith("ing") or pos < 3 or s.low[pos - 1] not in UNNAMED_VOICES:
        return None
    opening = next((k for k in range(pos - 2, max(-1, pos - 5), -1) if s.low[k] == "with"), None)
    if opening is None or any(w not in VOICE_MODIFIERS for w in s.low[opening + 1 : pos - 1]):
        return None
    head = next((m for m in s.mentions if m.start < opening and m.prep is None and not m.quoted), None)
    if head is None or head.start > SUBJECT_HEAD_REACH:
        return None
    if head.possessive and (head.end + 1 >= len(s.low) or s.low[head.end + 1] not in ACTOR_HEADS):
        return None  # "Chad's army said ...": Chad; not "Chad's neighbour said"
    return head


BODY_NAME_SPAN = 8  # the longest capitalised body name after a possessor: "X's Ministry of Foreign and ... Affairs"
BODY_NAME_JOINERS = frozenset({"of", "and", "for", "the", "on"})  # the small words inside such a name


def body_name_owner(s: Sentence, end: int) -> Mention | None:
    """The possessor heading a capitalised body name that ends before `end`: 'Qatar's Ministry of Foreign and
    International Affairs, which ...'."""
    start = end
    while (
        start > 0
        and end - start < BODY_NAME_SPAN
        and (s.tokens[start - 1][:1].isupper() or s.tokens[start - 1] in BODY_NAME_JOINERS)
    ):
        start -= 1
    if start < 2 or start == end or s.low[start - 1] not in POSSESSIVE or not body_name(s.tokens, range(start, end)):
        return None
    owner = s.by_end.get(start - 1)
    return owner if owner is not None and not owner.person else None


def body_name(tokens: list[str], at: Sequence[int]) -> bool:
    """Whether the words at `at` are one body's capitalised name: 'Department of International Relations and
    Cooperation', 'Ministry of Foreign and Diaspora Affairs'."""
    return tokens[at[0]][:1].isupper() and all(tokens[j][:1].isupper() or tokens[j] in BODY_NAME_JOINERS for j in at)
