"""`make bench`: run every benchmark module and print one table.

Usage: python -m benchmarks [--quick] [AREA...]   (areas: core, extract, render, export, events)
"""

from __future__ import annotations

import importlib
import platform
import sys
import time

from benchmarks.harness import CPUS, Measurement

MODULES = ("core", "extract", "render", "export", "events")


def _value(m: Measurement) -> str:
    return f"{m.median:.1f} {m.unit}" if m.unit != "s" else f"{m.median:.3f} s"


def table(measurements: list[Measurement]) -> str:
    """The measurements as an aligned text table."""
    header = ("area", "measure", "size", "median", "baseline (same run)", "ratio", "goal", "met")
    rows = [
        (
            m.area,
            m.name,
            m.size,
            _value(m),
            m.baseline,
            f"{m.ratio:.2f}x" if m.ratio is not None else "",
            m.goal,
            {True: "yes", False: "NO", None: ""}[m.met],
        )
        for m in measurements
    ]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    areas = [a for a in argv if not a.startswith("-")] or list(MODULES)
    measurements: list[Measurement] = []
    started = time.perf_counter()
    for area in areas:
        try:
            module = importlib.import_module(f"benchmarks.bench_{area}")
        except ModuleNotFoundError:
            print(f"(no benchmarks/bench_{area}.py; skipped)", file=sys.stderr)
            continue
        print(f"running {area} benchmarks ...", file=sys.stderr, flush=True)
        measurements += module.run(quick=quick)
    print(
        f"graphx benchmarks: {CPUS} CPUs, Python {platform.python_version()}, {platform.machine()}; "
        f"medians over repeated runs{' (quick)' if quick else ''}"
    )
    print(table(measurements))
    print(f"total benchmark time: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
