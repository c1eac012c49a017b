"""Drift of a surface's click-through rate, by the Page-Hinkley test.

Page-Hinkley (E. S. Page, "Continuous inspection schemes", Biometrika 41, 1954; in the form
of Gama, Sebastião and Rodrigues, "On evaluating stream learning algorithms", Machine
Learning 90, 2013, and of ``river.drift.PageHinkley``), run two-sided per tenant and surface
on each window's click-through rate, standardized by its binomial standard error so that a
quiet night hour and a busy afternoon weigh the same:

    x_t    = (ctr_t - ref_{t-1}) / sqrt(ref_{t-1} (1 - ref_{t-1}) / impressions_t)
    up_t   = max(0, up_{t-1}   + x_t - mean_{t-1} - delta)     # CTR rose
    down_t = max(0, down_{t-1} - x_t + mean_{t-1} - delta)     # CTR fell

and drift is signalled when either exceeds ``threshold`` (lambda, in standard errors). The
reference CTR ``ref`` and the mean are EWMAs (weight ``alpha``, or 1/n while fewer than
1/alpha windows are in) rather than cumulative means,
so the slow daily rhythm of CTR is not drift (river's ``alpha`` forgetting factor plays the
same role). Windows with fewer than ``min_impressions`` impressions are merged into the next
before they are tested. After a signal the statistics restart from the new level.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from processors.alerts import AlertSpec
from processors.detectors.config import DriftConfig
from processors.detectors.windows import EventWindows

__all__ = ["CtrDriftDetector", "PageHinkley"]


@dataclass(slots=True)
class PageHinkley:
    """Two-sided Page-Hinkley statistics over a stream of values."""

    delta: float
    threshold: float
    alpha: float
    mean: float = 0.0
    up: float = 0.0
    down: float = 0.0
    count: int = 0

    def update(self, x: float) -> str | None:
        """Fold in ``x``; ``"up"`` or ``"down"`` when drift is signalled (then restart)."""
        if self.count == 0:
            self.mean = x
        self.up = max(0.0, self.up + x - self.mean - self.delta)
        self.down = max(0.0, self.down - x + self.mean - self.delta)
        self.count += 1
        self.mean += max(self.alpha, 1.0 / self.count) * (x - self.mean)
        direction = (
            "up" if self.up > self.threshold else "down" if self.down > self.threshold else None
        )
        if direction is not None:
            self.up = self.down = 0.0
            self.mean = 0.0
        return direction


@dataclass(slots=True)
class _Counts:
    impressions: int = 0
    clicks: int = 0


class CtrDriftDetector:
    """Impressions and clicks per tenant and surface; :meth:`close` tests closed windows."""

    def __init__(self, config: DriftConfig) -> None:
        self.config = config
        self._windows: dict[tuple[str, str], EventWindows[_Counts]] = {}
        self._carry: dict[tuple[str, str], _Counts] = {}
        self._tests: dict[tuple[str, str], PageHinkley] = {}
        self._reference: dict[tuple[str, str], float] = {}

    def observe(self, tenant: str, surface: str, clicked: bool, event_ms: int) -> None:
        """Count one impression (``clicked=False``) or click of a surface."""
        scope = (tenant, surface)
        windows = self._windows.get(scope)
        if windows is None:
            c = self.config
            windows = self._windows[scope] = EventWindows(c.window_ms, c.lateness_ms, _Counts)
        counts = windows.at(event_ms)
        if counts is None:
            return
        if clicked:
            counts.clicks += 1
        else:
            counts.impressions += 1

    def close(self) -> list[AlertSpec]:
        """Drift alerts of the windows the watermark passed."""
        c = self.config
        alerts: list[AlertSpec] = []
        for scope in sorted(self._windows):
            for start, counts in self._windows[scope].close():
                carried = self._carry.setdefault(scope, _Counts())
                carried.impressions += counts.impressions
                carried.clicks += counts.clicks
                if carried.impressions < c.min_impressions:
                    continue
                ctr = carried.clicks / carried.impressions
                self._carry[scope] = _Counts()
                test = self._tests.setdefault(scope, PageHinkley(c.delta, c.threshold, c.alpha))
                reference = self._reference.get(scope, ctr)
                spread = math.sqrt(max(reference * (1 - reference), 1e-4) / carried.impressions)
                direction = test.update((ctr - reference) / spread)
                self._reference[scope] = (
                    ctr if direction else reference + c.alpha * (ctr - reference)
                )
                if direction is None or test.count <= c.warmup:
                    continue
                tenant, surface = scope
                alerts.append(
                    AlertSpec(
                        kind="ctr.drift",
                        severity="WARNING",
                        tenant=tenant,
                        subject=surface,
                        value=ctr,
                        baseline=reference,
                        threshold=c.threshold,
                        message=f"click-through rate on {surface} went {direction}: "
                        f"{ctr:.3f} against {reference:.3f} (Page-Hinkley)",
                        event_time=start + c.window_ms,
                        dedup_key=f"ctr.drift|{tenant}|{surface}|{direction}",
                        surface=surface,
                    )
                )
        return alerts
