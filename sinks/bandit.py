"""Materializes per-item bandit counts into one Redis hash per tenant and surface.

    <prefix>:{<tenant>}:bandit:<surface>        HASH  field = item id,
                                                      value = "i1,i2,i3;c1,c2,c3" (impressions
                                                      and attributed clicks by position)
    <prefix>:{<tenant>}:bandit:<surface>:parts  HASH  field = "<item id>|<partition>", value as
                                                      above: one raw partition's counts

Counts are kept per raw partition (``streams.stages.served``), so each write carries one
partition's counts of one item. Counts only grow, so the Lua script stores a partition's
counts only when their total (impressions plus clicks) is at least the stored one, then sets
the item's field to the sum over all partitions: a redelivered or older batch can never move
counts back, and applying the same batch twice leaves Redis unchanged. Readers only ever need
the first hash.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from redis.asyncio import Redis
from redis.exceptions import RedisError

from schemas.errors import SinkError
from sinks.keys import KeyLayout
from sinks.writes import BanditCountsWrite

__all__ = ["BanditSink", "decode_counts"]

# KEYS = pairs (bandit hash, its parts hash) of one tenant; ARGV = ttl_s, partitions, then per
# pair: n, then n (item, partition, value, total).
_UPSERT_LUA = """
local ttl = tonumber(ARGV[1])
local partitions = tonumber(ARGV[2])
local function total_of(value)
  local total = 0
  for number in string.gmatch(value, '%d+') do total = total + tonumber(number) end
  return total
end
local a = 3
for i = 1, #KEYS, 2 do
  local key, parts = KEYS[i], KEYS[i + 1]
  local n = tonumber(ARGV[a])
  a = a + 1
  for j = 1, n do
    local item, part, value, total = ARGV[a], ARGV[a + 1], ARGV[a + 2], tonumber(ARGV[a + 3])
    a = a + 4
    local current = redis.call('HGET', parts, item .. '|' .. part)
    if (not current) or total >= total_of(current) then
      redis.call('HSET', parts, item .. '|' .. part, value)
    end
    local shown, clicked = {}, {}
    for p = 0, partitions - 1 do
      local stored = redis.call('HGET', parts, item .. '|' .. p)
      if stored then
        local s, c = string.match(stored, '([^;]*);(.*)')
        local k = 1
        for number in string.gmatch(s, '%d+') do
          shown[k] = (shown[k] or 0) + tonumber(number); k = k + 1
        end
        k = 1
        for number in string.gmatch(c, '%d+') do
          clicked[k] = (clicked[k] or 0) + tonumber(number); k = k + 1
        end
      end
    end
    redis.call('HSET', key, item, table.concat(shown, ',') .. ';' .. table.concat(clicked, ','))
  end
  redis.call('EXPIRE', key, ttl)
  redis.call('EXPIRE', parts, ttl)
end
return #KEYS / 2
"""


def decode_counts(value: bytes | str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Inverse of :meth:`BanditCountsWrite.encoded`: (impressions, clicks) by position."""
    text = value.decode() if isinstance(value, bytes) else value
    shown, clicked = text.split(";")
    return tuple(int(x) for x in shown.split(",")), tuple(int(x) for x in clicked.split(","))


class BanditSink:
    """Writes batches of :class:`BanditCountsWrite` (one round trip, one script per tenant)."""

    def __init__(self, client: Redis, keys: KeyLayout, *, ttl_s: int, partitions: int) -> None:
        self._client = client
        self._keys = keys
        self._ttl_s = ttl_s
        self._partitions = partitions
        self._script = client.register_script(_UPSERT_LUA)

    async def write(self, writes: Iterable[BanditCountsWrite]) -> int:
        """Apply a batch; returns the number of (item, partition) counts sent. Raises SinkError."""
        latest: dict[tuple[str, str, str, int], BanditCountsWrite] = {}
        for write in writes:
            key = (write.tenant, write.surface, write.item_id, write.partition)
            if key not in latest or write.total > latest[key].total:
                latest[key] = write
        if not latest:
            return 0
        by_tenant: dict[str, dict[str, list[BanditCountsWrite]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for write in latest.values():
            by_tenant[write.tenant][write.surface].append(write)
        try:
            async with self._client.pipeline(transaction=False) as pipe:
                for tenant, surfaces in by_tenant.items():
                    keys: list[str] = []
                    args: list[str | int] = [self._ttl_s, self._partitions]
                    for surface, items in surfaces.items():
                        keys.append(self._keys.bandit(tenant, surface))
                        keys.append(self._keys.bandit_parts(tenant, surface))
                        args.append(len(items))
                        for item in items:
                            args.extend((item.item_id, item.partition, item.encoded(), item.total))
                    await self._script(keys=keys, args=args, client=pipe)
                await pipe.execute()
        except RedisError as exc:
            raise SinkError(f"Redis rejected a bandit batch: {exc}") from exc
        return len(latest)
