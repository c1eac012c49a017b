"""Materializes item popularity into Redis sorted sets: atomic per tenant, idempotent.

Each flush sends one Lua script call per tenant (all of a tenant's keys share a hash tag), in one
pipeline round trip. The script uses ``ZADD ... GT``: popularity scores only ever grow (forward
decay, see ``processors.popularity``), so re-applying an old or redelivered batch can never move
a score backwards, and applying the same batch twice leaves Redis byte-for-byte the same.
A reader sees either none or all of a tenant's part of a batch.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

from schemas.errors import SinkError
from sinks.keys import KeyLayout
from sinks.writes import PopularityWrite

__all__ = ["PopularitySink"]

# KEYS[1] = tenant meta hash, KEYS[2..] = popularity zsets of that tenant.
# ARGV = ttl_s, cap, half_life_ms, updated_ms, then per zset: n, then n (score, member) pairs.
_UPSERT_LUA = """
local ttl = tonumber(ARGV[1])
local cap = tonumber(ARGV[2])
local a = 5
for i = 2, #KEYS do
  local key = KEYS[i]
  local n = tonumber(ARGV[a])
  a = a + 1
  local args = {}
  for j = 1, n do
    args[#args + 1] = ARGV[a]
    args[#args + 1] = ARGV[a + 1]
    a = a + 2
    if #args >= 4000 then
      redis.call('ZADD', key, 'GT', unpack(args))
      args = {}
    end
  end
  if #args > 0 then
    redis.call('ZADD', key, 'GT', unpack(args))
  end
  local size = redis.call('ZCARD', key)
  if size > cap then
    redis.call('ZREMRANGEBYRANK', key, 0, size - cap - 1)
  end
  redis.call('EXPIRE', key, ttl)
end
local meta = KEYS[1]
redis.call('HSET', meta, 'pop_half_life_ms', ARGV[3])
local seen = tonumber(redis.call('HGET', meta, 'updated_ms') or '0')
if tonumber(ARGV[4]) > seen then
  redis.call('HSET', meta, 'updated_ms', ARGV[4])
end
redis.call('EXPIRE', meta, ttl)
return #KEYS - 1
"""


class PopularitySink:
    """Writes batches of :class:`PopularityWrite` to Redis."""

    def __init__(
        self,
        client: Redis,
        keys: KeyLayout,
        *,
        ttl_s: int,
        cap: int,
        half_life_ms: float,
    ) -> None:
        self._client = client
        self._keys = keys
        self._ttl_s = ttl_s
        self._cap = cap
        self._half_life_ms = half_life_ms
        self._script = client.register_script(_UPSERT_LUA)

    async def write(self, writes: Iterable[PopularityWrite]) -> int:
        """Apply a batch; returns the number of distinct items written.

        Raises :class:`SinkError` if Redis fails; nothing may be acked then, and the batch is
        safe to retry as a whole.
        """
        by_tenant = _latest_per_item(writes)
        if not by_tenant:
            return 0
        written = 0
        try:
            async with self._client.pipeline(transaction=False) as pipe:
                for tenant, surfaces in by_tenant.items():
                    keys, args = self._script_call(tenant, surfaces)
                    written += sum(len(items) for items in surfaces.values())
                    await self._script(keys=keys, args=args, client=pipe)
                await pipe.execute()
        except RedisError as exc:
            raise SinkError(f"Redis rejected a popularity batch: {exc}") from exc
        return written

    def _script_call(
        self, tenant: str, surfaces: dict[str, dict[str, tuple[float, int]]]
    ) -> tuple[list[str], list[Any]]:
        keys = [self._keys.tenant_meta(tenant)]
        updated_ms = 0
        args: list[Any] = [self._ttl_s, self._cap, repr(self._half_life_ms), 0]
        for surface, items in surfaces.items():
            keys.append(self._keys.popularity(tenant, surface))
            args.append(len(items))
            for item_id, (score, event_ms) in items.items():
                args.append(repr(score))
                args.append(item_id)
                updated_ms = max(updated_ms, event_ms)
        args[3] = updated_ms
        return keys, args


def _latest_per_item(
    writes: Iterable[PopularityWrite],
) -> dict[str, dict[str, dict[str, tuple[float, int]]]]:
    """Group by tenant and surface, keeping the highest score per item (scores only grow)."""
    grouped: dict[str, dict[str, dict[str, tuple[float, int]]]] = defaultdict(
        lambda: defaultdict(dict)
    )
    for write in writes:
        items = grouped[write.tenant][write.surface]
        current = items.get(write.item_id)
        if current is None or write.log2_score > current[0]:
            items[write.item_id] = (write.log2_score, write.event_time_ms)
    return grouped
