"""Extraction: a pure function from a document's sentences and a lexicon to relation candidates, without I/O.

A small dictionary coder in the CAMEO / PLOVER tradition: actor names are found by longest match,
cue words by their frame (X accused Y of ..., Y was criticised by X, an X-brokered ceasefire between
Y and Z, X's invasion of Y, ...), and a relation is kept only when both ends are named in the
sentence. Negated, hypothetical, future and conditional statements give nothing, and a statement
inside a quotation is attributed to the named speaker.

The document is read as a whole too: people introduced with a role speak for their state or group
afterwards (`people`), "the two countries" and "both sides" stand for the document's two main sides,
a mediator named without parties mediates between those sides, and two actors near a cue with no
frame read are kept as low-confidence candidates (`cooccurrence`). Each finding carries its event date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from functools import cache

from graphx.extract import frames
from graphx.extract.branches import cores_as_branches
from graphx.extract.claims import condemned_claimants, criticised_in_dispute
from graphx.extract.clauses import Reader
from graphx.extract.confidence import CONFIDENCE, GENERIC_PENALTY, LEARNED_CEILING, LOW_CEILING
from graphx.extract.context import Context
from graphx.extract.cooccurrence import COOCCURRENCE_RULES, PAIR_RULE, SIGNAL, cooccurrences, document_pairs, with_sides
from graphx.extract.dates import event_date
from graphx.extract.document_names import document_names
from graphx.extract.holders import held_territory_sides, named_as_body
from graphx.extract.mediator_sides import bystanders, mediated_rows, sides_found, without_covered_lone_sides
from graphx.extract.mentions import Mention, NameTable, actors_in, mentions_in
from graphx.extract.plurals import (
    actor_kinds,
    antecedents,
    clear_winner,
    neighbour_names,
    plural_reference,
    state_pair,
)
from graphx.extract.ranking import ranked
from graphx.extract.references import (
    body_owners,
    fights_abroad,
    generic_names,
    home_of,
    junta_names,
    lead_group,
    located_forces,
    located_names,
    qualified_names,
    referring,
    shared_junta,
)
from graphx.extract.sentence import Found, Sentence, analyse, venue_named
from graphx.extract.war_words import FOREIGN_WARS
from graphx.extract.warring import dispute_conflict, owned_wars
from graphx.lexicon import TOKEN, ActorInfo, Cue, Lexicon, Name

__all__ = ["Found", "extract", "has_cue"]

LIST_JOINERS = frozenset({",", "and", "the", ")"})
CO_LISTED = frozenset({",", "and", "along", "together", "with", "as", "well", "'s", "’s"})  # "X and Y's envoy"
ALONG = frozenset({"along", "together", "well"})  # "X, along with Y", "X as well as Y"
# readings that do not say what a story is about; talks held in a place say where, not who the story is about
ASIDES = frozenset({"mediation.effort", "conflict.peace_deal", "mediation.venue"})


def extract(
    sentences: Sequence[str],
    lexicon: Lexicon,
    date: str | None = None,
    min_confidence: float = 0.0,
    learned: bool = True,
) -> list[Found]:
    """Every relation stated in `sentences` (one document, in order), dated `date` if known, at least
    `min_confidence` confident (co-occurrences are not even looked for when they could not reach it). With
    `learned`, co-occurrences carry the learned score of `ranking`; without, their tier's fixed confidence."""
    table, local = document_names(sentences, lexicon)
    found, pieces, pending = _read(sentences, range(len(sentences)), lexicon, table, date)
    low = min_confidence <= (LEARNED_CEILING if learned else LOW_CEILING)
    only = None if low else "conflict"  # no candidates kept: only the conflicts, which judge the document's sides
    near = [f for piece in pieces for f in cooccurrences(piece, lexicon, only)]
    more, more_pieces = _generic_reading(sentences, found, pieces, lexicon, local, date)
    found += more
    near += [_penalised(f) for piece in more_pieces for f in cooccurrences(piece, lexicon, only)]
    mediators = _mediators(found, pending)
    # the same at any threshold: what is kept at the default never depends on whether co-occurrences are kept
    pair = dispute_pair(found, pieces, lexicon, mediators, [f for f in near if f.rule != SIGNAL])
    if low:  # sentences with only a signal word ("troops", "talks"): co-occurrences for review
        hinted = _signal_pieces(sentences, {p.index for p in pieces}, lexicon, table, date)
        found += [f for piece in hinted for f in cooccurrences(piece, lexicon)]
        if pair:
            found += [f for piece in hinted for f in with_sides(piece, lexicon, pair)]
    plural = [i for i, text in enumerate(sentences) if plural_reference(text)]
    states = state_pair(_frames(found), lexicon) if plural else ()
    for sides, indexes in antecedents(sentences, plural, pair, lexicon, table, mediators, states).items():
        if not sides:  # no document pair and no 'between X and Y' for the reference to stand for
            continue
        more, more_pieces, more_pending = _read(sentences, indexes, lexicon, replace(table, pair=sides), date, found)
        found += more
        pieces += more_pieces
        pending += more_pending
        if low:
            near += [f for piece in more_pieces for f in cooccurrences(piece, lexicon)]
    war = [*dispute_conflict(pieces, pair, lexicon), *owned_wars(pieces, found, pair)] if pair else []
    claimed, pending = condemned_claimants(pending, pieces, [*found, *war])  # "Y claimed the blast. X condemned it"
    found += claimed + sides_found(pending, found, pair)  # "X brokered talks between A and B ... X also did"
    if pair:
        read = {(f.sentence, f.source) for f in found if f.type == "mediation" and len(f.parties) > 1}  # not one side
        mediating = [p for p in pending if p[2].startswith("mediation")]
        rows = mediated_rows(mediating, pieces, found, pair)  # "a bid to mediate the dispute": the row's two sides
        read |= {(f.sentence, f.source) for f in rows}
        found += rows + [
            f for f in _with_dispute(mediating, pieces, pair, lexicon) if (f.sentence, f.source) not in read
        ]
        found += criticised_in_dispute([p for p in pending if p[2] == "criticism.dispute"], pieces, pair)
        found += war
        if low:
            found += [f for piece in pieces for f in with_sides(piece, lexicon, pair)]
    states = state_pair(_frames(found), lexicon) or _states(pair, lexicon)
    found += _neighbour_readings(sentences, pieces, states, lexicon, local, date)
    found += near if low else []
    named_by_sentence = cache(lambda: [actors_in(text, table, date) for text in sentences])
    pairs_reach = LEARNED_CEILING if learned else CONFIDENCE[PAIR_RULE]
    if min_confidence <= pairs_reach:  # the last ones: every pair the document names
        found += document_pairs(found, named_by_sentence())
    if low and learned:
        found = ranked(found, named_by_sentence(), sentences, lexicon)
    kept = [f for f in found if f.confidence >= min_confidence]
    actors = cache(lambda: {a for names in named_by_sentence() for a in names})
    kept = cores_as_branches(kept, actors, table, lexicon, lambda i: named_by_sentence()[i])
    kept = held_territory_sides(kept, actors, lexicon, lambda i, state: named_as_body(sentences[i], state, table, date))
    return _dated(_dedupe(kept), sentences, date)


