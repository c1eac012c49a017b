"""Redis side of consent: the opt-out marker, and erasing everything kept about one user.

A user's keys all carry the hash tag ``{<tenant>/<user_key>}`` (``sinks.keys``), so in Redis
Cluster they sit in one slot. They are found by name, not by SCAN (a SCAN walks the whole
keyspace: with a million profiles in Redis an erasure took a second): the profile summary,
the set of surfaces the user has rankings on, and the ranking of each of those surfaces.
Deleting is idempotent.
"""

from __future__ import annotations

from redis.asyncio import Redis
from redis.exceptions import RedisError

from schemas.errors import SinkError
from sinks.keys import KeyLayout, redis_text

__all__ = ["UserStateEraser"]


class UserStateEraser:
    """Erases a user's Redis state and keeps their opt-out marker in step with consent."""

    def __init__(self, client: Redis, keys: KeyLayout) -> None:
        self._client = client
        self._keys = keys

    async def erase(self, tenant: str, user_key: str) -> int:
        """Delete every key of the user except the opt-out marker; returns how many."""
        surfaces_key = self._keys.user_surfaces(tenant, user_key)
        try:
            surfaces = await self._client.smembers(surfaces_key)
            doomed = [
                self._keys.profile(tenant, user_key),
                surfaces_key,
                *(self._keys.user_ranking(tenant, user_key, redis_text(s)) for s in surfaces),
            ]
            return int(await self._client.delete(*doomed))
        except RedisError as exc:
            raise SinkError(f"Redis refused to erase a user's state: {exc}") from exc

    async def set_opted_out(self, tenant: str, user_key: str, opted_out: bool) -> None:
        """Create or remove the opt-out marker that readers check."""
        key = self._keys.opt_out(tenant, user_key)
        try:
            if opted_out:
                await self._client.set(key, b"1")
            else:
                await self._client.delete(key)
        except RedisError as exc:
            raise SinkError(f"Redis refused to update an opt-out marker: {exc}") from exc
