"""The extractor, construction by construction: direction, voice, coordination, negation, quotation."""

from __future__ import annotations

import pickle
from collections.abc import Collection, Sequence

import pytest

from graphx.extract.confidence import CONFIDENCE, DEFAULT_MIN_CONFIDENCE
from graphx.extract.extractor import Found, extract, has_cue
from graphx.extract.sentence import Sentence
from graphx.graph.model import Actor, Graph
from graphx.lexicon import Lexicon, build_lexicon


def confident(sentences: list[str], lexicon: Lexicon, date: str | None = None) -> list[Found]:
    """What extraction keeps at the default threshold."""
    return [f for f in extract(sentences, lexicon, date) if f.confidence >= DEFAULT_MIN_CONFIDENCE]


def read(text: str, lexicon: Lexicon, date: str | None = None) -> set[tuple[object, ...]]:
    """Relations in one sentence as (type, from, to) or (type, mediator, parties) or (type, sides)."""
    out: set[tuple[object, ...]] = set()
    for f in extract([text], lexicon, date):
        if f.confidence < DEFAULT_MIN_CONFIDENCE:
            continue
        if f.type == "criticism":
            out.add(("criticism", f.source, f.target))
        elif f.type == "mediation":
            out.add(("mediation", f.source, tuple(sorted(f.parties))))
        else:
            out.add(("conflict", *sorted(f.parties)))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Macron accused Russia of destabilising the Caucasus.", {("criticism", "FRA", "RUS")}),
        ("France was criticised by Italy over migration.", {("criticism", "ITA", "FRA")}),
        ("Germany, alarmed by the report, condemned Iran.", {("criticism", "DEU", "IRN")}),
        ("Putin dismissed Macron's remarks as nonsense.", {("criticism", "RUS", "FRA")}),
        ("Putin dismissed comments from his French counterpart.", {("criticism", "RUS", "FRA")}),
        ("Criticism of Israel by South Africa has grown louder.", {("criticism", "ZAF", "ISR")}),
        ("Kyiv slammed Budapest's stance.", {("criticism", "UKR", "HUN")}),
        (
            "Poland blasted Hungary, and Lithuania rebuked Belarus.",
            {("criticism", "POL", "HUN"), ("criticism", "LTU", "BLR")},
        ),
        ("Canada chided Haiti over the delayed elections.", {("criticism", "CAN", "HTI")}),
        (
            "Ushakov criticised the attempts of the EU and US to interfere.",
            {("criticism", "RUS", "EU"), ("criticism", "RUS", "USA")},
        ),
        (
            "Japan and Australia criticized Beijing's actions.",
            {("criticism", "JPN", "CHN"), ("criticism", "AUS", "CHN")},
        ),
        (
            "Iran condemned Israel and accused Washington of complicity.",
            {("criticism", "IRN", "ISR"), ("criticism", "IRN", "USA")},
        ),
        ("Algeria hit out at France over its colonial past.", {("criticism", "DZA", "FRA")}),
        ("Serbia denounced the attack on Kosovo by Albania.", {("criticism", "SRB", "ALB")}),
        ("Macron said Moscow's accusations were unacceptable.", {("criticism", "FRA", "RUS")}),
    ],
)
def test_criticism_direction(lexicon: Lexicon, text: str, expected: set[tuple[object, ...]]) -> None:
    assert read(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey mediated between Russia and Ukraine.", {("mediation", "TUR", ("RUS", "UKR"))}),
        (
            "A Qatari-brokered truce between Israel and Egypt held.",
            {("mediation", "QAT", ("EGY", "ISR")), ("conflict", "EGY", "ISR")},
        ),
        (
            "A ceasefire between Israel and Iran, brokered by Washington, held.",
            {("mediation", "USA", ("IRN", "ISR")), ("conflict", "IRN", "ISR")},
        ),
        (
            "Talks between Serbia and Kosovo, hosted by the EU in Brussels, broke down.",
            {("mediation", "EU", ("SRB", "XKX"))},
        ),
        (
            "Russia, which called the strikes reckless, offered to mediate between Israel and Iran.",
            {("mediation", "RUS", ("IRN", "ISR"))},
        ),
        ("The two sides met for EU-mediated talks between Serbia and Kosovo.", {("mediation", "EU", ("SRB", "XKX"))}),
        ("Kazakhstan hosted talks between Armenia and Azerbaijan.", {("mediation", "KAZ", ("ARM", "AZE"))}),
        (
            "Putin invited the leaders of Armenia and Azerbaijan to Russia for talks.",
            {("mediation", "RUS", ("ARM", "AZE"))},
        ),
        (
            "Oman, which has long acted as a mediator between Iran and Saudi Arabia, welcomed the deal.",
            {("mediation", "OMN", ("IRN", "SAU"))},
        ),
        ("Colombia facilitated talks between Venezuela and Guyana.", {("mediation", "COL", ("GUY", "VEN"))}),
        (
            "The US and the EU have taken a leading role in mediating the Armenia-Azerbaijan peace talks.",
            {("mediation", "USA", ("ARM", "AZE")), ("mediation", "EU", ("ARM", "AZE"))},
        ),
        ("Syria and Turkey met in Moscow in a meeting brokered by Russia.", {("mediation", "RUS", ("SYR", "TUR"))}),
        ("Indonesia offered to host talks between the Philippines and China.", {("mediation", "IDN", ("CHN", "PHL"))}),
    ],
)
def test_mediation_parties(lexicon: Lexicon, text: str, expected: set[tuple[object, ...]]) -> None:
    assert read(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Baku and Yerevan have fought two wars.", {("conflict", "ARM", "AZE")}),
        ("Deadly clashes along the Armenian-Azerbaijani border killed dozens.", {("conflict", "ARM", "AZE")}),
        ("Fighting between India and Pakistan resumed.", {("conflict", "IND", "PAK")}),
        ("Moscow was isolated after its invasion of Ukraine.", {("conflict", "RUS", "UKR")}),
        ("Russia invaded Ukraine in 2022.", {("conflict", "RUS", "UKR")}),
        ("Ukraine was attacked by Russia.", {("conflict", "RUS", "UKR")}),
        ("Israel launched an offensive against Syria.", {("conflict", "ISR", "SYR")}),
        ("Colombian troops clashed with Venezuelan soldiers.", {("conflict", "COL", "VEN")}),
        (
            "Moldova condemned the Russian shelling of Ukraine.",
            {("conflict", "RUS", "UKR"), ("criticism", "MDA", "RUS")},
        ),
        ("India and Pakistan agreed to a ceasefire after four days of fighting.", {("conflict", "IND", "PAK")}),
        (
            "Kyrgyzstan and Tajikistan settled a dispute that led to clashes between their forces.",
            {("conflict", "KGZ", "TJK")},
        ),
        (
            "Since Russia invaded Ukraine, Poland has criticised Hungary.",
            {("conflict", "RUS", "UKR"), ("criticism", "POL", "HUN")},
        ),
    ],
)
def test_conflict_sides(lexicon: Lexicon, text: str, expected: set[tuple[object, ...]]) -> None:
    assert read(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Poland did not criticise Hungary.",
        "Germany has never condemned Turkey.",
        "Ghana declined to condemn Niger.",
        "Senegal would mediate between Mali and Mauritania if asked.",
        "Qatar could mediate between Israel and Lebanon.",
        "If Venezuela attacked Guyana, Brazil would respond.",
        "Fears of a war between Serbia and Kosovo grew.",
        "Did France criticise Russia?",
        "Russia threatened to invade Georgia.",
        "Cuba refused to criticise Venezuela.",
        "Mali denounced the attacks by Burkina Faso's neighbours.",
        "The war in Ukraine dominated the summit in Paris.",
        "Pro-Moldovan separatists attacked Ukraine.",
        "The United States and Russia agreed to work toward a ceasefire in Ukraine.",
        "Iran and Saudi Arabia signed a truce in Yemen.",
        "Qatar, which had been warned of the attack in advance, condemned the strike.",
        "The deal, which Turkey condemned, was signed by Greece.",
        "China rejected the accusation.",
    ],
)
def test_negated_hypothetical_and_unrelated_statements_give_nothing(lexicon: Lexicon, text: str) -> None:
    assert read(text, lexicon) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cambodia thanked Malaysia, as well as China and the United States, which sent observers, "
            "and accused Thailand of firing first.",
            {("criticism", "KHM", "THA")},
        ),
        (
            "Georgia accused the EU of blackmail after Brussels suspended visas, and dismissed criticism from the US.",
            {("criticism", "GEO", "EU"), ("criticism", "GEO", "USA"), ("criticism", "USA", "GEO")},
        ),
        (
            "Relations soured after Azerbaijani President Ilham Aliyev accused Russia of downing a plane.",
            {("criticism", "AZE", "RUS")},
        ),
        ('Russia, which called the U.S. strikes "irresponsible", kept silent.', {("criticism", "RUS", "USA")}),
        (
            "Tajikistan was accused by Kyrgyzstan of shelling villages, a charge Dushanbe rejected.",
            {("criticism", "KGZ", "TJK"), ("criticism", "TJK", "KGZ")},
        ),
        (
            "Mali accused France of arming rebels, and Algeria later rejected the charges.",
            {("criticism", "MLI", "FRA")},
        ),
    ],
)
def test_coordinated_verbs_clauses_and_called(lexicon: Lexicon, text: str, expected: set[tuple[object, ...]]) -> None:
    assert read(text, lexicon, "2025-03-01") == expected


