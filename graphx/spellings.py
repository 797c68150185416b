"""The other ways a word or a name is written: a verb's regular forms, a demonym's plural, a name's Arabic article, a
long name's generic last word in lower case."""

from __future__ import annotations

import re
from collections.abc import Iterable


def inflections(base: str) -> set[str]:
    """Regular forms of an English verb: -s, -ed, -ing, with the usual spelling rules."""
    forms = {base}
    if base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif re.search(r"[^aeiou]y$", base):
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif re.search(r"(s|sh|ch|x|z)$", base):
        forms |= {base + "es", base + "ed", base + "ing"}
    elif len(base) <= 4 and re.search(r"[^aeiou][aeiou][bdgklmnprt]$", base):
        forms |= {base + "s", base + base[-1] + "ed", base + base[-1] + "ing"}
    else:
        forms |= {base + "s", base + "ed", base + "ing"}
    return forms


def demonym_plurals(adjectives: Iterable[str]) -> list[str]:
    """The people of a state named in the plural: 'Palestinians', 'Israelis', 'Afghans' (adjectives in -an or -i)."""
    return [a + "s" for a in adjectives if " " not in a and a.endswith(("an", "i"))]


# the sun letters, which the Arabic article takes on before them ("ash-Sham", "ar-Rahman"), two-letter ones first
SUN_LETTERS = ("Sh", "Th", "Dh", "T", "D", "R", "Z", "S", "N")
# the article's written forms besides "al-": assimilated ("ash-Sham"), bare ("a-Sham", as Syria Direct writes it),
# and Egyptian ("el-Sisi")
BARE = ("a", "-")
ARTICLE_FORMS: tuple[tuple[str, ...] | None, ...] = (("al", "-"), ("Al", "-"), ("al",), ("Al",), None, BARE)
ARTICLE_FORMS_EL = (("el", "-"), ("El", "-"))


def _assimilated(word: str) -> tuple[str, ...]:
    """The article as said before `word`: 'ash-' before 'Sham', 'ar-' before 'Rahman', 'al-' before 'Qaeda'."""
    letters = next((s for s in SUN_LETTERS if word.startswith(s)), None)
    return ("a" + letters.lower(), "-") if letters else ("al", "-")


def _article(form: tuple[str, ...] | None, word: str) -> tuple[str, ...]:
    """The article's tokens in one written form before `word`; the bare 'a-' only before a sun letter."""
    if form is None or form == BARE:
        said = _assimilated(word)
        return said if form is None or said == ("al", "-") else BARE
    return form


def arabic_article_variants(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The other ways news writes a name's Arabic article: 'al-Rahman', 'Al-Rahman', 'al Rahman', 'Al Rahman',
    'ar-Rahman', 'a-Rahman', 'el-Rahman'."""
    if not any(t in ("al", "Al") for t in tokens):
        return []
    out = []
    for form in (*ARTICLE_FORMS, *ARTICLE_FORMS_EL):
        words: list[str] = []
        i = 0
        while i < len(tokens):
            hyphened = i + 2 < len(tokens) and tokens[i + 1] == "-"
            if (
                tokens[i] in ("al", "Al")
                and i > 0
                and (hyphened or (i + 1 < len(tokens) and tokens[i + 1][:1].isupper()))
            ):
                i += 2 if hyphened else 1
                words += _article(form, tokens[i] if i < len(tokens) else "")
                continue
            words.append(tokens[i])
            i += 1
        out.append(tuple(words))
    return [v for v in dict.fromkeys(out) if v != tokens]


# the generic last word of a long name that reporting often writes in lower case: "the Jalisco New Generation cartel"
GENERIC_NAME_ENDS = frozenset(
    {"Cartel", "Army", "Front", "Movement", "Group", "Party", "Brigade", "Brigades", "Force", "Forces", "Alliance"}
    | {"Coalition", "Network", "Militia", "Organisation", "Organization", "Council", "Union"}
)
GENERIC_NAME_WORDS = 3  # shorter names keep their case: "Hezbollah brigades" are Hezbollah's, not Kataib Hezbollah


def generic_lowered(labels: tuple[str, ...]) -> list[str]:
    """The long names among `labels` with their generic last word in lower case."""
    out = []
    for label in labels:
        words = label.split()
        if len(words) >= GENERIC_NAME_WORDS and words[-1] in GENERIC_NAME_ENDS:
            out.append(" ".join([*words[:-1], words[-1].lower()]))
    return out


def drug_cartels(labels: tuple[str, ...]) -> list[str]:
    """A cartel's names with the word news puts before 'cartel': "the Arellano Felix drug cartel"."""
    out = []
    for label in labels:
        words = label.split()
        if len(words) >= 2 and words[-1] in ("cartel", "Cartel") and words[-2] != "drug":
            out += [" ".join([*words[:-1], "drug", end]) for end in ("cartel", "Cartel")]
    return out
