"""The briefing: a summary, key actors, relations with numbered citations, references, a figure.

`build` computes a `Briefing` from a graph; `markdown` and `graphx.report.brief_html.html` write it;
`write` does both with the figure, each file atomically. Same graph, same bytes: the as-of
date defaults to the latest date in the graph, never today.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import quote as url_quote

from graphx.errors import UsageError
from graphx.graph.build import select
from graphx.graph.dates import first_day
from graphx.graph.model import Actor, Graph, Relation, RelationType, Source
from graphx.query.questions import brokers
from graphx.report.mermaid import Diagram, diagram

KEY_ACTORS = 10
TOP = 3


@dataclass(frozen=True)
class Entry:
    """One relation as the briefing lists it: who, when, and each quote with its citation number."""

    relation: Relation
    who: str
    when: str
    quotes: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Section:
    """The relations of one type."""

    type: RelationType
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class KeyActor:
    """A row of the key-actors table: counts per column, and betweenness."""

    actor: Actor
    relations: int
    counts: tuple[int, ...]
    betweenness: float


@dataclass(frozen=True)
class Briefing:
    """Everything a briefing document shows, computed once for every output format."""

    graph: Graph
    as_of: dt.date | None
    focus: Actor | None
    summary: str
    columns: tuple[str, ...]
    key_actors: tuple[KeyActor, ...]
    related_actors: int
    sections: tuple[Section, ...]
    references: tuple[Source, ...]
    diagram: Diagram

    @property
    def heading(self) -> str:
        """The line under the title: as-of date, focus, counts."""
        parts = [f"Briefing as of {self.as_of.isoformat()}" if self.as_of else "Briefing (undated relations only)"]
        if self.focus:
            parts.append(f"focus: {self.focus.name} ({self.focus.id})")
        parts.append(count(len(self.graph.relations), "relation"))
        parts.append(count(self.related_actors, "actor"))
        parts.append(count(len(self.references), "source"))
        return " · ".join(parts)


def latest_date(graph: Graph) -> dt.date | None:
    """The latest date any relation names (its date, start or end), else None."""
    days = [first_day(t) for r in graph.relations for t in (r.date, r.start, r.end) if t]
    return max(days, default=None)


def build(graph: Graph, *, as_of: dt.date | None = None, actor: str | None = None) -> Briefing:
    """The briefing on `graph` up to `as_of` (default: its latest date), on `actor` if given."""
    as_of = as_of or latest_date(graph)
    chosen = select(graph, until=as_of, actors=[actor] if actor else ())
    view = replace(graph, relations=tuple(sorted(chosen, key=_order)))
    numbers: dict[str, int] = {}
    sections = []
    for kind in graph.types.values():
        of_type = [r for r in view.relations if r.type == kind.name]
        if of_type:
            sections.append(Section(kind, tuple(_entry(view, r, numbers) for r in of_type)))
    named = {a for r in view.relations for a in r.actors}
    centrality = dict(brokers(view, view.relations, top=len(view.actors)))
    columns, rows = _key_actors(view, centrality)
    return Briefing(
        graph=view,
        as_of=as_of,
        focus=graph.actors[actor] if actor else None,
        summary=summary(view, as_of, centrality, graph.actors[actor] if actor else None),
        columns=columns,
        key_actors=rows,
        related_actors=len(named),
        sections=tuple(sections),
        references=tuple(graph.sources[s] for s in numbers),
        diagram=diagram(replace(view, actors={a: v for a, v in view.actors.items() if a in named}), evidence=False),
    )


def _order(relation: Relation) -> tuple[bool, dt.date, str]:
    earliest = relation.earliest()
    return earliest is None, earliest or dt.date.min, relation.key


def _entry(graph: Graph, relation: Relation, numbers: dict[str, int]) -> Entry:
    quotes = []
    for evidence in relation.evidence:
        number = numbers.setdefault(evidence.source, len(numbers) + 1)
        quotes.append((evidence.quote, number))
    return Entry(relation, who(graph, relation), when(relation), tuple(quotes))


def name(graph: Graph, actor_id: str) -> str:
    """An actor's display name."""
    return graph.actors[actor_id].name


def who(graph: Graph, relation: Relation) -> str:
    """The actors of a relation in words: A → B, A ↔ B, or M between A and B."""
    form = graph.form(relation)
    if form == "directed" and relation.from_actor and relation.to_actor:
        return f"{name(graph, relation.from_actor)} → {name(graph, relation.to_actor)}"
    if form == "mutual":
        return " ↔ ".join(name(graph, a) for a in relation.between)
    parties = _and([name(graph, a) for a in relation.between])
    return f"{name(graph, relation.from_actor or '')}, between {parties}"


def when(relation: Relation) -> str:
    """A relation's date or period in words."""
    if relation.date:
        return relation.date
    if relation.start and relation.end:
        return f"{relation.start} to {relation.end}"
    if relation.start:
        return f"since {relation.start}"
    if relation.end:
        return f"until {relation.end}"
    return "undated"


