"""The one way every bench summarises its timings, so that figures from different benches compare.

p95 is the nearest-rank 95th percentile: the smallest sample that at least 95 % of the samples do
not exceed (for 20 samples, the 19th smallest; for fewer than 20, the largest)."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass


def p95(samples: Sequence[float]) -> float:
    """Nearest-rank 95th percentile."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


@dataclass(frozen=True)
class Summary:
    n: int
    min: float
    median: float
    p95: float
    max: float


def summarize(samples: Sequence[float]) -> Summary:
    """min, median, p95 and max of the samples (in whatever unit they are in)."""
    ordered = sorted(samples)
    return Summary(len(ordered), ordered[0], statistics.median(ordered), p95(ordered), ordered[-1])


def ms(seconds: Sequence[float]) -> list[float]:
    """Samples in seconds, as milliseconds."""
    return [s * 1000 for s in seconds]


def line(
    name: str,
    samples_ms: Sequence[float],
    *,
    baseline_ms: float | None = None,
    against: str = "baseline",
    width: int = 40,
    full: bool = False,
) -> str:
    """One printed line: `name  median … ms  p95 … ms` (with min/max when `full`), and the ratio
    of the median to `baseline_ms` when given ("×2.1 vs `against`")."""
    s = summarize(samples_ms)
    text = f"{name:<{width}}"
    if full:
        text += f" min {s.min:8.2f} ms"
    text += f"  median {s.median:8.2f} ms  p95 {s.p95:8.2f} ms"
    if full:
        text += f"  max {s.max:8.2f} ms"
    if baseline_ms:
        text += f"  ×{s.median / baseline_ms:.2f} vs {against}"
    return text
