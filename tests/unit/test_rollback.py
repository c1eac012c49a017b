"""Automatic rollback: the decision matrix, and the stage through the in-process driver."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from processors.control.flags import ROLLOUT_STAGES, Flag, FlagBook
from processors.control.rollback import (
    MINUTE_MS,
    HealthBook,
    RollbackRules,
    judge,
    parse_rollback_rules,
    previous_stage,
)
from schemas.codec import decode
from schemas.errors import ConfigError
from sinks.keys import KeyLayout
from streams.stages.rollouts import health_record
from tests.inprocess import NOW_MS, Harness, settings
from tests.operators import ADMIN, CONFIGURED, command, encoded

T0 = 1_700_000_000_000 - 1_700_000_000_000 % MINUTE_MS
RULES = RollbackRules()


def window(per_minute: list[tuple[int, int, int]]) -> Any:
    """A window of (calls, errors, mean latency ms) per minute, plus one call of the next."""
    minutes = [
        ("acme", T0 + i * MINUTE_MS, calls, errors, calls * latency)
        for i, (calls, errors, latency) in enumerate(per_minute)
    ]
    minutes.append(("acme", T0 + len(per_minute) * MINUTE_MS, 1, 0, 100))
    return HealthBook().add(0, 1, minutes, keep=11).windows["acme"]


ROLLED = Flag(rollout_percent=25.0, rollout_history=(0.0, 10.0))


def test_severe_errors_for_five_minutes_roll_back_to_zero() -> None:
    verdict = judge(window([(100, 6, 200)] * 5), ROLLED, RULES)
    assert verdict is not None
    assert (verdict.rollout_percent, verdict.reason) == (0.0, "error_rate_severe")


def test_four_minutes_of_severe_errors_are_not_yet_enough_for_zero() -> None:
    verdict = judge(window([(100, 0, 200)] + [(100, 6, 200)] * 4), ROLLED, RULES)
    assert verdict is not None  # 24/500 = 4.8% over five minutes: the moderate rule
    assert (verdict.rollout_percent, verdict.reason) == (10.0, "error_rate")


def test_moderate_errors_step_back_one_stage() -> None:
    verdict = judge(window([(100, 4, 200)] * 5), ROLLED, RULES)
    assert verdict is not None
    assert (verdict.rollout_percent, verdict.reason) == (10.0, "error_rate")


def test_slow_calls_for_ten_minutes_step_back() -> None:
    assert judge(window([(50, 0, 3_500)] * 9), ROLLED, RULES) is None
    verdict = judge(window([(50, 0, 3_500)] * 10), ROLLED, RULES)
    assert verdict is not None
    assert (verdict.rollout_percent, verdict.reason) == (10.0, "latency")


def test_quiet_minutes_and_healthy_traffic_do_nothing() -> None:
    assert judge(window([(5, 5, 9_000)] * 10), ROLLED, RULES) is None  # below min_calls
    assert judge(window([(100, 1, 200)] * 10), ROLLED, RULES) is None
    off = Flag(mode="observe", rollout_percent=25.0)
    assert judge(window([(100, 50, 200)] * 5), off, RULES) is None


@given(
    st.sampled_from(ROLLOUT_STAGES[1:]),
    st.lists(st.sampled_from(ROLLOUT_STAGES), max_size=5),
)
def test_a_rollback_never_moves_a_rollout_forward(current: float, history: list[float]) -> None:
    flag = Flag(rollout_percent=current, rollout_history=tuple(history))
    assert previous_stage(flag) < current


def test_rules_parse_with_tenant_overrides_and_reject_nonsense() -> None:
    default, per_tenant = parse_rollback_rules("min_calls=10 acme:latency_ms=5000,min_calls=5")
    assert default.min_calls == 10
    assert (per_tenant["acme"].latency_ms, per_tenant["acme"].min_calls) == (5000.0, 5)
    for bad in ("speed=3", "min_calls=x", "latency_ms=-1"):
        with pytest.raises(ConfigError):
            parse_rollback_rules(bad)


@pytest.fixture
def harness() -> Iterator[Harness]:
    h = Harness(settings(operators=CONFIGURED))
    yield h
    h.close()


def costs(minute: int, calls: int, errors: int, first_offset: int) -> list[dict[str, Any]]:
    return [
        {
            "tenant": "acme",
            "event_time": T0 + minute * MINUTE_MS + i,
            "outcome": "ERROR" if i < errors else "OK",
            "latency_ms": 200,
            "offset": first_offset + i,
        }
        for i in range(calls)
    ]


def test_an_error_burst_rolls_a_rollout_back_with_audit_and_alert(harness: Harness) -> None:
    for percent in (10, 25):
        payload = {"tenant": "acme", "mode": "on", "rollout_percent": percent}
        harness.feed(
            "control", [(b"f", encoded(command(ADMIN, "flag.set", payload, now_ms=NOW_MS)))]
        )
    offset = 0
    samples = []
    for minute in range(7):  # six minutes at 10% errors, then the first call of the seventh
        batch = costs(minute, 100 if minute < 6 else 1, 10 if minute < 6 else 0, offset)
        offset += len(batch)
        record = health_record(2, batch)
        assert record is not None
        samples.append((record.key, record.value))
    harness.feed("control.signals", samples)
    harness.feed("control.signals", samples)  # redelivered: counted once, no second step
    doc = harness.redis.hget(KeyLayout(harness.settings.redis_prefix).flags(), "doc")
    flag = FlagBook.from_json(doc or b"{}").get("acme")
    assert flag is not None
    assert flag.rollout_percent == 0.0
    trail = [decode(r.value or b"").record for r in harness.pipeline.records("audit")]
    rollback = trail[-1]
    assert (rollback["actor"], rollback["action"]) == ("system", "rollout.rollback")
    assert json.loads(rollback["before_json"])["rollout_percent"] == 25.0
    assert json.loads(rollback["after_json"])["rollout_percent"] == 0.0
    assert rollback["reason"].startswith("error_rate_severe")
    [alert] = [decode(r.value or b"").record for r in harness.pipeline.records("alerts")]
    assert (alert["kind"], alert["severity"], alert["tenant"]) == (
        "rollout.rollback",
        "CRITICAL",
        "acme",
    )
