"""``reserve`` latency on loopback Redis: one Lua script checking every cap of the hierarchy.

Each call reserves for a new request id (a user among 1,000, CORE tier) under caps large
enough to grant all of them, so every call takes the full path: expire due leases, read the
caps and four counters, hold the estimate, write the reservation and its lease. A refused
call (over the user's cap) is timed separately. Target: p99 under 1 ms.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from redis import Redis

from bench.isolation import Scope
from bench.reader import time_calls
from bench.report import latency_summary
from sinks.keys import KeyLayout
from streams.clients.budgets import BudgetClient
from streams.settings import Settings

Say = Callable[[str], None]

TARGET_P99_MS: Final = 1.0


def reserve_latency(base: Settings, run: str, calls: int, say: Say) -> dict[str, Any]:
    """p50/p99 of granted and of refused ``reserve`` calls."""
    settings = (
        Scope(run, "budgets")
        .settings(base)
        .replace(
            budget_tenant_daily_micros=10**15,
            budget_user_hourly_micros=10**12,
            budget_lease_s=3600.0,  # no lease expires during the run: expiry is timed elsewhere
        )
    )
    client = BudgetClient.connect(settings)
    redis = Redis.from_url(settings.redis_url)
    # What a worker's first Redis check sets (the counters are in Redis); the bench runs no
    # worker, and without it every reserve is refused "rebuilding" (fail closed).
    redis.set(KeyLayout(settings.redis_prefix).budget_ready(), "1")
    assert client.reserve("bench", "u", "CORE", 1, "check").granted  # the setup grants
    counter = iter(range(10**9))

    def granted() -> object:
        i = next(counter)
        return client.reserve("bench", f"user-{i % 1000}", "CORE", 1_000, f"g-{i}")

    def refused() -> object:
        i = next(counter)
        return client.reserve("bench", "big-spender", "CORE", 10**13, f"x-{i}")

    say(f"[budgets] {calls:,} reserve calls per variant ...")
    result: dict[str, Any] = {"calls": calls, "target_p99_ms": TARGET_P99_MS}

    def floor() -> object:  # one round trip of the same client library: what no script beats
        return redis.get("bench-floor")

    try:
        variants = (
            ("reserve_granted", granted),
            ("reserve_refused", refused),
            ("get_floor", floor),
        )
        for name, call in variants:
            result[name] = latency_summary(time_calls(call, calls, warmup=max(50, calls // 20)))
            say(
                f"[budgets] {name:<16} p50 {result[name]['p50_ms'] * 1000:6.0f} us, "
                f"p99 {result[name]['p99_ms'] * 1000:6.0f} us"
            )
    finally:
        client.close()
        redis.close()
    return result
