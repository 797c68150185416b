"""Judgements (graphx.extract.judgements): whom a judgement is of when it names the judged before a quotation, after
'it was ... of', or inside a claim it answers."""

from __future__ import annotations

import pytest

from graphx.extract.extractor import extract
from graphx.lexicon import Lexicon
from tests.extract.readings import criticisms


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda said it was \u201cshameful\u201d of Canada to impose sanctions.",
        "Rwanda said it was irresponsible of Canada to impose sanctions.",
        "It was irresponsible of Canada to impose sanctions, Rwanda said.",
    ],
)
def test_it_was_a_judgement_of_an_actor_to_act(text: str, lexicon: Lexicon) -> None:
    assert ("RWA", "CAN") in criticisms(text, lexicon)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany described the massacre of Armenians as genocide.", set()),
        ("France called the detention of two Iranian diplomats illegal.", set()),
        ("France called the killing of the Iranian general by Israel a crime.", {("FRA", "ISR")}),
        ("France called the invasion of Ukraine by Russia a crime.", {("FRA", "RUS")}),
    ],
)
def test_who_suffered_an_act_judged_is_not_judged(text: str, expected: set[tuple[str, str]], lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == expected


def test_it_was_no_judgement_when_denied(lexicon: Lexicon) -> None:
    assert not criticisms("Rwanda said it was not irresponsible of Canada to impose sanctions.", lexicon)


def test_a_quoted_judgement_is_of_the_owner_named_before_the_quotation(lexicon: Lexicon) -> None:
    text = "Rwanda said that Canada's \u201cposition on the conflict in eastern DRC is shameful\u201d."
    assert criticisms(text, lexicon) == {("RWA", "CAN")}


def test_an_actor_inside_a_claim_judged_is_not_judged(lexicon: Lexicon) -> None:
    text = "Hezbollah called the allegation that it supported and trained the Polisario movement baseless."
    assert ("HEZBOLLAH", "POLISARIO") not in criticisms(text, lexicon)
    earlier = "Morocco accused Hezbollah of training the Polisario."
    assert ("HEZBOLLAH", "MAR") in criticisms([earlier, text], lexicon)


@pytest.mark.parametrize(
    ("critic", "expected"),
    [
        ("Belarus labelled the strikes a \u201cterrorist act\u201d.", {("BLR", "POL")}),  # one side: the other's act
        ("Russia called the attack an act of aggression.", {("RUS", "POL")}),  # a third side: the attacker's
        ("Belarus called the shelling an act of aggression by Russia.", {("BLR", "RUS")}),  # the doer named
    ],
)
def test_a_calling_verb_judges_the_act_the_document_last_reported(
    critic: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(["Poland struck Belarusian airfields on Sunday.", critic], lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia highlighted recent \u201cprovocative\u201d actions by Russia.", {("GEO", "RUS")}),
        ("Georgia warned against provocative actions by Russia.", {("GEO", "RUS")}),
        (
            "\u201cWe recalled our envoy after the reckless statements of the Peruvian foreign minister,\u201d "
            "Venezuela said.",
            {("VEN", "PER")},
        ),
        ("Georgia denied any provocative actions by Russia.", set()),  # denied
        ("If Russia takes provocative actions, Georgia will respond.", set()),  # no deed's doer named after it
    ],
)
def test_a_judgement_before_deeds_judges_their_doer(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv believes Moscow has illegally taken thousands of Ukrainian children.", {("UKR", "RUS")}),
        ("Georgia said Russian border guards had illegally detained two Georgian citizens.", {("GEO", "RUS")}),
        (
            "Russian forces illegally detained a Georgian national, Georgia's security service reported.",
            {("GEO", "RUS")},
        ),
        ("Russia said Ukraine did not illegally detain its citizens.", set()),  # denied
        ("Some 250 Cambodian activists illegally entered Vietnamese territory, Vietnam said.", set()),  # not the state
        ("Thousands of children were illegally taken to Russia, according to a report.", set()),  # no doer, no speaker
    ],
)
def test_an_act_its_reporter_calls_unlawful_criticises_its_doer(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


def test_losses_called_disproportionate_are_no_judgement(lexicon: Lexicon) -> None:
    assert criticisms("Ukraine says Russia is suffering disproportionate losses in Pokrovsk.", lexicon) == set()
    assert criticisms("The IMF said Egypt's debt was excessive.", lexicon) == set()


def test_annoyance_at_an_act_is_disapproval(lexicon: Lexicon) -> None:
    assert criticisms("Greece expressed annoyance at Britain's decision.", lexicon) == {("GRC", "GBR")}


def test_the_commonwealth_of_australia_is_australia(lexicon: Lexicon) -> None:
    text = "Timor-Leste accused the Commonwealth of Australia of spying on its cabinet."
    assert criticisms(text, lexicon) == {("TLS", "AUS")}


def test_rejecting_an_act_as_a_sham_judges_its_owner(lexicon: Lexicon) -> None:
    assert criticisms("The US rejected Myanmar's election as a sham.", lexicon) == {("USA", "MMR")}
    assert criticisms("China rejected the vote in Japan.", lexicon) == set()  # no act of an owner judged


def test_a_quoted_judgement_after_but_judges_its_own_clause(lexicon: Lexicon) -> None:
    text = '"The Armenian shooting was deplorable, but the Azerbaijani response was unacceptable," Borrell said.'
    found = extract([text], lexicon, "2022-09-14", min_confidence=0.5)
    assert {(f.source, f.target) for f in found if f.type == "criticism"} == {("EU", "ARM"), ("EU", "AZE")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India called Pakistan the “epicentre of terrorism”.", {("IND", "PAK")}),
        ("India called Pakistan a “terror state”.", {("IND", "PAK")}),
        ("Argentina's president Javier Milei called Petro a “murderous communist”.", {("ARG", "COL")}),
        # an epithet of nobody named, or denied of oneself, judges no one
        ("The murderous attack killed ten Israelis, Netanyahu said.", set()),
        ("Pakistan has long denied being a sponsor of terrorism.", set()),
    ],
)
def test_an_epithet_of_terror_or_murder_judges_who_it_names(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    lead = "Colombian President Gustavo Petro spoke on Monday."  # who 'Petro' is
    assert criticisms([lead, text], lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Iran said the United States was a terrorist regime.",
        "Iran called the United States the “epicentre of terrorism”.",
    ],
)
def test_a_name_ending_in_a_word_of_saying_is_not_a_verb(text: str, lexicon: Lexicon) -> None:
    """The 'States' of 'the United States' does not open the judged clause: the judged is the name."""
    assert ("IRN", "USA") in criticisms(text, lexicon)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“It is a terror state,” Iran said of Israel.", {("IRN", "ISR")}),
        ("“It is a terror state,” Iran's foreign minister said of the United States on Monday.", {("IRN", "USA")}),
        ("Iran said of Israel: “It is a terror state.”", {("IRN", "ISR")}),
        ("“It is a terror state,” Iranian Foreign Minister Abbas Araghchi said of Israel.", {("IRN", "ISR")}),
        ("“It is not a terror state,” Iran said of Israel.", set()),
        ("“We will talk to them,” Iran said of Israel.", set()),
    ],
)
def test_a_quotation_judges_whom_it_was_said_of(text: str, expected: set[tuple[str, str]], lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv said Moscow's proposal was a “cynical” ploy.", {("UKR", "RUS")}),
        ("China called the US tariffs coercive.", {("CHN", "USA")}),
        ("Mali said Algeria's stance was an expansionist ploy.", {("MLI", "DZA")}),
        # a judgement of nobody named judges no one
        ("Kyiv said the deal was unfair to farmers.", set()),
    ],
)
def test_words_of_contempt_for_a_ploy_or_coercion_judge(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


def test_what_it_called_is_said_by_the_subject_not_a_person_accused(lexicon: Lexicon) -> None:
    text = (
        "Kataib Hezbollah accused Prime Minister Mohammed Shia Al-Sudani of orchestrating what it called a "
        "“malicious trap” in Baghdad."
    )
    assert criticisms([text], lexicon) == {("KH", "IRQ")}


@pytest.mark.parametrize(
    "text",
    [
        "China's move was described by Sudan as reckless.",
        "China's move was called reckless by Sudan.",
        "The strikes by China were called reckless by Sudan.",
        "China's claims were rejected by Sudan as baseless.",
    ],
)
def test_a_judgement_in_the_passive_is_the_agents_of_the_subjects_owner(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == {("SDN", "CHN")}


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("Colombia called the US strikes murder.", ("COL", "USA")),
        ('Colombia called the US strikes "murder".', ("COL", "USA")),
        ("The UN called the Israeli strike a massacre.", ("UN", "ISR")),
        ("Cuba called the blockade by the US criminal.", ("CUB", "USA")),
        ("Cuba called the blockade by the US illegal.", ("CUB", "USA")),
        ('Panama called the U.S. invasion "a criminal act."', ("PAN", "USA")),
    ],
)
def test_an_act_called_murder_or_a_crime_or_one_by_the_other_called_so(
    text: str, edge: tuple[str, str], lexicon: Lexicon
) -> None:
    assert edge in criticisms(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "Kiribati said Chinese officers were working on a crime database with its police.",
        "The court in Chad convicted a Sudanese man of murder.",
        "Nigeria said criminal gangs from Niger were crossing the border.",
        "The brutal war between Iran and Iraq ended in 1988.",  # a war described, no one judged
        "Egypt said Sudan's brutal civil war had sent millions fleeing.",
        "Brazil said criminal acts by Venezuelan gangs were rising on the border.",
    ],
)
def test_a_judgement_word_that_modifies_a_noun_or_names_a_charge_judges_no_one(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()


def test_a_strike_judged_is_no_charge_of_striking_first(lexicon: Lexicon) -> None:
    assert ("UN", "ISR") in criticisms("The UN called the Israeli strike illegal.", lexicon)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ('Kinshasa called Kigali\'s denial "an insult to the victims".', ("COD", "RWA")),
        ("Turkey's Erdogan called Israel's Netanyahu \"the butcher of Gaza\".", ("TUR", "ISR")),
        ("Israel's foreign minister said Turkey's president was \"antisemitic\".", ("ISR", "TUR")),
        ('China said the United States had "no right" to interfere in Hong Kong\'s affairs.', ("CHN", "USA")),
    ],
)
def test_an_insult_a_butcher_antisemitism_or_no_right_judge_the_other(
    text: str, edge: tuple[str, str], lexicon: Lexicon
) -> None:
    assert edge in criticisms(text, lexicon)


