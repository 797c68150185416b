"""Hypothesis profiles for the hostile-input suite, and a tally of what each property run tried.

`make test` runs the "fast" profile (a few dozen examples a property, derandomized so CI is
repeatable). `make fuzz` runs the "fuzz" profile: GRAPHX_FUZZ_EXAMPLES examples a property
(default 1000), random seeds, and prints the tally at the end.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest
from hypothesis import HealthCheck, settings

TRIED: Counter[str] = Counter()

settings.register_profile(
    "fast",
    max_examples=30,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("GRAPHX_FUZZ_EXAMPLES", "1000")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
    print_blob=True,
)
settings.load_profile(os.environ.get("GRAPHX_FUZZ_PROFILE", "fast"))


@pytest.fixture
def tried() -> Counter[str]:
    """Count what a property tried (kinds of mutation, outcomes); printed by `make fuzz`."""
    return TRIED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not TRIED or os.environ.get("GRAPHX_FUZZ_PROFILE") != "fuzz":
        return
    terminalreporter.section("what the fuzz run tried")
    for what, count in sorted(TRIED.items()):
        terminalreporter.write_line(f"{count:8d}  {what}")
