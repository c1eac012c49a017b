"""Decoded table values, written back to the table once per flush instead of once per event.

A learning stage reads a key's state, applies an event and writes it back. Encoding and
decoding Avro state at every event cost more than the learning itself when a key sees many
events per batch (a user's profile, an item's counts): a :class:`StateCache` keeps the
values changed since the last flush decoded, and :meth:`StateCache.write_back` encodes each
one once and hands it to the table (which queues its changelog record). The caller acks the
batch's events only after those records are confirmed, like any other table write.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from schemas.state import decode_state, encode_state
from streams.tables import ChangeloggedTable

State = TypeVar("State")


class StateCache(Generic[State]):
    """Read-through, write-back cache of one table's decoded values."""

    def __init__(
        self,
        table: ChangeloggedTable,
        schema: str,
        from_record: Callable[[Mapping[str, Any]], State],
        to_record: Callable[[State], Mapping[str, Any]],
    ) -> None:
        self._table = table
        self._schema = schema
        self._from_record = from_record
        self._to_record = to_record
        self._pending: dict[bytes, tuple[State, int]] = {}

    def get(self, key: bytes) -> State | None:
        """The latest value of ``key``: changed since the last write-back, or stored."""
        pending = self._pending.get(key)
        if pending is not None:
            return pending[0]
        stored = self._table.get(key)
        return None if stored is None else self._from_record(decode_state(self._schema, stored))

    def put(self, key: bytes, value: State, partition: int) -> None:
        """Change ``key``; its changelog record goes to ``partition`` at the next write-back."""
        self._pending[key] = (value, partition)

    def delete(self, key: bytes, partition: int) -> None:
        """Remove ``key`` now (a tombstone is queued), dropping any unwritten change."""
        self._pending.pop(key, None)
        self._table.delete(key, partition)

    def write_back(self) -> dict[bytes, State]:
        """Write every changed value to the table; returns them, by key.

        Call it before the first await of a flush: values changed afterwards belong to the
        next one. A write-back may include changes of events the next batch acks; that is
        safe, because every stage skips the source offsets its state has applied.
        """
        pending, self._pending = self._pending, {}
        for key, (value, partition) in pending.items():
            self._table.set(key, encode_state(self._schema, self._to_record(value)), partition)
        return {key: value for key, (value, _) in pending.items()}
