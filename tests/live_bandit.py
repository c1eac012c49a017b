"""Bandit counts made as the worker makes them, without a broker, for tests.

Served lists and clicks go through the attribution join (:func:`processors.served.on_served`,
:func:`processors.served.on_click`) and each update it emits through the per-item counts
(:func:`processors.item_bandit.apply_update`), kept per (raw partition, item) as
``streams.stages.served`` keys the bandit table. :meth:`LiveBandit.state` sums the partitions
per item, as Redis does (``sinks.bandit``), into the :class:`BanditState` that ranking reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from processors.bandit import BanditState
from processors.item_bandit import ItemCounts, apply_update
from processors.served import BanditUpdate, Origin, ServedState, on_click, on_served


@dataclass(frozen=True, slots=True)
class Served:
    """A recommendation record: ``positions`` maps item id to 1-based position."""

    request_id: str
    positions: Mapping[str, int]
    partition: int
    offset: int


@dataclass(frozen=True, slots=True)
class Click:
    """A CLICK interaction record on one item of a request."""

    request_id: str
    item_id: str
    partition: int
    offset: int


Record = Served | Click


class LiveBandit:
    """The join table (``served``) and the counts table (``bandit``) of one surface."""

    def __init__(self, n_positions: int = 3) -> None:
        self.n_positions = n_positions
        self.requests: dict[str, ServedState] = {}
        self.counts: dict[tuple[int, str], ItemCounts] = {}

    def feed(self, records: Iterable[Record]) -> int:
        """Process records in order; return how many updates changed the counts."""
        applied = 0
        for record in records:
            state = self.requests.get(record.request_id, ServedState())
            if isinstance(record, Served):
                origin = Origin("r", record.partition, record.offset)
                state, updates = on_served(state, record.positions, 0, origin)
            else:
                origin = Origin("i", record.partition, record.offset)
                state, updates, _ = on_click(state, record.item_id, 0, origin)
            self.requests[record.request_id] = state
            applied += self._count(record.partition, updates)
        return applied

    def _count(self, partition: int, updates: Iterable[BanditUpdate]) -> int:
        applied = 0
        for update in updates:
            key = (partition, update.item_id)
            current = self.counts.get(key, ItemCounts.empty(self.n_positions))
            updated = apply_update(current, update)
            if updated is not None:
                self.counts[key] = updated
                applied += 1
        return applied

    def state(self) -> BanditState:
        """Every item's counts summed over partitions."""
        totals: dict[str, tuple[list[int], list[int]]] = {}
        for (_, item_id), counts in self.counts.items():
            shown, clicked = totals.setdefault(
                item_id, ([0] * self.n_positions, [0] * self.n_positions)
            )
            for k in range(self.n_positions):
                shown[k] += counts.impressions[k]
                clicked[k] += counts.clicks[k]
        return BanditState.from_counts(self.n_positions, totals)
