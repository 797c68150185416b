"""`make killtest`: SIGKILL `graphx extract`, `accept`/`reject` and `promote` at random points, many times.

Each round, in a scratch project: note every file's bytes (old); run the same command to completion
in a copy of the project to learn what it writes (new: outputs are deterministic); start the command,
kill it after a random delay, and check that every file is old or new, never half. Then run the
command again to completion (the next run) and check that no temporary file survives it.

Usage: python -m tests.fuzz.kill_run [--rounds N] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from tests.paths import ROOT

GRAPHX = (
    [sys.executable, "-m", "graphx.cli"]
    if not (Path(sys.executable).parent / "graphx").exists()
    else [str(Path(sys.executable).parent / "graphx")]
)
CORPUS = ROOT / "tests" / "fixtures" / "extract" / "corpus"


def files_in(project: Path) -> dict[str, bytes]:
    return {str(p.relative_to(project)): p.read_bytes() for p in sorted(project.rglob("*")) if p.is_file()}


def temporaries(project: Path) -> list[str]:
    return [str(p.relative_to(project)) for p in project.rglob(".*.tmp")]


def run(project: Path, args: list[str]) -> tuple[int, float]:
    start = time.monotonic()
    done = subprocess.run([*GRAPHX, *args], cwd=project, capture_output=True, env=_env(project), check=False)
    return done.returncode, time.monotonic() - start


def _env(project: Path) -> dict[str, str]:
    import os

    return {**os.environ, "GRAPHX_NO_CACHE": "1", "CI": "1"}


def make_project(folder: Path) -> Path:
    project = folder / "project"
    (project / "graphs").mkdir(parents=True)
    shutil.copy(ROOT / "graphs" / "caucasus.yaml", project / "graphs" / "caucasus.yaml")
    shutil.copytree(ROOT / "seeds", project / "seeds")
    for name in sorted(CORPUS.glob("*.txt")):
        shutil.copy(name, project / "seeds" / name.name)
    (project / "out").mkdir()
    code, _ = run(project, ["extract", "seeds"])
    assert code == 0, "the first extraction failed"
    return project


def candidate_ids(project: Path) -> list[str]:
    done = subprocess.run(
        [*GRAPHX, "candidates", "-f", "json"], cwd=project, capture_output=True, env=_env(project), check=True
    )
    return [item["id"] for item in json.loads(done.stdout)]


def choose_command(rng: random.Random, project: Path) -> list[str]:
    """extract half the time; else accept or reject a few candidates, or promote the accepted ones (which
    rewrites the curated graph, then the review file)."""
    if rng.random() < 0.2:
        return ["promote"]
    if rng.random() < 0.5:
        documents = sorted(str(p.relative_to(project)) for p in (project / "seeds").glob("*.txt"))
        chosen = rng.sample(documents, rng.randint(1, len(documents)))
        return ["extract", *chosen, "-f", rng.choice(["json", "yaml", "csv"]), "-o", "out/extracted.txt"]
    ids = candidate_ids(project)
    return [rng.choice(["accept", "reject"]), *rng.sample(ids, min(len(ids), rng.randint(1, 3)))]


def one_round(rng: random.Random, project: Path, scratch: Path, tally: Counter[str]) -> list[str]:
    """One kill; the problems found (empty if every file was old or new and no temporary survived)."""
    command = choose_command(rng, project)
    old = files_in(project)
    reference = scratch / "reference"
    shutil.rmtree(reference, ignore_errors=True)
    shutil.copytree(project, reference, symlinks=True)
    code, took = run(reference, command)
    new = files_in(reference)
    process = subprocess.Popen(
        [*GRAPHX, *command], cwd=project, env=_env(project), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    # half the kills anywhere in the run, half in its last stretch, where the files are written
    time.sleep(took * (rng.uniform(0, 1.0) if rng.random() < 0.5 else rng.uniform(0.8, 1.0)))
    killed = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait()
    tally[f"{command[0]}: {'killed' if killed else 'finished first'}"] += 1
    problems = []
    for name, data in files_in(project).items():
        if name.endswith(".tmp"):
            tally["temporary files left by a kill"] += 1
            continue
        if data != old.get(name) and data != new.get(name):
            problems.append(f"{' '.join(command)}: {name} is neither the old nor the new file (half written?)")
    for name in old:
        if not (project / name).exists() and name in new:
            problems.append(f"{' '.join(command)}: {name} disappeared")
    code_again, _ = run(project, command)  # the next run
    if code_again != code:
        problems.append(f"{' '.join(command)}: the next run exited {code_again}, the reference {code}")
    if command[0] == "promote" and files_in(project) != new:
        problems.append("promote: the run after a kill did not finish what the killed run started")
    left = temporaries(project)
    if left:
        problems.append(f"{' '.join(command)}: temporary files survived the next run: {left}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=150)
    parser.add_argument("--seed", type=int, default=None)
    options = parser.parse_args()
    seed = options.seed if options.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    tally: Counter[str] = Counter()
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="graphx-killtest-") as folder:
        project = make_project(Path(folder))
        for number in range(1, options.rounds + 1):
            problems += one_round(rng, project, Path(folder), tally)
            if number % 20 == 0:
                print(f"  {number} rounds, {len(problems)} problems", flush=True)
    print(f"kill test: {options.rounds} rounds, seed {seed}")
    for what, count in sorted(tally.items()):
        print(f"{count:6d}  {what}")
    for problem in problems:
        print(f"FAIL {problem}")
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
