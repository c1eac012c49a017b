"""Each detector on hand-made events: fires on the anomaly, stays quiet otherwise, and gives
the same alerts when the same events come again (redelivery) or in other batches."""

from __future__ import annotations

from typing import Any

from processors.alerts import AlertSpec
from processors.deadletter import SourceRef
from processors.detectors.burn import BurnRateDetector
from processors.detectors.bursts import BurstDetector
from processors.detectors.config import (
    BurnConfig,
    BurstConfig,
    DriftConfig,
    HealthConfig,
    QualityConfig,
    SloConfig,
)
from processors.detectors.drift import CtrDriftDetector, PageHinkley
from processors.detectors.health import HealthDetector
from processors.detectors.quality import QualityDetector
from processors.detectors.slo import LatencyHistogram, SloDetector, wilson_lower
from processors.detectors.windows import CountSpike, EventWindows, SpikeConfig, median_mad
from processors.redaction import detect
from streams.stages.anomalies import Anomalies, alert_on_costs
from streams.stages.effects import Effects

MIN = 60_000


def test_windows_close_by_watermark_and_refuse_late_events() -> None:
    windows: EventWindows[list[int]] = EventWindows(MIN, 10_000, list)
    windows.at(5_000).append(1)  # type: ignore[union-attr]
    assert windows.close() == []
    windows.at(MIN + 10_000)
    assert [start for start, _ in windows.close()] == [0]
    assert windows.at(59_000) is None  # its window closed


def test_median_mad_and_spike() -> None:
    assert median_mad([1, 2, 3, 4, 100]) == (3.0, 1.0)
    spike = CountSpike(SpikeConfig(warmup=3, min_count=5))
    assert [spike.check(2).firing for _ in range(5)] == [False] * 5
    assert spike.check(50).firing
    assert spike.baseline.mean < 10  # winsorized: the spike did not become the baseline


def _bursts(events: list[tuple[str, str, int]]) -> list[AlertSpec]:
    detector = BurstDetector(BurstConfig(warmup_windows=2))
    alerts = []
    for user, item, t in events:
        detector.observe("acme", "home", user, item, t)
        alerts += detector.close()
    return alerts


def test_bursts_find_the_bot_user_and_the_poisoned_item() -> None:
    events = [(f"u{i % 20}", f"i{i % 10}", m * MIN + i * 100) for m in range(6) for i in range(40)]
    assert _bursts(events) == []
    bot = [("bot", f"i{j % 10}", 6 * MIN + j * 100) for j in range(100)]
    poison = [(f"s{j}", "i-bad", 6 * MIN + j * 100) for j in range(100)]
    tail = [("u1", "i1", 8 * MIN)]
    kinds = {
        (a.kind, a.subject)
        for a in _bursts(events + sorted(bot + poison, key=lambda e: e[2]) + tail)
    }
    assert kinds == {("burst.user", "bot"), ("burst.item", "i-bad")}


def test_page_hinkley_signals_a_drop() -> None:
    test = PageHinkley(delta=0.5, threshold=8.0, alpha=0.02)
    assert all(test.update(0.0) is None for _ in range(50))
    signals = [test.update(-3.0) for _ in range(5)]
    assert "down" in signals


def test_ctr_drift_fires_on_a_collapse_only() -> None:
    detector = CtrDriftDetector(DriftConfig(warmup=3))
    alerts = []
    for minute in range(40):
        ctr_every = 8 if minute < 30 else 40  # CTR 1/8, then 1/40
        for i in range(400):
            detector.observe("acme", "home", i % ctr_every == 0, minute * MIN + i * 100)
        alerts += detector.close()
    assert [(a.kind, a.dedup_key.split("|")[-1]) for a in alerts] == [("ctr.drift", "down")]
    assert 30 * MIN < alerts[0].event_time <= 35 * MIN