def _generic_reading(
    sentences: Sequence[str],
    found: Sequence[Found],
    pieces: Sequence[Sentence],
    lexicon: Lexicon,
    local: Mapping[tuple[str, ...], Name],
    date: str | None,
) -> tuple[list[Found], list[Sentence]]:
    """What the sentences say again when 'the rebels' and 'the government' stand for the document's armed group and
    the state it fights (`references`): the findings not read the first time, a little less confident."""
    group = lead_group(pieces, lexicon)
    plain = NameTable.of(lexicon, local)
    read_plain: dict[int, list[Mention]] = {}  # each sentence's mentions under `plain`, read once for all below

    def plain_mentions(index: int) -> list[Mention]:
        """The mentions of sentence `index` under the document's plain names (not to be changed)."""
        if index not in read_plain:
            read_plain[index] = mentions_in(sentences[index], plain)
        return read_plain[index]

    bodies, recent_bodies = body_owners(sentences, plain, lexicon, plain_mentions)
    # the document's own references win over a sentence's place
    located = located_forces(sentences, plain, lexicon, plain_mentions)
    named = (
        [
            actor
            for index, text in enumerate(sentences)
            for actor in ([m.actor for m in read_plain[index]] if index in read_plain else actors_in(text, plain))
        ]
        if group
        else []
    )
    home = home_of(group, pieces, lexicon, named) if group else None
    foreign = group is not None and fights_abroad(group, home, found, lexicon)  # Hezbollah's "troops": Israel's
    juntas = junta_names(group, lexicon, named, date) if group else {}
    generic = (
        {**juntas, **generic_names(group, home, bare=not foreign)} if group else shared_junta(pieces, lexicon, date)
    )
    generic.update({**bodies, **(qualified_names(sentences, group, lexicon) if group else {})})  # "the Tamil rebels"
    readings = [(indexes, {**located_names(state), **generic}) for state, indexes in located.items()]
    placed = {i for indexes in located.values() for i in indexes}
    readings.append(([i for i in referring(sentences, generic) if i not in placed], generic))
    readings += [([i], {**generic, **names}) for i, names in recent_bodies.items()]
    more: list[Found] = []
    more_pieces: list[Sentence] = []
    for indexes, names in readings:
        if indexes:
            read, read_pieces, _ = _read(sentences, indexes, lexicon, NameTable.of(lexicon, {**local, **names}), date)
            more += read
            more_pieces += read_pieces
    seen = {(f.type, f.source, f.target, f.parties, f.sentence) for f in found}
    return [_penalised(f) for f in more if (f.type, f.source, f.target, f.parties, f.sentence) not in seen], more_pieces


