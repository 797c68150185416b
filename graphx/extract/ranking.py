"""Learned confidence for the review candidates: how likely a co-occurrence is a relation the article states.

The frame readings carry confidences measured reading by reading (`confidence`). Co-occurrences (two actors near
a cue, or two actors one document names) are a long list in which about one in ten is right, and a fixed value per
tier ranks them poorly. Here each such candidate is scored by a logistic model over what the whole document says
of its two actors: how often and how early each is named, how often they are named together and near which cues,
what the frame readings found about them, and of which kind they are. Each relation type has its own model, since
the same evidence means different things for each (two sides named often together are likely at war, less likely
each other's mediator). The weights are data (graphx/data/ranking.yaml), fitted on the dev split of the real-news
corpus by `make train-ranker`.

A learned score never reaches the default threshold (`confidence.LEARNED_CEILING`): what the default output holds
is still decided by the frame readings alone, and the model only orders and calibrates what is proposed for review.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import yaml

from graphx.extract.confidence import DEFAULT_MIN_CONFIDENCE, LEARNED_CEILING
from graphx.extract.cooccurrence import COOCCURRENCE_RULES, PAIR_RULE
from graphx.extract.sentence import Found
from graphx.lexicon import TOKEN, TYPES, Lexicon

RANKING_FILE = Path(__file__).resolve().parent.parent / "data" / "ranking.yaml"
KINDS = ("state", "organisation", "group")  # a person is always read as the state or body it speaks for
OTHER_RULE = "frame"  # a frame reading below the threshold ("conflict.war_in")
RANK_CAP = 9  # actors past the ninth most named are all alike
SUM_CAP = 3.0  # summed confidence past which more evidence says nothing new
Edge = tuple[str, str, str]  # type, from, to (a conflict's sides sorted)


def rule_names() -> tuple[str, ...]:
    """The co-occurrence readings the model tells apart, and the one name for every frame reading."""
    return (*COOCCURRENCE_RULES, OTHER_RULE)


def feature_names() -> tuple[str, ...]:
    """Every feature `edge_features` gives, in a fixed order."""
    names = [
        "confidence", "confidence_sum", "findings", "rules", "co_occurrence_only", "document_pair_only",
        "first_sentence", "in_headline", "mentions_from", "mentions_to", "rank_from", "rank_to", "top_two",
        "first_named_from", "first_named_to", "together", "first_together", "actors", "sentences",
        "reverse", "other_type", "strong_same_type", "from_mediates", "from_fights", "to_fights",
    ]  # fmt: skip
    names += [f"document_cues_{t}" for t in TYPES] + [f"together_cues_{t}" for t in TYPES]
    names += [f"from_{k}" for k in KINDS] + [f"to_{k}" for k in KINDS]
    names += [f"rule_{r}" for r in rule_names()]
    return tuple(names)


@dataclass(frozen=True)
class _Document:
    """What the features need of a document, computed once."""

    sentences: int
    mentions: dict[str, int]  # sentences naming each actor
    first: dict[str, int]
    rank: dict[str, int]
    where: dict[str, frozenset[int]]  # the sentences naming each actor
    cue_types: list[frozenset[str]]
    best: dict[Edge, float]
    by_pair: dict[frozenset[str], dict[str, float]]  # the best confidence of each type, by the two actors
    strong: Counter[str]  # edges of each type a frame reading found at the default threshold
    mediators: frozenset[str]
    fighters: frozenset[str]


def _document(
    found: Sequence[Found], named: Sequence[Sequence[str]], sentences: Sequence[str], lexicon: Lexicon
) -> _Document:
    where: dict[str, set[int]] = {}
    for index, actors in enumerate(named):
        for actor in actors:
            where.setdefault(actor, set()).add(index)
    mentions = {actor: len(indexes) for actor, indexes in where.items()}
    first = {actor: min(indexes) for actor, indexes in where.items()}
    ordered = sorted(mentions, key=lambda a: (-mentions[a], first[a], a))
    cues = lexicon.cues
    cue_types = [
        frozenset(c.type for word in TOKEN.findall(text) for c in cues.get(word.lower(), ())) for text in sentences
    ]
    best: dict[Edge, float] = {}
    for f in found:
        for edge in f.edges():
            best[edge] = max(best.get(edge, 0.0), f.confidence)
    by_pair: dict[frozenset[str], dict[str, float]] = {}
    for (t, a, b), value in best.items():
        types = by_pair.setdefault(frozenset((a, b)), {})
        types[t] = max(types.get(t, 0.0), value)
    sure = [edge for edge, value in best.items() if value >= DEFAULT_MIN_CONFIDENCE]
    return _Document(
        sentences=max(1, len(sentences)),
        mentions=mentions,
        first=first,
        rank={a: n for n, a in enumerate(ordered)},
        where={actor: frozenset(indexes) for actor, indexes in where.items()},
        cue_types=cue_types,
        best=best,
        by_pair=by_pair,
        strong=Counter(t for t, _, _ in sure),
        mediators=frozenset(a for t, a, _ in sure if t == "mediation"),
        fighters=frozenset(x for t, a, b in sure if t == "conflict" for x in (a, b)),
    )


def edge_features(
    found: Sequence[Found], named: Sequence[Sequence[str]], sentences: Sequence[str], lexicon: Lexicon
) -> dict[Edge, dict[str, float]]:
    """The features of every edge the findings of one document stand for (`named`: the actors of each sentence)."""
    doc = _document(found, named, sentences, lexicon)
    by_edge: dict[Edge, list[Found]] = {}
    for f in found:
        for edge in f.edges():
            by_edge.setdefault(edge, []).append(f)
    n = doc.sentences
    document_cues = {t: sum(1 for types in doc.cue_types if t in types) / n for t in TYPES}
    rules = set(rule_names())
    out: dict[Edge, dict[str, float]] = {}
    for edge, findings in by_edge.items():
        type_, a, b = edge
        confidences = [f.confidence for f in findings]
        top = max(findings, key=lambda f: (f.confidence, f.rule))
        together = sorted(doc.where.get(a, frozenset()) & doc.where.get(b, frozenset()))
        first_sentence = min(f.sentence for f in findings)
        reverse = doc.best.get((type_, b, a), 0.0) if type_ != "conflict" else 0.0
        other = max((v for t, v in doc.by_pair[frozenset((a, b))].items() if t != type_), default=0.0)
        values: dict[str, float] = {
            "confidence": max(confidences),
            "confidence_sum": min(SUM_CAP, sum(confidences)),
            "findings": math.log1p(len(findings)),
            "rules": float(len({f.rule for f in findings})),
            "co_occurrence_only": float(all(f.rule in COOCCURRENCE_RULES for f in findings)),
            "document_pair_only": float(all(f.rule == PAIR_RULE for f in findings)),
            "first_sentence": first_sentence / n,
            "in_headline": float(first_sentence <= 1),
            "mentions_from": math.log1p(doc.mentions.get(a, 0)),
            "mentions_to": math.log1p(doc.mentions.get(b, 0)),
            "rank_from": float(min(doc.rank.get(a, RANK_CAP), RANK_CAP)),
            "rank_to": float(min(doc.rank.get(b, RANK_CAP), RANK_CAP)),
            "top_two": float(doc.rank.get(a, RANK_CAP) < 2 and doc.rank.get(b, RANK_CAP) < 2),
            "first_named_from": doc.first.get(a, n) / n,
            "first_named_to": doc.first.get(b, n) / n,
            "together": math.log1p(len(together)),
            "first_together": together[0] / n if together else 1.0,
            "actors": math.log1p(len(doc.mentions)),
            "sentences": math.log1p(n),
            "reverse": reverse,
            "other_type": other,
            "strong_same_type": math.log1p(doc.strong[type_]),
            "from_mediates": float(a in doc.mediators),
            "from_fights": float(a in doc.fighters),
            "to_fights": float(b in doc.fighters),
        }
        for t in TYPES:
            values[f"document_cues_{t}"] = document_cues[t]
            values[f"together_cues_{t}"] = math.log1p(sum(1 for i in together if t in doc.cue_types[i]))
        for end, actor in (("from", a), ("to", b)):
            info = lexicon.actors.get(actor)
            for kind in KINDS:
                values[f"{end}_{kind}"] = float(info is not None and info.kind == kind)
        rule = top.rule if top.rule in rules else OTHER_RULE
        for name in rules:
            values[f"rule_{name}"] = float(rule == name)
        out[edge] = values
    return out


@dataclass(frozen=True)
class Model:
    """A logistic model over `edge_features`, for one relation type."""

    weights: Mapping[str, float]
    intercept: float

    def score(self, features: Mapping[str, float]) -> float:
        """The probability that an edge with these features is a stated relation, never above `LEARNED_CEILING`."""
        z = self.intercept + sum(w * features.get(name, 0.0) for name, w in self.weights.items())
        p = 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0
        return round(min(p, LEARNED_CEILING), 3)


@dataclass(frozen=True)
class Ranker:
    """One model per relation type."""

    models: Mapping[str, Model]

    def score(self, type_: str, features: Mapping[str, float]) -> float:
        """The learned score of an edge of `type_` with these features."""
        return self.models[type_].score(features)


def parse_ranker(data: object, where: str) -> Ranker:
    """A ranker from its YAML form; a ValueError names what is wrong (`where`: the file, for the message)."""
    if not isinstance(data, dict) or set(data) != set(TYPES):
        raise ValueError(f"{where}: a ranking file maps each relation type ({', '.join(TYPES)}) to its model")
    return Ranker({type_: _parse_model(data[type_], f"{where}: {type_}") for type_ in TYPES})


def _parse_model(data: object, where: str) -> Model:
    if not isinstance(data, dict) or not isinstance(data.get("weights"), dict):
        raise ValueError(f"{where}: a model is a mapping with 'weights' and 'intercept'")
    known = set(feature_names())
    weights: dict[str, float] = {}
    for name, value in data["weights"].items():
        if name not in known:
            raise ValueError(f"{where}: unknown feature {name!r}")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise ValueError(f"{where}: the weight of {name!r} must be a finite number")
        weights[str(name)] = float(value)
    intercept = data.get("intercept")
    if isinstance(intercept, bool) or not isinstance(intercept, (int, float)) or not math.isfinite(intercept):
        raise ValueError(f"{where}: 'intercept' must be a finite number")
    return Model(weights, float(intercept))


@cache
def shipped_ranker() -> Ranker:
    """The ranker fitted on the real-news corpus, shipped as graphx/data/ranking.yaml."""
    return parse_ranker(yaml.safe_load(RANKING_FILE.read_text(encoding="utf-8")), str(RANKING_FILE))


def ranked(
    found: Sequence[Found],
    named: Sequence[Sequence[str]],
    sentences: Sequence[str],
    lexicon: Lexicon,
    ranker: Ranker | None = None,
) -> list[Found]:
    """The findings, each co-occurrence given its edge's learned score; frame readings keep their confidence, and
    a co-occurrence in a sentence where a frame reading found the same relation gives way to it."""
    if not any(f.rule in COOCCURRENCE_RULES for f in found):
        return list(found)
    model = ranker or shipped_ranker()
    features = edge_features(found, named, sentences, lexicon)
    scores = {edge: model.score(edge[0], values) for edge, values in features.items()}
    framed = {_key(f) for f in found if f.rule not in COOCCURRENCE_RULES}
    out = []
    for f in found:
        if f.rule in COOCCURRENCE_RULES:
            edges = f.edges()
            if _key(f) in framed or not edges:
                continue
            f = replace(f, confidence=max(scores[e] for e in edges))
        out.append(f)
    return out


def _key(f: Found) -> tuple[object, ...]:
    return (f.type, f.source, f.target, f.parties, f.sentence)
