"""The briefing as one standalone, printable HTML page, with the figure inlined as SVG.

Jinja2 with autoescaping writes every piece of graph text; only the figure, which matplotlib
escapes itself, goes in unescaped.
"""

from __future__ import annotations

import re
from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup

from graphx.report.brief import Briefing, web_url

_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="graphx">
<title>{{ graph.title }}</title>
<style>
  :root { color-scheme: light; }
  body { font: 11pt/1.45 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1b2631; max-width: 48rem;
         margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
  h2 { font-size: 1.2rem; border-bottom: 1px solid #d5d8dc; padding-bottom: 0.2rem; margin-top: 1.8rem; }
  h3 { font-size: 1.05rem; margin-bottom: 0.3rem; }
  .heading { font-weight: bold; color: #424949; }
  .description, .type-description, .note { font-style: italic; color: #515a5a; }
  figure { margin: 1rem 0; break-inside: avoid; }
  figure svg { width: 100%; height: auto; }
  figcaption { font-size: 0.9rem; color: #424949; }
  div.table { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; font-size: 0.85rem; break-inside: avoid; }
  th, td { border-bottom: 1px solid #e5e8e8; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
  td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
  ul.relations { padding-left: 1.1rem; }
  ul.relations > li { margin-bottom: 0.5rem; break-inside: avoid; }
  blockquote { margin: 0.15rem 0 0.15rem 0.5rem; padding-left: 0.6rem; border-left: 3px solid #d5d8dc; }
  .cite { color: #2471a3; font-size: 0.85em; }
  ol.references li { margin-bottom: 0.3rem; overflow-wrap: anywhere; }
  details pre { font-size: 0.75rem; white-space: pre-wrap; background: #f4f6f7; padding: 0.5rem; }
  footer { margin-top: 2rem; font-size: 0.8rem; color: #7b7d7d; }
  @page { size: A4; margin: 18mm 16mm; }
  @media print {
    body { margin: 0; max-width: none; font-size: 10pt; }
    .screen-only { display: none; }
    a { color: inherit; text-decoration: none; }
    h2, h3 { break-after: avoid; }
    div.table { overflow: visible; }
  }
</style>
</head>
<body>
<header>
<h1>{{ graph.title }}</h1>
<p class="heading">{{ briefing.heading }}</p>
{% if graph.description %}<p class="description">{{ graph.description }}</p>{% endif %}
</header>
<section>
<h2>Summary</h2>
<p>{{ briefing.summary }}</p>
</section>
<figure>
{{ svg }}
<figcaption><strong>Figure 1.</strong> {{ caption }}</figcaption>
</figure>
<section>
<h2>Key actors</h2>
<div class="table">
<table>
<thead><tr><th>Actor</th><th>Kind</th><th class="number">Relations</th>
{% for column in briefing.columns %}<th class="number">{{ column }}</th>{% endfor %}
<th class="number">Betweenness</th></tr></thead>
<tbody>
{% for row in briefing.key_actors %}<tr><td>{{ row.actor.name }} ({{ row.actor.id }})</td><td>{{ row.actor.kind }}</td>
<td class="number">{{ row.relations }}</td>{% for n in row.counts %}<td class="number">{{ n }}</td>{% endfor %}
<td class="number">{{ "%.3f"|format(row.betweenness) }}</td></tr>
{% endfor %}</tbody>
</table>
</div>
<p class="note">{% if briefing.related_actors > briefing.key_actors|length %}The {{ briefing.key_actors|length }} most
connected (and the top brokers) of {{ briefing.related_actors }} actors with relations. {% endif %}Betweenness: the
share of shortest paths between other actors that pass through this one.</p>
</section>
<section>
<h2>Relations</h2>
{% for section in briefing.sections %}
<h3>{{ section.type.label }} ({{ section.entries|length }})</h3>
{% if section.type.description %}<p class="type-description">{{ section.type.description }}</p>{% endif %}
<ul class="relations">
{% for entry in section.entries %}<li><strong>{{ entry.who }}</strong> · {{ entry.when }}
{% for quote, number in entry.quotes %}<blockquote>“{{ quote }}”
<a class="cite" href="#ref-{{ number }}">[{{ number }}]</a></blockquote>
{% endfor %}{% if entry.relation.note %}<div class="note">Note: {{ entry.relation.note }}</div>{% endif %}</li>
{% endfor %}</ul>
{% else %}<p>No relations.</p>
{% endfor %}
</section>
<section class="screen-only">
<h2>Diagram (Mermaid)</h2>
{% if briefing.diagram.note %}<p class="note">{{ briefing.diagram.note }}</p>{% endif %}
<details><summary>Mermaid source of the same graph</summary>
<pre><code>{{ briefing.diagram.text }}</code></pre>
</details>
</section>
<section>
<h2>References</h2>
<ol class="references">
{% for source in briefing.references %}<li id="ref-{{ loop.index }}"><em>{{ source.title }}</em>.
{% if source.publisher %}{{ source.publisher }}. {% endif %}{% if source.date %}{{ source.date }}. {% endif %}
{% if source.url %}{% if safe_url(source.url) %}<a href="{{ source.url }}">{{ source.url }}</a>
{%- else %}{{ source.url }}{% endif %}
{% elif source.file %}File: {{ source.file }}{% endif %}</li>
{% endfor %}</ol>
</section>
<footer>Generated by graphx from {{ graph_file }}.</footer>
</body>
</html>
"""

_PROLOG = re.compile(r"\A(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?", re.DOTALL)


def html(briefing: Briefing, svg: str, caption: str) -> str:
    """The page; `svg` is the figure's SVG document (escaped by matplotlib), inlined without its XML prolog."""
    environment = Environment(autoescape=True, keep_trailing_newline=True)
    template = environment.from_string(_TEMPLATE)
    figure = _PROLOG.sub("", svg).strip()
    return template.render(
        briefing=briefing,
        graph=briefing.graph,
        svg=Markup(figure),
        caption=caption,
        graph_file=Path(briefing.graph.path).name or "a graph",
        safe_url=web_url,
    )