def test_rejecting_the_accusations_answers_the_last_accuser(lexicon: Lexicon) -> None:
    found = confident(
        [
            "Cambodia accused Thai troops of firing first.",
            "Fighting continued on Sunday.",
            "The Thai foreign ministry rejected the accusations.",
        ],
        lexicon,
    )
    assert [(f.source, f.target, f.sentence) for f in found] == [("KHM", "THA", 0), ("THA", "KHM", 2)]
    found = confident(["Serbia rejected the accusations."], lexicon)
    assert found == []


def test_a_quotation_is_attributed_to_the_named_speaker(lexicon: Lexicon) -> None:
    text = "“We strongly condemn Russia's aggression against our neighbours,” German Chancellor Olaf Scholz said."
    assert ("criticism", "DEU", "RUS") in read(text, lexicon)
    text = "Lavrov said: “We have always criticised the NATO expansion and we reject Finland's claims.”"
    assert read(text, lexicon) == {("criticism", "RUS", "NATO"), ("criticism", "RUS", "FIN")}


def test_he_is_the_last_person_named_as_a_subject(lexicon: Lexicon) -> None:
    found = confident(["Putin spoke in Astana on Friday.", "He accused France of meddling."], lexicon)
    assert [(f.source, f.target, f.sentence) for f in found] == [("RUS", "FRA", 1)]


