"""The epoch marker: how workers notice that Redis lost its data, and how readers see a rebuild.

    <prefix>:epoch   HASH (no TTL)
        epoch            id of this lifetime of Redis's data (new after every loss or restart)
        state            restoring_optouts | rebuilding | ready (below)
        run_id           Redis's run_id when the epoch began (changes at every server restart)
        reason           why the epoch began: "empty" (no marker: a new or wiped Redis) or
                         "restarted" (the marker survived a restart, e.g. from the AOF, but the
                         last second before it may not have)
        partitions       partitions the workers rebuild (the ``partitions`` setting)
        started_ms       wall time the epoch began; ready_ms: when it became ready
        optouts:<p>      = epoch once partition p's opt-out markers are back
        views:<p>        = epoch once partition p's other views are back

Every worker calls :meth:`EpochMarker.claim` every second. It reads the server's ``run_id``
(``INFO server``), then a script compares the marker with it. No marker, or a marker of
another run, starts a new epoch in
state ``restoring_optouts`` and wipes the per-partition fields; two workers that notice at
once get the same epoch. Each worker then rebuilds the partitions it owns, opt-out markers
first, and reports each phase with :meth:`EpochMarker.mark`; the state moves on when every
partition has reported:

    restoring_optouts  readers serve the fallback (``fallback_reason = "rebuilding"``) to
                       everyone: a missing opt-out marker might be a lost one
    rebuilding         opt-out markers are back, so stored rankings may be served; a user
                       without one gets the fallback labelled "rebuilding"; budget
                       reservations (and anything else that must not act on partial state)
                       fail closed
    ready              every view is rebuilt

A reader or a Lua script that must fail closed checks ``HGET <prefix>:epoch state``: absent
means the data is gone (or was never built) and counts as ``restoring_optouts``.

Eviction would look like a loss: run Redis with ``maxmemory-policy noeviction`` or a
``volatile-*`` policy (the marker has no TTL, so those never evict it).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Final

from redis.asyncio import Redis
from redis.exceptions import RedisError, ResponseError

from schemas.errors import SinkError
from sinks.keys import KeyLayout, redis_text
from sinks.writes import RebuildPhase as Phase

__all__ = [
    "READY",
    "REBUILDING",
    "RESTORING_OPTOUTS",
    "EpochMarker",
    "EpochState",
    "Phase",
    "serves_rankings",
]

RESTORING_OPTOUTS: Final = "restoring_optouts"
REBUILDING: Final = "rebuilding"
READY: Final = "ready"

# KEYS[1] = the epoch hash. ARGV = new epoch id, now_ms, partitions, the server's run_id.
# Returns the hash after the claim (HGETALL), plus "claimed" = 1 if this call began the epoch.
# (The run_id is read before the script, not inside it: a restart in between only makes the
# next check begin one more epoch, which costs a second rebuild, never a missed one.)
_CLAIM_LUA = """
local run_id = ARGV[4]
local epoch = redis.call('HGET', KEYS[1], 'epoch')
local claimed = 0
if (not epoch) or redis.call('HGET', KEYS[1], 'run_id') ~= run_id then
  local reason = epoch and 'restarted' or 'empty'
  redis.call('DEL', KEYS[1])
  redis.call('HSET', KEYS[1], 'epoch', ARGV[1], 'state', 'restoring_optouts',
    'run_id', run_id, 'reason', reason, 'partitions', ARGV[3], 'started_ms', ARGV[2])
  claimed = 1
