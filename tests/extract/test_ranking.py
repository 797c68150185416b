"""The review ranker (graphx.extract.ranking): learned scores for co-occurrences, never for frame readings."""

from __future__ import annotations

import math

import pytest
import yaml

from graphx.extract.confidence import DEFAULT_MIN_CONFIDENCE, LEARNED_CEILING
from graphx.extract.cooccurrence import COOCCURRENCE_RULES
from graphx.extract.document_names import named_actors
from graphx.extract.extractor import extract
from graphx.extract.ranking import (
    RANKING_FILE,
    Model,
    Ranker,
    edge_features,
    feature_names,
    parse_ranker,
    ranked,
    shipped_ranker,
)
from graphx.extract.sentence import Found
from graphx.lexicon import TYPES, Lexicon

STORY = [
    "Sudan's army and the RSF clashed again near El Fasher on Monday, killing dozens.",
    "The army accused the RSF of shelling a market in the city.",
    "Kenya said it was ready to host talks.",
    "Sudan's army shelled RSF positions in Omdurman, witnesses said.",
    "Meanwhile Norway's foreign minister was in Brazil for a climate meeting.",
]


def test_the_shipped_file_has_a_model_per_type_naming_every_feature_once() -> None:
    ranker = shipped_ranker()
    assert set(ranker.models) == set(TYPES)
    assert all(set(model.weights) == set(feature_names()) for model in ranker.models.values())
    assert len(feature_names()) == len(set(feature_names()))
    assert ranker.models["conflict"] != ranker.models["mediation"]


def _model(weights: dict[str, object], intercept: float) -> dict[str, object]:
    return {"weights": weights, "intercept": intercept}


