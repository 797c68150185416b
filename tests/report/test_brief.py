"""graphx brief: the Markdown briefing with its figure, the printable HTML page, and the CLI."""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphx.cli import app
from graphx.graph.load import load_graph
from graphx.graph.model import Graph
from graphx.report import brief
from graphx.report.brief_html import html
from graphx.report.briefing import build, latest_date
from graphx.report.figure import draw
from tests.paths import FIXTURES, SHIPPED

EXPORT_FIXTURES = FIXTURES / "export"


@pytest.fixture(scope="module")
def shipped() -> Graph:
    return load_graph(SHIPPED)


@pytest.fixture(scope="module")
def tricky() -> Graph:
    return load_graph(EXPORT_FIXTURES / "tricky.yaml")


def test_as_of_defaults_to_the_latest_date_in_the_graph(shipped: Graph) -> None:
    assert latest_date(shipped) == dt.date(2022, 10, 14)
    assert build(shipped).as_of == dt.date(2022, 10, 14)


def test_summary_is_generated_from_the_data(shipped: Graph) -> None:
    summary = build(shipped).summary
    assert summary.startswith(
        "The graph records 13 relations among 7 actors up to 2022-10-14, cited from 1 source: "
        "5 mediation, 4 conflict and 4 criticism."
    )
    assert "Most active critics: Russia (3) and France (1)" in summary
    assert "Mediators: Russia (2), United States (2) and European Union (1)" in summary
    assert "Conflicts: Armenia ↔ Azerbaijan (3) and Russia ↔ Ukraine (1)." in summary
    assert "Main brokers, by betweenness: Russia (0.333)" in summary


def test_key_actors_and_sections(shipped: Graph) -> None:
    briefing = build(shipped)
    assert briefing.columns == ("Criticism: from", "Criticism: to", "Mediation: by", "Mediation: party", "Conflict")
    russia = next(row for row in briefing.key_actors if row.actor.id == "RUS")
    assert (russia.relations, russia.counts, russia.betweenness) == (7, (3, 1, 2, 0, 1), 0.3333)
    assert [s.type.name for s in briefing.sections] == ["criticism", "mediation", "conflict"]
    conflicts = [e.when for e in briefing.sections[2].entries]
    assert conflicts == ["since 1991", "2020", "since 2022-02", "2022-09"]  # chronological
    assert [s.id for s in briefing.references] == ["expatica-2022-10-14"]


def test_markdown_has_every_part(shipped: Graph) -> None:
    text = brief.markdown(build(shipped), "brief.svg", "A caption.")
    headings = re.findall(r"^#+ .*$", text, flags=re.MULTILINE)
    assert headings == [
        "# Russia, the West and the Armenia–Azerbaijan peace process",
        "## Summary",
        "## Figure",
        "## Key actors",
        "## Relations",
        "### Criticism (4)",
        "### Mediation (5)",
        "### Conflict (4)",
        "## Diagram (Mermaid)",
        "## References",
    ]
    assert "**Briefing as of 2022-10-14 · 13 relations · 7 of 9 actors with relations · 1 source**" in text
    assert "![Figure 1: Russia, the West and the Armenia–Azerbaijan peace process](brief.svg)" in text
    assert "[PNG](brief.png)" in text
    assert "| Russia (RUS) | state | 7 | 3 | 1 | 2 | 0 | 1 | 0.333 |" in text
    assert "- **France → Russia** · 2022-10-12\n  - “On Wednesday, Macron accused Russia" in text
    assert "in the Caucasus.” [1]" in text
    assert "- **Russia, between Armenia and Azerbaijan** · 2022-10-14" in text
    assert (
        "1. *Putin dismisses Macron’s critique of Moscow’s role in Karabakh conflict*. Expatica. 2022-10-14. "
        "File: ../seeds/expatica-putin-macron-karabakh.txt" in text
    )
    mermaid = text.split("```mermaid\n", 1)[1].split("\n```", 1)[0]
    assert "flowchart LR" in mermaid and "KAZ" not in mermaid  # actors without relations left out
    assert '  RUS -.->|"Mediation ×2"| ARM' in mermaid