def test_dead_letter_ratio_optouts_pii_and_the_canary() -> None:
    quality = QualityDetector(QualityConfig())
    alerts: list[AlertSpec] = []
    for minute in range(20):
        bad = 30 if minute >= 15 else 0
        for i in range(200):
            quality.consumed("interactions", i < bad, minute * MIN + i * 100)
            quality.admitted("acme", 1 if minute >= 15 and i < 50 else 0, minute * MIN + i * 100)
        for i in range(40 if minute >= 15 else minute % 2):
            quality.opted_out("acme", minute * MIN + i * 100)
        alerts += quality.close_inputs() + quality.close_consent()
    assert {a.kind for a in alerts} == {"deadletter.ratio", "pii.arrival", "consent.optout_spike"}
    leaks = quality.canary("acme", [("context.query", "mail a@b.example.com")], detect, 0)
    assert [a.kind for a in leaks] == ["pii.leak"]
    assert quality.canary("acme", [("context.query", "mail <EMAIL>")], detect, 0) == []


def _cost(
    t: int, latency_ms: int = 1_000, outcome: str = "OK", micros: int = 100
) -> dict[str, Any]:
    return {"tenant": "acme", "tier": "CORE", "outcome": outcome, "latency_ms": latency_ms,
            "cost_micros": micros, "event_time": t}  # fmt: skip


def test_slo_error_rate_and_latency() -> None:
    assert wilson_lower(3, 200, 3.0) < 0.01 < wilson_lower(20, 200, 3.0)
    histogram = LatencyHistogram()
    for ms in range(1, 1001):
        histogram.add(ms * 10.0)
    assert 5.0 <= histogram.quantile_s(0.5) <= 5.0 * 1.05
    slo = SloDetector(SloConfig())
    kinds = []
    for minute in range(12):
        for i in range(60):
            broken = minute >= 6
            slo.observe(_cost(minute * MIN + i * 1000, 9_000 if broken else 1_000,
                              "ERROR" if broken and i % 5 == 0 else "OK"))  # fmt: skip
        kinds += [a.kind for a in slo.close()]
    assert set(kinds) == {"slo.error_rate", "slo.latency_p50", "slo.latency_p95"}


def test_burn_rate_needs_both_windows() -> None:
    burn = BurnRateDetector(BurnConfig(tenant_to_budget_micros={"acme": 1_440 * 1_000}))
    alerts = []
    for minute in range(60):
        burn.observe(_cost(minute * MIN, micros=1_000 if minute < 40 else 20_000))
        alerts += burn.close()
    assert alerts
    assert all(a.kind == "cost.burn_rate" for a in alerts)
    assert alerts[0].event_time >= 40 * MIN


def test_health_needs_consecutive_checks_and_a_backlog() -> None:
    health = HealthDetector(HealthConfig())
    assert health.check(100_000, {"interactions": 0}, {"interactions": 0}) == []  # idle: fresh
    assert health.check(100_000, {"interactions": 50_000}, {"interactions": 0}) == []
    kinds = {a.kind for a in health.check(115_000, {"interactions": 50_000}, {"interactions": 0})}
    assert kinds == {"pipeline.lag", "pipeline.freshness"}


def test_anomalies_ignore_redelivered_records_and_resolve() -> None:
    anomalies = Anomalies()
    effects = Effects()
    source = SourceRef("costs", 0, 5)
    assert anomalies.first_time(source)
    assert not anomalies.first_time(source)
    for minute in range(30):
        costs = [_cost(minute * MIN + i * 500, outcome="ERROR" if 5 <= minute < 10 else "OK")
                 for i in range(100)]  # fmt: skip
        alert_on_costs(anomalies, costs, effects)
    statuses = [(r.key, r.value is not None) for r in effects.alerts]
    assert len(statuses) == 2  # one FIRING, one RESOLVED
    assert effects.counts["alerts_fired", "slo.error_rate"] == 1
    assert effects.counts["alerts_resolved", "slo.error_rate"] == 1
    assert effects.counts["model_calls", "ERROR"] == 500