def _file(**changed: object) -> dict[str, object]:
    return {t: _model({"confidence": 1.0}, 0.0) for t in TYPES} | changed


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "maps each relation type"),
        ({"weights": {"confidence": 1.0}, "intercept": 0}, "maps each relation type"),  # one model for all
        ({t: _model({}, 0) for t in ("criticism", "conflict")}, "maps each relation type"),  # mediation missing
        (_file(support=_model({}, 0)), "maps each relation type"),
        (_file(mediation=[]), "ranking.yaml: mediation: a model is a mapping with 'weights'"),
        (_file(conflict={"weights": {"confidence": 1.0}}), "conflict: 'intercept' must be a finite number"),
        (_file(criticism=_model({"no_such_feature": 1.0}, 0)), "criticism: unknown feature 'no_such_feature'"),
        (_file(criticism=_model({"type_conflict": 1.0}, 0)), "unknown feature 'type_conflict'"),  # a type's own model
        (_file(conflict=_model({"confidence": "high"}, 0)), "must be a finite number"),
        (_file(conflict=_model({"confidence": float("nan")}, 0)), "must be a finite number"),
        (_file(conflict=_model({"confidence": True}, 0)), "must be a finite number"),
    ],
)
def test_a_bad_ranking_file_is_refused_with_what_is_wrong(data: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_ranker(data, "ranking.yaml")


def test_the_shipped_file_parses_as_written() -> None:
    data = yaml.safe_load(RANKING_FILE.read_text(encoding="utf-8"))
    assert parse_ranker(data, str(RANKING_FILE)) == shipped_ranker()


def test_a_score_is_a_probability_that_never_reaches_the_default_threshold() -> None:
    eager = Model({"confidence": 50.0}, 0.0)
    assert eager.score({"confidence": 1.0}) == LEARNED_CEILING < DEFAULT_MIN_CONFIDENCE
    assert Model({"confidence": -5000.0}, 0.0).score({"confidence": 1.0}) == 0.0
    assert Model({}, 0.0).score({}) == LEARNED_CEILING  # 0.5, held under the threshold
    assert Model({}, -math.log(3)).score({}) == 0.25


def test_an_edge_is_scored_by_the_model_of_its_type(lexicon: Lexicon) -> None:
    quarter, tenth = Model({}, -math.log(3)), Model({}, -math.log(9))
    ranker = Ranker({"criticism": tenth, "mediation": tenth, "conflict": quarter})
    assert ranker.score("conflict", {}) == 0.25 and ranker.score("mediation", {}) == 0.1
    found = extract(STORY, lexicon, "2025-06-04", 0.0, learned=False)
    out = ranked(found, named_actors(STORY, lexicon, "2025-06-04"), STORY, lexicon, ranker)
    co = [f for f in out if f.rule in COOCCURRENCE_RULES]
    assert {f.type for f in co} >= {"conflict", "mediation"}
    assert all(f.confidence == (0.25 if f.type == "conflict" else 0.1) for f in co)


def test_every_co_occurrence_rule_is_a_rule_the_model_tells_apart(lexicon: Lexicon) -> None:
    found = extract(STORY, lexicon, "2025-06-04", 0.0, learned=False)
    rules = {f.rule for f in found if f.rule.startswith("cooccurrence")}
    assert rules and rules <= set(COOCCURRENCE_RULES)
    assert {f"rule_{r}" for r in COOCCURRENCE_RULES} <= set(feature_names())


def test_edges_follow_the_scored_relations() -> None:
    assert Found("mediation", "NOR", None, ("SDN", "RSF"), 0, 0.2).edges() == [
        ("mediation", "NOR", "SDN"),
        ("mediation", "NOR", "RSF"),
    ]
    assert Found("conflict", None, None, ("SDN", "RSF"), 0, 0.2).edges() == [("conflict", "RSF", "SDN")]
    assert Found("criticism", "SDN", "RSF", (), 0, 0.2).edges() == [("criticism", "SDN", "RSF")]
    assert Found("conflict", None, None, ("SDN",), 0, 0.2).edges() == []
    assert Found("mediation", None, None, ("SDN",), 0, 0.2).edges() == []


def test_features_read_the_whole_document(lexicon: Lexicon) -> None:
    found = extract(STORY, lexicon, "2025-06-04", 0.0, learned=False)
    features = edge_features(found, named_actors(STORY, lexicon, "2025-06-04"), STORY, lexicon)
    war = features[("conflict", "RSF", "SDN")]
    assert set(war) == set(feature_names())
    assert war["top_two"] == 1.0 and war["in_headline"] == 1.0
    assert war["together"] == pytest.approx(math.log1p(2))  # two sentences name both ("the army" is not a name)
    assert war["together_cues_conflict"] > 0 and war["from_group"] == 1.0 and war["to_state"] == 1.0
    aside = [v for (t, a, b), v in features.items() if {a, b} == {"BRA", "NOR"}]
    assert aside and all(v["top_two"] == 0.0 and v["first_sentence"] > 0.5 for v in aside)


def test_the_story_s_own_pair_outranks_an_aside(lexicon: Lexicon) -> None:
    scored = extract(STORY, lexicon, "2025-06-04", 0.0)
    best: dict[frozenset[str], float] = {}
    for f in scored:
        for _, a, b in f.edges():
            best[frozenset((a, b))] = max(best.get(frozenset((a, b)), 0.0), f.confidence)
    aside = best.get(frozenset(("BRA", "NOR")))
    assert aside is not None and aside < best[frozenset(("KEN", "SDN"))]


def test_only_co_occurrences_are_rescored(lexicon: Lexicon) -> None:
    fixed = extract(STORY, lexicon, "2025-06-04", 0.0, learned=False)
    learned = extract(STORY, lexicon, "2025-06-04", 0.0)
    assert [f for f in fixed if not f.rule.startswith("cooccurrence")] == [
        f for f in learned if not f.rule.startswith("cooccurrence")
    ]
    co = [f for f in learned if f.rule.startswith("cooccurrence")]
    assert co and all(0 <= f.confidence <= LEARNED_CEILING for f in co)
    assert {f.confidence for f in co} != {f.confidence for f in fixed if f.rule.startswith("cooccurrence")}


def test_a_frame_reading_below_the_threshold_is_not_displaced_by_a_co_occurrence() -> None:
    frame = Found("conflict", None, None, ("RUS", "UKR"), 0, 0.45, "conflict.war_in")
    near = Found("conflict", None, None, ("RUS", "UKR"), 0, 0.2, "cooccurrence")
    eager = Ranker({t: Model({"confidence": 50.0}, 0.0) for t in TYPES})
    out = ranked([frame, near], [["RUS", "UKR"]], ["Russia's war in Ukraine."], _empty_lexicon(), eager)
    assert out == [frame]


def test_the_default_output_is_untouched_by_the_ranker(lexicon: Lexicon) -> None:
    default = DEFAULT_MIN_CONFIDENCE
    assert extract(STORY, lexicon, "2025-06-04", default) == extract(STORY, lexicon, "2025-06-04", default, False)


def test_ranking_is_deterministic(lexicon: Lexicon) -> None:
    assert extract(STORY, lexicon, "2025-06-04", 0.0) == extract(list(STORY), lexicon, "2025-06-04", 0.0)


def _empty_lexicon() -> Lexicon:
    return Lexicon({}, {}, {}, {})