def count(number: int, noun: str) -> str:
    """`1 relation`, `2 relations`."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _and(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _ranked(counts: Counter[str], graph: Graph, top: int = TOP) -> str:
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    shown = [f"{name(graph, a)} ({n})" for a, n in ordered[:top]]
    more = len(ordered) - top
    return _and(shown + ([f"{more} more"] if more > 0 else []))


def summary(graph: Graph, as_of: dt.date | None, centrality: dict[str, float], focus: Actor | None) -> str:
    """One paragraph from the data: counts by type, critics, mediators, conflicts, brokers."""
    relations = graph.relations
    scope = f" up to {as_of.isoformat()}" if as_of else ""
    if not relations:
        return f"The graph records no relations{' naming ' + focus.name if focus else ''}{scope}."
    by_type = Counter(r.type for r in relations)
    ordered_types = sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))
    kinds = _and([f"{n} {graph.types[t].label.lower()}" for t, n in ordered_types])
    actors = len({a for r in relations for a in r.actors})
    sources = len({e.source for r in relations for e in r.evidence})
    about = f" naming {focus.name}" if focus else f" among {count(actors, 'actor')}"
    sentences = [
        f"The graph records {count(len(relations), 'relation')}{about}{scope}, "
        f"cited from {count(sources, 'source')}: {kinds}."
    ]
    critics = Counter(r.from_actor for r in relations if r.type == "criticism" and r.from_actor)
    targets = Counter(r.to_actor for r in relations if r.type == "criticism" and r.to_actor)
    if critics:
        sentences.append(f"Most active critics: {_ranked(critics, graph)}; most criticised: {_ranked(targets, graph)}.")
    mediators = Counter(r.from_actor for r in relations if r.type == "mediation" and r.from_actor)
    if mediators:
        pairs = Counter(" and ".join(name(graph, a) for a in r.between) for r in relations if r.type == "mediation")
        pair, times = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        sentences.append(f"Mediators: {_ranked(mediators, graph)}, most often between {pair} ({times}).")
    conflicts = Counter(
        " ↔ ".join(name(graph, a) for a in sorted(r.between)) for r in relations if r.type == "conflict"
    )
    if conflicts:
        ordered = sorted(conflicts.items(), key=lambda kv: (-kv[1], kv[0]))
        listed = [f"{pair} ({n})" for pair, n in ordered[:TOP]]
        more = len(ordered) - TOP
        sentences.append(f"Conflicts: {_and(listed + ([f'{more} more'] if more > 0 else []))}.")
    top = sorted(centrality.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]
    if top:
        listed = [f"{name(graph, a)} ({c:.3f})" for a, c in top]
        sentences.append(f"Main brokers, by betweenness: {_and(listed)}.")
    return " ".join(sentences)


def _key_actors(graph: Graph, centrality: dict[str, float]) -> tuple[tuple[str, ...], tuple[KeyActor, ...]]:
    """The most connected actors (and the top brokers), with counts per relation type."""
    present = [t for t in graph.types if any(r.type == t for r in graph.relations)]
    columns: list[str] = []
    counters: list[Counter[str]] = []
    for kind in present:
        of_type = [r for r in graph.relations if r.type == kind]
        if graph.types[kind].form == "directed":
            columns += [f"{graph.types[kind].label}: from", f"{graph.types[kind].label}: to"]
            counters.append(Counter(r.from_actor for r in of_type if r.from_actor))
            counters.append(Counter(r.to_actor for r in of_type if r.to_actor))
        elif graph.types[kind].form == "mediated":
            columns += [f"{graph.types[kind].label}: by", f"{graph.types[kind].label}: party"]
            counters.append(Counter(r.from_actor for r in of_type if r.from_actor))
            counters.append(Counter(a for r in of_type for a in r.between))
        else:
            columns.append(graph.types[kind].label)
            counters.append(Counter(a for r in of_type for a in set(r.between)))
    totals: Counter[str] = Counter(a for r in graph.relations for a in set(r.actors))
    by_degree = sorted(totals, key=lambda a: (-totals[a], -centrality.get(a, 0.0), a))[:KEY_ACTORS]
    top_brokers = sorted(centrality, key=lambda a: (-centrality[a], a))[:TOP]
    chosen = by_degree + [a for a in top_brokers if a not in by_degree]
    rows = tuple(
        KeyActor(graph.actors[a], totals[a], tuple(c[a] for c in counters), centrality.get(a, 0.0)) for a in chosen
    )
    return tuple(columns), rows


# --- Markdown ----------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~!&$])")
_WEB_URL = re.compile(r"^https?://", re.IGNORECASE)
_NOT_IN_AUTOLINK = re.compile(r"[\s<>\x00-\x1f\x7f]")


def md(text: str) -> str:
    """Plain text safe in Markdown: one line, Markdown's special characters backslash-escaped.

    `&` is escaped so that no entity is decoded, `$` so that GitHub reads no math.
    """
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def markdown(briefing: Briefing, figure: str | None = None, caption: str = "") -> str:
    """The briefing as Markdown; `figure` is the SVG's file name beside it (PNG of the same stem)."""
    graph = briefing.graph
    out = [f"# {md(graph.title)}", "", f"**{md(briefing.heading)}**", ""]
    if graph.description:
        out += [f"*{md(graph.description)}*", ""]
    out += ["## Summary", "", md(briefing.summary), ""]
    if figure:
        svg, png = url_quote(figure), url_quote(Path(figure).with_suffix(".png").name)
        out += [
            "## Figure",
            "",
            f"![Figure 1: {md(graph.title)}]({svg})",
            "",
            f"*Figure 1.* {md(caption)} [SVG]({svg}) · [PNG]({png})",
            "",
        ]
    out += _key_actor_table(briefing)
    out += ["## Relations", ""]
    for section in briefing.sections:
        out += [f"### {md(section.type.label)} ({len(section.entries)})", ""]
        if section.type.description:
            out += [f"*{md(section.type.description)}*", ""]
        for entry in section.entries:
            out.append(f"- **{md(entry.who)}** · {md(entry.when)}")
            out += [f"  - “{md(quote)}” [{number}]" for quote, number in entry.quotes]
            if entry.relation.note:
                out.append(f"  - *Note:* {md(entry.relation.note)}")
        out.append("")
    if not briefing.sections:
        out += ["No relations.", ""]
    out += _mermaid_block(briefing)
    out += ["## References", ""]
    out += [f"{n}. {reference_markdown(s)}" for n, s in enumerate(briefing.references, start=1)]
    out += ["", "---", "", f"*Generated by graphx from {md(Path(graph.path).name or 'a graph')}.*", ""]
    return "\n".join(out)


