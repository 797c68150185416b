"""GDELT rows written here for the event-data tests (no row is copied from a real dataset)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

WriteRows = Callable[..., Path]


def gdelt_line(event_id: int, day: str, actor1: str, actor2: str, code: str, **more: str) -> str:
    """A 61-column GDELT row between two state actors (country codes), invented for a test."""

    def actor(country: str) -> list[str]:
        return [country, country, country, "", "", "", "", "", "", ""] if country else [""] * 10

    geo = ["1", "Place", "XX", "XX", "", "0.0", "0.0", "0"]
    fields = [str(event_id), day, day[:6], day[:4], day[:4] + ".5", *actor(actor1), *actor(actor2),
              more.get("root", "1"), code, code[:3], code[:2], "1", more.get("goldstein", "-1.0"),
              more.get("mentions", "3"), "1", "3", "0.0", *geo, *geo, *geo, day + "000000",
              f"https://example.test/{event_id}"]  # fmt: skip
    return "\t".join(fields)