def test_a_state_saying_it_has_no_right_judges_no_one(lexicon: Lexicon) -> None:
    assert criticisms("Kenya said it had no right to comment on Somalia's election.", lexicon) == set()


def test_an_act_called_an_act_of_war_is_judged(lexicon: Lexicon) -> None:
    text = "Pakistan described India's suspension of the Indus Waters Treaty as an act of war."
    assert criticisms(text, lexicon) == {("PAK", "IND")}


def test_a_hypothetical_act_of_war_judges_no_one(lexicon: Lexicon) -> None:
    assert criticisms("Pakistan said any diversion of water would be an act of war.", lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Iran called the US strikes a "grave violation" of international law.', {("IRN", "USA")}),
        ("Israel called the ICJ ruling a disgrace.", {("ISR", "ICJ")}),
        # a noun phrase called something that is no judgement
        ("Trump called the Egyptian leader a great friend.", set()),
        ("China called the US ships a welcome sight.", set()),
    ],
)
def test_an_act_named_by_its_doer_called_a_judgement_with_its_article(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Ukraine\'s foreign ministry said the vote was a "farce" staged by Moscow.', {("UKR", "RUS")}),
        ("Kyiv said the referendum was a sham orchestrated by Russia.", {("UKR", "RUS")}),
        # no judgement, or none said by the subject
        ("Kyiv said the concert was a success staged by Moscow.", set()),
        ("Kyiv said the vote would not be a farce staged by Moscow.", set()),
    ],
)
def test_a_judged_act_staged_by_its_doer(text: str, expected: set[tuple[str, str]], lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Croatia's foreign minister called Serbia a Russian vassal.",
        "Croatia's foreign minister called Serbian President Aleksandar Vučić a Russian “lackey.”",
    ],
)
def test_calling_another_a_third_states_servant_is_criticism(text: str, lexicon: Lexicon) -> None:
    assert ("HRV", "SRB") in criticisms(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched a satellite for Iran.",
        "Ukraine said Russia's satellite imagery showed damage to the bridge.",
        "Belarus, long described as a Russian satellite, hosted the talks.",
    ],
)
def test_a_satellite_judges_no_one(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Latvian foreign ministry said in a statement that Belarus's attack was a war crime.",
        "Latvia said in its statement that Belarus's strikes were unacceptable.",
        "Latvia's foreign minister said in an interview that Belarus's claims were baseless.",
    ],
)
def test_a_judgement_said_in_a_statement_is_the_speakers(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == {("LVA", "BLR")}


def test_a_judgement_inside_an_allegation_is_not_the_one_who_dismisses_it(lexicon: Lexicon) -> None:
    assert criticisms("Latvia dismissed the allegation that Belarus's strikes were unacceptable.", lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Jordan called Israel's plan reckless.",
        "Jordan called Israel's annexation plan reckless.",
        "Jordan said Israel's plan was illegal.",
    ],
)
def test_a_plan_judged_is_no_hedge(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == {("JOR", "ISR")}


@pytest.mark.parametrize(
    "text",
    ["Jordan said Israel's plan would not be illegal.", "Jordan did not call Israel's plan reckless."],
)
def test_a_judgement_denied_of_a_plan_is_none(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ["The Arab League condemned Netanyahu's comments.", 'Jordan called them "a dangerous escalation".'],
            ("JOR", "ISR"),
        ),
        (["Israel seized the ship on Monday.", "Iran called it an act of piracy."], ("IRN", "ISR")),
        (["The US imposed new tariffs on Chinese goods.", "China called it bullying."], ("CHN", "USA")),
    ],
)
def test_what_it_stands_for_is_what_the_sentence_before_told(
    text: list[str], expected: tuple[str, str], lexicon: Lexicon
) -> None:
    assert expected in criticisms(text, lexicon)