end
local fields = redis.call('HGETALL', KEYS[1])
fields[#fields + 1] = 'claimed'
fields[#fields + 1] = tostring(claimed)
return fields
"""

# KEYS[1] = the epoch hash. ARGV = epoch id, phase, now_ms, then the partitions done.
# Returns the state after the mark, or "stale" if the epoch is no longer the current one.
_MARK_LUA = """
if redis.call('HGET', KEYS[1], 'epoch') ~= ARGV[1] then
  return 'stale'
end
for i = 4, #ARGV do
  redis.call('HSET', KEYS[1], ARGV[2] .. ':' .. ARGV[i], ARGV[1])
end
local n = tonumber(redis.call('HGET', KEYS[1], 'partitions'))
local function all_done(phase)
  for p = 0, n - 1 do
    if redis.call('HGET', KEYS[1], phase .. ':' .. p) ~= ARGV[1] then
      return false
    end
  end
  return true
end
local state = redis.call('HGET', KEYS[1], 'state')
if state == 'restoring_optouts' and all_done('optouts') then
  state = 'rebuilding'
  redis.call('HSET', KEYS[1], 'state', state)
end
if state == 'rebuilding' and all_done('views') then
  state = 'ready'
  redis.call('HSET', KEYS[1], 'state', state, 'ready_ms', ARGV[3])
end
return state
"""


def serves_rankings(state: str | None) -> bool:
    """Whether a reader may serve stored rankings in epoch ``state`` (None: no marker)."""
    return state in (REBUILDING, READY)


@dataclass(frozen=True, slots=True)
class EpochState:
    """The epoch marker as one read found it."""

    epoch: str
    state: str
    reason: str
    started_ms: int
    ready_ms: int | None
    partitions: int
    done: Mapping[Phase, frozenset[int]]
    """Partitions that reported each phase in this epoch."""
    claimed: bool = False
    """True if the read that returned this began the epoch (this worker noticed the loss)."""

    def todo(self, phase: Phase, partitions: Collection[int]) -> set[int]:
        """Which of ``partitions`` still have ``phase`` to rebuild in this epoch."""
        return set(partitions) - self.done[phase]

    @classmethod
    def from_fields(cls, fields: Mapping[str, str]) -> EpochState:
        """Parse the hash's fields (text)."""
        epoch = fields["epoch"]
        done: dict[Phase, set[int]] = {"optouts": set(), "views": set()}
        for name, value in fields.items():
            phase, _, partition = name.partition(":")
            if phase in ("optouts", "views") and partition.isdigit() and value == epoch:
                done["optouts" if phase == "optouts" else "views"].add(int(partition))
        ready = fields.get("ready_ms")
        return cls(
            epoch=epoch,
            state=fields.get("state", RESTORING_OPTOUTS),
            reason=fields.get("reason", ""),
            started_ms=int(fields.get("started_ms", "0")),
            ready_ms=None if ready is None else int(ready),
            partitions=int(fields.get("partitions", "0")),
            done={phase: frozenset(parts) for phase, parts in done.items()},
            claimed=fields.get("claimed") == "1",
        )


class EpochMarker:
    """Claims, reads and advances the epoch marker (see the module doc). Raises SinkError."""

    def __init__(self, client: Redis, keys: KeyLayout, *, partitions: int) -> None:
        if partitions < 1:
            raise ValueError("partitions must be >= 1")
        self._client = client
        self._key = keys.epoch()
        self._partitions = partitions
        self._claim = client.register_script(_CLAIM_LUA)
        self._mark = client.register_script(_MARK_LUA)

    async def claim(self, new_epoch: str, now_ms: int) -> EpochState:
        """The current epoch; begins ``new_epoch`` if Redis has no marker or was restarted."""
        try:
            run_id = await self._run_id()
            args: list[str | int] = [new_epoch, now_ms, self._partitions, run_id]
            flat = await self._claim(keys=[self._key], args=args)
        except RedisError as exc:
            raise SinkError(f"Redis refused the epoch check: {exc}") from exc
        texts = [redis_text(x) for x in flat]
        return EpochState.from_fields(dict(zip(texts[::2], texts[1::2], strict=True)))

    async def _run_id(self) -> str:
        try:
            info = await self._client.info("server")
        except ResponseError:
            return ""  # a Redis double without INFO (fakeredis): only a lost marker counts
        return str(info.get("run_id", ""))

    async def mark(
        self, epoch: str, phase: Phase, partitions: Collection[int], now_ms: int
    ) -> str | None:
        """Report ``phase`` rebuilt for ``partitions``; the state after, None if stale."""
        args: list[str | int] = [epoch, phase, now_ms, *sorted(partitions)]
        try:
            state = redis_text(await self._mark(keys=[self._key], args=args))
        except RedisError as exc:
            raise SinkError(f"Redis refused the epoch mark: {exc}") from exc
        return None if state == "stale" else state

    async def read(self) -> EpochState | None:
        """The marker, or None if Redis has none."""
        try:
            raw = await self._client.hgetall(self._key)
        except RedisError as exc:
            raise SinkError(f"Redis refused to read the epoch marker: {exc}") from exc
        if not raw:
            return None
        return EpochState.from_fields({redis_text(k): redis_text(v) for k, v in raw.items()})