def _neighbour_readings(
    sentences: Sequence[str],
    pieces: Sequence[Sentence],
    states: tuple[str, ...],
    lexicon: Lexicon,
    local: Mapping[tuple[str, ...], Name],
    date: str | None,
) -> list[Found]:
    """What sentences say of 'its neighbour' (`plurals.neighbour_names`) that was not read the first time."""
    out: list[Found] = []
    for index, names in neighbour_names(sentences, pieces, states, lexicon).items():
        read, _, _ = _read(sentences, [index], lexicon, NameTable.of(lexicon, {**local, **names}), date)
        out += [_penalised(f) for f in read]  # what the first reading found too is kept at its own confidence
    return out


def _states(pair: tuple[str, ...], lexicon: Lexicon) -> tuple[str, ...]:
    kinds = actor_kinds(lexicon)
    return pair if len(pair) == 2 and all(kinds.get(a) == "state" for a in pair) else ()


def _frames(found: Sequence[Found]) -> list[Found]:
    """The frame readings among `found`: what the document's sides are judged from, so that what is kept at the
    default threshold does not depend on whether co-occurrences were looked for."""
    return [f for f in found if f.rule not in COOCCURRENCE_RULES]


def _penalised(found: Found) -> Found:
    return replace(found, confidence=round(found.confidence + GENERIC_PENALTY, 4))


def _mediators(found: Sequence[Found], pending: Sequence[tuple[int, str, str]]) -> set[str]:
    """Who mediates in the document, with or without parties named."""
    return {m for _, m, rule in pending if rule.startswith("mediation")} | {
        f.source for f in found if f.type == "mediation" and f.source
    }


