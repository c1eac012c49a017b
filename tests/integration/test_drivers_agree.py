"""The Faust worker and the in-process driver run the same stages: same records, same state.

The same traffic goes once through a real worker (real broker, real Redis) and once through
:class:`~streams.inprocess.InProcessPipeline` into another prefix of the same Redis. Every
key that is a function of the records alone must be equal: popularity, bandit counts (per
raw partition too), profile summaries, opt-out markers, and the clean topics byte for byte
(which also proves the in-process partitioner is Kafka's). Rankings are compared by which
users have one: their contents depend on when the worker's model cache refreshed.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest
from redis import Redis
from redis.asyncio import Redis as AsyncRedis

from schemas.codec import encode
from streams.clients.publisher import Publisher
from streams.clock import wall_clock_ms
from streams.inprocess import InProcessPipeline
from streams.runtime.worker_process import WorkerProcess
from streams.settings import Settings
from streams.tools.kafka_tools import group_lag
from tests import factories
from tests.integration.kafka_reading import read_topic, wait_for
from tests.redis_state import snapshot

pytestmark = pytest.mark.integration

Record = dict[str, Any]


def _traffic(now_ms: int) -> tuple[list[Record], list[Record], list[Record]]:
    """Consent first (one opt-out), then served lists and the interactions they lead to."""
    consent = [factories.consent(user_id="user-3", event_time=now_ms - 120_000)]
    served: list[Record] = []
    events: list[Record] = []
    for i in range(120):
        user, request = f"user-{i % 9}", f"req-{i}"
        t = now_ms - 60_000 + i * 10
        items = [
            factories.ranked_item(item_id=f"item-{(i + k) % 11}", position=k + 1, propensity=0.5)
            for k in range(3)
        ]
        served.append(
            factories.recommendation(request_id=request, user_id=user, items=items, event_time=t)
        )
        clicked = items[i % 3]["item_id"]
        kind = "ACCEPT" if i % 7 == 0 else "CLICK"
        events.append(
            factories.interaction(
                event_id=f"e{i}",
                user_id=user,
                request_id=request,
                item_id=clicked,
                position=i % 3 + 1,
                kind=kind,
                query=None,
                context={},
                event_time=t + 5,
            )
        )
        if i % 4 == 0:
            events.append(
                factories.interaction(
                    event_id=f"imp{i}",
                    user_id=user,
                    request_id=None,
                    item_id=f"item-{i % 11}",
                    kind="IMPRESSION",
                    query=None,
                    context={},
                    event_time=t + 6,
                )
            )
    # A producer that timed out publishes some events again: learned once by both drivers.
    events.extend(dict(event) for event in events[::10])
    return consent, served, events


def _comparable(state: dict[str, Any], prefix: str) -> dict[str, Any]:
    """The keys that depend on the records only, without the prefix."""
    kept: dict[str, Any] = {}
    for key, value in state.items():
        name = key.removeprefix(prefix)
        if name.endswith(":examination"):
            continue  # re-estimated on a timer
        if ":rank:" in name:
            value = "a ranking"  # contents depend on the model cache's refresh times
        elif ":pop:" in name:
            # Forward-decayed sums: the order of engagements of one item from different raw
            # partitions varies in the worker, and float addition is not associative.
            value = [(item, round(score, 6)) for item, score in value]
        kept[name] = value
    return kept


def _settled(client: Redis, prefix: str) -> dict[str, Any] | None:
    first = snapshot(client, prefix)
    time.sleep(2.5)  # longer than a ranking retry round (1 s)
    second = snapshot(client, prefix)
    return second if first == second else None


Feeds = list[tuple[str, list[tuple[bytes, bytes]]]]


def _run_in_process(settings: Settings, feeds: Feeds) -> dict[str, list[bytes | None]]:
    """Feed the records in-process; return the values it produced per clean topic."""

    async def run() -> dict[str, list[bytes | None]]:
        client = AsyncRedis.from_url(settings.redis_url)
        pipeline = InProcessPipeline(settings, client, now_ms=wall_clock_ms)
        for topic, records in feeds:
            await pipeline.feed(topic, records)
        await client.aclose()
        return {t: [r.value for r in pipeline.records(t)] for t in ("events.clean", "served.clean")}

    return asyncio.run(run())


def test_worker_and_in_process_driver_build_the_same_redis_state(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    settings = pipeline_settings
    consent, served, events = _traffic(wall_clock_ms())
    feeds: Feeds = [
        ("consent", [(c["user_id"].encode(), encode("Consent", c)) for c in consent]),
        ("recommendations", [(s["user_id"].encode(), encode("Recommendation", s)) for s in served]),
        ("interactions", [(e["user_id"].encode(), encode("Interaction", e)) for e in events]),
    ]
    client = Redis.from_url(settings.redis_url)
    with WorkerProcess(settings, tmp_path / "worker.log").start():
        with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
            for topic, records in feeds:
                for key, value in records:
                    publisher.produce_raw(settings.topic(topic), value, key)
                publisher.flush()
                if topic == "consent":  # consent applies before the traffic, as in-process
                    read_topic(settings.kafka_bootstrap, settings.topic("audit"), at_least=1)
        inputs = [settings.topic(t) for t in ("recommendations", "interactions", "consent")]
        wait_for(
            lambda: group_lag(settings.kafka_bootstrap, settings.app_id, inputs) == 0, 60, "lag 0"
        )
        worker_state = wait_for(
            lambda: _settled(client, settings.redis_prefix), 60, "Redis to settle"
        )
        produced = {
            topic: sorted(
                m.value() for m in read_topic(settings.kafka_bootstrap, settings.topic(topic))
            )
            for topic in ("events.clean", "served.clean")
        }

    local = settings.replace(redis_prefix=f"{settings.redis_prefix}:local")
    try:
        in_process = _run_in_process(local, feeds)
        local_state = snapshot(client, local.redis_prefix + ":")
    finally:
        for key in client.scan_iter(match=f"{local.redis_prefix}:*"):
            client.delete(key)
    assert _comparable(local_state, local.redis_prefix) == _comparable(
        {k: v for k, v in worker_state.items() if not k.startswith(local.redis_prefix)},
        settings.redis_prefix,
    )
    assert {topic: sorted(values) for topic, values in in_process.items()} == produced  # type: ignore[type-var]
    unique = {e["event_id"] for e in events if e["user_id"] != "user-3"}
    assert len(produced["events.clean"]) == len(unique)
    assert any(":pop:" in key for key in worker_state)
    assert any(":bandit:" in key for key in worker_state)
    assert any(":rank:" in key for key in worker_state)
