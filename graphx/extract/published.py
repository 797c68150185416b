"""The date a document was published, as its page states it.

A saved news page states several dates near its top: the site's "today" in its header, a photo caption's date, a
link to a related story, the date of an event the first paragraph recalls, and the article's own date: on a line of
its own, under or in a byline, after a "Published" label, or opening the first paragraph ("QUITO, May 10, 2025 (AFP)
-"). Each date is weighed by the kind of line (or '|'-separated part of one) it stands on; the best kind wins, the
earliest on a tie. A date only mentioned in prose or a caption at the very top is the last resort (often the day's
event or photo, sometimes an anniversary's).
"""

from __future__ import annotations

import datetime as dt
import re

from graphx.extract.dates import MONTHS, WEEKDAYS

__all__ = ["find_date"]

HEAD_LINES = 25  # lines from the top where a page states its date (a labelled date may stand lower)
HEAD_CHARACTERS = 3000  # and no further than this
MENTION_LINES, MENTION_CHARACTERS = 6, 600  # the top where a date only mentioned may still be the article's
OWN_LINES = 15  # lines from the top where a date on a line of its own is the article's, not another's in a list
HEADER_LINES = 3  # the page header, where a weekday-led date is the site's day: "Thursday, June 5, 2025"
SHORT_LINE_WORDS = 8  # words besides the date on a line that only dates: "Doha, 24 November 2023", "Friday, May 10"
LABELLED_LINE_WORDS = 12  # words besides the date on a labelled line: "Published: 10:32 BST, 10 May 2025 | ..."
DATELINE_WORDS = 3  # words before a date that opens a paragraph: "ANDIJAN, Uzbekistan, 21 May 2005 —"
TITLE_WORDS = 3  # words after "<date>:" that make the line a title: "April 15, 2023: the day the war began"
# how strongly a kind of line says when the article appeared
LABELLED, BYLINE, OWN_LINE, SITE_DATE, MENTIONED = 5, 4, 3, 2, 1

_MONTH_NUMBERS = {**{m: i for i, m in enumerate(MONTHS, 1)}, **{m[:3]: i for i, m in enumerate(MONTHS, 1)}, "sept": 9}
_MONTH = r"(?P<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[A-Za-z]*)\.?"
_YEAR = re.compile(r"(?:19|20)\d\d")
_LABEL_WORDS = r"(?:published|publication date|posted|dated?)\b"
_LABEL_ANYWHERE = re.compile(r"(?i)\b" + _LABEL_WORDS)  # below the head, only lines with a label are read
_DATES = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)(?:\b|(?=T\d))"),
    re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"),
)
# a label that opens a part of a line and says its date is the article's: "Published: ...", "Publication Date 18
# March 2015", "Posted by Maria Lopez on", "Date: 10 May 2025"
_LABEL = re.compile(r"(?i)^\W*(?:first\s+|originally\s+)?" + _LABEL_WORDS)
# a label that says the date is another's: the page's last change, the site's day ("Today's Paper")
_SITE = re.compile(r"(?i)\b(?:updated|modified|today'?s paper|today’s paper)\b")
# a photo's caption: "FILE PHOTO: ...", "(Photo by ...)", "REUTERS/Name", "AFP via Getty Images", "Credit: AP"
_CAPTION = re.compile(
    r"(?i)\b(?:photos?|pictures?|gallery|image|credit)\b|getty images"
    r"|\b(?:reuters|afp|ap|epa|anadolu)\s*/|/\s*(?:reuters|afp|ap|epa)\b"
)
_RELATED = re.compile(r"(?i)^\W*(?:related|read more|read also|also read|see also|more)\b")  # another story's link
_BYLINE = re.compile(r"(?i)^\s*by\s+\S")  # "By AFP", "By Taejun Kang for RFA"
# a date that bounds a span rather than dates the page: "Since 1st March, 1999"
_SPAN_WORDS = frozenset({"since", "until", "till", "from", "before", "after"})
# a date an event is placed at: "On February 17, 1979, PLA soldiers crossed"
_EVENT_WORDS = frozenset({"on", "in", "of"})
# an embedded post's signature: "— Amina Hussein (@aminahekmet) October 23, 2024"
_POST = re.compile(r"\(@[\w.]+\)|pic\.twitter\.com")
_CLOCK = re.compile(r"(?i)^\W*(?:at\s+)?\d{1,2}[:.]\d\d")  # the time after a posting date: "at 7:10 AM"
_DATELINE_MARKS = frozenset({"(", "-", "–", "—", ":"})  # what follows a dateline's date: "May 10, 2025 (AFP) -"