def test_citation_numbers_follow_first_use(tricky: Graph) -> None:
    briefing = build(tricky)
    numbers = [n for s in briefing.sections for e in s.entries for _, n in e.quotes]
    assert numbers[0] == 1 and sorted(set(numbers)) == [1, 2]
    first_cited = next(q for s in briefing.sections for e in s.entries for q in e.quotes)
    assert briefing.references[0].id == next(
        ev.source
        for s in briefing.sections
        for e in s.entries
        for ev in e.relation.evidence
        if (ev.quote, 1) == first_cited
    )
    text = brief.markdown(briefing)
    assert "<https://example.org/a?b=1&c=<2>>" not in text  # a URL with angle brackets is no autolink
    assert "https://example.org/a?b=1\\&c=\\<2\\>" in text


def test_markdown_escapes_special_characters(tricky: Graph) -> None:
    text = brief.markdown(build(tricky))
    body = text.split("```mermaid", 1)[0] + text.split("```", 2)[-1]
    assert "<script>" not in body and "\\<script\\>" in body
    assert "Azərbaycan \\<Şuşa\\> \\& Ğəncə" in body and "Հայաստան" in body and 'Россия "РФ"' in body
    assert "Union \\`européenne\\` \\| 50% \\#eu" in body
    assert "line one line two" in body.lower()  # newlines in quotes fold into one line
    assert "\\*stars\\* \\_underscores\\_" in body
    fence = re.search(r"^(`{3,})mermaid$", text, flags=re.MULTILINE)
    assert fence is not None and len(fence.group(1)) == 3  # labels encode backticks, so ``` is enough


def test_as_of_and_actor_select_relations(shipped: Graph) -> None:
    early = build(shipped, as_of=dt.date(2022, 9, 30))
    assert len(early.graph.relations) == 6
    assert all((r.earliest() or dt.date.min) <= dt.date(2022, 9, 30) for r in early.graph.relations)
    focused = build(shipped, actor="FRA")
    assert focused.focus is not None and focused.focus.name == "France"
    assert {r.type for r in focused.graph.relations} == {"criticism"} and len(focused.graph.relations) == 2
    assert "focus: France (FRA)" in focused.heading
    assert "naming France" in focused.summary


def test_write_markdown_with_figures_is_deterministic(shipped: Graph, tmp_path: Path) -> None:
    first = list(brief.write(shipped, tmp_path / "a" / "brief.md").files)
    second = list(brief.write(load_graph(SHIPPED), tmp_path / "b" / "brief.md").files)
    assert [p.name for p in first] == ["brief.md", "brief.svg", "brief.png"]
    for one, two in zip(first, second, strict=True):
        assert one.read_bytes() == two.read_bytes()
    assert first[2].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    ET.fromstring(first[1].read_bytes())
    assert not list((tmp_path / "a").glob(".*tmp"))  # no temporary files left behind


def test_html_is_one_standalone_printable_page(tricky: Graph) -> None:
    briefing = build(tricky)
    figure = draw(briefing.graph)
    page = html(briefing, figure.svg, figure.caption)
    assert page.startswith("<!DOCTYPE html>") and "@media print" in page and "@page" in page
    assert page.count('<img class="figure" src="data:image/svg+xml;base64,') == 1 and "<svg" not in page
    assert not re.search(r"<(script|link|iframe)\b", page)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page.replace('href="https://example.org', ""))
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "Azərbaycan &lt;Şuşa&gt; &amp; Ğəncə" in page and "Հայաստան" in page
    assert 'href="https://example.org/a?b=1&amp;c=&lt;2&gt;"' in page
    assert 'id="ref-1"' in page and 'href="#ref-1"' in page


def test_html_does_not_link_unsafe_urls(tricky: Graph) -> None:
    from dataclasses import replace

    from graphx.graph.model import Source

    sources = dict(tricky.sources)
    sources["src-1"] = Source("src-1", "Bad", url="javascript:alert(1)")
    briefing = build(replace(tricky, sources=sources))
    page = html(briefing, "<svg></svg>", "")
    assert "javascript:alert(1)" in page and 'href="javascript' not in page


