"""A slot's accepts and rejects on one raw partition: what routing's acceptance rate sums.

Counted per raw interactions partition (like the bandit's counts), so each worker owns its
partitions' counts in its table, a redelivered interaction (offset at or below the last one
counted) is a no-op, and Redis holds absolute per-partition counts that a rebuild can restore.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["SlotCounts", "slot_key"]


def slot_key(partition: int, tenant: str, slot: str) -> bytes:
    """The slots table key ``<partition>|<tenant>|<slot>``."""
    return f"{partition}|{tenant}|{slot}".encode()


@dataclass(frozen=True, slots=True)
class SlotCounts:
    """One partition's counts on one slot."""

    accepts: int = 0
    rejects: int = 0
    offset: int = -1

    def count(self, accepted: bool, offset: int) -> SlotCounts | None:
        """These counts with one more verdict at ``offset``; None for a redelivery."""
        if offset <= self.offset:
            return None
        return SlotCounts(self.accepts + accepted, self.rejects + (not accepted), offset)

    def to_record(self) -> dict[str, Any]:
        """The ``SlotCounts`` Avro record."""
        return {"accepts": self.accepts, "rejects": self.rejects, "offset": self.offset}

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> SlotCounts:
        """Inverse of :meth:`to_record`."""
        return cls(record["accepts"], record["rejects"], record["offset"])
