"""Parameters of every detector, frozen and documented; the defaults are the measured ones
(``docs/alerts.md``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from processors.detectors.windows import SpikeConfig

__all__ = [
    "BurnConfig",
    "BurstConfig",
    "DetectorConfig",
    "DriftConfig",
    "HealthConfig",
    "QualityConfig",
    "SloConfig",
    "SloThresholds",
]

MINUTE_MS = 60_000


@dataclass(frozen=True, slots=True)
class BurstConfig:
    """Click bursts per user and per item, per tenant and surface (``bursts.py``)."""

    window_ms: int = MINUTE_MS
    """Tumbling window of event time the clicks are counted in."""
    lateness_ms: int = 10_000
    """How late (event time) a click may arrive and still count."""
    k: float = 8.0
    """Users: robust z (median + k * 1.4826 * MAD, both EWMA-smoothed across windows)."""
    min_user_clicks: int = 30
    """A user below this many clicks per window never fires."""
    item: SpikeConfig = field(
        default_factory=lambda: SpikeConfig(alpha=0.1, k=6.0, ratio=3.0, min_count=40, warmup=0)
    )
    """Items: each tracked item's clicks per window against its own EWMA baseline (an item
    first seen in a warm scope starts from 0, so a new item clicked 40 times fires)."""
    max_items: int = 5_000
    """Items tracked per tenant and surface; the least clicked are forgotten first."""
    max_users_per_window: int = 200_000
    """Distinct users counted per window and scope (memory bound); later ones are skipped."""
    max_alerts_per_window: int = 10
    """Most burst alerts one scope raises per window (the largest first)."""
    warmup_windows: int = 5
    """Windows a scope observes before its user and item baselines may fire."""


@dataclass(frozen=True, slots=True)
class DriftConfig:
    """Click-through-rate drift per tenant and surface, by Page-Hinkley (``drift.py``)."""

    window_ms: int = MINUTE_MS
    lateness_ms: int = 10_000
    min_impressions: int = 50
    """A window with fewer impressions is merged into the next one before it is tested."""
    delta: float = 0.5
    """Page-Hinkley's delta, in standard errors: the drift tolerated per window."""
    threshold: float = 8.0
    """Page-Hinkley's lambda, in standard errors: cumulative deviation that signals drift."""
    alpha: float = 0.02
    """EWMA weight of the reference CTR, so slow daily seasonality is not drift."""
    warmup: int = 10
    """Tested windows before drift may be signalled."""


@dataclass(frozen=True, slots=True)
class QualityConfig:
    """Dead-letter ratio, opt-out spikes and PII (``quality.py``)."""

    window_ms: int = MINUTE_MS
    lateness_ms: int = 10_000
    deadletter_ratio: float = 0.05
    """Refused / consumed records over ``deadletter_span`` windows above which we alert."""
    deadletter_min: int = 20
    """Fewest refused records in the span that can fire."""
    deadletter_span: int = 2
    """Windows the ratio is computed over."""
    optout: SpikeConfig = field(
        default_factory=lambda: SpikeConfig(alpha=0.05, k=6.0, ratio=4.0, min_count=10, warmup=10)
    )
    """Opt-outs and erasure requests per tenant and window against their EWMA baseline."""
    pii: SpikeConfig = field(
        default_factory=lambda: SpikeConfig(alpha=0.05, k=6.0, ratio=4.0, min_count=10, warmup=10)
    )
    """Admitted events carrying PII in free text, per tenant and window (the gate's counts)."""


@dataclass(frozen=True, slots=True)
class SloThresholds:
    """One tenant's SLO: latency quantiles per tier, and the error rate."""

    core_p50_s: float = 3.0
    """Maker-only (CORE tier) calls: median latency above this breaches."""
    core_p95_s: float = 8.0
    expert_p50_s: float = 10.0
    """Full pipeline (EXPERT tier) calls: median latency above this breaches."""
    expert_p95_s: float = 20.0
    error_rate: float = 0.01
    """(ERROR + TIMEOUT) / calls above this breaches."""


@dataclass(frozen=True, slots=True)
class SloConfig:
    """SLO breaches from cost records (``slo.py``)."""

    window_ms: int = MINUTE_MS
    lateness_ms: int = 10_000
    span: int = 5
    """Windows (minutes) each check covers: a sliding five-minute view."""
    min_calls: int = 100
    """Fewest calls in the span that can fire (the error rate of 3 calls is noise)."""
    z: float = 2.0
    """Standard errors the error rate's Wilson lower bound must clear the limit by."""
    default: SloThresholds = field(default_factory=SloThresholds)
    tenant_to_thresholds: Mapping[str, SloThresholds] = field(
        default_factory=lambda: MappingProxyType({})
    )

    def thresholds(self, tenant: str) -> SloThresholds:
        """The tenant's thresholds, or the default."""
        return self.tenant_to_thresholds.get(tenant, self.default)


@dataclass(frozen=True, slots=True)
class BurnConfig:
    """Cost burn rate against a per-tenant budget period (``burn.py``)."""

    window_ms: int = MINUTE_MS
    lateness_ms: int = 10_000
    period_ms: int = 86_400_000
    """The budget period (a day)."""
    tenant_to_budget_micros: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    """Budget per period in micro-units; tenants without one are not checked."""
    short_windows: int = 5
    short_factor: float = 4.0
    """Burn rate over the last ``short_windows`` windows that must be exceeded..."""
    long_windows: int = 30
    long_factor: float = 1.2
    """...together with this burn rate over the last ``long_windows`` windows."""


@dataclass(frozen=True, slots=True)
class HealthConfig:
    """Consumer lag and freshness of the pipeline itself (``health.py``)."""

    max_lag: int = 10_000
    """Records behind the high-water mark, per topic, above which we alert."""
    max_staleness_s: float = 60.0
    """Seconds between now and the newest processed event time, while there is a backlog."""
    consecutive: int = 2
    """Consecutive checks over a limit before it fires (one slow poll is not an incident)."""


@dataclass(frozen=True, slots=True)
class DetectorConfig:
    """Every detector's parameters, and how long an incident must be quiet to resolve."""

    bursts: BurstConfig = field(default_factory=BurstConfig)
    drift: DriftConfig = field(default_factory=DriftConfig)
    quality: QualityConfig = field(default_factory=QualityConfig)
    slo: SloConfig = field(default_factory=SloConfig)
    burn: BurnConfig = field(default_factory=BurnConfig)
    health: HealthConfig = field(default_factory=HealthConfig)
    quiet_ms: int = 10 * MINUTE_MS
    """Event time a condition must stay clear before its incident resolves."""
    max_open: int = 10_000
    """Most open incidents remembered (memory bound)."""
