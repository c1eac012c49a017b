"""One item's click and impression counts by position, the per-item bandit state.

The bandit's posterior for an item is a Beta over its click probability corrected for position
bias (the position-based model, see :mod:`processors.bandit` for the model, the examination
estimate and the posterior). This state keeps the sufficient statistics, integer counts per
position, so the posterior can be recomputed for any examination vector. Updates come from
the attribution join (:mod:`processors.served`); each names its origin, and an origin at or
below the stream's watermark is a redelivery and is skipped. Counts never decrease.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from processors.served import BanditUpdate

__all__ = ["ItemCounts", "apply_update", "partition_item_key"]


@dataclass(frozen=True, slots=True)
class ItemCounts:
    """``impressions[k]``/``clicks[k]`` at position ``k + 1`` (the last pools deeper ones)."""

    impressions: tuple[int, ...]
    clicks: tuple[int, ...]
    stream_to_offset: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def empty(cls, n_positions: int) -> ItemCounts:
        """No impressions, no clicks."""
        return cls((0,) * n_positions, (0,) * n_positions)

    def to_record(self) -> dict[str, Any]:
        """As an ``ItemCounts`` Avro record (``schemas/state/ItemCounts.avsc``)."""
        return {
            "impressions": list(self.impressions),
            "clicks": list(self.clicks),
            "stream_to_offset": dict(self.stream_to_offset),
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> ItemCounts:
        """Inverse of :meth:`to_record`."""
        return cls(
            tuple(int(x) for x in record["impressions"]),
            tuple(int(x) for x in record["clicks"]),
            {str(k): int(v) for k, v in record["stream_to_offset"].items()},
        )


def apply_update(counts: ItemCounts, update: BanditUpdate) -> ItemCounts | None:
    """The counts after one update, or ``None`` if its origin was already applied."""
    stream = update.origin.stream
    if update.origin.offset <= counts.stream_to_offset.get(stream, -1):
        return None
    slot = min(update.position, len(counts.impressions)) - 1
    impressions = list(counts.impressions)
    clicks = list(counts.clicks)
    impressions[slot] += update.impressions
    clicks[slot] += update.clicks
    return ItemCounts(
        tuple(impressions),
        tuple(clicks),
        {**counts.stream_to_offset, stream: update.origin.offset},
    )


def partition_item_key(partition: int, tenant: str, surface: str, item_id: str) -> str:
    """Key of one raw partition's counts of one item in the bandit table.

    Each raw partition counts the impressions and clicks its own events carry
    (``streams.stages.served``); the partition is part of the key because one worker
    may hold several partitions' counts of the same item in one table.
    """
    return f"{partition}|{tenant}|{surface}|{item_id}"
