"""Dropping re-published interactions by ``event_id``: one window per raw partition.

A product service that re-publishes an event after a timeout writes a new record with the
same ``event_id`` (``processors.event_ids`` for the method, its window, cap and edges). The
windows live in memory, are stored in the ``event_ids`` table at every flush (before the batch
is acked), and are rebuilt from the table the first time a partition is seen after a start or
a rebalance.
"""

from __future__ import annotations

from processors.event_ids import (
    EventIdChunk,
    EventIdWindow,
    EventIdWindowConfig,
    Verdict,
    split_chunk_key,
)
from schemas.state import decode_state, encode_state
from streams.stages.state import ByteTable

__all__ = ["EventIdWindows"]

STATE_SCHEMA = "EventIdChunk"


class EventIdWindows:
    """The event id windows of the partitions this driver processes."""

    def __init__(self, table: ByteTable, config: EventIdWindowConfig) -> None:
        self._table = table
        self._config = config
        self._windows: dict[int, EventIdWindow] = {}

    def check(self, partition: int, event_id: str, offset: int, event_time_ms: int) -> Verdict:
        """The verdict for one admitted interaction of raw ``partition``."""
        window = self._windows.get(partition)
        if window is None:
            window = self._windows[partition] = self._rebuild(partition)
        return window.check(event_id, offset, event_time_ms)

    def write_back(self) -> None:
        """Store what changed since the last call (call it before the batch is acked)."""
        for partition, window in self._windows.items():
            changes = window.take_changes()
            for key, chunk in changes.writes.items():
                value = encode_state(STATE_SCHEMA, chunk.to_record())
                self._table.set(key.encode(), value, partition)
            for key in changes.deletes:
                self._table.delete(key.encode(), partition)

    def forget(self) -> None:
        """Drop every window (partitions moved); each is rebuilt from the table when next used.

        Changes not yet stored belong to events not yet acked, which the partition's next
        owner processes again: forgetting them loses nothing.
        """
        self._windows.clear()

    def _rebuild(self, partition: int) -> EventIdWindow:
        chunks = [
            EventIdChunk.from_record(decode_state(STATE_SCHEMA, value))
            for key, value in self._table.items()
            if split_chunk_key(key.decode())[0] == partition
        ]
        return EventIdWindow.from_chunks(partition, chunks, self._config)
