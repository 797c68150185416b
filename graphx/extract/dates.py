"""Event dates: 'on Monday', 'last week', 'in April', 'earlier this month', resolved against the document's date.

News reports the past: a weekday is the latest such day on or before the document's date, a month after
the document's month is last year's. Each date comes with its precision (day, week, month, year); a sentence
that says nothing of time gets the document's own date, with precision `document`.
"""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|March|Apr(?:il)?|May|June|July|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("full", re.compile(_MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b")),
    ("full", re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b")),
    ("monthday", re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r"\b(?!\s*,?\s*(?:19|20)\d\d)")),
    ("monthday", re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?!\s*,?\s*(?:19|20)\d\d)")),
    ("weekday", re.compile(r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("yesterday", re.compile(r"\b(?:yesterday|last night)\b", re.IGNORECASE)),
    ("today", re.compile(r"\b(?:today|tonight|this morning|this afternoon|this evening)\b", re.IGNORECASE)),
    ("last_week", re.compile(r"\blast week\b", re.IGNORECASE)),
    ("this_week", re.compile(r"\b(?:this|earlier this|later this) week\b", re.IGNORECASE)),
    ("last_month", re.compile(r"\blast month\b", re.IGNORECASE)),
    ("this_month", re.compile(r"\b(?:this|earlier this|later this) month\b", re.IGNORECASE)),
    ("month_last_year", re.compile(r"\b" + _MONTH + r",?\s+(?i:last)\s+(?i:year)\b")),  # "in November last year"
    # "last November", "Last May" (not "last May 5", "the last May Day parade")
    ("last_named_month", re.compile(r"\b(?i:last)\s+" + _MONTH + r"(?!\s+(?:" + _DAY + r"\b|Day\b))")),
    ("in_month", re.compile(r"\b(?:in|since|during|early|late|mid-?)\s+" + _MONTH + r"(?:\s+" + _YEAR + r")?\b")),
    ("last_year", re.compile(r"\blast year\b", re.IGNORECASE)),
    ("in_year", re.compile(r"\bin\s+" + _YEAR + r"\b")),
)


_MONTH_ANYWHERE = re.compile(_MONTH)  # any month's name, bounded or not: no pattern that needs one matches without it
# what a sentence's lower-case form holds wherever a pattern of a kind matches: cheap tests before the pattern; none
# with an 'i', 's' or 'k', whose other forms ('ı', 'ſ', the Kelvin sign) a case-blind pattern matches too
_HELD: dict[str, tuple[str, ...]] = {
    "weekday": ("day",),
    "yesterday": ("day", "ght"),
    "today": ("day", "ght", "morn", "afternoon", "even"),
    "last_week": ("wee",),
    "this_week": ("wee",),
    "last_month": ("month",),
    "this_month": ("month",),
    "last_year": ("year",),
    "in_year": ("19", "20"),
}
_GATED = tuple((kind, pattern, "(?P<month>" in pattern.pattern, _HELD.get(kind, ("",))) for kind, pattern in _PATTERNS)
# a cheap first test: a sentence without any of these words states no time (a word boundary after those that need
# one; a year as 19xx or 20xx)
_TIME_WORDS = (
    *(rf"{day}day\b" for day in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")),
    *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    *(rf"{word}\b" for word in ("yesterday", "today", "tonight", "week", "month", "year", "morning", "afternoon")),
    *(rf"{word}\b" for word in ("evening", "night")),
    r"19\d\d\b",
    r"20\d\d\b",
)
# the characters a case-blind pattern matches for a letter besides its two cases: "ſ" for "s", "ı" and "İ" for "i",
# the Kelvin sign for "k"
_FOLDS = {"s": "ſ", "i": "ıİ", "k": "\u212a"}
_PART = re.compile(r"\\.|.")  # an escape, or one character


def _either_case(pattern: str) -> str:
    """`pattern` (lower-case letters, digits and escapes) as a case-blind pattern matches, each letter a class."""
    return "".join(f"[{c}{c.upper()}{_FOLDS.get(c, '')}]" if c.isalpha() else c for c in _PART.findall(pattern))


def _any_time_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """A search for any of `words` at a word's start, as `(?i)\b(?:word|...)` finds one, but led by a class of
    their first characters (the boundary checked behind it), so that the engine looks only where one stands."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    firsts = "".join(_either_case(first).strip("[]") for first in rests)
    branches = "|".join(
        f"(?<={_either_case(first)})(?:{'|'.join(map(_either_case, rest))})" for first, rest in rests.items()
    )
    return re.compile(rf"[{firsts}](?<!\w.)(?:{branches})")


_ANY = _any_time_word(_TIME_WORDS)


def _month(name: str) -> int:
    key = name.lower().rstrip(".")[:3]
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(key))


def _date(text: str | None) -> dt.date | None:
    if not text or len(text) < 10:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def event_date(sentence: str, document_date: str | None) -> tuple[str | None, str | None]:
    """The date a sentence's event happened, and its precision; the document's date when it says nothing."""
    base = _date(document_date)
    if not _ANY.search(sentence):
        return (document_date, "document") if document_date else (None, None)
    named_month = _MONTH_ANYWHERE.search(sentence) is not None
    low = sentence.lower()
    for kind, pattern, needs_month, held in _GATED:
        if needs_month and not named_month:
            continue  # a pattern that needs a month's name, in a sentence that names none
        if not any(map(low.__contains__, held)):
            continue  # nor one that needs a word the sentence does not hold
        match = pattern.search(sentence)
        if match is None:
            continue
        resolved = _resolve(kind, match, base)
        if resolved is not None:
            return resolved
    return (document_date, "document") if document_date else (None, None)


def _resolve(kind: str, match: re.Match[str], base: dt.date | None) -> tuple[str, str] | None:
    """One time expression resolved against `base`, or None when it cannot be."""
    groups = match.groupdict()
    if kind == "full":
        return _day(int(groups["year"]), _month(groups["month"]), int(groups["day"]))
    if kind == "in_year":
        return groups["year"], "year"
    if base is None:
        return None
    if kind == "monthday":
        month = _month(groups["month"])
        return _day(base.year - (month > base.month), month, int(groups["day"]))
    if kind == "month_last_year":
        return f"{base.year - 1:04d}-{_month(groups['month']):02d}", "month"
    if kind == "last_named_month":  # the last such month before the document's own
        month = _month(groups["month"])
        return f"{base.year - (month >= base.month):04d}-{month:02d}", "month"
    if kind == "in_month":
        month = _month(groups["month"])
        year = int(groups["year"]) if groups.get("year") else base.year - (month > base.month)
        return f"{year:04d}-{month:02d}", "month"
    return _relative(kind, match, base)


def _relative(kind: str, match: re.Match[str], base: dt.date) -> tuple[str, str] | None:
    if kind == "weekday":
        back = (base.weekday() - WEEKDAYS.index(match.group("weekday").lower())) % 7
        return (base - dt.timedelta(days=back)).isoformat(), "day"
    if kind in ("yesterday", "today"):
        return (base - dt.timedelta(days=kind == "yesterday")).isoformat(), "day"
    if kind in ("last_week", "this_week"):
        day = base - dt.timedelta(days=7 if kind == "last_week" else 0)
        monday = day - dt.timedelta(days=day.weekday())
        return monday.isoformat(), "week"
    if kind in ("last_month", "this_month"):
        year, month = (base.year, base.month)
        if kind == "last_month":
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        return f"{year:04d}-{month:02d}", "month"
    if kind == "last_year":
        return f"{base.year - 1:04d}", "year"
    return None


def _day(year: int, month: int, day: int) -> tuple[str, str] | None:
    try:
        return dt.date(year, month, day).isoformat(), "day"
    except ValueError:
        return None
