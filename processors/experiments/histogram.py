"""Fixed-bucket histograms of durations, and the quantiles read from them (the median).

A stream cannot keep every observation to sort, and exact streaming medians need unbounded
state. Instead each arm counts observations in fixed, log-spaced buckets: bucket ``k`` holds
durations in ``[B * 2**((k-1)/4), B * 2**(k/4))`` ms with ``B`` = 100 ms, bucket 0 everything
below 100 ms and the last everything above about 6 hours. Counts add, so histograms of
partitions and arms merge exactly, and a redelivered event is skipped with the rest of its
update. A quantile is interpolated geometrically inside the bucket that holds it: its error is
at most one bucket, a factor of ``2**(1/4)`` (about 19 %), and typically half that. This is
the approach of Prometheus' native histograms and HdrHistogram, at coarser resolution.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

__all__ = ["BASE_MS", "BUCKETS", "bucket_of", "merge", "quantile"]

BASE_MS = 100.0
#: Buckets per doubling.
PER_DOUBLING = 4
#: Number of buckets; the last one is open-ended (about 6 h and above).
BUCKETS = 1 + 72


def bucket_of(duration_ms: float) -> int:
    """The bucket index of a duration (negative durations count as 0)."""
    if duration_ms < BASE_MS:
        return 0
    index = 1 + math.floor(PER_DOUBLING * math.log2(duration_ms / BASE_MS))
    return min(index, BUCKETS - 1)


def _edges(index: int) -> tuple[float, float]:
    if index == 0:
        return 0.0, BASE_MS
    low = BASE_MS * 2 ** ((index - 1) / PER_DOUBLING)
    return low, low * 2 ** (1 / PER_DOUBLING)


def merge(a: Mapping[int, int], b: Mapping[int, int]) -> dict[int, int]:
    """The histogram of both samples."""
    merged = dict(a)
    for index, count in b.items():
        merged[index] = merged.get(index, 0) + count
    return merged


def quantile(histogram: Mapping[int, int], q: float) -> float | None:
    """The ``q`` quantile (0..1) in ms, interpolated inside its bucket; None when empty."""
    total = sum(histogram.values())
    if total <= 0:
        return None
    rank = q * total
    seen = 0
    for index in sorted(histogram):
        count = histogram[index]
        if count <= 0:
            continue
        if seen + count >= rank:
            low, high = _edges(index)
            share = (rank - seen) / count
            if index == 0:
                return low + share * (high - low)
            return float(low * (high / low) ** share)
        seen += count
    return _edges(max(histogram))[1]
