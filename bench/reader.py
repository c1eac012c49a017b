"""Read latency of ``sinks.reader.top_popular`` against a bare ``ZREVRANGE`` on loopback Redis.

Both read the same 200-member ranking. ``top_popular`` pipelines ``ZREVRANGE ... WITHSCORES``
with an ``HGET`` of the tenant's half-life and decays every score, so the bare command is the
floor it can approach but not beat. Each variant is timed call by call after a warm-up.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Final

from redis import Redis

from bench.isolation import Scope
from bench.report import latency_summary
from sinks.keys import KeyLayout
from sinks.reader import top_popular
from streams.clock import wall_clock_ms
from streams.settings import Settings

Say = Callable[[str], None]

TENANT: Final = "reader"
SURFACE: Final = "home"
MEMBERS: Final = 200
TARGET_P99_MS: Final = 1.0


def seed_ranking(client: Redis, keys: KeyLayout, half_life_ms: float, now_ms: int) -> None:
    """A ranking of ``MEMBERS`` items and the tenant meta hash, as the sink writes them."""
    base = now_ms / half_life_ms
    client.zadd(
        keys.popularity(TENANT, SURFACE),
        {f"item-{i}": base + 10.0 - i * 0.05 for i in range(MEMBERS)},
    )
    client.hset(keys.tenant_meta(TENANT), mapping={"pop_half_life_ms": repr(half_life_ms)})


def time_calls(call: Callable[[], object], calls: int, warmup: int) -> list[float]:
    """Latency of each of ``calls`` calls in ms, after ``warmup`` untimed calls."""
    for _ in range(warmup):
        call()
    latencies = []
    clock = time.perf_counter_ns
    for _ in range(calls):
        began = clock()
        call()
        latencies.append((clock() - began) / 1e6)
    return latencies


def reader_latency(base: Settings, run: str, calls: int, say: Say) -> dict[str, Any]:
    """p50/p99 of ``top_popular`` (k=10, k=50) and of the bare ``ZREVRANGE`` floor."""
    settings = Scope(run, "reader").settings(base)
    client = Redis.from_url(settings.redis_url)
    keys = KeyLayout(settings.redis_prefix)
    now_ms = wall_clock_ms()
    seed_ranking(client, keys, settings.popularity_half_life_s * 1000.0, now_ms)
    key = keys.popularity(TENANT, SURFACE)
    say(f"[reader] {calls:,} calls per variant on a {MEMBERS}-member ranking ...")
    variants: dict[str, Callable[[], object]] = {}
    for k in (10, 50):
        variants[f"top_popular_k{k}"] = _top(client, keys, k, now_ms)
        variants[f"zrevrange_k{k}"] = _zrevrange(client, key, k)
    result: dict[str, Any] = {"calls": calls, "members": MEMBERS, "target_p99_ms": TARGET_P99_MS}
    for name, call in variants.items():
        result[name] = latency_summary(time_calls(call, calls, warmup=max(100, calls // 20)))
        say(
            f"[reader] {name:<16} p50 {result[name]['p50_ms'] * 1000:6.0f} us, "
            f"p99 {result[name]['p99_ms'] * 1000:6.0f} us"
        )
    for k in (10, 50):
        ours, floor = result[f"top_popular_k{k}"], result[f"zrevrange_k{k}"]
        result[f"k{k}_p50_ratio_to_floor"] = ours["p50_ms"] / floor["p50_ms"]
        result[f"k{k}_p99_ratio_to_floor"] = ours["p99_ms"] / floor["p99_ms"]
    return result


def _top(client: Redis, keys: KeyLayout, k: int, now_ms: int) -> Callable[[], object]:
    def call() -> object:
        return top_popular(client, keys, TENANT, SURFACE, k, now_ms)

    return call


def _zrevrange(client: Redis, key: str, k: int) -> Callable[[], object]:
    def call() -> object:
        return client.zrevrange(key, 0, k - 1, withscores=True)

    return call
