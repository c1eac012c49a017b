"""End-to-end freshness: time from publishing a click to seeing its effect in Redis.

Each probe is a click by a new user of a dedicated probe tenant and surface on a new item.
It is seen twice: when the clicking user's ranking exists in Redis (the gate, the profile
stage, the ranking and its Redis write: the figure the learning path promises) and when the
item shows up in the surface's popularity (the repartition hop to the popularity agent and
its sink). Redis is polled with one pipeline for all outstanding probes every millisecond;
the latency includes the producer's linger and the broker.

A user's first ranking needs something to rank: until the probe surface has popular items
(from earlier probes) and the worker's 1 s model cache has seen them, rankings are skipped,
so callers warm up first (:func:`warm_up`).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from redis import Redis

from sinks.keys import KeyLayout
from streams.clients.publisher import Publisher
from streams.clock import wall_clock_ms

PROBE_TENANT = "probe"
PROBE_SURFACE = "freshness"
#: (tenant, raw user id) -> pseudonym, as the pipeline computes it.
Pseudonymize = Callable[[str, str], str]


@dataclass(frozen=True)
class FreshnessResult:
    """Latencies in ms of the probes seen, per effect, and how many were never seen."""

    latencies_ms: list[float]
    """Click produced -> the clicking user's ranking is in Redis."""
    missing: int
    popularity_latencies_ms: list[float] = field(default_factory=list)
    """Click produced -> the clicked item is in the surface's popularity."""
    popularity_missing: int = 0


@dataclass
class _Probe:
    sent_at: float
    ranking_key: str
    item: str
    ranking_ms: float | None = None
    popularity_ms: float | None = None


def measure_freshness(
    publisher: Publisher,
    client: Redis,
    keys: KeyLayout,
    pseudonymize: Pseudonymize,
    *,
    count: int,
    interval_s: float,
    timeout_s: float = 10.0,
) -> FreshnessResult:
    """Send ``count`` probes ``interval_s`` apart and wait for each one's effects in Redis."""
    run = uuid.uuid4().hex[:8]
    popularity_key = keys.popularity(PROBE_TENANT, PROBE_SURFACE)
    outstanding: dict[int, _Probe] = {}
    done: list[_Probe] = []
    sent = 0
    next_send = time.perf_counter()
    deadline: float | None = None
    while sent < count or outstanding:
        now = time.perf_counter()
        if sent < count and now >= next_send:
            user = f"probe-user-{run}-{sent}"
            item = f"{run}-{sent}"
            publisher.publish_interaction(_probe_click(user, item))
            publisher.flush(0)
            user_key = pseudonymize(PROBE_TENANT, user)
            ranking_key = keys.user_ranking(PROBE_TENANT, user_key, PROBE_SURFACE)
            outstanding[sent] = _Probe(time.perf_counter(), ranking_key, item)
            sent += 1
            next_send += interval_s
            if sent == count:
                deadline = time.perf_counter() + timeout_s
        if outstanding:
            _poll(client, popularity_key, outstanding, done)
        if deadline is not None and time.perf_counter() > deadline:
            break
        time.sleep(0.001)
    done.extend(outstanding.values())
    ranking = [p.ranking_ms for p in done if p.ranking_ms is not None]
    popularity = [p.popularity_ms for p in done if p.popularity_ms is not None]
    return FreshnessResult(
        ranking, len(done) - len(ranking), popularity, len(done) - len(popularity)
    )


def warm_up(
    publisher: Publisher,
    client: Redis,
    keys: KeyLayout,
    pseudonymize: Pseudonymize,
    attempts: int = 10,
) -> None:
    """Send probes until one is seen end to end, so the probe surface has items to rank."""
    for _ in range(attempts):
        result = measure_freshness(
            publisher, client, keys, pseudonymize, count=10, interval_s=0.02, timeout_s=2.0
        )
        if result.missing == 0:
            return
        time.sleep(0.5)


def _poll(
    client: Redis, popularity_key: str, outstanding: dict[int, _Probe], done: list[_Probe]
) -> None:
    pipe = client.pipeline(transaction=False)
    probes = list(outstanding.items())
    for _, probe in probes:
        pipe.exists(probe.ranking_key)
        pipe.zscore(popularity_key, probe.item)
    replies = pipe.execute()
    seen_at = time.perf_counter()
    for index, (number, probe) in enumerate(probes):
        elapsed_ms = (seen_at - probe.sent_at) * 1000.0
        if probe.ranking_ms is None and replies[2 * index]:
            probe.ranking_ms = elapsed_ms
        if probe.popularity_ms is None and replies[2 * index + 1] is not None:
            probe.popularity_ms = elapsed_ms
        if probe.ranking_ms is not None and probe.popularity_ms is not None:
            done.append(outstanding.pop(number))


def _probe_click(user: str, item: str) -> dict[str, object]:
    return {
        "event_id": f"probe-{item}",
        "tenant": PROBE_TENANT,
        "user_id": user,
        "surface": PROBE_SURFACE,
        "item_id": item,
        "kind": "CLICK",
        "request_id": None,
        "position": None,
        "dwell_ms": None,
        "rating": None,
        "context": {},
        "query": None,
        "event_time": wall_clock_ms(),
    }


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0..100) by linear interpolation, as numpy's default."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100.0
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
