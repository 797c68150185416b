"""One analysed sentence (tokens, quotation flags, mentions) and what is found in it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from graphx.extract.mentions import Mention, NameTable, find_mentions
from graphx.extract.tokenised import lowered, split_text
from graphx.extract.words import MAY_MONTH, MONTH_LEADS, PREPOSITIONS, QUOTE_CLOSE, QUOTE_OPEN, SUBORDINATORS

RELATIVE_SPAN = 40  # the longest relative clause read
NAMING_WORDS = frozenset({"so-called", "called", "dubbed", "named", "that"})  # their quotes are names or claims
OPEN_QUOTATION = 5  # the fewest words after an unclosed double quotation mark for it to open a quotation
QUOTATION_MARKS = QUOTE_OPEN | QUOTE_CLOSE | {'"', "'"}  # a sentence without any has no quotation
RELATIVE_PRONOUNS = frozenset({"which", "who", "whose", "whom"})
BACKING_ASIDES = frozenset({"support", "backing", "help", "backed", "supported", "aided"})  # ", with the support of Y,"
SCARE_QUOTE = 3  # the most words a pair of quotation marks may hold and still only mark them ("strongly condemned")


@dataclass(frozen=True)
class Found:
    """One relation read from one sentence: `parties` are the mediated parties or the two sides of a conflict."""

    type: str
    source: str | None
    target: str | None
    parties: tuple[str, ...]
    sentence: int
    confidence: float
    rule: str = ""  # the reading that found it: a frame, a document-level inference or a co-occurrence
    event_date: str | None = None  # when it happened, as far as the sentence says (else the document's date)
    date_precision: str | None = None  # day, week, month, year, or document (the document's own date)

    def edges(self) -> list[tuple[str, str, str]]:
        """The (type, from, to) relations it stands for: one per mediated party; a conflict's sides sorted."""
        source, target = self.source, self.target
        if self.type == "mediation":
            return [(self.type, source, party) for party in self.parties] if source else []
        if self.type == "conflict":
            if len(self.parties) < 2:
                return []
            first, second = sorted(self.parties[:2])
            return [(self.type, first, second)]
        return [(self.type, source, target)] if source and target else []


@dataclass
class Sentence:
    """One analysed sentence (or piece of a long one): its tokens and the actors named in it."""

    index: int
    tokens: list[str]
    low: list[str]
    gaps: list[bool]  # gaps[i]: whitespace before token i
    quoted: list[bool]
    mentions: list[Mention]
    by_start: dict[int, Mention]
    by_end: dict[int, Mention]
    rel_spans: list[tuple[int, int]]


LOCATIVE = frozenset({"in", "of", "near", "at", "outside", "inside"})  # before a place: "in Bint Jbeil, Lebanon"
MAX_TOKENS = 160  # a longer "sentence" (a run-on list, a page without full stops) is read in pieces this long
VENUE_PREPS = frozenset({"in", "at"})  # where talks are held: a place, not a party


def analyse(index: int, text: str, table: NameTable, cues: Mapping[str, object], date: str | None) -> list[Sentence]:
    """The pieces of one sentence that hold a cue and an actor, tokenised and with their mentions."""
    tokens, spaced = split_text(text)  # spaced[i]: whitespace before token i
    lowered_tokens = lowered(text)
    pieces = []
    for start in range(0, len(tokens), MAX_TOKENS):
        plain = lowered_tokens[start : start + MAX_TOKENS]
        if cues.keys().isdisjoint(plain) and ("may" not in plain or MAY_MONTH not in cues):
            continue  # no cue, nor one that "May" the month could be
        words = list(tokens[start : start + MAX_TOKENS])
        low = _lower(words, plain)
        if cues.keys().isdisjoint(low):
            continue
        gaps = [True, *spaced[start + 1 : start + len(words)]]
        piece = _piece(index, words, low, gaps, table, date)
        if piece is not None:
            pieces.append(piece)
    return pieces


def _lower(tokens: list[str], lowered_tokens: tuple[str, ...]) -> list[str]:
    """The tokens (`lowered_tokens`: in lower case) in lower case, "May" the month as `MAY_MONTH` (not the modal
    'may')."""
    low = list(lowered_tokens)
    if "May" in tokens:
        low = [MAY_MONTH if _month_may(tokens, i) else w for i, w in enumerate(low)]
    return low


