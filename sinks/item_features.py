"""A worker's read cache of each tenant's item features, from Redis (``sinks.catalog``).

The profile stage learns affinities per feature value (``"brand=acme"``) and needs an item's
features for every event, synchronously, so lookups come from memory. The cache of a tenant
is reloaded (one ``HGETALL``) at most once per ``refresh_s``, from the gate's flush, which is
async. An item the catalog described less than ``refresh_s`` ago may therefore count as
unknown for a moment: its events then update only the item affinity, as for an item the
catalog never described.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping

from redis.asyncio import Redis
from redis.exceptions import RedisError

from schemas.errors import SinkError
from sinks.keys import KeyLayout, redis_text

__all__ = ["ItemFeatureCache"]

ItemFeatures = Mapping[str, str]
"""An item's categorical features as profile feature keys, by name (``{"brand": "brand=acme"}``)."""


class ItemFeatureCache:
    """Item features per tenant, reloaded from Redis when older than ``refresh_s``."""

    def __init__(self, client: Redis, keys: KeyLayout, *, refresh_s: float) -> None:
        self._client = client
        self._keys = keys
        self._refresh_s = refresh_s
        self._tenants: dict[str, tuple[float, dict[str, ItemFeatures]]] = {}
        self._wanted: set[str] = set()

    def lookup(self, tenant: str, item_id: str) -> ItemFeatures | None:
        """The item's features, or ``None`` if the catalog has not described it (yet)."""
        cached = self._tenants.get(tenant)
        if cached is None:
            self._wanted.add(tenant)
            return None
        return cached[1].get(item_id)

    async def refresh(self) -> None:
        """Reload every tenant loaded more than ``refresh_s`` ago or looked up but not loaded."""
        now = time.monotonic()
        stale = {t for t, (loaded, _) in self._tenants.items() if now - loaded >= self._refresh_s}
        stale |= self._wanted
        self._wanted = set()
        for tenant in sorted(stale):
            try:
                stored = await self._client.hgetall(self._keys.item_features(tenant))
            except RedisError as exc:
                raise SinkError(f"Redis refused the item features: {exc}") from exc
            self._tenants[tenant] = (time.monotonic(), _decode(stored))


def _decode(stored: Mapping[bytes | str, bytes | str]) -> dict[str, ItemFeatures]:
    return {redis_text(item): json.loads(features) for item, features in stored.items()}
