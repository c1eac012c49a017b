"""The surface model cache: theta estimated from the counts it reads, or the fallback.

A small in-memory stand-in for the three reads and the one script call SurfaceModels makes
keeps this a unit test; the examination script itself runs against the real Redis in
tests/integration/test_examination_sink.py.
"""

from __future__ import annotations

import asyncio
from typing import Any

import fakeredis
import numpy as np
import pytest

from processors.bandit import BanditCounts
from processors.deadletter import SourceRef
from processors.examination import assess_examination
from processors.simulator import Environment, favouring_slates, log_slates
from schemas.codec import encode
from schemas.errors import SinkError
from sinks.examination import ExaminationWrite
from sinks.keys import KeyLayout
from sinks.surface_models import SurfaceModels
from sinks.writes import BanditCountsWrite
from streams.engine import BufferedWrite
from streams.inprocess import kafka_partition
from streams.runtime.batching import FlushBuffer
from streams.runtime.retry import SinkRetry
from streams.stages import RawRecord, process_interactions
from tests import factories
from tests.inprocess import NOW_MS, Harness

KEYS = KeyLayout("p13n:v1")
TENANT = "shop"
SURFACE = "top"
CONFIGURED = (1.0, 0.5, 0.25)


class _FakePipeline:
    def __init__(self, redis: _FakeRedis) -> None:
        self._redis = redis
        self._reads: list[Any] = []

    async def __aenter__(self) -> _FakePipeline:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    def hgetall(self, key: str) -> None:
        self._reads.append(dict(self._redis.hashes.get(key, {})))

    def zrevrange(self, key: str, start: int, stop: int) -> None:
        self._reads.append(list(self._redis.sorted.get(key, []))[start : stop + 1])

    def smembers(self, key: str) -> None:
        self._reads.append(set(self._redis.sets.get(key, set())))

    async def execute(self) -> list[Any]:
        return self._reads


class _FakeScript:
    def __init__(self, redis: _FakeRedis) -> None:
        self._redis = redis

    async def __call__(self, keys: list[str], args: list[str | int]) -> int:
        self._redis.script_calls.append((keys, args))
        pairs = [str(a).encode() for a in args[1:]]
        fields = dict(zip(pairs[::2], pairs[1::2], strict=True))
        self._redis.hashes[keys[0]] = {b"version": str(args[0]).encode(), **fields}
        return 1


class _FakeRedis:
    """Just what SurfaceModels calls: a read pipeline and one registered script."""

    def __init__(self) -> None:
        self.hashes: dict[str, dict[bytes, bytes]] = {}
        self.sorted: dict[str, list[bytes]] = {}
        self.sets: dict[str, set[bytes]] = {}
        self.script_calls: list[tuple[list[str], list[str | int]]] = []

    def pipeline(self, transaction: bool = True) -> _FakePipeline:
        return _FakePipeline(self)

    def register_script(self, script: str) -> _FakeScript:
        return _FakeScript(self)

    def store_counts(self, counts: BanditCounts, prefix: str = "item") -> None:
        bandit = self.hashes.setdefault(KEYS.bandit(TENANT, SURFACE), {})
        for i, (shown, clicked) in enumerate(zip(counts.impressions, counts.clicks, strict=True)):
            write = BanditCountsWrite(
                TENANT, SURFACE, f"{prefix}{i}", 0, tuple(map(int, shown)), tuple(map(int, clicked))
            )
            bandit[write.item_id.encode()] = write.encoded().encode()


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _identifiable_counts(seed: int = 0) -> BanditCounts:
    rng = np.random.default_rng(seed)
    env = Environment.draw(50, (1.0, 0.6, 0.4), rng)
    slates = favouring_slates(env.alpha, env.slots, 40_000, 2.0, rng)
    return log_slates(BanditCounts.zeros(50, env.slots), slates, env.clicks(slates, rng))


def _models(redis: _FakeRedis, clock: _Clock, **kwargs: Any) -> SurfaceModels:
    return SurfaceModels(
        redis,  # type: ignore[arg-type]  # the stand-in above, not a redis client
        KEYS,
        positions=3,
        refresh_s=1.0,
        fallback_theta=CONFIGURED,
        clock=clock,
        **kwargs,
    )


def test_identifiable_counts_give_the_estimate_and_publish_it() -> None:
    redis = _FakeRedis()
    counts = _identifiable_counts()
    redis.store_counts(counts)
    model = asyncio.run(_models(redis, _Clock()).get(TENANT, SURFACE))
    expected = assess_examination(counts.impressions, counts.clicks)
    assert model.theta_source == "estimated"
    assert model.theta == expected.theta
    assert len(model.bandit.item_ids) == 50
    [(keys, _)] = redis.script_calls
    assert keys == [KEYS.examination(TENANT, SURFACE), KEYS.bandit(TENANT, SURFACE)]
    stored = ExaminationWrite.from_fields(TENANT, SURFACE, redis.hashes[keys[0]])
    assert stored.theta == model.theta
    assert stored.source == "estimated"
    assert stored.verdict == "identified"
    assert stored.impressions == expected.impressions
    assert stored.version == int(counts.impressions.sum() + counts.clicks.sum())


