"""Building blocks of the detectors: event-time windows and robust baselines.

* :class:`EventWindows`: tumbling windows of event time, closed by a watermark (highest event
  time seen minus an allowed lateness), so the same events give the same windows whatever
  the batching or the wall clock.
* :class:`EwmaBaseline`: exponentially weighted mean and variance (Finch 2009, "Incremental
  calculation of weighted mean and variance", eqs. 124 and 143).
* :class:`CountSpike`: a count per window against its EWMA baseline, with a Poisson floor
  on the variance and a winsorized update, so a long incident does not teach the baseline
  that the incident is normal.
* :func:`median_mad`: the cross-sectional median and median absolute deviation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from math import sqrt
from typing import Generic, TypeVar

__all__ = [
    "CountSpike",
    "EventWindows",
    "EwmaBaseline",
    "SpikeConfig",
    "SpikeVerdict",
    "median_mad",
]

T = TypeVar("T")

#: Consistency constant that makes the MAD estimate a normal standard deviation.
MAD_TO_SD = 1.4826


class EventWindows(Generic[T]):
    """Tumbling event-time windows of ``window_ms``; each holds an accumulator of type ``T``.

    A window closes once the watermark (highest event time seen minus ``lateness_ms``) passes
    its end. An event for a window already closed is late: :meth:`at` returns ``None`` and
    the caller counts it as dropped. At most ``lateness_ms / window_ms + 1`` windows are open.
    """

    def __init__(
        self,
        window_ms: int,
        lateness_ms: int,
        factory: Callable[[], T],
        *,
        fill_gaps: int = 0,
    ) -> None:
        """``fill_gaps``: also close up to this many empty windows between two that held
        events, so a count detector sees the quiet minutes as zeros."""
        if window_ms <= 0 or lateness_ms < 0:
            raise ValueError("window_ms must be positive and lateness_ms not negative")
        self.fill_gaps = fill_gaps
        self.window_ms = window_ms
        self.lateness_ms = lateness_ms
        self._factory = factory
        self._open: dict[int, T] = {}
        self._closed_until = -1  # every window starting before this is closed
        self.max_event_ms = -1

    def at(self, event_ms: int) -> T | None:
        """The accumulator of the window holding ``event_ms``; ``None`` if it closed already."""
        start = event_ms - event_ms % self.window_ms
        if start < self._closed_until:
            return None
        self.max_event_ms = max(self.max_event_ms, event_ms)
        window = self._open.get(start)
        if window is None:
            window = self._open[start] = self._factory()
        return window

    def close(self) -> list[tuple[int, T]]:
        """The windows the watermark has passed, oldest first (start ms, accumulator)."""
        watermark = self.max_event_ms - self.lateness_ms
        due = sorted(start for start in self._open if start + self.window_ms <= watermark)
        if due and self.fill_gaps and self._closed_until >= 0:
            first = max(self._closed_until, due[-1] - self.fill_gaps * self.window_ms)
            for start in range(first, due[-1], self.window_ms):
                self._open.setdefault(start, self._factory())
            due = sorted(start for start in self._open if start + self.window_ms <= watermark)
        if due:
            self._closed_until = max(self._closed_until, due[-1] + self.window_ms)
        return [(start, self._open.pop(start)) for start in due]


@dataclass(slots=True)
class EwmaBaseline:
    """Exponentially weighted mean and variance with weight ``alpha`` on the newest value."""

    alpha: float
    mean: float = 0.0
    var: float = 0.0
    count: int = 0

    def update(self, x: float) -> None:
        """Fold in one observation (Finch 2009)."""
        if self.count == 0:
            self.mean, self.var = x, 0.0
        else:
            diff = x - self.mean
            incr = self.alpha * diff
            self.mean += incr
            self.var = (1.0 - self.alpha) * (self.var + diff * incr)
        self.count += 1


@dataclass(frozen=True, slots=True)
class SpikeConfig:
    """When a count per window is a spike."""

    alpha: float = 0.05
    """EWMA weight of the newest window (0.05: a memory of about 20 windows)."""
    k: float = 6.0
    """How many baseline standard deviations above the mean a spike must be."""
    ratio: float = 3.0
    """A spike is also at least this many times the baseline mean (floor: 1)."""
    min_count: int = 10
    """Counts below this never fire, whatever the baseline."""
    warmup: int = 10
    """Windows observed before the baseline may fire."""


@dataclass(frozen=True, slots=True)
class SpikeVerdict:
    """One window's verdict: whether it fired, and what it was compared with."""

    firing: bool
    value: float
    baseline: float
    threshold: float


class CountSpike:
    """A count per window compared with its own EWMA baseline.

    Threshold: ``max(min_count, mean + k * sqrt(var + mean), ratio * max(mean, 1))``. The
    ``+ mean`` term is the Poisson variance of a count, so sparse counts do not fire on
    noise. The baseline is updated with the count capped at the threshold (winsorized).
    """

    def __init__(self, config: SpikeConfig) -> None:
        self.config = config
        self.baseline = EwmaBaseline(config.alpha)

    def check(self, count: float) -> SpikeVerdict:
        """Compare ``count`` with the baseline, then learn from it."""
        c, b = self.config, self.baseline
        threshold = max(
            float(c.min_count), b.mean + c.k * sqrt(b.var + b.mean), c.ratio * max(b.mean, 1.0)
        )
        firing = b.count >= c.warmup and count >= threshold
        verdict = SpikeVerdict(firing, count, b.mean, threshold)
        b.update(min(count, threshold))
        return verdict


def median_mad(values: Sequence[float]) -> tuple[float, float]:
    """Median and median absolute deviation of ``values`` (both 0 for no values)."""
    if not values:
        return 0.0, 0.0
    ordered = sorted(values)
    med = _median(ordered)
    return med, _median(sorted(abs(v - med) for v in ordered))


def _median(ordered: Sequence[float]) -> float:
    n = len(ordered)
    mid = n // 2
    return float(ordered[mid]) if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2.0
