"""Where a sentence names two sides together: an 'A-B' compound, 'between A and B', or a pair heading it."""

from __future__ import annotations

from graphx.extract.coordination import parenthesised_second
from graphx.extract.dates import MONTHS, WEEKDAYS
from graphx.extract.mentions import Mention
from graphx.extract.phrases import Phrases
from graphx.extract.sentence import Sentence
from graphx.extract.tokens import past_pair_leads
from graphx.extract.words import BE, BE_STRICT, BORDER_NOUNS, BOUNDARY, DASHES, HYPHENS, POSSESSIVE, PREPOSITIONS

# what a time that owns an event is: "last month's Iran-US prisoner exchange", "Sunday's Russia-Ukraine talks"
TIME_OWNERS = frozenset({*WEEKDAYS, *MONTHS, "week", "month", "year", "weekend", "today", "yesterday"})
# what talks do, told before a participle that qualifies them: "talks between A and B opened on Monday, hosted by X"
EVENT_VERBS = frozenset({"opened", "began", "started", "resumed", "ended", "concluded", "continued", "closed"})
OWNED_TITLE_WORDS = 3  # words of a title between a state's "'s" and its person: "'s President Salva Kiir"
NAMES_REACH = 12  # words before the reach where names still lengthen it: "South Sudan's President Salva Kiir"
# what makes talks that "opened" none: "never opened", "did not open", "were postponed" (not "will open")
UNDONE = frozenset({"not", "never", "postponed", "cancelled", "canceled", "delayed", "would"})
EVENT_VERB_REACH = 6  # words more that such a verb and its time and place may take
SUBJECT_EVENT_REACH = 6  # words into a sentence where the event it opens with may name its pair: "The talks between"


