"""Materializes users' rankings into Redis: one atomic, versioned value per (user, surface).

Each ranking lives in the hash ``<prefix>:{<tenant>/<user_key>}:rank:<surface>`` (see
``sinks.keys``) with two fields: ``version``, the source offset the ranking was computed from,
and ``ranking``, one JSON document (:func:`encode_ranking`). A Lua script compares versions and
writes both fields only when the new version is greater than the stored one, so a redelivered or
older batch is a no-op, and a reader sees either the old ranking or the new one, never a mix.
A batch goes out as one pipeline of script calls (users hash to different slots, so one script
per user, not one per batch).

The tenant-level fallback a reader serves instead (opted-out or unknown users) is the tenant's
popularity sorted set, written by ``sinks.popularity``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

from processors.ranking import MaterializedRanking
from schemas.errors import SinkError
from sinks.keys import KeyLayout
from sinks.writes import UserRankingWrite

__all__ = ["RANKING_FIELD", "StoredRanking", "UserRankingSink", "decode_ranking", "encode_ranking"]

# KEYS[1] = the user's ranking hash, KEYS[2] = the user's set of ranked surfaces.
# ARGV = version, ranking JSON, ttl_s, surface.
# Returns 1 if written, 0 if the stored version is the same or newer.
_PUT_IF_NEWER_LUA = """
local version = tonumber(ARGV[1])
local stored = tonumber(redis.call('HGET', KEYS[1], 'version') or '-1')
if version <= stored then
  return 0
end
redis.call('HSET', KEYS[1], 'version', ARGV[1], 'ranking', ARGV[2])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3]))
redis.call('SADD', KEYS[2], ARGV[4])
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[3]))
return 1
"""

RANKING_FIELD = "ranking"
"""Hash field holding the ranking JSON (what a reader fetches)."""
VERSION_FIELD = "version"
"""Hash field holding the version the script compares."""

# Lua numbers are doubles: versions above 2 ** 53 would compare inexactly.
_MAX_VERSION = 2**53


@dataclass(frozen=True, slots=True)
class StoredRanking:
    """A ranking as a reader finds it in Redis (the decoded ``ranking`` field)."""

    ranking: MaterializedRanking
    policy_version: str
    version: int


def encode_ranking(write: UserRankingWrite) -> str:
    """The JSON document stored in the ``ranking`` field (floats round-trip exactly)."""
    ranking = write.ranking
    return json.dumps(
        {
            "version": write.version,
            "policy_version": write.policy_version,
            "epsilon": ranking.epsilon,
            "cold_start": ranking.cold_start,
            "items": list(ranking.items),
            "weights": list(ranking.weights),
            "scores": list(ranking.scores),
        },
        separators=(",", ":"),
        allow_nan=False,
    )


def decode_ranking(raw: bytes | str) -> StoredRanking:
    """Parse a stored ``ranking`` field; raises ``ValueError`` if it is malformed."""
    try:
        doc = json.loads(raw)
        items = tuple(str(item) for item in doc["items"])
        weights = tuple(float(w) for w in doc["weights"])
        scores = tuple(float(s) for s in doc["scores"])
        epsilon = float(doc["epsilon"])
        stored = StoredRanking(
            ranking=MaterializedRanking(
                items=items,
                weights=weights,
                epsilon=epsilon,
                scores=scores,
                cold_start=bool(doc["cold_start"]),
            ),
            policy_version=str(doc["policy_version"]),
            version=int(doc["version"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"malformed stored ranking: {exc}") from exc
    _check_shape(stored.ranking)
    return stored


def _check_shape(ranking: MaterializedRanking) -> None:
    n = len(ranking.items)
    if n == 0 or len(ranking.weights) != n or len(ranking.scores) != n:
        raise ValueError("a ranking needs one weight and one score per item, and >= 1 item")
    if len(set(ranking.items)) != n:
        raise ValueError("a ranking's items must be distinct")
    if not 0.0 <= ranking.epsilon <= 1.0:
        raise ValueError("epsilon must be in [0, 1]")
    if any(w < 0.0 or not math.isfinite(w) for w in ranking.weights):
        raise ValueError("weights must be finite and >= 0")
    if not math.isclose(math.fsum(ranking.weights), 1.0, rel_tol=1e-9, abs_tol=1e-9):
        raise ValueError("weights must sum to 1")


class UserRankingSink:
    """Writes batches of :class:`UserRankingWrite` to Redis, newest version wins."""

    def __init__(self, client: Redis, keys: KeyLayout, *, ttl_s: int) -> None:
        if ttl_s < 1:
            raise ValueError("ttl_s must be >= 1")
        self._client = client
        self._keys = keys
        self._ttl_s = ttl_s
        self._script = client.register_script(_PUT_IF_NEWER_LUA)

    async def write(self, rankings: Iterable[UserRankingWrite]) -> int:
        """Apply a batch in one pipeline; returns how many rankings were newer and written.

        Within a batch only the highest version per (tenant, user, surface) is sent. Raises
        ``ValueError`` for a malformed ranking (before anything is sent) and :class:`SinkError`
        if Redis fails; the batch is then safe to retry as a whole.
        """
        latest = _latest_per_key(rankings, self._keys)
        if not latest:
            return 0
        calls = [self._script_call(key, write) for key, write in latest.items()]
        try:
            async with self._client.pipeline(transaction=False) as pipe:
                for keys, args in calls:
                    await self._script(keys=keys, args=args, client=pipe)
                results: list[Any] = await pipe.execute()
        except RedisError as exc:
            raise SinkError(f"Redis rejected a user-ranking batch: {exc}") from exc
        return sum(int(result) for result in results)

    def _script_call(self, key: str, write: UserRankingWrite) -> tuple[list[str], list[Any]]:
        # The set of surfaces lets an erasure find every ranking of the user without a SCAN.
        surfaces = self._keys.user_surfaces(write.tenant, write.user_key)
        return [key, surfaces], [write.version, encode_ranking(write), self._ttl_s, write.surface]


def _latest_per_key(
    rankings: Iterable[UserRankingWrite], keys: KeyLayout
) -> dict[str, UserRankingWrite]:
    """Validate each write and keep the highest version per Redis key."""
    latest: dict[str, UserRankingWrite] = {}
    for write in rankings:
        if not 0 <= write.version < _MAX_VERSION:
            raise ValueError(f"version must be in [0, 2**53), got {write.version}")
        _check_shape(write.ranking)
        key = keys.user_ranking(write.tenant, write.user_key, write.surface)
        current = latest.get(key)
        if current is None or write.version > current.version:
            latest[key] = write
    return latest