def test_it_stands_for_nothing_judged_when_the_sentence_before_names_two(lexicon: Lexicon) -> None:
    text = ["Israel and Egypt announced a plan.", "Jordan called it reckless."]
    assert criticisms(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (["Russia accused Ukraine of staging the massacre.", "Britain called it propaganda."], ("GBR", "RUS")),
        (["Iran condemned the US strikes.", "Israel called it hypocrisy."], ("ISR", "IRN")),
    ],
)
def test_a_claim_judged_as_it_is_its_makers(text: list[str], expected: tuple[str, str], lexicon: Lexicon) -> None:
    assert expected in criticisms(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        ["China criticised the Philippines over the reef.", "The United States called it bullying."],  # of whom?
        ["Qatar hosted the envoys.", "Israel struck a hospital in Gaza, and Hamas called it a massacre."],
        ["Venezuela expelled the diplomats.", 'Brazil called it "not a provocation".'],
    ],
)
def test_it_judged_ambiguously_or_denied_stands_for_no_one(text: list[str], lexicon: Lexicon) -> None:
    judged = [f for f in extract(text, lexicon, "2025-06-04") if f.rule == "criticism.judgement" and f.sentence == 1]
    assert judged == []


def test_it_judged_with_its_doer_named_is_the_doers(lexicon: Lexicon) -> None:
    assert criticisms("Russia called it a provocation by Kyiv.", lexicon) == {("RUS", "UKR")}


def test_a_possible_crime_of_an_owner_is_a_hedge(lexicon: Lexicon) -> None:
    assert criticisms("Jordan called Israel's actions possible war crimes.", lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain said it was an unlawful use of force by Russia.", {("GBR", "RUS")}),
        ("Ukraine called it an illegal occupation by Russia.", {("UKR", "RUS")}),
        ("Britain said it was not an unlawful use of force by Russia.", set()),
    ],
)
def test_a_judged_deed_before_its_doer(text: str, expected: set[tuple[str, str]], lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Britain said it might be an unlawful use of force by Russia.",
        "Britain said it was unclear if it was an illegal act by Iran.",
    ],
)
def test_a_judged_deed_only_supposed_is_no_judgement(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()


def test_a_judged_deed_by_the_doer_named_with_its_article(lexicon: Lexicon) -> None:
    assert criticisms("Israel called it a terrorist act by the Houthis.", lexicon) == {("ISR", "HOUTHIS")}
