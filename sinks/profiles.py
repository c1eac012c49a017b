"""Profile summaries in Redis: one JSON string per user, with a TTL (``sinks.keys``)."""

from __future__ import annotations

from collections.abc import Iterable

from redis.asyncio import Redis
from redis.exceptions import RedisError

from schemas.errors import SinkError
from sinks.keys import KeyLayout
from sinks.writes import ProfileSummaryWrite

__all__ = ["ProfileSummarySink"]


class ProfileSummarySink:
    """Writes batches of :class:`ProfileSummaryWrite` in one round trip.

    A summary is the whole state of its key, so writing it twice, or an older batch after
    a newer one of the same flush, leaves the latest: writes are applied in batch order and
    each key keeps its last value of the batch.
    """

    def __init__(self, client: Redis, keys: KeyLayout, *, ttl_s: int) -> None:
        self._client = client
        self._keys = keys
        self._ttl_s = ttl_s

    async def write(self, writes: Iterable[ProfileSummaryWrite]) -> int:
        """Apply a batch; returns how many keys were written. Raises :class:`SinkError`."""
        latest = {self._keys.profile(w.tenant, w.user_key): w.summary_json for w in writes}
        if not latest:
            return 0
        try:
            async with self._client.pipeline(transaction=False) as pipe:
                for key, summary in latest.items():
                    pipe.set(key, summary, ex=self._ttl_s)
                await pipe.execute()
        except RedisError as exc:
            raise SinkError(f"Redis refused profile summaries: {exc}") from exc
        return len(latest)
