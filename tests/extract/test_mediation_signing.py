"""Who signed what a mediator brokered (graphx.extract.mediation_signing): the signers in a 'by' phrase after the
signing, past a place or a time, and the near misses."""

from __future__ import annotations

import pytest

from graphx.lexicon import Lexicon
from tests.extract.readings import SIDES, mediations


@pytest.mark.parametrize(
    "text",
    [
        "The deal, mediated by the African Union, was signed by Ethiopia and the TPLF in Pretoria.",
        "The deal, mediated by the African Union, was signed in Pretoria by Ethiopia and the TPLF.",
        "The deal, mediated by the African Union, was signed in Pretoria by representatives of Ethiopia and the TPLF.",
    ],
)
def test_the_signers_of_a_brokered_deal_are_its_parties(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("AU", "ETH"), ("AU", "TPLF")}


@pytest.mark.parametrize(
    "text",
    [
        # witnesses of the signing are not its signers
        "The deal, brokered by Qatar, was signed at a ceremony attended by Egypt and Jordan.",
        "The accord, mediated by the African Union, was signed in Pretoria, witnessed by Kenya and Nigeria.",
    ],
)
def test_witnesses_of_a_signing_are_not_its_parties(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        # a third side witnessing two others sign their accord or truce
        "Thailand, Cambodia ink 'Kuala Lumpur Accord', witnessed by Anwar, Trump",
        "Thailand and Cambodia signed the accord in the presence of Anwar Ibrahim.",
    ],
)
def test_a_witness_of_two_sides_signing_mediates(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("MYS", "THA"), ("MYS", "KHM")}


@pytest.mark.parametrize(
    "text",
    [
        # the sides' own leaders present are no mediators; nor is a witness of no signing
        "Colombia and the ELN signed a ceasefire in the presence of Colombian President Gustavo Petro.",
        "Thailand and Cambodia held talks in the presence of Anwar Ibrahim's aides and journalists.",
    ],
)
def test_no_witness_mediates_a_signing_of_its_own_side_or_no_signing(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        # allies signing a pact, or a presence in another clause, mediate nothing
        "Japan and Australia signed a defence pact in the presence of US Secretary of State Marco Rubio.",
        "Sudan and South Sudan signed a deal, but fighting continued in the presence of UN peacekeepers.",
    ],
)
def test_a_presence_at_allies_pact_or_in_another_clause_is_no_mediation(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Armenia signed a US-brokered peace deal with Azerbaijan.",
        "Armenia agreed to a US-mediated ceasefire with Azerbaijan on Friday.",
    ],
)
def test_one_side_signing_a_brokered_deal_with_the_other(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("USA", "ARM"), ("USA", "AZE")}


def test_a_brokered_deal_welcomed_with_no_other_side_names_no_pair(lexicon: Lexicon) -> None:
    assert mediations(["Armenia welcomed the US-brokered ceasefire with Azerbaijan."], lexicon, 0) == set()


def test_an_accord_between_two_sides_signed_in_the_presence_of_a_third_in_the_passive(lexicon: Lexicon) -> None:
    text = "The peace agreement between Thailand and Cambodia was signed in the presence of Malaysia."
    assert mediations([text], lexicon, 0) == {("MYS", "THA"), ("MYS", "KHM")}


def test_witnesses_listed_past_a_relative_clause(lexicon: Lexicon) -> None:
    text = "Thailand and Cambodia signed the peace deal in the presence of Malaysia, which chairs Asean, and the US."
    assert mediations([text], lexicon, 0) == {(m, p) for m in ("MYS", "USA") for p in ("THA", "KHM")}


def test_allies_pact_signed_in_the_presence_of_a_third_in_the_passive_is_no_mediation(lexicon: Lexicon) -> None:
    text = "The defence pact between Japan and Australia was signed in the presence of the United States."
    assert mediations([text], lexicon, 0) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The agreement was signed by Fatah and Hamas in the presence of Saudi King Abdullah.",
        "Fatah and Hamas signed the document in the presence of Saudi King Abdullah.",
        "The declaration was signed by Fatah and Hamas, witnessed by Saudi King Abdullah.",
    ],
)
def test_a_witness_of_two_signing_in_the_passive_or_a_document_mediates(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("SAU", "FATAH"), ("SAU", "HAMAS")}


def test_a_trade_deal_signed_by_two_before_a_third_is_no_mediation(lexicon: Lexicon) -> None:
    text = "The trade agreement was signed by Japan and Australia in the presence of the US president."
    assert mediations([text], lexicon, 0) == set()


def test_the_delegates_after_a_fronted_host_are_the_sides(lexicon: Lexicon) -> None:
    text = (
        "Hosted by Chad's president in N'Djamena, the three days of talks finally saw representatives of the Seleka"
        " and anti-Balaka groups reach an accord."
    )
    assert mediations([text], lexicon, 0) == {("TCD", "SELEKA"), ("TCD", "ANTIBALAKA")}


@pytest.mark.parametrize(
    "text",
    [
        "Thailand and Cambodia signed a peace agreement, in a ceremony witnessed by the US.",
        "Thailand and Cambodia signed a joint peace agreement to sustain a ceasefire along their shared border, in a "
        "ceremony witnessed by the US.",
    ],
)
def test_a_ceremony_after_a_comma_witnesses_the_signing_before_it(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == {("USA", "THA"), ("USA", "KHM")}


@pytest.mark.parametrize(
    "text",
    [
        "Thailand and Cambodia signed a deal, but fighting continued in a ceremony witnessed by the US.",
        "Japan and Australia signed a defence pact, in a ceremony witnessed by the US.",
    ],
)
def test_a_ceremony_of_another_clause_or_of_allies_is_no_mediation(text: str, lexicon: Lexicon) -> None:
    assert mediations([text], lexicon, 0) == set()


def test_a_signing_ceremony_witnessed_lends_the_witness_the_disputes_sides(lexicon: Lexicon) -> None:
    text = [*SIDES, "The historic signing ceremony, witnessed by the US, ended the war."]
    assert mediations(text, lexicon, 2) == {("USA", "BLR"), ("USA", "POL")}


def test_an_honorific_before_a_witness_keeps_the_witness(lexicon: Lexicon) -> None:
    text = [*SIDES, "The signing ceremony, witnessed by Prime Minister Datuk Seri Anwar Ibrahim, ended the war."]
    assert mediations(text, lexicon, 2) == {("MYS", "BLR"), ("MYS", "POL")}


@pytest.mark.parametrize(
    "text",
    [
        "The signing ceremony, witnessed by Lithuania, marked the new trade deal.",
        "The signing ceremony, witnessed by Lithuania, was postponed indefinitely.",
        "The signing ceremony, witnessed by Lithuania, sealed the union treaty with Russia.",
    ],
)
def test_a_signing_ceremony_of_trade_undone_or_with_another_lends_no_sides(text: str, lexicon: Lexicon) -> None:
    assert mediations([*SIDES, text], lexicon, 2) == set()
