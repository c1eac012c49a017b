"""A worker's read cache of each surface's bandit counts and popular items, from Redis.

The ranking stage runs on user-keyed partitions, while bandit counts and popularity are kept
per item on other workers; both are materialized in Redis, so the ranking stage reads them
from there, at most once per ``refresh_s`` per surface.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from redis.asyncio import Redis

from processors.bandit import BanditState
from sinks.bandit import decode_counts
from sinks.keys import KeyLayout

POPULAR_CANDIDATES = 200


@dataclass(frozen=True)
class SurfaceModel:
    """What the ranker needs about one surface; retired items are already left out."""

    bandit: BanditState
    popular: tuple[str, ...]


class SurfaceModels:
    """Caches :class:`SurfaceModel` per (tenant, surface)."""

    def __init__(self, client: Redis, keys: KeyLayout, *, positions: int, refresh_s: float) -> None:
        self._client = client
        self._keys = keys
        self._positions = positions
        self._refresh_s = refresh_s
        self._models: dict[tuple[str, str], tuple[float, SurfaceModel]] = {}

    async def get(self, tenant: str, surface: str) -> SurfaceModel:
        """The cached model, reloaded from Redis when older than ``refresh_s``."""
        cached = self._models.get((tenant, surface))
        if cached is not None and time.monotonic() - cached[0] < self._refresh_s:
            return cached[1]
        async with self._client.pipeline(transaction=False) as pipe:
            pipe.hgetall(self._keys.bandit(tenant, surface))
            pipe.zrevrange(self._keys.popularity(tenant, surface), 0, POPULAR_CANDIDATES - 1)
            pipe.smembers(self._keys.retired(tenant))
            fields, popular, retired = await pipe.execute()
        items = sorted(item for item in fields if item not in retired)
        counts = [decode_counts(fields[item]) for item in items]
        model = SurfaceModel(
            bandit=BanditState(
                n_positions=self._positions,
                item_ids=tuple(item.decode() for item in items),
                impressions=tuple(_fit(shown, self._positions) for shown, _ in counts),
                clicks=tuple(_fit(clicked, self._positions) for _, clicked in counts),
            ),
            popular=tuple(item.decode() for item in popular if item not in retired),
        )
        self._models[(tenant, surface)] = (time.monotonic(), model)
        return model


def _fit(values: tuple[int, ...], positions: int) -> tuple[int, ...]:
    """Counts by position, padded or pooled into ``positions`` slots."""
    head = [*values[: positions - 1], sum(values[positions - 1 :])]
    return tuple([*head, *([0] * (positions - len(head)))])
