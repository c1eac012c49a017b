"""Reading materialized popularity rankings from Redis (the key layout is in ``sinks.keys``)."""

from __future__ import annotations

from dataclasses import dataclass

from redis import Redis

from processors.popularity import decayed_popularity
from sinks.keys import KeyLayout

__all__ = ["RankedItem", "top_popular"]


@dataclass(frozen=True, slots=True)
class RankedItem:
    """An item and its time-decayed popularity at the time of reading."""

    item_id: str
    popularity: float


def top_popular(
    client: Redis, keys: KeyLayout, tenant: str, surface: str, k: int, now_ms: int
) -> list[RankedItem]:
    """The ``k`` most popular items of a surface, most popular first (one ``ZREVRANGE``)."""
    pipe = client.pipeline(transaction=False)
    pipe.zrevrange(keys.popularity(tenant, surface), 0, k - 1, withscores=True)
    pipe.hget(keys.tenant_meta(tenant), "pop_half_life_ms")
    rows, half_life = pipe.execute()
    if not rows or half_life is None:
        return []
    half_life_ms = float(half_life)
    return [
        RankedItem(member.decode(), decayed_popularity(score, now_ms, half_life_ms))
        for member, score in rows
    ]