def test_500_actor_briefing(tmp_path: Path) -> None:
    from graphx.graph.synthetic import synthetic_graph

    graph = synthetic_graph(500, 2000, seed=0)
    written = list(brief.write(graph, tmp_path / "brief.md").files)
    text = written[0].read_text(encoding="utf-8")
    assert "> Mermaid draws at most 500 edges" in text
    table = [
        line
        for line in text.split("## Key actors", 1)[1].split("## Relations", 1)[0].splitlines()
        if line.startswith("| ") and not line.startswith("| Actor |")
    ]
    assert 10 <= len(table) <= 13
    assert "most connected (and the top brokers) of" in text
    assert text.count("\n- **") == 2000


# --- CLI ---------------------------------------------------------------------------------------


def test_cli_writes_markdown_and_figures(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "out" / "brief.md"
    result = runner.invoke(app, ["brief", "-o", str(target), "--as-of", "2022-10", "--graph", str(SHIPPED)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("wrote ")
    assert target.exists() and target.with_suffix(".svg").exists() and target.with_suffix(".png").exists()
    assert "Briefing as of 2022-10-31" in target.read_text(encoding="utf-8")


def test_cli_defaults_to_out_brief_md_without_a_project(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["brief", "--actor", "Moscow"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["brief.md", "brief.png", "brief.svg"]
    assert "focus: Russia (RUS)" in (tmp_path / "out" / "brief.md").read_text(encoding="utf-8")


def test_cli_prints_to_stdout(runner: CliRunner) -> None:
    result = runner.invoke(app, ["brief", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Russia, the West") and "## Figure" not in result.stdout
    page = runner.invoke(app, ["brief", "-o", "-", "--format", "html"])
    assert page.exit_code == 0 and page.stdout.startswith("<!DOCTYPE html>")
    assert 'src="data:image/svg+xml;base64,' in page.stdout


def test_cli_html_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["brief", "-f", "html", "-o", str(tmp_path / "b.html")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.html"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--actor", "Atlantis"], "unknown actor 'Atlantis'"),
        (["--as-of", "2022-13"], "--as-of: bad date"),
        (["--format", "pdf"], "pdf"),
    ],
)
def test_cli_usage_errors(runner: CliRunner, tmp_path: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["brief", "-o", str(tmp_path / "x.md"), *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert not list(tmp_path.iterdir())


def test_a_title_ending_in_a_full_stop_gets_one_full_stop() -> None:
    from graphx.graph.model import Source
    from graphx.report.brief import reference_markdown

    assert reference_markdown(Source("x", "Germany condemned Hungary.", file="a.txt")) == (
        "*Germany condemned Hungary*. File: a.txt"
    )


def test_cli_brief_prints_no_matplotlib_warning_with_paths(runner: CliRunner, tmp_path: Path) -> None:
    graph = tmp_path / "cjk.yaml"
    graph.write_text(
        "graphx: 1\ntitle: Glyphs\nsources:\n  s1: {title: T, url: 'https://example.org/t'}\n"
        "actors:\n  CHN: {name: 中国 ᚠ, kind: state}\n  USA: {name: United States, kind: state}\n"
        "relations:\n  - {type: criticism, from: CHN, to: USA, date: 2022-01-01,"
        " evidence: [{source: s1, quote: x}]}\n",
        encoding="utf-8",
    )
    for fmt in ("md", "html"):
        result = runner.invoke(app, ["brief", "-f", fmt, "-o", str(tmp_path / f"b.{fmt}"), "--graph", str(graph)])
        assert result.exit_code == 0, result.output
        assert ".py" not in result.stderr and "UserWarning" not in result.stderr
        assert "Warning: the figure's font (DejaVu Sans) has no glyph for U+4E2D, U+56FD, U+16A0" in result.stderr


def test_brief_and_stats_count_actors_the_same_way_or_say_so(runner: CliRunner) -> None:
    stats = runner.invoke(app, ["stats", "-f", "json", "--graph", str(SHIPPED)])
    counts = json.loads(stats.stdout)
    page = runner.invoke(app, ["brief", "-o", "-", "--graph", str(SHIPPED)])
    related, declared = counts["actors_with_relations"], counts["actors"]
    assert f"· {related} of {declared} actors with relations ·" in page.stdout