class Pairs(Phrases):
    """The pairs of sides a sentence names near a word."""

    def hyphen_pair_near(self, pos: int, before: int = 3, after: int = 6) -> tuple[str, str] | None:
        """An 'Indian-Pakistani' or 'Russia-Ukraine' compound just before or after the word at `pos`."""
        s = self.s
        lo, hi = max(0, pos - before - 3), min(len(s.low), pos + after)
        for mention in s.mentions:
            pair = mention.hyphen_pair
            if pair is None or mention.start > pair.start:
                continue
            if lo <= mention.start < pos:
                between = s.low[pair.end : pos]
                if all(w[:1].isalpha() and w not in PREPOSITIONS for w in between) and len(between) <= 3:
                    return mention.actor, pair.actor
            if pos < mention.start < hi:
                between = _without_time_owner(s.low[pos + 1 : mention.start])
                border = pair.end < len(s.low) and s.low[pair.end] in BORDER_NOUNS
                if all(w[:1].isalnum() and not self.verbish(pos + 1 + k) for k, w in enumerate(between)) and (
                    border or not any(w in PREPOSITIONS for w in between)
                ):
                    return mention.actor, pair.actor
        return None

    def between_pair(self, pos: int, window: int = 6) -> list[Mention]:
        """'between X and Y' soon after `pos`."""
        s = self.s
        for j in range(pos + 1, min(len(s.low), pos + window)):
            if s.low[j] in BOUNDARY:
                break
            if s.low[j] == "between":
                k = past_pair_leads(s.low, j + 1)  # "between neighbouring Somalia and Kenya", "between rivals X and Y"
                head = s.by_start.get(j + 1) or s.by_start.get(k)
                if head is not None:
                    group = self.group(head, leftward=False, free=True)
                    return (
                        group
                        if len(group) > 1
                        else [head, *(parenthesised_second(s, head) or headline_second(s, head))]
                    )
                if j + 1 < len(s.low) and s.low[j + 1] == "their":
                    return self.subject_pair(j)
                return []
        return []

    def subject_between(self, before: int) -> list[Mention]:
        """The pair an event heading the sentence is between, no actor named before it: 'The prisoner exchange between
        A and B took place through the mediation of X'."""
        s = self.s
        k = next((i for i in range(min(before, SUBJECT_EVENT_REACH)) if s.low[i] == "between"), None)
        if k is None or any(m.start < k for m in s.mentions):
            return []
        pair = self.between_pair(k - 1, window=2)
        return pair if len({m.actor for m in pair}) >= 2 else []

    def subject_pair(self, before: int) -> list[Mention]:
        """The two coordinated actors heading the sentence, if they do: 'X and Y signed ...'."""
        s = self.s
        first = s.mentions[0]
        opening = s.tokens[: first.start]
        if opening and opening[-1] in HYPHENS | DASHES:  # a dateline: "CITY, May 2, 2025 - X and Y ..."
            opening = []
        if first.prep is not None or first.possessive or first.quoted or len(opening) > 2:
            return []
        group = self.group(first, leftward=False, free=True)
        if len({m.actor for m in group}) != 2 or group[-1].end >= before:
            return []
        return group

    def between_pair_before(self, pos: int, window: int = 12) -> list[Mention]:
        """'between X and Y' before a participle at `pos`: 'talks between X and Y, hosted by', '... were held by'."""
        s = self.s
        auxiliary = pos
        while auxiliary > 0 and s.low[auxiliary - 1] in BE_STRICT:
            auxiliary -= 1  # "were", "had been being"
        named = {k for m in s.mentions if m.end <= pos for k in range(m.start, m.end)}  # "the United States" is no verb
        aside = self._apposition_before(auxiliary, window)  # "the talks between X and Y, the first in years, were"
        reduced = pos >= 2 and s.low[pos - 1] == "," and auxiliary == pos  # "talks ... opened on Monday, hosted by"
        reach = window + (EVENT_VERB_REACH if reduced else 0)
        reach += sum(1 for k in named if k >= pos - reach - NAMES_REACH)  # long names take no reach of their own
        for j in range(pos - 1, max(-1, pos - reach - (auxiliary - aside)), -1):
            if (auxiliary <= j < pos and s.low[j] in BE) or j in named or aside <= j < auxiliary:
                continue
            if reduced and s.low[j] in EVENT_VERBS and "," not in s.low[j : pos - 1]:
                continue  # "talks between A and B opened on Monday in Khartoum, hosted by X": the talks'
            if s.low[j] in BOUNDARY or self.verbish(j):
                return []
            if s.low[j] == "between" and reduced and UNDONE.intersection(s.low[j:pos]):
                return []  # "talks between A and B never opened in Istanbul, hosted by X"
            if s.low[j] == "between":
                k = past_pair_leads(s.low, j + 1)  # "talks between rivals X and Y, hosted by"
                head = s.by_start.get(j + 1) or s.by_start.get(k)
                if head is None:
                    return []
                head = self._owned_person(head)  # "between South Sudan's President Salva Kiir and ..."
                group = self.group(head, leftward=False, free=True)
                return group if all(m.end <= pos for m in group) and len({m.actor for m in group}) >= 2 else []
        return []

    def _owned_person(self, head: Mention) -> Mention:
        """The person a possessive state's title introduces, standing for the same state: 'South Sudan's President
        Salva Kiir' (the head itself otherwise)."""
        s = self.s
        if not head.possessive:
            return head
        k = head.end + 1
        while k < len(s.low) and k - head.end <= OWNED_TITLE_WORDS and s.by_start.get(k) is None:
            k += 1
        person = s.by_start.get(k)
        return person if person is not None and person.person and person.actor == head.actor else head

    def _apposition_before(self, auxiliary: int, window: int) -> int:
        """Where a comma-closed aside ending right before a passive's auxiliary opens ('..., the first in three years,
        were facilitated by'), or `auxiliary` when there is none (or it holds a verb or a name)."""
        s = self.s
        if auxiliary < 2 or s.low[auxiliary - 1] != "," or s.low[auxiliary] not in BE_STRICT:
            return auxiliary
        for k in range(auxiliary - 2, max(-1, auxiliary - window), -1):
            if s.low[k] == ",":
                return k
            if s.low[k] in BOUNDARY or self.verbish(k) or s.by_end.get(k + 1) is not None:
                return auxiliary
        return auxiliary


def headline_second(s: Sentence, head: Mention) -> list[Mention]:
    """The second of a pair a headline joins by a comma: 'Qatar ready to mediate between Chad, Sudan' (a headline has no
    closing full stop; never the first two of a longer list)."""
    if not s.low or s.low[-1] in (".", "!", "?") or s.low[head.end : head.end + 1] != [","]:
        return []
    second = s.by_start.get(head.end + 1)
    return [second] if second is not None and s.low[second.end : second.end + 1] not in ([","], ["and"]) else []


def _without_time_owner(words: list[str]) -> list[str]:
    """Words before a compound without a time that owns it: 'brokered last month's Iran-US swap' -> 'brokered'."""
    for k in range(1, len(words)):
        if words[k] in POSSESSIVE and words[k - 1] in TIME_OWNERS:
            start = k - 2 if k >= 2 and words[k - 2] in ("last", "this", "next") else k - 1
            return words[:start] + words[k + 1 :]
    return words