def _piece(
    index: int, tokens: list[str], low: list[str], gaps: list[bool], table: NameTable, date: str | None
) -> Sentence | None:
    pairs = _quote_pairs(tokens, gaps)
    dropped = _scare_quote_marks(tokens, pairs, table)  # 'X "strongly condemned" Y': the marks hide nothing said
    if dropped:
        kept = [i for i in range(len(tokens)) if i not in dropped]
        tokens, low = [tokens[i] for i in kept], [low[i] for i in kept]
        gaps = [gaps[i] or (n > 0 and kept[n - 1] != i - 1) for n, i in enumerate(kept)]
        pairs = _quote_pairs(tokens, gaps)
    quoted = quote_flags(len(tokens), pairs)
    mentions = find_mentions(tokens, low, gaps, quoted, table, date)
    if not mentions:
        return None
    return Sentence(
        index,
        tokens,
        low,
        gaps,
        quoted,
        mentions,
        {m.start: m for m in mentions},
        {m.end: m for m in mentions},
        relative_spans(low),
    )


def _scare_quote_marks(tokens: list[str], pairs: list[tuple[int, int]], table: NameTable) -> set[int]:
    """The indexes of the quotation marks to leave out: those around a scare quote of one to three words, and
    around a name quoted whole ('dozens of new "People's Defense Forces"': a name, not a quotation)."""
    drop: set[int] = set()
    for opened, closed in pairs:
        words = tokens[opened + 1 : closed]
        before = tokens[opened - 1].lower() if opened else ""
        plain = all(t[:1].islower() or t == "-" for t in words)  # no name inside: not 'the "Islamic State"'
        scare = 1 < closed - opened <= SCARE_QUOTE + 1 and plain and before not in NAMING_WORDS
        if scare or (closed - opened > 1 and _quoted_name(tokens, opened + 1, closed, table)):
            drop.update((opened, closed))
    return drop


def _quoted_name(tokens: list[str], start: int, end: int, table: NameTable) -> bool:
    """Whether the tokens from `start` to `end` are one actor's name and nothing else."""
    hit = table.match(tokens, start)
    return hit is not None and start + hit[0] == end


def quote_flags(length: int, pairs: list[tuple[int, int]]) -> list[bool]:
    """Which of `length` tokens stand inside a quotation, given the pairs of quotation marks."""
    flags = [False] * length
    for opened, closed in pairs:
        if closed - opened > 4:  # a quotation, not "scare quotes" around a word or two
            for j in range(opened + 1, closed):
                flags[j] = True
    return flags


def _month_may(tokens: list[str], i: int) -> bool:
    """Whether token i is "May" the month: 'on May 7', '7 May', 'in May', 'May 2025' (not the modal, nor a name)."""
    if tokens[i] != "May":
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    before = tokens[i - 1] if i else ""
    return after[:1].isdigit() or before[:1].isdigit() or before.lower() in MONTH_LEADS


def _quote_pairs(tokens: list[str], gaps: list[bool]) -> list[tuple[int, int]]:
    """The (opening, closing) token indexes of each pair of quotation marks, in order."""
    if QUOTATION_MARKS.isdisjoint(tokens):
        return []
    pairs = []
    opened = -1
    for i, tok in enumerate(tokens):
        straight = tok == "'" and gaps[i] and i + 1 < len(tokens) and not gaps[i + 1]  # " 'incursions'": not "its'"
        if opened < 0 and (tok in QUOTE_OPEN or tok == '"' or straight) and (tok != "‘" or gaps[i]):
            opened = i
        elif opened >= 0 and (tok in QUOTE_CLOSE or tok == '"' or (tok == "'" and tokens[opened] == "'")):
            pairs.append((opened, i))
            opened = -1
    introduced = opened == 0 or (opened > 0 and tokens[opened - 1] in (":", ","))  # 'X said: "We reject ...'
    if opened >= 0 and tokens[opened] in ('"', "“") and introduced and len(tokens) - opened > OPEN_QUOTATION:
        pairs.append((opened, len(tokens)))  # a quotation running on into the next paragraph: to the sentence's end
    return pairs


def relative_spans(low: list[str]) -> list[tuple[int, int]]:
    """Token spans of ', which/who ... ,' relative clauses, and of ', with the support of Y,' and ', backed by Y,'
    asides (what they name is no subject or object of the clause around them)."""
    if RELATIVE_PRONOUNS.isdisjoint(low) and BACKING_ASIDES.isdisjoint(low):
        return []
    spans = []
    for i in range(1, len(low)):
        if (low[i] in RELATIVE_PRONOUNS or _backing_aside(low, i)) and low[i - 1] == ",":
            j = i + 1
            while j < min(len(low), i + RELATIVE_SPAN) and (low[j] not in (",", ";", "—", "–") or _in_number(low, j)):
                j += 1  # "which has killed more than 67,000 people, has": the comma of a number goes on
            spans.append((i, j))
    return spans


