"""The date a document was published, as its page states it.

A saved news page states several dates near its top: the site's "today" in its header, a photo caption's date, the
date of an event the first paragraph recalls, and the article's own date on a line of its own, often under a
byline or a "Published" label, or opening the first paragraph ("QUITO, May 10, 2025 (AFP) -"). Each date-bearing
line is weighed by what kind of line it is; the best kind wins, the earliest on a tie. A date only mentioned in prose
or a caption at the very top is the last resort (often the day's event or photo, sometimes an anniversary's).
"""

from __future__ import annotations

import datetime as dt
import re

from graphx.extract.dates import MONTHS

__all__ = ["find_date"]

HEAD_LINES = 25  # lines from the top where a page states its date
HEAD_CHARACTERS = 3000  # and no further than this
MENTION_LINES, MENTION_CHARACTERS = 6, 600  # the top where a date only mentioned may still be the article's
OWN_LINES = 8  # lines from the top where a date on a line of its own is the article's, not another's in a list
SHORT_LINE_WORDS = 8  # words besides the date on a line that only dates: "Doha, 24 November 2023", "Friday, May 10"
DATELINE_WORDS = 3  # words before a date that opens a paragraph: "ANDIJAN, Uzbekistan, 21 May 2005 —"
# how strongly a kind of line says when the article appeared
LABELLED, BYLINE, OWN_LINE, SITE_DATE, MENTIONED = 5, 4, 3, 2, 1

_MONTH_NUMBERS = {**{m: i for i, m in enumerate(MONTHS, 1)}, **{m[:3]: i for i, m in enumerate(MONTHS, 1)}, "sept": 9}
_MONTH = r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\.?"
_DATES = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"),
)
# a label that says the date is the article's: "Published: ...", "Publication Date 18 March 2015", "Posted on Monday,"
_LABEL = r"(?i)\b(?:published|publication date|posted|dated?)\b"
_PUBLISHED = re.compile(_LABEL + r"[:\s]")
_LABELLED = re.compile(_LABEL + r"[:\s]*(?:on\s+)?(?:[A-Za-z]+,?\s+)?$")
# a label that says the date is another's: the page's last change, the site's day ("Today's Paper")
_SITE = re.compile(r"(?i)\b(?:updated|modified|today'?s paper|today’s paper)\b")
# a photo's caption: "FILE PHOTO: ...", "(Photo by ...)", "REUTERS/Name", "AFP via Getty Images"
_CAPTION = re.compile(r"(?i)\bphoto\b|getty images|\b(?:reuters|afp|ap|epa|anadolu)\s*/|/\s*(?:reuters|afp|ap|epa)\b")
_BYLINE = re.compile(r"(?i)^\s*by\s+\S")  # "By AFP", "By Taejun Kang for RFA"
# a date that bounds a span rather than dates the page: "Since 1st March, 1999"
_SPAN_WORDS = frozenset({"since", "until", "till", "from", "before", "after"})
# a date an event is placed at: "On February 17, 1979, PLA soldiers crossed"
_EVENT_WORDS = frozenset({"on", "in", "of", "by"})
# an embedded post's signature: "— Amina Hussein (@aminahekmet) October 23, 2024"
_POST = re.compile(r"\(@\w+\)|pic\.twitter\.com")


def find_date(text: str) -> str | None:
    """The date a document states for itself near its top, as YYYY-MM-DD, or None."""
    best: tuple[int, str] | None = None
    mentioned: list[str] = []
    previous = ""
    offset = 0
    for number, line in enumerate(text[:HEAD_CHARACTERS].splitlines()):
        found = _line_date(line) if number < HEAD_LINES or _PUBLISHED.search(line) else None
        if found is not None:
            weight = _weight(line, found[0], previous, number)
            top = number < MENTION_LINES and offset + found[0].start() < MENTION_CHARACTERS
            if weight == MENTIONED:
                mentioned += [found[1]] if top else []
            elif weight and (best is None or weight > best[0]):
                best = (weight, found[1])
        previous = line if line.strip() else previous
        offset += len(line) + 1
    if best is None and mentioned:
        return mentioned[0]
    return best[1] if best else None


def _line_date(line: str) -> tuple[re.Match[str], str] | None:
    """The first well-formed date on a line, with its ISO form."""
    matches = sorted((m for pattern in _DATES for m in pattern.finditer(line)), key=lambda m: m.start())
    for match in matches:
        value = _iso(match)
        if value:
            return match, value
    return None


def _weight(line: str, match: re.Match[str], previous: str, number: int) -> int:
    """How strongly a line says the date on it is the article's (0: not at all)."""
    before = line[: match.start()]
    words_before = re.findall(r"[A-Za-z']+", before)
    if words_before and words_before[-1].lower() in _SPAN_WORDS:
        return 0
    if _LABELLED.search(before):
        return LABELLED
    if _CAPTION.search(line) or _POST.search(line) or (words_before and words_before[-1].lower() in _EVENT_WORDS):
        return MENTIONED
    if _SITE.search(line):
        return SITE_DATE
    others = len(re.findall(r"\S+", before + " " + line[match.end() :]))
    if others > SHORT_LINE_WORDS and len(before.split()) > DATELINE_WORDS:
        return MENTIONED  # a date inside a sentence: an event the article recalls, or the day's news
    return BYLINE if _BYLINE.match(previous) else OWN_LINE if number < OWN_LINES else 0


def _iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    name = (parts.get("month") or "").lower().rstrip(".")
    month = int(parts["m"]) if parts.get("m") else _MONTH_NUMBERS.get(name, 0) or _MONTH_NUMBERS.get(name[:3], 0)
    try:
        return dt.date(int(parts["year"]), month, int(parts["day"])).isoformat()
    except (ValueError, TypeError):
        return None