def _key_actor_table(briefing: Briefing) -> list[str]:
    columns = ["Actor", "Kind", "Relations", *briefing.columns, "Betweenness"]
    out = [
        "## Key actors",
        "",
        "| " + " | ".join(md(c) for c in columns) + " |",
        "|" + "|".join(["---", "---", *["--:"] * (len(columns) - 2)]) + "|",
    ]
    for row in briefing.key_actors:
        cells = [
            f"{md(row.actor.name)} ({md(row.actor.id)})",
            md(row.actor.kind),
            str(row.relations),
            *map(str, row.counts),
            f"{row.betweenness:.3f}",
        ]
        out.append("| " + " | ".join(cells) + " |")
    if briefing.related_actors > len(briefing.key_actors):
        out += [
            "",
            f"*The {len(briefing.key_actors)} most connected (and the top brokers) of "
            f"{briefing.related_actors} actors with relations. Betweenness: the share of shortest paths "
            "between other actors that pass through this one.*",
        ]
    else:
        out += ["", "*Betweenness: the share of shortest paths between other actors that pass through this one.*"]
    return [*out, ""]


def _mermaid_block(briefing: Briefing) -> list[str]:
    text = briefing.diagram.text
    fence = "`" * max(3, max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
    out = ["## Diagram (Mermaid)", ""]
    if briefing.diagram.note:
        out += [f"> {md(briefing.diagram.note)}", ""]
    return [*out, f"{fence}mermaid", text.rstrip("\n"), fence, ""]


def web_url(url: str) -> bool:
    """Whether `url` may become a link: http or https only, no javascript: or data: URL."""
    return _WEB_URL.match(url) is not None


def reference_markdown(source: Source) -> str:
    """A reference: title, publisher, date, then the URL (a link only if http or https) or the file."""
    title = source.title.rstrip(" .")  # a title that is a sentence keeps one full stop, not two
    parts = [f"*{md(title)}*"] + [md(p) for p in (source.publisher, source.date) if p]
    text = ". ".join(parts) + "."
    if source.url:
        autolink = web_url(source.url) and not _NOT_IN_AUTOLINK.search(source.url)
        text += f" <{source.url}>" if autolink else f" {md(source.url)}"
    elif source.file:
        text += f" File: {md(source.file)}"
    return text


# --- Writing ----------------------------------------------------------------------------------


def write(
    graph: Graph, output: Path, *, fmt: str = "md", as_of: dt.date | None = None, actor: str | None = None
) -> list[Path]:
    """Write the briefing (and, for Markdown, the figure as SVG and PNG beside it); the paths written.

    Every file is made before any is written, and they are written as one set: a failure
    (UsageError) changes nothing on disk.
    """
    from graphx.report.figure import draw
    from graphx.storage.files import write_files

    svg, png = output.with_suffix(".svg"), output.with_suffix(".png")
    if fmt != "html" and output in (svg, png):
        raise UsageError(
            f"{output}: the figure is written beside the briefing as {svg.name} and {png.name}; name the briefing .md"
        )
    briefing = build(graph, as_of=as_of, actor=actor)
    if fmt == "html":
        from graphx.report.brief_html import html

        figure = draw(briefing.graph, focus=actor, png=False)
        return write_files({output: html(briefing, figure.svg, figure.caption)})
    figure = draw(briefing.graph, focus=actor)
    return write_files({output: markdown(briefing, svg.name, figure.caption), svg: figure.svg, png: figure.png})
