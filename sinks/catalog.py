"""The catalog in Redis: which items are retired and their features, in ``updated_at`` order.

A record is applied only if its ``updated_at`` is newer than the item's last applied one, in
one Lua script, so redelivered or out-of-order records never resurrect a retired item or
restore old features. Features are kept for retired items too: a late interaction with one
still teaches the profile about them. The profile stage reads them (``sinks.item_features``)
to learn per-feature affinities; the catalog topic is keyed by tenant, so one worker applies
a tenant's catalog and Redis carries it to every worker.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

from processors.catalog import feature_keys
from schemas.errors import SinkError
from sinks.keys import KeyLayout

__all__ = ["CatalogSink"]

# KEYS[1] = retired set, KEYS[2] = versions hash, KEYS[3] = features hash;
# ARGV = item, updated_at, active (1/0), features JSON.
_APPLY_LUA = """
local seen = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '-1')
if tonumber(ARGV[2]) <= seen then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[3], ARGV[1], ARGV[4])
if ARGV[3] == '1' then
  redis.call('SREM', KEYS[1], ARGV[1])
else
  redis.call('SADD', KEYS[1], ARGV[1])
end
return 1
"""


class CatalogSink:
    """Applies catalog records to the tenant's retired set."""

    def __init__(self, client: Redis, keys: KeyLayout) -> None:
        self._keys = keys
        self._script = client.register_script(_APPLY_LUA)

    async def apply(self, record: Mapping[str, Any]) -> bool:
        """Apply one ``CatalogItem`` record; ``False`` if a newer one was already applied."""
        tenant = record["tenant"]
        keys = [
            self._keys.retired(tenant),
            self._keys.catalog_versions(tenant),
            self._keys.item_features(tenant),
        ]
        features = json.dumps(feature_keys(record["categorical_features"]), sort_keys=True)
        args = [record["item_id"], record["updated_at"], int(record["active"]), features]
        try:
            applied = await self._script(keys=keys, args=args)
        except RedisError as exc:
            raise SinkError(f"Redis refused a catalog record: {exc}") from exc
        return bool(applied)
