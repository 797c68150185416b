"""The other ways words and names are written (graphx.spellings)."""

from __future__ import annotations

from graphx.lexicon import build_lexicon
from graphx.spellings import arabic_article_variants, demonym_plurals, drug_cartels, generic_lowered, inflections


def test_inflections_follow_english_spelling() -> None:
    assert {"criticises", "criticised", "criticising"} <= inflections("criticise")
    assert {"slams", "slammed", "slamming"} <= inflections("slam")
    assert {"decries", "decried"} <= inflections("decry")
    assert {"dismisses", "dismissed"} <= inflections("dismiss")


def test_demonyms_in_an_or_i_have_a_plural_of_people() -> None:
    assert demonym_plurals(["Afghan", "Israeli", "French", "New Zealand"]) == ["Afghans", "Israelis"]


def test_the_arabic_article_is_written_many_ways() -> None:
    assert set(arabic_article_variants(("Saraya", "al", "-", "Salam"))) == {
        ("Saraya", "Al", "-", "Salam"),
        ("Saraya", "al", "Salam"),
        ("Saraya", "Al", "Salam"),
        ("Saraya", "as", "-", "Salam"),  # assimilated before a sun letter
        ("Saraya", "a", "-", "Salam"),  # bare, as some outlets write it
        ("Saraya", "el", "-", "Salam"),  # Egyptian
        ("Saraya", "El", "-", "Salam"),
    }
    assert arabic_article_variants(("Hamas",)) == []


def test_before_a_moon_letter_the_article_is_not_assimilated() -> None:
    variants = set(arabic_article_variants(("Jaysh", "al", "-", "Islam")))
    assert ("Jaysh", "el", "-", "Islam") in variants
    assert not any(v[1] in ("a", "ai") for v in variants)


def test_the_assimilated_article_takes_the_sun_letters_sound() -> None:
    variants = set(arabic_article_variants(("Ahrar", "al", "-", "Sham")))
    assert ("Ahrar", "ash", "-", "Sham") in variants
    assert ("Ahrar", "a", "-", "Sham") in variants


def test_a_name_s_arabic_article_is_matched_however_news_writes_it() -> None:
    names = build_lexicon().names
    for written in (("Saraya", "Al", "Salam"), ("Saraya", "Al", "-", "Salam"), ("Saraya", "al", "Salam")):
        assert names[written].actor == "SARAYASALAM"
    assert names[("Asaib", "Ahl", "Al", "Haq")].actor == "AAH"
    assert ("Al", "Aqsa") not in names  # only the names the lexicon has


def test_only_a_long_names_generic_last_word_is_lowered() -> None:
    labels = ("Jalisco New Generation Cartel", "Hezbollah Brigades", "Islamic State of Iraq")
    assert generic_lowered(labels) == ["Jalisco New Generation cartel"]


def test_a_cartels_name_takes_the_word_drug_before_cartel() -> None:
    assert drug_cartels(("Sinaloa Cartel", "Gulf cartel", "Zetas", "Juarez drug cartel")) == [
        "Sinaloa drug cartel",
        "Sinaloa drug Cartel",
        "Gulf drug cartel",
        "Gulf drug Cartel",
    ]