def _signal_pieces(
    sentences: Sequence[str], done: set[int], lexicon: Lexicon, table: NameTable, date: str | None
) -> list[Sentence]:
    """The sentences not read for frames that hold a signal word and an actor."""
    signals = _signal_words(lexicon)
    return [
        piece
        for i, text in enumerate(sentences)
        if i not in done and text and not signals.isdisjoint(text.lower().split())
        for piece in analyse(i, text, table, lexicon.cues, date)
    ]


_SIGNALS: dict[int, frozenset[str]] = {}
_ORGANISATIONS: dict[int, tuple[Mapping[str, ActorInfo], frozenset[str]]] = {}
_FRAME_CUES: dict[int, dict[str, tuple[Cue, ...]]] = {}


def _organisations(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's organisations, computed once per lexicon (kept with the mapping they came from, so that a new
    lexicon that reuses an old one's id is never served its set)."""
    cached = _ORGANISATIONS.get(id(lexicon.actors))
    if cached is None or cached[0] is not lexicon.actors:
        cached = (lexicon.actors, frozenset(a.id for a in lexicon.actors.values() if a.kind == "organisation"))
        _ORGANISATIONS[id(lexicon.actors)] = cached
    return cached[1]


def _signal_words(lexicon: Lexicon) -> frozenset[str]:
    key = id(lexicon.cues)
    if key not in _SIGNALS:
        _SIGNALS[key] = frozenset(w for w, cues in lexicon.cues.items() if any(c.klass == "signals" for c in cues))
    return _SIGNALS[key]


def frame_cues(lexicon: Lexicon) -> Mapping[str, tuple[Cue, ...]]:
    """The cue words that a frame may read (signal words left out), computed once per lexicon."""
    key = id(lexicon.cues)
    if key not in _FRAME_CUES:
        _FRAME_CUES[key] = {w: cues for w, cues in lexicon.cues.items() if any(c.klass != "signals" for c in cues)}
    return _FRAME_CUES[key]


def _read(
    sentences: Sequence[str],
    indexes: Sequence[int],
    lexicon: Lexicon,
    table: NameTable,
    date: str | None,
    earlier: Sequence[Found] = (),
) -> tuple[list[Found], list[Sentence], list[tuple[int, str, str]]]:
    """Frame readings of the sentences at `indexes`, the analysed pieces, and mediators still without parties; a
    second reading of some sentences knows the conflicts `earlier` read before each ("the two sides joined the
    meeting chaired by X": a meeting of two sides read fighting)."""
    found: list[Found] = []
    pieces: list[Sentence] = []
    context = Context(lexicon, table, date, skipped=[], document=sentences)
    pending: list[tuple[int, str, str]] = []
    fights = sorted((f for f in earlier if f.type == "conflict" and len(f.parties) == 2), key=lambda f: f.sentence)
    for index in indexes:
        while fights and fights[0].sentence < index:
            context.conflicts.append(fights[0].parties)
            context.fought.add(tuple(sorted(fights.pop(0).parties)))
        text = sentences[index]
        context.at = index
        analysed = analyse(index, text, table, frame_cues(lexicon), date) if text else []
        if not analysed:
            if text:
                context.skipped = [*(context.skipped or [])[-1:], text]
            continue
        for sentence in analysed:
            reader = Reader(sentence, lexicon, context)
            read = frames.read(reader)
            found.extend(read)
            pending.extend(reader.unresolved)
            context.after(sentence, read)
        pieces.extend(analysed)
    return found, pieces, pending


def dispute_pair(
    found: Sequence[Found],
    pieces: Sequence[Sentence],
    lexicon: Lexicon,
    mediators: Collection[str] = (),
    near: Sequence[Found] = (),
) -> tuple[str, ...]:
    """The document's two main sides: the pair its conflicts and mediations are most often about; else the pair
    most often named together near a conflict word; else the two states or groups it names most (each at least
    twice, the second clearly ahead of the third), mediators aside."""
    pairs: Counter[tuple[str, ...]] = Counter(
        pair
        for _, pair in {
            (f.sentence, tuple(sorted(f.parties)))
            for f in found
            if f.type in ("conflict", "mediation") and len(f.parties) == 2 and f.rule not in ASIDES
        }
    )  # by sentence: two readings of one sentence are one statement; an effort, an offer or a war long ended is
    # often an aside
    best = clear_winner(pairs, 1)
    if best:
        return best
    by_sentence: dict[int, set[tuple[str, ...]]] = {}
    for f in near:
        if f.type == "conflict" and not set(f.parties) & set(mediators):
            by_sentence.setdefault(f.sentence, set()).add(f.parties)
    together: Counter[tuple[str, ...]] = Counter(p for pairs in by_sentence.values() for p in pairs)
    most = max(pairs.values(), default=0)
    tied = [p for p, n in pairs.items() if n == most]
    if tied:  # frames tied: the pair of the earliest of them (news leads with its story)
        return min(tied, key=lambda p: (_first_sentence(found, p), p))  # same sentence: by name, never hash order
    best = clear_winner(together, 2)
    if best:
        return best
    named: Counter[str] = Counter()
    aside = set(mediators) | co_mediators(pieces, mediators)
    for piece in pieces:  # where things happen ("talks in Yemen") is not who takes part
        for actor in sorted({m.actor for m in piece.mentions if not venue_named(piece, m)} - aside):
            info = lexicon.actors.get(actor)
            if info is None or info.kind != "organisation":
                named[actor] += 1
    at_home = _group_at_home(named, lexicon) if mediators else ()  # a peace process's sides; else a blame is no war
    top = named.most_common(3)
    if not at_home and len(top) >= 2 and top[1][1] >= 2 and (len(top) == 2 or top[1][1] > top[2][1]):
        return tuple(sorted((top[0][0], top[1][0])))
    return at_home


def _group_at_home(named: Counter[str], lexicon: Lexicon) -> tuple[str, ...]:
    """A state named again and again and the one armed group of its own the document names (often once, then as
    'the rebels'): 'Bangkok ... the BRN', 'Chad ... FACT'; or a group named again and again and its home state.
    Read only where someone mediates: 'Pakistan blamed the TTP for the attack' is no war of the two; never for a
    group based in one state that fights another (Hezbollah, Hamas, the PKK)."""
    ranked = named.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return ()  # none named again and again, or two tied
    top = ranked[0][0]
    kinds = {a: info.kind for a in named if (info := lexicon.actors.get(a)) is not None}
    groups = [a for a in named if kinds.get(a) == "group" and a not in FOREIGN_WARS]  # not "Hezbollah ... Lebanon"
    home = lexicon.actors[top].base if top in groups else None
    if home is not None:  # the group leads: its home state, when no other group is named
        return tuple(sorted((top, home))) if home in named and groups == [top] else ()
    at_home = [g for g in groups if lexicon.actors[g].base == top]
    return tuple(sorted((top, at_home[0]))) if len(at_home) == 1 else ()


def _first_sentence(found: Sequence[Found], pair: tuple[str, ...]) -> int:
    return min(f.sentence for f in found if f.type in ("conflict", "mediation") and tuple(sorted(f.parties)) == pair)


def _with_dispute(
    pending: Sequence[tuple[int, str, str]], pieces: Sequence[Sentence], pair: tuple[str, ...], lexicon: Lexicon
) -> list[Found]:
    """A mediator named without parties, in a sentence that names no other state or group than the document's two
    sides, mediates between those sides."""
    if not pending:
        return []
    confidence = CONFIDENCE["mediation.dispute"]
    organisations = _organisations(lexicon)
    named: dict[int, set[str]] = {}
    for piece in pieces:
        named.setdefault(piece.index, set()).update(m.actor for m in piece.mentions if not venue_named(piece, m))
    mediators: dict[int, set[str]] = {}
    for index, mediator, _ in pending:
        mediators.setdefault(index, set()).add(mediator)
    return [
        Found("mediation", mediator, None, pair, index, confidence, "mediation.dispute")
        for index, mediator, _ in pending
        if not mediators[index] & set(pair)
        and not named.get(index, set())
        - mediators[index]
        - set(pair)
        - organisations
        - _listed_with(mediator, [p for p in pieces if p.index == index])
        - bystanders([p for p in pieces if p.index == index])  # "to settle Yemen's conflict", "envoy to Malaysia"
    ]


def _listed_with(actor: str, pieces: Sequence[Sentence]) -> set[str]:
    """The actors named in one list with `actor` ('representatives from A, B (as facilitator) and C'): fellow
    attendees, not the parties it mediates between."""
    out: set[str] = set()
    for piece in pieces:
        mentions = piece.mentions
        for n, mention in enumerate(mentions):
            if mention.actor != actor:
                continue
            k = n
            while k > 0 and _joined(piece, mentions[k - 1].end, mentions[k].start):
                k -= 1
                out.add(mentions[k].actor)
            k = n
            while k + 1 < len(mentions) and _joined(piece, mentions[k].end, mentions[k + 1].start):
                k += 1
                out.add(mentions[k].actor)
    return out


def _joined(sentence: Sentence, end: int, start: int) -> bool:
    """Whether only list punctuation, 'and' and a parenthesis lie between two mentions."""
    depth = 0
    for word in sentence.low[end:start]:
        depth += (word == "(") - (word == ")")
        if depth == 0 and word not in LIST_JOINERS:
            return False
    return end < start and depth == 0


def co_mediators(pieces: Sequence[Sentence], mediators: Collection[str]) -> set[str]:
    """The actors listed with a mediator in a list of three or more ('Norway, Sweden and Finland') or joined to it
    by 'along with', 'together with', 'as well as': mediators too, not the sides of the dispute ('Sudan and South
    Sudan' may be a side and its mediator)."""
    out: set[str] = set()
    for piece in pieces:
        runs: list[tuple[list[str], bool]] = []
        ordered = sorted(piece.mentions, key=lambda m: m.start)
        for before, mention in zip([None, *ordered], ordered, strict=False):
            between = piece.low[before.end : mention.start] if before is not None else []
            if between and all(w in CO_LISTED for w in between):  # not "ONLF-Ethiopia Nairobi talks"
                runs[-1][0].append(mention.actor)
                runs[-1] = (runs[-1][0], runs[-1][1] or any(w in ALONG for w in between))
            else:
                runs.append(([mention.actor], False))
        for run, along in runs:
            if set(run) & set(mediators) and (along or len(set(run)) >= 3):
                out |= set(run)
    return out - set(mediators)


def _dedupe(found: list[Found]) -> list[Found]:
    best: dict[tuple[object, ...], Found] = {}
    found = without_covered_lone_sides(found)  # "between the Israeli government and militants", read twice
    for item in found:
        key = (item.type, item.source, item.target, item.parties, item.sentence)
        if key not in best or best[key].confidence < item.confidence:
            best[key] = item
    return sorted(best.values(), key=lambda f: (f.sentence, f.type, f.source or "", f.target or "", f.parties))


def _dated(found: list[Found], sentences: Sequence[str], date: str | None) -> list[Found]:
    dates: dict[int, tuple[str | None, str | None]] = {}
    out = []
    for f in found:
        if f.sentence not in dates:
            dates[f.sentence] = event_date(sentences[f.sentence], date)
        when, precision = dates[f.sentence]
        out.append(Found(f.type, f.source, f.target, f.parties, f.sentence, f.confidence, f.rule, when, precision))
    return out


def has_cue(text: str, lexicon: Lexicon) -> bool:
    """Whether a sentence holds any cue word (a fast pre-filter)."""
    cues = lexicon.cues
    return any(word.lower() in cues for word in TOKEN.findall(text))