def find_date(text: str) -> str | None:
    """The date a document states for itself near its top, as YYYY-MM-DD, or None."""
    best: tuple[int, str] | None = None
    mentioned: list[str] = []
    previous = ""
    offset = 0
    for number, line in enumerate(text[:HEAD_CHARACTERS].splitlines()):
        read = _YEAR.search(line) and (number < HEAD_LINES or _LABEL_ANYWHERE.search(line))  # no year, no date
        for part_start, part in _parts(line) if read else ():
            for match, value in _dates_in(part):
                weight = _weight(part, match, previous, number)
                if weight == MENTIONED:
                    top = number < MENTION_LINES and offset + part_start + match.start() < MENTION_CHARACTERS
                    mentioned += [value] if top else []
                elif weight and (best is None or weight > best[0]):
                    best = (weight, value)
        previous = line if line.strip() else previous
        offset += len(line) + 1
    if best is None and mentioned:
        return mentioned[0]
    return best[1] if best else None


def _parts(line: str) -> list[tuple[int, str]]:
    """The '|'-separated parts of a line with where each starts: 'Sulaiman Daud | September 06, 2024, 05:01 PM'."""
    parts, start = [], 0
    for piece in line.split("|"):
        parts.append((start, piece))
        start += len(piece) + 1
    return parts


def _dates_in(part: str) -> list[tuple[re.Match[str], str]]:
    """The well-formed dates in a part of a line, in order, each with its ISO form."""
    matches = sorted((m for pattern in _DATES for m in pattern.finditer(part)), key=lambda m: m.start())
    return [(m, value) for m in matches if (value := _iso(m)) is not None]


def _weight(part: str, match: re.Match[str], previous: str, number: int) -> int:
    """How strongly a part of a line says the date on it is the article's (0: not at all)."""
    before, after = part[: match.start()], part[match.end() :]
    words_before = re.findall(r"[A-Za-z']+", before)
    others = len(before.split()) + len(after.split())
    if words_before and words_before[-1].lower() in _SPAN_WORDS:
        return 0
    if number >= HEAD_LINES:
        return LABELLED if _LABEL.match(part) and others <= LABELLED_LINE_WORDS else 0
    if _LABEL.match(part) and others <= LABELLED_LINE_WORDS:
        return LABELLED
    if _CAPTION.search(part) or _POST.search(part) or _RELATED.match(part):
        return MENTIONED
    if _SITE.search(before) or (not before.strip() and _SITE.search(after)):
        return SITE_DATE
    if before.strip().lower() == "on" and (others <= SHORT_LINE_WORDS or _CLOCK.match(after)):
        return OWN_LINE  # "on February 28, 2010 at 7:10 AM, updated ...": a posting line without its label
    if (words_before and words_before[-1].lower() in _EVENT_WORDS) or _titled(after):
        return MENTIONED
    if _BYLINE.match(part) or _BYLINE.match(previous):
        return BYLINE
    if number < HEADER_LINES and words_before[:1] and words_before[0].lower().rstrip(",") in _WEEKDAY_NAMES:
        return SITE_DATE  # "Thursday, June 5, 2025" above the title: the site's day
    if others <= SHORT_LINE_WORDS:
        return OWN_LINE if number < OWN_LINES else 0
    if len(before.split()) <= DATELINE_WORDS and after.strip()[:1] in _DATELINE_MARKS:
        return OWN_LINE  # "QUITO, May 10, 2025 (AFP) - Ecuador said ...": a dateline
    return MENTIONED  # a date inside a sentence: an event the article recalls, or the day's news


_WEEKDAY_NAMES = frozenset({*WEEKDAYS, *(d[:3] for d in WEEKDAYS)})


def _titled(after: str) -> bool:
    """Whether a date heads a title: 'April 15, 2023: the day Sudan's war began'."""
    return after.lstrip().startswith(":") and len(after.split()) > TITLE_WORDS


def _iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    name = (parts.get("month") or "").lower().rstrip(".")
    month = int(parts["m"]) if parts.get("m") else _MONTH_NUMBERS.get(name, 0) or _MONTH_NUMBERS.get(name[:3], 0)
    try:
        return dt.date(int(parts["year"]), month, int(parts["day"])).isoformat()
    except (ValueError, TypeError):
        return None
