"""50 concurrent reservers, each its own process, against the real Redis and a cap that fits
only some of them; their costs go through the real broker and the in-process driver.

Holds: no overspend (exactly as many grants as the cap fits), no reservation lost (every grant
is reconciled by its cost), and the reconciled spend equals the sum of the published costs.
"""

from __future__ import annotations

import asyncio
import multiprocessing

import pytest
from redis import Redis
from redis.asyncio import Redis as AsyncRedis

from processors.deadletter import SourceRef
from streams.clock import wall_clock_ms
from streams.inprocess import InProcessPipeline
from streams.settings import Settings
from streams.stages import RawRecord
from tests.integration.budget_reserver import reserve_and_spend
from tests.integration.kafka_reading import read_topic

pytestmark = pytest.mark.integration

RESERVERS = 50
ESTIMATE = 100_000
CAP = 1_000_000  # fits 10 of the 50


def test_concurrent_reservers_never_overspend(pipeline_settings: Settings) -> None:
    settings = pipeline_settings.replace(budget_tenant_daily_micros=CAP)
    asyncio.run(_check_redis(settings))  # a worker's first step: else reservations fail closed
    env = settings.to_env()
    # forkserver: one clean server process imports the reserver once; the 50 are forked from it
    # (spawn would import everything 50 times; fork would copy this process's client threads).
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.integration.budget_reserver"])
    start, results = context.Barrier(RESERVERS), context.Queue()
    processes = [
        context.Process(target=reserve_and_spend, args=(env, i, ESTIMATE, start, results))
        for i in range(RESERVERS)
    ]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=240) for _ in range(RESERVERS)]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    granted = [o for o in outcomes if o[1]]
    assert len(granted) == CAP // ESTIMATE  # no overspend, and no grant lost to a race
    assert {o[2] for o in outcomes if not o[1]} == {"tenant_cap"}
    published = sum(o[3] for o in granted)

    messages = read_topic(settings.kafka_bootstrap, settings.topic("costs"), at_least=len(granted))
    batch = [
        RawRecord(SourceRef(m.topic(), m.partition(), m.offset()), m.key(), m.value())
        for m in messages
    ]
    asyncio.run(_drive(settings, batch))

    client = Redis.from_url(settings.redis_url, decode_responses=True)
    try:
        tag = f"{settings.redis_prefix}:{{budget}}"
        (tenant_key,) = client.keys(f"{tag}:c:tenant|acme|*")
        tenant = client.hgetall(tenant_key)
        assert int(tenant["used"]) == published <= CAP
        assert int(tenant["held"]) == 0
        statuses = {client.hget(f"{tag}:r:req-{o[0]}", "status") for o in granted}
        assert statuses == {"reconciled"}
    finally:
        client.close()


async def _check_redis(settings: Settings) -> None:
    redis = AsyncRedis.from_url(settings.redis_url)
    try:
        await InProcessPipeline(settings, redis, now_ms=wall_clock_ms).check_redis()
    finally:
        await redis.aclose()


async def _drive(settings: Settings, batch: list[RawRecord]) -> None:
    redis = AsyncRedis.from_url(settings.redis_url)
    try:
        pipeline = InProcessPipeline(settings, redis, now_ms=wall_clock_ms)
        await pipeline.feed_records("costs", batch)
        await pipeline.feed_records("costs", batch)  # redelivered: counted once
    finally:
        await redis.aclose()