def test_sparse_counts_fall_back_to_the_configured_theta() -> None:
    redis = _FakeRedis()
    sparse = BanditCounts(np.array([[50, 40, 30], [0, 0, 20]]), np.array([[3, 1, 1], [0, 0, 1]]))
    redis.store_counts(sparse)
    model = asyncio.run(_models(redis, _Clock()).get(TENANT, SURFACE))
    assert model.theta == CONFIGURED
    assert model.theta_source == "configured"
    stored = ExaminationWrite.from_fields(
        TENANT, SURFACE, redis.hashes[KEYS.examination(TENANT, SURFACE)]
    )
    assert stored.source == "configured"
    assert stored.verdict == "too_few_impressions"
    assert stored.theta == CONFIGURED
    assert stored.standard_errors == ()


def test_an_empty_surface_uses_the_fallback_and_writes_nothing() -> None:
    redis = _FakeRedis()
    model = asyncio.run(_models(redis, _Clock()).get(TENANT, SURFACE))
    assert model.theta == CONFIGURED
    assert model.theta_source == "configured"
    assert redis.script_calls == []


def test_theta_is_re_estimated_at_most_every_theta_refresh_s() -> None:
    redis = _FakeRedis()
    clock = _Clock()
    models = _models(redis, clock, theta_refresh_s=60.0)
    redis.store_counts(BanditCounts(np.array([[50, 40, 30]]), np.array([[3, 1, 1]])))
    first = asyncio.run(models.get(TENANT, SURFACE))
    assert first.theta_source == "configured"
    redis.store_counts(_identifiable_counts(), prefix="more")
    clock.now += 2.0  # counts are reloaded (refresh_s = 1) but theta is not re-estimated
    second = asyncio.run(models.get(TENANT, SURFACE))
    assert len(second.bandit.item_ids) == 51
    assert second.theta_source == "configured"
    assert len(redis.script_calls) == 1
    clock.now += 60.0
    third = asyncio.run(models.get(TENANT, SURFACE))
    assert third.theta_source == "estimated"
    assert len(redis.script_calls) == 2


def test_retired_items_leave_the_model_but_still_inform_theta() -> None:
    redis = _FakeRedis()
    counts = _identifiable_counts()
    redis.store_counts(counts)
    redis.sets[KEYS.retired(TENANT)] = {b"item0", b"item1"}
    model = asyncio.run(_models(redis, _Clock()).get(TENANT, SURFACE))
    assert "item0" not in model.bandit.item_ids
    assert len(model.bandit.item_ids) == 48
    assert model.theta == assess_examination(counts.impressions, counts.clicks).theta


def test_the_existing_call_still_works_and_positions_must_match() -> None:
    redis: Any = _FakeRedis()
    models = SurfaceModels(redis, KEYS, positions=3, refresh_s=1.0)
    model = asyncio.run(models.get(TENANT, SURFACE))
    assert model.theta == (1.0, 1.0, 1.0)
    with pytest.raises(ValueError, match="3 entries"):
        SurfaceModels(redis, KEYS, positions=3, refresh_s=1.0, fallback_theta=(1.0, 0.5))


def test_a_model_read_that_redis_fails_is_a_sink_error() -> None:
    server = fakeredis.FakeServer()
    models = SurfaceModels(
        fakeredis.FakeAsyncRedis(server=server), KEYS, positions=3, refresh_s=0.0
    )
    server.connected = False
    with pytest.raises(SinkError, match="surface model"):
        asyncio.run(models.get(TENANT, SURFACE))


def test_a_gate_flush_whose_model_read_fails_is_retried_not_raised() -> None:
    """After a Redis restart the first command on each pooled connection fails ("Connection
    closed by server"); when that was the model read of a gate flush, the raw redis error
    escaped the flush's retry and crashed the worker (test_redis_loss, worker log kept)."""
    harness = Harness()
    engine = harness.pipeline.engine
    key = b"user-0"
    partition = kafka_partition(key, harness.settings.partitions)
    click = factories.interaction(user_id="user-0", request_id=None, query=None, context={})
    raw = RawRecord(
        SourceRef(harness.settings.topic("interactions"), partition, 0),
        key,
        encode("Interaction", click),
    )
    failures: list[str] = []

    def reconnect(sink: str) -> None:
        failures.append(sink)
        server.connected = True

    retry = SinkRetry(delay_s=0, on_failed=reconnect)
    buffer: FlushBuffer[BufferedWrite] = FlushBuffer(
        "gate", engine.apply_gate_writes, max_items=100, retry=retry
    )
    server = harness.redis.connection_pool.connection_kwargs["server"]
    writes = engine.emit(process_interactions(engine.core, [raw], NOW_MS))
    # A click with no served list writes no counts: the flush's first command is the read
    # of the surface's model, which ranking the user needs.
    assert [type(w).__name__ for w in writes] == ["Touched"]

    async def flush() -> int:
        buffer.add(writes, _no_ack)
        server.connected = False
        return await buffer.flush()

    try:
        assert harness.loop.run_until_complete(flush()) == 1
    finally:
        harness.close()
    assert failures == ["gate"]


async def _no_ack() -> None:
    return None
