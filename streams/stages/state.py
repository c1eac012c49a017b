"""The state a stage reads and writes, behind small views that every driver can provide.

A stage sees a table as a :class:`ByteTable` (bytes in, bytes out, writes naming the
partition their changelog record belongs to). The Faust worker backs it with a Faust table
whose changelog goes out with the batch (``streams.runtime.tables``); the in-process driver
and replay back it with :class:`MemoryTable`. :class:`StateCache` keeps decoded values of a
hot table between flushes, for any of them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, Protocol, TypeVar

from schemas.state import decode_state, encode_state

__all__ = ["ByteTable", "MemoryTable", "StateCache"]

State = TypeVar("State")


class ByteTable(Protocol):
    """A partitioned key-value table of bytes."""

    def get(self, key: bytes) -> bytes | None:
        """The stored value, or ``None``."""

    def set(self, key: bytes, value: bytes, partition: int) -> None:
        """Store ``value``; its changelog record belongs to ``partition``."""

    def delete(self, key: bytes, partition: int) -> None:
        """Remove ``key`` (a tombstone on ``partition``)."""

    def items(self) -> list[tuple[bytes, bytes]]:
        """A snapshot of the entries this driver holds."""

    def keys(self) -> list[bytes]:
        """A snapshot of the keys this driver holds (cheaper than :meth:`items` on disk)."""


class MemoryTable:
    """A :class:`ByteTable` in a dict, for the in-process driver and replay.

    ``changelog`` keeps every write in order (key, value or ``None``, partition), so a test
    can check what a Faust table's changelog would have received.
    """

    def __init__(self) -> None:
        self.data: dict[bytes, bytes] = {}
        self.changelog: list[tuple[bytes, bytes | None, int]] = []

    def get(self, key: bytes) -> bytes | None:
        return self.data.get(key)

    def set(self, key: bytes, value: bytes, partition: int) -> None:
        self.data[key] = value
        self.changelog.append((key, value, partition))

    def delete(self, key: bytes, partition: int) -> None:
        self.data.pop(key, None)
        self.changelog.append((key, None, partition))

    def items(self) -> list[tuple[bytes, bytes]]:
        return list(self.data.items())

    def keys(self) -> list[bytes]:
        return list(self.data)


class StateCache(Generic[State]):
    """Read-through, write-back cache of one table's decoded values.

    Encoding and decoding Avro state at every event cost more than the learning itself when
    a key sees many events per batch (a user's profile, an item's counts), so changed values
    stay decoded until :meth:`write_back`, which encodes each one once per flush.
    """

    def __init__(
        self,
        table: ByteTable,
        schema: str,
        from_record: Callable[[Mapping[str, Any]], State],
        to_record: Callable[[State], Mapping[str, Any]],
    ) -> None:
        self.table = table
        self._schema = schema
        self._from_record = from_record
        self._to_record = to_record
        self._pending: dict[bytes, tuple[State, int]] = {}

    def get(self, key: bytes) -> State | None:
        """The latest value of ``key``: changed since the last write-back, or stored."""
        pending = self._pending.get(key)
        if pending is not None:
            return pending[0]
        stored = self.table.get(key)
        return None if stored is None else self._from_record(decode_state(self._schema, stored))

    def put(self, key: bytes, value: State, partition: int) -> None:
        """Change ``key``; its changelog record goes to ``partition`` at the next write-back."""
        self._pending[key] = (value, partition)

    def delete(self, key: bytes, partition: int) -> None:
        """Remove ``key`` now (a tombstone is queued), dropping any unwritten change."""
        self._pending.pop(key, None)
        self.table.delete(key, partition)

    def keys(self) -> list[bytes]:
        """The stored keys and the changed ones not yet written back."""
        return list(dict.fromkeys([*self.table.keys(), *self._pending]))

    def write_back(self) -> dict[bytes, State]:
        """Write every changed value to the table; returns them, by key.

        Call it before the first await of a flush: values changed afterwards belong to the
        next one. A write-back may include changes of events the next batch acks; that is
        safe, because every stage skips the source offsets its state has applied.
        """
        pending, self._pending = self._pending, {}
        for key, (value, partition) in pending.items():
            self.table.set(key, encode_state(self._schema, self._to_record(value)), partition)
        return {key: value for key, (value, _) in pending.items()}
