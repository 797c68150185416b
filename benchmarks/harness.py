"""Timing helpers shared by the benchmark modules: medians over repeated runs."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Measurement:
    """One figure of the benchmark table."""

    area: str  # load, query, startup, extract, render, export ...
    name: str  # what was measured
    size: str  # input size, e.g. "1,000 relations"
    median: float  # seconds, or `unit` when given
    unit: str = "s"
    baseline: str = ""  # what the figure is compared with, measured in the same run
    ratio: float | None = None  # median / baseline median
    goal: str = ""  # the target, e.g. "<= 1.25x" or "< 3 s"
    met: bool | None = None


def median_time(action: Callable[[], object], runs: int = 5, warmup: int = 1) -> float:
    """The median wall-clock time of `action` over `runs` runs, after `warmup` untimed runs."""
    for _ in range(warmup):
        action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def median_process_time(argv: Sequence[str], runs: int = 7, env: dict[str, str] | None = None) -> float:
    """The median time to run a whole process to completion (its output discarded)."""
    environment = {**os.environ, **(env or {})}

    def action() -> None:
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=environment)

    return median_time(action, runs=runs, warmup=1)


PYTHON = sys.executable
CPUS = os.cpu_count() or 1
