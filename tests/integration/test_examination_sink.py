"""The examination record's Lua script against the real local Redis."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any
from uuid import uuid4

import pytest
from redis import Redis
from redis.asyncio import Redis as AsyncRedis

from sinks.examination import ExaminationSink, ExaminationWrite
from sinks.keys import KeyLayout

pytestmark = pytest.mark.integration

TENANT = "shop"
SURFACE = "top"
WRITE = ExaminationWrite(
    tenant=TENANT,
    surface=SURFACE,
    theta=(1.0, 0.61, 0.39),
    source="estimated",
    verdict="identified",
    impressions=120_000,
    clicks=4_000,
    standard_errors=(0.0, 0.03, 0.04),
    version=130_000,
)


@pytest.fixture
def redis_url(services: Any) -> Iterator[tuple[str, KeyLayout]]:
    """The Redis URL and a key layout of this test's own; its keys are deleted afterwards."""
    keys = KeyLayout(f"test:{uuid4().hex[:12]}")
    yield services.redis_url, keys
    client = Redis.from_url(services.redis_url)
    for key in client.scan_iter(match=f"{keys.prefix}:*", count=1000):
        client.delete(key)
    client.close()


def _write(url: str, keys: KeyLayout, *writes: ExaminationWrite) -> list[bool]:
    async def go() -> list[bool]:
        client = AsyncRedis.from_url(url)
        try:
            sink = ExaminationSink(client, keys)
            return [await sink.write(write) for write in writes]
        finally:
            await client.aclose()

    return asyncio.run(go())


def test_record_follows_the_bandit_hash_and_never_goes_back(
    redis_url: tuple[str, KeyLayout],
) -> None:
    url, keys = redis_url
    client = Redis.from_url(url)
    key = keys.examination(TENANT, SURFACE)
    # No bandit hash (expired or never written): nothing to describe, nothing written.
    assert _write(url, keys, WRITE) == [False]
    assert not client.exists(key)

    client.hset(keys.bandit(TENANT, SURFACE), "a", "1,0,0;0,0,0")
    client.expire(keys.bandit(TENANT, SURFACE), 5_000)
    older = ExaminationWrite(**{**_as_dict(WRITE), "version": 1, "theta": (1.0, 0.9, 0.9)})
    newer = ExaminationWrite(**{**_as_dict(WRITE), "version": 200_000, "theta": (1.0, 0.5, 0.3)})
    assert _write(url, keys, WRITE, WRITE, older) == [True, True, False]
    assert ExaminationWrite.from_fields(TENANT, SURFACE, client.hgetall(key)) == WRITE
    # Expires at the same instant as the bandit hash.
    assert client.pexpiretime(key) == client.pexpiretime(keys.bandit(TENANT, SURFACE)) > 0

    client.persist(keys.bandit(TENANT, SURFACE))
    assert _write(url, keys, newer) == [True]
    assert ExaminationWrite.from_fields(TENANT, SURFACE, client.hgetall(key)) == newer
    assert client.ttl(key) == -1
    client.close()


def _as_dict(write: ExaminationWrite) -> dict[str, Any]:
    return {name: getattr(write, name) for name in ExaminationWrite.__slots__}