def test_possessives_and_compounds_name_their_actor(lexicon: Lexicon) -> None:
    assert read("Moscow's critics say Russian-brokered ceasefires between Armenia and Azerbaijan fail.", lexicon) == {
        ("mediation", "RUS", ("ARM", "AZE")),
        ("conflict", "ARM", "AZE"),
    }
    assert read("Russia's full-scale invasion of Ukraine began in 2022.", lexicon) == {("conflict", "RUS", "UKR")}


def test_ceasefire_without_parties_takes_the_documents_warring_pair(lexicon: Lexicon) -> None:
    sentences = [
        "Armenia and Azerbaijan fought a war in 2020.",
        "Clashes between Armenia and Azerbaijan followed.",
        "The war ended with a Russian-brokered ceasefire.",
    ]
    found = [f for f in extract(sentences, lexicon) if f.type == "mediation"]
    assert [(f.source, f.parties, f.sentence) for f in found] == [("RUS", ("ARM", "AZE"), 2)]
    assert found[0].confidence < CONFIDENCE["mediation.compound"]  # lower than a frame that names the parties


def test_a_person_speaks_for_a_state_only_while_in_office(lexicon: Lexicon) -> None:
    text = "Biden criticised China."
    assert read(text, lexicon, "2023-05-01") == {("criticism", "USA", "CHN")}
    assert read(text, lexicon, "2015-05-01") == set()
    assert read("Former president Trump criticised China.", lexicon) == set()


