"""Materializes per-item bandit counts into one Redis hash per tenant and surface.

    <prefix>:{<tenant>}:bandit:<surface>   HASH  field = item id,
                                                 value = "i1,i2,i3;c1,c2,c3" (impressions and
                                                 attributed clicks by position)

Counts only grow, so the Lua script writes a field only when the new total (impressions plus
clicks) is at least the stored one: a redelivered or older batch can never move counts back,
and applying the same batch twice leaves Redis unchanged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from redis.asyncio import Redis
from redis.exceptions import RedisError

from processors.errors import SinkError
from sinks.keys import KeyLayout

# KEYS = bandit hashes of one tenant; ARGV = ttl_s, then per key: n, then n (item, value, total).
_UPSERT_LUA = """
local ttl = tonumber(ARGV[1])
local a = 2
for i = 1, #KEYS do
  local key = KEYS[i]
  local n = tonumber(ARGV[a])
  a = a + 1
  for j = 1, n do
    local item, value, total = ARGV[a], ARGV[a + 1], tonumber(ARGV[a + 2])
    a = a + 3
    local current = redis.call('HGET', key, item)
    local stored = -1
    if current then
      stored = 0
      for number in string.gmatch(current, '%d+') do stored = stored + tonumber(number) end
    end
    if total >= stored then redis.call('HSET', key, item, value) end
  end
  redis.call('EXPIRE', key, ttl)
end
return #KEYS
"""


@dataclass(frozen=True, slots=True)
class BanditCountsWrite:
    """The current counts of one item on one surface."""

    tenant: str
    surface: str
    item_id: str
    impressions: tuple[int, ...]
    clicks: tuple[int, ...]

    @property
    def total(self) -> int:
        """Impressions plus clicks: grows with every applied update."""
        return sum(self.impressions) + sum(self.clicks)

    def encoded(self) -> str:
        """``"i1,i2,i3;c1,c2,c3"``."""
        return f"{','.join(map(str, self.impressions))};{','.join(map(str, self.clicks))}"


def decode_counts(value: bytes | str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Inverse of :meth:`BanditCountsWrite.encoded`: (impressions, clicks) by position."""
    text = value.decode() if isinstance(value, bytes) else value
    shown, clicked = text.split(";")
    return tuple(int(x) for x in shown.split(",")), tuple(int(x) for x in clicked.split(","))


class BanditSink:
    """Writes batches of :class:`BanditCountsWrite` (one round trip, one script per tenant)."""

    def __init__(self, client: Redis, keys: KeyLayout, *, ttl_s: int) -> None:
        self._client = client
        self._keys = keys
        self._ttl_s = ttl_s
        self._script = client.register_script(_UPSERT_LUA)

    async def write(self, writes: Iterable[BanditCountsWrite]) -> int:
        """Apply a batch; returns the number of distinct items sent. Raises SinkError."""
        latest: dict[tuple[str, str, str], BanditCountsWrite] = {}
        for write in writes:
            key = (write.tenant, write.surface, write.item_id)
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
                    args: list[str | int] = [self._ttl_s]
                    for surface, items in surfaces.items():
                        keys.append(self._keys.bandit(tenant, surface))
                        args.append(len(items))
                        for item in items:
                            args.extend((item.item_id, item.encoded(), item.total))
                    await self._script(keys=keys, args=args, client=pipe)
                await pipe.execute()
        except RedisError as exc:
            raise SinkError(f"Redis rejected a bandit batch: {exc}") from exc
        return len(latest)
