"""Recalls as news reports them (graphx.extract.attribution): withdrawing one's ambassador ('X withdrew its
ambassador from Y', 'the withdrawal of its ambassador to Y'), a recall announced ('X will recall its ambassador'),
and a list read past a bracketed aside ('Spain (its minister) and Belgium'); with the near misses: troops withdrawn,
a treaty left, a recall only considered or denied."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import criticisms

RECALLS = [
    ("Poland withdrew its ambassador from Belarus on Monday.", ("POL", "BLR")),
    ("Peru announced the definitive withdrawal of its ambassador to Mexico.", ("PER", "MEX")),
    ("Burkina Faso will recall its ambassador from Algeria for consultations.", ("BFA", "DZA")),
]


@pytest.mark.parametrize(("text", "pair"), RECALLS)
def test_withdrawing_or_announcing_a_recall_of_ones_ambassador_is_a_protest(
    text: str, pair: tuple[str, str], lexicon: Lexicon
) -> None:
    assert pair in criticisms(text, lexicon)


NOT_RECALLS = [
    "Russia withdrew its troops from Syria last year.",
    "The United States withdrew from the Paris climate agreement with France.",
    "Poland may recall its ambassador from Belarus.",
    "Poland will not recall its ambassador from Belarus.",
]


@pytest.mark.parametrize("text", NOT_RECALLS)
def test_troops_a_treaty_or_a_recall_not_done_is_no_protest(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()


def test_a_list_goes_on_past_a_bracketed_aside(lexicon: Lexicon) -> None:
    found = criticisms("Israel condemned Spain (which recognised Palestine) and Belgium on Tuesday.", lexicon)
    assert {("ISR", "ESP"), ("ISR", "BEL")} <= found


def test_a_charge_d_affaires_summoned_is_a_protest_at_his_state(lexicon: Lexicon) -> None:
    text = "The Foreign Ministry of Kazakhstan summoned the charge d'affaires of Russia on Saturday."
    assert ("KAZ", "RUS") in criticisms(text, lexicon)


def test_two_states_each_recalling_their_ambassadors_protest_both_ways(lexicon: Lexicon) -> None:
    found = criticisms("Venezuela and Colombia each recalled their ambassadors on Friday.", lexicon)
    assert found == {("VEN", "COL"), ("COL", "VEN")}
    assert criticisms("Venezuela and Colombia recalled their ambassadors.", lexicon) == set()


def test_a_leader_withdrawing_his_countrys_ambassador_protests(lexicon: Lexicon) -> None:
    found = criticisms("Maduro withdrew his country's ambassador from Bogota for consultations.", lexicon)
    assert found == {("VEN", "COL")}


def test_a_leader_recalling_his_states_named_ambassador_protests(lexicon: Lexicon) -> None:
    text = "Petro recalled Colombia's ambassador to Israel as he criticized the country's military offensive."
    assert ("COL", "ISR") in criticisms(text, lexicon)
    assert criticisms("Colombia recalled Venezuela's ambassador's car.", lexicon) == set()


def test_the_two_countries_recalling_their_ambassadors_protest_both_ways(lexicon: Lexicon) -> None:
    sentences = ["Mali and Algeria clashed over a drone.", "The two countries had already recalled their ambassadors."]
    assert criticisms(sentences, lexicon) == {("MLI", "DZA"), ("DZA", "MLI")}


def test_the_recall_announced_as_a_noun(lexicon: Lexicon) -> None:
    text = "Mali and Niger announced the recall of their respective ambassadors from Algeria."
    assert criticisms(text, lexicon) == {("MLI", "DZA"), ("NER", "DZA")}


SUMMONED_BY_THE_HOST = [
    ("China's ambassador to Manila was summoned after Beijing imposed sanctions on a senator.", ("PHL", "CHN")),
    ("The Russian ambassador to Poland was summoned on Monday over the drone incursion.", ("POL", "RUS")),
]


@pytest.mark.parametrize(("text", "pair"), SUMMONED_BY_THE_HOST)
def test_a_diplomat_summoned_with_no_agent_is_summoned_by_the_state_he_is_posted_to(
    text: str, pair: tuple[str, str], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == {pair}


@pytest.mark.parametrize(
    "text",
    [
        "China's ambassador to Manila was summoned to Beijing.",
        "China's ambassador to Manila was summoned home for consultations.",
    ],
)
def test_a_diplomat_called_home_is_no_protest_by_his_host(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()


def test_a_counterpart_summoned_is_a_protest_unless_summoned_for_talks(lexicon: Lexicon) -> None:
    text = "Bangladesh's foreign ministry summoned his Indian counterpart Pranay Verma to express grave concern."
    assert criticisms(text, lexicon) == {("BGD", "IND")}
    text = "The Thai foreign minister summoned his Cambodian counterpart for talks on the border."
    assert criticisms(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a recall named by a longer possessive; a diplomat summoned where he serves
        (
            "Salvadoran President Nayib Bukele announced the recall of El Salvador's ambassador to Mexico.",
            {("SLV", "MEX")},
        ),
        ("The Hungarian ambassador in Bucharest was summoned.", {("ROU", "HUN")}),
        # called home for consultations: no host summoned him; a summons denied or threatened
        ("The Hungarian ambassador in Bucharest was summoned to Budapest for consultations.", set()),
        ("The US ambassador in Beijing was summoned home for talks.", set()),
        ("The Israeli ambassador in Madrid was not summoned, officials said.", set()),
        ("The Hungarian ambassador in Bucharest will be summoned if the remarks are repeated.", set()),
    ],
)
def test_a_recall_of_a_named_states_envoy_and_a_summons_where_he_serves(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Honduras announced the immediate recall of its ambassador to Israel.", {("HND", "ISR")}),
        ("Bolivia ordered the recall of the Bolivian ambassador to Israel.", {("BOL", "ISR")}),
        # demanding the recall of another's envoy protests against that state
        ("Lithuania demanded the recall of China's ambassador to Vilnius.", {("LTU", "CHN")}),
        # another state's envoy recalled, with no demand: no protest read
        ("Bolivia ordered the recall of the Chilean ambassador to Israel.", set()),
    ],
)
def test_recalls_with_an_adjective_a_demonym_or_a_demand(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected


REPORTED_RECALLS = [
    ("Tunisia said Saturday it would recall its ambassador from Morocco for consultations.", ("TUN", "MAR")),
    ("Tunisia announced it would summon the Moroccan ambassador.", ("TUN", "MAR")),
]


@pytest.mark.parametrize(("text", "pair"), REPORTED_RECALLS)
def test_a_recall_or_summons_reported_with_would_is_announced(
    text: str, pair: tuple[str, str], lexicon: Lexicon
) -> None:
    assert pair in criticisms(text, lexicon)


NOT_REPORTED_RECALLS = [
    "Tunisia said it would recall its ambassador from Morocco if the visit went ahead.",
    "Tunisia said it would not recall its ambassador from Morocco.",
    "Tunisia would recall its ambassador from Morocco, analysts said.",
]


@pytest.mark.parametrize("text", NOT_REPORTED_RECALLS)
def test_a_conditional_denied_or_unreported_would_is_no_recall(text: str, lexicon: Lexicon) -> None:
    assert ("TUN", "MAR") not in criticisms(text, lexicon)


def test_a_diplomat_summoned_from_an_embassy_is_a_protest_at_its_state(lexicon: Lexicon) -> None:
    text = "India on Saturday summoned a senior diplomat from the German Embassy and lodged a strong protest."
    assert ("IND", "DEU") in criticisms(text, lexicon)
    assert criticisms("India summoned a diplomat from Germany to discuss trade.", lexicon) == set()


def test_a_generic_summoner_is_the_host_of_the_envoys_posting(lexicon: Lexicon) -> None:
    text = "The Federal Government has summoned Ghana's ambassador to Nigeria over the demolition."
    assert criticisms(text, lexicon) == {("NGA", "GHA")}


@pytest.mark.parametrize(
    "text",
    [
        "The government has not summoned Ghana's ambassador to Nigeria.",
        "The government may summon Ghana's ambassador to Nigeria.",
        "A court summoned Ghana's ambassador to Nigeria to testify.",
        "The government summoned Russia's ambassador to the UN.",
    ],
)
def test_a_generic_summons_denied_hedged_by_a_court_or_at_a_body_is_no_protest(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said Colombia would likely recall its ambassador from Venezuela.",
        "Kenya said it would recall its ambassador from Uganda should the attacks continue.",
        "Kenya said it would recall its ambassador from Uganda in case of further provocation.",
    ],
)
def test_a_recall_others_foresee_or_one_on_a_condition_is_none(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == set()


def test_summoning_the_ambassadors_of_two_states_protests_at_both(lexicon: Lexicon) -> None:
    text = "Turkey summoned the ambassadors of Ukraine and Russia over the attack."
    assert criticisms(text, lexicon) == {("TUR", "UKR"), ("TUR", "RUS")}


def test_summoning_the_envoys_of_two_states_to_discuss_a_matter_is_a_meeting(lexicon: Lexicon) -> None:
    text = "Turkey summoned the envoys of Ukraine and Russia to discuss the grain corridor."
    assert criticisms(text, lexicon) == set()


def test_a_recall_for_consultations_on_the_others_stance_is_a_protest(lexicon: Lexicon) -> None:
    text = "Algeria recalled its ambassador to France for consultations on Paris's stance on Western Sahara."
    assert ("DZA", "FRA") in criticisms(text, lexicon)


def test_summoning_the_popes_nuncio_criticises_the_holy_see(lexicon: Lexicon) -> None:
    assert criticisms("Ukraine summoned the Vatican's nuncio over the Pope's remarks.", lexicon) == {("UKR", "VAT")}


def test_a_coptic_pope_is_not_the_holy_see(lexicon: Lexicon) -> None:
    text = "Egypt's Coptic Pope Tawadros II condemned the Islamic State attack."
    assert "VAT" not in {a for p in criticisms(text, lexicon) for a in p}


@pytest.mark.parametrize(
    "text",
    [
        "China summoned the ambassador of Japan to lodge a protest and discuss the prime minister's remarks.",
        "Poland summoned the ambassador of Russia over the drone incursion, which NATO ministers will discuss.",
    ],
)
def test_a_protest_summons_that_also_discusses_is_still_a_protest(text: str, lexicon: Lexicon) -> None:
    assert len(criticisms(text, lexicon)) == 1


def test_a_recall_of_envoys_from_a_list_of_hosts_protests_against_each(lexicon: Lexicon) -> None:
    text = "Peru recalled its ambassadors in Mexico, Colombia, Argentina and Bolivia for consultations."
    assert criticisms(text, lexicon) == {("PER", "MEX"), ("PER", "COL"), ("PER", "ARG"), ("PER", "BOL")}


@pytest.mark.parametrize(
    "text",
    [
        "Algeria summoned the Danish ambassador and the Swedish chargé d'affaires to condemn the burning.",
        "Algeria summoned the Danish ambassador and Sweden's envoy.",
        "Algeria summoned the ambassador of Denmark and the chargé d'affaires of Sweden.",
        "Algeria on Thursday summoned the ambassadors of Denmark and the charge d’affaires of Sweden to protest.",
    ],
)
def test_two_diplomats_summoned_together_protest_at_both_states(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == {("DZA", "DNK"), ("DZA", "SWE")}


@pytest.mark.parametrize(
    "text",
    [
        "Algeria summoned the Danish ambassador and Swedish officials.",
        "Algeria summoned the ambassador of Denmark and the head of its mission.",
    ],
)
def test_a_diplomat_summoned_with_other_officials_protests_at_one_state(text: str, lexicon: Lexicon) -> None:
    assert criticisms(text, lexicon) == {("DZA", "DNK")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru called its ambassadors in Mexico and Colombia for consultations.", {("PER", "MEX"), ("PER", "COL")}),
        (
            "Peruvian government to call ambassadors in Mexico and Bolivia for consultation",
            {("PER", "MEX"), ("PER", "BOL")},
        ),
        # consultations held, or asked for between others, recall no one
        ("Peru held consultations with Mexico and Colombia.", set()),
        ("Peru called for consultations between Mexico and Colombia.", set()),
    ],
)
def test_an_ambassador_called_home_for_consultations_is_recalled(
    text: str, expected: set[tuple[str, str]], lexicon: Lexicon
) -> None:
    assert criticisms(text, lexicon) == expected
