"""The flags document in Redis: written by the control stage, read by every reader and worker.

    <prefix>:control:flags   HASH  version (of the book: grows with every applied change),
                                   doc (JSON of every scope's flag, FlagBook),
                                   control_offset (last control-topic offset handled),
                                   outcomes (JSON: recent command offsets -> "applied" or the
                                   rejection reason, for the CLI's confirmation)

One key, so a reader sees the whole book at one version. A write lands only if its
(version, control_offset) is greater than the stored one (Lua), so a redelivered or older
book never undoes a newer one. Readers check ``version`` in the same round trip as the
ranking and fetch ``doc`` only when it changed: a kill switch reaches them on their next call.
"""

from __future__ import annotations

from redis import Redis as SyncRedis
from redis.asyncio import Redis
from redis.exceptions import RedisError

from processors.control.flags import FlagBook
from schemas.errors import SinkError
from sinks.keys import KeyLayout
from sinks.writes import FlagsWrite

__all__ = ["FlagCache", "FlagSink", "load_flags"]

_PUT_IF_NEWER_LUA = """
local stored = redis.call('HMGET', KEYS[1], 'version', 'control_offset')
local version = tonumber(stored[1] or '-1')
local offset = tonumber(stored[2] or '-1')
local new_version, new_offset = tonumber(ARGV[1]), tonumber(ARGV[2])
if new_version < version or (new_version == version and new_offset <= offset) then
  return 0
end
redis.call('HSET', KEYS[1], 'version', ARGV[1], 'control_offset', ARGV[2],
           'doc', ARGV[3], 'outcomes', ARGV[4])
return 1
"""


class FlagSink:
    """Writes the flag book, newest version wins."""

    def __init__(self, client: Redis, keys: KeyLayout) -> None:
        self._key = keys.flags()
        self._script = client.register_script(_PUT_IF_NEWER_LUA)

    async def write(self, write: FlagsWrite) -> int:
        """Store the book if it is newer; 1 if it was written."""
        args: list[str | int] = [
            write.version,
            write.control_offset,
            write.book_json,
            write.outcomes_json,
        ]
        try:
            return int(await self._script(keys=[self._key], args=args))
        except RedisError as exc:
            raise SinkError(f"Redis rejected the flags write: {exc}") from exc


async def load_flags(client: Redis, keys: KeyLayout) -> tuple[int, FlagBook]:
    """The stored (version, book); (-1, empty book) when none is stored."""
    version, doc = await client.hmget(keys.flags(), ["version", "doc"])
    if version is None or doc is None:
        return -1, FlagBook()
    return int(version), FlagBook.from_json(doc)


class FlagCache:
    """A reader's copy of the flag book, refreshed when the stored version moves.

    :meth:`observe` takes the version read in the caller's own pipeline; only a changed
    version costs a second round trip. A book that cannot be read or parsed keeps the last
    good one, except that the caller sees ``stale`` and can fail safe.
    """

    def __init__(self, client: SyncRedis, keys: KeyLayout) -> None:
        self._client = client
        self._keys = keys
        self.version = -1
        self.book = FlagBook()

    def observe(self, version: bytes | str | None) -> FlagBook:
        """The book at ``version`` (as read from ``<prefix>:control:flags``)."""
        seen = -1 if version is None else int(version)
        if seen != self.version:
            stored, doc = self._client.hmget(self._keys.flags(), ["version", "doc"])
            if stored is None or doc is None:
                self.version, self.book = -1, FlagBook()
            else:
                self.version, self.book = int(stored), FlagBook.from_json(doc)
        return self.book
