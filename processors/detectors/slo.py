"""SLO breaches from model-call costs: error rate and p50/p95 latency per tenant and tier.

Method: per tenant and tier (CORE: the maker alone; EXPERT: the full pipeline), one-minute
windows of event time hold the calls, the failed calls (``ERROR`` and ``TIMEOUT``;
``REFUSED`` is a budget decision, not a failure) and a latency histogram. Each closed window
is checked over the last ``span`` windows (a sliding five minutes): the error rate against
the tenant's ``error_rate`` and the median and 95th percentile against its thresholds,
once the span holds ``min_calls`` calls. The error rate must be above its limit with
confidence: the Wilson score interval's lower bound (E. B. Wilson, JASA 22, 1927) at
``z`` standard errors must exceed it, so 3 errors in 200 calls (1.5%) are not a breach of
1% but 10 in 200 are.

Quantiles come from a histogram of geometric buckets 5% wide (10 ms to 10 min), so memory
is bounded and a quantile is reported as its bucket's upper edge: it overstates the true
quantile by at most 5%, never understates it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from processors.alerts import AlertSpec
from processors.detectors.config import SloConfig, SloThresholds
from processors.detectors.windows import EventWindows

__all__ = ["FAILED_OUTCOMES", "LatencyHistogram", "SloDetector", "wilson_lower"]

FAILED_OUTCOMES = frozenset({"ERROR", "TIMEOUT"})
_GROWTH = 1.05
_MIN_MS = 10.0
_BUCKETS = int(math.log(600_000 / _MIN_MS, _GROWTH)) + 1


@dataclass(slots=True)
class LatencyHistogram:
    """Latencies counted in geometric buckets: bucket i holds (10*1.05^(i-1), 10*1.05^i] ms."""

    counts: Counter[int] = field(default_factory=Counter)
    total: int = 0

    def add(self, latency_ms: float) -> None:
        """Count one latency."""
        index = 0 if latency_ms <= _MIN_MS else math.ceil(math.log(latency_ms / _MIN_MS, _GROWTH))
        self.counts[min(index, _BUCKETS)] += 1
        self.total += 1

    def quantile_s(self, q: float) -> float:
        """The upper edge (seconds) of the bucket holding quantile ``q``; 0 when empty."""
        if not self.total:
            return 0.0
        rank = q * self.total
        seen = 0
        for index in sorted(self.counts):
            seen += self.counts[index]
            if seen >= rank:
                return _MIN_MS * _GROWTH**index / 1000.0
        return _MIN_MS * _GROWTH**_BUCKETS / 1000.0

    @classmethod
    def merged(cls, parts: Iterable[LatencyHistogram]) -> LatencyHistogram:
        """One histogram of every part's latencies."""
        out = cls()
        for part in parts:
            out.counts.update(part.counts)
            out.total += part.total
        return out


@dataclass(slots=True)
class _Calls:
    calls: int = 0
    failed: int = 0
    latency: LatencyHistogram = field(default_factory=LatencyHistogram)


class SloDetector:
    """Calls per tenant and tier; :meth:`close` checks the SLO over each closed window's span."""

    def __init__(self, config: SloConfig) -> None:
        self.config = config
        self._windows: dict[tuple[str, str], EventWindows[_Calls]] = {}
        self._history: dict[tuple[str, str], list[_Calls]] = {}

    def observe(self, cost: Mapping[str, Any]) -> None:
        """Count one decoded ``Cost`` record (tenant, tier, outcome, latency_ms, event_time)."""
        scope = (str(cost["tenant"]), str(cost["tier"]))
        windows = self._windows.get(scope)
        if windows is None:
            c = self.config
            windows = self._windows[scope] = EventWindows(c.window_ms, c.lateness_ms, _Calls)
        event_ms = cost["event_time"]
        latency_ms = cost["latency_ms"]
        window = windows.at(event_ms)
        if window is None:
            return
        window.calls += 1
        window.failed += cost["outcome"] in FAILED_OUTCOMES
        window.latency.add(float(latency_ms))

    def close(self) -> list[AlertSpec]:
        """SLO breach alerts of the windows the watermark passed."""
        alerts: list[AlertSpec] = []
        for scope in sorted(self._windows):
            for start, window in self._windows[scope].close():
                history = self._history.setdefault(scope, [])
                history.append(window)
                del history[: -self.config.span]
                alerts.extend(self._check(scope, history, start + self.config.window_ms))
        return alerts

    def _check(self, scope: tuple[str, str], span: list[_Calls], end_ms: int) -> list[AlertSpec]:
        c = self.config
        tenant, tier = scope
        calls = sum(w.calls for w in span)
        if calls < c.min_calls:
            return []
        limits = c.thresholds(tenant)
        p50_limit, p95_limit = _latency_limits(limits, tier)
        latency = LatencyHistogram.merged(w.latency for w in span)
        failed = sum(w.failed for w in span)
        confident = wilson_lower(failed, calls, c.z) > limits.error_rate
        checks = [
            ("slo.error_rate", failed / calls if confident else 0.0, limits.error_rate, "errors"),
            ("slo.latency_p50", latency.quantile_s(0.5), p50_limit, "p50 latency (s)"),
            ("slo.latency_p95", latency.quantile_s(0.95), p95_limit, "p95 latency (s)"),
        ]
        return [
            AlertSpec(
                kind=kind,
                severity="CRITICAL" if kind == "slo.error_rate" else "WARNING",
                tenant=tenant,
                subject=tier,
                value=value,
                baseline=None,
                threshold=limit,
                message=f"{tier} calls of {tenant}: {label} {value:.3g} over the last "
                f"{c.span} min breaches the SLO ({limit:.3g}; {calls} calls)",
                event_time=end_ms,
                dedup_key=f"{kind}|{tenant}|{tier}",
            )
            for kind, value, limit, label in checks
            if value > limit
        ]


def wilson_lower(successes: int, n: int, z: float) -> float:
    """Lower bound of the Wilson score interval of a proportion (0 for n = 0)."""
    if n == 0:
        return 0.0
    p = successes / n
    centre = p + z * z / (2 * n)
    margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - margin) / (1 + z * z / n)


def _latency_limits(limits: SloThresholds, tier: str) -> tuple[float, float]:
    if tier == "EXPERT":
        return limits.expert_p50_s, limits.expert_p95_s
    return limits.core_p50_s, limits.core_p95_s
