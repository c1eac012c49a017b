"""A small seeded version of the detector simulations (``streams.tools.alert_sim``): injected
degradations are caught within five minutes of event time, clean traffic raises nothing.
The full table (every degradation, a clean day) is in docs/alerts.md."""

from __future__ import annotations

import fakeredis
import pytest

from streams.tools.alert_sim import run
from streams.tools.alert_traffic import DEGRADATIONS, MINUTE_MS, Traffic, TrafficConfig

CONFIG = TrafficConfig(seed=11, events_per_min=80.0)
NOON = CONFIG.day_ms + 12 * 3_600_000


def _redis() -> fakeredis.FakeAsyncRedis:
    return fakeredis.FakeAsyncRedis(server=fakeredis.FakeServer())


@pytest.mark.parametrize(
    "degradation", ["bot_user", "broken_redactor", "model_errors", "cost_runaway", "slow_sink"]
)
def test_degradation_is_caught_within_five_minutes(degradation: str) -> None:
    traffic = Traffic(CONFIG, degradation, NOON)
    result = run(traffic, NOON - 12 * MINUTE_MS, 18, _redis())
    delay = result.delay_s(DEGRADATIONS[degradation])
    assert delay is not None, result.fired
    assert delay <= 300


def test_clean_traffic_raises_nothing() -> None:
    result = run(Traffic(CONFIG), NOON - 10 * MINUTE_MS, 30, _redis())
    assert result.fired == []
