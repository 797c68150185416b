"""`graphx render` without a browser: what the view selects, and what the HTML file holds."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphx.cli import app
from graphx.errors import NoAnswerError, UsageError
from graphx.graph.load import load_graph
from graphx.graph.model import Graph
from graphx.graph.synthetic import synthetic_graph
from graphx.render import ViewRequest, choose_view, render_html
from graphx.render.layout import layout
from graphx.render.page import csp_hash, script_json
from graphx.render.pyvis_adapter import vis_javascript
from graphx.render.style import curves
from graphx.render.view import drawn_edges, in_force
from tests.paths import FIXTURES, ROOT, SHIPPED

RENDER_FIXTURES = FIXTURES / "render"
DATED = RENDER_FIXTURES / "dated.yaml"
XSS = RENDER_FIXTURES / "xss.yaml"


def expected_lines(graph: Graph) -> int:
    """Lines a whole graph draws, counted from the model: one per relation, one per party for mediation."""
    return sum(len(r.between) if graph.form(r) == "mediated" else 1 for r in graph.relations)


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside each <script> and <style>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.bodies: dict[str, list[str]] = {"script": [], "style": []}
        self.text: dict[str, str] = {}
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._open = tag
        if tag in self.bodies:
            self.bodies[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        self._open = None

    def handle_data(self, data: str) -> None:
        if self._open in self.bodies:
            self.bodies[self._open][-1] += data
        elif self._open in ("title", "h1"):
            self.text[self._open] = self.text.get(self._open, "") + data


def parse(html: str) -> Tags:
    parser = Tags()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def shipped() -> Graph:
    return load_graph(SHIPPED)


@pytest.fixture(scope="module")
def dated() -> Graph:
    return load_graph(DATED)


@pytest.fixture(scope="module")
def shipped_html(shipped: Graph) -> str:
    return render_html(shipped).html


# --- the page ---------------------------------------------------------------------------------------------


def test_page_is_one_self_contained_document(shipped_html: str) -> None:
    assert shipped_html.startswith("<!DOCTYPE html>\n")
    page = parse(shipped_html)
    names = [tag for tag, _ in page.tags]
    assert names.count("title") == 1 and names.count("h1") == 1
    assert not {"h2", "h3", "h4", "h5", "h6", "link", "iframe", "object", "embed", "img", "base"} & set(names)
    for tag, attributes in page.tags:
        assert not {"src", "href", "srcset", "action", "formaction", "background"} & set(attributes), tag
    assert [m.group() for m in re.finditer(r".{20}(https?://|//cdn).{20}", shipped_html)] == []
    assert "sourceMappingURL" not in shipped_html
    for css in page.bodies["style"]:
        assert "@import" not in css
        assert all(url.startswith(("data:", '"data:', "'data:")) for url in re.findall(r"url\(([^)]*)\)", css))


def test_csp_forbids_network_and_allows_exactly_the_inline_code(shipped_html: str) -> None:
    page = parse(shipped_html)
    metas = [a for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert len(metas) == 1
    policy = dict(part.strip().split(" ", 1) for part in (metas[0]["content"] or "").split(";"))
    assert policy["default-src"] == "'none'"
    assert "unsafe-inline" not in shipped_html.split("</head>")[0]
    assert "connect-src" not in policy and "font-src" not in policy  # both fall back to 'none'
    assert policy["img-src"] == "data:"
    executable = [
        s
        for (t, a), s in zip(
            [(t, a) for t, a in page.tags if t == "script"],
            page.bodies["script"],
            strict=True,
        )
        if a.get("type") != "application/json"
    ]
    assert sorted(policy["script-src"].split()) == sorted(csp_hash(s) for s in executable)
    assert sorted(policy["style-src"].split()) == sorted(csp_hash(s) for s in page.bodies["style"])
    head = shipped_html.split("<style>")[0]
    assert "Content-Security-Policy" in head  # the policy comes before any style or script


def test_data_block_holds_the_view(shipped: Graph, shipped_html: str) -> None:
    page = parse(shipped_html)
    data = json.loads(page.bodies["script"][0])
    assert {n["id"] for n in data["nodes"]} == set(shipped.actors)
    assert len(data["edges"]) == expected_lines(shipped)
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])
    assert data["options"]["physics"]["enabled"] is False
    assert {t["name"]: t["count"] for t in data["types"]} == {"criticism": 4, "mediation": 5, "conflict": 4}
    conflict = [e for e in data["edges"] if data["relations"][e["rel"]]["type"] == "conflict"]
    assert conflict and all(e["arrows"]["to"]["enabled"] and e["arrows"]["from"]["enabled"] for e in conflict)
    criticism = [e for e in data["edges"] if data["relations"][e["rel"]]["type"] == "criticism"]
    assert all(not e["arrows"]["from"]["enabled"] for e in criticism)
    mediation = [e for e in data["edges"] if data["relations"][e["rel"]]["type"] == "mediation"]
    assert all(e["dashes"] for e in mediation) and not any(e["dashes"] for e in criticism)
    sizes = {n["id"]: n["size"] for n in data["nodes"]}
    assert sizes["RUS"] > sizes["FRA"] > sizes["KAZ"]  # size grows with degree
    assert {n["id"]: n["label"] for n in data["nodes"]}["EU"] == "European Union"


def test_script_json_cannot_end_its_script_element() -> None:
    value = {"a": "</script><script>alert(1)</script>", "b": "<!-- <script>", "c": "x\u2028y\u2029z & > /"}
    text = script_json(value)
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in text
    assert "/" not in text.replace("\\/", "")
    assert json.loads(text) == value


def test_every_payload_is_text_in_the_file() -> None:
    graph = load_graph(XSS)
    html = render_html(graph).html
    page = parse(html)
    assert [t for t, _ in page.tags].count("script") == 3
    ours = html.replace(vis_javascript(), "").lower()  # vis-network's code holds "<script>" in a string
    assert ours.count("<script") == 3 and ours.count("</script") == 3
    assert not [t for t, _ in page.tags if t in ("img", "svg", "b")]
    assert page.text["title"] == graph.title and page.text["h1"] == graph.title
    data = json.loads(page.bodies["script"][0])
    assert data["actors"]["AAA"]["aliases"] == list(graph.actors["AAA"].aliases)
    assert data["sources"]["evil"]["url"] == "javascript:window.__xss='url'"
    assert "javascript:" not in ours.replace(page.bodies["script"][0].lower(), "")


def test_two_renders_are_byte_identical_across_processes(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        target = tmp_path / f"map-{seed}.html"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "graphx",
                "render",
                "--graph",
                str(DATED),
                "-o",
                str(target),
                "--highlight-path",
                "AAA-MIN",
                "DDD",
            ],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]


def test_renders_are_deterministic_on_a_synthetic_graph() -> None:
    graph = synthetic_graph(120, 400, seed=3)
    assert render_html(graph).html == render_html(graph).html


# --- what the view selects ----------------------------------------------------------------------------------


def test_whole_graph_draws_every_actor_and_line(shipped: Graph) -> None:
    view = choose_view(shipped, ViewRequest())
    assert set(view.actors) == set(shipped.actors)  # KAZ and CIS have no relation but are in the graph
    assert len(view.edges) == expected_lines(shipped)
    assert len(view.relations) == len(shipped.relations)
    assert not view.truncated


def test_type_filter_keeps_only_actors_with_those_relations(dated: Graph) -> None:
    view = choose_view(dated, ViewRequest(types=("criticism",)))
    assert {r.type for r in view.relations} == {"criticism"}
    assert set(view.actors) == {"AAA", "BBB", "AAA-MIN", "CCC"}
    with pytest.raises(UsageError, match="unknown relation type 'nope'"):
        choose_view(dated, ViewRequest(types=("nope",)))


def test_since_and_until_keep_relations_that_may_overlap(dated: Graph) -> None:
    view = choose_view(dated, ViewRequest(since=dt.date(2022, 1, 1)))
    kept = {(r.type, r.from_actor, r.between) for r in view.relations}
    assert ("conflict", None, ("AAA", "BBB")) not in kept  # ended 2020-11
    assert ("sanction", "CCC", ()) in kept  # undated relations stay
    view = choose_view(dated, ViewRequest(until=dt.date(2020, 12, 31)))
    assert {r.type for r in view.relations} == {"conflict", "sanction"}


def test_as_of_shows_what_had_begun_and_had_not_ended(dated: Graph) -> None:
    def kept(day: dt.date) -> set[str]:
        return {r.key for r in choose_view(dated, ViewRequest(as_of=(day, day))).relations}

    early, later = kept(dt.date(2020, 10, 1)), kept(dt.date(2021, 6, 1))
    assert {k.split("|")[0] for k in early} == {"conflict", "sanction"}
    assert not any(k.startswith("conflict|") for k in later)  # the war ended in November 2020
    assert sum(k.startswith("criticism|") for k in later) == 2  # events stay once they have happened
    conflict = next(r for r in dated.relations if r.type == "conflict" and r.end)
    assert in_force(conflict, dt.date(2020, 11, 30), dt.date(2020, 11, 30))
    assert not in_force(conflict, dt.date(2020, 12, 1), dt.date(2020, 12, 1))


def test_actor_and_depth_select_a_neighbourhood(dated: Graph) -> None:
    one = choose_view(dated, ViewRequest(actor="AAA", depth=1))
    assert set(one.actors) == {"AAA", "BBB", "CCC"}
    assert all(e.source in one.actors and e.target in one.actors for e in one.edges)
    two = choose_view(dated, ViewRequest(actor="AAA", depth=2))
    assert set(two.actors) == {"AAA", "BBB", "CCC", "DDD", "AAA-MIN"}
    assert two.focus == "AAA"


def test_highlighted_path_follows_directions(dated: Graph) -> None:
    view = choose_view(dated, ViewRequest(path=("AAA-MIN", "DDD")))
    assert view.path == ("AAA-MIN", "CCC", "DDD")
    assert {dated_edge.relation.type for dated_edge in view.edges if dated_edge.id in view.path_edges} == {
        "criticism",
        "sanction",
    }
    with pytest.raises(NoAnswerError, match="no path from DDD") as refused:
        choose_view(dated, ViewRequest(path=("DDD", "AAA-MIN")))
    assert refused.value.directed  # the CLI adds the --undirected hint
    back = choose_view(dated, ViewRequest(path=("DDD", "AAA-MIN"), undirected=True))
    assert back.path == ("DDD", "CCC", "AAA-MIN")


def test_mutual_edges_count_both_ways_on_a_path(dated: Graph) -> None:
    view = choose_view(dated, ViewRequest(path=("DDD", "AAA")))
    assert view.path == ("DDD", "BBB", "AAA")
    assert any(e.mutual for e in view.edges if e.id in view.path_edges)


def test_size_limit_keeps_the_most_connected_part() -> None:
    graph = synthetic_graph(80, 300, seed=1)
    view = choose_view(graph, ViewRequest(limit=60, path=("A00000", "A00079"), undirected=True))
    assert view.truncated and view.total_relations == 300 and view.total_actors == 80
    assert len(view.relations) <= 60 + 5 and len(view.actors) <= 60 + 2
    assert {"A00000", "A00079"} <= set(view.actors)  # the path survives the cut
    assert all(e.source in view.actors and e.target in view.actors for e in view.edges)
    whole = choose_view(graph, ViewRequest(limit=None))
    assert not whole.truncated and len(whole.relations) == 300


def test_size_limit_without_forced_actors_stays_within_the_limit() -> None:
    graph = synthetic_graph(80, 300, seed=1)
    view = choose_view(graph, ViewRequest(limit=50))
    assert len(view.relations) <= 50 and len(view.actors) <= 50
    assert "A00000" in view.actors  # the best connected actor of a power-law graph


# --- layout and style ---------------------------------------------------------------------------------------


def test_layout_is_seeded_and_separates_actors() -> None:
    nodes = [f"N{i}" for i in range(12)]
    edges = [(nodes[i], nodes[(i + 1) % 12]) for i in range(12)] + [("N0", "N6")]
    first = layout([*nodes, "LONE"], edges)
    assert first == layout([*nodes, "LONE"], edges)
    assert len(set(first.values())) == 13
    assert first["LONE"][1] > max(y for n, (_, y) in first.items() if n != "LONE")  # parked below


def test_parallel_edges_fan_out(shipped: Graph) -> None:
    edges = drawn_edges(shipped, shipped.relations)
    smooth = curves(edges)
    arm_aze = [smooth[e.id] for e in edges if {e.source, e.target} == {"ARM", "AZE"}]
    assert len(arm_aze) == 3
    assert len({json.dumps(s, sort_keys=True) for s in arm_aze}) == 3
    alone = [e for e in edges if {e.source, e.target} == {"RUS", "UKR"}]
    assert smooth[alone[0].id] is False


def test_only_the_adapter_imports_pyvis() -> None:
    importers = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "graphx").rglob("*.py")
        if re.search(r"^\s*(from|import) pyvis\b", path.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert importers == ["graphx/render/pyvis_adapter.py"]


def test_cli_start_up_does_not_load_the_renderer() -> None:
    code = "import sys, graphx.cli; print(sorted(m for m in ('pyvis', 'graphx.render') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert result.stdout.strip() == "[]"


# --- the command --------------------------------------------------------------------------------------------


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_render_writes_out_graph_html_by_default(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(runner, "render")
    assert code == 0 and out == ""
    assert (tmp_path / "out" / "caucasus.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "out/caucasus.html" in err and "9 actors, 13 relations" in err
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["caucasus.html"]  # no lib/ folder, no temp file


def test_render_to_a_file_and_to_stdout(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "deep" / "map.html"
    code, _, _ = run(runner, "render", "--graph", str(DATED), "-o", str(target), "--type", "criticism")
    assert code == 0
    code, out, err = run(runner, "render", "--graph", str(DATED), "-o", "-", "--type", "criticism")
    assert code == 0 and err == ""
    assert out == target.read_text(encoding="utf-8")


def test_render_focus_options(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "map.html"
    code, _, err = run(
        runner,
        "render",
        "-g",
        str(DATED),
        "-o",
        str(target),
        "--actor",
        "Alphaland",
        "--depth",
        "2",
        "--since",
        "2021",
        "--until",
        "2023-12",
        "--highlight-path",
        "Minister Alef",
        "Delta",
    )
    assert code == 0, err
    data = json.loads(parse(target.read_text(encoding="utf-8")).bodies["script"][0])
    assert data["focus"] == "AAA" and data["path"] == ["AAA-MIN", "CCC", "DDD"]
    code, _, err = run(runner, "render", "-g", str(DATED), "-o", str(target), "--as-of", "2020-10")
    assert code == 0, err
    data = json.loads(parse(target.read_text(encoding="utf-8")).bodies["script"][0])
    assert {r["type"] for r in data["relations"].values()} == {"conflict", "sanction"}


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("--highlight-path", "DDD", "AAA-MIN"), 1, "Error: no path from DDD (Delta) to AAA-MIN"),
        (("--highlight-path", "AAA", "Nowhere"), 2, "Error: unknown actor 'Nowhere'"),
        (("--actor", "Nowhere"), 2, "Error: unknown actor 'Nowhere'"),
        (("--depth", "2"), 2, "Error: --depth needs --actor"),
        (("--type", "nope"), 2, "Error: unknown relation type 'nope'"),
        (("--as-of", "2022-13"), 2, "Error: as-of date: bad date '2022-13'"),
        (("--since", "soon"), 2, "Error: --since: bad date 'soon'"),
        (("--highlight-path", "AAA", "AAA"), 2, "Error: the two actors are the same"),
    ],
)
def test_render_errors(runner: CliRunner, tmp_path: Path, args: tuple[str, ...], code: int, message: str) -> None:
    target = tmp_path / "map.html"
    exit_code, out, err = run(runner, "render", "-g", str(DATED), "-o", str(target), *args)
    assert (exit_code, out) == (code, "")
    assert err.startswith(message), err
    assert not target.exists()


def test_render_reports_an_unwritable_output(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    code, _, err = run(runner, "render", "-g", str(DATED), "-o", str(tmp_path / "file" / "map.html"))
    assert code == 2 and err.startswith("Error: cannot write ")


def test_render_warns_above_the_limit_unless_all(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "big.yaml"
    from graphx.graph.synthetic import synthetic_yaml

    source.write_text(synthetic_yaml(60, 200, seed=2), encoding="utf-8")
    code, _, err = run(runner, "render", "-g", str(source), "-o", str(tmp_path / "a.html"), "--limit", "50")
    assert code == 0 and err.startswith("Warning: This map shows the ")
    assert "out of 60 actors and 200 relations" in err and "--all" in err
    assert "most connected actors" in (tmp_path / "a.html").read_text(encoding="utf-8")
    code, _, err = run(runner, "render", "-g", str(source), "-o", str(tmp_path / "b.html"), "--limit", "50", "--all")
    assert code == 0 and "Warning" not in err and "60 actors, 200 relations" in err


def test_page_script_never_writes_html() -> None:
    from graphx.render.page import asset

    script = asset("graphx.js")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in script


def test_periods_are_shown_in_words(dated: Graph) -> None:
    data = json.loads(parse(render_html(dated).html).bodies["script"][0])
    shown = {r["when"] for r in data["relations"].values() if r["type"] == "conflict"}
    assert shown == {"2020-09 to 2020-11", "since 2022-02"}


def test_search_box_suggests_a_name_from_the_map_shown(shipped: Graph, dated: Graph) -> None:
    assert 'placeholder="e.g. Russia"' in render_html(shipped).html  # the most connected actor
    assert "Kremlin" not in render_html(dated).html
    focused = render_html(shipped, ViewRequest(actor="FRA", types=("criticism",)))
    example = re.search(r'id="search"[^>]*placeholder="e\.g\. ([^"]*)"', focused.html)
    assert example is not None and example.group(1) in {shipped.actors[a].name for a in focused.view.actors}
    empty = replace(shipped, actors={}, relations=())
    assert 'placeholder="an actor\'s name"' in render_html(empty).html


def test_broken_render_invariants_are_internal_errors_not_user_errors() -> None:
    from graphx.errors import InternalError
    from graphx.render.page import _trusted
    from graphx.render.pyvis_adapter import build_records

    with pytest.raises(InternalError) as inlined:
        _trusted("x</script>", "script")
    with pytest.raises(InternalError) as edge:
        build_records([("A", {"label": "A"})], [("A", "B", {})])
    assert inlined.value.exit_code == edge.value.exit_code == 3


def test_the_map_checks_relation_types_as_every_command_does(shipped: Graph) -> None:
    from graphx.query.questions import UnknownTypeError

    with pytest.raises(UnknownTypeError, match="unknown relation type 'nope'; this graph has conflict, criticism"):
        choose_view(shipped, ViewRequest(types=("nope",)))
