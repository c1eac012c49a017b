"""Read latency on loopback Redis: ``top_popular`` and the ranking reader against a bare
``ZREVRANGE``.

``ranking_reader_personalized_k10`` is ``RankingReader.top_k`` for a user with a stored
50-item ranking (one pipelined round trip, then sampling 10 items with exact propensities);
``ranking_reader_fallback_k10`` is the same call for an unknown user (popular fallback).

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
from processors.pseudonym import pseudonymize
from processors.ranking import MaterializedRanking
from sinks.keys import KeyLayout
from sinks.ranking_reader import RankingReader
from sinks.reader import top_popular
from sinks.user_rankings import encode_ranking
from sinks.writes import UserRankingWrite
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
    reader = RankingReader.connect(settings)
    seed_user_ranking(client, keys, settings)
    variants["ranking_reader_personalized_k10"] = _ranked(reader, "bench-user", 10)
    variants["ranking_reader_fallback_k10"] = _ranked(reader, "nobody", 10)
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


def seed_user_ranking(client: Redis, keys: KeyLayout, settings: Settings) -> None:
    """A stored 50-item ranking for ``bench-user``, as the profile stage writes it."""
    user_key = pseudonymize(settings.pseudonym_secret.reveal().encode(), TENANT, "bench-user")
    weights = [0.5**i for i in range(50)]
    total = sum(weights)
    ranking = MaterializedRanking(
        items=tuple(f"item-{i}" for i in range(50)),
        weights=tuple(w / total for w in weights),
        epsilon=0.05,
        scores=tuple(float(-i) for i in range(50)),
        cold_start=False,
    )
    write = UserRankingWrite(TENANT, user_key, SURFACE, ranking, "bench", 1)
    client.hset(keys.user_ranking(TENANT, user_key, SURFACE), "ranking", encode_ranking(write))


def _ranked(reader: RankingReader, user: str, k: int) -> Callable[[], object]:
    counter = iter(range(10**9))

    def call() -> object:
        return reader.top_k(TENANT, user, SURFACE, k, request_id=f"bench-{next(counter)}")

    return call


def _top(client: Redis, keys: KeyLayout, k: int, now_ms: int) -> Callable[[], object]:
    def call() -> object:
        return top_popular(client, keys, TENANT, SURFACE, k, now_ms)

    return call


def _zrevrange(client: Redis, key: str, k: int) -> Callable[[], object]:
    def call() -> object:
        return client.zrevrange(key, 0, k - 1, withscores=True)

    return call
