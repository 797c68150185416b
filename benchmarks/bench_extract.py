"""Extraction speed: sentences per second on one core, and --jobs 2 against --jobs 1.

The corpus is generated, seeded, news-style English: one article a file, about a third of the
sentences carrying a relation cue (criticism, mediation, conflict, some negated or hypothetical),
the rest ordinary reporting that names actors, places, numbers and dates. Extraction runs as
`graphx extract` does by default (`--min-confidence 0.5`).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.harness import CPUS, Measurement, median_time

FULL_BYTES = 5_500_000
QUICK_BYTES = 600_000
GOAL_RATE = 10000.0
GOAL_SPEEDUP = 1.7

_STATES = [
    "Russia",
    "France",
    "Germany",
    "Turkey",
    "Iran",
    "Israel",
    "Egypt",
    "Qatar",
    "China",
    "Japan",
    "India",
    "Pakistan",
    "Brazil",
    "Venezuela",
    "Guyana",
    "Kenya",
    "Ethiopia",
    "Sudan",
    "Mali",
    "Niger",
    "Serbia",
    "Kosovo",
    "Armenia",
    "Azerbaijan",
    "Georgia",
    "Ukraine",
    "Poland",
    "Hungary",
    "Nigeria",
    "Colombia",
    "Moscow",
    "Paris",
    "Berlin",
    "Ankara",
    "Tehran",
    "Beijing",
    "Tokyo",
    "Baku",
    "Yerevan",
    "Kyiv",
    "the United States",
    "Washington",
    "the European Union",
    "Brussels",
    "the Kremlin",
    "the White House",
]
_ADJ = [
    "Russian",
    "French",
    "German",
    "Turkish",
    "Iranian",
    "Israeli",
    "Egyptian",
    "Qatari",
    "Chinese",
    "Japanese",
    "Indian",
    "Pakistani",
    "Brazilian",
    "Kenyan",
    "Ethiopian",
    "Malian",
    "Serbian",
    "Armenian",
    "Azerbaijani",
    "Ukrainian",
    "Polish",
    "Hungarian",
    "Nigerian",
    "Colombian",
    "US",
    "EU",
]
_PEOPLE = [
    "Vladimir Putin",
    "Emmanuel Macron",
    "Sergei Lavrov",
    "Ilham Aliyev",
    "Nikol Pashinyan",
    "Recep Tayyip Erdogan",
    "Olaf Scholz",
    "Antony Blinken",
    "Xi Jinping",
    "Maria Zakharova",
]
_CUES = [
    "{a} accused {b} of {issue}.",
    "{a} on {day} sharply criticised {b} over {issue}, the foreign ministry said.",
    "{b} was condemned by {a} for {issue}.",
    '{p} dismissed {b}\'s remarks as "absurd" and said {issue} would continue.',
    "Criticism of {b} by {a} has grown since {month}.",
    '"We condemn {b}\'s {issue}," {p} told reporters in {city}.',
    "{a} and {c} denounced {b}'s decision to expel diplomats.",
    "{a} did not criticise {b} over {issue}, officials said.",
    "{a} hosted talks between {b} and {c} in {city} on {day}.",
    "A {adj}-brokered ceasefire between {b} and {c} took effect on {day}.",
    "{p} invited the leaders of {b} and {c} for talks in {city}.",
    "{a} has acted as a mediator between {b} and {c} since {year}.",
    "{a} would mediate between {b} and {c} if both sides asked, {p} said.",
    "Deadly clashes between {b} and {c} killed {n} soldiers in {month}.",
    "{a} launched an offensive against {b} in {month} {year}.",
    "{adj} and {adj2} forces exchanged fire along the border overnight.",
    "{a}'s invasion of {b} drew condemnation from {c}.",
    "Fears of a war between {b} and {c} have grown, analysts said.",
]
_FILLER = [
    "The meeting in {city} lasted {n} hours and ended without a joint statement.",
    "{a}'s economy grew by {n} percent in {year}, according to official figures.",
    "Officials in {city} said they expected a decision by the end of {month}.",
    "{p} arrived in {city} on {day} for a two-day visit, state media reported.",
    "Trade between {a} and {b} reached {n} billion dollars last year.",
    "The {adj} parliament is expected to debate the budget in {month}.",
    "Analysts said the talks in {city} had produced little of substance.",
    "More than {n} people attended the ceremony, organisers said.",
    "{a} and {b} signed agreements on energy, transport and education.",
    "The foreign ministers discussed regional security, the economy and migration.",
    "Prices of grain and fuel rose sharply in {month}, according to the central bank.",
    "A spokesman for the {adj} government declined to comment on the report.",
    "The delegation from {a} included the ministers of defence, energy and finance.",
    "Elections are due in {year}, and polls suggest a close race.",
    "The summit in {city} was overshadowed by disputes over trade and energy.",
]
_ISSUES = [
    "destabilising the region",
    "meddling in its affairs",
    "violating the ceasefire",
    "human rights abuses",
    "arming separatists",
    "spreading disinformation",
    "its nuclear programme",
    "the border closure",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_CITIES = ["Geneva", "Vienna", "Astana", "Istanbul", "Doha", "Cairo", "Nairobi", "Oslo", "Jeddah", "Sochi"]


def _sentence(rng: random.Random) -> str:
    template = rng.choice(_CUES) if rng.random() < 0.35 else rng.choice(_FILLER)
    a, b, c = rng.sample(_STATES, 3)
    adj, adj2 = rng.sample(_ADJ, 2)
    return template.format(
        a=a,
        b=b,
        c=c,
        adj=adj,
        adj2=adj2,
        p=rng.choice(_PEOPLE),
        issue=rng.choice(_ISSUES),
        day=rng.choice(_DAYS),
        month=rng.choice(_MONTHS),
        year=rng.randint(1995, 2024),
        city=rng.choice(_CITIES),
        n=rng.randint(2, 900),
    )


def generate_corpus(folder: Path, total_bytes: int, seed: int = 7) -> tuple[list[str], int]:
    """Write news-style articles into `folder` until `total_bytes`; the paths and sentence count."""
    rng = random.Random(seed)
    paths: list[str] = []
    written = sentences = 0
    while written < total_bytes:
        day = rng.randint(1, 28)
        lines = [
            f"{rng.choice(_STATES).title()} and {rng.choice(_STATES).title()} in talks",
            f"Published: {day} {rng.choice(_MONTHS)} {rng.randint(2015, 2024)}",
        ]
        body = []
        for _ in range(rng.randint(4, 9)):
            paragraph = [_sentence(rng) for _ in range(rng.randint(2, 5))]
            sentences += len(paragraph)
            body.append(" ".join(paragraph))
        text = "\n\n".join(lines + body) + "\n"
        path = folder / f"article-{len(paths):05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
        sentences += 2
        written += len(text.encode("utf-8"))
    return paths, sentences


def run(quick: bool = False) -> list[Measurement]:
    """Sentences per second with one process, and the --jobs 2 speed-up, on the generated corpus."""
    from graphx.extract.documents import extract_files
    from graphx.lexicon import build_lexicon

    lexicon = build_lexicon()
    total = QUICK_BYTES if quick else FULL_BYTES
    runs = 1 if quick else 5
    with tempfile.TemporaryDirectory(prefix="graphx-bench-extract-") as folder:
        paths, sentences = generate_corpus(Path(folder), total)
        size = f"{total / 1e6:.1f} MB, {len(paths):,} files, {sentences:,} sentences"
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        one = median_time(lambda: extract_files(paths, lexicon, jobs=1), runs=runs, warmup=1)
        busy, own, wall = _machine_busy(), _cpu_seconds(), time.perf_counter()
        two = median_time(lambda: extract_files(paths, lexicon, jobs=2), runs=runs, warmup=1)
        # CPU the rest of the machine took while --jobs 2 ran: with 2 cores, any of it slows the speed-up
        others = max(0.0, _machine_busy() - busy - (_cpu_seconds() - own)) / (time.perf_counter() - wall)
        cpu_one, cpu_two = (
            _cpu(lambda: extract_files(paths, lexicon, jobs=1)),
            _cpu(lambda: extract_files(paths, lexicon, jobs=2)),
        )
    rate = sentences / one
    speedup = one / two
    context = f"load average {load:.2f} at start; other processes took {others:.0%} of a core during --jobs 2"
    return [
        Measurement(
            "extract",
            "sentences per second, 1 process",
            size,
            rate,
            unit="sent/s",
            goal=f">= {GOAL_RATE:,.0f} sent/s",
            met=rate >= GOAL_RATE,
        ),
        Measurement(
            "extract",
            f"--jobs 2 (speed-up {speedup:.2f}x)",
            size,
            two,
            baseline=f"--jobs 1: {one:.2f} s; {context}",
            ratio=two / one,
            goal=f"<= {1 / GOAL_SPEEDUP:.2f}x (>= {GOAL_SPEEDUP}x faster)" + ("" if CPUS >= 2 else "; 1 CPU"),
            met=speedup >= GOAL_SPEEDUP if CPUS >= 2 else None,
        ),
        Measurement(
            "extract",
            "CPU time of --jobs 2 / --jobs 1 (parallel overhead)",
            size,
            cpu_two,
            unit="s cpu",
            baseline=f"--jobs 1: {cpu_one:.2f} s cpu",
            ratio=cpu_two / cpu_one,
            goal="<= 1.15x",
        ),
    ]


def _machine_busy() -> float:
    """CPU seconds every process on the machine has used since boot (Linux), or NaN elsewhere."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return float("nan")
    user, nice, system, _idle, _iowait, irq, softirq = (int(v) for v in fields[:7])
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")


def _cpu_seconds() -> float:
    """CPU seconds of this process and its finished child processes."""
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _cpu(action: Callable[[], object]) -> float:
    """CPU seconds `action` takes in this process and its child processes (independent of other load)."""
    before = _cpu_seconds()
    action()
    return _cpu_seconds() - before


if __name__ == "__main__":
    for measurement in run(quick="--quick" in sys.argv):
        print(measurement)
