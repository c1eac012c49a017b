"""Time-decayed item popularity per tenant and surface, with exactly-once updates.

Method: forward decay (Cormode, Shkapenyuk, Srivastava, Xu, "Forward Decay: A Practical Time
Decay Model for Streaming Systems", ICDE 2009). An engagement of weight ``w`` at event time
``t`` contributes ``w * 2 ** (t / h)`` for half-life ``h``, measured from the Unix epoch as the
landmark. The popularity *now* is ``sum * 2 ** (-now / h)``, so ranking by the stored sum is the
same as ranking by the decayed value at any instant, and nothing must be rewritten as time
passes. We keep the sum as ``log2`` (it grows by one per half-life and would overflow a float
otherwise) and add terms with ``numpy.logaddexp2``-style arithmetic. The sum only grows, which is
what lets the Redis sink use ``ZADD GT`` and stay idempotent and order-safe.

Exactly-once effect: each update names its source partition and offset. The state remembers the
highest offset applied per source partition, and an update at or below it is a redelivery and
is ignored. Source partitions of one key are read in order, so this is exact.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "KIND_TO_WEIGHT",
    "NO_SCORE",
    "PopularityState",
    "apply_engagement",
    "decayed_popularity",
    "log2_add",
    "log2_term",
    "popularity_key",
    "split_popularity_key",
]

# Weight of one engagement of each kind; kinds not listed (impressions, rejects) do not count.
KIND_TO_WEIGHT: Mapping[str, float] = {
    "CLICK": 1.0,
    "ACCEPT": 3.0,
    "DWELL": 0.5,
    "RATING": 1.0,
}

NO_SCORE = -math.inf


@dataclass(frozen=True, slots=True)
class PopularityState:
    """The popularity of one (tenant, surface, item).

    ``log2_score`` is ``log2(sum of w * 2 ** (t_ms / half_life_ms))``; ``-inf`` when empty.
    ``partition_to_offset`` maps each source partition to the highest offset applied from it.
    """

    log2_score: float = NO_SCORE
    engagements: int = 0
    last_event_ms: int = 0
    partition_to_offset: Mapping[int, int] = field(default_factory=dict)

    def to_record(self) -> dict[str, Any]:
        """The state as a ``PopularityState`` Avro record (``schemas/PopularityState.avsc``)."""
        return {
            "log2_score": self.log2_score,
            "engagements": self.engagements,
            "last_event_ms": self.last_event_ms,
            "partition_to_offset": {str(p): o for p, o in self.partition_to_offset.items()},
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> PopularityState:
        """Inverse of :meth:`to_record`."""
        return cls(
            log2_score=float(record["log2_score"]),
            engagements=int(record["engagements"]),
            last_event_ms=int(record["last_event_ms"]),
            partition_to_offset={int(p): int(o) for p, o in record["partition_to_offset"].items()},
        )


def log2_term(weight: float, event_time_ms: int, half_life_ms: float) -> float:
    """``log2(weight * 2 ** (event_time_ms / half_life_ms))`` for a positive weight."""
    return math.log2(weight) + event_time_ms / half_life_ms


def log2_add(a: float, b: float) -> float:
    """``log2(2**a + 2**b)`` without overflow (as ``numpy.logaddexp2``)."""
    if a == NO_SCORE:
        return b
    if b == NO_SCORE:
        return a
    high, low = (a, b) if a >= b else (b, a)
    return high + math.log2(1.0 + 2.0 ** (low - high))


def apply_engagement(
    state: PopularityState,
    *,
    weight: float,
    event_time_ms: int,
    source_partition: int,
    source_offset: int,
    half_life_ms: float,
) -> PopularityState | None:
    """Return the state after one engagement, or ``None`` if it was already applied.

    ``weight`` must be positive; the score never decreases.
    """
    if weight <= 0:
        raise ValueError("an engagement weight must be positive")
    applied = state.partition_to_offset.get(source_partition, -1)
    if source_offset <= applied:
        return None
    return PopularityState(
        log2_score=log2_add(state.log2_score, log2_term(weight, event_time_ms, half_life_ms)),
        engagements=state.engagements + 1,
        last_event_ms=max(state.last_event_ms, event_time_ms),
        partition_to_offset={**state.partition_to_offset, source_partition: source_offset},
    )


def decayed_popularity(log2_score: float, now_ms: int, half_life_ms: float) -> float:
    """The popularity at ``now_ms``: the decayed sum of engagement weights."""
    if log2_score == NO_SCORE:
        return 0.0
    return float(2.0 ** (log2_score - now_ms / half_life_ms))


def popularity_key(tenant: str, surface: str, item_id: str) -> str:
    """Table and repartition key of one item's popularity (``tenant|surface|item``)."""
    return f"{tenant}|{surface}|{item_id}"


def split_popularity_key(key: str) -> tuple[str, str, str]:
    """Inverse of :func:`popularity_key`; tenant and surface never contain ``|`` (rules check)."""
    tenant, surface, item_id = key.split("|", 2)
    return tenant, surface, item_id
