"""The flags document in Redis: written by the control stage, read by every reader and worker.

    <prefix>:control:flags   HASH  version (of the book: grows with every applied change),
                                   doc (JSON of every scope's flag, FlagBook),
                                   control_offset (last control-topic offset handled),
                                   outcomes (JSON: recent command offsets -> "applied" or the
                                   rejection reason, for the CLI's confirmation),
                                   experiments (JSON: running experiments by scope and promoted
                                   policies, ExperimentBook; same version as the flags)

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
from processors.experiments.assignment import ExperimentBook
from schemas.errors import SinkError
from sinks.keys import KeyLayout, redis_text
from sinks.writes import ExperimentStatsWrite, FlagsWrite

__all__ = ["ExperimentStatsSink", "FlagCache", "FlagSink", "load_flags"]

_PUT_IF_NEWER_LUA = """
local stored = redis.call('HMGET', KEYS[1], 'version', 'control_offset')
local version = tonumber(stored[1] or '-1')
local offset = tonumber(stored[2] or '-1')
local new_version, new_offset = tonumber(ARGV[1]), tonumber(ARGV[2])
if new_version < version or (new_version == version and new_offset <= offset) then
  return 0
end
redis.call('HSET', KEYS[1], 'version', ARGV[1], 'control_offset', ARGV[2],
           'doc', ARGV[3], 'outcomes', ARGV[4], 'experiments', ARGV[5])
return 1
"""


_STATS_IF_NOT_OLDER_LUA = """
local version = tonumber(redis.call('HGET', KEYS[1], 'version') or '-1')
if tonumber(ARGV[1]) < version then
  return 0
end
redis.call('HSET', KEYS[1], 'version', ARGV[1], 'doc', ARGV[2])
return 1
"""


class ExperimentStatsSink:
    """Writes an experiment's statistics for dashboards and ``experiments results``; an
    older version never replaces a newer one (the same version holds the same numbers)."""

    def __init__(self, client: Redis, keys: KeyLayout) -> None:
        self._keys = keys
        self._script = client.register_script(_STATS_IF_NOT_OLDER_LUA)

    async def write(self, write: ExperimentStatsWrite) -> int:
        """Store the statistics unless Redis holds a newer version; 1 if written."""
        key = self._keys.experiment_stats(write.experiment_id)
        try:
            return int(await self._script(keys=[key], args=[write.version, write.doc_json]))
        except RedisError as exc:
            raise SinkError(f"Redis rejected the experiment statistics write: {exc}") from exc


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
            write.experiments_json,
        ]
        try:
            return int(await self._script(keys=[self._key], args=args))
        except RedisError as exc:
            raise SinkError(f"Redis rejected the flags write: {exc}") from exc


async def load_flags(client: Redis, keys: KeyLayout) -> tuple[int, FlagBook, str]:
    """The stored (version, book, experiments JSON); (-1, empty book, "{}") when none is.

    Raises :class:`SinkError` if Redis fails, ``ValueError`` if the stored book is broken.
    """
    fields = ["version", "doc", "experiments"]
    try:
        version, doc, experiments = await client.hmget(keys.flags(), fields)
    except RedisError as exc:
        raise SinkError(f"Redis did not return the flag book: {exc}") from exc
    if version is None or doc is None:
        return -1, FlagBook(), "{}"
    text = experiments or b"{}"
    return int(version), FlagBook.from_json(doc), redis_text(text)


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
        self.experiments = ExperimentBook()
        """Running experiments and promoted policies at the same version as :attr:`book`."""

    def observe(self, version: bytes | str | None) -> FlagBook:
        """The book at ``version`` (as read from ``<prefix>:control:flags``)."""
        seen = -1 if version is None else int(version)
        if seen != self.version:
            stored, doc, experiments = self._client.hmget(
                self._keys.flags(), ["version", "doc", "experiments"]
            )
            if stored is None or doc is None:
                self.version, self.book, self.experiments = -1, FlagBook(), ExperimentBook()
            else:
                book = FlagBook.from_json(doc)
                # Parsed before anything is kept: a bad document leaves the last good pair.
                running = ExperimentBook.from_json(experiments or b"{}")
                self.version, self.book, self.experiments = int(stored), book, running
        return self.book
