"""End-to-end freshness: time from publishing a click to seeing its effect in Redis.

A probe publishes a click on a fresh item of a dedicated probe tenant and surface, then polls
Redis (one pipelined ``ZSCORE`` per outstanding probe, every millisecond) until the item shows
up in the popularity ranking. The latency includes the producer's linger, the broker, the
gate, the repartition hop, the table update and the sink flush.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass

from redis import Redis

from sinks.keys import KeyLayout
from streams.clock import wall_clock_ms
from streams.publisher import Publisher

PROBE_TENANT = "probe"
PROBE_SURFACE = "freshness"


@dataclass(frozen=True)
class FreshnessResult:
    """Latencies in milliseconds of the probes that were seen, and how many never were."""

    latencies_ms: list[float]
    missing: int


def measure_freshness(
    publisher: Publisher,
    client: Redis,
    keys: KeyLayout,
    *,
    count: int,
    interval_s: float,
    timeout_s: float = 10.0,
) -> FreshnessResult:
    """Send ``count`` probes ``interval_s`` apart and wait for each to appear in Redis."""
    run = uuid.uuid4().hex[:8]
    key = keys.popularity(PROBE_TENANT, PROBE_SURFACE)
    outstanding: dict[str, float] = {}
    latencies: list[float] = []
    sent = 0
    next_send = time.perf_counter()
    deadline: float | None = None
    while sent < count or outstanding:
        now = time.perf_counter()
        if sent < count and now >= next_send:
            item = f"{run}-{sent}"
            publisher.publish_interaction(_probe_click(run, item))
            publisher.flush(0)
            outstanding[item] = time.perf_counter()
            sent += 1
            next_send += interval_s
            if sent == count:
                deadline = time.perf_counter() + timeout_s
        if outstanding:
            pipe = client.pipeline(transaction=False)
            items = list(outstanding)
            for item in items:
                pipe.zscore(key, item)
            seen_at = time.perf_counter()
            for item, score in zip(items, pipe.execute(), strict=True):
                if score is not None:
                    latencies.append((seen_at - outstanding.pop(item)) * 1000.0)
        if deadline is not None and time.perf_counter() > deadline:
            break
        time.sleep(0.001)
    return FreshnessResult(latencies, len(outstanding))


def _probe_click(run: str, item: str) -> dict[str, object]:
    return {
        "event_id": f"probe-{item}",
        "tenant": PROBE_TENANT,
        "user_id": f"probe-user-{run}",
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
