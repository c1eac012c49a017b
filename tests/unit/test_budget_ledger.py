"""The costs stages through the in-process driver: counters, alerts, dedupe, dead letters."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from processors.budget_periods import day_of, hour_of, parse_time_zones
from processors.pseudonym import pseudonymize
from schemas.codec import decode
from tests.budgets import NOW_MS, BudgetWorld, budget_settings, set_caps

DAY = "2023-11-14"


@pytest.fixture
def world() -> Iterator[BudgetWorld]:
    w = BudgetWorld()
    yield w
    w.close()


def alerts(world: BudgetWorld) -> list[tuple[str, str]]:
    records = [decode(r.value or b"").record for r in world.harness.pipeline.records("alerts")]
    return [(a["alert_id"], a["severity"]) for a in records]


def test_costs_count_against_every_scope(world: BudgetWorld) -> None:
    world.cost(event_id="c1", cost_micros=100_000, tier="EXPERT")
    world.cost(event_id="c2", cost_micros=50_000, tier="CORE", user_id="user-7")
    user_key = pseudonymize(b"dev-only-pseudonym-secret-change-me", "acme", "user-42")
    hour = hour_of(NOW_MS, parse_time_zones("UTC").zone_for("acme")).period_id
    assert world.counter(f"tenant|acme|{DAY}")["used"] == "150000"
    assert world.counter(f"global|{DAY}")["used"] == "150000"
    assert world.counter(f"expert|acme|{DAY}")["used"] == "1"
    assert world.counter(f"user|acme|{user_key}|{hour}")["used"] == "100000"
    assert "user-42" not in str(world.harness.state())  # no raw id in Redis


def test_each_threshold_alerts_once_per_period(world: BudgetWorld) -> None:
    world.cost(event_id="c1", cost_micros=800_000, user_id=None)  # 80% of the tenant cap
    world.cost(event_id="c2", cost_micros=10_000, user_id=None)  # still warn: no new alert
    world.cost(event_id="c3", cost_micros=150_000, user_id=None)  # 96%: critical
    tenant = [a for a in alerts(world) if "|acme|" in a[0]]
    assert tenant == [
        (f"budget:tenant|acme|{DAY}:warn", "WARNING"),
        (f"budget:tenant|acme|{DAY}:critical", "CRITICAL"),
    ]
    assert world.counter(f"tenant|acme|{DAY}")["level"] == "critical"


def test_a_new_period_resets_the_counter_and_its_alerts(world: BudgetWorld) -> None:
    world.cost(event_id="c1", cost_micros=800_000, user_id=None)
    world.now[0] += 86_400_000
    world.cost(event_id="c2", cost_micros=800_000, user_id=None)
    ids = [a[0] for a in alerts(world) if a[0].startswith("budget:tenant")]
    assert ids == [f"budget:tenant|acme|{DAY}:warn", "budget:tenant|acme|2023-11-15:warn"]


def test_a_redelivered_or_republished_cost_counts_once(world: BudgetWorld) -> None:
    world.cost(event_id="c1", cost_micros=100_000)
    world.cost(event_id="c1", cost_micros=100_000)  # re-published: same event id
    pipeline = world.harness.pipeline
    world.harness.loop.run_until_complete(
        pipeline.process("costs", pipeline.consumed["costs"][:1])  # redelivered offset
    )
    world.harness.loop.run_until_complete(
        pipeline.process("costs.clean", pipeline.consumed["costs.clean"])  # and downstream
    )
    assert world.counter(f"tenant|acme|{DAY}")["used"] == "100000"


def test_a_bad_cost_is_dead_lettered(world: BudgetWorld) -> None:
    world.harness.feed("costs", [(b"user-1", b"not avro")])
    world.cost(event_id="c2", cost_micros=5)
    (letter,) = world.harness.pipeline.records("deadletter")
    assert decode(letter.value or b"").record["reason"] == "undecodable"
    assert world.counter(f"tenant|acme|{DAY}")["used"] == "5"


def test_periods_follow_the_tenants_time_zone() -> None:
    w = BudgetWorld(budget_settings(budget_time_zones="UTC,acme=Asia/Tokyo"))
    try:
        w.cost(event_id="c1", cost_micros=7)
        tokyo = day_of(NOW_MS - 1_000, parse_time_zones("Asia/Tokyo").zone_for(None))
        assert tokyo.period_id == "2023-11-15"  # 22:13 UTC is 07:13 the next day in Tokyo
        assert w.counter("tenant|acme|2023-11-15")["used"] == "7"
        assert w.counter(f"global|{DAY}")["used"] == "7"
    finally:
        w.close()


def test_caps_set_by_command_are_used_by_the_ledger(world: BudgetWorld) -> None:
    set_caps(world, ("tenant", "acme", 100))
    trail = [decode(r.value or b"").record for r in world.harness.pipeline.records("audit")]
    assert [(e["actor"], e["action"], e["target"]) for e in trail] == [
        ("alice", "budget.set", "tenant:acme")
    ]
    assert json.loads(trail[0]["after_json"]) == {"cap": 100}
    world.cost(event_id="c1", cost_micros=100, user_id=None)
    assert f"budget:tenant|acme|{DAY}:exhausted" in [a[0] for a in alerts(world)]
    reply = world.client.reserve("acme", None, "CORE", 1, "r1")
    assert (reply.granted, reply.reason) == (False, "tenant_cap")


def test_the_used_ratio_gauge_shows_the_fullest_tenant(world: BudgetWorld) -> None:
    world.cost(event_id="c1", cost_micros=800_000, user_id=None)  # acme: 80% of its cap
    world.cost(event_id="c2", cost_micros=100_000, user_id=None, tenant="zeta")  # 10%
    gauge = world.harness.pipeline.metrics.registry.get_sample_value
    assert gauge("personalize_budget_used_ratio", {"scope": "tenant"}) == 0.8
    assert gauge("personalize_budget_used_ratio", {"scope": "global"}) == 0.18  # of 5,000,000
