"""Reserve, commit, release and route against the real Lua scripts (fakeredis with Lua)."""

from __future__ import annotations

from collections.abc import Iterator

import fakeredis
import pytest

from streams.clients.budget_calls import BudgetClientConfig
from streams.clients.budgets import AsyncBudgetClient, BudgetClient
from tests.budgets import BudgetWorld, budget_settings

DAY = "2023-11-14"


@pytest.fixture
def world() -> Iterator[BudgetWorld]:
    w = BudgetWorld()
    yield w
    w.close()


def test_a_reservation_holds_its_estimate_on_every_scope(world: BudgetWorld) -> None:
    reply = world.client.reserve("acme", "user-1", "CORE", 100_000, "r1")
    assert reply.granted
    assert reply.reason == "granted"
    # Tightest scope: the user's hourly cap of 400,000.
    assert reply.remaining_micros == 300_000
    assert world.counter(f"tenant|acme|{DAY}")["held"] == "100000"
    assert world.counter(f"global|{DAY}")["held"] == "100000"


def test_reserve_is_idempotent_by_request_id(world: BudgetWorld) -> None:
    first = world.client.reserve("acme", "user-1", "CORE", 100_000, "r1")
    again = world.client.reserve("acme", "user-1", "CORE", 100_000, "r1")
    assert again == first
    assert world.counter(f"tenant|acme|{DAY}")["held"] == "100000"


def test_a_cap_refuses_with_its_reason(world: BudgetWorld) -> None:
    assert world.client.reserve("acme", "user-1", "CORE", 400_000, "r1").granted
    refused = world.client.reserve("acme", "user-1", "CORE", 1, "r2")
    assert (refused.granted, refused.reason, refused.remaining_micros) == (False, "user_cap", 0)
    # Another user of the tenant still has budget.
    assert world.client.reserve("acme", "user-2", "CORE", 300_000, "r3").granted


def test_expert_calls_stop_at_the_core_reserve(world: BudgetWorld) -> None:
    for i in range(3):  # 3 x 250,000 = 75% of the 1,000,000 daily cap
        assert world.client.reserve("acme", f"u{i}", "CORE", 250_000, f"c{i}").granted
    expert = world.client.reserve("acme", "u9", "EXPERT", 1, "e1")
    assert (expert.granted, expert.reason) == (False, "core_reserve")
    assert world.client.reserve("acme", "u9", "CORE", 1, "c9").granted


def test_expert_calls_are_capped_per_day(world: BudgetWorld) -> None:
    for i in range(5):
        assert world.client.reserve("acme", None, "EXPERT", 1, f"e{i}").granted
    refused = world.client.reserve("acme", None, "EXPERT", 1, "e5")
    assert (refused.reason, refused.remaining_expert_calls) == ("expert_calls", 0)


def test_release_gives_the_budget_back_once(world: BudgetWorld) -> None:
    world.client.reserve("acme", "user-1", "CORE", 100_000, "r1")
    assert world.client.release("r1").reason == "released"
    assert world.client.release("r1").reason == "released"
    assert world.counter(f"tenant|acme|{DAY}")["held"] == "0"
    assert world.client.commit("r1").granted is False


def test_an_unsettled_lease_expires(world: BudgetWorld) -> None:
    world.client.reserve("acme", "user-1", "CORE", 100_000, "r1")
    world.now[0] += 61_000  # the default lease is 60 s
    assert world.client.commit("r1").reason == "expired"
    assert world.counter(f"tenant|acme|{DAY}")["held"] == "0"


def test_a_committed_reservation_waits_for_its_cost(world: BudgetWorld) -> None:
    world.client.reserve("acme", "user-42", "EXPERT", 20_000, "req-0001")
    assert world.client.commit("req-0001").reason == "committed"
    world.now[0] += 61_000  # past the lease: a committed hold outlives it
    assert world.counter(f"tenant|acme|{DAY}")["held"] == "20000"
    world.cost(request_id="req-0001", cost_micros=9_750)
    tenant = world.counter(f"tenant|acme|{DAY}")
    assert (tenant["used"], tenant["held"]) == ("9750", "0")
    assert world.client.commit("req-0001").reason == "reconciled"
    assert world.counter(f"expert|acme|{DAY}")["used"] == "1"


def test_unknown_requests_are_said_so(world: BudgetWorld) -> None:
    assert world.client.commit("nope").reason == "unknown_request"
    assert world.client.release("nope").reason == "unknown_request"


def test_redis_down_refuses_by_default() -> None:
    for mode, granted in (("refuse", False), ("allow", True)):
        config = budget_settings(budget_on_redis_down=mode)
        server = fakeredis.FakeServer()
        server.connected = False  # every command raises ConnectionError
        client = BudgetClient(
            fakeredis.FakeRedis(server=server), BudgetClientConfig.from_settings(config)
        )
        reply = client.reserve("acme", "u", "CORE", 1, "r")
        assert reply.granted is granted
        assert reply.reason.startswith("redis_unavailable")
        assert client.route("acme", "home", 0.9).reason == "redis_unavailable"
        client.close()


def test_reservations_fail_closed_until_the_counters_are_rebuilt(world: BudgetWorld) -> None:
    world.cost(event_id="c1", cost_micros=700_000, user_id=None)
    world.redis.flushall()  # Redis lost everything, the spend included
    refused = world.client.reserve("acme", None, "CORE", 500_000, "r1")
    assert (refused.granted, refused.reason) == (False, "rebuilding")
    world.harness.loop.run_until_complete(world.harness.pipeline.check_redis())
    # The spend is back: 700,000 of the 1,000,000 cap, so 500,000 does not fit.
    again = world.client.reserve("acme", None, "CORE", 500_000, "r1")
    assert (again.granted, again.reason) == (False, "tenant_cap")
    assert world.client.reserve("acme", None, "CORE", 300_000, "r2").granted


def test_the_async_client_runs_the_same_scripts(world: BudgetWorld) -> None:
    server_client = world.harness.pipeline.engine.redis.client  # fakeredis asyncio, same server
    client = AsyncBudgetClient(
        server_client,
        BudgetClientConfig.from_settings(world.harness.settings),
        now_ms=lambda: world.now[0],
    )
    run = world.harness.loop.run_until_complete
    granted = run(client.reserve("acme", "user-1", "CORE", 300_000, "a1"))
    assert (granted.granted, granted.reason) == (True, "granted")
    assert run(client.reserve("acme", "user-1", "CORE", 300_000, "a1")) == granted  # idempotent
    assert world.client.reserve("acme", "user-1", "CORE", 300_000, "a2").reason == "user_cap"
    released = run(client.release("a1"))
    assert released.request_id == "a1"
    assert world.client.reserve("acme", "user-1", "CORE", 300_000, "a3").granted
    route = run(client.route("acme", "home", 0.9))
    assert route.tier in ("core", "expert")