def test_the_graphs_actors_extend_and_override_the_lexicon() -> None:
    graph = Graph(
        "g",
        {},
        {
            "WAG": Actor("WAG", "Wagner Group", "group", ("Wagner",)),
            "RU": Actor("RU", "Russia", "state", ("Moskva",)),
        },
        {},
        (),
    )
    lexicon = build_lexicon(graph)
    assert read("Wagner attacked Mali.", lexicon) == {("conflict", "MLI", "WAG")}
    assert read("Moskva condemned Kyiv, and the Kremlin denounced France.", lexicon) == {
        ("criticism", "RU", "UKR"),
        ("criticism", "RU", "FRA"),
    }


def test_extraction_is_deterministic_and_the_lexicon_pickles(lexicon: Lexicon) -> None:
    text = ["Macron accused Russia of meddling.", "Turkey hosted talks between Russia and Ukraine."]
    again = pickle.loads(pickle.dumps(lexicon))
    assert extract(text, lexicon) == extract(text, again)
    assert has_cue(text[0], lexicon) and not has_cue("The weather in Paris was fine.", lexicon)


def test_one_sentence_gives_one_item_per_relation(lexicon: Lexicon) -> None:
    found = confident(["Russia attacked Ukraine, and Russian troops shelled Ukraine again."], lexicon)
    assert [(f.type, f.parties) for f in found] == [("conflict", ("RUS", "UKR"))]


def _documents() -> list[list[str]]:
    from graphx.extract.documents import read_document
    from tests.paths import FIXTURES

    folders = [FIXTURES / "extract" / name for name in ("corpus", "heldout", "docs")]
    return [list(read_document(str(p)).sentences) for folder in folders for p in sorted(folder.glob("*.txt"))]


def test_what_is_kept_at_a_threshold_does_not_depend_on_whether_candidates_are_looked_for(lexicon: Lexicon) -> None:
    documents = _documents()
    assert len(documents) >= 6
    for sentences in documents:
        kept = extract(sentences, lexicon, "2025-06-04", DEFAULT_MIN_CONFIDENCE)
        everything = extract(sentences, lexicon, "2025-06-04", 0.0)
        assert kept == [f for f in everything if f.confidence >= DEFAULT_MIN_CONFIDENCE]


def test_the_document_s_sides_are_judged_from_the_same_evidence_at_any_threshold(
    lexicon: Lexicon, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graphx.extract.extractor as extractor

    seen: list[list[Found]] = []
    judge = extractor.dispute_pair

    def spy(
        found: Sequence[Found],
        pieces: Sequence[Sentence],
        lexicon: Lexicon,
        mediators: Collection[str] = (),
        near: Sequence[Found] = (),
    ) -> tuple[str, ...]:
        seen.append(list(near))
        return judge(found, pieces, lexicon, mediators, near)

    monkeypatch.setattr(extractor, "dispute_pair", spy)
    story = [
        "The army and the RSF clashed near El Fasher, killing dozens.",
        "The rebels shelled a market, the government said.",
        "Sudan's army said the paramilitaries attacked its positions.",
    ]
    extract(story, lexicon, "2025-06-04", DEFAULT_MIN_CONFIDENCE)
    extract(story, lexicon, "2025-06-04", 0.0)
    assert len(seen) == 2 and seen[0] and seen[0] == seen[1]
