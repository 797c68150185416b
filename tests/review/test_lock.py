"""F03: concurrent accept/reject processes never lose a decision (the graph's file lock, re-read under it)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

from graphx.project.sidefiles import side_files
from graphx.review.candidates import load_candidates
from graphx.review.decisions import load_decisions
from graphx.review.lock import graph_lock, lock_path
from tests.paths import ROOT

WORKER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from graphx.review.decisions import decide
    graph, go, decision, *ids = sys.argv[1:]
    while not Path(go).exists():
        time.sleep(0.001)
    for candidate_id in ids:
        decide(graph, [candidate_id], decision)
    """
)
ROUNDS = 3


def test_two_processes_recording_40_decisions_each_lose_none(make_project: Callable[[int], Path]) -> None:
    graph = make_project(80)
    ids = sorted(load_candidates(side_files(graph)[0]).by_id())
    review = side_files(graph)[1]
    for round_ in range(ROUNDS):
        review.unlink(missing_ok=True)
        go = graph.parent / f"go-{round_}"
        workers = [
            subprocess.Popen([sys.executable, "-c", WORKER, str(graph), str(go), decision, *chunk], cwd=ROOT)
            for decision, chunk in (("accepted", ids[:40]), ("rejected", ids[40:]))
        ]
        go.touch()
        assert [w.wait(timeout=120) for w in workers] == [0, 0]
        decisions = load_decisions(review)
        assert sorted(decisions) == ids, f"round {round_}: {80 - len(decisions)} decisions lost"
        assert {decisions[i] for i in ids[:40]} == {"accepted"} and {decisions[i] for i in ids[40:]} == {"rejected"}


def test_the_lock_is_reentrant_in_a_thread_and_hidden_beside_the_graph(tmp_path: Path) -> None:
    graph = tmp_path / "g.yaml"
    with graph_lock(graph), graph_lock(graph):
        assert lock_path(graph).exists()
    assert lock_path(graph).name == ".g.lock"


def test_a_held_lock_times_out_with_a_message(tmp_path: Path) -> None:
    graph = tmp_path / "g.yaml"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom graphx.review.lock import graph_lock\n"
            f"with graph_lock({str(graph)!r}):\n    print('held', flush=True)\n    sys.stdin.read()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        from graphx.errors import UsageError

        try:
            with graph_lock(graph, timeout=0.2):
                raise AssertionError("the lock was taken twice")
        except UsageError as exc:
            assert "another graphx process has held this lock" in str(exc)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
