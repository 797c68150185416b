"""Load, query and start-up benchmarks on seeded synthetic graphs of growing size."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from functools import partial
from pathlib import Path

from benchmarks.harness import PYTHON, Measurement, median_process_time, median_time

SIZES = (100, 1_000, 10_000, 100_000)  # relations; actors are a tenth of that
SHIPPED = Path(__file__).parent.parent / "graphs" / "caucasus.yaml"
GRAPHX = [PYTHON, "-m", "graphx"]


def _write_graphs(folder: Path, sizes: tuple[int, ...]) -> dict[int, Path]:
    from graphx.graph.synthetic import synthetic_yaml

    paths = {}
    for size in sizes:
        path = folder / f"synthetic-{size}.yaml"
        path.write_text(synthetic_yaml(max(size // 10, 10), size, seed=size), encoding="utf-8")
        paths[size] = path
    return paths


def _peak_memory_mib(argv: list[str], env: dict[str, str]) -> float:
    """Peak resident memory of one graphx run, as the process itself reports it."""
    code = (
        "import resource, sys\n"
        f"sys.argv = {argv!r}\n"
        "from graphx.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    )
    result = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, env=env, check=False)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def startup() -> list[Measurement]:
    """Whole-process start-up, against bare imports measured in the same run."""
    env = {"GRAPHX_CACHE_DIR": tempfile.mkdtemp(prefix="graphx-bench-cache-")}
    base = median_process_time([PYTHON, "-c", "import networkx, typer, yaml"], runs=15, env=env)
    path = median_process_time([*GRAPHX, "path", "RUS", "AZE", "--graph", str(SHIPPED)], runs=15, env=env)
    bare = median_process_time([PYTHON, "-c", "import typer"], runs=15, env=env)
    helps = median_process_time([*GRAPHX, "--help"], runs=15, env=env)
    return [
        Measurement(
            "startup",
            "graphx path RUS AZE (shipped graph)",
            "13 relations",
            path,
            baseline=f"import networkx, typer, yaml: {base:.3f} s",
            ratio=path / base,
            goal="<= 1.25x",
            met=path / base <= 1.25,
        ),
        Measurement(
            "startup",
            "graphx --help",
            "-",
            helps,
            baseline=f"import typer: {bare:.3f} s",
            ratio=helps / bare,
            goal="<= 1.5x",
            met=helps / bare <= 1.5,
        ),
    ]


def scale(sizes: tuple[int, ...]) -> list[Measurement]:
    """Load, cached load, queries and peak memory at each size."""
    from graphx.graph.load import load_graph
    from graphx.query.questions import paths, stats
    from graphx.storage.cache import load_graph_cached

    results = []
    with tempfile.TemporaryDirectory(prefix="graphx-bench-") as folder:
        files = _write_graphs(Path(folder), sizes)
        cache = Path(folder) / "cache"
        env = {**os.environ, "GRAPHX_CACHE_DIR": str(cache)}
        os.environ["GRAPHX_CACHE_DIR"] = str(cache)
        for size, path in files.items():
            label = f"{size:,} relations"
            runs = 3 if size >= 100_000 else 5
            load = median_time(partial(load_graph, path), runs=runs)
            results.append(
                Measurement(
                    "load",
                    "load + validate, no cache",
                    label,
                    load,
                    goal="< 3 s" if size == 100_000 else "",
                    met=load < 3 if size == 100_000 else None,
                )
            )
            cached = median_time(partial(load_graph_cached, path), runs=runs)
            results.append(Measurement("load", "load from cache", label, cached))
            graph = load_graph(path)
            ids = sorted(graph.actors)
            query = median_time(partial(paths, graph, ids[1], ids[-1], undirected=True), runs=runs)
            results.append(Measurement("query", "path search (in process)", label, query))
            if size <= 10_000:
                summary = median_time(partial(stats, graph), runs=3)
                results.append(Measurement("query", "stats with betweenness (in process)", label, summary))
            argv = [*GRAPHX, "path", ids[1], ids[-1], "--undirected", "--graph", str(path)]
            whole = median_process_time(argv, runs=runs, env=env)
            results.append(
                Measurement(
                    "query",
                    "graphx path, whole process, cached",
                    label,
                    whole,
                    goal="< 1 s" if size == 100_000 else "",
                    met=whole < 1 if size == 100_000 else None,
                )
            )
            if size == max(sizes):
                memory = _peak_memory_mib(["graphx", "path", ids[1], ids[-1], "--graph", str(path)], env)
                results.append(
                    Measurement(
                        "memory",
                        "graphx path peak memory",
                        label,
                        memory,
                        unit="MiB",
                        goal="< 1024 MiB",
                        met=memory < 1024,
                    )
                )
    return results


def run(quick: bool = False) -> list[Measurement]:
    """Every core figure; `quick` stops at 10,000 relations."""
    sizes = SIZES[:3] if quick else SIZES
    return startup() + scale(sizes)


if __name__ == "__main__":
    for measurement in run(quick="--quick" in sys.argv):
        print(measurement)
