"""The catalog in Redis: which items are retired, applied in ``updated_at`` order.

A record is applied only if its ``updated_at`` is newer than the item's last applied one, in
one Lua script, so redelivered or out-of-order records never resurrect a retired item.
"""

from __future__ import annotations

from redis.asyncio import Redis
from redis.exceptions import RedisError

from processors.errors import SinkError
from sinks.keys import KeyLayout

# KEYS[1] = retired set, KEYS[2] = versions hash; ARGV = item, updated_at, active (1/0).
_APPLY_LUA = """
local seen = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '-1')
if tonumber(ARGV[2]) <= seen then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
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

    async def apply(self, tenant: str, item_id: str, updated_at: int, active: bool) -> bool:
        """Apply one record; ``False`` if a newer one was already applied."""
        keys = [self._keys.retired(tenant), self._keys.catalog_versions(tenant)]
        try:
            applied = await self._script(keys=keys, args=[item_id, updated_at, int(active)])
        except RedisError as exc:
            raise SinkError(f"Redis refused a catalog record: {exc}") from exc
        return bool(applied)
