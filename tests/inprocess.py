"""The in-process driver over fakeredis (Lua included): the whole pipeline with no network."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from typing import Any

import fakeredis

from schemas.codec import encode
from streams.inprocess import InProcessPipeline
from streams.settings import Settings, load_settings
from tests import factories
from tests.redis_state import snapshot

#: The gate's "now": event times of the factories are one minute before it.
NOW_MS = factories.EVENT_TIME_MS + 60_000


def settings(**changes: Any) -> Settings:
    """Default settings with a test prefix (topics and Redis)."""
    return load_settings(env={}).replace(topic_prefix="t.", redis_prefix="test:p", **changes)


class Harness:
    """An :class:`InProcessPipeline` plus a synchronous view of its Redis."""

    def __init__(self, config: Settings | None = None) -> None:
        self.settings = config or settings()
        server = fakeredis.FakeServer()
        self.redis = fakeredis.FakeRedis(server=server)
        self._async_redis = fakeredis.FakeAsyncRedis(server=server)
        self._clock = [0.0]
        self.pipeline = InProcessPipeline(
            self.settings,
            self._async_redis,
            now_ms=lambda: NOW_MS,
            monotonic=lambda: self._clock[0],
        )
        self.loop = asyncio.new_event_loop()
        # As a worker does at start: readers then serve what the pipeline writes.
        self.loop.run_until_complete(self.pipeline.check_redis())

    def close(self) -> None:
        self.loop.close()

    def advance(self, seconds: float) -> None:
        """Move the monotonic clock that paces ranking retries."""
        self._clock[0] += seconds

    def feed(self, topic: str, records: Iterable[tuple[bytes | None, bytes | None]]) -> None:
        self.loop.run_until_complete(self.pipeline.feed(topic, records))

    def publish(self, schema: str, topic: str, events: Iterable[Mapping[str, Any]]) -> None:
        """Encode and feed events keyed by their raw user id (or tenant, for the catalog)."""
        key_field = "tenant" if schema == "CatalogItem" else "user_id"
        self.feed(topic, [(e[key_field].encode(), encode(schema, e)) for e in events])

    def interactions(self, events: Iterable[Mapping[str, Any]]) -> None:
        self.publish("Interaction", "interactions", events)

    def recommendations(self, events: Iterable[Mapping[str, Any]]) -> None:
        self.publish("Recommendation", "recommendations", events)

    def consent(self, events: Iterable[Mapping[str, Any]]) -> None:
        self.publish("Consent", "consent", events)

    def check_redis(self) -> None:
        """Run the worker's Redis check (after a test wiped Redis: the rebuild)."""
        self.loop.run_until_complete(self.pipeline.check_redis())

    def state(self) -> dict[str, Any]:
        """Everything the pipeline holds in Redis."""
        return snapshot(self.redis, self.settings.redis_prefix)