def _backing_aside(low: list[str], i: int) -> bool:
    """Whether a backer's aside opens at `i`: 'with the support of', 'with the backing of', 'backed by'."""
    if low[i] in ("backed", "supported", "aided") and low[i + 1 : i + 2] == ["by"]:
        return True
    return low[i : i + 2] == ["with", "the"] and low[i + 3 : i + 4] == ["of"] and low[i + 2] in BACKING_ASIDES


def _in_number(low: list[str], j: int) -> bool:
    """Whether the comma at j separates the thousands of a number: '67,000'."""
    return low[j] == "," and 0 < j < len(low) - 1 and low[j - 1].isdigit() and low[j + 1].isdigit()


def place_apposition(sentence: Sentence, mention: Mention) -> bool:
    """Whether a mention names the country of a place just before it: 'sent a team to Lashio, Myanmar,'; also with no
    comma after it, when the place follows a locative in a sentence that opens with no fronted clause ('an airstrike
    in Bint Jbeil, Lebanon has killed')."""
    low, tokens = sentence.low, sentence.tokens
    j = mention.start - 1
    if j < 2 or low[j] != ",":
        return False
    k, words = j - 1, 0
    while k >= 0 and words < 3 and tokens[k][:1].isupper() and sentence.by_end.get(k + 1) is None:
        k, words = k - 1, words + 1
    if words == 0 or k < 0 or low[k] not in PREPOSITIONS:
        return False
    closed = mention.end >= len(low) or low[mention.end] in (",", ".", ";", ")")
    # "according to AFP, Eritrea dismissed ...": a subject; "an airstrike in Bint Jbeil, Lebanon has killed": a place
    fronted = low[0] in SUBORDINATORS or low[0] in PREPOSITIONS  # "As ... following an attack in Pahalgam, Iran"
    return closed or (low[k] in LOCATIVE and not fronted)


def venue_named(sentence: Sentence, mention: Mention) -> bool:
    """Whether a mention names where something happens, not who takes part: 'met in Baku', 'in Doha, Qatar',
    'talks in Istanbul, Turkey', 'the Djibouti meeting'."""
    if mention.prep in VENUE_PREPS or place_apposition(sentence, mention) or meeting_venue(sentence, mention):
        return True
    j = mention.start - 1
    if j < 1 or sentence.low[j] != ",":
        return False
    before = next((m for m in sentence.mentions if m.end == j), None)
    return before is not None and before.prep in VENUE_PREPS


def meeting_venue(sentence: Sentence, mention: Mention) -> bool:
    """Whether a mention names the place of the meeting it modifies: 'the Djibouti meeting', 'the Doha talks'."""
    low = sentence.low
    meeting = low[mention.end : mention.end + 1] in (["meeting"], ["talks"], ["summit"], ["negotiations"])
    the = mention.start > 0 and low[mention.start - 1] == "the"
    return meeting and the and mention.hyphen_pair is None and not mention.possessive


# what one does to a side for its deeds: "X imposed sanctions on Y after it invaded Z"
PUNISHING = frozenset(
    {"sanctions", "sanctioned", "sanctioning", "punished", "penalised", "penalized", "suspended", "expelled"}
    | {"condemned", "criticised", "criticized", "rebuked", "censured", "denounced", "blamed", "accused", "slammed"}
    | {"imposed", "punitive"}
)
REASON_OPENERS = frozenset({"after", "because", "when", "since", "for", "as"})  # "... after it invaded Z"


def punished_antecedent(s: Sentence, j: int) -> Mention | None:
    """Whom 'it' at `j`, opening a clause of reasons, stands for after a punishment: the punished ('The EU imposed
    sanctions on Russia after it launched its invasion of Ukraine': Russia, not the EU)."""
    if j < 3 or s.low[j] != "it" or s.low[j - 1] not in REASON_OPENERS:
        return None
    before = [m for m in s.mentions if m.end <= j - 1]
    if len(before) < 2 or before[-1].possessive or before[-1].prep not in (None, "on", "against"):
        return None
    punished = before[-1]
    return punished if PUNISHING.intersection(s.low[before[0].end : punished.start]) else None
