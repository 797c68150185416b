"""Deterministic node positions: a seeded Fruchterman–Reingold layout in numpy.

Positions are computed in Python so the page draws a still picture at once (no
physics in the browser) and the same graph always gives the same picture.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

SPACING = 200.0  # pixels between two neighbours at the ideal distance
GRAVITY = 1.0  # a constant pull to the centre: isolated actors settle near the rest, not far away
SEPARATE_UP_TO = 1200  # the overlap pass is quadratic in memory; bigger maps keep the force layout as is
_BLOCK = 512  # rows of the repulsion matrix computed at once, to bound memory on big graphs

Array = npt.NDArray[np.float64]


def iterations_for(count: int) -> int:
    """More iterations for small graphs (cheap, better picture), at least 60 for big ones."""
    return max(60, min(400, 40_000 // max(count, 1)))


def layout(
    nodes: Sequence[str],
    edges: Iterable[tuple[str, str]],
    *,
    seed: int = 0,
    iterations: int | None = None,
) -> dict[str, tuple[int, int]]:
    """Positions in pixels for `nodes`, joined by undirected `edges` (repeats pull harder).

    The result depends only on the node order, the edges and the seed.
    """
    known = set(nodes)
    links = [(u, v) for u, v in edges if u != v and u in known and v in known]
    linked = {a for pair in links for a in pair}
    placed = _force_layout([n for n in nodes if n in linked], links, seed, iterations)
    return {**placed, **_park([n for n in nodes if n not in linked], placed)}


def _park(isolated: Sequence[str], placed: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """Actors without a drawn relation, in rows under the rest (they would otherwise widen the picture)."""
    if not isolated:
        return {}
    xs = [x for x, _ in placed.values()] or [0]
    ys = [y for _, y in placed.values()] or [0]
    step = SPACING * 1.5
    per_row = max(1, round((max(xs) - min(xs)) / step) + 1, math.ceil(math.sqrt(len(isolated))))
    top = max(ys) + SPACING
    left = (min(xs) + max(xs)) / 2 - (min(per_row, len(isolated)) - 1) * step / 2
    return {
        node: (round(left + (i % per_row) * step), round(top + (i // per_row) * SPACING * 0.6))
        for i, node in enumerate(isolated)
    }


def _force_layout(
    nodes: Sequence[str],
    edges: Sequence[tuple[str, str]],
    seed: int,
    iterations: int | None,
) -> dict[str, tuple[int, int]]:
    count = len(nodes)
    if count == 0:
        return {}
    if count == 1:
        return {nodes[0]: (0, 0)}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = Counter(tuple(sorted((index[u], index[v]))) for u, v in edges)
    ordered = sorted(pairs)
    source = np.array([p[0] for p in ordered], dtype=np.intp)
    target = np.array([p[1] for p in ordered], dtype=np.intp)
    weight = np.array([1.0 + 0.25 * math.log(pairs[p]) for p in ordered], dtype=np.float64)
    rng = np.random.default_rng(seed)
    position: Array = rng.random((count, 2)) - 0.5
    position = _relax(position, source, target, weight, iterations or iterations_for(count))
    scaled = _separate(position * (SPACING / _typical_length(position, source, target)), SPACING * 0.8)
    return {node: (round(float(scaled[i, 0])), round(float(scaled[i, 1]))) for i, node in enumerate(nodes)}


def _separate(position: Array, gap: float) -> Array:
    """Push apart actors closer than `gap` pixels, so dots and labels do not sit on each other."""
    count = position.shape[0]
    if count > SEPARATE_UP_TO:
        return position
    for _ in range(30 if count <= 300 else 8):
        dx = position[:, 0, None] - position[None, :, 0]
        dy = position[:, 1, None] - position[None, :, 1]
        distance = np.sqrt(dx * dx + dy * dy)
        np.fill_diagonal(distance, gap * 2)
        if not (distance < gap).any():
            break
        push = np.maximum(gap - distance, 0.0) / (4 * np.maximum(distance, 1e-6))
        position = position + np.stack([(dx * push).sum(axis=1), (dy * push).sum(axis=1)], axis=1)
    return position


def _typical_length(position: Array, source: npt.NDArray[np.intp], target: npt.NDArray[np.intp]) -> float:
    """The median edge length, or the ideal distance when there are no edges."""
    if source.size:
        delta = position[source] - position[target]
        median = float(np.median(np.sqrt(np.einsum("ij,ij->i", delta, delta))))
        if median > 1e-9:
            return median
    return math.sqrt(1.0 / position.shape[0])


def _relax(
    position: Array, source: npt.NDArray[np.intp], target: npt.NDArray[np.intp], weight: Array, iterations: int
) -> Array:
    """Fruchterman–Reingold with linear cooling and a weak pull to the centre (keeps components close)."""
    count = position.shape[0]
    ideal_sq = 1.0 / count
    ideal = math.sqrt(ideal_sq)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        displacement = np.empty_like(position)
        xs, ys = position[:, 0].astype(np.float32), position[:, 1].astype(np.float32)
        for start in range(0, count, _BLOCK):
            dx = xs[start : start + _BLOCK, None] - xs[None, :]
            dy = ys[start : start + _BLOCK, None] - ys[None, :]
            force = dx * dx + dy * dy
            np.maximum(force, 1e-6, out=force)
            np.divide(np.float32(ideal_sq), force, out=force)
            displacement[start : start + _BLOCK, 0] = (dx * force).sum(axis=1)
            displacement[start : start + _BLOCK, 1] = (dy * force).sum(axis=1)
        if source.size:
            delta = position[source] - position[target]
            distance = np.sqrt(np.einsum("ij,ij->i", delta, delta))
            pull = delta * (distance * weight / ideal)[:, None]
            np.subtract.at(displacement, source, pull)
            np.add.at(displacement, target, pull)
        radius = np.sqrt(np.einsum("ij,ij->i", position, position))
        np.maximum(radius, 1e-9, out=radius)
        displacement -= position * (GRAVITY / radius)[:, None]
        length = np.sqrt(np.einsum("ij,ij->i", displacement, displacement))
        np.maximum(length, 1e-9, out=length)
        position = position + displacement * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    result: Array = position - position.mean(axis=0)
    return result
